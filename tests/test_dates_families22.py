"""Date families of session 22.

* a day word with its weekday fixes the writer's day, and every bare weekday of the document ("السبت",
  "يوم السبت", "الأحد المقبل", "الخميس الماضي") is read against that day (ANT: "أمس، الجمعة" … "السبت");
* the last/next N hours with the count in digits after the article ("الـ24 ساعة الماضية"), the next or
  past hour ("في الساعة المقبلة"), minutes to come ("الدقائق القادمة");
* parts of a month: Tunisian "الشطر" (a half), "العشرية الأولى من شهر مارس" (ten days), "نصف شهر مارس"
  (its middle, as "نص" and "منتصف");
* a weekday range whose last weekday has a relative word ("من الجمعة إلى الأحد المقبل", "بين السبت
  والاثنين القادم");
* a part of the day before "هذا اليوم" ("فجر هذا اليوم"), Tunisian "نهار" before a day ("نهار الأربعاء"),
  "منتصف نهار اليوم" (noon).

Values are computed here with datetime; the reference is a Friday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_cases import INDIC, WEEKDAYS, DateCases

REF = dt.date(2017, 1, 20)  # a Friday

_CASES = DateCases(REF)
dates, one, texts = _CASES.dates, _CASES.one, _CASES.texts
writers = _CASES.writers_day


def last_on_or_before(day: dt.date, wd: int) -> dt.date:
    return day - dt.timedelta(days=(day.isoweekday() - wd) % 7)


# -- 1. bare weekdays read against the writer's day ------------------------------------------------------
ANT_11561 = ("أفادت وزارة الفلاحة في بلاغ لها الوم السبت بان منسوب مياه وادي مجردة يشهد انخفاضا.\n"
             "واكدت الوزارة ان المصالح المختصة سجلت 120 مليون متر مكعب تم تسجيلها امس، الجمعة. "
             "وبلغ منسوب المياه بسد سيدي سالم الى حدود منتصف نهار، السبت، 630 مليون متر مكعب.")


def test_ant_yesterday_friday_makes_every_saturday_the_writers_day() -> None:
    found = texts(ANT_11561)
    assert found["امس، الجمعة"] == "2017-01-20"
    assert found["السبت"] == "2017-01-21"  # the writer's Saturday, not the 14th
    # ("الى حدود", until, takes the time into its span with mod ON_OR_BEFORE since session 27b)
    assert found["الى حدود منتصف نهار، السبت"] == "2017-01-21T12:00"


@pytest.mark.parametrize("word, days", [("اليوم", 0), ("أمس", -1), ("غدا", 1)])
@pytest.mark.parametrize("wd", range(1, 8))
def test_bare_weekdays_follow_the_writers_day(word: str, days: int, wd: int) -> None:
    named = WEEKDAYS[wd]
    writer = writers(days, wd)
    other = (wd + 2) % 7 + 1  # another weekday, two days on
    bare = WEEKDAYS[other]
    sentence = f"أعلنت الوزارة {word} {named} أن الوزير زار المنطقة {bare}."
    found = texts(sentence)
    assert found[f"{word} {named}"] == (writer + dt.timedelta(days=days)).isoformat()
    assert found[bare] == last_on_or_before(writer, other).isoformat()


def test_relative_weekdays_count_from_the_writers_day() -> None:
    sentence = ("أفاد المصدر غدا الأحد أن الجلسة انعقدت الخميس الماضي وتم ايقافه يوم السبت، "
                "وسيعقد اجتماع يوم الاثنين المقبل.")
    found = texts(sentence)
    assert found["غدا الأحد"] == "2017-01-22"  # the writer's Saturday 21st
    assert found["الخميس الماضي"] == "2017-01-19"
    assert found["يوم السبت"] == "2017-01-21"  # the writer's day itself
    assert found["يوم الاثنين المقبل"] == "2017-01-23"


def test_without_a_day_word_bare_weekdays_keep_the_reference() -> None:
    assert texts("قالت الشرطة إنها اعتقلت المشتبه به السبت.")["السبت"] == "2017-01-14"


# -- 2. hours and minutes relative to now ---------------------------------------------------------------
@pytest.mark.parametrize("art", ["الـ", "ال", "الـ ", "ال "])
@pytest.mark.parametrize("n, unit, rel, value, direction", [
    ("24", "ساعة", "الماضية", "PT24H", "past"), ("48", "ساعة", "الأخيرة", "PT48H", "past"),
    ("24", "ساعة", "المنقضية", "PT24H", "past"), ("72", "ساعة", "القادمة", "PT72H", "future"),
    ("10", "سنوات", "الماضية", "P10Y", "past"), ("30", "يوما", "الأخيرة", "P30D", "past"),
    ("20", "عاما", "المقبلة", "P20Y", "future"), ("6", "أشهر", "الفارطة", "P6M", "past"),
])
def test_a_count_in_digits_after_the_article_and_its_relative_word(art: str, n: str, unit: str, rel: str,
                                                                   value: str, direction: str) -> None:
    for digits in (n, n.translate(INDIC)):
        span = f"{art}{digits} {unit} {rel}"
        d = one(f"وسجلت الحماية المدنية 12 حادثا خلال {span} بالطرقات.", span)
        assert (d["type"], d["value"], d["direction"]) == ("DURATION", value, direction)


def test_the_last_n_units_with_a_clitic_and_their_range() -> None:
    d = one("وباعت الشركة مليار هاتف على مدى الـ 10 سنوات الماضية.", "الـ 10 سنوات الماضية")
    assert d["range"] == {"start": "2007-01-20", "end": "2017-01-20"}
    d = one("تطور القطاع وخلال ال6 سنوات الأخيرة تضاعف.", "ال6 سنوات الأخيرة")
    assert d["value"] == "P6Y"


@pytest.mark.parametrize("rel, direction", [("المقبلة", "future"), ("القادمة", "future"),
                                            ("الماضية", "past"), ("المنقضية", "past"), ("الفارطة", "past")])
def test_the_next_or_past_hour(rel: str, direction: str) -> None:
    for before in ("في ", "خلال ", "و", "ب"):
        span = f"الساعة {rel}"
        d = one(f"وبينت مواقع إماراتية أن الإستقالات ستتأكد {before}{span} وستشمل القنوات.", span)
        assert (d["type"], d["value"], d["direction"]) == ("DURATION", "PT1H", direction)


def test_an_hour_of_something_is_no_hour_from_now() -> None:
    assert dates("وسجل هدفا في الساعة الأخيرة من اللقاء.") == []
    assert dates("وارتفعت الأسعار في الساعة الماضية من التداول.") == []
    assert dates("ويحدث ذلك مع تأثير أكبر للساعة الأخيرة.") == []


@pytest.mark.parametrize("phrase, value", [
    ("الدقائق القادمة", "FUTURE_REF"), ("الدقائق المقبلة", "FUTURE_REF"), ("الدقائق القليلة القادمة", "FUTURE_REF"),
    ("الدقائق الماضية", "PAST_REF"), ("الدقائق القليلة الماضية", "PAST_REF"), ("الدقائق المنقضية", "PAST_REF"),
])
def test_minutes_to_come_and_past(phrase: str, value: str) -> None:
    d = one(f"وسيتم الإعلان عن النتائج خلال {phrase}.", phrase)
    assert (d["type"], d["value"]) == ("DATE", value)


def test_a_matchs_last_minutes_are_no_time_from_now() -> None:
    assert dates("تمكن ترجي جرجيس من تحقيق إنتصار في الدقائق الأخيرة بنتيجة 1 - 0") == []


# -- 3. parts of a month ---------------------------------------------------------------------------------
#: months within six months of the reference (a farther yearless month is the nearer year's: README)
MONTHS = [("فيفري", 2), ("مارس", 3), ("أفريل", 4), ("ماي", 5), ("جوان", 6), ("أيار", 5), ("نيسان", 4),
          ("حزيران", 6), ("فبراير", 2)]


def _span(year: int, month: int, a: int, b: int | None) -> str:
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return f"{dt.date(year, month, a).isoformat()}/{dt.date(year, month, b or last).isoformat()}"


@pytest.mark.parametrize("name, month", MONTHS)
@pytest.mark.parametrize("ord_, a, b", [("الأولى", 1, 10), ("الثانية", 11, 20), ("الثالثة", 21, None),
                                        ("الأخيرة", 21, None)])
def test_ten_days_of_a_month(name: str, month: int, ord_: str, a: int, b: int | None) -> None:
    for shahr in ("شهر ", ""):
        span = f"العشرية {ord_} من {shahr}{name}"
        d = one(f"وستنطلق الأشغال في {span} حسب الوزارة.", span)
        assert d["value"] == _span(2017, month, a, b)
    span = f"العشرية {ord_} من شهر {name} 2018"
    assert one(f"وستنطلق الأشغال خلال {span}.", span)["value"] == _span(2018, month, a, b)


def test_ten_days_of_this_month_and_not_of_a_century() -> None:
    d = one("وستنطلق الأشغال في العشرية الثانية من الشهر الجاري.", "العشرية الثانية من الشهر الجاري")
    assert d["value"] == "2017-01-11/2017-01-20"
    assert [d["text"] for d in dates("وعاشت البلاد العشرية السوداء.")] == []
    # (session 23: a decade of the century, as "العقد الأول من القرن الحالي"; it was the century alone)
    assert [(d["text"], d["value"]) for d in dates("والعشرية الأولى من القرن الحالي.")] == [
        ("العشرية الأولى من القرن الحالي", "200")]


@pytest.mark.parametrize("name, month", MONTHS)
@pytest.mark.parametrize("ord_, a, b", [("الأول", 1, 15), ("الثاني", 16, None)])
def test_the_tunisian_half_of_a_month(name: str, month: int, ord_: str, a: int, b: int | None) -> None:
    span = f"الشطر {ord_} من شهر {name}"
    d = one(f"وتراجعت الأسعار خلال {span}.", span)
    assert d["value"] == _span(2017, month, a, b)


@pytest.mark.parametrize("phrase, value", [
    ("الشطر الأول من السنة", "2017-H1"), ("الشطر الثاني من العام الجاري", "2017-H2"),
    ("الشطر الثاني من سنة 2016", "2016-H2"), ("الشطر الأول من عام ٢٠١٥", "2015-H1"),
    ("الشطر الثاني من العام الماضي", "2016-H2"),
])
def test_the_tunisian_half_of_a_year(phrase: str, value: str) -> None:
    assert one(f"وتراجعت الأسعار خلال {phrase} بنسبة 5 بالمائة.", phrase)["value"] == value


def test_a_half_of_something_else_is_no_date() -> None:
    assert dates("وفي الشطر الثاني من المباراة سجل الفريق.") == []
    assert dates("الشطر الباكستاني من كشمير") == []


@pytest.mark.parametrize("name, month", MONTHS)
def test_half_before_a_month_is_its_middle(name: str, month: int) -> None:
    for shahr in ("شهر ",):  # (a bare month after "نصف" is no date: "نصف مارس")
        for before in ("في ", "و", "ب"):
            span = f"نصف {shahr}{name}"
            d = one(f"وستنطلق الأشغال {before}{span}.", span)
            assert (d["value"], d["mod"]) == (f"2017-{month:02d}", "MID")
    d = one("وستنطلق الأشغال في نصف شهر أفريل 2018.", "نصف شهر أفريل 2018")
    assert (d["value"], d["mod"]) == ("2018-04", "MID")


def test_half_a_month_alone_is_a_duration() -> None:
    d = one("ودامت الأشغال نصف شهر.", "نصف شهر")
    assert (d["type"], d["value"]) == ("DURATION", "P15D")
    d = one("ودامت الأشغال نصف الشهر الماضي.", "الشهر الماضي")
    assert d["mod"] is None


# -- 4. weekday ranges with a relative word on the last ------------------------------------------------
def _before(day: dt.date, wd: int) -> dt.date:
    """The last ``wd`` strictly before ``day``."""
    return day - dt.timedelta(days=(day.isoweekday() - wd) % 7 or 7)


def _next(wd: int) -> dt.date:
    return REF + dt.timedelta(days=(wd - REF.isoweekday()) % 7 or 7)


def _last(wd: int) -> dt.date:
    return REF - dt.timedelta(days=(REF.isoweekday() - wd) % 7)


@pytest.mark.parametrize("a", range(1, 8))
@pytest.mark.parametrize("gap", [1, 2, 3])
def test_a_range_to_the_next_weekday(a: int, gap: int) -> None:
    b = (a + gap - 1) % 7 + 1
    end = _next(b)
    for opener, conj, yom in (("من ", "إلى ", ""), ("من ", "حتى ", "يوم "), ("بين ", "و", ""),
                              ("من ", "الى غاية ", "")):
        for rel in ("المقبل", "القادم"):
            span = f"{opener}{yom}{WEEKDAYS[a]} {conj}{yom}{WEEKDAYS[b]} {rel}"
            d = one(f"وتتواصل التظاهرة {span} بالعاصمة.", span)
            assert d["value"] == f"{_before(end, a).isoformat()}/{end.isoformat()}", span


@pytest.mark.parametrize("a", range(1, 8))
def test_a_range_to_the_last_weekday(a: int) -> None:
    b = a % 7 + 2 if a % 7 + 2 <= 7 else 1
    end = _last(b) if _last(b) < REF else _last(b) - dt.timedelta(days=7)
    for rel in ("الماضي", "الفارط"):
        span = f"من {WEEKDAYS[a]} إلى {WEEKDAYS[b]} {rel}"
        d = one(f"وتواصلت الاحتجاجات {span} بالجهة.", span)
        assert d["value"] == f"{_before(end, a).isoformat()}/{end.isoformat()}", span


def test_between_two_weekdays_without_a_relative_word_is_unchanged() -> None:
    assert texts("وتتواصل التظاهرة بين السبت والأحد.") == {"السبت": "2017-01-14", "الأحد": "2017-01-15"}


def test_a_first_weekday_with_its_own_relative_word_is_left_alone() -> None:
    found = texts("وتتواصل من الجمعة الماضي إلى الأحد المقبل.")
    assert found == {"الجمعة الماضي": "2017-01-13", "الأحد المقبل": "2017-01-22"}


# -- 5. parts of this day, Tunisian نهار, noon -----------------------------------------------------------
@pytest.mark.parametrize("part, code", [("فجر", "MO"), ("صباح", "MO"), ("صبيحة", "MO"), ("ظهر", "MI"),
                                        ("بعد ظهر", "AF"), ("مساء", "EV"), ("عشية", "EV"), ("ليلة", "NI")])
def test_a_part_of_this_day(part: str, code: str) -> None:
    span = f"{part} هذا اليوم"
    d = one(f"قتل 40 شخصا في الضربة الجوية على صبراتة {span}.", span)
    assert (d["type"], d["value"]) == ("TIME", f"2017-01-20T{code}")


def test_this_day_alone_is_still_no_date() -> None:
    assert dates("وتدور المقابلة هذا اليوم بين الفريقين.") == []
    assert [d["text"] for d in dates("وتم ذلك في مثل هذا اليوم من سنة 2011.")] == ["سنة 2011"]


@pytest.mark.parametrize("wd", range(1, 8))
def test_tunisian_nahar_before_a_weekday_is_its_daytime(wd: int) -> None:
    day = _last(wd)
    for before in ("", "يوم "):
        span = f"نهار {before}{WEEKDAYS[wd]}"
        d = one(f"وأكد المصدر أن الطقس كان ممطرا {span} بالشمال.", span)
        assert (d["type"], d["value"]) == ("TIME", f"{day.isoformat()}TDT")


def test_nahar_of_today_and_of_a_relative_day() -> None:
    assert one("وتتواصل الأمطار كامل نهار اليوم، حيث", "نهار اليوم")["value"] == "2017-01-20TDT"
    assert one("وتم ايقافه نهار الأحد الفارط", "نهار الأحد الفارط")["value"] == "2017-01-15TDT"


@pytest.mark.parametrize("day, value", [
    ("اليوم", "2017-01-20"), ("أمس", "2017-01-19"), ("يوم الأحد", "2017-01-15"), ("، السبت", "2017-01-14"),
    ("اليوم الثلاثاء", "2017-01-17"),
])
def test_noon_of_a_day(day: str, value: str) -> None:
    span = f"منتصف نهار{'' if day.startswith('،') else ' '}{day}"
    # ("الى حدود", until, takes the time into its span with mod ON_OR_BEFORE since session 27b)
    d = one(f"ويتواصل ذلك الى حدود {span} حسب المعهد.", f"الى حدود {span}")
    assert (d["type"], d["value"], d["mod"]) == ("TIME", f"{value}T12:00", "ON_OR_BEFORE")


def test_noon_of_this_day() -> None:
    for noon in ("منتصف نهار", "منتصف النهار"):
        span = f"{noon} هذا اليوم"
        d = one(f"استقبل المطار إلى حدود {span} طائرة واحدة.", f"إلى حدود {span}")
        assert (d["type"], d["value"], d["mod"]) == ("TIME", "2017-01-20T12:00", "ON_OR_BEFORE")
    d = one("استقبل المطار إلى حدود منتصف نهار هذا اليوم طائرة.", "منتصف نهار هذا اليوم", ref=None)  # no mod
    assert (d["value"], d["resolved"]) == (None, False)


# -- 6. the night between two days (Tunisian security reports) ------------------------------------------
@pytest.mark.parametrize("a", range(1, 8))
def test_the_night_between_two_weekdays_is_the_first_ones_night(a: int) -> None:
    b = a % 7 + 1
    first, second = last_on_or_before(REF, a), last_on_or_before(REF, b)
    # each bare weekday is the last on or before the reference (a past verb); when the two are not a night
    # apart (Friday the reference, Saturday the 14th), the second day decides
    night = first if second - first == dt.timedelta(days=1) else second - dt.timedelta(days=1)
    for opener, conj in (("ليلة ", "إلى "), ("ليلة ", "الى ")):
        span = f"{opener}{WEEKDAYS[a]} {conj}{WEEKDAYS[b]}"
        found = texts(f"وتمكنت الوحدات الأمنية في {span} من حجز كمية من المخدرات.")
        assert found == {span: f"{night.isoformat()}TNI"}
    # weekdays joined by و fall in one stretch from the first (README): the first day's night
    for opener in ("الليلة الفاصلة بين ", "ليلة الفاصلة بين "):
        span = f"{opener}{WEEKDAYS[a]} و{WEEKDAYS[b]}"
        found = texts(f"وتمكنت الوحدات الأمنية في {span} من حجز كمية من المخدرات.")
        assert found == {span: f"{first.isoformat()}TNI"}


def test_the_night_between_two_days_of_a_month() -> None:
    for digits in ("14 و15", "14 و 15", "١٤ و١٥"):
        span = f"الليلة الفاصلة بين {digits} جانفي 2017"
        d = one(f"وتم خلال {span} حجز كمية.", span)
        assert (d["type"], d["value"], d["part_of_day"]) == ("TIME", "2017-01-14TNI", "NI")
    span = "الليلة الفاصلة بين يومي 14 و15 جانفي"
    assert one(f"وتم في {span} حجز كمية.", span)["value"] == "2017-01-14TNI"


def test_the_second_days_relative_word_fixes_the_night() -> None:
    d = one("وتم ليلة الأحد إلى الاثنين الماضي حجز كمية.", "ليلة الأحد إلى الاثنين الماضي")
    assert d["value"] == "2017-01-15TNI"
    d = one("وتم في الليلة الفاصلة بين الأحد والاثنين الماضيين حجز كمية.",
            "الليلة الفاصلة بين الأحد والاثنين الماضيين")
    assert (d["value"], d["anchor"]) == ("2017-01-15TNI", "REF")


def test_days_that_do_not_follow_each_other_are_no_night() -> None:
    assert texts("وتم في الليلة الفاصلة بين الأحد والثلاثاء حجز كمية.") == {
        "الأحد": "2017-01-15", "الثلاثاء": "2017-01-17"}
    assert texts("وتم في الليلة الفاصلة بين 14 و16 جانفي 2017 حجز كمية.") == {
        "بين 14 و16 جانفي 2017": "2017-01-14/2017-01-16"}
    assert texts("وتم ليلة الأحد والاثنين حجز كمية.") == {"ليلة الأحد": "2017-01-15TNI", "الاثنين": "2017-01-16"}
