"""A dump's lines, each classified once by its shape.

Nothing here knows a particular page: a line is blank, a list marker, a photo
credit, a date line, a date heading, a contact line or plain text, and that is
decided from the line alone.
"""
from __future__ import annotations

import csv
import itertools
import re
from dataclasses import dataclass

from pipeline.curated import rows
from pipeline.extract.chat import messages
from pipeline.extract.columns import column_regions, halves, side_by_side
from pipeline.extract.hyphens import joined
from pipeline.extract.info import info_text, is_info
from pipeline.extract.json_pages import is_json_page, json_page_lines
from pipeline.extract.latex import is_latex, typeset
from pipeline.extract.markup import is_html, rendered
from pipeline.extract.mime import is_message, message_lines
from pipeline.extract.opml import is_opml, opml_lines
from pipeline.extract.pages import page_starts, running_lines
from pipeline.extract.rtf import is_rtf, rtf_lines
from pipeline.dates import (LONGEST_HEADING, MONTHS, WEEKDAYS, DateLine, day_first, has_slashed_date, heading_year,
                            is_date_heading, is_kind, is_place, parse_date_line, parse_slashed_line, parse_time,
                            parse_yearless)
from pipeline.text import CREDIT_NAMED, CREDIT_WORDS, LINE_END, collapse_whitespace

# `[image: alt]` marks are rendering artefacts, not text of the page.
IMAGE_MARK = re.compile(r"\[image:[^\]]*\]", re.I)
# So is the markup a text-mode browser or an HTML-to-Markdown tool leaves around the text:
# Markdown images and links (`![alt](src)`, `[text](url "title")`: the text stays), lynx's
# link numbers (`[12]Title`, `#[1]RSS feed`), bold and italic marks, `## ` heading marks,
# and rules (`---`, `* * *`, `===` under a heading), which read as blank lines.
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
# a Markdown backslash escape: a sign of ASCII's punctuation, a backslash aside (DokuWiki's
# ` \\ ` line break); while a line is read, the sign is held as a private use character
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[\]^-`{-~])")
_HELD = 0xE000
_HELD_SIGNS = {_HELD + code: code for code in range(0x21, 0x7F)}
_MD_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
# ... and its reference links (`[text][3]`, `![alt][4]`, `[text][]`: the text stays, an image
# none; a lynx number's `[12][13]` is none), their definitions a line of markup (below)
_MD_REFERENCE_LINK = re.compile(r"(!?)\[(?!\d+\])([^\[\]]*)\]\[[^\[\]]*\]")
# reStructuredText's links (`` `text <url>`_ ``, anonymous with `__`) and an email client's
# (Outlook's `text<https://...>`: the address glued to the text): the text stays
_RST_LINK = re.compile(r"`([^`<]*?)\s*<[^<>\s]+>`__?")
_MAIL_LINK = re.compile(r"(?<=\S)<(?:https?://|mailto:)[^<>\s]*>")
# ... and a newsletter's plain-text part's (Mailchimp's `text (https://...)`): the text stays
_BRACKETED_LINK = re.compile(r"(?<=\S) \((?:https?://|mailto:)[^()\s]*\)")
_LINK_NUMBER = re.compile(r"(?<!\S)#?\[\d+\](?=[^\s:])")
# Jira and Confluence wiki markup's links (`[text|https://...]`: the text stays) and headings
# (`h2. Events`, as Markdown's `## Events`)
_WIKI_LINK = re.compile(r"\[([^\[\]|]+)\|(?:[a-z][a-z0-9+.-]*:|/)[^\[\]\s]*\]")
_WIKI_HEADING = re.compile(r"h[1-6]\. (.+)$")
# Org-mode's links: `[[url][text]]` (the text stays), `[[image.jpg]]` (an image: none), and
# `[[target]]` (the target shows); MediaWiki's: `[[Page|text]]` (the text), `[[File:a.jpg|thumb|
# caption]]` (the caption), `[[Category:News]]` (none)
_DOUBLE_BRACKET_LINK = re.compile(r"\[\[([^\[\]]+)\](?:\[([^\[\]]+)\])?\]")
_WIKI_NAMESPACE = re.compile(r"(?:(file|image|media)|(category)):", re.I)
_IMAGE_OPTION = re.compile(r"thumb(?:nail)?|frame(?:d|less)?|border|left|right|center|none|upright[=\d.]*"
                           r"|\d*x?\d+px|(?:alt|link|page|class|lang)=.*", re.I)
# MediaWiki's and AsciiDoc's bold and italics (`''…''`, `'''…'''`) and external links:
# `[https://... text]`, `https://...[text]` (the text stays); Textile's: `"text":https://...`
_QUOTES_EMPHASIS = re.compile(r"(?<!')('{2,3}|'{5})(?=[^\s'])(.+?)(?<=[^\s'])\1(?!')")
_EXTERNAL_LINK = re.compile(r"\[(?:https?|ftp)://[^\s\[\]]+\s+([^\[\]]+)\]")
_ADOC_LINK = re.compile(r"\b(?:https?://|link:|mailto:)[^\s\[\]]+\[([^\[\]]+)\]")
_TEXTILE_LINK = re.compile(r"\"([^\"]+)\":(?:https?://|/|mailto:)[^\s\"]*?(?=[.,;:!?)]*(?:\s|$))")
# a forum's BBCode: an image (`[img]src[/img]`: no text), a link (`[url=...]text[/url]`: the
# text stays), the tags around text (`[b]`, `[size=150]`, `[quote="name" ...]`, `[list=1]`:
# no text), and `[*]`, a list's marker
_BB_IMAGE = re.compile(r"\[img(?:=[^\]]*)?\][^\[]*\[/img\]", re.I)
_BB_LINK = re.compile(r"\[url=[^\]]*\]([^\[]*)\[/url\]|\[url\]([^\[]*)\[/url\]", re.I)
_BB_LIST_END = re.compile(r"\[/(?:list|quote)\]", re.I)
_BB_TAG = re.compile(r"\[/?(?:b|i|u|s|size|color|colour|font|quote|list|center|left|right|code|spoiler|email)"
                     r"(?:=[^\]]*|\s[^\]]*)?\]", re.I)
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|svg|webp)$", re.I)
# DokuWiki's image: `{{:news:photo.jpg?200|© ILO/M. Crozet}}` (its caption shows), `{{photo.jpg}}`
# (no text)
_DOKU_IMAGE = re.compile(r"\{\{ ?[^{}|\s]+\.(?:jpe?g|png|gif|svg|webp)(?:\?[^{}|\s]*)? ?(?:\|([^{}]*))?\}\}", re.I)
# lynx's bar of links: three links or more and nothing else (`[1]Home [2]Posts [3]About`)
_LINK_BAR = re.compile(r"\s*(?:#?\[\d+\][^\[\]]+){3,}")
_LINK_BAR_WORDS = 4  # a link of a bar has this many words at most
_EMPHASIS = re.compile(r"(?<![\w*])(\*\*|\*|__)(?=[\w\"'“‘(\[$€£])(.+?)(?<=[\w.!?\"'”’)\]%:])\1(?![\w*])"
                       r"|(?<!\w)(_)(?=\w)(.+?)(?<=\w)_(?!\w)")
_ATX_HEADING = re.compile(r"^#{1,6} (.*?)(?: #+)?$")
# MediaWiki's and AsciiDoc's headings: `== Events ==`, `==Events==`, `=== Title`
_EQUALS_HEADING = re.compile(r"(={1,6})(?: (.+?)(?: =+)?|([^=\s][^=]*)\1)$")
# The lines of a wiki's or AsciiDoc's markup that hold no text of the page: an AsciiDoc
# document's attribute (`:toc: left`), a block's attribute line (`[.meta]`, `[NOTE]`,
# `[source,python]`), a block image (`image::photo.jpg[alt]`)
_MARKUP_LINE = re.compile(r":!?[\w-]+!?:(?: .*)?|image::\S*\[[^\]]*\]"
                          r"|\[[^\[\]]+\]: ?(?:<[^<>\s]*>|(?:[a-z][a-z0-9+.-]*:|[/#.])\S*|\S*/\S*)"
                          r"(?: +(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?"
                          r"|\[(?:[.#%][\w-]+|NOTE|TIP|IMPORTANT|WARNING|CAUTION|source|listing|literal|quote"
                          r"|verse|example|sidebar|cols=)[^\[\]]*\]")
# A mark that opens a line of text but is none of it: a MediaWiki indent (`:`, `*:` under a
# bullet: the bullet's text goes on), Textile's block signature (`p. `, `p(note). `, `bq. `)
_TEXT_MARK = re.compile(r"[*#]*:+ |(?:p|bq)(?:\([^()]*\))?\. ")
_RULE_SIGNS = "-=_*~─━═—'"
# (and MySQL's line between the records its `\G` prints: `*** 1. row ***`)
_RULE = re.compile(rf"^(?:(?:[{_RULE_SIGNS}] ?){{3,}}|\*{{3,}} \d+\. row \*{{3,}})$")
# A numbered marker: `1.`, `2)`, `(3)`; lower-case roman numerals (`iv.`, `(ii)`) and letters
# (`b)`, `(c)`). A lone `i`, `v` or `x` is a roman numeral.
_NUMBERED = re.compile(
    r"^(?P<open>\()?(?P<n>\d{1,3}|(?=[ivx])x{0,2}(?:ix|iv|v?i{0,3})|[a-z])(?(open)\)|[.)])(?:\s+(?P<rest>.*))?$")
# A table's header row with its words set apart (`spaced`) is this long at most.
_HEADER_ROW = 80
_DIGITS = re.compile(r"(?P<n>\d{1,3})[.)](?:\s+(?P<rest>.*))?$")  # (the most of them, at once)
# An outline's numbered marker, a level down for each number (`1.1`, `2.3.`: a word
# processor's outline). Set off from its text by a tab or two spaces, or ending with a dot,
# since a line can open with a number such as `1.6 billion` or `10.30`.
_OUTLINE = re.compile(r"(?P<n>\d{1,2}(?:\.[1-9]\d?)+)(?P<dot>\.)?\s+(?P<rest>.*)$")
_ROMAN = {"i": 1, "v": 5, "x": 10}
BULLETS = "-–•*·▪◦‣●○■"  # (`●`, `○`, `■`: a Google Docs .txt's three levels)
_BULLET = re.compile(rf"^(?P<b>[{BULLETS}])(?:\s+(?P<rest>.*))?$")
# a task list's box after the bullet (`- [x] Title`, `- [ ] Title`: GitHub's, Obsidian's): no text
_TASK_BOX = re.compile(r"\[[ xX]\]\s+(?=\S)")
# an Obsidian or GitHub callout's mark, opening its first line in a quote: `> [!note] Title`,
# `> [!example]- Title` (folded), `> [!quote]`
_CALLOUT = re.compile(r"\s*\[![\w-]+\][-+]?(?:\s+|$)")
# A lettered marker is a letter and its closer (`b)`), or a roman numeral (`iv.`)
_LETTERED = re.compile(r"(?=.[.)]|[ivx]|\()" + _NUMBERED.pattern.removeprefix("^"))
_OPENERS = {**dict.fromkeys("0123456789", _DIGITS), **dict.fromkeys("(abcdefghijklmnopqrstuvwxyz", _LETTERED),
            **dict.fromkeys(BULLETS, _BULLET)}
