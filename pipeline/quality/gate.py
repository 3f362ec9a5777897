"""Run a stage's suite over its output; stop the run on a failed critical check."""
from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import logging
import os
import sys
import types
from functools import cache
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from pipeline.quality.suites import CRITICAL, PREPARE, SHOWN, SUITES, Check, columns_named

SAMPLE_ROWS = 3
# where a failed row comes from and what it is, shown after the failed check's own columns
_SAMPLE_COLUMNS = ["source", "line", "item_id", "title", "field", "start", "end", "mention", "text"]


class GateWarning(NamedTuple):
    """A failed `warning` check: the dump whose rows failed it (None when the check is on
    the whole table, or the table has no `source`), and the message."""

    source: str | None
    text: str


class GateFailure(Exception):
    """A critical expectation failed: the message names stage, expectation and sample rows."""

    def __init__(self, stage: str, expectation: str, column: str, samples: list[str]):
        self.stage, self.expectation, self.column, self.samples = stage, expectation, column, samples
        rows = "; ".join(samples) if samples else "no row sample"
        super().__init__(f"quality gate '{stage}' failed: {expectation} on {column}: {rows}")

    def __reduce__(self):  # raised in a worker process, re-raised in the main one
        return type(self), (self.stage, self.expectation, self.column, self.samples)


_USED_LATE = ("scipy.stats", "altair")


def _imported_at_first_use(name: str) -> types.ModuleType | None:
    """A stand-in for module `name` that imports the module at the first attribute asked
    of it, and from then on answers with the module's attributes; None if there is no
    such module to import (an import of it then fails as it would have).

    The standard library's LazyLoader cannot do this on Python 3.11: an `import` of a
    module already in sys.modules reads its `__spec__`, and any attribute read makes a
    lazy module load, so GX's own `import altair` would load it at once."""
    spec = importlib.util.find_spec(name)  # finds the module's file; runs none of its code
    if spec is None:
        return None
    stand_in = types.ModuleType(name, f"{name}, imported at its first use")
    stand_in.__spec__ = spec

    def __getattr__(attribute: str):
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]
        return getattr(importlib.import_module(name), attribute)

    stand_in.__getattr__ = __getattr__  # a module's __getattr__ (PEP 562)
    return stand_in


@cache
def _context():
    """One ephemeral GX context per process (the import and set-up are slow)."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    # jsonschema, which GX imports, loads the optional `rfc3987_syntax` when it is installed
    # (Jupyter brings it) and builds its grammar: 0.9 s per process, for an IRI format
    # check no suite here uses. Marked absent, jsonschema leaves that one check out.
    sys.modules.setdefault("rfc3987_syntax", None)
    # GX imports scipy.stats and altair at start-up, for expectations no suite here uses
    # (KL divergence, KS tests) and their charts: 0.6 s of the 1.5 s import, in every run.
    # Each is imported at its first use instead, should a suite ever use one: GX's modules
    # are given a stand-in while they import, which is taken out of sys.modules after, so
    # that any later import (of the module or first of a submodule) is the real one, once.
    stand_ins = {name: stand_in for name in _USED_LATE
                 if name not in sys.modules and (stand_in := _imported_at_first_use(name))}
    sys.modules.update(stand_ins)
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    # GX sets some of its module loggers to INFO on import; its chatter is not ours to print.
    for name in list(logging.root.manager.loggerDict):
        if name.startswith("great_expectations"):
            logging.getLogger(name).setLevel(logging.WARNING)

    from great_expectations.execution_engine import pandas_execution_engine

    # GX fingerprints each frame it is given (an MD5 over every value, hashed), only to name
    # it in the result's metadata, and skips that itself for frames of 1 GB or more. No
    # gate reads it: made to skip it for every frame, a batch's gates take a quarter less.
    pandas_execution_engine.HASH_THRESHOLD = 0
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    for name, stand_in in stand_ins.items():
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]
    return context


def prepare() -> None:
    """Import GX and set up its context now (a second or two), not at the first gate."""
    _context()


@cache
def _definition(stage: str):
    """The stage's batch definition, made once per process: each one added is written into
    the context's configuration, whose cost grows with every definition it holds."""
    source = _context().data_sources.add_or_update_pandas(f"pipeline_{stage}")
    return source.add_dataframe_asset(stage).add_batch_definition_whole_dataframe(stage)


_suites: dict[str, Any] = {}


