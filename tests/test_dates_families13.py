"""Session 13: families of date forms met in ANT news, each with its neighbours (every month system, other
ordinals, with and without "شهر", clitics, Arabic-Indic digits) and negatives that must stay unchanged.

1. "في أمس الحاجة" (most in need) is no yesterday;
2. a year after a relative month ("شهر أفريل المقبل 2017") is that month's year;
3. weeks of a month ("الأسبوع الأول من شهر أكتوبر") are one ISO week;
4. the dialect "نص" of a month ("نص شهر مارس") is its middle, as "منتصف";
5. ordinal months of a year ("الشهر الثامن من سنة 2016");
6. month names with a digit ("تشرين2", "كانون 1");
7. one document, one "today": a bare weekday that is the weekday of the document's "اليوم الجمعة" is that day.

Reference date: 2017-06-01, a Thursday (the one the ANT runs use).  Values are computed here with datetime.
"""

from __future__ import annotations

import datetime as dt

import pytest

from arabnews import Pipeline
from month_names import MONTHS

REF = dt.date(2017, 6, 1)  # a Thursday
NLP = Pipeline(["numbers", "dates"])
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
#: the month systems with their months, every name once (Moroccan and Mauritanian share most with others)
SYSTEMS = ["levantine", "egyptian", "maghrebi", "moroccan"]


def dates(text: str, ref: dt.date | None = REF) -> list[tuple[str, int, int, str, str | None, str | None]]:
    doc = NLP(text, reference_date=ref)
    for d in doc.dates:
        assert doc.text[d.start:d.end] == d.text
    return [(d.text, d.start, d.end, d.type, d.value, d.mod) for d in doc.dates]


def one(text: str, span: str, type_: str, value: str | None, mod: str | None = None) -> None:
    """``text`` has exactly the date ``span`` (at its first place) with that type, value and mod."""
    start = text.index(span)
    assert dates(text) == [(span, start, start + len(span), type_, value, mod)]


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


# -- 1. "في أمس الحاجة": most in need, no yesterday ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "قطاع بات في أمس الحاجة للإصلاح",
    "نحن بأمس الحاجة إلى الدعم",
    "هم أمس حاجة إلى المال من غيرهم",
    "البلاد في أمسّ الحاجة إلى الاستقرار",
    "وهو في أمس الحاجه للعلاج",
    "القطاع الفلاحي لأمس الحاجة إليه",
])
def test_most_in_need_is_no_yesterday(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(("text", "span", "value"), [
    ("وصل أمس إلى تونس", "أمس", "2017-05-31"),
    ("قال أمس الخميس إن الحاجة ملحة", "أمس الخميس", "2017-06-01"),
    ("وقال أمس، الحاجة إلى الماء كبيرة", "أمس", "2017-05-31"),  # a comma between: yesterday
    ("زار أمس الحجاج مكة", "أمس", "2017-05-31"),
])
def test_yesterday_stays(text: str, span: str, value: str) -> None:
    one(text, span, "DATE", value)


# -- 2. a year after a relative month ------------------------------------------------------------------

@pytest.mark.parametrize("system", SYSTEMS)
@pytest.mark.parametrize("month", range(1, 13))
def test_relative_month_with_year(system: str, month: int) -> None:
    name = MONTHS[system][month - 1]
    one(f"سيعقد المؤتمر في شهر {name} المقبل 2018 بتونس", f"شهر {name} المقبل 2018", "DATE", f"2018-{month:02d}")
    one(f"خلال شهر {name} الماضي 2016 تراجعت الأسعار", f"شهر {name} الماضي 2016", "DATE", f"2016-{month:02d}")


@pytest.mark.parametrize(("text", "span", "value"), [
    ("تنطلق الأشغال شهر افريل المقبل 2017", "شهر افريل المقبل 2017", "2017-04"),
    ("في شهر ماي القادم من سنة 2018", "شهر ماي القادم من سنة 2018", "2018-05"),
    ("وخلال شهر جانفي الماضي 2016 سجلت", "شهر جانفي الماضي 2016", "2016-01"),
    ("في ديسمبر الماضي 2016 قررت", "ديسمبر الماضي 2016", "2016-12"),
    ("في أكتوبر المقبل من عام 2017", "أكتوبر المقبل من عام 2017", "2017-10"),
    ("بشهر أفريل المقبل ٢٠١٨", "شهر أفريل المقبل ٢٠١٨", "2018-04"),
    ("في تشرين الأول الماضي 2016", "تشرين الأول الماضي 2016", "2016-10"),
])
def test_relative_month_with_year_forms(text: str, span: str, value: str) -> None:
    one(text, span, "DATE", value)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("في مارس الماضي 1500 شخص", "مارس الماضي", "2017-03"),  # a count, no year
    ("في مارس الماضي، 2016 كانت سنة صعبة", "مارس الماضي", "2017-03"),  # a comma: another sentence part
    ("شهر أفريل المقبل", "شهر أفريل المقبل", "2018-04"),
])
def test_relative_month_without_year(text: str, span: str, value: str) -> None:
    assert dates(text)[0][:5] == (span, text.index(span), text.index(span) + len(span), "DATE", value)


