"""The review queue over HTTP: pending drafts, approve (schedule, edits), reject, bulk, history."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from models import Contact, Message, db
from tests.api.test_auth import _error


def _pending_ids(account, limit=20):
    return [d["id"] for d in account.get(f"/messages/pending?limit={limit}").json()["data"]["drafts"]]


def _future(**delta) -> str:
    return (datetime.now(UTC) + timedelta(**delta)).replace(microsecond=0).isoformat().replace("+00:00", "Z")


# ---- pending -----------------------------------------------------------------------------


def test_pending_defaults_to_five_oldest_first(seeded):
    response = seeded.get("/messages/pending")
    assert response.status_code == 200
    data = response.json()["data"]
    assert data["total"] == 12 and data["has_more"] is True and len(data["drafts"]) == 5
    times = [d["generated_at"] for d in data["drafts"]]
    assert times == sorted(times)
    draft = data["drafts"][0]
    assert set(draft) == {
        "id",
        "contact",
        "message",
        "quality_score",
        "personalization_score",
        "generated_at",
        "follow_up_step",
        "follows",
        "score_reasons",
    }
    assert (draft["follow_up_step"], draft["follows"]) == (0, None)
    # the rubric in words: its length verdict and its ask at least
    assert any("words" in r for r in draft["score_reasons"]) and any(
        "ask" in r for r in draft["score_reasons"]
    )
    assert set(draft["contact"]) == {"id", "name", "title", "company", "linkedin_url"}
    assert set(draft["message"]) == {"subject", "body", "preview"}
    assert draft["message"]["body"].startswith(("Hi ", "Hello ", "Dear "))
    assert 0 <= draft["quality_score"] <= 100 and 0 <= draft["personalization_score"] <= 100
    assert len(draft["message"]["preview"]) <= 140


def test_pending_pages_without_overlap(seeded):
    first = seeded.get("/messages/pending?limit=5&offset=0").json()["data"]
    second = seeded.get("/messages/pending?limit=5&offset=5").json()["data"]
    third = seeded.get("/messages/pending?limit=5&offset=10").json()["data"]
    ids = [d["id"] for page in (first, second, third) for d in page["drafts"]]
    assert len(ids) == len(set(ids)) == 12
    assert third["has_more"] is False and len(third["drafts"]) == 2
    beyond = seeded.get("/messages/pending?offset=50").json()["data"]
    assert beyond == {"drafts": [], "total": 12, "has_more": False}


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("limit=21", "limit"),
        ("limit=0", "limit"),
        ("limit=abc", "limit"),
        ("offset=-1", "offset"),
        ("sort=name", "sort"),
    ],
)
def test_pending_rejects_bad_paging(account, query, field):
    _error(account.get(f"/messages/pending?{query}"), 400, "INVALID_REQUEST", field)


def test_pending_shows_only_my_drafts(seeded, other_account):
    assert other_account.get("/messages/pending").json()["data"]["total"] == 0


# ---- approve -----------------------------------------------------------------------------


def test_approve_immediately(seeded):
    message_id = _pending_ids(seeded)[0]
    before = datetime.now(UTC).replace(microsecond=0)
    response = seeded.post(f"/messages/{message_id}/approve", json={"schedule": "immediate"})
    assert response.status_code == 200
    approved = response.json()["data"]["message"]
    assert approved["id"] == message_id and approved["status"] == "approved"
    assert datetime.fromisoformat(approved["scheduled_at"]) >= before
    assert message_id not in _pending_ids(seeded)
    shown = seeded.get(f"/messages/{message_id}").json()["data"]
    assert shown["status"] == "approved" and shown["approved_at"] is not None


def test_approve_without_body_means_immediately(seeded):
    message_id = _pending_ids(seeded)[0]
    assert seeded.post(f"/messages/{message_id}/approve").json()["data"]["message"]["status"] == "approved"


def test_approve_for_later(seeded):
    message_id = _pending_ids(seeded)[0]
    when = _future(days=2)
    response = seeded.post(f"/messages/{message_id}/approve", json={"schedule": when})
    assert response.json()["data"]["message"]["scheduled_at"] == when


def test_approve_accepts_other_offsets_and_answers_in_utc(seeded):
    message_id = _pending_ids(seeded)[0]
    local = (
        (datetime.now(UTC) + timedelta(days=1))
        .astimezone(__import__("zoneinfo").ZoneInfo("America/New_York"))
        .replace(microsecond=0)
    )
    response = seeded.post(f"/messages/{message_id}/approve", json={"schedule": local.isoformat()})
    scheduled = response.json()["data"]["message"]["scheduled_at"]
    assert scheduled.endswith("Z") and datetime.fromisoformat(scheduled) == local


@pytest.mark.parametrize(
    "schedule",
    ["yesterday", "2020-01-01T00:00:00Z", "2099-01-01T00:00:00Z", "2027-01-01T10:00:00", "tomorrow at noon"],
)
def test_approve_rejects_bad_schedules_and_changes_nothing(seeded, schedule):
    message_id = _pending_ids(seeded)[0]
    _error(
        seeded.post(f"/messages/{message_id}/approve", json={"schedule": schedule}),
        400,
        "INVALID_REQUEST",
        "schedule",
    )
    assert seeded.get(f"/messages/{message_id}").json()["data"]["status"] == "pending"


def test_approve_with_edits_keeps_what_will_be_sent(seeded):
    message_id = _pending_ids(seeded)[0]
    original = seeded.get(f"/messages/{message_id}").json()["data"]["message"]
    edits = {
        "subject": "  Your talk on streaming joins ",
        "body": "Hi there,\n\nA better body.\n\nBest,\nDana",
    }
    seeded.post(f"/messages/{message_id}/approve", json={"edits": edits})
    shown = seeded.get(f"/messages/{message_id}").json()["data"]
    assert shown["message"]["subject"] == "Your talk on streaming joins"
    assert shown["message"]["body"] == edits["body"]
    assert shown["edited"] is True
    with db.reading() as session:
        stored = session.get(Message, message_id)
        assert stored.original_subject == original["subject"] and stored.original_body == original["body"]


def test_approve_with_partial_edits_changes_only_that_part(seeded):
    message_id = _pending_ids(seeded)[0]
    original = seeded.get(f"/messages/{message_id}").json()["data"]["message"]
    seeded.post(f"/messages/{message_id}/approve", json={"edits": {"subject": "New subject line here"}})
    shown = seeded.get(f"/messages/{message_id}").json()["data"]["message"]
    assert shown["subject"] == "New subject line here" and shown["body"] == original["body"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"edits": {}}, "edits"),
        ({"edits": {"subject": "   "}}, "edits.subject"),
        ({"edits": {"body": ""}}, "edits.body"),
        ({"edits": {"subject": "x" * 201}}, "edits.subject"),
        ({"edits": {"signature": "x"}}, "edits.signature"),
        ({"schedule": 5}, "schedule"),
        ({"when": "immediate"}, "when"),
    ],
)
def test_approve_rejects_bad_bodies(seeded, body, field):
    message_id = _pending_ids(seeded)[0]
    _error(seeded.post(f"/messages/{message_id}/approve", json=body), 400, "INVALID_REQUEST", field)


def test_approving_twice_is_a_conflict(seeded):
    message_id = _pending_ids(seeded)[0]
    seeded.post(f"/messages/{message_id}/approve")
    error = _error(seeded.post(f"/messages/{message_id}/approve"), 409, "CONFLICT")
    assert "approved" in error["message"]


def test_approving_a_sent_message_is_a_conflict(seeded):
    message_id = _pending_ids(seeded)[0]
    with db.writing() as session:
        session.execute(
            update(Message).where(Message.id == message_id).values(status="sent", sent_at=datetime.now(UTC))
        )
    _error(seeded.post(f"/messages/{message_id}/approve"), 409, "CONFLICT")


def test_another_users_message_is_not_found(seeded, other_account):
    message_id = _pending_ids(seeded)[0]
    for call in (
        lambda: other_account.get(f"/messages/{message_id}"),
        lambda: other_account.post(f"/messages/{message_id}/approve"),
        lambda: other_account.post(f"/messages/{message_id}/reject", json={"reason": "other"}),
    ):
        _error(call(), 404, "NOT_FOUND")
    assert seeded.get(f"/messages/{message_id}").json()["data"]["status"] == "pending"


def test_unknown_and_malformed_ids(account):
    # Ids in any form we might have issued (the original API document writes `msg_001`) are
    # looked up, and one that names nothing of this user's is 404, like any unknown resource.
    for unknown in ("msg_0000000000000000000000000a", "msg_001", "12", "contact_01m872j8q3taksy27dpkmvh1wq"):
        _error(account.get(f"/messages/{unknown}"), 404, "NOT_FOUND")
        _error(account.post(f"/messages/{unknown}/approve"), 404, "NOT_FOUND")
    # Only what protects us stays refused: characters outside the id alphabet, and length.
    _error(account.get("/messages/a.b"), 400, "INVALID_REQUEST", "message_id")
    _error(account.get("/messages/" + "m" * 65), 400, "INVALID_REQUEST", "message_id")
    _error(account.get("/messages/a%0Ab"), 400, "INVALID_REQUEST")


def test_a_draft_to_a_contact_without_email_fails_at_approval(seeded):
    message_id = _pending_ids(seeded)[0]
    with db.writing() as session:
        contact_id = session.get(Message, message_id).contact_id
        session.execute(update(Contact).where(Contact.id == contact_id).values(email=None))
    error = _error(seeded.post(f"/messages/{message_id}/approve"), 409, "CONFLICT")
    assert "email" in error["message"]
    shown = seeded.get(f"/messages/{message_id}").json()["data"]
    assert shown["status"] == "failed" and "email" in shown["failure_reason"]


# ---- reject ------------------------------------------------------------------------------


def test_reject_with_reason_and_feedback(seeded):
    message_id = _pending_ids(seeded)[0]
    response = seeded.post(
        f"/messages/{message_id}/reject", json={"reason": "too_generic", "feedback": "Mention her paper."}
    )
    assert response.json()["data"] == {"message_id": message_id, "status": "rejected"}
    shown = seeded.get(f"/messages/{message_id}").json()["data"]
    assert shown["rejection"] == {"reason": "too_generic", "feedback": "Mention her paper."}
    assert shown["rejected_at"] is not None
    _error(seeded.post(f"/messages/{message_id}/reject", json={"reason": "other"}), 409, "CONFLICT")
    _error(seeded.post(f"/messages/{message_id}/approve"), 409, "CONFLICT")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "reason"),
        ({"reason": "boring"}, "reason"),
        ({"reason": "other", "feedback": "x" * 2001}, "feedback"),
    ],
)
def test_reject_rejects_bad_bodies(seeded, body, field):
    message_id = _pending_ids(seeded)[0]
    _error(seeded.post(f"/messages/{message_id}/reject", json=body), 400, "INVALID_REQUEST", field)


def test_reject_needs_a_body(seeded):
    message_id = _pending_ids(seeded)[0]
    _error(seeded.post(f"/messages/{message_id}/reject"), 400, "INVALID_REQUEST")


# ---- bulk --------------------------------------------------------------------------------


def test_bulk_approve_reports_each_failure(seeded, other_account):
    from careeros.demo import populate

    populate(other_account.id, contacts=10, drafts=2, history=False, seed=3)
    foreign = _pending_ids(other_account)[0]
    mine = _pending_ids(seeded)
    seeded.post(f"/messages/{mine[0]}/approve")
    ids = [mine[1], mine[2], mine[0], foreign, "msg_0000000000000000000000000z"]
    response = seeded.post("/messages/bulk-approve", json={"message_ids": ids, "schedule": "immediate"})
    assert response.status_code == 200
    data = response.json()["data"]
    assert data["approved"] == 2 and data["failed"] == 3
    assert [m["id"] for m in data["messages"]] == [mine[1], mine[2]]
    assert {f["message_id"]: f["code"] for f in data["failures"]} == {
        mine[0]: "CONFLICT",
        foreign: "NOT_FOUND",
        "msg_0000000000000000000000000z": "NOT_FOUND",
    }
    assert other_account.get(f"/messages/{foreign}").json()["data"]["status"] == "pending"


def test_bulk_approve_with_a_schedule_spaces_the_sends(seeded):
    ids = _pending_ids(seeded)[:3]
    when = _future(hours=5)
    data = seeded.post("/messages/bulk-approve", json={"message_ids": ids, "schedule": when}).json()["data"]
    planned = [datetime.fromisoformat(m["scheduled_at"]) for m in data["messages"]]
    assert planned[0] == datetime.fromisoformat(when)
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(planned)]
    assert all(90 <= gap <= 121 for gap in gaps), gaps  # the account's 90 s gap plus up to a third as jitter


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"message_ids": []}, "message_ids"),
        ({"message_ids": ["msg_a"] * 2}, "message_ids"),
        ({"message_ids": [f"msg_{i}" for i in range(101)]}, "message_ids"),
        ({}, "message_ids"),
        ({"message_ids": ["msg_a"], "schedule": "2001-01-01T00:00:00Z"}, "schedule"),
    ],
)
def test_bulk_approve_rejects_bad_bodies(seeded, body, field):
    _error(seeded.post("/messages/bulk-approve", json=body), 400, "INVALID_REQUEST", field)


def test_bulk_approve_with_a_bad_schedule_approves_nothing(seeded):
    ids = _pending_ids(seeded)[:2]
    seeded.post("/messages/bulk-approve", json={"message_ids": ids, "schedule": "soon"})
    assert set(ids) <= set(_pending_ids(seeded))


# ---- history -----------------------------------------------------------------------------


def test_history_filters_by_status_newest_first(seeded):
    ids = _pending_ids(seeded)
    seeded.post(f"/messages/{ids[0]}/approve")
    seeded.post(f"/messages/{ids[1]}/reject", json={"reason": "too_long"})
    everything = seeded.get("/messages?limit=100").json()["data"]
    assert everything["total"] == 12
    created = [m["generated_at"] for m in everything["messages"]]
    assert created == sorted(created, reverse=True)
    approved = seeded.get("/messages?status=approved").json()["data"]
    assert [m["id"] for m in approved["messages"]] == [ids[0]] and approved["total"] == 1
    rejected = seeded.get("/messages?status=rejected").json()["data"]["messages"]
    assert rejected[0]["rejection"]["reason"] == "too_long"
    _error(seeded.get("/messages?status=lost"), 400, "INVALID_REQUEST", "status")
    _error(seeded.get("/messages?limit=101"), 400, "INVALID_REQUEST", "limit")


def test_history_is_per_user(seeded, other_account):
    assert other_account.get("/messages").json()["data"]["total"] == 0
    with db.reading() as session:
        assert session.scalar(select(Message.id).where(Message.user_id == seeded.id)) is not None
