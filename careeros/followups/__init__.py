"""Follow-ups: the second message that gets most replies, under the same approval as the first.

When a sent message has had no real reply for the account's wait (business days in its time zone;
4 then 7 by default), the worker reserves a follow-up draft in the same review queue: marked with
its step and the message it follows, short, in the same thread. The sequence stops, and any
follow-up still being written, pending or approved is withdrawn, when the contact replies (to any
message of the thread), bounces, is marked do-not-contact, or the user rejects a follow-up as the
wrong contact. An auto-reply that says when the person is back moves the next follow-up past it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import exists, func, or_, select, update
from sqlalchemy.orm import aliased

from models import Contact, Message, MessageStatus, Queue, User, db, move

WAITING = (MessageStatus.GENERATING, MessageStatus.PENDING, MessageStatus.APPROVED)
STOPPING = (MessageStatus.REPLIED, MessageStatus.BOUNCED)
MAX_STEPS = 3


def business_days_after(moment: datetime, days: int, tz: str) -> datetime:
    """`days` business days (Monday to Friday) after `moment`, at the same local time of day."""
    zone = ZoneInfo(tz)
    local = moment.astimezone(zone)
    day = local.date()
    added = 0
    while added < days:
        day += timedelta(days=1)
        if day.weekday() < 5:
            added += 1
    return datetime.combine(day, local.timetz().replace(tzinfo=None), tzinfo=zone).astimezone(moment.tzinfo)


def wait_before(user: User, step: int) -> int:
    """Business days to wait before follow-up `step` (1-based): the account's list, its last
    value repeated when the list is shorter."""
    return _wait(user.follow_up_waits, step)


def _wait(listed: list | None, step: int) -> int:
    waits = [int(w) for w in (listed or [4, 7])] or [4]
    return waits[min(step, len(waits)) - 1]


@dataclass(frozen=True)
class Plan:
    """An account's follow-up settings: whether, how many, after how many business days, and
    the time zone those days are counted in."""

    enabled: bool
    count: int
    waits: list | None
    timezone: str

    @classmethod
    def of(cls, user: User) -> Plan:
        return cls(user.follow_ups_enabled, user.follow_up_count, user.follow_up_waits, user.timezone)

    def due_after(self, step: int, sent_at: datetime | None) -> datetime | None:
        """When the thread of a message of follow-up `step` (0: the first message) sent at
        `sent_at` is due its next follow-up; None when no more are wanted."""
        if self.enabled and step < min(self.count, MAX_STEPS) and sent_at:
            return business_days_after(sent_at, _wait(self.waits, step + 1), self.timezone)
        return None


# The columns of `Plan`, in its order, for reading it without loading the account.
PLAN_COLUMNS = (User.follow_ups_enabled, User.follow_up_count, User.follow_up_waits, User.timezone)


# ---- withdrawing -----------------------------------------------------------------------------


def withdraw_thread(session, thread_id: str | None, reason: str, now: datetime) -> int:
    """Withdraw the thread's follow-ups still being written, pending or approved."""
    if not thread_id:
        return 0
    waiting = session.scalars(
        select(Message)
        .where(Message.thread_id == thread_id, Message.follow_up_step > 0, Message.status.in_(WAITING))
        .with_for_update(of=Message)
    ).all()
    for message in waiting:
        _withdraw(message, reason, now)
    session.execute(
        update(Message)
        .where(Message.thread_id == thread_id, Message.follow_up_due_at.is_not(None))
        .values(follow_up_due_at=None)
        .execution_options(synchronize_session="fetch")
    )
    return len(waiting)


def _withdraw(message: Message, reason: str, now: datetime) -> None:
    move(message, MessageStatus.WITHDRAWN, now)
    message.failure_reason = reason
    message.lease_until = None


def withdraw_contact(session, contact_id: str, reason: str, now: datetime) -> int:
    """Withdraw every waiting follow-up to a contact (do-not-contact)."""
    threads = session.scalars(
        select(Message.thread_id)
        .where(Message.contact_id == contact_id, Message.thread_id.is_not(None))
        .distinct()
    ).all()
    return sum(withdraw_thread(session, thread, reason, now) for thread in threads)


