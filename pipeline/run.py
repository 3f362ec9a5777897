"""The stages wired together: read -> extract -> gate -> clean -> gate -> enrich -> gate -> publish."""
from __future__ import annotations

import json
import logging
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pandas as pd

from pipeline import io, quality
from pipeline.clean import clean_entries
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
    seconds: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def empty_dumps(self) -> list[DumpReport]:
        return [d for d in self.dumps if d.entries == 0]


def run(raw: Path, out: Path) -> RunReport:
    """Run every stage over the dumps in `raw`; publish to `out` only if every gate passes."""
    if not raw.is_dir():
        raise NoDumps(f"{raw}: no such folder of dumps")
    with io.run_lock(out):
        return _run(raw, out)


def _run(raw: Path, out: Path) -> RunReport:
    clock = time.perf_counter()
    seconds: dict[str, float] = {}

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        seconds[stage] = round(now - clock, 3)
        clock = now

    dumps = io.read_dumps(raw)
    if not dumps:
        raise NoDumps(f"{raw}: no dump files in the folder")
    report = RunReport(str(raw), str(out), [DumpReport(d.name, d.size, d.encoding, problem=d.problem)
                                            for d in dumps])
    for dump in dumps:
        if dump.problem:
            log.warning("%s: skipped: %s", dump.name, dump.problem)
        elif cut := truncation(dump.text):
            report.warnings.append(f"{dump.name}: {cut}")
    lap("read")

    entries, rejects = extract({d.name: d.text for d in dumps if d.text is not None})
    lap("extract")
    report.warnings += quality.check("extract", entries)
    lap("gate_extract")

    items = clean_entries(entries)
    lap("clean")
    report.warnings += quality.check("clean", items)
    lap("gate_clean")

    countries = enrich_countries(items)
    figures = enrich_figures(items)
    lap("enrich")
    report.warnings += quality.check("countries", countries, items=items)
    report.warnings += quality.check("figures", figures, items=items)
    lap("gate_enrich")

    io.publish(out, {"items": io.to_table(items, ITEMS), "countries": io.to_table(countries, COUNTRIES),
                     "figures": io.to_table(figures, FIGURES), "rejects": io.to_table(rejects, REJECTS)})
    lap("publish")

    _count(report, entries, items, rejects)
    report.countries, report.figures = len(countries), len(figures)
    report.seconds = seconds
    (out / "_run.json").write_text(json.dumps(asdict(report), indent=2, default=str) + "\n")
    return report


def _count(report: RunReport, entries: pd.DataFrame, items: pd.DataFrame, rejects: pd.DataFrame) -> None:
    per_source = {
        "entries": entries.groupby("source").size(),
        "items": items.groupby("source").size(),
        "rejects": rejects.groupby("source").size(),
    }
    for dump in report.dumps:
        for name, counts in per_source.items():
            setattr(dump, name, int(counts.get(dump.name, 0)))
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
    lines.append(f"Done in {sum(report.seconds.values()):.1f} s")
    return "\n".join(lines)
