"""Session 47: the week a weekday is read in when the article writes it, and yearly dates in either order.

- A weekday with a relative word ("الثلاثاء القادم"), or a bare one in the headline, takes the article's only written
  day of that weekday ("يوم الثلاثاء 13 جوان 2017"), not the one after the reference (held-out ANT 6062, 6154, dev
  2558, held-out 6717).
- A bare weekday in the sentence of a yearless holiday takes the holiday's week, three days either side ("دارت
  صدامات الأحد … ليلة رأس السنة" → 2017-01-01), and the article's other bare weekdays the reference resolved move by as
  many weeks (ANT 5095, dev 1117, 1993).  Not after a reported clause's "إن", nor for a holiday after the weekday's day.
- A yearly SET before its date ("كل عام في 27 رمضان", "سنويا يوم عاشوراء") or after it, Hijri days and months (value
  P1Y, ``calendar`` hijri, ``hijri`` XXXX-09-27) and fixed Gregorian holidays (XXXX-03-20); a movable one (Easter) and
  a date with its year are left.
Sentences from ANT v1.1 (numbers given) or built on them.
"""

from __future__ import annotations

import pytest

from date_cases import article_dates as spans
from date_cases import article_found as found

# ANT 5095 (the Poland article), read with the reference 2017-01-20
POLAND = ("احتجاجات في بولونيا بسبب جريمة قتل اقترفها مهاجرون مغاربة\n"
          "دارت صدامات الأحد بين الشرطة البولونية والمئات من سكان مدينة ايلك (شمال شرق) كانوا يحتجون بعنف على اثر "
          "مقتل شاب بولندي طعنا بسكين خلال شجار اندلع ليلة رأس السنة بينه وبين أربعة مهاجرين عرب اعتقلتهم السلطات.\n"
          "وحسب فرانس برس، قالت اغاتا كوليكوفسكا المتحدثة باسم الشرطة لوكالة فرانس برس \"لقد اعتقلنا أربعة أجانب "
          "إثر جريمة قتل وقعت ليل\" السبت الأحد. وبعد ظهر الأحد تجمع المئات من سكان المدينة أمام مطعم \"برينس كباب\".")


def test_weekday_takes_its_holidays_week() -> None:
    got = found(POLAND, "2017-01-20")
    assert (70, 75, "الأحد", "2017-01-01") in got  # was 2017-01-15, the Sunday before the reference
    assert (204, 218, "ليلة رأس السنة", "2016-12-31") in got
    # the article's other bare weekdays move by the same two weeks
    assert (390, 395, "السبت", "2016-12-31") in got
    assert (396, 401, "الأحد", "2017-01-01") in got
    assert (404, 417, "بعد ظهر الأحد", "2017-01-01TAF") in got
    tied = next(d for d in spans(POLAND, "2017-01-20") if d["start"] == 70)
    assert tied["anchor"] == "PREV_DATE" and tied["anchor_date"] == "2016-12-31"


@pytest.mark.parametrize(("text", "span", "value"), [
    # dev 1117: a Monday two days after New Year's night, both mentions
    ("أعلن تنظيم \"داعش\"، الاثنين، مسؤوليته عن الهجوم الدامي الذي استهدف ملهى ليليا في إسطنبول، ليلة رأس السنة، "
     "حسب \"رويترز\".", "الاثنين", "2017-01-02"),
    # dev 1993: "بعد أن" is no reported clause; 1 May 2017 was a Monday
    ("حيا إيمانويل ماكرون المرشح المتقدم في استطلاعات الرأي في الانتخابات الرئاسية الفرنسية الاثنين ذكرى شاب مغربي "
     "مات غرقا في نهر السين قبل 22 عاما بعد أن ألقى به مجموعة من الشبان المتطرفين في مياه النهر بعد مهرجان نظمه حزب "
     "الجبهة الوطنية اليميني المتطرف بمناسبة عيد العمال انذاك.", "الاثنين", "2017-05-01"),
    # the holiday before the weekday, a part of the day, و glued: Saturday 15 October 2016 → Friday 14
    ("وأحيا التونسيون عيد الجلاء وصباح الجمعة تجمع المئات أمام مقر الولاية", "صباح الجمعة", "2016-10-14TMO"),
    # controls: a reported clause after إن; a holiday to come; another sentence; a holiday with its year
    ("قال الوزير الأحد إن الاحتفال بعيد الجلاء كان ناجحا", "الأحد", "2017-05-28"),
    ("ستحتفل البلاد بعيد الجلاء وقد اجتمع المجلس يوم الأحد لإعداد البرنامج", "يوم الأحد", "2017-06-04"),
    ("احتفل التونسيون بعيد الجلاء. وتجمع المئات يوم الأحد أمام مقر الولاية", "يوم الأحد", "2017-05-28"),
    ("دارت صدامات الأحد بعد احتفالات رأس السنة 2015", "الأحد", "2017-05-28"),
])
def test_weekday_in_a_holidays_sentence(text: str, span: str, value: str) -> None:
    values = {v for _, _, t, v in found(text) if t == span}
    assert values == {value}, found(text)


