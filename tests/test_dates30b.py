"""Session 30 (second wave): time families that other toolkits' Arabic test data expect and news writes.

Source of the families: Microsoft Recognizers-Text's Arabic TimePeriodExtractor / TimeExtractor / HolidayExtractor
specs (microsoft/Recognizers-Text, Specs/DateTime/Arabic; MIT licence), tested here over their neighbours in news
wording (Reuters/AFP, Al Jazeera, Sana, Hespress, Iraqi, Yemeni, Sudanese, Libyan outlets), with negatives.

1. A range of clock hours closed by "بعد الظهر" (and its kin "بعد الزوال", "بعد العصر") or by a part of the day as
   a noun after في ("في المساء", "في الليل") is a range, as with an adverb ("مساء"): "من 5 إلى 7 بعد الظهر" →
   T17:00/T19:00 (was "بعد الظهر" alone).  Not "بعد المغرب" (after Morocco).
2. A range with a clock time written with a colon at either end needs no part of the day: "من 1:30 إلى 3",
   "من 8 إلى 14:30", "بين 10:00 و12:30" (was one clock time, or none); decimals stay numbers ("من 1.5 إلى 3.5").
3. An approximator before a prayer time: "قرابة الظهر", "حوالي العصر", "حوالى الفجر" → that part of the
   reference day, mod APPROX (was nothing).  Not "نحو" ("نحو المغرب": towards Morocco).
4. "الفجر" as a part of the day with hours, an ordinal or an adjective: "في ساعات الفجر الأولى", "الساعات الأولى
   من الفجر", "في وقت مبكر من الفجر" → the reference day's TMO; "في الفجر" alone stays no time (a newspaper too).
5. "ذكرى يوم الأرض", "يوم الأرض الخالد": the Palestinian Land Day, 30 March (a bare "يوم الأرض" may be Earth Day).
6. The end or the start of a named day: "نهاية يوم الأحد", "نهاية الغد", "مع نهاية يوم أمس" (END), "مطلع يوم
   الخميس" (START), as "نهاية اليوم" was (the span was the day alone).  Not "آخر يوم الجمعة", "أول يوم الأحد"
   (the last/first Friday) nor the Maghrebi "بداية من يوم السبت" (starting on Saturday).
7. Holidays of Egyptian, Levantine and Iraqi news: the Orthodox and Coptic Easter named as such ("عيد الفصح
   الأرثوذكسي", "عيد القيامة لدى الأقباط", by the Julian computus: 2024-05-05, 2017-04-16) and Egypt's "شم النسيم"
   (the Monday after); Nowruz ("عيد النوروز", 21 March), each its own holiday name.  A bare "عيد القيامة" stays
   unread (Western for Levantine Catholics and European news).
8. A count of times before a periodic adverb is one SET with its frequency, as "مرتين في الأسبوع" is: "مرتين
   أسبوعيا" → P1W 2X, "خمس مرات يوميا" → P1D 5X (was "أسبوعيا" alone, no frequency).
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_cases import INDIC, NLP, DateCases

REF = dt.date(2024, 3, 10)  # a Sunday
_CASES = DateCases(REF)
dates, one = _CASES.dates, _CASES.one


# -- 1. a range of hours closed by "بعد الظهر" or by "في" + a part of the day ------------------------------------
@pytest.mark.parametrize("sentence, span, value", [
    ("استمر القصف من 5 إلى 7 بعد الظهر على الأحياء الشرقية", "من 5 إلى 7 بعد الظهر", "T17:00/T19:00"),
    ("استمر القصف من الخامسة إلى السابعة بعد الظهر", "من الخامسة إلى السابعة بعد الظهر", "T17:00/T19:00"),
    ("وتفتح المكاتب من 2 حتى 4 بعد الزوال", "من 2 حتى 4 بعد الزوال", "T14:00/T16:00"),
    ("وسمع دوي الانفجارات بين الثانية والرابعة بعد الظهر", "بين الثانية والرابعة بعد الظهر", "T14:00/T16:00"),
    ("ويعقد الاجتماع بين 3 و5 بعد العصر", "بين 3 و5 بعد العصر", "T15:00/T17:00"),
    ("وتظاهر المحتجون من 5 إلى 6 في المساء أمام البرلمان", "من 5 إلى 6 في المساء", "T17:00/T18:00"),
    ("وسمعت الانفجارات من التاسعة إلى الحادية عشرة في الليل", "من التاسعة إلى الحادية عشرة في الليل",
     "T21:00/T23:00"),
    ("وتستقبل المراكز الناخبين من 8 إلى 11 في الصباح", "من 8 إلى 11 في الصباح", "T08:00/T11:00"),
    # Arabic-Indic digits and a clitic on the conjunction
    ("استمر القصف من ٥ إلى ٧ بعد الظهر".translate(INDIC), "من ٥ إلى ٧ بعد الظهر", "T17:00/T19:00"),
    ("واستمر إطلاق النار من 4 وحتى 6 بعد الظهر", "من 4 وحتى 6 بعد الظهر", "T16:00/T18:00"),
    # the part of the day is the end's only when it would put the start after the end
    ("وستكون ساعات الدوام من 9 وحتى 2 بعد الظهر خلال شهر رمضان", "من 9 وحتى 2 بعد الظهر", "T09:00/T14:00"),
    ("ويفتح المعبر من الساعة 8 حتى 4 عصرا", "من الساعة 8 حتى 4 عصرا", "T08:00/T16:00"),
    ("ويستمر الدوام من 11 إلى 1 بعد الظهر", "من 11 إلى 1 بعد الظهر", "T11:00/T13:00"),
    ("وتستمر الغارات من 10 إلى 2 ليلا", "من 10 إلى 2 ليلا", "T22:00/T02:00"),  # across midnight
])
def test_range_of_hours_closed_by_a_part_of_the_day(sentence: str, span: str, value: str) -> None:
    d = one(sentence, span)
    assert d["type"] == "TIME" and d["value"] == value


@pytest.mark.parametrize("sentence, not_span", [
    ("وقتل من 3 إلى 5 أشخاص بعد المغرب", "من 3 إلى 5 أشخاص بعد المغرب"),  # after Morocco: a count
    ("وارتفع العدد من 5 إلى 7 في المئة", "من 5 إلى 7"),
    ("وتراوح عدد الجرحى بين 3 و5 في المستشفى", "بين 3 و5"),
])
def test_a_count_range_is_no_clock_range(sentence: str, not_span: str) -> None:
    assert all(not d["text"].startswith(not_span[:6]) or d["type"] != "TIME" for d in dates(sentence))


# -- 2. a range with a colon clock at one end ------------------------------------------------------------------
@pytest.mark.parametrize("sentence, span, value", [
    ("وعقد الاجتماع من 1:30 إلى 3", "من 1:30 إلى 3", "T01:30/T03:00"),
    ("وعقد الاجتماع من 1 إلى 3:30", "من 1 إلى 3:30", "T01:00/T03:30"),
    ("ويفتح المعبر من 8 إلى 14:30 يوميا", "من 8 إلى 14:30", "T08:00/T14:30"),
    ("ويفتح المعبر أبوابه من 8:00 حتى 16:00", "من 8:00 حتى 16:00", "T08:00/T16:00"),
    ("وسيفتح المعبر من 4:00 حتى 5 مساءً", "من 4:00 حتى 5 مساءً", "T16:00/T17:00"),
    ("وتفتح المراكز بين 10:00 و12:30 ظهرا", "بين 10:00 و12:30 ظهرا", "T10:00/T12:30"),
    ("ويفتح المعبر من ٨ إلى ١٤:٣٠ يوميا".translate(INDIC), "من ٨ إلى ١٤:٣٠", "T08:00/T14:30"),
])
def test_range_with_a_colon_clock(sentence: str, span: str, value: str) -> None:
    d = one(sentence, span)
    assert d["type"] == "TIME" and d["value"] == value


@pytest.mark.parametrize("sentence", [
    "وارتفع المؤشر من 1.5 إلى 3.5 بالمائة",
    "وتراوحت النسبة بين 2.25 و3.75 في المئة",
    "وفاز الفريق بنتيجة 3:1 في الشوط الأول",
])
def test_decimals_and_scores_are_no_clock_range(sentence: str) -> None:
    assert [d for d in dates(sentence) if d["type"] == "TIME"] == []


# -- 3. an approximator before a prayer time --------------------------------------------------------------------
@pytest.mark.parametrize("sentence, span, code", [
    ("وسمع دوي انفجار قرابة الظهر في وسط المدينة", "قرابة الظهر", "MI"),
    ("وانتهت الاشتباكات قرابة العصر", "قرابة العصر", "AF"),
    ("وبدأ القصف حوالي الفجر على الأحياء الشرقية", "حوالي الفجر", "MO"),
    ("واقتحمت القوات القرية حوالى الفجر", "حوالى الفجر", "MO"),
    ("وعاد الهدوء قرابة المغرب بعد اشتباكات عنيفة", "قرابة المغرب", "EV"),
    ("وانسحب المسلحون حوالي العشاء", "حوالي العشاء", "NI"),
    ("وانطلقت المسيرة قرابة صلاة العصر", "قرابة صلاة العصر", "AF"),
])
def test_about_a_prayer_time(sentence: str, span: str, code: str) -> None:
    d = one(sentence, span)
    assert d["type"] == "TIME" and d["value"] == f"2024-03-10T{code}" and d.get("mod") == "APPROX"


@pytest.mark.parametrize("sentence", [
    "وتوجه الوفد نحو المغرب لإجراء محادثات",
    "وبلغ عدد الحجاج القادمين من المغرب حوالي مليون",
])
def test_towards_morocco_is_no_time(sentence: str) -> None:
    assert [d for d in dates(sentence) if d["type"] == "TIME"] == []


def test_a_cue_without_approximation_has_no_mod() -> None:
    d = one("ووصل الوفد قبيل الظهر", "قبيل الظهر")
    assert d["value"] == "2024-03-10TMI" and d.get("mod") is None


# -- 4. الفجر with hours, an ordinal or an adjective --------------------------------------------------------------
@pytest.mark.parametrize("sentence, span, mod", [
    ("وشنت الطائرات غارات في ساعات الفجر الأولى على بلدات الريف", "ساعات الفجر الأولى", "START"),
    ("واقتحمت القوات المخيم في الساعات الأولى من الفجر", "الساعات الأولى من الفجر", "START"),
    ("واعتقل الجيش شابين في وقت مبكر من الفجر", "وقت مبكر من الفجر", "START"),
    ("واستمر القصف حتى ساعات متأخرة من الفجر", "ساعات متأخرة من الفجر", "END"),
])
def test_hours_of_the_dawn(sentence: str, span: str, mod: str) -> None:
    d = one(sentence, span)
    assert d["type"] == "TIME" and d["value"] == "2024-03-10TMO" and d.get("mod") == mod


@pytest.mark.parametrize("sentence", [
    "ونشرت في الفجر مقالا عن الأزمة",
    "وقالت صحيفة الفجر إن الوزير استقال",
    "وأعلنت حركة فجر ليبيا سيطرتها على المطار",
])
def test_the_dawn_alone_is_no_time(sentence: str) -> None:
    assert [d for d in dates(sentence) if d["type"] == "TIME"] == []


def test_at_dawn_stays_the_prayer_rule() -> None:
    assert one("ووقع الهجوم عند الفجر", "عند الفجر")["value"] == "2024-03-10TMO"


# -- 5. the Palestinian Land Day ----------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, span, value", [
    ("وأحيا الفلسطينيون ذكرى يوم الأرض بمسيرات في الضفة الغربية", "ذكرى يوم الأرض", "2023-03-30"),  # past: last (s46)
    ("وأحيا الفلسطينيون ذكرى يوم الأرض الفلسطيني", "ذكرى يوم الأرض الفلسطيني", "2023-03-30"),
    ("ويحيي الفلسطينيون يوم الأرض الخالد بمسيرات", "يوم الأرض الخالد", "2024-03-30"),
    ("وأحيا الفلسطينيون ذكرى يوم الأرض عام 2016", "ذكرى يوم الأرض عام 2016", "2016-03-30"),
    ("وأحيا الفلسطينيون ذكرى يوم الأرض عام ٢٠١٦".translate(INDIC), "ذكرى يوم الأرض عام ٢٠١٦", "2016-03-30"),
])
def test_land_day(sentence: str, span: str, value: str) -> None:
    d = one(sentence, span)
    assert d["type"] == "DATE" and d["value"] == value


def test_bare_earth_day_stays_unread() -> None:
    assert dates("ونظمت البلدية حملة تشجير بمناسبة يوم الأرض") == []


# -- 6. the end or the start of a named day -------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, span, value, mod", [
    ("وستنتهي المهلة بحلول نهاية يوم الأحد", "نهاية يوم الأحد", "2024-03-10", "END"),
    ("وستنتهي المهلة مع نهاية يوم الخميس المقبل", "نهاية يوم الخميس المقبل", "2024-03-14", "END"),
    ("وتنتهي الهدنة نهاية الغد", "نهاية الغد", "2024-03-11", "END"),
    ("وتم الاتفاق مع نهاية يوم أمس على وقف إطلاق النار", "نهاية يوم أمس", "2024-03-09", "END"),
    ("واندلعت الاشتباكات مطلع يوم الأحد", "مطلع يوم الأحد", "2024-03-10", "START"),
    ("وتنتهي المهلة نهاية اليوم", "نهاية اليوم", "2024-03-10", "END"),  # as before
])
def test_edge_of_a_named_day(sentence: str, span: str, value: str, mod: str) -> None:
    d = one(sentence, span)
    assert d["type"] == "DATE" and d["value"] == value and d.get("mod") == mod


@pytest.mark.parametrize("sentence, span", [
    ("ووصل الوفد آخر يوم الخميس", "يوم الخميس"),
    ("ووصل الوفد أول يوم الأحد", "يوم الأحد"),
    ("وتنطلق الامتحانات بداية من يوم السبت", "يوم السبت"),
])
def test_other_edges_leave_the_day(sentence: str, span: str) -> None:
    assert one(sentence, span).get("mod") is None


# -- 7. Orthodox Easter, Sham el-Nessim, Nowruz ------------------------------------------------------------------------
@pytest.mark.parametrize("year, easter", [(2017, "2017-04-16"), (2019, "2019-04-28"), (2021, "2021-05-02"),
                                          (2023, "2023-04-16"), (2024, "2024-05-05"), (2025, "2025-04-20")])
def test_orthodox_easter_and_sham_el_nessim(year: int, easter: str) -> None:
    d = one(f"واحتفل المسيحيون بعيد الفصح الأرثوذكسي عام {year}", f"عيد الفصح الأرثوذكسي عام {year}")
    assert d["value"] == easter and d.get("holiday") == "عيد الفصح الأرثوذكسي"
    monday = (dt.date.fromisoformat(easter) + dt.timedelta(days=1)).isoformat()
    d = one(f"وخرج المصريون إلى الحدائق في شم النسيم {year}", f"شم النسيم {year}")
    assert d["value"] == monday and d.get("holiday") == "شم النسيم"


@pytest.mark.parametrize("sentence, span, value, holiday", [
    ("واحتفل المصريون بعيد القيامة لدى الأقباط", "عيد القيامة لدى الأقباط", "2023-04-16", "عيد الفصح الأرثوذكسي"),
    ("وهنأ الرئيس الأقباط بعيد الفصح الأرثوذكسي", "عيد الفصح الأرثوذكسي", "2024-05-05", "عيد الفصح الأرثوذكسي"),
    ("وتشهد الحدائق إقبالا كبيرا في شم النسيم", "شم النسيم", "2024-05-06", "شم النسيم"),
    ("واحتفل المسيحيون بعيد الفصح", "عيد الفصح", "2023-04-09", "عيد الفصح"),  # the Western one, as before
    ("واحتفل الأكراد بعيد النوروز في أربيل", "عيد النوروز", "2023-03-21", "عيد النوروز"),
    ("وأوقد الأكراد النيران احتفالا بعيد نوروز في القامشلي", "عيد نوروز", "2024-03-21", "عيد النوروز"),
    ("وأقيمت احتفالات النوروز في السليمانية", "النوروز", "2023-03-21", "عيد النوروز"),
    ("واحتفل الأكراد بعيد نوروز عام ٢٠١٦".translate(INDIC), "عيد نوروز عام ٢٠١٦", "2016-03-21", "عيد النوروز"),
    ("واحتفلت الأمهات بعيد الأم", "عيد الأم", "2023-03-21", "عيد الأم"),  # the same day, its own name
])
def test_holidays_of_eastern_news(sentence: str, span: str, value: str, holiday: str) -> None:
    d = one(sentence, span)
    assert d["type"] == "DATE" and d["value"] == value and d.get("holiday") == holiday


@pytest.mark.parametrize("sentence", [
    "وقال إن القيامة قامت في البرلمان بعد التصويت",
    "وتعرضت كنيسة في نيس لاقتحام أثناء الاحتفال بعيد القيامة المجيد",  # (Western or Coptic: unread)
    "ونشرت صحيفة النسيم تقريرا عن الأزمة",
    "والتقى الوزير بالسيد نوروز أحمد في بغداد",
])
def test_no_holiday_without_its_name(sentence: str) -> None:
    assert dates(sentence) == []


# -- 8. a count of times before a periodic adverb -----------------------------------------------------------------
@pytest.mark.parametrize("sentence, span, value, freq", [
    ("وتعقد اللجنة اجتماعا مرتين أسبوعيا", "مرتين أسبوعيا", "P1W", "2X"),
    ("ويصلي المسلمون خمس مرات يوميا", "خمس مرات يوميا", "P1D", "5X"),
    ("وتصدر المجلة 4 مرات سنويا", "4 مرات سنويا", "P1Y", "4X"),
    ("وتصدر المجلة ٤ مرات سنويا".translate(INDIC), "٤ مرات سنويا", "P1Y", "4X"),
    ("ويتم تفتيش السجون مرة شهريا", "مرة شهريا", "P1M", "1X"),
    ("ويزور الطبيب المخيم ثلاث مرات في الأسبوع", "ثلاث مرات في الأسبوع", "P1W", "3X"),  # as before
])
def test_times_a_period(sentence: str, span: str, value: str, freq: str) -> None:
    d = one(sentence, span)
    assert d["type"] == "SET" and d["value"] == value and d.get("freq") == freq


def test_a_periodic_adverb_alone_has_no_frequency() -> None:
    d = one("وتعقد اللجنة اجتماعا أسبوعيا", "أسبوعيا")
    assert d["value"] == "P1W" and d.get("freq") is None


def test_times_without_a_period_is_no_set() -> None:
    assert dates("وارتفعت الأسعار ثلاث مرات خلال الأزمة") == []


@pytest.mark.parametrize("sentence, number, per", [
    ("ويعقدون اجتماعات بمعدل 3 مرات أسبوعيا في إحدى الورش", "3", "wk"),
    ("ويعقدون اجتماعات بمعدل 3 مرات في الأسبوع في إحدى الورش", "3", "wk"),
])
def test_a_rate_of_times_stays_a_number_beside_the_set(sentence: str, number: str, per: str) -> None:
    doc = NLP(sentence, reference_date=REF).to_dict()
    assert [(n["text"], n.get("unit"), n.get("per")) for n in doc["numbers"]] == [(number, "times", per)]
    assert [d["type"] for d in doc["dates"]] == ["SET"]
