"""The original API document (`../shared/reference/careeros-api-contracts-v1.0.md`) is the
contract: every response example in it, and the three webhook events, are compared with the
live answer of the same operation. The live answer must carry the same keys at the same
nesting with the same JSON types (additions are fine, renames are not). The document's own
request examples are sent as they are written, its ids (`msg_001`) included."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from careeros.settings import install
from careeros.web.app import create_app
from models import db
from tests import fixtures
from tests.api.test_auth import _error
from tests.conftest import drain_worker, make_settings

ROOT = Path(__file__).resolve().parents[2]
DOCUMENT = ROOT.parent / "shared" / "reference" / "careeros-api-contracts-v1.0.md"


def _document() -> str:
    if not DOCUMENT.exists():  # CI has it beside the clone, as the workspace does
        pytest.fail(f"the original API document is missing: {DOCUMENT}")
    return DOCUMENT.read_text()


def _json_after(text: str, marker_end: int) -> object:
    block = re.compile(r"```json\n(.*?)\n```", re.S).search(text, marker_end)
    return json.loads(block.group(1))


def _examples(label: str) -> dict[tuple[str, str], object]:
    """{(METHOD, path): the JSON after `**<label>…:**`} for every `### METHOD /path` section."""
    text = _document()
    found = {}
    sections = list(re.finditer(r"^### (GET|POST|PUT|PATCH|DELETE) (\S+)$", text, re.M))
    for index, section in enumerate(sections):
        end = sections[index + 1].start() if index + 1 < len(sections) else len(text)
        body = text[section.end() : end]
        marker = re.search(rf"\*\*{label}[^*]*:\*\*\n```json", body)
        if marker:
            found[(section.group(1), section.group(2))] = _json_after(body, marker.start())
    return found


def response_examples() -> dict[tuple[str, str], object]:
    return _examples(r"Response \(\d{3}\)")


def request_examples() -> dict[tuple[str, str], object]:
    return _examples("Request")


def other_examples() -> dict[str, object]:
    """The error envelope, the 429 answer and the three webhook events."""
    text = _document()
    found = {}
    for name, marker in (
        ("error", r"\*\*Error Response Format:\*\*"),
        ("rate_limited", r"\*\*When Rate Limited \(429\):\*\*"),
        ("message.approved", r"\*\*message\.approved:\*\*"),
        ("message.sent", r"\*\*message\.sent:\*\*"),
        ("message.response_received", r"\*\*message\.response_received:\*\*"),
    ):
        found[name] = _json_after(text, re.search(marker, text).end())
    return found


def _kind(value) -> str:
    # JSON has one number type: 85 and 81.4 are both numbers.
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return {str: "string", list: "array", dict: "object", type(None): "null"}[type(value)]


def shape_differences(example, live, path: str = "$") -> list[str]:
    """Where `live` lacks a key of `example`, or holds another JSON type under it."""
    if _kind(example) != _kind(live):
        return [f"{path}: the document has {_kind(example)}, the service answers {_kind(live)}"]
    problems = []
    if isinstance(example, dict):
        for key, value in example.items():
            if key not in live:
                problems.append(f"{path}.{key}: missing")
            else:
                problems += shape_differences(value, live[key], f"{path}.{key}")
    elif isinstance(example, list) and example:
        if not live:
            problems.append(f"{path}: the service answered an empty list; nothing to compare")
        for index, item in enumerate(live):
            problems += shape_differences(example[0], item, f"{path}[{index}]")
    return problems


def test_the_comparison_itself_catches_renames_and_types():
    assert shape_differences({"a": {"b": 1}}, {"a": {"b": 2.5, "c": "extra"}}) == []
    assert shape_differences({"status": "x"}, {"system_status": "x"}) == ["$.status: missing"]
    assert shape_differences({"year": 2022}, {"year": "2022"}) == [
        "$.year: the document has number, the service answers string"
    ]
    assert shape_differences({"items": [{"id": "a"}]}, {"items": [{"id": "b"}, {"name": "c"}]}) == [
        "$.items[1].id: missing"
    ]


def test_the_document_is_read_whole():
    examples = response_examples()
    assert len(examples) == 15, sorted(examples)
    assert set(other_examples()) == {
        "error",
        "rate_limited",
        "message.approved",
        "message.sent",
        "message.response_received",
    }


# ---- the live answers ----------------------------------------------------------------------


def _ok(response, status: int | None = None) -> dict:
    assert response.status_code == (status or response.status_code) and response.status_code < 300, (
        response.text
    )
    return response.json()


@pytest.fixture(scope="module")
def answers(app, settings) -> dict[tuple[str, str], dict]:
    """Every operation of the document, called as its examples say, by the document's own user
    (user@example.com / secure_password)."""
    install(settings)
    requests = request_examples()
    live: dict[tuple[str, str], dict] = {}
    with app.test_client() as client:
        login_body = requests[("POST", "/auth/login")]
        existing = client.post("/auth/login", json=login_body)
        if existing.status_code != 200:
            _ok(client.post("/auth/register", json={**login_body, "name": "John Doe"}), 201)
        live[("POST", "/auth/login")] = login = _ok(client.post("/auth/login", json=login_body), 200)
        session = login["data"]["session"]
        headers = {"Authorization": f"Bearer {session['token']}"}
        live[("POST", "/auth/refresh")] = refreshed = _ok(
            client.post("/auth/refresh", json={"refresh_token": session["refresh_token"]}), 200
        )
        headers = {"Authorization": f"Bearer {refreshed['data']['token']}"}

        def call(method: str, path: str, **kw):
            return client.request(method, path, headers={**headers, **kw.pop("headers", {})}, **kw)

        # Onboarding first: a resume with jobs and degrees, the document's objectives.
        upload = _ok(
            client.post(
                "/onboarding/resume",
                headers=headers,
                files={"file": ("cv.txt", fixtures.resume_text(), "text/plain")},
            ),
            202,
        )
        live[("POST", "/onboarding/resume")] = upload
        drain_worker()
        upload_id = upload["data"]["upload_id"]
        live[("GET", "/onboarding/resume/{upload_id}/status")] = _ok(
            call("GET", f"/onboarding/resume/{upload_id}/status")
        )
        live[("POST", "/onboarding/objectives")] = _ok(
            call("POST", "/onboarding/objectives", json=requests[("POST", "/onboarding/objectives")])
        )
        people = "\n".join(
            f"Person {i} Example,ML Engineer,{company},p{i}.{company.lower()}@example.org,{place},"
            f"https://www.linkedin.com/in/person-{i}"
            for i, (company, place) in enumerate(
                [("OpenAI", "San Francisco"), ("DeepMind", "Remote"), ("OpenAI", "Remote")] * 3
            )
        )
        csv = ("name,title,company,email,location,linkedin_url\n" + people + "\n").encode()
        _ok(client.post("/contacts/import", headers=headers, files={"file": ("people.csv", csv, "text/csv")}))
        drain_worker()  # matching, then the drafting stages write the review queue
        live[("POST", "/onboarding/simulate")] = _ok(call("POST", "/onboarding/simulate"))

        # Review: the pending list, then approve, reject and regenerate three of its drafts.
        live[("GET", "/messages/pending")] = pending = _ok(call("GET", "/messages/pending"))
        first, second, third = (d["id"] for d in pending["data"]["drafts"][:3])
        live[("POST", "/messages/{message_id}/approve")] = _ok(
            call(
                "POST",
                f"/messages/{first}/approve",
                json=requests[("POST", "/messages/{message_id}/approve")],
            )
        )
        live[("POST", "/messages/{message_id}/reject")] = _ok(
            call(
                "POST", f"/messages/{second}/reject", json=requests[("POST", "/messages/{message_id}/reject")]
            )
        )
        live[("POST", "/messages/{message_id}/regenerate")] = _ok(
            call("POST", f"/messages/{third}/regenerate")
        )
        # The document's own ids (msg_001…) are looked up, and named in `failures` as not found.
        live[("POST", "/messages/bulk-approve")] = bulk = _ok(
            call("POST", "/messages/bulk-approve", json=requests[("POST", "/messages/bulk-approve")])
        )
        assert {f["code"] for f in bulk["data"]["failures"]} == {"NOT_FOUND"}

        live[("POST", "/system/pause")] = _ok(call("POST", "/system/pause"))
        live[("POST", "/system/resume")] = _ok(call("POST", "/system/resume"))
        live[("GET", "/system/status")] = _ok(call("GET", "/system/status"))
        live[("GET", "/analytics/dashboard")] = _ok(call("GET", "/analytics/dashboard?period=week"))
        # The error the document shows: a login without its email.
        live[("error", "")] = client.post("/auth/login", json={"password": "secure_password"}).json()
        live[("headers", "")] = dict(call("GET", "/system/status").headers)
    return live


DOCUMENTED = sorted(response_examples()) if DOCUMENT.exists() else []


@pytest.mark.parametrize(("method", "path"), DOCUMENTED, ids=[f"{m} {p}" for m, p in DOCUMENTED])
def test_every_response_example_has_the_live_shape(answers, method, path):
    example = response_examples()[(method, path)]
    assert shape_differences(example, answers[(method, path)]) == []


def test_pause_and_resume_say_what_the_document_says(answers):
    assert answers[("POST", "/system/pause")]["data"]["system_status"] == "paused"
    assert answers[("POST", "/system/resume")]["data"]["system_status"] == "active"
    assert answers[("POST", "/messages/{message_id}/regenerate")]["data"]["status"] == "generating"
    assert answers[("POST", "/onboarding/resume")]["data"]["status"] == "processing"
    assert answers[("GET", "/onboarding/resume/{upload_id}/status")]["data"]["status"] == "complete"
    assert answers[("POST", "/onboarding/objectives")]["data"]["objectives_saved"] is True
    assert answers[("GET", "/system/status")]["data"]["status"] == "active"
    assert set(answers[("GET", "/system/status")]["data"]["health"]) >= {"database", "queue", "ai_service"}
    assert answers[("POST", "/onboarding/simulate")]["data"]["confidence"] in {"high", "medium", "low"}


def test_the_error_envelope_has_the_documented_shape(answers):
    example = other_examples()["error"]
    live = answers[("error", "")]
    assert shape_differences(example, live) == []
    assert live["error"]["code"] == "INVALID_REQUEST" and live["error"]["field"] == "email"


def test_the_rate_limit_headers_are_the_documented_ones(answers):
    headers = {k.lower(): v for k, v in answers[("headers", "")].items()}
    for name in ("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"):
        assert headers[name].isdigit(), name
    assert int(headers["x-ratelimit-reset"]) > 1_700_000_000  # epoch seconds, as the document shows


def test_a_rate_limited_answer_has_the_documented_shape(tmp_path, settings):
    app = create_app(make_settings(tmp_path, settings.database_url, rate_limits="2/minute;100/hour"))
    try:
        with app.test_client(client=("192.0.2.44", 1)) as client:
            client.get("/healthz")
            client.get("/healthz")
            refused = client.get("/healthz")
            live = _error(refused, 429, "RATE_LIMIT_EXCEEDED")
            assert shape_differences(other_examples()["rate_limited"], refused.json()) == []
            assert live["retry_after"] == int(refused.headers["retry-after"])
    finally:
        install(settings)


# ---- the three webhook events ----------------------------------------------------------------


def test_the_three_webhook_events_have_the_documented_shapes(seeded, httpserver, settings):
    """Approve, send and answer a message with an endpoint on a real HTTP receiver on loopback:
    each event that arrives carries at least the document's fields, with its types."""
    from dataclasses import replace
    from datetime import UTC, datetime

    from careeros.sending.stage import send_due
    from tests.smtp import current_mail
    from webhooks.delivery import Options, deliver_due

    install(replace(settings, webhooks_allow_loopback=True))
    try:
        httpserver.expect_request("/doc-hook", method="POST").respond_with_data("ok")
        endpoint = seeded.post(
            "/webhooks/endpoints",
            json={
                "url": httpserver.url_for("/doc-hook"),
                "events": ["message.approved", "message.sent", "message.response_received"],
            },
        )
        assert endpoint.status_code == 201, endpoint.text
        seeded.patch("/account", json={"send_gap_seconds": 0})
        draft = seeded.get("/messages/pending").json()["data"]["drafts"][0]
        assert seeded.post(f"/messages/{draft['id']}/approve").status_code == 200
        while send_due(datetime.now(UTC), mail=current_mail()):
            pass
        sent = seeded.get(f"/messages/{draft['id']}").json()["data"]
        with db.reading() as session:
            from models import Message

            recipient = session.get(Message, draft["id"]).contact.email
        reply = (
            f"From: {recipient}\r\nTo: {seeded.email}\r\nSubject: Re: {sent['message']['subject']}\r\n"
            f"In-Reply-To: {sent['email_message_id']}\r\nMessage-ID: <doc-reply@example.org>\r\n\r\n"
            "Thanks for reaching out, happy to talk.\r\n"
        ).encode()
        inbound = seeded.client.post(
            "/inbound/email",
            content=reply,
            headers={"Content-Type": "message/rfc822", **seeded.inbound_headers()},
        )
        assert inbound.json()["data"]["outcome"] == "reply", inbound.text
        for _ in range(5):
            deliver_due(datetime.now(UTC), Options(allow_loopback=True))
        received = {}
        for request, _ in httpserver.log:
            body = json.loads(request.get_data())
            received[body["event"]] = body
        documented = other_examples()
        for event in ("message.approved", "message.sent", "message.response_received"):
            assert event in received, sorted(received)
            assert shape_differences(documented[event], received[event]) == [], event
    finally:
        install(settings)
