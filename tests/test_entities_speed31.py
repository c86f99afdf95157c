"""Session 31 (speed of the entities stage, output unchanged): lists that rules asked of every word of a sentence
through their stems now have a bit of :func:`.rulewords.word_flags`, so :func:`.rulewords.in_list` answers them from
the word's flags (one memo look-up) and a rule visits only the words flagged (:func:`.rulewords.flagged`):
``place_before_province`` (``locality_nouns``, ``town_heads``), ``arab_clubs`` (``arab_club_names``),
``incident_place``, ``match_word``, ``noun_not_place``, ``company_after_head``; ``place_before_strike`` reads its
strike words from the sentence's shared folded words instead of folding each token."""

from __future__ import annotations

import pytest

from arabnews import tokenize
from arabnews.extract.entities.backoff import Rule
from arabnews.extract.entities.gazetteer import default_gazetteer
from arabnews.extract.entities.orgs import arab_clubs
from arabnews.extract.entities.places import place_before_province, place_before_strike
from arabnews.extract.entities.rulewords import ARAB_CLUB, LOCALITY_NOUN, in_list, rule_words, stems, word_flags

#: The lists given a bit this session
_NEW_LISTS = ("locality_nouns", "incident_heads", "match_words", "tool_nouns", "place_noun_homographs",
              "company_heads", "arab_club_names")

#: Words of real news (Tunisia, Syria, Gulf sport, Yemen), with and without proclitics and the article
_WORDS = ("منطقة", "بمنطقة", "والمنطقة", "للمنطقة", "بلدية", "وبلدية", "قرية", "بقرية", "حي", "مدينة", "ومدينة",
          "العين", "والعين", "بالعين", "السد", "وللسد", "الوحدة", "الاتحاد", "مباراة", "المباراة", "ومباراة",
          "شركة", "الشركة", "لشركة", "حادث", "حادثة", "انفجار", "سيارة", "الجبل", "وقال", "محمد", "تونس", "ولاية")


def _tagged(rule: Rule, sentence: str) -> list[tuple[str, str]]:
    """(token, tag) of the tags ``rule`` gives ``sentence`` from all "O", the tags that are not "O" only."""
    toks = tokenize(sentence)
    tags = ["O"] * len(toks)
    rule(toks, tags, default_gazetteer())
    return [(t.text, tag) for t, tag in zip(toks, tags, strict=True) if tag != "O"]


@pytest.mark.parametrize("name", _NEW_LISTS)
def test_flag_bit_answers_as_the_stems_did(name: str) -> None:
    """For each list given a bit, ``in_list`` (now from the flags) is what the stems' look-up gave, on words of the
    list itself with proclitics and article and on ordinary words."""
    table = getattr(rule_words(), name)
    listed = sorted(table)
    words = [*_WORDS, *listed[:15], *("و" + w for w in listed[:15]), *("ب" + w for w in listed[:5])]
    hits = 0
    for word in words:
        by_stems = any(f in table for f in stems(word))
        assert in_list(word, table) == by_stems, word
        hits += by_stems
    assert hits >= min(10, len(table))  # the list's own words are found


def test_locality_and_club_bits() -> None:
    assert word_flags("بمنطقة") & LOCALITY_NOUN
    assert not word_flags("بالمنطقة") & ARAB_CLUB
    assert word_flags("والعين") & ARAB_CLUB
    assert not word_flags("حكومة") & (LOCALITY_NOUN | ARAB_CLUB)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("وقع الحادث في منطقة الشابة من ولاية المهدية", [("الشابة", "B-LOC")]),
    ("انطلقت الأشغال ببلدية العجيبة بولاية سليانة", [("العجيبة", "B-LOC")]),
    # the locality noun with the article: no place after it
    ("وقع الحادث في المنطقة الشابة من ولاية المهدية", []),
    # the word after the head is tagged already, or the sentence has no locality noun at all
    ("وصل الرئيس إلى ولاية المهدية", []),
])
def test_place_before_province(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _tagged(place_before_province, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("فاز السد القطري على الدحيل في الدوري", [("السد", "B-ORG")]),
    ("وتعادل العين الإماراتي مع الأهلي ضمن الجولة الخامسة من الدوري", [("العين", "B-ORG")]),
    # no word of sport near the nisba: the young, no club
    ("دعا الشباب السعودي إلى المشاركة في الانتخابات", []),
])
def test_arab_clubs(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _tagged(arab_clubs, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("وقصفت الطائرات حلب بغارات عنيفة", [("حلب", "B-LOC")]),
    ("وقصفت الفصائل عسقلان بالصواريخ", [("عسقلان", "B-LOC")]),
    # ب on a word that is no strike means: nothing
    ("وزارت الوزيرة حلب بصحبة وفد", []),
])
def test_place_before_strike(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _tagged(place_before_strike, sentence) == expected
