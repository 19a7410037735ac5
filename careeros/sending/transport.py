"""Where mail goes, from CAREEROS_MAIL_URL:

  file:///path/to/outbox                     one <message-id>.eml per message (the default)
  smtp://user:pass@host:587?starttls=true    SMTP, optionally upgraded with STARTTLS
  smtps://user:pass@host:465                 SMTP over TLS
  (both take ?timeout=seconds, default 30, and ?cafile=/path/ca.pem to trust a private CA)

A transport says how a delivery went in terms the sender acts on: sent, transient (try again
later: the server was unreachable or answered 4xx) or permanent (5xx: it will never work).
"""

from __future__ import annotations

import contextlib
import os
import smtplib
import socket
import ssl
import tempfile
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit


class DeliveryError(Exception):
    def __init__(self, reason: str, *, permanent: bool):
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent


class MailUrlError(ValueError):
    pass


class FileOutbox:
    """Writes each message atomically as <id>.eml; writing the same message twice replaces it."""

    def __init__(self, directory: Path):
        self.directory = directory

    def __enter__(self):
        self.directory.mkdir(parents=True, exist_ok=True)
        return self

    def __exit__(self, *exc):
        return False

    def send(self, email: bytes | Message, message_id: str, sender: str, recipient: str) -> None:
        name = message_id.strip("<>").replace("/", "_") + ".eml"
        try:
            fd, temporary = tempfile.mkstemp(dir=self.directory, prefix=".", suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                handle.write(email if isinstance(email, bytes) else email.as_bytes())
            os.replace(temporary, self.directory / name)
        except OSError as exc:
            raise DeliveryError(
                f"the outbox could not be written: {exc.strerror or exc}", permanent=False
            ) from None


@dataclass
class SmtpTransport:
    host: str
    port: int
    username: str | None
    password: str | None
    implicit_tls: bool
    starttls: bool
    timeout: float
    cafile: str | None = None
    _client: smtplib.SMTP | None = None

    def _tls(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.cafile)

    def __enter__(self):
        try:
            if self.implicit_tls:
                self._client = smtplib.SMTP_SSL(
                    self.host, self.port, timeout=self.timeout, context=self._tls()
                )
            else:
                self._client = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
                if self.starttls:
                    self._client.starttls(context=self._tls())
            if self.username:
                self._client.login(self.username, self.password or "")
        except smtplib.SMTPAuthenticationError as exc:
            self._close()
            raise DeliveryError(
                f"SMTP login refused: {exc.smtp_code} {_text(exc.smtp_error)}", permanent=False
            ) from None
        except (smtplib.SMTPException, OSError) as exc:
            self._close()
            raise DeliveryError(
                f"the mail server could not be reached: {_describe(exc)}", permanent=False
            ) from None
        return self

    def __exit__(self, *exc):
        if self._client is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                self._client.quit()
            self._close()
        return False

    def _close(self):
        if self._client is not None:
            with contextlib.suppress(OSError):
                self._client.close()
        self._client = None

    def send(self, email: bytes | Message, message_id: str, sender: str, recipient: str) -> None:
        """`email` as mail.wire() gives it: the bytes to send, or a Message for smtplib to write
        (and to send with SMTPUTF8 when an address needs it)."""
        assert self._client is not None
        try:
            if isinstance(email, bytes):
                refused = self._client.sendmail(sender, [recipient], email)
            else:
                refused = self._client.send_message(email, from_addr=sender, to_addrs=[recipient])
        except smtplib.SMTPRecipientsRefused as exc:
            code, reply = next(iter(exc.recipients.values()))
            raise DeliveryError(f"{code} {_text(reply)}", permanent=500 <= code < 600) from None
        except smtplib.SMTPResponseException as exc:
            raise DeliveryError(
                f"{exc.smtp_code} {_text(exc.smtp_error)}", permanent=500 <= exc.smtp_code < 600
            ) from None
        except (smtplib.SMTPException, OSError) as exc:
            raise DeliveryError(f"the mail server went away: {_describe(exc)}", permanent=False) from None
        if refused:
            code, reply = next(iter(refused.values()))
            raise DeliveryError(f"{code} {_text(reply)}", permanent=500 <= code < 600)


def _text(reply) -> str:
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)


def _describe(exc: Exception) -> str:
    if isinstance(exc, socket.timeout | TimeoutError):
        return "timed out"
    return f"{type(exc).__name__}: {exc}".rstrip(": ")


def from_url(url: str):
    parts = urlsplit(url)
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    if parts.scheme == "file":
        path = unquote(parts.path) if not parts.netloc else unquote(parts.netloc + parts.path)
        if not path:
            raise MailUrlError("a file:// mail URL needs a directory")
        return FileOutbox(Path(path))
    if parts.scheme in ("smtp", "smtps"):
        if not parts.hostname:
            raise MailUrlError("an smtp:// mail URL needs a host")
        try:
            timeout = float(query.get("timeout", 30))
            port = parts.port or (465 if parts.scheme == "smtps" else 25)
        except ValueError:
            raise MailUrlError("the mail URL's port or timeout is not a number") from None
        return SmtpTransport(
            host=parts.hostname,
            port=port,
            username=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
            implicit_tls=parts.scheme == "smtps",
            starttls=query.get("starttls", "false").lower() in ("1", "true", "yes"),
            timeout=timeout,
            cafile=query.get("cafile") or None,
        )
    raise MailUrlError(f"unsupported mail URL scheme {parts.scheme!r}: use file://, smtp:// or smtps://")
