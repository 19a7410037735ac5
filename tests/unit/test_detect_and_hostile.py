"""File types come from bytes; hostile files end as a clear failure, quickly, in a sandbox."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from careeros.onboarding.detect import NotAResume, detect_kind
from careeros.onboarding.sandbox import ParseFailed, parse_isolated
from tests import fixtures


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (fixtures.resume_pdf(), "pdf"),
        (fixtures.resume_docx(), "docx"),
        (fixtures.resume_text(), "text"),
        ("Jörg Müller\nDatenbanken\n".encode("utf-16"), "text"),
        ("Café résumé\n".encode("cp1252"), "text"),
        (b"# Markdown resume\n\n- item\n", "text"),
    ],
)
def test_types_are_read_from_the_bytes(data, kind):
    assert detect_kind(data) == kind


def _zip(names):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "x")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "PNG"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, ".doc"),
        (_zip(["content.xml", "mimetype"]), ".odt"),
        (_zip(["xl/workbook.xml"]), "not a Word document"),
        (b"<!DOCTYPE html><html><body>cv</body></html>", "HTML"),
        (bytes(range(256)) * 20, "not a PDF, DOCX or plain-text"),
        (b"\x7fELF\x02\x01\x01", "program"),
    ],
)
def test_anything_else_is_refused_with_what_it_looks_like(data, words):
    with pytest.raises(NotAResume) as caught:
        detect_kind(data)
    assert words in str(caught.value)


@pytest.mark.parametrize(
    ("build", "kind", "words"),
    [
        (fixtures.zip_bomb_docx, "docx", "zip bomb"),
        (fixtures.billion_laughs_docx, "docx", "not a readable DOCX"),
        (fixtures.encrypted_pdf, "pdf", "password-protected"),
        (fixtures.many_pages_pdf, "pdf", "3000 pages"),
        (fixtures.junk_with_pdf_header, "pdf", "not a readable PDF"),
        (fixtures.truncated_pdf, "pdf", "not a readable PDF"),
    ],
    ids=[
        "zip-bomb",
        "billion-laughs",
        "encrypted",
        "thousands-of-pages",
        "junk-with-pdf-header",
        "truncated",
    ],
)
def test_hostile_files_fail_with_a_clear_reason(build, kind, words):
    with pytest.raises(ParseFailed) as caught:
        parse_isolated(build(), kind)
    assert words in str(caught.value)


def test_a_pdf_encrypted_only_against_editing_is_read():
    assert parse_isolated(fixtures.encrypted_pdf(password=""), "pdf")["name"] == "Maria Garcia-Lopez"


def test_the_sandbox_has_a_wall_clock_limit():
    # A reader that never finishes is stopped by the parent: here the limit is set below the
    # time the child needs even to start.
    with pytest.raises(ParseFailed) as caught:
        parse_isolated(fixtures.resume_pdf(), "pdf", wall_seconds=0.001)
    assert "longer than" in str(caught.value)


def test_the_sandbox_limits_memory():
    # Inside the child, allocating far past the address-space limit fails as a MemoryError,
    # which the child reports; the parent and its memory are untouched.
    import subprocess
    import sys

    code = (
        "from careeros import sandbox; sandbox._limit_self(256 * 1024 * 1024, 10); "
        "x = bytearray(512 * 1024 * 1024)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "MemoryError" in result.stderr


def test_the_sandbox_sees_no_secrets(monkeypatch):
    from careeros.sandbox import child_env

    monkeypatch.setenv("CAREEROS_SECRET_KEY", "must-not-leak-" + "x" * 30)
    monkeypatch.setenv("CAREEROS_DATABASE_URL", "postgresql://user:password@db/careeros")
    assert not [k for k in child_env() if k.startswith("CAREEROS_")]
    assert parse_isolated(b"Name Person\nSkills\nPython\n", "text")["skills"] == ["Python"]


@pytest.mark.parametrize(
    "build",
    [fixtures.truncated_pdf, fixtures.junk_with_pdf_header, fixtures.billion_laughs_docx],
    ids=["truncated-pdf", "junk-pdf", "billion-laughs"],
)
def test_failure_reasons_are_words_not_exception_names(build):
    data = build()
    with pytest.raises(ParseFailed) as caught:
        parse_isolated(data, "docx" if data[:2] == b"PK" else "pdf")
    reason = str(caught.value)
    assert not re.search(r"\(\w+(Error|Exception)\)|[a-z][A-Z]\w*Error", reason), reason
    assert reason[0].isupper() and len(reason.split()) >= 5
