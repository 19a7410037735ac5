"""Reading an inbound email: who sent it, what it answers, what kind it is, and its new text.

* Threading: `In-Reply-To` and `References` (and, in a bounce, the returned message's own
  headers) name the Message-IDs it relates to.
* Kind: a `bounce` (a delivery-status notification reporting a permanent failure, RFC 3464,
  or one of the non-standard formats flufl.bounce knows), an `auto_reply` (RFC 3834
  `Auto-Submitted`, the `X-Autoreply` family, `Precedence: auto_reply|bulk|junk|list`, a read
  receipt, a delay notice, an out-of-office subject), else a `reply`.
* Text: the first text/plain part (else text/html rendered to text, with the quoted
  blockquotes and Gmail, Outlook and Apple Mail quote containers removed), decoded in its own
  charset, then cut to the newest reply without quotes and signature by mail-parser-reply.
"""

from __future__ import annotations

import codecs
import email
import email.policy
import re
from dataclasses import dataclass, field
from email.message import Message
from email.utils import getaddresses, parseaddr
from functools import partial
from typing import TYPE_CHECKING

from models.text import shorten

if TYPE_CHECKING:
    from bs4 import BeautifulSoup

# bs4, flufl.bounce and mailparser_reply are imported where an email is read (in the sandbox's
# child process, careeros.replies.receiving): an API process that never reads one need not
# hold them (bs4 alone is ~6 MB of its memory).

