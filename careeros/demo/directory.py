"""A generated directory of realistic people: names, companies, titles, places and their work
(the material in careeros/data/directory.json)."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_DATA = json.loads((Path(__file__).resolve().parent.parent / "data" / "directory.json").read_text("utf-8"))
FIRST_NAMES: list[str] = _DATA["first_names"]
LAST_NAMES: list[str] = _DATA["last_names"]
COMPANIES: list[tuple[str, str, str]] = [
    tuple(c) for c in _DATA["companies"]
]  # (name, email domain, industry)
# per function: (titles of individual contributors, titles of managers)
FUNCTIONS: dict[str, tuple[list[str], list[str]]] = {k: (v[0], v[1]) for k, v in _DATA["functions"].items()}
FUNCTION_WEIGHTS: dict[str, int] = _DATA["function_weights"]
SENIORITY: list[str] = _DATA["seniority"]
LOCATIONS: list[str] = _DATA["locations"]
TOPICS: dict[str, list[str]] = _DATA["topics"]
CONFERENCES: list[str] = _DATA["conferences"]
TITLE_FORMS: list[str] = _DATA["title_forms"]
PROJECTS: list[str] = _DATA["projects"]


@dataclass(frozen=True)
class Person:
    name: str
    title: str
    company: str
    email: str
    linkedin_url: str
    location: str
    notes: str | None
    function: str


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _title_case(text: str) -> str:
    return text[0].upper() + text[1:]


def _note(rng: random.Random, function: str) -> str:
    topic = rng.choice(TOPICS[function])
    title = rng.choice(TITLE_FORMS).format(t=topic, T=_title_case(topic))
    kind = rng.random()
    if kind < 0.4:
        return f'Spoke at {rng.choice(CONFERENCES)} about "{title}".'
    if kind < 0.6 and function in ("ml", "data", "security", "platform"):
        return f'Co-authored the paper "{title}".'
    if kind < 0.8:
        project = rng.choice(PROJECTS)
        return f"Maintains {project}, an open-source toolkit for {topic}."
    return f'Wrote the blog post "{title}".'


def reserved(domain: str) -> str:
    """'stripe.com' -> 'stripe.example': the company's name on a top-level domain reserved for
    examples (RFC 2606), which no mail server answers."""
    return domain.rsplit(".", 1)[0] + ".example"


def people(
    count: int, seed: int = 7, with_notes: float = 0.45, reserved_domains: bool = False
) -> Iterator[Person]:
    """`count` distinct people; the same seed always gives the same directory. With
    `reserved_domains`, their addresses are at reserved domains (`maya.chen@stripe.example`)."""
    rng = random.Random(seed)
    functions = list(FUNCTION_WEIGHTS)
    weights = [FUNCTION_WEIGHTS[f] for f in functions]
    seen: set[str] = set()
    produced = 0
    while produced < count:
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        company, domain, _industry = rng.choice(COMPANIES)
        if reserved_domains:
            domain = reserved(domain)
        function = rng.choices(functions, weights)[0]
        individual, managers = FUNCTIONS[function]
        title = (
            rng.choice(managers) if rng.random() < 0.15 else rng.choice(SENIORITY) + rng.choice(individual)
        )
        handle = f"{_slug(first)}.{_slug(last)}"
        email = f"{handle}@{domain}"
        if email in seen:
            email = f"{handle}{len(seen) % 97}@{domain}"
            if email in seen:
                continue
        seen.add(email)
        has_email = rng.random() < 0.92
        notes = _note(rng, function) if rng.random() < with_notes else None
        produced += 1
        yield Person(
            name=f"{first} {last}",
            title=title,
            company=company,
            email=email if has_email else "",
            linkedin_url=f"https://www.linkedin.com/in/{_slug(first)}-{_slug(last)}-{rng.randrange(16**6):06x}",
            location=rng.choice(LOCATIONS),
            notes=notes,
            function=function,
        )
