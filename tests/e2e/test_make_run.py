"""`make run` end to end: the Makefile's own recipe, then the demo account through the API.

The recipe's commands are read from the Makefile and run as written (with the suite's virtual
environment), the last one, `careeros serve`, in the background on a free loopback port.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.live import free_port, service_env

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
    assert serve[-1] == "serve"
    outputs = [
        subprocess.run(cmd, env=env, capture_output=True, text=True, check=True, timeout=300).stdout
        for cmd in setup
    ]
    log = (var / "serve.log").open("w")
    process = subprocess.Popen(serve, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        else:
            raise AssertionError((var / "serve.log").read_text())
        yield base, outputs, var, env
    finally:
        process.terminate()
        process.wait(timeout=15)
        log.close()


def test_banner_says_where_to_go_and_how_to_sign_in(running):
    base, outputs, var, _ = running
    banner = (var / "serve.log").read_text()
    assert f"{base}/ui/" in banner
    assert "demo@careeros.dev / careeros-demo" in banner
    assert "demo account created" in outputs[-1] or "already exists" in outputs[-1]


def test_the_demo_account_can_review_its_drafts(running):
    base, *_ = running
    client = httpx.Client(base_url=base, timeout=10)
    login = client.post("/auth/login", json={"email": "demo@careeros.dev", "password": "careeros-demo"})
    assert login.status_code == 200, login.text
    client.headers["Authorization"] = f"Bearer {login.json()['data']['session']['token']}"
    pending = client.get("/messages/pending?limit=20").json()["data"]
    assert pending["total"] >= 20
    drafts = pending["drafts"]
    first_names = {d["contact"]["name"].split()[0] for d in drafts}
    assert all(d["message"]["body"].split()[1].rstrip(",") in first_names for d in drafts)
    assert len({d["message"]["subject"] for d in drafts}) > len(drafts) // 2  # varied, not one template
    approved = client.post(f"/messages/{drafts[0]['id']}/approve", json={"schedule": "immediate"})
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
    client = httpx.Client(base_url=base, timeout=10)
    token = client.post(
        "/auth/login", json={"email": "demo@careeros.dev", "password": "careeros-demo"}
    ).json()
    client.headers["Authorization"] = f"Bearer {token['data']['session']['token']}"
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
