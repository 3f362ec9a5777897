"""The per-dump cache: a dump seen before, with the same bytes and the same code, is not processed again.

A dump's key is the SHA-256 of its name and bytes. The cache lives in `OUT/.cache/<code
version>/`, where the code version hashes the package's sources and data files and the
versions of the libraries whose output the tables hold; a change to either starts a
fresh cache. Results are stored a batch at a time (a segment: one Arrow IPC file per
table, and a JSON file listing its dumps); a dump's rows are found in its segment by
name, so a rerun reuses them whatever batch it falls in this time.

Only results that passed their batch's gates are stored. Their date checks stay true as
days pass (the window's end only moves later), so they are not checked again. A dump with
an item set aside for a date too far ahead is a hit only until that date enters the window
(its `expires`): from then on the item is kept, so the dump is processed again.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import shutil
from functools import cache
from importlib import metadata
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from pipeline import io
from pipeline.batch import BatchResult, DumpResult
from pipeline.schema import STAGED

log = logging.getLogger("pipeline")

PACKAGE = Path(__file__).resolve().parent
# Libraries whose data or behaviour shows in the tables (country names, number words...).
_LIBRARIES = ("pycountry", "pyahocorasick", "text2num", "charset-normalizer", "pandas", "pyarrow")


def dump_key(name: str, data: bytes) -> str:
    return hashlib.sha256(name.encode() + b"\0" + data).hexdigest()[:32]


@cache
def code_version() -> str:
    """A hash of every source and data file of the package and the libraries' versions."""
    digest = hashlib.sha256()
    for path in sorted(p for p in PACKAGE.rglob("*") if p.suffix in {".py", ".csv"}):
        digest.update(str(path.relative_to(PACKAGE)).encode() + b"\0" + path.read_bytes() + b"\0")
    for library in _LIBRARIES:
        digest.update(f"{library}=={metadata.version(library)}\0".encode())
    return digest.hexdigest()[:16]


class Damaged(Exception):
    """A segment's listing is there, but one of its tables is missing or cut short."""


class DumpCache:
    """Processed dumps under `root/<code version>/`, looked up by content key."""

    def __init__(self, root: Path, today: dt.date):
        self.root, self.today = root, today.isoformat()
        self.dir = root / code_version()
        self.dir.mkdir(parents=True, exist_ok=True)
        self.index: dict[str, str] = {}                       # key -> segment
        self.segments: dict[str, dict[str, DumpResult]] = {}  # segment -> name -> result
        self.warnings: dict[str, list[str]] = {}
        for meta in self.dir.glob("*.json"):
            try:
                stored = json.loads(meta.read_text(encoding="utf-8"))
            except (OSError, ValueError):   # a segment cut short by a crash: not a cache hit
                continue
            self._add(meta.stem, [DumpResult(**record) for record in stored["dumps"]], stored["warnings"])

    def _add(self, segment: str, dumps: list[DumpResult], warnings: list[str]) -> None:
        self.segments[segment] = {dump.name: dump for dump in dumps}
        self.warnings[segment] = warnings
        for dump in dumps:
            if not dump.expires or dump.expires > self.today:
                self.index[dump.key] = segment

    def segment(self, key: str) -> str | None:
        """The segment holding the dump with this key, or None."""
        return self.index.get(key) if key else None

    def load(self, segment: str, names: list[str]) -> BatchResult:
        """The rows of dumps `names` from `segment`, as their batch gave them; Damaged if
        a table of the segment cannot be read (the segment is then forgotten)."""
        wanted = pa.array(names, pa.string())
        tables = {}
        for table, schema in STAGED.items():
            try:
                with pa.memory_map(str(self.dir / f"{segment}.{table}.arrow")) as source:
                    stored = pa.ipc.open_file(source).read_all()
                tables[table] = stored.filter(pc.is_in(stored["source"], value_set=wanted)).cast(schema)
            except (OSError, pa.ArrowException) as err:
                self._drop(segment)
                raise Damaged(f"cache segment {segment}: {table}: {err}") from None
        dumps = self.segments[segment]
        return BatchResult([dumps[name] for name in names], tables, self.warnings[segment], {})

    def put(self, result: BatchResult) -> None:
        """Store a batch's results; its dumps are hits from now on (unreadable ones never are)."""
        keys = sorted(d.key for d in result.dumps if d.key)
        if not keys:
            return
        segment = hashlib.sha256("".join(keys).encode()).hexdigest()[:16]
        for table, rows in result.tables.items():
            path = self.dir / f"{segment}.{table}.arrow"
            with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, rows.schema) as writer:
                writer.write_table(rows)
        # vars(), not asdict(): the fields are plain values, and asdict deep-copies each one
        stored = {"dumps": [vars(d) for d in result.dumps if d.key], "warnings": result.warnings}
        # the listing is written last: a segment without one was never finished
        io.write_text_atomic(self.dir / f"{segment}.json", json.dumps(stored))
        self._add(segment, [d for d in result.dumps if d.key], result.warnings)

    def _drop(self, segment: str) -> None:
        """Forget a segment and delete its files, the listing first: a segment without its
        listing is never a hit, whenever the deleting stops."""
        (self.dir / f"{segment}.json").unlink(missing_ok=True)
        for path in self.dir.glob(f"{segment}.*"):
            path.unlink(missing_ok=True)
        for key in [key for key, held in self.index.items() if held == segment]:
            del self.index[key]
        self.segments.pop(segment, None)
        self.warnings.pop(segment, None)

    def prune(self, used: set[str]) -> None:
        """Drop segments no dump of this run used, and caches of other code versions."""
        live = {segment for key, segment in self.index.items() if key in used}
        for segment in {path.name.split(".")[0] for path in self.dir.iterdir()} - live:
            self._drop(segment)
        for other in self.root.iterdir():
            if other.is_dir() and other != self.dir:
                shutil.rmtree(other, ignore_errors=True)
