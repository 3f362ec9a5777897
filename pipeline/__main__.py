"""Command line: `python -m pipeline run --raw DIR --out DIR`."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from pipeline.io import Busy
from pipeline.quality import GateFailure
from pipeline.run import NoDumps, run, summary


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Turn saved ILO news listing pages into validated Parquet tables.")
    commands = parser.add_subparsers(dest="command", required=True)
    run_cmd = commands.add_parser(
        "run", help="extract -> clean over a folder of dumps; publish the tables",
        description="Read every dump in --raw, run the stages and their quality gates, and "
                    "publish items.parquet (and rejects.parquet) to --out. Nothing is "
                    "published when a gate fails.")
    run_cmd.add_argument("--raw", type=Path, default=Path("raw"), help="folder of dumps (default: raw)")
    run_cmd.add_argument("--out", type=Path, default=Path("processed"),
                         help="folder for the tables (default: processed)")
    run_cmd.add_argument("-v", "--verbose", action="store_true", help="log each step")
    commands.add_parser("bench", help="speed and accuracy of the enrichers against their peers",
                        description="Benchmark find_countries against geotext and "
                                    "country_converter (needs the `bench` extra).")
    docs_cmd = commands.add_parser("docs", help="write the data dictionary (processed/README.md)",
                                   description="Generate the data dictionary from the schemas.")
    docs_cmd.add_argument("--out", type=Path, default=Path("processed"),
                          help="folder to write README.md to (default: processed)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "bench":
        from pipeline.bench import main as bench_main

        return bench_main()
    if args.command == "docs":
        from pipeline.docs import data_dictionary

        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "README.md").write_text(data_dictionary())
        print(f"Wrote {args.out / 'README.md'}")
        return 0
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(message)s")
    try:
        report = run(args.raw, args.out)
    except (NoDumps, GateFailure, Busy) as err:
        print(f"error: {err}", file=sys.stderr)
        print("Nothing was published.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Interrupted: nothing was published.", file=sys.stderr)
        return 130
    print(summary(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
