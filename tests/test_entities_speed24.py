"""Session 24 (speed of the entities stage): the rules that look for their words in the sentence before they
visit its tokens still find them with every proclitic, and the look-up is a superset of what each rule reads.

- ``dam_names``, ``programme_names``: a substring search of the sentence's folded words joined once
  (:func:`.rulewords.sentence_folded_text`);
- ``article_given_name``: a set test of the folded words;
- ``known_towns``: a word is read as a town's first word only if it ends with one of the towns' first words
  (session 44: only if it carries the bit :data:`.rulewords.TOWN_FIRST`, whose words are
  :attr:`.Gazetteer.town_firsts`).
"""

from __future__ import annotations

import pytest

from arabnews import tokenize
from arabnews.extract.entities.backoff import Rule
from arabnews.extract.entities.boundaries import multi_heads
from arabnews.extract.entities.gazetteer import default_gazetteer
from arabnews.extract.entities.orgs import programme_names
from arabnews.extract.entities.persons import article_given_name
from arabnews.extract.entities.places import dam_names, known_towns
from arabnews.extract.entities.rulewords import TOWN_FIRST, sentence_folded_text, sentence_folds, word_flags
from entity_cases import entities


def _tagged(rule: Rule, sentence: str) -> list[tuple[str, str]]:
    """(token, tag) of the tags ``rule`` gives ``sentence`` from all "O", the tags that are not "O" only."""
    toks = tokenize(sentence)
    tags = ["O"] * len(toks)
    rule(toks, tags, default_gazetteer())
    return [(t.text, tag) for t, tag in zip(toks, tags, strict=True) if tag != "O"]


def test_folded_text_joins_the_sentence_folds() -> None:
    toks = tokenize("وارتفعت نسبة امتلاء سدّ سيدي سالم")
    assert sentence_folded_text(toks) == "\0".join(sentence_folds(toks))
    assert sentence_folded_text(toks).split("\0")[1] == "نسبه"


def test_every_reading_of_a_town_first_word_passes_the_ends() -> None:
    """Each multi-word town's first word, bare, with a proclitic or with ل + the article, carries the bit
    ``TOWN_FIRST`` (else known_towns would pass it), and the gazetteer's ``town_firsts`` are few (the gate's
    point)."""
    gaz = default_gazetteer()
    towns = [k for k, p in gaz.places.items() if " " in k and p.kind == "town"]
    assert len(towns) >= 50
    # (session 31: the towns of Somalia, Syria, Lebanon, Yemen, Sudan and the Sahel brought 60 → about 80 ends; each
    # word is asked once, its answer cached, so the gate's cost does not grow with them)
    assert 0 < len(gaz.town_firsts) < 100
    checked = 0
    for town in towns:
        first = town.split(" ")[0]
        bare = first[2:] if first.startswith("ال") else first
        forms = [first, "و" + first, "ب" + first, "وب" + first, "ف" + first, "ل" + first]
        if first.startswith("ال"):
            forms += ["لل" + bare, "ولل" + bare, "بال" + bare, "وبال" + bare]
        for form in forms:
            assert word_flags(form) & TOWN_FIRST, form
            checked += 1
    assert checked >= 300


def test_words_whose_heads_start_a_town_pass_the_ends() -> None:
    """On news words: every word one of whose multi-word place heads is a town's first word carries the bit."""
    gaz = default_gazetteer()
    firsts = {k.split(" ")[0] for k, p in gaz.places.items() if " " in k and p.kind == "town"}
    words = ("بمنزل", "ومنزل", "للقلعة", "بالقلعة", "والقلعة", "ببئر", "وبئر", "بسيدي", "وسيدي", "لسيدي", "ببني",
             "وعين", "بحمام", "وحمام", "برأس", "بوادي", "ودوار", "بساقية", "وقصر", "بدار", "لأولاد", "ولاد")
    hits = 0
    for word in words:
        heads = multi_heads(word, gaz)
        if firsts.intersection(heads):
            hits += 1
            assert word_flags(word) & TOWN_FIRST, word
    assert hits >= 15


@pytest.mark.parametrize(("sentence", "expected"), [
    ("وتم تسجيل حادث مرور بمنزل تميم من ولاية نابل", [("بمنزل", "B-LOC"), ("تميم", "I-LOC")]),
    ("وانطلقت الأشغال ببئر علي بن خليفة أمس", [("ببئر", "B-LOC"), ("علي", "I-LOC"), ("بن", "I-LOC"),
                                                ("خليفة", "I-LOC")]),
    ("وقع الحادث في القلعة الكبرى من ولاية سوسة", [("القلعة", "B-LOC"), ("الكبرى", "I-LOC")]),
    # not a town: the rule tags nothing ("سيدي" alone, "منزل" an ordinary house)
    ("وتم اقتحام منزل المواطن ليلا", []),
    ("وقال سيدي الرئيس إن الوضع صعب", []),
])
def test_known_towns(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _tagged(known_towns, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("وارتفعت نسبة امتلاء سد سيدي سالم إلى 80 بالمائة", [("سد", "B-LOC"), ("سيدي", "I-LOC"), ("سالم", "I-LOC")]),
    ("وبلغ المخزون بسد بوهرتمة مستوى قياسيا", [("بسد", "B-LOC"), ("بوهرتمة", "I-LOC")]),
    ("وتسعى الحكومة إلى سد الفجوة بين الجهات", []),  # to fill a gap
    ("وتعهد بمكافحة الفساد في الجهات", []),  # "الفساد" holds "سد": the rule reads it and finds no dam
])
def test_dam_names(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _tagged(dam_names, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("وقال في مداخلة له في بوليتيكا إن الوضع صعب", [("بوليتيكا", "B-MISC")]),
    ("وقال لبوليتيكا إن الوضع صعب", [("لبوليتيكا", "B-MISC")]),
    ("وقال في برنامج سياسي إن الوضع صعب", []),
])
def test_programme_names(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _tagged(programme_names, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("وقال الطيب البكوش إن الاتحاد سيجتمع", [("الطيب", "B-PER"), ("البكوش", "I-PER")]),
    ("وصرح السعيد العايدي أن الوزارة ستتدخل", [("السعيد", "B-PER"), ("العايدي", "I-PER")]),
    ("وأكد الأمين العام للاتحاد أن الإضراب قائم", []),
])
def test_article_given_name(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _tagged(article_given_name, sentence) == expected


def test_the_stage_keeps_the_families() -> None:
    assert entities("وتم تسجيل حادث مرور بمنزل تميم من ولاية نابل.") == [("منزل تميم", "LOC"), ("نابل", "LOC")]
    assert entities("وبلغ مخزون بسد بوهرتمة مستوى قياسيا.") == [("سد بوهرتمة", "LOC")]
    assert entities("وتسعى الحكومة إلى سد الفجوة بين الجهات.") == []
