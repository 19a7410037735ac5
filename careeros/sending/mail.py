"""The RFC 5322 message for an approved draft: From the user, To the contact, plain-text UTF-8."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr


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
) -> EmailMessage:
    email = EmailMessage()
    email["From"] = formataddr((sender_name, sender_email))
    email["To"] = formataddr((to_name, to_email))
    email["Subject"] = subject
    email["Date"] = format_datetime(date)
    email["Message-ID"] = message_id
    email["X-Mailer"] = "CareerOS"
    email.set_content(body, subtype="plain", charset="utf-8", cte="quoted-printable")
    return email
