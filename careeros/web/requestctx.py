"""Per-request facts that logging and error handling need wherever they run (thread or event loop)."""

from __future__ import annotations

import logging
from contextvars import ContextVar

_request_id: ContextVar[str] = ContextVar("careeros_request_id", default="-")
_client_ip: ContextVar[str] = ContextVar("careeros_client_ip", default="")
_user_agent: ContextVar[str] = ContextVar("careeros_user_agent", default="")


def current_request_id() -> str:
    return _request_id.get()


def client_ip() -> str:
    return _client_ip.get()


def user_agent() -> str:
    return _user_agent.get()


def bind(request_id: str, ip: str, agent: str) -> None:
    _request_id.set(request_id)
    _client_ip.set(ip)
    _user_agent.set(agent)


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = _request_id.get()
        return True
