"""What a person's feedback on a rejected draft asks for, read into directives the drafter keeps:
say this ("mention that I led a five-person team"), leave that out ("drop the line about REST
APIs", "don't mention my current employer"), ask about this instead ("ask how their frontend teams
are organised"). Length and tone words are read by `writer.steer`.

Each directive is taken in the person's own words, turned to face the recipient where it speaks of
them ("their teams" -> "your teams"); nothing is added that they did not write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_SPLIT = re.compile(r"[.;!\n]+|,\s*(?:and\s+)?(?=(?:please\s+)?(?:mention|say|add|include|drop|remove|cut|"
                    r"leave|skip|don't|do not|never|no need|ask|avoid|lose|delete)\b)|"
                    r"\s+and\s+(?=(?:please\s+)?(?:mention|say|add|include|drop|remove|cut|leave|skip|"
                    r"don't|do not|never|ask|avoid|lose|delete)\b)", re.I)  # fmt: skip
_AVOID = re.compile(
    r"^(?:please\s+)?(?:(?:don't|do not|never|no need to|stop)\s+"
    r"(?:mention|say|bring up|talk about|include|use|reference)|avoid(?:\s+mentioning)?|drop|remove|cut|"
    r"delete|leave out|lose|skip|get rid of|no more)\s+(?P<what>.+)$",
    re.I,
)
_MENTION = re.compile(
    r"^(?:please\s+)?(?:mention|say|add|include|note|point out|tell (?:them|him|her))\s+"
    r"(?:that\s+)?(?P<what>.+)$",
    re.I,
)
_ASK = re.compile(
    r"^(?:please\s+)?(?:instead\s+)?ask\s+(?:them\s+|him\s+|her\s+)?(?:about\s+)?(?P<what>.+)$", re.I
)
_EMPLOYER = re.compile(
    r"\b(my (current )?(employer|company|job|workplace)|where i work|who i work for)\b", re.I
)
_LINE_ABOUT = re.compile(
    r"^(?:the\s+|that\s+|this\s+)?(?:line|bit|part|sentence|sentences|mention|reference|stuff|thing)s?\s+"
    r"(?:about|on|of|mentioning|with|re)\s+",
    re.I,
)
_FACING = [
    (r"\btheir\b", "your"), (r"\bthey're\b", "you're"), (r"\bthey\b", "you"), (r"\bthem\b", "you"),
    (r"\btheirs\b", "yours"), (r"\bhis\b|\bher\b", "your"), (r"\bhe's\b|\bshe's\b", "you're"),
    (r"\bhe\b|\bshe\b", "you"), (r"\bhim\b", "you"), (r"\bthemselves\b", "yourselves"),
    (r"\bare you\b", "you are"), (r"\bis your\b", "your"),
]  # fmt: skip


@dataclass
class Directives:
    mention: list[str] = field(default_factory=list)
    avoid: list[str] = field(default_factory=list)
    ask_about: str | None = None
    omit_employer: bool = False


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,:;\"'“”")
    return re.sub(r"\s+(please|instead|too|as well|again)$", "", text, flags=re.I).strip(" ,")


def _facing(text: str) -> str:
    for pattern, replacement in _FACING:
        text = re.sub(pattern, replacement, text, flags=re.I)
    # "how are your teams organised" reads after "could I ask" as "how your teams are organised"
    text = re.sub(r"^(how|what|where|why|when)\s+(is|are|do|does)\s+(your\s+[\w\s-]+?)\s+(\w+ed|\w+)$",
                  lambda m: f"{m.group(1)} {m.group(3)} {m.group(2)} {m.group(4)}"
                  if m.group(2) in ("is", "are") else m.group(0), text)  # fmt: skip
    return text


def read(text: str | None) -> Directives:
    found = Directives()
    for clause in _SPLIT.split(text or ""):
        clause = _tidy(clause)
        if len(clause) < 4:
            continue
        if avoid := _AVOID.match(clause):
            what = _tidy(_LINE_ABOUT.sub("", avoid.group("what")))
            if _EMPLOYER.search(what):
                found.omit_employer = True
            elif what and len(what) <= 80:
                found.avoid.append(re.sub(r"^(?:the|a|an|my|any)\s+", "", what, flags=re.I))
            continue
        if ask := _ASK.match(clause):
            what = _facing(_tidy(ask.group("what")))
            if what and len(what.split()) <= 16:
                found.ask_about = what
            continue
        if mention := _MENTION.match(clause):
            what = _tidy(mention.group("what"))
            if what and len(what.split()) <= 25:
                found.mention.append(what)
    return found
