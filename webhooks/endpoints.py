"""The user's webhook endpoints, the delivery log, redelivery and test pings (the `webhooks` tag
of the API). `allow_loopback` is the deployment's CAREEROS_WEBHOOKS_ALLOW_LOOPBACK, passed in."""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import func, select

import webhooks
from models import (
    DeliveryStatus,
    WebhookAttempt,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookEvent,
    db,
    iso,
    utcnow,
)
from models.errors import Conflict, InvalidRequest, NotFound
from models.paging import page
from models.text import tidy
from webhooks import delivery as outbox
from webhooks import guard, signing

MAX_ENDPOINTS = 20
ROTATION_GRACE = timedelta(hours=24)
USER_DISABLED = "Disabled by the user"


# ---- views ---------------------------------------------------------------------------------


def endpoint_view(endpoint: WebhookEndpoint, secret: str | None = None) -> dict:
    return {
        "id": endpoint.id,
        "url": endpoint.url,
        "description": endpoint.description,
        "events": [e for e in webhooks.EVENT_TYPES if e in (endpoint.events or ())],
        "enabled": endpoint.enabled,
        "disabled_reason": endpoint.disabled_reason,
        "disabled_at": iso(endpoint.disabled_at),
        "failing_since": iso(endpoint.failing_since),
        "secret": secret,
        "previous_secret_expires_at": iso(endpoint.previous_secret_expires_at)
        if endpoint.previous_secret
        else None,
        "created_at": iso(endpoint.created_at),
        "updated_at": iso(endpoint.updated_at),
    }


def delivery_view(delivery: WebhookDelivery) -> dict:
    return {
        "id": delivery.id,
        "endpoint_id": delivery.endpoint_id,
        "event_id": delivery.event.id,
        "event": delivery.event.type,
        "status": delivery.status,
        "attempts": delivery.attempts,
        "last_status_code": delivery.last_status_code,
        "last_error": delivery.last_error,
        "last_attempt_at": iso(delivery.last_attempt_at),
        "next_attempt_at": iso(delivery.next_attempt_at)
        if delivery.status == DeliveryStatus.PENDING
        else None,
        "delivered_at": iso(delivery.delivered_at),
        "redelivery_of": delivery.redelivery_of,
        "created_at": iso(delivery.created_at),
    }


def attempt_view(attempt: WebhookAttempt) -> dict:
    return {
        "number": attempt.number,
        "attempted_at": iso(attempt.attempted_at),
        "status_code": attempt.status_code,
        "error": attempt.error,
        "duration_ms": attempt.duration_ms,
    }


# ---- endpoints -----------------------------------------------------------------------------


def _checked_url(url: str, allow_loopback: bool) -> str:
    url = url.strip()
    try:
        guard.check_url(url, allow_loopback=allow_loopback)
    except guard.UnsafeDestination as exc:
        raise InvalidRequest(f"url: {exc}", field="url") from None
    return url


def _events(events: list[str]) -> list[str]:
    return [e for e in webhooks.EVENT_TYPES if e in set(events)]


def _owned(session, user_id: str, endpoint_id: str, *, lock: bool = False) -> WebhookEndpoint:
    query = select(WebhookEndpoint).where(
        WebhookEndpoint.id == endpoint_id, WebhookEndpoint.user_id == user_id
    )
    endpoint = session.scalar(query.with_for_update() if lock else query)
    if endpoint is None:
        raise NotFound("Webhook endpoint not found")
    return endpoint


def create_endpoint(
    user_id: str, url: str, events: list[str], description: str = "", *, allow_loopback: bool = False
) -> dict:
    url = _checked_url(url, allow_loopback)
    now = utcnow()
    secret = signing.new_secret()
    with db.writing() as session:
        count = session.execute(select(func.count()).where(WebhookEndpoint.user_id == user_id)).scalar_one()
        if count >= MAX_ENDPOINTS:
            raise Conflict(f"An account can have at most {MAX_ENDPOINTS} webhook endpoints; delete one first")
        endpoint = WebhookEndpoint(
            user_id=user_id,
            url=url,
            description=tidy(description or ""),
            events=_events(events),
            secret=secret,
            created_at=now,
            updated_at=now,
        )
        session.add(endpoint)
        session.flush()
        return endpoint_view(endpoint, secret)


def list_endpoints(user_id: str, limit: int = 20, offset: int = 0) -> dict:
    query = select(WebhookEndpoint).where(WebhookEndpoint.user_id == user_id)
    with db.reading() as session:
        order = (WebhookEndpoint.created_at, WebhookEndpoint.id)
        return page(session, query, order, limit, offset, "endpoints", endpoint_view)


def get_endpoint(user_id: str, endpoint_id: str) -> dict:
    with db.reading() as session:
        return endpoint_view(_owned(session, user_id, endpoint_id))


