"""From classified lines to listing entries.

Two structures make an entry, and the parser reads both wherever they occur:

* a list entry: a list marker (`1.`, `-`, `•`...) opens it; it runs to the next
  marker, a date heading, or a line indented less than its content. Every list
  entry is an entry, dated or not.
* a dated block outside any list: a date line and its title. Where the date line
  stands in its run of non-blank lines tells the block's shape (`_dated_blocks`):
  under the title (`[credit] [label] title / date / summary`), over it (a card:
  `[label] date / title / summary`), under the title and its teaser, or alone with
  each field a paragraph of its own. Undated blocks outside lists (intros,
  navigation, quotes and their `– Name` lines, promo tiles) are not entries.

Headings (`October 2020`, `2012`, or a short line standing alone outside a list
entry) set the section of the entries that follow them.
"""
from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field, replace

from pipeline.curated import rows as _rows
from pipeline.dates import FIELDS_UNDER, DateLine, date_after_title, is_kind, with_field
from pipeline.extract.lines import BULLETS, Line, continues, is_heading_like, joins
from pipeline.extract.tables import FIELD_COLON, TABLE_STARTS, TableRow, read_records, read_table, starts_record, starts_table
from pipeline.text import WEB_ADDRESS


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
        # a paragraph that holds a date line is several fields (`title / date / teaser`,
        # then a second paragraph of teaser); a photo's credit opening one is a field of
        # its own, over the teaser (`© ILO/...` / `Some 34,000 women ...`)
        return [unit for p in paragraphs
                for unit in (_line_units(p) if len(p) > 1 and any(line.date for line in p)
                             else [p[:1], p[1:]] if len(p) > 1 and p[0].is_credit else [p])]
    return _line_units(paragraphs[0]) if paragraphs else []


def _line_units(lines: list[Line]) -> list[Unit]:
    """Each line one field, but for a line that only carries on the sentence of the one above."""
    units: list[Unit] = []
    for line in lines:
        special = line.date or line.is_credit
        if units and not special and not units[-1][-1].date and joins(units[-1][-1], line):
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


def _list_entry_fields(units: list[Unit], label_layout: bool, teaser_layout: bool = False) -> _Fields:
    """Assign the units of one list entry to fields: `[credit] [label] title / date /
    summary`; a date first (`date / title`); a short label over the date (`Feature / date /
    title / teaser.`, `_is_card`); or the date last, under a title and its teaser (a short
    title too, where the list's entries above were read so: `teaser_layout`)."""
    dated = next((i for i, u in enumerate(units) if u[0].date and i > 0
                  and not all(x[0].is_credit for x in units[:i])), None)
    if dated is None and units and units[0][0].date and len(units) > 1:
        # A date first, then the title: the date line opens the entry.
        return _Fields(title=units[1], date=units[0][0], summary=units[2:])
    if dated is not None:
        head, date, after = units[:dated], units[dated][0], units[dated + 1:]
        # (texts joined only for the entries whose count of units fits the shape)
        if len(head) == 1 and len(after) >= 2 and _is_card([_text(head[0]) or ""],
                                                           [_text(u) or "" for u in after]):
            return _Fields(title=after[0], label=head, date=date, summary=after[1:])
        teaser = None if after or len(head) < 2 else _teaser_split(
            [_text(u) or "" for u in head], [u[0].is_credit for u in head], short_title=teaser_layout)
        if teaser is not None:  # the date line last, under the title and its teaser
            return _Fields(credit=head[:teaser[0]], title=head[teaser[0]], date=date,
                           summary=head[teaser[1]:])
        fields = _split_head(head)
        fields.date = date
        fields.credit += [unit for unit in after if unit[0].is_credit and len(unit) == 1]
        fields.summary = [unit for unit in after if not (unit[0].is_credit and len(unit) == 1)]
        return fields
    # No date line: the order is [credit] [label] title [summary...].
    fields = _Fields()
    rest = list(units)
    while rest and rest[0][0].is_credit:
        fields.credit.append(rest.pop(0))
    if not rest:
        return fields
    first = _text(rest[0]) or ""
    labelled = is_heading_like(first) and (len(rest) >= 3 or len(rest) == 2 and label_layout and (
        len(first.split()) <= LABEL_WORDS and not _is_prose(rest[1])))
    if labelled and not date_after_title(first):  # (`Title — 3 May 2024`: a title, dated)
        fields.label, fields.title, fields.summary = [rest[0]], rest[1], rest[2:]
    else:
        fields.title, fields.summary = rest[0], rest[1:]
    return fields


def _is_prose(unit: Unit) -> bool:
    return _prose(_text(unit) or "")


def _prose(text: str) -> bool:
    """Sentences rather than a headline: ends like a sentence (or a question) and runs long."""
    return (_sentence(text) or text.endswith("?")) and len(text.split()) >= PROSE_WORDS


# A sentence this many words long is prose: a teaser, not a headline.
PROSE_WORDS = 12


def _sentence(text: str) -> bool:
    """Ends as a sentence does, as a headline does not."""
    return text.endswith((".", "!", ".”", '."', ".’", ".'"))


# A label over a date line reads `Feature`, `Press release`, `Joint ILO-UNICEF report`.
LABEL_WORDS = 5


def _is_card(head: list[str], after: list[str]) -> bool:
    """`Feature / 28 February 2024 / title / teaser.`: the texts above a date line are one
    short label, and under it stand a title (longer than a label: not a byline, a place or
    a `Location:` line under a short title) and then a teaser that ends as a sentence."""
    return (_is_label(head) and len(after) >= 2 and _is_headline(after[0])
            and _sentence(after[-1]) and not continues(after[0], after[1]))


def _is_label(head: list[str]) -> bool:
    """One short heading over a date line: `Feature`, `Press release`."""
    return len(head) == 1 and is_heading_like(head[0]) and len(head[0].split()) <= LABEL_WORDS


