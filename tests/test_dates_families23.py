"""Session 23's date families, each over its neighbours, on sentences of Tunisian news (ANT) and their kin.

1. the edge of a part of the day ("آخر النهار" of the INM's weather bulletins, "أول الليل", "بداية الليلة", "آخر
   نهار اليوم"): the reference day's part with the edge's mod;
2. the night between two days written with a dash, a slash or "على" ("ليل الأحد-الاثنين", "ليلة الأربعاء - الخميس",
   "ليلة الخميس على الجمعة") or between two days of a month ("ليلة 14 إلى 15 جانفي"): the first day's night;
3. the Maghrebi "العشرية" (a decade) as "العقد" ("العشرية القادمة", "العشرية الأولى من القرن الحالي"), decades of a
   named century ("تسعينات القرن التاسع عشر" → 189), halves of a century (an interval of years), and centuries and
   years before the era (TIMEX3's BC prefix: "القرن الثالث قبل الميلاد" → BC02, "عام 550 قبل الميلاد" → BC0550).
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_cases import INDIC, WEEKDAYS, DateCases

REF = dt.date(2017, 1, 20)  # a Friday
_CASES = DateCases(REF)
dates, one, texts = _CASES.dates, _CASES.one, _CASES.texts


def last(wd: int, ref: dt.date = REF) -> dt.date:
    """The last day of ISO weekday ``wd`` on or before ``ref``."""
    return ref - dt.timedelta(days=(ref.isoweekday() - wd) % 7)


# -- 1. the edge of a part of the day --------------------------------------------------------------
EDGES = {"آخر": "END", "أواخر": "END", "نهاية": "END", "أول": "START", "بداية": "START", "مطلع": "START"}
PARTS = {"النهار": "DT", "الليل": "NI", "الليلة": "NI", "الصباح": "MO", "المساء": "EV"}


@pytest.mark.parametrize("edge", sorted(EDGES))
@pytest.mark.parametrize("part", sorted(PARTS))
@pytest.mark.parametrize("before", ["", "و", "في ", "وفي "])
def test_the_edge_of_a_part_of_the_day(edge: str, part: str, before: str) -> None:
    # ANT (INM bulletin): "الرياح … ثم تتقوى نسبيا آخر النهار قرب السواحل الشرقية"
    span = f"{edge} {part}"
    d = one(f"والرياح معتدلة ثم تتقوى نسبيا {before}{span} قرب السواحل الشرقية", span)
    assert (d["type"], d["value"], d["mod"]) == ("TIME", f"{REF.isoformat()}T{PARTS[part]}", EDGES[edge])
    assert d["part_of_day"] == PARTS[part]


@pytest.mark.parametrize("edge", ["آخر", "بداية", "أواخر"])
@pytest.mark.parametrize("day, shift", [("نهار اليوم", 0), ("ليلة أمس", -1), ("مساء الأحد", None), ("صباح غد", 1)])
def test_the_edge_of_a_named_day_part(edge: str, day: str, shift: int | None) -> None:
    span = f"{edge} {day}"
    d = one(f"وتكون الأمطار متفرقة {span} بالمناطق الغربية", span)
    date = last(7) if shift is None else REF + dt.timedelta(days=shift)
    part = {"نهار": "DT", "ليلة": "NI", "مساء": "EV", "صباح": "MO"}[day.split()[0]]
    assert (d["value"], d["mod"]) == (f"{date.isoformat()}T{part}", EDGES[edge])


def test_the_edge_of_a_part_of_the_day_not_elsewhere() -> None:
    # "الأولى" of "للمرة الأولى" is no edge (a test of Duckling's session: the match's evening stays alone)
    assert texts("تقام المباراة للمرة الأولى مساء يوم غد السبت بين الفريقين") == {
        "مساء يوم غد السبت": "2017-01-21TEV"}
    assert texts("يلعب الفريق للمرة الأولى الليلة") == {"الليلة": "2017-01-20TNI"}
    # a part alone is no time ("النهار" after no edge), nor a night counted ("أول ليلة" in prison)
    assert texts("يعمل في النهار ويدرس") == {}
    assert texts("قضى أول ليلة في السجن") == {}
    # an edge before a clock time stays out of it
    d = one("وحضر آخر الساعة 10 صباحا", "الساعة 10 صباحا")
    assert (d["value"], d["mod"]) == ("T10:00", None)
    # "الصباح نيوز" is a news site
    assert texts("وأفاد آخر الصباح نيوز") == {}


# -- 2. the night between two days -------------------------------------------------------------------
SEPARATORS = ["-", " - ", "/", " / ", " على ", " إلى "]


@pytest.mark.parametrize("wd", range(1, 8))
@pytest.mark.parametrize("sep", SEPARATORS)
@pytest.mark.parametrize("night", ["ليلة", "ليل"])
def test_the_night_between_two_weekdays(wd: int, sep: str, night: str) -> None:
    # ANT: "نشبت مشاجرة بين نواب في البرلمان التركي خلال ليلة الأربعاء - الخميس", "أعلن ليل الأحد-الاثنين"
    nxt = wd % 7 + 1
    span = f"{night} {WEEKDAYS[wd]}{sep}{WEEKDAYS[nxt]}"
    d = one(f"نشبت مشاجرة بين نواب في البرلمان خلال {span} بعد احتدام المناقشة", span)
    first, second = last(wd), last(nxt)
    if (second - first).days != 1:
        first = second - dt.timedelta(days=1)  # the second day decides, as with "إلى" (session 22)
    assert (d["type"], d["value"], d["part_of_day"]) == ("TIME", f"{first.isoformat()}TNI", "NI")


def test_the_night_between_two_weekdays_needs_the_next_day() -> None:
    # two days not a night apart stay apart; "على الاثنين" after a night may be "on the two"
    found = texts("وتم إيقافه ليلة السبت على الاثنين المصابين")
    assert "ليلة السبت على الاثنين" not in found and found["ليلة السبت"] == "2017-01-14TNI"
    found = texts("وتم إيقافه ليلة الأحد-الثلاثاء")
    assert "ليلة الأحد-الثلاثاء" not in found and found["ليلة الأحد"] == "2017-01-15TNI"


@pytest.mark.parametrize("indic", [False, True])
@pytest.mark.parametrize("tail, value", [
    ("14 إلى 15 جانفي", "2017-01-14TNI"), ("14-15 جانفي 2016", "2016-01-14TNI"),
    ("30 إلى 31 ديسمبر 2016", "2016-12-30TNI"), ("28 إلى 29 فيفري 2016", "2016-02-28TNI")])
def test_the_night_between_two_days_of_a_month(indic: bool, tail: str, value: str) -> None:
    tail = tail.translate(INDIC) if indic else tail
    span = f"ليلة {tail}"
    d = one(f"وتم حجز البضاعة {span} بمعتمدية بن قردان", span)
    assert (d["type"], d["value"]) == ("TIME", value)


def test_days_of_a_month_after_a_night_not_a_night_apart() -> None:
    assert texts("وتستمر الاحتفالات ليلة 14 إلى 20 جانفي") == {"14 إلى 20 جانفي": "2017-01-14/2017-01-20"}


# -- 3. decades, centuries, halves and the era ------------------------------------------------------
@pytest.mark.parametrize("word, value", [("الماضية", "200"), ("الفارطة", "200"), ("المنقضية", None), ("الأخيرة", "200"),
                                         ("الاخيرة", "200"), ("القادمة", "202"), ("المقبلة", "202")])
@pytest.mark.parametrize("before", ["", "خلال ", "في ", "ب"])
def test_the_maghrebi_decade(word: str, value: str | None, before: str) -> None:
    # ANT: "يمكن ان ترفع قيمة صادراتها الى 100 مليار دينار سنويا بحلول العشرية القادمة", "أقل من المعدلات المسجلة في
    # العشرية الاخيرة"
    span = f"العشرية {word}"
    sentence = f"وهو إنتاج أقل من المعدلات المسجلة {before}{span} المقدرة بـ180 ألف طن"
    if value is None:  # ("المنقضية" is no relative word of a decade)
        assert span not in texts(sentence)
        return
    d = one(sentence, span)
    if before == "خلال " and value == "200":  # the ten years up to the reference (session 31, test_dates31)
        assert (d["type"], d["value"]) == ("DURATION", "P10Y")
        return
    assert (d["type"], d["value"], d["granularity"]) == ("DATE", value, "decade")


@pytest.mark.parametrize("unit", ["العشرية", "العقد"])
@pytest.mark.parametrize("tail, value", [("الأولى من القرن الحالي", "200"), ("الثانية من القرن الحادي والعشرين", "201"),
                                         ("الأخيرة من القرن الماضي", "199"), ("الأولى من القرن العشرين", "190")])
def test_a_decade_of_a_century_by_its_rank(unit: str, tail: str, value: str) -> None:
    if unit == "العقد":  # masculine
        tail = tail.replace("الأولى", "الأول").replace("الثانية", "الثاني").replace("الأخيرة", "الأخير")
    span = f"{unit} {tail}"
    assert one(f"وشهدت {span} تحولات كبرى", span)["value"] == value


DECADES = {"الستينات": "6", "سبعينات": "7", "ثمانينيات": "8", "تسعينات": "9", "خمسينيات": "5", "أربعينات": "4"}


@pytest.mark.parametrize("decade", sorted(DECADES))
@pytest.mark.parametrize("century, cent", [("القرن العشرين", "19"), ("القرن التاسع عشر", "18"), ("القرن 19", "18"),
                                           ("القرن الماضي", "19"), ("القرن المنقضي", "19")])
def test_a_decade_of_a_named_century(decade: str, century: str, cent: str) -> None:
    # ANT: "لها خبرة في مجال التعليم الخاص منذ ثمانينات القرن المنقضي"
    span = f"{decade} {century}"
    d = one(f"لها خبرة في مجال التعليم الخاص منذ {span} وتدير 12 مؤسسة", span)
    assert d["value"] == cent + DECADES[decade]


@pytest.mark.parametrize("half, tail, value", [
    ("النصف الثاني", "القرن الماضي", "1950/1999"), ("النصف الأول", "القرن العشرين", "1900/1949"),
    ("النصف الأخير", "القرن التاسع عشر", "1850/1899"), ("الشطر الأول", "القرن الحالي", "2000/2049"),
    ("النصف الثاني", "القرن 18", "1750/1799")])
def test_a_half_of_a_century(half: str, tail: str, value: str) -> None:
    span = f"{half} من {tail}"
    d = one(f"وبنيت القنطرة في {span} على يد المستعمر", span)
    assert (d["value"], d["end_value"]) == (value, value.split("/")[1])


def test_a_half_of_the_year_and_a_bare_century_stay() -> None:
    assert texts("ارتفع النمو في النصف الأول من السنة") == {"النصف الأول من السنة": "2017-H1"}
    assert "النصف الثاني من القرن" not in texts("وبني في النصف الثاني من القرن")


@pytest.mark.parametrize("indic", [False, True])
@pytest.mark.parametrize("span, value", [
    ("القرن الثالث قبل الميلاد", "BC02"), ("القرن 3 ق.م", "BC02"), ("القرن الخامس ق م", "BC04"),
    ("القرن الحادي عشر قبل الميلاد", "BC10"), ("القرن الـ6 قبل الميلاد", "BC05")])
def test_a_century_before_the_era(indic: bool, span: str, value: str) -> None:
    span = span.translate(INDIC) if indic else span
    d = one(f"تعود هذه الفسيفساء إلى {span}.", span)
    assert (d["value"], d["era"], d["granularity"]) == (value, "BC", "century")


@pytest.mark.parametrize("indic", [False, True])
@pytest.mark.parametrize("span, value", [
    ("عام 550 قبل الميلاد", "BC0550"), ("سنة 146 ق.م", "BC0146"), ("سنة 814 ق م", "BC0814"),
    ("العام 1200 قبل الميلاد", "BC1200"), ("حوالي عام 300 قبل الميلاد", "BC0300")])
def test_a_year_before_the_era(indic: bool, span: str, value: str) -> None:
    # ANT: "وتم استخراج أول عملات ذهبية من المناجم عام 550 قبل الميلاد تقريبا"
    span = span.translate(INDIC) if indic else span
    found = texts(f"وتم استخراج أول عملات ذهبية من المناجم {span} تقريبا")
    text = span.removeprefix("حوالي ")
    assert found[text] == value


def test_the_era_of_a_century_after_it_stays() -> None:
    assert texts("وتعود إلى القرن الثاني ميلادي") == {"القرن الثاني ميلادي": "01"}
    assert texts("وتعود إلى القرن الثاني للميلاد") == {"القرن الثاني للميلاد": "01"}
    assert texts("وتعود إلى عام 698 م") == {"عام 698 م": "0698"}


# -- 4. found by the audit of ANT (seeds 24, 25 and a sample of 8,000) ------------------------------
@pytest.mark.parametrize("indic", [False, True])
@pytest.mark.parametrize("clock, value", [("20 و35 دق", "T20:35"), ("21 و25 دق", "T21:25"), ("13 و 45 دق", "T13:45"),
                                          ("8 و 5 دق", "T08:05"), ("الثامنة و5 دق صباحا", "T08:05"),
                                          ("الرابعة و10 دق مساء", "T16:10")])
def test_tunisian_minutes(indic: bool, clock: str, value: str) -> None:
    # ANT (Tunisair): "يتوقعّ الانطلاق من اسطنبول على الساعة 20 و35 دق والوصول إلى تونس على الساعة 21 و25 دق"
    span = f"الساعة {clock.translate(INDIC) if indic else clock}"
    d = one(f"يتوقع الانطلاق من اسطنبول على {span} والوصول إلى تونس", span)
    assert (d["type"], d["value"]) == ("TIME", value)


def test_tunisian_minutes_with_a_day() -> None:
    # ANT: "بحر فجر اليوم الأربعاء 8 جوان 2016، على الساعة 4 و30 دق، بعد عملية بحث"
    span = "فجر اليوم الأربعاء 8 جوان 2016، على الساعة 4 و30 دق"
    assert one(f"تم انتشال الجثة من البحر {span}، بعد عملية بحث", span)["value"] == "2016-06-08T04:30"
    # a range of hours keeps its hours ("و" before a minute word is no second hour)
    assert texts("من الساعة 8 إلى الساعة 10 صباحا") == {"من الساعة 8 إلى الساعة 10 صباحا": "T08:00/T10:00"}


@pytest.mark.parametrize("part, code", [("صباح", "MO"), ("فجر", "MO"), ("مساء", "EV"), ("ليلة", "NI")])
@pytest.mark.parametrize("yom", ["", "يوم "])
def test_first_hours_of_a_part_before_a_written_date(part: str, code: str, yom: str) -> None:
    # ANT: "أجرت تجربة صاروخ باليستي في الساعات الأولى من صباح السبت 29 أفريل 2017 بالتوقيت المحلي" (the morning was
    # lost: "الأولى من" read as an hour before it)
    span = f"الساعات الأولى من {part} {yom}السبت 29 أفريل 2017"
    d = one(f"أجرت تجربة صاروخ باليستي في {span} بالتوقيت المحلي", span)
    assert (d["type"], d["value"], d["mod"]) == ("TIME", f"2017-04-29T{code}", "START")


def test_an_hour_before_a_part_of_a_written_date_stays_the_time() -> None:
    span = "الساعة 8 من صباح يوم السبت 29 أفريل 2017"
    assert one(f"انطلقت العملية على {span}", span)["value"] == "2017-04-29T08:00"
    assert texts("قتل 3 صباح السبت 29 أفريل") == {"السبت 29 أفريل": "2017-04-29"}


@pytest.mark.parametrize("name, wd", [("الاثنين", 1), ("الإثنين", 1), ("الجمعة", 5), ("الأحد", 7), ("الاحد", 7)])
@pytest.mark.parametrize("head", ["حسب بلاغ صادر", "وفق بلاغ صادر", "في بلاغ أصدرته", "خلال الجلسة المنعقدة",
                                  "في الندوة الصحفية المنعقدة"])
def test_an_ambiguous_weekday_after_a_press_release(name: str, wd: int, head: str) -> None:
    # ANT: "وتتمثل الجائزة، حسب بلاغ صادر الاثنين عن وزارة الشؤون الاجتماعية، في مبلغ مالي"
    d = one(f"وتتمثل الجائزة، {head} {name} عن وزارة الشؤون الاجتماعية، في مبلغ مالي", name)
    assert d["value"] == last(wd).isoformat()


def test_the_two_after_a_press_release_stay_the_two() -> None:
    assert texts("وجاء في بلاغ الوزارة أن الطرفين الاثنين اتفقا") == {}


@pytest.mark.parametrize("phrase, mod", [("ساعات الليل المتأخرة", "END"), ("ساعات الصباح المبكرة", "START"),
                                         ("الساعات المتأخرة من الليل", "END"), ("الساعات المبكرة من الصباح", "START")])
@pytest.mark.parametrize("cue", ["في", "خلال", "منذ"])
def test_late_and_early_hours_of_a_part(phrase: str, mod: str, cue: str) -> None:
    # ANT: "الموظفين الذين يحاولون إيقاف العمل في ساعات الليل المتأخرة"
    d = one(f"الموظفين الذين يحاولون إيقاف العمل {cue} {phrase}", phrase)
    part = "NI" if "الليل" in phrase else "MO"
    assert (d["value"], d["mod"]) == (f"{REF.isoformat()}T{part}", mod)


def test_an_hour_before_a_part_of_the_same_day() -> None:
    # ANT (held out): "تمكنت أيضا حوالي الساعة 15 و30 دق من ظهر نفس اليوم، من حجز سيارتي تهريب": the hour, and the part
    # with its anaphoric day (it was "الساعة 15 و30 دق من ظهر" alone once "دق" was read)
    found = texts("حجزت الوحدات يوم 30 ماي 2017 سيارة، كما تمكنت حوالي الساعة 15 و30 دق من ظهر نفس اليوم، من حجز سيارة")
    assert found == {"يوم 30 ماي 2017": "2017-05-30", "الساعة 15 و30 دق": "T15:30", "ظهر نفس اليوم": "2017-05-30TMI"}


# -- 5. weeks of a month as Duckling's Arabic corpus writes them (the value stays this project's ISO week) ---------
@pytest.mark.parametrize("span, value", [
    ("أول أسبوع بشهر أكتوبر 2014", "2014-W40"), ("اول اسبوع من شهر اكتوبر 2014", "2014-W40"),
    ("الأسبوع الأول من شهر عشرة 2014", "2014-W40"), ("آخر أسبوع في سبتمبر لعام 2014", "2014-W39"),
    ("آخر أسبوع من شهر ديسمبر 2016", "2016-W52"), ("الأسبوع الأخير من شهر 3 2015", "2015-W13"),
    ("ثالث أسبوع من جوان 2016", "2016-W24")])
def test_weeks_of_a_month_with_the_ordinal_first(span: str, value: str) -> None:
    d = one(f"وتنطلق الحملة خلال {span} في كامل الولايات", span)
    assert (d["type"], d["value"]) == ("DATE", value)


def test_a_first_week_of_no_month_stays_no_date() -> None:
    assert texts("قضى أول أسبوع في السجن") == {}
    assert texts("وهو أول أسبوع عالمي للتوعية بالمضادات الحيوية") == {}


@pytest.mark.parametrize("span, value", [
    ("النصف الأول من شهر رمضان لسنة 2017", "2017-05-27/2017-06-10"),  # ANT (held out)
    ("العشرية الأخيرة من شهر رمضان لسنة 2017", "2017-06-16/2017-06-24"),
    ("النصف الثاني من رمضان 1438", "2017-06-11/2017-06-24"), ("الأسبوع الأخير من شهر رمضان 2016", "2016-W26")])
def test_a_part_of_a_hijri_month_in_a_gregorian_year(span: str, value: str) -> None:
    # "لسنة 2017" after the month was read as its year once "ل" could open one, and a Hijri month refused it: the
    # whole month was left ("شهر رمضان"); a Gregorian year gives the Hijri month that begins in it
    d = one(f"ارتفعت نسبة قتلى حوادث المرور خلال {span} بـ 4.9 بالمائة", span)
    assert d["value"] == value


@pytest.mark.parametrize("sentence", [
    # ANT 11872: "contracts" of a traineeship, no decades
    "كما هو الشأن بالنسبة لعقود تربص الإعداد للحياة المهنية",
    "وشدد الوزير على أن هذا البرنامج لن يعوض عقود تربصات الإعداد للحياة المهنية",
    "تم إبرام لعقود شراكة جديدة مع القطاع الخاص",
])
def test_a_bare_plural_of_contracts_is_no_decades(sentence: str) -> None:
    assert texts(sentence) == {}


@pytest.mark.parametrize(("sentence", "span", "value"), [
    ("ظل الصراع قائما لعقود.", "عقود", "PXY"),
    ("استمر ذلك لعقود طويلة في المنطقة", "عقود", "PXY"),
    ("بقيت الأرض مهجورة لعقود عديدة", "عقود", "PXY"),
    ("عاشت العائلة هناك لعقود من الزمن", "عقود", "PXY"),
    ("منذ عقود والبلاد تعاني من البطالة", "منذ عقود", "PAST_REF"),
])
def test_decades_stay_decades(sentence: str, span: str, value: str) -> None:
    assert texts(sentence) == {span: value}


def test_several_decades_before_a_word_stay_decades() -> None:
    # ANT: "عدة" counts decades whatever follows
    assert texts("المبيدات التي قد تبقى في التربة لعدة عقود وقد ناقش الخبراء المستوى") == {"عدة عقود": "PXY"}
