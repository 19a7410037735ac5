"""The command line as a person uses it: `careeros contacts import` against a real database, and
`careeros serve --processes 2`."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from tests.live import CAREEROS, careeros, free_port, raw_exchange, service_env, wait_until_healthy
from tests.unit.test_contact_import import LINKEDIN

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def env(tmp_path_factory, own_database_url):
    var = tmp_path_factory.mktemp("cli")
    env = service_env(var, own_database_url)
    careeros("migrate", env=env)
    careeros("demo", "--contacts", "20", "--drafts", "2", env=env)
    return env


def test_contacts_import_reports_what_it_did(env, tmp_path):
    export = tmp_path / "Connections.csv"
    export.write_text(LINKEDIN, encoding="utf-8-sig")
    result = careeros("contacts", "import", str(export), "--email", "DEMO@careeros.dev", env=env)
    assert "linkedin export: 4 rows, 2 imported, 0 updated, 0 unchanged, 2 with errors" in result.stdout
    assert "row 7: no name" in result.stderr
    again = careeros("contacts", "import", str(export), "--email", "demo@careeros.dev", env=env)
    assert "0 imported, 0 updated, 2 unchanged" in again.stdout


def test_contacts_import_refuses_unknown_accounts_and_non_csv(env, tmp_path):
    export = tmp_path / "c.csv"
    export.write_text("name\nJo\n")
    unknown = subprocess.run(
        [CAREEROS, "contacts", "import", str(export), "--email", "nobody@example.com"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert unknown.returncode == 1 and "no account with email" in unknown.stderr
    binary = tmp_path / "x.csv"
    binary.write_bytes(b"\x00\x01\x02")
    refused = subprocess.run(
        [CAREEROS, "contacts", "import", str(binary), "--email", "demo@careeros.dev"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert refused.returncode == 1 and "not a CSV" in refused.stderr


def _children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (from /proc: Linux, as the suite's machines are)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def test_serve_with_two_processes_shares_the_port_and_stops_them_all(env, tmp_path):
    """`serve --processes 2`: two API processes on one port, each with the service's own HTTP
    protocol (its JSON 400), the worker in the supervisor, and nothing left after SIGTERM."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log_path = tmp_path / "serve.log"
    process = subprocess.Popen(
        [CAREEROS, "serve", "--processes", "2"],
        env={**env, "CAREEROS_HOST": "127.0.0.1", "CAREEROS_PORT": str(port)},
        stdout=log_path.open("w"),
        stderr=subprocess.STDOUT,
    )
    try:
        wait_until_healthy(base, process, log_path, timeout=60)
        servers = [
            pid
            for pid in _children(process.pid)
            if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()
        ]
        assert len(servers) == 2, log_path.read_text()
        assert "Worker:                in the process supervising the 2 API processes" in log_path.read_text()

        token = httpx.post(
            f"{base}/auth/login", json={"email": "demo@careeros.dev", "password": "careeros-demo"}
        ).json()["data"]["session"]["token"]
        with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}) as client:
            for _ in range(6):  # new connections, spread over both processes
                assert (
                    client.get("/messages/pending?limit=2", headers={"Connection": "close"}).status_code
                    == 200
                )
            deadline = time.monotonic() + 30
            while client.get("/system/status").json()["data"]["health"]["queue"] != "healthy":
                assert time.monotonic() < deadline, "the supervisor's worker never beat"
                time.sleep(0.5)
        for _ in range(4):
            response = raw_exchange(base, b"GET / HTTP/9.x\r\nHost: x\r\n\r\n")
            head, _, body = response.partition(b"\r\n\r\n")
            assert head.startswith(b"HTTP/1.1 400"), response[:300]
            assert json.loads(body)["error"]["code"] == "INVALID_REQUEST"
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert process.returncode == 0, log_path.read_text()
    assert all(not Path(f"/proc/{pid}").exists() for pid in servers)
    assert "Traceback" not in log_path.read_text()


def test_serve_refuses_a_database_behind_the_code(tmp_path):
    """The schema check (asked in a child process, so that Alembic stays out of the server)."""
    env = service_env(tmp_path, f"sqlite:///{tmp_path / 'empty.db'}", CAREEROS_PORT=str(free_port()))
    refused = subprocess.run(
        [CAREEROS, "serve", "--no-worker"], env=env, capture_output=True, text=True, timeout=120
    )
    assert refused.returncode == 1
    assert (
        "the database is at revision empty" in refused.stderr and "run `careeros migrate`" in refused.stderr
    )


def test_serve_says_why_it_could_not_check_the_schema(tmp_path):
    closed = f"postgresql://nobody@127.0.0.1:{free_port()}/none"
    env = service_env(tmp_path, closed, CAREEROS_PORT=str(free_port()))
    refused = subprocess.run(
        [CAREEROS, "serve", "--no-worker"], env=env, capture_output=True, text=True, timeout=120
    )
    assert refused.returncode == 1
    assert "could not check the database's schema" in refused.stderr and "refused" in refused.stderr
    assert "Traceback" not in refused.stderr
