"""Session 36: dates on ANT articles 3000-5999 and 8500-10165 (never dev nor held-out before), read by eye.

Families fixed: a weekday before an hour in words is no day of the month ("يوم الاحد السادسة مساء"); the first or
last N months or days with the count in digits after the noun ("الأشهر الـ10 الأولى من 2014", "الأيام الـ10 الأولى
من شهر رمضان"), a Hijri month's first days with their Hijri reading; a part of a month after ل ("النصف الثاني لشهر
ماي2017"); a date opened by a signal is never a name after a place's head ("إمام جامع قبل ثلاث سنوات"); days
between بين and إلى ("بين 22 الى 27 ماي 2017"); ambiguous weekdays after a longer subject or "قضت"/"تستمع".
"""

from __future__ import annotations

import pytest

import arabnews

REF = "2017-06-01"


def _dates(text: str) -> list[tuple[int, int, str, str, str | None]]:
    doc = arabnews.analyze(text, reference_date=REF)
    return [(d.start, d.end, d.text, d.type, d.value) for d in doc.dates]


def _at(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


@pytest.mark.parametrize(("text", "span", "type_", "value"), [
    # ANT 9245: "ملعب رادس يوم الاحد السادسة مساء" was "يوم الاحد السادسة" the 6th of June
    ("الودية التي سيحتضنها ملعب رادس يوم الاحد السادسة مساء. و يتكون طاقم التحكيم المغربي من هشام غبو",
     "يوم الاحد السادسة مساء", "TIME", "2017-06-04T18:00"),
    ("التقى الوزير الخميس العاشرة والنصف صباحا بممثلي النقابة.", "الخميس العاشرة والنصف صباحا", "TIME",
     "2017-06-01T10:30"),
    ("يعقد الاجتماع يوم الثلاثاء الثامنة ليلا بمقر الولاية.", "يوم الثلاثاء الثامنة ليلا", "TIME", "2017-06-06T20:00"),
])
def test_weekday_before_an_hour(text: str, span: str, type_: str, value: str) -> None:
    assert _dates(text) == [(*_at(text, span), span, type_, value)]


def test_weekday_and_day_ordinal_still_a_day() -> None:
    text = "وصل الخميس الخامس من الشهر."
    assert _dates(text) == [(*_at(text, "الخميس الخامس من الشهر"), "الخميس الخامس من الشهر", "DATE", "2017-06-05")]


def test_months_counted_in_digits_after_the_noun() -> None:
    # ANT 4170 (a headline): the months were read as nothing
    text = "تفاقم العجز التجاري بنسبة 19% خلال الأشهر الـ10 الأولى من 2014 تفاقم عجز الميزان التجاري"
    span = "الأشهر الـ10 الأولى من 2014"
    assert _dates(text) == [(*_at(text, span), span, "DATE", "2014-01/2014-10")]
    text = "ارتفعت الصادرات في الأشهر ال٤ الأخيرة من العام الماضي."
    span = "الأشهر ال٤ الأخيرة من العام الماضي"
    assert _dates(text) == [(*_at(text, span), span, "DATE", "2016-09/2016-12")]


def test_days_of_a_hijri_month_in_digits_with_their_hijri_reading() -> None:
    text = "وذلك خلال الأيام الـ10 الأولى من شهر رمضان."
    doc = arabnews.analyze(text, reference_date=REF)
    span = "الأيام الـ10 الأولى من شهر رمضان"
    [d] = doc.dates
    assert (d.start, d.end, d.text, d.value, d.calendar) == (*_at(text, span), span, "2017-05-27/2017-06-05", "hijri")
    assert d.attrs["hijri"] == "1438-09-01/1438-09-10"
    # ANT 808 (dev): the Hijri reading was missing from the first days told by a word number
    doc = arabnews.analyze("نفذت فرق المراقبة الاقتصادية بسوسة خلال الأيام الخمسة الأولى من شهر رمضان 831 زيارة",
                           reference_date=REF)
    assert [(d.value, d.attrs.get("hijri")) for d in doc.dates] == [("2017-05-27/2017-05-31", "1438-09-01/1438-09-05")]


def test_half_of_a_month_after_li() -> None:
    # ANT 5916: was "شهر ماي2017" alone, the whole month
    text = "إلى حوالي 2.9 % فقط خلال النصف الثاني لشهر ماي2017. وأشارت وزارة أملاك الدولة"
    span = "النصف الثاني لشهر ماي2017"
    assert _dates(text) == [(*_at(text, span), span, "DATE", "2017-05-16/2017-05-31")]


def test_a_count_after_a_hijri_month_is_no_year() -> None:
    # ANT 6337 (held-out): "1362 مخالفة" are violations, not the year 1362 of the first three days
    text = "رفعت فرق المراقبة الإقتصادية خلال الثلاثة أيام الأولى لشهر رمضان 1362 مخالفة بعد القيام بـ8982 زيارة"
    assert [d.text for d in arabnews.analyze(text, reference_date=REF).dates
            if d.text.startswith("الثلاثة أيام")] == ["الثلاثة أيام"]


def test_a_signal_date_after_a_name_head_is_a_date() -> None:
    # ANT 4048: "جامع" is a head of names ("جامع 15 أكتوبر"), but "قبل ثلاث سنوات" names nothing
    text = "في عملية قبلي شغل خطّة إمام جامع قبل ثلاث سنوات بأحد مساجد الجهة"
    span = "قبل ثلاث سنوات"
    assert _dates(text) == [(*_at(text, span), span, "DATE", "2014")]
    assert _dates("وستقام المباراة بملعب 15 أكتوبر ببنزرت.") == []


def test_days_between_bayna_and_ila() -> None:
    # ANT 3737: was "27 ماي 2017" alone
    text = "ستجرى في الفترة بين 22 الى 27 ماي 2017 بمعدل مادة كل يوم وستشمل 5 مواد"
    span = "بين 22 الى 27 ماي 2017"
    got = _dates(text)
    assert got[0] == (*_at(text, span), span, "DATE", "2017-05-22/2017-05-27")


@pytest.mark.parametrize(("text", "day", "value"), [
    # ANT 3958, 3249, 5848, 3353: an ambiguous weekday after a subject of several words, or after قضت/تستمع
    ("أعلنت الشركة الوطنية لاستغلال وتوزيع المياه الاثنين عن انقطاع مبرمج في توزيع الماء الصالح للشرب",
     "الاثنين", "2017-05-29"),
    ("قضت الدائرةالجنائية بالمحكمة الإبتدائية بالمنستير الإثنين بسنة سجن في حق قيس بن علي", "الإثنين", "2017-05-29"),
    ("كشفت فرقة الأبحاث والتفتيش للحرس الوطني الأحد بطبرقة ولاية جندوبة عن خليّة تكفيريّة", "الأحد", "2017-05-28"),
])
def test_ambiguous_weekday_in_a_longer_clause(text: str, day: str, value: str) -> None:
    assert _dates(text) == [(*_at(text, day), day, "DATE", value)]


@pytest.mark.parametrize("text", [
    "تمكنت الوحدات من حجز دراجة نارية كان يستعملها أحد الإرهابيين الإثنين في التنقل بين القصرين والجبال",
    "وقالت المحكمة إن هذه الاحكام صدرت ضد المتهمين الاثنين بعد ثبوت الادانة",
])
def test_the_two_stays_a_number(text: str) -> None:
    assert _dates(text) == []
