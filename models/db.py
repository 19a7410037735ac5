"""Engine and sessions: one engine per database URL, SQLite tuned for a web process and a worker."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import cast

from sqlalchemy import Connection, CursorResult, Engine, Result, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

_lock = threading.Lock()
_engine: Engine | None = None
_sessions: sessionmaker[Session] | None = None
_writer_sessions: sessionmaker[Session] | None = None
_pinned = threading.local()  # this thread's connection inside pinned()


def normalise_url(url: str) -> str:
    """Let people write postgresql://… and still get psycopg 3, the driver we ship."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        _tune_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


def _tune_sqlite(engine: Engine) -> None:
    # pysqlite's own BEGIN handling is turned off so that writers can say BEGIN IMMEDIATE:
    # a deferred transaction that later writes can fail with SQLITE_BUSY instead of waiting.
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        if mode != "NONE":
            conn.exec_driver_sql(f"BEGIN {mode}")


def configure(url: str) -> Engine:
    """Point the process at a database; later calls with another URL replace the engine."""
    global _engine, _sessions, _writer_sessions
    with _lock:
        if _engine is not None and str(_engine.url) == str(make_url(normalise_url(url))):
            return _engine
        if _engine is not None:
            _engine.dispose()
        _engine = make_engine(url)
        _sessions = sessionmaker(_engine, expire_on_commit=False)
        _writer_sessions = sessionmaker(
            _engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )
        return _engine


def engine() -> Engine:
    if _engine is None:
        raise RuntimeError("models.db.configure() has not been called")
    return _engine


def is_sqlite() -> bool:
    return engine().dialect.name == "sqlite"


@contextmanager
def reading() -> Iterator[Session]:
    """A session for reads: no write lock taken on SQLite."""
    if _sessions is None:
        raise RuntimeError("models.db.configure() has not been called")
    with _session(_sessions) as session, session.begin():
        yield session


@contextmanager
def querying() -> Iterator[Connection]:
    """A connection for Core reads in one read transaction, without an ORM session: the hot
    read paths (every request's session check, the review queue, status) that load no objects."""
    with engine().connect() as connection, connection.begin():
        yield connection


@contextmanager
def querying_once() -> Iterator[Connection]:
    """querying() for one statement, which is consistent by itself: on SQLite without the
    BEGIN and COMMIT around it (two statements more, on every request's session check)."""
    with engine().connect() as connection, connection.execution_options(sqlite_begin="NONE").begin():
        yield connection


@contextmanager
def writing() -> Iterator[Session]:
    """A unit of work that writes: commits on success, rolls back on any exception.

    On SQLite it starts with BEGIN IMMEDIATE so concurrent writers queue on the busy timeout
    instead of failing when a read lock cannot be upgraded.
    """
    if _writer_sessions is None:
        raise RuntimeError("models.db.configure() has not been called")
    with _session(_writer_sessions) as session, session.begin():
        yield session


@contextmanager
def pinned() -> Iterator[None]:
    """Within it, this thread's reading() and writing() units share one connection, taken from
    the pool (and, on PostgreSQL, pinged) once instead of once per unit: for a loop of many
    short transactions, like the sender's one commit per message. Each unit still commits or
    rolls back by itself. A connection lost meanwhile (the server restarted) fails the one unit
    that finds it, like any error in a unit, and is replaced at the next. On SQLite, where a
    checkout costs nothing and writers need BEGIN IMMEDIATE, nothing changes."""
    if is_sqlite() or getattr(_pinned, "connection", None) is not None:
        yield
        return
    with engine().connect() as connection:
        _pinned.connection = connection
        try:
            yield
        finally:
            _pinned.connection = None


def _session(maker: sessionmaker[Session]) -> Session:
    connection = getattr(_pinned, "connection", None)
    return maker() if connection is None else maker(bind=connection)


_PING = text("SELECT 1")


def ping() -> None:
    with engine().connect() as conn:
        conn.execute(_PING)


def alembic_config(url: str | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", normalise_url(url or str(engine().url.render_as_string(False))))
    return config


def upgrade(url: str) -> None:
    """Bring the schema at `url` to the newest migration."""
    from alembic import command

    configure(url)
    config = alembic_config(url)
    with engine().begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def current_revision() -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine().connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError("the migrations have no head revision")
    return head


def affected(result: Result) -> int:
    """How many rows an UPDATE or DELETE changed (what it returns is a CursorResult)."""
    return cast(CursorResult, result).rowcount