def _is_headline(text: str) -> bool:
    """Longer than a label, not ending as a sentence, not a `Field: value` line."""
    return (len(text.split()) > LABEL_WORDS and not _sentence(text)
            and not _FIELD.match(text))


_FIELD = re.compile(r"[A-Z][a-z]+:\s")  # `Location: Geneva`, `Source: BBC News`


def _teaser_split(head: list[str], credits: list[bool], short_title: bool = False) -> tuple[int, int] | None:
    """`[credit] title / teaser. / date`: where the title and the teaser start among the
    texts above a date line, when the ones after the title end as a sentence and it does
    not, and it is longer than a label, or the teaser is prose, or `short_title` (not `News
    / A title that is a sentence. / date`)."""
    rest = [at for at, credit in enumerate(credits) if not credit]
    if len(rest) < 2 or any(credits[rest[0]:]):
        return None
    title, teaser = head[rest[0]], " ".join(head[at] for at in rest[1:])
    if len(title.split()) <= LABEL_WORDS and not (short_title or _prose(teaser)):
        return None  # a label over a title that ends as a sentence, not a title over a teaser
    return (rest[0], rest[1]) if not _sentence(title) and _sentence(teaser) else None


# A line after a blank line this many columns or more right of a list marker is not its
# entry's: a centred heading (an entry's lines stand a few columns in).
CENTRED = 12


@dataclass
class _ListEntry:
    lines: list[Line]      # the marker line and everything up to the entry's end
    continued: bool        # the same list goes on with the next marker


def _take_list_entry(lines: list[Line], start: int) -> tuple[_ListEntry, int]:
    """The list entry opened at `start`, and the index just past it: up to the next marker,
    a date heading, a line after a blank line that starts left of the marker or far right of
    it (`CENTRED`: a centred heading), or a line back at the marker's column where the
    entry's text is indented under it (but for the tail of a line it carries on); where the
    marker is set off from its text (`-   Jobs`,
    Markdown's loose lists) and no line under it stands at its column, one after a blank
    line."""
    opener = lines[start]
    body = [line for line in lines[start + 1:start + 40] if line.text or line.marker]
    nested = bool(body) and not body[0].marker and body[0].indent > opener.indent
    end, flat = start + 1, False
    while end < len(lines):
        line = lines[end]
        if line.marker or line.is_date_heading or line.is_rule:  # (a rule: `----`, BBCode's `[/list]`)
            break
        if line.text:
            after_blank = not lines[end - 1].text
            # (a line back at the margin that carries on the sentence cut above it, with no
            # blank line between, is a terminal's wrap of the entry's text: `from` / `July.`)
            wrap = not after_blank and joins(lines[end - 1], line)
            if nested and line.indent <= opener.indent and not wrap or after_blank and (
                    line.indent < opener.indent or line.indent > opener.indent + CENTRED
                    or opener.spaced and not flat and line.indent == opener.indent):
                break
            flat = flat or line.indent <= opener.indent
        end += 1
    following = lines[end] if end < len(lines) else None
    continued = bool(following and following.marker and (
        following.ordinal == opener.ordinal + 1 and following.depth == opener.depth
        if opener.ordinal is not None
        else following.marker == opener.marker))
    return _ListEntry(lines[start:end], continued), end


_QUOTE_ENDS = ('"', "”", "’", "'", "»")


def _attribution(lines: list[Line], at: int) -> bool:
    """`– Name, title` right under a quote (`"..."`) outside a list: who said it, not a
    list of one dash entry."""
    line, above = lines[at], lines[at - 1] if at else None
    return (line.marker in ("-", "–") and bool(line.text) and above is not None and above.marker is None
            and above.text.endswith(_QUOTE_ENDS) and not (at + 1 < len(lines) and lines[at + 1].marker))


def _heads_a_list(lines: list[Line], opener: Line, end: int) -> bool:
    """Whether a bare list entry (its marker line alone) is the heading of the list under it
    (`- Press releases` over indented entries, `1. EVENTS` over `1.1`, `1.2`): one short line,
    no date, with a list right under it a level down whose entries run past their marker
    lines (a date, a teaser: news items, not a menu's links)."""
    if not (opener.text and not opener.date and is_heading_like(opener.text)):
        return False
    if end == len(lines) or not _under(opener, lines[end]):
        return False
    for line in itertools.islice(lines, end, None):
        if line.marker:
            if not _under(opener, line):
                return False
        elif line.text:
            if line.date or line.indent > opener.indent:
                return True
            return False
    return False


def _fields_below(lines: list[Line], opener: Line, end: int) -> int | None:
    """Where a list a level down under a bare entry holds that entry's fields, one line each
    (`• Title` / `◦ 14 May 2024, Dili` / `◦ Teaser.`: a date line first or second), the
    index just past it; else None."""
    below, fields = end, []
    while below < len(lines):
        line = lines[below]
        if line.marker:
            if not _under(opener, line):
                break
            fields.append(line)
        elif not line.text or line.indent <= opener.indent:
            break  # (a line further in goes on with the field above)
        below += 1
    return below if any(line.date for line in fields[:2]) else None


def _under(opener: Line, line: Line) -> bool:
    """Whether a marker line stands a level under a list entry's marker: indented further, or
    a number of its outline (`1.1` under `1.`)."""
    return bool(line.marker) and (line.indent > opener.indent or line.depth > opener.depth and (
        line.marker.startswith(opener.marker.rstrip(".)") + ".")))


def _holds_summary(paragraph: list[Line], label_layout: bool) -> bool:
    """Whether a list entry's first paragraph holds its summary under its title, not only
    its head: `[credit] title / teaser`, not `Event / Research Seminar on ...` (a label over
    its headline, or any short line over a title where the page's entries show labels)."""
    units = [unit for unit in _line_units(paragraph) if not unit[0].is_credit]
    if len(units) != 2:
        return len(units) > 2
    first, second = _text(units[0]) or "", _text(units[1]) or ""
    labelled = _is_label([first]) and (_is_headline(second) or label_layout and not _is_prose(units[1]))
    return not labelled


