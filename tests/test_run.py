"""The command line end to end: folders in, tables out, clear messages, nothing half-published."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.__main__ import main
from pipeline.clean import FirstSource
from pipeline.run import DumpReport, RunReport, _plain, _report_json, _with_sources
from pipeline.schema import COUNTRIES, ITEMS, STAGED
from tests.conftest import copy_seeds


def test_run_on_any_folder(tmp_path, capsys):
    raw, out = copy_seeds(tmp_path / "some" / "dir"), tmp_path / "other" / "dir"
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
    raw, out = copy_seeds(tmp_path / "raw"), tmp_path / "out"
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

    raw, out = copy_seeds(tmp_path / "raw"), tmp_path / "out"
    monkeypatch.setattr(FirstSource, "keep", lambda self, ids, sources: [True for _ in ids])
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "quality gate 'keys' failed: expect_column_values_to_be_unique on item_id" in err
    # the item in 001 and 002, shown by its id (the contract's hash of title and date)
    import hashlib

    paraguay = hashlib.sha256(b"ilo reaches ratification target for landmark social security convention"
                              b"|2021-11-08").hexdigest()[:16]
    assert f"item_id='{paraguay}'" in err, err
    assert not (out / "items.parquet").exists()


def test_an_item_dated_outside_the_window_is_rejected_and_the_run_goes_on(tmp_path, capsys):
    """A typo in a year loses that item to the rejects, with its reason: not the whole run."""
    raw, out = copy_seeds(tmp_path / "raw"), tmp_path / "out"
    (raw / "zz_typo.txt").write_text("  1. A meeting in Geneva\n\n    21 June 2302\n\n"
                                     "  2. A report on Kenya\n\n    03 March 2024\n", encoding="utf-8")
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    rejects = [r for r in pq.read_table(out / "rejects.parquet").to_pylist() if r["source"] == "zz_typo.txt"]
    assert rejects == [{"stage": "clean", "rule": "date_outside_window", "source": "zz_typo.txt", "line": 1,
                        "text": "A meeting in Geneva / 21 June 2302"}]
    items = pq.read_table(out / "items.parquet").to_pylist()
    assert len(items) == 74
    assert [(i["title"], i["line"]) for i in items if i["source"] == "zz_typo.txt"] == [("A report on Kenya", 5)]
    report = {d["name"]: d for d in json.loads((out / "_run.json").read_text())["dumps"]}
    assert (report["zz_typo.txt"]["entries"], report["zz_typo.txt"]["items"]) == (2, 1)
    assert report["zz_typo.txt"]["rejects_by_reason"] == {"date_outside_window": 1}


def test_dump_with_no_entries_is_reported(tmp_path, capsys):
    raw, out = copy_seeds(tmp_path / "raw"), tmp_path / "out"
    (raw / "zz_menu.txt").write_text("Home\n\nAbout us\n\nContact\n", encoding="utf-8")
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Dumps that gave nothing: zz_menu.txt" in printed
    assert pq.read_table(out / "items.parquet").num_rows == 73


def test_dump_whose_entries_are_all_rejected_is_reported(tmp_path, capsys):
    """Entries that are all rejected give no item: the dump gave nothing, and the summary
    says so (it did not: it had entries)."""
    raw, out = copy_seeds(tmp_path / "raw"), tmp_path / "out"
    (raw / "zz_typos.txt").write_text("  1. A meeting in Geneva\n\n    21 June 2302\n\n"
                                      "  2. A report on Kenya\n\n    3 March 2303\n", encoding="utf-8")
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Dumps that gave nothing: zz_typos.txt (its 2 entries rejected)" in printed
    rejects = pq.read_table(out / "rejects.parquet").to_pylist()
    assert [(r["source"], r["rule"], r["line"]) for r in rejects] == [
        ("zz_typos.txt", "date_outside_window", 1), ("zz_typos.txt", "date_outside_window", 5)]


def test_second_run_at_once_is_refused(tmp_path, capsys):
    import fcntl

    raw, out = copy_seeds(tmp_path / "raw"), tmp_path / "out"
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

    raw, out = copy_seeds(tmp_path / "raw"), tmp_path / "out"
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
    raw, out = copy_seeds(tmp_path / "raw"), tmp_path / "out"
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
    raw, out = copy_seeds(tmp_path / "raw"), tmp_path / "out"
    assert main(["run", "--quiet", "--raw", str(raw), "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""
    assert pq.read_table(out / "items.parquet").num_rows == 73


def test_every_command_has_help():
    for command in ("run", "validate", "bench", "docs"):
        done = subprocess.run([sys.executable, "-m", "pipeline", command, "--help"],
                              capture_output=True, text=True, check=True)
        assert done.stdout.startswith(f"usage: python -m pipeline {command}")


# A run whose batches start on two worker processes, then wait: each worker leaves a file
# named after its pid in MARKS, so the test knows both are busy before it signals the run.
_STALLED_RUN = """
import os, sys, time
import pipeline.run as run_module
raw, out, marks = sys.argv[1:]
run_module.MIN_BATCH_BYTES = 1  # the five seeds make four batches, so both workers start

