"""Connexion's security handlers (the spec's x-bearerInfoFunc and x-apikeyInfoFunc).

The bearer check of every authenticated request: a valid access token (careeros.security)
whose session is still live, verified once per request and shared by the rate limiter (which
keys on the live caller) and the security handler. And the inbound-email token's check."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass

import anyio.to_thread
from connexion.exceptions import OAuthProblem
from sqlalchemy import bindparam, select

from careeros.replies.receiving import user_for_token
from careeros.security import InvalidToken, Keys, decode_access_token
from careeros.settings import current as settings
from models import AuthSession, User, db

# Built once (every authenticated request runs it): SQLAlchemy then neither rebuilds the
# statement nor recomputes its cache key per request, only binds the two values.
_LIVE_SESSION = (
    select(AuthSession.id)
    .join(User, User.id == AuthSession.user_id)
    .where(
        AuthSession.id == bindparam("session_id"),
        AuthSession.user_id == bindparam("user_id"),
        AuthSession.revoked_at.is_(None),
    )
)


def _session_is_live(user_id: str, session_id: str) -> bool:
    with db.querying_once() as connection:
        found = connection.execute(_LIVE_SESSION, {"session_id": session_id, "user_id": user_id}).first()
    return found is not None


def _unauthorized(detail: str) -> OAuthProblem:
    problem = OAuthProblem(detail=detail)
    problem.headers = {"WWW-Authenticate": 'Bearer error="invalid_token"'}  # RFC 6750 §3
    return problem


@dataclass(frozen=True)
class Verdict:
    """What a bearer token proved: the caller's claims, or why it proves nothing."""

    token: str
    claims: dict | None
    reason: str = ""


# One verification per request, shared by the rate limiter (which keys on the live caller) and
# Connexion's bearer check; each request runs in a context of its own (middleware.isolated).
_verdict: ContextVar[Verdict | None] = ContextVar("careeros_bearer_verdict", default=None)


def _verify(token: str) -> Verdict:
    try:
        claims = decode_access_token(Keys.of(settings()), token)
    except InvalidToken as exc:
        return Verdict(token, None, str(exc))
    if not _session_is_live(claims["sub"], claims["sid"]):
        return Verdict(token, None, "The session has ended; sign in again")
    return Verdict(token, {"sub": claims["sub"], "sid": claims["sid"], "jti": claims["jti"]})


async def verify_bearer(token: str) -> Verdict:
    """Signature, expiry and a live session, checked once per request."""
    verdict = _verdict.get()
    if verdict is None or verdict.token != token:
        verdict = await anyio.to_thread.run_sync(_verify, token)
        _verdict.set(verdict)
    return verdict


async def bearer_info(token: str) -> dict:
    """Connexion's bearer check: a valid signature, and a session that still exists."""
    verdict = await verify_bearer(token)
    if verdict.claims is None:
        raise _unauthorized(verdict.reason)
    return verdict.claims


async def inbound_token_info(token: str) -> dict:
    """Connexion's check for the inbound token, in the header or the query."""
    user_id = await anyio.to_thread.run_sync(user_for_token, Keys.of(settings()), token.strip())
    if user_id is None:
        raise OAuthProblem(detail="The inbound token is not valid")
    return {"sub": user_id}
