"""Session 37 (pf37b, issue #18; speed, output unchanged): gates for 25 rules that ran on every sentence, and
their own words for 5 whose gates opened on most (court_of_city, airline_names, incident_place,
stop_before_time_word, model_not_place).  Each gate is implied by its rule's first test, so a sentence that shuts it
is one the rule changes nothing in; the new rulewords bits answer what the rules' own sets answer (the same forms),
and a rule whose gate opens still does its work on real news text."""

from __future__ import annotations

import pytest

from arabnews import tokenize
from arabnews.extract.entities import (
    backoff,
    boundaries,
    clubs,
    institutions,
    media,
    orgbounds,
    orgheads,
    persons,
    places,
)
from arabnews.extract.entities.gates import gate_of
from arabnews.extract.entities.gazetteer import default_gazetteer
from arabnews.extract.entities.rulewords import (
    ACRONYM_FORM,
    AIRLINE_HEAD,
    COURT_HEAD,
    DAM_FORM,
    FUTURE_SHAPE,
    HASHTAG,
    INCIDENT_HEAD,
    LATIN,
    MODEL_WORD,
    NAME_CLITIC_PAIRS,
    NAME_CLITICS,
    NAME_END_TIME,
    OUTLET_FORM,
    PROGRAMME_FORM,
    STRIKE_FORM,
    future_shape,
    rule_words,
    sentence_bits,
    word_flags,
)
from gate_cases import gate_shuts

#: The rules gated this session, by module.
GATED = [
    orgheads.named_council, orgheads.council_of_state, orgheads.named_party, orgheads.national_bodies,
    orgheads.org_takes_nationality, institutions.named_administration, media.latin_name_after_head,
    media.programme_names, media.outlet_names, media.acronym_orgs, clubs.town_sport_club,
    persons.name_after_naming_cue, persons.article_given_name, persons.speaker_before_colon,
    persons.adjective_out_of_person, places.base_names, places.front_names, places.dateline_place, places.dam_names,
    places.place_before_strike, boundaries.known_misc_names, boundaries.latin_name_tail,
    boundaries.future_verb_out_of_name, backoff.place_in_hashtag, backoff.name_in_hashtag,
    # gated on their own heads instead of a broader bit or tags alone
    orgheads.court_of_city, orgheads.airline_names, boundaries.incident_place, boundaries.stop_before_time_word,
    places.model_not_place,
]




@pytest.mark.parametrize("rule", GATED, ids=lambda r: r.__name__)
def test_each_rule_has_its_gate(rule) -> None:
    assert gate_of(rule) is not None


def test_forms_as_written_are_the_rules_own() -> None:
    """The outlet and acronym forms of rulewords are the sets outlet_names and acronym_orgs read."""
    rw = rule_words()
    assert NAME_CLITICS == orgbounds._CLITICS and NAME_CLITIC_PAIRS == orgbounds._CLITIC_PAIRS
    assert rw.outlet_forms == orgbounds._outlet_forms()
    assert rw.acronym_forms == media._acronym_forms()


@pytest.mark.parametrize(("word", "bit"), [
    ("بالصواريخ", STRIKE_FORM), ("بغارات", STRIKE_FORM), ("وبسد", DAM_FORM), ("سد", DAM_FORM),
    ("لبوليتيكا", PROGRAMME_FORM), ("للهايكا", ACRONYM_FORM), ("والناتو", ACRONYM_FORM),
    ("لرويترز", OUTLET_FORM), ("بمحكمة", COURT_HEAD), ("للخطوط", AIRLINE_HEAD), ("هجوم", INCIDENT_HEAD),
    ("الجمعة", NAME_END_TIME), ("بطراز", MODEL_WORD), ("سيزور", FUTURE_SHAPE), ("وسيستقبل", FUTURE_SHAPE),
    ("ستنقل", FUTURE_SHAPE),
])
def test_word_bits(word: str, bit: int) -> None:
    assert word_flags(word) & bit


@pytest.mark.parametrize("word", ["صواريخ", "سامبول", "سأعمل", "سيل", "الصباح"])
def test_not_a_future_shape(word: str) -> None:
    """"سامبول" (س + ا), the first person's سأ and words under five letters are no future."""
    assert not word_flags(word) & FUTURE_SHAPE and not future_shape(word)


