"""Schemathesis hooks (SCHEMATHESIS_HOOKS): bodies for the media types it cannot make itself.

message/rfc822 (POST /inbound/email): emails with headers a mail client would write, replies
to Message-IDs of every shape, besides the raw bytes it generates for `format: binary`.
"""

from __future__ import annotations

import schemathesis
from hypothesis import strategies as st

_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n\x00"), max_size=80)
_local = st.from_regex(r"[a-z][a-z0-9._-]{0,20}", fullmatch=True)
_address = st.builds(
    lambda local, domain: f"{local}@{domain}", _local, st.sampled_from(["example.com", "stripe.example"])
)


def _email(sender, subject, reference, body, auto) -> bytes:
    headers = [
        f"From: {sender}",
        f"Subject: {subject}",
        "To: alice@example.com",
        "Message-ID: <fuzz@example.com>",
    ]
    if reference:
        headers.append(f"In-Reply-To: {reference}")
    if auto:
        headers.append("Auto-Submitted: auto-replied")
    return ("\r\n".join(headers) + "\r\n\r\n" + body).encode("utf-8", "surrogatepass")


_emails = st.builds(
    _email,
    _address,
    _text,
    st.one_of(st.none(), st.builds(lambda x: f"<{x}@example.com>", _local), _text),
    st.text(max_size=400),
    st.booleans(),
)

# Bodies go on the wire as the bytes they are (the spec's own example: the bytes it spells).
schemathesis.serializer.alias("message/rfc822", "application/octet-stream")


@schemathesis.hook
def flatmap_body(ctx, body):
    """For the inbound email, half of the generated raw bodies become emails worth reading.
    (A media-type strategy would do this too, but it refuses the spec's text example.)"""
    if ctx.operation.label == "POST /inbound/email" and isinstance(body, bytes):
        return st.one_of(st.just(body), _emails)
    return st.just(body)
