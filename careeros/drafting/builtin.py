"""The built-in drafter: a short, grounded message from the facts alone, no network needed.

It works as sentence planning, then realisation. The plan decides what to say, move by move:
open with the most specific true thing known about the recipient (their talk, paper, post or
project, read from the notes; else their team and its domain); say who the sender is in one line
from the profile (current or last role, one thing they did, or honestly less when the profile is
thin); connect the two only where a source supports it (a skill both name, a company or school
both have, the same field); ask one thing that fits the recipient's role (a peer about their
work, a manager about their team, a leader about what they look for, a recruiter about an
opening); add what the person asked for in feedback. Realisation then picks, for each move, one
of many phrasings built from interchangeable parts and sometimes folds two moves into one
sentence, so that a hundred drafts of one sender read as written one by one. A seeded generator
makes the same inputs and seed give the same draft.

What it may say is limited to its sources: the contact's name, title, company, location and
notes, the sender's profile and objectives, and the sender's own feedback. It states interest
and asks; it never claims to have met, read, watched or used something, and writes no number
that is not in a source.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from careeros.drafting.facts import (
    ContactFacts,
    Hook,
    Role,
    SenderFacts,
    content_words,
    role_of,
    shared_skills,
)
from careeros.drafting.params import Params, seed_for

ANGLES = ("their_work", "shared_skill", "shared_background", "team_domain", "target_role")
REGISTERS = ("warm", "formal")
LENGTHS = {"short": (50, 75), "standard": (60, 105), "long": (90, 125)}

_KIND_WORD = {"talk": "talk", "paper": "paper", "post": "post", "podcast": "podcast", "project": "project"}
_DOMAINS = (
    ("machine learning", ("machine learning", " ml ", "ml engineer", " ai ", "applied scientist",
                          "research scientist", "mlops", "data scientist")),
    ("data platform", ("data engineer", "data platform", "analytics engineer", "data infrastructure",
                       "head of data", "director of data", "analytics")),
    ("infrastructure", ("platform", "infrastructure", "sre", "site reliability", "devops", "cloud")),
    ("security", ("security", "appsec", "infosec", "ciso")),
    ("product", ("product manager", "product lead", "head of product", "director of product")),
    ("frontend", ("frontend", "front-end", "web engineer", "ui engineer", "design")),
    ("backend systems", ("backend", "back-end", "software engineer", "developer", "fullstack", "full stack")),
    ("engineering leadership", ("engineering manager", "director of engineering", "vp engineering", "cto")),
    ("hiring", ("recruiter", "talent", "sourcer", "people partner")),
)  # fmt: skip
# How a field reads as a noun and as a team: "you see data platforms from close up", "the data
# platform team".
_FIELD_NOUN = {"data platform": "data platforms", "product": "product work", "frontend": "frontend engineering",
               "hiring": "hiring", "engineering leadership": "engineering leadership"}  # fmt: skip
_TEAM_NOUN = {"engineering leadership": "engineering", "hiring": "recruiting", "backend systems": "backend"}
_CONCEPT_WORDS = frozenset(
    """machine learning deep data engineering modeling modelling analysis analytics science project
    management product design system systems testing security communication leadership research
    statistics visualization visualisation architecture microservices agile scrum stakeholder financial
    user interface experience cloud computing computer vision natural language processing distributed
    mentoring recruiting hiring prototyping writing public speaking reinforcement test-driven development
    code review incident response continuous integration delivery and of quality devops""".split()
)
_ACRONYM = re.compile(r"^[A-Z0-9][A-Z0-9+/&.-]*[A-Z0-9+]$|^[A-Z]$|^i[A-Z]\w*$")
_PAST_IRREGULAR = frozenset(
    """built led ran wrote made grew cut took drove set won began brought found kept shipped sold
    rebuilt rewrote redesigned taught spoke met gave held oversaw undertook""".split()
)


@dataclass(frozen=True)
class Draft:
    subject: str
    body: str
    angle: str
    facts: dict = field(default_factory=dict)


def domain_of(title: str | None) -> str | None:
    lowered = f" {(title or '').lower()} "
    for domain, needles in _DOMAINS:
        if any(needle in lowered for needle in needles):
            return domain
    return None


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


# ---- language --------------------------------------------------------------------------------

_AN_LETTERS = set("AEFHILMNORSX")  # letters whose names start with a vowel sound: "an ML team"


def article(phrase: str) -> str:
    """'a' or 'an' for a phrase, by sound: an engineer, a UX researcher, an ML engineer, an SRE."""
    word = phrase.split()[0] if phrase.split() else phrase
    if _ACRONYM.match(word) and len(word) <= 5 and word.isupper():
        return "an" if word[0] in _AN_LETTERS else "a"
    lowered = word.lower()
    if lowered.startswith(("uni", "use", "usu", "eu", "one", "once", "ubi")):
        return "a"
    if lowered.startswith(("hour", "honest", "honour", "honor", "heir")):
        return "an"
    return "an" if lowered[:1] in "aeiou" else "a"


def role_phrase(title: str) -> str:
    """A title as it reads mid-sentence: 'Senior Data Engineer' -> 'senior data engineer',
    'ML Engineer' -> 'ML engineer'."""
    words = []
    for word in title.split():
        words.append(
            word if _ACRONYM.match(word) or (word[:1].isupper() and word[1:].isupper()) else word.lower()
        )
    return " ".join(words)


def with_article(title: str) -> str:
    phrase = role_phrase(title)
    return f"{article(phrase)} {phrase}"


def topic_case(topic: str) -> str:
    """A title's first word lower-cased for use mid-sentence unless it is a name (a known skill
    or tool, an acronym, a capitalised name)."""
    from careeros.onboarding.taxonomy import load

    first = topic.split(" ", 1)[0]
    canonical = load().lookup(first)
    if sum(c.isupper() for c in first) >= 2 or (canonical and canonical.split()[0] == first):
        return topic  # an acronym or a name as the taxonomy writes it ("Kubernetes", "LLM", "dbt")
    return first[:1].lower() + first[1:] + topic[len(first) :]


def field_noun(domain: str) -> str:
    return _FIELD_NOUN.get(domain, domain)


def team_noun(domain: str | None) -> str:
    return f"{_TEAM_NOUN.get(domain, domain)} team" if domain else "team"


def skill_case(skill: str) -> str:
    """A skill as it reads mid-sentence: 'Machine Learning' -> 'machine learning'; names stay."""
    words = skill.split()
    if words and all(w.lower() in _CONCEPT_WORDS for w in words):
        return skill.lower()
    return skill


def join(items: list[str], conjunction: str = "and") -> str:
    items = [i for i in items if i]
    if len(items) <= 2:
        return f" {conjunction} ".join(items)
    return ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


def _sentence(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


def past_clause(highlight: str, max_words: int = 16) -> str | None:
    """A resume line as something the sender did: 'Built the Kafka pipelines behind tracking.' ->
    'built the Kafka pipelines behind tracking'; None when it does not start with a past verb."""
    text = re.sub(r"^(successfully|personally|also)\s+", "", highlight.strip(), flags=re.I).rstrip(". ")
    first = text.split(" ", 1)[0]
    verb = first.lower()
    if not (verb.endswith("ed") and len(verb) > 4) and verb not in _PAST_IRREGULAR:
        return None
    # "…to Airflow and dbt, halving their run time": the clause before a trailing participle
    cut = re.split(r",\s(?=\w+ing\b)|;\s| — | – ", text)[0]
    if len(cut.split()) >= 4:
        text = cut
    if len(text.split()) > max_words:
        cut = re.split(r",\s", text)[0]
        if len(cut.split()) > max_words or len(cut.split()) < 4:
            return None
        text = cut
    return verb + text[len(first) :]


def _plural(phrase: str) -> bool:
    last = phrase.split()[-1].lower() if phrase.split() else ""
    return last.endswith("s") and not last.endswith(("ss", "us", "is", "sis", "ics", "ops"))


# ---- what the plan knows ---------------------------------------------------------------------


@dataclass
class _Facts:
    """Everything realisation may say, worked out once per draft."""

    sender: SenderFacts
    contact: ContactFacts
    params: Params
    register: str
    rng: random.Random
    role: Role
    domain: str | None
    hook: Hook | None
    shared: list[str]
    place: str | None
    target: str | None
    skills: list[str]  # the sender's skills most relevant to this contact first
    did: str | None  # one thing the sender did, as a clause ("built the Kafka pipelines…")
    same_field: bool
    avoid: tuple[str, ...]

    @property
    def company(self) -> str | None:
        return self.contact.company

    @property
    def title(self) -> str | None:
        return self.contact.title


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


def _avoided(text: str, avoid: tuple[str, ...]) -> bool:
    lowered = text.lower()
    return any(term and term.lower() in lowered for term in avoid)


def _facts(sender: SenderFacts, contact: ContactFacts, params: Params, rng: random.Random) -> _Facts:
    avoid = tuple(a for a in params.avoid if a)
    hooks = [h for h in contact.hooks() if not _avoided(h.text, avoid)]
    best = [h for h in hooks if h.rank == hooks[0].rank] if hooks else []
    hook = rng.choice(best) if best else None
    shared = [s for s in shared_skills(sender, contact) if not _avoided(s, avoid)]
    about = content_words(f"{contact.title} {contact.notes}")
    skills = [s for s in sender.skills if not _avoided(s, avoid)]
    related = [s for s in skills if s not in shared and content_words(s) & about]
    rest = [s for s in skills if s not in shared and s not in related]
    rng.shuffle(rest)
    # the sender's line of work: the highlight that says most about this contact's world
    clauses = [c for c in (past_clause(h) for h in sender.highlights) if c and not _avoided(c, avoid)]
    clauses.sort(key=lambda c: -len(content_words(c) & about))
    did = clauses[0] if clauses and (len(clauses) == 1 or content_words(clauses[0]) & about) else None
    if did is None and clauses:
        did = rng.choice(clauses)
    sender_title = sender.current_title or sender.last_title
    return _Facts(
        sender=sender,
        contact=contact,
        params=params,
        register=params.register if params.register in REGISTERS else "warm",
        rng=rng,
        role=role_of(contact.title),
        domain=domain_of(contact.title),
        hook=hook,
        shared=shared,
        place=shared_background(sender, contact),
        target=sender.target_roles[0] if sender.target_roles else None,
        skills=shared + related + rest,
        did=did,
        same_field=bool(
            sender_title and domain_of(sender_title) and domain_of(sender_title) == domain_of(contact.title)
        ),
        avoid=avoid,
    )


# ---- realisation: each move as many phrasings -----------------------------------------------


def _pick(rng: random.Random, options: list[str], avoid: tuple[str, ...] = ()) -> str | None:
    usable = [o for o in dict.fromkeys(options) if o and not _avoided(o, avoid)]
    return rng.choice(usable) if usable else None


def _hook_refs(f: _Facts) -> list[str]:
    """Noun phrases naming the hook correctly, fit to stand anywhere in a sentence: 'your talk at
    Data Council on feature stores', '"Lessons from feature stores", your talk at Data Council,'."""
    h = f.hook
    if h is None:
        return []
    topic = topic_case(h.topic) if h.topic else None
    kind = _KIND_WORD.get(h.kind)
    refs: list[str | None] = []
    if h.kind == "project" and h.name:
        what = re.sub(r"^(an?|the)\s+", "your ", h.what) if h.what else None
        refs += [f"{h.name}, {what}," if what else None, f"your work on {h.name}, {what}," if what else None]
        if topic:
            refs += [f"your work on {h.name} and {topic}", f"{h.name} and what it does for {topic}"]
        return [r for r in refs if r] or [f"your work on {h.name}"]
    if kind is None:
        return []
    if h.title:
        refs += [f'your {kind} "{h.title}"', f'"{h.title}", your {kind},']
        if h.venue:
            refs += [f'your {kind} at {h.venue}, "{h.title}",', f'your {h.venue} {kind}, "{h.title}",']
    if topic:
        refs.append(f"your {kind} on {topic}")
        if h.venue:
            refs.append(f"your {kind} at {h.venue} on {topic}")
    return [r for r in refs if r]


