"""Families of Microsoft Recognizers-Text's Arabic DateTime specs that news writes too, over their neighbours.

Source: microsoft/Recognizers-Text (MIT licence), Specs/DateTime/Arabic/DateExtractor.json, DateParser.json,
DurationParser.json, HolidayParser.json, SetParser.json (their reference day is 2016-11-07, a Monday).  Each
family is tested beyond their strings (all weekdays, numbers in digits, Arabic-Indic digits and words, clitics)
with values computed here with datetime, and with neighbours that must not change.

Conventions of this project kept where theirs differ (not asserted as theirs): weeks start on Sunday ("الأسبوع
القادم الأحد" is the Sunday that opens next week; theirs: the Sunday that closes it); "بعد أسبوعين" and "قبل
شهر" keep the grain of their unit (a week, a month; theirs: a day); a weekday with an ordinal is that day of the
month ("الأحد الثاني" is the 2nd; theirs: the second Sunday); "عيد الأب" is 21 June, as in most Arab countries
(theirs: the third Sunday of June).
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_cases import DateCases
from month_names import MONTHS

REF = dt.date(2016, 11, 7)  # Recognizers-Text's reference day, a Monday
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
# ISO weekday → the weekday with its article, and without it after an ordinal ("أول يوم جمعة")
WEEKDAYS = {1: "الاثنين", 2: "الثلاثاء", 3: "الأربعاء", 4: "الخميس", 5: "الجمعة", 6: "السبت", 7: "الأحد"}
BARE = {1: "اثنين", 2: "ثلاثاء", 3: "أربعاء", 4: "خميس", 5: "جمعة", 6: "سبت", 7: "أحد"}


_CASES = DateCases(REF)
dates, one = _CASES.dates, _CASES.one


def sunday_of_week(ref: dt.date, weeks: int) -> dt.date:
    """The Sunday that opens the week of ``ref`` moved by ``weeks`` (weeks of Arabic news start on Sunday)."""
    return ref - dt.timedelta(days=ref.isoweekday() % 7) + dt.timedelta(weeks=weeks)


# -- 1. "قبل يوم أمس": the day before yesterday, as "قبل أمس" and "أول من أمس" --------------------------
@pytest.mark.parametrize("phrase", ["قبل يوم أمس", "قبل يوم امس", "قبل أمس", "أول من أمس", "أول أمس"])
@pytest.mark.parametrize("clitic", ["", "و"])
def test_day_before_yesterday(phrase: str, clitic: str) -> None:
    sentence = f"وصل الوفد إلى العاصمة {clitic}{phrase} في زيارة رسمية"
    d = one(sentence, phrase)
    assert d["type"] == "DATE" and d["value"] == "2016-11-05"


@pytest.mark.parametrize("sentence", ["وصل قبل يوم من الانتخابات", "قبل يوم واحد من القمة"])
def test_a_day_before_an_event_is_not_the_day_before_yesterday(sentence: str) -> None:
    assert all(d["value"] != "2016-11-05" for d in dates(sentence))


# -- 2. "بعد/قبل" + a duration + "من الآن": counted from the reference, whatever the tense -----------------
COUNTS = [("يومين", "D", 2), ("أسبوعين", "W", 2), ("شهرين", "M", 2), ("عامين", "Y", 2),
          ("3 أيام", "D", 3), ("ثلاثة أسابيع", "W", 3), ("5 أشهر", "M", 5), ("عشر سنوات", "Y", 10)]


def _grain(day: dt.date, unit: str) -> str:
    """The value of a day in the grain of ``unit`` (the project's convention for "بعد أسبوعين")."""
    if unit == "D":
        return day.isoformat()
    if unit == "W":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return day.isoformat()[:7] if unit == "M" else str(day.year)


def _moved(unit: str, n: int) -> dt.date:
    if unit in ("D", "W"):
        return REF + dt.timedelta(days=n * (7 if unit == "W" else 1))
    months = REF.month - 1 + n * (12 if unit == "Y" else 1)
    return REF.replace(year=REF.year + months // 12, month=months % 12 + 1)


@pytest.mark.parametrize(("count", "unit", "n"), COUNTS)
@pytest.mark.parametrize("now", ["الآن", "الان"])
@pytest.mark.parametrize("digits", [False, True])
def test_after_a_duration_from_now(count: str, unit: str, n: int, now: str, digits: bool) -> None:
    count = count.translate(INDIC) if digits else count
    span = f"بعد {count} من {now}"
    d = one(f"قال إن المشروع كان جاهزا {span} بحسب الخطة", span)  # a past verb: "من الآن" still counts forward
    assert d["type"] == "DATE" and d["value"] == _grain(_moved(unit, n), unit)


@pytest.mark.parametrize(("count", "unit", "n"), COUNTS)
def test_before_a_duration_from_now(count: str, unit: str, n: int) -> None:
    span = f"قبل {count} من الآن"
    d = one(f"بدأت الأشغال {span} في المدينة", span)
    assert d["type"] == "DATE" and d["value"] == _grain(_moved(unit, -n), unit)


@pytest.mark.parametrize("sentence", ["عاد بعد يومين من الهجوم", "بعد أسبوعين من الانتخابات أعلن النتائج"])
def test_after_a_duration_from_an_event_stays_a_duration(sentence: str) -> None:
    assert [d["type"] for d in dates(sentence)] == ["DURATION"]


def test_hours_from_now_stay_a_duration() -> None:
    found = [(d["text"], d["type"], d["value"]) for d in dates("سيصل بعد ساعتين من الآن")]
    assert found[:1] == [("ساعتين", "DURATION", "PT2H")]


# -- 3. a written week, then its weekday: "الأسبوع المقبل يوم الجمعة" ------------------------------------
WEEKS = [("الأسبوع المقبل", 1), ("الأسبوع القادم", 1), ("الاسبوع المقبل", 1), ("الأسبوع الماضي", -1),
         ("الأسبوع الفائت", -1), ("هذا الأسبوع", 0), ("الأسبوع الحالي", 0), ("الأسبوع الجاري", 0)]


@pytest.mark.parametrize(("week", "rel"), WEEKS)
@pytest.mark.parametrize("wd", range(1, 8))
@pytest.mark.parametrize("link", [" يوم ", " ", "، يوم "])
def test_week_then_weekday(week: str, rel: int, wd: int, link: str) -> None:
    span = f"{week}{link}{WEEKDAYS[wd]}"
    d = one(f"ويعقد المجلس اجتماعه {span} في العاصمة", span)
    assert d["type"] == "DATE" and d["value"] == (sunday_of_week(REF, rel) + dt.timedelta(days=wd % 7)).isoformat()


@pytest.mark.parametrize("sentence", ["عقد الاجتماع الأسبوع الماضي. الخميس أعلن الوزير استقالته",
                                      "الأسبوع المقبل والجمعة التي تليه"])
def test_week_and_a_weekday_apart_stay_apart(sentence: str) -> None:
    assert any(d["value"] is not None and "-W" in d["value"] for d in dates(sentence))


def test_week_and_a_written_date_keep_the_date() -> None:
    values = [d["value"] for d in dates("جرت الانتخابات الأسبوع الماضي الخميس 3 نوفمبر 2016")]
    assert "2016-11-03" in values


# -- 4. "أول يوم جمعة في هذا الشهر": an ordinal weekday of this month -----------------------------------
@pytest.mark.parametrize("wd", range(1, 8))
@pytest.mark.parametrize(("ordinal", "n"), [("أول", 1), ("ثاني", 2), ("ثالث", 3), ("رابع", 4)])
@pytest.mark.parametrize("month", ["في هذا الشهر", "من هذا الشهر", "من الشهر الجاري"])
def test_ordinal_weekday_of_this_month(wd: int, ordinal: str, n: int, month: str) -> None:
    span = f"{ordinal} يوم {BARE[wd]} {month}"
    d = one(f"تنطلق الدورة {span} بمشاركة واسعة", span)
    days = [dt.date(2016, 11, k) for k in range(1, 31) if dt.date(2016, 11, k).isoweekday() == wd]
    assert d["value"] == days[n - 1].isoformat()


# -- 5. "كل صباح", "كل ليلة": a part of the day every day --------------------------------------------------
@pytest.mark.parametrize(("part", "code"), [("صباح", "MO"), ("فجر", "MO"), ("ظهر", "MI"), ("عصر", "AF"),
                                            ("مساء", "EV"), ("عشية", "EV"), ("ليلة", "NI"), ("ليل", "NI")])
@pytest.mark.parametrize("clitic", ["", "و"])
def test_every_part_of_the_day(part: str, code: str, clitic: str) -> None:
    d = one(f"تتجمع الحشود {clitic}كل {part} أمام البرلمان", f"كل {part}")
    assert d["type"] == "SET" and d["value"] == f"T{code}"


@pytest.mark.parametrize("sentence", ["أمضى كل الليلة في المستشفى", "كل صباحات المدينة هادئة"])
def test_every_part_neighbours(sentence: str) -> None:
    assert all(d["type"] != "SET" for d in dates(sentence))


# -- 6. "طوال الأسبوع", "طيلة العام": a whole unit --------------------------------------------------------
@pytest.mark.parametrize(("unit", "value"), [("الأسبوع", "P1W"), ("الاسبوع", "P1W"), ("الشهر", "P1M"),
                                             ("العام", "P1Y"), ("السنة", "P1Y"), ("اليوم", "P1D")])
@pytest.mark.parametrize("cue", ["طوال", "طيلة", "على مدار", "على مدى"])
def test_entire_unit(unit: str, value: str, cue: str) -> None:
    span = f"{cue} {unit}"
    d = one(f"استمرت الاحتجاجات {span} في الولاية.", span)
    assert d["type"] == "DURATION" and d["value"] == value and d["mod"] == "ENTIRE"


@pytest.mark.parametrize(("sentence", "span", "value"), [
    ("ارتفعت الأسعار طوال العام الماضي", "العام الماضي", "2015"),
    ("تراجع النمو طيلة السنة الماضية", "السنة الماضية", "2015"),
    ("الإغلاق مستمر طوال شهر رمضان", "شهر رمضان", None),
])
def test_entire_unit_neighbours(sentence: str, span: str, value: str | None) -> None:
    d = one(sentence, span)
    assert d["type"] == "DATE" and (value is None or d["value"] == value)
    assert all(x["type"] != "DURATION" for x in dates(sentence))


def test_entire_year_before_a_number_is_no_whole_year() -> None:
    assert all(d["value"] != "P1Y" for d in dates("طيلة العام 2016 تراجعت الصادرات"))


# -- 7. holidays: Thanksgiving (the 4th Thursday of November), New Year's Eve, Father's Day --------------
def _thanksgiving(year: int) -> dt.date:
    return [dt.date(year, 11, k) for k in range(1, 31) if dt.date(year, 11, k).isoweekday() == 4][3]


@pytest.mark.parametrize("year", range(2008, 2024))
def test_thanksgiving_of_a_year(year: int) -> None:
    span = f"عيد الشكر {year}"
    assert one(f"عفا الرئيس عن ديك رومي بمناسبة {span}", span)["value"] == _thanksgiving(year).isoformat()
    span = f"عيد الشكر عام {year}".translate(INDIC)
    assert one(f"في {span}", span)["value"] == _thanksgiving(year).isoformat()


@pytest.mark.parametrize(("ref", "value"), [(REF, "2016-11-24"), (dt.date(2017, 9, 1), "2017-11-23"),
                                            (dt.date(2018, 12, 20), "2018-11-22")])
def test_thanksgiving_without_a_year(ref: dt.date, value: str) -> None:
    assert one("عطلة عيد الشكر في الولايات المتحدة", "عيد الشكر", ref)["value"] == value


def test_thanksgiving_without_a_reference() -> None:
    d = one("عطلة عيد الشكر", "عيد الشكر", None)
    assert d["value"] is None and d["timex"] == "XXXX-11-WXX-4-4"


@pytest.mark.parametrize(("sentence", "span", "value"), [
    ("احتفالات ليلة رأس السنة في دبي", "ليلة رأس السنة", "2016-12-31"),
    ("احتفالات ليلة رأس السنة الميلادية في دبي", "ليلة رأس السنة الميلادية", "2016-12-31"),
    ("احتفالات رأس السنة الجديدة في دبي", "رأس السنة الجديدة", "2017-01-01"),
    ("وبمناسبة رأس السنة الميلادية", "رأس السنة الميلادية", "2017-01-01"),
    ("هدايا عيد الأب هذا العام", "عيد الأب", "2016-06-21"),
])
def test_new_year_and_fathers_day(sentence: str, span: str, value: str) -> None:
    assert one(sentence, span)["value"] == value


@pytest.mark.parametrize(("ref", "value"), [(dt.date(2017, 6, 1), "2016-12-31"), (dt.date(2016, 12, 20), "2016-12-31"),
                                            (dt.date(2017, 1, 3), "2016-12-31"), (dt.date(2017, 9, 1), "2017-12-31")])
def test_new_years_eve_is_the_night_before_the_new_year_chosen(ref: dt.date, value: str) -> None:
    sentence = "الهجوم على ملهى ليلي في إسطنبول ليلة رأس السنة، حسب رويترز"
    assert one(sentence, "ليلة رأس السنة", ref)["value"] == value
    assert one(sentence.replace("ليلة", "ليْلة"), "ليْلة رأس السنة", ref)["value"] == value


def test_new_years_eve_without_a_reference() -> None:
    d = one("ليلة رأس السنة", "ليلة رأس السنة", None)
    assert d["value"] is None and d["timex"] == "XXXX-12-31"


@pytest.mark.parametrize("sentence", ["تكريم عيد الأبطال", "عيد الأبناء"])
def test_fathers_day_neighbours(sentence: str) -> None:
    assert dates(sentence) == []


# -- 8. "بين 4-22 يناير 1995": days of one month between "بين" and a dash, as "بين 4 و22 يناير" ------------
@pytest.mark.parametrize("system", sorted(MONTHS))
@pytest.mark.parametrize("dash", ["-", " - ", "–"])
@pytest.mark.parametrize("digits", [False, True])
def test_days_between_with_a_dash(system: str, dash: str, digits: bool) -> None:
    for month in (1, 6, 12):
        span = f"بين 4{dash}22 {MONTHS[system][month - 1]} 1995"
        span = span.translate(INDIC) if digits else span
        d = one(f"أقيمت الدورة {span} في الرباط", span)
        assert d["value"] == f"1995-{month:02d}-04/1995-{month:02d}-22"


@pytest.mark.parametrize(("sentence", "span", "value"), [
    ("بين 22-4 يناير 1995", "4 يناير 1995", "1995-01-04"),  # the first day after the last: no range
    # "بين … إلى" is a range since session 36, as news write it ("في الفترة بين 22 الى 27 ماي 2017", ANT 3737)
    ("بين 2 إلى 7 فبراير 2018", "بين 2 إلى 7 فبراير 2018", "2018-02-02/2018-02-07"),
])
def test_days_between_neighbours(sentence: str, span: str, value: str) -> None:
    assert [(d["text"], d["value"]) for d in dates(sentence)] == [(span, value)]


# -- 9. "هذا الصباح", "هذا المساء": this morning, this evening (as "هذه الليلة" is tonight) ----------------
@pytest.mark.parametrize(("part", "code"), [("هذا الصباح", "MO"), ("هذا المساء", "EV")])
@pytest.mark.parametrize("clitic", ["", "و", "ف"])
@pytest.mark.parametrize(("before", "after"), [("أعلن الوزير ", " أن الحكومة"), ("وقع الانفجار ", "، وفق"),
                                               ("قتل شخصان ", ".")])
def test_this_morning(part: str, code: str, clitic: str, before: str, after: str) -> None:
    d = one(f"{before}{clitic}{part}{after}", part)
    assert d["type"] == "TIME" and d["value"] == f"2016-11-07T{code}"


def test_this_morning_without_a_reference() -> None:
    d = one("أعلن هذا الصباح", "هذا الصباح", None)
    assert d["value"] is None and d["part_of_day"] == "MO"


@pytest.mark.parametrize("sentence", ["هذا الصباحي", "هذا المسائي", "برنامج هذا الصباحات"])
def test_this_morning_neighbours(sentence: str) -> None:
    assert dates(sentence) == []


# -- 10. "من 4 إلى 5 مساء", "بين الخامسة والسادسة مساء": a range of hours without الساعة -------------------
HOURS = [("4", "5", 4, 5), ("٩", "١١", 9, 11), ("الخامسة", "السادسة", 5, 6), ("الثانية", "الخامسة", 2, 5),
         ("الثامنة", "العاشرة", 8, 10)]


@pytest.mark.parametrize(("h1", "h2", "n1", "n2"), HOURS)
@pytest.mark.parametrize(("sig", "conj"), [("من ", " إلى "), ("من ", " حتى "), ("بين ", " و")])
@pytest.mark.parametrize(("part", "shift"), [("صباحا", 0), ("مساء", 12), ("مساءً", 12), ("عصرا", 12)])
def test_range_of_hours_without_saa(h1: str, h2: str, n1: int, n2: int, sig: str, conj: str, part: str,
                                    shift: int) -> None:
    span = f"{sig}{h1}{conj}{h2} {part}"
    d = one(f"تفتح المكاتب أبوابها {span} كل يوم", span)
    assert d["type"] == "TIME" and d["value"] == f"T{n1 + shift:02d}:00/T{n2 + shift:02d}:00"


@pytest.mark.parametrize("sentence", ["ارتفع العدد من 4 إلى 5 ملايين", "بين 4 إلى 5 مساء", "من 13 إلى 15 مساء",
                                      "أصيب من 3 إلى 5 مساء الأحد", "من اثنين إلى خمسة مساء"])
def test_range_of_hours_neighbours(sentence: str) -> None:
    assert all("/" not in (d["value"] or "") for d in dates(sentence))
