"""Issue 15: the dates stage over whole families of forms, generated from small lexicons where that
covers a family, plus real sentences of the ANT news corpus.  Values are computed here independently
of the stage (datetime arithmetic, hijridate for Hijri dates), spans are exact.

Reference date: 2020-06-02, a Tuesday (the seed article's).
"""

from __future__ import annotations

import datetime as dt

import pytest

import arabnews
from arabnews import Pipeline
from month_names import MONTHS

REF = dt.date(2020, 6, 2)  # a Tuesday
NLP = Pipeline(["numbers", "dates"])
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def hijri_greg(y: int, m: int, d: int) -> str:
    from hijridate import Hijri

    return Hijri(y, m, d).to_gregorian().isoformat()


def find(sentence: str, span: str, ref: dt.date | None = REF):
    doc = NLP(sentence, reference_date=ref)
    for d in doc.dates:
        assert doc.text[d.start:d.end] == d.text
    hits = [d for d in doc.dates if d.text == span]
    assert hits, f"{span!r} not in {[(d.text, d.value) for d in doc.dates]}"
    return hits[0]


def hijri_len(y: int, m: int) -> int:
    from hijridate import Hijri

    return int(Hijri(y, m, 1).month_length())


# -- 1. every month name of every system × day × year form --------------------------------------
HIJRI = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال",
         "ذو القعدة", "ذو الحجة"]

GREGORIAN_ROWS = []
for names in MONTHS.values():
    for i, name in enumerate(names, 1):
        day = (i * 7) % 28 + 1
        year = 2000 + i
        GREGORIAN_ROWS += [
            (f"وقع الهجوم في {day} {name} {year} بحسب المصادر", f"{day} {name} {year}", f"{year}-{i:02d}-{day:02d}"),
            (f"في {name} {year}".translate(INDIC), f"{name} {year}".translate(INDIC), f"{year}-{i:02d}"),
            (f"ولد يوم {day} {name} عام {year}", f"يوم {day} {name} عام {year}", f"{year}-{i:02d}-{day:02d}"),
            (f"وفي {day} من {name} {year}", f"{day} من {name} {year}", f"{year}-{i:02d}-{day:02d}"),
            # the article on the day, with or without tatweel ("في الـ17 من مارس")
            (f"التقيا في الـ{day} من {name} {year}", f"الـ{day} من {name} {year}", f"{year}-{i:02d}-{day:02d}"),
        ]


@pytest.mark.parametrize(("sentence", "span", "value"), GREGORIAN_ROWS)
def test_gregorian_months(sentence, span, value):
    d = find(sentence, span)
    assert (d.type, d.value, d.calendar) == ("DATE", value, "gregorian")


HIJRI_ROWS = []
for i, name in enumerate(HIJRI, 1):
    day = (i * 5) % 29 + 1
    HIJRI_ROWS += [
        (f"في {day} {name} 1445 هـ", f"{day} {name} 1445 هـ", hijri_greg(1445, i, day), f"1445-{i:02d}-{day:02d}"),
        (f"يوم {day} {name} 1440هـ".translate(INDIC), f"يوم {day} {name} 1440هـ".translate(INDIC),
         hijri_greg(1440, i, day), f"1440-{i:02d}-{day:02d}"),
    ]


# numeric Hijri dates with their marker, every month, day first or year first, separators, Indic digits
# (dateparser's test_hijri: "14-09-1432 هـ, 09:40 صباحاً" → 2011-08-14 09:40)
for i in range(1, 13):
    day = (i * 7) % 30 + 1
    HIJRI_ROWS += [
        (f"صدر القرار في {day:02d}-{i:02d}-1432 هـ", f"{day:02d}-{i:02d}-1432 هـ", hijri_greg(1432, i, day),
         f"1432-{i:02d}-{day:02d}"),
        (f"بتاريخ 1440/{i}/{day}هـ".translate(INDIC), f"1440/{i}/{day}هـ".translate(INDIC), hijri_greg(1440, i, day),
         f"1440-{i:02d}-{day:02d}"),
        (f"الموافق {day}/{i}/1445 هجرية", f"{day}/{i}/1445 هجرية", hijri_greg(1445, i, day), f"1445-{i:02d}-{day:02d}"),
    ]


@pytest.mark.parametrize(("sentence", "span", "value", "hijri"), HIJRI_ROWS)
def test_hijri_value_is_gregorian(sentence, span, value, hijri):
    """Contract of issue 15: ``value`` Gregorian, the Hijri reading in ``hijri``."""
    d = find(sentence, span)
    assert (d.type, d.value, d.calendar, d.attrs["hijri"]) == ("DATE", value, "hijri", hijri)
    assert d.to_dict()["hijri"] == hijri  # a flat JSON key


@pytest.mark.parametrize("month", range(1, 13))
def test_hijri_month_is_a_gregorian_interval(month):
    from hijridate import Hijri

    first = Hijri(1444, month, 1)
    last = Hijri(1444, month, first.month_length())
    d = find(f"في {HIJRI[month - 1]} 1444 هـ", f"{HIJRI[month - 1]} 1444 هـ")
    start, end = first.to_gregorian().isoformat(), last.to_gregorian().isoformat()
    assert (d.value, d.attrs["end_value"], d.attrs["hijri"]) == (f"{start}/{end}", end, f"1444-{month:02d}")


# -- 2. every weekday × tense cue ------------------------------------------------------------------
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # ISO 1..7


def last_on_or_before(wd: int) -> str:
    return (REF - dt.timedelta(days=(REF.isoweekday() - wd) % 7)).isoformat()


def last_before(wd: int) -> str:
    return (REF - dt.timedelta(days=(REF.isoweekday() - wd) % 7 or 7)).isoformat()


def next_on_or_after(wd: int) -> str:
    return (REF + dt.timedelta(days=(wd - REF.isoweekday()) % 7)).isoformat()


def next_after(wd: int) -> str:
    return (REF + dt.timedelta(days=(wd - REF.isoweekday()) % 7 or 7)).isoformat()


def week_of(wd: int, weeks: int) -> str:  # Sunday-first weeks
    sunday = REF - dt.timedelta(days=REF.isoweekday() % 7) + dt.timedelta(weeks=weeks)
    return (sunday + dt.timedelta(days=wd % 7)).isoformat()


WEEKDAY_ROWS = []
for wd, name in enumerate(WEEKDAYS, 1):
    WEEKDAY_ROWS += [
        (f"أعلن الجيش، {name}، أن القوات تقدمت", name, "DATE", last_on_or_before(wd)),
        (f"وقالت الوزارة {name} إن", name, "DATE", last_on_or_before(wd)),
        (f"قتل ثلاثة مدنيين يوم {name} في قصف", f"يوم {name}", "DATE", last_on_or_before(wd)),
        (f"وصل الوفد {name} الماضي", f"{name} الماضي", "DATE", last_before(wd)),
        (f"سيزور الرئيس المدينة {name} المقبل", f"{name} المقبل", "DATE", next_after(wd)),
        (f"ومن المقرر أن يعقد المجلس جلسة {name}، في العاصمة", name, "DATE", next_on_or_after(wd)),
        (f"ستنطلق المفاوضات {name}، بحسب المصادر", name, "DATE", next_on_or_after(wd)),
        (f"اندلعت الاشتباكات مساء {name}", f"مساء {name}", "TIME", last_on_or_before(wd) + "TEV"),
        (f"قصفت الطائرات فجر {name}", f"فجر {name}", "TIME", last_on_or_before(wd) + "TMO"),
        (f"التقى الوزيران {name} من الأسبوع الماضي", f"{name} من الأسبوع الماضي", "DATE", week_of(wd, -1)),
        (f"وتنطلق الدورة {name} من الأسبوع المقبل", f"{name} من الأسبوع المقبل", "DATE", week_of(wd, 1)),
    ]


@pytest.mark.parametrize(("sentence", "span", "type_", "value"), WEEKDAY_ROWS)
def test_weekdays_by_tense(sentence, span, type_, value):
    d = find(sentence, span)
    assert (d.type, d.value) == (type_, value)


@pytest.mark.parametrize(("wd", "name"), list(enumerate(WEEKDAYS, 1)))
def test_weekday_without_reference_is_unresolved(wd, name):
    d = find(f"أعلن الجيش، {name}، أن", name, ref=None)
    assert (d.value, d.resolved, d.attrs["timex"]) == (None, False, f"XXXX-WXX-{wd}")


# -- 3. clock times --------------------------------------------------------------------------------
CLOCK_ROWS = []
for h in range(1, 12):
    CLOCK_ROWS += [
        (f"وقع الانفجار الساعة {h} صباحا", f"الساعة {h} صباحا", f"T{h:02d}:00"),
        (f"على الساعة {h} مساء".translate(INDIC), f"الساعة {h} مساء".translate(INDIC), f"T{h + 12:02d}:00"),
        (f"الساعة {h}:{h * 5:02d} مساء", f"الساعة {h}:{h * 5:02d} مساء", f"T{h + 12:02d}:{h * 5:02d}"),
        (f"بدأ القصف عند {h:02d}:{h * 4:02d} صباحا", f"{h:02d}:{h * 4:02d} صباحا", f"T{h:02d}:{h * 4:02d}"),
    ]
ORDINAL_HOURS = ["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة",
                 "العاشرة", "الحادية عشرة"]
for h, word in enumerate(ORDINAL_HOURS, 1):
    CLOCK_ROWS += [
        (f"وصل الساعة {word} مساء", f"الساعة {word} مساء", f"T{h + 12:02d}:00"),
        (f"تبدأ الجلسة في {word} صباحا", f"{word} صباحا", f"T{h:02d}:00"),
        (f"الساعة {word} والنصف", f"الساعة {word} والنصف", f"T{h:02d}:30"),
    ]
CLOCK_ROWS += [
    ("انطلقت الرحلة 09:40 من المطار", "09:40", "T09:40"),
    ("الساعة 7:05 صباحا", "الساعة 7:05 صباحا", "T07:05"),
    ("الساعة الرابعة وربع", "الساعة الرابعة وربع", "T04:15"),
    ("السابعة إلا ربعا", "السابعة إلا ربعا", "T06:45"),
    ("الساعة 4 و20 دقيقة مساء", "الساعة 4 و20 دقيقة مساء", "T16:20"),
    ("الساعة 10.40 دقيقة", "الساعة 10.40 دقيقة", "T10:40"),
    ("منتصف الليل", "منتصف الليل", "T24:00"),
    ("من الساعة 9 حتى 11 صباحا", "من الساعة 9 حتى 11 صباحا", "T09:00/T11:00"),
]


@pytest.mark.parametrize(("sentence", "span", "value"), CLOCK_ROWS)
def test_clock_times(sentence, span, value):
    d = find(sentence, span)
    assert (d.type, d.value) == ("TIME", value)


@pytest.mark.parametrize(("sentence", "span", "tz"), [
    ("الساعة 14:00 بتوقيت غرينتش", "الساعة 14:00 بتوقيت غرينتش", "بتوقيت غرينتش"),
    ("الثامنة مساء بالتوقيت المحلي", "الثامنة مساء بالتوقيت المحلي", "بالتوقيت المحلي"),
    ("في 12:30 GMT", "12:30 GMT", "GMT"),
    ("الساعة 9 صباحا بتوقيت مكة المكرمة", "الساعة 9 صباحا بتوقيت مكة المكرمة", "بتوقيت مكه المكرمه"),
])
def test_time_zone_is_an_attribute(sentence, span, tz):
    d = find(sentence, span)
    assert d.attrs["timezone"] == tz


@pytest.mark.parametrize(("sentence", "span", "value"), [
    ("الليلة", "الليلة", "2020-06-02TNI"),
    ("الليلة الماضية", "الليلة الماضية", "2020-06-01TNI"),
    ("ليل أمس", "ليل أمس", "2020-06-01TNI"),
    ("ليلة البارحة", "ليلة البارحة", "2020-06-01TNI"),
    ("ظهر الأحد", "ظهر الأحد", "2020-05-31TMI"),
    ("فجر اليوم", "فجر اليوم", "2020-06-02TMO"),
    ("عشية الإثنين", "عشية الإثنين", "2020-06-01TEV"),
    # (the writer's Wednesday, as "صباح اليوم الأربعاء" alone reads it: session 45; before, the reference's Tuesday)
    ("الساعة الثامنة من صباح اليوم الأربعاء، بدار الثقافة", "الساعة الثامنة من صباح اليوم الأربعاء",
     "2020-06-03T08:00"),
    ("مساء أمس الأحد 12 جانفي 2014", "مساء أمس الأحد 12 جانفي 2014", "2014-01-12TEV"),
])
def test_parts_of_days(sentence, span, value):
    d = find(sentence, span)
    assert (d.type, d.value) == ("TIME", value)


