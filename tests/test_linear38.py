"""Session 38 (pf38c): square terms of a long document, each replaced by an index with the same answers.

- ``dates.ages``: each calendar duration read every count of the document (fixed twice this session; the merge kept
  pf38b's :class:`Counts`, tested in ``test_dates38.py``; its answers are checked here through the stage);
- ``events.arguments.speech_verb_name``: each call read the whole entities layer (the layer index by start);
- ``attribution.relays``: each "the same source" phrase listed every speaker named before it in the document
  (:func:`_named_before`: those of its part, read back from the last).
"""

from __future__ import annotations

import random

import arabnews
from arabnews.extract.attribution.relays import _named_before
from arabnews.extract.events.arguments import LayerIndex, SentenceView, speech_verb_name

REF = "2017-06-01"


def test_ages_still_dropped() -> None:
    # an age is no duration; a duration beside it in another sentence stays (session 29's reader, via the index)
    text = "قتل شاب يبلغ من العمر 25 عاما في حلب. واستمرت المعارك ثلاثة أيام."
    d = arabnews.analyze(text, reference_date=REF).to_dict()
    assert [(x["text"], x["value"]) for x in d["dates"]] == [("ثلاثة أيام", "P3D")]


def test_named_before_reads_back_from_the_last() -> None:
    named = [(10, "body", ["مصدر", "امني"], {"text": "a"}, "official"),
             (30, "body", ["وزاره", "الداخليه"], {"text": "b"}, "official"),
             (50, "body", ["مصدر", "نقابي"], {"text": "c"}, "other"),
             (50, "body", ["مصدر"], {"text": "d"}, "other")]
    assert [n[3]["text"] for n in _named_before(named, 50, None)] == ["b", "a"]
    assert [n[3]["text"] for n in _named_before(named, 60, "نقابي")] == ["c"]
    assert list(_named_before(named, 10, None)) == []


def test_same_source_takes_the_speaker_named_before() -> None:
    text = ("وقال مصدر أمني إن الشرطة اعتقلت ثلاثة أشخاص في سوسة. وأضاف المصدر ذاته أن التحقيق متواصل.")
    d = arabnews.analyze(text, reference_date=REF).to_dict()
    sources = [q["source"] for q in d["quotes"] if q.get("source")]
    assert [s["text"] for s in sources] == ["مصدر أمني", "المصدر ذاته"]
    assert sources[1]["antecedent"]["text"] == "مصدر أمني"
    assert sources[1]["antecedent"]["start"] == text.index("مصدر أمني")


def test_speech_verb_name_by_index_as_by_layer() -> None:
    text = ("وقال وزير الداخلية الهادي المجدوب إن قوات الأمن قتلت إرهابيين في جبل الشعانبي. "
            "وأكدت المتحدثة باسم الشرطة سفيان الزعق أن الوحدات اعتقلت عنصرين.")
    doc = arabnews.analyze(text, reference_date=REF)
    layers = LayerIndex.of(doc)
    assert any(e.label == "PER" for e in doc.entities)
    for s in doc.sentences:
        view = SentenceView(doc, 0, s.start, s.end, None)  # type: ignore[arg-type]
        slow = [speech_verb_name(view, k) for k in range(-1, len(view.tokens) + 1)]
        view.layers = layers
        assert [speech_verb_name(view, k) for k in range(-1, len(view.tokens) + 1)] == slow
        starts = {e.start for e in doc.entities if e.label == "PER"}
        assert slow == [0 <= k < len(view.tokens) and view.tokens[k].start in starts
                        for k in range(-1, len(view.tokens) + 1)]


def test_span_to_normalized_as_two_positions() -> None:
    from arabnews.text.normalize import normalize_with_map
    rng = random.Random(7)
    for text in ("قَالَ  الرَّئِيسُ   إنّ\u0640\u0640ه «سيأتي» غدًا", "abc", "أإآ ـــ ٣٤ &amp; x", ""):
        view = normalize_with_map(text)
        for _ in range(200):
            a = rng.randrange(-1, len(text) + 2)
            b = rng.randrange(-1, len(text) + 2)
            assert view.span_to_normalized(a, b) == (view.to_normalized(a), view.to_normalized(b))
