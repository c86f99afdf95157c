"""The numbers stage's fast scans give exactly what the plain patterns give.

The word and digit atoms are found by trying ``word_re`` only where a cheap hint says it may match and
``digit_re`` only near digits; the dual units, and a spoken minus, only after a cheap test.  These are
speed-ups, never changes: each must find the very matches of the full pattern.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from arabnews.extract import numbers as stage
from arabnews.extract.numbers import grammar
from arabnews.extract.numbers.lexicon import lexicon
from arabnews.extract.numbers.measures import measures
from arabnews.text.normalize import fold, normalize

SENTENCES = [
    "قتل 46 مقاتلا وأصيب ثلاثة وعشرون شخصا في الهجوم",
    "وبالخمسين، وللثلاثة (و5) الخمسة،و6 و1x",
    "بنسبة ٪ 25 و%-.5 و5 %-3 ثم 5%-3",
    "ABC5 و5.و6 وBRxlYSrAP5s و2.5 مليون دينار",
    "1 234 567 نسمة و-7 درجات و−4.5",
    "بنسبة 5ر33 بالمائة وبقيمة 4ر5 مليون دينار",
    "سعره دولارين ونصف، ومترين مربعين، وبيزوان ارجنتينيان",
    "درجة الحرارة سالب 5 وناقص  3 وبسالب\u00a07",
]

# letters of number words, proclitics and units, digits of three scripts, signs and separators
_ALPHABET = "ثلاخمسةعشرونيدبلفكوحتجز 0123456789٠١٢٣٤٥٦٧٨٩%٪.,٫-−ر\u00a0\u202f\nAx"


def _spans(matches):
    return [(m.span(), m.groupdict()) for m in matches]


def _check_atoms(text: str) -> None:
    lex = lexicon()
    folded = fold(normalize(text))
    for lo, hi in ((0, len(folded)), (len(folded) // 3, len(folded)), (1, max(1, len(folded) - 2))):
        if lo > hi:
            continue
        assert _spans(grammar._word_matches(lex, folded, lo, hi)) == _spans(lex.word_re.finditer(folded, lo, hi))
        first = grammar._ANY_DIGIT.search(folded, lo, hi)
        digits = grammar._digit_matches(lex, folded, first.start(), lo, hi) if first else []
        assert _spans(digits) == _spans(lex.digit_re.finditer(folded, lo, hi))


def test_atom_scans_equal_finditer_on_sentences() -> None:
    for text in SENTENCES:
        _check_atoms(text)
    # and they find something: the scans are not vacuous
    folded = fold(normalize(SENTENCES[0]))
    assert [m.group() for m in grammar._word_matches(lexicon(), folded, 0, len(folded))] == ["ثلاثه", "وعشرون"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_atom_scans_equal_finditer_on_any_text(text: str) -> None:
    _check_atoms(text)


def test_dual_hint_is_found_wherever_a_dual_is() -> None:
    ms = measures()
    for text in SENTENCES:
        folded = fold(normalize(text))
        for m in ms.dual_re.finditer(folded):
            assert ms.dual_hint_re.search(folded, m.start(), len(folded)) is not None
    folded = fold(normalize(SENTENCES[6]))
    assert [m.group("u") for m in ms.dual_re.finditer(folded)] == ["دولارين", "مترين مربعين", "بيزوان ارجنتينيان"]


def test_negative_word_test_holds_before_every_spoken_minus() -> None:
    ms = measures()
    folded = fold(normalize(SENTENCES[7]))
    found = 0
    for end in range(1, len(folded) + 1):
        if ms.negative_re.search(folded, max(0, end - 12), end) is not None:
            found += 1
            assert stage._word_ends_in(folded, 0, end, ms.negative_tails)
    assert found == 3
