"""Drafting: the facts a message may use, the built-in drafter and the scoring rubric."""
