"""Session 46 (ent46): speakers after من جهته and before their office, eponymous hospitals, a fixture's clubs, clubs
named "… سبورتس", ordinary words that read as a proclitic and a place.

- ``persons.speaker_after_verb``: the verb of saying opens its clause after "من جهته", "جانبها", "بدوره"
  (``speaker_clause_openers``), and the speaker's office in construct (``speaker_offices``: "ممثل عن", "أرملة",
  "مستشارة") follows his name as "أن" does: "من جهته أكد وائل المجدوب ممثل عن أطباء الأسنان" (ANT 5165) was no
  entity. Given names that are words too ("آمنة", "مباركة", "رياض", "ريم") are ``given_names.yaml``'s ordinary ones.
- ``places.eponym_name_end``: a family name with the article after a particle ends an eponym ("بمستشفى ابن
  الجزار بالقيروان", ANT 5165, was no entity).
- ``clubs.club_after_club_dash``: "الإفريقي - بن قردان :" (ANT 9081) — a club nisba alone opening the line is the
  first club and a town after the dash its club; ``headline.headline_labels``: a headline's PER or LOC the body names
  only after a club head ("اتحاد بن قردان") is the club.
- ``clubs.club_word_in_person``: a PER or MISC holding "سبورتس", "سبورت", "أكاديمي", "ستارز" … is a club
  ("يانغ سبورتس الكامروني", 14 times a PER in ANT's sport part).
- ``homonyms.yaml`` ``clitic_words``: "وجوبا" (obligatorily) is no و + Juba (6 ANT dev documents), "للحج" no ل + Lahij,
  "بكسل" (pixel) no ب + Kassala.
Sentences from ANT v1.1 (article index in the comment) and their family; each span checked at its offsets."""

from __future__ import annotations

import pytest

