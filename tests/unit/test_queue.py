"""models/queue.py, the one way a worker stage claims rows, on the suite's real database: order,
leases, attempts, giving up, and backoff. (Two claimers at once on PostgreSQL never take the same
row: tests/postgres/test_concurrent_sending.py and test_concurrent_webhooks.py.)"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from models import Queue, ResumeUpload, UploadStatus, User, backoff, db

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
LEASE = timedelta(minutes=2)


@pytest.fixture()
def owner(settings) -> str:
    with db.writing() as session:
        user = User(email=f"queue-{secrets.token_hex(4)}@example.com", name="Queue Test", password_hash="x")
        session.add(user)
        session.flush()
        return user.id


def _uploads(owner: str, count: int, **fields) -> list[str]:
    ids = []
    with db.writing() as session:
        for index in range(count):
            upload = ResumeUpload(
                user_id=owner,
                filename=f"r{index}.txt",
                kind="text",
                size=1,
                sha256="0" * 64,
                content=b"x",
                created_at=T0 + timedelta(seconds=index),
                **fields,
            )
            session.add(upload)
            session.flush()
            ids.append(upload.id)
    return ids


def _gave_up(_session, upload: ResumeUpload, now: datetime) -> None:
    upload.status, upload.error, upload.lease_until = UploadStatus.FAILED, "given up", None


QUEUE = Queue(
    ResumeUpload,
    lease=LEASE,
    attempts="attempts",
    max_attempts=2,
    spent=lambda upload: upload.content is None,
    give_up=_gave_up,
)


def _claim(owner: str, now: datetime, limit: int = 1) -> list[str]:
    query = (
        select(ResumeUpload)
        .where(ResumeUpload.user_id == owner, ResumeUpload.status == UploadStatus.PROCESSING)
        .order_by(ResumeUpload.created_at)
    )
    with db.writing() as session:
        return [row.id for row in QUEUE.claim(session, query, now, limit=limit)]


def _row(upload_id: str) -> ResumeUpload:
    with db.reading() as session:
        return session.get_one(ResumeUpload, upload_id)


def test_rows_are_taken_in_order_under_a_lease_and_counted(owner):
    first, second, third = _uploads(owner, 3)
    assert _claim(owner, T0, limit=2) == [first, second]
    row = _row(first)
    assert (row.attempts, row.lease_until) == (1, T0 + LEASE)
    # leased rows are not due again until their lease runs out
    assert _claim(owner, T0 + timedelta(seconds=30), limit=5) == [third]
    assert _claim(owner, T0 + timedelta(seconds=60)) == []
    assert _claim(owner, T0 + LEASE + timedelta(seconds=1), limit=5) == [first, second]
    assert _row(first).attempts == 2


def test_a_row_whose_attempts_ran_out_is_given_up_and_the_next_one_taken(owner):
    tired, fresh = _uploads(owner, 2)
    with db.writing() as session:
        session.get_one(ResumeUpload, tired).attempts = 2
    assert _claim(owner, T0) == [fresh]
    row = _row(tired)
    assert (row.status, row.error, row.attempts) == ("failed", "given up", 2)


def test_a_spent_row_is_given_up_even_with_attempts_left(owner):
    [spent] = _uploads(owner, 1)
    with db.writing() as session:
        session.get_one(ResumeUpload, spent).content = None
    assert _claim(owner, T0) == []
    assert _row(spent).status == "failed"


def test_a_queue_without_a_lease_only_locks(owner):
    # the user queues of the sender and of discovery: a lock for the length of the transaction
    query = select(User).where(User.id == owner)
    for _ in range(2):
        with db.writing() as session:
            assert Queue(User).claim_one(session, query, T0).id == owner


def test_a_lease_is_the_queue_s_own_and_can_be_given_per_claim(owner):
    # the sender holds messages for CAREEROS_SEND_LEASE_SECONDS: the same queue with another lease
    from dataclasses import replace

    [upload] = _uploads(owner, 1)
    query = select(ResumeUpload).where(ResumeUpload.id == upload)
    with db.writing() as session:
        assert replace(QUEUE, lease=timedelta(seconds=5)).claim_one(session, query, T0).id == upload
    assert _row(upload).lease_until == T0 + timedelta(seconds=5)
    assert _claim(owner, T0 + timedelta(seconds=6)) == [upload]


def test_exhausted_rows_need_somewhere_to_go(owner):
    [upload] = _uploads(owner, 1, attempts=5)
    careless = Queue(ResumeUpload, lease=LEASE, attempts="attempts", max_attempts=2)
    with db.writing() as session, pytest.raises(RuntimeError, match="give_up"):
        careless.claim(session, select(ResumeUpload).where(ResumeUpload.id == upload), T0)


def test_backoff_follows_the_schedule_with_jitter_and_stays_on_its_last_step():
    schedule = (timedelta(seconds=10), timedelta(minutes=1))
    for _ in range(50):
        assert timedelta(seconds=10) <= backoff(schedule, 1) <= timedelta(seconds=12.5)
        assert timedelta(minutes=1) <= backoff(schedule, 2) <= timedelta(seconds=75)
        assert timedelta(minutes=1) <= backoff(schedule, 9) <= timedelta(seconds=75)
        assert backoff(schedule, 1, (1.0, 1.0)) == timedelta(seconds=10)


def test_claim_rows_takes_columns_in_order_and_leases_and_changes_them_in_one_update(owner):
    # the sender's hot path: columns, not objects, and one UPDATE for the lease and the change
    from sqlalchemy import update

    first, second, third = _uploads(owner, 3)
    plain = Queue(ResumeUpload, lease=LEASE)
    query = (
        select(ResumeUpload.id, ResumeUpload.filename)
        .where(ResumeUpload.user_id == owner, ResumeUpload.status == UploadStatus.PROCESSING)
        .order_by(ResumeUpload.created_at)
    )
    moved = update(ResumeUpload).values(error="claimed").execution_options(synchronize_session=False)
    with db.writing() as session:
        rows = plain.claim_rows(session, query, T0, limit=2, moved=moved)
    assert [(row.id, row.filename) for row in rows] == [(first, "r0.txt"), (second, "r1.txt")]
    assert [(_row(i).lease_until, _row(i).error, _row(i).attempts) for i in (first, second)] == [
        (T0 + LEASE, "claimed", 0),
        (T0 + LEASE, "claimed", 0),
    ]
    assert (_row(third).lease_until, _row(third).error) == (None, None)
    with db.writing() as session:  # leased rows are not due again until their lease runs out
        assert [row.id for row in plain.claim_rows(session, query, T0, limit=5, moved=moved)] == [third]
    with db.writing() as session, pytest.raises(ValueError, match="attempts"):
        QUEUE.claim_rows(session, query, T0, limit=1, moved=moved)
