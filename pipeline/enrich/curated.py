"""The curated data files of the enrichers (`pipeline/enrich/data/*.csv`)."""
from __future__ import annotations

import csv
from importlib import resources


def rows(name: str) -> list[dict]:
    """The rows of one data file; blank lines and `#` comment lines are skipped."""
    text = resources.files("pipeline.enrich").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if line.strip() and not line.startswith("#")))
