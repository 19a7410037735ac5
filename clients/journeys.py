"""Build and run the generated clients' journeys against a live CareerOS (part of `make test`).

    python clients/journeys.py BASE_URL [--only python,typescript,java]

Run `python clients/generate.py` first. Each journey registers its own account (a fresh
address per run), walks register → … → a 404 and a 400 through its client, and prints one JSON
line; this module checks that line and fails loudly on anything else.

* python: the generated package is put on PYTHONPATH; nothing is installed.
* typescript: `tsc -p clients/typescript` (typescript from package.json, `npm ci`), run on Node.
* java: `mvn --offline test` with clients/java/pom.xml, the journey being its one test. Maven
  Central is out of reach here, so every artifact must already be in the local repository
  (~/.m2); the one the machine lacks, httpmime, is taken from Debian's libhttpmime-java package
  and installed there.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build" / "clients"
LANGUAGES = ("python", "typescript", "java")
TIMEOUT = 300

HTTPMIME = ("org.apache.httpcomponents", "httpmime", "4.5.14")
HTTPMIME_DEBIAN = "libhttpmime-java"


class Unavailable(RuntimeError):
    """A toolchain this journey needs is not on the machine."""


class JourneyFailed(RuntimeError):
    pass


def _tool(name: str, *candidates: Path) -> str:
    for candidate in candidates:
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise Unavailable(f"`{name}` is not installed")
    return found


def _run(command: list[str], what: str, cwd: Path | str = ROOT, **kwargs) -> str:
    result = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, cwd=cwd, **kwargs)
    if result.returncode != 0:
        raise JourneyFailed(
            f"{what} failed ({result.returncode}):\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
        )
    return result.stdout


def _summary(language: str, output: str) -> dict:
    lines = [line for line in output.splitlines() if line.startswith("{")]
    if not lines:
        raise JourneyFailed(f"{language} journey printed no summary:\n{output[-4000:]}")
    summary = json.loads(lines[-1])
    if summary.get("journey") != language or summary.get("ok") is not True:
        raise JourneyFailed(f"{language} journey summary is not a success: {summary}")
    return summary


def _generated(language: str) -> Path:
    target = BUILD / language
    if not target.exists():
        raise JourneyFailed(f"{target} is missing: run `python clients/generate.py` (make clients) first")
    return target


def python(base_url: str, email: str) -> dict:
    target = _generated("python")
    env = {**os.environ, "PYTHONPATH": str(target)}
    output = _run(
        [sys.executable, str(ROOT / "clients" / "python" / "journey.py"), base_url, email], "python", env=env
    )
    return _summary("python", output)


def typescript(base_url: str, email: str) -> dict:
    _generated("typescript")
    node = _tool("node")
    tsc = ROOT / "node_modules" / ".bin" / "tsc"
    if not tsc.exists():
        raise Unavailable("node_modules/.bin/tsc is missing: run `npm ci` (make test and make clients do)")
    _run([str(tsc), "-p", str(ROOT / "clients" / "typescript")], "tsc")
    script = BUILD / "typescript-journey" / "clients" / "typescript" / "journey.js"
    return _summary("typescript", _run([node, str(script), base_url, email], "typescript journey"))


def maven_repository() -> Path:
    return Path(os.environ.get("MAVEN_REPOSITORY", Path.home() / ".m2" / "repository"))


def ensure_httpmime(mvn: str) -> None:
    """Install httpmime into the local Maven repository from Debian's package when it is absent."""
    group, artifact, version = HTTPMIME
    jar_name = f"{artifact}-{version}.jar"
    if (maven_repository() / group.replace(".", "/") / artifact / version / jar_name).exists():
        return
    if not shutil.which("apt-get") or not shutil.which("dpkg-deb"):
        raise Unavailable(f"{group}:{artifact}:{version} is not in ~/.m2 and there is no apt-get to fetch it")
    with tempfile.TemporaryDirectory() as tmp:
        _run(["apt-get", "download", HTTPMIME_DEBIAN], f"apt-get download {HTTPMIME_DEBIAN}", cwd=tmp)
        package = next(Path(tmp).glob(f"{HTTPMIME_DEBIAN}_*.deb"))
        _run(["dpkg-deb", "-x", str(package), str(Path(tmp) / "x")], "dpkg-deb")
        jar = Path(tmp) / "x" / "usr" / "share" / "java" / jar_name
        if not jar.exists():
            raise JourneyFailed(
                f"{package.name} does not carry {jar_name}: update HTTPMIME and clients/java/pom.xml"
            )
        _run(
            [
                mvn,
                "--offline",
                "--batch-mode",
                "--quiet",
                "org.apache.maven.plugins:maven-install-plugin:3.1.2:install-file",
                f"-Dfile={jar}",
                f"-DgroupId={group}",
                f"-DartifactId={artifact}",
                f"-Dversion={version}",
                "-Dpackaging=jar",
                "-DgeneratePom=true",
            ],
            "mvn install:install-file (httpmime)",
        )


def java(base_url: str, email: str) -> dict:
    _generated("java")
    _tool("java")
    mvn = _tool("mvn")
    ensure_httpmime(mvn)
    # Compiles the generated client with the journey and runs the journey as a JUnit test.
    output = _run(
        [
            mvn,
            "--offline",
            "--batch-mode",
            "-f",
            str(ROOT / "clients" / "java" / "pom.xml"),
            "test",
            f"-Djourney.base={base_url}",
            f"-Djourney.email={email}",
        ],
        "mvn test (the generated Java client and its journey)",
    )
    return _summary("java", output)


JOURNEYS = {"python": python, "typescript": typescript, "java": java}


def run(language: str, base_url: str, email: str | None = None) -> dict:
    email = email or f"{language}-journey-{uuid.uuid4().hex[:10]}@example.com"
    return JOURNEYS[language](base_url, email)


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("base_url")
    options.add_argument("--only", default=",".join(LANGUAGES))
    args = options.parse_args()
    for language in args.only.split(","):
        print(json.dumps(run(language, args.base_url)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
