"""What analysts read stays true: the data dictionary and the notebooks as committed."""
import json

import jupytext
import pytest

from pipeline.docs import data_dictionary
from pipeline.schema import TABLES
from tests.conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_data_dictionary_is_generated_from_the_schemas():
    committed = (ROOT / "processed" / "README.md").read_text(encoding="utf-8")
    assert committed == data_dictionary(), "run `python -m pipeline docs` and commit processed/README.md"
    for name, schema in TABLES.items():
        assert f"## {name}.parquet" in committed
        for field in schema:
            assert f"| `{field.name}` | {field.type} |" in committed


def test_there_are_the_two_notebooks():
    assert [p.name for p in NOTEBOOKS] == ["1.0-items-overview.ipynb", "2.0-countries-and-figures.ipynb"]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_are_committed_without_outputs_and_match_their_pair(notebook):
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    assert all(not c.get("outputs") and not c.get("execution_count") for c in cells if c["cell_type"] == "code")
    paired = jupytext.read(notebook.with_suffix(".py"))
    assert [c.source for c in paired.cells] == [
        "".join(c["source"]) if isinstance(c["source"], list) else c["source"] for c in cells]