def _note_clause(note: str) -> str | None:
    """'Leads the payments team.' -> 'lead the payments team' (after "you")."""
    first, _, rest = note.rstrip(".").partition(" ")
    if not rest or not first.isalpha() or not first[:1].isupper():
        return None
    verb = first.lower()
    if verb.endswith("ies"):
        verb = verb[:-3] + "y"
    elif (verb.endswith("es") and verb[-3:-2] in ("s", "x", "z")) or verb.endswith(("ches", "shes")):
        verb = verb[:-2]
    elif verb.endswith("s") and not verb.endswith("ss"):
        verb = verb[:-1]
    elif not verb.endswith("ed"):
        return None
    return f"{verb} {rest}"


# ---- the phrase grammar -----------------------------------------------------------------------
# A phrasing is a string with {fields}, a list (one of its items) or a tuple (its items in a row).
# An alternative whose fields have no value is skipped; nothing is said that no source gives.

Spec = str | list | tuple


class _PhraseLoader(yaml.SafeLoader):
    """YAML with `!seq` for a phrasing's parts said in a row (a tuple); a list is one of its items."""


_PhraseLoader.add_constructor("!seq", lambda loader, node: tuple(loader.construct_sequence(node, deep=True)))
PHRASES: dict = yaml.load(
    (Path(__file__).resolve().parent.parent / "data" / "phrases.yaml").read_text("utf-8"),
    Loader=_PhraseLoader,
)


