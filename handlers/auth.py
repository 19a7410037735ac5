"""Handlers for the `auth` tag: register, login, refresh, logout."""

from careeros import accounts
from careeros.security import Keys
from careeros.settings import current as settings
from careeros.web import requestctx
from handlers import caller, caller_session, ok


def register(body):
    return ok(
        accounts.register(
            body["email"],
            body["password"],
            body["name"],
            policy=accounts.Policy.of(settings()),
            ip=requestctx.client_ip(),
            agent=requestctx.user_agent(),
        ),
        201,
    )


def login(body):
    return ok(
        accounts.login(
            body["email"],
            body["password"],
            policy=accounts.Policy.of(settings()),
            ip=requestctx.client_ip(),
            agent=requestctx.user_agent(),
        )
    )


def refresh_token(body):
    return ok(accounts.refresh(body["refresh_token"], keys=Keys.of(settings())))


def logout(body=None):
    body = body or {}
    return ok(
        accounts.logout(
            caller(),
            caller_session(),
            refresh_token=body.get("refresh_token"),
            all_sessions=body.get("all_sessions", False),
        )
    )
