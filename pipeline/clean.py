"""Clean: listing entries -> the `items` table (normalised text, parsed dates, one row per item)."""
from __future__ import annotations

import hashlib
import re

import pandas as pd

from pipeline.dates import parse_date_line
from pipeline.schema import ITEMS
from pipeline.text import collapse_whitespace, title_key

# `©`, then a redundant `(c)`; or a `Photo:` / `Photo credit:` prefix.
_CREDIT_PREFIX = re.compile(r"^(?:©\s*)?(?:\(c\)\s*)?(?:photo(?:\s+credit)?\s*:\s*)?", re.I)


def item_id(title: str, published) -> str:
    """Stable key of an item: same title (up to case and spacing) and date, same id."""
    iso = published.isoformat() if published is not None and not pd.isna(published) else ""
    return hashlib.sha256(f"{title_key(title)}|{iso}".encode()).hexdigest()[:16]


def entry_item_id(title: str, date_line: str | None) -> str:
    """The id of the item an entry makes: its title and its date line's first date."""
    date = parse_date_line(date_line) if isinstance(date_line, str) else None
    return item_id(collapse_whitespace(title), date.published if date else None)


def clean_credit(credit: str | None) -> str | None:
    if not credit:
        return None
    return collapse_whitespace(_CREDIT_PREFIX.sub("", collapse_whitespace(credit))) or None


def _text(value: str | None) -> str | None:
    return collapse_whitespace(value) or None if value else None


def _item(entry: dict) -> dict:
    date = parse_date_line(entry["date_line"]) if entry["date_line"] else None
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


def clean_entries(entries: pd.DataFrame) -> pd.DataFrame:
    """One row per distinct item; a repeated item keeps the fields of its first dump.

    Entries are taken in file-name then line order, so "first" is the first dump
    by name, as the contract says; `sources` lists every dump the item is in.
    """
    columns = [f.name for f in ITEMS]
    if entries.empty:
        return pd.DataFrame({name: pd.Series(dtype=object) for name in columns})
    ordered = entries.sort_values(["source", "line"], kind="stable")
    records = ordered.astype(object).where(ordered.notna(), None).to_dict("records")
    rows = pd.DataFrame([_item(e) for e in records])
    sources = rows.groupby("item_id", sort=False)["source"].agg(lambda s: sorted(set(s)))
    items = rows.drop_duplicates("item_id", keep="first").copy()
    items["sources"] = items["item_id"].map(sources)
    items = items[columns].reset_index(drop=True)
    # One spelling of "missing" (None) in every column, whatever pandas inferred.
    return items.astype(object).where(items.notna(), None).astype({"line": "int32"})
