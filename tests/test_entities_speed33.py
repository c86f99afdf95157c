"""Session 33 (speed of the entities stage, output unchanged): ``institution_place_heads``, the first words of
``institution_place_phrases`` and ``speech_verbs`` have a bit of :func:`.rulewords.word_flags`;
``institution_of_place`` and ``speaker_after_verb`` visit only the words flagged (:func:`.rulewords.flagged`)
and, with ``place_before_province`` and ``arab_clubs``, are gated on those bits (:mod:`.gates`): a sentence
without such a word does not call them.  A gate must be implied by the rule: the rule called alone and through
:func:`.backoff.run_rules` give the same tags."""

from __future__ import annotations

import pytest

from arabnews import tokenize
from arabnews.extract.entities.backoff import Rule, run_rules
from arabnews.extract.entities.gates import gate_of
from arabnews.extract.entities.gazetteer import default_gazetteer
from arabnews.extract.entities.orgs import arab_clubs, institution_of_place
from arabnews.extract.entities.persons import speaker_after_verb
from arabnews.extract.entities.places import place_before_province
from arabnews.extract.entities.rulewords import (
    INSTITUTION_HEAD,
    INSTITUTION_PHRASE_FIRST,
    SPEECH_VERB,
    in_list,
    rule_words,
    sentence_bits,
    stems,
    word_flags,
)

_GATED = (institution_of_place, speaker_after_verb, place_before_province, arab_clubs)


def test_new_bits_answer_as_the_stems_did() -> None:
    """The bits hold what the stems' look-up gave: the lists' words with proclitics and article, and ordinary
    words."""
    rw = rule_words()
    for table, bit in ((rw.institution_place_heads, INSTITUTION_HEAD),
                       (rw.institution_place_phrases.keys(), INSTITUTION_PHRASE_FIRST),
                       (rw.speech_verbs, SPEECH_VERB)):
        words = sorted(table)[:20]
        for word in [*words, *("و" + w for w in words[:10]), *("ل" + w for w in words[:10]),
                     "الحكومة", "تونس", "محمد", "قتلوا", "جنود"]:
            assert bool(word_flags(word) & bit) == any(f in table for f in stems(word)), word
    assert in_list("لجامعة", rw.institution_place_heads)
    assert word_flags("وأضاف") & SPEECH_VERB and word_flags("وقالت") & SPEECH_VERB
    assert not word_flags("الجيش") & (SPEECH_VERB | INSTITUTION_HEAD | INSTITUTION_PHRASE_FIRST)


@pytest.mark.parametrize("rule", _GATED)
def test_rules_are_gated(rule: Rule) -> None:
    g = gate_of(rule)
    assert g is not None and g.bits


def _tags(toks: list, rule: Rule, tags: list[str]) -> tuple[list[str], list[str]]:
    alone = list(tags)
    rule(toks, alone, default_gazetteer())
    return alone, run_rules((rule,), toks, tags, default_gazetteer())


# real news sentences: the rule fires, and neighbours where it must not (each with the tagger's tags given)
_CASES = [
    (institution_of_place, "وقال أستاذ في جامعة الكويت إن", {"الكويت": "B-LOC"},
     [("جامعة", "B-ORG"), ("الكويت", "I-ORG")]),
    (institution_of_place, "وأعلنت لجامعة البحرين عن", {"البحرين": "B-LOC"},
     [("لجامعة", "B-ORG"), ("البحرين", "I-ORG")]),
    (institution_of_place, "طالبت لجان مقاومة الفاشر بوقف القتال", {}, [("لجان", "B-ORG"), ("مقاومة", "I-ORG"),
                                                                          ("الفاشر", "I-ORG")]),
    (institution_of_place, "وشهدت الكويت أمطارا غزيرة", {"الكويت": "B-LOC"}, [("الكويت", "B-LOC")]),
    (institution_of_place, "شكلت لجان مقاومة شعبية في الحي", {}, []),
    (speaker_after_verb, "وأضاف مجدوب أن الوضع مستقر", {}, [("مجدوب", "B-PER")]),
    (speaker_after_verb, "وبيّن كعيب أنه لم يتلق ردا", {}, [("كعيب", "B-PER")]),
    (speaker_after_verb, "قال الجيش إن 12 جنديا قتلوا في حلب", {"حلب": "B-LOC"}, [("حلب", "B-LOC")]),
    (speaker_after_verb, "واكد علي ان الاجتماع تأجل", {}, []),
    (speaker_after_verb, "وصل مجدوب أمس إلى تونس", {"تونس": "B-LOC"}, [("تونس", "B-LOC")]),
    (arab_clubs, "فاز السد القطري على الدحيل بهدفين", {}, [("السد", "B-ORG")]),
    (arab_clubs, "قتل 5 مدنيين في قصف على حلب", {"حلب": "B-LOC"}, [("حلب", "B-LOC")]),
    (place_before_province, "وقع الحادث في منطقة الشابة من ولاية المهدية", {}, [("الشابة", "B-LOC")]),
    (place_before_province, "وقع الحادث في ولاية المهدية", {}, []),
]


@pytest.mark.parametrize(("rule", "sentence", "given", "expected"), _CASES)
def test_gated_rule_as_alone(rule: Rule, sentence: str, given: dict[str, str],
                             expected: list[tuple[str, str]]) -> None:
    toks = tokenize(sentence)
    tags = [given.get(t.text, "O") for t in toks]
    alone, gated = _tags(list(toks), rule, tags)
    assert gated == alone
    assert [(t.text, tag) for t, tag in zip(toks, gated, strict=True) if tag != "O"] == expected


def test_gate_shut_without_the_words() -> None:
    """A sentence with none of the words: no bit of the four gates, so run_rules does not call them."""
    toks = tokenize("قتل 5 مدنيين في قصف على حلب")
    bits = sentence_bits(toks)
    for rule in _GATED:
        g = gate_of(rule)
        assert g is not None and not bits & g.bits, rule.__name__