def update_endpoint(user_id: str, endpoint_id: str, changes: dict, *, allow_loopback: bool = False) -> dict:
    url = _checked_url(changes["url"], allow_loopback) if "url" in changes else None
    now = utcnow()
    with db.writing() as session:
        endpoint = _owned(session, user_id, endpoint_id, lock=True)
        if url is not None:
            endpoint.url = url
        if "events" in changes:
            endpoint.events = _events(changes["events"])
        if "description" in changes:
            endpoint.description = tidy(changes["description"])
        if "enabled" in changes and changes["enabled"] != endpoint.enabled:
            if changes["enabled"]:
                outbox.enable(session, endpoint, now)
            else:
                outbox.disable(session, endpoint, USER_DISABLED, now)
        endpoint.updated_at = now
        return endpoint_view(endpoint)


def delete_endpoint(user_id: str, endpoint_id: str) -> dict:
    with db.writing() as session:
        endpoint = _owned(session, user_id, endpoint_id, lock=True)
        session.delete(endpoint)
        return {"id": endpoint_id, "deleted": True}


def rotate_secret(user_id: str, endpoint_id: str) -> dict:
    now = utcnow()
    secret = signing.new_secret()
    with db.writing() as session:
        endpoint = _owned(session, user_id, endpoint_id, lock=True)
        # One previous secret at most: rotating again retires the oldest at once.
        endpoint.previous_secret = endpoint.secret
        endpoint.previous_secret_expires_at = now + ROTATION_GRACE
        endpoint.secret = secret
        endpoint.updated_at = now
        return endpoint_view(endpoint, secret)


def send_test(user_id: str, endpoint_id: str) -> dict:
    now = utcnow()
    with db.writing() as session:
        endpoint = _owned(session, user_id, endpoint_id)
        if not endpoint.enabled:
            raise Conflict("The endpoint is disabled; enable it (PATCH enabled: true) before testing it")
        event = webhooks.emit(
            session,
            user_id,
            webhooks.PING,
            {"endpoint_id": endpoint.id, "message": "A test event from CareerOS"},
            now=now,
            endpoint_id=endpoint.id,
        )
        session.flush()
        assert event is not None  # a ping names its endpoint, so it is always recorded
        delivery = session.scalars(
            select(WebhookDelivery).where(WebhookDelivery.event_seq == event.seq)
        ).one()
        return delivery_view(delivery)


# ---- the delivery log ----------------------------------------------------------------------


def list_deliveries(
    user_id: str,
    endpoint_id: str | None = None,
    status: str | None = None,
    event: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> dict:
    query = select(WebhookDelivery).where(WebhookDelivery.user_id == user_id)
    if endpoint_id:
        query = query.where(WebhookDelivery.endpoint_id == endpoint_id)
    if status:
        query = query.where(WebhookDelivery.status == status)
    if event:
        query = query.join(WebhookEvent, WebhookEvent.seq == WebhookDelivery.event_seq).where(
            WebhookEvent.type == event
        )
    with db.reading() as session:
        order = (WebhookDelivery.created_at.desc(), WebhookDelivery.id.desc())
        return page(session, query, order, limit, offset, "deliveries", delivery_view)


def _owned_delivery(session, user_id: str, delivery_id: str) -> WebhookDelivery:
    delivery = session.scalar(
        select(WebhookDelivery).where(WebhookDelivery.id == delivery_id, WebhookDelivery.user_id == user_id)
    )
    if delivery is None:
        raise NotFound("Webhook delivery not found")
    return delivery


def get_delivery(user_id: str, delivery_id: str) -> dict:
    with db.reading() as session:
        delivery = _owned_delivery(session, user_id, delivery_id)
        attempts = session.scalars(
            select(WebhookAttempt)
            .where(WebhookAttempt.delivery_id == delivery.id)
            .order_by(WebhookAttempt.number)
        ).all()
        url = session.scalar(select(WebhookEndpoint.url).where(WebhookEndpoint.id == delivery.endpoint_id))
        return {
            **delivery_view(delivery),
            "url": url,
            "payload": json.loads(delivery.event.payload),
            "attempt_log": [attempt_view(a) for a in attempts],
        }


def redeliver(user_id: str, delivery_id: str) -> dict:
    now = utcnow()
    with db.writing() as session:
        original = _owned_delivery(session, user_id, delivery_id)
        endpoint = _owned(session, user_id, original.endpoint_id, lock=True)
        if original.status == DeliveryStatus.PENDING:
            raise Conflict("The delivery is still pending; it will be attempted again by itself")
        if not endpoint.enabled:
            raise Conflict("The endpoint is disabled; enable it (PATCH enabled: true) before redelivering")
        queued = session.scalar(
            select(WebhookDelivery.id).where(
                WebhookDelivery.endpoint_id == endpoint.id,
                WebhookDelivery.event_seq == original.event_seq,
                WebhookDelivery.status == DeliveryStatus.PENDING,
            )
        )
        if queued:
            raise Conflict(f"This event is already queued for the endpoint again ({queued})")
        delivery = WebhookDelivery(
            user_id=user_id,
            endpoint_id=endpoint.id,
            event_seq=original.event_seq,
            status=DeliveryStatus.PENDING.value,
            next_attempt_at=now,
            redelivery_of=original.id,
            created_at=now,
        )
        session.add(delivery)
        session.flush()
        return delivery_view(delivery)