from test_entities41b import spans  # (text, label, start, country), offsets checked


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 5165: after "من جهته", with his office in construct after his name
    ('من جهته أكد وائل المجدوب ممثل عن أطباء الأسنان والصيادلة الإستشفائيين الجامعيين بالقيروان أن حالة من الإحباط',
     [('وائل المجدوب', 'PER', 12, None), ('القيروان', 'LOC', 81, 'TN')]),
    # ANT 2343 (dev): the feminine, "جانبها", a given name that is a word too
    ('جانبها قالت نادية فنينة مستشارة الوزير إن الإجراءات ستتواصل', [('نادية فنينة', 'PER', 12, None)]),
    # ANT held-out 6134: an office in construct, after و
    ('وقالت آمنة القلالي ممثلة منظمة هيومن رايتس ووتش إن السلطات مطالبة بالتحقيق',
     [('آمنة القلالي', 'PER', 6, None), ('منظمة هيومن رايتس ووتش', 'ORG', 25, None)]),
    # ANT held-out 7232: "بدورها", kin in construct
    ('بدورها اعتبرت مباركة عواينية أرملة الشهيد أن الدولة تخلت عنها', [('مباركة عواينية', 'PER', 14, None)]),
    # ANT 2608 (dev): "من جهتها", "في" after the name
    ('من جهتها أكدت سهام حدادة في تصريح للجوهرة أن الوضع صعب', [('سهام حدادة', 'PER', 14, None)]),
    # ANT 9127: a comma after the opener
    ('جانبه، قال مفلح الهفتاء رئيس مجلس إدارة المدينة الإعلامية إن الشبكة ستنطلق',
     [('مفلح الهفتاء', 'PER', 11, None)]),
    # the limits: an office or a source after the verb is no name
    ('من جهته قال وزير التربية إن الامتحانات ستجرى في موعدها', []),
    ('من جهته أكد مصدر أمني أن الوضع تحت السيطرة', []),
])
def test_speaker_after_opener_and_before_office(sentence: str,
                                                expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 5165
    ('وأكد أن الصيانة شبه منعدمة بمستشفى ابن الجزار بالقيروان مشيرا إلى أن الكهرباء قطع',
     [('مستشفى ابن الجزار', 'ORG', 28, None), ('القيروان', 'LOC', 47, 'TN')]),
    # the family: another eponym after ابن, a kunya after أبو
    ('ونقل المصاب إلى مستشفى ابن سينا بالرباط لتلقي العلاج',
     [('مستشفى ابن سينا', 'ORG', 16, None), ('الرباط', 'LOC', 33, 'MA')]),
    ('وتم إيواء التلاميذ بالمدرسة الابتدائية أبو القاسم الشابي بتوزر',
     [('المدرسة الابتدائية أبو القاسم الشابي', 'ORG', 20, None), ('توزر', 'LOC', 58, 'TN')]),
    # an ordinary word with the article after the head is no eponym
    ('زار الوزير مستشفى الحي الجديد بالمدينة', []),
])
def test_eponym_with_article_after_particle(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ANT 9081: the headline's fixture, the body's "اتحاد بن قردان"
    ('الإفريقي - بن قردان : التشكيلة الأساسية للفريقين\nسيجمع النهائي بين النادي الافريقي و اتحاد بن قردان .',
     [('الإفريقي', 'ORG', 0, None), ('بن قردان', 'ORG', 11, None), ('النادي الافريقي', 'ORG', 67, None),
      ('اتحاد بن قردان', 'ORG', 85, None)]),
    # ANT 9134: a headline's town the body names only as the club ("نادي نيس"): the ORG, no GeoNames entry
    ('رسمي : بسام الصرارفي في نيس الفرنسي\nأمضى اللاعب بسام الصرارافي عقدا مع نادي نيس الفرنسي.',
     [('بسام الصرارفي', 'PER', 7, None), ('نيس', 'ORG', 24, None), ('بسام الصرارافي', 'PER', 48, None),
      ('نادي نيس', 'ORG', 71, None)]),
    # the limit: a headline's town the body tags as the town stays the LOC
    ('بن قردان : 27 حالة تسمم في صفوف التلاميذ\nسجل المستشفى الجهوي ببن قردان 27 حالة.',
     [('بن قردان', 'LOC', 0, 'TN'), ('بن قردان', 'LOC', 62, 'TN')]),
    # a person after the dash stays a person
    ('الإفريقي - محمد النوري : التشكيلة الأساسية', [('محمد النوري', 'PER', 11, None)]),
])
def test_fixture_clubs(text: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 9538 (the nisba as ANT misspells it is no known nisba and stays)
    ('وتأهل الترجي الرياضي التونسي على حساب يانغ سبورتس الكامروني في رابطة الأبطال',
     [('الترجي الرياضي التونسي', 'ORG', 6, None), ('يانغ سبورتس الكامروني', 'ORG', 38, None),
      ('رابطة الأبطال', 'ORG', 63, None)]),
    # ANT 9641: "أكاديمي", the nisba left out
    ('الترجي الرياضي التونسي - يونغ سبورت أكاديمي الكاميروني : 2-1',
     [('الترجي الرياضي التونسي', 'ORG', 0, None), ('يونغ سبورت أكاديمي', 'ORG', 25, None)]),
    # ANT 9456: the tagger's MISC
    ('وواجه الترجي فريق يونيون سبورتيف غوريان السينغالي في الدور الأول من المسابقة',
     [('الترجي', 'ORG', 6, None), ('يونيون سبورتيف', 'ORG', 18, None), ('غوريان السينغالي', 'PER', 33, None)]),
])
def test_club_words(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 66: "وجوبا" (obligatorily), in quotes and not
    ('على المشاركين الذين سيقع اختيارهم أن يحضروا "وجوبا" هذه الدورات التدريبية', []),
    ('وتمر الشاحنات وجوبا عبر المعبر الحدودي', []),
    # Juba itself stays
    ('وصل الرئيس السوداني إلى جوبا عاصمة جنوب السودان',
     [('جوبا', 'LOC', 24, 'SS'), ('جنوب السودان', 'LOC', 35, 'SS')]),
    # ANT 575, 10117: for the pilgrimage, a pixel
    ('يسافر من الصين الى مكة للحج على متن دراجة', [('الصين', 'LOC', 9, 'CN'), ('مكة', 'LOC', 19, 'SA')]),
    ('وتبلغ دقة الكاميرا 8 ميجا بكسل ومع وجود حساس جديد', []),
])
def test_clitic_words_not_places(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected
