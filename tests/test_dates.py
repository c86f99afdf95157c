"""The dates stage: table-driven tests over real Arabic news phrasing, values and exact offsets."""

from __future__ import annotations

import datetime as dt

import pytest

from arabnews import NumberSpan, Pipeline
from arabnews.extract.dates import extract_dates

REF = dt.date(2020, 5, 12)  # a Tuesday
NLP = Pipeline(["numbers", "dates"])  # the dates stage requires the numbers stage


def dates_of(text: str, ref: dt.date | None = REF):
    doc = NLP(text, reference_date=ref)
    for d in doc.dates:
        assert doc.text[d.start:d.end] == d.text
    return doc


def only(doc, span_text: str):
    hits = [d for d in doc.dates if d.text == span_text]
    assert hits, f"{span_text!r} not in {[(d.text, d.value) for d in doc.dates]}"
    return hits[0]


# (sentence, span text, type, value, mod)
TABLE = [
    # Levantine / Iraqi months
    ("قتل 5 أشخاص في 15 كانون الأول 2019 في حلب", "15 كانون الأول 2019", "DATE", "2019-12-15", None),
    ("وقع الهجوم في 3 كانون الثاني 2020", "3 كانون الثاني 2020", "DATE", "2020-01-03", None),
    ("في 28 شباط 2018", "28 شباط 2018", "DATE", "2018-02-28", None),
    ("اندلعت الاحتجاجات في 15 آذار 2011", "15 آذار 2011", "DATE", "2011-03-15", None),
    ("في 7 نيسان 2017 قصفت الطائرات", "7 نيسان 2017", "DATE", "2017-04-07", None),
    ("في أيار عام 2016، ما أسفر", "أيار عام 2016", "DATE", "2016-05", None),
    ("في ايار 2016", "ايار 2016", "DATE", "2016-05", None),
    ("في حزيران 2014 سيطر التنظيم", "حزيران 2014", "DATE", "2014-06", None),
    ("منذ تموز 2012", "منذ تموز 2012", "DATE", "2012-07/2020-05-12", None),  # issue 15: since-interval
    ("في 21 آب 2013 قصفت الغوطة", "21 آب 2013", "DATE", "2013-08-21", None),
    ("في أيلول 2015 تدخلت روسيا", "أيلول 2015", "DATE", "2015-09", None),
    ("في 6 تشرين الأول 2019", "6 تشرين الأول 2019", "DATE", "2019-10-06", None),
    ("في تشرين الثاني 2016", "تشرين الثاني 2016", "DATE", "2016-11", None),
    ("في كانون الأول 2016 خرجت الفصائل", "كانون الأول 2016", "DATE", "2016-12", None),
    ("في 22 كانون الاول 2016", "22 كانون الاول 2016", "DATE", "2016-12-22", None),
    # Egyptian months
    ("ثورة 25 يناير 2011", "25 يناير 2011", "DATE", "2011-01-25", None),
    ("في 30 يونيو 2013", "30 يونيو 2013", "DATE", "2013-06-30", None),
    ("في 14 أغسطس 2013 فضت القوات الاعتصام", "14 أغسطس 2013", "DATE", "2013-08-14", None),
    ("في مارس 2020 أغلقت الحدود", "مارس 2020", "DATE", "2020-03", None),
    ("في ديسمبر 2010", "ديسمبر 2010", "DATE", "2010-12", None),
    ("في 6 أكتوبر 1973", "6 أكتوبر 1973", "DATE", "1973-10-06", None),
    ("في فبراير/شباط 2019", "فبراير/شباط 2019", "DATE", "2019-02", None),
    ("في 5 تموز/يوليو 2016", "5 تموز/يوليو 2016", "DATE", "2016-07-05", None),
    ("في تموز (يوليو) 2016", "تموز (يوليو) 2016", "DATE", "2016-07", None),
    # Maghrebi months
    ("في 14 جانفي 2011 غادر بن علي", "14 جانفي 2011", "DATE", "2011-01-14", None),
    ("في فيفري 2019 انطلق الحراك", "فيفري 2019", "DATE", "2019-02", None),
    ("في 9 أفريل 2003", "9 أفريل 2003", "DATE", "2003-04-09", None),
    ("في ماي 2021", "ماي 2021", "DATE", "2021-05", None),
    ("في 20 جوان 2018", "20 جوان 2018", "DATE", "2018-06-20", None),
    ("في 5 جويلية 1962 استقلت الجزائر", "5 جويلية 1962", "DATE", "1962-07-05", None),
    ("في أوت 2020", "أوت 2020", "DATE", "2020-08", None),
    ("في 16 ماي 2003 بالدار البيضاء", "16 ماي 2003", "DATE", "2003-05-16", None),
    ("في 11 دجنبر 2019", "11 دجنبر 2019", "DATE", "2019-12-11", None),
    ("في غشت 2019", "غشت 2019", "DATE", "2019-08", None),
    # Hijri
    ("في 10 محرم 1445 هـ", "10 محرم 1445 هـ", "DATE", "2023-07-28", None),  # issue 15: value Gregorian
    ("يوم 1 شوال 1441 هـ", "يوم 1 شوال 1441 هـ", "DATE", "2020-05-24", None),
    ("في 9 ذي الحجة 1444 للهجرة", "9 ذي الحجة 1444 للهجرة", "DATE", "2023-06-27", None),
    ("في رمضان 1444 هـ", "رمضان 1444 هـ", "DATE", "2023-03-23/2023-04-20", None),
    ("في 15 جمادى الآخرة 1443هـ", "15 جمادى الآخرة 1443هـ", "DATE", "2022-01-18", None),
    ("في 12 ربيع الأول 1440 هـ", "12 ربيع الأول 1440 هـ", "DATE", "2018-11-20", None),
    ("عام 1444 هـ", "عام 1444 هـ", "DATE", "2022-07-30/2023-07-18", None),
    # years, mods, decades, ranges
    ("في مدينة حلب شمال سوريا عام 2016، بما يمثل", "عام 2016", "DATE", "2016", None),
    ("تأسست الميليشيا مطلع عام 2014، وتضم", "مطلع عام 2014", "DATE", "2014", "START"),
    ("منتصف عام 2015", "منتصف عام 2015", "DATE", "2015", "MID"),
    # a modifier before a bare year is in the span and gives the mod (ANT: "سيتقاعدان نهاية 2017")
    ("طبيبان فقط، سيتقاعدان نهاية 2017، ولم يتم", "نهاية 2017", "DATE", "2017", "END"),
    ("وبنهاية 2020 تنتهي الأشغال", "نهاية 2020", "DATE", "2020", "END"),
    ("انطلق المشروع مطلع ٢٠١٤ في المدينة", "مطلع ٢٠١٤", "DATE", "2014", "START"),
    ("مع بداية 2018 ارتفعت الأسعار", "بداية 2018", "DATE", "2018", "START"),
    ("في أواخر 2016 تدهور الوضع", "أواخر 2016", "DATE", "2016", "END"),
    ("في منتصف 2019 أعلنت الشركة", "منتصف 2019", "DATE", "2019", "MID"),
    ("أواخر عام 2014", "أواخر عام 2014", "DATE", "2014", "END"),
    ("بداية عام 2020", "بداية عام 2020", "DATE", "2020", "START"),
    ("نهاية العام 2019", "نهاية العام 2019", "DATE", "2019", "END"),
    ("في أواخر أيار 2016", "أواخر أيار 2016", "DATE", "2016-05", "END"),
    ("منذ عام 2012، ما تسبب", "منذ عام 2012", "DATE", "2012/2020-05-12", None),  # issue 15: one span
    ("في عام 2017، بعد أن", "عام 2017", "DATE", "2017", None),
    ("وفي عام 2018", "عام 2018", "DATE", "2018", None),
    ("بعام 2013", "عام 2013", "DATE", "2013", None),
    ("لعام 2021", "عام 2021", "DATE", "2021", None),
    ("في سنة 2009", "سنة 2009", "DATE", "2009", None),
    ("في 2016 قُتل", "2016", "DATE", "2016", None),
    ("في عام 1948م", "عام 1948م", "DATE", "1948", None),
    ("بين عامي 2011 و2015", "بين عامي 2011 و2015", "DATE", "2011/2015", None),
    ("من 2011 إلى 2015", "من 2011 إلى 2015", "DATE", "2011/2015", None),
    ("خلال الفترة 2014-2017", "2014-2017", "DATE", "2014/2017", None),
    ("من تموز حتى كانون الأول 2016", "من تموز حتى كانون الأول 2016", "DATE", "2016-07/2016-12", None),
    ("من تشرين الثاني حتى شباط 2016", "من تشرين الثاني حتى شباط 2016", "DATE", "2015-11/2016-02", None),
    ("بين أيار 2015 وآب 2016", "بين أيار 2015 وآب 2016", "DATE", "2015-05/2016-08", None),
    ("يتواصل من 8 إلى 24 جوان 2017", "من 8 إلى 24 جوان 2017", "DATE", "2017-06-08/2017-06-24", None),
    ("بين 3 و5 أيار 2016", "بين 3 و5 أيار 2016", "DATE", "2016-05-03/2016-05-05", None),
    ("12-15 أيار 2016", "12-15 أيار 2016", "DATE", "2016-05-12/2016-05-15", None),
    ("في التسعينيات", "التسعينيات", "DATE", "199", None),
    ("في ثمانينيات القرن الماضي", "ثمانينيات القرن الماضي", "DATE", "198", None),
    ("في الثمانينات من القرن الماضي", "الثمانينات من القرن الماضي", "DATE", "198", None),
    # numeric dates (day first)
    ("بتاريخ 3/11/2020", "3/11/2020", "DATE", "2020-11-03", None),
    ("بتاريخ 2011/03/15", "2011/03/15", "DATE", "2011-03-15", None),
    ("بتاريخ 3-8-2019", "3-8-2019", "DATE", "2019-08-03", None),
    ("بتاريخ 15.05.2018", "15.05.2018", "DATE", "2018-05-15", None),
    ("بتاريخ ٣/١١/٢٠٢٠", "٣/١١/٢٠٢٠", "DATE", "2020-11-03", None),
    # weekdays with dates
    ("يوم الأحد 15 كانون الأول 2019", "يوم الأحد 15 كانون الأول 2019", "DATE", "2019-12-15", None),
    ("الجمعة 8 أيار 2020", "الجمعة 8 أيار 2020", "DATE", "2020-05-08", None),
    ("قال اليوم الخميس 11 نوفمبر 2016 إن", "اليوم الخميس 11 نوفمبر 2016", "DATE", "2016-11-11", None),
    # relative to the reference date (2020-05-12, a Tuesday)
    ("وذكرت صفحات موالية، اليوم الثلاثاء، أن", "اليوم الثلاثاء", "DATE", "2020-05-12", None),
    ("قال اليوم إن", "اليوم", "DATE", "2020-05-12", None),
    ("قتل أمس شخصان", "أمس", "DATE", "2020-05-11", None),
    ("قتل يوم أمس شخصان", "يوم أمس", "DATE", "2020-05-11", None),
    ("قال بالأمس", "الأمس", "DATE", "2020-05-11", None),
    ("أمس الاثنين", "أمس الاثنين", "DATE", "2020-05-11", None),
    ("ينعقد غداً", "غداً", "DATE", "2020-05-13", None),
    ("غداً الأربعاء", "غداً الأربعاء", "DATE", "2020-05-13", None),
    ("بعد غد", "بعد غد", "DATE", "2020-05-14", None),
    ("أول أمس", "أول أمس", "DATE", "2020-05-10", None),
    ("قتل يوم الخميس", "يوم الخميس", "DATE", "2020-05-07", None),
    ("أعلن الخميس أن", "الخميس", "DATE", "2020-05-07", None),
    ("يوم الثلاثاء", "يوم الثلاثاء", "DATE", "2020-05-12", None),
    ("الثلاثاء الماضي", "الثلاثاء الماضي", "DATE", "2020-05-05", None),
    ("الجمعة الماضية", "الجمعة الماضية", "DATE", "2020-05-08", None),
    ("الأحد المقبل", "الأحد المقبل", "DATE", "2020-05-17", None),
    ("يوم الاثنين المقبل", "يوم الاثنين المقبل", "DATE", "2020-05-18", None),
    ("الأسبوع الماضي", "الأسبوع الماضي", "DATE", "2020-W19", None),
    ("الأسبوع المقبل", "الأسبوع المقبل", "DATE", "2020-W21", None),
    ("هذا الأسبوع", "هذا الأسبوع", "DATE", "2020-W20", None),
    ("الشهر الجاري", "الشهر الجاري", "DATE", "2020-05", None),
    ("الشهر الماضي", "الشهر الماضي", "DATE", "2020-04", None),
    ("الشهر المقبل", "الشهر المقبل", "DATE", "2020-06", None),
    ("العام الماضي", "العام الماضي", "DATE", "2019", None),
    ("والعام الماضي", "العام الماضي", "DATE", "2019", None),
    ("السنة المقبلة", "السنة المقبلة", "DATE", "2021", None),
    ("العام الحالي", "العام الحالي", "DATE", "2020", None),
    ("هذا العام", "هذا العام", "DATE", "2020", None),
    ("مطلع العام الجاري", "مطلع العام الجاري", "DATE", "2020", "START"),
    ("أواخر الشهر الماضي", "أواخر الشهر الماضي", "DATE", "2020-04", "END"),
    ("أيار الماضي", "أيار الماضي", "DATE", "2019-05", None),
    ("في 15 أيار", "15 أيار", "DATE", "2020-05-15", None),
    ("يوم 2 من الشهر الجاري", "يوم 2 من الشهر الجاري", "DATE", "2020-05-02", None),
    ("يوم 25 من الشهر الماضي", "يوم 25 من الشهر الماضي", "DATE", "2020-04-25", None),
    ("منذ 3 سنوات", "منذ 3 سنوات", "DATE", "2017", None),
    ("قبل يومين", "قبل يومين", "DATE", "2020-05-10", None),
    ("قبل 10 أيام", "قبل 10 أيام", "DATE", "2020-05-02", None),
    ("قبل أسبوع", "قبل أسبوع", "DATE", "2020-W19", None),
    ("قبل شهرين", "قبل شهرين", "DATE", "2020-03", None),
    ("منذ عام", "منذ عام", "DATE", "2019", None),
    ("منذ عامين", "منذ عامين", "DATE", "2018", None),
    ("منذ 46 يوما", "منذ 46 يوما", "DATE", "2020-03-27", None),
    ("الربع الأول من العام الجاري", "الربع الأول من العام الجاري", "DATE", "2020-Q1", None),
    ("الربع الثالث من عام 2019", "الربع الثالث من عام 2019", "DATE", "2019-Q3", None),
    ("الربع الأخير من العام الماضي", "الربع الأخير من العام الماضي", "DATE", "2019-Q4", None),
    ("النصف الأول من العام المقبل", "النصف الأول من العام المقبل", "DATE", "2021-H1", None),
    # durations
    ("استمر الحصار 3 سنوات", "3 سنوات", "DURATION", "P3Y", None),
    ("بعد 4 أعوام على مقتلهم", "4 أعوام", "DURATION", "P4Y", None),
    ("يومين", "يومين", "DURATION", "P2D", None),
    ("استمرت المعارك عامين", "عامين", "DURATION", "P2Y", None),
    ("خلال 48 ساعة", "48 ساعة", "DURATION", "PT48H", None),
    ("لمدة 10 دقائق", "10 دقائق", "DURATION", "PT10M", None),
    ("خلال أسبوعين", "أسبوعين", "DURATION", "P2W", None),
    ("قرابة 4 أشهر", "قرابة 4 أشهر", "DURATION", "P4M", "APPROX"),
    ("نحو 20 عاما", "نحو 20 عاما", "DURATION", "P20Y", "APPROX"),
    ("أكثر من 5 سنوات", "أكثر من 5 سنوات", "DURATION", "P5Y", "MORE_THAN"),
    ("منذ أكثر من عقد", "منذ أكثر من عقد", "DATE", "2010", "MORE_THAN"),
    ("خلال عقد", "عقد", "DURATION", "P10Y", None),
    ("طوال عقدين", "عقدين", "DURATION", "P20Y", None),
    ("نصف ساعة", "نصف ساعة", "DURATION", "PT30M", None),
    ("ساعة ونصف", "ساعة ونصف", "DURATION", "PT1H30M", None),
    ("عالقة تحت الأنقاض لأعوام", "أعوام", "DURATION", "PXY", None),
    # times
    ("الساعة 3 فجراً", "الساعة 3 فجراً", "TIME", "T03:00", None),
    ("الساعة 10 مساء", "الساعة 10 مساء", "TIME", "T22:00", None),
    ("الساعة 10:30 صباحا", "الساعة 10:30 صباحا", "TIME", "T10:30", None),
    ("الساعة 4 عصرا", "الساعة 4 عصرا", "TIME", "T16:00", None),
    ("على الساعة 2 بعد الزوال", "الساعة 2 بعد الزوال", "TIME", "T14:00", None),
    ("على الساعة 17:00", "الساعة 17:00", "TIME", "T17:00", None),
    ("الساعة 8 والنصف مساء", "الساعة 8 والنصف مساء", "TIME", "T20:30", None),
    # one o'clock is a cardinal ("الواحدة", "الواحدة والنصف" one number of the numbers stage); a number
    # of 1 to 12 before an adverb of the day's part is an hour; 12 at night is midnight; two clock
    # times after من/بين are one interval (ANT v1.1: "من الساعة الثامنة صباحا إلى الساعة الثانية بعد الزوال")
    ("الواحدة بعد الزوال", "الواحدة بعد الزوال", "TIME", "T13:00", None),
    ("على الساعة الواحدة والنصف", "الساعة الواحدة والنصف", "TIME", "T01:30", None),
    ("الساعة الواحدة والربع ظهرا", "الساعة الواحدة والربع ظهرا", "TIME", "T13:15", None),
    ("تفتح المكاتب 8 صباحا", "8 صباحا", "TIME", "T08:00", None),
    ("في حدود ١١ ليلا", "١١ ليلا", "TIME", "T23:00", None),
    ("على 3 بعد الزوال", "3 بعد الزوال", "TIME", "T15:00", None),
    ("الساعة الثانية عشرة ليلا", "الساعة الثانية عشرة ليلا", "TIME", "T00:00", None),
    ("الساعة 12 ليلا", "الساعة 12 ليلا", "TIME", "T00:00", None),
    ("الثانية عشرة ظهرا", "الثانية عشرة ظهرا", "TIME", "T12:00", None),
    ("من 8 صباحا إلى 5 مساء", "من 8 صباحا إلى 5 مساء", "TIME", "T08:00/T17:00", None),
    ("بين 9 صباحا و5 مساء", "بين 9 صباحا و5 مساء", "TIME", "T09:00/T17:00", None),
    ("من الساعة العاشرة صباحا إلى الساعة الثانية بعد الزوال", "من الساعة العاشرة صباحا إلى الساعة الثانية بعد الزوال",
     "TIME", "T10:00/T14:00", None),
    ("من الساعة السابعة والنصف صباحا إلى الواحدة والنصف بعد الزوال",
     "من الساعة السابعة والنصف صباحا إلى الواحدة والنصف بعد الزوال", "TIME", "T07:30/T13:30", None),
    ("من 9:00 إلى 17:00", "من 9:00 إلى 17:00", "TIME", "T09:00/T17:00", None),
    ("بين الساعة العاشرة والثانية عشرة ليلا", "بين الساعة العاشرة والثانية عشرة ليلا", "TIME", "T22:00/T00:00", None),
    ("صباح اليوم", "صباح اليوم", "TIME", "2020-05-12TMO", None),
    ("مساء أمس", "مساء أمس", "TIME", "2020-05-11TEV", None),
    ("فجر اليوم", "فجر اليوم", "TIME", "2020-05-12TMO", None),
    ("الساعة 3 فجر اليوم", "الساعة 3 فجر اليوم", "TIME", "2020-05-12T03:00", None),
    ("يوم الخميس الساعة 10 مساء", "يوم الخميس الساعة 10 مساء", "TIME", "2020-05-07T22:00", None),
    # vague references and sets
    ("خلال معارك حلب في السنوات الماضية", "السنوات الماضية", "DATE", "PAST_REF", None),
    ("في الأيام الماضية", "الأيام الماضية", "DATE", "PAST_REF", None),
    ("خلال الأشهر الماضية", "الأشهر الماضية", "DATE", "PAST_REF", None),
    ("في الأيام المقبلة", "الأيام المقبلة", "DATE", "FUTURE_REF", None),
    ("مؤخراً", "مؤخراً", "DATE", "PAST_REF", None),
    ("حالياً", "حالياً", "DATE", "PRESENT_REF", None),
    ("منذ سنوات", "منذ سنوات", "DATE", "PAST_REF", None),
    ("يصدر التقرير سنوياً", "سنوياً", "SET", "P1Y", None),
    ("تعقد يومياً", "يومياً", "SET", "P1D", None),
    # a bare weekday after كل is every such day ("كل يوم جمعة" already was); not أحد/اثنين, also numbers
    ("يخرج المتظاهرون كل جمعة إلى الشارع", "كل جمعة", "SET", "XXXX-WXX-5", None),
    ("وفي كل خميس يعقد المجلس جلسته", "كل خميس", "SET", "XXXX-WXX-4", None),
    ("تفتح السوق كل سبت", "كل سبت", "SET", "XXXX-WXX-6", None),
    ("يجتمع كل ثلاثاء", "كل ثلاثاء", "SET", "XXXX-WXX-2", None),
    # diacritics and tatweel do not matter; offsets stay on the original text
    ("في أَيَّارَ عامَ 2016", "أَيَّارَ عامَ 2016", "DATE", "2016-05", None),
    ("في ١٥ كانـون الأول ٢٠١٩", "١٥ كانـون الأول ٢٠١٩", "DATE", "2019-12-15", None),
]


