"""Session 28 (second wave): number and date families.

1. Dinars with their millimes (three decimals) written with the millime unit are millimes: "2.500 مليم" is 2500
   millimes (Tunisian prices), as "2,500 مليم" already was; "2.500 د" stays 2.5 dinars, "2.5 مليم" 2.5 millimes.
2. "الآن" misspelt "ألان"/"آلان" is mostly the given name Alain: no PRESENT_REF unless a word of time comes before
   it ("حتى ألان", "إلى حد ألان"); no misspelt form after a place or title head ("بنهج "ألان سافاري"", "قناة
   "الان"") or glued to ك ("بول كالان").  The correct "الآن" and "الان" after a verb stay "now".
3. The first day glued to the plural of يوم or to the signal ("يومي17 و18 جويلية", "بين10 و12 أفريل") makes the
   same range as with a space.
"""

from __future__ import annotations

import pytest

from number_cases import numbers_and_dates

INDIC = str.maketrans("0123456789.", "٠١٢٣٤٥٦٧٨٩٫")
read = numbers_and_dates


# -- 1. dinars.millimes written with the millime unit ---------------------------------------------------------------
@pytest.mark.parametrize("text, span, value, unit", [
    ("وبلغ سعر الكيلوغرام الواحد من الفلفل 2.500 مليم والكيلوغرام", "2.500", 2500, "millime"),
    ("والكيلوغرام الواحد من الطماطم 1.500 \xa0مليم \xa0والقنارية", "1.500", 1500, "millime"),
    ("التي ضبطت بـ 1.440 مليم كحد أقصى", "1.440", 1440, "millime"),
    ("ارتفع السعر إلى 1.800 مليما", "1.800", 1800, "millime"),
    ("ارتفع السعر إلى 12.500 مليم", "12.500", 12500, "millime"),
    ("ارتفع السعر إلى 2.500 مليم".translate(INDIC), "2.500".translate(INDIC), 2500, "millime"),
    # neighbours that were right and stay so
    ("ارتفع السعر إلى 2,500 مليم", "2,500", 2500, "millime"),
    ("ارتفع السعر إلى 2.500 د", "2.500", 2.5, "dinar"),
    ("ارتفع السعر إلى 2.500 دينار", "2.500", 2.5, "dinar"),
    ("ارتفع السعر إلى 2.5 مليم", "2.5", 2.5, "millime"),
    ("ارتفع السعر إلى 800 مليم", "800", 800, "millime"),
    ("ارتفع السعر إلى 1.55 مليم", "1.55", 1.55, "millime"),
])
def test_dinars_with_millimes_before_the_millime_unit(text: str, span: str, value: float, unit: str) -> None:
    numbers, _ = read(text)
    got = [(n["text"], n["value"], n["unit"]) for n in numbers if n["unit"] == unit]
    assert got == [(span, value, unit)]
    assert next(n for n in numbers if n["text"] == span).get("scale") is None


# -- 2. the misspelt "الآن" that is a name ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    'بيع الخضر بأسعار تفاضلية بنهج "ألان سافاري" بحي الخضراء',
    "وقعت في شارع آلان سافاري بتونس العاصمة",
    "وأوضح ألان فليك، المختص في الجراحة",
    "تقدم فرانسوا فيون على منافسه آلان جوبيه وفق ما أظهرته",
    'كان جزءاً من فريق حملة "ألان جوبيه "عندما كان مرشحا',
    'وفق ما أوردته قناة "الان "اللبنانية على موقعها',
    "وقال بول كالان، وهو محام يعمل في المدينة",
])
def test_a_misspelt_now_that_is_a_name_is_no_date(text: str) -> None:
    _, dates = read(text)
    assert dates == []


@pytest.mark.parametrize("text, span", [
    ("أكبر جهاز كمبيوتر في العالم حتى ألان. وقالت", "حتى ألان"),
    ("قد أوقعت إلى حد ألان حوالي 1500 شهيدا", "ألان"),
    ("ولم يتم دفنها لحد الان منذ الحادثة", "الان"),
    ("أن تونس تعيش الان وضعا مختلفا", "الان"),
    ("أن تونس تعيش الآن وضعا مختلفا", "الآن"),
    ('وقال إنه "حان الوقت الان" لانهاء الأزمة', "الان"),
    ("من ألان فصاعدا", "ألان"),
])
def test_now_stays_now(text: str, span: str) -> None:
    _, dates = read(text)
    assert [(d["text"], d["value"]) for d in dates] == [(span, "PRESENT_REF")]


# -- 3. the first day glued to the word before it ----------------------------------------------------------------
@pytest.mark.parametrize("text, span, value", [
    ("في إطار الدورة التي تنعقد يومي17 و18 جويلية بالعاصمة", "يومي17 و18 جويلية", "2017-07-17/2017-07-18"),
    ("لجلسات علنية يومي16 و17 ديسمبر 2016، ونشر", "يومي16 و17 ديسمبر 2016", "2016-12-16/2016-12-17"),
    ("تنعقد يومي 17 و18 جويلية بالعاصمة", "يومي 17 و18 جويلية", "2017-07-17/2017-07-18"),
    ("المعرض مفتوح بين10 و12 أفريل", "بين10 و12 أفريل", "2017-04-10/2017-04-12"),
    ("المعرض مفتوح من8 إلى 24 جوان 2017", "من8 إلى 24 جوان 2017", "2017-06-08/2017-06-24"),
    ("أيام7 و8 و9 جوان", "أيام7 و8 و9 جوان", "2017-06-07/2017-06-09"),
])
def test_a_first_day_glued_to_its_signal(text: str, span: str, value: str) -> None:
    _, dates = read(text)
    assert [(d["text"], d["value"]) for d in dates] == [(span, value)]


def test_a_glued_first_day_after_another_word_is_no_range() -> None:
    _, dates = read("وشارك ضمن8 و9 جوان")
    assert [(d["text"], d["value"]) for d in dates] == [("9 جوان", "2017-06-09")]


def test_glued_days_that_do_not_follow_each_other_are_two_dates() -> None:
    _, dates = read("تنعقد يومي22 و24 مارس")
    assert [(d["text"], d["value"]) for d in dates] == [("22", "2017-03-22"), ("24 مارس", "2017-03-24")]