# -- 4. numeric dates ------------------------------------------------------------------------------
NUMERIC_ROWS = []
for day, month, year in [(5, 11, 2019), (17, 9, 2016), (31, 12, 1999), (1, 1, 2000), (29, 2, 2020), (13, 4, 2011),
                         (28, 2, 2019), (30, 6, 2013), (7, 7, 2007), (10, 3, 2021)]:
    iso = f"{year}-{month:02d}-{day:02d}"
    for sep in "/-.":
        NUMERIC_ROWS.append((f"بتاريخ {day:02d}{sep}{month:02d}{sep}{year}", f"{day:02d}{sep}{month:02d}{sep}{year}",
                             iso))
    NUMERIC_ROWS.append((f"صدر في {year}/{month:02d}/{day:02d}", f"{year}/{month:02d}/{day:02d}", iso))
    NUMERIC_ROWS.append((f"بتاريخ {day}/{month}/{year}".translate(INDIC), f"{day}/{month}/{year}".translate(INDIC),
                         iso))
    NUMERIC_ROWS.append((f"بتاريخ {day}-{month}-{year % 100:02d}", f"{day}-{month}-{year % 100:02d}", iso))


@pytest.mark.parametrize(("sentence", "span", "value"), NUMERIC_ROWS)
def test_numeric_dates_day_first(sentence, span, value):
    d = find(sentence, span)
    assert (d.type, d.value) == ("DATE", value)


@pytest.mark.parametrize(("sentence", "span", "value", "ambiguous"), [
    ("بتاريخ 05/11/2019", "05/11/2019", "2019-11-05", "2019-05-11"),
    ("بتاريخ 11/05/2019", "11/05/2019", "2019-05-11", "2019-11-05"),
    ("بتاريخ 09/25/2019", "09/25/2019", "2019-09-25", None),  # 25 cannot be a month: month first
    ("يوم 17/9", "17/9", "2020-09-17", None),
    ("يوم 3/4", "3/4", "2020-04-03", "XXXX-03-04"),
    ("يوم 17-9 الجاري", "17-9", "2020-09-17", None),
    ("3. نوفمبر", "3. نوفمبر", "2020-11-03", None),
])
def test_numeric_ambiguity_recorded(sentence, span, value, ambiguous):
    d = find(sentence, span)
    assert (d.value, d.attrs.get("ambiguous")) == (value, ambiguous)


@pytest.mark.parametrize("text", ["31/02/2020", "30/02/2021", "32/01/2020", "00/00/0000", "29/02/2019",
                                  "النتيجة 6-3", "فاز 2-1 على", "نسبة 1/2", "13/13/2013"])
def test_impossible_or_non_dates(text):
    assert NLP(text, reference_date=REF).dates == []


# -- 5. relative days and spans --------------------------------------------------------------------
RELATIVE_ROWS = [
    ("أول أمس", "أول أمس", "DATE", "2020-05-31"),
    ("قبل أمس", "قبل أمس", "DATE", "2020-05-31"),
    ("أمس الأول", "أمس الأول", "DATE", "2020-05-31"),
    ("بعد غد", "بعد غد", "DATE", "2020-06-04"),
    ("غداً", "غداً", "DATE", "2020-06-03"),
    ("يوم غد", "يوم غد", "DATE", "2020-06-03"),
    ("نلتقي بكرة", "بكرة", "DATE", "2020-06-03"),
    ("يتوجه اليوم إلى القاهرة", "اليوم", "DATE", "2020-06-02"),
    ("يتوجه اليوم الى القاهرة", "اليوم", "DATE", "2020-06-02"),
    # the reference is a Tuesday: tomorrow named Monday is the next Monday, not Wednesday
    ("يوم غد الاثنين", "يوم غد الاثنين", "DATE", "2020-06-01"),  # written on Sunday (session 21)
    ("غدا الثلاثاء 11 أفريل 2017", "غدا الثلاثاء 11 أفريل 2017", "DATE", "2017-04-11"),
    ("خلال الساعات الـ24 الماضية", "الساعات الـ24 الماضية", "DURATION", "PT24H"),
    ("خلال الساعات 48 الماضية", "الساعات 48 الماضية", "DURATION", "PT48H"),
    ("في غضون أسبوعين", "أسبوعين", "DURATION", "P2W"),
    ("في غضون ساعة", "ساعة", "DURATION", "PT1H"),
    ("السنتين الأخيرتين", "السنتين الأخيرتين", "DURATION", "P2Y"),
    ("العامين الماضيين", "العامين الماضيين", "DURATION", "P2Y"),
    ("الشهرين الماضيين", "الشهرين الماضيين", "DURATION", "P2M"),
    ("الأسبوعين الماضيين", "الأسبوعين الماضيين", "DURATION", "P2W"),
    ("اليومين الماضيين", "اليومين الماضيين", "DURATION", "P2D"),
    ("العامين المقبلين", "العامين المقبلين", "DURATION", "P2Y"),
    ("الشهرين القادمين", "الشهرين القادمين", "DURATION", "P2M"),
    ("الأيام القليلة الماضية", "الأيام القليلة الماضية", "DATE", "PAST_REF"),
    ("الأيام القليلة القادمة", "الأيام القليلة القادمة", "DATE", "FUTURE_REF"),
    ("خلال الأسابيع الأخيرة", "الأسابيع الأخيرة", "DATE", "PAST_REF"),
    ("الجمعة الفارط", "الجمعة الفارط", "DATE", "2020-05-29"),
]


@pytest.mark.parametrize(("sentence", "span", "type_", "value"), RELATIVE_ROWS)
def test_relative_days_and_spans(sentence, span, type_, value):
    d = find(sentence, span)
    assert (d.type, d.value) == (type_, value)


def test_dual_span_interval():
    d = find("العامين الماضيين", "العامين الماضيين")
    assert (d.attrs["direction"], d.attrs["range"]) == ("past", {"start": "2018-06-02", "end": "2020-06-02"})


# -- 6. intervals: one span, value and end_value ---------------------------------------------------
INTERVAL_ROWS = [
    ("منذ عام 2012، ما تسبب", "منذ عام 2012", "2012/2020-06-02", "2020-06-02"),
    ("منذ تموز 2012", "منذ تموز 2012", "2012-07/2020-06-02", "2020-06-02"),
    ("منذ 15 آذار 2011", "منذ 15 آذار 2011", "2011-03-15/2020-06-02", "2020-06-02"),
    ("بين عامي 2011 و2015", "بين عامي 2011 و2015", "2011/2015", "2015"),
    ("من 2011 إلى 2015", "من 2011 إلى 2015", "2011/2015", "2015"),
    ("من 3 إلى 7 آب", "من 3 إلى 7 آب", "2020-08-03/2020-08-07", "2020-08-07"),
    ("بين 3 و5 رمضان 1444 هـ", "بين 3 و5 رمضان 1444 هـ", f"{hijri_greg(1444, 9, 3)}/{hijri_greg(1444, 9, 5)}",
     hijri_greg(1444, 9, 5)),
    ("من تموز حتى كانون الأول 2016", "من تموز حتى كانون الأول 2016", "2016-07/2016-12", "2016-12"),
    ("خلال الفترة 2014-2017", "2014-2017", "2014/2017", "2017"),
    ("من الساعة 9 حتى 11 صباحا", "من الساعة 9 حتى 11 صباحا", "T09:00/T11:00", "T11:00"),
]


@pytest.mark.parametrize(("sentence", "span", "value", "end"), INTERVAL_ROWS)
def test_intervals_one_span(sentence, span, value, end):
    d = find(sentence, span)
    assert (d.value, d.attrs["end_value"]) == (value, end)
    assert d.to_dict()["end_value"] == end


def test_since_without_reference_never_today():
    d = find("منذ عام 2012", "منذ عام 2012", ref=None)
    assert (d.value, d.attrs["end_value"], d.attrs["end_anchor"]) == ("2012", None, "REF")


# -- 7. centuries, decades, seasons, quarters ------------------------------------------------------
CENTURY_ROWS = [(f"في القرن الـ{n}", f"القرن الـ{n}", f"{n - 1:02d}") for n in range(12, 22)]
CENTURY_ROWS += [(f"منذ القرن {n}", f"القرن {n}", f"{n - 1:02d}") for n in range(15, 22)]
CENTURY_ROWS += [
    ("القرن الحادي والعشرين", "القرن الحادي والعشرين", "20"),
    ("القرن السابع عشر", "القرن السابع عشر", "16"),
    ("القرن التاسع عشر", "القرن التاسع عشر", "18"),
    ("القرن العشرين", "القرن العشرين", "19"),
    ("القرن الماضي", "القرن الماضي", "19"),
    ("القرن الحالي", "القرن الحالي", "20"),
]


@pytest.mark.parametrize(("sentence", "span", "value"), CENTURY_ROWS)
def test_centuries(sentence, span, value):
    d = find(sentence, span)
    assert (d.type, d.value) == ("DATE", value)


DECADES = ["العشرينيات", "الثلاثينيات", "الأربعينيات", "الخمسينيات", "الستينيات", "السبعينيات", "الثمانينيات",
           "التسعينيات"]
DECADE_ROWS = []
for i, word in enumerate(DECADES, 2):
    DECADE_ROWS += [(f"في {word}", word, f"19{i}", None),
                    (f"مطلع {word}", f"مطلع {word}", f"19{i}", "START"),
                    (f"أواخر {word} من القرن الماضي", f"أواخر {word} من القرن الماضي", f"19{i}", "END")]


@pytest.mark.parametrize(("sentence", "span", "value", "mod"), DECADE_ROWS)
def test_decades(sentence, span, value, mod):
    d = find(sentence, span)
    assert (d.value, d.mod) == (value, mod)


SEASONS = {"SP": "ربيع", "SU": "صيف", "FA": "خريف", "WI": "شتاء"}
#: The last and the next season of each kind from the reference (2 June 2020): the spring just ended is
#: 2020's, the winter before the reference 2019's (December 2019 - February 2020), and the autumn and
#: winter to come are 2020's; next summer, already begun, is 2021's.
LAST_SEASON = {"SP": 2020, "SU": 2019, "FA": 2019, "WI": 2019}
NEXT_SEASON = {"SP": 2021, "SU": 2021, "FA": 2020, "WI": 2020}
SEASON_ROWS = []
for code, word in SEASONS.items():
    SEASON_ROWS += [(f"في {word} 2015", f"{word} 2015", f"2015-{code}"),
                    (f"{word} عام 2018".translate(INDIC), f"{word} عام 2018".translate(INDIC), f"2018-{code}"),
                    (f"ال{word} الماضي", f"ال{word} الماضي", f"{LAST_SEASON[code]}-{code}"),
                    (f"ال{word} المقبل", f"ال{word} المقبل", f"{NEXT_SEASON[code]}-{code}"),
                    (f"خلال فصل ال{word}", f"فصل ال{word}", f"2020-{code}")]


@pytest.mark.parametrize(("sentence", "span", "value"), SEASON_ROWS)
def test_seasons(sentence, span, value):
    d = find(sentence, span)
    assert (d.type, d.value) == ("DATE", value)


@pytest.mark.parametrize(("sentence", "span", "value"), [
    ("الربع الثالث من العام الجاري", "الربع الثالث من العام الجاري", "2020-Q3"),
    ("الربع الأول من عام 2019", "الربع الأول من عام 2019", "2019-Q1"),
    ("الربع الثاني من العام الماضي", "الربع الثاني من العام الماضي", "2019-Q2"),
    ("الربع الرابع من 2018", "الربع الرابع من 2018", "2018-Q4"),
    ("النصف الثاني من العام المقبل", "النصف الثاني من العام المقبل", "2021-H2"),
])
def test_quarters(sentence, span, value):
    assert find(sentence, span).value == value


# -- 8. sets ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "span", "value", "freq"), [
    ("تصدر سنوياً", "سنوياً", "P1Y", None),
    ("تعقد شهرياً", "شهرياً", "P1M", None),
    ("اجتماع أسبوعيا", "أسبوعيا", "P1W", None),
    ("تعقد يومياً", "يومياً", "P1D", None),
    ("كل ثلاثة أشهر", "كل ثلاثة أشهر", "P3M", None),
    ("كل 6 أشهر", "كل 6 أشهر", "P6M", None),
    ("كل أسبوعين", "كل أسبوعين", "P2W", None),
    ("كل يوم جمعة", "كل يوم جمعة", "XXXX-WXX-5", None),
    ("كل يوم أحد", "كل يوم أحد", "XXXX-WXX-7", None),
    ("مرتين في الأسبوع", "مرتين في الأسبوع", "P1W", "2X"),
    ("3 مرات في الشهر", "3 مرات في الشهر", "P1M", "3X"),
    ("مرة في السنة", "مرة في السنة", "P1Y", "1X"),
    ("كل صيف", "كل صيف", "XXXX-SU", None),
    ("كل ساعة", "كل ساعة", "PT1H", None),
])
def test_sets(sentence, span, value, freq):
    d = find(sentence, span)
    assert (d.type, d.value, d.attrs.get("freq")) == ("SET", value, freq)


