"""Extract: a dump's text -> its listing entries, each with its source file and line."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from pipeline.extract.documents import read_document
from pipeline.extract.layout import Entry, find_entries, table_entry
from pipeline.extract.lines import Line, split_lines
from pipeline.schema import ENTRIES, REJECTS

__all__ = ["Entry", "Extracted", "extract", "extract_dump", "extract_entries", "extract_rows", "truncation"]

# The entries' columns, and `date`: the date line as the parser read it (a DateLine), so
# that clean need not read it again. It is not part of any table.
_COLUMNS = [*ENTRIES.names, "date"]
# How a complete last line ends: a sentence, a closing quote or bracket, or a date line.
_ENDS_COMPLETE = (".", "!", "?", ")", "\"", "”", "’", "'", "]", ":")


def truncation(text: str) -> str | None:
    """Why the dump's last item looks cut short, or None.

    A dump is cut when it ends with no newline, mid-text, inside an item: a page that
    simply ends on a promo tile or a date line is whole.
    """
    if not text or text.endswith(("\n", "\r")):
        return None
    return _cut_short(*_read(text, ""))


def _cut_short(lines: list[Line], entries: list[Entry]) -> str | None:
    """`truncation` on lines and entries already found (a dump that ends with no newline)."""
    last = next((line for line in reversed(lines) if line.text), None)
    if last is None or last.date or last.is_date_heading or last.text.endswith(_ENDS_COMPLETE):
        return None
    if not entries or last.number not in entries[-1].lines or _whole_row(lines, last):
        return None
    return f"the last item looks truncated: line {last.number} ends mid-text ({last.text[-30:]!r})"


def _whole_row(lines: list[Line], last: Line) -> bool:
    """Whether the last line is a table's row with every cell its header names (a
    spreadsheet's TSV ends with no newline after it)."""
    if not last.cells:
        return False
    at = next(at for at in range(len(lines) - 1, -1, -1) if lines[at] is last)
    while at > 0 and lines[at - 1].cells is not None:
        at -= 1  # (up to the header row)
    return lines[at] is not last and len(last.cells) >= len(lines[at].cells)


def extract_entries(text: str, source: str) -> list[Entry]:
    """The listing entries of one dump's text, in page order."""
    return _read(text, source)[1]


def _read(text: str, source: str) -> tuple[list[Line], list[Entry]]:
    """A dump's lines and entries: a data document's items (`documents`), else its page's."""
    lines = split_lines(text)
    if (rows := read_document(text)) is not None:
        return lines, [table_entry(source, row, None) for row in rows]
    return lines, find_entries(lines, source)


@dataclass
class Extracted:
    """What extract found in some dumps: rows of entries and rejects, and per-dump counts."""

    entries: list[dict]          # one per entry with a title: ENTRIES' columns, and `date`
    rejects: list[dict]          # REJECTS' columns
    found: dict[str, int]        # dump -> the entries the parser found (for reconciliation)
    truncated: dict[str, str]    # dump -> why its last item looks cut short

    def entries_frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.entries, columns=_COLUMNS)

    def frames(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        return self.entries_frame(), pd.DataFrame(self.rejects, columns=REJECTS.names)


def extract_rows(dumps: Mapping[str, str], done: Mapping[str, Extracted] | None = None) -> Extracted:
    """Entries of every dump (name -> text), in file-name then page order, and the entries
    set aside with their reason. `done` holds what some of them gave already (name ->
    `extract_dump`'s result), extracted ahead: those are not extracted again.

    An entry with no title (a marker with only a credit under it, say) cannot be an
    item; it goes to the rejects with its text rather than vanishing.
    """
    done = done or {}
    rows, rejects, found, truncated = [], [], {}, {}
    for source in sorted(dumps):
        part = done.get(source) or extract_dump(source, dumps[source])
        rows += part.entries
        rejects += part.rejects
        found.update(part.found)
        truncated.update(part.truncated)
    return Extracted(rows, rejects, found, truncated)


def extract_dump(source: str, text: str) -> Extracted:
    """`extract_rows` of one dump."""
    rows, rejects = [], []
    lines, entries = _read(text, source)
    cut = text and not text.endswith(("\n", "\r")) and _cut_short(lines, entries)
    for entry in entries:
        if entry.title:
            rows.append({name: getattr(entry, name) for name in _COLUMNS})
        else:
            shown = " / ".join(filter(None, [entry.credit, entry.label, entry.date_line, entry.summary]))
            rejects.append({"stage": "extract", "rule": "entry_without_title", "source": source,
                            "line": entry.line, "text": shown or entry.marker})
    return Extracted(rows, rejects, {source: len(entries)}, {source: cut} if cut else {})


def extract(dumps: Mapping[str, str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """`extract_rows` as frames: the entries, and the rejects."""
    return extract_rows(dumps).frames()
