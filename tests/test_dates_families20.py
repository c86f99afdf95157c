"""Date families of session 20, read in ANT news (v1.1).

* a word glued to a duration's count ("والذي استمر16 عاماً", "لمدة تصل إلى4 سنوات", "خلال24 ساعة") is left
  out of the span, as a signal word is;
* days glued to و before a date ("يومي 22و23 مارس", "أيام 7و8و9 جوان") join the day range;
* a weekday before a day of this month ("يومي الجمعة 16 والسبت 17 من الشهر الجاري") is one date with it;
* "الساعة الأولى من المباراة" is the first hour of a match, not 1 o'clock;
* "الليلة الماضية" before the clause's object ("بقليبية الليلة الماضية القبض على") is last night;
* days anchored on the story's previous date ("اليوم الموالي", "في الشهر ذاته", "يوم 25 من نفس الشهر")
  take their value from the last date written before them, never from the day the document is read on.

Values are computed here with datetime; the reference is a Thursday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_cases import DateCases

REF = dt.date(2017, 6, 1)  # a Thursday
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

_CASES = DateCases(REF)
dates, one = _CASES.dates, _CASES.one


def texts(sentence: str) -> dict[str, str | None]:
    """Each date's text → its value."""
    return {d["text"]: d["value"] for d in dates(sentence)}


# -- 1. a word glued to a duration's count ----------------------------------------------------------------
GLUED = [  # (the sentence with {n} for the count, the unit, the value with {n})
    ("والذي استمر{n} عاماً كانت قد بدأته احتجاجاً", "عاماً", "P{n}Y"),
    ("بالسجن لمدة تصل إلى{n} سنوات، وذلك على خلفية احتيال", "سنوات", "P{n}Y"),
    # ("البالغ من العمر{n} عاما", an age, is no duration since session 29: tests/test_dates29.py)
    ("توقفت الأشغال بعد أن تجاوز{n} عاما من الانتظار", "عاما", "P{n}Y"),
    ("إغلاق كافة المنافذ البحرية والجوية خلال{n} ساعة أمام الحركة", "ساعة", "PT{n}H"),
    ("زلزال ايطاليا : انقاذ طفلة بعد{n} ساعة", "ساعة", "PT{n}H"),
    ("وتواصلت الأشغال مدة لا تتجاوز{n} أشهر", "أشهر", "P{n}M"),
    ("والمفاوضات التي دامت{n} ساعات انتهت", "ساعات", "PT{n}H"),
    ("حكم عليه بالسجن مدة{n} أشهر", "أشهر", "P{n}M"),
]


@pytest.mark.parametrize("sentence, unit, value", GLUED)
@pytest.mark.parametrize("n, digits", [(16, "16"), (4, "4"), (24, "٢٤")])
def test_a_word_glued_to_the_count_of_a_duration(sentence: str, unit: str, value: str, n: int, digits: str) -> None:
    if unit in ("عاماً", "عاما") and n < 11:
        unit = "أعوام"  # "4 أعوام": the accusative singular counts from 11 up
        sentence = sentence.replace("عاماً", unit).replace("عاما", unit)
    text = sentence.format(n=digits)
    d = one(text, f"{digits} {unit}")
    assert d["type"] == "DURATION" and d["value"] == value.format(n=n)


def test_a_glued_signal_since_is_a_relative_date() -> None:
    d = one("غادر البلاد منذ3 أشهر", "منذ3 أشهر")
    assert d["type"] == "DATE" and d["value"] == "2017-03" and d["offset"] == "-P3M"


@pytest.mark.parametrize("sentence", ["الدورة الصيفية2 أيام قرطاج", "كوفيد19 أيام", "رقم الهاتف71 سنة"])
def test_a_count_glued_to_another_word_is_no_duration(sentence: str) -> None:
    assert dates(sentence) == []


