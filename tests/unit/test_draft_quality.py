"""Drafts measured as issue 13 defines it (careeros/drafting/evaluation.py), on the demo directory
and on a second pool the drafter was not written against (bench/contact_pools.py); adversarial
profiles; feedback honoured; and a labelled set showing the quality score ranks a good draft above
its deliberately flawed variants."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from careeros.demo.directory import people
from careeros.drafting import evaluation, guardrails, scoring
from careeros.drafting.facts import ContactFacts, SenderFacts, sender_from
from careeros.drafting.params import Params
from careeros.drafting.writer import steer, write

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from contact_pools import other_pool

PROFILE = SimpleNamespace(
    name="Dana Demo",
    skills=["Python", "SQL", "Apache Spark", "Apache Kafka", "dbt"],
    skills_normalized=["Python", "SQL", "Apache Spark", "Apache Kafka", "dbt"],
    experience=[
        {"title": "Data Engineer", "company": "Northwind Logistics", "end": "present",
         "highlights": ["Built the Kafka pipelines behind real-time shipment tracking."]},
        {"title": "Software Engineer", "company": "Contoso Health", "end": "2021"},
    ],
    education=[{"degree": "BSc in Computer Science", "university": "University of Michigan", "year": 2018}],
    confidence=None,
    corrected=[],
)  # fmt: skip
OBJECTIVES = SimpleNamespace(target_roles=["Senior Data Engineer", "Machine Learning Engineer"])
SENDER = sender_from("Dana Demo", PROFILE, OBJECTIVES)


def _demo_pool(count: int = 100) -> list[ContactFacts]:
    pool = []
    for p in people(4000, seed=7):
        if p.email and any(w in p.title for w in ("Data", "Machine Learning", "ML")):
            pool.append(ContactFacts(p.name, p.title, p.company, p.location, p.notes))
        if len(pool) == count:
            break
    return pool


POOLS = {"demo": _demo_pool, "held_out": lambda: other_pool(100)}


@pytest.fixture(scope="module", params=list(POOLS))
def written(request):
    pool = POOLS[request.param]()
    return request.param, pool, [write(SENDER, c, Params(seed=i)) for i, c in enumerate(pool)]


def test_a_hundred_drafts_do_not_repeat_each_others_sentences(written):
    _, pool, drafts = written
    figures = evaluation.near_duplicates([(c, d.body) for c, d in zip(pool, drafts, strict=True)])
    # The target is 15% (bench/drafting.py reports the figure); this guards against a relapse.
    assert figures["near_duplicate_share"] <= 0.22, figures
    assert figures["exact_repeat_share"] <= 0.05, figures


def test_the_best_hook_is_used_and_named_correctly(written):
    _, pool, drafts = written
    used = [evaluation.uses_hook(c, d.body) for c, d in zip(pool, drafts, strict=True)]
    with_hooks = [u for u in used if u is not None]
    assert len(with_hooks) >= 20
    assert sum(with_hooks) / len(with_hooks) >= 0.95
    noted = [d.personalization for c, d in zip(pool, drafts, strict=True) if c.hooks()]
    plain = [d.personalization for c, d in zip(pool, drafts, strict=True) if not c.hooks()]
    assert sum(noted) / len(noted) > sum(plain) / len(plain)


def test_the_ask_fits_the_recipient_never_the_senders_target_as_theirs(written):
    _, pool, drafts = written
    misfits = [
        (c.title, evaluation.ask_sentence(d.body))
        for c, d in zip(pool, drafts, strict=True)
        if not evaluation.role_fit(c, SENDER, d.body)
    ]
    assert not misfits


def test_every_draft_keeps_the_house_rules(written):
    _, pool, drafts = written
    for contact, draft in zip(pool, drafts, strict=True):
        assert guardrails.check(draft.subject, draft.body, SENDER, contact).ok, draft.body
        assert 50 <= len(scoring.words(draft.body)) <= 125, draft.body
        assert scoring.count_asks(draft.body) == 1, draft.body
        details = scoring.score(draft.subject, draft.body, contact, SENDER).details
        assert not details["grammar_slips"], (details["grammar_slips"], draft.body)


# ---- adversarial profiles: honest and shorter, never invented ------------------------------

MAYA = ContactFacts(
    "Maya Chen",
    "Staff Data Engineer",
    "Stripe",
    "Berlin",
    'Spoke at Data Council about "Streaming joins without tears".',
)
BARE = ContactFacts("Jo Bloggs", "Engineering Manager", "Acme", "Leeds")


def _profile(**fields):
    base = {"name": "Sam Lee", "skills": [], "skills_normalized": [], "experience": [], "education": [],
            "confidence": None, "corrected": []}  # fmt: skip
    return SimpleNamespace(**{**base, **fields})


ADVERSARIAL = {
    "no_experience": _profile(skills=["Python"], skills_normalized=["Python"]),
    "one_skill": _profile(skills=["Excel"], skills_normalized=["Excel"]),
    "career_changer": _profile(
        experience=[{"title": "Secondary School Teacher", "company": "Leeds Academy", "end": "present"}],
        skills=["Python"],
        skills_normalized=["Python"],
    ),
    "student": _profile(education=[{"degree": "MSc in Data Science", "university": "University of Leeds"}]),
    "nothing": _profile(),
}


@pytest.mark.parametrize("kind", list(ADVERSARIAL))
@pytest.mark.parametrize("contact", [MAYA, BARE], ids=["with_notes", "bare"])
def test_thin_profiles_get_honest_shorter_drafts(kind, contact):
    sender = sender_from("Sam Lee", ADVERSARIAL[kind], OBJECTIVES)
    for seed in range(6):
        draft = write(sender, contact, Params(seed=seed))
        body = draft.body
        assert guardrails.check(draft.subject, body, sender, contact).ok, body
        lowered = body.lower()
        if kind in ("no_experience", "one_skill", "student", "nothing"):
            # no job is claimed when the profile has none
            assert not re.search(
                r"\bi(?:'m| am) an? (?!.*\bstudent)|\bi work as\b|\bmy day job\b", lowered
            ), body
        if kind == "career_changer":
            assert ("teacher" in lowered and "moving toward" in lowered) or "teacher" not in lowered, body
        if kind == "student":
            assert "university of leeds" in lowered or "data science" in lowered or "as " in lowered, body
        # a link between the two is never asserted without something they share
        assert not re.search(r"which is how i came to|part of why .* interests me", lowered), body


# ---- feedback honoured ----------------------------------------------------------------------

FEEDBACK = [
    ("mention that I led a five-person team", lambda b, p: "i led a five-person team" in b.lower()),
    ("drop the line about Kafka", lambda b, p: "kafka" not in b.lower()),
    ("please make it shorter", lambda b, p: len(scoring.words(b)) < p),
    ("more formal please", lambda b, p: b.startswith("Dear ")),
    ("ask how their frontend teams are organised",
     lambda b, p: "how your frontend teams are organised" in (evaluation.ask_sentence(b) or "").lower()),
    ("don't mention my current employer", lambda b, p: "northwind" not in b.lower()),
    ("mention my open-source work on Airflow", lambda b, p: "open-source work on airflow" in b.lower()),
]  # fmt: skip


@pytest.mark.parametrize(("feedback", "honoured"), FEEDBACK, ids=[f for f, _ in FEEDBACK])
@pytest.mark.parametrize("contact", [MAYA, BARE], ids=["with_notes", "bare"])
def test_feedback_changes_the_next_draft_as_asked(feedback, honoured, contact):
    for seed in range(4):
        first = write(SENDER, contact, Params(seed=seed))
        words = len(scoring.words(first.body))
        steered = steer(first.params, first.angle, "other", feedback, words)
        second = write(SENDER, contact, steered)
        assert honoured(second.body, words), (feedback, second.body)
        # and keeps doing so when the next one is regenerated again without new feedback
        third = write(SENDER, contact, steer(second.params, second.angle, None, None, words))
        if "shorter" not in feedback and "formal" not in feedback:
            assert honoured(third.body, words), (feedback, third.body)


def test_the_issues_feedback_example_is_done_as_asked():
    text = (
        "mention that I led a five-person team and ask how their frontend teams are organised; "
        "drop the line about REST APIs"
    )
    sender = SenderFacts(**{**SENDER.__dict__, "skills": ("REST APIs", *SENDER.skills)})
    for seed in range(5):
        first = write(sender, BARE, Params(seed=seed))
        second = write(sender, BARE, steer(first.params, first.angle, "too_generic", text, 80))
        body = second.body.lower()
        assert "i led a five-person team" in body and "rest apis" not in body
        assert "frontend teams are organised" in (evaluation.ask_sentence(second.body) or "").lower()


# ---- honest scores: a labelled set --------------------------------------------------------


def _flawed(draft_body: str, contact: ContactFacts) -> dict[str, str]:
    """Deliberately flawed variants of a good draft, one flaw each."""
    greeting, middle, sign_off = draft_body.split("\n\n", 2)
    sentences = scoring.sentences(middle)
    ask = sentences[-1]
    company = contact.company or "your company"
    generic = (
        "I am looking for new opportunities in technology and would like to connect. "
        "I think your company does interesting work and I would like to learn more about it. " + ask
    )
    stuffed_phrase = (
        contact.hooks()[0].topic if contact.hooks() and contact.hooks()[0].topic else "data pipelines"
    )
    stuffed = " ".join(
        [sentences[0], f"I care about {stuffed_phrase}.", f"Most of my work is {stuffed_phrase}.",
         f"I think about {stuffed_phrase} daily.", ask]
    )  # fmt: skip
    wrong_ask = " ".join(
        [*sentences[:-1], f"Could I ask what Senior Data Engineer work looks like at {company}?"]
    )
    ungrounded = " ".join(
        [*sentences[:-1], f"I work with Excel, which is how I came to {company}'s research agenda.", ask]
    )
    ungrammatical = " ".join([*sentences[:-1], "I is a engineer who want learn about the the team.", ask])
    too_long = " ".join(
        [*sentences[:-1], *(["Our pipelines also ingest events from many services."] * 9), ask]
    )
    variants = {
        "generic": generic,
        "stuffed": stuffed,
        "wrong_ask": wrong_ask,
        "ungrounded_link": ungrounded,
        "ungrammatical": ungrammatical,
        "too_long": too_long,
    }
    if "senior data engineer" in (contact.title or "").lower():
        del variants["wrong_ask"]  # asking them about their own role is no flaw
    return {name: "\n\n".join([greeting, text, sign_off]) for name, text in variants.items()}


def test_the_quality_score_ranks_a_good_draft_above_its_flawed_variants():
    pool = _demo_pool(12) + other_pool(12)
    pairs = wrong = 0
    failures = []
    for index, contact in enumerate(pool):
        good = write(SENDER, contact, Params(seed=index))
        good_score = scoring.score(good.subject, good.body, contact, SENDER).quality
        for flaw, body in _flawed(good.body, contact).items():
            pairs += 1
            flawed_score = scoring.score(good.subject, body, contact, SENDER).quality
            if flawed_score >= good_score:
                wrong += 1
                failures.append((flaw, good_score, flawed_score))
    assert pairs >= 100  # a labelled set of 24 good drafts and about 140 flawed ones
    assert (pairs - wrong) / pairs >= 0.95, failures


# ---- follow-ups ------------------------------------------------------------------------------

NUDGES = ("just bumping", "bumping this", "circling back", "following up on my", "did you get", "did you see",
          "haven't heard", "have not heard", "as per my", "per my last", "any update", "gentle reminder",
          "friendly reminder", "sorry to bother")  # fmt: skip
GUILT = ("you ignored", "still waiting", "waiting to hear", "i'm sure you're busy but", "surely",
         "you must have missed", "last chance")  # fmt: skip


@pytest.fixture(scope="module", params=list(POOLS))
def followed(request):
    from careeros.drafting.writer import write_follow_up

    pool = POOLS[request.param]()[:60]
    threads = []
    for i, contact in enumerate(pool):
        first = write(SENDER, contact, Params(seed=i))
        one = write_follow_up(SENDER, contact, Params(seed=i + 1000), first.subject, first.body, 1)
        two = write_follow_up(
            SENDER, contact, Params(seed=i + 2000), one.subject, f"{first.body}\n\n{one.body}", 2
        )
        threads.append((contact, first, one, two))
    return threads


def _middle(body: str) -> str:
    """A body without its greeting and sign-off (the same in every message of a thread)."""
    paragraphs = body.split("\n\n")
    return " ".join(paragraphs[1:-1])


def _runs(text: str) -> set[tuple[str, ...]]:
    tokens = re.findall(r"[a-z0-9']+", text.lower())
    return {tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3)}


def test_follow_ups_are_short_in_the_thread_and_add_something(followed):
    for contact, first, one, two in followed:
        for step, draft in ((1, one), (2, two)):
            assert len(draft.body.split()) <= 60, draft.body
            assert draft.subject == f"Re: {first.subject}"
            lowered = draft.body.lower()
            assert not [n for n in NUDGES + GUILT if n in lowered], draft.body
            assert draft.body.startswith(("Hi ", "Hello ", "Dear ")) and contact.first_name in draft.body
            assert guardrails.check(draft.subject, draft.body, SENDER, contact, max_words=60).ok, draft.body
            # a new angle: no four-word run of the earlier messages comes back
            earlier = first.body if step == 1 else f"{first.body}\n{one.body}"
            shared = _runs(_middle(draft.body)) & _runs(_middle(earlier))
            assert len(shared) <= 2, (shared, draft.body)
        assert one.body != two.body
        assert "?" in one.body and "?" in two.body  # each asks for something easy to answer


def test_the_follow_ups_of_one_user_do_not_read_as_a_template(followed):
    pairs = [(contact, one.body) for contact, _, one, _ in followed]
    figures = evaluation.near_duplicates(pairs)
    # Follow-ups are three short sentences, so they share more than first messages (bench/drafting.py
    # prints both figures); this guards against a relapse to one template (0.91 near, 0.63 exact).
    assert figures["exact_repeat_share"] <= 0.45, figures
    assert figures["near_duplicate_share"] <= 0.85, figures
    moves = [one.body.split("\n\n")[1].split(". ")[0] for _, _, one, _ in followed]
    assert len(set(moves)) >= 0.8 * len(moves)  # the opening sentence differs from one contact to the next
