"""Every failure, whoever raises it, answers in the envelope with the right status and code."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import yaml

from careeros import messages
from tests.api.test_auth import _error


def test_unknown_path_is_404_in_the_envelope(client):
    error = _error(client.get("/no/such/thing"), 404, "NOT_FOUND")
    assert "/no/such/thing" in error["message"]


def test_wrong_method_is_405_with_allow(account):
    response = account.delete("/messages/pending")
    _error(response, 405, "METHOD_NOT_ALLOWED")
    assert "GET" in response.headers["allow"]
    response = account.client.put("/auth/login", json={})
    _error(response, 405, "METHOD_NOT_ALLOWED")
    assert "POST" in response.headers["allow"]


def test_oversized_body_is_413_before_it_is_read(client, settings):
    big = b'{"email": "' + b"a" * (settings.max_body_bytes + 10) + b'"}'
    response = client.post("/auth/login", content=big, headers={"content-type": "application/json"})
    _error(response, 413, "PAYLOAD_TOO_LARGE")


def test_oversized_chunked_body_is_413(client, settings):
    def chunks():
        yield b'{"email": "'
        for _ in range(settings.max_body_bytes // 65536 + 2):
            yield b"a" * 65536
        yield b'"}'

    response = client.post("/auth/login", content=chunks(), headers={"content-type": "application/json"})
    _error(response, 413, "PAYLOAD_TOO_LARGE")


def test_chunked_body_within_the_limit_is_read(client, account):
    from tests.conftest import PASSWORD

    def chunks():
        yield b'{"email": "' + account.email.encode() + b'", '
        yield b'"password": "' + PASSWORD.encode() + b'"}'

    response = client.post("/auth/login", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 200, response.text


def test_bad_content_length_is_400(client):
    response = client.post(
        "/auth/login", content=b"{}", headers={"content-type": "application/json", "content-length": "ten"}
    )
    _error(response, 400, "INVALID_REQUEST")


@pytest.mark.parametrize("body", [b"{", b"[1, 2", b"\xff\xfe{}", b"null", b"[]", b'"text"'])
def test_malformed_json_is_400(client, body):
    response = client.post("/auth/login", content=body, headers={"content-type": "application/json"})
    _error(response, 400, "INVALID_REQUEST")


def test_unsupported_media_type_is_415(client):
    response = client.post("/auth/login", content=b"<login/>", headers={"content-type": "application/xml"})
    _error(response, 415, "UNSUPPORTED_MEDIA_TYPE")


def test_unexpected_exception_is_500_with_request_id_and_nothing_internal(account, monkeypatch, caplog):
    def explode(*args, **kwargs):
        raise RuntimeError("secret internal detail: password=hunter2")

    monkeypatch.setattr(messages, "list_pending", explode)
    with caplog.at_level(logging.ERROR, logger="careeros.web.errors"):
        response = account.get("/messages/pending", headers={"X-Request-ID": "trace-me-123"})
    error = _error(response, 500, "INTERNAL_ERROR")
    assert "trace-me-123" in error["message"] and "hunter2" not in response.text
    assert "RuntimeError" not in response.text
    assert response.headers["x-request-id"] == "trace-me-123"
    logged = [r for r in caplog.records if r.name == "careeros.web.errors"]
    assert logged and "trace-me-123" in logged[0].getMessage() and logged[0].exc_info


def test_every_response_has_a_request_id(client):
    assert client.get("/healthz").headers["x-request-id"].startswith("req_")
    assert client.get("/nowhere").headers["x-request-id"].startswith("req_")
    # An id that could break a log line is replaced, not echoed.
    response = client.get("/healthz", headers={"X-Request-ID": "bad id\twith spaces"})
    assert response.headers["x-request-id"].startswith("req_")


def test_swagger_ui_shows_the_whole_api_and_can_authorise_with_a_token(client):
    served = client.get("/openapi.json")
    assert served.status_code == 200 and served.json()["openapi"] == "3.0.3"
    spec = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi" / "careeros.yaml").read_text())
    served = served.json()
    # every path and operation of the contract, none lost on the way
    assert {p: sorted(item) for p, item in served["paths"].items()} == {
        p: sorted(item) for p, item in spec["paths"].items()
    }
    # the Authorize button: a bearer scheme, required by default, kept across reloads
    scheme = served["components"]["securitySchemes"]["bearerAuth"]
    assert (scheme["type"], scheme["scheme"], scheme["bearerFormat"]) == ("http", "bearer", "JWT")
    assert served["security"] == [{"bearerAuth": []}]
    ui = client.get("/ui/")
    assert ui.status_code == 200 and 'url: "/openapi.json"' in ui.text
    assert client.get("/ui/swagger-ui-config.json").json()["persistAuthorization"] is True
    assert client.get("/ui/swagger-ui-bundle.js").status_code == 200


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/auth/register", {"email": "a\u0000@example.com", "password": "x" * 12, "name": "A"}, "email"),
        ("/auth/register", {"email": "a@example.com", "password": "x" * 12, "name": "A\u0000"}, "name"),
        ("/auth/login", {"email": "a@example.com\u0000", "password": "x"}, "email"),
    ],
)
def test_text_with_nul_is_refused_on_every_backend(client, path, body, field):
    # PostgreSQL cannot store U+0000; the spec forbids it so both backends answer alike.
    _error(client.post(path, json=body), 400, "INVALID_REQUEST", field)


def test_nul_in_ids_and_feedback_is_refused(seeded):
    _error(
        seeded.post("/messages/bulk-approve", json={"message_ids": ["msg_\u0000"]}),
        400,
        "INVALID_REQUEST",
        "message_ids.0",
    )
    message_id = seeded.get("/messages/pending").json()["data"]["drafts"][0]["id"]
    _error(
        seeded.post(f"/messages/{message_id}/reject", json={"reason": "other", "feedback": "a\u0000"}),
        400,
        "INVALID_REQUEST",
        "feedback",
    )
