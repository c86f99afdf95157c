"""Session 41 (pf41b), issue #18: what a long document holds to its last stage, made smaller with the same output.

- a paragraph of the article (:class:`TextSpan` made by ``TextSpan.of``) reads its text from the document's text
  when asked instead of holding a copy, and is otherwise the dataclass it was (fields, equality, JSON, pickling);
- a document of more tokens than are kept reads its token starts in place (a strided view of the spans);
- the attribution stage's entity index leaves the document's memo when the stage is done (``memo.RELEASED_AFTER``).
"""

from __future__ import annotations

import copy
import dataclasses
import pickle
from pathlib import Path

import pytest

import arabnews
from arabnews.article.model import Article, TextSpan
from arabnews.memo import RELEASED_AFTER, release_memo
from arabnews.text import tokenize

REF = "2017-06-01"
ANT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "ant-v1.1.txt"

PAGE = ("اعتقال ثلاثة مشتبه بهم في تونس\n\n"
        "أعلنت وزارة الداخلية التونسية يوم الأحد 28 مايو 2017 اعتقال ثلاثة أشخاص في ولاية سوسة.\n\n"
        "وقال الناطق الرسمي باسم الوزارة ياسر مصباح إن الموقوفين كانوا يخططون لهجمات.")


def test_a_paragraph_reads_its_text_from_the_document() -> None:
    doc = arabnews.analyze(PAGE, reference_date=REF)
    art = doc.article
    assert art is not None
    parts = art.body
    assert [p.text for p in parts] == [PAGE[p.start:p.end] for p in parts]
    assert [(p.start, p.end) for p in parts] == [(0, 30), (32, 118), (120, 196)]
    assert parts[0].text == "اعتقال ثلاثة مشتبه بهم في تونس"
    assert parts[2].text.startswith("وقال الناطق الرسمي")
    # the same dataclass as an eager one: fields, equality, repr, JSON, rebuilt from JSON
    eager = [TextSpan(p.start, p.end, PAGE[p.start:p.end]) for p in parts]
    assert parts == eager and [repr(p) for p in parts] == [repr(p) for p in eager]
    assert [p.to_dict() for p in parts] == [p.to_dict() for p in eager]
    assert [f.name for f in dataclasses.fields(TextSpan)] == ["start", "end", "text"]
    assert Article.from_dict(art.to_dict()) == art
    assert doc.to_dict()["article"]["body"][0] == {"start": art.body[0].start, "end": art.body[0].end,
                                                   "text": art.body[0].text}


def test_a_lazy_paragraph_pickles_and_copies_as_its_text() -> None:
    source = "عنوان الخبر. " + "نص طويل " * 1000
    p = TextSpan.of(source, 0, 11)
    assert p.text == "عنوان الخبر"
    data = pickle.dumps(p)
    assert len(data) < 200  # its text, not the document's
    for q in (pickle.loads(data), copy.copy(p), copy.deepcopy(p)):
        assert q == p and q.text == "عنوان الخبر"
    p.text = "عنوان"  # a text set by hand is kept as it is
    assert p.text == "عنوان" and p.to_dict() == {"start": 0, "end": 11, "text": "عنوان"}
    with pytest.raises(TypeError):
        TextSpan(0, 1)  # type: ignore[call-arg]  # text stays a required field
    assert not hasattr(p, "__dict__")


def test_a_pickled_document_keeps_its_article() -> None:
    doc = arabnews.analyze(PAGE, reference_date=REF)
    again = pickle.loads(pickle.dumps(doc))
    assert again.article == doc.article and again.to_dict() == doc.to_dict()


@pytest.mark.skipif(not ANT.exists(), reason="the ANT corpus is not here (../shared beside the checkout)")
def test_long_document_token_starts_in_place(monkeypatch: pytest.MonkeyPatch) -> None:
    # fewer tokens kept than the document has: the starts are a view of the spans, and every range reads the same
    text = ANT.read_text(encoding="utf-8")[:60_000]
    short = arabnews.Pipeline(["article"])(text, reference_date=REF)
    assert short.tokens.keeps_all
    bounds = [(r.start, r.end) for r in short.regions] + [(0, len(text)), (5, 7), (100, 5000), (59_990, 70_000)]
    ranges = [short.token_range(*b) for b in bounds]
    assert not isinstance(short._token_starts, memoryview)
    starts = list(short.tokens.starts)
    monkeypatch.setattr(tokenize, "_TOKENS_KEPT", 1000)
    long = arabnews.Pipeline(["article"])(text, reference_date=REF)
    assert not long.tokens.keeps_all
    assert [long.token_range(*b) for b in bounds] == ranges
    assert isinstance(long._token_starts, memoryview) and list(long._token_starts) == starts
    assert pickle.loads(pickle.dumps(long)).to_dict() == long.to_dict()


def test_the_entity_index_leaves_the_memo_after_attribution() -> None:
    doc = arabnews.analyze(PAGE, reference_date=REF)
    assert "attribution.entity_index" not in doc.memo
    assert {"numbers.sides_told", "outlets.starts"} <= set(doc.memo)  # the small facts stay
    assert [q.source["text"] for q in doc.layers["quotes"] if q.source] == ["ياسر مصباح"]
    assert "attribution.entity_index" in RELEASED_AFTER["attribution"]
    memo = {"attribution.entity_index": ("t", 1), "numbers.sides_told": ("t", True)}
    release_memo(memo, "numbers")
    release_memo(memo, "attribution")
    assert memo == {"numbers.sides_told": ("t", True)}
