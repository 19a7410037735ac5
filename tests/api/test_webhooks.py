"""Webhooks against a real HTTP receiver on loopback (pytest-httpserver), every delivery verified
with the `standardwebhooks` reference library, the worker stage driven through time."""

from __future__ import annotations

import itertools
import json
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError
from werkzeug import Response

from careeros import settings as settings_mod
from models import Message, WebhookDelivery, WebhookEvent, db
from tests.api.test_auth import _error
from tests.api.test_sending import make_pending
from tests.live import free_port
from webhooks import delivery, events
from webhooks.delivery import SCHEDULE, Options, deliver_due

LOOPBACK = Options(allow_loopback=True)


@pytest.fixture()
def loopback(client, settings):
    """Development mode: endpoints on loopback are allowed (production refuses them)."""
    settings_mod.install(replace(settings, webhooks_allow_loopback=True))
    yield
    settings_mod.install(settings)


def _endpoint(account, url: str, events=("message.approved", "message.sent", "message.response_received")):
    response = account.post(
        "/webhooks/endpoints", json={"url": url, "events": list(events), "description": "CRM"}
    )
    assert response.status_code == 201, response.text
    return response.json()["data"]


def _approve(account, count: int = 1) -> list[str]:
    ids = make_pending(account.id, count)
    for message_id in ids:
        assert account.post(f"/messages/{message_id}/approve", json={}).status_code == 200
    return ids


def _deliveries(account, **query) -> list[dict]:
    response = account.get("/webhooks/deliveries", params={"limit": 100, **query})
    assert response.status_code == 200, response.text
    return response.json()["data"]["deliveries"]


def _detail(account, delivery_id: str) -> dict:
    response = account.get(f"/webhooks/deliveries/{delivery_id}")
    assert response.status_code == 200, response.text
    return response.json()["data"]


def _due(account, delivery_id: str) -> datetime:
    """When the next attempt is due, rounded up to the second the API shows it in."""
    shown = datetime.fromisoformat(_detail(account, delivery_id)["next_attempt_at"].replace("Z", "+00:00"))
    return shown + timedelta(seconds=1)


def _received(httpserver) -> list[tuple[dict, str]]:
    return [(dict(request.headers), request.get_data(as_text=True)) for request, _ in httpserver.log]


# ---- endpoints -----------------------------------------------------------------------------


def test_an_endpoint_is_created_with_a_secret_shown_once(account, loopback):
    created = _endpoint(account, "http://127.0.0.1:9/hook", events=["message.sent", "message.approved"])
    assert created["secret"].startswith("whsec_") and len(created["secret"]) > 40
    assert created["events"] == ["message.approved", "message.sent"]  # canonical order
    assert created["enabled"] is True and created["description"] == "CRM"
    fetched = account.get(f"/webhooks/endpoints/{created['id']}").json()["data"]
    assert fetched["secret"] is None
    listed = account.get("/webhooks/endpoints").json()["data"]
    assert listed["total"] == 1 and listed["endpoints"][0]["secret"] is None


def test_changing_and_deleting_an_endpoint(account, other_account, loopback):
    endpoint = _endpoint(account, "http://127.0.0.1:9/hook")
    path = f"/webhooks/endpoints/{endpoint['id']}"
    changed = account.patch(path, json={"url": "http://127.0.0.1:10/new", "events": ["message.bounced"]})
    assert changed.status_code == 200, changed.text
    assert changed.json()["data"]["url"] == "http://127.0.0.1:10/new"
    assert changed.json()["data"]["events"] == ["message.bounced"]
    _error(other_account.get(path), 404, "NOT_FOUND")
    _error(other_account.patch(path, json={"description": "mine now"}), 404, "NOT_FOUND")
    _error(other_account.delete(path), 404, "NOT_FOUND")
    assert account.delete(path).json()["data"] == {"id": endpoint["id"], "deleted": True}
    _error(account.get(path), 404, "NOT_FOUND")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"url": "http://10.0.0.1/hook", "events": ["message.sent"]}, "url"),
        ({"url": "http://169.254.169.254/latest", "events": ["message.sent"]}, "url"),
        ({"url": "http://[::ffff:127.0.0.1]/x", "events": ["message.sent"]}, "url"),
        ({"url": "ftp://hooks.example.com/x", "events": ["message.sent"]}, "url"),
        ({"url": "https://u:p@hooks.example.com/x", "events": ["message.sent"]}, "url"),
        ({"url": "https://hooks.example.com/x", "events": []}, "events"),
        ({"url": "https://hooks.example.com/x", "events": ["message.opened"]}, "events.0"),
        ({"url": "https://hooks.example.com/x"}, "events"),
        ({"url": "https://hooks.example.com/x", "events": ["message.sent"], "secret": "mine"}, "secret"),
    ],
)
def test_bad_endpoints_are_refused_naming_the_field(account, body, field):
    response = account.post("/webhooks/endpoints", json=body)
    error = _error(response, 400, "INVALID_REQUEST")
    assert error["field"] == field, error
    assert account.get("/webhooks/endpoints").json()["data"]["total"] == 0