# -- 2. days glued to و before a date ---------------------------------------------------------------------
MONTHS = [("مارس", 3), ("جوان", 6), ("أوت", 8), ("كانون الثاني", 1), ("يونيو", 6), ("نوفمبر", 11)]


@pytest.mark.parametrize("month, number", MONTHS)
@pytest.mark.parametrize("indic", [False, True])
def test_two_days_glued_to_and_are_one_range(month: str, number: int, indic: bool) -> None:
    days = "22و23" if not indic else "22و23".translate(INDIC)
    span = f"يومي {days} {month} 2016"
    d = one(f"تم تنظيم قافلة ثقافية {span} وعروض تنشيطية", span)
    assert d["value"] == f"2016-{number:02d}-22/2016-{number:02d}-23"


def test_three_days_glued_and_a_relative_month() -> None:
    assert one("تنتظم الدورة أيام 7و8و9 جوان 2017 بالعاصمة", "أيام 7و8و9 جوان 2017")["value"] == \
        "2017-06-07/2017-06-09"
    d = one("قررت الجامعة الدخول في إضراب حضوري يومي 8و9 مارس القادم وتنظيم احتجاجات", "يومي 8و9 مارس القادم")
    assert d["value"] == "2018-03-08/2018-03-09"


def test_glued_days_that_do_not_follow_each_other_are_two_dates() -> None:
    found = texts("انعقد الملتقى يومي 22و24 مارس 2016 بسوسة")
    assert found == {"22": "2016-03-22", "24 مارس 2016": "2016-03-24"}


@pytest.mark.parametrize("sentence", ["فاز الفريق 3و4 في المباراتين", "سجل اللاعب 2و3 أهداف"])
def test_glued_numbers_without_a_month_are_no_date(sentence: str) -> None:
    assert dates(sentence) == []


# -- 3. a weekday before a day of this month -------------------------------------------------------------
def test_two_weekdays_with_days_of_this_month_are_one_range() -> None:
    span = "يومي الجمعة 16 والسبت 17 من الشهر الجاري"
    d = one(f"أن جلسة استماع علنية ستنعقد على مرحلتين {span} انطلاقا من الساعة التاسعة", span)
    assert d["value"] == "2017-06-16/2017-06-17"


@pytest.mark.parametrize("wd, day", [("الخميس", 15), ("الجمعة", 16), ("الأحد", 18), ("الاثنين", 19)])
def test_a_weekday_before_a_day_of_this_month(wd: str, day: int) -> None:
    span = f"يوم {wd} {day} من الشهر الجاري"
    d = one(f"يصل الوفد {span} إلى العاصمة", span)
    assert d["value"] == f"2017-06-{day:02d}" and d["weekday_ok"] is True


def test_a_weekday_that_is_not_the_day_of_this_month_says_so() -> None:
    d = one("يصل الوفد الأحد 15 من الشهر الجاري", "الأحد 15 من الشهر الجاري")
    assert d["value"] == "2017-06-15" and d["weekday_ok"] is False


# -- 4. an hour of a match -------------------------------------------------------------------------------
@pytest.mark.parametrize("hour", ["الأولى", "الثانية", "الثالثة"])
@pytest.mark.parametrize("of", ["من المباراة", "من اللقاء", "من عمر المباراة", "من الشوط الثاني", "في السباق"])
def test_an_hour_of_a_match_is_no_clock_time(hour: str, of: str) -> None:
    assert dates(f"سجل الفريق هدفين في الساعة {hour} {of}") == []


@pytest.mark.parametrize("sentence, span, value", [
    ("وقع الانفجار في الساعة الثالثة من الليل", "الساعة الثالثة من الليل", "T03:00"),
    ("يفتح المكتب الساعة الثانية من بعد الظهر", "الساعة الثانية من بعد الظهر", "T14:00"),
    ("وصل الساعة الرابعة من يوم الأحد", "الساعة الرابعة من يوم الأحد", "2017-05-28T04:00"),
    ("انطلقت المسيرة على الساعة الأولى صباحا", "الساعة الأولى صباحا", "T01:00"),
])
def test_an_hour_of_a_day_is_a_clock_time(sentence: str, span: str, value: str) -> None:
    assert one(sentence, span)["value"] == value


