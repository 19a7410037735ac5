"""What a file is, decided by its bytes and never by its name or declared type."""

from __future__ import annotations

import io
import zipfile

SNIFF = 8192


class NotAResume(ValueError):
    """Bytes of a type this service does not read; the message names what they look like."""


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True  # UTF-16 with a byte-order mark
    if b"\x00" in head:
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sniffed window is still text.
        if exc.start < len(head) - 4:
            try:
                text = head.decode("cp1252")
            except UnicodeDecodeError:
                return False
        else:
            text = head[: exc.start].decode("utf-8")
    printable = sum(1 for c in text if c.isprintable() or c in "\r\n\t")
    return bool(text) and printable / len(text) > 0.97


def detect_kind(data: bytes) -> str:
    """'pdf', 'docx' or 'text'; raises NotAResume for anything else."""
    head = data[:SNIFF]
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except zipfile.BadZipFile:
            raise NotAResume("The file is a damaged zip archive, not a DOCX") from None
        if "word/document.xml" in names:
            return "docx"
        if "content.xml" in names:
            raise NotAResume("OpenDocument (.odt) files are not read; save it as DOCX or PDF")
        raise NotAResume("The file is a zip archive but not a Word document")
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise NotAResume("Word 97-2003 (.doc) files are not read; save it as DOCX or PDF")
    if head.startswith(b"{\\rtf"):
        raise NotAResume("RTF files are not read; save it as DOCX or PDF")
    for magic, what in (
        (b"\x89PNG", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"\x1f\x8b", "a gzip archive"),
        (b"7z\xbc\xaf", "a 7-Zip archive"),
        (b"Rar!", "a RAR archive"),
        (b"\x7fELF", "a program"),
    ):
        if head.startswith(magic):
            raise NotAResume(f"The file is {what}; upload a PDF, DOCX or plain-text resume")
    if _looks_like_text(head):
        lowered = head.lstrip()[:200].lower()
        if lowered.startswith((b"<!doctype html", b"<html")):
            raise NotAResume("The file is an HTML page; upload a PDF, DOCX or plain-text resume")
        return "text"
    raise NotAResume("The file is not a PDF, DOCX or plain-text document")
