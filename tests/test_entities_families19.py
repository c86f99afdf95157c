"""Organisations of session 19: the nouns coordinated to an ORG's ل complement, a person after a generic
head, acronyms read as words with the article; and the place of an attack.  Sentences from ANT news
(JawharaFM), some shortened."""

from __future__ import annotations

import pytest

from arabnews import Pipeline

NLP = Pipeline(["numbers", "dates", "groups", "entities"])


def _entities(sentence: str) -> list[tuple[str, str]]:
    doc = NLP(sentence)
    for e in doc.entities:
        assert doc.text[e.start:e.end] == e.text
    return [(e.text, e.label) for e in doc.entities]


@pytest.mark.parametrize("sentence, org", [
    ("أكد رئيس المنظمة التونسية للأمن والمواطن عصام الدردوري في تصريح للجوهرة أن", "المنظمة التونسية للأمن والمواطن"),
    ("وقال رئيس الاتحاد الجهوي للفلاحة والصيد البحري بسوسة حسان بلطيفة، إن أسعار الخضر مرتفعة",
     "الاتحاد الجهوي للفلاحة والصيد البحري"),
    ("تحيي منظمة الأمم المتحدة للتربية والعلوم والثقافة (اليونسكو) اليوم اليوم العالمي للإذاعة",
     "منظمة الأمم المتحدة للتربية والعلوم والثقافة"),
    ("دعت النقابة العامة للقيمين والقيمين العامين، اليوم الثلاثاء، في بلاغ لها إلى الإضراب",
     "النقابة العامة للقيمين والقيمين العامين"),
    ("أن المكتب الفيدرالي للهجرة واللاجئين رفض طلب أنيس العامري للجوء", "المكتب الفيدرالي للهجرة واللاجئين"),
    ("طلبة وأساتذة من المعهد الأعلى للفنون والحرف بقابس. وتأتي هذه المبادرة", "المعهد الأعلى للفنون والحرف"),
    ("وجاءت جامعة الملك فهد للبترول والمعادن بالسعودية في المركز الأول عربيا",
     "جامعة الملك فهد للبترول والمعادن"),
    # neighbours: another body, a relative, a participle, a verbal noun with its object, no ل complement
    ("بالتعاون مع المنظمة العالمية للصحة والاتحاد الدولي للاتصالات الانطلاق في الحملة", "المنظمة العالمية للصحة"),
    ("على المنظمة العالمية للهجرة والحكومة التونسية التكفل بهم", "المنظمة العالمية للهجرة"),
    ("التعريفات المصادق عليها من قبل الهيئة الوطنية للاتصالات والتي ضبطت السعر", "الهيئة الوطنية للاتصالات"),
    ("تبعا للدعوة الموجهة إلى الجامعة العامة للبلديين والصادرة عن الإدارة العامة للشغل", "الجامعة العامة للبلديين"),
    ("بعد تدخل أعوان الشركة الوطنية للكهرباء والغاز والقيام بأعمال صيانة", "الشركة الوطنية للكهرباء والغاز"),
    ("والجمعية التونسية للتربية والطاقة والعلوم واللجنة المحلية للتضامن الاجتماعي",
     "الجمعية التونسية للتربية والطاقة والعلوم"),
    ("أعلنت وزارة الداخلية والجيش عن عملية مشتركة", "وزارة الداخلية"),
])
def test_coordinated_complement(sentence, org):
    orgs = [text for text, label in _entities(sentence) if label == "ORG"]
    assert org in orgs


@pytest.mark.parametrize("sentence, person, absent", [
    ("وجه بلاغ لوزارة الداخلية قصد الإسترشاد حول عضو المنظمة أنيس الزواغي على خلفية ظهوره", "أنيس الزواغي", "المنظمة"),
    ("إضافة إلى تنكر رئيس الحزب سليم الرياحي لمكاتب الحزب في الساحل.", "سليم الرياحي", "لمكاتب"),
    ("أن التصريحات الأخيرة لرئيس الحزب ياسين ابراهيم تعد صرخة فزع", "ياسين ابراهيم", "الحزب"),
    ("وحذرت رئيسة المنظمة مارغريت تشان من أن الفيروس رصد", "مارغريت تشان", "المنظمة"),
    ("وقال الأمين العام للحزب عصام الشابي في تصريح لوكالة تونس افريقيا للأنباء", "عصام الشابي", "للحزب"),
])
def test_person_after_generic_head(sentence, person, absent):
    found = _entities(sentence)
    assert (person, "PER") in found
    assert not any(absent in text for text, _ in found)


def test_given_name_alone_after_generic_head_is_left():
    # "أي" is no given name: the rule leaves the tagger's span as it is
    found = _entities("ولم يرد على مكتب المجلس أي مقترح تعديل")
    assert not any(label == "PER" for _, label in found)


@pytest.mark.parametrize("sentence, org", [
    ("وأشارت الهايكا في بلاغها إلى أن حرية الاتصال السمعي البصري مضمونة", "الهايكا"),
    ("الهايكا تطلب توضيحا من الحوار التونسي", "الهايكا"),
    ("والتي كان آخرها قرار اليونسكو نهاية العام الماضي", "اليونسكو"),
    ("لقاء بين وزيرة الثقافة ومدير عام الألكسو حول التظاهرة", "الألكسو"),
    ("سوسة : القبض على ليبي مطلوب لدى الإنتربول", "الإنتربول"),
    ("البحث معه لدى الوحدة المختصة قبل تسليمه للانتربول، وفق مصدر أمني", "لانتربول"),
    ('مسؤول في "الكنام" : صفاقس الأولى في حوادث الشغل', "الكنام"),
    # inside a longer ORG it stays there
    ("وأعلنت منظمة اليونسكو أن الموقع أدرج في القائمة", "منظمة اليونسكو"),
])
def test_acronym_orgs(sentence, org):
    assert (org, "ORG") in _entities(sentence)


def test_kef_stays_a_place():
    assert ("الكاف", "LOC") in _entities("أمطار غزيرة في ولاية الكاف اليوم")


@pytest.mark.parametrize("sentence, place, absent", [
    ("وصول جثمان بوبكر الثابتي ضحية هجوم كيبيك الارهابي", "كيبيك", "الارهابي"),
    ("علقت الشركة رحلاتها إلى تونس اثر هجوم باردو الإرهابي، والذي راح ضحيته عدد من حرفائها", "باردو", "الإرهابي"),
    ("أعلن تنظيم داعش الإرهابي منذ قليل تبنيه لهجوم مانشستر الذي وقع مساء أمس", "مانشستر", "لهجوم"),
])
def test_incident_place(sentence, place, absent):
    found = _entities(sentence)
    assert (place, "LOC") in found
    assert not any(absent in text for text, _ in found)


def test_attack_by_a_group_is_no_place():
    assert ("داعش", "ORG") in _entities("بعد هجوم داعش على المدينة")
