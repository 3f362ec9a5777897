"""The engines: batches on worker processes or on Dask give the tables one in-memory pass gives."""
from __future__ import annotations

import datetime as dt
import os
import time

import pyarrow.parquet as pq
import pytest

import pipeline.batch as batch_module
import pipeline.engine as engine_module
import pipeline.run as run_module
from pipeline import io
from pipeline.batch import RawDump, extract_ahead, process_batch
from pipeline.cache import DumpCache
from pipeline.clean import clean_entries
from pipeline.corpus import distinct_copy
from pipeline.engine import in_background
from pipeline.enrich import enrich_countries, enrich_figures
from pipeline.extract import extract
from pipeline.run import run
from pipeline.schema import COUNTRIES, FIGURES, ITEMS, REJECTS, TABLES
from tests.conftest import LAYOUTS, RAW, copy_seeds



@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The seeds, two copies of each with distinct titles, and the layout fixtures: 37 dumps."""
    folder = tmp_path_factory.mktemp("corpus")
    for seed in sorted(RAW.glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        (folder / seed.name).write_text(text, encoding="utf-8")
        for copy in (1, 2):
            (folder / f"{seed.stem}_copy{copy}.txt").write_text(distinct_copy(text, seed.name, copy),
                                                                 encoding="utf-8")
    for layout in sorted(LAYOUTS.glob("*.txt")):
        (folder / f"zz_{layout.name}").write_bytes(layout.read_bytes())
    return folder


@pytest.fixture(scope="module")
def expected(corpus):
    """The tables as one in-memory pass over the whole corpus makes them (no batches)."""
    entries, rejects = extract({d.name: d.text for d in io.read_dumps(corpus) if d.text is not None})
    items = clean_entries(entries)
    return {"items": io.to_table(items, ITEMS).to_pylist(),
            "countries": io.to_table(enrich_countries(items), COUNTRIES).to_pylist(),
            "figures": io.to_table(enrich_figures(items), FIGURES).to_pylist(),
            "rejects": io.to_table(rejects, REJECTS).to_pylist()}


def _tables(out):
    return {name: pq.read_table(out / f"{name}.parquet").to_pylist() for name in TABLES}


@pytest.fixture
def small_batches(monkeypatch):
    """Batches of about 40 kB, so the corpus is split across several (and across workers)."""
    monkeypatch.setattr(run_module, "BATCH_BYTES", 40_000)


def test_the_corpus_is_what_the_tests_think(corpus, expected):
    assert len(list(corpus.iterdir())) == 41
    # 73 seed items, 73 more per copy (distinct titles), 117 in the layout fixtures' goldens
    assert len(expected["items"]) == 73 * 3 + 117
    # the Paraguay item is in 001 and 002, in each copy too
    assert sum(1 for item in expected["items"] if len(item["sources"]) > 1) == 3


def test_local_engine_on_two_workers_makes_the_in_memory_tables(corpus, expected, small_batches, tmp_path):
    report = run(corpus, tmp_path / "out", workers=2, use_cache=False)
    assert report.engine == "local" and report.workers == 2
    assert _tables(tmp_path / "out") == expected
    assert [d.name for d in report.dumps] == sorted(p.name for p in corpus.iterdir())
    assert pq.ParquetFile(tmp_path / "out" / "items.parquet").num_row_groups > 1  # written as batches came


def test_local_workers_read_their_batches_dumps_themselves(corpus, small_batches, tmp_path, monkeypatch):
    """Only the names go to a worker: each batch's dumps are read in the process that runs it."""
    readers = tmp_path / "readers"
    readers.mkdir()
    real = run_module._read_batch

    def marked(paths):
        with open(readers / str(os.getpid()), "a", encoding="utf-8") as marks:
            marks.writelines(f"{p.name}\n" for p in paths)
        return real(paths)

    monkeypatch.setattr(run_module, "_read_batch", marked)
    report = run(corpus, tmp_path / "out", workers=2, use_cache=False)
    assert report.engine == "local"
    pids = {int(p.name) for p in readers.iterdir()}
    assert pids and os.getpid() not in pids
    read = sorted(name for p in readers.iterdir() for name in p.read_text().splitlines())
    assert read == sorted(p.name for p in corpus.iterdir())  # each dump once, in some worker
    assert "batch.read" in report.stages  # the workers' reading is timed with their stages