def stalled(dumps, today, ahead=None):
    open(os.path.join(marks, str(os.getpid())), "w").close()
    time.sleep(120)

run_module.process_batch = stalled
from pipeline.__main__ import main
sys.exit(main(["run", "--raw", raw, "--out", out, "--workers", "2"]))
"""


def _start_stalled_run(tmp_path: Path) -> tuple[subprocess.Popen, list[int], Path, Path]:
    raw, out, marks = copy_seeds(tmp_path / "raw"), tmp_path / "out", tmp_path / "marks"
    marks.mkdir()
    script = tmp_path / "stalled.py"
    script.write_text(_STALLED_RUN, encoding="utf-8")
    process = subprocess.Popen([sys.executable, str(script), str(raw), str(out), str(marks)],
                               stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while len(list(marks.iterdir())) < 2:
        assert process.poll() is None and time.monotonic() < deadline, process.stderr.read()
        time.sleep(0.05)
    return process, [int(p.name) for p in marks.iterdir()], raw, out


def _ended(pid: int, within: float = 10.0) -> bool:
    """The process is gone, or a zombie no one has reaped yet, within `within` seconds."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return True
        if state in ("Z", "X"):
            return True
        time.sleep(0.05)
    return False


def test_sigterm_mid_run_stops_the_workers_and_publishes_nothing(tmp_path):
    process, workers, raw, out = _start_stalled_run(tmp_path)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) == 143  # not after the workers' two minutes
    err = process.stderr.read()
    assert "Interrupted: nothing was published." in err and "Traceback" not in err
    assert all(_ended(pid) for pid in workers)
    assert not list(out.glob("*.parquet")) and not list(out.glob(".staging-*"))
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0  # the lock is free


def test_a_killed_run_leaves_no_worker_behind_and_the_lock_free(tmp_path, capsys):
    """SIGKILL cannot be handled: the workers end with the run (Linux), and none of them keeps
    the run's lock, which the next run would otherwise find taken forever."""
    process, workers, raw, out = _start_stalled_run(tmp_path)
    process.kill()
    assert process.wait(timeout=30) == -signal.SIGKILL
    assert all(_ended(pid) for pid in workers)
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    assert "another run is writing here" not in capsys.readouterr().err
    assert pq.read_table(out / "items.parquet").num_rows == 73


