"""`make run` end to end: the Makefile's own recipe, then the demo account through the API.

The recipe's commands are read from the Makefile and run as written (with the suite's virtual
environment), the last one, `careeros serve`, in the background on a free loopback port.
"""

from __future__ import annotations

import json
import re
import shlex
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.utils import parsedate_to_datetime
from pathlib import Path

import httpx
import pytest
from standardwebhooks import Webhook

from tests.live import free_port, service_env, wait_until_healthy

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def _run_recipe() -> list[list[str]]:
    text = (ROOT / "Makefile").read_text()
    recipe = re.search(r"^run:.*\n((?:\t.*\n)+)", text, re.MULTILINE).group(1)
    bin_dir = str(Path(sys.executable).parent)
    return [shlex.split(line.strip().replace("$(BIN)", bin_dir)) for line in recipe.splitlines()]


@pytest.fixture(scope="module")
def running(tmp_path_factory, own_database_url):
    var = tmp_path_factory.mktemp("make-run")
    port = free_port()
    env = service_env(var, own_database_url, CAREEROS_PORT=str(port))
    *setup, serve = _run_recipe()
    assert serve[1] == "serve"
    outputs = [
        subprocess.run(cmd, env=env, capture_output=True, text=True, check=True, timeout=300).stdout
        for cmd in setup
    ]
    log = (var / "serve.log").open("w")
    process = subprocess.Popen(serve, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(base, process, var / "serve.log")
        yield base, outputs, var, env
    finally:
        process.terminate()
        process.wait(timeout=15)
        log.close()


def _demo(base: str) -> httpx.Client:
    """A client signed in as the demo account, as the banner says."""
    client = httpx.Client(base_url=base, timeout=10)
    login = client.post("/auth/login", json={"email": "demo@careeros.dev", "password": "careeros-demo"})
    assert login.status_code == 200, login.text
    client.headers["Authorization"] = f"Bearer {login.json()['data']['session']['token']}"
    return client


def test_banner_says_where_to_go_and_how_to_sign_in(running):
    base, outputs, var, _ = running
    banner = (var / "serve.log").read_text()
    assert f"{base}/app/" in banner and banner.index("/app/") < banner.index("/ui/")  # the console first
    assert f"{base}/ui/" in banner
    assert "demo@careeros.dev / careeros-demo" in banner
    assert "demo account created" in outputs[-1] or "already exists" in outputs[-1]


def test_the_demo_account_can_review_its_drafts(running):
    base, *_ = running
    client = _demo(base)
    pending = client.get("/messages/pending?limit=20").json()["data"]
    everything = (
        pending["drafts"] + client.get("/messages/pending?limit=20&offset=20").json()["data"]["drafts"]
    )
    # fifteen first messages, and the follow-ups of last week's silent threads that are due
    drafts = [d for d in everything if d["follow_up_step"] == 0]
    follow_ups = [d for d in everything if d["follow_up_step"]]
    assert len(drafts) == 15 and pending["total"] == 15 + len(follow_ups) == len(everything)
    for follow_up in follow_ups:
        followed = client.get(f"/messages/{follow_up['follows']}").json()["data"]
        assert followed["status"] == "sent" and follow_up["message"]["subject"].startswith("Re: ")
    first_names = {d["contact"]["name"].split()[0] for d in drafts}
    assert all(d["message"]["body"].split()[1].rstrip(",") in first_names for d in drafts)
    assert len({d["message"]["subject"] for d in drafts}) > len(drafts) // 2  # varied, not one template
    approved = client.post(f"/messages/{drafts[0]['id']}/approve", json={"schedule": "immediate"})
    assert approved.status_code == 200, approved.text
    assert approved.json()["data"]["message"]["status"] == "approved"
    rejected = client.post(f"/messages/{drafts[1]['id']}/reject", json={"reason": "too_generic"})
    assert rejected.json()["data"]["status"] == "rejected"
    status = client.get("/system/status").json()["data"]
    assert status["health"] == {"database": "healthy", "queue": "healthy", "ai_service": "healthy"}
    dashboard = client.get("/analytics/dashboard?period=week").json()["data"]
    assert dashboard["messages_generated"] > 0 and dashboard["contacts_discovered"] > 0
    docs = client.get("/ui/")
    assert docs.status_code == 200


def test_the_demo_has_a_directory_a_profile_and_objectives(running):
    base, *_ = running
    client = _demo(base)
    contacts = client.get("/contacts?limit=100").json()["data"]
    assert contacts["total"] >= 5000
    assert len({c["company"] for c in contacts["contacts"]}) > 20
    assert client.get("/onboarding/objectives").json()["data"]["target_roles"]
    simulation = client.post("/onboarding/simulate").json()["data"]
    assert simulation["estimated_matches"] > 100 and simulation["confidence"] == "high"


def test_running_the_setup_again_changes_nothing(running):
    _, _, _, env = running
    *setup, _ = _run_recipe()
    second = [
        subprocess.run(cmd, env=env, capture_output=True, text=True, check=True, timeout=300).stdout
        for cmd in setup
    ]
    assert "already exists" in second[-1]


def test_a_new_user_sees_personal_drafts_within_a_minute(running):
    base, *_ = running
    client = httpx.Client(base_url=base, timeout=10)
    signup = client.post(
        "/auth/register",
        json={"email": "newcomer@example.com", "password": "a-long-password", "name": "Nia Newcomer"},
    )
    assert signup.status_code == 201, signup.text
    client.headers["Authorization"] = f"Bearer {signup.json()['data']['session']['token']}"
    resume = (
        b"Nia Newcomer\nnia@example.com\n\nExperience\nBackend Engineer, Acme Payments | 2020 - Present\n\n"
        b"Education\nBSc in Computer Science, University of Leeds, 2019\n\nSkills\nGo, PostgreSQL, Kafka\n"
    )
    upload = client.post("/onboarding/resume", files={"file": ("cv.txt", resume, "text/plain")}).json()[
        "data"
    ]
    client.post("/onboarding/objectives", json={"target_roles": ["Backend Engineer", "Platform Engineer"]})
    deadline = time.monotonic() + 60
    pending = {"total": 0}
    while time.monotonic() < deadline and pending["total"] < 15:
        time.sleep(0.5)
        pending = client.get("/messages/pending?limit=20").json()["data"]
    assert pending["total"] == 15
    status = client.get(f"/onboarding/resume/{upload['upload_id']}/status").json()["data"]
    assert status["status"] == "complete"
    drafts = pending["drafts"]
    assert all(d["message"]["body"].startswith(("Hi ", "Hello ", "Dear ")) for d in drafts)
    assert all(d["contact"]["name"].split()[0] in d["message"]["body"].split("\n")[0] for d in drafts)
    assert any("Acme Payments" in d["message"]["body"] for d in drafts)  # from the parsed resume
    # Reject as too long, regenerate: the new draft is visibly shorter.
    target = drafts[0]
    client.post(f"/messages/{target['id']}/reject", json={"reason": "too_long"})
    new_id = client.post(f"/messages/{target['id']}/regenerate").json()["data"]["new_message_id"]
    new = {"status": "generating"}
    while time.monotonic() < deadline + 30 and new["status"] == "generating":
        time.sleep(0.3)
        new = client.get(f"/messages/{new_id}").json()["data"]
    assert new["status"] == "pending"
    assert len(new["message"]["body"].split()) < len(target["message"]["body"].split())


def test_an_approved_demo_draft_reaches_the_outbox_at_its_scheduled_time(running):
    base, _, var, _ = running
    client = _demo(base)
    draft = client.get("/messages/pending").json()["data"]["drafts"][0]
    # No spacing: an earlier test sent one just now, and this one is about the scheduled time.
    client.patch("/account", json={"send_gap_seconds": 0})
    when = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=4)
    approved = client.post(f"/messages/{draft['id']}/approve", json={"schedule": when.isoformat()}).json()[
        "data"
    ]
    assert approved["message"]["scheduled_at"] == when.isoformat().replace("+00:00", "Z")
    # Watch the outbox itself (polling the API would spend the demo account's rate limit).
    path = var / "outbox" / f"{draft['id']}@careeros.dev.eml"
    while datetime.now(UTC) < when - timedelta(seconds=1):
        assert not path.exists(), "sent before its scheduled time"
        time.sleep(0.2)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not path.exists():
        time.sleep(0.2)
    assert path.exists(), sorted(p.name for p in (var / "outbox").glob("*"))
    email = message_from_bytes(path.read_bytes(), policy=policy.default)
    assert (
        email["Subject"] == draft["message"]["subject"]
        and email["To"].addresses[0].display_name == draft["contact"]["name"]
    )
    assert parsedate_to_datetime(email["Date"]) >= when
    assert client.get(f"/messages/{draft['id']}").json()["data"]["status"] == "sent"


