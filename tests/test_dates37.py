"""Session 37 (dt37): dates of several articles pasted into one text, a month's "year" that is a count, and
Levantine/Gulf/Egyptian news (ANERcorp sentences).

One text of several articles (a digest, a corpus's file: each a headline over its paragraphs, blank lines between)
had one document day: a later article's "اليوم الأربعاء" moved an earlier article's "الجمعة" a week back.  Each article
is now anchored on the day it states, else on the last day an earlier article stated (the nearest preceding anchor),
else on the reference.  A month's number with an indefinite counted noun right after it is that count when no
calendar of the month makes it a likely year ("شهر رمضان 1362 مخالفة").
"""

from __future__ import annotations

import pytest

import arabnews
from arabnews.extract.dates.document_day import article_starts

REF = "2017-01-20"  # a Friday

# ANT 2561 and 472 (shortened): a bare Friday after a past verb, and an article that states its Wednesday
FRIDAY = ("رئيس مدير عام جديد للشركة التونسية للكهرباء والغاز\n"
          "أعلنت وزارة الصناعة والمناجم والطاقات المتجددة، فى بلاغ أصدرته، الجمعة، عن تعيين، منصف الهرابي رئيسا مديرا"
          " عاما للشركة التونسية للكهرباء والغاز خلفا لعامر بشير.")
WEDNESDAY = ("بالفيديو : إنقاذ سمك قرش أبيض من الموت\n"
             "تداولت مواقع إخبارية عالمية اليوم الأربعاء فيديو يظهر محاولة مصطافين لإنقاذ سمك قرش بعد خروجه من البحر.\n"
             "وبادر مصطافون على ضفاف بحر بالولايات المتحدة الأميركية أمس بجلب الماء وإفراغ الدلو عليه.")


def _dates(text: str, ref: str = REF) -> list[tuple[int, int, str, str | None, object]]:
    doc = arabnews.analyze(text, reference_date=ref)
    return [(d.start, d.end, d.text, d.value, d.attrs.get("anchor_date")) for d in doc.dates]


