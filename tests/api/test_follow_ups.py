"""Follow-ups with a moving clock: drafted after the account's business-day waits into the same
review queue, sent in the same thread over a real SMTP server, and stopped by a reply, a bounce,
do-not-contact or a wrong-contact rejection; held by pause and by an out-of-office return date."""

from __future__ import annotations

import json
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy

import pytest
import time_machine
from sqlalchemy import select

from careeros.drafting.stage import draft_one
from careeros.followups import business_days_after, follow_ups_due, return_date
from models import WebhookEndpoint, WebhookEvent, db
from tests import mail_samples as mail
from tests.api.test_auth import _error
from tests.api.test_sending import _send_all, make_pending
from tests.unit.test_draft_quality import _middle, _runs

# A Thursday: four business days later is the next Wednesday, over a weekend.
THURSDAY = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
RFC822 = {"content-type": "message/rfc822"}


@contextmanager
def at(account, moment: datetime):
    """Frozen at `moment`, signed in afresh (the old token expired on the way)."""
    with time_machine.travel(moment, tick=False):
        account.sign_in()
        yield


def _open_hours(account, **follow_ups):
    body = {
        "send_gap_seconds": 0,
        "timezone": "UTC",
        "sending_window": {
            "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
            "start": "00:00",
            "end": "23:59",
        },
    }
    if follow_ups:
        body["follow_ups"] = follow_ups
    assert account.patch("/account", json=body).status_code == 200


def _tick(account) -> list[dict]:
    """One pass of the follow-up stage and the drafter for this account; the new drafts."""
    now = datetime.now(UTC)
    follow_ups_due(now, account.id)
    while draft_one(now, account.id):
        pass
    drafts = account.get("/messages/pending?limit=20").json()["data"]["drafts"]
    return [d for d in drafts if d["follow_up_step"]]


def _message(account, message_id: str) -> dict:
    return account.get(f"/messages/{message_id}").json()["data"]


def _approve_and_send(account, message_id: str) -> None:
    response = account.post(f"/messages/{message_id}/approve", json={})
    assert response.status_code == 200, response.text
    _send_all(account)
    assert _message(account, message_id)["status"] == "sent"


def _sent_first(account) -> dict:
    """Thursday 10:00: one first message, sent."""
    _open_hours(account)
    (first,) = make_pending(account.id, 1)
    _approve_and_send(account, first)
    return _message(account, first)


def _post(account, raw: bytes) -> dict:
    response = account.client.post(
        "/inbound/email", content=raw, headers={**RFC822, **account.inbound_headers()}
    )
    assert response.status_code == 200, response.text
    return response.json()["data"]


def test_a_silent_thread_gets_two_follow_ups_after_four_then_seven_business_days(account, smtp):
    with at(account, THURSDAY):
        first = _sent_first(account)
        assert first["thread_id"] == first["id"]
        assert first["next_follow_up_at"] == "2026-12-09T10:00:00Z"  # Fri, Mon, Tue, Wed
    with at(account, datetime(2026, 12, 9, 9, 59, tzinfo=UTC)):
        assert _tick(account) == []  # the weekend does not count
    with at(account, datetime(2026, 12, 9, 10, 1, tzinfo=UTC)):
        (follow_up,) = _tick(account)
        assert (follow_up["follow_up_step"], follow_up["follows"]) == (1, first["id"])
        assert follow_up["message"]["subject"] == "Re: " + first["message"]["subject"]
        body = follow_up["message"]["body"]
        assert len(body.split()) <= 60
        assert not any(
            p in body.lower() for p in ("just bumping", "circling back", "did you get", "haven't heard")
        )
        assert follow_up["contact"]["id"] == first["contact"]["id"]
        assert _tick(account) == [follow_up]  # one follow-up per step, however often the stage runs
        _approve_and_send(account, follow_up["id"])
        shown = _message(account, follow_up["id"])
        assert shown["thread_id"] == first["id"] and shown["next_follow_up_at"] == "2026-12-18T10:01:00Z"
    with at(account, datetime(2026, 12, 18, 10, 0, tzinfo=UTC)):
        assert _tick(account) == []  # seven business days after Wednesday 10:01 is Friday 10:01
    with at(account, datetime(2026, 12, 18, 10, 2, tzinfo=UTC)):
        (second,) = _tick(account)
        assert (second["follow_up_step"], second["follows"]) == (2, follow_up["id"])
        assert second["message"]["body"] != follow_up["message"]["body"]
        _approve_and_send(account, second["id"])
        assert _message(account, second["id"])["next_follow_up_at"] is None  # the count is two
    with at(account, datetime(2027, 2, 1, 10, 0, tzinfo=UTC)):
        assert _tick(account) == []  # none after the second
        dashboard = account.get("/analytics/dashboard?period=all_time").json()["data"]
        assert dashboard["sent_by_step"] == {
            "first_message": 1,
            "follow_up_1": 1,
            "follow_up_2": 1,
            "follow_up_3": 0,
        }

    # One thread in every mail client: Re: subjects, In-Reply-To and References down the chain.
    mails = [message_from_bytes(raw, policy=policy.default) for raw in smtp.received]
    assert len(mails) == 3
    ids = [m["Message-ID"] for m in mails]
    assert ids[0] == first["email_message_id"]
    assert mails[0]["In-Reply-To"] is None and mails[0]["References"] is None
    assert mails[1]["In-Reply-To"] == ids[0] and mails[1]["References"].split() == ids[:1]
    assert mails[2]["In-Reply-To"] == ids[1] and mails[2]["References"].split() == ids[:2]
    assert [m["Subject"] for m in mails[1:]] == ["Re: " + first["message"]["subject"]] * 2


