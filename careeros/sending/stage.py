"""The sender: hands due approved messages to the mail server, exactly once.

Each claim is one short transaction per user that locks the user's row (so on PostgreSQL any
number of workers serialise per user, and on SQLite BEGIN IMMEDIATE serialises everything),
re-checks pause, the daily limit (in the account's time zone) and the spacing between sends,
and moves the chosen messages to `sending` under a lease with their Message-ID fixed. Delivery
happens outside any transaction; each outcome is recorded on its own:

  sent        the server accepted it: `sent`, with sent_at
  transient   unreachable, or a 4xx reply: back to `approved`, retried later with backoff
  permanent   a 5xx reply: `failed`, with the server's reason
  paused      the user paused before it was handed over: back to `approved`, untouched

A message whose lease runs out while `sending` (its worker died mid-send) becomes `unknown`: it
may or may not have left, so it is never sent again automatically.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select, update

from careeros import events
from careeros import settings as settings_mod
from careeros.sending.mail import build, message_id_for
from careeros.sending.schedule import HANDED, day_start, local_day
from careeros.sending.transport import DeliveryError, from_url
from models import Message, MessageStatus, User, db, utcnow

log = logging.getLogger("careeros.sending")

BATCH = 20
USERS_PER_PASS = 20
LEASE_BASE = timedelta(minutes=2)
LEASE_PER_MESSAGE = timedelta(seconds=30)
BACKOFF = (
    timedelta(seconds=30),
    timedelta(minutes=2),
    timedelta(minutes=10),
    timedelta(minutes=30),
    timedelta(hours=1),
    timedelta(hours=2),
    timedelta(hours=4),
    timedelta(hours=8),
)
UNKNOWN = "The send was interrupted; it may or may not have left, so it is not retried automatically"


@dataclass(frozen=True)
class Job:
    message_id: str
    user_id: str
    email_message_id: str
    sender_name: str
    sender_email: str
    to_name: str
    to_email: str
    subject: str
    body: str


def _due(now: datetime):
    return (
        Message.status == MessageStatus.APPROVED,
        Message.scheduled_at <= now,
        or_(Message.next_attempt_at.is_(None), Message.next_attempt_at <= now),
    )


def handed_today(session, user: User, now: datetime) -> int:
    tz = ZoneInfo(user.timezone)
    return (
        session.scalar(
            select(func.count()).where(
                Message.user_id == user.id,
                Message.status.in_(HANDED),
                Message.send_started_at >= day_start(local_day(now, tz), tz),
            )
        )
        or 0
    )


def claim(now: datetime, user_id: str) -> list[Job]:
    """Lock the user, check pause, limit and spacing, and take what may be sent now."""
    with db.writing() as session:
        user = session.scalar(select(User).where(User.id == user_id).with_for_update(skip_locked=True))
        if user is None or user.paused:
            return []
        if user.next_send_at is not None and user.next_send_at > now:
            return []
        room = user.daily_limit - handed_today(session, user, now)
        if room <= 0:
            return []
        take = 1 if user.send_gap_seconds else min(room, BATCH)
        messages = session.scalars(
            select(Message)
            .where(Message.user_id == user.id, *_due(now))
            .order_by(Message.scheduled_at, Message.id)
            .limit(take)
            .with_for_update(of=Message, skip_locked=True)
        ).all()
        if not messages:
            return []
        lease = now + LEASE_BASE + LEASE_PER_MESSAGE * len(messages)
        jobs = []
        for message in messages:
            message.status = MessageStatus.SENDING
            message.send_started_at = now
            message.lease_until = lease
            message.send_attempts += 1
            message.email_message_id = message.email_message_id or message_id_for(message.id, user.email)
            contact = message.contact
            jobs.append(
                Job(
                    message.id,
                    user.id,
                    message.email_message_id,
                    user.name,
                    user.email,
                    contact.name,
                    contact.email,
                    message.subject,
                    message.body,
                )
            )
        if user.send_gap_seconds:
            # The least gap; the jitter is already in the planned times (scheduled_at).
            user.next_send_at = now + timedelta(seconds=user.send_gap_seconds)
        return jobs


def _record(
    job: Job, *, status: MessageStatus, reason: str | None = None, retry_at: datetime | None = None
) -> None:
    now = utcnow()
    values: dict = {"lease_until": None, "updated_at": now}
    if status == MessageStatus.SENT:
        values.update(status=status, sent_at=now, failure_reason=None, next_attempt_at=None)
    elif status == MessageStatus.FAILED:
        values.update(status=status, failure_reason=reason)
    else:  # back to approved: not handed over after all, so it does not count toward the limit
        values.update(
            status=MessageStatus.APPROVED,
            send_started_at=None,
            next_attempt_at=retry_at,
            failure_reason=reason,
        )
    with db.writing() as session:
        # Only a message still under our lease: if it expired meanwhile it is `unknown` and stays so.
        done = session.execute(
            update(Message)
            .where(Message.id == job.message_id, Message.status == MessageStatus.SENDING)
            .values(**values)
            .execution_options(synchronize_session=False)
        ).rowcount
        if done and status in (MessageStatus.SENT, MessageStatus.FAILED):
            message = session.get(Message, job.message_id)
            (events.sent if status == MessageStatus.SENT else events.failed)(session, message, now)
    if not done:
        log.warning("message %s left `sending` before its outcome (%s) was recorded", job.message_id, status)


def _retry_or_fail(job: Job, reason: str) -> None:
    with db.reading() as session:
        attempts = session.scalar(select(Message.send_attempts).where(Message.id == job.message_id)) or 1
    if attempts > len(BACKOFF):
        _record(job, status=MessageStatus.FAILED, reason=f"Gave up after {attempts} attempts: {reason}")
        return
    delay = BACKOFF[attempts - 1] * random.uniform(1.0, 1.25)
    _record(job, status=MessageStatus.APPROVED, reason=f"Will retry: {reason}", retry_at=utcnow() + delay)


def _paused(user_id: str) -> bool:
    with db.reading() as session:
        return bool(session.scalar(select(User.paused).where(User.id == user_id)))


def deliver(jobs: list[Job]) -> int:
    """Hand the claimed messages to the mail server; returns how many were sent."""
    sent = 0
    untouched = list(jobs)  # not yet offered to the server: safe to put back on any failure
    try:
        transport = from_url(settings_mod.current().mail_url)
        with transport as connection:
            for job in jobs:
                untouched.remove(job)
                if _paused(job.user_id):  # pause wins for anything not yet handed over
                    _record(job, status=MessageStatus.APPROVED)
                    continue
                email = build(
                    sender_name=job.sender_name,
                    sender_email=job.sender_email,
                    to_name=job.to_name,
                    to_email=job.to_email,
                    subject=job.subject,
                    body=job.body,
                    message_id=job.email_message_id,
                    date=utcnow(),
                )
                try:
                    connection.send(email, job.sender_email, job.to_email)
                except DeliveryError as exc:
                    if exc.permanent:
                        _record(
                            job,
                            status=MessageStatus.FAILED,
                            reason=f"The mail server refused it: {exc.reason}",
                        )
                    else:
                        _retry_or_fail(job, exc.reason)
                    continue
                _record(job, status=MessageStatus.SENT)
                sent += 1
    except DeliveryError as exc:  # could not connect: every message not yet offered waits
        for job in untouched:
            _retry_or_fail(job, exc.reason)
    except Exception:
        # A bug, not the server: messages never offered go back; the one in flight, if any, is
        # left to its lease and ends `unknown`, since it may have left.
        log.exception("delivery stopped unexpectedly")
        for job in untouched:
            _record(job, status=MessageStatus.APPROVED)
    return sent


def send_due(now: datetime) -> int:
    """Worker stage: for each user with something due, claim and deliver."""
    with db.reading() as session:
        users = session.scalars(
            select(Message.user_id)
            .join(User, User.id == Message.user_id)
            .where(
                *_due(now), User.paused.is_(False), or_(User.next_send_at.is_(None), User.next_send_at <= now)
            )
            .group_by(Message.user_id)
            .order_by(func.min(Message.scheduled_at))
            .limit(USERS_PER_PASS)
        ).all()
    handled = 0
    for user_id in users:
        jobs = claim(now, user_id)
        if jobs:
            handled += len(jobs)
            deliver(jobs)
    return handled


def expire_leases(now: datetime) -> int:
    """Worker stage: `sending` past its lease means its worker died mid-send: `unknown`."""
    with db.writing() as session:
        return session.execute(
            update(Message)
            .where(Message.status == MessageStatus.SENDING, Message.lease_until < now)
            .values(status=MessageStatus.UNKNOWN, failure_reason=UNKNOWN, lease_until=None, updated_at=now)
            .execution_options(synchronize_session=False)
        ).rowcount
