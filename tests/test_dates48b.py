"""Session 48, second wave: the end of a range written as a day of "the same month".

"ابتداء من 21 فيفري الجاري إلى 25 من نفس الشهر" ended on the reference's 25th (2017-06-25): the range took the
end's first reading (the day-of-month rule reads "من نفس الشهر" in the reference's month until :mod:`anaphora`
moves it), and a range is no anaphor.  Now the end takes the start's month, in the start's calendar (a Hijri
month too), with its written or read year.  An end before the start stays apart (anaphora gives it the month).
"""

from __future__ import annotations

import pytest

from date_cases import article_found as found


def _at(text: str, span: str, value: str | None) -> tuple[int, int, str, str | None]:
    start = text.index(span)
    return (start, start + len(span), span, value)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("وتنظم الدورة ابتداء من 21 فيفري الجاري إلى 25 من نفس الشهر.",
     "من 21 فيفري الجاري إلى 25 من نفس الشهر", "2017-02-21/2017-02-25"),
    ("وتنظم الدورة من 21 فيفري 2016 إلى 25 من الشهر نفسه.",
     "من 21 فيفري 2016 إلى 25 من الشهر نفسه", "2016-02-21/2016-02-25"),
    ("تنعقد الندوة بين 21 فيفري و25 من نفس الشهر.", "بين 21 فيفري و25 من نفس الشهر", "2017-02-21/2017-02-25"),
    # Arabic-Indic digits, الى
    ("تنظم من ٢١ فيفري ٢٠١٦ الى ٢٥ من الشهر ذاته.", "من ٢١ فيفري ٢٠١٦ الى ٢٥ من الشهر ذاته", "2016-02-21/2016-02-25"),
    # a Hijri start: the end is a day of its Hijri month (was the reference's Gregorian June)
    ("يمتد الحجز ابتداء من 21 رمضان 1437 إلى 25 من ذات الشهر.",
     "من 21 رمضان 1437 إلى 25 من ذات الشهر", "2016-06-26/2016-06-30"),
])
def test_range_end_in_the_same_month(text: str, span: str, value: str) -> None:
    assert _at(text, span, value) in found(text)


def test_end_before_start_stays_apart() -> None:
    text = "وقع ذلك من 21 فيفري إلى 5 من نفس الشهر."
    got = found(text)
    assert _at(text, "21 فيفري", "2017-02-21") in got
    assert _at(text, "5 من نفس الشهر", "2017-02-05") in got


def test_same_month_after_a_date_outside_a_range() -> None:  # control: anaphora, as before
    text = "سافر يوم 3 مارس وعاد يوم 25 من نفس الشهر."
    assert _at(text, "يوم 25 من نفس الشهر", "2017-03-25") in found(text)


# A deferral without من: the new day takes the old one's year, the next when it would come before it.
@pytest.mark.parametrize(("text", "old", "new"), [
    ("أجلت المحكمة جلسة 2 أكتوبر إلى 22 أكتوبر.", ("2 أكتوبر", "2016-10-02"), ("22 أكتوبر", "2016-10-22")),
    ("قررت المحكمة تأجيل جلسة 2 أكتوبر الى 22 أكتوبر.", ("2 أكتوبر", "2016-10-02"), ("22 أكتوبر", "2016-10-22")),
    ("أجلت المحكمة جلسة 2 أكتوبر لـ22 أكتوبر.", ("2 أكتوبر", "2016-10-02"), ("22 أكتوبر", "2016-10-22")),
    ("وأخرت الدائرة الجنائية جلسة ٢ أكتوبر إلى ٢٢ أكتوبر.", ("٢ أكتوبر", "2016-10-02"), ("٢٢ أكتوبر", "2016-10-22")),
    # Hijri: the year of its Hijri reading (int48 read the new day 1437-09-22, before the old one)
    ("أجلت المحكمة جلسة 2 رمضان إلى 22 رمضان.", ("2 رمضان", "2017-05-28"), ("22 رمضان", "2017-06-17")),
])
def test_deferral_new_day_takes_old_year(text: str, old: tuple[str, str], new: tuple[str, str]) -> None:
    got = found(text)
    assert _at(text, *old) in got
    assert _at(text, *new) in got
