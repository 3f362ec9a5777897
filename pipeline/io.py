"""The edges: reading dumps from a folder and publishing tables to one. All file I/O is here."""
from __future__ import annotations

import codecs
import contextlib
import fcntl
import os
import re
import shutil
import signal
import stat
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq


# Encodings a saved English-language web page can be in besides UTF-8; charset-normalizer
# picks among these only (left free, it reads a short Windows-1252 page as cp775).
LEGACY_ENCODINGS = ["cp1252", "latin_1", "iso8859_15", "mac_roman"]
# Central European code pages (a Polish, Czech or Hungarian page saved by Windows or an old
# browser). charset-normalizer ranks Windows-1252 first for them, so they are tried when the
# Western reading shows their letters as symbols inside words (`po³owa` for `połowa`,
# `ochron¹` for `ochroną`): the reading with the fewest such words is kept.
CENTRAL_ENCODINGS = ["cp1250", "iso8859_2"]
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿ"
_MISREAD_LETTER = re.compile(f"[{_LETTER}][¥¹£³¯¿¾¼±¶¡¦¬][{_LETTER}]")
# A Turkish page saved by Windows (Windows-1254) read as Windows-1252 shows `ı ş ğ İ Ş Ğ` as
# letters (`ý þ ð Ý Þ Ð`: Icelandic's), so no symbol inside a word tells it; charset-normalizer
# still reads its words as Turkish, and then the Turkish code page is the one.
TURKISH_ENCODING = "cp1254"
_TURKISH_MISREAD = re.compile("[ðýþÐÝÞ]")
# An East Asian page saved by Windows or an old browser is in a multi-byte code page
# (Japanese: Shift_JIS, as Windows' cp932, or EUC-JP; Chinese: GB18030, which holds GBK and
# GB2312, or Big5; Korean: EUC-KR). No Western reading passes charset-normalizer's test of
# such bytes, so these are tried then.
EAST_ASIAN_ENCODINGS = ["cp932", "euc_jp", "gb18030", "big5", "euc_kr"]
MAX_DUMP_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Dump:
    """One file of the raw folder: its text, or why there is none."""

    name: str
    size: int
    encoding: str | None = None
    text: str | None = None
    problem: str | None = None


def decode(data: bytes) -> tuple[str | None, str | None, str | None]:
    """(text, encoding, problem) for a dump's bytes; BOMs are honoured, CRLF is kept."""
    if not data.strip():
        return None, None, "empty file"
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, None
            except UnicodeDecodeError as err:
                return None, None, f"starts with a {encoding} byte-order mark but is not {encoding}: {err.reason}"
    if b"\x00" in data:
        return None, None, "binary file (NUL bytes), not text"
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for the rare dump that is not UTF-8

    best = from_bytes(data, cp_isolation=LEGACY_ENCODINGS).best()
    if best is None and (best := from_bytes(data, cp_isolation=EAST_ASIAN_ENCODINGS).best()) is not None:
        return str(best), best.encoding, None
    if best is None:
        return None, None, ("neither UTF-8 nor a Western single-byte encoding nor an East Asian one "
                            "(charset-normalizer)")
    text, encoding = str(best), best.encoding
    if _MISREAD_LETTER.search(text):
        readings = [(text, encoding)]
        for central in CENTRAL_ENCODINGS:
            with contextlib.suppress(UnicodeDecodeError):
                readings.append((data.decode(central), central))
        text, encoding = min(readings, key=lambda reading: len(_MISREAD_LETTER.findall(reading[0])))
    elif best.language == "Turkish" and _TURKISH_MISREAD.search(text):
        with contextlib.suppress(UnicodeDecodeError):
            text, encoding = data.decode(TURKISH_ENCODING), TURKISH_ENCODING
    return text, encoding, None


def dump_name(path: Path) -> str:
    """A dump's file name as the tables and the report show it. A name that is not valid
    UTF-8 (its bytes kept as surrogates) is shown with those bytes escaped: `caf\\xe9.txt`."""
    try:
        path.name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path.name).decode("utf-8", "backslashreplace")
    return path.name


