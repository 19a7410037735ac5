"""Resume parser accuracy per layout, on ../shared/resumes and on the generated corpus
(bench/corpus), printed as JSON. Layouts the parser was tuned on and layouts added after its
last change (held out) are reported apart: only the held-out figure is a result.

Scoring (the rules of ../shared/resumes/SOURCES.md): name (case-insensitively), email and phone
exactly, after whitespace and dash normalisation; skills as case-insensitive sets; experience
by title and company, education by university, each fuzzy-matched (similarity ≥ 0.8,
one to one). Durations and years: of the matched entries whose truth has them, the share whose
start and end years (or "present") are right, and for education the year.

    .venv/bin/python bench/resume_accuracy.py [--corpus build/corpus] [--build] [--verbose LAYOUT]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import time
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from careeros.onboarding.detect import detect_kind  # noqa: E402
from careeros.onboarding.extract import read  # noqa: E402
from careeros.onboarding.parser import parse  # noqa: E402

# The layouts the parser was developed against. Every other layout was added after the last
# change of the parser and is held out: its figure is the one that counts.
#
# Freeze 1 (bench/results/resume_accuracy_freeze1.json): the parser built on the first eleven
# layouts, measured on thirteen it had never seen. Those thirteen were then worked on, so they
# joined the tuned set; the parser was frozen again and six layouts added after it (freeze 2,
# resume_accuracy_freeze2.json). Those six were worked on in turn, then three more layouts were
# added after the third freeze (resume_accuracy_freeze3.json), worked on, two after the fourth
# (resume_accuracy_freeze4.json), three after the fifth (resume_accuracy_freeze5.json) and seven
# after the sixth (resume_accuracy_freeze6.json), then eight, thirteen, nine and four after the
# seventh to tenth (freeze7-10.json), each worked on in turn, and three written here after the
# eleventh (freeze11.json: two Typst templates and a word processor's grid), worked on in turn,
# and four after the twelfth (freeze12.json: a Typst page with a band and a right-hand column, a
# personal web page printed, a word table of section labels, a Markdown resume of tables),
# worked on in turn, and four after the thirteenth (freeze13.json: moderncv with a timeline of
# bars, an academic CV in the article class, a site builder's page with skill bars and a
# timeline, an Org-mode file), worked on in turn, and four after the fourteenth (freeze14.json:
# the Europass online editor's CV, a page flowing in two newspaper columns, a Typst column of
# dates, a resume wizard's Word file with right-aligned tab stops), worked on in turn, and four
# each after the fifteenth and sixteenth (freeze15.json, freeze16.json), worked on in turn, and
# four after the seventeenth (freeze17.json: a Word resume saved as PDF by LibreOffice, a design
# tool's export with letter-spaced capitals, a German tabular CV in Word, a French CV as text),
# worked on in turn, and four after the eighteenth (freeze18.json: ReadableCV, an HTML-tables
# page printed by wkhtmltopdf, a Word file with tracked changes, hard-wrapped plain text), worked
# on in turn, and four after the nineteenth (freeze19.json: harnon-cv's timeline, a Word file in
# two newspaper columns as PDF, a page of cards, pandoc Markdown with definition lists), worked
# on in turn, and four after the twentieth (freeze20.json: a GitHub profile README, a Japanese
# career history in Word, a Word table of jobs under a header row, the German CV as PDF),
# worked on in turn, and four after the twenty-first (freeze21.json: a Spanish web page, an
# Italian text CV, a JSON Resume file uploaded as text, a plain Word resume as PDF), worked on
# in turn, and four after the twenty-second (freeze22.json: the Japanese CV as PDF, a Portuguese
# web page, a RenderCV YAML file uploaded as text, a Hebrew CV in Word), worked on in turn, and
# four after the twenty-third (freeze23.json: a profile page as the browser prints it, a
# Chinese resume page, a resume forwarded in an e-mail, a Word header of a photo and contact
# details), worked on in turn, and four after the twenty-fourth (freeze24.json: a networking
# site's own "Save to PDF", a job board's downloaded resume, Jake's Resume in LaTeX, Markdown as a
# chat assistant writes it), worked on in turn, and four after the twenty-fifth (freeze25.json:
# a word processor's serif template as Word, a resume builder's PDF, an Awesome-CV look-alike,
# plain text for applicant-tracking systems), worked on in turn, and four after the
# twenty-sixth (freeze26.json: a word processor's own template with the name on two lines, the
# serif template as PDF, a hand-made LaTeX article CV, a profile pasted as text), worked on in
# turn, and four after the twenty-seventh (freeze27.json: chips in a right-hand column, a
# timeline rail of years, a Word table per entry, a cover letter before the resume), worked on
# in turn, and four after the twenty-eighth (freeze28.json: a student's resume with projects and
# activities, a paged web resume with running heads, a Dutch CV in Word, the Word table per
# entry as PDF), worked on in turn, and four after the twenty-ninth (freeze29.json: the business
# school template, two equal columns under a band, a French CV in Word, the word processor's
# template as PDF), worked on in turn, and four after the thirtieth (freeze30.json: a Spanish
# text CV of labelled fields, a dense one-page web resume, a Word table with a right-hand column,
# the Dutch CV as PDF), worked on in turn, and four after the thirty-first (freeze31.json: a
# Word right-aligned tab per entry, the same as PDF, a German web page, the Word photo header as
# PDF), worked on in turn, and four after the thirty-second (freeze32.json: a Word header only on
# later pages, an Italian web page, a personal site's resume page, the right-hand Word column as
# PDF), worked on in turn, and four after the thirty-third (freeze33.json: the Word header on
# later pages as PDF, a Swedish web page, a classic American Word resume, Markdown jobs as
# headings), worked on in turn, and four after the thirty-fourth (freeze34.json: a Czech web
# page, a LaTeX CV of two minipages, a Word resume with the contact details in the page footer,
# plain text with banner headings), worked on in turn, and four after the thirty-fifth
# (freeze35.json: an Indian Word CV with a qualifications table and labelled jobs, a Polish web
# page, a functional resume as text, a startup-style web page with "Jan '19"), worked on in
# turn, and four after the thirty-sixth (freeze36.json: a Word resume of Word's own styles, a
# Turkish web page, an academic's CV as text, the Indian Word CV as PDF), worked on in turn, and
# four after the thirty-seventh (freeze37.json: a Vietnamese web page, the Word-styles resume as
# PDF, an Arabic web page right to left, a bilingual CV), worked on in turn, and four after
# the thirty-eighth (freeze38.json: the Hebrew Word CV as PDF, a Korean web page, a LaTeX CV's
# source uploaded as text, a web resume in three columns), worked on in turn, and four after
# the thirty-ninth (freeze39.json: an Indonesian web page, a note-taking app's page as PDF, a
# LaTeX CV in twocolumn, plain text of ASCII-art grid tables), worked on in turn, and four after
# the fortieth (freeze40.json: a Greek web page, the Word footer resume as PDF, a resume
# builder's "Employment History", text pasted from a spreadsheet), worked on in turn, and four
# after the forty-first (freeze41.json: a Romanian web page, the classic American Word resume as
# PDF, text with emoji pasted from a profile, a Hungarian web page with year-first dates), worked
# on in turn, and four after the forty-second (freeze42.json: a Russian job site's CV page, the
# Europass CV in Word, a wkhtmltopdf page with a floated right sidebar, a Word table saved as
# plain text), worked on in turn, and four after the forty-third (freeze43.json: the Europass
# Word CV as PDF, a site builder's page with percentages, a Word outline of numbered lists, a
# tracking system's text export of labelled fields), worked on in turn, and four after the
# forty-fourth (freeze44.json: a centre timeline with the jobs left and right of it, the Word
# outline as PDF, a blog theme's page with its menu and widgets, a resume read back by OCR),
# worked on in turn, and four after the forty-fifth (freeze45.json: a LaTeX CV with Font Awesome
# icons, a two-page web resume with a running head, a "modern" Word template, a Russian CV as
# plain text of labelled fields), worked on in turn, and four after the forty-sixth
# (freeze46.json: a phone's narrow page, the "modern" Word template as PDF, a horizontal timeline
# of jobs, a developer's Markdown with links), not worked on: they are the held-out figure of the
# parser as it stands.
TUNED = {
    "shared",
    # freeze 1
    "theme:even", "theme:elegant", "theme:stackoverflow", "latex:moderncv-banking", "latex:paracol",
    "rendercv:sb2nov", "docx:headings", "docx:sidebar", "text:caps", "text:markdown",
    # held out at freeze 1, worked on before freeze 2
    "theme:flat", "theme:kendall", "theme:macchiato", "theme:paper", "theme:spartan", "theme:caffeine",
    "latex:moderncv-oldstyle", "latex:europecv", "rendercv:moderncv", "rendercv:engineeringclassic",
    "docx:table", "docx:textboxes", "text:underlined",
    # held out at freeze 2, worked on before freeze 3
    "theme:onepage-plus", "theme:short", "theme:modern",
    "latex:moderncv-classic", "latex:moderncv-casual", "latex:moderncv-fancy",
    # held out at freeze 3, worked on before freeze 4
    "theme:classy", "latex:currvita", "text:colon",
    # held out at freeze 4, worked on before freeze 5
    "docx:compact", "text:rst",
    # held out at freeze 5, worked on before freeze 6
    "docx:timeline", "text:asciidoc", "text:fixed",
    # held out at freeze 6, worked on before freeze 7
    "theme:actual", "theme:autumn", "theme:ace", "theme:rocketspacer", "theme:slick", "theme:cora",
    "latex:tabular",
    # held out at freeze 7, worked on before freeze 8
    "theme:crisp", "theme:eloquent", "theme:pumpkin", "theme:tachyons-clean", "theme:direct",
    "theme:compact", "theme:simple-red", "theme:lucide",
    # held out at freeze 8, worked on before freeze 9
    "theme:onepage", "theme:minyma", "theme:dinesh", "theme:flat-fr", "theme:github", "theme:mantra",
    "theme:paper-plus-plus", "theme:simple", "theme:straightforward", "theme:jacrys", "theme:student",
    "latex:simplecv", "latex:curve",
    # held out at freeze 9 (resume_accuracy_freeze9.json), worked on before freeze 10
    "theme:elite", "theme:simplistic", "theme:fresh", "theme:keloran", "theme:full", "theme:srt",
    "theme:elegant-fr", "theme:minimal", "theme:onepage-fr",
    # held out at freeze 10 (resume_accuracy_freeze10.json), worked on before freeze 11
    "latex:europasscv", "html:profile", "html:docs", "text:pasted",
    # held out at freeze 11 (resume_accuracy_freeze11.json), worked on before freeze 12
    "typst:sidebar", "typst:compact", "docx:grid",
    # held out at freeze 12 (resume_accuracy_freeze12.json), worked on before freeze 13
    "typst:rightbar", "html:portfolio", "docx:labels", "text:mdtable",
    # held out at freeze 13 (resume_accuracy_freeze13.json), worked on before freeze 14
    "latex:timeline", "latex:academic", "html:bars", "text:org",
    # held out at freeze 14 (resume_accuracy_freeze14.json), worked on before freeze 15 (the
    # column of dates; the two-column flow is read better since a header no longer hides a gutter)
    "html:europass", "html:newspaper", "typst:dateleft", "docx:tabstops",
    # held out at freeze 15 (resume_accuracy_freeze15.json), worked on before freeze 16 (text
    # laid out in columns; a header over equal columns; a margin of dates under full-width section
    # names; a place in italics after its company, in a PDF whose fonts carry no names, is still
    # glued)
    "typst:halves", "html:smallcaps", "docx:controls", "text:layout",
    # held out at freeze 16 (resume_accuracy_freeze16.json), worked on since (a name in two
    # weights; front matter; a Markdown first section named by its writer; surname particles)
    "html:icons", "html:alternating", "typst:modern", "text:frontmatter",
    # held out at freeze 17 (resume_accuracy_freeze17.json), worked on since (letter-spaced
    # capitals; letters PDFium puts on lines of their own; Word's Symbol-font bullets; a heading
    # wrapped with its date at a tab stop; German and French section names, "seit", "depuis")
    "office:sidebar", "html:canva", "docx:lebenslauf", "text:francais",
    # held out at freeze 18 (resume_accuracy_freeze18.json), worked on since (TeX fonts without a
    # map to Unicode; a justified date column in pieces; a section's name in its first row's
    # cell, wrapped; hard-wrapped text; Track Changes. Still short: the wkhtmltopdf page, whose
    # shrunk table cells sit closer than a word space of the type's nominal size)
    "latex:readablecv", "wkhtml:tables", "docx:revisions", "text:wrapped",
    # held out at freeze 19 (resume_accuracy_freeze19.json), worked on since (a title block; a
    # company's initials in a badge; a bullet glued to the line above; a row of cards with one
    # card under it; bullets drawn apart from their text; a place beside the name in smaller
    # type. Still short: harnon-cv, whose negative spacing sets headings on the lines above)
    "latex:harnon", "office:columns", "html:cards", "text:deflist",
    # held out at freeze 20 (resume_accuracy_freeze20.json), worked on since (HTML in Markdown
    # and badge images; Japanese section names, "2019年4月～現在", "氏名", corner brackets, the
    # ideographic comma and space)
    "text:readme", "docx:japanese", "docx:headed", "office:lebenslauf",
    # held out at freeze 21 (resume_accuracy_freeze21.json), worked on since (a JSON Resume file
    # read as the structure it is; Spanish, Italian and Portuguese months and "present"s; a
    # town after the dates under a job)
    "html:spanish", "text:italiano", "text:jsonresume", "office:headings",
    # held out at freeze 22 (resume_accuracy_freeze22.json), worked on since (a RenderCV YAML
    # file read as structure; Hebrew and Arabic section names and "present"s)
    "office:japanese", "html:portuguese", "text:yaml", "docx:hebrew",
    # held out at freeze 23 (resume_accuracy_freeze23.json), worked on since (a resume quoted in
    # a forwarded mail. Still short: the printed profile page - logos' alt text wrapped beside
    # each job, dates followed by how long they lasted, endorsement counts taken for skills)
    "html:linkedinweb", "html:chinese", "text:quoted", "docx:photo",
    # held out at freeze 24 (resume_accuracy_freeze24.json), worked on since (the time used or
    # the level in brackets after a skill; TeX's OT1 accents set over their letters; a short list
    # alone on the last page; a whole date range is not wrapped into the line after it; a town
    # alone after a job's dates)
    "html:linkedinpdf", "html:indeed", "latex:jake", "text:assistant",
    # held out at freeze 25 (resume_accuracy_freeze25.json), worked on since (a name in capitals
    # over a town in the contact line; "COMPANY — Town" over "Title, dates"; a job's dates level
    # with a sidebar item; a table's label starting its row; a one-letter skill)
    "docx:gdocs", "html:builder", "latex:awesome", "text:ats",
    # held out at freeze 26 (resume_accuracy_freeze26.json; _corrected.json after the article
    # CV's generator was mended), worked on since (spaced-out section names in Word and text; a
    # first name over the surname; a profile page's own words; a bold term before a list)
    "docx:polished", "office:gdocs", "latex:article", "text:profilepaste",
    # held out at freeze 27 (resume_accuracy_freeze27.json), worked on since (a cover letter
    # before the resume; a rail of stacked years; chips wrapping in rows)
    "html:chips", "html:rail", "docx:jobtables", "text:coverletter",
    # held out at freeze 28 (resume_accuracy_freeze28.json), worked on since (Dutch; a running
    # head that repeats the name or the e-mail; a title wrapped in a narrow table cell)
    "html:student", "html:paged", "docx:dutch", "office:jobtables",
    # held out at freeze 29 (resume_accuracy_freeze29.json), worked on since (French dates
    # written out; a town in brackets after a plain company name; interests among skills)
    "html:harvard", "html:halves", "docx:francais", "office:polished",
    # held out at freeze 30 (resume_accuracy_freeze30.json), worked on since (labelled fields in
    # other languages; a "Skills:" line with no section; a school's name wrapped after one word)
    "text:etiquetas", "html:compact", "docx:rightbar", "office:dutch",
    # held out at freeze 31 (resume_accuracy_freeze31.json), worked on since (a phone number
    # wrapped in a narrow cell)
    "docx:righttab", "office:righttab", "html:german", "office:photo",
    # held out at freeze 32 (resume_accuracy_freeze32.json), worked on since (a typed bullet's
    # wrapped line a point left of the bullet's ink)
    "docx:headerpage2", "html:italiano", "html:minimal", "office:rightbar",
    # held out at freeze 33 (resume_accuracy_freeze33.json), worked on since (section names in a
    # language the vocabulary lacks, found by their type; Nordic words; employers in bold
    # capitals over "Title (dates)"; a later page's head in body type; "S.A." as a suffix)
    "office:headerpage2", "html:swedish", "docx:classicus", "text:mdheadings",
    # held out at freeze 34 (resume_accuracy_freeze34.json, _corrected.json after the truth read
    # Word's page footers), worked on since (a range's end wrapped in a narrow date cell; a word
    # for "now" the lists lack; banners and boxes in text; Word's page footer; a degree's field
    # wrapped before its head noun)
    "html:czech", "latex:minipages", "docx:footer", "text:banners",
    # held out at freeze 35 (resume_accuracy_freeze35.json), worked on since (labels as CVs in
    # India write them and a header row of alternatives; months of more languages; small print
    # at the foot; skill groups over sentences; years after an apostrophe)
    "docx:indian", "html:polish", "text:functional", "html:startup",
    # held out at freeze 36 (resume_accuracy_freeze36.json, _corrected.json after the truth read
    # PDFs in drawing order too), worked on since (a table's wrapped rows in a PDF; a Word body
    # line that repeats the headline; Turkish; languages with levels under an unknown name)
    "docx:styles", "html:turkish", "text:academic", "office:indian",
    # held out at freeze 37 (resume_accuracy_freeze37.json), worked on since (a table of dates
    # beside the jobs inside a page of one column; labels of more languages; names and "now" in
    # two languages; a right-to-left line laid out in runs)
    "html:vietnamese", "office:styles", "html:arabic", "html:bilingual",
    # held out at freeze 38 (resume_accuracy_freeze38.json, _corrected.json after the generator
    # romanised the TeX source's names and the truth read its escapes), worked on since (a LaTeX
    # source as text; Korean dates with a tilde; a right-to-left Word file as PDF)
    "office:hebrew", "html:korean", "text:latexsource", "html:threecolumns",
    # held out at freeze 39 (resume_accuracy_freeze39.json), worked on since (ASCII-art grid
    # tables; dates with a day; a table of jobs with toggles; Indonesian "di")
    "html:indonesian", "html:notion", "latex:twocolumn", "text:boxed",
    # held out at freeze 40 (resume_accuracy_freeze40.json), worked on since (a range's two ends
    # in cells of their own; a builder's level words; a page's foot after the last section)
    "html:greek", "office:footer", "html:employment", "text:tabs",
    # held out at freeze 41 (resume_accuracy_freeze41.json), worked on since (dates written year
    # first or with full stops; Hungarian, Romanian and more languages' section names, months and
    # "now"s; a comma list or a line of fields wrapped inside an item; a town beside a company in
    # capitals that has a role's ending or four words)
    "html:romanian", "office:classicus", "text:emoji", "html:hungarian",
    # held out at freeze 42 (resume_accuracy_freeze42.json), worked on since (a section's name with
    # its total time; how long a job lasted in more languages, alone in a cell beside the title; a
    # range's end wrapped after its "until"; a town under the company before the post; the level
    # over the schools; a label of three words without its colon; CJK radicals' code points)
    "html:russian", "docx:europass", "wkhtml:sidebar", "text:wordsaved",
    # held out at freeze 43 (resume_accuracy_freeze43.json, _corrected.json with the hyphen's
    # truth), worked on since (a Word outline of lists; a range's ends as labelled fields; a
    # compound broken at its own hyphen; a degree wrapped before its last word)
    "office:europass", "html:percentages", "docx:numbered", "text:atsexport",
    # held out at freeze 44 (resume_accuracy_freeze44.json, _corrected.json with the OCR truth),
    # worked on since (numbered entries as PDF; a website's furniture; a letter drawn apart; OCR)
    "html:zigzag", "office:numbered", "html:wordpress", "text:ocr",
    # held out at freeze 45 (resume_accuracy_freeze45.json), worked on since (Russian labels and
    # ranges; a header under a bullet; marked items wrapped; a title at a company ending "B.V.")
    "latex:icons", "html:pagebreak", "docx:modern", "text:russian",
}  # fmt: skip
TARGETS = {
    "name": 0.97,
    "email": 0.97,
    "phone": 0.97,
    "skills": 0.90,
    "experience": 0.85,
    "education": 0.85,
    "dates": 0.85,
}
FUZZY = 0.8
FIELDS = ("name", "email", "phone", "skills", "experience", "education", "dates")


def norm(value) -> str:
    if value is None:
        return ""
    value = unicodedata.normalize("NFKC", str(value)).lower()
    value = re.sub(r"[\u2010-\u2015\u2212]", "-", value).replace("’", "'")
    return re.sub(r"\s+", " ", value).strip()


def similar(a, b) -> bool:
    a, b = norm(a), norm(b)
    if not a and not b:
        return True
    return bool(a and b) and SequenceMatcher(None, a, b).ratio() >= FUZZY


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def merge(self, other: Tally) -> None:
        self.add(other.tp, other.fp, other.fn)

    @property
    def f1(self) -> float:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0


class Rate:
    """Right answers over answers due (dates): a share, not an F1."""

    def __init__(self):
        self.right = self.due = 0

    def add(self, right: int, due: int) -> None:
        self.right, self.due = self.right + right, self.due + due

    def merge(self, other: Rate) -> None:
        self.add(other.right, other.due)

    @property
    def f1(self) -> float:
        return round(self.right / self.due, 3) if self.due else 1.0


def _exact(tally: Tally, got, want, *, casefold: bool) -> None:
    g, w = (
        (norm(got), norm(want))
        if casefold
        else (re.sub(r"\s+", " ", (got or "").strip()), (want or "").strip())
    )
    if casefold is False:
        g, w = norm(g), norm(w)
    if w and g == w:
        tally.add(1, 0, 0)
    else:
        tally.add(0, int(bool(g)), int(bool(w)))


def _pairs(got: list[dict], want: list[dict], keys: tuple[str, ...]) -> tuple[int, int, int, list]:
    unmatched = list(want)
    matched = []
    for item in got:
        for candidate in unmatched:
            if all(similar(item.get(k), candidate.get(k)) for k in keys):
                unmatched.remove(candidate)
                matched.append((item, candidate))
                break
    return len(matched), len(got) - len(matched), len(unmatched), matched


def _year(value) -> int | None:
    match = re.match(r"^(\d{4})", str(value or ""))
    return int(match.group(1)) if match else None


def score(got: dict, want: dict) -> dict:
    tallies = {f: (Rate() if f == "dates" else Tally()) for f in FIELDS}
    _exact(tallies["name"], got.get("name"), want.get("name"), casefold=True)
    _exact(tallies["email"], got.get("email"), want.get("email"), casefold=True)
    _exact(tallies["phone"], got.get("phone"), want.get("phone"), casefold=False)
    got_skills = {norm(s) for s in got.get("skills", [])}
    want_skills = {norm(s) for s in want.get("skills", [])}
    tallies["skills"].add(
        len(got_skills & want_skills), len(got_skills - want_skills), len(want_skills - got_skills)
    )
    tp, fp, fn, jobs = _pairs(got.get("experience", []), want.get("experience", []), ("title", "company"))
    tallies["experience"].add(tp, fp, fn)
    tp, fp, fn, schools = _pairs(got.get("education", []), want.get("education", []), ("university",))
    tallies["education"].add(tp, fp, fn)
    for job, truth in jobs:
        if truth.get("start_year") is None:
            continue
        end_right = (
            (job.get("end") == "present")
            if truth.get("current")
            else _year(job.get("end")) == truth.get("end_year")
        )
        tallies["dates"].add(int(_year(job.get("start")) == truth["start_year"] and end_right), 1)
    for school, truth in schools:
        if truth.get("year") is None:
            continue
        tallies["dates"].add(int(_year(school.get("year")) == int(truth["year"])), 1)
    return tallies


def shared_set(folder: Path) -> list[tuple[str, Path, dict]]:
    """../shared/resumes in the corpus's truth shape (years read from the printed durations)."""
    found = []
    for path in sorted(folder.iterdir()):
        expected_path = path.with_name(path.name.rsplit(".", 1)[0] + ".expected.json")
        if path.name.endswith(".expected.json") or not expected_path.exists():
            continue
        want = json.loads(expected_path.read_text())
        for job in want["experience"]:
            years = re.findall(r"\b(?:19|20)\d{2}\b", job.get("duration") or "")
            current = bool(re.search(r"present|current|now", job.get("duration") or "", re.I))
            job.update(
                start_year=int(years[0]) if years else None,
                end_year=int(years[-1]) if len(years) > 1 else None,
                current=current if years else None,
            )
        found.append(("shared", path, want))
    return found


