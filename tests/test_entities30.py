"""Session 30: places named after a person (camps, districts, crossings), bases and fronts, villages of two words,
Tunisian delegations named by an ordinary word, and persons cut from the faction word before them or dropped when
they are predicates ("غير صالح") or spoken Tunisian ("مانعرفوش")."""

from __future__ import annotations

import pytest

from entity_cases import analyzed_entities as _entities
from entity_cases import assert_span as _span


@pytest.mark.parametrize(("text", "surface"), [
    # the tagger's PER after a camp's head: the camp (its head in, as every camp's)
    ("نزح آلاف المدنيين إلى مخيم أبو شوك للنازحين في شمال دارفور.", "مخيم أبو شوك"),
    ("وتوزعت المساعدات بمخيم أبو شوك ومخيم زمزم.", "مخيم أبو شوك"),
    # a village's, a district's, a crossing's, an area's: the head out
    ("وداهمت قوات الاحتلال قرية أبو غوش غرب القدس.", "أبو غوش"),
    ("وأغلقت إسرائيل معبر كرم أبو سالم.", "كرم أبو سالم"),
    ("وشهدت منطقة صباح السالم في الكويت حريقا.", "صباح السالم"),
    ("واندلعت اشتباكات في حي أبو سليم بطرابلس.", "أبو سليم"),
    ("وقصفت المدفعية حي الشيخ مقصود في حلب.", "الشيخ مقصود"),
    ("وانتقلت العائلة إلى مدينة الشيخ زايد غرب القاهرة.", "الشيخ زايد"),
])
def test_place_named_after_a_person_is_a_place(text, surface):
    _span(text, surface, "LOC")
    assert not any(label == "PER" for label, _ in _entities(text))


def test_the_place_with_its_preposition_stays_out_of_the_district():
    assert _entities("واندلعت اشتباكات في حي أبو سليم بطرابلس.") == [("LOC", "أبو سليم"), ("LOC", "طرابلس")]


@pytest.mark.parametrize(("text", "person"), [
    # the head with the article, or a place between: the person stays
    ("وزار المخيم محمد الغنوشي رفقة الوالي.", "محمد الغنوشي"),
    ("وقد وصل إلى مدينة تونس محمد علي الحامي قادما من ألمانيا.", "محمد علي الحامي"),
    ("وقال محمد بن سلمان إن المملكة ماضية في الإصلاح.", "محمد بن سلمان"),
])
def test_persons_not_after_a_place_head_stay(text, person):
    _span(text, person, "PER")


@pytest.mark.parametrize(("text", "surface"), [
    ("سقطت صواريخ على مستوطنة كريات شمونة، ما أدى إلى إصابة جنديين.", "كريات شمونة"),
    ("وسقط صاروخ على مستوطنة سديروت.", "سديروت"),
    ("ويقيم في ضاحية قمرت منذ سنوات.", "قمرت"),
    ("ونفذ الطيران غارات على بلدة عيتا الشعب وبلدة مارون الراس.", "عيتا الشعب"),
    ("ونفذ الطيران غارات على بلدة عيتا الشعب وبلدة مارون الراس.", "مارون الراس"),
    ("قصفت إسرائيل بلدة عيتا الشعب في جنوب لبنان.", "عيتا الشعب"),
])
def test_settlements_suburbs_and_villages_of_two_words(text, surface):
    _span(text, surface, "LOC")


@pytest.mark.parametrize(("text", "expected"), [
    # an adjective, a nisba, a relative participle or a time word after the town is no part of it
    ("وأقيم المهرجان بمدينة كولمار الفرنسية.", [("LOC", "كولمار")]),
    ("وزار الوفد قرية عيناتا الأسبوع الماضي.", [("LOC", "عيناتا")]),
    ("وهو ما زال حي يرزق.", []),
])
def test_what_follows_a_town_is_not_always_its_name(text, expected):
    assert _entities(text) == expected


