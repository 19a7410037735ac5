"""The sender: hands due approved messages to the mail server, at most once each.

A claim is one short transaction per user that locks the user's row (so on PostgreSQL any
number of workers serialise per user, and on SQLite BEGIN IMMEDIATE serialises everything),
re-checks pause, the daily limit (in the account's time zone) and the spacing between sends,
and moves the chosen messages to `sending` under a short lease and a claim token, with their
Message-ID fixed. Delivery happens outside any transaction, one message at a time:

  hand-over   its own commit, just before the SMTP transaction begins: `handed_over_at` is set
              (and the lease extended to cover the transaction) only if the claim is still
              ours and the user has not paused meanwhile
  sent        the server accepted it: `sent`, with sent_at
  transient   unreachable, or a 4xx reply: back to `approved`, retried later with backoff
  permanent   a 5xx reply, or an address that cannot be written: `failed`, with the reason
  paused      the user paused before it was handed over: back to `approved`, untouched

When a worker dies, its claimed messages' leases run out. A message that was handed over may
or may not have left: it becomes `unknown` and is never sent again automatically (the person
may resend it after checking their sent folder). Every other message of the claim provably
never reached the server: it goes back to `approved` and is sent by another worker. So a crash
costs at most one uncertain message per worker, and no message is ever sent twice.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import BindParameter, String, bindparam, exists, func, literal, or_, select, update
from sqlalchemy.sql import visitors

import webhooks
from careeros import followups
from careeros.sending.mail import Letter, UnsafeAddress, message_id_for, wire
from careeros.sending.schedule import HANDED, day_start, local_day
from careeros.sending.transport import DeliveryError, FileOutbox, from_url
from models import (
    DELIVERED,
    Contact,
    Message,
    MessageStatus,
    Queue,
    User,
    WebhookEndpoint,
    backoff,
    db,
    move_where,
    utcnow,
)
from models.base import UTCDateTime
from models.message import status_in
from webhooks import events

if TYPE_CHECKING:
    from careeros.settings import Settings

log = logging.getLogger("careeros.sending")

BATCH = 50
USERS_PER_PASS = 20
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
UNKNOWN = (
    "The send was interrupted after the message was handed to the mail server; it may or may not "
    "have left, so it is not retried automatically. Check your sent folder, then resend it "
    "(POST /messages/{message_id}/resend) if it is not there."
)


LEASE = timedelta(seconds=30)  # CAREEROS_SEND_LEASE_SECONDS's default


@dataclass(frozen=True)
class Mail:
    """Where the sender hands mail over (file://, smtp:// or smtps://) and how long a claim holds
    the messages it took before another worker may take them back."""

    url: str
    lease: timedelta = LEASE

    @classmethod
    def of(cls, settings: Settings) -> Mail:
        return cls(settings.mail_url, timedelta(seconds=settings.send_lease_seconds))


@dataclass(frozen=True)
class Job:
    message_id: str
    user_id: str
    claim_token: str
    # What the mail says, from whom to whom (its Date is set when it is handed over); a follow-up
    # answers its thread (in_reply_to and references).
    letter: Letter
    sample: bool = False  # a generated sample contact: never handed to a real mail server
    follow_up_step: int = 0
    # When the claim's lease on the messages not yet handed over runs out.
    held_until: datetime | None = None
    # The account's follow-up settings as the claim read them (under the account's lock): when a
    # sent message's thread is due its next follow-up. Whether one is still wanted is decided
    # again when it is due (followups._reserve), so a change made meanwhile is not lost.
    plan: followups.Plan | None = None


SAMPLE_REFUSED = (
    "A sample contact (a generated person for trying CareerOS) is never mailed; import your own "
    "contacts to send for real"
)


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


# A sender holds the user (whose pause, limit and spacing it checks) and the messages it takes.
SENDERS = Queue(User, key_share=True)  # models.USER_LOCK
SENDS = Queue(Message, lease=LEASE)


def claim(now: datetime, user_id: str, lease: timedelta = LEASE) -> list[Job]:
    """Lock the user, check pause, limit and spacing, and take what may be sent now, each message
    held for `lease`."""
    with db.writing() as session:
        user = SENDERS.claim_one(session, select(User).where(User.id == user_id), now)
        if user is None or user.paused:
            return []
        if user.next_send_at is not None and user.next_send_at > now:
            return []
        room = user.daily_limit - handed_today(session, user, now)
        if room <= 0:
            return []
        take = 1 if user.send_gap_seconds else min(room, BATCH)
        token = secrets.token_hex(16)
        # The messages are read as columns and moved to `sending` by one UPDATE: a claim takes up
        # to BATCH of them, hundreds of times a minute under load.
        due = (
            select(
                Message.id,
                Message.email_message_id,
                Message.subject,
                Message.body,
                Message.follow_up_step,
                Message.thread_id,
                Contact.name,
                Contact.email,
                Contact.source,
            )
            .join(Contact, Contact.id == Message.contact_id)
            .where(Message.user_id == user.id, *_due(now))
            .order_by(Message.scheduled_at, Message.id)
        )
        moved = move_where(
            MessageStatus.SENDING,
            now,
            send_started_at=now,
            claim_token=token,
            handed_over_at=None,
            # message_id_for(), for the messages that have none yet
            email_message_id=func.coalesce(
                Message.email_message_id, literal("<") + Message.id + literal(f"@{_domain(user.email)}>")
            ),
        )
        rows = replace(SENDS, lease=lease).claim_rows(session, due, now, limit=take, moved=moved)
        if not rows:
            return []
        plan = followups.Plan.of(user)
        jobs = []
        for row in rows:
            chain = _thread_before(session, row.thread_id, row.follow_up_step) if row.follow_up_step else []
            jobs.append(
                Job(
                    row.id,
                    user.id,
                    token,
                    Letter(
                        user.name,
                        user.email,
                        row.name,
                        row.email,
                        row.subject,
                        row.body,
                        row.email_message_id or message_id_for(row.id, user.email),
                        now,
                        chain[-1] if chain else None,
                        tuple(chain),
                    ),
                    row.source == "sample",
                    row.follow_up_step or 0,
                    now + lease,
                    plan,
                )
            )
        if user.send_gap_seconds:
            # The least gap; the jitter is already in the planned times (scheduled_at).
            user.next_send_at = now + timedelta(seconds=user.send_gap_seconds)
        return jobs


def _domain(sender_email: str) -> str:
    return message_id_for("", sender_email)[2:-1]


def _thread_before(session, thread_id: str | None, step: int) -> list[str]:
    """The Message-IDs of a follow-up's thread before it, the first message's first."""
    if not thread_id:
        return []
    chain = [
        m
        for m in session.scalars(
            select(Message.email_message_id)
            .where(
                Message.thread_id == thread_id,
                Message.follow_up_step < step,
                Message.email_message_id.is_not(None),
                Message.status.in_(DELIVERED),
            )
            .order_by(Message.follow_up_step)
        ).all()
        if m
    ]
    first = session.get(Message, thread_id)
    if first is not None and first.email_message_id and first.email_message_id not in chain:
        chain.insert(0, first.email_message_id)
    return chain


def _ours(job: Job):
    """The row is still under the claim this worker made (its lease did not run out meanwhile)."""
    return (
        Message.id == job.message_id,
        Message.claim_token == job.claim_token,
        Message.status == MessageStatus.SENDING,
    )


def _hand_over(job: Job, lease: timedelta, send_lease: timedelta, sent: Job | None = None) -> str:
    """Record, in its own commit, that the SMTP transaction for `job` is about to begin; and, in
    the same commit, that the message before it, `sent`, was accepted (one commit per message
    sent instead of two: the outcome of one and the hand-over of the next).

    `send_lease` covers the SMTP transaction; the rest of the claim is held `lease` longer.
    Returns "go", "renewed" (go, and the rest of the claim's lease was renewed), "paused" (the
    user paused: the message was put back) or "lost" (the claim ran out and the message is
    someone else's now: leave it alone)."""
    now = utcnow()
    mine = {"message_id": job.message_id, "token": job.claim_token, "now": now, "until": now + send_lease}
    with db.writing() as session:
        connection = session.connection()
        if sent is not None and connection.dialect.name == "postgresql":
            # Both updates in one statement: one round trip, not two, on every message sent.
            settle = _outcome(connection, sent, MessageStatus.SENT, now)[1]
            parameters = {
                **mine,
                "account": sent.user_id,
                **{f"sent_{key}": value for key, value in settle.items()},
            }
            settled, handed, hooked = connection.execute(_SETTLE_AND_HAND_OVER, parameters).one()
            _recorded(session, sent, MessageStatus.SENT, now, done=bool(settled), hooked=bool(hooked))
        else:
            if sent is not None:
                _record(session, sent, MessageStatus.SENT)
            handed = db.affected(connection.execute(_HAND_OVER, mine))
        if handed:
            if job.held_until is not None and job.held_until - now >= lease / 2:
                return "go"
            # The rest of the claim keeps its place while this one is on the wire (renewed when
            # half the lease is gone: the claim token, not the lease, is what keeps a message
            # from being sent twice).
            connection.execute(_HOLD_REST, {"token": job.claim_token, "until": now + lease})
            return "renewed"
    return "paused" if _release(job) else "lost"


def _release(
    job: Job, *, reason: str | None = None, retry_at: datetime | None = None, tried: bool = False
) -> bool:
    """Back to `approved`: it never reached the server, so it does not count toward the limit.
    `tried`: the attempt failed before the hand-over (the server could not be reached) and
    counts as one."""
    values: dict = {"next_attempt_at": retry_at, "failure_reason": reason}
    if tried:
        values["send_attempts"] = Message.send_attempts + 1
    with db.writing() as session:
        return bool(db.affected(session.execute(_returned(utcnow(), *_ours(job), **values))))


def _returned(now: datetime, *where, **values):
    """Back to `approved` without having left (keeping the time it was approved)."""
    return move_where(
        MessageStatus.APPROVED,
        now,
        *where,
        stamp=False,
        send_started_at=None,
        lease_until=None,
        claim_token=None,
        handed_over_at=None,
        **values,
    )


def _finish(job: Job, status: MessageStatus, reason: str | None = None) -> None:
    """`sent` or `failed`, with its event, in a commit of its own."""
    with db.writing() as session:
        _record(session, job, status, reason)


def _record(session, job: Job, status: MessageStatus, reason: str | None = None) -> None:
    """`sent` or `failed`, with its event, in `session`. A late answer for a message whose lease
    ran out meanwhile (so it became `unknown`) still settles it: now we know what happened.

    The statement that settles it also says whether the account has any enabled webhook
    endpoint, so that the common case (none) costs one statement, not two."""
    now = utcnow()
    connection = session.connection()
    statement, parameters = _outcome(connection, job, status, now, reason)
    if connection.dialect.update_returning:
        row = connection.execute(_RETURNING_HOOKED[statement], parameters).first()
        done, hooked = row is not None, bool(row and row[0])
    else:
        done, hooked = bool(db.affected(connection.execute(statement, parameters))), True
    _recorded(session, job, status, now, done=done, hooked=hooked)


def _outcome(connection, job: Job, status: MessageStatus, now: datetime, reason: str | None = None):
    """The statement that records `status` for `job`, and its parameters (the follow-up plan is
    read on `connection` when the job does not carry it)."""
    mine = {"message_id": job.message_id, "token": job.claim_token, "now": now, "account": job.user_id}
    if status == MessageStatus.SENT:
        plan = job.plan or followups.Plan(*connection.execute(_PLAN, {"user_id": job.user_id}).one())
        return _SENT, {**mine, "follow_up_due_at": plan.due_after(job.follow_up_step, now)}
    return _FAILED, {**mine, "reason": reason}


def _recorded(session, job: Job, status: MessageStatus, now: datetime, *, done: bool, hooked: bool) -> None:
    """After the outcome's statement: its event, when an endpoint of the account may want it."""
    kind = "message.sent" if status == MessageStatus.SENT else "message.failed"
    if done and hooked and webhooks.wanted(session, job.user_id, kind):
        message = session.get_one(Message, job.message_id)
        (events.sent if status == MessageStatus.SENT else events.failed)(session, message, now)
    if not done:
        log.warning("message %s left our claim before its outcome (%s) was recorded", job.message_id, status)


# The statements of every message sent, built once: they run hundreds of times a second.
_NOW = bindparam("now", type_=UTCDateTime())
_UNTIL = bindparam("until", type_=UTCDateTime())
_CLAIMED = (
    Message.id == bindparam("message_id"),
    Message.claim_token == bindparam("token"),
)
_HAND_OVER = (
    update(Message)
    .where(
        *_CLAIMED,
        Message.status == MessageStatus.SENDING,
        ~exists().where(User.id == Message.user_id, User.paused.is_(True)),
    )
    .values(handed_over_at=_NOW, lease_until=_UNTIL, send_attempts=Message.send_attempts + 1, updated_at=_NOW)
)
_HOLD_REST = (
    update(Message)
    .where(
        Message.claim_token == bindparam("token"),
        Message.status == MessageStatus.SENDING,
        Message.handed_over_at.is_(None),
    )
    .values(lease_until=_UNTIL)
)
# A late answer for a message whose lease ran out meanwhile (so it became `unknown`) still counts.
_SETTLING = (*_CLAIMED, status_in((MessageStatus.SENDING, MessageStatus.UNKNOWN)))
_SENT = move_where(
    MessageStatus.SENT,
    _NOW,  # type: ignore[arg-type]  # a parameter: sent_at and updated_at take the time given
    *_SETTLING,
    lease_until=None,
    failure_reason=None,
    next_attempt_at=None,
    thread_id=func.coalesce(Message.thread_id, Message.id),
    follow_up_due_at=bindparam("follow_up_due_at", type_=UTCDateTime()),
)
_FAILED = move_where(
    MessageStatus.FAILED,
    _NOW,  # type: ignore[arg-type]
    *_SETTLING,
    lease_until=None,
    failure_reason=bindparam("reason", type_=String()),
)
_PLAN = select(*followups.PLAN_COLUMNS).where(User.id == bindparam("user_id"))
# Whether the account has an endpoint that may want the event (which one does is asked after).
_HOOKED = (
    exists()
    .where(WebhookEndpoint.user_id == bindparam("account"), WebhookEndpoint.enabled.is_(True))
    .label("hooked")
)
_RETURNING_HOOKED = {statement: statement.returning(_HOOKED) for statement in (_SENT, _FAILED)}


def _prefixed(statement, prefix: str):
    """`statement` with each of its parameters (those given at execution) renamed `prefix` + name."""

    def rename(element, **kw):
        if isinstance(element, BindParameter) and element.required:
            return bindparam(prefix + element.key, type_=element.type, required=True)
        return None

    return visitors.replacement_traverse(statement, {}, rename)


# On PostgreSQL, the outcome of the message before and the hand-over of the next in one statement
# (its parameters: the hand-over's, the account's, and the outcome's prefixed `sent_`): how many
# rows each changed, and whether the account has an endpoint that may want the event.
_SETTLED = _prefixed(_SENT, "sent_").returning(Message.id).cte("settled")
_HANDED = _HAND_OVER.returning(Message.id).cte("handed")
_SETTLE_AND_HAND_OVER = select(
    select(func.count()).select_from(_SETTLED).scalar_subquery().label("settled"),
    select(func.count()).select_from(_HANDED).scalar_subquery().label("handed"),
    _HOOKED,
)


def _retry_or_fail(job: Job, reason: str, *, handed_over: bool = True) -> None:
    """A transient failure: back to `approved` with a backed-off retry, or `failed` once the
    attempts (hand-overs, and connections that failed before one) are used up."""
    with db.reading() as session:
        attempts = session.scalar(select(Message.send_attempts).where(Message.id == job.message_id)) or 0
    if not handed_over:
        attempts += 1
    if attempts > len(BACKOFF):
        _finish(job, MessageStatus.FAILED, f"Gave up after {attempts} attempts: {reason}")
        return
    delay = backoff(BACKOFF, attempts)
    _release(job, reason=f"Will retry: {reason}", retry_at=utcnow() + delay, tried=not handed_over)


def deliver(jobs: list[Job], mail: Mail) -> int:
    """Hand the claimed messages to `mail`'s server, one hand-over at a time; returns how many
    were sent. Its commits (one per message) share one database connection."""
    with db.pinned():
        return _deliver(jobs, mail)


def _deliver(jobs: list[Job], mail: Mail) -> int:
    sent = 0
    untouched = list(jobs)  # not yet handed over: safe to put back on any failure
    accepted: Job | None = None  # sent, its outcome recorded with the next hand-over
    try:
        transport = from_url(mail.url)
        send_lease = mail.lease + timedelta(seconds=getattr(transport, "timeout", 30))
        with transport as connection:
            while untouched:
                job = untouched.pop(0)
                try:
                    email = wire(replace(job.letter, date=utcnow()))
                except UnsafeAddress as exc:
                    accepted = _settle(accepted)
                    _finish(job, MessageStatus.FAILED, f"The message cannot be sent: {exc}")
                    continue
                if job.sample and not isinstance(transport, FileOutbox):
                    accepted = _settle(accepted)
                    _finish(job, MessageStatus.FAILED, SAMPLE_REFUSED)
                    continue
                before = utcnow()
                handed = _hand_over(job, mail.lease, send_lease, sent=accepted)
                accepted = None
                if handed == "renewed":
                    untouched = [replace(j, held_until=before + mail.lease) for j in untouched]
                elif handed != "go":
                    continue  # paused (put back) or no longer ours
                try:
                    letter = job.letter
                    connection.send(email, letter.message_id, letter.sender_email, letter.to_email)
                except DeliveryError as exc:
                    if exc.permanent:
                        _finish(job, MessageStatus.FAILED, f"The mail server refused it: {exc.reason}")
                    else:
                        _retry_or_fail(job, exc.reason)
                    continue
                accepted = job
                sent += 1
    except DeliveryError as exc:  # could not connect: every message not yet handed over waits
        for job in untouched:
            _retry_or_fail(job, exc.reason, handed_over=False)
    except Exception:
        # A bug, not the server: messages never handed over go back; the one in flight, if any,
        # is left to its lease and ends `unknown`, since it may have left.
        log.exception("delivery stopped unexpectedly")
        for job in untouched:
            _release(job)
    finally:
        accepted = _settle(accepted)  # the last one sent, or the one before a failure
    return sent


def _settle(accepted: Job | None) -> Job | None:
    """Record that `accepted` was sent, in a commit of its own (no hand-over follows it); then
    nothing is left to record (None)."""
    if accepted is not None:
        _finish(accepted, MessageStatus.SENT)
    return None


def send_due(now: datetime, user_id: str | None = None, *, mail: Mail) -> int:
    """Worker stage: for each user with something due (or for `user_id` alone), claim and deliver
    to `mail`."""
    query = (
        select(Message.user_id)
        .join(User, User.id == Message.user_id)
        .where(*_due(now), User.paused.is_(False), or_(User.next_send_at.is_(None), User.next_send_at <= now))
        .group_by(Message.user_id)
        .order_by(func.min(Message.scheduled_at))
        .limit(USERS_PER_PASS)
    )
    if user_id is not None:
        query = query.where(Message.user_id == user_id)
    with db.reading() as session:
        users = session.scalars(query).all()
    handled = 0
    with db.pinned():
        for user_id in users:
            jobs = claim(now, user_id, mail.lease)
            if jobs:
                handled += len(jobs)
                deliver(jobs, mail)
    return handled


def expire_due(now: datetime) -> int:
    """Worker stage: a `sending` message past its lease belongs to a worker that died. If it was
    handed over it may have left: `unknown`. If not, it never did: back to `approved`."""
    expired = (Message.status == MessageStatus.SENDING, Message.lease_until < now)
    with db.writing() as session:
        uncertain = db.affected(
            session.execute(
                move_where(
                    MessageStatus.UNKNOWN,
                    now,
                    *expired,
                    Message.handed_over_at.is_not(None),
                    failure_reason=UNKNOWN,
                    lease_until=None,
                )
            )
        )
        returned = db.affected(session.execute(_returned(now, *expired, Message.handed_over_at.is_(None))))
    if uncertain:
        log.warning("%d message(s) were interrupted mid-send and are now `unknown`", uncertain)
    return uncertain + returned
