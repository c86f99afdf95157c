"""Session 32: numbers and dates of news from other outlets (Reuters, AFP, Sky News Arabia, Hespress, Enab Baladi,
Al-Wasat, Asharq al-Awsat, Al-Quds al-Arabi).

1. Names that hold a number or a day: a military formation by its number ("اللواء 444 قتال", "محور الفوج 46") and a
   letter code ("(إم 23)") are no numbers; a day after a movement's, a coalition's or a unit's head ("حركة 23 مارس",
   "قوى 14 آذار", 'حركة "20 فبراير"') is no date and its digits no number.
2. Units: a nautical mile ("70 ميلا بحريا" → [nmi_i]), drones and projectiles ("أربع طائرات مسيرة" → drone,
   "أربعة مقذوفات" → missile), "آخرين" counts more of the people counted before it (civilian, wounded, person).
3. Dates: a given name or a nisba in يـ ("يحيى سريع", "مسؤول يمني") is no imperfect verb, so no future cue before a
   bare weekday; "وفي وقت لاحق، أعلنت" is later in a past story (PAST_REF).
"""

from __future__ import annotations

import pytest

import arabnews
from arabnews.document import Document

REF = "2024-03-10"  # a Sunday


@pytest.fixture(scope="module")
def nlp() -> arabnews.Pipeline:
    return arabnews.Pipeline()


def _doc(nlp: arabnews.Pipeline, text: str) -> Document:
    doc = nlp(text, reference_date=REF)
    for n in doc.numbers:
        assert text[n.start:n.end] == n.text
        if n.attrs.get("unit_start") is not None and n.attrs.get("unit_text"):
            assert text[n.attrs["unit_start"]:n.attrs["unit_end"]] == n.attrs["unit_text"]
    for d in doc.dates:
        assert text[d.start:d.end] == d.text
    return doc


def _numbers(nlp: arabnews.Pipeline, text: str) -> list[tuple[str, object, str | None]]:
    return [(n.text, n.value, n.unit) for n in _doc(nlp, text).numbers]


def _dates(nlp: arabnews.Pipeline, text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in _doc(nlp, text).dates]


# 1. Names that hold a number or a day
@pytest.mark.parametrize(("text", "numbers"), [
    ("اندلعت اشتباكات بين جهاز دعم الاستقرار واللواء 444 قتال في منطقة عين زارة", []),
    ("مواجهات مماثلة بين اللواء 444 وقوة الردع الخاصة خلفت 55 قتيلا", [("55", 55, "killed")]),
    ("استهدفت قوات النظام نقطة عسكرية على محور الفوج 46 غربي حلب", []),
    ("وفرد من الكتيبة 155 مشاة، والسرية 42، وسرية باب تاجوراء", []),
    ("التقى الرئيس بقائد اللواء 93 في الخرطوم", []),
    ("وأعلنت الفرقة 17 مشاة سيطرتها على المدينة", []),
    ("سيطر متمردو حركة 23 مارس (إم 23) المدعومة من رواندا على مدينة روبايا", []),
    # counts after a formation's noun stay counts
    ("أرسل الفوج 20 جنديا إلى الحدود", [("20", 20, "soldier")]),
    ("خسر اللواء 30 من عناصره في المعارك", [("30", 30, "member")]),
    ("تضم الكتيبة 500 مقاتل", [("500", 500, "fighter")]),
])
def test_formation_and_code_names_hold_no_number(nlp, text, numbers) -> None:
    assert _numbers(nlp, text) == numbers


