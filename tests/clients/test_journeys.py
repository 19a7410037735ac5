"""The generated clients, exercised for real: generate them from the spec (no warnings about the
spec allowed), then run each language's journey against a live `careeros serve` on loopback.

The journeys test the contract as other languages see it, which does not depend on the database:
they run in the SQLite leg only. A missing toolchain (node, java, mvn) skips its journey with the
reason, except under CI=true, where every journey is required.
"""

from __future__ import annotations

import os
import sys

import pytest

from clients import generate, journeys
from tests.conftest import BACKEND
from tests.live import GENEROUS_LIMITS, careeros, service_env, serving

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(BACKEND != "sqlite", reason="the client journeys run in the SQLite leg"),
]


def _unavailable(problem: Exception) -> None:
    message = f"{problem}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message + "; under CI every client journey is required", pytrace=False)
    pytest.skip(message + "; install it to run this journey")


@pytest.fixture(scope="module")
def generated() -> dict[str, str]:
    """`make clients`: every generator over the spec, failing on any warning about the spec."""
    out = generate.ROOT / "build" / "clients"
    out.mkdir(parents=True, exist_ok=True)
    for language in generate.LANGUAGES:
        generate.GENERATE[language](out)
    return generate.versions()


@pytest.fixture(scope="module")
def live_service(tmp_path_factory, own_database_url):
    var = tmp_path_factory.mktemp("journeys")
    env = service_env(var, own_database_url, **GENEROUS_LIMITS)
    careeros("migrate", env=env)
    # Sample contacts give every new account a directory, so drafts appear after objectives.
    with serving(env, log_path=var / "serve.log", args=("--sample-contacts", "2000")) as base:
        yield base
    assert "Traceback" not in (var / "serve.log").read_text()


def test_generators_warn_about_nothing_in_the_spec(generated):
    for language in generate.LANGUAGES:
        assert (generate.ROOT / "build" / "clients" / language).is_dir()
    assert set(generated) == {"openapi-python-client", "openapi-generator-cli"}


def test_the_generator_check_catches_a_warning(tmp_path):
    """The filter is what keeps the spec clean: the form schema our inbound email once had must fail it."""
    spec = tmp_path / "form.yaml"
    spec.write_text(
        """
openapi: 3.0.3
info: {title: t, version: 1.0.0}
paths:
  /things:
    post:
      operationId: things
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema: {type: object, additionalProperties: true, properties: {a: {type: string}}}
      responses:
        "200": {description: ok}
"""
    )
    with pytest.raises(generate.GeneratorWarning, match="warned about the spec"):
        generate._run(
            "typescript",
            [
                str(generate.BIN / "openapi-generator-cli"),
                "generate",
                "-i",
                str(spec),
                "-o",
                str(tmp_path / "out"),
                "-g",
                "typescript-fetch",
            ],
        )


@pytest.mark.parametrize("language", journeys.LANGUAGES)
def test_journey(language, generated, live_service):
    try:
        summary = journeys.run(language, live_service)
    except journeys.Unavailable as problem:
        _unavailable(problem)
    assert summary["ok"] is True
    assert summary["not_found"] == "NOT_FOUND"
    assert summary["invalid"] == "INVALID_REQUEST"
    assert summary["drafts"] >= 3
    print(f"{language} journey: {summary}", file=sys.stderr)
