"""Events, session 48 (ev48).

1. A clash's two sides broken by an aside ("مواجهات بين عدد من المحتجين، المطالبين بالتنمية، وقوات الأمن", held-out
   ANT 6557, was a battle with no sides), a partitive crowd ("عدد من", "مئات من", "مجموعة من") and police against
   youths or residents: a riot, the crowd its actor and the police its other side.
2. A name after a victim's label or a construct doer noun ("وكان قاتل الطفل ياسين قد حوكم … اختطاف طفل", held-out
   8008) is no actor.
3. Headlines told subject first: a past verb with its object after it ("شاب قتل صديقه") reads its doer; a tourist is
   a person counted ("نزل المرادي : مسلحون يقتلون سائحا" gave no event).
"""

from __future__ import annotations

import pytest

from event_cases import events_of as _events
from event_cases import span_of as _span

#: A body line after a headline (the headline is the text's first line).
_BODY = "\nوقالت مصادر أمنية إن التحقيقات جارية."


def _sides(event) -> list[tuple[str, str, int, int]]:
    return sorted((a["role"], a["text"], a["start"], a["end"]) for a in event.actors)


def _expect(text: str, actor: str | None, target: str | None) -> list[tuple[str, str, int, int]]:
    out = []
    if actor is not None:
        out.append(("actor", actor, *_span(text, actor)))
    if target is not None:
        out.append(("target", target, *_span(text, target)))
    return sorted(out)


# -- 1. two sides of a clash: an aside, a partitive crowd, police against youths -------------------------------------
@pytest.mark.parametrize(("text", "trigger", "actor", "target"), [
    # held-out 6557
    ("جدت مساء اليوم الأربعاء مواجهات بين عدد من المحتجين، المطالبين بالتنمية، وقوات الأمن في كل من معتمديتي "
     "منزل بوزيان والمكناسي، من ولاية سيدي بوزيد.", "مواجهات", "المحتجين", "قوات الأمن"),
    ("جدت مواجهات بين عدد من المحتجين وقوات الأمن في منزل بوزيان.", "مواجهات", "المحتجين", "قوات الأمن"),
    ("اندلعت مواجهات بين مئات من المتظاهرين ورجال الشرطة.", "مواجهات", "المتظاهرين", "رجال الشرطة"),
    ("اندلعت مواجهات بين المحتجات، الغاضبات من البطالة، وقوات الأمن.", "مواجهات", "المحتجات", "قوات الأمن"),
    # the police first, the crowd after "و" with its count
    ("جدت مواجهات بين قوات الأمن ومئات من الشبان الغاضبين في منزل بوزيان.", "مواجهات", "الشبان الغاضبين",
     "قوات الأمن"),
    # ANT 5662: youths against the police
    ("اندلعت مواجهات بين قوات الأمن وعدد من شباب المنطقة على خلفية تطبيق قرار حكومي يقضي بغلق مسجد.", "مواجهات",
     "شباب المنطقة", "قوات الأمن"),
    ("اندلعت مواجهات بين أهالي الحي وقوات الأمن.", "مواجهات", "أهالي الحي", "قوات الأمن"),
    # a relative clause ended by a comma (ANT 3111), an aside of a participle after the police
    ("اندلعت مواجهات بين قوات الأمن التي استعملت الغاز المسيل للدموع، ومحتجين من أهالي البرادعة، من ولاية "
     "المهدية.", "مواجهات", "محتجين", "قوات الأمن"),
    ("اندلعت اشتباكات عنيفة بين وحدات الحرس الوطني، القادمة من العاصمة، والمئات من أهالي المنطقة.", "اشتباكات",
     "أهالي المنطقة", "وحدات الحرس الوطني"),
    ("اندلعت مواجهات بين الشبان الغاضبين، الذين أغلقوا الطريق، وقوات الأمن.", "مواجهات", "الشبان الغاضبين",
     "قوات الأمن"),
])
def test_clash_sides_through_an_aside(nlp, text, trigger, actor, target):
    (event,) = [e for e in _events(nlp, text) if e.text == trigger]
    assert (event.type, event.subtype) == ("riots", "violent demonstration")
    assert _sides(event) == _expect(text, actor, target)


