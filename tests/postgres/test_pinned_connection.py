"""db.pinned(): the units of work inside it share one connection, and one lost meanwhile costs
the unit that finds it and no more."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import OperationalError

from models import db

pytestmark = pytest.mark.postgres
BACKEND_PID = text("SELECT pg_backend_pid()")


@pytest.fixture()
def engine(own_database_url):
    db.configure(own_database_url)
    yield db.engine()


def test_units_inside_share_one_connection_and_still_commit_each(engine):
    checkouts = []

    def counted(*_):
        checkouts.append(1)

    event.listen(engine, "checkout", counted)
    try:
        with db.pinned():
            with db.writing() as session:
                session.execute(text("CREATE TABLE IF NOT EXISTS pinned_probe (n int)"))
                session.execute(text("DELETE FROM pinned_probe"))
            pids = set()
            for n in range(5):
                with db.writing() as session:
                    pids.add(session.scalar(BACKEND_PID))
                    session.execute(text("INSERT INTO pinned_probe VALUES (:n)"), {"n": n})
            with pytest.raises(ZeroDivisionError), db.writing() as session:
                session.execute(text("INSERT INTO pinned_probe VALUES (99)"))
                raise ZeroDivisionError  # this unit rolls back; the ones before stay
            with db.reading() as session:
                pids.add(session.scalar(BACKEND_PID))
    finally:
        event.remove(engine, "checkout", counted)
    assert len(pids) == 1
    assert len(checkouts) == 1
    with db.reading() as session:  # outside: from the pool as usual, and every commit landed
        assert sorted(session.scalars(text("SELECT n FROM pinned_probe"))) == [0, 1, 2, 3, 4]


def test_a_connection_lost_inside_fails_one_unit_and_the_next_reconnects(engine, own_database_url):
    with db.pinned():
        with db.writing() as session:
            lost = session.scalar(BACKEND_PID)
        with psycopg.connect(own_database_url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (lost,))
        with pytest.raises(OperationalError), db.writing() as session:
            session.scalar(BACKEND_PID)
        with db.writing() as session:
            assert session.scalar(BACKEND_PID) not in (None, lost)


def test_nested_pinned_keeps_the_outer_connection(engine):
    with db.pinned():
        with db.reading() as session:
            outer = session.scalar(BACKEND_PID)
        with db.pinned(), db.reading() as session:
            assert session.scalar(BACKEND_PID) == outer
        with db.reading() as session:
            assert session.scalar(BACKEND_PID) == outer
