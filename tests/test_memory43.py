"""Session 43, memory of one long document (issue #18):

- a claim of the quotes layer reads its ``text`` from the document's text when asked (``document.SlicedText``): it
  holds no copy of its words, with the same fields, equality, JSON and pickling as a claim that does;
- the attribution stage's folded entity starts leave the document's memo when the stage is done, as its entity index
  does (``memo.RELEASED_AFTER``).
"""

from __future__ import annotations

import copy
import dataclasses
import pickle

import arabnews
from arabnews.document import Document, Span, SpanSource, sliced
from arabnews.extract.attribution import stage as attribution_stage
from arabnews.extract.attribution.stage import QuoteSpan

REF = "2017-06-01"
TEXT = ("وقال وزير الداخلية محمد ناجم الغرسلي إن الوضع الأمني مستقر في البلاد. "
        "وأكد أن الحكومة ستواصل عملها لحماية المواطنين.")


def _raw(span: QuoteSpan) -> object:
    """What the span's ``text`` slot holds."""
    return Span.__dict__["text"].__get__(span, type(span))


def test_a_claim_reads_its_text_from_the_document() -> None:
    doc = arabnews.analyze(TEXT, reference_date=REF)
    quotes = doc.layers["quotes"]
    assert [(q.start, q.end, q.text) for q in quotes] == [
        (37, 68, "إن الوضع الأمني مستقر في البلاد"),
        (75, 115, "أن الحكومة ستواصل عملها لحماية المواطنين"),
    ]
    for q in quotes:
        held = _raw(q)
        assert isinstance(held, SpanSource) and held.text is doc.text  # no copy of the claim's words
    assert _raw(quotes[0]) is _raw(quotes[1])  # one source for the document's claims


def test_a_sliced_claim_is_a_claim_holding_its_text() -> None:
    doc = arabnews.analyze(TEXT, reference_date=REF)
    q = doc.layers["quotes"][0]
    plain = QuoteSpan(q.start, q.end, doc.text[q.start:q.end], kind=q.kind, cue=q.cue, source=q.source,
                      source_type=q.source_type, part=q.part)
    assert isinstance(_raw(plain), str)
    assert q == plain and repr(q) == repr(plain) and q.to_dict() == plain.to_dict()
    for other in (pickle.loads(pickle.dumps(q)), copy.deepcopy(q), copy.copy(q)):
        assert other == plain and isinstance(_raw(other), str)  # a copy holds its own words
    moved = dataclasses.replace(q, end=q.end - 6)
    assert moved.text == q.text  # replace keeps the text given, as for any span
    q.text = "إن الوضع"
    assert q.text == "إن الوضع" and isinstance(_raw(q), str)
    assert sliced(q, SpanSource(doc.text)).text == "إن الوضع الأمني مستقر في البلاد"
    rebuilt = Document.from_dict(doc.to_dict())
    assert [x.to_dict() for x in rebuilt.layers["quotes"]] == [x.to_dict() for x in doc.layers["quotes"]]


def test_the_entity_starts_leave_the_memo_after_attribution(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    built = []
    real = attribution_stage._entity_starts

    def counted(doc: Document) -> frozenset[int]:
        built.append(doc)
        return real(doc)

    monkeypatch.setattr(attribution_stage, "_entity_starts", counted)
    seen: list[set[str]] = []
    nlp = arabnews.Pipeline()
    nlp.add("probe", lambda d: (seen.append(set(d.memo)), d)[1], after="attribution")
    # (a name of a role phrase the tagger tagged none in: the stage reads the entities' starts)
    text = "وقالت الكاتبة العامة للنقابة منية الحمزاوي إن الإضراب سيتواصل إلى حين تحقيق المطالب."
    doc = nlp(text, reference_date=REF)
    assert built and built[0] is doc  # the stage read them
    assert not {"attribution.entity_starts", "attribution.entity_index"} & seen[0]
    assert "attribution.entity_starts" not in doc.memo
    assert doc.layers["quotes"][0].source["text"] == "منية الحمزاوي"