def test_an_integrator_receives_signed_events_for_approve_send_and_reply(running, httpserver):
    base, _, var, _ = running
    client = _demo(base)
    httpserver.expect_request("/careeros-hook", method="POST").respond_with_data("ok")
    endpoint = client.post(
        "/webhooks/endpoints",
        json={
            "url": httpserver.url_for("/careeros-hook"),
            "events": ["message.approved", "message.sent", "message.response_received"],
            "description": "integration test",
        },
    ).json()["data"]
    client.patch("/account", json={"send_gap_seconds": 0})
    draft = client.get("/messages/pending").json()["data"]["drafts"][0]
    client.post(f"/messages/{draft['id']}/approve", json={"schedule": "immediate"})
    path = var / "outbox" / f"{draft['id']}@careeros.dev.eml"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not path.exists():
        time.sleep(0.2)
    sent = message_from_bytes(path.read_bytes(), policy=policy.default)
    # The contact answers from Gmail; the provider's inbound route posts the raw email.
    reply = (
        f"From: {sent['To']}\r\nTo: {sent['From']}\r\nSubject: Re: {sent['Subject']}\r\n"
        f"In-Reply-To: {sent['Message-ID']}\r\nReferences: {sent['Message-ID']}\r\n"
        "Message-ID: <CAF=e2e-reply@mail.gmail.com>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Happy to talk next week.\r\n\r\nOn Mon, Dana wrote:\r\n> {draft['message']['preview']}\r\n"
    ).encode()
    inbound = client.post("/account/inbound-token").json()["data"]
    received = httpx.post(
        f"{base}{inbound['url']}", content=reply, headers={"content-type": "message/rfc822"}, timeout=10
    ).json()["data"]
    assert received["outcome"] == "reply" and received["message_id"] == draft["id"]
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(httpserver.log) < 3:
        time.sleep(0.2)
    payloads = [
        Webhook(endpoint["secret"]).verify(request.get_data(as_text=True), dict(request.headers))
        for request, _ in httpserver.log
    ]
    assert [p["event"] for p in payloads] == ["message.approved", "message.sent", "message.response_received"]
    assert all(p["data"]["message_id"] == draft["id"] for p in payloads)
    assert payloads[2]["data"]["response_preview"] == "Happy to talk next week."
    log = client.get("/webhooks/deliveries", params={"endpoint_id": endpoint["id"]}).json()["data"]
    assert log["total"] == 3 and {d["status"] for d in log["deliveries"]} == {"succeeded"}
    assert all(d["attempts"] == 1 and d["last_status_code"] == 200 for d in log["deliveries"])
    first = log["deliveries"][-1]
    again = client.post(f"/webhooks/deliveries/{first['id']}/redeliver")
    assert again.status_code == 202, again.text
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(httpserver.log) < 4:
        time.sleep(0.2)
    assert httpserver.log[3][0].headers["webhook-id"] == first["event_id"]


