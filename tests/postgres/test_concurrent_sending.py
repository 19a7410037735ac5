"""Four `careeros worker` processes against one PostgreSQL database and one SMTP server: every
approved message is sent exactly once, and a daily limit holds however the workers race."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from models import Contact, Message, MessageStatus, User
from models.db import normalise_url
from tests.live import careeros, service_env, workers
from tests.smtp import smtp_server

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
WORKERS = 4


@pytest.fixture(scope="module")
def database(own_database_url, tmp_path_factory):
    env = service_env(tmp_path_factory.mktemp("workers"), own_database_url)
    careeros("migrate", env=env)
    engine = create_engine(normalise_url(own_database_url))
    yield own_database_url, engine
    engine.dispose()


def approved_messages(engine, count: int, daily_limit: int) -> str:
    """A user with `count` approved messages due now, no spacing; returns the user's id."""
    now = datetime.now(UTC)
    with Session(engine) as session, session.begin():
        user = User(
            email=f"race-{time.time_ns()}@example.com",
            name="Race",
            password_hash="-",
            daily_limit=daily_limit,
            send_gap_seconds=0,
        )
        session.add(user)
        session.flush()
        for index in range(count):
            contact = Contact(user_id=user.id, name=f"Person {index}", email=f"p{index}@example.org")
            session.add(contact)
            session.flush()
            session.add(
                Message(
                    user_id=user.id,
                    contact_id=contact.id,
                    status=MessageStatus.APPROVED,
                    subject=f"Subject {index}",
                    body=f"Hi Person,\n\nBody {index}.\n\nBest,\nRace",
                    generated_at=now,
                    approved_at=now,
                    scheduled_at=now,
                )
            )
        return user.id


def counts(engine, user_id: str) -> dict:
    with Session(engine) as session:
        rows = session.execute(
            select(Message.status, func.count()).where(Message.user_id == user_id).group_by(Message.status)
        ).all()
    return dict(rows)


def run_workers(url: str, tmp_path, port: int, settle) -> None:
    env = service_env(
        tmp_path,
        url,
        CAREEROS_MAIL_URL=f"smtp://127.0.0.1:{port}?timeout=10",
        CAREEROS_WORKER_POLL_MS="50",
        CAREEROS_DRAFT_QUEUE="0",
    )
    with workers(env, WORKERS, tmp_path):
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not settle():
            time.sleep(0.2)


def test_each_message_is_sent_exactly_once(database, tmp_path):
    url, engine = database
    user_id = approved_messages(engine, 200, daily_limit=500)
    with smtp_server() as (controller, recorder):
        run_workers(url, tmp_path, controller.port, lambda: counts(engine, user_id).get("sent", 0) == 200)
        ids = recorder.message_ids()
    assert counts(engine, user_id) == {"sent": 200}
    assert len(ids) == 200 and len(set(ids)) == 200


def test_a_daily_limit_holds_across_racing_workers(database, tmp_path):
    url, engine = database
    user_id = approved_messages(engine, 200, daily_limit=60)
    stable_since = [None]

    def settled():
        state = counts(engine, user_id)
        done = state.get("sent", 0) >= 60 and "sending" not in state
        stable_since[0] = (stable_since[0] or time.monotonic()) if done else None
        return done and time.monotonic() - stable_since[0] > 2  # and nothing more for two seconds

    with smtp_server() as (controller, recorder):
        run_workers(url, tmp_path, controller.port, settled)
        received = len(recorder.received)
    assert counts(engine, user_id) == {"sent": 60, "approved": 140}
    assert received == 60
