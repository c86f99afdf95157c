"""Session 18 (issue #18, speed): the second reading of a region against the document's own day shares what
the merges read from the text alone with the first reading (:attr:`Context.memo`: the gates of the weekday
lists and of the parts of a year, the days before a date), and the weekday lists are tried only where a
quantifier word is.  Both must read exactly as before: a region read again with the memo of a reading against
another day gives the dates a fresh reading gives, on sentences whose values depend on the reference
(relative days, weekdays, yearless months, "أمس", "الشهر الماضي", day ranges, weekday lists).

Sentences from ANT articles (some shortened); reference dates 2017-06-01 (a Thursday) and 2015-11-29 (a Sunday).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from arabnews import Pipeline
from arabnews.extract.dates.document_day import _day_word
from arabnews.extract.dates.merges import _lists, _weekday_list
from arabnews.extract.dates.patterns import patterns
from arabnews.extract.dates.stage import _find, _scan, reading_context
from arabnews.lang.ar import lookup_key

REFS = (dt.date(2017, 6, 1), dt.date(2015, 11, 29))
NUMBERS = Pipeline(["numbers"])

SENTENCES = [
    "وصل وزير الخارجية أمس إلى العاصمة في زيارة رسمية",
    "أعلنت وزارة الداخلية اليوم الجمعة عن إيقاف ثلاثة أشخاص",
    "انعقد الاجتماع الخميس الماضي بمقر الولاية",
    "ارتفعت أسعار المحروقات في ديسمبر بنسبة 5 بالمائة",
    "تراجعت الصادرات خلال الشهر الماضي إلى أدنى مستوياتها",
    "تنطلق الدورة من 8 إلى 24 جوان بمشاركة عشرين فريقا",
    "تجرى الامتحانات يومي 18 و19 جانفي المقبل",
    "أيام 4 و5 و8 ديسمبر: عروض مسرحية بالمسرح البلدي",
    "يفتح السوق الأسبوعي كل يوم اثنين وخميس من كل أسبوع",
    "يغلق المتحف أيام الجمعة ويفتح بقية الأيام",
    "نما الاقتصاد بنسبة 2 بالمائة خلال الأشهر الثلاثة الأولى من السنة الجارية",
    "لم تتغير الأوضاع منذ عام 2012 في المنطقة",
    "سيعود الفريق بعد ثلاثة أيام من المباراة يوم الأحد القادم",
    "وقعت الحادثة ليلة الأحد إلى الاثنين من الأسبوع الفارط",
    # no date depends on the reference here: the readings agree anyway
    "صدر القانون في 12 مارس 2016 بالرائد الرسمي",
]
#: The sentences of :data:`SENTENCES` whose dates do not depend on the reference (recurring weekdays, a full date)
INDEPENDENT = frozenset({"يفتح السوق الأسبوعي كل يوم اثنين وخميس من كل أسبوع",
                         "يغلق المتحف أيام الجمعة ويفتح بقية الأيام", "صدر القانون في 12 مارس 2016 بالرائد الرسمي"})


def _read(text: str, first: dt.date, second: dt.date) -> tuple[list[list[dict[str, Any]]], list[list[dict[str, Any]]],
                                                                  list[list[dict[str, Any]]], int]:
    """Each region read against ``first``, then again against ``second`` with the first reading's memo, and
    afresh against ``second``; and how many facts the memo kept."""
    doc = NUMBERS(text, reference_date=first)
    p = patterns()
    ctx = reading_context(doc, p)
    regions = list(_scan(doc, ctx.text, p))
    once = [[d.to_dict() for d in _find(doc, ctx, r)] for r in regions]
    again = [[d.to_dict() for d in _find(doc, replace(ctx, ref=second), r)] for r in regions]
    fresh_ctx = replace(reading_context(doc, p), ref=second)
    fresh = [[d.to_dict() for d in _find(doc, fresh_ctx, r)] for r in regions]
    return once, again, fresh, len(ctx.memo)


@pytest.mark.parametrize("first, second", [REFS, REFS[::-1]])
@pytest.mark.parametrize("text", SENTENCES)
def test_a_second_reading_with_the_memo_reads_as_a_fresh_one(text: str, first: dt.date, second: dt.date) -> None:
    _, again, fresh, kept = _read(text, first, second)
    assert again == fresh
    assert kept  # the gates of the region at least


@pytest.mark.parametrize("text", [s for s in SENTENCES if s not in INDEPENDENT])
def test_the_sentences_depend_on_the_reference(text: str) -> None:
    """The test above compares readings that differ: the reference changes these sentences' dates."""
    once, again, _, _ = _read(text, *REFS)
    assert once != again


