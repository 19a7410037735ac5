"""The worker: a loop that beats its heartbeat and runs each stage over due rows.

Stages are callables `stage(now) -> int` (how many rows they handled). Each one claims its
rows in a short transaction, does slow work outside it and commits the result; a stage that
handled something is run again at once, an idle loop sleeps for the poll interval.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Callable, Sequence
from datetime import datetime

from sqlalchemy import delete

from models import WorkerHeartbeat, db, new_id, utcnow

log = logging.getLogger("careeros.worker")

Stage = Callable[[datetime], int]

# Heartbeats older than this belong to workers that are gone; keep the table small.
STALE_HEARTBEAT_SECONDS = 7 * 24 * 3600


def default_stages() -> list[tuple[str, Stage]]:
    """The stages every worker runs, in order."""
    from careeros.drafting.stage import draft_due, fill_queues
    from careeros.integrations import deliver_webhooks
    from careeros.matching.discovery import discover_due
    from careeros.onboarding.resumes import parse_due
    from careeros.replies.imap import poll_due
    from careeros.sending.stage import expire_leases, send_due

    return [
        ("parse_resumes", parse_due),
        ("discover_contacts", discover_due),
        ("fill_queues", fill_queues),
        ("write_drafts", draft_due),
        ("expire_sends", expire_leases),
        ("send_mail", send_due),
        ("read_replies", poll_due),
        ("deliver_webhooks", deliver_webhooks),
    ]


class Worker:
    def __init__(
        self,
        stages: Sequence[tuple[str, Stage]] | None = None,
        poll_seconds: float = 1.0,
        name: str | None = None,
    ):
        self.stages = list(default_stages() if stages is None else stages)
        self.poll_seconds = poll_seconds
        self.worker_id = name or new_id("worker")
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def beat(self, now: datetime) -> None:
        with db.writing() as session:
            row = session.get(WorkerHeartbeat, self.worker_id)
            if row is None:
                session.add(
                    WorkerHeartbeat(
                        worker_id=self.worker_id,
                        hostname=socket.gethostname()[:255],
                        pid=os.getpid(),
                        started_at=now,
                        beat_at=now,
                    )
                )
                cutoff = now.timestamp() - STALE_HEARTBEAT_SECONDS
                session.execute(
                    delete(WorkerHeartbeat).where(
                        WorkerHeartbeat.beat_at < datetime.fromtimestamp(cutoff, now.tzinfo)
                    )
                )
            else:
                row.beat_at = now

    def run_once(self, now: datetime | None = None) -> int:
        """One pass over every stage; returns how many rows were handled in all."""
        now = now or utcnow()
        self.beat(now)
        handled = 0
        for name, stage in self.stages:
            try:
                handled += stage(now)
            except Exception:
                # One failing stage must not stop the others or the loop.
                log.exception("worker stage %s failed", name)
        return handled

    def run(self) -> None:
        log.info(
            "worker %s started with stages: %s",
            self.worker_id,
            ", ".join(n for n, _ in self.stages) or "(heartbeat only)",
        )
        while not self._stop.is_set():
            try:
                busy = self.run_once()
            except Exception:
                log.exception("worker pass failed")
                busy = 0
            if not busy:
                self._stop.wait(self.poll_seconds)
        log.info("worker %s stopped", self.worker_id)

    def start(self) -> threading.Thread:
        self._thread = threading.Thread(target=self.run, name=f"careeros-{self.worker_id}", daemon=True)
        self._thread.start()
        return self._thread

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
