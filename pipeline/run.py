"""The stages wired together, batch by batch:

    read -> [decode -> extract -> gate -> clean -> gate -> enrich -> gate]* -> merge -> gate -> publish

The bracketed stages run per batch of dumps on an engine (pipeline.engine), or come from
the per-dump cache (pipeline.cache); this module reads the dumps, merges the batches'
results in file-name order into tables written a row group at a time, reconciles the
counts, and publishes.
"""
from __future__ import annotations

import datetime as dt
import gc
import json
import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from tqdm import tqdm

from pipeline import io, quality
from pipeline.batch import NO_ENTRY, BatchResult, DumpResult, RawDump, extract_ahead, process_batch
from pipeline.cache import Damaged, DumpCache, dump_key
from pipeline.clean import FirstSource
from pipeline.engine import cores, in_background, in_order, open_engine, signal
from pipeline.schema import COUNTRIES, FIGURES, ITEMS, REJECTS, STAGED

log = logging.getLogger("pipeline")

# A batch is at most this many bytes of dumps: big enough that the gates' fixed cost (about
# 0.2 s a batch) is a small share of its work, small enough that a few in flight stay well
# within memory. Batches are about this size whatever the corpus's size, so memory does not
# grow with it. A small corpus is cut into at least two batches per worker (see
# `_batch_count`), so that every core has work.
BATCH_BYTES = 9_000_000
MIN_BATCH_BYTES = 1_000_000
# A batch's fixed cost buys about this much processing: a run of cached dumps this small
# between dumps to process is processed again with them, so that they make one batch, not
# one batch each (a rerun after editing every eighth dump would otherwise run a batch per edit).
GAP_BYTES = 1_000_000
# While the run imports GX (a second, on one core), the process that hashes the dumps goes
# on to extract the first dumps to process, at most this many bytes of them (their entries
# wait in memory for their batch). A dump extracted ahead costs its batch about this share
# of what it would have (extract is about half of a dump's cost; its entries are unpickled
# instead): batches are cut by bytes so weighed, so that the workers still finish together.
AHEAD_BYTES = BATCH_BYTES
AHEAD_WEIGHT = 0.6
# What the run writes: the published tables (items gets `sources` when every batch is in).
_WRITTEN = {"items": STAGED["items"], "countries": COUNTRIES, "figures": FIGURES, "rejects": REJECTS}


class NoDumps(Exception):
    """The raw folder is missing or holds no file to read."""


@dataclass
class DumpReport:
    name: str
    bytes: int
    encoding: str | None
    entries: int = 0
    items: int = 0          # distinct items this dump is the first source of
    rejects: int = 0
    rejects_by_reason: dict[str, int] = field(default_factory=dict)
    problem: str | None = None
    cached: bool = False    # taken from the cache, not processed again


@dataclass
class RunReport:
    raw: str
    out: str
    dumps: list[DumpReport]
    entries: int = 0
    items: int = 0
    rejects: int = 0
    countries: int = 0
    figures: int = 0
    engine: str = ""
    workers: int = 0
    cached_dumps: int = 0
    extracted_ahead: int = 0                                # dumps extracted while GX imported
    seconds: float = 0.0                                    # wall clock, the whole run
    main_cpu_seconds: float = 0.0                           # CPU time of the run's own process
    stages: dict[str, dict] = field(default_factory=dict)   # stage -> rows, seconds
    warnings: list[str] = field(default_factory=list)

    @property
    def empty_dumps(self) -> list[DumpReport]:
        """The dumps that gave no item: no entry, or every entry rejected (each reject is one)."""
        return [d for d in self.dumps if d.entries == 0 or d.rejects >= d.entries]


def run(raw: Path, out: Path, progress: bool = False, engine: str = "local", workers: int | None = None,
        scheduler: str | None = None, use_cache: bool = True) -> RunReport:
    """Run every stage over the dumps in `raw`; publish to `out` only if every gate passes.

    `progress` shows a bar over the dumps (for a terminal). `engine` is where batches run,
    `local` or `dask` (see pipeline.engine); `use_cache=False` processes every dump again.
    """
    if not raw.is_dir():
        raise NoDumps(f"{raw}: no such folder of dumps")
    with io.run_lock(out):
        io.Staging.clear_stale(out)
        return _run(raw, out, progress, engine, workers, scheduler, use_cache)


