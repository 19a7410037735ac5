"""The built-in drafter's figures, printed as JSON.

* throughput: drafts per second on one core, through the same path the worker uses (compose,
  guardrails, score, rewrites when weak); target ≥ 200;
* the score distribution over the demo pool: quality and personalization of drafts to the
  demo persona's matches among the generated directory;
* diversity: of the sentences in 100 drafts to 100 different contacts (greetings and sign-offs
  excluded), the share that also appear in another draft; target ≤ 20%.

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
from careeros.drafting import scoring  # noqa: E402
from careeros.drafting.builtin import Params  # noqa: E402
from careeros.drafting.facts import ContactFacts, SenderFacts  # noqa: E402
from careeros.drafting.writer import write  # noqa: E402
from careeros.onboarding.extract import read_text  # noqa: E402
from careeros.onboarding.parser import parse  # noqa: E402
from careeros.onboarding.taxonomy import load  # noqa: E402


def demo_sender() -> SenderFacts:
    parsed = parse(read_text(demo_resume().encode()))
    experience = parsed["experience"]
    return SenderFacts(
        name=parsed["name"],
        current_title=experience[0]["title"],
        current_company=experience[0]["company"],
        skills=tuple(load().normalise(parsed["skills"])),
        past_companies=tuple(e["company"] for e in experience[1:]),
        schools=tuple(e["university"] for e in parsed["education"] if e["university"]),
        target_roles=tuple(DEMO_OBJECTIVES["target_roles"]),
    )


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

    written = [write(sender, contact, Params(seed=index)) for index, contact in enumerate(pool)]
    quality = [w.quality for w in written]
    personal = [w.personalization for w in written]

    seen: collections.Counter = collections.Counter()
    total = 0
    for draft in written[:100]:
        for sentence in set(scoring.body_sentences(draft.body)):
            seen[sentence] += 1
            total += 1
    repeated = sum(n for n in seen.values() if n > 1)
    share = repeated / total if total else 0.0

    report = {
        "benchmark": "drafting",
        "drafter": "builtin",
        "throughput_drafts_per_second_per_core": round(per_second, 1),
        "target_drafts_per_second": 200,
        "pool": {"directory": args.contacts, "matches_drafted": len(written)},
        "quality_score": distribution(quality),
        "personalization_score": distribution(personal),
        "angles": dict(collections.Counter(w.angle for w in written).most_common()),
        "rewrites_per_draft": round(statistics.mean(w.attempts for w in written), 2),
        "diversity": {
            "drafts": min(100, len(written)),
            "sentences": total,
            "repeated_sentences": repeated,
            "repeated_share": round(share, 4),
            "target_share": 0.2,
        },
        "meets_targets": per_second >= 200 and share <= 0.2,
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
