"""HTTP handlers, one module per spec tag: read parameters, call the core, wrap the envelope."""

from __future__ import annotations

from connexion import context


def ok(data: dict, status: int = 200):
    return {"success": True, "data": data}, status


def caller() -> str:
    """The signed-in user's id, as the bearer check put it on the request context."""
    return context.context["user"]


def caller_session() -> str:
    return context.context["token_info"]["sid"]
