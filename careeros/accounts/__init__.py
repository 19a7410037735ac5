"""Accounts: registration, sign-in with throttling, rotating refresh tokens, sign-out, settings."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import available_timezones

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from careeros import followups, security
from careeros.accounts.throttle import LoginThrottle
from careeros.sending.schedule import replan
from careeros.timefmt import iso
from models import USER_LOCK, AuthSession, RefreshToken, User, db, utcnow
from models.errors import Conflict, InvalidRequest, NotFound, Unauthorized
from models.text import tidy

if TYPE_CHECKING:
    from careeros.settings import Settings

WRONG_CREDENTIALS = "Email or password is incorrect"
# Settings that shape the plan of waiting approved mail.
PLANNING = frozenset({"daily_limit", "timezone", "sending_window", "send_gap_seconds"})


def normalise_email(email: str) -> str:
    return email.strip().lower()


@functools.cache
def _throttle_for(storage: str, per_account: str, per_ip: str) -> LoginThrottle:
    return LoginThrottle(storage, per_account, per_ip)


@dataclass(frozen=True)
class Policy:
    """What signing up and in depends on: the keys that sign the tokens, the failed-sign-in
    throttle, and how many sample contacts a new account gets (a sandbox's; 0 in production)."""

    keys: security.Keys
    throttle: LoginThrottle
    sample_contacts: int = 0

    @classmethod
    def of(cls, settings: Settings) -> Policy:
        # one throttle per storage and limits, so its counts survive across requests
        throttle = _throttle_for(
            settings.rate_limit_storage, settings.login_limit_account, settings.login_limit_ip
        )
        return cls(security.Keys.of(settings), throttle, settings.sample_contacts)


@functools.cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


def user_view(user: User) -> dict:
    return {"id": user.id, "email": user.email, "name": user.name}


def account_view(user: User) -> dict:
    return {
        "user": user_view(user),
        "settings": {
            "daily_limit": user.daily_limit,
            "timezone": user.timezone,
            "sending_window": user.sending_window,
            "send_gap_seconds": user.send_gap_seconds,
            "follow_ups": {
                "enabled": bool(user.follow_ups_enabled),
                "count": user.follow_up_count,
                "waits": list(user.follow_up_waits or [4, 7]),
            },
        },
        "created_at": iso(user.created_at),
        "inbound_token_created_at": iso(user.inbound_token_created_at),
    }


def _open_session(session, keys: security.Keys, user: User, now: datetime, ip: str, agent: str) -> dict:
    auth_session = AuthSession(
        user_id=user.id,
        created_at=now,
        last_used_at=now,
        client_ip=ip[:64] or None,
        user_agent=agent[:255] or None,
    )
    session.add(auth_session)
    session.flush()
    return _issue_tokens(session, keys, auth_session, now)


def _issue_tokens(session, keys: security.Keys, auth_session: AuthSession, now: datetime) -> dict:
    """A new refresh token in the session's family and an access token naming the session."""
    refresh, refresh_hash = security.new_refresh_token()
    session.add(
        RefreshToken(
            session_id=auth_session.id,
            token_hash=refresh_hash,
            created_at=now,
            expires_at=now + keys.refresh_ttl,
        )
    )
    token, expires_at = security.issue_access_token(keys, auth_session.user_id, auth_session.id, now)
    return {"token": token, "refresh_token": refresh, "expires_at": iso(expires_at)}


def register(email: str, password: str, name: str, *, policy: Policy, ip: str = "", agent: str = "") -> dict:
    email = normalise_email(email)
    name = tidy(name)
    password_hash = security.hash_password(password)  # slow: outside the transaction
    now = utcnow()
    try:
        with db.writing() as session:
            if session.scalar(select(User.id).where(User.email == email)):
                raise Conflict("An account with this email already exists", field="email")
            user = User(email=email, name=name, password_hash=password_hash, created_at=now, updated_at=now)
            session.add(user)
            session.flush()
            _add_sample_contacts(session, user.id, policy.sample_contacts)
            tokens = _open_session(session, policy.keys, user, now, ip, agent)
            return {"user": user_view(user), "session": tokens}
    except IntegrityError:  # a concurrent registration of the same address won
        raise Conflict("An account with this email already exists", field="email") from None


def _add_sample_contacts(session, user_id: str, count: int) -> None:
    """In a sandbox (`make run`, CAREEROS_SAMPLE_CONTACTS > 0) a new account gets a generated
    directory, so the whole flow can be tried without a CSV export. Production leaves it at 0."""
    if count:
        from careeros.demo import add_directory

        add_directory(session, user_id, count, seed=int(user_id[-6:], 36), source="sample")


def login(email: str, password: str, *, policy: Policy, ip: str = "", agent: str = "") -> dict:
    email = normalise_email(email)
    throttle = policy.throttle
    throttle.check(email, ip)
    with db.reading() as session:
        user = session.scalar(select(User).where(User.email == email))
        stored_hash = user.password_hash if user else None
    if not security.verify_password(stored_hash, password):
        throttle.failed(email, ip)
        raise Unauthorized(WRONG_CREDENTIALS)
    assert user is not None and stored_hash is not None  # verify_password refuses a missing hash
    throttle.succeeded(email)
    now = utcnow()
    rehashed = security.hash_password(password) if security.needs_rehash(stored_hash) else None
    with db.writing() as session:
        user = session.get(User, user.id)
        if user is None:  # deleted between the two transactions
            raise Unauthorized(WRONG_CREDENTIALS)
        if rehashed:
            user.password_hash = rehashed
        tokens = _open_session(session, policy.keys, user, now, ip, agent)
        return {"user": user_view(user), "session": tokens}


def refresh(token: str, *, keys: security.Keys) -> dict:
    """Rotate a refresh token. Reuse of a used token revokes its session: whoever holds either
    copy, the thief or the user, must sign in again (RFC 9700 §4.14.2)."""
    now = utcnow()
    outcome: str | None = None
    with db.writing() as session:
        stored = session.scalar(
            select(RefreshToken)
            .where(RefreshToken.token_hash == security.hash_refresh_token(token))
            .with_for_update()
        )
        if stored is None:
            outcome = "The refresh token is not valid"
        else:
            auth_session = session.get_one(AuthSession, stored.session_id, with_for_update=True)
            if auth_session.revoked_at is not None:
                outcome = "The session has ended; sign in again"
            elif stored.used_at is not None:
                auth_session.revoked_at = now
                auth_session.revoked_reason = "refresh_token_reuse"
                outcome = "The refresh token was already used; the session has been ended"
            elif stored.expires_at <= now:
                outcome = "The refresh token has expired; sign in again"
            else:
                stored.used_at = now
                auth_session.last_used_at = now
                result = _issue_tokens(session, keys, auth_session, now)
    # Raised after the commit, so that a detected reuse really revokes the session.
    if outcome:
        raise Unauthorized(outcome)
    return result


def logout(
    user_id: str, current_session_id: str, *, refresh_token: str | None = None, all_sessions: bool = False
) -> dict:
    now = utcnow()
    live = (AuthSession.user_id == user_id, AuthSession.revoked_at.is_(None))
    with db.writing() as session:
        if all_sessions:
            target = update(AuthSession).where(*live)
        elif refresh_token:
            session_id = session.scalar(
                select(RefreshToken.session_id).where(
                    RefreshToken.token_hash == security.hash_refresh_token(refresh_token)
                )
            )
            # A token of another account, or an unknown one, ends nothing and reveals nothing.
            target = update(AuthSession).where(*live, AuthSession.id == (session_id or ""))
        else:
            target = update(AuthSession).where(*live, AuthSession.id == current_session_id)
        revoked = db.affected(
            session.execute(
                target.values(revoked_at=now, revoked_reason="logout").execution_options(
                    synchronize_session=False
                )
            )
        )
    return {"revoked_sessions": revoked}


def _user(session, user_id: str, *, lock: bool = False) -> User:
    user = session.get(User, user_id, with_for_update=USER_LOCK if lock else False)
    if user is None:
        raise NotFound("Account not found")
    return user


def get_account(user_id: str) -> dict:
    with db.reading() as session:
        return account_view(_user(session, user_id))


def update_account(user_id: str, changes: dict) -> dict:
    if "timezone" in changes and changes["timezone"] not in _zones():
        raise InvalidRequest(f"{changes['timezone']!r} is not an IANA time zone", field="timezone")
    window = changes.get("sending_window")
    if window is not None and window["start"] >= window["end"]:
        raise InvalidRequest(
            "sending_window.end must be after sending_window.start", field="sending_window.end"
        )
    with db.writing() as session:
        user = _user(session, user_id, lock=True)  # approvals plan under the same lock
        if "name" in changes:
            user.name = tidy(changes["name"])
        if "daily_limit" in changes:
            user.daily_limit = changes["daily_limit"]
        if "timezone" in changes:
            user.timezone = changes["timezone"]
        if window is not None:
            days = [d for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun") if d in window["days"]]
            user.sending_window = {"days": days, "start": window["start"], "end": window["end"]}
        follow_ups = changes.get("follow_ups") or {}
        if "enabled" in follow_ups:
            user.follow_ups_enabled = follow_ups["enabled"]
        if "count" in follow_ups:
            user.follow_up_count = follow_ups["count"]
        if "waits" in follow_ups:
            user.follow_up_waits = list(follow_ups["waits"])
        if "send_gap_seconds" in changes:
            if user.next_send_at is not None:  # the wait after the last send follows the new gap
                user.next_send_at += timedelta(seconds=changes["send_gap_seconds"] - user.send_gap_seconds)
            user.send_gap_seconds = changes["send_gap_seconds"]
        now = utcnow()
        user.updated_at = now
        if follow_ups or "timezone" in changes:
            session.flush()
            followups.reschedule(session, user, now)
        if PLANNING.intersection(changes):
            # Mail the old plan held for a later day may fit now (or no longer fit today).
            session.flush()
            replan(session, user, now)
        return account_view(user)
