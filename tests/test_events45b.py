"""Events, session 45 second wave (ev45b).  A pronoun-suffixed verbal noun after و retells the act of the noun
before it ("حرق منزل حياة بن علي ونهبه", ANT 6210): the name between is its target, never its actor; a word written
with ta marbuta is no verb with its object pronoun ("حوادث قاتلة", ANT 2578); a security unit's seat ("للحرس الوطني
بسوسة") yields to the place the sentence gives the act after its trigger (ANT 7710); an imperfect "يستهدف" after a
relative pronoun whose antecedent is an abstract threat is no act (ANT 7113)."""

from __future__ import annotations

import pytest

REF = "2017-06-01"
BODY = "\nوقد فتحت الوحدات الأمنية بحثا في الموضوع."


def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def _events(nlp, text: str) -> list:
    return list(nlp(text, reference_date=REF).layers["events"])


# ANT 6210 (held-out): the headline's "ونهبه" retells the burning of the house; حياة بن علي owns the house
@pytest.mark.parametrize(("text", "name"), [
    ("محكمة قرمبالية تنظر في قضية حرق منزل حياة بن علي ونهبه", "حياة بن علي"),  # ANT 6210
    ("محكمة قرمبالية تنظر في قضية حرق منزل نعيمة بن علي ونهبه", "نعيمة بن علي"),  # ANT 6276
    ("تم حرق منزل حياة بن علي ونهبه", "حياة بن علي"),
    ("تم إحراق منزل محمد الغنوشي ونهبه", "محمد الغنوشي"),
])
def test_retold_masdar_takes_no_actor_before(nlp, text, name):
    (event,) = [e for e in _events(nlp, text) if e.text == "نهبه"]
    assert not any(a["role"] == "actor" for a in event.actors)
    (target,) = [a for a in event.actors if a["role"] == "target"]
    assert (target["start"], target["end"]) == _span(text, name)


def test_retold_masdar_keeps_doer_of_other_act(nlp):
    """Not after an act of another kind: "اقتحام" is an attack, its looting keeps the men who stormed."""
    text = "أقدم مسلحون على اقتحام منزل المواطن ونهبه"
    (loot,) = [e for e in _events(nlp, text) if e.text == "نهبه"]
    assert [(a["role"], a["text"]) for a in loot.actors] == [("actor", "مسلحون")]


# ANT 2578 (dev): a boat that sank; "حوادث قاتلة" was read as the verb "قاتله" (he fought him), a battle with داعش
@pytest.mark.parametrize("text", [
    'أضحى شباب بن قردان تائها بين "خطر التهريب وارهاب داعش وارهاب الطرقات وما تخلفه من حوادث قاتلة"',
    "حذر من خطر الإرهاب وما يخلفه من حوادث قاتلة في المدن التي يسيطر عليها تنظيم داعش",
    "كانت رحلة قاتلة لعناصر تنظيم داعش",
])
def test_ta_marbuta_is_no_verb(nlp, text):
    assert not any(e.type == "battles" for e in _events(nlp, text))


def test_fought_with_pronoun_stays_battle(nlp):
    text = "قاتلته عناصر تنظيم داعش في الموصل"
    (event,) = _events(nlp, text)
    assert (event.type, event.text) == ("battles", "قاتلته")


# ANT 7710 (held-out): the unit sits in Sousse, the arrest was near القلعة الكبرى
KALAA = ("القلعة الكبرى : الإطاحة بعنصر خطير صادرة في شأنه 9 مناشير تفتيش\n"
         "ألقى أعوان فرقة الأبحاث العدلية للحرس الوطني بسوسة، صباح اليوم الأحد 5 فيفري 2017، القبض على عنصر خطير، "
         "يبلغ من العمر نحو 30 عاما، في أحد أحواز مدينة القلعة الكبرى.")


def test_unit_seat_yields_to_act_place(nlp):
    body = KALAA.index("\n")
    arrest = next(e for e in _events(nlp, KALAA) if e.text == "القبض على")
    assert (arrest.location["start"], arrest.location["end"]) == _span(KALAA, "القلعة الكبرى", body)


