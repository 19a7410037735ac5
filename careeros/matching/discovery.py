"""Discovery: the worker stage that runs matching for users whose objectives or contacts changed
and records when each contact was first found, which is what `contacts_discovered` counts."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import select, update

from careeros.matching import apply_normalized, criteria_for
from models import Contact, Queue, User, db

log = logging.getLogger("careeros.discovery")

USERS_PER_PASS = 10
RETRY_AFTER = timedelta(minutes=5)
DUE_USERS = Queue(User, key_share=True)  # models.USER_LOCK


def _fill_normalized(session, user_id: str) -> None:
    """Contacts written before the normalised columns existed get them now."""
    stale = session.scalars(
        select(Contact).where(
            Contact.user_id == user_id, Contact.title_norm == "", Contact.title.is_not(None)
        )
    ).all()
    for contact in stale:
        apply_normalized(contact)


def discover_for(session, user_id: str, now: datetime) -> int:
    """Mark the user's newly matching contacts as discovered; returns how many were new."""
    _fill_normalized(session, user_id)
    criteria = criteria_for(session, user_id)
    if criteria is None:
        return 0
    return db.affected(
        session.execute(
            update(Contact)
            .where(*criteria.where(session, user_id), Contact.discovered_at.is_(None))
            .values(discovered_at=now)
            .execution_options(synchronize_session=False)
        )
    )


def discover_due(now: datetime) -> int:
    """Worker stage: a few due users per pass, each in its own short transaction."""
    handled = 0
    for _ in range(USERS_PER_PASS):
        user_id = None
        try:
            with db.writing() as session:
                query = (
                    select(User)
                    .where(User.discovery_due_at.is_not(None), User.discovery_due_at <= now)
                    .order_by(User.discovery_due_at)
                )
                user = DUE_USERS.claim_one(session, query, now)
                if user is None:
                    break
                user_id = user.id
                discover_for(session, user.id, now)
                user.discovery_due_at = None
        except Exception:
            if user_id is None:
                raise
            # One user's failure must not hold up everyone behind them: try them again later.
            log.exception("discovery failed for %s; retrying in %s", user_id, RETRY_AFTER)
            with db.writing() as session:
                session.execute(
                    update(User).where(User.id == user_id).values(discovery_due_at=now + RETRY_AFTER)
                )
        handled += 1
    return handled
