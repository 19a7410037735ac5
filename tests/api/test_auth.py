"""Accounts and tokens over HTTP: register, login, refresh rotation and reuse, logout, JWT shape."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import jwt
import pytest
import time_machine
from sqlalchemy import select

from models import AuthSession, User, db
from tests.conftest import PASSWORD, register


def _error(response, status, code, field=None):
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["success"] is False
    assert body["error"]["code"] == code
    if field is not None:
        assert body["error"].get("field") == field
    return body["error"]


# ---- register ----------------------------------------------------------------------------


def test_register_creates_account_and_session(client, unique_email):
    response = client.post(
        "/auth/register",
        json={"email": unique_email.upper(), "password": PASSWORD, "name": "  Ada Lovelace "},
    )
    assert response.status_code == 201
    data = response.json()["data"]
    assert data["user"]["email"] == unique_email  # normalised
    assert data["user"]["name"] == "Ada Lovelace"
    assert data["user"]["id"].startswith("user_")
    assert data["session"]["refresh_token"].startswith("rt_")
    with db.reading() as session:
        stored = session.scalar(select(User).where(User.email == unique_email))
        assert stored.password_hash.startswith("$argon2id$")
        assert PASSWORD not in stored.password_hash


def test_register_same_email_in_other_case_is_conflict(client, unique_email):
    register(client, unique_email)
    response = client.post(
        "/auth/register", json={"email": unique_email.upper(), "password": PASSWORD, "name": "Again"}
    )
    _error(response, 409, "CONFLICT", "email")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"email": "not-an-email", "password": PASSWORD, "name": "X"}, "email"),
        ({"email": "a@example.com", "password": "short", "name": "X"}, "password"),
        ({"email": "a@example.com", "password": PASSWORD, "name": "   "}, "name"),
        ({"email": "a@example.com", "password": PASSWORD}, "name"),
        ({"email": "a@example.com", "password": PASSWORD, "name": "X", "admin": True}, "admin"),
        ({"email": 12, "password": PASSWORD, "name": "X"}, "email"),
    ],
)
def test_register_rejects_bad_input_naming_the_field(client, body, field):
    _error(client.post("/auth/register", json=body), 400, "INVALID_REQUEST", field)


def test_register_rejects_other_media_types(client):
    response = client.post("/auth/register", content="email=a@b.c", headers={"content-type": "text/plain"})
    _error(response, 415, "UNSUPPORTED_MEDIA_TYPE")


# ---- login -------------------------------------------------------------------------------


def test_login_returns_user_and_session(client, account):
    response = client.post("/auth/login", json={"email": account.email, "password": PASSWORD})
    assert response.status_code == 200
    data = response.json()["data"]
    assert data["user"] == {"id": account.id, "email": account.email, "name": "Test User"}
    assert set(data["session"]) == {"token", "refresh_token", "expires_at"}


def test_wrong_password_and_unknown_email_look_the_same(client, account):
    wrong = client.post("/auth/login", json={"email": account.email, "password": "nope-nope-nope"})
    unknown = client.post(
        "/auth/login", json={"email": "nobody-" + account.email, "password": "nope-nope-nope"}
    )
    assert _error(wrong, 401, "UNAUTHORIZED") == _error(unknown, 401, "UNAUTHORIZED")


def test_access_token_is_pinned_hs256_with_required_claims(client, account, settings):
    header = json.loads(base64.urlsafe_b64decode(account.token.split(".")[0] + "=="))
    assert header["alg"] == "HS256"
    claims = jwt.decode(account.token, settings.secret_key, algorithms=["HS256"], issuer="careeros")
    assert claims["sub"] == account.id
    assert {"exp", "iat", "jti", "sid"} <= set(claims)
    assert claims["exp"] - claims["iat"] == 15 * 60


def test_tokens_with_other_algorithms_or_keys_are_refused(client, account, settings):
    claims = jwt.decode(account.token, settings.secret_key, algorithms=["HS256"], issuer="careeros")
    forged_none = jwt.encode(claims, key=None, algorithm="none")
    forged_key = jwt.encode(claims, "another-secret-key-that-is-long-enough!!", algorithm="HS256")
    forged_alg = jwt.encode(claims, settings.secret_key, algorithm="HS512")
    for token in (forged_none, forged_key, forged_alg, "not.a.jwt", ""):
        response = client.get("/account", headers={"Authorization": f"Bearer {token}"})
        _error(response, 401, "UNAUTHORIZED")


def test_expired_access_token_is_refused(client, account):
    with time_machine.travel(datetime.now(UTC) + timedelta(minutes=16)):
        error = _error(account.get("/account"), 401, "UNAUTHORIZED")
    assert "expired" in error["message"]


def test_protected_operations_need_a_bearer_token(client):
    for method, path in [
        ("get", "/account"),
        ("get", "/messages/pending"),
        ("post", "/system/pause"),
        ("get", "/analytics/dashboard"),
        ("post", "/auth/logout"),
    ]:
        response = getattr(client, method)(path)
        _error(response, 401, "UNAUTHORIZED")
        response = getattr(client, method)(path, headers={"Authorization": "Basic dXNlcjpwYXNz"})
        _error(response, 401, "UNAUTHORIZED")


# ---- refresh -----------------------------------------------------------------------------


def _refresh(client, token):
    return client.post("/auth/refresh", json={"refresh_token": token})


def test_refresh_rotates_the_token(client, account):
    first = _refresh(client, account.refresh_token)
    assert first.status_code == 200
    data = first.json()["data"]
    assert data["refresh_token"] != account.refresh_token
    assert client.get("/account", headers={"Authorization": f"Bearer {data['token']}"}).status_code == 200
    second = _refresh(client, data["refresh_token"])
    assert second.status_code == 200


def test_reusing_a_rotated_refresh_token_revokes_the_whole_session(client, account):
    rotated = _refresh(client, account.refresh_token).json()["data"]
    # The old token comes back: theft is assumed, the family dies (RFC 9700 §4.14.2).
    error = _error(_refresh(client, account.refresh_token), 401, "UNAUTHORIZED")
    assert "already used" in error["message"]
    _error(_refresh(client, rotated["refresh_token"]), 401, "UNAUTHORIZED")
    for token in (rotated["token"], account.token):
        _error(client.get("/account", headers={"Authorization": f"Bearer {token}"}), 401, "UNAUTHORIZED")
    with db.reading() as session:
        sessions = session.scalars(select(AuthSession).where(AuthSession.user_id == account.id)).all()
        assert [s.revoked_reason for s in sessions] == ["refresh_token_reuse"]


def test_reuse_in_one_session_leaves_other_sessions_alone(client, account):
    other = client.post("/auth/login", json={"email": account.email, "password": PASSWORD}).json()["data"]
    _refresh(client, account.refresh_token)
    _refresh(client, account.refresh_token)
    assert (
        client.get("/account", headers={"Authorization": f"Bearer {other['session']['token']}"}).status_code
        == 200
    )


def test_unknown_and_expired_refresh_tokens_are_refused(client, account):
    _error(_refresh(client, "rt_does-not-exist"), 401, "UNAUTHORIZED")
    with time_machine.travel(datetime.now(UTC) + timedelta(days=31)):
        error = _error(_refresh(client, account.refresh_token), 401, "UNAUTHORIZED")
    assert "expired" in error["message"]


def test_refresh_needs_a_token(client):
    _error(client.post("/auth/refresh", json={}), 400, "INVALID_REQUEST", "refresh_token")


# ---- logout ------------------------------------------------------------------------------


def test_logout_without_body_ends_the_current_session(client, account):
    response = account.post("/auth/logout")
    assert response.json()["data"] == {"revoked_sessions": 1}
    _error(account.get("/account"), 401, "UNAUTHORIZED")
    _error(_refresh(client, account.refresh_token), 401, "UNAUTHORIZED")


def test_logout_with_a_refresh_token_ends_that_session_only(client, account):
    second = client.post("/auth/login", json={"email": account.email, "password": PASSWORD}).json()["data"]
    response = account.post("/auth/logout", json={"refresh_token": second["session"]["refresh_token"]})
    assert response.json()["data"] == {"revoked_sessions": 1}
    assert account.get("/account").status_code == 200
    _error(
        client.get("/account", headers={"Authorization": f"Bearer {second['session']['token']}"}),
        401,
        "UNAUTHORIZED",
    )
    # Again: nothing left to end, and that is not an error.
    again = account.post("/auth/logout", json={"refresh_token": second["session"]["refresh_token"]})
    assert again.json()["data"] == {"revoked_sessions": 0}


def test_logout_cannot_end_another_users_session(client, account, other_account):
    response = account.post("/auth/logout", json={"refresh_token": other_account.refresh_token})
    assert response.json()["data"] == {"revoked_sessions": 0}
    assert other_account.get("/account").status_code == 200


def test_logout_everywhere(client, account):
    client.post("/auth/login", json={"email": account.email, "password": PASSWORD})
    client.post("/auth/login", json={"email": account.email, "password": PASSWORD})
    response = account.post("/auth/logout", json={"all_sessions": True})
    assert response.json()["data"] == {"revoked_sessions": 3}
    _error(account.get("/account"), 401, "UNAUTHORIZED")


def test_the_session_check_reads_one_statement_and_writers_still_begin_immediate(account, settings):
    """On SQLite the per-request session check is one SELECT, without BEGIN around it; the
    connection it used goes back to the pool and writers still open BEGIN IMMEDIATE."""
    from sqlalchemy import event, text

    from models import db

    statements: list[str] = []

    def record(_conn, _cursor, statement, *_):
        statements.append(
            " ".join(statement.split()[:2]) if statement.startswith("BEGIN") else statement.split()[0]
        )

    event.listen(db.engine(), "before_cursor_execute", record)
    try:
        assert account.get("/account").status_code == 200
        request = list(statements)
        with db.writing() as session:
            session.execute(text("SELECT 1"))
    finally:
        event.remove(db.engine(), "before_cursor_execute", record)
    if db.engine().dialect.name == "sqlite":
        assert request[:2] == ["SELECT", "BEGIN DEFERRED"], request  # the check alone, then the handler
        assert statements[len(request) :] == ["BEGIN IMMEDIATE", "SELECT"], statements
