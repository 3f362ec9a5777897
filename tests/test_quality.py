"""The gates: a critical failure stops with stage, expectation and sample rows; good data passes."""
import datetime as dt

import pandas as pd
import pytest

from pipeline.clean import clean_entries
from pipeline.extract import extract
from pipeline.quality import GateFailure, check


def test_seed_tables_pass_both_gates(seed_texts):
    entries, _ = extract(seed_texts)
    assert check("extract", entries) == []
    assert check("clean", clean_entries(entries)) == []


def test_duplicate_item_id_stops_the_clean_gate(seed_texts):
    entries, _ = extract(seed_texts)
    items = clean_entries(entries)
    broken = pd.concat([items, items.iloc[[4]]], ignore_index=True)
    with pytest.raises(GateFailure) as failure:
        check("clean", broken)
    err = failure.value
    assert (err.stage, err.expectation, err.column) == ("clean", "expect_column_values_to_be_unique", "item_id")
    assert items.iloc[4]["item_id"] in str(err)
    assert "quality gate 'clean' failed" in str(err)


def test_date_out_of_range_stops_the_clean_gate(seed_texts):
    entries, _ = extract(seed_texts)
    items = clean_entries(entries)
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


def test_warning_does_not_stop(seed_texts):
    entries, _ = extract(seed_texts)
    items = clean_entries(entries)
    items["published"] = None  # fewer than half dated: a warning, not a stop
    warnings = check("clean", items)
    assert len(warnings) == 1 and "published" in warnings[0]


def test_reconciliation_catches_an_item_lost_between_stages(seed_texts, monkeypatch):
    import datetime as dt

    import pipeline.batch as batch_module
    from pipeline.batch import RawDump, process_batch
    from pipeline.clean import FirstSource
    from pipeline.run import reconciliation

    dumps = [RawDump(name, len(text), name, text.encode()) for name, text in sorted(seed_texts.items())]
    batch = process_batch(dumps, dt.date(2026, 1, 1))
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

    def extract_losing_an_entry(texts):
        extracted = real_extract(texts)
        del extracted.entries[0]  # the parser's own count still says 20
        return extracted

    monkeypatch.setattr(batch_module, "extract_rows", extract_losing_an_entry)
    batch = process_batch(dumps, dt.date(2026, 1, 1))
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
