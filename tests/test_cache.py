"""The per-dump cache: a rerun processes only new or changed dumps and publishes what a clean run would."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pyarrow.parquet as pq
import pytest

import pipeline.cache as cache_module
import pipeline.run as run_module
from pipeline.run import run
from pipeline.schema import TABLES
from tests.conftest import copy_seeds

NEW = "0025_new.txt"   # sorts between two seeds: later dumps' batches shift
NEW_TEXT = ("  1. Social protection for 12 million workers in Viet Nam\n\n    02 March 2024\n\n"
            "  2. Access to justice: ILO and partners in Kenya\n\n    03 March 2024\n")


def _tables(out):
    return {name: pq.read_table(out / f"{name}.parquet").to_pylist() for name in TABLES}


@pytest.fixture
def raw(tmp_path):
    return copy_seeds(tmp_path / "raw")


@pytest.fixture
def processed(monkeypatch):
    """The dumps each batch processed (not taken from the cache), in order. The tests that
    use it run with workers=1, so the batches run in this process, where the calls are seen."""
    seen: list[str] = []
    real = run_module.process_batch

    def counting(dumps, today, ahead=None):
        seen.extend(d.name for d in dumps)
        return real(dumps, today, ahead)

    monkeypatch.setattr(run_module, "process_batch", counting)
    monkeypatch.setattr(run_module, "BATCH_BYTES", 20_000)
    monkeypatch.setattr(run_module, "GAP_BYTES", 0)  # only the dumps that must be processed are
    return seen


def test_a_rerun_after_adding_a_dump_processes_only_that_dump(raw, tmp_path, processed):
    out = tmp_path / "out"
    run(raw, out, workers=1)
    assert len(processed) == 5
    processed.clear()
    (raw / NEW).write_text(NEW_TEXT, encoding="utf-8")
    report = run(raw, out, workers=1)
    assert processed == [NEW]
    assert report.cached_dumps == 5 and [d.name for d in report.dumps if not d.cached] == [NEW]
    assert report.items == 75 and report.countries == 71 + 2
    clean = run(raw, tmp_path / "clean", use_cache=False, workers=1)
    assert _tables(out) == _tables(tmp_path / "clean")
    assert clean.items == report.items


def test_a_changed_or_renamed_dump_is_processed_again(raw, tmp_path, processed):
    out = tmp_path / "out"
    run(raw, out, workers=1)
    processed.clear()
    changed = raw / "004_f982d8bee18c2d28.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("ILO", "I.L.O."), encoding="utf-8")
    (raw / "000_184b24c4eb1f66f8.txt").rename(raw / "000_renamed.txt")
    run(raw, out, workers=1)
    assert sorted(processed) == ["000_renamed.txt", "004_f982d8bee18c2d28.txt"]
    run(raw, tmp_path / "clean", use_cache=False, workers=1)
    assert _tables(out) == _tables(tmp_path / "clean")


def test_new_code_starts_a_fresh_cache_and_drops_the_old_one(raw, tmp_path, processed, monkeypatch):
    out = tmp_path / "out"
    run(raw, out, workers=1)
    old = {p.name for p in (out / ".cache").iterdir()}
    assert old == {cache_module.code_version()}
    processed.clear()
    monkeypatch.setattr(cache_module, "code_version", lambda: "0123456789abcdef")
    run(raw, out, workers=1)
    assert len(processed) == 5
    assert {p.name for p in (out / ".cache").iterdir()} == {"0123456789abcdef"}


def test_the_code_version_follows_the_package_sources(tmp_path, monkeypatch):
    package = tmp_path / "pipeline"
    (package / "enrich").mkdir(parents=True)
    (package / "run.py").write_text("x = 1\n")
    (package / "enrich" / "names.csv").write_text("a,b\n")
    monkeypatch.setattr(cache_module, "PACKAGE", package)
    versions = []
    for change in (None, ("run.py", "x = 2\n"), ("enrich/names.csv", "a,c\n")):
        if change:
            (package / change[0]).write_text(change[1])
        cache_module.code_version.cache_clear()
        versions.append(cache_module.code_version())
    cache_module.code_version.cache_clear()
    assert len(set(versions)) == 3


def test_a_segment_cut_short_is_not_a_hit(raw, tmp_path, processed):
    out = tmp_path / "out"
    run(raw, out, workers=1)
    listings = sorted((out / ".cache").glob("*/*.json"))
    listings[0].write_text('{"dumps": [')   # a crash mid-write
    processed.clear()
    run(raw, out, workers=1)
    assert 0 < len(processed) < 5
    run(raw, tmp_path / "clean", use_cache=False, workers=1)
    assert _tables(out) == _tables(tmp_path / "clean")


@pytest.mark.parametrize("damage", ["missing", "cut short"])
def test_a_segment_whose_table_is_damaged_is_processed_again(raw, tmp_path, processed, damage, caplog):
    out = tmp_path / "out"
    run(raw, out, workers=1)
    table = sorted((out / ".cache").glob("*/*.figures.arrow"))[0]
    segment = table.name.split(".")[0]
    if damage == "missing":
        table.unlink()
    else:
        table.write_bytes(table.read_bytes()[:100])
    processed.clear()
    report = run(raw, out, workers=1)
    assert f"cache segment {segment}: figures:" in caplog.text
    assert 0 < len(processed) < 5 and report.cached_dumps == 5 - len(processed)
    assert sorted(d.name for d in report.dumps if not d.cached) == sorted(processed)
    run(raw, tmp_path / "clean", use_cache=False, workers=1)
    assert _tables(out) == _tables(tmp_path / "clean")
    processed.clear()
    run(raw, out, workers=1)  # the damaged segment was replaced
    assert processed == []


def _edit(path):
    path.write_text(path.read_text(encoding="utf-8").replace("ILO", "ILO ", 1), encoding="utf-8")


@pytest.mark.parametrize("gap_bytes, batches, processed_dumps", [
    (1_000_000, 1, 5),   # the two small hits between the edits are processed again: one batch
    (1, 3, 3),           # gaps of any size kept: a batch per edited dump
])
def test_small_runs_of_hits_between_edited_dumps_join_their_batch(raw, tmp_path, monkeypatch,
                                                                   gap_bytes, batches, processed_dumps):
    out = tmp_path / "out"
    run(raw, out, workers=1)
    seeds = sorted(raw.glob("*.txt"))
    for seed in seeds[0::2]:   # the first, third and fifth dumps
        _edit(seed)
    calls: list[list[str]] = []
    real = run_module.process_batch
    monkeypatch.setattr(run_module, "process_batch", lambda dumps, today, ahead=None: calls.append([d.name for d in dumps])
                        or real(dumps, today, ahead))
    monkeypatch.setattr(run_module, "GAP_BYTES", gap_bytes)
    report = run(raw, out, workers=1)
    assert len(calls) == batches and sum(map(len, calls)) == processed_dumps
    assert report.cached_dumps == 5 - processed_dumps
    run(raw, tmp_path / "clean", use_cache=False, workers=1)
    assert _tables(out) == _tables(tmp_path / "clean")


def test_unreadable_dumps_leave_the_hits_between_them_in_the_cache(raw, tmp_path):
    """A dump that cannot be read is never cached, so it is met on every run; the small hits
    between two of them must not be processed again each time as a gap to fill."""
    (raw / "0000_gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (raw / "zz_gone.txt").symlink_to(tmp_path / "nowhere.txt")
    out = tmp_path / "out"
    assert run(raw, out, workers=1).cached_dumps == 0
    rerun = run(raw, out, workers=1)
    assert rerun.cached_dumps == 5   # every seed, under GAP_BYTES as they are together
    assert {d.name for d in rerun.dumps if d.problem and d.problem.startswith("vanished")} == {
        "0000_gone.txt", "zz_gone.txt"}
    run(raw, tmp_path / "clean", use_cache=False, workers=1)
    assert _tables(out) == _tables(tmp_path / "clean")


def test_a_dump_with_an_item_too_far_ahead_is_processed_again_once_its_date_is_in_the_window(
        raw, tmp_path, processed, monkeypatch):
    def on(day):
        monkeypatch.setattr(run_module, "dt", SimpleNamespace(date=SimpleNamespace(today=lambda: day)))

    # seen on 21 November 2026 the window ends on 22 November 2028 (2 x 366 days ahead)
    (raw / NEW).write_text("  1. A conference announced far ahead\n\n    23 November 2028\n", encoding="utf-8")
    out = tmp_path / "out"
    on(dt.date(2026, 11, 21))
    first = run(raw, out, workers=1)
    assert first.items == 73 and first.rejects == 1
    processed.clear()
    assert run(raw, out, workers=1).cached_dumps == 6 and processed == []  # the same day: a hit

    on(dt.date(2026, 11, 22))  # the next day the date is in the window: the item is kept
    later = run(raw, out, workers=1)
    assert processed == [NEW] and later.cached_dumps == 5
    assert later.items == 74 and later.rejects == 0
    run(raw, tmp_path / "clean", use_cache=False, workers=1)
    assert _tables(out) == _tables(tmp_path / "clean")
