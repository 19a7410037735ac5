"""Handlers for the `inbound` tag: email from a provider's inbound route or a forwarding rule."""

from careeros.replies import receiving as replies
from handlers import caller, ok
from models.errors import InvalidRequest, PayloadTooLarge


def _raw(value) -> bytes:
    if value is None:
        return b""
    if hasattr(value, "read"):  # a file part
        return value.read(replies.MAX_EMAIL_BYTES + 1)
    return value.encode("utf-8", "surrogateescape") if isinstance(value, str) else bytes(value)


def receive_email(body=None):
    # message/rfc822 arrives as bytes; a provider's form as its fields (`email` or `body-mime`).
    form = body if isinstance(body, dict) else None
    raw = (_raw(form.get("email")) or _raw(form.get("body-mime"))) if form is not None else _raw(body)
    if len(raw) > replies.MAX_EMAIL_BYTES:
        raise PayloadTooLarge(f"The email is larger than {replies.MAX_EMAIL_BYTES // (1024 * 1024)} MB")
    if not raw.strip():
        raise InvalidRequest(
            "Send the raw email as the body (Content-Type: message/rfc822) or in the form field "
            "'email' or 'body-mime'",
            field="email",
        )
    return ok(replies.receive(raw, user_id=caller(), source="http"))
