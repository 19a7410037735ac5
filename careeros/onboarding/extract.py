"""Text out of a resume file, in reading order, with what the layout says about each line, and
the hostile cases refused early.

Each reader returns `Line`s: the text, and where the document says so, that it is a heading
(a Word heading style, Markdown `#`, a setext underline), its size relative to the body text,
whether it is bold, which column it sits in, and its parts as laid out (cells of a table,
segments of a PDF line separated by a wide gap, text between tabs). Limits are checked before
the expensive work: page count for PDFs, unpacked size and compression ratio for DOCX zips.

* PDF: pypdfium2 (PDFium's text layer with positions, fonts and sizes); columns are found from
  the segments' boxes (careeros.onboarding.layout) and read one after the other.
* DOCX: the body, tables (row by row, cell by cell, nested tables too), text boxes and the page
  header, in document order, with paragraph styles, bold runs and font sizes.
* Text and Markdown: `#` headings and setext (underlined) headings.
"""

from __future__ import annotations

import ctypes
import io
import itertools
import re
import unicodedata
import zipfile
from collections import Counter
from dataclasses import dataclass
from typing import Any

from careeros.onboarding.layout import (
    Segment,
    body_size,
    join_table_rows,
    join_wrapped,
    rows_of,
    split_columns,
)

MAX_PDF_PAGES = 20
MAX_DOCX_UNPACKED = 40 * 1024 * 1024
MAX_DOCX_RATIO = 150
MAX_DOCX_ENTRIES = 2000
MAX_TEXT_CHARS = 400_000
MAX_PDF_CHARS = 200_000


class UnreadableResume(Exception):
    """The file cannot be read as a resume; the message says why, for the person who sent it."""


@dataclass(frozen=True)
class Line:
    text: str
    heading: bool = False  # the document marks it a heading (Word style, Markdown, underline)
    level: int = 0  # the heading level the document gave (1 = Heading 1), 0 when none
    size: float = 1.0  # font size relative to the body text (1.0 when unknown)
    bold: bool = False
    italic: bool = False  # set in italics (known for PDFs)
    column: int = 0  # the column (or region) of the page the line was read from
    page: int = 0
    cells: tuple[str, ...] = ()  # the line's parts as laid out, when the layout shows them
    cell_sizes: tuple[float, ...] = ()  # each part's size relative to the body (PDFs)