# a page's copyright notice (`© 1996-2024 International Labour Organization`), not a photo's
# credit; with `(c)`, not a lettered list's third entry either
_NOTICE = re.compile(r"(?:©|\(c\))\s*(?:19|20)\d\d\b", re.I)
_CREDIT = re.compile(rf"^(?:©|\(c\)\s|{CREDIT_WORDS}\s*:)", re.I)
_CREDIT_NAMED = re.compile(CREDIT_NAMED, re.I)  # (tried where a sign is: a fast first test)
# the words of a count of what a search found (`230 results`, `42 resultaten`): `data/result_words.csv`
_RESULT_WORDS = "|".join(r"\s+".join(map(re.escape, row["word"].split()))
                         for row in sorted(rows("extract/data/result_words.csv"), key=lambda row: -len(row["word"])))
# a count of results: `Showing 1–5 of 230 results`, `Page 2 of 12`, `230 results`; a
# database client's count of rows (psql's `(5 rows)`, MySQL's `5 rows in set (0.00 sec)`)
_COUNTER = re.compile(
    r"(?:(?:showing|displaying|viewing|results|items|page)\s+\d[\d,]*(?:\s*[-–]\s*\d[\d,]*)?\s+of\s+\d"
    r"|\(\d[\d,]*\s+rows?\)$|(?:\d[\d,]*\s+rows?|empty)\s+in\s+set\b"
    r"|[共全]\s*\d[\d,]*\s*[条條项項篇件个個]"  # (Chinese `共 128 条`, Japanese `全128件`)
    r"|\d[\d,]*(?:\s*[-–]\s*\d[\d,]*)?\s+of\s+(?:about\s+)?\d[\d,]*\s+(?:results|items|entries|pages|records)\b"
    rf"|\d[\d,.]*\s+(?:{_RESULT_WORDS})(?:\s+[^\W\d]+)?$"
    # ... in the other languages: a word or two, a range, `of`, the total, a word or two
    # (`Risultati 1-6 di 312`, `عرض ١-٥ من ٢١٤ نتيجة`, `Résultats 1 - 10 sur 48`, `1–5 / 96
    # találat`, `Показано 1–5 з 67`, `แสดง 1–4 จาก 48 รายการ`, `1–5 kati ya 40`, `Hiển thị 1–5
    # trong số 86 kết quả`)
    r"|(?:[^\W\d]+:?\s+){0,2}\d[\d,.]*\s*[-–]\s*\d[\d,.]*\s+"
    r"(?:of|de|di|sur|von|из|z|з|із|من|dari|จาก|kati\s+ya|trong\s+số|/)"
    r"\s+\d[\d,.]*(?:\s+[^\W\d]+){0,2}$)",
    re.I)
# ... or with the total first, then the range (Turkish's `Toplam 214 sonuçtan 1–5 arası
# gösteriliyor`): a count where the range is a page of the total (`_a_page`)
_COUNT_TOTAL_FIRST = re.compile(r"(?:[^\W\d]+:?\s+){0,2}(?P<total>\d[\d,.]*)\s+(?:[^\W\d]+\s+){1,2}"
                                r"(?P<first>\d{1,4})\s*[-–]\s*(?P<last>\d{1,4})(?:\s+[^\W\d]+){0,2}$")
_CONTROLS = re.compile(r"(?:\[[^\]]*\]\s*)+")
_BREADCRUMB = re.compile(r"\s+[>›»]\s+")  # a step of a breadcrumb trail: `Home > News`
BREADCRUMB_WORDS = 5  # each of its steps this many words at most (`GDP growth > 3 per cent in 2024`: no trail)


def _is_breadcrumb(text: str) -> bool:
    """`Home > News > Press releases` (`›`, `»`): short steps, the signs between them."""
    if ">" not in text and "›" not in text and "»" not in text:
        return False
    steps = _BREADCRUMB.split(text)
    return len(steps) > 1 and all(0 < len(step.split()) <= BREADCRUMB_WORDS for step in steps)
# a contact line: `Tel: +41 22 799 7912`, `Email: ...`, `Media contact: Name, address`
_CONTACT = re.compile(r"^(?:(?:tel|phone|telephone|fax|e-?mail|mobile)\b\.?\s*[:.]?|(?:media |press )?contacts?\s*:)",
                      re.I)
# A link to the full story on a line of its own, under a teaser (`Read more »`, `[Continue
# reading…]`): its words are curated in data/more_links.csv.
_MORE_LINK = re.compile(
    r"[\[(]?(?:" + "|".join(re.escape(row["link"]) for row in rows("extract/data/more_links.csv"))
    + r")(?:\s*(?:\.+|…|[»›>→]+))?[\])]?", re.I)
_MORE_LINK_LONGEST = 40  # characters: the longest link and its marks
# Words a hard-wrapped line can end on but a heading or title does not.
_CONNECTORS = frozenset(
    "a an and as at by for from in into of on or the to with".split())


# Each line is its own: compared by identity (a value comparison of every field is slow
# and cannot tell two lines apart any better, since their numbers differ). Not frozen:
# a frozen dataclass sets each field through object.__setattr__, which made building the
# lines a third slower; nothing changes a line once classified.
@dataclass(eq=False, slots=True)
class Line:
    number: int                 # 1-based line number in the dump
    text: str                   # whitespace collapsed, image marks removed
    indent: int                 # width of the leading whitespace (tabs expanded)
    marker: str | None = None   # `1.`, `-`, `•`... when the line opens a list entry
    ordinal: int | None = None  # the number of a numbered marker
    depth: int = 1              # how deep in an outline the marker stands: `2.` 1, `2.1` 2
    date: DateLine | None = None
    wrapped: bool = False       # cut by the dump's hard wrap: its text goes on in the next line
    heading: bool = False       # marked as a heading by the markup (`## Latest news`); on a
                                # line with no text: a rule (`---`, `* * *`)
    spaced: bool = False        # set apart by runs of spaces: a marker from its text, by two or
                                # more (`-   Jobs`); on a line with no marker, its words, by three
                                # or more (a table's row: `Date      Title`)
    cells: tuple[str, ...] | None = None  # its texts between tabs, where tabs part them (a
                                          # table pasted from a browser)
    columns: tuple[str, ...] | None = None  # on the first row of a table with no header row:
                                            # what each of its cells holds (`date`, `title`...)

    @property
    def is_blank(self) -> bool:
        return not self.text and self.marker is None

    @property
    def lettered(self) -> bool:
        """A marker of letters (`b)`, `(iv)`), not of digits or a bullet."""
        return self.ordinal is not None and not self.marker.lstrip("(")[0].isdigit()

    @property
    def is_rule(self) -> bool:
        return self.heading and not self.text

    @property
    def is_credit(self) -> bool:
        return is_credit(self.text)

    @property
    def is_notice(self) -> bool:
        """The page's copyright notice: `©` and a year (`© 1996-2024 ILO`)."""
        return bool(_NOTICE.match(self.text))

    @property
    def is_contact(self) -> bool:
        return bool(_CONTACT.match(self.text))

    @property
    def is_contact_field(self) -> bool:
        """A contact line with its colon (`Tel: +41...`, `Media contact: ...`): a field."""
        found = _CONTACT.match(self.text)
        return bool(found) and found.group().rstrip().endswith(":")

    @property
    def is_bar(self) -> bool:
        """A bar of links (`Filter: All | Webinars`, `Share: Facebook | X`), or a breadcrumb
        trail (`Home > News > Press releases`, `›`, `»`)."""
        return (" | " in self.text or _is_breadcrumb(self.text)) and not self.date

    @property
    def is_furniture(self) -> bool:
        """The page's controls, not its text: a bar of links, a table's header row, a count of
        results (`Showing 1–5 of 230 results`, `Page 2 of 12`), a text browser's form fields
        (`[social protection____] [Search]`), a link to a full story (`Read more`)."""
        return (self.is_bar or self.spaced and not self.marker or self.is_count
                or self.text[:1] == "[" and bool(_CONTROLS.fullmatch(self.text)) or self.is_more_link)

    @property
    def is_count(self) -> bool:
        """A count of results (`Showing 1–5 of 230 results`, psql's `(5 rows)`)."""
        return bool(_COUNTER.match(self.text) or (m := _COUNT_TOTAL_FIRST.match(self.text)) and _a_page(m))

    @property
    def is_more_link(self) -> bool:
        """A link to the full story on a line of its own (`Read more »`)."""
        return len(self.text) <= _MORE_LINK_LONGEST and bool(_MORE_LINK.fullmatch(self.text))

    @property
    def is_date_heading(self) -> bool:
        """`October 2020`, `mayo de 2024`, `2012`: no date line, which has a day too."""
        return self.marker is None and self.date is None and len(self.text) <= LONGEST_HEADING and is_date_heading(self.text)


def is_credit(text: str) -> bool:
    """A photo's credit: `© ILO/Marcel Crozet`, `Photo: ILO/...`, `Crédito: ...`."""
    return bool(_CREDIT.match(text)) or ("©" in text or "(" in text) and bool(_CREDIT_NAMED.match(text))


def classify(raw: str, number: int) -> Line:
    """One physical line of a dump, classified. A sign Markdown's backslash escapes (`\\[`,
    `\\*`, `1\\.`: turndown writes them) is text, no markup: held aside while the line is
    read, then shown without its backslash."""
    if "\\" in raw and (escaped := _MD_ESCAPE.sub(_held_sign, raw)) != raw:
        return _escapes_read(classify(escaped, number))  # (the common path calls nothing more)
    indent = 0
    if raw[:1].isspace():
        expanded = raw.expandtabs(4)
        indent = len(expanded) - len(expanded.lstrip())
    text = collapse_whitespace(raw)
    if text and text[0] in _RULE_SIGNS and _RULE.match(text):
        return Line(number, "", indent, heading=True)  # a rule
    if ("[" in text or "*" in text or "_" in text or "<" in text or "''" in text or '":' in text or "(http" in text
            or "{{" in text):
        text = collapse_whitespace(_unmarked(text))
        if not text and (_BB_LIST_END.search(raw) or "[!" in raw):
            # the end of a list or a quote, a callout with no title: a rule
            return Line(number, "", indent, heading=True)
    if not text:
        return Line(number, text, indent)
    if text[0] in _MARKUP_OPENERS:  # (most lines open with none of them)
        marked = _markup_read(text, number, indent)
        if type(marked) is Line:
            return marked
        text = marked
    if text[-1] == "+" and text[-2:] == " +":
        text = text[:-2]  # AsciiDoc's hard line break
    # a numbered marker opens with a digit, a letter or `(`, a bullet with its sign: the
    # first character picks the one pattern to try (most lines: none)
    if (opener := _OPENERS.get(text[0])) and (m := opener.match(text)) and not _NOTICE.match(text):
        if opener is _BULLET:
            rest = _unboxed(m["rest"] or "")
            return Line(number, rest, indent, marker=m["b"], date=parse_date_line(rest),
                        spaced=_spaced(raw, m["b"], rest))
        rest, marker = _unboxed(m["rest"] or ""), text[: m.end("n") + 1]
        return Line(number, rest, indent, marker=marker, ordinal=_ordinal(m["n"]),
                    date=parse_date_line(rest), spaced=_spaced(raw, marker, rest))
    if opener is _DIGITS and "." in text[1:3] and (m := _OUTLINE.match(text)) and _set_off(raw, m):
        rest, marker = m["rest"], text[: m.start("rest")].rstrip()
        return Line(number, rest, indent, marker=marker, ordinal=int(m["n"].rsplit(".", 1)[1]),
                    depth=m["n"].count(".") + 1, date=parse_date_line(rest))
    return Line(number, text, indent, date=parse_date_line(text), spaced=len(text) <= _HEADER_ROW and "   " in raw.strip())


