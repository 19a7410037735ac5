"""Inbound email as real mail clients and servers write it, built byte by byte for the tests.

Gmail: multipart/alternative, a text part with "On … wrote:" and "> " quotes, an HTML part
with gmail_quote containers. Outlook: HTML only, windows-1252 in quoted-printable, the
"From:/Sent:/To:/Subject:" block under divRplyFwdMsg. Apple Mail: text/plain in ISO-8859-1,
format=flowed, "Sent from my iPhone" and a quoted block. Plus an out-of-office answer, an RFC
3464 bounce, a qmail bounce and a read receipt.
"""

from __future__ import annotations

import base64
import quopri


def gmail_reply(*, sender: str, to: str, in_reply_to: str | None, message_id: str, text: str) -> bytes:
    quoted_html = (
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Feb 16, 2026 at 9:12 AM '
        "Dana Demo &lt;dana@example.com&gt; wrote:<br></div>"
        '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid">'
        "Hi Maya,<br><br>Your talk on streaming joins stayed with me.<br><br>Best,<br>Dana</blockquote></div>"
    )
    html = f'<div dir="ltr">{text.replace(chr(10), "<br>")}<br><br>Best,<br>Maya</div><br>{quoted_html}'
    plain = (
        f"{text}\r\n\r\nBest,\r\nMaya\r\n\r\nOn Mon, Feb 16, 2026 at 9:12 AM Dana Demo <dana@example.com> "
        "wrote:\r\n\r\n> Hi Maya,\r\n>\r\n> Your talk on streaming joins stayed with me.\r\n>\r\n> Best,\r\n"
        "> Dana\r\n"
    )
    threading = f"In-Reply-To: {in_reply_to}\r\nReferences: {in_reply_to}\r\n" if in_reply_to else ""
    return (
        "MIME-Version: 1.0\r\n"
        "Date: Mon, 16 Feb 2026 10:03:44 +0100\r\n"
        f"{threading}"
        f"Message-ID: {message_id}\r\n"
        "Subject: Re: Your talk on streaming joins\r\n"
        f"From: Maya Chen <{sender}>\r\n"
        f"To: Dana Demo <{to}>\r\n"
        'Content-Type: multipart/alternative; boundary="000000000000a1b2c3"\r\n'
        "\r\n"
        "--000000000000a1b2c3\r\n"
        'Content-Type: text/plain; charset="UTF-8"\r\n'
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "\r\n"
        f"{quopri.encodestring(plain.encode()).decode()}\r\n"
        "--000000000000a1b2c3\r\n"
        'Content-Type: text/html; charset="UTF-8"\r\n'
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "\r\n"
        f"{quopri.encodestring(html.encode()).decode()}\r\n"
        "--000000000000a1b2c3--\r\n"
    ).encode()


def outlook_html_reply(*, sender: str, to: str, in_reply_to: str | None, message_id: str, text: str) -> bytes:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=Windows-1252">'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
        '<body dir="ltr"><div style="font-family: Aptos, sans-serif; font-size: 12pt;">'
        f"{text}</div>"
        '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">'
        "<b>From:</b> Dana Demo &lt;dana@example.com&gt;<br><b>Sent:</b> Monday, February 16, 2026 "
        "9:12 AM<br><b>To:</b> Maya Chen<br><b>Subject:</b> Your talk on streaming joins</font></div>"
        '<div class="BodyFragment"><font size="2"><span style="font-size:11pt;"><div>Hi Maya,<br>'
        "Your talk on streaming joins stayed with me.</div></span></font></div></body></html>"
    )
    threading = f"In-Reply-To: {in_reply_to}\r\nReferences: {in_reply_to}\r\n" if in_reply_to else ""
    return (
        f"From: Maya Chen <{sender}>\r\n"
        f"To: Dana Demo <{to}>\r\n"
        "Subject: RE: Your talk on streaming joins\r\n"
        "Thread-Topic: Your talk on streaming joins\r\n"
        "Thread-Index: AQHbd2Zx4y5cQ0K0TUmY8gq3lN6Z7w==\r\n"
        "Date: Mon, 16 Feb 2026 09:40:12 +0000\r\n"
        f"Message-ID: {message_id}\r\n"
        f"{threading}"
        "Content-Language: en-US\r\n"
        "X-MS-Has-Attach:\r\n"
        'Content-Type: text/html; charset="Windows-1252"\r\n'
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "MIME-Version: 1.0\r\n"
        "\r\n"
    ).encode() + quopri.encodestring(html.encode("cp1252"))


def apple_mail_reply(*, sender: str, to: str, in_reply_to: str | None, message_id: str, text: str) -> bytes:
    body = (
        f"{text}\r\n\r\nSent from my iPhone\r\n\r\n"
        "> On 16. Feb 2026, at 09:12, Dana Demo <dana@example.com> wrote:\r\n"
        "> \r\n> Hi Maya,\r\n> \r\n> Your talk on streaming joins stayed with me.\r\n"
    )
    threading = f"In-Reply-To: {in_reply_to}\r\nReferences: {in_reply_to}\r\n" if in_reply_to else ""
    return (
        'Content-Type: text/plain; charset="iso-8859-1"; format=flowed\r\n'
        "Content-Transfer-Encoding: base64\r\n"
        "Mime-Version: 1.0 (1.0)\r\n"
        "Subject: Re: Your talk on streaming joins\r\n"
        f"From: Maya Chen <{sender}>\r\n"
        f"{threading}"
        "Date: Mon, 16 Feb 2026 11:20:03 +0100\r\n"
        f"To: Dana Demo <{to}>\r\n"
        f"Message-Id: {message_id}\r\n"
        "X-Mailer: iPhone Mail (22D72)\r\n"
        "\r\n"
    ).encode() + base64.encodebytes(body.encode("iso-8859-1"))