# -- 3. weeks of a month: the ISO week holding the middle day of the month's Nth seven days ------------

ORDINAL_WEEKS = {"الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4}


def week_of(year: int, month: int, nth: int | None) -> str:
    """nth 1-4, None for the last week (the seven last days)."""
    if nth is None:
        last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
        return iso_week(dt.date(year, month, last - 3))
    return iso_week(dt.date(year, month, 7 * nth - 3))


@pytest.mark.parametrize("system", SYSTEMS)
@pytest.mark.parametrize("month", range(1, 13))
def test_week_of_month_every_month(system: str, month: int) -> None:
    name = MONTHS[system][month - 1]
    one(f"في الأسبوع الأول من شهر {name} 2016", f"الأسبوع الأول من شهر {name} 2016", "DATE", week_of(2016, month, 1))
    one(f"خلال الأسبوع الأخير من {name} 2015", f"الأسبوع الأخير من {name} 2015", "DATE", week_of(2015, month, None))


@pytest.mark.parametrize(("ordinal", "nth"), ORDINAL_WEEKS.items())
def test_week_of_month_ordinals(ordinal: str, nth: int) -> None:
    one(f"وفي الأسبوع {ordinal} من شهر مارس 2017", f"الأسبوع {ordinal} من شهر مارس 2017", "DATE", week_of(2017, 3, nth))


@pytest.mark.parametrize(("text", "span", "value"), [
    ("الأسبوع الأول من شهر أكتوبر", "الأسبوع الأول من شهر أكتوبر", "2017-W40"),
    ("الأسبوع الأخير من ديسمبر 2016", "الأسبوع الأخير من ديسمبر 2016", "2016-W52"),
    ("الأسبوع الثاني من الشهر الجاري", "الأسبوع الثاني من الشهر الجاري", "2017-W23"),
    ("خلال الأسبوع الثالث من جانفي", "الأسبوع الثالث من جانفي", "2017-W03"),
    ("في الأسبوع الأول من الشهر المقبل", "الأسبوع الأول من الشهر المقبل", "2017-W27"),
    ("في الأسبوع الأخير من الشهر الماضي", "الأسبوع الأخير من الشهر الماضي", "2017-W21"),
    ("في الأسبوع الأول من أكتوبر الماضي", "الأسبوع الأول من أكتوبر الماضي", "2016-W40"),
    ("بالأسبوع الأول من تشرين الثاني ٢٠١٦", "الأسبوع الأول من تشرين الثاني ٢٠١٦", "2016-W44"),
])
def test_week_of_month_forms(text: str, span: str, value: str) -> None:
    one(text, span, "DATE", value)


@pytest.mark.parametrize(("text", "expected"), [
    ("الأسبوع الأول من المفاوضات", []),
    ("الأسبوع الماضي", [("الأسبوع الماضي", 0, 14, "DATE", "2017-W21", None)]),
    ("في الثاني من الشهر الجاري", [("الثاني من الشهر الجاري", 3, 25, "DATE", "2017-06-02", None)]),
])
def test_week_of_month_negatives(text: str, expected: list[tuple[str, int, int, str, str, None]]) -> None:
    assert dates(text) == expected


# -- 4. the dialect "نص" (half) of a month: its middle ----------------------------------------------------

@pytest.mark.parametrize("system", SYSTEMS)
@pytest.mark.parametrize("month", range(1, 13))
def test_nuss_of_month(system: str, month: int) -> None:
    name = MONTHS[system][month - 1]
    written = dates(f"منتصف شهر {name} 2016")[0][4]
    one(f"في نص شهر {name} 2016", f"نص شهر {name} 2016", "DATE", written, "MID")
    assert written == f"2016-{month:02d}"


@pytest.mark.parametrize(("text", "span", "value"), [
    ("نص شهر مارس", "نص شهر مارس", "2017-03"),
    ("في نص الشهر", "نص الشهر", "2017-06"),
    ("نص جويلية", "نص جويلية", "2017-07"),
    ("وفي نص شهر أيار القادم", "نص شهر أيار القادم", "2018-05"),
])
def test_nuss_forms(text: str, span: str, value: str) -> None:
    one(text, span, "DATE", value, "MID")
    mid = text.replace("نص", "منتصف")
    assert dates(mid)[0][4:] == (value, "MID")


@pytest.mark.parametrize(("text", "expected"), [
    ("نص القانون على العقوبة", []),
    ("ونص الاتفاق على وقف إطلاق النار", []),
    ("نص البيان الصادر في مارس", [("مارس", 20, 24, "DATE", "2017-03", None)]),
    ("نص ساعة", []),
])
def test_nuss_negatives(text: str, expected: list[tuple[str, int, int, str, str, None]]) -> None:
    assert dates(text) == expected


# -- 5. ordinal months of a year ------------------------------------------------------------------------

ORDINAL_MONTHS = {"الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
                  "الثامن": 8, "التاسع": 9, "العاشر": 10, "الحادي عشر": 11, "الثاني عشر": 12}


@pytest.mark.parametrize(("ordinal", "month"), ORDINAL_MONTHS.items())
def test_ordinal_month(ordinal: str, month: int) -> None:
    one(f"في الشهر {ordinal} من سنة 2016", f"الشهر {ordinal} من سنة 2016", "DATE", f"2016-{month:02d}")
    one(f"خلال الشهر {ordinal} من العام الجاري", f"الشهر {ordinal} من العام الجاري", "DATE", f"2017-{month:02d}")


@pytest.mark.parametrize(("text", "span", "value"), [
    ("الشهر الثامن من العام", "الشهر الثامن من العام", "2017-08"),
    ("الشهر الثامن من سنة 2016", "الشهر الثامن من سنة 2016", "2016-08"),
    ("في الشهر الثالث من العام الجاري", "الشهر الثالث من العام الجاري", "2017-03"),
    ("في الشهر الأول من العام المقبل", "الشهر الأول من العام المقبل", "2018-01"),
    ("الشهر الثاني عشر من العام الماضي", "الشهر الثاني عشر من العام الماضي", "2016-12"),
    ("وفي الشهر الخامس من عام ٢٠١٥", "الشهر الخامس من عام ٢٠١٥", "2015-05"),
    ("بالشهر التاسع من السنة الحالية", "الشهر التاسع من السنة الحالية", "2017-09"),
    ("في الشهر الرابع من هذا العام", "الشهر الرابع من هذا العام", "2017-04"),
    ("خلال الشهر الأخير من العام الماضي", "الشهر الأخير من العام الماضي", "2016-12"),
    ("في الشهر الأخير من سنة 2015", "الشهر الأخير من سنة 2015", "2015-12"),
])
def test_ordinal_month_forms(text: str, span: str, value: str) -> None:
    one(text, span, "DATE", value)


@pytest.mark.parametrize("text", ["الشهر الثامن", "في الشهر الثامن من الحمل", "الشهر الثالث عشر من العام",
                                  "للشهر الثالث على التوالي", "الشهر الأخير من العام الدراسي"])
def test_ordinal_month_negatives(text: str) -> None:
    assert dates(text) == []


# -- 6. month names with a digit ------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "month"), [("تشرين1", 10), ("تشرين 1", 10), ("تشرين2", 11), ("تشرين 2", 11),
                                             ("كانون1", 12), ("كانون 1", 12), ("كانون2", 1), ("كانون 2", 1),
                                             ("تشرين ٢", 11), ("كانون١", 12)])
