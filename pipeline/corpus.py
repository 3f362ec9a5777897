"""A synthetic corpus for benchmarks: N MB of realistic dumps made from the dumps in raw/.

Each copy of a seed dump gets its titles made distinct (` #k` appended to the title
line, k the copy's number in letters: a number would be one more figure in every title,
which real pages do not have), so items do not collapse in dedup and the tables grow
with the corpus.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.extract import extract_entries


def _title_lines(text: str, name: str) -> list[int]:
    """0-based index of each entry's (last) title line: where a copy's mark goes."""
    lines, marked = text.splitlines(keepends=True), []
    for entry in extract_entries(text, name):
        title = (entry.title or "").split("\n")[-1]
        for number in entry.lines:
            if title and lines[number - 1].rstrip("\r\n").rstrip().endswith(title):
                marked.append(number - 1)
                break
    return marked


def copy_mark(copy: int) -> str:
    """The copy's number in letters, base 26: 0 -> `a`, 25 -> `z`, 26 -> `ba`."""
    letters = ""
    while True:
        copy, digit = divmod(copy, 26)
        letters = "abcdefghijklmnopqrstuvwxyz"[digit] + letters
        if not copy:
            return letters


def _mark(lines: list[str], marked: list[int], copy: int) -> str:
    lines = list(lines)
    for index in marked:
        line = lines[index]
        body = line.rstrip("\r\n")
        lines[index] = body.rstrip() + f" #{copy_mark(copy)}" + line[len(body):]
    return "".join(lines)


def distinct_copy(text: str, name: str, copy: int) -> str:
    """`text` with every entry's title line suffixed by ` #` and the copy's mark."""
    return _mark(text.splitlines(keepends=True), _title_lines(text, name), copy)


def make_corpus(raw: Path, dest: Path, megabytes: float) -> tuple[int, int]:
    """Write about `megabytes` MB of dumps to `dest`; return (files, bytes). Reuses a finished corpus."""
    done = dest / ".complete"
    if done.exists():
        files = [p for p in dest.iterdir() if not p.name.startswith(".")]
        return len(files), sum(p.stat().st_size for p in files)
    dest.mkdir(parents=True, exist_ok=True)
    seeds = []
    for path in sorted(raw.iterdir()):
        if path.is_file() and not path.name.startswith("."):
            text = path.read_text(encoding="utf-8")
            seeds.append((path.name, text.splitlines(keepends=True), _title_lines(text, path.name)))
    target, written, files, copy = megabytes * 1e6, 0, 0, 0
    while written < target:
        for name, lines, marked in seeds:
            data = _mark(lines, marked, copy).encode("utf-8")
            (dest / f"{copy:06d}_{name}").write_bytes(data)
            written, files = written + len(data), files + 1
        copy += 1
    done.write_text(f"{files} files, {written} bytes\n", encoding="utf-8")
    return files, written
