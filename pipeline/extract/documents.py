"""Data documents: a JSON or YAML file whose items are mappings, as an API's response or a
static site's data file holds them:

    {"total": 126, "items": [
      {"type": "Press release", "title": "Youth unemployment at 15-year low",
       "date": "2024-08-12", "location": "Geneva, Switzerland",
       "image": {"src": "https://www.ilo.org/...jpg", "credit": "© ILO/Marcel Crozet"}},
      ...]}

    - title: "Viet Nam extends employment injury insurance"
      date: 2024-05-14
      summary: >-
        The new decree covers delivery riders ...

A list's mappings are its items when one of them names a title and a date that reads, by
the names a listing table's header uses (`data/table_columns.csv`: `title`, `date`,
`end_date`, `type`, `location`, `topic`, `summary`...); so is a mapping that stands alone.
Each item is read as a table's row whose header is its own keys (`tables.record_rows`). A
nested mapping's keys are named with its own (`image: {credit: ...}` is `image credit`), a
list of texts is one text, `null` is an empty cell, and a value that is a web address alone
(`url`, an image's `src`) is the item's link, not its text. An item starts on the line of
its first key. A JSON document may be a stream of values (JSON Lines). A YAML file must
hold a list of such mappings: a paragraph of `Name: value` lines is YAML too, and the
record reader (`tables.read_records`) reads it as the page it is.

A news feed's XML (RSS, Atom, RDF) is read alike, its `<item>`s or `<entry>`s the items,
and so is a news sitemap's, its `<url>`s that name a title and a date, and a database's
dump's tables' rows (`sql`), a RIS file's records (`ris`) and a BibTeX file's entries
(`bibtex`); an iCalendar file's events are read by `ics`.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from xml.parsers import expat

import yaml

from pipeline.curated import rows
from pipeline.dates import parse_date_line, parse_slashed_line
from pipeline.extract.bibtex import is_bibtex, read_bibtex
from pipeline.extract.ics import is_calendar, read_calendar
from pipeline.extract.lines import COLUMNS, column_key
from pipeline.extract.markup import rendered
from pipeline.extract.json_pages import is_json_page, json_page_lines
from pipeline.extract.ris import is_ris, read_ris
from pipeline.extract.sql import is_dump, read_dump
from pipeline.extract.tables import TableRow, numbered_record, record_rows
from pipeline.text import is_link, line_numbers

_OPENING_CHARACTERS = 4096  # (what the first tests read of a dump)
_JSON_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
# a YAML file's first line of content (past comments, `---` and directives): a key, or a
# list's first mapping (`- title: ...`)
_YAML_OPENING = re.compile(r"(?:(?:#[^\n]*|---[^\n]*|%[^\n]*)?[ \t]*\r?\n)*(?:- +)?[\w\"'][\w \"'-]*:(?:[ \t]|\r?\n)")
_YAML_NULL = "tag:yaml.org,2002:null"
# a TOML file's first line of content, past comments: a table's header (`[meta]`, `[[news]]`)
# or a key's line (`title = "..."`)
_TOML_OPENING = re.compile(r"(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*(?:\[\[?[\w.\- \"']+\]\]?|[\w\-\"']+[ \t]*=)")
_TOML_HEADER = re.compile(r"[ \t]*\[\[[ \t]*([^\]]+?)[ \t]*\]\]")  # an array of tables' element: `[[news]]`
_ISO_TIME = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?")
# A news feed's XML (RSS, Atom, RDF) or a news sitemap's, past its declaration and comments
_FEED_ITEMS = frozenset({"item", "entry", "url"})  # its items' elements: RSS's and RDF's, Atom's, a sitemap's
_FEED = re.compile(r"(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF|urlset)\b", re.S)
# A news sitemap's elements whose fields are named without their own name: `<news:news>`
# holds the url's title and date. Those of `<news:publication>` (its name and language, the
# same in every url) are the site's, no item's.
_OWN_FIELDS, _SITE_FIELDS = frozenset({"news:news"}), frozenset({"news:publication"})
# A feed's elements named by more than their local name: RSS's `content:encoded` (the
# story's whole text: `data/table_columns.csv`'s `content`) and a WordPress export's
# `excerpt:encoded` (its teaser)
_FEED_NAMES = {"content:encoded": "content", "excerpt:encoded": "excerpt"}
# A WordPress export (WXR) is RSS whose `wp:` elements are the site's bookkeeping (post ids,
# dates as stored, status, slugs, meta), its `dc:creator` a user's login: no text. Its items
# are the posts it published (`wp:status` publish) that are no record of WordPress's own
# (`data/wordpress_types.csv`: pages, attachments, menus...); a post's `<category
# domain="post_tag">` is a tag, its topic.
_WORDPRESS = "wp:"
_WORDPRESS_TYPES = frozenset(row["post_type"] for row in rows("extract/data/wordpress_types.csv"))
# A value as its mapping takes it: a text (a scalar's, a list of texts'), or a mapping's
# fields (a list holding mappings gives its texts' field, named "", and theirs)
_Value = str | list[tuple[str, str]]


@dataclass
class _Mapping:
    """A mapping of the document: its lines (first key's, last value's), its keys' values
    (its nested mappings' too, named with their key: `image credit`), and where it is in
    a list, that list's number."""

    start: int
    end: int
    fields: list[tuple[str, str]] = field(default_factory=list)
    in_list: int | None = None
    parent: _Mapping | None = None  # the mapping it is in
    name: str = ""  # a feed's element's (`item`, `entry`)
    bookkeeping: dict[str, str] = field(default_factory=dict)  # a WordPress export's `wp:` elements


def read_document(text: str) -> list[TableRow] | None:
    """The item rows of a dump that is a data document (JSON, YAML, TOML, a news feed's XML,
    a database's dump: `sql`, a RIS file: `ris`, a BibTeX file: `bibtex`, an iCalendar file:
    `ics`); None if it is none (it is then read as a page), as a YAML file
    with no list of items is."""
    opening = text[:_OPENING_CHARACTERS].lstrip("\ufeff")
    head = opening.lstrip(" \t\r\n")[:1]
    if head == "B" and is_calendar(opening):
        return read_calendar(text)
    if head == "<":
        if not _FEED.match(opening):
            return None
        items = [m for m in _xml_mappings(text) or [] if m.name in _FEED_ITEMS and _published(m)]
        return _rows(items) if items else None  # (a feed with no items: read as a page)
    if head == "{" and '"cells"' in opening and is_json_page(opening):
        return None  # (a notebook's Markdown is a page: `json_pages`)
    if head and head in "{[" and (mappings := _json_mappings(text)) is not None:
        items = _items(mappings)  # (a JSON document gives its items, or none: no page,
        shows_page = not items and is_json_page(text) and json_page_lines(text.splitlines())
        return None if shows_page else _rows(items)  # but a chat's export is one)
    if head == "T" and is_ris(opening) and (items := _items([_Mapping(*r, in_list=1) for r in read_ris(text)])):
        return _rows(items)  # (a RIS file's records are one list)
    if head in "@%" and is_bibtex(opening) and (items := _items([_Mapping(*e, in_list=1) for e in read_bibtex(text)])):
        return _rows(items)  # (and so are a BibTeX file's entries)
    if is_dump(opening) and (items := _items(_dump_mappings(text))):
        return _rows(items)  # (a dump whose tables hold no items: read as a page)
    if "=" in opening and _LOGFMT_OPENING.match(opening) and (items := _items(_logfmt_mappings(text))):
        return _rows(items)  # (a log whose records hold no items: read as a page)
    if _TOML_OPENING.match(opening) and (mappings := _toml_mappings(text)) is not None:
        items = _items(mappings)
        return _rows(items) if items else None
    if not _YAML_OPENING.match(opening):
        return None
    items = _items([m for m in _yaml_mappings(text) if m.in_list is not None])
    return _rows(items) if items else None


def _published(item: _Mapping) -> bool:
    """Whether a feed's item is one: in a WordPress export, a post it published (see
    `_WORDPRESS`); in any other feed, every item."""
    kept = item.bookkeeping
    return not kept or (kept.get("wp:status", "publish") == "publish"
                        and kept.get("wp:post_type", "post") not in _WORDPRESS_TYPES)


def _rows(items: list[_Mapping]) -> list[TableRow]:
    return record_rows([numbered_record(m.start, m.end, [name for name, _ in m.fields], [value for _, value in m.fields])
                        for m in items])


def _items(mappings: list[_Mapping]) -> list[_Mapping]:
    """The mappings that are items: each of a list where one names a title and a date that
    reads, and each that stands alone so; in document order, none inside another."""
    dated_lists = {m.in_list for m in mappings if _dated(m)}
    chosen = [m for m in mappings if (m.in_list in dated_lists if m.in_list is not None else _dated(m))]
    items = {id(m) for m in chosen}
    return sorted((m for m in chosen if not _inside(m, items)), key=lambda m: m.start)


def _inside(m: _Mapping, items: set[int]) -> bool:
    """Whether a mapping is inside one of `items` (their ids)."""
    while (m := m.parent) is not None:
        if id(m) in items:
            return True
    return False


def _dated(m: _Mapping) -> bool:
    roles = {COLUMNS.get(column_key(name)): value for name, value in reversed(m.fields)}
    date = roles.get("date")
    return bool(roles.get("title")) and bool(date) and bool(parse_date_line(date) or parse_slashed_line(date, True))


def _list_value(values: list[_Value]) -> _Value:
    """A list's value in its mapping: its texts as one (`Youth, Skills`), and the fields of
    the mappings in it, if any (`speakers: [{name: ...}]`: `speakers name`)."""
    texts = ", ".join(value for value in values if isinstance(value, str) and value)
    fields = [pair for value in values if not isinstance(value, str) for pair in value]
    return [("", texts), *fields] if fields else texts


def _named(key: str, value: _Value) -> list[tuple[str, str]]:
    """A key's value as fields: a text is one, a mapping's fields are named with the key too."""
    if isinstance(value, str):
        return [(key, value)]
    return [(f"{key} {name}".strip(), text) for name, text in value if text]


def _field_value(value: str) -> str:
    """A scalar's text: none for a web address alone; an ISO date and time with a space for
    its `T`, as YAML writes one (`2024-05-14 09:00:00+02:00`), with its `T`, as a date line
    reads it."""
    value = value.strip()
    if is_link(value):
        return ""
    if value[10:11] == " " and _ISO_TIME.fullmatch(value):
        return f"{value[:10]}T{value[11:]}"
    return value


# JSON


def _json_mappings(text: str) -> list[_Mapping] | None:
    """Every mapping of a JSON document (or a stream of them: JSON Lines); None if it does
    not read as JSON."""
    found: list[_Mapping] = []
    lists, line_of = iter(range(1, 1 << 62)), line_numbers(text)
    at = _JSON_SPACE.match(text, 1 if text[:1] == "\ufeff" else 0).end()
    try:
        while at < len(text):
            _, at = _json_value(text, at, found, lists, None, None, line_of)
            at = _JSON_SPACE.match(text, at).end()
    except (ValueError, IndexError, RecursionError):
        return None
    return found


def _json_value(text: str, at: int, found: list[_Mapping], lists: Iterator[int], in_list: int | None,
                parent: _Mapping | None, line_of: Callable[[int], int]) -> tuple[_Value, int]:
    """The value that starts at `at` (`_Value`) and the index past it; the mappings met on
    the way are added to `found`, each list numbered from `lists`."""
    opening = text[at]
    if opening == "{":
        mapping = _Mapping(0, 0, in_list=in_list, parent=parent)
        at = _JSON_SPACE.match(text, at + 1).end()
        while text[at] != "}":
            if not mapping.start:
                mapping.start = line_of(at)  # (an item starts on the line of its first key)
            key, at = _DECODER.raw_decode(text, at)
            at = _JSON_SPACE.match(text, at).end()
            if not isinstance(key, str) or text[at] != ":":
                raise ValueError("no key")
            value, at = _json_value(text, _JSON_SPACE.match(text, at + 1).end(), found, lists, None, mapping, line_of)
            if not str(key).startswith("@"):  # (JSON-LD's `@type`, `@id`, `@context`: its schema, no text)
                mapping.fields += _named(str(key), value)
            at = _JSON_SPACE.match(text, at).end()
            if text[at] == ",":
                at = _JSON_SPACE.match(text, at + 1).end()
        mapping.start = mapping.start or line_of(at)
        mapping.end = line_of(at)
        found.append(mapping)
        return [(name, value) for name, value in mapping.fields], at + 1
    if opening == "[":
        number, values = next(lists), []
        at = _JSON_SPACE.match(text, at + 1).end()
        while text[at] != "]":
            value, at = _json_value(text, at, found, lists, number, parent, line_of)
            values.append(value)
            at = _JSON_SPACE.match(text, at).end()
            if text[at] == ",":
                at = _JSON_SPACE.match(text, at + 1).end()
        return _list_value(values), at + 1
    value, at = _DECODER.raw_decode(text, at)
    if isinstance(value, (dict, list)):
        raise ValueError("a container read as a scalar")
    return ("" if value is None else _field_value(str(value).lower() if isinstance(value, bool) else str(value))), at


# XML


def _xml_mappings(text: str) -> list[_Mapping] | None:
    """Every element of a feed that holds elements, as a mapping of its children's texts
    (`<title>`, `<pubDate>`, `<media:credit>`: named without their prefix, `credit`; a
    text's HTML as the text it shows); None if it does not read as XML."""
    parser = expat.ParserCreate()
    found: list[_Mapping] = []
    lists = iter(range(1, 1 << 62))
    # the open elements: their mapping (made when a child opens), the list their children
    # make, their text's pieces
    stack: list[list] = [[None, next(lists), [], {}]]
    wordpress: list[str] = []  # the `wp:` elements read so far: a WordPress export's

    def start(tag: str, attributes: dict) -> None:
        parent = stack[-1]
        if parent[0] is None and len(stack) > 1:
            grand = stack[-2]
            parent[0] = _Mapping(parser.CurrentLineNumber, 0, in_list=grand[1], parent=grand[0])
        stack.append([None, next(lists), [], attributes])

    def end(tag: str) -> None:
        mapping, _, pieces, attributes = stack.pop()
        name = _FEED_NAMES.get(tag) or tag.rpartition(":")[2]
        if name == "category" and attributes.get("domain") == "post_tag":
            name = "tag"
        if mapping is not None:
            mapping.end, mapping.name = parser.CurrentLineNumber, name
            found.append(mapping)
            value: _Value = mapping.fields
        else:
            value = "".join(pieces)
            # (a feed's text is HTML: its tags, and its entities where it has no tags, `&#8211;`)
            html = "<" in value or "&" in value
            value = _field_value(" ".join(filter(None, rendered(value.split("\n")))) if html else value)
        parent = stack[-1][0]
        if parent is None or tag in _SITE_FIELDS:
            return
        if tag.startswith(_WORDPRESS) or tag == "dc:creator" and wordpress:
            parent.bookkeeping[tag] = value if isinstance(value, str) else ""
            wordpress.append(tag)  # (the channel's `wp:wxr_version` comes before its items)
        else:
            parent.fields += _named("" if tag in _OWN_FIELDS else name, value)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = lambda data: stack[-1][2].append(data)
    try:
        parser.Parse(text, True)
    except expat.ExpatError:
        return None
    return found


# TOML


def _toml_mappings(text: str) -> list[_Mapping] | None:
    """Every table of a TOML file, as mappings; None if it does not read as TOML. `tomllib`
    keeps no line numbers: an array of tables' element starts on the first key line under
    its `[[name]]` header, found in order; any other table, on line 1."""
    try:
        data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError):
        return None
    raws = text.splitlines()
    starts: dict[str, list[int]] = {}
    for at, raw in enumerate(raws):
        if m := _TOML_HEADER.match(raw):
            first = next((j for j in range(at + 1, len(raws)) if raws[j].strip() and raws[j].lstrip()[:1] != "#"), at)
            starts.setdefault(m[1].replace('"', "").replace(" ", ""), []).append(first + 1)
    found: list[_Mapping] = []
    lists = iter(range(1, 1 << 62))

    def value(item: object, path: str, in_list: int | None, parent: _Mapping | None, line: int) -> _Value:
        if isinstance(item, dict):
            mapping = _Mapping(line, line, in_list=in_list, parent=parent)
            for key, inner in item.items():
                mapping.fields += _named(str(key), value(inner, f"{path}.{key}".lstrip("."), None, mapping, line))
            found.append(mapping)
            return mapping.fields
        if isinstance(item, list):
            number, lines = next(lists), iter(starts.get(path, []))
            values = []
            for inner in item:
                first = next(lines, line)
                values.append(value(inner, path, number, parent, first))
                if isinstance(inner, dict):
                    found[-1].end = next((n - 1 for n in starts.get(path, []) if n > first), len(raws))
            return _list_value(values)
        if isinstance(item, bool):
            return str(item).lower()
        if isinstance(item, (dt.date, dt.time)):
            return _field_value(item.isoformat())
        return _field_value(str(item))

    value(data, "", None, None, 1)
    return found


