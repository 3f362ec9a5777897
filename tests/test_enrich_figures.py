"""find_figures: the seeds' hand-checked figures, every number form, every exclusion, properties."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.enrich import enrich_figures, find_figures
from pipeline.enrich import figures as figures_module
from pipeline.quality import GateFailure, check
from tests.conftest import GOLDEN, load_json

TEXT_FIELDS = ("title", "summary", "label", "place")
COLUMNS = ["text", "value", "kind", "unit", "noun", "per", "qualifier"]


def test_seed_figures_match_the_hand_checked_list():
    """On the seeds every figure is found with its value, kind and unit, and nothing else."""
    expected = load_json(GOLDEN / "figures.json")
    got = []
    for path in sorted(GOLDEN.glob("0*.json")):
        for item in load_json(path):
            for field in TEXT_FIELDS:
                for f in find_figures(item[field] or ""):
                    got.append({"source": path.stem + ".txt", "line": item["line"], "field": field,
                                **f.as_dict()})
    order = lambda r: (r["source"], r["line"], TEXT_FIELDS.index(r["field"]), r["start"])  # noqa: E731
    assert sorted(got, key=order) == sorted(expected, key=order)
    assert len(expected) == 34


# sentence -> the one figure expected: (text, value, kind, unit, noun, per, qualifier)
FORMS = {
    "covering up to 45,000 workers": ("45,000", 45000.0, "count", None, "workers", None, "at_most"),
    "2,593,399 people were insured": ("2,593,399", 2593399.0, "count", None, "people", None, None),
    "some 700.000 workers": ("700.000", 700000.0, "count", None, "workers", None, "approx"),
    "nearly 13 000 enterprises": ("13 000", 13000.0, "count", None, "enterprises", None, "approx"),
    "1.6 billion across Asia": ("1.6 billion", 1.6e9, "count", None, None, None, None),
    "70 % of workers": ("70 %", 70.0, "percent", "percent", None, None, None),
    "a grant of US$31 million": ("US$31 million", 3.1e7, "money", "USD", None, None, None),
    "costs VND1.3 trillion": ("VND1.3 trillion", 1.3e12, "money", "VND", None, None, None),
    "is giving €14.5 million to": ("€14.5 million", 1.45e7, "money", "EUR", None, None, None),
    "500 billion dollars a year": ("500 billion dollars", 5e11, "money", "USD", None, "year", None),
    "worth 3 million euros per month": ("3 million euros", 3e6, "money", "EUR", None, "month", None),
    "Thirteen million people": ("Thirteen million", 1.3e7, "count", None, "people", None, None),
    "only six per cent of them": ("six per cent", 6.0, "percent", "percent", None, None, None),
    "9 out of every 10 workers": ("9 out of every 10", 0.9, "ratio", "ratio", None, None, None),
    "one in five workers": ("one in five", 0.2, "ratio", "ratio", None, None, None),
    "two thirds of the workforce": ("two thirds", 2 / 3, "ratio", "ratio", None, None, None),
    "half a billion people": ("half a billion", 5e8, "count", None, "people", None, None),
    "A dozen countries": ("A dozen", 12.0, "count", None, "countries", None, None),
    "a three-day workshop": ("three-day", 3.0, "duration", "days", None, None, None),
    "for six months": ("six months", 6.0, "duration", "months", None, None, None),
    "a 70-year old worker": ("70-year old", 70.0, "age", "years", None, None, None),
    "allows 70 year old to access": ("70 year old", 70.0, "age", "years", None, None, None),
    "the 60th country to ratify": ("60th", 60.0, "ordinal", None, None, None, None),
    "more than 850 practitioners": ("850", 850.0, "count", None, "practitioners", None, "at_least"),
    "at least 24 countries": ("24", 24.0, "count", None, "countries", None, "at_least"),
    "less than 5 per cent": ("5 per cent", 5.0, "percent", "percent", None, None, "at_most"),
    "about 4 billion people": ("4 billion", 4e9, "count", None, "people", None, "approx"),
    "no more than 48 hours": ("48", 48.0, "count", None, "hours", None, "at_most"),
    "no less than 14 weeks": ("14 weeks", 98.0, "duration", "days", None, None, "at_least"),
    "an estimated 2.78 million deaths": ("2.78 million", 2.78e6, "count", None, "deaths", None, "approx"),
    "50 focus countries": ("50", 50.0, "count", None, "focus countries", None, None),
    "Twenty-four countries": ("Twenty-four", 24.0, "count", None, "countries", None, None),
    "In Chicago 30 workers met": ("30", 30.0, "count", None, "workers", None, None),  # `ago` is no month here
    # French and Spanish pages: a decimal comma, their per cent and scale words, `de dollars`
    "devrait atteindre 4,9 pour cent": ("4,9 pour cent", 4.9, "percent", "percent", None, None, None),
    "un 6 por ciento más": ("6 por ciento", 6.0, "percent", "percent", None, None, None),
    "un projet de 3,5 millions de dollars": ("3,5 millions de dollars", 3.5e6, "money", "USD", None, None, None),
    "2 milliards d'euros": ("2 milliards d'euros", 2e9, "money", "EUR", None, None, None),
    "costará 2,5 mil millones de dólares": ("2,5 mil millones de dólares", 2.5e9, "money", "USD", None, None, None),
    "protege a 30.000 conductores": ("30.000", 30000.0, "count", None, "conductores", None, None),
}


@pytest.mark.parametrize("sentence", FORMS)
def test_number_forms(sentence):
    (figure,) = find_figures(sentence)
    got = tuple(figure.as_dict()[c] for c in COLUMNS)
    assert got[:1] + got[2:] == FORMS[sentence][:1] + FORMS[sentence][2:]
    assert got[1] == pytest.approx(FORMS[sentence][1])
    assert sentence[figure.start:figure.end] == figure.text


@pytest.mark.parametrize("sentence", [
    "Since its creation in 1919", "by 2050", "the 2020-22 report", "its second phase (2021 -2025)",
    "on 17 September", "On 2 November, representatives", "visited on 21-24 August 2023",
    "On September 30, 2021, a note", "at 09:00 (Europe/Zurich)", "Convention No. 102", "(No. 202)",
    "Convention, No.102, reaching", "COVID-19", "#COVID19 and #USP2030", "ILO100", "SDG 8", "the G20",
    "the first and second phase", "millions of workers", "hundreds of thousands of deaths",
    "one of the most", "the 2030 Agenda",
    "la convention (n° 190)", "le 1er juillet", "el 1 de julio", "el 14 de mayo de 2024",
])
def test_not_figures(sentence):
    assert find_figures(sentence) == []


def test_two_figures_in_one_sentence():
    found = find_figures("Thirteen million people in 24 countries have benefited")
    assert [(f.text, f.value, f.noun) for f in found] == [
        ("Thirteen million", 1.3e7, "people"), ("24", 24.0, "countries")]


def test_currencies_are_checked_against_iso_4217(monkeypatch):
    real_rows = figures_module._rows

    def rows_with_a_typo(name):
        rows = real_rows(name)
        if name == "enrich/data/currencies.csv":
            rows.append({"text": "doubloons", "iso": "XXQ", "position": "after"})
        return rows

    monkeypatch.setattr(figures_module, "_rows", rows_with_a_typo)
    figures_module._currencies.cache_clear()
    try:
        with pytest.raises(ValueError, match="'doubloons' has unknown ISO 4217 code 'XXQ'"):
            figures_module._currencies()
    finally:
        figures_module._currencies.cache_clear()


# -- properties ---------------------------------------------------------------------------

def _with_commas(n: int) -> str:
    return f"{n:,}"


_SCALE_WORDS = {"thousand": 10**3, "million": 10**6, "billion": 10**9}


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=999_999), st.sampled_from(["", "thousand", "million", "billion"]),
       st.sampled_from(["", "US$", "€", "USD ", "percent"]), st.integers(min_value=0, max_value=2))
def test_amounts_read_back_to_their_value(whole, scale, currency, decimals):
    if currency == "percent":
        whole, scale = whole % 100, ""
    number = whole / 10**decimals if decimals else whole
    written = (f"{number:,.{decimals}f}" if decimals else _with_commas(whole))
    expected = number * _SCALE_WORDS.get(scale, 1)
    amount = f"{written} {scale}".strip()
    if currency == "percent":
        amount, kind = f"{amount} per cent", "percent"
    elif currency:
        amount, kind = f"{currency}{amount}", "money"
    else:
        kind = "count"
    if kind == "count" and not scale and decimals == 0 and 1800 <= whole <= 2100:
        return  # a bare four-digit number in the years' range reads as a year, by rule
    sentence = f"The ILO said {amount} workers benefited."
    (figure,) = find_figures(sentence)
    assert figure.kind == kind
    assert figure.value == pytest.approx(expected)
    assert sentence[figure.start:figure.end] == figure.text


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
       st.sampled_from(["%d %B %Y", "%B %d, %Y", "%d %B", "in %Y", "since %Y", "by %Y", "(%Y-%Y)"]))
def test_years_and_dates_are_never_figures(date, form):
    sentence = f"The report was published {date.strftime(form)} in Geneva."
    assert find_figures(sentence) == []


# -- the stage and its gate -------------------------------------------------------------

def test_enrich_figures_on_the_seeds(seed_items):
    table = enrich_figures(seed_items)
    assert len(table) == 33  # 34 hand-checked rows, less the repeated item's `60th`
    assert check("figures", table, items=seed_items) == []


def test_figures_gate_stops_an_implausible_ratio(seed_items):
    table = enrich_figures(seed_items)
    at = table.index[table["kind"] == "ratio"][0]
    table.loc[at, "value"] = 1.5
    with pytest.raises(GateFailure) as failure:
        check("figures", table, items=seed_items)
    assert (failure.value.stage, failure.value.column) == ("figures", "ratio_value")
