"""scripts/audit.py and its dates layer: anchors by family, and coverage by the layer's spans."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from arabnews import Pipeline

ROOT = Path(__file__).resolve().parents[1]


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def layer():
    return _load(ROOT / "scripts" / "audit_layers" / "dates.py", "audit_layers_dates")


@pytest.mark.parametrize(("text", "family"), [
    ("قال الجيش الخميس إن", "weekday"),
    ("في 15 كانون الأول 2019", "month_levantine"),
    ("في 15 ديسمبر 2019", "month_egyptian"),
    ("في 15 جانفي 2019", "month_maghrebi"),
    ("في 15 رمضان 1444", "month_hijri"),
    ("على الساعة 21:40", "clock"),
    ("بتاريخ 05/11/2019", "numeric"),
    ("بعد عيد الفطر", "holiday"),
    ("يصدر سنويا", "set"),
    ("منذ 3 سنوات", "duration"),
    ("في القرن الـ21", "century"),
    ("سيتم قريبا", "vague"),
])
def test_anchor_families(layer, text, family):
    doc = Pipeline([]).make_doc(text)
    found = layer.find_anchors(doc)
    assert family in {f for _, _, f in found}
    for start, end, _ in found:
        assert 0 <= start < end <= len(text)


def test_ambiguous_month_needs_a_number(layer):
    doc = Pipeline([]).make_doc("قال رمضان إن الأب مارس الضغط")
    assert layer.find_anchors(doc) == []


def test_audit_runs_on_a_small_sample(tmp_path, capsys):
    audit = _load(ROOT / "scripts" / "audit.py", "audit_script")
    data = tmp_path / "news.txt"
    data.write_text("قال الجيش، الخميس، إن\nقتل 3 في 15 كانون الأول 2019\nلقاء يوم 45 الماضي قريبا من\n",
                    encoding="utf-8")
    assert audit.main(["dates", "--data", str(data), "--sample", "3", "--stages", "numbers,dates"]) == 0
    out = capsys.readouterr().out
    assert "layer dates: 3 articles" in out and "weekday" in out
