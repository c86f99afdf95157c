"""Events, session 40 second wave (ev40b).  A country right after an arrest verb is its actor, as for a killing
("اعتقلت تركيا صحفيا", "ألقت السعودية القبض على"); a person noun right after a killing verb with a kin noun and its
pronoun after it is the subject, the kin the target ("وقتلت امرأة زوجها", "قتل رجل زوجته"); an act told only as news
going round ("أنباء عن مقتل", "تقارير غير مؤكدة إلى أن …", "شائعات حول …") keeps its event, marked
``"uncertain": true`` (an optional key, present only when true; negated too when the news is denied)."""

from __future__ import annotations

import pytest

from event_cases import REF
from event_cases import events as _events


# 1. a state as the actor of an arrest (the verb, then the country, then the object)
@pytest.mark.parametrize(("text", "expected"), [
    ("وألقت السعودية القبض على ثلاثة أشخاص في جدة.",
     [("ألقت", "arrests", False, [("actor", "السعودية"), ("target", "ثلاثة أشخاص")])]),
    # Arabic-Indic digits, another verb
    ("أوقفت الجزائر ١٢ مهاجرا غير شرعي قرب الحدود.",
     [("أوقفت", "arrests", False, [("actor", "الجزائر"), ("target", "١٢ مهاجرا")])]),
    ("واعتقلت إسرائيل 15 فلسطينيا في الضفة الغربية.",
     [("اعتقلت", "arrests", False, [("actor", "إسرائيل"), ("target", "15 فلسطينيا")])]),
    # two states after "و" share the role
    ("وأوقفت تونس وإيطاليا 20 مهربا.",
     [("أوقفت", "arrests", False, [("actor", "تونس"), ("actor", "إيطاليا"), ("target", "20 مهربا")])]),
    # ANT dev 552, a quotation
    ('وقال عبر حسابه على موقع "تويتر": "ألقت السعودية القبض على المصري الذي عاد له بصره".',
     [("ألقت", "arrests", False, [("actor", "السعودية")])]),
    # not: a negated arrest; a country after a preposition (a place); the subject a pronoun before the verb
    ("لم تعتقل تركيا أي صحفي.", [("تعتقل", "arrests", True, [("target", "صحفي")])]),
    ("اعتقلت الشرطة في تركيا صحفيا.", [("اعتقلت", "arrests", False, [("actor", "الشرطة")])]),
    ("وأعلنت الولايات المتحدة أنها اعتقلت قياديا في التنظيم.",
     [("اعتقلت", "arrests", False, [("target", "قياديا")])]),
])
def test_state_arrests(nlp, text, expected):
    assert _events(nlp, text) == expected


def test_state_arrest_record(nlp):
    text = "اعتقلت تركيا صحفيا ألمانيا في إسطنبول."
    e = nlp(text, reference_date=REF).layers["events"][0]
    actor = e.actors[0]
    assert (actor["start"], actor["end"], actor["text"], actor["layer"]) == (7, 12, "تركيا", "entities")
    assert actor["group_id"] == "turkish-forces" and text[7:12] == "تركيا"
    assert e.location["text"] == "إسطنبول"


# 2. a person noun after the verb, a kin with its pronoun after it: subject and object
@pytest.mark.parametrize(("text", "expected"), [
    ("وقتلت امرأة زوجها في مدينة صفاقس.",
     [("قتلت", "attack", False, [("actor", "امرأة"), ("target", "زوجها")], 1, None)]),
    ("قتل رجل زوجته بسكين في القاهرة.",
     [("قتل", "attack", False, [("actor", "رجل"), ("target", "زوجته")], 1, None)]),
    ("وقتل شاب والده طعنا بالسكين.",
     [("قتل", "attack", False, [("actor", "شاب"), ("target", "والده")], 1, None)]),
    ("قتل شاب صديقه.", [("قتل", "attack", False, [("actor", "شاب"), ("target", "صديقه")], 1, None)]),
    # the definite subject (no genitive after the article), "المرأة"
    ("وقتل الشاب شقيقه طعنا.", [("قتل", "attack", False, [("actor", "الشاب"), ("target", "شقيقه")], 1, None)]),
    ("قتلت المرأة ابنها.", [("قتلت", "attack", False, [("actor", "المرأة"), ("target", "ابنها")], 1, None)]),
    # two kin after "و"
    ("قتل رجل زوجته وابنته.",  # (session 41: both counted; session 43: each kin a target)
     [("قتل", "attack", False, [("actor", "رجل"), ("target", "زوجته"), ("target", "ابنته")], 2, None)]),
    # the dual of a kin with its pronoun: two victims, not the subject counted
    ("قتل شاب والديه بسكين.", [("قتل", "attack", False, [("actor", "شاب"), ("target", "والديه")], 2, None)]),
    ("قتلت امرأة ابنتيها.", [("قتلت", "attack", False, [("actor", "امرأة"), ("target", "ابنتيها")], 2, None)]),
    # ANT dev 354
    ('بعد أن قتل رجل ابنته البالغة من العمر 11 شهراً وبث مقطعي فيديو لجريمته على فيسبوك.',
     [("قتل", "attack", False, [("actor", "رجل"), ("target", "ابنته")], 1, None)]),
    # as before: the noun of undertaking's subject; the kin after على
    ("أقدم شاب على قتل والده.", [("قتل", "attack", False, [("actor", "شاب"), ("target", "والده")], 1, None)]),
    ("اعتدى شاب على والدته بسكين.",
     [("اعتدى", "attack", False, [("actor", "شاب"), ("target", "والدته")], None, None)]),
])
def test_kin_object_after_subject(nlp, text, expected):
    assert _events(nlp, text, counts=True) == expected


