"""System control: pausing and resuming a user's outreach, status figures and health checks."""

from __future__ import annotations

import logging
import time
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, func, select

from careeros import __version__
from careeros.drafting import builtin, llm, scoring
from careeros.drafting.facts import ContactFacts, SenderFacts
from careeros.timefmt import iso
from models import DELIVERED, USER_LOCK, Message, MessageStatus, User, WorkerHeartbeat, db, utcnow
from models.errors import NotFound, ServiceUnavailable

log = logging.getLogger("careeros.system")

DB_SLOW_MS = 500
HEARTBEAT_HEALTHY = 30
HEARTBEAT_DEGRADED = 300


def start_of_day(now: datetime, timezone: str) -> datetime:
    """Midnight of `now`'s calendar day in `timezone`, as an aware datetime."""
    local = now.astimezone(ZoneInfo(timezone))
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def _state(user: User) -> dict:
    state = "paused" if user.paused else "active"
    # `system_status` is the original API document's name; `status` is kept for clients built
    # on earlier versions of this API.
    return {
        "system_status": state,
        "status": state,
        "paused_at": iso(user.paused_at),
        "resumed_at": iso(user.resumed_at),
    }


def _set_paused(user_id: str, paused: bool) -> dict:
    with db.writing() as session:
        user = session.get(User, user_id, with_for_update=USER_LOCK)
        if user is None:
            raise NotFound("Account not found")
        if user.paused != paused:  # pausing (or resuming) twice keeps the first time
            now = utcnow()
            user.paused = paused
            user.paused_at = now if paused else None
            if not paused:
                user.resumed_at = now
        return _state(user)


def pause(user_id: str) -> dict:
    return _set_paused(user_id, True)


def resume(user_id: str) -> dict:
    return _set_paused(user_id, False)


def is_paused(session, user_id: str) -> bool:
    return bool(session.scalar(select(User.paused).where(User.id == user_id)))


# ---- health --------------------------------------------------------------------------------


def check_database() -> tuple[str, float | None]:
    started = time.perf_counter()
    try:
        db.ping()
    except Exception:
        return "unhealthy", None
    elapsed = (time.perf_counter() - started) * 1000
    return ("degraded" if elapsed > DB_SLOW_MS else "healthy"), round(elapsed, 2)


# The status call's health probes are kept a few seconds per process: a dashboard polling
# status many times a second measures the database and the worker no better for it.
PROBE_SECONDS = 2.0
_probes: dict[object, tuple[float, object]] = {}


def _kept(name: object, probe, keep_if=lambda answer: True, seconds: float = PROBE_SECONDS):
    """`probe()`'s answer, kept `seconds` when `keep_if(answer)`; asked again otherwise."""
    taken = _probes.get(name)
    if taken is not None and time.monotonic() - taken[0] <= seconds:
        return taken[1]
    answer = probe()
    if keep_if(answer):
        _probes[name] = (time.monotonic(), answer)
    else:
        _probes.pop(name, None)
    return answer


def _newest_beat(session) -> datetime | None:
    """The newest worker heartbeat. A beat once seen is kept a few seconds (its age is still
    reckoned from now); none seen is asked again, so a worker that starts shows at once."""
    return _kept(
        "heartbeat",
        lambda: session.scalar(_NEWEST_BEAT),
        keep_if=lambda beat: beat is not None,
    )


_NEWEST_BEAT = select(func.max(WorkerHeartbeat.beat_at))


def check_queue(session, now: datetime) -> tuple[str, float | None]:
    newest = _newest_beat(session)
    if newest is None:
        return "unhealthy", None
    age = max(0.0, (now - newest).total_seconds())
    if age < HEARTBEAT_HEALTHY:
        state = "healthy"
    elif age < HEARTBEAT_DEGRADED:
        state = "degraded"
    else:
        state = "unhealthy"
    return state, round(age, 1)


_PROBE_SENDER = SenderFacts(
    name="Health Check",
    current_title="Engineer",
    current_company="CareerOS",
    skills=("Python",),
    target_roles=("Engineer",),
)
_PROBE_CONTACT = ContactFacts(
    name="Probe Contact",
    title="Engineer",
    company="Example",
    notes='Spoke at PyCon about "Testing in production".',
)


AI_PROBE_SECONDS = 10.0


