"""Hostile input, as a new client or an attacker would send it: every one gets a clear error in
the envelope (never a 500), nothing is stored half-way, and nothing spends another's allowance."""

from __future__ import annotations

import json

import pytest

from careeros.settings import install
from careeros.web.app import create_app
from models import Objectives, db
from tests.api.test_auth import _error
from tests.conftest import PASSWORD, make_settings, register

SURROGATE = '"\\ud800"'  # a lone surrogate, as JSON spells it


def _raw(
    account, method, path, body: bytes | str, *, content_type: str | None = "application/json", auth=True
):
    headers = {**(account.headers if auth else {})}
    if content_type is not None:
        headers["Content-Type"] = content_type
    return account.client.request(method, path, content=body, headers=headers)


def _pending_id(seeded) -> str:
    return seeded.get("/messages/pending").json()["data"]["drafts"][0]["id"]


# ---- lone surrogates -----------------------------------------------------------------------


def _surrogate_cases(account, message_id):
    return [
        ("PATCH", "/account", '{"name": @@}'.replace("@@", SURROGATE), "name"),
        (
            "POST",
            "/auth/login",
            '{"email": "a@example.com", "password": @@}'.replace("@@", SURROGATE),
            "password",
        ),
        (
            "POST",
            "/auth/register",
            '{"email": "s@example.com", "password": @@, "name": "S"}'.replace("@@", SURROGATE),
            "password",
        ),
        (
            "POST",
            f"/messages/{message_id}/reject",
            '{"reason": "other", "feedback": @@}'.replace("@@", SURROGATE),
            "feedback",
        ),
        (
            "POST",
            f"/messages/{message_id}/approve",
            '{"edits": {"body": @@}}'.replace("@@", SURROGATE),
            "edits.body",
        ),
        ("POST", "/messages/bulk-approve", '{"message_ids": [@@]}'.replace("@@", SURROGATE), "message_ids.0"),
        (
            "POST",
            "/webhooks/endpoints",
            '{"url": "https://hooks.example.com/x", "events": ["message.sent"], "description": @@}'.replace(
                "@@", SURROGATE
            ),
            "description",
        ),
        (
            "POST",
            "/onboarding/objectives",
            '{"target_roles": [@@]}'.replace("@@", SURROGATE),
            "target_roles.0",
        ),
        (
            "POST",
            "/onboarding/objectives",
            '{"target_roles": ["Engineer"], @@: 1}'.replace("@@", SURROGATE),
            None,
        ),
    ]


def test_a_lone_surrogate_anywhere_in_a_body_is_refused_and_nothing_is_stored(seeded):
    message_id = _pending_id(seeded)
    for method, path, body, field in _surrogate_cases(seeded, message_id):
        response = _raw(seeded, method, path, body)
        assert response.status_code == 400, (path, response.text)
        error = response.json()["error"]
        assert error["code"] == "INVALID_REQUEST" and "surrogate" in error["message"], (path, error)
        if field:
            assert error["field"] == field
    assert seeded.get(f"/messages/{message_id}").json()["data"]["status"] == "pending"
    assert seeded.get("/account").json()["data"]["user"]["name"] == "Test User"
    # Objectives were never stored with a surrogate: reading them still works.
    assert seeded.get("/onboarding/objectives").status_code in (200, 404)


# ---- JSON without a Content-Type -----------------------------------------------------------


def test_a_json_body_without_content_type_is_read_as_json(seeded, unique_email):
    client = seeded.client
    message_id = _pending_id(seeded)
    registered = _raw(
        seeded,
        "POST",
        "/auth/register",
        json.dumps({"email": unique_email, "password": PASSWORD, "name": "No Type"}),
        content_type=None,
        auth=False,
    )
    assert registered.status_code == 201, registered.text
    login = _raw(
        seeded,
        "POST",
        "/auth/login",
        json.dumps({"email": unique_email, "password": PASSWORD}),
        content_type=None,
    )
    assert login.status_code == 200, login.text
    refresh_token = login.json()["data"]["session"]["refresh_token"]
    refreshed = client.post("/auth/refresh", content=json.dumps({"refresh_token": refresh_token}))
    assert refreshed.status_code == 200, refreshed.text
    for method, path, body, expected in [
        ("POST", f"/messages/{message_id}/approve", {"schedule": "immediate"}, 200),
        ("POST", "/messages/bulk-approve", {"message_ids": ["msg_001"]}, 200),
        ("POST", "/onboarding/objectives", {"target_roles": ["Data Engineer"]}, 200),
        ("PATCH", "/account", {"daily_limit": 9}, 200),
        (
            "POST",
            "/webhooks/endpoints",
            {"url": "https://hooks.example.com/x", "events": ["message.sent"]},
            201,
        ),
        ("POST", "/auth/logout", {"all_sessions": False}, 200),
    ]:
        response = _raw(seeded, method, path, json.dumps(body), content_type=None)
        assert response.status_code == expected, (path, response.text)
    assert seeded.sign_in().get("/account").json()["data"]["settings"]["daily_limit"] == 9


