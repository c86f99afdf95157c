"""Session 27's number families.

- A score written with a hyphen with no cue word before it ("بنتيجة" is session 26b's) is two numbers, not a range,
  when a match is told near it (a club, a team, a set, a win, the first leg...) and no unit follows it: the result
  tables and match reports of sports news ("الترجي الرياضي – النادي الصفاقسي 1-2", "شبيبة الشيحية 25-26 النادي
  الافريقي", "الشوط الخامس : 9-15 لمونتينغرو", "بتفاصيل (6-7)").  The club after a score's second number is the
  other team, no count of clubs ("3 - 1 النادي الصفاقسي").  A unit after the pair keeps the range ("3-4 أسابيع",
  "1-2 درجات", "3-5 أندية"), and so does a text that tells no match.
- The construct dual of the hundreds and thousands ("المائتي", "المئتي", "مئتي", "ألفي"), with or without the article.
"""

from __future__ import annotations

import unicodedata

import pytest

from number_cases import only


@pytest.mark.parametrize(("text", "low", "high"), [
    ("الترجي الرياضي – النادي الصفاقسي 1-2", "1", "2"),
    ("وانتهت مباراة النجم الساحلي 1-2 أمام الترجي", "1", "2"),
    ("لخسارة ناديه المفضل أمام برشلونة الاسباني 1-6 الأربعاء وإقصائه من دوري أبطال أوروبا", "1", "6"),  # ANT
    ("شبيبة الشيحية 25-26 النادي الافريقي * سبورتينغ المكنين 30-27", "25", "26"),  # ANT (handball)
    ("الشوط الأول  : 25-18 لتونس الشوط الثاني : 15-25 لمونتينغرو", "15", "25"),  # ANT (volleyball)
    ("بنتيجة شوطين لثلاث أشواط بتفاصيل (6-7) ، (4-6)", "6", "7"),  # ANT (tennis)
    ("ويكي توريستس النيجري 0-2 مقابلة الإياب تجرى يوم الجمعة", "0", "2"),  # ANT: the cue after the score
    ("الملعب النابلي - النجم الرياضي الساحلي 65 - 78 النجم الرادسي", "65", "78"),  # ANT (basketball)
    ("وفاز المنتخب على نظيره المصري ٢-٣ في الدور الأول", "٢", "٣"),
    ("وتعادل الفريقان 1 – 1 في ملعب رادس", "1", "1"),
])
def test_a_score_after_its_teams_is_two_numbers(nlp, text: str, low: str, high: str) -> None:
    # (session 34: one span of kind "score" with both sides, no longer two cardinals)
    numbers = [n for n in nlp(text).numbers if n.kind != "ordinal"]
    assert not [n.text for n in numbers if n.kind == "range"]
    scores = [(n.text[:len(low)], n.text[-len(high):], n.attrs["first"], n.attrs["second"]) for n in numbers
              if n.kind == "score" and n.unit is None]
    assert (low, high, int(unicodedata.digit(low[-1])) if len(low) == 1 else int(low),
            int(unicodedata.digit(high[-1])) if len(high) == 1 else int(high)) in scores


@pytest.mark.parametrize("text", [
    "الدور السادس عشر : النادي البنبلي 0- 5 النادي الإفريقي",  # ANT: was the range 0-5 of clubs
    "إتحاد تطاوين 3 - 1 النادي الصفاقسي",  # was 1 club
    "جمعية الحمامات 25 - 27 نادي ساقية الزيت",
    "مكارم المهدية 22 - 33 جمعية الحمامات",
])
def test_the_club_after_a_score_is_the_other_team(nlp, text: str) -> None:
    numbers = [(n.kind, n.unit) for n in nlp(text).numbers if n.kind != "ordinal"]
    assert numbers == [("score", None)]  # (session 34: one score)


@pytest.mark.parametrize(("text", "span", "low", "high", "unit"), [
    ("ارتفعت الحرارة 1-2 درجات", "1-2", 1, 2, "Cel"),  # no match told, a unit
    ("وتتنافس 3-5 أندية على البطولة", "3-5", 3, 5, "club"),  # a plural of clubs counts them
    ("وان النادي قد عرض ما يقدر بـ 30-35 مليون يورو كدخل سنوي للاعب", "30-35 مليون", 30_000_000, 35_000_000,
     "EUR"),  # ANT: money in a football story
    # an age range (session 29: the numbers stage reads ages, unit "a"; it was failing on wave29 already)
    ("دراسة نحو 10 آلاف مراهق تتراوح أعمارهم بين 16-19 عاما في النادي", "بين 16-19", 16, 19, "a"),
    ("وسجل الفريق ما بين 10-15 هدفا هذا الموسم", "ما بين 10-15", 10, 15, "goal"),
])
def test_a_range_with_a_unit_stays_a_range_in_a_sports_story(nlp, text: str, span: str, low: int, high: int,
                                                              unit: str | None) -> None:
    (n,) = [n for n in nlp(text).numbers if n.kind == "range"]
    assert (text[n.start:n.end], n.attrs["low"], n.attrs["high"], n.unit) == (span, low, high, unit)


@pytest.mark.parametrize(("text", "number", "value"), [
    ("قتل مئتي شخص في الهجوم", "مئتي", 200),
    ("بما في ذلك نحو مئتي سوري", "نحو مئتي", 200),  # ANT
    ("الأجراء الذين تقل رواتبهم عن الألفي دينار", "الألفي", 2000),  # ANT
    ("دفع ألفي دولار", "ألفي", 2000),
    ("نحو المئتي مقاتل", "نحو المئتي", 200),
    ("قرابة الألفي جندي", "قرابة الألفي", 2000),
    ("فائضا يقدّر بحوالي مئتيْ ألف طن", "حوالي مئتيْ ألف", 200_000),  # ANT
])
def test_the_construct_dual_of_hundreds_and_thousands(nlp, text: str, number: str, value: int) -> None:
    n = only(nlp, text, number)
    assert (n.kind, n.value) == ("cardinal", value)
