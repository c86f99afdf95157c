"""Session 28's date and number families.

1. A report that dates itself in its lead with a weekday and the full date, without a day word ("اعتقلت الشرطة،
   الجمعة 25 نوفمبر 2016 أكثر من 12 شخصا", "ضيف برنامج بوليتكا لليوم الخميس 17 نوفمبر 2016"), anchors its
   "اليوم", "أمس", "غدا" and bare weekdays on that day, not on the reference (a crawl's day, months later); so does a
   day word with a written date whose weekday is wrong ("اليوم الخميس 19 ديسمبر 2016", a Monday) when the document
   states no other day.  A date later in the body, a weekday that disagrees, two datelines: the reference.
2. Recognizers-Text's DatePeriodParser (reference 2016-11-07): "بقية هذا الأسبوع" and its neighbours ("باقي هذا
   العام", "ما تبقى من هذه السنة") are the rest of the unit, as "بقية الأسبوع" was; "عطلة نهاية الأسبوع" is the
   weekend (TIMEX3 "-WE"), "نهاية الأسبوع" alone keeps the week with mod END.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_cases import INDIC, DateCases

REF = dt.date(2017, 6, 1)
_CASES = DateCases(REF)
dates, one = _CASES.dates, _CASES.one

TITLE = "عنوان الخبر\n"


# -- 1. the lead's dateline anchors the report's day words ---------------------------------------------------------
@pytest.mark.parametrize("text, span, value", [
    # ANT 1771: the police's Friday; the fires' "اليوم" in the next paragraph is that Friday, "الثلاثاء" the 22nd
    (TITLE + "اعتقلت الشرطة الإسرائيلية، الجمعة 25 نوفمبر 2016 أكثر من 12 شخصاً.\n"
     "ويواصل الإطفاء محاولات إخماد النيران التي اندلعت الثلاثاء في المناطق الشمالية اليوم بدعم رجال إطفاء.",
     "اليوم", "2016-11-25"),
    (TITLE + "اعتقلت الشرطة الإسرائيلية، الجمعة 25 نوفمبر 2016 أكثر من 12 شخصاً.\n"
     "ويواصل الإطفاء محاولات إخماد النيران التي اندلعت الثلاثاء في المناطق الشمالية اليوم بدعم رجال إطفاء.",
     "الثلاثاء", "2016-11-22"),
    # ANT 1185: "أمس" of a statement made on Wednesday 23 March 2016 is the 22nd
    (TITLE + "قررت بولندا رفض استقبال مهاجرين وفق ما أعلنته رئيسة الوزراء الأربعاء 23 مارس 2016.\n"
     "وقالت في مقابلة \"بعد ما حدث أمس في بروكسل، ليس ممكنا القول إننا موافقون\".", "أمس", "2016-03-22"),
    # ANT 1419, the same paragraph
    (TITLE + "ذكرت وزارة الدفاع في بيان لها، الخميس 16 فيفري 2017 أنها كشفت قوات الجيش اليوم مخبأ للأسلحة.",
     "اليوم", "2017-02-16"),
    # ANT 1421: "مساء أمس الأربعاء" agrees with Thursday 16 February
    (TITLE + "أقر مجلس الشيوخ الفرنسي الخميس 16 فيفري 2017 قانونا يوسع صلاحيات الشرطة\n"
     "وقد وقعت مساء أمس الأربعاء صدامات بين الشرطة ومتظاهرين.", "مساء أمس الأربعاء", "2017-02-15TEV"),
    # ANT 7562: "لليوم" is no day word the statement reads; the dateline is
    (TITLE + "قال الأمين العام للحزب ضيف برنامج بوليتكا لليوم الخميس 17 نوفمبر 2016 إن المتهربين جبائيا اليوم هم "
     "أصحاب الثروات.", "اليوم", "2016-11-17"),
    # AA style (was a negative of session 15: the lead's weekday and date, read as the event's day only)
    ("قال مسؤول كبير في البيت الأبيض، الأربعاء 15 فيفري 2017، إن الرئيس الأمريكي طلب استقالة مستشاره. وكان "
     "المستشار قد التقى أمس السفير", "أمس", "2017-02-14"),
    # Arabic-Indic digits, "غدا", the first line being the lead itself
    ("أكدت الوزيرة السبت ١١ مارس ٢٠١٧ أن الاجتماع سينعقد غدا بمقر الوزارة.".translate(INDIC), "غدا", "2017-03-12"),
    # a weekday with a day word takes the dateline's date when their weekdays agree (ANT 2072, 6 May 2017)
    (TITLE + "اتهم فريق حملة المرشح ماكرون السبت 6 ماي 2017 جهات بالقرصنة\n"
     "قبل الجولة الثانية من الانتخابات الرئاسية الفرنسية يوم غد الأحد.", "يوم غد الأحد", "2017-05-07"),
])
def test_the_leads_dateline_anchors_the_reports_day_words(text: str, span: str, value: str) -> None:
    d = one(text, span)
    assert d["value"] == value
    assert d["anchor"] == "DOC"


@pytest.mark.parametrize("text, span", [
    # no weekday with the date: no dateline
    (TITLE + "اعتقلت الشرطة يوم 25 نوفمبر 2016 أكثر من 12 شخصا. وتواصل الإطفاء اليوم.", "اليوم"),
    # a dateline in the third line, not the lead
    (TITLE + "تواصل الإطفاء اليوم في المناطق الشمالية.\nوقال مسؤول إن النيران اندلعت الجمعة 25 نوفمبر 2016 في "
     "حيفا.", "اليوم"),
    # two datelines that disagree
    (TITLE + "أقر المجلس الخميس 16 فيفري 2017 قانونا وصادق الأربعاء 22 فيفري 2017 على آخر. ووقعت اليوم صدامات.",
     "اليوم"),
    # ANT 6415: a planned day after the reference is no dateline
    ("يهم طلبة الصيدلة\nتنظم وزارة الصحة يوم الخميس 27 جويلية 2017 مناظرة لانتداب مساعدين.\n"
     "وقد حدد عدد المراكز المفتوحة، بحسب بلاغ صادر اليوم عن وزارة الصحة، بـ19 مركزا.", "اليوم"),
    # a range is no dateline
    (TITLE + "تتواصل الدورة من الخميس 16 فيفري 2017 إلى الأحد 19 فيفري 2017 وتنطلق اليوم العروض.", "اليوم"),
])
def test_no_dateline_keeps_the_reference(text: str, span: str) -> None:
    d = one(text, span)
    assert d.get("anchor") == "REF"
    assert d["value"][:7] in ("2017-06", "2017-05")


def test_a_day_word_that_names_another_weekday_is_no_dateline_s() -> None:
    # "أمس الاثنين" is no Thursday's yesterday: the writer's Tuesday is read against the reference, as before
    d = one(TITLE + "أقر المجلس الخميس 16 فيفري 2017 قانونا. ووقعت أمس الاثنين صدامات.", "أمس الاثنين")
    assert d["value"] == "2017-05-29"


@pytest.mark.parametrize("text, span, value", [
    # ANT 6513 (19 December 2016 was a Monday): the title's "اليوم" and "السبت الماضي" are counted from the 19th
    ("القابلات في اضراب عام اليوم\nتدخل قابلات تونس، اليوم الخميس 19 ديسمبر 2016 في اضراب عام قطاعي.\n"
     "وكان الإتحاد قد أعلن في بيان له السبت الماضي أن عدم الاستجابة للمطالب تهميش.", "السبت الماضي", "2016-12-17"),
    ("القابلات في اضراب عام اليوم\nتدخل قابلات تونس، اليوم الخميس 19 ديسمبر 2016 في اضراب عام قطاعي.",
     "اليوم", "2016-12-19"),
    # (ANT 7650's shape; 13 August 2016 was a Saturday, and no Friday in 2015 or 2017)
    (TITLE + "أكد مدير الميناء اليوم الجمعة 13 أوت 2016 فقدان سائق الشاحنة التي سقطت في الميناء ليلة أمس.",
     "ليلة أمس", "2016-08-12TNI"),
])
def test_a_stated_date_with_a_wrong_weekday_still_anchors(text: str, span: str, value: str) -> None:
    d = one(text, span)
    assert d["value"] == value
    assert d["anchor"] == "DOC"


@pytest.mark.parametrize("text, span, value", [
    # ANT 7094: 19 February 2016 was a Friday, 19 February 2017 a Sunday (Trump's call): the year was typed wrong
    (TITLE + "رفض رئيس الجمهورية اليوم الأحد 19 فيفري 2016 التصريح بفحوى المكالمة التي جمعته بالرئيس الأمريكي "
     "منذ يومين.", "منذ يومين", "2017-02-17"),
    # ANT 6710: January's old year ("الأربعاء 11 جانفي": 2017)
    (TITLE + "أكد رئيس الاتحاد صباح اليوم الأربعاء 11 جانفي 2016 أن ارتفاع الأسعار كان منتظرا منذ شهر سبتمبر "
     "الماضي.", "منذ شهر سبتمبر الماضي", "2016-09/2017-01-11"),
])
def test_a_wrong_year_is_read_from_the_weekday(text: str, span: str, value: str) -> None:
    assert one(text, span)["value"] == value


def test_a_wrong_weekday_without_a_year_anchors_nothing() -> None:
    # ANT 619: "اليوم الإثنين 6 أفريل" (a Monday in 2015): the weekday says the reference's year is not the writer's
    text = TITLE + "أكد المعهد في بيان أصدره اليوم الإثنين 6 أفريل أن الأسعار ارتفعت مقارنة بما سجل أمس."
    assert one(text, "أمس")["value"] == "2017-05-31"


def test_a_consistent_statement_wins_over_a_wrong_weekday() -> None:
    text = (TITLE + "أكد الوزير اليوم الاثنين 11 ماي 2016 أن الوضع مستقر.\n"
            "وقال المدير اليوم الخميس 16 فيفري 2017 إن الشاحنة سقطت ليلة أمس.")
    assert one(text, "ليلة أمس")["value"] == "2017-02-15TNI"


# -- 2. the rest of a unit with هذا, the weekend ----------------------------------------------------------------------
RT = dt.date(2016, 11, 7)  # Recognizers-Text's reference day, a Monday


@pytest.mark.parametrize("text, span, value", [
    ("سأرحل بقية هذا الأسبوع", "بقية هذا الأسبوع", "2016-11-07/2016-11-12"),  # Recognizers-Text
    ("تتواصل الأمطار بقية هذا الشهر", "بقية هذا الشهر", "2016-11-07/2016-11-30"),
    ("خلال ما تبقى من هذه السنة", "ما تبقى من هذه السنة", "2016-11-07/2016-12-31"),
    ("وباقي هذا العام الجاري", "باقي هذا العام الجاري", "2016-11-07/2016-12-31"),
])
def test_the_rest_of_this_unit(text: str, span: str, value: str) -> None:
    d = one(text, span, RT)
    assert d["value"] == value


@pytest.mark.parametrize("text, span, value", [
    ("عطلة نهاية الاسبوع", "عطلة نهاية الاسبوع", "2016-W45-WE"),  # Recognizers-Text
    ("توافد الزوار خلال عطلة نهاية الأسبوع الماضي", "عطلة نهاية الأسبوع الماضي", "2016-W44-WE"),
    ("في عطلة نهاية الأسبوع المقبل", "عطلة نهاية الأسبوع المقبل", "2016-W46-WE"),
    ("وعطلة نهاية هذا الأسبوع", "عطلة نهاية هذا الأسبوع", "2016-W45-WE"),
])
def test_the_weekend(text: str, span: str, value: str) -> None:
    d = one(text, span, RT)
    assert (d["value"], d["mod"]) == (value, None)


@pytest.mark.parametrize("text, span, value, mod", [
    ("سأرحل نهاية الأسبوع", "نهاية الأسبوع", "2016-W45", "END"),
    ("خلال عطلة نهاية السنة", "نهاية السنة", "2016", "END"),  # no weekend of a year
])
def test_the_end_of_a_unit_is_no_weekend(text: str, span: str, value: str, mod: str) -> None:
    d = one(text, span, RT)
    assert (d["value"], d["mod"]) == (value, mod)