# -- 5. last night before the clause's object ------------------------------------------------------------
@pytest.mark.parametrize("rel, days", [("الماضية", -1), ("المقبلة", 1), ("القادمة", 1)])
def test_last_night_before_a_definite_object(rel: str, days: int) -> None:
    sentence = f"ألقت الوحدات البحرية للحرس الوطني بقليبية الليلة {rel} القبض على 30 شخصا"
    d = one(sentence, f"الليلة {rel}")
    assert d["type"] == "TIME" and d["value"] == f"{(REF + dt.timedelta(days=days)).isoformat()}TNI"


def test_the_first_night_is_not_tonight() -> None:
    assert all(d["text"] != "الليلة" for d in dates("تنطلق الليلة الأولى من المهرجان"))


# -- 6. days anchored on the story's previous date -------------------------------------------------------
ANCHORED = [  # (the previous date, its value, the anaphoric phrase, its value)
    ("يوم 5 ماي 2016", "2016-05-05", "اليوم الموالي", "2016-05-06"),
    ("يوم الخميس 11 ماي", "2017-05-11", "اليوم التالي", "2017-05-12"),
    ("يوم 31 ديسمبر 2015", "2015-12-31", "اليوم الموالي", "2016-01-01"),
    ("يوم 5 ماي 2016", "2016-05-05", "اليوم السابق", "2016-05-04"),
    ("يوم 5 ماي 2016", "2016-05-05", "نفس اليوم", "2016-05-05"),
    ("يوم 5 ماي 2016", "2016-05-05", "اليوم ذاته", "2016-05-05"),
    ("3 كانون الثاني 2014", "2014-01-03", "الأسبوع التالي", "2014-W02"),
    ("شهر جوان الماضي", "2016-06", "الشهر ذاته", "2016-06"),
    ("18 جانفي 2017", "2017-01-18", "الشهر الموالي", "2017-02"),
    ("عام 2014", "2014", "نفس العام", "2014"),
    ("سنة 2011", "2011", "العام الموالي", "2012"),
    ("العام 2015", "2015", "السنة التالية", "2016"),
]


@pytest.mark.parametrize("prev, prev_value, anaphoric, value", ANCHORED)
def test_an_anaphoric_date_counts_from_the_previous_date(prev: str, prev_value: str, anaphoric: str,
                                                          value: str) -> None:
    sentence = f"وقع الهجوم {prev} بالعاصمة، وفي {anaphoric} أعلنت الشرطة إيقاف المشتبه به"
    assert one(sentence, prev)["value"] == prev_value
    d = one(sentence, anaphoric)
    assert d["value"] == value and d["resolved"] is True
    assert d["anchor"] == "PREV_DATE" and d["anchor_date"] == prev_value


def test_the_next_night_and_the_next_morning_are_times() -> None:
    sentence = "اعتقلوا يوم الجمعة 26 ماي 2017 ثم أطلق سراحه في الليلة التالية"
    d = one(sentence, "الليلة التالية")
    assert d["type"] == "TIME" and d["value"] == "2017-05-27TNI"
    d = one("وقعت الحادثة يوم 3 أفريل 2017 وفي صباح اليوم التالي وصلت التعزيزات", "صباح اليوم التالي")
    assert d["value"] == "2017-04-04TMO"


def test_day_after_day() -> None:
    sentence = "وصل الوفد يوم 3 مارس 2015، وفي اليوم التالي زار المعرض، وفي اليوم التالي غادر"
    found = [d["value"] for d in dates(sentence)]
    assert found == ["2015-03-03", "2015-03-04", "2015-03-05"]


