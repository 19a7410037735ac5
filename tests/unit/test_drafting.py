"""The built-in drafter, the scoring rubric, the guardrails and how feedback steers a rewrite."""

from __future__ import annotations

import collections
import re

import pytest

from careeros.demo.directory import people
from careeros.drafting import builtin, guardrails, scoring
from careeros.drafting.facts import ContactFacts, SenderFacts
from careeros.drafting.params import Params
from careeros.drafting.writer import steer, user_defaults, write

SENDER = SenderFacts(
    name="Dana Demo",
    current_title="Data Engineer",
    current_company="Northwind Logistics",
    skills=("Python", "SQL", "Apache Spark", "Apache Kafka", "Apache Airflow", "dbt", "Kubernetes"),
    past_companies=("Contoso Health",),
    schools=("University of Michigan",),
    target_roles=("Senior Data Engineer",),
)
MAYA = ContactFacts(
    name="Maya Chen",
    title="Staff Data Engineer",
    company="Stripe",
    location="Berlin, Germany",
    notes='Spoke at Data Council 2024 about "Streaming joins without tears".',
)


def _contacts(count=40):
    return [
        ContactFacts(name=p.name, title=p.title, company=p.company, location=p.location, notes=p.notes)
        for p in people(2000, seed=3)
        if p.function in ("data", "ml", "platform", "backend")
    ][:count]


def test_same_inputs_and_seed_give_the_same_draft_and_another_seed_another():
    first = builtin.compose(SENDER, MAYA, Params(seed=7))
    assert builtin.compose(SENDER, MAYA, Params(seed=7)) == first
    others = {builtin.compose(SENDER, MAYA, Params(seed=s)).body for s in range(8)}
    assert len(others) > 4


@pytest.mark.parametrize("seed", range(3))
def test_every_draft_meets_the_house_rules(seed):
    for contact in _contacts():
        draft = builtin.compose(SENDER, contact, Params(seed=seed))
        verdict = guardrails.check(draft.subject, draft.body, SENDER, contact)
        assert verdict.ok, (verdict.problems, draft.body)
        n = len(scoring.words(draft.body))
        assert 50 <= n <= 125, draft.body
        assert scoring.count_asks(draft.body) == 1, draft.body
        assert draft.body.split("\n", 1)[0].rstrip(",").split()[-1] == contact.first_name
        assert 3 <= len(scoring.words(draft.subject)) <= 7, draft.subject
        assert not re.search(r"[{}\[\]<>]", draft.body + draft.subject)


def test_angles_follow_the_facts():
    assert builtin.available_angles(SENDER, MAYA)[0] == "their_work"
    bare = ContactFacts(name="Jo Bloggs", title="Accountant", company="Acme")
    assert "their_work" not in builtin.available_angles(SENDER, bare)
    assert builtin.compose(SENDER, MAYA, Params(prefer_specific=True)).angle == "their_work"
    assert builtin.compose(SENDER, MAYA, Params(avoid_angles=("their_work",))).angle != "their_work"


def test_twenty_drafts_do_not_read_as_one_template():
    seen = collections.Counter()
    total = 0
    for index, contact in enumerate(_contacts(20)):
        for sentence in set(
            scoring.body_sentences(builtin.compose(SENDER, contact, Params(seed=index)).body)
        ):
            seen[sentence] += 1
            total += 1
    repeated = sum(n for n in seen.values() if n > 1)
    assert repeated / total <= 0.2
    assert max(seen.values()) <= 4


def test_numbers_in_a_draft_come_from_the_sources():
    draft = builtin.compose(SENDER, MAYA, Params(seed=1))
    for number in re.findall(r"\d+", draft.body):
        assert number in MAYA.notes


# ---- scores --------------------------------------------------------------------------------

SPECIFIC = """Hi Maya,

Your Data Council talk "Streaming joins without tears" stuck with me, because late events in
Kafka pipelines are most of my week at Northwind Logistics. As Staff Data Engineer at Stripe you
have clearly thought hard about joins across streams. Would you be open to a short call to talk
about how your team handles late data?

Best,
Dana"""

GENERIC = """Hi Maya,

I hope this finds you well. I came across your profile and I am reaching out because I am
looking for new opportunities in technology. I think it would be great to connect and learn more
about what you do. Would you be open to a short call sometime soon?

Best,
Dana"""


def test_a_specific_draft_outscores_a_generic_one():
    specific = scoring.score("Your talk on streaming joins", SPECIFIC, MAYA, SENDER)
    generic = scoring.score("Quick question", GENERIC, MAYA, SENDER)
    assert specific.quality > generic.quality + 20
    assert specific.personalization > generic.personalization + 40
    assert generic.details["cliches"]


