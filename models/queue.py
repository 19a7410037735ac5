"""The database as a queue: the one way a worker stage claims due rows (DESIGN.md, "The worker").

A claim runs inside the caller's short writing transaction. It selects the due rows in the
stage's order with `FOR UPDATE SKIP LOCKED` of the queue's table (PostgreSQL: workers never wait
on each other's rows; SQLite: the writing transaction's BEGIN IMMEDIATE already serialises
every claimer), leaves out rows whose lease has not run out, and for each row it takes:

- gives up on it when its attempts are used up or the stage says it is spent: the queue's
  `give_up` settles it (a failed status and a reason, say) in the same transaction, and the
  claim looks again, since that row is no longer due;
- otherwise counts an attempt and sets its lease, so that a worker that dies holding it only
  delays it: when the lease runs out the row is due again.

The slow work then happens outside any transaction, and the stage records the outcome in a
transaction of its own. A failure worth retrying waits `backoff(schedule, attempts)`.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, Update, or_
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Queue:
    """How one table is claimed from.

    `lease`: how long a claim holds a row (None: the row has no lease column, and the claim holds
    only its lock for the length of the transaction). `attempts`/`max_attempts`: the column that
    counts claims and how many are allowed. `spent(row)`: a row not worth attempting any more
    (its contact became do-not-contact, its content is gone). `give_up(session, row, now)`: what
    happens to a row whose attempts ran out or that is spent."""

    model: Any
    lease: timedelta | None = None
    attempts: str | None = None
    max_attempts: int | None = None
    spent: Callable[[Any], bool] | None = None
    give_up: Callable[[Session, Any, datetime], None] | None = None
    # FOR NO KEY UPDATE on PostgreSQL (models.USER_LOCK): rows that reference it can still be added
    key_share: bool = False

    def _exhausted(self, row) -> bool:
        if self.spent is not None and self.spent(row):
            return True
        return (
            self.attempts is not None
            and self.max_attempts is not None
            and getattr(row, self.attempts) >= self.max_attempts
        )

    def claim(self, session: Session, query: Select, now: datetime, *, limit: int = 1) -> list:
        """The next due rows of `query` (which selects this queue's model, alone or with other
        entities in a row), at most `limit`, locked, leased and counted."""
        lease = self.lease
        if lease is not None:
            column = self.model.lease_until
            query = query.where(or_(column.is_(None), column < now))
        query = query.limit(limit).with_for_update(of=self.model, skip_locked=True, key_share=self.key_share)
        single = len(query.column_descriptions) == 1
        while True:
            rows = session.scalars(query).all() if single else session.execute(query).all()
            if not rows:
                return []
            taken, given_up = [], 0
            for row in rows:
                item = row if single else next(e for e in row if isinstance(e, self.model))
                if self._exhausted(item):
                    if self.give_up is None:
                        raise RuntimeError(f"{self.model.__name__}: exhausted rows need a give_up")
                    self.give_up(session, item, now)
                    given_up += 1
                    continue
                if self.attempts is not None:
                    setattr(item, self.attempts, getattr(item, self.attempts) + 1)
                if lease is not None:
                    item.lease_until = now + lease
                taken.append(row)
            if taken or not given_up:
                return taken
            session.flush()  # what was given up is no longer due: look again

    def claim_rows(
        self, session: Session, query: Select, now: datetime, *, limit: int, moved: Update
    ) -> list:
        """claim() for a hot path that needs columns, not objects: `query` selects columns, the
        model's `id` first; the rows taken are leased, and changed as `moved` (an UPDATE of the
        model, without a WHERE on the ids) says, by one statement. No object is loaded or flushed.
        Only for a queue that counts no attempts and gives nothing up."""
        if self.attempts is not None or self.spent is not None or self.give_up is not None:
            raise ValueError(f"{self.model.__name__}: claim_rows() cannot count attempts or give up rows")
        lease = self.lease
        if lease is not None:
            column = self.model.lease_until
            query = query.where(or_(column.is_(None), column < now))
        query = query.limit(limit).with_for_update(of=self.model, skip_locked=True, key_share=self.key_share)
        rows = list(session.execute(query).all())
        if rows:
            statement = moved.where(self.model.id.in_([row[0] for row in rows]))
            session.execute(statement.values(lease_until=now + lease) if lease is not None else statement)
        return rows

    def claim_one(self, session: Session, query: Select, now: datetime):
        """The next due row of `query`, claimed, or None."""
        taken = self.claim(session, query, now)
        return taken[0] if taken else None


def backoff(
    schedule: Sequence[timedelta], attempt: int, jitter: tuple[float, float] = (1.0, 1.25)
) -> timedelta:
    """How long to wait after the `attempt`-th failure (1-based), from `schedule` (its last
    entry for any later attempt), stretched by a random factor in `jitter` so that retries of
    one outage do not arrive together."""
    step = schedule[min(max(attempt, 1), len(schedule)) - 1]
    return step * random.uniform(*jitter)
