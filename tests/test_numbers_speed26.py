"""Session 26's speed-ups of the numbers stage find exactly what the plain patterns find.

Each replaces a scan of a ``regex`` pattern over a whole stretch (a pattern that starts with a lookbehind is
tried at every position) by tries at the few places a cheap test allows: the dual units and "unit + و +
fraction" at the start of the word before their hint, thread counters only on lines with a slash near an end,
the qualifier only when the last words before the number can end one, the words before a number from the
second last word, a change word and the range joint behind stdlib gates.  These are speed-ups, never changes.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from arabnews.extract import numbers as stage
from arabnews.extract.numbers.grammar import region_forms
from arabnews.extract.numbers.lexicon import lexicon
from arabnews.extract.numbers.measures import measures
from arabnews.extract.numbers.runs import Coded
from arabnews.text.normalize import fold, normalize
from number_cases import only

_SAMPLE = Path(__file__).resolve().parent / "golden" / "ant_sample.txt"

SENTENCES = [
    "اشترى كيلو ونصف من اللحم و لتر و ربع من الحليب بدولارين ونصف",
    "سعره دولارين، ومترين مربعين، ودرجتين مئويتين، ومقتل جنديين وحجز سيارتين",
    "1/3 أعلنت الوزارة عن مقتل أكثر من 100 شخص\nوقال إن الحصيلة مرشحة للارتفاع (2/3)",
    "ارتفع السعر من 7.5 دينار إلى 13 دينارا، وبلغ عدد الضحايا ما بين 20 و30 قتيلا",
    "وأصيب نحو 50 شخصا، وما لا يقل عن 12 طفلا وأكثر من أو يساوي 5 نساء، ويزيد عن 3 آلاف",
    "إيقاف موقوفين اثنين وشخصا واحدا ودولار أميركي واحد ومن شخص واحد إلى 5 أشخاص",
]

# letters of the cue words, units, duals and qualifiers, digits, signs, separators and white space
_ALPHABET = "كيلونصفربعثدامحجزسرتقأ0123456789/() .،\n\u00a0"
_WORDS = ["كيلو", "ونصف", " و ", "لتر", "ربع", "دولارين", "مترين", "جنديين", "أكثر من", "ما لا يقل عن", "نحو",
          "إلى", "من", "ارتفع", "1/3", "(2/3)", "اثنين", "واحد", "شخص", "\n"]


def _spans(matches):
    return [(m.span(), m.groupdict()) for m in matches]


def _stretches(text: str):
    n = len(text)
    return [(0, n), (min(2, n), max(min(2, n), n - 3)), (n // 3, n)]


def _check(text: str, every_end: bool = True) -> None:
    ms, lex = measures(), lexicon()
    folded = fold(normalize(text))
    for lo, hi in _stretches(folded):
        assert _spans(stage._dual_matches(ms.dual_re.match, Coded(folded, lo, hi, region_forms()).starts(ms.dual_forms),
                                          folded, lo, hi)) == _spans(
            ms.dual_re.finditer(folded, lo, hi))
        assert _spans(stage._unit_halves(ms.singular_half_re.match, folded, lo, hi)) == _spans(
            ms.singular_half_re.finditer(folded, lo, hi))
        plain = [m.span() for m in stage._COUNTER.finditer(folded, lo, hi)
                 if 1 <= int(m[1] or m[3]) <= int(m[2] or m[4]) and 2 <= int(m[2] or m[4]) <= 50]
        assert stage._counters(folded, lo, hi) == plain
        ends = range(lo, hi + 1) if every_end else [i for i in range(lo, hi) if folded[i].isdigit()]
        for end in ends:
            start = max(lo, end - 40)
            q = stage._qualifier_before(folded, start, end)
            full = lex.qualifier_re.search(folded, start, end)
            assert (q and q.span()) == (full and full.span())
            assert _spans(filter(None, [stage._WORDS_BEFORE.search(
                folded, stage._two_words_before(folded, start, end), end)])) == _spans(
                filter(None, [stage._WORDS_BEFORE.search(folded, start, end)]))
            assert _spans(filter(None, [stage._NOUN_BEFORE_ONE.search(
                folded, stage._two_words_before(folded, max(lo, end - 24), end), end)])) == _spans(
                filter(None, [stage._NOUN_BEFORE_ONE.search(folded, max(lo, end - 24), end)]))
            assert stage._change_before(ms, folded, start, end) == (
                ms.change_re.search(folded, start, end) is not None)
            for pos in range(lo, end + 1, 3):
                r = ms.range_to_re.match(folded, pos, end)
                assert (r and r.span()) == ((p := ms.range_to_re.pattern.match(folded, pos, end)) and p.span())


def test_fast_scans_equal_the_plain_patterns_on_sentences() -> None:
    for text in SENTENCES:
        _check(text)


def test_fast_scans_find_what_they_look_for() -> None:
    # not vacuous: the sentences hold each kind of match
    ms = measures()
    folded = fold(normalize(SENTENCES[0]))
    assert [m.group() for m in stage._unit_halves(ms.singular_half_re.match, folded, 0, len(folded))] == [
        "كيلو ونصف", "لتر و ربع"]
    folded = fold(normalize(SENTENCES[1]))
    assert len(stage._dual_matches(ms.dual_re.match, Coded(folded, 0, len(folded), region_forms()).starts(
        ms.dual_forms), folded, 0, len(folded))) == 5
    folded = fold(normalize(SENTENCES[2]))
    assert [folded[a:b] for a, b in stage._counters(folded, 0, len(folded))] == ["1/3 ", "(2/3)"]
    folded = fold(normalize(SENTENCES[4]))
    end = folded.index("12")
    q = stage._qualifier_before(folded, max(0, end - 40), end)
    assert q is not None and q.group("q") == "ما لا يقل عن"


def _read(text: str) -> list[tuple[str, str, int | float, str | None]]:
    return [(m.text, m.kind, m.value, m.unit) for m in stage.parse_numbers(text)]


def test_the_stage_reads_these_sentences_as_before(nlp) -> None:
    # real sentences: a qualifier ending in "من" that is one, and a "من" that opens a range or a change
    n = only(nlp, "وأصيب أكثر من 100 شخص في الهجوم", "أكثر من 100")
    assert (n.value, n.unit, n.attrs["qualifier"]) == (100, "person", "more_than")
    assert _read("ارتفع السعر من 7.5 دينار إلى 13 دينارا") == [("7.5", "cardinal", 7.5, "dinar"),
                                                            ("13", "cardinal", 13, "dinar")]
    assert _read("بلغ عدد المصابين من 10 إلى 15 شخصا") == [("من 10 إلى 15", "range", 10, "person")]
    assert _read("اشترى كيلو ونصف من اللحم") == [("كيلو ونصف", "cardinal", 1.5, "kg")]
    # a thread's counter is no number of the stage (parse_numbers reads it as a third)
    assert [(n.text, n.value, n.unit) for n in nlp("1/3 أعلنت الوزارة مقتل جنديين").numbers] == [
        ("جنديين", 2, "soldier")]
    n = only(nlp, "تم إيقاف موقوفين اثنين", "اثنين")
    assert (n.value, n.unit) == (2, "detainee")


def test_fast_scans_on_real_news() -> None:
    text = _SAMPLE.read_text(encoding="utf-8")
    for k in range(0, min(len(text), 6000), 1500):
        _check(text[k:k + 1500], every_end=False)  # before every number


@settings(max_examples=80, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.text(alphabet=_ALPHABET, max_size=4)), max_size=10))
def test_fast_scans_equal_the_plain_patterns_on_any_text(parts: list[str]) -> None:
    _check(" ".join(parts))