def _held_sign(m: re.Match) -> str:
    return chr(_HELD + ord(m[1]))


def _escapes_read(line: Line) -> Line:
    """A line read with its escaped signs held aside (`classify`), shown as text."""
    text = line.text.translate(_HELD_SIGNS)
    if text != line.text:
        line.text, line.date = text, parse_date_line(text)
    return line


def _unboxed(rest: str) -> str:
    """A list entry's text without a task list's box (`[x] Title`)."""
    if rest[:1] == "[" and (box := _TASK_BOX.match(rest)):
        return rest[box.end():]
    return rest


# The first characters of the lines `_markup_read` reads
_MARKUP_OPENERS = frozenset("#h=:[i*pb.")


def _markup_read(text: str, number: int, indent: int) -> Line | str:
    """A line that markup opens: a heading (`## News`, `h2. News`, `== News ==`), or a line
    of markup with no text (`_MARKUP_LINE`), as its Line; any other line's text without the
    mark that opens it (`_TEXT_MARK`, AsciiDoc's block title: `.Regional events`)."""
    first = text[0]
    if first == "#":
        if m := _ATX_HEADING.match(text):
            return Line(number, m[1], indent, date=parse_date_line(m[1]), heading=bool(m[1]))
    elif first == "h" and text[2:4] == ". " and (m := _WIKI_HEADING.match(text)):
        return Line(number, m[1], indent, date=parse_date_line(m[1]), heading=True)
    elif first == "=" and text[:4] == "==> " and text.endswith(" <=="):
        return Line(number, "", indent)  # (`head`'s and `tail`'s `==> news/heat.md <==`: no text)
    elif first == "=" and (m := _EQUALS_HEADING.match(text)):
        heading = m[2] or m[3]
        return Line(number, heading, indent, date=parse_date_line(heading), heading=True)
    if first in ":[i" and _MARKUP_LINE.fullmatch(text):
        return Line(number, "", indent)
    if first in "*#:pb" and (m := _TEXT_MARK.match(text)):
        return text[m.end():]
    if first == "*" and text[:3] == "** " and "**" not in text[3:]:
        return text[3:]  # a newsletter's plain-text part marks its headings and links so (Mailchimp)
    if first == "." and (text[1:2].isupper() or text[1:2] == "©"):
        return text[1:]
    return text


def _ordinal(n: str) -> int:
    """The number a marker stands for: `12` → 12, `iv` → 4, `c` → 3."""
    if n.isdigit():
        return int(n)
    if n[0] in _ROMAN:
        values = [_ROMAN[c] for c in n]
        return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0]))
    return ord(n) - ord("a") + 1


def _set_off(raw: str, m: re.Match) -> bool:
    """Whether an outline's marker (`1.1`) ends with a dot or stands a tab or two spaces
    before its text."""
    raw = raw.lstrip()
    after = raw[len(m["n"]):len(m["n"]) + 2]
    return raw.startswith(m["n"]) and (bool(m["dot"]) or after[:1] == "\t" or after == "  ")


def _spaced(raw: str, marker: str, rest: str) -> bool:
    """Whether a marker stands two spaces or more before its text (`-   Jobs`, `*   News`):
    Markdown's way to set the entry's text at a column of its own."""
    after = len(raw) - len(raw.lstrip()) + len(marker)
    return bool(rest) and raw[after:after + 2] == "  "


def unmarked_text(raw: str) -> str:
    """Some text without its rendering markup (`_unmarked`), whitespace collapsed: a table
    cell's, as a line's."""
    return collapse_whitespace(_unmarked(raw)) if raw.strip() else ""


def _unmarked(raw: str) -> str:
    """A line's text without the rendering markup around it (`IMAGE_MARK`, `_MD_LINK`...)."""
    if '":' in raw:
        raw = _TEXTILE_LINK.sub(r"\1", raw)
    if "{{" in raw:
        raw = _DOKU_IMAGE.sub(lambda m: m[1] or " ", raw)
    if "[" in raw:
        if raw.lstrip()[:2] == "[!":
            raw = _CALLOUT.sub("", raw, count=1)
        raw = IMAGE_MARK.sub(" ", raw)
        if "[/" in raw or "[*]" in raw or "=" in raw:
            raw = _bbcode_read(raw)
        if "](" in raw:
            raw = _MD_LINK.sub(r"\1", _MD_IMAGE.sub(" ", raw))
        if "|" in raw:
            raw = _WIKI_LINK.sub(r"\1", raw)
        if "[[" in raw:
            raw = _DOUBLE_BRACKET_LINK.sub(_double_bracket_link_text, raw)
        if "][" in raw:
            raw = _MD_REFERENCE_LINK.sub(lambda m: " " if m[1] else m[2], raw)
        if "://" in raw or "link:" in raw:
            raw = _ADOC_LINK.sub(r"\1", _EXTERNAL_LINK.sub(r"\1", raw))
        if "]" in raw:
            raw = _link_bar(raw) or _LINK_NUMBER.sub("", raw)
    if "<" in raw:
        raw = _RST_LINK.sub(r"\1", raw) if "`" in raw else raw
        raw = _MAIL_LINK.sub("", raw)
    if "''" in raw:
        raw = _QUOTES_EMPHASIS.sub(r"\2", raw)
    if "(http" in raw or "(mailto:" in raw:
        raw = _BRACKETED_LINK.sub("", raw)
    if "*" in raw or "_" in raw:
        raw = _EMPHASIS.sub(lambda m: m[2] or m[4], raw)
    return raw


def _bbcode_read(raw: str) -> str:
    """A line's text without its BBCode (`_BB_TAG`...); a list's `[*]` is a bullet."""
    if "[/" in raw:
        raw = _BB_LINK.sub(lambda m: m[1] or m[2], _BB_IMAGE.sub(" ", raw))
    raw = _BB_TAG.sub("", raw)
    stripped = raw.lstrip()
    return "• " + stripped[3:] if stripped[:3] == "[*]" else raw


def _double_bracket_link_text(m: re.Match) -> str:
    """An Org-mode or MediaWiki link's text (`_DOUBLE_BRACKET_LINK`)."""
    if m[2]:
        return m[2]
    target, *shown = m[1].split("|")
    namespace = _WIKI_NAMESPACE.match(target)
    if namespace and namespace[2]:
        return ""  # a category the page is filed in
    if namespace:  # a file: its caption, the last part that is no option
        return next((part for part in reversed(shown) if not _IMAGE_OPTION.fullmatch(part.strip())), "")
    return shown[-1] if shown else "" if _IMAGE_FILE.search(target) else target


def _link_bar(raw: str) -> str | None:
    """A lynx line of links and nothing else (`[1]Home [2]Posts [3]Categories`) as the bar
    of links it is (`Home | Posts | Categories`: `Line.is_bar`); None for any other line."""
    if not _LINK_BAR.fullmatch(raw):
        return None
    links = [link.strip() for link in _LINK_NUMBER.split(raw)[1:]]
    return " | ".join(links) if all(0 < len(link.split()) <= _LINK_BAR_WORDS for link in links) else None


# A `---` underlines the line above it when it is this long, as a share of that line.
SETEXT_SHARE = 0.8
# A mail client's quote marks (`> `, `>> `, `> > `: a forwarded or replied-to newsletter) and
# Markdown's blockquote marks are no text of the page: the lines are read without them.
_QUOTE_MARKS = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+")
_QUOTED = re.compile(r"[\r\n][ \t]{0,3}>")
# the mail client's line over what it quotes: `On 16/05/2024 09:12, ILO Newsroom wrote:`
_QUOTE_INTRO = re.compile(r".{0,200}\b(?:wrote|a écrit|escribió|schrieb|escreveu)\s*:$", re.I)


# A screen reader's speech log (NVDA's Speech Viewer): it speaks each element's role before its
# text, two spaces apart (`heading  level 3  link  Title`, `list  with 5 items`, `out of list`,
# `main landmark`). The roles are the reader's speech, not the page's text.
_SPOKEN_HEADING = re.compile(r"heading {2}level ([1-6]) {2}(?:(?:visited )?link {2}|clickable {2})*(.*)")
_SPOKEN_TEXT = re.compile(r"(?:(?:visited )?link|clickable) {2}(.*)")
_SPOKEN_NOISE = re.compile(r"(?:graphic|button|edit|combo box|check box|radio button)(?: {2}.*)?|list {2}with \d+ items?"
                           r"|out of (?:list|table|[\w ]*landmark)|[\w ]*landmark(?: {2}.*)?|.* {2}document")
_SPOKEN_FURNITURE = re.compile(r"(?:navigation|content ?info) landmark\b.*")  # the page's menus, its footer
SPOKEN_ROLES = 3  # a dump is such a log when this many lines or more open with a role


def _unspoken(raws: list[str]) -> list[str] | None:
    """A screen reader's speech log as the page it read, in Markdown (`### Title`; a link in a
    list, `- Topics`), its roles' lines blank, and so the lines of the regions it names as
    the page's navigation and its footer; None if the dump is no such log."""
    if sum(1 for raw in raws if _SPOKEN_HEADING.match(raw) or raw.startswith("out of ")) < SPOKEN_ROLES:
        return None
    plain, listed, furniture = [], False, False
    for raw in raws:
        if _SPOKEN_FURNITURE.match(raw) or furniture:
            furniture = not (raw.startswith("out of ") and "landmark" in raw)
            plain.append("")
        elif m := _SPOKEN_HEADING.match(raw):
            plain.append(f"{'#' * int(m[1])} {m[2]}")
        elif m := _SPOKEN_TEXT.match(raw):
            plain.append(f"- {m[1]}" if listed else m[1])
        elif _SPOKEN_NOISE.fullmatch(raw):
            listed = raw.startswith("list ") or listed and not raw.startswith("out of list")
            plain.append("")
        else:
            plain.append(raw)
    return plain


