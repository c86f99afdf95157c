"""Session 25's second wave of date families, on news sentences (ANT and pan-Arab wording) and their kin.

1. an hour less a fraction as a duration ("استغرقت الرحلة ساعتين إلا ربع" → PT1H45M; "ساعتين وثلث"), a clock time
   less minutes ("الساعة العاشرة إلا عشر دقائق" → T09:50), a morning range ending at 12 ends at noon ("من الساعة 8
   إلى 12 صباحا" → T08:00/T12:00; was midnight);
2. "N الجاري" without "الشهر" ("يوم الجمعة 16 الجاري", "من 16 إلى 20 الجاري"; not "الفصل 12 الجاري به العمل");
3. two weekdays with their days in running text ("يومي الجمعة 16 والسبت 17 بقصر المؤتمرات": one range; was two
   bare weekdays, one a week early).
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_cases import INDIC, DateCases

REF = dt.date(2017, 6, 1)  # a Thursday; 16 June 2017 is a Friday
_CASES = DateCases(REF)
dates, one = _CASES.dates, _CASES.one


# -- 1. an hour less a fraction, a clock time less minutes, a morning range to noon ------------------------------
@pytest.mark.parametrize("span, value", [
    ("ساعتين إلا ربع", "PT1H45M"), ("ساعتان إلا ربعا", "PT1H45M"), ("ساعة إلا ربعا", "PT45M"),
    ("ساعة إلا ربع", "PT45M"), ("ثلاث ساعات إلا ربع", "PT2H45M"), ("3 ساعات إلا ثلث", "PT2H40M"),
    ("٣ ساعات إلا ثلث", "PT2H40M"), ("ساعتين الا ثلثا", "PT1H40M"), ("ساعتين وثلث", "PT2H20M"),
    ("ساعة وربع", "PT1H15M")])
def test_hours_less_a_fraction(span: str, value: str) -> None:
    d = one(f"واستغرقت عملية إخماد الحريق {span} بعد تدخل أعوان الحماية المدنية", span)
    assert (d["type"], d["value"]) == ("DURATION", value)


def test_hours_less_a_fraction_after_a_signal() -> None:
    d = one("وتواصل الاجتماع لمدة ساعتين إلا ربع بمقر الولاية", "ساعتين إلا ربع")
    assert (d["type"], d["value"]) == ("DURATION", "PT1H45M")


def test_years_less_a_quarter_keep_the_count_alone() -> None:
    # a quarter of a year less is no whole count of a smaller unit named in the text: the count alone, its span cut
    d = one("قضى في السجن عامين إلا ربع قبل أن يفرج عنه", "عامين")
    assert d["value"] == "P2Y"


@pytest.mark.parametrize("span, value", [
    ("الساعة العاشرة إلا عشر دقائق", "T09:50"), ("الساعة العاشرة إلا خمس دقائق صباحا", "T09:55"),
    ("الساعة 10 إلا 5 دقائق مساء", "T21:55"), ("الساعة ١٠ إلا ٥ دقائق مساء", "T21:55"),
    ("الخامسة إلا عشر دقائق مساء", "T16:50")])
def test_clock_time_less_minutes(span: str, value: str) -> None:
    d = one(f"انطلقت المباراة على {span} بالملعب الأولمبي برادس", span)
    assert (d["type"], d["value"]) == ("TIME", value)


@pytest.mark.parametrize("span, value", [
    ("من الساعة 8 إلى 12 صباحا", "T08:00/T12:00"), ("بين الساعة 8 و12 صباحا", "T08:00/T12:00"),
    ("من الساعة التاسعة إلى الثانية عشرة صباحا", "T09:00/T12:00"),
    # the night's 12 stays midnight, and so does a morning that starts before dawn
    ("من الساعة 10 إلى 12 ليلا", "T22:00/T00:00"), ("من الساعة 2 إلى 12 صباحا", "T02:00/T00:00")])
def test_a_morning_range_ends_at_noon(span: str, value: str) -> None:
    d = one(f"ويفتح مكتب الاقتراع أبوابه {span} لاستقبال الناخبين", span)
    assert (d["type"], d["value"]) == ("TIME", value)


# -- 2. "N الجاري" -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("span, value", [
    ("يوم الجمعة 16 الجاري", "2017-06-16"), ("يوم 16 الجاري", "2017-06-16"), ("16 الجاري", "2017-06-16"),
    ("يوم الجمعة 16 من الجاري", "2017-06-16"), ("العاشر من الجاري", "2017-06-10"),
    ("يومي 16 و17 الجاري", "2017-06-16/2017-06-17"), ("من 16 إلى 20 الجاري", "2017-06-16/2017-06-20")])
def test_a_day_of_the_current_month_without_its_noun(span: str, value: str) -> None:
    d = one(f"تنتظم الدورة {span} بقصر المؤتمرات بالعاصمة", span)
    assert (d["type"], d["value"]) == ("DATE", value)


def test_a_day_of_the_current_month_in_arabic_indic_digits() -> None:
    span = "يوم 16 الجاري".translate(INDIC)
    assert one(f"تنتظم الدورة {span} بالعاصمة", span)["value"] == "2017-06-16"


@pytest.mark.parametrize("sentence", ["وذلك طبقا للفصل 12 الجاري به العمل", "طبقا للقانون عدد 12 الجاري",
                                      "الاتفاقية المؤرخة في 17-9 الجاري"])
def test_no_day_of_the_current_month(sentence: str) -> None:
    # an article in force, a law's number; a numeric date's tail is the numeric date's
    assert not [d for d in dates(sentence) if d["value"] and d["value"].startswith("2017-06-")
                and d["text"].endswith("الجاري") and "-" not in d["text"]]


# -- 3. two weekdays with their days in running text ----------------------------------------------------------
@pytest.mark.parametrize("sentence, span, value", [
    ("تنتظم الدورة يومي الجمعة 16 والسبت 17 بقصر المؤتمرات", "يومي الجمعة 16 والسبت 17", "2017-06-16/2017-06-17"),
    ("تنتظم الدورة يومي الجمعة 16 والسبت 17، بالعاصمة", "يومي الجمعة 16 والسبت 17", "2017-06-16/2017-06-17"),
    ("يقام المهرجان يومي الأحد 11 والاثنين 12 في مدينة صفاقس", "يومي الأحد 11 والاثنين 12", "2017-06-11/2017-06-12"),
    ("يقام المهرجان يومي الأحد ١١ والاثنين ١٢ في مدينة صفاقس", "يومي الأحد ١١ والاثنين ١٢", "2017-06-11/2017-06-12"),
    # the month's range stays as it was
    ("تنتظم الدورة يومي الجمعة 16 والسبت 17 من الشهر الجاري", "يومي الجمعة 16 والسبت 17 من الشهر الجاري",
     "2017-06-16/2017-06-17"),
    ("يقام المهرجان يومي السبت 8 والأحد 9 أفريل", "يومي السبت 8 والأحد 9 أفريل", "2017-04-08/2017-04-09")])
def test_two_weekdays_and_their_days(sentence: str, span: str, value: str) -> None:
    d = one(sentence, span)
    assert (d["type"], d["value"]) == ("DATE", value)


def test_two_weekdays_with_days_apart_are_two_dates() -> None:
    found = {d["text"]: d["value"] for d in dates("يقام المهرجان يومي الأحد 11 والثلاثاء 13 في مدينة صفاقس")}
    assert found == {"الأحد 11": "2017-06-11", "الثلاثاء 13": "2017-06-13"}


def test_weekdays_and_counts_are_no_days() -> None:
    # "الخميس 5 أشخاص": a count after the weekday, not its day of the month
    found = {d["text"]: d["value"] for d in dates("قتل الخميس 5 أشخاص والجمعة 3 آخرون في هجمات متفرقة")}
    assert found == {"الخميس": "2017-06-01", "الجمعة": "2017-05-26"}


# -- 4. a part of the day as an adverb before a clock time --------------------------------------------------------
@pytest.mark.parametrize("span, value", [
    ("بعد الظهر الساعة 7", "T19:00"), ("مساء الساعة السابعة", "T19:00"), ("ليلا على الساعة 11", "T23:00"),
    ("مساء على الساعة الثامنة وعشرين دقيقة", "T20:20"), ("صباحا على الساعة 9", "T09:00"),
    ("مساء على الساعة ٧", "T19:00")])
def test_a_part_of_the_day_before_a_clock_time(span: str, value: str) -> None:
    d = one(f"وصل الوفد الرسمي إلى المطار {span} قادما من الجزائر", span)
    assert (d["type"], d["value"]) == ("TIME", value)


@pytest.mark.parametrize("sentence, span, value", [
    # the clock's own part wins, and a part of another clause stays out
    ("وصل مساء، الساعة السابعة صباحا", "الساعة السابعة صباحا", "T07:00"),
    ("اندلع الحريق ليلا. وعلى الساعة 8 تمت السيطرة عليه", "الساعة 8", "T08:00"),
    ("يبدأ الحفل مساء الأحد على الساعة 7", "مساء الأحد على الساعة 7", "2017-06-04T19:00")])
def test_a_part_of_the_day_of_another_phrase(sentence: str, span: str, value: str) -> None:
    assert one(sentence, span)["value"] == value


# -- 5. an ordinal hour before "في" and a part of the day ------------------------------------------------------
@pytest.mark.parametrize("span, value", [
    ("الثامنة في المساء", "T20:00"), ("الثامنة في الليل", "T20:00"), ("الثامنة والنصف في المساء", "T20:30"),
    ("العاشرة في الصباح", "T10:00")])
def test_an_ordinal_hour_in_a_part_of_the_day(span: str, value: str) -> None:
    d = one(f"وصل الوفد على {span} قادما من الجزائر", span)
    assert (d["type"], d["value"]) == ("TIME", value)


@pytest.mark.parametrize("sentence", ["حل الفريق في المرتبة الثالثة في الصباح", "شاركت للمرة الثالثة في الليل"])
def test_an_ordinal_of_a_noun_is_no_hour(sentence: str) -> None:
    assert not [d for d in dates(sentence) if d["value"] and d["value"].startswith("T")]
