"""mail.wire() writes plain messages itself: the bytes must be the email package's, byte for byte,
and anything not plain must go to the email package."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.generator import BytesGenerator
from email.message import Message

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from careeros.sending.mail import Letter, UnsafeAddress, build, wire

_PRINTABLE = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=60)
_ANY = st.text(max_size=60)
_LOCAL = st.text("abcdefghijklmnopqrstuvwxyz0123456789._+-", min_size=1, max_size=20)
_EMAIL = st.builds(lambda local, domain: f"{local}@{domain}.org", _LOCAL, _LOCAL)


def _letter(**overrides) -> Letter:
    fields = {
        "sender_name": "Dana Example",
        "sender_email": "dana@example.com",
        "to_name": "Jo Person",
        "to_email": "jo@example.org",
        "subject": "A question about your team",
        "body": "Hi Jo,\n\nA short note.\n\nBest,\nDana",
        "message_id": "<msg_1@example.com>",
        "date": datetime(2026, 12, 1, 10, 0, tzinfo=UTC),
    }
    return Letter(**{**fields, **overrides})


def _email_package(message: Message) -> bytes:
    """What smtplib's send_message hands to sendmail for `message`."""
    out = io.BytesIO()
    BytesGenerator(out, policy=message.policy.clone(linesep="\r\n")).flatten(message, linesep="\r\n")
    return out.getvalue()


@settings(max_examples=400, deadline=None)
@given(
    sender_name=_PRINTABLE,
    to_name=_ANY,
    subject=_ANY,
    body=st.text(max_size=400) | st.text("From \n.=abc\t ü", max_size=200),
    sender_email=_EMAIL,
    to_email=_EMAIL,
    follow_up=st.booleans(),
)
@example(
    sender_name="Dana O'Neil, PhD",
    to_name="=?utf-8?q?x?=",
    subject="Hi; there: a, b",
    body="From here\n.\n" + "x" * 100,
    sender_email="d@x.org",
    to_email="j@y.org",
    follow_up=True,
)
def test_a_plain_message_is_written_as_the_email_package_writes_it(
    sender_name, to_name, subject, body, sender_email, to_email, follow_up
):
    thread = {"in_reply_to": "<msg_0@x.org>", "references": ("<msg_0@x.org>",)} if follow_up else {}
    letter = _letter(
        sender_name=sender_name,
        to_name=to_name,
        subject=subject,
        body=body,
        sender_email=sender_email,
        to_email=to_email,
        **thread,
    )
    try:
        reference = build(letter)
    except (UnsafeAddress, UnicodeError) as exc:
        with pytest.raises(type(exc)):
            wire(letter)
        return
    written = wire(letter)
    if isinstance(written, bytes):
        assert written == _email_package(reference)
    else:
        assert _email_package(written) == _email_package(reference)


def test_the_common_message_is_written_directly_and_reads_back_exactly():
    written = wire(_letter(body="Hi Jo,\n\nFrom the team at Acme: 100% = all ü.\n"))
    assert isinstance(written, bytes)
    read = message_from_bytes(written, policy=policy.default)
    assert read["Subject"] == "A question about your team"
    assert read["To"].addresses[0].display_name == "Jo Person"
    # CRLF on the wire, as for every message
    assert read.get_content().replace("\r\n", "\n") == "Hi Jo,\n\nFrom the team at Acme: 100% = all ü.\n"
    assert b"\r\n>From" not in written and b"\r\n=46rom the team" in written


@pytest.mark.parametrize(
    "overrides",
    [
        {"subject": "Über eine Frage"},  # to encode
        {"subject": "A subject long enough that the email package folds it onto a second line, surely"},
        {"subject": "Hello =?utf-8?q?=0D=0ABcc:_x@evil.example?= there"},  # written as encoded words
        {"to_email": "jö@example.org"},  # needs SMTPUTF8: smtplib decides
        {"body": "A lone surrogate \ud800"},
    ],
)
def test_anything_not_plain_is_left_to_the_email_package(overrides):
    letter = _letter(**overrides)
    try:
        expected = build(letter)
    except UnicodeError:
        with pytest.raises(UnicodeError):
            wire(letter)
        return
    written = wire(letter)
    assert isinstance(written, Message)
    assert _email_package(written) == _email_package(expected)


def test_an_address_that_would_break_a_header_is_refused():
    with pytest.raises(UnsafeAddress):
        wire(_letter(to_email="jo@example.org\r\nBcc: x@evil.example"))