@pytest.mark.parametrize(("sentence", "span", "type_", "value", "mod"), TABLE, ids=[row[0] for row in TABLE])
def test_table(sentence, span, type_, value, mod):
    doc = dates_of(sentence)
    if span is None:
        return
    d = only(doc, span)
    assert (d.type, d.value, d.mod) == (type_, value, mod)


def test_table_is_large():
    assert len(TABLE) >= 100


NOT_DATES = [
    "الرأي العام السوري",
    "قال المدير العام للشركة",
    "بشكل عام",
    "الأمين العام للأمم المتحدة",
    "مارس الضغط على الحكومة",  # مارس = practised
    "قال رمضان إن",  # a personal name
    "اليوم الوطني للبلاد",
    "قتل 2016 شخصا",
    "عقد الاجتماع في دمشق",  # عقد = held
    "صفر نقطة",
    "الأحد عشر لاعبا",
    "أيام الحرب",
    "في ذلك اليوم",
    "نحو 40 سيجارة في اليوم الواحد",
    "الدورة 27 لأيام قرطاج السينمائية",
    "طيلة أيام العطلة المدرسية",
    "خلال اليوم الثالث",
    "قتل 8 أشخاص صباحا",  # a count, not 8 o'clock
    "لكل أحد الحق في التعبير",  # everyone
    "وقال مهدي جمعة إن الحكومة ماضية",  # a name
    "تضم المدينة 30 مساء",  # more than 12: no hour
]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_not_dates(sentence):
    assert dates_of(sentence).dates == []


