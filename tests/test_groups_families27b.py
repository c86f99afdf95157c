"""Session 27, second wave: the UGTT's own structures and arrests between groups.

A regional or local union "للشغل", a sectoral federation, a general, regional, local or basic union and its sector
("الاتحاد الجهوي للشغل بصفاقس", "الجامعة العامة للتعليم الثانوي", "النقابة الأساسية للتعليم الثانوي بوادي الليل")
are mentions of the UGTT (`ugtt`), the span the structure without its place, ``attrs["unit"]`` its level; not the
UTICA's or UTAP's regional unions, not the unions of the security forces or the journalists, not "الجامعة" the
university.
A group that arrests or captures members of another is its enemy (``fights``, the captor first)."""

from __future__ import annotations

import pytest

from group_cases import REF, relations


def units(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, id, unit level) of every group of ``text``; offsets checked."""
    doc = nlp(text, reference_date=REF)
    for g in doc.groups:
        assert text[g.start:g.end] == g.text
    return [(g.text, g.id, g.attrs.get("unit")) for g in doc.groups]


UGTT_UNITS = [
    # a regional union: after لل (outside the span, as "للحشد الشعبي"); its place (one word, two words) out of the span
    # (the LOC and the location), but a Tunisian place names the union where nothing else points to Tunisia
    ("وقال الكاتب العام للاتحاد الجهوي للشغل بصفاقس إن الإضراب ناجح.",
     [("اتحاد الجهوي للشغل", "ugtt", "regional")]),
    ("وأصدر الاتحاد الجهوي للشغل بسيدي بوزيد بيانا.", [("الاتحاد الجهوي للشغل", "ugtt", "regional")]),
    # a local union, the feminine plural head
    ("وأعلن الاتحاد المحلي للشغل بقرقنة عن إضراب عام في تونس.", [("الاتحاد المحلي للشغل", "ugtt", "local")]),
    ("وتنطلق المسيرة من مقرات الاتحادات الجهوية للشغل صباح الاثنين في تونس.",
     [("الاتحادات الجهوية للشغل", "ugtt", "regional")]),
    # a place that is no place: "بالجهة" stays out
    ("وقال الاتحاد المحلي للشغل بالجهة إن الإضراب قائم في تونس.", [("الاتحاد المحلي للشغل", "ugtt", "local")]),
    # sectoral federations and general unions: the sector with its adjective, its conjuncts, a construct
    ("قررت الجامعة العامة للتعليم الثانوي تعليق الدروس في تونس.",
     [("الجامعة العامة للتعليم الثانوي", "ugtt", "sectoral")]),
    ("وقال عضو الجامعة العامة للصناعات الغذائية والسياحة والتجارة والصناعات التقليدية إن العمال في تونس مضربون.",
     [("الجامعة العامة للصناعات الغذائية والسياحة والتجارة والصناعات التقليدية", "ugtt", "sectoral")]),
    ("وأكد الكاتب العام للنقابة العامة للأطباء والصيادلة وأطباء الأسنان، أن الإضراب قائم في تونس.",
     [("نقابة العامة للأطباء والصيادلة وأطباء الأسنان", "ugtt", "sectoral")]),
    ("وأكد الكاتب العام للنقابة العامة لموظفي وزارة التربية التابعة للاتحاد العام التونسي للشغل أن الإضراب قائم.",
     [("نقابة العامة لموظفي وزارة التربية", "ugtt", "sectoral"), ("اتحاد العام التونسي للشغل", "ugtt", None)]),
    # a person's name after the sector is not in it
    ("وقال الكاتب العام للنقابة العامة للتعليم الأساسي المستوري القمودي إن الإضراب قائم بتونس.",
     [("نقابة العامة للتعليم الأساسي", "ugtt", "sectoral")]),
    # a basic union and its place; a regional union of a sector
    ("وقال كاتب عام النقابة الأساسية للتعليم الثانوي بوادي الليل إن المدرسين غاضبون.",
     [("النقابة الأساسية للتعليم الثانوي", "ugtt", "basic")]),
    ("وقال الكاتب العام للنقابة الجهوية للتعليم الثانوي بجندوبة إن الأساتذة سيقاطعون الامتحانات.",
     [("نقابة الجهوية للتعليم الثانوي", "ugtt", "regional")]),
    # a construct and its adjective; a verbal noun, a participle before "عن", a second structure stay out
    ("وأكد كاتب عام النقابة الأساسية لأساتذة التعليم العالي بالمدرسة أن الإضراب قائم في تونس.",
     [("النقابة الأساسية لأساتذة التعليم العالي", "ugtt", "basic")]),
    ("وجددت النقابة العامة للإعلام التأكيد على ضرورة الشروع في الإصلاح في تونس.",
     [("النقابة العامة للإعلام", "ugtt", "sectoral")]),
    ("تبعا للدعوة الموجهة إلى الجامعة العامة للبلديين والصادرة عن الإدارة العامة للشغل في تونس.",
     [("الجامعة العامة للبلديين", "ugtt", "sectoral")]),
    ("وقال الأساتذة تحت إشراف النقابة العامة للتعليم الثانوي والاتحاد الجهوي للشغل بالمهدية إنهم مضربون.",
     [("النقابة العامة للتعليم الثانوي", "ugtt", "sectoral"), ("الاتحاد الجهوي للشغل", "ugtt", "regional")]),
    # a direction after the place
    ("وقال كاتب عام مساعد النقابة الأساسية للصحة بالقيروان الشمالية، بلقاسم الخلفاوي، إن الإضراب قائم.",
     [("النقابة الأساسية للصحة", "ugtt", "basic")]),
]


@pytest.mark.parametrize(("text", "expected"), UGTT_UNITS)
def test_ugtt_structures_are_the_ugtt(nlp, text: str, expected: list) -> None:
    assert units(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # other unions' structures: the employers' (UTICA), a joint mention, the security forces', the journalists'
    "ونظم الاتحاد الجهوي للصناعة والتجارة بصفاقس ندوة بتونس.",
    "وشاركت الاتحادات المحلية للشغل والصناعة والتجارة في الاحتفال بتونس.",
    "وأكد الكاتب العام للنقابة الجهوية لقوات الأمن الداخلي بالمنستير أن الأمن مستتب في تونس.",
    "وقال الكاتب العام للنقابة الأساسية للشرطة بقفصة في تصريح إن الوضع هادئ في تونس.",
    "وأعلنت النقابة الوطنية للصحفيين التونسيين عن رفضها.",
    "وقال رئيس النقابة الجهوية للفلاحين بالمنستير، المكي فرحات، في تصريح بتونس إن الموسم صعب.",
    # a rival union's structure, the doctors of private practice
    "وقال ممثل عن النقابة الجهوية لعمال الحضائر التابعة لاتحاد عمال تونس إن العمال في تونس مضربون.",
    "بالتعاون مع النقابة الجهوية لأطباء الممارسة الحرة بتونس.",
    # another country's union, the university
    "وقالت النقابة العامة للعاملين بالسكك الحديدية في القاهرة إن مصر تشهد أزمة.",
    "ودرس الطالب في الجامعة العامة وهو من صفاقس.",
])
def test_no_ugtt_structure(nlp, text: str) -> None:
    assert [g for g in units(nlp, text) if g[1] == "ugtt"] == []


ARRESTS = [
    ("واعتقلت قوات الأمن التونسية عناصر من تنظيم أنصار الشريعة.",
     [("fights", "tunisian-security-forces", "ansar-al-sharia-tunisia",
       "اعتقلت قوات الأمن التونسية عناصر من تنظيم أنصار الشريعة")]),
    ("واعتقلت قوات الجيش العراقي عناصر من تنظيم داعش في الموصل.",
     [("fights", "iraqi-security-forces", "isis", "اعتقلت قوات الجيش العراقي عناصر من تنظيم داعش")]),
    ("واعتقل الجيش اللبناني قياديا في تنظيم داعش.",
     [("fights", "lebanese-army", "isis", "اعتقل الجيش اللبناني قياديا في تنظيم داعش")]),
    ("واعتقلت حركة حماس عناصر من حركة فتح في غزة.",
     [("fights", "hamas", "fatah", "اعتقلت حركة حماس عناصر من حركة فتح")]),
]


@pytest.mark.parametrize(("text", "expected"), ARRESTS)
def test_the_captor_fights_the_captured(nlp, text: str, expected: list) -> None:
    assert relations(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # the noun "أسر" (families) is no capture
    "وزار وفد من حزب الله أسر قتلى الجيش السوري في اللاذقية.",
])
def test_no_capture(nlp, text: str) -> None:
    assert [r for r in relations(nlp, text) if r[0] == "fights"] == []


def events(nlp, text: str) -> list[tuple[str, str, list[str]]]:
    """(text, type, actors' texts) of every event of ``text``."""
    return [(e["text"], e["type"], [a["text"] for a in e["actors"]])
            for e in nlp(text, reference_date=REF).to_dict()["events"]]


def test_a_union_structure_is_the_strike_actor_and_no_armed_context(nlp) -> None:
    strike = "قررت النقابة الأساسية للتعليم الثانوي ببوحجلة من ولاية القيروان تنفيذ إضراب عام، اليوم الجمعة."
    doc = nlp(strike, reference_date=REF)
    assert [(e.text, e.label) for e in doc.entities if e.text == "بوحجلة"] == [("بوحجلة", "LOC")]
    assert events(nlp, strike) == [("إضراب عام", "protests", ["النقابة الأساسية للتعليم الثانوي"])]
    # a metaphorical battle, a withdrawal from a race: the union is no armed group
    assert [e for e in events(nlp, "وقال كاتب عام النقابة الأساسية للتعليم الثانوي إن المعركة هي معركة مدرسين ضد "
                                   "وزير التربية.") if e[1] == "battles"] == []
    assert events(nlp, "وعثمان الجلولي كاتب عام الجامعة العامة للصحة الذي قدم انسحابه أمس الثلاثاء من سباق "
                       "الترشح.") == []
    # an armed group still makes the battle
    assert events(nlp, "وقتل ثلاثة جنود في المعركة مع تنظيم داعش.")[0][:2] == ("المعركة", "battles")
