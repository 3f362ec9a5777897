"""The gates: a critical failure stops with stage, expectation and sample rows; good data passes."""
import datetime as dt

import pandas as pd
import pytest

from pipeline.clean import clean_entries
from pipeline.extract import extract
from pipeline.quality import GateFailure, GateWarning, check


def test_seed_tables_pass_both_gates(seed_texts):
    entries, _ = extract(seed_texts)
    assert check("extract", entries) == []
    assert check("clean", clean_entries(entries)) == []


def test_duplicate_item_id_stops_the_clean_gate(seed_items):
    items = seed_items
    broken = pd.concat([items, items.iloc[[4]]], ignore_index=True)
    with pytest.raises(GateFailure) as failure:
        check("clean", broken)
    err = failure.value
    assert (err.stage, err.expectation, err.column) == ("clean", "expect_column_values_to_be_unique", "item_id")
    assert items.iloc[4]["item_id"] in str(err)
    assert "quality gate 'clean' failed" in str(err)


def test_date_out_of_range_stops_the_clean_gate(seed_items):
    items = seed_items.copy()
    items.loc[2, "published"] = dt.date(1850, 1, 1)
    with pytest.raises(GateFailure) as failure:
        check("clean", items)
    assert failure.value.expectation == "expect_column_values_to_be_between"
    assert failure.value.column == "published"
    assert items.loc[2, "title"] in str(failure.value)


def test_entry_without_title_stops_the_extract_gate(seed_texts):
    entries, _ = extract(seed_texts)
    entries.loc[0, "title"] = None
    with pytest.raises(GateFailure) as failure:
        check("extract", entries)
    assert failure.value.stage == "extract"
    assert failure.value.column == "title"


def test_two_cards_side_by_side_pass_the_extract_gate_and_one_entry_found_twice_stops_it():
    """A grid's two cards side by side start on one line (each half keeps its line's
    number): the extract gate passes them (it stopped the whole run); the same entry found
    twice still stops it."""
    grid = ("Latest news\n\n"
            "Press release | 14 May 2024                  Article | 8 May 2024\n"
            "Trinidad and Tobago ratifies C189            Jamaica's hotel workers win paid sick\n"
            "Trinidad and Tobago becomes the 37th         leave\n"
            "country to ratify the Domestic Workers       A new sectoral agreement covers some\n"
            "Convention.                                  12,000 workers in 45 hotels.\n")
    entries, _ = extract({"grid.txt": grid})
    assert [(line, " ".join(title.split())) for line, title in zip(entries["line"], entries["title"])] == [
        (3, "Trinidad and Tobago ratifies C189"), (3, "Jamaica's hotel workers win paid sick leave")]
    assert check("extract", entries) == []
    with pytest.raises(GateFailure) as failure:
        check("extract", pd.concat([entries, entries.iloc[[1]]], ignore_index=True))
    assert (failure.value.stage, failure.value.expectation) == ("extract", "expect_compound_columns_to_be_unique")
    assert "line=3, title=\"Jamaica's hotel workers win paid sick\\nleave\"" in str(failure.value)


def test_warning_does_not_stop(seed_items):
    items = seed_items.copy()
    items["published"] = None  # fewer than half dated: a warning, not a stop
    assert check("clean", items) == [GateWarning(
        None, "clean: expect_column_proportion_of_non_null_values_to_be_between on published: observed 0.0")]


