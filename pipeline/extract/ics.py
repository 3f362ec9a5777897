"""An iCalendar file (`.ics`, RFC 5545: a calendar's export of its events) read as records:
each `BEGIN:VEVENT` ... `END:VEVENT` is an item, starting on its `BEGIN` line. Its
properties give the fields by the table columns' names: `SUMMARY` the title, `DTSTART`
the date (with its time and `TZID` zone, or `Z`: UTC), `DTEND` the range's last day (a
whole day's end is the day after, as the standard has it), `LOCATION` the place,
`CATEGORIES` the kind, `DESCRIPTION` the summary. The calendar's bookkeeping (`UID`,
`DTSTAMP`, `STATUS`, `URL`, `X-...`) is no text; another property lands in the summary,
named. A line that starts with a space carries on the line above (folding), and `\\,`
`\\;` `\\n` `\\\\` are their signs.

The `icalendar` package reads the same, but keeps no line numbers; the format's few rules
are here.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from pipeline.extract.tables import TableRow, numbered_record, record_rows

OPENING = "BEGIN:VCALENDAR"
_PROPERTY = re.compile(r"(?P<name>[A-Za-z0-9-]+)(?P<params>(?:;[^:]*)?):(?P<value>.*)", re.S)
_ESCAPE = re.compile(r"\\([\\,;nN])")
_DATE_TIME = re.compile(r"(?P<y>\d{4})(?P<m>\d\d)(?P<d>\d\d)(?:T(?P<H>\d\d)(?P<M>\d\d)\d\d(?P<utc>Z)?)?")
_TZID = re.compile(r";TZID=\"?([^;:\"]+)", re.I)
# the properties a calendar keeps for itself, not text of its events
_BOOKKEEPING = frozenset({"UID", "DTSTAMP", "CREATED", "LAST-MODIFIED", "SEQUENCE", "STATUS", "TRANSP", "CLASS",
                          "PRIORITY", "URL", "ORGANIZER", "ATTENDEE", "RRULE", "EXDATE", "RDATE", "ATTACH",
                          "GEO", "RECURRENCE-ID", "DURATION"})
# the properties that give a field, by a table column's name (`data/table_columns.csv`)
_COLUMN = {"SUMMARY": "title", "DTSTART": "date", "DTEND": "end", "LOCATION": "location",
           "CATEGORIES": "type", "DESCRIPTION": "summary"}


def is_calendar(opening: str) -> bool:
    return opening.startswith(OPENING)


def read_calendar(text: str) -> list[TableRow]:
    """The events of an iCalendar file, as rows."""
    records, event, names, values, start = [], False, [], [], 0
    for number, name, params, value in _properties(text):
        if name == "BEGIN" and value.upper() == "VEVENT":
            event, names, values, start = True, [], [], number
        elif name == "END" and value.upper() == "VEVENT" and event:
            if "date" in names and "end" in names and values[names.index("end")] <= values[names.index("date")][:10]:
                at = names.index("end")  # (an event that ends the day it starts: no range)
                del names[at], values[at]
            records.append(numbered_record(start, number, names, values))
            event = False
        elif event and name not in _BOOKKEEPING and not name.startswith("X-"):
            if name in ("DTSTART", "DTEND"):
                value = _date_text(value, params, end=name == "DTEND")
            names.append(_COLUMN.get(name, name))
            values.append(value if name in ("DTSTART", "DTEND") else _ESCAPE.sub(_unescaped, value).strip())
    return record_rows(records)


def _properties(text: str) -> Iterator[tuple[int, str, str, str]]:
    """Each property (unfolded) as its first line's number, its name, parameters and value."""
    number, first, folded = 0, 0, ""
    for number, raw in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        if raw[:1] in (" ", "\t") and folded:
            folded += raw[1:]
            continue
        if folded and (m := _PROPERTY.fullmatch(folded)):
            yield first, m["name"].upper(), m["params"], m["value"]
        first, folded = number, raw
    if folded and (m := _PROPERTY.fullmatch(folded)):
        yield first, m["name"].upper(), m["params"], m["value"]


def _unescaped(m: re.Match) -> str:
    return "\n" if m[1] in "nN" else m[1]


def _date_text(value: str, params: str, end: bool) -> str:
    """A `DTSTART` or `DTEND` as a date line reads it: `2024-05-21 14:00 (Europe/Zurich)`;
    a whole day's `DTEND` (the day after the last) as the last day."""
    m = _DATE_TIME.fullmatch(value.strip())
    if not m:
        return value
    day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    if m["H"] is None:
        return (day - dt.timedelta(days=1) if end else day).isoformat()
    if end:
        return day.isoformat()
    zone = "UTC" if m["utc"] else (tz[1] if (tz := _TZID.search(params)) else None)
    return f"{day.isoformat()} {m['H']}:{m['M']}" + (f" ({zone})" if zone else "")
