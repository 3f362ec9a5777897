"""An OPML outline (WorkFlowy's, Dynalist's, OmniOutliner's, Logseq's export; a feed
reader's subscriptions), read as an outliner shows it:

    <outline text="Gender equality">
      <outline text="Pay transparency law adopted in Chile"
               _note="News | 2 May 2024, Santiago, Chile&#10;Employers must report ..." />

An outline that holds others is a heading, as deep as it stands (`## Gender equality`);
one that holds none is a paragraph: its text, then its note's lines (`_note`, a line end
written `&#10;`). Each line keeps the number of the line its outline opens on. The
document's `<head>` (its title, owner, dates) and an outline's other attributes (`type`,
`xmlUrl`, `created`) are no text.
"""
from __future__ import annotations

import re
from xml.parsers import expat

# an OPML document, past its `<?xml` declaration and comments
_OPML = re.compile(r"(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<opml\b", re.S)
_OPENING_CHARACTERS = 4096  # (what the first test reads of a dump)


def is_opml(text: str) -> bool:
    return bool(_OPML.match(text[:_OPENING_CHARACTERS].lstrip("\ufeff \t\r\n")))


def opml_lines(text: str) -> tuple[list[str], list[int]] | None:
    """An OPML document's lines as an outliner shows them, each with its line's number; None
    if it does not read as XML."""
    parser = expat.ParserCreate()
    shown: list[tuple[str, int]] = []
    opened: list[tuple[int, dict]] = []  # the open outlines: where each opened, its attributes
    holds: list[bool] = []  # whether each open outline holds another

    def start(tag: str, attributes: dict) -> None:
        if tag != "outline":
            return
        if opened and not holds[-1]:  # (its parent holds one: a heading, shown now)
            holds[-1] = True
            _show_heading(shown, *opened[-1], len(opened))
        opened.append((parser.CurrentLineNumber, attributes))
        holds.append(False)

    def end(tag: str) -> None:
        if tag != "outline":
            return
        number, attributes = opened.pop()
        if not holds.pop():
            if shown:
                shown.append(("", number))
            shown.extend((line, number) for line in _texts(attributes))

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(text, True)
    except expat.ExpatError:
        return None
    return [line for line, _ in shown], [number for _, number in shown]


def _show_heading(shown: list[tuple[str, int]], number: int, attributes: dict, depth: int) -> None:
    """An outline that holds others, shown as a heading of its depth, its note under it."""
    title, *note = _texts(attributes) or [""]
    if shown:
        shown.append(("", number))
    shown.append((f"{'#' * min(depth, 6)} {title}" if title else "", number))
    shown.extend((line, number) for line in note)


def _texts(attributes: dict) -> list[str]:
    """An outline's lines: its text (`text`, else `title`), then its note's lines."""
    title = (attributes.get("text") or attributes.get("title") or "").strip()
    note = [line.strip() for line in attributes.get("_note", "").splitlines()]
    return [line for line in (title, *note) if line]
