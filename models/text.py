"""Whitespace as the contract defines it: the six ASCII spaces, the same in Python, in the JSON
Schema patterns of the spec and in every client's regex engine (`\\s` differs between them)."""

from __future__ import annotations

import re

SPACE = " \t\n\r\f\v"
_RUNS = re.compile(f"[{re.escape(SPACE)}]+")


def tidy(text: str) -> str:
    """Trim the ends and collapse inner runs of whitespace to one space (single-line fields)."""
    return _RUNS.sub(" ", text).strip(SPACE)


def trim(text: str) -> str:
    """Trim the ends only (multi-line fields keep their line breaks)."""
    return text.strip(SPACE)


def shorten(text: str, limit: int) -> str:
    """One line of at most `limit` characters, cut at a word with an ellipsis when too long."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(",;:.-") + "…"