def test_a_reply_after_the_first_follow_up_withdraws_the_second(account, smtp):
    with at(account, THURSDAY):
        _sent_first(account)
    with at(account, datetime(2026, 12, 9, 11, 0, tzinfo=UTC)):
        (follow_up,) = _tick(account)
        _approve_and_send(account, follow_up["id"])
    with at(account, datetime(2026, 12, 18, 11, 0, tzinfo=UTC)):
        (second,) = _tick(account)  # drafted and waiting for review when the answer comes
        sent = _message(account, follow_up["id"])
        reply = mail.gmail_reply(
            sender="p0@example.org",
            to=account.email,
            in_reply_to=sent["email_message_id"],
            message_id="<reply-1@mail.example.org>",
            text="Thanks for following up, happy to talk next week.",
        )
        assert _post(account, reply)["outcome"] == "reply"
        assert _message(account, follow_up["id"])["status"] == "replied"
        withdrawn = _message(account, second["id"])
        assert withdrawn["status"] == "withdrawn" and "replied" in withdrawn["failure_reason"]
        _error(account.post(f"/messages/{second['id']}/approve", json={}), 409, "CONFLICT")
        assert _tick(account) == []
        dashboard = account.get("/analytics/dashboard?period=all_time").json()["data"]
        assert dashboard["replies_by_step"] == {
            "first_message": 0,
            "follow_up_1": 1,
            "follow_up_2": 0,
            "follow_up_3": 0,
        }
    with at(account, datetime(2027, 2, 1, 10, 0, tzinfo=UTC)):
        assert _tick(account) == []
    assert len(smtp.received) == 2


def test_a_reply_to_the_first_message_withdraws_a_follow_up_already_approved(account, smtp):
    with at(account, THURSDAY):
        first = _sent_first(account)
    with at(account, datetime(2026, 12, 9, 11, 0, tzinfo=UTC)):
        (follow_up,) = _tick(account)
        account.patch("/account", json={"daily_limit": 1})  # today's one mail is gone: it waits
        assert account.post(f"/messages/{follow_up['id']}/approve", json={}).status_code == 200
        reply = mail.apple_mail_reply(
            sender="p0@example.org",
            to=account.email,
            in_reply_to=first["email_message_id"],
            message_id="<reply-2@mail.example.org>",
            text="Sure, let us talk.",
        )
        _post(account, reply)
        assert _message(account, follow_up["id"])["status"] == "withdrawn"
    with at(account, datetime(2026, 12, 10, 11, 0, tzinfo=UTC)):
        _send_all(account)
    assert len(smtp.received) == 1


