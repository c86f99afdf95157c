"""Session 42 (pf42a, issue #18; speed, output unchanged).

- The culture rules of session 41 (``culture.py``) are gated on word bits of ``culture.yaml``'s lists
  (:data:`.rulewords.CULTURE_BODY_FIRST`, ``CREDIT_FORM``, ``TITLE_MARK``, ``DUAL_ORG_FORM``, ``STAGE_PERSON_FORM``,
  ``ART_FORM``): cultural_bodies and credit_persons ran on every sentence, the quoted ones on every sentence with a
  quote, art_not_person on every one with a person.  A word's bits are read after its proclitics and article, so a
  form with one ("بدار", "وإخراج", "لفيلم", "بفنون") opens the gate.
- :func:`.backoff.run_rules` visits the steps without a mask and those the sentence's key opens, found from the key's
  bits (:attr:`.backoff._Plan.by_bit`), in the rules' order, not each step to test its mask: the rules it calls and
  the tags they leave are those of the gates asked one by one.
"""

from __future__ import annotations

import pytest

from arabnews import tokenize
from arabnews.extract.entities import backoff, corrections, culture
from arabnews.extract.entities.bio import Tag
from arabnews.extract.entities.crf import default_tagger
from arabnews.extract.entities.gates import gate, gate_of
from arabnews.extract.entities.gazetteer import Gazetteer, default_gazetteer
from arabnews.extract.entities.rulewords import (
    ART_FORM,
    CAMP_HEAD,
    CREDIT_FORM,
    CULTURE_BODY_FIRST,
    DUAL_ORG_FORM,
    STAGE_PERSON_FORM,
    TITLE,
    TITLE_MARK,
    _form_bits,
    word_flags,
)
from gate_cases import gate_shuts

GATES = [(culture.cultural_bodies, CULTURE_BODY_FIRST), (culture.credit_persons, CREDIT_FORM),
         (culture.quoted_titles, TITLE_MARK), (culture.dual_quoted_orgs, DUAL_ORG_FORM),
         (culture.quoted_stage_person, STAGE_PERSON_FORM), (culture.art_not_person, ART_FORM)]


@pytest.mark.parametrize(("rule", "bit"), GATES, ids=lambda x: getattr(x, "__name__", ""))
def test_each_culture_rule_has_its_bit(rule, bit) -> None:
    g = gate_of(rule)
    assert g is not None and g.bits == bit and not g.texts
    assert g.tags == (frozenset({"B-PER"}) if rule is culture.art_not_person else frozenset())


def test_the_bits_lists_are_the_rules_own() -> None:
    """Each bit is on exactly the forms of the set its rule reads (a body's by its first word)."""
    cw = culture.culture_words()
    bits = _form_bits()
    for words, bit in ((frozenset(cw.bodies), CULTURE_BODY_FIRST), (cw.credit_forms, CREDIT_FORM),
                       (cw.title_marks, TITLE_MARK), (cw.dual_forms, DUAL_ORG_FORM),
                       (cw.stage_forms, STAGE_PERSON_FORM), (cw.art_forms, ART_FORM)):
        assert words and words == {form for form, b in bits.items() if b & bit}
    assert len({CULTURE_BODY_FIRST, CREDIT_FORM, TITLE_MARK, DUAL_ORG_FORM, STAGE_PERSON_FORM, ART_FORM}) == 6


@pytest.mark.parametrize(("word", "bit"), [
    ("بدار", CULTURE_BODY_FIRST), ("وبالمركب", CULTURE_BODY_FIRST), ("المسرح", CULTURE_BODY_FIRST),
    ("بإشراف", CREDIT_FORM), ("وإخراج", CREDIT_FORM), ("تأليف", CREDIT_FORM),
    ("بعنوان", TITLE_MARK), ("عنوان", TITLE_MARK), ("لفيلم", TITLE_MARK), ("الفيلم", TITLE_MARK),
    ("جمعيتا", DUAL_ORG_FORM), ("منظمتا", DUAL_ORG_FORM),
    ("المسرحية", STAGE_PERSON_FORM), ("الممثل", STAGE_PERSON_FORM),
    ("بفن", ART_FORM), ("وفنون", ART_FORM),
])
def test_the_forms_with_clitics_carry_the_bit(word: str, bit: int) -> None:
    assert word_flags(word) & bit


def test_a_quote_alone_no_longer_opens_the_quoted_rules() -> None:
    """A quoted statement names no work, dual body or artist: the three quoted rules stay shut (they were called on
    every quote), and a sentence without a credit, a body or an art shuts the others; a work's title opens its own."""
    toks = tokenize('وقال الوزير "نحن مع الحوار" أمس في تونس.')
    tags = ["O"] * len(toks)
    tags[1] = "B-PER"
    for rule, _ in GATES:
        assert gate_shuts(rule, toks, tags), rule.__name__
    toks = tokenize('وفاز فيلم "جسد غريب" لرجاء العماري.')
    assert not gate_shuts(culture.quoted_titles, toks, ["O"] * len(toks))
    assert gate_shuts(culture.credit_persons, toks, ["O"] * len(toks))


