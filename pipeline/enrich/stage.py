"""The enrich stage: items -> one row per country mentioned in their text fields."""
from __future__ import annotations

import pandas as pd

from pipeline.enrich.countries import find_countries
from pipeline.schema import COUNTRIES, TEXT_FIELDS


def enrich_countries(items: pd.DataFrame) -> pd.DataFrame:
    """Every country mention in every item's title, summary, label and place."""
    rows = []
    for item in items[["item_id", *TEXT_FIELDS]].itertuples(index=False):
        for field in TEXT_FIELDS:
            value = getattr(item, field)
            if isinstance(value, str):
                rows.extend({"item_id": item.item_id, "field": field, **m.as_dict()}
                            for m in find_countries(value))
    frame = pd.DataFrame(rows, columns=COUNTRIES.names)
    return frame.astype({"start": "int32", "end": "int32"})
