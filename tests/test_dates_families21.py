"""Date families of session 21.

* a day word with its weekday names the writer's day as the last one on or before the day after the
  reference ("اليوم الاثنين" read on Friday 20 January 2017 is the 16th, not the 23rd), so that the day
  words of one story ("اليوم الاثنين … أمس الأحد … غدا الثلاثاء") name one writer's day and anchor the
  document's other relative dates;
* ranges without "من" ("2 أكتوبر إلى 22 أكتوبر", "الجمعة حتى الأحد", "يوم الجمعة إلى غاية الأحد") and
  ranges opened by an ambiguous weekday ("من الجمعة إلى الأحد") are one interval, but not a date moved to
  another ("أجلت المحكمة جلسة 2 أكتوبر إلى 22 أكتوبر");
* a night of a day of a month ("الليلة الأولى من رمضان") is that day's night, and the first or last ten
  days of a Hijri month ("العشر الأواخر من رمضان") one interval;
* a definite cardinal before a month phrase ("قتل الثلاثة الشهر الماضي") is a count, not a day.

Values are computed here with datetime (and hijridate for the Hijri months); the reference is a Friday.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hijridate import Hijri

from date_cases import INDIC, WEEKDAYS, DateCases

REF = dt.date(2017, 1, 20)  # a Friday

_CASES = DateCases(REF)
dates, one, texts = _CASES.dates, _CASES.one, _CASES.texts


def writers(days: int, wd: int) -> dt.date:
    """The day named by a day word ``days`` from the writer's day (اليوم 0, أمس -1, غدا 1) and weekday ``wd``."""
    return _CASES.writers_day(days, wd) + dt.timedelta(days=days)


# -- 1. a stated today fixes the story's day ------------------------------------------------------------
def test_the_briefs_story_names_one_writers_monday() -> None:
    found = dates("أعلنت الوزارة اليوم الاثنين عن إجراءات جديدة بعد هجوم أمس الأحد")
    assert [(d["text"], d["value"], d.get("anchor"), d.get("anchor_date")) for d in found] == [
        ("اليوم الاثنين", "2017-01-16", "DOC", "2017-01-16"), ("أمس الأحد", "2017-01-15", "DOC", "2017-01-16")]


@pytest.mark.parametrize("word", ["اليوم", "صباح اليوم", "مساء اليوم"])
@pytest.mark.parametrize("wd", range(1, 8))
def test_today_with_its_weekday_is_not_after_the_day_after_the_reference(word: str, wd: int) -> None:
    span = f"{word} {WEEKDAYS[wd]}"
    d = one(f"وأكدت الوزارة في بلاغ لها {span} أن الاجتماع انعقد", span)
    day = writers(0, wd)
    assert d["value"][:10] == day.isoformat() and day <= REF + dt.timedelta(days=1)
    assert (REF - day).days < 7


@pytest.mark.parametrize("word, days", [("أمس", -1), ("البارحة", -1), ("يوم أمس", -1), ("غدا", 1), ("يوم غد", 1),
                                        ("بعد غد", 2)])
@pytest.mark.parametrize("wd", range(1, 8))
def test_yesterday_and_tomorrow_with_their_weekday(word: str, days: int, wd: int) -> None:
    span = f"{word} {WEEKDAYS[wd]}"
    d = one(f"وقالت الوزارة إن الوفد يصل {span} إلى العاصمة", span)
    assert d["value"] == writers(days, wd).isoformat()


@pytest.mark.parametrize("stated, day", [("اليوم الاثنين", "2017-01-16"), ("صباح اليوم الثلاثاء", "2017-01-17"),
                                         ("هذا اليوم الأربعاء", "2017-01-18"), ("أمس الأحد", "2017-01-16"),
                                         ("غدا الخميس", "2017-01-18"), ("اليوم السبت", "2017-01-21")])
def test_the_other_relative_words_read_against_the_writers_day(stated: str, day: str) -> None:
    text = f"أكدت الوزارة {stated} أن الوزير سافر أمس وأن الاجتماع سيعقد غدا وأن اللجنة ستجتمع هذا الأسبوع"
    found = {d["text"]: d for d in dates(text)}
    writer = dt.date.fromisoformat(day)
    assert found["أمس"]["value"] == (writer - dt.timedelta(days=1)).isoformat()
    assert found["غدا"]["value"] == (writer + dt.timedelta(days=1)).isoformat()
    assert found["هذا الأسبوع"]["value"] == f"{writer.isocalendar()[0]}-W{writer.isocalendar()[1]:02d}"
    assert found["أمس"]["anchor"] == "DOC" and found["أمس"]["anchor_date"] == day


