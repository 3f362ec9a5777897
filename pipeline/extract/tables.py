"""Listing tables: a Markdown pipe table whose rows are the page's items.

    | Date       | Title                                   | Location      |
    |------------|-----------------------------------------|---------------|
    | 2024-05-29 | Caribbean unemployment falls to 6.8 ... | Port of Spain |

The delimiter row under the header (`|---|---|`) makes the table; the header names what
each column holds (`data/table_columns.csv`: `Date`, `Title`, `Location`, `Type`...). Each
row below is one entry, dated or not, like a list's. A column of another name goes to the
summary with its header (`Pages: 48`), so no cell is lost.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline.curated import rows
from pipeline.dates import DateLine, day_first, parse_date_line, parse_slashed_line
from pipeline.extract.lines import Line

_DELIMITER = re.compile(r"\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?")
_COLUMNS = {" ".join(row["header"].split()).casefold(): row["field"]
            for row in rows("extract/data/table_columns.csv")}


@dataclass
class TableRow:
    """One row of a listing table, as the fields of an entry."""

    line: Line
    title: str | None
    label: str | None
    date_line: str | None     # the cells that gave the date, as written (` | ` between)
    date: DateLine | None
    summary: str | None


def starts_table(lines: list[Line], at: int) -> bool:
    """Whether line `at` is a table's header row: a `|` row over a delimiter row."""
    return (lines[at].text[:1] == "|" and at + 1 < len(lines)
            and bool(_DELIMITER.fullmatch(lines[at + 1].text)))


def _cells(text: str) -> list[str]:
    return [cell.strip() for cell in text.strip().removeprefix("|").removesuffix("|").split("|")]


def read_table(lines: list[Line], at: int) -> tuple[list[TableRow], int]:
    """The rows of the table whose header is line `at`, and the index just past the table
    (its rows run to the first line that is not one)."""
    names = _cells(lines[at].text)
    header = [_COLUMNS.get(" ".join(name.split()).casefold()) for name in names]
    if "title" not in header and None in header:
        header[header.index(None)] = "title"  # the first column the header does not name
    end = at + 2
    while end < len(lines) and lines[end].text[:1] == "|":
        end += 1
    body = [(line, _cells(line.text)) for line in lines[at + 2:end]]
    dates = [cells[i] for _, cells in body for i, role in enumerate(header) if role == "date" and i < len(cells)]
    first_day = day_first(dates)  # `21/03/2024`: the column's other dates tell the order
    return [_row(line, names, header, cells, first_day) for line, cells in body], end


def _row(line: Line, names: list[str], header: list[str | None], cells: list[str],
         first_day: bool | None) -> TableRow:
    """A row's cells as an entry's fields: the date cell, with the kind and place cells it
    takes, is the date line; a summary cell, and a cell no field takes with its header
    (`Pages: 48`), the summary."""
    fields: dict[str, int] = {}
    rest: list[int] = []  # the cells that land in the summary, by column
    for i, cell in enumerate(cells):
        role = header[i] if i < len(header) else None
        if cell and role and role not in fields:
            fields[role] = i
        elif cell:
            rest.append(i)
    date = None
    if "date" in fields:
        date = parse_date_line(cells[fields["date"]]) or parse_slashed_line(cells[fields["date"]], first_day)
    used = [fields.pop("date")] if date else []
    for role in ("kind", "place"):
        if date and role in fields and getattr(date, role) is None:
            date = replace(date, **{role: cells[fields[role]]})
            used.append(fields.pop(role))
    rest += [fields.pop(role) for role in ("date", "kind", "place", "summary") if role in fields]
    title, label = fields.get("title"), fields.get("label")
    return TableRow(
        line=line,
        title=cells[title] if title is not None else None,
        label=cells[label] if label is not None else None,
        date_line=" | ".join(cells[i] for i in sorted(used)) or None,
        date=date,
        summary="\n".join(_named(names, header, cells, i) for i in sorted(rest)) or None,
    )


def _named(names: list[str], header: list[str | None], cells: list[str], i: int) -> str:
    """Cell `i` as the summary shows it: with its column's name, unless that is `Summary`."""
    named = i < len(names) and names[i] and header[i] != "summary"
    return f"{names[i]}: {cells[i]}" if named else cells[i]
