"""The review console in a real browser (Debian's Chromium through Playwright) against a live
`make run`-style service: the whole journey a person makes, a token that expires mid-session,
sign-out, accessibility (axe-core in the page) and screenshots of every screen at 1280 and 390 px
under build/console/. Nothing may leave loopback.

Also, without a browser: the console calls only operations of the spec, carries no inline
script, and is served with a strict Content-Security-Policy.
"""

from __future__ import annotations

import re
import subprocess
import time
from email import message_from_bytes, policy
from pathlib import Path

import httpx
import pytest
import yaml

from tests import fixtures
from tests.conftest import BACKEND
from tests.live import CAREEROS, free_port, service_env, wait_until_healthy

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "careeros" / "web" / "console" / "static"
SHOTS = ROOT / "build" / "console"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
DEMO = {"email": "demo@careeros.dev", "password": "careeros-demo"}
TTL = 30  # seconds: the shortest access token the service issues, so refreshes happen in the test


# ---- without a browser ----------------------------------------------------------------------


def _console_operations() -> dict[str, tuple[str, str]]:
    source = (STATIC / "api.js").read_text()
    block = source[source.index("export const OPERATIONS") : source.index("};")]
    return {
        name: (method, path) for name, method, path in re.findall(r'(\w+): \["(\w+)", "([^"]+)"\]', block)
    }


def test_the_console_calls_only_operations_of_the_spec():
    spec = yaml.safe_load((ROOT / "openapi" / "careeros.yaml").read_text())
    by_id = {
        op["operationId"]: (method.upper(), path)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }
    used = _console_operations()
    assert len(used) >= 25
    for name, route in used.items():
        assert by_id.get(name) == route, f"{name}: the console says {route}, the spec {by_id.get(name)}"
    # every call goes through api.js, by operationId
    for path in STATIC.glob("*.js"):
        text = path.read_text()
        if path.name != "api.js":
            assert "fetch(" not in text and "XMLHttpRequest" not in text, path.name
        for name in re.findall(r'call\("(\w+)"', text) + re.findall(r'upload\("(\w+)"', text):
            assert name in used, f"{path.name} calls {name}, which api.js does not list"


def test_the_pages_carry_no_inline_script_or_style_and_nothing_from_elsewhere():
    page = (STATIC / "index.html").read_text()
    assert re.findall(r"<script(?![^>]*\bsrc=)", page) == []
    assert (
        " style=" not in page
        and "<style" not in page
        and " on" not in re.sub(r"<(script|link)[^>]*>", "", page)
    )
    for path in STATIC.iterdir():
        text = path.read_text()
        loads = r"""(src|href)=["']https?://|url\(\s*["']?https?://|(import|from)\s*["']https?://|@import"""
        assert not re.search(loads, text), f"{path.name} loads from elsewhere"
        assert "innerHTML" not in text and "eval(" not in text, path.name