def test_a_post_offering_an_h2c_upgrade_is_served_as_http_1_1(running):
    """Java's HttpClient, Ktor and Spring's RestClient offer `Upgrade: h2c` on ordinary POSTs.
    The server must ignore the offer and read the body (RFC 9110 §7.8), not answer 400."""
    base, *_ = running
    host, port = base.removeprefix("http://").split(":")
    body = b'{"email": "demo@careeros.dev", "password": "careeros-demo"}'
    request = (
        b"POST /auth/login HTTP/1.1\r\n"
        + f"Host: {host}:{port}\r\n".encode()
        + b"Connection: Upgrade, HTTP2-Settings\r\n"
        b"Upgrade: h2c\r\n"
        b"HTTP2-Settings: AAEAAEAAAAIAAAABAAMAAABkAAQBAAAAAAUAAEAA\r\n"
        b"Content-Type: application/json\r\n" + f"Content-Length: {len(body)}\r\n\r\n".encode() + body
    )
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(request)
        response = b""
        while b"\r\n\r\n" not in response or not response.rstrip().endswith(b"}"):
            chunk = sock.recv(65536)
            if not chunk:
                break
            response += chunk
    status_line, _, rest = response.partition(b"\r\n")
    assert status_line == b"HTTP/1.1 200 OK", response[:500]
    assert json.loads(rest.partition(b"\r\n\r\n")[2])["data"]["user"]["email"] == "demo@careeros.dev"


