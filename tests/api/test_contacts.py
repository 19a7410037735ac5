"""Contacts over HTTP: import, browse, one contact, do-not-contact."""

from __future__ import annotations

from models import Contact, db
from tests.api.test_auth import _error
from tests.conftest import drain_worker
from tests.unit.test_contact_import import APOLLO, LINKEDIN


def _import(account, data: bytes, name="Connections.csv"):
    return account.post("/contacts/import", files={"file": (name, data, "text/csv")})


def test_import_linkedin_then_apollo(account):
    first = _import(account, LINKEDIN.encode())
    assert first.status_code == 200, first.text
    assert first.json()["data"]["imported"] == 2 and first.json()["data"]["error_count"] == 2
    second = _import(account, APOLLO.encode(), "apollo.csv").json()["data"]
    assert (second["imported"], second["updated"], second["format"]) == (1, 1, "apollo")
    listed = account.get("/contacts").json()["data"]
    assert listed["total"] == 3 and [c["name"] for c in listed["contacts"]] == [
        "Maya Chen",
        "Omar Haddad",
        "Priya Natarajan",
    ]


def test_import_refuses_non_contact_files(account):
    _error(_import(account, b""), 400, "INVALID_REQUEST", "file")
    _error(_import(account, b"title,company\nx,y\n"), 400, "INVALID_REQUEST", "file")
    _error(account.post("/contacts/import", json={"file": "x"}), 415, "UNSUPPORTED_MEDIA_TYPE")
    assert account.get("/contacts").json()["data"]["total"] == 0


def test_filters_and_paging(seeded):
    everyone = seeded.get("/contacts?limit=100").json()["data"]
    assert everyone["total"] == 80 and not everyone["has_more"]
    company = everyone["contacts"][0]["company"]
    at_company = seeded.get(f"/contacts?company={company.upper()}").json()["data"]
    assert at_company["total"] >= 1 and all(
        company.lower() in c["company"].lower() for c in at_company["contacts"]
    )
    engineers = seeded.get("/contacts?title=engineer&limit=5").json()["data"]
    assert all("engineer" in c["title"].lower() for c in engineers["contacts"])
    page = seeded.get("/contacts?limit=10&offset=75").json()["data"]
    assert len(page["contacts"]) == 5 and page["has_more"] is False
    _error(seeded.get("/contacts?limit=500"), 400, "INVALID_REQUEST", "limit")


def test_get_contact_and_cross_user_404(seeded, other_account):
    contact = seeded.get("/contacts?limit=1").json()["data"]["contacts"][0]
    assert seeded.get(f"/contacts/{contact['id']}").json()["data"] == contact
    _error(other_account.get(f"/contacts/{contact['id']}"), 404, "NOT_FOUND")
    _error(other_account.post(f"/contacts/{contact['id']}/do-not-contact"), 404, "NOT_FOUND")
    _error(seeded.get("/contacts/contact_123"), 404, "NOT_FOUND")
    _error(seeded.get("/contacts/contact_123;drop"), 400, "INVALID_REQUEST", "contact_id")


def test_do_not_contact_withdraws_pending_and_approved_messages(seeded):
    drafts = seeded.get("/messages/pending?limit=20").json()["data"]["drafts"]
    target = drafts[0]["contact"]["id"]
    messages = [d["id"] for d in drafts if d["contact"]["id"] == target]
    seeded.post(f"/messages/{messages[0]}/approve")
    response = seeded.post(f"/contacts/{target}/do-not-contact")
    data = response.json()["data"]
    assert data["do_not_contact"] is True and data["messages_withdrawn"] == len(messages)
    assert seeded.get(f"/messages/{messages[0]}").json()["data"]["status"] == "failed"
    again = seeded.post(f"/contacts/{target}/do-not-contact").json()["data"]
    assert again["messages_withdrawn"] == 0


def test_discovery_marks_matching_contacts_once(account):
    _import(account, LINKEDIN.encode())
    account.post("/onboarding/objectives", json={"target_roles": ["Data Engineer", "ML Engineer"]})
    drain_worker()
    with db.reading() as session:
        found = {c.name: c.discovered_at for c in session.query(Contact).filter_by(user_id=account.id)}
    assert found["Maya Chen"] is not None and found["Omar Haddad"] is not None
    first_seen = found["Maya Chen"]
    account.post("/onboarding/objectives", json={"target_roles": ["Data Engineer"]})
    drain_worker()
    with db.reading() as session:
        assert (
            session.query(Contact).filter_by(user_id=account.id, name="Maya Chen").one().discovered_at
            == first_seen
        )
    dashboard = account.get("/analytics/dashboard").json()["data"]
    assert dashboard["contacts_discovered"] == 2
