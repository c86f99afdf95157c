"""Session 40: the points of each set of a volleyball (or tennis) match are scores, not fractions.

"بنتيجة ثلاثة اشواط لصفر كانت تفاصيلها كالأتي(19/25- 15/25 و 23/25)" (ANT 9252) read 0.76, 0.6, 0.92;
"(13/25-30/28-25/21-25/21)" (ANT 9040) eight cardinals.  Two whole numbers up to 60 joined by a slash, up to 80
characters after a count of sets or "تفاصيلها" in the sentence, are a score (as "بنتيجة 2/1" and the hyphen's
"25-20" are), and a score's first side may have و glued to it ("و25-23").
"""

from __future__ import annotations

import pytest

from arabnews import Pipeline

NLP = Pipeline(["numbers"])
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _numbers(text: str) -> list[tuple[str, int, str, float, float | None, float | None]]:
    out = NLP(text, reference_date="2017-06-01").to_dict()["numbers"]
    for n in out:
        assert text[n["start"]:n["end"]] == n["text"]
    return [(n["text"], n["start"], n["kind"], n["value"], n.get("first"), n.get("second")) for n in out]


def _scores(text: str) -> list[tuple[str, int, float, float]]:
    return [(t, s, f, g) for t, s, k, _, f, g in _numbers(text) if k == "score"]


ANT_9252 = ("وفاز النجم الساحلي على النادي الصفاقسي بنتيجة ثلاثة اشواط لصفر كانت تفاصيلها كالأتي(19/25- 15/25 و "
            "23/25) .")
ANT_9040 = "فاز المنتخب في الجولة الافتتاحية بثلاثة اشواط مقابل شوط  (13/25-30/28-25/21-25/21).\nو سيواجه المنتخب"


@pytest.mark.parametrize("digits", [str.maketrans("", ""), INDIC])
def test_set_points_after_details(digits: dict) -> None:
    text = ANT_9252.translate(digits)
    got = _scores(text)
    assert got[0][0] == "ثلاثة اشواط لصفر"
    assert got[1:] == [(p.translate(digits), text.index(p.translate(digits)), f, 25)
                       for p, f in (("19/25", 19), ("15/25", 15), ("23/25", 23))]


def test_set_points_chain() -> None:
    got = _scores(ANT_9040)
    assert [(t, f, g) for t, _, f, g in got[1:]] == [("13/25", 13, 25), ("30/28", 30, 28), ("25/21", 25, 21),
                                                     ("25/21", 25, 21)]
    assert got[2][1] == ANT_9040.index("30/28")


@pytest.mark.parametrize(("text", "pairs"), [
    ("فازت بمجموعتين دون رد (6/4 و٧/٥)", [("6/4", 6, 4), ("٧/٥", 7, 5)]),  # tennis, a glued و
    ("فاز المنتخب بثلاثة أشواط دون رد (25-20 و25-23 و٢٥-١٩)", [("25-20", 25, 20), ("25-23", 25, 23),
                                                              ("٢٥-١٩", 25, 19)]),
])
def test_sets_and_glued_conjunction(text: str, pairs: list[tuple[str, int, int]]) -> None:
    got = _scores(text)
    assert [(t, s, f, g) for t, s, f, g in got[1:]] == [(p, text.index(p), f, g) for p, f, g in pairs]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("وتمثل الحصة 1/5 من المجموع", "1/5", 0.2),  # no set told
    ("خسر الفريق الشوط الأول. وتمثل المداخيل 3/4 من الميزانية", "3/4", 0.75),  # another sentence
    ("فاز بثلاثة أشواط دون رد وتحصل على 3/4 من الجوائز", "3/4", 0.75),  # a share: من after it
])
def test_fractions_stay(text: str, span: str, value: float) -> None:
    got = [n for n in _numbers(text) if n[0] == span]
    assert got and got[0][2] == "fraction" and got[0][3] == value and got[0][1] == text.index(span)
