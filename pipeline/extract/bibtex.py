"""A BibTeX or BibLaTeX file (a reference manager's export: Zotero, JabRef, Mendeley): its
entries, as a data document's items (`documents`), as a RIS file's records are.

    @online{ilo_forced_2024,
        title = {Forced labour generates {US}\\$236 billion in illegal profits a year},
        abstract = {Illegal profits from forced labour have increased by 37\\% since 2014 ...},
        date = {2024-03-19},
        url = {https://www.ilo.org/resource/news/annual-profits-forced-labour...},
        urldate = {2024-05-16},
    }

An entry runs from its `@type{key,` line to its closing brace. Its fields are named by
`data/bibtex_fields.csv` as a table's columns are (`title`, `date`, `abstract` the
summary...); the reference's bookkeeping (its type and key, authors, links, when it was
saved, the user's keywords and files) is no text. A value is braced, quoted, a number or
a `@string`'s name (`month = may`), its parts joined by `#`; its LaTeX (protecting braces,
`\\%`, `{\\'e}`, `--`) is read as `latex` reads a source's. BibLaTeX's `date` is ISO 8601
(`2024-05-21/2024-05-23` is a range: its first day and its last); BibTeX's `year`,
`month` and `day` make one. `@comment`, `@preamble` and `@string` are no entries, and
text between entries is a comment, as BibTeX reads it.
"""
from __future__ import annotations

import re

from pipeline.curated import rows
from pipeline.extract.latex import set_text
from pipeline.text import line_numbers

# A dump opens with an entry, past blank lines and `%` comments (JabRef's `% Encoding: UTF-8`)
_OPENING = re.compile(r"(?:[ \t]*(?:%[^\n]*)?\r?\n)*[ \t]*@[ \t]*[A-Za-z]+[ \t]*[{(]")
_ENTRY = re.compile(r"@[ \t]*([A-Za-z]+)[ \t]*([{(])")
_KEY = re.compile(r"\s*[^,\s{}()]*")
_NAME = re.compile(r"\s*([^\s=,{}()\"#%]+)\s*=\s*")
_SPACE_OR_COMMA = re.compile(r"[\s,]*")
_WORD = re.compile(r"[^\s,{}()\"#%=]+")
_CONCATENATION = re.compile(r"\s*#\s*")
_DATE = re.compile(r"(\d{4}-\d\d-\d\d)(?:/(\d{4}-\d\d-\d\d))?")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
NAMES = {row["field"]: row["name"] for row in rows("extract/data/bibtex_fields.csv")}


def is_bibtex(opening: str) -> bool:
    """Whether a dump opens with a BibTeX entry's `@type{` (past blank lines and comments)."""
    return bool(_OPENING.match(opening))


def read_bibtex(text: str) -> list[tuple[int, int, list[tuple[str, str]]]]:
    """Every entry of a BibTeX file: its first and last lines, its fields (name, value) in
    order, the names `NAMES` gives (a field it does not name keeps its own)."""
    line_of = line_numbers(text)
    strings = {month: str(number) for number, month in enumerate(_MONTHS, start=1)}
    entries: list[tuple[int, int, list[tuple[str, str]]]] = []
    at = 0
    while m := _ENTRY.search(text, at):
        kind, closer = m[1].lower(), "}" if m[2] == "{" else ")"
        if kind in ("comment", "preamble"):
            at = _group_end(text, m.end() - 1, closer)
            continue
        at = m.end()
        if kind != "string":
            at = _KEY.match(text, at).end()
        values, at = _fields(text, at, closer, strings)
        if kind == "string":
            strings.update((name.lower(), value) for name, value in values)
        else:
            entries.append((line_of(m.start()), line_of(max(at - 1, m.start())), _named(values)))
    return entries


def _fields(text: str, at: int, closer: str, strings: dict[str, str]) -> tuple[list[tuple[str, str]], int]:
    """An entry's `name = value` fields from `at` on, and where the entry ends (past its
    closer; the text's end for an entry cut short)."""
    values: list[tuple[str, str]] = []
    while True:
        at = _SPACE_OR_COMMA.match(text, at).end()
        if at >= len(text) or text[at] == closer:
            return values, min(at + 1, len(text))
        if not (m := _NAME.match(text, at)):  # (no field: skipped to the next comma)
            comma, end = text.find(",", at + 1), text.find(closer, at)
            if comma < 0 or 0 <= end < comma:
                return values, end + 1 if end >= 0 else len(text)
            at = comma
            continue
        parts, at = [], m.end()
        while True:
            part, at = _part(text, at, strings)
            parts.append(part)
            if not (joined := _CONCATENATION.match(text, at)):
                break
            at = joined.end()
        values.append((m[1].lower(), "".join(parts)))


def _part(text: str, at: int, strings: dict[str, str]) -> tuple[str, int]:
    """One part of a value: a braced or quoted text, a number or a string's name."""
    opener = text[at:at + 1]
    if opener == "{":
        end = _group_end(text, at, "}")
        return text[at + 1:end - 1], end
    if opener == '"':
        end, depth = at + 1, 0
        while end < len(text) and (text[end] != '"' or depth):
            if text[end] in "{}" and text[end - 1] != "\\":
                depth += 1 if text[end] == "{" else -1
            end += 1
        return text[at + 1:end], min(end + 1, len(text))
    word = _WORD.match(text, at)
    if not word:
        return "", at
    return strings.get(word[0].lower(), word[0]), word.end()


def _group_end(text: str, at: int, closer: str) -> int:
    """Where the group opened at `at` ends, past its closer (braces in it counted, escaped
    ones not); the text's end if it is never closed."""
    depth = 0
    for index in range(at, len(text)):
        sign = text[index]
        if sign in "{}" and index > at and text[index - 1] == "\\":
            continue
        if index == at or sign == "{":
            depth += 1
        elif sign == "}" or sign == closer and depth == 1:
            depth -= 1
            if depth == 0:
                return index + 1
    return len(text)


def _named(values: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """An entry's fields as named ones: bookkeeping left out, LaTeX read, a date made ISO."""
    found = {name: value for name, value in values}
    fields = []
    if "date" not in found and (year := found.get("year", "").strip()):
        month, day = found.get("month", "").strip(), found.get("day", "").strip()
        fields.append(("date", _composed(year, month, day)))
    for name, value in values:
        name = NAMES.get(name, name)
        if not name:
            continue
        if name == "date" and (m := _DATE.fullmatch(value.strip())):
            fields.append(("date", m[1]))
            if m[2]:
                fields.append(("end date", m[2]))
            continue
        if text := " ".join(set_text(value).split()):
            fields.append((name, text))
    return fields


def _composed(year: str, month: str, day: str) -> str:
    """BibTeX's `year`, `month` and `day` as one date: ISO when they are numbers (a month
    with no day: `2024-05`), else as written (`14 May 2024`)."""
    if month.isdigit() and year.isdigit() and (day.isdigit() or not day):
        return f"{year}-{int(month):02}" + (f"-{int(day):02}" if day else "")
    return " ".join(part for part in (day, month, year) if part)
