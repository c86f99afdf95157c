"""Events, session 43 (ev43).  A demonstrative before an attack noun ("وقبل هذا الاعتداء") names the attack told
before, whatever the place and day of its own sentence, and is never a new one; an attack noun after في/جراء
("واستشهد في الهجوم عون أمن") gives its victims to the attack told with an attack noun; kin nouns joined by و are one
target each; a speaker before a headline colon is no actor; a nisba after "بينهم + number" is no place; stopping an
activity ("الإيقاف الفوري لسكب …") and an arrest of an animal ("اعتقل الجيش كلبا") are no arrests."""

from __future__ import annotations

import pytest

from event_cases import events as _events
from event_cases import located


# 1. a demonstrative + attack noun is the attack told last (ANT 5018's last sentence after its first)
@pytest.mark.parametrize("text", [
    # the day (2016) and place (تونس) of its sentence differ from the attack's: still that attack
    "وقتل 38 شخصا في هجوم على نزل بسوسة. وبعد الهجوم قررت بريطانيا إجلاء رعاياها. وقبل هذا الاعتداء كان يزور تونس "
    "سنويا اكثر من 400 الف سائح بريطاني.",
    # ذلك with the feminine-free masculine noun, with و and a preposition
    "وقتل 38 شخصا في هجوم على نزل بسوسة. وقررت بريطانيا إجلاء رعاياها. ومنذ ذلك الهجوم لم يزر تونس في 2016 سوى "
    "نحو 20 الف سائح بريطاني.",
])
def test_demonstrative_attack_is_the_one_told(nlp, text):
    assert _events(nlp, text, counts=True) == [("هجوم", "attack", False, [("target", "نزل")], 38, None)]
    assert [e.location["text"] for e in located(nlp, text)] == ["سوسة"]


def test_demonstrative_attack_told_far_back_is_no_new_one(nlp):
    """ANT 7283 (held-out): "مؤيدو هذا الإعتداء" five sentences after the strike it names: no attack of its own."""
    text = ("وقتل 38 شخصا في هجوم على نزل بسوسة في صيف 2015. وقررت بريطانيا إجلاء رعاياها. وتراجع عدد السياح. وقالت "
            "الوزارة إن الموسم صعب. وتعمل السلطات على تحسين الوضع. وقبل هذا الاعتداء كان يزور تونس سنويا اكثر من 400 "
            "الف سائح بريطاني.")
    assert _events(nlp, text, counts=True) == [("هجوم", "attack", False, [("target", "نزل")], 38, None)]


def test_demonstrative_claim_names_the_attack_not_the_clash_after_it(nlp):
    """ANT 1947 (dev): "أعلن مسؤوليته عن هذا الهجوم" after an exchange of fire is the attack of the first sentence."""
    text = ("قتل جندي في هجوم على حاجز بالعريش. وتبادل الجنود إطلاق النار مع المسلحين. وأعلن تنظيم داعش "
            "مسؤوليته عن هذا الهجوم.")
    got = _events(nlp, text)
    assert [e[0] for e in got] == ["هجوم", "إطلاق النار"]
    assert ("actor", "داعش") in got[0][3] and ("actor", "داعش") not in got[1][3]


# 2. the toll told after "في الهجوم" / "جراء التفجير" is the attack's (ANT 5504)
@pytest.mark.parametrize(("text", "counts"), [
    ("استهدف مسلحون دورية أمنية بولاية قبلي. واستشهد في الهجوم عون أمن، وأصيب إثنان آخران .", (1, 2)),
    ("فجر انتحاري حزامه الناسف قرب سوق في بغداد. وقتل جراء التفجير 5 مدنيين.", (5, None)),
])
def test_toll_in_the_attack_told_before(nlp, text, counts):
    got = _events(nlp, text, counts=True)
    assert len(got) == 1 and got[0][4:] == counts