def say(rng: random.Random, spec: Spec, values: dict) -> str | None:
    if isinstance(spec, str):
        if any(values.get(name) is None for name in re.findall(r"{(\w+)}", spec)):
            return None
        return spec.format(**values)
    if isinstance(spec, list):
        order = list(range(len(spec)))
        rng.shuffle(order)
        for index in order:
            out = say(rng, spec[index], values)
            if out is not None:
                return out
        return None
    parts = []
    for part in spec:
        out = say(rng, part, values)
        if out is None:
            return None
        parts.append(out)
    return "".join(parts)


OPEN_HOOK: dict[str, Spec] = PHRASES["open_hook"]
OPEN_PLAIN: dict[str, Spec] = PHRASES["open_plain"]
OPEN_RECRUITER: dict[str, Spec] = PHRASES["open_recruiter"]
WHO: dict[str, Spec] = PHRASES["who"]
# What ties the sender's line to this recipient: said with their own details, so no two drafts
# share it, and claiming nothing but the sender's interest.
WHO_TAIL: dict[str, Spec] = PHRASES["who_tail"]
WHO_PAST: dict[str, Spec] = PHRASES["who_past"]
WHO_THIN: dict[str, list] = PHRASES["who_thin"]
BRIDGE: dict[str, Spec] = PHRASES["bridge"]
ASK: dict[str, Spec] = PHRASES["ask"]


