"""What serving with uvicorn's h11 parser (as `careeros serve` does, so that Java's h2c upgrade
offers are served) costs against its httptools parser. Printed as JSON.

For each parser a real service on loopback (SQLite file, no worker) answers --requests requests
from --concurrency keep-alive connections: GET /healthz (a database round trip) and POST
/auth/refresh with an unknown token (a JSON body parsed and validated, then a 401).

    .venv/bin/python bench/http_parser.py [--requests 3000] [--concurrency 16]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.live import CAREEROS, free_port, wait_until_healthy  # noqa: E402

SERVE = """
import sys, uvicorn
from careeros.web.app import create_app
from careeros.settings import Settings, install
app = create_app(install(Settings.from_env()))
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", http=sys.argv[2])
"""


async def load(base: str, method: str, path: str, body: dict | None, requests: int, concurrency: int):
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        queue = iter(range(requests))

        async def runner():
            for _ in queue:
                started = time.perf_counter()
                response = await client.request(method, path, json=body)
                latencies.append(time.perf_counter() - started)
                statuses[response.status_code] = statuses.get(response.status_code, 0) + 1

        started = time.perf_counter()
        await asyncio.gather(*(runner() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "requests_per_s": round(requests / elapsed),
        "p50_ms": round(statistics.median(latencies) * 1000, 2),
        "p95_ms": round(latencies[int(len(latencies) * 0.95)] * 1000, 2),
        "statuses": statuses,
    }


def measure(parser: str, env: dict[str, str], requests: int, concurrency: int) -> dict:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-c", SERVE, str(port), parser], env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(base, process, None)
        return {
            "healthz": asyncio.run(load(base, "GET", "/healthz", None, requests, concurrency)),
            "refresh_401": asyncio.run(
                load(
                    base, "POST", "/auth/refresh", {"refresh_token": "rt_" + "x" * 40}, requests, concurrency
                )
            ),
        }
    finally:
        process.terminate()
        process.wait(timeout=15)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--requests", type=int, default=3000)
    options.add_argument("--concurrency", type=int, default=16)
    args = options.parse_args()
    with tempfile.TemporaryDirectory() as var:
        env = {k: v for k, v in os.environ.items() if not k.startswith("CAREEROS_")}
        env.update(
            {
                "CAREEROS_VAR_DIR": var,
                "CAREEROS_DATABASE_URL": f"sqlite:///{var}/bench.db",
                "CAREEROS_SECRET_KEY": "bench-" + "k" * 40,
                "CAREEROS_LOG_LEVEL": "WARNING",
                "CAREEROS_RATE_LIMITS": "100000000/minute;1000000000/hour",
                "PYTHONPATH": str(ROOT),
            }
        )
        subprocess.run([CAREEROS, "migrate"], env=env, check=True, capture_output=True)
        results = {
            parser: measure(parser, env, args.requests, args.concurrency) for parser in ("h11", "httptools")
        }
    print(json.dumps({"requests": args.requests, "concurrency": args.concurrency, **results}, indent=2))


if __name__ == "__main__":
    main()