def test_month_with_digit(name: str, month: int) -> None:
    one(f"في {name} 2016 وقع الهجوم", f"{name} 2016", "DATE", f"2016-{month:02d}")
    one(f"يوم 15 {name} 2016", f"يوم 15 {name} 2016", "DATE", f"2016-{month:02d}-15")
    one(f"في {name} الماضي", f"{name} الماضي", "DATE", f"{2016 if month >= 6 else 2017}-{month:02d}")


@pytest.mark.parametrize(("text", "span", "value"), [
    ("في كانون الثاني/يناير", "كانون الثاني/يناير", "2017-01"),
    ("في شباط/فبراير 2016", "شباط/فبراير 2016", "2016-02"),
    ("خلال تشرين الأول/أكتوبر 2015", "تشرين الأول/أكتوبر 2015", "2015-10"),
])
def test_month_pairs(text: str, span: str, value: str) -> None:
    assert dates(text)[0][:5] == (span, text.index(span), text.index(span) + len(span), "DATE", value)


@pytest.mark.parametrize("text", ["في تشرين 2015 وقع الهجوم", "كانون 23 قطعة"])
def test_month_with_digit_negatives(text: str) -> None:
    assert all("تشرين" not in d[0] and "كانون" not in d[0] for d in dates(text))


# -- 7. one document, one "today" ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "span", "value"), [
    ("أعلنت الوزارة اليوم الجمعة أن الطائرة وصلت. وقالت الشركة، الجمعة، إن الرحلة تمت", "الجمعة", "2017-06-02"),
    # (the writer's Saturday: the last one on or before the day after the reference, since session 21)
    ("أعلن الوزير اليوم السبت أنه وصل السبت إلى تونس", "السبت", "2017-05-27"),
    ("وصل الوزير السبت إلى تونس. وقال اليوم السبت إنه", "السبت", "2017-05-27"),
    ("أعلنت الوزارة اليوم الجمعة أن الطائرة أقلعت مساء الجمعة من المطار", "مساء الجمعة", "2017-06-02TEV"),
])
def test_document_today(text: str, span: str, value: str) -> None:
    doc = NLP(text, reference_date=REF)
    bare = [d for d in doc.dates if d.text == span and "اليوم" not in d.text]
    assert bare and all(d.value == value for d in bare), [(d.text, d.value) for d in doc.dates]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("وقالت الوزارة، الجمعة، إن الرحلة تمت", "الجمعة", "2017-05-26"),  # no today stated
    ("أعلنت الوزارة اليوم الجمعة أن الوزير وصل الخميس إلى تونس", "الخميس", "2017-06-01"),  # another weekday
    ("أعلنت الوزارة اليوم الجمعة أن الوزير وصل الجمعة الماضي إلى تونس", "الجمعة الماضي", "2017-05-26"),
    ("أعلنت الوزارة اليوم أن الوزير وصل السبت إلى تونس", "السبت", "2017-05-27"),  # today is the reference
])
def test_document_today_negatives(text: str, span: str, value: str) -> None:
    doc = NLP(text, reference_date=REF)
    assert [d.value for d in doc.dates if d.text == span] == [value]