@pytest.mark.parametrize("text", [
    "سيطر متمردو حركة 23 مارس على مدينة روبايا",
    "دعت حركة 6 أبريل إلى التظاهر أمام نقابة الصحفيين",
    'نظم نشطاء حركة "20 فبراير" وقفة احتجاجية في الرباط',
    "نظم نشطاء حركة «20 فبراير» وقفة احتجاجية في الرباط",
    "انتقد نواب قوى 14 آذار قرار الحكومة",
    "اتهم تحالف 8 آذار خصومه بتعطيل تشكيل الحكومة",
    "دعا ائتلاف 14 فبراير إلى التظاهر في المنامة",
    "أقيمت المباراة في ملعب 15 أكتوبر بالعاصمة",
])
def test_a_name_made_of_a_day_is_no_date_nor_number(nlp, text) -> None:
    doc = _doc(nlp, text)
    assert [d.text for d in doc.dates] == []
    assert [n.text for n in doc.numbers] == []


@pytest.mark.parametrize(("text", "dates"), [
    ("احتفل الليبيون بذكرى ثورة 17 فبراير", [("17 فبراير", "2011-02-17")]),  # an event named by its day: its date
    ("أعلن التحالف 14 مارس موعدا للانتخابات", [("14 مارس", "2024-03-14")]),  # with the article: a subject
    ("تنتهي مهلة الحركة في 23 مارس", [("23 مارس", "2024-03-23")]),
    ("وقال الجيش إن حركة 23 مارس شنت هجوما في 23 فبراير على غوما", [("23 فبراير", "2024-02-23")]),
])
def test_days_that_stay_dates(nlp, text, dates) -> None:
    assert _dates(nlp, text) == dates


# 2. Units
@pytest.mark.parametrize(("text", "number"), [
    ("تلقت بلاغا عن حادث على بعد 70 ميلا بحريا جنوب شرق عدن", ("70", 70, "[nmi_i]", "ميلا بحريا")),
    ("وتمتد المياه الإقليمية 12 ميلا بحريا", ("12", 12, "[nmi_i]", "ميلا بحريا")),
    ("على بعد 200 ميل بحري من السواحل", ("200", 200, "[nmi_i]", "ميل بحري")),
    ("على مسافة 3 أميال بحرية", ("3", 3, "[nmi_i]", "أميال بحرية")),
    ("وقع الحادث على بعد 50 ميلا من المدينة", ("50", 50, "[mi_i]", "ميلا")),
    ("دمرت القوات أربع طائرات مسيرة ومنصة إطلاق صواريخ", ("أربع", 4, "drone", "طائرات مسيرة")),
    ('أسقطت الدفاعات الأرضية "9 مسيرات انتحارية" قبل وصولها', ("9", 9, "drone", "مسيرات انتحارية")),
    ("اعترضت الدفاعات الجوية 5 طائرات بدون طيار أطلقها الحوثيون", ("5", 5, "drone", "طائرات بدون طيار")),
    ("أطلقت عناصر من البوليساريو أربعة مقذوفات سقطت بمحيط السمارة", ("أربعة", 4, "missile", "مقذوفات")),
])
def test_units(nlp, text, number) -> None:
    found = [(n.text, n.value, n.unit, n.attrs.get("unit_text")) for n in _doc(nlp, text).numbers]
    assert found == [number]


@pytest.mark.parametrize(("text", "numbers"), [
    ("نظم المحتجون 3 مسيرات في العاصمة", [("3", 3, None)]),  # marches, no drones
    ("قصفت 3 طائرات حربية مواقع المسلحين", [("3", 3, None)]),  # aircraft stay no counted noun
])
def test_no_drone_without_its_name(nlp, text, numbers) -> None:
    assert _numbers(nlp, text) == numbers


