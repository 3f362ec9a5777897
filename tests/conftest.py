"""Shared test helpers: the seed dumps, and items as plain comparable records."""
from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
GOLDEN = Path(__file__).parent / "golden"
LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
ITEM_FIELDS = ["line", "title", "published", "published_end", "time", "timezone", "place",
               "label", "kind", "summary", "credit", "section"]


def records(frame: pd.DataFrame, fields: list[str] = ITEM_FIELDS) -> list[dict]:
    """Rows as dicts of plain values: missing -> None, dates -> ISO strings."""
    out = []
    for row in frame[fields].astype(object).where(frame[fields].notna(), None).to_dict("records"):
        out.append({k: v.isoformat() if isinstance(v, dt.date) else v for k, v in row.items()})
    return out


def copy_seeds(folder: Path) -> Path:
    """A new folder `folder` holding a copy of the five seed dumps."""
    folder.mkdir(parents=True)
    for seed in RAW.glob("*.txt"):
        shutil.copy(seed, folder / seed.name)
    return folder


def load_json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(RAW.glob("*.txt"))}


@pytest.fixture(scope="session")
def seed_items(seed_texts) -> pd.DataFrame:
    """The seeds' items, as extract and clean make them (73 items)."""
    from pipeline.clean import clean_entries
    from pipeline.extract import extract

    entries, _ = extract(seed_texts)
    return clean_entries(entries)
