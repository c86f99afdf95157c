"""The time expressions other toolkits' Arabic test suites expect, as families.

Sources: Duckling's Arabic corpora (facebook/duckling, Duckling/Time/AR/Corpus.hs and
Duckling/Duration/AR/Corpus.hs; reference 2013-02-12, a Tuesday, 04:30) and dateparser's Arabic
tests and vocabulary (scrapinghub/dateparser: tests/test_languages.py, test_search.py,
test_freshness_date_parser.py, test_hijri.py, dateparser/data/date_translation_data/ar.py).  Each
family is tested over its neighbours (all weekdays, months of the four systems, hours, clitics,
Arabic-Indic digits), not only on the toolkits' strings; values are computed here with datetime.

Conventions of this project that differ from Duckling's, asserted as ours (see the last section): a bare
weekday is the nearest one on or before the reference (Duckling: the next one); a clock hour without a
part of the day is read as written ("حوالي الساعة 3" → 03:00; Duckling: the next 3 o'clock, 15:00); a
weekday with an ordinal day is that day of the month ("الثلاثاء الثالث من شهر أيلول" → the 3rd; Duckling:
the third Tuesday); a month without a year takes the reference year.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_cases import NLP, DateCases
from month_names import MONTHS as MONTH_NAMES

REF = dt.date(2013, 2, 12)  # Duckling's reference day, a Tuesday
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# ISO weekday → the names written in news (with the article), and without it after an ordinal
WEEKDAYS = {1: ["الاثنين", "الإثنين"], 2: ["الثلاثاء", "الثلاثا"], 3: ["الأربعاء", "الاربعاء", "الأربعا"],
            4: ["الخميس"], 5: ["الجمعة"], 6: ["السبت"], 7: ["الأحد"]}
BARE = {1: "اثنين", 2: "ثلاثاء", 3: "أربعاء", 4: "خميس", 5: "جمعة", 6: "سبت", 7: "أحد"}
MONTHS = {system: MONTH_NAMES[system] for system in ("levantine", "egyptian", "maghrebi")}


_CASES = DateCases(REF)
dates, one = _CASES.dates, _CASES.one


def weekday_of_month(year: int, month: int, wd: int, n: int) -> dt.date:
    """The n-th (n = -1: the last) weekday ``wd`` of a month."""
    days = [dt.date(year, month, d) for d in range(1, 32) if _valid(year, month, d)]
    days = [d for d in days if d.isoweekday() == wd]
    return days[n - 1] if n > 0 else days[-1]


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


# -- 1. a weekday before the date it names, with الموافق (لـ) or without --------------------------
LINKS = ["", "الموافق ", "الموافق لـ ", "الموافق ل", "، الموافق "]


@pytest.mark.parametrize("wd", range(1, 8))
@pytest.mark.parametrize("link", LINKS)
@pytest.mark.parametrize("system", sorted(MONTHS))
def test_weekday_link_day_month(wd: int, link: str, system: str) -> None:
    month = 3 + wd  # a different month for each weekday
    for name in WEEKDAYS[wd]:
        for head in ("", "يوم "):
            for digits in (False, True):
                day = "17".translate(INDIC) if digits else "17"
                span = f"{head}{name} {link}{day} {MONTHS[system][month - 1]} 2017"
                d = one(f"وانطلقت الدورة {span} بحضور الوزير", span)
                assert d["type"] == "DATE" and d["value"] == f"2017-{month:02d}-17"
                assert d["weekday"] == wd
                assert d["weekday_ok"] == (dt.date(2017, month, 17).isoweekday() == wd)


@pytest.mark.parametrize("wd", range(1, 8))
@pytest.mark.parametrize("clitic", ["", "و", "ف"])
def test_weekday_link_numeric_and_ordinal_day(wd: int, clitic: str) -> None:
    name = WEEKDAYS[wd][0]
    # without a year, the year next to the reference's where the weekday holds: 21/09 is a Saturday in
    # 2013, a Friday in 2012, a Sunday in 2014 (a month relative to the reference keeps its year)
    no_year = {5: "2012-09-21", 7: "2014-09-21"}.get(wd, "2013-09-21")
    for tail, value in (("21/09/2013", "2013-09-21"), ("21/09", no_year),
                        ("٢١/٠٩/٢٠١٣", "2013-09-21"), ("التاسع عشر من هذا الشهر", "2013-02-19"),
                        ("الخامس من الشهر المقبل", "2013-03-05"), ("الموافق 14 من الشهر الجاري", "2013-02-14")):
        span = f"يوم {name} {tail}"
        d = one(f"سيعقد الاجتماع {clitic}{span} في العاصمة", span)
        assert (d["type"], d["value"], d["weekday"]) == ("DATE", value, wd)
        assert d["weekday_ok"] == (dt.date.fromisoformat(value).isoweekday() == wd)


def test_weekday_link_absorbs_named_day_and_time() -> None:
    # the Duckling corpus: "يوم السبت 21/09 الساعة 1:30 بعد الظهر" → 2013-09-21T13:30
    d = one("موعدنا يوم السبت 21/09 الساعة 1:30 بعد الظهر", "يوم السبت 21/09 الساعة 1:30 بعد الظهر")
    assert (d["type"], d["value"], d["weekday"], d["weekday_ok"]) == ("TIME", "2013-09-21T13:30", 6, True)
    # a day named with today's word: the explicit date wins (ANT)
    text = "اليوم الأربعاء الموافق ل15 جوان هو آخر أجل"
    d = one(text, "اليوم الأربعاء الموافق ل15 جوان")
    assert d["value"] == "2013-06-15" and d["weekday"] == 3
    # the weekday's own span is absorbed, not kept beside the date
    assert [x["text"] for x in dates("وذلك يوم الأحد الموافق 25 جوان 2017 وهو أول أيام العيد")] == [
        "يوم الأحد الموافق 25 جوان 2017"]


def test_weekday_link_not_across_other_words() -> None:
    # a count after a weekday is no date ("15 شخصا")
    assert [(d["text"], d["value"]) for d in dates("وقال الأحد، 15 شخصا أصيبوا")] == [("الأحد", "2013-02-10")]
    # "أمس" and "غدا" keep their own rule: no weekday is pulled in from before them
    assert [d["text"] for d in dates("يوم الخميس أمس 10 شباط")][-1] != "يوم الخميس أمس 10 شباط"
    # a part of the day on the reference day names no date: two spans (ANT)
    texts = [d["text"] for d in dates("ستكون الجنازة اليوم الاثنين إثر صلاة العصر بمنطقة البطان")]
    assert texts == ["اليوم الاثنين", "إثر صلاة العصر"]
    # a weekday followed by another date expression with a word between stays apart
    texts = [d["text"] for d in dates("يوم الأحد وفي 15 شباط")]
    assert "يوم الأحد" in texts and "15 شباط" in texts


# -- 2. a part of the day after a clock time: prayers with بعد/قبل, الصبح, هذه الليلة ---------------
ORDINAL_HOURS = ["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة",
                 "العاشرة", "الحادية عشرة"]
PARTS = {  # part → (hours it is written with, the hour it gives for h)
    "بعد العصر": (range(3, 7), lambda h: h + 12),
    "قبل المغرب": (range(3, 7), lambda h: h + 12),
    "بعد المغرب": (range(6, 11), lambda h: h + 12),
    "بعد العشاء": (range(8, 12), lambda h: h + 12),
    "هذه الليلة": (range(8, 12), lambda h: h + 12),
    "الصبح": (range(1, 12), lambda h: h),
    "قبل الظهر": (range(6, 12), lambda h: h),
    "هذا الصباح": (range(6, 12), lambda h: h),
}


@pytest.mark.parametrize("part", sorted(PARTS))
def test_clock_with_prayer_part(part: str) -> None:
    hours, shift = PARTS[part]
    for h in hours:
        for hour in (str(h), str(h).translate(INDIC), ORDINAL_HOURS[h - 1]):
            span = f"الساعة {hour} {part}"
            d = one(f"وصل الوفد {span} إلى المطار", span)
            assert (d["type"], d["value"]) == ("TIME", f"T{shift(h):02d}:00"), span
        # with a fraction: "الخامسة إلا ثلثا بعد العصر" → 16:40 (Duckling)
        span = f"الساعة {ORDINAL_HOURS[h - 1]} والنصف {part}"
        assert one(f"وصل الوفد {span}", span)["value"] == f"T{shift(h):02d}:30"


def test_clock_prayer_part_duckling() -> None:
    for span, value in (("الساعة الخامسة الا ثلث بعد العصر", "T16:40"), ("الساعة خمسة إلا ثلث قبل المغرب", "T16:40"),
                        ("الساعة الرابعة واربعون دقيقة بعد العصر", "T16:40"), ("الساعة 8 بعد المغرب", "T20:00"),
                        ("الساعة الثامنة هذه الليلة", "T20:00"), ("الساعة 11:45 قبل الظهر", "T11:45"),
                        ("الساعة 4:23 الصبح", "T04:23"), ("الساعة ثلاثة الصبح", "T03:00")):
        assert one(span, span)["value"] == value
    # a range of hours takes the part after it
    d = one("من الساعة 3 الى الساعة 4 بعد العصر", "من الساعة 3 الى الساعة 4 بعد العصر")
    assert d["value"] == "T15:00/T16:00"


def test_no_hour_without_saa_where_the_number_is_no_hour() -> None:
    # "بعد المغرب" after a bare number is "after Morocco" in a ranking, not a time of day
    assert all(not d["value"] or "T03" not in d["value"] for d in dates("حلت الجزائر ثالثة 3 بعد المغرب وتونس"))
    assert all(not d["value"] or "T21" not in d["value"] for d in dates("حلت الجزائر التاسعة بعد المغرب"))
    # a channel's name before "هذه الليلة" (ANT: "قناة التاسعة", Attessia TV); "الأولى" is no hour
    assert [d["text"] for d in dates("منع بث الحوار على قناة التاسعة هذه الليلة")] == ["هذه الليلة"]
    text = "تقام المباراة النهائية للمرة الأولى مساء يوم غد السبت بين الفريقين"
    assert [(d["text"], d["value"]) for d in dates(text)] == [("مساء يوم غد السبت", "2013-02-09TEV")]
    # with الساعة these are hours
    assert one("الساعة التاسعة هذه الليلة", "الساعة التاسعة هذه الليلة")["value"] == "T21:00"


# -- 3. a cardinal hour read as one number with its fraction: "الساعة ثلاثة وثلث" → 3:20 ----------
CARDINAL_HOURS = {2: "اثنين", 3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة", 8: "ثمانية", 9: "تسعة",
                  10: "عشرة"}


@pytest.mark.parametrize("frac,minutes", [("وثلث", 20), ("وربع", 15), ("ونص", 30), ("ونصف", 30)])
def test_cardinal_hour_with_fraction(frac: str, minutes: int) -> None:
    for h, word in CARDINAL_HOURS.items():
        span = f"الساعة {word} {frac}"
        assert one(f"الموعد {span} في المقهى", span)["value"] == f"T{h:02d}:{minutes:02d}"
        span = f"الساعة {word} {frac} مساءا"
        assert one(f"الموعد {span}", span)["value"] == f"T{h + 12 if h < 12 else h:02d}:{minutes:02d}"


# -- 4. seconds ------------------------------------------------------------------------------------
def test_clock_seconds() -> None:
    for text, span, value in (("15:23:24", "15:23:24", "T15:23:24"), ("١٥:٢٣:٢٤", "١٥:٢٣:٢٤", "T15:23:24"),
                              ("على الساعة 09:40:12 صباحا", "الساعة 09:40:12 صباحا", "T09:40:12")):
        d = one(text, span)
        assert (d["type"], d["value"]) == ("TIME", value)
    # a race time (one-digit hour) is no clock
    assert dates("قطع المسافة في 2:05:30 وفاز") == []


# -- 5. days and weeks of the dialects: امبارح, بعد بكرة, بعد الغد, الجاي ---------------------------
@pytest.mark.parametrize("clitic", ["", "و", "ف"])
def test_dialect_days(clitic: str) -> None:
    for word, days in (("امبارح", -1), ("إمبارح", -1), ("أمبارح", -1), ("قبل امبارح", -2), ("أول امبارح", -2),
                       ("بعد بكرة", 2), ("بعد بكره", 2), ("بعد بكرا", 2), ("بعد الغد", 2), ("بعد غد", 2)):
        d = one(f"قال {clitic}{word} إن الأمر انتهى", word)
        assert (d["type"], d["value"]) == ("DATE", (REF + dt.timedelta(days=days)).isoformat()), word


@pytest.mark.parametrize("adj", ["الجاي", "الجاية", "الجايه"])
def test_dialect_next(adj: str) -> None:
    for unit, value in (("الأسبوع", "2013-W08"), ("الشهر", "2013-03"), ("العام", "2014")):
        if unit != "الأسبوع" or adj == "الجاي":
            span = f"{unit} {adj}" if adj == "الجاي" or unit != "الأسبوع" else unit
            assert one(f"نلتقي {span} إن شاء الله", span)["value"] == value
    for wd in range(1, 8):
        name = WEEKDAYS[wd][0]
        span = f"يوم {name} {adj}"
        days = (wd - REF.isoweekday()) % 7 or 7
        assert one(f"نلتقي {span}", span)["value"] == (REF + dt.timedelta(days=days)).isoformat()


# -- 6. the last (or n-th) weekday of a month, and the year after it ----------------------------------
YEAR_FORMS = [("من عام 2014", 2014), ("في سنة 2014", 2014), ("لعام 2014", 2014), ("بعام 2014", 2014),
              ("عام 2015", 2015), ("2016", 2016), ("السنة القادمة", 2014), ("العام الماضي", 2012)]


@pytest.mark.parametrize("wd", range(1, 8))
@pytest.mark.parametrize("system", sorted(MONTHS))
def test_last_weekday_of_month(wd: int, system: str) -> None:
    for month in (3, 9, 12):
        name = MONTHS[system][month - 1]
        expected = weekday_of_month(2013, month, wd, -1).isoformat()
        for span in (f"آخر {BARE[wd]} من شهر {name}", f"اخر {BARE[wd]} من {name}" if month != 3 else
                     f"اخر {BARE[wd]} من شهر {name}", f"{WEEKDAYS[wd][0]} الأخير من شهر {name}"):
            d = one(f"ستجرى الانتخابات في {span} المقبل", span)
            assert (d["type"], d["value"]) == ("DATE", expected), span


@pytest.mark.parametrize("form,year", YEAR_FORMS)
def test_weekday_of_month_with_year(form: str, year: int) -> None:
    for wd in (1, 2, 3, 5):
        for n, ordinal in ((1, "أول"), (2, "ثاني"), (3, "ثالث"), (-1, "آخر")):
            span = f"{ordinal} {BARE[wd]} من شهر أيلول {form}"
            d = one(f"تقرر ذلك في {span}", span)
            assert d["value"] == weekday_of_month(year, 9, wd, n).isoformat(), span
        span = f"ثالث يوم {BARE[wd]} بأيلول {form}"
        assert one(span, span)["value"] == weekday_of_month(year, 9, wd, 3).isoformat(), span


def test_last_weekday_of_relative_month() -> None:
    d = one("اخر اثنين من الشهر القادم", "اخر اثنين من الشهر القادم")
    assert d["value"] == "2013-03-25"
    d = one("الجمعة الأخيرة من رمضان", "الجمعة الأخيرة من رمضان")
    assert d["value"] == "2013-08-02" and d["calendar"] == "hijri"


def test_two_and_one_stay_numbers_elsewhere() -> None:
    assert dates("قتل اثنين من الجنود وأصيب أحد من المارة") == []
    assert dates("ثاني اثنين إذ هما في الغار") == []
    doc = NLP("أول اثنين من المتهمين مثلا أمام القاضي", reference_date=REF)
    assert doc.dates == []


# -- 7. the present ---------------------------------------------------------------------------------
def test_present_ref() -> None:
    for text, span in (("في هذه اللحظة", "هذه اللحظة"), ("في اللحظة الراهنة", "اللحظة الراهنة"), ("والآن", "الآن"),
                       ("حتى الساعة الحالية", "الساعة الحالية"), ("خلال هذه الدقيقة", "هذه الدقيقة")):
        d = one(text, span)
        assert (d["type"], d["value"]) == ("DATE", "PRESENT_REF")
    # "حالا" is left out: it is the verb "they stood between" as often as "at once" (ANT)
    assert dates("موقفها من اليورو حالا بينها وبين قصر الإليزية") == []


# -- 8. the toolkits' own strings, and where this project's conventions differ ------------------------
DUCKLING = [  # (text, span, value); reference 2013-02-12
    ("الثلاثاء التاسع عشر من هذا الشهر", None, "2013-02-19"),
    ("الخميس الموافق 14 شهر شباط", None, "2013-02-14"),
    ("الاربعاء الموافق الثالث عشر من شباط 2013", None, "2013-02-13"),
    ("يوم الاثنين في 18 شباط", None, "2013-02-18"),
    ("الاسبوع الجاي", None, "2013-W08"),
    ("الثلاثاء الاخير من شهر مارس السنة القادمة", None, "2014-03-25"),
    ("الاثنين الاخير من شهر مارس", None, "2013-03-25"),
    ("اخر اثنين من شهر اذار", None, "2013-03-25"),
    ("ثالث يوم ثلاثاء بايلول بعام 2014", None, "2014-09-16"),
    ("ثالث ثلاثاء في ايلول في سنة 2014", None, "2014-09-16"),
    ("ثاني اربعاء من شهر اكتوبر من عام 2014", None, "2014-10-08"),
    ("الساعة ثلاثة وثلث مساءا", None, "T15:20"),
    ("15:23:24", None, "T15:23:24"),
    ("يوم بعد غد", "بعد غد", "2013-02-14"),
]


@pytest.mark.parametrize("text,span,value", DUCKLING)
def test_duckling_strings(text: str, span: str | None, value: str) -> None:
    assert one(text, span or text)["value"] == value


def test_conventions_differ_from_duckling() -> None:
    # a bare weekday: the nearest one on or before the reference (Duckling: the next one)
    assert one("الخميس", "الخميس")["value"] == "2013-02-07"
    # an hour without a part of the day is read as written (Duckling: the next such hour, 15:00)
    assert one("حوالي الساعة 3", "الساعة 3")["value"] == "T03:00"
    # a weekday with an ordinal day is that day of the month (Duckling: the third Tuesday, 2014-09-16)
    assert one("الثلاثاء الثالث من شهر ايلول من عام 2014", "الثلاثاء الثالث من شهر ايلول من عام 2014")[
        "value"] == "2014-09-03"
    # the week of Arabic news starts on Saturday/Sunday: last week's Sunday is 2013-02-03 (Duckling, ISO: 02-10)
    assert one("الاحد من الاسبوع الماضي", "الاحد من الاسبوع الماضي")["value"] == "2013-02-03"


# -- 9. the day after tomorrow with its weekday, and a clock time on a named day (HeidelTime's Arabic news
#       corpus, dahmri/Enhancing-HeidelTime-for-Time-expression-Annotation-in-Arabic-News: "يفتتح بعد غد
#       الثلاثاء", "في تمام الساعة السابعة من مساء غد", "الساعة الثامنة من مساء الاحد القادم") --------------
@pytest.mark.parametrize("wd", range(1, 8))
@pytest.mark.parametrize("clitic", ["", "و"])
def test_after_tomorrow_with_weekday(wd: int, clitic: str) -> None:
    for head in ("بعد غد", "بعد الغد"):
        span = f"{head} {WEEKDAYS[wd][0]}"
        d = one(f"يفتتح المعرض {clitic}{span} في العاصمة", span)
        # the writer's day is the last one on or before the day after the reference (it may lag the
        # article by a day) that makes the named day fall on ``wd`` (session 21; was the nearest one)
        expected = REF + dt.timedelta(days=3 - ((REF + dt.timedelta(days=3)).isoweekday() - wd) % 7)
        assert (d["type"], d["value"], d["weekday"]) == ("DATE", expected.isoformat(), wd)
        # with its date: one span, the written date's value
        span = f"{head} {WEEKDAYS[wd][0]} 28 ماي"
        # (28 May is a Tuesday in 2013, a Monday in 2012 and a Wednesday in 2014: the weekday picks the year)
        year = {1: 2012, 3: 2014}.get(wd, 2013)
        assert one(f"الإضراب المقرر {clitic}{span} ألغي", span)["value"] == f"{year}-05-28"


@pytest.mark.parametrize("part,shift", [("صباح", 0), ("مساء", 12)])
def test_clock_on_a_named_day(part: str, shift: int) -> None:
    for h in (7, 8, 9):
        hour = ORDINAL_HOURS[h - 1]
        # tomorrow in construct ("مساء غد"), with or without its weekday
        span = f"الساعة {hour} من {part} غد"
        assert one(f"تنطلق في تمام {span} فعاليات الندوة", span)["value"] == f"2013-02-13T{h + shift:02d}:00"
        span = f"الساعة {hour} من {part} يوم غد الخميس"
        assert one(f"تنطلق {span} الندوة", span)["value"] == f"2013-02-14T{h + shift:02d}:00"
        # a weekday with its relative word, or a future verb before it
        for tail, day in (("الأحد القادم", "2013-02-17"), ("الأحد المقبل", "2013-02-17"),
                          ("الأحد الماضي", "2013-02-10"), ("الأحد", "2013-02-10")):
            span = f"الساعة {hour} من {part} {tail}"
            assert one(f"افتتح المعرض في تمام {span} بالنادي", span)["value"] == f"{day}T{h + shift:02d}:00"
        span = f"الساعة {hour} من {part} الأحد"
        assert one(f"سيفتتح المعرض في تمام {span} بالنادي", span)["value"] == f"2013-02-17T{h + shift:02d}:00"
    # a lone من before one clock time stays out of its span, as it does without a day
    text = "تنقطع المياه بداية من الساعة العاشرة من صباح اليوم الاربعاء"
    # (the writer's Wednesday, the day after the Tuesday reference, as "صباح اليوم الأربعاء" alone: session 45)
    assert one(text, "الساعة العاشرة من صباح اليوم الاربعاء")["value"] == "2013-02-13T10:00"


# -- 10. a fraction of a unit (Duckling's and dateparser's durations; "ربع قرن" on ANT and HeidelTime's corpus)
@pytest.mark.parametrize("clitic", ["", "ب", "و"])
def test_fraction_of_a_unit(clitic: str) -> None:
    for frac, unit, value in (("نصف", "قرن", "P50Y"), ("ربع", "قرن", "P25Y"), ("ربع", "ساعة", "PT15M"),
                              ("ثلث", "ساعة", "PT20M"), ("نصف", "ساعة", "PT30M"), ("ربع", "سنة", "P3M"),
                              ("ثلث", "سنة", "P4M"), ("ربع", "يوم", "PT6H"), ("نصف", "شهر", "P15D")):
        span = f"{frac} {unit}"
        d = one(f"وانتظر الجميع {clitic}{span} قبل أن يبدأ", span)
        assert (d["type"], d["value"]) == ("DURATION", value), span
    # no whole count of a smaller unit, or no unit at all
    for text in ("مضى ثلث قرن", "بلغ ربع النهائي", "وصل ربع المشاركين", "ثلث الحاضرين"):
        assert [d for d in dates(text) if d["type"] == "DURATION"] == [], text


# -- 11. a decade of a century by its ordinal (HeidelTime's corpus: "خلال العقد الأول من القرن الماضي") --------
DECADE_ORDINALS = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"]


@pytest.mark.parametrize("clitic", ["", "و", "في "])
def test_decade_of_a_century(clitic: str) -> None:
    for n, ordinal in enumerate([*DECADE_ORDINALS, "الأخير"], 1):
        d = min(n, 10) - 1
        for century, value in (("القرن العشرين", f"19{d}"), ("القرن الماضي", f"19{d}"), ("القرن الحالي", f"20{d}"),
                               ("القرن الحادي والعشرين", f"20{d}"), ("القرن الـ20", f"19{d}"),
                               ("القرن التاسع عشر", f"18{d}")):
            span = f"العقد {ordinal} من {century}"
            got = one(f"وشهدت البلاد {clitic}{span} تحولات كبرى", span)
            assert (got["type"], got["value"], got["granularity"]) == ("DATE", value, "decade"), span
    # the century alone keeps its value
    assert one("في القرن الماضي", "القرن الماضي")["value"] == "19"


# -- 12. vague references of HeidelTime's corpus ----------------------------------------------------------
def test_formerly() -> None:
    for text in ("كانوا في السابق أكثر عقلانية", "التي شهدت في السابق حوادث مماثلة"):
        d = one(text, "في السابق")
        assert (d["type"], d["value"]) == ("DATE", "PAST_REF")


# -- 13. centuries counted in the accusative ("قبل حضارة الغرب باثني عشر قرنا", HeidelTime's corpus) ---------
def test_counted_centuries() -> None:
    for count, words_ in ((12, "اثني عشر"), (14, "أربعة عشر"), (11, "11"), (14, "١٤")):
        span = f"{words_} قرنا"
        d = one(f"سبقت حضارة الغرب ب{span} في ذلك", span)
        assert (d["type"], d["value"]) == ("DURATION", f"P{count * 100}Y"), span
        span = f"منذ {words_} قرنا"
        assert one(f"نزل القرآن {span}", span)["value"] == f"{2013 - count * 100:04d}"
    # "عقدا" after a number is a count of contracts, not of decades
    assert [d for d in dates("وقعت الشركة 12 عقدا مع المزودين") if d["type"] == "DURATION"] == []
    # before the year 1 there is no ISO year: a past reference (it was clamped to 0001)
    for span in ("قبل 95 قرنا", "منذ 5000 سنة", "قبل 3000 عام"):
        d = one(f"عاش الإنسان هنا {span}", span)
        assert (d["type"], d["value"], d["offset"][0]) == ("DATE", "PAST_REF", "-")


# -- 14. a month by its number after "شهر" (Duckling: "بداية شهر 3", "اليوم الاول من شهر ثلاثة",
#        "اول ثلاثاء من شهر عشرة", "اخر يوم بشهر عشرة سنة 2015") -------------------------------------------
MONTH_NUMBER_WORDS = {2: "اثنين", 3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة", 8: "ثمانية", 9: "تسعة",
                      10: "عشرة", 11: "أحد عشر", 12: "اثني عشر"}


@pytest.mark.parametrize("month", range(2, 13))
def test_month_by_number(month: int) -> None:
    for written in (str(month), str(month).translate(INDIC), MONTH_NUMBER_WORDS[month]):
        for mod, code in (("بداية", "START"), ("منتصف", "MID"), ("أواخر", "END"), ("نهاية", "END")):
            span = f"{mod} شهر {written}"
            d = one(f"يبدأ الموسم {span} كما جرت العادة", span)
            assert (d["value"], d["mod"]) == (f"2013-{month:02d}", code), span
        span = f"15 شهر {written} 2014"
        assert one(f"وصل في {span} إلى المطار", span)["value"] == f"2014-{month:02d}-15"
        span = f"الأول من شهر {written} 2014"
        assert one(f"وصل في {span}", span)["value"] == f"2014-{month:02d}-01"
        span = f"آخر يوم بشهر {written} سنة 2015"
        last = (dt.date(2015 + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).isoformat()
        assert one(span, span)["value"] == last
        span = f"أول ثلاثاء من شهر {written} عام 2014"
        assert one(span, span)["value"] == weekday_of_month(2014, month, 2, 1).isoformat()


def test_month_number_needs_a_day_or_mod() -> None:
    for text in ("شهر 3", "خلال شهر 3 مرات", "أشهر 10 كذبات بيضاء", "بداية شهر 13", "منذ شهر 4 أيام قليلة"):
        assert [d for d in dates(text) if d["type"] == "DATE" and d["value"] and d["value"].startswith("2013-")] \
            == [], text


# -- 15. "اليوم" + an ordinal day of a month, the last day of a month (Duckling: "اليوم الثالث من اكتوبر",
#        "اليوم الاخير من شهر عشرة سنة 2015"); today's word before a written date (ANT: "اليوم 4 جوان") ------
@pytest.mark.parametrize("system", sorted(MONTHS))
def test_day_word_with_ordinal_day(system: str) -> None:
    for month in (3, 10):
        name = MONTHS[system][month - 1]
        for head in ("اليوم", "في اليوم"):
            span = f"اليوم {DECADE_ORDINALS[2]} من {name} 2014"
            assert one(f"وقع ذلك {head[:-5]}{span}", span)["value"] == f"2014-{month:02d}-03"
        for last in ("اليوم الأخير", "آخر يوم"):
            span = f"{last} من شهر {name} سنة 2015"
            expected = (dt.date(2015 + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).isoformat()
            assert one(f"ينتهي العقد في {span}", span)["value"] == expected
        span = f"اليوم 4 {name} 2017"
        d = one(f"على إثر اجتماعها المنعقد {span} تعلم الهيئة", span)
        assert (d["type"], d["value"]) == ("DATE", f"2017-{month:02d}-04")
    d = one("اليوم الأخير من شهر رمضان", "اليوم الأخير من شهر رمضان")
    assert (d["value"], d["calendar"]) == ("2013-08-07", "hijri")


# -- 16. Easter (Duckling: "عيد الفصح 2013" → 2013-03-31) ---------------------------------------------------
def test_easter() -> None:
    for year, day in ((2013, "2013-03-31"), (2017, "2017-04-16"), (2019, "2019-04-21"), (2024, "2024-03-31")):
        for name in ("عيد الفصح", "عيد الفصح المجيد"):
            d = one(f"احتفل المسيحيون ب{name} {year}", f"{name} {year}")
            assert (d["value"], d["holiday"]) == (day, "عيد الفصح")
    d = one("تعزيزات أمنية عشية عيد الفصح", "عيد الفصح")
    assert (d["value"], d["calendar"]) == ("2013-03-31", "gregorian")
    assert one("عيد الفصح الماضي", "عيد الفصح الماضي")["value"] == "2012-04-08"


# -- 17. a range of ordinal days (Duckling: "من الثالث والعشرون وحتى السادس والعشرين من شهر اكتوبر"; ANT:
#        "من الثامن الى العاشر من ديسمبر") ---------------------------------------------------------------------
@pytest.mark.parametrize("conj", ["الى", "إلى", "حتى", "وحتى", "وإلى"])
def test_ordinal_day_range(conj: str) -> None:
    for (a, b), (first, second) in (((8, 10), ("الثامن", "العاشر")), ((1, 15), ("الأول", "الخامس عشر")),
                                    ((23, 26), ("الثالث والعشرون", "السادس والعشرين"))):
        for system in sorted(MONTHS):
            name = MONTHS[system][11]
            span = f"من {first} {conj} {second} من {name} 2016"
            d = one(f"تنتظم الدورة {span} بحضور الوزير", span)
            assert d["value"] == f"2016-12-{a:02d}/2016-12-{b:02d}", span
    span = "بين الأول والثالث من مارس 2016"
    assert one(span, span)["value"] == "2016-03-01/2016-03-03"
    # a cardinal before the ordinal day is a count, not the range's first day
    assert one("من الثلاثة إلى العاشر من ديسمبر", "العاشر من ديسمبر")["value"] == "2012-12-10"


# -- 18. "this day" after ب is no today (HeidelTime's corpus: "يتم الاحتفال بهذا اليوم"; ANT: "بذلك اليوم") ----
def test_this_day_after_bi() -> None:
    for text in ("يتم الاحتفال بهذا اليوم على مستوى الوزارات", "سيكون في أقرب نقطة من الأرض بذلك اليوم",
                 "وصل الوفد بنفس اليوم"):
        assert [d for d in dates(text) if d["value"] == "2013-02-12"] == [], text
    # "كذلك"/"لذلك" are adverbs and "وذلك اليوم" is "and that today": today stays today
    for text in ("وقال كذلك اليوم إن", "وذلك اليوم بقصر قرطاج", "لذلك اليوم نرى أن"):
        assert one(text, "اليوم")["value"] == "2013-02-12", text


# -- 19. "عدة" before a plural unit: no count (HeidelTime's corpus: "قبل عدة اعوام" → PXY; 22 ANT lines) -------
@pytest.mark.parametrize("clitic", ["", "و"])
def test_several_units(clitic: str) -> None:
    for unit, code in (("أعوام", "PXY"), ("سنوات", "PXY"), ("أشهر", "PXM"), ("أسابيع", "PXW"), ("أيام", "PXD"),
                       ("ساعات", "PTXH"), ("دقائق", "PTXM"), ("عقود", "PXY")):
        for sig in ("منذ", "قبل"):
            span = f"{sig} عدة {unit}"
            d = one(f"وقع ذلك {clitic}{span} في المدينة", span)
            assert (d["type"], d["value"]) == ("DATE", "PAST_REF"), span
        for sig in ("خلال", "بعد", "لمدة", "على مدى"):
            d = one(f"استمر الحصار {clitic}{sig} عدة {unit} قبل الانسحاب", f"عدة {unit}")
            assert (d["type"], d["value"]) == ("DURATION", code), sig
        d = one(f"احتجز الرهائن لعدة {unit} داخل المنزل", f"عدة {unit}")
        assert (d["type"], d["value"]) == ("DURATION", code)
    # without a signal or ل, or before a singular, nothing
    assert dates("قضى عدة أيام في المدينة") == []
    assert dates("منذ عدة عام") == []
