"""Replies and bounces through POST /inbound/email, as mail providers deliver them: matched,
previewed, counted once, and announced by webhook."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from careeros.sending.stage import claim, deliver
from models import WebhookEndpoint, WebhookEvent, db
from tests import mail_samples as mail
from tests.api.test_auth import _error
from tests.api.test_sending import make_pending
from tests.smtp import current_mail

RFC822 = {"content-type": "message/rfc822"}


@pytest.fixture()
def sent(account):
    """Four messages really sent (to the file outbox) to four contacts of the account."""
    account.patch("/account", json={"send_gap_seconds": 0})
    ids = make_pending(account.id, 4, email_domain="stripe.example")
    for message_id in ids:
        assert account.post(f"/messages/{message_id}/approve", json={}).status_code == 200
    assert deliver(claim(datetime.now(UTC), account.id), current_mail()) == 4
    return [account.get(f"/messages/{message_id}").json()["data"] for message_id in ids]


@pytest.fixture()
def hooked(account):
    """An endpoint subscribed to everything, so the outbox shows which events fired."""
    with db.writing() as session:
        session.add(
            WebhookEndpoint(
                user_id=account.id,
                url="https://hooks.example.com/careeros",
                events=["message.response_received", "message.bounced"],
                secret="whsec_" + "A" * 43,
            )
        )
    return account


def _events(account, event_type: str) -> list[dict]:
    with db.reading() as session:
        rows = session.scalars(
            select(WebhookEvent.payload).where(
                WebhookEvent.user_id == account.id, WebhookEvent.type == event_type
            )
        ).all()
    return [json.loads(row) for row in rows]


def _post(account, raw: bytes, **kw):
    return account.client.post(
        "/inbound/email",
        content=raw,
        headers={**RFC822, **account.inbound_headers(), **kw.pop("headers", {})},
        **kw,
    )


def _inbound(account, raw: bytes) -> dict:
    response = _post(account, raw)
    assert response.status_code == 200, response.text
    return response.json()["data"]


def _form(fields: dict[str, str]) -> tuple[bytes, str]:
    """multipart/form-data with text fields only, as SendGrid and Mailgun post them."""
    boundary = "xYzZY"
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
        for name, value in fields.items()
    ]
    body = "".join(parts) + f"--{boundary}--\r\n"
    return body.encode(), f"multipart/form-data; boundary={boundary}"


def _contact_email(message: dict, account) -> str:
    return account.get(f"/contacts/{message['contact']['id']}").json()["data"]["email"]


def test_a_gmail_reply_is_matched_by_in_reply_to_and_fires_once(hooked, sent):
    target = sent[1]
    raw = mail.gmail_reply(
        sender=_contact_email(target, hooked),
        to=hooked.email,
        in_reply_to=target["email_message_id"],
        message_id="<CAF=reply-1@mail.gmail.com>",
        text="Happy to chat — does Thursday at 3pm work?",
    )
    result = _inbound(hooked, raw)
    assert result["outcome"] == "reply" and result["message_id"] == target["id"]
    assert result["response_preview"] == "Happy to chat — does Thursday at 3pm work?"
    message = hooked.get(f"/messages/{target['id']}").json()["data"]
    assert message["status"] == "replied" and message["replied_at"]
    assert message["response_preview"] == "Happy to chat — does Thursday at 3pm work?"
    # The same email again (a provider's retry), then a second, different reply: one event only.
    assert _inbound(hooked, raw)["outcome"] == "duplicate"
    again = raw.replace(b"<CAF=reply-1@mail.gmail.com>", b"<CAF=reply-2@mail.gmail.com>")
    assert _inbound(hooked, again)["outcome"] == "reply"
    [event] = _events(hooked, "message.response_received")
    assert event["event"] == "message.response_received" and event["timestamp"]
    data = event["data"]
    assert data["message_id"] == target["id"] and data["contact_id"] == target["contact"]["id"]
    assert data["status"] == "replied" and data["response_preview"] == message["response_preview"]
    assert data["from"] == _contact_email(target, hooked) and data["received_at"]
    assert data["contact"]["name"] == target["contact"]["name"]


def test_an_outlook_html_reply_without_threading_is_matched_by_its_sender(account, sent):
    target = sent[2]
    text = "Hi – sure, let’s talk next week. Café at 10?"
    raw = mail.outlook_html_reply(
        sender=_contact_email(target, account).upper(),
        to=account.email,
        in_reply_to=None,
        message_id="<AM0PR01MB@eurprd01.prod.outlook.com>",
        text=text,
    )
    result = _inbound(account, raw)
    assert result["outcome"] == "reply" and result["message_id"] == target["id"]
    assert account.get(f"/messages/{target['id']}").json()["data"]["response_preview"] == text


def test_an_apple_mail_reply_in_latin_1(account, sent):
    target = sent[0]
    raw = mail.apple_mail_reply(
        sender="someone.else@icloud.example",  # a private address: only the thread tells
        to=account.email,
        in_reply_to=target["email_message_id"],
        message_id="<5E1B-A1@icloud.example>",
        text="Sounds great, I'm free on Friday. À bientôt!",
    )
    result = _inbound(account, raw)
    assert result["outcome"] == "reply" and result["message_id"] == target["id"]
    assert result["response_preview"] == "Sounds great, I'm free on Friday. À bientôt!"


def test_an_out_of_office_answer_is_not_a_response(hooked, sent):
    target = sent[0]
    raw = mail.out_of_office(
        sender=_contact_email(target, hooked),
        to=hooked.email,
        in_reply_to=target["email_message_id"],
        message_id="<oof-1@stripe.example>",
    )
    result = _inbound(hooked, raw)
    assert result["outcome"] == "auto_reply" and result["message_id"] == target["id"]
    assert hooked.get(f"/messages/{target['id']}").json()["data"]["status"] == "sent"
    assert _events(hooked, "message.response_received") == []
    assert hooked.get("/analytics/dashboard").json()["data"]["response_rate"] == 0


def test_a_bounce_marks_the_message_and_the_contact(hooked, sent):
    target = sent[3]
    address = _contact_email(target, hooked)
    raw = mail.dsn_bounce(
        to=hooked.email,
        failed=address,
        original_message_id=target["email_message_id"],
        message_id="<dsn-1@mx>",
    )
    result = _inbound(hooked, raw)
    assert result["outcome"] == "bounce" and result["message_id"] == target["id"]
    message = hooked.get(f"/messages/{target['id']}").json()["data"]
    assert message["status"] == "bounced" and message["bounced_at"]
    assert "does not exist" in message["failure_reason"]
    assert hooked.get(f"/contacts/{target['contact']['id']}").json()["data"]["undeliverable"] is True
    [event] = _events(hooked, "message.bounced")
    assert event["data"]["message_id"] == target["id"] and event["data"]["status"] == "bounced"
    assert _inbound(hooked, raw)["outcome"] == "duplicate"
    assert len(_events(hooked, "message.bounced")) == 1


def test_a_non_standard_bounce_is_matched_by_the_failed_address(account, sent):
    target = sent[1]
    raw = mail.qmail_bounce(to=account.email, failed=_contact_email(target, account), message_id="<q-1@mail>")
    result = _inbound(account, raw)
    assert result["outcome"] == "bounce" and result["message_id"] == target["id"]
    assert account.get(f"/messages/{target['id']}").json()["data"]["status"] == "bounced"


def test_mail_about_nothing_we_sent_is_unmatched(account, other_account, sent):
    stranger = mail.plain(
        sender="stranger@example.net", to=account.email, message_id="<s-1@x>", text="Hello?"
    )
    assert _inbound(account, stranger)["outcome"] == "unmatched"
    # Someone else's thread is not the account's business, even with the right Message-ID.
    raw = mail.gmail_reply(
        sender="maya@stripe.example",
        to=other_account.email,
        in_reply_to=sent[0]["email_message_id"],
        message_id="<CAF=other@mail.gmail.com>",
        text="Replying to someone else",
    )
    assert _inbound(other_account, raw)["outcome"] == "unmatched"
    assert account.get(f"/messages/{sent[0]['id']}").json()["data"]["status"] == "sent"


def test_response_rate_counts_real_replies_over_sent(account, sent):
    for index, target in enumerate(sent[:2]):
        raw = mail.gmail_reply(
            sender=_contact_email(target, account),
            to=account.email,
            in_reply_to=target["email_message_id"],
            message_id=f"<rate-{index}@mail.gmail.com>",
            text="Yes!",
        )
        _inbound(account, raw)
    oof = mail.out_of_office(
        sender=_contact_email(sent[2], account),
        to=account.email,
        in_reply_to=sent[2]["email_message_id"],
        message_id="<rate-oof@x>",
    )
    _inbound(account, oof)
    dashboard = account.get("/analytics/dashboard?period=week").json()["data"]
    assert dashboard["messages_sent"] == 4 and dashboard["messages_replied"] == 2
    assert dashboard["response_rate"] == 0.5


def test_provider_form_posts_are_accepted(account, sent):
    target = sent[0]
    raw = mail.gmail_reply(
        sender=_contact_email(target, account),
        to=account.email,
        in_reply_to=target["email_message_id"],
        message_id="<form-1@mail.gmail.com>",
        text="Via SendGrid",
    )
    token = account.inbound_token()
    # Both post multipart/form-data with the raw message as a plain (not file) field.
    body, content_type = _form({"to": account.email, "email": raw.decode(), "charsets": "{}"})
    sendgrid = account.client.post(
        f"/inbound/email?token={token}", content=body, headers={"content-type": content_type}
    )
    assert sendgrid.status_code == 200, sendgrid.text
    assert sendgrid.json()["data"]["outcome"] == "reply"
    mailgun_raw = raw.replace(b"<form-1@mail.gmail.com>", b"<form-2@mail.gmail.com>")
    body, content_type = _form({"recipient": account.email, "body-mime": mailgun_raw.decode()})
    mailgun = account.client.post(
        "/inbound/email",
        content=body,
        headers={"X-CareerOS-Inbound-Token": token, "content-type": content_type},
    )
    assert mailgun.status_code == 200, mailgun.text
    assert mailgun.json()["data"]["outcome"] == "reply"


def test_the_inbound_token_authenticates_and_can_be_replaced(account, sent):
    raw = mail.plain(sender="x@example.net", to=account.email, message_id="<auth@x>", text="hi")
    _error(account.client.post("/inbound/email", content=raw, headers=RFC822), 401, "UNAUTHORIZED")
    _error(account.post("/inbound/email", content=raw, headers=RFC822), 401, "UNAUTHORIZED")  # bearer only
    forged = {"X-CareerOS-Inbound-Token": "inb_" + "A" * 32 + ".forgedmacforgedmacfo"}
    _error(
        account.client.post("/inbound/email", content=raw, headers={**RFC822, **forged}), 401, "UNAUTHORIZED"
    )
    old = account.inbound_token()
    by_query = account.client.post(f"/inbound/email?token={old}", content=raw, headers=RFC822)
    assert by_query.status_code == 200
    issued = account.post("/account/inbound-token")
    assert issued.status_code == 201
    fresh = issued.json()["data"]
    assert fresh["token"] != old and fresh["url"] == f"/inbound/email?token={fresh['token']}"
    assert account.get("/account").json()["data"]["inbound_token_created_at"] == fresh["created_at"]
    headers = {**RFC822, "X-CareerOS-Inbound-Token": old}
    _error(account.client.post("/inbound/email", content=raw, headers=headers), 401, "UNAUTHORIZED")
    headers = {**RFC822, "X-CareerOS-Inbound-Token": fresh["token"]}
    assert account.client.post("/inbound/email", content=raw, headers=headers).status_code == 200


@pytest.mark.parametrize(
    ("raw", "status", "code"),
    [
        (b"", 400, "INVALID_REQUEST"),
        (b"not an email at all", 400, "INVALID_REQUEST"),
        (b"Subject: no sender\r\n\r\nhello", 400, "INVALID_REQUEST"),
    ],
)
def test_what_is_not_an_email_is_400(account, raw, status, code):
    _error(_post(account, raw), status, code)


def test_wrong_type_and_oversize_are_refused(account):
    headers = {**account.inbound_headers(), "content-type": "application/json"}
    _error(
        account.client.post("/inbound/email", content=b"{}", headers=headers), 415, "UNSUPPORTED_MEDIA_TYPE"
    )
    big = b"From: a@b.example\r\n\r\n" + b"x" * (10 * 1024 * 1024 + 70_000)
    _error(_post(account, big), 413, "PAYLOAD_TOO_LARGE")
    with db.reading() as session:
        from models import InboundEmail

        assert session.scalar(select(func.count()).where(InboundEmail.user_id == account.id)) == 0
