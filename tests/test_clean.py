"""Clean: text normalisation, credits, ids and dedup across dumps, on small hand-made entries."""
import datetime as dt
import hashlib

import pandas as pd
import pytest

from pipeline.clean import clean_credit, clean_entries, date_window, item_id
from pipeline.schema import ENTRIES


def _entries(*rows: dict) -> pd.DataFrame:
    base = {name: None for name in ENTRIES.names}
    return pd.DataFrame([{**base, **row} for row in rows], columns=ENTRIES.names)


@pytest.mark.parametrize("raw,clean", [
    ("© ILO 2020", "ILO 2020"),
    ("© (c) ILO/F. Latief 2022", "ILO/F. Latief 2022"),
    ("©ILO/M. Crozet", "ILO/M. Crozet"),
    ("Photo: ILO/J. Doe 2019", "ILO/J. Doe 2019"),
    ("Photo: © ILO/A. Mirza 2024", "ILO/A. Mirza 2024"),
    ("Photo credit: (c) ILO", "ILO"),
    ("Foto: © OIT/Marcel Crozet", "OIT/Marcel Crozet"),  # (the offices' languages' words)
    ("Crédit photo : © BIT/M. Crozet", "BIT/M. Crozet"),
    ("Crédito: OIT", "OIT"),
    ("© Kate Holt / Solidarity Center 2023", "Kate Holt / Solidarity Center 2023"),
    (None, None),
])
def test_clean_credit(raw, clean):
    assert clean_credit(raw) == clean


def test_item_id_is_the_documented_hash():
    expected = hashlib.sha256("financing gaps in social protection|2020-09-17".encode()).hexdigest()[:16]
    assert item_id("Financing  gaps in Social\u00a0Protection", dt.date(2020, 9, 17)) == expected
    assert item_id("Financing gaps", None) == hashlib.sha256(b"financing gaps|").hexdigest()[:16]


def test_fields_from_the_date_line_and_collapsed_text():
    items = clean_entries(_entries({
        "source": "a.txt", "line": 3, "title": "  Title\u00a0with\tspaces ",
        "label": "Event", "credit": "© (c) ILO 2021", "section": "What's new",
        "date_line": "Press release | 24 - 28 April 2015 at 9.30 (CET)",
        "summary": "First line\nsecond  line.",
    }))
    row = items.iloc[0]
    assert row["title"] == "Title with spaces"
    assert row["published"] == dt.date(2015, 4, 24)
    assert row["published_end"] == dt.date(2015, 4, 28)
    assert (row["time"], row["timezone"], row["kind"]) == ("09:30", "CET", "Press release")
    assert row["summary"] == "First line second line."
    assert row["credit"] == "ILO 2021"
    assert (row["label"], row["section"]) == ("Event", "What's new")
    assert row["sources"] == ["a.txt"]


def test_same_item_in_two_dumps_is_one_row_from_the_first_dump():
    items = clean_entries(_entries(
        {"source": "b.txt", "line": 9, "title": "ILO Reaches  target", "date_line": "08 November 2021",
         "label": "Social protection"},
        {"source": "a.txt", "line": 40, "title": "ILO reaches target", "date_line": "8 November 2021",
         "summary": "From a."},
        {"source": "a.txt", "line": 50, "title": "ILO reaches target", "date_line": "9 November 2021"},
    ))
    assert len(items) == 2
    first = items.iloc[0]
    assert (first["source"], first["line"], first["title"]) == ("a.txt", 40, "ILO reaches target")
    assert first["sources"] == ["a.txt", "b.txt"]
    assert first["label"] is None or pd.isna(first["label"])  # fields come from a.txt only
    assert first["summary"] == "From a."
    assert items.iloc[1]["published"] == dt.date(2021, 11, 9)


def test_undated_items_with_the_same_title_are_one_item():
    items = clean_entries(_entries(
        {"source": "a.txt", "line": 1, "title": "Event without date"},
        {"source": "a.txt", "line": 7, "title": "event without  date"},
    ))
    assert len(items) == 1 and pd.isna(items.iloc[0]["published"])


def test_missing_values_are_none_in_every_column():
    items = clean_entries(_entries(
        {"source": "a.txt", "line": 1, "title": "Dated", "date_line": "1 May 2020", "label": "News"},
        {"source": "a.txt", "line": 5, "title": "Undated"},
    ))
    undated = items.iloc[1]
    for column in ("published", "time", "label", "summary", "credit", "section"):
        assert undated[column] is None, column


def test_dates_outside_the_window_are_set_aside_until_they_enter_it():
    # seen on 21 November 2026, the window is 1 January 1919 to 22 November 2028
    # (2 x 366 days ahead: 365 to 21 November 2027, 366 over 29 February 2028, 1 more)
    base = {name: None for name in ENTRIES.names}
    entries = [{**base, "source": source, "line": line, "title": title, "date_line": date_line}
               for source, line, title, date_line in [
                   ("a.txt", 1, "One day too far", "23 November 2028"),
                   ("a.txt", 5, "Before the ILO", "3 March 1911"),
                   ("a.txt", 9, "Announced ahead", "22 November 2028"),
                   ("a.txt", 13, "Typo in  the year", "21 June 2302"),
                   ("a.txt", 17, "Not dated", None),
                   ("a.txt", 21, "Two days too far", "24 November 2028"),
                   ("b.txt", 2, "Ends too far", "20-25 November 2028"),
                   ("b.txt", 6, "Starts too early", "30 December 1918 - 2 January 1919"),
               ]]
    dated = date_window(entries, dt.date(2026, 11, 21))
    assert [e["title"] for e in dated.entries] == ["Announced ahead", "Not dated"]
    assert [(r["stage"], r["rule"], r["source"], r["line"], r["text"]) for r in dated.rejects] == [
        ("clean", "date_outside_window", "a.txt", 1, "One day too far / 23 November 2028"),
        ("clean", "date_outside_window", "a.txt", 5, "Before the ILO / 3 March 1911"),
        ("clean", "date_outside_window", "a.txt", 13, "Typo in the year / 21 June 2302"),
        ("clean", "date_outside_window", "a.txt", 21, "Two days too far / 24 November 2028"),
        ("clean", "date_outside_window", "b.txt", 2, "Ends too far / 20-25 November 2028"),
        ("clean", "date_outside_window", "b.txt", 6, "Starts too early / 30 December 1918 - 2 January 1919"),
    ]
    # a.txt's earliest future date enters the window tomorrow, whichever of its three comes
    # first in the dump; b.txt's range ends 3 days later.
    # Dates before 1919 never enter it.
    assert dated.expires == {"a.txt": dt.date(2026, 11, 22), "b.txt": dt.date(2026, 11, 24)}
