"""Fuzz (hypothesis, bounded): random and mutated dump text never raises, offsets stay in their field."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.clean import clean_entries
from pipeline.enrich import find_countries, find_figures
from pipeline.extract import extract, truncation
from tests.conftest import RAW

SEEDS = [p.read_text(encoding="utf-8") for p in sorted(RAW.glob("*.txt"))]
PIECES = ["\n", "\n\n", "\t", "\u00a0", "  1. ", "- ", "• ", "© ILO 2020", "[image: ]", "October 2020",
          "2012", "24 June 2022, Bangkok, Thailand", "Press release | 01 March 2023", "US$1.2 trillion",
          "9 out of every 10", "Lao PDR", "non-Jordanian", "İ", "\r\n", "\x00", "¶", "27-28 June 2023",
          "NEW DELHI, 25 July 2016 - ", "one in five", "ﬁ", "ß"]


@st.composite
def mutated_dump(draw) -> str:
    """A seed with random slices cut, repeated and spliced with layout pieces and noise."""
    text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["cut", "insert", "noise", "duplicate"]))
        if action == "cut":
            text = text[:at] + text[at + draw(st.integers(0, 200)):]
        elif action == "insert":
            text = text[:at] + draw(st.sampled_from(PIECES)) + text[at:]
        elif action == "noise":
            text = text[:at] + draw(st.text(max_size=40)) + text[at:]
        else:
            text = text[:at] + text[max(0, at - 300):at] + text[at:]
    return text


def _check_dump(text: str) -> None:
    entries, _ = extract({"fuzz.txt": text})
    truncation(text)
    items = clean_entries(entries)
    for item in items.itertuples():
        for field in ("title", "summary", "label", "place"):
            value = getattr(item, field)
            if not isinstance(value, str):
                continue
            for found in (*find_countries(value), *find_figures(value)):
                assert 0 <= found.start < found.end <= len(value)
                assert value[found.start:found.end] == (getattr(found, "mention", None) or found.text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_dump())
def test_mutated_dumps_never_raise(text):
    _check_dump(text)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=600))
def test_random_text_never_raises(text):
    _check_dump(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_enrichers_keep_offsets_inside_any_text(text):
    for found in (*find_countries(text), *find_figures(text)):
        assert 0 <= found.start < found.end <= len(text)
