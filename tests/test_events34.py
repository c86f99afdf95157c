"""Events, session 34: one happening, one event.

- A weapon with ب right after an apposition set off by commas that glosses the target ("اغتالت إسرائيل مازن فقهاء،
  القيادي في حماس، بغارة جوية") is the act's means: one strike, and the apposition's group is no doer of it.
- A word of falling or going off between the cause and the weapon ("قتل طفلان إثر سقوط قذيفة", "جراء سقوط صاروخ";
  `death_cause_falls`) keeps the dead the weapon's: one shelling with its fatalities, no killing besides.
"""

from __future__ import annotations

from typing import Any

import pytest

import arabnews

AIR = "air/drone strike"
SHELL = "shelling/artillery/missile attack"
IED = "remote explosive/landmine/IED"


def _all(text: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = arabnews.analyze(text, reference_date="2017-06-01").to_dict()["events"]
    return out


@pytest.mark.parametrize(("text", "trigger", "subtype", "actor"), [
    ("اغتالت إسرائيل مازن فقهاء، القيادي في حماس، بغارة جوية على غزة.", "اغتالت", AIR, "إسرائيل"),
    ("اغتالت إسرائيل صالح العاروري، القيادي في حركة حماس، بغارة على بيروت.", "اغتالت", AIR, "إسرائيل"),
    ("اغتال الجيش الإسرائيلي القيادي في الجهاد بصاروخ أطلقته طائرة.", "اغتال", AIR, "الجيش الإسرائيلي"),
])
def test_means_after_apposition(text: str, trigger: str, subtype: str, actor: str) -> None:
    (e,) = _all(text)
    assert (e["text"], e["subtype"]) == (trigger, subtype)
    actors = [a["text"] for a in e["actors"] if a["role"] == "actor"]
    assert actors[0] == actor and "حماس" not in actors  # (the launcher "طائرة" may follow: main's reading)


def test_apposition_needs_a_definite_gloss() -> None:
    # "وهو من سكان المدينة" is a clause, no gloss: the blast stays its own
    events = _all("اغتال مسلحون الضابط، وهو من سكان المدينة، بعبوة ناسفة.")
    assert len(events) == 2


@pytest.mark.parametrize(("text", "trigger", "subtype", "killed", "injured"), [
    ("قتل طفلان إثر سقوط قذيفة على منزلهما في درعا.", "قذيفة", SHELL, (2, "طفلان"), None),
    ("قتل ثلاثة أشخاص جراء سقوط صاروخ على سوق في حلب.", "صاروخ", SHELL, (3, "ثلاثة"), None),
    ("لقيت امرأتان حتفهما إثر سقوط قذائف على بلدة في ريف إدلب.", "قذائف", SHELL, (2, "امرأتان"), None),
    ("أصيب مدنيان إثر سقوط قذيفة على حي سكني.", "قذيفة", SHELL, None, (2, "مدنيان")),
    ("قتل جندي إثر انفجار لغم أرضي في جبل الشعانبي.", "انفجار", IED, (1, "جندي"), None),
    ("قتلت امرأة جراء سقوط قذيفة هاون على دمشق.", "قذيفة هاون", SHELL, (1, "امرأة"), None),
])
def test_fall_of_a_shell_is_one_event(text: str, trigger: str, subtype: str, killed: Any, injured: Any) -> None:
    (e,) = _all(text)
    assert (e["text"], e["subtype"]) == (trigger, subtype)
    assert text[e["start"]:e["end"]] == trigger
    f, i = e["fatalities"], e["injured"]
    assert ((f["value"], f["text"]) if f else None) == killed
    assert ((i["value"], i["text"]) if i else None) == injured
