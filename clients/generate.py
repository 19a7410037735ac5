"""Generate the CareerOS clients from openapi/careeros.yaml (`make clients`), into build/clients/.

    python clients/generate.py [--out build/clients] [--only python,typescript,java]

* python: openapi-python-client (package `careeros_client`)
* typescript: openapi-generator `typescript-fetch`
* java: openapi-generator `java` with the `native` library (java.net.http)

Every generator's output is read, and a warning about the spec fails the run: the spec is to be
fixed, not the output. The one exception is listed in EXPECTED with the reason it stays.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "careeros.yaml"
BIN = Path(sys.executable).parent
LANGUAGES = ("python", "typescript", "java")

# Messages that are not about the spec, or that no spec change could remove.
EXPECTED = {
    # The Java generator never renders an object example of a request body into its docs
    # ("they don't compile properly"); the only way to silence it is to drop the examples
    # that every other consumer of the spec uses.
    "java": [re.compile(r"Ignoring complex example on request body")],
}
WARNING = re.compile(r"^\[main\] (WARN|ERROR)\b|^WARNING\b|Warning\(s\) encountered", re.MULTILINE)


class GeneratorWarning(RuntimeError):
    pass


def api_version() -> str:
    return yaml.safe_load(SPEC.read_text())["info"]["version"]


def versions() -> dict[str, str]:
    return {
        "openapi-python-client": version("openapi-python-client"),
        "openapi-generator-cli": version("openapi-generator-cli"),
    }


def _run(language: str, command: list[str]) -> str:
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=600)
    output = result.stdout + result.stderr
    if result.returncode != 0:
        raise GeneratorWarning(f"{language} generator failed:\n{output[-5000:]}")
    problems = []
    for line in output.splitlines():
        if not WARNING.search(line):
            continue
        if any(pattern.search(line) for pattern in EXPECTED.get(language, [])):
            continue
        problems.append(line)
    if problems:
        raise GeneratorWarning(
            f"{language} generator warned about the spec:\n" + "\n".join(problems) + f"\n{output[-3000:]}"
        )
    return output


def python(out: Path) -> Path:
    target = out / "python"
    _run(
        "python",
        [
            str(BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(SPEC),
            "--output-path",
            str(target),
            "--config",
            str(ROOT / "clients" / "python" / "config.yaml"),
            "--meta",
            "setup",
            "--overwrite",
        ],
    )
    return target


def _openapi_generator(language: str, generator: list[str], target: Path, properties: dict[str, str]) -> Path:
    if target.exists():
        shutil.rmtree(target)
    props = ",".join(f"{k}={v}" for k, v in properties.items())
    _run(
        language,
        [
            str(BIN / "openapi-generator-cli"),
            "generate",
            "-i",
            str(SPEC),
            "-o",
            str(target),
            *generator,
            "--additional-properties",
            props,
            "--global-property",
            "apiTests=false,modelTests=false",
        ],
    )
    return target


def typescript(out: Path) -> Path:
    return _openapi_generator(
        "typescript",
        ["-g", "typescript-fetch"],
        out / "typescript",
        {"npmName": "@careeros/client", "npmVersion": api_version(), "supportsES6": "true"},
    )


def java(out: Path) -> Path:
    return _openapi_generator(
        "java",
        ["-g", "java", "--library", "native"],
        out / "java",
        {
            "groupId": "dev.careeros",
            "artifactId": "careeros-client",
            "artifactVersion": api_version(),
            "invokerPackage": "dev.careeros.client",
            "apiPackage": "dev.careeros.client.api",
            "modelPackage": "dev.careeros.client.model",
            # JsonNullable needs a library Maven cannot have offline here; nullable fields are
            # plain nullable references instead.
            "openApiNullable": "false",
            "hideGenerationTimestamp": "true",
        },
    )


GENERATE = {"python": python, "typescript": typescript, "java": java}


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--out", type=Path, default=ROOT / "build" / "clients")
    options.add_argument("--only", default=",".join(LANGUAGES))
    args = options.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for language in args.only.split(","):
        target = GENERATE[language](args.out)
        print(f"{language:<11} {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
    print("generators: " + ", ".join(f"{k} {v}" for k, v in versions().items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
