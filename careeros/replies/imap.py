"""The optional IMAP poller: reads new mail from the user's inbox (CAREEROS_IMAP_URL).

`imap://user:password@host:143/INBOX?starttls=true` or `imaps://user:password@host/INBOX`
(user and password percent-encoded). Every CAREEROS_IMAP_POLL_SECONDS the worker opens the
mailbox, fetches messages whose UID is above the last one it read (at most
BATCH a pass, oldest first, without marking them seen) and hands each to
careeros.replies.receiving.receive, which finds the user from the Message-IDs the email quotes or the
address it was sent to. The place it reached is kept per mailbox (UIDVALIDITY and the last UID),
so a restart neither misses nor repeats mail; repeats are harmless anyway, since an email is
recognised by its Message-ID.
"""

from __future__ import annotations

import hashlib
import imaplib
import logging
import re
import ssl
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qs, unquote, urlsplit

from careeros.replies import receiving as replies
from models import MailboxCursor, db, utcnow
from models.errors import InvalidRequest

log = logging.getLogger("careeros.replies.imap")

BATCH = 100
TIMEOUT = 30


@dataclass(frozen=True)
class Mailbox:
    secure: bool
    starttls: bool
    host: str
    port: int
    user: str
    password: str
    folder: str

    @property
    def key(self) -> str:
        return hashlib.sha256(f"{self.host}:{self.port}:{self.user}:{self.folder}".encode()).hexdigest()


def parse_url(url: str) -> Mailbox:
    parts = urlsplit(url)
    if parts.scheme not in ("imap", "imaps") or not parts.hostname:
        raise ValueError("CAREEROS_IMAP_URL must look like imaps://user:password@host/INBOX")
    query = parse_qs(parts.query)
    secure = parts.scheme == "imaps"
    return Mailbox(
        secure=secure,
        starttls=query.get("starttls", ["false"])[0].lower() in ("1", "true", "yes"),
        host=parts.hostname,
        port=parts.port or (993 if secure else 143),
        user=unquote(parts.username or ""),
        password=unquote(parts.password or ""),
        folder=unquote(parts.path.lstrip("/")) or "INBOX",
    )


def _connect(box: Mailbox) -> imaplib.IMAP4:
    context = ssl.create_default_context()
    if box.secure:
        return imaplib.IMAP4_SSL(box.host, box.port, ssl_context=context, timeout=TIMEOUT)
    connection = imaplib.IMAP4(box.host, box.port, timeout=TIMEOUT)
    if box.starttls:
        connection.starttls(ssl_context=context)
    return connection


def _uidvalidity(connection: imaplib.IMAP4) -> int:
    _, data = connection.response("UIDVALIDITY")
    for item in data or ():
        if item and str(item.decode() if isinstance(item, bytes) else item).strip().isdigit():
            return int(item)
    return 0


def _raw(fetched) -> bytes | None:
    for item in fetched or ():
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], bytes):
            return item[1]
    return None


def poll(box: Mailbox) -> int:
    """Read what is new in the mailbox; returns how many emails were handed on."""
    with _connect(box) as connection:
        connection.login(box.user, box.password)
        # SELECT, not EXAMINE (some servers mishandle it); BODY.PEEK leaves every flag as it was.
        status, _ = connection.select(_quoted(box.folder))
        if status != "OK":
            raise imaplib.IMAP4.error(f"cannot open the mailbox {box.folder!r}")
        validity = _uidvalidity(connection)
        with db.reading() as session:
            cursor = session.get(MailboxCursor, box.key)
            last = cursor.last_uid if cursor is not None and cursor.uidvalidity == validity else 0
        status, data = connection.uid("SEARCH", "ALL")
        uids = sorted(int(u) for u in (data[0] or b"").split() if u.isdigit()) if status == "OK" else []
        handled = 0
        for uid in [u for u in uids if u > last][:BATCH]:
            status, fetched = connection.uid("FETCH", str(uid), "(BODY.PEEK[])")
            raw = _raw(fetched) if status == "OK" else None
            if raw is not None:
                try:
                    replies.receive(raw, user_id=None, source="imap")
                except InvalidRequest as exc:  # not an email we can read: skip it, do not stall
                    log.info("IMAP message %s skipped: %s", uid, exc.message)
                handled += 1
            _advance(box.key, validity, uid)
        return handled


def _quoted(folder: str) -> str:
    return folder if re.fullmatch(r"[A-Za-z0-9._/-]+", folder) else '"' + folder.replace('"', '\\"') + '"'


def _advance(key: str, validity: int, uid: int) -> None:
    with db.writing() as session:
        cursor = session.get(MailboxCursor, key, with_for_update=True)
        if cursor is None:
            session.add(MailboxCursor(key=key, uidvalidity=validity, last_uid=uid, polled_at=utcnow()))
        else:
            cursor.uidvalidity, cursor.last_uid, cursor.polled_at = validity, uid, utcnow()


def poll_due(now: datetime, url: str) -> int:
    """Worker stage (when CAREEROS_IMAP_URL is set; the worker runs it once per
    CAREEROS_IMAP_POLL_SECONDS): read what is new in the mailbox at `url`."""
    try:
        return poll(parse_url(url))
    except (OSError, imaplib.IMAP4.error, ValueError) as exc:
        log.warning("IMAP poll failed: %s", exc)
        return 0