# A Gemini page's link line: `=> gemini://host/path.gmi Text`, the text optional
_GEMTEXT_LINK = re.compile(r"=>[ \t]*(?P<url>\S+)(?:[ \t]+(?P<text>.*))?")


def _gemtext_links(raws: list[str]) -> list[str] | None:
    """A Gemini page's link lines as the text they show (the link's text, else its address):
    a run of them is a list, which the blank line under it ends (a rule: the paragraph
    below is none of its entries'); one alone is a line of text (`Event page` under a
    teaser). None if the dump has no run of them."""
    linked = [bool(_GEMTEXT_LINK.fullmatch(raw)) for raw in raws]
    if not any(a and b for a, b in zip(linked, linked[1:])):
        return None
    plain = list(raws)
    for at, raw in enumerate(raws):
        if linked[at]:
            m = _GEMTEXT_LINK.fullmatch(raw)
            in_run = at > 0 and linked[at - 1] or at + 1 < len(raws) and linked[at + 1]
            plain[at] = ("- " if in_run else "") + (m["text"] or m["url"]).strip()
            if in_run and at + 1 < len(raws) and not raws[at + 1].strip():
                plain[at + 1] = "* * *"
    return plain


# A Gopher menu's line (RFC 1436): its item's type (one character: `0` a text, `1` a menu,
# `7` a search, `i` a line of text...), the text it shows, then its selector, host (a
# domain's name, or none: `null.host`, `(NULL)`) and port, parted by tabs (a Gopher+
# server's `+` after them); its last line, `.`, ends the menu
_GOPHER_LINE = re.compile(r"[0-9+TgIihsdpM:;<wr](?P<text>[^\t]*)\t[^\t]*\t(?:(?:[\w-]+\.)+[\w-]+|localhost|\(NULL\)|)"
                          r"\t\d{1,5}(?:\t\+)?\s*")


def _gopher_menu(raws: list[str]) -> list[str] | None:
    """A Gopher menu (a dump of every line `_GOPHER_LINE`, three or more, but the blank ones
    and the closing `.`) as the text it shows, a line for a line; None if the dump is none."""
    shown = []
    for raw in raws:
        if m := _GOPHER_LINE.fullmatch(raw):
            shown.append(m["text"])
        elif raw.strip() in ("", "."):
            shown.append("")
        else:
            return None
    return shown if sum(map(bool, shown)) >= 3 else None


def _unquoted(raws: list[str]) -> list[str]:
    """The lines without their quote marks; the mail client's line over a quote is blank."""
    plain = [_QUOTE_MARKS.sub("", raw, count=1) for raw in raws]
    for at in range(len(raws) - 1):
        if plain[at + 1] != raws[at + 1] and plain[at] == raws[at] and _QUOTE_INTRO.match(raws[at].strip()):
            plain[at] = ""
    return plain


# A gutter of line numbers down the left edge (an editor's, vim's `:set number` or `less
# -N`, `cat -n`'s) is no text of the page: the numbers count the lines one by one, every
# line, blank ones too, right-aligned in one width of three places or more, then a space
# or a tab. A line the screen wrapped, under one of the page's longest, has blanks in the
# gutter. Under the text, an editor's filler (`~`) and its status line (`"news.txt" 35L,
# 884B`, a ruler `1,1   All`, `(END)`) are blank too.
_GUTTER = re.compile(r" *(\d{1,7})(?:[ \t]|$)")
_EDITOR_STATUS = re.compile(r'"[^"]*".*\d+L, \d+[BC]\b.*|.*\s\d+,\d+(?:-\d+)?\s+(?:All|Top|Bot|\d+%)|\(END\)|:')
GUTTER_LINES = 5  # the fewest numbered lines that make a gutter
GUTTER_WIDTH = 3  # vim's narrowest (`numberwidth` 4, the space included)
WRAPPED_SHARE = 0.8  # a line the screen wrapped is at least this share of the longest


def _ungutter(raws: list[str]) -> list[str] | None:
    """The lines without their gutter of line numbers; None when they have none."""
    plain, width, expected, numbered, end, wrapped = [], 0, 0, 0, 0, []
    for at, raw in enumerate(raws):
        if m := _GUTTER.match(raw):
            if m.end(1) < GUTTER_WIDTH or numbered and (m.end(1) != width or int(m[1]) != expected):
                return None
            width, expected, numbered, end = m.end(1), int(m[1]) + 1, numbered + 1, at + 1
            plain.append(raw[m.end():])
        elif numbered and raw[:width + 1].isspace() and raw.strip():
            plain.append(raw[width + 1:])
            wrapped.append(at - 1)
        else:
            break
    if numbered < GUTTER_LINES:
        return None
    longest = max(map(len, raws[:end]))
    if any(len(raws[at]) < WRAPPED_SHARE * longest for at in wrapped):
        return None
    tail = [("" if raw.strip() == "~" or _EDITOR_STATUS.fullmatch(raw.strip()) else raw) for raw in raws[end:]]
    return plain[:end] + tail


def _a_page(m: re.Match) -> bool:
    """Whether a count's range is a page of its total: it ends within the total, and starts
    on a page's first (`1–5`, `6–10`: not a date's days, `3–5`)."""
    first, last, total = int(m["first"]), int(m["last"]), int(re.sub(r"\D", "", m["total"]))
    return 1 <= first <= last <= total and (first - 1) % (last - first + 1) == 0


# Only CR, LF and CRLF end a line.
_NOT_LINE_ENDS = "\f\v\x1c\x1d\x1e\x85\u2028\u2029"


# The marks that set the direction of the text around them (right-to-left pages write them
# about dates and numbers: `&rlm;14 May 2024`): invisible, so no text
_DIRECTION_MARKS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
# A terminal's escape sequences, in a session saved by `script` or a coloured command's output
# (`ESC[33m14 May 2024ESC[0m`): a control sequence (colours, the cursor), an operating system
# command (a window's title, a link: `ESC]8;;url BEL`), or a two-character escape (a
# character set, `ESC(B`); the terminal shows none of them
_TERMINAL_CODES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b\n]*(?:\x07|\x1b\\)?|[()*+][0-9A-Za-z]|[0-9=>@-Z\\^_])")
# Overstrikes, as `nroff` and `man` write bold (`N\bNE\bEW\bWS\bS`) and underlined text (`_\bK`): a
# printer's backspace; a character struck over is the last one shown, as `col -b` keeps it
_OVERSTRUCK = re.compile(r"[^\n]\x08")


def split_lines(text: str) -> list[Line]:
    """Every line of a dump's text, classified (CR, CRLF and LF all end a line)."""
    if _DIRECTION_MARKS.search(text):
        text = _DIRECTION_MARKS.sub("", text)
    if "\x1b" in text:
        text = _TERMINAL_CODES.sub("", text)
    if "\x08" in text:
        text = _OVERSTRUCK.sub("", text)
    raws, starts = text.splitlines(), None
    if any(sign in text for sign in _NOT_LINE_ENDS):
        # a form feed (a PDF's page break) or another sign str.splitlines() also splits at
        # does not end a line in an editor: lines are numbered as the reader sees them
        raws = LINE_END.split(text.removesuffix("\n").removesuffix("\r"))
        starts = page_starts(raws) if "\f" in text else None
        raws = [raw.replace("\f", "").replace("\v", "") for raw in raws]
    numbers = None
    if text[:1].isalpha() and is_message(raws):
        raws, numbers = message_lines(raws)
        text = "\n".join(raws)
    elif text[:1] in "{[\ufeff \t\r\n" and is_json_page(text) and (shown := json_page_lines(raws)):
        raws, numbers = shown
        text = "\n".join(raws)
    elif text[:1] in "{\ufeff \t\r\n" and is_rtf(text):
        raws, numbers = rtf_lines(text)
        text = "\n".join(raws)
    elif text[:1] in "<\ufeff \t\r\n" and is_opml(text) and (outline := opml_lines(text)):
        raws, numbers = outline
        text = "\n".join(raws)
    if ">" in text and (text[:1] == ">" or _QUOTED.search(text)):
        raws = _unquoted(raws)
    if _GUTTER.match(text.lstrip("\r\n")) and (plain := _ungutter(raws)):
        raws = plain
    if "  level " in text and (spoken := _unspoken(raws)):
        raws = spoken
    if "=> " in text and (links := _gemtext_links(raws)):
        raws = links
    if "\t" in text and (menu := _gopher_menu(raws)):
        raws = menu
    if "\x1f" in text and is_info(text):
        raws = info_text(raws)
    if is_latex(text):
        raws = typeset(raws)
        text = "\n".join(raws)  # (the fast tests below read the text typeset)
    elif text[:1] in "<\ufeff \t\r\n" and is_html(text):
        raws = rendered(raws)
        text = "\n".join(raws)
    lines = [classify(raw, i) for i, raw in zip(numbers or itertools.count(1), raws)]
    if " \\\\" in text and not starts:
        lines, raws = _broken_apart(lines, raws)
    if text[:3] == "---" and (end := _front_matter_end(raws)):
        lines[:end] = [Line(line.number, "", 0) for line in lines[:end]]
    if "#+" in text and _ORG_FILE.search(text):
        _read_org(lines, raws)
    if starts:
        lines, raws = _without_running_lines(lines, raws, starts)
    if raws and ":" in text and (opened := messages(raws)):
        lines, raws = _as_messages(lines, raws, opened)
    if "   " in text:
        if _DATE_SET_APART.search(text):  # (a table's columns are no two columns of text)
            _read_headerless_columns(lines, raws)
        if side_by_side(text):
            lines, raws = _columns_apart(lines, raws, starts or [0])
    if has_slashed_date(text):
        _read_slashed_dates(lines)
    if "===" in text or "---" in text or "***" in text or "~~~" in text:
        _mark_setext(lines, raws)
    _unmark_false_markers(lines)
    _read_calendar_dates(lines)
    if ".. image::" in text or ".. figure::" in text:
        _drop_image_directives(lines, raws)
    if ">" in text and any(sign in text for sign in _PROMPT_SIGNS):
        _drop_prompts(lines, raws)
    if "{|" in text:
        _read_wiki_tables(lines, raws)
    if "\t" in text:
        _read_tab_cells(lines, raws)
    _read_csv_cells(lines, raws)
    if "|" in text:
        _read_bar_cells(lines, raws)
    _read_column_cells(lines, raws)
    return _mark_wraps(lines, raws)


# A wiki's forced line break within a line (DokuWiki's `\\ `, and `\\` at a line's end)
_FORCED_BREAK = re.compile(r" \\\\(?= |$)")


def _broken_apart(lines: list[Line], raws: list[str]) -> tuple[list[Line], list[str]]:
    """A line that forced breaks part (`_FORCED_BREAK`: `* **Title** \\ 14 May 2024 \\ Teaser`)
    read as the lines the wiki renders: each part a line of its own, under the first part's
    text (so a list entry's lines stay the entry's), all with the line's number. A table's
    row (`| ... |`, DokuWiki's `^ ... ^`) is left whole: its break is within a cell."""
    kept_lines, kept_raws = [], []
    for line, raw in zip(lines, raws):
        first, *parts = _FORCED_BREAK.split(raw) if "\\\\" in raw else (raw,)
        if not parts or raw.lstrip()[:1] in "|^":
            kept_lines.append(line)
            kept_raws.append(raw)
            continue
        line = classify(first, line.number)
        column = line.indent + (len(line.marker) + 1 if line.marker else 0)
        kept_lines.append(line)
        kept_raws.append(first)
        for part in parts:
            if part.strip():
                kept_raws.append(" " * column + part.strip())
                kept_lines.append(classify(kept_raws[-1], line.number))
    return kept_lines, kept_raws


