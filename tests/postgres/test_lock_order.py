"""Lock order on PostgreSQL: a user's row before any of their messages, everywhere.

PATCH /account holds the user's row and then updates their messages (re-planning approved mail,
re-scheduling follow-ups). An approval of a message that locked the message first and the user
second deadlocked against it (found by Schemathesis: approve on a sent message while the account's
follow-ups changed). Here a transaction holds the user's row, an approval starts, and the holder
then updates the message: with the right order the approval waits on the user without holding
the message, so the update goes through at once.
"""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import text

from careeros import messages
from careeros.web.errors import Conflict
from models import Message, MessageStatus, db
from tests.api.test_sending import make_pending

pytestmark = pytest.mark.postgres


@pytest.mark.parametrize("operation", ["approve", "resend"])
def test_an_approval_waits_for_the_user_before_it_holds_the_message(account, operation):
    (message_id,) = make_pending(account.id, 1)
    with db.writing() as session:
        session.get(Message, message_id).status = MessageStatus.SENT  # approve/resend: 409 after locking
    outcome: list[object] = []

    def approve():
        try:
            if operation == "approve":
                messages.approve(account.id, message_id)
            else:
                messages.resend(account.id, message_id)
            outcome.append("done")
        except Conflict as exc:
            outcome.append(exc)

    with db.writing() as holder:
        holder.execute(text("SELECT id FROM users WHERE id = :id FOR UPDATE"), {"id": account.id})
        other = threading.Thread(target=approve)
        other.start()
        time.sleep(0.5)  # the approval is now waiting for a lock
        holder.execute(text("SET LOCAL lock_timeout = '3s'"))
        # with the message held by the approval this would wait, then fail on lock_timeout
        holder.execute(text("UPDATE messages SET updated_at = now() WHERE id = :id"), {"id": message_id})
    other.join(timeout=10)
    assert len(outcome) == 1 and isinstance(outcome[0], Conflict)


def test_holding_a_users_row_does_not_block_inserting_their_messages(account):
    """The worker's follow-up stage holds a sent message and inserts its follow-up; the insert's
    foreign-key check takes FOR KEY SHARE on the user's row. PATCH /account holds that row while it
    updates the user's messages. With FOR UPDATE on the user the two deadlocked; FOR NO KEY UPDATE
    (models.USER_LOCK) lets the insert through."""
    from careeros.accounts import _user

    (message_id,) = make_pending(account.id, 1)
    with db.reading() as session:
        contact_id = session.get(Message, message_id).contact_id
    inserted: list[object] = []

    def insert():
        try:
            with db.writing() as session:
                session.execute(text("SET LOCAL lock_timeout = '3s'"))
                session.add(
                    Message(user_id=account.id, contact_id=contact_id, status=MessageStatus.GENERATING)
                )
            inserted.append("done")
        except Exception as exc:  # the lock timeout, were the user's row held FOR UPDATE
            inserted.append(exc)

    with db.writing() as holder:
        _user(holder, account.id, lock=True)  # as PATCH /account holds it
        other = threading.Thread(target=insert)
        other.start()
        other.join(timeout=10)
    assert inserted == ["done"]
