"""From resume lines to fields: name, email, phone, skills, experience and education.

The parser works in three passes: find the sections under their many usual headings, read the
contact block above the first section, then read each section with rules about the shapes
entries take (title and company in either order, dates before, after or on the line, wrapped
lines). It never guesses from a particular template; every rule is about resumes in general.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from careeros.onboarding.extract import Line

# ---- sections ------------------------------------------------------------------------------

SECTIONS: dict[str, tuple[str, ...]] = {
    "summary": (
        "summary",
        "professional summary",
        "profile",
        "professional profile",
        "about",
        "about me",
        "objective",
        "career objective",
        "personal statement",
        "overview",
        "career summary",
        "executive summary",
        "introduction",
    ),
    "experience": (
        "experience",
        "work experience",
        "professional experience",
        "employment",
        "employment history",
        "work history",
        "career history",
        "relevant experience",
        "professional background",
        "experience summary",
        "industry experience",
        "positions held",
        "career",
        "work",
        "professional history",
        "experience and employment",
        "employment experience",
    ),
    "education": (
        "education",
        "academic background",
        "academic history",
        "education and training",
        "academic qualifications",
        "qualifications",
        "studies",
        "educational background",
        "education history",
        "academics",
        "academic profile",
    ),
    "skills": (
        "skills",
        "technical skills",
        "core skills",
        "key skills",
        "skills and expertise",
        "expertise",
        "core competencies",
        "competencies",
        "technologies",
        "tech stack",
        "technical proficiencies",
        "areas of expertise",
        "tools",
        "tools and technologies",
        "skill set",
        "skillset",
        "skills and tools",
        "technical expertise",
        "skills summary",
        "relevant skills",
        "professional skills",
        "skills and abilities",
        "abilities",
        "proficiencies",
        "technical competencies",
    ),
    "projects": (
        "projects",
        "personal projects",
        "selected projects",
        "key projects",
        "side projects",
        "open source",
        "open source projects",
        "academic projects",
        "project experience",
    ),
    "certifications": (
        "certifications",
        "certificates",
        "certification",
        "licenses",
        "licenses and certifications",
        "licences",
        "courses",
        "training",
        "professional development",
        "courses and certifications",
    ),
    "awards": (
        "awards",
        "honors",
        "honours",
        "achievements",
        "selected honors",
        "accomplishments",
        "awards and honors",
        "honors and awards",
        "scholarships",
        "awards and achievements",
    ),
    "publications": (
        "publications",
        "papers",
        "selected publications",
        "patents",
        "invited talks",
        "talks",
        "presentations",
        "research",
        "conference talks",
        "speaking",
    ),
    "volunteer": (
        "volunteer",
        "volunteering",
        "volunteer experience",
        "community",
        "community involvement",
        "volunteer work",
        "extracurricular activities",
        "activities",
        "leadership and activities",
    ),
    "languages": ("languages", "spoken languages", "language skills"),
    "interests": ("interests", "hobbies", "hobbies and interests", "personal interests"),
    "references": ("references", "referees"),
    "contact": ("contact", "contact information", "personal information", "personal details", "details"),
}
_HEADING_INDEX = {name: section for section, names in SECTIONS.items() for name in names}


def heading_key(text: str) -> str:
    key = re.sub(r"[^a-z& ]+", " ", text.lower().replace("&", " and "))
    return re.sub(r"\s+", " ", key).strip()


def section_of(line: Line, heading_levels: frozenset[int] = frozenset()) -> str | None:
    """The section a line heads, or None if it is not a heading.

    An unknown line styled as a heading ends a section only at a level the document uses for
    the sections we recognise (a Heading 3 under "Work Experience" is a job, not a section).
    """
    text = line.text.strip().rstrip(":").strip()
    if not text or len(text) > 45 or re.search(r"[@\d]{2,}", text):
        return None
    known = _HEADING_INDEX.get(heading_key(text))
    if known:
        return known
    words = text.split()
    if line.heading and len(words) <= 5 and (line.level in heading_levels or not heading_levels):
        return "other"
    letters = [c for c in text if c.isalpha()]
    if len(words) <= 4 and len(letters) >= 4 and all(c.isupper() for c in letters) and ":" not in text:
        return "other"  # an ALL-CAPS heading we do not know still ends the section above it
    return None


def split_sections(lines: list[Line]) -> tuple[list[Line], dict[str, list[list[Line]]]]:
    """The lines above the first heading, and each section's bodies by kind."""
    header: list[Line] = []
    sections: dict[str, list[list[Line]]] = {}
    current: list[Line] | None = None
    levels = frozenset(line.level for line in lines if line.level and section_of(line) not in (None, "other"))
    for line in lines:
        kind = section_of(line, levels)
        if kind is not None:
            current = []
            sections.setdefault(kind, []).append(current)
        elif current is None:
            header.append(line)
        else:
            current.append(line)
    return header, sections