@pytest.mark.parametrize(("text", "sides"), [
    # armed men against the army stay a battle, also with a comma between
    ("اندلعت اشتباكات بين الجيش ومسلحين من تنظيم داعش.", None),
    ("اندلعت اشتباكات بين قوات الأمن ومسلحين في جبل الشعانبي.", ("قوات الأمن", "مسلحين")),
    # two armed sides with an aside: both actors of a battle
    ("اندلعت اشتباكات بين قوات الجيش، المتمركزة في المدينة، وعناصر من تنظيم داعش.", None),
])
def test_armed_sides_stay_a_battle(nlp, text, sides):
    (event,) = [e for e in _events(nlp, text) if e.text == "اشتباكات"]
    assert (event.type, event.subtype) == ("battles", "armed clash")
    assert all(a["role"] == "actor" for a in event.actors)
    if sides is not None:
        assert _sides(event) == sorted(("actor", s, *_span(text, s)) for s in sides)


def test_an_aside_before_a_verb_is_no_side(nlp):
    text = "اندلعت مواجهات بين المحتجين، وأسفرت عن إصابة شرطي."
    for event in _events(nlp, text):
        assert all(not a["text"].startswith("أسفرت") for a in event.actors)


# -- 2. a victim named is no actor -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "trigger", "name"), [
    # held-out 8008
    ("وكان قاتل الطفل ياسين قد حوكم في الطور الابتدائي بالإعدام رميا بالرصاص من أجل تهم القتل العمد مع سابقية "
     "القصد المسبوق بجريمة أخرى وتحويل وجهة طفل سنه دون 18 سنة كاملة، مسبوق بالاحتجاز وجعل حياة المعتدى عليه في "
     "خطر والعمل على اختطاف طفل سنه دون 18 عاما باستعمال الحيلة.", "اختطاف", "ياسين"),
    ("وكان قاتل ياسين قد اختطف الطفل.", "اختطف", "ياسين"),
    ("حوكم قاتل الطفلة مريم بتهمة اختطافها.", "اختطافها", "مريم"),
    ("قال الطفل ياسين إن مسلحين اختطفوا والده.", "اختطفوا", "ياسين"),
])
def test_victim_named_is_no_actor(nlp, text, trigger, name):
    (event,) = [e for e in _events(nlp, text) if e.text == trigger]
    assert event.type == "violence against civilians"
    assert not any(a["role"] == "actor" and name in a["text"] for a in event.actors)


def test_victim_label_keeps_the_doers(nlp):
    text = "قال الطفل ياسين إن مسلحين اختطفوا والده."
    (event,) = _events(nlp, text)
    assert _sides(event) == _expect(text, "مسلحين", "والده")


def test_a_name_doing_it_stays_its_actor(nlp):
    text = "أقدم محمد على طعن جاره."
    (event,) = _events(nlp, text)
    assert ("actor", "محمد", *_span(text, "محمد")) in _sides(event)


