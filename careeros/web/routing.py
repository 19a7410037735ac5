"""Method routing from the spec: which methods a path supports, and a 405 for the others."""

from __future__ import annotations

import re

from starlette.exceptions import HTTPException

_METHODS = ("get", "put", "post", "delete", "patch")
# No path we serve holds a control character; Starlette's mount pattern does not even match one
# holding a line feed, which is how such a request once slipped past routing and validation.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


class AllowIndex:
    """The methods each path of the spec supports, the most specific template winning.

    Starlette's router answers a 405 with the methods of the first route whose path matched,
    which is wrong when a path has several operations; and `/messages/bulk-approve` also
    matches `/messages/{message_id}`, where a literal path must win over a template.
    """

    def __init__(self, spec: dict):
        self.routes: list[tuple[int, re.Pattern, list[str]]] = []
        for template, item in spec.get("paths", {}).items():
            parts = re.split(r"(\{[^}]+\})", template)
            pattern = "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts)
            methods = [m.upper() for m in _METHODS if m in item]
            if "GET" in methods:
                methods.insert(methods.index("GET") + 1, "HEAD")
            self.routes.append((template.count("{"), re.compile(f"^{pattern}$"), methods))

    def allowed(self, path: str) -> list[str] | None:
        """The methods of the most specific template matching `path`; None if none does."""
        matches = [(params, methods) for params, pattern, methods in self.routes if pattern.match(path)]
        if not matches:
            return None
        fewest = min(params for params, _ in matches)
        found: list[str] = []
        for params, methods in matches:
            if params == fewest:
                found += [m for m in methods if m not in found]
        return found


class MethodGuardMiddleware:
    """Answers 400 for a path holding control characters and 405 (through the error handlers)
    for a method the matched path does not have."""

    def __init__(self, app, allow_index: AllowIndex):
        self.app = app
        self.allow_index = allow_index

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            if _CONTROL.search(scope["path"]):
                raise HTTPException(400, detail="The URL path contains control characters")
            allowed = self.allow_index.allowed(scope["path"])
            if allowed is not None and scope["method"] not in allowed:
                raise HTTPException(405, headers={"Allow": ", ".join(allowed)})
        await self.app(scope, receive, send)


class RoutedOnlyMiddleware:
    """Lets through only requests that Connexion routed to an operation of the spec.

    Everything after routing (security, validation, the operation's context) is keyed on the
    operation; a request that matched none must never reach the app behind (a FlaskApp's own
    router once matched such a request and ran a handler without any of those having run).
    """

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            routing = scope.get("extensions", {}).get("connexion_routing", {})
            if not routing.get("operation_id"):
                raise HTTPException(404)
        await self.app(scope, receive, send)
