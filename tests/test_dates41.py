"""Session 41: dates families read on real news (ANT v1.1), reference day 2017-06-01 (a Thursday).

- the Tunisian "بعد زوال اليوم" is the afternoon as "بعد ظهر اليوم" ("في حدود الساعة الثالثة والنصف بعد زوال اليوم",
  ANT 2219, was 03:30);
- a month called current ("10 ديسمبر الجاري", "أفريل الحالي") is the writer's month, never after the reference's:
  a later month than the reference's is last year's (ANT 30, 76: festivals of December and July 2016, were 2017),
  and a month called current that is not the anchor's has ``current_ok`` false (the written month wins);
- a holiday after a market's or a cake's noun names it ("سوق عيد الميلاد", "سوق لعيد الميلاد", "كعكة عيد الميلاد"),
  and a day and month after a school's adjective ("بالمعهد الثانوي 2 مارس", "المدرسة الابتدائية 2 ماي") name the
  school: no date of the text.
"""

from __future__ import annotations

import pytest

from test_dates40 import INDIC, _dates, _one  # the same reading helpers (numbers + dates, 2017-06-01)

PLAIN = str.maketrans("", "")


# -- بعد زوال ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "span", "value"), [
    ('وأوضح انه "وفي حدود الساعة الثالثة والنصف بعد زوال اليوم، بينما كان احد الاساتذة',
     "الساعة الثالثة والنصف بعد زوال اليوم", "2017-06-01T15:30"),
    ("بداية من الثالثة من بعد زوال يوم الأربعاء", "الثالثة من بعد زوال يوم الأربعاء", "2017-05-31T15:00"),
    ("وصل الوفد بعد زوال أمس إلى المطار", "بعد زوال أمس", "2017-05-31TAF"),
    ("تنطلق الجلسة بعد زوال اليوم", "بعد زوال اليوم", "2017-06-01TAF"),
    ("على الساعة 4 بعد زوال اليوم", "الساعة 4 بعد زوال اليوم", "2017-06-01T16:00"),
    ("على الساعة ٤ بعد زوال اليوم", "الساعة ٤ بعد زوال اليوم", "2017-06-01T16:00"),
    ("في حدود الساعة الثالثة بعد ظهر اليوم", "الساعة الثالثة بعد ظهر اليوم", "2017-06-01T15:00"),  # as before
])
def test_after_noon_tunisian(text: str, span: str, value: str) -> None:
    assert _one(text, span)["value"] == value


@pytest.mark.parametrize("text", ["عادت الحياة بعد زوال الخطر", "بعد زوال الحكم السابق"])
def test_disappearance_is_no_time(text: str) -> None:
    assert _dates(text) == []


def test_bare_hour_without_cue_unchanged() -> None:
    text = "يطير وفد النادي الصفاقسي اليوم في حدود الساعة السادسة إلى جنوب إفريقيا في رحلة عادية"
    assert _one(text, "اليوم في حدود الساعة السادسة")["value"] == "2017-06-01T06:00"


# -- a month called current --------------------------------------------------------------------------------------

@pytest.mark.parametrize("digits", [PLAIN, INDIC])
@pytest.mark.parametrize(("text", "span", "value"), [
    ("والذي سيتواصل إلى غاية يوم 10 ديسمبر الجاري.", "إلى غاية يوم 10 ديسمبر الجاري", "2016-12-10"),
    ("ستكون متوفرة يوم 5 جويلية الجاري بشبابيك المسرح", "يوم 5 جويلية الجاري", "2016-07-05"),
    ("ينتظم من 15 إلى 20 نوفمبر الجاري", "من 15 إلى 20 نوفمبر الجاري", "2016-11-15/2016-11-20"),
    ("يومي 29 و30 نوفمبر الجاري", "يومي 29 و30 نوفمبر الجاري", "2016-11-29/2016-11-30"),
    ("يوم 12 أفريل الحالي", "يوم 12 أفريل الحالي", "2017-04-12"),  # an earlier month keeps the year
    ("يوم 7 أغسطس الجاري", "يوم 7 أغسطس الجاري", "2016-08-07"),
])
def test_current_month_after_the_reference(digits: dict, text: str, span: str, value: str) -> None:
    d = _one(text.translate(digits), span.translate(digits))
    assert d["value"] == value and d["current_ok"] is False


def test_current_month_end_last_year() -> None:
    d = _one("متوقعا نهاية الحصاد بنهاية شهر جويلية الحالي", "نهاية شهر جويلية الحالي")
    assert (d["value"], d["mod"], d["current_ok"]) == ("2016-07", "END", False)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("يوم 20 جوان الجاري", "يوم 20 جوان الجاري", "2017-06-20"),  # the reference's month: agrees
    ("في ديسمبر المقبل", "ديسمبر المقبل", "2017-12"),  # another relative word: unchanged
    ("في أفريل الماضي", "أفريل الماضي", "2017-04"),
    ("يوم 10 ديسمبر 2017", "يوم 10 ديسمبر 2017", "2017-12-10"),
])
def test_current_month_agrees_or_other_words(text: str, span: str, value: str) -> None:
    d = _one(text, span)
    assert d["value"] == value and "current_ok" not in d