# 3. rumoured acts: the event stays, "uncertain"
def _uncertain(nlp, text):
    doc = nlp(text, reference_date=REF)
    out = []
    for e in doc.layers["events"]:
        d = e.to_dict()
        assert doc.text[d["start"]:d["end"]] == d["text"]
        out.append((d["text"], d["negated"], d.get("uncertain", False)))
    return out


@pytest.mark.parametrize(("text", "expected"), [
    ("وتداولت مواقع أنباء عن مقتل زعيم تنظيم داعش أبو بكر البغدادي.", [("مقتل", False, True)]),
    ("وتحدثت أنباء عن اغتيال قيادي في الحركة.", [("اغتيال", False, True)]),
    ("وترددت أنباء غير مؤكدة عن اعتقال قيادي في الحركة.", [("اعتقال", False, True)]),
    ("وانتشرت شائعات حول مقتل قائد الميليشيا في غارة جوية.", [("غارة جوية", False, True)]),
    # ANT dev 1504: a report with a hedge, the act far after "إلى أن"
    ("وأشارت تقارير غير مؤكدة إلى أن سبعة أشخاص على الأقل قتلوا في الاشتباكات.", [("الاشتباكات", False, True)]),
    # a report noun with "about" before a killing word
    ("وأفادت تقارير حول مقتل عسكريين في هجوم.", [("هجوم", False, True)]),
    # ANT 4452: a neutral adjective between
    ("لاسيما بعد ما رافق فشل المحاولة الانقلابية في تركيا، من أنباء متواترة حول حصول إيقافات كبيرة.",
     [("إيقافات", False, True)]),
    # denied news: negated and uncertain (ANT 6609)
    ("نافيا الأخبار التى راجت حول تفكيك خلية ارهابية في تونس.", [("تفكيك", True, True)]),
    ("فندت الوزارة الأنباء عن مقتل جنديين في هجوم.", [("هجوم", True, True)]),
    ("ونفى المتحدث في وقت سابق تقارير حول مقتل عسكريين في انفجار لغم.", [("انفجار", True, True)]),
    # not: a report that tells it as done, an agency's name, news about another thing than the act taking place
    ("وأفادت تقارير بمقتل 5 جنود في هجوم.", [("هجوم", False, False)]),
    ("وأفادت تقارير إخبارية أن العملية جدت أمام المحطة وتم إيقاف السائق.", [("إيقاف", False, False)]),
    ("ونقلت وكالة الأنباء الفرنسية عن مصدر أمني مقتل 5 جنود.", [("مقتل", False, False)]),
    ('وتداولت أخبار حول تبني تنظيم "داعش" الإرهابي للاعتداء.', [("اعتداء", False, False)]),
])
def test_rumoured(nlp, text, expected):
    assert _uncertain(nlp, text) == expected


def test_uncertain_key_and_frame(nlp):
    from arabnews.extract.events import events_frame
    doc = nlp("وتداولت مواقع أنباء عن مقتل زعيم تنظيم داعش أبو بكر البغدادي. وأفادت تقارير بمقتل 5 جنود في هجوم.",
              reference_date=REF)
    dicts = [e.to_dict() for e in doc.layers["events"]]
    assert [d.get("uncertain") for d in dicts] == [True, None]
    assert "uncertain" not in dicts[1]  # present only when true, as "casualties"
    assert list(events_frame(doc)["uncertain"]) == [True, False]