def _ask_topics(f: _Facts) -> list[str]:
    """What to ask about, fitted to the recipient's role: a peer about their work (their talk or
    project first), a manager about their team, a leader about what they look for, a recruiter
    about openings for the role the sender is after."""
    if f.params.ask_about:
        return [f.params.ask_about]
    company, domain, hook = f.company, f.domain, f.hook
    topics: list[str | None] = []
    kind = f.role.kind
    if hook is not None and kind in ("peer", "product", "manager", "leader"):
        topic = topic_case(hook.topic) if hook.topic else None
        if hook.kind == "project" and hook.name:
            topics += [f"what building {hook.name} has taught you", f"how {hook.name} came about",
                       f"where you want to take {hook.name} next", f"what people use {hook.name} for"]  # fmt: skip
        if topic:
            topics += [f"how you approached {topic}", f"what you would tell someone starting out with {topic}",
                       f"how your thinking on {topic} has changed", f"what surprised you most about {topic}",
                       f"where you see {topic} going", f"what you would do differently with {topic} today"]  # fmt: skip
        kind_word = _KIND_WORD.get(hook.kind)
        if kind_word and kind_word != "project":
            # the same question without naming the subject a third time
            topics += [f"what led you to that {kind_word}", f"what you would add to that {kind_word} today",
                       f"what people asked you after that {kind_word}", f"what the {kind_word} had to leave out",
                       f"how that {kind_word} came together"]  # fmt: skip
        if topics and kind == "peer":
            return [t for t in topics if t]  # their own work is the thing to ask a peer about
    if kind == "recruiter" and company:
        if f.target:
            target = role_phrase(f.target)
            topics += [f"{target} openings at {company}", f"whether {company} is hiring for {target} roles",
                       f"what {company} looks for in {target} candidates", f"how {company} hires for {target} roles"]  # fmt: skip
        if domain:
            topics += [f"how hiring works for {domain} roles at {company}"]
    elif kind in ("manager", "leader"):
        team = team_noun(domain)
        topics += [f"how your {team} is organised", f"what you look for in people joining your {team}",
                   f"how your {team} sets its priorities", f"what makes someone do well on your {team}",
                   f"how you grow people on your {team}", f"how the {team} at {company} has changed since you joined",
                   f"what the {team} at {company} needs most right now", f"how you run planning for your {team}",
                   f"what separates a strong hire from a good one on your {team}"]  # fmt: skip
        if kind == "leader" and company:
            topics += [f"where the {domain or 'engineering'} work at {company} is heading"]
        if f.target:
            topics += [f"what you look for when you hire {role_phrase(f.target)}s"]
    elif kind == "product":
        topics += [f"how product and engineering work together at {company}" if company else None,
                   "how your team decides what to build"]  # fmt: skip
    else:
        team = team_noun(domain)
        topics += [f"what {domain} work looks like day to day on your team" if domain else None,
                   f"how your team at {company} approaches {field_noun(domain)}" if company and domain else None,
                   f"what you enjoy most about your work at {company}" if company else None,
                   f"how the {team} at {company} is set up" if company and domain else None,
                   f"what a typical week on your {team} looks like" if domain else None,
                   f"what you wish you had known before joining {company}" if company else None,
                   f"which skills matter most on your {team}" if domain else None,
                   f"how your {team} works with the rest of {company}" if company and domain else None,
                   f"what the hardest {domain} problem at {company} is right now" if company and domain else None,
                   f"how you found your way into {field_noun(domain)}" if domain else None,
                   f"what you'd tell someone who wants to do {domain} work at {company}" if company and domain else None,
                   f"how {company} sets the priorities of its {team}" if company and domain else None]  # fmt: skip
    city = f.contact.location.split(",")[0].strip() if f.contact.location else None
    if (
        city
        and city.lower() != "remote"
        and kind != "recruiter"
        and not (hook is not None and kind == "peer")
    ):
        # the same question, asked of this person where they are
        topics += [
            f"{t} in {city}" for t in topics if t and t.endswith(("team", "set up", "organised", "right now"))
        ]
    return [t for t in topics if t]


