"""The attribution stage reads a document's entity spans once, not once per named speaker (session 40: the role
check of a named speaker built every entity's folded span for each speaker, and one 1 MB document took 2.3 s/MB)."""

from __future__ import annotations

import importlib

from arabnews import analyze

stage = importlib.import_module("arabnews.extract.attribution.stage")

SENTENCE = "أكد الناشط السياسي الطاهر بن حسين أن الوضع صعب جدا في البلاد. "


def _counting(monkeypatch) -> list[int]:
    """Counts the documents whose entities the stage indexes."""
    made: list[int] = []
    plain = stage._index_entities

    def counting(doc):
        made.append(len(doc.text))
        return plain(doc)

    monkeypatch.setattr(stage, "_index_entities", counting)
    return made


def test_one_index_per_document(monkeypatch):
    made = _counting(monkeypatch)
    doc = analyze(SENTENCE * 30, reference_date="2017-06-01")
    roles = [q.source["role"]["text"] for q in doc.layers["quotes"] if q.source and "role" in q.source]
    assert roles == ["الناشط السياسي"] * 30
    assert [q.source["text"] for q in doc.layers["quotes"]] == ["الطاهر بن حسين"] * 30
    assert made == [len(SENTENCE * 30)]


def test_a_new_document_is_indexed_again(monkeypatch):
    made = _counting(monkeypatch)
    first = analyze(SENTENCE, reference_date="2017-06-01")
    second = analyze("بحسب مراسلنا محمد العياري فإن الوضع هادئ في المدينة.", reference_date="2017-06-01")
    assert first.layers["quotes"][0].source["text"] == "الطاهر بن حسين"
    assert second.layers["quotes"][0].source["text"] == "محمد العياري"
    assert second.layers["quotes"][0].source["role"]["text"] == "مراسلنا"
    assert len(made) == 2
