"""The path every stage takes when a row has run out of attempts: it is failed with a reason in
its own transaction and the stage goes on to the next row (never a claim inside an open claim,
which on SQLite waited on `database is locked` and left rows `processing` for ever). The
webhook stage's path is in test_webhooks (`failed` after its eighth attempt)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from careeros.drafting.stage import MAX_ATTEMPTS as DRAFT_ATTEMPTS
from careeros.drafting.stage import draft_due
from careeros.onboarding.resumes import MAX_ATTEMPTS as PARSE_ATTEMPTS
from careeros.onboarding.resumes import parse_due
from careeros.sending.stage import BACKOFF, send_due
from models import Contact, Message, MessageStatus, ResumeUpload, UploadStatus, db
from tests import fixtures
from tests.api.test_sending import make_pending
from tests.live import free_port
from tests.smtp import current_mail


def test_uploads_out_of_attempts_fail_one_after_another(account):
    now = datetime.now(UTC)
    with db.writing() as session:
        uploads = [
            ResumeUpload(
                user_id=account.id,
                filename=f"cv{i}.txt",
                kind="text",
                size=10,
                sha256="0" * 64,
                content=fixtures.resume_text(),
                status=UploadStatus.PROCESSING,
                attempts=PARSE_ATTEMPTS,
                created_at=now,
            )
            for i in range(3)
        ]
        session.add_all(uploads)
        session.flush()
        ids = [u.id for u in uploads]
    while parse_due(datetime.now(UTC)):
        pass
    for upload_id in ids:
        status = account.get(f"/onboarding/resume/{upload_id}/status").json()["data"]
        assert status["status"] == "failed" and "after 3 attempts" in status["error"]


def test_drafts_out_of_attempts_fail_one_after_another(account):
    now = datetime.now(UTC)
    with db.writing() as session:
        ids = []
        for index in range(3):
            contact = Contact(user_id=account.id, name=f"Out {index}", email=f"out{index}@example.org")
            session.add(contact)
            session.flush()
            message = Message(
                user_id=account.id,
                contact_id=contact.id,
                status=MessageStatus.GENERATING,
                attempts=DRAFT_ATTEMPTS,
                created_at=now,
            )
            session.add(message)
            session.flush()
            ids.append(message.id)
    while draft_due(datetime.now(UTC)):
        pass
    for message_id in ids:
        shown = account.get(f"/messages/{message_id}").json()["data"]
        assert shown["status"] == "failed" and "after 3 attempts" in shown["failure_reason"]


def test_a_send_out_of_attempts_fails_for_good(account, mail):
    account.patch("/account", json={"send_gap_seconds": 0})
    ids = make_pending(account.id, 2)
    account.post("/messages/bulk-approve", json={"message_ids": ids})
    with db.writing() as session:
        for message in session.scalars(select(Message).where(Message.id.in_(ids))):
            message.send_attempts = len(BACKOFF)
    mail(f"smtp://127.0.0.1:{free_port()}?timeout=2")  # nobody listens: every try fails
    while send_due(datetime.now(UTC), account.id, mail=current_mail()):
        pass
    for message_id in ids:
        shown = account.get(f"/messages/{message_id}").json()["data"]
        assert shown["status"] == "failed" and shown["failure_reason"].startswith("Gave up after 9 attempts")