def test_reconciliation_catches_an_item_lost_between_stages(seed_texts, monkeypatch):
    import pipeline.batch as batch_module
    from pipeline.clean import FirstSource
    from pipeline.run import reconciliation

    batch = _batch(seed_texts)
    ids, sources = batch.tables["items"]["item_id"].to_pylist(), batch.tables["items"]["source"].to_pylist()
    assert len(ids) == 74  # the Paraguay item is in 001 and 002: one row for each
    merged = FirstSource()
    merged.keep(ids, sources)
    assert check("dumps", reconciliation(batch.dumps, merged)) == []

    lost_in_merge = FirstSource()
    lost_in_merge.keep(ids[:3] + ids[4:], sources[:3] + sources[4:])
    with pytest.raises(GateFailure) as failure:
        check("dumps", reconciliation(batch.dumps, lost_in_merge))
    assert failure.value.expectation == "expect_column_pair_values_to_be_equal"
    assert failure.value.column == "distinct_kept,items_listing_dump"
    assert "000_184b24c4eb1f66f8.txt" in str(failure.value)

    real_extract = batch_module.extract_rows

    def extract_losing_an_entry(texts, done=None):
        extracted = real_extract(texts, done)
        del extracted.entries[0]  # the parser's own count still says 20
        return extracted

    monkeypatch.setattr(batch_module, "extract_rows", extract_losing_an_entry)
    batch = _batch(seed_texts)
    merged = FirstSource()
    merged.keep(batch.tables["items"]["item_id"].to_pylist(), batch.tables["items"]["source"].to_pylist())
    with pytest.raises(GateFailure) as failure:
        check("dumps", reconciliation(batch.dumps, merged))
    assert failure.value.column == "entries,kept_plus_rejected"

def test_validate_builds_data_docs_for_the_four_tables(tmp_path):
    from pipeline.__main__ import main
    from tests.conftest import RAW

    out, docs = tmp_path / "out", tmp_path / "docs"
    assert main(["run", "--raw", str(RAW), "--out", str(out)]) == 0
    assert main(["validate", "--out", str(out), "--docs", str(docs)]) == 0
    index = (docs / "index.html").read_text()
    for table in ("items", "countries", "figures", "rejects"):
        assert f"{table}_published" in index
        assert (docs / "validations" / f"{table}_published").is_dir()


def test_validate_fails_on_a_broken_published_table(tmp_path, capsys):
    import pyarrow.parquet as pq

    from pipeline.__main__ import main
    from tests.conftest import RAW

    out = tmp_path / "out"
    assert main(["run", "--raw", str(RAW), "--out", str(out)]) == 0
    items = pq.read_table(out / "items.parquet").to_pandas()
    broken = pd.concat([items, items.iloc[[0]]], ignore_index=True)
    import pyarrow as pa

    from pipeline.schema import ITEMS
    pq.write_table(pa.Table.from_pandas(broken, schema=ITEMS, preserve_index=False), out / "items.parquet")
    assert main(["validate", "--out", str(out), "--docs", str(tmp_path / "docs")]) == 1
    assert "critical: expect_column_values_to_be_unique on item_id" in capsys.readouterr().out


_DEFERRED_IMPORTS = """
import json, sys
import pandas as pd
from pipeline.__main__ import main
assert main(["run", "--raw", sys.argv[1], "--out", sys.argv[2]]) == 0
loaded = [m for m in ("scipy.stats._stats_py", "altair.vegalite") if m in sys.modules]
import importlib.util
found = importlib.util.find_spec("scipy.stats").name  # found as usual: the stand-in is out of sys.modules
import great_expectations as gx
from pipeline.quality.gate import _context
batch = (_context().data_sources.add_pandas("kl").add_dataframe_asset("kl")
         .add_batch_definition_whole_dataframe("kl")
         .get_batch(batch_parameters={"dataframe": pd.DataFrame({"x": ["a", "b", "a", "b"]})}))
kl = batch.validate(gx.expectations.ExpectColumnKLDivergenceToBeLessThan(
    column="x", partition_object={"values": ["a", "b"], "weights": [0.25, 0.75]}, threshold=0.1))
print(json.dumps({"loaded_by_the_run": loaded, "found": found, "kl": float(kl.result["observed_value"]),
                  "kl_success": kl.success}))
"""


