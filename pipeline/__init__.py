"""ILO news listing dumps -> validated Parquet tables (items, countries, figures)."""