def out_of_office(
    *,
    sender: str,
    to: str,
    in_reply_to: str | None,
    message_id: str,
    text: str = "I am out of the office until March 2 with limited access to email.",
) -> bytes:
    threading = f"In-Reply-To: {in_reply_to}\r\n" if in_reply_to else ""
    return (
        f"From: Maya Chen <{sender}>\r\n"
        f"To: <{to}>\r\n"
        "Subject: Automatic reply: Your talk on streaming joins\r\n"
        f"Message-ID: {message_id}\r\n"
        f"{threading}"
        "Auto-Submitted: auto-replied\r\n"
        "X-Auto-Response-Suppress: All\r\n"
        'Content-Type: text/plain; charset="us-ascii"\r\n'
        "\r\n"
        f"{text}\r\n"
    ).encode()


def dsn_bounce(*, to: str, failed: str, original_message_id: str, message_id: str) -> bytes:
    return (
        "From: Mail Delivery Subsystem <mailer-daemon@mx.example.net>\r\n"
        f"To: {to}\r\n"
        "Subject: Delivery Status Notification (Failure)\r\n"
        f"Message-ID: {message_id}\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY42"\r\n'
        "\r\n"
        "--BOUNDARY42\r\n"
        "Content-Type: text/plain; charset=us-ascii\r\n"
        "\r\n"
        f"Your message wasn't delivered to {failed} because the address couldn't be found.\r\n"
        "\r\n"
        "--BOUNDARY42\r\n"
        "Content-Type: message/delivery-status\r\n"
        "\r\n"
        "Reporting-MTA: dns; mx.example.net\r\n"
        "Arrival-Date: Mon, 16 Feb 2026 09:12:01 +0000\r\n"
        "\r\n"
        f"Final-Recipient: rfc822; {failed}\r\n"
        "Action: failed\r\n"
        "Status: 5.1.1\r\n"
        "Remote-MTA: dns; mx.stripe.example\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist\r\n"
        "\r\n"
        "--BOUNDARY42\r\n"
        "Content-Type: text/rfc822-headers\r\n"
        "\r\n"
        f"From: Dana Demo <{to}>\r\n"
        f"To: {failed}\r\n"
        "Subject: Your talk on streaming joins\r\n"
        f"Message-ID: {original_message_id}\r\n"
        "\r\n"
        "--BOUNDARY42--\r\n"
    ).encode()


def qmail_bounce(*, to: str, failed: str, message_id: str) -> bytes:
    """A non-standard bounce (qmail's) without the original's Message-ID: only the failed address
    tells which message it was."""
    return (
        "From: MAILER-DAEMON@mail.example.org\r\n"
        f"To: {to}\r\n"
        "Subject: failure notice\r\n"
        f"Message-ID: {message_id}\r\n"
        "Content-Type: text/plain; charset=us-ascii\r\n"
        "\r\n"
        "Hi. This is the qmail-send program at mail.example.org.\r\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\r\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\r\n"
        "\r\n"
        f"<{failed}>:\r\n"
        "192.0.2.10 does not like recipient.\r\n"
        "Remote host said: 550 5.1.1 User unknown\r\n"
        "Giving up on 192.0.2.10.\r\n"
        "\r\n"
        "--- Below this line is a copy of the message.\r\n"
        "\r\n"
        f"From: Dana Demo <{to}>\r\n"
        f"To: {failed}\r\n"
        "Subject: Your talk on streaming joins\r\n"
        "\r\n"
        "Hi Maya,\r\n"
    ).encode()


def read_receipt(*, sender: str, to: str, message_id: str) -> bytes:
    return (
        f"From: <{sender}>\r\n"
        f"To: <{to}>\r\n"
        "Subject: Read: Your talk on streaming joins\r\n"
        f"Message-ID: {message_id}\r\n"
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="R"\r\n'
        "\r\n"
        "--R\r\nContent-Type: text/plain\r\n\r\nYour message was read.\r\n"
        "--R\r\nContent-Type: message/disposition-notification\r\n\r\n"
        "Final-Recipient: rfc822; maya@example.com\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\r\n"
        "--R--\r\n"
    ).encode()


def plain(
    *, sender: str, to: str, message_id: str, text: str, charset: str = "utf-8", headers: str = ""
) -> bytes:
    return (
        f"From: {sender}\r\nTo: {to}\r\nSubject: Re: hello\r\nMessage-ID: {message_id}\r\n{headers}"
        f'MIME-Version: 1.0\r\nContent-Type: text/plain; charset="{charset}"\r\n'
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
    ).encode() + text.encode(charset)
