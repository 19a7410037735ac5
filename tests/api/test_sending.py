"""Sending over a real SMTP server on loopback: exactly once, under the limit, never while paused."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from zoneinfo import ZoneInfo

import pytest
import time_machine
from sqlalchemy import func, select, update

from careeros.sending.stage import LEASE, _finish, _hand_over, claim, expire_due, send_due
from models import Contact, Message, MessageStatus, User, db
from tests.api.test_auth import _error
from tests.live import free_port
from tests.smtp import current_mail, self_signed, smtp_server


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


def _no_gap(account, **settings):
    account.patch("/account", json={"send_gap_seconds": 0, **settings})


def _send_all(account, now=None):
    """Worker passes of the sender, for this test's account, until nothing more of it is due."""
    while send_due(now or datetime.now(UTC), account.id, mail=current_mail()):
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
    _send_all(seeded)
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
    _send_all(account)
    shown = account.get(f"/messages/{ids[0]}").json()["data"]
    assert shown["status"] == "approved" and "Will retry" in shown["failure_reason"]
    assert shown["next_attempt_at"] is not None
    with smtp_server(port) as (_, recorder):
        _send_all(account)  # not yet: the retry is backed off
        assert recorder.received == []
        with time_machine.travel(datetime.now(UTC) + timedelta(minutes=1)):
            _send_all(account)
            _send_all(account)
        assert sorted(recorder.message_ids()) == sorted(
            account.get(f"/messages/{i}").json()["data"]["email_message_id"] for i in ids
        )
    assert _statuses(ids) == ["sent"] * 6


def test_a_5xx_reply_fails_the_message_with_the_servers_reason(account, smtp):
    _no_gap(account)
    ids = make_pending(account.id, 2)
    smtp.refuse["p0@example.org"] = "550 5.1.1 No such user here"
    account.post("/messages/bulk-approve", json={"message_ids": ids})
    _send_all(account)
    first = account.get(f"/messages/{ids[0]}").json()["data"]
    assert first["status"] == "failed" and "550 5.1.1 No such user here" in first["failure_reason"]
    assert _statuses(ids)[1] == "sent"


def test_a_4xx_reply_is_retried_later(account, smtp):
    _no_gap(account)
    ids = make_pending(account.id, 1)
    smtp.refuse["p0@example.org"] = "451 4.7.1 Greylisted, try again"
    account.post(f"/messages/{ids[0]}/approve")
    _send_all(account)
    shown = account.get(f"/messages/{ids[0]}").json()["data"]
    assert shown["status"] == "approved" and "451" in shown["failure_reason"]
    del smtp.refuse["p0@example.org"]
    with time_machine.travel(datetime.now(UTC) + timedelta(minutes=1)):
        _send_all(account)
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
        _send_all(account, start)
        assert len(smtp.received) == 50
        status = account.get("/system/status").json()["data"]
        assert status["messages_sent_today"] == 50 and status["queued_messages"] == 30
    with time_machine.travel(start + timedelta(hours=12), tick=False):  # 23:00 in Berlin: still today
        _send_all(account, start + timedelta(hours=12))
        assert len(smtp.received) == 50
    tomorrow = start + timedelta(days=1)
    with time_machine.travel(tomorrow, tick=False):
        _send_all(account, tomorrow)
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
    _send_all(account)
    assert len(smtp.received) == 3
    assert sorted(_statuses(ids)).count("sent") == 3 and _statuses(ids).count("approved") == 7
    _send_all(account)
    assert len(smtp.received) == 3
    account.post("/system/resume")
    _send_all(account)
    assert len(smtp.received) == 10 and len(set(smtp.message_ids())) == 10


def test_sends_are_spaced_by_the_gap(account, smtp):
    account.patch("/account", json={"send_gap_seconds": 120})
    ids = make_pending(account.id, 3)
    planned = [
        datetime.fromisoformat(m["scheduled_at"])
        for m in account.post("/messages/bulk-approve", json={"message_ids": ids}).json()["data"]["messages"]
    ]
    assert all(120 <= (b - a).total_seconds() <= 161 for a, b in itertools.pairwise(planned))
    _send_all(account)
    assert len(smtp.received) == 1  # one now; the others when their time and the gap allow
    with time_machine.travel(planned[1] + timedelta(seconds=1)):
        _send_all(account, planned[1] + timedelta(seconds=1))
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


