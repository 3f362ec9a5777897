"""The enrich stage: items -> one row per country mentioned, and per figure quoted, in their text."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from operator import attrgetter

import pandas as pd
import pyarrow as pa

from pipeline.clean import records
from pipeline.enrich.countries import find_countries
from pipeline.enrich.figures import find_figures
from pipeline.schema import COUNTRIES, FIGURES, TEXT_FIELDS


def _spans(items: Iterable[Mapping], find: Callable, schema: pa.Schema) -> pd.DataFrame:
    """`find` over every item's title, summary, label and place, one row per span found.

    Each row also carries its item's `source`: the engines keep a repeated item's spans
    from its first dump only, and the table itself does not have the column.
    """
    # a span's own columns, read in the schema's order (a tuple a row: dicts cost a third more)
    assert schema.names[:2] == ["item_id", "field"], schema.names
    own = attrgetter(*schema.names[2:])
    rows = []
    for item in items:
        for field in TEXT_FIELDS:
            value = item[field]
            if isinstance(value, str):
                rows.extend((item["item_id"], field, *own(span), item["source"]) for span in find(value))
    return pd.DataFrame(rows, columns=[*schema.names, "source"]).astype({"start": "int32", "end": "int32"})


def _rows(items: pd.DataFrame | list[dict]) -> Iterable[Mapping]:
    """Items as rows: a list of item dicts as it is, a frame's rows as dicts."""
    if isinstance(items, list):
        return items
    return records(items[["item_id", "source", *TEXT_FIELDS]])


def enrich_countries(items: pd.DataFrame | list[dict]) -> pd.DataFrame:
    """Every country mention in every item's title, summary, label and place."""
    return _spans(_rows(items), find_countries, COUNTRIES)


def enrich_figures(items: pd.DataFrame | list[dict]) -> pd.DataFrame:
    """Every figure quoted in every item's title, summary, label and place."""
    return _spans(_rows(items), find_figures, FIGURES).astype({"value": "float64"})
