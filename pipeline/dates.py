"""Date lines and date headings of listing pages.

A date line is a whole line whose core is a date or a date range, with the few
decorations listing pages put around it:

    26 October 2020                         plain
    27-28 June 2023 / 24 - 28 April 2015    a range (also across months and years)
    May 24, 2016 / June 27-28, 2023         US order
    24 March 2023 at 09:00 (Europe/Zurich)  a time and its zone
    Press release | 01 March 2023           a kind before a bar (or after it)
    24 June 2022, Bangkok, Thailand         a place after the date
    15 January 2001, / 3 May 2024.          a trailing comma or full stop
    NEW DELHI, 25 July 2016 - The ILO ...   a place first, then the lead text

A line whose tail is not one of these (`17 September 2020, the ILO said...`) is a
sentence that starts with a date, not a date line.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace

import jdatetime
from hijridate import Hijri
from hijridate.locales import get_locale
from babel import Locale
from babel.dates import format_timedelta

from pipeline.curated import rows

# The languages whose month and weekday names a date line may use: the ILO's official
# languages (English, French, Spanish), and those its offices and their partners publish in
# (Portuguese: Brasília, Lisbon; German: Berlin; Italian: Rome; Polish: Central and Eastern
# Europe; Russian: Moscow; Turkish: Ankara; Indonesian: Jakarta; Arabic: Beirut, with the
# Levant's month names, `أيار`; Hungarian: Budapest; Vietnamese: Hanoi; Ukrainian: Kyiv;
# Swahili: Dar es Salaam; Thai: Bangkok; Hindi: New Delhi; Bengali: Dhaka; Persian: the press of
# Iran and Afghanistan, which reports the ILO's news; Greek: the ILO's partners in Greece and
# Cyprus). Their names come from the CLDR (Babel), with `data/date_names.csv`'s additions.
LANGUAGES = ("en", "fr", "es", "pt", "de", "it", "pl", "ru", "tr", "id", "ar", "ar_LB", "hu", "vi",
             "uk", "sw", "th", "hi", "bn", "fa", "el", "he")
# Abbreviations in Latin letters are often English words (`out`, `set`: `4 out of 5
# workers`; `so`, `do`, `per`, `min`, `sie`): of those languages only the wide names are read
# (`outubro`, `Dienstag`, `maggio`, `maja`, `Mayıs`), and of Hungarian and Vietnamese, whose
# weekdays' abbreviations are letters (`K`, `P`, `CN`); of the others, the abbreviations too.
_WIDE_ONLY = frozenset({"pt", "de", "it", "pl", "tr", "id", "hu", "vi", "sw"})


def _unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _names(field: str, languages: tuple[str, ...] = LANGUAGES) -> dict[str, int | None]:
    """Every `months` or `days` name of `languages`, wide and abbreviated, in lower case and
    without its abbreviation's dot, also without accents (`fevrier`), to its number (months
    from 1; a weekday's is None); with `data/date_names.csv`'s additions."""
    names = {}
    for language in languages:
        data = getattr(Locale.parse(language), field)
        for context in ("format", "stand-alone"):
            for width in ("wide",) if language in _WIDE_ONLY else ("wide", "abbreviated"):
                for number, name in data[context][width].items():
                    name = name.lower().rstrip(".")
                    for form in {name, _unaccented(name)}:
                        _add(names, form, number if field == "months" else None)
    for row in rows("data/date_names.csv"):
        if row["language"] in languages and bool(row["month"]) == (field == "months"):
            _add(names, row["name"], int(row["month"]) if row["month"] else None)
    return names


def _add(names: dict, name: str, number: int | None) -> None:
    if names.setdefault(name, number) != number:
        raise ValueError(f"{name!r} names two months: {names[name]} and {number}")


def _solar_hijri_months() -> dict[str, int]:
    """The Solar Hijri calendar's month names (Iran's, Afghanistan's) to their numbers:
    jdatetime's, in Persian (`اردیبهشت`) and in Latin letters (`Ordibehesht`), with
    `data/solar_hijri_months.csv`'s additions (Dari's, `ثور`)."""
    names: dict[str, int] = {}
    for number, (persian, latin) in enumerate(zip(jdatetime.date.j_months_fa, jdatetime.date.j_months_en), 1):
        for name in (persian, latin.lower()):
            _add(names, name, number)
    for row in rows("data/solar_hijri_months.csv"):
        _add(names, row["name"], int(row["month"]))
    return names


def _hijri_months() -> dict[str, int]:
    """The (lunar) Hijri calendar's month names to their numbers: hijridate's, in Arabic
    (`ذو القعدة`) and in English (`Dhu al-Qa'dah`), with `data/hijri_months.csv`'s forms (the
    genitive, `ذي القعدة`)."""
    names: dict[str, int] = {}
    for language in ("ar", "en"):
        for number, name in enumerate(get_locale(language).month_names, 1):
            _add(names, name.lower(), number)
    for row in rows("data/hijri_months.csv"):
        _add(names, row["name"], int(row["month"]))
    return names


def _month_first(language: str) -> bool:
    """Whether `language` writes the month before the day (`MMMM d, y`), by the CLDR."""
    pattern = Locale.parse(language).date_formats["long"].pattern
    return pattern.index("M") < pattern.index("d")


MONTHS = _names("months")
# The month names of the languages that write the month before the day (`May 24, 2016`):
# `ago 30` is no date, though `ago` is agosto's abbreviation.
MONTHS_BEFORE_DAY = frozenset(_names("months", tuple(filter(_month_first, LANGUAGES))))
# A weekday's abbreviation that is also a month's (`mar`, for mardi and martes) is read as
# the month: `Mar 30 - 2 April 2023`.
WEEKDAYS = sorted(set(_names("days")) - set(MONTHS))


def _any_of(names) -> str:
    """A pattern for any of `names`, the longest first, as a trie (`j(?:an(?:uary)?|...)`):
    matched case-insensitively, an alternation tries each name in turn, a trie a letter."""
    following: dict[str, set[str]] = {}
    for name in names:
        if name:
            following.setdefault(name[0], set()).add(name[1:])
    branches = [re.escape(first) + _any_of(rest) for first, rest in sorted(following.items())]
    if not branches:
        return ""
    pattern = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in names:  # a name ends here, or goes on
        pattern = (pattern if len(branches) > 1 or len(pattern) == 1 else f"(?:{pattern})") + "?"
    return pattern


# a month's name, or two names of it parted by a slash, as the UN's Arabic writes it (`أيار/مايو`:
# the Levant's name, then Egypt's); `(?!\d)`: at a digit, no name is tried
_MONTH_NAME = _any_of(MONTHS)
_MONTH = rf"(?!\d)(?:{_MONTH_NAME})\.?(?:/(?:{_MONTH_NAME}))?"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th|er|º|°|\.)?"  # `1er avril`, `1º de mayo`, `16. Mai`
_YEAR = r"(?:1[89]\d\d|2\d\d\d)"
# `27-28 June`, `3 to 5 June`, `du 3 au 5 juin`, `del 3 al 5 de junio`, `de 3 a 14 de junho`;
# two days: `21 and 22 May`, `21 et 22 mai`, `21 y 22 de mayo`, `21 e 22 de maio`
_DASH = r"(?:\s*(?:-|–|—|to|until)\s*|\s+(?:au|al|a|and|et|y|e)\s+)"
_FROM = r"(?:(?:from|du|del|de)\s+)?"
# `7 de mayo de 2024`; Thai's era before the year, the Buddhist (`พ.ศ. 2567`) or the Common (`ค.ศ.`);
# Vietnamese's word for a year before it (`30 tháng 4 năm 2024`)
_OF = r"(?:de\s+|năm\s+|[พค]\.ศ\.\s*|ב)?"  # (Hebrew's `ב`, "in", before its month: `29 במאי 2024`)
# a weekday before the date, its comma (`،`: Arabic's) or a dash after it (`الأربعاء - 29 مايو 2024`)
_WEEKDAY = rf"(?:(?!\d)(?:{_any_of(WEEKDAYS)})\.?(?:[,،]|\s+[-–])?\s+)?"
_CJK_WEEKDAY = (r"(?:\s*[（(](?:[月火水木金土日]曜?日?|[월화수목금토일](?:요일)?"
                r"|星期[一二三四五六日天]|周[一二三四五六日])[)）])?")  # `（火）`, `(화)`, `（星期二）`


def _day_first(month: str, year: str) -> list[re.Pattern]:
    """The patterns of a date with the day first, by a pattern for its month and its year:
    `27 June 2023 - 3 July 2024`, `30 June - 2 July 2023`, `27-28 June 2023`, `26 October 2020`."""
    return [
        re.compile(
            rf"{_FROM}{_WEEKDAY}(?P<d1>{_DAY})(?:\s+{_OF}(?P<m1>{month}),?(?:\s+{_OF}(?P<y1>{year}))?)?"
            rf"{_DASH}{_WEEKDAY}(?P<d2>{_DAY})\s+{_OF}(?P<m2>{month}),?\s+{_OF}(?P<y2>{year})",
            re.I),
        re.compile(rf"{_WEEKDAY}(?P<d1>{_DAY})\s+{_OF}(?P<m1>{month}),?\s+{_OF}(?P<y1>{year})", re.I),
    ]


# Each pattern captures d1 m1 y1 (start) and d2 m2 y2 (end); missing parts are inherited.
_DATE_PATTERNS = [
    *_day_first(_MONTH, _YEAR),
    # June 30 - July 2, 2023 / June 27-28, 2023 / May 24, 2016
    re.compile(
        rf"{_FROM}{_WEEKDAY}(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:,\s*(?P<y1>{_YEAR}))?"
        rf"{_DASH}(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{_DAY}),?\s+(?P<y2>{_YEAR})",
        re.I),
    re.compile(rf"{_WEEKDAY}(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}),?\s+(?P<y1>{_YEAR})", re.I),
    # 2023-03-01
    re.compile(rf"(?P<y1>{_YEAR})-(?P<m1>[01]\d)-(?P<d1>[0-3]\d)"),
    # 29-May-2024, 29-MAY-2024 (Excel's `d-mmm-yyyy`, Oracle's `DD-MON-YYYY`, British and Indian
    # pages): the month's name between dashes
    re.compile(rf"(?P<d1>[0-3]?\d)-(?P<m1>{_MONTH})-(?P<y1>{_YEAR})", re.I),
    # 14.05.2024: day, month, year with dots, as European pages write them (a date with
    # slashes is not read: 03/04/2024 is 3 April or March 4, by the writer's country)
    re.compile(rf"(?P<d1>[0-3]?\d)\.(?:(?P<m1>[01]?\d)\.(?P<y1>{_YEAR})?)?"
               rf"{_DASH}(?P<d2>[0-3]?\d)\.(?P<m2>[01]?\d)\.(?P<y2>{_YEAR})"),  # 14.05.2024 - 16.05.2024
    re.compile(rf"(?P<d1>[0-3]?\d)\.(?P<m1>[01]?\d)\.(?P<y1>{_YEAR})"),
    # 2024年5月14日 (Japanese, Chinese), 2024년 5월 14일 (Korean): the numbers, each with its
    # unit's mark, and no month name; the weekday after, in brackets (`（火）`); a range's end
    # after a wave dash (`2024年5月27日～28日`, `～6月2日`)
    # 2024. május 14. (Hungarian: the year first, each number with its dot); a range's end
    # after a dash (`2024. május 27–28.`, `2024. május 30. – június 2.`)
    re.compile(rf"(?P<y1>{_YEAR})\.\s+(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})\.?"
               rf"(?:{_DASH}(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{_DAY})\.)?", re.I),
    re.compile(rf"(?P<y1>{_YEAR})\s*[年년]\s*(?P<m1>[01]?\d)\s*[月월]\s*(?P<d1>[0-3]?\d)\s*[日일]{_CJK_WEEKDAY}"
               rf"(?:\s*[~～〜–—-]\s*(?:(?P<y2>{_YEAR})\s*[年년]\s*)?(?:(?P<m2>[01]?\d)\s*[月월]\s*)?"
               rf"(?P<d2>[0-3]?\d)\s*[日일]{_CJK_WEEKDAY})?"),
]
# A date of the Solar Hijri calendar (`۲۵ اردیبهشت ۱۴۰۳`, Iran's and Afghanistan's; its year 1403 is
# 2024's spring to 2025's), read as the Gregorian date it is (14 May 2024), by jdatetime.
SOLAR_HIJRI_MONTHS = _solar_hijri_months()
_SOLAR_HIJRI_YEAR = r"(?:1[34]\d\d)"
_SOLAR_HIJRI_PATTERNS = _day_first(rf"(?!\d)(?:{_any_of(SOLAR_HIJRI_MONTHS)})", _SOLAR_HIJRI_YEAR)
# A date of the (lunar) Hijri calendar (`21 ذو القعدة 1445 هـ`, the Gulf's; 1445 ran from July 2023
# to July 2024), read as the Gregorian date it is (29 May 2024) by hijridate, whose Umm al-Qura
# tables run from 1343 to 1500 (1924 to 2077).
HIJRI_MONTHS = _hijri_months()
_HIJRI_PATTERNS = _day_first(rf"(?!\d)(?:{_any_of(HIJRI_MONTHS)})", _SOLAR_HIJRI_YEAR)
# the Hijri era's mark after a Hijri date (`هـ`), and the dash to a date of the other calendar
# after it: the line names one day in both (`21 ذو القعدة 1445 هـ - 29 مايو 2024 م`)
_HIJRI_ERA = get_locale("ar").notation.rstrip("ـ")
_HIJRI_DOUBLE = re.compile(rf"{_HIJRI_PATTERNS[-1].pattern}\s*{_HIJRI_ERA}ـ*(?:\s*[-–/]\s*)?", re.I)


def _year_marks() -> re.Pattern:
    """The mark a language writes after a date's year, by its CLDR long date format
    (Russian's `14 мая 2024 г.`), its dot optional; and the eras' marks, by hijridate (`2024 م`,
    `1445 هـ`, a tatweel after the letter optional: `مـ`; `1445 AH`)."""
    marks = set()
    for language in LANGUAGES:
        if m := re.search(r"y\s*'([^']+)'", Locale.parse(language).date_formats["long"].pattern):
            marks.add(m[1])
    arabic = get_locale("ar")  # (the eras' marks, `م` and `هـ`: CLDR's Arabic date writes none)
    marks |= {arabic.gregorian_notation.rstrip("ـ"), arabic.notation.rstrip("ـ"), get_locale("en").notation}
    return re.compile(rf"\s?(?:{'|'.join(map(re.escape, sorted(marks)))})ـ*\.?(?!\w)")


_YEAR_MARK = _year_marks()
# a weekday after the date, not before it (Turkish's `14 Mayıs 2024 Salı`, `14 May 2024
# (Tue)`, `3 May 2024, Friday`): no place, and no text of the item
_WEEKDAY_AFTER = re.compile(rf"\s*[,،(]?\s*(?:{_any_of(WEEKDAYS)})\.?\)?(?=\s*(?:$|[,،·•|–—(\d-]))", re.I)

_KIND_BEFORE = re.compile(r"(?P<kind>[^|\d][^|]{0,60}?)\s*\|\s*")
# With no bar, a kind is one a page names (`Press release 28 May 2024`, `Article · 3 May
# 2024`, `3 May 2024 - News`): the curated list, the longest first.
_KIND_NAMES = [row["kind"] for row in rows("data/kinds.csv")]
_KINDS = "|".join(map(re.escape, sorted(_KIND_NAMES, key=len, reverse=True)))
_KIND_NAMED = re.compile(rf"(?P<kind>{_KINDS})(?!\w)\s*(?:[·•:,–—-]\s*)?", re.I)
_KIND_NAMED_AFTER = re.compile(rf"\s*[·•,–—-]?\s*(?P<kind>{_KINDS})\s*$", re.I)
_KIND_ONLY = re.compile(_KINDS, re.I)
# a field line that gives the date: `Date: 12 - 13 May 2024`, `When: Thursday, 23 May 2024`,
# `Start date: 2 September 2024`, `Published on 3 May 2024`, `Posted: 3 May 2024`
_FIELD_BEFORE = re.compile(
    r"(?:(?:(?:start|event|publication|release)\s+)?dates?|when)\s*:\s*"
    r"|(?:published|posted|issued|released)(?:\s+on)?\s*:?\s+", re.I)
# ... or a run of labels and their values with nothing between them, its first label at its
# start (`Format News and Press Release Source ILO Posted 14 May 2024 Originally published
# 14 May 2024 Origin View original`): the labels are `data/meta_labels.csv`'s
_META_FIELDS = {row["label"]: row["field"] for row in rows("data/meta_labels.csv")}
_META_LABEL = re.compile(rf"(?<!\S)({'|'.join(map(re.escape, sorted(_META_FIELDS, key=len, reverse=True)))})\s+")
_META_OPENINGS = frozenset(label[:3] for label in _META_FIELDS)
# a list entry's date in brackets after its title: `Title (3rd May 2024)`
_DATE_AFTER_TITLE = re.compile(r"(?P<title>.*\S)\s*(?P<date>\([^()]{4,60}\))", re.S)
# ... or after a dash: `Title — 1 May 2024`, `Title – 22 April 2024`; or after a leader, an
# index's run of dots (`Title ........ 14 May 2024`, `Title . . . . 2 May 2024`, `…`, `···`)
_DASH_BEFORE_DATE = re.compile(r"\s+[-–—]\s+(?=[\w(])|\s*(?:\.\s?){3,}\s*(?=[\w(])|\s*[…·][\s.…·]*(?=[\w(])")
# ... and the place line under it: `Location: Geneva`, `Venue: ILO headquarters`
_PLACE_FIELD = re.compile(r"(?:location|venue|place|where)\s*:\s*(?P<place>\S.{0,79})$", re.I)
# the first three letters of the words a date line may open with (a fast first test)
_WORDS_BEFORE = frozenset(word[:3].lower() for word in [
    *_KIND_NAMES,
    "date", "when", "start", "event", "publication", "release", "published", "posted", "issued"])
# ... and `Type: Press release`, its kind (a few words)
_KIND_FIELD = re.compile(r"(?:type|kind)\s*:\s*(?P<kind>[^\W\d][^|:.!?]{0,40}?)\s*$", re.I)
KIND_FIELD_WORDS = 4
# ... and `Time: 14:00 - 15:30 (Africa/Nairobi)`, read as a date line's time (`_TIME`)
_TIME_FIELD = re.compile(r"(?:time|hours?)\s*:\s*", re.I)
# (its first letter a capital: `NEW DELHI`, `ĐÀ NẴNG`, `İZMİR`; `_place_then_date` tells a
# capital beyond ASCII's)
_PLACE_BEFORE = re.compile(r"(?P<place>[^\W\d_a-z][\w'’.\- ]{1,40}(?:\s*\([^)]{1,30}\))?),\s*")
# a dateline's place has this many comma-separated parts at most: `Skopje, North Macedonia`
PLACE_PARTS = 3
# A time as written (`09:00`, `2.30 p.m.`, `10h30`, a whole hour before am or pm: `10am`);
# `clock` reads its parts. `_TIME` takes one or a span of two, with the parts' names left out
# (a pattern names a group once), after a comma, a bar or a middle dot (`14 May 2024 | 15:30`)
# or none.
_CLOCK_PARTS = re.compile(r"(?P<h>\d{1,2})(?:[:.h](?P<m>\d\d)(?::[0-5]\d)?|(?=\s*[ap]\.?m\b))"
                          r"(?:\s*(?P<half>[ap])\.?m\b\.?)?", re.I)
_CLOCK = re.sub(r"\?P<\w+>", "?:", _CLOCK_PARTS.pattern)
# the words before a time (`at`, `alle ore`): `data/time_words.csv`, the longest first
_TIME_WORDS = "|".join(r"\s+".join(map(re.escape, row["word"].split()))
                       for row in sorted(rows("data/time_words.csv"), key=lambda row: -len(row["word"])))
_TIME = re.compile(
    rf"\s*[,،|·•]?\s*(?:{_TIME_WORDS})?\s*(?P<time>{_CLOCK})(?:\s*[-–]\s*(?P<until>{_CLOCK}))?(?:\s*uhr\b|\s*น\.|\s*बजे)?"
    r"(?:\s*\((?P<tz>[^()]{1,40})\)|\s+(?P<tz_abbr>[A-Z]{2,5}(?:[+-]\d{1,2})?\b|[+-]\d{4}\b))?",
    re.I)
# ISO 8601's time right after its date (`2024-05-14T09:00:00.000+02:00`, `...T09:00Z`)
_ISO_TIME = re.compile(r"T(?P<time>\d\d:\d\d)(?::[0-5]\d(?:[.,]\d+)?)?(?P<zone>Z|[+-]\d\d(?::?\d\d)?)?(?![\w:])")
_KIND_AFTER = re.compile(r"\s*\|\s*(?P<kind>[^|\d][^|]{0,60}?)\s*$")
# the lead text after a dateline's dash, a news service's tag before it: `Geneva, 14 May
# 2024 (ILO News) – The ...`
_LEAD = re.compile(r"(?:\s*\((?P<tag>[^()]{1,40})\))?\s*,?\s*[-–—]\s+(?P<lead>\S.*)$")


def _ago_token(token: str) -> str:
    """A word of `_posted_ago`'s forms as a pattern: the count is any number; an abbreviation
    may also go without its dot, or take a plural's `s` (`2 min ago`, `5 mins ago`)."""
    if token.isdigit():
        return r"\d{1,3}"
    return re.escape(token[:-1]) + r"s?\.?" if token.endswith(".") else re.escape(token)


def _ago_written(language: str) -> list[str]:
    """`language`'s forms of `2 days ago`, for each unit, count and width, in lower case; but
    those the CLDR lacks (Babel raises KeyError for Arabic's short `weeks ago`)."""
    written = []
    for unit in (dt.timedelta(seconds=1), dt.timedelta(minutes=1), dt.timedelta(hours=1), dt.timedelta(days=1),
                 dt.timedelta(weeks=1), dt.timedelta(days=31), dt.timedelta(days=366)):
        for count in (1, 2):
            for width in ("long", "short", "narrow"):
                try:
                    written.append(format_timedelta(-count * unit, add_direction=True, locale=language,
                                                    format=width).lower())
                except KeyError:
                    pass
    return written


def _posted_ago() -> tuple[re.Pattern, tuple[str, ...], re.Pattern]:
    """How long ago a phone's or a feed reader's page says an item was posted, before its
    date (`2 days ago · 14 May 2024`, `il y a 3 jours · 14 mai 2024`, `hace 1 semana ·`), in
    LANGUAGES, as the CLDR writes it: a pattern for the words up to the date, and for a fast
    first test the words every form of a language has, where they open the forms (`il y a`,
    `hace`) and where they follow the count (` ago`)."""
    forms, opening, following = set(), set(), set()
    for language in LANGUAGES:
        written = [form for form in _ago_written(language) if form[0] != "-"]  # `-2 j`: no words to know it by
        tokens = [re.findall(r"\d+|[^\W\d]+\.?", form) for form in written]
        common = set.intersection(*(set(t) for t in tokens))
        words = " ".join(token for token in tokens[0] if token in common and not token.isdigit())
        if not words:  # no word in all its forms (Hungarian's `2 napja`, `2 nappal ezelőtt`): no fast
            continue   # test to find them by, so they are not read
        opening.add(words) if tokens[0][0] in common else following.add(" " + words)
        forms.update(r"\s*".join(map(_ago_token, t)) for t in tokens)
    forms = "|".join(sorted(forms, key=len, reverse=True))
    return (re.compile(rf"(?:{forms})\s*[·•|,–—-]\s*", re.I), tuple(sorted(opening)),
            re.compile("|".join(map(re.escape, sorted(following)))))


_AGO, _AGO_OPENING, _AGO_FOLLOWING = _posted_ago()
# when the item was updated, after the date it was published (`· Updated: May 16th, 2024`,
# `(last updated 16 May 2024)`): that date is the line's
_UPDATED = re.compile(r"\s*(?:[·|•,;–—-]\s*|\()\s*(?:last\s+)?(?:updated|modified|revised)\b:?\s*(?P<date>[^()]+?)\)?\s*$",
                      re.I)
# the place after the date, past a comma or a dot: `3 May 2024, Geneva`, `3 May 2024 • Geneva`
# (`،`: Arabic's comma, `，`: Chinese's; `D.C.` keeps its dot)
_PLACE_AFTER = re.compile(r"\s*[,،，·•]\s*(?P<place>.*?)\s*(?:,|(?<![.\s][A-Z])\.)?\s*$")
# ... but past a dot, not a word of an update (`14 May 2024 · Updated`) nor a field
_NO_PLACE = re.compile(r"(?:last\s+)?(?:updated|modified|revised)\b|[^:]*:", re.I)
# how long the story takes to read, after the date (`• 4 min read`): no field of the item
_READING_TIME = re.compile(r"\s*[·•|,–—-]\s*\d{1,3}\s*(?:min(?:ute)?s?\.?)\s*read\s*$", re.I)
# who wrote the item, before the date or after it (`by Ana Souza - Thursday, 12 September
# 2024, 2:05 PM`, `Posted by Ana Souza on 3 May 2024`, `3 May 2024 | By ILO News`): no kind
# and no place; SPEC has no author field, so the byline opens the summary, as written
_NAME = (r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|&"
         r"|(?:da|de|del|der|di|do|dos|du|la|le|van|von|bin|al|and|of|for|the)(?=\s+(?:the\s+)?[A-Z]))){0,8}")
_BY = rf"(?:(?:[Pp]osted|[Ww]ritten|[Pp]ublished|[Ee]dited)\s+)?[Bb]y\s+{_NAME}"
_BYLINE_BEFORE = re.compile(rf"(?P<by>{_BY})(?:\s*[-–—|·•,]\s*|\s+on\s+)")
_BYLINE_AFTER = re.compile(rf"\s*[-–—|·•,]?\s*(?P<by>{_BY})\s*$")
# an icon before a date line (`📅 22 May 2024`, `🗓️ 3 June`): pictographs, and the marks
# that join or dress them
_ICONS = re.compile("^(?:[\u2190-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]\\s*)+")

# The dates an item may carry: the ILO was founded in 1919, and a listing may announce
# events a little ahead. A date outside them is a typo (`21 June 2302`), not news.
EARLIEST = dt.date(1919, 1, 1)
AHEAD = dt.timedelta(days=2 * 366)


def latest(today: dt.date) -> dt.date:
    """The last date an item may carry, seen on `today`."""
    return today + AHEAD


# Every date form above has a year, a Gregorian one (`_YEAR`) or a Solar Hijri one
# (`_SOLAR_HIJRI_YEAR`): a line without one is no date line (a fast first test). The two are
# one pattern here, as two alternatives search each line twice as long.
_ANY_YEAR = re.compile(r"(?:1[3489]|2\d)\d\d")

# The longest date heading once its spaces are collapsed: `septiembre. de 2020`.
LONGEST_HEADING = max(map(len, MONTHS)) + len(". de 2020")
MONTH_HEADING = re.compile(rf"^\s*(?P<m>{_MONTH})\s+{_OF}(?P<y>{_YEAR})\s*$", re.I)
YEAR_HEADING = re.compile(rf"^\s*(?P<y>{_YEAR})\s*$")


@dataclass(frozen=True)
class DateLine:
    """What a date line says; `lead` is text after the date that belongs to the summary."""

    published: dt.date
    published_end: dt.date | None = None
    time: str | None = None
    timezone: str | None = None
    place: str | None = None
    kind: str | None = None
    lead: str | None = None


def _month(token: str, names: dict[str, int] = MONTHS) -> int:
    """A month's number from its name or number; ValueError for two names of two months."""
    token = token.lower()
    if token.isdigit():
        return int(token)
    numbers = {names[name] if name in names else names[name.rstrip(".")] for name in token.split("/")}
    if len(numbers) > 1:
        raise ValueError(f"{token!r} names two months")
    return numbers.pop()


# A year from this one on is the Buddhist era's, as Thailand counts (2567 is 2024): no page
# dates its news so far ahead
_BUDDHIST_ERA_FROM, _BUDDHIST_ERA_OFFSET = 2400, 543


def _year(token: str) -> int:
    year = int(token)
    return year - _BUDDHIST_ERA_OFFSET if year >= _BUDDHIST_ERA_FROM else year


def _day(token: str) -> int:
    return int(re.match(r"\d+", token).group())


def _solar_hijri(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of a Solar Hijri one; ValueError for a day the month lacks."""
    return jdatetime.date(year, month, day).togregorian()


def _hijri(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of a Hijri one; ValueError for a day the month lacks, or a year out
    of hijridate's tables."""
    try:
        return dt.date(*Hijri(year, month, day).to_gregorian().datetuple())
    except OverflowError as error:
        raise ValueError(str(error)) from error


# each pattern with its month names and calendar, the Gregorian's first
_CALENDAR_PATTERNS = [*((pattern, MONTHS, dt.date) for pattern in _DATE_PATTERNS),
                      *((pattern, SOLAR_HIJRI_MONTHS, _solar_hijri) for pattern in _SOLAR_HIJRI_PATTERNS)]
# ... and the Hijri calendar's after them, tried only where a line has letters not ASCII's
# or the era's mark in English (`AH`): tried on every line that opens with a digit, they
# cost 3% of the extract
_WITH_HIJRI = [*_CALENDAR_PATTERNS, *((pattern, HIJRI_MONTHS, _hijri) for pattern in _HIJRI_PATTERNS)]


# the words a date may open with, a month's, a weekday's or `from`'s, by their first three
# letters (a fast first test: most lines with a year hold no date at their start)
_OPENING_WORDS = frozenset(word[:3] for word in (*MONTHS, *WEEKDAYS, "from", "du", "del", "de"))


def _match_date(text: str, pos: int) -> tuple[dt.date, dt.date | None, int] | None:
    """The date or range starting at `pos`, and where it ends; None if there is none."""
    if text[pos:pos + 1] in "nN" and text[pos:pos + 5].lower() == "ngày ":
        pos += 5  # Vietnamese's word for a day, before it (`ngày 14 tháng 5 năm 2024`)
    if not text[pos:pos + 1].isdigit():
        opening = text[pos:pos + 3].lower()
        if opening not in _OPENING_WORDS and opening[:2] not in _OPENING_WORDS:  # (`de`, `вт`)
            return None
    for pattern, months, calendar in _CALENDAR_PATTERNS if text.isascii() and "AH" not in text else _WITH_HIJRI:
        m = pattern.match(text, pos)
        if not m:
            continue
        g = m.groupdict()
        try:
            if g.get("d2"):
                y2, m2 = _year(g.get("y2") or g["y1"]), _month(g["m2"] or g["m1"], months)
                end = calendar(y2, m2, _day(g["d2"]))
                m1 = _month(g["m1"], months) if g["m1"] else m2
                # `30 December - 2 January 2024`: the start is in the year before
                y1 = _year(g["y1"]) if g["y1"] else y2 - 1 if m1 > m2 else y2
                start = calendar(y1, m1, _day(g["d1"]))
                if start > end:  # `30 June - 2 June 2023`, `30 December 2030 - 2 January 2027`
                    return None
                if start == end:
                    end = None
            else:
                start, end = calendar(_year(g["y1"]), _month(g["m1"], months), _day(g["d1"])), None
        except ValueError:  # 31 February and the like: not a date
            return None
        # The date must end on a word boundary: `26 October 20201` is not a date; ISO
        # 8601's time may follow it (`2024-05-14T09:00`)
        if m.end() < len(text) and (mark := _YEAR_MARK.match(text, m.end())):
            return start, end, mark.end()  # (glued, too: `2024م`)
        if m.end() < len(text) and text[m.end()].isalnum() and not (
                text[m.end()] == "T" and _ISO_TIME.match(text, m.end())):
            return None
        return start, end, m.end()
    return None


# a range's dash between two whole dates (`2024-05-21 - 2024-05-22`, `Tue, May 21, 2024, 9:00
# AM - Wed, May 22, 2024, 4:00 PM`)
_RANGE_DASH = re.compile(r"\s*[-–—]\s*|\s+(?:to|until)\s+")


def _range_end(text: str, pos: int, start: dt.date) -> tuple[dt.date | None, int] | None:
    """The range's last day, a whole date at `pos` after the start's own (and its time,
    which SPEC does not keep), and where it ends; None when there is no such date, or it
    falls before the start. A last day that is the start's gives no range."""
    later = _match_date(text, pos)
    if later is None or later[1] is not None or later[0] < start:
        return None
    day, pos = later[0], later[2]
    if m := _TIME.match(text, pos):
        if _time_of(m) is None:
            return None
        pos = m.end()
    return (day if day > start else None), pos


def is_kind(text: str) -> bool:
    """A kind of content pages name (`Press release`, `Interview`): `data/kinds.csv`."""
    return bool(_KIND_ONLY.fullmatch(text))


def is_place(text: str) -> bool:
    """A place as listing pages write it: a few capitalised words, comma-separated (its last
    word ends with a dot only as an abbreviation: `Washington, D.C.`)."""
    if not text or len(text) > 80 or text[-1] in "!?;:" or text[-1] == "." and "." not in text.split()[-1][:-1]:
        return False
    for part in text.split(","):
        words = part.split()
        if not words or len(words) > 6:
            return False
        if not (_capital(words[0]) or words[0].lower() in {"online", "virtual"}):
            return False
    return True


def _capital(word: str) -> bool:
    """Whether a word opens with a capital, or with a letter of a script that has no case
    (`بيروت`, `ジュネーブ`): a name's first letter."""
    return word[0].isalpha() and not word[0].islower()


# the small words a place name may hold in lower case: `Port of Spain`, `Dar es Salaam`
_PLACE_PARTICLES = frozenset("of de del da das do dos du la le el al es and on upon".split())


def _names_place(text: str) -> bool:
    """A dateline's place (`NEW DELHI`, `WASHINGTON D.C.`, `GENEVA (ILO News)`, `Port of
    Spain`): five words at most, each capitalised but for a place name's particles. A place
    of several parts ends with its country (`Skopje, North Macedonia`; not `Gilbert
    Houngbo, ILO Director-General`), and no part before it names an event (`Regional
    Meeting, Singapore`: a kind, `data/kinds.csv`)."""
    parts = text.split("(")[0].split(",")
    for part in parts:
        words = part.split()
        if not 0 < len(words) <= 5 or not all(_capital(w) or w in _PLACE_PARTICLES for w in words):
            return False
    if len(parts) == 1:
        return True
    return _is_country(parts[-1]) and not any(is_kind(part.split()[-1]) for part in parts[:-1])


def _is_country(text: str) -> bool:
    """Whether `text` is a country's name (or its alias, or abbreviation), whole."""
    from pipeline.enrich.countries import find_countries  # (the matcher loads once, when needed)

    text = text.strip()
    return any(m.start == 0 and m.end == len(text) and m.match != "demonym" for m in find_countries(text))


def _place_then_date(text: str, pos: int) -> tuple[str, tuple[dt.date, dt.date | None, int]] | None:
    """A dateline's place and the date after it, from `pos`: `NEW DELHI, 25 July 2016`,
    `Skopje, North Macedonia, 11-12 June 2024`; not `A headline, 3 May 2024`."""
    at = pos
    for _ in range(PLACE_PARTS):
        if not (m := _PLACE_BEFORE.match(text, at)) or not m["place"][0].isupper():
            return None
        place = text[pos:m.end("place")].strip()
        if not _names_place(place):
            return None
        if found := _match_date(text, m.end()):
            return place, found
        at = m.end()
    return None


# Org mode's timestamps, active or not, and its range of two (`<2024-05-21 Tue>`,
# `[2024-05-28 Tue 14:00]`, `<2024-05-21 Tue>--<2024-05-23 Thu>`): their dates and times,
# the day's name and a repeater (`+1w`) left out
_ORG_TIMESTAMP = r"[<\[](\d{4}-\d\d-\d\d)(?: +[^\d\s<>\[\]]+)?((?: +\d?\d:\d\d(?:-\d?\d:\d\d)?)?)[^<>\[\]]*[>\]]"
_ORG_TIMESTAMPS = re.compile(rf"{_ORG_TIMESTAMP}(?:--?{_ORG_TIMESTAMP})?")


def clock(text: str, end: bool = False) -> str | None:
    """`HH:MM` on the 24-hour clock from a time as written: `9.30` → `09:30`,
    `2:30 pm` → `14:30`, `12:15 a.m.` → `00:15`, `10am` → `10:00`; None when it is no time
    of day (`13:00 pm`).
    The `end` of a span may also be `24:00`."""
    m = _CLOCK_PARTS.fullmatch(text.strip())
    if not m:
        return None
    hours, half = int(m["h"]), (m["half"] or "").lower()
    if half and not 1 <= hours <= 12:
        return None
    if half:
        hours = hours % 12 + (12 if half == "p" else 0)
    minutes = int(m["m"] or 0)  # (in any script's digits: `۰۸:۲۰` is `08:20`)
    if end and not half and (hours, minutes) == (24, 0):
        return "24:00"
    return f"{hours:02d}:{minutes:02d}" if hours < 24 and minutes < 60 else None


# A year of two digits after a month's name between dashes (Oracle's `DD-MON-RR`: `29-MAY-24`)
_TWO_DIGIT_YEAR = re.compile(rf"(?<![\w-])[0-3]?\d-{_MONTH}-(?P<y>\d\d)(?![\w-])", re.I)
_DAY_DASH = re.compile(r"-(?<=\d-)[^\W\d_]")  # a dash between a digit and a letter (a first test, fast)


def _century(year: str) -> str:
    """A year of two digits with its century, as Oracle's `RR` reads it: `24` is 2024, `49`
    2049, `50` 1950."""
    return f"{20 if int(year) < 50 else 19}{year}"


def parse_date_line(line: str) -> DateLine | None:
    """Read one line as a date line; None when it is anything else."""
    text = line.strip()
    if not text or len(text) > 400:
        return None
    if text[0] in "<[" and (org := _ORG_TIMESTAMPS.fullmatch(text)):
        text = f"{org[1]}{org[2]} – {org[3]}{org[4]}" if org[3] else f"{org[1]}{org[2]}"
    if not _ANY_YEAR.search(text):
        if "-" in text and _DAY_DASH.search(text) and (short := _TWO_DIGIT_YEAR.search(text)):
            text = f"{text[:short.start('y')]}{_century(short['y'])}{text[short.end('y'):]}"
        elif text.isascii() or not _OTHER_DIGITS.search(text):
            return None
        else:
            return _in_other_digits(text)
    if _HIJRI_ERA in text and (double := _HIJRI_DOUBLE.search(text)) and (
            gregorian := parse_date_line((text[:double.start()] + text[double.end():]).rstrip(" -–/"))):
        return gregorian  # (a date in both calendars: the Gregorian one's line)
    if text[:3] in _META_OPENINGS and (labelled := _labelled_line(text)):
        return labelled
    if text[0] == "(" and text[-1] == ")":  # `(3 May 2024)`
        text = text[1:-1].strip()
    elif text[0] >= "\u2190" and (icon := _ICONS.match(text)):
        text = text[icon.end():]
    pos, kind, place, byline = 0, None, None, None
    if text[0] in "BbPpWwEe" and (m := _BYLINE_BEFORE.match(text)):
        pos, byline = m.end(), m["by"]
    elif "|" in text and (m := _KIND_BEFORE.match(text)):
        pos, kind = m.end(), m["kind"].strip()
    elif text[:3].lower() in _WORDS_BEFORE and (m := _FIELD_BEFORE.match(text) or _KIND_NAMED.match(text)):
        pos, kind = m.end(), m.groupdict().get("kind")
    elif (_AGO_FOLLOWING.search(text, 0, 24) or text[:8].lower().startswith(_AGO_OPENING)) and (m := _AGO.match(text)):
        pos = m.end()
    found = _match_date(text, pos)
    if found is None and "," in text and (placed := _place_then_date(text, pos)):
        place, found = placed
    if found is None:
        return None
    start, end, pos = found
    if pos < len(text) and (m := _WEEKDAY_AFTER.match(text, pos)):
        pos = m.end()
    time = timezone = lead = None
    if text[pos:pos + 1] == "T" and (m := _ISO_TIME.match(text, pos)):
        if (time := clock(m["time"])) is None:
            return None
        pos, timezone = m.end(), _iso_zone(m["zone"])
    elif m := _TIME.match(text, pos):
        # a time that cannot be (`at 25:00`, `13:30 pm`) makes no date line
        if (read := _time_of(m)) is None:
            return None
        pos, (time, timezone) = m.end(), read
    if end is None and (m := _RANGE_DASH.match(text, pos)) and (ends := _range_end(text, m.end(), start)):
        end, pos = ends
    rest = text[pos:]
    if not rest.strip() or rest.strip() == ".":  # (a full stop after the date: a print's)
        pass
    elif byline is None and "y " in rest and (m := _BYLINE_AFTER.match(rest)):
        byline = m["by"]
    elif m := _KIND_AFTER.match(rest) or _KIND_NAMED_AFTER.match(rest):
        after = m["kind"].strip()
        if kind and place is None and rest.lstrip()[:1] == "|" and is_place(after) and not is_kind(after):
            place = after  # `Press release | 3 May 2024 | Dhaka, Bangladesh`: a place after a kind
        elif kind:
            return None
        else:
            kind = after
    elif m := _LEAD.match(rest):
        lead = m["lead"]
        if m["tag"]:  # the kind of the item, unless the line named one: then it opens the lead
            kind, lead = (kind, rest.strip()) if kind else (m["tag"].strip(), lead)
    elif "pdat" in rest and (m := _UPDATED.match(rest)) and parse_date_line(m["date"]):
        pass
    elif "read" in rest and _READING_TIME.match(rest):
        pass
    elif (m := _PLACE_AFTER.match(rest)) and place is None:
        if m["place"]:
            if not is_place(m["place"]) or rest.lstrip()[0] != "," and _NO_PLACE.match(m["place"]):
                return None
            place = m["place"]
    else:
        return None
    if byline:
        lead = f"{byline} {lead}" if lead else byline
    return DateLine(start, end, time, timezone, place, kind, lead)


def _labelled_line(text: str) -> DateLine | None:
    """A run of labels and their values (`_META_LABEL`) read as a date line: every value
    there, each date label's a whole date; the first date label's gives the date, a kind
    label's the kind. None when the line is none."""
    labels = list(_META_LABEL.finditer(text))
    if len(labels) < 2 or labels[0].start() != 0:
        return None
    date = kind = None
    for label, after in zip(labels, [*labels[1:], None]):
        value = text[label.end():after.start() if after else len(text)].strip()
        field = _META_FIELDS[label[1]]
        if not value:
            return None
        if field == "date":
            found = _match_date(value, 0)
            if found is None or found[2] != len(value):
                return None
            date = date or found
        elif field == "kind":
            kind = kind or value
    return DateLine(date[0], date[1], None, None, None, kind, None) if date else None


# the digits of other scripts (Arabic-Indic `١٤ أيار ٢٠٢٤`, Persian `۱۴`): each block's, from 0
# (the digits of the Arabic script, its Eastern form, Devanagari's, Bengali's and Thai's)
_DIGIT_BLOCKS = (0x660, 0x6f0, 0x966, 0x9e6, 0xe50)
_OTHER_DIGITS = re.compile("[" + "".join(f"{chr(block)}-{chr(block + 9)}" for block in _DIGIT_BLOCKS) + "]")


def _in_other_digits(text: str) -> DateLine | None:
    """A date line written in another script's digits, read as if in ASCII digits; its
    texts (place, kind, lead) keep the line's digits."""
    zero = next(block for block in _DIGIT_BLOCKS if any(chr(block + i) in text for i in range(10)))
    to_ascii = {block + i: str(i) for block in _DIGIT_BLOCKS for i in range(10)}
    parsed = parse_date_line(text.translate(to_ascii))
    if parsed is None:
        return None
    back = {ord(str(i)): chr(zero + i) for i in range(10)}
    return replace(parsed, **{name: value.translate(back) for name in ("timezone", "place", "kind", "lead")
                              if (value := getattr(parsed, name))})


# `21/03/2024`, `21-03-2024` (Dutch, Danish, Indian pages): the day or the month first? The
# other dates of the page (or of a table's column) tell (`day_first`): `03/04/2024` alone
# is 3 April or March 4, by the writer's country.
_SLASHED = re.compile(r"(?<![\d/-])(?P<a>[0-3]?\d)(?P<sep>[/-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d/]|-\d)")


_SLASHED_YEARS = ("/20", "/19", "-20", "-19")  # (where one may be: `_SLASHED` is tried there alone)


def has_slashed_date(text: str) -> bool:
    """Whether a text holds a date written `14/05/2024` or `14-05-2024` (a first test: the
    pattern is searched for only around a sign and a year's first digits with the same
    sign two or three places before, since a search of the whole text, opening at every
    character, is slow)."""
    for sign in _SLASHED_YEARS:
        at = text.find(sign)
        while at >= 0:
            if sign[0] in text[max(0, at - 3):at - 1] and _SLASHED.search(text, max(0, at - 5), at + 7):
                return True
            at = text.find(sign, at + 1)
    return False


def day_first(texts) -> bool | None:
    """Whether the `03/04/2024` dates in `texts` put the day first, as one of them past the
    12th shows (`21/03/2024`: yes; `03/21/2024`: no); None when none does, or they disagree."""
    shown = set()
    for text in texts:
        for m in _SLASHED.finditer(text):
            if int(m["a"]) > 12 or int(m["b"]) > 12:
                shown.add(int(m["a"]) > 12)
    return shown.pop() if len(shown) == 1 else None


def parse_slashed_line(line: str, first_day: bool | None) -> DateLine | None:
    """A date line whose date is written with slashes or dashes (`14/05/2024`, `Press release
    | 03/04/2024, Lima`, `14-05-2024`), read day first or month first as `first_day` says
    (`day_first`); None when the order is unknown or the line is no such date line."""
    if first_day is None or not has_slashed_date(line):
        return None

    def iso(m: re.Match) -> str:
        day, month = (m["a"], m["b"]) if first_day else (m["b"], m["a"])
        return f"{m['y']}-{int(month):02d}-{int(day):02d}"
    return parse_date_line(_SLASHED.sub(iso, line))  # (a range's two: `21/05/2024 - 22/05/2024`)


def _iso_zone(zone: str | None) -> str | None:
    """An ISO 8601 time's zone as the other zones after a time are written: `Z` is `UTC`,
    an offset `+0200` (from `+02:00`, `+02`)."""
    if zone is None or zone == "Z":
        return zone and "UTC"
    digits = zone[1:].replace(":", "")
    return zone[0] + digits.ljust(4, "0")


def _time_of(m: re.Match) -> tuple[str, str | None] | None:
    """The time and zone a `_TIME` match gives; None when a time of it cannot be."""
    time = clock(m["time"])
    if time is None or (m["until"] and clock(m["until"], end=True) is None):
        return None
    zone = m["tz"] or m["tz_abbr"]
    return time, zone.strip() if zone else None


def date_after_title(text: str) -> tuple[str, str, DateLine] | None:
    """`Lesotho workers receive wage arrears (20 February 2024)` or `Statement on Labour Day
    — 1 May 2024`: the title, the date as written (`(20 February 2024)`, `1 May 2024`) and
    what it says; None when `text` ends in no such date. After a dash, the date is what
    follows the first dash that leaves a date line (`Women in the informal economy — a
    statistical picture — 30 April 2024`, `Forum — 24 - 28 April 2015`, `Webinar — 22 May
    2024 at 14:00 (Europe/Zurich)`)."""
    if not _ANY_YEAR.search(text):
        return None
    if text.endswith(")") and (m := _DATE_AFTER_TITLE.fullmatch(text)):
        date = parse_date_line(m["date"])
        if date and not (date.lead or date.kind):
            return m["title"], m["date"], date
    for dash in _DASH_BEFORE_DATE.finditer(text):
        written = text[dash.end():]
        if (date := parse_date_line(written)) and not date.lead:
            return text[:dash.start()], written, date
    return None


def place_field(line: str) -> str | None:
    """`Geneva` from an events page's `Location: Geneva` (`Venue:`, `Place:`, `Where:`)."""
    m = _PLACE_FIELD.match(line.strip())
    place = m["place"].rstrip() if m else None
    return place if place and is_place(place) else None


def time_field(line: str) -> tuple[str, str | None] | None:
    """The time and its zone from an events page's `Time: 14:00 - 15:30 (Africa/Nairobi)`
    (`Hours:`); None when the line is no such field, or its time cannot be."""
    text = line.strip()
    head = _TIME_FIELD.match(text)
    return parse_time(text[head.end():]) if head else None


def parse_time(text: str) -> tuple[str, str | None] | None:
    """The time and its zone that `text` is, whole (`14:00 - 15:30 (Africa/Nairobi)`, `2:00
    PM`: a table's time cell); None when it is none."""
    m = _TIME.match(text.strip())
    return _time_of(m) if m and m.end() == len(text.strip()) else None


def kind_field(line: str) -> str | None:
    """`Press release` from a `Type: Press release` field line (`Kind:`)."""
    m = _KIND_FIELD.match(line.strip())
    return m["kind"] if m and len(m["kind"].split()) <= KIND_FIELD_WORDS else None


def with_field(date: DateLine, line: str) -> DateLine | None:
    """`date` with what an events page's field `line` under it adds: the place
    (`Location: Geneva`) when the date line names none, the time (`Time: 14:00 (CET)`)
    when it gives none, the kind (`Type: News`) when it names none; None when `line` adds
    nothing."""
    if date.place is None and (place := place_field(line)):
        return replace(date, place=place)
    if date.time is None and (time := time_field(line)):
        return replace(date, time=time[0], timezone=time[1])
    if date.kind is None and (kind := kind_field(line)):
        return replace(date, kind=kind)
    return None


# The field lines a date line may carry under it: a place, a time and a kind.
FIELDS_UNDER = 3


def parse_date_lines(text: str) -> DateLine | None:
    """A date line as extract hands it over: the line, then the field lines that were read
    with it, if any (`Date: 3 May 2024` / `Time: 10:00` / `Location: Geneva`)."""
    first, *fields = text.split("\n")
    date = parse_date_line(first)
    for line in fields:
        date = date and (with_field(date, line) or date)
    return date


# A date with no year (`Tue 14 May, Amman`, `Mon 3 – Fri 14 June`, `May 14 at 10:00`): a
# calendar leaves the year to its month headings (`parse_yearless`).
_YEARLESS_DAY_FIRST = re.compile(
    rf"{_FROM}{_WEEKDAY}{_DAY}(?:\s+{_OF}{_MONTH})?(?:{_DASH}{_WEEKDAY}{_DAY})?\s+{_OF}{_MONTH}(?!\w)", re.I)
_YEARLESS_MONTH_FIRST = re.compile(
    rf"{_FROM}{_WEEKDAY}{_MONTH}\s+{_DAY}(?:{_DASH}(?:{_MONTH}\s+)?{_DAY})?(?!\w)", re.I)
_YEAR_NEXT = re.compile(rf"\s*,?\s*{_OF}{_YEAR}")
# the first three letters of the words a date with no year may open with (a fast first test)
_YEARLESS_OPENERS = frozenset(name[:3] for name in (*MONTHS, *WEEKDAYS, "from", "du", "del", "de"))


def parse_yearless(line: str, year: int) -> DateLine | None:
    """A date line whose date has no year (`Tue 14 May, Amman, Jordan`), read in `year`
    (the year of the month heading it sits under); None when it is anything else."""
    text = line.strip()
    if not (text[:1].isdigit() or text[:3].lower().rstrip(" .,") in _YEARLESS_OPENERS):
        return None
    for pattern, joint in ((_YEARLESS_DAY_FIRST, " "), (_YEARLESS_MONTH_FIRST, ", ")):
        if (m := pattern.match(text)) and not _YEAR_NEXT.match(text, m.end()):
            return parse_date_line(f"{text[:m.end()]}{joint}{year}{text[m.end():]}")
    return None


def heading_year(line: str) -> int | None:
    """The year of a date heading (`May 2024`, `2012`); None for any other line."""
    m = MONTH_HEADING.match(line) or YEAR_HEADING.match(line)
    return int(m["y"]) if m else None


def is_date_heading(line: str) -> bool:
    """`October 2020` or `2012` alone on a line: a heading that groups items by date."""
    return bool(_ANY_YEAR.search(line) and (MONTH_HEADING.match(line) or YEAR_HEADING.match(line)))