# A Markdown file's YAML front matter (a web clipper's `title:`, `source:`, `tags:`), from a
# `---` on the dump's first line to the next `---`: the file's metadata, not the page's text.
_YAML_KEY = re.compile(r"[A-Za-z_][\w-]*:(?:\s|$)")
FRONT_MATTER_LINES = 60  # it ends within this many lines


def _front_matter_end(raws: list[str]) -> int | None:
    """How many lines the dump's front matter takes, its `---` lines too; None if it has none:
    every line between them is a `key: value`, a list item or a value carried on under it."""
    if raws[0].strip() != "---" or len(raws) < 3 or not _YAML_KEY.match(raws[1]):
        return None
    for at in range(2, min(len(raws), FRONT_MATTER_LINES)):
        raw = raws[at]
        if raw.strip() in ("---", "..."):
            return at + 1
        if raw.strip() and not (raw[0].isspace() or raw.startswith("- ") or _YAML_KEY.match(raw)):
            return None
    return None


# An Org-mode file (Emacs): a `#+title:` or `#+begin_...` line. Its headings are stars at the
# margin (`*** Title`, read as Markdown's `### Title`); its settings (`#+title: ...`,
# `#+begin_quote`), property drawers (`:PROPERTIES:` ... `:END:`) and the slashes around
# italics (`/World Employment and Social Outlook/`) are no text of the page.
_ORG_FILE = re.compile(r"^#\+(?:title:|author:|options:|startup:|begin_)", re.I | re.M)
_ORG_HEADING = re.compile(r"(\*+) (?=\S)")
_ORG_SETTING = re.compile(r"#\+\w+(?::.*)?$|:[A-Za-z_-]+:(?:\s.*)?$")
_ORG_ITALIC = re.compile(r"(?<![\w/:])/(?=[\w\"'“‘(\[])([^/\n]+?)(?<=[\w.!?\"'”’)\]%])/(?![\w/])")


def _read_org(lines: list[Line], raws: list[str]) -> None:
    """An Org-mode file's lines read as the page they render: headings marked, settings and
    drawers blank, italics plain."""
    for at, raw in enumerate(raws):
        plain = raw
        if m := _ORG_HEADING.match(raw):
            plain = "#" * min(len(m[1]), 6) + " " + raw[m.end():]
        elif _ORG_SETTING.match(raw):
            plain = ""
        if "/" in plain:
            plain = _ORG_ITALIC.sub(r"\1", plain)
        if plain != raw:
            raws[at] = plain
            lines[at] = classify(plain, lines[at].number)


# how a paragraph's last line ends: a sentence (`.`, `!`, `?`, then a closing quote or bracket)
_PARAGRAPH_END = re.compile(r"[.!?][\"'”’)\]]*$")


def _ends_paragraph(line: Line) -> bool:
    """Whether a line can end a paragraph: it ends a sentence, or it is a date line."""
    return line.date is not None or bool(_PARAGRAPH_END.search(line.text))


def _without_running_lines(lines: list[Line], raws: list[str], starts: list[int]) -> tuple[list[Line], list[str]]:
    """The lines of a print without its running header and footer (`pages.running_lines`),
    nor the blank lines around a page break they stood at: the text before the break goes
    on with the text after it, as one paragraph (a teaser cut by the break, a card's label
    left at a page's foot), unless it ends a paragraph there (a sentence, a date line) and
    a blank line parted it from the footer. Lines keep their numbers."""
    dropped = running_lines(raws, starts)
    if not dropped:
        return lines, raws
    for start in starts[1:]:
        before = next((at for at in range(start - 1, -1, -1) if not lines[at].is_blank and at not in dropped), -1)
        after = next((at for at in range(start, len(lines)) if not lines[at].is_blank and at not in dropped), len(lines))
        if before < 0 or not dropped.intersection(range(before + 1, after)):
            continue
        blanks = [at for at in range(before + 1, after) if at not in dropped]
        dropped.update(blanks[1:] if _ends_paragraph(lines[before]) else blanks)
    kept = [at for at in range(len(lines)) if at not in dropped]
    return [lines[at] for at in kept], [raws[at] for at in kept]


def _columns_apart(lines: list[Line], raws: list[str], starts: list[int]) -> tuple[list[Line], list[str]]:
    """A run of lines set in two columns (`columns.column_regions`; a page's, as a page
    break ends a run) as a reader reads it: the left column's lines, then the right
    column's. A blank line parts them where the left column's text ends a paragraph there
    (`_ends_paragraph`); else its last sentence goes on at the right column's top. Each half
    keeps its line's number. A run that holds a table (a header row naming its columns,
    `|` or a grid's lines), or is one's rows, under its header with no blank line between,
    or a table's with no header (their cells read: `_read_headerless_columns`), is no two
    columns of text."""
    pages = {start + 1 for start in starts[1:]}  # (the numbers of the pages' first lines)
    breaks = {at for at in range(1, len(lines))
              if any(lines[at - 1].number < page <= lines[at].number for page in pages)}
    regions = [(first, past, right) for first, past, right in column_regions(raws, breaks)
               if not any(_a_table_line(raw) for raw in raws[_paragraph_start(raws, first):past])
               and all(line.cells is None for line in lines[first:past])]
    if not regions:
        return lines, raws
    kept_lines, kept_raws, at = [], [], 0
    for first, past, right in regions:
        kept_lines += lines[at:first]
        kept_raws += raws[at:first]
        numbers = [line.number for line in lines[first:past]]
        left, right_side = ([(half, number) for half, number in zip(side, numbers)]
                            for side in zip(*(halves(raw, right) for raw in raws[first:past])))
        for side in (left, right_side):  # (a column shorter than the other ends there)
            while side and not side[-1][0].strip():
                side.pop()
        left_lines = [classify(half, number) for half, number in left]
        if left_lines and _ends_paragraph(left_lines[-1]):
            left.append(("", numbers[-1]))
            left_lines.append(Line(numbers[-1], "", 0))
        else:  # its last sentence goes on at the right column's top
            while right_side and not right_side[0][0].strip():
                right_side.pop(0)
        kept_lines += left_lines + [classify(half, number) for half, number in right_side]
        kept_raws += [half for half, _ in left + right_side]
        at = past
    return kept_lines + lines[at:], kept_raws + raws[at:]


def _paragraph_start(raws: list[str], at: int) -> int:
    while at > 0 and raws[at - 1].strip():
        at -= 1
    return at


def _a_table_line(raw: str) -> bool:
    first = raw.lstrip()[:1]
    texts = _texts_at(raw) if first else []
    return bool(first) and first in "|+┌│├└╔║╠╚" or len(texts) > 1 and sum(column_key(t) in COLUMNS for _, t in texts) > 1


def _as_messages(lines: list[Line], raws: list[str], opened: dict[int, str | None]) -> tuple[list[Line], list[str]]:
    """A chat's lines (`chat.messages`): each message a paragraph of its own, its header
    aside. The chat's notices and its talk, a message of one line with no date and no list
    marker (`Thanks Ana 👍`, `<Media omitted>`), are no page text: blank lines."""
    kept_lines, kept_raws = [], []
    starts = sorted(opened)
    end_of = dict(zip(starts, [*starts[1:], len(lines)]))  # (where the next message opens)
    talk_until = -1
    for at, line in enumerate(lines):
        raw = raws[at]
        if at in opened:
            raw = opened[at] or ""
            line = classify(raw, line.number)
            texts = [text for text in (raw, *raws[at + 1:end_of[at]]) if text.strip()]
            first = line if raw.strip() or not texts else classify(texts[0], line.number)
            if opened[at] is None or len(texts) <= 1 and first.date is None and first.marker is None:
                talk_until = end_of[at]
            elif kept_lines and not kept_lines[-1].is_blank:
                kept_lines.append(Line(line.number, "", 0))
                kept_raws.append("")
        if at < talk_until:
            line, raw = Line(line.number, "", 0), ""
        kept_lines.append(line)
        kept_raws.append(raw)
    return kept_lines, kept_raws


_IMAGE_DIRECTIVE = re.compile(r"\.\. (?:image|figure)::")
_OPTION = re.compile(r":[\w-]+:")  # a directive's option line: `:alt: Workers at a kiln`


# A database shell's prompt (sqlite's, mysql's, MariaDB's, SQL*Plus's, psql's `ilo=> `), and
# the lines its command goes on over: sqlite's `...>`, mysql's `->`, psql's `ilo->`, SQL*Plus's
# line numbers (`  2  FROM ilo_news`). (psql's `ilo=# `, a superuser's, has no `>`: the fast
# first test, `>` in the text, is a hundredth of one for `=# `.)
_PROMPT = re.compile(r"(?:sqlite|mysql|MariaDB \[[^\]]*\]|SQL)> |\w+=> ")
_PROMPT_SIGNS = ("sqlite> ", "mysql> ", "]> ", "SQL> ", "=> ")
_COMMAND_GOES_ON = re.compile(r"\s*(?:\.\.\.>|->|\w+[-'\"(]>|\d+ )\s")


def _drop_prompts(lines: list[Line], raws: list[str]) -> None:
    """A database shell's prompt and the command typed at it (`sqlite> SELECT ...`, on over
    `   ...>  ORDER BY ...`) are a session's, no text of the page: they read as blank lines,
    so the records or table the command printed start under them, and end at the next."""
    for at, raw in enumerate(raws):
        if not _PROMPT.match(raw):
            continue
        lines[at].text, lines[at].date = "", None
        below = at + 1
        while below < len(raws) and _COMMAND_GOES_ON.match(raws[below]):
            lines[below].text, lines[below].date = "", None
            below += 1


def _drop_image_directives(lines: list[Line], raws: list[str]) -> None:
    """reStructuredText's image (`.. image:: kiln.jpg`, its `:alt: ...` option lines under
    it) is an image mark, like `[image: ]`: no text of the page."""
    for at, line in enumerate(lines):
        if not _IMAGE_DIRECTIVE.match(line.text):
            continue
        line.text, line.date = "", None
        column = len(raws[at]) - len(raws[at].lstrip())
        for below, raw in zip(lines[at + 1:], raws[at + 1:]):
            if not (len(raw) - len(raw.lstrip()) > column and _OPTION.match(below.text)):
                break
            below.text, below.date = "", None


# What a listing table's column holds, by its header (`column_key`): title, date, place...
COLUMNS = {" ".join(row["header"].split()).casefold(): row["field"]
           for row in rows("extract/data/table_columns.csv")}


