"""An RTF document (what TextEdit and WordPad save a pasted page as) as the lines it shows:
its control words, groups and header (fonts, colours, styles, the document's info) are no
text; `\\par`, `\\line` and a `\\` that ends a source line end a line, a table's `\\cell` is
a tab; `\\'e9` is a byte in the document's code page (`\\ansicpg1252`), `\\u8217` a
character (its fallback after it skipped) and `\\emdash`, `\\rquote` and their kin their
signs (`data/rtf_words.csv`). A field (a link) shows its result, not its instruction. A
line keeps the number of the source line its text starts on.
"""
from __future__ import annotations

import codecs
import re

from pipeline.curated import rows

# A token of RTF: a control word and its number (the space after it is its own), a byte in
# hex, a control symbol (`\\~`, `\\{`, a `\\` ending a source line), a group's brace, a
# source line's end, a run of text
_TOKEN = re.compile(r"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(\r\n|[^a-zA-Z'])|([{}])|(\r\n|\r|\n)|([^\\{}\r\n]+)")
_WORDS = {row["word"]: row["text"] for row in rows("extract/data/rtf_words.csv")}
# groups whose text is not shown: the header's tables, the document's info, pictures, objects
_HIDDEN = frozenset({"fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "listtable",
                     "listoverridetable", "rsidtbl", "filetbl", "revtbl", "header", "footer",
                     "headerl", "headerr", "footerl", "footerr", "xmlnstbl", "themedata", "datastore"})
_BREAKS = frozenset({"par", "line", "sect", "page", "row"})


def is_rtf(text: str) -> bool:
    return text.lstrip("\ufeff \t\r\n")[:5] == "{\\rtf"


def rtf_lines(text: str) -> tuple[list[str], list[int]]:
    """The lines an RTF document shows, and the number of the source line each starts on."""
    lines: list[str] = []
    numbers: list[int] = []
    line: list[str] = []
    number, start = 1, None
    hidden, skip = [False], 0  # (each group's: shown or not; the fallback characters to skip)
    uc = [1]
    pending = bytearray()
    code_page = "cp1252"

    def put(piece: str) -> None:
        nonlocal start
        if piece and start is None:
            start = number
        line.append(piece)

    def flush_bytes() -> None:
        if pending:
            put(pending.decode(code_page, errors="replace"))
            pending.clear()

    def end_line() -> None:
        nonlocal start
        flush_bytes()
        lines.append("".join(line))
        numbers.append(start if start is not None else number)
        line.clear()
        start = None

    for m in _TOKEN.finditer(text):
        word, argument, byte, symbol, brace, newline, run = m.groups()
        if newline:
            number += 1
            continue
        if symbol in ("\r\n", "\n", "\r"):
            if not hidden[-1]:
                end_line()
            number += 1
            continue
        if brace:
            flush_bytes()
            if brace == "{":
                hidden.append(hidden[-1])
                uc.append(uc[-1])
            elif len(hidden) > 1:
                hidden.pop()
                uc.pop()
            continue
        if hidden[-1]:
            continue
        if skip and (byte or symbol or run):  # (a `\u`'s fallback)
            if run:
                run = run[skip:]
                skip = 0
                if not run:
                    continue
            else:
                skip -= 1
                continue
        if byte:
            pending.append(int(byte, 16))
            continue
        flush_bytes()
        if run:
            put(run)
        elif symbol:
            if symbol == "*":
                hidden[-1] = True  # (a destination the reader need not know)
            else:
                put({"~": "\u00a0", "-": "", "_": "\u2011"}.get(symbol, symbol if symbol in "\\{}" else ""))
        elif word in _HIDDEN:
            hidden[-1] = True
        elif word == "ansicpg" and argument:
            code_page = _code_page(f"cp{argument}")
        elif word == "mac":
            code_page = "mac_roman"
        elif word == "uc" and argument:
            uc[-1] = int(argument)
        elif word == "u" and argument:
            put(chr(int(argument) % 65536))
            skip = uc[-1]
        elif word in _BREAKS:
            end_line()
        elif word in ("tab", "cell"):
            put("\t")
        elif word in _WORDS:
            put(_WORDS[word])
    if line or pending:
        end_line()
    return lines, numbers


def _code_page(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return "cp1252"
