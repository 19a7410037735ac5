"""The application factory: the Connexion app built from the spec, with our middleware and errors."""

from __future__ import annotations

import contextlib
import functools
import json
import logging

import anyio.to_thread
import connexion
import yaml
from connexion.jsonifier import Jsonifier
from connexion.middleware import MiddlewarePosition
from connexion.options import SwaggerUIOptions

from careeros.contacts.importer import MAX_IMPORT_BYTES
from careeros.onboarding.resumes import MAX_RESUME_BYTES
from careeros.replies.receiving import MAX_EMAIL_BYTES
from careeros.settings import SPEC_PATH, Settings, install
from careeros.web import errors
from careeros.web.console import ConsoleMiddleware
from careeros.web.idempotency import IdempotencyMiddleware
from careeros.web.middleware import BodyLimitMiddleware, RequestIdMiddleware
from careeros.web.ratelimit import RateLimitHeadersMiddleware, RateLimitMiddleware
from careeros.web.requestctx import RequestIdFilter
from careeros.web.routing import AllowIndex, MethodGuardMiddleware, RoutedOnlyMiddleware
from careeros.web.validation import VALIDATOR_MAP
from models import db

MULTIPART_ROOM = 64 * 1024


class _Handler(logging.StreamHandler):
    """Our own handler on the root logger, so that configuring twice adds it once."""


def configure_logging(level: str) -> None:
    root = logging.getLogger()
    if not any(isinstance(h, _Handler) for h in root.handlers):
        handler = _Handler()
        handler.addFilter(RequestIdFilter())
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s")
        )
        root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("alembic").setLevel(max(logging.WARNING, logging.getLevelName(level)))


def create_app(settings: Settings | None = None, *, validate_responses: bool = False) -> connexion.AsyncApp:
    settings = install(settings or Settings.from_env())
    configure_logging(settings.log_level)
    db.configure(settings.database_url)

    @contextlib.asynccontextmanager
    async def lifespan(_app):
        # The handlers are synchronous and run in anyio's worker threads (40 by default). A few
        # serve two cores as fast, with less memory and less contention for the GIL.
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.api_threads
        yield

    app = connexion.AsyncApp(
        __name__,
        lifespan=lifespan,
        validator_map=VALIDATOR_MAP,
        # Compact UTF-8 JSON in the order the core builds it (Connexion indents by default).
        jsonifier=Jsonifier(json, separators=(",", ":"), ensure_ascii=False),
        swagger_ui_options=SwaggerUIOptions(
            swagger_ui=True,
            swagger_ui_path="/ui",
            spec_path="/openapi.json",
            swagger_ui_config={"persistAuthorization": True, "displayRequestDuration": True},
        ),
    )
    # The spec read once, by libyaml when present (the pure-Python reader holds several MB more
    # and leaves them scattered), for both Connexion and the Allow index.
    spec = yaml.load(SPEC_PATH.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    allow_index = AllowIndex(spec)
    app.add_api(
        spec,
        strict_validation=True,
        validate_responses=validate_responses,
    )
    errors.register(app, allow_index)

    # Outermost first: ids and logs see everything, then the rate limit, then the body limit.
    app.add_middleware(RequestIdMiddleware, position=MiddlewarePosition.BEFORE_EXCEPTION)
    # The review console's files (/app/): static, outside the API's limits and routing.
    app.add_middleware(ConsoleMiddleware, position=MiddlewarePosition.BEFORE_EXCEPTION)
    app.add_middleware(RateLimitMiddleware, position=MiddlewarePosition.BEFORE_EXCEPTION, settings=settings)
    app.add_middleware(
        BodyLimitMiddleware,
        position=MiddlewarePosition.BEFORE_EXCEPTION,
        default_limit=settings.max_body_bytes,
        # Uploads take more than JSON: their file limit plus room for the multipart envelope.
        limits={
            "/onboarding/resume": MAX_RESUME_BYTES + MULTIPART_ROOM,
            "/contacts/import": MAX_IMPORT_BYTES + MULTIPART_ROOM,
            "/inbound/email": MAX_EMAIL_BYTES + MULTIPART_ROOM,
        },
    )
    app.add_middleware(
        MethodGuardMiddleware, position=MiddlewarePosition.BEFORE_ROUTING, allow_index=allow_index
    )
    app.add_middleware(RoutedOnlyMiddleware, position=MiddlewarePosition.BEFORE_SECURITY)
    app.add_middleware(RateLimitHeadersMiddleware, position=MiddlewarePosition.BEFORE_CONTEXT)
    # Inside the rate-limit headers, so that a replayed answer carries them too.
    app.add_middleware(
        IdempotencyMiddleware, position=MiddlewarePosition.BEFORE_CONTEXT, secret_key=settings.secret_key
    )
    return app


def _all_json(mimetypes) -> bool:
    """connexion.utils.all_json, for an OpenAPI encoding's `contentType`, which may list several
    types separated by commas ("text/csv, text/plain"); Connexion's own splits it on "/" whole."""
    from connexion.utils import is_json_mimetype

    return all(is_json_mimetype(kind.strip()) for value in mimetypes for kind in (value or "").split(","))


def _patch_connexion() -> None:
    import connexion.uri_parsing
    from connexion.apps.asynchronous import AsyncOperation
    from connexion.decorators import StarletteDecorator

    connexion.uri_parsing.all_json = _all_json
    # The security handler asks each request whether its check takes `required_scopes` or
    # `request`: a signature inspection per request; the answer is the function's, so kept.
    import connexion.security

    connexion.security.inspect_function_arguments = functools.lru_cache(maxsize=64)(
        connexion.security.inspect_function_arguments
    )

    class OnceDecorator(StarletteDecorator):
        """Connexion's AsyncApp builds a handler's decorator chain (inspecting its signature) and
        its URI parser anew on every request, though both depend only on the operation: here
        they are built on an operation's first request and kept (they hold no request state)."""

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self._decorated = None
            self._uri_parser = None

        def decorate(self, function):
            if self._decorated is None:
                self._decorated = super().decorate(function)
            return self._decorated

        @property
        def uri_parser(self):
            if self._uri_parser is None:
                self._uri_parser = super().uri_parser
            return self._uri_parser

    def fn(self):
        kept = self.__dict__.get("_careeros_fn")
        if kept is None:
            kept = OnceDecorator(pythonic_params=self.pythonic_params, jsonifier=self.jsonifier)(self._fn)
            self.__dict__["_careeros_fn"] = kept
        return kept

    AsyncOperation.fn = property(fn)


_patch_connexion()