def mentions(f: _Facts) -> list[str]:
    """What the person asked to have said, in their words, as sentences of their own."""
    sentences = []
    for text in f.params.mention:
        text = text.strip().rstrip(".")
        if re.match(r"^(i|i'm|i've|i'd|we)\b", text, re.I):
            sentences.append(_sentence("I" + text[1:] if text[:1] == "i" else text))
        elif re.match(r"^my\b", text, re.I):
            sentences.append(_sentence(f"there is also {text}"))
        else:
            sentences.append(_sentence(f"one more thing about me: {text}"))
    return sentences


def subjects(f: _Facts) -> list[str]:
    h, company, domain = f.hook, f.company, f.domain
    options = []
    if h is not None:
        kind = _KIND_WORD.get(h.kind)
        topic = topic_case(h.topic) if h.topic else None
        if h.title and len(h.title.split()) <= 6:
            options += [f'"{h.title}"', f'Your {kind}: "{h.title}"' if kind else None]
        if h.name:
            options += [f"A question about {h.name}", f"{h.name} and a question"]
        if topic and kind:
            options += [f"Your {kind} on {topic}", f"A question about {topic}"]
    if f.role.kind == "recruiter" and f.target and company:
        options += [f"{f.target} roles at {company}", f"Interested in {company}"]
    if domain and company:
        options += [f"{domain.capitalize()} at {company}", f"Your {domain} team at {company}"]
    if f.role.kind in ("manager", "leader") and company:
        options += [f"Your team at {company}", "A question about your team"]
    if f.shared and company:
        options += [f"{f.shared[0]} at {company}"]
    if h is not None:
        hooked = [
            o
            for o in options[: len(options)]
            if o
            and 3 <= _words(o) <= 7
            and (
                (h.title and h.title in o)
                or (h.name and h.name in o)
                or (h.topic and topic_case(h.topic) in o)
            )
        ]
        if hooked:
            return hooked
    return [o for o in options if o and 3 <= _words(o) <= 7] or [
        f"A question for you at {company}" if company else "A question about your work"
    ]


EXTRA_HOOK: dict[str, Spec] = PHRASES["extra_hook"]
EXTRA_PLAIN: dict[str, Spec] = PHRASES["extra_plain"]


# ---- assembly ------------------------------------------------------------------------------

GREETINGS = {"warm": ("Hi {first},", "Hello {first},"), "formal": ("Dear {first},",)}
SIGN_OFFS = {
    "warm": ("Best,", "Thanks,", "Many thanks,", "All the best,", "Cheers,"),
    "formal": ("Kind regards,", "With thanks,", "Best regards,", "Sincerely,"),
}
_SPECIFICITY = {
    "their_work": 5,
    "shared_background": 4,
    "shared_skill": 3,
    "team_domain": 2,
    "target_role": 1,
}


def _angle(f: _Facts, params: Params) -> str:
    angles = available_angles(f.sender, f.contact)
    allowed = [a for a in angles if a not in params.avoid_angles] or angles
    if params.angle in allowed:
        return params.angle
    # the most specific thing known comes first: a hook whenever there is one
    return max(allowed, key=lambda a: (_SPECIFICITY[a], -allowed.index(a)))


def _values(f: _Facts) -> dict:
    """Everything the grammar may say, each value from a source (None when there is none)."""
    s, c, rng = f.sender, f.contact, f.rng
    title = c.title
    company = c.company
    my_title = s.current_title or s.last_title
    my_company = None if f.params.omit_employer else (s.current_company or s.last_company)
    skills = [skill_case(k) for k in f.skills[:2]]
    refs = _hook_refs(f)
    ref = rng.choice(refs) if refs else None
    values = {
        "first": c.first_name,
        "company": company,
        "company_pos": possessive(company) if company else None,
        "title_a": with_article(title) if title else None,
        "role": role_phrase(title) if title else None,
        "domain": f.domain,
        "field": field_noun(f.domain) if f.domain else None,
        "team": team_noun(f.domain) if f.domain else None,
        "city": c.location.split(",")[0].strip() if c.location and c.location.lower() != "remote" else None,
        "hook_ref": ref.rstrip(",") if ref else None,
        "hook_ref_s": ref,
        "me_a": with_article(my_title) if my_title else None,
        "me_role": role_phrase(my_title) if my_title else None,
        "me_at": f" at {short}" if (short := _short_company(my_company, rng)) else "",
        "me_company": _short_company(my_company, rng),
        "did": f.did,
        "skills2": join(skills) if skills else None,
        "past": s.past_companies[0] if s.past_companies else None,
        "school": s.schools[0] if s.schools else None,
        "degree": s.degrees[0] if s.degrees and s.degrees[0] else None,
        "target": role_phrase(f.target) if f.target else None,
        "shared": skill_case(f.shared[0]) if f.shared else None,
        "place": f.place,
    }
    if f.hook is not None:
        values["topic"] = topic_case(f.hook.topic) if f.hook.topic else None
        if values["topic"]:
            values["topic_is"] = f"{values['topic']} {'are' if _plural(values['topic']) else 'is'}"
        values["kind"] = _KIND_WORD.get(f.hook.kind)
    if f.hook is not None and not refs:
        clause = _note_clause(f.hook.text)
        values["hook_clause"] = clause
        values["hook_verb_clause"] = f"I noticed that you {clause}" if clause else None
    if f.hook is not None and f.hook.topic and f.did:
        overlap = content_words(f.hook.topic) & content_words(f.did)
        if overlap:
            values["overlap_clause"] = (
                f"the {sorted(overlap, key=len)[-1]} side of it is close to my own work"
            )
    return values


