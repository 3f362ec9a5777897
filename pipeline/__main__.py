"""Command line: `python -m pipeline run --raw DIR --out DIR`."""
from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from pathlib import Path

from pipeline.engine import ENGINES, EngineError
from pipeline.io import Busy, InterruptedAfterPublishing, Terminated, Unwritable, stop_on_sigterm
from pipeline.quality import GateFailure
from pipeline.run import NoDumps, run, summary


def _verbosity(command: argparse.ArgumentParser) -> None:
    group = command.add_mutually_exclusive_group()
    group.add_argument("-q", "--quiet", action="store_true",
                       help="print only errors and warnings (no summary, no progress bar)")
    group.add_argument("-v", "--verbose", action="store_true", help="also log each step")


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 1 or more")
    return int(text)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Turn saved ILO news listing pages into validated Parquet tables.")
    commands = parser.add_subparsers(dest="command", required=True)
    run_cmd = commands.add_parser(
        "run", help="extract -> clean -> enrich over a folder of dumps; publish the tables",
        description="Read every dump in --raw, run extract, clean and enrich with a quality "
                    "gate after each, and publish items, countries, figures and rejects "
                    "(Parquet) and _run.json to --out. Nothing is published when a gate "
                    "fails. A progress bar shows on a terminal.")
    run_cmd.add_argument("--raw", type=Path, default=Path("raw"), help="folder of dumps (default: raw)")
    run_cmd.add_argument("--out", type=Path, default=Path("processed"),
                         help="folder for the tables (default: processed)")
    run_cmd.add_argument("--engine", choices=ENGINES, default=os.environ.get("ENGINE") or "local",
                         help="where batches of dumps run: worker processes on this machine "
                              "(local, the default) or a Dask cluster (dask); $ENGINE sets it too")
    run_cmd.add_argument("--scheduler", metavar="ADDRESS",
                         help="with --engine dask: the scheduler of an existing cluster "
                              "(tcp://host:8786); default: a LocalCluster on this machine")
    run_cmd.add_argument("--workers", type=_positive, metavar="N",
                         help="worker processes (default: one per core this process may use)")
    run_cmd.add_argument("--no-cache", action="store_true",
                         help="process every dump again, ignoring OUT/.cache")
    _verbosity(run_cmd)
    validate_cmd = commands.add_parser(
        "validate", help="check the published tables with their suites; build Data Docs",
        description="Run the Great Expectations suites over the tables in --out and build "
                    "Data Docs (HTML) in --docs. Exits 1 when a critical expectation fails.")
    validate_cmd.add_argument("--out", type=Path, default=Path("processed"),
                              help="folder of published tables (default: processed)")
    validate_cmd.add_argument("--docs", type=Path, default=Path("build/data_docs"),
                              help="folder for the Data Docs site (default: build/data_docs)")
    _verbosity(validate_cmd)
    bench_cmd = commands.add_parser(
        "bench", help="the enrichers against their peers; the whole run's speed and memory",
        description="Benchmark find_countries and find_figures against their peers (needs the "
                    "`bench` extra), then time the whole run on corpora of seed copies, with its "
                    "peak memory, and an incremental rerun (see pipeline/bench_scale.py).")
    bench_cmd.add_argument("--sizes", default="10,50,200",
                           help="corpus sizes in MB, comma-separated (default: 10,50,200)")
    bench_cmd.add_argument("--only", choices=("enrichers", "scale"), help="run one part only")
    docs_cmd = commands.add_parser("docs", help="write the data dictionary (processed/README.md)",
                                   description="Generate the data dictionary from the schemas.")
    docs_cmd.add_argument("--out", type=Path, default=Path("processed"),
                          help="folder to write README.md to (default: processed)")
    return parser


def _validate(out: Path, docs: Path, quiet: bool = False) -> int:
    from pipeline.quality.validate import TABLE_SUITES, validate_tables

    missing = [t for t in TABLE_SUITES if not (out / f"{t}.parquet").exists()]
    if missing:
        print(f"error: {out}: no {', '.join(missing)} table(s) to validate; run `make pipeline` first",
              file=sys.stderr)
        return 1
    results, index = validate_tables(out, docs)
    failed = False
    for r in results:
        verdict = "FAILED" if r.failed_critical else "passed"
        if quiet and not (r.failed_critical or r.failed_warning):
            continue
        print(f"  {r.table:<10} {r.rows:>6} rows  {r.checks:>3} checks  {verdict}"
              + "".join(f"\n    critical: {f}" for f in r.failed_critical)
              + "".join(f"\n    warning:  {f}" for f in r.failed_warning))
        failed |= bool(r.failed_critical)
    if not quiet:
        print(f"Data Docs: {index}")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if getattr(args, "engine", ENGINES[0]) not in ENGINES:  # from $ENGINE, which argparse takes as is
        parser.error(f"ENGINE={args.engine!r}: expected one of {', '.join(ENGINES)}")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    if getattr(args, "verbose", False):  # our steps only, not the libraries' chatter
        logging.getLogger("pipeline").setLevel(logging.INFO)
    if args.command == "validate":
        return _validate(args.out, args.docs, args.quiet)
    if args.command == "bench":
        from pipeline import bench, bench_scale

        if args.only != "scale":
            bench.main()
            print()
        if args.only != "enrichers":
            bench_scale.main(tuple(int(size) for size in args.sizes.split(",")))
        return 0
    if args.command == "docs":
        from pipeline.docs import data_dictionary

        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "README.md").write_text(data_dictionary(), encoding="utf-8")
        print(f"Wrote {args.out / 'README.md'}")
        return 0
    stop_on_sigterm()
    try:
        report = run(args.raw, args.out, progress=not args.quiet and sys.stderr.isatty(),
                     engine=args.engine, workers=args.workers, scheduler=args.scheduler,
                     use_cache=not args.no_cache)
    except (NoDumps, Unwritable, GateFailure, Busy, EngineError) as err:
        print(f"error: {err}", file=sys.stderr)
        print("Nothing was published.", file=sys.stderr)
        return 1
    except InterruptedAfterPublishing:
        print(f"Interrupted: the tables and _run.json had already been published to {args.out}/.",
              file=sys.stderr)
        return 130
    except KeyboardInterrupt as err:  # Ctrl-C, or SIGTERM (Terminated)
        print("Interrupted: nothing was published.", file=sys.stderr)
        return 143 if isinstance(err, Terminated) else 130
    if args.quiet:
        for warning in report.warnings:
            print(f"warning: {warning}", file=sys.stderr)
    else:
        print(summary(report))
    return 0


if __name__ == "__main__":
    code = main()
    # The process ends here. Frozen, the objects it holds (GX's, pandas', the run's) are
    # left out of the interpreter's last garbage collection, a quarter of a second spent
    # freeing memory the system takes back anyway. Exit handlers and flushes still run.
    gc.freeze()
    sys.exit(code)
