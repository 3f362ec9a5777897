"""The expectations each stage's output must meet, as code.

Each check has a severity: `critical` stops the run and publishes nothing;
`warning` is reported and the run goes on. Great Expectations is imported only
when a suite is built (its import is slow).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pandas as pd
import pyarrow as pa

from pipeline.dates import EARLIEST, latest
from pipeline.schema import ENTRIES, STAGED, TABLES, TEXT_FIELDS, required

CRITICAL, WARNING = "critical", "warning"

@dataclass(frozen=True)
class Check:
    expectation: str       # the GX expectation class name
    kwargs: dict[str, Any]
    severity: str = CRITICAL

    @property
    def columns(self) -> list[str]:
        return columns_named(self.kwargs)


def columns_named(kwargs: dict[str, Any]) -> list[str]:
    """The columns an expectation's arguments name (`column`, `column_list`, `column_A` and
    `column_B`); none for a check on the whole table."""
    named = [kwargs["column"]] if kwargs.get("column") else list(kwargs.get("column_list") or [])
    return named + [kwargs[side] for side in ("column_A", "column_B") if kwargs.get(side)]


def _not_null(schema: pa.Schema) -> list[Check]:
    """Every column the table's schema declares non-nullable: GX's other checks pass a null
    by, and the writer would refuse it only once every gate had passed."""
    return [Check("ExpectColumnValuesToNotBeNull", {"column": name}) for name in required(schema)]


def _schema(table: str, context: dict) -> pa.Schema:
    """The schema `table` is written with: a batch's (STAGED) or the published one."""
    return (STAGED if context.get("per_dump") else TABLES)[table]


def _dates(column: str, today: dt.date) -> Check:
    return Check("ExpectColumnValuesToBeBetween",
                 {"column": column, "min_value": EARLIEST, "max_value": latest(today)})


def entries_checks(today: dt.date, context: dict) -> list[Check]:
    """After extract: one row per entry, each placed in its dump and titled."""
    return [
        *_not_null(ENTRIES),
        Check("ExpectColumnValuesToBeBetween", {"column": "line", "min_value": 1}),
        # an entry is found once: two may start on one line (a grid's two cards side by
        # side, each half keeping its line's number), but not with one title
        Check("ExpectCompoundColumnsToBeUnique", {"column_list": ["source", "line", "title"]}),
        Check("ExpectColumnValuesToNotBeNull", {"column": "title"}),
        Check("ExpectColumnValueLengthsToBeBetween", {"column": "title", "min_value": 1}),
        Check("ExpectColumnValueLengthsToBeBetween", {"column": "title", "max_value": 400}, WARNING),
    ]


def items_checks(today: dt.date, context: dict) -> list[Check]:
    """After clean: the `items` table of the contract."""
    return [
        *_not_null(_schema("items", context)),
        # a batch's items: one row per item and dump (the run merges dumps, then checks `keys`)
        Check("ExpectCompoundColumnsToBeUnique", {"column_list": ["source", "item_id"]})
        if context.get("per_dump") else Check("ExpectColumnValuesToBeUnique", {"column": "item_id"}),
        Check("ExpectColumnValuesToMatchRegex", {"column": "item_id", "regex": r"^[0-9a-f]{16}$"}),
        Check("ExpectColumnValueLengthsToBeBetween", {"column": "title", "min_value": 1}),
        _dates("published", today),
        _dates("published_end", today),
        Check("ExpectColumnPairValuesAToBeGreaterThanB",
              {"column_A": "published_end", "column_B": "published", "or_equal": True,
               "ignore_row_if": "either_value_is_missing"}),
        Check("ExpectColumnValuesToMatchRegex", {"column": "time", "regex": r"^(?:[01]\d|2[0-3]):[0-5]\d$"}),
        Check("ExpectColumnValuesToBeBetween", {"column": "line", "min_value": 1}),
        # fewer than half dated warns (date lines the parser did not know?); a run checks it
        # per dump, with the row counts (`dumps`): a batch's share would hang on its batching
        *([] if context.get("per_dump") else [Check("ExpectColumnProportionOfNonNullValuesToBeBetween",
                                                    {"column": "published", "min_value": 0.5}, WARNING)]),
    ]


def _span_checks(table: str, context: dict) -> list[Check]:
    """What every enrichment's spans must meet: a real item, a text field, offsets that hold."""
    return [
        *_not_null(_schema(table, context)),
        # item_id present in items: checked on a derived column, since GX's value_set grows
        # with the items table and its cost with it
        Check("ExpectColumnValuesToBeInSet", {"column": "item_exists", "value_set": [True]}),
        Check("ExpectColumnValuesToBeInSet", {"column": "field", "value_set": list(TEXT_FIELDS)}),
        # a batch's spans carry `source`: an item in two of its dumps has its spans twice
        Check("ExpectCompoundColumnsToBeUnique",
              {"column_list": ["item_id", "field", "start", *(["source"] if context.get("per_dump") else [])]}),
        Check("ExpectColumnValuesToBeBetween", {"column": "start", "min_value": 0}),
        Check("ExpectColumnPairValuesAToBeGreaterThanB", {"column_A": "end", "column_B": "start"}),
        Check("ExpectColumnValuesToBeInSet", {"column": "span_is_mention", "value_set": [True]}),
    ]


def countries_checks(today: dt.date, context: dict) -> list[Check]:
    """After enrich: each mention points at an item, a field and a real ISO 3166-1 country."""
    import pycountry

    return [
        *_span_checks("countries", context),
        Check("ExpectColumnValuesToBeInSet",
              {"column": "iso3", "value_set": sorted(c.alpha_3 for c in pycountry.countries)}),
        Check("ExpectColumnValuesToBeInSet",
              {"column": "iso2", "value_set": sorted(c.alpha_2 for c in pycountry.countries)}),
        Check("ExpectColumnValuesToBeInSet",
              {"column": "match", "value_set": ["name", "alias", "abbreviation", "demonym"]}),
        Check("ExpectColumnValuesToNotBeNull", {"column": "region"}, WARNING),
    ]


