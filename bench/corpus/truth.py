"""Ground truth for a rendered resume: the facts of its JSON Resume document that the rendering
actually shows, found in text a reference extractor reads (pdftotext from Debian's poppler for
PDFs, the document XML for DOCX, the file itself for text). A theme that does not print the
company, or a year, simply has none in its truth.

Rules (the same as ../shared/resumes/SOURCES.md): name, email and phone as printed; skills are
the items of the skills lists (category labels left out); experience is title and company with
the start and end (None for a current job); education is degree, university and the end year.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
import zipfile
from pathlib import Path

# TeX's T1 (Cork) fonts without a map to Unicode leave pdftotext their own codes below 32 for
# dashes, quotes and ligatures: what the page shows is the glyph ("Sta\x1b" is "Staff").
_CORK = str.maketrans({
    0x10: "\u201c", 0x11: "\u201d", 0x12: "\u201e", 0x13: "\u00ab", 0x14: "\u00bb", 0x15: "\u2013",
    0x16: "\u2014", 0x19: "\u0131", 0x1B: "ff", 0x1C: "fi", 0x1D: "fl", 0x1E: "ffi", 0x1F: "ffl",
})  # fmt: skip


def reference_text(path: Path, kind: str) -> str:
    if kind == "pdf":
        # pdftotext's reading order, and the order the text was drawn in (-raw): a table cell's
        # wrapped lines ("Seoul National" over "University") stand together only in the second,
        # while the first interleaves them with the next cell's. A value shown in either is shown.
        return "\n".join(
            subprocess.run(
                ["pdftotext", "-enc", "UTF-8", *mode, str(path), "-"], capture_output=True, check=True
            )
            .stdout.decode()
            .translate(_CORK)
            for mode in ((), ("-raw",))
        )
    if kind == "docx":
        with zipfile.ZipFile(path) as archive:
            xml = " ".join(
                archive.read(n).decode("utf-8")
                for n in archive.namelist()
                # (the page header and footer are printed on the page as much as the body)
                if n.startswith("word/")
                and n.endswith(".xml")
                and any(p in n for p in ("document", "header", "footer"))
            )
        return re.sub(r"<[^>]+>", " ", xml)
    text = path.read_text()
    # (a TeX source shows "Maldonado & Sons" as "Maldonado \& Sons": the escaped form is it too)
    return text + "\n" + re.sub(r"\\([&%$#_])", r"\1", text) if "\\documentclass" in text else text


def norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = text.replace("&amp;", "&").replace("&#39;", "'").replace("&apos;", "'").replace("\u2019", "'")
    return re.sub(r"\s+", " ", text).strip()


def shown(value: str | None, text: str) -> bool:
    if not value:
        return False
    if len(norm(value)) <= 3:  # "R", "Go", "C#": a word of the text, not any three letters in it
        return re.search(rf"(?<![\w+#]){re.escape(norm(value))}(?![\w+#])", text) is not None
    return norm(value) in text


_PHONE_ON_A_LINE = re.compile(r"[+(]?\(?\d[\d \t().\-\u2010-\u2015/]{5,}\d")
_PHONE_LIKE = re.compile(r"[+(]?\(?\d[\d\s().\-\u2010-\u2015/]{5,}\d")


def printed_phone(phone: str | None, raw: str) -> str | None:
    """The phone as the document prints it: a run of the text with the same digits."""
    if not phone:
        return None
    digits = re.sub(r"\D", "", phone)
    text = unicodedata.normalize("NFKC", raw)
    # (a run within one line first: one that ran on over a line break took the next line's
    # figures, "540-5178" and "7+ years"; a number wrapped in a narrow cell is found whole by
    # the run that crosses the break)
    on_a_line = list(_PHONE_ON_A_LINE.finditer(text))
    for match in [*on_a_line, *_PHONE_LIKE.finditer(text)]:
        candidate = match.group(0).strip()
        found = re.sub(r"\D", "", candidate)
        # the same number, perhaps written nationally (a leading 0, no country code); within a
        # line, not a wrapped number's last part alone ("8828 9597" of "+44 (0) 20 8828 9597")
        national = len(found) >= 8 and len(digits) >= 8 and found[-8:] == digits[-8:]
        if match in on_a_line and len(found) < len(digits) - 3:
            national = False
        if found == digits or national:
            # keep "(+44)" whole when the document writes it so
            start = match.start()
            if candidate.startswith("+") and start > 0 and raw[start - 1 : start] == "(":
                candidate = "(" + candidate
            return candidate
    return None


def truth(resume: dict, path: Path, kind: str) -> dict:
    raw = reference_text(path, kind)
    # (a word written with a hyphen and broken there at a line's end, "Test-" over "driven", is
    # shown whole too)
    text = norm(raw) + "\n" + norm(re.sub(r"(?<=\w)-\n\s*(?=\w)", "-", raw))
    # (and a letter a scan read as the digit of its shape, "Platf0rm", is the word a reader sees)
    if re.search(r"(?<=[A-Za-z])[01](?=[a-z])", raw):
        text += "\n" + norm(re.sub(r"(?<=[A-Za-z])[01](?=[a-z])", lambda m: "lo"[m.group(0) == "0"], raw))
    b = resume["basics"]
    years = lambda value: int(value[:4]) if value else None  # noqa: E731
    experience = []
    for job in resume["work"]:
        start, end = years(job["startDate"]), years(job.get("endDate"))
        dated = str(start) in text
        experience.append(
            {
                "title": job["position"] if shown(job["position"], text) else None,
                "company": job["name"] if shown(job["name"], text) else None,
                "start_year": start if dated else None,
                "end_year": end if dated else None,
                "current": job.get("endDate") is None if dated else None,
            }
        )
    education = []
    for edu in resume["education"]:
        year = years(edu["endDate"])
        education.append(
            {
                "degree": f"{edu['studyType']} in {edu['area']}",
                "university": edu["institution"] if shown(edu["institution"], text) else None,
                "year": year if str(year) in text else None,
            }
        )
    return {
        "name": b["name"],
        # an address a narrow column breaks over two lines is still printed
        "email": b["email"] if norm(b["email"]).replace(" ", "") in text.replace(" ", "") else None,
        "phone": printed_phone(b.get("phone"), raw),
        "skills": [k for s in resume["skills"] for k in s["keywords"] if shown(k, text)],
        "experience": [e for e in experience if e["title"] or e["company"]],
        "education": [e for e in education if e["university"]],
    }
