"""Resume parser accuracy on ../shared/resumes: per-field precision, recall and F1, printed as JSON.

Name, email and phone are compared exactly (name case-insensitively; whitespace and dashes
normalised); skills as case-insensitive sets; experience by title and company, education by
degree and university, each fuzzy-matched (similarity ≥ 0.8, one-to-one). Usage:

    .venv/bin/python bench/resume_accuracy.py [--dir ../shared/resumes] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from careeros.onboarding.detect import detect_kind  # noqa: E402
from careeros.onboarding.extract import read  # noqa: E402
from careeros.onboarding.parser import parse  # noqa: E402

TARGETS = {"name": 0.95, "email": 0.95, "phone": 0.95, "skills": 0.80, "experience": 0.75, "education": 0.75}
FUZZY = 0.8


def norm(value: str | None) -> str:
    if value is None:
        return ""
    value = unicodedata.normalize("NFKC", value).lower()
    value = re.sub(r"[\u2010-\u2015\u2212]", "-", value)
    return re.sub(r"\s+", " ", value).strip()


def similar(a: str | None, b: str | None) -> bool:
    a, b = norm(a), norm(b)
    if not a and not b:
        return True
    return bool(a and b) and SequenceMatcher(None, a, b).ratio() >= FUZZY


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def figures(self) -> dict:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(f1, 3),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def score_exact(tally: Tally, got, want, *, casefold: bool) -> None:
    got_n, want_n = (norm(got), norm(want)) if casefold else ((got or "").strip(), (want or "").strip())
    if want_n and got_n == want_n:
        tally.add(1, 0, 0)
    else:
        tally.add(0, int(bool(got_n)), int(bool(want_n)))


def score_pairs(tally: Tally, got: list[dict], want: list[dict], keys: tuple[str, str]) -> None:
    unmatched = list(want)
    tp = 0
    for item in got:
        for candidate in unmatched:
            if all(similar(item.get(k), candidate.get(k)) for k in keys):
                unmatched.remove(candidate)
                tp += 1
                break
    tally.add(tp, len(got) - tp, len(unmatched))


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--dir", default=str(ROOT.parent / "shared" / "resumes"))
    options.add_argument("--verbose", action="store_true", help="print each document's misses")
    args = options.parse_args()
    folder = Path(args.dir)
    tallies = {field: Tally() for field in TARGETS}
    documents, started = 0, time.perf_counter()
    for path in sorted(folder.iterdir()):
        expected_path = path.with_name(path.name.rsplit(".", 1)[0] + ".expected.json")
        if path.name.endswith(".expected.json") or not expected_path.exists():
            continue
        data = path.read_bytes()
        got = parse(read(data, detect_kind(data)))
        want = json.loads(expected_path.read_text())
        documents += 1
        score_exact(tallies["name"], got["name"], want["name"], casefold=True)
        score_exact(tallies["email"], got["email"], want["email"], casefold=True)
        score_exact(tallies["phone"], got["phone"], want["phone"], casefold=False)
        got_skills, want_skills = {norm(s) for s in got["skills"]}, {norm(s) for s in want["skills"]}
        tallies["skills"].add(
            len(got_skills & want_skills), len(got_skills - want_skills), len(want_skills - got_skills)
        )
        score_pairs(tallies["experience"], got["experience"], want["experience"], ("title", "company"))
        score_pairs(tallies["education"], got["education"], want["education"], ("degree", "university"))
        if args.verbose:
            print(f"== {path.name}", file=sys.stderr)
            for key in ("name", "email", "phone"):
                if norm(got[key]) != norm(want[key]):
                    print(f"  {key}: got {got[key]!r} want {want[key]!r}", file=sys.stderr)
            if got_skills != want_skills:
                extra, missing = sorted(got_skills - want_skills), sorted(want_skills - got_skills)
                print(f"  skills extra {extra} missing {missing}", file=sys.stderr)
            for key, fields in (
                ("experience", ("title", "company")),
                ("education", ("degree", "university")),
            ):
                g = [tuple(e.get(f) for f in fields) for e in got[key]]
                w = [tuple(e.get(f) for f in fields) for e in want[key]]
                if g != w:
                    print(f"  {key}:\n    got  {g}\n    want {w}", file=sys.stderr)
    figures = {field: tally.figures() for field, tally in tallies.items()}
    report = {
        "benchmark": "resume_accuracy",
        "documents": documents,
        "seconds": round(time.perf_counter() - started, 2),
        "fields": figures,
        "targets_f1": TARGETS,
        "meets_targets": all(figures[f]["f1"] >= t for f, t in TARGETS.items()),
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
