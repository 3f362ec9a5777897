"""The stages wired together: read -> extract -> gate -> clean -> gate -> enrich -> gate -> publish."""
from __future__ import annotations

import json
import logging
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pandas as pd

from pipeline import io, quality
from pipeline.clean import clean_entries, entry_item_id
from pipeline.enrich import enrich_countries, enrich_figures
from pipeline.extract import extract, truncation
from pipeline.schema import COUNTRIES, FIGURES, ITEMS, REJECTS

log = logging.getLogger("pipeline")


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
    stages: dict[str, dict] = field(default_factory=dict)   # stage -> rows, seconds
    warnings: list[str] = field(default_factory=list)

    @property
    def empty_dumps(self) -> list[DumpReport]:
        return [d for d in self.dumps if d.entries == 0]


def run(raw: Path, out: Path, progress: bool = False) -> RunReport:
    """Run every stage over the dumps in `raw`; publish to `out` only if every gate passes.

    `progress` shows a bar over the dumps as they are read (for a terminal).
    """
    if not raw.is_dir():
        raise NoDumps(f"{raw}: no such folder of dumps")
    with io.run_lock(out):
        return _run(raw, out, progress)


def _run(raw: Path, out: Path, progress: bool) -> RunReport:
    clock = time.perf_counter()
    stages: dict[str, dict] = {}

    def lap(stage: str, rows: int) -> None:
        nonlocal clock
        now = time.perf_counter()
        stages[stage] = {"rows": rows, "seconds": round(now - clock, 3)}
        clock = now

    from tqdm import tqdm

    paths = io.list_dumps(raw)
    dumps = [io.read_dump(p) for p in tqdm(paths, desc="reading dumps", unit="dump",
                                           disable=not progress or len(paths) < 2, leave=False)]
    if not dumps:
        raise NoDumps(f"{raw}: no dump files in the folder")
    report = RunReport(str(raw), str(out), [DumpReport(d.name, d.size, d.encoding, problem=d.problem)
                                            for d in dumps])
    for dump in dumps:
        if dump.problem:
            log.warning("%s: skipped: %s", dump.name, dump.problem)
        elif cut := truncation(dump.text):
            report.warnings.append(f"{dump.name}: {cut}")
    lap("read", len(dumps))
    log.info("read %d dumps from %s", len(dumps), raw)

    entries, rejects = extract({d.name: d.text for d in dumps if d.text is not None})
    lap("extract", len(entries))
    log.info("extract: %d entries, %d rejects", len(entries), len(rejects))
    report.warnings += quality.check("extract", entries)
    lap("gate_extract", len(entries))

    items = clean_entries(entries)
    lap("clean", len(items))
    log.info("clean: %d items", len(items))
    report.warnings += quality.check("clean", items)
    lap("gate_clean", len(items))

    countries = enrich_countries(items)
    figures = enrich_figures(items)
    lap("enrich", len(countries) + len(figures))
    log.info("enrich: %d country mentions, %d figures", len(countries), len(figures))
    report.warnings += quality.check("dumps", reconciliation(report, entries, rejects, items))
    report.warnings += quality.check("countries", countries, items=items)
    report.warnings += quality.check("figures", figures, items=items)
    lap("gate_enrich", len(countries) + len(figures))

    io.publish(out, {"items": io.to_table(items, ITEMS), "countries": io.to_table(countries, COUNTRIES),
                     "figures": io.to_table(figures, FIGURES), "rejects": io.to_table(rejects, REJECTS)})
    lap("publish", len(items) + len(countries) + len(figures) + len(rejects))
    log.info("published to %s", out)

    _count(report, entries, items, rejects)
    report.countries, report.figures = len(countries), len(figures)
    report.stages = stages
    io.write_text_atomic(out / "_run.json", json.dumps(asdict(report), indent=2, default=str) + "\n")
    return report


def reconciliation(report: RunReport, entries: pd.DataFrame, rejects: pd.DataFrame,
                   items: pd.DataFrame) -> pd.DataFrame:
    """Per dump: what extract found, kept and rejected, and what clean made of the kept entries.

    The distinct items a dump's kept entries make (same title and date, one item) must be
    exactly the items that list the dump in `sources`: nothing dropped between the stages.
    """
    found = entries.attrs.get("found", {})
    keys = pd.Series([entry_item_id(e.title, e.date_line) for e in entries.itertuples()],
                     index=entries.index, dtype=object)
    kept = entries.assign(key=keys).groupby("source")
    kept_count, distinct = kept.size(), kept["key"].nunique()
    rejected = rejects.groupby("source").size()
    listing = items.explode("sources").groupby("sources").size() if len(items) else pd.Series(dtype=int)
    rows = [{"source": dump.name, "entries": int(found.get(dump.name, 0)),
             "kept_plus_rejected": int(kept_count.get(dump.name, 0) + rejected.get(dump.name, 0)),
             "distinct_kept": int(distinct.get(dump.name, 0)),
             "items_listing_dump": int(listing.get(dump.name, 0))} for dump in report.dumps]
    return pd.DataFrame(rows)


def _count(report: RunReport, entries: pd.DataFrame, items: pd.DataFrame, rejects: pd.DataFrame) -> None:
    per_source = {
        "entries": entries.groupby("source").size(),
        "items": items.groupby("source").size(),
        "rejects": rejects.groupby("source").size(),
    }
    for dump in report.dumps:
        for name, counts in per_source.items():
            setattr(dump, name, int(counts.get(dump.name, 0)))
        mine = rejects[rejects["source"] == dump.name]
        dump.rejects_by_reason = {str(k): int(v) for k, v in mine.groupby("rule").size().items()}
        if dump.entries == 0 and not dump.problem:
            dump.problem = "no listing entry found"
    report.entries, report.items, report.rejects = len(entries), len(items), len(rejects)


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
        lines.append("Dumps that gave nothing: " + ", ".join(d.name for d in report.empty_dumps))
    for warning in report.warnings:
        lines.append(f"warning: {warning}")
    lines.append(f"Done in {sum(s['seconds'] for s in report.stages.values()):.1f} s")
    return "\n".join(lines)
