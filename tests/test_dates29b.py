"""Session 29's date families, second wave.

1. The year of a day or month written without one: a year written before it in its sentence gives it ("في 2025 يوم
   12 نوفمبر", "خلال الأشهر التسعة الأولى من 2016 (…) خلال أكتوبر"), unless the year is a limit ("حتى عام 2029")
   or a future cue stands between a past year and the day; the tense of a range of days is read before its first
   day ("وستجرى الانتخابات بين 10 و15 نوفمبر"); "سنوي" (yearly), "لا سيما", "سيطرت" are no future cues.
2. Ages between commas after a name ("كين هاريس، 102 عاما،") and after a verb of reaching and a person of a group
   ("تبلغ إحداهن 34 سنة").
3. A part of the day before a holiday ("صباح يوم عيد الأضحى") is a TIME; "نهاية اليوم" is today's END; "في وقت سابق
   من اليوم / الشهر الجاري" joins the span of the day or the month.
4. "غد الأربعاء" in a Sunday's article states the writer's day (the Tuesday before), as the document-day rule reads
   every day word with a weekday that is not the reference's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_cases import INDIC, NLP, DateCases

REF = dt.date(2024, 3, 10)  # a Sunday
_CASES = DateCases(REF)
dates, one = _CASES.dates, _CASES.one


# -- 1. the year of a day or month -----------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, span, value", [
    # a future verb before a range or list of days (out of the four words the tense reads before the last day)
    ("وستجرى الانتخابات بين 10 و15 نوفمبر", "بين 10 و15 نوفمبر", "2024-11-10/2024-11-15"),
    ("ستنطلق الدورة من 5 إلى 9 تشرين الثاني", "من 5 إلى 9 تشرين الثاني", "2024-11-05/2024-11-09"),
    ("ستنطلق الدورة من 5 إلى 9 تشرين الثاني".translate(INDIC), "من ٥ إلى ٩ تشرين الثاني", "2024-11-05/2024-11-09"),
    ("وسيعقد المؤتمر يومي 20 و21 أكتوبر", "يومي 20 و21 أكتوبر", "2024-10-20/2024-10-21"),
    ("وستجرى الانتخابات يوم 12 نوفمبر", "يوم 12 نوفمبر", "2024-11-12"),
    # a number word (masked) between the verb and the day is a word of the clause: "دورتها الخامسة"
    ("وستنظم الجمعية دورتها الخامسة يوم 12 نوفمبر", "يوم 12 نوفمبر", "2024-11-12"),
    ("تأسست الجمعية سنة 2015 وستنظم دورتها الخامسة يوم 12 نوفمبر", "يوم 12 نوفمبر", "2024-11-12"),
    ("وستجرى الانتخابات في نوفمبر", "نوفمبر", "2024-11"),
    # a past verb: the last such days
    ("جرت الانتخابات بين 10 و15 نوفمبر", "بين 10 و15 نوفمبر", "2023-11-10/2023-11-15"),
    # no future cue: "سنوي" (yearly), "لا سيما", "سيطرت" (a past verb)
    ("ارتفعت الأسعار بنحو 20% على أساس سنوي في فبراير، مقارنة بالشهر نفسه من العام الماضي", "فبراير", "2024-02"),
    ("وتراجع الإنتاج على أساس سنوي في شباط", "شباط", "2024-02"),
    ("تراجعت المبيعات لا سيما في يناير", "يناير", "2024-01"),
    ("وسيطرت القوات على المدينة في نونبر", "نونبر", "2023-11"),
    # a year written before in the sentence
    ("في الربع الأخير من 2025، بين 10 و15 نوفمبر", "بين 10 و15 نوفمبر", "2025-11-10/2025-11-15"),
    ("في 2025 يوم 12 نوفمبر", "يوم 12 نوفمبر", "2025-11-12"),
    ("في ٢٠٢٢ يوم ١٢ كانون الأول", "يوم ١٢ كانون الأول", "2022-12-12"),
    ("بلغ العجز 5% خلال الأشهر التسعة الأولى من 2022 وتعمق خلال تشرين الأول", "تشرين الأول", "2022-10"),
    ("بلغت نسبة النمو خلال الثلاثي الثالث من سنة 2014 (جويلية وأوت وسبتمبر) 2.3 بالمائة", "سبتمبر", "2014-09"),
    ("انعقد المجلس الوطني أيام 8 و9 و10 جانفي 1978 قبل الإضراب العام يوم 26 جانفي", "يوم 26 جانفي", "1978-01-26"),
    ("وفي العام 2016، قام، في شهر أبريل من ذلك العام، بتأسيس حركة", "شهر أبريل من ذلك العام", "2016-04"),
])
def test_the_year_of_a_day_or_month(sentence: str, span: str, value: str) -> None:
    assert one(sentence, span)["value"] == value


@pytest.mark.parametrize("sentence, span, value", [
    # a limit is no year of what follows
    ("بمقدور أردوغان البقاء رئيسا حتى عام 2029، حيث ينص الدستور على تنظيم الانتخابات في 3 نوفمبر", "3 نوفمبر",
     "2023-11-03"),
    # the reference's year named after the month
    ("ارتفع العجز مقابل 2466 م د في نفس الفترة من سنة 2023، حسب نشرية شهر فبراير من هذه السنة", "شهر فبراير",
     "2024-02"),
    # a future cue between a past year and the day
    ("تأسست الجمعية سنة 2015 وستنظم دورتها يوم 12 نوفمبر", "يوم 12 نوفمبر", "2024-11-12"),
    # a relative month keeps its word's year; a year in the sentence before does not count
    ("سجلت الصادرات في 2022 ارتفاعا وفي كانون الثاني الماضي تراجعت", "كانون الثاني الماضي", "2024-01"),
    ("وبلغ العجز 3 مليارات في 2022. وارتفع في فبراير", "فبراير", "2024-02"),
    # another time between: a vague past, a quotation
    ("وصل إلى سوريا عام 2012 وشارك في المعارك في الأشهر الأخيرة، باستثناء بلدتين محاصرتين منذ شهر مارس", "منذ شهر مارس",
     "2024-03/2024-03-10"),
    ("وقال إن \"الاتفاق الموقع سنة 2015 انتهى\" ثم زار المدينة في فبراير", "فبراير", "2024-02"),
    ("تقترح الوزارة اسناد المنحة بداية من يوليو 2015 في حين تقترح النقابة بداية من جويلية .2016", "جويلية", "2024-07"),
])
def test_a_year_before_that_gives_no_year(sentence: str, span: str, value: str) -> None:
    assert one(sentence, span)["value"] == value


def test_a_year_from_the_sentence_anchors_on_the_previous_date() -> None:
    d = one("في 2025 يوم 12 نوفمبر", "يوم 12 نوفمبر")
    assert d["anchor"] == "PREV_DATE"
    assert one("وستجرى الانتخابات بين 10 و15 نوفمبر", "بين 10 و15 نوفمبر")["range"] == {
        "start": "2024-11-10", "end": "2024-11-15"}
    r = one("في الربع الأخير من 2025، بين 10 و15 نوفمبر", "بين 10 و15 نوفمبر")
    assert r["range"] == {"start": "2025-11-10", "end": "2025-11-15"} and r["end_value"] == "2025-11-15"


# -- 2. ages ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, count, value", [
    ("احتفل كين هاريس، 102 عاما، مع زوجته مارغريت، 99 عاما، بمرور 80 عاما على زواجهما", "102", 102),
    ("احتفل كين هاريس، 102 عاما، مع زوجته مارغريت، 99 عاما، بمرور 80 عاما على زواجهما", "99", 99),
    ("و كان الحارس الألماني , 25 عاما , قد إلتحق بصفوف برشلونة", "25", 25),
    ("كما تخطت سيرينا، ٣٥ عاما، رقم الأسطورة الألمانية", "٣٥", 35),
    ("وتبلغ إحداهن 34 سنة فقط", "34", 34),
    ("يبلغ أكبرهم 60 عاما وأصغرهم 12 عاما", "60", 60),
    ("ويبلغ أصغرهما ١٢ عاما", "١٢", 12),
])
def test_an_age_is_no_duration(sentence: str, count: str, value: float) -> None:
    start = sentence.index(count)
    end = start + len(count)
    doc = NLP(sentence, reference_date=REF)
    assert not [d.text for d in doc.dates if d.start < end and start < d.end], [(d.text, d.value) for d in doc.dates]
    assert any(n.start < end and start < n.end and n.value == value for n in doc.numbers)


@pytest.mark.parametrize("sentence, span, value", [
    ("احتفل كين هاريس، 102 عاما، مع زوجته بمرور 80 عاما على زواجهما", "80 عاما", "P80Y"),
    ("بعد عامين، 3 سنوات، لا أكثر", "3 سنوات", "P3Y"),  # a unit before the comma: no name
    ("تبلغ مدتها 5 سنوات", "5 سنوات", "P5Y"),
    ("استمر الحصار 3 سنوات، وانتهى", "3 سنوات", "P3Y"),
])
def test_a_period_stays_a_duration(sentence: str, span: str, value: str) -> None:
    d = one(sentence, span)
    assert (d["type"], d["value"]) == ("DURATION", value)


# -- 3. parts and edges of days --------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, span, value, part", [
    ("وصلى المسلمون صباح يوم عيد الأضحى في المساجد", "صباح يوم عيد الأضحى", "2024-06-16TMO", "MO"),
    ("وتجمع الأطفال صبيحة عيد الأضحى المبارك", "صبيحة عيد الأضحى المبارك", "2024-06-16TMO", "MO"),
    ("وخرج الناس مساء يوم عيد الميلاد", "مساء يوم عيد الميلاد", "2023-12-25TEV", "EV"),
    # a past verb: the last Eid al-Fitr before the reference (session 45, second wave; it was 2024-04-10)
    ("وقع الانفجار بعد ظهر يوم عيد الفطر", "بعد ظهر يوم عيد الفطر", "2023-04-21TAF", "AF"),
])
def test_a_part_of_a_holiday_is_a_time(sentence: str, span: str, value: str, part: str) -> None:
    d = one(sentence, span)
    assert (d["type"], d["value"], d["part_of_day"]) == ("TIME", value, part)


@pytest.mark.parametrize("sentence, span, value, mod", [
    ("سيتم الإعلان عن النتائج قبل نهاية اليوم", "نهاية اليوم", "2024-03-10", "END"),
    ("وتتواصل الأمطار مع بداية اليوم", "بداية اليوم", "2024-03-10", "START"),
    ("وقال الوزير في وقت سابق من اليوم إن", "وقت سابق من اليوم", "2024-03-10", None),
    ("ومن المنتظر أن يصل الوفد في وقت لاحق من اليوم", "وقت لاحق من اليوم", "2024-03-10", None),
    ("أعلنت الوزارة في وقت سابق من الشهر الجاري", "وقت سابق من الشهر الجاري", "2024-03", None),
    ("وكان قد صرح في وقت سابق من هذا الأسبوع", "وقت سابق من هذا الأسبوع", "2024-W10", None),
    ("قبل نهاية الشهر الجاري", "نهاية الشهر الجاري", "2024-03", "END"),
])
def test_edges_and_earlier_parts_of_today(sentence: str, span: str, value: str, mod: str | None) -> None:
    d = one(sentence, span)
    assert (d["type"], d["value"], d["mod"]) == ("DATE", value, mod)
    assert len(dates(sentence)) == 1


def test_the_last_weekday_is_no_edge_of_a_day() -> None:
    d = one("آخر يوم الجمعة", "يوم الجمعة")
    assert d["mod"] is None


# -- 4. tomorrow with a weekday that is not the reference's ---------------------------------------------------------
def test_tomorrow_with_another_weekday_states_the_writers_day() -> None:
    sentence = "القاهرة - قالت الهيئة إن موجة حارة ستضرب البلاد اعتبارا من غد الأربعاء وحتى السبت المقبل"
    d = one(sentence, "غد الأربعاء")
    assert (d["value"], d["anchor"], d["anchor_date"]) == ("2024-03-06", "DOC", "2024-03-05")
    assert one(sentence, "السبت المقبل")["value"] == "2024-03-09"
    assert one("ستبدأ المفاوضات غدا الاثنين", "غدا الاثنين")["value"] == "2024-03-11"  # the reference's tomorrow
