"""The message state machine, driven in random orders (Hypothesis): approve, reject, regenerate,
draft, pause, resume, send, crash mid-send, resend, reply and bounce, through the HTTP API, the
worker's own functions and a real SMTP server on loopback. After every step:

- every message moved only along TRANSITIONS (its new status is reachable from its old one);
- no Message-ID reached the mail server twice;
- nothing reached the mail server while the account was paused;
- no more messages were handed to a sender today than the daily limit;
- each status carries the time it was entered (sent_at, approved_at, ...).
"""

from __future__ import annotations

import secrets
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import select, update

from careeros.drafting.stage import draft_one
from careeros.sending.stage import _hand_over, claim, deliver, expire_due
from models import (
    STAMPS,
    TRANSITIONS,
    IllegalTransition,
    Message,
    MessageStatus,
    db,
    move,
    utcnow,
)
from tests import mail_samples as mail
from tests.api.test_sending import make_pending
from tests.conftest import register
from tests.smtp import current_mail

DAILY_LIMIT = 3
DRAFTS = 5
RFC822 = {"content-type": "message/rfc822"}


def _reachable() -> dict[str, set[str]]:
    """Every status reachable from each status in one or more legal moves, itself included."""
    closure = {s.value: {s.value} for s in MessageStatus}
    changed = True
    while changed:
        changed = False
        for reached in closure.values():
            more = {t.value for r in list(reached) for t in TRANSITIONS[MessageStatus(r)]} - reached
            if more:
                reached |= more
                changed = True
    return closure


REACHABLE = _reachable()


def _later():
    """When the worker runs: a little later, when every approval spaced by the planner is due."""
    return utcnow() + timedelta(minutes=15)


def test_every_status_can_end() -> None:
    """The table has no dead loop: from every status a final one (no way out) is reachable."""
    final = {s.value for s, targets in TRANSITIONS.items() if not targets}
    assert final == {"replied", "superseded", "failed", "bounced", "withdrawn"}
    for status, reached in REACHABLE.items():
        assert reached & final, status


def test_move_refuses_what_the_table_does_not_have() -> None:
    now = utcnow()
    message = Message(id="msg_table", status=MessageStatus.SENT.value)
    with pytest.raises(IllegalTransition, match="sent; it cannot become approved"):
        move(message, MessageStatus.APPROVED, now)
    assert message.status == "sent"
    move(message, MessageStatus.REPLIED, now)
    assert (message.status, message.replied_at, message.updated_at) == ("replied", now, now)


def test_an_illegal_move_at_the_api_is_409(account) -> None:
    [message_id] = make_pending(account.id, 1)
    assert account.post(f"/messages/{message_id}/reject", json={"reason": "too_generic"}).status_code == 200
    response = account.post(f"/messages/{message_id}/approve", json={})
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "CONFLICT"


