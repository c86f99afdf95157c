"""Session 24's date families, each over its neighbours, on sentences of Tunisian news (ANT) and their kin.

1. the first or last N units of a period: Tunisian quarters and halves ("الثلاثي الرابع من سنة 2016", "الثلاثية
   الأولى لسنة 2017", "السداسي الأول من 2015") as "الربع"/"النصف", only with their year; the first or last N days or
   weeks of a month ("الأيام الخمسة الأولى من شهر رمضان", "الأسبوعين الأخيرين من شهر جوان") as an interval of its days;
   the first or last months of a year with "لسنة" or a bare "من العام" ("الشهرين الاولين لسنة 2017"); a season of a
   relative year ("صيف العام الجاري"); the last two units in the dual forms "المنقضين", "المنصرمتين", "الفائتة";
2. a bulletin's bare part of the day ("وتكون محليّا كثيفة بالجنوب الشرقي صباحا"): the reference day's part when its
   sentence is a weather or traffic bulletin's and names no other date; elsewhere no time;
3. a part of the day right before a day of a month ("مساء 7 ماي", "صباح 12 جانفي 2011"): that day's part.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_cases import INDIC, DateCases

REF = dt.date(2017, 6, 1)  # a Thursday, in Ramadan 1438 (27 May - 24 June 2017)
_CASES = DateCases(REF)
dates, one, texts = _CASES.dates, _CASES.one, _CASES.texts


# -- 1a. Tunisian quarters and halves ---------------------------------------------------------------
MASCULINE = {"الأول": 1, "الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الأخير": 4}
FEMININE = {"الأولى": 1, "الاولى": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الأخيرة": 4}
YEARS = {"من سنة 2016": 2016, "لسنة 2016": 2016, "من 2016": 2016, "2016": 2016, "من عام ٢٠١٥": 2015,
         "لعام 2015": 2015}


@pytest.mark.parametrize("unit, ordinals", [("الثلاثي", MASCULINE), ("الثلاثية", FEMININE)])
@pytest.mark.parametrize("year", sorted(YEARS))
def test_a_tunisian_quarter_with_its_year(unit: str, ordinals: dict[str, int], year: str) -> None:
    # ANT: "سجلت القيمة المضافة للفلاحة والصيد البحري تراجعا ب 7،8 بالمائة خلال الثلاثي الرابع من سنة 2016"
    for ordinal, q in ordinals.items():
        span = f"{unit} {ordinal} {year}"
        d = one(f"سجلت القيمة المضافة للفلاحة تراجعا ب 7،8 بالمائة خلال {span} مقارنة بنفس الفترة", span)
        assert (d["type"], d["value"]) == ("DATE", f"{YEARS[year]}-Q{q}")


@pytest.mark.parametrize("unit, first, second", [("السداسي", "الأول", "الثاني"), ("السداسية", "الأولى", "الثانية"),
                                                 ("السداسي", "الاولى", "الأخير")])
def test_a_tunisian_half_with_its_year(unit: str, first: str, second: str) -> None:
    # ANT: "تراجع العجز التجاري للمبادلات التجارية التونسية، خلال السداسي الاول من سنة 2015، بنسبة 8.9 بالمائة"
    a, b = f"{unit} {first} من سنة 2015", f"{unit} {second} لسنة 2014"
    found = texts(f"تراجع العجز التجاري خلال {a}، بنسبة 8.9 بالمائة مقابل {b}.")
    assert found == {a: "2015-H1", b: "2014-H2"}


@pytest.mark.parametrize("year, value", [("من السنة الحالية", "2017"), ("من هذا العام", "2017"),
                                         ("من هذه السنة", "2017"), ("من العام الماضي", "2016"),
                                         ("من السنة المنقضية", "2016"), ("من العام المقبل", "2018")])
@pytest.mark.parametrize("unit, ordinal, label", [("الثلاثي", "الثالث", "Q3"), ("الثلاثية", "الأولى", "Q1"),
                                                  ("السداسي", "الأول", "H1")])
def test_a_tunisian_quarter_of_a_relative_year(year: str, value: str, unit: str, ordinal: str, label: str) -> None:
    # ANT: "سجل الناتج المحلي ارتفاعا طفيفا بـ0.1 ٪ خلال الثلاثي الثالث من السنة الحالية"
    span = f"{unit} {ordinal} {year}"
    d = one(f"سجل الناتج المحلي ارتفاعا طفيفا بـ0.1 ٪ خلال {span} مقارنة بالفترة السابقة", span)
    assert (d["value"], d["anchor"]) == (f"{value}-{label}", "REF")


@pytest.mark.parametrize("sentence", [
    "مع نهاية الثلاثية الثالثة بعد حالة التراجع التي عرفها الفريق",  # a school term or a season's third
    "قررت الوزارة تأجيل امتحانات السداسي الأول بسبب تهديدات أمنية",  # a university semester
    "يدرس الطلبة خلال السداسي الأول من السنة الجامعية مواد مشتركة",
    "تألق الثلاثي الهجومي الأول من الفريق في المباراة",  # a trio
    "نتائج الثلاثي الأول مقارنة بالثلاثي السابق",  # no year: left alone
])
def test_a_tunisian_quarter_without_its_year_is_no_date(sentence: str) -> None:
    assert dates(sentence) == []


# -- 1b. the first or last N days or weeks of a month -------------------------------------------------
@pytest.mark.parametrize("span, value", [
    # ANT: "نفذت فرق المراقبة الاقتصادية بسوسة خلال الأيام الخمسة الأولى من شهر رمضان 831 زيارة"
    ("الأيام الخمسة الأولى من شهر رمضان", "2017-05-27/2017-05-31"),
    ("الأيام الخمسة الأولى من رمضان", "2017-05-27/2017-05-31"),
    ("الأيام العشرة الأولى من شهر ماي", "2017-05-01/2017-05-10"),
    ("الأيام الثلاثة الأخيرة من الشهر الجاري", "2017-06-28/2017-06-30"),
    ("اليومين الأولين من شهر أوت 2016", "2016-08-01/2016-08-02"),
    ("10 أيام الأولى من شهر جانفي", "2017-01-01/2017-01-10"),
    # (session 48: "سجلت … خلال" is past and the part begins after the reference, 1 June: last June's, as a later
    # month's in a past clause; was 2017-06-17/2017-06-30)
    ("الأسبوعين الأخيرين من شهر جوان", "2016-06-17/2016-06-30"),
    ("الأسبوعين الأخيرين من ديسمبر 2016", "2016-12-18/2016-12-31"),
    ("الأسابيع الثلاثة الأولى من هذا الشهر", "2017-06-01/2017-06-21"),
    ("الأسبوعين الأولين من شهر فيفري المقبل", "2018-02-01/2018-02-14"),
])
def test_the_first_or_last_days_of_a_month(span: str, value: str) -> None:
    d = one(f"سجلت المصالح المختصة خلال {span} عديد المخالفات", span)
    lo, hi = value.split("/")
    assert (d["type"], d["value"], d["end_value"], d["range"]) == ("DATE", value, hi, {"start": lo, "end": hi})


@pytest.mark.parametrize("span, value, mod", [
    ("الأيام الأولى من شهر رمضان", "2017-05-27/2017-06-24", "START"),
    ("الأيام الأخيرة من شهر ديسمبر 2016", "2016-12", "END"),
    ("الأسابيع الأخيرة من الشهر الجاري", "2017-06", "END"),
    ("الأسابيع الأولى من شهر سبتمبر المقبل", "2017-09", "START"),
])
def test_the_first_or_last_days_of_a_month_without_a_count(span: str, value: str, mod: str) -> None:
    d = one(f"وتكثف فرق المراقبة الاقتصادية زياراتها خلال {span} بكامل الولاية", span)
    assert (d["value"], d["mod"]) == (value, mod)


def test_the_first_days_of_a_month_with_indic_digits() -> None:
    span = "10 أيام الأولى من شهر جانفي 2016".translate(INDIC)
    assert one(f"خلال {span} سجلت المصالح", span)["value"] == "2016-01-01/2016-01-10"


@pytest.mark.parametrize("sentence, found", [
    ("خلال الأسبوعين الأولين من الموسم سجل الفريق فوزين", {}),  # a season, no month
    ("في الأيام الأولى من الحرب الأهلية", {}),
])
def test_the_first_days_of_something_else(sentence: str, found: dict[str, str]) -> None:
    assert texts(sentence) == found


# -- 1c. the first or last months of a year ("لسنة", a bare "من العام") ----------------------------------
@pytest.mark.parametrize("span, value", [
    # ANT: "تفاقم عجز الميزان التجاري خلال الشهرين الاولين لسنة 2017 ليتجاوز 2،5 مليار دينار"
    ("الشهرين الاولين لسنة 2017", "2017-01/2017-02"),
    ("الخمسة أشهر الأولى لسنة 2017", "2017-01/2017-05"),
    ("الأشهر الأربعة الأولى لعام 2016", "2016-01/2016-04"),
    ("الأشهر الستة الأولى من العام", "2017-01/2017-06"),
    ("الأشهر الثلاثة الأخيرة من السنة", "2017-10/2017-12"),
])
def test_the_first_months_of_a_year(span: str, value: str) -> None:
    d = one(f"تفاقم عجز الميزان التجاري خلال {span} ليتجاوز 2،5 مليار دينار", span)
    assert (d["type"], d["value"]) == ("DATE", value)


def test_the_first_months_of_a_relative_year_keep_its_anchor() -> None:
    d = one("خلال الأشهر الخمسة الأولى من العام الحالي", "الأشهر الخمسة الأولى من العام الحالي")
    assert (d["value"], d["anchor"], d["relation"]) == ("2017-01/2017-05", "REF", "during")
    d = one("خلال الأشهر الخمسة الأولى من العام", "الأشهر الخمسة الأولى من العام")
    assert (d["value"], d["anchor"]) == ("2017-01/2017-05", "REF")


def test_the_first_months_of_a_school_year_are_no_date() -> None:
    assert texts("خلال الأشهر الثلاثة الأولى من السنة الجامعية") == {}


# -- 1d. a season of a relative year, and the last two units ----------------------------------------
@pytest.mark.parametrize("span, value", [
    # ANT: "قبل إغلاقها في صيف العام الجاري كانت السفارة الصورية تستخدم"
    ("صيف العام الجاري", "2017-SU"), ("صيف العام الماضي", "2016-SU"), ("شتاء هذا العام", "2017-WI"),
    ("خريف السنة الماضية", "2016-FA"), ("ربيع العام المقبل", "2018-SP"), ("صيف هذه السنة", "2017-SU"),
])
def test_a_season_of_a_relative_year(span: str, value: str) -> None:
    d = one(f"وقالت الوزارة إنه قبل إغلاقها في {span} كانت السفارة تستخدم", span)
    assert (d["value"], d["anchor"]) == (value, "REF")


@pytest.mark.parametrize("span, value, start", [
    # ANT: "من 6ر4 بالمائة خلال شهر أكتوبر 2015 إلى 6ر3 بالمائة خلال الشهرين المنقضين"
    ("الشهرين المنقضين", "P2M", "2017-04-01"), ("السنتين المنصرمتين", "P2Y", "2015-06-01"),
    ("الأيام الثلاثة الفائتة", "P3D", "2017-05-29"), ("العامين الفائتين", "P2Y", "2015-06-01"),
])
def test_the_last_units_in_tunisian_spellings(span: str, value: str, start: str) -> None:
    d = one(f"تراجعت النسبة إلى 6ر3 بالمائة خلال {span}. وأوضح المعهد", span)
    assert (d["type"], d["value"], d["direction"], d["range"]) == (
        "DURATION", value, "past", {"start": start, "end": "2017-06-01"})


# -- 2. a bulletin's bare part of the day -----------------------------------------------------------
@pytest.mark.parametrize("sentence, span, part", [
    # ANT (INM bulletin): "يكون هناك بعض السحب بأغلب المناطق وتكون محليّا كثيفة بالجنوب الشرقي صباحا."
    ("يكون هناك بعض السحب بأغلب المناطق وتكون محليّا كثيفة بالجنوب الشرقي صباحا.", "صباحا", "MO"),
    ("وتكون الرياح قوية مساء قرب السواحل الشرقية.", "مساء", "EV"),
    ("تتساقط أمطار رعدية ليلاً بالمناطق الغربية.", "ليلاً", "NI"),
    ("وتكون درجات الحرارة مرتفعة عصرا.", "عصرا", "AF"),
    ("تكون حركة المرور كثيفة صباحا على الطريق السيارة.", "صباحا", "MO"),
    ("ويكون الجو غائما جزئيا مع رياح مثيرة للغبار ليلا.", "ليلا", "NI"),
    ("وتكون الرطوبة عالية صباحاً على المناطق الساحلية.", "صباحاً", "MO"),
])
def test_a_bulletins_part_of_the_day(sentence: str, span: str, part: str) -> None:
    d = one(sentence, span)
    assert (d["type"], d["value"], d["part_of_day"], d["anchor"]) == ("TIME", f"2017-06-01T{part}", part, "REF")
    assert "bulletin" not in d


def test_two_parts_of_a_bulletins_day() -> None:
    # ANT: "… مع أمطار مؤقتا رعدية بعد الظهر بالشمال … مع إمكانيّة تساقط الثلوج بالمرتفعات الغربيّة ليلا."
    assert texts("يكون الطقس مغشى بسحب عابرة مع أمطار رعدية بعد الظهر بالشمال مع إمكانيّة تساقط الثلوج "
                 "بالمرتفعات الغربيّة ليلا.") == {"بعد الظهر": "2017-06-01TAF", "ليلا": "2017-06-01TNI"}


@pytest.mark.parametrize("sentence", [
    "دراسة : الأكل ليلا يسبب الغباء!",  # generic (ANT)
    "تمساح يهاجم زوجين ليلا في المسبح !",  # a story's night (ANT)
    "انسحب الجيش ليلا من المدينة.",  # "سحب" of "انسحب" is no cloud
    "وأوضحت أن المداهمات جرت فجرا في 70 عقارا.",  # "فجرا" is not read (also a verb)
])
def test_a_bare_part_of_the_day_elsewhere_is_no_time(sentence: str) -> None:
    assert dates(sentence) == []


def test_a_bulletins_part_with_another_date_in_its_sentence() -> None:
    # the sentence names its day: the part is not the reference day's
    # (session 24, second wave: one day before it, the part is that day's)
    assert texts("يكون الطقس يوم الأحد ممطرا ليلا.") == {"يوم الأحد": "2017-06-04", "ليلا": "2017-06-04TNI"}
    assert texts("بلغت درجات الحرارة 30 درجة تحت الصفر ليلا منذ 120 عاما.") == {"منذ 120 عاما": "1897"}


# -- 3. a part of the day before a day of a month --------------------------------------------------
@pytest.mark.parametrize("span, value", [
    # ANT: "قبل التدريب الأخير المزمع إجراؤه مساء 7 ماي، أي قبل يومين من العرض"
    ("مساء 7 ماي", "2017-05-07TEV"), ("صباح 12 جانفي 2011", "2011-01-12TMO"),
    ("صباح السابع من ماي", "2017-05-07TMO"), ("ظهر 3 أفريل 2016", "2016-04-03TMI"),
    ("مساء ٢٥ ديسمبر ٢٠١٦", "2016-12-25TEV"),
])
def test_a_part_of_the_day_before_a_day_of_a_month(span: str, value: str) -> None:
    d = one(f"وجرى التدريب {span}، بحضور الوزير", span)
    assert (d["type"], d["value"]) == ("TIME", value)


def test_an_hour_before_a_part_and_a_day_stays_one_time() -> None:
    assert texts("وصل في الساعة 8 صباح 7 ماي") == {"الساعة 8 صباح 7 ماي": "2017-05-07T08:00"}


# -- the tense of a clause: nouns of سـ + ي/ت/ن are no future cue -------------------------------------
@pytest.mark.parametrize("sentence, span, value", [
    # ANT: "وأضرم المحتجون النار في سيارات وصناديق قمامة في ليل السابع من فيفري" (was next February)
    ("وأضرم المحتجون النار في سيارات يوم 7 فيفري", "يوم 7 فيفري", "2017-02-07"),
    ("ونشبت النيران في سيارة الإسعاف يوم 7 فيفري", "يوم 7 فيفري", "2017-02-07"),
    ("وقع الهجوم في سيدي بوزيد يوم الاثنين", "يوم الاثنين", "2017-05-29"),
    ("ناقش الملفات مع سياسيين يوم الاثنين", "يوم الاثنين", "2017-05-29"),
    # a future verb stays one
    ("وقال إن الحكومة ستعقد اجتماعا يوم 7 فيفري", "يوم 7 فيفري", "2018-02-07"),
    ("سيلتقي الوزير نظيره يوم الاثنين", "يوم الاثنين", "2017-06-05"),
])
def test_nouns_in_sin_are_no_future_cue(sentence: str, span: str, value: str) -> None:
    assert one(sentence, span)["value"] == value


# -- a school, sports or farming year and a plan: two years a slash apart -----------------------------
@pytest.mark.parametrize("span, value", [
    # ANT: "بمناسبة العودة المدرسية 2016/2017", "ضمن المخطط الخماسي 2016/2020", "باكالوريا 2017/2016"
    ("2016/2017", "2016/2017"), ("2017/2016", "2016/2017"), ("2016/2020", "2016/2020"), ("2013 /2014", "2013/2014"),
    ("2017-2016", "2016/2017"), ("٢٠١٦/٢٠١٧", "2016/2017"),
])
@pytest.mark.parametrize("head", ["العودة المدرسية", "السنة الدراسية", "الموسم الفلاحي", "المخطط الخماسي"])
def test_two_years_a_slash_apart(span: str, value: str, head: str) -> None:
    # (session 24, second wave: a year's noun and its adjective join the span, "السنة الدراسية 2016/2017")
    d = one(f"تم تخصيص اعتمادات هامة بعنوان {head} {span} لفائدة الجهات",
            f"{head} {span}" if head.startswith("السنة") else span)
    assert (d["value"], d["end_value"]) == (value, value.split("/")[1])


@pytest.mark.parametrize("sentence", ["صدر القانون عدد 2016/2030 المتعلق بالميزانية", "وبلغ العدد 2016/1998 طالبا"])
def test_two_years_far_apart_after_a_slash_are_no_date(sentence: str) -> None:
    assert dates(sentence) == []


# -- two plural units sharing one relative word ---------------------------------------------------------
@pytest.mark.parametrize("span, value", [
    # ANT: "التخلص من هذه الهواتف وإعادة تدويرها، خلال الأسابيع والشهور المقبلة"
    ("الأسابيع والشهور المقبلة", "FUTURE_REF"), ("الأيام والأسابيع القادمة", "FUTURE_REF"),
    ("السنوات والأشهر الماضية", "PAST_REF"),
])
def test_two_plural_units_share_a_relative_word(span: str, value: str) -> None:
    assert texts(f"ستتم إعادة تدويرها خلال {span} حسب الشركة") == {span: value}


# -- months joined by و before a written year; an ambiguous weekday after a police report's verb ------------
@pytest.mark.parametrize("sentence, found", [
    # ANT: "مناسبتين سابقتين لزيادة أعداد الجماهير: سبتمبر و أكتوبر 2016 وقد أفضت الجلسة"
    ("لزيادة أعداد الجماهير: سبتمبر و أكتوبر 2016 وقد أفضت الجلسة", {"سبتمبر": "2016-09", "أكتوبر 2016": "2016-10"}),
    ("في سبتمبر أو أكتوبر 2016", {"سبتمبر": "2016-09", "أكتوبر 2016": "2016-10"}),
    ("في سبتمبر وأكتوبر ونوفمبر 2016", {"سبتمبر": "2016-09", "أكتوبر": "2016-10", "نوفمبر 2016": "2016-11"}),
    ("خلال أشهر ديسمبر وجانفي 2017", {"أشهر ديسمبر": "2016-12", "جانفي 2017": "2017-01"}),
])
def test_months_joined_before_a_written_year_take_it(sentence: str, found: dict[str, str]) -> None:
    assert texts(sentence) == found
    assert all("anchor" not in d for d in dates(sentence))


@pytest.mark.parametrize("sentence, span, value", [
    # ANT: "تمكنت فرقة الشرطة العدلية بقرمبالية الإثنين من إيقاف كهل من أجل ترويج مادة الزطلة"
    ("تمكنت فرقة الشرطة العدلية بقرمبالية الإثنين من إيقاف كهل", "الإثنين", "2017-05-29"),
    ("وتمكنت الوحدات الأمنية الأحد من حجز كمية من السجائر", "الأحد", "2017-05-28"),
    ("ضبطت الوحدات الديوانية الجمعة شاحنة محملة بالسلع", "الجمعة", "2017-05-26"),
])
def test_an_ambiguous_weekday_after_a_police_verb(sentence: str, span: str, value: str) -> None:
    assert one(sentence, span)["value"] == value


def test_the_two_after_a_police_verb_stay_a_number() -> None:
    assert dates("تمكن الأعوان من إيقاف المتهمين الاثنين") == []
