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
    ("وصل خلال شهر ذي القعدة 1420 حاجا إلى المطار", "شهر ذي القعدة", "2017-07-24/2017-08-22", "1420", "pilgrim"),
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
