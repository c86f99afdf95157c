"""Session 48: a time moved is no range, a part of a month in a past clause, a vague count before an event.

- After a deferral word (تأجيل, أجلت, تأخير, إرجاء …) or a word of advancing or changing with a noun of time ("تقديم
  موعد", "تغيير توقيت"), "من X إلى Y" is the old and the new day or hour: two dates, as HeidelTime tags each end of
  "from X to Y" (sport ANT 9186: the derby's kick-off put off from three to five was one TIME 15:00/17:00).  A plan's
  or a stretch's word before من ("ابتداء من", "المبرمجة من"), "إلى غاية" (until), or no cue keep the range; "الترجي"
  (the club, folded ال + ترجئ) is no deferral verb (sport 9934).
- A part of a month written without its year is read for the part: in a past clause the last such part begun by the
  reference ("وكان أعوان المراقبة الإقتصادية حجزوا في النصف الثاني من رمضان", held ANT 6224, read on 27 May 2017 =
  1 Ramadan 1438, is Ramadan 1437's second half), Hijri halves, tens, weeks, first or last days and مطلع/منتصف/أواخر,
  and a Gregorian part of the reference's month.
- "قبل" + a count with no number + من/على is a vague duration before that event (PXD, relation before), as "بعد أيام
  قليلة من" is after it: "قبل أيام قليلة من حفل تنصيب دونالد ترامب" (ANT 5439) was a date before the reference.
Sentences from ANT v1.1 (numbers given) or built on them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from date_cases import INDIC, DateCases, article_dates

JUNE_1 = DateCases(dt.date(2017, 6, 1))
RAMADAN_1 = DateCases(dt.date(2017, 5, 27))  # 1 Ramadan 1438 (held ANT 6224's day)
JUNE_5 = DateCases(dt.date(2017, 6, 5))
DHU_AL_HIJJA_2 = DateCases(dt.date(2017, 8, 24))  # 2 Dhu al-Hijja 1438

# sport ANT 9186
DERBY = ("قررت الرابطة الوطنية لكرة القدم المحترفة تأجيل إنقطلاقة مقابلة دربي العاصمة الذي سيجمع بين النادي "
         "الافريقي والترجي الرياضي التونسي يوم الاربعاء 8 فيفري 2017 من الساعة الثالثة بعد الزوال إلى الساعة "
         "الخامسة مساء .")


def test_kick_off_put_off_is_two_times() -> None:
    got = JUNE_1.dates(DERBY)
    assert [(d["text"], d["type"], d["value"]) for d in got] == [
        ("يوم الاربعاء 8 فيفري 2017 من الساعة الثالثة بعد الزوال", "TIME", "2017-02-08T15:00"),
        ("الساعة الخامسة مساء", "TIME", "2017-02-08T17:00")]
    old, new = got
    assert old["start"] == DERBY.index("يوم الاربعاء") and new["end"] == DERBY.index(" .")
    assert old["time"] == "T15:00" and new["time"] == "T17:00"
    assert old["weekday"] == 3 and "weekday" not in new  # the written weekday is the old span's
    assert "range" not in old and "end_value" not in new


@pytest.mark.parametrize(("sentence", "expected"), [
    # a range of days after a deferral verb: the month and year the range read hold for both
    ("أجّلت الجامعة المباراة من 5 إلى 12 مارس.", [("5", "2017-03-05"), ("12 مارس", "2017-03-12")]),
    ("تم تأجيل المباراة من السبت 5 مارس إلى الأحد 12 مارس 2017.",
     [("السبت 5 مارس", "2017-03-05"), ("الأحد 12 مارس 2017", "2017-03-12")]),
    # with clitics and a pronoun ("وبتأجيلها"), a masdar with the article
    ("وطالبت النقابة بتأجيلها من 13 إلى 23 جانفي 2017.", [("13", "2017-01-13"), ("23 جانفي 2017", "2017-01-23")]),
    ("وقررت الجامعة التأجيل من 15 إلى 28 مارس 2017.", [("15", "2017-03-15"), ("28 مارس 2017", "2017-03-28")]),
    # advanced: the new hour before the old one (was one inverted range T17:00/T15:00)
    ("قررت الرابطة تقديم موعد المباراة من الساعة الخامسة مساء إلى الساعة الثالثة بعد الزوال.",
     [("الساعة الخامسة مساء", "T17:00"), ("الساعة الثالثة بعد الزوال", "T15:00")]),
    ("وتقرر تغيير توقيت اللقاء من الساعة 15:00 إلى الساعة 17:30 يوم الأحد 12 مارس 2017.",
     [("الساعة 15:00", "2017-03-12T15:00"), ("الساعة 17:30 يوم الأحد 12 مارس 2017", "2017-03-12T17:30")]),
    # years, and Hijri days (each keeps its Hijri reading)
    ("وتم تأجيل الألعاب من عام 2017 إلى عام 2018.", [("عام 2017", "2017"), ("عام 2018", "2018")]),
    ("أرجأت اللجنة الاجتماع من 1 رمضان إلى 10 رمضان 1438.",
     [("1 رمضان", "2017-05-27"), ("10 رمضان 1438", "2017-06-05")]),
])
def test_moved_range_is_old_and_new_date(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(d["text"], d["value"]) for d in JUNE_1.dates(sentence)] == expected
    for span, _ in expected:
        JUNE_1.one(sentence, span)  # offsets


def test_moved_range_hijri_keys_and_indic_digits() -> None:
    got = JUNE_1.dates("أرجأت اللجنة الاجتماع من 1 رمضان إلى 10 رمضان 1438.")
    assert [d["hijri"] for d in got] == ["1438-09-01", "1438-09-10"]
    indic = "تم تأجيل المباراة من السبت 5 مارس إلى الأحد 12 مارس 2017.".translate(INDIC)
    assert [d["value"] for d in JUNE_1.dates(indic)] == ["2017-03-05", "2017-03-12"]


@pytest.mark.parametrize(("sentence", "span", "value"), [
    # a plan's days (sport 9004: the tournament "scheduled from 13 to 23 January"), a stretch's opener
    ("أكد فيها تأخير موعد الدورة الودية المبرمجة من 13 إلى 23 جانفي 2017 بسبب التزامات بعض الأندية.",
     "من 13 إلى 23 جانفي 2017", "2017-01-13/2017-01-23"),
    ("وتأجيل النظر في القضايا وتأخيرها على حالتها على امتداد خمسة أيام بداية من 24 أفريل 2017 إلى 28 أفريل 2017",
     "من 24 أفريل 2017 إلى 28 أفريل 2017", "2017-04-24/2017-04-28"),
    # until: a range
    ("وقع تأجيل الدروس من 5 إلى غاية 12 مارس 2017.", "من 5 إلى غاية 12 مارس 2017", "2017-03-05/2017-03-12"),
    # the club الترجي is no deferral verb (sport 9934)
    ("دارت اليوم القرعة الخاصة بالبطولة الإفريقية التي ينظمها الترجي الرياضي من 15 إلى 28 مارس 2017",
     "من 15 إلى 28 مارس 2017", "2017-03-15/2017-03-28"),
    # تقديم without a noun of time is a presentation
    ("وتم خلال الندوة تقديم النسخة السادسة من الدورة المبرمجة من 22 إلى 30 أفريل 2017",
     "من 22 إلى 30 أفريل 2017", "2017-04-22/2017-04-30"),
    # no cue
    ("ستقام الدورة من 13 إلى 23 جانفي 2017.", "من 13 إلى 23 جانفي 2017", "2017-01-13/2017-01-23"),
    # the new day put off to stands before the range: the session's hours
    ("أجلت المحكمة الجلسة إلى يوم 5 مارس 2017 من الساعة التاسعة صباحا إلى الساعة الثانية عشرة",
     "يوم 5 مارس 2017 من الساعة التاسعة صباحا إلى الساعة الثانية عشرة", "2017-03-05T09:00/2017-03-05T12:00"),
])
def test_range_stays_one(sentence: str, span: str, value: str) -> None:
    assert JUNE_1.one(sentence, span)["value"] == value


# held ANT 6224, read on its day (27 May 2017, 1 Ramadan 1438)
HELD_6224 = ("وكان أعوان المراقبة الإقتصادية حجزوا في النصف الثاني من رمضان وخلال الأيام التجارية بالمنستير "
             "والأيام التجارية بقصر هلال")


def test_second_half_of_ramadan_in_past_clause_is_last_ramadans() -> None:
    d = RAMADAN_1.one(HELD_6224, "النصف الثاني من رمضان")
    assert d["value"] == "2016-06-21/2016-07-05"  # was 2017-06-11/2017-06-24, still to come


@pytest.mark.parametrize(("cases", "sentence", "span", "value"), [
    (RAMADAN_1, "وزار السياح المدينة في العشر الأواخر من رمضان.", "العشر الأواخر من رمضان",
     "2016-06-26/2016-07-05"),
    (RAMADAN_1, "وزار السياح المدينة في الأيام العشر الأخيرة من شهر رمضان.",
     "الأيام العشر الأخيرة من شهر رمضان", "2016-06-26/2016-07-05"),
    (RAMADAN_1, "وكان السياح قد حجزوا في أواخر رمضان.", "أواخر رمضان", "2016-06-06/2016-07-05"),
    (RAMADAN_1, "وزار السياح المدينة في منتصف رمضان.", "منتصف رمضان", "2016-06-06/2016-07-05"),
    (RAMADAN_1, "وزار السياح المدينة في الأسبوع الأخير من رمضان.", "الأسبوع الأخير من رمضان", "2016-W26"),
    (RAMADAN_1, "وزار السياح المدينة في الأيام الخمسة الأخيرة من رمضان.", "الأيام الخمسة الأخيرة من رمضان",
     "2016-07-01/2016-07-05"),
    (RAMADAN_1, "وزار السياح المدينة في الأيام الأخيرة من رمضان.", "الأيام الأخيرة من رمضان",
     "2016-06-06/2016-07-05"),
    # another Hijri month: Dhu al-Hijja read on its 2nd day
    (DHU_AL_HIJJA_2, "وزار الحجاج مكة في النصف الثاني من ذي الحجة.", "النصف الثاني من ذي الحجة",
     "2016-09-17/2016-10-01"),
    # a Gregorian part of the reference's month that begins after it
    (JUNE_5, "وكان السياح قد حجزوا في النصف الثاني من شهر جوان.", "النصف الثاني من شهر جوان",
     "2016-06-16/2016-06-30"),
    (JUNE_5, "وزار السياح المدينة في أواخر جوان.", "أواخر جوان", "2016-06"),
])
def test_part_after_reference_in_past_clause_is_last_years(cases: DateCases, sentence: str, span: str,
                                                           value: str) -> None:
    assert cases.one(sentence, span)["value"] == value


@pytest.mark.parametrize(("cases", "sentence", "span", "value"), [
    # a part begun by the reference stays this month's
    (RAMADAN_1, "وزار السياح المدينة في مطلع رمضان.", "مطلع رمضان", "2017-05-27/2017-06-24"),
    (RAMADAN_1, "وزار السياح المدينة في العشر الأوائل من رمضان.", "العشر الأوائل من رمضان",
     "2017-05-27/2017-06-05"),
    (RAMADAN_1, "وزار السياح المدينة في رمضان.", "رمضان", "2017-05-27/2017-06-24"),
    (DHU_AL_HIJJA_2, "وزار الحجاج مكة في العشر الأوائل من ذي الحجة.", "العشر الأوائل من ذي الحجة",
     "2017-08-23/2017-09-01"),
    # a future clause, no tense: this month's part
    (RAMADAN_1, "وسيزور السياح المدينة في النصف الثاني من رمضان.", "النصف الثاني من رمضان",
     "2017-06-11/2017-06-24"),
    (RAMADAN_1, "ويعتكف المسلمون في العشر الأواخر من رمضان.", "العشر الأواخر من رمضان", "2017-06-16/2017-06-24"),
    (JUNE_5, "وسيزور السياح المدينة في أواخر جوان.", "أواخر جوان", "2017-06"),
    (JUNE_5, "وزار السياح المدينة في أوائل جوان.", "أوائل جوان", "2017-06"),
])
def test_part_begun_or_to_come_stays(cases: DateCases, sentence: str, span: str, value: str) -> None:
    assert cases.one(sentence, span)["value"] == value


@pytest.mark.parametrize(("sentence", "span", "value"), [
    # ANT 5439, cut
    ("قبل أيام قليلة من حفل تنصيب دونالد ترامب، أجرت السلطة الأمريكية الاستعدادات اللازمة", "أيام", "PXD"),
    # ANT 6872, cut
    ("أصدر قاض اتحادي في هاواي أمرا بوقف تنفيذ الحظر قبل ساعات من الموعد المقرر لبدء سريانه.", "ساعات", "PTXH"),
    ("وقد زار الرئيس المدينة قبل أشهر من الهجوم.", "أشهر", "PXM"),
    ("وقد زار الرئيس المدينة قبل سنوات طويلة من الثورة.", "سنوات", "PXY"),
    ("وقد زار الرئيس المدينة قبل عدة أسابيع من الانتخابات.", "عدة أسابيع", "PXW"),
    ("وقدم ترشحه قبل ساعات معدودة على غلق باب الترشحات.", "ساعات", "PTXH"),
])
def test_vague_count_before_event_is_a_duration(sentence: str, span: str, value: str) -> None:
    d = JUNE_1.one(sentence, span)
    assert (d["type"], d["value"], d.get("relation")) == ("DURATION", value, "before")


@pytest.mark.parametrize(("sentence", "span"), [
    ("وقد زار الرئيس المدينة قبل أيام قليلة.", "قبل أيام"),  # no event: some days ago
    ("وتم إيقافه قبل أيام من طرف أعوان الحرس.", "قبل أيام"),  # من طرف: by
    ("وتم حجزها قبل أيام من قبل أعوان الديوانة.", "قبل أيام"),
])
def test_vague_count_without_event_stays_past_ref(sentence: str, span: str) -> None:
    d = JUNE_1.one(sentence, span)
    assert (d["type"], d["value"]) == ("DATE", "PAST_REF")


# a past relative weekday beside a written day of that weekday (session 47's tie, note47's leftover)
_PLAYED = "مقابلات الجولة\nوكان الفريق قد فاز يوم الأحد الماضي على الترجي.\n"


def test_past_weekday_takes_its_written_day() -> None:
    text = _PLAYED + "وكانت المقابلة قد دارت يوم الأحد 19 فيفري 2017 على الساعة الثالثة."
    d = next(d for d in article_dates(text) if d["text"] == "يوم الأحد الماضي")
    assert (d["start"], d["value"], d["anchor_date"]) == (text.index("يوم الأحد الماضي"), "2017-02-19", "2017-02-19")


@pytest.mark.parametrize("text", [
    # the written Sunday is a coming one (a future clause): last Sunday is another week's
    _PLAYED + "وسيلعب الفريق مقابلته القادمة يوم الأحد 26 فيفري 2017 على الساعة الثالثة.",
    # the article's own day (Wednesday 22 February) puts last Sunday on the 19th, before the written 26th
    "مقابلات الجولة\nاليوم الأربعاء 22 فيفري 2017 أعلن المدرب أن الفريق فاز يوم الأحد الماضي على الترجي.\n"
    "ويلعب الفريق مقابلته القادمة يوم الأحد 26 فيفري 2017.",
])
def test_past_weekday_keeps_its_week_beside_a_later_written_day(text: str) -> None:
    d = next(d for d in article_dates(text) if d["text"] == "يوم الأحد الماضي")
    assert d["value"] != "2017-02-26" and d.get("anchor") != "PREV_DATE"
