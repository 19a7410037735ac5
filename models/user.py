"""Accounts, their sign-in sessions and the rotating refresh tokens inside each session."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UTCDateTime, new_id, utcnow

DEFAULT_DAILY_LIMIT = 50
DEFAULT_WINDOW = {"days": ["mon", "tue", "wed", "thu", "fri"], "start": "09:00", "end": "11:00"}
DEFAULT_GAP = 90  # seconds between two sends of one user, plus up to a third of it as jitter


class User(Base):
    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("user"))
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[str] = mapped_column(String(255))
    daily_limit: Mapped[int] = mapped_column(Integer, default=DEFAULT_DAILY_LIMIT)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    paused_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    resumed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # Sending: the "optimal" window (local days and hours) and the spacing between sends.
    sending_window: Mapped[dict] = mapped_column(
        JSON,
        default=lambda: dict(DEFAULT_WINDOW),
        server_default='{"days": ["mon", "tue", "wed", "thu", "fri"], "start": "09:00", "end": "11:00"}',
    )
    send_gap_seconds: Mapped[int] = mapped_column(
        Integer, default=DEFAULT_GAP, server_default=str(DEFAULT_GAP)
    )
    # Follow-ups: on or off, how many (0–3), and the business days to wait before each.
    follow_ups_enabled: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    follow_up_count: Mapped[int] = mapped_column(Integer, default=2, server_default="2")
    follow_up_waits: Mapped[list] = mapped_column(JSON, default=lambda: [4, 7], server_default="[4, 7]")
    next_send_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # Replies: SHA-256 of the token that authenticates POST /inbound/email (shown once).
    inbound_token_hash: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True)
    inbound_token_created_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # Set when objectives or contacts change; the discovery stage clears it after matching.
    discovery_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class AuthSession(Base):
    """One sign-in: the family of refresh tokens that rotate from a single login (RFC 9700 §4.14.2)."""

    __tablename__ = "auth_sessions"

    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("sess"))
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_used_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    revoked_reason: Mapped[str | None] = mapped_column(String(32), nullable=True)
    user_agent: Mapped[str | None] = mapped_column(String(255), nullable=True)
    client_ip: Mapped[str | None] = mapped_column(String(64), nullable=True)

    user: Mapped[User] = relationship()


class RefreshToken(Base):
    __tablename__ = "refresh_tokens"

    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("rt"))
    session_id: Mapped[str] = mapped_column(ForeignKey("auth_sessions.id", ondelete="CASCADE"), index=True)
    # SHA-256 of the opaque token: a leaked table cannot be replayed.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Set when the token is exchanged; presenting it again is reuse.
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    session: Mapped[AuthSession] = relationship()
