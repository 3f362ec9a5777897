"""A Jupyter notebook (`.ipynb`) as the page it shows: the text of its Markdown cells.

A notebook is JSON (`{"cells": [...], "nbformat": 4, ...}`) whose Markdown cells hold the
text a reader sees, one JSON string a line (`"source": ["# ILO news\\n", "\\n", "1. ..."]`),
as Jupyter writes them. Its code, the code's outputs and its metadata are no page text:
they read as blank. Each line of a Markdown cell keeps the number of the file's line that
holds it (a cell's source written as one string puts all its lines on that string's).
"""
from __future__ import annotations

import json

OPENING_CHARACTERS = 200  # a notebook's `"cells"` key is within these


def is_notebook(text: str) -> bool:
    opening = text[:OPENING_CHARACTERS].lstrip("\ufeff \t\r\n")
    return opening[:1] == "{" and '"cells"' in opening and '"nbformat"' in text


def notebook_lines(raws: list[str]) -> tuple[list[str], list[int]] | None:
    """The notebook's lines as shown, and each one's line number in the file; None when it
    does not read as a notebook."""
    try:
        cells = json.loads("\n".join(raws)).get("cells")
    except (ValueError, AttributeError, RecursionError):
        return None
    if not isinstance(cells, list):
        return None
    shown = [""] * len(raws)
    extra: list[tuple[int, str]] = []  # (index, line) of a cell written as one string
    at = 0
    for cell in cells:
        if not isinstance(cell, dict) or cell.get("cell_type") != "markdown":
            continue
        source = cell.get("source", [])
        for piece in [source] if isinstance(source, str) else source if isinstance(source, list) else []:
            found = _line_of(raws, at, piece)
            if found is None:
                continue
            at = found
            first, *more = piece.rstrip("\n").split("\n")
            shown[at] = first
            extra += [(at, line) for line in more]
            at += 1
    lines = [(number, text) for number, text in enumerate(shown, start=1)]
    lines += [(at + 1, text) for at, text in extra]
    lines.sort(key=lambda line: line[0])  # (stable: a string's lines after its first)
    return [text for _, text in lines], [number for number, _ in lines]


def _line_of(raws: list[str], start: int, piece: str) -> int | None:
    """The index of the first line from `start` that holds the JSON string `piece` alone, or
    as the `source` key's value."""
    for at in range(start, len(raws)):
        raw = raws[at].strip().removesuffix(",")
        if raw.startswith('"source"'):
            raw = raw.removeprefix('"source"').lstrip(" :")
        if raw[:1] == '"':
            try:
                if json.loads(raw) == piece:
                    return at
            except ValueError:
                continue
    return None