def test_ctrl_c_while_the_tables_are_swapped_in_publishes_them_whole(tmp_path, monkeypatch, capsys):
    import os as os_module

    import pipeline.io as io_module

    raw, out = copy_seeds(tmp_path / "raw"), tmp_path / "out"
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    (raw / "005_new.txt").write_text("  1. A new item\n\n    02 March 2024\n", encoding="utf-8")
    real_replace = os_module.replace

    def ctrl_c_at_the_first_rename(src, dst):
        if Path(dst).parent == out and not Path(src).name.startswith("."):
            signal.raise_signal(signal.SIGINT)
            monkeypatch.setattr(io_module.os, "replace", real_replace)
        return real_replace(src, dst)

    monkeypatch.setattr(io_module.os, "replace", ctrl_c_at_the_first_rename)
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 130
    assert "Interrupted: the tables and _run.json had already been published" in capsys.readouterr().err
    report = json.loads((out / "_run.json").read_text(encoding="utf-8"))
    assert report["items"] == pq.read_table(out / "items.parquet").num_rows == 74
    assert report["countries"] == pq.read_table(out / "countries.parquet").num_rows


def test_ctrl_c_after_publishing_says_the_tables_were_published(tmp_path, monkeypatch, capsys):
    """Once the tables are swapped in, the run still closes its engine and prunes its cache:
    an interrupt then must not say that nothing was published."""
    import pipeline.cache as cache_module

    raw, out = copy_seeds(tmp_path / "raw"), tmp_path / "out"

    def interrupted(self, used):
        raise KeyboardInterrupt

    monkeypatch.setattr(cache_module.DumpCache, "prune", interrupted)
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 130
    assert "Interrupted: the tables and _run.json had already been published" in capsys.readouterr().err
    assert json.loads((out / "_run.json").read_text(encoding="utf-8"))["items"] == 73
    assert pq.read_table(out / "items.parquet").num_rows == 73
    monkeypatch.undo()
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0  # the lock was released


