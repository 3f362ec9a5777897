"""A printed page's running header and footer, and the footnotes over the footer.

A page printed to PDF and saved as text (pdftotext) parts its pages with a form feed, and a
browser's print sets its own lines at each page's top and foot: the time of printing and
the page's title (`5/16/24, 10:32 AM  Employment promotion: news | ILO`), the address and
a page counter (`https://www.ilo.org/... 2/3`). They are the printer's, not the page's.
"""
from __future__ import annotations

import re

from pipeline.text import WEB_ADDRESS

# a running header or footer has this many lines at most
RUNNING_LINES = 2
# a running line repeats at the same end of this many pages or more (the first page's top
# and the last page's foot aside)
RUNNING_PAGES = 2

_DIGITS = re.compile(r"\d+")
# a print's time stamp, at the head of its running header: `5/16/24, 10:32 AM`, `16.05.2024 10:32`
_STAMP = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}\b")
# a page counter, at the end of a running footer: `... news 2/3`, `Page 2 of 3`, `2`, `- 2 -`
_COUNTER = re.compile(r"(?:^|\s)(?:page\s+)?(?P<n>\d{1,4})\s*(?:/|of)\s*(?P<of>\d{1,4})$"
                      r"|^(?:page\s+)?[-–]?\s*\d{1,3}\s*[-–]?$", re.I)


def page_starts(raws: list[str]) -> list[int]:
    """Where each page starts, as indexes of `raws` (the dump's lines, form feeds kept in
    them): a form feed at a line's start starts that line's page; elsewhere, the next
    line's."""
    starts = [0]
    for at, raw in enumerate(raws):
        if "\f" in raw:
            start = at if raw.startswith("\f") else at + 1
            if start > starts[-1]:
                starts.append(start)
    return starts


def running_lines(texts: list[str], starts: list[int]) -> set[int]:
    """The indexes of the lines (`texts`: the lines with no form feeds) that are a print's
    running header or footer.

    A line at a page's top (its first lines with text) or foot (its last) is the printer's
    when it repeats, its digits aside, at that end of every page but the first (for a
    header) or the last (for a footer); or when its shape is a print's: a header led by a
    time stamp, a footer ended by a page counter. Next to a running line, an address alone
    is one too.
    """
    pages = [[at for at in range(start, end) if texts[at].strip()]
             for start, end in zip(starts, [*starts[1:], len(texts)])]
    pages = [page for page in pages if page]
    if len(pages) < 2:
        return set()
    found: set[int] = set()
    for ends, shaped in (([page[:RUNNING_LINES] for page in pages], _stamped),
                         ([page[::-1][:RUNNING_LINES] for page in pages], _counted)):
        for depth in range(RUNNING_LINES):
            at_depth = [end[depth] for end in ends
                        if len(end) > depth and (depth == 0 or end[depth - 1] in found)]
            # a header need not be on the first page, a footer on the last
            others = at_depth[1:] if shaped is _stamped else at_depth[:-1]
            repeated = {_shape(texts[at]) for at in others}
            common = repeated.pop() if len(others) >= RUNNING_PAGES and len(repeated) == 1 else None
            if common is None and _numbered(texts, at_depth, len(pages)):
                common = _shape(texts[at_depth[0]])  # (two pages: `Monitor, Issue 27   1`, `... 2`)
            for at in at_depth:
                if _shape(texts[at]) == common or (shaped(texts[at]) if depth == 0 else _address(texts[at])):
                    found.add(at)
    return found | _footnotes(texts, starts, found)


# a footnote's first line: its number, then its text (`1 Work Injury Benefits Regulations, 2024.`)
_NOTE = re.compile(r"\s*(?P<n>\d{1,2})\s+\S")
# a note's call: its number glued to a word or to the stop after it (`scheme.1`, `waived2`)
# (a capital before it makes a name: `G20`, `COVID19`)
_CALL = re.compile(r"[^\W\d_A-Z][.,;:)’”'\"]?(\d{1,2})(?!\d)")


def _footnotes(texts: list[str], starts: list[int], running: set[int]) -> set[int]:
    """The indexes of a print's footnotes: at a page's foot, right over its running footer,
    the last paragraph when it opens with a number that the page's text above calls, glued
    to a word or its stop (`... the scheme.1`), and each of its lines opens with a number so
    called or carries on the note above. They are the page's notes, no item's text."""
    notes: set[int] = set()
    for start, end in zip(starts, [*starts[1:], len(texts)]):
        foot = next((at for at in range(end - 1, start - 1, -1) if texts[at].strip()), None)
        if foot not in running:
            continue  # (no footer under them: a print's notes stand over one)
        kept = [at for at in range(start, end) if at not in running]
        while kept and not texts[kept[-1]].strip():
            kept.pop()
        block: list[int] = []
        while kept and texts[kept[-1]].strip():
            block.insert(0, kept.pop())
        if not kept or not block:
            continue
        above = " ".join(texts[at] for at in kept)
        called = {int(n) for n in _CALL.findall(above)}
        first = _NOTE.match(texts[block[0]])
        if first and int(first["n"]) in called and all(
                not (m := _NOTE.match(texts[at])) or int(m["n"]) in called for at in block):
            notes.update(block)
    return notes


def _numbered(texts: list[str], at_depth: list[int], pages: int) -> bool:
    """Whether lines at one end of every page share their shape and end with the pages'
    numbers, 1, 2, 3... (a running line even where the pages are too few to repeat it)."""
    if len(at_depth) != pages or len({_shape(texts[at]) for at in at_depth}) != 1:
        return False
    numbers = [_DIGITS.findall(texts[at])[-1:] for at in at_depth]
    return all(n == [str(page)] for page, n in enumerate(numbers, start=1)) and texts[at_depth[0]].rstrip()[-1:].isdigit()


def _shape(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.split()))


def _stamped(text: str) -> bool:
    return bool(_STAMP.match(text.strip()))


def _counted(text: str) -> bool:
    m = _COUNTER.search(text.strip())
    if m is None:
        return False
    return m["of"] is None or 1 <= int(m["n"]) <= int(m["of"])  # (`2023/24` is no counter)


def _address(text: str) -> bool:
    return bool(WEB_ADDRESS.fullmatch(text.strip())) or _stamped(text)
