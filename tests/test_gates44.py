"""Session 44 (pf44a, issue #18; speed, output unchanged).

- :func:`.places.known_towns` visited every word that ends as a town's first word does (``town_first_ends``: "ام"
  of "ام" + …, so "عام", "أيام"), asked of every sentence; it is gated on a word bit, :data:`.rulewords.TOWN_FIRST`,
  on the readings of :func:`.gazetteer.town_first_words`, and visits those words alone.

- :func:`.places.whole_country` (session 43) looked at every sentence: the last three letters of each word against
  those of the countries' first words, and a sentence with "ألمانيا" or "بريطانيا" ("نيا" of "غينيا") went on to
  the words' readings.  Its gate is now a word bit, :data:`.rulewords.COUNTRY_FIRST`, on the readings of
  :func:`.gazetteer.country_first_words` (the first words of ``places.json``'s countries of several words without
  the article and heading no place): a sentence without one is never visited, and the rule asks only those words.
"""

from __future__ import annotations

import pytest

from arabnews import tokenize
from arabnews.extract.entities import corrections
from arabnews.extract.entities.backoff import Rule, run_rules
from arabnews.extract.entities.gates import gate_of
from arabnews.extract.entities.gazetteer import country_first_words, default_gazetteer, town_first_words
from arabnews.extract.entities.places import _country_firsts, known_towns, whole_country
from arabnews.extract.entities.rulewords import COUNTRY_FIRST, TOWN_FIRST, _form_bits, flagged, word_flags
from gate_cases import gate_shuts


def test_the_gate_is_the_bit_alone() -> None:
    g = gate_of(whole_country)
    assert g is not None and g.bits == COUNTRY_FIRST and not g.tags and not g.texts


def test_the_bits_words_are_the_rules_own() -> None:
    """The bit is on exactly the first words the rule asks of the shipped gazetteer, and only those."""
    words = country_first_words()
    assert words == _country_firsts(default_gazetteer())
    assert {"سري", "كوستا", "بوركينا", "غينيا", "ترينيداد", "نيو"} <= words
    assert not {"جزيره", "جبل", "منطقه", "الكونغو", "الامارات"} & words  # place heads, the article
    assert words == {form for form, bits in _form_bits().items() if bits & COUNTRY_FIRST}


@pytest.mark.parametrize("word", ["سري", "وسري", "لسري", "كوستا", "وكوستا", "بكوستا", "لبوركينا", "وبوركينا",
                                  "غينيا", "وغينيا", "بغينيا", "ترينيداد", "لترينيداد", "نيو", "ونيو"])
def test_the_forms_with_clitics_carry_the_bit(word: str) -> None:
    assert word_flags(word) & COUNTRY_FIRST


@pytest.mark.parametrize("word", ["ألمانيا", "بريطانيا", "تونس", "لانكا", "ريكا", "الأسرى", "منطقة", "جزيرة", "جبل",
                                  "الإمارات", "سرية"])
def test_other_words_do_not(word: str) -> None:
    """"ألمانيا" and "بريطانيا" end as "غينيا" does (they passed the old test of three letters); "لانكا" is a
    country's second word; place heads and the article's firsts are no candidates."""
    assert not word_flags(word) & COUNTRY_FIRST


def test_a_sentence_without_a_first_word_shuts_the_gate() -> None:
    toks = tokenize("وزارت وزيرة الخارجية الألمانية بريطانيا وتونس أمس.")
    assert gate_shuts(whole_country, toks, ["O"] * len(toks))
    toks = tokenize("وفاز منتخب سري لانكا على الهند.")
    assert not gate_shuts(whole_country, toks, ["O"] * len(toks))
    assert flagged(toks, COUNTRY_FIRST) == [2]


@pytest.mark.parametrize(("text", "tags", "want"), [
    # the tagger left "سري" out, and "كوستا" after ل; the tagger's LOC run on past the country is cut
    ("وفاز منتخب سري لانكا على الهند", ["O", "O", "O", "B-LOC", "O", "B-LOC"],
     ["O", "O", "B-LOC", "I-LOC", "O", "B-LOC"]),
    ("وسافر لكوستا ريكا أمس", ["O", "O", "B-LOC", "O"], ["O", "B-LOC", "I-LOC", "O"]),
    ("زار رئيس سري لانكا الهند", ["O", "O", "O", "B-LOC", "I-LOC"], ["O", "O", "B-LOC", "I-LOC", "B-LOC"]),
    ("وقالت بوركينا فاسو إن", ["O", "O", "O", "O"], ["O", "B-LOC", "I-LOC", "O"]),
])
def test_the_rule_run_by_the_plan_is_the_rule_called(text: str, tags: list[str], want: list[str]) -> None:
    _plan_is_rule(whole_country, text, tags, want)


def _plan_is_rule(rule: Rule, text: str, tags: list[str], want: list[str]) -> None:
    """``rule`` called alone on ``text``'s tokens and tags gives ``want``, and so does the rule plan (its gate)."""
    toks = tokenize(text)
    assert len(toks) == len(tags)
    gaz = default_gazetteer()
    alone = list(tags)
    rule(toks, alone, gaz)
    assert alone == want
    assert run_rules((rule,), toks, tags, gaz) == want
    assert rule in corrections.RULES


# -- known_towns: the words it visits are those of a bit, not every word that ends as a town's first word does


def test_known_towns_gate_and_bit_words() -> None:
    g = gate_of(known_towns)
    assert g is not None and g.bits == TOWN_FIRST and not g.tags and not g.texts
    words = town_first_words()
    assert words == default_gazetteer().town_firsts
    assert words == {form for form, bits in _form_bits().items() if bits & TOWN_FIRST}
    assert {"منزل", "بير", "القلعه", "بير علي"} <= words  # "بئر علي بن خليفة": its first two words too


@pytest.mark.parametrize("word", ["منزل", "بمنزل", "ومنزل", "لمنزل", "بئر", "وبئر", "القلعة", "بالقلعة", "للقلعة",
                                  "والقلعة"])
def test_town_first_words_with_clitics_carry_the_bit(word: str) -> None:
    assert word_flags(word) & TOWN_FIRST


@pytest.mark.parametrize("word", ["عام", "أيام", "الإسلام", "والسلام", "تميم", "الكبرى", "مدينة"])
def test_words_that_only_end_as_one_do_not(word: str) -> None:
    """"عام", "أيام", "الإسلام" end with "ام" (of "ام" + a town's other words) and were visited; a town's last
    words and a place head start none."""
    assert not word_flags(word) & TOWN_FIRST


@pytest.mark.parametrize(("text", "tags", "want"), [
    # ANT: "منزل" + the PER "تميم"; a town after ب; "القلعة الكبرى" after و
    ("أهالي منزل تميم يحتجون", ["O", "O", "B-PER", "O"], ["O", "B-LOC", "I-LOC", "O"]),
    ("حادث ببئر علي بن خليفة", ["O", "O", "O", "O", "O"], ["O", "B-LOC", "I-LOC", "I-LOC", "I-LOC"]),
    ("في سوسة والقلعة الكبرى", ["O", "B-LOC", "O", "O"], ["O", "B-LOC", "B-LOC", "I-LOC"]),
    ("بعد عام من الأيام", ["O", "O", "O", "O"], ["O", "O", "O", "O"]),
])
def test_known_towns_run_by_the_plan_is_the_rule_called(text: str, tags: list[str], want: list[str]) -> None:
    _plan_is_rule(known_towns, text, tags, want)
