"""A real `careeros serve` process on loopback for tests that talk to the service over the wire."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import httpx

CAREEROS = str(Path(sys.executable).with_name("careeros"))

# Loose enough that fuzzers and journeys never meet a 429 they did not ask for.
GENEROUS_LIMITS = {
    "CAREEROS_RATE_LIMITS": "1000000/minute;10000000/hour",
    "CAREEROS_LOGIN_LIMIT_ACCOUNT": "1000000/minute",
    "CAREEROS_LOGIN_LIMIT_IP": "1000000/minute",
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def raw_exchange(base: str, request: bytes) -> bytes:
    """Send `request` as bytes to the server at `base` and read until it closes the connection."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(request)
        response = b""
        while chunk := sock.recv(65536):
            response += chunk
    return response


def service_env(var_dir: Path, database_url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAREEROS_")}
    env.update(
        {
            "CAREEROS_VAR_DIR": str(var_dir),
            "CAREEROS_DATABASE_URL": database_url,
            "CAREEROS_SECRET_KEY": "live-test-" + "s" * 40,
            "CAREEROS_LOG_LEVEL": "WARNING",
            "CAREEROS_WORKER_POLL_MS": "200",
            **extra,
        }
    )
    return env


def careeros(*args: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    result = subprocess.run([CAREEROS, *args], env=env, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise AssertionError(f"careeros {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result


def wait_until_healthy(
    base: str, process: subprocess.Popen, log_path: Path | None, timeout: float = 30
) -> None:
    """Return once `base`/healthz answers 200; fail, with the server's log, if it exits or stays silent."""

    def log() -> str:
        return log_path.read_text() if log_path else ""

    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise AssertionError(f"the service exited early:\n{log()}")
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            raise AssertionError(f"the service did not answer in {timeout:.0f} s:\n{log()}")
        time.sleep(0.1)


@contextmanager
def serving(env: dict[str, str], *, log_path: Path, args: tuple[str, ...] = ()):
    """Start `careeros serve` and yield its base URL once /healthz answers."""
    port = free_port()
    env = {**env, "CAREEROS_HOST": "127.0.0.1", "CAREEROS_PORT": str(port)}
    log = log_path.open("w")
    process = subprocess.Popen([CAREEROS, "serve", *args], env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_healthy(base, process, log_path)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@contextmanager
def workers(env: dict[str, str], count: int, log_dir: Path):
    """`count` `careeros worker` processes; stopped on exit, and none may have logged a traceback."""
    processes = [
        subprocess.Popen(
            [CAREEROS, "worker"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=(log_dir / f"worker-{i}.log").open("w"),
        )
        for i in range(count)
    ]
    try:
        yield processes
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)
    for i in range(count):
        log = (log_dir / f"worker-{i}.log").read_text()
        assert "Traceback" not in log, log