def test_seed_article(seed_text):
    doc = dates_of(seed_text)
    values = {d.text: d.value for d in doc.dates}
    assert values["أيار عام 2016"] == "2016-05"
    assert values["مطلع عام 2014"] == "2014"
    assert only(doc, "مطلع عام 2014").mod == "START"
    assert values["عام 2017"] == "2017"
    since = only(doc, "منذ عام 2012")  # issue 15: a since-interval is one span, ending at the reference
    assert (since.value, since.attrs["relation"], since.attrs["end_value"]) == ("2012/2020-05-12", "since",
                                                                                "2020-05-12")
    today = only(doc, "اليوم الثلاثاء")
    assert (today.value, today.resolved, today.attrs["weekday_ok"]) == ("2020-05-12", True, True)
    assert values["السنوات الماضية"] == "PAST_REF"
    assert values["منذ 3 سنوات"] == "2017"


def test_seed_without_reference_is_unresolved(seed_text):
    doc = dates_of(seed_text, ref=None)
    today = only(doc, "اليوم الثلاثاء")
    assert (today.value, today.resolved, today.attrs["anchor"], today.attrs["offset"]) == (None, False, "REF", "P0D")
    ago = only(doc, "منذ 3 سنوات")
    assert (ago.value, ago.resolved, ago.attrs["offset"]) == (None, False, "-P3Y")
    assert only(doc, "أيار عام 2016").value == "2016-05"  # absolute dates need no reference