def test_kind_bits_of_the_sentence_alone() -> None:
    """HASHTAG and LATIN are in the sentence's bits, never in a word's flags."""
    toks = tokenize("تظاهر الآلاف في #تعز ضد قرار شركة Orange")
    assert sentence_bits(toks) & HASHTAG and sentence_bits(toks) & LATIN
    assert not any(word_flags(t.norm) & (HASHTAG | LATIN) for t in toks if t.kind == "word")
    plain = tokenize("قصفت الطائرات حلب بغارات عنيفة")
    assert not sentence_bits(plain) & (HASHTAG | LATIN)


def test_strike_gate_opens_and_the_rule_tags_the_target() -> None:
    """"قصفت الطائرات حلب بغارات عنيفة": the gate opens on "بغارات" and "حلب" is the LOC; without a strike word
    ("قصفت الطائرات حلب أمس") the gate is shut and the rule changes nothing."""
    gaz = default_gazetteer()
    toks = tokenize("قصفت الطائرات حلب بغارات عنيفة")
    tags = ["O"] * len(toks)
    assert not gate_shuts(places.place_before_strike, toks, tags)
    places.place_before_strike(toks, tags, gaz)
    k = [t.text for t in toks].index("حلب")
    assert tags[k] == "B-LOC" and (toks[k].start, toks[k].end) == (14, 17)
    other = tokenize("قصفت الطائرات حلب أمس")
    tags = ["O"] * len(other)
    assert gate_shuts(places.place_before_strike, other, tags)
    places.place_before_strike(other, tags, gaz)
    assert tags == ["O"] * len(other)


def test_hashtag_gate_opens_on_a_hashtag() -> None:
    """"#اليمن" is a place (its span after "#"), and a sentence without a hashtag shuts both hashtag rules."""
    gaz = default_gazetteer()
    toks = tokenize("تضامنا مع #اليمن")
    tags = ["O"] * len(toks)
    assert not gate_shuts(backoff.place_in_hashtag, toks, tags)
    backoff.place_in_hashtag(toks, tags, gaz)
    assert tags[-1] == "B-LOC" and toks[-1].text == "#اليمن"
    plain = tokenize("تضامنا مع اليمن")
    assert gate_shuts(backoff.place_in_hashtag, plain, ["O"] * len(plain))
    assert gate_shuts(backoff.name_in_hashtag, plain, ["O"] * len(plain))


def test_colon_gates() -> None:
    """A headline's speaker before ":" opens speaker_before_colon and dateline_place; a sentence without ":", "("
    or a dash shuts both."""
    gaz = default_gazetteer()
    toks = tokenize("عمار عمروسية: الحكومة فشلت")
    tags = ["O"] * len(toks)
    assert not gate_shuts(persons.speaker_before_colon, toks, tags)
    persons.speaker_before_colon(toks, tags, gaz)
    assert tags[:2] == ["B-PER", "I-PER"] and (toks[0].start, toks[1].end) == (0, 12)
    plain = tokenize("قال عمار عمروسية إن الحكومة فشلت")
    assert gate_shuts(persons.speaker_before_colon, plain, ["O"] * len(plain))
    assert gate_shuts(places.dateline_place, plain, ["O"] * len(plain))


def test_court_gate_opens_on_its_head() -> None:
    """"محكمة جنايات القاهرة": the court's head opens court_of_city, which makes the three words one ORG (the
    tagger's LOC "القاهرة" taken in); "قال القاضي في القاهرة" shuts it."""
    gaz = default_gazetteer()
    toks = tokenize("وقضت محكمة جنايات القاهرة بسجنه")
    tags = ["O", "O", "O", "B-LOC", "O"]
    assert not gate_shuts(orgheads.court_of_city, toks, tags)
    orgheads.court_of_city(toks, tags, gaz)
    assert tags == ["O", "B-ORG", "I-ORG", "I-ORG", "O"] and (toks[1].start, toks[3].end) == (5, 25)
    plain = tokenize("قال القاضي في القاهرة")
    assert gate_shuts(orgheads.court_of_city, plain, ["O", "O", "O", "B-LOC"])
    assert gate_shuts(orgheads.airline_names, plain, ["O", "O", "O", "B-LOC"])
