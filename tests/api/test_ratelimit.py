"""Rate limits over HTTP with their own app: two windows, headers on every response, 429s,
per-user and per-IP buckets, memory and Redis storage, and the sign-in throttle."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from careeros.settings import install
from careeros.web.app import create_app
from tests.api.test_auth import _error
from tests.conftest import PASSWORD, make_settings, register


@pytest.fixture()
def limited(tmp_path, settings):
    """Builds a client on an app with the given limits; puts the suite's settings back after."""
    clients = []

    def build(**env):
        overrides = {
            "rate_limits": env.get("rate_limits", "100000/minute;1000000/hour"),
            "rate_limit_storage": env.get("storage", "memory://"),
            "login_limit_account": env.get("account", "1000/minute"),
            "login_limit_ip": env.get("ip", "100000/minute"),
        }
        app = create_app(make_settings(tmp_path, settings.database_url, **overrides))
        client = app.test_client()
        client.__enter__()
        clients.append(client)
        return client

    yield build
    for client in clients:
        client.__exit__(None, None, None)
    install(settings)


def _headers(response):
    return {k: int(response.headers[f"x-ratelimit-{k}"]) for k in ("limit", "remaining", "reset")}


def test_headers_count_down_and_429_carries_retry_after(limited):
    client = limited(rate_limits="5/minute;50/hour")
    seen = [_headers(client.get("/healthz")) for _ in range(5)]
    assert [h["remaining"] for h in seen] == [4, 3, 2, 1, 0]
    assert all(h["limit"] == 5 for h in seen)
    assert all(h["reset"] >= int(time.time()) for h in seen)
    refused = client.get("/healthz")
    error = _error(refused, 429, "RATE_LIMIT_EXCEEDED")
    assert 1 <= int(refused.headers["retry-after"]) <= 60
    assert error["retry_after"] == int(refused.headers["retry-after"])
    assert _headers(refused)["remaining"] == 0


def test_the_binding_window_is_reported(limited):
    client = limited(rate_limits="10/minute;3/hour")
    first = _headers(client.get("/healthz"))
    assert first == {**first, "limit": 3, "remaining": 2}  # the hour has fewer left
    client.get("/healthz")
    client.get("/healthz")
    _error(client.get("/healthz"), 429, "RATE_LIMIT_EXCEEDED")


def test_refused_requests_do_not_use_up_the_longer_window(limited):
    client = limited(rate_limits="2/minute;5/hour")
    statuses = [client.get("/healthz").status_code for _ in range(6)]
    assert statuses == [200, 200, 429, 429, 429, 429]
    later = datetime.now(UTC) + timedelta(seconds=61)
    with time_machine.travel(later):
        # Had the four refusals counted, the hour (5) would be spent; 3 requests are left.
        first = client.get("/healthz")
        assert first.status_code == 200
        assert client.get("/healthz").status_code == 200
    with time_machine.travel(later + timedelta(seconds=61)):
        last = client.get("/healthz")
        assert last.status_code == 200
        assert _headers(last)["limit"] == 5 and _headers(last)["remaining"] == 0
        refused = client.get("/healthz")
        assert "hour" in _error(refused, 429, "RATE_LIMIT_EXCEEDED")["message"]


def test_errors_carry_the_headers_too(limited):
    client = limited(rate_limits="50/minute")
    for response in (
        client.get("/nowhere"),
        client.get("/account"),
        client.delete("/healthz"),
        client.post("/auth/login", json={}),
    ):
        assert "x-ratelimit-limit" in response.headers, response.status_code


def test_users_have_their_own_buckets_and_anonymous_callers_share_the_ip_one(limited):
    client = limited(rate_limits="4/minute")
    first, second = register(client), register(client)  # 2 anonymous requests from this IP
    for _ in range(4):
        assert first.get("/account").status_code == 200
    _error(first.get("/account"), 429, "RATE_LIMIT_EXCEEDED")
    assert second.get("/account").status_code == 200  # another user, another bucket
    assert client.get("/healthz").status_code == 200  # third anonymous request
    client.get("/healthz")
    _error(client.get("/healthz"), 429, "RATE_LIMIT_EXCEEDED")


def test_redis_storage_is_shared_between_apps(limited):
    redis = pytest.importorskip("redis")
    try:
        redis.Redis.from_url("redis://127.0.0.1:6379").ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("Redis at 127.0.0.1:6379 is not running")
    one = limited(rate_limits="3/minute", storage="redis://127.0.0.1:6379")
    two = limited(rate_limits="3/minute", storage="redis://127.0.0.1:6379")
    user = register(one)  # a fresh user: a bucket no earlier run has touched
    assert user.get("/account").status_code == 200
    assert user.get("/account").status_code == 200
    assert two.get("/account", headers=user.headers).status_code == 200
    _error(two.get("/account", headers=user.headers), 429, "RATE_LIMIT_EXCEEDED")
    _error(user.get("/account"), 429, "RATE_LIMIT_EXCEEDED")


def test_failed_sign_ins_are_throttled_per_account_alike_for_unknown_accounts(limited):
    client = limited(account="3/15minutes")
    user = register(client)
    for email in (user.email, "ghost-" + user.email):
        for _ in range(3):
            _error(
                client.post("/auth/login", json={"email": email, "password": "wrong-password"}),
                401,
                "UNAUTHORIZED",
            )
        refused = client.post("/auth/login", json={"email": email, "password": "wrong-password"})
        error = _error(refused, 429, "RATE_LIMIT_EXCEEDED")
        assert error["retry_after"] > 0 and int(refused.headers["retry-after"]) == error["retry_after"]
    # Even the right password waits out the throttle; other accounts are not affected.
    _error(
        client.post("/auth/login", json={"email": user.email, "password": PASSWORD}),
        429,
        "RATE_LIMIT_EXCEEDED",
    )
    other = register(client)
    assert client.post("/auth/login", json={"email": other.email, "password": PASSWORD}).status_code == 200


def test_failed_sign_ins_are_throttled_per_ip(limited):
    client = limited(ip="4/15minutes")
    users = [register(client) for _ in range(5)]
    for user in users[:4]:
        client.post("/auth/login", json={"email": user.email, "password": "wrong-password"})
    _error(
        client.post("/auth/login", json={"email": users[4].email, "password": PASSWORD}),
        429,
        "RATE_LIMIT_EXCEEDED",
    )


def test_a_successful_sign_in_clears_the_account_counter(limited):
    client = limited(account="3/15minutes")
    user = register(client)
    for _ in range(2):
        client.post("/auth/login", json={"email": user.email, "password": "wrong-password"})
    assert client.post("/auth/login", json={"email": user.email, "password": PASSWORD}).status_code == 200
    for _ in range(2):
        client.post("/auth/login", json={"email": user.email, "password": "wrong-password"})
    assert client.post("/auth/login", json={"email": user.email, "password": PASSWORD}).status_code == 200