def _at(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def test_each_article_alone() -> None:
    friday = _dates(FRIDAY)
    assert friday == [(*_at(FRIDAY, "الجمعة"), "الجمعة", "2017-01-20", None)]
    wednesday = _dates(WEDNESDAY)
    assert wednesday == [(*_at(WEDNESDAY, "اليوم الأربعاء"), "اليوم الأربعاء", "2017-01-18", "2017-01-18"),
                         (*_at(WEDNESDAY, "أمس"), "أمس", "2017-01-17", "2017-01-18")]


def test_a_later_article_does_not_anchor_an_earlier_one() -> None:
    text = FRIDAY + "\n\n" + WEDNESDAY
    shift = len(FRIDAY) + 2
    # the Friday was 2017-01-13: one document day, the later article's Wednesday, for both
    assert _dates(text) == [*_dates(FRIDAY), *((s + shift, e + shift, *rest) for s, e, *rest in _dates(WEDNESDAY))]


def test_an_article_without_a_day_takes_the_day_stated_before_it() -> None:
    # the nearest preceding anchor: the digest's earlier article was written on Wednesday 18, its Friday is the 13th
    text = WEDNESDAY + "\n\n" + FRIDAY
    assert _dates(text)[-1] == (*_at(text, "الجمعة"), "الجمعة", "2017-01-13", "2017-01-18")


def test_one_article_with_blank_lines_keeps_one_anchor() -> None:
    # a page's paragraphs blank lines apart (no headline over a paragraph) are one article: the Friday before the
    # stated Wednesday is still read against it
    text = ("تعيينات جديدة في وزارة الصناعة\n\n"
            "أعلنت وزارة الصناعة، الجمعة، عن تعيين منصف الهرابي رئيسا مديرا عاما للشركة التونسية للكهرباء والغاز.\n\n"
            "وأكد الوزير اليوم الأربعاء أن التعيينات ستتواصل.")
    assert [d[3] for d in _dates(text)] == ["2017-01-13", "2017-01-18"]


@pytest.mark.parametrize(("text", "starts"), [
    ("عنوان أول\nفقرة أولى من خمس كلمات وأكثر.\n\nعنوان ثان\nفقرة ثانية من خمس كلمات وأكثر.",
     [0, 41]),
    # one-line blocks: a page's paragraphs, one article
    ("عنوان\n\nفقرة أولى من خمس كلمات وأكثر.\n\nفقرة ثانية من خمس كلمات وأكثر.", [0]),
    # the text does not open with a headed block (a title alone above its repeat and the body): one article
    ("عنوان الخبر\n\nعنوان الخبر\nفقرة أولى من خمس كلمات وأكثر هنا.\n\nعنوان آخر\nفقرة ثانية من ست كلمات وأكثر.", [0]),
    # a line that introduces a quote is no headline
    ("عنوان أول\nفقرة أولى من خمس كلمات وأكثر.\n\nوقال الوزير:\nفقرة ثانية من خمس كلمات وأكثر.", [0]),
    ("عنوان أول\nفقرة أولى من خمس كلمات وأكثر.", [0]),
])
def test_article_starts(text: str, starts: list[int]) -> None:
    assert article_starts(text) == starts


# --- a month's number that is a count: month name + number + counted noun

@pytest.mark.parametrize(("text", "span", "value", "count", "unit"), [
    # ANT 6337: was "شهر رمضان 1362", Ramadan 1362 (1943)
    ("وحررت فرق المراقبة الاقتصادية خلال الثلاثة أيام الأولى لشهر رمضان 1362 مخالفة بعد القيام بـ8982 زيارة",
     "شهر رمضان", "2017-05-27/2017-06-24", "1362", "violation"),
    # ANT 809: Hijri 1587 was read as a year
    ("أدت الإدارة الجهوية للصحة بالمهدية، منذ انطلاق شهر رمضان 1587 زيارة تفقدية شملت الأسواق", "شهر رمضان",
     "2017-05-27/2017-06-24", "1587", "visit"),
    ("وحجزت الفرق خلال شهر رمضان ١٣٦٢ مخالفة اقتصادية", "شهر رمضان", "2017-05-27/2017-06-24", "١٣٦٢", "violation"),
    ("وتم خلال شهر مارس 1500 عون لتأمين الامتحانات", "شهر مارس", "2017-03", "1500", "agent"),
    ("وسجلت خلال تشرين الثاني 1870 حالة إصابة", "تشرين الثاني", "2016-11", "1870", None),
    ("وصل خلال شهر ذي القعدة 1420 حاجا إلى المطار", "شهر ذي القعدة", "2016-08-04/2016-09-01", "1420", "pilgrim"),
])
def test_a_months_count_is_no_year(text: str, span: str, value: str | None, count: str, unit: str | None) -> None:
    doc = arabnews.analyze(text, reference_date="2017-06-01")
    assert [(d.start, d.end, d.text) for d in doc.dates if d.type == "DATE"] == [(*_at(text, span), span)]
    if value is not None:
        assert [d.value for d in doc.dates if d.type == "DATE"] == [value]
    [n] = [n for n in doc.numbers if n.text == count]
    assert (n.start, n.end, n.value) == (*_at(text, count), int(count.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩",
                                                                                              "0123456789"))))
    if unit is not None:
        assert n.unit == unit


@pytest.mark.parametrize(("text", "span", "value"), [
    ("في رمضان 1362 هـ", "رمضان 1362 هـ", "1943-08-31/1943-09-29"),  # the era: a year
    ("ولد في 5 رمضان 1362 بمكة", "5 رمضان 1362", "1943-09-04"),  # no counted noun
    ("سجلت خلال شهر ماي 2016 مخالفات عديدة", "شهر ماي 2016", "2016-05"),  # a likely year
    ("في أيار 1948 هجر الآلاف", "أيار 1948", "1948-05"),
    ("خلال رمضان 2016 مخالفة", "رمضان 2016", "2016-06-06/2016-07-05"),  # a Gregorian year of Ramadan
])
def test_a_months_year_stays(text: str, span: str, value: str) -> None:
    doc = arabnews.analyze(text, reference_date="2017-06-01")
    assert [(d.start, d.end, d.text, d.value) for d in doc.dates] == [(*_at(text, span), span, value)]