def test_loopback_is_refused_unless_the_setting_allows_it(account):
    response = account.post(
        "/webhooks/endpoints", json={"url": "http://127.0.0.1:9/x", "events": ["message.sent"]}
    )
    assert "loopback" in _error(response, 400, "INVALID_REQUEST", "url")["message"]


def test_an_account_has_at_most_twenty_endpoints(account, loopback):
    for index in range(20):
        _endpoint(account, f"http://127.0.0.1:9/{index}")
    response = account.post(
        "/webhooks/endpoints", json={"url": "http://127.0.0.1:9/x", "events": ["message.sent"]}
    )
    _error(response, 409, "CONFLICT")


# ---- the outbox ----------------------------------------------------------------------------


def test_the_event_is_queued_in_the_same_transaction_as_the_change(seeded, loopback):
    endpoint = _endpoint(seeded, "http://127.0.0.1:9/hook")
    [message_id] = _approve(seeded)
    # No worker has run: the approval itself wrote the event and its delivery.
    [queued] = _deliveries(seeded)
    assert queued["event"] == "message.approved" and queued["status"] == "pending"
    assert queued["endpoint_id"] == endpoint["id"] and queued["attempts"] == 0
    payload = _detail(seeded, queued["id"])["payload"]
    assert payload["event"] == "message.approved"
    assert payload["data"]["message_id"] == message_id and payload["data"]["status"] == "approved"
    assert set(payload["data"]) >= {
        "contact_id",
        "contact",
        "subject",
        "scheduled_at",
        "approved_at",
        "edited",
    }


def test_a_rolled_back_change_emits_nothing(seeded, loopback):
    _endpoint(seeded, "http://127.0.0.1:9/hook")
    [message_id] = make_pending(seeded.id, 1)
    with pytest.raises(RuntimeError), db.writing() as session:
        message = session.get(Message, message_id)
        message.status = "approved"
        events.approved(session, message, datetime.now(UTC))
        session.flush()  # the rows are written ...
        raise RuntimeError("... and the change fails after them")
    with db.reading() as session:
        assert session.scalar(select(func.count()).where(WebhookEvent.user_id == seeded.id)) == 0
        assert session.scalar(select(Message.status).where(Message.id == message_id)) == "pending"


def test_an_unsubscribed_event_and_a_disabled_endpoint_get_nothing(seeded, loopback):
    _endpoint(seeded, "http://127.0.0.1:9/a", events=["message.sent"])
    disabled = _endpoint(seeded, "http://127.0.0.1:9/b", events=["message.approved"])
    seeded.patch(f"/webhooks/endpoints/{disabled['id']}", json={"enabled": False})
    _approve(seeded)
    assert _deliveries(seeded) == []


# ---- delivery ------------------------------------------------------------------------------