# sentences of test_entities41 (ANT v1.1's culture news): each culture rule has work in one of them
SENTENCES = [
    "تحتضن دار الثقافة بالمروج الدورة الخامسة للمهرجان الدولي لفن المهرج من 8 إلى 12 أفريل الحالي، بمشاركة "
    "أعمال فنية من فرنسا وليبيا.",
    'يليه عرض مسرحي، بدار الثقافة المروج، بعنوان "مغامرات المهرجة الصغيرة" إنتاج شركة "تكابس" للإنتاج بتونس .',
    'وتقدّم جمعية "بازادوس" بفريانة عملها المسرحي "كلون شو" يليه عرض "مؤتمر الصراخ" تقدمه المسرحية '
    'الفرنسية "آنّا تريبال".',
    "ويهتم المهرجان بفن الخط وفنون الركح وفن العرائس.",
    "وقدمت فرقة المسرح الوطني التونسي عرضها بدار الثقافة المروج أمس.",
    'الذي تنظمه جمعيتا "فرحة للفنون الركحية" و"أهل الفن"، تأسس سنة 2013.',
    "وهي مسرحية من تأليف منى سلطاني وإخراج حمزة محجوب وبطولة هند صبري.",
    "وأشرف على الورشة بإشراف الأستاذ المسرحي صحبي عمر وبإشراف سامية البيولي.",
    "وذلك باشراف رئيس الحكومة يوسف الشاهد وتقديم اية تفاصيل و أداء على مستوى الصلابة",
    'وقال الوزير "نحن مع الحوار" أمس في تونس.',
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_gated_rules_leave_the_tags_of_every_rule_called(sentence: str) -> None:
    """The corrections as the stage runs them (gates, ``on_names``, the key's steps) leave the tags of each rule
    called in turn on the CRF's tags after the back-off."""
    gaz = default_gazetteer()
    toks = tokenize(sentence)
    tags = default_tagger().tag_many([[t.norm for t in toks]])[0].tags
    backed = backoff.gazetteer_backoff(toks, tags, gaz)
    every = list(backed)
    for rule in corrections.RULES:
        rule(toks, every, gaz)
    assert corrections.correct(toks, backed, gaz) == every


calls: list[str] = []


@gate(bits=TITLE)
def title(toks, tags: list[Tag], gaz: Gazetteer) -> None:
    calls.append("title")


@gate(bits=CAMP_HEAD)
def camp(toks, tags: list[Tag], gaz: Gazetteer) -> None:
    calls.append("camp")


@gate(bits=TITLE | CAMP_HEAD)
def title_or_camp(toks, tags: list[Tag], gaz: Gazetteer) -> None:
    calls.append("title_or_camp")


def ungated(toks, tags: list[Tag], gaz: Gazetteer) -> None:
    calls.append("ungated")


@gate(texts=("«",))
def quote(toks, tags: list[Tag], gaz: Gazetteer) -> None:
    calls.append("quote")


STEPS = (camp, ungated, title_or_camp, quote, title, ungated, camp)


@pytest.mark.parametrize(("text", "expected"), [
    ("قال الرئيس في مخيم الهول", ["camp", "ungated", "title_or_camp", "title", "ungated", "camp"]),
    ("قال الرئيس « نعم »", ["ungated", "title_or_camp", "quote", "title", "ungated"]),
    ("وصل ومخيم الهول", ["camp", "ungated", "title_or_camp", "ungated", "camp"]),
    ("وصل أمس", ["ungated", "ungated"]),
])
def test_the_steps_of_the_key_in_the_rules_order(text: str, expected: list[str]) -> None:
    """The steps each bit of the key opens, with those of no mask, in order; a step two bits open runs once."""
    toks = tokenize(text)
    calls.clear()
    backoff.run_rules(STEPS, toks, ["O"] * len(toks), default_gazetteer())
    assert calls == expected
    plan = backoff._plan(STEPS)
    assert plan.always == (1, 5)
    assert sorted(k for ks in plan.by_bit.values() for k in ks) == [0, 2, 2, 3, 4, 6]


def add_person(toks, tags: list[Tag], gaz: Gazetteer) -> None:
    calls.append("add_person")
    tags[1] = "B-PER"


@gate(tags=("B-PER",))
def on_person(toks, tags: list[Tag], gaz: Gazetteer) -> None:
    calls.append("on_person")


@gate(tags=("B-LOC",))
def on_place(toks, tags: list[Tag], gaz: Gazetteer) -> None:
    calls.append("on_place")


NAMED = (on_person, on_place, title, add_person, on_person, on_place, camp, on_person)


@pytest.mark.parametrize(("text", "tags", "expected"), [
    # names nothing: the steps without tags, until one leaves a name; then each step after it as its gates say
    ("قال الرئيس في مخيم الهول", None, ["title", "add_person", "on_person", "camp", "on_person"]),
    ("وصل أمس", None, ["add_person", "on_person", "on_person"]),
    # a place from the start: its rules too
    ("وصل أمس إلى حلب", ["O", "O", "O", "B-LOC"],
     ["on_place", "add_person", "on_person", "on_place", "on_person"]),
])
def test_a_sentence_that_names_nothing_runs_the_steps_of_names_once_it_names(text, tags, expected) -> None:
    toks = tokenize(text)
    calls.clear()
    out = backoff.run_rules(NAMED, toks, tags or ["O"] * len(toks), default_gazetteer())
    assert calls == expected
    assert out[1] == "B-PER"
