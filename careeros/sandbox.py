"""Run a parser on untrusted bytes in a child process with hard limits, so that a hostile file
or email can cost at most its share of memory and time, never the process that serves requests
or the worker (Python's regular expressions and pure-Python parsers hold the GIL: in a thread
they would stall every other request of the process).

The child gets the bytes on stdin, limits itself (address space, CPU seconds, no file writes)
before importing any reader, and answers one JSON line on stdout. It inherits no CAREEROS_*
variables: a parser exploit finds no secrets in its environment.

A task is a function `f(data: bytes, arg: str) -> dict` named in TASKS; it raises `Refused`
with a message for people when the input cannot be read.
"""

from __future__ import annotations

import importlib
import json
import os
import signal
import subprocess
import sys
from dataclasses import dataclass

MAX_OUTPUT = 1024 * 1024

# task name -> "module:function"; imported only in the child.
TASKS = {
    "resume": "careeros.onboarding.sandbox:read_resume",
    "email": "careeros.replies.parse:parse_for_sandbox",
}


@dataclass(frozen=True)
class Limits:
    memory_bytes: int = 768 * 1024 * 1024
    cpu_seconds: int = 20
    wall_seconds: float = 45


class Refused(Exception):
    """Raised by a task: the input cannot be read; the message is for the person who sent it."""


class SandboxFailed(Exception):
    """The input could not be processed; the message is for the person who sent it."""


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


def run(task: str, data: bytes, arg: str = "", *, limits: Limits = Limits(), what: str = "file") -> dict:
    """Run `task` on `data` in a limited child; raises SandboxFailed with a reason in words."""
    if task not in TASKS:
        raise ValueError(f"unknown sandbox task {task!r}")
    command = [sys.executable, "-I" if _isolated_ok() else "-E", "-m", "careeros.sandbox", task, arg]
    command += [str(limits.memory_bytes), str(limits.cpu_seconds)]
    try:
        result = subprocess.run(
            command,
            input=data,
            capture_output=True,
            timeout=limits.wall_seconds,
            env=child_env(),
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise SandboxFailed(
            f"Reading the {what} took longer than {int(limits.wall_seconds)} seconds; "
            "it may be damaged or built to be slow"
        ) from None
    if result.returncode < 0:
        killed = -result.returncode
        if killed in (signal.SIGXCPU, signal.SIGKILL):
            raise SandboxFailed(
                f"Reading the {what} needed more than {limits.cpu_seconds} seconds of computing; "
                "it may be damaged or built to be slow"
            )
        raise SandboxFailed(f"Reading the {what} stopped unexpectedly")
    try:
        answer = json.loads(result.stdout[:MAX_OUTPUT].decode("utf-8").strip().splitlines()[-1])
    except (ValueError, IndexError):
        raise SandboxFailed(f"Reading the {what} stopped unexpectedly") from None
    if not answer.get("ok"):
        raise SandboxFailed(answer.get("reason") or f"The {what} could not be read")
    return answer["data"]


def _isolated_ok() -> bool:
    # `-I` ignores PYTHONPATH and the user site; an editable install still resolves through
    # the venv's .pth files, so isolation costs nothing unless PYTHONPATH is needed.
    return "PYTHONPATH" not in os.environ


def _limit_self(memory_bytes: int, cpu_seconds: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _child(task: str, arg: str, memory_bytes: int, cpu_seconds: int) -> int:
    _limit_self(memory_bytes, cpu_seconds)
    data = sys.stdin.buffer.read()
    try:
        module, function = TASKS[task].split(":")
        answer = {"ok": True, "data": getattr(importlib.import_module(module), function)(data, arg)}
    except Refused as exc:
        answer = {"ok": False, "reason": str(exc)}
    except MemoryError:
        answer = {
            "ok": False,
            "reason": "Reading it needed more memory than it should; it may be a compressed bomb or damaged",
        }
    except RecursionError:
        answer = {"ok": False, "reason": "It is nested too deeply to read; it may be damaged"}
    except Exception:  # a reader's bug on a strange input is that input's failure, not ours
        answer = {
            "ok": False,
            "reason": "It could not be read: it may be damaged or not what it claims to be",
        }
    sys.stdout.write(json.dumps(answer) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    # Run as the imported module, not as __main__: the tasks raise careeros.sandbox.Refused.
    from careeros import sandbox as _module

    sys.exit(_module._child(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])))
