"""A chat's export or copy saved as text (WhatsApp's `Export chat`, a Telegram Desktop copy),
news pasted into its messages.

Each message opens with the chat's header: when it was sent and by whom
(`16/05/2024, 09:15 - Ana Souza: ` on Android, `[16/05/2024, 09:15:32] Ana Souza: ` on iOS;
Telegram's `Ana Souza, [16.05.24 09:15]` on a line of its own, and a forwarded post's
`[Forwarded from ILO News]` under it). The header is the chat's, not the page's: its date
is when the message was sent, never an item's date, and its sender is no text of the item.
"""
from __future__ import annotations

import re

# a dump is a chat's export when its first line with text opens a message, and so do this
# many lines or more
CHAT_MESSAGES = 3

_DATE = r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}"
_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?"
_HEADER = re.compile(rf"\u200e?(?:\[{_DATE},?\s{_TIME}\]|{_DATE},?\s{_TIME}\s[-–])\s?(?P<rest>.*)")
# Telegram's header, a line of its own, and the line a forwarded post or a reply opens with
_HEADER_LINE = re.compile(rf"[^\[\]]{{1,60}}?,\s\[{_DATE}(?:,?\s{_TIME})?\]\s*")
_FORWARDED = re.compile(r"\[(?:forwarded from|in reply to)\s[^\]]+\]\s*", re.I)
# who sent it: a name or a phone number, then `: `; a line with none is the chat's own
# notice (`Ana Souza created group "ILO Comms"`, `Messages and calls are end-to-end encrypted`)
_SENDER = re.compile(r"\u200e?[^:]{1,40}?:(?:\s(?P<text>.*))?$")


def messages(raws: list[str]) -> dict[int, str | None] | None:
    """Where each message of a chat's export opens (an index of `raws`), and the text the
    message opens with, its header aside (None for the chat's own notices); None when the
    dump is no chat's export."""
    first = next((raw for raw in raws if raw.strip()), "")
    opened = {}
    if _HEADER.match(first):
        for at, raw in enumerate(raws):
            if raw[:1] in "[0123456789\u200e" and (header := _HEADER.match(raw)):
                sender = _SENDER.match(header["rest"])
                opened[at] = (sender["text"] or "") if sender else None
    elif _HEADER_LINE.fullmatch(first):
        for at, raw in enumerate(raws):
            if raw.endswith("]") and _HEADER_LINE.fullmatch(raw):
                opened[at] = ""
                if at + 1 < len(raws) and _FORWARDED.fullmatch(raws[at + 1]):
                    opened[at + 1] = ""  # (a message of its own, with no text on its line)
    return opened if len(opened) >= CHAT_MESSAGES else None
