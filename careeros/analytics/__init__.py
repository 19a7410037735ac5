"""Analytics: the dashboard figures, computed from the database for a period ending now."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select

from careeros.timefmt import iso
from models import DELIVERED, Contact, Message, MessageStatus, db, utcnow

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
    }


STEP_NAMES = ("first_message", "follow_up_1", "follow_up_2", "follow_up_3")


def _steps(counts: dict) -> dict:
    return {name: int(counts.get(step, 0)) for step, name in enumerate(STEP_NAMES)}
