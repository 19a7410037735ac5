"""Rate limits: per-caller moving windows for every request, and the sign-in failure throttle."""

from __future__ import annotations

import asyncio
import math
import time
import weakref
from contextvars import ContextVar
from dataclasses import dataclass
from urllib.parse import parse_qs

from limits import RateLimitItem, parse_many
from limits.aio.strategies import MovingWindowRateLimiter as AsyncMovingWindow
from limits.storage import storage_from_string

from careeros import security
from careeros.settings import Settings
from careeros.web import auth
from careeros.web.middleware import client_ip_of, header, send_error


def _async_uri(uri: str) -> tuple[str, dict]:
    if uri.startswith("memory://"):
        return "async+memory://", {}
    # redis-py's asyncio client: the driver we already ship for the synchronous side.
    return "async+" + uri, {"implementation": "redispy"}


@dataclass(frozen=True)
class Decision:
    allowed: bool
    limit: int
    remaining: int
    reset: int
    retry_after: int | None = None
    description: str = ""

    def headers(self) -> list[tuple[bytes, bytes]]:
        rows = [
            (b"x-ratelimit-limit", str(self.limit).encode()),
            (b"x-ratelimit-remaining", str(self.remaining).encode()),
            (b"x-ratelimit-reset", str(self.reset).encode()),
        ]
        if self.retry_after is not None:
            rows.append((b"retry-after", str(self.retry_after).encode()))
        return rows


class RequestLimiter:
    """Several moving windows (100/minute and 1000/hour by default) evaluated together.

    A request is counted in every window only when every window has room, so requests
    refused by the minute window do not eat into the hour.
    """

    def __init__(self, storage_uri: str, limits: str):
        self.uri, self.options = _async_uri(storage_uri)
        self.items: list[RateLimitItem] = parse_many(limits)
        # asyncio locks and the async Redis pool belong to the event loop that made them: one
        # storage per loop (a server runs one loop; tests start several, one per test client).
        self._strategies: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    @property
    def strategy(self) -> AsyncMovingWindow:
        loop = asyncio.get_running_loop()
        strategy = self._strategies.get(loop)
        if strategy is None:
            strategy = AsyncMovingWindow(storage_from_string(self.uri, **self.options))
            self._strategies[loop] = strategy
        return strategy

    async def hit(self, key: str) -> Decision:
        now = time.time()
        for item in self.items:
            if not await self.strategy.test(item, key):
                return await self._refused(item, key, now)
        for item in self.items:
            if not await self.strategy.hit(item, key):  # lost a race with a parallel request
                return await self._refused(item, key, now)
        return await self._binding(key)

    async def _binding(self, key: str) -> Decision:
        best: Decision | None = None
        for item in self.items:
            stats = await self.strategy.get_window_stats(item, key)
            decision = Decision(True, item.amount, max(0, stats.remaining), math.ceil(stats.reset_time))
            # The binding window is the one with the fewest requests left; on a tie, the one
            # that takes longer to free up.
            if best is None or (decision.remaining, -decision.reset) < (best.remaining, -best.reset):
                best = decision
        assert best is not None
        return best

    async def _refused(self, item: RateLimitItem, key: str, now: float) -> Decision:
        stats = await self.strategy.get_window_stats(item, key)
        retry_after = max(1, math.ceil(stats.reset_time - now))
        return Decision(False, item.amount, 0, math.ceil(stats.reset_time), retry_after, str(item))


_decision: ContextVar[Decision | None] = ContextVar("careeros_ratelimit", default=None)


def _add_headers(message: dict, rows: list[tuple[bytes, bytes]]) -> dict:
    present = {name.lower() for name, _ in message.get("headers", [])}
    missing = [(k, v) for k, v in rows if k not in present]
    return {**message, "headers": [*message.get("headers", []), *missing]} if missing else message


class RateLimitMiddleware:
    """ASGI middleware outside Connexion's stack so that every response, errors included,
    carries the X-RateLimit headers and a flood is refused before any work is done."""

    def __init__(self, app, settings: Settings):
        self.app = app
        self.limiter = RequestLimiter(settings.rate_limit_storage, settings.rate_limits)
        self.keys = security.Keys.of(settings)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        decision = await self.limiter.hit(await self._key(scope))
        if not decision.allowed:
            await send_error(
                send,
                429,
                "RATE_LIMIT_EXCEEDED",
                f"Rate limit of {decision.description} exceeded",
                headers=decision.headers(),
                retry_after=decision.retry_after,
            )
            return
        extra = decision.headers()
        _decision.set(decision)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message = _add_headers(message, extra)
            await send(message)

        await self.app(scope, receive, send_with_headers)

    async def _key(self, scope) -> str:
        if scope["path"] == "/inbound/email":
            # A mail provider posts from shared addresses: a genuine inbound token is the key.
            token = header(scope, b"x-careeros-inbound-token") or _query_token(scope)
            if token and security.inbound_token_is_ours(self.keys, token):
                return "inbound:" + security.hash_refresh_token(token)[:32]
        authorization = header(scope, b"authorization")
        if authorization[:7].lower() == "bearer ":
            # Only a live session spends its user's allowance: a revoked or forged token is
            # counted against the address it comes from, like any caller not signed in.
            verdict = await auth.verify_bearer(authorization[7:].strip())
            if verdict.claims is not None:
                return f"user:{verdict.claims['sub']}"
        return f"ip:{client_ip_of(scope)}"


def _query_token(scope) -> str:
    values = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("token")
    return values[0] if values else ""


class RateLimitHeadersMiddleware:
    """The same headers, added inside Connexion's response validation so that responses of
    operations are checked against the spec with their documented headers present."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        decision = _decision.get()
        if scope["type"] != "http" or decision is None:
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message = _add_headers(message, decision.headers())
            await send(message)

        await self.app(scope, receive, send_with_headers)
