"""Planned send times: what `scheduled_at` promises when a message is approved.

A plan starts at the requested time (now for `immediate`, the user's next sending window for
`optimal`, or the time given), keeps every send of the user at least the account's gap apart
(plus up to a third of it as jitter, so fifty approvals do not leave in one burst), and moves
to the next day when the day, in the account's time zone, is already full under the daily
limit. The sender enforces the limit and the gap again when it hands messages over; the plan
is what it will do if nothing changes.
"""

from __future__ import annotations

import random
from bisect import insort
from collections import Counter
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from models import Message, MessageStatus, User

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# Taken by a sender (or handed to the mail server): these count toward the day's limit, by
# when they were taken (`send_started_at`).
HANDED = (
    MessageStatus.SENDING,
    MessageStatus.SENT,
    MessageStatus.REPLIED,
    MessageStatus.BOUNCED,
    MessageStatus.UNKNOWN,
)
# Waiting to be taken: these count by their planned time. A message is in one group or the
# other, never both (a `sending` one counted twice left part of a day's limit unused).
QUEUED = (MessageStatus.APPROVED,)
MAX_DAYS_AHEAD = 400


def _clock(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


class Window:
    def __init__(self, spec: dict, tz: ZoneInfo):
        self.days = {WEEKDAYS.index(d) for d in spec.get("days", WEEKDAYS[:5])}
        self.start, self.end = _clock(spec.get("start", "09:00")), _clock(spec.get("end", "11:00"))
        self.tz = tz

    def contains(self, moment: datetime) -> bool:
        local = moment.astimezone(self.tz)
        return local.weekday() in self.days and self.start <= local.time() < self.end

    def next_open(self, moment: datetime) -> datetime:
        """`moment` if the window is open then, else when it next opens."""
        if self.contains(moment):
            return moment
        local = moment.astimezone(self.tz)
        for offset in range(8):
            day = local.date() + timedelta(days=offset)
            opening = datetime.combine(day, self.start, self.tz)
            if day.weekday() in self.days and opening >= local:
                return opening.astimezone(moment.tzinfo)
        raise ValueError("the sending window has no days")


def local_day(moment: datetime, tz: ZoneInfo) -> date:
    return moment.astimezone(tz).date()


def day_start(day: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0, 0), tz)


class Planner:
    """Plans send times for one user, given what is already sent and queued."""

    def __init__(self, session, user: User, now: datetime, *, seed: int = 0, include_queued: bool = True):
        self.user = user
        self.now = now
        self.tz = ZoneInfo(user.timezone)
        self.window = Window(user.sending_window or {}, self.tz)
        self.gap = timedelta(seconds=user.send_gap_seconds or 0)
        self.rng = random.Random(seed)
        today = day_start(local_day(now, self.tz), self.tz)
        handed = session.scalars(
            select(Message.send_started_at).where(
                Message.user_id == user.id, Message.status.in_(HANDED), Message.send_started_at >= today
            )
        ).all()
        queued = (
            session.scalars(
                select(Message.scheduled_at).where(
                    Message.user_id == user.id, Message.status.in_(QUEUED), Message.scheduled_at.is_not(None)
                )
            ).all()
            if include_queued
            else []
        )
        self.per_day = Counter(local_day(t, self.tz) for t in [*handed, *queued] if t is not None)
        # Sends already made count for spacing too: the next one keeps its distance from them.
        self.times = sorted(t for t in [*handed, *queued] if t is not None)

    def _next_day(self, moment: datetime, optimal: bool) -> datetime:
        following = day_start(local_day(moment, self.tz) + timedelta(days=1), self.tz)
        return self.window.next_open(following) if optimal else following

    def plan(self, requested: datetime, *, optimal: bool = False) -> datetime:
        moment = self.window.next_open(requested) if optimal else requested
        limit = max(1, self.user.daily_limit)
        for _ in range(10_000):
            if (moment - self.now).days > MAX_DAYS_AHEAD:
                break
            if self.per_day[local_day(moment, self.tz)] >= limit:
                moment = self._next_day(moment, optimal)
                continue
            if optimal and not self.window.contains(moment):
                moment = self.window.next_open(moment)
                continue
            clash = next((t for t in self.times if abs(t - moment) < self.gap), None) if self.gap else None
            if clash is not None:
                moment = clash + self.gap + self.rng.uniform(0, 1 / 3) * self.gap
                continue
            break
        insort(self.times, moment)
        self.per_day[local_day(moment, self.tz)] += 1
        return moment


def replan(session, user: User, now: datetime) -> int:
    """Plan every waiting approved message of `user` again, in the order they were approved,
    from what each approval asked for: after a change of the daily limit, the sending window,
    the gap or the time zone, what the old plan pushed to a later day may fit today (and the
    other way round). Returns how many messages were planned."""
    waiting = session.scalars(
        select(Message)
        .where(Message.user_id == user.id, Message.status == MessageStatus.APPROVED)
        .order_by(Message.approved_at, Message.id)
        .with_for_update(of=Message)
    ).all()
    if not waiting:
        return 0
    planner = Planner(session, user, now, seed=int(now.timestamp()), include_queued=False)
    for message in waiting:
        requested = max(message.schedule_requested_at or message.scheduled_at or now, now)
        message.scheduled_at = planner.plan(requested, optimal=bool(message.schedule_optimal))
    return len(waiting)
