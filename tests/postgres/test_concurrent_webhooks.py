"""Three `careeros worker` processes delivering webhooks from one PostgreSQL outbox to one
receiver: every event arrives exactly once, signed, and each endpoint sees its events in order."""

from __future__ import annotations

import json
import time
from collections import defaultdict

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session
from standardwebhooks import Webhook

import webhooks
from models import DeliveryStatus, User, WebhookDelivery, WebhookEndpoint
from models.db import normalise_url
from tests.live import careeros, service_env, workers
from webhooks.signing import new_secret

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
WORKERS = 3
ENDPOINTS = 4
EVENTS = 40


def test_racing_workers_deliver_each_event_once_and_in_order(own_database_url, tmp_path, httpserver):
    env = service_env(
        tmp_path,
        own_database_url,
        CAREEROS_WEBHOOKS_ALLOW_LOOPBACK="true",
        CAREEROS_WORKER_POLL_MS="50",
        CAREEROS_DRAFT_QUEUE="0",
    )
    careeros("migrate", env=env)
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    engine = create_engine(normalise_url(own_database_url))
    secrets = {}
    with Session(engine) as session, session.begin():
        for index in range(ENDPOINTS):
            user = User(email=f"hooks{index}@example.com", name="Hooks", password_hash="-")
            session.add(user)
            session.flush()
            secrets[user.id] = new_secret()
            session.add(
                WebhookEndpoint(
                    user_id=user.id,
                    url=httpserver.url_for("/hook") + f"?user={user.id}",
                    events=["message.sent"],
                    secret=secrets[user.id],
                )
            )
        session.flush()
        for number in range(EVENTS):
            for user_id in secrets:
                webhooks.emit(
                    session, user_id, "message.sent", {"message_id": f"msg_{number}", "number": number}
                )
    with workers(env, WORKERS, tmp_path):
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and len(httpserver.log) < ENDPOINTS * EVENTS:
            time.sleep(0.2)
        time.sleep(1)  # anything delivered twice would arrive now
    seen = defaultdict(list)
    ids = []
    for request, _ in httpserver.log:
        user_id = request.args["user"]
        body = request.get_data(as_text=True)
        Webhook(secrets[user_id]).verify(body, dict(request.headers))
        seen[user_id].append(json.loads(body)["data"]["number"])
        ids.append(request.headers["webhook-id"])
    assert len(ids) == ENDPOINTS * EVENTS and len(set(ids)) == len(ids)
    assert all(numbers == list(range(EVENTS)) for numbers in seen.values())
    with Session(engine) as session:
        assert (
            session.scalar(select(func.count()).where(WebhookDelivery.status != DeliveryStatus.SUCCEEDED))
            == 0
        )
    engine.dispose()
