"""`python -m pipeline bench`, part two: the whole run's speed and memory as the corpus grows.

For each size (10, 50 and 200 MB by default) a corpus is made from the seeds in raw/
(pipeline.corpus), and `python -m pipeline run` is timed on it into an empty folder (no
cache yet) in a child process, its whole process tree's memory (RSS, summed over the run and its workers;
forked workers share pages, so the sum over-counts) sampled every 50 ms. Per stage, the
MB/s is the corpus size over that stage's seconds, summed over the workers that ran it.

Then the incremental case: one new dump added to the 50 MB corpus, a rerun on the clean
run's cache, timed and compared table by table with a clean run of the same dumps.

Every timing is the median of RUNS runs (this machine's timings vary by a tenth from one
run to the next); the peak memory is the highest of them.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyarrow.parquet as pq

from pipeline import io
from pipeline.bench import ROOT, save_results
from pipeline.corpus import distinct_copy, make_corpus
from pipeline.schema import TABLES

BENCH = ROOT / "build" / "bench"
SIZES = (10, 50, 200)
# Each measure is the median of this many runs: this machine's timings vary by a tenth.
RUNS = 3


def _tree_rss(process) -> int:
    import psutil

    try:
        tree = [process, *process.children(recursive=True)]
    except psutil.Error:  # the run just ended
        return 0
    total = 0
    for p in tree:
        try:
            total += p.memory_info().rss
        except psutil.Error:  # a worker that just ended
            pass
    return total


def timed_run(raw: Path, out: Path, *flags: str) -> dict:
    """Run the pipeline in a child process: wall seconds, peak tree RSS, and its run report."""
    import psutil

    command = [sys.executable, "-m", "pipeline", "run", "--raw", str(raw), "--out", str(out), "-q", *flags]
    started = time.perf_counter()
    child = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    process, peak, done = psutil.Process(child.pid), 0, threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(process))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, errors = child.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if child.returncode != 0:
        raise RuntimeError(f"the run on {raw} failed ({child.returncode}): {errors.strip()}")
    report = json.loads((out / "_run.json").read_text(encoding="utf-8"))
    return {"seconds": seconds, "peak_rss_mb": peak / 1e6, "report": report}


def _stages(report: dict, megabytes: float) -> dict[str, float]:
    """MB/s of each stage: the corpus's size over the stage's seconds (summed over workers)."""
    return {stage: round(megabytes / s["seconds"], 1) for stage, s in report["stages"].items()
            if s["seconds"] > 0}


def _median_run(runs: list[dict]) -> dict:
    """The run of median wall time; its peak memory is the highest of all the runs."""
    ranked = sorted(runs, key=lambda r: r["seconds"])
    return {**ranked[len(ranked) // 2], "peak_rss_mb": max(r["peak_rss_mb"] for r in runs),
            "range": (ranked[0]["seconds"], ranked[-1]["seconds"])}


def bench_size(megabytes: int, runs: int = RUNS) -> dict:
    raw = BENCH / f"corpus-{megabytes}MB"
    files, size = make_corpus(ROOT / "raw", raw, megabytes)
    out = BENCH / f"out-{megabytes}MB"
    timed = []
    for _ in range(runs):
        shutil.rmtree(out, ignore_errors=True)
        timed.append(timed_run(raw, out))
    median = _median_run(timed)
    report = median["report"]
    return {"megabytes": size / 1e6, "dumps": files, "items": report["items"],
            "countries": report["countries"], "figures": report["figures"],
            "engine": f"{report['engine']} x{report['workers']}", "runs": runs,
            "seconds": round(median["seconds"], 2), "seconds_range": [round(t, 2) for t in median["range"]],
            "mb_per_s": round(size / 1e6 / median["seconds"], 2), "peak_rss_mb": round(median["peak_rss_mb"]),
            "stages_mb_per_s": _stages(report, size / 1e6)}


def bench_incremental(megabytes: int = 50, runs: int = RUNS) -> dict:
    """One dump added to the corpus: a rerun on the clean run's cache, against a clean run
    of the same dumps (each the median of `runs`; every rerun starts from the same cache)."""
    raw, plus = BENCH / f"corpus-{megabytes}MB", BENCH / f"corpus-{megabytes}MB-plus-one"
    out = BENCH / f"out-{megabytes}MB"
    shutil.rmtree(plus, ignore_errors=True)
    plus.mkdir(parents=True)
    for dump in io.list_dumps(raw):
        os.link(dump, plus / dump.name)
    seed = sorted((ROOT / "raw").glob("*.txt"))[0]
    (plus / f"999999_{seed.name}").write_text(
        distinct_copy(seed.read_text(encoding="utf-8"), seed.name, 999999), encoding="utf-8")
    clean_out = BENCH / f"out-{megabytes}MB-plus-one-clean"
    cleans = []
    for _ in range(runs):
        shutil.rmtree(clean_out, ignore_errors=True)
        cleans.append(timed_run(plus, clean_out, "--no-cache"))
    if not (out / ".cache").is_dir():  # the clean run of the corpus leaves its cache there
        timed_run(raw, out)
    rerun_out, reruns = BENCH / f"out-{megabytes}MB-rerun", []
    for _ in range(runs):
        shutil.rmtree(rerun_out, ignore_errors=True)
        shutil.copytree(out, rerun_out)
        reruns.append(timed_run(plus, rerun_out))
    clean, rerun = _median_run(cleans), _median_run(reruns)
    same = all(pq.read_table(rerun_out / f"{t}.parquet").equals(pq.read_table(clean_out / f"{t}.parquet"))
               for t in TABLES)
    processed = [d["name"] for d in rerun["report"]["dumps"] if not d["cached"]]
    return {"clean_seconds": round(clean["seconds"], 2), "rerun_seconds": round(rerun["seconds"], 2),
            "share": round(rerun["seconds"] / clean["seconds"], 3), "processed": processed,
            "tables_equal": same}


def report(sizes: list[dict], incremental: dict | None) -> str:
    lines = ["Whole run, clean (no cache), `python -m pipeline run` on N MB of seed copies "
             f"(median of {sizes[0]['runs']} runs; peak RSS: the highest of them):", "",
             "| corpus | dumps | items | engine | seconds (range) | MB/s | peak RSS (tree) |",
             "|---|---|---|---|---|---|---|"]
    for r in sizes:
        low, high = r["seconds_range"]
        lines.append(f"| {r['megabytes']:.0f} MB | {r['dumps']:,} | {r['items']:,} | {r['engine']} | "
                     f"{r['seconds']:.1f} ({low:.1f}–{high:.1f}) | {r['mb_per_s']:.2f} | {r['peak_rss_mb']:,} MB |")
    stages = [s for s in sizes[0]["stages_mb_per_s"]]
    lines += ["", "Per stage, MB/s (batch.* stages: summed over the workers, so per core):", "",
              "| stage | " + " | ".join(f"{r['megabytes']:.0f} MB" for r in sizes) + " |",
              "|---|" + "---|" * len(sizes)]
    for stage in stages:
        lines.append(f"| {stage} | " + " | ".join(str(r["stages_mb_per_s"].get(stage, "-")) for r in sizes) + " |")
    if len(sizes) > 1:
        big, mid = sizes[-1], next((r for r in sizes if round(r["megabytes"]) == 50), sizes[-2])
        lines += ["", f"Memory, {big['megabytes']:.0f} MB against {mid['megabytes']:.0f} MB: "
                      f"{big['peak_rss_mb'] / mid['peak_rss_mb']:.2f}x"]
    if incremental:
        lines += ["", f"One dump added to the 50 MB corpus: rerun {incremental['rerun_seconds']:.2f} s, "
                      f"clean run {incremental['clean_seconds']:.2f} s ({incremental['share']:.0%}); "
                      f"processed {incremental['processed']}; tables equal: {incremental['tables_equal']}"]
    return "\n".join(lines)


def main(sizes: tuple[int, ...] = SIZES, incremental: bool = True) -> int:
    results = [bench_size(size) for size in sizes]
    extra = bench_incremental() if incremental and 50 in sizes else None
    print(report(results, extra))
    save_results("bench-scale.json", {"sizes": results, "incremental": extra})
    return 0
