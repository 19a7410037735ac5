"""The built-in drafter: a short, grounded message from the facts alone, no network needed.

It picks an angle the facts support (the contact's own work, a skill both share, a background
both share, their team's domain, or the role the sender is after) and assembles the message
from interchangeable phrasings chosen by a seeded generator, so the same inputs and seed always
give the same draft. Every sentence carries something specific to the contact or the match, so
drafts to different people do not read as one template.

What it may say is limited to its sources: the contact's name, title, company, location and
notes, and the sender's resume and objectives. It states interest and asks; it never claims to
have met, read or used something, and it writes no number that is not in a source.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass, field

from careeros.drafting.facts import ContactFacts, Hook, SenderFacts, content_words, shared_skills

ANGLES = ("their_work", "shared_skill", "shared_background", "team_domain", "target_role")
REGISTERS = ("warm", "formal")
LENGTHS = {"short": (50, 80), "standard": (65, 110), "long": (90, 125)}

_KIND = {
    "talk": "talk",
    "paper": "paper",
    "post": "post",
    "podcast": "podcast episode",
    "project": "project",
    "note": "work",
}
_DOMAINS = (
    (
        "machine learning",
        (
            "machine learning",
            " ml ",
            "ml engineer",
            " ai ",
            "applied scientist",
            "research scientist",
            "mlops",
        ),
    ),
    (
        "data platform",
        (
            "data engineer",
            "data platform",
            "analytics engineer",
            "data infrastructure",
            "head of data",
            "director of data",
        ),
    ),
    ("infrastructure", ("platform", "infrastructure", "sre", "site reliability", "devops", "cloud")),
    ("security", ("security", "appsec", "infosec", "ciso")),
    ("product", ("product manager", "product lead", "head of product", "director of product")),
    ("frontend", ("frontend", "front-end", "web engineer", "ui engineer")),
    ("backend systems", ("backend", "back-end", "software engineer", "developer")),
    ("engineering leadership", ("engineering manager", "director of engineering", "vp engineering", "cto")),
    ("hiring", ("recruiter", "talent", "sourcer", "people partner")),
)


@dataclass(frozen=True)
class Params:
    """How to write: what regeneration and rejection feedback steer."""

    seed: int = 0
    angle: str | None = None
    avoid_angles: tuple[str, ...] = ()
    register: str = "warm"
    length: str = "standard"
    prefer_specific: bool = False
    max_words: int | None = None  # "too long": fewer words than the rejected draft
    min_words: int | None = None  # "too short": more words than the rejected draft

    @classmethod
    def from_dict(cls, data: dict | None) -> Params:
        data = dict(data or {})
        data["avoid_angles"] = tuple(data.get("avoid_angles") or ())
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

    def as_dict(self) -> dict:
        return {
            "seed": self.seed,
            "angle": self.angle,
            "avoid_angles": list(self.avoid_angles),
            "register": self.register,
            "length": self.length,
            "prefer_specific": self.prefer_specific,
            "max_words": self.max_words,
            "min_words": self.min_words,
        }

    def fits(self, words: int) -> bool:
        return (self.max_words is None or words <= self.max_words) and (
            self.min_words is None or words >= self.min_words
        )


@dataclass(frozen=True)
class Draft:
    subject: str
    body: str
    angle: str
    facts: dict = field(default_factory=dict)


def seed_for(*parts: str) -> int:
    digest = hashlib.sha256("\x1f".join(parts).encode()).digest()
    return int.from_bytes(digest[:8], "big")


def domain_of(title: str | None) -> str | None:
    lowered = f" {(title or '').lower()} "
    for domain, needles in _DOMAINS:
        if any(needle in lowered for needle in needles):
            return domain
    return None


def shared_background(sender: SenderFacts, contact: ContactFacts) -> str | None:
    """A company or school of the sender's that the contact's company or notes name too."""
    haystack = f" {contact.company or ''} {contact.notes or ''} ".lower()
    for place in (*sender.past_companies, *sender.schools, sender.current_company or ""):
        if place and len(place) > 3 and re.search(rf"(?<!\w){re.escape(place.lower())}(?!\w)", haystack):
            return place
    return None


def available_angles(sender: SenderFacts, contact: ContactFacts) -> list[str]:
    angles = []
    if contact.hooks():
        angles.append("their_work")
    if shared_skills(sender, contact):
        angles.append("shared_skill")
    if shared_background(sender, contact):
        angles.append("shared_background")
    if contact.company and domain_of(contact.title):
        angles.append("team_domain")
    if sender.target_roles and contact.company:
        angles.append("target_role")
    return angles or ["team_domain"]


# Specificity order: what regeneration with "too generic" moves toward.
_SPECIFICITY = {
    "their_work": 5,
    "shared_background": 4,
    "shared_skill": 3,
    "team_domain": 2,
    "target_role": 1,
}


def _choose_angle(rng: random.Random, angles: list[str], params: Params) -> str:
    allowed = [a for a in angles if a not in params.avoid_angles] or angles
    if params.angle in allowed:
        return params.angle
    if params.prefer_specific:
        return max(allowed, key=lambda a: (_SPECIFICITY[a], -allowed.index(a)))
    weights = [_SPECIFICITY[a] for a in allowed]
    return rng.choices(allowed, weights=weights)[0]


# ---- phrase banks -------------------------------------------------------------------------
# {first} {company} {title} {domain} {skill} {kind} {work} {note} {topic} {place} {me} {skills}
# {target} {past} are filled from the facts; a bank entry whose fields are missing is skipped.

GREETINGS = {"warm": ("Hi {first},", "Hello {first},", "Hi {first},"), "formal": ("Dear {first},",)}

OPENERS = {
    "their_work": {
        "warm": (
            'Your {kind} "{work}" caught my attention, especially the way it treats {topic}.',
            'I keep coming back to your {kind} "{work}" and how it frames {topic}.',
            'Your {kind} "{work}" stood out to me while I was looking into {topic}.',
            'Your {kind} "{work}" put words to something I have been thinking about in {topic}.',
            "I saw that you {note}, and {topic} is an area I care about.",
        ),
        "formal": (
            'I was interested to learn of your {kind} "{work}" and its perspective on {topic}.',
            'Your {kind} "{work}" offers a perspective on {topic} that I would value hearing more about.',
            "I was interested to learn that you {note}, as {topic} is central to my own work.",
        ),
    },
    "shared_skill": {
        "warm": (
            "{skill} sits at the centre of your work as {title} at {company}, and of mine too.",
            "Seeing {skill} at the heart of the {title} role at {company} made me want to write.",
            "We share a craft: {skill} runs through your work at {company} and through mine.",
            "Your work as {title} at {company} leans on {skill}, which is where I spend most of my time.",
        ),
        "formal": (
            "I understand that {skill} is central to your work as {title} at {company}, as it is to mine.",
            "Your role as {title} at {company} draws on {skill}, an area I work in closely as well.",
        ),
    },
    "shared_background": {
        "warm": (
            "We have {place} in common, which made me want to reach out to you at {company}.",
            "Seeing {place} in your background made {company} feel a little closer.",
        ),
        "formal": (
            "I noticed that we share a connection to {place}, and I hoped you might not mind a note.",
        ),
    },
    "team_domain": {
        "warm": (
            "The way {company} approaches {domain} is a big part of why I'm writing to you in particular.",
            "As {title} at {company}, you see {domain} problems from the inside, "
            "and they are the ones I care about.",
            "I've been following how {company} works on {domain}, and your role sits right at its heart.",
            "{company_pos} work on {domain} is what drew me to your profile as {title}.",
        ),
        "formal": (
            "I have followed {company_pos} approach to {domain} with interest, and your role as {title} is "
            "central to it.",
            "Your perspective as {title} at {company} on {domain} would be valuable to me.",
        ),
    },
    "target_role": {
        "warm": (
            "I'm working toward {target} roles, and {company} is one of the places "
            "I'd most like to learn from.",
            "{company} keeps coming up as I look at {target} roles, and your view as {title} "
            "would help a lot.",
            "I'm aiming for {target} work next, and {company_pos} team is high on my list.",
        ),
        "formal": (
            "I am pursuing {target} roles, and {company} is among the organisations I most admire.",
            "As I pursue {target} positions, {company} stands out, and your perspective as {title} would "
            "be valuable.",
        ),
    },
}

INTROS = {
    "warm": (
        "I'm {me}, and most of my days go into {skills}, so {topic} is close to home.",
        "A bit about me: I'm {me}, working with {skills}, which is how I came to {topic}.",
        "I work as {me}; {skills} are my daily tools, and {topic} is where I want to go deeper.",
        "For context, I'm {me}, spending most of my time on {skills} and thinking about {topic}.",
        "I'm {me}, and {skills} are the core of what I do, which is why {topic} matters to me.",
        "Day to day I'm {me}, building with {skills}, so {topic} is a natural next step for me.",
    ),
    "formal": (
        "I am {me}, working primarily with {skills}, and {topic} is closely related to my work.",
        "By way of introduction, I am {me}; my work centres on {skills}, which connects directly to {topic}.",
        "I am {me}, and my experience with {skills} has made {topic} a particular interest.",
    ),
}

BACKGROUND = {
    "warm": (
        "Before that I was at {past}, which is part of why {company_pos} {topic} interests me.",
        "Earlier I worked at {past}, so I'm curious how {company_pos} team handles {topic}.",
    ),
    "formal": ("Previously I worked at {past}, which informs my interest in {company_pos} {topic}.",),
}

ASKS = {
    "warm": (
        "Would you be open to a short call in the coming weeks to talk about {ask_topic}?",
        "Could I ask you a few questions about {ask_topic} over a quick call?",
        "Would you have time for a brief chat about {ask_topic} sometime soon?",
        "If you're open to it, could we find a short slot to talk about {ask_topic}?",
        "Would you be up for a quick conversation about {ask_topic}?",
    ),
    "formal": (
        "Would you be willing to spare a brief call to discuss {ask_topic}?",
        "Might you have time for a short conversation about {ask_topic} in the coming weeks?",
        "Would you be open to a brief call to share your perspective on {ask_topic}?",
    ),
}

SIGN_OFFS = {
    "warm": ("Best,", "Thanks,", "Many thanks,", "All the best,", "Cheers,"),
    "formal": ("Kind regards,", "With thanks,", "Best regards,", "Sincerely,"),
}

SUBJECTS = {
    "their_work": (
        'Your {kind}: "{short_work}"',
        "A question about your {kind}",
        "Your {kind} on {topic}",
        "{topic}: a question",
    ),
    "shared_skill": (
        "{skill} at {company}",
        "A question about {skill} at {company}",
        "{skill} and your team",
    ),
    "shared_background": ("From a fellow {place} alum", "{place}, and a question", "A {place} connection"),
    "team_domain": ("{domain} at {company}", "Your {domain} team at {company}", "A question about {domain}"),
    "target_role": (
        "{target} work at {company}",
        "A question about {target} roles",
        "Learning about {company}",
    ),
}


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _note_clause(note: str) -> str | None:
    """'Maintains Tidewater, a toolkit…' -> 'maintain Tidewater, a toolkit…' (after "you")."""
    first, _, rest = note.rstrip(".").partition(" ")
    if not rest or not first.isalpha():
        return None
    verb = first.lower()
    if verb.endswith("ies"):
        verb = verb[:-3] + "y"
    elif verb.endswith("s") and not verb.endswith("ss"):
        verb = verb[:-1]
    return f"{verb} {rest}"


def _topic_case(topic: str) -> str:
    """Lower-case a title's first word for use mid-sentence unless it is a name (a known skill
    or tool, an acronym)."""
    from careeros.onboarding.taxonomy import load

    first = topic.split(" ", 1)[0]
    if sum(c.isupper() for c in first) >= 2 or load().lookup(first) or load().lookup(topic.split(",")[0]):
        return topic
    return first[:1].lower() + first[1:] + topic[len(first) :]


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _hook_topic(hook: Hook, contact: ContactFacts) -> str:
    """What the hook is about, in the contact's own words: the quoted title's subject, or the note."""
    source = hook.title or hook.text
    lowered = source.rstrip(".")
    for prefix in (
        "lessons from ",
        "a practical guide to ",
        "rethinking ",
        "the hidden cost of ",
        "what we got wrong about ",
        "an introduction to ",
        "notes on ",
    ):
        if lowered.lower().startswith(prefix):
            return lowered[len(prefix) :]
    for suffix in (" without tears", " in production", " at scale"):
        if lowered.lower().endswith(suffix):
            return lowered[: -len(suffix)]
    match = re.search(r"\b(?:for|on|about)\s+(.{4,60})$", lowered)
    if match:
        return match.group(1)
    return lowered if len(lowered) <= 60 else (contact.company or "your work")


def _relevant_skills(rng: random.Random, sender: SenderFacts, contact: ContactFacts) -> list[str]:
    shared = shared_skills(sender, contact)
    words = content_words(f"{contact.title} {contact.notes}")
    related = [s for s in sender.skills if s not in shared and content_words(s) & words]
    rest = [s for s in sender.skills if s not in shared and s not in related]
    rng.shuffle(rest)
    return (shared + related + rest)[:2]


def _join(items: list[str]) -> str:
    return " and ".join(items) if len(items) <= 2 else ", ".join(items[:-1]) + " and " + items[-1]


def _fill(rng: random.Random, bank: tuple[str, ...], values: dict) -> str | None:
    """A random entry of `bank` whose fields all have values, filled in."""
    usable = [t for t in bank if all(values.get(k) for k in re.findall(r"{(\w+)}", t))]
    if not usable:
        return None
    return rng.choice(usable).format(**values)


def _subject(rng: random.Random, bank: tuple[str, ...], values: dict) -> str | None:
    """A subject of 3–7 words from `bank` (long topics make some entries too long)."""
    options = list(bank)
    rng.shuffle(options)
    for template in options:
        if all(values.get(k) for k in re.findall(r"{(\w+)}", template)):
            subject = template.format(**values)
            if 3 <= _words(subject) <= 7:
                return subject
    return None


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def compose(sender: SenderFacts, contact: ContactFacts, params: Params | None = None) -> Draft:
    params = params or Params()
    rng = random.Random(
        params.seed ^ seed_for(contact.name, contact.company or "", contact.title or "", sender.name)
    )
    angle = _choose_angle(rng, available_angles(sender, contact), params)
    register = params.register if params.register in REGISTERS else "warm"

    hooks = contact.hooks()
    hook = rng.choice(hooks) if hooks else None
    shared = shared_skills(sender, contact)
    domain = domain_of(contact.title)
    me = (
        f"{_article(sender.current_title)} {sender.current_title.lower()} at {sender.current_company}"
        if sender.current_title and sender.current_company
        else None
    )
    values = {
        "first": contact.first_name,
        "company": contact.company,
        "title": contact.title,
        "company_pos": possessive(contact.company) if contact.company else None,
        "domain": domain,
        "skill": shared[0] if shared else None,
        "place": shared_background(sender, contact),
        "target": sender.target_roles[0] if sender.target_roles else None,
        "me": me,
        "skills": _join(_relevant_skills(rng, sender, contact)) if sender.skills else None,
        "past": sender.past_companies[0] if sender.past_companies else None,
    }
    if hook is not None:
        values.update(
            kind=_KIND[hook.kind],
            work=hook.title,
            note=_note_clause(hook.text) if not hook.title else None,
            topic=_topic_case(_hook_topic(hook, contact)),
        )
        values["short_work"] = hook.title if hook.title and len(hook.title.split()) <= 6 else None
    if angle != "their_work" or not values.get("topic"):
        values["topic"] = {
            "shared_skill": values["skill"],
            "team_domain": f"{domain} work" if domain else None,
            "target_role": f"{values['target']} work" if values["target"] else None,
            "shared_background": f"the work at {contact.company}" if contact.company else None,
        }.get(angle) or (f"{domain} work" if domain else "this kind of work")
    values["ask_topic"] = {
        "their_work": f"the ideas behind your {values.get('kind', 'work')} on {values.get('topic')}",
        "shared_skill": f"how your team uses {values['skill']}" if values["skill"] else None,
        "shared_background": f"your path to {contact.company}" if contact.company else None,
        "team_domain": f"how {contact.company} approaches {domain}" if domain else None,
        "target_role": f"what {values['target']} work looks like at {contact.company}"
        if values["target"]
        else None,
    }.get(angle) or f"your work at {contact.company or 'your company'}"

    opener = (
        _fill(rng, OPENERS[angle][register], values)
        or _fill(rng, OPENERS["team_domain"][register], values)
        or f"Your work at {contact.company or 'your company'} is why I'm writing."
    )
    intro = _fill(rng, INTROS[register], values) if me and values["skills"] else None
    background = _fill(rng, BACKGROUND[register], values) if values["past"] else None
    ask = _fill(rng, ASKS[register], values)
    low, high = LENGTHS.get(params.length, LENGTHS["standard"])
    high = min(high, params.max_words) if params.max_words else high
    low = max(low, params.min_words) if params.min_words else low

    sentences = [_sentence_case(opener)]
    if intro:
        sentences.append(intro)
    if background and (params.length == "long" or (params.length == "standard" and rng.random() < 0.5)):
        sentences.append(background)
    greeting = rng.choice(GREETINGS[register]).format(**values)
    sign_off = f"{rng.choice(SIGN_OFFS[register])}\n{sender.first_name}"

    def body_of(parts: list[str]) -> str:
        return "\n\n".join([greeting, " ".join([*parts, ask]), sign_off])

    # Fit the length band: drop optional sentences when long, add grounded context when short.
    while _words(body_of(sentences)) > high and len(sentences) > 1:
        sentences.pop()
    extras = [
        s for s in (background, *_context_lines(rng, values, register, angle)) if s and s not in sentences
    ]
    while _words(body_of(sentences)) < low and extras:
        sentences.append(extras.pop(0))

    subject = (
        _subject(rng, SUBJECTS[angle], values) or f"A question for you at {contact.company or 'your team'}"
    )
    return Draft(
        subject=_sentence_case(subject),
        body=body_of(sentences),
        angle=angle,
        facts={k: v for k, v in values.items() if v},
    )


def _context_lines(rng: random.Random, values: dict, register: str, angle: str) -> list[str]:
    """Grounded sentences that add context when a draft should be longer, in a seeded order."""
    company, target, domain = values.get("company"), values.get("target"), values.get("domain")
    options = []
    if target and angle != "target_role" and company:
        options.append(
            f"I'm also exploring {target} roles, so {company} interests me for that reason too."
            if register == "warm"
            else f"I am also exploring {target} roles, which adds to my interest in {company}."
        )
    if domain and angle != "team_domain" and company:
        options.append(f"The {domain} work at {company} is a big part of why I'm writing to you.")
    if company and values.get("title"):
        options.append(
            f"Hearing how the work looks from your seat as {values['title']} would help me a great deal."
            if register == "warm"
            else f"Your perspective as {values['title']} at {company} would be most valuable to me."
        )
    if values.get("skills") and values.get("topic"):
        options.append(
            f"I would especially like to understand where {values['skills']} fit into {values['topic']}."
        )
    rng.shuffle(options)
    return options


def _words(text: str) -> int:
    return len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’\-]*", text))
