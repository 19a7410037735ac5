"""Pause, resume, status figures and health checks over HTTP."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import time_machine
from sqlalchemy import delete, update

from careeros.system import forget_probes
from careeros.worker import Worker
from models import Message, WorkerHeartbeat, db


def _status(account):
    response = account.get("/system/status")
    assert response.status_code == 200
    return response.json()["data"]


def test_pause_and_resume(account):
    assert _status(account)["status"] == "active"
    paused = account.post("/system/pause").json()["data"]
    # The original API document's names (`system_status`, `paused_at`, `resumed_at`), and the
    # earlier `status` kept for clients built on it.
    assert paused["system_status"] == paused["status"] == "paused" and paused["paused_at"].endswith("Z")
    assert paused["resumed_at"] is None
    again = account.post("/system/pause").json()["data"]
    assert again == paused  # pausing twice keeps the first pause
    assert _status(account)["status"] == "paused"
    resumed = account.post("/system/resume").json()["data"]
    assert resumed["system_status"] == resumed["status"] == "active"
    assert resumed["paused_at"] is None and resumed["resumed_at"].endswith("Z")
    assert account.post("/system/resume").json()["data"] == resumed  # resuming twice keeps the first
    assert account.post("/system/pause").json()["data"]["resumed_at"] == resumed["resumed_at"]


def test_pause_is_per_user(account, other_account):
    account.post("/system/pause")
    assert _status(other_account)["status"] == "active"


def test_approvals_are_accepted_while_paused(seeded):
    seeded.post("/system/pause")
    message_id = seeded.get("/messages/pending").json()["data"]["drafts"][0]["id"]
    response = seeded.post(f"/messages/{message_id}/approve")
    assert response.status_code == 200
    assert _status(seeded)["queued_messages"] == 1


def test_status_counts_come_from_the_database(seeded):
    ids = [d["id"] for d in seeded.get("/messages/pending?limit=20").json()["data"]["drafts"]]
    seeded.post("/messages/bulk-approve", json={"message_ids": ids[:3]})
    seeded.patch("/account", json={"daily_limit": 40, "timezone": "Pacific/Auckland"})
    now = datetime.now(UTC)
    with db.writing() as session:
        # Two went out today, one yesterday in the account's time zone.
        session.execute(update(Message).where(Message.id.in_(ids[3:5])).values(status="sent", sent_at=now))
        session.execute(
            update(Message)
            .where(Message.id == ids[5])
            .values(status="replied", sent_at=now - timedelta(days=1, hours=1))
        )
    status = _status(seeded)
    assert status["pending_messages"] == 12 - 6
    assert status["queued_messages"] == 3
    assert status["messages_sent_today"] == 2
    assert status["daily_limit"] == 40


def test_sent_today_follows_the_account_time_zone(seeded):
    ids = [d["id"] for d in seeded.get("/messages/pending").json()["data"]["drafts"]]
    # 23:30 UTC on 1 March is already 2 March in Berlin (UTC+1): a new day there.
    sent_at = datetime(2027, 3, 1, 23, 30, tzinfo=UTC)
    with db.writing() as session:
        session.execute(update(Message).where(Message.id == ids[0]).values(status="sent", sent_at=sent_at))
    with time_machine.travel(datetime(2027, 3, 1, 23, 45, tzinfo=UTC), tick=False):
        seeded.sign_in()
        seeded.patch("/account", json={"timezone": "UTC"})
        assert _status(seeded)["messages_sent_today"] == 1
        seeded.patch("/account", json={"timezone": "Europe/Berlin"})
        assert _status(seeded)["messages_sent_today"] == 1
    with time_machine.travel(datetime(2027, 3, 2, 0, 30, tzinfo=UTC), tick=False):
        seeded.sign_in()
        # Berlin: 01:30 on 2 March, the send at 00:30 Berlin time was today.
        assert _status(seeded)["messages_sent_today"] == 1
        seeded.patch("/account", json={"timezone": "UTC"})
        # UTC: a new day began at 00:00; the send at 23:30 was yesterday.
        assert _status(seeded)["messages_sent_today"] == 0


def test_health_reports_real_checks(account):
    with db.writing() as session:
        session.execute(delete(WorkerHeartbeat))
    forget_probes()
    status = _status(account)
    assert status["health"]["database"] == "healthy"
    assert status["checks"]["database_latency_ms"] >= 0
    assert status["health"]["queue"] == "unhealthy"  # no worker has ever beaten
    assert status["checks"]["worker_heartbeat_age_seconds"] is None
    assert status["health"]["ai_service"] == "healthy" and status["checks"]["ai_service_mode"] == "builtin"

    Worker(stages=[]).run_once()
    # "no worker" is never kept: a worker that starts shows at once (a beat seen is kept a while)
    status = _status(account)
    assert status["health"]["queue"] == "healthy"
    assert status["checks"]["worker_heartbeat_age_seconds"] < 30
    with time_machine.travel(datetime.now(UTC) + timedelta(minutes=2)):
        assert _status(account)["health"]["queue"] == "degraded"
    with time_machine.travel(datetime.now(UTC) + timedelta(minutes=10)):
        account.sign_in()
        assert _status(account)["health"]["queue"] == "unhealthy"


def test_healthz_needs_no_token(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["data"]["status"] == "ok"
    assert response.json()["data"]["database"] == "healthy"


def test_a_broken_drafter_shows_as_unhealthy(account, monkeypatch):
    from careeros.drafting import builtin

    def broken(*args, **kwargs):
        raise RuntimeError("the drafter cannot draft")

    monkeypatch.setattr(builtin, "compose", broken)
    forget_probes()  # the probe's last answer is kept for ten seconds
    status = _status(account)
    assert status["health"]["ai_service"] == "unhealthy"
    monkeypatch.undo()
    assert _status(account)["health"]["ai_service"] == "unhealthy"  # still the kept answer
    forget_probes()
    assert _status(account)["health"]["ai_service"] == "healthy"
