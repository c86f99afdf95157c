"""Session 29's date families, fourth wave.

1. A quarter or half of the story's year: "في النصف الثاني من نفس السنة", "الربع الثالث من العام نفسه", Tunisian
   "السداسي الأول من نفس العام", "الثلاثي الأخير من تلك السنة" take the year written before them (anchor PREV_DATE);
   with no year before, no value (no longer the reference's year for "من العام ذاته").
2. "وقت سابق" / "وقت لاحق" right before a day or a unit join its span without من ("في وقت سابق يوم السبت",
   "في وقت لاحق هذا الشهر"); "في وقت سابق" alone is a vague past (PAST_REF) as "سابقا" and "في السابق" are.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_cases import INDIC, DateCases

REF = dt.date(2017, 6, 1)  # a Thursday
_CASES = DateCases(REF)
dates, one = _CASES.dates, _CASES.one


# -- 1. a quarter or half of the story's year ------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, span, value", [
    # ANT (Tunisian phosphate report)
    ("ليمر من 156 ألف طن في الشهر خلال السداسي الاولى من 2015 إلى 383 ألف طن في الشهر في النصف الثاني من نفس السنة.",
     "النصف الثاني من نفس السنة", "2015-H2"),
    ("ارتفع الإنتاج في السداسي الثاني من سنة 2015 بنحو مرة ونصف مقارنة بالسداسي الاول من نفس العام.",
     "السداسي الاول من نفس العام", "2015-H1"),
    ("في 2015 تراجعت الصادرات ثم ارتفعت في الربع الثالث من العام نفسه", "الربع الثالث من العام نفسه", "2015-Q3"),
    ("في ٢٠١٥ تراجعت الصادرات ثم ارتفعت في الربع الثالث من العام نفسه".translate(INDIC),
     "الربع الثالث من العام نفسه", "2015-Q3"),
    ("سجل عام 2014 عجزا ثم تحسن في السداسي الثاني من ذلك العام", "السداسي الثاني من ذلك العام", "2014-H2"),
    ("وفي 2013 تراجع النمو خلال الثلاثي الأخير من تلك السنة", "الثلاثي الأخير من تلك السنة", "2013-Q4"),
    ("وفي 2013 تراجع النمو خلال الشطر الأول من ذات السنة", "الشطر الأول من ذات السنة", "2013-H1"),
])
def test_part_of_the_story_year(sentence: str, span: str, value: str) -> None:
    d = one(sentence, span)
    assert (d["value"], d["type"], d["anchor"]) == (value, "DATE", "PREV_DATE")


@pytest.mark.parametrize("sentence, span, value", [
    # the reference's year and a written year keep their readings
    ("خلال السداسي الأول من هذه السنة ارتفعت الحوادث", "السداسي الأول من هذه السنة", "2017-H1"),
    ("مقارنة بالثلاثي الثالث من العام الماضي.", "الثلاثي الثالث من العام الماضي", "2016-Q3"),
    ("خلال الثلاثي الأول من سنة 2016", "الثلاثي الأول من سنة 2016", "2016-Q1"),
    ("خلال النصف الأول من العام الجاري", "النصف الأول من العام الجاري", "2017-H1"),
])
def test_part_of_a_year_kept(sentence: str, span: str, value: str) -> None:
    assert one(sentence, span)["value"] == value


@pytest.mark.parametrize("sentence", [
    "خلال الثلاثي الأول ارتفعت الصادرات",  # a Tunisian quarter alone: no year to read
    "فاز الثلاثي الأول من نفس السنة بالجائزة",  # no year before it
    "مقارنة بمعدل 12.1% في الربع الثالث من العام ذاته",  # no written year: not the reference's
    "في السداسي الأول من السنة الدراسية الحالية",  # a school semester
])
def test_part_of_a_year_without_value(sentence: str) -> None:
    assert not any(d["value"] and d["value"][4:5] == "-" and d["value"][5:6] in "QH" for d in dates(sentence))


# -- 2. "في وقت سابق" ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, span, value", [
    ("وأعلن الجيش في وقت سابق يوم الأحد أن", "وقت سابق يوم الأحد", "2017-05-28"),
    ("وكان الدفاع بمكة قد حذر في وقت سابق اليوم كافة المواطنين", "وقت سابق اليوم", "2017-06-01"),
    ("وقال في وقت سابق أمس إن الحصيلة ارتفعت", "وقت سابق أمس", "2017-05-31"),
    ("وكان البيت الأبيض قال في وقت سابق هذا الشهر إن", "وقت سابق هذا الشهر", "2017-06"),
    ("وألغى حجزا لمجموعة من النساء في وقت سابق هذا الأسبوع", "وقت سابق هذا الأسبوع", "2017-W22"),
    ("محادثات السلام التي من المقرر أن تعقد في وقت لاحق هذا الشهر", "وقت لاحق هذا الشهر", "2017-06"),
    ("وفي وقت لاحق الثلاثاء، أكدت أجهزة الأمن أن", "وقت لاحق الثلاثاء", "2017-05-30"),
    ("وقال في وقت سابق من يوم الجمعة إن", "وقت سابق من يوم الجمعة", "2017-05-26"),  # (with من, session 29b)
])
def test_earlier_on_a_day(sentence: str, span: str, value: str) -> None:
    d = one(sentence, span)
    assert d["value"] == value and d.get("mod") is None
    assert len(dates(sentence)) == 1  # no PAST_REF of its own


@pytest.mark.parametrize("sentence", [
    "وكانت الحكومة البنمية قد أكدت في وقت سابق أن معدل جرائم القتل انخفض",
    "وقالت وسائل إعلام فرنسية في وقت سابق، إن منفذ الهجوم يدعى كريم شورفي",
    "و في وقت سابق رجحت السلطات التركية أن يكون التنظيم وراء الهجوم",
    "وأشارت القائمة إلى أن جونسون وصف فى وقت سابق حيازته للجنسية",
])
def test_earlier_alone_is_a_vague_past(sentence: str) -> None:
    span = "فى وقت سابق" if "فى وقت" in sentence else "في وقت سابق"
    assert one(sentence, span)["value"] == "PAST_REF"


def test_earlier_before_a_year_is_no_day() -> None:
    # a year after it is not joined (only days and units of the reference)
    assert [(d["text"], d["value"]) for d in dates("وقال في وقت سابق إن الحصيلة بلغت 12 قتيلا في 2015")] == [
        ("في وقت سابق", "PAST_REF"), ("2015", "2015")]


def test_earlier_keeps_the_event_reading() -> None:
    # (session 30: the construct chain after على is the target whole, its last word no actor)
    import arabnews

    text = ("قال مصدر بالشرطة الفرنسية، لرويترز، إن الرجل الذي قتله جنود بالرصاص في مطار أورلي يوم السبت هو نفسه "
            "الشخص الذي أطلق الرصاص على أفراد خدمات الأمن في وقت سابق يوم السبت بشمال باريس")
    events = arabnews.analyze(text, reference_date="2017-06-01").to_dict()["events"]
    assert [[(a["role"], a["text"]) for a in e["actors"]] for e in events] == [[("target", "أفراد خدمات الأمن")]]
