"""Hostile input against a real `careeros serve` (uvicorn on loopback): what only a real server
and real connections can show. Two users' requests interleaved on keep-alive and pipelined
connections never see each other's identity; a request uvicorn cannot parse is answered in the
envelope; a heavy inbound email never stalls other requests; concurrent retries with one
Idempotency-Key run the request once."""

from __future__ import annotations

import json
import re
import socket
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.live import GENEROUS_LIMITS, careeros, raw_exchange, service_env, serving

pytestmark = pytest.mark.slow
PASSWORD = "live-hostile-password"


@pytest.fixture(scope="module")
def live(tmp_path_factory, own_database_url):
    var = tmp_path_factory.mktemp("hostile")
    env = service_env(var, own_database_url, **GENEROUS_LIMITS)
    careeros("migrate", env=env)
    with serving(env, log_path=var / "serve.log", args=("--no-worker",)) as base:
        users = {}
        for name in ("ann", "ben"):
            response = httpx.post(
                f"{base}/auth/register",
                json={
                    "email": f"{name}-{uuid.uuid4().hex[:6]}@example.com",
                    "password": PASSWORD,
                    "name": name,
                },
            )
            assert response.status_code == 201, response.text
            data = response.json()["data"]
            users[name] = (data["user"]["id"], data["session"]["token"])
        yield base, users, var
    log = (var / "serve.log").read_text()
    assert "Traceback" not in log, log[-5000:]


MALFORMED = (
    "/onboarding/resume/a%0Ab%0Dc%C2%85d/status",
    "/account%0A",
    "/messages/x%0A/approve",
    "/webhooks/endpoints/%0Az",
)


def test_interleaved_users_never_see_each_others_identity(live):
    """Each user's keep-alive connection sends its own requests and malformed paths, both users at
    once: every answer about "me" names the caller, every malformed path is a 400."""
    base, users, _ = live
    errors: list[str] = []

    def session(name: str) -> None:
        user_id, token = users[name]
        with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}) as client:
            for round_ in range(40):
                me = client.get("/account")
                if me.status_code != 200 or me.json()["data"]["user"]["id"] != user_id:
                    errors.append(f"{name}: /account answered {me.status_code} {me.text[:200]}")
                path = MALFORMED[round_ % len(MALFORMED)]
                bad = client.request("POST" if "approve" in path else "GET", path)
                if bad.status_code != 400:
                    errors.append(f"{name}: {path} answered {bad.status_code} {bad.text[:200]}")
                # and the same path with no credentials at all, on the same connection
                anonymous = client.get(path, headers={"Authorization": ""})
                if anonymous.status_code != 400:
                    errors.append(f"{name}: anonymous {path} answered {anonymous.status_code}")

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(session, ["ann", "ben", "ann", "ben"]))
    assert errors == []


