"""Handlers for the `account` tag: the signed-in user and their settings."""

from careeros import accounts
from careeros.replies import receiving as replies
from careeros.security import Keys
from careeros.settings import current as settings
from handlers import caller, ok


def get_account():
    return ok(accounts.get_account(caller()))


def update_account(body):
    return ok(accounts.update_account(caller(), body))


def create_inbound_token():
    return ok(replies.issue_token(caller(), Keys.of(settings())), 201)