# logfmt


# A logfmt record's pair: a key, `=`, and a value, quoted (`"..."`, `\"` inside) or a word
_LOGFMT_VALUE = r'"(?:[^"\\]|\\.)*"|[^\s"=]*'
_LOGFMT_PAIR = re.compile(rf"(?P<key>[\w.@/-]+)=(?P<value>{_LOGFMT_VALUE})")
_LOGFMT_RECORD = re.compile(rf"[ \t]*[\w.@/-]+=(?:{_LOGFMT_VALUE})(?:[ \t]+[\w.@/-]+=(?:{_LOGFMT_VALUE}))+[ \t]*")
# a log of logfmt records (Go's slog, logrus, Heroku's router), past blank lines: its first
# line is one, of two pairs or more
_LOGFMT_OPENING = re.compile(rf"(?:[ \t]*\r?\n)*{_LOGFMT_RECORD.pattern}\r?$", re.M)
# the logger's own keys in each record: `data/logfmt_keys.csv`
_LOGGER_KEYS = frozenset(row["key"] for row in rows("extract/data/logfmt_keys.csv"))


def _logfmt_mappings(text: str) -> list[_Mapping]:
    r"""A log's logfmt records (each line of two pairs or more) as mappings, each standing
    alone: a record is an item where it names a title and a date, and the others (`crawl
    started`) are the log's. The logger's keys (`time`, `level`, `msg`: `_LOGGER_KEYS`) are
    no field; `\"` in a quoted value is `"`."""
    found = []
    for number, raw in enumerate(text.splitlines(), 1):
        if "=" in raw and _LOGFMT_RECORD.fullmatch(raw):
            fields = [(m["key"], _field_value(_unquoted(m["value"])))
                      for m in _LOGFMT_PAIR.finditer(raw) if m["key"].lower() not in _LOGGER_KEYS]
            found.append(_Mapping(number, number, fields))
    return found


