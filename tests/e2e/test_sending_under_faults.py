"""Sending under faults, with the real processes: on PostgreSQL one API and four `careeros worker`
processes, on SQLite `careeros serve` with its embedded worker; a real SMTP server on loopback
that answers slowly.

* Workers killed (SIGKILL) mid-batch, new ones started: no Message-ID is received twice, at most
  one message per killed worker is `unknown` (the one whose SMTP transaction had begun), every
  other message is `sent`, and the server received exactly the sent ones (plus at most the
  unknown ones, which may have left).
* Approvals arriving while sends are in flight: exactly the daily limit is delivered that day.
"""

from __future__ import annotations

import signal
import subprocess
import time
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from models import Contact, Message, MessageStatus, User
from models.db import normalise_url
from tests.conftest import BACKEND
from tests.live import CAREEROS, GENEROUS_LIMITS, careeros, free_port, service_env, wait_until_healthy
from tests.smtp import smtp_server

pytestmark = pytest.mark.slow
WORKERS = 4 if BACKEND == "postgres" else 1
LEASE_SECONDS = 3
SMTP_DELAY = 0.3


@pytest.fixture(scope="module")
def engine(own_database_url, tmp_path_factory):
    careeros("migrate", env=service_env(tmp_path_factory.mktemp("migrate"), own_database_url))
    engine = create_engine(normalise_url(own_database_url))
    yield engine
    engine.dispose()


def _midday_zone() -> str:
    """A zone where it is around noon now, so that "today" cannot end during the test."""
    offset = 12 - datetime.now(UTC).hour
    offset = max(-12, min(14, offset))
    return "Etc/GMT" + ("-" if offset > 0 else "+") + str(abs(offset)) if offset else "UTC"


class Deployment:
    """The API and the workers of one backend, started and killed as the test says."""

    def __init__(self, env: dict, tmp_path):
        self.env = env
        self.tmp_path = tmp_path
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.api: subprocess.Popen | None = None
        self.workers: list[subprocess.Popen] = []
        self.logs = []

    def _spawn(self, *args: str) -> subprocess.Popen:
        log = self.tmp_path / f"{args[0]}-{len(self.logs)}.log"
        self.logs.append(log)
        env = {**self.env, "CAREEROS_HOST": "127.0.0.1", "CAREEROS_PORT": str(self.port)}
        return subprocess.Popen([CAREEROS, *args], env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)

    def start(self) -> None:
        """SQLite: `careeros serve` with its worker; PostgreSQL: the API and WORKERS workers."""
        if BACKEND == "postgres":
            if self.api is None:
                self.api = self._spawn("serve", "--no-worker")
                wait_until_healthy(self.base, self.api, self.logs[-1])
            self.workers = [self._spawn("worker") for _ in range(WORKERS)]
        else:
            self.api = self._spawn("serve")
            wait_until_healthy(self.base, self.api, self.logs[-1])
            self.workers = [self.api]

    def kill_workers(self) -> None:
        for process in self.workers:
            process.send_signal(signal.SIGKILL)
        for process in self.workers:
            process.wait(timeout=10)
        if BACKEND != "postgres":
            self.api = None

    def stop(self) -> None:
        for process in [*self.workers, *([self.api] if self.api else [])]:
            if process.poll() is None:
                process.terminate()
                process.wait(timeout=30)


@contextmanager
def deployment(own_database_url, tmp_path, smtp_port: int):
    env = service_env(
        tmp_path,
        own_database_url,
        CAREEROS_MAIL_URL=f"smtp://127.0.0.1:{smtp_port}?timeout=5",
        CAREEROS_WORKER_POLL_MS="50",
        CAREEROS_DRAFT_QUEUE="0",
        CAREEROS_SEND_LEASE_SECONDS=str(LEASE_SECONDS),
        **GENEROUS_LIMITS,
    )
    running = Deployment(env, tmp_path)
    try:
        yield running
    finally:
        running.stop()
    for log in running.logs:
        text = log.read_text()
        assert "Traceback" not in text, f"{log.name}:\n{text[-4000:]}"


def _user(engine, *, daily_limit: int, timezone: str = "UTC", password_hash: str = "-") -> str:
    with Session(engine) as session, session.begin():
        user = User(
            email=f"faults-{time.time_ns()}@example.com",
            name="Faults",
            password_hash=password_hash,
            daily_limit=daily_limit,
            timezone=timezone,
            send_gap_seconds=0,
        )
        session.add(user)
        session.flush()
        return user.id


