"""Session 39 (lead): a member's role in construct with his club, outlet or body, and his name after it, which the
tagger took into the ORG or cut (``persons.person_after_member_org``; roles in ``person_words.yaml``).

ANT 9937 had the ORG "جوهرة أف أم أنيس" (the outlet's envoy's given name inside the outlet's name).
"""

from __future__ import annotations

import pytest

import arabnews

REF = "2017-06-01"


def _entities(text: str) -> list[tuple[str, str]]:
    doc = arabnews.analyze(text, reference_date=REF)
    out = []
    for e in doc.layers["entities"]:
        assert text[e.start:e.end] == e.text
        out.append((e.label, e.text))
    return out


@pytest.mark.parametrize(("text", "org", "person"), [
    ("وأكد لاعبو النجم لمبعوث جوهرة أف أم أنيس الذوادي أنهم عازمون على العودة.", "جوهرة أف أم", "أنيس الذوادي"),
    ("وسجل لاعب ريال مدريد كريم بنزيمة هدفين.", "ريال مدريد", "كريم بنزيمة"),
    ("وسجل مهاجم النجم الساحلي أمين الشرميطي هدفا.", "النجم الساحلي", "أمين الشرميطي"),
    ("وقال رئيس النادي الإفريقي سليم الرياحي إن الفريق جاهز.", "النادي الإفريقي", "سليم الرياحي"),
])
def test_name_after_member_org(text: str, org: str, person: str) -> None:
    got = _entities(text)
    assert ("ORG", org) in got
    assert ("PER", person) in got
    doc = arabnews.analyze(text, reference_date=REF)
    per = next(e for e in doc.layers["entities"] if e.label == "PER")
    assert (per.start, per.end) == (text.index(person), text.index(person) + len(person))


@pytest.mark.parametrize("text", [
    "وقال لاعب النادي الصفاقسي الكريم إن الفريق جاهز.",   # an adjective, no name
    "وأكد مدير مستشفى الحبيب بورقيبة بصفاقس أن الوضع مستقر.",   # a hospital named after a man
])
def test_no_name_there(text: str) -> None:
    assert not any(label == "PER" for label, _ in _entities(text))


@pytest.mark.parametrize(("text", "person"), [
    ("نشر رئيس النادي الإفريقي سليم الرياحي تدوينة على صفحته.", "سليم الرياحي"),   # ANT 9109: not "… تدوينة"
    ("إيقاف مدرب النادي الإفريقي نبيل الكوكي لمقابلة و تغريمه.", "نبيل الكوكي"),   # ANT 9518: the ORG took him
    ("قدم مدرب أولمبيك الكاف مراد الشابي استقالته.", "مراد الشابي"),   # ANT 9222: not "… استقالته"
    ("وأوضح رئيس هيئة شؤون الأسرى الفلسطينية عيسى قراقع، في تصريح صحفي، أن الوضع صعب.", "عيسى قراقع"),   # ANT 1848
])
def test_member_name_stops_after_two_words(text: str, person: str) -> None:
    assert [t for label, t in _entities(text) if label == "PER"] == [person]
