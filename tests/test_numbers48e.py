"""Session 48 (pf48e): the numbers stage's per-number tests, made cheaper.  A speed-up only: each gate put before a
pattern must hold wherever the pattern matches (it only turns away places where it cannot), and each integer test
of a Fraction must give the comparison it replaces.  Checked at every position of ANT sentences and of the edges:
Arabic-Indic digits, proclitics, the dual, fractions, white space of every kind (a no-break space, a thin space,
a newline, which ``[^\\S\\n]`` does not take), and numbers told in full."""

from __future__ import annotations

from fractions import Fraction

import pytest

from arabnews.extract import numbers as stage
from arabnews.extract.numbers import ages, find_numbers
from arabnews.extract.numbers.lexicon import lexicon
from arabnews.lang.ar.charsets import HSPACE
from arabnews.lang.ar.serial import SERIAL
from arabnews.text.normalize import fold, normalize

# ANT sentences (dev and held-out articles), and edges: Arabic-Indic digits, proclitics, the dual, white space
SENTENCES = [
    "أسدل الستار مساء أمس السبت على الدورة 16 للمهرجان العربي للإذاعة والتلفزيون",
    "يتضمن برنامج الدورة 26 من أيام قرطاج السينمائية 17 فيلما، وللدورة ٢٧ جوائز",
    "كان ابنه أوستن، البالغ من العمر 22 عاما، يقود سيارته نحو المدينة",
    "لامرأة مسنة تبلغ من العمر ٩٩ عاماً، ووافقت الشرطة على اعتقالها منذ 3 أسابيع",
    "في الرابعة من عمره، وقضى 35 عاما من عمره في السجن لمدة سنتين ونصف",
    "فاز الفريق بنتيجة 2-1 على ضيفه، وانهزم بالنتيجة ٣/١ وبنتيجه\u00a0 4-0 في الجولة 20 من البطولة",
    "أصيب 3 أشخاص منذ 5 أيام وخلال 48 ساعة، و7 ساعات و\u2009١٢ يوما و9\nأيام و10\u00a0شهرا وبعد عامين",
    "الذكرى الـ70 لتأسيسها والقمة العربية الـ 28 في الدقيقة 23 والدورة\u202f25",
]
FOLDED = [fold(normalize(t)) for t in SENTENCES]


def _ends(folded: str) -> range:
    return range(len(folded) + 1)


@pytest.mark.parametrize("folded", FOLDED)
def test_time_unit_after_is_the_pattern_at_every_position(folded: str) -> None:
    for hi in (len(folded), len(folded) - 3):
        for end in range(hi + 1):
            assert stage._time_unit_after(folded, end, hi) is (
                stage._TIME_UNIT.match(folded, end, hi, SERIAL) is not None), (folded, end, hi)


def test_time_unit_after_finds_the_time_words() -> None:
    folded = FOLDED[6]
    hi = len(folded)
    got = [(m.text, stage._time_unit_after(folded, m.end, hi)) for m in find_numbers(folded)]
    # (a newline is no white space of the pattern: "9\nأيام" has no time word after the 9)
    assert got == [("3", False), ("5", True), ("48", True), ("7", True), ("12", True), ("9", False), ("10", True)]


@pytest.mark.parametrize("folded", FOLDED)
def test_age_gates_hold_wherever_the_patterns_match(folded: str) -> None:
    p = ages.patterns()
    hi = len(folded)
    for end in range(hi + 1):
        j = end
        while j < hi and folded[j] in HSPACE:
            j += 1
        if p.unit_re.match(folded, end, hi, SERIAL) is not None:
            assert folded[j:j + 2] in p.unit_heads, (folded, end)
        if p.noun_after_re.match(folded, end, hi, SERIAL) is not None:
            assert j > end and folded.startswith("من", j, hi), (folded, end)


def test_age_gates_let_the_ages_through() -> None:
    got = [(m.text, m.value, m.unit) for f in FOLDED[2:5] for m in find_numbers(f)]
    assert got == [("22", 22, "a"), ("99", 99, "a"), ("3", 3, None), ("الرابعه", 4, "a"), ("35", 35, None),
                   ("سنتين", 2.5, "cent")]  # (as main reads it: "two cents and a half", no age)


@pytest.mark.parametrize("folded", FOLDED)
def test_cue_before_is_the_pattern_at_every_position(folded: str) -> None:
    score_re = lexicon().score_re
    for lo in (0, 5):
        for pos in range(lo, len(folded) + 1):
            a = max(lo, pos - stage._CUE_REACH)
            assert stage._cue_before(folded, pos, lo) is (score_re.search(folded, a, pos, SERIAL) is not None)


@pytest.mark.parametrize("folded", FOLDED)
def test_ordinal_bare_gate_holds_wherever_the_pattern_matches(folded: str) -> None:
    bare = lexicon().ordinal_bare_re
    for end in range(len(folded) + 1):
        for w in (max(0, end - 20), max(0, end - 7)):
            if bare.search(folded, stage._two_words_before(folded, w, end, 1), end, SERIAL) is not None:
                assert stage._may_end_with(folded, w, end, stage._ordinal_bare_tails()), (folded, end, w)


