"""Email received for a user (replies, auto-replies, bounces) and where the IMAP poller left off."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, new_id, utcnow


class InboundEmail(Base):
    """One email received, what it was and the message it concerned. Kept small on purpose:
    the addresses and the classification, never the whole email."""

    __tablename__ = "inbound_emails"
    __table_args__ = (
        # The same email arriving twice (a provider's retry, a poll overlapping a forward) is one.
        UniqueConstraint("user_id", "rfc_message_id"),
        Index("ix_inbound_emails_user_received", "user_id", "received_at"),
    )

    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("mail"))
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(16))  # http or imap
    rfc_message_id: Mapped[str | None] = mapped_column(String(255), nullable=True)
    from_address: Mapped[str] = mapped_column(String(254), default="")
    subject: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(16))  # reply, auto_reply, bounce, unmatched
    message_id: Mapped[str | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL"), nullable=True, index=True
    )
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class MailboxCursor(Base):
    """The IMAP poller's place in a mailbox: UIDs above last_uid are new while uidvalidity holds."""

    __tablename__ = "mailbox_cursors"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256 of server, user, mailbox
    # Both are unsigned 32-bit in IMAP: too big for a signed INTEGER.
    uidvalidity: Mapped[int] = mapped_column(BigInteger, default=0)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    polled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