def test_a_receiver_failing_three_times_gets_the_event_once_with_one_id(seeded, loopback, httpserver):
    answers = iter([500, 500, 500, 200])
    httpserver.expect_request("/hook", method="POST").respond_with_handler(
        lambda request: Response("ok", status=next(answers))
    )
    endpoint = _endpoint(seeded, httpserver.url_for("/hook"))
    _approve(seeded)
    [queued] = _deliveries(seeded)
    now = datetime.now(UTC)
    assert deliver_due(now, LOOPBACK, seeded.id) == 1
    for _ in range(3):
        due = _due(seeded, queued["id"])
        assert deliver_due(due - timedelta(seconds=2), LOOPBACK, seeded.id) == 0  # not before its time
        assert deliver_due(due, LOOPBACK, seeded.id) == 1
    assert deliver_due(due + timedelta(days=1), LOOPBACK, seeded.id) == 0  # nothing left
    received = _received(httpserver)
    assert len(received) == 4
    assert len({headers["Webhook-Id"] for headers, _ in received}) == 1
    for headers, body in received:
        payload = Webhook(endpoint["secret"]).verify(body, headers)
        assert payload["event"] == "message.approved"
    assert [answer.status_code for _, answer in httpserver.log] == [500, 500, 500, 200]
    detail = _detail(seeded, queued["id"])
    assert detail["status"] == "succeeded" and detail["attempts"] == 4 and detail["last_status_code"] == 200
    assert detail["next_attempt_at"] is None and detail["delivered_at"]
    log = detail["attempt_log"]
    assert [a["status_code"] for a in log] == [500, 500, 500, 200]
    gaps = [_at(b) - _at(a) for a, b in itertools.pairwise(log)]
    for gap, planned in zip(gaps, SCHEDULE, strict=False):
        assert _on_schedule(gap, planned), (gap, planned)
    assert seeded.get(f"/webhooks/endpoints/{endpoint['id']}").json()["data"]["failing_since"] is None


def _on_schedule(gap: timedelta, planned: timedelta) -> bool:
    """A gap between two attempts as the API shows them, against the schedule's ±10% jitter.
    Times are shown to the second and the test's clock moves to the shown due time plus one
    second (`_due`), so the shown gap can exceed the real one by up to two seconds, never less."""
    return planned * 0.9 <= gap < planned * 1.1 + timedelta(seconds=2)


def _at(attempt: dict) -> datetime:
    return datetime.fromisoformat(attempt["attempted_at"].replace("Z", "+00:00"))


def test_a_receiver_that_is_down_shows_the_whole_schedule_then_fails(seeded, loopback):
    endpoint = _endpoint(seeded, f"http://127.0.0.1:{free_port()}/hook")
    _approve(seeded)
    [queued] = _deliveries(seeded)
    moment = datetime.now(UTC)
    for _ in range(delivery.MAX_ATTEMPTS):
        assert deliver_due(moment, LOOPBACK, seeded.id) == 1
        detail = _detail(seeded, queued["id"])
        if detail["status"] == "failed":
            break
        moment = _due(seeded, queued["id"])
    detail = _detail(seeded, queued["id"])
    assert detail["status"] == "failed" and detail["attempts"] == 8 and detail["next_attempt_at"] is None
    assert all(a["status_code"] is None and "Could not connect" in a["error"] for a in detail["attempt_log"])
    gaps = [_at(b) - _at(a) for a, b in itertools.pairwise(detail["attempt_log"])]
    assert len(gaps) == len(SCHEDULE)
    for gap, planned in zip(gaps, SCHEDULE, strict=True):
        assert _on_schedule(gap, planned), (gap, planned)
    listed = _deliveries(seeded, status="failed", endpoint_id=endpoint["id"])
    assert [d["id"] for d in listed] == [queued["id"]]
    state = seeded.get(f"/webhooks/endpoints/{endpoint['id']}").json()["data"]
    assert state["enabled"] is True and state["failing_since"]  # 1.2 days of failing is not 5


