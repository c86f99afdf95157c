"""Session 17: a weekday written with a day and a month but no year picks the year.  The reference gives
such a date its year (the nearest, or the next or last by the tense around it); when the weekday written
with it does not fall on that day, the year before or after where it does is the date's ("الجمعة 9 ديسمبر"
in an article of 2016 read with a 2017 reference is 9 December 2016, a Friday).  A written year, a month
relative to the reference ("من الشهر الجاري") and a weekday no neighbouring year fits keep their value,
with ``weekday_ok`` false.

Reference date: 2017-06-01, a Thursday.  Sentences from ANT articles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from arabnews import Pipeline

REF = dt.date(2017, 6, 1)
NLP = Pipeline(["numbers", "dates"])


def dates(text: str) -> list[tuple[str, str | None, bool | None]]:
    doc = NLP(text, reference_date=REF)
    for d in doc.dates:
        assert text[d.start:d.end] == d.text
    return [(d.text, d.value, d.attrs.get("weekday_ok")) for d in doc.dates]


@pytest.mark.parametrize("text, expected", [
    # the year before the reference's, after a present tense that had read the day as to come
    ("يصادف يوم السبت 1 أفريل موعد تقليد دأبت عليه دول العالم", ("يوم السبت 1 أفريل", "2017-04-01", True)),
    ("يبدأ العمل بالتوقيت الصيفي ليلة الأحد 26 مارس", ("ليلة الأحد 26 مارس", "2017-03-26TNI", True)),
    # an article of 2016 read with a 2017 reference: its weekdays say so
    ("الجمعة 9 ديسمبر : عرض موسيقي في نابل", ("الجمعة 9 ديسمبر", "2016-12-09", True)),
    ("تم برمجة عرض إضافي يوم السبت 12 نوفمبر بالمسرح البلدي", ("يوم السبت 12 نوفمبر", "2016-11-12", True)),
    ("وتنطلق الامتحانات يوم الخميس 15 ديسمبر الجاري", ("يوم الخميس 15 ديسمبر الجاري", "2016-12-15", True)),
    # other month names, Arabic-Indic digits
    ("ويصادف يوم السبت ١ نيسان موعد تقليد", ("يوم السبت ١ نيسان", "2017-04-01", True)),
    ("وأعلنت الوزارة يوم الجمعة 9 كانون الأول عن القرار", ("يوم الجمعة 9 كانون الأول", "2016-12-09", True)),
    # the reference's year already fits: unchanged
    ("انعقد الاجتماع يوم الثلاثاء 14 مارس بمقر الولاية", ("يوم الثلاثاء 14 مارس", "2017-03-14", True)),
    # no neighbouring year fits (14 November: a Tuesday in 2017, a Monday in 2016, a Wednesday in 2018)
    ("سينعقد الاجتماع يوم الخميس 14 نوفمبر بمقر الولاية", ("يوم الخميس 14 نوفمبر", "2017-11-14", False)),
    # a written year and a month relative to the reference keep their value
    ("ويصادف يوم السبت 1 أفريل 2018 موعد تقليد", ("يوم السبت 1 أفريل 2018", "2018-04-01", False)),
    ("تنطلق الدورة يوم الاثنين الموافق 14 من الشهر الجاري", ("يوم الاثنين الموافق 14 من الشهر الجاري",
                                                            "2017-06-14", False)),
])
def test_the_weekday_picks_the_year(text: str, expected: tuple[str, str, bool]) -> None:
    assert expected in dates(text)


def test_tomorrow_with_its_date_anchors_the_document():
    # ANT: "غدا السبت 1 أفريل" fits 2017 once the weekday picks the year, and then anchors "غدا" of the title
    text = "لاتنخدعوا.. غدا كذبة أفريل!\nيصادف غدا السبت 1 أفريل موعد تقليد دأبت جل دول العالم على إعلاء شأنه"
    # (April Fools' Day, "كذبة أفريل", is itself 1 April: session 19)
    assert dates(text) == [("غدا", "2017-04-01", None), ("كذبة أفريل", "2017-04-01", None),
                           ("غدا السبت 1 أفريل", "2017-04-01", True)]


@pytest.mark.parametrize("text, expected", [
    # a past verb before a month after the reference month: last year's (ANT)
    ("بعد الهجوم المروع الذي هز المدينة يوم 14 جويلية", ("يوم 14 جويلية", "2016-07-14")),
    ("في الانتخابات الرئاسية التي أجريت في الثامن من نوفمبر", ("الثامن من نوفمبر", "2016-11-08")),
    ("وكانت منظمة هيومن رايتس ووتش طالبت في أوت السلطات بإلغاء الحكم", ("أوت", "2016-08")),
    ("وأعلنت الحكومة في ديسمبر عن الخطة", ("ديسمبر", "2016-12")),
    ("الاتفاق الذي تم توقيعه في ديسمبر", ("ديسمبر", "2016-12")),
    ("الهجوم الذي استهدف المدينة في نوفمبر", ("نوفمبر", "2016-11")),
    ("إذ كانت الولايات المتحدة وافقت في نوفمبر/تشرين الثاني", ("نوفمبر/تشرين الثاني", "2016-11")),
    # a future cue, an imperfect verb after the relative pronoun, no verb: the reference's year
    ("وستعلن الحكومة في ديسمبر عن الخطة", ("ديسمبر", "2017-12")),
    ("المؤتمر الذي ينعقد في ديسمبر", ("ديسمبر", "2017-12")),
    ("الانتخابات البلدية في ديسمبر", ("ديسمبر", "2017-12")),
    # a month before the reference month is this year's whatever the tense
    ("وأعلنت الحكومة في ماي عن الخطة", ("ماي", "2017-05")),
])
def test_a_past_verb_puts_a_later_month_in_last_year(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(text_, value) for text_, value, _ in dates(text)]