def test_document_today_unresolved_without_reference() -> None:
    doc = NLP("أعلنت الوزارة اليوم الجمعة أن الطائرة وصلت. وقالت الشركة، الجمعة، إن الرحلة تمت")
    assert [d.value for d in doc.dates] == [None, None]


def test_week_of_month_with_mod() -> None:
    # ANT: "أولى رحلات العمرة ستكون أواخر الأسبوع الاول من شهر فيفري القادم"
    one("ستكون أواخر الأسبوع الاول من شهر فيفري القادم", "أواخر الأسبوع الاول من شهر فيفري القادم", "DATE",
        "2018-W05", "END")


def test_document_today_leaves_a_weekday_of_a_written_week() -> None:
    # ANT: "نُشر اليوم الأحد" … "تمّ توقيفهم ليلة الأحد إلى الاثنين من الأسبوع الفارط"
    doc = NLP("أفاد تقرير نشر اليوم الأحد أن مهربين تم توقيفهم ليلة الأحد إلى الاثنين من الأسبوع الفارط",
              reference_date=REF)
    # the writer's Sunday is 28 May (session 21: the last on or before the day after the reference), so
    # the week before is the one of 21 May
    # (since session 22 the night and its two days are one span)
    assert [d.value for d in doc.dates if d.text == "ليلة الأحد إلى الاثنين من الأسبوع الفارط"] == ["2017-05-21TNI"]


def hijri_month(year: int, month: int) -> tuple[dt.date, int]:
    from hijridate import Hijri

    first = Hijri(year, month, 1)
    return first.to_gregorian(), first.month_length()


