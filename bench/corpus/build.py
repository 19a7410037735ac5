"""Build the resume corpus: generated people rendered in every layout, each file with its ground
truth beside it (`<name>.truth.json`). The files are not committed; this script and its rules are.

    .venv/bin/python bench/corpus/build.py [--out build/corpus] [--per-layout 14] [--layouts theme:even,...]

Needs what the machine has or `make bench-corpus` installs: Node.js and npm (the themes in
bench/corpus/package.json), Debian's Chromium, TeX Live (moderncv, europecv, paracol) and
poppler-utils (pdftotext, the reference extractor), and the bench extra (Faker, RenderCV).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import sys
import time
from pathlib import Path

# The same corpus from every run: Faker's providers iterate sets of strings (it_IT's towns), whose
# order follows Python's hash seed, so the script runs itself again with the seed fixed.
if __name__ == "__main__" and os.environ.get("PYTHONHASHSEED") != "0":
    os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

import layouts  # noqa: E402
from people import person  # noqa: E402
from truth import truth  # noqa: E402

EXTENSIONS = {"pdf": "pdf", "docx": "docx", "text": "txt"}


def seed_for(layout: str, index: int) -> int:
    return int.from_bytes(hashlib.sha256(f"{layout}/{index}".encode()).digest()[:6], "big")


def build(out: Path, per_layout: int, chosen: list[layouts.Layout]) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    manifest = []
    started = time.perf_counter()
    theme_jobs: list[tuple[layouts.Layout, int, dict]] = []
    page_jobs: list[tuple[layouts.Layout, dict, str, Path]] = []
    for layout in chosen:
        for index in range(per_layout):
            seed = seed_for(layout.name, index)
            resume = person(seed)
            if layout.latin_only:
                resume = layouts.latin(resume)
            rng = random.Random(seed)
            stem = f"{layout.name.replace(':', '-')}-{index:03d}"
            target = out / f"{stem}.{EXTENSIONS[layout.kind]}"
            family, variant = layout.name.split(":")
            if family == "theme":
                theme_jobs.append((layout, index, resume))
                continue
            if family == "html":
                page_jobs.append((layout, resume, layouts.html_page(resume, variant, rng), target))
                continue
            if family == "latex":
                layouts.latex_pdf(resume, variant, target, rng)
            elif family == "typst":
                layouts.typst_pdf(resume, variant, target, rng)
            elif family == "rendercv":
                layouts.rendercv_pdf(resume, variant, target)
            elif family == "wkhtml":
                layouts.wkhtml_pdf(resume, variant, target, rng)
            elif family == "office":
                layouts.office_pdf(resume, variant, target, rng)
            elif family == "docx":
                layouts.docx_file(resume, variant, target, rng)
            else:
                layouts.text_file(resume, variant, target, rng)
            manifest.append(_record(layout, stem, target, resume))
    if theme_jobs:
        pages = layouts.themes_html([(layout.name.split(":")[1], resume) for layout, _, resume in theme_jobs])
        targets = []
        for (layout, index, _resume), html in zip(theme_jobs, pages, strict=True):
            stem = f"{layout.name.replace(':', '-')}-{index:03d}"
            targets.append((html, out / f"{stem}.pdf"))
        layouts.print_pdfs(targets)
        for (layout, _index, resume), (_, target) in zip(theme_jobs, targets, strict=True):
            manifest.append(_record(layout, target.stem, target, resume))
    if page_jobs:
        layouts.print_pdfs([(html, target) for _, _, html, target in page_jobs])
        for layout, resume, _, target in page_jobs:
            manifest.append(_record(layout, target.stem, target, resume))
    manifest.sort(key=lambda r: r["file"])
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1))
    return {"files": len(manifest), "seconds": round(time.perf_counter() - started, 1), "out": str(out)}


def _record(layout: layouts.Layout, stem: str, target: Path, resume: dict) -> dict:
    expected = truth(resume, target, layout.kind)
    (target.parent / f"{stem}.truth.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1))
    return {"file": target.name, "layout": layout.name, "kind": layout.kind, "seed": resume["meta"]["seed"]}


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--out", default=str(ROOT / "build" / "corpus"))
    options.add_argument("--per-layout", type=int, default=14)
    options.add_argument("--layouts", default="", help="comma-separated layout names (default: all)")
    args = options.parse_args()
    wanted = [n for n in args.layouts.split(",") if n]
    chosen = [layouts.BY_NAME[n] for n in wanted] if wanted else list(layouts.LAYOUTS)
    if shutil.which("pdflatex") is None:  # `make corpus-tools` said so; CI installs TeX Live
        skipped = [layout.name for layout in chosen if layout.name.startswith("latex:")]
        if skipped:
            print(f"pdflatex not found: skipping {', '.join(skipped)}", file=sys.stderr)
        chosen = [layout for layout in chosen if layout.name not in skipped]
    print(json.dumps(build(Path(args.out), args.per_layout, chosen)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