def _ask(f: _Facts, values: dict, rng: random.Random, said: list[str]) -> str:
    """The ask, of a few phrasings the one that repeats least of what the draft already says."""
    topics = _ask_topics(f)
    clauses = [t for t in topics if t.startswith(("how ", "what ", "where ", "whether "))]
    grammar = ASK[f.register]
    best: str | None = None
    best_overlap = 0
    for _ in range(6):
        values = {**values, "ask_topic": rng.choice(topics) if topics else None,
                  "ask_clause": rng.choice(clauses) if clauses else None}  # fmt: skip
        ask = say(rng, grammar, values)
        if not ask or _avoided(ask, f.avoid):
            continue
        overlap = _shared_phrases(ask, said)
        if best is None or overlap < best_overlap:
            best, best_overlap = ask, overlap
        if overlap == 0:
            break
    return best or "would you be open to a short call"


def compose(sender: SenderFacts, contact: ContactFacts, params: Params | None = None) -> Draft:
    params = params or Params()
    rng = random.Random(
        params.seed ^ seed_for(contact.name, contact.company or "", contact.title or "", sender.name)
    )
    f = _facts(sender, contact, params, rng)
    angle = _angle(f, params)
    if angle != "their_work":
        f.hook = None  # the person asked for another angle than their work
    avoid, register = f.avoid, f.register
    values = _values(f)

    said_so_far: list[str] = []

    def one(grammar: dict, tries: int = 4) -> str | None:
        """A phrasing of the move, the one of a few tries that repeats least of what the draft
        already says (no phrase twice)."""
        best: str | None = None
        best_overlap = 0
        for _ in range(tries):
            out = say(rng, grammar[register], values)
            if out is None or _avoided(out, avoid):
                continue
            overlap = _shared_phrases(out, said_so_far)
            if best is None or overlap < best_overlap:
                best, best_overlap = out, overlap
            if overlap == 0:
                break
        if best:
            said_so_far.append(best)
        return best

    values["who_tail"] = ""
    if f.hook is not None:
        opener = one(OPEN_HOOK)
    elif f.role.kind == "recruiter":
        opener = one(OPEN_RECRUITER) or one(OPEN_PLAIN)
    else:
        opener = one(OPEN_PLAIN)
    opener = opener or f"I'm writing to you at {contact.company or 'your company'}"
    said_so_far.append(opener)
    tails = [t for t in (say(rng, WHO_TAIL[f.register], values) for _ in range(5)) if t]
    topic = values.get("topic")

    asks_about_topic = f.hook is not None and f.role.kind == "peer" and not params.ask_about

    def tail_rank(t: str) -> tuple:
        # a tail about their own work first, unless it repeats the opener's words or the ask will
        # be about it too (the subject named three times is stuffing)
        overlap = _shared_phrases(t, said_so_far)
        names_topic = bool(topic and topic in t)
        return (overlap > 1, names_topic if asks_about_topic else not names_topic, overlap)

    values["who_tail"] = min(tails, key=tail_rank) if tails else ""
    my_title = sender.current_title or sender.last_title
    if f.target and my_title and domain_of(f.target) != domain_of(my_title):
        # a career changer says where they are going, not only where they have been
        values["who_tail"] = rng.choice(
            [f", and I'm moving toward {values['target']} work", f"; I'm now moving toward {values['target']} work",
             f", and these days I'm moving toward {values['target']} work"]
        )  # fmt: skip
    if sender.between_jobs:
        who = one(WHO_PAST)
    elif values["me_a"]:
        who = one(WHO)
    else:
        # a thin profile says the most solid thing it has: a school, then skills, then the aim
        who = None
        for key in ("school", "skills2", "target"):
            if values.get(key):
                who = one({r: [g for g in WHO_THIN[r] if f"{{{key}}}" in str(g)] for r in WHO_THIN})
                if who:
                    break
    bridge = one(BRIDGE)
    ask = _ask(f, values, rng, said_so_far)
    said = mentions(f)

    # Sometimes two moves share a sentence ("As a data engineer at Northwind, could I ask …?").
    prefix = _who_prefix(f)
    shape = rng.random()
    folded = False
    ask_sentence = _sentence(ask).rstrip(".") + "?"
    if prefix and shape < 0.25:
        ask_sentence = _sentence(f"{prefix}, {ask}").rstrip(".") + "?"
        folded = True
    sentences = [_sentence(opener)]
    if prefix and not folded and shape < 0.45 and re.match(r"^I\b", opener):
        sentences = [_sentence(f"{prefix}, {opener}")]
        folded = True
    if who and not folded:
        sentences.append(_sentence(who))
    if bridge and (rng.random() < 0.6 or params.prefer_specific):
        sentences.append(_sentence(bridge))
    sentences += said

    greeting = rng.choice(GREETINGS[register]).format(first=contact.first_name)
    sign_off = f"{rng.choice(SIGN_OFFS[register])}\n{sender.first_name}"
    low, high = LENGTHS.get(params.length, LENGTHS["standard"])
    high = min(high, params.max_words) if params.max_words else high
    low = max(low, params.min_words) if params.min_words else low

    def body_of(parts: list[str]) -> str:
        return "\n\n".join([greeting, " ".join([*parts, ask_sentence]), sign_off])

    # Fit the length band: drop optional sentences (never the opener or what was asked for) when
    # long, add grounded context when short.
    optional = [s for s in sentences[1:] if s not in said]
    while _words(body_of(sentences)) > high and optional:
        sentences.remove(optional.pop())
    pool: list[str | None] = []
    if folded and who and not prefix:
        pool.append(_sentence(who))
    if not bridge or _sentence(bridge) not in sentences:
        pool.append(_sentence(bridge) if bridge else None)
    for _ in range(3):
        extra = one(EXTRA_HOOK if f.hook is not None and values.get("topic") else EXTRA_PLAIN)
        if extra:
            pool.append(_sentence(extra))
    extras = [p for p in dict.fromkeys(pool) if p and p not in sentences]
    while _words(body_of(sentences)) < low and extras:
        sentences.insert(len(sentences) - len(said), extras.pop(0))

    subject = _pick(rng, subjects(f), avoid) or "A question about your work"
    facts = {
        "hook": f.hook.text if f.hook else None,
        "role": f.role.kind,
        "domain": f.domain,
        "shared": f.shared[:1],
        "place": f.place,
        "did": f.did,
        "target": f.target,
    }
    return Draft(
        subject=subject[:1].upper() + subject[1:],
        body=body_of(sentences),
        angle=angle,
        facts={k: v for k, v in facts.items() if v},
    )