def test_a_bounce_stops_the_sequence(account, smtp):
    with at(account, THURSDAY):
        first = _sent_first(account)
        bounce = mail.dsn_bounce(
            to=account.email,
            failed="p0@example.org",
            original_message_id=first["email_message_id"],
            message_id="<dsn-1@mx.example.org>",
        )
        assert _post(account, bounce)["outcome"] == "bounce"
        assert _message(account, first["id"])["next_follow_up_at"] is None
    with at(account, datetime(2026, 12, 21, 11, 0, tzinfo=UTC)):
        assert _tick(account) == []


def test_an_out_of_office_with_a_return_date_delays_the_follow_up(account, smtp):
    with at(account, THURSDAY):
        first = _sent_first(account)
    with at(account, datetime(2026, 12, 4, 8, 0, tzinfo=UTC)):
        auto = mail.out_of_office(
            sender="p0@example.org",
            to=account.email,
            in_reply_to=first["email_message_id"],
            message_id="<ooo-1@mail.example.org>",
            text="Thank you for your message. I am out of the office and back on 21 December.",
        )
        assert _post(account, auto)["outcome"] == "auto_reply"
        assert _message(account, first["id"])["status"] == "sent"  # an auto-reply is no answer
    with at(account, datetime(2026, 12, 9, 11, 0, tzinfo=UTC)):
        assert _tick(account) == []  # due, but they are away: it moves past their return
        assert _message(account, first["id"])["next_follow_up_at"] == "2026-12-22T00:00:00Z"
    with at(account, datetime(2026, 12, 21, 12, 0, tzinfo=UTC)):
        assert _tick(account) == []  # their first day back
    with at(account, datetime(2026, 12, 22, 0, 1, tzinfo=UTC)):
        (follow_up,) = _tick(account)
        assert follow_up["follows"] == first["id"]


def test_pause_holds_the_follow_up_and_resume_releases_it(account, smtp):
    with at(account, THURSDAY):
        first = _sent_first(account)
    with at(account, datetime(2026, 12, 8, 12, 0, tzinfo=UTC)):
        assert account.post("/system/pause", json={}).status_code == 200
    with at(account, datetime(2026, 12, 10, 12, 0, tzinfo=UTC)):
        assert _tick(account) == []
        assert _message(account, first["id"])["next_follow_up_at"] == "2026-12-09T10:00:00Z"
        assert account.post("/system/resume", json={}).status_code == 200
        (follow_up,) = _tick(account)
        assert follow_up["follows"] == first["id"]


def test_follow_ups_share_the_daily_limit_with_first_messages(account, smtp):
    with at(account, THURSDAY):
        first = _sent_first(account)
    with at(account, datetime(2026, 12, 9, 11, 0, tzinfo=UTC)):
        (follow_up,) = _tick(account)
        account.patch("/account", json={"daily_limit": 2})
        others = make_pending(account.id, 2, email_domain="other.example.org")
        response = account.post("/messages/bulk-approve", json={"message_ids": [follow_up["id"], *others]})
        assert response.status_code == 200, response.text
        _send_all(account)
        statuses = sorted(_message(account, i)["status"] for i in [follow_up["id"], *others])
        assert statuses == ["approved", "sent", "sent"]
    assert len(smtp.received) == 3  # the first message, then two of the three on Wednesday
    assert first["id"]


def test_wrong_contact_and_do_not_contact_end_the_thread(account, other_account, smtp):
    with at(account, THURSDAY):
        first = _sent_first(account)
    with at(account, datetime(2026, 12, 9, 11, 0, tzinfo=UTC)):
        (follow_up,) = _tick(account)
        response = account.post(f"/messages/{follow_up['id']}/reject", json={"reason": "wrong_contact"})
        assert response.status_code == 200, response.text
    with at(account, datetime(2027, 1, 20, 11, 0, tzinfo=UTC)):
        assert _tick(account) == []
        assert _message(account, first["id"])["next_follow_up_at"] is None

    with at(other_account, THURSDAY):
        second = _sent_first(other_account)
    with at(other_account, datetime(2026, 12, 9, 11, 0, tzinfo=UTC)):
        (waiting,) = _tick(other_account)
        contact = second["contact"]["id"]
        assert other_account.post(f"/contacts/{contact}/do-not-contact", json={}).status_code == 200
        assert _message(other_account, waiting["id"])["status"] == "withdrawn"
    with at(other_account, datetime(2027, 1, 20, 11, 0, tzinfo=UTC)):
        assert _tick(other_account) == []


