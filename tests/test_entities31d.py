"""Session 31 (ent31d): false spans the tagger makes and names it cuts.  Names made with "الله" whose first word the
rules did not know ("ذبيح الله مجاهد", "حشمت الله ستانكزي"), or is an ordinary word too ("فضل الله صالح", not "بفضل
الله"); drugs are no names ("كبتاغون"); a name never ends in a noun with a pronoun suffix ("خراسان مسؤوليته") nor in
a preposition with one ("الصلابي له"); an occupation and its adjectives are no part of a person ("الطالب سيدي محمد
ولد أحمد"); the name after a bridge's, an airport's or a port's head is a place ("جسر شمبات")."""

from __future__ import annotations

import pytest

from entity_cases import analyzed_entities as _entities
from entity_cases import assert_span as _span


@pytest.mark.parametrize(("text", "surface"), [
    ("وقال ذبيح الله مجاهد على تويتر إن الهجوم وقع فجر اليوم.", "ذبيح الله مجاهد"),
    ("وأعلن المتحدث باسم الحكومة ذبيح الله مجاهد أن الحركة ستحقق في الحادث.", "ذبيح الله مجاهد"),
    ("وقال المتحدث باسم الشرطة حشمت الله ستانكزي إن المهاجمين قتلوا.", "حشمت الله ستانكزي"),
    ("وقال والي قندهار نجيب الله أحمدي إن الوضع مستقر.", "نجيب الله أحمدي"),
    ("وقال النائب فضل الله صالح إن البرلمان سيناقش القانون.", "فضل الله صالح"),
    ("وقال محمد حسين فضل الله في خطبة الجمعة إن الوحدة واجبة.", "محمد حسين فضل الله"),
    ("وأضاف غرس الله أن هذه المدونة ستعرض على البرلمان.", "غرس الله"),
    ("وقال قائد كتيبة راف الله السحاتي إن المعسكر تعرض لقصف.", "راف الله السحاتي"),
    ("وقال سيف الله الطاهري، قائد الشرطة في ولاية هلمند، إن القتلى كانوا مدنيين.", "سيف الله الطاهري"),
    ("وأفاد عطاء الله محمدي بأن الانفجار استهدف سوقا شعبيا.", "عطاء الله محمدي"),
    ("وقال الأمين العام لحزب الله حسن نصر الله في كلمة متلفزة إن المقاومة جاهزة.", "حسن نصر الله"),
])
def test_name_made_with_allah_is_one_person(text, surface):
    _span(text, surface, "PER")


@pytest.mark.parametrize("text", [
    "نسأل الله أن يتغمده برحمته، وكان بفضل الله أولا.",
    "رحمة الله عليه، وفي أمان الله ورعايته.",
    "وقال شكر الله سعيكم الطيب.",
])
def test_phrase_with_allah_is_no_person(text):
    assert not [e for e in _entities(text) if e[0] == "PER"]


@pytest.mark.parametrize(("text", "drug"), [
    ("ضبطت السلطات 627 ألف حبة كبتاغون في ميناء جدة.", "كبتاغون"),
    ("وأعلنت الشرطة ضبط 3 آلاف قرص ترامادول في مدينة الإسكندرية.", "ترامادول"),
    ("وحجزت الجمارك 2 كلغ من الكوكايين و500 غرام من الهيروين بمطار قرطاج.", "الكوكايين"),
    ("أحبطت القوات تهريب 4 ملايين حبة من الكبتاجون عبر الحدود السورية.", "الكبتاجون"),
    ("وقالت إدارة مكافحة المخدرات إن شحنة الكابتاغون قادمة من لبنان.", "الكابتاغون"),
])
def test_drug_is_no_name(text, drug):
    found = _entities(text)
    assert not [e for e in found if drug in e[1]], found


@pytest.mark.parametrize(("text", "expected"), [
    ("ويشار إلى أن حي مولنبيك يسكنه عدد كبير من المهاجرين.", [("LOC", "مولنبيك")]),
    ("المناظير إبلاغ أقرب محكمة إليه، وتسجيل شهادته.", []),
])
def test_name_stops_before_a_word_with_a_pronoun(text, expected):
    assert _entities(text) == expected


def test_group_claiming_responsibility_stops_before_the_noun():
    found = _entities("وتبنى تنظيم ولاية خراسان مسؤوليته عن التفجير في مدينة قندوز.")
    assert not [e for e in found if "مسؤوليته" in e[1]], found
    assert ("LOC", "قندوز") in found