# ---- an auto-reply's return date --------------------------------------------------------------

# Month names as out-of-office answers write them (English, German, French, Spanish), by prefix.
_MONTH_NAMES = {
    1: ("jan", "jän", "ene"),
    2: ("feb", "fév", "fev"),
    3: ("mar", "mär", "maerz"),
    4: ("apr", "avr", "abr"),
    5: ("may", "mai", "mayo"),
    6: ("jun", "juin"),
    7: ("jul", "juil"),
    8: ("aug", "aoû", "aou", "ago"),
    9: ("sep", "set"),
    10: ("oct", "okt"),
    11: ("nov",),
    12: ("dec", "dez", "déc", "dic"),
}


def _month(word: str) -> int | None:
    word = word.lower()
    # the longest matching prefix wins: "juil" (July) before "jui"; "mayo" before "may"
    best = max(
        (
            (len(p), number)
            for number, prefixes in _MONTH_NAMES.items()
            for p in prefixes
            if word.startswith(p)
        ),
        default=None,
    )
    return best[1] if best else None


_BACK = re.compile(
    r"\b(?:back|return(?:ing)?|returns|in the office|away until|off until|until|till|"
    r"bis(?: zum| am)?|zurück(?: am)?|ab dem|de retour(?: le)?|jusqu'au|hasta el|regreso el)\b[^.\n]{0,40}?"
    r"(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\.?\s*(?:of\s+|de\s+)?(?P<month>[^\W\d_]{3,9})\.?(?:\s+(?P<year>\d{4}))?"
    r"|(?P<month2>[^\W\d_]{3,9})\.?\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year2>\d{4}))?"
    r"|(?P<iso>\d{4}-\d{2}-\d{2})"
    r"|(?P<dd>\d{1,2})[./](?P<mm>\d{1,2})[./](?P<yy>\d{2,4}))",
    re.IGNORECASE,
)


def return_date(text: str, received: datetime) -> date | None:
    """The date an out-of-office reply says the person is back, if it says one clearly: "back on
    12 March", "returning March 12th", "until 2026-12-10", "bis 10.12.2026"; a date that has
    already passed this year is next year's."""
    for match in _BACK.finditer(text or ""):
        try:
            if match.group("iso"):
                found = date.fromisoformat(match.group("iso"))
            elif match.group("dd"):
                year = int(match.group("yy"))
                found = date(
                    year + 2000 if year < 100 else year, int(match.group("mm")), int(match.group("dd"))
                )
            else:
                month = _month(match.group("month") or match.group("month2") or "")
                if month is None:
                    continue
                day = int(match.group("day") or match.group("day2"))
                year_text = match.group("year") or match.group("year2")
                found = date(int(year_text) if year_text else received.year, month, day)
                if not year_text and found < received.date():
                    found = found.replace(year=found.year + 1)
        except ValueError:
            continue
        if received.date() <= found <= received.date() + timedelta(days=365):
            return found
    return None


def note_away(session, contact: Contact, text: str, received: datetime, tz: str) -> datetime | None:
    """Record when an auto-replying contact is back (the start of that day, their sender's time
    zone); the next follow-up waits for it."""
    back = return_date(text, received)
    if back is None:
        return None
    contact.away_until = datetime.combine(back, time(0, 0), tzinfo=ZoneInfo(tz)).astimezone(received.tzinfo)
    return contact.away_until


# ---- when a thread is due --------------------------------------------------------------------


def schedule_after(message: Message, user: User) -> None:
    """Set when the thread of a message just sent is due its next follow-up (None when no more
    follow-ups are wanted)."""
    message.follow_up_due_at = Plan.of(user).due_after(message.follow_up_step or 0, message.sent_at)


