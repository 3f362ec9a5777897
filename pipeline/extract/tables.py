"""Listing tables: a table whose rows are the page's items. These kinds are read: a Markdown
pipe table (or a wiki's: Jira's `||Date||Title||` header, Textile's `|_. Date |_. Title |`,
with no delimiter row under it),

    | Date       | Title                                   | Location      |
    |------------|-----------------------------------------|---------------|
    | 2024-05-29 | Caribbean unemployment falls to 6.8 ... | Port of Spain |

where the delimiter row under the header (`|---|---|`) makes the table, and a grid table
drawn with box characters (elinks, w3m, a terminal) or with `+---+` borders:

    ┌────────────────┬──────────────────────────────┐
    │Date            │Event                         │
    ├────────────────┼──────────────────────────────┤
    │10-12 June 2024 │Regional meeting on labour    │
    │                │migration                     │
    └────────────────┴──────────────────────────────┘

where the top border makes the table, and a cell may run over several lines when rules
part the rows. A table whose cells tabs part, that is set in columns of spaces, a CSV
export or a MediaWiki table (`{| ... |}`) is read from its lines' cells
(`lines.Line.cells`). The header names what each column holds
(`data/table_columns.csv`: `Date`, `Title`, `Location`, `Type`...). Each row below is one
entry, dated or not, like a list's. A column of another name goes to the summary with its
header (`Pages: 48`), so no cell is lost.

A database's export of records is read as a table whose header stands in each row: a
paragraph of field lines (Lotus Notes' `Subject:  ...` / `Date:  14/05/2024` / `Body:  ...`)
is one row, its names read by the same header names (`starts_record`).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace

from pipeline.dates import DateLine, day_first, parse_date_line, parse_slashed_line, parse_time
from pipeline.extract.lines import COLUMNS, Line, column_key, is_credit, joined_cells
from pipeline.text import is_link

# A pipe table's delimiter row (`|---|:--:|`), Org mode's too (`|-----+-----|`)
_DELIMITER = re.compile(r"\|?\s*:?-+:?\s*(?:[|+]\s*:?-+:?\s*)*\|?")


@dataclass
class TableRow:
    """One row of a listing table, as the fields of an entry."""

    line: Line
    title: str | None
    label: str | None
    date_line: str | None     # the cells that gave the date, as written (` | ` between)
    date: DateLine | None
    summary: str | None
    credit: str | None = None
    lines: tuple[Line, ...] = ()  # all its lines, when it runs over several (a record)


# A grid table's borders: the top one, and the rules between its rows (the bottom one too).
_TOP = re.compile(r"[┌╔╒╓┏+][─━═=\-+┬╦╤╥┳]*[┐╗╕╖┓+]")
_RULE = re.compile(r"[├╠╞╟┣└╚╘╙┗+][─━═=\-+┼╬╪╫╋┴╩╧╨┻]*[┤╣╡╢┫┘╝╛╜┛+]")
_BARS = re.compile(r"[│║┃┆┊╎┇┋╏]")  # (the dashed ones inside: polars' cells)
_ROW_STARTS = "|│║┃"
# The first character of a table's first line (a fast first test).
TABLE_STARTS = "|┌╔╒╓┏+"


def starts_table(lines: list[Line], at: int) -> bool:
    """Whether line `at` opens a table: a `|` row over a delimiter row, a grid's top border
    over a row, or a header row of cells (parted by tabs, or set in columns of spaces:
    `lines.Line.cells`) where two or more name a column, over another row of cells (under
    the rule of dashes that may underline it)."""
    if at + 1 == len(lines):
        return False
    line, below = lines[at], lines[at + 1]
    if line.columns is not None:  # (a table with no header row: its first row knows its columns)
        return True
    if line.cells is not None:
        while below.cells == () and at + 2 < len(lines):  # (a rule, or a header over lines)
            at += 1
            below = lines[at + 1]
        return (below.cells is not None and len(below.cells) >= 2
                and sum(column_key(name) in COLUMNS for name in line.cells) >= 2)
    if _header_row(line.text):  # no delimiter row under it
        return below.text[:1] == "|" and sum(column_key(name) in COLUMNS for name in _cells(line.text)) >= 2
    if line.text[:1] == "|":
        return bool(_DELIMITER.fullmatch(below.text))
    return bool(below.text) and below.text[0] in _ROW_STARTS and bool(_TOP.fullmatch(line.text))


def _header_row(text: str) -> bool:
    """A pipe row marked as the header: Jira's (`||Date||Event||`) or Textile's (`|_. Date |_.
    Event |`)."""
    return text[:2] == "||" or text[:3] == "|_."


def _cells(text: str) -> list[str]:
    """A pipe row's cells (`| a | b |`; Jira's header row: `||a||b||`; Textile's: `|_. a |_. b |`)."""
    text = text.strip()
    if text[:2] == "||":
        return [cell.strip() for cell in text.strip("|").split("||")]
    return [cell.strip().removeprefix("_.").lstrip()
            for cell in text.removeprefix("|").removesuffix("|").split("|")]