_GENERIC_FIRST = frozenset("the a an my our new global united first general national international".split())


def _short_company(company: str | None, rng: random.Random) -> str | None:
    """The sender's company as people say it: in full, or by its first word when that is a name
    of its own ("Northwind Logistics" -> "Northwind")."""
    if not company:
        return None
    first = company.split()[0]
    if (
        len(company.split()) >= 2
        and len(first) >= 4
        and first.lower() not in _GENERIC_FIRST
        and rng.random() < 0.5
    ):
        return first.rstrip(",")
    return company


def _shared_phrases(text: str, others: list[str]) -> int:
    """How many three-word phrases of `text` the other sentences already hold."""

    def grams(t: str) -> set:
        tokens = [w.lower() for w in re.findall(r"[A-Za-z0-9'’\-]+", t)]
        return {tuple(tokens[i : i + 3]) for i in range(len(tokens) - 2)}

    seen = set().union(*(grams(o) for o in others)) if others else set()
    return len(grams(text) & seen)


def _who_prefix(f: _Facts) -> str | None:
    """The sender's role as the opening of another sentence: "As a data engineer at Northwind"."""
    s = f.sender
    title = s.current_title if not s.between_jobs else None
    if not title or (f.target and domain_of(f.target) != domain_of(title)):
        return None  # a career changer's line says where they are going: it needs a sentence
    company = None if f.params.omit_employer else s.current_company
    at = f" at {company}" if company else ""
    a = with_article(title)
    options = [f"As {a}{at}", f"Speaking as {a}{at}", f"Working as {a}{at}", f"From where I sit as {a}{at}",
               f"Writing as {a}{at}", f"As someone working as {a}{at}"]  # fmt: skip
    if f.same_field:
        options += [f"As {a}{at} myself", f"Being {a}{at} myself"]
    usable = [o for o in options if not _avoided(o, f.avoid)]
    return f.rng.choice(usable) if usable else None


def _words(text: str) -> int:
    return len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’\-]*", text))


# ---- follow-ups -------------------------------------------------------------------------------