def corpus(folder: Path) -> list[tuple[str, Path, dict]]:
    manifest = json.loads((folder / "manifest.json").read_text())
    return [
        (
            record["layout"],
            folder / record["file"],
            json.loads((folder / record["file"]).with_suffix(".truth.json").read_text()),
        )
        for record in manifest
    ]


def _pdf_pages(data: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--shared", default=str(ROOT.parent / "shared" / "resumes"))
    options.add_argument("--corpus", default=str(ROOT / "build" / "corpus"))
    options.add_argument(
        "--build", action="store_true", help="build the corpus first (bench/corpus/build.py)"
    )
    options.add_argument(
        "--verbose", default="", help="print each document's misses for these layouts (comma-separated)"
    )
    options.add_argument("--only", default="", help="score only these layouts (comma-separated)")
    args = options.parse_args()
    corpus_dir = Path(args.corpus)
    if args.build or not (corpus_dir / "manifest.json").exists():
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / "corpus" / "build.py"), "--out", str(corpus_dir)],
            check=True,
        )
    documents = shared_set(Path(args.shared)) + corpus(corpus_dir)
    only = {n for n in args.only.split(",") if n}
    if only:
        documents = [d for d in documents if d[0] in only]
    verbose = {n for n in args.verbose.split(",") if n}
    per_layout: dict[str, dict] = {}
    timings_two_page_pdf: list[float] = []
    for layout, path, want in documents:
        data = path.read_bytes()
        started = time.perf_counter()
        got = parse(read(data, detect_kind(data)))
        elapsed = time.perf_counter() - started
        if path.suffix == ".pdf" and _pdf_pages(data) == 2:
            timings_two_page_pdf.append(elapsed)
        tallies = score(got, want)
        bucket = per_layout.setdefault(
            layout, {f: (Rate() if f == "dates" else Tally()) for f in FIELDS} | {"documents": 0}
        )
        bucket["documents"] += 1
        for field_, tally in tallies.items():
            bucket[field_].merge(tally)
        if layout in verbose or "all" in verbose:
            _explain(path, got, want)
    groups = {"shared": ["shared"], "tuned": [], "held_out": []}
    for layout in sorted(per_layout):
        if layout != "shared":
            groups["tuned" if layout in TUNED else "held_out"].append(layout)

    def figures(names: list[str]) -> dict:
        merged = {f: (Rate() if f == "dates" else Tally()) for f in FIELDS}
        documents_ = 0
        for name in names:
            documents_ += per_layout[name]["documents"]
            for f in FIELDS:
                merged[f].merge(per_layout[name][f])
        return {"documents": documents_, **{f: merged[f].f1 for f in FIELDS}}

    held = figures(groups["held_out"]) if groups["held_out"] else None
    report = {
        "benchmark": "resume_accuracy",
        "layouts": {name: figures([name]) | {"held_out": name not in TUNED} for name in sorted(per_layout)},
        "shared": figures(["shared"]) if "shared" in per_layout else None,
        "tuned_layouts": figures(groups["tuned"]) if groups["tuned"] else None,
        "held_out_layouts": held,
        "held_out_layout_names": groups["held_out"],
        "layout_count": len([n for n in per_layout if n != "shared"]),
        "documents": len(documents),
        "targets": TARGETS,
        "held_out_meets_targets": bool(held) and all(held[f] >= t for f, t in TARGETS.items()),
        "two_page_pdf_parse_ms_p50": round(statistics.median(timings_two_page_pdf) * 1000, 1)
        if timings_two_page_pdf
        else None,
        "two_page_pdfs": len(timings_two_page_pdf),
    }
    print(json.dumps(report, indent=2))
    return 0


