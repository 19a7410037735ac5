"""Guardrails: a draft that breaks one of these is never shown, however well it scores.

placeholder   template residue: {…}, {{…}}, [NAME], <first name>, XX, TODO, Lorem ipsum
ungrounded    a number, or a capitalised name mid-sentence, that appears in none of the
              sources (the contact's fields and notes, the sender's resume and objectives)
too_long      more than 125 words in the body
greeting      no greeting line that names the contact ("Hi Maya,")
empty         no subject or no body
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careeros.drafting.facts import ContactFacts, SenderFacts

MAX_WORDS = 125
_PLACEHOLDER = re.compile(r"\{[^}]*\}|\[[A-Z _]{3,}\]|<[a-z _]{3,}>|\bX{2,}\b|\bTODO\b|lorem ipsum", re.I)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# Words that may be capitalised mid-sentence without being a claim about the world.
_COMMON = frozenset(
    """I I'm I'd I've I'll Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
    March April May June July August September October November December LinkedIn Mr Ms Mrs Dr OK""".split()
)


@dataclass(frozen=True)
class Verdict:
    ok: bool
    problems: tuple[str, ...]


def sources_text(sender: SenderFacts, contact: ContactFacts, extra: str = "") -> str:
    parts = [
        contact.name,
        contact.title or "",
        contact.company or "",
        contact.location or "",
        contact.notes or "",
        sender.name,
        sender.current_title or "",
        sender.current_company or "",
        *sender.skills,
        *sender.past_companies,
        *sender.schools,
        *sender.target_roles,
        *sender.highlights,
        *sender.degrees,
        sender.last_title or "",
        sender.last_company or "",
        extra,
    ]
    return " \n".join(parts)


def _words(text: str) -> int:
    return len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’\-]*", text))


def check(
    subject: str,
    body: str,
    sender: SenderFacts,
    contact: ContactFacts,
    extra: str = "",
    max_words: int = MAX_WORDS,
) -> Verdict:
    problems: list[str] = []
    if not subject.strip() or not body.strip():
        problems.append("empty")
    text = f"{subject}\n{body}"
    if _PLACEHOLDER.search(text):
        problems.append("placeholder")
    if _words(body) > max_words:
        problems.append("too_long")
    first_line = body.strip().split("\n", 1)[0]
    if (
        not re.match(
            rf"^(hi|hello|hey|dear|good (morning|afternoon))\s+{re.escape(contact.first_name)}\b",
            first_line,
            re.I,
        )
        or not contact.first_name
    ):
        problems.append("greeting")
    sources = sources_text(sender, contact, extra)
    sources_lower = sources.lower()
    grounded_numbers = set(_NUMBER.findall(sources))  # whole numbers: "20" is not grounded by "2024"
    for number in _NUMBER.findall(text):
        if number not in grounded_numbers:
            problems.append(f"ungrounded number {number}")
            break
    for name in _mid_sentence_names(body):
        if name not in _COMMON and name.lower() not in sources_lower:
            problems.append(f"ungrounded name {name}")
            break
    return Verdict(not problems, tuple(problems))


def _mid_sentence_names(body: str) -> list[str]:
    """Capitalised words that do not start a sentence, a line or a quotation."""
    names = []
    for line in body.split("\n"):
        for match in re.finditer(r"(?<=[a-z,;:)] )([A-Z][\w'’.+#-]*)", line):
            word = re.sub(r"['’]s?$", "", match.group(1).rstrip(".,"))
            if word:
                names.append(word)
    return names