def test_a_claimed_message_that_never_reached_the_server_is_sent_after_a_crash(account, smtp):
    # A worker claims the message and dies before its SMTP transaction begins: it provably never
    # left, so when the lease runs out it goes back to `approved` and is sent, once.
    _no_gap(account)
    ids = make_pending(account.id, 1)
    account.post(f"/messages/{ids[0]}/approve")
    jobs = claim(datetime.now(UTC), account.id)
    assert [j.message_id for j in jobs] == ids
    later = datetime.now(UTC) + timedelta(minutes=10)
    assert expire_due(later) == 1
    assert _statuses(ids) == ["approved"]
    with time_machine.travel(later):
        _send_all(account, later)
    assert _statuses(ids) == ["sent"] and len(smtp.received) == 1


def test_a_message_handed_over_when_the_worker_died_ends_unknown_and_is_resent_only_on_request(account, smtp):
    _no_gap(account)
    ids = make_pending(account.id, 1)
    account.post(f"/messages/{ids[0]}/approve")
    jobs = claim(datetime.now(UTC), account.id)
    assert _hand_over(jobs[0], LEASE, timedelta(seconds=60)) == "go"  # ...and the worker dies mid-SMTP
    later = datetime.now(UTC) + timedelta(minutes=10)
    assert expire_due(later) == 1
    with time_machine.travel(later):
        _send_all(account, later)
        shown = account.sign_in().get(f"/messages/{ids[0]}").json()["data"]
        assert shown["status"] == "unknown" and "not retried" in shown["failure_reason"]
        assert smtp.received == []
        # The person checked their sent folder: it is not there, so they resend it.
        resent = account.post(f"/messages/{ids[0]}/resend").json()["data"]["message"]
        assert resent["status"] == "approved"
        _error(account.post(f"/messages/{ids[0]}/resend"), 409, "CONFLICT")
        _send_all(account)
    assert _statuses(ids) == ["sent"] and smtp.message_ids() == [shown["email_message_id"]]


def test_resend_is_only_for_interrupted_sends(seeded):
    draft = seeded.get("/messages/pending").json()["data"]["drafts"][0]
    _error(seeded.post(f"/messages/{draft['id']}/resend"), 409, "CONFLICT")
    _error(seeded.post("/messages/msg_001/resend"), 404, "NOT_FOUND")


def test_a_late_answer_settles_a_message_that_went_unknown(account, smtp):
    # The worker was only slow, not dead: its lease ran out mid-send (unknown), then the server
    # accepted the mail and the worker recorded it. Now we know: `sent`.
    _no_gap(account)
    ids = make_pending(account.id, 1)
    account.post(f"/messages/{ids[0]}/approve")
    jobs = claim(datetime.now(UTC), account.id)
    assert _hand_over(jobs[0], LEASE, timedelta(seconds=60)) == "go"
    expire_due(datetime.now(UTC) + timedelta(minutes=10))
    assert _statuses(ids) == ["unknown"]
    _finish(jobs[0], MessageStatus.SENT)
    assert _statuses(ids) == ["sent"]


@pytest.mark.parametrize(
    "subject",
    [
        "Hello =?utf-8?q?=0D=0ABcc:_attacker@evil.example=0D=0AX-Injected:_yes?= there",
        "Re: =?utf-8?b?DQpCY2M6IGF0dGFja2VyQGV2aWwuZXhhbXBsZQ==?=",
        "plain =?iso-8859-1?q?caf=E9?= words",
    ],
)
def test_encoded_words_in_a_subject_never_become_headers(seeded, smtp, subject):
    draft = seeded.get("/messages/pending").json()["data"]["drafts"][0]
    assert (
        seeded.post(f"/messages/{draft['id']}/approve", json={"edits": {"subject": subject}}).status_code
        == 200
    )
    _send_all(seeded)
    [raw] = smtp.received
    email = message_from_bytes(raw, policy=policy.default)
    # A mail client shows exactly what the user typed, and sees no header they did not write.
    assert email["Subject"] == subject
    assert email.get("Bcc") is None and email.get("X-Injected") is None
    assert smtp.envelopes[0][1] == [draft_email(seeded, draft)]
    assert b"\nBcc:" not in raw and b"\nX-Injected:" not in raw