def _unquoted(value: str) -> str:
    r"""A logfmt value's text: a quoted one's inside, where `\"` is `"` and `\\` is `\`."""
    if value[:1] != '"':
        return value
    return re.sub(r"\\(.)", r"\1", value[1:-1])


# A database's dump


def _dump_mappings(text: str) -> list[_Mapping]:
    """A database's dump's rows (`sql.read_dump`) as mappings, each table's rows a list."""
    tables: dict[str, int] = {}
    return [_Mapping(row.start, row.end, [(name, _field_value(value)) for name, value in zip(row.names, row.values)],
                     in_list=tables.setdefault(row.table, len(tables) + 1)) for row in read_dump(text)]


# YAML


def _yaml_mappings(text: str) -> list[_Mapping]:
    """Every mapping of a YAML file's documents; none if it does not read as YAML."""
    found: list[_Mapping] = []
    lists = iter(range(1, 1 << 62))
    try:
        for node in yaml.compose_all(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            if node is not None:
                _yaml_value(node, found, lists, None, None)
    except (yaml.YAMLError, RecursionError):
        return []
    return found


def _yaml_value(node: yaml.Node, found: list[_Mapping], lists: Iterator[int], in_list: int | None,
                parent: _Mapping | None) -> _Value:
    """`_json_value` for a YAML node."""
    if isinstance(node, yaml.MappingNode):
        mapping = _Mapping(node.start_mark.line + 1, node.start_mark.line + 1, in_list=in_list, parent=parent)
        if node.value:  # (its first key's line, its last value's: a mark past it is the next line's)
            last = node.value[-1][1].end_mark
            mapping.start, mapping.end = node.value[0][0].start_mark.line + 1, last.line + (last.column > 0)
        for key, value in node.value:
            got = _yaml_value(value, found, lists, None, mapping)
            name = str(key.value)
            mapping.fields += _named(name, got)
        found.append(mapping)
        return mapping.fields
    if isinstance(node, yaml.SequenceNode):
        number = next(lists)
        return _list_value([_yaml_value(item, found, lists, number, parent) for item in node.value])
    return "" if node.tag == _YAML_NULL else _field_value(str(node.value))
