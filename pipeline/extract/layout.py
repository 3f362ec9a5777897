"""From classified lines to listing entries.

Two structures make an entry, and the parser reads both wherever they occur:

* a list entry: a list marker (`1.`, `-`, `•`...) opens it; it runs to the next
  marker, a date heading, or a line indented less than its content. Every list
  entry is an entry, dated or not.
* a dated block outside any list: a date line with a title above it. The title
  is the line right above the date; above the title may stand a label and a
  photo credit; the first paragraph after the date is the summary. Undated
  blocks outside lists (intros, navigation, quotes, promo tiles) are not entries.

Headings (`October 2020`, `2012`, or a short line standing alone outside a list
entry) set the section of the entries that follow them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.dates import DateLine
from pipeline.extract.lines import Line, continues, is_heading_like


@dataclass(frozen=True)
class Entry:
    """One listing entry as the dump shows it: raw field texts, lines joined by newlines."""

    source: str
    line: int
    title: str | None
    label: str | None = None
    credit: str | None = None
    date_line: str | None = None
    summary: str | None = None
    section: str | None = None
    marker: str | None = None
    lines: tuple[int, ...] = field(default=(), compare=False)
    date: DateLine | None = field(default=None, compare=False, repr=False)  # date_line, read


Unit = list[Line]  # one field's worth of lines


def _text(unit: Unit | None) -> str | None:
    if not unit:
        return None
    return "\n".join(line.text for line in unit if line.text) or None


def _paragraphs(lines: list[Line]) -> list[Unit]:
    """Runs of non-blank lines, split at blank lines."""
    paragraphs: list[Unit] = [[]]
    for line in lines:
        if line.text:
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    return [p for p in paragraphs if p]


def _units(lines: list[Line]) -> list[Unit]:
    """The field-sized pieces of some lines.

    Where fields are set apart by blank lines, a paragraph is one field (a wrapped
    title stays whole); where they are not, each line is one, except a line that
    only carries on the sentence of the line above.
    """
    paragraphs = _paragraphs(lines)
    if len(paragraphs) > 1:
        return paragraphs
    units: list[Unit] = []
    for line in paragraphs[0] if paragraphs else []:
        special = line.date or line.is_credit
        if units and not special and not units[-1][-1].date and continues(units[-1][-1].text, line.text):
            units[-1].append(line)
        else:
            units.append([line])
    return units


@dataclass
class _Fields:
    title: Unit | None = None
    label: list[Unit] = field(default_factory=list)
    credit: list[Unit] = field(default_factory=list)
    date: Line | None = None
    summary: list[Unit] = field(default_factory=list)


def _split_head(head: list[Unit]) -> _Fields:
    """Credit, label and title from the units above a date line (title last)."""
    fields = _Fields()
    for unit in head:
        (fields.credit if unit[0].is_credit else fields.label).append(unit)
    if fields.label:
        fields.title = fields.label.pop()
    return fields


def _list_entry_fields(units: list[Unit], label_layout: bool) -> _Fields:
    """Assign the units of one list entry to fields."""
    dated = next((i for i, u in enumerate(units) if u[0].date and i > 0
                  and not all(x[0].is_credit for x in units[:i])), None)
    if dated is None and units and units[0][0].date and len(units) > 1:
        # A date first, then the title: the date line opens the entry.
        return _Fields(title=units[1], date=units[0][0], summary=units[2:])
    if dated is not None:
        fields = _split_head(units[:dated])
        fields.date = units[dated][0]
        fields.summary = units[dated + 1:]
        return fields
    # No date line: the order is [credit] [label] title [summary...].
    fields = _Fields()
    rest = list(units)
    while rest and rest[0][0].is_credit:
        fields.credit.append(rest.pop(0))
    if not rest:
        return fields
    first = _text(rest[0]) or ""
    if len(rest) >= 3 and is_heading_like(first):
        fields.label, fields.title, fields.summary = [rest[0]], rest[1], rest[2:]
    elif len(rest) == 2 and label_layout and is_heading_like(first) and not _is_prose(rest[1]):
        fields.label, fields.title = [rest[0]], rest[1]
    else:
        fields.title, fields.summary = rest[0], rest[1:]
    return fields


def _is_prose(unit: Unit) -> bool:
    """Sentences rather than a headline: ends like a sentence and runs long."""
    text = _text(unit) or ""
    return text.endswith((".", "!", "?", ".”", '."')) and len(text.split()) >= 12


@dataclass
class _ListEntry:
    lines: list[Line]      # the marker line and everything up to the entry's end
    continued: bool        # the same list goes on with the next marker


def _take_list_entry(lines: list[Line], start: int) -> tuple[_ListEntry, int]:
    """The list entry opened at `start`, and the index just past it."""
    opener = lines[start]
    body = [line for line in lines[start + 1:start + 40] if line.text or line.marker]
    nested = bool(body) and not body[0].marker and body[0].indent > opener.indent
    end = start + 1
    while end < len(lines):
        line = lines[end]
        if line.marker or line.is_date_heading:
            break
        if nested and line.text and line.indent <= opener.indent:
            break
        end += 1
    following = lines[end] if end < len(lines) else None
    continued = bool(following and following.marker and (
        following.ordinal == opener.ordinal + 1 if opener.ordinal is not None
        else following.marker == opener.marker))
    return _ListEntry(lines[start:end], continued), end


def _trim_list_tail(entry: _ListEntry, opener: Line) -> tuple[list[Line], list[Line]]:
    """Split off what follows an entry but belongs to the page (a heading, an intro).

    Where entries are indented under their markers, or a numbered list runs on,
    everything up to the entry's end is the entry's. In a flat list, a contact
    line, or a lone short line just before the next marker (a list heading such
    as `Events & meetings`), is the page's; and where the list ends, so is every
    paragraph after the entry's first summary paragraph.
    """
    lines = entry.lines
    body = [line for line in lines[1:] if line.text]
    nested = bool(body) and body[0].indent > opener.indent
    if nested or (entry.continued and opener.ordinal is not None):
        return lines, []
    paragraphs = _paragraphs(lines)
    dated = next((i for i, p in enumerate(paragraphs) if any(line.date for line in p)), None)
    if dated is not None:
        summary_inside = not paragraphs[dated][-1].date
        first_free, limit = dated + 1, dated + (1 if summary_inside else 2)
    else:
        first_free, limit = 1, 3  # [label] title [summary]
    for at in range(first_free, len(paragraphs)):
        paragraph = paragraphs[at]
        lone_heading = (at == len(paragraphs) - 1 and len(paragraph) == 1
                        and is_heading_like(paragraph[0].text))
        if paragraph[0].is_contact or lone_heading or (not entry.continued and at >= limit):
            cut = lines.index(paragraph[0])
            return lines[:cut], lines[cut:]
    return lines, []


def _entry(source: str, first_line: int, fields: _Fields, section: str | None,
           marker: str | None, lines: list[Line]) -> Entry:
    lead = fields.date.date.lead if fields.date and fields.date.date else None
    summary_text = "\n".join(t for t in [lead, *(_text(u) for u in fields.summary)] if t) or None
    return Entry(
        source=source,
        line=first_line,
        title=_text(fields.title),
        label="\n".join(_text(u) for u in fields.label) or None,
        credit="\n".join(_text(u) for u in fields.credit) or None,
        date_line=fields.date.text if fields.date else None,
        summary=summary_text,
        section=section,
        marker=marker,
        lines=tuple(line.number for line in lines if line.text),
        date=fields.date.date if fields.date else None,
    )


class _Scanner:
    """Walks the lines once, in order, keeping the current section."""

    def __init__(self, lines: list[Line], source: str):
        self.lines, self.source = lines, source
        self.section: str | None = None
        self.entries: list[Entry] = []
        self.label_layout = False

    def run(self) -> list[Entry]:
        outer: list[Line] = []
        i = 0
        while i < len(self.lines):
            line = self.lines[i]
            if not line.marker:
                outer.append(line)
                i += 1
                continue
            self._outer(outer)
            outer = []
            entry, i = _take_list_entry(self.lines, i)
            kept, leftover = _trim_list_tail(entry, line)
            self._list_entry(kept)
            outer.extend(leftover)
        self._outer(outer)
        return self.entries

    def _list_entry(self, lines: list[Line]) -> None:
        opener = lines[0]
        units = _units(lines)
        if opener.ordinal == 1 or opener.ordinal is None and not self.entries:
            self.label_layout = False
        fields = _list_entry_fields(units, self.label_layout)
        if fields.date and fields.label:
            self.label_layout = True
        self.entries.append(_entry(self.source, opener.number, fields, self.section,
                                   opener.marker, lines))

    def _outer(self, lines: list[Line]) -> None:
        """Lines outside lists: dated blocks are entries, short lone lines are headings."""
        starts = {head[0][0]: (head, date_at) for head, date_at in _dated_heads(lines)}
        i = 0
        while i < len(lines):
            if i not in starts:
                self._maybe_heading(lines, i)
                i += 1
                continue
            head, date_at = starts[i]
            next_start = min((s for s in starts if s > i), default=len(lines))
            summary = _outer_summary(lines[date_at + 1:next_start])
            units = [[lines[j] for j in unit] for unit in head]
            fields = _split_head(units)
            fields.date = lines[date_at]
            fields.summary = [summary] if summary else []
            used = [line for unit in units for line in unit] + [lines[date_at]] + (summary or [])
            self.entries.append(_entry(self.source, units[0][0].number, fields,
                                       self.section, None, used))
            i = lines.index(summary[-1]) + 1 if summary else date_at + 1

    def _maybe_heading(self, lines: list[Line], i: int) -> None:
        line = lines[i]
        if not line.text:
            return
        alone = (i == 0 or not lines[i - 1].text) and (i + 1 == len(lines) or not lines[i + 1].text)
        if line.is_date_heading or (alone and is_heading_like(line.text) and not line.date):
            self.section = line.text

def _outer_summary(after: list[Line]) -> Unit | None:
    """The first paragraph after a date line, unless it reads as a heading."""
    paragraphs = _paragraphs(after)
    if not paragraphs:
        return None
    first = paragraphs[0][0]
    bare_date = first.date is not None and first.date.lead is None
    if bare_date or first.is_date_heading or (len(paragraphs[0]) == 1 and is_heading_like(first.text)):
        return None
    return paragraphs[0]


def _dated_heads(lines: list[Line]) -> list[tuple[list[list[int]], int]]:
    """For each date line with a title above it: the head's units (line indexes), and the date's.

    Walking up from the date: the title (with lines it carries on from), then at
    most one label line, then at most one credit line; never above the previous
    date line. The units come top first: [credit] [label] title.
    """
    heads: list[tuple[list[list[int]], int]] = []
    floor = 0
    for at, line in enumerate(lines):
        if not line.date:
            continue
        above = [j for j in range(at - 1, floor - 1, -1) if lines[j].text]
        floor = at + 1
        if not above or not _can_be_title(lines[above[0]]):
            continue
        title, k = [above[0]], 1
        while (k < len(above) and above[k] == title[0] - 1
               and continues(lines[above[k]].text, lines[title[0]].text)):
            title.insert(0, above[k])
            k += 1
        head = [title]
        if k < len(above) and _can_be_title(lines[above[k]]) and is_heading_like(lines[above[k]].text):
            head.insert(0, [above[k]])
            k += 1
        if k < len(above) and lines[above[k]].is_credit:
            head.insert(0, [above[k]])
        heads.append((head, at))
    return heads


def _can_be_title(line: Line) -> bool:
    return not (line.date or line.is_credit or line.is_date_heading)


def find_entries(lines: list[Line], source: str) -> list[Entry]:
    """Every listing entry of a dump's classified lines, in page order."""
    return _Scanner(lines, source).run()