@pytest.mark.parametrize(("text", "span"), [
    # ANT 1154, 1775: a likely year before its verb's accusative object or a count of people stays the date's
    ("وانتخب في 1 أكتوبر 1982 مستشارا لألمانيا الاتحادية", "1 أكتوبر 1982"),
    ("اعتقلت الشرطة البلجيكية صباح اليوم الثلاثاء 21 جوان 2016 شخصا يشتبه في نقله متفجرات",
     "صباح اليوم الثلاثاء 21 جوان 2016"),
])
def test_a_likely_year_before_a_noun_stays(text: str, span: str) -> None:
    doc = arabnews.analyze(text, reference_date="2017-06-01")
    assert [(d.start, d.end, d.text) for d in doc.dates] == [(*_at(text, span), span)]


# --- ANERcorp / NewsFANE sentences (Levantine, Gulf, Egyptian and Maghrebi news; reference 2003-01-01)

def _news(text: str) -> list[tuple[int, int, str, str | None]]:
    doc = arabnews.analyze(text, reference_date="2003-01-01")
    return [(d.start, d.end, d.text, d.value) for d in doc.dates]


@pytest.mark.parametrize(("text", "span", "value", "hijri"), [
    # before 1343 AH (hijridate's Umm al-Qura range) a Hijri date had no value: the arithmetic calendar gives it
    ("وبعد خروج أبي زيد من بلنسية سنة (626 هـ = 1230 م) فعل ما لم يكن", "626 هـ", "1228-12-07/1229-11-26", "0626"),
    ("بعد أن نفدت المؤن والأقوات، وذلك في (رمضان 630 هـ = يوليو 1233 م).", "رمضان 630 هـ", "1233-06-18/1233-07-17",
     "0630-09"),
    ("وقوع الكارثة التي حلت فصولها في (25 ذي الحجة 634 هـ = 14 أغسطس 1237 م)، وكان", "25 ذي الحجة 634 هـ",
     "1237-08-26", "0634-12-25"),
    ("وبدأ الحصار في (5 من رمضان 635 هـ = أبريل 1238 م) حيث شدد", "5 من رمضان 635 هـ", "1238-04-28", "0635-09-05"),
    ("توفي الإمام الرضا عليه السلام في المدينة المنورة عام 148 للهجرة الموافق 765 للميلاد.", "عام 148 للهجرة",
     "0765-03-03/0766-02-19", "0148"),
    ("ويقع قبر, فإنه رمضان علاء الدين المتوفى عام 751 هجرية (1350م).", "عام 751 هجرية", "1350-03-19/1351-03-07",
     "0751"),
    ("وبدأ الشاعر الفردوسي كتابه الشاهنامة عام 390 هـ.", "عام 390 هـ", "0999-12-18/1000-12-06", "0390"),
])
def test_historical_hijri_dates_have_a_value(text: str, span: str, value: str, hijri: str) -> None:
    doc = arabnews.analyze(text, reference_date="2003-01-01")
    [d] = [d for d in doc.dates if d.calendar == "hijri"]
    assert (d.start, d.end, d.text, d.value, d.attrs["hijri"]) == (*_at(text, span), span, value, hijri)
    assert d.resolved


def test_hijri_dates_in_hijridates_range_unchanged() -> None:
    text = "ولد في 5 رمضان 1362 بمكة وتوفي في شوال 1440 هـ"
    assert [d[2:] for d in _news(text)] == [("5 رمضان 1362", "1943-09-04"), ("شوال 1440 هـ", "2019-06-04/2019-07-03")]


def test_a_definite_cardinal_before_a_month_counts_its_noun() -> None:
    # ANERcorp: "الثلاثة من أبريل" was the 3rd of April, and "يونيو / حزيران الماضيين" a date of its own
    text = ("وارتفعت مبيعات الشركة خلال الأشهر الثلاثة من أبريل / نيسان إلى يونيو / حزيران الماضيين إلى 9.81 مليارات"
            " يورو")
    span = "من أبريل / نيسان إلى يونيو / حزيران الماضيين"
    assert _news(text) == [(*_at(text, span), span, "2002-04/2002-06")]
    # an ordinal is a day; from twenty on the two forms are one
    assert [d[2:] for d in _news("في الثالث من أبريل")] == [("الثالث من أبريل", "2003-04-03")]
    assert [d[2:] for d in _news("في العشرين من يونيو")] == [("العشرين من يونيو", "2003-06-20")]


