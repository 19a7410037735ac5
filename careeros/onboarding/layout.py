"""Reading order from positions: a PDF page's characters grouped into segments (runs of text on
one baseline without a wide gap), segments into columns, columns into lines in reading order.

A page is split into columns at a gutter (a vertical band no segment crosses) only when both
sides hold text of their own (a sidebar, a second column). A side that is only dates, places or
repeated labels lined up beside the other (a date column, a Europass label column) belongs to
its rows, which are then read across. Lines that span the gutter (a header) split the page into
bands read top to bottom, each band's columns left to right.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace

# A date, a year range, a place: the attribute columns that are read with their rows.
_DATE_UNIT = (
    r"(?:\(?\b(?:19|20)\d{2}(?:[-.]\d{1,2}){0,2}\b\)?|\d{1,2}/\d{2,4}|[^\W\d_]{3,12}\.?,?\s+(?:19|20)\d{2}"
    # with a day: "January 17, 2024", "17 January 2024"
    r"|[^\W\d_]{3,12}\.?\s+\d{1,2},?\s+(?:19|20)\d{2}|\d{1,2}\.?\s+[^\W\d_]{3,12}\.?\s+(?:19|20)\d{2}"
    r"|(?:[^\W\d_]{3,9}\.?\s*)?['’‘]\d{2}\b"  # "Jan '19"
    r"|(?:19|20)\d{2}\.?\s+[^\W\d_]{3,12}\b\.?"  # the year first: "2019. március", "2016 June"
    r"|present|current|now|today)"
)
_ATTRIBUTE = re.compile(
    # (a range's second half on a line of its own, "– Sep 2025", is one too)
    # (and a range whose end's year went to the next line, "Nov 2019 - Feb")
    rf"^\s*(?:[-–—]\s*)?{_DATE_UNIT}(?:\s*(?:[-–—→~～]+|->|t ?o|until|bis)\s*"
    rf"(?:{_DATE_UNIT}|\d{{2}}|[^\W\d_]{{2,12}}\.?)?)?\s*$",  # (a word: "now" in any language)
    re.IGNORECASE,
)
_PLACE = re.compile(r"^[\w .'-]{2,30},\s*[\w .'-]{2,30}$")
# A level drawn beside a skill: "90%", "4/5", "4 of 5", stars.
_LEVEL = re.compile(r"^(?:\d{1,3}\s?%|\d{1,2}\s?(?:/|of)\s?\d{1,2}|[★☆●○]{3,10})$")


@dataclass
class Segment:
    text: str
    x0: float
    x1: float
    y: float  # baseline, from the top of the page (grows downward)
    size: float
    bold: float  # share of its characters in a bold face
    chars: int = 0
    italic: float = 0.0  # share of its characters in an italic face

    def followed_by(self, other: Segment, text: str) -> Segment:
        """This segment and `other` after it as one, reading `text`: where this one starts, as
        far as either reaches, its type the two's weighted by their characters."""
        chars = self.chars + other.chars
        return Segment(
            text=text,
            x0=self.x0,
            x1=max(self.x1, other.x1),
            y=self.y,
            size=self.size,
            bold=(self.bold * self.chars + other.bold * other.chars) / max(1, chars),
            chars=chars,
            italic=(self.italic * self.chars + other.italic * other.chars) / max(1, chars),
        )

    @property
    def width(self) -> float:
        return self.x1 - self.x0


@dataclass
class Row:
    """Segments on one baseline within one region: a line, with its parts as laid out."""

    segments: list[Segment] = field(default_factory=list)
    region: int = 0

    @property
    def y(self) -> float:
        return min(s.y for s in self.segments)

    @property
    def x0(self) -> float:
        return min(s.x0 for s in self.segments)

    @property
    def size(self) -> float:
        return max(s.size for s in self.segments)

    @property
    def bold(self) -> bool:
        total = sum(s.chars for s in self.segments) or 1
        return sum(s.bold * s.chars for s in self.segments) / total >= 0.6

    @property
    def italic(self) -> bool:
        total = sum(s.chars for s in self.segments) or 1
        return sum(s.italic * s.chars for s in self.segments) / total >= 0.6

    @property
    def cells(self) -> list[str]:
        return [s.text for s in sorted(self.segments, key=lambda s: s.x0)]


def _is_attribute(text: str) -> bool:
    text = text.strip()
    return bool(_ATTRIBUTE.match(text) or (_PLACE.match(text) and len(text.split()) <= 4))


def rows_of(segments: list[Segment], region: int = 0) -> list[Row]:
    """Group segments whose baselines agree (within a third of their size) into rows, top down."""
    rows: list[Row] = []
    for segment in sorted(segments, key=lambda s: (s.y, s.x0)):
        for row in rows[-3:]:
            if abs(row.y - segment.y) <= max(1.5, 0.35 * min(row.size, segment.size)):
                row.segments.append(segment)
                break
        else:
            rows.append(Row([segment], region))
    return sorted(rows, key=lambda r: (r.y, r.x0))