def _explain(path: Path, got: dict, want: dict) -> None:
    out = [f"== {path.name}"]
    for key in ("name", "email", "phone"):
        if norm(got.get(key)) != norm(want.get(key)):
            out.append(f"  {key}: got {got.get(key)!r} want {want.get(key)!r}")
    g, w = {norm(s) for s in got.get("skills", [])}, {norm(s) for s in want.get("skills", [])}
    if g != w:
        out.append(f"  skills extra {sorted(g - w)} missing {sorted(w - g)}")
    jobs_got = [
        (e.get("title"), e.get("company"), e.get("start"), e.get("end")) for e in got.get("experience", [])
    ]
    jobs_want = [
        (
            e.get("title"),
            e.get("company"),
            e.get("start_year"),
            "present" if e.get("current") else e.get("end_year"),
        )
        for e in want.get("experience", [])
    ]
    out.append(f"  experience:\n    got  {jobs_got}\n    want {jobs_want}")
    schools_got = [(e.get("degree"), e.get("university"), e.get("year")) for e in got.get("education", [])]
    schools_want = [(e.get("degree"), e.get("university"), e.get("year")) for e in want.get("education", [])]
    out.append(f"  education:\n    got  {schools_got}\n    want {schools_want}")
    print("\n".join(out), file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
