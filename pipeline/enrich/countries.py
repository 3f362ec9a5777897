"""Countries mentioned in a text: names, aliases, abbreviations and demonyms -> ISO 3166-1.

Every name form goes into one Aho-Corasick automaton (pyahocorasick) over a
case-folded copy of the text, so a text is scanned once whatever the number of
names. Candidates are then kept only where the text has word boundaries on both
sides, where the case rule of the form holds (`US` but not `us`, `Lao` but not
`lao`, `Chile` but not `chile`), and where no longer candidate covers them: the
longest name wins (`Papua New Guinea` is not also `Guinea`), and phrases that
name no country (`US$`, `Latin American`, `Indian Ocean`) shadow the names in them.

Names come from pycountry (name, common name, official name: `match` = name);
curated forms from `data/country_aliases.csv`; M49 regions from `data/m49.csv`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import ahocorasick
import pycountry

from pipeline.curated import rows as _rows
from pipeline.text import fold_case as _fold

# Capitalised words that can stand before a country at the start of a sentence or in
# a headline without being a given name (`In Jordan`, `For Georgia`).
_FUNCTION_WORDS = frozenset("""
a about across after against along among and around as at before between both but by
during for from in including into like near of off on or over per since than the through
throughout to toward towards under until upon via while with within without
""".split())


@dataclass(frozen=True)
class CountryMention:
    start: int
    end: int
    mention: str
    iso3: str
    iso2: str
    country: str
    match: str
    region: str | None
    subregion: str | None

    def as_dict(self) -> dict:
        return dict(vars(self))  # shallow: the fields are plain values (asdict deep-copies)


@dataclass(frozen=True)
class _Form:
    iso2: str | None   # None: a phrase that names no country
    match: str         # name | alias | abbreviation | demonym | none
    case: str          # title | exact | any
    text: str          # the form as written in the data (for exact matching)
    given_name: bool = False


def _plural(demonym: str) -> str | None:
    return demonym + "s" if demonym[-1] in "nio" else None


@dataclass(frozen=True)
class Country:
    iso2: str
    iso3: str
    name: str
    region: str | None
    subregion: str | None


@cache
def countries() -> dict[str, Country]:
    """Every ISO 3166-1 country by alpha-2 code, with its common short name and M49 regions."""
    regions = {row["iso3"]: row for row in _rows("enrich/data/m49.csv")}
    table = {}
    for c in pycountry.countries:
        m49 = regions.get(c.alpha_3, {})
        table[c.alpha_2] = Country(c.alpha_2, c.alpha_3, getattr(c, "common_name", None) or c.name,
                                   m49.get("region") or None, m49.get("subregion") or None)
    return table


def _forms() -> dict[str, list[_Form]]:
    """Every form, by its folded key; checked against pycountry as it is loaded."""
    given = {row["text"] for row in _rows("enrich/data/given_names.csv")}
    forms: dict[str, list[_Form]] = {}

    def add(text: str, form: _Form) -> None:
        key = _fold(text)
        if all(f.iso2 != form.iso2 or f.case != form.case for f in forms.get(key, [])):
            forms.setdefault(key, []).append(form)

    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                value = value.removeprefix("the ")
                add(value, _Form(c.alpha_2, "name", "title", value, value in given))
    known = countries()
    for row in _rows("enrich/data/country_aliases.csv"):
        if row["iso2"] not in known:
            raise ValueError(f"country_aliases.csv: {row['text']!r} has unknown ISO code {row['iso2']!r}")
        if row["match"] not in {"alias", "abbreviation", "demonym"} or row["case"] not in {"title", "exact", "any"}:
            raise ValueError(f"country_aliases.csv: {row['text']!r}: bad match or case")
        add(row["text"], _Form(row["iso2"], row["match"], row["case"], row["text"]))
        if row["match"] == "demonym" and row["case"] != "exact" and (plural := _plural(row["text"])):
            add(plural, _Form(row["iso2"], "demonym", row["case"], plural))
    for row in _rows("enrich/data/not_countries.csv"):
        add(row["text"], _Form(None, "none", row["case"], row["text"]))
    return forms


@cache
def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for key, forms in _forms().items():
        automaton.add_word(key, (len(key), tuple(forms)))
    automaton.make_automaton()
    return automaton


def _case_holds(form: _Form, written: str) -> bool:
    if form.case == "exact":
        return written == form.text
    if form.case == "title":
        return written[0].isupper() or written[0].isdigit()
    return True


def _is_given_name(text: str, start: int) -> bool:
    """`Michael Jordan`: the name right after a capitalised word that is not a function word."""
    before = text[:start].rstrip(" ")
    if len(before) == len(text[:start]):  # not separated by a space
        return False
    word = before.rsplit(None, 1)[-1] if before.split() else ""
    return word.isalpha() and word[0].isupper() and not word.isupper() \
        and word.lower() not in _FUNCTION_WORDS


def find_countries(text: str) -> list[CountryMention]:
    """Every mention of a country in `text`, in text order; `text[start:end] == mention`."""
    if not text:
        return []
    folded = _fold(text)
    mentions = []
    # iter_long: leftmost-longest, non-overlapping, so the longest name wins and the
    # phrases that name no country shadow the names inside them.
    for end_index, (length, forms) in _automaton().iter_long(folded):
        start, end = end_index + 1 - length, end_index + 1
        # A word boundary is needed only where the form itself ends in a letter or digit
        # (`US$1.2` is the form `US$`, whose `$` may touch a digit).
        if (start > 0 and folded[start].isalnum() and folded[start - 1].isalnum()) or \
                (end < len(folded) and folded[end - 1].isalnum() and folded[end].isalnum()):
            continue
        written = text[start:end]
        form = next((f for f in forms if _case_holds(f, written)), None)
        if form is None or form.iso2 is None or (form.given_name and _is_given_name(text, start)):
            continue
        country = countries()[form.iso2]
        mentions.append(CountryMention(start, end, text[start:end], country.iso3, country.iso2,
                                       country.name, form.match, country.region, country.subregion))
    return mentions