def draft_email(account, draft) -> str:
    with db.reading() as session:
        return session.get(Message, draft["id"]).contact.email


@pytest.mark.parametrize("character", ["\x1c", "\x85", "\u2028", "\u2029", "\r", "\n", "\x00", "\x7f"])
def test_a_subject_with_a_line_breaking_character_is_refused_at_the_api(seeded, character):
    draft = seeded.get("/messages/pending").json()["data"]["drafts"][0]
    response = seeded.post(
        f"/messages/{draft['id']}/approve",
        json={"edits": {"subject": f"Hello{character}Bcc: x@evil.example"}},
    )
    _error(response, 400, "INVALID_REQUEST", "edits.subject")
    assert seeded.get(f"/messages/{draft['id']}").json()["data"]["status"] == "pending"


def test_names_from_an_import_with_control_characters_are_written_safely(account, smtp):
    # A contact name from a CSV (not checked by the API's schema) holding a line separator: the
    # mail still leaves, with the name on one line and nothing injected.
    _no_gap(account)
    ids = make_pending(account.id, 1)
    with db.writing() as session:
        session.get(Message, ids[0]).contact.name = "Eve\u2028Bcc: attacker@evil.example\x1cX"
    account.post(f"/messages/{ids[0]}/approve")
    _send_all(account)
    [raw] = smtp.received
    email = message_from_bytes(raw, policy=policy.default)
    assert email["To"].addresses[0].display_name == "Eve Bcc: attacker@evil.example X"
    assert email.get("Bcc") is None and _statuses(ids) == ["sent"]


def test_an_address_that_cannot_be_written_fails_for_good_instead_of_going_unknown(account, smtp):
    _no_gap(account)
    ids = make_pending(account.id, 1)
    with db.writing() as session:
        session.get(Message, ids[0]).contact.email = "p0@example.org\r\nBcc: attacker@evil.example"
    account.post(f"/messages/{ids[0]}/approve")
    _send_all(account)
    shown = account.get(f"/messages/{ids[0]}").json()["data"]
    assert shown["status"] == "failed" and "cannot be written" in shown["failure_reason"]
    assert smtp.received == []


def test_the_default_file_outbox_writes_one_eml_per_message(seeded, settings, tmp_path, mail):
    mail(f"file://{tmp_path / 'outbox'}")
    draft = seeded.get("/messages/pending").json()["data"]["drafts"][0]
    seeded.post(f"/messages/{draft['id']}/approve")
    _send_all(seeded)
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
        _send_all(account)
        assert len(recorder.received) == 1
    ids = make_pending(account.id, 1, email_domain="example.net")
    with smtp_server(tls=context, credentials=("dana", "right")) as (controller, recorder):
        mail(f"smtp://dana:wrong@127.0.0.1:{controller.port}?starttls=true&cafile={certificate}")
        account.post(f"/messages/{ids[0]}/approve")
        _send_all(account)
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
    _send_all(account)
    sent_at = datetime.fromisoformat(account.get(f"/messages/{first}").json()["data"]["sent_at"])
    planned = account.post(f"/messages/{second}/approve").json()["data"]["message"]["scheduled_at"]
    assert datetime.fromisoformat(planned) >= sent_at + timedelta(seconds=299)


# ---- planning: the whole daily limit, and a plan that follows the settings ------------------

BERLIN = ZoneInfo("Europe/Berlin")
TUESDAY_10_BERLIN = datetime(2027, 3, 9, 9, 0, tzinfo=UTC)


def _days(messages) -> list:
    return [datetime.fromisoformat(m["scheduled_at"]).astimezone(BERLIN).date() for m in messages]


def _planned(account, ids) -> list:
    return _days(account.get(f"/messages/{i}").json()["data"] for i in ids)


