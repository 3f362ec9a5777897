"""An email's source (a raw `.eml`, a mail client's "view source" or "save as", an mbox
file of several messages) as the text its reader shows.

A message sent as MIME carries its text encoded for transport: quoted-printable
(`=E2=80=93` is `–`; a `=` at a line's end joins it with the next line), base64, or
`format=flowed` (a line ending in a space goes on in the next one). Its headers
(`Received:`, `DKIM-Signature:`...) and its parts' own headers and boundaries are the
transport's, no text; a reader shows a message's `From:`, `To:`, `Cc:`, `Date:` and
`Subject:` (their encoded words read: `=?utf-8?q?...?=`), and of its parts:

- of a `multipart/alternative`, the plain text, else the HTML (shown as a browser shows it,
  `markup.rendered`), else the first;
- of any other multipart, every text part that is not an attachment, in order, and a
  forwarded message (`message/rfc822`) with its headers;
- nothing of an image, a file attached or any other part.

Each line shown keeps the number of the source line it starts on: a line a soft break
joined keeps its first, and a line of a base64 part the line holding its first byte. A
line not shown is blank, so a part's edges still part its paragraphs, but for a header
not shown: it is no line, so the headers shown stay one paragraph (a header, no item).
"""
from __future__ import annotations

import base64
import binascii
import bisect
import email.policy
import itertools
import re
from email.errors import HeaderParseError
from email.message import EmailMessage
from email.parser import HeaderParser

from pipeline.extract.markup import rendered

OPENING_LINES = 200  # a message's headers end within this many lines
# a header's line (`Content-Type: text/plain;`), the lines under it that go on with it (they
# open with a space or a tab), and an mbox file's line before each message's headers
_HEADER = re.compile(r"[!-9;-~]+:")
_MBOX_FROM = re.compile(r"From \S+ .*\d{4}\s*$")
# the headers that make a message MIME's (a message without them is plain text already)
_MIME_HEADERS = re.compile(r"(?:mime-version|content-type|content-transfer-encoding):", re.I)
_SHOWN = ("From", "To", "Cc", "Date", "Subject")  # the headers a reader shows
_NOT_BASE64 = re.compile(r"[^A-Za-z0-9+/=]")
_PARSER = HeaderParser(policy=email.policy.default)

_Lines = list[tuple[int, str]]  # a message's lines as (source line's number, text)


def is_message(raws: list[str]) -> bool:
    """Whether the dump opens with a MIME message's headers (past an mbox `From ` line)."""
    start = 1 if raws and _MBOX_FROM.match(raws[0]) else 0
    end = _headers_end(raws, start)
    return end is not None and any(_MIME_HEADERS.match(raw) for raw in raws[start:end])


def message_lines(raws: list[str]) -> tuple[list[str], list[int]]:
    """The dump's lines as its reader shows them, and each one's source line number."""
    numbered = list(enumerate(raws, start=1))
    shown: _Lines = []
    for message in _messages(numbered):
        shown += _message(message, outer=True)
    return [text for _, text in shown], [number for number, _ in shown]


def _messages(numbered: _Lines) -> list[_Lines]:
    """An mbox file's messages (each from its `From ` line, which shows blank); a single
    message is one."""
    if not _MBOX_FROM.match(numbered[0][1]):
        return [numbered]
    starts = [at for at, (_, raw) in enumerate(numbered)
              if _MBOX_FROM.match(raw) and (at == 0 or not numbered[at - 1][1].strip())
              and _headers_end([r for _, r in numbered[at:at + OPENING_LINES]], 1) is not None]
    return [[(numbered[start][0], ""), *numbered[start + 1:end]]
            for start, end in zip(starts, [*starts[1:], len(numbered)])]


def _headers_end(raws: list[str], start: int) -> int | None:
    """Where the headers from `start` end (the blank line under them), or None when the
    lines there are no headers."""
    for at in range(start, min(len(raws), start + OPENING_LINES)):
        raw = raws[at]
        if not raw.strip():
            return at if at > start else None
        if not (_HEADER.match(raw) or at > start and raw[:1] in " \t"):
            return None
    return None


def _message(numbered: _Lines, outer: bool = False, read: tuple[int, EmailMessage] | None = None) -> _Lines:
    """A message's (or a part's) lines as shown: its headers' (a message's shown fields),
    then its body's. `read`: its headers, read already (`_headers`)."""
    skip = 1 if numbered and not numbered[0][1] and outer else 0  # (an mbox message's `From ` line)
    end, headers = read or _headers(numbered, skip)
    head = [(number, "") for number, _ in numbered[:end + 1]]
    if outer:
        _show_headers(head, numbered, skip, end, headers)
        head = [line for at, line in enumerate(head) if line[1] or not skip <= at < end]
    return head + _body(headers, numbered[end + 1:])


def _headers(numbered: _Lines, skip: int) -> tuple[int, EmailMessage]:
    """Where a message's (or a part's) headers end, past `skip` lines, and the headers read;
    a part with no headers is plain text, as sent (its headers end before its first line)."""
    raws = [raw for _, raw in numbered]
    end = _headers_end(raws, skip)
    if end is None:
        return skip - 1, _PARSER.parsestr("")
    return end, _PARSER.parsestr("\n".join(raws[skip:end]) + "\n")


