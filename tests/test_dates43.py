"""Session 43 (dt43): dates of birth listed after one noun of birth; a day put off to or set for is to come; a
main clause's future cue read further back."""

from __future__ import annotations

import pytest

import arabnews
from arabnews.extract.dates.deferrals import deferred
from arabnews.text.normalize import normalize

REF = "2017-06-01"


def _spans(text: str, ref: str = REF) -> list[arabnews.DateSpan]:
    doc = arabnews.analyze(text, reference_date=ref)
    for d in doc.dates:
        assert text[d.start:d.end] == d.text
    return list(doc.dates)


def _births(text: str, ref: str = REF) -> list[tuple[str, str | None, int, bool]]:
    return [(d.text, d.value, d.start, bool(d.attrs.get("birth"))) for d in _spans(text, ref)]


def _value(text: str, span: str, ref: str = REF) -> str | None:
    found = [d for d in _spans(text, ref) if d.text == span]
    assert len(found) == 1, [d.text for d in _spans(text, ref)]
    assert found[0].start == text.index(span)
    return found[0].value


# --- 1. a list of dates of birth -------------------------------------------------------------------------------

# held-out ANT 7861: the second year was a date of no birth, and the arrest's event took it as its day
ANT_7861 = ("هذا و تمكنت الوحدات الأمنية من القبض على الجناة و هما شخصين من مواليد سنة 1998 وسنة 1995 . س ب")


def test_ant_7861_both_years_of_birth():
    assert _births(ANT_7861) == [("سنة 1998", "1998", ANT_7861.index("سنة 1998"), True),
                                 ("سنة 1995", "1995", ANT_7861.index("سنة 1995"), True)]


def test_ant_7861_the_arrest_takes_no_year_of_birth():
    doc = arabnews.analyze(ANT_7861, reference_date=REF)
    dated = [e.to_dict().get("date") or {} for e in doc.layers["events"]]
    assert dated and all(d.get("value") not in ("1998", "1995") for d in dated)


# dev ANT 2656: a year glued to the noun was a number
ANT_2656 = "عوني (مم مواليد 1983) ومحمد الصالحي (من مواليد1989)، ولا تزال"


def test_ant_2656_a_year_glued_to_the_noun():
    assert ("1989", "1989", ANT_2656.index("1989"), True) in _births(ANT_2656)
    numbers = [n.text for n in arabnews.analyze(ANT_2656, reference_date=REF).numbers]
    assert "1989" not in numbers


@pytest.mark.parametrize(("text", "years"), [
    ("وهما من مواليد 1998 و1995", ["1998", "1995"]),
    ("لاعبين من مواليد 1990 و 1992 و1993", ["1990", "1992", "1993"]),
    ("لاعبون من مواليد 1985، 1987 و1990", ["1985", "1987", "1990"]),
    ("وهما من مواليد 1985 و1987 على التوالي", ["1985", "1987"]),
    ("وهما من مواليد ١٩٩٠ و١٩٩٢ بتونس", ["١٩٩٠", "١٩٩٢"]),  # Arabic-Indic digits, the span as written
    ("فتاتان من مواليد 2001 أو 2002", ["2001", "2002"]),
    ("وهو لمواليد1995", ["1995"]),
])
def test_bare_years_listed_after_a_noun_of_birth(text, years):
    found = _births(text)
    assert [(t, b) for t, _, _, b in found] == [(y, True) for y in years]
    assert [s for _, _, s, _ in found] == [text.index(y) for y in years]


def test_days_of_birth_listed():
    text = "وهما من مواليد 13 مارس 1985 و14 أفريل 1987"
    assert _births(text) == [("13 مارس 1985", "1985-03-13", 15, True), ("14 أفريل 1987", "1987-04-14", 29, True)]


def test_a_range_of_years_of_birth():
    assert _births("فريق من مواليد 1995-1996") == [("1995-1996", "1995/1996", 15, True)]


@pytest.mark.parametrize(("text", "expected"), [
    # a day of an act after a year of birth is no birth (another kind of date)
    ("من مواليد 1985 ويوم 12 مارس 2010 قتل", [("1985", True), ("يوم 12 مارس 2010", False)]),
    # an amount after it is no year
    ("من مواليد 1990 و1500 دينار", [("1990", True)]),
    # a clause after the comma: no list
    ("من مواليد 1986، وهو مصنف بالخطير منذ 2015", [("1986", True), ("منذ 2015", False)]),
    # "المواليد", the births counted, is no noun of birth, glued or not
    ("بلغ عدد المواليد2015 في الولاية", []),
])
def test_not_a_list_of_births(text, expected):
    assert [(t, b) for t, _, _, b in _births(text)] == expected