def read_table(lines: list[Line], at: int) -> tuple[list[TableRow], int]:
    """The rows of the table that line `at` opens, and the index just past the table (its
    rows run to the first line that is not one)."""
    if lines[at].cells is not None:
        end = at + 1
        while end < len(lines) and lines[end].cells is not None:
            end += 1
        first = at if lines[at].columns else at + 1  # (the header row, where there is one)
        return _rows(list(lines[at].columns or lines[at].cells),
                     [(line, list(line.cells)) for line in lines[first:end] if line.cells]), end
    if lines[at].text[:1] != "|":
        return _read_grid(lines, at)
    first = at + (1 if _header_row(lines[at].text) else 2)  # the first row under the header
    end = first
    while end < len(lines) and lines[end].text[:1] == "|":
        end += 1
    return _rows(_cells(lines[at].text), [(line, _cells(line.text)) for line in lines[first:end]]), end


def _read_grid(lines: list[Line], at: int) -> tuple[list[TableRow], int]:
    """A grid table's rows: where rules part the rows, the lines between two rules are one
    row, each cell's pieces joined; where only the header is ruled off, each line is one but
    for a line whose first cell is empty, which goes on with the row above."""
    parts: list[list[Line]] = [[]]  # the runs of row lines between rules
    end = at + 1
    while end < len(lines):
        text = lines[end].text
        if text and text[0] in _ROW_STARTS:
            parts[-1].append(lines[end])
        elif _RULE.fullmatch(text):
            parts.append([])
        else:
            break
        end += 1
    parts = [part for part in parts if part]
    if parts and (dtypes := next((i for i, line in enumerate(parts[0]) if i and _dashes_only(line.text)), None)):
        parts[0] = parts[0][:dtypes]  # polars' header: the names, over `---` and their types
    if len(parts) == 2:  # no rules between the rows: a line whose first cell is empty goes on
        rows: list[list[Line]] = []  # with the row above, any other is a row of its own
        for line in parts[1]:
            if rows and not (_grid_cells(line.text) or [""])[0].strip():
                rows[-1].append(line)
            else:
                rows.append([line])
        parts[1:] = rows
    grid = [(part[0], joined_cells([_grid_cells(line.text) for line in part])) for part in parts]
    return (_rows(grid[0][1], grid[1:]) if len(grid) > 1 else []), end


def _dashes_only(text: str) -> bool:
    """Whether a grid's row line holds only `---` in each cell (polars' line between a
    column's name and its type: `│ published ┆ title │` / `│ --- ┆ --- │` / `│ date ┆ str │`)."""
    cells = _grid_cells(text)
    return len(cells) >= 2 and all(cell.strip() == "---" for cell in cells)


