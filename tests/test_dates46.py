"""Session 46: a yearless Gregorian holiday and a yearless Hijri month take their occurrence nearest the reference by
the clause's tense (past: the last begun; future: the next not over; none: the one holding the reference or the
nearest), as a Hijri holiday has since session 45; a bare imperfect is no future cue for a yearly holiday (a
headline's present); words of getting ready ("استعدادا", "لقدوم") make it the coming one; a holiday's past verb is
read over twelve words of its clause; a date followed by its yearly SET ("من كل سنة", "سنويا") is one SET with a
recurring value (XXXX-06-20); "اليوم" after a verb of becoming or a noun of a time's world is PRESENT_REF.
Sentences from ANT v1.1 (numbers given) or built on them.

Umm al-Qura (hijridate): Ramadan 1437 = 2016-06-06/2016-07-05, 1438 = 2017-05-27/2017-06-24, 1439 =
2018-05-16/2018-06-14; Sha'ban 1439 = 2018-04-17/2018-05-15; 26 Ramadan 1437 = 2016-07-01, 1438 = 2017-06-21.
"""

from __future__ import annotations

import pytest

import arabnews

REF = "2017-06-01"


def dates(text: str, ref: str = REF) -> list[tuple[str, str, str | None]]:
    return [(d["text"], d["type"], d["value"]) for d in arabnews.analyze(text, reference_date=ref).to_dict()["dates"]]


def value_of(text: str, span: str, ref: str = REF) -> str | None:
    found = [v for t, _, v in dates(text, ref) if t == span]
    assert len(found) == 1, dates(text, ref)
    return found[0]


@pytest.mark.parametrize(("text", "span", "value"), [
    # a past verb: the last one begun on or before the reference (14 July, 15 October are still to come in June)
    ("احتفل الفرنسيون بالعيد الوطني الفرنسي", "العيد الوطني الفرنسي", "2016-07-14"),
    ("احتفل التونسيون بعيد الجلاء", "عيد الجلاء", "2016-10-15"),
    ("احتفلت العائلات برأس السنة الميلادية", "رأس السنة الميلادية", "2017-01-01"),
    ("احتفل العمال بعيد الشغل في ساحة محمد علي", "عيد الشغل", "2017-05-01"),
    # a future cue (with و): the next one
    ("سيحتفل الفرنسيون بالعيد الوطني الفرنسي", "العيد الوطني الفرنسي", "2017-07-14"),
    ("وسيحتفل التونسيون بعيد الجلاء", "عيد الجلاء", "2017-10-15"),
    ("ستحتفل العائلات برأس السنة الميلادية", "رأس السنة الميلادية", "2018-01-01"),
    ("سيحتفل العمال بعيد الشغل في ساحة محمد علي", "عيد الشغل", "2018-05-01"),
    # getting ready for it: the coming one (dev 536)
    ("استعداداً لقدوم الإحتفالات بعيد الميلاد", "عيد الميلاد", "2017-12-25"),
    ("وتحسبا لعيد الميلاد تم تعزيز الإجراءات الأمنية", "عيد الميلاد", "2017-12-25"),
    # no tense: the nearest (25 December 2016 is 158 days before, 2017's 207 days after)
    ("حفل بمناسبة عيد الميلاد", "عيد الميلاد", "2016-12-25"),
    # a headline's imperfect is no future (dev 2772, 1471)
    ("والد سقراط الشارني يتسبب في إلغاء احتفال بعيد الشهداء", "عيد الشهداء", "2017-04-09"),
    ("متشددون يهاجمون محلات بيع هدايا عيد الحب", "عيد الحب", "2017-02-14"),
    # a past verb nine or ten words back in the clause (dev 1419, 859)
    ("أدانت تونس الاعتداء الإرهابي الذي استهدف مساء يوم أمس مدينة نيس الفرنسية خلال الاحتفالات بذكرى العيد الوطني "
     "لفرنسا", "العيد الوطني", "2016-07-14"),
    ("خاصة وأنه تم تسجيل ركود خلال فترة التخفيضات المقررة مباشرة بعد عيد الفطر", "عيد الفطر", "2016-07-06"),
    # سـ + an imperfect in reach is no past verb (dev 541)
    ("فعليه ستعلن أغلب الدول العربية والإسلامية الأحد 25 جوان 2017 أول أيام عيد الفطر المبارك",
     "أول أيام عيد الفطر المبارك", "2017-06-25"),
])
def test_holiday_by_tense(text: str, span: str, value: str) -> None:
    assert value_of(text, span) == value


