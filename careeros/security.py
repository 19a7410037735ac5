"""Credentials: argon2id password hashes, HS256 access tokens and opaque refresh tokens."""

from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
import hmac
import secrets
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

if TYPE_CHECKING:
    from careeros.settings import Settings

ALGORITHM = "HS256"
ISSUER = "careeros"
REFRESH_PREFIX = "rt_"

_hasher = PasswordHasher()  # argon2id, RFC 9106 low-memory profile


def hash_password(password: str) -> str:
    return _hasher.hash(password)


@functools.cache
def _dummy_hash() -> str:
    return _hasher.hash(secrets.token_urlsafe(16))


def verify_password(password_hash: str | None, password: str) -> bool:
    """Constant work whether or not the account exists, so timing does not reveal it."""
    try:
        return _hasher.verify(password_hash or _dummy_hash(), password) and password_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


@dataclass(frozen=True)
class Keys:
    """What signs the credentials and how long they last: the service's secret key (access tokens
    and inbound-token MACs) and the lifetimes of access and refresh tokens."""

    secret: str = field(repr=False)
    access_ttl: timedelta = timedelta(minutes=15)
    refresh_ttl: timedelta = timedelta(days=30)

    @classmethod
    def of(cls, settings: Settings) -> Keys:
        return cls(
            settings.secret_key,
            timedelta(seconds=settings.access_token_ttl),
            timedelta(seconds=settings.refresh_token_ttl),
        )


def issue_access_token(keys: Keys, user_id: str, session_id: str, now: datetime) -> tuple[str, datetime]:
    expires_at = now + keys.access_ttl
    claims = {
        "iss": ISSUER,
        "sub": user_id,
        "sid": session_id,
        "jti": uuid.uuid4().hex,
        "iat": int(now.timestamp()),
        "exp": int(expires_at.timestamp()),
    }
    return jwt.encode(claims, keys.secret, algorithm=ALGORITHM), expires_at.replace(microsecond=0)


class InvalidToken(Exception):
    pass


# Tokens whose signature and claims were checked, kept per process: a client sends the same
# token for up to 15 minutes, and checking it again is a tenth of an authenticated request. The
# expiry is checked on every use; whether the session still lives is the caller's check, never
# kept (a sign-out ends access at once).
_VERIFIED_MAX = 4096
_verified: dict[tuple[str, str], dict] = {}


def decode_access_token(keys: Keys, token: str) -> dict:
    """The claims of a valid, unexpired access token signed with `keys`; InvalidToken otherwise."""
    known = _verified.get((keys.secret, token))
    if known is not None:
        if known["exp"] <= time.time():
            _verified.pop((keys.secret, token), None)
            raise InvalidToken("The access token has expired")
        return dict(known)
    claims = _decode(keys, token)
    if len(_verified) >= _VERIFIED_MAX:
        with contextlib.suppress(RuntimeError, StopIteration):  # another thread's change
            _verified.pop(next(iter(_verified)), None)  # the oldest
    _verified[(keys.secret, token)] = claims
    return dict(claims)


def _decode(keys: Keys, token: str) -> dict:
    try:
        return jwt.decode(
            token,
            keys.secret,
            algorithms=[ALGORITHM],  # pinned: never trust the token's own "alg"
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub", "jti", "sid", "iss"]},
        )
    except jwt.ExpiredSignatureError:
        raise InvalidToken("The access token has expired") from None
    except jwt.InvalidTokenError:
        raise InvalidToken("The access token is not valid") from None


def new_refresh_token() -> tuple[str, str]:
    """An opaque token for the client and the hash we keep of it."""
    token = REFRESH_PREFIX + secrets.token_urlsafe(32)
    return token, hash_refresh_token(token)


def hash_refresh_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


INBOUND_PREFIX = "inb_"


def _inbound_mac(keys: Keys, body: str) -> str:
    digest = hmac.new(keys.secret.encode(), b"careeros-inbound:" + body.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")[:22]


def new_inbound_token(keys: Keys) -> tuple[str, str]:
    """A token for POST /inbound/email and the hash we keep of it. It carries a MAC, so a forged
    one is told apart without the database (the rate limiter keys genuine ones by token)."""
    body = secrets.token_urlsafe(24)
    token = f"{INBOUND_PREFIX}{body}.{_inbound_mac(keys, body)}"
    return token, hash_refresh_token(token)


def inbound_token_is_ours(keys: Keys, token: str) -> bool:
    if not token.startswith(INBOUND_PREFIX) or len(token) > 100 or "." not in token:
        return False
    body, mac = token[len(INBOUND_PREFIX) :].rsplit(".", 1)
    return hmac.compare_digest(mac, _inbound_mac(keys, body))
