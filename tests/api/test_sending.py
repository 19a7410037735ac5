"""Sending over a real SMTP server on loopback: exactly once, under the limit, never while paused."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from zoneinfo import ZoneInfo

import pytest
import time_machine
from sqlalchemy import select, update

from careeros import settings as settings_mod
from careeros.sending.stage import claim, expire_leases, send_due
from models import Contact, Message, MessageStatus, User, db
from tests.api.test_auth import _error
from tests.live import free_port
from tests.smtp import self_signed, smtp_server


def make_pending(user_id: str, count: int, *, email_domain: str = "example.org") -> list[str]:
    """`count` pending drafts to `count` new contacts, ready to approve."""
    now = datetime.now(UTC)
    ids = []
    with db.writing() as session:
        for index in range(count):
            contact = Contact(
                user_id=user_id, name=f"Person {index} Example", email=f"p{index}@{email_domain}"
            )
            session.add(contact)
            session.flush()
            message = Message(
                user_id=user_id,
                contact_id=contact.id,
                status=MessageStatus.PENDING,
                subject=f"Subject {index}",
                body=f"Hi Person,\n\nBody {index}.\n\nBest,\nTest",
                generated_at=now,
                quality_score=80,
                personalization_score=40,
            )
            session.add(message)
            session.flush()
            ids.append(message.id)
    return ids


def _pause_everyone_with_mail_waiting() -> None:
    with db.writing() as session:
        waiting = select(Message.user_id).where(Message.status.in_(["approved", "sending"]))
        session.execute(update(User).where(User.id.in_(waiting)).values(paused=True))


@pytest.fixture(autouse=True)
def _leftovers_stay_put():
    """The suite shares one database: what another test left approved must not reach this test's
    SMTP server when it runs the sender. Earlier modules' approvals are spaced by the send gap, so
    some fall due minutes later, just as these tests run; and this module's own leftovers would
    otherwise reach the next test (later, perhaps in travelled time)."""
    _pause_everyone_with_mail_waiting()
    yield
    _pause_everyone_with_mail_waiting()


@pytest.fixture()
def mail(settings):
    """Point the service's mail at a given URL for one test."""

    def use(url: str):
        settings_mod.install(replace(settings, mail_url=url))

    yield use
    settings_mod.install(settings)


@pytest.fixture()
def smtp(mail):
    with smtp_server() as (controller, recorder):
        mail(f"smtp://127.0.0.1:{controller.port}?timeout=5")
        yield recorder


def _no_gap(account, **settings):
    account.patch("/account", json={"send_gap_seconds": 0, **settings})


def _send_all(now=None):
    """Worker passes of the sender until nothing more is due."""
    while send_due(now or datetime.now(UTC)):
        pass


def _statuses(ids):
    with db.reading() as session:
        return [session.get(Message, i).status for i in ids]


def test_the_approved_message_arrives_as_proper_mime_with_the_edits(seeded, smtp):
    draft = seeded.get("/messages/pending").json()["data"]["drafts"][0]
    edits = {
        "subject": "Your talk, and a question — über gut",
        "body": "Hi there,\n\nAn edited body ✓.\n\nBest,\nDana",
    }
    seeded.post(f"/messages/{draft['id']}/approve", json={"edits": edits})
    _send_all()
    assert len(smtp.received) == 1
    email = message_from_bytes(smtp.received[0], policy=policy.default)
    shown = seeded.get(f"/messages/{draft['id']}").json()["data"]
    assert shown["status"] == "sent" and shown["sent_at"]
    assert email["Subject"] == edits["subject"]
    assert email.get_content().replace("\r\n", "\n").strip() == edits["body"]  # CRLF on the wire
    assert email.get_content_charset() == "utf-8"
    assert email["To"].addresses[0].display_name == draft["contact"]["name"]
    assert email["From"].addresses[0].addr_spec == seeded.email
    assert email["Message-ID"] == shown["email_message_id"] and email["Date"]
    assert smtp.envelopes[0][0] == seeded.email


def test_smtp_down_then_up_loses_nothing_and_sends_nothing_twice(account, mail):
    _no_gap(account)
    ids = make_pending(account.id, 6)
    account.post("/messages/bulk-approve", json={"message_ids": ids})
    port = free_port()
    mail(f"smtp://127.0.0.1:{port}?timeout=2")
    _send_all()
    shown = account.get(f"/messages/{ids[0]}").json()["data"]
    assert shown["status"] == "approved" and "Will retry" in shown["failure_reason"]
    assert shown["next_attempt_at"] is not None
    with smtp_server(port) as (_, recorder):
        _send_all()  # not yet: the retry is backed off
        assert recorder.received == []
        with time_machine.travel(datetime.now(UTC) + timedelta(minutes=1)):
            _send_all()
            _send_all()
        assert sorted(recorder.message_ids()) == sorted(
            account.get(f"/messages/{i}").json()["data"]["email_message_id"] for i in ids
        )
    assert _statuses(ids) == ["sent"] * 6