def test_person_stops_before_a_preposition_with_a_pronoun():
    assert ("PER", "الصلابي") in _entities("قال الغنوشي إن الشيخ الصلابي له علاقات جيدة جدا.")


@pytest.mark.parametrize(("text", "name"), [
    ("وقالت وزيرة الصناعة والطاقة والمناجم والطاقات المتجددة، هالة شيخ روحه، ان مشروع غاز نوارة سيدخل حيز الإنتاج.",
     "هالة شيخ روحه"),
    ("وفق فيديو نشرته دويتشه فيله.", "دويتشه فيله"),
    ("وتساقطت الثلوج على مدينة عين دراهم.", "عين دراهم"),
])
def test_name_ending_like_a_pronoun_stays(text, name):
    found = _entities(text)
    assert any(e[1] == name for e in found), found


@pytest.mark.parametrize(("text", "surface"), [
    ("وأكد الطالب سيدي محمد ولد أحمد أن الشرطة اعتدت عليهم.", "سيدي محمد ولد أحمد"),
    ("وأعرب الرسام الكاريكاتوري المصري \"جورج بيجوري\" عن سعادته.", "جورج بيجوري"),
    ("ويقول الباحث ليندي إلكينز تانتون من جامعة ولاية أريزونا إن الكويكب معدني.", "ليندي إلكينز تانتون"),
    ("وأوضح المحامي التونسي أيمن بن سالم أن موكله بريء.", "أيمن بن سالم"),
])
def test_occupation_is_no_part_of_the_person(text, surface):
    _span(text, surface, "PER")
    assert not [e for e in _entities(text) if e[0] == "PER" and e[1] != surface and surface in e[1]]


def test_given_name_that_is_a_title_keeps_its_family_name():
    _span("وقال الأمين النهدي إن المسرحية ستعرض قريبا.", "الأمين النهدي", "PER")


@pytest.mark.parametrize(("text", "surface"), [
    ("أعلن الجيش السوداني استعادة السيطرة على جسر شمبات الاستراتيجي الذي يربط بين مدينتي الخرطوم بحري وأم درمان.",
     "شمبات"),
    ("وقصفت الطائرات مطار الشعيرات العسكري في ريف حمص.", "الشعيرات"),
    ("وسيطرت القوات على جسر الحلفايا بعد معارك عنيفة.", "الحلفايا"),
    ("وأعلن التحالف استهداف ميناء الحديدة بغارات جوية.", "الحديدة"),
    ("ووصل الوفد إلى مطار قرطاج الدولي.", "قرطاج"),
])
def test_name_after_a_bridge_airport_or_port_is_a_place(text, surface):
    _span(text, surface, "LOC")


@pytest.mark.parametrize("text", [
    "وتم بناء جسر شاهق فوق النهر.",
    "وانتظر المسافرون في مطار قبل أن يغادروا.",
    "وقال إن جسر الثقة بين الطرفين انهار.",
    "وأغلق الجسر الرابط بين المدينتين.",
])
def test_bridge_or_airport_without_a_name(text):
    assert _entities(text) == []


@pytest.mark.parametrize(("text", "surface"), [
    ("وأفاد المصدر أن القذائف سقطت على حيي الحمدانية وحلب الجديدة، ملحقة أضرارا مادية بالممتلكات.", "حلب الجديدة"),
    ("وأصيب ثلاثة مدنيين في حي تطاوين الجديدة برصاص مجهولين.", "تطاوين الجديدة"),
])
def test_new_or_old_quarter_after_a_quarter_head(text, surface):
    _span(text, surface, "LOC")


@pytest.mark.parametrize("text", [
    "وتجول الوفد في مدينة دمشق القديمة وزار الجامع الأموي.",
    "وسقطت قذيفة على حي الحمدانية في حلب الجديدة.",
    "وقال إن دمشق القديمة تعاني من الإهمال.",
    "بعد ساعات على سيطرة قوات النظام على أحياء حلب القديمة وانسحاب مقاتلي المعارضة منها.",
])
def test_old_city_without_a_quarter_head_is_the_town(text):
    found = _entities(text)
    assert not [e for e in found if "القديمة" in e[1] or "الجديدة" in e[1]], found
