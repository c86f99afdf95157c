"""Session 45 (pf45a, issue #18; speed, output unchanged).

Six rules looked at every sentence (5.4 % of the warm entities stage, session 44's note): four visit the sentence's
places (:func:`.backoff.sentence_places`): :func:`.backoff.coordinated_places`, :func:`.backoff.place_beside_loc`,
:func:`.backoff.prominent_after_locative` and :func:`.places.place_after_proclitic`; and
:func:`.clubs.club_by_nationality`, :func:`.places.province_alone`.  Three word bits of :func:`.rulewords.word_flags`
on the readings of the shipped ``places.json`` (:func:`.gazetteer.shipped_place_words`) are now their gates:
:data:`.rulewords.PLACE_FORM` (a place), :data:`.rulewords.MASC_NISBA` (a masculine nisba with the article) and
:data:`.rulewords.PROVINCE`; and :func:`.backoff.sentence_places` asks :meth:`.Gazetteer.place_split` only of the
words with the place bit, not of every word of every sentence.  ("إن" and "أن" are GeoNames places: the place bit
opens most sentences; a bit of the prominent places alone, tried for the two rules that need one, saved 0.03 %.)
"""

from __future__ import annotations

import pytest

from arabnews import tokenize
from arabnews.extract.entities import corrections
from arabnews.extract.entities.backoff import (
    RULES,
    Rule,
    coordinated_places,
    place_beside_loc,
    places_after_locative_wiki,
    prominent_after_locative,
    run_rules,
    sentence_places,
)
from arabnews.extract.entities.clubs import club_by_nationality
from arabnews.extract.entities.gates import gate_of
from arabnews.extract.entities.gazetteer import _place_tables, default_gazetteer, shipped_place_words
from arabnews.extract.entities.places import place_after_proclitic, province_alone
from arabnews.extract.entities.rulewords import (
    MASC_NISBA,
    PLACE_FORM,
    PROVINCE,
    _form_bits,
    flagged,
    word_flags,
)
from gate_cases import gate_shuts

GATES = [(coordinated_places, PLACE_FORM), (place_beside_loc, PLACE_FORM), (prominent_after_locative, PLACE_FORM),
         (places_after_locative_wiki, PLACE_FORM), (place_after_proclitic, PLACE_FORM),
         (club_by_nationality, MASC_NISBA), (province_alone, PROVINCE)]


@pytest.mark.parametrize(("rule", "bit"), GATES)
def test_the_gate_is_the_bit_alone(rule: Rule, bit: int) -> None:
    g = gate_of(rule)
    assert g is not None and g.bits == bit and not g.tags and not g.texts


def test_the_bits_words_are_the_shipped_tables() -> None:
    places, nisba, provinces = _place_tables()
    assert shipped_place_words() == (frozenset(places), {w for w in nisba if w.startswith("ال") and w.endswith("ي")},
                                     provinces)
    gaz = default_gazetteer()
    assert gaz.places.keys() == places.keys() and gaz.provinces == provinces and gaz.nisba.keys() == nisba.keys()
    for words, bit in zip(shipped_place_words(), (PLACE_FORM, MASC_NISBA, PROVINCE), strict=True):
        assert {form for form, bits in _form_bits().items() if bits & bit} == words
    assert {"حلب", "الموصل", "مدنين", "اللاذقيه"} <= shipped_place_words()[0]
    assert {"الالماني", "الفرنسي"} <= shipped_place_words()[1] and "الالمانيه" not in shipped_place_words()[1]
    assert {"سوسه", "صفاقس"} <= shipped_place_words()[2]


@pytest.mark.parametrize("word", ["حلب", "وحلب", "بحلب", "لحلب", "وبحلب", "الموصل", "والموصل", "بالموصل", "للموصل",
                                  "مدنين", "بمدنين", "اللاذقية", "باللاذقية", "وإدلب", "سراقب", "سوريا"])
def test_places_with_clitics_carry_the_place_bit(word: str) -> None:
    assert word_flags(word) & PLACE_FORM
    assert default_gazetteer().place_split(word) is not None


@pytest.mark.parametrize(("word", "bit"), [("الألماني", MASC_NISBA), ("والألماني", MASC_NISBA), ("الفرنسي", MASC_NISBA),
                                           ("البلجيكي", MASC_NISBA), ("سوسة", PROVINCE), ("وسوسة", PROVINCE),
                                           ("صفاقس", PROVINCE), ("لصفاقس", PROVINCE)])
