"""Two columns of text set side by side (`pdftotext -layout` of a two-column report).

Each line holds a line of the left column, a gutter of spaces, and a line of the right
column, the right column's text starting at one column (`R`) on every line. Read as lines,
the two stories interleave; read as a reader reads them, the left column comes first, then
the right one.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter

# the gutter between two columns: this many spaces at least
GUTTER = 3
# two columns are set side by side where this many lines or more have text on both sides
# of the same gutter (and on three lines anywhere, words on both sides: `_prose`)
SIDE_BY_SIDE = 3

_GAP = re.compile(rf"\S( {{{GUTTER},}})(?=\S)")
# a gutter between texts, found fast: the search starts from the spaces, not from each character
_GAPS = re.compile(rf"{' ' * GUTTER}(?<=\S{' ' * GUTTER}) *(?=\S)")


def side_by_side(text: str) -> bool:
    """Whether a dump may set text in two columns: gutters on SIDE_BY_SIDE lines or more (a
    first test, quick)."""
    return sum(1 for _ in itertools.islice(_GAPS.finditer(text), SIDE_BY_SIDE)) == SIDE_BY_SIDE


def column_regions(raws: list[str], breaks: set[int] = frozenset()) -> list[tuple[int, int, int]]:
    """The runs of lines set in two columns: (first, past, where the right column starts),
    as indexes of `raws` and a column. A run is lines that all keep to one gutter: blank,
    with text left of it only, or with the right column's text starting right at its end;
    a line whose text crosses the gutter, or sets text in it, ends a run, and so does a
    page break (`breaks`: the indexes of the pages' first lines)."""
    starts = Counter(m.end(1) for raw in raws if "   " in raw for m in _GAP.finditer(raw.rstrip())
                     if _prose(raw[:m.start(1)]) and _prose(raw[m.end(1):]))
    regions: list[tuple[int, int, int]] = []
    for right, seen in starts.most_common(2):
        if seen < SIDE_BY_SIDE:
            break
        at = 0
        while at < len(raws):
            if _sides(raws[at], right) != 2 or any(first <= at < past for first, past, _ in regions):
                at += 1
                continue
            first, past = at, at
            while first > 0 and first not in breaks and _sides(raws[first - 1], right) is not None:
                first -= 1
            past += 1
            while past < len(raws) and past not in breaks and _sides(raws[past], right) is not None:
                past += 1
            while not raws[first].strip():  # (blank lines around the run are no column's)
                first += 1
            while not raws[past - 1].strip():
                past -= 1
            if sum(_sides(raw, right) == 2 for raw in raws[first:past]) >= SIDE_BY_SIDE:
                regions.append((first, past, right))
            at = past
    return sorted(regions)


def _sides(raw: str, right: int) -> int | None:
    """How many sides of the gutter ending at `right` a line has text on (0, 1 or 2); None
    when the line does not keep to that gutter."""
    raw = raw.rstrip()
    if len(raw) <= right - GUTTER:  # (ends left of the gutter)
        return 1 if raw.strip() else 0
    if len(raw) <= right or raw[right - GUTTER:right].strip() or raw[right] == " ":
        return None
    return 2 if raw[:right].strip() else 1


def _prose(text: str) -> bool:
    """Words of a column's text, not a marker or a cell (`-`, `2024`): two words or more."""
    return " " in text.strip()


def halves(raw: str, right: int) -> tuple[str, str]:
    """A line of a two-column run, as its left column's text and its right column's."""
    return raw[:right].rstrip(), raw[right:]