FOLLOW_UP_MAX_WORDS = 60
# A follow-up is one or two moves the earlier messages did not make (a narrower question, who the
# sender is, an easier way to answer, their team, their talk or project), an optional lead-in, an
# easy question; the last one says it is the last. Nothing in it claims what the sources do not.
FOLLOW_LEAD: dict[str, Spec] = PHRASES["follow_lead"]
FOLLOW_MOVES: dict[str, dict[str, Spec]] = PHRASES["follow_moves"]
FOLLOW_ASK: dict[str, Spec] = PHRASES["follow_ask"]
# when the follow-up has not already narrowed the question itself
FOLLOW_ASK_NARROW: dict[str, Spec] = PHRASES["follow_ask_narrow"]
FOLLOW_LAST: dict[str, Spec] = PHRASES["follow_last"]


def _length(body: str) -> int:
    """Words as any counter counts them: a dash between spaces counts too."""
    return max(_words(body), len(body.split()))


def _follow_up_moves(f: _Facts, values: dict, rng: random.Random) -> list[str]:
    """The moves open to this follow-up, best first: the contact's own work, then a narrower
    question, who the sender is, their team, an easier way to answer; shuffled within ties so a
    user's follow-ups do not all take the same one."""
    moves = []
    if values.get("hook_ref_s"):
        moves.append((0, rng.random(), "hook"))
    if values.get("ask_topic"):
        moves.append((1, rng.random(), "question"))
    if values.get("did") or values.get("skills2"):
        moves.append((1, rng.random(), "me"))
    if values.get("team") and values.get("company"):
        moves.append((2, rng.random(), "team"))
    moves.append((2, rng.random(), "easier"))
    # most follow-ups mix: rank is a preference, not a rule
    return [name for _, _, name in sorted(moves, key=lambda m: m[0] + m[1] * 2.5)]


def compose_follow_up(
    sender: SenderFacts,
    contact: ContactFacts,
    previous_subject: str,
    step: int,
    params: Params | None = None,
    used: str = "",
) -> Draft:
    """A follow-up in the thread: short (at most 60 words), one or two moves the thread did not
    make yet (`used` is what it already said), never "just bumping this"; the last one says so
    and asks for nothing more than a line."""
    params = params or Params()
    rng = random.Random(params.seed ^ seed_for(contact.name, contact.company or "", "follow-up", str(step)))
    f = _facts(sender, contact, params, rng)
    values = dict(_values(f))
    register = f.register
    avoid = f.avoid
    topics = [t for t in _ask_topics(f) if t.lower() not in used.lower()] or _ask_topics(f)
    values["ask_topic"] = rng.choice(topics) if topics else None

    def fresh(grammar) -> str | None:
        # something the thread did not already say, and that says nothing the person asked to drop
        options = [o for o in (say(rng, grammar, values) for _ in range(10)) if o and not _avoided(o, avoid)]
        options.sort(key=lambda o: _shared_phrases(o, [used]))
        return options[0] if options else None

    said = mentions(f)
    last = _sentence(fresh(FOLLOW_LAST[register]) or "this is my last note on it") if step >= 2 else None
    moves, taken = [], []
    for name in _follow_up_moves(f, values, rng):
        text = fresh(FOLLOW_MOVES[name][register]) if register in FOLLOW_MOVES[name] else None
        if text and _shared_phrases(text, [used]) <= 2:
            moves.append(text)
            taken.append(name)
        if len(moves) == 2:
            break
    moves = moves or ["I'm happy to keep it to email if a call is too much"]
    asks = FOLLOW_ASK[register]
    if "question" not in taken and "hook" not in taken and rng.random() < 0.25:
        asks = FOLLOW_ASK_NARROW[register]
    ask = fresh(asks) or "would a couple of lines by email work better"
    ask = _sentence(ask).rstrip(".") + "?"
    lead = fresh(FOLLOW_LEAD[register]) if rng.random() < 0.6 else None
    first_move = f"{lead}{moves[0]}" if lead else moves[0]
    parts = [_sentence(first_move), *[_sentence(m) for m in moves[1:]], *said, *([last] if last else [])]
    greeting = rng.choice(GREETINGS[register]).format(first=contact.first_name)
    sign_off = f"{rng.choice(SIGN_OFFS[register])}\n{sender.first_name}"

    def body_of(sentences: list[str]) -> str:
        return "\n\n".join([greeting, " ".join([*sentences, ask]), sign_off])

    # over the length: drop the second move, then the lead-in; what the person asked for stays
    if _length(body_of(parts)) > FOLLOW_UP_MAX_WORDS and len(moves) > 1:
        parts.remove(_sentence(moves[1]))
    if _length(body_of(parts)) > FOLLOW_UP_MAX_WORDS and lead:
        parts[0] = _sentence(moves[0])
    while _length(body_of(parts)) > FOLLOW_UP_MAX_WORDS and len(parts) > 1:
        parts.pop(0)
    subject = previous_subject if previous_subject.lower().startswith("re:") else f"Re: {previous_subject}"
    return Draft(subject=subject[:300], body=body_of(parts), angle=f"follow_up_{step}", facts={"step": step})
