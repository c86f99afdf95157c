"""Session 31's date families (and the numbers they share words with).

1. Outlet names that hold a word of time or a number (``outlet_names.yaml``): after a head noun ("صحيفة", "لموقع",
   "وقناة"), in quotes of their own, after a source phrase ("نقلا عن", "بحسب") or in a dateline ("القاهرة - المصري
   اليوم:") they name no day and no number: "موقع الوطن اليوم", "صحيفة اليوم السابع" (no 7), "صحيفة 26 سبتمبر" (no
   date), "موقع عدن الغد" (no tomorrow), "القناة 12 العبرية" (no 12).  The same words stay dates elsewhere ("تشهد
   تونس اليوم إضرابا", "المنتخب المصري اليوم", "في اليوم السابع من الشهر").
2. Periods without a count: a millennium ("مطلع الألفية الثالثة" → 2 START); a past decade after خلال/طيلة/على مدى is
   the ten years up to the reference ("خلال العقد الماضي/الأخير" → P10Y); a school year with a relative word
   ("السنة التربوية الفارطة" → 2015/2016 in June 2017); a year head with a possessive pronoun ("رؤيتها 2030").
"""

from __future__ import annotations

import datetime as dt

import pytest

from arabnews import Pipeline
from date_cases import DateCases

REF = dt.date(2017, 6, 1)  # a Thursday
_CASES = DateCases(REF)
dates, one = _CASES.dates, _CASES.one
NUMBERS = Pipeline(["numbers", "dates"])


def numbers(sentence: str) -> list[tuple[str, object]]:
    """(text, value) of each number of ``sentence``, offsets checked."""
    out = NUMBERS(sentence, reference_date=REF).to_dict()["numbers"]
    for n in out:
        assert sentence[n["start"]:n["end"]] == n["text"]
    return [(n["text"], n["value"]) for n in out]


# -- 1. outlet names ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "وقال موقع الوطن اليوم إن القوات دخلت المدينة.",
    "القاهرة - المصري اليوم: قررت نيابة أمن الدولة العليا حبس المتهمين.",
    "وذكرت قناة روسيا اليوم أن الهجوم وقع فجرا.",
    'وفق ما نقله موقع "روسيا اليوم" عن الوكالة الأردنية.',
    "وقال موقع تونس اليوم إن الحكومة قررت تأجيل الزيادة.",
    "وقالت قناة اليمن اليوم إن الحوثيين قصفوا المدينة.",
    "وقال مصدر أمني لصحيفة المصري اليوم إن المتهم اعترف.",
    "وفق ما أورده «المصري اليوم» عن مصدر قضائي.",
    "بحسب المصري اليوم، فإن النيابة أمرت بحبس المتهم.",
    "وذكرت صحيفة الصحافة اليوم التونسية أن الوزير استقال.",
    "وذكر موقع عدن الغد أن مسلحين اغتالوا ضابطا في المنصورة.",
    "وقالت صحيفة الغد الأردنية إن الحكومة ستعلن القرار.",
    "وقالت صحيفة اليوم التالي السودانية إن الحكومة رفعت أسعار الوقود.",
    "ونقلت صحيفة 26 سبتمبر التابعة للجيش اليمني عن مصدر عسكري قوله إن الهجوم فشل.",
    "وذكرت صحيفة 14 أكتوبر الصادرة في عدن أن الاشتباكات توقفت.",
    "وأفادت جريدة المغرب اليوم بأن الشرطة فككت خلية.",
    "وقال رئيس تحرير صحيفة أخبار اليوم إن الرقابة تشددت.",
])
def test_an_outlet_name_names_no_day(sentence: str) -> None:
    assert dates(sentence) == []


@pytest.mark.parametrize("sentence", [
    "نقلت صحيفة اليوم السابع عن مصدر أمني قوله إن المتهمين اعترفوا.",
    "نقلا عن اليوم السابع، قال المصدر إن الجلسة تأجلت.",
    "وقال موقع اليوم 24 المغربي إن الشرطة اعتقلت المشتبه به.",
    "وقال موقع القاهرة 24 إن النيابة أمرت بحبس المتهم.",
    "وأفادت قناة 218 الليبية بأن الاشتباكات اندلعت في طرابلس.",
    "وقال موقع عربي 21 إن الاحتجاجات استمرت.",
    "وذكرت القناة 12 العبرية أن الجيش قصف مواقع في غزة.",
    "وقالت القناة ١٣ الإسرائيلية إن الحكومة ستجتمع.",
    "أعلنت قناة 24 في خبر عاجل لها منذ قليل عن سقوط طائرة.",
    "وقال موقع 24 إن الحكومة ستجتمع.",
])
def test_an_outlet_name_holds_no_number(sentence: str) -> None:
    assert numbers(sentence) == [] and dates(sentence) == []