def test_an_anniversary_is_no_statement_of_the_day() -> None:
    found = {d["text"]: d for d in dates("في مثل هذا اليوم الاثنين وقع الهجوم أمس")}
    assert found["أمس"]["value"] == "2017-01-19" and found["أمس"]["anchor"] == "REF"


# -- 2. ranges without "من", ranges of weekdays --------------------------------------------------------
MONTHS = {10: "أكتوبر", 3: "مارس", 6: "جوان", 11: "تشرين الثاني", 12: "ديسمبر"}


@pytest.mark.parametrize("link", ["إلى", "الى", "حتى", "لغاية", "إلى غاية", "-"])
@pytest.mark.parametrize("month", [10, 11, 12])
@pytest.mark.parametrize("indic", [False, True])
def test_two_days_joined_without_min_are_one_range(link: str, month: int, indic: bool) -> None:
    span = f"2 {MONTHS[month]} {link} 22 {MONTHS[month]}"
    span = span.translate(INDIC) if indic else span
    d = one(f"وتتواصل التظاهرة {span} بمدينة الحمامات", span)
    assert d["value"] == f"2016-{month:02d}-02/2016-{month:02d}-22"


def test_two_yearless_ends_take_the_starts_year() -> None:
    # a future cue before the first day only: the end was read as last October
    assert texts("يتواصل المعرض من 2 أكتوبر حتى 22 أكتوبر") == {"من 2 أكتوبر حتى 22 أكتوبر": "2017-10-02/2017-10-22"}
    assert texts("سيقام المعرض من 28 ديسمبر إلى 3 جانفي") == {"من 28 ديسمبر إلى 3 جانفي": "2017-12-28/2018-01-03"}


@pytest.mark.parametrize("verb", ["أجلت المحكمة جلسة", "قررت المحكمة تأجيل جلسة", "وتم إرجاء الموعد من"])
def test_a_date_moved_to_another_is_no_range(verb: str) -> None:
    found = texts(f"{verb} 2 أكتوبر إلى 22 أكتوبر")
    assert found == {"2 أكتوبر": "2016-10-02", "22 أكتوبر": "2016-10-22"} or (
        verb.endswith("من") and found == {"من 2 أكتوبر إلى 22 أكتوبر": "2016-10-02/2016-10-22"})


@pytest.mark.parametrize("first", range(1, 8))
@pytest.mark.parametrize("gap", [1, 2, 3])
@pytest.mark.parametrize("opening, link", [("من ", "إلى"), ("", "حتى"), ("يوم ", "إلى غاية"), ("من يوم ", "لغاية")])
def test_a_range_of_weekdays(first: int, gap: int, opening: str, link: str) -> None:
    last = (first + gap - 1) % 7 + 1
    span = f"{opening}{WEEKDAYS[first]} {link} {WEEKDAYS[last]}"
    d = one(f"وتنتظم التظاهرة {span} بمدينة سوسة", span)
    start = REF - dt.timedelta(days=(REF.isoweekday() - first) % 7)  # the bare weekday: the last one
    assert d["value"] == f"{start.isoformat()}/{(start + dt.timedelta(days=gap)).isoformat()}"


def test_two_weekdays_and_a_count_are_not_a_range() -> None:
    # "الاثنين" (the two) and "الأحد عشر" (eleven) stay numbers
    assert all("/" not in (d["value"] or "") for d in dates("وقتل الاثنين الآخرين حتى الأحد عشر"))


# -- 3. nights of a day, tens of days of a Hijri month ---------------------------------------------------
RAMADAN_1438 = Hijri(1438, 9, 1).to_gregorian()


@pytest.mark.parametrize("night, n", [("الليلة الأولى", 1), ("الليلة الثانية", 2), ("ليلة السابع والعشرين", 27),
                                      ("الليلة السابعة والعشرين", 27), ("ليلة 15", 15), ("ليلة ١٥", 15)])
