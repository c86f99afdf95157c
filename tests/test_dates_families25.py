"""Session 25's date families, on sentences of news (ANT and pan-Arab wording) and their kin.

Measured on other toolkits' Arabic cases (Microsoft Recognizers-Text's specs, Duckling's corpus, dateparser's tests)
and on ANT's audit, each family taken with its neighbours:

1. clock times: seconds with a part of the day ("7:56:35 مساء"), the part after "في" ("9:15 في المساء"), minutes
   without their noun before a part ("السابعة وثلاثين مساء", "الساعة الرابعة و 20 مساء" was 16:00/20:00), the
   minutes of an hour before a named day's date ("الساعة الخامسة والنصف من مساء السبت 18 فيفري 2017": the date was
   lost), "صباح هذا اليوم، الأحد 12 مارس";
2. the first person's future ("سأعود يوم الجمعة" is next Friday), "بعد أيام" after a future cue (FUTURE_REF);
3. "لل" + a noun of time ("للعام المقبل", "للسنة الدراسية 2016/2017": no date before);
4. the night of two days with a space only ("منتصف ليل الجمعة السبت"), a week of a month by its rank before a year
   ("الأسبوع الأخير في الشهر التاسع سنة 2014");
5. colloquial words ("بكرا الصبح", "امبارح بالليل", "مبارح", "الشهر اللي فات");
6. fixed holidays of nations and of the United Nations ("العيد الوطني الكويتي", "اليوم العالمي لحرية الصحافة").
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_cases import INDIC, DateCases

REF = dt.date(2017, 6, 1)  # a Thursday
_CASES = DateCases(REF)
dates, one, texts = _CASES.dates, _CASES.one, _CASES.texts


# -- 1. clock times ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("part, hour", [("مساء", 19), ("مساءً", 19), ("صباحا", 7), ("في الصباح", 7), ("في المساء", 19),
                                        ("ليلا", 19)])
def test_seconds_and_a_part_of_the_day(part: str, hour: int) -> None:
    span = f"7:56:35 {part}"
    d = one(f"وصل الوفد إلى مطار قرطاج على الساعة {span} قادما من باريس", f"الساعة {span}")
    assert (d["type"], d["value"]) == ("TIME", f"T{hour:02d}:56:35")


def test_a_race_time_with_one_digit_hour_is_no_clock() -> None:
    # (the seconds need a part of the day after a one-digit hour: a marathon's time is a duration)
    assert dates("فاز العداء الكيني بالماراثون بزمن قدره 2:08:15 وحطم الرقم القياسي") == []


def test_the_part_after_fi() -> None:
    d = one("انطلقت المسيرة على الساعة 9:15 في المساء من أمام المسرح البلدي", "الساعة 9:15 في المساء")
    assert d["value"] == "T21:15"
    # "في الصباح الباكر" stays the early morning, apart from the clock time
    found = texts("سيبدأ الصيام عند الساعة 1:35 في الصباح الباكر، وسينتهي عند الساعة 12:48 مساءً")
    assert found["الساعة 1:35"] == "T01:35" and "الصباح الباكر" in found


@pytest.mark.parametrize("hour, minutes, value", [("السابعة", "وثلاثين", "T19:30"),
                                                  ("السابعة", "وخمسة وثلاثين", "T19:35"), ("الرابعة", "و 20", "T16:20"),
                                                  ("الحادية عشرة", "وخمس عشرة", "T23:15"),
                                                  ("الثامنة", "و٤٥", "T20:45")])
def test_minutes_without_their_noun_before_a_part(hour: str, minutes: str, value: str) -> None:
    span = f"الساعة {hour} {minutes} مساء"
    d = one(f"انطلقت المسيرة على {span} من ساحة القصبة", span)
    assert (d["type"], d["value"]) == ("TIME", value)


def test_a_range_of_hours_stays_a_range() -> None:
    d = one("يتواصل الإضراب من الساعة 4 إلى 5 مساء", "من الساعة 4 إلى 5 مساء")
    assert d["value"] == "T16:00/T17:00"
    assert texts("الساعة 4 و5 مساء") == {"الساعة 4 و5 مساء": "T16:00/T17:00"}  # (5 is an hour, not minutes)


@pytest.mark.parametrize("minutes, clock", [("والنصف", "17:30"), ("والربع", "17:15"), ("و30 دقيقة", "17:30"),
                                            ("و 20 دق", "17:20"), ("إلا ربعا", "16:45")])
def test_minutes_before_a_named_days_date(minutes: str, clock: str) -> None:
    # ANT: "في حدود الساعة الخامسة والنصف من مساء السبت 18 فيفري 2017 أين كان صديقه "الفيسبوكي" في استقباله"
    span = f"الساعة الخامسة {minutes} من مساء السبت 18 فيفري 2017"
    d = one(f"وفي حدود {span} أين كان صديقه في استقباله", span)
    assert (d["type"], d["value"]) == ("TIME", f"2017-02-18T{clock}")


def test_this_day_before_its_date() -> None:
    # ANT: "القصرين، انفجر صباح هذا اليوم، الأحد 12 مارس، لغم أرضي بجبل سمامة" (the date was cut at the weekday)
    d = one("القصرين، انفجر صباح هذا اليوم، الأحد 12 مارس، لغم أرضي بجبل سمامة", "صباح هذا اليوم، الأحد 12 مارس",
            ref=dt.date(2017, 3, 13))
    assert (d["type"], d["value"]) == ("TIME", "2017-03-12TMO")
    d = one("أعلنت الوزارة هذا اليوم الأحد 12 مارس 2017 أن الامتحانات ستجرى في موعدها", "هذا اليوم الأحد 12 مارس 2017")
    assert d["value"] == "2017-03-12"


# -- 2. the first person's future -----------------------------------------------------------------------------
@pytest.mark.parametrize("verb", ["سأعود", "سأزور", "سأعلن", "وسأقدم", "سأكون"])
def test_the_first_persons_future(verb: str) -> None:
    # a candidate in a quote: "سأعلن عن قائمتي يوم الجمعة" is the coming Friday (was the last one)
    d = one(f'وقال المترشح: "{verb} في تونس يوم الجمعة"', "يوم الجمعة")
    assert d["value"] == "2017-06-02"
    d = one(f'وقال المترشح: "{verb} بعد يومين"', "بعد يومين")
    assert d["value"] == "2017-06-03"


@pytest.mark.parametrize("verb", ["ساعد", "ساهم", "سافر"])
def test_past_verbs_in_sa_are_no_future(verb: str) -> None:
    assert one(f"{verb} اللاعب فريقه يوم الجمعة", "يوم الجمعة")["value"] == "2017-05-26"


@pytest.mark.parametrize("units", ["أيام", "أسابيع", "عدة أشهر", "سنوات"])
def test_after_some_units_ahead(units: str) -> None:
    d = one(f"ستعلن الهيئة النتائج النهائية بعد {units}", f"بعد {units}")
    assert (d["type"], d["value"]) == ("DATE", "FUTURE_REF")
    # tied to an event or in the past, it stays a duration
    assert [d["type"] for d in dates(f"وبعد {units} من الحادثة تم القبض عليه")] == ["DURATION"]
    assert [d["type"] for d in dates(f"توفي الجريح بعد {units}")] == ["DURATION"]


# -- 3. لل + a noun of time ------------------------------------------------------------------------------------
@pytest.mark.parametrize("phrase, value", [("للعام المقبل", "2018"), ("للسنة القادمة", "2018"),
                                           ("للعام الحالي", "2017"), ("للسنة الماضية", "2016"), ("للعام 2016", "2016"),
                                           ("للعام ٢٠١٦", "2016"),
                                           ("للسنة الدراسية 2016/2017", "2016/2017"), ("للشهر القادم", "2017-07"),
                                           ("للثلاثي الأول من سنة 2017", "2017-Q1"), ("وللعام الماضي", "2016")])
def test_lil_before_a_noun_of_time(phrase: str, value: str) -> None:
    # ANT: "وتم ضبط نفقات التصرف والتنمية بمشروع ميزانية المجلس للسنة القادمة في حدود 29،446 مليون دينار"
    span = phrase.removeprefix("و")
    d = one(f"وتم ضبط نفقات التصرف بمشروع ميزانية المجلس {phrase} في حدود 29 مليون دينار", span)
    assert d["value"] == value


def test_lil_before_a_bare_noun_is_no_date() -> None:
    # "وأسوأ بداية للعام منذ 1987": any year's start; "للسنة الثالثة على التوالي": a count
    assert texts("تراجع المؤشر 2.6 بالمئة في أسوأ بداية للعام منذ 1987") == {"منذ 1987": "1987/2017-06-01"}
    assert dates("فاز الفريق بالبطولة للسنة الثالثة على التوالي") == []


# -- 4. nights and weeks of a month --------------------------------------------------------------------------------
@pytest.mark.parametrize("night, value", [("منتصف ليل الجمعة السبت", "2017-05-26T24:00"),
                                          ("ليلة الجمعة السبت", "2017-05-26TNI"),
                                          ("ليلة السبت الأحد", "2017-05-27TNI")])
def test_a_night_of_two_days_with_a_space(night: str, value: str) -> None:
    d = one(f"تم إيقاف المشتبه بهم {night} في حي التضامن", night)
    assert (d["type"], d["value"]) == ("TIME", value)
    # two days that do not follow each other stay apart
    assert len(dates("تم إيقاف المشتبه بهم ليلة الجمعة الاثنين")) == 2


def test_a_week_of_a_month_by_its_rank() -> None:
    d = one("ستنتظم التظاهرة في الأسبوع الأخير في الشهر التاسع سنة 2014", "الأسبوع الأخير في الشهر التاسع سنة 2014")
    assert d["value"] == "2014-W39"
    d = one("تجرى الانتخابات في النصف الثاني من الشهر الثامن لسنة 2016", "النصف الثاني من الشهر الثامن لسنة 2016")
    assert d["value"] == "2016-08-16/2016-08-31"
    # without a year the rank is no month: "الشهر الثالث للحمل"
    assert dates("يبدأ الجنين في الحركة في الأسبوع الأول من الشهر الثالث للحمل") == []


# -- 5. colloquial words ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("phrase, value", [("بكرا الصبح", "2017-06-02TMO"), ("بكرة العصر", "2017-06-02TAF"),
                                           ("امبارح بالليل", "2017-05-31TNI"), ("اليوم المسا", "2017-06-01TEV")])
def test_colloquial_parts_after_a_day(phrase: str, value: str) -> None:
    d = one(f"قال المسؤول إن الوفد {phrase} رح يكون بالعاصمة", phrase)
    assert (d["type"], d["value"]) == ("TIME", value)


def test_a_colloquial_part_before_an_adjective() -> None:
    assert texts("أمس العصر الذهبي للسينما انتهى") == {"أمس": "2017-05-31"}


@pytest.mark.parametrize("phrase, value", [("مبارح", "2017-05-31"), ("أول مبارح", "2017-05-30"),
                                           ("الشهر اللي فات", "2017-05"), ("الأسبوع اللي فات", "2017-W21"),
                                           ("السنة اللي فاتت", "2016"), ("الخميس اللي فات", "2017-05-25"),
                                           ("الأسبوع اللي جاي", "2017-W23")])
def test_levantine_and_egyptian_relative_words(phrase: str, value: str) -> None:
    d = one(f"قال الوزير إنه التقى الوفد {phrase} في القاهرة", phrase)
    assert d["value"] == value


# -- 6. holidays -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("holiday, value", [("بالعيد الوطني الكويْتي", "2017-02-25"),
                                            ("باليوم الوطني العماني", "2017-11-18"),
                                            ("بعيد الاستقلال اللبناني 2016", "2016-11-22"),
                                            ("باليوم العالمي لحرية الصحافة", "2017-05-03"),
                                            ("باليوم العالمي للمستهلك", "2017-03-15"),
                                            ("بيوم الأرض الفلسطيني", "2017-03-30"),
                                            ("باليوم العالمي للبيئة", "2017-06-05")])
def test_fixed_national_and_world_days(holiday: str, value: str) -> None:
    # ANT: "كهدية للكويتيين بمناسبة الاحتفال بالعيد الوطني الكويْتي."
    span = holiday[1:]
    d = one(f"نظمت الجمعية تظاهرة بمناسبة الاحتفال {holiday} بحضور عدد من الضيوف", span)
    assert (d["type"], d["value"]) == ("DATE", value)


def test_a_bare_land_day_is_no_date() -> None:
    # (Palestinian Land Day is 30 March, Earth Day 22 April: "يوم الأرض" alone is either)
    assert dates("نظمت الجمعية تظاهرة بمناسبة يوم الأرض بحضور عدد من الضيوف") == []


def test_arabic_indic_digits_in_the_new_clock_forms() -> None:
    span = "7:56:35 مساء".translate(INDIC)
    assert one(f"وصل الوفد على الساعة {span}", f"الساعة {span}")["value"] == "T19:56:35"


# -- 7. a weekday and a day of the month in digits; tonight at a clock time; every two weeks ---------------------
@pytest.mark.parametrize("phrase, value", [("يوم الجمعة 26 بمقر الولاية", "2017-05-26"),
                                           ("يوم الاثنين 5، أعلنت الوزارة", "2017-06-05"),
                                           ("يوم الأحد 28 مساء", "2017-05-28"),
                                           ("يوم الجمعة ٢٦ بمقر الولاية", "2017-05-26")])
def test_a_weekday_and_a_day_in_digits(phrase: str, value: str) -> None:
    # the month near the reference whose day falls on that weekday (26 May 2017 is a Friday)
    found = dates(f"تنظم الجمعية اجتماعا {phrase}")
    assert found and found[0]["value"].startswith(value) and found[0]["text"].startswith("يوم")


def test_a_weekday_and_a_day_that_fit_no_near_month() -> None:
    # (15 June 2017 is a Thursday, no Friday 15 within a month: the reference's month, the weekday marked wrong)
    d = one("تنظم الجمعية اجتماعا يوم الجمعة 15 على الساعة الثامنة", "يوم الجمعة 15 على الساعة الثامنة")
    assert d["value"] == "2017-06-15T08:00"


def test_a_count_after_a_weekday_is_no_day() -> None:
    assert texts("اعتقلت الشرطة الخميس 5 أشخاص بتهمة السرقة") == {"الخميس": "2017-06-01"}


@pytest.mark.parametrize("phrase, value", [("الليلة الساعة العاشرة", "2017-06-01T22:00"),
                                           ("الليلة على الساعة الثامنة والنصف", "2017-06-01T20:30")])
def test_tonight_at_a_clock_time(phrase: str, value: str) -> None:
    d = one(f"تنطلق المباراة {phrase} بملعب رادس", phrase)
    assert (d["type"], d["value"]) == ("TIME", value)


@pytest.mark.parametrize("phrase, value", [("مرة كل أسبوعين", "P2W"), ("مرتين كل شهرين", "P2M"),
                                           ("مرة كل أسبوع", "P1W")])
def test_times_every_two_units(phrase: str, value: str) -> None:
    d = one(f"تجتمع اللجنة {phrase} بمقر الوزارة", phrase)
    assert (d["type"], d["value"]) == ("SET", value)


@pytest.mark.parametrize("phrase, value, direction", [("24 ساعة الماضية", "PT24H", "past"),
                                                      ("48 ساعة القادمة", "PT48H", "future"),
                                                      ("10 سنوات الأخيرة", "P10Y", "past"),
                                                      ("٣ أيام المقبلة", "P3D", "future")])
def test_the_last_units_without_the_article(phrase: str, value: str, direction: str) -> None:
    # Gulf and Egyptian wording: "سجلت الوزارة خلال 24 ساعة الماضية 15 إصابة جديدة" (as "الـ24 ساعة الماضية")
    d = one(f"سجلت الوزارة خلال {phrase} 15 إصابة جديدة", phrase)
    assert (d["type"], d["value"], d["direction"]) == ("DURATION", value, direction)
    # without a signal the count may be of something else: "قتل 3 أشخاص الأسبوع الماضي"
    assert texts("قتل 3 أشخاص الأسبوع الماضي في حادث مرور") == {"الأسبوع الماضي": "2017-W21"}
