"""Events, session 47, second wave (ev47b).

1. A long subject between a verb of doing or undertaking and the act ("قام أحد الأشخاص المتواجدين بالمكان بطعنه",
   "قام سائق شاحنة بدهسهم", ANT 152, 1892) is the act's actor: a person noun no candidate reads, after "أحد/إحدى" or
   right after the verb, with its adjectives.
2. Killings told other ways: burnt alive ("قبل أن يحرق حيا", ANT 7286) is a killing, not property destruction; a
   manner accusative after a death word ("مقتل شاب ذبحا", "لقي شاب حتفه خنقا.") is no trigger of its own.
3. A robbery's person told apart from its object (after "من", a waylaying verb's pronoun "اعترضه", "الضيف") makes it
   an attack on civilians (ANT 7906, 7961, 8279).
4. A name right after a kin noun ("أرملة محمد البراهمي", held-out 6110) is no actor of the act told after it.
"""

from __future__ import annotations

import pytest

from event_cases import events_of as _events
from event_cases import roles_of as _roles
from event_cases import span_of as _span


def _actor(event) -> tuple[str, int, int] | None:
    found = [(a["text"], a["start"], a["end"]) for a in event.actors if a["role"] == "actor"]
    return found[0] if found else None


# -- 1. a long subject of قام / أقدم / عمد --------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("وقام أحد الأشخاص المتواجدين بالمكان بطعنه بسكين.", "طعنه", "الأشخاص المتواجدين"),
    ("قام أحد الأشخاص بطعن شاب أمام المعهد.", "طعن", "الأشخاص"),
    ("أقدم أحد الأشخاص المتواجدين بالمكان على طعن شاب.", "طعن", "الأشخاص المتواجدين"),
    ("قامت إحدى الفتيات بطعن زميلتها في المعهد.", "طعن", "الفتيات"),
    ("عمد أحد التلاميذ إلى طعن زميله بسكين.", "طعن", "التلاميذ"),
    ("قام سائق شاحنة بطعن شاب في الطريق.", "طعن", "سائق"),
    ("فقام مواطن بطعن جاره في حي التضامن.", "طعن", "مواطن"),
])
def test_long_subject_of_a_deed_verb(nlp, text, trigger, actor):
    (event,) = [e for e in _events(nlp, text) if e.text == trigger]
    assert (event.type, event.subtype) == ("violence against civilians", "attack")
    assert _actor(event) == (actor, *_span(text, actor))


def test_truck_driver_rams_passers_by(nlp):
    """ANT 152: the ramming's doer is the truck driver ("سائق"), the head of the subject."""
    text = ("قالت مصادر إعلامية فنلندية، إن 3 أشخاص على الأقل، أصيبوا بجروح، بعد أن قام سائق شاحنة بطعنهم قرب محطة "
            "القطار في العاصمة هيلسنكي.")
    (event,) = [e for e in _events(nlp, text) if e.text == "بطعنهم" or e.text == "طعنهم"]
    assert _actor(event) == ("سائق", *_span(text, "سائق"))


def test_subject_after_a_place_is_not_read_past_the_clause(nlp):
    """Control: a subject noun read elsewhere stays as it was ("قام أحد المنحرفين", a candidate of its own)."""
    text = "قام أحد المنحرفين المعروفين بالجهة بطعن شاب."
    (event,) = _events(nlp, text)
    assert _actor(event) == ("المنحرفين المعروفين", *_span(text, "المنحرفين المعروفين"))
    assert ("target", "شاب") in _roles(event)


def test_no_actor_from_a_thing_after_the_verb(nlp):
    """Control: "قام الجيش" stays the armed subject; a thing is no person ("قام الحريق بإتلاف" gives no actor)."""
    text = "قامت الوحدات الأمنية بإيقاف شاب في سوسة."
    (event,) = _events(nlp, text)
    assert event.subtype == "arrests"
    assert _actor(event) == ("الوحدات الأمنية", *_span(text, "الوحدات الأمنية"))


