"""Validate the published tables with their suites and build Great Expectations Data Docs.

`python -m pipeline validate` (and `make validate`) runs this over `processed/`: each
table gets a GX Checkpoint whose action writes its results into a Data Docs site (HTML)
in a git-ignored folder.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.quality.gate import _context, _suite, failed_column
from pipeline.quality.suites import CRITICAL, PREPARE, SUITES

# published table -> the suite that guards it
TABLE_SUITES = {"items": "clean", "countries": "countries", "figures": "figures", "rejects": "rejects"}


@dataclass
class TableResult:
    table: str
    rows: int
    checks: int
    failed_critical: list[str]
    failed_warning: list[str]


def validate_tables(out: Path, docs: Path, today: dt.date | None = None) -> tuple[list[TableResult], Path]:
    """Run every table's suite over `out` and build Data Docs in `docs`; return results and the index."""
    import great_expectations as gx
    from great_expectations.checkpoint import UpdateDataDocsAction

    context = _context()
    site = f"pipeline_docs_{abs(hash(str(docs.resolve())))}"
    if site not in context.list_data_docs_sites():
        context.add_data_docs_site(site, {
            "class_name": "SiteBuilder",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs.resolve())},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        })
    frames = {name: pd.read_parquet(out / f"{name}.parquet") for name in TABLE_SUITES}
    source = context.data_sources.add_or_update_pandas("published")
    results = []
    for table, stage in TABLE_SUITES.items():
        frame = frames[table]
        checks = SUITES[stage](today or dt.date.today(), {"items": frames["items"]})
        if stage in PREPARE:
            frame = PREPARE[stage](frame, {"items": frames["items"]})
        suite_name = f"{table}_published"
        if suite_name in [s.name for s in context.suites.all()]:
            context.suites.delete(suite_name)
        suite = context.suites.add(_suite(suite_name, checks))
        asset = source.add_dataframe_asset(table) if table not in source.get_asset_names() \
            else source.get_asset(table)
        batch = asset.add_batch_definition_whole_dataframe(f"{table}_{id(frame)}")
        definition = context.validation_definitions.add(
            gx.ValidationDefinition(name=f"{table}_{id(frame)}", data=batch, suite=suite))
        checkpoint = context.checkpoints.add(gx.Checkpoint(
            name=f"{table}_{id(frame)}", validation_definitions=[definition],
            actions=[UpdateDataDocsAction(name="docs", site_names=[site])],
            result_format={"result_format": "SUMMARY"}))
        outcome = checkpoint.run(batch_parameters={"dataframe": frame})
        critical, warning = [], []
        for run in outcome.run_results.values():
            for r in run.results:
                if not r.success:
                    severity = (r.expectation_config.meta or {}).get("severity", CRITICAL)
                    column = failed_column(r.expectation_config)
                    (critical if severity == CRITICAL else warning).append(
                        f"{r.expectation_config.type} on {column}")
        results.append(TableResult(table, len(frame), len(checks), critical, warning))
    context.build_data_docs(site_names=[site])
    return results, docs.resolve() / "index.html"