@pytest.mark.parametrize("sentence", [
    "وفي اليوم التالي أعلنت الشرطة إيقاف المشتبه به",  # no previous date
    "وصل في مارس 2015 وفي اليوم التالي غادر",  # a month names no day
    "وصل في 2015 وفي الشهر الموالي غادر",  # a year names no month
    "وبينت الوزارة في بلاغ لها اليوم، أنه إثر الفحوصات المجراة عليها في اليوم الموالي تبين",  # today
    "وتتواصل الدورة من 22 إلى 23 مارس 2016 وفي اليوم التالي تعلن النتائج",  # an interval
])
def test_no_story_date_no_value(sentence: str) -> None:
    found = [d for d in dates(sentence) if d.get("anchor") == "PREV_DATE"]
    assert len(found) == 1 and found[0]["value"] is None and found[0]["resolved"] is False


@pytest.mark.parametrize("same", ["من نفس الشهر", "من الشهر نفسه", "من الشهر ذاته", "من ذات الشهر"])
def test_a_day_of_the_story_month(same: str) -> None:
    sentence = f"بدأ الإضراب يوم 2 فيفري 2016 وانتهى يوم 25 {same}"
    d = one(sentence, f"يوم 25 {same}")
    assert d["value"] == "2016-02-25" and d["anchor"] == "PREV_DATE" and d["anchor_date"] == "2016-02-02"


def test_days_of_the_story_month_are_a_range_with_their_weekdays() -> None:
    sentence = ("دخل القطاع في إضراب يوم 3 مارس 2015 ثم في بقية الأقاليم يومي الثلاثاء والأربعاء 17 و18 من "
                "الشهر ذاته .")
    d = one(sentence, "يومي الثلاثاء والأربعاء 17 و18 من الشهر ذاته")
    assert d["value"] == "2015-03-17/2015-03-18" and d["end_value"] == "2015-03-18"
    d = one("بدأ يوم 2 فيفري 2016 وانتهى يوم الخميس 25 من نفس الشهر", "يوم الخميس 25 من نفس الشهر")
    assert d["value"] == "2016-02-25" and d["weekday_ok"] is True


@pytest.mark.parametrize("sentence, span", [
    ("وقع الحادث يوم 27 من الشهر ذاته", "يوم 27 من الشهر ذاته"),  # no previous date
    ("بدأ يوم 2 فيفري 2016 وانتهى يوم 30 من الشهر نفسه", "يوم 30 من الشهر نفسه"),  # no 30 February
])
def test_a_day_of_an_unknown_story_month_has_no_value(sentence: str, span: str) -> None:
    d = one(sentence, span)
    assert d["value"] is None and d["resolved"] is False and "range" not in d


def test_a_day_of_this_month_is_not_anchored() -> None:
    d = one("بدأ يوم 2 فيفري 2016 وانتهى يوم 25 من الشهر الجاري", "يوم 25 من الشهر الجاري")
    assert d["value"] == "2017-06-25" and d["anchor"] == "REF"  # (past tense: as written, session 44)


def test_without_a_reference_the_story_date_still_anchors() -> None:
    d = one("وقع الهجوم يوم 5 ماي 2016 وفي اليوم الموالي أعلنت الشرطة", "اليوم الموالي", ref=None)
    assert d["value"] == "2016-05-06"
    d = one("بدأ يوم 2 فيفري 2016 وانتهى يوم 25 من نفس الشهر", "يوم 25 من نفس الشهر", ref=None)
    assert d["value"] == "2016-02-25"


