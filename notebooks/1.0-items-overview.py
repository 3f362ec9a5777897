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
# # 1.0 Items overview
#
# What the listing pages hold: items per month, per label and per source dump, and the
# newest items. The tables come from `make pipeline` (in `processed/`, or the folder named
# by `$PIPELINE_TABLES`).

# %%
import duckdb
import matplotlib.pyplot as plt
import pandas as pd

from pipeline.tables import load, tables_folder

items = load("items")
print(f"{len(items)} items from {items['sources'].explode().nunique()} dumps, in {tables_folder()}")

# %% [markdown]
# ## Items per month

# %%
dated = items.dropna(subset=["published"]).assign(
    month=lambda d: pd.to_datetime(d["published"]).dt.to_period("M"))
per_month = dated.groupby("month").size()
ax = per_month.plot(kind="bar", figsize=(12, 4), color="#1f5fa8")
ax.set_title("News items per month of publication")
ax.set_xlabel("month")
ax.set_ylabel("items")
plt.tight_layout()
plt.show()

# %% [markdown]
# ## Items per label
#
# The label is the line above a title (`Press release`, `Social protection`...); most
# listings have none.

# %%
per_label = items["label"].fillna("(no label)").value_counts()
ax = per_label.sort_values().plot(kind="barh", figsize=(8, 4), color="#3a8d5c")
ax.set_title("Items per label")
ax.set_xlabel("items")
ax.set_ylabel("label")
plt.tight_layout()
plt.show()

# %% [markdown]
# ## Items per source dump
#
# An item found in several dumps counts once per dump. The same count in SQL, with DuckDB
# reading the Parquet file directly:

# %%
per_source = items.explode("sources").groupby("sources").size().rename("items")
per_source_sql = duckdb.sql(f"""
    SELECT source, count(*) AS items
    FROM (SELECT unnest(sources) AS source FROM '{tables_folder() / "items.parquet"}')
    GROUP BY source ORDER BY source
""").df().set_index("source")["items"]
assert per_source_sql.to_dict() == per_source.to_dict()
ax = per_source.plot(kind="bar", figsize=(8, 4), color="#a85b1f")
ax.set_title("Items per source dump")
ax.set_xlabel("dump file")
ax.set_ylabel("items")
plt.tight_layout()
plt.show()

# %% [markdown]
# ## The newest items

# %%
items.sort_values("published", ascending=False, na_position="last")[
    ["published", "label", "title", "source"]].head(10)