def _trim_list_tail(entry: _ListEntry, opener: Line, label_layout: bool = False,
                    teaser_layout: bool = False) -> tuple[list[Line], list[Line]]:
    """Split off what follows an entry but belongs to the page (a heading, an intro).

    Where entries are indented under their markers, or a numbered list runs on,
    everything up to the entry's end is the entry's. In a flat list, a paragraph with
    a contact line, one that opens with a bar of links (`Share: Facebook | X`), or a
    lone short line just before the next marker (a list heading such as `Events &
    meetings`), is the page's; and where the list ends, so is every paragraph after
    the entry's first summary paragraph (after its first paragraph, when that holds
    more than its title: fields not set apart by blank lines), and a lone short line
    over a dated block (`More news`) that would be that paragraph.
    """
    lines = entry.lines
    body = [line for line in lines[1:] if line.text]
    nested = bool(body) and body[0].indent > opener.indent
    if nested:
        return lines, []
    paragraphs = _paragraphs(lines)
    if entry.continued and opener.ordinal is not None:
        # the numbers run on past a heading between two entries (Word's numbering, across a
        # document's sections): the entry's last paragraph, one line the markup marks as a
        # heading or written in capitals (`UPCOMING EVENTS`), is the page's
        last = paragraphs[-1] if len(paragraphs) > 1 else None
        if last and len(last) == 1 and (last[0].heading or _in_capitals(last[0].text)):
            cut = lines.index(last[0])
            return lines[:cut], lines[cut:]
        return lines, []
    if len(body) >= 2 and body[-1] is lines[-1] and _glued_heading(body[-2], body[-1]):
        return lines[:-1], lines[-1:]  # `Events`, glued over the next marker
    marked = next((at for at, p in enumerate(paragraphs[1:], start=1) if p[0].heading), None)
    if marked is not None:  # a heading the markup marks (`# News`) is never an entry's
        cut = lines.index(paragraphs[marked][0])
        return lines[:cut], lines[cut:]
    dated = next((i for i, p in enumerate(paragraphs) if any(line.date for line in p)), None)
    if dated is not None and not entry.continued and (
            dated >= 2 and _titled(paragraphs[dated]) or dated >= 3 and _titled_apart_above(paragraphs, dated)):
        # a dated block with its own title, a paragraph or more below the entry: the page's,
        # from the lone heading over it (`News`), if any
        top = dated if _titled(paragraphs[dated]) else dated - 1
        at = next((at for at in range(1, top) if len(paragraphs[at]) == 1
                   and is_heading_like(paragraphs[at][0].text)), top)
        cut = lines.index(paragraphs[at][0])
        return lines[:cut], lines[cut:]
    if dated is not None:
        # the summary is in the date line's paragraph under it, or above it (`title /
        # teaser. / date`), else in the next paragraph
        head = paragraphs[dated][:-1]
        summary_inside = not paragraphs[dated][-1].date or _teaser_split(
            [line.text for line in head], [line.is_credit for line in head], short_title=teaser_layout) is not None
        first_free, limit = dated + 1, dated + (1 if summary_inside else 2)
    elif paragraphs and _holds_summary(paragraphs[0], label_layout):
        first_free, limit = 1, 1  # title / summary, with no blank line between
    elif paragraphs and len(paragraphs[0]) == 1 and date_after_title(paragraphs[0][0].text):
        first_free, limit = 1, 2  # `Title (28 May 2024)`: a dated title, the next paragraph its summary
    else:
        first_free, limit = 1, 3  # [label] title [summary]
    for at in range(first_free, len(paragraphs)):
        paragraph = paragraphs[at]
        heads_a_block = (not entry.continued and at + 1 < len(paragraphs)
                         and any(line.date for line in paragraphs[at + 1]))
        lone_heading = ((at == len(paragraphs) - 1 or heads_a_block) and len(paragraph) == 1
                        and is_heading_like(paragraph[0].text))
        furniture = paragraph[0].is_bar or paragraph[0].is_contact or paragraph[0].is_notice or any(
            line.is_contact_field for line in paragraph)
        if furniture or lone_heading or (not entry.continued and at >= limit):
            cut = lines.index(paragraph[0])
            return lines[:cut], lines[cut:]
    return lines, []


def _in_capitals(text: str) -> bool:
    """A heading-like line whose words are written in capitals (`UPCOMING EVENTS`), two
    letters or more each."""
    words = _WORDS.findall(text)
    return bool(words) and is_heading_like(text) and all(len(word) > 1 and word.isupper() for word in words)


_WORDS = re.compile(r"[^\W\d_]+")


def _glued_heading(above: Line, line: Line, ends: tuple[str, ...] = ("?",)) -> bool:
    """Whether `line`, right over a list marker with no blank line between, is a heading
    (`Press releases`, `Events`, as chat and email pastes set them): a short lone line
    under a sentence (an intro's, a teaser's; or one ending with `ends`), not a date, a
    credit or the page's controls."""
    return (not line.marker and is_heading_like(line.text) and not line.date and not line.is_credit
            and (_sentence(above.text) or above.text.endswith(ends)) and not line.is_furniture)


def _titled_apart_above(paragraphs: list[list[Line]], dated: int) -> bool:
    """Whether a date line alone in its paragraph has a title alone in the paragraph above
    (`title` / blank / `date`: fields set apart), a title that is not the entry's own."""
    above = paragraphs[dated - 1]
    return len(paragraphs[dated]) == 1 and len(above) == 1 and _reads_as_title(above[0]) and not (
        paragraphs[0][0].is_credit)


def _titled(paragraph: list[Line]) -> bool:
    """Whether a paragraph holds a title over its date line (`[credit] title / date`)."""
    head = [line for line in itertools.takewhile(lambda line: not line.date, paragraph)
            if not line.is_credit]
    return bool(head) and _reads_as_title(head[0])


