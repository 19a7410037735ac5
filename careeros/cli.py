"""The `careeros` command: migrate, serve, worker, demo."""

from __future__ import annotations

import contextlib
import signal
import sys
from pathlib import Path

import click

from careeros.settings import Settings, SettingsError, install
from models.errors import ApiError


def _settings() -> Settings:
    try:
        return install(Settings.from_env())
    except SettingsError as exc:
        raise click.ClickException(str(exc)) from None


@click.group()
def main() -> None:
    """CareerOS: a job seeker's outreach, run over a contract-first HTTP API."""


@main.command()
def migrate() -> None:
    """Create or upgrade the database schema to the newest migration."""
    from models import db

    settings = _settings()
    db.upgrade(settings.database_url)
    click.echo(f"database at revision {db.current_revision()} ({db.engine().url.render_as_string()})")


@main.command()
@click.option("--reset", is_flag=True, help="Delete the demo account and create it again.")
@click.option("--contacts", default=5000, show_default=True, help="Contacts in the demo directory.")
@click.option("--drafts", default=15, show_default=True, help="Pending drafts to write.")
def demo(reset: bool, contacts: int, drafts: int) -> None:
    """Create the demo account with contacts and drafts, unless it exists."""
    from careeros.demo import ensure_demo
    from models import db

    settings = _settings()
    db.configure(settings.database_url)
    result = ensure_demo(
        settings.demo_email, settings.demo_password, contacts=contacts, drafts=drafts, reset=reset
    )
    if result.created:
        click.echo(f"demo account created: {result.contacts} contacts, {result.drafts} pending drafts")
    else:
        click.echo("demo account already exists (use --reset to recreate it)")
    click.echo(f"  email:    {result.email}\n  password: {result.password}")


def _schema_problem(url: str | None = None) -> str | None:
    """Why the database at `url` (default: the configured one) cannot be served, or None."""
    from models import db

    if url is not None:
        db.configure(url)
    current, head = db.current_revision(), db.head_revision()
    if current != head:
        return (
            f"the database is at revision {current or 'empty'}, the code needs {head}: run `careeros migrate`"
        )
    return None


_ASK_SCHEMA = """
import sys
from careeros.cli import _schema_problem
try:
    problem = _schema_problem(sys.stdin.read())
except Exception as exc:
    print("could not check the database's schema:", str(exc).splitlines()[0] or type(exc).__name__)
    sys.exit(3)
print(problem or "")
sys.exit(3 if problem else 0)
"""


def _check_schema(url: str | None = None) -> None:
    """Refuse to go on unless the schema is the code's. With `url`, asked in a short-lived child
    process: Alembic, which answers it, then never loads into a server (10 MB it would keep)."""
    if url is None:
        problem = _schema_problem()
    else:
        import subprocess

        # The URL on stdin, not in the arguments: it may hold a password.
        asked = subprocess.run(
            [sys.executable, "-c", _ASK_SCHEMA], input=url, capture_output=True, text=True, check=False
        )
        problem = asked.stdout.strip()
        if asked.returncode not in (0, 3) or (asked.returncode == 3 and not problem):
            last = (asked.stderr.strip().splitlines() or ["no reason given"])[-1]
            raise click.ClickException(f"could not check the database's schema: {last}")
    if problem:
        raise click.ClickException(problem)


@main.command()
@click.option("--host", default=None, help="Address to listen on (default CAREEROS_HOST or 127.0.0.1).")
@click.option("--port", default=None, type=int, help="Port (default CAREEROS_PORT or 8080).")
@click.option(
    "--worker/--no-worker", default=True, show_default=True, help="Run the background worker in this process."
)
@click.option(
    "--sample-contacts",
    type=click.IntRange(0, 20000),
    default=None,
    help="Give each new account this many generated contacts, a sandbox (default: CAREEROS_SAMPLE_CONTACTS).",
)
@click.option(
    "--allow-loopback-webhooks",
    is_flag=True,
    default=None,
    help="Development only: webhook endpoints may be on this machine (CAREEROS_WEBHOOKS_ALLOW_LOOPBACK).",
)
@click.option(
    "--processes",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="API processes sharing the port (the worker, if any, runs once, in the supervising process).",
)
def serve(
    host: str | None,
    port: int | None,
    worker: bool,
    sample_contacts: int | None,
    allow_loopback_webhooks: bool | None,
    processes: int,
) -> None:
    """Serve the API (and, by default, the worker) until interrupted."""
    import os

    import uvicorn

    from careeros.web.app import create_app
    from careeros.web.server import EnvelopeH11Protocol
    from careeros.worker import Worker

    _fewer_malloc_arenas()
    # Through the environment, so that API processes started apart read the same settings.
    if sample_contacts is not None:
        os.environ["CAREEROS_SAMPLE_CONTACTS"] = str(sample_contacts)
    if allow_loopback_webhooks:
        os.environ["CAREEROS_WEBHOOKS_ALLOW_LOOPBACK"] = "true"
    settings = _settings()
    # One process: the app built here. Several: each builds its own from the environment
    # (uvicorn starts them fresh and needs the factory by name), and this one supervises.
    _check_schema(settings.database_url)
    app = create_app(settings) if processes == 1 else "careeros.web.app:create_app"
    if processes > 1 and worker:
        from careeros.web.app import configure_logging
        from models import db

        configure_logging(settings.log_level)  # what create_app does for one process
        db.configure(settings.database_url)  # the supervisor's worker
    host = host or settings.host
    port = port or settings.port
    background = Worker(poll_seconds=settings.worker_poll_seconds) if worker else None
    if background:
        background.start()
    base = f"http://{host}:{port}"
    worker_line = (
        ("in this process" if processes == 1 else f"in the process supervising the {processes} API processes")
        if background
        else "not started (run `careeros worker`)"
    )
    click.echo(
        f"\nCareerOS is serving on {base}\n"
        f"  Review console:        {base}/app/  (sign in with the demo account below)\n"
        f"  API docs (Swagger UI): {base}/ui/\n"
        f"  OpenAPI document:      {base}/openapi.json\n"
        f"  Demo sign-in:          {settings.demo_email} / {settings.demo_password}\n"
        f"  Worker:                {worker_line}\n"
        + (
            "  Webhooks:              endpoints on this machine allowed (development only)\n"
            if settings.webhooks_allow_loopback
            else ""
        )
    )
    try:
        # h11, not httptools: Java's HttpClient (the generated Java client's default), Ktor and
        # Spring's RestClient offer `Upgrade: h2c` on ordinary POSTs; uvicorn's httptools parser
        # then never reads the body and answers 400 (uvicorn #1501, #2722), while h11 reads it
        # and ignores the offer, as RFC 9110 §7.8 allows.
        # The h11 protocol with unparseable requests answered in the error envelope.
        uvicorn.run(
            app,
            host=host,
            port=port,
            log_level="warning",
            proxy_headers=True,
            http=EnvelopeH11Protocol,
            workers=processes,
            factory=processes > 1,
        )
    finally:
        if background:
            background.stop()