# -- 2. killings told other ways ------------------------------------------------------------------------------------
ABU_KHDEIR = ('يذكر أن الطفل الشهيد "محمد أبو خضير" (17 سنة) كان قد خطف وعذب قبل أن يحرق حيا يوم 2 جويلية الجاري '
              "بمدينة القدس المحتلة، على أيدي مستوطنين متطرفين.")


def test_burnt_alive_is_a_killing(nlp):
    """Held-out 7286: "يحرق حيا" was property destruction; it is an attack with one dead."""
    (event,) = [e for e in _events(nlp, ABU_KHDEIR) if e.text == "يحرق"]
    assert (event.start, event.end) == _span(ABU_KHDEIR, "يحرق")
    assert (event.type, event.subtype) == ("violence against civilians", "attack")
    assert event.fatalities["value"] == 1


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("أحرقه شقيقه حيا في منزله.", "أحرقه", "شقيقه"),
    ("أقدم شاب على حرق زوجته حية.", "حرق", "شاب"),
    ("قام مستوطنون بحرق رضيع حيا في قرية دوما.", "حرق", "مستوطنون"),
    ("وأحرقها حية أمام أطفالها.", "أحرقها", None),
])
def test_burnt_alive_forms(nlp, text, trigger, actor):
    (event,) = [e for e in _events(nlp, text) if e.text == trigger]
    assert (event.type, event.subtype) == ("violence against civilians", "attack")
    assert event.fatalities["value"] == 1
    if actor is not None:
        assert _actor(event) == (actor, *_span(text, actor))


def test_burning_a_house_stays_destruction(nlp):
    """Control: a home burnt is property destruction, no one dead."""
    text = "أحرق مجهولون منزلا في القيروان."
    (event,) = _events(nlp, text)
    assert event.subtype == "looting/property destruction"
    assert event.fatalities is None


@pytest.mark.parametrize(("text", "trigger", "victim"), [
    ("مقتل شاب ذبحا في القيروان.", "مقتل", "شاب"),
    ("ومقتل امرأتين خنقا داخل منزلهما.", "مقتل", "امرأتين"),
    ("قتل شاب ذبحا في منزله.", "قتل", "شاب"),
])
def test_manner_after_a_death_word_keeps_the_victim(nlp, text, trigger, victim):
    """"ذبحا" was the trigger and the victim was lost; the death word is the event's and its victim the target."""
    (event,) = [e for e in _events(nlp, text) if e.text.endswith(trigger)]
    assert (event.type, event.subtype) == ("violence against civilians", "attack")
    assert ("target", victim) in _roles(event)
    assert not any(e.text in ("ذبحا", "خنقا") for e in _events(nlp, text))


@pytest.mark.parametrize("text", ["لقي شاب حتفه خنقا.", "لقي كهل حتفه ذبحا.", "لقيت امرأة حتفها خنقا."])
def test_manner_at_a_sentence_end(nlp, text):
    """"لقي شاب حتفه خنقا." gave no event: the weapon word was read with its full stop."""
    (event,) = _events(nlp, text)
    assert event.text in ("حتفه", "حتفها")
    assert event.fatalities["value"] == 1


@pytest.mark.parametrize(("text", "trigger", "dead", "target"), [
    ("قبل أن يفر عبر بوابات البرلمان ويطعن شرطيا حتى الموت.", "يطعن", 1, "شرطيا"),
    ("بعد شجار بينهما : طعنه حتى الموت في المنستير", "طعنه", 1, None),
    ("طعن مهاجمون حتى الموت خمسة أشخاص في حشد.", "طعن", 5, None),
    ("قام مريض يبلغ من العمر حوالي 70 عاما بإحدى مستشفيات اسرائيل بحرق ممرضة حتى الموت.", "حرق", 1, None),
])
def test_to_death(nlp, text, trigger, dead, target):
    """ANT 1830, 8531, 1467, 1647: "حتى الموت" after a harm is a killing (the stab verb outside a headline, too)."""
    (event,) = [e for e in _events(nlp, text) if e.text == trigger]
    assert (event.start, event.end) == _span(text, trigger)
    assert (event.type, event.subtype) == ("violence against civilians", "attack")
    assert event.fatalities["value"] == dead
    if target is not None:
        assert ("target", target) in _roles(event)


