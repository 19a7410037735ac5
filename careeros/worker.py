"""The worker: loops that beat the heartbeat and run each stage over due rows.

Stages are callables `stage(now) -> int` (how many rows they handled). Each one claims its
rows in a short transaction, does slow work outside it and commits the result; a loop that
handled something runs again at once, an idle loop sleeps for the poll interval.

Stages run in lanes, each lane a thread of its own: reading resumes (a child process per file,
up to tens of seconds for a hostile one) has its own lane, so that no upload can hold up
sending, webhooks or drafting behind it.
"""

from __future__ import annotations

import logging
import os
import random
import socket
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial

from sqlalchemy import delete

from careeros.settings import Settings
from careeros.settings import current as current_settings
from models import WorkerHeartbeat, db, new_id, utcnow

log = logging.getLogger("careeros.worker")

StageFn = Callable[[datetime], int]
MAIN = "main"
RESUMES = "resumes"

# Heartbeats older than this belong to workers that are gone; keep the table small.
STALE_HEARTBEAT_SECONDS = 7 * 24 * 3600
# How often a running worker writes its heartbeat (system.HEARTBEAT_HEALTHY is 30 s): the first
# pass always does, so a worker shows at once, and a busy or fast-polling loop does not commit
# a heartbeat on every pass.
BEAT_EVERY = timedelta(seconds=5)


@dataclass(frozen=True)
class Stage:
    """A worker stage: `run(now) -> rows handled`, in a lane (a thread of its own), at most once
    per `every` when given (housekeeping that need not run on every pass)."""

    name: str
    run: StageFn
    lane: str = MAIN
    every: timedelta | None = None


def default_stages(settings: Settings) -> list[Stage]:
    """Every stage a worker runs, in order within each lane: the one list of them. Each is a
    function `<verb>_due(now, ...)` of its module; what it needs of the settings is bound here."""
    from careeros.drafting import llm
    from careeros.drafting.stage import draft_due, fill_due
    from careeros.followups import follow_ups_due
    from careeros.matching.discovery import discover_due
    from careeros.onboarding.resumes import parse_due
    from careeros.replies.imap import poll_due
    from careeros.sending.stage import Mail, expire_due, send_due
    from careeros.web import idempotency
    from webhooks import delivery

    webhooks = delivery.Options(
        allow_loopback=settings.webhooks_allow_loopback, timeout=settings.webhook_timeout
    )
    stages = [
        Stage("parse_resumes", parse_due, RESUMES),
        Stage("discover_contacts", discover_due),
        Stage("fill_queues", partial(fill_due, target=settings.draft_queue)),
        Stage("reserve_follow_ups", follow_ups_due),
        Stage("write_drafts", partial(draft_due, endpoint=llm.endpoint(settings))),
        Stage("expire_sends", expire_due),
        Stage("send_mail", partial(send_due, mail=Mail.of(settings))),
    ]
    if settings.imap_url:
        every = timedelta(seconds=settings.imap_poll_seconds)
        stages.append(Stage("read_replies", partial(poll_due, url=settings.imap_url), every=every))
    if settings.webhook_delivery:
        stages.append(Stage("deliver_webhooks", partial(delivery.deliver_due, options=webhooks)))
    stages += [
        Stage("prune_webhook_events", delivery.prune_due, every=timedelta(hours=1)),
        Stage("prune_idempotency_keys", idempotency.prune_due, every=timedelta(minutes=10)),
    ]
    return stages


class Worker:
    def __init__(
        self,
        stages: Sequence[Stage | tuple[str, StageFn]] | None = None,
        poll_seconds: float = 1.0,
        name: str | None = None,
        settings: Settings | None = None,
    ):
        chosen = default_stages(settings or current_settings()) if stages is None else stages
        # (name, stage) without a lane runs in the main lane.
        self.stages: list[Stage] = [s if isinstance(s, Stage) else Stage(*s) for s in chosen]
        self._last_run: dict[str, datetime] = {}
        self._last_beat: datetime | None = None
        self.poll_seconds = poll_seconds
        self.worker_id = name or new_id("worker")
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lanes: list[threading.Thread] = []

    @property
    def lanes(self) -> list[str]:
        found = [MAIN]
        for stage in self.stages:
            if stage.lane not in found:
                found.append(stage.lane)
        return found

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

    def run_once(self, now: datetime | None = None, *, lane: str | None = None) -> int:
        """One pass over the stages of `lane` (every lane, in order, when None); returns how
        many rows were handled in all. The main lane beats the heartbeat."""
        now = now or utcnow()
        if lane in (None, MAIN) and (
            self._last_beat is None or not timedelta(0) <= now - self._last_beat < BEAT_EVERY
        ):
            self.beat(now)
            self._last_beat = now
        handled = 0
        for stage in self.stages:
            if lane is not None and stage.lane != lane:
                continue
            last = self._last_run.get(stage.name)
            if stage.every is not None and last is not None and now - last < stage.every:
                continue
            self._last_run[stage.name] = now
            try:
                handled += stage.run(now)
            except Exception:
                # One failing stage must not stop the others or the loop.
                log.exception("worker stage %s failed", stage.name)
        return handled

    def idle_wait(self) -> float:
        """How long an idle lane sleeps: drawn around the poll interval (the mean is the interval).
        Workers started together would otherwise poll in step, all asleep at once; drawn, they
        spread their looks over the interval and new work is seen sooner."""
        return self.poll_seconds * random.uniform(0.5, 1.5)

    def _loop(self, lane: str) -> None:
        while not self._stop.is_set():
            try:
                busy = self.run_once(lane=lane)
            except Exception:
                log.exception("worker pass failed (%s lane)", lane)
                busy = 0
            if not busy:
                self._stop.wait(self.idle_wait())

    def run(self) -> None:
        """Run every lane until stop(): the main lane in this thread, each other in its own."""
        log.info(
            "worker %s started with stages: %s",
            self.worker_id,
            ", ".join(s.name if s.lane == MAIN else f"{s.name} ({s.lane})" for s in self.stages)
            or "(heartbeat only)",
        )
        self._lanes = [
            threading.Thread(
                target=self._loop, args=(lane,), name=f"careeros-{self.worker_id}-{lane}", daemon=True
            )
            for lane in self.lanes
            if lane != MAIN
        ]
        for thread in self._lanes:
            thread.start()
        self._loop(MAIN)
        for thread in self._lanes:
            thread.join(self.poll_seconds + 1)
        log.info("worker %s stopped", self.worker_id)

    def start(self) -> threading.Thread:
        self._thread = threading.Thread(target=self.run, name=f"careeros-{self.worker_id}", daemon=True)
        self._thread.start()
        return self._thread

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
