"""Date families of session 19, read in ANT news (v1.1) and Recognizers-Text's Arabic DateTime specs.

* an ambiguous weekday ("الأحد" one, "الاثنين" the two, "الجمعة" the Friday prayer) is a day in a news
  clause: a verb or an event noun up to five words before it ("وقال الرئيس الفرنسي فرنسوا هولاند الجمعة"),
  a relative pronoun and its verb ("الذي استهدف الأحد كنيسة"), منذ, a weekday pair ("بين الأحد والاثنين"),
  a bracket after اليوم/أمس ("اليوم (الاثنين)", one span); not "the two" after a definite plural;
* a weekday before a count is the weekday alone ("اعتقلت الشرطة الخميس خمسة أشخاص");
* "أول أمس الجمعة" is one date; a preposition or "يوم" glued to a day ("في2 ماي 2016") leaves the day in;
* "خلال اليوم" is any day ("للجلوس خلال اليوم"), not today; "كذبة أفريل" is 1 April.

Values are computed here with datetime; the reference is a Thursday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_cases import DateCases

REF = dt.date(2017, 6, 1)  # a Thursday
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
#: The ambiguous weekdays as news writes them → ISO weekday
AMBIGUOUS = {"الأحد": 7, "الاحد": 7, "الاثنين": 1, "الإثنين": 1, "الجمعة": 5}
WEEKDAYS = {1: "الاثنين", 2: "الثلاثاء", 3: "الأربعاء", 4: "الخميس", 5: "الجمعة", 6: "السبت", 7: "الأحد"}


_CASES = DateCases(REF)
dates, one = _CASES.dates, _CASES.one


def last(wd: int, ref: dt.date = REF) -> str:
    """The last day of ISO weekday ``wd`` on or before ``ref``."""
    return (ref - dt.timedelta(days=(ref.isoweekday() - wd) % 7)).isoformat()


def named(days: int, wd: int, ref: dt.date = REF) -> str:
    """The day a day word (``days`` from ``ref``: اليوم 0, أمس -1, أول أمس -2) written with weekday ``wd`` names:
    the writer's day is the last one on or before the day after the reference that makes it fall on ``wd``
    (session 21; it was the nearest day of that name)."""
    after = ref + dt.timedelta(days=days + 1)
    return (after - dt.timedelta(days=(after.isoweekday() - wd) % 7)).isoformat()


def coming(wd: int, ref: dt.date = REF) -> str:
    """The next day of ISO weekday ``wd`` on or after ``ref``."""
    return (ref + dt.timedelta(days=(wd - ref.isoweekday()) % 7)).isoformat()


# -- 1. an ambiguous weekday in a news clause ----------------------------------------------------------
CLAUSES = [  # (the clause before the weekday, what follows it); ANT's forms, a verb one to five words back
    ("وقال الرئيس الفرنسي فرنسوا هولاند", "في بروكسل حيث حضر قمة"),
    ("كشفت الشرطة البريطانية", "هوية منفذين لاعتداءات لندن"),
    ("أيدت محكمة استئناف أمريكية", "قرار محكمة أقل درجة"),
    ("واعتقلت السلطات 40 شخصا", "بينهم قادة في الحراك"),
    ("وكان ترامب وصف", "كيم بأنه ماكر جدا"),
    ("وقّع المغرب", "اتفاقية مشروع ضخم"),
    ("أعلن علماء", "عن نتائج بحث معمق"),
    ("وأكدوا للصحفيين في نيويورك", "أن الوضع خطير"),
    ("مكنت فرقة الشرطة العدلية بقرمبالية", "من إيقاف كهل"),
    ("كما التقى وزير الخارجية نظيره الفرنسي", "بمقر الوزارة"),
    # a relative pronoun and its verb
    ("منفذي التفجير الانتحاري الذي استهدف", "كنيسة في القاهرة"),
    ("الانتخابات التشريعية التي فاز فيها", "حزب الرئيس"),
    ("من ملف الاعتداء الذي تعرضت له", "منطقة ليون"),
    ("الملتقى الدولي لمجمع غلوبال سيابي الذي انتظم", "بالحمامات"),
    # an event noun
    ("خلال التدافع الذي تلا إطلاق النار", "في منتجع"),
    ("وأعلن وزير الداخلية في مؤتمر صحافي", "نتائج الانتخابات"),
    ("وشاركت في عملية", "سفن إيطالية"),
    ("سوسة : انقطاع التيار الكهربائي", "بهذه المناطق"),
    ("حصيلة أحداث", "موعد يومي مع أبرز الأحداث"),
]


@pytest.mark.parametrize("before, after", CLAUSES)
@pytest.mark.parametrize("day", list(AMBIGUOUS))
def test_an_ambiguous_weekday_in_a_news_clause_is_a_day(before: str, after: str, day: str) -> None:
    sentence = f"{before} {day} {after}"
    d = one(sentence, day)
    assert d["type"] == "DATE" and d["value"] == last(AMBIGUOUS[day])


@pytest.mark.parametrize("before", ["وأضافت أن هذه المجموعة ستصل إلى إيطاليا", "وما زال المرشحان اللذان ينظمان",
                                    "ومن المقرر أن يعقد الطرفان اجتماعا"])
@pytest.mark.parametrize("day", ["الأحد", "الاثنين", "الجمعة"])
def test_a_future_clause_reads_the_coming_day(before: str, day: str) -> None:
    d = one(f"{before} {day} في العاصمة", day)
    assert d["value"] == coming(AMBIGUOUS[day])


@pytest.mark.parametrize("day", list(AMBIGUOUS))
@pytest.mark.parametrize("sentence", ["وأدت موجة البرد التي تشهدها البلاد منذ {day} الى وفاة سبعة اشخاص",
                                      "الاشتباكات مستمرة منذ {day} في المدينة"])
def test_since_a_weekday(sentence: str, day: str) -> None:
    d = one(sentence.format(day=day), day)
    assert d["value"] == last(AMBIGUOUS[day]) and d["relation"] == "since"


@pytest.mark.parametrize("first, second", [("الأحد", "الاثنين"), ("الاثنين", "الثلاثاء"), ("الخميس", "الجمعة"),
                                           ("الجمعة", "السبت"), ("السبت", "الأحد")])
def test_the_night_between_two_weekdays(first: str, second: str) -> None:
    sentence = f"نفذت وحدات الشرطة في الليلة الفاصلة بين {first} و{second} حملة أمنية"
    found = {d["text"]: d["value"] for d in dates(sentence)}
    wd = next(n for n, name in WEEKDAYS.items() if name == first)
    # (since session 22 the night is one TIME, the first day's night)
    assert found == {f"الليلة الفاصلة بين {first} و{second}": f"{last(wd)}TNI"}


def test_a_weekday_after_another_and_a_dash() -> None:
    sentence = "وكان المسماري أعلن ليل الأحد-الاثنين عن حشد جوي"
    # (session 23: the night between the two days is one TIME, the first day's night; the Monday was a DATE)
    assert one(sentence, "ليل الأحد-الاثنين")["value"] == f"{last(7, dt.date.fromisoformat(last(1)))}TNI"
    assert one("وكان المسماري أعلن الأحد-الاثنين عن حشد جوي", "الاثنين")["value"] == last(1)


@pytest.mark.parametrize("word, days", [("اليوم", 0), ("أمس", -1), ("البارحة", -1)])
@pytest.mark.parametrize("wd", [1, 3, 5, 7])
def test_a_weekday_in_brackets_after_a_day_word_is_one_date(word: str, days: int, wd: int) -> None:
    span = f"{word} ({WEEKDAYS[wd]})"
    d = one(f"قال صندوق الأمم المتحدة للسكان {span} إن تفشي الوباء مستمر", span)
    assert d["value"] == named(days, wd)  # the written weekday names the day


def test_a_part_of_the_day_with_a_weekday_in_brackets() -> None:
    d = one("بدأوا إضرابهم عن الطعام صباح اليوم (الاثنين) مضيفا", "صباح اليوم (الاثنين)")
    assert d["type"] == "TIME" and d["value"] == f"{last(1)}TMO"


@pytest.mark.parametrize("sentence", [
    "ترحيل جثماني المواطنين التونسيين الاثنين اللذين قتلا في الهجوم",
    "وذكرت الشرطة أن المصابين الاثنين الآخرين نقلا إلى المستشفى",
    "وأضاف أن القصائد الاثنين والعشرين التي كتبها",
    "ليتطور الأمر بتلاسن بين الاثنين، ليتطور إلى عراك",
    "وقال إن خطاب المرشحين الاثنين في السباق الرئاسي كان هادئا",
    "وأعلن الحرس حجز كمية من السجائر بسوق الأحد بسوسة",
    "وقال المصدر إن مواجهات اندلعت بمنطقة واد الجمعة من ولاية البليدة",
    "وأعلنت الوزارة إلغاء صلاة الجمعة في المساجد",
    "وقال إمام الجمعة بجامع سيدي اللخمي إن",
    "توجه المصلون إلى الجامع لأداء الجمعة في أمان",
])
def test_the_two_the_one_and_the_prayer_stay_out(sentence: str) -> None:
    assert not [d for d in dates(sentence) if d["text"] in AMBIGUOUS]


# -- 2. a weekday before a count is the weekday alone ---------------------------------------------------
@pytest.mark.parametrize("count", ["خمسة أشخاص", "ثلاثة مسلحين", "عشرين شخصا", "آلاف المؤسسات", "خمسين عملية دهم"])
@pytest.mark.parametrize("wd", range(1, 8))
def test_a_weekday_before_a_count(count: str, wd: int) -> None:
    name = WEEKDAYS[wd]
    sentence = f"اعتقلت الشرطة {name} {count} في العاصمة"
    d = one(sentence, name)
    assert d["value"] == last(wd)
    assert not [x for x in dates(sentence) if x["text"].startswith(f"{name} ")]


@pytest.mark.parametrize("ordinal, day", [("الثاني", 2), ("السادس عشر", 16), ("الحادي والعشرين", 21)])
def test_a_weekday_with_an_ordinal_day_is_still_that_day(ordinal: str, day: int) -> None:
    d = one(f"وصل الوفد يوم السبت {ordinal} من", f"يوم السبت {ordinal}")
    assert d["value"].endswith(f"-{day:02d}")


# -- 3. "أول أمس الجمعة": one date ----------------------------------------------------------------------
@pytest.mark.parametrize("phrase", ["أول أمس", "اول امس", "أول من أمس", "قبل أمس"])
@pytest.mark.parametrize("wd", range(1, 8))
def test_the_day_before_yesterday_with_its_weekday(phrase: str, wd: int) -> None:
    span = f"{phrase} {WEEKDAYS[wd]}"
    d = one(f"وكانت السلطات الأمنية أعلنت {span} عن كشف خلية", span)
    assert d["value"] == named(-2, wd)


# -- 4. a preposition or "يوم" glued to the day of a date ----------------------------------------------
MONTHS = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


@pytest.mark.parametrize("glued", ["في", "يوم", "حتى", "إلى"])
@pytest.mark.parametrize("month", range(1, 13))
@pytest.mark.parametrize("indic", [False, True])
def test_a_word_glued_to_the_day(glued: str, month: int, indic: bool) -> None:
    span = f"23 {MONTHS[month - 1]} 2016"
    if indic:
        span = span.translate(INDIC)
    d = one(f"انعقدت الجلسة {glued}{span} بمقر الولاية", span)
    assert d["value"] == f"2016-{month:02d}-23"


@pytest.mark.parametrize("sentence", ["في2016 ارتفعت الأسعار", "يوم20 من الشهر", "سجلت البلاد في3 أشهر"])
def test_a_glued_number_without_a_month_is_no_day(sentence: str) -> None:
    assert all(d["value"] is None or not d["value"].endswith(("-20", "-03")) for d in dates(sentence))


# -- 5. "خلال اليوم": any day, not today -----------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "النشاط البدني كاف للقضاء على التأثير الضار للجلوس خلال اليوم. ومع ذلك",
    "تعتبر لدى الكثيرين الوجبة الأهم خلال اليوم .",
    "الطاقة الكهربائية التي استهلكتها المنازل خلال اليوم. وأوضح",
])
def test_during_the_day_is_not_today(sentence: str) -> None:
    assert not [d for d in dates(sentence) if d["text"] == "اليوم"]


@pytest.mark.parametrize("sentence, span", [
    ("وصل الوفد اليوم إلى العاصمة", "اليوم"),
    ("تشهد البلاد خلال اليوم الأحد أمطارا", "اليوم الأحد"),
    ("وقال الوزير اليوم خلال ندوة صحفية", "اليوم"),
])
def test_today_stays_today(sentence: str, span: str) -> None:
    d = one(sentence, span)
    assert d["value"] is not None


# -- 6. April Fools' Day ---------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["كذبة أفريل", "كذبة أبريل", "كذبة نيسان", "كذبة إبريل", "كذبة ابريل"])
@pytest.mark.parametrize("clitic", ["", "ب", "و"])
def test_april_fools_day(name: str, clitic: str) -> None:
    d = one(f"انخدع كثيرون {clitic}{name} هذا العام", name)
    assert d["value"] == "2017-04-01"
    d = one(f"احتفل العالم {clitic}{name} 2016 بالمزاح", f"{name} 2016")
    assert d["value"] == "2016-04-01"


def test_a_lie_of_another_month_is_no_holiday() -> None:
    assert not [d for d in dates("وصف الوزير الخبر بأنه كذبة مارس المعتادة") if d["value"] == "2017-04-01"]


# -- 7. Recognizers-Text's families that news writes too ----------------------------------------------
# (microsoft/Recognizers-Text, Specs/DateTime/Arabic, MIT: "العقد القادم", "منتصف الصيف", "الثامنة والنصف",
# "الثامنة وربع", "عام واحد و شهر و 21 يوما", "نصف الساعة")
@pytest.mark.parametrize("rel, offset", [("الماضي", -1), ("المنصرم", -1), ("الفائت", -1), ("المقبل", 1), ("القادم", 1)])
@pytest.mark.parametrize("before", ["خلال", "على مدار", "في"])
def test_a_decade_relative_to_the_reference(rel: str, offset: int, before: str) -> None:
    span = f"العقد {rel}"
    d = one(f"ارتفع متوسط الطول {before} {span} بشكل ملحوظ", span)
    if before != "في" and offset < 0:  # during the past decade: the ten years up to the reference (session 31)
        assert (d["type"], d["value"]) == ("DURATION", "P10Y")
        return
    assert d["value"] == f"{REF.year // 10 + offset:03d}" and d["granularity"] == "decade"


def test_a_decade_with_a_modifier() -> None:
    d = one("تتوقع الحكومة النمو مطلع العقد المقبل", "مطلع العقد المقبل")
    assert d["value"] == f"{REF.year // 10 + 1:03d}" and d["mod"] == "START"


@pytest.mark.parametrize("sentence", ["ينتهي العقد الحالي للاعب في جوان", "حتى نهاية العقد مع النادي",
                                      "وقع اللاعب العقد السابق مع الفريق", "تم فسخ العقد الجاري بين الطرفين"])
def test_a_contract_is_no_decade(sentence: str) -> None:
    assert not [d for d in dates(sentence) if "العقد" in d["text"]]


SEASONS = {"الصيف": "SU", "الشتاء": "WI", "الخريف": "FA"}
MODS = {"منتصف": "MID", "أواسط": "MID", "نهاية": "END", "أواخر": "END", "بداية": "START", "مطلع": "START"}


@pytest.mark.parametrize("season", list(SEASONS))
@pytest.mark.parametrize("mod", list(MODS))
def test_a_season_with_a_modifier_is_the_reference_years(season: str, mod: str) -> None:
    span = f"{mod} {season}"
    d = one(f"تنطلق الأشغال {span} حسب الوزارة", span)
    assert d["value"] == f"{REF.year}-{SEASONS[season]}" and d["mod"] == MODS[mod]


@pytest.mark.parametrize("sentence", ["منذ بداية الربيع العربي تغيرت المنطقة", "في منتصف الربيع العربي",
                                      "نهاية صيف ساخن"])
def test_the_arab_spring_and_a_bare_season_stay_out(sentence: str) -> None:
    assert not [d for d in dates(sentence) if "-S" in (d["value"] or "") or "-WI" in (d["value"] or "")]


HOURS = {2: "الثانية", 3: "الثالثة", 4: "الرابعة", 5: "الخامسة", 6: "السادسة", 7: "السابعة", 8: "الثامنة",
         9: "التاسعة", 10: "العاشرة", 11: "الحادية عشرة", 12: "الثانية عشرة"}
FRACTIONS = {"والنصف": 30, "ونصف": 30, "والربع": 15, "وربع": 15}


@pytest.mark.parametrize("fraction", list(FRACTIONS))
@pytest.mark.parametrize("hour", list(HOURS))
@pytest.mark.parametrize("before", ["انطلق الاجتماع في", "إنها", "وصل القطار عند"])
def test_an_hour_and_its_fraction_without_al_saa(fraction: str, hour: int, before: str) -> None:
    span = f"{HOURS[hour]} {fraction}"
    d = one(f"{before} {span} وسط حضور كبير", span)
    assert d["type"] == "TIME" and d["value"] == f"T{hour:02d}:{FRACTIONS[fraction]:02d}"


@pytest.mark.parametrize("hour", list(HOURS))
def test_an_hour_less_a_quarter_without_al_saa(hour: int) -> None:
    span = f"{HOURS[hour]} إلا ربع"
    d = one(f"انطلق الاجتماع في {span} مساء", f"{span} مساء")
    assert d["value"] == f"T{(hour - 1 + 12) % 24:02d}:45"


@pytest.mark.parametrize("sentence", ["حلت في المرتبة الثامنة ونصف الفرق لم تتأهل", "نصف مليون دينار",
                                      "بلغ الفريق الدور الثامنة والنصف النهائي", "ربع سكان المدينة"])
def test_a_fraction_of_a_noun_is_no_clock(sentence: str) -> None:
    assert not [d for d in dates(sentence) if d["type"] == "TIME"]


JOINED = [  # (text, value): a unit word alone joined by و to a duration counts one unit
    ("عامين وشهر", "P2Y1M"), ("سنة وشهرين", "P1Y2M"), ("سنة وثمانية أشهر", "P1Y8M"), ("سنة و7 أشهر", "P1Y7M"),
    ("3 ساعات ودقيقة", "PT3H1M"), ("ساعة وخمس دقائق", "PT1H5M"), ("عام واحد وشهر و21 يوما", "P1Y1M21D"),
    ("أسبوع و3 أيام", "P1W3D"), ("شهر و10 أيام", "P1M10D"), ("يوم و5 ساعات", "P1DT5H"),
]


@pytest.mark.parametrize("indic", [False, True])
@pytest.mark.parametrize("text, value", JOINED)
def test_a_unit_word_joined_to_a_duration(text: str, value: str, indic: bool) -> None:
    if indic:
        text = text.translate(INDIC)
    d = one(f"استمرت المفاوضات {text} حسب المصادر", text)  # (an age, "يبلغ من العمر", is no duration: session 29)
    assert d["type"] == "DURATION" and d["value"] == value


@pytest.mark.parametrize("sentence, span, value", [
    ("قد تستغرق العملية بين ستة أشهر وعام في غياب سقف", "ستة أشهر", "P6M"),
    ("قضى عامين وشهر رمضان في السجن", "عامين", "P2Y"),
    ("استمر الإضراب 3 أيام ويوم الخميس", "3 أيام", "P3D"),
])
def test_a_range_a_month_or_a_day_after_a_duration_stay_apart(sentence: str, span: str, value: str) -> None:
    assert one(sentence, span)["value"] == value


@pytest.mark.parametrize("fraction, minutes", [("نصف", 30), ("ربع", 15)])
@pytest.mark.parametrize("article", ["", "ال"])
def test_a_fraction_of_the_hour(fraction: str, minutes: int, article: str) -> None:
    span = f"{fraction} {article}ساعة"
    d = one(f"توقفت الحركة لمدة {span} قبل أن تستأنف", span)
    assert d["type"] == "DURATION" and d["value"] == f"PT{minutes}M"


ASAP = ["في أقرب وقت ممكن", "في أقرب وقت", "في أقرب الآجال", "في اقرب الاجال", "في أقرب الآجال الممكنة",
        "في أسرع وقت ممكن", "في أقرب فرصة", "في أقرب فرصة سانحة"]


@pytest.mark.parametrize("phrase", ASAP)
@pytest.mark.parametrize("clitic", ["", "و"])
def test_as_soon_as_possible_is_the_future(phrase: str, clitic: str) -> None:
    d = one(f"دعا إلى إجراء الانتخابات {clitic}{phrase} حسب البيان", phrase)
    assert d["value"] == "FUTURE_REF"


@pytest.mark.parametrize("sentence", ["وصل إلى أقرب نقطة له من الأرض", "في أقرب مستشفى للمدينة"])
def test_the_nearest_place_is_no_time(sentence: str) -> None:
    assert not dates(sentence)


def _rest_end(unit: str) -> dt.date:
    if unit == "Y":
        return dt.date(REF.year, 12, 31)
    if unit == "M":
        return dt.date(REF.year, REF.month + 1, 1) - dt.timedelta(days=1)
    return REF + dt.timedelta(days=6 - REF.isoweekday() % 7)  # the Saturday that closes the week


@pytest.mark.parametrize("rest", ["بقية", "باقي", "ما تبقى من", "ما بقي من", "الفترة المتبقية من"])
@pytest.mark.parametrize("unit, code", [("العام", "Y"), ("السنة", "Y"), ("الشهر", "M"), ("الأسبوع", "W"),
                                        ("العام الجاري", "Y"), ("الشهر الحالي", "M")])
def test_the_rest_of_the_year_month_or_week(rest: str, unit: str, code: str) -> None:
    span = f"{rest} {unit}"
    d = one(f"تتواصل الأشغال خلال {span} حسب الوزارة", span)
    assert d["value"] == f"{REF.isoformat()}/{_rest_end(code).isoformat()}"


@pytest.mark.parametrize("sentence", ["أشاد بقية العاملين معه بالقرار", "باقي أعضاء الشهر الماضي"])
def test_the_rest_of_something_else(sentence: str) -> None:
    assert not [d for d in dates(sentence) if "/" in (d["value"] or "")]


# -- 8. a day, then its clock time: one TIME ("مساء أمس على الساعة العاشرة") ------------------------------
PARTS = {"صباح": ("MO", 0), "مساء": ("EV", 12), "ليلة": ("NI", 12)}
GAPS = {"على": None, "في حدود": "APPROX", "حوالي": "APPROX", "نحو": "APPROX", "": None}


@pytest.mark.parametrize("part", list(PARTS))
@pytest.mark.parametrize("day, offset", [("أمس", -1), ("اليوم", 0), ("الغد", 1)])
@pytest.mark.parametrize("gap", list(GAPS))
@pytest.mark.parametrize("hour", [8, 10])
def test_a_part_of_a_day_then_its_clock(part: str, day: str, offset: int, gap: str, hour: int) -> None:
    words = {8: "الثامنة", 10: "العاشرة"}
    span = " ".join(w for w in (f"{part} {day}", gap, f"الساعة {words[hour]}") if w)
    d = one(f"وقع الحادث {span} بوسط المدينة", span)
    _, add = PARTS[part]
    expected = (REF + dt.timedelta(days=offset)).isoformat()
    assert d["type"] == "TIME" and d["value"] == f"{expected}T{hour + add:02d}:00"
    assert d["mod"] == GAPS[gap]


@pytest.mark.parametrize("gap", list(GAPS))
@pytest.mark.parametrize("clock, value", [("الساعة الثامنة صباحا", "08:00"), ("الساعة 11 صباحا", "11:00"),
                                          ("الساعة 18 و35 دقيقة", "18:35"), ("الساعة 20:30", "20:30")])
@pytest.mark.parametrize("indic", [False, True])
def test_a_date_then_its_clock(gap: str, clock: str, value: str, indic: bool) -> None:
    date = "يوم الثلاثاء 21 فيفري 2017"
    span = " ".join(w for w in (date, gap, clock) if w)
    if indic:
        span = span.translate(INDIC)
    d = one(f"سجلت رجة أرضية {span} بولاية قفصة", span)
    assert d["type"] == "TIME" and d["value"] == f"2017-02-21T{value}"


def test_a_weekday_a_comma_and_a_clock() -> None:
    span = "الاثنين، على الساعة الواحدة و14 دقيقة"
    d = one(f"سجلت رجة أرضية جنوب غرب مدينة الجم {span} بالتوقيت المحلي", f"{span} بالتوقيت المحلي")
    assert d["value"] == f"{last(1)}T01:14"


@pytest.mark.parametrize("sentence, span", [
    ("تعذر انطلاق الرحلة على الساعة 5 مساء بتوقيت تونس إلى اسطنبول", "الساعة 5 مساء بتوقيت تونس"),
    ("انطلقت على الساعة 5 مساء بتوقيت غرينيتش التي", "الساعة 5 مساء بتوقيت غرينيتش"),
])
def test_a_time_zone_stops_before_a_preposition(sentence: str, span: str) -> None:
    assert one(sentence, span)["value"] == "T17:00"


def test_a_time_zone_leaves_the_day_after_it() -> None:
    span = "الساعة 6 بتوقيت غرينيتش اليوم الأحد"
    assert one(f"وتغلق مكاتب الاقتراع {span}. وتشير النتائج", span)["value"] == f"{named(0, 7)}T06:00"


# -- 9. days that are alternatives ("يوم 16 أو 17 فيفري"), months misspelled in news ------------------------
@pytest.mark.parametrize("month", range(1, 13))
@pytest.mark.parametrize("first, second", [(16, 17), (5, 12), (1, 2)])
@pytest.mark.parametrize("conj", ["أو ", "او ", "آو "])
def test_days_joined_by_or_are_a_date_each(month: int, first: int, second: int, conj: str) -> None:
    name = MONTHS[month - 1]
    sentence = f"تنطلق الحملة يوم {first} {conj}{second} {name} 2017 حسب الوزارة"
    found = {d["text"]: d["value"] for d in dates(sentence)}
    assert found.get(str(first)) == f"2017-{month:02d}-{first:02d}"
    assert found.get(f"{second} {name} 2017") == f"2017-{month:02d}-{second:02d}"


@pytest.mark.parametrize("sentence, span", [("بين 10 أو 12 أفريل", "12 أفريل"), ("من 5 أو 6 مارس", "6 مارس"),
                                            ("قتل 5 أو 6 أشخاص يوم 12 مارس", "يوم 12 مارس")])
def test_or_after_a_range_signal_or_before_a_count_stays_apart(sentence: str, span: str) -> None:
    assert [d["text"] for d in dates(sentence)] == [span]


@pytest.mark.parametrize("text, value", [("15 ديمسبر 2016", "2016-12-15"), ("01 ديسمير 2013", "2013-12-01"),
                                         ("3 فيفيري 2017", "2017-02-03"), ("1 سبتمر 2017", "2017-09-01")])
def test_months_misspelled_in_news(text: str, value: str) -> None:
    assert one(f"وقع الحادث يوم {text} أمام منزله", f"يوم {text}")["value"] == value


# -- 10. Maghrebi and wire forms: "موفى", "إلى غاية", "الساعة الـ8", "6 مارس آذار" --------------------------
@pytest.mark.parametrize("month", range(1, 13))
@pytest.mark.parametrize("before", ["إلى", "حتى", "مع", "في"])
def test_the_end_of_a_month_in_tunisian_news(month: int, before: str) -> None:
    span = f"موفى {MONTHS[month - 1]} 2015"
    d = one(f"بلغت نسبة التغطية 71 بالمائة {before} {span} مقابل 65 بالمائة", span)
    assert d["value"] == f"2015-{month:02d}" and d["mod"] == "END"


@pytest.mark.parametrize("text, value", [("موفى 2015", "2015"), ("موفى سنة 2016", "2016"),
                                         ("موفى الشهر الجاري", "2017-06"), ("موفى العام الماضي", "2016")])
def test_the_end_of_a_year_or_a_relative_month(text: str, value: str) -> None:
    d = one(f"ارتفعت الديون المسجلة مع {text} حسب الوزارة", text)
    assert d["value"] == value and d["mod"] == "END"


LEVANTINE = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
             "تشرين الثاني", "كانون الأول"]
EGYPTIAN = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
            "ديسمبر"]


@pytest.mark.parametrize("month", range(1, 13))
@pytest.mark.parametrize("day", [None, 6])
def test_a_month_and_its_levantine_name(month: int, day: int | None) -> None:
    names = f"{EGYPTIAN[month - 1]} {LEVANTINE[month - 1]}"
    span = f"{day} {names}" if day else f"{names} 2016"
    d = one(f"أصدر ترامب القرار في {span} ويحظر دخول المسافرين", span)
    # (a day without its year takes the year its tense gives: only the month and the day are asserted)
    assert d["value"].endswith(f"-{month:02d}-{day:02d}") if day else d["value"] == f"2016-{month:02d}"


def test_two_different_months_side_by_side_are_no_date() -> None:
    assert not [d for d in dates("في 6 مارس نيسان الجديدة") if "نيسان" in d["text"]]


@pytest.mark.parametrize("article", ["ال", "الـ", "الـ "])
@pytest.mark.parametrize("hour, part, value", [(8, "صباحا", "T08:00"), (10, "ليلا", "T22:00"), (15, "", "T15:00")])
def test_the_article_before_an_hour_in_digits(article: str, hour: int, part: str, value: str) -> None:
    span = f"الساعة {article}{hour} {part}".strip()
    assert one(f"انطلقت الحملة على {span} بوسط المدينة", span)["value"] == value


@pytest.mark.parametrize("until", ["إلى غاية", "الى غاية", "إلى حدود", "حتى"])
def test_a_range_until(until: str) -> None:
    span = f"من 5 مارس {until} 10 أفريل 2017"
    assert one(f"تتواصل الأشغال {span} حسب البلدية", span)["value"] == "2017-03-05/2017-04-10"
    span = f"من الساعة الـ10 صباحا {until} الساعة الواحدة"
    assert one(f"تغلق الطريق {span} بسبب الأشغال", span)["value"] == "T10:00/T13:00"


@pytest.mark.parametrize("span, value", [("من الساعة العاشرة ليلا إلى غاية الخامسة صباحا", "T22:00/T05:00"),
                                         ("من الساعة 22:00 إلى الساعة 05:00", "T22:00/T05:00"),
                                         ("من الساعة 8 صباحا إلى الساعة 5", "T08:00/T17:00")])
def test_the_end_of_a_range_of_hours(span: str, value: str) -> None:
    assert one(f"تغلق الطريق {span} بسبب الأشغال", span)["value"] == value


def test_a_range_read_backwards_against_the_reference_waits_for_the_documents_day() -> None:
    # ANT: Ramadan read in the reference's year runs after the written end; the document's own day (2016-07-04)
    # then reads Ramadan 2016 and the range holds
    text = ("خلال شهر رمضان قامت فرق المراقبة الاقتصادية بنابل منذ بداية شهر رمضان إلى غاية اليوم الاثنين 4 جويلية"
            " 2016 بأكثر من 788 زيارة")
    span = "منذ بداية شهر رمضان إلى غاية اليوم الاثنين 4 جويلية 2016"
    assert one(text, span)["value"] == "2016-06-06/2016-07-04"


@pytest.mark.parametrize("day, offset", [("أمس", -1), ("اليوم", 0)])
def test_a_range_of_hours_on_a_day(day: str, offset: int) -> None:
    span = f"{day} من الساعة الخامسة صباحا إلى غاية منتصف الليل"
    d = one(f"نظم الحرس حملة أمنية كبرى، {span}، أسفرت عن إيقافات", span)
    date = (REF + dt.timedelta(days=offset)).isoformat()
    assert d["value"] == f"{date}T05:00/{date}T24:00"


def test_a_day_word_with_its_weekday_stays_apart_from_a_range() -> None:
    # ANT: "اليوم السبت" states the document's day (the reference is the Thursday before); the title's
    # "اليوم" reads it, so the day is not joined into "من اليوم السبت وإلى غاية 4 جوان 2017"
    text = ("بداية من اليوم : تخفيضات في أسعار بعض المواد\nتشرع المساحات التجارية الكبرى بداية من اليوم السبت"
            " وإلى غاية 4 جوان 2017 في إقرار تخفيضات")
    # (since session 21 the writer's Saturday is the last one on or before the day after the reference)
    found = [(d["text"], d["value"]) for d in dates(text)]
    # (session 27: "إلى غاية" is "until", in the span as "حتى" is)
    assert found == [("اليوم", "2017-05-27"), ("اليوم السبت", "2017-05-27"), ("إلى غاية 4 جوان 2017", "2017-06-04")]
