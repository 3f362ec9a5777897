"""find_countries: the seeds' hand-checked mentions, every ISO country by name, and the traps."""
from __future__ import annotations

import pycountry
import pytest

from pipeline.enrich import enrich_countries, find_countries
from pipeline.enrich import countries as countries_module
from pipeline.quality import GateFailure, check
from tests.conftest import GOLDEN, load_json

TEXT_FIELDS = ("title", "summary", "label", "place")


def _golden_items() -> dict[tuple[str, int], dict]:
    items = {}
    for path in sorted(GOLDEN.glob("0*.json")):
        for item in load_json(path):
            items[(path.stem + ".txt", item["line"])] = item
    return items


def test_seed_mentions_match_the_hand_checked_list():
    """On the seeds, every mention is found and nothing else (tests/golden/countries.json)."""
    expected = load_json(GOLDEN / "countries.json")
    got = []
    for (source, line), item in _golden_items().items():
        for field in TEXT_FIELDS:
            for m in find_countries(item[field] or ""):
                got.append({"source": source, "line": line, "field": field, "start": m.start,
                            "end": m.end, "mention": m.mention, "iso3": m.iso3, "match": m.match})
    order = lambda r: (r["source"], r["line"], TEXT_FIELDS.index(r["field"]), r["start"])  # noqa: E731
    assert sorted(got, key=order) == sorted(expected, key=order)
    assert len(expected) == 72


def _country_forms():
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if value := getattr(c, attr, None):
                yield pytest.param(c.alpha_3, value.removeprefix("the "), id=f"{c.alpha_3}-{attr}")


@pytest.mark.parametrize("iso3,name", list(_country_forms()))
def test_every_iso_country_by_every_pycountry_name(iso3, name):
    for sentence in (f"Workers in {name} met the ILO.", f"The {name} and the ILO signed.", f"{name}: a new law"):
        found = [(m.iso3, m.mention, m.match) for m in find_countries(sentence)]
        assert found == [(iso3, name, "name")], sentence


# text -> the (mention, iso3, match) expected, in order
INCLUDED = {
    "Viet Nam and Türkiye": [("Viet Nam", "VNM", "name"), ("Türkiye", "TUR", "name")],
    "the Lao People's Democratic Republic": [("Lao People's Democratic Republic", "LAO", "name")],
    "the Lao People’s Democratic Republic’s scheme": [("Lao People’s Democratic Republic", "LAO", "name")],
    "research in Lao PDR": [("Lao PDR", "LAO", "alias")],
    "the Republic of Korea": [("Republic of Korea", "KOR", "alias")],
    "Côte d'Ivoire and Timor-Leste": [("Côte d'Ivoire", "CIV", "name"), ("Timor-Leste", "TLS", "name")],
    "Burma and Swaziland": [("Burma", "MMR", "alias"), ("Swaziland", "SWZ", "alias")],
    "the UK, the USA and the UAE": [("UK", "GBR", "abbreviation"), ("USA", "USA", "abbreviation"),
                                    ("UAE", "ARE", "abbreviation")],
    "help from the US": [("US", "USA", "abbreviation")],
    "Indonesian and German workers": [("Indonesian", "IDN", "demonym"), ("German", "DEU", "demonym")],
    "Jordanian and non-Jordanian workers": [("Jordanian", "JOR", "demonym"), ("Jordanian", "JOR", "demonym")],
    "Lao government officials": [("Lao", "LAO", "demonym")],
    "Homenet Laos conducted research": [("Laos", "LAO", "name")],
    "the ILO/Korea Partnership Programme": [("Korea", "KOR", "alias")],
    "the Confederation of Trade Unions of Armenia": [("Armenia", "ARM", "name")],
    "Joint UN-Uzbekistan Achievements": [("Uzbekistan", "UZB", "name")],
    "Papua New Guinea and Guinea": [("Papua New Guinea", "PNG", "name"), ("Guinea", "GIN", "name")],
    "Nigeria and Niger": [("Nigeria", "NGA", "name"), ("Niger", "NER", "name")],
    "South Sudan and Sudan": [("South Sudan", "SSD", "name"), ("Sudan", "SDN", "name")],
    "Korea and the Congo": [("Korea", "KOR", "alias"), ("Congo", "COG", "name")],
    "the Democratic Republic of the Congo": [("Democratic Republic of the Congo", "COD", "alias")],
    "Georgia and Dominica, not the Dominican Republic": [
        ("Georgia", "GEO", "name"), ("Dominica", "DMA", "name"), ("Dominican Republic", "DOM", "name")],
    "Jordan and ILO sign agreement": [("Jordan", "JOR", "name")],
    "Collaboration in Social Protection Sector - Jordan": [("Jordan", "JOR", "name")],
    "INDONESIA SIGNS": [("INDONESIA", "IDN", "name")],
    "Thai workers and Filipinos": [("Thai", "THA", "demonym"), ("Filipinos", "PHL", "demonym")],
}