def test_a_5xx_reply_fails_the_message_with_the_servers_reason(account, smtp):
    _no_gap(account)
    ids = make_pending(account.id, 2)
    smtp.refuse["p0@example.org"] = "550 5.1.1 No such user here"
    account.post("/messages/bulk-approve", json={"message_ids": ids})
    _send_all()
    first = account.get(f"/messages/{ids[0]}").json()["data"]
    assert first["status"] == "failed" and "550 5.1.1 No such user here" in first["failure_reason"]
    assert _statuses(ids)[1] == "sent"


def test_a_4xx_reply_is_retried_later(account, smtp):
    _no_gap(account)
    ids = make_pending(account.id, 1)
    smtp.refuse["p0@example.org"] = "451 4.7.1 Greylisted, try again"
    account.post(f"/messages/{ids[0]}/approve")
    _send_all()
    shown = account.get(f"/messages/{ids[0]}").json()["data"]
    assert shown["status"] == "approved" and "451" in shown["failure_reason"]
    del smtp.refuse["p0@example.org"]
    with time_machine.travel(datetime.now(UTC) + timedelta(minutes=1)):
        _send_all()
    assert _statuses(ids) == ["sent"] and len(smtp.received) == 1


def test_the_daily_limit_holds_today_and_the_rest_goes_tomorrow(account, smtp):
    # Berlin: 10:00 local on a Tuesday, so today and tomorrow are ordinary days.
    start = datetime(2027, 3, 9, 9, 0, tzinfo=UTC)
    with time_machine.travel(start, tick=False):
        account.sign_in()
        _no_gap(account, daily_limit=50, timezone="Europe/Berlin")
        ids = make_pending(account.id, 80)
        response = account.post("/messages/bulk-approve", json={"message_ids": ids})
        planned = [datetime.fromisoformat(m["scheduled_at"]) for m in response.json()["data"]["messages"]]
        berlin = ZoneInfo("Europe/Berlin")
        days = [p.astimezone(berlin).date() for p in planned]
        assert days.count(start.date()) == 50 and days.count(start.date() + timedelta(days=1)) == 30
        _send_all(start)
        assert len(smtp.received) == 50
        status = account.get("/system/status").json()["data"]
        assert status["messages_sent_today"] == 50 and status["queued_messages"] == 30
    with time_machine.travel(start + timedelta(hours=12), tick=False):  # 23:00 in Berlin: still today
        _send_all(start + timedelta(hours=12))
        assert len(smtp.received) == 50
    tomorrow = start + timedelta(days=1)
    with time_machine.travel(tomorrow, tick=False):
        _send_all(tomorrow)
        assert len(smtp.received) == 80
    assert len(set(smtp.message_ids())) == 80
    assert _statuses(ids) == ["sent"] * 80


def test_pause_mid_batch_stops_what_is_not_yet_handed_over(account, smtp):
    _no_gap(account)
    ids = make_pending(account.id, 10)
    account.post("/messages/bulk-approve", json={"message_ids": ids})

    def pause_after_three(count):
        if count == 3:
            with db.writing() as session:
                session.execute(update(User).where(User.id == account.id).values(paused=True))

    smtp.on_message = pause_after_three
    _send_all()
    assert len(smtp.received) == 3
    assert sorted(_statuses(ids)).count("sent") == 3 and _statuses(ids).count("approved") == 7
    _send_all()
    assert len(smtp.received) == 3
    account.post("/system/resume")
    _send_all()
    assert len(smtp.received) == 10 and len(set(smtp.message_ids())) == 10


def test_sends_are_spaced_by_the_gap(account, smtp):
    account.patch("/account", json={"send_gap_seconds": 120})
    ids = make_pending(account.id, 3)
    planned = [
        datetime.fromisoformat(m["scheduled_at"])
        for m in account.post("/messages/bulk-approve", json={"message_ids": ids}).json()["data"]["messages"]
    ]
    assert all(120 <= (b - a).total_seconds() <= 161 for a, b in itertools.pairwise(planned))
    _send_all()
    assert len(smtp.received) == 1  # one now; the others when their time and the gap allow
    with time_machine.travel(planned[1] + timedelta(seconds=1)):
        _send_all(planned[1] + timedelta(seconds=1))
    assert len(smtp.received) == 2