# -- 9. vague references (adverbs of time only) ----------------------------------------------------
@pytest.mark.parametrize(("sentence", "span", "value"), [
    ("سيتم قريباً الإعلان عن الحكومة", "قريباً", "FUTURE_REF"),
    ("وكان آنذاك وزيرا", "آنذاك", "PAST_REF"),
    ("وربح انذاك القضية", "انذاك", "PAST_REF"),
    ("كان سابقاً مديرا", "سابقاً", "PAST_REF"),
    ("في ذلك الوقت", "في ذلك الوقت", "PAST_REF"),
    ("يعمل الآن في", "الآن", "PRESENT_REF"),
    ("يقيم حالياً في تونس", "حالياً", "PRESENT_REF"),
    ("سيصدر لاحقا", "لاحقا", "FUTURE_REF"),
    ("في الوقت الحاضر", "في الوقت الحاضر", "PRESENT_REF"),
    ("حتى الآن", "حتى الآن", "PRESENT_REF"),
])
def test_vague_references(sentence, span, value):
    d = find(sentence, span)
    assert (d.type, d.value) == ("DATE", value)


# -- 10. holidays ----------------------------------------------------------------------------------
ISLAMIC = {"عيد الفطر": (10, 1), "عيد الأضحى": (12, 10), "المولد النبوي": (3, 12), "رأس السنة الهجرية": (1, 1),
           "عاشوراء": (1, 10), "ليلة القدر": (9, 27), "يوم عرفة": (12, 9)}


def hijri_in_year(year: int, month: int, day: int) -> str:
    from hijridate import Gregorian

    hy = Gregorian(year, 1, 1).to_hijri().year
    for y in (hy, hy + 1):
        iso = hijri_greg(y, month, day)
        if iso.startswith(str(year)):
            return iso
    raise AssertionError("no such day in that year")


HOLIDAY_ROWS = []
for name, (month, day) in ISLAMIC.items():
    for year in (2016, 2019, 2021):
        HOLIDAY_ROWS.append((f"بمناسبة {name} {year}", f"{name} {year}", hijri_in_year(year, month, day)))
    HOLIDAY_ROWS.append((f"بعد {name}", name, hijri_in_year(2020, month, day)))
HOLIDAY_ROWS += [
    ("عيد الأضحى 1444 هـ", "عيد الأضحى 1444 هـ", hijri_greg(1444, 12, 10)),
    ("عيد الفطر الماضي", "عيد الفطر الماضي", hijri_greg(1441, 10, 1)),
    ("عيد الأضحى المقبل", "عيد الأضحى المقبل", hijri_greg(1441, 12, 10)),
    ("رمضان 2021", "رمضان 2021", f"{hijri_greg(1442, 9, 1)}/{hijri_greg(1442, 9, hijri_len(1442, 9))}"),
    ("عيد الميلاد 2019", "عيد الميلاد 2019", "2019-12-25"),
    ("عيد العمال", "عيد العمال", "2020-05-01"),
    ("عيد الشغل 2018", "عيد الشغل 2018", "2018-05-01"),
    ("رأس السنة الميلادية 2021", "رأس السنة الميلادية 2021", "2021-01-01"),
]


@pytest.mark.parametrize(("sentence", "span", "value"), HOLIDAY_ROWS)
def test_holidays(sentence, span, value):
    d = find(sentence, span)
    assert (d.type, d.value) == ("DATE", value)


def test_islamic_holiday_keeps_hijri():
    d = find("عيد الفطر 2021", "عيد الفطر 2021")
    assert (d.calendar, d.attrs["hijri"], d.attrs["holiday"]) == ("hijri", "1442-10-01", "عيد الفطر")


# -- 11. ordinal anchors ---------------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "span", "value"), [
    ("أول جمعة من شهر أيلول", "أول جمعة من شهر أيلول", "2020-09-04"),
    ("آخر جمعة من شهر رمضان", "آخر جمعة من شهر رمضان", "2020-05-22"),
    ("أول يوم من رمضان", "أول يوم من رمضان", hijri_greg(1441, 9, 1)),
    ("آخر يوم من الشهر", "آخر يوم من الشهر", "2020-06-30"),
    ("أول يوم من الشهر المقبل", "أول يوم من الشهر المقبل", "2020-07-01"),
    ("ثاني خميس من نوفمبر 2019", "ثاني خميس من نوفمبر 2019", "2019-11-14"),
    ("آخر يوم من ديسمبر", "آخر يوم من ديسمبر", "2020-12-31"),
])
def test_ordinal_anchors(sentence, span, value):
    assert find(sentence, span).value == value


# -- 12. composite durations -----------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "span", "value"), [
    ("سنتين و3 أشهر و10 أيام", "سنتين و3 أشهر و10 أيام", "P2Y3M10D"),
    ("3 سنوات و6 أشهر", "3 سنوات و6 أشهر", "P3Y6M"),
    ("عامين وشهرين", "عامين وشهرين", "P2Y2M"),
    ("ساعتين و30 دقيقة", "ساعتين و30 دقيقة", "PT2H30M"),
    ("2.5 عام", "2.5 عام", "P2Y6M"),
    ("سنة ونصف", "سنة ونصف", "P1Y6M"),
    ("أسبوع كامل", "أسبوع كامل", "P1W"),
    ("لمدة أسبوع", "أسبوع", "P1W"),
    ("نصف قرن", "نصف قرن", "P50Y"),
    ("لمدة ثلاث ساعات", "ثلاث ساعات", "PT3H"),
])
def test_composite_durations(sentence, span, value):
    d = find(sentence, span)
    assert (d.type, d.value) == ("DURATION", value)


# -- 13. bare years --------------------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "span", "value"), [
    ("فيلم الرسالة (1976) للمخرج", "1976", "1976"),
    ("حرب حزيران ( 1967 )", "1967", "1967"),
    ("سنة 1916", "سنة 1916", "1916"),
    ("سنة 2016م", "سنة 2016م", "2016"),
    ("في ٢٠١٦", "٢٠١٦", "2016"),
    ("عام 1441 هـ", "عام 1441 هـ", f"{hijri_greg(1441, 1, 1)}/{hijri_greg(1441, 12, hijri_len(1441, 12))}"),
])
def test_bare_years(sentence, span, value):
    assert find(sentence, span).value == value


# -- 14. the known bugs of issue 15 ----------------------------------------------------------------
def test_since_slash_month_last_year():
    ref = dt.date(2024, 3, 1)
    for text in ("منذ 8 تشرين الأول/أكتوبر الماضي", "منذ 8 تشرين الأول الماضي", "منذ 8 أكتوبر الماضي"):
        doc = NLP(text, reference_date=ref)
        assert [(d.text, d.value) for d in doc.dates] == [(text, "2023-10-08/2024-03-01")]


@pytest.mark.parametrize("text", [
    "قرر عقد اجتماعات دورية", "بعد عقد اجتماعا مع الوزير", "بعد عقد الاجتماع", "في محافظة إب اليمنية",
    "المعلومات الدقيقة", "الإصابات الدقيقة", "الأحد عشر لاعبا", "صلاة الجمعة", "خطب الجمعة", "قريبا من المدينة",
    "الرئيس السابق", "لأول مرة في تاريخ", "الربيع العربي", "فاز 3-1", "بين الاثنين",
    "في الساعات الأولى من صباح", "خلال الأيام الأولى من صباح",
])
def test_not_dates(text):
    assert NLP(text, reference_date=REF).dates == []


# -- 15. real ANT sentences ------------------------------------------------------------------------
ANT = [
    ("تمكن قوات الأمن  مساء أمس الأحد 12 جانفي 2014من  إيقاف بعض العناصر", "مساء أمس الأحد 12 جانفي 2014",
     "TIME", "2014-01-12TEV"),
    ("ليلة البارحة السبت 14 ماي الجاري من إيقاف مواطن", "ليلة البارحة السبت 14 ماي الجاري", None, None),
    # the reference (REF) is a Tuesday: tomorrow named Sunday is the coming Sunday
    ("المبرمجة يوم غد الأحد ضمن منافسات الجولة الـ21", "يوم غد الأحد", "DATE", "2020-05-31"),
    ("سيتم تنفيذ الإضراب العام بالجهة المحدّد غدا الثلاثاء 11 أفريل 2017 مع مواصلة",
     "غدا الثلاثاء 11 أفريل 2017", "DATE", "2017-04-11"),
    ("تقرر، خلال جلسة عمل، انعقدت الاثنين بتونس، حول التنمية", "الاثنين", "DATE", "2020-06-01"),
    ("ألقت الوحدات الأمنية بقفصة مساء الأحد القبض على 3 أشخاص", "مساء الأحد", "TIME", "2020-05-31TEV"),
    ("ويذكر ان منتخبنا انهزم الجمعة الفارط امام الكامرون", "الجمعة الفارط", "DATE", "2020-05-29"),
    # (the part of the day and its clock are one time since session 19)
    ("وذلك، مساء الاحد على الساعة 21:40 مساء.", "مساء الاحد على الساعة 21:40 مساء", "TIME", "2020-05-31T21:40"),
    ("كشف وزير التجارة محسن حسن، انه سيتم، قريبا، الاعلان عن حزمة", "قريبا", "DATE", "FUTURE_REF"),
    ("وأضاف أنه ربح انذاك قضية الحضانة", "انذاك", "DATE", "PAST_REF"),
    ("والمشرف على العمليات العسكرية بها في ذلك الوقت", "في ذلك الوقت", "DATE", "PAST_REF"),
    ("خلال فترة التخفيضات المقررة مباشرة بعد عيد الفطر.", "عيد الفطر", "DATE", "2020-05-24"),
    ("تمكنوا ليلة عيد الفطر المبارك القيام بعدد 96 حملة", "عيد الفطر المبارك", "DATE", "2020-05-24"),
    ("تمت إقامته خلال الصيف الماضي لمسابقة كأس الأمم", "الصيف الماضي", "DATE", "2019-SU"),
    ("وشدد النائب على أننا نعيش في القرن الـ21، والصحة النفسية", "القرن الـ21", "DATE", "20"),
    ("ألقى العبوة من فوق سياج المجمع بعد منتصف الليل مباشرة", "بعد منتصف الليل", "TIME", "T24:00"),
    ("ويزوره سنويا حوالي 7 ملايين سائح", "سنويا", "SET", "P1Y"),
    ("عند الساعة 10.40 دقيقة ليلا يوم 3 فيفري 2017", "الساعة 10.40 دقيقة ليلا يوم 3 فيفري 2017", "TIME",
     "2017-02-03T22:40"),
    ("ابن طاوس الورتاني من مواليد 13-10-1967 في سيدي بوفارس", "13-10-1967", "DATE", "1967-10-13"),
    ("انطلقت منذ الساعة الثامنة من صباح اليوم الأربعاء، بدار الثقافة", "الساعة الثامنة من صباح اليوم الأربعاء",
     "TIME", "2020-06-03T08:00"),  # (the writer's Wednesday, session 45)
    ("استضاف برنامج سينما سينما الأربعاء 18 جانفي 2017 في موعد استثنائي", "الأربعاء 18 جانفي 2017", "DATE",
     "2017-01-18"),
    ("لحادثة وقعت ليلة 14 جانفي 2011 و تتواصل أطوارها بعد 3 سنوات", "3 سنوات", "DURATION", "P3Y"),
    ("ارتفعت خلال الثلاثي الأول من 2017، بنسبة 18 بالمائة", None, None, None),
    ("وقد شهد ارتفاعا خلال الأسابيع الأخيرة نظرا للتخوف", "الأسابيع الأخيرة", "DATE", "PAST_REF"),
    ("إيقاف 7 أشخاص ليلة أمس السبت 19 سبتمبر 2015 من", "ليلة أمس السبت 19 سبتمبر 2015", "TIME", "2015-09-19TNI"),
    ("فُقد الاتصال منذ الساعة الرابعة من مساء اليوم الخميس 27 أفريل 2017، بمركب الصيد",
     "الساعة الرابعة من مساء اليوم الخميس 27 أفريل 2017", "TIME", "2017-04-27T16:00"),
    ("انفجرت السيارة الساعة 10 مساء يوم الخميس 7 أيار 2020", "الساعة 10 مساء يوم الخميس 7 أيار 2020", "TIME",
     "2020-05-07T22:00"),
    ("في الاحتفال الجهوي بعيد الشغل يوم 1 ماي 2016", "يوم 1 ماي 2016", "DATE", "2016-05-01"),
]


@pytest.mark.parametrize(("sentence", "span", "type_", "value"), ANT)
def test_real_ant_sentences(sentence, span, type_, value):
    doc = NLP(sentence, reference_date=REF)
    for d in doc.dates:
        assert doc.text[d.start:d.end] == d.text
    if span is None:
        return  # no crash; not asserted
    d = find(sentence, span)
    if type_ is not None:
        assert (d.type, d.value) == (type_, value)