@pytest.mark.parametrize(("sentence", "span", "offset", "timex"), [
    ("أمس", "أمس", "-P1D", None),
    ("العام الماضي", "العام الماضي", "-P1Y", None),
    ("الأسبوع المقبل", "الأسبوع المقبل", "P1W", None),
    ("قبل يومين", "قبل يومين", "-P2D", None),
    ("في 15 أيار", "15 أيار", None, "XXXX-05-15"),
    ("يوم الخميس", "يوم الخميس", None, "XXXX-WXX-4"),
    ("الربع الأول من العام الجاري", "الربع الأول من العام الجاري", "P0Y", "XXXX-Q1"),
])
def test_unresolved_without_reference(sentence, span, offset, timex):
    d = only(dates_of(sentence, ref=None), span)
    assert d.value is None and d.resolved is False and d.attrs["anchor"] == "REF"
    assert d.attrs.get("offset") == offset
    assert d.attrs.get("timex") == timex


def test_hijri_has_gregorian_value():
    d = only(dates_of("في 1 شوال 1441 هـ"), "1 شوال 1441 هـ")
    # issue 15: value is Gregorian, the Hijri reading in ``hijri``
    assert (d.calendar, d.value, d.attrs["hijri"]) == ("hijri", "2020-05-24", "1441-10-01")
    month = only(dates_of("في رمضان 1444 هـ"), "رمضان 1444 هـ")
    assert (month.value, month.attrs["hijri"], month.attrs["end_value"]) == ("2023-03-23/2023-04-20", "1444-09",
                                                                            "2023-04-20")