# ---- contact details -----------------------------------------------------------------------

EMAIL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_PHONE_RUN = re.compile(r"(?:\+|\(|\b)[\d(][\d\s().\-/]{3,}\d")
_PHONE_LABEL = re.compile(r"\b(phone|tel|telephone|mobile|cell|mob)\b\.?\s*[:.]?\s*", re.I)
_YEAR_RANGE = re.compile(r"^(19|20)\d{2}\s*[-–—/]\s*((19|20)\d{2}|\d{2})$")
_URL = re.compile(r"(https?://|www\.|\b[a-z0-9-]+\.(com|org|net|io|dev|me|ai|co)\b)", re.I)
_NAME_STOP = {"resume", "curriculum", "vitae", "cv", "updated", "page", "profile", "contact", "summary"}


def find_email(header: list[Line], lines: list[Line]) -> str | None:
    for pool in (header, lines):
        for line in pool:
            match = EMAIL.search(line.text)
            if match:
                return match.group(0).rstrip(".")
    return None


def _phone_candidates(text: str) -> list[str]:
    found = []
    for match in _PHONE_RUN.finditer(text):
        candidate = match.group(0).strip(" .-/")
        if candidate.count("(") != candidate.count(")"):
            candidate = (
                candidate.lstrip("(") if candidate.startswith("(") and ")" not in candidate else candidate
            )
        digits = re.sub(r"\D", "", candidate)
        if not 6 <= len(digits) <= 15 or _YEAR_RANGE.match(candidate):
            continue
        if candidate.isdigit() and len(candidate) < 9:  # a zip or postcode, not a phone
            continue
        if re.fullmatch(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}", candidate):  # a date
            continue
        found.append(candidate)
    return found


def find_phone(header: list[Line], lines: list[Line]) -> str | None:
    for line in lines:  # a labelled number wins wherever it is
        label = _PHONE_LABEL.search(line.text)
        if label:
            candidates = _phone_candidates(line.text[label.end() :])
            if candidates:
                return candidates[0]
    for line in header or lines[:8]:
        text = EMAIL.sub(" ", line.text)
        text = _URL.sub(" ", text)
        candidates = _phone_candidates(text)
        if candidates:
            return candidates[0]
    return None


def _looks_like_name(text: str) -> bool:
    if EMAIL.search(text) or _URL.search(text) or re.search(r"\d", text):
        return False
    words = text.replace(",", " ").split()
    if not 1 <= len(words) <= 5 or any(w.lower().strip(".:") in _NAME_STOP for w in words):
        return False
    if section_of(Line(text)) not in (None, "other"):
        return False
    letters = [w for w in words if re.match(r"^[A-Za-zÀ-ÿ'’.\-]+$", w)]
    return len(letters) == len(words) and all(w[0].isupper() for w in words if len(w) > 3 or "." not in w)


def _name_case(text: str) -> str:
    return text.title() if text.isupper() else text


def find_name(header: list[Line], lines: list[Line]) -> str | None:
    for line in (header or lines)[:10]:
        for part in re.split(r"\s[|•·—–]\s|\t", line.text):
            part = part.strip()
            if (_looks_like_name(part) and len(part.split()) >= 2) or (
                line.heading and _looks_like_name(part)
            ):
                return _name_case(part)
    return None


# ---- dates ---------------------------------------------------------------------------------

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = rf"(?:{_MONTH}\s+\d{{4}}|\d{{1,2}}/\d{{4}}|\d{{4}}-\d{{2}}|(?:19|20|18)\d{{2}})"
_END = rf"(?:{_DATE}|present|current|now|today|ongoing|date)"
DATE_RANGE = re.compile(
    rf"\(?\b{_DATE}\s*(?:[-–—]+|to|until|through|till)\s*{_END}\b\)?|\(?\b{_DATE}\b\)?", re.I
)
_YEAR = re.compile(r"\b(1[89]\d{2}|20\d{2})\b")


