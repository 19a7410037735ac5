"""From resume lines to a profile: name, email, phone, skills, experience and education, each with
a confidence, and warnings in words where the reading is doubtful.

The parser never follows one template. It works from features every resume has, scored
together (the way OpenResume's parser explains its design): section headings found by their
words and by the document's own heading style; the contact block and the name by prominence
(size, weight, position) and shape; entries by the lines' roles (a date range, a place, a
bullet, prose, or a header holding a title, a company, a degree or a school), with the parts of
a header assigned by scores over title words, company suffixes, school and degree words. Dates
are read by one parser of ranges ("Jun 2016 – Present", "2016–18", "06/2016 - 03/2019",
"Summer 2013"), phones by `phonenumbers`. The words live in careeros/data/resume_words.toml.
"""

from __future__ import annotations

import datetime
import functools
import re
import tomllib
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from careeros.onboarding.extract import Line

DATA = Path(__file__).resolve().parent.parent / "data" / "resume_words.toml"


@functools.cache
def words() -> dict:
    raw = tomllib.loads(DATA.read_text())
    phrases = ("places", "entry_labels", "skill_labels")
    lists = {k: frozenset(v.split()) for k, v in raw["words"].items() if k not in phrases}
    for key in phrases:
        lists[key] = frozenset(p.strip() for p in raw["words"][key].replace("\n", "").split("|") if p.strip())
    lists["us_states"] = frozenset(raw["words"]["us_states"].split())
    headings = {heading_key(name): section for section, names in raw["headings"].items() for name in names}
    endings = sorted(
        ((ending, section) for section, names in raw["heading_endings"].items() for ending in names),
        key=lambda pair: -len(pair[0]),
    )
    return {**lists, "headings": headings, "heading_endings": endings}


# ---- text ----------------------------------------------------------------------------------

_LETTER_SPACED = re.compile(r"^(?:\w[ \u00a0]){2,}\w$")


def despace(text: str) -> str:
    """'E X P E R I E N C E' (letter-spaced type) as 'EXPERIENCE'; word gaps kept."""
    if not _LETTER_SPACED.match(text.strip()):
        parts = re.split(r" {2,}", text.strip())
        if len(parts) > 1 and all(_LETTER_SPACED.match(p) or len(p) == 1 for p in parts):
            return " ".join(p.replace(" ", "") for p in parts)
        return text
    return text.replace(" ", "").replace("\u00a0", "")


def plain(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def heading_key(text: str) -> str:
    """A heading as looked up in the vocabulary: lower case, without accents, punctuation or a
    plural's final s ("EXPERIENCES PROFESSIONNELLES" is "expérience professionnelle")."""
    text = despace(plain(text)).lower().replace("&", " and ")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"[^\w ]+", " ", text)
    return " ".join(re.sub(r"(?<=\w{3})s$", "", word) for word in text.split())


# ---- dates ---------------------------------------------------------------------------------

MONTHS = {
    "jan": 1, "january": 1, "janv": 1, "januar": 1, "enero": 1, "ene": 1, "gen": 1, "janvier": 1,
    "février": 2, "fevrier": 2, "décembre": 12, "decembre": 12,
    "feb": 2, "february": 2, "févr": 2, "fev": 2, "februar": 2, "febrero": 2,
    "mar": 3, "march": 3, "mars": 3, "märz": 3, "marzo": 3, "mrz": 3, "mrt": 3, "maart": 3,
    "apr": 4, "april": 4, "avr": 4, "avril": 4, "abril": 4, "abr": 4,
    "may": 5, "mai": 5, "mayo": 5, "maggio": 5, "mei": 5,
    "jun": 6, "june": 6, "juin": 6, "juni": 6, "junio": 6, "giugno": 6,
    "jul": 7, "july": 7, "juil": 7, "juillet": 7, "juli": 7, "julio": 7, "luglio": 7,
    "aug": 8, "august": 8, "août": 8, "aout": 8, "agosto": 8, "ago": 8,
    "sep": 9, "sept": 9, "september": 9, "septembre": 9, "septiembre": 9, "settembre": 9,
    "oct": 10, "october": 10, "octobre": 10, "oktober": 10, "octubre": 10, "okt": 10, "ott": 10,
    "nov": 11, "november": 11, "novembre": 11, "noviembre": 11,
    # Spanish, Italian and Portuguese abbreviations and names not above
    "maj": 5, "mag": 5, "giu": 6, "lug": 7, "set": 9, "ottobre": 10, "dicembre": 12, "gennaio": 1,
    "febbraio": 2, "aprile": 4, "janeiro": 1, "fevereiro": 2, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "dezembro": 12, "dec": 12, "december": 12, "déc": 12,
    "dezember": 12, "diciembre": 12, "dic": 12, "dez": 12,
    # Nordic, Polish, Czech, Hungarian, Romanian and Finnish names, Polish and Czech also in the
    # genitive ("od stycznia 2019", "od ledna 2019")
    "januari": 1, "februari": 2, "augusti": 8, "desember": 12, "marts": 3,
    "styczeń": 1, "stycznia": 1, "luty": 2, "lutego": 2, "marzec": 3, "marca": 3, "kwiecień": 4,
    "kwietnia": 4, "maja": 5, "czerwiec": 6, "czerwca": 6, "lipiec": 7, "lipca": 7, "sierpień": 8,
    "sierpnia": 8, "wrzesień": 9, "września": 9, "październik": 10, "października": 10,
    "listopad": 11, "listopada": 11, "grudzień": 12, "grudnia": 12, "sty": 1, "lut": 2, "kwi": 4,
    "cze": 6, "sie": 8, "wrz": 9, "paź": 10, "lis": 11, "gru": 12,
    "leden": 1, "ledna": 1, "únor": 2, "února": 2, "březen": 3, "března": 3, "duben": 4, "dubna": 4,
    "květen": 5, "května": 5, "červen": 6, "června": 6, "červenec": 7, "července": 7, "srpen": 8,
    "srpna": 8, "září": 9, "říjen": 10, "října": 10, "listopadu": 11, "prosinec": 12, "prosince": 12,
    "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6, "július": 7,
    "augusztus": 8, "szeptember": 9, "október": 10, "febr": 2, "márc": 3, "ápr": 4, "máj": 5,
    "jún": 6, "júl": 7, "szept": 9, "ianuarie": 1, "februarie": 2, "martie": 3,
    "aprilie": 4, "iunie": 6, "iulie": 7, "septembrie": 9, "octombrie": 10, "noiembrie": 11,
    "decembrie": 12, "tammikuu": 1, "helmikuu": 2, "maaliskuu": 3, "huhtikuu": 4, "toukokuu": 5,
    "kesäkuu": 6, "heinäkuu": 7, "elokuu": 8, "syyskuu": 9, "lokakuu": 10, "marraskuu": 11,
    "joulukuu": 12, "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6,
    "temmuz": 7, "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12, "maret": 3, "agustus": 8,
    # Croatian (not "listopad", October there and November in Polish and Czech), Serbian and
    # Slovenian; Russian, Ukrainian and Bulgarian; Greek; Lithuanian, Latvian and Estonian - each
    # also in the genitive a date puts it in
    "siječanj": 1, "siječnja": 1, "veljača": 2, "veljače": 2, "ožujak": 3, "ožujka": 3, "travanj": 4,
    "travnja": 4, "svibanj": 5, "svibnja": 5, "lipanj": 6, "lipnja": 6, "srpanj": 7, "srpnja": 7,
    "kolovoz": 8, "kolovoza": 8, "rujan": 9, "rujna": 9, "studeni": 11, "studenoga": 11, "studenog": 11,
    "prosinac": 12, "prosinca": 12, "avgust": 8, "septembar": 9, "oktobar": 10, "novembar": 11,
    "decembar": 12, "marec": 3, "junij": 6, "julij": 7,
    "январь": 1, "января": 1, "янв": 1, "февраль": 2, "февраля": 2, "фев": 2, "март": 3, "марта": 3,
    "апрель": 4, "апреля": 4, "апр": 4, "май": 5, "мая": 5, "июнь": 6, "июня": 6, "июн": 6, "июль": 7,
    "июля": 7, "июл": 7, "август": 8, "августа": 8, "авг": 8, "сентябрь": 9, "сентября": 9, "сен": 9,
    "сент": 9, "октябрь": 10, "октября": 10, "окт": 10, "ноябрь": 11, "ноября": 11, "ноя": 11,
    "декабрь": 12, "декабря": 12, "дек": 12, "січень": 1, "січня": 1, "лютий": 2, "лютого": 2,
    "березень": 3, "березня": 3, "квітень": 4, "квітня": 4, "травень": 5, "травня": 5, "червень": 6,
    "червня": 6, "липень": 7, "липня": 7, "серпень": 8, "серпня": 8, "вересень": 9, "вересня": 9,
    "жовтень": 10, "жовтня": 10, "листопад": 11, "листопада": 11, "грудень": 12, "грудня": 12,
    "януари": 1, "февруари": 2, "април": 4, "юни": 6, "юли": 7, "септември": 9, "октомври": 10,
    "ноември": 11, "декември": 12,
    "ιανουάριος": 1, "ιανουαρίου": 1, "ιαν": 1, "φεβρουάριος": 2, "φεβρουαρίου": 2, "φεβ": 2,
    "μάρτιος": 3, "μαρτίου": 3, "απρίλιος": 4, "απριλίου": 4, "απρ": 4, "μάιος": 5, "μαΐου": 5,
    "ιούνιος": 6, "ιουνίου": 6, "ιούλιος": 7, "ιουλίου": 7, "αύγουστος": 8, "αυγούστου": 8, "αυγ": 8,
    "σεπτέμβριος": 9, "σεπτεμβρίου": 9, "σεπ": 9, "οκτώβριος": 10, "οκτωβρίου": 10, "οκτ": 10,
    "νοέμβριος": 11, "νοεμβρίου": 11, "νοε": 11, "δεκέμβριος": 12, "δεκεμβρίου": 12, "δεκ": 12,
    "sausis": 1, "sausio": 1, "vasaris": 2, "vasario": 2, "kovas": 3, "kovo": 3, "balandis": 4,
    "balandžio": 4, "gegužė": 5, "gegužės": 5, "birželis": 6, "birželio": 6, "liepa": 7, "liepos": 7,
    "rugpjūtis": 8, "rugpjūčio": 8, "rugsėjis": 9, "rugsėjo": 9, "spalis": 10, "spalio": 10,
    "lapkritis": 11, "lapkričio": 11, "gruodis": 12, "gruodžio": 12, "janvāris": 1, "februāris": 2,
    "aprīlis": 4, "maijs": 5, "jūnijs": 6, "jūlijs": 7, "augusts": 8, "septembris": 9, "oktobris": 10,
    "novembris": 11, "decembris": 12, "jaanuar": 1, "veebruar": 2, "märts": 3, "aprill": 4, "juuni": 6,
    "juuli": 7, "oktoober": 10, "detsember": 12,
}  # fmt: skip
_THIS_YEAR = datetime.date.today().year
SEASONS = {"spring": 4, "summer": 7, "fall": 10, "autumn": 10, "winter": 1}


def _trie_pattern(names) -> str:
    """An alternation of `names` factored by their common beginnings ("ma(?:r(?:ch|zo)?|y)"): the
    same matches, longest first, as "|".join of them, without trying hundreds of branches at
    every position of every line."""
    trie: dict = {}
    for name in names:
        node = trie
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        if "" in node:
            return f"(?:{'|'.join(branches)})?"
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"

    return pattern(trie)


_MONTH_WORD = _trie_pattern([*MONTHS, *SEASONS])
_YEAR4 = r"(?:18|19|20)\d{2}"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_ONE = (
    rf"(?:(?:{_MONTH_WORD})\.?\s+{_DAY},?\s*{_YEAR4}"  # January 17, 2024
    rf"|{_DAY}\.?\s+(?:{_MONTH_WORD})\.?,?\s*{_YEAR4}"  # 17 January 2024, 17. Januar 2024
    # Jun 2016, June, 2016, Sept. 2012, Summer 2013, ožujak 2019. (a year with its full stop)
    rf"|(?:{_MONTH_WORD})\.?,?\s*{_YEAR4}(?:\.(?=\s*[-–—]))?"
    rf"|\d{{1,2}}[/.]{_YEAR4}(?:\.(?=\s*[-–—]))?"  # 06/2016, 06.2016.
    rf"|{_YEAR4}[-/.]\d{{1,2}}(?:[-/.]\d{{1,2}})?(?:\.(?=\s*[-–—]))?"  # 2016-06(-01), 2016.06.–
    rf"|\d{{1,2}}[/.]\d{{1,2}}[/.]{_YEAR4}"  # 01/06/2016
    rf"|{_YEAR4}(?:[-/ ]|\.\s?)(?:{_MONTH_WORD})\b\.?"  # 2016-Jun, 2016 June, 2016. június
    rf"|{_YEAR4}\.\s\d{{1,2}}\.(?!\d)"  # 2016. 06. (year first, each part with its full stop)
    rf"|(?:{_MONTH_WORD})[-/]{_YEAR4}"  # Jun-2016
    rf"|{_YEAR4}\s*年\s*\d{{1,2}}\s*月"  # 2016年6月
    rf"|(?:(?:{_MONTH_WORD})\.?\s*)?['’‘]\d{{2}}(?!\d)"  # Jan '19, '19
    rf"|{_YEAR4})"
)
_PRESENT = (
    r"(?:present|current(?:ly)?|now|today|ongoing|date|heute|aujourd'hui|actualidad|actualmente|presente|hoy|heden"
    r"|till date|till now|until now|to date"
    r"|oggi|ad oggi|in corso|attuale|atual|atualmente|en cours|à ce jour|nu|nå|pågående|dags dato|obecnie|nyt"
    r"|současnosti?|dosud|doposud|nyní|súčasnosť|doteraz|teraz|nadal|jelenleg|halen|nykyään"
    r"|günümüz|devam ediyor|hiện tại|đến nay|nay|sekarang|saat ini|현재|재직\s?중"
    r"|prezent|în prezent|curent|napjainkig|máig|danas|do danas|sada|trenutno|danes|sedaj|zdaj"
    r"|по настоящее время|настоящее время|наст\. время|н\.\s?в\.|сейчас|дотепер|тепер|теперішній час"
    r"|до момента|момента|сега|σήμερα|τώρα|έως σήμερα|dabar|iki dabar|šiol|šobrīd|tagad|praegu|tänaseni"
    r"|現在|至今|现在|היום|עד היום|כיום|حتى الآن)"
)
# ("t o": letter-spaced)
_SEP = r"\s*(?:[-–—‒―~～〜→⟶➔➜➝➞⇒]+|t ?o|until|till|through|thru|bis|à|a|au|hasta|al|do|по|до)\s*"
RANGE = re.compile(
    rf"(?<![\w/])(?P<start>{_ONE})(?:{_SEP}(?P<end>{_ONE}|{_PRESENT}(?:\s*[/|]?\s*{_PRESENT})?|\d{{2}}(?!\d))"
    rf"|\s*[-–—]\s*(?=$|\s*[)|,]))?(?![\w/])",
    re.IGNORECASE,
)
_PRESENT_END = re.compile(rf"{_PRESENT}(?:\s*[/|]?\s*{_PRESENT})?", re.I)
_SINCE = re.compile(rf"\b(?:since|seit|depuis|desde|dal|dall'|sinds)\s*(?P<start>{_ONE})", re.I)


@dataclass(frozen=True)
class Period:
    printed: str
    start: tuple[int, int | None] | None
    end: tuple[int, int | None] | None  # None with current=True is "Present"
    current: bool = False

    def as_text(self, value: tuple[int, int | None] | None) -> str | None:
        if value is None:
            return None
        year, month = value
        return f"{year}-{month:02d}" if month else str(year)


# The shapes of one date, each read by _one (compiled once: the month names make them long)
_DAY_BEFORE_YEAR = re.compile(rf"^({_MONTH_WORD})\.?\s+{_DAY},?\s*(?={_YEAR4}$)", re.I)
_DAY_FIRST = re.compile(rf"^{_DAY}\.?\s+(?=(?:{_MONTH_WORD})\.?,?\s*{_YEAR4}$)", re.I)
_APOSTROPHE_YEAR = re.compile(rf"^(?:({_MONTH_WORD})\.?\s*)?['’‘](\d{{2}})$", re.I)
_MONTH_YEAR = re.compile(rf"^({_MONTH_WORD})\.?,?\s*({_YEAR4})$", re.I)
_MONTH_DASH_YEAR = re.compile(rf"^(?P<m>{_MONTH_WORD})[-/](?P<y>{_YEAR4})$", re.I)
_YEAR_MONTH = re.compile(rf"^(?P<y>{_YEAR4})(?:[-/ ]|\.\s?)(?P<m>{_MONTH_WORD})$", re.I)
_NUMERIC_MONTH_YEAR = re.compile(rf"^(\d{{1,2}})[/.]({_YEAR4})$")
_NUMERIC_YEAR_MONTH = re.compile(rf"^({_YEAR4})(?:[-/.]|\.\s)(\d{{1,2}})(?:[-/.]\d{{1,2}})?$")
_NUMERIC_DAY_MONTH_YEAR = re.compile(rf"^\d{{1,2}}[/.](\d{{1,2}})[/.]({_YEAR4})$")
_CJK_YEAR_MONTH = re.compile(rf"^({_YEAR4})\s*年\s*(\d{{1,2}})\s*月$")
_YEAR_ONLY = re.compile(rf"^({_YEAR4})$")


@functools.lru_cache(maxsize=8192)
def _one(text: str) -> tuple[int, int | None] | None:
    text = text.strip().lower().rstrip(".,")
    # a day of the month is more than a resume says: "January 17, 2024" is January 2024
    text = _DAY_BEFORE_YEAR.sub(r"\1 ", text)
    text = _DAY_FIRST.sub("", text)
    match = _APOSTROPHE_YEAR.match(text)
    if match:  # "Jan '19": the century is the one that puts the year at most a year ahead
        short = int(match.group(2))
        full = 2000 + short if 2000 + short <= _THIS_YEAR + 1 else 1900 + short
        named = (match.group(1) or "").lower()
        return full, (MONTHS.get(named) or SEASONS.get(named)) if named else None
    match = _MONTH_YEAR.match(text)
    if match:
        word = match.group(1).lower()
        return int(match.group(2)), MONTHS.get(word) or SEASONS.get(word)
    match = _MONTH_DASH_YEAR.match(text) or _YEAR_MONTH.match(text)
    if match:
        word, year = match.group("m").lower(), match.group("y")
        return int(year), MONTHS.get(word) or SEASONS.get(word)
    match = _NUMERIC_MONTH_YEAR.match(text)
    if match and 1 <= int(match.group(1)) <= 12:
        return int(match.group(2)), int(match.group(1))
    match = _NUMERIC_YEAR_MONTH.match(text)
    if match and 1 <= int(match.group(2)) <= 12:
        return int(match.group(1)), int(match.group(2))
    match = _NUMERIC_DAY_MONTH_YEAR.match(text)
    if match:
        return int(match.group(2)), int(match.group(1)) if 1 <= int(match.group(1)) <= 12 else None
    match = _CJK_YEAR_MONTH.match(text)
    if match and 1 <= int(match.group(2)) <= 12:
        return int(match.group(1)), int(match.group(2))
    match = _YEAR_ONLY.match(text)
    if match:
        return int(match.group(1)), None
    return None


_RTL_DASHED = re.compile(r"[\s\-–—\u0590-\u08ff]*[-–—][\s\-–—\u0590-\u08ff]*")


def _rtl_until_now(text: str) -> bool:
    """Right-to-left words and a dash, nothing else: "until now" beside a range's start, in the
    visual order a PDF may give ("ىتح الآن -", "– היום")."""
    return bool(_RTL.search(text)) and _RTL_DASHED.fullmatch(text) is not None


