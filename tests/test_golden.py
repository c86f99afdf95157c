"""The pipeline's full JSON on the seed and on 20 real articles equals the stored copy.

Speed work must never change results: this test fails on any difference, field by field.  A change
that is meant to change results rewrites the copy with ``python scripts/update_golden.py`` and the
diff of ``tests/golden`` is read and committed with it.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"


def _updater():
    spec = importlib.util.spec_from_file_location("update_golden", ROOT / "scripts" / "update_golden.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def produced() -> list[dict]:
    return _updater().golden_documents()


def _stored() -> list[dict]:
    seed = json.loads((GOLDEN / "seed.json").read_text(encoding="utf-8"))
    rest = [json.loads(x) for x in (GOLDEN / "ant_sample.jsonl").read_text(encoding="utf-8").splitlines()]
    return [seed, *rest]


def test_sample_is_what_the_copy_was_made_from(produced: list[dict]) -> None:
    stored = _stored()
    assert len(stored) == len(produced) == 21
    assert [d["text"] for d in produced] == [d["text"] for d in stored]


@pytest.mark.parametrize("index", range(21))
def test_full_json_unchanged(produced: list[dict], index: int) -> None:
    got, want = produced[index], _stored()[index]
    differing = sorted(k for k in set(got) | set(want) if got.get(k) != want.get(k))
    assert not differing, f"document {index}: fields {differing} differ from tests/golden (speed work must not " \
                          "change results; a deliberate change runs scripts/update_golden.py)"


def test_seed_copy_has_every_layer() -> None:
    seed = _stored()[0]
    for layer in ("entities", "dates", "numbers", "groups", "events", "quotes"):
        assert seed.get(layer), f"the stored seed has no {layer}: the copy would not guard them"