def test_optimal_means_the_next_sending_window(account):
    account.patch(
        "/account",
        json={
            "timezone": "America/New_York",
            "send_gap_seconds": 0,
            "sending_window": {"days": ["tue", "thu"], "start": "09:30", "end": "10:30"},
        },
    )
    ids = make_pending(account.id, 1)
    # Wednesday 2027-03-10 16:00 New York time: the next window opens Thursday at 09:30.
    with time_machine.travel(datetime(2027, 3, 10, 21, 0, tzinfo=UTC), tick=False):
        account.sign_in()
        approved = account.post(f"/messages/{ids[0]}/approve", json={"schedule": "optimal"}).json()["data"]
    assert approved["message"]["scheduled_at"] == "2027-03-11T14:30:00Z"


def test_an_interrupted_send_ends_unknown_and_is_never_resent(account, smtp):
    _no_gap(account)
    ids = make_pending(account.id, 1)
    account.post(f"/messages/{ids[0]}/approve")
    jobs = claim(datetime.now(UTC), account.id)  # a worker takes it... and dies before sending
    assert [j.message_id for j in jobs] == ids
    later = datetime.now(UTC) + timedelta(minutes=10)
    assert expire_leases(later) == 1
    _send_all(later)
    shown = account.get(f"/messages/{ids[0]}").json()["data"]
    assert shown["status"] == "unknown" and "not retried" in shown["failure_reason"]
    assert smtp.received == []


def test_the_default_file_outbox_writes_one_eml_per_message(seeded, settings, tmp_path, mail):
    mail(f"file://{tmp_path / 'outbox'}")
    draft = seeded.get("/messages/pending").json()["data"]["drafts"][0]
    seeded.post(f"/messages/{draft['id']}/approve")
    _send_all()
    files = list((tmp_path / "outbox").glob("*.eml"))
    assert len(files) == 1
    email = message_from_bytes(files[0].read_bytes(), policy=policy.default)
    assert email["Message-ID"] == seeded.get(f"/messages/{draft['id']}").json()["data"]["email_message_id"]
    assert email["Subject"] == draft["message"]["subject"]


def test_starttls_with_login(account, mail, tmp_path):
    _no_gap(account)
    context, certificate = self_signed(tmp_path)
    ids = make_pending(account.id, 1)
    with smtp_server(tls=context, credentials=("dana", "s3cret pass")) as (controller, recorder):
        mail(f"smtp://dana:s3cret%20pass@127.0.0.1:{controller.port}?starttls=true&cafile={certificate}")
        account.post(f"/messages/{ids[0]}/approve")
        _send_all()
        assert len(recorder.received) == 1
    ids = make_pending(account.id, 1, email_domain="example.net")
    with smtp_server(tls=context, credentials=("dana", "right")) as (controller, recorder):
        mail(f"smtp://dana:wrong@127.0.0.1:{controller.port}?starttls=true&cafile={certificate}")
        account.post(f"/messages/{ids[0]}/approve")
        _send_all()
        shown = account.get(f"/messages/{ids[0]}").json()["data"]
        assert shown["status"] == "approved" and "login refused" in shown["failure_reason"]
        assert recorder.received == []


def test_approve_refuses_contacts_without_email_at_approval_time(account):
    ids = make_pending(account.id, 1)
    with db.writing() as session:
        contact_id = session.get(Message, ids[0]).contact_id
        session.execute(update(Contact).where(Contact.id == contact_id).values(email=None))
    _error(account.post(f"/messages/{ids[0]}/approve"), 409, "CONFLICT")
    with db.reading() as session:
        assert session.scalar(select(Message.status).where(Message.id == ids[0])) == "failed"


def test_a_new_approval_keeps_its_distance_from_a_send_just_made(account, smtp):
    account.patch("/account", json={"send_gap_seconds": 300})
    first, second = make_pending(account.id, 2)
    account.post(f"/messages/{first}/approve")
    _send_all()
    sent_at = datetime.fromisoformat(account.get(f"/messages/{first}").json()["data"]["sent_at"])
    planned = account.post(f"/messages/{second}/approve").json()["data"]["message"]["scheduled_at"]
    assert datetime.fromisoformat(planned) >= sent_at + timedelta(seconds=299)
