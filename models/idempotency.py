"""Idempotency keys: the first answer to a POST, kept for a day and replayed for its retries."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, utcnow


class IdempotencyKey(Base):
    __tablename__ = "idempotency_keys"

    # Whose key: `user:<id>` for a signed-in caller, `inbound:<id>` for a mail provider posting
    # with an inbound token, `anonymous` before sign-in (register, login, refresh).
    scope: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    # SHA-256 of method, path, query, content type and body: a retry must be the same request.
    request_hash: Mapped[str] = mapped_column(String(64))
    # None while the first request is still running.
    status_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    content_type: Mapped[str | None] = mapped_column(String(128), nullable=True)
    # The response body, encrypted (it may carry tokens), and the location header if any.
    body: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # A running request holds the key until then; after it, a crashed first try may be retried.
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