def take_dates(text: str) -> tuple[str, str | None]:
    """The text without its first date range, and that range as printed."""
    match = DATE_RANGE.search(text)
    if not match:
        return text, None
    printed = match.group(0).strip().strip("()").strip()
    rest = (text[: match.start()] + " " + text[match.end() :]).strip()
    rest = re.sub(r"\(\s*\)", "", rest)
    return _strip_separators(rest), printed


def _strip_separators(text: str) -> str:
    return re.sub(r"^[\s,|•·–—\-:]+|[\s,|•·–—\-:]+$", "", re.sub(r"\s{2,}", " ", text))


def end_year(duration: str | None) -> str | None:
    if not duration:
        return None
    years = _YEAR.findall(duration)
    return years[-1] if years else None


# ---- shapes of lines -----------------------------------------------------------------------

_BULLET = re.compile(r"^\s*(?:[•·▪◦●○■□➢►▸‣∙*\-–—]|\d{1,2}[.)])\s+")
TITLE_WORDS = frozenset(
    """engineer engineering developer programmer manager director president vp ceo cto cfo coo cio cpo ciso
founder co-founder cofounder intern internship scientist analyst designer consultant architect lead
head officer specialist administrator associate assistant coordinator researcher professor lecturer
teacher tutor instructor fellow postdoc postdoctoral editor writer author accountant nurse physician
attorney lawyer paralegal recruiter sourcer partner owner principal technician operator
representative advisor adviser strategist marketer devops sre supervisor chef clerk cashier
detective investigator secretary receptionist auditor economist statistician trader banker broker
underwriter planner producer photographer journalist reporter mentor coach trainer pilot mechanic
electrician apprentice contractor freelancer volunteer member chair chairman treasurer evangelist
advocate steward maintainer contributor sales executive agent superintendent inspector therapist
pharmacist dentist surgeon veterinarian translator interpreter librarian curator""".split()
)
COMPANY_SUFFIXES = (
    "inc",
    "inc.",
    "llc",
    "ltd",
    "ltd.",
    "limited",
    "gmbh",
    "corp",
    "corp.",
    "co.",
    "plc",
    "ag",
    "s.a.",
    "sa",
    "bv",
    "b.v.",
    "pty",
    "pty ltd",
    "llp",
    "lp",
)
US_STATES = frozenset(
    """AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC
ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC""".split()
)
PLACES = frozenset(
    place.strip().lower()
    for place in """
USA, US, UK, United States, United Kingdom, England, Scotland, Wales, Ireland, Canada, Australia,
New Zealand, Germany, France, Spain, Italy, Portugal, Netherlands, Belgium, Switzerland, Austria,
Sweden, Norway, Denmark, Finland, Poland, Czechia, Czech Republic, Hungary, Romania, Greece, Turkey,
Türkiye, Israel, India, China, Japan, Korea, South Korea, Singapore, Hong Kong, Taiwan, Brazil,
Mexico, Argentina, Chile, Colombia, Nigeria, Kenya, South Africa, Egypt, UAE, Remote, Hybrid,
London, Paris, Berlin, Munich, Hamburg, Amsterdam, Dublin, Madrid, Barcelona, Lisbon, Rome, Milan,
Zurich, Geneva, Vienna, Stockholm, Oslo, Copenhagen, Helsinki, Warsaw, Prague, Budapest, Istanbul,
Tel Aviv, Bangalore, Bengaluru, Mumbai, Delhi, New Delhi, Hyderabad, Pune, Chennai, Beijing,
Shanghai, Shenzhen, Tokyo, Seoul, Sydney, Melbourne, Toronto, Vancouver, Montreal, Seattle,
Portland, Austin, Boston, Chicago, Denver, Atlanta, Miami, Dallas, Houston, Phoenix, Philadelphia,
Pittsburgh, New York, NYC, San Francisco, SF, Bay Area, Palo Alto, Mountain View, Menlo Park,
Cupertino, Sunnyvale, Santa Clara, San Jose, Redmond, Los Angeles, San Diego, Los Gatos, Oakland,
Berkeley, Cambridge, Princeton, Pasadena, Stanford, Washington, Silicon Valley, Gotham, Anywhere""".split(",")
)