@pytest.mark.parametrize(("text", "surface"), [
    ("وصلت طائرات روسية إلى قاعدة حميميم الروسية في ريف اللاذقية.", "حميميم"),
    ("وأكد مصدر أن قاعدة حميميم الجوية تعرضت لهجوم.", "حميميم"),
    ("استهدفت صواريخ توماهوك قاعدة الشعيرات الجوية السورية.", "الشعيرات"),
    ("وأقلعت الطائرات من قاعدة سيجونيلا الجوية بجزيرة صقلية.", "سيجونيلا"),
    ("وتعرضت قاعدة عين الأسد الجوية لهجوم بطائرات مسيرة.", "عين الأسد"),
    ("شنت القوات هجوما على جبهة مريس في الضالع.", "مريس"),
    ("تقدم الحوثيون في جبهة صرواح غرب مأرب.", "صرواح"),
])
def test_bases_and_fronts(text, surface):
    _span(text, surface, "LOC")


@pytest.mark.parametrize(("text", "expected"), [
    ("وأكد أن هذا المبدأ يمثل قاعدة الاتفاق السياسي الليبي.", []),
    ("وانسحبت القوات من القاعدة الجوية.", []),
    ("ودعا إلى تشكيل جبهة وطنية موحدة.", []),
    ("وتشكلت جبهة يمينية ليبيرالية.", []),
    ("وأعلنت جبهة البوليساريو رفضها.", [("ORG", "جبهة البوليساريو")]),
])
def test_no_base_or_front_without_a_name(text, expected):
    assert _entities(text) == expected


@pytest.mark.parametrize(("text", "surface"), [
    ("أعلنت معتمدية الشابة عن حملة نظافة.", "الشابة"),
    ("وشهدت معتمدية العامرة من ولاية صفاقس احتجاجات.", "العامرة"),
    ("وتقرر فتح مدرسة جديدة في معتمدية رواد.", "رواد"),
    ("وتم حجز البضاعة بمعتمدية قصور الساف من ولاية المهدية.", "قصور الساف"),
])
def test_a_delegation_is_named_by_the_word_after_its_head(text, surface):
    _span(text, surface, "LOC")


@pytest.mark.parametrize("text", ["أحدثت معتمدية جديدة في الولاية.", "وأشرف عميد عمادة الكلية على الحفل."])
def test_no_delegation_of_an_adjective_nor_a_deanship(text):
    assert _entities(text) == []


@pytest.mark.parametrize(("text", "person"), [
    ("قال جناح عبد الواحد نور في حركة تحرير السودان إن القتال مستمر.", "عبد الواحد نور"),
    ("وقالت أوساط فصيل أحمد العودة إن الاتفاق صامد.", "أحمد العودة"),
    ("وأكد تيار مقتدى الصدر مشاركته في الانتخابات.", "مقتدى الصدر"),
    ("وتظاهر أنصار الباجي قايد السبسي أمام المقر.", "الباجي قايد السبسي"),
])
def test_a_faction_word_is_no_part_of_the_leaders_name(text, person):
    _span(text, person, "PER")
    assert not any(label == "PER" and text_.split()[0] in ("جناح", "فصيل", "تيار", "أنصار")
                   for label, text_ in _entities(text))


def test_ansar_allah_stays_a_movement():
    assert ("ORG", "أنصار الله") in _entities("وأعلنت أنصار الله الحوثيين مسؤوليتها عن الهجوم.")


@pytest.mark.parametrize("text", [
    "وأشار إلى أن الدواء غير صالح للبيع في السوق المحلية.",
    "وحجزت الفرقة لحوما يبدو أنها غير صالح للاستهلاك.",
])
def test_negated_adjective_is_no_person(text):
    assert not any(label == "PER" for label, _ in _entities(text))


@pytest.mark.parametrize(("text", "person"), [
    ("وقال صالح إن الاجتماع انتهى.", "صالح"),
    ("التقى الرئيس بالوزير محمد صالح العرفاوي.", "محمد صالح العرفاوي"),
    ("سجل ماريو ماندزوكيتش هدفا.", "ماريو ماندزوكيتش"),
])
def test_names_that_look_like_them_stay(text, person):
    _span(text, person, "PER")


def test_spoken_tunisian_negation_is_no_person():
    text = "وهذا مشروع المراجعة موجود مانعرفوش عليه شي وأكد الذوادي أن المشروع جاهز."
    assert _entities(text) == [("PER", "الذوادي")]


def test_a_town_of_two_words_after_a_delegation_stays_whole():
    assert _entities("وشهدت معتمدية منزل بوزيان والمكناسي والمزونة احتجاجات.") == [
        ("LOC", "منزل بوزيان"), ("LOC", "المكناسي"), ("LOC", "المزونة")]


