"""Idempotency keys: a retried POST with the same key runs once and gets the first answer."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import time_machine
from sqlalchemy import func, select

from careeros.web import idempotency
from models import IdempotencyKey, WebhookEndpoint, db
from tests import fixtures
from tests.api.test_auth import _error
from tests.conftest import PASSWORD


def _key() -> dict:
    return {"Idempotency-Key": str(uuid.uuid4())}


def _replayed(first, second) -> None:
    assert second.status_code == first.status_code
    assert second.content == first.content
    assert second.headers["idempotent-replayed"] == "true"
    assert "idempotent-replayed" not in first.headers
    assert second.headers["content-type"] == first.headers["content-type"]
    assert "x-ratelimit-remaining" in second.headers


def test_a_retried_approve_is_approved_once_and_answered_the_same(seeded):
    draft = seeded.get("/messages/pending").json()["data"]["drafts"][0]
    key = _key()
    body = {"schedule": "immediate", "edits": {"subject": "Your talk"}}
    first = seeded.post(f"/messages/{draft['id']}/approve", json=body, headers=key)
    assert first.status_code == 200
    second = seeded.post(f"/messages/{draft['id']}/approve", json=body, headers=key)
    _replayed(first, second)
    # Without the key, the same request meets the real state: already approved.
    _error(seeded.post(f"/messages/{draft['id']}/approve", json=body), 409, "CONFLICT")


def test_the_same_key_with_a_different_body_is_422(seeded):
    draft = seeded.get("/messages/pending").json()["data"]["drafts"][0]
    key = _key()
    assert (
        seeded.post(
            f"/messages/{draft['id']}/approve", json={"schedule": "immediate"}, headers=key
        ).status_code
        == 200
    )
    response = seeded.post(f"/messages/{draft['id']}/approve", json={"schedule": "optimal"}, headers=key)
    _error(response, 422, "IDEMPOTENCY_KEY_REUSED", "Idempotency-Key")
    # ...and on another operation too: the key names one request.
    _error(seeded.post("/system/pause", headers=key), 422, "IDEMPOTENCY_KEY_REUSED")


def test_json_key_order_does_not_make_a_different_request(seeded):
    ids = [d["id"] for d in seeded.get("/messages/pending?limit=3").json()["data"]["drafts"]]
    key = _key()
    headers = {**seeded.headers, **key, "Content-Type": "application/json"}
    first = seeded.client.post(
        "/messages/bulk-approve",
        content=f'{{"message_ids": ["{ids[0]}"], "schedule": "immediate"}}',
        headers=headers,
    )
    second = seeded.client.post(
        "/messages/bulk-approve",
        content=f'{{"schedule":"immediate","message_ids":["{ids[0]}"]}}',
        headers=headers,
    )
    _replayed(first, second)


def test_a_retried_bulk_approve_approves_once(seeded):
    ids = [d["id"] for d in seeded.get("/messages/pending?limit=3").json()["data"]["drafts"]]
    key = _key()
    first = seeded.post("/messages/bulk-approve", json={"message_ids": ids}, headers=key)
    assert first.json()["data"]["approved"] == 3
    second = seeded.post("/messages/bulk-approve", json={"message_ids": ids}, headers=key)
    _replayed(first, second)
    assert second.json()["data"]["approved"] == 3  # the first answer, not "3 conflicts"


def test_a_retried_register_creates_one_account_and_replays_its_tokens(client, unique_email):
    key = _key()
    body = {"email": unique_email, "password": PASSWORD, "name": "Retry Me"}
    first = client.post("/auth/register", json=body, headers=key)
    assert first.status_code == 201
    second = client.post("/auth/register", json=body, headers=key)
    _replayed(first, second)
    token = second.json()["data"]["session"]["token"]
    assert client.get("/account", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    # Another password under the same key is another request: 422, and it reveals nothing.
    _error(
        client.post("/auth/register", json={**body, "password": "x" * 12}, headers=key),
        422,
        "IDEMPOTENCY_KEY_REUSED",
    )


def test_stored_answers_are_encrypted(client, unique_email):
    key = _key()
    response = client.post(
        "/auth/register", json={"email": unique_email, "password": PASSWORD, "name": "Sealed"}, headers=key
    )
    refresh_token = response.json()["data"]["session"]["refresh_token"]
    with db.reading() as session:
        row = session.scalar(select(IdempotencyKey).where(IdempotencyKey.key == key["Idempotency-Key"]))
    assert row.status_code == 201 and refresh_token.encode() not in row.body


def test_a_retried_webhook_create_creates_one_endpoint(account):
    key = _key()
    body = {"url": "https://hooks.example.com/retry", "events": ["message.sent"]}
    first = account.post("/webhooks/endpoints", json=body, headers=key)
    second = account.post("/webhooks/endpoints", json=body, headers=key)
    _replayed(first, second)
    with db.reading() as session:
        count = session.scalar(select(func.count()).where(WebhookEndpoint.user_id == account.id))
    assert count == 1


def test_a_retried_resume_upload_stores_one_upload_whatever_the_boundary(account):
    key = _key()
    files = {"file": ("cv.txt", fixtures.resume_text(), "text/plain")}
    first = account.post("/onboarding/resume", files=files, headers=key)
    assert first.status_code == 202
    # A client's retry encodes the form afresh, with a new multipart boundary.
    second = account.post("/onboarding/resume", files=files, headers=key)
    _replayed(first, second)
    other = {"file": ("cv.txt", fixtures.resume_text() + b"\nMore", "text/plain")}
    _error(account.post("/onboarding/resume", files=other, headers=key), 422, "IDEMPOTENCY_KEY_REUSED")


def test_keys_are_per_user(seeded, other_account):
    key = _key()
    assert seeded.post("/system/pause", headers=key).status_code == 200
    theirs = other_account.post("/system/pause", headers=key)
    assert theirs.status_code == 200 and "idempotent-replayed" not in theirs.headers


def test_an_operations_own_refusal_is_kept_and_replayed(account):
    key = _key()
    first = account.post("/messages/msg_001/approve", headers=key)
    _error(first, 404, "NOT_FOUND")
    _replayed(first, account.post("/messages/msg_001/approve", headers=key))


def test_a_validation_failure_takes_no_key(account):
    key = _key()
    _error(
        account.post("/messages/bulk-approve", json={"message_ids": []}, headers=key), 400, "INVALID_REQUEST"
    )
    assert idempotency.stored(f"user:{account.id}", key["Idempotency-Key"]) is None


def test_a_first_try_that_died_can_be_retried_after_its_lease(account):
    key = _key()["Idempotency-Key"]
    caller = f"user:{account.id}"
    request_hash = "x" * 64
    now = datetime.now(UTC)
    assert idempotency._begin(caller, key, request_hash, now) == ("run", None)
    assert idempotency._begin(caller, key, request_hash, now)[0] == "running"
    assert idempotency._begin(caller, key, request_hash, now + timedelta(minutes=2)) == ("run", None)


def test_answers_are_kept_a_day_and_pruned_by_the_worker(account):
    key = _key()
    first = account.post("/system/pause", headers=key)
    with time_machine.travel(datetime.now(UTC) + timedelta(hours=23)):
        _replayed(first, account.sign_in().post("/system/pause", headers=key))
    later = datetime.now(UTC) + timedelta(hours=25)
    with time_machine.travel(later):
        assert idempotency.prune_due(later) >= 1
        assert idempotency.stored(f"user:{account.id}", key["Idempotency-Key"]) is None
        again = account.sign_in().post("/system/pause", headers=key)
        assert again.status_code == 200 and "idempotent-replayed" not in again.headers


def test_a_not_now_answer_is_not_kept(account):
    key = _key()
    files = {"file": ("cv.txt", fixtures.resume_text(), "text/plain")}
    for _ in range(3):
        assert account.post("/onboarding/resume", files=files).status_code == 202
    _error(account.post("/onboarding/resume", files=files, headers=key), 429, "RATE_LIMIT_EXCEEDED")
    assert idempotency.stored(f"user:{account.id}", key["Idempotency-Key"]) is None


def test_a_malformed_key_is_400(account):
    _error(account.post("/system/pause", headers={"Idempotency-Key": "has space"}), 400, "INVALID_REQUEST")
    _error(account.post("/system/pause", headers={"Idempotency-Key": "k" * 256}), 400, "INVALID_REQUEST")
