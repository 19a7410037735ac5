"""The webhook events about messages, built from the rows and emitted in the caller's transaction.

Every message event has the same `data` core, `{message_id, contact_id, status, contact{id,
name, title, company}}`, plus the fields of its kind; `openapi/careeros.yaml` (`x-webhooks`)
documents each one.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

import webhooks
from models import Message, iso


def _emit(session: Session, message: Message, event_type: str, now: datetime, **fields) -> None:
    if not webhooks.wanted(session, message.user_id, event_type):
        return  # nobody subscribes: the contact need not even be loaded
    data = {
        "message_id": message.id,
        "contact_id": message.contact_id,
        "status": message.status,
        "contact": message.contact.summary(),
        "follow_up_step": message.follow_up_step or 0,
        **fields,
    }
    webhooks.emit(session, message.user_id, event_type, data, now=now)


def approved(session: Session, message: Message, now: datetime) -> None:
    _emit(
        session,
        message,
        "message.approved",
        now,
        subject=message.subject,
        edited=message.edited,
        approved_at=iso(message.approved_at),
        scheduled_at=iso(message.scheduled_at),
    )


def rejected(session: Session, message: Message, now: datetime) -> None:
    _emit(
        session,
        message,
        "message.rejected",
        now,
        reason=message.rejection_reason,
        feedback=message.rejection_feedback,
        rejected_at=iso(message.rejected_at or now),
    )


def sent(session: Session, message: Message, now: datetime) -> None:
    _emit(
        session,
        message,
        "message.sent",
        now,
        subject=message.subject,
        sent_at=iso(message.sent_at or now),
        email_message_id=message.email_message_id,
    )


def failed(session: Session, message: Message, now: datetime) -> None:
    _emit(session, message, "message.failed", now, reason=message.failure_reason or "", failed_at=iso(now))


def bounced(session: Session, message: Message, now: datetime) -> None:
    _emit(
        session,
        message,
        "message.bounced",
        now,
        reason=message.failure_reason or "",
        bounced_at=iso(message.bounced_at or now),
    )


def response_received(session: Session, message: Message, sender: str, now: datetime) -> None:
    _emit(
        session,
        message,
        "message.response_received",
        now,
        response_preview=message.response_preview or "",
        received_at=iso(message.replied_at or now),
        **{"from": sender},
    )
