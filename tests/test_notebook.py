"""The example notebook executes from top to bottom."""

from pathlib import Path

import pytest

nbclient = pytest.importorskip("nbclient", reason="nbclient not installed (dev extra)")
nbformat = pytest.importorskip("nbformat", reason="nbformat not installed (dev extra)")
pytest.importorskip("ipykernel", reason="ipykernel not installed (dev extra)")
pytest.importorskip("pandas", reason="pandas extra not installed")
pytest.importorskip("matplotlib", reason="matplotlib not installed (dev extra)")

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_notebook_executes():
    nb = nbformat.read(EXAMPLES / "corpus.ipynb", as_version=4)
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(EXAMPLES)}}).execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = [o for o in outputs if "text/html" in o.get("data", {})]
    assert any('dir="rtl"' in o["data"]["text/html"] for o in html)
