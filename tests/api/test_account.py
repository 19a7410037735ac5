"""The account and its settings over HTTP."""

from __future__ import annotations

import pytest

from tests.api.test_auth import _error


def test_get_account(account):
    data = account.get("/account").json()["data"]
    assert data["user"] == {"id": account.id, "email": account.email, "name": "Test User"}
    assert data["settings"] == {
        "daily_limit": 50,
        "timezone": "UTC",
        "send_gap_seconds": 90,
        "sending_window": {"days": ["mon", "tue", "wed", "thu", "fri"], "start": "09:00", "end": "11:00"},
        "follow_ups": {"enabled": True, "count": 2, "waits": [4, 7]},
    }
    assert data["created_at"].endswith("Z")


def test_update_settings(account):
    response = account.patch(
        "/account", json={"daily_limit": 30, "timezone": "Europe/Berlin", "name": " Ada "}
    )
    assert response.status_code == 200
    data = response.json()["data"]
    assert data["settings"]["daily_limit"] == 30 and data["settings"]["timezone"] == "Europe/Berlin"
    assert data["user"]["name"] == "Ada"
    assert account.get("/account").json()["data"]["settings"]["daily_limit"] == 30


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"daily_limit": 0}, "daily_limit"),
        ({"daily_limit": 501}, "daily_limit"),
        ({"daily_limit": "ten"}, "daily_limit"),
        ({"timezone": "Mars/Olympus_Mons"}, "timezone"),
        ({"timezone": "../../etc/passwd"}, "timezone"),
        ({"email": "new@example.com"}, "email"),
        ({"name": ""}, "name"),
    ],
)
def test_update_rejects_bad_values_and_keeps_the_old_ones(account, body, field):
    _error(account.patch("/account", json=body), 400, "INVALID_REQUEST", field)
    settings = account.get("/account").json()["data"]["settings"]
    assert (settings["daily_limit"], settings["timezone"], settings["send_gap_seconds"]) == (50, "UTC", 90)


def test_update_needs_at_least_one_field(account):
    _error(account.patch("/account", json={}), 400, "INVALID_REQUEST")


def test_settings_are_per_user(account, other_account):
    account.patch("/account", json={"daily_limit": 7})
    assert other_account.get("/account").json()["data"]["settings"]["daily_limit"] == 50


@pytest.mark.parametrize("name", ["\u0085\u001c", "Ada\u2028Bcc: x@evil.example", "Ada\rLovelace", " \t "])
def test_a_name_is_one_line_without_control_characters(account, name):
    # The name becomes the From display name of every mail: control characters (C0, C1) and the
    # Unicode line and paragraph separators would break the header, so they are refused.
    _error(account.patch("/account", json={"name": name}), 400, "INVALID_REQUEST", "name")
    _error(
        account.client.post(
            "/auth/register", json={"email": "x@example.com", "password": "p" * 12, "name": name}
        ),
        400,
        "INVALID_REQUEST",
        "name",
    )


def test_a_name_may_hold_any_other_character(account):
    name = "Zoë\u00a0Ünal 張偉 — ∑"
    assert account.patch("/account", json={"name": name}).status_code == 200
    assert account.get("/account").json()["data"]["user"]["name"] == name


def test_sending_window_and_gap(account):
    window = {"days": ["fri", "tue", "wed"], "start": "08:30", "end": "10:00"}
    settings = account.patch("/account", json={"sending_window": window, "send_gap_seconds": 0}).json()[
        "data"
    ]
    assert settings["settings"]["sending_window"] == {
        "days": ["tue", "wed", "fri"],
        "start": "08:30",
        "end": "10:00",
    }
    assert settings["settings"]["send_gap_seconds"] == 0