def test_a_date_after_an_outlet_name_stays() -> None:
    sentence = "وقال لقناة روسيا اليوم الأحد إن بلاده لن تتراجع."
    assert [(d["text"], d["value"]) for d in dates(sentence)] == [("الأحد", "2017-05-28")]
    sentence = "وذكرت صحيفة الأيام الفلسطينية يوم 12 مايو 2017 أن الاحتلال هدم منزلين."
    assert one(sentence, "يوم 12 مايو 2017")["value"] == "2017-05-12"


@pytest.mark.parametrize("sentence, span, value", [
    # the same words without an outlet's context: today, a real day, a rank
    ("قال اليوم الوزير إن الاتفاق قريب.", "اليوم", "2017-06-01"),
    ("وتشهد تونس اليوم إضرابا عاما في قطاع التعليم.", "اليوم", "2017-06-01"),
    ("وواجه المنتخب المصري اليوم نظيره التونسي.", "اليوم", "2017-06-01"),
    ("وأعلنت روسيا اليوم أنها ستنسحب من الاتفاق.", "اليوم", "2017-06-01"),
    ('وقال الرئيس: "تونس اليوم تحتاج إلى الوحدة".', "اليوم", "2017-06-01"),
    ("في اليوم السابع من الشهر وقع الهجوم.", "السابع من الشهر", "2017-06-07"),
    ("وأفادت الصحيفة اليوم بأن الاشتباكات تجددت.", "اليوم", "2017-06-01"),
    ("ويعد القطاع 1800 مؤسسة اليوم بعد غلق 300 مؤسسة.", "اليوم", "2017-06-01"),
    ("ويغادر الوفد إلى القاهرة - الغد: موعد الاجتماع لم يحدد.", "الغد", "2017-06-02"),
    ("تونس - اليوم: انطلقت امتحانات البكالوريا.", "اليوم", "2017-06-01"),
    ('وصل الرئيس "الغد" إلى تونس.', "الغد", "2017-06-02"),
    ("وتختلف الأسعار حسب اليوم والساعة.", "اليوم", "2017-06-01"),
])
def test_the_same_words_elsewhere_are_dates(sentence: str, span: str, value: str) -> None:
    assert one(sentence, span)["value"] == value


def test_a_rank_or_count_elsewhere_stays_a_number() -> None:
    assert ("السابع", 7) in numbers("ودخل الإضراب يومه السابع والمعتقلون في اليوم السابع للإضراب.")
    assert ("11", 11) in numbers("وضمت القناة 11 لاعبا في تشكيلتها.")
    assert ("24", 24) in numbers("ونشر موقع 24 صورة للحادث.")  # a count after a head: no name "24"


# -- 2. periods without a count --------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, span, value, mod", [
    ("منذ مطلع الألفية الثالثة تغير المشهد السياسي.", "مطلع الألفية الثالثة", "2", "START"),
    ("وشهدت الألفية الثالثة طفرة تكنولوجية.", "الألفية الثالثة", "2", None),
    ("وفي أواخر الألفية الثانية انهار الاتحاد السوفيتي.", "أواخر الألفية الثانية", "1", "END"),
    ("مع بداية الألفية الجديدة تغيرت المنطقة.", "بداية الألفية الجديدة", "2", "START"),
    ("وعرفت البلاد خلال الألفية الماضية حروبا كثيرة.", "الألفية الماضية", "1", None),
])
def test_a_millennium(sentence: str, span: str, value: str, mod: str | None) -> None:
    d = one(sentence, span)
    assert (d["value"], d["mod"]) == (value, mod)


@pytest.mark.parametrize("sentence", [
    "وحققت البلاد أهداف الألفية الإنمائية للأمم المتحدة.",
    "وعثر على نقوش من الألفية الثانية قبل الميلاد.",
])
def test_no_millennium(sentence: str) -> None:
    assert not any("الألفية" in d["text"] for d in dates(sentence))


@pytest.mark.parametrize("sentence, span", [
    ("خلال العقد الماضي تضاعف عدد السكان.", "العقد الماضي"),
    ("وخلال العقد الأخير تراجعت الاستثمارات الأجنبية.", "العقد الأخير"),
    ("على مدى العقد المنصرم ارتفعت نسبة البطالة.", "العقد المنصرم"),
    ("على مدار العقد الأخير شهدت المنطقة حروبا متتالية.", "العقد الأخير"),
    ("طيلة العشرية الماضية عانت البلاد من الإرهاب.", "العشرية الماضية"),
])
def test_a_past_decade_after_during_is_ten_years(sentence: str, span: str) -> None:
    d = one(sentence, span)
    assert (d["type"], d["value"], d["range"]) == ("DURATION", "P10Y", {"start": "2007-06-01", "end": "2017-06-01"})


@pytest.mark.parametrize("sentence, span, value", [
    ("في العقد الماضي انهارت الأسعار.", "العقد الماضي", "200"),
    ("خلال العقد المقبل سيتضاعف الطلب على المياه.", "العقد المقبل", "202"),
    ("خلال العقد الأخير من القرن الماضي تضاعف عدد السكان.", "العقد الأخير من القرن الماضي", "199"),
])
def test_other_decades_stay(sentence: str, span: str, value: str) -> None:
    assert one(sentence, span)["value"] == value


