"""The worker loop: stages run in order, a failing stage never stops the others, heartbeats."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from careeros.worker import BEAT_EVERY, Worker
from models import WorkerHeartbeat, db, utcnow


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


def test_heartbeat_is_written_at_once_then_every_few_seconds(settings):
    worker = Worker(stages=[])

    def beats():
        with db.reading() as session:
            return [
                b.beat_at
                for b in session.scalars(
                    select(WorkerHeartbeat).where(WorkerHeartbeat.worker_id == worker.worker_id)
                )
            ]

    start = utcnow()
    worker.run_once(start)
    assert beats() == [start]  # the first pass beats: a worker that starts shows at once
    worker.run_once(start + timedelta(seconds=1))
    assert beats() == [start]  # not a commit on every pass
    worker.run_once(start + BEAT_EVERY)
    assert beats() == [start + BEAT_EVERY]
    worker.run_once(start - timedelta(hours=1))  # the clock went back: beat, do not wait an hour
    assert beats() == [start - timedelta(hours=1)]


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


def test_idle_waits_are_drawn_around_the_poll_interval():
    """Workers started together do not poll in step: each idle wait is drawn between half and one
    and a half poll intervals, averaging the interval."""
    worker = Worker(stages=[], poll_seconds=2.0)
    waits = [worker.idle_wait() for _ in range(2000)]
    assert all(1.0 <= w <= 3.0 for w in waits)
    assert len(set(waits)) > 1900
    assert 1.9 < sum(waits) / len(waits) < 2.1
    assert min(waits) < 1.2 and max(waits) > 2.8