@pytest.mark.parametrize(("text", "place"), [
    # ANT 8269 (held-out): the seat in Tajerouine, the arrest at the entrance of Jerissa
    ("تمكنت الوحدات الأمنية التابعة لمنطقة الأمن الوطني بتاجروين، عشية اليوم الجمعة، من إيقاف مروج مخدرات، في "
     "مدخل مدينة الجريصة، بينما كان قادما من مدينة الكاف.", "الجريصة"),
    ("ألقى أعوان فرقة الشرطة العدلية بالقيروان، مساء أمس، القبض على ثلاثة منحرفين، بمدينة حفوز.", "حفوز"),
    ("ألقت الوحدات الأمنية التابعة لإقليم الحرس الوطني بسوسة، ليلة أمس، القبض على شابين، في حي الرياض.", "الرياض"),
])
def test_unit_seat_yields_family(nlp, text, place):
    (event,) = _events(nlp, text)
    assert (event.location["start"], event.location["end"]) == _span(text, place)


def test_reporter_place_is_no_act_place(nlp):
    """ANT 7866 (held-out): the correspondent's town after the arrest does not move it from the unit's town."""
    text = ("أمكن للوحدات الأمنية التابعة لمنطقة الامن الوطني بمنزل بورقيبة، من القبض على شخص مفتش عنه، وفق ما افاد "
            "به مصدر أمني لمراسل الجوهرة أف أم في بنزرت.")
    (event,) = _events(nlp, text)
    assert (event.location["start"], event.location["end"]) == _span(text, "منزل بورقيبة")


def test_unit_seat_alone_stays(nlp):
    """With no place of the act after the trigger, the unit's seat is still the event's place."""
    text = "تمكنت فرقة الشرطة العدلية بالقيروان من إيقاف شخص مفتش عنه."
    (event,) = _events(nlp, text)
    assert (event.location["start"], event.location["end"]) == _span(text, "القيروان")


# ANT 7113 (held-out): a threat told in a relative clause, no explosion
@pytest.mark.parametrize("text", [
    "واعتبر بالطيب أن الخطر الإرهابي الذي يستهدف مؤسسات الدولة ومقوماتها يفرض إعادة تشكيل جبهة الإنقاذ",
    "حذر الوزير من التهديدات التي تستهدف المنشآت الحيوية في البلاد",
    "ندد الحزب بالإرهاب الذي يستهدف تونس",
])
def test_abstract_threat_is_no_act(nlp, text):
    assert _events(nlp, text) == []


def test_attack_in_relative_clause_stays(nlp):
    text = "أدان الحزب الهجوم الإرهابي الذي استهدف مؤسسات الدولة في سوسة"
    assert [e.text for e in _events(nlp, text)] == ["الهجوم"]


# Family 4: a headline's bare kin noun (singular or dual) before the act's imperfect verb is its doer
@pytest.mark.parametrize(("headline", "actor", "target"), [
    ("أب يقتل ابنه في القيروان", "أب", "ابنه"),
    ("والد يقتل ابنه في القيروان", "والد", "ابنه"),
    ("شقيقان يقتلان جارهما بالقيروان", "شقيقان", "جارهما"),  # the dual
    ("القيروان : أم تقتل رضيعها", "أم", "رضيعها"),  # feminine, after the place and its colon
])
def test_headline_bare_kin_is_the_actor(nlp, headline, actor, target):
    text = headline + BODY
    (event,) = _events(nlp, text)
    assert {(a["role"], a["text"]) for a in event.actors} == {("actor", actor), ("target", target)}
    a = next(a for a in event.actors if a["role"] == "actor")
    assert (a["start"], a["end"]) == _span(text, actor)


def test_body_bare_kin_is_no_actor(nlp):
    """Not in a body sentence: "وقال المصدر إن أب يقتل ابنه" keeps no kin doer."""
    text = "تونس : حادثة في القصرين\nوقال المصدر إن أب يقتل ابنه كل يوم في الحي."
    assert not any(a["role"] == "actor" and a["text"] == "أب" for e in _events(nlp, text) for a in e.actors)