def test_the_last_contract_is_no_decade() -> None:
    assert dates("ووقع اللاعب العقد الأخير مع النادي قبل رحيله.") == []


@pytest.mark.parametrize("sentence, span, value", [
    ("خلال السنة التربوية الفارطة نجح آلاف التلاميذ.", "السنة التربوية الفارطة", "2015/2016"),
    ("خلال السنة الدراسية الماضية نجح آلاف التلاميذ.", "السنة الدراسية الماضية", "2015/2016"),
    ("وسيعمم البرنامج خلال السنة الدراسية المقبلة.", "السنة الدراسية المقبلة", "2017/2018"),
    ("وسيعمم البرنامج في العام الدراسي القادم.", "العام الدراسي القادم", "2017/2018"),
    ("وانطلقت الامتحانات في العام الجامعي الحالي متأخرة.", "العام الجامعي الحالي", "2016/2017"),
    ("وارتفع عدد الطلبة هذه السنة الجامعية.", "هذه السنة الجامعية", "2016/2017"),
    ("وتستعد الوزارة للسنة الدراسية المقبلة.", "للسنة الدراسية المقبلة", "2017/2018"),
    ("خلال العام الدراسي 2023-2024 نجح الآلاف.", "العام الدراسي 2023-2024", "2023/2024"),
])
def test_a_school_year(sentence: str, span: str, value: str) -> None:
    assert one(sentence, span)["value"] == value


def test_a_school_year_in_the_autumn() -> None:
    d = one("وتراجع عدد المنقطعين خلال السنة الدراسية الماضية.", "السنة الدراسية الماضية", dt.date(2017, 10, 5))
    assert d["value"] == "2016/2017"


def test_no_school_year_for_other_units_or_the_fiscal_year() -> None:
    assert dates("وعجزت الموازنة خلال السنة المالية الماضية.") == []
    assert dates("وتنطلق الدروس في الأسبوع الدراسي المقبل.") == []
    # a school term, no quarter or half of the calendar's year (ANT)
    assert dates("وتعرضت المؤسسة للحرق في السداسي الأول من السنة الدراسية الحالية.") == []
    assert dates("خلال الثلاثية الأولى من السنة الدراسية الحالية تعرض المدرسون للعنف.") == []


@pytest.mark.parametrize("sentence, span", [
    ("وتسعى المملكة ضمن رؤيتها 2030 إلى تنويع الاقتصاد.", "2030"),
    ("وقال إن رؤيتنا 2030 تقوم على التنويع.", "2030"),
    ("وأطلقت الحكومة خطتها 2025 للتنمية المستدامة.", "2025"),
    ("وصادق البرلمان على موازنته 2018 بأغلبية مريحة.", "2018"),
    ("وتستعد البطولة لدورتها 2019 في القاهرة.", "2019"),
])
def test_a_possessed_year_head(sentence: str, span: str) -> None:
    assert one(sentence, span)["value"] == span


def test_a_possessed_head_before_a_count() -> None:
    assert dates("وتضم خطتها 2000 وحدة سكنية جديدة.") == []


# -- 3. Recognizers-Text TimePeriod: a clock range whose end is an hour alone ----------------------------------------
@pytest.mark.parametrize("sentence, span, value", [
    ("وتفتح مكاتب الاقتراع من الساعة 8 صباحا إلى 6.", "من الساعة 8 صباحا إلى 6", "T08:00/T18:00"),
    ("ويستمر الدوام من الساعة الثامنة صباحا إلى الثانية.", "من الساعة الثامنة صباحا إلى الثانية", "T08:00/T14:00"),
    ("ويسري حظر التجول من العاشرة ليلا حتى 6، حسب البيان.", "من العاشرة ليلا حتى 6", "T22:00/T06:00"),
    ("عقد الاجتماع الساعة من 1 بعد الظهر إلى 4", "من 1 بعد الظهر إلى 4", "T13:00/T16:00"),
    ("ويفتح المعبر أبوابه من الساعة ٩ صباحا حتى ٣.", "من الساعة ٩ صباحا حتى ٣", "T09:00/T15:00"),
])
def test_a_clock_range_to_an_hour_alone(sentence: str, span: str, value: str) -> None:
    assert one(sentence, span)["value"] == value


@pytest.mark.parametrize("sentence, span, value", [
    ("وارتفع عدد الزوار من الساعة 8 صباحا إلى 6 آلاف زائر.", "الساعة 8 صباحا", "T08:00"),  # a count after إلى
    ("وارتفعت الحرارة من 8 صباحا إلى 6.5 درجات.", "8 صباحا", "T08:00"),
    ("وتمتد الساعة 8 صباحا إلى 6.", "الساعة 8 صباحا", "T08:00"),  # no "من"
])
def test_no_clock_range_to_a_count(sentence: str, span: str, value: str) -> None:
    assert one(sentence, span)["value"] == value
