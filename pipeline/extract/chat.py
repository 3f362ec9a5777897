"""A chat's export saved as text (WhatsApp's `Export chat`), news pasted into its messages.

Each message opens with the chat's header: when it was sent and by whom
(`16/05/2024, 09:15 - Ana Souza: ` on Android, `[16/05/2024, 09:15:32] Ana Souza: ` on iOS).
The header is the chat's, not the page's: its date is when the message was sent, never an
item's date, and its sender is no text of the item.
"""
from __future__ import annotations

import re

# a dump is a chat's export when its first line with text opens a message, and so do this
# many lines or more
CHAT_MESSAGES = 3

_DATE = r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}"
_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?"
_HEADER = re.compile(rf"\u200e?(?:\[{_DATE},?\s{_TIME}\]|{_DATE},?\s{_TIME}\s[-–])\s?(?P<rest>.*)")
# who sent it: a name or a phone number, then `: `; a line with none is the chat's own
# notice (`Ana Souza created group "ILO Comms"`, `Messages and calls are end-to-end encrypted`)
_SENDER = re.compile(r"\u200e?[^:]{1,40}?:(?:\s(?P<text>.*))?$")


def messages(raws: list[str]) -> dict[int, str | None] | None:
    """Where each message of a chat's export opens (an index of `raws`), and the text the
    message opens with, its header aside (None for the chat's own notices); None when the
    dump is no chat's export."""
    first = next((raw for raw in raws if raw.strip()), "")
    if not _HEADER.match(first):
        return None
    opened = {}
    for at, raw in enumerate(raws):
        if raw[:1] in "[0123456789\u200e" and (header := _HEADER.match(raw)):
            sender = _SENDER.match(header["rest"])
            opened[at] = (sender["text"] or "") if sender else None
    return opened if len(opened) >= CHAT_MESSAGES else None
