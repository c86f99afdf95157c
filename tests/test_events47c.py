"""Events, session 47 (lead): a name headed by a civilian site (``civilian_sites``: a hospital, a school, a hotel …) is
where a violent act happens, never who does it — the headline "مستشفى سيدي بوزيد : يعتدون على الإطار الطبي"
(held-out ANT 7739) made the hospital, an ORG since ent47, the attackers."""

from __future__ import annotations

import pytest

from event_cases import events_of as _events

HOSPITAL = "مستشفى سيدي بوزيد : يعتدون على الإطار الطبي ويهشّمون معدات قسم الاستعجالي"


def test_the_hospital_before_the_headline_colon_is_no_attacker(nlp) -> None:
    events = [e for e in _events(nlp, HOSPITAL) if e.text == "يعتدون"]
    assert len(events) == 1
    assert events[0].type == "violence against civilians"
    assert all(a["text"] != "مستشفى سيدي بوزيد" for a in events[0].actors)
    assert not any(a["role"] == "actor" for a in events[0].actors)


@pytest.mark.parametrize("text, site", [
    ("مدرسة ابن خلدون : تلميذ يعتدي على أستاذه بسكين", "مدرسة ابن خلدون"),
    ("مستشفى الحبيب بورقيبة بصفاقس : يعتدون على طبيبة", "مستشفى الحبيب بورقيبة"),
])
def test_a_site_named_before_the_colon_is_no_actor_of_an_attack(nlp, text: str, site: str) -> None:
    attacks = [e for e in _events(nlp, text) if e.type == "violence against civilians"]
    assert attacks, text
    for e in attacks:
        assert ("actor", site) not in [(a["role"], a["text"]) for a in e.actors]


def test_a_body_before_the_colon_still_acts(nlp) -> None:
    # control: a ministry or a force is no site; the actor of the killing is still read
    events = _events(nlp, "وزارة الداخلية: قوات الأمن تقتل إرهابيين اثنين")
    actors = [a["text"] for e in events for a in e.actors if a["role"] == "actor"]
    assert actors == ["قوات الأمن"]
