"""ASGI middleware around Connexion's stack: request ids and access logs, and body size limits."""

from __future__ import annotations

import asyncio
import contextvars
import logging
import re
import secrets
import time

from careeros.web import requestctx
from careeros.web.errors import PayloadTooLarge, error_bytes

access_log = logging.getLogger("careeros.access")

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._\-]{1,64}$")


def header(scope, name: bytes) -> str:
    for key, value in scope.get("headers", ()):
        if key == name:
            return value.decode("latin-1")
    return ""


def client_ip_of(scope) -> str:
    client = scope.get("client")
    return client[0] if client else "unknown"


async def send_error(send, status: int, code: str, message: str, *, headers=(), **extra) -> None:
    body = error_bytes(code, message, **extra)
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def isolated(coroutine) -> None:
    """Run a request in a context of its own.

    A server may start a request's task from inside the previous request's task (uvicorn does
    for a keep-alive connection's next request), and a task copies the context it was created
    in: without this, a request that no middleware binds afresh could read the previous
    request's values, its caller's identity included.
    """
    task = asyncio.get_running_loop().create_task(coroutine, context=contextvars.Context())
    try:
        await asyncio.shield(task)
    except asyncio.CancelledError:
        task.cancel()
        raise


class RequestIdMiddleware:
    """Gives every request an id (or keeps a sane one the caller sent), binds it for logging,
    returns it in X-Request-ID and writes one access-log line per request."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        await isolated(self._serve(scope, receive, send))

    async def _serve(self, scope, receive, send):
        incoming = header(scope, b"x-request-id")
        request_id = incoming if _REQUEST_ID.match(incoming) else "req_" + secrets.token_hex(8)
        requestctx.bind(request_id, client_ip_of(scope), header(scope, b"user-agent")[:255])
        started = time.perf_counter()
        status = 0

        async def send_with_id(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message = {
                    **message,
                    "headers": [*message.get("headers", []), (b"x-request-id", request_id.encode())],
                }
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            access_log.info(
                "%s %s %s %.1fms",
                scope["method"],
                scope["path"],
                status,
                (time.perf_counter() - started) * 1000,
            )


class BodyLimitMiddleware:
    """Refuses bodies over the limit with 413 before reading them: at once when Content-Length
    says so, and as soon as a chunked body grows past it. A chunked body within the limit is
    buffered and given a Content-Length, because Connexion's validators read a body without
    one as no body at all."""

    def __init__(self, app, default_limit: int, limits: dict[str, int] | None = None):
        self.app = app
        self.default_limit = default_limit
        # path prefix -> limit, for operations (uploads) that take more than JSON does
        self.limits = dict(limits or {})

    def limit_for(self, path: str) -> int:
        for prefix, limit in self.limits.items():
            if path == prefix or path.startswith(prefix.rstrip("/") + "/"):
                return limit
        return self.default_limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        declared = header(scope, b"content-length")
        too_large = f"The request body is larger than {limit} bytes"
        if declared:
            if not declared.isdigit():
                await send_error(send, 400, "INVALID_REQUEST", "Content-Length is not a number")
                return
            if int(declared) > limit:
                await send_error(send, 413, "PAYLOAD_TOO_LARGE", too_large)
                return
            await self.app(scope, self._counting(receive, limit, too_large), send)
            return
        if "chunked" not in header(scope, b"transfer-encoding").lower():
            await self.app(scope, receive, send)
            return
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > limit:
                await send_error(send, 413, "PAYLOAD_TOO_LARGE", too_large)
                return
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        headers = [(k, v) for k, v in scope["headers"] if k not in (b"transfer-encoding", b"content-length")]
        scope = {**scope, "headers": [*headers, (b"content-length", str(len(body)).encode())]}
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    @staticmethod
    def _counting(receive, limit: int, too_large: str):
        """A client that sends more than its Content-Length promised is cut off too."""
        received = 0

        async def counting_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise PayloadTooLarge(too_large)
            return message

        return counting_receive
