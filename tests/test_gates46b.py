"""Session 46 (pf46e, issue #18; speed, output unchanged): word gates for rules that ran on most sentences with a
name and changed nothing.

:func:`.persons.particle_starts_person` (467 runs over the 1,306 sentences of ``benchmarks/warm_stage.py``, no
change) and :func:`.persons.player_after_role` (382 runs, no change) were gated on tags alone, and each asked the
sentence's folded words for one of its list (``leading_particles``; the first words of ``sport_roles``) before it
did anything.  Each list is now a bit of :func:`.rulewords.word_flags` (``LEADING_PARTICLE``,
``SPORT_ROLE_FIRST``) and the rule's gate asks it: :func:`.backoff.run_rules` does not call the rule on a sentence
without such a word.  A word whose folded form is in the list has the bit (the folded word is one of its stems), so
the gate is shut only where the rule's own first test returns.

So too for four rules gated on a tag alone that each look for a word of a list next to a name:
:func:`.places.place_direction` (290 runs, no change; a direction adjective of ``place_directions.yaml``, the new mark
``DIRECTION``), :func:`.places.town_district` (290 runs, 1 change; ``district_adjectives``, a new list bit),
:func:`.media.company_after_head` (385 runs, 1 change) and :func:`.places.noun_not_place` (268 runs, 1 change), whose
``in_list`` of ``company_heads``, ``tool_nouns`` and ``place_noun_homographs`` answers from bits the words had already.
And two gated on B-PER: :func:`.institutions.institution_named_after_person` (245 runs, 1 change) on the head's
``PERSON_NAMED_HEAD``, as :func:`.institutions.institution_named_untagged` already is, and
:func:`.persons.ordinal_out_of_player` (245 runs, no change) on an ordinal's ``REGNAL_ORDINAL`` and I-PER (it cuts the
last word of a person of two words or more).  Three rules that cut or relabel only a person of two words or more,
:func:`.persons.person_stops_at_verb`, :func:`.persons.nisba_out_of_person` (three or more) and
:func:`.places.city_not_person` (two to four), are gated on I-PER, not B-PER (243, 245 and 245 runs, no change).
And :func:`.homonyms.noun_not_place_name` (268 runs, no change), which asks the stems of each one-word place for an
ordinary noun or a flood's name of ``homonyms.yaml``, is gated on the new mark ``HOMONYM_NOUN`` of those stems.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

import arabnews
from arabnews import tokenize
from arabnews.extract.entities import backoff, corrections
from arabnews.extract.entities.bio import Tag
from arabnews.extract.entities.gates import gate_of
from arabnews.extract.entities.gazetteer import default_gazetteer
from arabnews.extract.entities.homonyms import homonym_nouns, noun_not_place_name
from arabnews.extract.entities.institutions import _stem, institution_named_after_person
from arabnews.extract.entities.media import company_after_head
from arabnews.extract.entities.persons import (
    _sport_role_firsts,
    nisba_out_of_person,
    ordinal_out_of_player,
    particle_starts_person,
    person_stops_at_verb,
    player_after_role,
)
from arabnews.extract.entities.places import (
    city_not_person,
    direction_adjectives,
    noun_not_place,
    place_direction,
    town_district,
)
from arabnews.extract.entities.rulewords import (
    COMPANY_HEAD,
    DIRECTION,
    DISTRICT_ADJECTIVE,
    HOMONYM_NOUN,
    LEADING_PARTICLE,
    PERSON_NAMED_HEAD,
    PLACE_NOUN_HOMOGRAPH,
    REGNAL_ORDINAL,
    SPORT_ROLE_FIRST,
    TOOL_NOUN,
    rule_words,
    sentence_bits,
    sentence_folds,
    stems,
    word_flags,
)
from gate_cases import every_rule, gate_shuts, runs_as_alone, shuts_as_noop

ANT = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "ant-v1.1.txt"
needs_ant = pytest.mark.skipif(not ANT.exists(), reason="ANT corpus not available")

#: each rule, its bit and the words its own first test asks of the sentence's folded words
GATED: list[tuple[Callable[..., None], int, Callable[[], frozenset[str]]]] = [
    (particle_starts_person, LEADING_PARTICLE, lambda: rule_words().leading_particles),
    (player_after_role, SPORT_ROLE_FIRST, _sport_role_firsts),
    (place_direction, DIRECTION, direction_adjectives),
    (town_district, DISTRICT_ADJECTIVE, lambda: rule_words().district_adjectives),
]
NEW_BITS = (LEADING_PARTICLE, SPORT_ROLE_FIRST, DIRECTION, DISTRICT_ADJECTIVE)


def test_the_bits_are_new_and_apart() -> None:
    assert all(bit & (bit - 1) == 0 for bit in NEW_BITS)
    assert len(set(NEW_BITS)) == len(NEW_BITS)
    assert not set(NEW_BITS) & {COMPANY_HEAD, TOOL_NOUN, PLACE_NOUN_HOMOGRAPH}


@pytest.mark.parametrize(("rule", "bit", "tags"), [
    (particle_starts_person, LEADING_PARTICLE, {"B-ORG", "B-LOC", "B-MISC", "B-PER"}),
    (player_after_role, SPORT_ROLE_FIRST, {"B-MISC", "B-LOC", "B-ORG"}),
    (place_direction, DIRECTION, {"B-LOC"}),
    (town_district, DISTRICT_ADJECTIVE, {"B-LOC"}),
    (company_after_head, COMPANY_HEAD, {"B-PER", "B-LOC"}),
    (noun_not_place, TOOL_NOUN | PLACE_NOUN_HOMOGRAPH, {"B-LOC"}),
    # ent46b: the rule also takes the tagger's ORG after a hospital head, so B-ORG opens it too; ent47: and the LOC of
    # the town a hospital is named by, so B-LOC too
    (institution_named_after_person, PERSON_NAMED_HEAD, {"B-PER", "B-ORG", "B-LOC"}),
    (ordinal_out_of_player, REGNAL_ORDINAL, {"I-PER"}),
])
def test_each_rule_is_gated_on_its_bit_and_its_tags(rule, bit: int, tags: set[str]) -> None:  # type: ignore[no-untyped-def]
    g = gate_of(rule)
    assert g is not None and g.bits == bit and g.tags == frozenset(tags) and not g.texts


def test_the_first_words_of_the_roles() -> None:
    firsts = _sport_role_firsts()
    assert {"اللاعب", "المهاجم", "الحارس", "لاعب", "متوسط", "صانع"} <= firsts
    assert "الوسط" not in firsts and "لاعب الوسط" not in firsts


@pytest.mark.parametrize(("rule", "bit", "words"), GATED)
def test_every_word_of_the_list_has_the_bit_with_and_without_clitics(rule, bit: int, words) -> None:  # type: ignore[no-untyped-def]
    """Each folded word of the list, as written and after و, ف, ب: the bit is on the word as written, so on any word
    whose folded form the rule finds in its list (and on some words besides: the gate is wider than the rule's test)."""
    for word in words():
        assert word_flags(word) & bit, word
        for clitic in ("و", "ف", "ب"):
            assert word_flags(clitic + word) & bit, clitic + word  # (a wider gate: a stem of the word)
    assert word_flags("ودا") & LEADING_PARTICLE and word_flags("واللاعب") & SPORT_ROLE_FIRST
    assert word_flags("والشرقية") & DIRECTION and word_flags("الأوسط") & DIRECTION
    assert word_flags("الشرق") & DIRECTION == 0 and word_flags("الشمال") & DIRECTION == 0
    assert word_flags("لاعبو") & SPORT_ROLE_FIRST == 0 and word_flags("فونت") & LEADING_PARTICLE == 0


def test_a_head_the_institution_rule_reads_has_the_bit_with_each_proclitic() -> None:
    """:func:`.institutions._stem` strips و, ف, ب, ل and their pairs (ل + the article's alef dropped too): each head of
    ``person_named_heads`` so written ("وبالمستشفى", "للمدرسة", "فبمعهد") has ``PERSON_NAMED_HEAD``."""
    heads = rule_words().person_named_heads
    seen = 0
    for head in heads:
        for prefix in ("", "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل"):
            word = prefix + (head[1:] if prefix.endswith("ل") and head.startswith("ال") else head)
            (tok,) = tokenize(word)
            if _stem(tok) in heads:
                seen += 1
                assert word_flags(tok.norm) & PERSON_NAMED_HEAD, word
    assert seen >= 8 * 8


@needs_ant
@pytest.mark.parametrize(("rule", "bit", "words"), GATED)
def test_on_ant_a_sentence_whose_folds_meet_the_list_has_the_bit(rule, bit: int, words) -> None:  # type: ignore[no-untyped-def]
    """Over the first twelve lines of every third ANT article that writes one of the words: wherever a token's folded
    form is in the list, it is a word and the sentence's bits have the gate's bit; and some sentences are shut."""
    arts = ANT.read_text(encoding="utf-8").split("\n\n")
    listed = words()
    pattern = re.compile("|".join(sorted({w[:4] for w in listed})))
    seen = shut = 0
    for art in arts[:10166:3]:
        if not pattern.search(art):
            continue
        for line in art.splitlines()[:12]:
            toks = tokenize(line)
            folds = sentence_folds(toks)
            hits = [k for k, f in enumerate(folds) if f in listed]
            if hits:
                seen += 1
                assert all(toks[k].kind == "word" for k in hits), line
                assert sentence_bits(toks) & bit, line
            elif not sentence_bits(toks) & bit:
                shut += 1
    assert seen >= 20 and shut >= 100


@pytest.mark.parametrize(("rule", "text", "tags", "want"), [
    # the rules' own docstring examples: the gate open, the rule run by the plan
    (particle_starts_person, "دوس سانتوس ينفي", ["O", "B-ORG", "O"], ["B-PER", "I-PER", "O"]),
    (particle_starts_person, "وسجل دا سيلفا الهدف", ["O", "O", "B-LOC", "O"], ["O", "B-PER", "I-PER", "O"]),
    (player_after_role, "تواصل إدارة النجم الرياضي الساحلي التفاوض مع اللاعب السابق للفريق فرانك كوم",
     ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O", "B-MISC", "I-MISC"],
     ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O", "B-PER", "I-PER"]),
    (place_direction, "وسيطرت القوات على الغوطة الشرقية أمس", ["O", "O", "O", "B-LOC", "O", "O"],
     ["O", "O", "O", "B-LOC", "I-LOC", "O"]),
    (place_direction, "وفي سيناء الشمالية قتل جندي", ["O", "B-LOC", "O", "O", "O"], ["O", "B-LOC", "I-LOC", "O", "O"]),
    (town_district, "وفي معتمدية دوز الشمالية أمس", ["O", "O", "B-LOC", "O", "O"], ["O", "O", "B-LOC", "I-LOC", "O"]),
    (town_district, "تنقل إلى صفاقس المدينة أمس", ["O", "O", "B-LOC", "O", "O"], ["O", "O", "B-LOC", "I-LOC", "O"]),
    (company_after_head, "وأعلنت مجموعة شيفلر الألمانية", ["O", "O", "B-PER", "O"], ["O", "O", "B-ORG", "O"]),
    (company_after_head, "وأعلنت مؤسسة تيسير أمس", ["O", "O", "B-PER", "O"], ["O", "O", "B-ORG", "O"]),
    (noun_not_place, "دعا الحزب للسلط المعنية", ["O", "O", "B-LOC", "O"], ["O", "O", "O", "O"]),
    (noun_not_place, "تم حجز سكين بحوزته", ["O", "O", "B-LOC", "O"], ["O", "O", "O", "O"]),
    (institution_named_after_person, "نقل إلى مستشفى فرحات حشاد بسوسة", ["O", "O", "O", "B-PER", "I-PER", "O"],
     ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O"]),
    (institution_named_after_person, "وتوفي بالمستشفى الجامعي فرحات حشاد", ["O", "O", "O", "B-PER", "I-PER"],
     ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"]),
    (ordinal_out_of_player, "أضاف توني كروس الهدف الثاني وكاسيميرو الثالث", ["O", "B-PER", "I-PER", "O", "O", "B-PER",
                                                                          "I-PER"],
     ["O", "B-PER", "I-PER", "O", "O", "B-PER", "O"]),
])
def test_the_rule_still_runs_when_its_word_is_there(rule, text: str, tags: list[Tag],  # type: ignore[no-untyped-def]
                                                    want: list[Tag]) -> None:
    runs_as_alone(rule, text, tags, want)


@pytest.mark.parametrize(("rule", "text", "tags"), [
    # a name the tagger got wrong, but no particle nor role before it: the gate shuts and the rule is a no-op
    (particle_starts_person, "وقال سانتوس إن الفريق", ["O", "B-ORG", "O", "O"]),
    (particle_starts_person, "وأكد فان الوضع مستقر", ["O", "B-PER", "O", "O"]),  # فان is no leading particle
    (player_after_role, "تواصل إدارة الفريق التفاوض مع فرانك كوم", ["O", "O", "O", "O", "O", "B-MISC", "I-MISC"]),
    (player_after_role, "وقال لاعبو الفريق فرانك كوم", ["O", "O", "O", "B-MISC", "I-MISC"]),
    (place_direction, "وسيطرت القوات على الغوطة أمس", ["O", "O", "O", "B-LOC", "O"]),
    (place_direction, "وسيطرت القوات على الغوطة شرقا", ["O", "O", "O", "B-LOC", "O"]),
    (town_district, "تنقل إلى صفاقس أمس", ["O", "O", "B-LOC", "O"]),
    (company_after_head, "وأعلن السيد تيسير أمس", ["O", "O", "B-PER", "O"]),
    (noun_not_place, "تم حجز سلاح بحوزته", ["O", "O", "B-LOC", "O"]),
    (institution_named_after_person, "استقبل الرئيس فرحات حشاد", ["O", "O", "B-PER", "I-PER"]),
    (ordinal_out_of_player, "أضاف توني كروس الهدف", ["O", "B-PER", "I-PER", "O"]),
    (ordinal_out_of_player, "أضاف كاسيميرو الثالث", ["O", "B-PER", "O"]),  # one word: no I-PER
])
def test_without_its_word_the_gate_shuts(rule, text: str, tags: list[Tag]) -> None:  # type: ignore[no-untyped-def]
    shuts_as_noop(rule, text, tags)


@needs_ant
@pytest.mark.parametrize("index", [9345, 9042, 1154, 6, 49, 54, 17, 9403, 2051, 158])
def test_ant_articles_analysed_with_every_rule_called_are_the_same(index: int, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """ANT articles where a rule gated here changes a name (with its gate always shut, the entities differ):
    particle_starts_person (9345), player_after_role (9042), place_direction (1154), town_district (6),
    company_after_head (49), noun_not_place (54), institution_named_after_person (17), ordinal_out_of_player
    (9403), city_not_person (2051), noun_not_place_name (158).  The entities of the pipeline, whose plans shut the
    gates, are those of the pipeline calling every back-off and correction rule in order."""
    art = ANT.read_text(encoding="utf-8").split("\n\n")[index]
    nlp = arabnews.Pipeline()
    gated = nlp(art, reference_date="2017-06-01").to_dict()["entities"]
    monkeypatch.setattr(backoff, "run_rules", every_rule)
    monkeypatch.setattr(corrections, "run_rules", every_rule)
    called = nlp(art, reference_date="2017-06-01").to_dict()["entities"]
    assert called == gated and gated


# -- the gates of I-PER of rules that change only a person of two words or more ---------------------------------------

SEVERAL_WORDS = [person_stops_at_verb, nisba_out_of_person, city_not_person]


@pytest.mark.parametrize("rule", SEVERAL_WORDS)
def test_a_rule_of_persons_of_several_words_is_gated_on_i_per(rule) -> None:  # type: ignore[no-untyped-def]
    g = gate_of(rule)
    assert g is not None and g.tags == frozenset({"I-PER"}) and not g.bits and not g.texts


@pytest.mark.parametrize(("rule", "text", "tags", "want"), [
    (person_stops_at_verb, "سمير الطيب يرد على منتقديه", ["B-PER", "I-PER", "I-PER", "O", "O"],
     ["B-PER", "I-PER", "O", "O", "O"]),
    (person_stops_at_verb, "يختار توم بيريز", ["B-PER", "I-PER", "I-PER"], ["O", "B-PER", "I-PER"]),
    (nisba_out_of_person, "قال رئيس الإتحاد المنستيري أحمد البلي", ["O", "O", "O", "B-PER", "I-PER", "I-PER"],
     ["O", "O", "O", "O", "B-PER", "I-PER"]),
    (city_not_person, "وصل بالعاصمة الإثيوبية أديس أبابا", ["O", "O", "O", "B-PER", "I-PER"],
     ["O", "O", "O", "B-LOC", "I-LOC"]),
    (city_not_person, "وصل إلى بوينس آيرس", ["O", "O", "B-PER", "I-PER"], ["O", "O", "B-LOC", "I-LOC"]),
])
def test_the_rule_still_runs_on_a_person_of_several_words(rule, text: str, tags: list[Tag],  # type: ignore[no-untyped-def]
                                                          want: list[Tag]) -> None:
    runs_as_alone(rule, text, tags, want)


@pytest.mark.parametrize(("rule", "text", "tags"), [
    # a person of one word: nothing to cut, and the gate shuts
    (person_stops_at_verb, "الطيب يرد على منتقديه", ["B-PER", "O", "O", "O"]),
    (nisba_out_of_person, "قال رئيس المنستيري أحمد", ["O", "O", "B-PER", "O"]),
    (city_not_person, "وصل إلى أديس", ["O", "O", "B-PER"]),
])
def test_a_person_of_one_word_shuts_the_gate(rule, text: str, tags: list[Tag]) -> None:  # type: ignore[no-untyped-def]
    shuts_as_noop(rule, text, tags)


# -- the gate of noun_not_place_name: the stems of a word -------------------------------------------------------------


def test_noun_not_place_name_is_gated_on_the_homonyms_mark() -> None:
    g = gate_of(noun_not_place_name)
    assert g is not None and g.bits == HOMONYM_NOUN and g.tags == frozenset({"B-LOC", "I-LOC"})
    assert HOMONYM_NOUN & (HOMONYM_NOUN - 1) == 0 and HOMONYM_NOUN not in NEW_BITS
    assert {"الجنين", "الجده", "سيول"} <= homonym_nouns()


@needs_ant
def test_on_ant_a_word_whose_stems_meet_the_homonyms_has_the_mark() -> None:
    """The mark is on exactly the words whose :func:`.rulewords.stems` the rule finds in ``homonyms.yaml``: over the
    words of the first 1,000 ANT articles, with and without it."""
    nouns = homonym_nouns()
    arts = ANT.read_text(encoding="utf-8").split("\n\n")[:1000]
    marked = unmarked = 0
    for tok in (t for art in arts for t in tokenize(art) if t.kind == "word"):
        has = not nouns.isdisjoint(stems(tok.norm))
        assert bool(word_flags(tok.norm) & HOMONYM_NOUN) == has, tok.text
        marked += has
        unmarked += not has
    assert marked >= 4 and unmarked >= 10000


@pytest.mark.parametrize(("text", "tags", "want"), [
    ("وفقدت الأم الجنين بعد الحادث", ["O", "O", "B-LOC", "O", "O"], ["O", "O", "O", "O", "O"]),
    ("وزار الطفل الجدة أمس", ["O", "O", "B-LOC", "O"], ["O", "O", "O", "O"]),
])
def test_noun_not_place_name_still_runs_on_its_nouns(text: str, tags: list[Tag], want: list[Tag]) -> None:
    runs_as_alone(noun_not_place_name, text, tags, want)


@pytest.mark.parametrize(("text", "tags"), [
    ("وصل إلى جنين أمس", ["O", "O", "B-LOC", "O"]),  # the town: "جنين" without the article is no cue
    ("اقتحم الجيش مخيم جنين أمس", ["O", "O", "O", "B-LOC", "O"]),
])
def test_without_a_homonym_the_gate_of_noun_not_place_name_shuts(text: str, tags: list[Tag]) -> None:
    toks = tokenize(text)
    alone = list(tags)
    noun_not_place_name(toks, alone, default_gazetteer())
    assert alone == tags
    assert gate_shuts(noun_not_place_name, toks, tags)