def test_the_state_machine_holds_in_any_order(client, smtp) -> None:
    class Outreach(RuleBasedStateMachine):
        def __init__(self):
            super().__init__()
            self.account = register(client)
            response = self.account.patch(
                "/account", json={"send_gap_seconds": 0, "daily_limit": DAILY_LIMIT}
            )
            assert response.status_code == 200, response.text
            self.ids = make_pending(self.account.id, DRAFTS, email_domain=f"{secrets.token_hex(3)}.example")
            self.paused = False
            self.seen: set[str] = set()  # Message-IDs this account had on the server
            self.before = self._statuses()

        # ---- helpers ----------------------------------------------------------------------

        def _messages(self) -> list[Message]:
            with db.reading() as session:
                return list(session.scalars(select(Message).where(Message.user_id == self.account.id)))

        def _statuses(self) -> dict[str, str]:
            return {m.id: m.status for m in self._messages()}

        def _pick(self, index: int, *fitting: str) -> str:
            """A message: for an even index one in a `fitting` status when there is one (so that
            runs get somewhere), otherwise any (so that wrong-state actions are tried too)."""
            statuses = self._statuses()
            ids = sorted(m for m, s in statuses.items() if s in fitting) if index % 2 == 0 else []
            ids = ids or sorted(statuses)
            return ids[(index // 2) % len(ids)]

        def _mine_on_server(self) -> list[str]:
            ours = {m.email_message_id for m in self._messages() if m.email_message_id}
            return [mid for mid in smtp.message_ids() if mid in ours]

        def _inbound(self, raw: bytes) -> None:
            response = client.post(
                "/inbound/email", content=raw, headers={**RFC822, **self.account.inbound_headers()}
            )
            assert response.status_code == 200, response.text

        # ---- the person ---------------------------------------------------------------------

        @rule(
            index=st.integers(0, 50),
            schedule=st.sampled_from(["immediate", "immediate", "immediate", "optimal"]),
        )
        def approve(self, index, schedule):
            message_id = self._pick(index, "pending")
            was = self._statuses()[message_id]
            response = self.account.post(f"/messages/{message_id}/approve", json={"schedule": schedule})
            assert response.status_code == (200 if was == "pending" else 409), (was, response.text)

        @rule(index=st.integers(0, 50))
        def reject(self, index):
            message_id = self._pick(index, "pending")
            was = self._statuses()[message_id]
            response = self.account.post(f"/messages/{message_id}/reject", json={"reason": "too_generic"})
            assert response.status_code == (200 if was == "pending" else 409), (was, response.text)

        @rule(index=st.integers(0, 50))
        def regenerate(self, index):
            message_id = self._pick(index, "pending", "rejected")
            was = self._statuses()[message_id]
            response = self.account.post(f"/messages/{message_id}/regenerate")
            if self.paused:
                assert response.status_code == 503, response.text
            else:
                assert response.status_code == (202 if was in ("pending", "rejected") else 409), (
                    was,
                    response.text,
                )

        @rule(index=st.integers(0, 50))
        def resend(self, index):
            message_id = self._pick(index, "unknown")
            was = self._statuses()[message_id]
            response = self.account.post(f"/messages/{message_id}/resend", json={})
            assert response.status_code == (200 if was == "unknown" else 409), (was, response.text)

        @rule()
        def pause(self):
            assert self.account.post("/system/pause", json={}).status_code == 200
            self.paused = True

        @rule()
        def resume(self):
            assert self.account.post("/system/resume").status_code == 200
            self.paused = False

        # ---- the worker ---------------------------------------------------------------------

        @rule()
        def draft(self):
            while draft_one(utcnow(), self.account.id):
                pass

        @rule()
        def send(self):
            before = len(self._mine_on_server())
            deliver(claim(_later(), self.account.id), current_mail())
            if self.paused:
                assert len(self._mine_on_server()) == before, "sent while paused"

        @rule(handed_over=st.booleans())
        def crash_mid_send(self, handed_over):
            """A worker claims, perhaps hands the first message over, and dies; its leases run out."""
            jobs = claim(_later(), self.account.id)
            if jobs and handed_over:
                _hand_over(jobs[0], timedelta(seconds=30), timedelta(seconds=30))
            if jobs:
                with db.writing() as session:
                    session.execute(
                        update(Message)
                        .where(Message.claim_token == jobs[0].claim_token)
                        .values(lease_until=datetime.now(UTC) - timedelta(seconds=1))
                    )
                expire_due(utcnow())

        # ---- the contacts -------------------------------------------------------------------

        @rule(index=st.integers(0, 50), bounce=st.booleans())
        def answer(self, index, bounce):
            """The contact replies, or their mail server bounces the message."""
            message = next(m for m in self._messages() if m.id == self._pick(index, "sent", "unknown"))
            if not message.email_message_id:
                return
            token = secrets.token_hex(6)
            if bounce:
                raw = mail.dsn_bounce(
                    to=self.account.email,
                    failed=message.contact.email,
                    original_message_id=message.email_message_id,
                    message_id=f"<b{token}@mx.example.net>",
                )
            else:
                raw = mail.gmail_reply(
                    sender=message.contact.email,
                    to=self.account.email,
                    in_reply_to=message.email_message_id,
                    message_id=f"<r{token}@mail.example>",
                    text="Thanks, happy to chat next week.",
                )
            self._inbound(raw)

        # ---- what must always hold ------------------------------------------------------------

        @invariant()
        def every_move_was_legal(self):
            now = self._statuses()
            for status in set(now.values()):
                event(f"a message was {status}")  # --hypothesis-show-statistics: what was reached
            for message_id, status in now.items():
                was = self.before.get(message_id)
                if was is None:
                    assert status in REACHABLE["generating"], (message_id, status)
                else:
                    assert status in REACHABLE[was], f"{message_id}: {was} -> {status}"
            self.before = now

        @invariant()
        def never_sent_twice(self):
            counts = Counter(self._mine_on_server())
            assert all(n == 1 for n in counts.values()), counts

        @invariant()
        def never_over_the_daily_limit(self):
            handed = [m for m in self._messages() if m.send_started_at is not None]
            assert len(handed) <= DAILY_LIMIT
            assert len(self._mine_on_server()) <= DAILY_LIMIT

        @invariant()
        def each_status_records_when(self):
            for message in self._messages():
                status = MessageStatus(message.status)
                if status in STAMPS:
                    assert getattr(message, STAMPS[status]) is not None, (message.id, status)
                if status in (MessageStatus.SENT, MessageStatus.REPLIED, MessageStatus.BOUNCED):
                    assert message.sent_at is not None or message.handed_over_at is not None

    run_state_machine_as_test(
        Outreach,
        settings=settings(
            max_examples=40,
            stateful_step_count=25,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
