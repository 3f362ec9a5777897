"""The edges: reading dumps from a folder and publishing tables to one. All file I/O is here."""
from __future__ import annotations

import codecs
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq


@dataclass(frozen=True)
class Dump:
    """One file of the raw folder: its text, or why there is none."""

    name: str
    size: int
    encoding: str | None = None
    text: str | None = None
    problem: str | None = None


def decode(data: bytes) -> tuple[str | None, str | None, str | None]:
    """(text, encoding, problem) for a dump's bytes; BOMs are honoured, CRLF is kept."""
    if not data.strip():
        return None, None, "empty file"
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, None
            except UnicodeDecodeError as err:
                return None, None, f"starts with a {encoding} byte-order mark but is not {encoding}: {err.reason}"
    if b"\x00" in data:
        return None, None, "binary file (NUL bytes), not text"
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for the rare dump that is not UTF-8

    best = from_bytes(data).best()
    if best is None:
        return None, None, "not text in any encoding charset-normalizer knows"
    return str(best), best.encoding, None


def read_dumps(raw: Path) -> list[Dump]:
    """Every non-hidden file of `raw`, in file-name order, decoded."""
    dumps = []
    for path in sorted(p for p in raw.iterdir() if p.is_file() and not p.name.startswith(".")):
        try:
            data = path.read_bytes()
        except OSError as err:
            dumps.append(Dump(path.name, 0, problem=f"cannot be read: {err.strerror}"))
            continue
        text, encoding, problem = decode(data)
        dumps.append(Dump(path.name, len(data), encoding, text, problem))
    return dumps


def to_table(frame: pd.DataFrame, schema: pa.Schema) -> pa.Table:
    """A frame as a table of exactly `schema` (column order, types, nullability)."""
    return pa.Table.from_pandas(frame[schema.names], schema=schema, preserve_index=False)


def publish(out: Path, tables: dict[str, pa.Table]) -> list[Path]:
    """Write every table to a staging folder, then move them into `out` together.

    Readers of `out` see the old tables or the new ones, never a half-written file:
    each file is complete before `os.replace` (atomic on one file system) puts it in place.
    """
    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out))
    try:
        for name, table in tables.items():
            pq.write_table(table, staging / f"{name}.parquet")
        published = []
        for name in tables:
            target = out / f"{name}.parquet"
            os.replace(staging / f"{name}.parquet", target)
            published.append(target)
        return published
    finally:
        shutil.rmtree(staging, ignore_errors=True)
