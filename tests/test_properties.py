"""Invariants over generated text: no exception, offsets exact, deterministic, normalize idempotent."""

from hypothesis import given
from hypothesis import strategies as st

import arabnews

_PIECES = [
    "حلب", "لواء القدس", "قوات سوريا الديمقراطية", "بدمشق", "الـ", "46", "١٥٠", "3.4", "1,245", "عام 2016",
    "أيار", "منذ 3 سنوات", "عشرات", "مئات", "محمد سعيد", "الرئيس", "ريف", "\u064e", "\u0651", "\u0640",
    "\u200f", "\u200d", "\u202b", "\u2066", "ﻷ", "ﷲ", "ﺣﻠﺐ", "٫", "٪", "👨\u200d👩", "💡", "\ud800", "\x00", "\x1b",
    " ", "\n", "\n\n", ".", "؟", "،", "(", "\"", "#وسم", "@user", "https://x.com/a/status/1", "Latin", "ک", "ی",
    "التعليقات (1)", "الأكثر قراءة", "BRxlYSrAP5s", "ميليشيا", "اللواء", "x" * 50,
]
mixed = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=8)), max_size=25).map("".join)


@given(mixed)
def test_every_span_points_into_the_original(text):
    doc = arabnews.analyze(text, reference_date="2020-06-02")
    data = doc.to_dict()
    for layer in ("tokens", "entities", "dates", "numbers", "groups"):
        for span in data[layer]:
            assert 0 <= span["start"] <= span["end"] <= len(text)
            assert text[span["start"]:span["end"]] == span["text"]
    for s in data["sentences"]:
        assert 0 <= s["start"] <= s["end"] <= len(text)


@given(mixed)
def test_deterministic(text):
    assert arabnews.analyze(text).to_dict() == arabnews.analyze(text).to_dict()


@given(mixed)
def test_normalize_idempotent_on_mixed_text(text):
    once = arabnews.normalize(text)
    assert arabnews.normalize(once) == once