@functools.lru_cache(maxsize=8192)
def find_period(text: str) -> tuple[Period | None, str]:
    """The first date range (or single date) in `text`, and the text without it."""
    best = None
    for match in RANGE.finditer(text):
        start = _one(match.group("start"))
        if start is None:
            continue
        best = match
        break
    since = _SINCE.search(text)
    if best is not None and since and (best.start() != since.start("start") or best.group("end")):
        since = None  # a range of its own, or "since" about something else
    if since is not None and _one(since.group("start")):  # "seit 03/2019", "Depuis janv. 2019"
        period = Period(since.group(0), _one(since.group("start")), None, current=True)
        return period, _strip_separators(text[: since.start()] + " " + text[since.end() :])
    if best is None:
        return None, text
    foreign = _FOREIGN_MONTHS.fullmatch(text.strip())
    if foreign and not best.group("end"):
        # a line that is only a range whose months are in a language the list lacks ("ožujak
        # 2019 – svibanj 2021"): the years are still right; one word at its end is its "now"
        start_year = (int(foreign.group("y1")), None)
        if foreign.group("y2"):
            return Period(text.strip(), start_year, (int(foreign.group("y2")), None), current=False), ""
        unknown_month = (
            foreign.group("m1").lower() not in MONTHS and foreign.group("m1").lower() not in SEASONS
        )
        now = foreign.group("now").lower()
        if unknown_month and now not in MONTHS and now not in words()["work_modes"]:
            # (after a month we know, a word is no "now" we lack: "Oct 2022 – Brightleaf")
            return Period(text.strip(), start_year, None, current=True), ""
    start = _one(best.group("start"))
    end_text = best.group("end")
    end: tuple[int, int | None] | None = None
    current = False
    if end_text:
        if _PRESENT_END.fullmatch(end_text.strip()):
            current = True
        elif re.fullmatch(r"\d{2}", end_text.strip()):
            end = ((start[0] // 100) * 100 + int(end_text), None) if start else None
        else:
            end = _one(end_text)
    elif re.search(r"[-–—]\s*$", best.group(0)):
        current = True  # "2019 –" with nothing after (its end on no other line): still going on
    stop = best.end()
    if (
        not end_text
        and (open_end := _OPEN_END.match(text, stop))
        and open_end.group("word") not in MONTHS
        and open_end.group("word") not in words()["work_modes"]  # "2019 – remote"
    ):
        # "03/2019 – dosud": after the dash, one word in lower case ending the line or cell, no
        # month: the word for "now" in a language the list lacks
        current, stop = True, open_end.end()
    elif not end_text and _rtl_until_now(text[stop:]):
        # a right-to-left "until now" whose runs a PDF laid out in visual order ("01/2022 <tab>
        # ىتح الآن -"): the dash and the words after the start, in any order
        current, stop = True, len(text)
    before_start = text[: best.start()]
    if not end_text and not current and _rtl_until_now(before_start):
        # "– היום <tab> 2023": a right-to-left line laid out in visual order puts the start last
        current = True
    if end is not None and start is not None and end[0] < start[0]:
        # "2022 – 2021": a range in a right-to-left paragraph, its ends shown the other way round
        start, end = end, start
    printed = text[best.start() : stop].strip().strip("(),").strip()
    after = _DURATION_NEXT.sub("", text[stop:], count=1)  # "Oct. 2024 - Aujourd'hui 2 ans"
    before = _RANGE_OPENER.sub("", before_start)  # "De mars 2017 à …", "From 2019 to …"
    if current and _RTL.search(before) and not re.search(r"[^\s\-–—\u0590-\u08ff]", before):
        before = ""  # (the right-to-left "until now" read before the start)
    rest = before + " " + after
    rest = re.sub(r"\(\s*\)", " ", rest)
    if re.fullmatch(r"[\s.]*", rest):
        rest = ""  # (the full stop a year is written with: "03.2019. – 05.2021.")
    if re.fullmatch(r"\s*[^\W\d_A-Z]{3,12}\.?\s*", before) and not after.strip():
        rest = ""  # a month in lower case that the list lacks, before the start ("ožujak 2019 – …")
    return Period(printed, start, end, current), _strip_separators(rest)


_FOREIGN_MONTHS = re.compile(
    rf"(?P<m1>[^\W\d_]{{3,12}})\.?\s+(?P<y1>{_YEAR4})\s*[-–—]\s*"
    rf"(?:(?:(?P<m2>[^\W\d_]{{3,12}})\.?\s+)(?P<y2>{_YEAR4})|(?P<now>[^\W\d_]{{2,16}}))"
)
_OPEN_END = re.compile(r"\s*[-–—~～〜]\s*(?P<word>[^\W\d_A-Z]{2,16})\s*(?=$|\t|\))")


# The word a range written out starts with: "De mars 2017 à décembre 2019", "From 2019 to 2021",
# "Von 2019 bis 2021", "Desde 2019 hasta 2021", "Dal 2019 al 2021", "Van 2019 tot 2021", "Od 2019 do 2021".
_RANGE_OPENER = re.compile(r"(?:^|\s)(?:de|du|from|von|vom|desde|dal|van|od|с|з)\s*$", re.I)


# "2 years", "a year", "1 yr 3 mos", "2 ans 9 mois": how long a job lasted, which some layouts
# print under its dates.
# (also in Russian, Ukrainian, Polish, Czech, Portuguese, Dutch, Nordic, Hungarian, Turkish, Greek
# and Romanian: "5 лет 11 месяцев", "2 lata 3 miesiące", "3 år 2 månader")
_YEARS = (
    r"years?|yrs?|ans?|jahre?|años?|anni|anno|anos?|год|года|лет|рік|роки|років|rok|lata|lat|roky|let"
    r"|jaar|år|év|yıl|χρόνια|έτη|ani"
)
_MONTHS_LONG = (
    r"months?|mos?|mois|monate?|meses?|mesi|mese|месяц|месяца|месяцев|місяць|місяці|місяців|miesiąc"
    r"|miesiące|miesięcy|měsíc|měsíce|měsíců|maand|maanden|månad|månader|måned|måneder|hónap|ay|μήνες|luni|lună"
)
_LASTED = (
    rf"\(?\s*(?:\d+\s*|\b(?:an?|one)\s+)(?:{_YEARS}|{_MONTHS_LONG})\b"
    rf"(?:\s*,?\s*(?:(?:and|et|und|y|и|i|a|e|og|och|en|és)\s+)?\d+\s*(?:{_MONTHS_LONG})\b)?\s*\)?"
)
_DURATION = re.compile(rf"^{_LASTED}$", re.I)
# ...and right after the dates, in the same cell: "(2 yrs 3 mos)", "· 4 years", "2 ans 9 mois".
_DURATION_NEXT = re.compile(rf"^[\s·•|,]*{_LASTED}(?=\s|\t|$)", re.I)


def _strip_separators(text: str) -> str:
    # Layout cells stay apart (a tab between them): they are a header's fields.
    cells = [re.sub(r"\s{2,}", " ", cell) for cell in text.split("\t")]
    cells = [re.sub(r"^[\s,|•·–—\-:;/]+|[\s,|•·–—\-:;/]+$", "", cell).strip() for cell in cells]
    return "\t".join(cell for cell in cells if cell)


# ---- line roles ----------------------------------------------------------------------------

_BULLET = re.compile(r"^\s*(?:[•·▪◦●○■□➢►▸‣∙*\-–—✓✔➤→]|\d{1,2}[.)])\s+")
_ABBREVIATION_END = re.compile(r"\b(inc|ltd|co|corp|jr|sr|st|dr|llc|plc|bros|ph\.d|e\.g|i\.e)\.$", re.I)
EMAIL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_URL = re.compile(r"(https?://\S+|www\.\S+|\b[\w-]+\.(?:com|org|net|io|dev|me|ai|co)(?:/\S*)?\b)", re.I)


# A right-to-left list's bullet, which a PDF leaves at the end of its line ("Led a team <tab> •")
_TRAILING_BULLET = re.compile(r"\s+[•▪◦●○■➢►▸‣∙]\s*$")


def is_bullet(text: str) -> bool:
    return bool(_BULLET.match(text) or _TRAILING_BULLET.search(text))


def strip_bullet(text: str) -> str:
    return _TRAILING_BULLET.sub("", _BULLET.sub("", text)).strip()


def is_prose(text: str) -> bool:
    """Description rather than an entry's header: prose, action-verb openings, long lines."""
    raw, text = text, plain(text)
    tokens = text.split()
    if not tokens:
        return False
    if text[:1].islower() and len(tokens) > 2 and not _dates_cell(raw):
        return True
    if text.endswith(("...", "…")):
        return True
    # (the last field: "Lead Engineer at Douglaston Bank B.V." ends with a company, not a sentence)
    last_field = re.split(r"\s+(?:at|@|bei|chez|bij|presso)\s+|,\s+|\s+[|–—-]\s+", text)[-1].split()
    if text.endswith(".") and (
        _ABBREVIATION_END.search(text)
        or (tokens[-1].lower() in words()["company_suffixes"] and len(last_field) <= 6)
    ):
        return False  # "Initech Ltd.", "North Logistics B.V."
    if text.endswith(".") and _field_list(text[:-1]):
        return False  # moderncv's "Title, Company, Town." ends its fields with a full stop
    if text.endswith(".") and len(tokens) >= 2:
        return True  # a sentence, however short ("Made honey.")
    if tokens[0].lower().strip(",") in words()["action_verbs"] and len(tokens) > 2:
        return True
    if re.search(r"\b[a-z]{3,}[.!?]\s+[A-Z]", text):
        return True
    if text.endswith(".") and not _ABBREVIATION_END.search(text) and len(tokens) > 3:
        return True
    return len(tokens) > 14


def _dates_cell(text: str) -> bool:
    """Is the line's first cell a few words holding dates ("feb 2022 – nu", "od 05/2023 do"), which
    may start in lower case without being a sentence?"""
    first = text.split("\t")[0]
    return len(first.split()) <= 5 and find_period(first)[0] is not None


def _field_list(text: str) -> bool:
    """Short fields between commas, one of them a title, company, degree or school."""
    parts = [p.strip() for p in text.split(",")]
    return (
        len(parts) >= 2
        and all(p and len(p.split()) <= 6 and p[:1].isupper() for p in parts)
        and any(
            max(title_score(p), company_score(p), degree_score(p), institution_score(p)) >= 1.0 for p in parts
        )
    )


def _tokens(text: str) -> list[str]:
    pieces = re.split(r"[\s/]+", text)
    return [t.strip(".,;:()[]'\"").lower() for t in pieces if t.strip(".,;:()[]'\"")]


# A place and how the job there was worked: "Lisbon · Hybrid", "Austin, TX · Remote".
_AT_WORK_MODE = re.compile(r"^(?P<place>[^·•|]{2,45}?)\s*[·•|]\s*(?P<mode>[\w-]+(?: \w+)?)$")


def is_place(text: str) -> bool:
    """A city, a country, "City, ST", "City, Country", "Remote"."""
    if "\t" in text.strip():  # cells: each of them a place
        return all(is_place(cell) for cell in text.split("\t") if cell.strip())
    text = plain(text).strip(" ()")
    if (match := _AT_WORK_MODE.match(text)) and match.group("mode").lower() in words()["work_modes"]:
        return not re.search(r"\d", match.group("place"))  # "Lisbon · Hybrid": where, and how
    if not text or len(text) > 45 or re.search(r"\d{3,}|\s[·•|—–]\s", text):
        return False  # (fields set apart by a separator are more than a place: "Acme · Austin, TX")
    w = words()
    lowered = text.lower()
    if lowered in w["places"]:
        return True
    parts = [p.strip() for p in text.split(",")]
    if len(parts) in (2, 3) and all(parts):
        last, middle = parts[-1], parts[1] if len(parts) == 3 else None
        region = last in w["us_states"] or last.lower() in w["places"] or (len(last) == 2 and last.isupper())
        if (
            middle is not None
            and not (
                middle in w["us_states"]
                or middle.lower() in w["places"]
                or (
                    len(middle.split()) <= 2
                    and last.lower()
                    in w["places"]  # "Porto, Porto District, Portugal"; not "Acme, Townville, CA"
                    and middle[:1].isupper()
                    and title_score(middle) <= 0
                )
            )
        ):
            return False
        if company_score(parts[0]) >= 1.0:
            return False  # "Cook & Decker, Springfield, IL": a company and where it is
        if region:
            # (a town may end like a role, "Willischester, CA"; a role word is never a town)
            return all(len(p.split()) <= 3 and p[:1].isupper() and title_score(p) < 1.5 for p in parts)
    return False


def title_score(text: str) -> float:
    tokens = _tokens(text)
    if not tokens:
        return 0.0
    w = words()
    roles = sum(t in w["roles"] for t in tokens)
    titles = sum(t in w["titles"] for t in tokens)
    score = 2.0 * roles + 0.5 * titles
    if tokens[-1] in w["roles"]:
        score += 1.0
    elif (
        not roles
        and len(tokens) <= 3
        and re.search(r"[a-z]{3,}(er|or|ist|ian)$", tokens[-1])
        and not re.search(r"(?:ches|ces|cas|mins)ter$", tokens[-1])  # a town: "Rabihchester"
    ):
        score += 1.0  # an agent noun ("Beekeeper", "Conservator"): the shape of a role
    if any(t in w["company_suffixes"] for t in tokens) or "&" in text:
        score -= 2.0
    return score


def company_score(text: str) -> float:
    tokens = _tokens(text)
    if not tokens:
        return 0.0
    w = words()
    raw = plain(text)
    score = 0.0
    # (a token loses its last full stop: "S.A." is "s.a" here)
    if any(t in w["company_suffixes"] or f"{t}." in w["company_suffixes"] for t in tokens) or re.search(
        r"\b(?:inc|ltd|llc|gmbh|corp|plc|co)\.?$", raw, re.I
    ):
        score += 2.5
    if "&" in raw or re.search(r"\w'\w|\w’\w", raw):
        score += 1.0
    score += 1.0 * sum(t in w["company_words"] for t in tokens)
    if re.search(r"\.(io|com|ai|co|dev|app)\b", raw, re.I):
        score += 1.5
    if any(t in w["roles"] for t in tokens):
        score -= 1.5
    return score


def institution_score(text: str) -> float:
    tokens = _tokens(text)
    w = words()
    score = 2.0 * sum(t in w["institutions"] for t in tokens)
    raw = plain(text)
    if any(k in raw for k in ("大学", "大學", "대학교", "学院")):
        score += 2.0
    if re.search(r"\b(of|de|di|der|du|la)\b", raw) and score:
        score += 0.5
    return score


def degree_score(text: str) -> float:
    raw = plain(text)
    tokens = _tokens(text)
    w = words()
    lowered = raw.lower()
    score = 2.0 * sum(t in w["degrees"] for t in tokens)
    score += 2.0 * sum(
        1 for d in w["degrees"] if "." in d and re.search(rf"(?<![\w.]){re.escape(d)}", lowered)
    )
    if re.search(r"\b(in|of)\s+[A-Z]", raw) and score:
        score += 0.5
    if re.match(r"^(b|m|d)\.?\s?(sc|s|a|eng|phil|tech|com)\b", lowered):
        score += 2.0
    return score


_GPA = re.compile(r"\b(c?gpa|grade|grades|score|note|mark|cum laude|honou?rs)\b|\b\d\.\d{1,2}\s*/\s*\d", re.I)


# ---- sections ------------------------------------------------------------------------------


@dataclass
class Section:
    kind: str
    heading: Line | None
    lines: list[Line] = field(default_factory=list)


def _style(line: Line) -> tuple:
    letters = [c for c in line.text if c.isalpha()]
    caps = bool(letters) and all(c.isupper() for c in letters)
    return (round(line.size, 1), line.bold, caps, line.level)


# A section's name followed by how long it all lasted: "Опыт работы — 5 лет 7 месяцев",
# "Experience (12 years)"
_SECTION_TOTAL = re.compile(rf"(?<=\w)(?:\s*[-–—:|·]\s*|\s+){_LASTED}\s*$", re.I)


def _without_total(text: str) -> str:
    """A heading's text without the total time after the section's name."""
    bare = _SECTION_TOTAL.sub("", text)
    return bare if bare.strip() else text


def _heading_candidate(line: Line) -> bool:
    text = _without_total(
        plain(despace(line.text.strip())).strip().rstrip(":").strip()
    )  # ("E X P E R I E N C E")
    # (a name in two languages is longer: "Expérience professionnelle | Professional Experience")
    bilingual = _BILINGUAL.search(text) is not None
    if not text or len(text) > (64 if bilingual else 48) or EMAIL.search(text) or re.search(r"\d{2,}", text):
        return False
    return len(text.split()) <= (7 if bilingual else 5) and not text.endswith((".", ","))


_BILINGUAL = re.compile(r"\s[/|]\s")


def known_section(line: Line) -> str | None:
    if not _heading_candidate(line):
        return None
    cells = line.cells or (line.text,)
    found = heading_section(cells[0], joined=len(cells) == 1)
    if found and (len(cells) == 1 or all(len(c) <= 3 or c.isdigit() for c in cells[1:])):
        return found
    return None


def heading_section(text: str, *, joined: bool = True) -> str | None:
    """The section a heading's text names: from the vocabulary, or two names joined ("Skills and
    Tech", unless `joined` is False), or with a typing slip, or a section name with a word before
    it ("Top Skills")."""
    halves = _BILINGUAL.split(text, maxsplit=1)
    if len(halves) == 2:
        # the name in two languages, each a section's: "Berufserfahrung / Professional Experience"
        # (not a name and a headline: "Rehime Yılmaz | Software Engineer")
        kinds = [heading_section(h, joined=joined) for h in halves]
        return kinds[0] if all(kinds) else None
    key = heading_key(_without_total(text))
    found = words()["headings"].get(key)
    if found is None and joined and len(key.split()) <= 4:
        found = _compound_heading(text)
    if found is None:
        found = _misspelt_heading(key)
    if found is None:
        found = _qualified_heading(text, key)
    if found is None:
        found = _compound_word_heading(key)
    return found


def _compound_word_heading(key: str) -> str | None:
    """A section name made of two words in one ("Berufserfahrung", "EDV-Kenntnisse",
    "Sprachkenntnisse"): the section its last part names, with at most a short word before it."""
    joined = key.replace(" ", "")
    if len(key.split()) > 2 or not joined.isalpha():
        return None
    for ending, section in words()["heading_endings"]:
        if joined.endswith(ending) and len(joined) - len(ending) <= 10:
            return section
    return None


def _qualified_heading(text: str, key: str) -> str | None:
    """A one-word section name with one word before it that says which or what kind ("Top
    Skills", "Selected Projects", "Research Experience"), the word in front not a role's ("Lead
    Experience" is not a heading)."""
    typed = key.split()
    if len(typed) != 2 or not typed[0].isalpha() or typed[1] not in _QUALIFIABLE:
        return None  # "Main activities" is a label of a Europass entry, "Acme Software" a company
    if title_score(typed[0]) >= 1 or company_score(text) > 0:
        return None
    return words()["headings"].get(typed[1])


# The section names a word in front narrows without making them another ("Key Skills"), as
# heading_key spells them.
_QUALIFIABLE = frozenset({"skill", "experience", "education", "project", "competencie"})


def _one_edit_apart(a: str, b: str) -> bool:
    """Do `a` and `b` differ by one letter left out, added, changed or two swapped?"""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    start = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    if len(a) < len(b):
        return a[start:] == b[start + 1 :]
    return a[start + 1 :] == b[start + 1 :] or (
        a[start : start + 2] == b[start : start + 2][::-1] and a[start + 2 :] == b[start + 2 :]
    )


@functools.cache
def _headings_of_shape(count: int, length: int) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The vocabulary's headings of `count` words within one letter of `length` long: those a
    single typing slip could have turned into a heading of that shape."""
    return tuple(
        (tuple(known.split()), section)
        for known, section in words()["headings"].items()
        if len(known.split()) == count and abs(len(known) - length) <= 1
    )


def _misspelt_heading(key: str) -> str | None:
    """A heading of two or more words with one typing slip ("Expérience professionelle",
    "Profesional Experience"): one word a single edit from the vocabulary's, the others the same.
    Single words are left alone: "Experienced" is a word of a sentence, not a heading."""
    typed = key.split()
    if len(typed) < 2 or len(key) < 12:
        return None
    for names, section in _headings_of_shape(len(typed), len(key)):
        slips = [(t, n) for t, n in zip(typed, names, strict=True) if t != n]
        if len(slips) == 1 and len(slips[0][1]) >= 6 and _one_edit_apart(*slips[0]):
            return section
    return None


_JOINED = re.compile(r"\s+(?:and|&|/|\+)\s+|\s*[/&+]\s*", re.I)


def _compound_heading(text: str) -> str | None:
    """The section a heading of two names joined names first ("Skills and Tech", "Experience &
    Volunteering"); None when what follows is a job's words ("Education and Outreach
    Coordinator")."""
    parts = _JOINED.split(plain(text), maxsplit=1)
    if len(parts) < 2 or title_score(parts[1]) > 0 or len(parts[1].split()) > 2:
        return None
    return words()["headings"].get(heading_key(parts[0]))


# A level on the Common European Framework, which only languages spoken are given ("(C1)").
_CEFR = re.compile(r"[(\s,:–-](?:[ABC][12])(?:[)\s,/]|$)")


def _names_spoken(texts) -> bool:
    """Does this text name a spoken language ("English (native)", "angličtina (C1)")?"""
    # (Turkish "İ" lowers to "i" and a combining dot: "İngilizce" is "ingilizce")
    named = {t for text in texts for t in re.findall(r"[^\W\d_]+", text.lower().replace("\u0307", ""))}
    return bool(named & words()["spoken"]) or any(_CEFR.search(f" {text}") for text in texts)


def _skill_category(line: Line, skills: Section) -> bool:
    """Is this section name ("Languages", "Tools") a category inside the skills list above it:
    its first line, or styled like the categories before it and not like the section headings?"""
    if not skills.lines:
        return True
    style = _style(line)
    return (
        skills.heading is not None
        and style != _style(skills.heading)
        and any(_style(other) == style for other in skills.lines)
    )


def _headings_by_style_alone(lines: list[Line], body_style: tuple | None) -> list[int]:
    """The lines set as headings in a document none of whose headings we can read: a style
    above the body's (larger, or a Word or Markdown heading level) but smaller than the name's,
    that sets at least two lines, every one of them short and alone (a name for what follows),
    each with lines of its own below it."""
    top_size = max((line.size for line in lines), default=1.0)
    by_style: dict[tuple, list[int]] = {}
    for index, line in enumerate(lines):
        by_style.setdefault(_style(line), []).append(index)
    found: list[int] = []
    for style, indexes in by_style.items():
        size, _bold, _caps, level = style
        above_body = (size > 1.05 and size < top_size) or level >= 1
        if style == body_style or not above_body or len(indexes) < 2 or 0 in indexes:
            continue
        if not all(
            _heading_candidate(lines[i])
            and "," not in lines[i].text
            and len(plain(lines[i].text).split()) <= 4
            and i + 1 < len(lines)
            and _style(lines[i + 1]) != style
            for i in indexes
        ):
            continue
        if len(indexes) > len(found):
            found = indexes
    return found


def _another_entry_head(lines: list[Line], index: int, section: Section, body_style: tuple | None) -> bool:
    """Is this line, styled like the headings ("LUMENSTACK" in bold capitals), the head of one
    more entry of the jobs or degrees above: set unlike the body but like an earlier line of the
    section that had its dates on the line below, and with its own dates below it too?"""
    if section.kind not in ("experience", "education"):
        return False

    def dated_below(at: int) -> bool:
        return at + 1 < len(lines) and find_period(lines[at + 1].text)[0] is not None

    if not dated_below(index):
        return False

    def set_as(line: Line) -> tuple:  # (capitals aside: "ROBINSON & SONS, Mölndal")
        size, bold, _caps, level = _style(line)
        return size, bold, level

    style = set_as(lines[index])
    if body_style is not None and style == (body_style[0], body_style[1], body_style[3]):
        return False  # (plain text: every line is set alike)
    for at in range(index - 1, -1, -1):
        if lines[at] is section.heading:
            return False
        if set_as(lines[at]) == style and dated_below(at):
            return True
    return False


def split_sections(lines: list[Line]) -> tuple[list[Line], list[Section]]:
    """The lines above the first section heading, and the sections in order.

    Headings are recognised by their words; then the document's own heading style (size, weight,
    capitals, Word level, learned from the headings recognised) marks unknown headings
    ("Leadership", "Teaching") too, so they end the section above them instead of joining it."""
    known = {i: known_section(line) for i, line in enumerate(lines)}
    styles = Counter(_style(lines[i]) for i, kind in known.items() if kind)
    # The body's style is the one most of the text is set in (not most lines: in a short
    # resume the headings can outnumber any one style of body line).
    text_in: Counter[tuple] = Counter()
    for line in lines:
        text_in[_style(line)] += len(line.text)
    body_style = text_in.most_common(1)[0][0] if lines else None
    # A style marks headings only when it is theirs: used by the known headings and by few
    # other lines (a bold that also sets job titles and skill categories marks nothing).
    usage = Counter(_style(line) for line in lines)
    # Capitals mark a heading only in a document that does not set most of its lines in them.
    lettered = [line for line in lines if any(c.isalpha() for c in line.text)]
    caps_lines = sum(_style(line)[2] for line in lettered)
    caps_distinctive = caps_lines <= 0.3 * max(1, len(lettered))
    heading_styles = {
        s
        for s, n in styles.items()
        if s != body_style and (s[0] > 1.05 or s[1] or s[2] or s[3]) and usage[s] <= 2 * n + 1
    }
    if not styles:
        # No heading in words we know (a resume in a language the vocabulary lacks): the
        # document's own heading style marks its sections, and what they hold says which.
        for index in _headings_by_style_alone(lines, body_style):
            known[index] = "other"
    header: list[Line] = []
    sections: list[Section] = []
    stranded = False
    top_size = max((line.size for line in lines), default=1.0)

    for index, line in enumerate(lines):
        kind = known[index]
        if (
            kind is not None
            and sections
            and not stranded
            and sections[-1].kind == "skills"
            and _skill_category(line, sections[-1])
        ):
            kind = None
        elif kind is None and _heading_candidate(line):
            text = plain(line.text)
            letters = [c for c in text if c.isalpha()]
            plain_noun = (
                "," not in text
                and len(text.split()) <= 3
                and max(title_score(text), company_score(text), institution_score(text)) < 1.0
            )
            plain_noun = plain_noun and text.lower().rstrip(":") not in words()["entry_labels"]
            styled = _style(line) in heading_styles and len(letters) >= 3 and plain_noun
            marked = line.heading and line.level in {s[3] for s in heading_styles | {(0, 0, 0, 1)}}
            caps = (
                caps_distinctive
                and len(letters) >= 4
                and all(c.isupper() for c in letters)
                and len(text.split()) <= 4
                and not known.get(index + 1)
                and bool(sections)
                and ":" not in text
                and text.lower() not in words()["entry_labels"]
                # a job's title in capitals ("SOLUTIONS ARCHITECT", under its dates) is no heading
                and max(title_score(text), company_score(text)) < 1.0
                and not (index and find_period(lines[index - 1].text)[0])
            )
            # Under a heading with nothing yet below it, or inside a skills list, a line styled
            # like a heading is a sub-heading (a skill category), not a new section.
            nested = (
                bool(sections) and not stranded and (not sections[-1].lines or sections[-1].kind == "skills")
            )
            # (In a main column's top, read after a sidebar, only a known heading ends it: its
            # lines are the name, set large and maybe in capitals, and the contact details.)
            if (
                (styled or marked or caps)
                and sections
                and not nested
                and not stranded
                and not _another_entry_head(lines, index, sections[-1], body_style)
            ):
                kind = _compound_heading(text) or "other"
            elif (
                not sections
                and index > 0
                and _style(line) in heading_styles
                and len(letters) >= 3
                and len(text.split()) <= 5
                and "," not in text
                # (smaller than the name; or, where no sizes are known, a Markdown "##")
                and (line.size < top_size or (line.heading and line.level >= 2))
                and max(title_score(text), company_score(text), institution_score(text)) < 1.0
                and any(find_period(below.text)[0] for below in lines[index + 1 : index + 4])
            ):
                # The first section, under a name of the writer's own ("Where I have worked")
                # and set like the known headings further down: entries with dates follow.
                kind = "other"
        if kind is None and len(line.cells) > 1 and column_slots(line.text) is None:
            # A heading in the margin beside its first line ("Work | Senior Engineer"); not a
            # table's header row ("Qualification | Board / University | Year of Passing")
            first = replace(line, text=line.cells[0], cells=())
            margin_kind = known_section(first)
            if (
                margin_kind == "languages"
                and sections
                and sections[-1].kind == "skills"
                and not _names_spoken(line.cells[1:])
            ):
                margin_kind = None  # "Languages | Rust, Python" among the skill categories
            if margin_kind:
                rest = line.cells[1:]
                sections.append(Section(margin_kind, first))
                sections[-1].lines.append(
                    Line(
                        "\t".join(rest),
                        size=line.size,
                        bold=line.bold,
                        column=line.column,
                        page=line.page,
                        cells=rest,
                    )
                )
                continue
        if kind is not None:
            sections.append(Section(kind, line))
            stranded = False
        elif sections:
            last = sections[-1]
            starts_column = index > 0 and line.column != lines[index - 1].column
            if starts_column:
                stranded = False  # the top ends with its column
            if (
                starts_column
                and line.page == 0
                and line.size >= max(1.6, top_size)
                and (last.heading is None or line.size > last.heading.size)
            ):
                # A sidebar read before the main column, which opens with the page's largest
                # line (the name): its lines up to its first heading are the page's top.
                stranded = True
            (header if stranded else last.lines).append(line)
        else:
            header.append(line)
    return header, sections


# ---- contact details -----------------------------------------------------------------------


# An address a narrow column broke inside a word ("jo@mail.exa" + "mple.org", "…EXAMPLE.OR" + "G"):
# the piece after the break has no space in it and is not a word or an address of its own.
_BROKEN_EMAIL = re.compile(
    r"(?P<head>[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9.-]*[A-Za-z0-9])[ \t]+"
    r"(?P<tail>[A-Za-z0-9.-]*[A-Za-z0-9])(?=\s|$)"
)


_COMMON_TLDS = frozenset(
    "com org net edu gov mil int io dev co ai me app info biz us uk de fr es it nl pl se ch at be dk no "
    "fi ie pt cz hu ro gr tr ru ua jp cn kr in br au ca mx ar cl nz za sg hk tw il ae eu xyz tech".split()
)


def find_email(lines: list[Line]) -> str | None:
    texts = [line.text for line in lines]
    for index, text in enumerate(texts):
        if "@" not in text:
            continue
        # "an-" at the end of one line and "drew42@mail.org" at the start of the next: TeX
        # hyphenated the address
        start = EMAIL.match(text.strip())
        before = lines[index - 1].cells or (texts[index - 1],) if index else ()
        for cell in before if start is not None else ():
            assert start is not None
            piece = cell.split()[-1] if cell.split() else ""
            joined = piece[:-1] + start.group(0)
            if re.fullmatch(r"[A-Za-z0-9._]{1,15}-", piece) and EMAIL.fullmatch(joined):
                return joined.rstrip(".")
        following = texts[index + 1] if index + 1 < len(texts) else ""
        for candidate in (text, f"{text} {following.split()[0]}" if following.strip() else None):
            if candidate is None:
                continue
            broken = _BROKEN_EMAIL.search(candidate)
            if broken:
                head, tail = broken.group("head"), broken.group("tail")
                joined = head + tail
                whole = EMAIL.fullmatch(joined)
                head_whole = EMAIL.fullmatch(head)
                if (
                    whole
                    and "@" not in tail
                    and not tail.lower().startswith(("www", "http"))
                    # the head does not end in a domain people use: "…@mail.exa", "…EXAMPLE.OR"
                    and not (head_whole and head.rsplit(".", 1)[-1].lower() in _COMMON_TLDS)
                    and (tail.islower() or tail.isupper() or tail.isdigit() or "." in tail)
                ):
                    return joined.rstrip(".")
        match = EMAIL.search(text)
        if match:
            return match.group(0).rstrip(".")
    return None


_TLD_REGION = {
    "uk": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "se": "SE",
    "tr": "TR", "in": "IN", "jp": "JP", "cn": "CN", "kr": "KR", "br": "BR", "au": "AU", "ca": "CA",
    "ch": "CH", "at": "AT", "be": "BE", "ie": "IE", "pt": "PT", "vn": "VN", "mx": "MX", "sg": "SG",
}  # fmt: skip
_REGIONS = [
    "US",
    "GB",
    "DE",
    "FR",
    "IN",
    "ES",
    "IT",
    "NL",
    "BR",
    "JP",
    "CN",
    "KR",
    "AU",
    "CA",
    "PL",
    "SE",
    "TR",
    "VN",
]


_RTL = re.compile(r"[\u0590-\u08ff]")


def _rtl_number_pieces(text: str) -> str:
    """A number on a right-to-left line, which a PDF lays out as separate runs ("06 <tab> 96 <tab>
    … <tab> : 12 <tab> الهاتف", "708 <tab> — <tab> 084"): its groups put back together, the label's
    colon that fell between them left out, a dash between two groups kept without spaces."""
    if not _RTL.search(text) or "\t" not in text:
        return text
    text = re.sub(r"(?<=\d)\t:\s*(?=\d)", "\t", text)
    text = re.sub(r"(?<=\d)\t([-–—.])\t(?=\d)", r"\1", text)
    return re.sub(r"(?<=\d)\t(?=\d)", " ", text)


def _phone_text(text: str) -> str:
    """The text with every dash a hyphen and "(+44)" as " +44 ", character for character."""
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    return re.sub(r"\(\+(\d{1,3})\)", lambda m: " +" + m.group(1) + " ", text)


def find_phone(lines: list[Line], email: str | None) -> tuple[str | None, float]:
    import phonenumbers

    regions = []
    if email and "." in email:
        tld = email.rsplit(".", 1)[-1].lower()
        if tld in _TLD_REGION:
            regions.append(_TLD_REGION[tld])
    regions += [r for r in _REGIONS if r not in regions]
    for line in lines:  # a number after a label is a phone, however short
        label = _PHONE_LABEL.search(line.text)
        if label:
            return label.group("number").strip(), 0.85
    for index, line in enumerate(lines):
        raw = _rtl_number_pieces(line.text)
        following = lines[index + 1].text if index + 1 < len(lines) else ""
        if (
            re.search(r"(?:^|[\s·|,])[+(][\d\s().\-–]*[\d)]\s*$", raw)  # ("+44 (0) 20", "(030)")
            and len(re.findall(r"\d", raw)) < 7  # (too short to be a number alone)
            and re.fullmatch(r"[\d\s().\-–]{3,16}", following.strip())
            and 8 <= len(re.findall(r"\d", raw + following)) <= 15
        ):
            raw = (
                f"{raw} {following.strip()}"  # a number wrapped in a narrow cell ("+44 (0) 20" / "8828 9597")
            )
        if len(re.findall(r"\d", raw)) < 7:
            continue
        text = _phone_text(raw)
        text = EMAIL.sub(lambda m: " " * len(m.group(0)), text)
        text = _URL.sub(lambda m: " " * len(m.group(0)), text)
        # Every reading of the line, in the regions it may be from: the longest valid one wins
        # ("0151 55250512" is one German number, not "55250512" somewhere else).
        best: tuple | None = None
        for rank, region in enumerate(regions[:8]):
            for match in phonenumbers.PhoneNumberMatcher(
                text, region, leniency=phonenumbers.Leniency.POSSIBLE
            ):
                digits = re.sub(r"\D", "", match.raw_string)
                period, rest = find_period(match.raw_string)
                if len(digits) < 7 or (period and len(re.sub(r"\D", "", rest)) < 4):
                    continue  # a date range, not a number
                valid = phonenumbers.is_valid_number(match.number)
                key = (valid, match.end - match.start, -rank)
                if best is None or key > best[0]:
                    best = (key, match, valid)
        if best is not None:
            _, match, valid = best
            printed = raw[match.start : match.end].strip()
            if raw[match.start - 1 : match.start] == "(" and printed.startswith("+"):
                printed = "(" + printed
            return printed, 0.95 if valid else 0.75
    for line in lines[:6]:  # a short number alone on a contact line (an extension, a local number)
        for cell in line.cells or (line.text,):
            cell = cell.strip()
            digits = re.sub(r"\D", "", cell)
            if (
                re.fullmatch(r"[+(]?\d[\d\s().\-]{3,}\d", cell)
                and 6 <= len(digits) <= 15
                and not find_period(cell)[0]
            ):
                return cell, 0.6
    return None, 0.0


_PHONE_LABEL = re.compile(
    r"\b(?:phone|tel|telephone|téléphone|telefon|mobile|mob|cell|handy)\b\.?\s*[:.]?\s*"
    r"(?P<number>[+(]?\d[\d\s().\-\u2010-\u2015/]{3,}\d)",
    re.IGNORECASE,
)
_NAME_PREFIX = re.compile(
    r"^(resume|résumé|curriculum vitae|cv|lebenslauf)(\s+(of|de|von))?\s*[:\-–—]?\s*", re.I
)


def _name_part(text: str) -> str | None:
    """The person's name in `text`, without a headline glued to it; None if it is not one."""
    text = _NAME_PREFIX.sub("", plain(text)).strip(" ,|")
    if not text or EMAIL.search(text) or _URL.search(text) or re.search(r"\d", text):
        return None
    text = _after_label(text)
    if re.fullmatch(r"[\u3005-\u3007\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af·・ ]{2,12}", text):
        return text  # a CJK name (with the iteration mark of "佐々木")
    w = words()
    if "," in text:  # "Ruiz, Ana" (surname first), or "Ana Ruiz, PhD"
        parts = [p.strip() for p in text.split(",")]
        creds = [p for p in parts[1:] if p.lower().replace(" ", "") in w["credentials"]]
        if creds:
            text = parts[0]
        elif len(parts) == 2 and all(1 <= len(p.split()) <= 2 for p in parts):
            text = f"{parts[1]} {parts[0]}"
        else:
            return None
    tokens = text.split()
    kept: list[str] = []
    for token in tokens:
        bare = token.strip(".").lower()
        if bare in w["roles"] or (bare in w["titles"] and kept and len(kept) >= 2):
            break
        kept.append(token)
    if not 1 <= len(kept) <= 5 or (len(kept) < len(tokens) and len(kept) < 2):
        return None
    if any(t.lower().strip(".:") in w["name_stop"] for t in kept) or (
        len(kept) == 1 and kept[0].lower() in w["present"]
    ):
        return None  # "Curriculum Vitae", or the "Present" of a date range
    if heading_key(" ".join(kept)) in w["headings"]:
        return None
    if all(t.strip(".").lower() in w["titles"] for t in kept):
        return None  # "Junior Business": words of a title, not a name
    for position, token in enumerate(kept):
        core = token.strip(".'’-")
        # (a Vietnamese honorific before the name is written in lower case after "Quý": "Quý ông")
        honorific = position == 1 and kept[0].lower() == "quý" and core.lower() in ("ông", "bà", "cô")
        if not core or (not core[0].isupper() and core.lower() not in _PARTICLES and not honorific):
            return None
        if not all(c.isalpha() or c in ".'’-" for c in token):
            return None
    half = len(kept) // 2
    if len(kept) % 2 == 0 and half and kept[:half] == kept[half:]:
        kept = kept[:half]  # the name twice (an image's alt text beside it)
    name = " ".join(kept)
    if name.isupper() and (len(name) > 3 or re.search(r"[AEIOUY]", name) or name in _HONORIFICS):
        return _name_case(name)
    return name


_HONORIFICS = frozenset({"DR", "MR", "MS", "MRS", "PROF"})  # ("IWO" is a name, "JD" initials)


def _name_case(name: str) -> str:
    """A name in capitals as it is written: each part capitalised, a surname's small words in
    lower case after the first ("EVANGELINA DEL JAÉN", "FEENSTRA-DE KOK")."""
    parts = re.split(r"([ -])", name.title())
    return "".join(p.lower() if index > 0 and p.lower() in _PARTICLES else p for index, p in enumerate(parts))


# The small words of surnames ("van 't Hoff", "ten Brink", "dos Santos", "y Gasset").
_PARTICLES = frozenset(
    "van von de da der den het di la le del della degli dei bin ibn ben al el ten ter te du des dos das do "
    "y zu vom zum zur af av t".split()
)


def _after_label(text: str) -> str:
    """A name without the section label printed in the margin beside it ("PERSONAL INFORMATION
    Ana Ruiz"): two or three words naming a section, or one in capitals before words that are
    not."""
    tokens = text.split()
    for n in (3, 2, 1):
        if len(tokens) <= n:
            continue
        head, rest = " ".join(tokens[:n]), " ".join(tokens[n:])
        if (n > 1 or (head.isupper() and not rest.isupper())) and heading_section(head, joined=False):
            return rest
    return text


_NAME_LABEL = re.compile(
    r"^\s*(?:full name|name|name\s*/\s*surname|surname\s*/\s*name|first name\s*/\s*surname|nom|nombre|naam|"
    r"nome|vorname\s*/\s*nachname|氏\s*名|姓\s*名"
    # Russian and Ukrainian ("ФИО", "ПІБ": surname, name, patronymic), Polish, Czech, Hungarian
    r"|фио|ф\.и\.о\.|имя|піб|ім'я|imię i nazwisko|jméno a příjmení|jméno|név)\s*[:：]\s*(?P<value>.+)$",
    re.I,
)


def find_name(lines: list[Line]) -> tuple[str | None, float]:
    """The most prominent name-shaped line near the top: size, weight and position, scored."""
    if not lines:
        return None, 0.0
    for line in lines[:30]:
        match = _NAME_LABEL.match(line.text.replace("\t", ": ", 1))
        if match and _name_part(match.group("value")):
            return _name_part(match.group("value")), 0.95  # "Name / Surname: Bilge, Elvan" (Europass)
    sizes = sorted({round(line.size, 2) for line in lines}, reverse=True)
    # Near the top; and the first page's largest line wherever it was read (a main column read
    # after a long sidebar starts with the name).
    near = [
        index
        for index, line in enumerate(lines)
        if index < 14 or (line.page == 0 and round(line.size, 2) == sizes[0] and sizes[0] >= 1.5)
    ]
    best, best_score, best_index = None, -1.0, 0
    for index in near:
        position, line = min(index, 14), lines[index]
        cells = line.cells or (line.text,)
        # a name set large whose words were set apart ("山本   さゆり", first and last names in
        # two faces)
        largest = round(line.size, 2) == sizes[0] and sizes[0] >= 1.3
        same_type = not line.cell_sizes or max(line.cell_sizes) <= 1.1 * min(line.cell_sizes)
        whole = largest and same_type and 2 <= len(cells) <= 3 and all(_name_part(c) for c in cells)
        joined = (" ".join(cells),) if whole else ()
        for cell in (*cells, *joined):
            for part in re.split(r"\s[|•·—–-]\s|\s{3,}", cell):
                head, comma, headline = part.partition(",")
                if comma and title_score(headline) >= 1.0:
                    part = head  # "Ana Ruiz, Staff Engineer": the name and a headline
                name = _name_part(part)
                if not name:
                    continue
                score = 3.0 - 0.2 * position
                if round(line.size, 2) == sizes[0] and sizes[0] > 1.0:
                    score += 3.0
                elif line.size > 1.15:
                    score += 1.5
                if line.bold:
                    score += 0.5
                if line.heading and line.level <= 1:
                    score += 1.5
                if len(name.split()) >= 2 or re.search(r"[\u3400-\u9fff\uac00-\ud7af]", name):
                    score += 1.0
                if part.strip().lower() != name.lower():  # (a name in capitals is the name)
                    score -= 0.5
                if find_period(line.text)[0] is not None or company_score(part) >= 2.5:
                    score -= 2.0  # a part of an entry's line with its dates ("… | North Labs | 2024 – …")
                if cell in joined and len(name) > len(best or "") and best_index == index:
                    score += 0.1  # the whole of what this line's parts say, over one part
                if score > best_score:
                    best, best_score, best_index = name, score, index
    if best is None:
        return None, 0.0
    best = _surname_below(lines[: max(15, best_index + 2)], best)
    return best, 0.95 if best_score >= 5.5 else 0.75 if best_score >= 3.5 else 0.5


def _first_cell_size(line: Line) -> float:
    return line.cell_sizes[0] if line.cell_sizes else line.size


def _ideographic(text: str) -> bool:
    return bool(re.search(r"[\u3400-\u9fff\uac00-\ud7af\u3040-\u30ff]", text))


def _surname_below(lines: list[Line], name: str) -> str:
    """A name set large with lines near it in the same type holding the rest of it is the whole:
    moderncv's first name over surname, a first name set light over the surname in bold, or a
    long name wrapped in a narrow cell ("Yalın Tümer" over "Yaman"; "Mireia" over "Hervás" over
    "Peinado", the cell's lines read across a row with the next cell's, "Hervás <tab> e-mail")."""
    for index, line in enumerate(lines[:-1]):
        if name not in (_name_part(line.text), _name_part(_first_cell(line))):
            continue
        if line.size < 1.3:  # in body type: only a surname on the very next line, in the same weight
            after = lines[index + 1]
            other = _name_part(after.text)
            if (
                len(name.split()) == 1
                and other
                and other != name
                and len(other.split()) <= 2
                and abs(after.size - line.size) < 0.05
                and after.bold == line.bold
                and title_score(after.text) < 1.0  # (the headline under the name: "Staff Engineer")
                and _ideographic(name) == _ideographic(other)  # ("秦霞" has no Latin surname)
            ):
                return _name_joined([name, other])
            return name
        parts = [name]
        at = index
        while sum(len(p.split()) for p in parts) < 5:
            below = _same_type_near(lines, at, 1, line.size)
            if below is None:
                break
            other = _name_part(_first_cell(lines[below]))
            joined = " ".join(parts).lower()
            if (
                not other
                or (other.lower() in joined and not joined.endswith("-"))  # (the header read twice)
                or len(other.split()) > (2 if len(parts) == 1 == len(name.split()) else 1)
            ):
                break
            parts.append(other)
            at = below
        if len(parts) == 1 and len(name.split()) <= 3:
            above = _same_type_near(lines, index, -1, line.size)
            first = _name_part(_first_cell(lines[above])) if above is not None else None
            if first and len(first.split()) == 1 and not re.fullmatch(r"[A-Z]{1,3}", first):
                parts.insert(0, first)  # the first name over the surname, in a lighter weight
        return _name_joined(parts)
    return name


def _name_joined(parts: list[str]) -> str:
    joined = parts[0]
    for part in parts[1:]:
        joined = f"{joined}{part}" if joined.endswith("-") else f"{joined} {part}"  # "Bruijn-" / "Pieters"
    return joined


def _first_cell(line: Line) -> str:
    return line.cells[0] if len(line.cells) > 1 else line.text


def _same_type_near(lines: list[Line], index: int, step: int, size: float) -> int | None:
    """The nearest line (up to three away, `step` up or down) whose first part is set in `size`."""
    for offset in range(1, 4):
        other = index + step * offset
        if not 0 <= other < len(lines):
            return None
        if abs(_first_cell_size(lines[other]) - size) < 0.05:
            return other
    return None


# ---- skills --------------------------------------------------------------------------------

LEVELS = re.compile(
    r"^(expert|advanced|intermediate|beginner|basic|proficient|fluent|native|native speaker|"
    r"professional|elementary|good|excellent|strong|working knowledge|familiar|master|novice|"
    r"experienced|skillful|skilled|competent|limited|conversational|"  # (a builder's five levels)
    r"\d{1,3}\s*%|[★☆●○]+)$",
    re.I,
)
_LABEL = re.compile(r"^(?P<label>[^:,;|]{1,40}?)\s*:\s*(?P<rest>.*)$")
_DASH_LABEL = re.compile(r"^(?P<label>[\w()&+ ./-]{1,30}?)\s+[–—]\s+(?P<rest>.+)$")


def _split_items(text: str) -> list[str]:
    """Split a list on commas, semicolons, bullets, pipes and spaced slashes, never inside
    parentheses; "A/B/C" splits too when every piece is a word of three letters or more."""
    items: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        if depth == 0 and char in ",;•·|\t▪◦●、，；✓✔":
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    out: list[str] = []
    for item in items:
        for piece in re.split(r"\s+/\s+", item):
            slashed = piece.split("/")
            if len(slashed) > 1 and all(len(s.strip()) >= 3 and not s.strip().isdigit() for s in slashed):
                out += slashed
            else:
                out.append(piece)
    return out


# A level printed before the skill it rates: "Intermediate Kubernetes".
_LEVEL_BEFORE = re.compile(r"^(?:expert|advanced|intermediate|beginner|proficient|novice)\s+(?=\w)", re.I)


# How long or how well, after the skill it qualifies: "Python (5 years)", "Docker (Less than 1
# year)", "Go (3+ yrs experience)", "SQL (expert)", "Kotlin – 2 years".
_SKILL_UNITS = r"(?:years?|yrs?|months?|mos?)"
_SKILL_QUALIFIER = re.compile(
    r"\s*(?:\(\s*(?P<in>[^()]{1,40})\s*\)|[–—-]\s+(?P<after>(?:less than |over |about )?\d[\d.,]*\+?\s*"
    rf"{_SKILL_UNITS}\b.*))$",
    re.I,
)
_SKILL_TIME = re.compile(
    r"^(?:(?:less than|under|over|about|more than|approx\.?|~)\s*)?(?:\d[\d.,]*\+?|an?|one)\s*"
    rf"{_SKILL_UNITS}\.?(?:\s+(?:of\s+)?(?:experience|exp\.?|used))?$",
    re.I,
)


def _without_qualifier(item: str) -> str:
    found = _SKILL_QUALIFIER.search(item)
    if not found or found.start() == 0:
        return item
    inner = (found.group("in") or found.group("after") or "").strip()
    if _SKILL_TIME.match(inner) or LEVELS.match(inner) or re.match(r"^\d+(?:\.\d+)?\s*/\s*(?:5|10)$", inner):
        return item[: found.start()].rstrip()
    return item


def _clean_item(item: str) -> str | None:
    item = strip_bullet(item).strip(" .*-–—:/")
    item = _without_qualifier(item)
    item = re.sub(r"^(and|&)\s+", "", item, flags=re.I).strip()
    item = _LEVEL_BEFORE.sub("", item)
    if not item or len(item) > 60 or LEVELS.match(item) or len(item.split()) > 6:
        return None
    if EMAIL.search(item) or _URL.match(item):
        return None  # contact details (a page's foot read after the last section) are no skill
    if re.fullmatch(r"[\d\W]+", item):
        return None
    return item


# A word an item cannot end with: the item goes on ("Agile and" / "Scrum")
_CONNECTOR_END = re.compile(r"(?:^|\s)(?:and|&|of|for|with|in|und|et|y|e|og|och|en)$", re.I)


_MARKED = re.compile(r"^\s*([✓✔☑•▪◦●■➤►▸‣∙*])\s*")


def _marked_item_goes_on(line: Line, following: Line) -> bool:
    """Is the first piece of `following` the rest of the last item of a row of marked items
    ("✓ Docker <tab> ✓ Google" over "Cloud <tab> ✓ scikit-learn")? Every cell of the row starts
    with one mark; the next row's first cell has none, its others (if any) the same mark."""
    cells = [c for c in (line.cells or (line.text,)) if c.strip()]
    after = [c for c in (following.cells or (following.text,)) if c.strip()]
    marks = {m.group(1) for c in cells if (m := _MARKED.match(c))}
    if len(cells) < 2 or len(marks) != 1 or not all(_MARKED.match(c) for c in cells) or not after:
        return False
    mark = marks.pop()
    return (
        not _MARKED.match(after[0])
        and len(after[0].split()) <= 2
        and all((m := _MARKED.match(c)) and m.group(1) == mark for c in after[1:])
    )


def _continues_item(line: Line, following: Line) -> bool:
    """Is `following` the rest of a comma list that wrapped inside its last item ("…, Docker,
    Hugging" over "Face, MLflow")? A list wrapped between items keeps its comma at the line's
    end; without one, the line's last piece and the next line's first are one item when that
    piece cannot end an item (a connector), or the rest begins in lower case and neither half is
    a skill of its own, or the two make a known skill that the halves alone are not."""
    if len(line.cells or (line.text,)) > 1 or len(following.cells or (following.text,)) > 1:
        return False
    text, rest = plain(line.text), plain(following.text)
    if (
        is_bullet(text)
        or is_bullet(rest)
        or line.bold != following.bold
        or abs(line.size - following.size) > 0.05
    ):
        return False
    if re.search(r"[^\W\d_]-$", text) and ("," in text or "," in rest) and not _LABEL.match(rest):
        return True  # "Figma, Test-" over "driven development, …": a word broken at a hyphen
    if text.count(",") < 2 or re.search(r"[,;|/·•:]$", text) or _LABEL.match(rest):
        return False
    last, first = text.rsplit(",", 1)[1].strip(), _split_items(rest)[0].strip()
    if not last or not first or len(last.split()) > 3 or len(first.split()) > 3:
        return False
    if _CONNECTOR_END.search(last):
        return True
    from careeros.onboarding import taxonomy

    known = taxonomy.load()
    if first[:1].isalpha() and first[:1].islower():
        return not (known.lookup(last) or known.lookup(first))
    return known.lookup(f"{last} {first}") is not None and not (known.lookup(last) and known.lookup(first))


def _lists_unwrapped(lines: list[Line]) -> list[Line]:
    """The section's lines with each comma list that wrapped inside an item put back on one line."""
    from careeros.onboarding.layout import hyphenated_compound

    out: list[Line] = []
    for line in lines:
        if out and _marked_item_goes_on(out[-1], line):
            # (the rest joins the row's last cell; the row's other cells stay as they are)
            above, below = list(out[-1].cells), list(line.cells or (line.text,))
            cells = (*above[:-1], f"{above[-1]} {below[0].strip()}", *below[1:])
            out[-1] = replace(out[-1], text="\t".join(cells), cells=cells)
            continue
        if out and _continues_item(out[-1], line):
            head, rest = out[-1].text.rstrip(), line.text.strip()
            if re.search(r"[^\W\d_]-$", head):
                # (a compound keeps its hyphen, "Test-driven"; a word hyphenated to fit loses it)
                compound = hyphenated_compound(head.split()[-1], rest.split()[0]) or not rest[:1].islower()
                joined = head + rest if compound else head[:-1] + rest
            else:
                joined = f"{head} {rest}"
            out[-1] = replace(out[-1], text=joined, cells=())
            continue
        out.append(line)
    return out


def parse_skills(sections: list[Section]) -> list[str]:
    found: list[str] = []
    for section in sections:
        lines = _lists_unwrapped([line for line in section.lines if plain(line.text)])
        # A category name styled apart from the line it labels (bold or larger over a list:
        # "Frontend" over "React, TypeScript") is not a skill.
        for index, line in enumerate(lines):
            cells = list(line.cells or (line.text,))
            following = lines[index + 1] if index + 1 < len(lines) else None
            label_styled = (
                following is not None
                and (
                    (line.bold and not following.bold)
                    or line.size > following.size + 0.05
                    or (line.italic and not following.italic and len(plain(line.text).split()) <= 2)
                )
                and all(len(plain(cell).split()) <= 4 for cell in cells)
                and "," not in line.text
            )
            if label_styled:
                continue
            if (
                len(cells) > 1
                and not is_bullet(cells[0])
                and (  # "• A <tab> • B": a grid of items
                    cells[0].rstrip().endswith(":")
                    or (
                        len(cells[0].split()) <= 3
                        and len(_split_items(" , ".join(cells[1:]))) > len(cells) - 1
                    )
                )
            ):
                cells = cells[1:]  # "Frontend (expert) <tab> React, Vue": the category label
            text = "\t".join(cells)
            label = _LABEL.match(plain(text))
            if label and len(label.group("label").split()) <= 5:
                text = label.group("rest")
                # "SKILLS & INTERESTS": a line of interests (or of languages spoken) is not skills
                named = heading_section(label.group("label"), joined=False)
                if named in ("interests", "references", "awards", "volunteer") or (
                    named == "languages" and _names_spoken([i.strip() for i in _split_items(text)])
                ):
                    continue
            else:
                dash = _DASH_LABEL.match(plain(text))
                if dash and ("," in dash.group("rest") or len(dash.group("rest").split()) <= 3):
                    text = dash.group("rest")
            if (
                following is not None
                and len(line.cells or (line.text,)) == 1
                and len(plain(line.text).split()) <= 3
                and len(_split_items(line.text)) == 1
                and not is_bullet(line.text)
                and not is_bullet(following.text)
                and (
                    _skills_sentence(following.text)
                    or _spoken_line(following.text)
                    or (len(_split_items(following.text)) >= 3 and _skill_in_words(plain(line.text)) is None)
                )
            ):
                continue  # a skill group's name over its list or its paragraph ("Cloud")
            if _spoken_line(text):
                continue  # languages spoken, under a name we cannot read ("Yabancı Diller")
            sentence = _skills_sentence(text)
            for number, item in enumerate(_split_items(text)):
                cleaned = _clean_item(item)
                if cleaned and sentence and number == 0:
                    cleaned = _skill_in_words(cleaned)  # "Worked daily with Docker": Docker
                if cleaned and cleaned.lower() not in {f.lower() for f in found}:
                    found.append(cleaned)
    return found[:150]


def _spoken_line(text: str) -> bool:
    """Does the line list languages spoken, each with its level ("İngilizce (İleri), Almanca
    (Başlangıç)", "English (C1)"): at least half its items name one?"""
    return _mostly_spoken([i.strip() for i in _split_items(plain(text)) if i.strip()])


def _mostly_spoken(items: list[str]) -> bool:
    """Does at least half of a list name languages spoken?"""
    return bool(items) and 2 * sum(_names_spoken([i]) for i in items) >= len(items)


def _skills_sentence(text: str) -> bool:
    """A sentence that names skills ("Worked daily with Docker, Helm."), not a long list."""
    items = _split_items(text)
    first = _clean_item(items[0]) if items else None
    return (
        first is not None and len(first.split()) >= 3 and first.split()[0].lower() in words()["action_verbs"]
    )


def _skill_in_words(item: str) -> str | None:
    """In a sentence of a skills section, the skill an item ends with ("Worked daily with Docker",
    "Google Cloud"), if the list of skills knows it; a piece of prose otherwise."""
    from careeros.onboarding.taxonomy import load

    taxonomy = load()
    tokens = item.rstrip(".").split()
    for start in range(max(0, len(tokens) - 4), len(tokens)):
        candidate = " ".join(tokens[start:])
        if taxonomy.lookup(candidate):
            return candidate
    return None


# ---- entries -------------------------------------------------------------------------------


@dataclass
class Entry:
    period: Period | None = None
    title: str | None = None
    company: str | None = None
    location: str | None = None
    degree: str | None = None
    school: str | None = None
    body: int = 0  # description lines seen
    heads: int = 0
    highlights: list[str] = field(default_factory=list)  # the first description lines, as written
    guessed: bool = False  # the title was a guess (a field neither clearly title nor company)
    tabled: bool = False  # a row of a table whose columns are labelled


# A line that is only a phone number (the header's contact column read after a section).
_PHONE_ONLY = re.compile(r"^\+?[\d\s().\-–—/]{7,22}$")


def _line_role(line: Line) -> str:
    text = plain(line.text)
    if is_bullet(line.text):
        period, rest = find_period(text)
        if period is not None and period.current and not rest and _RTL.search(text):
            return "date"  # "– היום 2023": a right-to-left range's dash first, no bullet's
        return "bullet"
    if _PHONE_ONLY.match(text) and sum(c.isdigit() for c in text) >= 7 and not RANGE.fullmatch(text):
        return "link"  # contact details are no entry's header
    period, rest = find_period(text)
    if period is not None:
        rest = re.sub(r"^\(?\s*\d+\s*(years?|yrs?|months?|mos?)\b.*$", "", rest, flags=re.I).strip()
        if not rest or _DURATION.match(rest) or is_place(rest):
            return "date"
        return "head"
    if _DURATION.match(text):
        return "duration"
    bare = text.strip("()[] ")
    if EMAIL.fullmatch(bare) or (
        _URL.fullmatch(bare)
        and (re.match(r"(?i)https?://|www\.", bare) or "/" in bare or bare.count(".") >= 2)
    ):
        return "link"  # a company's website under its name
    if all(is_place(c) for c in (line.cells or (text,))):
        return "place"
    if is_prose(text):
        return "prose"
    return "head"


def _parts(text: str) -> list[str]:
    """A header line's parts: its layout cells, then separators people type between fields."""
    parts: list[str] = []
    for position, cell in enumerate(text.split("\t")):
        if position:
            # "**Title** <tab> at Company": the word for "at" began the cell a change of face set
            # apart
            cell = re.sub(r"^\s*(?:at|@|bij|bei|chez|presso)\s+(?=[A-Z0-9])", "", cell)
        chunks = []
        for chunk in re.split(r"\s+[|•·]\s+|\s+[–—]\s+|\s+-\s+|\s+@\s+", cell):
            # "Lake University: BSc Physics": an organisation, then what was done there
            org, colon, rest = chunk.partition(": ")
            if colon and max(institution_score(org), company_score(org)) >= 1.0 and not _GPA.search(org):
                chunks += [org, rest]
            else:
                chunks.append(chunk)
        for chunk in chunks:
            # "Engineer at Acme", but not "University of Texas at Austin"
            pieces = re.split(r"\s+(?:at|bij|bei|chez|presso)\s+(?=[A-Z0-9])", chunk)  # "Engineer bij Acme"
            if len(pieces) == 2 and institution_score(pieces[0]) > 0 and degree_score(pieces[0]) <= 0:
                pieces = [chunk]
            if len(pieces) == 1:
                # words for "at" that are also other words ("Politecnico di Milano", "Banca di
                # Roma"): only after a title ("Data Engineer di Tokopedia", "Udvikler hos Acme")
                weak = re.split(r"\s+(?:di|hos|på)\s+(?=[A-Z0-9])", chunk, maxsplit=1)
                if (
                    len(weak) == 2
                    and title_score(weak[0]) >= 1.0
                    and title_score(weak[0]) > company_score(weak[0])
                    and max(degree_score(weak[0]), institution_score(weak[0])) <= 0
                ):
                    pieces = weak
            for piece in pieces:
                piece = piece.strip(" ,;:")
                if piece:
                    parts.append(piece)
    return parts


def _strip_place(part: str) -> tuple[str, str | None]:
    """'Initech Ltd. (Austin, TX)' → ('Initech Ltd.', 'Austin, TX'); 'Acme, Berlin' likewise."""
    match = re.match(r"^(?P<main>.+?)\s*\((?P<place>[^()]+)\)\s*$", part)
    if match and is_place(match.group("place")):
        return match.group("main").strip(), match.group("place")
    if match and _bracketed_town(match.group("main"), match.group("place")):
        return match.group("main").strip(), match.group("place").strip()
    pieces = [p.strip() for p in part.split(",")]
    for cut in range(1, len(pieces)):
        tail = ", ".join(pieces[cut:])
        if is_place(tail) and not is_place(", ".join(pieces[:cut])):
            return ", ".join(pieces[:cut]), tail
    return part, None


def _bracketed_town(main: str, inside: str) -> bool:
    """'East Robotics Inc. (Karimnagar)': in brackets after a company (or a name that is no title),
    a name of a few capitalised words, neither a title, a company, a date nor an abbreviation, is
    where it is."""
    inside = inside.strip()
    named = (
        company_score(main) >= 1.0
        or (  # (or a name of its own: "Northforge (Lake Çakar)")
            0 < len(main.split()) <= 3
            and main[:1].isupper()
            and title_score(main) <= 0
            and degree_score(main) <= 0
        )
    )
    capitalised = all(
        w[:1].isupper() or w.lower() in _PARTICLES or not w[:1].isascii() for w in inside.split()
    )
    return (
        named
        and 0 < len(inside.split()) <= (5 if capitalised else 3)
        and (inside[:1].isupper() or not inside[:1].isascii())
        and not inside.isupper()  # "(AWS)", "(EMEA)": an abbreviation
        and not re.search(r"\d|https?:|www\.|@", inside)
        and title_score(inside) < 1.0
        and company_score(inside) <= 0
    )


def _split_comma(part: str) -> list[str]:
    """A part's comma-separated fields: 'Senior Engineer, Acme Corp, Berlin' is three, while a
    title keeps its team ('Engineer, Payments Team'), a company its suffix ('ABC Company, Inc.')
    and its partners ('Carey, Anderson & Co.'), a place its region ('Austin, TX')."""
    pieces = [p.strip() for p in re.split(r",(?![^()]*\))", part) if p.strip()]  # not inside brackets
    if len(pieces) < 2:
        return [part.strip(" ,")]
    w = words()
    fields: list[str] = []
    for piece in pieces:
        tokens = _tokens(piece)
        if fields:
            previous = fields[-1]
            suffix = all(t in w["company_suffixes"] for t in tokens)
            team = tokens and tokens[-1] in w["team_words"] and title_score(previous) > 0 and len(tokens) <= 3
            region = (is_place(f"{previous}, {piece}") and not is_place(piece)) or (
                is_place(previous) and (piece in w["us_states"] or piece.lower() in w["places"])
            )
            partners = (
                company_score(piece) > 0
                and "&" in piece
                and not any(t in w["roles"] for t in _tokens(previous))  # "Taylor", not "Engineer"
                and len(previous.split()) <= 2
                and company_score(previous) <= 0
            )
            gpa = _GPA.search(piece) is not None
            if suffix or team or region or partners:
                fields[-1] = f"{previous}, {piece}"
                continue
            if gpa:
                continue  # "University, GPA 4.0": the grade is not a field we keep
        fields.append(piece)
    return fields


_NOT_A_NAME = re.compile(r"^(?:[IVX]+|of|in|for|to|and|at|the|&|[-–—])$", re.I)


def _run_together(part: str) -> list[str]:
    """A title and its company, or a degree and its school, printed with nothing between them
    but a space (themes that upper-case both): "PRINCIPAL QA ANALYST HARBOR ENERGY", "BACHELOR
    OF SCIENCE PHYSICS LAKE STATE UNIVERSITY". Split before the first school that follows a
    field of study or a degree; or after the last role word, when what follows names no role
    and is upper-case like it or plainly a company. Otherwise the part is left whole."""
    words_ = part.split()
    if len(words_) < 3:
        return [part]
    w = words()
    cuts = [
        (" ".join(words_[:cut]), " ".join(words_[cut:]))
        for cut in range(1, len(words_))
        if "," not in " ".join(words_[:cut]) and not _NOT_A_NAME.match(words_[cut])
    ]
    for head, tail in cuts:
        if (
            institution_score(tail.split(",")[0]) > 0  # the school starts right there
            and institution_score(head) == 0
            and _tokens(tail)[0] not in w["study_fields"]
            and any(
                study_field(" ".join(head.split()[-n:])) or degree_score(" ".join(head.split()[-n:])) > 0
                for n in (1, 2, 3)
            )
        ):
            return [head, tail]
    shouting = not re.search(r"[a-z]", part)
    for head, tail in reversed(cuts):
        if (
            _tokens(head)[-1:] and _tokens(head)[-1] in w["roles"]
            and not any(t in w["roles"] for t in _tokens(tail))
            and title_score(tail) <= 0
            and not is_place(tail)
            and (shouting or company_score(tail) >= 1.0)
        ):  # fmt: skip
            return [head, tail]
    return [part]


def _fields(text: str) -> list[str]:
    fields = []
    for part in _parts(text):
        # "BA (Christ Church College) in Chemistry": a school in brackets is a field of its own
        inner = re.search(r"\(([^()]+)\)", part)
        if inner and institution_score(inner.group(1)) > 0:
            fields.append(inner.group(1))
            part = re.sub(r"\s*\([^()]+\)\s*", " ", part).strip()
        for piece in _run_together(part):
            fields += _split_comma(piece)
    return [f for f in (_end_stop(f.strip(" ,;:")) for f in fields) if f and not _GPA.match(f)]


def _end_stop(field_: str) -> str:
    """'Lake State University.' → 'Lake State University'; 'Initech Ltd.' and 'B.Sc.' keep theirs."""
    if field_.endswith(".."):
        return field_.rstrip(".") + "."  # "Mahoney S.A.." (the abbreviation's and the sentence's)
    if not field_.endswith("."):
        return field_
    last = field_.split()[-1].lower() if field_.split() else ""
    w = words()
    if _ABBREVIATION_END.search(field_) or last in w["company_suffixes"] or last in w["degrees"]:
        return field_
    if re.search(r"\b\w\.\w+\.$", field_):  # an initialism: "B.Eng.", "U.S."
        return field_
    return field_[:-1]


FIELD_LABELS = {
    "title": "title", "position": "title", "role": "title", "job title": "title", "occupation": "title",
    "occupation or position held": "title", "company": "company", "employer": "company",
    "name of employer": "company", "organisation": "company", "organization": "company",
    "dates": "dates", "period": "dates", "degree": "degree", "qualification": "degree",
    "title of qualification awarded": "degree", "institution": "school", "school": "school",
    "university": "school", "name of organisation": "school", "name and type of organisation": "school",
    # as CVs in India and elsewhere label them
    "designation": "title", "job role": "title", "post": "title", "position held": "title",
    "company name": "company", "organization name": "company", "organisation name": "company",
    "name of the organization": "company", "name of the organisation": "company",
    "name of company": "company",
    "duration": "dates", "tenure": "dates", "employment period": "dates", "period of employment": "dates",
    "location": "location", "job location": "location", "work location": "location",
    "graduation date": "dates", "date of graduation": "dates", "year of graduation": "dates",
    "completion date": "dates", "graduated": "dates",
    # a job's description under a label (Europass: "Main activities and responsibilities")
    "main activities and responsibilities": "description", "main activities": "description",
    "business or sector": "description", "type of business or sector": "description",
    "name and address of employer": "company",
    "responsibilities": "description", "duties": "description", "description": "description",
    # Russian and Ukrainian
    "должность": "title", "позиция": "title", "посада": "title", "компания": "company",
    "организация": "company", "работодатель": "company", "компанія": "company", "період": "dates",
    "период": "dates", "период работы": "dates", "обязанности": "description", "обов'язки": "description",
    "достижения": "description", "учебное заведение": "school", "специальность": "field",
    # and in more languages: Vietnamese, Polish, Czech, Turkish, Indonesian, Swedish
    "vị trí": "title", "chức vụ": "title", "công ty": "company", "stanowisko": "title", "pozice": "title",
    "pozisyon": "title", "unvan": "title", "şirket": "company", "posisi": "title", "jabatan": "title",
    "perusahaan": "company", "befattning": "title", "roll": "title", "arbetsgivare": "company",
    # the same fields in Spanish, Portuguese, French, German, Italian and Dutch
    "puesto": "title", "cargo": "title", "poste": "title", "fonction": "title", "funktion": "title",
    "ruolo": "title", "mansione": "title", "functie": "title", "empresa": "company",
    "compañía": "company", "entreprise": "company", "société": "company", "employeur": "company",
    "firma": "company", "arbeitgeber": "company", "unternehmen": "company", "azienda": "company",
    "datore di lavoro": "company", "werkgever": "company", "bedrijf": "company", "periodo": "dates",
    "período": "dates", "fechas": "dates", "fecha": "dates", "año": "dates", "période": "dates",
    "zeitraum": "dates", "periode": "dates", "título": "degree", "titulación": "degree",
    "diplôme": "degree", "abschluss": "degree", "titolo": "degree", "diploma": "degree",
    "centro": "school", "universidad": "school", "institución": "school", "établissement": "school",
    "école": "school", "hochschule": "school", "universität": "school", "università": "school",
    "istituto": "school", "instelling": "school", "onderwijsinstelling": "school",
}  # fmt: skip
_FIELD_LABEL = re.compile(
    r"^(?P<label>[^\W\d_][^\W\d_ ]{0,20}(?: [^\W\d_]+){0,5}?)\s*(?::|\t)\s*(?P<value>.+)$"
)


# A table's header row names what each column holds: these words, and FIELD_LABELS.
COLUMN_LABELS = {
    **FIELD_LABELS,
    "when": "dates", "date": "dates", "year": "dates", "years": "dates", "from": "dates",
    "duration": "dates", "timeframe": "dates", "time": "dates", "graduated": "dates",
    "job": "title", "job title": "title", "title": "title", "company name": "company",
    "place": "location", "location": "location", "city": "location", "where": "location",
    "field": "field", "field of study": "field", "subject": "field", "major": "field",
    "board": "school", "college": "school", "institute": "school", "year of passing": "dates",
    "passing year": "dates", "year of completion": "dates", "completion year": "dates", "batch": "dates",
    # columns read past: a grade is no part of the entry's fields
    "percentage": "skip", "cgpa": "skip", "gpa": "skip", "grade": "skip", "marks": "skip", "score": "skip",
    "result": "skip", "division": "skip", "class": "skip", "aggregate": "skip", "sgpa": "skip",
}  # fmt: skip


def _column_slot(label: str) -> str | None:
    """The slot a header cell names, or the first of its alternatives that names one ("Board /
    University", "Percentage / CGPA")."""
    found = COLUMN_LABELS.get(label)
    if found is None:
        found = next(
            (COLUMN_LABELS[p] for p in re.split(r"\s*/\s*|\s+or\s+", label) if p in COLUMN_LABELS), None
        )
    return found


def column_slots(text: str) -> list[str] | None:
    """The slot of each column when the row is a table's header ("Period | Role | Company")."""
    cells = [plain(c).strip(" :*").lower() for c in text.split("\t")]
    slots = [_column_slot(c) for c in cells]
    named = [s for s in slots if s != "skip"]
    if len(cells) >= 2 and all(slots) and len(named) >= 2 and len(set(named)) == len(named):
        return [s for s in slots if s]
    return None


def _tabled_entry(slots: list[str], text: str) -> Entry | None:
    """An entry from a row of a table whose header named its columns."""
    cells = text.split("\t")
    if len(cells) != len(slots):
        return None
    entry = Entry(heads=1, tabled=True)
    field_ = None
    for slot, cell in zip(slots, cells, strict=True):
        value = plain(cell).strip()
        if not value:
            continue
        if slot == "dates":
            entry.period = find_period(value)[0]
        elif slot == "field":
            field_ = value
        elif slot in ("title", "company", "degree", "school", "location"):
            setattr(entry, slot, value)
    if field_ and entry.degree and field_.lower() not in entry.degree.lower():
        entry.degree = f"{entry.degree} in {field_}"
    return entry if entry.title or entry.company or entry.degree or entry.school else None


def labelled(text: str) -> tuple[str | None, str]:
    """('title', 'Senior Engineer') for 'Position: Senior Engineer'; (None, text) otherwise."""
    match = _FIELD_LABEL.match(text.strip())
    if match:
        label = FIELD_LABELS.get(match.group("label").strip().lower())
        if label:
            return label, match.group("value").strip()
    # a label of three words or more needs no colon: Europass's "Business or sector Information
    # and communication", its label and value in two styles Word's text runs together
    words_ = plain(text).split()
    for count in (5, 4, 3):
        label = FIELD_LABELS.get(" ".join(words_[:count]).lower())
        if label and len(words_) > count:
            return label, " ".join(words_[count:])
    return None, text


def _trailing_place(text: str, beside_dates: bool = False) -> tuple[str, str | None]:
    """A header laid out as 'Title <gap> Place' (RenderCV, moderncv): its right-hand cell, short,
    neither a title nor a company, is the place, whether or not we know the town.

    `beside_dates`: the next line ends in the entry's dates in the same right-hand column
    ('Company <gap> Place' over 'Title <gap> Dates'); there the cell is the place even when it
    is long, starts in lower case ("thành phố Hồ Chí Minh") or the name beside it is unclear."""
    cells = text.split("\t")
    if len(cells) >= 2:
        last = cells[-1].strip()
        lead = " ".join(cells[:-1])
        clear = (
            len(last.split()) <= 3
            and (last[:1].isupper() or not last[:1].isascii())
            and max(title_score(lead), company_score(lead)) >= 1.0
        )
        paired = beside_dates and len(last.split()) <= 6 and not re.search(r"\d", last) and lead.strip()
        if (
            last
            and (clear or paired)
            and title_score(last) < (1.5 if paired else 1.0)  # paired: the title is on the next line
            and company_score(last) <= 0
            and not find_period(last)[0]
        ):
            return "\t".join(cells[:-1]), last
    return text, None


# A web address in brackets after a name: "Riggs & Silva (https://riggs.example.com)".
_PAREN_URL = re.compile(r"\s*[(\[]\s*(?:https?://|www\.)[^)\]\s]*\s*[)\]]", re.I)


def _assign_job(entry: Entry, text: str, order: dict, beside_dates: bool = False) -> None:
    """Give a header line's fields to the entry: title, company, place. Clear fields first
    (title words, company suffixes), then the others into what is still missing, in the
    order the document writes them."""
    text, trailing = _trailing_place(_PAREN_URL.sub(" ", text), beside_dates)
    if trailing and not entry.location:
        entry.location = trailing
    fields = []
    for field_ in _fields(text):
        main, place = _strip_place(field_)
        if place and not entry.location:
            entry.location = place
        if main and not is_place(main):
            fields.append(main)
        elif main and not entry.location:
            entry.location = main
    # The clearest title and the clearest company first, then the rest in the document's order.
    unclear = list(fields)
    best_title = max(unclear, key=title_score, default=None)
    if (
        best_title is not None
        and title_score(best_title) >= 1.0
        and title_score(best_title) > company_score(best_title)
    ) and (entry.title is None or entry.guessed):
        if entry.guessed and entry.company is None:
            entry.company = entry.title  # what we took for a title was the company
        elif entry.guessed and entry.location is None:
            entry.location = entry.title  # ... or the town after the company
        # (a word with only a role's shape beside a clear company, "NIMBUS LABS, Weißwasser", may
        # be its town: a title the next line brings with the dates takes its place)
        shaped_only = not any(t in words()["roles"] or t in words()["titles"] for t in _tokens(best_title))
        beside_company = any(company_score(f) >= 1.0 for f in fields if f is not best_title)
        entry.title, entry.guessed = best_title, shaped_only and beside_company
        unclear.remove(best_title)
        if entry.company is None:
            order.setdefault("first", "title")
    best_company = max(unclear, key=company_score, default=None)
    if best_company is not None and company_score(best_company) >= 1.0 and entry.company is None:
        entry.company = best_company
        unclear.remove(best_company)
        if entry.title is None:
            # (the order the line writes them in: "Dataingenjör, Norrsken Energi AB" is title first)
            order.setdefault("first", "company" if fields.index(best_company) == 0 else "title")
    for part in unclear:
        if entry.title is None and entry.company is None:
            if order.get("first") == "company":
                entry.company = part
            else:
                entry.title, entry.guessed = part, True
        elif entry.title is None:
            entry.title, entry.guessed = part, title_score(part) < 1.0
        elif entry.company is None:
            entry.company = part
        elif entry.location is None and len(part.split()) <= 3 and company_score(part) <= 0:
            entry.location = part  # "Lumen.io · Munger" under its title: where the job was
    entry.heads += 1


# The small words inside a town's name ("Santa Cruz de Tenerife", "Frankfurt am Main")
_NAME_PARTICLES = frozenset("de del la las los di da do dos das am an der upon on sur en le el y i".split())


def _town_shaped(text: str) -> bool:
    """Could a guess beside the company be its town? Up to three words, or up to five that are
    all capitalised but for the small words of a place's name, and none a role's."""
    parts = text.split()
    if len(parts) <= 3:
        return True
    return (
        len(parts) <= 5
        and all(p[:1].isupper() or p.lower() in _NAME_PARTICLES for p in parts)
        and title_score(text) <= 0
    )


def _fills(entry: Entry, text: str, kind: str, beside_dates: bool = False) -> bool:
    """Would this header line give the entry a field it already has (so it starts a new one)?"""
    if kind == "job":
        text = _trailing_place(text, beside_dates)[0]
    fields = [f for f in (_strip_place(p)[0] for p in _fields(text)) if f and not is_place(f)]
    if not fields:
        return False
    if kind == "job":
        # Under a title still waiting for its company, a word that only has the shape of a role
        # ("Munger", "Willischester": an agent noun, no role word) does not ask for a title of
        # its own: it is a place or a name, and the entry's title stays.
        weak = entry.title is not None and not entry.guessed and entry.company is None
        least = 1.5 if weak else 1.0
        wants_title = any(title_score(f) > company_score(f) and title_score(f) >= least for f in fields)
        wants_company = any(company_score(f) > title_score(f) and company_score(f) >= 1.0 for f in fields)
        if not wants_title and not wants_company:
            return entry.title is not None and entry.company is not None
        # (a guess beside the company, "THE CEDAR GROUP, Lorrainemouth", yields to a title that
        # comes with the dates: it was the town)
        # (nor does a town under the company, in grey, before the post: "North Labs" / "Lagarde" /
        # "Principal Operations Manager", the dates in a cell beside them: a clear title, with no
        # line of description between, takes its place)
        guess_yields = entry.guessed and (
            entry.company is None
            or (entry.period is None and _town_shaped(entry.title or ""))
            or (
                entry.body == 0
                and _town_shaped(entry.title or "")
                and title_score(entry.title or "") <= 0
                and any(title_score(f) >= 1.5 and company_score(f) <= 0 for f in fields)
            )
        )
        title_taken = entry.title is not None and not guess_yields
        return (wants_title and title_taken) or (wants_company and entry.company is not None)
    wants_school = any(institution_score(f) > 0 for f in fields)
    wants_degree = any(degree_score(f) > 0 for f in fields)
    if not wants_school and not wants_degree:
        # a field of study on its own line ("Bachelor of Arts" / "Statistics") completes the degree
        field_missing = entry.degree is not None and " in " not in entry.degree and len(fields) == 1
        return entry.school is not None and entry.degree is not None and not field_missing
    # the degree under its field ("Statistics" / "Bachelor of Arts") completes it too
    degree_taken = entry.degree is not None and not _bare_field(entry.degree)
    return (wants_school and entry.school is not None) or (wants_degree and degree_taken)


def study_field(text: str) -> bool:
    """Is `text` a field of study ("Data Science", "Business Administration", "Marine Biology"):
    its head noun, the last word, and at least half of its words are words of fields?"""
    tokens = [t for t in _tokens(text) if t not in ("and", "of", "&", "in")]
    fields = words()["study_fields"]
    return (
        0 < len(tokens) <= 5
        and tokens[-1] in fields
        and 2 * sum(t in fields for t in tokens) >= len(tokens)
        and institution_score(text) == 0
    )


def _bare_field(degree: str) -> bool:
    """A field of study standing where the degree goes, the degree itself not (yet) given."""
    return degree_score(degree) == 0 and " in " not in degree and len(degree.split()) <= 5


def _line_style(line: Line) -> tuple:
    return (round(line.size, 1), line.bold)


def _description_styles(lines: list[Line], kind: str) -> tuple[set, set]:
    """The styles the section gives its entries' headers (lines that are clearly a title, a
    company, a degree or a school) and its descriptions (bullets, prose): a line without a
    bullet glyph (HTML lists draw theirs) is a description when it is styled like one."""
    heads, bodies = set(), set()
    for line in lines:
        role = _line_role(line)
        if role in ("bullet", "prose"):
            bodies.add(_line_style(line))
        elif role == "head":
            text = plain(line.text)
            clear = (
                max(title_score(text), company_score(text)) >= 1.0
                if kind == "job"
                else max(institution_score(text), degree_score(text)) >= 2.0
            )
            if clear:
                heads.add(_line_style(line))
    return heads, bodies


def _listed_entry(text: str, kind: str) -> bool:
    """A bulleted line that is an entry, not a line describing one: a degree or a school (with a
    year, or both), or a job's title or company with its dates."""
    dated = find_period(text)[0] is not None or bool(re.search(r"\b(19|20)\d\d\b", text))
    if kind == "school":
        degree, school = degree_score(text), institution_score(text)
        return (degree >= 1.0 and school >= 1.0) or (max(degree, school) >= 1.0 and dated)
    return dated and max(title_score(text), company_score(text)) >= 1.0 and len(text.split()) <= 16


def _cards_read_down(lines: list[Line], kind: str) -> list[Line]:
    """Entries set as cards side by side ("School A | School B" over "Degree A | Degree B" over
    their dates) read one card after the other: a run of rows with the same number of cells,
    the first naming one school (or one job) per cell, is read column by column."""
    out: list[Line] = []
    index = 0
    while index < len(lines):
        first = lines[index]
        cells = first.cells if len(first.cells) > 1 else ()
        names = kind == "school" and cells and all(institution_score(c) > 0 for c in cells)
        names = names or (
            kind == "job"
            and cells
            and all(max(title_score(c), company_score(c)) >= 1.0 and not find_period(c)[0] for c in cells)
        )
        if names:
            run = [first]
            for below in lines[index + 1 :]:
                if len(below.cells) != len(cells) or any(is_bullet(c) for c in below.cells):
                    break
                if len({find_period(c)[0] is None for c in below.cells}) > 1:
                    break  # "Title <gap> dates": one entry's header, not a row of cards
                run.append(below)
            if any(plain(row.cells[0]).strip(" :").lower() in COLUMN_LABELS for row in run):
                run = []  # labels beside their values ("Occupation or position held | Engineer")
            if len(run) >= 2:
                for column in range(len(cells)):
                    out += [replace(row, text=row.cells[column], cells=(row.cells[column],)) for row in run]
                index += len(run)
                continue
        out.append(first)
        index += 1
    return out


# A range given as two labelled fields, each on a line of its own, as tracking systems and forms
# export it ("Start Date: 03/2019" ... "End Date: Present" or "Current Job: Yes")
_START_LABEL = re.compile(
    r"^\s*(?:start(?:ing)? date|date started|started|start|from|employed from|begin date|date from"
    r"|fecha de inicio|date de début|data di inizio|data inizio|startdatum|beginn|von|desde)"
    r"\s*:\s*(?P<value>.+)$",
    re.I,
)
_END_LABEL = re.compile(
    r"^\s*(?:end(?:ing)? date|date ended|ended|end|to|until|employed to|date to|finish date"
    r"|fecha de fin|fecha de término|date de fin|data di fine|data fine|einddatum|ende|bis|hasta)"
    r"\s*:\s*(?P<value>.+)$",
    re.I,
)
_STILL_THERE = re.compile(
    r"^\s*(?:current(?:ly)? (?:job|position|employer|role)|i currently work here|currently employed"
    r"|current)\s*:\s*"
    r"(?:yes|true|y|x|✓|✔)\s*$",
    re.I,
)


def _labelled_ends_joined(lines: list[Line]) -> list[Line]:
    """Lines with a range's start and end labelled apart made one labelled range: "Start Date:
    03/2019" and, within the next lines of the entry, "End Date: 05/2021" (or "Current Job: Yes")
    become "Dates: 03/2019 – 05/2021"."""
    out = list(lines)
    index = 0
    while index < len(out):
        start = _START_LABEL.match(plain(out[index].text))
        if start and find_period(start.group("value"))[0] is not None:
            for ahead in range(index + 1, min(index + 4, len(out))):
                text = plain(out[ahead].text)
                end = _END_LABEL.match(text)
                if _START_LABEL.match(text):
                    break
                if end or _STILL_THERE.match(text):
                    value = end.group("value").strip() if end else "Present"
                    if end and find_period(value)[0] is None and not re.fullmatch(_PRESENT, value, re.I):
                        break
                    joined = f"Dates: {start.group('value').strip()} – {value}"
                    out[index] = replace(out[index], text=joined, cells=())
                    del out[ahead]
                    break
        index += 1
    return out


def _entries(lines: list[Line], kind: str) -> list[Entry]:
    lines = _cards_read_down(_labelled_ends_joined(lines), kind)
    entries: list[Entry] = []
    current: Entry | None = None
    order: dict = {}
    head_styles, body_styles = _description_styles(lines, kind)

    def unmarked_description(text: str, role: str, style) -> bool:
        """A description line without a bullet glyph: in the body's style, not a header's."""
        return (
            role == "head"
            and bool(head_styles)
            and style not in head_styles
            and (style in body_styles or len(plain(text).split()) >= 4)
            and max(title_score(text), company_score(text), institution_score(text), degree_score(text)) < 1.0
            and not find_period(text)[0]
        )

    def described_after(index: int) -> bool:
        """Is the line after this one a description (or is this the last line)?"""
        return (
            index + 1 >= len(items)
            or items[index + 1][1] in ("bullet", "prose")
            or unmarked_description(*items[index + 1])
        )

    after_head = False  # the line before was the current entry's header
    listed = False  # the entries themselves are a bulleted list ("• BSc Physics, MIT (2011)")
    items = _join_split_dates(lines, with_style=True)
    slots: list[str] | None = None  # the columns of the table being read
    after_dates = False  # the line before was the current entry's dates, under its header
    for index, (text, role, style) in enumerate(items):
        previous_was_head, after_head = after_head, False
        previous_were_dates, after_dates = after_dates, False
        header = column_slots(text) if "\t" in text else None
        following = items[index + 1][0] if index + 1 < len(items) else ""
        if header and (following.count("\t") != text.count("\t") or column_slots(following)):
            header = None  # labels beside their values (a Europass margin), not a table's head
        if header:
            slots = header
            continue
        if slots is not None:
            row = _tabled_entry(slots, text)
            if row is not None:
                current = row
                entries.append(row)
                continue
            slots = None
        if role in ("head", "bullet") and (
            named := next(
                (
                    e
                    for e in entries
                    if e.tabled
                    # (under a toggle's triangle in a note-taking app: "▾ Bright Health")
                    and _DISCLOSURE.sub("", plain(text)).lower()
                    in {(e.company or "").lower(), (e.school or "").lower()}
                ),
                None,
            )
        ):
            current = named  # the details of a row of the table above, under its name
            continue
        if (
            role == "bullet"
            and (current is None or listed)
            and (
                _listed_entry(plain(strip_bullet(text)), kind)
                # (the section's first line, or once the entries are list items: one with its
                # dates is one more, whatever its name: "2. Lumenline (09/2021 – 07/2023)")
                or (
                    (listed or current is None)
                    and kind == "job"
                    and find_period(plain(strip_bullet(text)))[0] is not None
                    and len(plain(text).split()) <= 12
                    and not plain(text).endswith(".")
                )
            )
        ):
            text, role, listed = plain(strip_bullet(text)), "head", True
        if (
            kind == "job"
            and role == "head"
            and previous_were_dates
            and current is not None
            and described_after(index)
            and labelled(text)[0] is None
            and _is_entry_place(current, text, None, True)
        ):
            current.location = plain(text).strip(" ()")  # a town alone after the job's dates
            continue
        if unmarked_description(text, role, style):
            role = "prose"
        label, value = labelled(text)
        if label == "dates" and find_period(value)[0]:
            text, role = value, "date"
        elif label is not None:
            if label == "description" and current is not None:
                # "Description: Led a team; Grew revenue": the job's highlights, as listed
                current.body += 1
                for item in (i.strip() for i in value.split("; ")):
                    if len(current.highlights) < 5 and len(item.split()) >= 3 and len(item) <= 240:
                        current.highlights.append(item)
                continue
            if label == "location" and current is not None and not current.location:
                current.location = value
                continue
            slot = {"title": "title", "company": "company", "degree": "degree", "school": "school"}.get(label)
            if slot is None:
                continue
            if (
                slot == "title"
                and current is not None
                and current.guessed
                and current.company is None
                and not current.body
            ):
                # what we took for a title, over "Position: …", was the company ("Brightstack")
                current.company, current.title, current.guessed = current.title, None, False
            if current is None or getattr(current, slot) is not None or (current.body and current.heads):
                current = Entry()
                entries.append(current)
            setattr(current, slot, value)
            current.heads += 1
            continue
        elif (
            kind == "job"
            and role == "head"
            and current is not None
            and current.heads
            and (current.title is None or current.guessed)
            and not current.body
            and (detail := re.match(r"^([^\W\d_][^\W\d_ ]{0,20}(?: [^\W\d_]+){0,2}):\s*(.+)$", plain(text)))
            and title_score(detail.group(2)) >= 1.5
            and title_score(detail.group(2)) > company_score(detail.group(2))
        ):
            # a label we cannot read before the entry's title ("Vị trí: Staff DevOps Engineer")
            if current.guessed and current.company is None:
                current.company = current.title
            current.title, current.guessed = detail.group(2).strip(), False
            current.heads += 1
            after_head = True
            continue
        elif (
            role == "head"
            and (detail := re.match(r"^([A-Z][\w ]{1,30}):\s", text))
            and max(institution_score(detail.group(1)), company_score(detail.group(1))) < 1.0
        ):
            role = "prose"  # a labelled detail: "Courses: …", "Thesis: …", not "MIT: BSc …"
        elif role == "head" and plain(text).rstrip(":").lower() in words()["entry_labels"]:
            role = "prose"  # "Highlights" over a job's bullets
        if role in ("bullet", "prose"):
            line_text = plain(strip_bullet(text))
            if (
                kind == "school"
                and current is not None
                and current.school
                and current.degree is None
                and not current.body
                and degree_score(line_text) > 0
                and institution_score(line_text) == 0
                and len(line_text.split()) <= 12
            ):
                # a degree set as an item under its school (an outline of lists)
                current.degree = line_text
                continue
            if (
                kind == "job"
                and role == "bullet"
                and current is not None
                and (current.company or current.guessed)
                and (current.title is None or current.guessed)
                and not current.body
                and title_score(line_text) >= 1.5
                and company_score(line_text) <= 0
                and len(line_text.split()) <= 8
                and not line_text.endswith(".")
            ):
                # the title set as an item under its employer's ("1. Acme (2019 – Present)" over
                # "1. Lead Engineer"): an outline of numbered lists
                if current.guessed:
                    # what we took for the title was the employer (and what followed it, no
                    # company by its words, the town), or the town beside the employer
                    if current.company is None:
                        current.company = current.title
                    elif not current.location and company_score(current.company) <= 0:
                        current.company, current.location = current.title, current.company
                    elif not current.location:
                        current.location = current.title
                current.title, current.guessed = line_text, False
                continue
            if current is not None:
                current.body += 1
                if len(current.highlights) < 5 and len(line_text.split()) >= 3 and len(line_text) <= 240:
                    current.highlights.append(line_text)
            continue
        if role in ("duration", "link"):
            continue
        if (
            role == "head"
            and current is not None
            and current.title
            and current.company is None
            and previous_was_head
            and "\t" not in text
            and _title_goes_on(current.title, plain(text))
        ):
            rest = plain(text)
            team = (
                len(rest.split()) >= 2
                and rest.split()[-1].lower() in ("team", "squad", "tribe")
                and not any(t in words()["roles"] for t in _tokens(rest))
            )
            joiner = ", " if team and "," not in current.title else " "  # "… Engineer," / "Payments Team"
            current.title = f"{current.title}{joiner}{rest}"  # "…, Infrastructure" / "Team"
            after_head = True
            continue
        if role == "place":
            if current is not None and not current.location:
                current.location = text
            continue
        period, rest = find_period(text)
        if role == "date" or (period and not rest):
            if current is None or (current.period is not None and (current.body or current.heads)):
                current = Entry()
                entries.append(current)
            current.period = period
            after_dates = bool(current.heads)
            continue
        # a header line (perhaps with its dates)
        target = rest if period else text
        if (
            kind == "job"
            and previous_was_head
            and current is not None
            and _is_entry_place(current, target, period)
        ):
            current.location = plain(target).strip(" ()")
            if period is not None:  # the dates and the town under the job ("2019 - 2021 · Madrid")
                current.period = period
            continue
        beside_dates = period is None and "\t" in target and _dated_row(items[index + 1 : index + 2])
        starts_new = (
            current is None
            or (current.body and current.heads)
            or (period is not None and current.period is not None and current.heads)
            or _fills(current, target, kind, beside_dates)
        )
        if starts_new and not (current is not None and current.heads == 0 and not current.body):
            current = Entry()
            entries.append(current)
        assert current is not None  # a first head always starts an entry
        if period is not None and current.period is None:
            current.period = period
        if kind == "job":
            _assign_job(current, target, order, beside_dates)
        else:
            _assign_school(current, target)
        after_head = True
    return [e for e in entries if e.heads]


_DISCLOSURE = re.compile(r"^\s*[▾▼▶▸▹▿►▷]\s*")


def _dated_row(following: list[tuple]) -> bool:
    """Is the next line a header of cells whose last one is the entry's dates?"""
    if not following:
        return False
    text, role = following[0][:2]
    cells = text.split("\t")
    return role == "head" and len(cells) >= 2 and find_period(cells[-1])[0] is not None


_RANKS = frozenset(
    {"lead", "principal", "head", "chief", "senior", "junior", "staff", "associate", "assistant"}
)


def _title_goes_on(title: str, line: str) -> bool:
    """Is this line the rest of a title that wrapped (in a narrow cell)? Words of teams, or a
    team's name under a title ("Lead Software Engineer," over "Payments Team"), or a role's last
    word after a title that lacks one ("Associate Site Reliability" over "Engineer, Payments
    Team")."""
    tokens = _tokens(line)
    if not tokens or find_period(line)[0] or company_score(line) >= 1.0:
        return False
    w = words()
    if all(t in w["team_words"] for t in tokens):
        return True
    if (
        tokens[-1] in ("team", "squad", "tribe")
        and len(tokens) <= 4
        and not any(t in w["roles"] for t in tokens)
        and title_score(title) > 0
    ):
        return True  # "Payments Team" under a title, with no role of its own
    # (a role's last word, not a rank that begins a title of its own: "Lead", "Principal", "Head")
    last = _tokens(title)[-1:] or [""]
    return (
        tokens[0] in w["roles"]
        and tokens[0] not in _RANKS
        and last[0] not in w["roles"]
        and title_score(title) > 0
        and len(tokens) <= 4
    )


def _is_entry_place(entry: Entry, text: str, period: Period | None, after_dates: bool = False) -> bool:
    """A short line under a job whose title and company are already known, that is neither a
    title nor a company (a town the place list does not know: "Lake Glenn", "横浜市"), is where
    the job was."""
    text = plain(text).strip(" ()")
    return (
        (period is None or entry.period is None)
        and entry.title is not None
        and entry.company is not None
        and (not entry.guessed or period is not None or after_dates)  # (after its dates, a town is a town)
        and not entry.location
        and not entry.body
        and 0 < len(text.split()) <= 3
        and "\t" not in text
        and (text[:1].isupper() or not text[:1].isascii())
        and title_score(text) < 1.0
        and company_score(text) <= 0
        and not _URL.search(text)
    )


_DATE_CELL = re.compile(rf"^\s*(?:[-–—]\s*)?(?:{_ONE}|{_PRESENT})\s*(?:[-–—]\s*)?$", re.I)


def _cells_apart(line: Line) -> list[tuple[str, str]]:
    """A row whose cells play different parts (a bullet beside the date column, as moderncv and
    RenderCV lay them out) read as one item per part: the dates, then the rest."""
    cells = list(line.cells) if len(line.cells) > 1 else []
    if not cells:
        return [(line.text.strip() if "\t" in line.text else plain(line.text), _line_role(line))]

    def is_dated(cell: str) -> bool:
        period, rest = find_period(cell)
        if period and (not rest or _DURATION.match(rest)):
            return True
        return bool(_DATE_CELL.match(cell) or _DURATION.match(cell))

    dated = [c for c in cells if is_dated(c)]
    others = [c for c in cells if c not in dated]
    if dated and others:
        rest = Line("\t".join(others), cells=tuple(others))
        rest_role = _line_role(rest)
        # (how long the job lasted, alone in the date column's cell beside the title: "2 года 5
        # месяцев <tab> Title", is no field of the title's line)
        if rest_role in ("bullet", "prose") or all(_DURATION.match(c) for c in dated):
            return [(c, "duration" if _DURATION.match(c) else "date") for c in dated] + [
                (rest.text, rest_role)
            ]
    return [(line.text.strip(), _line_role(line))]


# (a dash and the word for "until" before an end that wrapped: "Июль 2024 — по" over "настоящее
# время", "Jan 2019 – to")
_OPEN_RANGE = re.compile(
    rf"(?P<start>{_ONE})\s*(?P<dash>[-–—→](?:\s*(?:по|до|to|till|until|bis|do|à|au|al|tot|até)\b)?"
    rf"|\b(?:to|until|till|bis|à|au|hasta|al|tot|do)\b)\s*(?=\t|$)",
    re.I,
)


def _tail_word(text: str) -> bool:
    """A line of one or two words that only ends a name begun on the line above: "College",
    "University", "Team", "Ltd."."""
    tokens = _tokens(text)
    w = words()

    def ending(t: str) -> bool:
        return t in w["institutions"] or t in w["company_suffixes"] or t in w["team_words"]

    # ("Health Co.": a company's word before the suffix that ends it)
    return (
        0 < len(tokens) <= 2
        and "\t" not in text
        and all(ending(t) or t in w["company_words"] for t in tokens)
        and any(ending(t) for t in tokens)
    )


_DATE_PIECE = re.compile(rf"^(?:(?:{_MONTH_WORD})\.?|{_YEAR4}|\d{{1,2}}/{_YEAR4}|[-–—]+|{_PRESENT})$", re.I)
_JOINER = re.compile(rf"^(?:(?:{_MONTH_WORD})\.?|[-–—]+|{_PRESENT})$", re.I)


def _whole_date(cell: str) -> bool:
    """A month and a year, and nothing else ("2019-03", "03/2019", "Mar 2019")."""
    found = _one(cell) if re.fullmatch(_ONE, cell.strip(), re.I) else None
    return found is not None and found[1] is not None


def _date_pieces_joined(cells) -> list[str]:
    """A date that justified type spread over a narrow column comes in pieces ("Oct", "2022",
    "–"): pieces side by side of which one is a month, a dash or "Present" make one cell. (Two
    years side by side stay apart: they may be two columns' facts.)"""
    cells = list(cells)
    if (
        len(cells) >= 3
        and _whole_date(cells[0])
        and (_whole_date(cells[1]) or re.fullmatch(_PRESENT, cells[1].strip(), re.I))
    ):
        # a row whose first two cells are a start and an end ("2019-03 <tab> 2021-05 <tab> Title"),
        # as a spreadsheet pasted as text parts them: one range
        cells = [f"{cells[0].strip()} – {cells[1].strip()}", *cells[2:]]
    out: list[str] = []
    for cell in cells:
        if (
            out
            and _DATE_PIECE.match(cell.strip())
            and _DATE_PIECE.match(out[-1].split()[-1] if out[-1].split() else "")
        ):
            last_piece = out[-1].split()[-1]
            if (_JOINER.match(cell.strip()) or _JOINER.match(last_piece)) and all(
                _DATE_PIECE.match(p) for p in out[-1].split()
            ):
                out[-1] = f"{out[-1]} {cell.strip()}"
                continue
        out.append(cell)
    return out


# A range's end alone on its line, with the bracket that closes the range ("06/2020)")
_CLOSING_END = re.compile(rf"^\s*(?P<value>{_ONE}|{_PRESENT})\s*(?P<close>\))\s*$", re.I)


# A range written year first whose end is a year alone so far ("2024. augusztus – 2026.")
_YEAR_FIRST_OPEN_MONTH = re.compile(rf"{_YEAR4}\.?\s*(?:{_MONTH_WORD})\.?\s*[-–—]\s*{_YEAR4}\.?\s*$", re.I)


def _join_split_dates(lines: list[Line], *, with_style: bool = False) -> list[tuple]:
    """Each line's text and role (and style), with a date range broken over two lines put back
    together ('Jun 2019 –' then 'Present', '2017' then '– 2019', or a date column's two rows)."""
    out: list[tuple] = []

    def absorbed(text: str) -> bool:
        """Was `text` part of a range broken over lines? (then it joined it) A narrow date column
        beside the entries stacks 'November 2024', '—', 'Present', and its rows may fall
        between the entry's own lines: the nearest line of the last three that it completes."""
        if out and out[-1][1] == "bullet" and (closing := _CLOSING_END.match(text)):
            # "2. Company, Town (01/2018 –" over "06/2020)": a list item's range, wrapped
            open_range = _OPEN_RANGE.search(out[-1][0])
            if open_range and open_range.end() >= len(out[-1][0].rstrip()):
                out[-1] = (
                    f"{out[-1][0].rstrip()} {closing.group('value')}{closing.group('close')}",
                    *out[-1][1:],
                )
                return True
        recent = [i for i in range(len(out) - 1, max(-1, len(out) - 4), -1) if out[i][1] in ("date", "head")]
        if not recent:
            return False
        if re.fullmatch(r"\s*[-–—]+\s*", text):  # the dash alone: the range is still open
            for index in recent:
                previous = out[index][0]
                if out[index][1] == "date" and re.search(rf"{_ONE}\s*$", previous, re.I):
                    out[index] = (f"{previous.rstrip()} –", *out[index][1:])
                    return True
            return False
        if _year_first_month_wrapped(text, recent):
            return True
        fragment = re.match(rf"^\s*(?P<lead>[-–—])?\s*(?P<value>{_ONE}|{_PRESENT})\s*$", text, re.I)
        if not fragment:
            # one word in lower case under a range left open ("od 05/2024 do" over
            # "současnosti"): the word for "now" in a language the list lacks
            fragment = re.match(r"^\s*(?P<lead>)(?P<value>[^\W\d_A-Z]{3,16})\s*$", text)
            if not (fragment and recent and _OPEN_RANGE.search(out[recent[0]][0])):
                return False
            if fragment.group("value") in MONTHS or fragment.group("value") in words()["work_modes"]:
                return False
        for nearest, index in enumerate(recent):
            previous = out[index][0]
            first_cell, tab, rest_cells = previous.partition("\t")
            month_left = (
                rf"[-–—→]\s*(?:{_MONTH_WORD})\.?(?:\s+{_DAY},?)?\s*$"  # (with its day: "September 28,")
            )
            if not fragment.group("lead") and re.fullmatch(_YEAR4, fragment.group("value")):
                # "September 2010 - February" over "2012": the end's year wrapped (in a date
                # column beside the entry's first line too, "Feb 2017 – May <tab> Acme")
                if re.search(month_left, previous, re.I):
                    out[index] = (f"{previous.rstrip()} {fragment.group('value')}", *out[index][1:])
                    return True
                if tab and re.search(month_left, first_cell, re.I) and not is_bullet(rest_cells):
                    out[index] = (
                        f"{first_cell.rstrip()} {fragment.group('value')}\t{rest_cells}",
                        *out[index][1:],
                    )
                    return True
            open_range = _OPEN_RANGE.search(previous)
            if open_range and not fragment.group("lead"):
                joined = (
                    previous[: open_range.end("dash")]
                    + " "
                    + fragment.group("value")
                    + previous[open_range.end() :]
                )
                out[index] = (joined, *out[index][1:])
                return True
            # A lone year over the entry's first line and one under it: the two ends of a bar in
            # a timeline ("2019" / "Engineer" / "2022")
            if (
                nearest == 1
                and not fragment.group("lead")
                and re.fullmatch(_YEAR4, fragment.group("value"))
                and out[index][1] == "date"
                and re.fullmatch(rf"\s*{_YEAR4}\s*", previous)
                and out[recent[0]][1] == "head"
                and 0 <= int(fragment.group("value")) - int(previous) <= 40
            ):
                out[index] = (f"{previous.strip()} – {fragment.group('value')}", *out[index][1:])
                return True
            # "– Sep 2025" under a row that begins with its start in a date column
            # ("Nov 2021 <tab> Data Scientist <tab> Berlin"): the range's end
            if (
                fragment.group("lead")
                and tab
                and nearest == 0
                and re.fullmatch(rf"\s*{_ONE}\s*", first_cell, re.I)
            ):
                out[index] = (
                    f"{first_cell.strip()} – {fragment.group('value')}\t{rest_cells}",
                    *out[index][1:],
                )
                return True
            # "– 2019" ends the nearest line ending in a date, or a farther one still open
            ends_with_date = re.search(rf"{_ONE}\s*$", previous, re.I)
            still_open = nearest == 0 or not any(m.group("end") for m in RANGE.finditer(previous))
            if fragment.group("lead") and ends_with_date and still_open:
                out[index] = (f"{previous.rstrip()} – {fragment.group('value')}", *out[index][1:])
                return True
        return False

    def _year_first_month_wrapped(text: str, recent: list[int]) -> bool:
        """ "2024. augusztus – 2026." over "április": a range written year first whose end's
        month wrapped (in a narrow date cell) - it ends the nearest such range."""
        month = re.fullmatch(rf"\s*(?P<m>{_MONTH_WORD})\.?\s*", text, re.I)
        if not month or month.group("m").lower() not in MONTHS:
            return False
        for index in recent:
            first_cell, tab, rest_cells = out[index][0].partition("\t")
            if _YEAR_FIRST_OPEN_MONTH.search(first_cell):
                out[index] = (f"{first_cell.rstrip()} {month.group('m')}{tab}{rest_cells}", *out[index][1:])
                return True
        return False

    for line in lines:
        style = _line_style(line)
        rest = None
        pieces = _date_pieces_joined(line.cells)
        if pieces != list(line.cells):
            line = Line(
                "\t".join(pieces), size=line.size, bold=line.bold, column=line.column, cells=tuple(pieces)
            )
        if len(line.cells) > 1:
            # "Present" in the date column's second row, beside the rest of the header (before
            # it or after it)
            if absorbed(line.cells[0]):
                rest = line.cells[1:]
            elif absorbed(line.cells[-1]):
                rest = line.cells[:-1]
        if rest is not None:
            line = Line("\t".join(rest), size=line.size, bold=line.bold, column=line.column, cells=rest)
        for text, role in _cells_apart(line):
            if absorbed(text):
                continue
            if role == "head" and out and out[-1][1] == "head" and out[-1][2] == style and _tail_word(text):
                out[-1] = (f"{out[-1][0]} {plain(text)}", "head", style)  # "… – Aguilar" / "College"
                continue
            out.append((text, role, style))
    return out if with_style else [(text, role) for text, role, _ in out]


def _assign_school(entry: Entry, text: str) -> None:
    """Give a header line's fields to the entry: school, degree (and its field), place."""
    fields = []
    for field_ in _fields(_PAREN_URL.sub(" ", text)):
        main, place = _strip_place(field_)
        if place and not entry.location:
            entry.location = place
        if main and not is_place(main) and not (_GPA.search(main) and institution_score(main) == 0):
            fields.append(main)
    unclear = []
    for index, part in enumerate(fields):
        halves = [h.strip() for h in re.split(r"\s+/\s+", part)]
        if len(halves) == 2 and degree_score(halves[1]) > 0 and study_field(halves[0]):
            fields[index] = part = f"{halves[1]} in {halves[0]}"  # "Mathematics / Doctor of Philosophy"
        s, d = institution_score(part), degree_score(part)
        if s > d and entry.school is None:
            entry.school = part
        elif d > s and entry.degree is None:
            entry.degree = part
        elif d > s and _bare_field(entry.degree or "") and " in " not in part:
            entry.degree = f"{part} in {entry.degree}"
        else:
            unclear.append(part)
    for part in unclear:
        if re.fullmatch(r"[\d.,/ ]+", part):
            continue
        subject = entry.degree.rsplit(" in ", 1)[1] if entry.degree and " in " in entry.degree else ""
        if (
            subject
            and _tokens(subject)
            and _tokens(subject)[-1] in words()["field_modifiers"]
            and len(part.split()) <= 2
            and study_field(part)
        ):
            entry.degree = f"{entry.degree} {part}"  # "… in Graphic" over "Design": wrapped
            continue
        if (
            subject
            and entry.school is None
            and len(part.split()) <= 2
            and study_field(part)
            and study_field(f"{subject} {part}")
        ):
            entry.degree = f"{entry.degree} {part}"  # "… in Data" over "Science", no school yet
            continue
        if (
            entry.degree
            and " in " not in entry.degree
            and degree_score(entry.degree) > 0
            and study_field(part)
        ):
            entry.degree = f"{entry.degree} in {part}"  # its subject, on a line of its own
        elif (
            entry.degree
            and entry.school is None
            and degree_score(part) == 0
            and part[:1].isupper()
            and " in " in entry.degree
        ):
            entry.school = part
        elif (
            entry.degree
            and degree_score(part) == 0
            and institution_score(part) == 0
            and " in " not in entry.degree
            and len(part.split()) <= 5
            and entry.school is not None
        ):
            entry.degree = f"{entry.degree} in {part}"  # a field printed apart from its degree
        elif entry.school is None:
            entry.school = part
        elif entry.degree is None:
            entry.degree = part
        elif " in " not in entry.degree and len(part.split()) <= 5:
            entry.degree = f"{entry.degree} in {part}"
    entry.heads += 1


def _period_fields(period: Period | None) -> dict:
    if period is None:
        return {"duration": None, "start": None, "end": None}
    return {
        "duration": period.printed,
        "start": period.as_text(period.start),
        "end": "present" if period.current else period.as_text(period.end),
    }


def parse_experience(sections: list[Section]) -> list[dict]:
    jobs: list[dict] = []
    for section in sections:
        whole = None  # the entry before, when it had a title, a company and its dates
        for entry in _town_for_title(_entries(section.lines, "job")):
            if not (entry.title or entry.company):
                continue
            if (
                whole is not None
                and not entry.title
                and entry.period is None
                and len(entry.company or "") <= 40
            ):
                # A line alone under a whole entry, with no title and no dates of its own: the
                # place that entry printed on a line of its own ("Passau", "East Marilyn").
                if not whole["location"]:
                    whole["location"] = _clip(entry.company)
                whole = None
                continue
            jobs.append(
                {
                    "title": _clip(entry.title),
                    "company": _clip(entry.company),
                    "location": _clip(entry.location),
                    **_period_fields(entry.period),
                    "highlights": entry.highlights,
                }
            )
            whole = jobs[-1] if entry.title and entry.company and entry.period is not None else None
    # Stray lines at the end, after the dated jobs (a sidebar's items read after the main
    # column: "Helm", "Svelte"): no dates, no description, and no word of a role or a company.
    while (
        sum(job["start"] is not None for job in jobs) >= 2
        and jobs[-1]["start"] is None
        and not jobs[-1]["highlights"]
        and title_score(jobs[-1]["title"] or "") < 1.0
        and company_score(jobs[-1]["company"] or "") < 1.0
    ):
        jobs.pop()
    return _once(jobs, ("title", "company", "start", "end"))[:40]


def _town_for_title(entries: list[Entry]) -> list[Entry]:
    """ "COMPANY — Town" over "Title, dates": a town the lists do not know was taken for the
    title, and the real title with its dates started an entry of its own. An entry of a company
    and a "title" that is no role, with no dates and no description, followed by one of a role and
    dates with no company, is one job: the town is its place."""
    out: list[Entry] = []
    index = 0
    while index < len(entries):
        entry = entries[index]
        after = entries[index + 1] if index + 1 < len(entries) else None
        if (
            after is not None
            and entry.company
            and entry.title
            and entry.period is None
            and not entry.body
            and not entry.location
            and 0 < len(entry.title.split()) <= 3
            and entry.title[:1].isupper()
            and title_score(entry.title) <= 0
            and company_score(entry.title) <= 0
            and after.company is None
            and after.title
            and title_score(after.title) >= 1.0
            and after.period is not None
        ):
            out.append(replace(after, company=entry.company, location=after.location or entry.title))
            index += 2
            continue
        out.append(entry)
        index += 1
    return out


def _once(entries: list[dict], keys: tuple[str, ...]) -> list[dict]:
    """Each entry once: a page that prints its content twice (a theme's screen and print
    versions, a sidebar repeated in the main column) still lists one job per job."""
    seen: set[tuple] = set()
    kept = []
    for entry in entries:
        key = tuple((entry.get(k) or "").lower() for k in keys)
        if key not in seen:
            seen.add(key)
            kept.append(entry)
    return kept


def _school_wrapped(line: Line, following: Line) -> bool:
    """Is `following` the rest of a degree's line of fields that wrapped inside the school's
    name, the year with it ("Degree, Technical" over "University of Jamesville, 2017")? The
    line holds a degree and no date; the next line no degree and a year at its end; and the
    two pieces are one name (one of them names no school alone, or the first ends in "of")."""
    if len(line.cells or (line.text,)) > 1 or len(following.cells or (following.text,)) > 1:
        return False
    text, rest = plain(line.text), plain(following.text)
    if "," not in text or is_bullet(text) or is_bullet(rest) or re.search(r"[,;|:]$", text):
        return False
    if find_period(text)[0] is not None or not re.search(rf"{_YEAR4}\W*$", rest):
        return False
    head, last = text.rsplit(",", 1)
    first = rest.split(",", 1)[0].strip()
    if degree_score(head) <= 0 or degree_score(rest) > 0 or "," not in rest or not last.strip():
        return False
    last = last.strip()
    return institution_score(last) == 0 or institution_score(first) == 0 or bool(_CONNECTOR_END.search(last))


def parse_education(sections: list[Section]) -> list[dict]:
    schools = []
    for section in sections:
        lines: list[Line] = []
        for line in section.lines:
            if lines and _school_wrapped(lines[-1], line):
                lines[-1] = replace(
                    lines[-1], text=f"{lines[-1].text.rstrip()} {line.text.strip()}", cells=()
                )
                continue
            lines.append(line)
        entries = _entries(lines, "school")
        for index, entry in enumerate(entries):
            if not entry.school and not entry.degree:
                continue
            if (
                not entry.degree
                and entry.period is None
                and entry.school
                and len(entry.school.split()) == 1
                and institution_score(entry.school) == 0
            ):
                continue  # a word alone over the schools, no school's: the level ("Высшее", "Higher")
            after = entries[index + 1] if index + 1 < len(entries) else None
            if (
                after is not None
                and entry.school
                and len(entry.school.split()) == 1
                and entry.school.lower() in words()["institutions"]
                and after.school
                and not after.degree
                and after.period is None
            ):
                # "…, Universität" over "Veronicachester": the school's name wrapped after its
                # first word
                entry.school = f"{entry.school} {after.school}"
                after.school = None
            period = entry.period
            year = None
            if period is not None:
                year = (period.end or period.start or (None,))[0]
                if period.current:
                    year = None
            schools.append(
                {
                    "degree": _clip(entry.degree),
                    "university": _clip(entry.school),
                    "year": str(year) if year else None,
                    "start": period.as_text(period.start) if period else None,
                    "end": ("present" if period.current else period.as_text(period.end)) if period else None,
                }
            )
    return _once(schools, ("degree", "university", "year"))[:20]


def _clip(value: str | None, length: int = 200) -> str | None:
    if not value:
        return None
    value = plain(value).strip(" ,;:|-–—")
    return value[:length] or None


# ---- the whole profile ---------------------------------------------------------------------


def _confidence_of_entries(entries: list[dict], keys: tuple[tuple[str, float], ...]) -> float:
    if not entries:
        return 0.0
    return round(sum(sum(w for k, w in keys if e.get(k)) for e in entries) / len(entries), 2)


def _short_items(section: Section) -> list[str]:
    items = []
    for line in section.lines:
        for item in _split_items("\t".join(line.cells or (line.text,))):
            items.append(plain(strip_bullet(item)))
    return [i for i in items if i]


def _skill_categories(sections: list[Section]) -> list[Section]:
    """Sections that are skill categories under headings of their own ("Design", "Cloud", a
    "Languages" that lists Python and R): a list of short items, no dates, no sentences, under a
    heading that is not a section we know (or a languages section naming no spoken language)."""
    found = []
    for section in sections:
        if section.kind not in ("other", "languages"):
            continue
        items = _short_items(section)
        if not items or any(
            len(i.split()) > 3 or find_period(i)[0] or re.search(r"\d{3,}|@|[.!?]$", i) for i in items
        ):
            continue
        if section.kind == "languages" and _names_spoken(items):
            continue
        if _mostly_spoken(items):
            continue  # spoken languages under a heading we cannot read ("Språk")
        found.append(section)
    return found


_SKILL_LABEL = re.compile(r"^(?P<label>[^:]{2,30}):\s*(?P<items>.+)$")


def _skills_in_entries(sections: list[Section]) -> list[Section]:
    """A job's own list of skills under its description ("Skills: Python · Kafka", "Tech stack:
    Go, gRPC"), or a line "Skills: …" with no section of its own (under Education on a dense
    page): its items are skills too, after those of the skills section."""
    found = []
    labels = words()["skill_labels"]
    for section in sections:
        for line in section.lines:
            match = _SKILL_LABEL.match(plain(strip_bullet(line.text)))
            if match and match.group("label").strip().lower() in labels:
                found.append(replace(line, text=match.group("items"), cells=(), bold=False, size=1.0))
    return [Section("skills", None, found)] if found else []


def _dated_kind(section: Section) -> str | None:
    """What a section under a heading we do not know holds, when it is entries with dates:
    "experience" (titles and companies) or "education" (degrees and schools)."""
    heads = [line.text for line in section.lines if not is_bullet(line.text) and not is_prose(line.text)]
    dated = sum(1 for text in heads if find_period(text)[0])
    if dated < 2 and not (dated == 1 and len(section.lines) <= 8):
        return None
    # each line for what it says most: "Chen College" is a school before it is a company
    school = [max(institution_score(t), degree_score(t)) for t in heads]
    work = [max(title_score(t), company_score(t)) for t in heads]
    schooling = sum(s > 0 and s >= w for s, w in zip(school, work, strict=True))
    working = sum(w >= 1.0 and w > s for s, w in zip(school, work, strict=True))
    if working > schooling:
        return "experience"
    return "education" if schooling > working else None


_STARTS_DATED = re.compile(rf"^\s*(?:{_ONE}|{_PRESENT})", re.I)


def _section_names_in_front(lines: list[Line]) -> list[Line]:
    """A section's name printed at the start of its first row (a table's cell spanning the
    section's rows, a label column): "Education <tab> 2012 <tab> West School", "Experience
    04/2023 - Present Engineer, Acme". The name becomes a heading line of its own over the row."""
    out: list[Line] = []
    split_at = -1
    for line in lines:
        cells = list(line.cells) if len(line.cells) > 1 else [line.text]
        first = cells[0]
        # the heading just before (a row's first cell split off it stands one line further up)
        at = (
            len(out) - 1
            if out and len(out[-1].cells) <= 1
            else (split_at if split_at == len(out) - 2 else -1)
        )
        above = out[at] if at >= 0 else None
        if (
            above is not None
            and abs(above.size - line.size) < 0.05
            and heading_key(f"{above.text} {first}") in words()["headings"]
            and len(first.split()) <= 2
        ):
            # a section's name wrapped in a narrow cell ("Work" over "History")
            out[at] = replace(above, text=f"{above.text} {first}", cells=())
            if len(cells) == 1:
                continue
            cells = cells[1:]
            line = replace(line, text="\t".join(cells), cells=tuple(cells) if len(cells) > 1 else ())
            first = cells[0]
        if len(cells) > 1 and known_section(replace(line, text=first, cells=())) and len(first) <= 30:
            rest = cells[1:]
            # a row of its section (dated, or set larger like the name's cell), not a category
            # of skills named like a section ("Languages <tab> Go, Rust")
            items = [i.strip() for i in _split_items(", ".join(rest)) if i.strip()]
            # (a list in the same type as the name before it: "Languages <tab> Go, Rust")
            listed = len(items) >= 2 and all(len(i.split()) <= 4 for i in items)
            set_larger = len(line.cell_sizes) > 1 and line.cell_sizes[0] > 1.1 * max(line.cell_sizes[1:])
            dated = any(_STARTS_DATED.match(c) for c in rest)
            if ((line.size > 1.05 and (set_larger or not listed)) or dated) and not all(
                len(c) <= 3 or c.isdigit() for c in rest
            ):
                split_at = len(out)
                out.append(replace(line, text=first, cells=()))
                out.append(replace(line, text="\t".join(rest), cells=tuple(rest), bold=False))
                continue
        words_ = first.split()
        for count in (1, 2, 3):
            name, after = " ".join(words_[:count]), " ".join(words_[count:])
            if (
                len(cells) == 1
                and after
                and _STARTS_DATED.match(after)
                and heading_section(name, joined=False)
                and known_section(replace(line, text=name, cells=()))
            ):
                out.append(replace(line, text=name, cells=()))
                out.append(replace(line, text=after, cells=(), bold=False))
                break
        else:
            out.append(line)
    return out


_GLUED_BULLET = re.compile(r"(?<=[\w.)])[•●▪]\s+(?=\S)")


def _glued_bullets(lines: list[Line]) -> list[Line]:
    """A list's first bullet set right after the last word of the line above it, with no space
    before it ("Blue Systems Ltd.• Led a team of two"): the line ends there and the bullet starts
    one of its own. (Items separated by bullets, "Go • Rust", have spaces on both sides.)"""
    out: list[Line] = []
    for line in lines:
        cells = line.cells if len(line.cells) > 1 else ()
        if cells and re.search(r"[\w.)][•●▪]$", cells[0]):  # "Acme Ltd.•" <tab> the bullet's text
            out.append(replace(line, text=cells[0][:-1].rstrip(), cells=()))
            out.append(replace(line, text="• " + " ".join(cells[1:]), cells=(), bold=False))
            continue
        parts = _GLUED_BULLET.split(line.text, maxsplit=1) if not cells else [line.text]
        if len(parts) == 2 and parts[0].strip():
            out.append(replace(line, text=parts[0].rstrip(), cells=()))
            out.append(replace(line, text="• " + parts[1], cells=(), bold=False))
        else:
            out.append(line)
    return out


def _initials(text: str) -> str:
    return "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’.-]*", text) if w[0].isupper())


_CJK_QUOTED = re.compile(r"^「([^」]+)」$|^『([^』]+)』$")
# Words that close a Japanese document ("以上", "that is all") or mark a school's last year
_CLOSING = frozenset({"以上"})


def _cjk_marks(lines: list[Line]) -> list[Line]:
    """A field in Japanese corner brackets is the field («「Cloud Architect」»); the "以上" that
    closes a Japanese document is not content."""
    out: list[Line] = []
    for line in lines:
        text = plain(line.text)
        if text in _CLOSING:
            continue
        quoted = _CJK_QUOTED.match(text)
        if quoted:
            inner = quoted.group(1) or quoted.group(2)
            line = replace(line, text=inner, cells=())
        out.append(line)
    return out


_DATES_THEN_PLACE = re.compile(rf"^(?P<dates>{RANGE.pattern})\s*[·|•]\s*(?P<place>[^\d·|•]{{2,40}})$", re.I)


def _dates_then_place(lines: list[Line]) -> list[Line]:
    """An entry's dates and its town on one line after a dot or a bar ("dic. 2024 - oct. 2026 ·
    Madrid"): the dates, then the place the entry's header is followed by."""
    out: list[Line] = []
    for line in lines:
        match = _DATES_THEN_PLACE.match(plain(line.text)) if len(line.cells) <= 1 else None
        place = match.group("place").strip() if match else ""
        if match and len(place.split()) <= 4 and max(title_score(place), company_score(place)) < 1.0:
            line = replace(line, text=f"{match.group('dates').strip()} {place}", cells=())
        out.append(line)
    return out


# What a profile page prints around a person's own words, left in when it is copied or printed:
# "Show all 7 experiences", "Endorsed by 12 colleagues", "500+ connections", "Contact info",
# "… see more"; and a job's own list of skills ends "· +3 skills".
_CHROME = re.compile(
    r"^(?:show all \d+ \w+(?: \w+)?|endorsed by \d+ .{1,40}|\d+\+? (?:connections|followers)|contact info|"
    r"(?:…|\.\.\.)\s*see more|see more|show more|show less"
    # a website's search box and cookie notice around a resume page
    r"|search\s*(?:…|\.\.\.|for:?)?|this (?:web)?site uses cookies.*|we use cookies.*"
    r"|©.{0,80}all rights reserved.*|powered by \w+"
    # a page's number, as a printout or a scan carries it into the text
    r"|page \d{1,2}(?: (?:of|/) \d{1,2})?|- \d{1,2} -)\s*(?:→|›|>)?$",
    re.I,
)
_STRAY_MARK = re.compile(r"(?<=\w)\s+[|'.,`]$")
# A website's menu: a line of two or more cells, each a page of the site
_MENU_WORDS = frozenset("home about blog resume cv contact portfolio projects work services posts".split())
_HELD_AS = re.compile(r"^(?P<company>.{2,80}?)\s+[·•|]\s+(?P<kind>[\w-]+)$")
_MORE_SKILLS = re.compile(r"\s*[·•,]\s*(?:and )?\+\d+ (?:more )?skills?\s*$", re.I)


def _site_chrome(lines: list[Line]) -> list[Line]:
    """A profile page's own words are not the person's, nor a website's menu, search box,
    cookie notice or copyright line: they are left out, and so is a line that only says how a
    job was worked ("Remote")."""
    out: list[Line] = []
    modes = words()["work_modes"]
    for line in lines:
        text = plain(line.text)
        if _CHROME.match(text) or text.lower() in modes:
            continue
        if _STRAY_MARK.search(text) and len(line.cells) <= 1:
            # a mark alone at the end of a line, as a scan's speck reads ("EDUCATION .")
            text = _STRAY_MARK.sub("", text)
            line = replace(line, text=text, cells=())
        cells = [c.strip().lower() for c in (line.cells or text.split("\t")) if c.strip()]
        if len(cells) >= 2 and all(c in _MENU_WORDS for c in cells):
            continue  # "Home <tab> About <tab> Blog <tab> Resume": the site's menu
        if _MORE_SKILLS.search(text):
            line = replace(line, text=_MORE_SKILLS.sub("", text), cells=())
        elif (held := _HELD_AS.match(text)) and held.group("kind").lower() in words()["employment_types"]:
            line = replace(line, text=held.group("company"), cells=())  # "Acme · Full-time"
        out.append(line)
    return out


_SALUTATION = re.compile(
    r"^(?:dear\b.{0,60},?|to whom it may concern[,:]?|hello\b.{0,40},|hi\b.{0,40},|sehr geehrte.{0,60},?|"
    r"madame,? monsieur,?|estimad[oa]s?\b.{0,60}[,:]?)$",
    re.I,
)
_LETTER_CLOSING = re.compile(
    r"^(?:(?:yours )?sincerely|(?:kind|best|warm|warmest)(?: regards)?|regards|yours (?:truly|faithfully)|"
    r"respectfully|cordially|thank you|with thanks|mit freundlichen grüßen|cordialement|atentamente|saludos)"
    r"(?: yours)?,?$",
    re.I,
)


def _cover_letter(lines: list[Line]) -> list[Line]:
    """A cover letter before the resume in one file ("Dear Hiring Manager," … "Sincerely," and
    the name, then the resume): the letter is not the resume. Its salutation is no name and its
    sentences no jobs; what follows the signature is read. A letter alone is left as it is."""
    if not lines or not any(_SALUTATION.match(plain(line.text)) for line in lines[:4]):
        return lines
    for index, line in enumerate(lines[:80]):
        if _LETTER_CLOSING.match(plain(line.text)) and index + 1 < len(lines):
            rest = lines[index + 2 :]  # (after the signature's name)
            rest = [r for r in rest if not re.fullmatch(r"[-=_*~.\s]{3,}", plain(r.text))] or rest
            if any(known_section(r) for r in rest):
                return rest
            return lines
    return lines


_YEAR_ALONE = re.compile(rf"^(?:{_YEAR4}|{_PRESENT})$", re.I)


def _stacked_years(lines: list[Line]) -> list[Line]:
    """A timeline's years stacked in a narrow rail beside each entry - the start, a dash, the end
    ("2019" / "–" / "2023" or "Now") - each read as the first part of a row, or alone: one range,
    in front of the entry's first row."""
    out = list(lines)
    index = -1
    while index + 1 < len(out):  # (lines are deleted as the ranges are put together)
        index += 1
        head = _first_cell(out[index])
        if not re.fullmatch(_YEAR4, head):
            continue
        dash = next(
            (k for k in range(index + 1, min(index + 3, len(out))) if plain(out[k].text) in ("–", "—", "-")),
            None,
        )
        if dash is None:
            continue
        end = next(
            (k for k in range(dash + 1, min(dash + 4, len(out))) if _YEAR_ALONE.match(_first_cell(out[k]))),
            None,
        )
        if end is None:
            continue
        out[index] = _with_first_cell(out[index], f"{head} – {_first_cell(out[end])}")
        rest = out[end].cells[1:] if len(out[end].cells) > 1 else ()
        if rest:
            out[end] = replace(out[end], text="\t".join(rest), cells=rest if len(rest) > 1 else ())
        else:
            del out[end]
        del out[dash]
    return out


def _with_first_cell(line: Line, first: str) -> Line:
    cells = (first, *line.cells[1:]) if len(line.cells) > 1 else (first,)
    return replace(line, text="\t".join(cells), cells=cells if len(cells) > 1 else ())


def _monograms(lines: list[Line]) -> list[Line]:
    """A company's or a school's initials in a badge beside its entry ("ES" by "Edwards &
    Sons", "PH" by "Politecnico di Hansonburgh"): two or three capitals that begin the words of
    a line next to them are a logo, not a line of text. (One capital is, beside a name of two
    words or more or set apart from it in weight or size: "R" over "Ruby" in a list of skills
    is the language R.)"""
    keep: list[Line] = []
    for index, line in enumerate(lines):
        text = plain(line.text)
        if re.fullmatch(r"[A-Z]{1,3}", text):
            near = lines[max(0, index - 2) : index] + lines[index + 1 : index + 3]
            if any(_badge_of(text, line, other) for other in near):
                continue
        keep.append(line)
    return keep


def _badge_of(initials: str, badge: Line, other: Line) -> bool:
    name = plain(other.text).split("\t")[0]
    if not _initials(name).startswith(initials):
        return False
    apart = abs(other.bold - badge.bold) >= 0.5 or abs(other.size - badge.size) > 0.05
    return len(initials) > 1 or len(name.split()) > 1 or apart


# What the reader's lines need before they are split into sections, in this order: marks of
# other scripts, bullets glued to a line, badges of initials, a town after dates, section names
# at the start of a row.
_LEADING_LINK = re.compile(r"^(?:https?://|www\.)\S+\s+(?=\w)", re.I)


def _leading_links(lines: list[Line]) -> list[Line]:
    """A company's web address that a theme set on its title's line ("https://rocha.example.com
    Principal Product Manager"): the title alone is the line."""
    return [
        replace(line, text=rest, cells=())
        if (match := _LEADING_LINK.match(line.text))
        and (rest := line.text[match.end() :])
        and "://" not in rest
        else line
        for line in lines
    ]


def _small_print(lines: list[Line]) -> list[Line]:
    """Sentences in small type at the very end (a consent to the processing of personal data, as
    Polish and German CVs carry; a note on references): no part of the last section."""
    end = len(lines)
    while (
        end > 0
        and lines[end - 1].size <= 0.85
        and not EMAIL.search(lines[end - 1].text)
        and not _URL.search(lines[end - 1].text)
    ):
        end -= 1
    tail = lines[end:]
    if (
        end == 0
        or sum(len(line.text.split()) for line in tail) < 8
        or not any(is_prose(t.text) for t in tail)
    ):
        return lines
    return lines[:end]


def _rtl_stray_stops(lines: list[Line]) -> list[Line]:
    """In a right-to-left document, a line of Latin text whose last full stop a PDF shows at its
    start (". Full Stack Developer | Lee, Jackson & Co"): the stop is put back at its end."""
    if sum(bool(_RTL.search(line.text)) for line in lines) < 3:
        return lines
    return [
        replace(line, text=f"{m.group(2)}{m.group(1)}", cells=())
        if (m := re.match(r"^([.,;:])\s+([A-Za-z].*)$", line.text))
        else line
        for line in lines
    ]


_PREPARED_BY = (
    _cover_letter,
    _rtl_stray_stops,
    _small_print,
    _leading_links,
    _cjk_marks,
    _site_chrome,
    _stacked_years,
    _glued_bullets,
    _monograms,
    _dates_then_place,
    _section_names_in_front,
)


def parse(lines: list[Line]) -> dict:
    lines = [line for line in lines if plain(line.text)]
    for prepare in _PREPARED_BY:
        lines = prepare(lines)
    header, sections = split_sections(lines)
    for section in sections:
        # (one of a kind: a second dated list is Projects or the like)
        if (
            section.kind == "other"
            and (kind := _dated_kind(section)) is not None
            and not any(other.kind == kind for other in sections)
        ):
            section.kind = kind
    by_kind: dict[str, list[Section]] = {}
    for section in sections:
        by_kind.setdefault(section.kind, []).append(section)
    contact_lines = header + [line for s in by_kind.get("contact", []) for line in s.lines]
    email = find_email(contact_lines) or find_email(lines)
    phone, phone_confidence = find_phone(contact_lines, email)
    if phone is None:
        phone, phone_confidence = find_phone(lines[:40], email)
        phone_confidence *= 0.8
    # (the header, then the top of the page: each line once, or a name's lines would repeat)
    near_top = header + [line for line in lines[:14] if not any(line is h for h in header)]
    name, name_confidence = find_name(near_top if header else lines)
    skills = parse_skills(
        by_kind.get("skills", [])
        + _skill_categories(sections)
        + _skills_in_entries([s for s in sections if s.kind not in ("skills", "languages", "interests")])
    )
    experience = parse_experience(by_kind.get("experience", []))
    education = parse_education(by_kind.get("education", []))
    confidence = {
        "name": name_confidence,
        "email": 0.98 if email else 0.0,
        "phone": round(phone_confidence, 2),
        "skills": 0.9 if len(skills) >= 3 else 0.6 if skills else 0.0,
        "experience": _confidence_of_entries(experience, (("title", 0.4), ("company", 0.4), ("start", 0.2))),
        "education": _confidence_of_entries(education, (("university", 0.6), ("degree", 0.2), ("year", 0.2))),
    }
    warnings = []
    if not experience:
        warnings.append(
            "No work experience found"
            + ("" if "experience" in by_kind else " (no section headed Experience or Employment)")
        )
    elif any(not (job["title"] and job["company"]) for job in experience):
        warnings.append("Some jobs lack a title or a company; please check them")
    if experience and any(not job["start"] for job in experience):
        warnings.append("Some jobs have no dates")
    if not education:
        warnings.append("No education found")
    if not skills:
        warnings.append("No skills found" + ("" if "skills" in by_kind else " (no section headed Skills)"))
    if name is None:
        warnings.append("The name could not be found")
    elif name_confidence < 0.75:
        warnings.append("The name is a guess; please check it")
    if email is None:
        warnings.append("No email address found")
    if any(line.column for line in lines):
        warnings.append("Two columns detected; please check that the sections were read in order")
    return {
        "name": _clip(name, 120),
        "email": email,
        "phone": phone,
        "skills": skills,
        "experience": experience,
        "education": education,
        "confidence": confidence,
        "warnings": warnings,
    }