REPLY_LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "sv", "da", "pl", "cs"]
PREVIEW_CHARS = 500
MESSAGE_ID = re.compile(r"<[^<>\s]{1,250}>")
AUTO_SUBJECT = re.compile(
    r"^\s*(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response)|autoreply|out of (?:the )?office|"
    r"auto:|abwesenheitsnotiz|automatische antwort|r[ée]ponse automatique|absence du bureau|"
    r"respuesta autom[aá]tica|risposta automatica|automatisch antwoord|afwezig)",
    re.IGNORECASE,
)
BOUNCE_SENDER = re.compile(r"^(?:mailer-daemon|postmaster|mail-daemon|mailer_daemon)@", re.IGNORECASE)
BOUNCE_SUBJECT = re.compile(
    r"undeliver|delivery (?:status notification|failure|has failed)|mail delivery (?:failed|system)|"
    r"returned mail|failure notice|delivery notification|nicht zustellbar|non remis|no se puede entregar",
    re.IGNORECASE,
)
QUOTE_CONTAINERS = (
    "blockquote",
    "div.gmail_quote",
    "div.gmail_quote_container",
    "div.gmail_extra",
    "div.gmail_signature",
    "div.moz-cite-prefix",
    "div.yahoo_quoted",
    "div#divRplyFwdMsg",
    "div.OutlookMessageHeader",
)
# Outlook puts the quoted mail after this marker, as siblings rather than children.
OUTLOOK_MARKERS = ("div#appendonsend", "hr#stopSpelling", "div#mail-editor-reference-message-container")
# The reply parser's header patterns are quadratic in the length of a line (`On … wrote:`
# with nested lazy quantifiers): it only ever sees the top of a mail, in lines of bounded length.
# The newest reply is at the top, and only a preview of it is kept, so nothing is lost.
MAX_REPLY_CHARS = 16 * 1024
MAX_HTML_CHARS = 64 * 1024
MAX_LINE_CHARS = 200
_LONG_LINE = re.compile(rf"([^\n]{{{MAX_LINE_CHARS}}})(?=[^\n])")
BLOCKS = {"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "pre", "hr"}


class NotAnEmail(ValueError):
    """The bytes are not an RFC 822 message we can read."""


@dataclass
class Inbound:
    message_id: str | None
    references: list[str]
    sender: str
    recipients: list[str]
    subject: str
    kind: str  # reply, auto_reply or bounce
    text: str = ""
    bounced_addresses: list[str] = field(default_factory=list)
    bounce_reason: str = ""

    @property
    def preview(self) -> str:
        return preview(self.text)


def _header(message: Message, name: str) -> str:
    try:
        value = message.get(name)
    except Exception:  # a header too broken for the parser: read it raw
        value = message.get_all(name, failobj=[None])[0]
    return str(value or "").strip()


def _headers(message: Message, name: str) -> list[str]:
    try:
        return [str(v) for v in message.get_all(name, failobj=[])]
    except Exception:
        return []


def _addresses(message: Message, *names: str) -> list[str]:
    values = []
    for name in names:
        values.extend(_headers(message, name))
    found = []
    for _, address in getaddresses(values):
        address = address.strip().lower()
        if "@" in address and address not in found:
            found.append(address)
    return found


def message_ids(*values: str) -> list[str]:
    ids: list[str] = []
    for value in values:
        for token in MESSAGE_ID.findall(value or ""):
            if token not in ids:
                ids.append(token)
    return ids


def _decode(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):  # decode=True gives the bytes of a non-multipart part
        return ""
    charset = part.get_content_charset() or ""
    try:
        codecs.lookup(charset)
    except LookupError:
        charset = ""
    if charset:
        return payload.decode(charset, errors="replace")
    try:  # undeclared: UTF-8 when it is valid, else the Latin-1 superset Windows uses
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        return payload.decode("cp1252", errors="replace")


def _is_attachment(part: Message) -> bool:
    disposition = (part.get("Content-Disposition") or "").lower()
    return disposition.startswith("attachment")


def _body_part(message: Message, subtype: str) -> Message | None:
    for part in message.walk():
        if part.get_content_maintype() == "multipart" or _is_attachment(part):
            continue
        if part.get_content_type() == "message/rfc822":
            return None  # what follows is a forwarded or returned message, not this one's text
        if part.get_content_type() == f"text/{subtype}":
            return part
    return None


def _text_of(soup: BeautifulSoup) -> str:
    """The page's text with a line break around every block and at every <br>. One walk over the
    tree (bs4's insert_before/after search the siblings each time: quadratic on long pages)."""
    from bs4 import CData, NavigableString, Tag

    parts: list[str] = []
    stack: list[tuple[object, bool]] = [(soup, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            parts.append("\n")
        elif type(node) in (NavigableString, CData):
            parts.append(str(node))
        elif isinstance(node, Tag):
            if node.name == "br":
                parts.append("\n")
                continue
            if node.name in BLOCKS:
                parts.append("\n")
                stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.contents))
    return "".join(parts)


def html_to_text(html: str) -> str:
    # The newest reply is at the top; a parse tree of megabytes of quoted history would cost
    # seconds to build and to search (and the parser is pure Python, holding the GIL).
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html[:MAX_HTML_CHARS], "html.parser")
    for element in soup(["script", "style", "head", "title"]):
        element.decompose()
    for marker_selector in OUTLOOK_MARKERS:
        for marker in soup.select(marker_selector):
            for sibling in list(marker.find_next_siblings()):
                sibling.decompose()
            marker.decompose()
    for selector in QUOTE_CONTAINERS:
        for element in soup.select(selector):
            element.decompose()
    text = _text_of(soup).replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def bounded(text: str) -> str:
    """The first MAX_REPLY_CHARS of `text` with no line longer than MAX_LINE_CHARS (linear)."""
    text = text[:MAX_REPLY_CHARS].replace("\r\n", "\n").replace("\r", "\n")
    return _LONG_LINE.sub("\\1\n", text)


