"""Driven by the spec: every operation answers each generic documented error in the envelope."""

from __future__ import annotations

import re

import pytest
import yaml

from careeros.contacts.importer import MAX_IMPORT_BYTES
from careeros.onboarding.resumes import MAX_RESUME_BYTES
from careeros.replies.receiving import MAX_EMAIL_BYTES
from careeros.settings import SPEC_PATH
from careeros.web.app import MULTIPART_ROOM
from tests.api.test_auth import _error
from tests.api.test_ratelimit import limited  # noqa: F401  (fixture)
from tests.conftest import register

SPEC = yaml.safe_load(SPEC_PATH.read_text())
OPERATIONS = [
    (method.upper(), path, op)
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if method in {"get", "post", "patch", "put", "delete"}
]
IDS = [f"{m} {p}" for m, p, _ in OPERATIONS]
PREFIXES = {"message_id": "msg", "contact_id": "contact", "upload_id": "upload", "endpoint_id": "whep"}
PREFIXES["delivery_id"] = "whdl"


def _url(path: str) -> str:
    """The path with a well-formed id (of an object that does not exist) for each parameter."""
    return re.sub(r"\{([^}]+)\}", lambda m: f"{PREFIXES[m.group(1)]}_{'0' * 25}a", path)


def _secured(op) -> bool:
    return op.get("security", SPEC["security"]) != []


def _credentials(account, op) -> dict:
    """What the operation authenticates with: the inbound token, or the bearer token."""
    schemes = {name for requirement in op.get("security", SPEC["security"]) for name in requirement}
    return account.inbound_headers() if "inboundToken" in schemes else account.headers


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=IDS)
def test_without_a_token_is_401_when_the_operation_is_secured(client, method, path, op):
    if not _secured(op):
        pytest.skip("public operation")
    _error(client.request(method, _url(path)), 401, "UNAUTHORIZED")


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=IDS)
def test_unknown_query_parameter_is_400(account, method, path, op):
    body = {"json": {}} if "requestBody" in op else {}
    headers = _credentials(account, op)
    response = account.client.request(method, _url(path) + "?surprise=1", headers=headers, **body)
    _error(response, 400, "INVALID_REQUEST", "surprise")


@pytest.mark.parametrize(
    ("method", "path", "op"),
    [o for o in OPERATIONS if "requestBody" in o[2]],
    ids=[i for i, o in zip(IDS, OPERATIONS, strict=True) if "requestBody" in o[2]],
)
def test_bodies_of_the_wrong_type_or_size_are_415_and_413(account, settings, method, path, op):
    credentials = _credentials(account, op)
    response = account.client.request(
        method, _url(path), headers={**credentials, "content-type": "text/csv"}, content=b"a,b\n1,2\n"
    )
    _error(response, 415, "UNSUPPORTED_MEDIA_TYPE")
    limit = {
        "/onboarding/resume": MAX_RESUME_BYTES + MULTIPART_ROOM,
        "/contacts/import": MAX_IMPORT_BYTES + MULTIPART_ROOM,
        "/inbound/email": MAX_EMAIL_BYTES + MULTIPART_ROOM,
    }.get(path, settings.max_body_bytes)
    big = b"[" + b"1," * (limit // 2) + b"1]"
    response = account.client.request(
        method, _url(path), headers={**credentials, "content-type": "application/json"}, content=big
    )
    _error(response, 413, "PAYLOAD_TOO_LARGE")


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=IDS)
def test_every_operation_is_rate_limited_with_retry_after(limited, method, path, op):  # noqa: F811
    client = limited(rate_limits="3/minute")
    # A secured operation counts in the user's own bucket; a public one in the client IP's.
    headers = _credentials(register(client), op) if _secured(op) else {}
    body = {"json": {}} if "requestBody" in op else {}
    for _ in range(3):
        response = client.request(method, _url(path), headers=headers, **body)
        assert response.status_code != 429 and "x-ratelimit-remaining" in response.headers
    refused = client.request(method, _url(path), headers=headers, **body)
    error = _error(refused, 429, "RATE_LIMIT_EXCEEDED")
    assert int(refused.headers["retry-after"]) == error["retry_after"] > 0
