"""The RFC 5322 message for an approved draft: From the user, To the contact, plain-text UTF-8.

Every header value we write is made safe here, whatever checked it before: characters that end
a line anywhere (CR, LF, the other C0 and C1 controls, U+2028, U+2029) become spaces, and any
value that is not plain printable ASCII, or that holds something shaped like an RFC 2047
encoded word (`=?utf-8?q?=0D=0ABcc:…?=`), is written as encoded words of its own. A reader
then decodes it to exactly the text the user wrote, never to headers of an attacker's choosing.
"""

from __future__ import annotations

import re
from datetime import datetime
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


def build(
    *,
    sender_name: str,
    sender_email: str,
    to_name: str,
    to_email: str,
    subject: str,
    body: str,
    message_id: str,
    date: datetime,
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
) -> Message:
    """Raises UnsafeAddress when an address cannot be written (the send fails for good)."""
    # The compat32 API takes header values literally; EmailMessage would decode encoded words
    # in them first, which is exactly how CR/LF got into headers.
    email = MIMEText(body, "plain", _UTF8_QP)  # type: ignore[arg-type]  # a Charset is taken too
    email["From"] = address(sender_name, sender_email)
    email["To"] = address(to_name, to_email)
    email["Subject"] = header_value(subject)  # type: ignore[assignment]  # compat32 takes a Header
    email["Date"] = format_datetime(date)
    email["Message-ID"] = message_id
    if in_reply_to:  # a follow-up: in the same thread in every mail client
        email["In-Reply-To"] = in_reply_to
        email["References"] = " ".join(references or (in_reply_to,))
    email["X-Mailer"] = "CareerOS"
    return email