def test_stab_verb_alone_stays_headline_only(nlp):
    """Control: a bare stab verb in a body sentence with no "حتى الموت" is still no event ("يطعن في قرار")."""
    assert not _events(nlp, "وقال إنه سيطعن في قرار إقالته أمام المحكمة الإدارية.")


# -- 3. a robbery's person -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "trigger"), [
    ("يذكر أن شخصين كانا على متن دراجة نارية قاما بسلب حقيبة بها مبلغ مالي هام من صاحب مصنع للأحذية إيطالي الجنسية.",
     "سلب"),
    ("بعد أن اعترضه مجهولون على متن سيارتين دون لوحات منجمية وقاموا بسلب مبلغ مالي يقدر ب25 ألف دينار.", "سلب"),
    ("واعترضوا سبيلها وقاموا بسلب مبلغ مالي.", "سلب"),
    ('ثم انضم إليه أربعة أشخاص آخرين وقاموا بسلب "الضيف" الياباني هاتفه الجوال.', "سلب"),
    ("قام منحرفان بسلب حريف أمام المقهى.", "سلب"),
    ("قام شابان بسلب هاتف جوال من مواطن في محطة المترو.", "سلب"),
])
def test_robbery_of_a_person_told_apart(nlp, text, trigger):
    (event,) = [e for e in _events(nlp, text) if e.text == trigger]
    assert (event.start, event.end) == _span(text, trigger)
    assert (event.type, event.subtype) == ("violence against civilians", "attack")


@pytest.mark.parametrize("text", [
    "قام مجهولون بسلب مبلغ مالي من خزينة الشركة.",
    "قام مجهولون بسلب محل تجاري في سوسة.",
])
def test_robbery_of_goods_stays_looting(nlp, text):
    (event,) = [e for e in _events(nlp, text) if e.text == "سلب"]
    assert (event.type, event.subtype) == ("strategic developments", "looting/property destruction")


# -- 4. a name after a kin noun --------------------------------------------------------------------------------------
WIDOW = ("حمّلت مباركة عواينية، أرملة محمد البراهمي الرؤساء الثلاثة مسؤولية عدم الكشف عن حقيقة الاغتيالات السياسية "
         "في تونس.")


def test_name_after_a_widow_is_no_actor(nlp):
    """Held-out 6110: the slain البراهمي was the actor of the assassinations."""
    (event,) = [e for e in _events(nlp, WIDOW) if e.text == "الاغتيالات"]
    assert not any(a["text"] == "محمد البراهمي" for a in event.actors)


@pytest.mark.parametrize(("text", "trigger"), [
    ("اتهمت زوجة محمد علي الشرطة بقتل ابنها.", "قتل"),
    ("وحمّل نجل شكري بلعيد الحكومة مسؤولية الاغتيال.", "الاغتيال"),
])
def test_name_after_kin_forms(nlp, text, trigger):
    (event,) = [e for e in _events(nlp, text) if e.text == trigger]
    assert not any(a["role"] == "actor" and a["text"] in ("محمد علي", "شكري بلعيد") for a in event.actors)


def test_name_as_subject_stays_actor(nlp):
    """Control: a name with no kin noun before it is still the doer."""
    text = "قتل محمد البراهمي زوجته."
    (event,) = _events(nlp, text)
    assert _actor(event) == ("محمد البراهمي", *_span(text, "محمد البراهمي"))