# -- 7. a half of a month -------------------------------------------------------------------------------
@pytest.mark.parametrize("month, number", [("ماي", 5), ("شهر جوان", 6), ("فيفري", 2), ("أيار", 5), ("نوفمبر", 11)])
@pytest.mark.parametrize("year", ["2016", "٢٠١٦"])
def test_a_half_of_a_month_is_an_interval_of_days(month: str, number: int, year: str) -> None:
    last = {2: 29, 5: 31, 6: 30, 11: 30}[number]
    first = one(f"تنتظم الزيارة في النصف الأول من {month} {year}", f"النصف الأول من {month} {year}")
    second = one(f"تنتظم الزيارة في النصف الثاني من {month} {year}", f"النصف الثاني من {month} {year}")
    assert first["value"] == f"2016-{number:02d}-01/2016-{number:02d}-15"
    assert second["value"] == f"2016-{number:02d}-16/2016-{number:02d}-{last}"
    assert second["end_value"] == f"2016-{number:02d}-{last}"


def test_a_half_of_a_month_without_a_year() -> None:
    d = one("بشأن زيارات محتملة للسعودية وإسرائيل في النصف الثاني من ماي.", "النصف الثاني من ماي")
    assert d["value"] == "2017-05-16/2017-05-31"
    d = one("خلال النصف الثاني من الشهر الجاري", "النصف الثاني من الشهر الجاري")
    assert d["value"] == "2017-06-16/2017-06-30"


@pytest.mark.parametrize("sentence", ["تقدم الفريق في النصف الأول من المباراة", "النصف الثالث من ماي",
                                      "النصف الأول من سنة 2016"])
def test_no_half_of_a_month(sentence: str) -> None:
    assert all("/" not in (d["value"] or "") for d in dates(sentence))


@pytest.mark.parametrize("sentence, value", [  # session 15's rows (tests/test_dates_families.py), reference 2020-06-02
    ("وصل الوفد الأحد، وفي اليوم التالي التقى الرئيس", "2020-06-01"),
    ("اعتقل في 3 أيار، وأفرج عنه في اليوم التالي", "2020-05-04"),
    ("أطلق سراحه في ٣ أيار وفي اليوم التالي غادر", "2020-05-04"),
])
def test_the_next_day_of_a_weekday_or_a_yearless_date(sentence: str, value: str) -> None:
    d = one(sentence, "اليوم التالي", ref=dt.date(2020, 6, 2))
    assert d["value"] == value and d["anchor"] == "PREV_DATE" and d["offset"] == "P1D"
    d = one(sentence, "اليوم التالي", ref=None)  # the previous date has no value without a reference
    assert d["value"] is None and d["resolved"] is False


# -- 8. "بعد ظهر" and "صبيحة" before a day ---------------------------------------------------------------
@pytest.mark.parametrize("day, value", [("اليوم", "2017-06-01"), ("أمس", "2017-05-31"), ("يوم الأحد", "2017-05-28"),
                                        ("الثلاثاء", "2017-05-30"), ("يوم الثلاثاء 30 ماي 2017", "2017-05-30")])
@pytest.mark.parametrize("part, code", [("بعد ظهر", "AF"), ("صبيحة", "MO")])
def test_the_afternoon_and_the_morning_of_a_day(day: str, value: str, part: str, code: str) -> None:
    span = f"{part} {day}"
    d = one(f"وصل الوفد {span} إلى العاصمة", span)
    assert d["type"] == "TIME" and d["value"] == f"{value}T{code}"


@pytest.mark.parametrize("clock, part, value", [
    ("الساعة الثالثة", "بعد ظهر اليوم", "2017-06-01T15:00"),
    ("الساعة 3", "من بعد ظهر يوم الأحد", "2017-05-28T15:00"),
    ("الساعة الثامنة", "من صبيحة يوم الأحد", "2017-05-28T08:00"),
])
def test_a_clock_time_of_the_afternoon_of_a_day(clock: str, part: str, value: str) -> None:
    span = f"{clock} {part}"
    assert one(f"وصل الوفد على {span} إلى العاصمة", span)["value"] == value


@pytest.mark.parametrize("name", ["سحر", "ضحى"])
def test_a_woman_named_after_a_part_of_the_day(name: str) -> None:
    d = one(f"وقالت {name} اليوم إن الوضع صعب", "اليوم")
    assert d["value"] == "2017-06-01"


