"""Clean: listing entries -> the `items` table (normalised text, parsed dates, one row per item)."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter

import pandas as pd

from pipeline.dates import AHEAD, EARLIEST, DateLine, latest, parse_date_lines
from pipeline.schema import ITEMS, STAGED
from pipeline.text import CREDIT_NAMED, collapse_whitespace, title_key

# `©`, a redundant `(c)` and a `Photo:` / `Photo credit:` prefix, in any order (`Photo: ©
# ILO/A. Mirza 2024`, as a newsletter writes it)
_CREDIT_PREFIX = re.compile(rf"^(?:(?:©|\(c\)|{CREDIT_NAMED})\s*)*", re.I)


def item_id(title: str, published) -> str:
    """Stable key of an item: same title (up to case and spacing) and date, same id."""
    iso = published.isoformat() if published is not None and not pd.isna(published) else ""
    return hashlib.sha256(f"{title_key(title)}|{iso}".encode()).hexdigest()[:16]


def clean_credit(credit: str | None) -> str | None:
    if not credit:
        return None
    return collapse_whitespace(_CREDIT_PREFIX.sub("", collapse_whitespace(credit))) or None


def _text(value: str | None) -> str | None:
    return collapse_whitespace(value) or None if value else None


def _date(entry: dict) -> DateLine | None:
    # extract hands over the date line as read; entries made some other way have only its text
    return entry.get("date") or (parse_date_lines(entry["date_line"]) if entry["date_line"] else None)


@dataclass
class Dated:
    """Entries split by their dates: those an item may carry, and rejects for the others."""

    entries: list[dict]           # entries with no date, or with dates inside the window
    rejects: list[dict]           # REJECTS rows: the others, with their title and date line
    expires: dict[str, dt.date]   # dump -> the day its first rejected future date enters the window


def date_window(entries: list[dict], today: dt.date) -> Dated:
    """Set aside the entries dated before 1919 or after `latest(today)`: a typo in a date line
    (`21 June 2302`) loses its item to the rejects, with its reason, not the whole run.

    Which entries that sets aside depends on `today` only through future dates, and only
    until each enters the window: `expires` says when a dump's split is due again.
    """
    last = latest(today)
    kept, rejects, expires = [], [], {}
    for entry in entries:
        date = _date(entry)
        end = date and (date.published_end or date.published)
        if not date or (EARLIEST <= date.published and end <= last):
            kept.append(entry)
            continue
        rejects.append({"stage": "clean", "rule": "date_outside_window", "source": entry["source"],
                        "line": entry["line"], "text": f"{collapse_whitespace(entry['title'])} / {entry['date_line']}"})
        if date.published >= EARLIEST:  # too late only: it enters the window some day
            source = entry["source"]
            expires[source] = min(expires.get(source, end - AHEAD), end - AHEAD)
    return Dated(kept, rejects, expires)


def _item(entry: dict) -> dict:
    date = _date(entry)
    title = collapse_whitespace(entry["title"])
    return {
        "item_id": item_id(title, date.published if date else None),
        "title": title,
        "published": date.published if date else None,
        "published_end": date.published_end if date else None,
        "time": date.time if date else None,
        "timezone": date.timezone if date else None,
        "place": date.place if date else None,
        "label": _text(entry["label"]),
        "kind": date.kind if date else None,
        "summary": _text(entry["summary"]),
        "credit": clean_credit(entry["credit"]),
        "section": _text(entry["section"]),
        "source": entry["source"],
        "line": entry["line"],
    }


def records(frame: pd.DataFrame) -> list[dict]:
    """Rows as dicts, a missing value as None (pandas' own `to_dict` is several times slower)."""
    columns = {name: [None if value is None or value != value else value for value in frame[name].tolist()]
               for name in frame.columns}  # `value != value`: NaN
    return [dict(zip(columns, row)) for row in zip(*columns.values())]


def entry_items(entries: list[dict]) -> list[dict]:
    """The item each entry makes (entries as `extract_rows` gives them), one per entry, in
    (source, line) order. An item listed twice in a dump has two rows here."""
    return [_item(e) for e in sorted(entries, key=itemgetter("source", "line"))]


def first_per_dump(rows: list[dict]) -> list[dict]:
    """Each dump's first row of each item: what a dump contributes on its own, before items
    repeated across dumps are merged."""
    seen: set[tuple[str, str]] = set()
    firsts = []
    for row in rows:
        key = (row["source"], row["item_id"])
        if key not in seen:
            seen.add(key)
            firsts.append(row)
    return firsts


def items_frame(rows: list[dict]) -> pd.DataFrame:
    """Item rows as a frame of the items' columns, no `sources` yet; None where missing."""
    columns = STAGED["items"].names
    if not rows:
        return pd.DataFrame({name: pd.Series(dtype=object) for name in columns})
    frame = pd.DataFrame(rows, columns=columns)
    # One spelling of "missing" (None) in every column, whatever pandas inferred.
    return frame.astype(object).where(frame.notna(), None).astype({"line": "int32"})


def dump_items(entries: pd.DataFrame) -> pd.DataFrame:
    """One row per distinct item of each dump (its first entry there), in (source, line) order."""
    return items_frame(first_per_dump(entry_items(records(entries))))


class FirstSource:
    """Merges items repeated across dumps, fed dump by dump in file-name order.

    The first dump an item is in keeps it (its fields, its enrichments); later dumps only
    add their name to its `sources`. Only the ids are held, so memory stays small.
    """

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.later: dict[str, list[str]] = {}   # item_id -> dumps after the first, in order
        self.listing: Counter[str] = Counter()  # dump -> items that list it in `sources`

    def keep(self, item_ids: Iterable[str], sources: Iterable[str]) -> list[bool]:
        """For each (item, dump) row, whether the row is the item's first: the one to publish."""
        kept = []
        for item, source in zip(item_ids, sources):
            self.listing[source] += 1
            first = item not in self.seen
            if first:
                self.seen.add(item)
            else:
                self.later.setdefault(item, []).append(source)
            kept.append(first)
        return kept

    def sources(self, item_id: str, source: str) -> list[str]:
        """Every dump the item is in, sorted: its first dump and the later ones."""
        return sorted([source, *self.later.get(item_id, ())])


def clean_entries(entries: pd.DataFrame) -> pd.DataFrame:
    """One row per distinct item; a repeated item keeps the fields of its first dump.
    (A run also sets aside entries dated outside the window first: see `date_window`.)

    Entries are taken in file-name then line order, so "first" is the first dump
    by name, as the contract says; `sources` lists every dump the item is in.
    """
    rows = dump_items(entries)
    merger = FirstSource()
    first = pd.Series(merger.keep(rows["item_id"], rows["source"]), index=rows.index, dtype=bool)
    items = rows[first].copy()
    items["sources"] = [merger.sources(i, s) for i, s in zip(items["item_id"], items["source"])]
    return items[[f.name for f in ITEMS]].reset_index(drop=True)
