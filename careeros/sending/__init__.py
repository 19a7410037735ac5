"""Sending: planned send times, the mail transports, and the worker stage that hands approved
messages to the mail server exactly once, under the daily limit and never while paused."""