def _grid_cells(text: str) -> list[str]:
    """A grid row line's cells, split at its bars (`│`, or `|` in an ASCII grid)."""
    cells = (_BARS.split(text) if _BARS.match(text) else text.split("|"))[1:]
    return cells[:-1] if cells and not cells[-1].strip() else cells


# A record's field line: `Subject:  ILO and ...`, `Date: 14/05/2024`, MySQL's `title: ...`
# (a name of three words at most, a colon, the value); a space may stand before the colon,
# where PowerShell's `Format-List` pads the names to one width (`title       : ...`, the
# spaces collapsed), and sqlite's `.mode line` parts them by ` = ` (`location = Amman`). A
# field may be empty (`location:`, a NULL), where its name is a column's.
_FIELD = re.compile(r"(?P<name>[A-Za-z][\w-]*(?: [\w-]+){0,2})(?: ?:| =)(?:\s+(?P<value>\S.*)|$)")
# a field line's colon stands within this many characters (a fast first test)
FIELD_COLON = 32
# fields that make a paragraph an email's header when they hold no date (`From: ILO News`)
_MAIL_FIELDS = frozenset({"from", "to", "cc", "bcc", "reply-to", "sent"})


def starts_record(lines: list[Line], at: int) -> bool:
    """Whether line `at` opens a record: a paragraph of field lines (`Name: value`) whose
    names give it a title and a date that reads (`_record`). A database's export writes its
    documents so (Lotus Notes' `Subject:  ...` / `Date:  14/05/2024` / `Body:  ...`), and so
    does a form's printout."""
    return (at == 0 or not lines[at - 1].text) and _record(lines, at) is not None


@dataclass
class _Record:
    """A record's field lines (`_record`): its names, the columns they name, their values."""

    start: int
    end: int  # the index past its last line
    names: list[str]
    roles: list[str | None]
    cells: list[str]


def _record(lines: list[Line], at: int) -> _Record | None:
    """The record that line `at` opens; None when the paragraph is no record. Its first line
    names a column (`Subject`, `Title`, `Date`); a line that is no field line goes on with
    the field above it (a body's second line)."""
    first = _FIELD.match(lines[at].text)  # (a record opens with a field that has a value)
    if not first or not first["value"] or column_key(first["name"]) not in COLUMNS:
        return None
    names: list[str] = []
    values: list[list[str]] = []
    end = at
    while end < len(lines) and lines[end].text and not lines[end].is_count:  # (MySQL's `5 rows in set`)
        m = _FIELD.fullmatch(lines[end].text)
        if m and (m["value"] or column_key(m["name"]) in COLUMNS):
            names.append(m["name"])
            values.append([m["value"] or ""])
        elif names:
            values[-1].append(lines[end].text)
        else:
            return None
        end += 1
    roles = [COLUMNS.get(column_key(name)) for name in names]
    if "title" not in roles or "date" not in roles:
        return None
    cells = _unquoted(["\n".join(value) for value in values])
    if any(column_key(name) in _MAIL_FIELDS and not parse_date_line(cell) for name, cell in zip(names, cells)):
        return None
    date = cells[roles.index("date")]
    if not (parse_date_line(date) or parse_slashed_line(date, True)):
        return None
    return _Record(at, end, names, roles, cells)


# a YAML value in quotes (`"Heat at work: ..."`, `'ILO''s report'`), or a flow list of them
# (`["Safety and health at work", "Climate change"]`)
_YAML_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\']|\'\')*\'')
_YAML_LIST = re.compile(rf'\[\s*(?:{_YAML_QUOTED.pattern}|[^\[\]",\']+)(?:\s*,\s*(?:{_YAML_QUOTED.pattern}|[^\[\]",\']+))*\s*\]')


