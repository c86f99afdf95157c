"""Session 42 (ent42): persons after nouns of people, dialect words, short foreign given names, two-word countries
and word-towns before a verb of hosting.

- A noun of people, in the dual and plural too (``rules.yaml``'s ``people_nouns``: "الطفلين", "الشابين", "الكهل"),
  is no part of the PER after it; a known given name alone after one is a person ("الطفلة مريم", "وللطفلة مريم"),
  and so is a known given name after a detached و, with brackets or quotes or none ("و ياسمين", "و(ياسمين)").
- A PER that starts with a Tunisian dialect word (``person_words.yaml``'s ``dialect_words``: "ماشي", "برشا") is no
  person; inside a name the word stays ("علي باش حامبة").
- A short foreign given name that folds to an Arabic word ("آن", Anne) before the tagger's family name is the first
  name ("آن هيدالغو"); "آن الأوان" stays words.
- Two-word countries have their code (``lexicon.yaml``'s ``country_aliases``: "تيمور الشرقية" TL, "أفريقيا
  الوسطى" CF, "الكوت ديفوار" CI, "الكونغو" the DR Congo and not Koungou in Mayotte).
- A town of ``word_towns.yaml`` before a verb of hosting is a place ("المروج تحتضن"); not "الشابة تشهد", nor a team
  hosting a club ("الحمامات تستضيف الاتحاد المنستيري").
Sentences from ANT v1.1 (article index) and their family; each span checked at its offsets."""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from test_entities41b import spans  # the same reading: (text, label, start, country), offsets checked


def persons(sentence: str) -> list[tuple[str, int]]:
    return [(t, s) for t, label, s, _ in spans(sentence) if label == "PER"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 4560
    ('وذكر اللموشي ان "الطفلين أيّوب (يبلغ من العمر 5 سنوات) و ياسمين، كانا في حالة نفسية صعبة',
     [('اللموشي', 5), ('أيّوب', 25), ('ياسمين', 57)]),
    ('وذكر أن الطفلين أيّوب و(ياسمين) كانا في حالة صعبة.', [('أيّوب', 16), ('ياسمين', 24)]),
    ('وذكر أن الشابين أيّوب و"ياسمين" كانا في حالة صعبة.', [('أيّوب', 16), ('ياسمين', 24)]),
    ('وقدم الدعم للطفل أيوب وللطفلة مريم.', [('أيوب', 17), ('مريم', 30)]),
    ('وذكر ان الطفلة ياسمين كانت في حالة صعبة.', [('ياسمين', 15)]),
    # ANT 10017, 2834: a given and a family name after a detached و
    ('و تضم القائمة كل من فوزي البنزرتي و عمار السويح و نبيل معلول و سامي الطرابلسي .',
     [('فوزي البنزرتي', 20), ('عمار السويح', 36), ('نبيل معلول', 50), ('سامي الطرابلسي', 63)]),
    ('وللإشارة فقد لجأ كل من منير بن صالحة و فتحي المولدي إلى طلب تراخيص',
     [('منير بن صالحة', 23), ('فتحي المولدي', 39)]),
])
def test_people_nouns_out_and_names_after(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert persons(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 3945: "وخيرنا ماشي لغيرنا" (our good is not for others) had the PER "ماشي لغيرنا"
    ('سليم خلبوس : الجامعات التونسية تزخر بالبحوث القيّمة.. وخيرنا ماشي لغيرنا', [('سليم خلبوس', 0)]),
])
def test_dialect_word_starts_no_person(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert persons(sentence) == expected


def test_dialect_rule_alone() -> None:
    """The rule on tags: a PER that starts with a dialect word goes; a known given name after it stays."""
    from arabnews.extract.entities.gazetteer import default_gazetteer
    from arabnews.extract.entities.persons import dialect_not_person
    doc = Pipeline(["numbers"])("وخيرنا ماشي لغيرنا و توا محمد قال")
    toks = list(doc.tokens)
    assert [t.text for t in toks] == ["وخيرنا", "ماشي", "لغيرنا", "و", "توا", "محمد", "قال"]
    tags = ["O", "B-PER", "I-PER", "O", "B-PER", "I-PER", "O"]
    dialect_not_person(toks, tags, default_gazetteer())
    assert tags == ["O", "O", "O", "O", "O", "B-PER", "O"]


def test_dialect_word_inside_name_stays() -> None:
    """ANT 2558: a dialect word inside a name is a family name ("علي باش حامبة")."""
    from arabnews.extract.entities.gazetteer import default_gazetteer
    from arabnews.extract.entities.persons import dialect_not_person
    doc = Pipeline(["numbers"])("زعيم الحركة علي باش حامبة")
    toks = list(doc.tokens)
    tags = ["O", "O", "B-PER", "I-PER", "I-PER"]
    dialect_not_person(toks, tags, default_gazetteer())
    assert tags == ["O", "O", "B-PER", "I-PER", "I-PER"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ('وقالت آن هيدالغو عمدة باريس إن المدينة جاهزة.', [('آن هيدالغو', 6)]),
    ('وقالت عمدة باريس آن هيدالغو إن', [('آن هيدالغو', 17)]),
    ('آن الأوان للعمل من أجل تونس', []),
])
def test_short_foreign_given_names(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert persons(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ('وتبين أيضا أن رجال تيمور الشرقية كانوا الأقصر على مستوى العالم',
     [('تيمور الشرقية', 'LOC', 19, 'TL')]),
    ('اتفاقية اقتصادية بين تونس والكوت ديفوار', [('تونس', 'LOC', 21, 'TN'), ('الكوت ديفوار', 'LOC', 27, 'CI')]),
    ('وسافر الوزير إلى أفريقيا الوسطى', [('أفريقيا الوسطى', 'LOC', 17, 'CF')]),
    ('وصل الرئيس إلى الكونغو برازافيل', [('الكونغو برازافيل', 'LOC', 15, 'CG')]),
    ('وصل الرئيس إلى الكونغو', [('الكونغو', 'LOC', 15, 'CD')]),
    # ANT 9261 (CAN 2017, group C: the DR Congo), 1753
    ('كان 2017 :المنتخب المغربي ينهزم ضد جمهورية الكونغو', [('الكونغو', 'LOC', 43, 'CD')]),
    ('الكونغو الديمقراطية : العثور على جثتي خبيرين أمميين', [('الكونغو الديمقراطية', 'LOC', 0, 'CD')]),
    ('وزار الوزير غينيا الاستوائية', [('غينيا الاستوائية', 'LOC', 12, 'GQ')]),
])
def test_two_word_countries_have_codes(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert [s for s in spans(sentence) if s[1] == "LOC"] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ('المروج تحتضن الدورة الخامسة للمهرجان الدولي لفن المهرّج', [('المروج', 'LOC', 0, 'TN')]),
    ('الحمامات تحتضن المؤتمر العالمي للأبراخيليا', [('الحمامات', 'LOC', 0, 'TN')]),
    # a team that hosts another: no place
    ('الرابطة الثانية: الحمامات تستضيف الاتحاد المنستيري', []),
    ('الشابة تشهد على الحادثة أمام القاضي', []),
])
def test_word_town_before_hosting_verb(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert [s for s in spans(sentence) if s[1] == "LOC"] == expected
