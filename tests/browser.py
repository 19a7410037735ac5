"""A real browser for the tests: Debian's Chromium driven by Playwright, on loopback only.

Playwright's own browser download is never used (it needs the internet): the tests launch the
machine's Chromium (`make test` installs Debian's `chromium` under CI). Without it, outside CI,
a browser test is skipped with the reason; under CI=true it fails.
"""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from urllib.parse import urlsplit

import pytest

LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


def chromium_path() -> str:
    found = (
        os.environ.get("CAREEROS_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    )
    if found:
        return found
    message = "Chromium not found (Debian: apt-get install chromium, or set CAREEROS_CHROMIUM)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message + "; under CI the browser tests are required", pytrace=False)
    pytest.skip(message)


@contextmanager
def browser_page(**context_options):
    """A fresh page whose every request outside loopback is refused and recorded in
    `page.refused` (the test asserts there were none: the UI must work with no internet)."""
    executable = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable,
            # root in a container has no user namespace sandbox; nothing but loopback is loaded
            args=["--no-sandbox", "--disable-dev-shm-usage"],
        )
        try:
            context = browser.new_context(**context_options)
            refused: list[str] = []

            def guard(route):
                url = urlsplit(route.request.url)
                if url.scheme in ("data", "blob") or url.hostname in LOOPBACK:
                    route.continue_()
                else:
                    refused.append(route.request.url)
                    route.abort()

            context.route("**/*", guard)
            page = context.new_page()
            page.set_default_timeout(15_000)
            page.refused = refused
            yield page
        finally:
            browser.close()