def _show_headers(head: _Lines, numbered: _Lines, skip: int, end: int, headers: EmailMessage) -> None:
    """Set the headers a reader shows on their first lines, their encoded words read."""
    for at in range(skip, end):
        name = numbered[at][1].partition(":")[0].strip()
        shown = next((field for field in _SHOWN if field.lower() == name.lower()), None)
        if shown:
            try:
                value = str(headers.get(shown, ""))
            except (HeaderParseError, ValueError, IndexError):
                value = numbered[at][1].partition(":")[2]
            head[at] = (numbered[at][0], f"{shown}: {' '.join(value.split())}")


def _body(headers: EmailMessage, numbered: _Lines) -> _Lines:
    """A body's lines as shown, by its headers' type."""
    kind = headers.get_content_maintype()
    if kind == "multipart":
        return _multipart(headers, numbered)
    if headers.get_content_type() == "message/rfc822":
        return _message(numbered, outer=True)
    if kind != "text" or headers.get_content_disposition() == "attachment":
        return [(number, "") for number, _ in numbered]
    shown = _decoded(headers, numbered)
    if headers.get_content_subtype() == "html":
        shown = list(zip([n for n, _ in shown], rendered([t for _, t in shown])))
    return shown


def _multipart(headers: EmailMessage, numbered: _Lines) -> _Lines:
    """A multipart body's lines: its parts' as shown (see the module's docstring), its
    boundaries, preamble and epilogue blank."""
    boundary = headers.get_param("boundary")
    if not isinstance(boundary, str):
        return [(number, "") for number, _ in numbered]
    marks = [at for at, (_, raw) in enumerate(numbered) if raw.rstrip() in (f"--{boundary}", f"--{boundary}--")]
    shown = [(number, "") for number, _ in numbered]
    closed = bool(marks) and numbered[marks[-1]][1].rstrip().endswith(f"{boundary}--")
    ends = marks[1:] if closed else [*marks[1:], len(numbered)]  # (a message cut short: its last part runs to the end)
    parts = [(start + 1, end) for start, end in zip(marks, ends) if not numbered[start][1].rstrip().endswith(f"{boundary}--")]
    read = [(start, end, _headers(numbered[start:end], 0)) for start, end in parts]
    if headers.get_content_subtype() == "alternative" and read:
        chosen = next((part for kind in ("text/plain", "text/html") for part in read
                       if part[2][1].get_content_type() == kind), read[0])
        read = [chosen]
    for start, end, part in read:
        shown[start:end] = _message(numbered[start:end], read=part)
    return shown


def _decoded(headers: EmailMessage, numbered: _Lines) -> _Lines:
    """A text part's lines, its transfer encoding and `format=flowed` read."""
    charset = headers.get_content_charset() or "utf-8"
    encoding = str(headers.get("Content-Transfer-Encoding", "")).strip().lower()
    if encoding == "quoted-printable":
        shown = _quoted_printable(numbered, charset)
    elif encoding == "base64":
        shown = _base64(numbered, charset)
    else:
        shown = list(numbered)
    if str(headers.get_param("format", "")).lower() == "flowed":
        shown = _flowed(shown, str(headers.get_param("delsp", "")).lower() == "yes")
    return shown


def _text(data: bytes, charset: str) -> str:
    try:
        return data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return data.decode("utf-8", errors="replace")


def _quoted_printable(numbered: _Lines, charset: str) -> _Lines:
    """Quoted-printable lines read: a soft break (`=` at a line's end) joins a line with the
    next; the joined line has the first's number."""
    shown: _Lines = []
    start, data = None, b""
    for number, raw in numbered:
        if not raw.isascii():  # (a part sent as 8-bit text that says it is quoted-printable)
            shown.append((number, raw))
            continue
        line = raw.rstrip(" \t").encode("ascii")
        data += binascii.a2b_qp(line)
        start = number if start is None else start
        if not line.endswith(b"="):
            shown.append((start, _text(data, charset)))
            start, data = None, b""
    if start is not None:
        shown.append((start, _text(data, charset)))
    return shown


def _base64(numbered: _Lines, charset: str) -> _Lines:
    """A base64 part's lines, each with the number of the source line holding its first
    byte (a short line of HTML shares it with the lines after it)."""
    letters = [_NOT_BASE64.sub("", raw) for _, raw in numbered]
    ends = [size * 3 // 4 for size in itertools.accumulate(map(len, letters))]
    joined = "".join(letters).rstrip("=")
    try:
        data = base64.b64decode(joined + "=" * (-len(joined) % 4))
    except (binascii.Error, ValueError):
        data = b""
    if not numbered:
        return []
    if charset.replace("-", "").lower().startswith(("utf16", "utf32")):  # (no bytes to count lines by)
        return [(numbered[0][0], line) for line in _text(data, charset).splitlines()]
    shown, offset = [], 0
    for line in data.split(b"\n"):
        at = min(bisect.bisect_right(ends, offset), len(numbered) - 1)
        shown.append((numbered[at][0], _text(line.removesuffix(b"\r"), charset)))
        offset += len(line) + 1
    return shown


def _flowed(shown: _Lines, delsp: bool) -> _Lines:
    """`format=flowed` lines read: a line ending in a space (not a signature's `-- `) goes
    on in the next one; a line's first space is stuffing."""
    out: _Lines = []
    carried: tuple[int, str] | None = None
    for number, text in shown:
        text = text[1:] if text.startswith(" ") else text
        if carried is not None:
            number, text = carried[0], carried[1] + text
        if text.endswith(" ") and text != "-- ":
            carried = (number, text[:-1] if delsp else text)
            continue
        carried = None
        out.append((number, text))
    if carried is not None:
        out.append(carried)
    return out
