"""Every layout of the resume corpus, one small resume each, rendered here and read back: a layout
whose reading breaks (a theme's new version, a TeX class, a parser change) fails the suite.

The full corpus (hundreds of files) is built and scored by bench/resume_accuracy.py, not here.
The tools a layout needs (Chromium and the npm themes, TeX Live, LibreOffice, wkhtmltopdf,
RenderCV) are installed by `make test` under CI; elsewhere a layout whose tool is missing is
skipped and says which.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from careeros.onboarding.detect import detect_kind
from careeros.onboarding.extract import read
from careeros.onboarding.parser import parse
from tests.conftest import BACKEND

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "bench" / "corpus"
sys.path.insert(0, str(CORPUS))
sys.path.insert(0, str(ROOT / "bench"))

layouts = pytest.importorskip("layouts", reason="bench/corpus needs the bench extra (Faker)")
import build  # noqa: E402
from resume_accuracy import score  # noqa: E402

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(BACKEND != "sqlite", reason="the corpus layouts are read in the SQLite leg"),
]


def _missing_tool(layout) -> str | None:
    if layout.kind == "pdf" and not shutil.which("pdftotext"):
        return "pdftotext (poppler-utils), the reference text for the ground truth"
    if layout.family in ("theme", "html"):
        if not (
            os.environ.get("CAREEROS_CHROMIUM")
            or shutil.which("chromium")
            or shutil.which("chromium-browser")
        ):
            return "Chromium (apt-get install chromium)"
        if (
            layout.family == "theme"
            and not (CORPUS / "node_modules" / f"jsonresume-theme-{layout.name.split(':')[1]}").exists()
        ):
            return "the npm themes (npm ci in bench/corpus)"
    if layout.family == "latex":
        if not shutil.which("pdflatex"):
            return "TeX Live (apt-get install texlive-latex-extra texlive-fonts-extra)"
        for needed in (
            "moderncv.cls",
            "europecv.cls",
            "paracol.sty",
            "fontawesome5.sty",
            "simplecv.cls",
            "curve.cls",
            "ltxtable.sty",
            "europasscv.cls",
            "soul.sty",
            "moderntimeline.sty",
            "etaremune.sty",
            "ReadableCV.cls",
            "roboto.sty",
            "harnon-cv.cls",
        ):
            if not subprocess.run(["kpsewhich", needed], capture_output=True, text=True).stdout.strip():
                return f"{needed} (texlive-latex-extra, texlive-fonts-extra, texlive-plain-generic)"
    if layout.family == "wkhtml" and not shutil.which("wkhtmltopdf"):
        return "wkhtmltopdf (apt-get install wkhtmltopdf)"
    if layout.family == "office" and not (shutil.which("soffice") or shutil.which("libreoffice")):
        return "LibreOffice Writer (apt-get install libreoffice-writer-nogui)"
    if layout.family == "rendercv" and importlib.util.find_spec("rendercv") is None:
        return "RenderCV (pip install 'rendercv[full]', the bench extra)"
    if layout.family == "typst" and importlib.util.find_spec("typst") is None:
        return "Typst (pip install typst, which the bench extra's RenderCV brings)"
    return None


BASELINE = Path(__file__).with_name("baseline.json")
# How far below its recorded figure a field may fall (fonts and tool versions differ a little
# between machines) before the layout counts as broken.
SLACK = 0.2


def _read_back(layout, folder: Path) -> dict:
    """Render the layout's first resume into `folder`, read it, and score it against its truth."""
    build.build(folder, 1, [layout])
    record = json.loads((folder / "manifest.json").read_text())[0]
    path = folder / record["file"]
    truth = json.loads(path.with_suffix(".truth.json").read_text())
    data = path.read_bytes()
    got = parse(read(data, detect_kind(data)))
    return {field: tally.f1 for field, tally in score(got, truth).items()}


@pytest.mark.parametrize("layout", layouts.LAYOUTS, ids=lambda layout: layout.name)
def test_one_resume_per_layout_reads_back(layout, tmp_path):
    """Each layout's resume reads at least as well as it did when the baseline was recorded
    (tests/corpus/baseline.json, `python -m tests.corpus.test_layouts`): a layout that breaks, or
    a parser change that breaks one, fails here. The figures themselves are the benchmark's."""
    missing = _missing_tool(layout)
    if missing:
        message = f"{layout.name} needs {missing}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message + "; `make test` installs it under CI", pytrace=False)
        pytest.skip(message)
    recorded = json.loads(BASELINE.read_text()).get(layout.name)
    assert recorded is not None, f"no baseline for {layout.name}: run python -m tests.corpus.test_layouts"
    figures = _read_back(layout, tmp_path)
    fallen = {f: (figures[f], recorded[f]) for f in recorded if figures[f] < recorded[f] - SLACK}
    assert not fallen, f"{layout.name} reads worse than recorded (now, then): {fallen}"
    # whatever else, a resume in a supported layout yields its owner's name and address
    assert figures["name"] == 1.0 or recorded["name"] < 1.0, figures
    assert figures["email"] == 1.0 or recorded["email"] < 1.0, figures


if __name__ == "__main__":  # record the baseline: python -m tests.corpus.test_layouts
    import tempfile

    baseline = {}
    for layout in layouts.LAYOUTS:
        if _missing_tool(layout):
            raise SystemExit(f"{layout.name} needs {_missing_tool(layout)}")
        with tempfile.TemporaryDirectory() as folder:
            baseline[layout.name] = _read_back(layout, Path(folder))
    BASELINE.write_text(json.dumps(baseline, indent=1, sort_keys=True) + "\n")
    print(json.dumps(baseline, indent=1, sort_keys=True))