def test_a_300_word_draft_scores_lower_than_a_90_word_one():
    ninety = scoring.score("Your talk on streaming joins", SPECIFIC, MAYA, SENDER)
    padding = " ".join(["Our pipelines also ingest events from many services across the company."] * 22)
    long_body = SPECIFIC.replace("Best,", padding + "\n\nBest,")
    assert len(scoring.words(long_body)) > 280
    assert (
        scoring.score("Your talk on streaming joins", long_body, MAYA, SENDER).quality < ninety.quality - 15
    )


def test_two_asks_score_lower_than_one():
    one = scoring.score("Your talk on streaming joins", SPECIFIC, MAYA, SENDER)
    two_body = SPECIFIC.replace("Best,", "Could you also send me the slides?\n\nBest,")
    two = scoring.score("Your talk on streaming joins", two_body, MAYA, SENDER)
    assert scoring.count_asks(two_body) == 2 and two.quality < one.quality


@pytest.mark.parametrize(
    ("subject", "points"),
    [
        ("Your talk on streaming joins", 10),
        ("Hello", 0),
        ("QUICK QUESTION FOR YOU", 0),
        ("Hi!", 0),
        ("Joins", 0),
        ("Streaming joins", 5),
    ],
)
def test_subject_rubric(subject, points):
    assert scoring.score(subject, SPECIFIC, MAYA, SENDER).details["parts"]["subject"] == points


# ---- guardrails ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mutate", "problem"),
    [
        (lambda b: b.replace("Stripe", "{company}"), "placeholder"),
        (lambda b: b.replace("Hi Maya,", "Hi [NAME],"), "placeholder"),
        (lambda b: b.replace("a short call", "a 15-minute call"), "ungrounded number 15"),
        (lambda b: b.replace("Hi Maya,\n\n", ""), "greeting"),
        (lambda b: b.replace("Best,", " ".join(["word"] * 130) + "\n\nBest,"), "too_long"),
        (
            lambda b: b.replace("Northwind Logistics", "Northwind Logistics, where I met Satya Nadella"),
            "ungrounded name Satya",
        ),
    ],
)
def test_guardrails_fail_drafts_outright(mutate, problem):
    verdict = guardrails.check("Your talk on streaming joins", mutate(SPECIFIC), SENDER, MAYA)
    assert not verdict.ok and problem in verdict.problems


def test_grounded_numbers_and_names_pass():
    body = SPECIFIC.replace("Data Council talk", "Data Council 2024 talk")
    assert guardrails.check("Your talk on streaming joins", body, SENDER, MAYA).ok


# ---- steering ------------------------------------------------------------------------------


def test_rejection_reasons_steer_the_rewrite():
    base = Params(seed=5, register="warm", length="standard")
    assert steer(base, "team_domain", "too_generic", None).prefer_specific
    assert "team_domain" in steer(base, "team_domain", "other", None).avoid_angles
    assert steer(base, "x", "too_long", None).length == "short"
    assert steer(base, "x", "too_short", None).length == "long"
    assert steer(base, "x", "wrong_tone", None).register == "formal"
    assert steer(Params(register="formal"), "x", "wrong_tone", None).register == "warm"
    assert steer(base, "x", "other", "Please keep it shorter and more formal") == steer(
        base, "x", "other", "Please keep it shorter and more formal"
    )
    steered = steer(base, "x", "other", "Please keep it shorter and more formal")
    assert (steered.length, steered.register) == ("short", "formal")
    assert steer(base, "x", None, None).seed != base.seed


@pytest.mark.parametrize("seed", range(12))
def test_too_long_always_yields_a_shorter_draft_and_too_short_a_longer_one(seed):
    for contact in _contacts(6):
        first = write(SENDER, contact, Params(seed=seed))
        n = len(scoring.words(first.body))
        shorter = write(SENDER, contact, steer(first.params, first.angle, "too_long", None, n))
        assert len(scoring.words(shorter.body)) < n or n <= 55, (first.body, shorter.body)
        longer = write(SENDER, contact, steer(first.params, first.angle, "too_short", None, n))
        assert len(scoring.words(longer.body)) > n or n >= 110, (first.body, longer.body)


def test_steering_changes_the_draft_visibly():
    first = write(SENDER, MAYA, Params(seed=3))
    formal = write(SENDER, MAYA, steer(first.params, first.angle, "wrong_tone", None))
    assert formal.body.startswith("Dear Maya,")


def test_standing_preferences_from_repeated_rejections():
    assert user_defaults(["too_long"] * 3 + ["other"]) == {"length": "short"}
    assert user_defaults(["too_long", "other", "wrong_tone"]) == {}
    assert user_defaults(["wrong_tone"] * 4) == {"register": "formal"}


def test_the_writer_returns_a_good_draft_that_passes_the_guardrails():
    for contact in _contacts(15):
        written = write(SENDER, contact, Params(seed=1))
        assert written.drafter == "builtin"
        assert guardrails.check(written.subject, written.body, SENDER, contact).ok
        assert written.quality >= 70