def _entry(source: str, first_line: int, fields: _Fields, section: str | None,
           marker: str | None, lines: list[Line]) -> Entry:
    date, date_line = (fields.date.date, fields.date.text) if fields.date else (None, None)
    summary = fields.summary
    # an events page's field lines right under the date line (`Time: 14:00`, `Location:
    # Geneva`) give the time and the place; they stay with the date line
    under = fields.date.number + 1 if date else 0
    for _ in range(FIELDS_UNDER):
        if not (summary and ":" in summary[0][0].text[:9]  # (most summaries: no field line)
                and summary[0][0].number == under and (added := with_field(date, summary[0][0].text))):
            break
        date, date_line, under = added, f"{date_line}\n{summary[0][0].text}", under + 1
        summary = [unit for unit in (summary[0][1:], *summary[1:]) if unit]
    credit = fields.credit
    if not credit and summary and summary[0][0].is_credit:  # a credit alone, right under the
        credit = [summary[0][:1]]                          # date line: a figure's, over the teaser
        summary = [unit for unit in (summary[0][1:], *summary[1:]) if unit]
    title = _text(fields.title)
    if date is None and marker and title and (dated := date_after_title(title)):
        title, date_line, date = dated  # `Title (3 May 2024)`, `Title — 3 May 2024`: one line of a list
    elif date is None and marker and len(fields.title or ()) == 1 and (first := fields.title[0].date) and first.lead:
        # `3 May 2024 – Title`: one line of a list, its date first (a blog's index)
        written = fields.title[0].text
        title, date_line = first.lead, written[:written.rfind(first.lead)].rstrip(" -–—:|")
        date = replace(first, lead=None)
    lead = date.lead if date else None
    summary_text = "\n".join(t for t in [lead, *(_text(u) for u in summary)] if t) or None
    return Entry(
        source=source,
        line=first_line,
        title=title,
        label="\n".join(_text(u) for u in fields.label) or None,
        credit="\n".join(_text(u) for u in credit) or None,
        date_line=date_line,
        summary=summary_text,
        section=section,
        marker=marker,
        lines=tuple(line.number for line in lines if line.text),
        date=date,
    )


class _Scanner:
    """Walks the lines once, in order, keeping the current section."""

    def __init__(self, lines: list[Line], source: str):
        self.lines, self.source = lines, source
        self.section: str | None = None
        self.entries: list[Entry] = []
        self.label_layout = False  # the list's entries show labels over their titles
        self.teaser_layout = False  # ... or their dates under their titles and teasers

    def run(self) -> list[Entry]:
        outer: list[Line] = []
        i = 0
        while i < len(self.lines):
            line = self.lines[i]
            if (line.text[:1] in TABLE_STARTS or line.cells is not None) and starts_table(self.lines, i):
                self._outer(outer)
                outer = []
                rows, i = read_table(self.lines, i)
                self.entries += [self._table_entry(row) for row in rows]
                continue
            if (":" in line.text[:FIELD_COLON] or " = " in line.text[:FIELD_COLON]) and starts_record(self.lines, i):
                self._outer(outer)
                outer = []
                rows, i = read_records(self.lines, i)
                self.entries += [self._table_entry(row) for row in rows]
                continue
            if not line.marker or _attribution(self.lines, i):
                outer.append(line)
                i += 1
                continue
            self._outer(outer)
            outer = []
            entry, i = _take_list_entry(self.lines, i)
            if line.ordinal == 1 or line.ordinal is None and not self.entries:
                self.label_layout = self.teaser_layout = False  # a new list
            kept, leftover = _trim_list_tail(entry, line, self.label_layout, self.teaser_layout)
            following = self.lines[i] if i < len(self.lines) else line
            # a bare entry over a list a level down: its fields, or that list's heading
            bare = (following.indent > line.indent or following.depth > line.depth) and not any(
                below.text for below in entry.lines[1:])
            if bare and (past := _fields_below(self.lines, line, i)):
                kept = kept + [Line(x.number, x.text, x.indent, date=x.date) for x in self.lines[i:past]]
                i = past
            elif bare and _heads_a_list(self.lines, line, i):
                self.section = line.text
                outer.extend(leftover)
                continue
            self._list_entry(kept)
            i -= len(leftover)  # the page's lines after the entry are read on (a table there too)
        self._outer(outer)
        return _without_menus(self.entries, self.lines)

    def _table_entry(self, row: TableRow) -> Entry:
        return table_entry(self.source, row, self.section)

    def _list_entry(self, lines: list[Line]) -> None:
        opener = lines[0]
        units = _units(lines)
        fields = _list_entry_fields(units, self.label_layout, self.teaser_layout)
        if fields.date and fields.label:
            self.label_layout = True
        elif fields.date and fields.summary and fields.summary[0][0].number < fields.date.number:
            self.teaser_layout = True  # the date last, under the title and its teaser
        self.entries.append(_entry(self.source, opener.number, fields, self.section,
                                   opener.marker, lines))

    def _outer(self, lines: list[Line]) -> None:
        """Lines outside lists: dated blocks are entries, short lone lines are headings."""
        blocks = _dated_blocks(lines)
        starts = {block.start: block for block in blocks}
        i = 0
        while i < len(lines):
            block = starts.get(i)
            if block is None:
                self._maybe_heading(lines, i)
                i += 1
                continue
            units = [[lines[j] for j in unit] for unit in block.units]
            fields = _split_head(units)
            fields.date = lines[block.date]
            fields.summary = [[lines[j] for j in block.summary]] if block.summary else []
            used = sorted([*(j for unit in block.units for j in unit), block.date, *block.summary])
            self.entries.append(_entry(self.source, lines[used[0]].number, fields, self.section,
                                       None, [lines[j] for j in used]))
            i = used[-1] + 1

    @functools.cached_property
    def _places(self) -> dict[int, int]:
        return {id(line): at for at, line in enumerate(self.lines)}

    def _below(self, line: Line) -> Line | None:
        """The line under this one, as the page reads (not by number: a print's running
        lines are dropped, and two columns set side by side share their lines' numbers)."""
        at = self._places[id(line)] + 1
        return self.lines[at] if at < len(self.lines) else None

    def _maybe_heading(self, lines: list[Line], i: int) -> None:
        line = lines[i]
        if not line.text:
            return
        alone = _alone(lines, i)
        # (or glued right over a list, under a sentence: `_glued_heading`)
        glued = i + 1 == len(lines) and i > 0 and bool(
            (below := self._below(line)) and below.marker) and _glued_heading(lines[i - 1], line, ("?", ":"))
        apart = line.heading or alone or glued or _stands_out(lines, i) or _over_a_count(lines, i)
        if line.is_date_heading or (apart and is_heading_like(line.text)
                                    and not line.date and not line.is_furniture and not line.is_credit
                                    and line.text[:1] not in _ATTRIBUTION_DASHES):
            self.section = line.text

