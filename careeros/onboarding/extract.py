"""Text out of a resume file, in reading order, with the hostile cases refused early.

Each reader returns lines; a line a document marks as a heading (a Word heading style) says so,
so the section finder does not have to guess there. Limits are checked before the expensive
work: page count for PDFs, unpacked size and compression ratio for DOCX zips.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass

MAX_PDF_PAGES = 20
MAX_DOCX_UNPACKED = 40 * 1024 * 1024
MAX_DOCX_RATIO = 150
MAX_DOCX_ENTRIES = 2000
MAX_TEXT_CHARS = 400_000


class UnreadableResume(Exception):
    """The file cannot be read as a resume; the message says why, for the person who sent it."""


@dataclass(frozen=True)
class Line:
    text: str
    heading: bool = False
    level: int = 0  # the Word heading level when the document gave one (1 = Heading 1)


# Icon-font names that LaTeX templates leave in the text layer (moderncv, awesome-cv).
_ICON_WORDS = re.compile(
    r"(♂¶obile-alt|/linkedin-in|/github|/envelope|/phone|/globe|/map-marker-alt|"
    r"/twitter|/home|\(cid:\d+\))"
)
_SPACES = re.compile(r"[ \u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def clean(text: str) -> str:
    """Drop private-use glyphs (icon fonts) and control characters, normalise spaces."""
    text = unicodedata.normalize("NFC", text)
    text = _ICON_WORDS.sub(" ", text)
    kept = []
    for char in text:
        category = unicodedata.category(char)
        if category == "Co" or (category == "Cc" and char not in "\t\n"):
            continue
        if char in "✉☎✆":
            continue
        kept.append(char)
    text = "".join(kept)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def _lines(text: str) -> list[Line]:
    return [Line(line) for line in clean(text).split("\n") if line.strip()]


# ---- PDF -----------------------------------------------------------------------------------

_PAGE_MARK = re.compile(r"^(?:.{0,40}[–—-]\s*)?(?:page\s*)?\d{1,2}\s*(?:/|of)\s*\d{1,2}$|^\d{1,2}$", re.I)


def read_pdf(data: bytes) -> list[Line]:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            # Many PDFs are "encrypted" with an empty password only to forbid editing.
            try:
                if not reader.decrypt(""):
                    raise UnreadableResume("The PDF is password-protected; upload a copy without a password")
            except (NotImplementedError, DependencyError):
                raise UnreadableResume("The PDF uses an encryption this service cannot open") from None
        pages = len(reader.pages)
    except UnreadableResume:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError):
        raise UnreadableResume("The file is not a readable PDF: it is damaged or incomplete") from None
    if pages == 0:
        raise UnreadableResume("The PDF has no pages")
    if pages > MAX_PDF_PAGES:
        raise UnreadableResume(
            f"The PDF has {pages} pages; a resume of up to {MAX_PDF_PAGES} pages can be read"
        )
    chunks = []
    try:
        for page in reader.pages:
            chunks.append(page.extract_text() or "")
    except Exception:  # pypdf raises many types on malformed content streams
        raise UnreadableResume("The PDF's text could not be read: the file may be damaged") from None
    lines = [line for line in _lines("\n".join(chunks)) if not _PAGE_MARK.match(line.text)]
    if not lines:
        raise UnreadableResume(
            "The PDF has no text layer (a scanned image?); upload a PDF with selectable text"
        )
    return lines


# ---- DOCX ----------------------------------------------------------------------------------


def check_docx_zip(data: bytes) -> None:
    """Refuse zip bombs before python-docx inflates anything."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise UnreadableResume("The file is not a readable DOCX (a damaged zip)") from None
    entries = archive.infolist()
    if len(entries) > MAX_DOCX_ENTRIES:
        raise UnreadableResume(f"The DOCX holds {len(entries)} parts; that is not a resume")
    unpacked = sum(e.file_size for e in entries)
    if unpacked > MAX_DOCX_UNPACKED:
        raise UnreadableResume(
            f"The DOCX unpacks to {unpacked // (1024 * 1024)} MB; that looks like a zip bomb, not a resume"
        )
    for entry in entries:
        if (
            entry.compress_size
            and entry.file_size / entry.compress_size > MAX_DOCX_RATIO
            and entry.file_size > 1 << 20
        ):
            raise UnreadableResume(
                f"The DOCX part {entry.filename} is compressed {entry.file_size // entry.compress_size}"
                ":1; that looks like a zip bomb, not a resume"
            )
    if "word/document.xml" not in {e.filename for e in entries}:
        raise UnreadableResume("The zip is not a Word document (no word/document.xml)")


def read_docx(data: bytes) -> list[Line]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    check_docx_zip(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:
        raise UnreadableResume("The file is not a readable DOCX: its contents are damaged") from None
    lines: list[Line] = []

    def paragraph(p: Paragraph) -> None:
        style = (p.style.name if p.style is not None else "") or ""
        level = 1 if style == "Title" else int(style[8:]) if re.fullmatch(r"Heading \d", style) else 0
        for part in clean(p.text).split("\n"):
            if part.strip():
                lines.append(Line(part.strip(), level > 0, level))

    # Paragraphs and tables in document order (many templates lay a resume out in a table).
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph(Paragraph(child, document))
        elif tag == "tbl":
            for row in Table(child, document).rows:
                seen = set()
                cells = []
                for cell in row.cells:  # merged cells repeat: keep each once
                    if id(cell._tc) not in seen:
                        seen.add(id(cell._tc))
                        cells.append(cell)
                texts = [clean(c.text) for c in cells]
                if sum(bool(t.strip()) for t in texts) <= 1:
                    for c in cells:
                        for p in c.paragraphs:
                            paragraph(p)
                else:
                    for part in "\t".join(t.replace("\n", " ") for t in texts).split("\n"):
                        if part.strip():
                            lines.append(Line(part.strip()))
    if not lines:
        raise UnreadableResume("The DOCX has no text")
    return lines


# ---- plain text ----------------------------------------------------------------------------


def decode_text(data: bytes) -> str:
    for encoding in ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig",):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", errors="replace")


_MARKDOWN = re.compile(r"^\s{0,3}#{1,6}\s+")


def read_text(data: bytes) -> list[Line]:
    text = decode_text(data)
    if len(text) > MAX_TEXT_CHARS:
        raise UnreadableResume(f"The text is {len(text)} characters long; that is not a resume")
    lines = []
    for raw in clean(text).split("\n"):
        if not raw.strip() or set(raw.strip()) <= set("=-_*#~"):
            continue
        marks = _MARKDOWN.match(raw)
        level = marks.group(0).count("#") if marks else 0
        # Markdown emphasis is layout, not content.
        text_line = re.sub(r"(\*\*|__)(.+?)\1", r"\2", _MARKDOWN.sub("", raw).strip()).strip()
        if text_line:
            lines.append(Line(text_line, level > 0, level))
    if not lines:
        raise UnreadableResume("The file has no text")
    return lines


READERS = {"pdf": read_pdf, "docx": read_docx, "text": read_text}


def read(data: bytes, kind: str) -> list[Line]:
    return READERS[kind](data)