def test_scores_and_ordinals_read_as_before() -> None:
    got = [(m.start, m.end, m.kind, m.value, m.attrs.get("first"), m.attrs.get("second"))
           for f in (FOLDED[0], FOLDED[1], FOLDED[5], FOLDED[7]) for m in find_numbers(f)]
    assert got == [
        (38, 40, "ordinal", 16, None, None),  # "الدورة 16": an edition's number
        (20, 22, "ordinal", 26, None, None), (48, 50, "cardinal", 17, None, None), (66, 68, "ordinal", 27, None, None),
        (18, 21, "score", 2, 2, 1), (48, 51, "score", 3, 3, 1), (61, 64, "score", 4, 4, 0),  # "بنتيجه\u00a0 4-0"
        (75, 77, "ordinal", 20, None, None),  # "الجولة 20 من البطولة"
        # "الذكرى الـ70", "القمة العربية الـ 28", "في الدقيقة 23", "والدورة\u202f25"
        (9, 11, "ordinal", 70, None, None), (39, 41, "ordinal", 28, None, None), (53, 55, "ordinal", 23, None, None),
        (64, 66, "ordinal", 25, None, None),
    ]


VALUES = [Fraction(v) for v in (-200, -1, 0, 1, 2, 3, 9, 10, 29, 30, 31, 99, 100, 101, 149, 150, 151, 1000, 1001)] + [
    Fraction(n, d) for n, d in ((1, 2), (5, 2), (-5, 2), (59, 2), (61, 2), (299, 2), (301, 2), (1999, 2), (2001, 2),
                                (1, 3), (7, 4), (150001, 1000))]


@pytest.mark.parametrize("value", VALUES)
def test_fraction_tests_are_the_comparisons(value: Fraction) -> None:
    for low, high in ((1, 10), (0, 150), (1, 150), (1, 1000), (1000, 2100)):
        assert stage._between(value, low, high) is (low <= value <= high)
        assert stage._whole_in(value, low, high) is (value.denominator == 1 and low <= value <= high)
    for high in (10, 30, 100, 150):
        assert stage._above_zero_to(value, high) is (0 < value <= high)
        assert stage._at_most(value, high) is (value <= high)
    assert ages._age_value(value) is (0 < value <= 150)
    plain = stage._plain(value)
    assert plain == (int(value) if value.denominator == 1 else float(value))
    assert type(plain) is (int if value.denominator == 1 else float)


def test_score_units_read_once_are_the_lexicons() -> None:
    assert stage._score_unit_codes() == frozenset(lexicon().score_units.values())
    assert {"goal", "set"} <= stage._score_unit_codes()
    # a region with a count of goals goes through _word_scores' gate ("بهدفين دون رد": 2-0)
    folded = fold(normalize("وفاز الترجي على ضيفه بهدفين دون رد، وسجل 3 أهداف في الشوط الثاني"))
    got = [(m.text, m.kind, m.value, m.attrs.get("first"), m.attrs.get("second")) for m in find_numbers(folded)]
    assert got == [("هدفين دون رد", "score", 2, 2, 0), ("3", "cardinal", 3, None, None),
                   ("الثاني", "ordinal", 2, None, None)]


def test_coded_find_codes_each_word_once_as_before() -> None:
    from arabnews.extract.numbers import runs
    from arabnews.extract.numbers.grammar import region_forms

    letters = runs._page().letters
    for word in ("0ر0", "ر0", "00", "ثلاث"):
        assert runs._coded(word) == bytes(runs._DIGIT if c == "0" else letters[c] for c in word)
    folded = fold(normalize("بقيمة 4ر5 مليون دينار و٣٫٥ و5ر33 بالمائة"))
    coded = runs.Coded(folded, 0, len(folded), region_forms())
    # (folded "بقيمه 4ر5 مليون دينار و3.5 و5ر33 بالمايه": the reversed decimals at 6 and 28)
    assert [coded.find("0ر0", p) for p in (0, 7, 28, 29)] == [6, 28, 28, -1]
    for p in range(len(folded)):  # as a plain scan finds it
        want = next((i for i in range(p, len(folded) - 2) if folded[i] in runs.DIGITS and folded[i + 1] == "ر"
                     and folded[i + 2] in runs.DIGITS), -1)
        assert coded.find("0ر0", p) == want


@pytest.mark.parametrize("folded", FOLDED)
def test_holds_any_is_any_find(folded: str) -> None:
    words = ("عدد", "حصيله", "الدوره", "ساعه", "xyz")
    for lo, hi in ((0, len(folded)), (5, 30), (10, 10), (20, len(folded) - 4)):
        assert stage._holds_any(folded, lo, hi, words) is any(folded.find(w, lo, hi) >= 0 for w in words)
        assert stage._holds_any(folded, lo, hi, ()) is False


@pytest.mark.parametrize("folded", FOLDED)
def test_percent_and_post_qualifier_gates_hold_wherever_the_patterns_match(folded: str) -> None:
    lex = lexicon()
    for end in range(len(folded) + 1):
        for gated in (lex.percent_re, lex.post_qualifier_re):
            if gated.match(folded, end, len(folded)) is not None:
                assert gated.gate.match(folded, end, len(folded)) is not None


def test_percents_and_post_qualifiers_read_as_before() -> None:
    got = [(m.text, m.kind, m.value, m.unit, m.attrs.get("qualifier"))
           for t in ("ارتفعت الأسعار بنسبة 5 بالمائة و٣ في المائة", "قتل 20 شخصا على الأقل وأصيب 7 آخرون تقريبا",
                     "و5ر33 بالمائة من الأصوات")
           for m in find_numbers(fold(normalize(t)))]
    assert got == [("5", "percent", 5, "percent", None), ("3", "percent", 3, "percent", None),
                   ("20", "cardinal", 20, "person", "at_least"), ("7", "cardinal", 7, "person", "approx"),
                   ("5ر33", "percent", 33.5, "percent", None)]
