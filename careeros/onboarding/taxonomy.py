"""The skills taxonomy (careeros/data/skills.txt): canonical names for what resumes call skills.

"ML" becomes "Machine Learning", "k8s" becomes "Kubernetes". Short or everyday aliases ("R",
"Go", "Swift", "research") only count when they are a whole skill item, never inside prose,
where they would mostly be ordinary words.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "skills.txt"
_EVERYDAY = frozenset(
    """go r c rust swift ruby spring express ember lean growth sales research writing strategy editing
teaching hiring finance marketing legal law operations consulting chef puppet ray beam glue hive
ionic flask sketch notion asana unity compliance physics chemistry mathematics economics healthcare
logistics procurement accounting translation caching networking communication leadership
collaboration pr hr ai ml dl cv rl qa iam nas bi ux lambda ecs emr iot shell sh ts tf pr js py dsp
gis cad""".split()
)


@dataclass(frozen=True)
class Taxonomy:
    canonical: dict[str, str]  # lowercase alias (and name) -> canonical name
    categories: dict[str, str]  # canonical name -> category
    prose: re.Pattern  # aliases safe to find inside running text

    def lookup(self, item: str) -> str | None:
        return self.canonical.get(_key(item))

    def in_item(self, item: str) -> list[str]:
        """Canonical skills in one skill item: the item itself, or the skills named inside it
        ("Docker and Kubernetes", "SQL and NoSQL databases (MySQL, MongoDB)")."""
        whole = self.lookup(item)
        if whole:
            return [whole]
        found = []
        for piece in re.split(r"\s*(?:,|;|/|\band\b|&|\(|\))\s*", item):
            name = self.lookup(piece) if piece else None
            if name and name not in found:
                found.append(name)
        for name in self.in_text(item):
            if name not in found:
                found.append(name)
        return found

    def in_text(self, text: str) -> list[str]:
        found = []
        for match in self.prose.finditer(text):
            name = self.canonical[_key(match.group(0))]
            if name not in found:
                found.append(name)
        return found

    def normalise(self, items: list[str], text: str = "") -> list[str]:
        """Canonical skills: those of the skill items first, in order, then any the text names."""
        result: list[str] = []
        for name in [n for item in items for n in self.in_item(item)] + self.in_text(text):
            if name not in result:
                result.append(name)
        return result


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower().rstrip("."))


@functools.cache
def load(path: Path = DATA) -> Taxonomy:
    canonical: dict[str, str] = {}
    categories: dict[str, str] = {}
    category = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            category = line[1:-1]
            continue
        names = [n.strip() for n in line.split("|") if n.strip()]
        categories[names[0]] = category
        for name in names:
            canonical.setdefault(_key(name), names[0])
    prose_aliases = sorted((a for a in canonical if a not in _EVERYDAY and len(a) > 2), key=len, reverse=True)
    prose = re.compile(
        r"(?<![\w+#.])(?:" + "|".join(re.escape(a) for a in prose_aliases) + r")(?![\w+#]|\.\w)",
        re.IGNORECASE,
    )
    return Taxonomy(canonical, categories, prose)
