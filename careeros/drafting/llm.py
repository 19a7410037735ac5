"""Drafts from an OpenAI-compatible chat-completions endpoint (OpenAI, vLLM, Ollama, llama.cpp
all serve this shape), used when CAREEROS_LLM_URL is set. The caller holds the answer to the
same guardrails and scorer as the built-in drafter and falls back to it on any failure."""

from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

from careeros.drafting.facts import ContactFacts, SenderFacts
from careeros.drafting.params import Params

if TYPE_CHECKING:
    from careeros.settings import Settings

PROBE_TTL = 30.0
PROBE_TIMEOUT = 2.0

SYSTEM_PROMPT = """You write short cold outreach emails for a job seeker to one person.
Rules, all of them required:
- Plain text. Start with a greeting line using the contact's first name, e.g. "Hi Maya,".
- 50 to 125 words in the body. Exactly one clear ask (one question or request).
- Use only the facts given. Do not invent events, achievements, numbers, dates or names.
  Never claim to have met, read, watched or used something unless the facts say so.
- No placeholders such as {name} or [COMPANY]. No clichés ("I came across your profile",
  "I hope this finds you well"). No exclamation marks.
- End with a sign-off line and the sender's first name on its own line.
- A subject of 3 to 7 words.
- Follow the plan: open with "open_with" (name their work correctly: a talk is a talk), say who the
  sender is in one line from "who_i_am", link the two only through "link_only_if_true", ask one
  thing from "ask_about_one_of" that fits "recipient_role" (never ask a peer about the sender's
  target role as if it were theirs), say everything in "must_say" and nothing in
  "must_not_mention". Correct English; no phrase twice.
Answer with one JSON object and nothing else: {"subject": "...", "body": "..."}"""


class LLMError(Exception):
    """The endpoint could not give a usable draft; the message says why (for logs and health)."""


class LLMUnavailable(LLMError):
    """The endpoint did not answer usefully at all (timeout, refused, an HTTP error): asking
    again at once would only double the wait."""


@dataclass(frozen=True)
class Endpoint:
    url: str
    api_key: str
    model: str
    timeout: float

    @property
    def completions(self) -> str:
        base = self.url.rstrip("/")
        return base if base.endswith("/chat/completions") else f"{base}/chat/completions"

    @property
    def models(self) -> str:
        base = self.url.rstrip("/")
        if base.endswith("/chat/completions"):
            base = base[: -len("/chat/completions")]
        return f"{base}/models"

    def headers(self) -> dict:
        return {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}


def endpoint(settings: Settings) -> Endpoint | None:
    """The endpoint the settings name (CAREEROS_LLM_*), or None: the built-in drafter alone."""
    if not settings.llm_url:
        return None
    return Endpoint(
        settings.llm_url, settings.llm_api_key, settings.llm_model or "default", settings.llm_timeout
    )


def plan(sender: SenderFacts, contact: ContactFacts, params: Params) -> dict:
    """The same plan the built-in drafter realises: what to open with, who the sender is, what to
    ask, and what the person's feedback requires."""
    import random

    from careeros.drafting import builtin

    f = builtin._facts(sender, contact, params, random.Random(params.seed))
    hook = f.hook
    who_title = sender.current_title or sender.last_title
    if hook:
        open_with = {
            "kind": hook.kind,
            "title": hook.title,
            "venue": hook.venue,
            "project": hook.name,
            "topic": hook.topic,
            "note": hook.text,
            "say_it_as": builtin._hook_refs(f)[:1] or None,
        }
    else:
        open_with = {
            "their_team": builtin.team_noun(f.domain) if f.domain else None,
            "company": contact.company,
        }
    changing = bool(f.target and who_title and builtin.domain_of(f.target) != builtin.domain_of(who_title))
    lengths = {"short": "50-75 words", "standard": "60-105 words", "long": "90-125 words"}
    return {
        "open_with": open_with,
        "who_i_am": {
            "title": who_title,
            "company": None if params.omit_employer else (sender.current_company or sender.last_company),
            "job_has_ended": sender.between_jobs,
            "one_thing_i_did": f.did,
            "career_change_toward": f.target if changing else None,
        },
        "link_only_if_true": {"shared_skill": f.shared[0] if f.shared else None, "shared_place": f.place},
        "recipient_role": f.role.kind,
        "ask_about_one_of": builtin._ask_topics(f)[:4],
        "must_say": list(params.mention),
        "must_not_mention": [
            *params.avoid,
            *(["the sender's current employer"] if params.omit_employer else []),
        ],
        "register": params.register,
        "length": lengths.get(params.length),
    }


