"""Onboarding over HTTP: resume upload and parsing by the worker, objectives, simulation."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from careeros.onboarding.resumes import MAX_RESUME_BYTES
from models import Message, Profile, db
from tests import fixtures
from tests.api.test_auth import _error
from tests.conftest import drain_worker


def _upload(account, data: bytes, filename="resume.pdf", content_type="application/pdf"):
    return account.post("/onboarding/resume", files={"file": (filename, data, content_type)})


_parse_all = drain_worker


@pytest.mark.parametrize(
    ("build", "file_type", "filename"),
    [
        (fixtures.resume_pdf, "pdf", "cv.pdf"),
        (fixtures.resume_docx, "docx", "cv.docx"),
        (fixtures.resume_text, "text", "cv.txt"),
        (fixtures.resume_pdf, "pdf", "looks-like-a.png"),  # the bytes decide, not the name
    ],
)
def test_upload_is_accepted_then_parsed_by_the_worker(account, build, file_type, filename):
    response = _upload(account, build(), filename, "image/png")
    assert response.status_code == 202, response.text
    upload = response.json()["data"]
    assert upload["status"] == "processing" and upload["file_type"] == file_type
    status = account.get(f"/onboarding/resume/{upload['upload_id']}/status").json()["data"]
    assert status["status"] == "processing" and status["extracted_data"] is None
    _parse_all()
    status = account.get(f"/onboarding/resume/{upload['upload_id']}/status").json()["data"]
    assert status["status"] == "complete", status
    extracted = status["extracted_data"]
    assert extracted["name"] == "Maria Garcia-Lopez" and extracted["email"] == "maria.garcia@example.org"
    assert [e["company"] for e in extracted["experience"]] == ["Spotify", "Zalando SE"]
    with db.reading() as session:
        profile = session.get(Profile, account.id)
        assert profile.upload_id == upload["upload_id"]
        assert {"Python", "Apache Spark", "Apache Kafka", "Apache Airflow"} <= set(profile.skills_normalized)


def test_a_json_resume_or_rendercv_yaml_file_is_read_as_the_structure_it_is(account):
    """A developer's resume.json (JSON Resume) or RenderCV YAML, uploaded as it is: its fields
    land where the schema puts them, confidently, through the API like any upload."""
    import json

    document = {
        "basics": {"name": "Noor Haddad", "email": "noor@example.com"},
        "work": [{"name": "Dune Analytics", "position": "Data Engineer", "startDate": "2021-03"}],
        "skills": [{"name": "Data", "keywords": ["Spark", "Airflow"]}],
    }
    yaml_cv = 'cv:\n  name: "Ana Ruiz"\n  email: ana@example.com\n  sections:\n    experience:\n'
    yaml_cv += '      - company: "Initech"\n        position: "Staff Engineer"\n        start_date: 2019-04\n'
    for data, name, company in (
        (json.dumps(document).encode(), "Noor Haddad", "Dune Analytics"),
        (yaml_cv.encode(), "Ana Ruiz", "Initech"),
    ):
        upload = _upload(account, data, "resume.json", "application/json").json()["data"]
        assert upload["file_type"] == "text"
        _parse_all()
        status = account.get(f"/onboarding/resume/{upload['upload_id']}/status").json()["data"]
        assert status["status"] == "complete", status
        extracted = status["extracted_data"]
        assert extracted["name"] == name
        assert [e["company"] for e in extracted["experience"]] == [company]
        assert extracted["experience"][0]["end"] == "present"


def test_hostile_upload_fails_with_a_reason_and_the_worker_carries_on(account):
    bomb = _upload(account, fixtures.zip_bomb_docx(), "cv.docx").json()["data"]["upload_id"]
    good = _upload(account, fixtures.resume_text(), "cv.txt").json()["data"]["upload_id"]
    _parse_all()
    failed = account.get(f"/onboarding/resume/{bomb}/status").json()["data"]
    assert failed["status"] == "failed" and "zip bomb" in failed["error"] and failed["extracted_data"] is None
    assert account.get(f"/onboarding/resume/{good}/status").json()["data"]["status"] == "complete"


@pytest.mark.parametrize(
    ("data", "status", "code"),
    [
        (b"", 400, "INVALID_REQUEST"),
        (b"\x89PNG\r\n\x1a\n" + bytes(64), 415, "UNSUPPORTED_MEDIA_TYPE"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), 415, "UNSUPPORTED_MEDIA_TYPE"),
    ],
)
def test_bad_files_are_refused_and_nothing_is_stored(account, data, status, code):
    error = _error(_upload(account, data), status, code, "file")
    assert error["message"]
    _parse_all()


def test_over_five_megabytes_is_413_before_the_body_is_read(account):
    big = b"a" * (MAX_RESUME_BYTES + 1)
    _error(_upload(account, big, "cv.txt", "text/plain"), 413, "PAYLOAD_TOO_LARGE")
    # A file just over the limit inside an envelope that is within the transport limit.
    just_over = b"a" * (MAX_RESUME_BYTES + 10)
    response = account.client.post(
        "/onboarding/resume", headers=account.headers, files={"file": ("cv.txt", just_over, "text/plain")}
    )
    _error(response, 413, "PAYLOAD_TOO_LARGE")


def test_upload_needs_the_file_field_and_multipart(account):
    _error(
        account.post("/onboarding/resume", files={"other": ("x.txt", b"hello", "text/plain")}),
        400,
        "INVALID_REQUEST",
        "file",
    )
    _error(account.post("/onboarding/resume", json={"file": "aGVsbG8="}), 415, "UNSUPPORTED_MEDIA_TYPE")


def test_another_users_upload_is_not_found(account, other_account):
    upload_id = _upload(account, fixtures.resume_text(), "cv.txt").json()["data"]["upload_id"]
    _error(other_account.get(f"/onboarding/resume/{upload_id}/status"), 404, "NOT_FOUND")
    _error(account.get("/onboarding/resume/upload_0000000000000000000000000a/status"), 404, "NOT_FOUND")
    _error(account.get("/onboarding/resume/upload_abc123/status"), 404, "NOT_FOUND")
    _error(account.get("/onboarding/resume/no:pe/status"), 400, "INVALID_REQUEST", "upload_id")


# ---- objectives ----------------------------------------------------------------------------

OBJECTIVES = {
    "target_roles": ["ML Engineer", "ml engineer", "Data Scientist"],
    "target_companies": ["Stripe", "Spotify"],
    "locations": ["Berlin", "Remote"],
    "exclusions": {"companies": ["Northwind"], "keywords": ["recruiter"]},
}


def test_objectives_round_trip_and_dedupe(account):
    _error(account.get("/onboarding/objectives"), 404, "NOT_FOUND")
    saved = account.post("/onboarding/objectives", json=OBJECTIVES)
    assert saved.status_code == 200 and saved.json()["data"]["objectives_saved"] is True
    data = account.get("/onboarding/objectives").json()["data"]
    assert data["target_roles"] == ["ML Engineer", "Data Scientist"]
    assert data["exclusions"] == {"companies": ["Northwind"], "keywords": ["recruiter"]}
    account.post("/onboarding/objectives", json={"target_roles": ["Product Manager"]})
    data = account.get("/onboarding/objectives").json()["data"]
    assert data["target_roles"] == ["Product Manager"] and data["target_companies"] == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "target_roles"),
        ({"target_roles": []}, "target_roles"),
        ({"target_roles": ["  "]}, "target_roles.0"),
        ({"target_roles": ["x" * 101]}, "target_roles.0"),
        ({"target_roles": [f"Role {i}" for i in range(21)]}, "target_roles"),
        ({"target_roles": ["SRE"], "exclusions": {"people": ["x"]}}, "exclusions.people"),
        ({"target_roles": ["SRE"], "locations": "Berlin"}, "locations"),
    ],
)
def test_objectives_reject_bad_input_and_keep_the_old(account, body, field):
    account.post("/onboarding/objectives", json={"target_roles": ["Data Engineer"]})
    _error(account.post("/onboarding/objectives", json=body), 400, "INVALID_REQUEST", field)
    assert account.get("/onboarding/objectives").json()["data"]["target_roles"] == ["Data Engineer"]


def test_roles_in_any_script_match_and_a_bare_seniority_word_matches_nobody(account):
    from careeros.contacts.importer import import_csv

    import_csv(
        account.id,
        "name,title,company,email\n佐藤 花子,シニア データエンジニア,メルカリ,hanako@example.jp\n"
        "Jo Bloggs,Senior Engineer,Acme,jo@example.com\n".encode(),
    )
    account.post("/onboarding/objectives", json={"target_roles": ["データエンジニア"]})
    found = account.post("/onboarding/simulate").json()["data"]
    assert [s["name"] for s in found["sample_contacts"]] == ["佐藤 花子"]
    account.post("/onboarding/objectives", json={"target_roles": ["Senior"]})
    assert account.post("/onboarding/simulate").json()["data"]["estimated_matches"] == 0


def test_objectives_are_per_user(account, other_account):
    account.post("/onboarding/objectives", json=OBJECTIVES)
    _error(other_account.get("/onboarding/objectives"), 404, "NOT_FOUND")


# ---- simulation ----------------------------------------------------------------------------


def test_simulate_without_objectives_is_409(account):
    error = _error(account.post("/onboarding/simulate"), 409, "CONFLICT")
    assert "objectives" in error["message"]


def test_simulate_counts_samples_and_rates_confidence(seeded):
    seeded.post("/onboarding/objectives", json={"target_roles": ["Data Engineer", "ML Engineer"]})
    data = seeded.post("/onboarding/simulate").json()["data"]
    assert data["estimated_matches"] > 0 and data["reachable_matches"] <= data["estimated_matches"]
    assert 0 < len(data["sample_contacts"]) <= 5
    assert data["confidence"] in {"high", "medium", "low"}
    scores = [s["score"] for s in data["sample_contacts"]]
    assert scores == sorted(scores, reverse=True)
    for sample in data["sample_contacts"]:
        title = sample["title"].lower()
        assert "engineer" in title and ("data" in title or "machine" in title or "ml" in title)

    seeded.post("/onboarding/objectives", json={"target_roles": ["Chief Astronaut"]})
    nothing = seeded.post("/onboarding/simulate").json()["data"]
    assert nothing == {
        "estimated_matches": 0,
        "reachable_matches": 0,
        "sample_contacts": [],
        "confidence": "low",
        "unknown_location": 0,
        "sample_matches": 0,
    }


def test_do_not_contact_and_exclusions_shrink_the_simulation(seeded):
    seeded.post("/onboarding/objectives", json={"target_roles": ["Data Engineer", "ML Engineer"]})
    before = seeded.post("/onboarding/simulate").json()["data"]
    top = before["sample_contacts"][0]
    seeded.post(f"/contacts/{top['contact_id']}/do-not-contact")
    after = seeded.post("/onboarding/simulate").json()["data"]
    assert after["estimated_matches"] == before["estimated_matches"] - 1
    assert top["contact_id"] not in {s["contact_id"] for s in after["sample_contacts"]}
    still = after["sample_contacts"][0]  # a contact who still matches: excluding their company drops them
    seeded.post(
        "/onboarding/objectives",
        json={
            "target_roles": ["Data Engineer", "ML Engineer"],
            "exclusions": {"companies": [still["company"]]},
        },
    )
    excluded = seeded.post("/onboarding/simulate").json()["data"]
    assert all(s["company"] != still["company"] for s in excluded["sample_contacts"])
    assert excluded["estimated_matches"] < after["estimated_matches"]


@pytest.mark.parametrize(
    "body",
    [
        b"--b\r\nNone--b--\r\n",
        b"--b\r\n[1, 2]\r\n--b--\r\n",
        b"not multipart at all",
    ],
)
def test_malformed_multipart_is_400(account, body):
    response = account.client.post(
        "/onboarding/resume",
        content=body,
        headers={**account.headers, "content-type": "multipart/form-data; boundary=b"},
    )
    _error(response, 400, "INVALID_REQUEST")


def test_a_plain_form_field_is_not_a_file(account):
    # A part without a filename (curl -F 'file=text') is a form value, not an uploaded file.
    response = account.post("/onboarding/resume", files={"file": (None, "Jo Bloggs\nSkills\nPython\n")})
    assert "file part" in _error(response, 400, "INVALID_REQUEST", "file")["message"]


# ---- fairness between users ----------------------------------------------------------------


def test_a_user_has_at_most_three_resumes_being_read_at_once(account):
    for _ in range(3):
        assert _upload(account, fixtures.resume_text(), "cv.txt", "text/plain").status_code == 202
    refused = _upload(account, fixtures.resume_text(), "cv.txt", "text/plain")
    error = _error(refused, 429, "RATE_LIMIT_EXCEEDED")
    assert error["retry_after"] > 0 and refused.headers["retry-after"] == str(error["retry_after"])
    _parse_all()
    assert _upload(account, fixtures.resume_text(), "cv.txt", "text/plain").status_code == 202


def test_uploads_of_different_users_take_turns(account, other_account):
    from careeros.onboarding.resumes import _claim_upload

    drain_worker()  # nothing else waiting
    mine = [
        _upload(account, fixtures.resume_text(), "cv.txt", "text/plain").json()["data"]["upload_id"]
        for _ in range(3)
    ]
    theirs = _upload(other_account, fixtures.resume_text(), "cv.txt", "text/plain").json()["data"][
        "upload_id"
    ]
    now = datetime.now(UTC)
    first = _claim_upload(now)[0]
    second = _claim_upload(now)[0]
    third = _claim_upload(now)[0]
    # My first file is being read: the other user's one goes before my second and third.
    assert (first, second, third) == (mine[0], theirs, mine[1])


def test_a_slow_resume_never_holds_up_anyone_elses_mail(account, seeded, smtp):
    """One user uploads a small PDF that takes many seconds to read; another approves a message
    to send now. With the real worker running, the mail leaves while the PDF is still being
    read: reading has a lane of its own."""
    from careeros.worker import Worker

    drain_worker()
    slow = _upload(account, fixtures.slow_pdf(), "slow.pdf").json()["data"]["upload_id"]
    seeded.patch("/account", json={"send_gap_seconds": 0})
    draft = seeded.get("/messages/pending").json()["data"]["drafts"][0]
    seeded.post(f"/messages/{draft['id']}/approve")
    with db.reading() as session:
        recipient = session.get(Message, draft["id"]).contact.email
    worker = Worker(poll_seconds=0.05)
    worker.start()
    try:
        assert smtp.wait_for_recipient(recipient, timeout=60), "the approved message was not sent"
        status = account.get(f"/onboarding/resume/{slow}/status").json()["data"]["status"]
    finally:
        worker.stop(timeout=1)
    assert status == "processing"  # still being read when the other user's mail had left
