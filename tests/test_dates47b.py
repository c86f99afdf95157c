"""Session 47, second wave: weekdays of a stretch tied together, and a count of units before an event.

- Weekdays joined by و/أو before a weekday with a relative word share its relative word, so they share its tie to the
  article's written day too ("يومي السبت و الأحد القادمين" … "السبت 18 مارس 2017" … "الأحد 19 مارس 2017": Saturday 18
  and Sunday 19, sport ANT 9902; dt47 moved only the Sunday).
- "قبل" + a count of units + من/على is a time before the event after it, a DURATION with ``relation`` before, as "بعد
  يومين من الهجوم" is after it: "قبل أسبوع من الجولة الثانية" (dev ANT 1993) was a week before the reference.
- A fixed Gregorian holiday named by its weekday ("أن الأحد يصادف ذكرى الاستقلال") takes the year, near the reference,
  whose day falls on that weekday (20 March 2016, a Sunday), as an Islamic holiday does since session 45.
Sentences from ANT v1.1 (numbers given) or built on them.
"""

from __future__ import annotations

import pytest

from date_cases import article_dates as spans
from date_cases import article_found as found

# sport ANT 9902, cut
SPORT_9902 = ("برنامج مقابلات الفرق التونسية\n"
              "تخوض الاندية التونسية يومي السبت و الأحد القادمين اياب الدور السادس عشر لدوري أبطال افريقيا "
              "وكأس الكاف.\n"
              "** كأس الإتحاد الإفريقي السبت 18 مارس 2017 الساعة 15:00 يانغ اكاديمي الكامروني – النادي الصفاقسي "
              "** دوري أبطال افريقيا الأحد 19 مارس 2017 الساعة 16:00 تاندا الايفواري – النجم الساحلي")


def test_pair_of_weekdays_takes_the_written_days() -> None:
    got = found(SPORT_9902)
    assert (57, 62, "السبت", "2017-03-18") in got  # was 2017-06-03, the Saturday after the reference
    assert (65, 79, "الأحد القادمين", "2017-03-19") in got
    partner = next(d for d in spans(SPORT_9902) if d["start"] == 57)
    assert partner["anchor"] == "PREV_DATE" and partner["anchor_date"] == "2017-03-18"