def reschedule(session, user: User, now: datetime) -> None:
    """The follow-up settings (or the time zone) changed: every thread's next follow-up follows
    them, and follow-ups beyond the new count (all of them when turned off) are withdrawn."""
    allowed = min(user.follow_up_count, MAX_STEPS) if user.follow_ups_enabled else 0
    waiting = session.scalars(
        select(Message)
        .where(
            Message.user_id == user.id,
            Message.follow_up_step > allowed,
            Message.status.in_(WAITING),
        )
        .with_for_update(of=Message)
    ).all()
    for message in waiting:
        _withdraw(message, "Withdrawn: the follow-up settings no longer ask for it", now)
    later = aliased(Message)
    latest = session.scalars(
        select(Message).where(
            Message.user_id == user.id,
            Message.status == MessageStatus.SENT,
            ~exists().where(
                later.thread_id == Message.thread_id,
                later.follow_up_step > Message.follow_up_step,
            ),
        )
    ).all()
    for message in latest:
        schedule_after(message, user)


# ---- the worker stage --------------------------------------------------------------------------

BATCH = 50
# A thread waiting for its next follow-up is claimed by its latest sent message.
THREADS = Queue(Message)


def _thread_stopped(session, thread_id: str) -> bool:
    """Someone in the thread answered or bounced, or a follow-up was rejected as the wrong
    contact."""
    return bool(
        session.scalar(
            select(func.count())
            .select_from(Message)
            .where(
                Message.thread_id == thread_id,
                or_(Message.status.in_(STOPPING), Message.rejection_reason == "wrong_contact"),
            )
        )
    )


def _has_later_step(session, message: Message) -> bool:
    return bool(
        session.scalar(
            select(func.count())
            .select_from(Message)
            .where(Message.thread_id == message.thread_id, Message.follow_up_step > message.follow_up_step)
        )
    )


def _reserve(message_id: str, now: datetime) -> bool:
    """Reserve the follow-up of one due thread, or settle why it gets none (or not yet)."""
    from careeros.drafting.params import Params, seed_for

    with db.writing() as session:
        due = select(Message).where(Message.id == message_id, Message.follow_up_due_at <= now)
        previous = THREADS.claim_one(session, due, now)
        if previous is None:
            return False  # another worker has it, or it moved
        user = session.get_one(User, previous.user_id)
        if user.paused:
            return False  # held, not dropped: it goes once the account is resumed
        contact = previous.contact
        thread = previous.thread_id = previous.thread_id or previous.id
        if (
            previous.status != MessageStatus.SENT
            or not user.follow_ups_enabled
            or previous.follow_up_step >= min(user.follow_up_count, MAX_STEPS)
            or contact.do_not_contact
            or contact.undeliverable
            or _thread_stopped(session, thread)
            or _has_later_step(session, previous)
        ):
            previous.follow_up_due_at = None
            return False
        if contact.away_until is not None and contact.away_until > now:
            # back from an absence: give them a business day to get through their inbox
            previous.follow_up_due_at = business_days_after(contact.away_until, 1, user.timezone)
            return False
        step = previous.follow_up_step + 1
        previous.follow_up_due_at = None
        session.add(
            Message(
                user_id=user.id,
                contact_id=previous.contact_id,
                follow_up_step=step,
                follows_id=previous.id,
                thread_id=thread,
                draft_params=Params(seed=seed_for(user.id, thread, str(step)) % (2**31)).as_dict(),
                created_at=now,
                updated_at=now,
            )
        )
        return True


def follow_ups_due(now: datetime, user_id: str | None = None) -> int:
    """Worker stage: reserve a follow-up draft for each thread whose wait is over, oldest first
    across accounts (or one account's); the drafting stage then writes it like any draft."""
    query = (
        select(Message.id)
        .join(User, User.id == Message.user_id)
        .where(Message.follow_up_due_at <= now, User.paused.is_(False))
        .order_by(Message.follow_up_due_at)
        .limit(BATCH)
    )
    if user_id is not None:
        query = query.where(Message.user_id == user_id)
    with db.reading() as session:
        due = session.scalars(query).all()
    return sum(_reserve(message_id, now) for message_id in due)
