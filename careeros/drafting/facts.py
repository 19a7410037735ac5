"""The facts a draft may use: what we know of the sender and of the contact, nothing else."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_QUOTED = re.compile(r"[\"“”'‘’]([^\"“”]{6,120}?)[\"“”'’]")
_KINDS = (
    ("talk", ("spoke", "talk", "keynote", "presented", "panel", "conference", "meetup")),
    ("paper", ("paper", "published", "co-authored", "coauthored", "journal", "arxiv", "research")),
    ("post", ("blog", "post", "article", "wrote", "newsletter", "essay")),
    ("podcast", ("podcast", "episode", "interview")),
    (
        "project",
        (
            "built",
            "maintains",
            "open-source",
            "open source",
            "created",
            "launched",
            "led",
            "project",
            "library",
            "framework",
        ),
    ),
)
_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "on",
        "in",
        "at",
        "for",
        "to",
        "with",
        "from",
        "by",
        "about",
        "into",
        "over",
        "under",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "as",
        "or",
        "but",
        "not",
        "no",
        "yes",
        "we",
        "our",
        "you",
        "your",
        "they",
        "their",
        "he",
        "she",
        "his",
        "her",
        "i",
        "my",
        "me",
        "who",
        "what",
        "when",
        "where",
        "how",
        "why",
        "which",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "done",
        "have",
        "has",
        "had",
        "also",
        "very",
        "more",
        "most",
        "much",
        "many",
        "some",
        "any",
        "each",
        "every",
        "other",
        "than",
        "then",
        "there",
        "here",
        "so",
        "such",
        "just",
        "only",
        "own",
        "same",
        "new",
        "old",
        "via",
        "per",
        "using",
        "used",
        "use",
    ]
)


@dataclass(frozen=True)
class Hook:
    """Something the contact made or said that a message can refer to, read from their notes."""

    kind: str  # talk | paper | post | podcast | project | note
    title: str | None  # a quoted title: "Lessons from feature stores"
    text: str  # the note's sentence, as written
    venue: str | None = None  # where a talk was given: "Data Council"
    name: str | None = None  # a project's or podcast's name: "Tidewater"
    what: str | None = None  # what the project is: "an open-source toolkit for feature stores"
    topic: str | None = None  # what it is about, in their words: "feature stores"

    @property
    def rank(self) -> int:
        """How specific a thing to open with: a titled work, a named project, a plain note."""
        return 3 if self.title else 2 if self.name else 1 if self.kind != "note" else 0


_TOPIC_PREFIXES = (
    "lessons from ", "lessons learned from ", "a practical guide to ", "a guide to ", "rethinking ",
    "the hidden cost of ", "the hidden costs of ", "what we got wrong about ", "an introduction to ",
    "introduction to ", "notes on ", "on ", "why ", "how we ", "towards ", "toward ", "beyond ",
    "the case for ", "in defence of ", "in defense of ", "scaling ", "taming ", "demystifying ",
)  # fmt: skip
_TOPIC_SUFFIXES = (
    " without tears",
    " in production",
    " at scale",
    " in practice",
    " done right",
    " for everyone",
)
_VENUE = re.compile(
    r"\bat\s+(?!the\b|a\b|an\b)([\w'&:+.-]+(?:\s(?!about\b|on\b|in\b|last\b)[A-Z0-9][\w'&:+.-]*){0,4})"
)
_PROJECT = re.compile(
    r"^(?:maintains|built|builds|created|creates|leads|started|wrote|authored|runs|co-created)\s+"
    r"(?:the\s+)?(?P<name>[A-Z][\w.+-]*(?:\s[A-Z][\w.+-]*){0,2})(?:,\s*(?P<what>[^.;]{4,100}))?",
    re.I,
)
_PODCAST = re.compile(
    r"\b(?:hosts|co-hosts|runs)\s+(?:the\s+)?(?P<name>[A-Z][\w'+-]*(?:\s[A-Z][\w'+-]*){0,3})", re.I
)


def topic_of(title: str) -> str:
    """What a title is about: 'Lessons from feature stores' -> 'feature stores'."""
    topic = title.strip().rstrip(".?!")
    lowered = topic.lower()
    for prefix in _TOPIC_PREFIXES:
        if lowered.startswith(prefix) and len(topic) > len(prefix) + 3:
            topic, lowered = topic[len(prefix) :], lowered[len(prefix) :]
            break
    for suffix in _TOPIC_SUFFIXES:
        if lowered.endswith(suffix):
            topic = topic[: -len(suffix)]
            break
    match = re.search(r"\b(?:for|on|about|with)\s+(.{4,60})$", topic)
    if match and len(topic.split()) > 6:
        topic = match.group(1)
    return topic.strip(" ,:;")


def _hook(sentence: str) -> Hook:
    lowered = sentence.lower()
    kind = next((k for k, words in _KINDS if any(w in lowered for w in words)), "note")
    quoted = _QUOTED.search(sentence)
    title = quoted.group(1).strip() if quoted else None
    venue: str | None = None
    name: str | None = None
    what: str | None = None
    topic: str | None
    if kind == "talk":
        found = _VENUE.search(sentence.replace(f'"{title}"', "") if title else sentence)
        if found:
            venue = found.group(1).strip(" .,:")
            venue = re.sub(r"\s+(?:about|on|in)$", "", venue)
    project = _PROJECT.match(sentence.strip())
    if project and not title:
        kind, name = "project", project.group("name").strip()
        what = (project.group("what") or "").strip() or None
    podcast = _PODCAST.search(sentence)
    if kind == "podcast" and podcast and not title:
        name = podcast.group("name").strip()
    if title:
        topic = topic_of(title)
    elif what:
        found = re.search(r"\b(?:for|on|about|to)\s+(.{3,60})$", what)
        topic = found.group(1) if found else None
    else:
        found = re.search(r"\b(?:about|on)\s+([^.;:]{3,60}?)\s*(?:[.;:]|$)", sentence)
        topic = found.group(1).strip() if found and kind != "note" else None
    return Hook(kind, title, sentence, venue=venue, name=name, what=what, topic=topic)


@dataclass(frozen=True)
class ContactFacts:
    name: str
    title: str | None = None
    company: str | None = None
    location: str | None = None
    notes: str | None = None

    @property
    def first_name(self) -> str:
        parts = self.name.split()
        return parts[0] if parts else ""

    def hooks(self) -> list[Hook]:
        """The things in their notes a message can open with, most specific first."""
        if not self.notes:
            return []
        hooks = []
        for sentence in re.split(r"(?<=[.!?;])\s+|\n+", self.notes):
            sentence = sentence.strip()
            if len(sentence) >= 8:
                hooks.append(_hook(sentence))
        return sorted(hooks, key=lambda h: -h.rank)


# ---- the recipient's role --------------------------------------------------------------------

_RECRUITER = re.compile(r"\b(recruit\w*|talent|sourc(er|ing)|people partner|hr\b|human resources)", re.I)
_LEADER = re.compile(r"\b(vp|vice president|director|head of|cto|chief|founder|co-founder|cofounder)\b", re.I)
_MANAGER = re.compile(r"\b(manager|team lead|tech lead|lead of|engineering lead|group lead)\b", re.I)
_PRODUCT = re.compile(r"\b(product manager|product lead|product owner|pm)\b", re.I)
_SENIORITY_WORDS = ("intern", "junior", "associate", "senior", "staff", "principal", "distinguished", "lead")


@dataclass(frozen=True)
class Role:
    """What the recipient does, as far as their title says: who they are to ask what."""

    kind: str  # recruiter | leader | manager | product | peer
    seniority: str | None  # junior, senior, staff, principal, … or None


def role_of(title: str | None) -> Role:
    text = title or ""
    lowered = text.lower()
    seniority = next((w for w in _SENIORITY_WORDS if re.search(rf"\b{w}\b", lowered)), None)
    if _RECRUITER.search(text):
        return Role("recruiter", seniority)
    if _PRODUCT.search(text) and "engineering" not in lowered:
        return Role("product", seniority)
    if _LEADER.search(text):
        return Role("leader", seniority)
    if _MANAGER.search(text):
        return Role("manager", seniority)
    return Role("peer", seniority)


@dataclass(frozen=True)
class SenderFacts:
    name: str
    current_title: str | None = None
    current_company: str | None = None
    skills: tuple[str, ...] = ()
    past_companies: tuple[str, ...] = ()
    schools: tuple[str, ...] = ()
    target_roles: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)
    # What the sender did in their latest job, as the resume says it ("Built the Kafka pipelines…")
    highlights: tuple[str, ...] = ()
    # The latest job has ended: the title is what they did, not what they do
    between_jobs: bool = False
    last_title: str | None = None
    last_company: str | None = None
    degrees: tuple[str, ...] = ()  # "BSc in Computer Science" (with `schools`, in the same order)

    @property
    def first_name(self) -> str:
        parts = self.name.split()
        return parts[0] if parts else self.name


def content_words(text: str | None) -> set[str]:
    if not text:
        return set()
    return {w for w in re.findall(r"[a-z][a-z0-9+#.\-]{2,}", text.lower()) if w not in _STOP}


def shared_skills(sender: SenderFacts, contact: ContactFacts) -> list[str]:
    """Sender skills that the contact's title or notes mention too, in the sender's order."""
    haystack = f" {(contact.title or '')} {(contact.notes or '')} ".lower()
    found = []
    for skill in sender.skills:
        needle = skill.lower()
        if re.search(rf"(?<![a-z0-9]){re.escape(needle)}(?![a-z0-9])", haystack):
            found.append(skill)
    return found


def sender_from(name: str, profile=None, objectives=None) -> SenderFacts:
    """The sender's facts from their profile (the resume's reading with their corrections) and
    objectives, either of which may be missing. A field read with low confidence is not a fact:
    it is left out rather than risk "I'm a senior developer at Initech Ltd. (Austin, TX)"."""
    from careeros.onboarding.profile import trusted

    def field_(key: str):
        return getattr(profile, key, None) if trusted(profile, key) else None

    experience = [e for e in field_("experience") or [] if e.get("title") or e.get("company")]
    education = [e for e in field_("education") or [] if e.get("university") or e.get("degree")]
    latest = experience[0] if experience else {}
    # The latest job is current unless its end is a date gone by: then its title still says
    # what the person did, but its company is a past one.
    ended = latest.get("end") not in (None, "", "present")
    past = experience[0:3] if ended else experience[1:4]
    skills = list(
        (getattr(profile, "skills_normalized", None) or field_("skills") or []) if field_("skills") else []
    )
    return SenderFacts(
        name=(field_("name") or name or "").strip() or name,
        current_title=None if ended else latest.get("title"),
        current_company=None if ended else latest.get("company"),
        skills=tuple(skills[:12]),
        past_companies=tuple(e["company"] for e in past if e.get("company")),
        schools=tuple(e["university"] for e in education[:3] if e.get("university")),
        target_roles=tuple(getattr(objectives, "target_roles", None) or ()),
        highlights=tuple(h for h in (latest.get("highlights") or [])[:5] if isinstance(h, str)),
        between_jobs=bool(latest) and ended,
        last_title=latest.get("title"),
        last_company=latest.get("company"),
        degrees=tuple(e.get("degree") or "" for e in education[:3]),
    )