def test_nisbas_and_provinces_with_clitics_carry_their_bit(word: str, bit: int) -> None:
    assert word_flags(word) & bit


@pytest.mark.parametrize(("word", "bit"), [("الحكومة", PLACE_FORM), ("أمس", PLACE_FORM), ("الوزير", PLACE_FORM),
                                           ("الألمانية", MASC_NISBA), ("فرنسي", MASC_NISBA), ("فرنسا", MASC_NISBA),
                                           ("الحكومة", PROVINCE), ("باريس", PROVINCE)])
def test_other_words_do_not(word: str, bit: int) -> None:
    """The feminine nisba, the nisba without the article and the country are no masculine nisba of a club; the
    capital is no province of ``places.json``'s list."""
    assert not word_flags(word) & bit


@pytest.mark.parametrize("text", ["وقال الوزير خلال الاجتماع الذي عقد أمس بمقر الوزارة.",
                                  "وأكد المتحدث باسم الوزارة تواصل العمل على المشروع."])
def test_a_sentence_without_a_place_shuts_the_gates(text: str) -> None:
    toks = tokenize(text)
    tags = ["O"] * len(toks)
    for rule, _ in GATES:
        assert gate_shuts(rule, toks, tags), rule.__name__
    assert sentence_places(toks, default_gazetteer()) == ([None] * len(toks), [])


def test_sentence_places_asks_the_flagged_words_alone() -> None:
    """The places found are those of :meth:`.Gazetteer.place_splits` of every word (as before the bit)."""
    gaz = default_gazetteer()
    text = "ووصلت القوات من حلب إلى الموصل وبحلب ثم بلدة سراقب في ريف إدلب، وقال مسؤول بمدنين إن الوضع هادئ."
    toks = tokenize(text)
    splits, at = sentence_places(toks, gaz)
    assert splits == gaz.place_splits(toks)
    assert [toks[i].text for i in at] == ["حلب", "الموصل", "وبحلب", "سراقب", "إدلب", "بمدنين", "إن"]
    assert set(at) <= set(flagged(toks, PLACE_FORM))


@pytest.mark.parametrize(("rule", "text", "tags", "want"), [
    (coordinated_places, "وشهدت اللاذقية وطرطوس اشتباكات", None, ["O", "B-LOC", "B-LOC", "O"]),
    (coordinated_places, "وزار الرئيس الموصل وكركوك أمس", None, ["O", "O", "B-LOC", "B-LOC", "O"]),
    (place_beside_loc, "قصفت الطائرات بلدة سراقب", None, ["O", "O", "O", "B-LOC"]),
    (place_beside_loc, "في اللاذقية وإدلب وحلب", ["O", "B-LOC", "O", "O"], ["O", "B-LOC", "B-LOC", "B-LOC"]),
    (prominent_after_locative, "وصل الوفد من حلب", None, ["O", "O", "O", "B-LOC"]),
    (prominent_after_locative, "ووصلت القوات إلى الموصل وبحلب", None, ["O", "O", "O", "B-LOC", "B-LOC"]),
    (places_after_locative_wiki, "وصل الوفد من حلب", None, ["O", "O", "O", "B-LOC"]),
    (place_after_proclitic, "وقعت المواجهات بمدنين أمس", None, ["O", "O", "B-LOC", "O"]),
    (place_after_proclitic, "وسافر الوفد لقبلي", None, ["O", "O", "B-LOC"]),
    (club_by_nationality, "وفاز هامبورغ الألماني على ضيفه", None, ["O", "B-ORG", "O", "O", "O"]),
    (province_alone, "وقالت بلدية سوسة إن", None, ["O", "O", "B-LOC", "O"]),
    (province_alone, "تظاهرة صفاقس عاصمة للثقافة العربية", None, ["O", "B-LOC", "O", "O", "O"]),
    (province_alone, "مستشفى صفاقس الجامعي", None, ["O", "O", "O"]),
])
def test_the_rule_run_by_the_plan_is_the_rule_called(rule: Rule, text: str, tags: list[str] | None,
                                                      want: list[str]) -> None:
    toks = tokenize(text)
    tags = tags or ["O"] * len(toks)
    assert len(toks) == len(tags)
    gaz = default_gazetteer()
    alone = list(tags)
    rule(toks, alone, gaz)
    assert alone == want
    assert run_rules((rule,), toks, tags, gaz) == want
    assert not gate_shuts(rule, toks, tags)
    assert rule in RULES or rule in corrections.RULES or rule is places_after_locative_wiki
