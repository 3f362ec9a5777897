"""A JSON document that is a page: the text it holds for a reader, its keys none.

- A Jupyter notebook (`.ipynb`: `{"cells": [...], "nbformat": 4, ...}`): the text of its
  Markdown cells, one JSON string a line as Jupyter writes them. Its code, the code's
  outputs and its metadata are no page text.
- A chat's export: Telegram Desktop's `result.json` (`{"name": ..., "messages": [...]}`, or
  a whole account's, `{"chats": {"list": [...]}}`; a message's `text` is a string or a list
  of strings and entities, `{"type": "bold", "text": ...}`), DiscordChatExporter's (a
  message's `content`), a Slack export's day file (a list of `{"type": "message", "text":
  ...}`). Each message's text; its date, author and ids are none, as a chat's own header
  is in a chat's copy (`chat`): a message's date is when it was posted, not the news'.

Each block (a cell, a message) is a paragraph of its own. Each of its lines keeps the
number of the file's line that holds the JSON string it starts in; a line the file does not
show (a string's escaped `\\n`) takes that string's line, after it.
"""
from __future__ import annotations

import json

from pipeline.text import line_numbers

OPENING_CHARACTERS = 200  # a notebook's `"cells"` key is within these

_CHAT_TEXT_KEYS = ("text", "content")  # Telegram's and Slack's, Discord's


def is_json_page(text: str) -> bool:
    """Whether a dump may be a JSON document that is a page (a fast test: `json_page_lines`
    reads it)."""
    opening = text[:OPENING_CHARACTERS].lstrip("\ufeff \t\r\n")
    if opening[:1] == "{":
        return ('"cells"' in opening and '"nbformat"' in text) or '"messages"' in text
    return opening[:1] == "[" and '"message"' in text


def json_page_lines(raws: list[str]) -> tuple[list[str], list[int]] | None:
    """The page's lines as shown, and each one's line number in the file; None when the
    dump does not read as a notebook or a chat's export."""
    joined = "\n".join(raws)
    try:
        document = json.loads(joined)
    except (ValueError, RecursionError):
        return None
    blocks = _cells(document) if isinstance(document, dict) and "cells" in document else _messages(document)
    if not blocks:
        return None
    shown: dict[int, list[str]] = {}  # a file line's number -> the page lines it shows
    line_of, at = line_numbers(joined), 0  # (the strings are met in the file's order)
    for pieces in blocks:
        starts = []  # (index in the block's text, file line) of each piece
        text = ""
        for piece in pieces:
            found = _written(joined, at, piece)
            starts.append((len(text), line_of(found if found >= 0 else at)))
            at = found + 1 if found >= 0 else at
            text += piece
        if shown.get(starts[0][1]):
            shown[starts[0][1]].append("")  # (a block on the line where the one before ended)
        offset = 0
        for line in text.rstrip("\n").split("\n"):
            shown.setdefault(max(number for start, number in starts if start <= offset), []).append(line)
            offset += len(line) + 1
    lines = [(number, line) for number in range(1, len(raws) + 1) for line in shown.get(number, [""])]
    return [line for _, line in lines], [number for number, _ in lines]


def _cells(document: dict) -> list[list[str]]:
    """A notebook's Markdown cells, each as its source's strings (a cell whose source is
    null, or no text, is none)."""
    cells = document.get("cells")
    blocks = []
    for cell in cells if isinstance(cells, list) else []:
        if isinstance(cell, dict) and cell.get("cell_type") == "markdown":
            source = cell.get("source")
            pieces = [source] if isinstance(source, str) else source if isinstance(source, list) else []
            blocks.append([piece for piece in pieces if isinstance(piece, str)])
    return [block for block in blocks if block]


def _messages(document: object) -> list[list[str]]:
    """A chat export's messages, each as its text's strings (a Telegram entity's text is
    one); a message with no text, and Telegram's service message (a pin, a join), is none:
    a reply (Discord's `"type": "Reply"`) is a message too."""
    if isinstance(document, dict):
        chats = document.get("chats")
        if isinstance(chats, dict) and isinstance(chats.get("list"), list):
            return [block for chat in chats["list"] for block in _messages(chat)]
        listed = document.get("messages")
    else:
        listed = document
    if not isinstance(listed, list) or not any(isinstance(m, dict) and _text_of(m) for m in listed):
        return []
    blocks = []
    for message in listed:
        if isinstance(message, dict) and message.get("type") != "service" and (pieces := _text_of(message)):
            blocks.append(pieces)
    return blocks


def _text_of(message: dict) -> list[str]:
    for key in _CHAT_TEXT_KEYS:
        value = message.get(key)
        if isinstance(value, str):
            return [value] if value.strip() else []
        if isinstance(value, list):
            pieces = [piece if isinstance(piece, str) else piece.get("text") for piece in value
                      if isinstance(piece, str) or isinstance(piece, dict)]
            pieces = [piece for piece in pieces if isinstance(piece, str)]
            return pieces if "".join(pieces).strip() else []
    return []


def _written(text: str, start: int, piece: str) -> int:
    """Where the JSON string `piece` is written in `text` from `start` (its opening quote),
    as Jupyter, Telegram and Python's `json` write strings; -1 if it is written otherwise."""
    found = [at for written in {json.dumps(piece, ensure_ascii=False), json.dumps(piece)}
             if (at := text.find(written, start)) >= 0]
    return min(found, default=-1)