def test_turning_follow_ups_off_or_down_withdraws_what_waits(account, smtp):
    with at(account, THURSDAY):
        first = _sent_first(account)
    with at(account, datetime(2026, 12, 9, 11, 0, tzinfo=UTC)):
        (follow_up,) = _tick(account)
        response = account.patch("/account", json={"follow_ups": {"count": 0}})
        assert response.json()["data"]["settings"]["follow_ups"] == {
            "enabled": True,
            "count": 0,
            "waits": [4, 7],
        }
        assert _message(account, follow_up["id"])["status"] == "withdrawn"
        assert _message(account, first["id"])["next_follow_up_at"] is None
        # on again, with other waits: the withdrawn step is not written again, and a thread
        # sent from now on is due by the new rule (3 business days after Wednesday: Monday)
        account.patch("/account", json={"follow_ups": {"count": 1, "waits": [3]}})
        assert _message(account, first["id"])["next_follow_up_at"] is None
        assert _tick(account) == []
        (later,) = make_pending(account.id, 1, email_domain="later.example.org")
        _approve_and_send(account, later)
        assert _message(account, later)["next_follow_up_at"] == "2026-12-14T11:00:00Z"
        account.patch("/account", json={"follow_ups": {"enabled": False}})
        assert account.get("/account").json()["data"]["settings"]["follow_ups"]["enabled"] is False


def test_the_stage_skips_threads_whose_step_was_already_written(account, smtp):
    # A follow-up rejected for another reason stays rejected: the stage does not write it again.
    with at(account, THURSDAY):
        _sent_first(account)
    with at(account, datetime(2026, 12, 9, 11, 0, tzinfo=UTC)):
        (follow_up,) = _tick(account)
        account.post(f"/messages/{follow_up['id']}/reject", json={"reason": "too_generic"})
        assert _tick(account) == []
        regenerated = account.post(f"/messages/{follow_up['id']}/regenerate", json={})
        assert regenerated.status_code in (200, 202), regenerated.text
        (again,) = _tick(account)
        assert again["follow_up_step"] == 1 and again["id"] != follow_up["id"]
        assert again["message"]["subject"].startswith("Re: ")


@pytest.mark.parametrize(
    ("follow_ups", "field"),
    [
        ({"count": 4}, "follow_ups.count"),
        ({"count": -1}, "follow_ups.count"),
        ({"waits": []}, "follow_ups.waits"),
        ({"waits": [0]}, "follow_ups.waits"),
        ({"waits": [4, 7, 9, 11]}, "follow_ups.waits"),
        ({"waits": [31]}, "follow_ups.waits"),
        ({"enabled": "yes"}, "follow_ups.enabled"),
        ({"every": 3}, "follow_ups"),
        ({}, "follow_ups"),
    ],
)
def test_bad_follow_up_settings_are_refused_and_nothing_changes(account, follow_ups, field):
    response = account.patch("/account", json={"follow_ups": follow_ups, "daily_limit": 9})
    _error(response, 400, "INVALID_REQUEST")
    assert field.split(".")[0] in json.dumps(response.json()["error"])
    settings = account.get("/account").json()["data"]["settings"]
    assert settings["follow_ups"] == {"enabled": True, "count": 2, "waits": [4, 7]}
    assert settings["daily_limit"] == 50


def test_webhook_events_carry_the_step(account, smtp):
    with db.writing() as session:
        session.add(
            WebhookEndpoint(
                user_id=account.id,
                url="https://hooks.example.com/careeros",
                events=["message.approved", "message.sent"],
                secret="whsec_" + "A" * 43,
            )
        )
    with at(account, THURSDAY):
        _sent_first(account)
    with at(account, datetime(2026, 12, 9, 11, 0, tzinfo=UTC)):
        (follow_up,) = _tick(account)
        _approve_and_send(account, follow_up["id"])
    with db.reading() as session:
        rows = session.scalars(
            select(WebhookEvent.payload)
            .where(WebhookEvent.user_id == account.id)
            .order_by(WebhookEvent.created_at)
        ).all()
    payloads = [json.loads(row) for row in rows]
    steps = [(p["event"], p["data"]["follow_up_step"]) for p in payloads]
    assert steps == [
        ("message.approved", 0),
        ("message.sent", 0),
        ("message.approved", 1),
        ("message.sent", 1),
    ]


