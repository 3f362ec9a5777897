"""Engines: where batches of dumps are processed.

The run hands an engine its units of work in file-name order and takes the results back
in that same order, a few batches ahead at most, so memory holds only those few:

- `inline`: this process, one batch after the other (a run with one batch of work);
- `local`: worker processes on this machine's cores (the default);
- `dask`: tasks on a Dask cluster, a `LocalCluster` or the one at `--scheduler ADDRESS`.
"""
from __future__ import annotations

import contextlib
import gc
import logging
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

log = logging.getLogger("pipeline")
ENGINES = ("local", "dask")
T = TypeVar("T")


def cores() -> int:
    """The cores this process may run on (a container's limit, not the host's count)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class EngineError(Exception):
    """The engine asked for cannot be had (an unknown name, a scheduler out of reach)."""


class Inline:
    """This process: each batch runs when its result is asked for."""

    name, workers = "inline", 1
    reads_files = True  # a batch's dumps are read when it runs, not held from when it is started

    def submit(self, fn: Callable[..., T], *args: Any) -> Callable[[], T]:
        return lambda: fn(*args)

    def close(self) -> None:
        pass

    abort = close


def _released(fn: Callable[..., T], *args: Any) -> T:
    """`fn(*args)` in a worker, then the memory it freed handed back to the system.

    A worker runs batch after batch; without this, freed heap pages stay with the
    process (and Arrow's pool keeps its buffers), so its RSS creeps up with every batch.
    The cyclic garbage collector is off while the batch runs: its passes over the batch's
    millions of live objects cost a tenth of the batch's time, and reference counting
    frees nearly all of them anyway. It collects once, after.
    """
    gc.disable()
    try:
        return fn(*args)
    finally:
        gc.enable()
        import ctypes

        import pyarrow as pa

        gc.collect()
        pa.default_memory_pool().release_unused()
        with contextlib.suppress(OSError, AttributeError):  # glibc only
            ctypes.CDLL("libc.so.6").malloc_trim(0)


def _worker_started(run: int) -> None:
    """In a forked worker: end when the run's process ends, even when it is killed (Linux's
    PR_SET_PDEATHSIG), and take SIGTERM as a plain stop, not as the run's own handler."""
    import ctypes
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    with contextlib.suppress(OSError, AttributeError):  # Linux only
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)       # 1 = PR_SET_PDEATHSIG
    if os.getppid() != run:  # the run ended before the line above took effect
        os._exit(1)


def _send(sender, fn: Callable[..., Any], args: tuple, run: int) -> None:
    """In a forked child: `fn(*args)`, sent back to the run. On an exception (or Ctrl-C) the
    child ends quietly, with nothing sent: the run does the work itself, and any exception
    is raised there, as it would have been."""
    _worker_started(run)
    try:
        sender.send(fn(*args))
    except BaseException:  # a result cut short in the pipe reads as none at all
        os._exit(1)


def in_background(fn: Callable[..., T], *args: Any) -> Callable[[], T]:
    """Start `fn(*args)` in a forked process while this one does other work; return a
    waiter for its result.

    The run hashes its dumps so, and extracts the first ones, while it imports Great
    Expectations, which uses one core only, for a second: the other core would otherwise
    sit idle. When no process can be forked, or it ends without a result, `fn(*args)` runs
    here when the result is asked for.
    """
    try:
        context = multiprocessing.get_context("fork")
        receiver, sender = context.Pipe(duplex=False)
        child = context.Process(target=_send, args=(sender, fn, args, os.getpid()), daemon=True)
        child.start()
    except (ValueError, OSError) as err:  # no fork on this system; no process to be had
        log.debug("no background process (%s): %s runs in this one", err, fn.__name__)
        return lambda: fn(*args)
    sender.close()  # the child's end: with it closed here, recv() sees the child end

    def wait() -> T:
        try:
            return receiver.recv()
        except EOFError:
            log.debug("the background process gave no result: %s runs in this one", fn.__name__)
            return fn(*args)
        finally:
            receiver.close()
            # it has ended or sent its result, unless the run is being stopped. SIGKILL, not
            # SIGTERM: a SIGTERM that reaches the child as it is forked can be lost (Python
            # drops signals pending from before its after-fork set-up), and it would be waited for
            child.kill()
            child.join()

    return wait