def test_weekday_is_checked():
    ok = only(dates_of("يوم الأحد 15 كانون الأول 2019"), "يوم الأحد 15 كانون الأول 2019")
    assert (ok.attrs["weekday"], ok.attrs["weekday_ok"]) == (7, True)
    bad = only(dates_of("يوم الاثنين 15 كانون الأول 2019"), "يوم الاثنين 15 كانون الأول 2019")
    assert (bad.value, bad.attrs["weekday_ok"]) == ("2019-12-15", False)


def test_range_attrs_and_relations():
    d = only(dates_of("بين عامي 2011 و2015"), "بين عامي 2011 و2015")
    assert d.attrs["range"] == {"start": "2011", "end": "2015"}
    after = only(dates_of("بعد 4 أعوام على مقتلهم"), "4 أعوام")
    assert after.attrs["relation"] == "after"


def test_to_dict_contract():
    doc = dates_of("في أيار عام 2016")
    data = doc.to_dict()["dates"][0]
    assert {"start", "end", "text", "type", "value", "calendar", "resolved", "mod"} <= set(data)


# -- word numbers: values come from doc.numbers -----------------------------------------------------
def _with_numbers(text: str, numbers: list[tuple[str, float, str]], ref: dt.date | None = REF):
    doc = Pipeline([]).make_doc(text, reference_date=ref)
    for word, value, kind in numbers:
        start = text.index(word)
        doc.numbers.append(NumberSpan(start, start + len(word), word, kind=kind, value=value))
    return extract_dates(doc)