@pytest.mark.parametrize(("text", "span", "value"), [
    # held-out 6062: the headline's "الثلاثاء القادم" is the body's Tuesday 13 June
    ("انطلاقا من الثلاثاء القادم : خطية مالية لمن يلقي الفضلات في الطريق العام\n"
     "ينطلق سلك الشرطة البيئية في تونس في عمله بصفة رسمية يوم الثلاثاء 13 جوان 2017.", "الثلاثاء القادم",
     "2017-06-13"),
    # dev 2558: a past article (Sunday 19 February 2017)
    ("يوم الأحد القادم : 5 معتمديات في سوسة دون كهرباء\nأعلنت الشركة التونسية للكهرباء والغاز بإقليم سوسة المدينة أن "
     "التيار الكهربائي سينقطع يوم الأحد 19 فيفري 2017، بسبب أشغال صيانة.", "يوم الأحد القادم", "2017-02-19"),
    # Arabic-Indic digits, a feminine relative word's family ("المقبل")
    ("إضراب عام في بن قردان الاربعاء المقبل\nتقرر تنظيم اضراب عام بالمدينة يوم الأربعاء ٨ فيفري ٢٠١٧.",
     "الاربعاء المقبل", "2017-02-08"),
    # a bare weekday of the headline (held-out 6154, sport 9340 "يوم الإربعاء")
    ("سوسة : انقطاع التيار الكهربائي الأحد بهذه المناطق\nتعلم الشركة التونسية للكهرباء والغاز حرفاءها أن التيار "
     "الكهربائي سينقطع بسبب أشغال الصيانة يوم الأحد 8 ماي 2016 بالمناطق التالية", "الأحد", "2016-05-08"),
    ("الرابطة من جديد تعين مباراة المرسى و الإفريقي يوم الإربعاء\nقررت الرابطة الوطنية لكرة القدم إعادة تعيين "
     "مباراة مستقبل المرسى و النادي الإفريقي يوم الإربعاء 15 فيفري 2017.", "يوم الإربعاء", "2017-02-15"),
    # controls: a bare weekday of the body (the day of the announcement); two written Sundays; another weekday
    ("الامتحانات في موعدها\nأعلنت الوزارة الأحد أن الامتحانات ستنطلق يوم الأحد 11 جوان 2017.", "الأحد",
     "2017-05-28"),
    ("الأحد القادم : انقطاع الكهرباء\nسينقطع التيار يوم الأحد 19 فيفري 2017 ثم يوم الأحد 26 فيفري 2017.",
     "الأحد القادم", "2017-06-04"),
    ("الأحد القادم : انقطاع الكهرباء\nسينقطع التيار يوم السبت 18 فيفري 2017.", "الأحد القادم", "2017-06-04"),
])
def test_relative_weekday_takes_the_written_day(text: str, span: str, value: str) -> None:
    values = {v for _, _, t, v in found(text) if t == span}
    assert values == {value}, found(text)


@pytest.mark.parametrize(("text", "expected"), [
    # the SET before a Hijri day, a Hijri holiday, a Hijri month after it
    ("يحيي المسلمون كل عام في 27 رمضان ليلة القدر", ("كل عام في 27 رمضان", "P1Y", "XXXX-09-27")),
    ("يحيي الشيعة سنويا يوم عاشوراء", ("سنويا يوم عاشوراء", "P1Y", "XXXX-01-10")),
    ("يصوم المسلمون شهر رمضان من كل عام", ("شهر رمضان من كل عام", "P1Y", "XXXX-09")),
    ("يحتفل به في العاشر من محرم من كل عام", ("العاشر من محرم من كل عام", "P1Y", "XXXX-01-10")),
    ("كل عام في ٢٧ رمضان", ("كل عام في ٢٧ رمضان", "P1Y", "XXXX-09-27")),
])
def test_yearly_hijri(text: str, expected: tuple[str, str, str]) -> None:
    got = [(d["text"], d["value"], d.get("hijri")) for d in spans(text) if d["type"] == "SET"]
    assert got == [expected], spans(text)
    assert all(d["calendar"] == "hijri" for d in spans(text) if d["type"] == "SET")


@pytest.mark.parametrize(("text", "expected"), [
    # the SET before a Gregorian day or month; a fixed holiday either side (ب glued)
    ("يحتفل العالم كل عام في 8 مارس باليوم العالمي للمرأة", ("كل عام في 8 مارس", "XXXX-03-08")),
    ("ينظم المهرجان سنويا في شهر جويلية", ("سنويا في شهر جويلية", "XXXX-07")),
    ("تحتفل تونس سنويا بعيد الاستقلال", ("سنويا بعيد الاستقلال", "XXXX-03-20")),
    ("ويحتفل العمال بعيد الشغل من كل عام", ("عيد الشغل من كل عام", "XXXX-05-01")),
])
def test_yearly_gregorian_either_order(text: str, expected: tuple[str, str]) -> None:
    got = [(d["text"], d["value"]) for d in spans(text) if d["type"] == "SET"]
    assert got == [expected], spans(text)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("وتجمع المئات يوم الأحد أمام مقر الولاية", "يوم الأحد", "2017-05-28"),
    ("تجمع الآلاف يوم الجمعة في ساحة القصبة", "يوم الجمعة", "2017-05-26"),
    ("تجمع المئات يوم 5 ماي أمام البرلمان", "يوم 5 ماي", "2017-05-05"),
])
def test_crowd_then_day(text: str, span: str, value: str) -> None:
    """A definite "المئات/الآلاف" (the crowd) before "يوم" counts no days (was P100D, P1000D)."""
    assert [(t, v) for _, _, t, v in found(text)] == [(span, value)]


@pytest.mark.parametrize("text", [
    "يحتفل المسيحيون كل سنة بعيد الفصح",  # Easter moves: no XXXX day
    "كل عام في 27 رمضان 1438",  # its own year
    "تستقبل البلاد سنويا. يوم 27 رمضان",  # another sentence
])
def test_yearly_left(text: str) -> None:
    sets = [d for d in spans(text) if d["type"] == "SET"]
    assert [(d["text"], d["value"]) for d in sets] in ([("كل سنة", "P1Y")], [("كل عام", "P1Y")], [("سنويا", "P1Y")]), \
        spans(text)