_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")


def column_key(name: str) -> str:
    """A column's name as `data/table_columns.csv` writes it: `end_date` (a CSV's) and
    `datePublished` (schema.org's, camelCase) are `end date` and `date published`."""
    return " ".join(_CAMEL_HUMP.sub(" ", name).replace("_", " ").split()).casefold()


def joined_cells(pieces: list[list[str]]) -> list[str]:
    """A table row's cells from the lines it runs over: each column's pieces, joined by a
    space (by nothing after a hyphen: `Asia-` / `Pacific`)."""
    cells = []
    for column in itertools.zip_longest(*pieces, fillvalue=""):
        text = ""
        for piece in (unmarked_text(piece) for piece in column):
            text += piece if not text or text.endswith("-") or not piece else f" {piece}"
        cells.append(text.strip())
    return cells


_CHUNK = re.compile(r"\S+(?: \S+)*")  # a text the line parts from the next by two spaces or more
_DASHES = re.compile(r"\s*-{3,}(?: +-{3,})+\s*")  # a rule under a header, a run per column
_DASH_RUN = re.compile(r"-{3,}")
_FIRST_TEXT = re.compile(r"\s*\S+")  # a row's first text, to its first space


def _read_column_cells(lines: list[Line], raws: list[str]) -> None:
    """The cells of a table set in columns of spaces (a text browser's table, a fixed-width
    report): a header row whose texts, two spaces or more apart, name two columns or more
    (`Date    Venue    Title`), then, under the rule of dashes that may underline it, its
    rows up to a blank line. Each text goes to the column it starts in (the rule's runs of
    dashes, else the header's texts, mark where each column starts); a line whose first
    column is empty goes on with the row above. The rule and those lines get no cells of
    their own (`()`)."""
    past = 0  # (the lines up to here are read)
    for at in [at for at, line in enumerate(lines) if line.spaced]:
        if at >= past and at + 1 < len(lines) and lines[at].cells is None:
            past = _column_table(lines, raws, at)


def _column_table(lines: list[Line], raws: list[str], at: int) -> int:
    """Where line `at` heads a table in columns, its cells read; the index to go on from."""
    body = at + 1
    starts = [m.start() for m in _DASH_RUN.finditer(raws[body])] if _DASHES.fullmatch(raws[body]) else None
    header = _texts_at(raws[at], starts)
    if len(header) < 2 or sum(column_key(text) in COLUMNS for _, text in header) < 2:
        return at + 1
    if starts is None:
        starts = [start for start, _ in header]
    else:
        body += 1
    ruled = body > at + 1
    end = body
    while end < len(lines) and lines[end].text and lines[end].cells is None:
        end += 1
        if end + 1 < len(lines) and not lines[end].text and _row_after_blank(
                lines[end + 1], _texts_at(raws[end + 1], starts if ruled else None), starts):
            end += 1
    ends = None if ruled else _right_edges(header, [raw for raw in raws[body:end] if raw.strip()])
    rows: list[tuple[Line, list[list[str]]]] = []
    for line, raw in zip(lines[body:end], raws[body:end]):
        if not line.text:  # (a blank line between rows: SQL*Plus's after a wrapped row)
            line.cells = ()
            continue
        cells = (_in_columns(_texts_at(raw, starts if ruled else None), starts) if ends is None
                 else _cut_at(raw.expandtabs(4), ends))
        if cells[0] or not rows:
            rows.append((line, [cells]))
        else:
            rows[-1][1].append(cells)
            line.cells = ()
    if not rows:
        return at + 1
    lines[at].cells = tuple(text for _, text in header) if ends else tuple(_in_columns(header, starts))
    if body > at + 1:
        lines[at + 1].cells = ()  # the rule
    for line, pieces in rows:
        line.cells = tuple(joined_cells(pieces))
    return end


def _right_edges(header: list[tuple[int, str]], rows: list[str]) -> list[int] | None:
    """The columns' right edges, with where a header-less index column ends first, when a
    table's header and cells are set flush right (pandas' `to_string()`, R's `print`): in
    every row, each header text's last column ends a text or is blank to the one before,
    and the column after it is blank; None when they are not (a table read left)."""
    ends = [start + len(text) for start, text in header]
    rows = [row.expandtabs(4) for row in rows]
    if not rows:
        return None
    for row in rows:
        for before, edge in zip([0, *ends], ends):
            if row[edge:edge + 1].strip() or (not row[edge - 1:edge].strip() and row[before:edge].strip()):
                return None
    firsts = [_FIRST_TEXT.match(row) for row in rows]  # (an index's: a row's number, or name)
    index = firsts[0].end() if firsts[0] else 0
    if index < header[0][0] and all(first and first.end() == index and row[index:ends[0]].strip()
                                    for first, row in zip(firsts, rows)):
        return [index, *ends]
    return [0, *ends]


def _cut_at(row: str, edges: list[int]) -> list[str]:
    """A row's cells between the columns' right edges (the first edge closes an index
    column, whose text is none: a row's number); the last cell runs to the row's end."""
    cells = [row[left:right].strip() for left, right in zip(edges, edges[1:])]
    cells[-1] = row[edges[-2]:].strip()
    return cells

_WORD = re.compile(r"(?<= )\S")  # a word's start after one space


def _texts_at(raw: str, starts: list[int] | None = None) -> list[tuple[int, str]]:
    """A line's texts parted by two spaces or more, each with the column it starts at; under
    a rule of dashes (`starts`, where its runs start), parted too where a word after one
    space starts a column, give or take one (SQL*Plus parts its columns by one space:
    `03-JUN-2024 Press release`)."""
    texts = [(m.start(), m.group()) for m in _CHUNK.finditer(raw.expandtabs(4))]
    if starts is None:
        return texts
    parted = []
    for start, text in texts:
        cuts = [0, *(m.start() for m in _WORD.finditer(text)
                     if _at_a_start(start + m.start(), starts)), len(text) + 1]
        parted += [(start + left, text[left:right - 1]) for left, right in zip(cuts, cuts[1:])]
    return parted


def _at_a_start(column: int, starts: list[int]) -> bool:
    """Whether a text at `column` starts a column starting at `starts`, give or take one."""
    return any(abs(column - start) <= 1 for start in starts)


def _row_after_blank(line: Line, texts: list[tuple[int, str]], starts: list[int]) -> bool:
    """Whether a line after a blank one goes on with the table in columns above: a row of two
    texts or more, the first in the first column, each starting where a column does (give
    or take one), and no header (SQL*Plus writes a blank line after a wrapped row)."""
    return (line.cells is None and len(texts) >= 2 and _at_a_start(texts[0][0], starts[:1])
            and all(_at_a_start(start, starts) for start, _ in texts)
            and sum(column_key(text) in COLUMNS for _, text in texts) < 2)


def _in_columns(texts: list[tuple[int, str]], starts: list[int]) -> list[str]:
    """Texts at their columns (`(column, text)`) as the cells of columns starting at `starts`:
    each in the last column that starts at most a column right of it."""
    cells = [""] * len(starts)
    for start, text in texts:
        column = max(0, sum(1 for begins in starts if begins <= start + 1) - 1)
        cells[column] = f"{cells[column]} {text}".strip()
    return cells


# a table's first row with no header over it: its first text, then three spaces or more
_FIRST_SET_APART = re.compile(r" *(\S+(?: \S+)*) {3}")
# three spaces after what a date ends in (a year or a time: a digit, `am`, `日`, a dot): a
# fast first test of a dump (searched from the spaces, it costs a hundredth of the search
# from the digits)
_DATE_SET_APART = re.compile(r"   (?<=[\d.mM日]   )")


def _read_headerless_columns(lines: list[Line], raws: list[str]) -> None:
    """The cells of a table set in columns of spaces with no header row (a calendar's agenda
    print: `Tue May 21, 2024    10am - 11:30am    Launch: ...`), where a row's first text,
    three spaces or more from the next, is a date: `_headerless_table`."""
    past = 0  # (the lines up to here are read)
    for at, raw in enumerate(raws):
        if (at >= past and "   " in raw and lines[at].cells is None and not lines[at].marker
                and (first := _FIRST_SET_APART.match(raw)) and _date_cell(first[1])):
            past = _headerless_table(lines, raws, at)


def _date_cell(text: str) -> bool:
    """A cell that is a date and no more but its time (`Tue May 21, 2024`, `2024-05-21 09:30`)."""
    date = parse_date_line(text)
    return date is not None and date.lead is None and date.kind is None and date.place is None


def _headerless_table(lines: list[Line], raws: list[str], at: int) -> int:
    """Where line `at` opens a table in columns with no header row, its cells read; the index
    to go on from. The columns start where line `at`'s texts do; each line under it, up to a
    blank line, sets its texts where columns start (give or take one), each ending before
    the next column, and a text in the first column is a date. A line with a date starts a
    row, and so does one with a time in a column of times: a calendar gives the day on its
    first row only, and the rows under it take it. Any other line goes on with the row
    above. A column of kinds (`data/kinds.csv`) is the kind; the column of the longest texts
    is the title, and under a row's title the lines that carry it on (a wrap) join it; the
    first that does not is the place where it reads as one (`ILO Headquarters, Geneva,
    Switzerland`, a calendar's event), else it opens the summary, as does another column.
    Two rows or more make a table; rows under a header (a line whose texts name two
    columns or more, or a rule of dashes) are `_read_column_cells`'s, to the blank line."""
    if at and _a_header(raws[at - 1]):
        return next((past for past in range(at, len(lines)) if not lines[past].text), len(lines))
    starts = [start for start, _ in _texts_at(raws[at])]
    placed: list[dict[int, str]] = []  # each line's texts, by column
    while at + len(placed) < len(lines):
        line, raw = lines[at + len(placed)], raws[at + len(placed)]
        texts = _by_column(_texts_at(raw), starts) if line.text and line.cells is None and not line.marker else None
        if texts is None or 0 in texts and not _date_cell(texts[0]):
            break
        placed.append(texts)
    times = {column for column in range(1, len(starts))
             if column in placed[0] and all(parse_time(texts[column]) for texts in placed if column in texts)}
    opens = [i for i, texts in enumerate(placed) if 0 in texts or times & texts.keys()]
    if len(starts) < 2 or len(opens) < 2:
        return at + 1
    rest = [column for column in range(1, len(starts)) if column not in times]
    kinds = {column for column in rest if all(is_kind(texts[column]) for texts in placed if column in texts)}
    title = max((column for column in rest if column not in kinds),
                key=lambda column: sum(len(texts.get(column, "")) for texts in placed), default=None)
    names = ["date", *("time" if c in times else "kind" if c in kinds else "title" if c == title else ""
                       for c in range(1, len(starts))), "place", "summary"]
    day = ""
    for first, past in zip(opens, [*opens[1:], len(placed)]):
        day = placed[first].get(0, day)
        cells = [*joined_cells([[texts.get(column, "") for column in range(len(starts))]
                                for texts in placed[first:past]]), "", ""]
        cells[0] = day
        pieces = [texts[title] for texts in placed[first:past] if title in texts] if title is not None else []
        if len(pieces) > 1:
            cells[title], cells[-2], cells[-1] = _title_and_under(pieces)
        lines[at + first].cells = tuple(cells)
        for line in lines[at + first + 1:at + past]:
            line.cells = ()
    lines[at].columns = tuple(names)
    return at + len(placed)


