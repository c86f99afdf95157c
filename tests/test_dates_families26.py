"""Session 26's date families, on news sentences (ANT and pan-Arab wording) and their kin.

1. national holidays named without their nation ("بمناسبة عيد الإستقلال", "عيد الشهداء", "عيد الجلاء", "عيد الثورة",
   "عيد الجيش", "اليوم الوطني"): the day of the country the text names (a nisba after it, else the nearest country
   of the holiday's table in its sentence, else the one the document names most), Tunisia's when the text names no
   country, none when it names only others; events named by their day or month ("ثورة 14 جانفي" → 2011-01-14,
   "ثورة يناير" → 2011-01, "هجمات 11 سبتمبر" → 2001-09-11, "حرب أكتوبر" → 1973-10);
2. "لل" glued to a duration's count ("لل3 سنوات القادمة", as "الـ3 سنوات القادمة"); a written date after قبل/بعد/حتى
   takes the signal and TIMEX3's mod ("قبل 2011" BEFORE, "بعد 14 جانفي 2011" AFTER, "حتى 2020" ON_OR_BEFORE);
3. a fraction of the hour after the part of the day ("التاسعة مساءً و ثلاثة أرباع" → T21:45, "مساء والربع").
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_cases import INDIC, DateCases

REF = dt.date(2017, 6, 1)
_CASES = DateCases(REF)
dates, one = _CASES.dates, _CASES.one


# -- 1. national holidays by the country the text names ------------------------------------------------------------
@pytest.mark.parametrize("sentence, span, value, country", [
    # ANT: no country named → Tunisia's
    ("وذلك بمناسبة عطلة عيد الإستقلال", "عيد الإستقلال", "2017-03-20", "TN"),
    ("عفو رئاسي بمناسبة عيد الشهداء", "عيد الشهداء", "2017-04-09", "TN"),
    ("وذلك بمناسبة إحياء الذكرى 53 لعيد الجلاء", "عيد الجلاء", "2017-10-15", "TN"),
    ("وصف لطفي المرايحي الاحتفالات بعيد الثورة بـ\"الباهتة\"", "عيد الثورة", "2017-01-14", "TN"),
    ("والاعلان عن نتائج المسابقة يوم عيد الجمهورية", "يوم عيد الجمهورية", "2017-07-25", "TN"),  # يوم: session 29
    ("في عيد المرأة : يوسف الشاهد يأذن بمراجعة عطلة الأمومة", "عيد المرأة", "2017-08-13", "TN"),
    # the country of its sentence
    ("واحتفلت الجزائر أمس بعيد الاستقلال", "عيد الاستقلال", "2016-07-05", "DZ"),  # past: the last (s46)
    ("وأحيا اللبنانيون في بيروت عيد الشهداء", "عيد الشهداء", "2017-05-06", "LB"),
    ("وتحتفل سوريا بعيد الجلاء", "عيد الجلاء", "2017-04-17", "SY"),
    ("واحتفلت مصر بعيد الثورة", "عيد الثورة", "2016-07-23", "EG"),
    ("ويحتفل الجيش العراقي بعيد الجيش", "عيد الجيش", "2017-01-06", "IQ"),
    ("وتتواصل في السعودية احتفالات اليوم الوطني", "اليوم الوطني", "2017-09-23", "SA"),
    ("وتستعد الكويت للاحتفال بعيد التحرير", "عيد التحرير", "2017-02-26", "KW"),
    # the nisba after it is the country, in the span
    ("احتفالات عيد الاستقلال الأمريكي", "عيد الاستقلال الأمريكي", "2017-07-04", "US"),
    ("بمناسبة عيد الجيش اللبناني", "عيد الجيش اللبناني", "2017-08-01", "LB"),
    ("عيد الجلاء السوري", "عيد الجلاء السوري", "2017-04-17", "SY"),
    # or its name after ل, out of the span (the country stays an entity)
    ("بمناسبة عيد استقلال لبنان", "عيد استقلال", "2017-11-22", "LB"),
    ("احتفالات اليوم الوطني للمملكة العربية السعودية", "اليوم الوطني", "2017-09-23", "SA"),
    ("وهنأ الرئيس الشعب بمناسبة العيد الوطني لدولة الإمارات", "العيد الوطني", "2016-12-02", "AE"),
    ("خلال الاحتفالات بذكرى العيد الوطني لفرنسا", "العيد الوطني", "2017-07-14", "FR"),
])
def test_national_holidays_by_the_country_named(sentence: str, span: str | None, value: str | None,
                                                country: str | None) -> None:
    if span is None:  # a national day of something: no holiday
        assert not [d for d in dates(sentence) if d.get("holiday")]
        return
    d = one(sentence, span)
    assert (d["value"], d.get("country")) == (value, country)


def test_a_national_holiday_takes_the_country_the_document_names_most() -> None:
    text = ("المغرب يحتفل بذكرى المسيرة. وأشرف الملك محمد السادس على موكب بالرباط. "
            "وتزامن ذلك مع عيد الاستقلال. وقالت الوزارة المغربية إن")
    assert one(text, "عيد الاستقلال")["value"] == "2017-11-18"


def test_womens_day_outside_tunisia_is_the_8th_of_march() -> None:
    d = one("وخرجت النساء في لبنان للاحتفال بعيد المرأة", "عيد المرأة")
    assert d["value"] == "2017-03-08" and "country" not in d


@pytest.mark.parametrize("sentence", [
    "زار الرئيس فرنسا قبل عيد الاستقلال",  # a country named, none with the holiday: whose?
    "احتفالات العيد الوطني",  # no Tunisian national day of that name
    "على هامش اليوم الوطني الثالث لغسل الأيدي بالوسط الجماعي",  # a national day of something
    "اليوم الوطني للمرأة الريفية",
])
def test_no_national_holiday_when_the_country_is_unknown(sentence: str) -> None:
    assert not [d for d in dates(sentence) if d.get("holiday")]


def test_a_national_holiday_with_its_year_and_a_day_that_moved() -> None:
    assert one("الاحتفال بعيد الاستقلال 2016", "عيد الاستقلال 2016")["value"] == "2016-03-20"
    # Tunisia's revolution day is 17 December from 2021 on
    assert one("الاحتفال بعيد الثورة 2022", "عيد الثورة 2022")["value"] == "2022-12-17"
    assert one("الاحتفال بعيد الثورة 2019", "عيد الثورة 2019")["value"] == "2019-01-14"


@pytest.mark.parametrize("sentence, span, value", [
    ("أهم مصالحة حصلت ما بعد ثورة 14 جانفي هي", "14 جانفي", "2011-01-14"),
    ("لشهداء ومصابي ثورة 14 جانفي", "14 جانفي", "2011-01-14"),
    ("الذكرى الخامسة لثورة 25 جانفي (يناير)", "25 جانفي (يناير)", "2011-01-25"),
    ("في ذكرى ثورة 25 يناير", "25 يناير", "2011-01-25"),
    ("احتفالات ثورة 23 يوليو", "23 يوليو", "1952-07-23"),
    ("منذ ثورة 17 فبراير", "17 فبراير", "2011-02-17"),
    ("جندت مسلمين بعد أحداث 11 سبتمبر", "11 سبتمبر", "2001-09-11"),
    ("في السنوات التي تلت هجمات ١١ سبتمبر", "١١ سبتمبر", "2001-09-11"),
    ("في ذكرى ثورة يناير", "يناير", "2011-01"),
    ("منذ ثورة جانفي", "جانفي", "2011-01"),
    ("في ذكرى حرب أكتوبر", "أكتوبر", "1973-10"),
    ("منذ نكسة حزيران", "حزيران", "1967-06"),
    ("خلال حرب تموز", "تموز", "2006-07"),
])
def test_events_named_by_their_day_or_month(sentence: str, span: str, value: str) -> None:
    assert one(sentence, span)["value"] == value


@pytest.mark.parametrize("sentence, span, value", [
    ("المسجلة بعد ثورة 17 ديسمبر 2010 في ظل", "17 ديسمبر 2010", "2010-12-17"),  # its year written
    ("على هامش الذكرى 65 لثورة 18 جانفي 1952", "18 جانفي 1952", "1952-01-18"),
    ("خلال حرب أكتوبر 1973", "أكتوبر 1973", "1973-10"),
    ("وانطلقت الاحتجاجات يوم 14 جانفي", "يوم 14 جانفي", "2017-01-14"),  # no event named
    ("بشارع 14 جانفي", None, None),  # a street (name_heads)
])
def test_named_events_keep_a_written_year_and_others_stay(sentence: str, span: str | None,
                                                            value: str | None) -> None:
    if span is None:
        assert dates(sentence) == []
    else:
        assert one(sentence, span)["value"] == value


# -- 2. لل glued to a count; قبل/بعد/حتى with a mod -----------------------------------------------------------------
@pytest.mark.parametrize("span, value, direction", [
    ("لل3 سنوات القادمة", "P3Y", "future"), ("للـ3 سنوات القادمة", "P3Y", "future"),
    ("لل5 سنوات المقبلة", "P5Y", "future"), ("لل24 ساعة الماضية", "PT24H", "past"),
    ("لل10 أيام القادمة", "P10D", "future"), ("لل٣ سنوات القادمة", "P3Y", "future")])
def test_lil_glued_to_a_count(span: str, value: str, direction: str) -> None:
    d = one(f"ووضعت الوزارة برنامجا {span} لتطوير القطاع", span)
    assert (d["type"], d["value"], d.get("direction")) == ("DURATION", value, direction)


def test_lil_glued_to_a_count_without_an_adjective() -> None:
    d = one("وتم تمديد حالة الطوارئ لل3 أشهر أخرى", "لل3 أشهر")
    assert (d["type"], d["value"]) == ("DURATION", "P3M")


@pytest.mark.parametrize("sentence", ["حصل الفريق على المرتبة لل3 مرة", "وصل عدد القتلى لل300 شخص"])
def test_lil_glued_to_other_numbers_is_no_date(sentence: str) -> None:
    assert dates(sentence) == []


@pytest.mark.parametrize("sentence, span, value, mod", [
    ("وكانت البلاد قبل 2011 تعيش تحت حكم", "قبل 2011", "2011", "BEFORE"),
    ("وقبل 2011 كانت البلاد", "قبل 2011", "2011", "BEFORE"),
    ("وتضاعف عدد الجمعيات بعد 2011", "بعد 2011", "2011", "AFTER"),
    ("التي تأسست بعد 14 جانفي 2011", "بعد 14 جانفي 2011", "2011-01-14", "AFTER"),
    ("ويتواصل البرنامج حتى 2020", "حتى 2020", "2020", "ON_OR_BEFORE"),
    ("ويتواصل البرنامج حتى سنة 2020", "حتى سنة 2020", "2020", "ON_OR_BEFORE"),
    ("وذلك قبل يوم 14 جانفي 2011", "قبل يوم 14 جانفي 2011", "2011-01-14", "BEFORE"),
    ("ويتواصل العمل بالاتفاقية لغاية 2020", "لغاية 2020", "2020", "ON_OR_BEFORE"),  # (Levantine "until")
])
def test_a_written_date_after_a_signal_takes_a_mod(sentence: str, span: str, value: str, mod: str) -> None:
    d = one(sentence, span)
    assert (d["value"], d["mod"]) == (value, mod)


@pytest.mark.parametrize("sentence, span, value, mod", [
    ("منذ 2011", "منذ 2011", "2011/2017-06-01", None),  # a since-interval, as before
    ("قبل نهاية 2011", "نهاية 2011", "2011", "END"),  # its own mod stays
    ("بعد عيد الفطر", "عيد الفطر", "2017-06-25", None),  # no year written
    ("قبل 3 أيام", "قبل 3 أيام", "2017-05-29", None),  # a relative date
    ("من 2011 حتى 2015", "من 2011 حتى 2015", "2011/2015", None),
])
def test_signals_that_keep_their_reading(sentence: str, span: str, value: str, mod: str | None) -> None:
    d = one(sentence, span)
    assert (d["value"], d["mod"]) == (value, mod)


# -- 3. a fraction of the hour after the part of the day --------------------------------------------------------------
@pytest.mark.parametrize("span, value", [
    ("التاسعة مساءً و ثلاثة أرباع", "T21:45"), ("التاسعة مساء والربع", "T21:15"),
    ("التاسعة مساء والثلث", "T21:20"), ("الساعة الثامنة ليلا والنصف", "T20:30"),
    ("الساعة السابعة صباحا والربع", "T07:15"), ("الساعة 9 مساء والربع", "T21:15"),
    ("الساعة ٩ مساء والربع", "T21:15"), ("التاسعة وثلاثة أرباع مساء", "T21:45"),
    ("الساعة الثالثة وثلاث أرباع", "T03:45")])
def test_a_fraction_after_the_part_of_the_day(span: str, value: str) -> None:
    d = one(f"وانطلقت المسيرة على {span} من أمام المسرح البلدي", span)
    assert (d["type"], d["value"]) == ("TIME", value)


@pytest.mark.parametrize("sentence, span, value", [
    ("التاسعة مساء والنصف الثاني من المباراة", "التاسعة مساء", "T21:00"),  # the second half
    ("على الساعة العاشرة ليلا وربع ساعة من الانتظار", "الساعة العاشرة ليلا", "T22:00"),  # a quarter of an hour
    ("التاسعة والنصف مساء والربع", "التاسعة والنصف مساء", "T21:30"),  # minutes already
])
def test_a_fraction_that_is_not_the_hours(sentence: str, span: str, value: str) -> None:
    assert one(sentence, span)["value"] == value


def test_indic_digits_of_a_named_event() -> None:
    span = "25 يناير".translate(INDIC)
    assert one(f"في ذكرى ثورة {span}", span)["value"] == "2011-01-25"


@pytest.mark.parametrize("sentence, span, value, mod", [
    ("وتم إيداع الملفات قبل 20 أفريل", "قبل 20 أفريل", "2017-04-20", "BEFORE"),
    ("وتبقى التسجيلات مفتوحة حتى شهر جوان", "حتى شهر جوان", "2017-06", "ON_OR_BEFORE"),
])
def test_a_yearless_written_date_after_a_signal_takes_a_mod(sentence: str, span: str, value: str, mod: str) -> None:
    d = one(sentence, span)
    assert (d["value"], d["mod"]) == (value, mod)


def test_a_weekday_after_a_signal_keeps_its_span() -> None:
    d = one("وأكد أنه سيعلن القائمة قبل الجمعة المقبل", "الجمعة المقبل")
    assert d["mod"] is None


# -- 4. clock ranges on a named day; holidays named with يوم ----------------------------------------------------------
@pytest.mark.parametrize("span, value", [
    ("من الساعة 9 حتى 11 صباحا غدا", "2017-06-02T09:00/2017-06-02T11:00"),
    ("من الساعة 9 حتى 11 صباحا يوم غد", "2017-06-02T09:00/2017-06-02T11:00"),
    ("من الساعة 9 حتى 11 صباحا يوم السبت المقبل", "2017-06-03T09:00/2017-06-03T11:00"),
    ("من الساعة التاسعة صباحا إلى الحادية عشرة صباحا يوم السبت المقبل", "2017-06-03T09:00/2017-06-03T11:00"),
    ("من الساعة ٩ حتى ١١ صباحا غدا", "2017-06-02T09:00/2017-06-02T11:00")])
def test_a_range_of_hours_on_a_named_day(span: str, value: str) -> None:
    d = one(f"وستفتح مكاتب الاقتراع {span} أمام الناخبين", span)
    assert (d["type"], d["value"], d["end_value"]) == ("TIME", value, value.split("/")[1])


def test_a_range_of_hours_on_a_named_day_without_a_reference() -> None:
    d = one("وستفتح المكاتب من الساعة 9 حتى 11 صباحا غدا", "من الساعة 9 حتى 11 صباحا غدا", ref=None)
    assert (d["value"], d["resolved"], d.get("offset")) == ("T09:00/T11:00", False, "P1D")


@pytest.mark.parametrize("span, value", [("يوم الأم", "2017-03-21"), ("يوم الأب", "2017-06-21"),
                                         ("يوم الشكر", "2017-11-23")])
def test_holidays_named_with_yawm(span: str, value: str) -> None:
    assert one(f"وتزامن ذلك مع {span} في عدة بلدان", span)["value"] == value


def test_yawm_before_another_word_is_no_holiday() -> None:
    assert dates("وأحيت الوزارة يوم الأمن الوطني") == []


def test_of_two_countries_in_the_sentence_the_documents_country() -> None:
    # ANT: a Lebanese singer at Radès for Tunisia's independence day, in a story of Tunisian television
    text = ("تنظم تعاونية موظفي الإذاعة والتلفزة التونسية، يوم 18 مارس الجاري، حفلا فنيا ساهرا تحييه النجمة اللبنانية "
            "ماجدة الرومي، بقبة رادس في إطار الإحتفال بذكرى الإستقلال. وقد حلت ماجدة الرومي بتونس منذ يوم الأربعاء")
    d = one(text, "ذكرى الإستقلال")
    assert (d["value"], d["country"]) == ("2017-03-20", "TN")


@pytest.mark.parametrize("sentence, span, value", [
    ("وتواصلت الحرب على غزة منذ هجوم 7 أكتوبر", "7 أكتوبر", "2023-10-07"),
    ("بعد هجمات 13 نوفمبر في باريس", "13 نوفمبر", "2015-11-13"),
    ("في ذكرى ثورة الخامس والعشرين من يناير", "الخامس والعشرين من يناير", "2011-01-25"),
    ("منذ ثورة الثلاثين من يونيو", "الثلاثين من يونيو", "2013-06-30")])
def test_events_named_by_their_day_in_later_news(sentence: str, span: str, value: str) -> None:
    assert one(sentence, span, ref=dt.date(2024, 3, 1))["value"] == value


def test_an_event_named_by_a_day_of_a_later_year_is_no_such_event() -> None:
    # read in 2017, "هجوم 7 أكتوبر" is no attack of 2023
    d = one("وأسفر هجوم 7 أكتوبر عن مقتل جنديين", "7 أكتوبر")
    assert d["value"] in ("2016-10-07", "2017-10-07") and d["anchor"] == "REF"
