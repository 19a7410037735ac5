"""The contract test: Schemathesis against the live service, every check, every phase.

The service runs as `careeros serve` (uvicorn on loopback) on the suite's backend. Two users,
alice and bob, are seeded with directories and drafts so that links (pending → approve/reject)
walk real flows and object-level authorization is probed across peers; the demo account
exists so the spec's own login example signs in.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.live import GENEROUS_LIMITS, careeros, service_env, serving

pytestmark = [pytest.mark.contract, pytest.mark.slow]

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PEERS = ("alice", "bob")
PASSWORD = "contract-test-password"
EXAMPLES = int(os.environ.get("CAREEROS_CONTRACT_EXAMPLES", "100"))
SEED = os.environ.get("CAREEROS_CONTRACT_SEED", "20261124")


def _auth_document(path: Path) -> None:
    entries = []
    for name in PEERS:
        entries.append(
            {
                "name": name,
                "loginEndpointAuth": {
                    "endpoint": "/auth/login",
                    "verb": "POST",
                    "contentType": "application/json",
                    "payloadUserPwd": {
                        "username": f"{name}@example.com",
                        "usernameField": "email",
                        "password": PASSWORD,
                        "passwordField": "password",
                    },
                    "token": {
                        "extractFrom": "body",
                        "extractSelector": "/data/session/token",
                        "sendIn": "header",
                        "sendName": "Authorization",
                        "sendTemplate": "Bearer {token}",
                    },
                },
            }
        )
    path.write_text(json.dumps({"schemaVersion": "0.1.0", "auth": entries}))


def _seed(env: dict[str, str]) -> str:
    """Seed the peers; returns alice's inbound email token."""
    script = f"""
from careeros.settings import Settings, install
from models import db
settings = install(Settings.from_env())
db.configure(settings.database_url)
from careeros import accounts
from careeros.demo import ensure_demo, populate
ensure_demo(settings.demo_email, settings.demo_password, contacts=50, drafts=5)
from careeros.replies import receiving as replies
for index, name in enumerate({list(PEERS)!r}):
    user = accounts.register(
        name + "@example.com", {PASSWORD!r}, name.title(), policy=accounts.Policy.of(settings)
    )
    populate(user["user"]["id"], contacts=1500, drafts=150, seed=100 + index)
    if index == 0:
        print(replies.issue_token(user["user"]["id"], accounts.Policy.of(settings).keys)["token"])
"""
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, check=True, timeout=300, capture_output=True, text=True
    )
    return done.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def live_service(tmp_path_factory, own_database_url):
    var = tmp_path_factory.mktemp("contract")
    # Fuzzed endpoints name any host: delivery stays off so no request (nor DNS lookup) leaves.
    env = service_env(var, own_database_url, CAREEROS_WEBHOOK_DELIVERY="false", **GENEROUS_LIMITS)
    careeros("migrate", env=env)
    inbound_token = _seed(env)
    with serving(env, log_path=var / "serve.log") as base:
        yield base, var, inbound_token


def _config(path: Path, auth: Path, inbound_token: str) -> None:
    """The repository's schemathesis.toml (the documented exceptions), plus the two peers and
    alice's inbound token for this run."""
    extra = f"""
[auth.wfc]
# Two seeded users who must never see each other's objects (object_level_authorization).
path = {json.dumps(str(auth))}
peers = ["alice", "bob"]

[[operations]]
include-operation-id = "receive_email"
# alice's inbound email token (WFC auth above cannot be combined with [auth.openapi.*]).
headers = {{ X-CareerOS-Inbound-Token = {json.dumps(inbound_token)} }}
"""
    path.write_text((ROOT / "schemathesis.toml").read_text() + extra)


def test_schemathesis_finds_no_failures(live_service):
    base, var, inbound_token = live_service
    auth = var / "auth.json"
    _auth_document(auth)
    config = var / "schemathesis.toml"
    _config(config, auth, inbound_token)
    env = {
        **os.environ,
        # tests/contract/hooks.py: bodies for message/rfc822
        "SCHEMATHESIS_HOOKS": "tests.contract.hooks",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    command = [
        str(Path(sys.executable).with_name("schemathesis")),
        "--config-file",
        str(config),
        "run",
        str(ROOT / "openapi" / "careeros.yaml"),
        "--url",
        base,
        "--checks",
        "all",
        "--phases",
        "examples,coverage,fuzzing,stateful",
        "--max-examples",
        str(EXAMPLES),
        "--seed",
        SEED,
        "--generation-database",
        "none",
        "--report",
        "junit",
        "--report-dir",
        str(var / "report"),
        "--no-color",
    ]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=1200, cwd=var)
    summary = result.stdout[result.stdout.rfind("SUMMARY") :] if "SUMMARY" in result.stdout else result.stdout
    print(summary)
    assert result.returncode == 0, (
        f"Schemathesis reported failures:\n{result.stdout[-20000:]}\n{result.stderr}"
    )
    assert re.search(r"\d+ generated, \d+ passed", result.stdout), summary
    assert "Tested: " in result.stdout
    log = (var / "serve.log").read_text()
    assert "Traceback" not in log, f"the service logged an exception during the run:\n{log[-5000:]}"