@pytest.mark.parametrize(("text", "span", "value"), [
    # the end's relative word dates the range (was the reference's year for the start, or for both)
    ("بين العشرين من يونيو / حزيران والسابع من الشهر الحالي", "بين العشرين من يونيو / حزيران والسابع من الشهر الحالي",
     "2002-06-20/2003-01-07"),
    ("وتراجعت المبيعات خلال الفترة من أكتوبر إلى فبراير الماضي", "من أكتوبر إلى فبراير الماضي", "2001-10/2002-02"),
    ("وارتفعت الأسعار من أكتوبر إلى ديسمبر الماضي", "من أكتوبر إلى ديسمبر الماضي", "2002-10/2002-12"),
])
def test_a_ranges_relative_end_dates_its_start(text: str, span: str, value: str) -> None:
    assert _news(text) == [(*_at(text, span), span, value)]


def test_a_range_with_a_relative_future_end() -> None:
    text = "تقام الدورة من مارس إلى ماي المقبل"
    doc = arabnews.analyze(text, reference_date="2003-06-10")
    assert [(d.text, d.value) for d in doc.dates] == [("من مارس إلى ماي المقبل", "2004-03/2004-05")]


def test_fatih_is_the_first_day() -> None:
    # Maghrebi news (MAP): "فاتح يناير" is 1 January, as "غرة"
    text = "مليار درهم بالنسبة للفترة الممتدة من فاتح يناير إلى30 يونيو من سنة2006, مشيرا إلى أن"
    span = "من فاتح يناير إلى30 يونيو من سنة2006"
    assert _news(text) == [(*_at(text, span), span, "2006-01-01/2006-06-30")]
    text = "يحتفل العمال بعيد الشغل يوم فاتح ماي 2016"
    assert [d[2:] for d in _news(text)][-1] == ("يوم فاتح ماي 2016", "2016-05-01")
    assert _news("وقال محمد الفاتح إن الاجتماع انتهى") == []


def test_a_compound_cardinal_day_stays_a_day() -> None:
    # ANT 1818: a misspelt ordinal ("التسع" for "التاسع") is still the 29th
    text = "وحددت المحكمة جلسة التسع والعشرين من أفريل الجاري للحكم على جميع المتهمين"
    span = "التسع والعشرين من أفريل الجاري"
    doc = arabnews.analyze(text, reference_date="2017-06-01")
    assert [(d.start, d.end, d.text, d.value) for d in doc.dates] == [(*_at(text, span), span, "2017-04-29")]


@pytest.mark.parametrize(("text", "spans"), [
    # years after a plural of year were numbers; years that follow each other are one interval, as "عامي 2010 و2011"
    ("وكانت سلبية في سنة 2011 وحتى في سنوات 2015 و2016، وبلغت", [("سنوات 2015 و2016", "2015/2016")]),
    ("بالتهرب الضريبي في 4 مرات في أعوام 2011 و2012 و2013 و2014 وبمبلغ وصل إلى 14.7 مليون",
     [("أعوام 2011 و2012 و2013 و2014", "2011/2014")]),  # four times in those years, no rate per year
    ("بالنسبة للمنح الخصوصية بعنوان السنوات 2016 و2017 و2018. وأبرزت الوزارة",
     [("السنوات 2016 و2017 و2018", "2016/2018")]),
    # other lists, one DATE each
    ("وأعيد انتخابه فى الرئاسة لثلاث مرات فى اعوام 1992 و1996 و2000 . وعمل", [("اعوام 1992", "1992"), ("1996", "1996"),
                                                                          ("2000", "2000")]),
    ("وفازت بالبطولة في أعوام ١٩٥٤ و١٩٨٦ و١٩٩٤ على التوالي",
     [("أعوام ١٩٥٤", "1954"), ("١٩٨٦", "1986"), ("١٩٩٤", "1994")]),
])
def test_years_listed_after_a_plural_of_year(text: str, spans: list[tuple[str, str]]) -> None:
    doc = arabnews.analyze(text, reference_date="2017-06-01")
    got = [(d.start, d.end, d.text, d.value) for d in doc.dates if d.value and d.value[:2] in ("19", "20")
           and "سنة 2011" not in d.text]
    assert got == [(*_at(text, s), s, v) for s, v in spans]
    assert not any(n.text[:1].isdigit() and len(n.text) == 4 for n in doc.numbers)
