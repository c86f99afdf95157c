"""Session 47 (issue #18): after a long document the CRF's word-type tables are emptied, with the same results; the
chunks of a tag share one label string."""

from __future__ import annotations

from pathlib import Path

import pytest

import arabnews
from arabnews.extract.entities.bio import _chunks
from arabnews.text import tokenize

REF = "2017-06-01"
ANT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "ant-v1.1.txt"


def _scorer(nlp: arabnews.Pipeline):  # type: ignore[no-untyped-def]
    return nlp.get("entities").backend.tagger._scorer  # type: ignore[attr-defined]


@pytest.mark.skipif(not ANT.exists(), reason="the ANT corpus is not here (../shared beside the checkout)")
def test_long_document_empties_the_taggers_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ANT.read_text(encoding="utf-8")[:20_000]
    nlp = arabnews.Pipeline()
    whole = nlp(text, reference_date=REF)
    scorer = _scorer(nlp)
    assert whole.tokens.keeps_all and scorer._n > 1000 and len(scorer._types) == scorer._n - 3  # an article's stay
    monkeypatch.setattr(tokenize, "_TOKENS_KEPT", 1000)  # now a "long" document
    long = nlp(text, reference_date=REF)
    assert not long.tokens.keeps_all
    assert scorer._n == 3 and scorer._types == {}  # the pseudo types alone, as a new scorer's
    assert long.to_dict() == whole.to_dict()
    assert any(e["label"] == "PER" for e in long.to_dict()["entities"])
    monkeypatch.setattr(tokenize, "_TOKENS_KEPT", 10**9)
    again = nlp(text, reference_date=REF)  # the tables filled again from nothing: the same tags
    assert scorer._n > 1000 and again.to_dict() == whole.to_dict()


def test_short_document_keeps_the_taggers_tables() -> None:
    nlp = arabnews.Pipeline()
    nlp("قال الرئيس التونسي قيس سعيد إن الحكومة ستعلن الأحد عن 12 إجراء جديدا.", reference_date=REF)
    types = dict(_scorer(nlp)._types)
    assert "سعيد" in types or "قيس" in types
    assert _scorer(nlp)._types == types


def test_chunks_of_one_tag_share_their_label() -> None:
    tags = ["B-PER", "I-PER", "O", "B-LOC", "B-PER", "O", "B-" + "PER"[:2] + "R"]
    chunks = list(_chunks(tags))
    assert [(i, j, label) for i, j, label in chunks] == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "PER"), (6, 7, "PER")]
    pers = [label for _, _, label in chunks if label == "PER"]
    assert all(label is pers[0] for label in pers)  # one string, not a slice per chunk