def test_the_memo_keeps_the_days_before_a_date() -> None:
    """"من 8 إلى 24 جوان": the days before the date are read once, and the range is the same in both readings
    (the year is the reference's)."""
    once, again, _, _ = _read("تنطلق الدورة من 8 إلى 24 جوان بمشاركة عشرين فريقا", *REFS)
    assert [(d["text"], d["value"]) for d in once[0]] == [("من 8 إلى 24 جوان", "2017-06-08/2017-06-24")]
    assert [(d["text"], d["value"]) for d in again[0]] == [("من 8 إلى 24 جوان", "2015-06-08/2015-06-24")]


@pytest.mark.parametrize("text", [
    "يفتح السوق الأسبوعي كل يوم اثنين وخميس من كل أسبوع",
    "يغلق المتحف أيام الجمعة ويفتح بقية الأيام",
    "وكل سبت وأحد تنظم الجمعية رحلة",
    "تجرى الانتخابات أيام الخميس والجمعة والسبت",
    "يلتقي الفريقان يوم الجمعة من كل أسبوع",
    "بأيام الأحد والاثنين تغلق الإدارات",
    "فلكل يوم اثنين قصة",
    "لكل أحد حقه في التعبير",
    "كل اثنين من الأعضاء",
    # no list: a quantifier word inside another word, or no weekday after it
    "قال إن الكل يعلم ذلك في يومياته",
    "تشكل الأيام القادمة منعرجا",
    "وفي كل مرة يعود إلى النقطة نفسها",
])
def test_weekday_lists_are_tried_where_a_quantifier_is(text: str) -> None:
    """:func:`_lists` finds what a scan of the whole region finds, from its start and from inside it."""
    listed = _weekday_list()[0]
    folded = lookup_key(text)
    for lo in range(0, len(folded), 3):
        expected = [m.groupdict() | {"span": m.span()} for m in listed.finditer(folded, lo, len(folded))]
        assert [m.groupdict() | {"span": m.span()} for m in _lists(listed, folded, lo, len(folded))] == expected


def test_weekday_lists_are_found() -> None:
    """The test above compares scans that find lists."""
    listed = _weekday_list()[0]
    folded = lookup_key("يفتح السوق الأسبوعي كل يوم اثنين وخميس من كل أسبوع، ولكل سبت")
    assert [m["q"].split() for m in _lists(listed, folded, 0, len(folded))] == [["كل", "يوم"], ["كل"]]


@pytest.mark.parametrize("words, expected", [
    (["اليوم", "الجمعه"], (0, ["الجمعه"], [])),
    (["صباح", "اليوم", "11", "جوان"], (0, ["11", "جوان"], ["صباح"])),
    (["يوم", "غد", "الخميس"], (1, ["الخميس"], [])),
    (["اول", "امس"], (-2, [], [])),
    (["يوم", "الخميس"], None),  # a first word of a phrase without the rest
    (["الخميس", "12", "جانفي"], None),
    (["ليوم", "الخميس"], None),
    ([], None),
])
def test_the_day_word_of_a_date(words: list[str], expected: tuple[int, list[str], list[str]] | None) -> None:
    assert _day_word(words) == expected