def _messages(engine, user_id: str, count: int, status: MessageStatus) -> list[str]:
    now = datetime.now(UTC)
    ids = []
    with Session(engine) as session, session.begin():
        for index in range(count):
            contact = Contact(
                user_id=user_id, name=f"Person {index}", email=f"p{index}-{time.time_ns()}@example.org"
            )
            session.add(contact)
            session.flush()
            message = Message(
                user_id=user_id,
                contact_id=contact.id,
                status=status,
                subject=f"Subject {index}",
                body=f"Hi Person,\n\nBody {index}.\n\nBest,\nFaults",
                generated_at=now,
                quality_score=80,
                personalization_score=40,
                **({"approved_at": now, "scheduled_at": now} if status == MessageStatus.APPROVED else {}),
            )
            session.add(message)
            session.flush()
            ids.append(message.id)
    return ids


def _counts(engine, user_id: str) -> dict[str, int]:
    with Session(engine) as session:
        rows = session.execute(
            select(Message.status, func.count()).where(Message.user_id == user_id).group_by(Message.status)
        ).all()
    return dict(rows)


def _wait(predicate, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def test_killed_workers_cost_at_most_the_mail_in_flight(own_database_url, tmp_path, engine):
    user_id = _user(engine, daily_limit=500)
    ids = _messages(engine, user_id, 30, MessageStatus.APPROVED)
    with (
        smtp_server() as (controller, recorder),
        deployment(own_database_url, tmp_path, controller.port) as live,
    ):
        recorder.delay = SMTP_DELAY
        live.start()
        assert recorder.wait_for_count(4, timeout=60), "no mail arrived"
        live.kill_workers()
        killed = _counts(engine, user_id)
        assert killed.get("sending", 0) > 0, killed  # a batch was cut in the middle
        live.start()

        def settled():
            state = _counts(engine, user_id)
            return state if set(state) <= {"sent", "unknown"} else None

        final = _wait(settled, 120, "every message to be sent or unknown")
        time.sleep(SMTP_DELAY * 2)  # a last answer from the slow server, if one was on its way
        received = recorder.message_ids()
    assert len(received) == len(set(received)), "a message was received twice"
    assert final.get("unknown", 0) <= WORKERS, final
    assert final.get("sent", 0) + final.get("unknown", 0) == len(ids)
    with Session(engine) as session:
        sent_ids = set(
            session.scalars(
                select(Message.email_message_id).where(Message.user_id == user_id, Message.status == "sent")
            )
        )
    assert sent_ids <= set(received)
    assert final["sent"] <= len(received) <= final["sent"] + final.get("unknown", 0)


def test_approvals_during_sends_use_exactly_the_daily_limit(own_database_url, tmp_path, engine):
    from careeros.security import hash_password

    zone = _midday_zone()
    password = "faults-password-1"
    user_id = _user(engine, daily_limit=7, timezone=zone, password_hash=hash_password(password))
    with Session(engine) as session:
        email = session.get(User, user_id).email
    first = _messages(engine, user_id, 3, MessageStatus.PENDING)
    more = _messages(engine, user_id, 12, MessageStatus.PENDING)
    with (
        smtp_server() as (controller, recorder),
        deployment(own_database_url, tmp_path, controller.port) as live,
    ):
        recorder.delay = SMTP_DELAY
        live.start()
        client = httpx.Client(base_url=live.base, timeout=30)
        token = client.post("/auth/login", json={"email": email, "password": password}).json()["data"]
        client.headers["Authorization"] = f"Bearer {token['session']['token']}"
        assert (
            client.post("/messages/bulk-approve", json={"message_ids": first}).json()["data"]["approved"] == 3
        )
        assert recorder.wait_for_count(1, timeout=60)
        # The other two of the first three are queued or on the wire while these arrive.
        planned = client.post("/messages/bulk-approve", json={"message_ids": more}).json()["data"]["messages"]
        local = ZoneInfo(zone)
        today = datetime.now(UTC).astimezone(local).date()
        days = [datetime.fromisoformat(m["scheduled_at"]).astimezone(local).date() for m in planned]
        # 3 + 4 = 7 today; then 7 tomorrow and 1 the day after, at 7 a day.
        assert [days.count(today + timedelta(days=n)) for n in range(3)] == [4, 7, 1], days

        stable_since = [None]

        def settled():
            state = _counts(engine, user_id)
            done = state.get("sent", 0) >= 7 and "sending" not in state
            stable_since[0] = (stable_since[0] or time.monotonic()) if done else None
            return state if done and time.monotonic() - stable_since[0] > 2 else None

        final = _wait(settled, 120, "the day's sends")
        received = len(recorder.received)
    assert final == {"sent": 7, "approved": 8}, final
    assert received == 7