@pytest.mark.parametrize(("ref", "text", "span", "value"), [
    # a relative word against the reference's Hijri month (Ramadan 1438 began on 27 May 2017)
    ("2017-08-01", "سيعود في رمضان المقبل", "رمضان المقبل", "2018-05-16/2018-06-14"),
    ("2017-06-01", "سيعود في رمضان المقبل", "رمضان المقبل", "2018-05-16/2018-06-14"),
    ("2017-03-01", "سيعود في رمضان المقبل", "رمضان المقبل", "2017-05-27/2017-06-24"),
    ("2017-03-01", "عاد في رمضان الماضي", "رمضان الماضي", "2016-06-06/2016-07-05"),
    ("2017-06-01", "عاد في شهر رمضان الماضي", "شهر رمضان الماضي", "2016-06-06/2016-07-05"),
    ("2017-08-01", "عاد في شهر رمضان الماضي", "شهر رمضان الماضي", "2017-05-27/2017-06-24"),
    ("2017-06-01", "في رمضان الجاري", "رمضان الجاري", "2017-05-27/2017-06-24"),
    # a day of the reference's Hijri month (6 Ramadan 1438): later or earlier in it
    ("2017-06-01", "يوم 26 رمضان المقبل", "يوم 26 رمضان المقبل", "2017-06-21"),
    ("2017-06-01", "يوم 2 رمضان الماضي", "يوم 2 رمضان الماضي", "2017-05-28"),
])
def test_hijri_month_relative(ref: str, text: str, span: str, value: str) -> None:
    assert value_of(text, span, ref) == value


@pytest.mark.parametrize(("ref", "text", "span", "value"), [
    # past → the last begun, future → the next not over, none → the one holding the reference or the nearest
    ("2017-03-01", "تم تسجيل 100 مخالفة خلال شهر رمضان", "شهر رمضان", "2016-06-06/2016-07-05"),
    ("2017-03-01", "سيصوم المسلمون شهر رمضان", "شهر رمضان", "2017-05-27/2017-06-24"),
    ("2017-08-01", "ستنطلق الحملة خلال شهر رمضان", "شهر رمضان", "2018-05-16/2018-06-14"),
    ("2017-08-01", "ارتفاع الأسعار خلال شهر رمضان", "شهر رمضان", "2017-05-27/2017-06-24"),
    ("2017-06-01", "ارتفاع الأسعار خلال شهر رمضان", "شهر رمضان", "2017-05-27/2017-06-24"),
    ("2017-06-01", "ستقام التظاهرة في شهر شعبان", "شهر شعبان", "2018-04-17/2018-05-15"),
    # a day of a Hijri month
    ("2017-06-01", "قتل يوم 26 رمضان", "يوم 26 رمضان", "2016-07-01"),
    ("2017-06-01", "سيقام الحفل يوم 26 رمضان", "يوم 26 رمضان", "2017-06-21"),
    # its weekday picks the year though the clause is future (dev 422: Thursday 25 May 2017)
    ("2017-06-01", "دعت المحكمة إلى تحري رؤية الهلال مساء الخميس التاسع والعشرين من شهر شعبان",
     "مساء الخميس التاسع والعشرين من شهر شعبان", "2017-05-25TEV"),
    # a day told with اليوم is the document's own: no tense (dev 1831)
    ("2017-06-01", "انطلقت فجر اليوم الأربعاء التاسع من شهر ذي الحجة مراسم تغيير كسوة الكعبة",
     "فجر اليوم الأربعاء التاسع من شهر ذي الحجة", "2017-08-31TMO"),
])
def test_hijri_month_by_tense(ref: str, text: str, span: str, value: str) -> None:
    assert value_of(text, span, ref) == value