def _try_out(page, method: str, path: str, body: dict | None = None) -> tuple[str, str]:
    """Expand an operation in Swagger UI, "Try it out", fill the JSON body, "Execute"; returns
    the status and the response body the page shows."""
    block = page.locator(f'.opblock-{method}:has(.opblock-summary-path[data-path="{path}"])')
    if not block.locator(".opblock-body").count():
        block.locator(".opblock-summary").click()
    if block.locator("button.try-out__btn", has_text="Try it out").count():
        block.locator("button.try-out__btn").click()
    if body is not None:
        block.locator("textarea.body-param__text").fill(json.dumps(body))
    live = block.locator(".live-responses-table .response")
    block.locator("button.execute").click()
    live.locator(".response-col_status").wait_for()
    status = live.locator(".response-col_status").inner_text().strip()
    shown = live.locator(".response-col_description pre").first.inner_text()
    block.locator("button.btn-clear").click()  # ready for the next execution
    return status, shown


def test_swagger_ui_in_a_real_browser_signs_in_and_calls_the_api(running):
    """What the banner promises, in Chromium: the whole API on /ui/, sign in as the demo account
    with "Try it out", paste the token into "Authorize", and call the API, also after a reload."""
    from tests.browser import browser_page

    base, *_ = running
    spec = json.loads(httpx.get(f"{base}/openapi.json").text)
    operations = sum(
        1
        for item in spec["paths"].values()
        for method in item
        if method in {"get", "post", "put", "patch", "delete"}
    )
    with browser_page() as page:
        page.goto(f"{base}/ui/")
        page.locator(".opblock").nth(operations - 1).wait_for()
        assert page.locator(".opblock").count() == operations
        assert "CareerOS" in page.locator(".info .title").inner_text()

        status, shown = _try_out(page, "get", "/account")
        assert status == "401" and json.loads(shown)["error"]["code"] == "UNAUTHORIZED"

        credentials = {"email": "demo@careeros.dev", "password": "careeros-demo"}
        status, shown = _try_out(page, "post", "/auth/login", credentials)
        assert status == "200", shown
        token = json.loads(shown)["data"]["session"]["token"]

        page.locator(".auth-wrapper button.authorize").click()
        modal = page.locator(".modal-ux")
        bearer = modal.locator("form", has=page.locator('input[aria-label="auth-bearer-value"]'))
        bearer.locator("input").fill(token)
        bearer.locator("button.authorize").click()
        modal.locator("button.btn-done").first.click()

        status, shown = _try_out(page, "get", "/account")
        assert status == "200", shown
        assert json.loads(shown)["data"]["user"]["email"] == credentials["email"]

        page.reload()  # persistAuthorization: the token survives a reload
        page.locator(".opblock").nth(operations - 1).wait_for()
        status, shown = _try_out(page, "get", "/messages/pending")
        assert status == "200", shown
        assert json.loads(shown)["data"]["drafts"]
        assert page.refused == [], "the UI reached outside loopback"