def _a_header(raw: str) -> bool:
    """A table's header row (its texts name two columns or more), or the rule under one."""
    return bool(_DASHES.fullmatch(raw)) or sum(column_key(text) in COLUMNS for _, text in _texts_at(raw)) >= 2


def _by_column(texts: list[tuple[int, str]], starts: list[int]) -> dict[int, str] | None:
    """A line's texts by the column each starts in; None where one starts at no column, or
    runs on into the next column."""
    placed = {}
    for start, text in texts:
        column = next((i for i, begins in enumerate(starts) if abs(start - begins) <= 1), None)
        if column is None or column in placed or column + 1 < len(starts) and start + len(text) >= starts[column + 1]:
            return None
        placed[column] = text
    return placed


def _title_and_under(pieces: list[str]) -> tuple[str, str, str]:
    """A title cell's lines as its title (the first and the lines that carry it on), the
    place (the line after, where it reads as one and no line carries it on) and the summary
    (the rest)."""
    end = 1
    while end < len(pieces) and continues(pieces[end - 1], pieces[end]):
        end += 1
    under = pieces[end:]
    place = ""
    if under and is_place(under[0]) and not (len(under) > 1 and continues(under[0], under[1])):
        place, under = under[0], under[1:]
    return _joined(pieces[:end]), place, _joined(under)


def _joined(pieces: list[str]) -> str:
    """A cell's lines as one text, as a table's cell joins them (`joined_cells`)."""
    return joined_cells([[piece] for piece in pieces])[0] if pieces else ""


_CSV_SEPARATORS = ",;"


def _read_csv_cells(lines: list[Line], raws: list[str]) -> None:
    """A CSV export's cells (`date,title,location` / `2024-05-13,ILO and Morocco ...,"Rabat,
    Morocco"`): where the dump's first line is a header row that names two columns or more,
    each record under it up to a blank line, read by CSV's rules (quotes, doubled quotes,
    a line end inside quotes: the lines after a record's first get no cells, `()`). Its
    separator is a comma, or the semicolon that a spreadsheet writes in a locale whose
    decimal mark is the comma (`Date;Until;Headline`): the one that parts the header's names."""
    first = next((at for at, line in enumerate(lines) if line.text), None)
    if first is None:
        return
    separator = next((mark for mark in _CSV_SEPARATORS if mark in raws[first] and sum(
        column_key(name) in COLUMNS for name in next(csv.reader([raws[first]], delimiter=mark))) >= 2), None)
    if separator is None:
        return
    records = csv.reader((raw + "\n" for raw in raws[first:]), delimiter=separator)
    named = tuple(unmarked_text(name) for name in next(records))
    at = first + 1
    try:
        for record in records:
            if len(record) < 2:
                break
            lines[first].cells = named  # (a header only over a record)
            lines[at].cells = tuple(unmarked_text(cell) for cell in record)
            for line in lines[at + 1:first + records.line_num]:
                line.cells = ()
            at = first + records.line_num
    except csv.Error:  # a quote left open runs past the field size limit: the table ends
        pass


# The rule under a bar table's header: a run of dashes per column, `|` or `+` between them
# (`-----+-----`: psql's; `--- | :---`: Markdown's, with no outer pipes)
_BAR_RULE = re.compile(r"\s*:?-+:?\s*(?:[|+]\s*:?-+:?\s*)+")


def _read_bar_cells(lines: list[Line], raws: list[str]) -> None:
    """The cells of a table whose columns `|` parts with no `|` at either end of a row (psql's
    aligned output, a Markdown pipe table written without its outer pipes): a header row
    that names two columns or more, over its rule (`-----+-----`), then its rows up to the
    first line with no `|`. psql marks a cell that runs on to the next line with a `+` at
    its column's end (`_carries_on`): that line carries the row on, and gets no cells of
    its own (`()`)."""
    at = 0
    while at + 1 < len(lines):
        raw = raws[at]
        if ("|" not in raw or raw.lstrip()[:1] == "|" or lines[at].cells is not None
                or not _BAR_RULE.fullmatch(raws[at + 1])
                or sum(column_key(name) in COLUMNS for name in raw.split("|")) < 2):
            at += 1
            continue
        lines[at].cells = tuple(unmarked_text(name) for name in raw.split("|"))
        lines[at + 1].cells = ()
        at += 2
        row: list[list[str]] = []
        while at < len(lines) and "|" in raws[at] and lines[at].cells is None:
            pieces = raws[at].split("|")
            if row and _carries_on(row[-1], pieces):
                row[-1] = [_WRAP_MARK.sub("", piece) for piece in row[-1]]
                row.append(pieces)
                lines[at].cells = ()
            else:
                row = [pieces]
                first = lines[at]
            first.cells = tuple(joined_cells(row))
            at += 1


_WRAP_MARK = re.compile(r"\+\s*$")  # psql's, at a cell's end: its text goes on below


def _carries_on(above: list[str], pieces: list[str]) -> bool:
    """Whether a bar table's line carries on the row above (`pieces`, `above`: their texts
    between `|`): a cell of the line above ends with psql's `+` (at its column's very end,
    where a cell's padding would end with a space), and each cell of this line that holds
    text is under one so marked."""
    marked = [piece.endswith("+") or at == len(above) - 1 and piece.rstrip().endswith("+")
              for at, piece in enumerate(above)]
    return (len(pieces) == len(above) and any(marked)
            and all(mark or not piece.strip() for mark, piece in zip(marked, pieces)))


# A MediaWiki table's lines: its start (`{| class="wikitable"`) and end (`|}`), a rule between
# its rows (`|-`), a caption (`|+`), and a row of cells, header (`! Date !! Event`) or not
# (`| 4 June 2024 || Launch ...`); a cell's attributes stand before one `|` (`style="..." |`)
_WIKI_TABLE_LINE = re.compile(r"\s*(?:(?P<start>\{\|)|(?P<end>\|\})|(?P<rule>\|-)|\|\+(?P<caption>.*)|(?P<row>[|!]))")
_WIKI_CELLS = re.compile(r"!!|\|\|")
_CELL_ATTRIBUTES = re.compile(r"\s*(?:[\w-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s|]+)\s*)+\|(?!\|)")


def _read_wiki_tables(lines: list[Line], raws: list[str]) -> None:
    """A MediaWiki table's cells, as a tab table's (`_read_tab_cells`): a row's cells, on one
    line (`| a || b`) or one a line, are its first line's, and the lines after it get none,
    `()`; so does a `|-` rule. The `{|` and `|}` lines read as blank, and the caption
    (`|+ Meetings`) as the table's heading."""
    at = 0
    while at < len(raws):
        if raws[at].lstrip()[:2] != "{|":
            at += 1
            continue
        row = None  # the index of the row's first line
        for at in range(at, len(raws)):
            m = _WIKI_TABLE_LINE.match(raws[at])
            if m is None and row is not None:  # a cell's text, going on
                lines[row].cells = (*lines[row].cells[:-1], f"{lines[row].cells[-1]} {lines[at].text}".strip())
                lines[at].cells = ()
            elif m and (m["start"] or m["end"]):
                lines[at] = Line(lines[at].number, "", lines[at].indent)
                if m["end"]:
                    break
            elif m and m["rule"]:
                lines[at].cells, row = (), None
            elif m and m["caption"] is not None:
                lines[at] = Line(lines[at].number, unmarked_text(m["caption"]), lines[at].indent, heading=True)
            elif m and m["row"]:
                cells = tuple(unmarked_text(_CELL_ATTRIBUTES.sub("", cell, count=1))
                              for cell in _WIKI_CELLS.split(raws[at].strip()[1:]))
                if row is None:
                    lines[at].cells, row = cells, at
                else:
                    lines[row].cells, lines[at].cells = (*lines[row].cells, *cells), ()
        at += 1


# A quoted cell of a tab-parted row closes within this many lines.
CELL_LINES = 20


def _read_tab_cells(lines: list[Line], raws: list[str]) -> None:
    """The cells of the lines whose texts tabs part (`16 May 2024<TAB>Title<TAB>Accra`). A
    cell may be quoted as a spreadsheet's text export quotes it (Excel's "Unicode Text"):
    `"… ""landmark"" …"` is `… "landmark" …`, and a line end inside the quotes is the
    cell's (the row's lines after its first get no cells, `()`). A quote that is not a
    whole cell's is text."""
    at = 0
    while at < len(raws):
        raw = raws[at].strip(" \r\n")
        if "\t" not in raw.strip():  # (a tab that only indents the line parts no cells)
            at += 1
            continue
        cells, taken = _quoted_cells(raw, raws[at + 1:at + CELL_LINES]) if '"' in raw else (None, 1)
        lines[at].cells = tuple(unmarked_text(cell) for cell in (cells or raw.split("\t")))
        for line in lines[at + 1:at + taken]:
            line.cells = ()
        at += taken


def _quoted_cells(raw: str, below: list[str]) -> tuple[list[str] | None, int]:
    """A tab-parted row's cells read by a spreadsheet's quoting, from its first line and the
    lines below, and how many lines the row takes; None if its quotes do not read so."""
    records = csv.reader([raw + "\n"] + [line + "\n" for line in below], delimiter="\t", strict=True)
    try:
        return [cell.strip() for cell in next(records)], records.line_num
    except csv.Error:  # a quote inside a cell, or one left open
        return None, 1


# A calendar tile's date box: its month and day, and maybe its weekday, each alone on a line
# (`MAY` / `21`), over the tile whose date line, this many lines below at most, repeats them
DATE_BOX_REACH = 6
_WEEKDAY_NAMES = frozenset(WEEKDAYS)


def _box_part(line: Line) -> str | None:
    """What a line of a date box holds: `day`, `month` or `weekday`; None for any other."""
    text = line.text.casefold().rstrip(".")
    if line.marker or not text or len(text) > 12:
        return None
    if text.isdigit():
        return "day" if 1 <= int(text) <= 31 else None
    return "month" if MONTHS.get(text) else "weekday" if text in _WEEKDAY_NAMES else None


def _drop_date_boxes(lines: list[Line], days: list[int]) -> None:
    """A calendar tile's date box (SharePoint's `MAY` / `21` over `Workshop` / title / `Tue,
    May 21, 2024, 9:00 AM`) repeats the date line below it: its lines read as blank, so the
    box is no text of the tile above nor the tile's own."""
    for at in days:
        line = lines[at]
        if _box_part(line) != "day":
            continue
        top, end = at, at + 1
        while top > 0 and top > at - 2 and _box_part(lines[top - 1]) in ("month", "weekday"):
            top -= 1
        while end < len(lines) and end < at + 3 and _box_part(lines[end]) in ("month", "weekday"):
            end += 1
        parts = [_box_part(lines[j]) for j in range(top, end)]
        if parts.count("month") != 1 or parts.count("day") != 1:
            continue
        month = MONTHS[lines[top + parts.index("month")].text.casefold().rstrip(".")]
        day = int(line.text)
        if any((date := lines[j].date) and (date.published.month, date.published.day) == (month, day)
               for j in range(end, min(end + DATE_BOX_REACH, len(lines)))):
            lines[top:end] = [Line(lines[j].number, "", lines[j].indent) for j in range(top, end)]