def test_raising_the_daily_limit_brings_held_mail_back_to_today(account):
    with time_machine.travel(TUESDAY_10_BERLIN, tick=False):
        account.sign_in()
        _no_gap(account, daily_limit=3, timezone="Europe/Berlin")
        ids = make_pending(account.id, 5)
        approved = account.post("/messages/bulk-approve", json={"message_ids": ids}).json()["data"]
        today, tomorrow = TUESDAY_10_BERLIN.date(), TUESDAY_10_BERLIN.date() + timedelta(days=1)
        assert _days(approved["messages"]) == [today] * 3 + [tomorrow] * 2
        account.patch("/account", json={"daily_limit": 50})
        assert _planned(account, ids) == [today] * 5
        # Lowering it again holds approvals back to the days the new limit allows.
        account.patch("/account", json={"daily_limit": 2})
        assert sorted(_planned(account, ids)) == [today] * 2 + [tomorrow] * 2 + [tomorrow + timedelta(days=1)]


def test_a_new_time_zone_or_window_replans_held_mail(account):
    with time_machine.travel(TUESDAY_10_BERLIN, tick=False):
        account.sign_in()
        _no_gap(account, timezone="Europe/Berlin")
        ids = make_pending(account.id, 2)
        account.post("/messages/bulk-approve", json={"message_ids": ids, "schedule": "optimal"})
        # 10:00 Berlin is inside the default 09:00–11:00 window: now.
        assert [account.get(f"/messages/{i}").json()["data"]["scheduled_at"] for i in ids] == [
            "2027-03-09T09:00:00Z"
        ] * 2
        account.patch(
            "/account", json={"sending_window": {"days": ["wed"], "start": "14:00", "end": "15:00"}}
        )
        assert [account.get(f"/messages/{i}").json()["data"]["scheduled_at"] for i in ids] == [
            "2027-03-10T13:00:00Z"
        ] * 2
        account.patch("/account", json={"timezone": "America/New_York"})
        assert [account.get(f"/messages/{i}").json()["data"]["scheduled_at"] for i in ids] == [
            "2027-03-10T19:00:00Z"
        ] * 2


def test_a_message_being_sent_counts_once_when_more_are_approved(account, smtp):
    """Limit 7: three approved, one of them taken by a sender (in flight), then twelve more
    approved. Seven go today (the one in flight among them), eight tomorrow; and the day's
    sends then deliver exactly seven."""
    with time_machine.travel(TUESDAY_10_BERLIN, tick=False):
        account.sign_in()
        _no_gap(account, daily_limit=7, timezone="Europe/Berlin")
        first = make_pending(account.id, 3)
        account.post("/messages/bulk-approve", json={"message_ids": first})
        in_flight = claim(TUESDAY_10_BERLIN, account.id)
        assert len(in_flight) == 3 and _hand_over(in_flight[0], LEASE, timedelta(seconds=60)) == "go"
        more = make_pending(account.id, 12, email_domain="example.net")
        approved = account.post("/messages/bulk-approve", json={"message_ids": more}).json()["data"]
        today = TUESDAY_10_BERLIN.date()
        # The other two claimed ones are still `sending` too: 3 in flight + 4 more today.
        assert _days(approved["messages"]).count(today) == 4
        _finish(in_flight[0], MessageStatus.SENT)
        for job in in_flight[1:]:
            from careeros.sending.stage import _release

            _release(job)
        _send_all(account, TUESDAY_10_BERLIN)
    assert len(smtp.received) == 6  # plus the one finished by hand above: seven today
    with db.reading() as session:
        sent_today = session.scalar(
            select(func.count()).where(Message.user_id == account.id, Message.status == MessageStatus.SENT)
        )
    assert sent_today == 7


def test_a_batch_commits_once_per_message_sent_plus_one(account, smtp):
    """The outcome of one message is recorded in the commit that hands the next one over: five
    messages cost five hand-over commits and one for the last outcome (after the claim), and all
    five end `sent`, each with its sent_at."""
    from sqlalchemy import event

    _no_gap(account)
    ids = make_pending(account.id, 5)
    account.post("/messages/bulk-approve", json={"message_ids": ids})
    commits = []
    listener = lambda _connection: commits.append(1)  # noqa: E731
    event.listen(db.engine(), "commit", listener)
    try:
        assert send_due(datetime.now(UTC), account.id, mail=current_mail()) == 5
    finally:
        event.remove(db.engine(), "commit", listener)
    assert _statuses(ids) == ["sent"] * 5
    with db.reading() as session:
        assert all(session.get(Message, i).sent_at is not None for i in ids)
    assert len(smtp.received) == 5
    assert len(commits) <= 1 + 5 + 1 + 1, commits  # claim, hand-overs, last outcome, the pass's own


