"""Writing one draft: the LLM when configured, else (or failing that) the built-in drafter; every
candidate through the guardrails and the scorer; weak ones rewritten a bounded number of times;
and how rejections steer the next attempt."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from careeros.drafting import builtin, guardrails, llm, scoring
from careeros.drafting import feedback as feedback_mod
from careeros.drafting.facts import ContactFacts, SenderFacts
from careeros.drafting.params import Params

log = logging.getLogger("careeros.drafting")

MAX_TRIES = 10  # built-in rewrites (most drafts pass on the first or second)
LLM_TRIES = 2
MIN_QUALITY = 70
MIN_PERSONALIZATION = 25


class DraftFailed(Exception):
    """No candidate passed the guardrails; the message says which ones failed and why."""


@dataclass(frozen=True)
class Written:
    subject: str
    body: str
    angle: str
    drafter: str
    quality: int
    personalization: int
    attempts: int
    params: Params
    reasons: tuple[str, ...] = ()  # the rubric's verdict in words (scoring.reasons)


def _good(result: scoring.Score) -> bool:
    return result.quality >= MIN_QUALITY and result.personalization >= MIN_PERSONALIZATION


def write(
    sender: SenderFacts,
    contact: ContactFacts,
    params: Params,
    feedback: str | None = None,
    *,
    endpoint: llm.Endpoint | None = None,
) -> Written:
    """The best draft that passes the guardrails, rewriting weak ones up to a bound: from the LLM
    at `endpoint` when there is one, else (or when it fails) from the built-in drafter."""
    best: Written | None = None
    best_rank: list[tuple] = [()]  # (fits the asked length, quality + personalization)
    problems: list[str] = []
    attempts = 0

    # the person's own words in feedback are a source too ("mention that I led a team of 5")
    said = " ".join((*params.mention, params.ask_about or ""))

    def consider(subject: str, body: str, angle: str, drafter: str, used: Params) -> Written | None:
        nonlocal best
        verdict = guardrails.check(subject, body, sender, contact, extra=said)
        if not verdict.ok:
            problems.extend(verdict.problems)
            return None
        undone = _feedback_undone(body, params, sender)
        if undone:  # what the person asked for is not optional
            problems.append(undone)
            return None
        result = scoring.score(subject, body, contact, sender)
        candidate = Written(
            subject, body, angle, drafter, result.quality, result.personalization, attempts, used,
            tuple(scoring.reasons(result)),
        )  # fmt: skip
        n = result.details["words"]
        fits = params.fits(n)
        # Prefer drafts of the asked length; failing that, the nearest to it.
        distance = max(0, n - (params.max_words or n), (params.min_words or n) - n)
        rank = (fits, -distance, candidate.quality + candidate.personalization)
        if best is None or rank > best_rank[0]:
            best, best_rank[0] = candidate, rank
        return candidate if _good(result) and fits else None

    if endpoint is not None:
        for _ in range(LLM_TRIES):
            attempts += 1
            try:
                subject, body = llm.draft(sender, contact, params, feedback, endpoint)
            except llm.LLMUnavailable as exc:
                log.warning("LLM unavailable, using the built-in drafter: %s", exc)
                problems.append(f"llm: {exc}")
                break
            except llm.LLMError as exc:
                log.warning("LLM answer unusable: %s", exc)
                problems.append(f"llm: {exc}")
                continue
            accepted = consider(subject, body, params.angle or "llm", "llm", params)
            if accepted:
                return accepted

    tried_angles: list[str] = []
    for attempt in range(MAX_TRIES):
        attempts += 1
        used = replace(
            params,
            seed=params.seed + attempt * 7919,
            avoid_angles=tuple(dict.fromkeys((*params.avoid_angles, *tried_angles))),
        )
        draft = builtin.compose(sender, contact, used)
        accepted = consider(draft.subject, draft.body, draft.angle, "builtin", used)
        if accepted:
            return replace(accepted, attempts=attempts)
        if best is not None and best.personalization < MIN_PERSONALIZATION:
            tried_angles.append(draft.angle)  # too impersonal: try another angle next
    if best is None:
        raise DraftFailed("no draft passed the guardrails: " + ", ".join(dict.fromkeys(problems)))
    return replace(best, attempts=attempts)


def write_follow_up(
    sender: SenderFacts,
    contact: ContactFacts,
    params: Params,
    previous_subject: str,
    previous_body: str,
    step: int,
) -> Written:
    """A follow-up (built-in drafter): at most 60 words, in the thread, something the earlier
    message did not say; through the same guardrails, scorer and feedback check."""
    said = " ".join((*params.mention, params.ask_about or ""))
    best: Written | None = None
    problems: list[str] = []
    for attempt in range(MAX_TRIES):
        used = replace(params, seed=params.seed + attempt * 7919)
        draft = builtin.compose_follow_up(sender, contact, previous_subject, step, used, previous_body)
        verdict = guardrails.check(
            draft.subject, draft.body, sender, contact, extra=said, max_words=builtin.FOLLOW_UP_MAX_WORDS
        )
        undone = _feedback_undone(draft.body, params, sender)
        if not verdict.ok or undone:
            problems.extend([*verdict.problems, *([undone] if undone else [])])
            continue
        result = scoring.score(draft.subject, draft.body, contact, sender, follow_up=True)
        candidate = Written(
            draft.subject, draft.body, draft.angle, "builtin", result.quality, result.personalization,
            attempt + 1, used, tuple(scoring.reasons(result, follow_up=True)),
        )  # fmt: skip
        if best is None or candidate.quality > best.quality:
            best = candidate
        if result.quality >= MIN_QUALITY:
            return candidate
    if best is None:
        raise DraftFailed("no follow-up passed the guardrails: " + ", ".join(dict.fromkeys(problems)))
    return best


def _feedback_undone(body: str, params: Params, sender: SenderFacts) -> str | None:
    lowered = body.lower()
    for text in params.mention:
        core = re.sub(r"^(that\s+|my\s+)", "", text.strip().rstrip(".").lower())
        if core not in lowered:
            return f"feedback not followed: does not say {text!r}"
    for term in params.avoid:
        if term.lower() in lowered:
            return f"feedback not followed: mentions {term!r}"
    if params.omit_employer and sender.current_company and sender.current_company.lower() in lowered:
        return "feedback not followed: names the current employer"
    return None


# ---- steering ------------------------------------------------------------------------------

_SHORTER = re.compile(r"\b(shorter|too long|brief|concise|cut|less)\b", re.I)
_LONGER = re.compile(r"\b(longer|too short|more detail|expand|elaborate)\b", re.I)
_FORMAL = re.compile(r"\b(formal|professional|polite|stiff)\b", re.I)
_WARM = re.compile(r"\b(casual|friendly|warm|relaxed|informal)\b", re.I)
_SPECIFIC = re.compile(r"\b(generic|specific|personal|personali[sz]e|mention|refer)\b", re.I)


def steer(
    previous: Params,
    previous_angle: str | None,
    reason: str | None,
    feedback: str | None,
    previous_words: int | None = None,
) -> Params:
    """The parameters of the draft that replaces one the user rejected or asked to regenerate."""
    avoid = tuple(dict.fromkeys((*previous.avoid_angles, *([previous_angle] if previous_angle else []))))
    steered = replace(previous, seed=previous.seed + 1, angle=None, avoid_angles=avoid)
    text = feedback or ""
    asked = feedback_mod.read(text)
    # What the person asked for is kept for every later rewrite of this draft, added to before.
    steered = replace(
        steered,
        mention=tuple(dict.fromkeys((*previous.mention, *asked.mention))),
        avoid=tuple(dict.fromkeys((*previous.avoid, *asked.avoid))),
        ask_about=asked.ask_about or previous.ask_about,
        omit_employer=previous.omit_employer or asked.omit_employer,
    )
    if asked.mention or asked.ask_about:
        # their words replace an angle: keep the hook if there is one, the rest is theirs
        steered = replace(steered, avoid_angles=tuple(a for a in steered.avoid_angles if a != "their_work"))
    if reason == "too_generic" or _SPECIFIC.search(text):
        steered = replace(steered, prefer_specific=True)
    if reason == "too_long" or _SHORTER.search(text):
        steered = replace(
            steered,
            length="short",
            min_words=None,
            max_words=max(50, previous_words - 8) if previous_words else None,
        )
    elif reason == "too_short" or _LONGER.search(text):
        steered = replace(
            steered,
            length="long",
            max_words=None,
            min_words=min(125, previous_words + 8) if previous_words else None,
        )
    if reason == "wrong_tone":
        steered = replace(steered, register="formal" if previous.register == "warm" else "warm")
    if _FORMAL.search(text):
        steered = replace(steered, register="formal")
    elif _WARM.search(text):
        steered = replace(steered, register="warm")
    if reason == "inaccurate":
        steered = replace(steered, length="short")  # fewer sentences, fewer statements to get wrong
    return steered


def user_defaults(reasons: list[str]) -> dict:
    """A user's standing preferences from their recent rejections: three of the same reason among
    the last ten make it the default for new drafts too."""
    counts = {r: reasons[:10].count(r) for r in set(reasons[:10])}
    defaults: dict = {}
    if counts.get("too_long", 0) >= 3:
        defaults["length"] = "short"
    elif counts.get("too_short", 0) >= 3:
        defaults["length"] = "long"
    if counts.get("too_generic", 0) >= 3:
        defaults["prefer_specific"] = True
    if counts.get("wrong_tone", 0) >= 3:
        defaults["register"] = "formal"
    return defaults
