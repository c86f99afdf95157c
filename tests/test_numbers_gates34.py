"""Session 34 (second wave): the stdlib gates before the age cues' regex searches, and the letter codes' folded
forms, turn away no text the full patterns would match."""

from arabnews.extract.numbers import find_numbers
from arabnews.extract.numbers.ages import cue_before, patterns
from arabnews.extract.numbers.lexicon import lexicon
from arabnews.lang.ar import fold, load, lookup_key


def test_every_age_word_holds_a_gate_part() -> None:
    data = load("number_words.yaml")
    p = patterns()
    for gate, key in ((p.noun_gate, "age_nouns"), (p.years_gate, "age_years_noun"),
                      (p.touching_gate, "age_touching"), (p.person_gate, "age_persons")):
        for word in data[key]:
            assert gate.search(lookup_key(word)) is not None, (key, word)


def test_age_cues_still_read() -> None:
    for text, count in (("البالغ من العمر 24 سنة", "24"), ("شاب لم يتجاوز 20 سنة", "20"), ("دون سن 18", "18"),
                        ("الطفل الـ9 سنوات", "9"), ("امرأة تبلغ 40 عاما", "40")):
        folded = fold(text)
        start = folded.index("الـ") if "الـ" in text else folded.index(count)  # the article's start
        assert cue_before(folded, 0, start), text


def test_no_cue_no_age() -> None:
    folded = fold("قضى 5 سنوات في السجن")
    assert not cue_before(folded, 0, folded.index("5"))
    assert [m.unit for m in find_numbers("قضى 5 سنوات في السجن")] == [None]
    assert [(m.text, m.unit) for m in find_numbers("توفي الطفل الـ9 سنوات")] == [("9", "a")]


def test_letter_code_keys_are_folded_codes() -> None:
    lex = lexicon()
    assert set(lex.letter_code_keys) == {fold(c) for c in lex.letter_codes}
    assert [(m.text, m.kind) for m in find_numbers("طائرة من طراز (إم 23) و3 دبابات")][-1] == ("3", "cardinal")