def _suite(name: str, checks: list[Check]):
    """The suite of `checks`, built once per process (a run gates batch after batch)."""
    import great_expectations as gx

    key = repr((name, checks))  # a check's arguments are dicts and lists: not hashable
    if key not in _suites:
        suite = gx.ExpectationSuite(name=name)
        for c in checks:
            expectation_class = getattr(gx.expectations, c.expectation)
            suite.add_expectation(expectation_class(**c.kwargs, meta={"severity": c.severity}))
        _suites[key] = suite
    return _suites[key]


def _plain(value: Any) -> Any:
    """A value as Python writes it: 43, not np.int32(43); None for any missing value."""
    if pd.api.types.is_scalar(value) and pd.isna(value):
        return None
    return value.item() if isinstance(value, np.generic) else value


def _describe(stage: str, frame: pd.DataFrame, index: list, checked: list[str]) -> list[str]:
    """The rows at `index` (a few), each with the `checked` columns' values, then where it is from."""
    columns = [c for c in dict.fromkeys([*checked, *_SAMPLE_COLUMNS]) if c in frame.columns]
    rows = SHOWN.get(stage, lambda rows: rows)(frame.loc[list(index[:SAMPLE_ROWS]), columns])
    return [", ".join(f"{c}={_plain(value)!r}" for c, value in zip(columns, row))
            for row in rows.itertuples(index=False)]


def _raised(exception_info: dict) -> list[str]:
    """What a check raised instead of running, if it did: GX gives one ExceptionInfo when
    the expectation raised, or a dict of them keyed by metric id when a metric it needs
    raised (a missing column, values it cannot compare)."""
    infos = [exception_info] if "raised_exception" in exception_info else exception_info.values()
    messages = dict.fromkeys(info["exception_message"] for info in infos if info.get("raised_exception"))
    return [f"the check could not run: {message}" for message in messages]


def failed_column(config) -> str:
    """The column(s) an expectation is about: `item_id`, `source,line`, `end,start`."""
    return ",".join(columns_named(config.kwargs))


def check(stage: str, frame: pd.DataFrame, today: dt.date | None = None, **context) -> list[GateWarning]:
    """Validate `frame` with the stage's suite; return the warnings, raise on a critical failure.

    A row-level warning is given once per dump whose rows failed it, so that it reads the
    same however the dumps were batched. `context` carries what a suite checks against (the
    items, for the enrichments).
    """
    if frame.empty:
        return []
    checks = SUITES[stage](today or dt.date.today(), context)
    if stage in PREPARE:
        frame = PREPARE[stage](frame, context)
    batch = _definition(stage).get_batch(batch_parameters={"dataframe": frame})
    suite = _suite(f"{stage}_suite", checks)
    # Pass or fail first: half the cost of a full result, whose unexpected rows are only
    # needed to name the rows that failed (the samples), so only when something did.
    result = batch.validate(suite, result_format={"result_format": "BOOLEAN_ONLY"})
    if not result.success:
        result = batch.validate(suite, result_format={"result_format": "COMPLETE"})
    warnings = []
    for outcome in result.results:
        if outcome.success:
            continue
        config = outcome.expectation_config
        severity = (config.meta or {}).get("severity", CRITICAL)
        column, checked = failed_column(config), columns_named(config.kwargs)
        rows = outcome.result.get("unexpected_index_list") or []
        raised = _raised(outcome.exception_info or {})
        if severity == CRITICAL:
            raise GateFailure(stage, config.type, column, raised or _describe(stage, frame, rows, checked))
        warnings += _warnings(stage, config.type, column, frame, rows, checked,
                              "; ".join(raised) or f"observed {_plain(outcome.result.get('observed_value'))!r}")
    return warnings


def _warnings(stage: str, expectation: str, column: str, frame: pd.DataFrame, rows: list,
              checked: list[str], otherwise: str) -> list[GateWarning]:
    """One warning per dump whose rows failed the check; one for the table, saying
    `otherwise`, when it names no row (a check on the whole column, or one that raised)."""
    failed_check = f"{stage}: {expectation} on {column}"
    if not rows or "source" not in frame.columns:
        return [GateWarning(None, f"{failed_check}: {otherwise}")]
    sources = frame.loc[rows, "source"]
    return [GateWarning(source, f"{source}: {failed_check} ({len(failed)} rows: "
                                + "; ".join(_describe(stage, frame, list(failed.index), checked)) + ")")
            for source, failed in sources.groupby(sources, sort=True)]
