"""Session 48 (pf48b): the numbers stage reads a region's number words, duals and digits off the region coded one
byte a character (``runs.Coded``), not by regex scans.  A speed-up only: each scan must give the plain pattern's
matches, on ANT sentences, cut anywhere, and read a part at a time."""

from __future__ import annotations

import pytest

from arabnews.extract import numbers as stage
from arabnews.extract.numbers import grammar, runs
from arabnews.extract.numbers.grammar import region_forms
from arabnews.extract.numbers.lexicon import lexicon
from arabnews.extract.numbers.measures import measures
from arabnews.extract.numbers.runs import Coded
from arabnews.text.normalize import fold, normalize

# ANT sentences (dev and held-out articles) and the edges of the coding: a digit glued to proclitics, a word glued
# to a Latin letter or a letter the code page lacks, tatweel, a no-break space, Arabic-Indic digits
SENTENCES = [
    "وأسفرت الاشتباكات عن مقتل ثلاثة وعشرين مسلحا وإصابة 17 آخرين بجروح",
    "ورصدت الحكومة 2.5 مليار دينار لتمويل المشاريع و5ر33 بالمائة من الاستثمارات",
    "وأصيب جنديان وطفلين بدولارين ومترين مربعين، وقتل ابنيه وطفليها في القصف",
    "و5 وبال7 فوبال8 ثلاثةxعشر xثلاثة éثلاثة ڤثلاثة بـ5 و\u00a0ستة ب٢٠١٦ لل۳ سبعة5",
]


def _spans(matches):
    return [(m.span(), m.groupdict()) for m in matches]


def _check(folded: str, lo: int, hi: int) -> None:
    lex, ms = lexicon(), measures()
    coded = Coded(folded, lo, hi, region_forms())
    assert _spans(grammar._word_matches(lex, folded, lo, hi, coded)) == _spans(lex.word_re.finditer(folded, lo, hi))
    assert _spans(stage._dual_matches(ms.dual_re.match, coded.starts(ms.dual_forms), folded, lo, hi)) == _spans(
        ms.dual_re.finditer(folded, lo, hi))
    first = next((i for i in range(lo, hi) if folded[i] in runs.DIGITS), -1)
    assert coded.find_digit(lo) == first


def test_scans_equal_the_plain_patterns_on_ant_sentences_cut_anywhere() -> None:
    for text in SENTENCES:
        folded = fold(normalize(text))
        for lo in range(0, len(folded), 5):
            for hi in range(lo, len(folded) + 1, 7):
                _check(folded, lo, hi)


def test_scans_find_what_they_look_for() -> None:
    lex, ms = lexicon(), measures()
    folded = fold(normalize(SENTENCES[0]))
    assert [m.group() for m in grammar._word_matches(lex, folded, 0, len(folded))] == ["ثلاثه", "وعشرين"]
    folded = fold(normalize(SENTENCES[2]))
    coded = Coded(folded, 0, len(folded), region_forms())
    duals = stage._dual_matches(ms.dual_re.match, coded.starts(ms.dual_forms), folded, 0, len(folded))
    assert [m.group() for m in duals] == ["جنديان", "وطفلين", "بدولارين", "ومترين مربعين"]
    constructs = stage._dual_matches(ms.construct_re.match, coded.starts(ms.construct_forms), folded, 0, len(folded))
    assert [m.group() for m in constructs] == ["ابنيه", "وطفليها"]
    # proclitics against digits ("و5", "بـ5", "ب٢٠١٦"), and no number word glued to a letter ("xثلاثه", "éثلاثه")
    folded = fold(normalize(SENTENCES[3]))
    got = [m.group() for m in grammar._word_matches(lex, folded, 0, len(folded))]
    assert got == ["و5", "وبال7", "ب5", "سته", "ب2016", "لل3"]  # (normalized: tatweel out, ASCII digits)


def test_reversed_decimal_hint_and_digits() -> None:
    folded = fold(normalize(SENTENCES[1]))
    coded = Coded(folded, 0, len(folded))
    assert coded.find_digit(0) == folded.index("2.5")
    assert coded.find(grammar._REVERSED_HINT, 0) == folded.index("5ر33")
    assert coded.find(grammar._REVERSED_HINT, folded.index("5ر33") + 1) == -1
    found = [(m.text, m.value) for m in stage.parse_numbers(SENTENCES[1])]
    assert found[:2] == [("2.5 مليار", 2500000000), ("5ر33", 33.5)]


@pytest.mark.parametrize("size", [1, 4, 30])
def test_a_long_region_read_a_part_at_a_time_gives_the_same(monkeypatch: pytest.MonkeyPatch, size: int) -> None:
    folded = fold(normalize(" ".join(SENTENCES)))
    whole = Coded(folded, 0, len(folded), region_forms())
    monkeypatch.setattr(runs, "_AT_ONCE", size)
    parts = Coded(folded, 0, len(folded), region_forms())
    assert parts.padded == whole.padded
    for forms in (lexicon().word_forms, measures().dual_forms, measures().construct_forms):
        assert parts.starts(forms) == whole.starts(forms) != []
    _check(folded, 0, len(folded))


def test_the_forms_must_be_letters_of_the_code_page() -> None:
    with pytest.raises(ValueError):
        runs.coded_words(["ثلاثة5"])
    with pytest.raises(ValueError):
        runs.coded_words(["كم/س"])
