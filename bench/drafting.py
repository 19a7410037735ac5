"""The built-in drafter's figures, printed as JSON.

* throughput: drafts per second on one core, through the same path the worker uses (compose,
  guardrails, score, rewrites when weak); target ≥ 200;
* the score distribution over the demo pool: quality and personalization of drafts to the
  demo persona's matches among the generated directory;
* for 100 drafts of the demo persona to different contacts, on the demo directory and on a
  second, held-out pool (bench/contact_pools.py): near-duplicate sentences (target ≤ 15%; the
  old exact-repeat figure beside it), hook use (≥ 95%), personalisation with and without notes,
  role fit of the ask (careeros/drafting/evaluation.py has the definitions).

    .venv/bin/python bench/drafting.py [--contacts 5000] [--seconds 5]
"""

from __future__ import annotations

import argparse
import collections
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from careeros import matching  # noqa: E402
from careeros.demo import DEMO_OBJECTIVES, demo_resume  # noqa: E402
from careeros.demo.directory import people  # noqa: E402
from careeros.drafting import evaluation  # noqa: E402
from careeros.drafting.facts import ContactFacts, SenderFacts, sender_from  # noqa: E402
from careeros.drafting.params import Params  # noqa: E402
from careeros.drafting.writer import write, write_follow_up  # noqa: E402
from careeros.onboarding.extract import read_text  # noqa: E402
from careeros.onboarding.parser import parse  # noqa: E402
from careeros.onboarding.taxonomy import load  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from contact_pools import other_pool  # noqa: E402


def demo_sender() -> SenderFacts:
    """The demo persona as drafting sees it: its resume parsed, through the same profile path."""
    from types import SimpleNamespace

    parsed = parse(read_text(demo_resume().encode()))
    profile = SimpleNamespace(
        **{k: parsed[k] for k in ("name", "skills", "experience", "education")},
        skills_normalized=load().normalise(parsed["skills"]),
        confidence=parsed["confidence"],
        corrected=[],
    )
    return sender_from(parsed["name"], profile, SimpleNamespace(target_roles=DEMO_OBJECTIVES["target_roles"]))


def demo_matches(count: int) -> list[ContactFacts]:
    roles = [tuple(matching.normalize_title(r).split()) for r in DEMO_OBJECTIVES["target_roles"]]
    pool = []
    for person in people(count, seed=7):
        title = set(matching.normalize_title(person.title).split())
        if person.email and any(set(role) <= title for role in roles):
            pool.append(
                ContactFacts(
                    name=person.name,
                    title=person.title,
                    company=person.company,
                    location=person.location,
                    notes=person.notes,
                )
            )
    return pool


def distribution(values: list[int]) -> dict:
    ordered = sorted(values)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    buckets = collections.Counter(f"{v // 10 * 10}-{v // 10 * 10 + 9}" for v in values)
    return {
        "min": ordered[0],
        "p10": pick(0.1),
        "p50": pick(0.5),
        "p90": pick(0.9),
        "max": ordered[-1],
        "mean": round(statistics.mean(values), 1),
        "histogram": dict(sorted(buckets.items())),
    }


def figures(sender: SenderFacts, pool: list[ContactFacts], drafts: int = 100) -> dict:
    """The issue's figures over `drafts` drafts of one sender to different contacts."""
    chosen = pool[:drafts]
    written = [write(sender, contact, Params(seed=index)) for index, contact in enumerate(chosen)]
    hooked = [
        (c, w) for c, w in zip(chosen, written, strict=True) if evaluation.uses_hook(c, w.body) is not None
    ]
    plain = [w for c, w in zip(chosen, written, strict=True) if not c.hooks()]
    fit = [evaluation.role_fit(c, sender, w.body) for c, w in zip(chosen, written, strict=True)]
    # the near-duplicate share of 100 drafts varies with the draw: five draws, all reported
    draws = [evaluation.near_duplicates([(c, w.body) for c, w in zip(chosen, written, strict=True)])]
    for offset in range(1, 5):
        again = [write(sender, c, Params(seed=i + 1000 * offset)) for i, c in enumerate(chosen)]
        draws.append(evaluation.near_duplicates([(c, w.body) for c, w in zip(chosen, again, strict=True)]))
    shares = [d["near_duplicate_share"] for d in draws]
    return {
        "drafts": len(written),
        "near_duplicates": {
            **draws[0],
            "near_duplicate_share_per_draw": shares,
            "near_duplicate_share_mean": round(statistics.mean(shares), 4),
            "exact_repeat_share_mean": round(statistics.mean(d["exact_repeat_share"] for d in draws), 4),
        },
        "hook_use": round(sum(evaluation.uses_hook(c, w.body) for c, w in hooked) / len(hooked), 3)
        if hooked
        else None,
        "contacts_with_hooks": len(hooked),
        "personalization_with_notes": round(statistics.mean(w.personalization for _, w in hooked), 1)
        if hooked
        else None,
        "personalization_without_notes": round(statistics.mean(w.personalization for w in plain), 1)
        if plain
        else None,
        "role_fit": round(sum(fit) / len(fit), 3),
        "quality_score": distribution([w.quality for w in written]),
        "angles": dict(collections.Counter(w.angle for w in written).most_common()),
        "rewrites_per_draft": round(statistics.mean(w.attempts for w in written), 2),
    }


