"""A LaTeX source (a newsletter typeset from `\\documentclass` on) as the page it typesets, a
line for a line: its commands are no text, the text they set is (`\\textbf{Title}` is
`Title`); `\\section*{News}` is a heading, `\\item` a list's bullet and `\\end{itemize}` the
list's end; the preamble, comments and environments' lines are blank; `--` is a dash and
`~` a space.
"""
from __future__ import annotations

import re
import unicodedata

from pipeline.curated import rows

# A dump is LaTeX's source when it has one of these
_SOURCE = re.compile(r"\\(?:documentclass\b|begin\{(?:document|itemize|enumerate|description)\})")
_DOCUMENT = re.compile(r"\s*\\begin\{document\}")
_COMMENT = re.compile(r"(?<!\\)%.*")
_LIST_END = re.compile(r"\s*\\end\{(?:itemize|enumerate|description)\}\s*")
_ENVIRONMENT = re.compile(r"\s*\\(?:begin|end)\{[\w*]+\}(?:\[[^\]]*\]|\{[^}]*\})*\s*")
_SECTION = re.compile(r"\s*\\(?:part|chapter|(?:sub)*section|(?:sub)?paragraph)\*?(?:\[[^\]]*\])?\{(.*)\}\s*")
_ITEM = re.compile(r"(\s*)\\item\b(?:\[([^\]]*)\])?\s*")
# a command's mark in the text: an escaped sign (`\%`), a line break (`\\`), a link's target
# or an image (`\href{url}`, `\url{...}`, `\includegraphics{...}`), a command (`\textbf`,
# `\small`, its options), a group's brace, a tie (`~`), a dash (`--`, `---`), TeX's quotes
_MARK = re.compile(r"\\([%&$#_{}])|\\\\(?:\[[^\]]*\])?|\\(?:href|url|includegraphics)\*?(?:\[[^\]]*\])?\{[^}]*\}"
                   r"|\\([a-zA-Z]+)\*?(?:\[[^\]]*\])?|[{}]|~|---?|``|''")
_SIGNS = {"{": "", "}": "", "~": " ", "--": "–", "---": "—", "``": "“", "''": "”"}
_SET = rows("extract/data/latex_signs.csv")
# the commands that stand for text (the others set none), and the accents, by their marks
_WORDS = {row["command"]: row["text"] for row in _SET if not row["accent"]}
_ACCENTS = {row["command"]: unicodedata.lookup(row["accent"]) for row in _SET if row["accent"]}
# an accent on a letter: `\'e`, `\'{e}`, `\"\i`, `\c c`, `\v{s}` (a letter's accent needs
# the letter braced or a space before it); a line break (`\\`) is left as it is
_ACCENT = re.compile(r"""\\\\|\\(?:(['`^"~=.])\s*|([cuvHkrdb])(?=\s|\{)\s*)(?:\{\s*(\\[ij]|[A-Za-z])\s*\}|(\\[ij]|[A-Za-z]))""")


def is_latex(text: str) -> bool:
    return "\\" in text and bool(_SOURCE.search(text))


def typeset(raws: list[str]) -> list[str]:
    """The lines of a LaTeX source as the text they typeset (see the module's docstring)."""
    body = next((at + 1 for at, raw in enumerate(raws) if _DOCUMENT.match(raw)), 0)
    return [""] * body + [_line(raw) for raw in raws[body:]]


def _line(raw: str) -> str:
    raw = _COMMENT.sub("", raw)
    if _LIST_END.fullmatch(raw):
        return "* * *"  # (a rule: the list ends)
    if _ENVIRONMENT.fullmatch(raw):
        return ""
    if m := _SECTION.fullmatch(raw):
        return f"## {set_text(m[1])}"
    if m := _ITEM.match(raw):
        return f"{m[1]}- {set_text(m[2] + ' ' if m[2] else '')}{set_text(raw[m.end():])}"
    return set_text(raw)


def set_text(raw: str) -> str:
    """The text a line of LaTeX sets: its commands' marks read (`\\textbf{Title}` is
    `Title`, `\\%` is `%`, `{\\'e}` is `é`)."""
    if "\\" in raw:
        raw = unicodedata.normalize("NFC", _ACCENT.sub(_accented, raw))
    return _MARK.sub(_unmarked, raw).rstrip()


def _accented(m: re.Match) -> str:
    if not (m[1] or m[2]):
        return m.group()  # (a line break)
    letter = (m[3] or m[4]).lstrip("\\")
    return letter + _ACCENTS[m[1] or m[2]]


def _unmarked(m: re.Match) -> str:
    if m[1]:
        return m[1]
    if m[2]:
        return _WORDS.get(m[2], "")
    mark = m.group()
    return " " if mark[:2] == "\\\\" else _SIGNS.get(mark, "")
