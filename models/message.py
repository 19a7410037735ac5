"""Outreach messages and the state machine they move through (DESIGN.md, "Messages")."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ColumnElement,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Update,
    false,
    literal_column,
    update,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UTCDateTime, new_id, utcnow
from models.contact import Contact
from models.errors import Conflict


class MessageStatus(enum.StrEnum):
    GENERATING = "generating"
    PENDING = "pending"
    APPROVED = "approved"
    SENDING = "sending"
    SENT = "sent"
    REPLIED = "replied"
    REJECTED = "rejected"
    SUPERSEDED = "superseded"
    FAILED = "failed"
    BOUNCED = "bounced"
    UNKNOWN = "unknown"
    # A follow-up not sent because the thread no longer wants it (a reply, a bounce, do-not-contact)
    WITHDRAWN = "withdrawn"


# Every edge of the state machine; anything else is a 409.
TRANSITIONS: dict[MessageStatus, frozenset[MessageStatus]] = {
    MessageStatus.GENERATING: frozenset(
        {MessageStatus.PENDING, MessageStatus.FAILED, MessageStatus.WITHDRAWN}
    ),
    # (failed: approved, but the contact has no address to send to)
    MessageStatus.PENDING: frozenset(
        {
            MessageStatus.APPROVED,
            MessageStatus.REJECTED,
            MessageStatus.SUPERSEDED,
            MessageStatus.WITHDRAWN,
            MessageStatus.FAILED,
        }
    ),
    MessageStatus.REJECTED: frozenset({MessageStatus.SUPERSEDED}),
    MessageStatus.APPROVED: frozenset({MessageStatus.SENDING, MessageStatus.FAILED, MessageStatus.WITHDRAWN}),
    MessageStatus.SENDING: frozenset(
        {MessageStatus.SENT, MessageStatus.FAILED, MessageStatus.APPROVED, MessageStatus.UNKNOWN}
    ),
    MessageStatus.SENT: frozenset({MessageStatus.REPLIED, MessageStatus.BOUNCED}),
    MessageStatus.REPLIED: frozenset(),
    MessageStatus.SUPERSEDED: frozenset(),
    MessageStatus.FAILED: frozenset(),
    MessageStatus.BOUNCED: frozenset(),
    MessageStatus.WITHDRAWN: frozenset(),
    # A reply, a bounce or the interrupted sender's late answer (accepted, or refused for good)
    # settles it; the person may resend it after checking their sent folder.
    MessageStatus.UNKNOWN: frozenset(
        {
            MessageStatus.REPLIED,
            MessageStatus.BOUNCED,
            MessageStatus.SENT,
            MessageStatus.FAILED,
            MessageStatus.APPROVED,
        }
    ),
}

# When a move happened: the column each status stamps as it is entered.
STAMPS: dict[MessageStatus, str] = {
    MessageStatus.PENDING: "generated_at",
    MessageStatus.APPROVED: "approved_at",
    MessageStatus.SENT: "sent_at",
    MessageStatus.REJECTED: "rejected_at",
    MessageStatus.REPLIED: "replied_at",
    MessageStatus.BOUNCED: "bounced_at",
}


class IllegalTransition(Conflict):
    """A status change the state machine does not have: 409 CONFLICT at the API."""

    def __init__(self, message_id: str | None, current: str, to: str):
        super().__init__(f"Message is {current}; it cannot become {to}")
        self.message_id, self.current, self.to = message_id, current, to


def may_become(current: str, to: MessageStatus) -> bool:
    return to in TRANSITIONS[MessageStatus(current)]


def sources(to: MessageStatus) -> tuple[MessageStatus, ...]:
    """Every status from which a message may become `to`."""
    return tuple(s for s, targets in TRANSITIONS.items() if to in targets)


def status_in(statuses: Iterable[MessageStatus]) -> ColumnElement[bool]:
    """`status IN (...)` with the statuses written into the statement: compiled once and cached,
    where a list of parameters is expanded again at every execution (these run on every send)."""
    return Message.status.in_([literal_column(f"'{MessageStatus(s).value}'") for s in statuses])


def _changes(to: MessageStatus, now: datetime, at: datetime | None, stamp: bool) -> dict:
    # The one place a message's status is written (by `move` and `move_where`).
    values: dict = {"status": to, "updated_at": now}
    if stamp and to in STAMPS:
        values[STAMPS[to]] = at or now
    return values


def move(
    message: Message, to: MessageStatus, now: datetime, *, at: datetime | None = None, stamp: bool = True
) -> None:
    """Move a loaded message to `to`, or raise IllegalTransition. Records when: `updated_at`,
    and the status's own column (`sent_at`, `approved_at`, ...) at `at` (default `now`) unless
    `stamp` is False (a message going back to `approved` keeps the time it was approved)."""
    if not may_become(message.status, to):
        raise IllegalTransition(message.id, message.status, to)
    for column, value in _changes(to, now, at, stamp).items():
        setattr(message, column, value)


def move_where(
    to: MessageStatus, now: datetime, *where: ColumnElement[bool], stamp: bool = True, **values
) -> Update:
    """An UPDATE moving every message that matches `where` to `to`; it leaves alone any whose
    current status may not become `to` (execute it and read `rowcount`)."""
    return (
        update(Message)
        .where(*where, status_in(sources(to)))
        .values(**values, **_changes(to, now, None, stamp))
        .execution_options(synchronize_session=False)
    )


# A message counts as "sent" for limits and analytics once it reached the mail server.
DELIVERED = (MessageStatus.SENT, MessageStatus.REPLIED, MessageStatus.BOUNCED)

_STATUS_SQL = ", ".join(f"'{s.value}'" for s in MessageStatus)


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (
        CheckConstraint(f"status IN ({_STATUS_SQL})", name="status_valid"),
        CheckConstraint("quality_score IS NULL OR quality_score BETWEEN 0 AND 100", name="quality_range"),
        CheckConstraint(
            "personalization_score IS NULL OR personalization_score BETWEEN 0 AND 100",
            name="personalization_range",
        ),
        Index("ix_messages_user_status_generated", "user_id", "status", "generated_at"),
        Index("ix_messages_user_sent", "user_id", "sent_at"),
        Index("ix_messages_status_scheduled", "status", "scheduled_at"),
        Index("ix_messages_contact", "contact_id"),
        Index("ix_messages_status_lease", "status", "lease_until"),
        Index("ix_messages_user_send_started", "user_id", "send_started_at"),
    )

    id: Mapped[str] = mapped_column(String(40), primary_key=True, default=lambda: new_id("msg"))
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    contact_id: Mapped[str] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16), default=MessageStatus.GENERATING.value)
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    # The draft as written, kept when the user edits it so feedback can learn from the difference.
    original_subject: Mapped[str | None] = mapped_column(String(300), nullable=True)
    original_body: Mapped[str | None] = mapped_column(Text, nullable=True)
    edited: Mapped[bool] = mapped_column(Boolean, default=False)
    quality_score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    personalization_score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    angle: Mapped[str | None] = mapped_column(String(32), nullable=True)
    drafter: Mapped[str | None] = mapped_column(String(32), nullable=True)
    # The rubric's verdict in words when the draft was written (careeros/drafting/scoring.reasons).
    score_reasons: Mapped[list | None] = mapped_column(JSON, nullable=True)
    # How to write it: seed, angles to avoid, register, length band (what regeneration and
    # rejection feedback steer). The drafting stage claims `generating` rows under a lease.
    draft_params: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # Sending: the RFC 5322 Message-ID (fixed at first claim, the same on every retry, what replies
    # quote), when it was handed to a sender (what the daily limit counts) and when to retry.
    email_message_id: Mapped[str | None] = mapped_column(String(255), nullable=True, unique=True)
    send_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    send_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # What the approval asked for (the earliest time, and whether to aim for the sending window),
    # so that a change of the daily limit, window or time zone can plan the message again.
    schedule_requested_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    schedule_optimal: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # A claim's token: a sender acts on a message only while the claim it made is still the one
    # on the row, so a message whose lease ran out and was claimed again is never sent twice.
    claim_token: Mapped[str | None] = mapped_column(String(32), nullable=True)
    # Set in its own commit just before the SMTP transaction begins: after a crash only a message
    # with this set may have left (`unknown`); the rest of a claimed batch goes back to `approved`.
    handed_over_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    generated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    scheduled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    rejected_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    replied_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # The first real reply's new text (no quote, no signature), and when a bounce came back.
    response_preview: Mapped[str | None] = mapped_column(Text, nullable=True)
    bounced_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    rejection_reason: Mapped[str | None] = mapped_column(String(32), nullable=True)
    rejection_feedback: Mapped[str | None] = mapped_column(Text, nullable=True)
    failure_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    regenerated_from_id: Mapped[str | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL"), nullable=True
    )
    superseded_by_id: Mapped[str | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL"), nullable=True
    )
    # Follow-ups: 0 for the first message of a thread, 1.. for the follow-ups; the message it
    # follows (whose Message-ID it answers) and the thread's first message.
    follow_up_step: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    follows_id: Mapped[str | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL"), nullable=True
    )
    thread_id: Mapped[str | None] = mapped_column(String(40), nullable=True, index=True)
    # A sent message whose thread waits for its next follow-up: when it is due (the worker's
    # follow-up stage claims by it); None once drafted, stopped or not wanted.
    follow_up_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    contact: Mapped[Contact] = relationship(lazy="joined", innerjoin=True)