def figures_checks(today: dt.date, context: dict) -> list[Check]:
    """After enrich: each figure points at an item and a field, with a sane kind, unit and value."""
    import pycountry

    units = sorted({c.alpha_3 for c in pycountry.currencies} | {"percent", "ratio", "years", "months", "days"})
    return [
        *_span_checks("figures", context),
        Check("ExpectColumnValuesToBeInSet", {"column": "kind", "value_set": [
            "money", "percent", "ratio", "count", "age", "duration", "ordinal"]}),
        Check("ExpectColumnValuesToBeInSet", {"column": "unit", "value_set": units}),
        Check("ExpectColumnValuesToBeInSet",
              {"column": "qualifier", "value_set": ["at_least", "at_most", "approx"]}),
        # a percent has no upper bound: "rose 150 per cent" is ordinary news text
        Check("ExpectColumnValuesToBeBetween", {"column": "value", "min_value": 0, "max_value": 1e15}),
        Check("ExpectColumnValuesToBeBetween", {"column": "ratio_value", "min_value": 0, "max_value": 1}),
    ]


def figures_prepared(figures: pd.DataFrame, items: pd.DataFrame) -> pd.DataFrame:
    """Figures with their span check, and ratio values apart for their range check."""
    checked = spans_checked(figures, items, "text")
    checked["ratio_value"] = checked["value"].where(checked["kind"] == "ratio")
    return checked


def spans_checked(mentions: pd.DataFrame, items: pd.DataFrame, text_column: str) -> pd.DataFrame:
    """`mentions` with `item_exists` and `span_is_mention`: does `field[start:end]` equal the text?

    An item is looked up by (item_id, source) when both tables carry `source` (a batch's
    items, one row per dump an item is in), else by item_id. A duplicated key is the items
    suite's to report; spans are looked up in its first row. (Plain lists, not a pandas
    MultiIndex and Series iterated row by row: those took a sixth of the enrich gate's time.)
    """
    by_source = "source" in mentions.columns and "source" in items.columns

    def keys(frame: pd.DataFrame) -> list:
        ids = frame["item_id"].tolist()
        return list(zip(ids, frame["source"].tolist())) if by_source else ids

    first: dict = {}
    for at, key in enumerate(keys(items)):
        first.setdefault(key, at)
    texts = {field: items[field].tolist() for field in TEXT_FIELDS}
    exists, holds = [], []
    for key, field, start, end, text in zip(keys(mentions), mentions["field"].tolist(), mentions["start"].tolist(),
                                            mentions["end"].tolist(), mentions[text_column].tolist()):
        at = first.get(key)
        exists.append(at is not None)
        # a span in no text field (or in none at all), or without whole-number offsets, holds
        # nowhere: the field's and the offsets' own checks name the row
        value = texts[field][at] if at is not None and field in texts else None
        holds.append(isinstance(value, str) and isinstance(start, int) and isinstance(end, int)
                     and value[start:end] == text)
    checked = mentions.copy()
    checked["item_exists"] = pd.Series(exists, index=mentions.index, dtype=bool)
    checked["span_is_mention"] = pd.Series(holds, index=mentions.index, dtype=bool)
    return checked


def rejects_checks(today: dt.date, context: dict) -> list[Check]:
    """Set-aside rows say where they came from and why."""
    return [
        *_not_null(_schema("rejects", context)),
        Check("ExpectColumnValuesToBeInSet", {"column": "stage", "value_set": ["extract", "clean", "enrich"]}),
        Check("ExpectColumnValuesToBeBetween", {"column": "line", "min_value": 1}),
    ]


def keys_checks(today: dt.date, context: dict) -> list[Check]:
    """The published items' key, once every batch is merged: unique.

    The run hands the ids over as 64-bit numbers (one per 16-hex-digit id) to keep the
    column small however many items there are.
    """
    # not null: each batch's gate checked every id is 16 hex digits, so each has a number
    return [Check("ExpectColumnValuesToBeUnique", {"column": "item_id"})]


def dumps_checks(today: dt.date, context: dict) -> list[Check]:
    """Row counts reconcile per dump: entries = kept + rejected; kept entries = the dump's items.
    A dump whose items are mostly undated warns."""
    return [
        Check("ExpectColumnPairValuesToBeEqual", {"column_A": "entries", "column_B": "kept_plus_rejected"}),
        Check("ExpectColumnPairValuesToBeEqual", {"column_A": "distinct_kept", "column_B": "items_listing_dump"}),
        Check("ExpectColumnValuesToBeBetween", {"column": "dated_share", "min_value": 0.5}, WARNING),
    ]


SUITES = {"keys": keys_checks, "dumps": dumps_checks, "rejects": rejects_checks, "extract": entries_checks, "clean": items_checks, "countries": countries_checks,
          "figures": figures_checks}
# How a failure's rows are shown, where a suite checks a column in another form than the
# table's: the keys are checked as numbers and shown as the ids they stand for.
SHOWN = {"keys": lambda rows: rows.assign(item_id=[f"{int(number):016x}" for number in rows["item_id"]])}
# Columns a suite checks that the table does not carry, derived from it and its context.
PREPARE = {"countries": lambda frame, context: spans_checked(frame, context["items"], "mention"),
           "figures": lambda frame, context: figures_prepared(frame, context["items"])}