@pytest.mark.parametrize("month", ["من رمضان", "من شهر رمضان"])
def test_a_night_of_a_day_of_ramadan(night: str, n: int, month: str) -> None:
    span = f"{night} {month}"
    d = one(f"وتقام صلاة التراويح في {span} بجامع الزيتونة", span)
    assert (d["type"], d["value"]) == ("TIME", f"{RAMADAN_1438 + dt.timedelta(days=n - 1)}TNI")


def test_a_night_of_a_gregorian_day() -> None:
    d = one("وقعت الحادثة ليلة 14 جانفي 2011 بالعاصمة", "ليلة 14 جانفي 2011")
    assert (d["type"], d["value"], d["part_of_day"]) == ("TIME", "2011-01-14TNI", "NI")
    # two nights stay a range of days
    assert one("ليلتي 3 و4 أوت", "ليلتي 3 و4 أوت")["value"] == "2016-08-03/2016-08-04"


@pytest.mark.parametrize("phrase, days", [("العشر الأواخر من رمضان", (21, 29)),
                                          ("العشر الأواخر من شهر رمضان", (21, 29)),
                                          ("العشر الأوائل من ذي الحجة", (1, 10)),
                                          ("الأيام العشر الأولى من شهر ذي الحجة", (1, 10)),
                                          ("الليالي العشر الأواخر من رمضان", (21, 29))])
@pytest.mark.parametrize("clitic", ["", "و", "ب"])
def test_the_first_or_last_ten_days_of_a_hijri_month(phrase: str, days: tuple[int, int], clitic: str) -> None:
    d = one(f"ويكثر الإقبال على المساجد {clitic}{phrase} كل عام", phrase)
    month = 9 if "رمضان" in phrase else 12
    start, end = (Hijri(1438, month, day).to_gregorian().isoformat() for day in days)
    assert (d["type"], d["value"], d["hijri"]) == ("DATE", f"{start}/{end}",
                                                  f"1438-{month:02d}-{days[0]:02d}/1438-{month:02d}-{days[1]:02d}")


def test_ten_not_of_a_month() -> None:
    assert not [d for d in dates("وصلت العشر الأوائل من الفرق المشاركة") if "العشر" in d["text"]]


# -- 4. a count before a month phrase --------------------------------------------------------------------
@pytest.mark.parametrize("count", ["الثلاثة", "الأربعة", "الخمسة", "الستة"])
@pytest.mark.parametrize("unit, value", [("الشهر الماضي", "2016-12"), ("الشهر الجاري", "2017-01")])
def test_a_definite_count_before_a_month_is_no_day(count: str, unit: str, value: str) -> None:
    assert texts(f"وكان {count} قد اعتقلوا {unit}") == {unit: value}
    assert texts(f"قتل {count} {unit} في هجوم") == {unit: value}


@pytest.mark.parametrize("day, n", [("الثالث", 3), ("الخامس عشر", 15), ("يوم الثلاثة", 3), ("3", 3), ("٣", 3)])
def test_a_day_before_this_month_stays_a_day(day: str, n: int) -> None:
    span = f"{day} من الشهر الجاري"
    assert one(f"انعقد الاجتماع {span} بالعاصمة", span)["value"] == f"2017-01-{n:02d}"


@pytest.mark.parametrize("phrase, n", [("أول ليلة من رمضان", 1), ("أول ليلة من شهر رمضان", 1),
                                       ("آخر ليلة من رمضان", 29), ("الليلة الأخيرة من شهر رمضان", 29)])
def test_the_first_or_last_night_of_ramadan(phrase: str, n: int) -> None:
    d = one(f"وأحيا المصلون {phrase} بجامع عقبة بن نافع", phrase)
    assert (d["type"], d["value"]) == ("TIME", f"{Hijri(1438, 9, n).to_gregorian().isoformat()}TNI")


@pytest.mark.parametrize("sentence", ["قضى أول ليلة في السجن", "وصل الفريق أول ليلة إلى الفندق",
                                      "الليلة الأخيرة من المهرجان"])
def test_a_first_night_is_no_clock_time(sentence: str) -> None:
    # "أول" before "ليلة" was read as one o'clock at night (T01:00)
    assert not [d for d in dates(sentence) if "ليلة" in d["text"]]
