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
    """Something the contact made or said that a message can refer to."""

    kind: str  # talk | paper | post | podcast | project | note
    title: str | None
    text: str


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
        if not self.notes:
            return []
        hooks = []
        for sentence in re.split(r"(?<=[.!?;])\s+|\n+", self.notes):
            sentence = sentence.strip()
            if len(sentence) < 8:
                continue
            lowered = sentence.lower()
            kind = next((k for k, words in _KINDS if any(w in lowered for w in words)), "note")
            match = _QUOTED.search(sentence)
            hooks.append(Hook(kind, match.group(1).strip() if match else None, sentence))
        return hooks


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

    def field(key: str):
        return getattr(profile, key, None) if trusted(profile, key) else None

    experience = [e for e in field("experience") or [] if e.get("title") or e.get("company")]
    education = list(field("education") or [])
    latest = experience[0] if experience else {}
    # The latest job is current unless its end is a date gone by: then its title still says
    # what the person does, but its company is a past one.
    ended = latest.get("end") not in (None, "", "present")
    current = {"title": latest.get("title")} if ended else latest
    past = experience[0:3] if ended else experience[1:4]
    skills = list(
        (getattr(profile, "skills_normalized", None) or field("skills") or []) if field("skills") else []
    )
    return SenderFacts(
        name=(field("name") or name or "").strip() or name,
        current_title=current.get("title"),
        current_company=current.get("company"),
        skills=tuple(skills[:12]),
        past_companies=tuple(e["company"] for e in past if e.get("company")),
        schools=tuple(e["university"] for e in education[:3] if e.get("university")),
        target_roles=tuple(getattr(objectives, "target_roles", None) or ()),
    )