@pytest.mark.parametrize("argv, env, message", [
    (["--workers", "0"], {}, "argument --workers: '0' is not a whole number of 1 or more"),
    (["--workers", "-1"], {}, "argument --workers: '-1' is not a whole number of 1 or more"),
    ([], {"ENGINE": "spark"}, "ENGINE='spark': expected one of local, dask"),
])
def test_a_wrong_option_is_a_usage_error(tmp_path, monkeypatch, capsys, argv, env, message):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SystemExit) as stopped:
        main(["run", "--raw", str(copy_seeds(tmp_path / "raw")), "--out", str(tmp_path / "out"), *argv])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_an_output_folder_that_is_a_file_is_a_clear_error(tmp_path, capsys):
    (tmp_path / "out").write_text("not a folder")
    assert main(["run", "--raw", str(copy_seeds(tmp_path / "raw")), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert f"error: {tmp_path / 'out'}: is a file, not a folder for the tables" in err
    assert "Nothing was published" in err and (tmp_path / "out").read_text() == "not a folder"


def test_an_output_folder_that_cannot_be_made_is_a_clear_error(tmp_path, capsys):
    (tmp_path / "afile").write_text("not a folder")
    out = tmp_path / "afile" / "out"
    assert main(["run", "--raw", str(copy_seeds(tmp_path / "raw")), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"error: {out}: cannot make or write the folder for the tables (Not a directory)" in err
    assert "Nothing was published" in err and "Traceback" not in err


def test_a_dask_scheduler_out_of_reach_is_a_clear_error(tmp_path, capsys):
    import importlib

    import dask

    # distributed's defaults must be in dask's config before the change below, which would
    # otherwise take them away again on leaving the block
    importlib.import_module("distributed")

    raw = copy_seeds(tmp_path / "raw")
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        code = main(["run", "--raw", str(raw), "--out", str(tmp_path / "out"), "--engine", "dask",
                     "--scheduler", "tcp://127.0.0.1:1"])
    assert code == 1
    err = capsys.readouterr().err
    assert "error: cannot reach the Dask scheduler at tcp://127.0.0.1:1: " in err and "Traceback" not in err
    assert not list((tmp_path / "out").glob("*.parquet"))


def test_a_staging_folder_left_by_a_killed_run_is_deleted_by_the_next(tmp_path):
    raw, out = copy_seeds(tmp_path / "raw"), tmp_path / "out"
    (out / ".staging-k1lled").mkdir(parents=True)
    (out / ".staging-k1lled" / "items.parquet").write_bytes(b"PAR1 half written")
    assert main(["run", "--raw", str(raw), "--out", str(out), "--quiet"]) == 0
    assert not list(out.glob(".staging-*"))
    assert pq.read_table(out / "items.parquet").num_rows == 73


def test_the_workers_are_forked_from_a_single_thread(tmp_path, monkeypatch):
    """A thread the run starts before its workers fork (tqdm's monitor was one) may hold a
    lock the child needs. (Threads earlier tests left in this process are not the run's.)"""
    import os as os_module
    import threading

    import pipeline.run as run_module

    before = set(threading.enumerate())
    started: list[set] = []
    os_module.register_at_fork(before=lambda: started.append(set(threading.enumerate()) - before))
    monkeypatch.setattr(run_module, "MIN_BATCH_BYTES", 1)   # the seeds make four batches
    run_module.run(copy_seeds(tmp_path / "raw"), tmp_path / "out", progress=True, workers=2)
    assert len(started) >= 2 and all(not threads for threads in started), started


def test_the_run_report_is_json_a_line_per_dump():
    """_run.json holds every fact of the report, each list and mapping an element a line."""
    dumps = [DumpReport("a.txt", 10, "utf-8", 3, 2, 1, {"date_out_of_window": 1}),
             DumpReport("b \"q\".txt", 0, None, problem="empty file", cached=True)]
    report = RunReport("raw", "out", dumps, entries=3, items=2, rejects=1, engine="local",
                       stages={"read": {"rows": 2, "seconds": 0.5}}, warnings=[])
    text = _report_json(report)
    assert json.loads(text) == json.loads(json.dumps(_plain(report)))
    lines = text.splitlines()
    assert lines[0] == "{" and lines[-1] == "}" and text.endswith("}\n")
    assert [json.loads(line.rstrip(","))["name"] for line in lines if line.startswith('    {"name"')] \
        == ["a.txt", 'b "q".txt']
    assert '  "stages": {' in lines and '    "read": {"rows": 2, "seconds": 0.5}' in lines
    assert '  "warnings": []' in lines


def test_sources_list_the_first_dump_and_the_later_ones_sorted():
    """Row groups of items each in one dump, and with items in two or three dumps: first,
    in the middle, last and side by side; in one chunk or several, whole or sliced."""
    def staged(*rows):  # as the run stages them: every column but `sources`
        return pa.Table.from_pylist([{"item_id": i, "title": i, "source": s, "line": 1} for i, s in rows],
                                    STAGED["items"])

    merger = FirstSource()
    merger.keep(["i1", "i2", "i3", "i4", "i5", "i2", "i2", "i4", "i5"],
                ["b.txt", "b.txt", "c.txt", "c.txt", "c.txt", "d.txt", "a.txt", "e.txt", "f.txt"])
    single = staged(("i1", "b.txt"), ("i3", "c.txt"))
    assert _with_sources(single, merger)["sources"].to_pylist() == [["b.txt"], ["c.txt"]]
    rows = staged(("i2", "b.txt"), ("i1", "b.txt"), ("i4", "c.txt"), ("i5", "c.txt"), ("i3", "c.txt"), ("i4", "c.txt"))
    expected = [["a.txt", "b.txt", "d.txt"], ["b.txt"], ["c.txt", "e.txt"], ["c.txt", "f.txt"], ["c.txt"],
                ["c.txt", "e.txt"]]
    table = _with_sources(rows, merger)
    assert table["sources"].to_pylist() == expected
    assert table.schema.equals(ITEMS)
    chunked = pa.concat_tables([rows.slice(0, 3), rows.slice(3)])
    assert chunked["source"].num_chunks == 2
    assert _with_sources(chunked, merger)["sources"].to_pylist() == expected
    assert _with_sources(rows.slice(1, 3), merger)["sources"].to_pylist() == expected[1:4]
    assert _with_sources(single.slice(0, 0), merger)["sources"].to_pylist() == []