@pytest.mark.parametrize(("text", "span", "hyear"), [
    ("خلال الأسبوع الأول من شهر رمضان", "الأسبوع الأول من شهر رمضان", 1438),  # the reference's Hijri year
    ("في الأسبوع الثاني من رمضان 1437", "الأسبوع الثاني من رمضان 1437", 1437),
    ("في الأسبوع الأخير من شهر رمضان", "الأسبوع الأخير من شهر رمضان", 1438),
])
def test_week_of_a_hijri_month(text: str, span: str, hyear: int) -> None:
    first, length = hijri_month(hyear, 9)
    nth = 2 if "الثاني" in span else 1
    middle = first + dt.timedelta(days=length - 4 if "الأخير" in span else 7 * nth - 4)
    hits = [d for d in dates(text) if d[0] == span]
    assert hits and hits[0][4] == iso_week(middle), dates(text)


@pytest.mark.parametrize(("text", "attrs"), [
    ("الأسبوع الثاني من الشهر الجاري", {"anchor": "REF", "offset": "P0M"}),
    ("الأسبوع الأخير من الشهر الماضي", {"anchor": "REF", "offset": "-P1M"}),
    ("الأسبوع الأول من شهر أكتوبر", {"anchor": "REF", "timex": "XXXX-10"}),
    ("الشهر الثامن من العام الماضي", {"anchor": "REF", "offset": "-P1Y", "month": 8}),
])
def test_weeks_and_months_by_rank_without_reference(text: str, attrs: dict[str, object]) -> None:
    doc = NLP(text)
    assert [(d.text, d.value, d.resolved, d.attrs) for d in doc.dates] == [(text, None, False, attrs)]


# -- "اليوم" before a word with the article, and windows that end inside a word (the lead, session 13) --

@pytest.mark.parametrize(("text", "expr"), [
    ("نفذ اليوم المحامون في جندوبة وقفة احتجاجية", "اليوم"),  # ANT: the subject after the verb
    ("تدور اليوم الدفعة الثانية من الجولة", "اليوم"),
    ("وانتقد الحزب في بيان له اليوم المقاربات المتبعة", "اليوم"),
    ("تمكنت فجر اليوم الوحدات الأمنية من إيقاف 6 أشخاص", "فجر اليوم"),
    ("وإننا لنجد اليوم المرأة التونسية في كل المواقع", "اليوم"),
    ("سافر اليوم إلى تونس", "اليوم"),  # "الى" is no word with the article
])
def test_today_before_the_subject_of_its_verb(text, expr):
    dates = NLP(text, reference_date=REF).dates
    assert [d.text for d in dates] == [expr]
    assert dates[0].value.startswith("2017-06-01")


@pytest.mark.parametrize("text", [
    "اليوم الأول من المهرجان", "في اليوم الثالث من الإضراب", "اليوم الذي وصل فيه", "اليوم الأخير من الدورة",
    "ووضع صورة عدد اليوم الفائت بدلها", "فعاليات اليوم الموحد", "اليوم الدراسي حول الإدمان",
    "ولليوم الثاني على التوالي",
])
def test_the_day_of_an_ordinal_or_adjective_is_not_today(text):
    assert [d.value for d in NLP(text, reference_date=REF).dates if d.value and d.value.startswith("2017-06-01")] == []


@pytest.mark.parametrize(("text", "value"), [
    ("توقعات الطقس لليوم الأربعاء", "2017-05-31"),  # ل + اليوم: the article's alef is not written
    ("تعطّلت الدروس المسائية لليوم الخميس بعدد من المؤسسات", "2017-06-01"),
])
def test_today_with_the_preposition_li(text, value):
    dates = NLP(text, reference_date=REF).dates
    assert [d.value for d in dates] == [value]
    start = text.index("ليوم")  # after the preposition, the article's lam in the span ("للقدس" → "لقدس")
    assert (dates[0].start, dates[0].text) == (start, text[start:dates[0].end])
    assert dates[0].text.startswith("ليوم ")


@pytest.mark.parametrize("text", [
    "الساعة 14:00 إتحاد بن قردان - الملعب القابسي نادي حمام الأنف - النجم الساحلي",  # ANT: "الأن" of "الأنف"
    "وأكد أن موعد الانتخابات في الساعة 14:00 وأن الانفراج قريب وأن الانتعاش الاقتصادي بدأ",
])
def test_no_date_is_read_inside_a_word_at_a_windows_end(text):
    for d in NLP(text, reference_date=REF).dates:
        assert not text[d.end:d.end + 1].isalpha(), d.text
        assert d.value != "PRESENT_REF"