def follow_up_figures(sender: SenderFacts, pool: list[ContactFacts], threads: int = 100) -> dict:
    """Follow-ups 1 and 2 of `threads` threads: length, and how much they share across contacts
    (the same near-duplicate measure as first messages; no target: they are three short sentences,
    and each recipient sees only their own thread)."""
    chosen = pool[:threads]
    ones, twos = [], []
    for index, contact in enumerate(chosen):
        first = write(sender, contact, Params(seed=index))
        one = write_follow_up(sender, contact, Params(seed=index + 1), first.subject, first.body, 1)
        said = f"{first.body}\n\n{one.body}"
        two = write_follow_up(sender, contact, Params(seed=index + 2), one.subject, said, 2)
        ones.append((contact, one))
        twos.append((contact, two))

    def of(pairs):
        share = evaluation.near_duplicates([(c, w.body) for c, w in pairs])
        return {
            "near_duplicate_share": share["near_duplicate_share"],
            "exact_repeat_share": share["exact_repeat_share"],
            "words_max": max(len(w.body.split()) for _, w in pairs),
            "quality_score": distribution([w.quality for _, w in pairs]),
        }

    return {"threads": len(chosen), "follow_up_1": of(ones), "follow_up_2": of(twos)}


TARGETS = {"near_duplicate_share": 0.15, "hook_use": 0.95, "role_fit": 1.0, "drafts_per_second": 200}


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--contacts", type=int, default=5000, help="size of the generated directory")
    options.add_argument("--seconds", type=float, default=5.0, help="how long to measure throughput")
    args = options.parse_args()

    sender = demo_sender()
    pool = demo_matches(args.contacts)

    # Throughput: as many drafts as fit in the time budget, cycling through the pool.
    write(sender, pool[0], Params(seed=0))  # warm-up: taxonomy and regex compilation
    drafts, started = 0, time.perf_counter()
    while time.perf_counter() - started < args.seconds:
        write(sender, pool[drafts % len(pool)], Params(seed=drafts))
        drafts += 1
    per_second = drafts / (time.perf_counter() - started)

    demo = figures(sender, pool)
    held_out = figures(sender, other_pool())

    def meets(f: dict) -> bool:
        return (
            f["near_duplicates"]["near_duplicate_share_mean"] <= TARGETS["near_duplicate_share"]
            and (f["hook_use"] or 0) >= TARGETS["hook_use"]
            and f["role_fit"] >= TARGETS["role_fit"]
            and (f["personalization_with_notes"] or 0) > (f["personalization_without_notes"] or 0)
        )

    report = {
        "benchmark": "drafting",
        "drafter": "builtin",
        "throughput_drafts_per_second_per_core": round(per_second, 1),
        "targets": TARGETS,
        "demo_pool": {"directory": args.contacts, "matches": len(pool), **demo},
        "held_out_pool": held_out,
        "follow_ups": {
            "demo_pool": follow_up_figures(sender, pool),
            "held_out_pool": follow_up_figures(sender, other_pool()),
        },
        "meets_targets": per_second >= TARGETS["drafts_per_second"] and meets(demo) and meets(held_out),
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