@pytest.mark.parametrize(("text", "numbers", "span", "type_", "value", "mod"), [
    ("بعد أربعة أعوام على مقتلهم", [("أربعة", 4, "cardinal")], "أربعة أعوام", "DURATION", "P4Y", None),
    ("ثلاثة أيام", [("ثلاثة", 3, "cardinal")], "ثلاثة أيام", "DURATION", "P3D", None),
    ("قرابة أربعة أشهر", [("قرابة أربعة", 4, "approximate")], "قرابة أربعة أشهر", "DURATION", "P4M", "APPROX"),
    ("قرابة أربعة أشهر", [("أربعة", 4, "cardinal")], "قرابة أربعة أشهر", "DURATION", "P4M", "APPROX"),
    ("منذ ثلاث سنوات", [("ثلاث", 3, "cardinal")], "منذ ثلاث سنوات", "DATE", "2017", None),
    ("في السابع من أكتوبر 2023", [("السابع", 7, "ordinal")], "السابع من أكتوبر 2023", "DATE", "2023-10-07", None),
    ("الثالث عشر من رمضان 1444 هـ", [("الثالث عشر", 13, "ordinal")], "الثالث عشر من رمضان 1444 هـ", "DATE",
     "2023-04-04", None),
    ("الساعة الثالثة فجراً", [("الثالثة", 3, "ordinal")], "الساعة الثالثة فجراً", "TIME", "T03:00", None),
    ("في الثاني من الشهر الجاري", [("الثاني", 2, "ordinal")], "الثاني من الشهر الجاري", "DATE", "2020-05-02",
     None),
    # a number span that swallowed the unit word: the unit stays readable
    ("استمر خمسة أعوام", [("خمسة أعوام", 5, "cardinal")], "خمسة أعوام", "DURATION", "P5Y", None),
    # an ordinal inside a month name is not a number
    ("في 6 تشرين الأول 2019", [("الأول", 1, "ordinal")], "6 تشرين الأول 2019", "DATE", "2019-10-06", None),
])
def test_word_numbers_from_numbers_layer(text, numbers, span, type_, value, mod):
    doc = _with_numbers(text, numbers)
    d = only(doc, span)
    assert (d.type, d.value, d.mod) == (type_, value, mod)
    assert doc.numbers == []  # numbers inside dates belong to the dates stage