def read_bytes(path: Path, max_bytes: int = MAX_DUMP_BYTES) -> tuple[int, bytes | None, str | None]:
    """(size, bytes, problem) of one file; a file that is too large, vanished or unreadable,
    not a regular file, or named in bytes that are not UTF-8 says so."""
    if dump_name(path) != path.name:
        return 0, None, "file name is not valid UTF-8; rename the file"
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):  # reading a pipe would wait for a writer forever
            return 0, None, "not a regular file (a pipe, socket or device)"
        size = status.st_size
        if size > max_bytes:
            return size, None, (f"too large ({size / 1e6:.0f} MB > {max_bytes / 1e6:.0f} MB); "
                                "split it into pages")
        data = path.read_bytes()
    except FileNotFoundError:
        return 0, None, "vanished before it could be read (or a broken link)"
    except OSError as err:
        return 0, None, f"cannot be read: {err.strerror or err}"
    return len(data), data, None


def read_dump(path: Path, max_bytes: int = MAX_DUMP_BYTES) -> Dump:
    """One file, decoded; a file that is too large, vanished or unreadable says so."""
    size, data, problem = read_bytes(path, max_bytes)
    if data is None:
        return Dump(dump_name(path), size, problem=problem)
    text, encoding, problem = decode(data)
    return Dump(path.name, size, encoding, text, problem)


def list_dumps(raw: Path) -> list[Path]:
    """Every entry of `raw` but hidden ones and folders, in file-name order (links included:
    a link to a folder is a folder; a broken one, or a loop, is a dump that cannot be read).

    Names are sorted, not paths (a third of the time at 8,400 dumps), and the folder's
    listing says which entries are folders without a stat of each."""
    with os.scandir(raw) as entries:
        names = sorted(entry.name for entry in entries
                       if not entry.name.startswith(".") and not _is_folder(entry))
    return [raw / name for name in names]


def _is_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()  # follows a link: a stat, for links only
    except OSError:  # a link in a loop, or through a folder it may not enter: not a folder to skip
        return False


def read_dumps(raw: Path, max_bytes: int = MAX_DUMP_BYTES) -> list[Dump]:
    """Every dump of `raw`, in file-name order, decoded."""
    return [read_dump(path, max_bytes) for path in list_dumps(raw)]


def to_table(frame: pd.DataFrame, schema: pa.Schema) -> pa.Table:
    """A frame as a table of exactly `schema` (column order, types, nullability)."""
    return pa.Table.from_pandas(frame[schema.names], schema=schema, preserve_index=False)


def write_text_atomic(path: Path, text: str) -> None:
    """Write a small file whole or not at all (a temporary file beside it, then a rename)."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(handle, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(temporary, path)


class Busy(Exception):
    """Another run holds the output folder."""


class Unwritable(Exception):
    """The output folder is a file, or cannot be made or written."""


class Terminated(KeyboardInterrupt):
    """SIGTERM (`kill`, a timeout, a cancelled CI job): the run stops as on Ctrl-C."""


class InterruptedAfterPublishing(KeyboardInterrupt):
    """Ctrl-C or SIGTERM came while the tables were being swapped in: they were published whole."""


def stop_on_sigterm() -> None:
    """Make SIGTERM stop the run as Ctrl-C does: staged tables discarded, workers shut down."""
    def terminated(*_):
        raise Terminated
    signal.signal(signal.SIGTERM, terminated)


# The run locks this process holds (their descriptors). `flock` belongs to the open file,
# which a forked worker shares: were it to outlive a killed run, the lock would stay taken.
_LOCKS: set[int] = set()


def _drop_locks() -> None:
    """In a forked child: point its copies of the locks' descriptors at /dev/null."""
    if _LOCKS:
        null = os.open(os.devnull, os.O_RDONLY)
        for fd in _LOCKS:
            os.dup2(null, fd)
        os.close(null)
        _LOCKS.clear()


os.register_at_fork(after_in_child=_drop_locks)