def signal() -> Any:
    """An event this process sets and a process it forks (`in_background`) sees set."""
    try:
        return multiprocessing.get_context("fork").Event()
    except ValueError:  # no fork on this system: `in_background` runs its work here
        return threading.Event()


class Local:
    """Worker processes on this machine. They are forked from the run, so they share the
    Great Expectations it has already imported instead of importing it again."""

    name = "local"
    # A worker reads its batch's dumps itself: they are on this machine, and sending their
    # bytes through a pipe made a 50 MB run about 0.15 s slower.
    reads_files = True

    def __init__(self, workers: int):
        self.workers = workers
        # What the run holds now (GX, pandas...) is shared with the workers page by page,
        # until a page is written: the garbage collector writes to every object it visits,
        # so frozen objects are left out of its passes, and stay shared. (Copying those
        # pages cost a fifth of the run's CPU time on the 10 MB benchmark corpus.)
        gc.freeze()
        self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                        initializer=_worker_started, initargs=(os.getpid(),))

    def submit(self, fn: Callable[..., T], *args: Any) -> Callable[[], T]:
        return self.pool.submit(_released, fn, *args).result

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    def abort(self) -> None:
        """Stop now (the run failed or was interrupted): batches running are not waited for."""
        # ProcessPoolExecutor.terminate_workers comes with Python 3.14; until then, its processes
        processes = list((getattr(self.pool, "_processes", None) or {}).values())
        self.pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()


class Dask:
    """Tasks on a Dask cluster: the scheduler at `scheduler`, or a LocalCluster of `workers`
    single-threaded worker processes (each imports Great Expectations once, at its first gate)."""

    name = "dask"
    reads_files = False  # a cluster's workers may be on machines that do not see raw/

    def __init__(self, scheduler: str | None, workers: int):
        # Dask's own progress chatter (INFO) is not the run's to print; workers inherit this
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
        from distributed import Client, LocalCluster

        self.cluster = None
        if scheduler:
            try:
                self.client = Client(scheduler)
            except (OSError, ValueError) as err:  # no scheduler there; an address it cannot parse
                raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from None
        else:
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None)
            self.client = Client(self.cluster)
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))

    def submit(self, fn: Callable[..., T], *args: Any) -> Callable[[], T]:
        # the dumps' bytes go to the workers as data, not inside the task graph
        scattered = [self.client.scatter(a) if isinstance(a, list) else a for a in args]
        return self.client.submit(fn, *scattered, pure=False).result

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    abort = close  # the client's tasks are released with it; a LocalCluster's workers stop with it


def open_engine(name: str, work_batches: int, workers: int | None = None,
                scheduler: str | None = None) -> Inline | Local | Dask:
    """The engine `name`; a local run with at most one batch of work runs inline."""
    workers = workers or cores()
    if name == "dask":
        return Dask(scheduler, workers)
    if name != "local":
        raise EngineError(f"unknown engine {name!r}; expected one of {', '.join(ENGINES)}")
    if work_batches <= 1 or workers <= 1:
        return Inline()
    return Local(min(workers, work_batches))


def in_order(calls: Iterable[Callable[[], Callable[[], T]]], ahead: int) -> Iterator[T]:
    """Start each call (which returns a waiter), at most `ahead` before the oldest result is
    taken; yield the results in the calls' order."""
    pending: deque[Callable[[], T]] = deque()
    for start in calls:
        pending.append(start())
        if len(pending) > ahead:
            yield pending.popleft()()
    while pending:
        yield pending.popleft()()