def newest_text(text: str) -> str:
    """The reply's own words: no quoted message, no signature, no "Sent from my iPhone"."""
    text = bounded(text)
    if not text.strip():
        return ""
    from mailparser_reply.parser import EmailMessage as ReplyText

    parsed = ReplyText(text=text, languages=list(REPLY_LANGUAGES), keep_hyphen_lists=True).read()
    body = parsed.replies[0].body if parsed.replies else text
    lines = [line for line in body.splitlines() if not line.lstrip().startswith(">")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def preview(text: str) -> str:
    return shorten(text, PREVIEW_CHARS)


def _auto_reply(message: Message, subject: str) -> bool:
    auto = _header(message, "Auto-Submitted").lower()
    if auto and not auto.startswith("no"):
        return True
    if any(
        _header(message, h) for h in ("X-Autoreply", "X-Autorespond", "X-Autoresponse", "X-Autogenerated")
    ):
        return True
    if _header(message, "Precedence").lower() in {"auto_reply", "bulk", "junk", "list"}:
        return True
    if message.get_content_type() == "multipart/report":
        return True  # a read receipt or a delay notice: not the contact writing
    return bool(AUTO_SUBJECT.match(subject))


def _delivery_status(message: Message) -> tuple[list[str], str]:
    """Failed recipients and the diagnostic from an RFC 3464 report's delivery-status part."""
    failed, reason = [], ""
    for part in message.walk():
        if part.get_content_type() != "message/delivery-status":
            continue
        blocks = part.get_payload()
        if not isinstance(blocks, list):
            continue
        for block in blocks:
            if not isinstance(block, Message):
                continue
            action = str(block.get("Action", "")).strip().lower()
            if action != "failed":
                continue
            recipient = str(block.get("Final-Recipient") or block.get("Original-Recipient") or "")
            address = recipient.split(";", 1)[-1].strip().strip("<>").lower()
            if "@" in address and address not in failed:
                failed.append(address)
            diagnostic = " ".join(str(block.get("Diagnostic-Code", "")).split())
            status = str(block.get("Status", "")).strip()
            reason = reason or diagnostic.split(";", 1)[-1].strip() or (f"Status {status}" if status else "")
    return failed, reason


def _returned_ids(message: Message) -> list[str]:
    """Message-IDs in the copy (or the headers) of the original that a bounce returns."""
    ids: list[str] = []
    for part in message.walk():
        kind = part.get_content_type()
        if kind == "message/rfc822":
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            if isinstance(inner, Message):
                ids += message_ids(_header(inner, "Message-ID"))
        elif kind == "text/rfc822-headers":
            headers = email.message_from_string(_decode(part), policy=email.policy.compat32)
            ids += message_ids(str(headers.get("Message-ID", "")))
    return ids


def _bounce(message: Message, sender: str, subject: str) -> tuple[list[str], str] | None:
    is_report = message.get_content_type() == "multipart/report"
    looks_like = is_report or BOUNCE_SENDER.match(sender) or BOUNCE_SUBJECT.search(subject)
    if not looks_like:
        return None
    failed, reason = _delivery_status(message)
    if not failed:
        try:
            from flufl.bounce import all_failures

            _temporary, permanent = all_failures(message)
        except Exception:
            permanent = frozenset()
        failed = sorted({a.decode("utf-8", "replace").lower() for a in permanent if b"@" in a})
    if not failed:
        return None
    return failed, reason or "The recipient's mail server refused the message"


def parse(raw: bytes) -> Inbound:
    if not raw or not raw.strip():
        raise NotAnEmail("The email is empty")
    message = email.message_from_bytes(raw, policy=email.policy.default)
    _, sender = parseaddr(_header(message, "From"))
    sender = sender.strip().lower()
    if "@" not in sender:
        raise NotAnEmail("This is not an RFC 822 email: it has no From address")
    subject = " ".join(_header(message, "Subject").split())[:300]
    references = message_ids(_header(message, "In-Reply-To"), *reversed(_headers(message, "References")))
    recipients = _addresses(message, "To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To")
    own_ids = message_ids(_header(message, "Message-ID"))
    common = partial(
        Inbound,
        message_id=own_ids[0] if own_ids else None,
        sender=sender,
        recipients=recipients,
        subject=subject,
    )
    bounce = _bounce(message, sender, subject)
    if bounce is not None:
        failed, reason = bounce
        return common(
            references=references + [i for i in _returned_ids(message) if i not in references],
            kind="bounce",
            bounced_addresses=failed,
            bounce_reason=reason[:500],
        )
    if _auto_reply(message, subject):
        # kept (subject and the start of the body) for the return date it may give
        away = f"{subject}\n{_body_text(message)[:AUTO_REPLY_CHARS]}"
        return common(references=references, kind="auto_reply", text=away)
    return common(references=references, kind="reply", text=newest_text(_body_text(message)))


AUTO_REPLY_CHARS = 2000


def _body_text(message: Message) -> str:
    """The plain-text body, or the HTML body as text."""
    part = _body_part(message, "plain")
    if part is not None:
        return _decode(part)
    html = _body_part(message, "html")
    return html_to_text(_decode(html)) if html is not None else ""


def parse_for_sandbox(raw: bytes, _arg: str = "") -> dict:
    """The sandbox task (careeros.sandbox): parse in a child process, answer plain data."""
    from dataclasses import asdict

    from careeros.sandbox import Refused

    try:
        return asdict(parse(raw))
    except NotAnEmail as exc:
        raise Refused(str(exc)) from None
