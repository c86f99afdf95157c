"""News outlets carry ``media: true`` and are never an event's actor (session 31, merge of ent31's outlets).

ent31 made more outlets ORGs ('وكالة الأنباء الفلسطينية "وفا"', datelines' "سودان تريبيون"); the events layer then
took the outlet telling of a death for its doer (ANT dev 1315) and a paper reporting protests for their actor (946).
"""
from __future__ import annotations

import pytest

import arabnews


def _analyze(text: str) -> dict:
    return arabnews.analyze(text, reference_date="2024-03-10").to_dict()


@pytest.mark.parametrize(("text", "outlet"), [
    ('وأفادت وكالة الأنباء الفلسطينية "وفا" باستشهاد المواطن حسام الصوفي من مدينة رفح.', "وفا"),
    ("الخرطوم - سودان تريبيون: قصفت قوات الدعم السريع مخيم زمزم للنازحين.", "سودان تريبيون"),
    ("وقال مصدر أمني لقناة الجزيرة إن قوات الأمن اعتقلت خمسة أشخاص.", "الجزيرة"),
    ("قالت وكالة رويترز إن مسلحين قتلوا ثلاثة جنود في كمين.", "رويترز"),
])
def test_outlet_is_media_and_no_actor(text: str, outlet: str) -> None:
    d = _analyze(text)
    media = [e for e in d["entities"] if e["text"] == outlet]
    assert media and all(e["label"] == "ORG" and e.get("media") is True for e in media)
    assert d["events"], "the sentence reports an event"
    assert all(outlet not in a["text"] for v in d["events"] for a in v["actors"])


@pytest.mark.parametrize(("text", "org"), [
    ("قصفت قوات الدعم السريع مخيم زمزم للنازحين.", "قوات الدعم السريع"),
    ("أعلنت وزارة الداخلية إيقاف عنصر تكفيري في القصرين.", "وزارة الداخلية"),
    ("نشرت حركة الشباب بيانا على تويتر.", "تويتر"),
])
def test_other_orgs_are_no_media(text: str, org: str) -> None:
    ents = [e for e in _analyze(text)["entities"] if e["text"] == org]
    assert ents and not any(e.get("media") for e in ents)


def test_known_outlet_actor_gone_keeps_real_actor() -> None:
    d = _analyze("الخرطوم - سودان تريبيون: قصفت قوات الدعم السريع مخيم زمزم للنازحين.")
    (ev,) = d["events"]
    assert [(a["role"], a["text"]) for a in ev["actors"]] == [("actor", "قوات الدعم السريع")]


@pytest.mark.parametrize(("text", "org"), [
    ("وقال مدير وكالة الاستخبارات المركزية إن التهديد قائم.", "وكالة الاستخبارات المركزية"),
    ("وقدمت الوكالة الأمريكية للتنمية الدولية مساعدات للنازحين.", "الوكالة الأمريكية للتنمية الدولية"),
])
def test_agencies_of_other_kinds_are_no_media(text: str, org: str) -> None:
    """"وكالة" and "قناة" name intelligence and aid agencies and canals too: news only with a word of news or a
    known outlet's name after the head."""
    ents = [e for e in _analyze(text)["entities"] if e["text"] == org]
    assert ents and not any(e.get("media") for e in ents)


def test_news_agency_by_its_words_is_media() -> None:
    ents = [e for e in _analyze("وقالت وكالة الأنباء الليبية إن الاشتباكات توقفت.")["entities"]
            if e["text"] == "وكالة الأنباء الليبية"]
    assert ents and ents[0].get("media") is True