def _unquoted(cells: list[str]) -> list[str]:
    """A record's values as YAML reads them, where it writes two or more in quotes or a
    list (a static site's front matter: `title: "..."`, `tags: ["a", "b"]`): a list is its
    texts, parted by commas, and a web address or a site's path alone is a link, no text. A
    record of plain values keeps its quotes as written."""
    yaml_like = [_YAML_QUOTED.fullmatch(cell) or _YAML_LIST.fullmatch(cell) for cell in cells]
    if sum(1 for m in yaml_like if m) < 2:
        return cells
    texts = [_yaml_text(cell) if m else cell for cell, m in zip(cells, yaml_like)]
    return ["" if is_link(text) else text for text in texts]  # (`image: /img/a.jpg`: a link)


def _yaml_text(cell: str) -> str:
    if cell[0] == "[":
        return ", ".join(_yaml_text(piece.strip()) for piece in _list_pieces(cell[1:-1]) if piece.strip())
    if cell[0] == "'":
        return cell[1:-1].replace("''", "'")
    if cell[0] == '"':
        try:
            return json.loads(cell)
        except ValueError:
            return cell[1:-1]
    return cell


def _list_pieces(inner: str) -> list[str]:
    """A flow list's items: its quoted texts whole, the rest parted at commas."""
    return [m[0] for m in re.finditer(rf'{_YAML_QUOTED.pattern}|[^,]+', inner)]


def read_records(lines: list[Line], at: int) -> tuple[list[TableRow], int]:
    """The rows of the records that line `at` opens, one after another with blank lines
    between (a form feed's too), and the index just past the last."""
    records: list[_Record] = []
    while at < len(lines) and (record := _record(lines, at)):
        records.append(record)
        if at > 0 and lines[at - 1].is_rule and record.end < len(lines) and lines[record.end].is_rule:
            _take_body(lines, record)
        at = record.end
        while at < len(lines) and not lines[at].text:
            at += 1
    rows = record_rows([(lines[record.start], lines[record.start:record.end], record.names, record.cells)
                        for record in records])
    return rows, records[-1].end if records else at


def _take_body(lines: list[Line], record: _Record) -> None:
    """A record fenced by rules (a post's front matter, `---` over and under its fields)
    takes the paragraph of plain text under its closing fence: the post's lead, its
    summary."""
    at = record.end + 1
    while at < len(lines) and not lines[at].text and not lines[at].is_rule:
        at += 1
    end = at
    while end < len(lines) and lines[end].text and not (
            lines[end].marker or lines[end].date or lines[end].heading or _FIELD.match(lines[end].text)):
        end += 1
    if end > at and (end == len(lines) or not lines[end].text):
        record.names.append("Body")
        record.roles.append("summary")
        record.cells.append(" ".join(line.text for line in lines[at:end]))
        record.end = end


def numbered_record(first: int, last: int, names: list[str], values: list[str]
                    ) -> tuple[Line, list[Line], list[str], list[str]]:
    """A data file's record (`record_rows`) from the numbers of its first and last lines: its
    lines are no page text, only where it stands."""
    return Line(first, "", 0), [Line(number, "", 0) for number in range(first, last + 1)], names, values


def record_rows(records: list[tuple[Line, list[Line], list[str], list[str]]]) -> list[TableRow]:
    """Records as rows, each given as its first line, all its lines, its names and their
    values (a row whose header is its own names)."""
    roles = [[COLUMNS.get(column_key(name)) for name in names] for _, _, names, _ in records]
    dates = [cell for (*_, cells), header in zip(records, roles)
             for role, cell in zip(header, cells) if role == "date"]
    first_day = day_first(dates)  # `03/05/2024`: the other records' dates tell the order
    return [replace(_row(line, names, header, cells, first_day), lines=tuple(lines))
            for (line, lines, names, cells), header in zip(records, roles)]


