"""Webhooks: the event outbox, Standard Webhooks signing, delivery with retries, the SSRF guard.

The core calls `emit(session, …)` inside the transaction that makes a change; the event and
one delivery per subscribed endpoint commit or roll back with it. The worker's
`deliver_due` stage (webhooks.delivery) sends them.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import DeliveryStatus, WebhookDelivery, WebhookEndpoint, WebhookEvent, iso, utcnow

EVENT_TYPES = (
    "message.approved",
    "message.sent",
    "message.response_received",
    "message.rejected",
    "message.failed",
    "message.bounced",
)
PING = "ping"

_CACHE = "careeros.webhook_endpoints"


def payload(event_type: str, data: dict, timestamp: datetime) -> str:
    """The exact body that is signed and sent: `{event, timestamp, data}` as compact UTF-8 JSON."""
    body = {"event": event_type, "timestamp": iso(timestamp), "data": data}
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False)


def _subscribed(session: Session, user_id: str) -> list[tuple[str, frozenset[str]]]:
    """The user's enabled endpoints and their events, read once per transaction."""
    cache = session.info.setdefault(_CACHE, {})
    if user_id not in cache:
        rows = session.execute(
            select(WebhookEndpoint.id, WebhookEndpoint.events).where(
                WebhookEndpoint.user_id == user_id, WebhookEndpoint.enabled.is_(True)
            )
        ).all()
        cache[user_id] = [(endpoint_id, frozenset(events or ())) for endpoint_id, events in rows]
    return cache[user_id]


def wanted(session: Session, user_id: str, event_type: str) -> bool:
    """Whether any of the user's enabled endpoints subscribes to `event_type` (so the caller
    need not build an event nobody will receive)."""
    return any(event_type in events for _, events in _subscribed(session, user_id))


def forget_endpoints(session: Session) -> None:
    """Drop the per-transaction cache after endpoints change in the same session."""
    session.info.pop(_CACHE, None)


def emit(
    session: Session,
    user_id: str,
    event_type: str,
    data: dict,
    *,
    now: datetime | None = None,
    endpoint_id: str | None = None,
) -> WebhookEvent | None:
    """Record an event and queue it for every enabled endpoint that subscribes to it (or for
    `endpoint_id` alone, for a ping). Nothing is written when no endpoint wants it."""
    now = now or utcnow()
    if endpoint_id is not None:
        targets = [endpoint_id]
    else:
        targets = [eid for eid, events in _subscribed(session, user_id) if event_type in events]
    if not targets:
        return None
    event = WebhookEvent(
        user_id=user_id, type=event_type, payload=payload(event_type, data, now), created_at=now
    )
    session.add(event)
    session.flush()  # assigns seq
    session.add_all(
        WebhookDelivery(
            user_id=user_id,
            endpoint_id=target,
            event_seq=event.seq,
            status=DeliveryStatus.PENDING.value,
            next_attempt_at=now,
            created_at=now,
        )
        for target in targets
    )
    return event