@pytest.mark.parametrize(("text", "numbers"), [
    ("قالت التنسيقية إن 14 مدنيا قتلوا وأصيب أكثر من 30 آخرين في قصف مدفعي",
     [("14", 14, "civilian"), ("أكثر من 30", 30, "civilian")]),
    ("قتل 5 جنود وأصيب 10 آخرون في الهجوم", [("5", 5, "soldier"), ("10", 10, "soldier")]),
    ("اعتقلت الشرطة 5 طلاب وأفرجت عن 3 آخرين", [("5", 5, "student"), ("3", 3, "student")]),
    ("سقط 5 قتلى وجرح 12 آخرون", [("5", 5, "killed"), ("12", 12, "wounded")]),
    ("تعرضت المدينة لهجوم أودى بحياة مدني وإصابة ثلاثة آخرين", [("ثلاثة", 3, "wounded")]),
    ("قتل مدني وأصيب أربعة آخرون بجروح طفيفة", [("أربعة", 4, "wounded")]),
    ("ونقل 3 آخرون إلى المستشفى", [("3", 3, "person")]),
    ("أسفر عن مقتل 38 شخصا وجرح 13 آخرين", [("38", 38, "person"), ("13", 13, "person")]),
    ("قتل 6 أشخاص، وأصيب 8 آخرون", [("6", 6, "person"), ("8", 8, "person")]),
    ("أدى إلى مقتل 12 شخصا واعتقال 3 آخرين", [("12", 12, "person"), ("3", 3, "person")]),
    # not across a sentence: the count before is another story
    ("قتل 5 جنود. ونقل 3 آخرون إلى المستشفى", [("5", 5, "soldier"), ("3", 3, "person")]),
])
def test_others_count_the_people_before(nlp, text, numbers) -> None:
    assert _numbers(nlp, text) == numbers


# 3. Dates: no future cue in a name; "later" in a past story
@pytest.mark.parametrize(("text", "dates"), [
    ("أعلن المتحدث العسكري باسم جماعة الحوثي يحيى سريع، مساء السبت، استهداف سفينة تجارية",
     [("مساء السبت", "2024-03-09TEV")]),
    ("قال المتحدث باسم الجيش اليمني يحيى سريع يوم الجمعة إن قواته أطلقت صواريخ", [("يوم الجمعة", "2024-03-08")]),
    ("قال زعيم المعارضة الإسرائيلية يائير لابيد الجمعة إن الحكومة فشلت", [("الجمعة", "2024-03-08")]),
    ("أعلن وزير الخارجية الإسرائيلي يسرائيل كاتس، الخميس، أن بلاده ستواصل", [("الخميس", "2024-03-07")]),
    ("قال مسؤول يمني الثلاثاء إن الهجوم أسفر عن مقتل ثلاثة", [("الثلاثاء", "2024-03-05")]),
    ("قال مصدر يهودي الأربعاء إن الكنيس تعرض لهجوم", [("الأربعاء", "2024-03-06")]),
    ("قال الرئيس السابق يوري موسيفيني، السبت، إن بلاده ستتدخل", [("السبت", "2024-03-09")]),
    ("وقال يوسف الشريف مساء الخميس إن الاشتباكات توقفت", [("مساء الخميس", "2024-03-07TEV")]),
    # future cues stay
    ("وقال المتحدث سيعلن الجيش السبت نتائج التحقيق", [("السبت", "2024-03-16")]),
    ("أعلنت الوزارة أن الوزير يلتقي نظيره الثلاثاء", [("الثلاثاء", "2024-03-12")]),
])
def test_names_in_ya_are_no_future_cue(nlp, text, dates) -> None:
    assert _dates(nlp, text) == dates


@pytest.mark.parametrize(("text", "value"), [
    ("وفي وقت لاحق، أعلنت القيادة المركزية الأمريكية أن قواتها دمرت أربع طائرات", "PAST_REF"),
    ("ولاحقا، قال الجيش إنه قتل المسلح", "PAST_REF"),
    ("وأعلن المتحدث يحيى سريع في وقت لاحق استهداف سفينة", "PAST_REF"),  # a name in يـ is no imperfect verb
    ("وفي وقت لاحق، سيعلن الجيش النتائج", "FUTURE_REF"),
    ("وستعقد اللجنة اجتماعا في وقت لاحق", "FUTURE_REF"),
])
def test_later_with_a_past_verb_after_a_comma(nlp, text, value) -> None:
    assert [d.value for d in _doc(nlp, text).dates] == [value]