@contextlib.contextmanager
def run_lock(out: Path) -> Iterator[None]:
    """Hold `out/.lock` for a whole run: a second run at once stops with a clear message, as
    does a folder that cannot be had (a file, a path under a file, no permission)."""
    if out.exists() and not out.is_dir():
        raise Unwritable(f"{out}: is a file, not a folder for the tables")
    try:
        out.mkdir(parents=True, exist_ok=True)
        handle = open(out / ".lock", "a+")
    except OSError as err:
        raise Unwritable(f"{out}: cannot make or write the folder for the tables "
                         f"({err.strerror or err})") from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise Busy(f"{out}: another run is writing here ({holder}); wait for it to end") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        _LOCKS.add(handle.fileno())
        try:
            yield
        finally:
            _LOCKS.discard(handle.fileno())
            handle.truncate(0)
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextlib.contextmanager
def _interrupts_deferred() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM back for the few renames that swap the tables in; once they
    are all in place, stop with InterruptedAfterPublishing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught = []
    previous = {number: signal.signal(number, lambda *args: caught.append(args))
                for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    if caught:
        raise InterruptedAfterPublishing


class Staging:
    """Tables written a batch at a time (a row group each) in a hidden folder of `out`,
    then published together, or discarded: readers of `out` never see them half-written."""

    def __init__(self, out: Path, schemas: dict[str, pa.Schema]):
        out.mkdir(parents=True, exist_ok=True)
        self.out = out
        self.dir = Path(tempfile.mkdtemp(prefix=".staging-", dir=out))
        self.writers = {}
        try:
            for name, schema in schemas.items():
                self.writers[name] = pq.ParquetWriter(self.dir / f"{name}.parquet", schema)
        except BaseException:
            self.discard()
            raise

    @staticmethod
    def clear_stale(out: Path) -> None:
        """Delete staging folders a killed run left in `out` (call it holding the run lock:
        then no other run is writing to one)."""
        for stale in out.glob(".staging-*"):
            shutil.rmtree(stale, ignore_errors=True)

    def write(self, name: str, table: pa.Table) -> None:
        if table.num_rows:
            self.writers[name].write_table(table)

    def rewrite(self, name: str, schema: pa.Schema, change: Callable[[pa.Table], pa.Table]) -> None:
        """Pass table `name` through `change` a row group at a time, into `schema`."""
        self.writers.pop(name).close()
        path, changed = self.dir / f"{name}.parquet", self.dir / f".{name}.parquet"
        with pq.ParquetFile(path) as source, pq.ParquetWriter(changed, schema) as writer:
            for group in range(source.num_row_groups):
                writer.write_table(change(source.read_row_group(group)))
        os.replace(changed, path)

    def read(self, name: str, columns: list[str]) -> pa.Table:
        """Columns of a table already rewritten or published-to-be (its writer closed)."""
        return pq.read_table(self.dir / f"{name}.parquet", columns=columns)

    def write_text(self, name: str, text: str) -> None:
        """A file published with the tables (the run's report)."""
        (self.dir / name).write_text(text, encoding="utf-8")

    def close(self) -> None:
        """Finish every table (the Parquet footers); nothing more is written to them."""
        for writer in self.writers.values():
            writer.close()
        self.writers.clear()

    def publish(self) -> list[Path]:
        """Move every table and file into `out` (see `_swap_in`)."""
        self.close()
        names = sorted(p.name for p in self.dir.iterdir() if not p.name.startswith("."))
        return _swap_in(self.out, self.dir, names)

    def discard(self) -> None:
        for writer in self.writers.values():
            with contextlib.suppress(Exception):
                writer.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *exc) -> None:
        self.discard()


def publish(out: Path, tables: dict[str, pa.Table]) -> list[Path]:
    """Write every table to a staging folder, then move them all into `out`."""
    with Staging(out, {name: table.schema for name, table in tables.items()}) as staging:
        for name, table in tables.items():
            staging.write(name, table)
        return staging.publish()


def _swap_in(out: Path, staging: Path, names: list[str]) -> list[Path]:
    """Move the files `names` from `staging` into `out`, all or none.

    Everything slow (writing, validating) is done before the first file is moved: each
    is complete before `os.replace` (atomic on one file system) puts it in place, so a
    reader never sees a half-written table. The renames take a few milliseconds together;
    Ctrl-C and SIGTERM wait for the last one, and if a rename fails, the files already
    moved are put back as they were. A reader that opens the tables during those
    milliseconds may see some old and some new.
    """
    targets = {name: out / name for name in names}
    for name, target in targets.items():
        if target.exists():
            os.link(target, staging / f".{name}.previous")
    moved: list[str] = []
    with _interrupts_deferred():
        try:
            for name, target in targets.items():
                os.replace(staging / name, target)
                moved.append(name)
        except OSError:
            for name in moved:
                previous = staging / f".{name}.previous"
                if previous.exists():
                    os.replace(previous, targets[name])
                else:
                    targets[name].unlink(missing_ok=True)
            raise
    return list(targets.values())
