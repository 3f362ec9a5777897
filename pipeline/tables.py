"""Loading the published tables, for notebooks and other programs."""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from pipeline.schema import TABLES

ROOT = Path(__file__).resolve().parent.parent


def tables_folder() -> Path:
    """Where the published tables are: $PIPELINE_TABLES if set, else the project's processed/."""
    return Path(os.environ.get("PIPELINE_TABLES", ROOT / "processed"))


def load(name: str, folder: Path | None = None) -> pd.DataFrame:
    """One published table (`items`, `countries`, `figures`, `rejects`) as a pandas frame."""
    if name not in TABLES:
        raise KeyError(f"no table {name!r}; the tables are {', '.join(TABLES)}")
    path = (folder or tables_folder()) / f"{name}.parquet"
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist: run `make pipeline` first")
    return pd.read_parquet(path)


def load_all(folder: Path | None = None) -> dict[str, pd.DataFrame]:
    return {name: load(name, folder) for name in TABLES}