def is_bullet(text: str) -> bool:
    return bool(_BULLET.match(text))


def strip_bullet(text: str) -> str:
    return _BULLET.sub("", text).strip()


ACTION_VERBS = frozenset(
    """achieved analysed analyzed architected assisted automated built collaborated conducted contributed
contributing coordinated created delivered deployed designed developed developing directed drove
enabled engineered enhanced ensured established executed facilitated founded grew guided helped
implemented implementing improved increased integrated introduced launched leading led maintained
managed mentored migrated optimised optimized organised organized oversaw participated partnered
performed planned played produced published raised reduced refactored researched responsible scaled
served shipped spearheaded streamlined supervised supported taught tested trained utilized utilised
worked working wrote made won awarded build building""".split()
)
_ABBREVIATION_END = re.compile(r"\b(inc|ltd|co|corp|jr|sr|st|dr|llc|plc|bros)\.$", re.I)


def is_sentence(text: str) -> bool:
    """Description rather than an entry's header: bullets, prose, action-verb openings."""
    words = text.split()
    if is_bullet(text):
        return True
    if text[:1].islower() and len(words) > 1:
        return True
    if words and words[0].lower().strip(",") in ACTION_VERBS:
        return True
    if re.search(r"\b[a-z]{3,}[.!?]\s+[A-Z]", text):  # a sentence ends mid-line (not "M.Sc. Data")
        return True
    stripped = text.rstrip()
    if stripped.endswith(".") and not _ABBREVIATION_END.search(stripped):
        return True
    if re.search(r"[a-z]-$", stripped) and len(words) > 4:  # hyphenated across lines
        return True
    return len(words) > 16


def is_location(part: str) -> bool:
    part = part.strip().strip(".")
    if not part:
        return False
    if part in US_STATES or part.lower() in PLACES:
        return True
    words = part.split()
    return len(words) <= 3 and all(w.lower() in PLACES or w in US_STATES for w in words)


def title_score(part: str) -> int:
    words = {w.strip("()&,/").lower() for w in re.split(r"[\s/]+", part)}
    return len(words & TITLE_WORDS)


def split_parts(text: str, *, at: bool = True) -> list[str]:
    """Split on commas, pipes, tabs and spaced dashes (and " at " when `at`), never inside
    parentheses; glue company suffixes (", Inc.") back onto the name they belong to."""
    parts, depth, current = [], 0, []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        if depth == 0:
            separator = None
            if char in ",|\t;":
                separator = 1
            elif text[index : index + 3] in (" – ", " — ", " - ", " · ", " • "):
                separator = 3
            elif at and text[index : index + 4].lower() == " at " and current:
                separator = 4
            if separator:
                parts.append("".join(current))
                current = []
                index += separator
                continue
        current.append(char)
        index += 1
    parts.append("".join(current))
    cleaned: list[str] = []
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if cleaned and part.lower().rstrip(".") in {s.rstrip(".") for s in COMPANY_SUFFIXES}:
            cleaned[-1] = f"{cleaned[-1]}, {part}"
        else:
            cleaned.append(part)
    return cleaned


# ---- skills --------------------------------------------------------------------------------

_LABEL = re.compile(r"^(?P<label>[^:]{1,40}?)\s*:\s*(?P<rest>.+)$")
_DASH_LABEL = re.compile(r"^(?P<label>[A-Z][\w()\s]{0,25}?)\s+[–—]\s+(?P<rest>.+)$")


def _split_items(text: str) -> list[str]:
    items, depth, current = [], 0, []
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        if depth == 0 and char in ",;•·|":
            items.append("".join(current))
            current = []
            continue
        current.append(char)
    items.append("".join(current))
    return items


def _clean_item(item: str) -> str | None:
    item = strip_bullet(item.strip())
    item = re.sub(r"^(and|&)\s+", "", item, flags=re.I).strip().rstrip(".").strip()
    if not item or len(item) > 80 or len(item.split()) > 8 or not re.search(r"[A-Za-z]", item):
        return None
    return item


