"""RFC 3339 in and out: the API speaks UTC with a trailing Z."""

from __future__ import annotations

from datetime import UTC, datetime

from models.base import iso

__all__ = ["iso", "parse_rfc3339"]


def parse_rfc3339(text: str) -> datetime:
    """Parse an RFC 3339 date-time; it must carry an offset (a bare local time is ambiguous)."""
    value = datetime.fromisoformat(text.strip().replace("z", "Z"))
    if value.tzinfo is None:
        raise ValueError("the time has no UTC offset")
    return value.astimezone(UTC)
