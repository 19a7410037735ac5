"""The command line as a person uses it: `careeros contacts import` against a real database."""

from __future__ import annotations

import subprocess

import pytest

from tests.live import CAREEROS, careeros, service_env
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