def test_a_french_name_is_no_spoken_negation():
    _span("ويقول هيرفيه ماراش، مدير مخبزة في باريس، إن الأسعار ارتفعت.", "هيرفيه ماراش", "PER")


def test_spoken_negation_of_a_pronoun_is_no_person():
    assert _entities("وقال المواطن: مانيش خايف، وماهيش باش تصير.") == []


@pytest.mark.parametrize(("text", "surface"), [
    ("وظهرت الأسماك لأول مرة في منطقة الشابة من ولاية المهدية.", "الشابة"),
    ("وقررت السلطات غلق رياض أطفال في بلدية العجيبة بولاية مستغانم.", "العجيبة"),
    ("ووقع الحادث بجهة برقو من ولاية سليانة.", "برقو"),
    ("وتم تركيز بلدية مكثر، من ولاية سليانة منذ سنوات.", "مكثر"),
    ("وشملت الأشغال بلدية الشابة (ولاية المهدية) وبلدية جبنيانة (ولاية صفاقس).", "الشابة"),
    ('ونظم أهالي منطقة "ڨرڨور" التابعة لولاية سيدي بوزيد وقفة احتجاجية.', "ڨرڨور"),
    ("وقصفت الطائرات قرية الهبيط من محافظة إدلب.", "الهبيط"),
])
def test_a_place_before_its_province(text, surface):
    _span(text, surface, "LOC")


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال أحد السكان من ولاية صفاقس إن الوضع صعب.", [("LOC", "صفاقس")]),
    ("وطالب متساكنو المنطقة من ولاية القصرين بالتنمية.", [("LOC", "القصرين")]),
    ("وانتقل الفريق إلى مدينة جديدة بولاية سطيف.", [("LOC", "سطيف")]),
])
def test_no_place_of_an_ordinary_phrase_before_a_province(text, expected):
    assert _entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the tagger's person ran on into the town or province after the district: two places
    ("وتتواصل المواجهات مع عناصر إرهابية متحصنة بمنزل بحي أولاد شلبي بسيدي بوزيد، مستمرة.",
     [("LOC", "أولاد شلبي"), ("LOC", "سيدي بوزيد")]),
    ("ووجد مساء أمس بمنطقة الشريفات من معتمدية سليمان بولاية نابل شجار بين عائلتين.",
     [("LOC", "الشريفات"), ("LOC", "سليمان"), ("LOC", "نابل")]),
    # "بنور" is no ب + place: the toponym stays whole
    ("ويمكن العبور لارتفاع منسوب المياه بمنطقة سيدي بنور،أنه يمكن العبور.", [("LOC", "سيدي بنور")]),
])
def test_a_place_after_the_district_is_its_own(text, expected):
    assert _entities(text) == expected


def test_the_delegation_of_the_place_is_no_town():
    assert ("LOC", "المكان") not in _entities("وأفاد معتمد بلطة بوعوان، فان معتمدية المكان احضرت كمية من المساعدات.")


def test_a_verb_after_a_village_is_no_place():
    assert _entities("يعاني سكان قرية تقع بمحافظة حجة اليمنية من مرض نادر.") == [("LOC", "حجة")]


def test_a_coast_before_its_province():
    _span("وتم إحباط محاولة هجرة بعرض سواحل تنس من ولاية الشلف.", "تنس", "LOC")


@pytest.mark.parametrize(("text", "surface"), [
    ("وقد تم القبض عليه في منزل كان متحصنا فيه في منطقة طنطانة بشط مريم إثر نصب كمين.", "طنطانة"),
    ("وتمت مداهمة منزل بجهة طنطانة بسوسة.", "طنطانة"),
])
def test_an_unknown_place_before_a_town_with_its_preposition(text, surface):
    _span(text, surface, "LOC")


@pytest.mark.parametrize(("text", "expected"), [
    ("وانتشرت المكاتب في منطقة الأعمال بالقاهرة.", [("LOC", "القاهرة")]),
    ("ومن جهة أخرى بتونس أعلنت الوزارة.", [("LOC", "تونس")]),
])
def test_an_ordinary_word_before_a_town_is_no_place(text, expected):
    assert _entities(text) == expected


def test_a_station_before_a_town_is_no_place():
    assert _entities("انفجار بمحطة مترو بباريس جد مساء اليوم الأربعاء.") == [("LOC", "باريس")]