# a line opening with one of these is who said the quote above it (`— ILO Constitution,
# 1919`), never a heading
_ATTRIBUTION_DASHES = "—―"

# the header lines that make a paragraph an email's header (a digest saved from a mail
# client): `From: ...`, `To: ...`, or a sender's name and address alone (`ILO News
# <news@ilo.org>`, a webmail's header). A `Subject:` alone is not one: a database's export
# heads its records so (Lotus Notes' `Subject:` / `Date:` / `Location:` / `Body:`)
_MAIL_HEADER = re.compile(r"(?:from|to|cc|bcc|reply-to):\s|[^<]*<[^<>@\s]+@[^<>@\s]+>$", re.I)


@dataclass
class _Block:
    """A dated block outside lists, as line indexes: [credit] [label] title (the title last,
    wherever it stands: above the date line or below it), the date line, the summary."""

    units: list[list[int]]
    date: int
    summary: list[int]
    apart: bool = False  # each field a paragraph of its own (`_titled_apart`)

    @property
    def start(self) -> int:
        return min(self.date, *(j for unit in self.units for j in unit))


def _dated_blocks(lines: list[Line]) -> list[_Block]:
    """The dated blocks among lines outside lists, in page order.

    Where the date line stands in its paragraph (its run of non-blank lines) tells the
    block's shape:

    * under the title, with a label and a credit above it: `[credit] [label] title / date
      [/ summary]`; the summary is the rest of the paragraph, or the next paragraph when
      the date ends this one;
    * first, with the title under it (a card: `date / title [/ summary]`, or `label / date /
      title / teaser.`); once these lines show a card, a short label over a date line with
      a headline under it (`Feature / date / title`) is read as one too;
    * last, under a title and its teaser: `title / teaser. / date`;
    * alone, each field a paragraph of its own: the title is the nearest line above, but
      where every such date has a heading the markup marks alone in the paragraph under it
      (turndown's cards: `Press release | 14 May 2024` / `### Title` / teaser, each a
      paragraph), that heading is.
    A block never reaches above the end of the one before it.
    """
    blocks: list[_Block] = []
    if not any(line.date for line in lines):  # most runs between list entries: blank lines
        return blocks
    floor, date_first = 0, False
    titled_under = _headings_under_apart_dates(lines)
    for at, line in enumerate(lines):
        if not line.date or at < floor:
            continue
        top = at
        while top > floor and lines[top - 1].text:
            top -= 1
        head = list(range(top, at))
        fields = _date_fields(lines, at)  # (`Location: Geneva` under the date: the date's)
        after = _run_below(lines, at + len(fields))
        if any(_MAIL_HEADER.match(lines[j].text) for j in (*head, *after)):
            floor = at + 1  # an email's `Date:` among its `From:` and `Subject:` lines
            continue
        block = None
        if after and _reads_as_title(lines[after[0]]) and (
                all(lines[j].is_credit for j in head) or _labelled_card(lines, head, after)
                or date_first and _label_over(lines, head) and _is_headline(lines[after[0]].text)):
            block = _card(lines, head, at, after)
            block.summary = [*fields, *block.summary]
            date_first = True
        elif head and not after and (teaser := _teaser_above(lines, head, at)):
            block = teaser
        elif head and _can_be_title(lines[head[-1]]):
            block = _titled_above(lines, head, at)
        elif len(head) > 1 and lines[head[-1]].is_credit and _can_be_title(lines[head[-2]]):
            # a photo's credit between the title and the date (a wiki's image under its heading)
            block = _titled_above(lines, head[:-1], at)
            block.units.insert(0, head[-1:])
        elif not head and not after and titled_under:
            block = _titled_apart_under(lines, at)
        elif not head:
            block = _titled_apart(lines, at, floor)
        if block is None:
            floor = at + 1
            continue
        _label_apart(lines, block, floor)
        _credit_apart(lines, block, floor)
        _credit_below(lines, block)
        _more_link_below(lines, block)
        blocks.append(block)
        # the next block may reach up into this one's summary (the next block's label), but
        # for a card set apart, title under its date: its teaser is no label of the next
        floor = max(block.date, *(j for unit in block.units for j in unit),
                    *(block.summary if block.apart and block.units[-1][0] > block.date else ())) + 1
    # a summary that runs on below the date stops where the next block starts
    for block, following in zip(blocks, blocks[1:]):
        block.summary = [j for j in block.summary if j < following.start]
    _heading_over_the_first(lines, blocks)
    _lines_over(lines, blocks)
    return blocks


def _lines_over(lines: list[Line], blocks: list[_Block]) -> None:
    """The lines over a block's head in its paragraph that no block above took (`Featured
    story` over the label `Employment` and the title) go with its label, so that no line of
    the block is lost. A heading marked as one or set out left, a date heading and the
    page's controls are not the block's; nor is the head of a block whose fields are
    paragraphs apart."""
    taken = -1  # the last line a block above took
    for block in blocks:
        top = block.start
        while (not block.apart and top - 1 > taken and _over_head(lines[top - 1])
               and not _set_out(lines, top - 1, block.start)):
            top -= 1
        if top < block.start:
            over = list(range(top, block.start))
            label = next((unit for unit in block.units[:-1] if not lines[unit[0]].is_credit), None)
            if label is None:
                block.units.insert(len(block.units) - 1, over)
            else:
                label[:0] = over
        taken = max(block.date, *(j for unit in block.units for j in unit), *block.summary)


