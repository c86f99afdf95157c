"""Session 45: a clock time on "اليوم"/"أمس" and a weekday is the writer's day of that weekday; a yearless Islamic
holiday beside its weekday takes the year whose day falls on it (sentences from ANT v1.1, reference 2017-06-01, a
Thursday)."""

from __future__ import annotations

import pytest

import arabnews

REF = "2017-06-01"

#: "اليوم" + weekday read on Thursday 1 June 2017: the last such day on or before the day after the reference
TODAY = {"الاثنين": "2017-05-29", "الثلاثاء": "2017-05-30", "الأربعاء": "2017-05-31", "الخميس": "2017-06-01",
         "الجمعة": "2017-06-02", "السبت": "2017-05-27", "الأحد": "2017-05-28"}
#: "أمس" + weekday: the day before the writer's day, the last such day on or before the reference
YESTERDAY = {"الاثنين": "2017-05-29", "الثلاثاء": "2017-05-30", "الأربعاء": "2017-05-31", "الخميس": "2017-06-01",
             "الجمعة": "2017-05-26", "السبت": "2017-05-27", "الأحد": "2017-05-28"}


def dates(text: str) -> list[dict]:
    return arabnews.analyze(text, reference_date=REF).to_dict()["dates"]


def one(text: str, span: str) -> dict:
    found = [d for d in dates(text) if d["text"] == span]
    assert len(found) == 1, [d["text"] for d in dates(text)]
    return found[0]


@pytest.mark.parametrize("weekday", sorted(TODAY))
@pytest.mark.parametrize(("clock", "hour", "part"), [
    ("الساعة العاشرة و27 دقيقة", "10:27", "صباح"),  # dev 2885
    ("الساعة الثامنة", "08:00", "صباح"),  # dev 1922
    ("الساعة 9", "21:00", "مساء"),
    ("الساعة ٩", "21:00", "مساء"),
    ("الساعة الرابعة", "04:00", "فجر"),
])
def test_a_clock_time_today_takes_the_weekday(weekday: str, clock: str, hour: str, part: str) -> None:
    span = f"{clock} من {part} اليوم {weekday}"
    d = one(f"سجلت محطات رصد الزلازل في حدود {span}، رجة أرضية بلغت قوتها 4.8 درجات", span)
    assert d["value"] == f"{TODAY[weekday]}T{hour}"
    assert d["weekday_ok"] is True


@pytest.mark.parametrize("weekday", sorted(YESTERDAY))
@pytest.mark.parametrize("day_word", ["أمس", "الأمس"])
def test_a_clock_time_yesterday_takes_the_weekday(weekday: str, day_word: str) -> None:
    span = f"الساعة العاشرة من مساء {day_word} {weekday}"
    d = one(f"وقع الانفجار حوالي {span} بالقرب من السوق", span)
    assert d["value"] == f"{YESTERDAY[weekday]}T22:00"
    assert d["weekday_ok"] is True


def test_the_clock_time_states_the_documents_day() -> None:
    # (dev 2885) the day the clock time names anchors the article's other day words: its "أمس" is the Saturday
    text = ("سجلت محطات رصد الزلازل في حدود الساعة العاشرة و27 دقيقة من صباح اليوم الأحد، رجة أرضية بلغت قوتها 4.8 "
            "درجات على سلم ريشتر. وكانت رجة أولى قد سجلت أمس بنفس المنطقة.")
    assert one(text, "الساعة العاشرة و27 دقيقة من صباح اليوم الأحد")["value"] == "2017-05-28T10:27"
    assert one(text, "أمس")["value"] == "2017-05-27"


def test_the_references_weekday_keeps_the_reference_day() -> None:
    d = one("تنطلق الساعة التاسعة من مساء اليوم الخميس فعاليات المهرجان", "الساعة التاسعة من مساء اليوم الخميس")
    assert d["value"] == "2017-06-01T21:00"


@pytest.mark.parametrize(("text", "spans", "value"), [
    # held-out 6437: the Eid al-Fitr on a Wednesday is 2016's, not 2017's Sunday
    ("يكون الطقس غدا الأربعاء أول أيام عيد الفطر مغشى ببعض السحب",
     ("غدا الأربعاء", "أول أيام عيد الفطر"), "2016-07-06"),
    # the n-th day: the second day of that Eid, a Thursday
    ("احتفل المسلمون الخميس بثاني أيام عيد الفطر", ("الخميس", "ثاني أيام عيد الفطر"), "2016-07-07"),
    # the weekday after the holiday; 2017's Eid is a Sunday: the weekday takes its day
    ("وأعلن المفتي أن عيد الفطر المبارك هو يوم الأحد", ("عيد الفطر المبارك", "يوم الأحد"), "2017-06-25"),
    # the Mawlid of 1438 (11 December 2016) was a Sunday, 1439's (30 November 2017) a Thursday
    ("احتفلت تونس يوم الأحد بذكرى المولد النبوي الشريف", ("يوم الأحد", "ذكرى المولد النبوي"), "2016-12-11"),
    # a month seen a day after Umm al-Qura's: the Eid al-Adha of 2016 was Monday 12 September (hijridate: the 11th)
    ("تقرر أن تكون عطلة عيد الاضحى، الذي يوافق يوم الاثنين", ("عيد الاضحى", "يوم الاثنين"), "2016-09-12"),
])
def test_a_holiday_takes_the_year_of_its_weekday(text: str, spans: tuple[str, str], value: str) -> None:
    for span in spans:
        assert one(text, span)["value"] == value


@pytest.mark.parametrize(("text", "span", "value"), [
    # no Eid al-Fitr on a Tuesday in 2016, 2017 or 2018 (nor a day after one): the year the holiday takes alone,
    # here the last one, for the past verb (session 45, second wave: it was the reference year's)
    ("احتفل المسلمون الثلاثاء بأول أيام عيد الفطر", "أول أيام عيد الفطر", "2016-07-06"),
    # a year written: the year stays
    ("يكون الطقس الأربعاء أول أيام عيد الفطر 2017", "أول أيام عيد الفطر 2017", "2017-06-25"),
    # a relative word: the last one before the reference, as without a weekday
    ("احتفل المسلمون الخميس بعيد الأضحى الماضي", "عيد الأضحى الماضي", "2016-09-11"),
    # a written date dates itself, and the holiday is not beside it as a weekday
    ("تحتفل الجالية الأحد 25 جوان بعيد الفطر", "الأحد 25 جوان", "2017-06-25"),
    # the weekday stands in another clause
    ("وصل الوفد الأربعاء. وقال إن عيد الفطر سيكون فرصة", "عيد الفطر", "2017-06-25"),
])
def test_a_holiday_without_its_weekday_beside_it_stays(text: str, span: str, value: str) -> None:
    assert one(text, span)["value"] == value


def test_a_deadline_tomorrow_leaves_the_day_the_article_states() -> None:
    # (sport 9115) a clock time on "غد" and a weekday is that day, but does not state the article's day: the text
    # dates itself "اليوم الثلاثاء، 20 جوان", and its "يوم أمس" is the 19th
    text = ("تنطلق اليوم عملية التسجيل وتتواصل حتى الساعة الخامسة من مساء غد الثلاثاء. وكان الفريق قد انهزم يوم أمس. "
            "ويتواصل التسجيل حتى مساء اليوم الثلاثاء، 20 جوان 2017 الساعة الخامسة.")
    assert one(text, "يوم أمس")["value"] == "2017-06-19"
    assert one(text, "حتى الساعة الخامسة من مساء غد الثلاثاء")["value"] == "2017-06-20T17:00"
