"""Reading an uploaded resume: the task the sandbox runs in its child process (careeros.sandbox),
and the call the worker makes."""

from __future__ import annotations

from careeros import sandbox

KIND_NAMES = {"pdf": "PDF", "docx": "DOCX", "txt": "text file"}
LIMITS = sandbox.Limits(memory_bytes=768 * 1024 * 1024, cpu_seconds=20, wall_seconds=45)
ParseFailed = sandbox.SandboxFailed


def read_resume(data: bytes, kind: str) -> dict:
    """In the child: the file's lines, parsed into the profile fields."""
    from careeros.onboarding.extract import UnreadableResume, read
    from careeros.onboarding.parser import parse
    from careeros.onboarding.taxonomy import load

    try:
        lines = read(data, kind)
    except UnreadableResume as exc:
        raise sandbox.Refused(str(exc)) from None
    except (MemoryError, RecursionError):
        raise
    except Exception:
        raise sandbox.Refused(
            f"The {KIND_NAMES.get(kind, 'file')} could not be read: it may be damaged or not a real "
            f"{KIND_NAMES.get(kind, 'resume')}"
        ) from None
    parsed = parse(lines)
    # Skills the whole text names (summary, projects), for matching and drafting.
    parsed["keywords"] = load().in_text("\n".join(line.text for line in lines))[:100]
    return parsed


def parse_isolated(data: bytes, kind: str, *, wall_seconds: float | None = None) -> dict:
    limits = (
        LIMITS
        if wall_seconds is None
        else sandbox.Limits(LIMITS.memory_bytes, LIMITS.cpu_seconds, wall_seconds)
    )
    return sandbox.run("resume", data, kind, limits=limits, what="file")
