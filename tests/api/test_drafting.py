"""Drafting over HTTP: the worker fills each active user's queue, regeneration steers rewrites."""

from __future__ import annotations

from dataclasses import replace

import pytest

from careeros import settings as settings_mod
from careeros.contacts.importer import import_csv
from careeros.demo.directory import people
from models import Message, db
from tests import fixtures
from tests.api.test_auth import _error
from tests.conftest import drain_worker


def _directory_csv(count: int, seed: int = 5) -> bytes:
    lines = ["name,title,company,email,linkedin_url,location,notes"]
    for p in people(count, seed=seed):
        notes = (p.notes or "").replace('"', '""')
        lines.append(f'{p.name},{p.title},{p.company},{p.email},{p.linkedin_url},"{p.location}","{notes}"')
    return ("\n".join(lines) + "\n").encode()


@pytest.fixture()
def onboarded(account):
    """A new user who uploaded a resume, imported a directory and set objectives."""
    account.post("/onboarding/resume", files={"file": ("cv.txt", fixtures.resume_text(), "text/plain")})
    import_csv(account.id, _directory_csv(300))
    account.post(
        "/onboarding/objectives",
        json={"target_roles": ["Data Engineer", "ML Engineer"], "exclusions": {"keywords": ["recruiter"]}},
    )
    return account


def _pending(account, limit=20):
    return account.get(f"/messages/pending?limit={limit}").json()["data"]


def test_a_new_user_gets_a_queue_of_personal_drafts(onboarded):
    assert _pending(onboarded)["total"] == 0
    drain_worker()
    pending = _pending(onboarded)
    assert pending["total"] == 15  # CAREEROS_DRAFT_QUEUE's default
    for draft in pending["drafts"]:
        title = draft["contact"]["title"].lower()
        assert "engineer" in title and ("data" in title or "machine" in title or "ml" in title)
        assert draft["message"]["body"].split("\n")[0].endswith(draft["contact"]["name"].split()[0] + ",")
        assert draft["quality_score"] >= 70
    assert len({d["contact"]["id"] for d in pending["drafts"]}) == 15
    full = onboarded.get(f"/messages/{pending['drafts'][0]['id']}").json()["data"]
    assert full["drafter"] == "builtin" and full["angle"]
    # Drafts use the parsed resume: the sender's own experience shows up.
    bodies = " ".join(d["message"]["body"] for d in pending["drafts"])
    assert "Spotify" in bodies
    assert onboarded.get("/analytics/dashboard").json()["data"]["contacts_discovered"] >= 15


def test_paused_users_get_no_drafts_until_they_resume(onboarded):
    onboarded.post("/system/pause")
    drain_worker()
    assert _pending(onboarded)["total"] == 0
    onboarded.post("/system/resume")
    drain_worker()
    assert _pending(onboarded)["total"] == 15


def test_without_objectives_nobody_is_drafted(account):
    import_csv(account.id, _directory_csv(50))
    drain_worker()
    assert account.get("/messages").json()["data"]["total"] == 0


def test_the_queue_is_topped_up_and_nobody_is_drafted_twice(onboarded):
    drain_worker()
    first = _pending(onboarded)["drafts"]
    onboarded.post("/messages/bulk-approve", json={"message_ids": [d["id"] for d in first[:3]]})
    onboarded.post(f"/messages/{first[3]['id']}/reject", json={"reason": "other"})
    drain_worker()
    again = _pending(onboarded)
    assert again["total"] == 15
    with db.reading() as session:
        contacts = [m.contact_id for m in session.query(Message).filter_by(user_id=onboarded.id)]
    assert len(contacts) == len(set(contacts)) == 19  # 15 pending + 3 approved + 1 rejected


def test_do_not_contact_people_are_never_drafted(onboarded):
    everyone = onboarded.get("/contacts?title=data engineer&limit=100").json()["data"]["contacts"]
    for contact in everyone:
        onboarded.post(f"/contacts/{contact['id']}/do-not-contact")
    drain_worker()
    drafted = {d["contact"]["id"] for d in _pending(onboarded)["drafts"]}
    assert drafted.isdisjoint({c["id"] for c in everyone})


