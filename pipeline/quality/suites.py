"""The expectations each stage's output must meet, as code.

Each check has a severity: `critical` stops the run and publishes nothing;
`warning` is reported and the run goes on. Great Expectations is imported only
when a suite is built (its import is slow).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

CRITICAL, WARNING = "critical", "warning"

# The ILO was founded in 1919; a listing may announce events a little ahead.
EARLIEST_DATE = dt.date(1919, 1, 1)
AHEAD = dt.timedelta(days=2 * 366)


@dataclass(frozen=True)
class Check:
    expectation: str       # the GX expectation class name
    kwargs: dict[str, Any]
    severity: str = CRITICAL


def _dates(column: str, today: dt.date) -> Check:
    return Check("ExpectColumnValuesToBeBetween",
                 {"column": column, "min_value": EARLIEST_DATE, "max_value": today + AHEAD})


def entries_checks(today: dt.date) -> list[Check]:
    """After extract: one row per entry, each placed in its dump and titled."""
    return [
        Check("ExpectColumnValuesToNotBeNull", {"column": "source"}),
        Check("ExpectColumnValuesToNotBeNull", {"column": "line"}),
        Check("ExpectColumnValuesToBeBetween", {"column": "line", "min_value": 1}),
        Check("ExpectCompoundColumnsToBeUnique", {"column_list": ["source", "line"]}),
        Check("ExpectColumnValuesToNotBeNull", {"column": "title"}),
        Check("ExpectColumnValueLengthsToBeBetween", {"column": "title", "min_value": 1}),
        Check("ExpectColumnValueLengthsToBeBetween", {"column": "title", "max_value": 400}, WARNING),
    ]


def items_checks(today: dt.date) -> list[Check]:
    """After clean: the `items` table of the contract."""
    return [
        Check("ExpectColumnValuesToNotBeNull", {"column": "item_id"}),
        Check("ExpectColumnValuesToBeUnique", {"column": "item_id"}),
        Check("ExpectColumnValuesToMatchRegex", {"column": "item_id", "regex": r"^[0-9a-f]{16}$"}),
        Check("ExpectColumnValuesToNotBeNull", {"column": "title"}),
        Check("ExpectColumnValueLengthsToBeBetween", {"column": "title", "min_value": 1}),
        _dates("published", today),
        _dates("published_end", today),
        Check("ExpectColumnPairValuesAToBeGreaterThanB",
              {"column_A": "published_end", "column_B": "published", "or_equal": True,
               "ignore_row_if": "either_value_is_missing"}),
        Check("ExpectColumnValuesToMatchRegex", {"column": "time", "regex": r"^[0-2]\d:[0-5]\d$"}),
        Check("ExpectColumnValuesToNotBeNull", {"column": "source"}),
        Check("ExpectColumnValuesToBeBetween", {"column": "line", "min_value": 1}),
        Check("ExpectColumnProportionOfNonNullValuesToBeBetween",
              {"column": "published", "min_value": 0.5}, WARNING),
    ]


SUITES = {"extract": entries_checks, "clean": items_checks}
