"""CareerOS's HTTP serving against the frameworks a user would pick instead, printed as JSON.

Starts, on one SQLite demo database and one process each: CareerOS (`careeros serve --no-worker`,
as `serve` runs it), an idiomatic FastAPI + SQLAlchemy twin and a bare Starlette twin
(`bench/twins/`, the same query, JWT check, session check, rate-limit headers and envelope).
It checks that the three answer the same JSON, then loads each with wrk (bounded in time),
alternating A/B/C over several rounds, and prints per-round and median requests/s, the ratios to
CareerOS, CPU per request, p50/p99 and the RSS after load. Then `pending` with two processes each
(`careeros serve --processes 2`, `uvicorn --workers 2`) at twice the connections. `--profile`
records CareerOS under load with py-spy and writes a flame graph.

    .venv/bin/python bench/http_api.py [--rounds 3] [--seconds 8] [--connections 32] [--processes 2]
                                       [--profile]

Needs wrk (Debian: apt-get install wrk; `make bench-tools`), the `bench` extra (FastAPI, py-spy).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SECRET = "bench-" + "k" * 40
TICKS = os.sysconf("SC_CLK_TCK")
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def _tree(pid: int) -> list[int]:
    """`pid` and its children: with several processes, the supervisor and its servers."""
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                children.append(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            continue
    return [pid, *children]


def _tree_cpu_seconds(pid: int) -> float:
    total = 0.0
    for each in _tree(pid):
        try:
            total += _cpu_seconds(each)
        except OSError:
            continue
    return total


def _servers_rss_mb(pid: int) -> list[float]:
    """The RSS of each serving process: the process itself, or, when it supervises several (a
    multiprocessing resource tracker aside), each of them."""
    children = [
        c for c in _tree(pid)[1:] if b"resource_tracker" not in Path(f"/proc/{c}/cmdline").read_bytes()
    ]
    return [_rss_mb(c) for c in children] if children else [_rss_mb(pid)]


def _wait(base: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{base} exited:\n{log.read_text()}")
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"{base} did not start:\n{log.read_text()}")


def _wrk(url: str, token: str | None, seconds: float, connections: int) -> dict:
    command = ["wrk", "-t2", f"-c{connections}", f"-d{int(seconds)}s", "--latency"]
    command += [*(["-H", f"Authorization: Bearer {token}"] if token else []), url]
    out = subprocess.run(command, capture_output=True, text=True, check=True, timeout=seconds + 60).stdout

    def latency(label: str) -> float:
        match = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        value, unit = float(match.group(1)), match.group(2)
        return round(value / 1000 if unit == "us" else value * 1000 if unit == "s" else value, 3)

    requests = int(re.search(r"(\d+) requests in", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "requests": requests,
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50_ms": latency("50"),
        "p99_ms": latency("99"),
        "non_2xx": int(errors.group(1)) if errors else 0,
    }


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--rounds", type=int, default=3)
    options.add_argument("--seconds", type=int, default=8, help="per target per round")
    options.add_argument("--connections", type=int, default=32)
    options.add_argument("--contacts", type=int, default=2000, help="the demo directory's size")
    options.add_argument(
        "--profile",
        choices=["pending", "healthz", "status"],
        help="py-spy flame graph of CareerOS under load on this path (build/http_api_profile.svg)",
    )
    options.add_argument("--only-profile", action="store_true", help="skip the rounds, just profile")
    options.add_argument(
        "--processes",
        type=int,
        default=2,
        help="then `pending` with this many processes each at as many times the connections (1: skip)",
    )
    args = options.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is needed (Debian: apt-get install wrk, or make bench-tools)")

    var = Path(tempfile.mkdtemp(prefix="careeros-http-bench-"))
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("CAREEROS_")},
        "CAREEROS_VAR_DIR": str(var),
        "CAREEROS_DATABASE_URL": f"sqlite:///{var / 'bench.db'}",
        "CAREEROS_SECRET_KEY": SECRET,
        # The headers on every answer, never a 429, and a window the storage can keep: a moving
        # window keeps one timestamp per request for as long as its window, so an hour's window
        # held every request of the whole run (CareerOS and the twins alike) and the RSS after
        # load grew by about 1 MB per 3,600 requests, which no configured limit (100/minute;
        # 1000/hour by default: at most 1,000 per caller) ever stores.
        "CAREEROS_RATE_LIMITS": "1000000000/second",
        "CAREEROS_LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    }
    careeros = str(BIN / "careeros")
    subprocess.run([careeros, "migrate"], env=env, check=True, capture_output=True)
    subprocess.run(
        [careeros, "demo", "--contacts", str(args.contacts)], env=env, check=True, capture_output=True
    )

    def start(processes_each: int) -> dict[str, tuple[subprocess.Popen, str]]:
        """CareerOS and the twins, `processes_each` processes each, once all answer /healthz."""
        several = ["--processes", str(processes_each)] if processes_each > 1 else []
        workers = ["--workers", str(processes_each)] if processes_each > 1 else []
        uvicorn = [str(BIN / "uvicorn"), "--log-level", "warning", *workers]
        targets = {
            "careeros": [careeros, "serve", "--no-worker", *several],
            "fastapi": [*uvicorn, "bench.twins.fastapi_twin:app"],
            "starlette": [*uvicorn, "bench.twins.starlette_twin:app"],
        }
        started: dict[str, tuple[subprocess.Popen, str]] = {}
        for name, command in targets.items():
            port = _free_port()
            log = var / f"{name}-{processes_each}.log"
            extra = {"CAREEROS_PORT": str(port)} if name == "careeros" else {}
            command = command if name == "careeros" else [*command, "--port", str(port)]
            process = subprocess.Popen(
                command, env={**env, **extra}, cwd=ROOT, stdout=log.open("w"), stderr=subprocess.STDOUT
            )
            running.append(process)
            base = f"http://127.0.0.1:{port}"
            _wait(base, process, log)
            started[name] = (process, base)
        return started

    def stop(processes: dict[str, tuple[subprocess.Popen, str]]) -> None:
        for process, _ in processes.values():
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()

    running: list[subprocess.Popen] = []
    try:
        processes = start(1)
        base = processes["careeros"][1]
        login = httpx.post(
            f"{base}/auth/login", json={"email": "demo@careeros.dev", "password": "careeros-demo"}
        )
        token = login.json()["data"]["session"]["token"]
        paths = {"pending": "/messages/pending?limit=5", "healthz": "/healthz", "status": "/system/status"}
        # the same JSON from all three, before anything is measured
        answers = {
            name: httpx.get(f"{b}{paths['pending']}", headers={"Authorization": f"Bearer {token}"}).json()
            for name, (_, b) in processes.items()
        }
        equal = answers["careeros"] == answers["fastapi"] == answers["starlette"]
        if not equal:
            raise SystemExit("the three answer different JSON:\n" + json.dumps(answers, indent=1)[:4000])

        rounds: list[dict] = []
        for number in range(0 if args.only_profile else args.rounds):
            row: dict = {}
            for name, (process, b) in processes.items():
                for what in ("pending", "healthz"):
                    before = _cpu_seconds(process.pid)
                    # a health probe carries no token (a load balancer's does not)
                    result = _wrk(
                        f"{b}{paths[what]}",
                        token if what != "healthz" else None,
                        args.seconds,
                        args.connections,
                    )
                    used = _cpu_seconds(process.pid) - before
                    result["cpu_ms_per_request"] = round(1000 * used / max(1, result["requests"]), 3)
                    row[f"{name}.{what}"] = result
            before = _cpu_seconds(processes["careeros"][0].pid)
            status = _wrk(f"{base}{paths['status']}", token, args.seconds, args.connections)
            status["cpu_ms_per_request"] = round(
                1000 * (_cpu_seconds(processes["careeros"][0].pid) - before) / max(1, status["requests"]), 3
            )
            row["careeros.status"] = status
            rounds.append({"round": number + 1, **row})

        if not rounds:
            svg = ROOT / "build" / "http_api_profile.svg"
            svg.parent.mkdir(exist_ok=True)
            spy = subprocess.Popen(
                [str(BIN / "py-spy"), "record", "--gil", "-f", "raw", "-o", str(svg.with_suffix(".txt")),
                 "-d", str(int(args.seconds)), "-p", str(processes["careeros"][0].pid)],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            path = args.profile or "pending"
            _wrk(f"{base}{paths[path]}", token if path != "healthz" else None, args.seconds, args.connections)
            spy.wait(timeout=60)
            print(json.dumps({"profile": str(svg.with_suffix(".txt"))}))
            return 0

        def several_processes(count: int) -> dict:
            """`GET /messages/pending` on `count` processes each, at twice the connections, in
            rounds alternating the three: requests/s, p99 and the CPU of each process tree."""
            connections = args.connections * count
            served = start(count)
            rows = []
            for number in range(args.rounds):
                row: dict = {}
                for name, (process, b) in served.items():
                    before = _tree_cpu_seconds(process.pid)
                    result = _wrk(f"{b}{paths['pending']}", token, args.seconds, connections)
                    used = _tree_cpu_seconds(process.pid) - before
                    result["cpu_ms_per_request"] = round(1000 * used / max(1, result["requests"]), 3)
                    row[f"{name}.pending"] = result
                rows.append({"round": number + 1, **row})
            ratios = {
                "pending_careeros_over_fastapi": [
                    round(r["careeros.pending"]["rps"] / r["fastapi.pending"]["rps"], 3) for r in rows
                ],
                "p99_careeros_over_fastapi": [
                    round(r["careeros.pending"]["p99_ms"] / r["fastapi.pending"]["p99_ms"], 3) for r in rows
                ],
            }
            medians = {k: round(statistics.median(v), 3) for k, v in ratios.items()}
            outcome = {
                "connections": connections,
                "rounds": rows,
                "ratios": ratios,
                "medians_of_ratios": medians,
                "rss_mb_after_load": {name: _servers_rss_mb(p.pid) for name, (p, _) in served.items()},
                "goals_met": {
                    f"{count}_processes_pending_over_fastapi": medians["pending_careeros_over_fastapi"]
                    >= 1.3,
                    f"{count}_processes_p99_no_worse": medians["p99_careeros_over_fastapi"] <= 1.0,
                },
            }
            stop(served)
            return outcome

        def median(key: str, field: str) -> float:
            return round(statistics.median(r[key][field] for r in rounds), 3)

        def ratio(a: str, b: str) -> list[float]:
            return [round(r[a]["rps"] / r[b]["rps"], 3) for r in rounds]

        report = {
            "benchmark": "http_api",
            "connections": args.connections,
            "seconds_per_run": args.seconds,
            "rounds": rounds,
            "median": {
                key: {
                    field: median(key, field) for field in ("rps", "p50_ms", "p99_ms", "cpu_ms_per_request")
                }
                for key in rounds[0]
                if key != "round"
            },
            "ratios": {
                "pending_careeros_over_fastapi": ratio("careeros.pending", "fastapi.pending"),
                "pending_careeros_over_starlette": ratio("careeros.pending", "starlette.pending"),
                "healthz_careeros_over_fastapi": ratio("careeros.healthz", "fastapi.healthz"),
                "status_over_healthz": ratio("careeros.status", "careeros.healthz"),
            },
            "rss_mb_after_load": {name: _rss_mb(p.pid) for name, (p, _) in processes.items()},
            "goals": {
                "pending_over_fastapi": 1.3,
                "pending_over_starlette": 0.8,
                "healthz_over_fastapi_healthz": 0.8,
                "status_over_healthz": 0.5,
                "rss_mb": 110,
                f"{args.processes}_processes_pending_over_fastapi": 1.3,
                f"{args.processes}_processes_p99_over_fastapi": 1.0,
            },
        }
        report["medians_of_ratios"] = {k: round(statistics.median(v), 3) for k, v in report["ratios"].items()}
        m = report["medians_of_ratios"]
        report["goals_met"] = {
            "pending_over_fastapi": m["pending_careeros_over_fastapi"] >= 1.3,
            "pending_over_starlette": m["pending_careeros_over_starlette"] >= 0.8,
            "healthz": m["healthz_careeros_over_fastapi"] >= 0.8,
            "status": m["status_over_healthz"] >= 0.5,
            "rss": report["rss_mb_after_load"]["careeros"] <= 110,
        }
        if args.profile:
            svg = ROOT / "build" / "http_api_profile.svg"
            svg.parent.mkdir(exist_ok=True)
            spy = subprocess.Popen(
                [str(BIN / "py-spy"), "record", "--gil", "-o", str(svg), "-d", str(int(args.seconds)),
                 "-p", str(processes["careeros"][0].pid)],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            _wrk(
                f"{base}{paths[args.profile]}",
                token if args.profile != "healthz" else None,
                args.seconds,
                args.connections,
            )
            spy.wait(timeout=60)
            report["profile"] = str(svg)
        if args.processes > 1:
            stop(processes)
            report[f"{args.processes}_processes"] = several_processes(args.processes)
            report["goals_met"].update(report[f"{args.processes}_processes"]["goals_met"])
        print(json.dumps(report, indent=2))
        return 0
    finally:
        for process in running:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
        shutil.rmtree(var, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
