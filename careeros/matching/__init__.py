"""Matching: which contacts fit a user's objectives, and how well. One component, used by the
simulation, by discovery and by drafting, so all three agree on who is a match.

Titles are compared tolerantly: abbreviations are expanded ("ML" → "machine learning",
"SWE" → "software engineer"), "developer" counts as "engineer", seniority words are dropped
("Senior", "Staff", "II"), and inverted titles are turned round ("Engineer, Machine Learning").
A contact matches a target role when every word of the role is in the contact's title. Target
companies and locations narrow the pool when given; "Remote" matches remote contacts; excluded
companies and keywords, do-not-contact and undeliverable contacts never match.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import and_, false, func, not_, or_, select

from models import Contact, Objectives

ABBREVIATIONS = {
    "ml": "machine learning",
    "mle": "machine learning engineer",
    "ai": "ai",
    "swe": "software engineer",
    "sde": "software engineer",
    "sre": "site reliability engineer",
    "pm": "product manager",
    "tpm": "technical program manager",
    "em": "engineering manager",
    "eng": "engineer",
    "engr": "engineer",
    "mgr": "manager",
    "dev": "engineer",
    "developer": "engineer",
    "programmer": "engineer",
    "devs": "engineers",
    "fe": "frontend",
    "be": "backend",
    "qa": "quality assurance",
    "ux": "user experience",
    "ui": "user interface",
    "nlp": "natural language processing",
    "cv": "computer vision",
    "vp": "vice president",
    "cto": "chief technology officer",
    "ceo": "chief executive officer",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
    "ciso": "chief information security officer",
    "hr": "human resources",
    "dba": "database administrator",
    "bi": "business intelligence",
    "ds": "data scientist",
    "mlops": "mlops",
    "devops": "devops",
    "infra": "infrastructure",
    "ops": "operations",
    "mktg": "marketing",
    "acct": "account",
    "exec": "executive",
    "dir": "director",
    "assoc": "associate",
    "asst": "assistant",
    "frontend": "frontend",
    "backend": "backend",
    "fullstack": "fullstack",
}
PHRASES = (  # spellings that are one idea
    (r"front[\s-]?end", "frontend"),
    (r"back[\s-]?end", "backend"),
    (r"full[\s-]?stack", "fullstack"),
    (r"dev[\s-]?ops", "devops"),
    (r"ml[\s-]?ops", "mlops"),
    (r"co[\s-]?founder", "cofounder"),
    (r"site[\s-]reliability", "site reliability"),
    (r"machine-learning", "machine learning"),
)
SENIORITY = frozenset(
    """senior sr staff principal lead junior jr mid midlevel level entry i ii iii iv v vi 1 2 3 4
experienced trainee graduate""".split()
)
_COMPANY_NOISE = re.compile(
    r"[,.]?\s+\b(inc|llc|ltd|limited|gmbh|corp|corporation|co|plc|ag|sa|se|bv|pty|llp|"
    r"group|holdings|technologies|technology|labs)\b\.?$",
    re.I,
)


def _words(text: str) -> list[str]:
    text = text.casefold()
    for pattern, replacement in PHRASES:
        text = re.sub(pattern, replacement, text)
    return [w.replace("_", "") for w in re.findall(r"[\w+#]+", text) if w.strip("_")]


def normalize_title(title: str | None) -> str:
    """' machine learning engineer ' for 'Sr. ML Engineer' or 'Engineer, Machine Learning'."""
    if not title:
        return ""
    parts = [p for p in re.split(r",| - | – | — ", title) if p.strip()]
    if len(parts) == 2 and len(parts[1].split()) <= 3:
        title = f"{parts[1]} {parts[0]}"  # "Engineer, Machine Learning" -> "Machine Learning Engineer"
    words: list[str] = []
    for word in _words(title):
        expanded = ABBREVIATIONS.get(word, word)
        words.extend(w for w in expanded.split() if w not in SENIORITY)
    return f" {' '.join(words)} " if words else ""


def normalize_company(company: str | None) -> str:
    if not company:
        return ""
    name = company.strip()
    while True:
        trimmed = _COMPANY_NOISE.sub("", name).strip()
        if trimmed == name or not trimmed:
            break
        name = trimmed
    name = re.sub(r"\.(com|io|ai|co)$", "", name.casefold())
    return " ".join(re.findall(r"[^\W_]+|[&+]", name))


def normalize_location(location: str | None) -> str:
    return " ".join(re.findall(r"[^\W_]+", (location or "").casefold()))


def normalize_linkedin(url: str | None) -> str | None:
    """'https://www.linkedin.com/in/Jane-Doe-12/?x=1' -> 'linkedin.com/in/jane-doe-12'."""
    if not url:
        return None
    match = re.search(r"linkedin\.com/(in|pub)/([^/?#\s]+)", url, re.I)
    if not match:
        return url.strip().lower().rstrip("/") or None
    return f"linkedin.com/{match.group(1).lower()}/{match.group(2).lower()}"


def apply_normalized(contact: Contact) -> Contact:
    """Fill a contact's normalised columns from its fields (call whenever they change)."""
    contact.title_norm = normalize_title(contact.title)[:300]
    contact.company_norm = normalize_company(contact.company)[:200]
    contact.location_norm = normalize_location(contact.location)[:200]
    contact.linkedin_norm = (
        (normalize_linkedin(contact.linkedin_url) or None) if contact.linkedin_url else None
    )
    return contact


