"""A page's HTML source (saved with curl, or from a browser's "view source") as the text a
browser shows, a line for a line: the tags are no text, the text between them is, with its
entities read (`&copy;` is `©`). What a browser does not show is blank: the `<head>`
(its `<title>` too), scripts, styles, templates, comments. A heading's text is a Markdown
heading (`<h1>News</h1>`: `# News`), a list item's a bullet (`<li>`: `- `, and a
definition list's term, `<dt>`, whose `<dd>` is the text under it; list items on one line
are a bar of links, `Home | Topics`), a table's cells are parted by tabs, and a
block's edge (`</p><p>`) parts texts on one line. A line that holds only tags is blank.

A browser's exported bookmarks (`<!DOCTYPE NETSCAPE-Bookmark-file-1>`: a folder's `<H3>`
over a `<DL>` of `<DT><A ...>` bookmarks) and an Evernote export (`.enex`) are read so too.
An Evernote export's note's content, the clipped page's HTML
in a CDATA section, is the page; the note's own title, dates, tags and attachments are
not shown.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

# A dump is a page's HTML source when it opens with one of these (past a BOM, blank lines
# and comments) and closes some tag
_OPENING = re.compile(r"\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+(?:html|en-export|netscape-bookmark-file-1)|html|head|body"
                      r"|main|article|section|div|ul|ol|table|h[1-6]|p|en-export)\b", re.I | re.S)
# not shown: a page's head, scripts...; an Evernote note's own fields and its attachments
_HIDDEN = frozenset({"head", "script", "style", "template", "noscript", "svg",
                     "title", "created", "updated", "tag", "note-attributes", "resource"})
_BLOCKS = frozenset({"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
                     "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
                     "main", "nav", "ol", "p", "section", "table", "tr", "ul"})
_CELLS = frozenset({"td", "th"})
OPENING_CHARACTERS = 2048  # (what the first test reads of a dump)


def is_html(text: str) -> bool:
    return "</" in text and bool(_OPENING.match(text[:OPENING_CHARACTERS].lstrip("\ufeff")))


def rendered(raws: list[str]) -> list[str]:
    """The lines of an HTML source as the text they show (see the module's docstring)."""
    reader = _Reader(len(raws))
    text = "\n".join(raws)
    if "<![CDATA[" in text:  # (an Evernote note's page): its marks blank, its HTML read
        text = text.replace("<![CDATA[", " " * len("<![CDATA[")).replace("]]>", " " * len("]]>"))
    reader.feed(text)
    reader.close()
    return [line.strip().replace("\t ", "\t") for line in reader.lines]


class _Reader(HTMLParser):
    """Each source line's shown text, built as the parser meets data and tags."""

    def __init__(self, count: int):
        super().__init__(convert_charrefs=True)
        self.lines = [""] * count
        self.hidden = 0  # how deep inside elements not shown
        self.mark = ""  # a heading's or list item's mark, put before its first text

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self._part()
            if tag[0] == "h" and tag[1:].isdigit():
                self.mark = "#" * int(tag[1]) + " "
            elif tag in ("li", "dt"):
                at = self.getpos()[0] - 1
                if at < len(self.lines) and self.lines[at].strip():  # items on one line: a bar of links
                    self.lines[at] = self.lines[at].removeprefix("- ").rstrip() + " | "
                else:
                    self.mark = "- "

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCKS:
            self._part()

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _CELLS:
            self._part("\t")
        elif tag in _BLOCKS:
            self.mark = ""
            self._part()

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        first = self.getpos()[0] - 1
        for at, piece in enumerate(data.split("\n"), start=first):
            if piece.strip() and at < len(self.lines):
                self.lines[at] += self.mark + (piece if self.lines[at] else piece.lstrip())
                self.mark = ""

    def _part(self, sign: str = " ") -> None:
        """A block's edge: texts on one line before and after it are apart."""
        at = self.getpos()[0] - 1
        if at < len(self.lines) and self.lines[at] and not self.lines[at].endswith((" ", "\t")):
            self.lines[at] += sign
