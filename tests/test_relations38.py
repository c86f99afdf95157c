"""Relations, session 38 (ev38).  The killer after a passive killing ("برصاص", "بنيران", "على يد", "بأيدي" + a group,
its members' nouns between) fights the group whose members a casualty word names before it; an attack noun joined to
ب with the attacker in construct ("بغارة التحالف الدولي") too.  Not a party's man killed, nor people of no group."""

from __future__ import annotations

from typing import Any

import pytest

import arabnews


def _relations(text: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = arabnews.analyze(text, reference_date="2017-06-01").to_dict()["relations"]
    return out


@pytest.mark.parametrize(("text", "head", "head_text", "tail", "tail_text", "cue"), [
    ("قتل قيادي في داعش برصاص عناصر من الجيش العراقي في الموصل.",
     "iraqi-security-forces", "الجيش العراقي", "isis", "داعش", "برصاص"),
    ("قتل قيادي في تنظيم داعش برصاص الجيش العراقي في الموصل.",
     "iraqi-security-forces", "الجيش العراقي", "isis", "داعش", "برصاص"),
    ("قتل عنصران من حركة الشباب بنيران القوات الصومالية في مقديشو.",
     "somali-national-army", "القوات الصومالية", "al-shabaab", "حركة الشباب", "بنيران"),
    ("اغتيل قيادي في حركة حماس على يد عناصر من تنظيم داعش في رفح.", "isis", "داعش", "hamas", "حماس", "على يد"),
    ("قتل خمسة من مقاتلي حزب الله بأيدي عناصر جبهة النصرة في القلمون.",
     "jabhat-al-nusra", "جبهة النصرة", "hezbollah", "حزب الله", "بأيدي"),
    ("أصيب جنديان من الجيش السوري بنيران فصائل المعارضة في ريف حماة.",
     "syrian-opposition-factions", "فصائل المعارضة", "syrian-government-forces", "الجيش السوري", "بنيران"),
    ("قتل قيادي في داعش بغارة التحالف الدولي قرب الرقة.",
     "international-coalition", "التحالف الدولي", "isis", "داعش", "بغارة"),
])
def test_killer_after_a_passive_killing(text: str, head: str, head_text: str, tail: str, tail_text: str,
                                        cue: str) -> None:
    (r,) = _relations(text)
    assert (r["type"], r["head"], r["head_text"], r["tail"], r["tail_text"], r["cue"]) == \
        ("fights", head, head_text, tail, tail_text, cue)
    assert text[r["head_start"]:r["head_end"]] == head_text and text[r["tail_start"]:r["tail_end"]] == tail_text
    assert r["start"] == r["tail_start"] and r["end"] == r["head_end"]


@pytest.mark.parametrize("text", [
    "قتل شاب برصاص الجيش الإسرائيلي في الخليل.",
    "قتل 3 أشخاص برصاص مسلحين من حركة الشباب في مقديشو.",
    "اعتقل قيادي في حركة حماس على يد الأمن الفلسطيني.",
    "تم اغتيال شكري بلعيد القيادي في الجبهة الشعبية على يد عناصر من أنصار الشريعة.",
])
def test_no_killer_relation(text: str) -> None:
    assert _relations(text) == []
