"""Extract: a dump's text -> its listing entries, each with its source file and line."""
from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from pipeline.extract.layout import Entry, find_entries
from pipeline.extract.lines import split_lines
from pipeline.schema import ENTRIES, REJECTS

__all__ = ["Entry", "extract", "extract_entries", "truncation"]

# How a complete last line ends: a sentence, a closing quote or bracket, or a date line.
_ENDS_COMPLETE = (".", "!", "?", ")", "\"", "”", "’", "'", "]", ":")


def truncation(text: str) -> str | None:
    """Why the dump's last item looks cut short, or None.

    A dump is cut when it ends with no newline, mid-text, inside an item: a page that
    simply ends on a promo tile or a date line is whole.
    """
    if not text or text.endswith(("\n", "\r")):
        return None
    lines = split_lines(text)
    last = next((line for line in reversed(lines) if line.text), None)
    if last is None or last.date or last.is_date_heading or last.text.endswith(_ENDS_COMPLETE):
        return None
    entries = find_entries(lines, "")
    if not entries or last.number not in entries[-1].lines:
        return None
    return f"the last item looks truncated: line {last.number} ends mid-text ({last.text[-30:]!r})"


def extract_entries(text: str, source: str) -> list[Entry]:
    """The listing entries of one dump's text, in page order."""
    return find_entries(split_lines(text), source)


def extract(dumps: Mapping[str, str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Entries of every dump (name -> text), and the entries set aside with their reason.

    An entry with no title (a marker with only a credit under it, say) cannot be an
    item; it goes to the rejects with its text rather than vanishing.
    """
    rows, rejects, found = [], [], {}
    for source in sorted(dumps):
        entries = extract_entries(dumps[source], source)
        found[source] = len(entries)
        for entry in entries:
            record = {name: getattr(entry, name) for name in ENTRIES.names}
            if entry.title:
                rows.append(record)
            else:
                text = " / ".join(filter(None, [entry.credit, entry.label, entry.date_line, entry.summary]))
                rejects.append({"stage": "extract", "rule": "entry_without_title", "source": source,
                                "line": entry.line, "text": text or entry.marker})
    frame = pd.DataFrame(rows, columns=ENTRIES.names)
    frame.attrs["found"] = found  # per dump, as the parser counted them: for reconciliation
    return frame, pd.DataFrame(rejects, columns=REJECTS.names)