def test_attack_noun_with_its_adjective_counts_no_victim(nlp):
    """ANT 2460 (dev): "قتلا في الهجوم الإرهابي الذي جد": the adjective is no one killed."""
    text = "اللذين قتلا في الهجوم الإرهابي الذي جد ليلة أمس في ملهى ليلي بمدينة اسطنبول."
    assert _events(nlp, text, counts=True) == [("الهجوم", "attack", False, [], None, None)]


# 3. kin joined by و: one target each
@pytest.mark.parametrize(("text", "expected"), [
    ("قتل رجل زوجته وابنته وشقيقها في مدينة صفاقس.",
     [("قتل", "attack", False, [("actor", "رجل"), ("target", "زوجته"), ("target", "ابنته"), ("target", "شقيقها")],
       3, None)]),
    ("ذبحت امرأة ابنتها وابنها في القيروان.",
     [("ذبحت", "attack", False, [("actor", "امرأة"), ("target", "ابنتها"), ("target", "ابنها")], 2, None)]),
])
def test_kin_targets(nlp, text, expected):
    assert _events(nlp, text, counts=True) == expected


# 4. a headline speaker before its colon (ANT 5454; dev 175, 1602)
def test_headline_speaker_is_no_actor(nlp):
    text = "وزارة الخارجية : حالة أحد المصابيْن التونسيين في هجوم كندا الإرهابي حرجة"
    assert _events(nlp, text) == [("هجوم", "attack", False, [])]


def test_headline_speaker_of_a_strike_stays(nlp):
    """ANT 2865 (dev): the strike the headline's speaker tells keeps the teachers the lead names."""
    text = ("اليعقوبي : الإضراب ناجح بنسب عالية جدا ولا مكان لجلول بيننا\n"
            "وصف كاتب عام النقابة الأساسية للتعليم الثانوي، لسعد اليعقوبي، الإضراب الذي يخوضه الأساتذة اليوم بالناجح.")
    assert ("actor", "الأساتذة") in _events(nlp, text)[0][3]


# 5. a nisba counted among the victims is no place (ANT 5018)
@pytest.mark.parametrize("text", [
    "وسيمثل أمام القضاء 33 تونسيا، في الاعتداء الذي قتل فيه 38 شخصا بينهم 30 بريطانيا.",
    "وقتل في الاعتداء 12 شخصا ومنهم 3 فرنسيا.",
])
def test_nationality_counted_is_no_place(nlp, text):
    evs = located(nlp, text)
    assert evs and all(e.location is None for e in evs)


# 6. no arrest: an activity stopped, an animal taken
def test_activity_stopped_is_no_arrest(nlp):
    text = ("قابس : محتجون يطالبون بغلق معمل الفوسفوجيبس\n"
            "نفذت اليوم مكونات من المجتمع المدني بقابس وقفة احتجاجية سلمية على مستوى السكك الحديدية بالمدخل الجنوبي "
            "للمنطقة الصناعية بقابس، جددت من خلاله طلبها بالإيقاف الفوري لسكب الفوسفوجيبس في البحر.")
    assert _events(nlp, text) == [("وقفة احتجاجية", "peaceful protest", False, [("actor", "محتجون")])]


@pytest.mark.parametrize("text", [
    "اعتقل الجيش الإسرائيلي كلبا في نابلس.",
    "اعتقلت قوات الاحتلال كلبا في الخليل.",
    "اعتقلت الشرطة حمارا محملا بالمخدرات قرب الحدود.",
])
def test_animal_after_the_subject_is_no_arrest(nlp, text):
    assert _events(nlp, text) == []


@pytest.mark.parametrize(("text", "target"), [
    ("اعتقل الجيش شابا كان يقود حمارا في نابلس.", "شابا"),  # the person first: an arrest
    ("تم إيقاف شخصين بمدينة صفاقس.", "شخصين"),
])
def test_person_taken_stays_an_arrest(nlp, text, target):
    assert [(e[1], e[3][-1]) for e in _events(nlp, text)] == [("arrests", ("target", target))]