# ---- regeneration --------------------------------------------------------------------------


def _regenerate(account, message_id):
    response = account.post(f"/messages/{message_id}/regenerate")
    assert response.status_code == 202, response.text
    data = response.json()["data"]
    assert data["status"] == "generating" and data["regenerated_from"] == message_id
    return data["new_message_id"]


def test_regenerate_supersedes_and_the_worker_writes_a_different_draft(seeded):
    old = _pending(seeded)["drafts"][0]
    new_id = _regenerate(seeded, old["id"])
    assert seeded.get(f"/messages/{old['id']}").json()["data"]["status"] == "superseded"
    assert seeded.get(f"/messages/{old['id']}").json()["data"]["superseded_by"] == new_id
    assert seeded.get(f"/messages/{new_id}").json()["data"]["status"] == "generating"
    drain_worker()
    new = seeded.get(f"/messages/{new_id}").json()["data"]
    assert new["status"] == "pending" and new["regenerated_from"] == old["id"]
    assert new["contact"]["id"] == old["contact"]["id"]
    assert new["message"]["body"] != old["message"]["body"]
    assert (
        new["angle"] != seeded.get(f"/messages/{old['id']}").json()["data"]["angle"]
        or new["message"]["subject"] != old["message"]["subject"]
    )


def test_rejection_feedback_steers_the_regenerated_draft(seeded):
    drafts = _pending(seeded)["drafts"]
    long_one, tone_one = drafts[0], drafts[1]
    seeded.post(f"/messages/{long_one['id']}/reject", json={"reason": "too_long"})
    seeded.post(
        f"/messages/{tone_one['id']}/reject",
        json={"reason": "other", "feedback": "Far too casual, please be more formal"},
    )
    shorter, formal = _regenerate(seeded, long_one["id"]), _regenerate(seeded, tone_one["id"])
    drain_worker()
    shorter = seeded.get(f"/messages/{shorter}").json()["data"]["message"]["body"]
    assert len(shorter.split()) < len(long_one["message"]["body"].split())
    assert seeded.get(f"/messages/{formal}").json()["data"]["message"]["body"].startswith("Dear ")


def test_what_cannot_be_regenerated(seeded, other_account):
    drafts = _pending(seeded)["drafts"]
    seeded.post(f"/messages/{drafts[0]['id']}/approve")
    _error(seeded.post(f"/messages/{drafts[0]['id']}/regenerate"), 409, "CONFLICT")
    seeded.post(f"/messages/{drafts[1]['id']}/reject", json={"reason": "wrong_contact"})
    error = _error(seeded.post(f"/messages/{drafts[1]['id']}/regenerate"), 409, "CONFLICT")
    assert "wrong contact" in error["message"]
    _error(other_account.post(f"/messages/{drafts[2]['id']}/regenerate"), 404, "NOT_FOUND")
    _regenerate(seeded, drafts[2]["id"])
    _error(seeded.post(f"/messages/{drafts[2]['id']}/regenerate"), 409, "CONFLICT")  # now superseded


def test_regenerate_while_paused_is_503(seeded):
    draft = _pending(seeded)["drafts"][0]
    seeded.post("/system/pause")
    error = _error(seeded.post(f"/messages/{draft['id']}/regenerate"), 503, "SYSTEM_PAUSED")
    assert "resume" in error["message"]
    assert seeded.get(f"/messages/{draft['id']}").json()["data"]["status"] == "pending"


def test_a_wrong_contact_is_not_drafted_again(onboarded):
    drain_worker()
    draft = _pending(onboarded)["drafts"][0]
    onboarded.post(f"/messages/{draft['id']}/reject", json={"reason": "wrong_contact"})
    drain_worker()
    assert draft["contact"]["id"] not in {d["contact"]["id"] for d in _pending(onboarded)["drafts"]}


def test_the_queue_size_is_configurable(onboarded, settings):
    settings_mod.install(replace(settings, draft_queue=4))
    try:
        drain_worker()
        assert _pending(onboarded)["total"] == 4
    finally:
        settings_mod.install(settings)
