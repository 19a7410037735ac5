"""Analytics: the dashboard figures, computed from the database for a period ending now."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select

from careeros.timefmt import iso
from models import DELIVERED, Contact, Message, MessageStatus, User, db, utcnow

PERIODS = {"week": timedelta(days=7), "month": timedelta(days=30), "all_time": None}


def period_start(period: str, now: datetime) -> datetime | None:
    span = PERIODS[period]
    return None if span is None else now - span


def dashboard(user_id: str, period: str = "week") -> dict:
    now = utcnow()
    start = period_start(period, now)

    def since(column):
        return [column.is_not(None)] if start is None else [column >= start]

    mine = Message.user_id == user_id
    with db.reading() as session:
        generated, avg_quality = session.execute(
            select(func.count(), func.avg(Message.quality_score)).where(mine, *since(Message.generated_at))
        ).one()
        # Of the messages sent in the period, how many were sent, and how many drew a reply.
        sent, replied_of_sent = session.execute(
            select(func.count(), func.count().filter(Message.status == MessageStatus.REPLIED)).where(
                mine, Message.status.in_(DELIVERED), *since(Message.sent_at)
            )
        ).one()
        replied = session.scalar(select(func.count()).where(mine, *since(Message.replied_at)))
        discovered = session.scalar(
            select(func.count()).where(Contact.user_id == user_id, *since(Contact.discovered_at))
        )
        # Whether follow-ups are worth it: the replies each step drew (the message answered).
        by_step = dict(
            session.execute(
                select(Message.follow_up_step, func.count())
                .where(mine, *since(Message.replied_at))
                .group_by(Message.follow_up_step)
            ).all()
        )
        # Per day (the account's calendar) and the spread of quality: what the charts draw.
        tz = session.scalar(select(User.timezone).where(User.id == user_id)) or "UTC"
        moments = session.execute(
            select(
                Message.generated_at,
                Message.sent_at,
                Message.status.in_(DELIVERED),
                Message.replied_at,
                Message.quality_score,
            ).where(
                mine,
                or_(*since(Message.generated_at), *since(Message.sent_at), *since(Message.replied_at))
                if start is not None
                else Message.generated_at.is_not(None),
            )
        ).all()
        sent_by_step = dict(
            session.execute(
                select(Message.follow_up_step, func.count())
                .where(mine, Message.status.in_(DELIVERED), *since(Message.sent_at))
                .group_by(Message.follow_up_step)
            ).all()
        )
    return {
        "period": period,
        "period_start": iso(start),
        "messages_generated": generated,
        "messages_sent": sent,
        "messages_replied": replied,
        "response_rate": round(replied_of_sent / sent, 4) if sent else 0.0,
        "avg_quality_score": round(float(avg_quality), 1) if avg_quality is not None else None,
        "contacts_discovered": discovered,
        "replies_by_step": _steps(by_step),
        "sent_by_step": _steps(sent_by_step),
        **_series(moments, start, now, tz),
    }


MAX_DAYS = 366
QUALITY_BUCKETS = ((0, 49), (50, 59), (60, 69), (70, 79), (80, 89), (90, 100))


def _series(moments, start: datetime | None, now: datetime, tz: str) -> dict:
    """`daily`: drafts generated, messages sent and replies received per calendar day of the
    account (every day of the period, oldest first; at most the last 366); `quality_distribution`:
    the quality scores of the drafts generated in the period, in buckets."""
    zone = ZoneInfo(tz)
    today = now.astimezone(zone).date()
    if start is not None:
        first = start.astimezone(zone).date()
    else:
        known = [m.astimezone(zone).date() for row in moments for m in (row[0], row[1], row[3]) if m]
        first = min(known, default=today)
    first = max(first, today - timedelta(days=MAX_DAYS - 1))
    days = {first + timedelta(days=i): [0, 0, 0] for i in range((today - first).days + 1)}

    def count(moment, index):
        if moment is not None and (start is None or moment >= start):
            day = days.get(moment.astimezone(zone).date())
            if day is not None:
                day[index] += 1

    buckets = [0] * len(QUALITY_BUCKETS)
    for generated, sent, delivered, replied, quality in moments:
        count(generated, 0)
        if delivered:
            count(sent, 1)
        count(replied, 2)
        if generated is not None and (start is None or generated >= start) and quality is not None:
            for index, (low, high) in enumerate(QUALITY_BUCKETS):
                if low <= quality <= high:
                    buckets[index] += 1
    return {
        "daily": [
            {"date": day.isoformat(), "generated": g, "sent": s, "replied": r}
            for day, (g, s, r) in days.items()
        ],
        "quality_distribution": [
            {"min": low, "max": high, "count": n}
            for (low, high), n in zip(QUALITY_BUCKETS, buckets, strict=True)
        ],
    }


STEP_NAMES = ("first_message", "follow_up_1", "follow_up_2", "follow_up_3")


def _steps(counts: dict) -> dict:
    return {name: int(counts.get(step, 0)) for step, name in enumerate(STEP_NAMES)}