# -- 3. headlines told subject first ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("head", "trigger", "subtype", "actor", "target"), [
    ("شاب قتل صديقه", "قتل", "attack", "شاب", "صديقه"),
    ("القيروان : شاب قتل صديقه", "قتل", "attack", "شاب", "صديقه"),
    ("كهل ذبح زوجته", "ذبح", "attack", "كهل", "زوجته"),
    ("امرأة قتلت زوجها", "قتلت", "attack", "امرأة", "زوجها"),
    ("شابان قتلا والدهما", "قتلا", "attack", "شابان", "والدهما"),
    ("ملثمون اختطفوا طفلا", "اختطفوا", "abduction/forced disappearance", "ملثمون", "طفلا"),
    ("نزل المرادي : مسلحون يقتلون سائحا", "يقتلون", "attack", "مسلحون", "سائحا"),
    ("مسلحون يقتلون سائحا في سوسة", "يقتلون", "attack", "مسلحون", "سائحا"),
    ("سوسة : مسلح قتل سائحة", "قتل", "attack", "مسلح", "سائحة"),
])
def test_headline_subject_first(nlp, head, trigger, subtype, actor, target):
    text = head + _BODY
    (event,) = [e for e in _events(nlp, text) if e.text == trigger]
    assert (event.type, event.subtype) == ("violence against civilians", subtype)
    assert _sides(event) == _expect(text, actor, target)


@pytest.mark.parametrize(("head", "dead"), [
    ("مسلحون يقتلون سائحا", "سائحا"),
    ("مسلح يقتل سائحا بريطانيا", "سائحا"),
    ("مقتل سائحة في هجوم مسلح", "سائحة"),
])
def test_a_tourist_is_counted(nlp, head, dead):
    text = head + _BODY
    (event,) = _events(nlp, text)
    assert event.fatalities["value"] == 1
    assert (event.fatalities["start"], event.fatalities["end"]) == _span(text, dead)


@pytest.mark.parametrize(("head", "victim"), [
    # passive: "a young man was killed", "a soldier was killed"
    ("شاب قتل برصاص الشرطة", "شاب"),
    ("جندي قتل في هجوم", "جندي"),
    ("شاب قتل", "شاب"),
])
def test_passive_past_headline_has_no_doer(nlp, head, victim):
    for event in _events(nlp, head + _BODY):
        assert not any(a["role"] == "actor" and a["text"] == victim for a in event.actors)


# -- 4. beating to death ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("head", "trigger", "actor", "target"), [
    ("القيروان : ضرب كهلا بالحجارة حتى الموت", "ضرب", None, "كهلا"),  # ANT 7713
    ("ضرب زوجته حتى الموت", "ضرب", None, "زوجته"),
    ("شاب يضرب والدته حتى الموت", "يضرب", "شاب", "والدته"),
    ("قال إن مجهولين ضربوه حتى الموت", "ضربوه", "مجهولين", None),
])
def test_beaten_to_death(nlp, head, trigger, actor, target):
    text = head + _BODY
    (event,) = [e for e in _events(nlp, text) if e.text == trigger]
    assert (event.type, event.subtype) == ("violence against civilians", "attack")
    assert event.fatalities["value"] == 1
    assert _sides(event) == _expect(text, actor, target)


def test_a_beating_in_a_headline(nlp):
    text = "تلميذ يضرب أستاذه" + _BODY
    (event,) = _events(nlp, text)
    assert (event.type, event.subtype) == ("violence against civilians", "attack")
    assert _sides(event) == _expect(text, "تلميذ", "أستاذه")
    assert event.fatalities is None


@pytest.mark.parametrize("text", [
    "سجين يضرب عن الطعام" + _BODY,  # a hunger strike
    "وقد ضرب موعدا مع الصحافة.",
    "ضرب الزلزال المدينة فجر اليوم.",
    "وقال إن الشرطة ضربت المحتجين.",  # no headline, no death: not read here
])
def test_no_beating(nlp, text):
    assert not any(e.subtype == "attack" and e.text.startswith(("ضرب", "يضرب")) for e in _events(nlp, text))


def test_victim_named_as_the_target(nlp):
    # ANT 8011: the child is the target of the assault listed after the kidnapping, which stays its own event
    text = "حيث قام القاتل باختطاف الطفل ياسين والاعتداء عليه جنسيا."
    found = {e.subtype: _sides(e) for e in _events(nlp, text)}
    assert found == {"abduction/forced disappearance": _expect(text, None, "الطفل"),
                     "sexual violence": _expect(text, None, "ياسين")}
