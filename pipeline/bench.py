"""`python -m pipeline bench`: speed and accuracy of the enrichers against their peers.

Accuracy is measured on the seeds' hand-checked mentions (tests/golden/countries.json),
as sets of (dump, item line, field, ISO3): a peer that finds a country in a field
gets credit once per field, whatever offsets it reports. Speed is MB of text per
second over the same list of texts for every tool, best of a few repeats, in one run.

Peers come from the optional `bench` extra (geotext, country_converter, quantulum3); a peer that
is not installed is reported as left out, with the reason.
"""
from __future__ import annotations

import csv
import importlib.util
import json
import re
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import pycountry

from collections import Counter

from pipeline.enrich import find_countries, find_figures

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
TEXT_FIELDS = ("title", "summary", "label", "place")

Finder = Callable[[str], Iterable[str]]  # text -> ISO3 codes found in it


def _iso3(alpha2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country else None


def ours() -> Finder:
    return lambda text: [m.iso3 for m in find_countries(text)]


def geotext_finder() -> Finder:
    """geotext's countries and nationalities (its cities are not country mentions)."""
    from geotext import GeoText

    index = GeoText.index

    def find(text: str) -> list[str]:
        found = GeoText(text)
        codes = [index.countries[c.lower()] for c in found.countries]
        codes += [index.nationalities[n.lower()] for n in found.nationalities]
        return [iso3 for code in codes if (iso3 := _iso3(code))]
    return find


def country_converter_finder() -> Finder:
    """country_converter's own name regexes, searched in the text (case-insensitive, as it does).

    The regexes are read from the package's data file with the csv module: importing
    country_converter 1.3.2 under pandas 3 reads Namibia's code `NA` as missing.
    """
    spec = importlib.util.find_spec("country_converter")
    if spec is None or spec.origin is None:
        raise ImportError("country_converter is not installed (pip install -e '.[bench]')")
    path = Path(spec.origin).parent / "country_data.tsv"
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    patterns = [(re.compile(r["regex"], re.IGNORECASE), r["ISO3"]) for r in rows if r["regex"]]
    return lambda text: [iso3 for pattern, iso3 in patterns if pattern.search(text)]


# peer -> (its finder, MB of text to time it on: country_converter runs ~250 regexes a text)
PEERS = {"geotext": (geotext_finder, 1.0), "country_converter": (country_converter_finder, 0.1)}


def seed_fields() -> list[tuple[tuple[str, int, str], str]]:
    """((dump, item line, field), text) for every non-empty text field of the seed items."""
    fields = []
    for path in sorted(GOLDEN.glob("0*.json")):
        for item in json.loads(path.read_text(encoding="utf-8")):
            for field in TEXT_FIELDS:
                if item[field]:
                    fields.append(((path.stem + ".txt", item["line"], field), item[field]))
    return fields


def accuracy(finder: Finder) -> dict[str, float]:
    gold = {(r["source"], r["line"], r["field"], r["iso3"])
            for r in json.loads((GOLDEN / "countries.json").read_text(encoding="utf-8"))}
    found = {(*key, iso3) for key, text in seed_fields() for iso3 in finder(text)}
    hits = len(found & gold)
    return {"precision": hits / len(found) if found else 0.0, "recall": hits / len(gold),
            "found": len(found), "expected": len(gold)}


def throughput(finder: Finder, texts: list[str], repeats: int = 3) -> float:
    """MB/s of UTF-8 text, best of `repeats`."""
    size = sum(len(t.encode()) for t in texts) / 1e6
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        for text in texts:
            finder(text)
        best = min(best, time.perf_counter() - started)
    return size / best


def corpus(megabytes: float) -> list[str]:
    """The seed items' text fields, repeated to about `megabytes` MB."""
    texts = [text for _, text in seed_fields()]
    size = sum(len(t.encode()) for t in texts)
    return texts * max(1, round(megabytes * 1e6 / size))


def bench_countries(megabytes: float = 8.0) -> dict:
    """Every tool's accuracy on the seeds, and its speed; ours is also timed on each peer's corpus."""
    find = ours()
    find("warm up")
    results = {"find_countries": {**accuracy(find), "mb_per_s": throughput(find, corpus(megabytes)),
                                  "corpus_mb": megabytes}}
    left_out = {}
    for name, (make, peer_mb) in PEERS.items():
        try:
            finder = make()
        except ImportError as err:
            left_out[name] = str(err)
            continue
        finder("warm up")
        texts = corpus(peer_mb)
        results[name] = {**accuracy(finder), "mb_per_s": throughput(finder, texts, repeats=2),
                         "corpus_mb": peer_mb,
                         "find_countries_mb_per_s_same_corpus": throughput(find, texts, repeats=2)}
    return {"countries": results, "left_out": left_out}


def _table(heading: list[str], rows: dict[str, dict], left_out: dict[str, str]) -> str:
    """One tool a row: accuracy, speed, and ours on the peer's own corpus."""
    lines = [*heading, "", f"  {'tool':<18} {'precision':>9} {'recall':>7} {'found':>6} {'MB/s':>8} "
                           f"{'corpus MB':>10} {'ours, same corpus':>18}"]
    for name, r in rows.items():
        same = next((v for k, v in r.items() if k.endswith("_same_corpus")), None)
        lines.append(f"  {name:<18} {r['precision']:>9.3f} {r['recall']:>7.3f} {r['found']:>6} "
                     f"{r['mb_per_s']:>8.2f} {r['corpus_mb']:>10.2f} {f'{same:.2f}' if same else '':>18}")
    lines += [f"  left out: {name}: {why}" for name, why in left_out.items()]
    return "\n".join(lines)


def report(results: dict) -> str:
    expected = results["countries"]["find_countries"]["expected"]
    return _table([f"Countries: accuracy on the seeds' hand-checked mentions, as {expected} distinct "
                   "(dump, item, field, ISO3);",
                   "speed in MB/s on the seed items' text fields, repeated; ours also on each peer's corpus."],
                  results["countries"], results["left_out"])


# -- figures -------------------------------------------------------------------------------

def _value_key(value: float) -> float:
    return float(f"{value:.6g}")


def figures_ours(text: str) -> list[float]:
    return [f.value for f in find_figures(text)]


def quantulum_finder() -> Callable[[str], list[float]]:
    """quantulum3's quantities, their values as it reads them."""
    from quantulum3 import parser

    return lambda text: [q.value for q in parser.parse(text)]


def figures_accuracy(finder: Callable[[str], list[float]]) -> dict[str, float]:
    """Value-level: a figure found is right when the same field has a hand-checked figure of that value."""
    gold = Counter((r["source"], r["line"], r["field"], _value_key(r["value"]))
                   for r in json.loads((GOLDEN / "figures.json").read_text(encoding="utf-8")))
    found = Counter((*key, _value_key(v)) for key, text in seed_fields() for v in finder(text))
    hits = sum((found & gold).values())
    total_found, total_gold = sum(found.values()), sum(gold.values())
    return {"precision": hits / total_found if total_found else 0.0, "recall": hits / total_gold,
            "found": total_found, "expected": total_gold}


def bench_figures(megabytes: float = 4.0, peer_megabytes: float = 0.05) -> dict:
    """find_figures and quantulum3: accuracy on the seeds, speed on the same texts."""
    results = {"find_figures": {**figures_accuracy(figures_ours),
                                "mb_per_s": throughput(figures_ours, corpus(megabytes)),
                                "corpus_mb": megabytes}}
    left_out = {}
    try:
        peer = quantulum_finder()
        peer("warm up 1")
        texts = corpus(peer_megabytes)
        results["quantulum3"] = {**figures_accuracy(peer), "mb_per_s": throughput(peer, texts, repeats=1),
                                 "corpus_mb": peer_megabytes,
                                 "find_figures_mb_per_s_same_corpus": throughput(figures_ours, texts)}
    except ImportError as err:
        left_out["quantulum3"] = f"{err} (pip install -e '.[bench]')"
    return {"figures": results, "left_out": left_out}


def figures_report(results: dict) -> str:
    return _table(["Figures: value-level accuracy on the seeds' 34 hand-checked figures (per dump, item,",
                   "field, value); speed in MB/s on the seed items' text fields, repeated."],
                  results["figures"], results["left_out"])


def main() -> int:
    import warnings

    warnings.filterwarnings("ignore")  # quantulum3 warns about its optional classifier
    results = {**bench_countries()}
    figures = bench_figures()
    print(report(results))
    print()
    print(figures_report(figures))
    results["figures"] = figures["figures"]
    results["left_out"] = {**results["left_out"], **figures["left_out"]}
    save_results("bench.json", results)
    return 0


def save_results(name: str, results: dict) -> None:
    """Write a benchmark's results to build/`name` as JSON, and say where."""
    out = ROOT / "build" / name
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nResults: {out.relative_to(ROOT)}")
