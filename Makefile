# The front door: `make` lists the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
RAW    ?= raw
OUT    ?= processed
ENGINE ?= local

SOURCES := $(shell find pipeline -name '*.py' -o -name '*.csv' 2>/dev/null)
DUMPS   := $(wildcard $(RAW)/*)

.PHONY: help venv pipeline validate test bench lab clean distclean FORCE

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  make %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)
	@echo "  variables: RAW=dir (default raw)  OUT=dir (default processed)"
	@echo "             ENGINE=local|dask (default local)  SCHEDULER=tcp://host:8786 (dask: an existing cluster)"
	@echo "             FLAGS=--no-cache (process every dump again)"

# The virtualenv is rebuilt whenever the declared or locked dependencies change.
$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[dev]'
	@touch $@

venv: $(STAMP) ## create .venv from pyproject.toml and requirements.lock

pipeline: $(OUT)/items.parquet ## run extract -> clean -> enrich over RAW; publish the tables to OUT

# Rebuilt only when a dump, the folder's listing or the code changed, or when ENGINE is
# named on the command line. Dumps already processed come from OUT/.cache either way;
# FLAGS=--no-cache processes them all again.
$(OUT)/items.parquet: $(STAMP) $(wildcard $(RAW)) $(DUMPS) $(SOURCES) $(if $(filter command line,$(origin ENGINE)),FORCE)
	$(PY) -m pipeline run --raw $(RAW) --out $(OUT) --engine $(ENGINE) $(if $(SCHEDULER),--scheduler $(SCHEDULER)) $(FLAGS)

FORCE:

validate: $(OUT)/items.parquet ## check the published tables with their GX suites; build Data Docs
	$(PY) -m pipeline validate --out $(OUT) --docs build/data_docs

# The data validations run on the seed tables first; then the tests and both notebooks,
# on those same tables, so pytest's summary stays the last line.
test: $(STAMP) ## validate the seed tables, then run the tests and execute the notebooks
	$(MAKE) --no-print-directory validate RAW=raw OUT=build/seed-tables
	PIPELINE_TABLES=$(CURDIR)/build/seed-tables MPLBACKEND=Agg $(PY) -m pytest tests notebooks --nbmake

# Optional extras, installed only by the targets that need them: the benchmark's peers
# (`make bench`) and JupyterLab (`make lab`).
$(VENV)/.%-installed: $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[dev,$*]'
	@touch $@

bench: $(VENV)/.bench-installed ## measure the enrichers' speed and accuracy against their peers
	$(PY) -m pipeline bench


lab: $(VENV)/.notebooks-installed $(OUT)/items.parquet ## open the notebooks in JupyterLab (on the tables in OUT)
	PIPELINE_TABLES=$(abspath $(OUT)) $(VENV)/bin/jupyter lab notebooks/ $(if $(filter 0,$(shell id -u)),--allow-root)

clean: ## remove the published tables and caches (keeps .venv; see distclean)
	rm -f $(OUT)/*.parquet $(OUT)/_run.json
	rm -rf $(OUT)/.cache
	rm -rf .pytest_cache .hypothesis gx build *.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +


distclean: clean ## also remove the virtualenv
	rm -rf $(VENV)
