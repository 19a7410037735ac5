"""`careeros serve --no-worker` and a separate `careeros worker`, sharing only PostgreSQL:
the API takes the work, the worker drafts and sends it, and health sees the worker."""

from __future__ import annotations

import subprocess
import time

import httpx
import pytest

from tests.api.test_drafting import _directory_csv
from tests.live import CAREEROS, GENEROUS_LIMITS, careeros, service_env, serving
from tests.smtp import smtp_server

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def _wait(predicate, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.3)
    raise AssertionError("timed out")


def test_api_and_worker_in_separate_processes(own_database_url, tmp_path):
    with smtp_server() as (controller, recorder):
        env = service_env(
            tmp_path,
            own_database_url,
            CAREEROS_MAIL_URL=f"smtp://127.0.0.1:{controller.port}",
            CAREEROS_WORKER_POLL_MS="100",
            **GENEROUS_LIMITS,
        )
        careeros("migrate", env=env)
        with serving(env, log_path=tmp_path / "api.log", args=("--no-worker",)) as base:
            client = httpx.Client(base_url=base, timeout=10)
            signup = client.post(
                "/auth/register",
                json={"email": "split@example.com", "password": "long-password-1", "name": "Sam Split"},
            ).json()["data"]
            client.headers["Authorization"] = f"Bearer {signup['session']['token']}"
            client.post("/contacts/import", files={"file": ("c.csv", _directory_csv(200), "text/csv")})
            client.post("/onboarding/objectives", json={"target_roles": ["Data Engineer"]})
            client.patch("/account", json={"send_gap_seconds": 0})
            assert client.get("/system/status").json()["data"]["health"]["queue"] == "unhealthy"
            assert client.get("/messages/pending").json()["data"]["total"] == 0  # no worker yet

            worker = subprocess.Popen(
                [CAREEROS, "worker"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=(tmp_path / "worker.log").open("w"),
            )
            try:
                drafts = _wait(lambda: client.get("/messages/pending").json()["data"]["drafts"])
                assert client.get("/system/status").json()["data"]["health"]["queue"] == "healthy"
                client.post(f"/messages/{drafts[0]['id']}/approve")
                _wait(lambda: recorder.received)
                sent = _wait(lambda: client.get(f"/messages/{drafts[0]['id']}").json()["data"]["sent_at"])
                assert sent
            finally:
                worker.terminate()
                worker.wait(timeout=30)
            assert "Traceback" not in (tmp_path / "worker.log").read_text()
            assert len(recorder.received) == 1