def parse_skills(bodies: list[list[Line]]) -> list[str]:
    groups: list[str] = []
    for body in bodies:
        for line in body:
            text = line.text.strip()
            bullet = is_bullet(text)
            text = strip_bullet(text)
            labelled = _LABEL.match(text) or _DASH_LABEL.match(text)
            if (
                labelled
                and len(labelled.group("label").split()) <= 4
                and not re.search(r"[,;]", labelled.group("label"))
            ):
                groups.append(labelled.group("rest"))
            elif bullet or not groups:
                groups.append(text)
            elif groups[-1].rstrip().endswith((",", ";")):
                groups[-1] += " " + text
            else:
                groups[-1] += " " + text  # a wrapped line continues the previous one
    seen, skills = set(), []
    for group in groups:
        for raw in _split_items(group):
            item = _clean_item(raw)
            if item and item.lower() not in seen:
                seen.add(item.lower())
                skills.append(item)
    return skills


# ---- experience ----------------------------------------------------------------------------


@dataclass
class Entry:
    lines: list[str] = field(default_factory=list)
    duration: str | None = None
    title: str | None = None
    company: str | None = None
    extra: list[str] = field(default_factory=list)


def _join_split_dates(lines: list[str]) -> list[str]:
    """moderncv puts '2017 –' and 'Present' on two lines; put them back together."""
    joined: list[str] = []
    for text in lines:
        if (
            joined
            and re.search(r"[-–—]\s*$", joined[-1])
            and DATE_RANGE.fullmatch(text.strip()) is None
            and re.match(rf"^\s*({_END})\b", text, re.I)
        ):
            match = re.match(rf"^\s*({_END})\b", text, re.I)
            joined[-1] = f"{joined[-1].rstrip()} {match.group(1)}"
            rest = text[match.end() :].strip()
            if rest:
                joined.append(rest)
            continue
        joined.append(text)
    return joined


def _is_date_line(text: str) -> bool:
    rest, printed = take_dates(text)
    if printed is None:
        return bool(
            re.fullmatch(r"\d+\s+(years?|months?|yrs?|mos?)(\s+\d+\s+(months?|mos?))?", text.strip(), re.I)
        )
    rest = re.sub(r"\b(gpa|grade)\b.*$", "", rest, flags=re.I)
    return not rest or all(is_location(p) for p in split_parts(rest)) or len(rest.split()) <= 1


def _is_location_line(text: str) -> bool:
    parts = split_parts(text)
    return (
        bool(parts)
        and all(
            is_location(p)
            or (len(p.split()) <= 2 and p[:1].isupper() and title_score(p) == 0 and len(parts) >= 2)
            for p in parts
        )
        and len(text) < 50
    )


def _header_lines(body: list[Line]) -> list[tuple[str, str]]:
    """Each line with its role: header, date, location or text."""
    roles: list[tuple[str, str]] = []
    for text in _join_split_dates([line.text for line in body]):
        previous = roles[-1] if roles else None
        continues = (
            previous is not None
            and previous[0] == "text"
            and not re.search(r"[.!?:]$|[.!?][\"”’)]$", previous[1].rstrip())
        )
        if continues and not is_bullet(text) and take_dates(text)[1] is None:
            roles.append(("text", text))  # the rest of a wrapped description line
        elif is_sentence(text):
            roles.append(("text", text))
        elif _is_date_line(text):
            roles.append(("date", text))
        elif _is_location_line(text):
            roles.append(("location", text))
        else:
            roles.append(("header", text))
    return roles


def _assign_title_company(parts: list[str]) -> tuple[str | None, str | None, list[str]]:
    parts = [p for p in parts if p and not is_location(p)]
    if not parts:
        return None, None, []
    scored = [(title_score(p), i) for i, p in enumerate(parts)]
    best_score, best = max(scored, key=lambda s: (s[0], -s[1]))
    if best_score == 0:
        return None, parts[0], parts[1:]
    title = parts[best]
    others = [p for i, p in enumerate(parts) if i != best]
    company = others[0] if others else None
    return title, company, others[1:]