# ---- the calendar and the auto-reply's date, without the service ------------------------------


def test_business_days_skip_weekends_in_the_accounts_time_zone():
    friday_evening_utc = datetime(2026, 12, 4, 23, 30, tzinfo=UTC)  # already Saturday in Tokyo
    assert business_days_after(friday_evening_utc, 1, "UTC") == datetime(2026, 12, 7, 23, 30, tzinfo=UTC)
    tokyo = business_days_after(friday_evening_utc, 1, "Asia/Tokyo")
    assert tokyo == datetime(2026, 12, 6, 23, 30, tzinfo=UTC)  # Saturday 08:30 → Monday 08:30 JST
    assert business_days_after(THURSDAY, 4, "UTC") == datetime(2026, 12, 9, 10, 0, tzinfo=UTC)
    assert business_days_after(THURSDAY, 7, "America/New_York") == THURSDAY + timedelta(days=11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I am out of the office until March 2 with limited access to email.", "2027-03-02"),
        ("I'm away and back on 21 December.", "2026-12-21"),
        ("Returning Monday, January 4th, 2027.", "2027-01-04"),
        ("Out of office until 2026-12-14.", "2026-12-14"),
        ("Ich bin bis 10.12.2026 nicht im Büro, zurück am 11.12.2026.", "2026-12-10"),
        ("Je suis absent, de retour le 8 janvier.", "2027-01-08"),
        ("I am travelling with limited access to email.", None),
        ("Back soon!", None),
        ("Out until 31 February.", None),
    ],
)
def test_the_return_date_of_an_auto_reply(text, expected):
    found = return_date(text, THURSDAY)
    assert (found.isoformat() if found else None) == expected


def test_ten_sent_two_replies_four_business_days_later_eight_follow_ups(seeded, smtp):
    """The issue's "done when": ten real drafts sent, two answered; four business days later the
    queue holds eight follow-ups, short, threaded and saying something the first message did not."""
    from models import Contact

    with at(seeded, THURSDAY):
        _open_hours(seeded)
        drafts = seeded.get("/messages/pending?limit=10").json()["data"]["drafts"]
        assert len(drafts) == 10
        ids = [d["id"] for d in drafts]
        assert seeded.post("/messages/bulk-approve", json={"message_ids": ids}).status_code == 200
        _send_all(seeded)
        firsts = {i: _message(seeded, i) for i in ids}
        assert {m["status"] for m in firsts.values()} == {"sent"}
    with at(seeded, datetime(2026, 12, 7, 9, 0, tzinfo=UTC)):
        for message_id in ids[:2]:
            with db.reading() as session:
                address = session.get(Contact, firsts[message_id]["contact"]["id"]).email
            reply = mail.gmail_reply(
                sender=address,
                to=seeded.email,
                in_reply_to=firsts[message_id]["email_message_id"],
                message_id=f"<answer-{message_id}@mail.example.org>",
                text="Happy to help, let us find a time.",
            )
            assert _post(seeded, reply)["outcome"] == "reply"
    with at(seeded, datetime(2026, 12, 9, 10, 30, tzinfo=UTC)):
        follow_ups = _tick(seeded)
        assert len(follow_ups) == 8
        assert {f["follows"] for f in follow_ups} == set(ids[2:])
        for follow_up in follow_ups:
            first = firsts[follow_up["follows"]]
            body = follow_up["message"]["body"]
            assert len(body.split()) <= 60
            assert follow_up["message"]["subject"] == "Re: " + first["message"]["subject"]
            assert follow_up["contact"]["id"] == first["contact"]["id"]
            assert first["contact"]["name"].split()[0] in body.split("\n")[0]
            shared = _runs(_middle(body)) & _runs(_middle(first["message"]["body"]))
            assert len(shared) <= 2, (shared, body)
        assert len({f["message"]["body"] for f in follow_ups}) == 8
        dashboard = seeded.get("/analytics/dashboard?period=all_time").json()["data"]
        assert dashboard["replies_by_step"]["first_message"] == 2
        assert dashboard["sent_by_step"]["first_message"] >= 10
