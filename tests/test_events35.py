"""Events, session 35 (ev35).  A definite actor phrase stops before a place or a thing that is its verb's object
("طوقت قوات الأمن الحي وألقت القبض على بعضهم": the forces, not "قوات الأمن الحي"); a call verb far before the protest
it calls for ("ودعت النقابة الأساسية لأعوان الشركة الجهوية للنقل بالقصرين منخرطيها إلى الإضراب"); an active verb of
wounding with armed doers and a count of the wounded ("أصاب مسلحان ٧ أشخاص بجروح"); a lone car-bomb driver of a group
("بسيارة مفخخة يقودها انتحاري من تنظيم داعش": the group is the actor)."""

from __future__ import annotations

from typing import Any

import pytest

import arabnews

ARREST = "arrests"


def _all(text: str, ref: str = "2017-06-01") -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = arabnews.analyze(text, reference_date=ref).to_dict()["events"]
    return out


def _events(text: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    return [(e["text"], e["subtype"], [(a["role"], a["text"]) for a in e["actors"]]) for e in _all(text)]


# 1. a definite actor phrase ("قوات الأمن" written with its genitive, "الجيش", "أجهزة الأمن") and a definite place or
# thing after it: the object of the verb before the arrest, not an adjective of the actor
@pytest.mark.parametrize(("text", "actor"), [
    ("طوقت قوات الأمن الحي وألقت القبض على بعضهم.", "قوات الأمن"),
    ("طوق الجيش الحي واعتقل عشرة أشخاص.", "الجيش"),
    ("وحاصرت أجهزة الأمن المخيم واعتقلت شابين.", "أجهزة الأمن"),
    ("وطوقت الشرطة المكان واعتقلت المشتبه بهما.", "الشرطة"),
    ("داهمت قوات الأمن الوطني المنطقة واعتقلت 5 أشخاص.", "قوات الأمن الوطني"),
    ("وحاصر أعوان الأمن القرية واعتقلوا ثلاثة مطلوبين.", "أعوان الأمن"),
])
def test_actor_stops_before_the_object(text: str, actor: str) -> None:
    arrests = [e for e in _all(text) if e["subtype"] == ARREST]
    assert len(arrests) == 1
    (a,) = [a for a in arrests[0]["actors"] if a["role"] == "actor"]
    assert a["text"] == actor
    assert text[a["start"]:a["end"]] == actor
    assert a["start"] == text.index(actor)


# the genitive of an indefinite head stays the actor's ("عناصر الشرطة"), and an agreeing adjective
# after a definite phrase too
@pytest.mark.parametrize(("text", "actor"), [
    ("وأوقف عناصر الشرطة بالمهدية ثلاثة أشخاص.", "عناصر الشرطة"),
    ("واعتقلت قوات الأمن المركزي ثلاثة أشخاص.", "قوات الأمن المركزي"),
    ("واعتقل الجيش اللبناني ثلاثة أشخاص.", "الجيش اللبناني"),
])
def test_genitive_and_adjective_kept(text: str, actor: str) -> None:
    arrests = [e for e in _all(text) if e["subtype"] == ARREST]
    assert [a["text"] for a in arrests[0]["actors"] if a["role"] == "actor"] == [actor]


# 4a. a call verb far before the "إلى"/"ل" of the protest it calls for, its long subject and object (or a date) between:
# the protest is called for, not held (negated, as ev34b's near calls); ANT sentences and their family
@pytest.mark.parametrize("text", [
    "ويدعو الاتحاد الجهوي للشغل بصفاقس كافة الأعوان والإطارات بالمؤسسات العمومية والخاصة لإضراب عام.",
    "ودعت النقابة الأساسية لأعوان الشركة الجهوية للنقل بالقصرين منخرطيها إلى الإضراب.",
    "دعت جمعية القضاة اليوم الأحد 23 أفريل 2017 إلى استئناف التحركات الاحتجاجية بخصوص ترقية القضاة.",
    "دعا اتحاد الأساتذة الجامعيين الباحثين التونسيين كافة الجامعيين التونسيين إلى تنفيذ إضراب وطني يوم الخميس.",
    "وتدعو الجامعة العامة للصحة بالقصرين كل الأعوان والإطارات إلى الدخول في إضراب عن العمل.",
])
def test_far_call_is_not_held(text: str) -> None:
    protests = [e for e in _all(text) if e["type"] == "protests"]
    assert len(protests) == 1
    assert protests[0]["negated"] is True


# not a call with another "إلى" or a mark between, nor a protest told as held after a call to something else
@pytest.mark.parametrize("text", [
    "دعا الوزير الأطراف الاجتماعية إلى الحوار بعد أن نفذ أعوان الشركة الجهوية للنقل بالقصرين إضرابا عن العمل.",
    "ودعت النقابة الأساسية لأعوان الشركة الجهوية للنقل بالقصرين، التي نفذت إضرابا عن العمل اليوم، إلى الحوار.",
])
def test_far_call_bounds(text: str) -> None:
    protests = [e for e in _all(text) if e["type"] == "protests"]
    assert len(protests) == 1
    assert protests[0]["negated"] is False


# 4d. an active verb of wounding with its armed doers (dual, plural, counted; Arabic-Indic digits) and the count of the
# wounded after them: their attack, the count its target and injured (as ev34's killings); not a passive
@pytest.mark.parametrize(("text", "actor", "target", "injured"), [
    ("أصاب مسلحان ٧ أشخاص بجروح.", "مسلحان", "٧ أشخاص", 7),
    ("وجرح مسلحون 4 مدنيين.", "مسلحون", "4 مدنيين", 4),
    ("وأصاب ثلاثة مسلحين ٤ مدنيين بجروح في كابول.", "مسلحين", "٤ مدنيين", 4),
    ("وأصاب مسلحون مجهولون ثلاثة جنود بجروح.", "مسلحون مجهولون", "ثلاثة جنود", 3),
])
def test_wounding_by_armed_doers(text: str, actor: str, target: str, injured: int) -> None:
    (e,) = _all(text)
    assert e["type"] in ("violence against civilians", "battles")
    assert [(a["role"], a["text"]) for a in e["actors"]] == [("actor", actor), ("target", target)]
    assert e["injured"]["value"] == injured
    for a in e["actors"]:
        assert text[a["start"]:a["end"]] == a["text"]


@pytest.mark.parametrize("text", ["وأصيب مسلحان بجروح.", "وأصاب الجيش 5 مسلحين بجروح."])
def test_no_wounding_attack(text: str) -> None:
    assert _all(text) == []


# 4c. a lone suicide bomber driving the car bomb, of a named group (the bomber is the event's own trigger word): the
# group is the actor, as for the plural drivers of ev34
@pytest.mark.parametrize(("text", "actor"), [
    ("وقتل 3 أشخاص في تفجير سيارة مفخخة يقودها انتحاري من تنظيم داعش.", "داعش"),
    ("وقتل 5 جنود في هجوم بسيارة مفخخة يقودها انتحاري من حركة الشباب.", "حركة الشباب"),
])
def test_lone_car_bomb_driver(text: str, actor: str) -> None:
    (e,) = _all(text)
    assert e["subtype"] == "suicide bomb"
    assert [(a["role"], a["text"]) for a in e["actors"] if a["role"] == "actor"] == [("actor", actor)]
    (a,) = [a for a in e["actors"] if a["role"] == "actor"]
    assert a["layer"] == "groups"
    assert text[a["start"]:a["end"]] == actor
