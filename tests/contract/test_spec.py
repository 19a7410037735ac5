"""The spec itself: valid OpenAPI 3.0.3, and DESIGN.md's contract conventions held everywhere."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "careeros.yaml"
SPEC = yaml.safe_load(SPEC_PATH.read_text())
RATE_HEADERS = {"X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"}
PUBLIC = {"register", "login", "refresh_token", "healthz"}


def _operations():
    for path, item in SPEC["paths"].items():
        for method, operation in item.items():
            if method in {"get", "post", "put", "patch", "delete"}:
                yield path, method, operation


OPERATIONS = list(_operations())
IDS = [f"{m.upper()} {p}" for p, m, _ in OPERATIONS]


def _resolve(node: dict) -> dict:
    while "$ref" in node:
        section, name = node["$ref"].split("/")[-2:]
        node = SPEC["components"][section][name]
    return node


def test_spec_is_valid_openapi_303():
    spec_dict, base_uri = read_from_filename(str(SPEC_PATH))
    validate(spec_dict, base_uri=base_uri)
    assert SPEC["openapi"] == "3.0.3"


@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS, ids=IDS)
def test_operation_is_documented(path, method, operation):
    assert operation.get("summary") and operation.get("description")
    assert operation.get("tags") and len(operation["tags"]) == 1
    module = importlib.import_module(operation["x-openapi-router-controller"])
    assert module.__name__ == f"handlers.{operation['tags'][0]}"  # one handler module per tag
    assert callable(getattr(module, operation["operationId"]))


@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS, ids=IDS)
def test_operation_documents_its_errors(path, method, operation):
    codes = set(operation["responses"])
    assert {"400", "429", "500"} <= codes
    secured = operation.get("security", SPEC["security"]) != []
    assert ("401" in codes) == (secured or operation["operationId"] in {"login", "refresh_token"})
    if "{" in path:
        assert "404" in codes
    if "requestBody" in operation:
        assert {"413", "415"} <= codes
    assert (operation["operationId"] in PUBLIC) == (not secured)


@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS, ids=IDS)
def test_every_response_is_an_envelope_with_rate_limit_headers(path, method, operation):
    for status, response in operation["responses"].items():
        response = _resolve(response)
        assert set(response.get("headers", {})) >= RATE_HEADERS, status
        if status == "429":
            assert "Retry-After" in response["headers"]
        media = response["content"]["application/json"]
        schema = _resolve(media["schema"])
        assert set(schema["required"]) >= {"success", "data" if status.startswith("2") else "error"}
        assert media.get("examples") or media.get("example"), f"{status} has no example"


def test_every_component_schema_is_named():
    for name, schema in SPEC["components"]["schemas"].items():
        assert schema.get("title") == name


def test_nullable_references_use_allof():
    def walk(node, where):
        if isinstance(node, dict):
            assert not ("oneOf" in node and any(o.get("type") == "null" for o in node["oneOf"])), where
            if "$ref" in node:
                assert set(node) == {"$ref"}, f"{where}: siblings of $ref are ignored"
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}/{index}")

    walk(SPEC, "#")


def test_links_point_at_real_operations():
    ids = {operation["operationId"] for _, _, operation in OPERATIONS}
    assert len(ids) == len(OPERATIONS)
    links = dict(SPEC["components"].get("links", {}))
    for _, _, operation in OPERATIONS:
        for response in operation["responses"].values():
            for name, link in response.get("links", {}).items():
                links[name] = _resolve(link) if "$ref" in link else link
    assert links
    for name, link in links.items():
        assert link["operationId"] in ids, name


def test_ids_are_opaque_prefixed_strings():
    parameter = SPEC["components"]["parameters"]["MessageId"]["schema"]
    assert parameter["type"] == "string" and parameter["pattern"].startswith("^msg_")