# -- 15b. short expressions on their own (as other toolkits' test suites give them) ---------------
SHORT = [
    ("الاثنين", "DATE", last_on_or_before(1)),
    ("الجمعه", "DATE", last_on_or_before(5)),
    ("الاحد", "DATE", last_on_or_before(7)),
    ("هذا الاثنين", "DATE", next_on_or_after(1)),
    ("هذه الليلة", "TIME", "2020-06-02TNI"),
    ("6/2013", "DATE", "2013-06"),
    ("يوم الاثنين في 18 شباط", "DATE", "2019-02-18"),  # the year where 18 February is a Monday (not 2020)
    ("السبت السادس عشر", "DATE", "2020-05-16"),  # the month before, whose 16th is a Saturday (session 25)
    ("يوليو 13-15", "DATE", "2020-07-13/2020-07-15"),
    ("تموز 13 الى 15", "DATE", "2020-07-13/2020-07-15"),
    ("13 الى 15 تموز", "DATE", "2020-07-13/2020-07-15"),
    ("أيار 15، 2016", "DATE", "2016-05-15"),
    ("الثالث عشر من شباط", "DATE", "2020-02-13"),
    ("الاول من اذار", "DATE", "2020-03-01"),
    ("الثلاثاء 1 يناير 2019 03:00 م", "TIME", "2019-01-01T15:00"),
    ("الساعة 9 ص", "TIME", "T09:00"),
    ("اليوم الساعة 10 صباحا", "TIME", "2020-06-02T10:00"),
    ("أمس الساعة 5 مساء", "TIME", "2020-06-01T17:00"),
    ("غدا في الساعة 9", "TIME", "2020-06-03T09:00"),
    ("5 أكتوبر 2018 الساعة 10:30", "TIME", "2018-10-05T10:30"),
    ("منذ يومين", "DATE", "2020-05-31"),
    ("منذ أسبوعين", "DATE", "2020-W21"),
    ("قبل سنة", "DATE", "2019"),
]


@pytest.mark.parametrize(("text", "type_", "value"), SHORT)
def test_short_expressions_alone(text, type_, value):
    d = find(text, text)
    assert (d.type, d.value) == (type_, value)


# -- 16. no reference date: relative expressions stay unresolved, never today ----------------------
NO_REF = ["الخميس الماضي", "أمس", "غداً", "بعد غد", "الليلة", "الشتاء الماضي", "القرن الماضي", "يوم 17/9",
          "عيد الفطر", "العامين الماضيين", "أول يوم من الشهر المقبل", "مساء الأحد", "الأحد من الأسبوع الماضي",
          "يوم غد", "قبل أمس", "نهاية الشهر", "أيار الماضي", "منذ 3 سنوات"]


@pytest.mark.parametrize("text", NO_REF)
def test_without_reference_nothing_is_today(text):
    doc = NLP(text, reference_date=None)
    assert doc.dates, text
    today = dt.date.today().isoformat()
    for d in doc.dates:
        assert d.resolved is False or d.type == "DURATION", (d.text, d.value)
        assert today not in str(d.value) and today not in str(d.attrs)


# -- 17. seed must-shows (unchanged) ---------------------------------------------------------------
def test_seed_must_shows(seed_text):
    doc = NLP(seed_text, reference_date=REF)
    got = {d.text: d for d in doc.dates}
    assert got["أيار عام 2016"].value == "2016-05"
    assert (got["مطلع عام 2014"].value, got["مطلع عام 2014"].mod) == ("2014", "START")
    assert got["أربعة أعوام"].value == "P4Y"
    assert got["اليوم الثلاثاء"].value == "2020-06-02"
    since = got["منذ عام 2012"]
    assert (since.value, since.attrs["end_value"], since.attrs["relation"]) == ("2012/2020-06-02", "2020-06-02",
                                                                                "since")


def test_family_tables_are_large():
    tables = [GREGORIAN_ROWS, HIJRI_ROWS, WEEKDAY_ROWS, CLOCK_ROWS, NUMERIC_ROWS, RELATIVE_ROWS, INTERVAL_ROWS,
              CENTURY_ROWS, DECADE_ROWS, SEASON_ROWS, HOLIDAY_ROWS, ANT, SHORT]
    assert sum(map(len, tables)) >= 400


def test_schema2_records_are_upgraded():
    from arabnews.extract.dates.values import upgrade_schema2

    old = {"text": "1 شوال 1441 هـ", "value": "1441-10-01", "calendar": "hijri", "gregorian": "2020-05-24"}
    new = upgrade_schema2(old)
    assert (new["value"], new["hijri"]) == ("2020-05-24", "1441-10-01")
    month = upgrade_schema2({"value": "1444-09", "calendar": "hijri", "gregorian": "2023-03-23/2023-04-20"})
    assert (month["value"], month["hijri"], month["end_value"]) == ("2023-03-23/2023-04-20", "1444-09", "2023-04-20")
    assert upgrade_schema2({"value": "2016", "calendar": "gregorian"}) == {"value": "2016", "calendar": "gregorian"}


# -- 18. properties: any mix of date words never crashes, offsets hold, nothing is today's date -----
from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = ["الساعة", "مساء", "أمس", "الخميس", "الأحد", "من", "إلى", "حتى", "منذ", "عام", "2016", "17/9", "31/02",
           "٣", "رمضان", "عيد الفطر", "القرن", "الماضي", "المقبل", "كل", "مرتين", "في", "الأسبوع", "و", "،", "09:40",
           "صيف", "الليلة", "أول", "يوم", "شهر", "تشرين الأول/أكتوبر", "بين", "عامي", "2011", "هـ", "سنتين", "أشهر",
           "قريبا", "الثامنة", "إلا", "ربعا", "بتوقيت", "غرينتش", "(", ")", "-", "/", "."]


@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.sampled_from([None, REF]))
def test_any_mix_of_date_words(pieces, ref):
    text = " ".join(pieces)
    doc = NLP(text, reference_date=ref)
    today = dt.date.today().isoformat()
    for d in doc.dates:
        assert doc.text[d.start:d.end] == d.text and d.text.strip() == d.text
        assert d.value is None or isinstance(d.value, str)
        if ref is None:
            assert today not in str(d.value)


# -- 16. days anchored on the story's previous date (the anaphoric family) ---------------------------
def _anaphoric(offset: str, unit: str, part: str | None = None) -> dict:
    attrs = {"anchor": "PREV_DATE", "offset": offset, "unit": unit}
    if part:
        attrs["part_of_day"] = part
    return attrs


ANAPHORIC_ROWS = [  # with no date before them (session 20 resolves them against one: test_dates_families20.py)
    ("فاليوم التالي شهد مواجهات", "اليوم التالي", "DATE", _anaphoric("P1D", "D")),
    ("تأجلت الجلسة لليوم التالي", "ليوم التالي", "DATE", _anaphoric("P1D", "D")),
    ("وقع الهجوم في اليوم السابق للانتخابات", "اليوم السابق", "DATE", _anaphoric("-P1D", "D")),
    ("وفي اليوم نفسه أعلنت الوزارة", "اليوم نفسه", "DATE", _anaphoric("P0D", "D")),
    ("وفي اليوم ذاته قتل جنديان", "اليوم ذاته", "DATE", _anaphoric("P0D", "D")),
    ("وفي نفس اليوم وصل الوزير", "نفس اليوم", "DATE", _anaphoric("P0D", "D")),
    ("وفي ذات اليوم وصل الوزير", "ذات اليوم", "DATE", _anaphoric("P0D", "D")),
    ("وفي الأسبوع التالي عاد إلى بلاده", "الأسبوع التالي", "DATE", _anaphoric("P1W", "W")),
    ("وفي الشهر التالي استقال", "الشهر التالي", "DATE", _anaphoric("P1M", "M")),
    ("وفي العام التالي فاز بالانتخابات", "العام التالي", "DATE", _anaphoric("P1Y", "Y")),
    ("وفي السنة التالية أغلق المصنع", "السنة التالية", "DATE", _anaphoric("P1Y", "Y")),
    ("وبالسنة التالية أغلق المصنع", "السنة التالية", "DATE", _anaphoric("P1Y", "Y")),
    ("وفي الليلة التالية هاجم المسلحون", "الليلة التالية", "TIME", _anaphoric("P1D", "D", "NI")),
    ("وفي صباح اليوم التالي عثر على الجثة", "صباح اليوم التالي", "TIME", _anaphoric("P1D", "D", "MO")),
    ("ومساء اليوم التالي عاد", "مساء اليوم التالي", "TIME", _anaphoric("P1D", "D", "EV")),
    ("وفي اليوم الموالي أعلن", "اليوم الموالي", "DATE", _anaphoric("P1D", "D")),
    # "من" after the unit opens a verb's complement (تمكن من), not another date (ANT: "خلال نفس الليلة من إيقاف")
    ("كما تمكنت الوحدات الأمنية خلال نفس الليلة من إيقاف فتاة", "نفس الليلة", "TIME", _anaphoric("P0D", "D", "NI")),
    ("وتمكنت في نفس اليوم من حجز مبلغ مالي", "نفس اليوم", "DATE", _anaphoric("P0D", "D")),
    ("وتمكن في الأسبوع التالي من الفرار", "الأسبوع التالي", "DATE", _anaphoric("P1W", "W")),
]


@pytest.mark.parametrize(("sentence", "span", "type_", "attrs"), ANAPHORIC_ROWS)
@pytest.mark.parametrize("ref", [REF, None])
def test_anaphoric_days_never_today(sentence, span, type_, attrs, ref):
    d = find(sentence, span, ref)
    assert (d.type, d.value, d.resolved) == (type_, None, False)
    assert {k: d.attrs.get(k) for k in attrs} == attrs


@pytest.mark.parametrize("text", [
    "العام السابق",  # the year before the reference: the relative rule's, not anaphoric
    "مقارنة بنفس الشهر من سنة 2016",  # the same month of another year
    "في نفس اليوم من السنة الحالية",
    "مقابل 3.5% في جانفي من نفس السنة",  # the year of a month
    "في نفس الشهر من العام الماضي", "في نفس الأسبوع من جانفي", "في نفس الشهر من 2016",  # of another date
    "الرئيس السابق", "في ذلك اليوم", "في الفصل التالي", "الخطوة التالية", "نفس الشخص", "ذات الصلة",
])
def test_anaphoric_negatives(text):
    assert [d for d in NLP(text, reference_date=REF).dates if d.attrs.get("anchor") == "PREV_DATE"] == []


def test_previous_year_stays_relative():
    d = find("وفي العام السابق فاز", "العام السابق")
    assert (d.value, d.attrs["anchor"]) == ("2019", "REF")


# -- 17. prayer times as times of the day -------------------------------------------------------------
FRIDAY_BEFORE = "2020-05-29"  # the last Friday before the reference (Tuesday 2020-06-02)
PRAYER_ROWS = [
    ("خرج المتظاهرون بعد المغرب", "بعد المغرب", "2020-06-02TEV", "EV"),
    ("وبعد المغرب بقليل وقع الانفجار", "بعد المغرب", "2020-06-02TEV", "EV"),
    ("وقع الانفجار قبيل الفجر", "قبيل الفجر", "2020-06-02TMO", "MO"),
    ("فقبيل الفجر شن الجيش غارات", "قبيل الفجر", "2020-06-02TMO", "MO"),
    ("خرجت المسيرات بعد صلاة الجمعة", "بعد صلاة الجمعة", f"{FRIDAY_BEFORE}TMI", "MI"),
    ("سيلقي كلمة بعد صلاة الجمعة", "بعد صلاة الجمعة", "2020-06-05TMI", "MI"),
    ("اعتقل عقب صلاة العشاء", "عقب صلاة العشاء", "2020-06-02TNI", "NI"),
    ("وصلت القوات وقت الظهر", "وقت الظهر", "2020-06-02TMI", "MI"),
    ("انطلقت المسيرة بعد صلاة العصر", "بعد صلاة العصر", "2020-06-02TAF", "AF"),
    ("وقبل أذان المغرب وزعت الوجبات", "قبل أذان المغرب", "2020-06-02TEV", "EV"),
    ("وعند الفجر انسحبت القوات", "عند الفجر", "2020-06-02TMO", "MO"),
    ("قتل ٣ أشخاص بعد صلاة العصر", "بعد صلاة العصر", "2020-06-02TAF", "AF"),
    ("تتكاثف السحب بعد الظهر بالمرتفعات", "بعد الظهر", "2020-06-02TAF", "AF"),  # the afternoon
    ("وصل بعد صلاة الظهر", "بعد صلاة الظهر", "2020-06-02TMI", "MI"),
    ("أضرم النار في جامع أثناء صلاة الجمعة", "أثناء صلاة الجمعة", f"{FRIDAY_BEFORE}TMI", "MI"),
]


