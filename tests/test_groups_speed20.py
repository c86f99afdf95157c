"""The groups stage's scan for numbered units (`matcher._unit_matches`) finds exactly what the plain pattern finds.

The pattern alone (``lexicon().unit_re.finditer``) is tried at every offset of a region: on a long page it cost the
stage as much as the registry's matcher.  The scan starts only where a unit noun is written; these tests compare
both on ANT-style sentences, on the edges of the range read and on random text made of the pattern's pieces.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from arabnews import Pipeline
from arabnews.extract.groups.lexicon import lexicon
from arabnews.extract.groups.matcher import _unit_matches

_FOLD = Pipeline([])
_TEXT = ("وقصفت اللواء 93 و للفرقة الرابعة والكتيبة 155 مشاة والسرية الثالثة أمن مركزي وباللواء السابع ولواء 12 "
         "فاللواء الثامن والألوية ٣ كاللواء 5 والفيلق الثاني بالجيش، وفوج 2017 واللواء خليفة حفتر.")


def _both(text: str, lo: int, hi: int) -> tuple[list, list]:
    lex = lexicon()
    plain = [(m.span(), m.groupdict()) for m in lex.unit_re.finditer(text, lo, hi)]
    scanned = [(m.span(), m.groupdict()) for m in _unit_matches(text, lo, hi, lex)]
    return plain, scanned


def test_the_scan_finds_the_units_of_a_sentence() -> None:
    folded = _FOLD(_TEXT).folded
    plain, scanned = _both(folded, 0, len(folded))
    assert len(plain) >= 8
    assert scanned == plain


def test_the_scan_respects_the_range_read() -> None:
    folded = _FOLD(_TEXT).folded
    for lo in range(0, 30):
        for hi in (len(folded), len(folded) - 3, 40):
            plain, scanned = _both(folded, lo, hi)
            assert scanned == plain, (lo, hi)


_PIECES = ["ال", "لل", "و", "ف", "ب", "ك", "لواء", "كتيبه", "فرقه", "فوج", "سريه", "فيلق", " ", "93", "الثاني",
           "عشر", "5", "x", "،", "الرابعه", "٣"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.integers(0, 10))
def test_the_scan_equals_the_pattern_on_random_text(pieces: list[str], lo: int) -> None:
    text = "".join(pieces)
    plain, scanned = _both(text, min(lo, len(text)), len(text))
    assert scanned == plain
