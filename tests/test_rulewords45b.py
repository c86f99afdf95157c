"""Session 45 (pf45e): the layout of the word-flag bits of :mod:`arabnews.extract.entities.rulewords`.

The bits most words of news carry and the rules ask most sit below 2**30, where CPython keeps an int in one digit and
``a & b`` takes its fast path; every list and mark keeps a bit of its own, and every named constant is its own bit.
"""

from __future__ import annotations

import pytest

from arabnews import tokenize
from arabnews.extract.entities import rulewords as rw

ONE_DIGIT = 1 << 30

#: (exported constant, its name in ``_BIT``)
CONSTANTS = [
    ("ORG_HEAD", "org_heads"), ("MEDIA_HEAD", "media_heads"), ("TITLE", "titles"), ("TOPONYM_HEAD", "toponym_heads"),
    ("CLUB_HEAD", "club_heads"), ("NOT_NAME", "not_names"), ("PLURAL_HEAD", "loc_heads_plural"),
    ("TOWN_HEAD", "town_heads"), ("SPEECH_VERB", "speech_verbs"), ("ADJECTIVE_NEGATION", "adjective_negations"),
    ("PREDICATE", "predicate"), ("ARTICLE", "article"), ("FUTURE_SHAPE", "future"), ("HASHTAG", "hashtag"),
    ("LATIN", "latin"), ("OPENER", "opener"), ("NEGATION_SHAPE", "negation"), ("COUNTRY_FIRST", "country_first"),
    ("TOWN_FIRST", "town_first"), ("PLACE_FORM", "place_form"), ("MASC_NISBA", "masc_nisba"),
    ("PROVINCE", "province"), ("CULTURE_BODY_FIRST", "culture:bodies"), ("ART_FORM", "culture:art_forms"),
    ("STAGE_PERSON_FORM", "culture:stage_forms"),
]


def test_one_bit_each() -> None:
    names = (*rw._LISTS, *rw._MARKS)
    assert set(rw._BIT) == set(names) and len(rw._BIT) == len(names)
    bits = list(rw._BIT.values())
    assert all(b > 0 and b & (b - 1) == 0 for b in bits)  # powers of two
    assert len(set(bits)) == len(bits)  # none shared
    assert sum(bits) == (1 << len(bits)) - 1  # dense: 0 .. n-1


def test_low_bits_are_one_digit() -> None:
    assert set(rw._LOW) <= set(rw._BIT) and len(rw._LOW) <= 30
    assert all(rw._BIT[name] < ONE_DIGIT for name in rw._LOW)
    assert all(rw._BIT[name] >= ONE_DIGIT for name in rw._BIT if name not in rw._LOW)


@pytest.mark.parametrize(("constant", "name"), CONSTANTS)
def test_constant_is_its_bit(constant: str, name: str) -> None:
    assert getattr(rw, constant) == rw._BIT[name]


def test_list_bits_follow_the_layout() -> None:
    words = rw.rule_words()
    assert rw._list_bits() == {id(getattr(words, name)): rw._BIT[name] for name in rw._LISTS}


@pytest.mark.parametrize(("word", "marks", "lists"), [
    ("وأكدت", {"predicate"}, set()),  # و + verb: a predicate, no article
    ("والجمعية", {"article"}, {"org_heads", "org_first_words", "club_town_heads"}),
    ("بأريانة", {"place_form"}, set()),
    ("الألماني", {"article", "masc_nisba"}, set()),
    ("وسيستقبل", {"future"}, set()),
])
def test_flags_by_name(word: str, marks: set[str], lists: set[str]) -> None:
    flags = rw.word_flags(word)
    for name in marks | lists:
        assert flags & rw._BIT[name], name
    assert not flags & rw._BIT["hashtag"]
    # the same answer as the lists themselves
    words = rw.rule_words()
    for name in lists:
        assert rw.in_list(word, getattr(words, name))


def test_news_sentence_is_one_digit() -> None:
    """A sentence of ANT (article 5): its words' flags and their union are one-digit ints."""
    text = "وأكدت مديرة المهرجان أن عيد الورد بأريانة في دورته الجديدة سيكون منفتحا على مختلف"
    toks = tokenize(text)
    flags = rw.sentence_flags(toks)
    assert any(flags)
    assert all(0 <= f < ONE_DIGIT for f in flags)
    assert rw.sentence_bits(toks) < ONE_DIGIT
    assert rw.sentence_bits(toks) & rw.PLACE_FORM and rw.sentence_bits(toks) & rw.PREDICATE