@pytest.mark.parametrize(("sentence", "span", "value", "part"), PRAYER_ROWS)
def test_prayer_times(sentence, span, value, part):
    d = find(sentence, span)
    assert (d.type, d.value, d.attrs["part_of_day"]) == ("TIME", value, part)


@pytest.mark.parametrize(("sentence", "span", "value", "part"), PRAYER_ROWS)
def test_prayer_times_without_reference_unresolved(sentence, span, value, part):
    d = find(sentence, span, None)
    assert (d.type, d.value, d.resolved, d.attrs["part_of_day"]) == ("TIME", None, False, part)


@pytest.mark.parametrize("text", [
    "زار المغرب", "في المغرب", "وصل إلى المغرب", "بعد المغرب العربي", "بعد المغرب والجزائر",
    "قبل العصر الحجري", "بعد الجمعة الماضية من الأسبوع", "صلاة الجمعة", "منتخب المغرب", "عشاء عمل",
    "تأهل بعد المغرب وتونس",
])
def test_prayer_names_without_time_cue_are_not_times(text):
    assert [d for d in NLP(text, reference_date=REF).dates if "prayer" in d.attrs] == []


def test_morocco_is_never_a_date():
    for text in ("زار المغرب", "في المغرب", "والمغرب", "بالمغرب"):
        assert NLP(text, reference_date=REF).dates == []


# -- 18. quarters without a year ----------------------------------------------------------------------
QUARTER_ROWS = [
    ("ارتفعت الأرباح في الربع الثالث", "الربع الثالث", 3),
    ("خلال الربع الأول تراجع النمو", "الربع الأول", 1),
    ("في الربع الأخير سجلت الشركة خسائر", "الربع الأخير", 4),
    ("وفي الربع الثاني ارتفعت الصادرات", "الربع الثاني", 2),
    ("وبالربع الرابع سجلت الشركة أرباحا", "الربع الرابع", 4),
    ("نما الاقتصاد في الربع الأول من العام", "الربع الأول من العام", 1),
    ("نما الاقتصاد في الربع الثالث من هذا العام", "الربع الثالث من هذا العام", 3),
    ("تراجع النمو خلال الربع الثاني من السنة", "الربع الثاني من السنة", 2),
    ("منذ مطلع الربع الثالث", "مطلع الربع الثالث", 3),
    ("ارتفعت المبيعات ٥٪ في الربع الثالث", "الربع الثالث", 3),
]


@pytest.mark.parametrize(("sentence", "span", "q"), QUARTER_ROWS)
def test_quarter_without_year(sentence, span, q):
    d = find(sentence, span)
    assert (d.type, d.value, d.attrs.get("anchor")) == ("DATE", f"2020-Q{q}", "REF")
    d = find(sentence, span, None)
    assert (d.value, d.resolved, d.attrs["timex"]) == (None, False, f"XXXX-Q{q}")


@pytest.mark.parametrize(("sentence", "span", "value"), [
    ("الربع الثالث من عام 2019", "الربع الثالث من عام 2019", "2019-Q3"),
    ("الربع الثالث من عام ٢٠١٩", "الربع الثالث من عام ٢٠١٩", "2019-Q3"),
    ("الربع الأول من العام الماضي", "الربع الأول من العام الماضي", "2019-Q1"),
    ("الربع الرابع من 2018", "الربع الرابع من 2018", "2018-Q4"),
])
def test_quarter_with_year_unchanged(sentence, span, value):
    assert find(sentence, span).value == value


@pytest.mark.parametrize("text", [
    "الربع الأول من الساعة", "في الربع الثالث من المباراة", "الربع الأخير من القرن", "ربع الساعة",
    "الربع الخالي", "بلغ الربع", "الدور ربع النهائي", "الربع الأول من الحصة", "ربع سكان البلاد",
    "حصل على الربع",
])
def test_quarter_negatives(text):
    assert [d for d in NLP(text, reference_date=REF).dates if "-Q" in (d.value or d.attrs.get("timex", ""))] == []


# -- 19. whole parts of a day -------------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "span", "value", "part"), [
    ("استمر القصف طوال الليل", "طوال الليل", None, "NI"),
    ("وطوال الليل سمع دوي الانفجارات", "طوال الليل", None, "NI"),
    ("استمرت الاشتباكات طيلة الليل", "طيلة الليل", None, "NI"),
    ("بقي المحتجون في الساحة طوال النهار", "طوال النهار", None, "DT"),
    ("وطيلة النهار أغلقت المحلات", "طيلة النهار", None, "DT"),
    ("استمر الإضراب طوال اليوم", "طوال اليوم", "P1D", None),
    ("فطيلة اليوم بقيت الطرقات مغلقة", "طيلة اليوم", "P1D", None),
    ("تواصلت الاحتجاجات على مدار اليوم", "على مدار اليوم", "P1D", None),
    ("على مدى الليل سمع إطلاق النار", "على مدى الليل", None, "NI"),
    ("استمر القصف طوال الليلة", "طوال الليلة", None, "NI"),
])
def test_whole_parts_of_the_day(sentence, span, value, part):
    d = find(sentence, span)
    assert (d.type, d.value, d.mod, d.attrs.get("part_of_day")) == ("DURATION", value, "ENTIRE", part)


@pytest.mark.parametrize("text", [
    "طوال اليوم الأول", "طيلة الليلة الماضية", "طوال الليل الطويل", "طوال حياته", "الليل والنهار",
    "طوال العام الماضي", "طيلة أيام العطلة", "في الليل", "النهار الجديد", "طوال اليوم الوطني",
])
def test_whole_parts_negatives(text):
    assert [d for d in NLP(text, reference_date=REF).dates if d.mod == "ENTIRE"] == []


# -- a numeric day and month with الماضي/المقبل: the last one on or before the reference, or the next ----
@pytest.mark.parametrize(("text", "span", "value"), [
    ("وقع الهجوم يوم 17-9 الماضي", "17-9 الماضي", "2023-09-17"),
    ("وقع الهجوم يوم 17/9 الماضي", "17/9 الماضي", "2023-09-17"),
    ("وقع الهجوم يوم ١٧/٩ الماضي", "١٧/٩ الماضي", "2023-09-17"),
    ("في 17/9 المنصرم", "17/9 المنصرم", "2023-09-17"),
    ("في 25/12 الفارط", "25/12 الفارط", "2023-12-25"),
    ("يوم 17/2 الماضي", "17/2 الماضي", "2024-02-17"),
    ("يوم 1/3 الماضي", "1/3 الماضي", "2024-03-01"),   # the reference day itself is on or before it
    ("يوم 17/9 المقبل", "17/9 المقبل", "2024-09-17"),
    ("يوم 17-2 القادم", "17-2 القادم", "2025-02-17"),
    ("في 20/1 المقبل", "20/1 المقبل", "2025-01-20"),
])
def test_numeric_day_month_with_a_relative_word(text, span, value):
    [date] = arabnews.analyze(text, reference_date="2024-03-01").dates
    assert (date.text, date.value) == (span, value)
    assert arabnews.analyze(text).dates[0].value is None  # no reference: unresolved, never today's year


# -- a named weekday with اليوم/أمس/غدا: the writer's day is the named one, the nearest to the reference ----
@pytest.mark.parametrize(("text", "span", "value"), [
    ("وقال المتحدث اليوم الثلاثاء إن الوضع هادئ", "اليوم الثلاثاء", "2020-06-02"),   # the reference's weekday
    ("وقال المتحدث اليوم الأربعاء إن الوضع هادئ", "اليوم الأربعاء", "2020-06-03"),   # crawled a day early
    ("أعلنت الوزارة اليوم الاثنين عن خطة جديدة", "اليوم الاثنين", "2020-06-01"),
    ("أصدرت المحكمة اليوم الجمعة حكما", "اليوم الجمعة", "2020-05-29"),   # not after the day after the reference
    ("صرح صباح اليوم السبت", "صباح اليوم السبت", "2020-05-30TMO"),   # 3 days before, not 4 after
    ("وصل الوفد أمس الاثنين", "أمس الاثنين", "2020-06-01"),
    ("وصل الوفد امس الأحد", "امس الأحد", "2020-05-31"),
    ("تنطلق المباراة غدا الخميس", "غدا الخميس", "2020-06-04"),
    ("تنطلق المباراة غدا الأربعاء", "غدا الأربعاء", "2020-06-03"),
    # the reference's own weekday after أمس or غدا: the reference day, not a week away (ANT)
    ("أعلنت الوزارة، أمس الثلاثاء عن إرسال مساعدات", "أمس الثلاثاء", "2020-06-02"),
    ("وصل الوفد مساء أمس الثلاثاء", "مساء أمس الثلاثاء", "2020-06-02TEV"),
    ("تنطلق المباراة غدا الثلاثاء", "غدا الثلاثاء", "2020-06-02"),
    ("تنطلق المباراة غدا الاثنين", "غدا الاثنين", "2020-06-01"),   # written on Sunday (session 21; was next week's)
    ("وصل الوفد أمس الأربعاء", "أمس الأربعاء", "2020-05-27"),   # a day after: last week's
])
def test_named_weekday_of_a_relative_day(text, span, value):
    d = find(text, span)
    assert d.value == value
    if len(value) == 10:
        assert d.attrs["weekday_ok"] is True


# -- days that share one month: a range, consecutive days joined by و, or a list of separate days ----------
@pytest.mark.parametrize(("text", "spans"), [
    ("تنطلق الدورة بين يومي 18 و19 جانفي 2017 في تونس", [("بين يومي 18 و19 جانفي 2017", "2017-01-18/2017-01-19")]),
    ("إضراب عام يومي 1 و2 أفريل المقبل", [("يومي 1 و2 أفريل المقبل", "2021-04-01/2021-04-02")]),
    ("يلتئم المؤتمر يومي ٢٩ و٣٠ نوفمبر ٢٠١٧", [("يومي ٢٩ و٣٠ نوفمبر ٢٠١٧", "2017-11-29/2017-11-30")]),
    ("الامتحانات أيام 7 و8 و9 جوان 2021", [("أيام 7 و8 و9 جوان 2021", "2021-06-07/2021-06-09")]),
    ("تدور ليلتي 3 و4 أوت 2019", [("ليلتي 3 و4 أوت 2019", "2019-08-03/2019-08-04")]),
    ("الزيارة (10 و11 أفريل 2017) ناجحة", [("10 و11 أفريل 2017", "2017-04-10/2017-04-11")]),
    ("من 15 إلى غاية 19 مارس 2017", [("من 15 إلى غاية 19 مارس 2017", "2017-03-15/2017-03-19")]),
    ("يومي السبت 8 والأحد 9 أفريل 2017", [("يومي السبت 8 والأحد 9 أفريل 2017", "2017-04-08/2017-04-09")]),
    ("يومي الإثنين والثلاثاء 10 و11 أفريل 2017",
     [("يومي الإثنين والثلاثاء 10 و11 أفريل 2017", "2017-04-10/2017-04-11")]),
    # not consecutive: each day is a date of its own
    ("إضراب يومي 22 و 24 مارس 2021", [("22", "2021-03-22"), ("24 مارس 2021", "2021-03-24")]),
    ("وذلك أيام 4 و5 و8 ديسمبر 2016",
     [("4", "2016-12-04"), ("5", "2016-12-05"), ("8 ديسمبر 2016", "2016-12-08")]),
])
def test_days_sharing_a_month(text, spans):
    doc = NLP(text, reference_date=REF)
    assert [(d.text, d.value) for d in doc.dates] == spans


# -- a month name alone: after a preposition (even "مارس", "رمضان"), after another month and و/أو/إلى -------
@pytest.mark.parametrize(("text", "spans"), [
    ("طالبت المنظمة في أوت السلطات بإلغاء الحكم", [("أوت", "2019-08")]),  # a past verb: last August
    ("تراجعت الأسعار في مارس", [("مارس", "2020-03")]),
    ("منع الطلاق في رمضان", [("رمضان", "2020-04-24/2020-05-23")]),
    ("تراجعت الأمطار في مارس وأفريل", [("مارس", "2020-03"), ("أفريل", "2020-04")]),
    ("خلال شهري يناير وفبراير", [("شهري يناير", "2020-01"), ("فبراير", "2020-02")]),
    ("بين شهري مارس وأفريل", [("بين شهري مارس وأفريل", "2020-03/2020-04")]),
    ("بين آذار ونيسان", [("بين آذار ونيسان", "2020-03/2020-04")]),
    ("من مارس إلى ماي 2016", [("من مارس إلى ماي 2016", "2016-03/2016-05")]),
    # the relative word of the last month holds for the month joined to it: March or April to come
    ("في مارس أو أبريل المقبل", [("مارس", "2021-03"), ("أبريل المقبل", "2021-04")]),
    ("في أكتوبر ونوفمبر الماضيين", [("أكتوبر", "2019-10"), ("نوفمبر الماضيين", "2019-11")]),
    # a month after a month with its relative word, joined by و: a month too, in the same stretch
    ("في نوفمبر المقبل وديسمبر", [("نوفمبر المقبل", "2020-11"), ("ديسمبر", "2020-12")]),
    # months joined by و run on in one year: June, July and August of 2020 (each alone is the nearest)
    ("خلال أشهر جوان وجويلية وأوت", [("أشهر جوان", "2020-06"), ("جويلية", "2020-07"), ("أوت", "2020-08")]),
    # (November nearest the June reference is the coming one; January alone would be 2020's)
    ("في شهري نوفمبر وديسمبر", [("شهري نوفمبر", "2020-11"), ("ديسمبر", "2020-12")]),
    ("في أشهر ديسمبر وجانفي وفيفري", [("أشهر ديسمبر", "2020-12"), ("جانفي", "2021-01"), ("فيفري", "2021-02")]),
])
def test_lone_months(text, spans):
    doc = NLP(text, reference_date=REF)
    assert [(d.text, d.value) for d in doc.dates] == spans