def test_five_days_of_failures_disable_the_endpoint_and_enabling_resumes_it(seeded, loopback, httpserver):
    port = free_port()
    endpoint = _endpoint(seeded, f"http://127.0.0.1:{port}/hook")
    start = datetime.now(UTC)
    moment = start
    _approve(seeded)
    while moment - start < timedelta(days=5, hours=12):
        deliver_due(moment, LOOPBACK, seeded.id)
        state = seeded.get(f"/webhooks/endpoints/{endpoint['id']}").json()["data"]
        if not state["enabled"]:
            break
        moment += timedelta(hours=6)
        _approve(seeded)  # new events keep arriving while the receiver is down
    assert not state["enabled"]
    assert "5 days" in state["disabled_reason"] and state["disabled_at"]
    waiting = _deliveries(seeded, status="pending")
    assert waiting and all(d["next_attempt_at"] is None for d in waiting)
    assert deliver_due(moment + timedelta(days=1), LOOPBACK, seeded.id) == 0
    _error(seeded.post(f"/webhooks/endpoints/{endpoint['id']}/test"), 409, "CONFLICT")
    # The receiver is back; the user enables the endpoint: every waiting event arrives, in order.
    httpserver.expect_request("/hook", method="POST").respond_with_data("ok")
    enabled = seeded.patch(
        f"/webhooks/endpoints/{endpoint['id']}", json={"enabled": True, "url": httpserver.url_for("/hook")}
    ).json()["data"]
    assert enabled["enabled"] and enabled["disabled_reason"] is None and enabled["failing_since"] is None
    while deliver_due(datetime.now(UTC), LOOPBACK, seeded.id):
        pass
    assert _deliveries(seeded, status="pending") == []
    assert len(httpserver.log) == len(waiting)


def test_410_gone_disables_the_endpoint_at_once(seeded, loopback, httpserver):
    httpserver.expect_request("/hook", method="POST").respond_with_data("gone", status=410)
    endpoint = _endpoint(seeded, httpserver.url_for("/hook"))
    _approve(seeded, 2)
    assert deliver_due(datetime.now(UTC), LOOPBACK, seeded.id) == 1
    state = seeded.get(f"/webhooks/endpoints/{endpoint['id']}").json()["data"]
    assert state["enabled"] is False and "410" in state["disabled_reason"]
    first, second = sorted(_deliveries(seeded), key=lambda d: d["created_at"] + d["id"])
    statuses = {d["status"] for d in (first, second)}
    assert statuses == {"failed", "pending"}
    assert len(httpserver.log) == 1


