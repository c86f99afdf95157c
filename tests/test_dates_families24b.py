"""Session 24's second wave of date families, on sentences of news (ANT and pan-Arab wording) and their kin.

1. a person's age is no decade: "قيادي عسكري في الستينات من عمره" (was 196), "في الأربعينيات من العمر";
2. hours of a day: "في الساعات الأولى من اليوم الاثنين" → that day, START ("وقت متأخر من يوم السبت" → END);
   the middle of a day's night is its midnight ("منتصف ليل الخميس" → …T24:00); N units ago ("30 سنة مضت", "منذ
   3 أيام خلت"); a bulletin's bare part after one day ("يكون الطقس يوم الأحد … ليلا" → Sunday's night); a count of
   weeks longer than its month ("الأسابيع الخمسة الأولى من شهر ماي" → the month, was the 1st); a year range's head
   noun ("السنة القضائية 2012/2013");
3. pan-Arab formats measured (two month names, Hijri with هـ, Gulf hours): already read, pinned here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_cases import INDIC, DateCases

REF = dt.date(2017, 6, 1)  # a Thursday
_CASES = DateCases(REF)
dates, one, texts = _CASES.dates, _CASES.one, _CASES.texts


# -- 1. ages ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("decade", ["الستينات", "الستينيات", "الأربعينيات", "الخمسينات", "العشرينيات", "الثلاثينيات"])
@pytest.mark.parametrize("age", ["من عمره", "من عمرها", "من العمر", "من عمرهم"])
def test_a_decade_of_a_life_is_no_date(decade: str, age: str) -> None:
    # ANT: "التونسي وصل إلى سوريا عام 2012 وهو قيادي عسكري في الستينات من عمره، يقاتل في صفوف جبهة النصرة"
    found = texts(f"التونسي وصل إلى سوريا عام 2012 وهو قيادي عسكري في {decade} {age}، يقاتل في صفوف جبهة النصرة")
    assert found == {"عام 2012": "2012"}


def test_a_decade_of_the_century_stays() -> None:
    assert texts("ازدهرت السينما المصرية في الستينات من القرن الماضي") == {"الستينات من القرن الماضي": "196"}
    assert texts("ازدهرت السينما المصرية في الستينات ثم تراجعت") == {"الستينات": "196"}


def test_an_age_in_years_is_no_duration() -> None:
    # a DURATION until session 29 (an age says how old someone is; tests/test_dates29.py)
    assert dates("توفي الشاب البالغ من العمر 45 سنة في حادث مرور") == []


# -- 2a. the first or last hours of a day ---------------------------------------------------------------
@pytest.mark.parametrize("hours, mod", [("الساعات الأولى من", "START"), ("وقت مبكر من", "START"),
                                        ("ساعة مبكرة من", "START"), ("وقت متأخر من", "END"),
                                        ("الساعات الأخيرة من", "END"), ("ساعة متأخرة من", "END")])
@pytest.mark.parametrize("day, value", [("اليوم الاثنين", "2017-05-29"), ("يوم الأحد", "2017-05-28"),
                                        ("يوم السبت 27 ماي", "2017-05-27"), ("يوم ٢٧ ماي", "2017-05-27")])
def test_hours_of_a_day(hours: str, mod: str, day: str, value: str) -> None:
    # ANT: "قتل شخص وأصيب 10 آخرون في الساعات الأولى من اليوم الاثنين في عملية دهس استهدفت مصلين"
    span = f"{hours} {day}"
    d = one(f"قتل شخص وأصيب 10 آخرون في {span} في عملية دهس استهدفت مصلين", span,
            ref=dt.date(2017, 5, 29) if "اليوم" in day else REF)
    assert (d["type"], d["value"], d["mod"]) == ("DATE", value, mod)
    assert len(dates(f"قتل شخص وأصيب 10 آخرون في {span} في عملية دهس")) == 1


def test_an_edge_before_a_day_is_no_hour() -> None:
    # "آخر يوم الجمعة": the last Friday, not the Friday's end
    d = one("صلى المسلمون آخر يوم الجمعة من رمضان", "يوم الجمعة")
    assert d["mod"] is None


# -- 2b. midnight of a night --------------------------------------------------------------------------
@pytest.mark.parametrize("night, value", [("منتصف ليل الخميس", "2017-06-01T24:00"),
                                          ("منتصف ليلة السبت", "2017-05-27T24:00"),
                                          ("منتصف ليل الجمعة-السبت", "2017-05-26T24:00"),
                                          ("منتصف الليلة الفاصلة بين السبت والأحد", "2017-05-27T24:00"),
                                          ("منتصف ليل أمس", "2017-05-31T24:00"),
                                          ("منتصف ليلة 14 جانفي", "2017-01-14T24:00"),
                                          ("منتصف ليلة ١٤ جانفي", "2017-01-14T24:00")])
def test_the_middle_of_a_night_is_its_midnight(night: str, value: str) -> None:
    # ANT: "ليصبح رقم واحد في تركيا في أقل من 3 ساعات، وحتى منتصف ليل الخميس بتوقيت تركيا"
    # (session 27: "حتى" joins the span as TIMEX3's mod ON_OR_BEFORE, as before a written date)
    d = one(f"ليصبح الوسم رقم واحد في تركيا وحتى {night} بتوقيت تركيا", f"حتى {night}")
    assert (d["type"], d["value"], d["mod"]) == ("TIME", value, "ON_OR_BEFORE")


def test_a_night_without_its_middle_stays() -> None:
    d = one("انتهى الاجتماع ليل الأحد", "ليل الأحد")
    assert d["value"] == "2017-05-28TNI"
    assert one("بداية من منتصف الليل", "منتصف الليل")["value"] == "T24:00"


# -- 2c. N units ago --------------------------------------------------------------------------------------
@pytest.mark.parametrize("span, value", [("30 سنة مضت", "1987"), ("٣٠ سنة مضت", "1987"), ("3 أيام مضت", "2017-05-29"),
                                         ("منذ 3 أيام خلت", "2017-05-29"), ("منذ شهر مضى", "2017-05"),
                                         ("قبل عشرين عاما مضت", "1997"), ("ثلاثة أشهر خلت", "2017-03")])
def test_units_ago(span: str, value: str) -> None:
    # ANT: "الفترة التي سبقت تصوير هذا الفيلم، التي تعود أطوارها إلى 30 سنة مضت، يقول فرشيو"
    d = one(f"الفترة التي سبقت تصوير هذا الفيلم، التي تعود أطوارها إلى {span}، يقول فرشيو", span)
    assert (d["type"], d["value"]) == ("DATE", value)


@pytest.mark.parametrize("sentence, span, value", [
    ("مرت ثلاثة أسابيع مضت على الحادثة", "ثلاثة أسابيع", "P3W"),  # "مضت على": have passed since
    ("دمج البيانات مع سجلات المريض لثمان سنوات مضت", "ثمان سنوات", "P8Y"),  # for the past eight years
    ("تراجع الإنتاج خلال 20 سنة مضت", "20 سنة", "P20Y")])
def test_units_passed_stay_a_duration(sentence: str, span: str, value: str) -> None:
    d = one(sentence, span)
    assert (d["type"], d["value"]) == ("DURATION", value)


# -- 2d. a bulletin's part after one day ------------------------------------------------------------------
def test_a_bulletins_part_after_one_day() -> None:
    # INM: "يكون الطقس يوم الأحد صحوا ثم تتكاثر السحب ليلا"
    s = "يكون الطقس يوم الأحد صحوا بأغلب الجهات ثم تتكاثر السحب ليلا بالشمال"
    d = one(s, "ليلا")
    assert (d["type"], d["value"]) == ("TIME", f"{one(s, 'يوم الأحد')['value']}TNI")
    assert one("يكون الطقس غدا السبت ممطرا ثم تتكاثر السحب صباحا", "صباحا")["value"] == "2017-06-03TMO"


def test_a_bulletins_part_between_two_days_stays_out() -> None:
    found = texts("يكون الطقس يوم الأحد صحوا ويوم الاثنين ممطرا ليلا")
    assert "ليلا" not in found and len(found) == 2


# -- 2e. more weeks than the month, a year range's head ---------------------------------------------------
def test_more_weeks_than_the_month_are_the_month() -> None:
    d = one("سجلت الوزارة تراجعا خلال الأسابيع الخمسة الأولى من شهر ماي", "الأسابيع الخمسة الأولى من شهر ماي")
    assert (d["value"], d["mod"]) == ("2017-05", None)
    d = one("سجلت الوزارة تراجعا خلال الأسابيع الثلاثة الأولى من شهر ماي", "الأسابيع الثلاثة الأولى من شهر ماي")
    assert d["value"] == "2017-05-01/2017-05-21"


@pytest.mark.parametrize("head", ["السنة القضائية", "السنة الدراسية", "العام المالي", "السنة الجامعية"])
def test_a_year_range_takes_its_head(head: str) -> None:
    # ANT: "افتتاح السنة القضائية 2012/2013"
    span = f"{head} 2012/2013"
    d = one(f"أشرف الوزير على افتتاح {span} بقصر العدالة", span)
    assert (d["value"], d["end_value"]) == ("2012/2013", "2013")
    assert one("انطلاق الموسم الرياضي 2016/2017", "2016/2017")["value"] == "2016/2017"


# -- 3. pan-Arab formats ---------------------------------------------------------------------------------
@pytest.mark.parametrize("span, value", [
    ("13 مايو/أيار 2025", "2025-05-13"), ("5 حزيران/يونيو 2024", "2024-06-05"), ("كانون الثاني 2016", "2016-01"),
    ("تشرين الأول/أكتوبر الماضي", "2016-10"), ("الأول من رمضان 1446 هـ", "2025-03-01"),
    ("12 ربيع الأول 1440 هـ", "2018-11-20"), ("أمس الأول", "2017-05-30"), ("مطلع الشهر الجاري", "2017-06"),
    ("أواخر العام الماضي", "2016")])
def test_pan_arab_dates(span: str, value: str) -> None:
    # Al Jazeera, BBC Arabic wording
    assert one(f"أعلنت الوزارة في {span} عن خطة جديدة", span)["value"] == value


@pytest.mark.parametrize("span, value", [("الساعة 3 عصراً", "T15:00"), ("الساعة الثالثة فجراً بالتوقيت المحلي", "T03:00"),
                                         ("الساعة العاشرة صباحا بتوقيت مكة المكرمة", "T10:00"),
                                         ("الساعة 11 ليلاً", "T23:00")])
def test_gulf_hours(span: str, value: str) -> None:
    assert one(f"تنطلق المباراة {span} على ملعب الملك فهد", span)["value"] == value
    assert one(f"تنطلق المباراة {span.translate(INDIC)} على ملعب الملك فهد", span.translate(INDIC))["value"] == value
