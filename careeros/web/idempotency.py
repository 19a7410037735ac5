"""Idempotency keys, as Stripe does them: a POST sent with `Idempotency-Key` runs once per key
and caller; a retry with the same key and the same request gets the first answer again.

* The first answer (status, content type, body) is kept for 24 hours, its body encrypted (it
  may carry tokens), and replayed exactly with `Idempotent-Replayed: true`.
* The same key with a different request (method, path, query or body) is `422`.
* A retry while the first request is still running is `409` with `Retry-After`.
* Answers that say "not now" rather than "this is what happened" are not kept, so that a retry
  runs again: `429` (a limit), and `5xx` (a failure, or `503` while paused).
* Keys are per caller: the signed-in user (or the account an inbound token names), or one
  shared space for callers not signed in (register, login, refresh), where the request's hash
  (which includes the password) keeps one client's key from replaying another's answer.

The middleware runs after routing, security and validation: a request refused by validation
never takes a key, as at Stripe.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
from datetime import datetime, timedelta

import anyio.to_thread
from cryptography.fernet import Fernet, InvalidToken
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from starlette.datastructures import UploadFile
from starlette.requests import Request

from careeros.web.errors import ApiError, raw_response
from careeros.web.middleware import header, send_error
from models import IdempotencyKey, db, utcnow

HEADER = b"idempotency-key"
RETENTION = timedelta(hours=24)
# How long a first request may run before a retry is allowed to take its key over (it crashed).
RUNNING_LEASE = timedelta(seconds=60)
NOT_KEPT = {429}


def _cipher(secret_key: str) -> Fernet:
    digest = hashlib.sha256(b"careeros-idempotency:" + secret_key.encode()).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


def _caller(scope) -> str:
    context = scope.get("extensions", {}).get("connexion_context", {})
    user = context.get("user")
    return f"user:{user}" if user else "anonymous"


async def _read_body(receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def fingerprint(scope, body: bytes) -> str:
    """What makes two requests the same: method, path, query, and the body as its meaning (JSON
    with keys sorted; a multipart form by its fields and files, whatever its boundary)."""
    content_type = header(scope, b"content-type").split(";")[0].strip().lower()
    canonical: bytes = body
    if content_type.endswith("json") and body.strip():
        with contextlib.suppress(ValueError):
            canonical = json.dumps(json.loads(body), sort_keys=True, separators=(",", ":")).encode()
    elif content_type == "multipart/form-data":

        async def replay():
            return {"type": "http.request", "body": body, "more_body": False}

        try:
            form = await Request(scope, replay).form()
        except Exception:
            form = None
        if form is not None:
            fields = []
            for name, value in form.multi_items():
                if isinstance(value, UploadFile):
                    data = await value.read()
                    fields.append([name, value.filename, hashlib.sha256(data).hexdigest()])
                else:
                    fields.append([name, None, value])
            await form.close()
            canonical = json.dumps(sorted(fields, key=json.dumps)).encode("utf-8", "surrogatepass")
    digest = hashlib.sha256()
    for part in (
        scope["method"],
        scope["path"],
        scope.get("query_string", b"").decode("latin-1"),
        content_type,
    ):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    digest.update(canonical)
    return digest.hexdigest()


# ---- the table -----------------------------------------------------------------------------


def _begin(caller: str, key: str, request_hash: str, now: datetime) -> tuple[str, IdempotencyKey | None]:
    """("run", None) when this request takes the key; else ("replay" | "mismatch" | "running",
    the row)."""
    try:
        with db.writing() as session:
            row = session.get(IdempotencyKey, (caller, key), with_for_update=True)
            if row is not None and row.expires_at <= now:
                session.delete(row)
                session.flush()
                row = None
            if row is None:
                session.add(
                    IdempotencyKey(
                        scope=caller,
                        key=key,
                        request_hash=request_hash,
                        created_at=now,
                        locked_until=now + RUNNING_LEASE,
                        expires_at=now + RETENTION,
                    )
                )
                return "run", None
            if row.request_hash != request_hash:
                return "mismatch", row
            if row.status_code is not None:
                session.expunge(row)
                return "replay", row
            if row.locked_until is not None and row.locked_until > now:
                return "running", row
            row.locked_until = now + RUNNING_LEASE  # the first try died: this retry takes over
            return "run", None
    except IntegrityError:  # a concurrent first request inserted the key a moment ago
        return "running", None


def _finish(caller: str, key: str, status: int, content_type: str, body: bytes) -> None:
    with db.writing() as session:
        row = session.get(IdempotencyKey, (caller, key), with_for_update=True)
        if row is None:
            return
        row.status_code, row.content_type, row.body, row.locked_until = status, content_type, body, None


def _forget(caller: str, key: str) -> None:
    with db.writing() as session:
        session.execute(
            delete(IdempotencyKey).where(IdempotencyKey.scope == caller, IdempotencyKey.key == key)
        )


def prune_due(now: datetime) -> int:
    """Worker stage: drop the keys whose day is over."""
    with db.writing() as session:
        return db.affected(session.execute(delete(IdempotencyKey).where(IdempotencyKey.expires_at <= now)))


def stored(caller: str, key: str) -> IdempotencyKey | None:
    with db.reading() as session:
        return session.scalar(
            select(IdempotencyKey).where(IdempotencyKey.scope == caller, IdempotencyKey.key == key)
        )


# ---- the middleware ------------------------------------------------------------------------


class IdempotencyMiddleware:
    def __init__(self, app, secret_key: str):
        self.app = app
        self.cipher = _cipher(secret_key)

    async def __call__(self, scope, receive, send):
        key = header(scope, HEADER) if scope["type"] == "http" and scope["method"] == "POST" else ""
        if not key:
            await self.app(scope, receive, send)
            return
        body = await _read_body(receive)
        caller = _caller(scope)
        request_hash = await fingerprint(scope, body)
        outcome, row = await anyio.to_thread.run_sync(_begin, caller, key, request_hash, utcnow())
        if outcome == "mismatch":
            await send_error(
                send,
                422,
                "IDEMPOTENCY_KEY_REUSED",
                "This Idempotency-Key was already used for a different request; use a new key",
                field="Idempotency-Key",
            )
            return
        if outcome == "running":
            await send_error(
                send,
                409,
                "CONFLICT",
                "A request with this Idempotency-Key is still being processed; retry shortly",
                headers=[(b"retry-after", b"1")],
                retry_after=1,
            )
            return
        if outcome == "replay":
            await self._replay(row, send)
            return
        await self._run(scope, body, send, caller, key)

    async def _replay(self, row: IdempotencyKey, send) -> None:
        try:
            body = self.cipher.decrypt(row.body or b"")
        except InvalidToken:  # the secret key changed since: the answer cannot be read back
            await send_error(
                send,
                409,
                "CONFLICT",
                "This Idempotency-Key's first answer can no longer be replayed; use a new key",
                field="Idempotency-Key",
            )
            return
        headers = [
            (b"content-type", (row.content_type or "application/json").encode("latin-1")),
            (b"content-length", str(len(body)).encode()),
            (b"idempotent-replayed", b"true"),
        ]
        await send({"type": "http.response.start", "status": row.status_code, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _run(self, scope, body: bytes, send, caller: str, key: str) -> None:
        replayed = False

        async def receive_again():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return {"type": "http.disconnect"}

        status = 500
        started = False
        content_type = ""
        chunks: list[bytes] = []

        async def capture(message):
            nonlocal status, content_type, started
            if message["type"] == "http.response.start":
                status, started = message["status"], True
                for name, value in message.get("headers", []):
                    if name.lower() == b"content-type":
                        content_type = value.decode("latin-1")
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        kept = False
        try:
            try:
                await self.app(scope, receive_again, capture)
            except ApiError as exc:
                # A refusal from the operation itself (404, 409…) is its answer to this request,
                # kept and replayed like any other; it is rendered here so it can be kept.
                if started:
                    raise
                status_code, headers, payload = raw_response(exc)
                await capture({"type": "http.response.start", "status": status_code, "headers": headers})
                await capture({"type": "http.response.body", "body": payload})
            if status < 500 and status not in NOT_KEPT:
                sealed = self.cipher.encrypt(b"".join(chunks))
                await anyio.to_thread.run_sync(_finish, caller, key, status, content_type[:128], sealed)
                kept = True
        finally:
            if not kept:
                await anyio.to_thread.run_sync(_forget, caller, key)
