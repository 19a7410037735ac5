"""Webhook delivery throughput into a local HTTP receiver, and what emitting costs a transaction.
Printed as JSON.

A fresh database (a SQLite file, or --database-url), --endpoints users with one endpoint each,
--events events per endpoint queued through the real outbox (`webhooks.emit`), then the worker's
delivery stage run until every delivery succeeded. Endpoints are served in parallel, each one's
events in order, one at a time. Every received request is checked against its signature.

    .venv/bin/python bench/webhooks.py [--endpoints 20] [--events 50] [--database-url …]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402
from standardwebhooks import Webhook  # noqa: E402

import webhooks  # noqa: E402
from careeros.settings import Settings, install  # noqa: E402
from models import DeliveryStatus, User, WebhookDelivery, WebhookEndpoint, db  # noqa: E402
from webhooks.delivery import Options, deliver_due  # noqa: E402
from webhooks.signing import new_secret  # noqa: E402


def receiver(secrets: dict[str, str], seen: list[float], bad: list[str]):
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["content-length"])).decode()
            try:
                Webhook(secrets[self.path.strip("/")]).verify(body, dict(self.headers))
            except Exception as exc:
                bad.append(str(exc))
            seen.append(time.perf_counter())
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--endpoints", type=int, default=20)
    options.add_argument("--events", type=int, default=50)
    options.add_argument("--database-url", default=None)
    args = options.parse_args()
    var = Path(tempfile.mkdtemp(prefix="careeros-bench-webhooks-"))
    url = args.database_url or f"sqlite:///{var / 'bench.db'}"
    settings = install(Settings.from_env({"CAREEROS_VAR_DIR": str(var), "CAREEROS_DATABASE_URL": url}))
    db.configure(settings.database_url)
    db.upgrade(settings.database_url)
    secrets: dict[str, str] = {}
    seen: list[float] = []
    bad: list[str] = []
    server = receiver(secrets, seen, bad)
    port = server.server_address[1]
    users = []
    with db.writing() as session:
        for index in range(args.endpoints):
            user = User(email=f"bench{index}-{time.time_ns()}@example.com", name="Bench", password_hash="-")
            session.add(user)
            session.flush()
            secret = new_secret()
            endpoint = WebhookEndpoint(
                user_id=user.id,
                url=f"http://127.0.0.1:{port}/{user.id}",
                events=["message.sent"],
                secret=secret,
            )
            session.add(endpoint)
            secrets[user.id] = secret
            users.append(user.id)
    emit_times = []
    for _ in range(args.events):
        with db.writing() as session:
            for user_id in users:
                started = time.perf_counter()
                webhooks.emit(session, user_id, "message.sent", {"message_id": "msg_bench", "status": "sent"})
                emit_times.append(time.perf_counter() - started)
    total = args.endpoints * args.events
    started = time.perf_counter()
    while deliver_due(datetime.now(UTC), Options(allow_loopback=True)):
        pass
    elapsed = time.perf_counter() - started
    server.shutdown()
    with db.reading() as session:
        succeeded = session.scalar(
            select(func.count()).where(WebhookDelivery.status == DeliveryStatus.SUCCEEDED)
        )
    report = {
        "benchmark": "webhooks",
        "database": "sqlite" if url.startswith("sqlite") else "postgresql",
        "endpoints": args.endpoints,
        "events_per_endpoint": args.events,
        "deliveries": total,
        "succeeded": succeeded,
        "received": len(seen),
        "signature_failures": len(bad),
        "seconds": round(elapsed, 2),
        "deliveries_per_second": round(len(seen) / elapsed, 1),
        "emit_ms_p50": round(statistics.median(emit_times) * 1000, 3),
        "emit_ms_p95": round(statistics.quantiles(emit_times, n=20)[18] * 1000, 3),
    }
    print(json.dumps(report, indent=2))
    return 0 if succeeded == total == len(seen) and not bad else 1


if __name__ == "__main__":
    sys.exit(main())