def test_a_body_that_is_not_json_without_content_type_is_400(account):
    response = _raw(account, "PATCH", "/account", b"daily_limit=9", content_type=None)
    _error(response, 400, "INVALID_REQUEST")


# ---- nesting, huge numbers, non-standard JSON ------------------------------------------------


@pytest.mark.parametrize("depth", [100_000, 5_000, 40])
def test_deeply_nested_json_is_400(account, depth):
    for path in ("/auth/login", "/onboarding/objectives"):
        body = "[" * depth + "]" * depth
        _error(_raw(account, "POST", path, body, auth=path != "/auth/login"), 400, "INVALID_REQUEST")
    nested = '{"target_roles": ["x"], "exclusions": ' + '{"a": ' * depth + "1" + "}" * depth + "}"
    _error(_raw(account, "POST", "/onboarding/objectives", nested), 400, "INVALID_REQUEST")


@pytest.mark.parametrize("number", ["9" * 5000, "-" + "9" * 4301, "1" + "0" * 41])
def test_an_integer_with_thousands_of_digits_is_400(account, number):
    error = _error(
        _raw(account, "PATCH", "/account", '{"daily_limit": @@}'.replace("@@", number)),
        400,
        "INVALID_REQUEST",
    )
    assert "digits" in error["message"]


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_json(account, constant):
    _error(
        _raw(account, "PATCH", "/account", '{"daily_limit": @@}'.replace("@@", constant)),
        400,
        "INVALID_REQUEST",
    )


def test_a_huge_float_stays_a_plain_validation_error(account):
    _error(
        _raw(account, "PATCH", "/account", '{"daily_limit": 1e400}'), 400, "INVALID_REQUEST", "daily_limit"
    )


# ---- paths ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/onboarding/resume/a%0Ab%0Dc%C2%85d/status",
        "/messages/a%0A/approve",
        "/webhooks/endpoints/%0A%F0%A3%92%8DL",
        "/account%0A",
        "/contacts/x%E2%80%A8y",
    ],
)
def test_control_characters_in_a_path_are_400_never_500(account, path):
    for method in ("GET", "POST", "PATCH"):
        response = account.client.request(method, path, headers=account.headers)
        _error(response, 400, "INVALID_REQUEST")


def test_a_path_that_no_operation_serves_never_reaches_a_handler(account):
    # Routed by Flask alone it would run the handler with no security and no validation.
    response = account.client.get("/onboarding/resume/a%0Ab/status")
    _error(response, 400, "INVALID_REQUEST")
    _error(account.client.get("/no/such/endpoint"), 404, "NOT_FOUND")


def test_zone_ids_and_scoped_addresses_are_refused_as_webhook_urls(account):
    for url in (
        "http://[fe80::1%25eth0]/",
        "http://[fe80::1%eth0]/",
        "https://[ff02::1%251]/hook",
        "http://[fec0::1]/",
        "http://[fe80::1]/",
    ):
        response = account.post("/webhooks/endpoints", json={"url": url, "events": ["message.sent"]})
        _error(response, 400, "INVALID_REQUEST", "url")
    assert account.get("/webhooks/endpoints").json()["data"]["total"] == 0


# ---- rate limits and dead tokens -----------------------------------------------------------


@pytest.fixture()
def limited_app(tmp_path, settings):
    app = create_app(make_settings(tmp_path, settings.database_url, rate_limits="5/minute;1000/hour"))
    yield app
    install(settings)


def test_a_revoked_token_does_not_spend_its_users_allowance(limited_app, unique_email):
    attacker = limited_app.test_client(client=("203.0.113.7", 40000))
    user = limited_app.test_client(client=("198.51.100.9", 40000))
    with attacker, user:
        account = register(user, unique_email)
        account.post("/auth/logout")  # the token is now dead; someone else still holds a copy
        for _ in range(10):
            response = attacker.get("/account", headers=account.headers)
            assert response.status_code in (401, 429)
        # Those requests were counted against the address they came from, not against the user.
        _error(attacker.get("/healthz"), 429, "RATE_LIMIT_EXCEEDED")
        account.sign_in()
        for _ in range(3):
            assert user.get("/account", headers=account.headers).status_code == 200


def test_a_forged_token_is_counted_against_its_address(limited_app, unique_email):
    client = limited_app.test_client(client=("203.0.113.8", 40000))
    with client:
        for _ in range(5):
            _error(client.get("/account", headers={"Authorization": "Bearer x.y.z"}), 401, "UNAUTHORIZED")
        _error(client.get("/healthz"), 429, "RATE_LIMIT_EXCEEDED")


# ---- objectives stored before the fix ------------------------------------------------------


def test_objectives_holding_a_surrogate_are_never_written(account):
    response = _raw(
        account, "POST", "/onboarding/objectives", '{"target_roles": ["Eng@@"]}'.replace("@@", "\\udfff")
    )
    _error(response, 400, "INVALID_REQUEST", "target_roles.0")
    with db.reading() as session:
        assert session.get(Objectives, account.id) is None
