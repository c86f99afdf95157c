"""Session 43 (ent43): a city's other spelling after a glued preposition, countries of several words, the adjective
"مالي" (financial) after a noun, and a person's name the tagger cut in two.

- "بمونريال" (Montreal without its ت) and "لوفاين" (Leuven) are in the gazetteer (``lexicon.yaml``'s ``city_aliases``,
  ``city_names_by_id``): the glued ب or ل is out of the LOC, as for any known city ("بمونتريال", "لباريس"); a one-word
  PER that is ب or ل + a prominent city abroad is that city (``persons.preposition_not_name``: "لمونريال",
  "لبيونغيانغ"), not a name part ("باراك").
- A country of several words whose first word the tagger left out is one LOC (``places.whole_country``: "سري لانكا",
  after "منتخب" too), and a LOC run on past one is cut there ("كوستا ريكا الهند"); "جنوب أفريقيا" stays the tagger's.
- "مالي" right after a noun it qualifies (``adjective_places.yaml``: "فساد مالي", "مبلغ مالي") is no LOC; "رئيس مالي",
  "شمال مالي", "في مالي" stay Mali.
- Two PERs with nothing between are one (``persons.adjacent_person_parts``): a one-word surname after a name
  ("نيكولاس لورين سميث", "محمد بن راشد آل مكتوم"), or a name after a lone given name ("جولي آن جيمس", "ومحمد الفاضل
  خليل"); a public figure named whole and another name ("أوباما جون كيري") and two names of two words each stay two.
Sentences from ANT v1.1 (article index) and their family; each span checked at its offsets."""

from __future__ import annotations

import pytest

from test_entities41b import spans  # (text, label, start, country), offsets checked


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 22271 (line): the consul in Montreal, a PER "بمونريال" before
    ('وأضافت الوزارة أن قنصل تونس بمونريال التي تحولت بتعليمات من الوزارة',
     [('تونس', 'LOC', 23, 'TN'), ('مونريال', 'LOC', 29, 'CA')]),
    # the tagger's PER "لمونريال": ل + a city abroad (persons.preposition_not_name); not "باراك" (ب + Arak)
    ('وصل الوفد لمونريال أمس', [('مونريال', 'LOC', 11, 'CA')]),
    ('والتقى باراك في واشنطن', [('باراك', 'PER', 7, None), ('واشنطن', 'LOC', 16, 'US')]),
    # ANT dev 1862
    ('وسبق لبيونغيانغ أن أجرت 5 تجارب نووية', [('بيونغيانغ', 'LOC', 6, 'KP')]),
    ('وصل الى لوفاين أمس', [('لوفاين', 'LOC', 8, 'BE')]),
])
def test_city_spellings(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ('وقال في سري لانكا إن', [('سري لانكا', 'LOC', 8, 'LK')]),
    ('فاز منتخب سري لانكا على الهند', [('سري لانكا', 'LOC', 10, 'LK'), ('الهند', 'LOC', 24, 'IN')]),
    ('زار رئيس سري لانكا الهند', [('سري لانكا', 'LOC', 9, 'LK'), ('الهند', 'LOC', 19, 'IN')]),
    ('زار رئيس كوستا ريكا الهند', [('كوستا ريكا', 'LOC', 9, 'CR'), ('الهند', 'LOC', 20, 'IN')]),
    ('ولبوركينا فاسو', [('بوركينا فاسو', 'LOC', 2, 'BF')]),
    # the continent stays the tagger's (ANERcorp tags "أفريقيا" of "جنوب أفريقيا" as often as the whole)
    ('زار جنوب أفريقيا', [('أفريقيا', 'LOC', 9, None)]),
    ('ملف سري للغاية', []),
])
def test_countries_of_several_words(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 2340, 2337, 419, 8045 (headlines)
    ('القطب القضائي المالي يحسم في 391 قضية فساد مالي', [('القطب القضائي المالي', 'ORG', 0, None)]),
    ('إحالة سليم شيبوب على القطب القضائي في قضايا فساد مالي', [('سليم شيبوب', 'PER', 6, None)]),
    ('مدينة إيطالية تبحث عن سكّان مقابل مبلغ مالي', []),
    ('منوبة : ينتحلان صفة عوني أمن ويستوليان  على مبلغ مالي', [('منوبة', 'LOC', 0, 'TN')]),
])
def test_financial_not_mali(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # ANT dev 1377, held 7227: the country
    'هجوم انتحاري يستهدف قاعدة عسكرية في مالي',
    'وتتواصل العمليات العسكرية في شمال مالي',
])
def test_mali_stays(sentence: str) -> None:
    assert ('مالي', 'LOC') in [(t, label) for t, label, _, _ in spans(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 5018: the judge, two PERs before
    ('قال القاضي نيكولاس لورين سميث في خلاصاته', [('نيكولاس لورين سميث', 'PER', 11, None)]),
    # ANT dev 525
    ('وقالت جولي آن جيمس، مؤسسة ومالكة مؤسسة', [('جولي آن جيمس', 'PER', 6, None)]),
    # ANT dev 294
    ('وقال الشيخ محمد بن راشد آل مكتوم نائب رئيس الإمارات',
     [('محمد بن راشد آل مكتوم', 'PER', 11, None), ('الإمارات', 'LOC', 43, 'AE')]),
    # ANT held 7439
    ('ومحمد الفاضل خليل هو أصيل ولاية قفصة', [('محمد الفاضل خليل', 'PER', 1, None), ('قفصة', 'LOC', 32, 'TN')]),
    # two persons stay two: a public figure named whole, two names of two words or more (ANT dev 1734, 2736)
    ('إعلان وزير خارجية أوباما جون كيري أن على الأسد الرحيل',
     [('أوباما', 'PER', 18, None), ('جون كيري', 'PER', 25, None)]),
    ('توفي زوج الفنانة نوال غشام محمد زياد الورغي، صباح أمس',
     [('نوال غشام', 'PER', 17, None), ('محمد زياد الورغي', 'PER', 27, None)]),
])
def test_person_cut_in_two(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected
