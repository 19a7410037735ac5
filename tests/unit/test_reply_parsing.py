"""Reading inbound mail: threading headers, the kind of email, and the reply's own words."""

from __future__ import annotations

import pytest

from careeros.replies.parse import NotAnEmail, html_to_text, newest_text, parse
from tests import mail_samples as mail

OURS = "<msg_01jgk3m5n7p9q1r3s5t7v9w1x3@example.com>"
ARGS = {"sender": "Maya.Chen@Stripe.example", "to": "dana@example.com", "in_reply_to": OURS}


def test_a_gmail_reply_keeps_only_the_new_words():
    inbound = parse(
        mail.gmail_reply(**ARGS, message_id="<CAF=1@mail.gmail.com>", text="Happy to chat — Thursday?")
    )
    assert inbound.kind == "reply"
    assert inbound.references == [OURS]
    assert inbound.sender == "maya.chen@stripe.example"
    assert inbound.message_id == "<CAF=1@mail.gmail.com>"
    assert inbound.preview == "Happy to chat — Thursday?"


def test_an_outlook_html_only_reply_in_windows_1252():
    text = "Hi Dana – sure, let’s talk next week. Café at 10?"
    inbound = parse(mail.outlook_html_reply(**ARGS, message_id="<AM0PR@outlook.com>", text=text))
    assert inbound.kind == "reply"
    assert inbound.preview == text
    assert "streaming joins" not in inbound.text and "From:" not in inbound.text


def test_an_apple_mail_reply_in_latin_1_without_the_iphone_line():
    text = "Sounds great, I'm free on Friday. À bientôt!"
    inbound = parse(mail.apple_mail_reply(**ARGS, message_id="<A1B2@icloud.com>", text=text))
    assert inbound.kind == "reply"
    assert inbound.preview == text


def test_references_are_read_newest_first():
    raw = mail.plain(
        sender="maya@stripe.example",
        to="dana@example.com",
        message_id="<x@y>",
        text="ok",
        headers="In-Reply-To: <c@z>\r\nReferences: <a@z> <b@z>\r\n\t<c@z>\r\n",
    )
    assert parse(raw).references == ["<c@z>", "<a@z>", "<b@z>"]


def test_out_of_office_and_read_receipts_are_automatic():
    assert parse(
        mail.out_of_office(sender="m@s.example", to="d@e.com", in_reply_to=OURS, message_id="<o@x>")
    ).kind == ("auto_reply")
    assert (
        parse(mail.read_receipt(sender="m@s.example", to="d@e.com", message_id="<r@x>")).kind == "auto_reply"
    )
    subject_only = mail.plain(sender="m@s.example", to="d@e.com", message_id="<s@x>", text="Away")
    assert parse(
        subject_only.replace(b"Subject: Re: hello", b"Subject: Out of Office: back Monday")
    ).kind == ("auto_reply")


def test_a_standard_bounce_names_the_failed_address_and_the_original():
    inbound = parse(
        mail.dsn_bounce(
            to="dana@example.com", failed="Maya@Stripe.example", original_message_id=OURS, message_id="<b@x>"
        )
    )
    assert inbound.kind == "bounce"
    assert inbound.bounced_addresses == ["maya@stripe.example"]
    assert OURS in inbound.references
    assert "does not exist" in inbound.bounce_reason


def test_a_non_standard_bounce_is_recognised_by_flufl_bounce():
    inbound = parse(
        mail.qmail_bounce(to="dana@example.com", failed="gone@stripe.example", message_id="<p@x>")
    )
    assert inbound.kind == "bounce"
    assert inbound.bounced_addresses == ["gone@stripe.example"]


@pytest.mark.parametrize("raw", [b"", b"   \r\n", b"just some text", b"Subject: no sender\r\n\r\nhi"])
def test_what_is_not_an_email_is_refused(raw):
    with pytest.raises(NotAnEmail):
        parse(raw)


def test_unknown_charsets_and_undeclared_8bit_still_read():
    raw = mail.plain(
        sender="m@s.example", to="d@e.com", message_id="<u@x>", text="Grüße aus Köln", charset="utf-8"
    )
    assert parse(raw.replace(b'charset="utf-8"', b'charset="x-made-up"')).text == "Grüße aus Köln"
    latin = mail.plain(
        sender="m@s.example", to="d@e.com", message_id="<l@x>", text="Grüße", charset="latin-1"
    )
    assert parse(latin.replace(b'; charset="latin-1"', b"")).text == "Grüße"
    koi8 = mail.plain(
        sender="m@s.example", to="d@e.com", message_id="<k@x>", text="Давайте созвонимся", charset="koi8-r"
    )
    assert parse(koi8).text == "Давайте созвонимся"


def test_signatures_and_quotes_are_cut_but_lists_are_kept():
    assert newest_text("Yes, let's do it!\n--\nMaya Chen\nhttps://maya.dev\n") == "Yes, let's do it!"
    assert newest_text("Two options:\n- Monday\n- Tuesday\n") == "Two options:\n- Monday\n- Tuesday"
    german = (
        "Gerne, passt Donnerstag?\n\nAm Mo., 16. Feb. 2026 um 09:12 Uhr schrieb Dana <d@e.com>:\n> Hallo\n"
    )
    assert newest_text(german) == "Gerne, passt Donnerstag?"


def test_html_rendering_drops_quotes_styles_and_scripts():
    html = (
        "<style>p{color:red}</style><script>alert(1)</script><p>First line</p><p>Second<br>line</p>"
        "<blockquote type='cite'>On Feb 16, Dana wrote: old text</blockquote>"
    )
    assert html_to_text(html) == "First line\n\nSecond\nline"


def test_the_preview_is_bounded():
    raw = mail.plain(sender="m@s.example", to="d@e.com", message_id="<long@x>", text="word " * 400)
    preview = parse(raw).preview
    assert len(preview) <= 500 and preview.endswith("…")
