# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 2.0 Countries and figures
#
# Which countries the news mentions, where they are, when; and the figures it quotes.

# %%
import duckdb
import matplotlib.pyplot as plt
import pandas as pd

from pipeline.tables import load, tables_folder

items, countries, figures = load("items"), load("countries"), load("figures")
print(f"{len(countries)} country mentions and {len(figures)} figures in {len(items)} items")

# %% [markdown]
# ## Most-mentioned countries
#
# A country counts once per item that mentions it, however often the item names it.

# %%
per_country = countries.drop_duplicates(["item_id", "iso3"]).groupby("country").size()
ax = per_country.sort_values().tail(15).plot(kind="barh", figsize=(8, 5), color="#1f5fa8")
ax.set_title("Countries by number of items mentioning them")
ax.set_xlabel("items")
ax.set_ylabel("country")
plt.tight_layout()
plt.show()

# %% [markdown]
# ## Mentions per UN M49 region and sub-region

# %%
per_region = countries.groupby(["region", "subregion"]).size().sort_values()
ax = per_region.plot(kind="barh", figsize=(8, 4), color="#3a8d5c")
ax.set_title("Country mentions per UN M49 region / sub-region")
ax.set_xlabel("mentions")
ax.set_ylabel("region / sub-region")
plt.tight_layout()
plt.show()

# %% [markdown]
# ## Countries by year
#
# Items per country and year of publication (undated items left out); the same query in
# DuckDB over the Parquet files.

# %%
by_year = (countries.drop_duplicates(["item_id", "iso3"])
           .merge(items[["item_id", "published"]], on="item_id")
           .dropna(subset=["published"])
           .assign(year=lambda d: pd.to_datetime(d["published"]).dt.year)
           .pivot_table(index="country", columns="year", values="item_id", aggfunc="count", fill_value=0))
folder = tables_folder()
by_year_sql = duckdb.sql(f"""
    SELECT c.country, year(i.published) AS year, count(DISTINCT c.item_id) AS items
    FROM '{folder / "countries.parquet"}' c JOIN '{folder / "items.parquet"}' i USING (item_id)
    WHERE i.published IS NOT NULL
    GROUP BY ALL ORDER BY ALL
""").df()
assert by_year_sql["items"].sum() == by_year.to_numpy().sum()
fig, ax = plt.subplots(figsize=(8, 6))
image = ax.imshow(by_year.to_numpy(), cmap="Blues", aspect="auto")
ax.set_xticks(range(len(by_year.columns)), by_year.columns)
ax.set_yticks(range(len(by_year.index)), by_year.index)
ax.set_title("Items mentioning each country, per year")
ax.set_xlabel("year of publication")
ax.set_ylabel("country")
fig.colorbar(image, ax=ax, label="items")
plt.tight_layout()
plt.show()

# %% [markdown]
# ## Figures by kind

# %%
per_kind = figures["kind"].value_counts()
ax = per_kind.plot(kind="bar", figsize=(7, 4), color="#a85b1f")
ax.set_title("Figures quoted, by kind")
ax.set_xlabel("kind")
ax.set_ylabel("figures")
plt.tight_layout()
plt.show()

# %% [markdown]
# ## The largest money figures, with their item

# %%
money = figures[figures["kind"] == "money"].merge(items[["item_id", "title", "published"]], on="item_id")
money.nlargest(10, "value")[["text", "unit", "value", "qualifier", "per", "published", "title"]]
