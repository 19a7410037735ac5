"""PostgreSQL-only tests run in the suite's PostgreSQL leg (CAREEROS_TEST_BACKEND=postgres)."""

import pytest

from tests.conftest import BACKEND


def pytest_collection_modifyitems(config, items):
    if BACKEND == "postgres":
        return
    skip = pytest.mark.skip(reason="PostgreSQL-only: runs in the postgres leg (tox -e postgres)")
    for item in items:
        if "tests/postgres/" in str(item.fspath):
            item.add_marker(skip)
