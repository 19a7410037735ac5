"""Matching worth its name: ranked by fit, spread across companies, ties broken per user (never
by name), the user's own contacts before sample ones, unknown locations said and not dropped; and
sample contacts, at reserved domains, never handed to a real mail server."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from careeros import matching
from careeros import settings as settings_mod
from careeros.sending.stage import SAMPLE_REFUSED, send_due
from models import Contact, Message, MessageStatus, db
from tests.api.test_sending import _no_gap
from tests.conftest import register
from tests.smtp import current_mail


def _add(user_id: str, rows: list[dict]) -> list[str]:
    ids = []
    with db.writing() as session:
        for row in rows:
            contact = matching.apply_normalized(Contact(user_id=user_id, **row))
            session.add(contact)
            session.flush()
            ids.append(contact.id)
    return ids


def _alike(count: int, **extra) -> list[dict]:
    """People alike in every way matching looks at: their order is the tie-break alone."""
    return [
        {"name": f"{chr(65 + i % 26)}{i:02d} Person", "title": "Data Engineer", "company": f"Firm {i}",
         "email": f"p{i}@firm{i}.example", **extra}
        for i in range(count)
    ]  # fmt: skip


def test_ties_are_broken_per_user_and_never_by_name(client):
    orders = []
    for _ in range(2):
        account = register(client)
        _add(account.id, _alike(40))
        account.post("/onboarding/objectives", json={"target_roles": ["Data Engineer"]})
        sample = account.post("/onboarding/simulate").json()["data"]["sample_contacts"]
        names = [s["name"] for s in sample]
        assert names != sorted(names) or names[0][0] != "A"  # not alphabetical
        again = account.post("/onboarding/simulate").json()["data"]["sample_contacts"]
        assert [s["name"] for s in again] == names  # stable
        orders.append(names)
    assert orders[0] != orders[1]  # and another user's tie goes another way


def test_a_batch_is_spread_across_companies(client):
    account = register(client)
    one_company = [
        {"name": f"Stripe Person {i}", "title": "Data Engineer", "company": "Stripe",
         "email": f"s{i}@stripe.example", "notes": "Spoke at PyCon about data."}
        for i in range(10)
    ]  # fmt: skip
    others = _alike(6)
    _add(account.id, one_company + others)
    found = None
    with db.reading() as session:
        account.post("/onboarding/objectives", json={"target_roles": ["Data Engineer"]})
        criteria = matching.criteria_for(session, account.id)
        found = matching.matches(session, criteria, account.id)
    chosen = matching.best(found, 8, account.id)
    companies = [m.company for m in chosen]
    assert companies.count("Stripe") == 3  # the best-scored company gives three, not eight
    assert len(chosen) == 8
    # with nobody else left, the same company fills the rest
    assert [m.company for m in matching.best(found, 16, account.id)].count("Stripe") == 10


def test_a_users_own_contacts_rank_before_sample_ones(client):
    account = register(client)
    own = _add(account.id, _alike(3))
    _add(account.id, [{**r, "source": "sample", "notes": "Spoke at PyCon about data."} for r in _alike(5)])
    account.post("/onboarding/objectives", json={"target_roles": ["Data Engineer"]})
    data = account.post("/onboarding/simulate").json()["data"]
    # their own three come first, though the sample ones have notes and score higher
    assert {s["contact_id"] for s in data["sample_contacts"][:3]} == set(own)
    assert all(not s["sample"] for s in data["sample_contacts"][:3])
    assert all(s["sample"] for s in data["sample_contacts"][3:])
    assert data["sample_matches"] == 5
    assert all(s["reason"] for s in data["sample_contacts"])


def test_contacts_without_a_location_are_counted_not_dropped_unless_strict(client):
    account = register(client)
    _add(account.id, [{**r, "location": None} for r in _alike(4)])
    _add(account.id, [{"name": "In Berlin", "title": "Data Engineer", "company": "X", "email": "b@x.example",
                       "location": "Berlin, Germany"},
                      {"name": "In Paris", "title": "Data Engineer", "company": "Y", "email": "p@y.example",
                       "location": "Paris, France"}])  # fmt: skip
    account.post("/onboarding/objectives", json={"target_roles": ["Data Engineer"], "locations": ["Berlin"]})
    data = account.post("/onboarding/simulate").json()["data"]
    assert data["estimated_matches"] == 5 and data["unknown_location"] == 4
    assert data["sample_contacts"][0]["name"] == "In Berlin"  # a known, wanted place ranks first
    assert "location unknown" in data["sample_contacts"][-1]["reason"]
    account.post(
        "/onboarding/objectives",
        json={"target_roles": ["Data Engineer"], "locations": ["Berlin"], "strict_locations": True},
    )
    strict = account.post("/onboarding/simulate").json()["data"]
    assert strict["estimated_matches"] == 1 and strict["unknown_location"] == 0
    assert account.get("/onboarding/objectives").json()["data"]["strict_locations"] is True


def test_sample_contacts_have_reserved_domains_and_are_marked(client, settings):
    settings_mod.install(replace(settings, sample_contacts=50))
    try:
        account = register(client)
    finally:
        settings_mod.install(settings)
    with db.reading() as session:
        contacts = session.scalars(select(Contact).where(Contact.user_id == account.id)).all()
    assert len(contacts) == 50
    assert all(c.source == "sample" for c in contacts)
    assert all(c.email is None or c.email.endswith(".example") for c in contacts)
    listed = account.get("/contacts?limit=5").json()["data"]["contacts"]
    assert all(c["source"] == "sample" for c in listed)


def _approved_to(account, source: str, email: str) -> str:
    [contact_id] = _add(account.id, [{"name": "Sam Sample", "email": email, "source": source}])
    with db.writing() as session:
        message = Message(
            user_id=account.id, contact_id=contact_id, status=MessageStatus.PENDING,
            subject="Hello there Sam",
            body="Hi Sam,\n\nA note.\n\nBest,\nTest", generated_at=datetime.now(UTC), quality_score=80,
            personalization_score=40,
        )  # fmt: skip
        session.add(message)
        session.flush()
        message_id = message.id
    assert account.post(f"/messages/{message_id}/approve").status_code == 200
    return message_id


@pytest.mark.parametrize("source", ["sample"])
def test_a_sample_contact_is_never_handed_to_a_real_mail_server(account, smtp, source):
    _no_gap(account)
    sample = _approved_to(account, source, "sam@stripe.example")
    own = _approved_to(account, "import", "own@example.org")
    while send_due(datetime.now(UTC), account.id, mail=current_mail()):
        pass
    with db.reading() as session:
        refused = session.get(Message, sample)
        assert refused.status == MessageStatus.FAILED and refused.failure_reason == SAMPLE_REFUSED
        assert session.get(Message, own).status == MessageStatus.SENT
    assert [envelope[1] for envelope in smtp.envelopes] == [["own@example.org"]]


def test_with_the_file_outbox_a_sample_contact_goes_to_the_outbox(account, mail, tmp_path):
    mail(f"file://{tmp_path}")
    _no_gap(account)
    sample = _approved_to(account, "sample", "sam@stripe.example")
    while send_due(datetime.now(UTC), account.id, mail=current_mail()):
        pass
    with db.reading() as session:
        assert session.get(Message, sample).status == MessageStatus.SENT
    assert len(list(tmp_path.glob("*.eml"))) == 1
