"""Session 29's date families.

1. Ages are no durations: a count of years (months, days) that says how old someone is ("البالغ من العمر 30 عاما",
   "تتراوح أعمارهم بين 45 و53 سنة", "عن عمر يناهز 80 عاما", "شاب (25 سنة)", "طفل الـ9 سنوات", "يبلغ 29 عاما من
   العمر") gives no date; the numbers stage keeps the count.  A decade after a person and في ("شاب في العشرينات")
   is the decade of a life.  A period of the same words stays a DURATION ("مدة تبلغ 3 سنوات", "الحكم البالغ 5
   سنوات", "حكم عمر البشير السودان 27 عاما").
3. The n-th day of a holiday or a month ("أول أيام عيد الفطر", eight times in ANT; "ثالث أيام عيد الأضحى", "أول أيام
   شهر رمضان", read before as the holiday or the whole month) is that day; "آخر أيام" a month's end (mod END).
2. "تمام" (exactly) between a day and its clock time (Recognizers-Text's "غدا في تمام الساعة 9"; ANT "اليوم الأحد
   في تمام الساعة الثامنة صباحا"): one TIME, as "غدا على الساعة 9" was.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_cases import INDIC, NLP, DateCases

REF = dt.date(2016, 11, 7)  # Recognizers-Text's reference day, a Monday
_CASES = DateCases(REF)
dates, one = _CASES.dates, _CASES.one


def _count_is_no_date(sentence: str, count: str, value: float) -> None:
    """No date covers ``count`` (the first occurrence) in ``sentence``, and the numbers stage keeps its value (a number
    over the count: the numbers stage may take the unit or the article into its span)."""
    start = sentence.index(count)
    end = start + len(count)
    doc = NLP(sentence, reference_date=REF)
    assert not [d.text for d in doc.dates if d.start < end and start < d.end], [(d.text, d.value) for d in doc.dates]
    numbers = [(n.text, n.value) for n in doc.numbers]
    assert any(n.start < end and start < n.end and n.value == value for n in doc.numbers), numbers


# -- 1. ages ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, count, value", [
    # ANT (dev): the verb of age and "من العمر", with and without the article's hamza, glued or not
    ("نجحت طفلة تبلغ من العمر 7 سنوات في اختطاف أضواء الشهرة", "7", 7),
    ("وكان ويلز البالغ من العمر 19 عاما قد نجا في وقت سابق", "19", 19),
    ("وقبضت الشرطة على جيمس آدمز البالغ من العمر44 عاما بتهمة التسلل", "44", 44),
    ("وذكرت مواطنة شيكاغو البالغة من العمر 53 عاما كيف كان يجري التصوير", "53", 53),
    ("وتبلغ أكبر بناته من العمر 80 سنة وهو من مواليد القرن", "80", 80),
    ("وكان الرجل البالغ 20 عاماً يصطاد وحيدا", "20", 20),
    ("أعلنت الشرطة اعتقال شاب سوري يبلغ 17 عاما يشتبه في تخطيطه لهجوم", "17", 17),
    ("وأوضحت الشرطة أن المتهم يبلغ 29 عاما من العمر", "29", 29),
    ("ويبلغ الارهابي 28 سنة من العمر وهو أصيل المنطقة", "28", 28),
    # عمره/عمرها/أعمارهم and their links
    ("ألقت الوحدات الأمنية القبض على نفر عمره 30 سنة من أجل نشل امرأة", "30", 30),
    ("وقتلت في الحادث فتاة عمرها 10 أعوام", "10", 10),
    ("وتوفي الرضيع وعمره 7 أشهر عندما كان وزنه 4 كيلوغرامات", "7", 7),
    ("سفينة إغاثة تنقذ رضيعا عمره 4 أيام في البحر", "4", 4),
    ("وكان والد المتهم ويتجاوز عمره 70 عاما يخرج بندقية صيد", "70", 70),
    ("كشف مراهق لم يتجاوز عمره الـ 22 عاما عن الخطة", "22", 22),
    ("وعاش في أميركا حتى عمر خمس سنوات", "خمس", 5),
    ("توفي هذا الأسبوع عن عمر 72 عاما", "72", 72),
    ("فارقت الحياة اليوم عن عمر ناهز 117 عاماً", "117", 117),
    ("وتوفي عن عمر يناهز ٨٠ عاما", "٨٠", 80),
    ("للسينمائيين الهواة الذين تقل أعمارهم عن 26 سنة", "26", 26),
    ("وتزيد أعمارهن عن 65 عاماً", "65", 65),
    ("هربت من الدولة بعمر 14 عاما", "14", 14),
    ("وكانت الفتاة التي لم يتجاوز سنها 12 عاما عاجزة عن النطق", "12", 12),
    ("تبدأ أدمغة النساء بالتراجع عند بلوغ سن 50 عاما", "50", 50),
    ("وتوفي طفل من ولاية القصرين عن سن 12 سنة بسبب مرضه", "12", 12),
    # the count alone in brackets after a name
    ("وقالت الشرطة إن خالد البكراوي (27 عاما) ملاحق في قضايا إرهابية", "27", 27),
    ("واعتقدت كارلي ماكي ( 28 عاما) أن المخالفات ظالمة", "28", 28),
    ("باستشهاد المواطن حسام الصوفي(24عاماً) من مدينة رفح", "24", 24),
    ("ان عائلة المرأة المتوفاة ( 30 سنة) من ذوي الاحتياجات", "30", 30),
    # a person and the count with the article
    ("طفل الـ9 سنوات يروي ما شاهده", "الـ9", 9),
    ("امرأة تجاوز عمرها الـ60 سنة", "60", 60),  # was a DURATION in tests/test_dates_families.py
    ("الصين : عجوز الـ 104 أعوام تمارس هواية التصوير", "104", 104),
])
def test_an_age_is_no_duration(sentence: str, count: str, value: float) -> None:
    _count_is_no_date(sentence, count, value)


@pytest.mark.parametrize("sentence, span", [
    ("وتتراوح أعمارهم بين 45 و53 سنة", "بين 45 و53 سنة"),
    ("كما اتهمت 3 آخرين تتراوح أعمارهم بين 27 سنة و64 سنة بالتواطؤ", "بين 27 سنة و64 سنة"),
    ("مجموعة تكفيرية متكونة من 06 عناصر تترواح اعمارهم بين 19 و51 سنة تنشط بالجهة", "بين 19 و51 سنة"),
    ("الأطفال الذين تتراوح أعمارهم بين خمسة وسبعة أعوام", "بين خمسة وسبعة أعوام"),
    ("كاستينغ للأطفال (بين 4 و12 سنة) في المسرح", "بين 4 و12 سنة"),
    # a list: the first count bare or with its unit, in brackets ("شخصين" is a masked dual) or after age words
    ("من إيقاف عنصرين يبلغان من العمر 22 و27 سنة بتهمة الانتماء", "22 و27 سنة"),
    ("العناصر الثلاثة تبلغ أعمارهم 17سنة و18 سنة و 35 سنة.", "17سنة و18 سنة و 35 سنة"),
    ("من إيقاف شخصين (29 سنة و32 سنة) قاما بتحويل وجهة فتاة", "29 سنة و32 سنة"),
    ("مرفوقة بأبنائها الثلاثة (17 سنة و14 سنة و5 سنوات، جميعهم", "17 سنة و14 سنة و5 سنوات"),
    ("الأطفال اللاجئين بين عمر 8 و15 عاماً", "8 و15 عاماً"),
    ("وتتراوح أعمارهم بين 30 إلى 55 عامًا", "30 إلى 55 عامًا"),
    # an age group; a person and a link ("سنه" folds as "سنة": only with a link)
    ("أكثر الفئات العمرية عرضة هي الفئة العمرية ما بين 26 و45 سنة", "بين 26 و45 سنة"),
    ("الشريحة العمرية التى تتراوح بين 8 و10 سنوات", "بين 8 و10 سنوات"),
    ("وتحويل وجهة طفل سنه دون 18 سنة باستعمال العنف", "18 سنة"),
    ("اغتصاب طفل لم يتجاوز سنه 8 سنوات", "8 سنوات"),
    ("من الإيقاع بشاب لم يتجاوز 20 سنة كان بصدد السرقة", "20 سنة"),
    ("وليوناردو سانتوس ذو 25 سنة اصطدما بصخرة", "25 سنة"),
    *((f"يبلغ من العمر {text} حسب عائلته", text) for text in ("عامين وشهر", "سنة و7 أشهر", "عام واحد وشهر و21 يوما")),
])
def test_a_range_of_ages_is_no_duration(sentence: str, span: str) -> None:
    start = sentence.index(span)
    assert not [d for d in dates(sentence) if d["start"] < start + len(span) and start < d["end"]]


@pytest.mark.parametrize("sentence, span, value", [
    # a period: a sentence, a term, a loan, a delay; "عمر" as a name
    ("حكم عليه بالسجن مدة تبلغ 3 سنوات", "3 سنوات", "P3Y"),
    ("وأيدت المحكمة الحكم البالغ 5 سنوات", "5 سنوات", "P5Y"),
    ("حكم عمر البشير السودان 27 عاما", "27 عاما", "P27Y"),
    ("سجن 3 سنوات (3 سنوات) مع النفاذ", "3 سنوات", "P3Y"),
    ("وعمل في الجيش 20 عاما", "20 عاما", "P20Y"),
    ("قرض يسدد على 7 سنوات بنسبة فائدة", "7 سنوات", "P7Y"),
    ("خلال الـ10 سنوات الماضية", "الـ10 سنوات الماضية", "P10Y"),
    ("ولم يزر الطفل أهله منذ 3 أشهر", "منذ 3 أشهر", "2016-08"),
    # a person right before a count is no age: a sentence
    ("أصدرت المحكمة حكما بسجن طفل فلسطيني 12 عاما", "12 عاما", "P12Y"),
    ("إرسالية قد تكلّف فتاة 30 سنة سجنا", "30 سنة", "P30Y"),
    ("وقضت بسجن شاب تونسي لمدة 18 عاما", "18 عاما", "P18Y"),
    # an hour of someone's age stays (no calendar unit)
    ("رضيع عمره 48 ساعة", "48 ساعة", "PT48H"),
])
def test_a_period_stays_a_duration(sentence: str, span: str, value: str) -> None:
    assert one(sentence, span)["value"] == value


@pytest.mark.parametrize("sentence", ["أصيب شاب في العشرينات بطعنة سكين", "وتوفيت امرأة في الأربعينات إثر الحادث",
                                      "واعتقل رجلا في الثلاثينات"])
def test_the_decade_of_a_life_is_no_decade(sentence: str) -> None:
    assert dates(sentence) == []


@pytest.mark.parametrize("sentence, span, value", [
    ("ازدهرت الموسيقى منذ العشرينات", "العشرينات", "192"),
    ("كتب في العشرينات من القرن الماضي", "العشرينات من القرن الماضي", "192"),
])
def test_a_decade_of_the_century_stays(sentence: str, span: str, value: str) -> None:
    assert one(sentence, span)["value"] == value


# -- 2. تمام between a day and its clock time -------------------------------------------------------------------------
@pytest.mark.parametrize("day, day_value", [("غدا", "2016-11-08"), ("اليوم", "2016-11-07"), ("يوم الأحد 13 نوفمبر",
                                                                                              "2016-11-13"),
                                            ("يوم ١٣ نوفمبر", "2016-11-13")])
@pytest.mark.parametrize("link", ["في تمام", "على تمام", "عند تمام", "تمام"])
@pytest.mark.parametrize("clock, at", [("الساعة 9", "T09:00"), ("الساعة الثامنة صباحا", "T08:00"),
                                       ("الساعة 23:30".translate(INDIC), "T23:30")])
def test_exactly_at_a_clock_time_on_a_day(day: str, day_value: str, link: str, clock: str, at: str) -> None:
    span = f"{day} {link} {clock}"
    d = one(f"تنطلق المسيرة {span} من أمام المسرح", span)
    assert d["type"] == "TIME" and d["value"] == day_value + at


@pytest.mark.parametrize("sentence, span, value", [
    ("وتنطلق المسيرة في تمام الساعة الثامنة", "الساعة الثامنة", "T08:00"),
    ("حدث الخسوف عند تمام الساعة 6:08 صباحا", "الساعة 6:08 صباحا", "T06:08"),
])
def test_exactly_at_a_clock_time_alone(sentence: str, span: str, value: str) -> None:
    assert one(sentence, span)["value"] == value


# -- 3. the n-th day of a holiday or a month ------------------------------------------------------------------------
NTH = {"أول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4}


@pytest.mark.parametrize("nth", NTH)
@pytest.mark.parametrize("holiday, first", [("عيد الفطر", dt.date(2017, 6, 25)),
                                            ("عيد الأضحى المبارك", dt.date(2017, 9, 1))])
@pytest.mark.parametrize("clitic", ["", "ب", "و"])
def test_the_nth_day_of_a_holiday(nth: str, holiday: str, first: dt.date, clitic: str) -> None:
    # ANT: "يحتفل المسلمون غدا بأول أيام عيد الفطر"
    span = f"{nth} أيام {holiday}"
    d = one(f"تغلق الإدارات {clitic}{span} حسب البلاغ", span, ref=dt.date(2017, 6, 1))
    assert d["type"] == "DATE" and d["value"] == (first + dt.timedelta(days=NTH[nth] - 1)).isoformat()
    assert d["hijri"][8:] == f"{(1 if 'الفطر' in holiday else 10) + NTH[nth] - 1:02d}"


@pytest.mark.parametrize("span, value, hijri", [
    ("أول أيام شهر رمضان", "2017-05-27", "1438-09-01"),  # ANT, seven times
    ("أول أيام رمضان 2016", "2016-06-06", "1437-09-01"),
    ("ثالث أيام شهر رمضان", "2017-05-29", "1438-09-03"),
    ("أول أيام جوان 2016", "2016-06-01", None),
    ("رابع أيام شهر ماي 2015", "2015-05-04", None),
])
def test_the_nth_day_of_a_month(span: str, value: str, hijri: str | None) -> None:
    d = one(f"انطلقت الحملة في {span} بالعاصمة", span, ref=dt.date(2017, 6, 1))
    assert d["value"] == value and d.get("hijri") == hijri


@pytest.mark.parametrize("span, value", [("آخر أيام شهر رمضان", "2017-05-27/2017-06-24"),
                                         ("آخر أيام فيفري 2016", "2016-02")])
def test_the_last_days_of_a_month_are_its_end(span: str, value: str) -> None:
    d = one(f"انتهت الحملة في {span} بالعاصمة", span, ref=dt.date(2017, 6, 1))
    assert (d["value"], d["mod"]) == (value, "END")


@pytest.mark.parametrize("sentence, span, value", [
    ("في ثاني أيام العيد", None, None),  # a bare "العيد" is no date
    ("ثلاثة أيام عيد الفطر", "عيد الفطر", "2017-06-25"),  # a count, no ordinal
    ("الثاني أيام جوان 2016", "جوان 2016", "2016-06"),  # with the article: no ordinal of days
    ("آخر أيام عيد الفطر", "عيد الفطر", "2017-06-25"),  # an Eid's last day is not known
])
def test_no_nth_day(sentence: str, span: str | None, value: str | None) -> None:
    if span is None:
        assert dates(sentence, ref=dt.date(2017, 6, 1)) == []
    else:
        assert one(sentence, span, ref=dt.date(2017, 6, 1))["value"] == value


@pytest.mark.parametrize("clitic", ["", "و", "ل", "ول"])
@pytest.mark.parametrize("holiday, value", [("عيد الفطر", "2017-06-25"), ("عيد الأضحى المبارك", "2017-09-01"),
                                            ("رأس السنة", "2017-01-01"), ("عيد الفطر 2016", "2016-07-06")])
def test_the_day_of_a_holiday_opens_its_span(clitic: str, holiday: str, value: str) -> None:
    # ANT: "بما في ذلك يوم عيد الفطر المبارك"; Recognizers-Text: "سأعود في يوم عيد الميلاد"
    span = f"يوم {holiday}"
    d = one(f"تغلق المحلات {clitic}{span} حسب البلاغ", span, ref=dt.date(2017, 6, 1))
    assert d["value"] == value and "holiday" in d


@pytest.mark.parametrize("sentence, span", [("احتفل يوم عيد ميلاده", None), ("اليوم عيد الفطر", "عيد الفطر"),
                                            ("في يوم الأرض الفلسطيني", "يوم الأرض الفلسطيني")])
def test_no_day_word_taken(sentence: str, span: str | None) -> None:
    found = dates(sentence, ref=dt.date(2017, 6, 1))
    assert [d["text"] for d in found if "holiday" in d] == ([span] if span else [])