def ai_service_health(endpoint: llm.Endpoint | None = None) -> tuple[str, str]:
    """check_ai_service(), at most once per AI_PROBE_SECONDS per process: the probe drafts and
    scores a whole message (or calls the LLM), which cost more than the rest of a status call."""
    return _kept(("ai", endpoint), lambda: check_ai_service(endpoint), seconds=AI_PROBE_SECONDS)


def forget_probes() -> None:
    """Drop the kept health probes (the AI service's, the database's, the worker's)."""
    _probes.clear()


def check_ai_service(endpoint: llm.Endpoint | None = None) -> tuple[str, str]:
    """With an LLM: does its endpoint answer (if not, drafts fall back: degraded). Without one:
    draft and score a probe message with the built-in drafter, healthy if it writes one."""
    if endpoint is not None:
        return ("healthy" if llm.reachable(endpoint) else "degraded"), "llm"
    try:
        draft = builtin.compose(_PROBE_SENDER, _PROBE_CONTACT, builtin.Params(seed=1))
        result = scoring.score(draft.subject, draft.body, _PROBE_CONTACT, _PROBE_SENDER)
    except Exception:
        log.exception("the built-in drafter failed its health check")
        return "unhealthy", "builtin"
    return ("healthy" if draft.subject and draft.body and result.quality > 0 else "degraded"), "builtin"


# status's statements, built once (a dashboard polls status): bound per call.
def _count(*where):
    return select(func.count()).where(Message.user_id == bindparam("user_id"), *where).scalar_subquery()


_SINCE = (
    Message.status.in_(DELIVERED),
    Message.sent_at >= bindparam("since", type_=Message.__table__.c.sent_at.type),
)
# The account and its three counts in one statement, each count its own indexed subquery.
_STATUS = select(
    User.paused,
    User.paused_at,
    User.timezone,
    User.daily_limit,
    _count(Message.status == MessageStatus.PENDING).label("pending"),
    _count(Message.status.in_([MessageStatus.APPROVED, MessageStatus.SENDING])).label("queued"),
    _count(*_SINCE).label("sent_today"),
).where(User.id == bindparam("user_id"))
_SENT_SINCE = select(func.count()).where(Message.user_id == bindparam("user_id"), *_SINCE)

# "Sent today" starts at midnight in the account's time zone, which the same statement reads: the
# zone found last time is used to ask, and on the rare call where the account's zone has changed
# since, the count is asked again with the right midnight. Exact either way.
_ZONES_KEPT = 10_000
_zones: dict[str, str] = {}


def status(user_id: str, *, endpoint: llm.Endpoint | None = None) -> dict:
    """The account's state and counts, and the health of what serves it (`endpoint`: the LLM the
    drafts come from, if any)."""
    now = utcnow()
    database, latency = _kept("database", check_database, keep_if=lambda answer: answer[0] == "healthy")
    zone = _zones.get(user_id, "UTC")
    with db.querying() as session:
        user = session.execute(_STATUS, {"user_id": user_id, "since": start_of_day(now, zone)}).first()
        if user is None:
            raise NotFound("Account not found")
        sent_today = user.sent_today
        if user.timezone != zone:
            if len(_zones) >= _ZONES_KEPT:
                _zones.clear()
            _zones[user_id] = user.timezone
            since = start_of_day(now, user.timezone)
            sent_today = session.scalar(_SENT_SINCE, {"user_id": user_id, "since": since})
        queue, heartbeat_age = check_queue(session, now)
    ai_service, mode = ai_service_health(endpoint)
    return {
        "status": "paused" if user.paused else "active",
        "paused_at": iso(user.paused_at),
        "pending_messages": user.pending,
        "queued_messages": user.queued,
        "messages_sent_today": sent_today,
        "daily_limit": user.daily_limit,
        "health": {"database": database, "queue": queue, "ai_service": ai_service},
        "checks": {
            "database_latency_ms": latency,
            "worker_heartbeat_age_seconds": heartbeat_age,
            "ai_service_mode": mode,
        },
    }


def healthz() -> dict:
    database, _ = check_database()
    if database == "unhealthy":
        raise ServiceUnavailable("The database is unreachable", retry_after=5)
    return {"status": "ok", "database": database, "version": __version__}
