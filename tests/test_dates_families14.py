"""Session 14: "اليوم" before a number word.  An indefinite ordinal or a cardinal after it starts the
verb's subject, and "اليوم" is today ("تنطلق اليوم أول حصة", "قتل اليوم ثلاثة أشخاص"); a number written
with the article, or one followed by a preposition or the end, makes it "the day" of that number
("خلال اليوم الثاني الندوة", "لليوم الثالث على التوالي", "صحيفة اليوم السابع"); a quoted name that
ends with it is an outlet ("روسيا اليوم").

Reference date: 2017-06-01, a Thursday (the one the ANT runs use).
"""

from __future__ import annotations

import datetime as dt

import pytest

from arabnews import Pipeline

REF = dt.date(2017, 6, 1)
NLP = Pipeline(["numbers", "dates"])
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def dates(text: str) -> list[tuple[str, int, int, str | None]]:
    doc = NLP(text, reference_date=REF)
    return [(d.text, d.start, d.end, d.value) for d in doc.dates]


@pytest.mark.parametrize("text", [
    "وتنطلق اليوم أول حصة من الامتحانات",
    "وتنطلق اليوم أولى حصص الامتحانات",
    "يجرى اليوم ثاني أيام الامتحان",
    "تنعقد اليوم ثالث جلسات الحوار الوطني",
    "تنطلق اليوم رابع دورات التكوين",
    "قتل اليوم ثلاثة أشخاص في حادث مرور",
    "أصيب اليوم خمسة جنود في انفجار لغم",
    "وصل اليوم عشرون مهاجرا إلى السواحل",
])
def test_today_before_a_number_word_that_starts_the_subject(text: str) -> None:
    start = text.index("اليوم")
    assert dates(text) == [("اليوم", start, start + 5, "2017-06-01")]


@pytest.mark.parametrize("text", [
    "وستلتأم خلال اليوم الثاني الندوة النقدية",
    "ويعتبر تداول الأسهم اليوم الأول مباشرة منذ الضربة",
    "حسب ما أكدته صحيفة اليوم السابع المصرية",
    "تتواصل لليوم الثالث على التوالي الاحتجاجات",
    "في اليوم العشرين من الإضراب",
    "انطلق اليوم الأول للمؤتمر",
    "يتواصل الإضراب لليوم الثاني.",
    "دخل الإضراب اليوم الخامس",
])
def test_the_day_of_a_number_is_no_today(text: str) -> None:
    assert [d for d in dates(text) if d[0] == "اليوم" or d[0] == "لليوم"] == []


@pytest.mark.parametrize("text", [
    # ANT: a quoted name that ends with "اليوم" is an outlet, not today
    'وذكرت المصادر لموقع "روسيا اليوم" أن المشتبه به دخل الأراضي الفرنسية',
    'ما يجري بالتفصيل على غرار "جريدة المغرب اليوم" التي نقلت التحركات',
    'قالت صحيفة «المصري اليوم» إن الحكومة',
])
def test_a_quoted_name_that_ends_with_today_is_no_date(text: str) -> None:
    assert [d for d in dates(text) if d[0] == "اليوم"] == []


def test_today_in_quotes_alone_stays_today() -> None:
    text = 'وصل الرئيس "اليوم" إلى تونس'
    start = text.index("اليوم")
    assert dates(text) == [("اليوم", start, start + 5, "2017-06-01")]
