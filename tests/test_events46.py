"""Events, session 46 (ev46).  A harm headline told subject first ("تلميذ يعتدي على أستاذة", ANT 7656; "3 شبان
يسلبون مواطنا", ANT 7960): the person noun before the act's imperfect verb, counted or with its complement, is the
doer, the person after the verb (or after an assault's "على") the victim; the bare verbs طعن and سلب are events only
in that frame, and the weak ذبح passes there.  A verb carrying its object pronoun with a kin noun right after it
("وفاة فتاة أحرقها شقيقها", ANT 8319) has the kin for its doer and the person before it for its victim."""

from __future__ import annotations

import pytest

REF = "2017-06-01"
BODY = "\nوأفادت مصادر أمنية أن الحادثة وقعت مساء أمس."


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _events(nlp, text: str) -> list:
    return list(nlp(text + BODY, reference_date=REF).layers["events"])


def _role(event, role: str) -> tuple[int, int, str]:
    (arg,) = [a for a in event.actors if a["role"] == role]
    return arg["start"], arg["end"], arg["text"]


@pytest.mark.parametrize(("text", "verb", "subtype", "actor", "target"), [
    ("القصرين : تلميذ يعتدي على أستاذة داخل القسم", "يعتدي", "attack", "تلميذ", "أستاذة"),  # ANT 7656
    ("سوسة : 3 أشخاص يعتدون جنسيا على قاصر", "يعتدون", "sexual violence", "3 أشخاص", "قاصر"),  # ANT 7554
    ("حارس مدرسة يعتدي بالفاحشة على تلميذ", "يعتدي", "sexual violence", "حارس مدرسة", "تلميذ"),  # ANT 7990
    ("سيدي بوزيد : زوج أستاذة يعتدي بالعنف على مدير مدرسة اعدادية", "يعتدي", "attack", "زوج أستاذة",
     "مدير"),  # ANT 8257
    ("3 شبان يختطفون امرأة ويتداولون على اغتصابها", "يختطفون", "abduction/forced disappearance", "3 شبان",
     "امرأة"),  # ANT 7909
    # (a robbery of a person is an attack in every frame since session 47: it was a looting here)
    ("القيروان : 3 شبان يسلبون مواطنا مبلغ 50 ألف دينار", "يسلبون", "attack", "3 شبان",
     "مواطنا"),  # ANT 7960
    ("منحرفون يسلبون مواطنا هاتفه الجوال", "يسلبون", "attack", "منحرفون", "مواطنا"),
    ("صفاقس : عصابة تسلب تاجرا 20 ألف دينار", "تسلب", "attack", "عصابة", "تاجرا"),
    ("طالبة تطعن زميلتها داخل المعهد", "تطعن", "attack", "طالبة", "زميلتها"),
    ("تلميذ يطعن أستاذه بسكين", "يطعن", "attack", "تلميذ", "أستاذه"),
    ("شابان يطعنان عون أمن", "يطعنان", "attack", "شابان", "عون أمن"),
    ("القيروان : شابة تطعن زوجها بسكين", "تطعن", "attack", "شابة", "زوجها"),
    ("شاب يذبح والدته", "يذبح", "attack", "شاب", "والدته"),
    ("امرأة تذبح طفلها", "تذبح", "attack", "امرأة", "طفلها"),
    ("شاب يخطف طفلة", "يخطف", "abduction/forced disappearance", "شاب", "طفلة"),
])
def test_subject_first_headline(nlp, text, verb, subtype, actor, target):
    (event,) = [e for e in _events(nlp, text) if e.text == verb]
    assert event.subtype == subtype
    assert _role(event, "actor") == (*_span(text, actor), actor)
    start, end, _ = _role(event, "target")
    assert start == text.index(target) and end >= start + len(target)


@pytest.mark.parametrize("text", [
    "أمين عام الحزب الدستوري الحر يطعن في قرار اقالته",  # ANT 7134: an appeal
    "وقال إن المحامي سيطعن في الحكم الصادر ضد موكله",
    "بعد أن منعه المارة من إضرام النار في جسده : شاب يطعن نفسه",  # ANT 7957: himself, no victim
    "قرار يسلب الموظفين حقوقهم",  # no person before: no robbery
    "شاب يخطف الأضواء في المهرجان",  # the limelight, no person after
])
def test_bare_verbs_outside_the_frame(nlp, text):
    assert not any(e.text.endswith(("طعن", "سلب", "خطف")) for e in _events(nlp, text))


def test_bare_stab_in_body_is_no_event(nlp):
    text = "كرة القدم : فوز الترجي\nوذكرت المصادر أن شاب يطعن صديقه في الحي."
    assert not any("طعن" in e.text for e in nlp(text, reference_date=REF).layers["events"])


@pytest.mark.parametrize(("text", "verb", "doer", "victim"), [
    ("بوفيشة : وفاة فتاة أحرقها شقيقها", "أحرقها", "شقيقها", "فتاة"),  # ANT 8319
    ("وفاة امرأة قتلها زوجها", "قتلها", "زوجها", "امرأة"),
    ("تم العثور على جثة شاب قتله صديقه بسكين", "قتله", "صديقه", "شاب"),
    # a subject-first headline whose verb carries the pronoun: the man before it is the victim
    ("شاب يطعنه صديقه", "يطعنه", "صديقه", "شاب"),
    ("امرأة يقتلها زوجها", "يقتلها", "زوجها", "امرأة"),
])
def test_kin_after_pronoun_verb_is_doer(nlp, text, verb, doer, victim):
    (event,) = [e for e in _events(nlp, text) if e.text == verb]
    assert _role(event, "actor") == (*_span(text, doer), doer)
    assert _role(event, "target") == (*_span(text, victim), victim)


def test_kin_object_stays_target(nlp):
    """Control: with no pronoun on the verb the kin after it is its object ("قتل زوجته")."""
    text = "شاب قتل زوجته"
    (event,) = [e for e in _events(nlp, text) if e.text == "قتل"]
    assert _role(event, "target") == (*_span(text, "زوجته"), "زوجته")
    assert not any(a["role"] == "actor" and a["text"] == "زوجته" for a in event.actors)
