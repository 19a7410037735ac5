"""The dashboard over HTTP, computed from rows with known timestamps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from models import Contact, Message, db
from tests.api.test_auth import _error


def _seed(user_id: str) -> None:
    now = datetime.now(UTC)
    day = timedelta(days=1)
    with db.writing() as session:
        contacts = [
            Contact(
                user_id=user_id,
                name=f"Person {i}",
                email=f"p{i}@example.com",
                discovered_at=now - day * d if d is not None else None,
            )
            for i, d in enumerate([1, 2, 10, 40, None])
        ]
        session.add_all(contacts)
        session.flush()
        rows = [
            # (days ago generated, quality, status, days ago sent, days ago replied)
            (1, 80, "pending", None, None),
            (2, 90, "sent", 1, None),
            (3, 70, "replied", 2, 1),
            (5, 60, "bounced", 4, None),
            (12, 50, "sent", 11, None),
            (12, 40, "replied", 11, 9),
            (45, 100, "sent", 44, None),
            (2, None, "generating", None, None),
        ]
        for ago, quality, status, sent, replied in rows:
            session.add(
                Message(
                    user_id=user_id,
                    contact_id=contacts[0].id,
                    status=status,
                    quality_score=quality,
                    generated_at=now - day * ago if status != "generating" else None,
                    sent_at=now - day * sent if sent is not None else None,
                    replied_at=now - day * replied if replied is not None else None,
                )
            )


def test_dashboard_week_month_all_time(account):
    _seed(account.id)
    week = account.get("/analytics/dashboard?period=week").json()["data"]
    assert week["period"] == "week" and week["period_start"].endswith("Z")
    assert week["messages_generated"] == 4  # 1, 2, 3 and 5 days ago
    assert week["messages_sent"] == 3
    assert week["messages_replied"] == 1
    assert week["response_rate"] == round(1 / 3, 4)
    assert week["avg_quality_score"] == 75.0
    assert week["contacts_discovered"] == 2

    month = account.get("/analytics/dashboard?period=month").json()["data"]
    assert month["messages_generated"] == 6
    assert month["messages_sent"] == 5
    assert month["response_rate"] == 0.4
    assert month["avg_quality_score"] == 65.0
    assert month["contacts_discovered"] == 3

    everything = account.get("/analytics/dashboard?period=all_time").json()["data"]
    assert everything["period_start"] is None
    assert everything["messages_generated"] == 7
    assert everything["messages_sent"] == 6
    assert everything["contacts_discovered"] == 4


def test_dashboard_defaults_to_a_week_and_is_empty_for_a_new_user(account):
    data = account.get("/analytics/dashboard").json()["data"]
    assert data["period"] == "week"
    assert data["messages_generated"] == 0 and data["messages_sent"] == 0
    assert data["response_rate"] == 0 and data["avg_quality_score"] is None


def test_dashboard_is_per_user(account, other_account):
    _seed(account.id)
    assert other_account.get("/analytics/dashboard?period=all_time").json()["data"]["messages_sent"] == 0


def test_dashboard_rejects_unknown_periods(account):
    _error(account.get("/analytics/dashboard?period=year"), 400, "INVALID_REQUEST", "period")


def test_the_dashboard_draws_days_and_the_spread_of_quality(account):
    _seed(account.id)
    week = account.get("/analytics/dashboard?period=week").json()["data"]
    days = week["daily"]
    today = datetime.now(UTC).date()
    # every day of the period, oldest first, in the account's calendar
    assert [d["date"] for d in days] == [(today - timedelta(days=7 - i)).isoformat() for i in range(8)]
    by_date = {d["date"]: d for d in days}

    def on(ago):
        return by_date[(today - timedelta(days=ago)).isoformat()]

    assert (on(1)["generated"], on(1)["sent"], on(1)["replied"]) == (1, 1, 1)
    assert (on(2)["generated"], on(2)["sent"]) == (1, 1)  # the one still being written has no date
    assert on(4)["sent"] == 1  # it bounced, but it was sent, as `messages_sent` counts it
    assert sum(d["generated"] for d in days) == week["messages_generated"]
    assert sum(d["replied"] for d in days) == week["messages_replied"]
    buckets = {(b["min"], b["max"]): b["count"] for b in week["quality_distribution"]}
    assert buckets == {(0, 49): 0, (50, 59): 0, (60, 69): 1, (70, 79): 1, (80, 89): 1, (90, 100): 1}

    every = account.get("/analytics/dashboard?period=all_time").json()["data"]
    assert every["daily"][0]["date"] == (today - timedelta(days=45)).isoformat()
    assert sum(b["count"] for b in every["quality_distribution"]) == 7
    assert sum(d["sent"] for d in every["daily"]) == every["messages_sent"]

    account.patch("/account", json={"timezone": "Pacific/Kiritimati"})  # UTC+14: a day ahead
    shifted = account.get("/analytics/dashboard?period=week").json()["data"]["daily"]
    assert (
        shifted[-1]["date"] == datetime.now(UTC).astimezone(ZoneInfo("Pacific/Kiritimati")).date().isoformat()
    )
