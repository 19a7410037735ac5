"""CSV imports: LinkedIn, Apollo and generic files, de-duplication, bad rows, encodings."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from careeros.contacts.importer import import_csv
from careeros.web.errors import InvalidRequest
from models import Contact, User, db
from tests.conftest import register

LINKEDIN = """Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Maya,Chen,https://www.linkedin.com/in/maya-chen-1a2b3c,,Stripe,Staff Data Engineer,12 Jan 2024
Omar,Haddad,https://www.linkedin.com/in/omar-haddad,omar@example.com,"Acme, Inc.","Engineer, Machine Learning",03 Mar 2023
,,https://www.linkedin.com/in/nobody,,,,01 Jan 2020
Lena,Vogel,https://www.linkedin.com/in/lena-vogel,lena@@broken,Zalando,Data Scientist,02 Feb 2022
"""

APOLLO = """First Name,Last Name,Title,Company,Company Name for Emails,Email,Email Status,Seniority,Departments,Person Linkedin Url,City,State,Country
Priya,Natarajan,Head of Data,Figma,Figma,priya@figma.com,Verified,Head,Data,http://www.linkedin.com/in/priya-n,San Francisco,California,United States
Maya,Chen,Principal Data Engineer,Stripe,Stripe,maya.chen@stripe.com,Verified,Senior,Engineering,http://www.linkedin.com/in/maya-chen-1a2b3c/,Seattle,Washington,United States
"""

GENERIC = '''name,title,company,email,linkedin_url,location,notes
Jo Bloggs,SRE,Cloudflare,jo@cloudflare.com,,London,"Spoke at SREcon about ""error budgets"""
Jo Bloggs,SRE,Cloudflare,jo@cloudflare.com,,London,"Spoke at SREcon about ""error budgets"""
Kim Park,Backend Engineer,Monzo,KIM@MONZO.COM,,London,
too,many,values,a@b.co,,x,y,z,extra
'''


@pytest.fixture()
def user(client):
    return register(client)


def _contacts(user_id):
    with db.reading() as session:
        return {c.name: c for c in session.scalars(select(Contact).where(Contact.user_id == user_id))}


def test_linkedin_export_with_preamble_quoted_commas_and_missing_emails(user):
    report = import_csv(user.id, LINKEDIN.encode("utf-8-sig"))
    assert report["format"] == "linkedin"
    assert (report["imported"], report["updated"], report["skipped"], report["rows"]) == (2, 0, 0, 4)
    assert [e["row"] for e in report["errors"]] == [7, 8]
    assert "no name" in report["errors"][0]["reason"] and "email" in report["errors"][1]["reason"]
    contacts = _contacts(user.id)
    assert contacts["Maya Chen"].email is None and contacts["Maya Chen"].title == "Staff Data Engineer"
    assert contacts["Omar Haddad"].company == "Acme, Inc."
    assert contacts["Omar Haddad"].title_norm == " machine learning engineer "


def test_apollo_updates_who_linkedin_brought_and_dedupes_by_profile_url(user):
    import_csv(user.id, LINKEDIN.encode())
    report = import_csv(user.id, APOLLO.encode())
    assert report["format"] == "apollo"
    assert (report["imported"], report["updated"], report["skipped"]) == (1, 1, 0)
    maya = _contacts(user.id)["Maya Chen"]
    assert maya.email == "maya.chen@stripe.com" and maya.location == "Seattle, Washington, United States"
    assert maya.title == "Principal Data Engineer"
    again = import_csv(user.id, APOLLO.encode())
    assert (again["imported"], again["updated"], again["skipped"]) == (0, 0, 2)


def test_generic_file_dedupes_by_email_case_insensitively_and_reports_bad_rows(user):
    report = import_csv(user.id, GENERIC.encode("cp1252"))
    assert report["format"] == "generic"
    assert (report["imported"], report["skipped"], report["error_count"]) == (2, 1, 1)
    assert report["errors"][0]["row"] == 5 and "values for 7 columns" in report["errors"][0]["reason"]
    contacts = _contacts(user.id)
    assert contacts["Kim Park"].email == "kim@monzo.com"
    assert contacts["Jo Bloggs"].notes == 'Spoke at SREcon about "error budgets"'


def test_import_marks_discovery_due_and_is_per_user(user, client):
    other = register(client)
    import_csv(user.id, GENERIC.encode())
    assert _contacts(other.id) == {}
    with db.reading() as session:
        assert session.get(User, user.id).discovery_due_at is not None


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary", "not a CSV"),
        (b"title,company\nEngineer,Acme\n", "no name column"),
    ],
)
def test_files_that_are_not_contact_lists_are_refused(user, data, words):
    with pytest.raises(InvalidRequest) as caught:
        import_csv(user.id, data)
    assert words in caught.value.message and caught.value.field == "file"
    assert _contacts(user.id) == {}
