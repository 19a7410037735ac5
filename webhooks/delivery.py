"""Delivery: the worker stage that POSTs queued events to endpoints, and records every attempt.

Per endpoint, only the oldest pending delivery (by event order) is ever attempted, and only
one at a time (the endpoint row carries a lease while a worker delivers to it), so receivers
see events in the order they happened. A 2xx answer is success. Anything else (3xx included:
redirects are not followed), a timeout (15 s) or a refused connection is retried after about
5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h (each ±10% jitter; later if the receiver's
`Retry-After` on a 429 or 503 asks for more); after the eighth attempt the delivery is
`failed` and the next event's turn comes. `410 Gone` disables the endpoint at once; failing
without a success for 5 days disables it too. A disabled endpoint keeps its pending deliveries
and resumes them, in order, when it is enabled again.

If a worker dies mid-delivery the endpoint's lease runs out and the delivery is attempted
again: at least once, never lost; the stable `webhook-id` lets receivers drop a repeat.
"""

from __future__ import annotations

import functools
import logging
import ssl
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime

import httpx
from sqlalchemy import and_, delete, func, select, update

from models import (
    DeliveryStatus,
    Queue,
    WebhookAttempt,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookEvent,
    backoff,
    db,
    utcnow,
)
from webhooks import guard, signing

log = logging.getLogger("careeros.webhooks")

SCHEDULE = (
    timedelta(seconds=5),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=5),
    timedelta(hours=10),
    timedelta(hours=10),
)
MAX_ATTEMPTS = len(SCHEDULE) + 1
JITTER = 0.1
MAX_RETRY_AFTER = timedelta(hours=24)
FAILING_LIMIT = timedelta(days=5)
TIMEOUT_SECONDS = 15.0
LEASE = timedelta(seconds=TIMEOUT_SECONDS * 4)
ENDPOINTS_PER_PASS = 16
BURST = 50  # deliveries in a row to one endpoint within a pass, while it keeps succeeding
CONCURRENCY = 8
RETENTION = timedelta(days=30)
USER_AGENT = "CareerOS-Webhooks/1"
MAX_ERROR_CHARS = 500
# A delivery is claimed by leasing its endpoint: one delivery in flight per endpoint, in order.
ENDPOINTS = Queue(WebhookEndpoint, lease=LEASE)


@dataclass(frozen=True)
class Options:
    allow_loopback: bool = False
    timeout: float = TIMEOUT_SECONDS
    resolver: guard.Resolver = guard.system_resolver


@dataclass(frozen=True)
class Claim:
    delivery_id: str
    endpoint_id: str
    event_id: str
    payload: str
    url: str
    secrets: tuple[str, ...]


