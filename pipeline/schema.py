"""The tables' schemas, declared once: the writer, the gates and the docs read them here."""
from __future__ import annotations

import pyarrow as pa


def _column(name: str, type_: pa.DataType, meaning: str, example: str, nullable: bool = True) -> pa.Field:
    return pa.field(name, type_, nullable=nullable,
                    metadata={"meaning": meaning, "example": example})


# What extract hands to clean: one row per listing entry, field texts as the dump shows them.
ENTRIES = pa.schema([
    _column("source", pa.string(), "dump file name the entry was found in", "000_184b24c4eb1f66f8.txt", False),
    _column("line", pa.int32(), "1-based line where the entry starts in `source`", "5", False),
    _column("marker", pa.string(), "the list marker that opened the entry; null outside lists", "1."),
    _column("section", pa.string(), "the month or list heading above the entry", "October 2020"),
    _column("credit", pa.string(), "the photo credit line, as written", "© ILO 2020"),
    _column("label", pa.string(), "the line(s) above the title", "Press release"),
    _column("title", pa.string(), "the headline, as written", "Financing gaps in social protection"),
    _column("date_line", pa.string(),
            "the date line, as written (with, on the lines after it, an events page's `Location:` "
            "and `Time:` lines when they gave the place or the time)", "24 June 2022, Bangkok, Thailand"),
    _column("summary", pa.string(), "the teaser text, as written", "A new ILO report..."),
])

ITEMS = pa.schema([
    _column("item_id", pa.string(),
            "stable key: first 16 hex digits of SHA-256 of the case-folded, whitespace-collapsed "
            "title, `|`, and the ISO date", "3f9a0c1d2e4b5a67", False),
    _column("title", pa.string(), "the headline, whitespace collapsed, as written",
            "Financing gaps in social protection", False),
    _column("published", pa.date32(), "the date line's (first) date", "2020-09-17"),
    _column("published_end", pa.date32(), "last day of a date range", "2023-06-28"),
    _column("time", pa.string(), "time of day from the date line", "09:00"),
    _column("timezone", pa.string(), "time zone from the date line", "Europe/Zurich"),
    _column("place", pa.string(), "the place written with the date", "Bangkok, Thailand"),
    _column("label", pa.string(), "the line above the title", "Press release"),
    _column("kind", pa.string(), "a type named in the date line", "Press release"),
    _column("summary", pa.string(), "the teaser text, whitespace collapsed, as written",
            "Closing the coverage gap ... says a new ILO study."),
    _column("credit", pa.string(), "the photo credit without `©` and a redundant `(c)`",
            "ILO/F. Latief 2022"),
    _column("section", pa.string(), "the month or list heading the item sits under", "October 2020"),
    _column("sources", pa.list_(pa.string()), "dump file names the item was found in, sorted",
            "['001_f3e7c49ff01964ee.txt', '002_63e126f5f4d097a0.txt']", False),
    _column("source", pa.string(), "the first of `sources`", "001_f3e7c49ff01964ee.txt", False),
    _column("line", pa.int32(), "1-based line in `source` where the item's first line is", "51", False),
])

# Mentions share their first columns with every enrichment of an item's text fields.
TEXT_FIELDS = ("title", "summary", "label", "place")
_SPAN = [
    _column("item_id", pa.string(), "the item (`items.item_id`)", "3f9a0c1d2e4b5a67", False),
    _column("field", pa.string(), "the item column the span is in: title, summary, label or place",
            "summary", False),
    _column("start", pa.int32(), "offset of the span's first character in the field", "12", False),
    _column("end", pa.int32(), "offset just past the span: `field[start:end]` is the text", "21", False),
]

COUNTRIES = pa.schema(_SPAN + [
    _column("mention", pa.string(), "the text as written", "Viet Nam", False),
    _column("iso3", pa.string(), "ISO 3166-1 alpha-3 code", "VNM", False),
    _column("iso2", pa.string(), "ISO 3166-1 alpha-2 code", "VN", False),
    _column("country", pa.string(), "the country's common English short name (pycountry)", "Vietnam", False),
    _column("match", pa.string(), "how it was named: name, alias, abbreviation or demonym", "name", False),
    _column("region", pa.string(), "UN M49 region", "Asia"),
    _column("subregion", pa.string(), "UN M49 sub-region", "South-eastern Asia"),
])

FIGURES = pa.schema(_SPAN + [
    _column("text", pa.string(), "the whole figure as written", "US$1.2 trillion", False),
    _column("value", pa.float64(), "the number in base units (a percent as 55.0, a ratio as 0.9)",
            "1200000000000.0", False),
    _column("kind", pa.string(), "money, percent, ratio, count, age, duration or ordinal", "money", False),
    _column("unit", pa.string(), "ISO 4217 code for money; percent; ratio; years, months or days", "USD"),
    _column("noun", pa.string(), "for a count, what is counted, as written", "workers"),
    _column("per", pa.string(), "a rate's period", "year"),
    _column("qualifier", pa.string(), "at_least, at_most or approx", "at_least"),
])

# Rows a stage could not turn into output, kept with the reason instead of dropped.
REJECTS = pa.schema([
    _column("stage", pa.string(), "the stage that set the row aside", "extract", False),
    _column("rule", pa.string(), "why", "entry_without_title", False),
    _column("source", pa.string(), "dump file name", "000_184b24c4eb1f66f8.txt", False),
    _column("line", pa.int32(), "1-based line in `source`", "12"),
    _column("text", pa.string(), "the offending text", "© ILO 2020"),
])

TABLES: dict[str, pa.Schema] = {"items": ITEMS, "countries": COUNTRIES, "figures": FIGURES,
                                 "rejects": REJECTS}

# A batch's tables: the published columns, with `source` on the enrichments (a repeated
# item keeps the rows of its first dump only) and no `sources` on items yet (that needs
# every dump, so the run adds it when the last batch is in).
_SOURCE = pa.field("source", pa.string(), nullable=False)
STAGED: dict[str, pa.Schema] = {
    "items": pa.schema([f for f in ITEMS if f.name != "sources"]),
    "countries": COUNTRIES.append(_SOURCE),
    "figures": FIGURES.append(_SOURCE),
    "rejects": REJECTS,
}


def required(schema: pa.Schema) -> list[str]:
    """The columns `schema` declares non-nullable: the writer refuses a null in any of them."""
    return [f.name for f in schema if not f.nullable]
