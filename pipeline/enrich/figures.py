"""Figures quoted in a text: money, percentages, ratios, counts, ages, durations, ordinals.

One compiled pattern finds every number as written (digits with any thousands
separator, or number words) with what is glued to it: a currency before, a scale
word, and one suffix (per cent, a currency name, `out of every 10`, `in five`,
`thirds`, `year old`, `-day`, `th`). The context then decides what it is and what
it is not: a year, a day of a date, a time, an identifier (`No. 102`, `COVID-19`,
`SDG 8`), or a lone `one`. Number words are read by text2num; currency symbols and
names come from `data/currencies.csv`, checked against ISO 4217 (pycountry).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from fractions import Fraction
from functools import cache

import ahocorasick
import pycountry
from text_to_num import text2num

from pipeline.curated import rows as _rows
from pipeline.dates import MONTHS, MONTHS_BEFORE_DAY
from pipeline.text import fold_case

SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12, "bn": 10**9,
          # French and Spanish pages: `3,5 millions de dollars`, `2 milliards`, `mil millones`
          "millions": 10**6, "millones": 10**6, "millón": 10**6, "milliard": 10**9, "milliards": 10**9,
          "mil millones": 10**9}
_CARDINALS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
              "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty "
              "sixty seventy eighty ninety hundred").split()
_QUALIFIERS = [
    ("at_least", r"more than|over|at least|above|upwards of|in excess of|no less than"),
    ("at_most", r"up to|less than|under|fewer than|below|at most|no more than|a maximum of"),
    ("approx", r"about|around|nearly|almost|some|approximately|roughly|close to|an estimated|estimated"),
]
# One pattern: where phrases overlap, the longest one before the number wins (`no more
# than 5` is at most 5, though it ends with `more than`).
_QUALIFIER = re.compile(
    r"\b(?:" + "|".join(f"(?P<{name}>{words})" for name, words in _QUALIFIERS) + r")\s+$", re.I)
# Words that introduce an identifier, not a quantity: `No. 102`, `SDG 8`, `Article 5`.
_ID_BEFORE = re.compile(
    r"(?:\b(?:No|Nos|Number|Art|Article|SDG|SDGs|Goal|Target|Section|Chapter|Resolution|Phase|"
    r"Level|Grade|Part|Annex|Paragraph|Decision|Rule|Item|Page|Vol|Volume|Tier)\.?\s*|\bn\.?[°º]\s*|#)$", re.I)
_PER = re.compile(r"^\s+(?:a|per|each|every)\s+(year|month|week|day)\b|^\s+(annually|yearly)\b", re.I)
_NOUN_STOP = frozenset("""
a an and are as at be been by for from has have in into is it its of on or per than that the their
these this those to was were which who will with across among between over under up down out more
less about around some such each every other another new all both only per cent percent
""".split())
# a month's name after a day (`17 September`, `1 de julio`), or before it (`September 30`)
_MONTH_WORD = re.compile(r"(?:de\s+)?(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?", re.I)
_MONTH_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(MONTHS_BEFORE_DAY, key=len, reverse=True)) + r")\b\.?\s*$", re.I)


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    text: str
    value: float
    kind: str          # money | percent | ratio | count | age | duration | ordinal
    unit: str | None
    noun: str | None
    per: str | None
    qualifier: str | None

    def as_dict(self) -> dict:
        return dict(vars(self))  # shallow: the fields are plain values (asdict deep-copies)


@cache
def _currencies() -> tuple[dict[str, str], dict[str, str]]:
    """(written before the number -> ISO 4217, written after it -> ISO 4217), checked on load."""
    codes = {c.alpha_3 for c in pycountry.currencies}
    before, after = {}, {}
    for row in _rows("enrich/data/currencies.csv"):
        if row["iso"] not in codes:
            raise ValueError(f"currencies.csv: {row['text']!r} has unknown ISO 4217 code {row['iso']!r}")
        (before if row["position"] == "before" else after)[row["text"]] = row["iso"]
    return before, after


@cache
def _special_words() -> dict[str, tuple[Fraction, str]]:
    return {row["text"]: (Fraction(row["value"]), row["kind"]) for row in _rows("enrich/data/number_words.csv")}


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _pattern() -> re.Pattern:
    before, after = _currencies()
    codes = _alternation(c.alpha_3 for c in pycountry.currencies)
    word = rf"(?:{'|'.join(_CARDINALS)})"
    words = rf"(?:(?:a\s+)?dozen|{word}(?:(?:-|\s+and\s+|\s+){word})*(?:\s+dozen)?)"
    digits = (r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)"            # 2,593,399 / 45,000
              r"|\d+,\d{1,2}(?![\d,])"                           # 4,9 / 3,25: a decimal comma
              r"|\d{1,3}(?:\.\d{3})+(?![\d.])"                   # 700.000
              r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])"     # 13 000
              r"|\d+(?:\.\d+)?")                                 # 1.6 / 55
    fraction = _alternation(w for w, (_, kind) in _special_words().items() if kind == "fraction")
    number = rf"(?:{digits}|{words})"
    scales = _alternation(scale for scale in SCALES if scale != "bn").replace(r"\ ", r"\s+")
    return re.compile(
        rf"(?<![\w.,$€£¥])"
        rf"(?:(?P<cur_before>{_alternation(before)})|(?P<code_before>(?-i:{codes}))\s?)?"
        rf"(?P<number>{digits}|{words}|half\s+a(?=\s+(?:million|billion|trillion)\b))"
        rf"(?P<scale>\s*(?:{scales})\b|bn\b)?"
        rf"(?P<suffix>"
        rf"\s?%"
        rf"|\s+(?:per|pour)\s?cent\b|\s+percent\b|\s+por\s?ciento\b"
        rf"|\s+(?:de\s+|d['’])?(?P<cur_after>{_alternation(after)})\b"
        rf"|\s+(?P<code_after>(?-i:{codes}))\b"
        rf"|\s+out\s+of\s+(?:every\s+)?(?P<out_of>{number})\b"
        rf"|\s+in\s+(?P<in>{number})\b"
        rf"|[- ](?P<fraction>{fraction})\b"
        rf"|[- ](?:years?)[- ]old\b|\s+years\s+old\b"
        rf"|-(?P<unit_hyphen>day|week|month|year)s?\b(?!-old)"
        rf"|\s+(?P<unit_words>days|weeks|months|years)\b"
        rf"|(?P<ordinal>st|nd|rd|th)\b"
        rf")?",
        re.I)


def _number(written: str) -> Fraction | None:
    """The exact value of a number as written: digits with separators, or number words."""
    if written.isdecimal():  # most are plain digits: int() reads them several times faster
        return Fraction(int(written))
    text = re.sub(r"\s+", " ", written.strip())
    if text[0].isdigit():
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):  # 700.000: dots between thousands
            return Fraction(text.replace(".", ""))
        if re.fullmatch(r"\d+,\d{1,2}", text):  # 4,9: a decimal comma
            return Fraction(text.replace(",", "."))
        return Fraction(re.sub(r"[,\s]", "", text))
    lowered = text.lower()
    if lowered.startswith("half"):
        return Fraction(1, 2)
    parts = lowered.split()
    if parts[-1] == "dozen":
        head = " ".join(w for w in parts[:-1] if w != "a")
        count = _number(head) if head else Fraction(1)
        return None if count is None else 12 * count
    try:
        return Fraction(text2num(lowered, "en"))
    except ValueError:
        return None


def _is_date_part(text: str, start: int, end: int) -> bool:
    """A day of a date: `17 September`, `September 30, 2021`, `21-24 August`."""
    after = text[end:end + 14]
    if re.match(r"(?:\s*[-–]\s*\d{1,2})?\s+", after) and _MONTH_WORD.match(
            re.sub(r"^(?:\s*[-–]\s*\d{1,2})?\s+", "", after)):
        return True
    return bool(_MONTH_BEFORE.search(text[max(0, start - 12):start]))


def _is_year(written: str, match: re.Match) -> bool:
    return len(written) == 4 and written.isdecimal() and 1800 <= int(written) <= 2100 and not (
        match["cur_before"] or match["code_before"] or match["scale"] or match["suffix"])


_YEAR_RANGE_BEFORE = re.compile(r"\d{4}\s*[-–]\s*$")
_YEAR_RANGE_AFTER = re.compile(r"\s*[-–]\s*\d{4}")
_TIME_AFTER, _TIME_BEFORE = re.compile(r"\s*:\d\d"), re.compile(r"\d:\s*$")
_GLUED_BEFORE, _GLUED_AFTER = re.compile(r"[A-Za-z]-?$"), re.compile(r"[A-Za-z]")
_FOUR_DIGITS = re.compile(r"\d{4}")
_AGE_CONTEXT = re.compile(r"\b(?:people|persons|workers|those|children|women|men)\s+(?:over|above)\s+$", re.I)
_WINDOW = 40  # how much text before a figure its qualifier or identifier can take


def _excluded(text: str, m: re.Match) -> bool:
    start, end = m.start("number"), m.end("number")
    before, after = text[max(0, start - _WINDOW):start], text[end:end + _WINDOW]
    before_match = text[max(0, m.start() - _WINDOW):m.start()]
    written = m["number"]
    if _is_year(written, m):
        return True
    if _YEAR_RANGE_BEFORE.search(before) or (_YEAR_RANGE_AFTER.match(after) and _FOUR_DIGITS.fullmatch(written)):
        return True  # the second half of a year range `2020-22`, `(2021 -2025)`
    if _TIME_AFTER.match(after) or _TIME_BEFORE.search(before):
        return True  # a time
    glued_before = _GLUED_BEFORE.search(before_match)  # COVID-19, G20 (not VND1.3)
    glued_after = _GLUED_AFTER.match(after[:1]) and not (m["suffix"] or m["scale"])
    # `SDG 8` is a goal, though SDG is also a currency code
    if _ID_BEFORE.search(before_match) or (before != before_match and _ID_BEFORE.search(before)) \
            or glued_before or glued_after:
        return True  # an identifier: No. 102, #COVID19, COVID-19, G20, ILO100
    if _is_date_part(text, start, end) and not (m["suffix"] or m["scale"] or m["cur_before"]):
        return True
    if written.lower() == "one" and not (m["suffix"] or m["scale"]):
        return True  # `one of the`: a pronoun more often than a quantity
    return False


def _plural(word: str) -> bool:
    word = word.lower()
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _noun(after: str) -> str | None:
    """What a count counts: the next word, or the next two when a modifier precedes a plural."""
    words = re.match(r"\s+([A-Za-z][\w-]*)(?:\s+([A-Za-z][\w-]*))?", after)
    if not words or words[1].lower() in _NOUN_STOP:
        return None
    first, second = words[1], words[2]
    if not _plural(first) and second and _plural(second) \
            and second.lower() not in _NOUN_STOP and first[0].islower():
        return f"{first} {second}"
    return first


def _figure(text: str, m: re.Match) -> Figure | None:
    if _excluded(text, m) or (value := _number(m["number"])) is None:
        return None
    start, end = m.start(), m.end()
    suffix = (m["suffix"] or "").strip().lower()
    scale = SCALES.get(" ".join((m["scale"] or "").lower().split()), 1)
    before_currency, after_currency = _currencies()
    unit = noun = None
    if m["cur_before"] or m["code_before"] or m["cur_after"] or m["code_after"]:
        kind = "money"
        unit = (before_currency.get(m["cur_before"] or "") or (m["code_before"] or "").upper()
                or after_currency.get(m["cur_after"] or "") or (m["code_after"] or "").upper())
        value *= scale
    elif suffix.endswith(("%", "cent", "ciento")):
        kind, unit = "percent", "percent"
    elif m["out_of"] or m["in"]:
        denominator = _number(m["out_of"] or m["in"])
        if not denominator or value > denominator:
            return None
        kind, unit, value = "ratio", "ratio", value / denominator
    elif m["fraction"]:
        kind, unit = "ratio", "ratio"
        value *= _special_words()[m["fraction"].lower()][0]
    elif "old" in suffix:
        kind, unit = "age", "years"
    elif m["unit_hyphen"] or m["unit_words"]:
        unit_word = (m["unit_hyphen"] or m["unit_words"]).lower().rstrip("s")
        kind, unit = "duration", {"week": "days", "day": "days", "month": "months", "year": "years"}[unit_word]
        value *= 7 if unit_word == "week" else 1
    elif m["ordinal"]:
        if _is_date_part(text, m.start("number"), m.end()):
            return None
        kind = "ordinal"
    else:
        kind = "count"
        value *= scale
        noun = _noun(text[end:])
    before = text[max(0, start - _WINDOW):start]
    qualifier = q.lastgroup if (q := _QUALIFIER.search(before)) else None
    if kind == "count" and qualifier == "at_least" and noun is None and _AGE_CONTEXT.search(before):
        kind, unit = "age", "years"  # `people over 70`
    per_match = _PER.match(text[end:])
    per = (per_match[1] or "year").lower() if per_match else None
    number = float(value)
    if not math.isfinite(number):
        return None
    return Figure(start, end, text[start:end], number, kind, unit, noun, per, qualifier)


_DIGIT_RUN = re.compile(r"\d+")


@cache
def _word_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in [*_CARDINALS, "dozen", "half"]:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton


@cache
def _longest_prefix() -> int:
    """How far before a number its currency can start (`USD$`, `HK$`, `VND `)."""
    return max(max(len(w) for w in _currencies()[0]), 3) + 1


def _candidates(text: str) -> list[int]:
    """Where a number may start: each run of digits, each number word standing alone."""
    positions = [m.start() for m in _DIGIT_RUN.finditer(text)]
    folded = fold_case(text)
    for end, length in _word_automaton().iter(folded):
        start = end - length + 1
        if (start == 0 or not folded[start - 1].isalpha()) and \
                (end + 1 == len(folded) or not folded[end + 1].isalpha()):
            positions.append(start)
    return sorted(positions)


def find_figures(text: str) -> list[Figure]:
    """Every figure quoted in `text`, in text order; `text[start:end] == figure.text`.

    The full pattern is tried only where a number can start (found at C speed), backing
    off a few characters for a currency written before it.
    """
    pattern, figures, covered = _pattern(), [], 0
    for at in _candidates(text):
        if at < covered:
            continue
        for start in range(max(covered, at - _longest_prefix()), at + 1):
            m = pattern.match(text, start)
            if m and m["number"] and m.start("number") <= at < m.end("number"):
                break
        else:
            continue
        covered = m.end()
        figure = _figure(text, m)
        if figure is not None:
            figures.append(figure)
    return figures