def parse_experience(bodies: list[list[Line]]) -> list[dict]:
    entries: list[Entry] = []
    for body in bodies:
        current: Entry | None = None
        last_role = None
        for role, text in _header_lines(body):
            if role == "header":
                rest, printed = take_dates(text)
                parts = split_parts(rest)
                title, company, extra = _assign_title_company(parts)
                # A short bare line right after a header that lacks a title is that title
                # (Company – Place  dates / Job title).
                if (
                    current is not None
                    and current.title is None
                    and current.company
                    and last_role in ("header", "date", "location")
                    and len(parts) == 1
                    and len(rest.split()) <= 6
                ):
                    current.title = rest
                    current.duration = current.duration or printed
                    last_role = role
                    continue
                if (
                    current is not None
                    and last_role == "header"
                    and current.title
                    and not current.company
                    and title is None
                    and company
                ):
                    current.company = company
                    continue
                current = Entry(duration=printed, title=title, company=company, extra=extra)
                entries.append(current)
            elif role == "date" and current is not None and current.duration is None:
                current.duration = take_dates(text)[1]
            elif role == "date" and current is None:
                current = Entry(duration=take_dates(text)[1])
                entries.append(current)
            elif (
                role == "text"
                and current is not None
                and current.title is None
                and current.company
                and last_role in ("header", "date")
                and len(text.split()) <= 6
                and not is_bullet(text)
            ):
                current.title = text
            last_role = role
    return [
        {"title": e.title, "company": e.company, "duration": e.duration}
        for e in entries
        if e.title or e.company
    ]


# ---- education -----------------------------------------------------------------------------

DEGREE = re.compile(
    r"^(?:(?:bachelor|master|doctor|associate)(?:'s|s)?\b|ph\.?\s?d\.?|d\.?phil|mba|m\.?b\.?a\.?|"
    r"b\.?\s?(?:a|s|sc|eng|e|tech|com|ba|fa|arch|ed|pharm|des|ca|sw|n)\.?|"
    r"m\.?\s?(?:a|s|sc|eng|e|tech|com|fa|phil|res|ed|d|pharm|des|ca|sw|pa|ph|n)\.?|"
    r"ll\.?[bm]\.?|j\.?d\.?|a\.?a\.?s?\.?|diploma|certificate|hnd|ged|high school|abitur|"
    r"licen[cs]e|licenciatura|baccalaureate|doctorate)(?=$|[\s,(.])",
    re.I,
)
INSTITUTION = re.compile(
    r"\b(university|universit[äée]t?|universidad|università|college|institute|institut|school|"
    r"academy|polytechnic|politecnico|conservatory|seminary|ecole|école|hochschule|"
    r"caltech|mit|ucla|nyu|cmu|epfl|eth|kth|iit|uc\s+\w+|sussex|oxford|cambridge)\b",
    re.I,
)


def _split_degree_institution(part: str) -> tuple[str | None, str | None]:
    """'PhD Princeton University' -> ('PhD', 'Princeton University')."""
    match = DEGREE.match(part)
    if not match:
        return None, None
    head, tail = part[: match.end()].strip(), part[match.end() :].strip()
    if tail and INSTITUTION.search(tail) and not re.match(r"^(in|of)\b", tail, re.I):
        return head, tail
    return None, None


def _is_campus(part: str, following: list[str]) -> bool:
    """After 'University of California': is `part` the campus ('Berkeley') rather than the city?
    It is when more places follow it (the city, the state), as multi-campus names are printed."""
    return bool(following) and (
        following[0] == part
        or (not is_location(part) and is_location(following[0]))
        or (is_location(part) and len(following) >= 2 and all(is_location(f) for f in following[:2]))
    )


