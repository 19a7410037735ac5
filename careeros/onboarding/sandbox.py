"""Parse an uploaded resume in a child process with hard limits, so a hostile file can cost at
most its share of memory and time and never the worker itself.

The child gets the bytes on stdin, limits itself (address space, CPU seconds, no file writes)
before importing any reader, and answers one JSON line on stdout. It inherits no CAREEROS_*
variables: a parser exploit finds no secrets in its environment.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

MEMORY_BYTES = 768 * 1024 * 1024
CPU_SECONDS = 20
WALL_SECONDS = 45
MAX_OUTPUT = 256 * 1024


class ParseFailed(Exception):
    """The file could not be parsed; the message is for the person who uploaded it."""


def child_env() -> dict[str, str]:
    """The child's whole environment: enough to run Python, nothing of ours."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONHASHSEED": "0",
        "LC_ALL": "C.UTF-8",
    }
    if "PYTHONPATH" in os.environ:
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    return env


def parse_isolated(data: bytes, kind: str, *, wall_seconds: float = WALL_SECONDS) -> dict:
    env = child_env()
    try:
        result = subprocess.run(
            [sys.executable, "-I" if _isolated_ok() else "-E", "-m", "careeros.onboarding.sandbox", kind],
            input=data,
            capture_output=True,
            timeout=wall_seconds,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise ParseFailed(
            f"Reading the file took longer than {int(wall_seconds)} seconds; "
            "it may be damaged or built to be slow"
        ) from None
    if result.returncode < 0:
        killed = -result.returncode
        if killed in (signal.SIGXCPU, signal.SIGKILL):
            raise ParseFailed(
                f"Reading the file needed more than {CPU_SECONDS} seconds of computing; "
                "it may be damaged or built to be slow"
            )
        raise ParseFailed(f"The file's reader stopped unexpectedly (signal {killed})")
    try:
        answer = json.loads(result.stdout[:MAX_OUTPUT].decode("utf-8").strip().splitlines()[-1])
    except (ValueError, IndexError):
        raise ParseFailed("The file's reader stopped unexpectedly") from None
    if not answer.get("ok"):
        raise ParseFailed(answer.get("reason") or "The file could not be read")
    return answer["data"]


def _isolated_ok() -> bool:
    # `-I` ignores PYTHONPATH and the user site; an editable install still resolves through
    # the venv's .pth files, so isolation costs nothing unless PYTHONPATH is needed.
    return "PYTHONPATH" not in os.environ


def _limit_self() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS + 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _child(kind: str) -> int:
    _limit_self()
    data = sys.stdin.buffer.read()
    try:
        from careeros.onboarding.extract import UnreadableResume, read
        from careeros.onboarding.parser import parse
        from careeros.onboarding.taxonomy import load

        lines = read(data, kind)
        parsed = parse(lines)
        # Skills the whole text names (summary, projects), for matching and drafting.
        parsed["keywords"] = load().in_text("\n".join(line.text for line in lines))[:100]
        answer = {"ok": True, "data": parsed}
    except UnreadableResume as exc:
        answer = {"ok": False, "reason": str(exc)}
    except MemoryError:
        answer = {
            "ok": False,
            "reason": "Reading the file needed more memory than a resume should; "
            "it may be a compressed bomb or damaged",
        }
    except RecursionError:
        answer = {"ok": False, "reason": "The file is nested too deeply to read; it may be damaged"}
    except Exception as exc:  # any reader bug on a strange file is that file's failure, not ours
        answer = {"ok": False, "reason": f"The file could not be read ({type(exc).__name__})"}
    sys.stdout.write(json.dumps(answer) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1]))
