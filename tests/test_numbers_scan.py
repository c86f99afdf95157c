"""The numbers stage's fast scans give exactly what the plain patterns give.

The word and digit atoms are found by trying ``word_re`` only where a cheap hint says it may match and
``digit_re`` only near digits; the dual units, and a spoken minus, only after a cheap test.  These are
speed-ups, never changes: each must find the very matches of the full pattern.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from arabnews.extract import numbers as stage
from arabnews.extract.numbers import grammar
from arabnews.extract.numbers.grammar import region_forms
from arabnews.extract.numbers.lexicon import lexicon
from arabnews.extract.numbers.measures import measures
from arabnews.extract.numbers.runs import Coded
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
        first = _ANY_DIGIT.search(folded, lo, hi)
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
            assert m.start() in Coded(folded, 0, len(folded), region_forms()).starts(ms.dual_forms)
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


# -- the quick tests before the patterns around a number (session 10) --------------------------------------
_SAMPLE = Path(__file__).resolve().parent / "golden" / "ant_sample.txt"
_AROUND = [
    *SENTENCES,
    "بلغ 25 بالمئة و 3 في المائة و7 دولارات و 15 دولارا و60 سنتا و10 كم/ساعة",
    "قتل 46 مقاتلا تقريبا و5 درجات تحت الصفر و3 كيلو ونصف و20 على الأقل و$25 و KWD 5 وE£ 7",
    "بين 10-15 قتيلا و10$-20$ و 10 - 15 و 30 – 35 مليون ج.م. 5 و ر.س. 7",
]


def _texts() -> list[str]:
    lines = [t for t in _SAMPLE.read_text(encoding="utf-8").splitlines() if t.strip()]
    return [fold(normalize(t)) for t in [*_AROUND, *lines]]


def _same(a, b) -> bool:
    return (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


def _gated_patterns():
    lex, ms = lexicon(), measures()
    return [lex.percent_re, lex.counted_re, lex.post_qualifier_re, ms.after_re, ms.subunit_re, ms.half_after_re,
            ms.below_zero_re, ms.decimal_re]


def test_gated_patterns_match_as_their_patterns_at_every_place() -> None:
    found = 0
    for folded in _texts():
        for g in _gated_patterns():
            for pos in range(len(folded)):
                full = g.pattern.match(folded, pos, len(folded))
                assert _same(g.match(folded, pos, len(folded)), full)
                if full is not None:
                    found += 1
                    assert g.gate.match(folded, pos, len(folded)) is not None
    assert found > 50  # the units, percent words and qualifiers of the texts: the test is not vacuous


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET + "$€£KWDمدولاركيتحصفر\u2009\x1c", max_size=30))
def test_gated_patterns_match_as_their_patterns_on_any_text(text: str) -> None:
    for g in _gated_patterns():
        for pos in range(len(text) + 1):
            assert _same(g.match(text, pos, len(text)), g.pattern.match(text, pos, len(text)))


def test_symbol_test_holds_before_every_currency_symbol() -> None:
    ms = measures()
    found = 0
    for folded in _texts():
        for end in range(1, len(folded) + 1):
            for start in (max(0, end - 6), max(0, end - 2), end - 1):
                if ms.before_re.search(folded, start, end) is not None:
                    found += 1
                    assert stage._symbol_may_end(folded, start, end, ms.symbol_tails)
    assert found >= 5


_OLD_REVERSED_HINT = re.compile(r"[0-9٠-٩۰-۹]ر[0-9٠-٩۰-۹]")
#: the first digit of a stretch, by the plain pattern
_ANY_DIGIT = re.compile("[0-9٠-٩۰-۹]")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123ر٤٥ab .", max_size=20), st.integers(0, 20), st.integers(0, 20))
def test_reversed_hint_from_past_the_first_digit_is_the_digit_scan(text: str, lo: int, hi: int) -> None:
    first = _ANY_DIGIT.search(text, lo, hi)
    if first is not None:
        coded = Coded(text, lo, hi)
        assert coded.find_digit(lo) == first.start()
        assert ((coded.find(grammar._REVERSED_HINT, first.start()) >= 0)
                == (_OLD_REVERSED_HINT.search(text, first.start(), hi) is not None))
    else:
        assert Coded(text, lo, hi).find_digit(lo) == -1


def _plain_connector(folded: str, prev, cur):
    """``_connector`` without its quick test (the code before it)."""
    gap = folded[prev.end:cur.mstart]
    if cur.pre in ("", "و", "ال", "وال"):
        if cur.pre.startswith("و"):
            return "wa" if gap == " " or (gap and grammar._GAP_SPACE.fullmatch(gap)) else None
        if gap == " " or grammar._GAP_SPACE.fullmatch(gap):
            return "space"
        if cur.pre in ("", "ال") and grammar._GAP_WA.fullmatch(gap):
            return "wa"
    return None


def test_connectors_and_one_digit_chains_are_read_as_before() -> None:
    joined = digits = 0
    for folded in _texts():
        atoms = grammar.find_atoms(folded)
        for prev, cur in itertools.pairwise(atoms):
            c = grammar._connector(folded, prev, cur)
            assert c == _plain_connector(folded, prev, cur)
            joined += c is not None
        for a in atoms:
            if a.cat == "digit":
                digits += 1
                assert grammar._parse_chain(folded, [a], [None]) == grammar._Chain(folded, [a], [None]).parse()
    assert joined > 10 and digits > 50


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\u00a0-–$€5ab\n", max_size=8))
def test_hyphen_joints_are_at_most_four_characters(gap: str) -> None:
    if stage._HYPHEN.fullmatch(gap) or stage._SYMBOL_HYPHEN.fullmatch(gap):
        assert len(gap) <= 4


def test_dual_hint_and_half_gate_hold_in_every_sample_text() -> None:
    ms = measures()
    found = 0
    for folded in [*_texts(), *(fold(normalize(t)) for t in ("بعشرين دولارين", "كيلو ونص", "متر و الربع"))]:
        for m in ms.dual_re.finditer(folded):
            found += 1
            assert m.start() in Coded(folded, 0, len(folded), region_forms()).starts(ms.dual_forms)
        for m in stage._AND_FRACTION.finditer(folded):
            found += 1
            assert any(stem in m.group() for stem in stage._FRACTION_STEMS)
    assert found >= 5


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ثلاثةعشرونو 5٣\u00a0\u2009\x1c\n،", max_size=40))
def test_connectors_of_any_text_are_read_as_before(text: str) -> None:
    folded = fold(normalize(text))
    atoms = grammar.find_atoms(folded)
    for prev, cur in itertools.pairwise(atoms):
        assert grammar._connector(folded, prev, cur) == _plain_connector(folded, prev, cur)


# -- the number-word scan against the plain pattern, on more stretches (session 10) -----------------------
def _plain_word_matches(folded: str, lo: int, hi: int):
    return _spans(lexicon().word_re.finditer(folded, lo, hi))


def test_word_scan_is_the_plain_scan_on_real_news_whole_and_cut_anywhere() -> None:
    lex = lexicon()
    text = fold(normalize(_SAMPLE.read_text(encoding="utf-8")))
    whole = grammar._word_matches(lex, text, 0, len(text))
    assert _spans(whole) == _plain_word_matches(text, 0, len(text))
    assert len(whole) > 40
    # proclitics before digits are found too ("و2", "ب17")
    assert any(m.group("dpre") for m in whole) and any(m.group("pword") for m in whole)
    for pos in range(0, len(text), 613):  # stretches that start and end inside words and digit groups
        for end in (pos + 7, pos + 400, pos + 1234):
            end = min(end, len(text))
            assert _spans(grammar._word_matches(lex, text, pos, end)) == _plain_word_matches(text, pos, end)


def test_word_scan_at_the_edges_of_runs_and_stretches() -> None:
    lex = lexicon()
    text = fold("وللخمسة و5 وبال7 فوبال8 ثلاثةعشر ٣وثلاث xو5 5و6 ب٢٠١٦ لل۳ سبعة5 وثمانية")  # digits kept
    got = [m.group() for m in grammar._word_matches(lex, text, 0, len(text))]
    assert got == ["وللخمسه", "و5", "وبال7", "ب٢٠١٦", "لل۳", "وثمانيه"]
    for lo in range(len(text) + 1):  # stretches cut inside words and digit groups
        for hi in range(lo, len(text) + 1, 3):
            assert _spans(grammar._word_matches(lex, text, lo, hi)) == _plain_word_matches(text, lo, hi)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_ALPHABET + "ًئمي\u0640_", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_word_scan_is_the_plain_scan_on_any_text(text: str, lo: int, hi: int) -> None:
    lo, hi = min(lo, len(text)), min(max(lo, hi), len(text))
    assert _spans(grammar._word_matches(lexicon(), text, lo, hi)) == _plain_word_matches(text, lo, hi)
