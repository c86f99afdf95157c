"""The attribution stage reads a document's entity spans once, not once per named speaker (session 40: the role
check of a named speaker built every entity's folded span for each speaker, and one 1 MB document took 2.3 s/MB)."""

from __future__ import annotations

import importlib
import weakref

from arabnews import analyze

stage = importlib.import_module("arabnews.extract.attribution.stage")

SENTENCE = "أكد الناشط السياسي الطاهر بن حسين أن الوضع صعب جدا في البلاد. "


class _CountingRefs:
    """Stands for the module ``weakref`` in the stage: counts the documents it indexes."""

    def __init__(self) -> None:
        self.made = 0

    def ref(self, obj):
        self.made += 1
        return weakref.ref(obj)


def test_one_index_per_document(monkeypatch):
    counting = _CountingRefs()
    monkeypatch.setattr(stage, "weakref", counting)
    monkeypatch.setattr(stage, "_last_index", (None, 0, ({}, frozenset())))
    doc = analyze(SENTENCE * 30, reference_date="2017-06-01")
    roles = [q.source["role"]["text"] for q in doc.layers["quotes"] if q.source and "role" in q.source]
    assert roles == ["الناشط السياسي"] * 30
    assert [q.source["text"] for q in doc.layers["quotes"]] == ["الطاهر بن حسين"] * 30
    assert counting.made == 1


def test_a_new_document_is_indexed_again(monkeypatch):
    counting = _CountingRefs()
    monkeypatch.setattr(stage, "weakref", counting)
    first = analyze(SENTENCE, reference_date="2017-06-01")
    second = analyze("بحسب مراسلنا محمد العياري فإن الوضع هادئ في المدينة.", reference_date="2017-06-01")
    assert first.layers["quotes"][0].source["text"] == "الطاهر بن حسين"
    assert second.layers["quotes"][0].source["text"] == "محمد العياري"
    assert second.layers["quotes"][0].source["role"]["text"] == "مراسلنا"
    assert counting.made == 2