def test_inline_engine_makes_the_same_tables(corpus, expected, small_batches, tmp_path):
    report = run(corpus, tmp_path / "out", workers=1, use_cache=False)
    assert report.engine == "inline"
    assert _tables(tmp_path / "out") == expected


class _NeverSet:
    """A run's `imported` signal that never reaches its background process: every dump is
    extracted ahead, as on a machine where GX takes long to import."""

    def set(self) -> None:
        pass

    def is_set(self) -> bool:
        return False


def test_dumps_extracted_ahead_are_taken_by_their_batches(corpus, expected, small_batches, tmp_path,
                                                          monkeypatch):
    extracting = tmp_path / "extracting"
    extracting.mkdir()
    real = batch_module.extract_rows

    def marked(texts, done=None):  # in the workers: the dumps each batch extracted itself
        with open(extracting / str(os.getpid()), "a", encoding="utf-8") as marks:
            marks.writelines(f"{name}\n" for name in texts if name not in (done or {}))
        return real(texts, done)

    monkeypatch.setattr(batch_module, "extract_rows", marked)
    monkeypatch.setattr(run_module, "signal", _NeverSet)
    report = run(corpus, tmp_path / "out", workers=2, use_cache=False)
    assert report.engine == "local" and report.extracted_ahead == 41
    assert not any(p.read_text() for p in extracting.iterdir())
    assert _tables(tmp_path / "out") == expected


def test_a_batch_takes_a_dump_extracted_ahead_by_its_key(seed_texts):
    dumps = [RawDump(name, len(text), f"key-{name}", text.encode()) for name, text in seed_texts.items()]
    first = dumps[0]
    alone = process_batch(dumps, dt.date(2026, 1, 1))
    ahead = process_batch(dumps, dt.date(2026, 1, 1), {first.key: extract_ahead(first)})
    assert ahead.tables == alone.tables and ahead.dumps == alone.dumps
    # under another key (the dump changed since it was hashed): extracted again
    changed = process_batch(dumps, dt.date(2026, 1, 1), {"key-other": extract_ahead(first)})
    assert changed.tables == alone.tables
    # under its key, taken as it is: here the extract of a page of that name listing nothing
    empty = extract_ahead(RawDump(first.name, 21, first.key, b"Nothing listed here.\n"))
    taken = process_batch(dumps, dt.date(2026, 1, 1), {first.key: empty})
    assert (taken.dumps[0].entries, alone.dumps[0].entries) == (0, 20)
    assert taken.dumps[1:] == alone.dumps[1:]


def test_the_run_extracts_ahead_the_first_dumps_it_must_process(tmp_path, monkeypatch):
    raw = copy_seeds(tmp_path / "raw")
    paths = io.list_dumps(raw)
    sizes = [p.stat().st_size for p in paths]
    keyed, ahead = run_module._keys(paths, None, _NeverSet())
    assert [size for _, size in keyed] == sizes and list(ahead) == [key for key, _ in keyed]
    imported = engine_module.signal()
    imported.set()
    assert run_module._keys(paths, None, imported)[1] == {}  # GX is in already: none
    # at most AHEAD_BYTES of dumps: the first that reach it
    monkeypatch.setattr(run_module, "AHEAD_BYTES", sizes[0] + 1)
    assert list(run_module._keys(paths, None, _NeverSet())[1]) == [keyed[0][0], keyed[1][0]]
    monkeypatch.undo()
    # cache hits are not extracted: only the dump edited since the run that cached them
    run(raw, tmp_path / "out", workers=1)
    paths[2].write_text(paths[2].read_text(encoding="utf-8") + "\n", encoding="utf-8")
    cache = DumpCache(tmp_path / "out" / ".cache", dt.date.today())
    keyed, ahead = run_module._keys(paths, cache, _NeverSet())
    assert list(ahead) == [keyed[2][0]]


