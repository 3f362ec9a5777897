"""An Info file's own lines (GNU Info, as `makeinfo` writes it from Texinfo) are no text of
the page: its preamble before the first node (the file's origin, its `dir` entry), each
node's header (`File: news.info,  Node: Events,  Next: ...`, after the `^_` that opens the
node), a node's menu (`* Menu:` and its `* Events::  Meetings...` entries), and the tag
table and local variables at its end. The nodes' text stays, a line for a line.
"""
from __future__ import annotations

import re

_NODE_START = "\x1f"  # the separator before each node's header, alone on its line
_HEADER = re.compile(r"File: [^,]+,\s+Node: ")
_MENU_ENTRY = re.compile(r"\* [^:]+::|\* [^:]+:\s*\(")  # `* Events::  ...`, `* ILO news: (ilo-news).`
_END_PARTS = ("Tag Table:", "End Tag Table", "Local Variables:")  # from these lines on, furniture


def is_info(text: str) -> bool:
    return _NODE_START in text and bool(_HEADER.search(text))


def info_text(raws: list[str]) -> list[str]:
    """The lines of an Info file with its own lines blank (see the module's docstring)."""
    plain, in_menu, text_part = [], False, False
    for raw in raws:
        line = raw.strip(" \t")  # (`^_` is a space to str.strip())
        if line == _NODE_START or line.startswith(_END_PARTS):
            text_part = line == _NODE_START
            in_menu = False
            plain.append("")
            continue
        if not text_part or _HEADER.match(line):
            plain.append("")
            continue
        if line == "* Menu:":
            in_menu = True
        elif line and not _MENU_ENTRY.match(line) and in_menu and not raw[:1].isspace():
            in_menu = False
        plain.append("" if in_menu else raw)
    return plain