def test_a_message_sent_costs_two_statements_when_no_webhook_wants_it(account, smtp):
    """Past the claim, each message costs its hand-over and, in the same commit, the outcome of
    the one before (which also says whether any webhook endpoint might want an event): no read
    of the account's follow-up settings or of its endpoints per message. On PostgreSQL the two
    are one statement."""
    from sqlalchemy import event

    _no_gap(account)
    ids = make_pending(account.id, 5)
    account.post("/messages/bulk-approve", json={"message_ids": ids})
    statements: list[str] = []

    def seen(_connection, _cursor, statement, *_):
        statements.append(" ".join(statement.split()))

    event.listen(db.engine(), "before_cursor_execute", seen)
    try:
        assert send_due(datetime.now(UTC), account.id, mail=current_mail()) == 5
    finally:
        event.remove(db.engine(), "before_cursor_execute", seen)
    assert _statuses(ids) == ["sent"] * 5
    claimed = next(i for i, s in enumerate(statements) if s.startswith("UPDATE messages SET status"))
    after_claim = [s for s in statements[claimed + 1 :] if not s.startswith("BEGIN")]
    if db.is_sqlite():
        assert len(after_claim) == 5 + 5, after_claim  # five hand-overs, five outcomes
        assert all(s.startswith("UPDATE messages") for s in after_claim), after_claim
    else:
        # The first hand-over; four outcomes each with the next hand-over; the last outcome.
        assert len(after_claim) == 1 + 4 + 1, after_claim
        first, *both, last = after_claim
        assert first.startswith("UPDATE messages SET lease_until") and last.startswith(
            "UPDATE messages SET status"
        )
        assert all(
            s.startswith("WITH settled AS (UPDATE messages") and "handed AS (UPDATE messages" in s
            for s in both
        )


def test_a_batch_for_an_account_with_a_webhook_records_one_sent_event_per_message(account, smtp, settings):
    """The hooked path of the combined outcome and hand-over: every message's event, in the commit
    that records it sent (and none for a message whose claim was lost before its outcome)."""
    from dataclasses import replace

    from careeros import settings as settings_mod
    from models import WebhookEvent

    settings_mod.install(replace(settings, webhooks_allow_loopback=True))
    try:
        response = account.post(
            "/webhooks/endpoints", json={"url": "http://127.0.0.1:9/hook", "events": ["message.sent"]}
        )
        assert response.status_code == 201, response.text
    finally:
        settings_mod.install(settings)
    _no_gap(account)
    ids = make_pending(account.id, 4)
    account.post("/messages/bulk-approve", json={"message_ids": ids})
    assert send_due(datetime.now(UTC), account.id, mail=current_mail()) == 4
    assert _statuses(ids) == ["sent"] * 4
    with db.reading() as session:
        payloads = session.scalars(
            select(WebhookEvent.payload).where(
                WebhookEvent.user_id == account.id, WebhookEvent.type == "message.sent"
            )
        ).all()
    assert sorted(i for i in ids if any(i in p for p in payloads)) == sorted(ids) and len(payloads) == 4


def test_an_outcome_for_a_claim_lost_meanwhile_is_not_recorded_with_the_next_hand_over(account, smtp):
    """Message 1 was sent, but before its outcome was recorded its claim went to someone else:
    the combined statement hands message 2 over and leaves message 1 alone."""
    _no_gap(account)
    ids = make_pending(account.id, 2)
    account.post("/messages/bulk-approve", json={"message_ids": ids})
    jobs = claim(datetime.now(UTC), account.id)
    ids = [j.message_id for j in jobs]  # in the order claimed
    assert len(ids) == 2
    assert _hand_over(jobs[0], LEASE, LEASE) == "go"
    with db.writing() as session:  # the lease ran out and another claim took it
        session.execute(update(Message).where(Message.id == ids[0]).values(claim_token="someone-else"))
    assert _hand_over(jobs[1], LEASE, LEASE, sent=jobs[0]) == "go"
    assert _statuses(ids) == ["sending", "sending"]
    _finish(jobs[1], MessageStatus.SENT)
    assert _statuses(ids) == ["sending", "sent"]