@pytest.mark.parametrize(("text", "expected"), [
    ("بمناسبة اليوم الوطني للموسيقى الموافق لـ 20جوان من كل سنة", [("20جوان من كل سنة", "SET", "XXXX-06-20")]),  # 6366
    ("تتواصل الأمطار الموسمية في شهر جانفي من كل سنة", [("شهر جانفي من كل سنة", "SET", "XXXX-01")]),  # 6596
    ("الذي يصادف يوم ٢٩ نوفمبر سنويا", [("يوم ٢٩ نوفمبر سنويا", "SET", "XXXX-11-29")]),
    ("يحتفل العالم يوم 8 مارس من كل عام باليوم العالمي للمرأة",
     [("يوم 8 مارس من كل عام", "SET", "XXXX-03-08"), ("اليوم العالمي للمرأة", "DATE", "2017-03-08")]),
    ("يطلق على الأول من أفريل من كل عام اسم كذبة أفريل",
     [("الأول من أفريل من كل عام", "SET", "XXXX-04-01"), ("كذبة أفريل", "DATE", "2017-04-01")]),
    # a written year is one day: left
    ("وانطلقت الدورة يوم 20 جوان 2016 من كل سنة",
     [("يوم 20 جوان 2016", "DATE", "2016-06-20"), ("كل سنة", "SET", "P1Y")]),
    ("ينظم المهرجان كل سنة", [("كل سنة", "SET", "P1Y")]),
])
def test_yearly_dates(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "span", "value"), [
    ("إن بعث سوق حرة بالشريط الحدودي بات اليوم ضرورة يقتضيها الاقتصاد الوطني", "اليوم", "PRESENT_REF"),  # 608
    ("إن الطبقة المتوسطة أصبحت اليوم عاجزة عن توفير الحد الأدنى للمعيشة", "اليوم", "PRESENT_REF"),  # 5530
    ("السرقة الأدبية التي باتت اليوم عادة", "اليوم", "PRESENT_REF"),  # 6415
    ("المحتاجين كثر في عالمنا اليوم", "اليوم", "PRESENT_REF"),  # 469
    ("نحن أطفال اليوم، ندرك مسؤولياتنا", "اليوم", "PRESENT_REF"),  # 1916
    # a weekday, a part of the day or another word: the day
    ("أصبح اليوم الثلاثاء موعدا للاحتجاج", "اليوم الثلاثاء", "2017-05-30"),
    ("وصار صباح اليوم ممكنا", "صباح اليوم", "2017-06-01TMO"),
    ("قال الوزير اليوم إن الحكومة", "اليوم", "2017-06-01"),
])
def test_nowadays(text: str, span: str, value: str) -> None:
    assert value_of(text, span) == value


@pytest.mark.parametrize(("text", "expected"), [
    # a fixed holiday in the sentence of its own written day takes that day's year (sport 9975, dev 2694)
    ("وأكد المنسق أن الدورة الحالية التي ستنتظم يوم الإثنين 20 مارس 2017 تعتبر مختلفة حيث ستشهد فقرات بالإضافة إلى "
     "تزامنها مع الإحتفالات بعيد الإستقلال", [("يوم الإثنين 20 مارس 2017", "DATE", "2017-03-20"),
                                             ("عيد الإستقلال", "DATE", "2017-03-20")]),
    ("وذلك يوم غرة ماي 2014 بمناسبة عيد الشغل", [("يوم غرة ماي 2014", "DATE", "2014-05-01"),
                                                 ("عيد الشغل", "DATE", "2014-05-01")]),
    ("احتفل العمال بعيد الشغل الموافق لغرة ماي 2014", [("عيد الشغل", "DATE", "2014-05-01"),
                                                       ("غرة ماي 2014", "DATE", "2014-05-01")]),
    # another day, or another sentence, says nothing of its year
    ("في نوفمبر عام 2015 قضى عطلة رأس السنة في جزر الباهاما", [("نوفمبر عام 2015", "DATE", "2015-11"),
                                                              ("رأس السنة", "DATE", "2017-01-01")]),
    ("انطلقت الدورة يوم 20 مارس 2016. وسيحتفل التونسيون بعيد الاستقلال",
     [("يوم 20 مارس 2016", "DATE", "2016-03-20"), ("عيد الاستقلال", "DATE", "2018-03-20")]),
])
def test_holiday_beside_its_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected
