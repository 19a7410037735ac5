"""The RFC 5322 message for an approved draft: From the user, To the contact, plain-text UTF-8.

Every header value we write is made safe here, whatever checked it before: characters that end
a line anywhere (CR, LF, the other C0 and C1 controls, U+2028, U+2029) become spaces, and any
value that is not plain printable ASCII, or that holds something shaped like an RFC 2047
encoded word (`=?utf-8?q?=0D=0ABcc:…?=`), is written as encoded words of its own. A reader
then decodes it to exactly the text the user wrote, never to headers of an attacker's choosing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email import quoprimime
from email.charset import QP, Charset
from email.header import Header
from email.message import Message
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

# Everything a mail reader or Python's str.splitlines() may treat as the end of a line.
_LINE_BREAKING = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_PLAIN = re.compile(r"^[\x20-\x7e]*$")
_ADDRESS = re.compile(r"^[^\s<>\"(),;:\\\[\]]+@[^\s<>\"(),;:\\\[\]@]+$")

_UTF8_QP = Charset("utf-8")
_UTF8_QP.body_encoding = QP


class UnsafeAddress(ValueError):
    """An address that cannot be written into a mail header as it is."""


def one_line(text: str) -> str:
    """The value as a single header-safe line: line-breaking characters become spaces."""
    return " ".join(_LINE_BREAKING.sub(" ", text or "").split())


def _needs_encoding(text: str) -> bool:
    return not _PLAIN.match(text) or "=?" in text


def header_value(text: str) -> str | Header:
    """A Subject (or any unstructured value) that decodes to exactly `text`, on one line."""
    text = one_line(text)
    return Header(text, "utf-8", header_name="Subject") if _needs_encoding(text) else text


def address(name: str, email: str) -> str:
    """`Name <email>` with the name encoded when it is not plain ASCII; the address is refused
    outright if it could break the header (it was validated where it came from, but not here)."""
    email = (email or "").strip()
    if not _ADDRESS.match(email) or _LINE_BREAKING.search(email):
        raise UnsafeAddress(f"{email!r} cannot be written into a mail header")
    name = one_line(name)
    if not name:
        return email
    if _needs_encoding(name):
        return f"{Header(name, 'utf-8').encode()} <{email}>"
    return formataddr((name, email))


def message_id_for(message_id: str, sender_email: str) -> str:
    """Stable across retries (it is derived from our id), unique, and what replies will quote."""
    domain = sender_email.rsplit("@", 1)[-1] if "@" in sender_email else "careeros.local"
    return f"<{message_id}@{domain}>"


@dataclass(frozen=True)
class Letter:
    """What one mail says, from whom to whom."""

    sender_name: str
    sender_email: str
    to_name: str
    to_email: str
    subject: str
    body: str
    message_id: str
    date: datetime
    in_reply_to: str | None = None  # a follow-up: in the same thread in every mail client
    references: tuple[str, ...] = ()


def _headers(letter: Letter) -> list[tuple[str, str | Header]]:
    """The headers we write after the MIME ones, in order. Raises UnsafeAddress."""
    headers: list[tuple[str, str | Header]] = [
        ("From", address(letter.sender_name, letter.sender_email)),
        ("To", address(letter.to_name, letter.to_email)),
        ("Subject", header_value(letter.subject)),
        ("Date", format_datetime(letter.date)),
        ("Message-ID", letter.message_id),
    ]
    if letter.in_reply_to:
        references = " ".join(letter.references or (letter.in_reply_to,))
        headers += [("In-Reply-To", letter.in_reply_to), ("References", references)]
    return [*headers, ("X-Mailer", "CareerOS")]


def build(letter: Letter) -> Message:
    """Raises UnsafeAddress when an address cannot be written (the send fails for good)."""
    # The compat32 API takes header values literally; EmailMessage would decode encoded words
    # in them first, which is exactly how CR/LF got into headers.
    email = MIMEText(letter.body, "plain", _UTF8_QP)  # type: ignore[arg-type]  # a Charset is taken too
    for name, value in _headers(letter):
        email[name] = value  # type: ignore[assignment]  # compat32 takes a Header
    # A line of the body that starts "From " is written "=46rom " (the same text once decoded), so
    # that no mbox-minded writer on the way quotes it as ">From ".
    email.set_payload(_FROM.sub("=46rom ", str(email.get_payload())))
    return email


_FROM = re.compile(r"^From ", re.MULTILINE)
_MIME = (
    b'Content-Type: text/plain; charset="utf-8"\r\n'
    b"MIME-Version: 1.0\r\n"
    b"Content-Transfer-Encoding: quoted-printable\r\n"
)
_MAX_LINE = 78  # RFC 5322's line length, where the email package folds a header


def wire(letter: Letter) -> bytes | Message:
    """The message as it goes to the server. Nearly every message is plain: ASCII addresses, and
    headers that are printable ASCII and fit on one line. Such a message is written here directly,
    in the very bytes the email package writes for build()'s Message (CRLF line ends), in a tenth
    of the time: this runs for every message sent. Anything else (a name or subject to encode, a
    header to fold, an address that needs SMTPUTF8, a body that is not valid text) is build()'s
    Message, for the email package to write. Raises UnsafeAddress as build() does."""
    headers = _headers(letter)
    if not (letter.sender_email.isascii() and letter.to_email.isascii()) or not all(
        isinstance(value, str) and _PLAIN.match(value) and len(name) + 2 + len(value) <= _MAX_LINE
        for name, value in headers
    ):
        return build(letter)
    try:
        latin = (letter.body or "").encode("utf-8").decode("latin-1")
    except UnicodeError:  # a lone surrogate: the email package says what it makes of it
        return build(letter)
    payload = _FROM.sub("=46rom ", quoprimime.body_encode(latin)) if latin else ""
    head = "".join(f"{name}: {value}\r\n" for name, value in headers)
    return _MIME + head.encode("ascii") + b"\r\n" + payload.replace("\n", "\r\n").encode("ascii")