# ---- criteria ------------------------------------------------------------------------------


MAX_TITLES_IN = 2000  # beyond this many matching titles, an IN list costs more than LIKE


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True)
class Criteria:
    roles: tuple[tuple[str, ...], ...]  # each role as its normalised words
    companies: tuple[str, ...]
    locations: tuple[str, ...]
    remote: bool
    excluded_companies: tuple[str, ...]
    excluded_keywords: tuple[str, ...]

    @classmethod
    def from_objectives(cls, objectives: Objectives) -> Criteria:
        roles = tuple(dict.fromkeys(tuple(normalize_title(r).split()) for r in objectives.target_roles))
        locations = [normalize_location(loc) for loc in objectives.locations]
        return cls(
            roles=tuple(r for r in roles if r),
            companies=tuple(
                dict.fromkeys(c for c in map(normalize_company, objectives.target_companies) if c)
            ),
            locations=tuple(loc for loc in locations if loc and loc != "remote"),
            remote="remote" in locations,
            excluded_companies=tuple(c for c in map(normalize_company, objectives.excluded_companies) if c),
            excluded_keywords=tuple(k.strip().lower() for k in objectives.excluded_keywords if k.strip()),
        )

    def fits_title(self, title_norm: str) -> bool:
        words = set(title_norm.split())
        return any(set(role) <= words for role in self.roles)

    def where(self, session, user_id: str) -> list:
        """SQL conditions for a contact of `user_id` matching these criteria.

        Titles repeat a great deal, so the roles are matched in Python against the user's
        distinct normalised titles (an index-only scan) and the rows are then fetched by exact
        title, instead of testing every row's title with LIKE. A pool with an unusually wide
        variety of titles falls back to the LIKE form.
        """
        conditions = [
            Contact.user_id == user_id,
            Contact.do_not_contact == false(),
            Contact.undeliverable == false(),
        ]
        distinct = select(Contact.title_norm).where(Contact.user_id == user_id).distinct()
        titles = session.scalars(distinct).all()
        fitting = [t for t in titles if t and self.fits_title(t)]
        if len(fitting) <= MAX_TITLES_IN:
            conditions.append(Contact.title_norm.in_(fitting) if fitting else false())
        else:
            role_matches = [
                and_(*(Contact.title_norm.like(f"% {_like_escape(w)} %", escape="\\") for w in role))
                for role in self.roles
            ]
            conditions.append(or_(*role_matches))
        if self.companies:
            conditions.append(Contact.company_norm.in_(self.companies))
        if self.locations or self.remote:
            places = [
                Contact.location_norm.like(f"%{_like_escape(loc)}%", escape="\\") for loc in self.locations
            ]
            if self.remote:
                places.append(Contact.location_norm.like("%remote%"))
            conditions.append(or_(*places))
        if self.excluded_companies:
            conditions.append(Contact.company_norm.not_in(self.excluded_companies))
        for keyword in self.excluded_keywords:
            pattern = f"%{_like_escape(keyword)}%"
            conditions.append(
                not_(
                    or_(
                        func.lower(func.coalesce(Contact.title, "")).like(pattern, escape="\\"),
                        func.lower(func.coalesce(Contact.company, "")).like(pattern, escape="\\"),
                        func.lower(func.coalesce(Contact.notes, "")).like(pattern, escape="\\"),
                    )
                )
            )
        return conditions

    def score(
        self, title_norm: str, company_norm: str, location_norm: str, has_email: bool, has_notes: bool
    ) -> float:
        """How good a match is, 0–1: the title most of all, then what makes outreach work."""
        words = title_norm.split()
        title_fit = 0.0
        for role in self.roles:
            if set(role) <= set(words):
                title_fit = max(title_fit, len(role) / max(len(words), len(role)))
        score = 0.6 * title_fit
        score += 0.15 if (self.companies and company_norm in self.companies) else 0.0
        score += 0.1 if has_email else 0.0
        score += 0.1 if has_notes else 0.0
        score += 0.05 if (self.locations and any(loc in location_norm for loc in self.locations)) else 0.0
        return round(min(1.0, score), 4)


def criteria_for(session, user_id: str) -> Criteria | None:
    objectives = session.get(Objectives, user_id)
    return Criteria.from_objectives(objectives) if objectives is not None else None


@dataclass(frozen=True)
class Match:
    contact_id: str
    name: str
    title: str | None
    company: str | None
    has_email: bool
    score: float


def matches(session, criteria: Criteria, user_id: str, *, extra_where: Iterable = ()) -> list[Match]:
    """Every contact of the user that matches, with its score (unordered)."""
    rows = session.execute(
        select(
            Contact.id,
            Contact.name,
            Contact.title,
            Contact.company,
            Contact.title_norm,
            Contact.company_norm,
            Contact.location_norm,
            Contact.email.is_not(None),
            Contact.notes.is_not(None),
        ).where(*criteria.where(session, user_id), *extra_where)
    ).all()
    return [
        Match(r[0], r[1], r[2], r[3], bool(r[7]), criteria.score(r[4], r[5], r[6], r[7], r[8])) for r in rows
    ]


def best(found: list[Match], count: int) -> list[Match]:
    """The `count` best matches, best first; ties broken by name so the order is stable."""
    return heapq.nsmallest(count, found, key=lambda m: (-m.score, m.name, m.contact_id))
