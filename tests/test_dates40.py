"""Session 40: dates families read on real news (ANT v1.1), reference day 2017-06-01.

- a bare clock hour of 1 to 9 in words near a match or a fixture list, or after an evening or a night named in its
  clause, is the afternoon or the evening ("البرنامج الاربعاء 5 أفريل 2017 الساعة الخامسة : النادي الإفريقي *
  الترجي الرياضي", ANT 10047, was 05:00);
- a definite unit (or dual) and its half before الماضي/القادم is a duration ("طيلة السنة ونصف الماضية", ANT 4168);
- a day and month right after اليوم/أمس/غدا is the document's day, on or before the reference ("يصادف اليوم 14
  فيفري", ANT 9363, was 2018-02-14).
"""

from __future__ import annotations

import pytest

from arabnews import Pipeline

NLP = Pipeline(["numbers", "dates"])
REF = "2017-06-01"  # a Thursday
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _dates(text: str) -> list[dict]:
    out = NLP(text, reference_date=REF).to_dict()["dates"]
    for d in out:
        assert text[d["start"]:d["end"]] == d["text"]
    return out


def _one(text: str, span: str) -> dict:
    found = [d for d in _dates(text) if d["text"] == span]
    assert len(found) == 1, (span, [(d["text"], d["value"]) for d in _dates(text)])
    assert found[0]["start"] == text.index(span)
    return found[0]


# -- a bare hour of a match or fixture list ----------------------------------------------------------------------

ANT_10047 = ("و ستدور بقية المقابلات حسب التعيين الصادر مسبقا من الجامعة التونسية لكرة القدم . البرنامج الاربعاء 5 "
             "أفريل 2017 الساعة الخامسة : النادي الإفريقي * الترجي الرياضي النقل التلفزي : قناة الجنوبية")


@pytest.mark.parametrize("digits", [str.maketrans("", ""), INDIC])
def test_fixture_list_hour_is_afternoon(digits: dict) -> None:
    text = ANT_10047.translate(digits)
    span = "الاربعاء 5 أفريل 2017 الساعة الخامسة".translate(digits)
    d = [d for d in _dates(text) if span in d["text"]]
    assert len(d) == 1 and d[0]["value"] == "2017-04-05T17:00"


@pytest.mark.parametrize(("text", "span", "value"), [
    # ANT 9264, 9977, 9749, 9088: a match, a fixture list, a final's programme
    ("الكلاسيكو الذي يجمع برشلونة بريال مدريد لحساب الجولة الرابعة عشرة من البطولة الإسبانية إنطلاقا من الساعة "
     "الرابعة و الربع .", "الساعة الرابعة و الربع", "T16:15"),
    ("تدور اليوم إنطلاقا من الساعة الثانية و النصف مباراة متقدمة من مقابلات الجولة الرابعة",
     "الساعة الثانية و النصف", "T14:30"),
    ("البرنامج : الساعة الرابعة إلا ربع : الترجي الرياضي * سعيدية سيدي بوسعيد", "الساعة الرابعة إلا ربع", "T15:45"),
    ("الدور النهائي : التاريخ : السبت 17 جوان 2017  التوقيت : الساعة الثالثة و النصف المكان : الملعب الأولمبي "
     "برادس", "الساعة الثالثة و النصف", "T15:30"),
    ("تنطلق المقابلة على الساعة السابعة بملعب رادس", "الساعة السابعة", "T19:00"),
    ("الساعة الخامسة : النادي الإفريقي - الترجي الرياضي", "الساعة الخامسة", "T17:00"),
    # an evening or a night named before the hour in its clause (ANT 9350, 9196, 10037)
    ("سيلتقي الفريق مساء اليوم إنطلاقا من الساعة الرابعة إتحاد بن قردان", "الساعة الرابعة", "T16:00"),
    ("تدور الليلة إنطلاقا من الساعة الثامنة المباراة الترتيبية", "الساعة الثامنة", "T20:00"),
    ("التي ستجمع مساء غد الثلاثاء بداية من الساعة السابعة بين المنتخبين", "الساعة السابعة", "T19:00"),
])
def test_bare_hour_afternoon(text: str, span: str, value: str) -> None:
    assert _one(text, span)["value"] == value


@pytest.mark.parametrize(("text", "span", "value"), [
    ("تنطلق المباراة على الساعة السابعة صباحا بملعب رادس", "الساعة السابعة صباحا", "T07:00"),  # a part said
    ("تنطلق المباراة على الساعة 4 بملعب رادس", "الساعة 4", "T04:00"),  # digits stay
    ("تنطلق المباراة على الساعة 15:00 بملعب رادس", "الساعة 15:00", "T15:00"),
    # ten is left: a morning match or a Ramadan night's
    ("لكاس الكونفيدرالية الأفريقية بداية من الساعة العاشرة على أرضية ملعب رادس", "الساعة العاشرة", "T10:00"),
    # no match near it ("الجولة" is an election's round too), no evening before it in its clause
    ("فتحت مراكز الاقتراع في الجولة الأولى أبوابها عند الساعة السادسة بتوقيت غرينتش",
     "الساعة السادسة بتوقيت غرينتش", "T06:00"),
    ("في الليلة الفارطة، وتحديدا حوالي الساعة الثانية، تحركات مشبوهة", "الساعة الثانية", "T02:00"),
    ("جاء في بيان مساء اليوم السبت، أن سيارة رباعية الدفع دخلت نحو الساعة الخامسة التراب التونسي",
     "الساعة الخامسة", "T05:00"),
    ("وتدور الليلة إنطلاقا من الساعة الثانية عملية", "الساعة الثانية", "T02:00"),  # a night's 2:00
])
def test_bare_hour_kept(text: str, span: str, value: str) -> None:
    assert _one(text, span)["value"] == value


