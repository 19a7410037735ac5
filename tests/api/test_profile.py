"""The profile a person reads and corrects: confidence and warnings on every upload, corrections
kept over newer uploads (and said so), drafting from the corrected profile, low-confidence
fields never stated as facts."""

from __future__ import annotations

import pytest

from careeros.contacts.importer import import_csv
from careeros.drafting.facts import sender_from
from models import Profile
from tests import fixtures
from tests.api.test_auth import _error
from tests.api.test_drafting import _directory_csv
from tests.conftest import drain_worker

FIELDS = {"name", "email", "phone", "skills", "experience", "education"}
NO_JOBS = b"Jo Bloggs\njo.bloggs@example.com\n\nSkills\nPython, Go, Terraform\n"


def _parsed(account, data: bytes, filename="cv.txt") -> dict:
    response = account.post("/onboarding/resume", files={"file": (filename, data, "text/plain")})
    assert response.status_code == 202, response.text
    drain_worker()
    status = account.get(f"/onboarding/resume/{response.json()['data']['upload_id']}/status")
    assert status.status_code == 200
    return status.json()["data"]


def test_a_parsed_upload_says_how_sure_it_is_and_what_to_check(account):
    status = _parsed(account, fixtures.resume_text())
    assert status["status"] == "complete"
    assert set(status["confidence"]) == FIELDS
    assert all(0 <= v <= 1 for v in status["confidence"].values())
    assert status["confidence"]["email"] >= 0.9 and status["confidence"]["experience"] >= 0.6
    assert status["kept_fields"] == [] and isinstance(status["warnings"], list)
    assert status["extracted_data"]["experience"][0]["start"]  # the date range, read


def test_complete_without_experience_carries_a_warning_never_silence(account):
    status = _parsed(account, NO_JOBS)
    assert status["status"] == "complete" and status["extracted_data"]["experience"] == []
    assert any("experience" in w.lower() for w in status["warnings"]), status["warnings"]
    assert status["confidence"]["experience"] == 0


def test_while_processing_there_is_no_confidence_yet(account):
    upload = account.post("/onboarding/resume", files={"file": ("cv.txt", NO_JOBS, "text/plain")}).json()
    status = account.get(f"/onboarding/resume/{upload['data']['upload_id']}/status").json()["data"]
    assert status["confidence"] is None and status["warnings"] == [] and status["kept_fields"] == []


def test_no_profile_before_a_resume_or_a_correction(account):
    _error(account.get("/onboarding/profile"), 404, "NOT_FOUND")


def test_corrections_are_kept_over_a_newer_upload_and_it_says_so(account):
    first = _parsed(account, fixtures.resume_text())
    profile = account.get("/onboarding/profile").json()["data"]
    assert profile["name"] == first["extracted_data"]["name"] and profile["corrected_fields"] == []
    assert profile["source_upload_id"] == first["upload_id"]

    job = {
        "title": "Staff Data Engineer",
        "company": "Northwind Logistics",
        "start": "2021",
        "end": "present",
    }
    corrected = account.patch("/onboarding/profile", json={"experience": [job]})
    assert corrected.status_code == 200, corrected.text
    data = corrected.json()["data"]
    assert data["experience"][0]["company"] == "Northwind Logistics"
    assert data["corrected_fields"] == ["experience"] and data["confidence"]["experience"] == 1
    assert data["name"] == first["extracted_data"]["name"]  # the fields left out stay

    second = _parsed(account, NO_JOBS)
    assert second["kept_fields"] == ["experience"]
    assert any("experience" in w and "corrections" in w for w in second["warnings"])
    assert second["extracted_data"]["experience"] == []  # what the resume says, still shown
    profile = account.get("/onboarding/profile").json()["data"]
    assert profile["experience"][0]["company"] == "Northwind Logistics"  # kept
    assert profile["name"] == "Jo Bloggs" and profile["source_upload_id"] == second["upload_id"]


