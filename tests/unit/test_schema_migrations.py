"""The migrations build exactly the schema the models describe, on the suite's backend, and the
newest one steps down and up again. A model changed without a migration (an index, a column)
fails here instead of in a deployed database."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from models import db
from models.base import Base


@pytest.fixture()
def migrated(database_url):
    db.configure(database_url)
    yield database_url
    db.upgrade(database_url)  # whatever a test stepped down, the module's database ends at head


def _differences() -> list:
    with db.engine().connect() as connection:
        return compare_metadata(MigrationContext.configure(connection), Base.metadata)


def test_the_migrated_schema_is_the_models_schema(migrated):
    assert _differences() == []


def test_the_newest_migration_steps_down_and_up_again(migrated):
    head = db.head_revision()
    config = db.alembic_config(migrated)
    with db.engine().begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "-1")
    assert db.current_revision() != head
    db.upgrade(migrated)
    assert db.current_revision() == head
    assert _differences() == []


def test_matching_finds_titles_and_places_in_one_index(migrated):
    indexes = {i["name"]: i["column_names"] for i in inspect(db.engine()).get_indexes("contacts")}
    assert indexes["ix_contacts_user_title_location"] == ["user_id", "title_norm", "location_norm"]