@dataclass(frozen=True)
class Outcome:
    status_code: int | None
    error: str | None
    retry_after: timedelta | None
    duration_ms: int

    @property
    def succeeded(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


def signing_secrets(endpoint: WebhookEndpoint, now: datetime) -> tuple[str, ...]:
    """The secrets that sign now: the current one, and the previous one until it expires."""
    keys = [endpoint.secret]
    if (
        endpoint.previous_secret
        and endpoint.previous_secret_expires_at
        and endpoint.previous_secret_expires_at > now
    ):
        keys.append(endpoint.previous_secret)
    return tuple(keys)


def claim(
    now: datetime, limit: int = ENDPOINTS_PER_PASS, endpoint_id: str | None = None, user_id: str | None = None
) -> list[Claim]:
    """Take the due head-of-line delivery of up to `limit` endpoints (or of one, or of one
    user's), leasing each."""
    heads = (
        select(WebhookDelivery.endpoint_id, func.min(WebhookDelivery.event_seq).label("seq"))
        .where(WebhookDelivery.status == DeliveryStatus.PENDING)
        .group_by(WebhookDelivery.endpoint_id)
        .subquery()
    )
    with db.writing() as session:
        rows = ENDPOINTS.claim(
            session,
            select(WebhookDelivery, WebhookEndpoint)
            .join(
                heads,
                and_(
                    heads.c.endpoint_id == WebhookDelivery.endpoint_id,
                    heads.c.seq == WebhookDelivery.event_seq,
                ),
            )
            .join(WebhookEndpoint, WebhookEndpoint.id == WebhookDelivery.endpoint_id)
            .where(
                WebhookDelivery.status == DeliveryStatus.PENDING,
                WebhookDelivery.next_attempt_at <= now,
                WebhookEndpoint.enabled.is_(True),
                *([WebhookEndpoint.id == endpoint_id] if endpoint_id else []),
                *([WebhookEndpoint.user_id == user_id] if user_id else []),
            )
            .order_by(WebhookDelivery.next_attempt_at, WebhookDelivery.event_seq),
            now,
            limit=limit,
        )
        claims = []
        for delivery, endpoint in rows:
            claims.append(
                Claim(
                    delivery.id,
                    endpoint.id,
                    delivery.event.id,
                    delivery.event.payload,
                    endpoint.url,
                    signing_secrets(endpoint, now),
                )
            )
        return claims


@functools.cache
def _tls() -> ssl.SSLContext:
    return ssl.create_default_context()


def _retry_after(response: httpx.Response) -> timedelta | None:
    raw = response.headers.get("retry-after", "").strip()
    if not raw:
        return None
    if raw.isdigit():
        return timedelta(seconds=int(raw))
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(timedelta(0), when - utcnow())


def _clip(text: str) -> str:
    return text if len(text) <= MAX_ERROR_CHARS else text[: MAX_ERROR_CHARS - 1] + "…"


def attempt(job: Claim, options: Options) -> Outcome:
    """One POST of the event to the endpoint; never raises."""
    started = time.monotonic()

    def done(status: int | None, error: str | None, retry_after: timedelta | None = None) -> Outcome:
        elapsed = int((time.monotonic() - started) * 1000)
        return Outcome(status, _clip(error) if error else None, retry_after, elapsed)

    try:
        target = guard.resolve(job.url, allow_loopback=options.allow_loopback, resolver=options.resolver)
    except guard.UnsafeDestination as exc:
        return done(None, f"Refused by the SSRF guard: {exc}")
    headers = signing.headers(job.event_id, utcnow(), job.payload, job.secrets)
    headers.update({"content-type": "application/json", "user-agent": USER_AGENT, "host": target.host_header})
    extensions = {"sni_hostname": target.host} if target.scheme == "https" else {}
    try:
        # A client per attempt: connections are pinned to one checked address and one TLS name,
        # so none may be shared (the TLS context, with its CA store, is). No proxies from the
        # environment: they would bypass the pin.
        with (
            httpx.Client(
                timeout=options.timeout, follow_redirects=False, trust_env=False, verify=_tls()
            ) as client,
            client.stream(
                "POST",
                target.pinned_url,
                content=job.payload.encode(),
                headers=headers,
                extensions=extensions,
            ) as response,
        ):
            status = response.status_code  # the body is never read: nothing in it matters
            if 200 <= status < 300:
                return done(status, None)
            if 300 <= status < 400:
                where = response.headers.get("location", "")
                return done(status, f"The endpoint answered {status} (redirect to {where!r}, not followed)")
            retry_after = _retry_after(response) if status in (429, 503) else None
            return done(status, f"The endpoint answered {status}", retry_after)
    except httpx.TimeoutException:
        return done(None, f"No answer within {options.timeout:g} s")
    except httpx.TransportError as exc:
        return done(None, f"Could not connect: {exc or type(exc).__name__}")
    except Exception as exc:  # never let one endpoint stop the stage
        log.exception("webhook attempt to %s failed unexpectedly", job.endpoint_id)
        return done(None, f"Delivery failed: {type(exc).__name__}")


def next_delay(attempts: int, retry_after: timedelta | None) -> timedelta:
    """How long to wait after the `attempts`-th failed attempt (1-based)."""
    delay = backoff(SCHEDULE, attempts, (1 - JITTER, 1 + JITTER))
    if retry_after is not None:
        delay = max(delay, min(retry_after, MAX_RETRY_AFTER))
    return delay


def _waiting_due(session, endpoint: WebhookEndpoint, when: datetime | None) -> None:
    session.execute(
        update(WebhookDelivery)
        .where(WebhookDelivery.endpoint_id == endpoint.id, WebhookDelivery.status == DeliveryStatus.PENDING)
        .values(next_attempt_at=when)
        .execution_options(synchronize_session=False)
    )


def disable(session, endpoint: WebhookEndpoint, reason: str, now: datetime) -> None:
    endpoint.enabled = False
    endpoint.disabled_reason = reason
    endpoint.disabled_at = now
    # Waiting deliveries keep their place; they have no due time until the endpoint is enabled.
    _waiting_due(session, endpoint, None)


def enable(session, endpoint: WebhookEndpoint, now: datetime) -> None:
    """Enabled again: its waiting deliveries are due at once, in their order."""
    endpoint.enabled = True
    endpoint.disabled_reason = None
    endpoint.disabled_at = None
    endpoint.failing_since = None
    _waiting_due(session, endpoint, now)


def record(job: Claim, outcome: Outcome, now: datetime) -> None:
    with db.writing() as session:
        endpoint = session.get(WebhookEndpoint, job.endpoint_id, with_for_update=True)
        delivery = session.get(WebhookDelivery, job.delivery_id)
        if endpoint is None or delivery is None:
            return  # deleted meanwhile
        endpoint.lease_until = None
        if delivery.status != DeliveryStatus.PENDING:
            return
        _apply(session, endpoint, delivery, outcome, now)


def _apply(
    session, endpoint: WebhookEndpoint, delivery: WebhookDelivery, outcome: Outcome, now: datetime
) -> None:
    delivery.attempts += 1
    delivery.last_attempt_at = now
    delivery.last_status_code = outcome.status_code
    delivery.last_error = outcome.error
    session.add(
        WebhookAttempt(
            delivery_id=delivery.id,
            number=delivery.attempts,
            attempted_at=now,
            status_code=outcome.status_code,
            error=outcome.error,
            duration_ms=outcome.duration_ms,
        )
    )
    if outcome.succeeded:
        delivery.status = DeliveryStatus.SUCCEEDED
        delivery.delivered_at = now
        delivery.next_attempt_at = None
        endpoint.failing_since = None
        return
    endpoint.failing_since = endpoint.failing_since or now
    if outcome.status_code == 410:
        delivery.status = DeliveryStatus.FAILED
        delivery.next_attempt_at = None
        disable(session, endpoint, "The endpoint answered 410 Gone", now)
        return
    if delivery.attempts >= MAX_ATTEMPTS:
        delivery.status = DeliveryStatus.FAILED
        delivery.next_attempt_at = None
    else:
        delivery.next_attempt_at = now + next_delay(delivery.attempts, outcome.retry_after)
    if endpoint.enabled and now - endpoint.failing_since >= FAILING_LIMIT:
        disable(
            session,
            endpoint,
            f"Every delivery failed for 5 days (since {endpoint.failing_since:%Y-%m-%d %H:%M} UTC)",
            now,
        )


def deliver_due(now: datetime, options: Options, user_id: str | None = None) -> int:
    """Worker stage: attempt every due head-of-line delivery (of `user_id`'s endpoints alone,
    when given), endpoints in parallel."""
    claims = claim(now, user_id=user_id)
    if not claims:
        return 0

    def run(job: Claim | None) -> None:
        # After a success the endpoint's next event follows at once (a backlog drains in one
        # pass); after a failure the endpoint waits for its retry.
        for _ in range(BURST):
            if job is None:
                return
            try:
                outcome = attempt(job, options)
            except Exception:
                log.exception("webhook delivery %s failed", job.delivery_id)
                outcome = Outcome(None, "Delivery failed unexpectedly", None, 0)
            record(job, outcome, now)
            if not outcome.succeeded:
                return
            job = next(iter(claim(now, 1, endpoint_id=job.endpoint_id)), None)

    if len(claims) == 1:
        run(claims[0])
    else:
        with ThreadPoolExecutor(
            max_workers=min(CONCURRENCY, len(claims)), thread_name_prefix="webhook"
        ) as pool:
            list(pool.map(run, claims))
    return len(claims)


def prune_due(now: datetime) -> int:
    """Forget events older than the retention whose deliveries are all settled."""
    cutoff = now - RETENTION
    unsettled = select(WebhookDelivery.event_seq).where(WebhookDelivery.status == DeliveryStatus.PENDING)
    with db.writing() as session:
        return db.affected(
            session.execute(
                delete(WebhookEvent)
                .where(WebhookEvent.created_at < cutoff, WebhookEvent.seq.not_in(unsettled))
                .execution_options(synchronize_session=False)
            )
        )