def test_retry_after_is_honoured_on_429_and_503(seeded, loopback, httpserver):
    httpserver.expect_ordered_request("/hook").respond_with_data(
        "slow down", status=429, headers={"Retry-After": "120"}
    )
    later = (datetime.now(UTC) + timedelta(hours=3)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    httpserver.expect_ordered_request("/hook").respond_with_data(
        "busy", status=503, headers={"Retry-After": later}
    )
    _endpoint(seeded, httpserver.url_for("/hook"))
    _approve(seeded)
    [queued] = _deliveries(seeded)
    now = datetime.now(UTC)
    deliver_due(now, LOOPBACK, seeded.id)
    assert _due(seeded, queued["id"]) - now >= timedelta(seconds=120)  # not the 5 s of the schedule
    deliver_due(_due(seeded, queued["id"]), LOOPBACK, seeded.id)
    assert _due(seeded, queued["id"]) - datetime.now(UTC) >= timedelta(hours=2, minutes=55)  # not 5 min


def test_redirects_are_not_followed(seeded, loopback, httpserver):
    httpserver.expect_request("/hook").respond_with_data("", status=302, headers={"Location": "/elsewhere"})
    httpserver.expect_request("/elsewhere").respond_with_data("ok")
    _endpoint(seeded, httpserver.url_for("/hook"))
    _approve(seeded)
    deliver_due(datetime.now(UTC), LOOPBACK, seeded.id)
    [queued] = _deliveries(seeded)
    assert queued["status"] == "pending" and queued["last_status_code"] == 302
    assert "not followed" in queued["last_error"]
    assert [request.path for request, _ in httpserver.log] == ["/hook"]


def test_a_slow_receiver_times_out(seeded, loopback, httpserver):
    def slow(request):
        time.sleep(2)
        return Response("late")

    httpserver.expect_request("/hook").respond_with_handler(slow)
    _endpoint(seeded, httpserver.url_for("/hook"))
    _approve(seeded)
    deliver_due(datetime.now(UTC), replace(LOOPBACK, timeout=0.5), seeded.id)
    [queued] = _deliveries(seeded)
    assert queued["status"] == "pending" and "No answer within 0.5 s" in queued["last_error"]


def test_events_reach_an_endpoint_in_the_order_they_happened(seeded, loopback, httpserver):
    seen: list[str] = []
    answers = iter([500])

    def receiver(request):
        seen.append(json.loads(request.get_data())["data"]["message_id"])
        return Response("ok", status=next(answers, 200))

    httpserver.expect_request("/hook").respond_with_handler(receiver)
    _endpoint(seeded, httpserver.url_for("/hook"))
    approved = _approve(seeded, 3)
    moment = datetime.now(UTC)
    for _ in range(10):
        deliver_due(moment, LOOPBACK, seeded.id)
        moment += timedelta(seconds=6)
    assert seen == [approved[0], approved[0], approved[1], approved[2]]


def test_the_guard_applies_at_delivery_too(seeded, loopback, settings):
    endpoint = _endpoint(seeded, "http://127.0.0.1:9/hook")
    _approve(seeded)
    deliver_due(datetime.now(UTC), Options(allow_loopback=False), seeded.id)  # production: loopback refused
    [queued] = _deliveries(seeded, endpoint_id=endpoint["id"])
    assert "SSRF" in queued["last_error"] and queued["last_status_code"] is None


def test_the_connection_goes_to_the_checked_address(seeded, loopback, httpserver):
    # hooks.invalid does not exist in DNS: the request can only arrive if it is made to the
    # address the guard checked, with the name kept for Host.
    httpserver.expect_request("/hook").respond_with_data("ok")
    url = (
        httpserver.url_for("/hook")
        .replace("localhost", "hooks.invalid")
        .replace("127.0.0.1", "hooks.invalid")
    )
    _endpoint(seeded, url)
    _approve(seeded)
    pinned = Options(allow_loopback=True, resolver=lambda host, port: ["127.0.0.1"])
    deliver_due(datetime.now(UTC), pinned, seeded.id)
    [(request, _)] = httpserver.log
    assert request.headers["Host"] == f"hooks.invalid:{httpserver.port}"
    assert _deliveries(seeded)[0]["status"] == "succeeded"


# ---- secrets, pings, redelivery ------------------------------------------------------------


def test_after_a_rotation_both_secrets_sign_for_a_day(seeded, loopback, httpserver):
    httpserver.expect_request("/hook").respond_with_data("ok")
    endpoint = _endpoint(seeded, httpserver.url_for("/hook"))
    rotated = seeded.post(f"/webhooks/endpoints/{endpoint['id']}/rotate-secret").json()["data"]
    assert rotated["secret"].startswith("whsec_") and rotated["secret"] != endpoint["secret"]
    assert rotated["previous_secret_expires_at"]
    _approve(seeded)
    deliver_due(datetime.now(UTC), LOOPBACK, seeded.id)
    headers, body = _received(httpserver)[-1]
    assert len(headers["Webhook-Signature"].split()) == 2
    Webhook(rotated["secret"]).verify(body, headers)
    Webhook(endpoint["secret"]).verify(body, headers)
    # A day later only the new secret signs.
    _approve(seeded)
    deliver_due(datetime.now(UTC) + timedelta(hours=25), LOOPBACK, seeded.id)
    headers, body = _received(httpserver)[-1]
    assert len(headers["Webhook-Signature"].split()) == 1
    Webhook(rotated["secret"]).verify(body, headers)
    with pytest.raises(WebhookVerificationError):
        Webhook(endpoint["secret"]).verify(body, headers)


def test_a_ping_reaches_one_endpoint_whatever_it_subscribes_to(seeded, loopback, httpserver):
    httpserver.expect_request("/hook").respond_with_data("ok")
    endpoint = _endpoint(seeded, httpserver.url_for("/hook"), events=["message.bounced"])
    _endpoint(seeded, "http://127.0.0.1:9/other")
    response = seeded.post(f"/webhooks/endpoints/{endpoint['id']}/test")
    assert response.status_code == 202, response.text
    queued = response.json()["data"]
    assert queued["event"] == "ping" and queued["status"] == "pending"
    deliver_due(datetime.now(UTC), LOOPBACK, seeded.id)
    [(headers, body)] = _received(httpserver)
    payload = Webhook(endpoint["secret"]).verify(body, headers)
    assert payload["event"] == "ping" and payload["data"]["endpoint_id"] == endpoint["id"]
    assert _detail(seeded, queued["id"])["status"] == "succeeded"


def test_redelivery_sends_the_same_event_again(seeded, other_account, loopback, httpserver):
    httpserver.expect_request("/hook").respond_with_data("ok")
    endpoint = _endpoint(seeded, httpserver.url_for("/hook"))
    _approve(seeded)
    [original] = _deliveries(seeded)
    _error(seeded.post(f"/webhooks/deliveries/{original['id']}/redeliver"), 409, "CONFLICT")  # still pending
    deliver_due(datetime.now(UTC), LOOPBACK, seeded.id)
    _error(other_account.post(f"/webhooks/deliveries/{original['id']}/redeliver"), 404, "NOT_FOUND")
    _error(other_account.get(f"/webhooks/deliveries/{original['id']}"), 404, "NOT_FOUND")
    response = seeded.post(f"/webhooks/deliveries/{original['id']}/redeliver")
    assert response.status_code == 202, response.text
    again = response.json()["data"]
    assert again["redelivery_of"] == original["id"] and again["event_id"] == original["event_id"]
    _error(seeded.post(f"/webhooks/deliveries/{original['id']}/redeliver"), 409, "CONFLICT")  # already queued
    deliver_due(datetime.now(UTC), LOOPBACK, seeded.id)
    first, second = _received(httpserver)
    assert first[0]["Webhook-Id"] == second[0]["Webhook-Id"] == original["event_id"]
    Webhook(endpoint["secret"]).verify(second[1], second[0])
    assert _detail(seeded, again["id"])["status"] == "succeeded"


def test_the_delivery_log_filters_and_is_private(seeded, other_account, loopback):
    endpoint = _endpoint(seeded, "http://127.0.0.1:9/hook", events=["message.approved", "message.rejected"])
    [a, b] = make_pending(seeded.id, 2)
    seeded.post(f"/messages/{a}/approve", json={})
    seeded.post(f"/messages/{b}/reject", json={"reason": "too_long", "feedback": "shorter"})
    assert {d["event"] for d in _deliveries(seeded)} == {"message.approved", "message.rejected"}
    [rejected] = _deliveries(seeded, event="message.rejected")
    data = _detail(seeded, rejected["id"])["payload"]["data"]
    assert data["reason"] == "too_long" and data["feedback"] == "shorter" and data["message_id"] == b
    assert _deliveries(seeded, endpoint_id=endpoint["id"], status="succeeded") == []
    assert _deliveries(other_account) == []
    assert _deliveries(other_account, endpoint_id=endpoint["id"]) == []


def test_deleting_an_endpoint_drops_its_queue(seeded, loopback):
    endpoint = _endpoint(seeded, "http://127.0.0.1:9/hook")
    _approve(seeded, 2)
    assert len(_deliveries(seeded)) == 2
    seeded.delete(f"/webhooks/endpoints/{endpoint['id']}")
    assert _deliveries(seeded) == []
    with db.reading() as session:
        assert session.scalar(select(func.count()).where(WebhookDelivery.user_id == seeded.id)) == 0


def test_concurrent_stage_runs_never_deliver_one_endpoint_twice_at_once(seeded, loopback, httpserver):
    inflight, peak = 0, 0
    lock = threading.Lock()

    def receiver(request):
        nonlocal inflight, peak
        with lock:
            inflight += 1
            peak = max(peak, inflight)
        time.sleep(0.2)
        with lock:
            inflight -= 1
        return Response("ok")

    httpserver.expect_request("/hook").respond_with_handler(receiver)
    _endpoint(seeded, httpserver.url_for("/hook"))
    _approve(seeded, 4)
    now = datetime.now(UTC)
    runners = [
        threading.Thread(target=lambda: [deliver_due(now, LOOPBACK, seeded.id) for _ in range(4)])
        for _ in range(3)
    ]
    for runner in runners:
        runner.start()
    for runner in runners:
        runner.join()
    while deliver_due(now, LOOPBACK, seeded.id):
        pass
    assert peak == 1 and len(httpserver.log) == 4