def _parse_education_header(text: str) -> tuple[str | None, str | None, str | None]:
    rest, printed = take_dates(text)
    year = end_year(printed)
    institution = None
    parens = re.search(r"\(([^)]+)\)", rest)
    if (parens and INSTITUTION.search(parens.group(1))) or (
        parens and DEGREE.match(rest) and not _YEAR.search(parens.group(1))
    ):
        institution = parens.group(1).strip()
        rest = _strip_separators((rest[: parens.start()] + " " + rest[parens.end() :]).replace("  ", " "))
    parts = [p for p in split_parts(rest, at=False) if not re.match(r"^(gpa|grade|cgpa)\b", p, re.I)]
    degree_parts: list[str] = []
    field_after: list[str] = []
    for index, part in enumerate(parts):
        if (
            institution
            and index
            and parts[index - 1] == institution
            and re.match(r"university of\b", institution, re.I)
            and _is_campus(part, parts[index + 1 :])
        ):
            institution = f"{institution}, {part}"
            continue
        head, tail = _split_degree_institution(part)
        if head and not degree_parts and institution is None:
            degree_parts.append(head)
            institution = tail
            continue
        if DEGREE.match(part) and not degree_parts:
            degree_parts.append(part)
        elif INSTITUTION.search(part) and institution is None:
            institution = part
        elif is_location(part):
            continue
        elif degree_parts and institution is None:
            degree_parts.append(part)  # the field after the degree: "B.Tech, Computer Science"
        elif degree_parts and institution is not None and not field_after and not re.search(r"\d", part):
            field_after.append(part)  # "PhD Princeton University, Computer Science"
        elif institution is None and not degree_parts:
            institution = part
    if not degree_parts:
        return None, institution, year
    degree = ", ".join(degree_parts)
    if field_after and not re.search(r"\b(in|of)\b", degree, re.I):
        degree = f"{degree} in {field_after[0]}"
    return degree, institution, year


def _join_wrapped(body: list[Line]) -> list[str]:
    """Put a header wrapped over two lines back together ('…Institute of Technology' / 'Delhi, India')."""
    texts = [line.text for line in body]
    joined: list[str] = []
    for text in _join_split_dates(texts):
        if (
            joined
            and not is_bullet(text)
            and not DEGREE.match(text)
            and take_dates(text)[1] is None
            and (
                joined[-1].rstrip().endswith(",")
                or (
                    _is_location_line(text)
                    and (
                        DEGREE.match(joined[-1])
                        or INSTITUTION.search(joined[-1])
                        or DEGREE.search(take_dates(joined[-1])[0])
                    )
                )
            )
        ):
            joined[-1] = f"{joined[-1].rstrip()} {text.strip()}"
        else:
            joined.append(text)
    return joined


def parse_education(bodies: list[list[Line]]) -> list[dict]:
    entries: list[dict] = []
    for body in bodies:
        current: dict | None = None
        for text in _join_wrapped(body):
            rest, printed = take_dates(text)
            candidate = strip_bullet(rest)
            if (
                (
                    DEGREE.match(candidate)
                    or INSTITUTION.search(candidate)
                    or _DEGREE_ANYWHERE.search(candidate)
                )
                and not is_sentence(text)
                and not re.match(r"^(gpa|thesis|advisor|courses?|relevant)\b", candidate, re.I)
            ):
                degree, institution, year = _parse_education_header(text)
                if current is not None and (
                    (degree and not institution and not current["degree"])
                    or (institution and not degree and not current["university"])
                ):
                    # The institution and the degree on lines of their own: one entry.
                    current["degree"] = current["degree"] or degree
                    current["university"] = current["university"] or institution
                    current["year"] = current["year"] or year
                    continue
                if degree or institution:
                    current = {"degree": degree, "university": institution, "year": year}
                    entries.append(current)
                    continue
            if current is not None and current["year"] is None and printed:
                current["year"] = end_year(printed)
    return entries


_DEGREE_ANYWHERE = re.compile(
    r"(?:^|[,–—|]\s*)(?:bachelor|master|ph\.?d|b\.?sc?|m\.?sc?|mba|b\.?tech|m\.?tech)\b", re.I
)


# ---- the whole resume ----------------------------------------------------------------------

LIMITS = {"skills": 150, "experience": 40, "education": 20}


def _clip(value: str | None, length: int = 200) -> str | None:
    return value[:length].strip() if isinstance(value, str) else value


def parse(lines: list[Line]) -> dict:
    """The fields of a resume, each bounded in count and length whatever the input."""
    header, sections = split_sections(lines)
    return {
        "name": _clip(find_name(header, lines), 120),
        "email": _clip(find_email(header, lines), 254),
        "phone": _clip(find_phone(header, lines), 40),
        "skills": [_clip(s, 80) for s in parse_skills(sections.get("skills", []))][: LIMITS["skills"]],
        "experience": [
            {k: _clip(v) for k, v in e.items()} for e in parse_experience(sections.get("experience", []))
        ][: LIMITS["experience"]],
        "education": [
            {k: _clip(v) for k, v in e.items()} for e in parse_education(sections.get("education", []))
        ][: LIMITS["education"]],
    }
