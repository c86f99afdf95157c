"""Session 44 (dt44): a unit left out after a verb of comparison.

A weather bulletin (ANT 5377, 5872) "تهب الريح … من 15 إلى 30 كلم/س وتتجاوز 60 أثناء ظهور الخلايا الرعدية": the
bare number after the verb (تتجاوز, تصل إلى, تبلغ, قد تصل …: ``elided_unit_verbs``) takes the unit of the number
before it in its sentence, when it is larger; ``unit_implied`` says no unit is written after it.
"""

from __future__ import annotations

import pytest

from arabnews import Pipeline

NLP = Pipeline(["numbers"])
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

ANT_5377 = ("تهب الريح من القطاع الشرقي ضعيفة فمعتدلة من 15 إلى 30 كلم/س وتتجاوز 60 أثناء ظهور الخلايا الرعديّة. "
            "والبحر مضطرب فقليل الاضطراب.")


def _numbers(text: str) -> list[tuple[str, int, object, object, bool]]:
    out = NLP(text, reference_date="2017-06-01").to_dict()["numbers"]
    for n in out:
        assert text[n["start"]:n["end"]] == n["text"]
    return [(n["text"], n["start"], n.get("value"), n.get("unit"), bool(n.get("unit_implied"))) for n in out]


@pytest.mark.parametrize("digits", [str.maketrans("", ""), INDIC])
def test_ant_5377_gusts_take_the_range_unit(digits: dict[int, int]) -> None:
    text = ANT_5377.translate(digits)
    gust = "تتجاوز 60".translate(digits)
    assert _numbers(text)[-1] == (gust, text.index(gust), 60, "km/h", True)
    assert _numbers(text)[0][3:] == ("km/h", False)


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    # other verbs, و/ف, قد, إلى; a unit'd number (not a range) before; other units
    ("سرعة الرياح بين 40 و50 كلم في الساعة وقد تصل إلى 80 على السواحل.", "80", 80, "km/h"),
    ("ارتفع منسوب المياه إلى 3 أمتار ويتوقع أن يبلغ 5 خلال الليل.", "5", 5, "m"),
    ("وزن الطرد 20 كيلوغراما فيما يفوق 35 في بعض الحالات.", "يفوق 35", 35, "kg"),
])
def test_verbs_and_units(text: str, span: str, value: int, unit: str) -> None:
    found = [n for n in _numbers(text) if n[0] == span]
    assert found == [(span, text.index(span), value, unit, True)]


@pytest.mark.parametrize(("text", "span"), [
    # not larger than the number before: no comparison with it
    ("من 15 إلى 30 كلم/س وتتجاوز 20 في الجنوب.", "تتجاوز 20"),
    # another sentence
    ("سرعة الرياح 30 كلم/س. وتتجاوز 60 بالمئة من المناطق.", "تتجاوز 60"),
    # no verb of comparison
    ("سرعة الرياح 30 كلم/س وسجلت 60 حالة.", "60"),
])
def test_no_elided_unit(text: str, span: str) -> None:
    found = [n for n in _numbers(text) if n[0] == span]
    assert found and found[0][3] != "km/h" and not found[0][4]


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    # an adverb between the verb and its number (ANT 5871: "وتتجاوز مؤقتا 60"), with إلى, Arabic-Indic digits
    ("الريح تكون من القطاع الشرقي ضعيفة فمعتدلة من 15 إلى 30 كلم/س وتتجاوز مؤقتا 60 أثناء ظهور السحب الرعدية.",
     "60", 60, "km/h"),
    ("الريح قوية من 40 إلى 50 كلم/س وقد تصل أحيانا إلى ٧٠ بالمرتفعات.", "٧٠", 70, "km/h"),
])
def test_an_adverb_between_the_verb_and_its_number(text: str, span: str, value: int, unit: str) -> None:
    assert _numbers(text)[-1] == (span, text.rindex(span), value, unit, True)


def test_an_adverb_before_a_counted_noun_takes_no_unit() -> None:
    text = "ارتفع عدد المصابين من 15 إلى 30 شخصا ويتجاوز مؤقتا 60 مريضا."
    assert _numbers(text)[-1][0] == "60" and not _numbers(text)[-1][4]  # its own noun counts it, no unit left out