@dataclass
class _Unit:
    """Consecutive dumps, in file-name order: a batch to process, or hits in one cache segment."""

    paths: list[Path]
    keys: list[str]
    size: int = 0
    segment: str | None = None
    batch: int | None = None        # a batch's number; None for cache hits


class _Bar(tqdm):
    """The progress bar, without tqdm's monitor thread: the local engine forks its workers
    after the bar starts, and a fork should copy no thread that might hold a lock."""

    monitor_interval = 0


def _batch_count(work_bytes: int, workers: int) -> int:
    """How many batches to cut `work_bytes` of dumps into: none over BATCH_BYTES, two per
    worker at least (unless that makes them smaller than MIN_BATCH_BYTES), and a multiple
    of the workers, so that they all finish at about the same time."""
    count = max(-(-work_bytes // BATCH_BYTES), min(2 * workers, work_bytes // MIN_BATCH_BYTES), 1)
    return -(-count // workers) * workers if count > workers else count


def _keys(paths: list[Path], cache: DumpCache | None, stop) -> tuple[list[tuple[str, int]], dict[str, bytes]]:
    """Each dump's cache key and the bytes read of it (empty and 0 when it cannot be read);
    then, until `stop` is set, the first dumps to process extracted ahead of their batch
    (`extract_ahead`, by key), AHEAD_BYTES of them at most.

    Each dump is read here to hash it; the bytes of dumps to process are read again when
    their batch starts, so memory never holds the whole corpus.
    """
    keyed, first, held = [], [], 0
    for path in paths:
        size, data, problem, key = _read_keyed(path)
        keyed.append((key, len(data or b"")))
        if data is not None and held < AHEAD_BYTES and not (cache and cache.segment(key)):
            first.append(RawDump(io.dump_name(path), size, key, data, problem))
            held += len(data)
    ahead = {}
    for dump in first:
        if stop.is_set():
            break
        if (extracted := extract_ahead(dump)) is not None:
            ahead[dump.key] = extracted
    return keyed, ahead


def _plan(paths: list[Path], keyed: list[tuple[str, int]], cache: DumpCache | None,
          workers: int, ahead: dict[str, bytes] | None = None) -> list[_Unit]:
    """The run's units, in file-name order: cache hits grouped by segment, the rest in
    batches of about equal work (a dump extracted ahead weighs AHEAD_WEIGHT of its bytes).
    `keyed` is each path's key and size (`_keys`)."""
    ahead = ahead or {}
    planned = [(path, key, size, cache.segment(key) if cache else None)
               for path, (key, size) in zip(paths, keyed, strict=True)]
    planned = _fill_gaps(planned)

    def weight(key: str, size: int) -> float:
        return size * AHEAD_WEIGHT if key in ahead else size

    to_process = [(key, size) for _, key, size, segment in planned if segment is None]
    count = _batch_count(sum(size for _, size in to_process), workers)
    share = max(sum(weight(key, size) for key, size in to_process) / count, 1)
    units: list[_Unit] = []
    done = 0.0  # work of the dumps to process planned so far
    for path, key, size, segment in planned:
        # a dump to process goes to the batch its first byte falls in, counting that work
        batch = int(done // share) if segment is None else None
        last = units[-1] if units else None
        if last and (last.segment, last.batch) == (segment, batch):
            last.paths.append(path)
            last.keys.append(key)
            last.size += size
        else:
            units.append(_Unit([path], [key], size, segment, batch))
        done += weight(key, size) if segment is None else 0
    return units


def _fill_gaps(planned: list[tuple]) -> list[tuple]:
    """(path, key, size, segment) per dump, with each run of cache hits under GAP_BYTES that
    lies between two dumps to process made a run of dumps to process (segment None).

    A dump that cannot be read (no key) is never a hit, so it is "to process" on every run:
    it bounds no gap, or the hits beside it would be processed again on every rerun."""
    to_process = [at for at, (_, key, _, segment) in enumerate(planned) if segment is None and key]
    filled = list(planned)
    for before, after in zip(to_process, to_process[1:]):
        if 1 < after - before and sum(planned[at][2] for at in range(before + 1, after)) < GAP_BYTES:
            filled[before + 1:after] = [(*dump[:3], None) for dump in planned[before + 1:after]]
    return filled


def _read_keyed(path: Path) -> tuple[int, bytes | None, str | None, str]:
    """`io.read_bytes`, and the cache key of the bytes read (empty when none could be)."""
    size, data, problem = io.read_bytes(path)
    return size, data, problem, dump_key(path.name, data) if data is not None else ""


def _read_batch(paths: list[Path]) -> list[RawDump]:
    # read and keyed again: the key is of the bytes processed, should the file have changed
    # since it was planned
    dumps = []
    for path in paths:
        size, data, problem, key = _read_keyed(path)
        dumps.append(RawDump(io.dump_name(path), size, key, data, problem))
    return dumps


def _read_and_process(paths: list[Path], today: dt.date, ahead: dict[str, bytes] | None = None) -> BatchResult:
    """A batch read where it is processed: its bytes are not copied from process to process.
    The reading (and hashing) is timed as the batch's `read` stage."""
    started = time.perf_counter()
    dumps = _read_batch(paths)
    read = time.perf_counter() - started
    result = process_batch(dumps, today, ahead)
    result.seconds = {"read": read, **result.seconds}
    return result


def _run(raw: Path, out: Path, progress: bool, engine_name: str, workers: int | None,
         scheduler: str | None, use_cache: bool) -> RunReport:
    started = clock = time.perf_counter()
    stages: dict[str, dict] = {}

    def lap(stage: str, rows: int) -> None:
        nonlocal clock
        now = time.perf_counter()
        stages[stage] = {"rows": rows, "seconds": round(now - clock, 3)}
        clock = now

    paths = io.list_dumps(raw)
    if not paths:
        raise NoDumps(f"{raw}: no dump files in the folder")
    today = dt.date.today()
    cache = DumpCache(out / ".cache", today) if use_cache else None
    imported = signal()
    keyed = in_background(_keys, paths, cache, imported)  # on the other core, while GX imports on this one
    quality.prepare()  # GX is imported once, before any worker is forked: they share it
    imported.set()
    # GX's objects live as long as the run: out of the collector's passes (a full one, which
    # the plan's few thousand objects set off, took 0.13 s looking at them all)
    gc.freeze()
    keyed, ahead = keyed()
    units = _plan(paths, keyed, cache, workers or cores(), ahead)
    batches = [u for u in units if u.segment is None]
    report = RunReport(str(raw), str(out), [], cached_dumps=len(paths) - sum(len(u.paths) for u in batches),
                       extracted_ahead=len(ahead))
    lap("read", len(paths))
    log.info("read %d dumps from %s: %d batches to process (%d dumps extracted ahead), %d dumps from the cache",
             len(paths), raw, len(batches), len(ahead), report.cached_dumps)

    engine = open_engine(engine_name, len(batches), workers, scheduler)
    report.engine, report.workers = engine.name, engine.workers
    merger, results, per_stage = FirstSource(), [], Counter()
    bar = _Bar(total=len(paths), desc="dumps", unit="dump", disable=not progress or len(paths) < 2,
               leave=False)

    def start(unit: _Unit):
        """A waiter for the unit's result, and whether it was taken from the cache."""
        if unit.segment is not None:
            return lambda: _from_cache(unit)
        extracted = {key: ahead[key] for key in unit.keys if key in ahead}
        if engine.reads_files:
            waiting = engine.submit(_read_and_process, unit.paths, today, extracted)
        else:
            waiting = engine.submit(process_batch, _read_batch(unit.paths), today, extracted)
        return lambda: (waiting(), False)

    def _from_cache(unit: _Unit) -> tuple[BatchResult, bool]:
        try:
            return cache.load(unit.segment, [p.name for p in unit.paths]), True
        except Damaged as err:  # processed again, here: the same rows the segment held
            log.warning("%s; processing its %d dumps again", err, len(unit.paths))
            report.cached_dumps -= len(unit.paths)
            return _read_and_process(unit.paths, today), False

    published = False
    try:
        with io.Staging(out, _WRITTEN) as staging:
            for result, cached in in_order((lambda u=u: start(u) for u in units), ahead=2 * engine.workers):
                if not cached and cache is not None:
                    cache.put(result)
                per_stage.update(result.seconds)
                report.warnings += result.warnings + [w for d in result.dumps for w in d.warnings]
                firsts = _merge(result, merger, staging, report)
                results += result.dumps
                report.dumps += [_dump_report(d, firsts[d.name], cached) for d in result.dumps]
                bar.update(len(result.dumps))
            lap("batches", sum(len(u.paths) for u in batches))
            staging.rewrite("items", ITEMS, lambda rows: _with_sources(rows, merger))
            lap("sources", report.items)
            for stage, frame in (("keys", _item_keys(staging.read("items", ["item_id"]))),
                                 ("dumps", reconciliation(results, merger))):
                report.warnings += [warning.text for warning in quality.check(stage, frame, today)]
            lap("gate_merged", len(results))
            staging.close()
            lap("write", report.items + report.countries + report.figures + report.rejects)
            _finish(report, results, stages, per_stage, started)
            # the report is published with the tables it describes
            staging.write_text("_run.json", _report_json(report))
            staging.publish()
            published = True
        engine.close()
        if cache is not None:
            cache.prune({key for unit in units for key in unit.keys})
    except BaseException as stopped:
        engine.abort()
        if published and isinstance(stopped, KeyboardInterrupt) \
                and not isinstance(stopped, io.InterruptedAfterPublishing):
            # Ctrl-C or SIGTERM while the run tidies up: the tables are out, and it says so
            raise io.InterruptedAfterPublishing from stopped
        raise
    finally:
        bar.close()
    return report


def _finish(report: RunReport, results: list[DumpResult], stages: dict, per_stage: Counter,
            started: float) -> None:
    """The report's last facts: skipped and truncated dumps, the entries, the times."""
    for dump in report.dumps:
        if dump.problem and dump.problem != NO_ENTRY:
            log.warning("%s: skipped: %s", dump.name, dump.problem)
    for result in results:
        if result.truncated:
            report.warnings.append(f"{result.name}: {result.truncated}")
    report.entries = sum(d.entries for d in report.dumps)
    # work done in the batches, summed over workers (it runs in parallel with `batches`)
    report.stages = {**stages, **{f"batch.{k}": {"rows": None, "seconds": round(v, 3)}
                                  for k, v in per_stage.items()}}
    report.seconds = round(time.perf_counter() - started, 3)
    report.main_cpu_seconds = round(time.process_time(), 3)


def _merge(result: BatchResult, merger: FirstSource, staging: io.Staging, report: RunReport) -> Counter:
    """Write a batch's rows; an item already published by an earlier dump is not written again.

    Returns, per dump, the items it is the first source of.
    """
    items = result.tables["items"]
    ids, sources = items["item_id"].to_pylist(), items["source"].to_pylist()
    first = merger.keep(ids, sources)
    staging.write("items", items.filter(pa.array(first, pa.bool_())))
    # the (item, dump) pairs not published, a few: their spans are not written either
    dropped = pa.array([f"{i}\0{s}" for i, s, keep in zip(ids, sources, first) if not keep], pa.string())
    counts = {"countries": 0, "figures": 0}
    for name in counts:
        rows = result.tables[name]
        pairs = pc.binary_join_element_wise(rows["item_id"], rows["source"], "\0")
        rows = rows.filter(pc.invert(pc.is_in(pairs, value_set=dropped))).drop_columns(["source"])
        staging.write(name, rows)
        counts[name] = rows.num_rows
    staging.write("rejects", result.tables["rejects"])
    report.items += sum(first)
    report.countries += counts["countries"]
    report.figures += counts["figures"]
    report.rejects += result.tables["rejects"].num_rows
    return Counter(s for s, keep in zip(sources, first) if keep)


def _plain(report: RunReport) -> dict:
    """The report as plain values, for JSON. Not asdict(): it deep-copies every value, which
    took 0.06 s at 50 MB (8,400 dumps), at the run's end, when no worker is busy."""
    return {**vars(report), "dumps": [vars(dump) for dump in report.dumps]}


def _report_json(report: RunReport) -> str:
    """The report as JSON, a line per fact and a line per dump in each list or mapping, so
    that `grep` finds a dump's line.

    Not json.dumps(indent=...): before Python 3.13 an indent makes json use its pure-Python
    encoder, which took 0.07 s at 50 MB (8,400 dumps) against 0.02 s, at the run's end,
    when no worker is busy. One encoder for all: json.dumps with an argument makes a new
    one each call."""
    encode = json.JSONEncoder(default=str).encode

    def value(v) -> str:
        if isinstance(v, list) and v:
            return "[\n" + ",\n".join(f"    {encode(x)}" for x in v) + "\n  ]"
        if isinstance(v, dict) and v:
            return "{\n" + ",\n".join(f"    {encode(str(k))}: {encode(x)}" for k, x in v.items()) + "\n  }"
        return encode(v)

    return "{\n" + ",\n".join(f"  {encode(k)}: {value(v)}" for k, v in _plain(report).items()) + "\n}\n"


def _dump_report(result: DumpResult, first_items: int, cached: bool) -> DumpReport:
    return DumpReport(result.name, result.bytes, result.encoding, result.entries, first_items,
                      sum(result.rejects_by_reason.values()), result.rejects_by_reason, result.problem, cached)


def _with_sources(rows: pa.Table, merger: FirstSource) -> pa.Table:
    """`rows` with each item's `sources`: the list of its `source` alone, but for the few
    items also in later dumps. Made in Arrow, not as a Python list a row (0.07 s at 50 MB)."""
    sources_field = ITEMS.field("sources")
    ids, source = rows["item_id"].to_pylist(), rows["source"].combine_chunks()
    alone = pa.ListArray.from_arrays(pa.array(np.arange(len(ids) + 1, dtype=np.int32)), source,
                                     type=sources_field.type)
    pieces, done = [], 0
    for at in (at for at, item in enumerate(ids) if item in merger.later):
        listed = merger.sources(ids[at], source[at].as_py())
        pieces += [alone.slice(done, at - done), pa.array([listed], sources_field.type)]
        done = at + 1
    sources = pa.concat_arrays([*pieces, alone.slice(done)]) if pieces else alone
    return rows.add_column(ITEMS.get_field_index("sources"), sources_field, sources)


def _item_keys(items: pa.Table, chunk: int = 65_536) -> pd.DataFrame:
    """The published item ids as unsigned 64-bit numbers, for the key check across batches.

    Each id is 16 hex digits (checked per batch), so the number stands for it exactly, and
    the column takes 8 bytes a row instead of a Python string's 65.
    """
    ids = items["item_id"]
    numbers = [np.array([int(i, 16) for i in ids.slice(at, chunk).to_pylist()], dtype=np.uint64)
               for at in range(0, len(ids), chunk)]
    return pd.DataFrame({"item_id": np.concatenate(numbers) if numbers else np.array([], np.uint64)})


def reconciliation(results: list[DumpResult], merger: FirstSource) -> pd.DataFrame:
    """Per dump: what extract found, kept and rejected, and what clean and the merge made of it.

    The distinct items a dump's kept entries make (same title and date, one item) must be
    exactly the items that list the dump in `sources`: nothing dropped between the stages.
    """
    return pd.DataFrame([{
        "source": r.name,
        "entries": r.entries,
        "kept_plus_rejected": r.kept + sum(r.rejects_by_reason.values()),
        "distinct_kept": r.distinct_kept,
        "items_listing_dump": merger.listing.get(r.name, 0),
        "dated_share": r.dated / r.distinct_kept if r.distinct_kept else None,
    } for r in results])


def summary(report: RunReport) -> str:
    """The closing lines of a run, readable at a glance."""
    width = max(len(d.name) for d in report.dumps)
    lines = [f"Read {len(report.dumps)} dumps from {report.raw}/"]
    for d in report.dumps:
        note = f"  ! {d.problem}" if d.problem else ""
        lines.append(f"  {d.name:<{width}}  {d.encoding or '-':<9} {d.entries:>4} entries "
                     f"{d.items:>4} new items{note}")
    merged = report.entries - report.rejects - report.items
    lines.append(f"Wrote {report.items} items to {report.out}/items.parquet "
                 f"({report.entries} entries, {merged} repeated entries merged, {report.rejects} rejects)")
    lines.append(f"Wrote {report.countries} country mentions to {report.out}/countries.parquet, "
                 f"{report.figures} figures to {report.out}/figures.parquet")
    if report.empty_dumps:
        lines.append("Dumps that gave nothing: " + ", ".join(
            f"{d.name} (its {d.entries} entries rejected)" if d.entries else d.name for d in report.empty_dumps))
    for warning in report.warnings:
        lines.append(f"warning: {warning}")
    cached = f", {report.cached_dumps} dumps from the cache" if report.cached_dumps else ""
    lines.append(f"Done in {report.seconds:.1f} s ({report.engine} engine, {report.workers} "
                 f"worker{'s' if report.workers > 1 else ''}{cached})")
    return "\n".join(lines)