def _gutters(
    segments: list[Segment], left: float, right: float, min_gap: float, head: frozenset[int] = frozenset()
) -> list[float]:
    """x positions of vertical bands at least `min_gap` wide that (almost) no segment crosses: a
    few may (a header spanning both columns, a rule), and are read as bands of their own. The
    segments of `head` (a header's lines, see _head) may cross as they like."""
    width = int(right - left) + 2
    coverage = [0] * width
    for s in segments:
        if id(s) in head:
            continue
        for x in range(max(0, int(s.x0 - left)), min(width, int(s.x1 - left) + 1)):
            coverage[x] += 1
    tolerance = max(2, len(segments) // 20)
    gaps, start = [], None
    for x, count in enumerate([*coverage, tolerance + 1]):
        if count <= tolerance and start is None:
            start = x
        elif count > tolerance and start is not None:
            if x - start >= min_gap:
                gaps.append(left + (start + x) / 2)
            start = None
    return [g for g in gaps if left + min_gap < g < right - min_gap]


def _independent(side: list[Segment], other: list[Segment]) -> bool:
    """Does `side` hold text of its own, rather than attributes lined up beside `other`?"""
    if len(side) < len(other) and _headed_sidebar(side, other) and not _label_column(side, other):
        return True
    if _names_in_margin(side, other):
        return False  # section names down a margin, each beside its section's first line
    if _headings_side_by_side(side, other):
        return True  # however short: "EXPERIENCE" beside "SKILLS" opens two columns
    if len(side) < max(4, 0.2 * len(other)) and not (len(side) >= 3 and _dense(side)):
        return False  # a few labels in a margin (section names beside their sections)
    if _spread(side) > 0.5 and len(side) < 0.5 * len(other):
        return False  # section names down a margin, each beside its section
    if _spread(side) > 0.4 and _label_column(side, other):
        return False  # a label column: each short label (a date, "E-mail") on its entry's first line
    if _margin_of_sections(side, other):
        return False  # section names across the page, and labels beside the rows under them
    # marks alone (a bullet, the dash between a date's two lines) are no text of either kind
    side = [s for s in side if any(c.isalnum() for c in s.text)]
    if not side:
        return False
    attributes = sum(_is_attribute(s.text) for s in side)
    counts = Counter(s.text.strip() for s in side)
    # the same label again and again ("E-mail", "Name of employer"), not a bullet, a sentence
    # said twice or the end of one wrapped ("interview loop")
    repeated = sum(
        n
        for t, n in counts.items()
        if n >= 2 and len(t) <= 40 and len(t.split()) <= 5 and not t[:1].islower()
    )
    labels = sum(s.text.rstrip().endswith(":") or _section_name(s) for s in side)
    return (attributes + repeated + labels) / len(side) < 0.5


def _labelled_rows(lhs: list[Segment], rhs: list[Segment]) -> bool:
    """A table of rows inside a page of one column ("11/2023 - nay | Company" over "Vị trí: …"):
    beside the right side's lines, the left holds only dates or labels, each level with a row of
    the right side, while the rest of the left (a list of skills below, the name above) lies
    where the right side has nothing. The gutter is a table's, not the page's."""
    level = [s for s in lhs if any(abs(o.y - s.y) <= 0.35 * s.size for o in rhs)]
    if len(level) < 2 or not all(_is_attribute(s.text) or s.text.rstrip().endswith(":") for s in level):
        return False
    size = max(s.size for s in rhs)
    body = sorted(s.size for s in rhs)[len(rhs) // 2]
    top, bottom = min(o.y for o in rhs), max(o.y for o in rhs)
    beside = [s for s in lhs if top - size <= s.y <= bottom + size]

    # (a section's name between the table's rows, at the page's margin, is no column's text)
    def heading(s: Segment) -> bool:
        return len(s.text.split()) <= 5 and (s.size >= 1.1 * body or s.bold >= 0.9)

    return all(any(s is t for t in level) or heading(s) for s in beside)


def _dense(side: list[Segment]) -> bool:
    """Lines set one under the other (a short sidebar of contact details), not labels spread
    down a margin one beside each section."""
    ys = sorted(s.y for s in side)
    size = sorted(s.size for s in side)[len(side) // 2]
    return all(b - a <= 2.2 * size for a, b in itertools.pairwise(ys))


def _label_column(side: list[Segment], other: list[Segment]) -> bool:
    """Short labels, nearly each on the same baseline as a line of the other side."""
    if any(len(s.text.split()) > 4 and not _is_attribute(s.text) for s in side):
        return False  # words of their own, not labels (a date range may be five words)
    from careeros.onboarding.parser import heading_section

    def aligned(s: Segment) -> bool:
        return _beside(s, other)

    # Section headings in that margin, set larger or bolder or named as sections, may stand on
    # lines of their own (above their first entry): only the labels have to line up.
    size = sorted(s.size for s in side)[len(side) // 2]
    labels = [
        s
        for s in side
        if s.size <= 1.05 * size
        and s.bold < 0.5
        and (aligned(s) or not heading_section(s.text, joined=False))
    ] or side
    return sum(aligned(s) for s in labels) >= 0.8 * len(labels)


def _beside(s: Segment, other: list[Segment]) -> bool:
    """Is `s` on the same baseline as a segment of `other` (within a third of their size)?"""
    return any(abs(o.y - s.y) <= max(1.5, 0.35 * min(o.size, s.size)) for o in other)


def _section_name(s: Segment) -> bool:
    """Is `s` short and the name of a resume section ("Experience", "SKILLS")?"""
    from careeros.onboarding.parser import heading_section

    return len(s.text) <= 48 and bool(heading_section(s.text, joined=False))


def _names_in_margin(side: list[Segment], other: list[Segment]) -> bool:
    """Nothing but section names on `side`, two or more, each beside a line of the other side:
    the names of a one-column page's sections, set in its margin."""
    return len(side) >= 2 and all(_section_name(s) and _beside(s, other) for s in side)


def _headings_side_by_side(side: list[Segment], other: list[Segment]) -> bool:
    """A section name on `side` on the same baseline as a section name on the other side, in the
    same type: two columns, each opening with a section of its own."""
    return any(
        _section_name(s)
        and any(
            _beside(s, [o])
            and abs(o.size - s.size) <= 0.1 * s.size
            and abs(o.bold - s.bold) < 0.5
            and _section_name(o)
            for o in other
        )
        for s in side
    )


def _margin_of_sections(side: list[Segment], other: list[Segment]) -> bool:
    """A margin in a one-column page (a definition list's terms, a grid of dates): two or more
    section names on it, each on a row of its own (nothing on the other side: the name heads the
    whole width), and the rest short labels, each beside a line of the other side. Two columns
    of their own have their section names beside the other column's text, or not there at all."""
    names = [s for s in side if _section_name(s)]
    labels = [s for s in side if s not in names]
    return (
        len(names) >= 2
        and not any(_beside(s, other) for s in names)
        and bool(labels)
        and all(len(s.text.split()) <= 4 or _is_attribute(s.text) for s in labels)
        and sum(_beside(s, other) for s in labels) >= 0.8 * len(labels)
    )


def _spread(side: list[Segment]) -> float:
    """The share of a side's lines set far (over two lines' height) below the one before."""
    ys = sorted({round(s.y) for s in side})
    if len(ys) < 2:
        return 1.0
    size = sorted(s.size for s in side)[len(side) // 2]
    return sum(b - a > 2.5 * size for a, b in itertools.pairwise(ys)) / (len(ys) - 1)


def _horizontal_cuts(segments: list[Segment], body: float) -> list[list[Segment]]:
    """The region cut where a wide band of white runs across all of it (between a grid of
    skills and the section below it, between a header and the body): each part is then laid
    out on its own, so columns found in one part do not swallow the single column of another."""
    ordered = sorted(segments, key=lambda s: s.y - s.size)
    parts: list[list[Segment]] = [[ordered[0]]]
    bottom = ordered[0].y + 0.3 * ordered[0].size
    for s in ordered[1:]:
        top = s.y - s.size
        if top - bottom >= 1.6 * body:
            parts.append([])
        parts[-1].append(s)
        bottom = max(bottom, s.y + 0.3 * s.size)
    joined = [parts[0]]
    for part in parts[1:]:
        if _goes_on(joined[-1], part, body):
            joined[-1] = joined[-1] + part
        else:
            joined.append(part)
    return joined


def _goes_on(above: list[Segment], below: list[Segment], body: float) -> bool:
    """Is `below`, under a band of white, the rest of one column of `above` rather than a part
    of its own? So it is when all of it lies within that column's width, clear of the lines
    beside it, and that other column had already ended higher up: a sidebar longer than the
    main column goes on under it after a gap between its groups. (Below two columns that end
    together, or under a part that spans the page, the white is a real cut.)"""
    x0, x1 = min(s.x0 for s in below), max(s.x1 for s in below)
    side = [o for o in above if o.x0 >= x0 - body and o.x0 <= x1]
    beside = [o for o in above if o not in side]
    if not side or not beside:
        return False
    if any(o.x1 > x0 and o.x0 < x1 for o in beside):
        return False
    side_width = max(o.x1 for o in side) - min(o.x0 for o in side)
    return (
        max(o.y for o in beside) < max(o.y for o in side) - 2.0 * body
        # a sidebar beside the main column (lines wider than the whole sidebar), not one list
        # of a grid beside others
        and max(o.width for o in beside) >= 1.2 * side_width
    )


def split_columns(segments: list[Segment], body: float, depth: int = 0) -> list[list[Segment]]:
    """Segments in reading order, as a list of blocks (each a column's, or a band's, segments);
    more than one block means columns were found."""
    if not segments:
        return []
    parts = _horizontal_cuts(segments, body) if depth < 3 else [segments]
    if len(parts) > 1:
        return [block for part in parts for block in split_columns(part, body, depth + 1)]
    # A date at the end of a row (a job's dates, right-aligned) is read with its row:
    # it takes no part in finding columns and goes to the side of the text it follows.
    partner_of = _row_partners(segments)
    free = [s for s in segments if id(s) not in partner_of]
    left = min(s.x0 for s in free)
    right = max(s.x1 for s in free)
    if depth < 4 and len(free) >= 6:
        for gutter in _gutters(free, left, right, max(3.0, 0.5 * body), _head(free)):
            # A line that pokes a little over the gutter belongs to the side it mostly lies on;
            # only one that really spans both (a header) cuts the page into bands.
            side_of = {}
            crossing = []
            for s in free:
                if s.x1 <= gutter:
                    side_of[id(s)] = "left"
                elif s.x0 >= gutter:
                    side_of[id(s)] = "right"
                elif min(gutter - s.x0, s.x1 - gutter) < (0.2 if s.size >= 1.8 * body else 0.3) * s.width:
                    # (a name set large across the page crosses it when a fifth of it is over)
                    side_of[id(s)] = "left" if gutter - s.x0 > s.x1 - gutter else "right"
                else:
                    crossing.append(s)
            lhs = [s for s in free if side_of.get(id(s)) == "left"]
            rhs = [s for s in free if side_of.get(id(s)) == "right"]
            if len(crossing) > max(2, 0.15 * len(free)):
                continue
            if not (_independent(lhs, rhs) and _independent(rhs, lhs)):
                continue
            if _labelled_rows(lhs, rhs):
                continue
            overlap = min(max(s.y for s in lhs), max(s.y for s in rhs)) - max(
                min(s.y for s in lhs), min(s.y for s in rhs)
            )
            span = max(s.y for s in free) - min(s.y for s in free)
            if (
                overlap < 0.2 * span
                and not (overlap >= 0.05 * span and _headed_sidebar(lhs, rhs))
                and not _headings_side_by_side(lhs, rhs)
            ):
                band = _row_of_cards(segments, lhs, rhs, body)
                if band is not None:  # a row of two cards, then what follows on its own
                    upper, lower = band
                    return split_columns(upper, body, depth + 1) + split_columns(lower, body, depth + 1)
                continue
            for s in segments:
                partner = partner_of.get(id(s))
                if partner is not None:
                    side_of[id(s)] = side_of.get(id(partner), "right" if s.x0 >= gutter else "left")
            return _banded(segments, crossing, side_of, body, depth, _after_columns(lhs, rhs, body))
    return [segments]


def _row_of_cards(
    segments: list[Segment], lhs: list[Segment], rhs: list[Segment], body: float
) -> tuple[list[Segment], list[Segment]] | None:
    """A grid of cards whose last row has one card only (three jobs in two columns): the right
    side is a card of its own, set level with the top of the left side, which goes on alone
    below it. Then the page is cut under that row: the two cards are read one after the other,
    and the rest on its own. (None when the sides do not stand so.)"""
    if len(rhs) < 3 or len(lhs) < len(rhs) or not _independent(rhs, lhs):
        return None
    top, bottom = min(s.y for s in rhs), max(s.y for s in rhs)
    left_top = min(s.y for s in lhs)
    if top > left_top + 3 * body or not any(s.y > bottom + body for s in lhs):
        return None
    cut = bottom + 0.5 * body
    upper = [s for s in segments if s.y <= cut]
    lower = [s for s in segments if s.y > cut]
    if not upper or not lower or any(s.x0 < max(o.x1 for o in lhs if o.y <= cut) < s.x1 for s in rhs):
        return None
    return upper, lower


def _head(segments: list[Segment]) -> frozenset[int]:
    """The header over columns set close above them: up to five lines at the top, each a single
    run (a name, a headline, a line of contact details, centred or not), over a line of two or
    more parts (the columns' first lines side by side). Its lines cross any gutter below them
    and are read first, as a band of their own; they must not hide the gutter. Empty when the
    page does not start so."""
    rows = rows_of(segments)
    for count, row in enumerate(rows[:6]):
        if len(row.segments) > 1:
            return frozenset(id(s) for r in rows[:count] for s in r.segments) if count else frozenset()
        if _section_name(row.segments[0]):
            return frozenset()  # a section begins: what is above it is no header over columns
    return frozenset()


def _headed_sidebar(lhs: list[Segment], rhs: list[Segment]) -> bool:
    """A short column beside a long one is a sidebar, not a header's two halves, when it holds
    sections of its own: two headings with words between them that are not dates (a sidebar
    with little in it: "Skills", two items, "Languages"). Section names down a margin have
    nothing between them, and a date column only dates."""
    from careeros.onboarding.parser import RANGE, heading_section

    short = min(lhs, rhs, key=len)
    headed = [s for s in short if len(s.text) <= 48 and heading_section(s.text, joined=False)]
    if len(headed) < 2:
        return False
    top, bottom = min(s.y for s in headed), max(s.y for s in headed)
    smaller = 0.9 * min(s.size for s in headed)  # items, not more section names
    return any(
        top < s.y < bottom
        and s.size < smaller
        and s not in headed
        and not RANGE.search(s.text)
        and any(c.isalpha() for c in s.text)
        for s in short
    )


def _row_partners(segments: list[Segment]) -> dict[int, Segment]:
    """For each date that ends a row, the text it follows on that row."""
    partners: dict[int, Segment] = {}
    for s in segments:
        if _LEVEL.match(s.text.strip()):
            # a skill's level at the end of its row ("Python <gap> 90%", "Go <gap> 4/5")
            level_of = [
                o for o in segments if o is not s and o.x1 <= s.x0 and abs(o.y - s.y) <= 0.35 * s.size
            ]
            if level_of:
                partners[id(s)] = max(level_of, key=lambda o: o.x1)
            continue
        if not _ATTRIBUTE.match(s.text.strip()):
            continue
        before = [
            o
            for o in segments
            if o is not s
            and o.x1 <= s.x0
            and abs(o.y - s.y) <= max(1.5, 0.35 * min(o.size, s.size))
            and not _is_attribute(o.text)
        ]
        if before:
            partner = max(before, key=lambda o: o.x1)
            if s.x0 - partner.x1 > 3 * s.size and _starts_column_lines(s, segments):
                continue  # (a label just before its value, as in a Europass margin, is a row)
            partners[id(s)] = partner
    return partners


def _starts_column_lines(s: Segment, segments: list[Segment]) -> bool:
    """Does the date start a line of a column of its own (under a school in a right-hand column,
    its left edge where two or more of that column's lines start)? Then, far from the text on
    its left, it ends no row of the other column."""
    flush = [
        o
        for o in segments
        if o is not s and abs(o.x0 - s.x0) < max(1.0, 0.3 * o.size) and not _is_attribute(o.text)
    ]
    near = [o for o in flush if abs(o.x0 - s.x0) < 1.0 and abs(o.y - s.y) < 6 * s.size]
    # (or a main column's left edge, where many of the page's lines start, whatever the side
    # bearings of their first letters: a job's dates under its title, level by chance with an
    # item of the sidebar)
    return len(near) >= 2 or len(flush) >= 4


def _after_columns(lhs: list[Segment], rhs: list[Segment], body: float) -> list[float]:
    """Where the columns end and one side goes on alone with a section of its own: a heading
    (set larger or bold) below the last line of the other side. What follows it is read after
    both columns, not between them (a grid of skills in two columns, then Education under it)."""
    from careeros.onboarding.parser import heading_key, words  # the section names (parser imports us)

    cuts = []
    for short, long_ in ((lhs, rhs), (rhs, lhs)):
        end = max(s.y for s in short)
        below = sorted((s for s in long_ if s.y > end + 0.5 * body), key=lambda s: s.y)
        if not below or len(below) == len(long_):
            continue
        first = below[0]
        styled = first.size >= 1.15 * body or first.bold >= 0.5
        if styled and heading_key(first.text) in words()["headings"]:
            cuts.append(first.y - 0.1)
    return cuts


def _banded(segments, crossing, side_of, body, depth, extra_cuts=()) -> list[list[Segment]]:
    """Bands between the lines that span the gutter (and where a side goes on alone under a
    heading of its own), each band's left column, then its right."""
    cuts = sorted({s.y for s in crossing} | set(extra_cuts))
    blocks: list[list[Segment]] = []
    bounds = [float("-inf"), *cuts, float("inf")]
    for top, bottom in itertools.pairwise(bounds):
        band = [s for s in segments if top < s.y <= bottom and id(s) in side_of]
        for name in ("left", "right"):
            blocks += split_columns([s for s in band if side_of[id(s)] == name], body, depth + 1)
        if bottom != float("inf"):
            blocks.append([s for s in crossing if s.y == bottom])
    return [b for b in blocks if b]


_STARTS_WITH_DATE = re.compile(
    r"^\(?(?:[A-Za-z]{3,9}\.?,?\s+(?:\d{1,2},?\s+)?)?(?:18|19|20)\d{2}\b|^\d{1,2}/(?:18|19|20)\d{2}\b"
)
_LABELLED = re.compile(r"^[A-Za-z][\w &/+.-]{0,30}:\s")
_BULLET_ALONE = re.compile(r"^[•·▪◦●○■□➢►▸‣∙*\-–—✓✔➤→]$")
_BULLET_START = re.compile(r"^[•·▪◦●○■□➢►▸‣∙*\-–—✓✔➤→]")


# The words a line wrapped before its date (a heading whose date sits at a tab stop): "& Sons
# 02/2023 – 12/2026", "Developer" with the date beside it.
_WORDS_THEN_DATE = re.compile(
    r"^(\S(?:.{0,40}?\S)?)\s+(?=\(?(?:[A-Za-z]{3,9}\.?,?\s+)?(?:18|19|20)\d{2}\b|\d{1,2}/(?:18|19|20)\d{2}\b)"
)
_A_YEAR = re.compile(r"\b(?:18|19|20)\d{2}\b")
# A line that is a whole date range, perhaps with how long it lasted: "May 2022 - November 2026
# (4 years 7 months)", "2019 to Present". It is complete; what follows it is something else.
_WHOLE_RANGE = re.compile(
    r"^\(?(?:[A-Za-z]{3,9}\.?,?\s+)?(?:\d{1,2}/)?(?:18|19|20)\d{2}\s*(?:[-–—]|to|until)\s*"
    r"(?:(?:[A-Za-z]{3,9}\.?,?\s+)?(?:\d{1,2}/)?(?:18|19|20)\d{2}|present|current|now|today)\)?"
    r"(?:\s*[(·]\s*[^()]*\)?)?$",
    re.IGNORECASE,
)
_ENDS_OPEN = re.compile(r"(,|-|–|\b(and|or|of|the|a|an|to|in|for|with|on|at|by|from|&))$", re.IGNORECASE)


_DIGIT = re.compile(r"\d")


def join_table_rows(segments: list[Segment]) -> list[Segment]:
    """Put back a table's rows whose cells wrapped: a line of three or more cells, then a line
    just under it whose fewer cells each start where one of its cells starts, in the same type,
    holding no figure where the row above has one (its year or its grade: a row of its own would
    have it too) or going on where each cell above was left open ("Board /" over "University"),
    and each piece too long to have fitted after the line above it within its cell (the next
    cell's start; for the last cell, its longest line). Each piece joins the cell above it."""
    replaced: dict[int, Segment] = {}  # id of a segment of a row that went on -> what it became
    dropped: set[int] = set()
    host: list[list] = []  # per cell of the row being continued: [original, now, its last line's end]
    last_y = 0.0
    rows = rows_of(segments)
    # A table's columns start where they start on every row: a row whose cells' starts no other
    # row of three cells shares is no table's (a justified date's pieces: "Jan", "2021", "–").
    starts = [[s.x0 for s in r.segments] for r in rows if len(r.segments) >= 3]

    def tabled(cells: list[Segment]) -> bool:
        own = [c.x0 for c in cells]
        return (
            sum(
                all(
                    any(abs(x - y) <= max(2.0, 0.2 * c.size) for y in other)
                    for x, c in zip(own, cells, strict=True)
                )
                for other in starts
            )
            >= 2  # (itself and another)
        )

    for row in rows:
        everything = sorted(row.segments, key=lambda s: s.x0)
        # (a date's rest in its own cell, "March 4, 2019", is left to the parser's joining of
        # ranges; the other pieces of the line may still be the row's rest)
        cells = [c for c in everything if not _is_attribute(c.text)]
        if (
            len(host) >= 3
            and cells
            and len(everything) < len(host)
            and tabled([pair[0] for pair in host])
            and _continues_row(host, cells, row.y - last_y)
        ):
            for cell in cells:
                n = next(
                    n
                    for n, (_, now, _) in enumerate(host)
                    if abs(now.x0 - cell.x0) <= max(2.0, 0.2 * now.size)
                )
                original, current, _ = host[n]
                grown = replace(
                    current,
                    text=f"{current.text} {cell.text}",
                    x1=max(current.x1, cell.x1),
                    chars=current.chars + cell.chars,
                )
                host[n] = [original, grown, cell.x1]
                replaced[id(original)] = grown
                dropped.add(id(cell))
            last_y = row.y
            continue
        host = [[c, c, c.x1] for c in everything]
        last_y = row.y
    return [replaced.get(id(s), s) for s in segments if id(s) not in dropped]


def _continues_row(host: list[list], cells: list[Segment], gap: float) -> bool:
    """Is this line (`cells`) the rest of the table row `host` whose cells wrapped?"""
    now = [pair[1] for pair in host]
    size = max(s.size for s in now)
    under: list[int] = []
    for cell in cells:
        n = next((n for n, s in enumerate(now) if abs(s.x0 - cell.x0) <= max(2.0, 0.2 * size)), None)
        if n is None or n in under:
            return False
        under.append(n)
    if gap > 1.8 * size or any(_BULLET_START.match(c.text) for c in cells):
        return False
    for cell, n in zip(cells, under, strict=True):
        above = now[n]
        if abs(cell.bold - above.bold) >= 0.5 or abs(cell.size - above.size) >= 0.6:
            return False  # (a heading in bold after the table is no cell's rest)
        if n + 1 == len(now):
            # the last cell's width is not known: only a cell left open goes on ("Percentage /")
            if not (above.text.rstrip().endswith("/") or _ENDS_OPEN.search(above.text.rstrip())):
                return False
            continue
        # (the next cell's text starts past its border and both cells' padding)
        edge = now[n + 1].x0 - 1.0 * size
        if n + 1 < len(now) and cell.x1 > now[n + 1].x0:
            return False  # wider than the cell: a line of its own under the row (a description)
        first = cell.text.split(" ", 1)[0]
        per_char = cell.width / max(1, len(cell.text))
        if host[n][2] + 0.3 * size + per_char * len(first) <= edge:
            return False  # the word would have fitted on the line above: no wrap
    figure_missing = not any(_DIGIT.search(c.text) for c in cells) and any(_DIGIT.search(a.text) for a in now)
    open_above = all(
        now[n].text.rstrip().endswith("/") or _ENDS_OPEN.search(now[n].text.rstrip()) for n in under
    )
    goes_on = all(c.text[:1].islower() for c in cells)  # ("Stakeholder" over "management")
    return figure_missing or open_above or goes_on


def join_wrapped(segments: list[Segment], elsewhere: list[Segment] | None = None) -> list[Segment]:
    """Put lines that wrapped back together, within one column: a segment continues on the next
    line when that line starts at (or just after, under a bullet's text) its left edge, in the
    same type, and the next line's first word would not have fitted before the right edge its
    neighbours keep. Whether it wrapped is then read from what wrapping leaves: a bullet's text
    going on indented under it, a right margin that several lines reach, or a sentence left
    visibly open (a trailing comma or "and", a next line in lower case). Short items listed one
    per line stay items. `elsewhere` is the same column on the document's other pages: a short
    list alone on the last page does not wrap at its longest item when the lines above it on the
    page before, starting where it starts, went further."""
    if len(segments) < 2:
        return segments
    ordered = sorted(segments, key=lambda s: (s.y, s.x0))

    def to_the_right(y: float, x1: float, size: float) -> list[Segment]:
        return [s for s in ordered if abs(s.y - y) < 0.35 * size and s.x0 > x1]

    def wrapped_before_date(
        other: Segment, tail_y: float, tail_x1: float, tail_text: str, tail_bold: float, right: float
    ) -> bool:
        """A bold heading whose last words went to the next line with its date (set at a tab
        stop, the date did not fit beside them): "Preston Corp. — Backend" over "Developer" and
        the date; "… | Benson" over "& Sons 02/2023 – 12/2026". The line above has no date and
        nothing beside it, and the words go on in bold."""
        size = other.size
        if (
            tail_bold < 0.9
            or other.bold <= 0.1
            or _A_YEAR.search(tail_text)
            or to_the_right(tail_y, tail_x1, size)
        ):
            return False
        above = [s for s in ordered if 0.6 * size < tail_y - s.y < 1.8 * size]
        if any(_A_YEAR.search(s.text) for s in above):
            return False  # the line is an entry's second, under its dated first ("Company  2019 –")
        after = to_the_right(other.y, other.x1, size)
        dated_beside = any(_STARTS_WITH_DATE.match(s.text) for s in after)
        words = (
            other.text if dated_beside else (m.group(1) if (m := _WORDS_THEN_DATE.match(other.text)) else "")
        )
        if not words or len(words.split()) > 3 or _A_YEAR.search(words):
            return False
        # on the very next line, and the words with their date would not have fitted after the
        # line above: it wrapped
        needed = other.width + sum(0.25 * size + s.width for s in after)
        row_end = max([other.x1] + [s.x1 for s in after])
        return other.y - tail_y <= 1.5 * size and tail_x1 + 0.25 * size + needed > max(right, row_end) + 0.5

    merged: set[int] = set()
    out: list[Segment] = []
    for index, segment in enumerate(ordered):
        if index in merged:
            continue
        current = segment
        size = current.size
        family = [s for s in ordered if current.x0 - 1.0 <= s.x0 <= current.x0 + 2.5 * size]
        right = max(s.x1 for s in family)
        right = max([right] + [s.x1 for s in elsewhere or () if abs(s.x0 - current.x0) <= 1.0])
        margin_shared = sum(s.x1 >= right - 0.6 * size for s in family) >= 2
        bulleted = bool(_BULLET_START.match(current.text))
        # A cell with something beside it (a date to its right) wraps at that neighbour.
        beside = [
            s
            for s in ordered
            if s is not segment and abs(s.y - segment.y) < 0.35 * size and s.x0 > segment.x1
        ]
        cell_edge = min(s.x0 for s in beside) - 0.3 * size if beside else None
        tail_y, tail_x1, tail_text, tail_bold = segment.y, segment.x1, segment.text, segment.bold
        tail_italic = segment.italic
        while True:
            below = None
            for other_index in range(index + 1, len(ordered)):
                other = ordered[other_index]
                if other_index in merged:
                    continue
                dy = other.y - tail_y
                if dy < 0.6 * size:
                    continue
                if dy > 1.8 * size:
                    break
                # (a bullet's glyph and a letter start a point or so apart: side bearings)
                if (
                    current.x0 - max(1.0, 0.15 * size) <= other.x0 <= current.x0 + 2.5 * size
                    and abs(other.size - size) < 0.6
                ):
                    below = (other_index, other)
                    break
            if below is None:
                break
            other_index, other = below
            column = right - current.x0
            # what else stands on the line's row (read once: every rule below looks at it)
            row_mates = [s for s in ordered if s is not other and abs(s.y - other.y) < 0.35 * size]
            left_of = [s for s in row_mates if s.x1 <= other.x0 + 1.0]
            # its bullet drawn apart, at the left (a word processor's list)
            marked = any(_BULLET_ALONE.match(s.text) for s in left_of)
            # a short label just at its left on its row (a table's label cell, a date column):
            # a row of its own, not the rest of the line above
            labelled = any(
                other.x0 - 4 * size < s.x1
                and len(s.text.split()) <= 4
                and not re.fullmatch(r"[A-Z]{1,3}", s.text.strip())  # (a badge of initials)
                for s in left_of
            )
            # a date at its left on its row (a table's date column): a row of its own; under a
            # bullet, a date at its right too (the next entry's header: "Title at Company <gap>
            # 11/2023 – 06/2024", starting where the bullet's glyph does)
            dated_left = any(s.x1 <= other.x0 and _is_attribute(s.text) for s in left_of) or (
                bulleted and any(s.x0 >= other.x1 and _is_attribute(s.text) for s in row_mates)
            )
            # a cell at its left on its row that starts where a cell at the left of the line
            # above starts (in a table of three columns or more): the next row, not the rest of
            # this row's cell
            next_row = len(row_mates) >= 2 and any(
                s.x1 <= other.x0
                and any(
                    abs(t.y - tail_y) < 0.35 * size
                    and t.x1 <= current.x0
                    and abs(s.x0 - t.x0) <= max(2.0, 0.2 * size)
                    for t in ordered
                )
                for s in left_of
            )
            left_open = bool(_ENDS_OPEN.search(tail_text.rstrip()))  # "West Institute of"
            # (under a line that is no bullet, a line set in by an indent is a list's item whose
            # glyph the text layer lacks, not the line's rest: a wrapped line starts where it did)
            indented = not bulleted and other.x0 > current.x0 + 0.6 * size and not left_open
            if (
                _BULLET_START.match(other.text)
                or marked
                or indented
                or dated_left
                or next_row
                or (labelled and not left_open)
                or _STARTS_WITH_DATE.match(other.text)
                or _LABELLED.match(other.text)
                or _WHOLE_RANGE.match(tail_text.strip())
                or column < 8 * size
            ):
                break  # a bullet, a date or a label ("Frontend: …") starts something new
            first = other.text.split(" ", 1)[0]
            per_char = other.width / max(1, len(other.text))
            no_room = tail_x1 + 0.3 * size + per_char * len(first) > right + 0.5
            reach = (tail_x1 - current.x0) / column
            goes_on = other.text[:1].islower() or left_open
            hanging = bulleted and other.x0 >= current.x0 + 0.5 * size
            # two short items one under the other (chips wrapping in rows, a list): a shared
            # right edge alone does not make them one wrapped line
            short_items = (
                len(tail_text.split()) <= 3
                and len(other.text.split()) <= 3
                and not bulleted
                and any(s.x0 > other.x1 for s in row_mates)
            )
            if (other.bold <= 0.1 and tail_bold >= 0.9) or (other.bold >= 0.9 and tail_bold <= 0.1):
                break  # a change of weight starts something new (a label, a school under a degree)
            if abs(other.italic - tail_italic) >= 0.8:
                break  # so does a change to or from italics (a school set in italics)
            in_cell = (
                cell_edge is not None
                and other.x1 <= cell_edge + 0.5 * size  # (the rest stays within the cell's width)
                and tail_y == segment.y
                and len(other.text.split()) <= 4
                and tail_x1 + 0.3 * size + per_char * len(first) > cell_edge
                and (tail_x1 - current.x0) / max(1.0, cell_edge - current.x0) >= 0.75
                and not any(s.x0 > other.x1 for s in row_mates)
            )
            # Bold to the column's edge, going on in bold in one word: a title or a degree too
            # long for a narrow column ("… in Data" over "Science"). (Two bold lines of some
            # words each are more often two things: a school over its degree.)
            bold_run = (
                reach >= 0.9 and tail_bold >= 0.9 and other.bold >= 0.9 and len(other.text.split()) == 1
            )
            if (
                not in_cell
                and not wrapped_before_date(other, tail_y, tail_x1, tail_text, tail_bold, right)
                and not (
                    no_room
                    and (
                        hanging
                        or (reach >= 0.8 and margin_shared and not short_items)
                        or (reach >= 0.7 and goes_on)
                        or (reach >= 0.4 and left_open)
                        or bold_run
                    )
                )
            ):
                break
            hyphen = tail_text.endswith("-") and tail_text[-2:-1].isalpha()
            # "Bruijn-" over "Pieters" is one double name; "experi-" over "ence" one word; a
            # compound broken at its own hyphen keeps it ("Test-" over "driven", "scikit-" over
            # "learn")
            joiner = "" if hyphen else " "
            compound = hyphen and hyphenated_compound(tail_text.split()[-1], first)
            kept = current.text[:-1] if hyphen and first[:1].islower() and not compound else current.text
            current = current.followed_by(other, kept + joiner + other.text)
            merged.add(other_index)
            tail_y, tail_x1, tail_text, tail_bold = other.y, other.x1, other.text, other.bold
            tail_italic = other.italic
        out.append(current)
    return out


# Second halves of English compounds written with a hyphen, where a line may break
_COMPOUND_ENDS = frozenset(
    """driven based oriented facing end time scale level source stack learn commerce making solving
    service native aware free friendly specific wide related term house hoc party class quality
    critical agnostic ready first depth grained tier functional cutting edge page""".split()
)


def hyphenated_compound(left: str, right: str) -> bool:
    """Was "left" (ending in its hyphen) over "right" a word written with a hyphen, not one word
    hyphenated to fit the line? So it is when the second half is a compound's ("-driven",
    "-based") or the two make a skill the taxonomy knows ("scikit-learn")."""
    from careeros.onboarding import taxonomy

    second = re.sub(r"\W+$", "", right).lower()
    joined = re.sub(r"^\W+", "", left) + re.sub(r"\W+$", "", right)
    return second in _COMPOUND_ENDS or taxonomy.load().lookup(joined) is not None


def body_size(segments: list[Segment]) -> float:
    sizes: Counter[float] = Counter()
    for s in segments:
        sizes[round(s.size * 2) / 2] += s.chars
    return sizes.most_common(1)[0][0] if sizes else 10.0
