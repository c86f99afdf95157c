"""Session 15: one anchor per document.  When a document states its own day ("اليوم الأحد 29 نوفمبر
2015", "أمس الأحد 8 نوفمبر 2015" → the 9th, "يوم غد الخميس 17 نوفمبر 2016" → the 16th, or one "اليوم
الجمعة" alone), every relative date of it resolves against that day, not the reference: "أمس", "اليوم",
"الأسبوع الماضي", "منذ سنة", "أكتوبر الماضي", bare weekdays, since-intervals, holidays without a year;
they say so with ``anchor`` "DOC" and ``anchor_date``.  Absolute dates, documents that state no day or
two different ones, "في مثل هذا اليوم" (an anniversary), "اليوم الأول من أفريل" and a date without a day
word (a lead's "الأربعاء 15 فيفري 2017", a fixture list's line) do not anchor anything.

Reference date: 2017-06-01, a Thursday (the one the ANT runs use).  Sentences from ANT articles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from arabnews import Pipeline

REF = dt.date(2017, 6, 1)
NLP = Pipeline(["numbers", "dates"])

#: ANT: the brief's article ("اليوم الأحد 29 نوفمبر 2015" … "بداية الأسبوع القادم")
SALARIES = ("أعلن الأمين العام المساعد للاتحاد العام التونسي للشغل المكلف بالتكوين العمالي والتثقيف النقابي محمد "
            "المسلمي اليوم الأحد 29 نوفمبر 2015 أنه \"من المرجح أن يتم الاعلان خلال الساعات القادمة عن اتفاق\".\n"
            "وأضاف المسلمي مرجحا أن يتم الاعلان عن الاتفاق بخصوص الزيادات في أجور القطاع الخاص في بداية الأسبوع "
            "القادم. وستتم وفق الاتفاق الممضى بين المنظمتين منذ سنة.")


def found(text: str, ref: dt.date | None = REF) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Each date's text → (value, anchor, anchor_date)."""
    doc = NLP(text, reference_date=ref)
    return {d.text: (d.value, d.attrs.get("anchor"), d.attrs.get("anchor_date")) for d in doc.dates}


def test_the_documents_day_anchors_next_week_and_since_a_year() -> None:
    got = found(SALARIES)
    assert got["اليوم الأحد 29 نوفمبر 2015"] == ("2015-11-29", None, None)
    assert got["بداية الأسبوع القادم"] == ("2015-W49", "DOC", "2015-11-29")
    assert got["منذ سنة"] == ("2014", "DOC", "2015-11-29")


@pytest.mark.parametrize(("text", "span", "value", "day"), [
    # ANT 1389: "أمس" and a written date: the writer's day is the next one
    ("أعلنت السلطات الإيطالية أمس الأحد 8 نوفمبر 2015 عن اعتقال قيادي تونسي. وقال مصدر إن بن نصر كان قد وصل "
     "في 4 أكتوبر الماضي إلى جزيرة لامبيدوزا", "4 أكتوبر الماضي", "2015-10-04", "2015-11-09"),
    # ANT 2966: "يوم غد" and a written date: the day before it
    ("وسينطلق الاعتصام بدءا من يوم غد الخميس 17 نوفمبر 2016. وتتهم اللجنة الجهات المعنية بتعاطيها السلبي مع "
     "الملف، بحسب بيان أصدرته اليوم.", "اليوم", "2016-11-16", "2016-11-16"),
    # ANT 1045
    ("أعلنت وزارة المالية اللبنانية في بيان اليوم الجمعة 30 أكتوبر 2015 أن إدارة الجمارك في مطار بيروت ضبطت "
     "أمس 230 كيلوغراما من حبوب الكابتاغون", "أمس", "2015-10-29", "2015-10-30"),
    # ANT 1273: "الأسبوع الماضي" in the title line before the statement
    ("نتانياهو يتصل بوالد الطفل الذي قتل الأسبوع الماضي\nاتصل رئيس الوزراء الإسرائيلي بنيامين نتانياهو اليوم "
     "الاثنين 7 جويلية 2014 بوالد الفتى الفلسطيني", "الأسبوع الماضي", "2014-W27", "2014-07-07"),
    # ANT 1055: "صباح اليوم" and a written date without a weekday; "اليوم الأحد" elsewhere agrees
    ("تمكنت وحدة نوعية بقسنطينة، صباح اليوم 11 جوان 2017، من إلقاء القبض على ثلاثة إرهابيين. وقد ألقى "
     "الجيش الجزائري اليوم الأحد، القبض على ثلاثة إرهابيين", "اليوم الأحد", "2017-06-11", "2017-06-11"),
    # ANT 1273: a bare weekday is the writer's week's
    ("اتصل نتانياهو اليوم الاثنين 7 جويلية 2014 بوالد الفتى. وكان الطفل قد خطف فجر الأربعاء ثم عثر على جثته",
     "فجر الأربعاء", "2014-07-02TMO", "2014-07-07"),
    # ANT 804: a holiday without a year is the nearer one (the coming New Year's day)
    ("ستكون عطلة رأس السنة الإدارية هذه المرة أقصر. وبين رئيس جامعة النزل، في حوار مع الجوهرة أف أم، اليوم "
     "الأحد 25 ديسمبر 2016، أن النزل أعدت برامج تنشيطية", "رأس السنة", "2017-01-01", "2016-12-25"),
])
def test_a_relative_date_takes_the_documents_day(text: str, span: str, value: str, day: str) -> None:
    assert found(text)[span] == (value, "DOC", day)


