"""Replies: inbound email matched to the messages we sent, the inbound token, and the events.

An email arrives by `POST /inbound/email` (authenticated by the user's inbound token) or from
the IMAP poller (careeros.replies.imap). It is matched to a message by the Message-IDs it
quotes, else by its sender to the latest message sent to that address, then:

  reply        the message becomes `replied` with `response_preview`, and
               `message.response_received` fires, once per message
  auto_reply   recorded; a return date it gives holds the next follow-up until then
  bounce       the message becomes `bounced`, the contact `undeliverable`; `message.bounced`
  duplicate    the same email (its Message-ID) was received before: nothing happens again
  unmatched    nothing we sent relates to it
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError

from careeros import followups, sandbox, security
from careeros.replies.parse import Inbound
from careeros.timefmt import iso
from models import USER_LOCK, Contact, InboundEmail, Message, MessageStatus, User, db, move, utcnow
from models.errors import InvalidRequest, NotFound
from webhooks import events

TOKEN_HEADER = "X-CareerOS-Inbound-Token"
MAX_EMAIL_BYTES = 10 * 1024 * 1024
# Reading an email runs in a child process: the pure-Python parsers would otherwise hold the GIL
# and stall every other request of the process (careeros.sandbox).
READ_LIMITS = sandbox.Limits(memory_bytes=512 * 1024 * 1024, cpu_seconds=10, wall_seconds=20)
OUR_ID = re.compile(r"^<(msg_[0-9a-z]{26})@", re.IGNORECASE)
# A reply or a bounce can only concern a message that reached the mail server (or may have).
ANSWERABLE = (MessageStatus.SENT, MessageStatus.REPLIED, MessageStatus.BOUNCED, MessageStatus.UNKNOWN)


# ---- the inbound token ---------------------------------------------------------------------


def issue_token(user_id: str, keys: security.Keys) -> dict:
    token, token_hash = security.new_inbound_token(keys)
    now = utcnow()
    with db.writing() as session:
        user = session.get(User, user_id, with_for_update=USER_LOCK)
        if user is None:
            raise NotFound("Account not found")
        user.inbound_token_hash = token_hash
        user.inbound_token_created_at = now
    return {
        "token": token,
        "url": f"/inbound/email?token={token}",
        "header": TOKEN_HEADER,
        "created_at": iso(now),
    }


def user_for_token(keys: security.Keys, token: str) -> str | None:
    """The account whose inbound token this is, or None."""
    if not security.inbound_token_is_ours(keys, token):
        return None
    with db.reading() as session:
        return session.scalar(
            select(User.id).where(User.inbound_token_hash == security.hash_refresh_token(token))
        )


# ---- matching ------------------------------------------------------------------------------


def _by_reference(session, user_id: str | None, references: list[str]) -> Message | None:
    if not references:
        return None
    ours = [m.group(1).lower() for m in map(OUR_ID.match, references) if m]
    query = select(Message).where(
        or_(Message.email_message_id.in_(references), Message.id.in_(ours)),
        Message.status.in_(ANSWERABLE),
    )
    if user_id is not None:
        query = query.where(Message.user_id == user_id)
    candidates = session.scalars(query.with_for_update(of=Message)).all()
    if not candidates:
        return None
    # The most recent reference wins (In-Reply-To first, then References from the end).
    rank = {ref: i for i, ref in enumerate(references)}
    return min(candidates, key=lambda m: rank.get(m.email_message_id or "", len(rank)))


def _by_address(session, user_id: str, addresses: list[str]) -> Message | None:
    if not addresses:
        return None
    return session.scalar(
        select(Message)
        .join(Contact, Contact.id == Message.contact_id)
        .where(
            Message.user_id == user_id,
            Message.status.in_(ANSWERABLE),
            func.lower(Contact.email).in_(addresses),
        )
        .order_by(Message.sent_at.desc().nulls_last(), Message.created_at.desc())
        .limit(1)
        .with_for_update(of=Message)
    )


def _user_for_mail(session, inbound: Inbound) -> str | None:
    """For mail read from a shared mailbox: the user it concerns, by what it quotes or whom it
    was sent to."""
    message = _by_reference(session, None, inbound.references)
    if message is not None:
        return message.user_id
    if inbound.recipients:
        return session.scalar(select(User.id).where(User.email.in_(inbound.recipients)).limit(1))
    return None


# ---- applying ------------------------------------------------------------------------------


def _apply(session, user_id: str, inbound: Inbound, now: datetime) -> tuple[str, Message | None]:
    if inbound.kind == "bounce":
        message = _by_reference(session, user_id, inbound.references) or _by_address(
            session, user_id, inbound.bounced_addresses
        )
        contacts = session.scalars(
            select(Contact).where(
                Contact.user_id == user_id, func.lower(Contact.email).in_(inbound.bounced_addresses)
            )
        ).all()
        if message is not None and message.contact not in contacts:
            contacts = [*contacts, message.contact]
        for contact in contacts:
            contact.undeliverable = True
            contact.updated_at = now
        if message is not None and message.status in (MessageStatus.SENT, MessageStatus.UNKNOWN):
            move(message, MessageStatus.BOUNCED, now)
            message.failure_reason = f"Bounced: {inbound.bounce_reason}"
            events.bounced(session, message, now)
        if message is not None:
            followups.withdraw_thread(
                session, message.thread_id or message.id, "Withdrawn: the address bounced", now
            )
        return ("bounce" if message is not None or contacts else "unmatched"), message
    message = _by_reference(session, user_id, inbound.references)
    if message is None:
        message = _by_address(session, user_id, [inbound.sender])
    if inbound.kind == "auto_reply":
        if message is not None:
            user = session.get(User, user_id)
            followups.note_away(session, message.contact, inbound.text, now, user.timezone if user else "UTC")
        return "auto_reply", message
    if message is None:
        return "unmatched", None
    if message.status in (MessageStatus.SENT, MessageStatus.UNKNOWN):
        move(message, MessageStatus.REPLIED, now)
        message.response_preview = inbound.preview
        message.failure_reason = None
        events.response_received(session, message, inbound.sender, now)
    # a reply to any message of the thread ends the sequence
    followups.withdraw_thread(session, message.thread_id or message.id, "Withdrawn: the contact replied", now)
    return "reply", message


def read(raw: bytes) -> Inbound:
    """Parse an email in the sandbox; InvalidRequest (400) when it cannot be read."""
    try:
        return Inbound(**sandbox.run("email", raw, limits=READ_LIMITS, what="email"))
    except sandbox.SandboxFailed as exc:
        raise InvalidRequest(str(exc), field="email") from None


def receive(raw: bytes, *, user_id: str | None, source: str = "http") -> dict:
    """Read one email and apply it; `user_id` None means: find the user from the email."""
    inbound = read(raw)
    now = utcnow()
    empty = {"inbound_id": None, "message_id": None, "response_preview": None}
    try:
        with db.writing() as session:
            if user_id is None:
                user_id = _user_for_mail(session, inbound)
                if user_id is None:
                    return {**empty, "outcome": "unmatched"}
            if inbound.message_id and session.scalar(
                select(InboundEmail.id).where(
                    InboundEmail.user_id == user_id, InboundEmail.rfc_message_id == inbound.message_id
                )
            ):
                return {**empty, "outcome": "duplicate"}
            outcome, message = _apply(session, user_id, inbound, now)
            record = InboundEmail(
                user_id=user_id,
                source=source,
                rfc_message_id=inbound.message_id,
                from_address=inbound.sender[:254],
                subject=inbound.subject,
                kind=outcome,
                message_id=message.id if message is not None else None,
                received_at=now,
            )
            session.add(record)
            session.flush()
            return {
                "inbound_id": record.id,
                "outcome": outcome,
                "message_id": record.message_id,
                "response_preview": inbound.preview if outcome == "reply" else None,
            }
    except IntegrityError:  # the same email, received twice at once: the other one won
        return {**empty, "outcome": "duplicate"}
