"""The local PostgreSQL for tests: a fresh database per run, required under CI, skipped elsewhere."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress

import pytest

ADMIN_URL = os.environ.get("CAREEROS_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")


def _connect(url: str):
    import psycopg

    return psycopg.connect(
        url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True, connect_timeout=3
    )


def available() -> str | None:
    """None when the server answers, else why not."""
    try:
        with _connect(ADMIN_URL) as conn:
            conn.execute("SELECT 1")
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}".strip()
    return None


def require() -> None:
    """Fail under CI (the PostgreSQL leg is required there), skip with the reason elsewhere."""
    problem = available()
    if problem is None:
        return
    message = f"PostgreSQL at {ADMIN_URL} is not reachable ({problem})"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message + "; under CI the PostgreSQL tests are required", pytrace=False)
    pytest.skip(message + "; set CAREEROS_TEST_POSTGRES_URL or start the server to run them")


def _url_for(name: str) -> str:
    base, _, _ = ADMIN_URL.rpartition("/")
    return f"{base}/{name}"


@contextmanager
def fresh_database(template: str | None = None) -> Iterator[str]:
    """A new database, empty or a copy of `template` (the URL of a database nobody is connected
    to), dropped afterwards."""
    require()
    name = f"careeros_test_{uuid.uuid4().hex[:12]}"
    copy = f' TEMPLATE "{template.rpartition("/")[2]}"' if template else ""
    with _connect(ADMIN_URL) as conn:
        conn.execute(f'CREATE DATABASE "{name}"{copy}')
    try:
        yield _url_for(name)
    finally:
        from models import db

        with suppress(RuntimeError):
            if db.engine().url.database == name:
                db.engine().dispose()
        with _connect(ADMIN_URL) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