def test_gx_loads_scipy_and_altair_only_when_an_expectation_uses_them(tmp_path):
    """A run never loads them (0.6 s a process); an expectation that needs scipy still works."""
    import json
    import math
    import subprocess
    import sys

    from tests.conftest import ROOT, RAW

    done = subprocess.run([sys.executable, "-c", _DEFERRED_IMPORTS, str(RAW), str(tmp_path / "out")],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    outcome = json.loads(done.stdout.strip().splitlines()[-1])
    assert outcome["loaded_by_the_run"] == []
    assert outcome["found"] == "scipy.stats"
    # observed (1/2, 1/2) against expected (1/4, 3/4): 1/2 ln 2 + 1/2 ln (2/3)
    assert math.isclose(outcome["kl"], 0.5 * math.log(2) + 0.5 * math.log(2 / 3))
    assert outcome["kl_success"] is False  # 0.144 is over the threshold of 0.1


_SUBMODULE_FIRST = """
import json, sys
from pipeline.quality import prepare
prepare()
import scipy.stats._stats_py as stats_py  # a submodule first, then its package
import scipy.stats
from great_expectations.expectations.core import expect_column_kl_divergence_to_be_less_than as kl
print(json.dumps({"gmean": scipy.stats.gmean is stats_py.gmean,
                  "entry": sys.modules["scipy.stats._stats_py"] is stats_py,
                  "gx_entropy": kl.stats.entropy is scipy.stats.entropy}))
"""


def test_a_deferred_module_is_loaded_once_when_a_submodule_is_imported_first():
    """With GX imported, `import scipy.stats._stats_py` then `import scipy.stats` load each
    module once: the package's names are the submodule's, and GX's `stats` is the same module."""
    import json
    import subprocess
    import sys

    from tests.conftest import ROOT

    done = subprocess.run([sys.executable, "-c", _SUBMODULE_FIRST], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"gmean": True, "entry": True, "gx_entropy": True}


def test_the_gates_do_not_have_gx_fingerprint_their_frames(seed_items, monkeypatch):
    """GX hashes every value of a frame to name it in the result's metadata; no gate reads
    that, so the gate's context has it skipped."""
    from great_expectations.execution_engine import pandas_execution_engine

    hashed = []
    monkeypatch.setattr(pandas_execution_engine, "hash_pandas_dataframe", lambda df: hashed.append(len(df)))
    assert check("clean", seed_items, dt.date(2026, 1, 1), per_dump=True) == []
    assert hashed == []


def _batch(texts: dict[str, str]):
    """The dumps (name -> text) through process_batch, as one batch."""
    from pipeline.batch import RawDump, process_batch

    return process_batch([RawDump(name, len(text), name, text.encode()) for name, text in sorted(texts.items())],
                         dt.date(2026, 1, 1))


def _one_dump_batch(text: str):
    return _batch({"001_a.txt": text})


_PERCENT_OVER_100 = """News

  1. Claims by domestic workers rose 150 per cent, says ILO

     16 June 2022

     Domestic workers remain undervalued.
"""


def test_a_percent_over_100_passes_the_figures_gate():
    """A rise of 150 per cent is ordinary news text; a percent is only bounded below."""
    batch = _one_dump_batch(_PERCENT_OVER_100)
    figures = batch.tables["figures"].to_pandas()
    assert figures[["text", "value", "kind"]].to_dict("records") == [
        {"text": "150 per cent", "value": 150.0, "kind": "percent"}]
    assert batch.warnings == []
    figures.loc[0, "value"] = -150.0
    with pytest.raises(GateFailure) as failure:
        check("figures", figures, items=batch.tables["items"].to_pandas(), per_dump=True)
    assert (failure.value.stage, failure.value.column) == ("figures", "value")


def test_a_span_in_an_unknown_field_fails_the_gate(seed_items):
    """Not a KeyError from the span check: a GateFailure naming the field check and the row."""
    from pipeline.enrich import enrich_countries, enrich_figures

    for stage, table in (("countries", enrich_countries(seed_items)), ("figures", enrich_figures(seed_items))):
        table.loc[2, "field"] = "bogus"
        with pytest.raises(GateFailure) as failure:
            check(stage, table, items=seed_items)
        err = failure.value
        assert (err.stage, err.expectation, err.column) == (stage, "expect_column_values_to_be_in_set", "field")
        assert len(err.samples) == 1
        assert f"item_id='{table.loc[2, 'item_id']}'" in err.samples[0] and "field='bogus'" in err.samples[0]


def test_every_non_nullable_column_is_checked_not_null(seed_texts):
    """GX's range and set checks pass a null by; the schema's non-nullable columns are each
    checked, so a null stops its gate instead of the writer, after every gate has passed."""
    from pipeline.quality.suites import countries_checks, spans_checked

    not_null = [c.columns for c in countries_checks(dt.date(2026, 1, 1), {"per_dump": True})
                if c.expectation == "ExpectColumnValuesToNotBeNull" and c.severity == "critical"]
    assert not_null == [["item_id"], ["field"], ["start"], ["end"], ["mention"], ["iso3"], ["iso2"],
                        ["country"], ["match"], ["source"]]

    tables = {name: table.to_pandas() for name, table in _batch(seed_texts).tables.items()}
    items = tables["items"]
    for stage, table, column in [("countries", "countries", "iso3"), ("countries", "countries", "match"),
                                 ("countries", "countries", "field"), ("figures", "figures", "kind"),
                                 ("clean", "items", "line")]:
        frame = tables[table].astype({column: object})
        frame.loc[1, column] = None
        with pytest.raises(GateFailure) as failure:
            check(stage, frame, items=items, per_dump=True)
        err = failure.value
        assert (err.stage, err.expectation, err.column) == (stage, "expect_column_values_to_not_be_null", column)
        assert f"item_id='{frame.loc[1, 'item_id']}'" in err.samples[0]

    # a span whose field is null holds nowhere: the span check cannot skip it either
    countries = tables["countries"].astype({"field": object})
    countries.loc[1, "field"] = None
    assert spans_checked(countries, items, "mention")["span_is_mention"].tolist()[:3] == [True, False, True]

    # nor one whose offset is missing (NaN, as a float column has it): the gate names the
    # column, where slicing the text by NaN would have raised a TypeError
    for stage, column in (("countries", "end"), ("figures", "start")):
        frame = tables[stage].astype({column: "float64"})
        frame.loc[1, column] = float("nan")
        with pytest.raises(GateFailure) as failure:
            check(stage, frame, items=items, per_dump=True)
        assert (failure.value.expectation, failure.value.column) == ("expect_column_values_to_not_be_null", column)


def test_a_failure_shows_the_failed_values_as_plain_python(seed_items):
    """The failed check's own columns come first, then where the row is from; `line=5`,
    not `line=np.int32(5)`."""
    from pipeline.enrich import enrich_countries

    failures = {}
    for column, value in (("time", "24:00 CET"), ("published", dt.date(1850, 1, 1))):
        items = seed_items.copy()
        items.loc[0, column] = value
        with pytest.raises(GateFailure) as failure:
            check("clean", items)
        failures[column] = failure.value.samples
    row = seed_items.loc[0]
    assert failures["time"] == [f"time='24:00 CET', source={row['source']!r}, line={row['line']}, "
                                f"item_id={row['item_id']!r}, title={row['title']!r}"]
    assert failures["published"][0].startswith("published=datetime.date(1850, 1, 1), source=")

    countries = enrich_countries(seed_items)
    countries.loc[0, "iso3"] = "XXX"
    with pytest.raises(GateFailure) as failure:
        check("countries", countries, items=seed_items)
    assert failure.value.samples[0].startswith("iso3='XXX', source=")
    assert ", start=" in failure.value.samples[0] and "np." not in failure.value.samples[0]

    counts = pd.DataFrame([{"source": "a.txt", "entries": 20, "kept_plus_rejected": 19,
                            "distinct_kept": 19, "items_listing_dump": 19}])
    with pytest.raises(GateFailure) as failure:
        check("dumps", counts)
    assert failure.value.samples == ["entries=20, kept_plus_rejected=19, source='a.txt'"]


def test_a_check_that_raises_fails_with_what_it_raised(seed_items):
    """GX reports a metric's exception keyed by the metric's id; the message carries it."""
    with pytest.raises(GateFailure) as failure:
        check("clean", seed_items.drop(columns=["time"]))
    err = failure.value
    assert (err.stage, err.expectation, err.column) == ("clean", "expect_column_values_to_match_regex", "time")
    assert err.samples == ['the check could not run: Error: The column "time" in BatchData does not exist.']
    assert "no row sample" not in str(err)


def test_time_is_a_time_of_day(seed_items):
    """`time` is 00:00 to 23:59: 24:00 and 29:59 stop the clean gate."""
    items = seed_items.copy()
    items.loc[[0, 1], "time"] = ["00:00", "23:59"]
    assert check("clean", items) == []
    for bad in ("24:00", "29:59", "9:00"):
        items.loc[1, "time"] = bad
        with pytest.raises(GateFailure) as failure:
            check("clean", items)
        assert failure.value.column == "time" and failure.value.samples[0].startswith(f"time='{bad}', ")


_UNDATED = "Publications\n\n  1. A guide to social security\n\n  2. A guide to wages\n\n  3. A guide to safety\n"
_LONG_TITLE = "News\n\n  1. " + "Decent work " * 40 + "\n\n    12 May 2023\n"


@pytest.mark.parametrize("batching", ["one batch", "a batch a dump", "from the cache"])
def test_warnings_are_reported_per_dump_however_the_dumps_are_batched(tmp_path, monkeypatch, capsys, batching):
    """A failed warning check names the dump whose rows failed it, in the summary and in
    _run.json, the same for any batching and for a rerun from the cache."""
    import json

    import pipeline.run as run_module
    from pipeline.__main__ import main
    from tests.conftest import copy_seeds

    raw, out = copy_seeds(tmp_path / "raw"), tmp_path / "out"
    (raw / "a_undated.txt").write_text(_UNDATED, encoding="utf-8")
    (raw / "b_long.txt").write_text(_LONG_TITLE, encoding="utf-8")
    if batching == "a batch a dump":
        monkeypatch.setattr(run_module, "BATCH_BYTES", 1)
    if batching == "from the cache":
        assert main(["run", "--raw", str(raw), "--out", str(out), "--quiet"]) == 0
        capsys.readouterr()
    assert main(["run", "--raw", str(raw), "--out", str(out), "--workers", "1"]) == 0
    printed = [line for line in capsys.readouterr().out.splitlines() if line.startswith("warning: ")]
    title = "Decent work " * 39 + "Decent work"
    expected = [
        f"b_long.txt: extract: expect_column_value_lengths_to_be_between on title (1 rows: title={title!r}, "
        "source='b_long.txt', line=3)",
        "a_undated.txt: dumps: expect_column_values_to_be_between on dated_share (1 rows: dated_share=0.0, "
        "source='a_undated.txt')",
    ]
    assert printed == [f"warning: {text}" for text in expected]
    report = json.loads((out / "_run.json").read_text(encoding="utf-8"))
    assert report["warnings"] == expected
    assert report["cached_dumps"] == (7 if batching == "from the cache" else 0)


def test_spans_are_looked_up_in_the_first_row_of_their_item_and_dump():
    """`item_exists` and `span_is_mention`, by (item_id, source) when both tables carry
    `source`, by item_id alone when the items do not; a repeated key reads its first row."""
    from pipeline.quality.suites import spans_checked

    items = pd.DataFrame({"item_id": ["a", "a", "b"], "source": ["1.txt", "1.txt", "2.txt"],
                          "title": ["Jobs in Chile", "Chile first", "Kenya"], "summary": [None, None, "In Peru"],
                          "label": [None, None, None], "place": [None, None, None]})
    spans = pd.DataFrame({"item_id": ["a", "a", "b", "b", "c", "b"],
                          "source": ["1.txt", "1.txt", "2.txt", "1.txt", "1.txt", "2.txt"],
                          "field": ["title", "title", "summary", "summary", "title", "bogus"],
                          "start": [8, 0, 3, 3, 0, 0], "end": [13, 5, 7, 7, 5, 5],
                          "mention": ["Chile", "Chile", "Peru", "Peru", "Chile", "Kenya"]})
    checked = spans_checked(spans, items, "mention")
    assert checked["item_exists"].tolist() == [True, True, True, False, False, True]
    # the second span is right in item a's second row, but the first row is the one read
    assert checked["span_is_mention"].tolist() == [True, False, True, False, False, False]
    assert checked.index.equals(spans.index) and list(checked.columns[:6]) == list(spans.columns)

    by_id = spans_checked(spans, items.drop(columns="source"), "mention")
    assert by_id["item_exists"].tolist() == [True, True, True, True, False, True]
    assert by_id["span_is_mention"].tolist() == [True, False, True, True, False, False]