# -- 9. an ambiguous weekday after a place's nisba ---------------------------------------------------------
@pytest.mark.parametrize("place", ["في جزيرة صقلية الإيطالية", "بولاية إيداهو الأمريكية", "في العاصمة الفرنسية",
                                   "بمدينة مرسيليا الفرنسية"])
@pytest.mark.parametrize("day, wd", [("الاثنين", 1), ("الإثنين", 1), ("الأحد", 7), ("الجمعة", 5)])
def test_an_ambiguous_weekday_after_a_nisba_is_a_day(place: str, day: str, wd: int) -> None:
    sentence = f"وصل مع نحو ألف مهاجر آخر إلى الميناء {place} {day} وأبلغوا بما حصل لهم"
    d = one(sentence, day)
    assert d["value"] == (REF - dt.timedelta(days=(REF.isoweekday() - wd) % 7)).isoformat()


@pytest.mark.parametrize("sentence", ["في المدن التونسية الاثنين عشر", "من أجل المواطنين التونسيين الاثنين",
                                      "بحضور الممثلين الاثنين للهيئة الوطنية"])
def test_the_two_after_a_noun_is_no_day(sentence: str) -> None:
    assert dates(sentence) == []


# -- 10. the last N units, the last and next few units ------------------------------------------------------
@pytest.mark.parametrize("span, value, start", [
    ("آخر 10 سنوات", "P10Y", "2007-06-01"), ("آخر ١٠ سنوات", "P10Y", "2007-06-01"),
    ("آخر عشر سنوات", "P10Y", "2007-06-01"), ("آخر 3 أيام", "P3D", "2017-05-29"),
    ("آخر يومين", "P2D", "2017-05-30"), ("آخر سنتين", "P2Y", "2015-06-01"), ("آخر 6 أشهر", "P6M", "2016-12-01"),
])
def test_the_last_n_units(span: str, value: str, start: str) -> None:
    d = one(f"ارتفع عدد الزوار خلال {span} بنسبة كبيرة", span)
    assert d["type"] == "DURATION" and d["value"] == value and d["direction"] == "past"
    assert d["range"] == {"start": start, "end": "2017-06-01"}


@pytest.mark.parametrize("sentence", ["فاز الفريق في آخر 3 مباريات", "وصل في آخر يوم من المهرجان",
                                      "في آخر ساعة"])
def test_the_last_thing_is_no_span_of_time(sentence: str) -> None:
    assert all(d["type"] != "DURATION" or "direction" not in d for d in dates(sentence))


@pytest.mark.parametrize("unit", ["الأيام", "الأسابيع", "الأشهر", "الشهور", "السنوات", "الأعوام", "الساعات"])
@pytest.mark.parametrize("rel, value", [("الماضية", "PAST_REF"), ("القليلة الماضية", "PAST_REF"),
                                        ("الفارطة", "PAST_REF"), ("القليلة الأخيرة", "PAST_REF"),
                                        ("المقبلة", "FUTURE_REF"), ("القليلة القادمة", "FUTURE_REF")])
def test_the_last_and_next_few_units(unit: str, rel: str, value: str) -> None:
    span = f"{unit} {rel}"
    assert one(f"وتضاعف عدد الزوار خلال {span}", span)["value"] == value


@pytest.mark.parametrize("span, value, start", [
    ("الثلاثة الأشهر المنقضية", "P3M", "2017-03-01"), ("العشر سنوات الأخيرة", "P10Y", "2007-06-01"),
    ("الخمس سنوات الماضية", "P5Y", "2012-06-01"), ("السنوات الثلاث الفارطة", "P3Y", "2014-06-01"),
    ("العامين الفارطين", "P2Y", "2015-06-01"), ("الأشهر الستة المنقضية", "P6M", "2016-12-01"),
])
def test_the_last_n_units_with_the_count_first_or_a_tunisian_word(span: str, value: str, start: str) -> None:
    d = one(f"شهدت نسبة التضخم نسقا تصاعديا خلال {span} من مستوى 3.4 %", span)
    assert d["value"] == value and d["direction"] == "past" and d["range"]["start"] == start