@pytest.mark.parametrize("text", ["مارس الرئيس ضغوطا على الحكومة", "حتى مارس الضغط عليهم", "زار رجب طيب أردوغان أنقرة",
                                  "قال ماي إن الحكومة ستستقيل"])
def test_ambiguous_months_without_a_preposition(text):
    assert NLP(text, reference_date=REF).dates == []


def test_weekdays_joined_by_and_are_one_stretch():
    doc = NLP("تقام المباريات يومي السبت والأحد", reference_date=REF)
    assert [(d.text, d.value) for d in doc.dates] == [("السبت", "2020-06-06"), ("الأحد", "2020-06-07")]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("أيار", "أيار", "2020-05"),   # a month name that is the whole text (a query, a caption)
    ("مارس", "مارس", "2020-03"),
    ("آب؟", "آب", "2020-08"),
    ("بكرا", "بكرا", "2020-06-03"),
    ("نلتقي بكرا الصبح", "بكرا الصبح", "2020-06-03TMO"),  # the colloquial morning joins it (session 25)
])
def test_whole_text_month_and_dialect_tomorrow(text, span, value):
    d = find(text, span)
    assert d.value == value


# -- the year of a month written without one: the nearer one, the next after a future cue, or the story's ---
@pytest.mark.parametrize(("text", "ref", "span", "value"), [
    ("انطلقت الحملة في أوائل ديسمبر", dt.date(2017, 1, 20), "أوائل ديسمبر", "2016-12"),   # last December
    ("في 15 ديسمبر أعلنت الوزارة", dt.date(2017, 1, 20), "15 ديسمبر", "2016-12-15"),
    ("ستنعقد الدورة في جويلية", dt.date(2017, 1, 20), "جويلية", "2017-07"),
    ("ستنعقد القمة في 15 جانفي", dt.date(2016, 12, 10), "15 جانفي", "2017-01-15"),   # a future cue: next January
    ("وصل الوفد في 3 مايو", dt.date(2020, 6, 2), "3 مايو", "2020-05-03"),
    ("ومعركة سيدي عيش في 18 سبتمبر 1954 ومعركة الرديف في أكتوبر من نفس السنة", dt.date(2017, 1, 20),
     "أكتوبر من نفس السنة", "1954-10"),
    ("انتخب عام 2011 ثم استقال في مارس من العام نفسه", dt.date(2017, 1, 20), "مارس من العام نفسه", "2011-03"),
])
def test_year_of_a_month_without_one(text, ref, span, value):
    d = find(text, span, ref)
    assert d.value == value


# -- a place named after a date: the head makes the day and month a name ---------------------------
NAMED_AFTER_DATES = [
    "ستجرى المباراة على ملعب 15 أكتوبر ببنزرت.",
    "تقام المباراة بملعب 7 نوفمبر برادس.",
    "تظاهر المئات في شارع 14 جانفي بالعاصمة.",
    "وتقع الشركة في مدينة 6 أكتوبر غرب القاهرة.",
    "تخرج من جامعة السابع من نوفمبر بقرطاج.",
    "وعبر المتظاهرون جسر ٦ أكتوبر.",
    "ونظمت الوقفة وسط ساحة 14 جانفي.",
]


@pytest.mark.parametrize(("sentence", "spans"), [
    ("يومي السبت والأحد الماضيين", [("السبت", "2020-05-30"), ("الأحد الماضيين", "2020-05-31")]),
    ("يومي الخميس والجمعة المقبلين", [("الخميس", "2020-06-04"), ("الجمعة المقبلين", "2020-06-05")]),
])
def test_weekday_pair_shares_its_relative_word(sentence, spans):
    assert [(d.text, d.value) for d in NLP(sentence, reference_date=REF).dates] == spans


@pytest.mark.parametrize("sentence", NAMED_AFTER_DATES)
def test_place_named_after_a_date_is_no_date(sentence):
    assert [d.text for d in NLP(sentence, reference_date=REF).dates] == []


@pytest.mark.parametrize(("sentence", "span", "value"), [
    # the head with the article, a relative word, a year or يوم: a date after all
    ("افتتح الملعب 15 أكتوبر الماضي.", "15 أكتوبر الماضي", "-10-15"),
    ("وصل الوفد إلى المدينة 6 أكتوبر.", "6 أكتوبر", "-10-06"),
    ("وسط ساحة 14 جانفي 2011 بالعاصمة", "14 جانفي 2011", "2011-01-14"),
    ("وصل إلى المطار يوم 15 أكتوبر.", "يوم 15 أكتوبر", "-10-15"),
    ("ملعب رادس 15 أكتوبر", "15 أكتوبر", "-10-15"),
])
def test_date_near_a_name_head_stays(sentence, span, value):
    assert find(sentence, span).value.endswith(value)


@pytest.mark.parametrize(("sentence", "span", "type_", "value"), [
    # "بعد" + a duration ahead of the reference: with a future cue, or as the whole text
    ("بعد يومين", "بعد يومين", "DATE", "2020-06-04"),
    ("سيعود الوفد بعد يومين", "بعد يومين", "DATE", "2020-06-04"),
    ("ستنطلق الأشغال بعد أسبوعين", "بعد أسبوعين", "DATE", "2020-W25"),
    ("سيتم الإعلان عن النتائج بعد 3 أشهر", "بعد 3 أشهر", "DATE", "2020-09"),
    ("سيعود بعد أربعة أعوام", "بعد أربعة أعوام", "DATE", "2024"),
    # ... tied to an event, told in the past, or in hours: a duration
    ("وبعد يومين من الهجوم", "يومين", "DURATION", "P2D"),
    ("عاد الوفد بعد يومين", "يومين", "DURATION", "P2D"),
    ("سيعود بعد ساعتين", "ساعتين", "DURATION", "PT2H"),
])
def test_after_a_duration(sentence, span, type_, value):
    d = find(sentence, span)
    assert (d.type, d.value) == (type_, value)


@pytest.mark.parametrize(("sentence", "span", "value"), [
    ("على الساعة منتصف النهار", "منتصف النهار", "T12:00"),
    ("في منتصف النهار أمس", "منتصف النهار أمس", "2020-06-01T12:00"),
    ("قبيل منتصف الليل", "قبيل منتصف الليل", "T24:00"),  # (session 27: the signal joins the span)
])
def test_noon_and_midnight(sentence, span, value):
    d = find(sentence, span)
    assert (d.type, d.value) == ("TIME", value)


@pytest.mark.parametrize(("sentence", "span", "type_", "value"), [
    # "غد" without its alif after a part of the day or before a weekday
    ("ستجمعه مساء غد الأربعاء بالإتحاد الرياضي", "مساء غد الأربعاء", "TIME", "2020-06-03TEV"),
    ("سيعقد ندوة صحفية مساء غد بمدينة مراكش", "مساء غد", "TIME", "2020-06-03TEV"),
    ("وخلال يوم الغد الأربعاء", "يوم الغد الأربعاء", "DATE", "2020-06-03"),
    # "يوم أمس" after منذ is the day, not "منذ يوم" (since one day)
    ("الموجود منذ يوم أمس في تونس", "يوم أمس", "DATE", "2020-06-01"),
    # one unit written with "واحد"
    ("تفكيك 11 خلية إرهابية في شهر واحد", "شهر واحد", "DURATION", "P1M"),
    ("أنجبت مرتين خلال أسبوع واحد", "أسبوع واحد", "DURATION", "P1W"),
    ("تم تحديدها في ساعة واحدة", "ساعة واحدة", "DURATION", "PT1H"),
    ("منذ عام واحد", "منذ عام واحد", "DATE", "2019"),
])
def test_tomorrow_yesterday_and_one_unit(sentence, span, type_, value):
    d = find(sentence, span)
    assert (d.type, d.value) == (type_, value)


@pytest.mark.parametrize("sentence", ["في غد أفضل لأبنائنا", "نحو غد مشرق"])
def test_bare_ghad_is_no_date(sentence):
    assert NLP(sentence, reference_date=REF).dates == []


@pytest.mark.parametrize(("sentence", "span", "value"), [
    # the first or last months of a year: one interval (ANT's economic news)
    ("سجلت الصادرات خلال الشهرين الأولين من سنة 2017 نموا", "الشهرين الأولين من سنة 2017", "2017-01/2017-02"),
    ("تقلص العجز خلال الأشهر العشرة الأولى من 2015 بـ1543 مليون دينار",
     "الأشهر العشرة الأولى من 2015", "2015-01/2015-10"),
    ("ارتفعت خلال ال3 أشهر الأولى من 2017، بنسبة 18 بالمائة", "ال3 أشهر الأولى من 2017", "2017-01/2017-03"),
    ("خلال الأشهر الستة الأولى من العام الجاري", "الأشهر الستة الأولى من العام الجاري", "2020-01/2020-06"),
    ("خلال الأشهر الثلاثة الأخيرة من ٢٠١٦", "الأشهر الثلاثة الأخيرة من ٢٠١٦", "2016-10/2016-12"),
    ("خلال الشهرين الأخيرين من العام الماضي", "الشهرين الأخيرين من العام الماضي", "2019-11/2019-12"),
    # "من" left out before a written year (ANT)
    ("بلغت قيمة الواردات خلال الشهرين الاولين 2017 ما يعادل 798 مليون دينار", "الشهرين الاولين 2017",
     "2017-01/2017-02"),
    ("خلال الأشهر الثلاثة الأولى 2016", "الأشهر الثلاثة الأولى 2016", "2016-01/2016-03"),
])
def test_first_or_last_months_of_a_year(sentence, span, value):
    d = find(sentence, span)
    assert (d.type, d.value) == ("DATE", value)


def test_first_months_are_read_in_the_region_only():
    """The stage calls part_of_year once per extraction region: it must read that region only (a scan of
    the whole text for each region made a 1 MB document take minutes)."""
    from arabnews.extract.dates.merges import part_of_year

    text = "خلال الشهرين الاولين من سنه 2017 " + "كلام " * 20
    assert len(part_of_year([], text, {}, 0, len(text))) == 1
    assert part_of_year([], text, {}, 40, len(text)) == []


def test_the_first_months_gate_skips_no_interval(monkeypatch):
    """part_of_year scans a region only where its gate finds a month word before an article or the mask:
    with the gate bypassed, the dates of the real news sample and of the sentences above are the same."""
    import re
    from pathlib import Path

    from arabnews.extract.dates import merges

    texts = (Path(__file__).parent / "golden" / "ant_sample.txt").read_text(encoding="utf-8").splitlines()
    texts += ["خلال الشهرين الأولين من سنة 2017", "الأشهر العشرة الأولى من 2015", "ال3 أشهر الأولى من 2017",
              "الأشهر الثلاثة الأخيرة من ٢٠١٦", "خلال الشهور الستة الأولى من العام", "الشهرين الاولين 2017"]
    texts = [t for t in texts if t.strip()]

    def dates() -> list:
        return [[(d.start, d.end, d.type, d.value) for d in NLP(t, reference_date=REF).dates] for t in texts]

    gated = dates()
    monkeypatch.setattr(merges, "_PART_OF_YEAR_GATE", re.compile(""))
    assert dates() == gated
    assert sum("/" in (d[3] or "") and d[2] == "DATE" for doc in gated for d in doc) >= 6


@pytest.mark.parametrize(("sentence", "span", "value"), [
    # a half of "the year" without a relative word is the reference year's, as a quarter is
    ("خلال النصف الأول من السنة", "النصف الأول من السنة", "2020-H1"),
    ("النصف الثاني من العام", "النصف الثاني من العام", "2020-H2"),
])
def test_half_of_this_year(sentence, span, value):
    assert find(sentence, span).value == value


@pytest.mark.parametrize("sentence", ["سجل هدفا في النصف الأول من المباراة", "تقدم الفريق في النصف الأول"])
def test_half_of_a_match_is_no_date(sentence):
    assert NLP(sentence, reference_date=REF).dates == []


