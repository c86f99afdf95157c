"""Session 47b (issue #18): the attribution stage drops its finder's document-wide facts before the read-backs of "the
same source" and of a role alone, and those read-backs keep one string per word of the speakers named."""

from __future__ import annotations

from typing import Any

import pytest

import arabnews
from arabnews.extract.attribution import relays
from arabnews.extract.attribution.spans import KEY as ENTITY_SPANS
from arabnews.extract.attribution.stage import find_claims

REF = "2017-06-01"

# two speakers with the words "وزارة" and "الداخلية", then "المصدر ذاته" (the ministry, named last)
TEXT = ("وأعلنت وزارة الداخلية أن قوات الأمن ألقت القبض على ثلاثة مشتبه بهم في مدينة سوسة. "
        "وقال المتحدث باسم وزارة الداخلية إن التحقيقات متواصلة مع الموقوفين منذ يوم الأحد. "
        "وأضاف المصدر ذاته أن الموقوفين كانوا يخططون لتنفيذ عمليات إرهابية في العاصمة.")


@pytest.fixture(scope="module")
def nlp() -> arabnews.Pipeline:
    return arabnews.Pipeline()


def test_finder_facts_dropped_with_the_claims(nlp: arabnews.Pipeline) -> None:
    doc = nlp(TEXT, reference_date=REF)
    doc.memo.clear()
    claims = find_claims(doc)
    assert [(c.cue["text"], (c.source or {}).get("text")) for c in claims] == [
        ("أعلنت", "وزارة الداخلية"), ("قال", "المتحدث باسم وزارة الداخلية"), ("أضاف", "المصدر ذاته")]
    # the entities' spans and the finder's indexes were read, and are not kept past the claims
    assert not {ENTITY_SPANS, "attribution.entity_index", "attribution.entity_starts",
                "attribution.person_starts"} & set(doc.memo)
    assert set(doc.memo) <= {"attribution.text_source"}  # the claims' text, which they hold themselves


def test_same_source_keeps_shared_words(nlp: arabnews.Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[list[Any]] = []
    read_back = relays._named_before

    def spy(named: list[Any], start: int, adjective: str | None) -> Any:
        seen.append(list(named))
        return read_back(named, start, adjective)

    monkeypatch.setattr(relays, "_named_before", spy)
    doc = nlp(TEXT, reference_date=REF)
    same = [q for q in doc.to_dict()["quotes"] if q["source"]["text"] == "المصدر ذاته"]
    assert [q["source"]["antecedent"]["text"] for q in same] == ["المتحدث باسم وزارة الداخلية"]
    named = seen[0]
    assert len(named) == 2
    first, second = named[0][2], named[1][2]
    assert isinstance(first, tuple) and isinstance(second, tuple)
    assert first[-2:] == second[-2:] == ("وزاره", "داخليه")  # the article and و stripped, folded
    assert first[-2] is second[-2] and first[-1] is second[-1]  # one string per word, not one per speaker


@pytest.mark.parametrize(("word", "head"), [("والوزارة", "وزارة"), ("بالمصدر", "مصدر"), ("للشرطة", "شرطة"),
                                            ("الامن", "امن"), ("ال", "ال"), ("مصدر", "مصدر"), ("لله", "لله")])
def test_unprefixed(word: str, head: str) -> None:
    assert relays._unprefixed(word) == head
