"""Small pieces with sharp edges: ids, time formats, settings, the Allow index, messages."""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime, timedelta, timezone

import pytest
import yaml
from jsonschema import Draft4Validator

from careeros.messages import preview, resolve_schedule
from careeros.settings import SPEC_PATH, Settings, SettingsError
from careeros.timefmt import iso, parse_rfc3339
from careeros.web.routing import AllowIndex
from careeros.web.validation import FORMATS, describe
from models import new_id


def test_ids_are_prefixed_time_ordered_and_unique():
    ids = [new_id("msg") for _ in range(2000)]
    assert len(set(ids)) == 2000
    assert all(re.fullmatch(r"msg_[0-9a-z]{26}", i) for i in ids)
    assert ids[0][:14] <= ids[-1][:14]  # the leading 48 bits are milliseconds


def test_iso_is_utc_with_z_and_parse_requires_an_offset():
    moment = datetime(2026, 2, 15, 22, 30, 5, 123456, tzinfo=timezone(timedelta(hours=1)))
    assert iso(moment) == "2026-02-15T21:30:05Z"
    assert parse_rfc3339("2026-02-15T21:30:00Z") == datetime(2026, 2, 15, 21, 30, tzinfo=UTC)
    assert parse_rfc3339("2026-02-15T22:30:00+01:00") == datetime(2026, 2, 15, 21, 30, tzinfo=UTC)
    with pytest.raises(ValueError):
        parse_rfc3339("2026-02-15T21:30:00")


def test_schedule_rules():
    now = datetime(2026, 2, 15, 12, tzinfo=UTC)
    assert resolve_schedule(None, now) == (now, False)
    assert resolve_schedule("immediate", now) == (now, False)
    assert resolve_schedule("optimal", now) == (now, True)
    assert resolve_schedule("2026-02-16T09:00:00Z", now) == (datetime(2026, 2, 16, 9, tzinfo=UTC), False)
    for bad in ("2026-02-15T11:59:59Z", "2026-02-15T12:00:00Z", "2027-03-01T00:00:00Z", "later", ""):
        with pytest.raises(Exception) as caught:
            resolve_schedule(bad, now)
        assert caught.value.field == "schedule"


def test_preview_cuts_at_a_word():
    assert preview("Hi Maya,\n\nShort.") == "Hi Maya, Short."
    long = "word " * 60
    cut = preview(long)
    assert len(cut) <= 140 and cut.endswith("…") and not cut.endswith(" …")


def test_allow_index_prefers_literal_paths():
    index = AllowIndex(yaml.safe_load(SPEC_PATH.read_text()))
    assert index.allowed("/account") == ["GET", "HEAD", "PATCH"]
    assert index.allowed("/messages/bulk-approve") == ["POST"]
    assert index.allowed("/messages/msg_x") == ["GET", "HEAD"]
    assert index.allowed("/nowhere") is None


def test_describe_names_fields_and_hides_long_values():
    schema = {
        "type": "object",
        "additionalProperties": False,
        "required": ["a"],
        "properties": {"a": {"type": "object", "properties": {"b": {"type": "integer", "maximum": 3}}}},
    }
    validator = Draft4Validator(schema)
    assert describe(next(validator.iter_errors({}))) == ("a is required", "a")
    assert describe(next(validator.iter_errors({"a": {}, "zz": 1}))) == ("zz is not a known field", "zz")
    assert describe(next(validator.iter_errors({"a": {"b": 9}}))) == ("a.b must be at most 3", "a.b")
    message, field = describe(next(validator.iter_errors({"a": {"b": "x" * 10_000}})))
    assert field == "a.b" and len(message) < 100


@pytest.mark.parametrize(
    ("address", "valid"),
    [
        ("ada@example.com", True),
        ("a!#$%&'*+-/=?^_`{|}~@ex-ample.org", True),
        ('"a b"@example.com', True),
        ("0@0.org*", False),
        ("a..b@example.com", False),
        ("ü@example.com", False),
        ("a" * 65 + "@x.com", False),
        ("no-at-sign", False),
        ("a@b.com.", False),
    ],
)
def test_email_format_is_real_syntax(address, valid):
    assert FORMATS.conforms(address, "email") is valid


def test_settings_defaults_and_errors(tmp_path):
    settings = Settings.from_env({"CAREEROS_VAR_DIR": str(tmp_path)})
    assert settings.database_url == f"sqlite:///{tmp_path / 'careeros.db'}"
    assert settings.mail_url == f"file://{tmp_path / 'outbox'}"
    assert (tmp_path / "secret_key").stat().st_mode & 0o777 == 0o600
    # The generated key is kept: tokens survive a restart.
    assert Settings.from_env({"CAREEROS_VAR_DIR": str(tmp_path)}).secret_key == settings.secret_key
    for env in (
        {"CAREEROS_PORT": "http"},
        {"CAREEROS_PORT": "70000"},
        {"CAREEROS_RATE_LIMITS": "lots"},
        {"CAREEROS_SECRET_KEY": "short"},
        {"CAREEROS_RATE_LIMIT_STORAGE": "mongodb://x"},
    ):
        with pytest.raises(SettingsError):
            Settings.from_env({"CAREEROS_VAR_DIR": str(tmp_path), **env})


def test_serve_tunes_glibc_malloc_unless_the_environment_already_does(monkeypatch):
    """`careeros serve` caps the malloc arenas and fixes the mmap and trim thresholds (for its own
    process and, through the environment, the API processes it starts); a value already set in
    the environment is the operator's and is kept."""
    from careeros.cli import _fewer_malloc_arenas

    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    monkeypatch.setenv("MALLOC_MMAP_THRESHOLD_", "65536")
    _fewer_malloc_arenas()
    assert os.environ["MALLOC_ARENA_MAX"] == "2"
    assert os.environ["MALLOC_TRIM_THRESHOLD_"] == str(128 * 1024)
    assert os.environ["MALLOC_MMAP_THRESHOLD_"] == "65536"