def _rows(names: list[str], body: list[tuple[Line, list[str]]]) -> list[TableRow]:
    """A table's rows as entries' fields, by its header's names."""
    header = [COLUMNS.get(column_key(name)) for name in names]
    if "title" not in header and None in header:
        header[header.index(None)] = "title"  # the first column the header does not name
    dates = [cells[i] for _, cells in body for i, role in enumerate(header) if role == "date" and i < len(cells)]
    first_day = day_first(dates)  # `21/03/2024`: the column's other dates tell the order
    return [_row(line, names, header, cells, first_day) for line, cells in body]


_EMPTY_CELLS = frozenset({"NULL", "null", "NaN", "NaT", "<NA>", "None"})  # how a program prints no value


def _row(line: Line, names: list[str], header: list[str | None], cells: list[str],
         first_day: bool | None) -> TableRow:
    """A row's cells as an entry's fields: the date cell, with the kind and place cells it
    takes, is the date line; a summary cell, and a cell no field takes with its header
    (`Pages: 48`), the summary. A cell no column names that is a credit alone (an image's
    caption: `© ILO/...`) is the credit, where no column gives one. A database's `NULL`,
    polars' `null`, and pandas' `NaN`, `NaT`, `<NA>` and `None`, are an empty cell."""
    cells = ["" if cell in _EMPTY_CELLS else cell for cell in cells]
    fields: dict[str, int] = {}
    rest: list[int] = []  # the cells that land in the summary, by column
    for i, cell in enumerate(cells):
        role = header[i] if i < len(header) else None
        if role == "none":
            continue  # (the record's bookkeeping)
        if cell and role and role not in fields:
            fields[role] = i
        elif cell:
            rest.append(i)
    if "content" in fields:  # (the story's whole text: the summary only where there is none)
        content = fields.pop("content")
        if "summary" not in fields:
            fields["summary"] = content
    unnamed = (i for i in rest if (i >= len(header) or header[i] is None) and is_credit(cells[i]))
    if "credit" not in fields and (credit := next(unnamed, None)) is not None:
        fields["credit"] = credit
        rest.remove(credit)
    date = None
    if "date" in fields:
        date = parse_date_line(cells[fields["date"]]) or parse_slashed_line(cells[fields["date"]], first_day)
    used = [fields.pop("date")] if date else []
    if date and "end" in fields and date.published_end is None:  # `End date: 2024-06-14`
        end = parse_date_line(cells[fields["end"]]) or parse_slashed_line(cells[fields["end"]], first_day)
        if end and end.published > date.published:
            date = replace(date, published_end=end.published)
            used.append(fields.pop("end"))
    for role in ("kind", "place"):
        if date and role in fields and getattr(date, role) is None:
            date = replace(date, **{role: cells[fields[role]]})
            used.append(fields.pop(role))
    if date and "time" in fields and date.time is None and (time := parse_time(cells[fields["time"]])):
        date = replace(date, time=time[0], timezone=time[1])  # `Time: 09:00 - 17:00 (Asia/Jakarta)`
        used.append(fields.pop("time"))
    rest += [fields.pop(role) for role in ("date", "end", "kind", "place", "time", "summary") if role in fields]
    title, label, credit = (fields.get(role) for role in ("title", "label", "credit"))
    lead = [date.lead] if date and date.lead else []  # (`3 May 2024 - launch of the report`)
    return TableRow(
        line=line,
        title=cells[title] if title is not None else None,
        label=cells[label] if label is not None else None,
        date_line=" | ".join(cells[i] for i in sorted(used)) or None,
        date=date,
        summary="\n".join([*lead, *(_named(names, header, cells, i) for i in sorted(rest))]) or None,
        credit=cells[credit] if credit is not None else None,
    )


def _named(names: list[str], header: list[str | None], cells: list[str], i: int) -> str:
    """Cell `i` as the summary shows it: with its column's name, unless that is `Summary`."""
    named = i < len(names) and names[i] and header[i] not in ("summary", "content")
    return f"{names[i]}: {cells[i]}" if named else cells[i]