def _over_head(line: Line) -> bool:
    return bool(line.text) and not (line.heading or line.date or line.is_date_heading or line.is_furniture)


def _alone_over(lines: list[Line], block: _Block, floor: int) -> Line | None:
    """The line alone in the paragraph right over a block (a blank line between), if any
    above the floor the block may not reach over."""
    start = block.start
    if start - 2 >= floor and not lines[start - 1].text and (start - 3 < floor or not lines[start - 3].text):
        return lines[start - 2]
    return None


def _label_apart(lines: list[Line], block: _Block, floor: int) -> None:
    """A short line alone in the paragraph right over a block whose title the markup marks
    as a heading (`### Title`), and which has no label, is that block's label (`Feature`):
    a section over a marked heading would be marked too."""
    if not (len(block.units) == 1 and lines[block.units[0][0]].heading):
        return
    line = _alone_over(lines, block, floor)
    if (line is not None and line.text and not line.heading and not line.date and not line.marker
            and is_heading_like(line.text) and len(line.text.split()) <= LABEL_WORDS
            and not line.is_furniture and not line.is_credit):
        block.units.insert(0, [block.start - 2])


def _credit_apart(lines: list[Line], block: _Block, floor: int) -> None:
    """A photo credit alone in the paragraph right over a block with none (a figure's
    caption, as pandoc and Markdown set it) is that block's credit."""
    line = _alone_over(lines, block, floor)
    if line is not None and line.is_credit and not any(lines[unit[0]].is_credit for unit in block.units):
        block.units.insert(0, [block.start - 2])


def _more_link_below(lines: list[Line], block: _Block) -> None:
    """A link to the full story alone in the paragraph right under a block (`Read more`, as a
    newsletter sets its button under the teaser) is the end of its summary: it is no other
    item's, and every line of a block lands in a field (SPEC)."""
    last = max([block.date, *block.summary])
    below = next((j for j in range(last + 1, len(lines)) if lines[j].text), None)
    if below is not None and lines[below].is_more_link and (below + 1 == len(lines) or not lines[below + 1].text):
        block.summary.append(below)


def _credit_below(lines: list[Line], block: _Block) -> None:
    """A photo credit alone in the paragraph right under the date line of a block with no
    summary and no credit (an AsciiDoc or wiki page's figure, set between the date and the
    teaser) is that block's credit, when the paragraph after it is its summary
    (`_summary_below`); else the credit is left to the block below."""
    if block.summary or any(lines[unit[0]].is_credit for unit in block.units):
        return
    below = next((j for j in range(block.date + 1, len(lines)) if lines[j].text), None)
    if below is not None and lines[below].is_credit and not lines[below - 1].text and (
            below + 1 == len(lines) or not lines[below + 1].text) and (summary := _summary_below(lines, below)):
        block.units.insert(0, [below])
        block.summary = summary


# Blocks with their fields apart, this many in a row, show whether the layout has labels.
_RUN_SHOWS_LABELS = 3


def _heading_over_the_first(lines: list[Line], blocks: list[_Block]) -> None:
    """Where blocks have each field a paragraph of its own, a label line over the first of
    them, apart from its title, that none of the next ones has, is the heading of them all
    (lynx's `Posts` over a blog's posts): it is left out of the block, to be read as one. The
    run ends at the next block with a label of its own (the next heading's: `Stories`)."""
    run: list[_Block] = []
    for block in itertools.takewhile(lambda block: block.apart, blocks):
        if run and len(block.units) > 1:
            break
        run.append(block)
    if len(run) < _RUN_SHOWS_LABELS:
        return
    first = run[0]
    label = next((unit for unit in first.units[:-1] if not lines[unit[0]].is_credit), None)
    if label and not lines[label[-1] + 1].text:
        first.units.remove(label)


def _date_fields(lines: list[Line], at: int) -> list[int]:
    """The field lines right under date line `at` that it reads (`dates.with_field`:
    `Location: Geneva`, `Time: 14:00`, `Type: News`): they go with the date, not the title."""
    date, fields = lines[at].date, []
    for j in range(at + 1, min(at + 1 + FIELDS_UNDER, len(lines))):
        if ":" not in lines[j].text[:9] or not (date := with_field(date, lines[j].text)):
            break
        fields.append(j)
    return fields


def _run_below(lines: list[Line], at: int) -> list[int]:
    """The non-blank lines right under line `at`, up to a blank line, the next date line or
    a heading set out left of them (`_stands_out`)."""
    below = []
    for j in range(at + 1, len(lines)):
        if not lines[j].text or lines[j].date or lines[j].indent + 2 <= lines[at].indent and _stands_out(lines, j):
            break
        below.append(j)
    return below


# a results list's heading is over its count by this many lines at most, each of them short:
# its controls (a filter's chip, `Source: ILO`; `Clear all`)
COUNT_BELOW = 4
CONTROL_WORDS = 4


def _over_a_count(lines: list[Line], at: int) -> bool:
    """Line `at` opens its paragraph over a count of results, with only short lines between
    (`Updates` / `Source: ILO` / `Clear all` / `Showing 1 - 5 of 3,418 results`): the
    results' heading, a section. A number is none (psql's `487` over its `(1 row)`)."""
    if at > 0 and lines[at - 1].text or not any(c.isalpha() for c in lines[at].text):
        return False
    for below in lines[at + 1:at + 1 + COUNT_BELOW]:
        if not below.text or below.date:
            return False
        if below.is_count:
            return True
        if len(below.text.split()) > CONTROL_WORDS:
            return False
    return False


