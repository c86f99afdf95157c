"""Session 28's number families, read by the numbers and dates stages together.

1. A year-like number in digits before the indefinite people noun it counts, in the form a count of its value
   takes, is a count and no year: "في 2000 شخص" (genitive singular after thousands), "أكثر من 2016 مهاجرا"
   (accusative after 11 to 99).  A year before a verb ("خلال 2015 طالب بها"), a definite noun ("في 2015 الدولة")
   or a plural that no such count takes ("في 2016 مهاجرون") stays a year.
2. Digits after a series noun with an adjective between ("القمة العربية الـ28", "المؤتمر الوطني الـ12") are an
   ordinal, as "القمة الـ28" was; so are digits without the article right after a definite noun of an edition
   ("الدورة 25 للمهرجان", "الجولة 20 من البطولة", "الذكرى 61 لعيد الاستقلال").
3. A score between two team names without a match word is two numbers, not a range ("الترجي 2-1 النجم الساحلي").
"""

from __future__ import annotations

import pytest

from number_cases import numbers_and_dates

INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
read = numbers_and_dates


# -- 1. a count, not a year -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, span, value, unit", [
    ("قتل في 2000 شخص في الهجوم", "2000", 2000, "person"),
    ("وصل أكثر من 2016 مهاجرا إلى السواحل الإيطالية", "أكثر من 2016", 2016, "migrant"),
    ("شارك في 1500 عنصر من الجيش", "1500", 1500, "member"),
    ("شارك في ١٥٠٠ عنصر من الجيش".translate(INDIC), "١٥٠٠", 1500, "member"),
    ("في 2014 جنديا قتلوا", "2014", 2014, "soldier"),
    ("اعتقلت الشرطة خلال 1990 شخصا", "1990", 1990, "person"),
    ("في 2000 امرأة", "2000", 2000, "woman"),
])
def test_a_year_like_count_of_people_is_a_count(text: str, span: str, value: int, unit: str) -> None:
    numbers, dates = read(text)
    assert not dates
    (n,) = [n for n in numbers if n["text"] == span]
    assert (n["value"], n["unit"], n["start"]) == (value, unit, text.index(span))


@pytest.mark.parametrize("text, year", [
    ("سباقة إلى اتخاذ إجراءات جديدة خلال 2015 طالب بها الطرف النقابي", "2015"),  # ANT: a verb after the year
    ("تراجعت المداخيل في 2015 الدولة لم تتدخل", "2015"),  # a definite noun
    ("في 2016 مهاجرون كثيرون وصلوا", "2016"),  # a plural: no count of 2016 takes it
    ("كشف في 2013 عمليات مراقبة واسعة", "2013"),
    ("زار تونس في 2016 أكثر من 600 ألف سائح", "2016"),
])
def test_a_year_before_a_noun_that_is_no_count_of_it_stays_a_year(text: str, year: str) -> None:
    _, dates = read(text)
    assert [(d["text"], d["value"]) for d in dates if d["text"] == year] == [(year, year)]


# -- 2. ordinals of a series --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, span, value", [
    ("انطلقت أشغال القمة العربية الـ28 في الأردن", "28", 28),
    ("انطلقت أشغال القمة العربية الـ 28 في الأردن", "28", 28),
    ("انعقد المؤتمر الوطني الـ12 للحزب", "12", 12),
    ("افتتاح الدورة الحالية الـ70 للجمعية العامة", "70", 70),
    ("في دورتها الحالية الـ18", "18", 18),
    ("افتتاح المهرجان الدولي الـ52 بقرطاج", "52", 52),
    ("للقمة العربية الـ28", "28", 28),
    ("الدورة 25 للمهرجان الدولي", "25", 25),
    ("في الجولة 20 من البطولة", "20", 20),
    ("وللنسخة 3 من الملتقى", "3", 3),
    ("الدورة ٢٥ للمهرجان".translate(INDIC), "٢٥", 25),
])
def test_digits_after_a_series_noun_are_its_ordinal(text: str, span: str, value: int) -> None:
    numbers, _ = read(text)
    (n,) = [n for n in numbers if n["text"] == span]
    assert (n["kind"], n["value"], n["start"]) == ("ordinal", value, text.index(span))


@pytest.mark.parametrize("text, span", [
    ("شارك في الدورة 400 شابا", "400"),  # ANT: a count of the participants
    ("شارك في المؤتمر 120 من الخبراء", "120"),  # ANT
    ("في الدورة 12 فريقا", "12"),
    ("قتل الجنود الـ28", "28"),  # the article on a count of people
    ("شارك في الجولة 16 فريقا", "16"),
])
def test_counts_after_a_series_noun_stay_cardinals(text: str, span: str) -> None:
    numbers, _ = read(text)
    (n,) = [n for n in numbers if span in n["text"]]
    assert n["kind"] == "cardinal"


def test_an_edition_named_by_its_year_is_no_ordinal() -> None:
    numbers, _ = read("انطلقت الدورة 2017 للمهرجان")
    assert all(n["kind"] != "ordinal" for n in numbers)


# -- 3. scores ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, a, b", [
    ("الترجي 2-1 النجم الساحلي", "2", "1"),
    ("مستقبل المرسى 0-0 الملعب التونسي", "0", "0"),
    ("النجم الساحلي ٣-١ النادي البنزرتي", "٣", "١"),
])
def test_a_score_between_two_teams_is_one_score(text: str, a: str, b: str) -> None:
    numbers, dates = read(text)
    assert not dates
    # (session 34: one span of kind "score" with both sides)
    assert [(n["text"][:len(a)], n["text"][-len(b):], n["kind"]) for n in numbers] == [(a, b, "score")]


def test_a_score_with_no_match_told_stays_two_numbers() -> None:
    # two clubs the lexicon does not know and no word of a match: no score read (session 34 left it)
    numbers, dates = read("الأهلي 2 - 0 الزمالك")
    assert not dates
    assert [(n["text"], n["kind"]) for n in numbers] == [("2", "cardinal"), ("0", "cardinal")]
