"""A RIS file (a reference manager's export: Zotero, EndNote, Mendeley): its records, as a
data document's items (`documents`).

    TY  - ELEC
    TI  - Informal workers in Asia and the Pacific left without sickness benefits
    AB  - Only one in five workers in the region would receive income support ...
    DA  - 2024/05/14/
    UR  - https://www.ilo.org/resource/news/informal-workers-asia-and-pacific
    Y2  - 2024/05/16/09:41:12
    ER  -

Each record runs from its `TY` line to its `ER` line. Its tags are named by
`data/ris_tags.csv` as a table's columns are (`TI` the title, `DA` the date, `AB` the
summary...); the reference's bookkeeping (its type, authors, links, when it was saved) is no
text. A tag given twice is one text, and a line with no tag goes on with the
value above it (an exporter's wrapped abstract). RIS writes a date `YYYY/MM/DD/other`: one
whole is read as the ISO date it is, one with no day (`2024/05//`) as `2024/05`.
"""
from __future__ import annotations

import re

from pipeline.curated import rows
from pipeline.text import LINE_END

_TAG_LINE = re.compile(r"([A-Z][A-Z0-9])  -(?: (.*))?$")
_OPENING = re.compile(r"(?:[ \t]*\r?\n)*TY  - ")
_DATE = re.compile(r"(\d{4})/(\d\d)/(\d\d)/.*")
NAMES = {row["tag"]: row["name"] for row in rows("extract/data/ris_tags.csv")}


def is_ris(opening: str) -> bool:
    """Whether a dump opens with a RIS record's `TY  - ` line."""
    return bool(_OPENING.match(opening))


def read_ris(text: str) -> list[tuple[int, int, list[tuple[str, str]]]]:
    """Every record of a RIS file: its first and last lines, its fields (name, value) in
    order, the names `NAMES` gives (a tag it does not name keeps its own)."""
    records: list[tuple[int, int, list[tuple[str, str]]]] = []
    start, values, last = None, {}, None
    for number, raw in enumerate(LINE_END.split(text), start=1):
        line = raw.strip()
        if not (m := _TAG_LINE.match(line)):
            if line and start is not None and last is not None:
                values[last][-1] = f"{values[last][-1]} {line}".lstrip()  # a wrapped value goes on
            continue
        tag, value = m[1], (m[2] or "").strip()
        if tag == "TY":
            start, values, last = number, {}, None
        elif start is not None and tag == "ER":
            records.append((start, number, _fields(values)))
            start = None
        elif start is not None:
            last = tag
            values.setdefault(tag, []).append(value)
    if start is not None:  # (a file cut before its last `ER`: the record is still one)
        records.append((start, number, _fields(values)))
    return records


def _fields(values: dict[str, list[str]]) -> list[tuple[str, str]]:
    """A record's tags' values as named fields: bookkeeping left out, a date made ISO."""
    fields = []
    for tag, texts in values.items():
        name = NAMES.get(tag, tag)
        if not name:
            continue
        text = ", ".join(text for text in texts if text)
        if name == "date" and (m := _DATE.fullmatch(text)):
            text = f"{m[1]}-{m[2]}-{m[3]}"
        elif name == "date":
            text = text.rstrip("/")  # (`2024/05//`: a month, no day)
        fields.append((name, text))
    return fields
