"""Session 27's speed-ups of the numbers stage find exactly what the plain patterns find.

A gated pattern whose only lookaround is a negative lookahead at its end returns the stdlib gate's own
match when the character after it is not of the lookahead's class (the ``regex`` pattern is tried only
when it is), and a gate with no lookaround at all is the pattern; ``digit_re`` is searched from the digit
itself when the character before it cannot lead a match.  These are speed-ups, never changes: each must
give the very span and groups of the plain pattern, at every position and end.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from arabnews.extract.numbers import grammar
from arabnews.extract.numbers.gated import Gated
from arabnews.extract.numbers.lexicon import lexicon
from arabnews.extract.numbers.measures import measures
from arabnews.text.normalize import fold, normalize

_SAMPLE = Path(__file__).resolve().parent / "golden" / "ant_sample.txt"

SENTENCES = [
    # counted nouns with and without a letter, a mark or a digit right after them ("شخصيات" is no "شخص")
    "قتل 7 أشخاص و3 شخصيات و5 مقاتلين ومن 4 مقاتليها و12 جنديا، و9 جنود.",
    "بنسبة 25 بالمائة و3 في المئة و7 في المائةx و2 بالمائه٣ و10 بالمئةً",
    "نحو 50 شخصا فأكثر و20 قتيلا على الأقل و5 أو أكثر و6 أو أقلها",
    "15 دولارا و60 سنتا و3 دنانير و500 مليم و2 هللتين",
    "خمس درجات تحت الصفر و10 دون الصفرية و3 كيلو ونصف و2 متر و نص",
    "ما بين 20 إلى 30 و40 حتى 50 و3 فاصلة 5 و7 لغاية 9",
    "23.7 من الأصوات و12 من الاصواتي",
    # white space the stdlib reads as such and ``regex`` does not (U+001C–U+001F), a no-break space
    "قتل 7\x1cأشخاص و8\x1f شخصا و9\u00a0أشخاص و10\u2009جنود",
]

# letters of counted nouns, percent words, qualifiers and units, marks, digits, signs and white space
_ALPHABET = "شخصاقتليندوجرمبهكفسحأي٣0159ً²³ .،\n\u00a0\x1c\x1f"
_WORDS = ["شخص", "اشخاص", "بالمائة", " في المئة", "على الاقل", "او اكثر", "تحت الصفر", "سنتا", " و ", "الي",
          "فاصله", "مقاتل", "ها", "هم", "كيلو", "نصف", " من ", "الاصوات", "\n"]


def _gated() -> list[tuple[str, Gated]]:
    out = []
    for owner in (lexicon(), measures()):
        for name in dir(owner):
            value = getattr(owner, name, None)
            if isinstance(value, Gated):
                out.append((name, value))
    return out


def _same(m, p) -> bool:
    return (m is None) == (p is None) and (m is None or (m.span(), m.groupdict()) == (p.span(), p.groupdict()))


def _check_gates(text: str) -> None:
    folded = fold(normalize(text))
    n = len(folded)
    for _, g in _gated():
        for pos in range(n + 1):
            for end in (n, min(n, pos + 3), min(n, pos + 12)):
                assert _same(g.match(folded, pos, end), g.pattern.match(folded, pos, end)), (g.pattern.pattern[:40],
                                                                                            folded, pos, end)


def test_gates_are_exact_where_they_may_be() -> None:
    exact = {name for name, g in _gated() if g.match != g._match or g._after is not None}
    # the gates that take the fast way: a final lookahead only, or no lookaround at all
    assert {"counted_re", "percent_re", "post_qualifier_re", "share_re", "below_zero_re", "half_after_re",
            "subunit_re", "decimal_re", "range_to_re"} <= exact
    # lookarounds inside the pattern (the units after an amount, a rate's time unit): the regex decides
    assert "after_re" not in exact and "per_re" not in exact


def test_gated_matches_equal_the_plain_patterns_on_sentences() -> None:
    for text in SENTENCES:
        _check_gates(text)


def test_gated_matches_find_what_they_look_for() -> None:
    lex, ms = lexicon(), measures()
    folded = fold(normalize(SENTENCES[0]))
    u = lex.counted_re.match(folded, folded.index("3") + 1)
    assert u is not None and u.group("u") == "شخصيات" and lex.counted[u.group("uf")] == "figure"
    u = lex.counted_re.match(folded, folded.index("7") + 1)
    assert u is not None and u.group("u") == "اشخاص"
    assert lex.counted_re.match(folded, folded.index("4") + 1).group("u") == "مقاتليها"
    folded = fold(normalize(SENTENCES[1]))
    assert lex.percent_re.match(folded, folded.index("25") + 2).group("p") == "بالمايه"
    assert lex.percent_re.match(folded, folded.index("7") + 1) is None  # "المائةx": a Latin letter after it
    assert lex.percent_re.match(folded, folded.index("2 ") + 1) is None  # "بالمائه٣": a digit after it
    folded = fold(normalize(SENTENCES[5]))
    assert ms.range_to_re.match(folded, folded.index("20") + 2, folded.index("30")) is not None
    assert ms.range_to_re.match(folded, folded.index("20") + 2, folded.index("30") - 1) is None
    folded = fold(normalize(SENTENCES[7]))
    # U+001C is white space to the stdlib, not to regex: no unit across it
    assert lex.counted_re.match(folded, folded.index("7") + 1) is None
    assert lex.counted_re.match(folded, folded.index("9") + 1).group("u") == "اشخاص"


def test_gated_matches_on_real_news() -> None:
    text = _SAMPLE.read_text(encoding="utf-8")
    folded = fold(normalize(text[:4000]))
    for _, g in _gated():
        for pos in range(len(folded)):
            assert _same(g.match(folded, pos), g.pattern.match(folded, pos))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.text(alphabet=_ALPHABET, max_size=4)), max_size=8))
def test_gated_matches_equal_the_plain_patterns_on_any_text(parts: list[str]) -> None:
    _check_gates(" ".join(parts))


# -- digits searched from the digit itself --------------------------------------------------------------
DIGIT_SENTENCES = [
    "بنسبة ٪ 25 و% 5 و%-.5 و%5 و٪٣ و-7 و−4.5 و.35 و٫5",
    "رقم 5 و 6 ،7 (8) و\x1c9 و%\x1c3 و% \n4 و10$-20$ و5ر33",
    "ABC5 و5.و6 وBRxlYSrAP5s و2.5 مليون و1 234 567 و2e6 و5K",
]


_FIRST_DIGIT = re.compile("[0-9٠-٩۰-۹]")


def _digit_spans(folded: str, lo: int, hi: int):
    lex = lexicon()
    first = _FIRST_DIGIT.search(folded, lo, hi)
    found = grammar._digit_matches(lex, folded, first.start(), lo, hi) if first else []
    return [(m.span(), m.groupdict()) for m in found], [(m.span(), m.groupdict())
                                                        for m in lex.digit_re.finditer(folded, lo, hi)]


def test_digit_search_from_the_digit_equals_finditer() -> None:
    for text in DIGIT_SENTENCES:
        folded = fold(normalize(text))
        for lo in range(len(folded)):
            fast, plain = _digit_spans(folded, lo, len(folded))
            assert fast == plain, (folded, lo)
    # the leads are kept: a percent sign and a space, a decimal point ("٪" and "٣" are normalized; a sign or a
    # point after a letter is no lead: "و-7" is 7)
    folded = fold(normalize(DIGIT_SENTENCES[0]))
    fast, _ = _digit_spans(folded, 0, len(folded))
    assert [folded[a:b] for (a, b), _ in fast] == ["% 25", "% 5", ".5", "%5", "%3", "7", "4.5", "35", "5"]
    folded = fold(normalize("الحرارة -7 و −4.5 و .35"))
    assert [folded[a:b] for (a, b), _ in _digit_spans(folded, 0, len(folded))[0]] == ["-7", "−4.5", ".35"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789٣%٪.٫-− \n\x1cرو$ABx", max_size=30), st.integers(0, 6))
def test_digit_search_equals_finditer_on_any_text(text: str, lo: int) -> None:
    folded = fold(normalize(text))
    lo = min(lo, len(folded))
    fast, plain = _digit_spans(folded, lo, len(folded))
    assert fast == plain
