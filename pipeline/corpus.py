"""A synthetic corpus for benchmarks: N MB of realistic dumps made from the dumps in raw/.

Each copy of a seed dump gets its titles made distinct (` #k` appended to the title
line), so items do not collapse in dedup and the tables grow with the corpus.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.extract import extract_entries


def distinct_copy(text: str, name: str, copy: int) -> str:
    """`text` with every entry's title line suffixed by ` #copy`."""
    lines = text.splitlines(keepends=True)
    for entry in extract_entries(text, name):
        title = (entry.title or "").split("\n")[-1]
        for number in entry.lines:
            line = lines[number - 1]
            body = line.rstrip("\r\n")
            if title and body.rstrip().endswith(title):
                lines[number - 1] = body.rstrip() + f" #{copy}" + line[len(body):]
                break
    return "".join(lines)


def make_corpus(raw: Path, dest: Path, megabytes: float) -> tuple[int, int]:
    """Write about `megabytes` MB of dumps to `dest`; return (files, bytes). Reuses a finished corpus."""
    done = dest / ".complete"
    if done.exists():
        files = [p for p in dest.iterdir() if not p.name.startswith(".")]
        return len(files), sum(p.stat().st_size for p in files)
    dest.mkdir(parents=True, exist_ok=True)
    seeds = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(raw.iterdir())
             if p.is_file() and not p.name.startswith(".")]
    target, written, files, copy = megabytes * 1e6, 0, 0, 0
    while written < target:
        for name, text in seeds:
            data = distinct_copy(text, name, copy).encode("utf-8")
            (dest / f"{copy:06d}_{name}").write_bytes(data)
            written, files = written + len(data), files + 1
        copy += 1
    done.write_text(f"{files} files, {written} bytes\n")
    return files, written
