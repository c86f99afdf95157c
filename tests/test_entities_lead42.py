"""Session 42 (lead): the Tunisian spellings of the agencies' names are outlets, ORG wherever they are written
("فرانس براس" was a PER in ANT 5018 and in dev 1189; "أسوشييتد برس")."""

from __future__ import annotations

import pytest

import arabnews

REF = "2017-06-01"

ANT_5018 = ("تنطلق يوم الجمعة 28 أفريل 2017 المحاكمة المتعلقة بالهجوم الإرهابي الذي استهدف نزل امبريال مرحبا في سوسة "
            "في صيف 2015، بحسب ما أفاد به الناطق الرسمي باسم المحكمة الابتدائية بتونس، سفيان السليطي لوكالة \"فرانس "
            "براس\".")


def _entities(text: str) -> list[tuple[str, str, int]]:
    doc = arabnews.analyze(text, reference_date=REF)
    for e in doc.entities:
        assert text[e.start:e.end] == e.text
    return [(e.text, e.label, e.start) for e in doc.entities]


def test_ant_5018_quoted_agency_is_an_org_not_a_person():
    found = _entities(ANT_5018)
    assert ("فرانس براس", "ORG", ANT_5018.index("فرانس براس")) in found
    assert ("سفيان السليطي", "PER", ANT_5018.index("سفيان السليطي")) in found


@pytest.mark.parametrize("text", [
    "وهي ترى ان تونس استثمرت في ليبيا منذ وقت طويل، بحسب تقرير لفرانس براس، ويضيف التقرير ان معقل التنظيم يتحول.",
    "وقال قائد شرطة اورلندو برنردو لوكالة فرانس براس ان تسعة اشخاص قتلوا.",
    "في اتصالات مع شبكات (إيه.بي.سي نيوز) و(أسوشييتد برس) في الأيام الأخيرة.",
])
def test_agency_spellings_are_orgs(text):
    name = "فرانس براس" if "فرانس" in text else "أسوشييتد برس"
    assert (name, "ORG", text.index(name)) in _entities(text)


def test_a_report_of_the_agency_speaks_for_an_organisation():
    # dev 1189: the claim "بحسب تقرير لفرانس براس" had a person as its source type
    text = "وهي ترى ان تونس استثمرت في ليبيا منذ وقت طويل، بحسب تقرير لفرانس براس، ويضيف التقرير ان معقل التنظيم يتحول."
    doc = arabnews.analyze(text, reference_date=REF)
    claims = [q.to_dict() for q in doc.layers["quotes"] if q.to_dict()["cue"]["text"] == "بحسب"]
    assert [(c["source"]["text"], c["source_type"]) for c in claims] == [("فرانس براس", "organisation")]