def test_batches_are_cut_by_work_a_dump_extracted_ahead_weighing_less(tmp_path):
    paths = [tmp_path / f"{n:02}.txt" for n in range(20)]
    keyed = [(f"key{n}", 500_000) for n in range(20)]
    # 10 MB for two workers: four batches of five dumps
    assert [len(u.paths) for u in run_module._plan(paths, keyed, None, 2)] == [5, 5, 5, 5]
    # the first five extracted ahead weigh 0.6 of their bytes: 9 MB of work, 2.25 MB a batch;
    # a dump goes to the batch its work starts in
    ahead = {f"key{n}": b"" for n in range(5)}
    units = run_module._plan(paths, keyed, None, 2, ahead)
    assert [len(u.paths) for u in units] == [7, 4, 5, 4]
    assert [u.paths[0].name for u in units] == ["00.txt", "07.txt", "11.txt", "16.txt"]


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as local_cluster:
        yield local_cluster


def test_dask_engine_on_a_local_cluster_makes_the_same_tables(corpus, expected, small_batches, cluster,
                                                              tmp_path):
    report = run(corpus, tmp_path / "out", engine="dask", scheduler=cluster.scheduler_address,
                 use_cache=False)
    assert report.engine == "dask" and report.workers == 2
    assert _tables(tmp_path / "out") == expected


def _first_item_twice(rows):
    import pipeline.clean

    items = pipeline.clean.first_per_dump(rows)
    return [*items, items[0]]


def _break_clean(broken: bool) -> None:
    """Run on each Dask worker: its clean stage lists a dump's first item twice (or not)."""
    import pipeline.batch
    import pipeline.clean

    pipeline.batch.first_per_dump = _first_item_twice if broken else pipeline.clean.first_per_dump


def test_dask_gate_failure_on_a_worker_publishes_nothing(corpus, small_batches, cluster, tmp_path):
    """A gate that fails on a Dask worker stops the run with the same message as locally."""
    distributed = pytest.importorskip("distributed")
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("  1. An item\n\n    02 March 2024\n", encoding="utf-8")
    with distributed.Client(cluster) as client:
        client.run(_break_clean, True)
        try:
            with pytest.raises(Exception) as failure:
                run(raw, tmp_path / "out", engine="dask", scheduler=cluster.scheduler_address, use_cache=False)
        finally:
            client.run(_break_clean, False)
    assert ("quality gate 'clean' failed: expect_compound_columns_to_be_unique on source,item_id"
            in str(failure.value))
    assert not (tmp_path / "out" / "items.parquet").exists()


def _pid_and(value):
    return os.getpid(), value


def _fails_in_a_child(parent: int) -> str:
    if os.getpid() != parent:
        raise RuntimeError("only in the child")
    return "done here"


def _fails(message: str):
    raise ValueError(message)


def test_in_background_runs_the_call_in_another_process():
    pid, value = in_background(_pid_and, [1, 2])()
    assert pid != os.getpid()
    assert value == [1, 2]


def test_in_background_does_the_work_here_when_the_child_gives_no_result():
    assert in_background(_fails_in_a_child, os.getpid())() == "done here"


def test_in_background_raises_here_what_the_call_raises():
    with pytest.raises(ValueError, match="no such dump"):
        in_background(_fails, "no such dump")()


def test_in_background_runs_here_where_no_process_can_be_forked(monkeypatch):
    def no_fork(method):
        raise ValueError(f"cannot find context for {method!r}")

    monkeypatch.setattr(engine_module.multiprocessing, "get_context", no_fork)
    pid, value = in_background(_pid_and, "x")()
    assert (pid, value) == (os.getpid(), "x")


def _sleeps() -> None:
    import time

    time.sleep(20)


def test_in_background_stops_its_process_when_the_run_stops_waiting(monkeypatch):
    """Ctrl-C or SIGTERM while the run waits: the child is ended, not waited for."""
    import multiprocessing.connection

    def interrupted(self):
        raise KeyboardInterrupt

    monkeypatch.setattr(multiprocessing.connection.Connection, "recv", interrupted)
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        in_background(_sleeps)()
    assert time.monotonic() - started < 10


def _numbers():
    return (n for n in range(3))  # a generator: it cannot be pickled, so not sent


def test_in_background_a_result_that_cannot_be_sent_is_made_here_without_a_traceback(capfd):
    assert list(in_background(_numbers)()) == [0, 1, 2]
    assert "Traceback" not in capfd.readouterr().err
