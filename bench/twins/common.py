"""What the twins share with CareerOS, so the comparison measures the framework and not the work:
the same database and models, the same JWT rules and secret, the same session check, the same
moving-window limits and headers, and the same JSON. Nothing here comes from CareerOS's web stack
(no Connexion, no middleware); only the models and the pure view helpers."""

from __future__ import annotations

import math
import os
import time

import jwt
from limits import parse_many
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import sessionmaker

from careeros.messages import draft_view
from models import AuthSession, Message, MessageStatus, User
from models.db import normalise_url

DATABASE_URL = normalise_url(os.environ["CAREEROS_DATABASE_URL"])
SECRET = os.environ["CAREEROS_SECRET_KEY"]
LIMITS = parse_many(os.environ.get("CAREEROS_RATE_LIMITS", "100/minute;1000/hour"))
ISSUER = "careeros"

engine = create_engine(
    DATABASE_URL, connect_args={"check_same_thread": False} if DATABASE_URL.startswith("sqlite") else {}
)
Session = sessionmaker(engine, expire_on_commit=False)
limiter = MovingWindowRateLimiter(MemoryStorage())


class Unauthorized(Exception):
    pass


def verify(token: str, session) -> str:
    """The user id of a valid token whose session is live, as CareerOS checks it."""
    try:
        claims = jwt.decode(
            token, SECRET, algorithms=["HS256"], issuer=ISSUER,
            options={"require": ["exp", "iat", "sub", "jti", "sid", "iss"]},
        )  # fmt: skip
    except jwt.InvalidTokenError as exc:
        raise Unauthorized(str(exc)) from None
    live = session.execute(
        select(AuthSession.id)
        .join(User, User.id == AuthSession.user_id)
        .where(
            AuthSession.id == claims["sid"],
            AuthSession.user_id == claims["sub"],
            AuthSession.revoked_at.is_(None),
        )
    ).first()
    if live is None:
        raise Unauthorized("The session has ended")
    return claims["sub"]


def rate_headers(key: str) -> dict[str, str]:
    """Hit every window; the headers of the binding one (the fewest left)."""
    for item in LIMITS:
        limiter.hit(item, key)
    best = None
    for item in LIMITS:
        stats = limiter.get_window_stats(item, key)
        row = (
            max(0, stats.remaining),
            -math.ceil(stats.reset_time),
            item.amount,
            math.ceil(stats.reset_time),
        )
        if best is None or row[:2] < best[:2]:
            best = row
    return {
        "X-RateLimit-Limit": str(best[2]),
        "X-RateLimit-Remaining": str(best[0]),
        "X-RateLimit-Reset": str(best[3]),
    }


def pending(session, user_id: str, limit: int, offset: int) -> dict:
    query = select(Message).where(Message.user_id == user_id, Message.status == MessageStatus.PENDING)
    total = session.scalar(select(func.count()).select_from(query.subquery()))
    rows = session.scalars(query.order_by(Message.generated_at, Message.id).limit(limit).offset(offset)).all()
    return {"drafts": [draft_view(m) for m in rows], "total": total, "has_more": offset + len(rows) < total}


def ping(session) -> str:
    started = time.perf_counter()
    session.execute(select(1))
    return "degraded" if (time.perf_counter() - started) * 1000 > 500 else "healthy"