def test_put_replaces_the_whole_profile_and_every_field_becomes_yours(account):
    body = {
        "name": "Dana Demo",
        "email": "dana@example.com",
        "phone": "+49 30 1234 5678",
        "skills": ["Python", "python", " dbt "],
        "experience": [{"title": "Data Engineer", "company": "Acme"}],
        "education": [{"university": "University of Michigan", "year": 2018}],
    }
    data = account.put("/onboarding/profile", json=body).json()["data"]
    assert data["skills"] == ["Python", "dbt"]  # repeats ignoring case kept once, trimmed
    assert sorted(data["corrected_fields"]) == sorted(FIELDS)
    assert set(data["confidence"].values()) == {1}
    assert data["education"] == [{"degree": None, "university": "University of Michigan", "year": 2018}]
    missing = dict(body)
    del missing["skills"]
    _error(account.put("/onboarding/profile", json=missing), 400, "INVALID_REQUEST")


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"experience": [{"title": "Engineer", "start": "last year"}]},
        {"education": [{"university": "MIT", "year": 1066}]},
        {"phone": "call me maybe"},
        {"email": "not-an-address"},
        {"name": "Ana\nRuiz"},
        {"skills": ["x" * 81]},
        {"nickname": "Dee"},
        {"skills": "Python"},
    ],
)
def test_bad_corrections_are_400_and_nothing_changes(account, body):
    _parsed(account, fixtures.resume_text())
    before = account.get("/onboarding/profile").json()["data"]
    response = account.patch("/onboarding/profile", json=body)
    assert response.status_code == 400, response.text
    assert response.json()["success"] is False and response.json()["error"]["code"] == "INVALID_REQUEST"
    assert account.get("/onboarding/profile").json()["data"] == before


def test_profiles_are_per_user(account, other_account):
    account.patch("/onboarding/profile", json={"name": "Only Mine"})
    _error(other_account.get("/onboarding/profile"), 404, "NOT_FOUND")


def test_drafts_use_the_corrected_profile(account):
    _parsed(account, fixtures.resume_text())
    original = account.get("/onboarding/profile").json()["data"]["experience"][0]["company"]
    account.patch(
        "/onboarding/profile",
        json={
            "experience": [
                {"title": "Platform Engineer", "company": "Quillfeather Robotics", "end": "present"}
            ]
        },
    )
    import_csv(account.id, _directory_csv(300))
    account.post("/onboarding/objectives", json={"target_roles": ["Data Engineer", "ML Engineer"]})
    drain_worker()
    drafts = account.get("/messages/pending?limit=20").json()["data"]["drafts"]
    assert drafts
    bodies = " ".join(d["message"]["body"] for d in drafts)
    assert "Quillfeather" in bodies  # the company, in full or as people shorten it
    # the old employer is gone from every draft, unless the contact works there
    elsewhere = [d["message"]["body"] for d in drafts if original not in d["contact"]["company"]]
    assert elsewhere and not any(original in body for body in elsewhere)


def _profile(**fields) -> Profile:
    base = {
        "name": "Ana Ruiz",
        "skills": ["Python"],
        "skills_normalized": ["Python"],
        "experience": [{"title": "Senior Developer", "company": "Initech Ltd.", "end": "present"}],
        "education": [{"university": "University of Austin"}],
        "corrected": [],
        "confidence": {f: 0.95 for f in FIELDS},
    }
    return Profile(user_id="x", **{**base, **fields})


def test_a_field_read_with_low_confidence_is_not_stated_as_a_fact():
    sure = sender_from("Account Name", _profile())
    assert sure.current_company == "Initech Ltd." and sure.name == "Ana Ruiz"
    unsure = sender_from(
        "Account Name", _profile(confidence={**{f: 0.95 for f in FIELDS}, "experience": 0.3, "name": 0.5})
    )
    assert unsure.current_company is None and unsure.current_title is None
    assert unsure.name == "Account Name"  # the account's name, not a guess
    corrected = sender_from(
        "Account Name",
        _profile(confidence={**{f: 0.95 for f in FIELDS}, "experience": 0.3}, corrected=["experience"]),
    )
    assert corrected.current_company == "Initech Ltd."  # the person said so


def test_a_job_that_ended_is_not_called_current():
    past = sender_from(
        "A",
        _profile(
            experience=[{"title": "Developer", "company": "Initech", "end": "2023"}, {"company": "Globex"}]
        ),
    )
    assert past.current_company is None and past.current_title is None and past.between_jobs
    assert past.last_title == "Developer"  # what they did, said as past: "until recently I was …"
    assert past.past_companies[:2] == ("Initech", "Globex")


def test_entries_that_say_nothing_are_left_out(account):
    data = account.patch(
        "/onboarding/profile",
        json={
            "experience": [{}, {"company": "Acme", "highlights": ["Led a team of five."]}],
            "education": [{"year": 2010}],
        },
    ).json()["data"]
    assert [job["company"] for job in data["experience"]] == ["Acme"]
    assert data["experience"][0]["highlights"] == ["Led a team of five."]
    assert data["education"] == []
