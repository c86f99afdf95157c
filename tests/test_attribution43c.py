"""Session 43 (pf43c), issue #18: the attribution stage maps the entities' spans to folded offsets once.

The ORGs a cue word may stand in, the PER starts by end, the entities' starts, the places and the speakers' mentions
each mapped every entity by ``Document.to_normalized`` (two method calls a span).  They now read one list,
:func:`arabnews.extract.attribution.spans.entity_spans`, mapped by ``NormalizedText.spans_to_normalized`` in one
call.  Checked here: the batch map equals the span-by-span one on the three kinds of map (identity, runs of marks
removed, per-character arrays after HTML entities), the list follows the entities and leaves the memo with the
stage, and the claims of real sentences keep their exact spans.
"""

from __future__ import annotations

import pytest

import arabnews
from arabnews.document import EntitySpan
from arabnews.extract.attribution.spans import KEY, entity_spans
from arabnews.text.normalize import normalize_with_map

REF = "2017-06-01"


@pytest.mark.parametrize("text", [
    "وقال المتحدث باسم الجيش إن القوات سيطرت على المدينة",  # the identity map
    "وقَالَ الـمتحدث بِاسْمِ الجَيْشِ إنّ القوات سيطرت على المدينة ١٥٠",  # marks and tatweel removed: runs
    "وقال رئيس شركة &quot;نقل تونس&quot; إن الحافلات &amp; القطارات متوقفة",  # HTML entities: per-character arrays
])
def test_spans_to_normalized_is_span_to_normalized(text: str) -> None:
    view = normalize_with_map(text)
    n = len(text)
    spans = [(s, e) for s in range(-2, n + 3) for e in range(s, min(n + 3, s + 12))]
    assert view.spans_to_normalized(spans) == [view.span_to_normalized(s, e) for s, e in spans]
    assert view.spans_to_normalized([]) == []


def test_the_maps_differ() -> None:  # (the three texts above take the three paths)
    views = [normalize_with_map(t) for t in ("قال", "قَالَ", "قال &amp; أكد")]
    assert [v._runs is not None for v in views] == [False, True, False]
    assert views[2]._starts is not None and views[0]._starts is None


def _doc(text: str) -> arabnews.Document:
    nlp = arabnews.Pipeline()
    doc = nlp.make_doc(text, reference_date=REF)
    for name, stage in nlp._stages:
        if name == "attribution":
            break
        doc = stage(doc)
    return doc


TEXT = ("وقَالَ المتحدث باسم وزارة الداخلية التونسية ياسر مصباح إنّ قوات الأمن ألقت القبض على ثلاثة أشخاص في "
        "مدينة سوسة، وأكد رئيس شركة نقل تونس أن الحافلات ستعود")


def test_entity_spans_follow_the_entities() -> None:
    doc = _doc(TEXT)
    ents = [e for e in doc.entities if isinstance(e, EntitySpan)]
    assert len(ents) >= 3
    got = list(entity_spans(doc))
    assert [(e, span) for e, span in got] == [(e, doc.to_normalized(e.start, e.end)) for e in ents]
    assert list(entity_spans(doc)) == got  # (kept: the same list)
    doc.entities = ents[1:]  # another list: read again
    assert [e for e, _ in entity_spans(doc)] == ents[1:]
    doc.entities.append(ents[0])  # the same list grown: read again
    assert [e for e, _ in entity_spans(doc)] == [*ents[1:], ents[0]]


def test_the_stage_drops_them() -> None:
    doc = arabnews.analyze(TEXT, reference_date=REF)
    assert KEY not in doc.memo
    assert [(q.kind, q.text, q.source["text"] if q.source else None) for q in doc.layers["quotes"]] == [
        ("indirect", "إنّ قوات الأمن ألقت القبض على ثلاثة أشخاص في مدينة سوسة", "ياسر مصباح"),
        ("indirect", "أن الحافلات ستعود", "رئيس شركة نقل تونس"),
    ]
    first = doc.layers["quotes"][0]
    assert (first.start, first.end, first.cue["start"], first.cue["end"]) == (55, 110, 1, 6)
    assert TEXT[55:110] == first.text and TEXT[1:6] == "قَالَ"
