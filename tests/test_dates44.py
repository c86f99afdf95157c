"""Session 44 (dt44): a plan told in the past ("كان من المقرر أن …") is no future cue."""

from __future__ import annotations

import pytest

import arabnews
from arabnews.extract.dates.past_plans import past_plan

REF = "2017-06-01"


def _value(text: str, span: str, ref: str = REF) -> str | None:
    doc = arabnews.analyze(text, reference_date=ref)
    found = [d for d in doc.dates if d.text == span]
    assert len(found) == 1, [d.text for d in doc.dates]
    assert found[0].start == text.index(span)
    assert text[found[0].start:found[0].end] == span
    return found[0].value


# --- 2. a plan told in the past ---------------------------------------------------------------------------------

# dev ANT 93, 1306, 1392: read as the next such month (2018) after the plan word or the imperfect verb after أن
ANT_93 = ("يذكر أنه كان من المقرر أن تنطلق فعاليات الدورة الرابعة من التظاهرة يوم 31 مارس على أن تتواصل إلى غاية "
          "يوم 3 أفريل 2017، ولم يتحدد بعد التاريخ الجديد لانطلاقها.")
ANT_1306 = ("وكان من المقرر أن تصل إلى الولايات المتحدة يوم 31 جانفي أي بعد يومين من بدء العمل بقيود السفر، للخضوع "
            "لجراحة مقررة في مستشفى بيتسبرغ للأطفال.")
ANT_1392 = ("وجرى تمديد حالة الطوارئ التي كان من المقرر أن تنتهي في منتصف جانفي أربع مرات بالفعل لأن الحكومة تعتبر أن "
            "خطر تنفيذ متشددين لهجمات مسلحة لا يزال مرتفعا.")


@pytest.mark.parametrize(("text", "span", "value"), [
    (ANT_93, "يوم 31 مارس", "2017-03-31"),
    (ANT_1306, "يوم 31 جانفي", "2017-01-31"),
    (ANT_1392, "منتصف جانفي", "2017-01"),
])
def test_ant_past_plans(text: str, span: str, value: str) -> None:
    assert _value(text, span) == value


@pytest.mark.parametrize(("text", "value"), [
    # the family: weekdays (the last one, not the next), كانت/كانوا, و before كان, المفترض/المزمع/المنتظر,
    # Arabic-Indic digits
    ("كانوا من المفترض أن يعودوا يوم الأحد", "2017-05-28"),
    ("وكان من المقرر أن يلتقي الوزيران الثلاثاء", "2017-05-30"),
    ("كان من المقرر أن تنطلق الجلسة الأحد", "2017-05-28"),
    ("كانت من المزمع أن تنتظم الدورة في ٢٠ مارس", "2017-03-20"),
    ("وكان من المنتظر أن يصدر الحكم في 15 فيفري", "2017-02-15"),
])
def test_past_plan_family(text: str, value: str) -> None:
    doc = arabnews.analyze(text, reference_date=REF)
    assert [d.value for d in doc.dates] == [value]


@pytest.mark.parametrize(("text", "value"), [
    # a plan told now stays to come: the plan word without كان, سـ + verb
    ("ومن المقرر أن تنطلق فعاليات الدورة الرابعة يوم 31 مارس.", "2018-03-31"),
    ("وستصل البعثة إلى الولايات المتحدة يوم 31 جانفي.", "2018-01-31"),
    # كان in another sentence says nothing of this one
    ("كان الطقس جميلا. ومن المقرر أن تعقد الجلسة في 5 أفريل.", "2018-04-05"),
])
def test_plan_told_now_is_future(text: str, value: str) -> None:
    doc = arabnews.analyze(text, reference_date=REF)
    assert [d.value for d in doc.dates][-1] == value


def test_past_plan_reads_folded_text() -> None:
    text = arabnews.analyze("وكانت مقررة يوم 12 فيفري").folded  # (the reader's text: folded, ة → ه)
    assert past_plan(text, text.index("يوم"))
    assert not past_plan(text, text.index("مقرره"))  # (the plan word must stand before the date)
    assert not past_plan(arabnews.analyze("ومقررة يوم 12 فيفري").folded, 7)


# --- 1. a day of the month the text calls current, in the month its tense or weekday says --------------------

@pytest.mark.parametrize(("text", "ref", "value"), [
    # a weekday that falls on that day of the month before (Sunday 28 May 2017), whatever the tense
    ("يوم الأحد 28 من الشهر الجاري", REF, "2017-05-28"),
    ("وانطلقت الدورة يوم الأحد ٢٨ الجاري", REF, "2017-05-28"),
    # ... or of the month after (Saturday 1 July 2017, read on Wednesday 28 June)
    ("يوم السبت 1 من الشهر الجاري", "2017-06-28", "2017-07-01"),
])
def test_current_month_moves(text: str, ref: str, value: str) -> None:
    doc = arabnews.analyze(text, reference_date=ref)
    assert [d.value for d in doc.dates] == [value]


@pytest.mark.parametrize(("text", "ref", "value"), [
    # the tense fits the reference's month: it stays; a future day before the reference's stays too (sport ANT
    # 9049: the reference a document's day read from a bare weekday)
    ("ستنطلق الدورة يوم 5 من الشهر الجاري", "2017-06-20", "2017-06-05"),
    ("انطلقت الدورة يوم 5 من الشهر الجاري", "2017-06-20", "2017-06-05"),
    ("ستنطلق الدورة يوم 22 من الشهر الجاري", REF, "2017-06-22"),
    # no tense: the reference's month
    ("الدورة يوم 22 من الشهر الجاري", REF, "2017-06-22"),
    # a past verb and a day after the reference's (1 June), no weekday: as written, this month (session 44 tried
    # the month before and took it back; dev ANT 1672's session began on 13 March, neither month)
    ("لجنة الأمم المتحدة المعنية بوضع المرأة في دورتها الحادية والستين، والتي بدأت في الثالث عشر من الشهر الحالي",
     REF, "2017-06-13"),
    ("وصل الوفد يوم 16 الجاري إلى العاصمة", REF, "2017-06-16"),
    ("وانطلقوا يوم ١٦ من الشهر الجاري", REF, "2017-06-16"),
    # the month before or after named: no move ("الشهر الماضي")
    ("انطلقت الدورة يوم 22 من الشهر الماضي", REF, "2017-05-22"),
])
def test_current_month_stays(text: str, ref: str, value: str) -> None:
    doc = arabnews.analyze(text, reference_date=ref)
    assert [d.value for d in doc.dates] == [value]
