"""The review console: static files served at /app/ by the API process, a client of the public API.

Nothing here talks to the core: the console's script calls the spec's operations over HTTP, as
any app would (`static/api.js` lists them, and a test checks each against the spec). This module
only serves the files, with a strict Content-Security-Policy (same origin only, no inline
script or style), and sends `/` to `/app/`.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

STATIC = Path(__file__).parent / "static"
PREFIX = "/app/"

CSP = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    ]
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cache-control", b"no-cache"),
]
TYPES = {".js": "text/javascript", ".css": "text/css", ".html": "text/html", ".svg": "image/svg+xml"}


def _files() -> dict[str, tuple[bytes, str]]:
    """Every file of the console, read once: name → (bytes, content type)."""
    found = {}
    for path in STATIC.rglob("*"):
        if path.is_file():
            kind = TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            if kind.startswith("text/") or kind.endswith(("javascript", "svg+xml")):
                kind += "; charset=utf-8"
            found[path.relative_to(STATIC).as_posix()] = (path.read_bytes(), kind)
    return found


class ConsoleMiddleware:
    """Serves GET/HEAD under /app/ from the files above and redirects / and /app to /app/;
    everything else goes on to the API."""

    def __init__(self, app):
        self.app = app
        self.files = _files()

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope["path"]
        if path in ("/", "/app") and scope["method"] in ("GET", "HEAD"):
            return await self._send(send, 308, b"", "text/plain", [(b"location", PREFIX.encode())], head=True)
        if not path.startswith(PREFIX):
            return await self.app(scope, receive, send)
        if scope["method"] not in ("GET", "HEAD"):
            return await self._send(send, 405, b"", "text/plain", [(b"allow", b"GET, HEAD")], head=True)
        name = path[len(PREFIX) :] or "index.html"
        found = self.files.get(name)
        if found is None:
            return await self._send(send, 404, b"Not found", "text/plain; charset=utf-8", [])
        body, kind = found
        await self._send(send, 200, body, kind, [], head=scope["method"] == "HEAD")

    @staticmethod
    async def _send(send, status: int, body: bytes, kind: str, extra: list, head: bool = False) -> None:
        headers = [(b"content-type", kind.encode()), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers + HEADERS + extra})
        await send({"type": "http.response.body", "body": b"" if head else body})