# --- 2. a day put off to, or set for ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "span", "ref", "value"), [
    # ANT 14180: "أجلت" made the month last year's (November after an October reference)
    ("وقد نظرت المحكمة في هذه القضية الثانية وأجلت البت فيها الى يوم 30 نوفمبر بطلب من الدفاع", "يوم 30 نوفمبر",
     "2016-10-20", "2016-11-30"),
    # ANT 9219: "تم" (past) before a March day read in February
    ('"وقد تم تأجيل النطق بالحكم إلى جلسة يوم 1 مارس', "يوم 1 مارس", "2017-02-15", "2017-03-01"),
    # ANT 19125: "دعت" (past) before October in September
    ("دعت منظمة الدفاع عن المستهلك إلى إرجاء خلاص فواتير استهلاك الغاز والكهرباء إلى شهر أكتوبر", "شهر أكتوبر",
     "2016-09-10", "2016-10"),
    # ANT 18448: a weekday put off to is the next one (read on Monday 9 January 2017), not the last Thursday
    ("التي اقترحت عليه تأخير رحلته الى يوم الخميس أو استرجاعه لثمن التذكرة", "يوم الخميس", "2017-01-09",
     "2017-01-12"),
    # a month before the reference's after a past deferral: the next one
    ("أجلت المحكمة النظر في القضية إلى 12 مارس", "12 مارس", REF, "2018-03-12"),
    ("أجلت المحكمة النظر في القضية إلى ١٢ مارس", "١٢ مارس", REF, "2018-03-12"),
    ("وقررت المحكمة تأجيل الجلسة الى يوم 30جانفي", "يوم 30جانفي", REF, "2018-01-30"),
    ("وتم إرجاء الجلسة إلى شهر أفريل", "شهر أفريل", REF, "2018-04"),
    ("وقد أرجأت الدائرة الجنائية النظر في القضية إلى يوم الإثنين", "يوم الإثنين", REF, "2017-06-05"),
    ("وتم تأجيل الجلسة ليوم الإثنين", "يوم الإثنين", REF, "2017-06-05"),
    ("أجلت المحكمة القضية التي رفعها المحامي إلى 12 مارس", "12 مارس", REF, "2018-03-12"),  # over a relative clause
    ("وتقرر تأجيلها إلى غاية يوم 3 ماي", "إلى غاية يوم 3 ماي", REF, "2018-05-03"),  # the preposition in the span
    ("وحدد موعد الجلسة يوم 5 ماي", "يوم 5 ماي", REF, "2018-05-05"),  # a day set for
])
def test_a_day_put_off_to_is_to_come(text, span, ref, value):
    assert _value(text, span, ref) == value


@pytest.mark.parametrize(("text", "span", "value"), [
    # a destination after إلى, the day is the postponement's own (past)
    ("تقرر تأجيل زيارة الوفد التونسي إلى ليبيا يوم الإثنين", "يوم الإثنين", "2017-05-29"),
    # no deferral word: a past arrival
    ("وصلت الطائرة إلى يوم 12 مارس", "يوم 12 مارس", "2017-03-12"),
    # a date moved from before the preposition: the new day shares its year (tests/test_dates_families21.py)
    ("أجلت المحكمة جلسة 2 مارس إلى 22 مارس", "22 مارس", "2017-03-22"),
])
def test_no_deferral(text, span, value):
    assert _value(text, span) == value


@pytest.mark.parametrize(("before", "expected"), [
    ("وقررت المحكمة بتاجيلها الي ", True),
    ("تم تاخير النظر في القضيه الي جلسه ", True),
    ("سافر من اجل الوصول الي ", False),  # "من أجل" is "for"
    ("جاء لاجل الوصول الي ", False),
    ("تم تاجيل الجلسه. وعاد الي ", False),  # another sentence
])
def test_deferred_reads_the_words_before_the_date(before, expected):
    text = normalize(before) + "12 مارس"
    assert deferred(text, len(normalize(before))) is expected


# --- 3. a main clause's future cue further back ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "span", "ref", "value"), [
    # dev ANT 1176, 1779, 267, 2604, 1697 (the cue 5 to 14 words before the date)
    ("ويعتزم رئيس الوزراء البريطاني ديفيد كاميرون الأربعاء الإعلان عن خطط في هذا الشأن", "الأربعاء", REF,
     "2017-06-07"),
    ("ومن المقرر أن يعقد مؤتمرا صحفيا في هانوفر يوم الاثنين في سيبت", "يوم الاثنين", REF, "2017-06-05"),
    ("وستبدأ الولايات المتحدة بتطبيق التدابير الجديدة اعتبارا من السبت على ثماني دول", "السبت", REF, "2017-06-03"),
    ("أن أساتذة التعليم الثانوي سينفذون إضرابا إنذارا عن العمل بساعتين يوم الثلاثاء", "يوم الثلاثاء", REF,
     "2017-06-06"),
    ("من المنتظر أن يتم اعلان نتائج انتخابات امريكا واعلان اسم رئيس الولايات المتحدة الجديد في صباح يوم الاربعاء",
     "صباح يوم الاربعاء", REF, "2017-06-07TMO"),
    # dev ANT 1392, read on a Friday: the coming Thursday
    ("وسينظر مجلس الشيوخ الفرنسي هذا الإجراء أيضا يوم الخميس.", "يوم الخميس", "2017-06-02", "2017-06-08"),
    # a yearless month after an intent verb: the next March
    ("يعتزم الاتحاد العام التونسي للشغل تنظيم إضراب عام يوم 20 مارس", "يوم 20 مارس", REF, "2018-03-20"),
])
def test_a_far_future_cue(text, span, ref, value):
    assert _value(text, span, ref) == value


