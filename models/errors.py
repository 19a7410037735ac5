"""The failures a caller can act on, raised by any layer (the domain, webhooks, models) and
turned into the API's error envelope by careeros.web.errors: each carries its HTTP status, its
code and everything the envelope needs."""

from __future__ import annotations


class ApiError(Exception):
    """A failure the caller can act on; carries everything the envelope needs."""

    status = 500
    code = "INTERNAL_ERROR"

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        retry_after: int | None = None,
        headers: dict[str, str] | None = None,
    ):
        super().__init__(message)
        self.message = message
        self.field = field
        self.retry_after = retry_after
        self.headers = dict(headers or {})


class InvalidRequest(ApiError):
    status, code = 400, "INVALID_REQUEST"


class Unauthorized(ApiError):
    status, code = 401, "UNAUTHORIZED"


class NotFound(ApiError):
    status, code = 404, "NOT_FOUND"


class Conflict(ApiError):
    status, code = 409, "CONFLICT"


class PayloadTooLarge(ApiError):
    status, code = 413, "PAYLOAD_TOO_LARGE"


class UnsupportedMediaType(ApiError):
    status, code = 415, "UNSUPPORTED_MEDIA_TYPE"


class RateLimited(ApiError):
    status, code = 429, "RATE_LIMIT_EXCEEDED"


class SystemPaused(ApiError):
    status, code = 503, "SYSTEM_PAUSED"


class ServiceUnavailable(ApiError):
    status, code = 503, "SERVICE_UNAVAILABLE"