@pytest.mark.parametrize("text", INCLUDED)
def test_inclusions(text):
    found = find_countries(text)
    assert [(m.mention, m.iso3, m.match) for m in found] == INCLUDED[text]
    assert all(text[m.start:m.end] == m.mention for m in found)


@pytest.mark.parametrize("text", [
    "the Asian Development Bank", "the European Union", "the Arab States", "Africa and Asia-Pacific",
    "ASEAN members", "African and European workers", "in Geneva", "TASHKENT, 17 December",
    "ILO Bangkok", "Addis Ababa", "Latin American and Caribbean countries", "the Indian Ocean",
    "US$1.2 trillion", "help us now", "chile peppers and a turkey", "the lao word", "Michael Jordan spoke",
    "a woman in Rome", "Northern Ireland", "New Guinea island",
    "Inter-American Development Bank",
])
def test_exclusions(text):
    assert find_countries(text) == []


def test_mentions_carry_codes_names_and_m49_regions():
    (m,) = find_countries("Viet Nam")
    assert (m.iso3, m.iso2, m.country, m.region, m.subregion) == (
        "VNM", "VN", "Vietnam", "Asia", "South-eastern Asia")
    (m,) = find_countries("Mexico")
    assert (m.region, m.subregion) == ("Americas", "Latin America and the Caribbean")


def test_m49_covers_every_country():
    table = countries_module.countries()
    assert len(table) == len(pycountry.countries)
    missing = [c.iso3 for c in table.values() if c.region is None]
    assert missing == ["ATA"]  # Antarctica has no M49 region
    spot = {"CYP": ("Asia", "Western Asia"), "SDN": ("Africa", "Northern Africa"),
            "IRN": ("Asia", "Southern Asia"), "GRL": ("Americas", "Northern America"),
            "NRU": ("Oceania", "Micronesia"), "KEN": ("Africa", "Sub-Saharan Africa")}
    by_iso3 = {c.iso3: (c.region, c.subregion) for c in table.values()}
    assert {k: by_iso3[k] for k in spot} == spot


def test_curated_rows_are_checked_against_pycountry(monkeypatch):
    real_rows = countries_module._rows

    def rows_with_a_typo(name):
        rows = real_rows(name)
        if name == "enrich/data/country_aliases.csv":
            rows.append({"iso2": "XX", "text": "Atlantis", "match": "alias", "case": "title"})
        return rows

    monkeypatch.setattr(countries_module, "_rows", rows_with_a_typo)
    with pytest.raises(ValueError, match="'Atlantis' has unknown ISO code 'XX'"):
        countries_module._forms()


def test_enrich_stage_on_the_seeds(seed_items):
    table = enrich_countries(seed_items)
    assert len(table) == 71  # 72 hand-checked rows, less the repeated item's Paraguay
    assert set(table["field"]) <= set(TEXT_FIELDS)
    fields = seed_items.set_index("item_id")
    for row in table.itertuples():
        assert fields.at[row.item_id, row.field][row.start:row.end] == row.mention
    assert check("countries", table, items=seed_items) == []


def test_countries_gate_catches_a_bad_span_and_an_orphan(seed_items):
    table = enrich_countries(seed_items)
    shifted = table.copy()
    shifted.loc[3, "start"] += 1
    with pytest.raises(GateFailure) as failure:
        check("countries", shifted, items=seed_items)
    assert (failure.value.stage, failure.value.column) == ("countries", "span_is_mention")
    orphan = table.copy()
    orphan.loc[0, "item_id"] = "0000000000000000"
    with pytest.raises(GateFailure) as failure:
        check("countries", orphan, items=seed_items)
    assert failure.value.column == "item_exists" and "0000000000000000" in str(failure.value)


def test_offsets_hold_when_lower_case_changes_length():
    """`İ` lower-cases to two characters; offsets must still point into the original text."""
    text = "İSTANBUL, Türkiye and Viet\u00a0Nam’s workers"
    found = find_countries(text)
    assert [(m.mention, m.iso3) for m in found] == [("Türkiye", "TUR"), ("Viet\u00a0Nam", "VNM")]
    assert all(text[m.start:m.end] == m.mention for m in found)
