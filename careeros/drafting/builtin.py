"""The built-in drafter: writes a short, grounded message from the facts alone, no network.

It picks an angle the facts support (the contact's own work, a skill both share, their team's
domain, or the role the sender is after), then assembles the message from interchangeable
phrasings chosen by a seeded random generator: the same inputs and seed give the same draft.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass

from careeros.drafting.facts import ContactFacts, Hook, SenderFacts, shared_skills

ANGLES = ("their_work", "shared_skill", "team_domain", "target_role")

_KIND_NOUN = {
    "talk": "talk",
    "paper": "paper",
    "post": "post",
    "podcast": "podcast episode",
    "project": "work",
    "note": "work",
}

_DOMAINS = (
    (
        "machine learning",
        ("machine learning", "ml ", "ml engineer", "ai ", "applied scientist", "research scientist"),
    ),
    ("data platform", ("data engineer", "data platform", "analytics engineer", "data infrastructure")),
    ("platform infrastructure", ("platform", "infrastructure", "sre", "site reliability", "devops", "cloud")),
    ("security", ("security", "appsec", "infosec")),
    ("product", ("product manager", "product lead", "head of product")),
    ("frontend", ("frontend", "front-end", "web engineer", "ui engineer")),
    ("backend systems", ("backend", "back-end", "software engineer", "developer")),
    ("engineering leadership", ("engineering manager", "director of engineering", "vp engineering", "cto")),
    ("talent", ("recruiter", "talent", "sourcer", "people partner")),
)


@dataclass(frozen=True)
class Draft:
    subject: str
    body: str
    angle: str


def seed_for(*parts: str) -> int:
    digest = hashlib.sha256("\x1f".join(parts).encode()).digest()
    return int.from_bytes(digest[:8], "big")


def domain_of(title: str | None) -> str | None:
    lowered = f" {(title or '').lower()} "
    for domain, needles in _DOMAINS:
        if any(n in lowered for n in needles):
            return domain
    return None


def available_angles(sender: SenderFacts, contact: ContactFacts) -> list[str]:
    angles = []
    if contact.hooks():
        angles.append("their_work")
    if shared_skills(sender, contact):
        angles.append("shared_skill")
    if contact.company and domain_of(contact.title):
        angles.append("team_domain")
    if sender.target_roles and contact.company:
        angles.append("target_role")
    return angles or ["target_role" if sender.target_roles else "team_domain"]


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _intro(rng: random.Random, sender: SenderFacts) -> str:
    if sender.current_title and sender.current_company:
        role = f"{sender.current_title.lower()} at {sender.current_company}"
        skills = sender.skills[:2]
        if skills:
            work = " and ".join(skills)
            return rng.choice(
                (
                    f"I'm {_article(role)} {role}, where most of my days go into {work}.",
                    f"A bit about me: I work as {_article(role)} {role}, mostly with {work}.",
                    f"I'm currently {_article(role)} {role}, working day to day with {work}.",
                )
            )
        return f"I'm {_article(role)} {role}."
    if sender.skills:
        return f"My own background is in {', '.join(sender.skills[:2])}."
    return "I'm exploring my next role."


def _ask(rng: random.Random, topic: str) -> str:
    return rng.choice(
        (
            f"Would you be open to a short call in the coming weeks to talk about {topic}?",
            f"Could I ask you a few questions about {topic} over a brief call?",
            f"Would you have time for a quick chat about {topic}?",
            f"If you're open to it, could we find a short slot to talk about {topic}?",
        )
    )


def _sign_off(rng: random.Random, sender: SenderFacts) -> str:
    return (
        rng.choice(("Best,", "Thanks,", "Many thanks,", "All the best,", "Kind regards,"))
        + "\n"
        + sender.first_name
    )


def _greeting(rng: random.Random, contact: ContactFacts) -> str:
    return rng.choice(("Hi", "Hello", "Hi", "Dear")) + f" {contact.first_name},"


def _hook_line(rng: random.Random, hook: Hook) -> tuple[str, str]:
    noun = _KIND_NOUN[hook.kind]
    if hook.title:
        line = rng.choice(
            (
                f'Your {noun} "{hook.title}" has stayed with me since I first read about it.',
                f'I\'ve been thinking about your {noun} "{hook.title}" for a while now.',
                f'Your {noun} "{hook.title}" changed how I approach a problem I work on every week.',
            )
        )
        return line, hook.title
    text = hook.text.rstrip(".")
    return rng.choice(
        (
            f"I read about your {noun}: {text}.",
            f"Something I read about your {noun} stuck with me: {text}.",
        )
    ), f"that {noun}"


def _subject(
    rng: random.Random,
    angle: str,
    sender: SenderFacts,
    contact: ContactFacts,
    hook: Hook | None,
    skill: str | None,
    domain: str | None,
) -> str:
    company = contact.company or "your team"
    if angle == "their_work" and hook is not None:
        if hook.title and len(hook.title.split()) <= 5:
            return rng.choice((f"Your {_KIND_NOUN[hook.kind]}: {hook.title}", f'On "{hook.title}"'))
        return rng.choice(
            (f"Your {_KIND_NOUN[hook.kind]} and a question", f"A question about your {_KIND_NOUN[hook.kind]}")
        )
    if angle == "shared_skill" and skill:
        return rng.choice(
            (f"{skill} at {company}", f"A fellow {skill} practitioner", f"{skill} work at {company}")
        )
    if angle == "team_domain" and domain:
        return rng.choice((f"{domain.capitalize()} at {company}", f"Your {domain} team at {company}"))
    role = sender.target_roles[0] if sender.target_roles else "engineering"
    return rng.choice(
        (
            f"{role} roles at {company}",
            f"Interested in {role} work at {company}",
            f"A question about {role} at {company}",
        )
    )


def compose(
    sender: SenderFacts,
    contact: ContactFacts,
    *,
    seed: int = 0,
    angle: str | None = None,
    exclude_angles: tuple[str, ...] = (),
) -> Draft:
    rng = random.Random(seed ^ seed_for(contact.name, contact.company or "", sender.name))
    angles = [a for a in available_angles(sender, contact) if a not in exclude_angles] or available_angles(
        sender, contact
    )
    if angle is None or angle not in angles:
        weights = [3 if a == "their_work" else 2 if a == "shared_skill" else 1 for a in angles]
        angle = rng.choices(angles, weights=weights)[0]

    hooks = contact.hooks()
    hook = rng.choice(hooks) if hooks else None
    skills = shared_skills(sender, contact)
    skill = skills[0] if skills else None
    domain = domain_of(contact.title)
    company = contact.company or "your company"
    role_phrase = f"your work as {contact.title} at {company}" if contact.title else f"your work at {company}"

    lines: list[str] = []
    if angle == "their_work" and hook is not None:
        opener, topic_ref = _hook_line(rng, hook)
        lines.append(opener)
        lines.append(_intro(rng, sender))
        topic = (
            f"how that {_KIND_NOUN[hook.kind]} shapes the work at {company}"
            if contact.company
            else f"the ideas behind {topic_ref}"
        )
    elif angle == "shared_skill" and skill:
        lines.append(
            rng.choice(
                (
                    f"I see {skill} at the centre of {role_phrase}, and it is at the centre of mine too.",
                    f"We seem to share a craft: {skill} runs through {role_phrase} and through my own work.",
                    f"{skill} is what caught my eye in {role_phrase}; it is most of what I do as well.",
                )
            )
        )
        lines.append(_intro(rng, sender))
        topic = f"how your team uses {skill}"
    elif angle == "team_domain" and domain:
        lines.append(
            rng.choice(
                (
                    f"I've been following how {company} approaches {domain}, "
                    f"and {role_phrase} sits right at its heart.",
                    f"The {domain} work at {company} is a big part of why I'm writing to you in particular.",
                    f"As {contact.title} at {company}, you see {domain} problems "
                    "I care about from the inside.",
                )
            )
        )
        lines.append(_intro(rng, sender))
        topic = f"what {domain} looks like day to day at {company}"
    else:
        role = sender.target_roles[0] if sender.target_roles else "engineering"
        lines.append(
            rng.choice(
                (
                    f"I'm looking at {role} roles, and {company} is high on my list.",
                    f"I'm exploring my next step toward {role} work, and {company} keeps coming up.",
                    f"{company} is one of the few places where I'd most like to do {role} work next.",
                )
            )
        )
        lines.append(_intro(rng, sender))
        topic = f"how {role} work is done at {company}"
        angle = "target_role"

    if sender.past_companies and rng.random() < 0.5:
        lines.append(
            rng.choice(
                (
                    f"Before that I was at {sender.past_companies[0]}.",
                    f"Before my current role I spent time at {sender.past_companies[0]}.",
                )
            )
        )
    lines.append(_ask(rng, topic))

    body = "\n\n".join([_greeting(rng, contact), " ".join(lines), _sign_off(rng, sender)])
    subject = _subject(rng, angle, sender, contact, hook, skill, domain)
    return Draft(subject=subject, body=body, angle=angle)
