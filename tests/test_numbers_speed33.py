"""Session 33 (speed, output unchanged): a model's and a formation's name with its proclitic are one set test, the
construct dual's scan turns "يه" away by the letter before it, a region without numbers reads no outlet."""

from __future__ import annotations

import arabnews
from arabnews.extract import numbers as stage
from arabnews.extract.numbers import parse_numbers
from arabnews.extract.numbers.grammar import _designation, region_forms
from arabnews.extract.numbers.lexicon import MODEL_CLITICS, lexicon
from arabnews.extract.numbers.measures import measures
from arabnews.extract.numbers.runs import Coded
from arabnews.lang.ar import fold
from arabnews.text.normalize import normalize


def _old_unit(word: str) -> bool:
    lex = lexicon()
    return any(word.startswith(p) and word[len(p):] in lex.unit_heads for p in MODEL_CLITICS)


def _old_model(word: str) -> bool:
    lex = lexicon()
    return any(word.startswith(p) and (len(word) - len(p) > 2 or p in ("", "و")) and word[len(p):] in lex.model_names
               for p in MODEL_CLITICS)


def test_clitic_sets_equal_the_clitic_by_clitic_tests() -> None:
    lex = lexicon()
    stems = sorted(lex.model_names | lex.unit_heads | {"كاس", "اس", "باس", "دولار", "قتيلا", "الف"})
    words = {p + s for p in (*MODEL_CLITICS, "فال", "كال", "لل") for s in stems}
    words |= {w[:k] for w in list(words) for k in range(1, len(w))}  # a name's beginnings too
    assert len(words) > 1000
    for w in words:
        assert (w in lex.unit_head_words) == _old_unit(w), w
        assert (w in lex.model_words) == _old_model(w), w


def test_designations_with_clitics() -> None:
    for text, digits, expected in [
        ("اشتبكت قوات اللواء 444 مع المسلحين", "444", "unit"),
        ("واستهدفت لكتيبة 155 مدفعية", "155", "unit"),
        ("أقلعت طائرة بوينغ 737 من المطار", "737", "model"),
        ("أقلعت وبوينغ 737 من المطار", "737", "model"),
        ("قتل 25 شخصا في القصف", "25", None),
        ("فاز فريق كاس 5 لاعبين", "5", None),  # "كأس" folded: not "ك" + a name of two letters
    ]:
        folded = fold(normalize(text))
        start = folded.index(digits)
        assert _designation(lexicon(), folded, start, 0, -1) == expected, text


def test_construct_duals_are_found_at_word_starts_only() -> None:
    ms = measures()
    text = fold(normalize(
        "أصيب ابنيه وطفليها وشقيقيهما وزميليهم وصديقتيه ونجليه في الغارة، وقال فيه وعليه ولديه إن الدولة العربية"
        " الإسلامية أصابت أخويه وحفيديه ورضيعتيها وزوجتيه وابنتيهن xابنيه"))
    coded = Coded(text, 0, len(text), region_forms())
    found = [m.group() for m in stage._dual_matches(ms.construct_re.match, coded.starts(ms.construct_forms), text, 0,
                                                    len(text))]
    # every dual in construct, none of "فيه", "عليه", "لديه", "العربيه", nor one glued to a Latin letter
    assert found == ["ابنيه", "وطفليها", "وشقيقيهما", "وزميليهم", "وصديقتيه", "ونجليه", "اخويه", "وحفيديه",
                     "ورضيعتيها", "وزوجتيه", "وابنتيهن"]


def test_construct_dual_still_counts_two() -> None:
    ms = [(m.text, m.value, m.unit) for m in parse_numbers("وأصيب ابنيه في الغارة")]
    assert ms == [("ابنيه", 2, "child")]


def test_region_without_numbers_keeps_outlet_and_counter_rules() -> None:
    doc = arabnews.analyze("قالت صحيفة المصري اليوم إن 30 شخصا قتلوا.\n\nلا أرقام هنا في هذه الفقرة.",
                           reference_date="2017-06-01")
    assert [(n.text, n.value) for n in doc.numbers] == [("30", 30)]
