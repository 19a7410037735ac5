"""The IMAP poller against a real IMAP server on loopback (aioimaplib's testing server)."""

from __future__ import annotations

import asyncio
import email
import email.policy
import threading
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from aioimaplib.imap_testing_server import Mail, MockImapServer
from sqlalchemy import func, select

from careeros.replies import imap
from careeros.worker import Worker, default_stages
from models import InboundEmail, db
from tests import mail_samples as mail
from tests.api.test_replies import _contact_email, sent  # noqa: F401  (fixture)
from tests.live import free_port

MAILBOX_USER = "dana.inbox@example.com"


@contextmanager
def imap_server():
    loop = asyncio.new_event_loop()
    server = MockImapServer(loop=loop)
    port = free_port()
    listening = loop.run_until_complete(server.run_server(host="127.0.0.1", port=port))
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        yield server, port
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        listening.close()
        loop.run_until_complete(listening.wait_closed())
        loop.close()


def _deliver(server: MockImapServer, raw: bytes) -> None:
    server.receive(Mail(email.message_from_bytes(raw, policy=email.policy.compat32)), imap_user=MAILBOX_USER)


def _reader(settings) -> Worker:
    """A worker that runs only the mailbox stage, as every worker does when CAREEROS_IMAP_URL is set."""
    return Worker(stages=[s for s in default_stages(settings) if s.name == "read_replies"])


@pytest.fixture()
def mailbox(settings):
    with imap_server() as (server, port):
        url = f"imap://dana.inbox%40example.com:secret@127.0.0.1:{port}/INBOX"
        server.reader = _reader(replace(settings, imap_url=url, imap_poll_seconds=60))
        yield server


def test_replies_in_the_inbox_are_read_once(account, sent, mailbox):  # noqa: F811
    target = sent[0]
    _deliver(
        mailbox,
        mail.gmail_reply(
            sender=_contact_email(target, account),
            to=account.email,
            in_reply_to=target["email_message_id"],
            message_id="<imap-reply-1@mail.gmail.com>",
            text="Read from the inbox: yes, let's talk.",
        ),
    )
    _deliver(
        mailbox,
        mail.out_of_office(
            sender=_contact_email(sent[1], account),
            to=account.email,
            in_reply_to=sent[1]["email_message_id"],
            message_id="<imap-oof@x>",
        ),
    )
    _deliver(
        mailbox,
        mail.plain(sender="news@shop.example", to="nobody@example.com", message_id="<n@x>", text="Sale"),
    )
    now = datetime.now(UTC)
    assert mailbox.reader.run_once(now) == 3
    message = account.get(f"/messages/{target['id']}").json()["data"]
    assert message["status"] == "replied"
    assert message["response_preview"] == "Read from the inbox: yes, let's talk."
    assert account.get(f"/messages/{sent[1]['id']}").json()["data"]["status"] == "sent"
    # Within the interval nothing is polled; after it, only what is new is applied.
    assert mailbox.reader.run_once(now + timedelta(seconds=5)) == 0
    _deliver(
        mailbox,
        mail.dsn_bounce(
            to=account.email,
            failed=_contact_email(sent[2], account),
            original_message_id=sent[2]["email_message_id"],
            message_id="<imap-dsn@mx>",
        ),
    )
    mailbox.reader.run_once(now + timedelta(seconds=61))
    assert account.get(f"/messages/{sent[2]['id']}").json()["data"]["status"] == "bounced"
    with db.reading() as session:
        kinds = session.scalars(
            select(InboundEmail.kind)
            .where(InboundEmail.user_id == account.id)
            .order_by(InboundEmail.received_at)
        ).all()
        assert sorted(kinds) == ["auto_reply", "bounce", "reply"]  # the stranger's mail is nobody's
        assert session.scalar(select(func.count()).where(InboundEmail.source == "imap")) >= 3


def test_a_mailbox_that_cannot_be_reached_does_not_stop_the_worker(settings):
    reader = _reader(replace(settings, imap_url=f"imap://u:p@127.0.0.1:{free_port()}/INBOX"))
    assert [s.name for s in reader.stages] == ["read_replies"]
    assert reader.run_once(datetime.now(UTC)) == 0


def test_imap_urls_are_read_with_their_defaults():
    box = imap.parse_url("imaps://dana%40example.com:p%40ss@imap.example.com/Replies%20Folder")
    assert (box.secure, box.host, box.port, box.user, box.password, box.folder) == (
        True,
        "imap.example.com",
        993,
        "dana@example.com",
        "p@ss",
        "Replies Folder",
    )
    plain = imap.parse_url("imap://u:p@127.0.0.1?starttls=true")
    assert plain.port == 143 and plain.starttls and plain.folder == "INBOX"