# Icon-font names that LaTeX templates leave in the text layer (moderncv, awesome-cv).
_ICON_WORDS = re.compile(
    r"(♂¶obile-alt|/linkedin-in|/github|/envelope|/phone|/globe|/map-marker-alt|"
    r"/twitter|/home|\(cid:\d+\))"
)
_SPACES = re.compile(r"[ \u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})


_OCR_DIGIT = re.compile(r"(?<=[A-Za-z])[01](?=[a-z])")
_WORD = re.compile(r"\S+")


def _ocr_letters(match: re.Match) -> str:
    token = match.group(0)
    if "@" in token or "/" in token or token.lower().startswith("www."):
        return token
    # (only a word of letters with the odd digit: "Web3", "k8s", "i18n", "B2B" keep theirs)
    letters = sum(c.isalpha() for c in token)
    if letters < 3 or sum(c.isdigit() for c in token) > 1:
        return token
    return _OCR_DIGIT.sub(lambda m: "o" if m.group(0) == "0" else "l", token)


_RADICALS = re.compile(r"[\u2e80-\u2ef3\u2f00-\u2fd5]")
_FIELD_SPACE = re.compile(r"(?<=[\w)」』])\u3000+(?=\S)")


def clean(text: str) -> str:
    """Drop private-use glyphs (icon fonts) and control characters, normalise spaces. An
    ideographic space between a date, a Latin word or a label and what follows parts two fields
    (a Japanese career history's "2019年4月～現在　Acme"); between two CJK names it is a space."""
    text = unicodedata.normalize("NFC", text).translate(_LIGATURES)
    # CJK fonts draw an ideograph and the radical of the same shape with one glyph, and a PDF's
    # text layer may give the radical's code point ("鈴⽊" for "鈴木"): the ideograph it stands for
    text = _RADICALS.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    # OCR reads a letter as the digit of its shape inside a word ("Platf0rm", "C1oud", "Fu1l"):
    # between letters, 0 is "o" and 1 is "l" (not in an address, a handle or a version)
    if _OCR_DIGIT.search(text):
        text = _WORD.sub(_ocr_letters, text)
    text = "\n".join(
        _FIELD_SPACE.sub("\t", line) if re.search(r"[A-Za-z0-9]", line) else line for line in text.split("\n")
    )
    text = _ICON_WORDS.sub(" ", text)
    kept = []
    for char in text:
        category = unicodedata.category(char)
        if category in ("Co", "Cs") or (category == "Cc" and char not in "\t\n"):
            continue
        if char in "✉☎✆":
            continue
        kept.append(char)
    text = "".join(kept)
    return "\n".join(_SPACES.sub(" ", line).strip(" ") for line in text.split("\n"))


def _lines(text: str) -> list[Line]:
    return [Line(line) for line in clean(text).split("\n") if line.strip()]


# ---- PDF -----------------------------------------------------------------------------------

_PAGE_MARK = re.compile(r"^(?:.{0,40}[–—-]\s*)?(?:page\s*)?\d{1,2}\s*(?:/|of)\s*\d{1,2}$|^\d{1,2}$", re.I)
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demibold|,b\b|-b\b|extrabold", re.I)
_ITALIC_FONT = re.compile(r"italic|oblique|-it\b|,i\b|-i\b|ital\b|bolditalic|-bi\b", re.I)


# TeX's T1 (Cork) fonts put dashes, quotes and ligatures below code 32; a PDF that does not map
# its glyphs to Unicode leaves PDFium those codes ("2019 \x15 2021" is "2019 – 2021", "ml\x1dow"
# "mlflow").
_CORK = {
    0x10: "\u201c", 0x11: "\u201d", 0x12: "\u201e", 0x13: "\u00ab", 0x14: "\u00bb", 0x15: "\u2013",
    0x16: "\u2014", 0x19: "\u0131", 0x1B: "ff", 0x1C: "fi", 0x1D: "fl", 0x1E: "ffi", 0x1F: "ffl",
}  # fmt: skip
# Word's bullets drawn from the Symbol and Wingdings fonts reach a PDF's text layer as those
# fonts' private-use code points: the bullet they show.
_SYMBOL_BULLETS = {0xF0B7: "•", 0xF0A7: "▪", 0xF0D8: "➢", 0xF076: "•", 0xF0FC: "✓", 0xF06E: "■", 0xF0A8: "□"}


def _font_name(textpage, index: int, raw) -> str:
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    raw.FPDFText_GetFontInfo(textpage, index, buffer, 128, ctypes.byref(flags))
    return buffer.value.decode("latin-1", "replace")


# A spacing accent TeX's OT1 fonts set over (or, for a cedilla or an ogonek, under) a letter
# drawn after it: the text layer holds "Xuˆan", "Barrag´an", the page shows "Xuân", "Barragán".
_OVERLAID = {
    "ˆ": "\u0302", "`": "\u0300", "˘": "\u0306", "´": "\u0301", "¨": "\u0308", "˜": "\u0303",
    "ˇ": "\u030c", "˙": "\u0307", "˚": "\u030a", "˝": "\u030b", "¯": "\u0304", "¸": "\u0327",
    "˛": "\u0328",
}  # fmt: skip


_ACCENTED = re.compile("[" + "".join(_OVERLAID) + "]")


def _overlaid_accents(textpage, raw, count: int) -> dict[int, str]:
    """Each OT1 accent composed with the letter it stands over: {letter's index: the accented
    letter, accent's index: ""}. The accent comes before its letter in the text layer, or (raised
    over a capital, a cedilla under a letter) after it, sometimes after the rest of the word; the
    letter is the one whose box holds the middle of the accent's, at or just below its baseline."""
    if not _ACCENTED.search(textpage.get_text_range()):
        return {}
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()

    def at(index: int) -> tuple[str, float, float, float, float]:
        left, _bottom, right, _top = textpage.get_charbox(index)
        raw.FPDFText_GetCharOrigin(textpage, index, ctypes.byref(origin_x), ctypes.byref(origin_y))
        size = raw.FPDFText_GetFontSize(textpage, index) or 1.0
        return chr(raw.FPDFText_GetUnicode(textpage, index)), left, right, origin_y.value, size

    found: dict[int, str] = {}
    for index in range(count):
        accent = chr(raw.FPDFText_GetUnicode(textpage, index))
        if accent not in _OVERLAID:
            continue
        _, left, right, baseline, _ = at(index)
        middle = (left + right) / 2
        for near in sorted(range(max(0, index - 40), min(count, index + 41)), key=lambda i: abs(i - index)):
            if near == index or near in found:
                continue
            char, x0, x1, its_baseline, size = at(near)
            if (
                not char.isalpha()
                or not x0 < middle < x1
                or not -0.2 * size <= baseline - its_baseline <= 0.9 * size
            ):
                continue
            base = {"ı": "i", "ȷ": "j"}.get(char, char)  # \'{\i}: the dotless i takes the accent
            composed = unicodedata.normalize("NFC", base + _OVERLAID[accent])
            if len(composed) == 1:
                found[near], found[index] = composed, ""
                # the space PDFium made up where the pen jumped back past the accent, when the
                # letters on either side of it touch
                after = index + 1
                if (
                    after + 1 < count
                    and raw.FPDFText_IsGenerated(textpage, after) == 1
                    and at(after)[0] == " "
                    and abs(at(after + 1)[1] - x1) < 0.15 * size
                ):
                    found[after] = ""
            break
    return found


def _page_segments(page, raw) -> list[Segment]:
    """The page's characters as segments: runs on one baseline without a wide gap."""
    textpage = page.get_textpage()
    height = page.get_height()
    count = textpage.count_chars()
    segments: list[Segment] = []
    chars: list[str] = []
    state: dict[str, Any] = {"x0": 0.0, "x1": 0.0, "y": 0.0, "sizes": [], "bold": 0, "italic": 0}
    state.update(gaps=[], hard=set(), guessed=False, lead=None)
    space = hard = guessed = False
    x, y = ctypes.c_double(), ctypes.c_double()
    last_key: tuple | None = None
    bold = italic = False
    accents = _overlaid_accents(textpage, raw, count)

    def close() -> None:
        nonlocal chars
        text = "".join(chars).strip()
        if text:
            sizes = sorted(state["sizes"])
            size = sizes[len(sizes) // 2]
            if state["guessed"] or _spaced_out(state["gaps"], size):
                text = _words_by_gaps(chars, state["gaps"], state["hard"], size)
            elif state["lead"] is not None:
                # a label in bold before a list in the body's weight, a word space apart: "Cloud
                # Azure, AWS" (a description list's term), two parts of the line
                at, x_at, bold_chars = state["lead"]
                label, rest = "".join(chars[:at]).strip(), "".join(chars[at:]).strip()
                listed = rest.count(",") >= 1 and all(len(i.split()) <= 4 for i in rest.split(","))
                if 1 <= len(label.split()) <= 3 and listed and not label.endswith((",", ":", "-", "–")):
                    segments.append(
                        Segment(label, state["x0"], x_at - 0.3 * size, state["y"], size, 1.0, bold_chars)
                    )
                    rest_chars = max(1, len(sizes) - bold_chars)
                    state["x0"], state["bold"] = x_at, max(0, state["bold"] - bold_chars)
                    text, sizes = rest, sizes[:rest_chars]
            segments.append(
                Segment(
                    text=text,
                    x0=state["x0"],
                    x1=state["x1"],
                    y=state["y"],
                    size=size,
                    bold=state["bold"] / max(1, len(sizes)),
                    chars=len(sizes),
                    italic=state["italic"] / max(1, len(sizes)),
                )
            )
        chars = []
        state.update(sizes=[], bold=0, italic=0, gaps=[], hard=set(), guessed=False, lead=None)

    for index in range(count):
        code = raw.FPDFText_GetUnicode(textpage, index)
        if code == 0x02:  # PDFium marks a hyphen that broke a word at the end of a line
            if chars:
                chars.append("-")
            continue
        if code in (0x0D, 0x0A):
            if raw.FPDFText_IsGenerated(textpage, index) == 1:
                # PDFium's own guess at a line's end: the positions decide. (It guesses a break
                # between every letter of some browsers' absolutely placed boxes, and then no
                # spaces: the words are found from the gaps, see close().)
                guessed = True
                continue
            close()
            space = False
            continue
        if (
            code < 0x20
            and code not in (0x09, 0x0D, 0x0A)
            and raw.FPDFText_HasUnicodeMapError(textpage, index)
        ):
            char = _CORK.get(code, "")  # a TeX font without a map to Unicode: its own codes
            if not char:
                continue
        else:
            char = _SYMBOL_BULLETS.get(code) or chr(code)
        if index in accents:
            char = accents[index]
            if not char:
                continue
        if char.isspace():
            space = True
            hard = hard or raw.FPDFText_IsGenerated(textpage, index) != 1
            continue
        size = raw.FPDFText_GetFontSize(textpage, index) or 1.0
        left, _bottom, right, _top = textpage.get_charbox(index)
        raw.FPDFText_GetCharOrigin(textpage, index, ctypes.byref(x), ctypes.byref(y))
        baseline = height - y.value
        weight = raw.FPDFText_GetFontWeight(textpage, index)
        key = (round(size, 1), weight)
        # The face is looked up once per font object (weight and italics follow from it).
        face = raw.FPDFTextObj_GetFont(raw.FPDFText_GetTextObject(textpage, index))
        key = (key, ctypes.cast(face, ctypes.c_void_p).value)
        before = (bold, italic)
        if key != last_key:
            font = _font_name(textpage, index, raw)
            bold = weight >= 600 or bool(_BOLD_FONT.search(font))
            italic = bool(_ITALIC_FONT.search(font))
            last_key = key
        new_face = (bold, italic) != before
        if chars:
            gap = left - state["x1"]
            # Ligatures' parts share one box and kerning pulls letters back: only a long jump
            # back (another column) or forward (a gap), or another baseline, ends a segment.
            elsewhere = abs(baseline - state["y"]) > 0.35 * size or gap < -2.0 * size
            apart = gap > max(0.8 * size, 5.0) and not _next_spaced_out_word(state["gaps"], size, gap)
            if elsewhere or apart:
                close()
            else:
                # (words in two weights or styles, "Ana **Ruiz**", often have no space between
                # them in the text layer: a change of face, a gap and a capital are a new word)
                face_break = new_face and gap > 0.1 * size and char.isupper()
                if space or gap > 0.4 * size or face_break:
                    chars.append(" ")
                    if (
                        before[0]
                        and not bold
                        and state["lead"] is None
                        and state["bold"] == len(state["sizes"])
                    ):
                        state["lead"] = (len(chars), left, state["bold"])  # all bold so far
                if hard or face_break:
                    state["hard"].add(len(chars))
                state["gaps"].append((len(chars), gap))
                state["guessed"] = state["guessed"] or guessed
        if not chars:
            state.update(x0=left, y=baseline)
        chars.append(char)
        state["x1"] = max(right, left)
        state["sizes"].append(size)
        state["bold"] += bold
        state["italic"] += italic
        space = hard = guessed = False
    close()
    textpage.close()
    return _word_pieces_joined(segments)


def _word_pieces_joined(segments: list[Segment]) -> list[Segment]:
    """A word whose letters a browser drew apart in the text stream ("A", then a floated menu,
    then "aron Jarvis"): two segments on one baseline in the same type, the second starting
    within a kerning's width of the first's end, are one (where the first stood in the stream)."""
    merged: dict[int, Segment] = {}  # id of a first piece -> the whole
    dropped: set[int] = set()
    head: dict[int, int] = {}  # id of a piece -> id of the first piece of its whole
    ordered = sorted(segments, key=lambda s: (round(s.y, 1), s.x0))
    for last, segment in itertools.pairwise(ordered):
        if not (
            abs(last.y - segment.y) <= 0.1 * segment.size
            and abs(last.size - segment.size) <= 0.05 * segment.size
            and abs(last.bold - segment.bold) < 0.5
            and -0.05 * segment.size <= segment.x0 - last.x1 <= 0.12 * segment.size
            and last.text[-1:].isalpha()
            and segment.text[:1].isalpha()
        ):
            continue
        first = head.get(id(last), id(last))
        whole = merged.get(first, last)
        merged[first] = whole.followed_by(segment, whole.text + segment.text)
        head[id(segment)] = first
        dropped.add(id(segment))
    if not merged:
        return segments
    return [merged.get(id(s), s) for s in segments if id(s) not in dropped]


def _spaced_out(gaps: list[tuple[int, float]], size: float) -> bool:
    """Letter-spaced text ("E X P E R I E N C E" in the text layer): nearly every gap between its
    letters, not only between its words, is wider than normal text's."""
    if len(gaps) < 3:
        return False  # too few letters to tell ("森 治": a wide CJK glyph's margins and a space)
    ordered = sorted(g for _, g in gaps)
    return ordered[len(ordered) // 4] >= 0.15 * size


def _next_spaced_out_word(gaps: list[tuple[int, float]], size: float, gap: float) -> bool:
    """A wide gap after letter-spaced text that is only a space between two of its words (the
    letters' gap and a space, spaced out too), not another column."""
    ordered = sorted(g for _, g in gaps)
    # a first word of two or three letters ("CÔ  NHẬT") is spaced out when they stand far apart
    spaced = _spaced_out(gaps, size) or (bool(ordered) and len(ordered) < 3 and ordered[0] >= 0.25 * size)
    return spaced and gap < 4.0 * ordered[len(ordered) // 2]


def _words_by_gaps(chars: list[str], gaps: list[tuple[int, float]], hard: set[int], size: float) -> str:
    """The words of a segment whose spaces the text layer does not give: letter-spaced text, or
    letters PDFium placed on lines of their own. A gap well wider than the usual gap between its
    letters, or a space the document itself holds, ends a word ("C O N T A C T   M E" is
    "CONTACT ME")."""
    gap_before = dict(gaps)  # a letter's place in `chars` -> the gap before it
    ordered = sorted(gap_before.values())
    usual = ordered[len(ordered) // 2] if ordered else 0.0
    wide = max(1.6 * usual, usual + 0.1 * size)
    out: list[str] = []
    for index, char in enumerate(chars):
        if char.isspace():
            continue
        if out and (index in hard or gap_before.get(index, 0.0) > wide):
            out.append(" ")
        out.append(char)
    return "".join(out)


def read_pdf(data: bytes) -> list[Line]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        document = pdfium.PdfDocument(data, password="")
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise UnreadableResume(
                "The PDF is password-protected; upload a copy without a password"
            ) from None
        raise UnreadableResume("The file is not a readable PDF: it is damaged or incomplete") from None
    try:
        pages = len(document)
        if pages == 0:
            raise UnreadableResume("The PDF has no pages")
        if pages > MAX_PDF_PAGES:
            raise UnreadableResume(
                f"The PDF has {pages} pages; a resume of up to {MAX_PDF_PAGES} pages can be read"
            )
        per_page: list[list[Segment]] = []
        total = 0
        for number in range(pages):
            page = document[number]
            try:
                found = _page_segments(page, raw)
            finally:
                page.close()
            total += sum(len(s.text) for s in found)
            if total > MAX_PDF_CHARS:
                raise UnreadableResume("The PDF holds far more text than a resume; it may be damaged")
            per_page.append(found)
    except UnreadableResume:
        raise
    except Exception:  # PDFium reports damage in many ways
        raise UnreadableResume("The PDF's text could not be read: the file may be damaged") from None
    finally:
        document.close()
    body = body_size([s for page in per_page for s in page])
    lines: list[Line] = []
    region = 0
    # (a table's wrapped rows are put back first: its cells' pieces would read as columns)
    paged = [split_columns(join_table_rows(segments), body) for segments in per_page]
    for number, blocks in enumerate(paged):
        # a page in one column continues the one-column pages around it
        elsewhere = (
            [s for other, b in enumerate(paged) if other != number and len(b) == 1 for s in b[0]]
            if len(blocks) == 1
            else None
        )
        for block in blocks:
            for row in rows_of(join_wrapped(block, elsewhere)):
                parts = [(clean(s.text).strip(), s.size) for s in sorted(row.segments, key=lambda s: s.x0)]
                parts = [(c, size) for c, size in parts if c]
                cells = tuple(c for c, _ in parts)
                if not cells:
                    continue
                text = "\t".join(cells)
                if _PAGE_MARK.match(text):
                    continue
                lines.append(
                    Line(
                        text,
                        size=round(row.size / body, 2) if body else 1.0,
                        bold=row.bold,
                        italic=row.italic,
                        column=region if len(blocks) > 1 else 0,
                        page=number,
                        cells=cells,
                        cell_sizes=tuple(round(size / body, 2) if body else 1.0 for _, size in parts),
                    )
                )
            region += 1
    lines = _drop_running_heads(lines, pages)
    if not lines:
        raise UnreadableResume(
            "The PDF has no text layer (a scanned image?); upload a PDF with selectable text"
        )
    return lines


_PAGE_NUMBER = re.compile(r"\b(?:page|seite|página|pagina)\s*\d+\b", re.I)


def _telling(field: str) -> bool:
    """Long enough to tell a page's head by: five letters, or two ideographs ("张冬梅")."""
    return len(field) >= 5 or (len(field) >= 2 and all(unicodedata.category(c) == "Lo" for c in field))


def _drop_running_heads(lines: list[Line], pages: int) -> list[Line]:
    """A line printed on every page (a running header or footer: the name, "Page 2") is kept once;
    a page's foot that numbers it ("© …, Page 1 / 2") is not content at all."""
    last = {line.page: index for index, line in enumerate(lines)}
    lines = [
        line
        for index, line in enumerate(lines)
        if not (index == last[line.page] and _PAGE_NUMBER.search(line.text))
    ]
    if pages < 2:
        return lines
    # Only the first and last lines of a page can be its running head or foot: a job title
    # that two pages both hold in their middle is two jobs.
    edge: set[int] = set()
    for page in range(pages):
        numbers = [i for i, line in enumerate(lines) if line.page == page]
        edge.update(numbers[:2] + numbers[-2:])
    on_pages: dict[str, set[int]] = {}
    for index, line in enumerate(lines):
        if index in edge:
            on_pages.setdefault(line.text, set()).add(line.page)
    running = {text for text, seen in on_pages.items() if len(seen) == pages and len(text) < 80}
    # A page's head or foot in small type that repeats the first page's name or contact details
    # ("Ana Ruiz · Resume", "ana@example.com · Page 2"), even when not every page prints it.
    first_lines = [
        field.strip()
        for line in [line for line in lines if line.page == 0 and line.size >= 0.95][:6]
        for field in re.split(r"\s[·•|]\s|\t", line.text)
    ]
    kept, seen_once = [], set()
    for index, line in enumerate(lines):
        if line.text in running and index in edge:
            if line.text in seen_once:
                continue
            seen_once.add(line.text)
        elif (
            index in edge
            and len(line.text) < 90
            and (
                (line.size < 0.95 and any(_telling(top) and top in line.text for top in first_lines))
                # in body type, on a later page, it repeats two of them: the name and the address
                or (line.page > 0 and sum(_telling(top) and top in line.text for top in first_lines) >= 2)
            )
        ):
            continue
        kept.append(line)
    return kept


def pdf_columns(lines: list[Line]) -> bool:
    return any(line.column for line in lines)


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


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BULLETED = re.compile(r"^\s*[•·▪◦●○■□➢►▸‣∙*\-–—✓✔➤→]")
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


class _DocxReader:
    """Walks a Word document's XML in reading order."""

    def __init__(self, document):
        self.document = document
        self.styles = {}
        for style in document.styles:
            try:
                self.styles[style.style_id] = style.name or ""
            except Exception:  # a style without a name
                continue
        self.raw: list[tuple[str, str, bool, float, int]] = []  # text, style, bold, size, region
        # per paragraph of raw: its list level when it is a list item whose bullet we added
        self.list_levels: list[int | None] = []

    def paragraph(self, p, region: int) -> None:
        style_el = p.find(f"{_W}pPr/{_W}pStyle")
        style = self.styles.get(style_el.get(f"{_W}val"), "") if style_el is not None else ""
        # A list paragraph (Word numbering, or a list style) is a bullet whatever its glyph.
        listed = p.find(f"{_W}pPr/{_W}numPr") is not None or "list" in style.lower()
        parts, bold_chars, total, sizes = [], 0, 0, []
        boxes = []
        for node in p.iter():
            tag = node.tag
            if tag == f"{_MC}Fallback":
                continue
            if tag == f"{_W}txbxContent":
                if self._inside_fallback(node, p):
                    continue
                boxes.append(node)
            if (
                tag in (f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr")
                and not self._inside(node, p, f"{_W}txbxContent")
                # Track Changes: text deleted, or moved away from here, is not in the document
                and not self._inside(node, p, f"{_W}del")
                and not self._inside(node, p, f"{_W}moveFrom")
            ):
                if tag == f"{_W}t":
                    text = node.text or ""
                    run = node.getparent()
                    is_bold = self._run_bold(run)
                    size = self._run_size(run)
                    bold_chars += len(text) * is_bold
                    total += len(text)
                    if size:
                        sizes.append(size)
                    parts.append(text)
                elif tag == f"{_W}tab":
                    parts.append("\t")
                else:
                    parts.append("\n")
        text = "".join(parts)
        level = None
        if listed and text.strip() and not _BULLETED.match(text):
            text = "• " + text.lstrip()
            level = self._list_level(p, style)
        if text.strip():
            self.raw.append(
                (text, style, total > 0 and bold_chars / total >= 0.6, max(sizes) if sizes else 0.0, region)
            )
            self.list_levels.append(level)
        for box in boxes:
            self.block(box, region)

    @staticmethod
    def _list_level(p, style: str) -> int:
        """A list item's level: its numbering's, else the one its style's name gives ("List
        Number 2" is the second)."""
        ilvl = p.find(f"{_W}pPr/{_W}numPr/{_W}ilvl")
        if ilvl is not None and (ilvl.get(f"{_W}val") or "").isdigit():
            return int(ilvl.get(f"{_W}val"))
        found = re.search(r"\s(\d)$", style)
        return int(found.group(1)) - 1 if found else 0

    def outline_headers(self) -> None:
        """In an outline of lists (an employer with its dates, the title under it, the duties
        under that), an item with items of a deeper level under it heads them: it is no bullet,
        and neither is any item of its level in that list. Only in an outline of entries, where
        a level as high or higher gives dates on half its items or more: a duty with points of
        its own under it stays a bullet."""
        from careeros.onboarding.parser import find_period  # (the parser reads our lines)

        index = 0
        while index < len(self.raw):
            if self.list_levels[index] is None:
                index += 1
                continue
            end = index
            while end < len(self.raw) and self.list_levels[end] is not None:
                end += 1
            levels = [lv for lv in self.list_levels[index:end] if lv is not None]
            dated: dict[int, list[bool]] = {}
            for at, level in zip(range(index, end), levels, strict=True):
                dated.setdefault(level, []).append(
                    find_period(self.raw[at][0].replace("\t", " "))[0] is not None
                )
            dated_levels = [lv for lv, flags in dated.items() if 2 * sum(flags) >= len(flags)]
            heads = {
                a for a, b in itertools.pairwise(levels) if b > a and any(lv <= a for lv in dated_levels)
            }
            for at in range(index, end):
                if self.list_levels[at] in heads:
                    text, style, bold, size, region = self.raw[at]
                    self.raw[at] = (text[2:], style, bold, size, region)  # (the "• " we added)
            index = end

    @staticmethod
    def _inside(node, stop, tag) -> bool:
        parent = node.getparent()
        while parent is not None and parent is not stop:
            if parent.tag == tag:
                return True
            parent = parent.getparent()
        return False

    def _inside_fallback(self, node, stop) -> bool:
        return self._inside(node, stop, f"{_MC}Fallback")

    @staticmethod
    def _run_bold(run) -> bool:
        if run is None:
            return False
        b = run.find(f"{_W}rPr/{_W}b")
        return b is not None and b.get(f"{_W}val", "true") not in ("0", "false")

    @staticmethod
    def _run_size(run) -> float:
        if run is None:
            return 0.0
        sz = run.find(f"{_W}rPr/{_W}sz")
        try:
            return int(sz.get(f"{_W}val")) / 2 if sz is not None else 0.0
        except (TypeError, ValueError):
            return 0.0

    def table(self, tbl, region: int) -> None:
        for row in tbl.findall(f"{_W}tr"):
            cells = row.findall(f"{_W}tc")
            per_cell = []
            for index, cell in enumerate(cells):
                start = len(self.raw)
                self.block(cell, region + index if len(cells) > 1 else region)
                per_cell.append(self.raw[start:])
                del self.raw[start:]
            self.raw.extend(_row_in_reading_order(per_cell))

    def block(self, container, region: int) -> None:
        for child in container:
            tag = child.tag
            if tag == f"{_W}p":
                self.paragraph(child, region)
            elif tag == f"{_W}tbl":
                self.table(child, region)
            elif tag == f"{_W}sdt":
                content = child.find(f"{_W}sdtContent")
                if content is not None:
                    self.block(content, region)


_YEAR = re.compile(r"\b(19|20)\d\d\b|\b(present|current|now)\b", re.I)


def _row_in_reading_order(per_cell: list[list[tuple]]) -> list[tuple]:
    """A table row as a reader takes it. A row of one line per cell is one line, its cells its
    parts. A row used as a grid: one cell holds an entry (its name, its title, its bullets) and
    the cells beside it one short line each, the dates among them ("2019 – 2022 | Acme … | Oslo").
    A reader takes the row's top line across — dates, name, place — then the rest of the entry;
    read cell by cell, the place would come after the bullets and pass for the next entry."""
    filled = [cell for cell in per_cell if cell]
    if len(filled) > 1 and all(len(cell) == 1 for cell in filled):
        # one line per cell: the row is one line ("Cloud | AWS, Terraform"), its parts its cells
        top = filled[0][0]
        return [("\t".join(cell[0][0].strip() for cell in filled), *top[1:])]
    main = [cell for cell in filled if len(cell) > 1]
    side = [cell for cell in filled if len(cell) == 1]
    if (
        len(main) != 1
        or not side
        or any(len(cell[0][0]) > 40 for cell in side)
        or not any(_YEAR.search(cell[0][0]) for cell in side)
    ):
        return [paragraph for cell in per_cell for paragraph in cell]
    top = main[0][0]
    across = "\t".join(cell[0][0].strip() for cell in filled)
    return [(across, *top[1:]), *main[0][1:]]


def _docx_default_size(document) -> float:
    """The size of text that says none: the Normal style's, else the document defaults', else
    Word's 11 points."""
    try:
        size = document.styles["Normal"].font.size
        if size is not None:
            return float(size.pt)
    except (KeyError, ValueError):
        pass
    defaults = document.styles.element.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_W}sz")
    try:
        return int(defaults.get(f"{_W}val")) / 2 if defaults is not None else 11.0
    except (TypeError, ValueError):
        return 11.0


def read_docx(data: bytes) -> list[Line]:
    import docx

    check_docx_zip(data)
    try:
        document = docx.Document(io.BytesIO(data))
        reader = _DocxReader(document)
        for section in document.sections:  # the page header often holds the name and contact,
            # the footer the contact details: both before the body, where a page's top is read
            for edge in (
                section.header,
                section.first_page_header,
                section.footer,
                section.first_page_footer,
            ):
                try:
                    if not edge.is_linked_to_previous or edge in (section.header, section.footer):
                        reader.block(edge._element, 0)
                except Exception:
                    continue
        from_edges = len(reader.raw)  # what the page's header and footer hold
        reader.block(document.element.body, 0)
        reader.outline_headers()
    except UnreadableResume:
        raise
    except Exception:
        raise UnreadableResume("The file is not a readable DOCX: its contents are damaged") from None
    # A run without a size of its own has the document's default; the body's size is the one
    # most of the text is set in (a short resume's large name must not pass for its body).
    default = _docx_default_size(document)
    sizes: Counter[float] = Counter()
    for text, _, _, size, _ in reader.raw:
        sizes[round(size or default)] += len(text.strip())
    body = sizes.most_common(1)[0][0] if sizes else 0
    lines: list[Line] = []
    seen_header: set[str] = set()
    for number, (text, style, bold, size, region) in enumerate(reader.raw):
        level = 1 if style == "Title" else int(style[8:]) if re.fullmatch(r"Heading \d", style) else 0
        for part in clean(text).split("\n"):
            if not part.strip():
                continue
            cells = tuple(c.strip() for c in part.split("\t") if c.strip())
            line = Line(
                "\t".join(cells),
                heading=level > 0,
                level=level,
                size=round((size or default) / body, 2) if body else 1.0,
                bold=bold,
                column=region,
                cells=cells,
            )
            # (the body's top repeating the page header's line is read once; a job title that
            # repeats the headline under the name is a line of its own)
            if line.text in seen_header and region == 0 and len(lines) < 10:
                continue
            if number < from_edges:
                seen_header.add(line.text)
            lines.append(line)
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


# A Markdown ("## Skills") or AsciiDoc ("== Skills") heading: its level is the marks' count.
_MARKDOWN = re.compile(r"^\s{0,3}(#{1,6}|={1,6})\s+(?=\S)")
_UNDERLINE = re.compile(r"^\s*(=+|-+|~+|\*+|_+)\s*$")
# Words between the same marks on both sides: a banner or a box's side ("=== SKILLS ===").
_FRAMED = re.compile(r"^\s*(?P<mark>[=*#~+_-])(?P=mark)*\s+(?P<text>\S(?:.*\S)?)\s+(?P=mark)+\s*$")
# Dot leaders join a label to its value ("Cloud ........ AWS, Terraform"): "Cloud: AWS, …".
_LEADER = re.compile(r"(?<=\S) ?(?:\.{3,}|…{2,}|·{3,}) ?(?=\S)")
# Inline markup of Markdown, reStructuredText, AsciiDoc and Org is layout, not content: strong
# (**x**, __x__), emphasis (*x*, _x_), literals (`x`, ``x``). A bullet's "* " is not
# emphasis (the star is followed by a space), nor is snake_case (a word character either side).
_INLINE_MARKUP = (
    re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"),
    re.compile(r"(?<![\w*])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])"),
    re.compile(r"(``?)(?=\S)(.+?)(?<=\S)\1"),
)
# A reStructuredText field (":Email: a@b.c") is a label and its value.
_FIELD = re.compile(r"^:([^:\s][^:]{0,40}):(?=\s)")


def _unmarked(line: str) -> str:
    for pattern in _INLINE_MARKUP:
        line = pattern.sub(r"\2", line)
    return _LEADER.sub(": ", _FIELD.sub(r"\1:", line))


# A table row of Markdown or Org ("| 2019 – 2021 | Engineer | Acme |"); its rule ("|---|:--|").
_PIPE_ROW = re.compile(r"^\s*\|(.+)\|\s*$")
# (a grid table's rules too: "+-----+", and "+=====+" under its header)
_PIPE_RULE = re.compile(r"^\s*\|?[\s:|+=-]*(?:-{3,}|\+={3,})[\s:|+=-]*\|?\s*$")
# Items written as inline code, one after another ("`Go` `Rust` `SQL`"): a list.
_LITERALS = re.compile(r"^(?:\s*`[^`]+`\s*[,;·•|]?)+$")


# Org mode: "#+TITLE: Ana Ruiz" keywords, "** Heading" outlines, timestamps "<2019-05-01 Wed>".
_ORG_KEYWORD = re.compile(r"^\s*#\+(?P<key>[A-Za-z_]+):\s*(?P<value>.*)$")
_ORG_HEADING = re.compile(r"^(\*{1,6})\s+(?=\S)")
_ORG_STAMP = re.compile(r"[<\[](\d{4}-\d{2}(?:-\d{2})?)(?:\s+[A-Za-z]{2,3}\.?)?(?:\s+\d{1,2}:\d{2})?[>\]]")


# A static site's front matter (Jekyll, Hugo, Eleventy): "---", "key: value" lines, "---".
_FRONT_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
_FRONT_KEPT = ("name", "author", "title", "headline", "subtitle", "label", "email", "phone", "location")


_HTML_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)(?=[\s/>])[^<>]*?(/?)>")  # not "<jo@example.com>"
_HTML_BLOCKS = {
    "p",
    "div",
    "details",
    "summary",
    "li",
    "ul",
    "ol",
    "table",
    "tr",
    "br",
    "hr",
    "section",
    "center",
}
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_IMG_ALT = re.compile(r"<img\b[^>]*?\balt=[\"']([^\"']*)[\"'][^>]*>", re.I)


def _html_in_markdown(raw: list[str]) -> list[str]:
    """Markdown with HTML in it (a GitHub profile README): headings <h1>-<h6> become Markdown
    headings, block tags (<p>, <br>, <summary>, <li>...) end lines, other tags go, entities are
    decoded; images stand for their alt text, and a line of badge images is a list of what they
    name ("![Python](…) ![Go](…)" is "Python, Go"). Texts with no HTML are untouched."""
    import html

    if not any(_HTML_TAG.search(line) for line in raw[:200]):
        return raw
    text = "\n".join(raw)
    text = re.sub(
        r"<h([1-6])\b[^>]*>(.*?)</h\1>",
        lambda m: "\n" + "#" * int(m.group(1)) + " " + m.group(2) + "\n",
        text,
        flags=re.S,
    )
    text = _IMG_ALT.sub(lambda m: f" ![{m.group(1)}]() ", text)
    text = _HTML_TAG.sub(lambda m: "\n" if m.group(2).lower() in _HTML_BLOCKS else "", text)
    out = []
    for line in html.unescape(text).split("\n"):
        images = _MD_IMAGE.findall(line)
        if images and not _MD_IMAGE.sub("", line).strip():
            line = ", ".join(alt.strip() for alt in images if alt.strip())
        else:
            line = _MD_IMAGE.sub(lambda m: m.group(1), line)
        out.append(line.rstrip())
    return out


_QUOTE_MARK = re.compile(r"^\s*(?:>\s?)+")


def _forwarded(raw: list[str]) -> list[str]:
    """A resume forwarded in an e-mail and saved as text: most of its lines quoted ("> ",
    "> > "). The quoted lines are the resume, without their marks; the mail's own lines (its
    headers, the forwarder's note) are not."""
    filled = [line for line in raw if line.strip()]
    quoted = [line for line in filled if _QUOTE_MARK.match(line)]
    if len(filled) < 6 or len(quoted) < 0.6 * len(filled):
        return raw
    return [_QUOTE_MARK.sub("", line) for line in raw if _QUOTE_MARK.match(line) or not line.strip()]


def _title_block(raw: list[str]) -> list[str]:
    """pandoc's title block: up to three lines starting "% " at the top (title, authors, date),
    which a CV in pandoc's Markdown uses for the name and the contact details."""
    start = next((i for i, line in enumerate(raw) if line.strip()), len(raw))
    end = start
    while end < len(raw) and end - start < 3 and raw[end].startswith("% "):
        end += 1
    if end == start:
        return raw
    return [*raw[:start], *(line[2:].strip() for line in raw[start:end]), *raw[end:]]


def _front_matter(raw: list[str]) -> list[str]:
    """A Markdown file's YAML front matter as the lines a resume would print: the values of the
    keys that say who the person is and how to reach them (name, title, email, phone...), the
    name's first; the site's own keys (layout, permalink, tags) are left out. Files without front
    matter are returned as they are."""
    start = next((i for i, line in enumerate(raw) if line.strip()), None)
    if start is None or raw[start].strip() != "---":
        return raw
    end = next(
        (i for i in range(start + 1, min(len(raw), start + 40)) if raw[i].strip() in ("---", "...")), None
    )
    if end is None:
        return raw
    values: dict[str, str] = {}
    for line in raw[start + 1 : end]:
        match = _FRONT_KEY.match(line)
        if match and match.group("key").lower() in _FRONT_KEPT and match.group("value"):
            values.setdefault(match.group("key").lower(), match.group("value").strip("'\""))
    return [values[k] for k in _FRONT_KEPT if k in values] + raw[end + 1 :]


def _org(raw: list[str]) -> list[str]:
    """An Org file's lines as plain lines: keywords' values (the title is the name), headings
    marked as Markdown's, timestamps as dates and their ranges with a dash."""
    out = []
    for line in raw:
        keyword = _ORG_KEYWORD.match(line)
        if keyword:
            if keyword.group("key").upper() in ("TITLE", "AUTHOR", "EMAIL", "PHONE", "SUBTITLE", "ADDRESS"):
                out.append(keyword.group("value"))
            continue
        line = _ORG_HEADING.sub(lambda m: "#" * len(m.group(1)) + " ", line)
        line = _ORG_STAMP.sub(r"\1", line)
        line = re.sub(r"(?<=\d)\s*--\s*(?=\d|now\b)", " – ", line)
        out.append(line)
    return out


# A LaTeX source uploaded as text (the .tex, not its PDF).
_TEX_SOURCE = re.compile(r"\\documentclass|\\begin\{document\}")
# Commands whose argument is a section's name, a heading, or the page's top.
_TEX_SECTION = re.compile(r"^\s*\\(?:sub)*section\*?\{(?P<name>[^{}]*)\}\s*$")
_TEX_NAME = re.compile(r"^\s*\\(?:name|author|firstname|familyname)\{(?P<a>[^{}]*)\}(?:\{(?P<b>[^{}]*)\})?")
_TEX_FIELD = re.compile(
    r"^\s*\\(?:email|phone|mobile|address|homepage|title)(?:\[[^\]]*\])?\{(?P<value>[^{}]*)\}"
)
# moderncv's entries: \cventry{years}{title}{employer}{town}{grade}{description}
_TEX_CVENTRY = re.compile(r"^\s*\\cv(?:entry|item|listitem)\*?((?:\{[^{}]*\})+)")
_TEX_ESCAPES = {
    "\\&": "&",
    "\\%": "%",
    "\\$": "$",
    "\\#": "#",
    "\\_": "_",
    "~": " ",
    "---": "—",
    "--": "–",
    "``": '"',
    "''": '"',
}


def _tex_text(line: str) -> str:
    """A line of LaTeX as the words it prints: commands that style their argument keep it
    (\\textbf{Title}), a link keeps its text, \\hfill parts two fields, the rest goes."""
    line = re.sub(r"(?<!\\)%.*$", "", line)  # a comment
    line = re.sub(r"\\href\{[^{}]*\}\{([^{}]*)\}", r"\1", line)
    line = re.sub(r"\\(?:hfill|hspace\*?\{[^{}]*\}|quad|qquad|tab)\b\s*", "\t", line)
    line = re.sub(r"\\\\(?:\[[^\]]*\])?", "", line)  # a line break
    line = re.sub(
        r"^\s*\\item(?:\[([^\]]*)\])?\s*", lambda m: f"{m.group(1)}: " if m.group(1) else "- ", line
    )
    for _ in range(3):  # \textbf{\emph{x}}: the innermost first
        line = re.sub(r"\\[a-zA-Z]+\*?(?:\[[^\]]*\])?\{([^{}]*)\}", r"\1", line)
    line = re.sub(r"\\[a-zA-Z]+\*?", "", line)  # switches: \Large, \bfseries, \centering
    for code, char in _TEX_ESCAPES.items():
        line = line.replace(code, char)
    return re.sub(r"[{}]", "", line).strip()


def _latex_source(raw: list[str]) -> list[str]:
    """A LaTeX source's lines as plain lines: the preamble left out but for the name and contact
    fields it sets, sections as Markdown headings, moderncv's entries as their fields, and every
    other line as the words it prints."""
    out = []
    in_body = not any(r"\begin{document}" in line for line in raw)
    for line in raw:
        if r"\begin{document}" in line:
            in_body = True
            continue
        name = _TEX_NAME.match(line)
        field = _TEX_FIELD.match(line)
        if name:
            out.append(" ".join(p for p in (name.group("a"), name.group("b")) if p))
            continue
        if field:
            out.append(_tex_text(field.group("value")))
            continue
        if not in_body or re.match(
            r"^\s*\\(?:begin|end|usepackage|documentclass|maketitle|newcommand)\b", line
        ):
            continue
        section = _TEX_SECTION.match(line)
        if section:
            out += ["", f"## {_tex_text(section.group('name'))}", ""]
            continue
        entry = _TEX_CVENTRY.match(line)
        if entry:
            fields = [_tex_text(f) for f in re.findall(r"\{([^{}]*)\}", entry.group(1))]
            out.append("\t".join(f for f in fields if f))
            continue
        out.append(_tex_text(line))
    return out


# Text laid out in columns of characters: a run of words, and the gap of 3 or more spaces that
# ends it inside a line.
_RUN = re.compile(r"\S+(?: {1,2}\S+)*")
_INNER_GAP = re.compile(r"\S {3,}(?=\S)")
# The page a monospaced text would print on: a character's width and a line's height, in points.
_CHAR, _LINE, _SIZE = 6.0, 12.0, 10.0


def _columns_of_text(raw: list[str]) -> list[str] | None:
    """A text whose layout was kept in spaces (a two-column resume saved as text, `pdftotext
    -layout`) read like a PDF page: each character's column is its position, so the columns are
    found, and read one after the other, by the same rules as a PDF's (layout.split_columns). A
    column of dates or places beside its rows stays with them. None when the text is not laid out
    in columns (most texts: nothing changes for them)."""
    content = [line for line in raw if line.strip() and not _PIPE_ROW.match(line)]
    if len(content) < 8 or sum(bool(_INNER_GAP.search(line)) for line in content) < 0.3 * len(content):
        return None
    segments = [
        Segment(
            run.group(), run.start() * _CHAR, run.end() * _CHAR, number * _LINE, _SIZE, 0.0, len(run.group())
        )
        for number, line in enumerate(raw)
        for run in _RUN.finditer(line.expandtabs(8))
    ]
    blocks = split_columns(segments, _SIZE)
    if len(blocks) < 2:
        return None
    out: list[str] = []
    for block in blocks:
        out.extend("\t".join(row.cells) for row in rows_of(block))
        out.append("")
    return out


_ITEM_START = re.compile(r"^\s*(?:[-*•·▪◦‣+>]|\d{1,2}[.)])\s")
_ENDS_OPEN_TEXT = re.compile(r"(?:[,(/&–—-]|\b(?:and|or|of|the|in|at|for|to|with|a|an))\s*$", re.I)
_ENDS_CLOSED = re.compile(r"(?:\b(?:18|19|20)\d{2}|[.)!?:])\s*$")


def _unwrapped(raw: list[str]) -> list[str]:
    """Text hard-wrapped at a fixed width (a job board's or a mail program's plain text): a
    line that a word of the next one would not have fitted after, near the width itself, goes on
    in the next one, unless that starts an item of its own (a bullet), or the line is complete
    (it ends in a year or a full stop) and the next starts anew in a capital. Only a text that
    is wrapped - several lines ending within a few characters of its longest - is touched."""
    filled = [len(line.rstrip()) for line in raw if line.strip()]
    if len(filled) < 8:
        return raw
    width = max(filled)
    near = sum(width - 12 <= n <= width for n in filled)
    if not 40 <= width <= 100 or near < max(4, 0.2 * len(filled)):
        return raw

    def prose(line: str) -> bool:  # not a rule, a table's row, a layout in spaces, a heading's marks
        return any(c.isalnum() for c in line) and (
            "|" not in line
            and "\t" not in line
            and "   " not in line.strip()
            and line.lstrip()[:1] not in "#=:"
        )

    # and the wrapping shows: lines near the width going on in lower case, with a number (a
    # date's year) or after an open end
    shown = sum(
        1
        for above, below in itertools.pairwise(raw)
        if prose(above)
        and prose(below)
        and len(above.rstrip()) >= width - 15
        and below.strip()
        and not _ITEM_START.match(below)
        and (
            below.strip()[:1].islower()
            or below.strip()[:1].isdigit()
            or _ENDS_OPEN_TEXT.search(above.rstrip())
        )
    )
    if shown < 2:
        return raw
    out: list[str] = []
    for line in raw:
        if (
            out
            and prose(out[-1])
            and prose(line)
            and out[-1].strip()
            and line.strip()
            and not _ITEM_START.match(line)
        ):
            above = out[-1].rstrip()
            first = line.split()[0]
            indent, above_indent = len(line) - len(line.lstrip()), len(above) - len(above.lstrip())
            text_start = len(m.group(0)) if (m := _ITEM_START.match(above)) else above_indent
            fits = len(above) + 1 + len(first) <= width
            complete = bool(_ENDS_CLOSED.search(above)) and first[:1].isupper()
            if (
                not fits
                and len(above) >= width - 15
                and indent in (above_indent, text_start)
                and (not complete or _ENDS_OPEN_TEXT.search(above))
            ):
                out[-1] = f"{above} {line.strip()}"
                continue
        out.append(line)
    return out


def _json_date(value) -> str | None:
    match = re.match(r"^\s*((?:19|20)\d{2})(?:-(\d{1,2}))?", str(value or ""))
    if not match:
        return None
    return f"{int(match.group(2)):02d}/{match.group(1)}" if match.group(2) else match.group(1)


def _json_resume(text: str) -> list[Line] | None:
    """A JSON Resume document (jsonresume.org) uploaded as it is: its fields laid out as the
    lines of a plain resume, in the shapes the parser reads for certain ("Title | Company" and
    the dates beside it). None when the text is not such a document."""
    import json

    if not text.lstrip().startswith("{"):
        return None
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):  # not JSON, or nested past any resume's depth
        return None
    if not isinstance(document, dict) or not ({"basics", "work"} & document.keys()):
        return None
    return _structured_lines(document)


_YAML_CV = re.compile(r"^(?:\s*#[^\n]*\n|\s*\n)*cv:\s*$", re.M)


def _rendercv_yaml(text: str) -> list[Line] | None:
    """A RenderCV input file (YAML: "cv:" with "name", "email", "phone" and "sections" of
    entries) uploaded as it is, read as the structure it is. None when it is not one."""
    import yaml

    head = _YAML_CV.match(text)
    if not head:
        return None
    try:
        document = yaml.safe_load(text)
    except (yaml.YAMLError, RecursionError, ValueError):
        return None
    cv = document.get("cv") if isinstance(document, dict) else None
    if not isinstance(cv, dict):
        return None
    from careeros.onboarding.parser import heading_section  # (the parser reads our lines)

    resume: dict = {"basics": {k: cv.get(k) for k in ("name", "email", "phone", "label")}}
    resume["basics"]["label"] = cv.get("label") or cv.get("headline")
    found = cv.get("sections")
    sections: dict = found if isinstance(found, dict) else {}
    for title, entries in list(sections.items())[:30]:
        kind = heading_section(str(title).replace("_", " "))
        if not isinstance(entries, list):
            continue
        entries = [e for e in entries[:200] if isinstance(e, dict)]
        if kind == "experience":
            resume.setdefault("work", []).extend(_rendercv_job(e) for e in entries)
        elif kind == "education":
            resume.setdefault("education", []).extend(
                {"institution": e.get("institution"), "studyType": e.get("degree"), "area": e.get("area"),
                 "startDate": e.get("start_date"), "endDate": e.get("end_date")}
                for e in entries
            )  # fmt: skip
        elif kind == "skills":
            resume.setdefault("skills", []).extend(
                {
                    "name": e.get("label"),
                    "keywords": [k.strip() for k in str(e.get("details", "")).split(",")],
                }
                for e in entries
            )
    return _structured_lines(resume)


def _rendercv_job(entry: dict) -> dict:
    """A RenderCV experience entry as JSON Resume's work item."""
    end = entry.get("end_date")
    highlights = entry.get("highlights")
    return {
        "name": entry.get("company"),
        "position": entry.get("position"),
        "startDate": entry.get("start_date"),
        "endDate": None if str(end or "present").lower() == "present" else end,
        "highlights": highlights if isinstance(highlights, list) else [],
    }


def _structured_lines(document: dict) -> list[Line]:
    """A resume given as data (JSON Resume's fields), laid out as the lines of a plain resume."""

    def strings(value) -> str:
        return value.strip() if isinstance(value, str) else ""

    def items(key: str) -> list[dict]:
        value = document.get(key)
        return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []

    found = document.get("basics")
    basics: dict = found if isinstance(found, dict) else {}
    lines: list[Line] = []
    if strings(basics.get("name")):
        lines.append(Line(strings(basics["name"]), True, 1, size=2.0))
    if strings(basics.get("label")):
        lines.append(Line(strings(basics["label"])))
    contact = [strings(basics.get(k)) for k in ("email", "phone") if strings(basics.get(k))]
    if contact:
        lines.append(Line(" | ".join(contact)))

    def entry(head: str, start, end, current: bool) -> None:
        begin, finish = _json_date(start), _json_date(end)
        # (a school may be given only its last year)
        period = (
            f"{begin} – {'Present' if current else (finish or '')}".strip(" –") if begin else (finish or "")
        )
        cells = tuple(c for c in (head, period) if c)
        lines.append(Line("\t".join(cells), bold=True, cells=cells if len(cells) > 1 else ()))

    if items("work"):
        lines.append(Line("Experience", True, 2, size=1.3))
        for job in items("work"):
            head = " | ".join(
                v for v in (strings(job.get("position")), strings(job.get("name") or job.get("company"))) if v
            )
            if head:
                entry(head, job.get("startDate"), job.get("endDate"), not job.get("endDate"))
                for highlight in job.get("highlights") or []:
                    if strings(highlight):
                        lines.append(Line("• " + strings(highlight)))
    if items("education"):
        lines.append(Line("Education", True, 2, size=1.3))
        for school in items("education"):
            degree = " in ".join(
                v for v in (strings(school.get("studyType")), strings(school.get("area"))) if v
            )
            head = " | ".join(v for v in (degree, strings(school.get("institution"))) if v)
            if head:
                entry(head, school.get("startDate"), school.get("endDate"), False)
    if items("skills"):
        lines.append(Line("Skills", True, 2, size=1.3))
        for skill in items("skills"):
            keywords = [strings(k) for k in skill.get("keywords") or [] if strings(k)]
            if keywords:
                lines.append(Line(", ".join(keywords)))
            elif strings(skill.get("name")):
                lines.append(Line(strings(skill["name"])))
    return [
        Line(clean(line.text), line.heading, line.level, line.size, line.bold, cells=line.cells)
        for line in lines
    ]


def read_text(data: bytes) -> list[Line]:
    text = decode_text(data)
    if len(text) > MAX_TEXT_CHARS:
        raise UnreadableResume(f"The text is {len(text)} characters long; that is not a resume")
    structured = _json_resume(text) or _rendercv_yaml(text)
    if structured:
        return structured
    typed = text.replace("\r\n", "\n").split("\n")
    typed = _forwarded(typed)
    columns = _columns_of_text(typed)
    # (a hard-wrapped text is put back together before its indents are cleaned away)
    raw = clean("\n".join(columns if columns is not None else _unwrapped(typed))).split("\n")
    raw = _html_in_markdown(_title_block(_front_matter(raw)))
    if sum(bool(_TEX_SOURCE.search(line)) for line in raw[:60]) >= 1:
        raw = _latex_source(raw)
    if sum(bool(_ORG_KEYWORD.match(line)) for line in raw[:30]) >= 1 and any(
        _ORG_HEADING.match(line) for line in raw
    ):
        raw = _org(raw)
    lines: list[Line] = []
    for index, line in enumerate(raw):
        if not line.strip():
            continue
        if _UNDERLINE.match(line):
            # A setext heading: the line above, underlined with = or -, is a heading.
            if (
                lines
                and raw[index - 1].strip()
                and len(line.strip()) >= max(3, len(raw[index - 1].strip()) // 2)
            ):
                previous = lines.pop()
                lines.append(
                    Line(previous.text, True, 1 if line.strip()[0] == "=" else 2, cells=previous.cells)
                )
            continue
        if _PIPE_RULE.match(line) and ("-" in line or "+=" in line):
            continue  # a table's rule
        row = _PIPE_ROW.match(line)
        if row:
            cells = tuple(c for c in (_unmarked(c.strip()).strip() for c in row.group(1).split("|")) if c)
            if cells:
                lines.append(Line("\t".join(cells), cells=cells))
            continue
        if len(re.findall(r"`[^`]+`", line)) >= 2 and _LITERALS.match(line):
            line = ", ".join(re.findall(r"`([^`]+)`", line))
        framed = _FRAMED.match(line)
        if framed:
            # "===== EXPERIENCE =====", "## Skills ##", a box's "* Ana Ruiz *": the words inside
            # the marks, a heading (a box of one line holds the name)
            text_line = _unmarked(framed.group("text")).strip()
            lines.append(Line(text_line, True, 1, cells=(text_line,)))
            continue
        marks = _MARKDOWN.match(line)
        level = len(marks.group(1)) if marks else 0
        # Markdown emphasis is layout, not content.
        text_line = _unmarked(_MARKDOWN.sub("", line).strip()).strip()
        if text_line:
            cells = tuple(c.strip() for c in re.split(r"\t| {3,}", text_line) if c.strip())
            lines.append(Line("\t".join(cells), level > 0, level, cells=cells))
    if not lines:
        raise UnreadableResume("The file has no text")
    return lines


READERS = {"pdf": read_pdf, "docx": read_docx, "text": read_text}


def read(data: bytes, kind: str) -> list[Line]:
    return READERS[kind](data)
