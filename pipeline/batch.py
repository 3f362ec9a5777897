"""One batch of dumps through every stage and its gate: the unit of work an engine runs.

`process_batch` is pure: dump bytes in; tables, counts and gate warnings out. It reads
and writes no file, so any engine can run it anywhere: in this process, in a worker
process, or on a Dask worker.
"""
from __future__ import annotations

import datetime as dt
import pickle
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from operator import itemgetter

import pandas as pd
import pyarrow as pa

from pipeline import io, quality
from pipeline.clean import date_window, entry_items, first_per_dump, items_frame
from pipeline.enrich import enrich_countries, enrich_figures
from pipeline.extract import Extracted, extract_dump, extract_rows
from pipeline.schema import REJECTS, STAGED

NO_ENTRY = "no listing entry found"  # a dump's problem when it holds no listing entry


@dataclass(frozen=True)
class RawDump:
    """A dump as read from disk: its bytes, or why they could not be read."""

    name: str
    size: int
    key: str = ""                  # content hash (the cache's key); empty when unreadable
    data: bytes | None = None
    problem: str | None = None


@dataclass
class DumpResult:
    """What one dump gave, beside its rows: the run report's and the reconciliation's counts."""

    name: str
    bytes: int
    key: str = ""
    encoding: str | None = None
    problem: str | None = None
    truncated: str | None = None   # why its last item looks cut short
    entries: int = 0               # entries as the parser counted them
    kept: int = 0                  # entries with a title and a date in the window (or none): clean's items
    distinct_kept: int = 0         # distinct items those entries make
    dated: int = 0                 # those of them with a date
    rejects_by_reason: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # failed `warning` checks on its rows
    expires: str | None = None     # ISO day its result changes: a rejected future date then enters the window


@dataclass
class BatchResult:
    dumps: list[DumpResult]
    tables: dict[str, pa.Table]    # STAGED tables, rows in file-name then line order
    warnings: list[str]            # failed `warning` checks on no dump's rows in particular
    seconds: dict[str, float]      # stage -> seconds spent on this batch


def extract_ahead(dump: RawDump) -> bytes | None:
    """A dump's extract (`extract_dump`), made ahead of its batch and pickled: the batch
    takes it instead of extracting the dump (`process_batch`'s `ahead`). The run passes it
    on unread, so it is unpickled only where the batch runs. None if the dump has no text."""
    text = io.decode(dump.data)[0] if dump.data is not None else None
    return None if text is None else pickle.dumps(extract_dump(dump.name, text), pickle.HIGHEST_PROTOCOL)


def process_batch(dumps: list[RawDump], today: dt.date, ahead: Mapping[str, bytes] | None = None) -> BatchResult:
    """Decode, extract, clean and enrich `dumps`, each stage's output through its gate.
    `ahead` holds some of them extracted already (`extract_ahead`), by key.

    Raises GateFailure on a failed critical check. Items are merged within each dump
    only; the run merges items repeated across dumps, in file-name order.
    """
    seconds: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        seconds[stage] = now - clock
        clock = now

    results, texts = [], {}
    for dump in dumps:
        result = DumpResult(dump.name, dump.size, dump.key, problem=dump.problem)
        if dump.data is not None:
            text, result.encoding, result.problem = io.decode(dump.data)
            if text is not None:
                texts[dump.name] = text
        results.append(result)
    lap("decode")

    ahead = ahead or {}
    done = {dump.name: pickle.loads(ahead[dump.key]) for dump in dumps
            if dump.key in ahead and dump.name in texts}
    extracted = extract_rows(texts, done)
    entries = extracted.entries_frame()
    lap("extract")
    warnings = quality.check("extract", entries, today)
    lap("gate_extract")

    # rows of dicts between the stages; frames for the gates and the tables
    dated = date_window(extracted.entries, today)
    rejects = pd.DataFrame(sorted(extracted.rejects + dated.rejects, key=itemgetter("source", "line")),
                           columns=REJECTS.names)
    rows = entry_items(dated.entries)
    firsts = first_per_dump(rows)
    items = items_frame(firsts)
    lap("clean")
    warnings += quality.check("clean", items, today, per_dump=True)
    lap("gate_clean")

    countries, figures = enrich_countries(firsts), enrich_figures(firsts)
    lap("enrich")
    warnings += quality.check("countries", countries, today, items=items, per_dump=True)
    warnings += quality.check("figures", figures, today, items=items, per_dump=True)
    warnings += quality.check("rejects", rejects, today)
    lap("gate_enrich")

    _count(results, rows, rejects, extracted, dated.expires)
    by_name = {result.name: result for result in results}
    for warning in warnings:
        if warning.source in by_name:
            by_name[warning.source].warnings.append(warning.text)
    unattributed = [warning.text for warning in warnings if warning.source not in by_name]
    frames = {"items": items, "countries": countries, "figures": figures, "rejects": rejects}
    tables = {name: io.to_table(frame, STAGED[name]) for name, frame in frames.items()}
    lap("tables")
    return BatchResult(results, tables, unattributed, seconds)


def _count(results: list[DumpResult], rows: list[dict], rejects: pd.DataFrame,
           extracted: Extracted, expires: dict[str, dt.date]) -> None:
    """Each dump's counts, from extract and from the item each kept entry makes (`rows`,
    before any is merged): the reconciliation checks what clean and the merge keep against them."""
    kept = Counter(row["source"] for row in rows)
    items = {(row["source"], row["item_id"]): row["published"] is not None for row in rows}
    distinct = Counter(source for source, _ in items)
    dated = Counter(source for (source, _), has_date in items.items() if has_date)
    reasons = rejects.groupby(["source", "rule"]).size()
    rejected = set(reasons.index.get_level_values(0))
    for result in results:
        result.entries = extracted.found.get(result.name, 0)
        result.kept = kept[result.name]
        result.distinct_kept = distinct[result.name]
        result.dated = dated[result.name]
        result.truncated = extracted.truncated.get(result.name)
        if result.name in rejected:
            result.rejects_by_reason = {str(rule): int(n) for rule, n in reasons[result.name].items()}
        if result.name in expires:
            result.expires = expires[result.name].isoformat()
        if result.entries == 0 and not result.problem:
            result.problem = NO_ENTRY