def test_the_console_is_served_with_a_strict_policy(client):
    assert client.get("/", follow_redirects=False).headers["location"] == "/app/"
    page = client.get("/app/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    policy = page.headers["content-security-policy"]
    assert (
        "default-src 'none'" in policy and "script-src 'self'" in policy and "'unsafe-inline'" not in policy
    )
    assert "connect-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert page.headers["x-content-type-options"] == "nosniff"
    assert client.get("/app/app.js").headers["content-type"].startswith("text/javascript")
    assert client.get("/app/nope.js").status_code == 404
    assert client.post("/app/").status_code == 405


# ---- in a browser ---------------------------------------------------------------------------

browser = pytest.mark.skipif(BACKEND != "sqlite", reason="the console's browser tests run in the SQLite leg")


@pytest.fixture(scope="module")
def console(tmp_path_factory, own_database_url):
    """`make run`'s recipe with a 30-second access token, in the background."""
    if BACKEND != "sqlite":
        pytest.skip("the console's browser tests run in the SQLite leg")
    var = tmp_path_factory.mktemp("console")
    port = free_port()
    env = service_env(var, own_database_url, CAREEROS_PORT=str(port), CAREEROS_ACCESS_TOKEN_TTL=str(TTL))
    careeros = str(CAREEROS)
    for args in (["migrate"], ["demo", "--contacts", "1500"]):
        subprocess.run([careeros, *args], env=env, check=True, capture_output=True, timeout=300)
    log = (var / "serve.log").open("w")
    process = subprocess.Popen(
        [careeros, "serve", "--sample-contacts", "300", "--allow-loopback-webhooks"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(base, process, var / "serve.log")
        yield base, var
    finally:
        process.terminate()
        process.wait(timeout=15)
        log.close()


def _sign_in(page, base):
    page.goto(f"{base}/")
    page.get_by_label("Email").fill(DEMO["email"])
    page.get_by_label("Password").fill(DEMO["password"])
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name="Review drafts").wait_for(state="attached")
    page.locator("#detail article").wait_for()


def _axe(page, screen: str) -> None:
    """axe-core in the page (evaluated by the test, so the page's CSP stays as served)."""
    if not AXE.exists():
        if __import__("os").environ.get("CI") == "true":
            pytest.fail("axe-core is missing (npm ci)")
        pytest.skip("axe-core not installed (npm ci)")
    page.evaluate(AXE.read_text() + "\n;0")
    result = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
    serious = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in result
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], f"{screen}: {serious}"


def _shoot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _outbox(var: Path) -> list[str]:
    """Each mail of the file outbox as its decoded subject and body."""
    folder = var / "outbox"
    mails = [message_from_bytes(p.read_bytes(), policy=policy.default) for p in sorted(folder.glob("*.eml"))]
    return [f"{m['Subject']}\n{m.get_content()}" for m in mails]


def _wait(predicate, timeout=30.0, step=0.25):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    raise AssertionError("timed out waiting")


@browser
def test_a_person_onboards_reviews_pauses_and_reads_the_dashboard(console, tmp_path):
    from tests.browser import browser_page

    base, var = console
    with browser_page(viewport={"width": 1280, "height": 900}) as page:
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        _sign_in(page, base)
        assert page.locator("#outreach-state").inner_text() == "Active"
        # last week's silent threads have follow-ups in the queue on most days of the week: one
        # shows beneath the message it follows
        follow_up = page.locator(".queue li", has=page.locator(".badge"))
        if follow_up.count():
            follow_up.first.locator("button").click()
            page.locator("#detail .earlier h3").wait_for()
            assert "Earlier in this thread" in page.locator("#detail .earlier h3").inner_text()
            order = page.evaluate(
                "() => document.querySelector('#detail .earlier')"
                ".compareDocumentPosition(document.querySelector('#detail article'))"
            )
            assert order & 4  # DOCUMENT_POSITION_FOLLOWING: the follow-up comes after its parent
            assert page.locator("#detail article h3").inner_text().startswith("Re: ")
            page.locator(".queue li button").first.click()
        assert re.search(r"Sent today: \d+ / 50", page.locator("#sent-today").inner_text())
        _axe(page, "review")
        _shoot(page, "review-1280")

        # Settings: no gap between sends, so the journey does not wait minutes for its mail
        page.get_by_role("link", name="Settings").click()
        page.get_by_label("Seconds between two sends").fill("0")
        page.get_by_role("button", name="Save settings").click()
        page.get_by_text("Saved: waiting mail is planned again").wait_for()
        _axe(page, "settings")
        _shoot(page, "settings-1280")

        # Onboarding: upload, correct a field, objectives, import, simulate
        page.get_by_role("link", name="Onboarding").click()
        resume = tmp_path / "resume.txt"
        resume.write_bytes(fixtures.resume_text())
        page.set_input_files("#resume-file", str(resume))
        page.get_by_role("button", name="Upload").click()
        page.locator("#resume-result .ok").wait_for(timeout=30_000)
        page.locator("#profile-name").wait_for()
        page.locator("#profile-name").fill("Dana Q. Demo")
        page.get_by_role("button", name="Save name").click()
        page.get_by_text("Name saved").wait_for()
        page.locator("#objectives-roles").fill("Data Engineer, Machine Learning Engineer")
        page.get_by_role("button", name="Save objectives").click()
        page.get_by_text("Saved: matching runs again").wait_for()
        csv = tmp_path / "contacts.csv"
        csv.write_text(
            "name,email,title,company\n"
            "Rosa Example,rosa@quill.example.org,Data Engineer,Quill\n"
            "Bad Address,not-an-address,Data Engineer,Quill\n"
            "Theo Example,theo@quill.example.org,ML Engineer,Quill\n"
        )
        page.set_input_files("#import-file", str(csv))
        page.get_by_role("button", name="Import").click()
        page.locator("#import-result .ok").wait_for()
        assert "2 imported" in page.locator("#import-result .ok").inner_text()
        assert page.locator("#import-result table tbody tr").count() == 1  # the row with a broken address
        page.get_by_role("button", name="Run the simulation").click()
        page.locator("#simulate-result ul").wait_for()
        _axe(page, "onboarding")
        _shoot(page, "onboarding-1280")
        with httpx.Client(base_url=base) as api:
            token = api.post("/auth/login", json=DEMO).json()["data"]["session"]["token"]
            profile = api.get("/onboarding/profile", headers={"Authorization": f"Bearer {token}"}).json()[
                "data"
            ]
        assert profile["name"] == "Dana Q. Demo" and "name" in profile["corrected_fields"]

        # Review: edit and approve one
        page.get_by_role("link", name="Review").click()
        page.locator("#detail article").wait_for()
        first = page.locator(".queue li").first.inner_text()
        page.get_by_role("button", name="Edit", exact=True).click()
        subject = page.locator("#edit-subject")
        subject.fill("Edited in the console — a question")
        page.locator("#edit-body").fill(page.locator("#edit-body").input_value() + "\nP.S. Edited by hand.")
        assert re.match(r"\d+ words", page.locator("#word-count").inner_text())
        page.get_by_role("button", name="Save edits and approve").click()
        page.get_by_text("Approved: it goes").wait_for()
        _wait(
            lambda: page.locator(".queue li").first.inner_text() != first, timeout=10
        )  # gone from the queue
        # reject one with feedback and see its regenerated draft arrive without a reload
        rejected_to = page.locator("#detail .contact h2").inner_text()
        page.locator("#reject-reason").select_option("too_generic")
        page.locator("#reject-feedback").fill("mention that I led a five-person team")
        page.get_by_role("button", name="Reject", exact=True).click()
        page.get_by_text("The new draft is here").wait_for(timeout=60_000)
        assert page.locator("#detail .contact h2").inner_text() == rejected_to
        assert "five-person team" in page.locator("#detail article .body").inner_text()
        # bulk-approve three, with the keyboard for the selection (from the top of the queue: the
        # regenerated draft is the newest, at its end)
        page.locator(".queue li button").first.click()
        page.locator("#main").focus()
        for _ in range(3):
            page.keyboard.press("x")
            page.keyboard.press("j")
        page.get_by_role("button", name="Approve selected (3)").click()
        page.locator("#bulk-result").get_by_text("3 approved").wait_for()
        _wait(lambda: sum("Edited in the console" in mail for mail in _outbox(var)) == 1)

        # pause: nothing leaves; resume: it goes
        page.get_by_role("button", name="Pause sending").click()
        page.locator("#outreach-state", has_text="Paused").wait_for()
        before = len(_outbox(var))
        page.locator("#detail article").wait_for()
        page.get_by_role("button", name="Approve", exact=True).click()
        page.get_by_text("Approved: it goes").wait_for()
        time.sleep(3)
        assert len(_outbox(var)) == before
        page.get_by_role("button", name="Resume sending").click()
        page.locator("#outreach-state", has_text="Active").wait_for()
        _wait(lambda: len(_outbox(var)) > before)
        edited = next(mail for mail in _outbox(var) if "Edited in the console" in mail)
        assert "Edited by hand." in edited

        # the dashboard shows the new numbers
        page.get_by_role("link", name="Outcomes").click()
        page.get_by_role("button", name="All time").click()
        page.locator("figure svg rect").first.wait_for()
        sent = int(page.locator(".figure", has_text="sent").locator(".value").first.inner_text())
        assert sent >= 5
        _axe(page, "outcomes")
        _shoot(page, "outcomes-1280")
        assert errors == [] and page.refused == []


@browser
def test_a_token_expiring_mid_session_does_not_sign_the_person_out(console):
    from tests.browser import browser_page

    base, _ = console
    with browser_page(viewport={"width": 1280, "height": 900}) as page:
        refreshes: list[int] = []
        page.on("response", lambda r: refreshes.append(r.status) if r.url.endswith("/auth/refresh") else None)
        _sign_in(page, base)
        page.wait_for_timeout((TTL + 8) * 1000)  # longer than the access token lives
        assert refreshes and set(refreshes) == {200}  # refreshed ahead of expiry, rotating each time
        page.get_by_role("link", name="Outcomes").click()
        page.get_by_role("heading", name="Outcomes").wait_for()
        assert page.get_by_role("heading", name="Sign in to CareerOS").count() == 0
        # a reload of the tab keeps the session (the refresh token is in this tab's sessionStorage)
        page.reload()
        page.get_by_role("heading", name="Outcomes").wait_for()
        # sign out revokes the session: the refresh token it held no longer works
        held = page.evaluate("() => sessionStorage.getItem('careeros.refresh')")
        page.get_by_role("button", name="Sign out").click()
        page.get_by_role("heading", name="Sign in to CareerOS").wait_for()
        assert page.evaluate("() => sessionStorage.getItem('careeros.refresh')") is None
        assert httpx.post(f"{base}/auth/refresh", json={"refresh_token": held}).status_code == 401
        assert page.refused == []


@browser
def test_every_screen_on_a_phone(console):
    from tests.browser import browser_page

    base, _ = console
    with browser_page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True) as page:
        _sign_in(page, base)
        for screen in ("review", "onboarding", "outcomes", "settings"):
            page.goto(f"{base}/app/#/{screen}")
            page.locator("main h1, main h2").first.wait_for()
            page.wait_for_timeout(300)
            width = page.evaluate("() => document.documentElement.scrollWidth")
            assert width <= 390, f"{screen} scrolls sideways on a phone ({width}px)"
            _axe(page, f"{screen} at 390px")
            _shoot(page, f"{screen}-390")
        assert page.refused == []


def test_the_readme_shows_the_console():
    readme = (ROOT / "README.md").read_text()
    assert "/app/" in readme and "docs/console-review.png" in readme
    assert (ROOT / "docs" / "console-review.png").exists()
