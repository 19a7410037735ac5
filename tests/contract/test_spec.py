"""The spec itself: valid OpenAPI 3.0.3, and DESIGN.md's contract conventions held everywhere."""

from __future__ import annotations

import importlib
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "careeros.yaml"
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


def test_references_stand_alone_and_nullable_is_said_by_the_schema():
    """A `$ref` with siblings loses them in OAS 3.0 (and `nullable` does not pass into `allOf` for
    the generators): a schema that may be null says `nullable: true` itself."""

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


@pytest.mark.parametrize(
    ("path", "method", "operation"),
    [(p, m, o) for p, m, o in OPERATIONS if "requestBody" in o],
    ids=[i for i, (_, _, o) in zip(IDS, OPERATIONS, strict=True) if "requestBody" in o],
)
def test_request_bodies_have_examples(path, method, operation):
    body = _resolve(operation["requestBody"])
    for media_type, media in body["content"].items():
        schema = _resolve(media["schema"])
        uploads_only = all(
            _resolve(prop).get("format") == "binary" for prop in schema.get("properties", {}).values()
        )
        if media_type == "multipart/form-data" and uploads_only:
            continue  # a file upload: there is no example to show but a file
        assert media.get("examples") or media.get("example"), f"{media_type} has no example"


def test_info_version_is_semver():
    # README "Versioning": what counts as a breaking change, and so a new major version.
    assert re.fullmatch(
        r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?", SPEC["info"]["version"]
    )


def _redocly() -> Path:
    redocly = ROOT / "node_modules" / ".bin" / "redocly"
    if not redocly.exists() or shutil.which("node") is None:
        message = "Redocly CLI is not installed (node and `npm ci`, which make test runs)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + "; under CI it is required", pytrace=False)
        pytest.skip(message)
    return redocly


def test_redocly_recommended_rules_pass_without_a_warning():
    """`redocly lint` with redocly.yaml (recommended, plus operation descriptions and tag
    descriptions as errors): zero errors and zero warnings."""
    redocly = _redocly()
    result = subprocess.run(
        [str(redocly), "lint", "--format=json"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    report = json.loads(result.stdout[result.stdout.index("{") :])
    problems = [
        f"{p['severity']} {p['ruleId']}: {p['message']} at {p['location'][0]['pointer']}"
        for p in report["problems"]
    ]
    assert result.returncode == 0 and not problems, "\n".join(problems) or result.stderr
    assert report["totals"] == {"errors": 0, "warnings": 0, "ignored": 0}


def test_make_docs_renders_every_operation_into_one_self_contained_page(tmp_path):
    _redocly()
    recipe = re.search(r"^docs:.*\n\t(.+)\n", (ROOT / "Makefile").read_text(), re.MULTILINE).group(1)
    command = recipe.replace("build/docs/index.html", str(tmp_path / "index.html")).split()
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, timeout=120)
    page = (tmp_path / "index.html").read_text()
    for _, _, operation in OPERATIONS:
        assert operation["summary"] in page, operation["operationId"]
    # readable offline: no script or stylesheet from elsewhere
    assert not re.search(r"<(script|link)[^>]+(src|href)=\"https?://", page)


@pytest.mark.parametrize("name", ["MessageId", "UploadId", "ContactId", "EndpointId", "DeliveryId"])
def test_ids_are_opaque_strings_limited_only_in_what_protects_us(name):
    # Ids we issue are prefixed (`msg_…`), but a client may hold ids of any form (the original
    # API document writes `msg_001`): those are looked up, and an unknown one is 404. The
    # schema keeps only the limits that protect us: the alphabet and the length.
    schema = SPEC["components"]["parameters"][name]["schema"]
    assert schema["type"] == "string" and schema["maxLength"] <= 64
    pattern = re.compile(schema["pattern"])
    for accepted in ("msg_001", "upload_abc123", "contact_123", "msg_01jgk3m5n7p9q1r3s5t7v9w1x3"):
        assert pattern.search(accepted), accepted
    for refused in ("a\nb", "a b", "a/b", "a.b", "a%0Ab", "a\u2028b"):
        assert not pattern.search(refused), refused
