"""The worker loop: stages run in order, a failing stage never stops the others, heartbeats."""

from __future__ import annotations

from sqlalchemy import select

from careeros.worker import Worker
from models import WorkerHeartbeat, db


def test_a_failing_stage_does_not_stop_the_others(settings, caplog):
    calls = []

    def broken(now):
        calls.append("broken")
        raise RuntimeError("boom")

    def fine(now):
        calls.append("fine")
        return 2

    worker = Worker(stages=[("broken", broken), ("fine", fine)])
    assert worker.run_once() == 2
    assert calls == ["broken", "fine"]
    assert "worker stage broken failed" in caplog.text


def test_heartbeat_is_written_and_updated(settings):
    worker = Worker(stages=[])
    worker.run_once()
    with db.reading() as session:
        first = session.get(WorkerHeartbeat, worker.worker_id).beat_at
    worker.run_once()
    with db.reading() as session:
        beats = session.scalars(
            select(WorkerHeartbeat).where(WorkerHeartbeat.worker_id == worker.worker_id)
        ).all()
    assert len(beats) == 1 and beats[0].beat_at >= first


def test_the_thread_starts_and_stops(settings):
    seen = []
    worker = Worker(stages=[("note", lambda now: seen.append(now) or 0)], poll_seconds=0.01)
    worker.start()
    import time

    deadline = time.monotonic() + 5
    while len(seen) < 3 and time.monotonic() < deadline:
        time.sleep(0.01)
    worker.stop()
    assert len(seen) >= 3
    assert not worker._thread.is_alive()