def test_a_since_interval_ends_on_the_documents_day() -> None:
    # ANT 688
    doc = NLP("أصدرت منظمة الدفاع عن المستهلك اليوم الخميس 15 ديسمبر 2016 بيانا بخصوص القطعة النقدية من فئة 2 "
              "دينار التي طرحها البنك المركزي منذ سنة 2013 للتداول.", reference_date=REF)
    since = next(d for d in doc.dates if d.text == "منذ سنة 2013")
    assert (since.value, since.attrs["end_value"], since.attrs["end_anchor"], since.attrs["anchor_date"]) == (
        "2013/2016-12-15", "2016-12-15", "DOC", "2016-12-15")


def test_a_weekday_said_today_anchors_yesterday() -> None:
    # "اليوم الجمعة" with a Thursday reference is the Friday after it; "أمس" is the day before that Friday
    got = found("أعلنت الوزارة اليوم الجمعة أن الطائرة التي أقلعت أمس من مطار شنغهاي وصلت")
    assert got["اليوم الجمعة"] == ("2017-06-02", "DOC", "2017-06-02")
    assert got["أمس"] == ("2017-06-01", "DOC", "2017-06-02")


def test_an_absolute_date_does_not_move() -> None:
    got = found("أعلن رئيس الحكومة اليوم الأحد 29 نوفمبر 2015 أن الاتفاق الممضى يوم 14 جانفي 2011 ما زال ساريا")
    assert got["يوم 14 جانفي 2011"] == ("2011-01-14", None, None)


@pytest.mark.parametrize(("text", "span", "value"), [
    # no stated day
    ("أكدت وزارة التربية في بلاغ لها أمس أن نسب النجاح ارتفعت", "أمس", "2017-05-31"),
    # two different days stated: the reference stays
    ("صادق النواب اليوم الأحد 29 نوفمبر 2015 على الميزانية. وأكدت بوشماوي اليوم الأربعاء 23 ديسمبر 2015 أن "
     "المنظمة قبلت بالمقترح. وقالت أمس إن الجلسة إيجابية", "أمس", "2017-05-31"),
    # ANT 4563: "في مثل هذا اليوم" with a date is an anniversary, not the writer's day
    ("تحيي تونس الذكرى الثالثة لإمضاء الدستور الذي تمت المصادقة عليه في مثل هذا اليوم 27 جانفي من سنة 2014. "
     "وكان مكتب المجلس قد اجتمع أمس", "أمس", "2017-05-31"),
    # ANT 236: "اليوم الأول من أفريل" is the first day of April
    ("يقوم فيه بعض الناس اليوم الأول من أفريل بإطلاق الإشاعات. وقال أمس خبير إن التقليد أوروبي", "أمس",
     "2017-05-31"),
    # (session 28: a lead's weekday and date without a day word dates the report when it says "أمس": see
    # tests/test_dates28.py; a lead's date without its weekday is still no dateline)
    ("قال مسؤول كبير في البيت الأبيض، يوم 15 فيفري 2017، إن الرئيس الأمريكي طلب استقالة مستشاره. وكان "
     "المستشار قد التقى أمس السفير", "أمس", "2017-05-31"),
])
def test_no_stated_day_keeps_the_reference(text: str, span: str, value: str) -> None:
    assert found(text)[span] == (value, "REF", None)


def test_a_fixture_line_is_no_stated_day() -> None:
    # ANT 9444: a fixture list's line is a match day, not the document's (no DOC anchor); since session 47 the
    # relative "يوم الأحد القادم" is that written Sunday (weekday_ties), was 2017-06-04 against the reference
    text = ("تدور يوم الأحد القادم مقابلات الجولة الأولى من مرحلة التتويج وفي ما يلي تعيينات الحكام :\nالأحد 26 فيفري "
            "2017\nالجولة الأولى : الساعة 14:00")
    assert found(text)["يوم الأحد القادم"] == ("2017-02-26", "PREV_DATE", "2017-02-26")


def test_without_a_reference_nothing_is_anchored() -> None:
    got = found("أعلنت وزارة المالية في بيان اليوم الجمعة 30 أكتوبر 2015 أن الجمارك ضبطت أمس 230 كيلوغراما",
                ref=None)
    assert got["أمس"] == (None, "REF", None)


def test_a_weekday_with_its_week_written_after_it() -> None:
    # "ليلة الأحد إلى الاثنين من الأسبوع الفارط" in a document of Sunday 2015-11-29: the Sunday before
    got = found("أفاد تقرير نشر اليوم الأحد 29 نوفمبر 2015 أن مهربين تم توقيفهم ليلة الأحد إلى الاثنين من الأسبوع "
                "الفارط")
    # (since session 22 the night and its two days are one span)
    assert got["ليلة الأحد إلى الاثنين من الأسبوع الفارط"] == ("2015-11-22TNI", "DOC", "2015-11-29")