def test_hijri_ordinal_day_gregorian():
    doc = _with_numbers("الثالث عشر من رمضان 1444 هـ", [("الثالث عشر", 13, "ordinal")])
    assert (doc.dates[0].value, doc.dates[0].attrs["hijri"]) == ("2023-04-04", "1444-09-13")


def test_numbers_outside_dates_are_kept():
    doc = _with_numbers("قتل 7 أشخاص في أيار 2016", [("7", 7, "cardinal"), ("2016", 2016, "cardinal")])
    assert [n.text for n in doc.numbers] == ["7"]


def test_full_pipeline_word_numbers(seed_text):
    numbers = pytest.importorskip("arabnews.extract.numbers")
    if not hasattr(numbers, "make_stage"):
        pytest.skip("the numbers stage is not finished")
    doc = Pipeline(["numbers", "dates"])(seed_text, reference_date=REF)
    d = only(doc, "أربعة أعوام")
    assert (d.type, d.value) == ("DURATION", "P4Y")
    assert not any(n.start >= d.start and n.end <= d.end for n in doc.numbers)


# -- robustness ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "عام " * 5000, "15 " * 5000 + "أيار", "الساعة " * 3000, "/1" * 5000, "منذ " * 4000 + "سنوات",
    "قبل قبل قبل", "٣/٣/٣", "9999/99/99", "31/02/2020", "يوم 45 من الشهر الجاري", "عام 99999",
    "\u200f" * 100 + "اليوم", "اليوم\n\nأمس",
])
def test_bad_input_is_safe(text, no_hang):
    with no_hang():
        doc = dates_of(text)
    assert all(d.value is None or isinstance(d.value, str) for d in doc.dates)


def test_invalid_dates_are_dropped():
    assert dates_of("31/02/2020").dates == []
    assert dates_of("في 31 شباط 2020").dates[0].value == "2020-02"  # the day is dropped, not the month


def test_parts_are_set():
    doc = NLP("قتل أمس", reference_date=REF)
    assert doc.dates[0].part == "body"