@pytest.mark.parametrize(("text", "span", "value"), [
    # names of the shape سـ + verb (dev ANT 361, 449, 2074) are no cue
    ('لقي السويسري "أولي ستيك" مصرعه يوم الأحد عندما سقط', "يوم الأحد", "2017-05-28"),
    ("وأنجز قفزته الاخيرة في منطقة سيمي فالي غربي مدينة لوس أنجليس السبت فهبط على شبكة", "السبت", "2017-05-27"),
    ("وتبحث شركتا سيمانتك كورب وكاسبرسكي لاب الرائدتان في مجال الأمن الإلكتروني الاثنين، في دلائل", "الاثنين",
     "2017-05-29"),
    # a source phrase's day (held-out ANT 6933) and a relative clause's past verb
    ("وستتم عملية بيع الاشتراكات، حسب بلاغ للشركة نشرته الثلاثاء، على شبكات النقل", "الثلاثاء", "2017-05-30"),
    ("سيتم محاكمة المتهم الذي قتل صديقه بسكين يوم الجمعة", "يوم الجمعة", "2017-05-26"),
    # a conditional's (dev ANT 2082): the duration stays one, no day counted from the reference
    ("وإلا فإن المبلغ سيزداد إلى الضعف أما إذا لم يتم الدفع بعد سبعة أيام فسيتم محو الملفات", "سبعة أيام", "P7D"),
])
def test_no_far_future_cue(text, span, value):
    assert _value(text, span) == value


def test_a_range_end_keeps_the_written_year_of_its_start():
    # dev ANT 53: the cue made the end alone next year's
    text = ("تشارك الجمعية في الدورة 15 من المعرض العالمي للطبخ الذي سيقام في مدينة اسطنبول التركية بداية من يوم غد "
            "الخميس 2 فيفري 2017 إلى غاية يوم 5 فيفري")
    assert _value(text, "من يوم غد الخميس 2 فيفري 2017 إلى غاية يوم 5 فيفري") == "2017-02-02/2017-02-05"


# --- 4. a prayer time takes its clause's day ---------------------------------------------------------------------

ANT_5454 = ("أكدت وزارة الشؤون الخارجية أن الاعتداء الإرهابي الغادر الذي استهدف مساء أمس الأحد المركز الإسلامي بمقاطعة "
            "كيبيك الكندية أثناء صلاة العشاء، أدى إلى وفاة المواطن التونسي بوبكر الثابتي")


def test_ant_5454_the_prayer_of_that_sunday():
    (prayer,) = [d for d in _spans(ANT_5454) if d.attrs.get("prayer")]
    assert (prayer.text, prayer.value, prayer.start) == ("أثناء صلاة العشاء", "2017-05-28TNI",
                                                         ANT_5454.index("أثناء صلاة العشاء"))
    assert prayer.attrs["anchor"] == "PREV_DATE" and prayer.attrs["anchor_date"] == "2017-05-28"


@pytest.mark.parametrize(("text", "span", "value"), [
    ("توفي يوم الجمعة 12 ماي 2017 عند صلاة الفجر", "عند صلاة الفجر", "2017-05-12TMO"),
    ("وقع الانفجار يوم 3 ماي قبيل صلاة المغرب", "قبيل صلاة المغرب", "2017-05-03TEV"),
    ("توفي يوم 12 ماي 2017 بعد صلاة الجمعة", "بعد صلاة الجمعة", "2017-05-12TMI"),  # a Friday
    # not a Friday: the Friday prayer keeps its own Friday; another sentence: the reference day
    ("توفي يوم 13 ماي 2017 بعد صلاة الجمعة", "بعد صلاة الجمعة", "2017-05-26TMI"),
    ("وقع الانفجار يوم الخميس 4 ماي. وبعد صلاة المغرب خرج", "بعد صلاة المغرب", "2017-06-01TEV"),
])
def test_a_prayer_after_a_day(text, span, value):
    assert _value(text, span) == value
