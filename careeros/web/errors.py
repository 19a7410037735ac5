"""The error envelope: domain errors, and the handlers that turn every failure into it."""

from __future__ import annotations

import json
import logging
from http import HTTPStatus

from connexion.exceptions import ProblemException
from connexion.lifecycle import ConnexionRequest, ConnexionResponse
from starlette.exceptions import HTTPException

from careeros.web.requestctx import current_request_id
from careeros.web.routing import AllowIndex
from models.errors import (
    ApiError,
    Conflict,
    InvalidRequest,
    NotFound,
    PayloadTooLarge,
    RateLimited,
    ServiceUnavailable,
    SystemPaused,
    Unauthorized,
    UnsupportedMediaType,
)

__all__ = [
    "ApiError",
    "Conflict",
    "InvalidRequest",
    "NotFound",
    "PayloadTooLarge",
    "RateLimited",
    "ServiceUnavailable",
    "SystemPaused",
    "Unauthorized",
    "UnsupportedMediaType",
    "register",
]

log = logging.getLogger("careeros.web.errors")

CODES = {
    400: "INVALID_REQUEST",
    401: "UNAUTHORIZED",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    406: "INVALID_REQUEST",
    409: "CONFLICT",
    413: "PAYLOAD_TOO_LARGE",
    415: "UNSUPPORTED_MEDIA_TYPE",
    422: "INVALID_REQUEST",
    429: "RATE_LIMIT_EXCEEDED",
    500: "INTERNAL_ERROR",
    503: "SERVICE_UNAVAILABLE",
}


def error_body(code: str, message: str, field: str | None = None, retry_after: int | None = None) -> dict:
    error: dict = {"code": code, "message": message}
    if field:
        error["field"] = field
    if retry_after is not None:
        error["retry_after"] = int(retry_after)
    return {"success": False, "error": error}


def error_bytes(code: str, message: str, **extra) -> bytes:
    return json.dumps(error_body(code, message, **extra), separators=(",", ":"), ensure_ascii=False).encode()


def _response(
    status: int, code: str, message: str, *, field=None, retry_after=None, headers: dict | None = None
) -> ConnexionResponse:
    headers = dict(headers or {})
    if retry_after is not None:
        headers["Retry-After"] = str(int(retry_after))
    return ConnexionResponse(
        status_code=status,
        body=error_bytes(code, message, field=field, retry_after=retry_after),
        content_type="application/json",
        headers=headers,
    )


def raw_response(exc: ApiError) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    """The same answer as handle_api_error, as ASGI parts, for middleware that must send it."""
    body = error_bytes(exc.code, exc.message, field=exc.field, retry_after=exc.retry_after)
    headers = {
        **exc.headers,
        **({"Retry-After": str(int(exc.retry_after))} if exc.retry_after is not None else {}),
    }
    rows = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    rows += [(k.lower().encode("latin-1"), str(v).encode("latin-1")) for k, v in headers.items()]
    return exc.status, rows, body


def handle_api_error(_request: ConnexionRequest, exc: ApiError) -> ConnexionResponse:
    return _response(
        exc.status, exc.code, exc.message, field=exc.field, retry_after=exc.retry_after, headers=exc.headers
    )


def handle_problem(_request: ConnexionRequest, exc: ProblemException) -> ConnexionResponse:
    """Connexion's own validation, security and media-type problems."""
    status = exc.status or 500
    message = exc.detail or exc.title or HTTPStatus(status).phrase
    field = getattr(exc, "field", None)
    if status >= 500:
        return handle_unexpected(_request, exc)
    return _response(
        status,
        CODES.get(status, "INVALID_REQUEST"),
        str(message),
        field=field,
        headers=_safe_headers(exc.headers),
    )


def http_exception_handler(allow_index):
    def handle_http_exception(request: ConnexionRequest, exc: HTTPException) -> ConnexionResponse:
        """Routing outcomes raised by Starlette: unknown paths and wrong methods."""
        status = exc.status_code
        headers = _safe_headers(exc.headers)
        if status >= 500:
            return handle_unexpected(request, exc)
        if status == 404:
            message = f"No endpoint {request.method} {request.url.path}"
        elif status == 405:
            headers = {k: v for k, v in headers.items() if k.lower() != "allow"}
            headers["Allow"] = ", ".join(allow_index.allowed(request.url.path) or [])
            message = (
                f"Method {request.method} is not allowed on {request.url.path}; allowed: {headers['Allow']}"
            )
        else:
            message = exc.detail if isinstance(exc.detail, str) and exc.detail else HTTPStatus(status).phrase
        return _response(status, CODES.get(status, "INVALID_REQUEST"), message, headers=headers)

    return handle_http_exception


def handle_unexpected(_request: ConnexionRequest, exc: Exception) -> ConnexionResponse:
    request_id = current_request_id()
    log.error("unhandled error in request %s", request_id, exc_info=exc)
    return _response(500, "INTERNAL_ERROR", f"An unexpected error occurred (request {request_id})")


def _safe_headers(headers) -> dict:
    # Only headers that describe the error to the client; never echo framework internals.
    keep = {"allow", "retry-after", "www-authenticate"}
    return {k: v for k, v in dict(headers or {}).items() if k.lower() in keep}


def register(app, allow_index: AllowIndex) -> None:
    app.add_error_handler(ApiError, handle_api_error)
    app.add_error_handler(ProblemException, handle_problem)
    app.add_error_handler(HTTPException, http_exception_handler(allow_index))
    app.add_error_handler(Exception, handle_unexpected)