_DIGIT_CHARS = frozenset("0123456789")


def _read_calendar_dates(lines: list[Line]) -> None:
    """A calendar's dates. Under a date heading (`May 2024`, `2024`), a date line whose date
    has no year (`Tue 14 May, Amman, Jordan`) is read in the heading's year; a tile's date
    box (`MAY` / `21`) that the tile's date line repeats reads as blank (`_drop_date_boxes`)."""
    year, days = None, []
    for at, line in enumerate(lines):
        text = line.text
        if not text or line.date is not None:
            continue
        if text[-1] in _DIGIT_CHARS and len(text) <= 2:
            days.append(at)  # (a date box's day, maybe)
        elif (text[-1] in _DIGIT_CHARS and len(text) <= LONGEST_HEADING and line.marker is None
                and (found := heading_year(text))):
            year = found
        elif year is not None:
            line.date = parse_yearless(text, year)
    if days:
        _drop_date_boxes(lines, days)


def _read_slashed_dates(lines: list[Line]) -> None:
    """Date lines written `14/05/2024` (or `14-05-2024`) are read in the order the page's own such dates show:
    day first when one of them is past the 12th there (`29/04/2024`), month first when
    past the 12th here (`04/29/2024`). With no such date, or both, none is read."""
    readings = [(line, parse_slashed_line(line.text, True), parse_slashed_line(line.text, False))
                for line in lines if line.date is None and has_slashed_date(line.text)]
    slashed = [(line, day, month) for line, day, month in readings if day or month]
    first_day = day_first(line.text for line, _, _ in slashed)
    if first_day is not None:
        for line, day, month in slashed:
            line.date = day if first_day else month


# A list goes on past this many entries left out (`1. 2. 4.`).
LIST_GAP = 3


def _unmark_false_markers(lines: list[Line]) -> None:
    """Numbered markers that open no entry are text:

    * a number a wrap left at the start of a line (`... ratify Convention No.` / `138.`).
      As in Markdown, a numbered marker right under a line of text opens no list unless it
      is `1.`; it carries on a list when it follows the last number above by a few (`4.`
      after `2.`: an entry left out), or runs on to the next marker below (`11.` over
      `12.`, or `5.` over `4.`, counting down);
    * the lettered points of an entry (`1) Policy adopted / ... / a) a register; / b) ...`):
      a letter or roman numeral in the paragraph of an entry another marker opened;
    * an outline's number (`1.1`) that neither is the first of its level nor follows the last
      one of its level by a few: a time (`10.30`) or a figure (`1.6  billion`).
    Each level of an outline is a list of its own.
    """
    levels: dict[int, list[int]] = {}  # the numbered lines of each level
    for at in [at for at, line in enumerate(lines) if line.ordinal is not None]:
        levels.setdefault(lines[at].depth, []).append(at)
    for depth, numbered in levels.items():
        last = None  # the last number that opened an entry
        for k, at in enumerate(numbered):
            line, above = lines[at], lines[at - 1] if at else None
            following = lines[numbered[k + 1]] if k + 1 < len(numbered) else None
            runs_on = following is not None and abs(following.ordinal - line.ordinal) == 1
            follows = last is not None and last < line.ordinal <= last + LIST_GAP
            if (line.lettered and _a_point(lines, at)) or (
                    above is not None and above.text and line.ordinal != 1 and not runs_on and not follows) or (
                    depth > 1 and line.ordinal != 1 and not follows):
                text = f"{line.marker} {line.text}".strip()
                lines[at] = Line(line.number, text, line.indent, date=parse_date_line(text))
                continue
            last = line.ordinal


def _a_point(lines: list[Line], at: int) -> bool:
    """Whether the lettered marker at `at` stands in the paragraph of an entry that a marker
    of another kind opened (a digit, a bullet)."""
    for above in reversed(lines[:at]):
        if above.marker:
            return not above.lettered
        if not above.text:
            return False
    return False


# The signs of an underline that makes a heading when it is about as long as the line over
# it: Markdown's `---`, Texinfo's and reStructuredText's `***` and `~~~`
_UNDERLINES = "-*~"


def _mark_setext(lines: list[Line], raws: list[str]) -> None:
    """A line of text right over a `===` underline is a heading (Markdown's), and over a
    `---`, `***` or `~~~` one about as long as it (`Events` / `------`): plain-text pages
    also draw a short `---` between items, under a teaser."""
    for above, line, raw in zip(lines, lines[1:], raws[1:]):
        if line.is_rule and above.text and above.marker is None and not above.date:
            underline = raw.strip()
            if underline.strip("=") == "" or (underline[0] in _UNDERLINES and underline.strip(underline[0]) == ""
                                              and len(underline) >= SETEXT_SHARE * len(above.text)):
                above.heading = True


# A dump whose lines are all this short may be hard-wrapped (a text-mode browser, a mail
# client: 72 to 80 columns); a page saved from a desktop browser has longer lines.
WRAP_WIDTH = range(40, 101)
# ... and it is, when it shows this many lines cut near its width (within WRAP_MARGIN
# columns) in mid-sentence, the next line going on in lower case: short lines alone (a
# page of titles) are no sign of a wrap.
WRAPS_SEEN = 2
WRAP_MARGIN = 15
# A line cut short by the width is joined to a next line that starts in upper case only when
# that line is a fragment this short, with no sentence end: a title's tail (`Gerais`, `Pay
# and Safety`), not the next field (a teaser, which runs longer or ends as a sentence).
WRAP_TAIL_WORDS = 5
_ENDS_CLAUSE = tuple(".!?:;")


def _sets_width(raw: str) -> bool:
    return " " in raw.strip() and "://" not in raw


def _mark_wraps(lines: list[Line], raws: list[str]) -> list[Line]:
    """Mark the lines a hard wrap cut (as a wrapping program cuts: `... most of them in
    Minas` / `Gerais`): in a dump whose longest line of words is `width` columns (with the
    blank `fold -s` leaves where it cut) and that shows wraps (WRAPS_SEEN), a line after
    which the next line's first word would not have fitted, and that either does not end a
    sentence, its next line reading as the tail of a cut one (`_fragment`), or opens a list
    entry and ends with a colon, its next line no sentence (a title cut after its colon:
    `1. World Employment and Social Outlook:` / `Trends 2024`). A link is never cut (`13.
    https://...`), so a line with one does not set the width. A date line cut in its place
    (`Event | 3 June 2024, Geneva,` / `Switzerland`) or before its time zone (`(Europe/
    Zurich)`) is read whole, on its first line: the lines returned are without its tail."""
    longest = WRAP_WIDTH[-1]
    if any(_sets_width(raw) for raw in raws if len(raw) > longest and len(raw.rstrip()) > longest):
        return lines  # a page saved from a desktop browser, most of all: checked at its first long line
    prose = [_sets_width(raw) for raw in raws]
    widths = [len(raw.expandtabs(4).rstrip()) for raw in raws]
    width = max((w for w, words in zip(widths, prose) if words), default=0)
    if width + 1 in WRAP_WIDTH and any(raw[-1:] == " " for raw in raws):  # (`fold -s`'s blank)
        width = max([width, *(len(raw.expandtabs(4)) for raw, words in zip(raws, prose)
                              if words and raw[-1:] == " " and raw[-2:-1] != " ")])
    if width not in WRAP_WIDTH:
        return lines
    seen = sum(1 for line, following, used in zip(lines, lines[1:], widths)
               if used >= width - WRAP_MARGIN and following.text[:1].islower()
               and line.text and not line.text.endswith(_ENDS_CLAUSE))
    if seen < WRAPS_SEEN:
        return lines
    tails = set()  # the tails of cut date lines
    for line, following, used in zip(lines, lines[1:], widths):
        if not (line.text and following.text and following.marker is None and not following.date
                and not following.is_credit and used + 1 + len(following.text.split(maxsplit=1)[0]) > width):
            continue
        if line.date:
            if line.text[-1] == "," or following.text[0] == "(" and following.text[-1] == ")":
                whole = f"{line.text} {following.text}"
                if date := parse_date_line(whole):
                    line.text, line.date = whole, date
                    tails.add(id(following))
        elif (not line.text.endswith(_ENDS_CLAUSE) and _fragment(following.text)
              or line.marker and line.text[-1] == ":" and not following.text.endswith(_ENDS_CLAUSE)):
            line.wrapped = True
    _join_cut_words(lines, raws)
    return [line for line in lines if id(line) not in tails] if tails else lines


_CUT = re.compile(r" \S*[^\W\d_]{2}-$")  # a line's last word, cut by the wrap (`employ-`, `non-stan-`)


def _join_cut_words(lines: list[Line], raws: list[str]) -> None:
    """A word the wrap cut with a hyphen (`employ-` / `ment`) goes whole to the next line
    (`hyphens.joined`: `employment`, `self-employed`, `Asia-Pacific`)."""
    text = None
    for line, following in zip(lines, lines[1:]):
        if line.wrapped and line.text.endswith("-") and following.text[:1].isalpha() and _CUT.search(line.text):
            text = text or "\n".join(raws)
            line.text, head = line.text.rsplit(" ", 1)
            tail, _, after = following.text.partition(" ")
            context = f"{line.text} {head}{following.text}"
            following.text = f"{joined(head, tail, text, context)} {after}".rstrip()


def _fragment(text: str) -> bool:
    """The tail of a cut line: in lower case, or short and not ending as a sentence."""
    return text[0].islower() or (len(text.split()) <= WRAP_TAIL_WORDS and not text.endswith(_ENDS_CLAUSE))


def is_heading_like(text: str) -> bool:
    """A short line with no sentence punctuation (before closing quotes too: `"... peace."`)
    and no web address (OneNote's `Pasted from <https://...>`): a heading or a label, not
    prose."""
    words = text.split()
    return (
        0 < len(words) <= 10
        and len(text) <= 80
        and "://" not in text
        and text.rstrip("\"'”’»")[-1:] not in ".,;!?"
        and not text[0].islower()
        and words[-1].lower() not in _CONNECTORS
        and not _CONTACT.match(text)
    )


def joins(previous: Line, following: Line) -> bool:
    """Whether line `following` carries on `previous`: cut by a hard wrap, or by its words."""
    return previous.wrapped or continues(previous.text, following.text)


def continues(previous: str, following: str) -> bool:
    """Whether `following` carries on the sentence `previous` was cut in (a wrapped line)."""
    if not previous or not following:
        return False
    last = previous.split()[-1].lower()
    return last in _CONNECTORS or previous.endswith("-") or following[0].islower()
