"""How drafts are measured (bench/drafting.py and the tests use the same definitions).

* near-duplicate sentences: of the sentences (four words or more, greeting and sign-off left out)
  in one sender's drafts to different contacts, with each contact's names, company and title
  taken out, the share whose word 3-grams overlap 60% or more with a sentence of another draft
  (overlap = shared 3-grams / the sentence's 3-grams);
* exact repeats: the old figure, sentences that appear word for word in another draft;
* hook use: of contacts whose notes hold something they made or said, the share whose draft
  names it correctly (its title, project name or subject, with the right kind of work);
* role fit: the ask fits the recipient's role and never asks about the sender's target role as
  if it were theirs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from careeros.drafting.facts import ContactFacts, SenderFacts, role_of
from careeros.drafting.scoring import body_sentences, count_asks, words

OVERLAP = 0.6
MIN_WORDS = 4
_KIND_WORDS = ("talk", "paper", "post", "project", "podcast")


def _strip_contact(sentence: str, contact: ContactFacts) -> str:
    text = sentence
    for part in (contact.title, contact.company, contact.name, *contact.name.split()):
        if part:
            text = re.sub(re.escape(part), " ", text, flags=re.I)
    return text


def _trigrams(text: str) -> set[tuple[str, ...]]:
    tokens = [w.lower() for w in words(text)]
    return {tuple(tokens[i : i + 3]) for i in range(len(tokens) - 2)}


def near_duplicates(drafts: Sequence[tuple[ContactFacts, str]]) -> dict:
    """`drafts` are (contact, body) of one sender; see the module's definition."""
    per_draft: list[list[tuple[str, set[tuple[str, ...]]]]] = []
    exact: dict[str, int] = {}
    for contact, body in drafts:
        sentences = [s for s in body_sentences(body) if len(words(s)) >= MIN_WORDS]
        per_draft.append([(s, _trigrams(_strip_contact(s, contact))) for s in sentences])
        for sentence in set(sentences):
            exact[sentence] = exact.get(sentence, 0) + 1
    total = repeated = 0
    for index, mine in enumerate(per_draft):
        others = [grams for j, other in enumerate(per_draft) if j != index for _, grams in other]
        for _, grams in mine:
            total += 1
            if grams and any(len(grams & other) / len(grams) >= OVERLAP for other in others if other):
                repeated += 1
    exact_repeated = sum(n for n in exact.values() if n > 1)
    exact_total = sum(exact.values())
    return {
        "drafts": len(drafts),
        "sentences": total,
        "near_duplicate": repeated,
        "near_duplicate_share": round(repeated / total, 4) if total else 0.0,
        "exact_repeat_share": round(exact_repeated / exact_total, 4) if exact_total else 0.0,
    }


def uses_hook(contact: ContactFacts, body: str) -> bool | None:
    """Does the draft name the contact's best hook correctly? None when there is no hook."""
    hooks = contact.hooks()
    if not hooks:
        return None
    hook = hooks[0]
    lowered = body.lower()
    named = [x for x in (hook.title, hook.name, hook.topic) if x]
    if not named:
        overlap = {w for w in re.findall(r"[a-z]{4,}", hook.text.lower())} & set(
            re.findall(r"[a-z]{4,}", lowered)
        )
        return len(overlap) >= 2
    if not any(x.lower() in lowered for x in named):
        return False
    # the kind it is called must be the kind it is: not "your paper" for a talk
    for kind in _KIND_WORDS:
        if re.search(rf"\byour (?:[\w:'.-]+ )?{kind}\b", lowered) and kind != hook.kind:
            return False
    return True


def ask_sentence(body: str) -> str | None:
    for sentence in body_sentences(body):
        if count_asks(sentence):
            return sentence
    return None


def role_fit(contact: ContactFacts, sender: SenderFacts, body: str) -> bool:
    """The ask fits the recipient: a recruiter about openings, a manager or leader about their
    team or hiring, a peer about their work; never the sender's target role as theirs."""
    ask = (ask_sentence(body) or "").lower()
    if not ask:
        return False
    kind = role_of(contact.title).kind
    title = (contact.title or "").lower()
    for target in sender.target_roles:
        if (
            target.lower() in ask
            and target.lower() not in title
            and kind not in ("recruiter", "manager", "leader")
        ):
            return False  # "what Senior Data Engineer work looks like" to a Principal ML Engineer
    if kind == "recruiter":
        return bool(re.search(r"\b(opening|openings|hiring|roles?|candidates?|positions?)\b", ask))
    if kind in ("manager", "leader"):
        hooks = contact.hooks()
        about_their_work = bool(hooks) and (
            any(x and x.lower() in ask for x in (hooks[0].topic, hooks[0].name, hooks[0].title))
            or bool(re.search(rf"\b(that|your|the) {re.escape(hooks[0].kind)}\b", ask))
        )
        return about_their_work or bool(
            re.search(r"\b(team|teams|hire|hiring|people|organi[sz]ed|heading|group)\b", ask)
        )
    return True
