"""Session 22 speed: the short-text path of ``NormalizedText.spans_to_original`` (spans mapped one by one
in Python, below ``_FEW_SPANS`` offsets) gives the same offsets as the numpy path, on texts whose
normalized view is shorter than the original (diacritics, tatweel, invisible marks, presentation forms)."""

from __future__ import annotations

import importlib
from array import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arabnews.text.normalize import NormalizedText, normalize_with_map

N = importlib.import_module("arabnews.text.normalize")  # the module (the package exports a function of that name)

PIECES = ["قتل", "الوزير", "حلب", "7", "٢٠١٧", "ABC", " ", "  ", "\n", "،", ".", "ـ", "\u064f", "\u064e\u0651",
          "\u0652", "\u200f", "\u200d", "\ufefb", "\ufe8d", "أ", "إ", "ى", "ة", "&amp;", "-"]


def _both(view: NormalizedText, nspans: array) -> tuple[array, array]:
    with pytest.MonkeyPatch.context() as m:
        m.setattr(N, "_FEW_SPANS", 10**9)
        small = view.spans_to_original(array("i", nspans))
        m.setattr(N, "_FEW_SPANS", -1)
        large = view.spans_to_original(array("i", nspans))
    return small, large


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30), st.data())
def test_short_path_equals_numpy_path(pieces: list[str], data: st.DataObject) -> None:
    view = normalize_with_map("".join(pieces))
    n = len(view.text)
    if n == 0:
        return
    cuts = sorted(set(data.draw(st.lists(st.integers(0, n), min_size=2, max_size=16))))
    # sorted, non-overlapping, non-empty spans: cut points taken two by two
    nspans = array("i", cuts[: 2 * (len(cuts) // 2)])
    small, large = _both(view, nspans)
    assert small == large
    for k in range(0, len(nspans), 2):
        assert small[k] == view.start_of(nspans[k])
        assert small[k + 1] == view.end_of(nspans[k + 1] - 1)


def test_short_text_with_a_mark_keeps_offsets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "قُتل 7 أشخاص في حلب، كلمة"
    doc = nlp.make_doc(text)
    assert doc.tokens._view._runs is not None  # the damma makes the view shorter: the runs path
    assert len(doc.tokens) * 2 <= N._FEW_SPANS
    assert [(t.start, t.end) for t in doc.tokens][:2] == [(0, 4), (5, 6)]
    assert [text[t.start:t.end] for t in doc.tokens] == ["قُتل", "7", "أشخاص", "في", "حلب", "،", "كلمة"]
