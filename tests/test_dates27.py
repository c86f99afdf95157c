"""Session 27's date families.

1. A clock time after قبل/قبيل/بعد/حتى/لغاية takes the signal into its span and TIMEX3's mod, as a written date does
   (session 26), and "إلى غاية" is "until" for both: "قبل الساعة العاشرة" BEFORE, "بعد منتصف الليل" AFTER,
   "حتى الساعة الخامسة مساء يوم الأحد"
   ON_OR_BEFORE (Recognizers-Text's MergedExtractor: "قبل الساعة 4 مساءً", "بعد الساعة 4 مساءً غدًا").  Not a part of
   the day ("بعد ظهر اليوم" is the afternoon), a range of hours, a time with its own mod, nor منذ.
2. "ذكرى الثورة" is the revolution of the country the text names (national_holidays): Tunisia's 14 January, Egypt's
   25 January (from 2012), Syria's 15 March, Iran's 11 February...
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_cases import INDIC, DateCases

REF = dt.date(2017, 6, 1)
_CASES = DateCases(REF)
dates, one = _CASES.dates, _CASES.one


# -- 1. a clock time after a signal word -------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, span, value, mod", [
    ("معظم الصائمين لا يذهبون للنوم قبل الساعة الثانية صباحا", "قبل الساعة الثانية صباحا", "T02:00", "BEFORE"),  # ANT
    ("الانفجار الذي وقع قبيل الساعة التاسعة من مساء اليوم.", "قبيل الساعة التاسعة من مساء اليوم",
     "2017-06-01T21:00", "BEFORE"),  # ANT
    ("وعاد إلى منزله في بلدة وايتهول الشمالية بعد منتصف الليل.", "بعد منتصف الليل", "T24:00", "AFTER"),  # ANT
    ("وحتى منتصف ليل الخميس بتوقيت تركيا", "حتى منتصف ليل الخميس", "2017-06-01T24:00", "ON_OR_BEFORE"),  # ANT
    ("وصل قبل الساعة العاشرة صباحا", "قبل الساعة العاشرة صباحا", "T10:00", "BEFORE"),
    ("يستمر الاقتراع حتى الساعة الخامسة مساء يوم الأحد", "حتى الساعة الخامسة مساء يوم الأحد", "2017-06-04T17:00",
     "ON_OR_BEFORE"),
    ("تبقى المكاتب مفتوحة لغاية الساعة 18:30", "لغاية الساعة 18:30", "T18:30", "ON_OR_BEFORE"),
    ("وتبقى مفتوحة لغاية الساعة ١٨:٣٠".translate(INDIC), "لغاية الساعة ١٨:٣٠", "T18:30", "ON_OR_BEFORE"),
    ("هذا بعد الساعة 4 مساءً غدًا", "بعد الساعة 4 مساءً غدًا", "2017-06-02T16:00", "AFTER"),  # Recognizers-Text
    ("هذا قبل الساعة 4 مساءً", "قبل الساعة 4 مساءً", "T16:00", "BEFORE"),  # Recognizers-Text
    ("وبعد العاشرة ليلا أغلقت المحلات", "بعد العاشرة ليلا", "T22:00", "AFTER"),
    ("فقبل منتصف النهار وصل الوفد", "قبل منتصف النهار", "T12:00", "BEFORE"),
])
def test_a_clock_time_after_a_signal_takes_its_mod(sentence: str, span: str, value: str, mod: str) -> None:
    d = one(sentence, span)
    assert (d["type"], d["value"], d["mod"]) == ("TIME", value, mod)


@pytest.mark.parametrize("sentence, span", [
    ("وصل الوفد بعد ظهر اليوم", "بعد ظهر اليوم"),  # the afternoon, no time after noon
    ("قبل فجر اليوم اقتحمت القوات المنزل", "فجر اليوم"),  # a part of the day keeps its own reading
    ("منذ الساعة السابعة صباحا توافد المواطنون", "الساعة السابعة صباحا"),  # منذ: no mod
    ("يفتح من الساعة 9 حتى 11 صباحا", "من الساعة 9 حتى 11 صباحا"),  # a range of hours
])
def test_no_clock_mod_for_parts_of_the_day_since_or_ranges(sentence: str, span: str) -> None:
    assert one(sentence, span)["mod"] is None


@pytest.mark.parametrize("sentence, span, value, type_", [
    ("وإلى غاية الساعة الخامسة من صباح الأحد 21 اوت 2016 للقيام بأشغال",
     "إلى غاية الساعة الخامسة من صباح الأحد 21 اوت 2016", "2016-08-21T05:00", "TIME"),  # ANT
    ("ويتواصل العمل إلى غاية 31 ديسمبر 2017", "إلى غاية 31 ديسمبر 2017", "2017-12-31", "DATE"),
    ("تتواصل الحملة الى غاية يوم 15 جوان", "الى غاية يوم 15 جوان", "2017-06-15", "DATE"),
    ("تبقى المحلات مفتوحة وإلى غاية منتصف الليل", "إلى غاية منتصف الليل", "T24:00", "TIME"),
])
def test_until_in_two_words_is_on_or_before(sentence: str, span: str, value: str, type_: str) -> None:
    # the Maghrebi "إلى غاية" as "حتى"/"لغاية": one span with the signal, TIMEX3 ON_OR_BEFORE
    d = one(sentence, span)
    assert (d["type"], d["value"], d["mod"], d["relation"]) == (type_, value, "ON_OR_BEFORE", "until")


@pytest.mark.parametrize("sentence, span", [
    ("من 15 ماي إلى غاية 20 جوان", "من 15 ماي إلى غاية 20 جوان"),  # a range keeps its own reading
    ("بداية من الساعة التاسعة إلى غاية الساعة الثانية عشرة", "من الساعة التاسعة إلى غاية الساعة الثانية عشرة"),
    ("وصل إلى الغاية يوم 15 جوان", "يوم 15 جوان"),  # no signal
])
def test_no_until_mod_in_a_range_or_without_the_signal(sentence: str, span: str) -> None:
    assert one(sentence, span)["mod"] is None


# -- 2. the anniversary of the revolution -------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, span, value, country", [
    ("تعدّدت الاحتفالات بذكرى الثورة في شارع الحبيب بورقيبة", "ذكرى الثورة", "2017-01-14", "TN"),  # ANT: no country
    ("احتفل التونسيون بذكرى الثورة في تونس", "ذكرى الثورة", "2017-01-14", "TN"),
    ("وفي ذكرى الثورة تظاهر المصريون في القاهرة", "ذكرى الثورة", "2017-01-25", "EG"),
    ("في ذكرى الثورة التونسية", "ذكرى الثورة التونسية", "2017-01-14", "TN"),
    ("إحياء ذكرى الثورة الإيرانية", "ذكرى الثورة الإيرانية", "2017-02-11", "IR"),
    ("في ذكرى الثورة السورية", "ذكرى الثورة السورية", "2017-03-15", "SY"),
    ("وخرج الليبيون في طرابلس لإحياء ذكرى الثورة في ليبيا", "ذكرى الثورة", "2017-02-17", "LY"),
    ("واحتفل اللبنانيون بعيد الاستقلال في لبنان", "عيد الاستقلال", "2016-11-22", "LB"),  # no ل complement
])
def test_the_anniversary_of_the_revolution_is_the_named_countrys(sentence: str, span: str, value: str,
                                                                  country: str) -> None:
    d = one(sentence, span)
    assert (d["value"], d.get("country")) == (value, country)


def test_the_anniversary_of_egypts_revolution_before_2012_is_july() -> None:
    d = one("وفي ذكرى الثورة تظاهر المصريون في القاهرة", "ذكرى الثورة", dt.date(2010, 6, 1))
    assert (d["value"], d.get("country")) == ("2010-07-23", "EG")


@pytest.mark.parametrize("sentence", [
    "بمناسبة ذكرى الثورة للمطالبة بالتشغيل",  # a complement with ل after it: whose, unknown
    "زار الرئيس ألمانيا في ذكرى الثورة",  # a country named, none of the table's
])
def test_no_anniversary_of_the_revolution_when_whose_is_unknown(sentence: str) -> None:
    assert not [d for d in dates(sentence) if d.get("holiday")]
