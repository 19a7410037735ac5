"""Shared fixtures: one real database per run (a SQLite file, or a fresh PostgreSQL database when
CAREEROS_TEST_BACKEND=postgres), the app on it, and users that keep tests apart."""

from __future__ import annotations

import itertools
import os
import secrets
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from careeros.settings import Settings, install
from tests import pg

BACKEND = os.environ.get("CAREEROS_TEST_BACKEND", "sqlite")
PASSWORD = "correct-horse-battery"
_counter = itertools.count()


def pytest_report_header(config):
    return f"careeros database backend: {BACKEND}"


@pytest.fixture(scope="session")
def template_database(tmp_path_factory) -> Iterator[str]:
    """The suite's schema, migrated once per run; every test module works on a copy of it."""
    from models import db

    if BACKEND == "postgres":
        with pg.fresh_database() as url:
            db.upgrade(url)
            db.engine().dispose()  # a template must have no connections to be copied
            yield url
    else:
        url = f"sqlite:///{tmp_path_factory.mktemp('template') / 'careeros.db'}"
        db.upgrade(url)
        db.engine().dispose()
        yield url


@pytest.fixture(scope="module")
def database_url(template_database, tmp_path_factory) -> Iterator[str]:
    """A database of its own for each test module, so that no module sees another's rows (what
    one left approved, or its webhook endpoints, never reach another's servers)."""
    if BACKEND == "postgres":
        with pg.fresh_database(template=template_database) as url:
            yield url
    else:
        target = tmp_path_factory.mktemp("db") / "careeros.db"
        shutil.copyfile(template_database.removeprefix("sqlite:///"), target)
        yield f"sqlite:///{target}"


@pytest.fixture(scope="module")
def own_database_url(tmp_path_factory) -> Iterator[str]:
    """A database of the suite's backend for one module alone (a live server's, say)."""
    if BACKEND == "postgres":
        with pg.fresh_database() as url:
            yield url
    else:
        yield f"sqlite:///{tmp_path_factory.mktemp('own-db') / 'careeros.db'}"


def make_settings(var_dir: Path, database_url: str, **overrides) -> Settings:
    env = {
        "CAREEROS_VAR_DIR": str(var_dir),
        "CAREEROS_DATABASE_URL": database_url,
        "CAREEROS_SECRET_KEY": "test-" + "k" * 40,
        # Tests share one client address; the limits themselves are tested with their own app.
        "CAREEROS_RATE_LIMITS": "100000/minute;1000000/hour",
        "CAREEROS_LOGIN_LIMIT_ACCOUNT": "1000/minute",
        "CAREEROS_LOGIN_LIMIT_IP": "100000/minute",
        "CAREEROS_LOG_LEVEL": "WARNING",
    }
    return Settings.from_env(env, **overrides)


@pytest.fixture(scope="session")
def app(tmp_path_factory, template_database):
    """One app for the run (building it reads the whole spec); each module points it at its own
    database through `settings`."""
    from careeros.web.app import create_app
    from models import db

    app = create_app(
        make_settings(tmp_path_factory.mktemp("var"), template_database), validate_responses=True
    )
    db.engine().dispose()  # the template is copied for each module: leave it unconnected
    return app


@pytest.fixture(scope="module")
def settings(app, tmp_path_factory, database_url) -> Settings:
    """This module's settings, installed, with the process's database pointed at its own."""
    from models import db

    settings = make_settings(tmp_path_factory.mktemp("var"), database_url)
    db.configure(settings.database_url)
    install(settings)
    return settings


@pytest.fixture()
def client(app, settings):
    from models import db

    install(settings)  # a test that built its own app may have swapped them
    db.configure(settings.database_url)
    with app.test_client() as client:
        yield client


@pytest.fixture()
def unique_email() -> str:
    return f"user{next(_counter)}-{uuid.uuid4().hex[:8]}@example.com"


class Account:
    """A registered user and a client that sends their token."""

    def __init__(self, client, email: str, body: dict):
        self.client = client
        self.email = email
        self.id = body["user"]["id"]
        self.token = body["session"]["token"]
        self.refresh_token = body["session"]["refresh_token"]

    def sign_in(self) -> Account:
        """A fresh token, e.g. after travelling in time past the old one's expiry."""
        response = self.client.post("/auth/login", json={"email": self.email, "password": PASSWORD})
        assert response.status_code == 200, response.text
        self.token = response.json()["data"]["session"]["token"]
        return self

    @property
    def headers(self) -> dict:
        return {"Authorization": f"Bearer {self.token}"}

    def inbound_token(self) -> str:
        """The account's inbound email token, issued on first use."""
        if getattr(self, "_inbound_token", None) is None:
            response = self.post("/account/inbound-token")
            assert response.status_code == 201, response.text
            self._inbound_token = response.json()["data"]["token"]
        return self._inbound_token

    def inbound_headers(self) -> dict:
        return {"X-CareerOS-Inbound-Token": self.inbound_token()}

    def get(self, url, **kw):
        return self.client.get(url, headers={**self.headers, **kw.pop("headers", {})}, **kw)

    def post(self, url, **kw):
        return self.client.post(url, headers={**self.headers, **kw.pop("headers", {})}, **kw)

    def put(self, url, **kw):
        return self.client.put(url, headers={**self.headers, **kw.pop("headers", {})}, **kw)

    def patch(self, url, **kw):
        return self.client.patch(url, headers={**self.headers, **kw.pop("headers", {})}, **kw)

    def delete(self, url, **kw):
        return self.client.delete(url, headers={**self.headers, **kw.pop("headers", {})}, **kw)


def register(client, email: str | None = None, name: str = "Test User") -> Account:
    email = email or f"user{next(_counter)}-{secrets.token_hex(4)}@example.com"
    response = client.post("/auth/register", json={"email": email, "password": PASSWORD, "name": name})
    assert response.status_code == 201, response.text
    return Account(client, email, response.json()["data"])


@pytest.fixture()
def account(client) -> Account:
    return register(client)


@pytest.fixture()
def other_account(client) -> Account:
    return register(client, name="Somebody Else")


def drain_worker() -> None:
    """Run worker passes until every stage is idle (other tests' users may be queued first)."""
    from careeros.worker import Worker

    worker = Worker()
    while worker.run_once():
        pass


@pytest.fixture()
def seeded(account) -> Account:
    """An account with a directory and pending drafts written by the real drafter."""
    from careeros.demo import populate

    populate(account.id, contacts=80, drafts=12, history=False, seed=11)
    return account


@pytest.fixture()
def mail(settings):
    """Point the service's mail at a given URL for one test."""
    from dataclasses import replace

    def use(url: str):
        install(replace(settings, mail_url=url))

    yield use
    install(settings)


@pytest.fixture()
def smtp(mail):
    """A real SMTP server on loopback that the service's mail goes to for one test."""
    from tests.smtp import smtp_server

    with smtp_server() as (controller, recorder):
        mail(f"smtp://127.0.0.1:{controller.port}?timeout=5")
        yield recorder