def prompt(sender: SenderFacts, contact: ContactFacts, params: Params, feedback: str | None) -> list[dict]:
    facts = {
        "contact": {
            "first_name": contact.first_name,
            "name": contact.name,
            "title": contact.title,
            "company": contact.company,
            "location": contact.location,
            "notes": contact.notes,
        },
        "sender": {
            "name": sender.name,
            "first_name": sender.first_name,
            "current_title": sender.current_title,
            "current_company": sender.current_company,
            "skills": list(sender.skills),
            "past_companies": list(sender.past_companies),
            "schools": list(sender.schools),
            "target_roles": list(sender.target_roles),
        },
        "style": {
            "register": params.register,
            "length": params.length,
            "avoid_angles": list(params.avoid_angles),
            "be_specific": params.prefer_specific,
        },
    }
    if feedback:
        facts["feedback_on_previous_draft"] = feedback
    facts["plan"] = plan(sender, contact, params)
    return [
        {"role": "system", "content": SYSTEM_PROMPT},
        {"role": "user", "content": "Facts:\n" + json.dumps(facts, ensure_ascii=False, indent=1)},
    ]


def parse_answer(content: str) -> tuple[str, str]:
    text = re.sub(r"^```(?:json)?|```$", "", content.strip(), flags=re.M).strip()
    match = re.search(r"\{.*\}", text, re.S)
    if not match:
        raise LLMError("the answer held no JSON object")
    try:
        data = json.loads(match.group(0))
    except ValueError:
        raise LLMError("the answer's JSON did not parse") from None
    subject, body = data.get("subject"), data.get("body")
    if not isinstance(subject, str) or not isinstance(body, str) or not subject.strip() or not body.strip():
        raise LLMError("the answer lacked a subject or a body")
    return subject.strip(), body.strip().replace("\r\n", "\n")


def draft(
    sender: SenderFacts,
    contact: ContactFacts,
    params: Params,
    feedback: str | None,
    target: Endpoint,
) -> tuple[str, str]:
    payload = {
        "model": target.model,
        "messages": prompt(sender, contact, params, feedback),
        "temperature": 0.7,
        "max_tokens": 600,
        "seed": params.seed % (2**31),
    }
    try:
        response = httpx.post(
            target.completions,
            json=payload,
            headers=target.headers(),
            timeout=target.timeout,
            follow_redirects=False,
        )
    except httpx.TimeoutException:
        raise LLMUnavailable(f"no answer within {target.timeout:g} s") from None
    except httpx.HTTPError as exc:
        raise LLMUnavailable(f"unreachable ({type(exc).__name__})") from None
    if response.status_code != 200:
        raise LLMUnavailable(f"answered HTTP {response.status_code}")
    try:
        content = response.json()["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        raise LLMError("the answer is not a chat completion") from None
    if not isinstance(content, str):
        raise LLMError("the completion has no text")
    return parse_answer(content)


_probe_lock = threading.Lock()
_probe_cache: dict[str, tuple[float, bool]] = {}


def reachable(target: Endpoint) -> bool:
    """Whether the endpoint answers its model list (cached briefly)."""
    now = time.monotonic()
    with _probe_lock:
        cached = _probe_cache.get(target.url)
        if cached and now - cached[0] < PROBE_TTL:
            return cached[1]
    try:
        ok = httpx.get(target.models, headers=target.headers(), timeout=PROBE_TIMEOUT).status_code == 200
    except httpx.HTTPError:
        ok = False
    with _probe_lock:
        _probe_cache[target.url] = (now, ok)
    return ok