# -- a part of the day after the day it belongs to ("أمس مساء"), and "في صباح اليوم" ------------------
@pytest.mark.parametrize(("sentence", "span", "value"), [
    ("وصل الوفد أمس مساء", "أمس مساء", "2020-06-01TEV"),
    ("يصل الوفد غدا صباحا", "غدا صباحا", "2020-06-03TMO"),
    ("اليوم صباحاً في العاصمة", "اليوم صباحاً", "2020-06-02TMO"),
    ("وصل الوفد يوم أمس ليلا", "يوم أمس ليلا", "2020-06-01TNI"),
    ("وصل الوفد يوم الأحد صباحا", "يوم الأحد صباحا", "2020-05-31TMO"),
    # a part of the day after a weekday makes it a day ("الأحد" alone may be "the one")
    ("وصل الوفد الأحد مساء", "الأحد مساء", "2020-05-31TEV"),
    ("ستعود البعثة الخميس ظهرا", "الخميس ظهرا", "2020-06-04TMI"),
    # "في" before the part of the day is no "في اليوم" (per day)
    ("وصل الوزير في صباح اليوم", "صباح اليوم", "2020-06-02TMO"),
    ("وفي مساء اليوم اجتمع المجلس", "مساء اليوم", "2020-06-02TEV"),
])
def test_part_of_day_after_or_before_a_day(sentence, span, value):
    d = find(sentence, span)
    assert (d.type, d.value) == ("TIME", value)


@pytest.mark.parametrize("sentence", ["في ذلك اليوم", "في اليوم الواحد"])
def test_in_that_day_is_no_date(sentence):
    assert Pipeline(["numbers", "dates"])(sentence, reference_date=REF).dates == []


@pytest.mark.parametrize(("sentence", "span", "value"), [
    # an ambiguous weekday after an agency in brackets is a day, as after a comma (ANT: "لو(ات) الأحد،")
    ("وقال في تصريح لو(ات) الأحد، إنه رغم الاتفاق", "الأحد", "2020-05-31"),
    ("وصرح الوزير لـ(وات) الجمعة بأن", "الجمعة", "2020-05-29"),
])
def test_weekday_after_a_bracket(sentence, span, value):
    d = find(sentence, span)
    assert (d.type, d.value) == ("DATE", value)


def test_eleven_after_a_bracket_is_no_day():
    assert Pipeline(["numbers", "dates"])("حصل على المرتبة (2) الأحد عشر", reference_date=REF).dates == []


@pytest.mark.parametrize(("sentence", "span", "value"), [
    # ANT: "كان قد التقى ميركل في واشنطن في الـ17 من مارس الماضي"
    ("كان قد التقى ميركل في واشنطن في الـ17 من مارس الماضي", "الـ17 من مارس الماضي", "2020-03-17"),
    ("في ال5 من أيار الماضي", "ال5 من أيار الماضي", "2020-05-05"),
])
def test_day_with_the_article(sentence, span, value):
    d = find(sentence, span)
    assert (d.type, d.value) == ("DATE", value)


@pytest.mark.parametrize(("text", "value"), [
    # dateparser's test_hijri, with the time after the date; 29-02 is no Gregorian date but a Hijri one
    ("14-09-1432 هـ, 09:40 صباحاً", "2011-08-14T09:40"),
    ("20-02-1430 هـ, 07:21 صباحاً", "2009-02-15T07:21"),
    ("11-08-1434 هـ, 09:38 صباحاً", "2013-06-20T09:38"),
    (" 17-01-1437 هـ 08:30 مساءً", "2015-10-30T20:30"),
    ("04-03-1433 هـ, 10:08 مساءً", "2012-01-27T22:08"),
    ("29-02-1433 هـ, 06:22 صباحاً", "2012-01-23T06:22"),
])
def test_numeric_hijri_date_with_its_time(text, value):
    dates = Pipeline(["numbers", "dates"])(text, reference_date="2015-01-10").dates
    assert [(d.text, d.value) for d in dates] == [(text.strip(), value)]


def test_numeric_date_without_a_hijri_marker_stays_gregorian():
    d = find("في 15-12-2019 م", "15-12-2019")
    assert (d.value, d.calendar) == ("2019-12-15", "gregorian")
    # a day the Hijri month does not have: the year alone is read
    assert [x.text for x in Pipeline(["numbers", "dates"])("في 40-05-1445 هـ").dates] == ["1445 هـ"]


#: accusative singular units with their "whole" word: one unit, the word inside the span
WHOLE_ROWS = [(f"{verb} {unit} {whole} في المدينة", f"{unit} {whole}", value)
              for unit, value in (("يوما", "P1D"), ("أسبوعا", "P1W"), ("شهرا", "P1M"), ("عاما", "P1Y"))
              for verb, whole in (("استمر القتال", "كاملا"), ("أمضى", "كاملا"), ("بقي", "بأكمله"),
                                  ("ظل", "بكامله"))]


@pytest.mark.parametrize(("sentence", "span", "value"), WHOLE_ROWS)
def test_a_whole_accusative_unit_is_one_unit(sentence, span, value):
    d = find(sentence, span)
    assert (d.type, d.value) == ("DURATION", value)


@pytest.mark.parametrize("sentence", ["سأعود يوما ما", "انتظر يوما ثم غادر", "عاما على الحرب"])
def test_an_accusative_unit_alone_is_no_duration(sentence):
    assert NLP(sentence, reference_date=REF).dates == []


@pytest.mark.parametrize("sentence", ["يوما بعد يوم", "تتفاقم الأزمة عاما بعد عام", "شهرا بعد شهر",
                                      "أسبوعا بعد أسبوع", "ساعة بعد ساعة", "ويوماً بعد يوم"])
def test_unit_after_the_same_unit_is_no_date(sentence):
    assert NLP(sentence, reference_date=REF).dates == []


def test_after_a_unit_alone_is_still_a_day_ahead():
    d = find("سيعود بعد يوم", "بعد يوم")
    assert (d.type, d.value) == ("DATE", "2020-06-03")


#: a count in digits with the article ("الـ60 سنة", "ال25 عاما"), with and without a signal word before it
#: (since session 22 "الماضية" after it joins the span: "الـ60 سنة الماضية", the last 60 years)
DEFINITE_COUNT_ROWS = [(f"{before}{art}{n} {unit}{after}",
                        f"{art}{n} {unit}" + (after if after == " الماضية" else ""), value)
                       for art in ("الـ", "ال")
                       for n, unit, value in ((60, "سنة", "P60Y"), (25, "عاما", "P25Y"), (48, "ساعة", "PT48H"),
                                              (5, "سنوات", "P5Y"), (15, "يوما", "P15D"), (3, "أشهر", "P3M"))
                       for before, after in (("تجاوزت المدة ", ""), ("خلال ", " من الحرب"), ("على مدى ", " الماضية"))]
# ("تجاوز عمرها الـ60 سنة" was here: an age, no duration since session 29, tests/test_dates29.py)


@pytest.mark.parametrize(("sentence", "span", "value"), DEFINITE_COUNT_ROWS)
def test_a_count_with_the_article_is_a_duration(sentence, span, value):
    d = find(sentence, span)
    assert (d.type, d.value) == ("DURATION", value)


@pytest.mark.parametrize(("sentence", "span", "value"), [
    ("تجاوز الستين عاما", "الستين عاما", "P60Y"),
    ("خلال العشرين يوما الأولى", "العشرين يوما", "P20D"),
    ("طوال الثلاثين شهرا", "الثلاثين شهرا", "P30M"),
])
def test_a_definite_tens_word_before_an_accusative_unit_counts(sentence, span, value):
    d = find(sentence, span)
    assert (d.type, d.value) == ("DURATION", value)


@pytest.mark.parametrize("sentence", ["في الذكرى الستين لتأسيسه", "العام الستين", "احتفل بعيد ميلاده الستين"])
def test_a_definite_tens_word_alone_stays_an_ordinal(sentence):
    assert [d for d in NLP(sentence, reference_date=REF).dates if d.type == "DURATION"] == []


@pytest.mark.parametrize(("wd", "name"), list(enumerate(WEEKDAYS, 1)))
def test_days_of_a_weekday_recur(wd, name):
    for sentence in (f"يغلق السوق أيام {name}", f"وأيام {name}، تتعطل الدروس"):
        d = find(sentence, f"أيام {name}")
        assert (d.type, d.value) == ("SET", f"XXXX-WXX-{wd}")


def test_days_of_several_weekdays_are_not_one_recurrence():
    assert [d.type for d in NLP("تجرى الانتخابات أيام الخميس والجمعة والسبت", reference_date=REF).dates
            if d.type == "SET"] == []


SEASONS = {"الربيع": "SP", "الصيف": "SU", "الخريف": "FA", "الشتاء": "WI"}


@pytest.mark.parametrize(("season", "code"), SEASONS.items())
def test_this_season(season, code):
    d = find(f"سيكون هذا {season} حارا", f"هذا {season}")
    assert (d.type, d.value) == ("DATE", f"2020-{code}")  # the reference is in June


@pytest.mark.parametrize("cue", ["عطلتي", "إجازة", "عطلات", "إجازات"])
def test_season_after_a_holiday_word(cue):
    d = find(f"ستشمل {cue} الشتاء المدارس", "الشتاء")
    assert (d.type, d.value) == ("DATE", "2020-WI")


@pytest.mark.parametrize(("ref", "last", "this", "next_"), [
    ("2017-01-20", "2015-WI", "2016-WI", "2017-WI"),  # January: the winter begun in December 2016 is under way
    ("2017-12-20", "2016-WI", "2017-WI", "2018-WI"),
    ("2017-06-20", "2016-WI", "2017-WI", "2017-WI"),  # June: this winter is the next one
])
def test_winters_around_the_reference_follow_each_other(ref, last, this, next_):
    values = [find(s, s, dt.date.fromisoformat(ref)).value
              for s in ("الشتاء الماضي", "هذا الشتاء", "الشتاء المقبل")]
    assert values == [last, this, next_]


@pytest.mark.parametrize("sep", ["-", "/"])
@pytest.mark.parametrize("layout", ["{d}{s}{m}{s} {y}", "{d} {s}{m}{s}{y}", "{d} {s} {m} {s} {y}"])
@pytest.mark.parametrize("digits", ["latin", "indic"])
def test_numeric_date_with_spaces_around_its_separators(sep, layout, digits):
    date = layout.format(d="13", m="10", y="1967", s=sep)
    if digits == "indic":
        date = date.translate(INDIC)
    d = find(f"من مواليد {date} في سيدي بوزيد", date)
    assert (d.type, d.value) == ("DATE", "1967-10-13")


@pytest.mark.parametrize("text", ["سجل 10 - 20 نقطة", "بين 5 / 7 من الحالات", "النتيجة 2 - 1"])
def test_spaced_numbers_without_a_year_are_no_date(text):
    assert NLP(text, reference_date=REF).dates == []


# -- weekdays after a quantifier recur: one SET per weekday of a list -----------------------------
WD_NAMES = {1: "الاثنين", 2: "الثلاثاء", 3: "الأربعاء", 4: "الخميس", 5: "الجمعة", 6: "السبت", 7: "الأحد"}


def _sets(sentence: str) -> list[tuple[str, str, str | None]]:
    doc = NLP(sentence, reference_date=REF)
    for d in doc.dates:
        assert doc.text[d.start:d.end] == d.text
    return [(d.text, d.type, d.value) for d in doc.dates]