def _stands_out(lines: list[Line], at: int) -> bool:
    """Line `at` is a heading set out left of the text under it by two columns or more,
    with no blank line between, and not in line with the text over it (a man page's `PRESS
    RELEASES`, an outliner's level): a section, never a label."""
    line, below = lines[at], lines[at + 1] if at + 1 < len(lines) else None
    above = lines[at - 1] if at > 0 else None
    return (below is not None and bool(below.text) and line.indent + 2 <= below.indent
            and (above is None or not above.text or abs(above.indent - line.indent) >= 2)
            and is_heading_like(line.text))


def _reads_as_title(line: Line) -> bool:
    return _can_be_title(line) and not _sentence(line.text) and not line.is_contact


def _label_over(lines: list[Line], head: list[int]) -> bool:
    return bool(head) and _can_be_title(lines[head[0]]) and _is_label([lines[j].text for j in head])


def _labelled_card(lines: list[Line], head: list[int], after: list[int]) -> bool:
    head = head[1:] if lines[head[0]].is_credit else head  # (a photo's credit over the label)
    title = _carried_on(lines, after)  # a wrapped title is one text
    return bool(head) and _can_be_title(lines[head[0]]) and _is_card(
        [lines[j].text for j in head],
        [" ".join(lines[j].text for j in title), *(lines[j].text for j in after[len(title):])])


def _card(lines: list[Line], head: list[int], at: int, after: list[int]) -> _Block:
    """A date line over its title: above the date, at most a label and a credit (lines above
    them end the summary of the block before); under the title, the summary. A kind pages
    name (`Interview`, `Press release`) right under the date, over a title, is a label."""
    above = _label_and_credit(lines, head[::-1], at)
    if len(after) > 1 and is_kind(lines[after[0]].text) and _reads_as_title(lines[after[1]]):
        above, after = [*above, after[:1]], after[1:]
    title = _carried_on(lines, after)
    return _Block([*above, title], at, after[len(title):])


def _carried_on(lines: list[Line], run: list[int]) -> list[int]:
    """The first line of `run` and the lines that carry on its sentence (a wrapped title)."""
    title = [run[0]]
    for j in run[1:]:
        if not joins(lines[title[-1]], lines[j]):
            break
        title.append(j)
    return title


def _teaser_above(lines: list[Line], head: list[int], at: int) -> _Block | None:
    """`[credit] title / teaser. / date`, in one paragraph (`_teaser_split`)."""
    split = _teaser_split([lines[j].text for j in head], [lines[j].is_credit for j in head])
    if split is None or not _can_be_title(lines[head[split[0]]]):
        return None
    title = _carried_on(lines, head[split[0]:])
    teaser = head[split[0] + len(title):]
    if not teaser:
        return None
    return _Block([*([j] for j in head[:split[0]]), title], at, teaser)


def _titled_above(lines: list[Line], head: list[int], at: int) -> _Block:
    """`[credit] [label] title / date`, all in one paragraph (`_head_above`); the summary is
    the rest of the paragraph, or the next one."""
    return _Block(_head_above(lines, head[::-1]), at, _summary_below(lines, at))


def _titled_apart(lines: list[Line], at: int, floor: int) -> _Block | None:
    """A date line alone in its paragraph, its fields set apart by blank lines: the head is
    found in the lines above, blank lines aside (`_head_above`)."""
    above = [j for j in range(at - 1, floor - 1, -1) if lines[j].text]
    if not above or not _can_be_title(lines[above[0]]):
        return None
    return _Block(_head_above(lines, above), at, _summary_below(lines, at), apart=True)


def _headings_under_apart_dates(lines: list[Line]) -> bool:
    """Whether the page's date lines alone in their paragraphs each have a heading the
    markup marks alone in the paragraph under them (then it is their title: a date line
    under its title, each a paragraph, has the next item's title under it at most, and the
    last none)."""
    apart = [at for at, line in enumerate(lines) if line.date and _alone(lines, at)]
    return bool(apart) and all(_heading_under(lines, at) is not None for at in apart)


def _alone(lines: list[Line], at: int) -> bool:
    """Whether line `at` stands alone in its paragraph (blank lines, or the page's edges,
    over and under it)."""
    return (at == 0 or not lines[at - 1].text) and (at + 1 == len(lines) or not lines[at + 1].text)


def _heading_under(lines: list[Line], at: int) -> int | None:
    """The line right under date line `at`'s paragraph, past blank lines, when it is a
    heading the markup marks, alone in its paragraph."""
    below = next((j for j in range(at + 1, len(lines)) if lines[j].text), None)
    if below is None or below == at + 1 or not lines[below].heading or lines[below].date:
        return None
    return below if _alone(lines, below) else None


def _titled_apart_under(lines: list[Line], at: int) -> _Block:
    """`date` / `### title` / `teaser`, each a paragraph (`_headings_under_apart_dates`)."""
    title = _heading_under(lines, at)
    return _Block([[title]], at, _summary_below(lines, title), apart=True)


def _head_above(lines: list[Line], above: list[int]) -> list[list[int]]:
    """`[credit] [label] title` from the lines over a date line, `above` (nearest first):
    the title (with the lines right above it that it carries on from), then at most one
    label line and one credit line."""
    title, k = [above[0]], 1
    while (k < len(above) and above[k] == title[0] - 1
           and joins(lines[above[k]], lines[title[0]])):
        title.insert(0, above[k])
        k += 1
    return [*_label_and_credit(lines, above[k:], title[0]), title]


def _label_and_credit(lines: list[Line], above: list[int], top: int) -> list[list[int]]:
    """`[credit] [label]` from the lines going up from a title or a date line (`above`,
    nearest first; `top` is that title's or date line's first line): at most one label line
    (a short heading, not marked as a heading), then at most one credit. A heading set out
    of the text (`## Latest news`, or lynx's heading at the margin a blank line over indented
    text) is a section."""
    units, k = [], 0
    if (k < len(above) and _can_be_title(lines[above[k]]) and not lines[above[k]].heading
            and not _set_out(lines, above[k], top)
            and is_heading_like(lines[above[k]].text)):
        units.insert(0, [above[k]])
        k += 1
    if k < len(above) and lines[above[k]].is_credit:
        units.insert(0, [above[k]])
    return units