def _fewer_malloc_arenas() -> None:
    """glibc gives each thread that allocates its own malloc arena (up to 8 per core), and an
    arena, once grown, is rarely given back: a server's threads hold tens of MB that way. Two
    arenas cost the API nothing measurable (MALLOC_ARENA_MAX, set before start, wins).

    glibc also raises its mmap threshold, and with it the trim threshold, each time a large block
    is freed, after which freed memory stays in the heap instead of going back to the system.
    Fixing both at 128 KiB (their defaults) keeps them there: 1.5-2.5 MB less after the HTTP
    bench's load, at no cost measurable in its ratios (MALLOC_MMAP_THRESHOLD_ and
    MALLOC_TRIM_THRESHOLD_, set before start, win)."""
    import ctypes
    import ctypes.util
    import os

    tunings = [  # (environment variable, mallopt parameter, value)
        ("MALLOC_ARENA_MAX", -8, 2),  # M_ARENA_MAX
        ("MALLOC_MMAP_THRESHOLD_", -3, 128 * 1024),  # M_MMAP_THRESHOLD
        ("MALLOC_TRIM_THRESHOLD_", -1, 128 * 1024),  # M_TRIM_THRESHOLD
    ]
    wanted = [
        (variable, parameter, value) for variable, parameter, value in tunings if not os.environ.get(variable)
    ]
    for variable, _, value in wanted:
        os.environ[variable] = str(value)  # for the API processes `--processes` starts
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
        if libc is not None and hasattr(libc, "mallopt"):
            for _, parameter, value in wanted:
                libc.mallopt(parameter, value)
    except OSError:  # not glibc (musl, macOS): nothing to tune
        pass


@main.group()
def contacts() -> None:
    """Manage a user's contacts."""


@contacts.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, readable=True))
@click.option("--email", required=True, help="The account the contacts belong to.")
def import_contacts(file: str, email: str) -> None:
    """Import a CSV of contacts (LinkedIn Connections.csv, Apollo or generic) into an account."""
    from sqlalchemy import select

    from careeros.contacts import importer
    from models import User, db

    settings = _settings()
    db.configure(settings.database_url)
    _check_schema()
    with db.reading() as session:
        user_id = session.scalar(select(User.id).where(User.email == email.strip().lower()))
    if user_id is None:
        raise click.ClickException(f"no account with email {email}")
    data = Path(file).read_bytes()
    if len(data) > importer.MAX_IMPORT_BYTES:
        raise click.ClickException(f"the file is larger than {importer.MAX_IMPORT_BYTES // (1024 * 1024)} MB")
    total = max(0, data.count(b"\n") - 1)
    with click.progressbar(length=total, label="Importing contacts", file=sys.stderr) as bar:
        try:
            report = importer.import_csv(user_id, data, progress=bar.update)
        except ApiError as exc:
            raise click.ClickException(exc.message) from None
    click.echo(
        f"{report['format']} export: {report['rows']} rows, {report['imported']} imported, "
        f"{report['updated']} updated, {report['skipped']} unchanged, {report['error_count']} with errors"
    )
    for error in report["errors"][:20]:
        click.echo(f"  row {error['row']}: {error['reason']}", err=True)
    if report["error_count"] > 20:
        click.echo(f"  … and {report['error_count'] - 20} more", err=True)


@main.command()
def worker() -> None:
    """Run the background worker on its own (beside `careeros serve --no-worker`)."""
    from careeros.web.app import configure_logging
    from careeros.worker import Worker
    from models import db

    settings = _settings()
    configure_logging(settings.log_level)
    db.configure(settings.database_url)
    _check_schema()
    runner = Worker(poll_seconds=settings.worker_poll_seconds)
    # SIGTERM (a process manager stopping it) finishes the current pass instead of cutting a
    # send in half, which would leave that message `unknown`.
    signal.signal(signal.SIGTERM, lambda *_: runner.stop(timeout=0))
    with contextlib.suppress(KeyboardInterrupt):
        runner.run()


if __name__ == "__main__":
    sys.exit(main())