def test_current_month_with_weekday() -> None:
    d = _one("يوم الخميس 15 ديسمبر الجاري", "يوم الخميس 15 ديسمبر الجاري")
    assert (d["value"], d["weekday_ok"], d["current_ok"]) == ("2016-12-15", True, False)


# -- names made of a holiday or a date ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ودهس متسوقين في سوق عيد الميلاد في برلين",
    "قتل 12 شخصا في سوق لعيد الميلاد في برلين",
    "لاحظت أن راكبا يحاول وضع صندوق كعكة عيد الميلاد في الخزينة",
    "وضعت شجرة عيد الميلاد في الساحة",
    "قام أحد التلاميذ بالمعهد الثانوي 2 مارس بالقصرين بالاعتداء",
    "في حادث مرور أمام المدرسة الابتدائية 2 ماي بمدنين",
    "تعطلت الدروس بالمدرسة الإعدادية 20 مارس بحي خالد",
    "تعطلت الدروس بالمدرسة الإعدادية ٢٠ مارس بحي خالد",
])
def test_named_after_holiday_or_day(text: str) -> None:
    assert [d for d in _dates(text) if d["type"] == "DATE"] == []


@pytest.mark.parametrize(("text", "span", "value"), [
    ("بمناسبة احتفالات عيد الميلاد", "عيد الميلاد", "2016-12-25"),  # the nearest (session 46)
    ("قبل عيد الميلاد بأيام", "عيد الميلاد", "2016-12-25"),
    ("انطلقت الدروس بالمعهد الثانوي يوم 2 مارس", "يوم 2 مارس", "2017-03-02"),
    ("الهجوم على سوق في برلين يوم 19 ديسمبر 2016", "يوم 19 ديسمبر 2016", "2016-12-19"),
])
def test_holiday_and_day_still_dates(text: str, span: str, value: str) -> None:
    assert _one(text, span)["value"] == value


# -- the writer's weekday in the month called current -------------------------------------------------------------

ANT_6365 = ("ألغت النقابة العامة لعملة التربية الإضراب الذي كان مقررا تنفيذه يومي 1 و2 فيفري القادم بعد توصلها اليوم "
            "الثلاثاء إلى اتفاق مع وزراة التربية.\nونص الاتفاق على عدم قبول أي ملف جديد بداية من 13 جانفي الجاري وعدم "
            "قبول أية وثيقة ترد بعد 5 فيفري القادم.")


@pytest.mark.parametrize("digits", [PLAIN, INDIC])
def test_weekday_anchor_in_the_current_month(digits: dict) -> None:
    text = ANT_6365.translate(digits)
    today = _one(text, "اليوم الثلاثاء")
    assert (today["value"], today["anchor"]) == ("2017-01-31", "DOC")  # the last Tuesday of that January
    assert _one(text, "يومي 1 و2 فيفري القادم".translate(digits))["value"] == "2017-02-01/2017-02-02"  # was 2018
    january = _one(text, "13 جانفي الجاري".translate(digits))
    assert (january["value"], january["anchor_date"]) == ("2017-01-13", "2017-01-31")
    assert "current_ok" not in january  # the anchor's month now


@pytest.mark.parametrize(("text", "today"), [
    # the month called current is the reference's: the weekday stays the last before the reference
    ("أعلنت الوزارة اليوم الثلاثاء أن التسجيل يتواصل إلى غاية 20 جوان الجاري", "2017-05-30"),
    # two months called current: no month, as before
    ("أعلنت الوزارة اليوم الثلاثاء أن التسجيل من 13 جانفي الجاري إلى 5 مارس الجاري", "2017-05-30"),
])
def test_weekday_anchor_without_one_other_current_month(text: str, today: str) -> None:
    assert _one(text, "اليوم الثلاثاء")["value"] == today


def test_weekday_anchor_before_a_future_day_of_the_current_month() -> None:
    # ANT 701: the agreement "will be signed on 14 January": the writer's Saturday is before it (7 January 2017)
    text = ("أكد الأمين العام بلقاسم العياري، اليوم السبت، أنّ المفاوضات ستفضي إلى اتفاق سيتم إبرامه يوم 14 جانفي "
            "الحالي.")
    assert _one(text, "اليوم السبت")["value"] == "2017-01-07"


def test_current_month_of_the_next_week_keeps_its_year() -> None:
    # ANT 1215: the day read from "اليوم الأحد" (28 May) is days before the writer's June: June 2017, not 2016
    text = "قال الوزير اليوم الأحد إن الحكومة الألمانية رعت يومي 12 و13 يونيو الجاري في برلين قمة"
    d = _one(text, "يومي 12 و13 يونيو الجاري")
    assert d["value"] == "2017-06-12/2017-06-13" and d["current_ok"] is False