def _set_out(lines: list[Line], at: int, top: int) -> bool:
    """Line `at` stands left of line `top` below it: apart from it (lynx's headings), or
    right over it (`_stands_out`)."""
    return lines[at].indent + 2 <= lines[top].indent and (at + 1 < top or _stands_out(lines, at))


def _summary_below(lines: list[Line], at: int) -> list[int]:
    """The rest of date line `at`'s paragraph (`Source: BBC News` is a summary too), or, when
    the date ends it (its field lines aside: `_date_fields`), the next paragraph unless it
    opens with a heading or a date, or a rule stands between."""
    fields = _date_fields(lines, at)
    run = _run_below(lines, at)
    if len(run) > len(fields):
        return run
    following = next((j for j in range(at + 1 + len(fields), len(lines)) if lines[j].text), None)
    if following is None or lines[following].date or lines[following].is_date_heading:
        return fields
    if any(lines[j].is_rule for j in range(at + 1 + len(fields), following)):
        return fields  # (a rule between: the page's next part, `----`, a callout's line)
    run = [following, *_run_below(lines, following)]
    # a lone heading, or a heading over text (an undated tile: `Flagship report / World
    # Employment and Social Outlook`), is the page's, not this item's summary; a short line
    # that a rule closes is the item's teaser
    first = lines[following]
    closed = (not first.heading and run[-1] + 1 < len(lines)
              and lines[run[-1] + 1].is_rule)  # a `---` under a teaser
    if is_heading_like(first.text) and not closed and (len(run) == 1 or not joins(first, lines[run[1]])):
        return fields
    return [*fields, *run]


def _can_be_title(line: Line) -> bool:
    return not (line.date or line.is_credit or line.is_date_heading or line.is_more_link)


# A list of this many entries or more, each one line of a few words (two and a half on
# average: `About us / Who we are / Staff`, not `ILO condemns attack`) under a bullet, or
# a bare link (lynx's `References / 1. https://...`), with nothing else, is navigation.
MENU_ENTRIES = 3
MENU_WORDS = 4
MENU_MEAN_WORDS = 2.5
_BULLETS = frozenset(BULLETS)


def _one_line(entry: Entry) -> bool:
    """A list entry that is one line and nothing else."""
    title = entry.title or ""
    return (entry.marker is not None and bool(title) and "\n" not in title and entry.date is None
            and not (entry.label or entry.credit or entry.summary or entry.date_line))


def _menu_item(entry: Entry) -> bool:
    """One line of a few words under a bullet, or a bare link under any marker (a table's
    rows are no menu)."""
    title = entry.title or ""
    return _one_line(entry) and (bool(WEB_ADDRESS.fullmatch(title)) or entry.marker in _BULLETS
                                 and len(title.split()) <= MENU_WORDS)


# The first step of a breadcrumb trail: the link to the site's home page (`Home`, `Inicio`)
_HOME = frozenset(row["link"] for row in _rows("extract/data/home_links.csv"))


def _is_trail(run: list[Entry]) -> bool:
    """A breadcrumb trail: numbered one-line entries of a few words from the site's home page
    down to this one (`1. Home / 2. Africa / 3. News`)."""
    return len(run) >= 2 and _title_key(run[0]) in _HOME and all(
        _one_line(entry) and len((entry.title or "").split()) <= MENU_WORDS for entry in run)


def _without_menus(entries: list[Entry], lines: list[Line]) -> list[Entry]:
    """`entries` less the page's navigation among them: whole lists (runs of list entries
    with only blank lines between them, and markers of one kind: bullets, or numbers and
    letters, as a Markdown list ends where its markers change) that are a menu
    (`MENU_ENTRIES` or more, every entry a menu item), a breadcrumb trail (`1. Home / 2.
    Africa / 3. News`) or a table of contents (every entry a bare title that another entry
    of the page, dated or with a teaser, bears: a newsletter's `In this issue`)."""
    if sum(1 for entry in entries if entry.date is None and not entry.summary) < 2:
        return entries  # (most pages: dated entries, or entries with teasers)
    runs: list[list[Entry]] = []
    for entry in entries:
        previous = runs[-1][-1] if runs else None
        last = max(previous.lines, default=previous.line) if previous else 0  # (a bare marker: no text)
        if (previous is not None and previous.marker and entry.marker
                and (previous.marker in _BULLETS) == (entry.marker in _BULLETS)
                and not any(line.text for line in lines[last:entry.line - 1])):
            runs[-1].append(entry)
        else:
            runs.append([entry])
    stories = {_title_key(entry) for entry in entries if entry.date or entry.summary}
    return [entry for run in runs if not (_is_menu(run) or _is_trail(run) or _is_contents(run, stories))
            for entry in run]


def _title_key(entry: Entry) -> str:
    return " ".join((entry.title or "").split()).casefold()


def _is_contents(run: list[Entry], stories: set[str]) -> bool:
    return len(run) >= 2 and all(entry.marker and entry.date is None and not entry.summary
                                 and _title_key(entry) in stories for entry in run)


def _is_menu(run: list[Entry]) -> bool:
    if len(run) < MENU_ENTRIES or not all(map(_menu_item, run)):
        return False
    links = sum(1 for entry in run if WEB_ADDRESS.fullmatch(entry.title or ""))
    words = [len((entry.title or "").split()) for entry in run]
    return links == len(run) or sum(words) <= MENU_MEAN_WORDS * len(run)


def table_entry(source: str, row: TableRow, section: str | None) -> Entry:
    """A table's row (or a record's) as an entry."""
    return Entry(source=source, line=row.line.number, title=row.title, label=row.label, credit=row.credit,
                 date_line=row.date_line, summary=row.summary, section=section, marker="|",
                 lines=tuple(line.number for line in row.lines or [row.line]), date=row.date)


def find_entries(lines: list[Line], source: str) -> list[Entry]:
    """Every listing entry of a dump's classified lines, in page order."""
    return _Scanner(lines, source).run()