# -- a unit and a half, past or coming -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "span", "value", "direction", "start"), [
    ("الحرجة التي تمر بها الدولة رغم تصرفها في مقدرات البلاد طيلة السنة ونصف الماضية، مؤكدا",  # ANT 4168
     "السنة ونصف الماضية", "P1Y6M", "past", "2015-12-01"),
    ("تراجع الإنتاج خلال العام و النصف الماضي بشكل كبير", "العام و النصف الماضي", "P1Y6M", "past", "2015-12-01"),
    ("خلال العامين ونصف الماضيين تضاعفت الأسعار", "العامين ونصف الماضيين", "P2Y6M", "past", "2014-12-01"),
    ("ستتواصل الأشغال طيلة الشهر ونصف القادم", "الشهر ونصف القادم", "P1M15D", "future", "2017-06-01"),
])
def test_unit_and_half(text: str, span: str, value: str, direction: str, start: str) -> None:
    d = _one(text, span)
    assert (d["type"], d["value"], d["direction"], d["range"]["start"]) == ("DURATION", value, direction, start)


def test_plural_and_half_is_no_duration() -> None:
    assert not [d for d in _dates("خلال السنوات ونصف الماضية") if "نصف" in d["text"]]


# -- a day and month named by اليوم/أمس/غدا -----------------------------------------------------------------------

@pytest.mark.parametrize("digits", [str.maketrans("", ""), INDIC])
@pytest.mark.parametrize(("text", "span", "value"), [
    ("يصادف اليوم 14 فيفري تاريخ تتويج المنتخب التونسي لكرة القدم بلقبه الإفريقي الوحيد",  # ANT 9363
     "اليوم 14 فيفري", "2017-02-14"),
    ("سيحتفل العالم اليوم 8 مارس باليوم العالمي للمرأة", "اليوم 8 مارس", "2017-03-08"),
    ("تحتفل تونس اليوم 13 أوت بعيد المرأة", "اليوم 13 أوت", "2016-08-13"),  # after the reference: last year's
    ("ينطلق غدا 3 جانفي المهرجان الدولي", "3 جانفي", "2017-01-03"),
    ("وتأكد وفاة الصحفي يوم أمس 11 ديسمبر في مستشفى باب الواد", "11 ديسمبر", "2016-12-11"),
])
def test_day_named_by_day_word(digits: dict, text: str, span: str, value: str) -> None:
    assert _one(text.translate(digits), span.translate(digits))["value"] == value


def test_day_without_day_word_keeps_tense() -> None:
    assert _one("ستنطلق يوم 14 فيفري الدورة الجديدة", "يوم 14 فيفري")["value"] == "2018-02-14"


def test_day_noun_is_no_day_word() -> None:
    # ANT 240: "اليوم" here is the noun, the day of April Fools (the day is no number right after it)
    text = "يقوم فيه بعض الناس في اليوم الأول من أفريل بإطلاق الإشاعات"
    assert _one(text, "اليوم الأول من أفريل")["value"] == "2017-04-01"


# -- "إلى اليوم" (until today) does not date the report by its lead ------------------------------------------------

ANT_8513 = ("إعلان ضياع طفل بسوسة\nغادر الطفل جاسر كرايدي (14 سنة) مقر سكناه في حي الازدهار بزاوية سوسة خرج يوم السبت "
            "6 ماي 2017 ولم يعد إلى اليوم. وكان جاسر يرتدي قميص")


@pytest.mark.parametrize("digits", [str.maketrans("", ""), INDIC])
def test_until_today_is_no_dateline(digits: dict) -> None:
    text = ANT_8513.translate(digits)
    today = [d for d in _dates(text) if d["text"] == "اليوم"]
    assert len(today) == 1 and today[0]["start"] == text.index("إلى اليوم") + 4
    assert today[0]["value"] == "2017-06-01"  # the reference's day, not the boy's 6 May
    assert _one(text, "يوم السبت 6 ماي 2017".translate(digits))["value"] == "2017-05-06"


def test_today_still_dates_the_report() -> None:
    text = "وصل الوفد يوم السبت 6 ماي 2017 ويتواصل الاجتماع اليوم"
    assert [d["value"] for d in _dates(text) if d["text"] == "اليوم"] == ["2017-05-06"]


def test_day_word_weekday_and_date() -> None:
    # ANT 1188: "غدا الأحد 6 ديسمبر" was 2017-12-06 (a Wednesday: weekday_ok false); the 6 December on or before the
    # reference whose weekday is a Sunday is 2015's
    text = 'وقال في مقابلة مع أسبوعية "جون افريك" تنشر غدا الأحد 6 ديسمبر "نرى جهاديين أجانب يصلون إلى منطقة سرت'
    d = _one(text, "غدا الأحد 6 ديسمبر")
    assert (d["value"], d["weekday_ok"]) == ("2015-12-06", True)