def _pipelined(base: str, raw_requests: list[bytes]) -> list[tuple[int, bytes]]:
    """Send several requests in one write on one connection (HTTP/1.1 pipelining) and read
    the answers in order."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(b"".join(raw_requests))
        data = b""
        answers: list[tuple[int, bytes]] = []
        while len(answers) < len(raw_requests):
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
            while True:
                head_end = data.find(b"\r\n\r\n")
                if head_end < 0:
                    break
                head = data[:head_end].decode("latin-1")
                length = int(re.search(r"(?im)^content-length:\s*(\d+)", head).group(1))
                if len(data) < head_end + 4 + length:
                    break
                status = int(head.split(" ", 2)[1])
                answers.append((status, data[head_end + 4 : head_end + 4 + length]))
                data = data[head_end + 4 + length :]
        return answers


def test_a_pipelined_request_never_inherits_the_previous_ones_context(live):
    # uvicorn starts the next pipelined request from inside the previous one's task, whose
    # context that task copies: a request that no middleware binds afresh could otherwise run
    # with the identity of the request before it on the connection.
    base, users, _ = live
    user_id, token = users["ann"]
    signed = f"GET /account HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n\r\n".encode()
    answers = []
    for path in MALFORMED:
        anonymous = f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode()
        answers += _pipelined(base, [signed, anonymous, signed, anonymous])
    for index, (status, body) in enumerate(answers):
        if index % 2 == 0:
            assert status == 200 and json.loads(body)["data"]["user"]["id"] == user_id
        else:
            assert status == 400 and json.loads(body)["error"]["code"] == "INVALID_REQUEST", body
            assert user_id.encode() not in body


@pytest.mark.parametrize(
    "raw",
    [
        b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Bad: a\x00b\r\n\r\n",
        b"POST /auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
        b"GET /healthz HTTP/1.1\r\nHost x\r\n\r\n",
    ],
    ids=["nul-in-header", "negative-content-length", "header-without-colon"],
)
def test_a_request_the_server_cannot_parse_is_answered_in_the_envelope(live, raw):
    base, _, _ = live
    head, _, body = raw_exchange(base, raw).partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400")
    assert b"content-type: application/json" in head.lower()
    error = json.loads(body)
    assert error["success"] is False and error["error"]["code"] == "INVALID_REQUEST"


def test_a_heavy_inbound_email_never_stalls_other_requests(live):
    """A reply built to make the reply parser's patterns quadratic (a long line of "On …" quote
    headers) and a large HTML mail: while they are read, /healthz is answered before either."""
    base, users, _ = live
    _, token = users["ben"]
    inbound = httpx.post(f"{base}/account/inbound-token", headers={"Authorization": f"Bearer {token}"})
    inbound_token = inbound.json()["data"]["token"]
    quadratic = "On Mon, Jan 1, 2024 at 10:00 AM Bob <b@x.com> " * 2000
    html = "<html><body>" + "<p>Lorem ipsum <b>dolor</b> sit amet</p>" * 150_000 + "</body></html>"
    emails = [
        f"From: b@x.com\r\nTo: ben@example.com\r\nSubject: Re: hi\r\n\r\n{quadratic}".encode(),
        (
            "From: c@x.com\r\nTo: ben@example.com\r\nSubject: Re: hi\r\nContent-Type: text/html\r\n\r\n"
            + html
        ).encode(),
    ]
    order: list[str] = []
    lock = threading.Lock()

    def post(raw: bytes) -> None:
        response = httpx.post(
            f"{base}/inbound/email",
            content=raw,
            headers={"Content-Type": "message/rfc822", "X-CareerOS-Inbound-Token": inbound_token},
            timeout=60,
        )
        assert response.status_code == 200, response.text
        with lock:
            order.append("email")

    threads = [threading.Thread(target=post, args=(raw,)) for raw in emails]
    for thread in threads:
        thread.start()
    health = httpx.get(f"{base}/healthz", timeout=60)
    with lock:
        order.append("healthz")
    for thread in threads:
        thread.join(60)
    assert health.status_code == 200
    assert order[0] == "healthz", order


def test_concurrent_retries_with_one_key_run_the_request_once(live):
    base, users, _ = live
    _, token = users["ann"]
    key = str(uuid.uuid4())
    body = {"url": f"https://hooks.example.com/{key}", "events": ["message.sent"]}
    headers = {"Authorization": f"Bearer {token}", "Idempotency-Key": key}
    barrier = threading.Barrier(8)

    def attempt(_):
        with httpx.Client(base_url=base, headers=headers) as client:
            barrier.wait(10)
            return client.post("/webhooks/endpoints", json=body)

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(attempt, range(8)))
    ran = [r for r in results if r.status_code == 201 and "idempotent-replayed" not in r.headers]
    replayed = [r for r in results if "idempotent-replayed" in r.headers]
    waiting = [r for r in results if r.status_code == 409]
    assert len(ran) == 1 and len(ran) + len(replayed) + len(waiting) == 8, [r.status_code for r in results]
    assert all(r.content == ran[0].content for r in replayed)
    assert all(r.json()["error"]["retry_after"] == 1 for r in waiting)
    endpoints = httpx.get(f"{base}/webhooks/endpoints", headers={"Authorization": f"Bearer {token}"}).json()
    assert [e["url"] for e in endpoints["data"]["endpoints"]].count(body["url"]) == 1
