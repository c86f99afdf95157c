"""Events, session 35 (ev35).  A definite actor phrase stops before a place or a thing that is its verb's object
("طوقت قوات الأمن الحي وألقت القبض على بعضهم": the forces, not "قوات الأمن الحي")."""

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
