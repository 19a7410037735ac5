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

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from sqlalchemy import ColumnElement, and_, false, func, not_, or_, select

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
    # Only contacts whose location is known and matches; otherwise those with no location match
    # too (LinkedIn's export carries none) and simulate counts them.
    strict_locations: bool = False
    roles_raw: tuple[str, ...] = ()

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
            strict_locations=bool(getattr(objectives, "strict_locations", False)),
            roles_raw=tuple(objectives.target_roles),
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
            places: list[ColumnElement[bool]] = [
                Contact.location_norm.like(f"%{_like_escape(loc)}%", escape="\\") for loc in self.locations
            ]
            if self.remote:
                places.append(Contact.location_norm.like("%remote%"))
            if not self.strict_locations:
                places += [Contact.location_norm.is_(None), Contact.location_norm == ""]
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

    def title_fit(self, title_norm: str) -> float:
        """How much of the title the best-fitting role covers (1: the title is exactly the role)."""
        words = title_norm.split()
        fit = 0.0
        for role in self.roles:
            if set(role) <= set(words):
                fit = max(fit, len(role) / max(len(words), len(role)))
        return fit

    def located(self, location_norm: str) -> bool | None:
        """In a wanted place (True), elsewhere (False), or unknown (None); None without locations."""
        if not (self.locations or self.remote):
            return None
        if not location_norm:
            return None
        wanted = any(loc in location_norm for loc in self.locations)
        return wanted or (self.remote and "remote" in location_norm)

    @cached_property
    def _seniorities(self) -> frozenset[str]:
        return frozenset(w.lower() for r in self.roles_raw for w in re.findall(r"[\w]+", r)) & SENIORITY

    def seniority_fit(self, title: str | None) -> bool:
        """The contact's seniority word is one the roles name ("Senior" for "Senior Data Engineer")."""
        if not self._seniorities:
            return False
        return any(w.lower() in self._seniorities for w in re.findall(r"[\w]+", title or ""))

    def title_score(self, title_norm: str, title: str | None) -> float:
        """The title's part of `score`: its fit to the best role, and a seniority the roles name."""
        return 0.45 * self.title_fit(title_norm) + (0.05 if self.seniority_fit(title) else 0.0)

    def score(
        self,
        title_norm: str,
        company_norm: str,
        location_norm: str,
        has_email: bool,
        has_notes: bool,
        *,
        title: str | None = None,
        recent: bool = False,
        title_score: float | None = None,
    ) -> float:
        """How good a match is, 0–1: the title most of all, then what makes outreach work.

        title fit 0.45 (+0.05 for a seniority the roles name), a target company 0.15, something
        specific known about them (notes) 0.12, an email address 0.1, a wanted location 0.08,
        added in the last 30 days 0.05. `title_score`, when given, is `self.title_score(title_norm,
        title)` worked out before (titles repeat across a pool)."""
        score = self.title_score(title_norm, title) if title_score is None else title_score
        score += 0.15 if (self.companies and company_norm in self.companies) else 0.0
        score += 0.12 if has_notes else 0.0
        score += 0.1 if has_email else 0.0
        score += 0.08 if self.located(location_norm) else 0.0
        score += 0.05 if recent else 0.0
        return round(min(1.0, score), 4)

    def reasons(self, match: Match) -> str:
        """Why a contact matched, in words, for simulate's sample."""
        parts = []
        title_words = set(match.title_norm.split())
        role = next((r for r in self.roles_raw if set(normalize_title(r).split()) <= title_words), None)
        if role:
            parts.append(f"title fits {role}")
        if self.companies and match.company_norm in self.companies:
            parts.append("at a target company")
        if match.has_notes:
            parts.append("something specific is known about them")
        located = self.located(match.location_norm)
        if located:
            parts.append("in a wanted location")
        elif located is None and (self.locations or self.remote):
            parts.append("location unknown")
        if match.sample:
            parts.append("a sample contact")
        return "; ".join(parts) or "matches the objectives"


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
    title_norm: str = ""
    company_norm: str = ""
    location_norm: str = ""
    has_notes: bool = False
    sample: bool = False  # a generated sample contact (ranked after the user's own)


def matches(
    session, criteria: Criteria, user_id: str, *, extra_where: Iterable = (), now=None
) -> list[Match]:
    """Every contact of the user that matches, with its score (unordered)."""
    from datetime import timedelta

    from models import utcnow

    recent_since = (now or utcnow()) - timedelta(days=30)
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
            Contact.source,
            Contact.created_at >= recent_since,
        ).where(*criteria.where(session, user_id), *extra_where)
    ).all()
    by_title: dict[tuple[str, str | None], float] = {}  # a pool has few distinct titles

    def title_score(title_norm: str, title: str | None) -> float:
        key = (title_norm, title)
        if key not in by_title:
            by_title[key] = criteria.title_score(title_norm, title)
        return by_title[key]

    return [
        Match(
            r[0], r[1], r[2], r[3], bool(r[7]),
            criteria.score(
                r[4], r[5], r[6] or "", r[7], r[8], title=r[2], recent=bool(r[10]),
                title_score=title_score(r[4], r[2]),
            ),
            title_norm=r[4] or "", company_norm=r[5] or "", location_norm=r[6] or "",
            has_notes=bool(r[8]), sample=r[9] == "sample",
        )
        for r in rows
    ]  # fmt: skip


def _tie(user_id: str, contact_id: str) -> bytes:
    """A stable order among equals that differs per user (never the alphabet)."""
    return hashlib.sha256(f"{user_id}\x1f{contact_id}".encode()).digest()[:8]


PER_COMPANY = 3  # at most this many of one company in one batch, while others are left


def best(found: list[Match], count: int, user_id: str = "", *, per_company: int = PER_COMPANY) -> list[Match]:
    """The `count` best matches, best first: the user's own contacts before sample ones, then by
    score, ties broken by a per-user hash; no more than `per_company` of one company while other
    companies still have matches."""
    ordered = sorted(found, key=lambda m: (m.sample, -m.score, _tie(user_id, m.contact_id)))
    chosen: list[Match] = []
    skipped: list[Match] = []
    per: dict[str, int] = {}
    for match in ordered:
        if len(chosen) == count:
            break
        key = match.company_norm or match.company or match.contact_id
        if per.get(key, 0) >= per_company:
            skipped.append(match)
            continue
        per[key] = per.get(key, 0) + 1
        chosen.append(match)
    chosen += skipped[: count - len(chosen)]
    return chosen
