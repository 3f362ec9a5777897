"""Enrich: what items mention. `find_countries(text)` works on any string."""
from pipeline.enrich.countries import CountryMention, find_countries
from pipeline.enrich.stage import enrich_countries

__all__ = ["CountryMention", "enrich_countries", "find_countries"]
