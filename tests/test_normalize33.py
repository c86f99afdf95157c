"""Session 33 (pf33h): ``NormalizedText.to_original`` maps a span with the run map inlined; its offsets must stay
those of ``start_of``/``end_of`` on every kind of map (runs, identity, per-character arrays) and at the edges."""

import pytest

from arabnews.text.normalize import normalize_with_map

TEXTS = [
    "قُتِلَ ٣ جنودٍ في الـمُدُن يومَ ٢٠١٦ـ٢٠١٧",  # diacritics, tatweel, a kashida dash between digits: runs
    "قتل 3 جنود في المدن",  # nothing changes length: the identity
    "&quot;أعلنت&quot; الوزارة &amp;quot;مقتل ٥&amp;quot;",  # HTML entities: per-character arrays
    "مبانٍ\u200fسكنيةٌ ﻷ",  # an invisible mark deleted, a presentation form widened
    "",
    "ً",
]


def _old(view, start, end):
    if end <= start:
        pos = view.start_of(start)
        return pos, pos
    return view.start_of(start), view.end_of(end - 1)


@pytest.mark.parametrize("text", TEXTS)
def test_to_original_equals_start_of_end_of(text):
    view = normalize_with_map(text)
    n = len(view.text)
    for start in range(-1, n + 2):
        for end in range(start - 1, n + 2):
            try:
                expected = _old(view, start, end)
            except (IndexError, ValueError) as exc:
                with pytest.raises(type(exc)):
                    view.to_original(start, end)
                continue
            assert view.to_original(start, end) == expected, (start, end)


def test_to_original_spans_on_real_text():
    text = "وأصيبَ ١٥ شخصاً بجروحٍ"
    view = normalize_with_map(text)
    assert view.text == "واصيب 15 شخصا بجروح"
    s, e = view.to_original(6, 8)
    assert (s, e, text[s:e]) == (7, 9, "١٥")
    s, e = view.to_original(9, 13)  # the tanween after the last letter is part of the word
    assert (s, e, text[s:e]) == (10, 15, "شخصاً")
    s, e = view.to_original(0, 5)
    assert text[s:e] == "وأصيبَ"
