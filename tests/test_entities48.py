"""Session 48 (ent48): a club and its town, a town as a family name, a hospital run into its director's name, venues
named the foreign way left untagged.

- ``clubs.arab_clubs`` (``_club_and_town``): a club of ``arab_club_names`` the tagger read as an ORG alone, right before
  a town of the gazetteer without the article, is the town's club, one ORG ("نادي الاهلي شندي", ANT 9185); not over a
  preposition ("الأهلي في القاهرة") nor a country's nisba, which stays out as for any club ("الأهلي المصري").
- ``clubs.club_of_town``: an ambiguous head ("أهلي", my family) the tagger read as an ORG alone before a town needs no
  word of sport ("أهلي شندي يقيل لسعد معمر", a headline: the ORG was "أهلي").
- ``persons.town_as_family_name``: an untagged given name + the tagger's one-word LOC of a town is a person ("مروان
  جدة", ANT 6723; "عفيف شبيل", 6465; "إياد الدهماني", 2574); not a country ("ملكات جمال فرنسا", "سلطان عمان").
- ``institutions.institution_named_after_person``: the tagger's PER of four or five words after a hospital's head that
  an office governs is the eponym (ORG with the head) and the director ("مستشفى شارل نيكول هشام عوينة", ANT 6604;
  "مدير مستشفى فرحات حشّاد لطفي بوبكر", 6718, 6807).
- ``boundaries.venue_name_ends``: the words of a venue's name the tagger left out before it ('"تورك تيليكوم أرينا"',
  ANT 423) and an untagged name after a hall's head ("بقاعة بورش أرينا", ANT 9216).
Sentences from ANT v1.1 (article index in the comment) and their family; each span checked at its offsets."""

from __future__ import annotations

import pytest

from test_entities41b import spans  # (text, label, start, country), offsets checked


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 9185 (sport): the headline, and the body's club after "نادي" and after a verbal noun
    ('أهلي شندي يقيل لسعد معمر', [('أهلي شندي', 'ORG', 0, None)]),
    ('و كلف نادي الاهلي شندي المدرب حمد كمال لقيادة الاهلي شندي في الفترة المقبلة',
     [('الاهلي شندي', 'ORG', 11, None), ('حمد كمال', 'PER', 30, None), ('الاهلي شندي', 'ORG', 46, None)]),
    # the family: another town, with the article on the club
    ('فاز الأهلي بنغازي على النصر في الجولة الأولى', [('الأهلي بنغازي', 'ORG', 4, None)]),
    # ANT 9754 (sport): a headline, the head without the article
    ('أهلي طرابلس يتعاقد مع مدرب جديد', [('أهلي طرابلس', 'ORG', 0, None)]),
    # the limits: a preposition between them; a country's nisba stays out (ANT 9131, 9715), the next club apart
    ('لعب الأهلي في القاهرة أمس مباراة ودية', [('الأهلي', 'ORG', 4, None), ('القاهرة', 'LOC', 14, 'EG')]),
    ('وفاز الأهلي المصري والزمالك في الدوري', [('الأهلي', 'ORG', 5, None), ('الزمالك', 'ORG', 20, None)]),
    ('تعاقد الاهلي المصري بصفة رسمية مع اللاعب', [('الاهلي', 'ORG', 6, None)]),
])
def test_club_and_town(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 6723 (held-out): Jeddah as a family name
    ('وأكد رئيس مرصد الحقوق والحريات مروان جدة لبوليتيكا وجود هذا الاتفاق',
     [('مرصد الحقوق', 'ORG', 10, None), ('مروان جدة', 'PER', 31, None), ('بوليتيكا', 'MISC', 42, None)]),
    # ANT 6465 (held-out)
    ('رفض قاتل الطالب عفيف شبيل الحكم الصادر في حقه', [('عفيف شبيل', 'PER', 16, None)]),
    # ANT 2574 (dev): a town with the article
    ('وقال الناطق باسم الحكومة، إياد الدهماني، إن الحكومة تعيش مع',
     [('الحكومة', 'ORG', 17, None), ('إياد الدهماني', 'PER', 26, None)]),
    # the limits: a country after a title or a noun (ANT 1714, 6316); a given name and the town after a preposition
    ('ممثلا عن سلطان عمان قابوس بن سعيد', [('عمان', 'LOC', 15, 'OM'), ('قابوس بن سعيد', 'PER', 20, None)]),
    ('وصول ملكات جمال فرنسا إلى مطار جربة',
     [('فرنسا', 'LOC', 16, 'FR'), ('جربة', 'LOC', 31, 'TN')]),
    ('سافر مروان إلى جدة لأداء العمرة', [('جدة', 'LOC', 15, 'SA')]),
])
def test_town_as_family_name(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 6604 (held-out): the office five words before the head, ب on it
    ('وأوضح رئيس قسم الأمراض الصدرية والحساسية بمستشفى شارل نيكول هشام عوينة أن التدخين',
     [('مستشفى شارل نيكول', 'ORG', 42, None), ('هشام عوينة', 'PER', 60, None)]),
    # ANT 6718, 6807 (held-out)
    ('أكد مدير مستشفى فرحات حشّاد لطفي بوبكر في اتصال هاتفي',
     [('مستشفى فرحات حشّاد', 'ORG', 9, None), ('لطفي بوبكر', 'PER', 28, None)]),
    # the limit: no office before the head, a patronym's chain: the tagger's person stays
    ('نقل إلى مستشفى محمد بن علي الطاهر أمس', [('محمد بن علي الطاهر', 'PER', 15, None)]),
])
def test_hospital_and_director(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 9216 (sport): untagged after a hall's head with ب
    ('التي جمعتهما اليوم الاربعاء بقاعة بورش أرينا بمدينة شتوتغارت',
     [('بورش أرينا', 'ORG', 34, None), ('شتوتغارت', 'LOC', 52, 'DE')]),
    # ANT 423 (dev): the first word the tagger left out, in quotes
    ('بدلا من "تورك تيليكوم أرينا"، بحسب يومية حريت',
     [('تورك تيليكوم أرينا', 'MISC', 9, None), ('حريت', 'MISC', 41, None)]),
    # ANT 9403 (sport): a stadium stays MISC; the word alone is no name (ANT 423)
    ('بملعب أليانز أرينا.', [('أليانز أرينا', 'MISC', 6, None)]),
    ('ضد اعتماد كلمة أرينا وأعطى تعليماته', []),
])
def test_venue_names(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected
