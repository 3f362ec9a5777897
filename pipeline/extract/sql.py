"""A database's dump (`sqlite3 .dump`, `mysqldump`, `pg_dump`): its tables' rows, as records
a data document's items are read from (`documents`).

    PRAGMA foreign_keys=OFF;
    BEGIN TRANSACTION;
    CREATE TABLE news(id INTEGER PRIMARY KEY, published TEXT, title TEXT, location TEXT);
    INSERT INTO news VALUES(1,'2024-05-14','Informal workers left without sickness benefits','Bangkok');
    COMMIT;

A table's columns are named by its `CREATE TABLE`, or by an `INSERT`'s own list of them
(`INSERT INTO news (id, title) VALUES ...`); each row an `INSERT` gives (one or several:
`VALUES (...), (...)`) is a record named by them, from the line its values open on. So is
each line of a `COPY news (id, title) FROM stdin;` block (pg_dump's: cells parted by tabs,
`\\N` no value, up to `\\.`). The values are SQL's literals: a string (`'Director-General''s
statement'`; in a MySQL dump, `\\'` and `\\n` escapes too), a number, `NULL` (no value);
sqlite's `replace('...\\n...','\\n',char(10))`, the way it writes a string's line breaks, is
the string it makes, and a cast (`'2024-05-14'::date`) is its value. Nothing is run: the
dump is read, not executed. Its other statements (`PRAGMA`, `CREATE INDEX`, `LOCK TABLES`,
`SET`, `COMMIT`) and comments are no text of the page.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from pipeline.text import line_numbers

# A dump's first statement, past comments and blank lines
_OPENING = re.compile(r"(?:[ \t]*(?:(?:--[^\n]*|/\*.*?\*/;?)[ \t]*)?\r?\n)*[ \t]*"
                      r"(?:PRAGMA|BEGIN|START TRANSACTION|SET|CREATE|INSERT|DROP|LOCK|USE|COPY)\b", re.I | re.S)
_STATEMENT = re.compile(r"^[ \t]*(?:(CREATE\s+(?:TEMP(?:ORARY)?\s+)?TABLE)|(INSERT)|(COPY)|(ALTER\s+TABLE))\b", re.I | re.M)
_SPACE = r"(?:\s|--[^\n]*|/\*.*?\*/)*"  # (SQL's space: comments too; a character at a time, so no run backtracks)
_NAME = r"(?:\"(?:[^\"]|\"\")*\"|`(?:[^`]|``)*`|\[[^\]]*\]|[A-Za-z_][\w$]*)"
_QUALIFIED = rf"{_NAME}(?:\s*\.\s*{_NAME})*"
_TABLE_OPENING = re.compile(rf"{_SPACE}(?:IF\s+NOT\s+EXISTS\s+)?({_QUALIFIED}){_SPACE}\(", re.I | re.S)
_INSERT_OPENING = re.compile(rf"{_SPACE}(?:OR\s+\w+\s+|IGNORE\s+)?INTO\s+({_QUALIFIED}){_SPACE}(\(|VALUES\b)",
                             re.I | re.S)
_COPY_OPENING = re.compile(rf"{_SPACE}({_QUALIFIED}){_SPACE}\(([^()]*)\)\s*FROM\s+stdin\s*;[ \t]*\r?\n", re.I)
# (pg_dump's key, set after the table's rows: `ALTER TABLE ONLY public.news ADD CONSTRAINT
# news_pkey PRIMARY KEY (id);`)
_KEY_ADDED = re.compile(rf"{_SPACE}(?:ONLY\s+)?({_QUALIFIED}){_SPACE}ADD\s+(?:CONSTRAINT\s+{_NAME}\s+)?"
                        rf"PRIMARY\s+KEY\s*\(\s*({_NAME})\s*\)", re.I | re.S)
_VALUES = re.compile(rf"{_SPACE}VALUES{_SPACE}\(", re.I | re.S)
_CONSTRAINT = frozenset({"primary", "unique", "foreign", "constraint", "check", "key", "index", "fulltext",
                         "spatial", "exclude", "period"})
_TOKEN = re.compile(r"""\s+|--[^\n]*|/\*.*?\*/
    |(?P<string>[EeNn]?'(?:[^'\\]|''|\\.)*'|[EeNn]?'(?:[^']|'')*')
    |(?P<name>"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\]|[A-Za-z_][\w$]*)
    |(?P<number>[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)
    |(?P<sign>::|[(),;.])|(?P<other>.)""", re.S | re.X)
# (standard SQL's string: `''` is a quote, a backslash is itself)
_PLAIN_TOKEN = re.compile(r"(?P<string>[Nn]?'(?:[^']|'')*')", re.S)
_MORE_ROWS = re.compile(rf"{_SPACE},{_SPACE}\(", re.S)
_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "0": "\0", "Z": "\x1a", "b": "\b"}
_ESCAPE = re.compile(r"\\(.)", re.S)
_COPY_ESCAPE = re.compile(r"\\(?:([0-7]{1,3})|x([0-9A-Fa-f]{1,2})|(.))")


@dataclass
class Record:
    """A table's row: its table's name (`_table_key`), its first and last lines, its columns'
    names and values (`""` for `NULL`)."""

    table: str
    start: int
    end: int
    names: list[str]
    values: list[str]


@dataclass
class _Table:
    columns: list[str] = field(default_factory=list)
    numbers: set[str] = field(default_factory=set)  # its columns of an integer type
    keys: set[str] = field(default_factory=set)  # the columns its definition makes its key


def is_dump(opening: str) -> bool:
    """Whether a dump's opening is a database's dump: its first statement is one."""
    return bool(_OPENING.match(opening))


def read_dump(text: str) -> list[Record]:
    """Every row of every table a dump's `INSERT`s and `COPY` blocks give, in order, without
    its row key (`_row_keys`)."""
    line_of = line_numbers(text)
    backslashes = "`" in text[:4096] or "/*!" in text[:4096]  # (MySQL's: strings have escapes)
    tables: dict[str, _Table] = {}
    records: list[Record] = []
    at = 0
    while m := _STATEMENT.search(text, at):
        at = m.end()
        if m[1] and (opening := _TABLE_OPENING.match(text, at)):
            table = tables[_table_key(opening[1])] = _Table()
            at = _read_definition(text, opening.end(), backslashes, table)
        elif m[2] and (opening := _INSERT_OPENING.match(text, at)):
            at = _read_insert(text, opening, backslashes, tables, records, line_of)
        elif m[3] and (opening := _COPY_OPENING.match(text, at)):
            at = _read_copy(text, opening, tables, records, line_of)
        elif m[4] and (opening := _KEY_ADDED.match(text, at)):
            tables.setdefault(_table_key(opening[1]), _Table()).keys.add(_unquoted(opening[2]))
    keys = {name: table.keys & table.numbers for name, table in tables.items()}
    return [_without(record, keys[record.table]) if keys.get(record.table) else record for record in records]


def _read_insert(text: str, opening: re.Match, backslashes: bool, tables: dict[str, _Table], records: list[Record],
                 line_of: Callable[[int], int]) -> int:
    """An `INSERT`'s rows, added to `records`; the index past them."""
    name = _table_key(opening[1])
    columns, at = tables.setdefault(name, _Table()).columns, opening.end()
    if opening[2] == "(":
        columns, at = _column_list(text, at, backslashes)
        if not (values := _VALUES.match(text, at)):
            return at
        at = values.end()
    elif values := _VALUES.match(text, opening.start(2)):
        at = values.end()
    else:
        return at
    while True:
        first = line_of(at - 1)
        values, at = _row(text, at, backslashes)
        records.append(Record(name, first, line_of(at - 1), columns, values))
        if not (more := _MORE_ROWS.match(text, at)):
            return at
        at = more.end()


def _read_copy(text: str, opening: re.Match, tables: dict[str, _Table], records: list[Record],
               line_of: Callable[[int], int]) -> int:
    """A `COPY ... FROM stdin;` block's rows (a line each, up to `\\.`), added to `records`;
    the index past them."""
    name = _table_key(opening[1])
    columns = [_unquoted(column.strip()) for column in opening[2].split(",")]
    at = opening.end()
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:end].rstrip("\r")
        if line == "\\.":
            return end
        if line:
            records.append(Record(name, line_of(at), line_of(at), columns,
                                  [_copy_value(cell) for cell in line.split("\t")]))
        at = end + 1
    return at


def _without(record: Record, keys: set[str]) -> Record:
    """A row without its row key's column."""
    kept = [at for at, name in enumerate(record.names[:len(record.values)]) if name not in keys]
    return Record(record.table, record.start, record.end, [record.names[at] for at in kept],
                  [record.values[at] for at in kept])


def _table_key(name: str) -> str:
    """A table's name as its statements are matched: its own name, unquoted, without its
    schema (`public.news`, `"news"`, `` `news` ``: `news`)."""
    last = re.findall(_NAME, name)[-1]
    return _unquoted(last).casefold()


def _unquoted(name: str) -> str:
    if name[:1] in "\"`" and name[-1:] == name[:1]:
        return name[1:-1].replace(name[0] * 2, name[0])
    return name[1:-1] if name[:1] == "[" and name[-1:] == "]" else name


def _read_definition(text: str, at: int, backslashes: bool, table: _Table) -> int:
    """A table's definition, from past its `(`, read into `table`: each part's first name at
    its top level is a column, unless the part is a constraint (`PRIMARY KEY (id)`, which
    names the key); its type tells whether it holds numbers; the index past its `)`."""
    for part in _parts(text, at, backslashes):
        if isinstance(part, int):
            return part
        if part and part[0].casefold() not in _CONSTRAINT:
            table.columns.append(_unquoted(part[0]))
            if len(part) > 1 and part[1].casefold() in _INTEGER_TYPES:
                table.numbers.add(_unquoted(part[0]))
        table.keys |= _row_keys(part)
    return len(text)


def _column_list(text: str, at: int, backslashes: bool) -> tuple[list[str], int]:
    """The columns an `INSERT`'s list names (`(id, title)`), from past its `(`; the index
    past its `)`."""
    columns = []
    for part in _parts(text, at, backslashes):
        if isinstance(part, int):
            return columns, part
        columns += [_unquoted(part[0])] if part else []
    return columns, len(text)


def _parts(text: str, at: int, backslashes: bool) -> Iterator[list[str] | int]:
    """The names of each part of a list in brackets, parted by its top level's commas, from
    past its `(`; then the index past its `)`."""
    part, depth = [], 0
    for token in _tokens(text, at, backslashes):
        kind, value = token.lastgroup, token.group()
        if kind == "sign" and value in ",)" and not depth:
            yield part
            if value == ")":
                yield token.end()
                return
            part = []
        elif kind == "sign" and value in "()":
            depth += 1 if value == "(" else -1
        elif kind == "name":
            part.append(value)


# a column's types and words that make it a number the database gives each row
_SERIAL = frozenset({"serial", "bigserial", "smallserial"})
_INTEGER_TYPES = frozenset({"integer", "int", "bigint", "smallint", "mediumint", "tinyint", *_SERIAL})
_GENERATED = frozenset({"auto_increment", "autoincrement", "identity"})


def _row_keys(part: list[str]) -> set[str]:
    """The column a part of a table's definition makes its key: `id INTEGER PRIMARY KEY`,
    `id int NOT NULL AUTO_INCREMENT`, `id serial`, `PRIMARY KEY (id)`. A key of numbers is
    the number the database gives each row, no text of the page (`read_dump`)."""
    words = [word.casefold() for word in part]
    if words[:2] == ["primary", "key"] and len(words) == 3:
        return {_unquoted(part[2])}
    if len(words) > 1 and (_GENERATED & set(words) or "primary" in words or words[1] in _SERIAL):
        return {_unquoted(part[0])}
    return set()


def _row(text: str, at: int, backslashes: bool) -> tuple[list[str], int]:
    """A row's values, from past its `(` to past its `)` (`_expression`)."""
    values: list[str] = []
    tokens = _tokens(text, at, backslashes)
    while True:
        value, closer = _expression(tokens, backslashes)
        values.append(value)
        if closer is None or closer.group() == ")":
            return values, closer.end() if closer else len(text)


def _expression(tokens, backslashes: bool):
    """A value of a row and the token that ends it (`,` or `)`; None at the text's end): a
    literal, `NULL`, a function of literals (`replace(...)`, `char(10)`), a cast of one."""
    parts: list[str] = []
    for token in tokens:
        kind, value = token.lastgroup, token.group()
        if kind == "sign" and value == "(" and parts:
            function, arguments = parts.pop().casefold(), []
            while True:
                argument, closer = _expression(tokens, backslashes)
                arguments.append(argument)
                if closer is None or closer.group() == ")":
                    break
            parts.append(_applied(function, arguments))
        elif kind == "sign" and value in ",)":
            return "".join(parts[:1]), token
        elif kind == "sign" and value == "::":
            next(tokens, None)  # a cast: the value stays
        elif kind == "string":
            parts.append(_string(value, backslashes))
        elif kind == "number":
            parts.append(value)
        elif kind == "name":
            parts.append("" if value.casefold() == "null" else value)
    return "".join(parts[:1]), None


def _applied(function: str, arguments: list[str]) -> str:
    """What a function of a dump's values makes: sqlite's `replace` and `char`; any other
    one, its first argument."""
    if function == "replace" and len(arguments) == 3:
        return arguments[0].replace(arguments[1], arguments[2])
    if function == "char":
        return "".join(chr(int(n)) for n in arguments if n.isdigit() and int(n) < 0x110000)
    return arguments[0] if arguments else ""


def _string(literal: str, backslashes: bool) -> str:
    """A string literal's text: `''` is a quote; with `backslashes` (or PostgreSQL's `E'...'`),
    `\\'`, `\\n`... are escapes."""
    body = literal[literal.index("'") + 1:-1]
    if backslashes or literal[0] in "Ee":
        body = _ESCAPE.sub(lambda m: _ESCAPES.get(m[1], m[1]), body)
    return body.replace("''", "'")


def _copy_value(cell: str) -> str:
    """A `COPY` block's cell: `\\N` is no value; `\\t`, `\\n`, `\\\\`, octal and hex escapes."""
    if cell == "\\N":
        return ""
    if "\\" not in cell:
        return cell
    return _COPY_ESCAPE.sub(lambda m: chr(int(m[1], 8)) if m[1] else chr(int(m[2], 16)) if m[2]
                            else _ESCAPES.get(m[3], m[3]), cell)


def _tokens(text: str, at: int, backslashes: bool):
    """The tokens from `at` on, spaces and comments left out; a string is read with its
    dialect's escapes."""
    while at < len(text):
        token = _TOKEN.match(text, at)
        if token.lastgroup == "string" and not backslashes and text[at] in "'Nn":
            token = _PLAIN_TOKEN.match(text, at) or token
        at = token.end()
        if token.lastgroup:
            yield token

