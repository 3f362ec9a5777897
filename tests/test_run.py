"""The command line end to end: folders in, tables out, clear messages, nothing half-published."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.__main__ import main
from pipeline.schema import COUNTRIES, ITEMS
from tests.conftest import RAW


def _copy_seeds(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for dump in RAW.glob("*.txt"):
        shutil.copy(dump, folder / dump.name)
    return folder


def test_run_on_any_folder(tmp_path, capsys):
    raw, out = _copy_seeds(tmp_path / "some" / "dir"), tmp_path / "other" / "dir"
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    table = pq.read_table(out / "items.parquet")
    assert table.schema.equals(ITEMS, check_metadata=False)
    assert table.num_rows == 73
    countries = pq.read_table(out / "countries.parquet")
    assert countries.schema.equals(COUNTRIES, check_metadata=False)
    assert countries.num_rows == 71
    printed = capsys.readouterr().out
    assert "Read 5 dumps" in printed and "Wrote 73 items" in printed and "Done in" in printed
    assert "000_184b24c4eb1f66f8.txt" in printed
    report = json.loads((out / "_run.json").read_text())
    assert [d["entries"] for d in report["dumps"]] == [20, 20, 7, 20, 7]
    assert [d["items"] for d in report["dumps"]] == [20, 20, 6, 20, 7]
    assert not list(out.glob(".staging-*"))


def test_module_entry_point_and_help():
    done = subprocess.run([sys.executable, "-m", "pipeline", "run", "--help"],
                          capture_output=True, text=True, check=True)
    assert "--raw" in done.stdout and "--out" in done.stdout


def test_missing_raw_folder_is_a_clear_error(tmp_path, capsys):
    assert main(["run", "--raw", str(tmp_path / "nope"), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert "nope: no such folder of dumps" in err and "Traceback" not in err


def test_failed_gate_publishes_nothing(tmp_path, monkeypatch, capsys):
    raw, out = _copy_seeds(tmp_path / "raw"), tmp_path / "out"
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and p.name != ".lock"}

    import pipeline.batch as batch_module
    real_clean = batch_module.first_per_dump

    def clean_with_a_duplicate(rows):
        items = real_clean(rows)
        return [*items, items[0]]

    monkeypatch.setattr(batch_module, "first_per_dump", clean_with_a_duplicate)
    (raw / "005_new.txt").write_text("  1. A new item\n\n    02 March 2024\n", encoding="utf-8")
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "quality gate 'clean' failed: expect_compound_columns_to_be_unique on source,item_id" in err
    assert "Nothing was published" in err
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and p.name != ".lock"}
    assert after == before  # every table and the run report, byte for byte


def test_an_item_published_twice_stops_the_run(tmp_path, monkeypatch, capsys):
    """The merged items' key is checked before publishing, whatever batch each row came from."""
    from pipeline.clean import FirstSource

    raw, out = _copy_seeds(tmp_path / "raw"), tmp_path / "out"
    monkeypatch.setattr(FirstSource, "keep", lambda self, ids, sources: [True for _ in ids])
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "quality gate 'keys' failed: expect_column_values_to_be_unique on item_id" in err
    assert not (out / "items.parquet").exists()


def test_dump_with_no_entries_is_reported(tmp_path, capsys):
    raw, out = _copy_seeds(tmp_path / "raw"), tmp_path / "out"
    (raw / "zz_menu.txt").write_text("Home\n\nAbout us\n\nContact\n", encoding="utf-8")
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Dumps that gave nothing: zz_menu.txt" in printed
    assert pq.read_table(out / "items.parquet").num_rows == 73


def test_second_run_at_once_is_refused(tmp_path, capsys):
    import fcntl

    raw, out = _copy_seeds(tmp_path / "raw"), tmp_path / "out"
    out.mkdir()
    with open(out / ".lock", "a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        held.write("pid 4242")
        held.flush()
        assert main(["run", "--raw", str(raw), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "another run is writing here (pid 4242)" in err and "Nothing was published" in err
    assert not (out / "items.parquet").exists()
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0  # free again afterwards


def test_a_failed_rename_puts_the_old_tables_back(tmp_path, monkeypatch):
    import os as os_module

    import pipeline.io as io_module

    raw, out = _copy_seeds(tmp_path / "raw"), tmp_path / "out"
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    before = {p.name: p.read_bytes() for p in out.glob("*.parquet")}
    (raw / "005_new.txt").write_text("  1. A new item\n\n    02 March 2024\n", encoding="utf-8")
    real_replace, calls = os_module.replace, []

    def fail_on_the_third(src, dst):
        calls.append(dst)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(io_module.os, "replace", fail_on_the_third)
    with pytest.raises(OSError):
        io_module.publish(out, {name: pq.read_table(out / f"{name}.parquet") for name in
                                ("items", "countries", "figures", "rejects")})
    monkeypatch.setattr(io_module.os, "replace", real_replace)
    assert {p.name: p.read_bytes() for p in out.glob("*.parquet")} == before


def test_ctrl_c_mid_run_publishes_nothing(tmp_path, monkeypatch, capsys):
    raw, out = _copy_seeds(tmp_path / "raw"), tmp_path / "out"
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    before = {p.name: p.read_bytes() for p in out.glob("*.parquet")}

    import pipeline.batch as batch_module

    def interrupted(items):
        raise KeyboardInterrupt

    monkeypatch.setattr(batch_module, "enrich_figures", interrupted)
    (raw / "005_new.txt").write_text("  1. A new item\n\n    02 March 2024\n", encoding="utf-8")
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 130
    assert "Interrupted: nothing was published" in capsys.readouterr().err
    assert {p.name: p.read_bytes() for p in out.glob("*.parquet")} == before
    assert not list(out.glob(".staging-*"))
    monkeypatch.undo()
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0  # the lock was released


def test_quiet_prints_nothing_on_success(tmp_path, capsys):
    raw, out = _copy_seeds(tmp_path / "raw"), tmp_path / "out"
    assert main(["run", "--quiet", "--raw", str(raw), "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""
    assert pq.read_table(out / "items.parquet").num_rows == 73


def test_every_command_has_help():
    for command in ("run", "validate", "bench", "docs"):
        done = subprocess.run([sys.executable, "-m", "pipeline", command, "--help"],
                              capture_output=True, text=True, check=True)
        assert done.stdout.startswith(f"usage: python -m pipeline {command}")
