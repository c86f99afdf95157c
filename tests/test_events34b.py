"""Events, session 34 (second wave).  A killing, wounding or kidnapping verb first whose subject is a perpetrator
noun phrase, counted or not, with the victims' count after it ("وقتل مفجرون انتحاريون 32 شخصا", "عندما قتل أربعة
انتحاريين بريطانيين اسلاميين 52 شخصا"): the doers are the actor, the second count the dead; a noun inside a named
speaker's title is no doer of the event he reports ("وقالت جين كونورز قائدة عمليات الشرطة في لندن إن 22 شخصا
قتلوا"); a death noun with a passive's agent after it is a killing ("لقي شاب مصرعه على أيدي مسلحين")."""

from __future__ import annotations

from typing import Any

import pytest

import arabnews

ATTACK = "attack"
CLASH = "armed clash"


def _all(text: str, ref: str = "2017-06-01") -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = arabnews.analyze(text, reference_date=ref).to_dict()["events"]
    return out


def _events(text: str) -> list[tuple[str, str, list[tuple[str, str]], int | None]]:
    return [(e["text"], e["subtype"], [(a["role"], a["text"]) for a in e["actors"]],
             (e.get("fatalities") or {}).get("value")) for e in _all(text)]


# 1. the perpetrators after the verb (plural, dual, counted in words or digits, with their nisbas), the victims'
# count after them; a count joined by و is a second victim, no doer
@pytest.mark.parametrize(("text", "expected"), [
    ('وقتل مفجرون انتحاريون 32 شخصا في مطار بروكسل.',
     [("قتل", ATTACK, [("actor", "مفجرون انتحاريون"), ("target", "32 شخصا")], 32)]),
    ('عندما قتل أربعة انتحاريين بريطانيين اسلاميين 52 شخصا في هجمات منسقة على شبكة المواصلات في لندن.',
     [("هجمات", CLASH, [("actor", "انتحاريين بريطانيين اسلاميين")], 52)]),
    ('وقتل ثلاثة مسلحين مجهولين 5 أشخاص في بغداد.',
     [("قتل", ATTACK, [("actor", "مسلحين مجهولين"), ("target", "5 أشخاص")], 5)]),
    ('وقتل انتحاريان ٧ أشخاص في بغداد.',
     [("قتل", ATTACK, [("actor", "انتحاريان"), ("target", "٧ أشخاص")], 7)]),
    ('وقتل مسلحان 5 أشخاص في بغداد.',
     [("قتل", ATTACK, [("actor", "مسلحان"), ("target", "5 أشخاص")], 5)]),
    ('واختطف أربعة مسلحين ملثمين ثلاثة مهندسين أتراك في بغداد.',
     [("اختطف", "abduction/forced disappearance", [("actor", "مسلحين ملثمين"), ("target", "ثلاثة مهندسين")],
       None)]),
    ('وقتل 3 مهاجمين انتحاريين ١٢ مدنيا في كابول.',
     [("قتل", ATTACK, [("actor", "مهاجمين انتحاريين"), ("target", "١٢ مدنيا")], 12)]),
    ('وقتل مسلحون انتحاريون 12 مدنيا في كابول.',
     [("قتل", ATTACK, [("actor", "مسلحون انتحاريون"), ("target", "12 مدنيا")], 12)]),
    ('وقتل ثلاثة مسلحين و5 جنود في بغداد.',
     [("قتل", CLASH, [("target", "ثلاثة مسلحين")], 3)]),
])
def test_counted_perpetrators_first(text: str, expected: list[Any]) -> None:
    assert _events(text) == expected


def test_counted_perpetrators_offsets() -> None:
    text = 'وقتل أربعة مسلحين مجهولين ١٢ مدنيا في كابول.'
    (event,) = _all(text)
    assert event["fatalities"]["value"] == 12
    assert text[event["fatalities"]["start"]:event["fatalities"]["end"]] == "١٢"
    actor = next(a for a in event["actors"] if a["role"] == "actor")
    assert text[actor["start"]:actor["end"]] == "مسلحين مجهولين"


# 2. a noun of a named speaker's title (its body, its place) is no doer of the reported event; the speaker's own
# deed ("إن قواته"), and a doer named after the complementizer, stay
@pytest.mark.parametrize(("text", "expected"), [
    ('وقالت جين كونورز قائدة عمليات الشرطة في لندن إن 22 شخصا قتلوا.', [("قتلوا", ATTACK, [], 22)]),
    ('وقال جون سميث المتحدث باسم الشرطة إن مسلحين قتلوا 3 أشخاص.',
     [("قتلوا", ATTACK, [("actor", "مسلحين"), ("target", "3 أشخاص")], 3)]),
    ('وقال أحمد علي المتحدث باسم الجيش إن الجيش قتل 5 مسلحين.',
     [("قتل", CLASH, [("actor", "الجيش"), ("target", "5 مسلحين")], 5)]),
    ('وقالت الشرطة إن اللصوص أطلقوا النار.', [("أطلقوا", ATTACK, [("actor", "اللصوص")], None)]),
])
def test_speaker_title_is_no_doer(text: str, expected: list[Any]) -> None:
    assert _events(text) == expected


# 3. a death noun ("مصرع", "حتف") with "على يد / على أيدي" right after it is a killing by the agent; drownings and
# accidents stay no event (the house's choice, `accident`)
@pytest.mark.parametrize(("text", "expected"), [
    ('لقي شاب مصرعه على يد مسلحين في بغداد.', [("مصرعه", ATTACK, [("actor", "مسلحين")], 1)]),
    ('لقي ثلاثة أشخاص حتفهم على أيدي مسلحين مجهولين في درنة.',
     [("حتفهم", ATTACK, [("actor", "مسلحين مجهولين")], 3)]),
    ('لقي خمسة مدنيين حتفهم بنيران قوات النظام في درعا.', [("حتفهم", ATTACK, [("actor", "قوات النظام")], 5)]),
    ('لقي 12 مهاجرا حتفهم غرقا قبالة سواحل ليبيا.', []),
    ('لقي شخصان حتفهما في حادث سير.', []),
])
def test_death_by_agent(text: str, expected: list[Any]) -> None:
    assert _events(text) == expected


def test_death_by_named_group() -> None:
    text = 'ولقيت امرأتان حتفهما على يد عناصر من تنظيم داعش في الموصل.'
    (event,) = _all(text)
    assert (event["text"], event["fatalities"]["value"], event["location"]["text"]) == ("حتفهما", 2, "الموصل")
    (actor,) = event["actors"]
    assert (actor["role"], actor["text"], actor["group_id"], actor["members"]["text"]) == \
        ("actor", "داعش", "isis", "عناصر")


# 4. the drivers of a car bomb are its doers: their group the actor, never the target (dev 2128)
@pytest.mark.parametrize("doers", ["انتحاريون", "مسلحون"])
def test_car_bomb_drivers(doers: str) -> None:
    text = f'وقال عيسى: "وقعت 3 تفجيرات بسيارات مفخخة يقودها {doers} من تنظيم داعش في سرت".'
    (event,) = _all(text)
    (actor,) = event["actors"]
    assert (actor["role"], actor["text"], actor["group_id"], actor["members"]["text"]) == \
        ("actor", "داعش", "isis", doers)
    assert text[actor["members"]["start"]:actor["members"]["end"]] == doers
