"""The project's curated data files (`pipeline/*/data/*.csv`): what the libraries lack."""
from __future__ import annotations

import csv
from importlib import resources


def rows(path: str) -> list[dict]:
    """The rows of one data file, by its path in the package (`enrich/data/m49.csv`);
    blank lines and `#` comment lines are skipped."""
    text = resources.files("pipeline").joinpath(path).read_text(encoding="utf-8")
    return list(csv.DictReader(line for line in text.splitlines() if line.strip() and not line.startswith("#")))
