"""Session 44 (ent44): venues' quoted names, office nouns after a name, prominent cities abroad read as persons, a
stadium's town, and foreign clubs named by their town with a proclitic or a nationality.

- A quoted name after a venue's head (``rules.yaml``'s ``venue_name_heads``: فندق، نزل، مطعم، مسرح، قاعة …) is the
  venue's ORG, the head outside, even when it holds a person's or a town's name (``media.quoted_org_names``); not
  after "مركب" (a boat), and a school named after a person keeps its own rule.
- A noun of an office (``office_nouns``: منصب، حقيبة، مهام …) ends the person's name the tagger ran into it
  (``persons.noun_after_family_name``).
- A prominent city abroad the tagger read as a person is the LOC: after the verb that ended the person is cut
  ("بأبيدجان" + "تساند", ``persons.person_stops_at_verb``), after a preposition of place ("إلى أبيدجان",
  ``persons.preposition_not_name``); "باراك" stays a person.  A stadium's town written with ب after its name is
  the town's LOC (``boundaries.stadium_names``).
- A foreign club named by its town (``ner/foreign_clubs.yaml``) with ل or و is the club in a sentence about sport
  ("التسجيل لنابولي"), before a country's nisba the gazetteer knows ("نابولي الإيطالي"), coordinated with a club
  across its nationality ("ريال مدريد الإسباني ونابولي الإيطالي"); the town elsewhere ("سافر الرئيس لنابولي",
  "مدينة نابولي الإيطالية").
Sentences from ANT v1.1 (article index) and their family; each span checked at its offsets."""

from __future__ import annotations

import pytest

from test_entities41b import spans  # (text, label, start, country), offsets checked


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 2104: a hotel named after its city
    ('ونظم العرس، الذي يعتبر أكبر حفل في المدينة منذ 6 سنوات، في فندق "شهباء حلب" برعاية وزارة السياحة السورية.',
     [('شهباء حلب', 'ORG', 65, None), ('وزارة السياحة السورية', 'ORG', 83, None)]),
    # ANT 5018: the hotel Kantaoui Bay, a PER before
    ('أن سفير إيطاليا سيكون متواجدا في نزل "قنطاوي باي" وسيتسلم عريضة ممضاة من المحامين والقضاة.',
     [('إيطاليا', 'LOC', 8, 'IT'), ('قنطاوي باي', 'ORG', 38, None)]),
    # the family: with ب, a person's name, a theatre, a hall, a restaurant (ANT 1238)
    ('وأقيم الحفل بنزل "محمد الخامس" بالعاصمة.', [('محمد الخامس', 'ORG', 18, None)]),
    ('وعرضت المسرحية على مسرح "محمد إدريس" مساء السبت.', [('محمد إدريس', 'ORG', 25, None)]),
    ('ونظمت الندوة بقاعة "ابن خلدون" بالعاصمة.', [('ابن خلدون', 'ORG', 20, None)]),
    ('تجمع المئات من سكان المدينة أمام مطعم "برينس كباب" وحمل بعضهم حجارة.', [('برينس كباب', 'ORG', 39, None)]),
    # ANT held 6703: a boat's name is no venue's
    ('انطلاق عملية البحث عن مركب "البركة"', []),
])
def test_venue_names(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 9525
    ('ولكن تواجد روبرتو مارتينيز كان سببا في تولي هنري منصب مدرب مساعد ثاني في المنتخب',
     [('روبرتو مارتينيز', 'PER', 11, None), ('هنري', 'PER', 44, None)]),
    ('وتقلدت هيفاء العامري حقيبة الثقافة', [('هيفاء العامري', 'PER', 7, None)]),
    ('ويتولى سامي الطرابلسي مهام تدريب المنتخب', [('سامي الطرابلسي', 'PER', 7, None)]),
])
def test_office_nouns(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 9965 (headline and body)
    ('الجالية التونسية بأبيدجان تساند النجم الساحلي',
     [('أبيدجان', 'LOC', 18, 'CI'), ('النجم الساحلي', 'ORG', 32, None)]),
    ('وأن قدوم فريق تونسي إلى أبيدجان هو حدث كبير ينتظره العديدون منهم .', [('أبيدجان', 'LOC', 24, 'CI')]),
    ('والتقى باراك في واشنطن', [('باراك', 'PER', 7, None), ('واشنطن', 'LOC', 16, 'US')]),
    # ANT 9950, 9788: the stadium, then its town
    ('المبرمجة اليوم بملعب روبار شامبرو بأبيدجان بقدوم فريق المغرب الفاسي إلى الملعب',
     [('روبار شامبرو', 'MISC', 21, None), ('أبيدجان', 'LOC', 35, 'CI'), ('المغرب الفاسي', 'ORG', 54, None)]),
    ('في المقابلة التي جمعتهما اليوم في ملعب عبد العزيز الشتيوي بالمرسى لحساب الجولة الثانية',
     [('عبد العزيز الشتيوي', 'MISC', 39, None), ('المرسى', 'LOC', 59, 'TN')]),
])
def test_cities_read_as_persons(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 9403
    ('وتمكّن انسيني من التسجيل لنابولي بهدف مفاجئ قبل أن يتمكن الفرنسي كريم بنزيمة من التعديل',
     [('نابولي', 'ORG', 26, None), ('كريم بنزيمة', 'PER', 65, None)]),
    ('وسافر الرئيس لنابولي لحضور مؤتمر حول الهجرة', [('نابولي', 'LOC', 14, 'IT')]),
    ('وتعادل يوفنتوس ونابولي بهدف لمثله في قمة الدوري الإيطالي',
     [('يوفنتوس', 'ORG', 7, None), ('نابولي', 'ORG', 16, None)]),
    ('وسجل الدولي الجزائري هدفا لليستر في الدوري الإنجليزي', [('ليستر', 'ORG', 27, None)]),
    # ANT 9072's family: a club coordinated with a club across its nationality
    ('المرتقب بين ريال مدريد الإسباني ونابولي الإيطالي في دوري الأبطال',
     [('ريال مدريد', 'ORG', 12, None), ('نابولي', 'ORG', 33, None)]),
    ('وفاز نابولي الإيطالي على ضيفه في الدوري', [('نابولي', 'ORG', 5, None)]),
    ('وزار الرئيس مدينة نابولي الإيطالية', [('نابولي', 'LOC', 18, 'IT')]),
])
def test_foreign_clubs(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected
