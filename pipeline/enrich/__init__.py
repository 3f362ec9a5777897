"""Enrich: what items mention. `find_countries(text)` and `find_figures(text)` work on any string."""
from pipeline.enrich.countries import CountryMention, find_countries
from pipeline.enrich.figures import Figure, find_figures
from pipeline.enrich.stage import enrich_countries, enrich_figures

__all__ = ["CountryMention", "Figure", "enrich_countries", "enrich_figures", "find_countries", "find_figures"]
