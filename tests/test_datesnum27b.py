"""Session 27 (second wave): dates and numbers.

1. A bare year after "إلى غاية"/"إلى حدود" (Maghrebi "until") is that year with mod ON_OR_BEFORE, as after حتى/لغاية;
   two years joined by them are a range ("من 1969 إلى غاية 1972").  A year-like number that is an amount (a
   currency, a measure unit, a scale word after it) is no bare year: "حتى 1998 دينار", "في 2016 طن".
2. Anniversaries: "الذكرى السادسة للثورة" → the revolution's day (of the country the text names) six years on; "الذكرى
   الـ70 لتأسيس المملكة عام 1947" → 2017 (the event's written date that many years on); else the ordinal stays a
   number, and "الـ70" right after a noun of a series ("الذكرى", "الدورة", "القمة", "للمرة") is an ordinal.
3. "ريال" opening a club's name after a score or a count is no riyal: "1-3 ريال مدريد", "2-1 على ريال سوسيداد".
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_cases import INDIC, DateCases
from number_cases import only

REF = dt.date(2017, 6, 1)
_CASES = DateCases(REF)
dates, one = _CASES.dates, _CASES.one


# -- 1. a bare year after "إلى غاية" / "إلى حدود" ---------------------------------------------------------------------
@pytest.mark.parametrize("sentence, span, value", [
    ("وانتخب رئيسا لألمانيا الاتحادية، وبقي محتفظا بهذا المنصب إلى غاية 1998.", "إلى غاية 1998", "1998"),  # ANT
    ("دُفع لهما من الخزينة العامة لعدة سنوات إلى غاية 2016.", "إلى غاية 2016", "2016"),  # ANT
    ("وستواصل في هذا التمشي إلى حدود 2020.  وتسعى وزارة الصحة", "إلى حدود 2020", "2020"),  # ANT
    ("ووزيرا للشؤون الاجتماعية إلى حدود 1996.", "إلى حدود 1996", "1996"),  # ANT
    ("وظل في منصبه والى غاية 2005 لم يغادره", "الى غاية 2005", "2005"),
    ("وظل في منصبه إلى غاية ٢٠٠٥ لم يغادره".translate(INDIC), "إلى غاية ٢٠٠٥", "2005"),
])
def test_a_bare_year_after_until_of_two_words(sentence: str, span: str, value: str) -> None:
    d = one(sentence, span)
    assert (d["value"], d["mod"], d["relation"]) == (value, "ON_OR_BEFORE", "until")


@pytest.mark.parametrize("sentence, span, value", [
    ("وأقام في باريس من 1969 إلى غاية 1972 وبالرباط", "من 1969 إلى غاية 1972", "1969/1972"),  # ANT
    ("نجوم الكرة أيّام الزمن الجميل فترة 1965 إلى حدود 1980 أين توّج", "1965 إلى حدود 1980", "1965/1980"),  # ANT
])
def test_two_years_joined_by_until_of_two_words(sentence: str, span: str, value: str) -> None:
    assert one(sentence, span)["value"] == value


@pytest.mark.parametrize("sentence, number, unit", [
    ("دفع حتى 1998 دينار للمحامي", "1998", "dinar"),
    ("ارتفع السعر إلى غاية 2000 دولار", "2000", "USD"),
    ("بلغ الإنتاج في 2016 طن", "2016", "t"),
])
def test_an_amount_is_no_bare_year(nlp, sentence: str, number: str, unit: str) -> None:
    assert dates(sentence) == []
    assert only(nlp, sentence, number).unit == unit


@pytest.mark.parametrize("sentence", [
    "تراوحت في حدود 2016 نقطة",  # "في حدود": about, and a count
    "تبقى المكاتب مفتوحة الى حدود الساعة السادسة",  # no year
])
def test_no_year_after_about_or_without_a_year(sentence: str) -> None:
    assert [d["value"] for d in dates(sentence) if d["value"] == "2016" or (d["mod"] == "ON_OR_BEFORE"
            and d["type"] == "DATE")] == []


@pytest.mark.parametrize("sentence, span", [
    ("الذي كشف في 2013عمليات مراقبة واسعة النطاق", "2013"),  # ANT: a counted noun after a year is no count
    ("التي كلفت عملية رسملتها خلال 2015 الدولة 7ر0 بالمائة", "2015"),  # ANT
])
def test_a_year_before_a_counted_noun_stays(sentence: str, span: str) -> None:
    assert one(sentence, span)["value"] == span


# -- 2. anniversaries --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, span, value, n, country", [
    ("احتفلت تونس بالذكرى السادسة للثورة", "الذكرى السادسة للثورة", "2017-01-14", 6, "TN"),
    ("احتفل المصريون بالذكرى السادسة للثورة المصرية", "الذكرى السادسة للثورة المصرية", "2017-01-25", 6, "EG"),
    ("في الذكرى الخمسين لاستقلال الجزائر", "الذكرى الخمسين لاستقلال", "2012-07-05", 50, "DZ"),
    ("بمناسبة الذكرى الـ61 لعيد الاستقلال في تونس", "الذكرى الـ61 لعيد الاستقلال", "2017-03-20", 61, "TN"),
    ("احتفلت تونس بالذكرى الستين لاستقلالها", "الذكرى الستين لاستقلالها", "2016-03-20", 60, "TN"),
    ("احتفلت تونس بالذكرى الأولى للثورة عام 2012", "الذكرى الأولى للثورة", "2012-01-14", 1, "TN"),  # its own year
    ("بمناسبة الاحتفال بالذكرى الـ33 لتحرير سيناء، إنه", "الذكرى الـ33", "2015-04-25", 33, "EG"),  # ANT (one country)
    ("الذكرى 69 للنكبة", "الذكرى 69", "2017-05-15", 69, "PS"),
])
def test_the_anniversary_of_an_event_of_the_table(sentence: str, span: str, value: str, n: int,
                                                   country: str) -> None:
    d = one(sentence, span)
    assert (d["value"], d["anniversary"], d["country"]) == (value, n, country)


@pytest.mark.parametrize("sentence, span, value, event, origin", [
    ("في الذكرى الـ70 لتأسيس المملكة عام 1947", "الذكرى الـ70", "2017", "عام 1947", "1947"),
    ("وفي الذكرى الخامسة والعشرين لتأسيس الحزب سنة 1990", "الذكرى الخامسة والعشرين", "2015", "سنة 1990", "1990"),
    ("الذكرى السادسة لثورة 25 يناير", "الذكرى السادسة", "2017-01-25", "25 يناير", "2011-01-25"),  # written day first
])
def test_the_anniversary_of_a_written_date(sentence: str, span: str, value: str, event: str, origin: str) -> None:
    d = one(sentence, span)
    assert (d["value"], d["origin"], d["anniversary"] > 0) == (value, origin, True)
    assert one(sentence, event)["value"] == origin  # the event's date stays


@pytest.mark.parametrize("sentence, number", [
    ("الذكرى 400 لوفاته", "400"),  # no known event, no date
    ("والذكرى السنوية الأولى لرحيل الفنان", "الأولى"),
    ("احتفالا بالذكرى الخمسين للثورة", "الخمسين"),  # Tunisia's 2061: no reading
    ("الذكرى الخامسة لرحيله في 2016", "الخامسة"),  # 2021: later than the year after the reference's
])
def test_no_anniversary_without_a_known_day(nlp, sentence: str, number: str) -> None:
    assert not [d for d in dates(sentence) if "anniversary" in d]
    assert [n.text for n in nlp(sentence, reference_date=REF).numbers if n.kind == "ordinal" or n.text == "400"] \
        == [number]


@pytest.mark.parametrize("sentence, number, value", [
    ("في الذكرى الـ70 لتأسيس الجامعة", "70", 70),
    ("وللمرة الـ15 على التوالي", "15", 15),
    ("في دورتها الـ 18.", "18", 18),  # ANT
    ("مواقف طريفة للزعماء العرب في القمة الـ28 شهدت", "28", 28),  # ANT
    ("أشغال المؤتمر الـ23 للاتحاد العام التونسي للشغل", "23", 23),  # ANT
])
def test_digits_with_the_article_after_a_series_noun_are_an_ordinal(nlp, sentence: str, number: str,
                                                                     value: int) -> None:
    n = only(nlp, sentence, number)
    assert (n.kind, n.value) == ("ordinal", value)


@pytest.mark.parametrize("sentence, number", [
    ("الاحتفال ببلوغه سن الـ 41", "41"),  # ANT: an age
    ("بقيت ورقة الـ50 دولار", "50"),  # a unit after it
    ("شارك الـ 30 لاعبا في التربص", "30"),  # no noun of a series before it
])
def test_digits_with_the_article_elsewhere_stay_cardinal(nlp, sentence: str, number: str) -> None:
    assert only(nlp, sentence, number).kind == "cardinal"


# -- 3. a club after a score -------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "فاز برشلونة 1-3 ريال مدريد",
    "وفاز الفريق 2-1 على ريال سوسيداد",
    "تغلب اشبيلية 3 ريال بيتيس 1",
])
def test_a_club_named_real_is_no_riyal(nlp, sentence: str) -> None:
    assert [n.unit for n in nlp(sentence).numbers if n.unit is not None] == []


@pytest.mark.parametrize("sentence, number, unit", [
    ("بسعر 3 ريال سعودي", "3", "SAR"),
    ("دفع 50 ريال ثم غادر", "50", "riyal"),
    ("بلغ 5 ريالات", "5", "riyal"),
])
def test_riyals_stay_money(nlp, sentence: str, number: str, unit: str) -> None:
    assert only(nlp, sentence, number).unit == unit