@pytest.mark.parametrize(("text", "expected"), [
    # the partner's own written day ties the pair (the relative weekday has none)
    ("برنامج الجولة\nتقام المباريات يومي الجمعة والسبت المقبلين في العاصمة.\n"
     "وتنطلق المباراة الأولى يوم الجمعة 17 مارس 2017 على الساعة الثالثة.",
     [(34, 40, "الجمعة", "2017-03-17"), (42, 56, "السبت المقبلين", "2017-03-18")]),
    # three days, the last one written
    ("برنامج الجولة\nتقام المباريات أيام الجمعة والسبت والأحد المقبلة في العاصمة.\n"
     "وتنطلق المباراة الأولى يوم الأحد 19 مارس 2017 على الساعة الثالثة.",
     [(34, 40, "الجمعة", "2017-03-17"), (42, 47, "السبت", "2017-03-18"), (49, 62, "الأحد المقبلة", "2017-03-19")]),
    # أو, with its hamza in the original text
    ("البرنامج\nيلعب الفريق الخميس أو الجمعة القادم حسب القرعة. وتقام المباراة يوم الجمعة 17 مارس 2017.",
     [(21, 27, "الخميس", "2017-03-16"), (31, 44, "الجمعة القادم", "2017-03-17")]),
])
def test_stretch_of_weekdays_families(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    got = found(text)
    for span in expected:
        assert span in got


@pytest.mark.parametrize(("text", "expected"), [
    # no written day: the pair stays the coming weekend of the reference (Thursday 1 June 2017)
    ("البرنامج\nتلعب الفرق يومي السبت و الأحد القادمين.",
     [(25, 30, "السبت", "2017-06-03"), (33, 47, "الأحد القادمين", "2017-06-04")]),
    # not joined: the Saturday of another sentence keeps the reference's week
    ("البرنامج\nتلعب الفرق السبت. وتلعب الأحد القادم.\nالأحد 19 مارس 2017 الساعة 16:00 النجم الساحلي",
     [(20, 25, "السبت", "2017-05-27"), (33, 45, "الأحد القادم", "2017-03-19")]),
])
def test_stretch_controls(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    got = found(text)
    for span in expected:
        assert span in got


def durations(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(d["text"], d["type"], d["value"], d.get("relation")) for d in spans(text)]


@pytest.mark.parametrize(("text", "span"), [
    # dev ANT 1993
    ("و وقف ماكرون دقيقة صمت عند ضفة النهر في الذكرى السنوية للحادث في خطوة تهدف بوضوح إلى دمغ حزب الجبهة الوطنية "
     "بالتطرف قبل أسبوع من الجولة الثانية من الانتخابات الرئاسية الفرنسية.", ("أسبوع", "DURATION", "P1W", "before")),
    ("وتم غلق باب الترشحات قبل 48 ساعة من موعد الاقتراع.", ("48 ساعة", "DURATION", "PT48H", "before")),
    ("وتم غلق باب الترشحات قبل ٤٨ ساعة من موعد الاقتراع.", ("٤٨ ساعة", "DURATION", "PT48H", "before")),
    ("انسحب المرشح قبل يومين على الانتخابات.", ("يومين", "DURATION", "P2D", "before")),
    ("وصل الفريق قبل 24 ساعة فقط من انطلاق المباراة.", ("24 ساعة", "DURATION", "PT24H", "before")),
    ("أعلن استقالته قبل يوم واحد من انعقاد المؤتمر.", ("يوم واحد", "DURATION", "P1D", "before")),
    ("وقبل ثلاثة أشهر من الانتخابات، أعلن الحزب مرشحه.", ("ثلاثة أشهر", "DURATION", "P3M", "before")),
    # dev ANT 556: two words between
    ("و6518 مدخنا أقلعوا عن التدخين قبل عام واحد على الأقل من سحب عينة الدم",
     ("عام واحد", "DURATION", "P1Y", "before")),
])
def test_count_before_an_event_is_a_duration(text: str, span: tuple[str, str, str, str]) -> None:
    assert span in durations(text)


@pytest.mark.parametrize(("text", "span"), [
    # counted from now: the reference, a relative date
    ("وكان ذلك قبل عامين من الآن.", ("قبل عامين من الآن", "DATE", "2015", None)),
    # "من" of another phrase after a verb
    ("قبل عامين استقال من منصبه.", ("قبل عامين", "DATE", "2015", None)),
    ("وصل الوفد إلى تونس قبل أسبوع.", ("قبل أسبوع", "DATE", "2017-W21", None)),
    # dev ANT 376: from now, after a gap word
    ("وقد استيقظ ضمير \"سميث\" فقط قبل 3 سنوات فقط من الآن وكتب رسالة", ("قبل 3 سنوات", "DATE", "2014", None)),
    ("أقلعوا عن التدخين قبل عام على الأقل.", ("قبل عام", "DATE", "2016", None)),
    # "بعد" as before: tied to the event
    ("وقع ذلك بعد أسبوعين من الانتخابات.", ("أسبوعين", "DURATION", "P2W", "after")),
])
def test_count_before_controls(text: str, span: tuple[str, str, str, str | None]) -> None:
    assert span in durations(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("وأعلنت الحكومة أن الأحد يصادف ذكرى الاستقلال وسيكون يوم عطلة.",
     [(18, 23, "الأحد", "2016-03-20"), (30, 44, "ذكرى الاستقلال", "2016-03-20")]),
    ("احتفلت تونس الأحد بعيد الاستقلال", [(12, 17, "الأحد", "2016-03-20"), (19, 32, "عيد الاستقلال", "2016-03-20")]),
    ("عيد الشغل سيكون يوم الثلاثاء", [(0, 9, "عيد الشغل", "2018-05-01"), (16, 28, "يوم الثلاثاء", "2018-05-01")]),
    ("عيد الشغل هو يوم الاثنين", [(0, 9, "عيد الشغل", "2017-05-01"), (13, 24, "يوم الاثنين", "2017-05-01")]),
])
def test_fixed_holiday_takes_the_year_of_its_weekday(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    got = found(text)
    for span in expected:
        assert span in got


@pytest.mark.parametrize(("text", "expected"), [
    # a past clause: no Tuesday 20 March before the reference near it (2018's is after): both left
    ("احتفلت تونس الثلاثاء بعيد الاستقلال",
     [(12, 20, "الثلاثاء", "2017-05-30"), (22, 35, "عيد الاستقلال", "2017-03-20")]),
    # no 8 March on a Sunday from 2016 to 2019: both left ("غدا الأحد" stays the writer's tomorrow)
    ("ويحتفل العالم غدا الأحد باليوم العالمي للمرأة", [(14, 23, "غدا الأحد", "2017-05-28")]),
])
def test_fixed_holiday_weekday_controls(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    got = found(text)
    for span in expected:
        assert span in got
