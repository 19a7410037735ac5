"""careeros/security.py: what the keys sign and how long it lasts, with no settings read behind
the caller's back: every function is given the Keys it uses."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import jwt
import pytest
import time_machine

from careeros import security
from careeros.security import InvalidToken, Keys

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
KEYS = Keys("k" * 48, access_ttl=timedelta(minutes=5), refresh_ttl=timedelta(days=2))
OTHER = Keys("o" * 48)


def test_keys_come_from_the_settings_and_never_print_the_secret(settings):
    keys = Keys.of(replace(settings, access_token_ttl=90, refresh_token_ttl=600))
    assert (keys.secret, keys.access_ttl, keys.refresh_ttl) == (
        settings.secret_key,
        timedelta(seconds=90),
        timedelta(seconds=600),
    )
    assert settings.secret_key not in repr(keys)


def test_an_access_token_lasts_its_keys_ttl_and_names_user_and_session():
    token, expires_at = security.issue_access_token(KEYS, "usr_1", "ses_1", NOW)
    assert expires_at == NOW + timedelta(minutes=5)
    claims = jwt.decode(token, KEYS.secret, algorithms=["HS256"], options={"verify_exp": False})
    assert (claims["sub"], claims["sid"], claims["iss"]) == ("usr_1", "ses_1", "careeros")
    assert claims["exp"] - claims["iat"] == 300


def test_a_token_is_only_good_under_the_keys_that_signed_it():
    token, _ = security.issue_access_token(KEYS, "usr_1", "ses_1", datetime.now(UTC))
    assert security.decode_access_token(KEYS, token)["sub"] == "usr_1"
    with pytest.raises(InvalidToken, match="not valid"):
        security.decode_access_token(OTHER, token)


def test_an_expired_token_says_so():
    token, _ = security.issue_access_token(KEYS, "usr_1", "ses_1", datetime.now(UTC) - timedelta(hours=1))
    with pytest.raises(InvalidToken, match="expired"):
        security.decode_access_token(KEYS, token)


def test_the_token_s_own_algorithm_is_never_trusted():
    claims = {"iss": "careeros", "sub": "u", "sid": "s", "jti": "j", "iat": 1, "exp": 2**40}
    unsigned = jwt.encode(claims, key=None, algorithm="none")
    with pytest.raises(InvalidToken):
        security.decode_access_token(KEYS, unsigned)


def test_an_inbound_token_carries_a_mac_of_its_keys():
    token, token_hash = security.new_inbound_token(KEYS)
    assert token.startswith("inb_") and token_hash == security.hash_refresh_token(token)
    assert security.inbound_token_is_ours(KEYS, token)
    assert not security.inbound_token_is_ours(OTHER, token)  # another deployment's key
    body, mac = token.rsplit(".", 1)
    assert not security.inbound_token_is_ours(KEYS, f"{body}x.{mac}")  # forged body
    assert not security.inbound_token_is_ours(KEYS, body)  # no MAC at all
    assert not security.inbound_token_is_ours(KEYS, token + "a" * 100)  # too long to be ours


def test_passwords_hash_with_argon2id_and_a_missing_account_costs_the_same():
    stored = security.hash_password("correct horse battery staple")
    assert stored.startswith("$argon2id$")
    assert security.verify_password(stored, "correct horse battery staple")
    assert not security.verify_password(stored, "wrong")
    assert not security.verify_password(None, "anything")  # verified against a dummy hash
    assert not security.verify_password("not-a-hash", "anything")


def test_a_token_checked_once_still_expires_on_time_and_its_claims_are_the_callers():
    """Checked tokens are kept per process; the expiry is still checked on every use."""
    issued = datetime.now(UTC)
    token, expires_at = security.issue_access_token(KEYS, "usr_9", "ses_9", issued)
    with time_machine.travel(issued, tick=False):
        first = security.decode_access_token(KEYS, token)
        first["sub"] = "someone else"  # the caller's copy
        assert security.decode_access_token(KEYS, token)["sub"] == "usr_9"
    with (
        time_machine.travel(expires_at + timedelta(seconds=1), tick=False),
        pytest.raises(InvalidToken, match="expired"),
    ):
        security.decode_access_token(KEYS, token)
    with pytest.raises(InvalidToken, match="not valid"):
        security.decode_access_token(OTHER, token)  # kept under the keys that checked it
