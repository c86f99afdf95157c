"""The events stage, session 18: the subject of a verb whose object is the event before it is the event's actor
("الهجوم الذي نفذته حركة الشباب", "هجوم شنه تنظيم داعش", "المجزرة التي ارتكبتها قوات النظام", "الهجوم الذي قام به
مسلحون"); it had been read as the target. Sentences from ANT v1.1 and their neighbours (the other verbs, the
feminine and plural, the present tense).
"""

from __future__ import annotations

import pytest

REF = "2017-06-01"


def _roles(nlp, text: str, trigger: str) -> tuple[list[str], list[str]]:
    events = [e for e in nlp(text, reference_date=REF).layers["events"] if e.text == trigger]
    assert events, trigger
    actors = [a["text"] for a in events[0].actors if a["role"] == "actor"]
    targets = [a["text"] for a in events[0].actors if a["role"] == "target"]
    return actors, targets


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("مقتل شرطي في هجوم انتحاري نفذته امرأة في اسطنبول", "هجوم انتحاري", "امرأة"),  # ANT
    ("دانت منظمة التعاون الإسلامي الهجوم الذي نفذه إرهابيون على مسجد في مدينة كيبيك الكندية", "الهجوم",
     "إرهابيون"),  # ANT: the condemning organisation is no actor either
    ("لاعتداءات طهران التي تبناها تنظيم الدولة وأوقعت 13 قتيلاً", "اعتداءات", "تنظيم الدولة"),  # ANT
    ("إثر سلسلة مداهمات قامت بها وحدات الحرس الوطني لعدد من منازل أشخاص مشتبه فيهم", "مداهمات",
     "وحدات الحرس الوطني"),  # ANT
    ("قال المتحدث إن 5 جنود قتلوا في هجوم شنه تنظيم داعش على قرية قرب الموصل.", "هجوم", "داعش"),
    ("أسفر الهجوم الذي نفذته حركة الشباب عن مقتل 10 أشخاص.", "الهجوم", "حركة الشباب"),
    ("المجزرة التي ارتكبتها قوات النظام في حلب.", "المجزرة", "قوات النظام"),
    ("الهجمات التي تشنها قوات التحالف على مواقع التنظيم", "الهجمات", "قوات التحالف"),
    ("في الهجوم الذي قام به مسلحون على نقطة تفتيش.", "الهجوم", "مسلحون"),
])
def test_the_subject_of_a_verb_of_the_event_is_its_actor(nlp, text: str, trigger: str, actor: str) -> None:
    actors, targets = _roles(nlp, text, trigger)
    assert actors == [actor]
    assert actor not in targets


@pytest.mark.parametrize(("text", "trigger", "target"), [
    ("أدان الهجوم الذي استهدف قوات الأمن", "الهجوم", "قوات الأمن"),  # a verb of targeting: its object
    ("هجوم شنه مسلحون على مقر الشرطة", "هجوم", "الشرطة"),
])
def test_the_target_stays_the_target(nlp, text: str, trigger: str, target: str) -> None:
    assert target in _roles(nlp, text, trigger)[1]


def test_the_agent_after_a_verb_of_targeting_is_the_attacks(nlp) -> None:
    # ANT: "استهدفها" is merged into the attack; "من طرف" names who attacked, as after the attack itself
    text = "وتمكّنت الدورية الأمنية من صد الهجوم الإرهابي الذي استهدفها من طرف مجموعة إرهابية تضم 4 عناصر."
    actors, targets = _roles(nlp, text, "الهجوم")
    assert actors == ["مجموعة إرهابية"] and targets == []
    # a verbal noun with a pronoun keeps its own agent ("اتهامه من طرف فتاة")
    assert _roles(nlp, "إيقاف شاب بعد اتهامه من طرف فتاة", "إيقاف") == ([], ["شاب"])


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    ("اعترضت قواته صاروخا باليستيا أطلقه الحوثيون باتجاه جازان.", "صاروخا", "الحوثيون"),
    ("باعتراض صاروخ باليستي أطلقته المليشيات الحوثية من محافظة صعدة", "صاروخ", "المليشيات الحوثية"),  # ANT
    ("حل التنظيم بعد خسائر كبيرة في معركة الكرامة التي أطلقها الجيش الليبي.", "معركة", "الجيش الليبي"),  # ANT
    ("قتل 5 أشخاص في انفجار عبوة ناسفة زرعها مسلحون على جانب الطريق", "انفجار", "مسلحون"),
])
def test_who_launched_or_planted_it_is_the_actor(nlp, text: str, trigger: str, actor: str) -> None:
    assert _roles(nlp, text, trigger)[0] == [actor]


@pytest.mark.parametrize(("text", "trigger", "other"), [
    ("سيطرت قوات سوريا الديمقراطية على الحي بعد معارك مع تنظيم داعش.", "معارك", "داعش"),
    ("مقتل شاب في اشتباكات مع عناصر متشددة بمخيم عين الحلوة", "اشتباكات", "عناصر متشددة"),  # ANT
    ("أثناء القتال مع قوات الرئيس بشار الأسد", "القتال", "قوات الرئيس"),  # ANT
])
def test_the_side_after_ma_is_the_other_side(nlp, text: str, trigger: str, other: str) -> None:
    actors, targets = _roles(nlp, text, trigger)
    assert other in targets and other not in actors


@pytest.mark.parametrize("text", [
    "قتلى وجرحى في انفجار بمقديشو",  # headlines of ANT: uncounted dead and wounded
    "سقوط جرحى في اطلاق نار بالسويد",
    "باريس : قتلى في إطلاق نار في الشانزيليزيه",
])
def test_uncounted_dead_or_wounded_make_a_weak_trigger_armed(nlp, text: str) -> None:
    assert list(nlp(text, reference_date=REF).layers["events"])


@pytest.mark.parametrize("text", [
    "قتلى وجرحى في انفجار قارورة غاز بمنزل",  # an accident
    "حوادث المرور تخلف قتلى وجرحى",
])
def test_uncounted_casualties_of_an_accident_are_no_event(nlp, text: str) -> None:
    assert not list(nlp(text, reference_date=REF).layers["events"])


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    # ANT: a terror attack with no armed target named is on civilians
    ("أعلنت الشرطة السويدية أن عدد القتلى في هجوم إرهابي بشاحنة وقع في العاصمة ستوكهولم ارتفع.", "هجوم",
     "violence against civilians"),
    ("مقتل شخصين وتحرير نحو 20 رهينة في هجوم إرهابي على موقع سياحي قرب العاصمة باماكو", "هجوم",
     "violence against civilians"),
    # ... but not with armed victims, an armed target or an armed actor
    ("قتل 5 جنود في هجوم إرهابي على ثكنة", "هجوم", "battles"),
    ("هجوم إرهابي على دورية للجيش في القصرين", "هجوم", "battles"),
    ("قتل 3 جنود في هجوم إرهابي شنه مسلحون على ثكنة", "هجوم", "battles"),
])
def test_a_terror_attack_without_an_armed_side_is_on_civilians(nlp, text: str, trigger: str, kind: str) -> None:
    events = [e for e in nlp(text, reference_date=REF).layers["events"] if e.text == trigger]
    assert [e.type for e in events] == [kind]