@pytest.mark.parametrize(("a", "b"), [(6, 7), (5, 6), (4, 5), (1, 4), (2, 3), (7, 3)])
@pytest.mark.parametrize("quantifier", ["كل يومي", "كل يوم", "كل"])
def test_weekday_list_after_a_quantifier_is_one_set_per_day(a, b, quantifier):
    first, second = WD_NAMES[a], WD_NAMES[b]
    if quantifier in ("كل", "كل يوم"):  # "كل سبت وأحد", "كل يوم سبت وأحد": bare weekdays
        first, second = first.removeprefix("ال"), second.removeprefix("ال")
    sentence = f"تفتح المتاحف أبوابها {quantifier} {first} و{second} للزوار"
    assert _sets(sentence) == [(f"{quantifier} {first}", "SET", f"XXXX-WXX-{a}"), (second, "SET", f"XXXX-WXX-{b}")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # اثنين is also "two": a weekday in a list of weekdays, or after "كل يوم"
    ("يصوم كل اثنين وخميس", [("كل اثنين", "SET", "XXXX-WXX-1"), ("خميس", "SET", "XXXX-WXX-4")]),
    ("يصوم كل يوم اثنين وخميس", [("كل يوم اثنين", "SET", "XXXX-WXX-1"), ("خميس", "SET", "XXXX-WXX-4")]),
    ("تعقد جلسة لكل يوم اثنين", [("كل يوم اثنين", "SET", "XXXX-WXX-1")]),
    ("وكل يوم أحد وأربعاء وجمعة", [("كل يوم أحد", "SET", "XXXX-WXX-7"), ("أربعاء", "SET", "XXXX-WXX-3"),
                                   ("جمعة", "SET", "XXXX-WXX-5")]),
    ("تفتح كل يوم خميس، وجمعة أو سبت", [("كل يوم خميس", "SET", "XXXX-WXX-4"), ("جمعة", "SET", "XXXX-WXX-5"),
                                        ("سبت", "SET", "XXXX-WXX-6")]),
    ("تفتح الأسواق أيام الخميس والجمعة والسبت من كل أسبوع", [
        ("أيام الخميس", "SET", "XXXX-WXX-4"), ("الجمعة", "SET", "XXXX-WXX-5"),
        ("السبت من كل أسبوع", "SET", "XXXX-WXX-6")]),
    # several days after أيام are dates (elections held on them); the ambiguous الجمعة among them is a day
    ("تجرى الانتخابات أيام الخميس والجمعة والسبت", [("الخميس", "DATE", "2020-05-28"), ("الجمعة", "DATE", "2020-05-29"),
                                                    ("السبت", "DATE", "2020-05-30")]),
    ("تظاهروا الأربعاء والخميس والجمعة", [("الأربعاء", "DATE", "2020-05-27"), ("الخميس", "DATE", "2020-05-28"),
                                          ("الجمعة", "DATE", "2020-05-29")]),
    ("تظاهروا الخميس، والجمعة والسبت", [("الخميس", "DATE", "2020-05-28"), ("الجمعة", "DATE", "2020-05-29"),
                                        ("السبت", "DATE", "2020-05-30")]),
    # "من كل أسبوع" after the days
    ("يوم الجمعة من كل أسبوع", [("يوم الجمعة من كل أسبوع", "SET", "XXXX-WXX-5")]),
    ("تفتح يومي الجمعة والسبت من كل أسبوع", [("يومي الجمعة", "SET", "XXXX-WXX-5"),
                                             ("السبت من كل أسبوع", "SET", "XXXX-WXX-6")]),
    ("كل يوم الجمعة يخرج المتظاهرون", [("كل يوم الجمعة", "SET", "XXXX-WXX-5")]),
    ("تعقد السوق يوم اثنين من كل أسبوع", [("يوم اثنين من كل أسبوع", "SET", "XXXX-WXX-1")]),
    # not a set: two of them, days of a week named by a relative word, two days with no quantifier
    ("يقسم كل اثنين منهم المهام", []),
    ("وصل الوفد يومي السبت والأحد الماضيين",
     [("السبت", "DATE", "2020-05-30"), ("الأحد الماضيين", "DATE", "2020-05-31")]),
    ("ستقام أيام السبت والأحد المقبلين", [("السبت", "DATE", "2020-06-06"), ("الأحد المقبلين", "DATE", "2020-06-07")]),
])
def test_weekday_sets_and_their_neighbours(sentence, expected):
    assert _sets(sentence) == expected


# -- a part of the day as a noun after a preposition: the reference day's part --------------------
PART_NOUNS = {"الصباح": "MO", "الضحى": "MO", "الظهيرة": "MI", "المساء": "EV", "الليل": "NI"}


@pytest.mark.parametrize("cue", ["في", "خلال", "عند", "مع", "منذ", "حتى", "قبيل", "أثناء"])
@pytest.mark.parametrize(("noun", "code"), PART_NOUNS.items())
def test_part_of_the_day_after_a_preposition(cue, noun, code):
    d = find(f"وقعت الاشتباكات {cue} {noun} في المدينة", noun)  # the preposition stays out of the span
    assert (d.type, d.value, d.attrs["part_of_day"]) == ("TIME", f"2020-06-02T{code}", code)


@pytest.mark.parametrize(("sentence", "span", "code"), [
    ("وقعت الاشتباكات في ساعة متأخرة من الليل", "ساعة متأخرة من الليل", "NI"),
    ("انطلقت العملية منذ ساعات الصباح الأولى", "ساعات الصباح الأولى", "MO"),
    ("وقع الانفجار في الساعات الأولى من الصباح", "الساعات الأولى من الصباح", "MO"),
    ("غادروا في الصباح الباكر", "الصباح الباكر", "MO"),
    ("وصلوا في وقت متأخر من المساء", "وقت متأخر من المساء", "EV"),
    ("وفي الضحى خرج المتظاهرون", "الضحى", "MO"),
    ("اجتمع رؤساء الكتل خلال الظهيرة للنظر في الفصول", "الظهيرة", "MI"),  # ANT
    ("ضباب محلي في الصباح بالشمال الغربي", "الصباح", "MO"),  # ANT, a weather report
])
def test_hours_and_adjectives_of_a_part_of_the_day(sentence, span, code):
    d = find(sentence, span)
    assert (d.type, d.value) == ("TIME", f"2020-06-02T{code}")


@pytest.mark.parametrize(("sentence", "span", "value", "mod"), [
    ("وقعت الاشتباكات في ساعة متأخرة من الليل", "ساعة متأخرة من الليل", "2020-06-02TNI", "END"),
    ("انطلقت العملية منذ ساعات الصباح الأولى", "ساعات الصباح الأولى", "2020-06-02TMO", "START"),
    ("غادروا في الصباح الباكر", "الصباح الباكر", "2020-06-02TMO", "START"),
    ("خلال الظهيرة", "الظهيرة", "2020-06-02TMI", None),
    # a phrase of hours before a part of a named day opens it (ANT: "منذ الساعات الأولى من صباح اليوم")
    ("ذكرت مصادر أمنية منذ الساعات الأولى من صباح اليوم أن", "الساعات الأولى من صباح اليوم", "2020-06-02TMO", "START"),
    ("وفي ساعة متأخرة من ليل أمس", "ساعة متأخرة من ليل أمس", "2020-06-01TNI", "END"),
    ("في وقت مبكر من صباح الخميس", "وقت مبكر من صباح الخميس", "2020-05-28TMO", "START"),
    ("في ساعات متأخرة من مساء الأحد", "ساعات متأخرة من مساء الأحد", "2020-05-31TEV", "END"),
    ("في الساعات الثلاث من صباح اليوم", "صباح اليوم", "2020-06-02TMO", None),  # no ordinal: no mod
])
def test_a_phrase_of_hours_gives_the_part_of_the_day_its_mod(sentence, span, value, mod):
    d = find(sentence, span)
    assert (d.type, d.value, d.mod) == ("TIME", value, mod)


@pytest.mark.parametrize("text", [
    "نشر الخبر في الصباح نيوز",  # a Tunisian news site
    "قال في المغرب إن",  # في + a prayer name is a place
    "في الساعات الثلاث من الصباح",  # not an ordinal
    "وجبة الصباح",  # no preposition
])
def test_no_part_of_the_day(text):
    assert [d.text for d in NLP(text, reference_date=REF).dates] == []


def test_part_of_the_day_without_a_reference_is_unresolved():
    d = NLP("خلال الظهيرة", reference_date=None).dates[0]
    assert (d.text, d.type, d.value, d.resolved, d.attrs["part_of_day"]) == ("الظهيرة", "TIME", None, False, "MI")



def test_the_weekday_gate_skips_no_list(monkeypatch):
    """weekday_sets scans a region only where its gate finds a weekday or a masked number after يوم:
    with the gate bypassed, the dates of the real news sample and of the family sentences are the same."""
    import re
    from pathlib import Path

    from arabnews.extract.dates import merges

    texts = (Path(__file__).parent / "golden" / "ant_sample.txt").read_text(encoding="utf-8").splitlines()
    texts += ["يصوم كل اثنين وخميس", "تعقد السوق يوم اثنين من كل أسبوع", "كل يوم اثنين", "كل يومي السبت والأحد",
              "أيام الخميس والجمعة والسبت", "تفتح كل يوم خميس، وجمعة أو سبت"]
    texts = [t for t in texts if t.strip()]

    def dates() -> list:
        return [[(d.start, d.end, d.type, d.value) for d in NLP(t, reference_date=REF).dates] for t in texts]

    gated = dates()
    monkeypatch.setattr(merges, "_weekday_gate", lambda: (re.compile(""),))
    assert dates() == gated
    assert sum(d[2] == "SET" for doc in gated for d in doc) >= 9


# -- ranges of durations: one DURATION from the lower bound to the upper one -------------------------
UNITS = [("سنوات", "Y", ""), ("أشهر", "M", ""), ("أسابيع", "W", ""), ("أيام", "D", ""), ("ساعات", "H", "T"),
         ("دقائق", "M", "T")]


@pytest.mark.parametrize(("word", "unit", "t"), UNITS)
@pytest.mark.parametrize("form", ["{a} - {b} {w}", "{a}-{b} {w}", "من {a} إلى {b} {w}", "من {a} حتى {b} {w}",
                                  "بين {a} و{b} {w}", "بين {a} و {b} {w}", "ومن {a} الى {b} {w}"])
def test_a_range_of_durations_is_one_duration(word, unit, t, form):
    for a, b in ((2, 3), (5, 7), (14, 18)):
        for digits in (str.maketrans("", ""), INDIC):
            span = form.format(a=str(a).translate(digits), b=str(b).translate(digits), w=word)
            d = find(f"وتتراوح المدة {span} حسب الحالة.", span)
            assert (d.type, d.value) == ("DURATION", f"P{t}{a}{unit}/P{t}{b}{unit}")
            assert d.attrs["bounds"] == {"min": f"P{t}{a}{unit}", "max": f"P{t}{b}{unit}"}


@pytest.mark.parametrize(("sentence", "span", "value"), [
    # ANT's "تتراوح أعمارهم بين 24 و28 سنة" (many times over), an age, is no duration since session 29 (test_dates29)
    ("تتراوح العقوبة بين 24 و28 سنة.", "بين 24 و28 سنة", "P24Y/P28Y"),
    ("مدة الحكم تتراوح بين 18 سنة و 35 سنة وفق المصدر", "بين 18 سنة و 35 سنة", "P18Y/P35Y"),
    ("الحكم بالسجن لفترة تتراوح بين ثلاث وخمس سنوات.", "بين ثلاث وخمس سنوات", "P3Y/P5Y"),  # ANT: number words
    ("وقضى بين سنتين وثلاث سنوات في السجن", "بين سنتين وثلاث سنوات", "P2Y/P3Y"),  # a dual, then a number word
    ("وتدوم الرحلة من ساعتين إلى 3 ساعات", "من ساعتين إلى 3 ساعات", "PT2H/PT3H"),
])
def test_ranges_of_durations_from_news(sentence, span, value):
    assert find(sentence, span).value == value


@pytest.mark.parametrize(("sentence", "spans"), [
    ("وحكم عليه بـ5 و7 سنوات.", ["7 سنوات"]),  # "و" without "بين" may be a list: the bound stays out
    ("وسجن 10 - 3 سنوات.", ["3 سنوات"]),  # a bound above the duration is no range
    ("بقي سنتين و3 أشهر", ["سنتين و3 أشهر"]),  # two units: one composite duration
    ("من 2 إلى 3 أسابيع بعد الحادث", ["من 2 إلى 3 أسابيع"]),
])
def test_what_is_no_range_of_durations(sentence, spans):
    assert [d.text for d in NLP(sentence, reference_date=REF).dates] == spans


# -- "غرة" + month: the first day of that month ------------------------------------------------------
@pytest.mark.parametrize("system", ["levantine", "egyptian", "maghrebi"])
def test_ghurra_is_the_first_day_of_the_month(system):
    for month, name in enumerate(MONTHS[system], 1):
        d = find(f"وتنطلق الحملة غرة {name} 2016 في كامل الولايات.", f"غرة {name} 2016")
        assert (d.type, d.value) == ("DATE", f"2016-{month:02d}-01")
        wd = WEEKDAYS[dt.date(2016, month, 1).isoweekday() - 1]
        span = f"يوم {wd} غرة {name} 2016"
        assert find(f"وقررت الوزارة {span} غلق المحمية.", span).value == f"2016-{month:02d}-01"


@pytest.mark.parametrize(("sentence", "span", "value"), [
    ("قررت يوم الخميس غرة ديسمبر 2016 غلق المحمية", "يوم الخميس غرة ديسمبر 2016", "2016-12-01"),  # ANT
    ("ابتداء من غرّة جانفي 2017", "غرّة جانفي 2017", "2017-01-01"),  # with its shadda
    ("يحل غرة شهر رمضان", "غرة شهر رمضان", "2017-05-27"),  # the Hijri month: 1 Ramadan 1438
    ("بين غرة جانفي و31 ديسمبر 2015", "بين غرة جانفي و31 ديسمبر 2015", "2015-01-01/2015-12-31"),  # ANT
])
def test_ghurra_in_news(sentence, span, value):
    assert find(sentence, span, ref=dt.date(2017, 1, 20)).value == value


def test_ghurra_without_a_month_is_no_date():
    assert NLP("وهي غرة في موقعها", reference_date=REF).dates == []