def test_the_past_week_stays_a_week() -> None:
    d = one("أعلنت الوزارة الأسبوع الفارط عن", "الأسبوع الفارط")
    assert d["type"] == "DATE" and d["value"] == "2017-W21"


@pytest.mark.parametrize("sentence, span, value", [
    ("مما أسفر عن مقتل العشرات الأسبوع الماضي", "الأسبوع الماضي", "2017-W21"),
    ("واعتقلت الشرطة المئات الشهر الماضي", "الشهر الماضي", "2017-05"),
])
def test_a_count_of_people_before_last_week(sentence: str, span: str, value: str) -> None:
    assert texts(sentence) == {span: value}


def test_the_story_month_after_days_of_one_month() -> None:
    sentence = ("يليه إضراب في إقليمين آخرين يومي الثلاثاء 20 والأربعاء 21 ديسمبر 2016، على أن يتم تنفيذ إضراب في "
                "بقية الأقاليم يومي الثلاثاء والأربعاء 27 و28 من الشهر ذاته .")
    d = one(sentence, "يومي الثلاثاء والأربعاء 27 و28 من الشهر ذاته")
    assert d["value"] == "2016-12-27/2016-12-28" and d["anchor_date"] == "2016-12"
    d = one("تتواصل الدورة من 22 إلى 23 مارس 2016 وفي الشهر الموالي تعلن النتائج", "الشهر الموالي")
    assert d["value"] == "2016-04"
    d = one("تتواصل الدورة من 22 مارس إلى 3 أفريل 2016 وفي الشهر الموالي تعلن النتائج", "الشهر الموالي")
    assert d["value"] is None  # two months: which is the story's?


@pytest.mark.parametrize(("sentence", "expected"), [
    # a year and the noun "year" after it is no count of two thousand years (the lead, session 20)
    ("وقال النائب إن 2017 عام صعب على الاقتصاد.", []),
    ("اعتبر أن 2016 عام الانتقال الاقتصادي.", []),
    ("وكانت سنة 2015 عاما صعبا.", [("سنة 2015", "DATE", "2015")]),
    ("منذ 2011 عام الثورة تغير كل شيء.", [("منذ 2011", "DATE", "2011/2017-06-01")]),
    # neighbours: counts of years stay durations, also large ones that are no years of news
    ("قضى 20 عاما في السجن.", [("20 عاما", "DURATION", "P20Y")]),
    ("عاشت الشجرة 1500 عام.", [("1500 عام", "DURATION", "P1500Y")]),
])
def test_a_year_before_the_word_year(sentence: str, expected: list) -> None:
    assert [(d["text"], d["type"], d["value"]) for d in dates(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a range of weekdays opened by "من": the next such day on or after the first (the lead, session 20)
    ("من الخميس إلى السبت تتواصل العروض.", [("من الخميس إلى السبت", "2017-06-01/2017-06-03")]),
    ("وتتواصل العروض من الخميس حتى الأحد.", [("من الخميس حتى الأحد", "2017-06-01/2017-06-04")]),
    ("ومن الخميس الى الثلاثاء تغلق المدارس.", [("من الخميس الى الثلاثاء", "2017-06-01/2017-06-06")]),
    ("من السبت إلى السبت يدوم المعرض.", [("من السبت إلى السبت", "2017-05-27/2017-06-03")]),
    # neighbours: two weekdays joined by و stay two days; a relative word keeps its own reading
    ("الخميس و السبت", [("الخميس", "2017-06-01"), ("السبت", "2017-06-03")]),
])
def test_a_range_of_weekdays(sentence: str, expected: list) -> None:
    assert [(d["text"], d["value"]) for d in dates(sentence)] == expected
