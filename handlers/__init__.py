"""HTTP handlers, one module per spec tag: read parameters, call the core, wrap the envelope."""

from __future__ import annotations

from connexion import context

from models.errors import InvalidRequest


def ok(data: dict, status: int = 200):
    return {"success": True, "data": data}, status


def uploaded(file, limit: int) -> tuple[str | None, bytes]:
    """The name and bytes of a multipart `file` part, reading at most one byte past `limit`
    (enough to know it is too big without reading all of it)."""
    if not hasattr(file, "read"):
        raise InvalidRequest(
            "file is required: send it as a multipart file part (with a filename) named 'file'", field="file"
        )
    # Starlette's UploadFile (AsyncApp) reads asynchronously; its spooled file reads as any file
    return file.filename, getattr(file, "file", file).read(limit + 1)


def caller() -> str:
    """The signed-in user's id, as the bearer check put it on the request context."""
    return context.context["user"]


def caller_session() -> str:
    return context.context["token_info"]["sid"]
