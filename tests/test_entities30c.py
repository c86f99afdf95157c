"""Session 30c: where a place or a name ends.  Towns of the Levant, Iraq and Algeria whose first word is an
ordinary word ("كفر", "خان", "تل", "عين", "برج", "كريات") are whole; "القوة القاهرة" (force majeure) holds no
Cairo; a dateline's place before a dash or an agency in brackets is a LOC; a compound given name takes the family
name before a preposition ("فتح الله غولن بتدبير")."""

from __future__ import annotations

import pytest

from entity_cases import analyzed_entities as _entities
from entity_cases import assert_span as _span


@pytest.mark.parametrize(("text", "surface"), [
    ("وقال مستوطنون من مستوطنة كريات أربع قرب الخليل إنهم تعرضوا للهجوم.", "كريات أربع"),
    ("سقط صاروخ في كريات شمونة شمال إسرائيل.", "كريات شمونة"),
    ("قصفت الطائرات مدينة خان يونس جنوب قطاع غزة.", "خان يونس"),
    ("وأصيب فلسطيني برصاص الاحتلال في خان يونس أمس.", "خان يونس"),
    ("وشنت الطائرات غارات على بلدة خان شيخون في ريف إدلب.", "خان شيخون"),
    ("قصفت المدفعية بلدة كفر كلا جنوب لبنان.", "كفر كلا"),
    ("وقصفت المدفعية الإسرائيلية أطراف بلدة كفرشوبا وكفر حمام.", "كفر حمام"),
    ("وقال رئيس بلدية كفر قاسم إن الشرطة لم تتحرك.", "كفر قاسم"),
    ("هاجم مسلحون موقعا قرب برج باجي مختار جنوب الجزائر.", "برج باجي مختار"),
    ("وأعلن الجيش الجزائري توقيف إرهابي ببرج باجي مختار بالناحية العسكرية السادسة.", "برج باجي مختار"),
    ("قتل عنصران من قوات سوريا الديمقراطية في تل أبيض.", "تل أبيض"),
    ("وصل الوفد إلى تل عفر غرب الموصل.", "تل عفر"),
    ("سيطرت القوات على مدينة دير الزور شرق سوريا.", "دير الزور"),
])
def test_town_with_an_ordinary_first_word_is_whole(text, surface):
    _span(text, surface, "LOC")


def test_place_before_a_salvo_stops_at_the_place():
    assert _entities("استهدفت الفصائل مدينة سديروت برشقة صاروخية.") == [("LOC", "سديروت")]
    assert ("LOC", "نتيفوت") in _entities("استهدفت المقاومة مستوطنة نتيفوت بقذائف الهاون.")


@pytest.mark.parametrize("text", [
    "واعتبر أن الكفر بالديمقراطية خطر على الدولة.",
    "وقال إن برج المراقبة تعرض للقصف.",
])
def test_ordinary_words_are_no_towns(text):
    assert _entities(text) == []


@pytest.mark.parametrize("text", [
    "أعلنت الشركة حالة القوة القاهرة في ميناء الزويتينة.",
    "وأعلنت المؤسسة رفع حالة القوة القاهرة عن الحقل.",
    "وتأجلت المباراة لظروف قاهرة حسب بيان الاتحاد.",
    "وقالت الوزارة إن الرحلات ألغيت لأسباب قاهرة.",
])
def test_force_majeure_holds_no_cairo(text):
    assert all(t != "القاهرة" and t != "قاهرة" for _, t in _entities(text))


@pytest.mark.parametrize("text", [
    "وصل الرئيس إلى القاهرة في زيارة رسمية.",
    "وقال مصدر في القاهرة إن المفاوضات مستمرة.",
])
def test_cairo_stays_a_place(text):
    _span(text, "القاهرة", "LOC")


@pytest.mark.parametrize(("text", "place"), [
    ("باماكو (أ ف ب) - قتل ثلاثة جنود ماليين في هجوم.", "باماكو"),
    ("الموصل - شفق نيوز: قتل مدنيان في انفجار عبوة.", "الموصل"),
    ("دمشق (سانا): استشهد مدنيان في قصف على حي القصاع.", "دمشق"),
    ("بغداد (رويترز) - قال مسؤولون إن انفجارا هز العاصمة.", "بغداد"),
    ("صنعاء - سبأ: شن طيران العدوان غارات على صعدة.", "صنعاء"),
    ("عدن (الأناضول) - قتل جنديان في هجوم.", "عدن"),
    ("الرباط - هسبريس: قالت الحكومة إن الأسعار ستنخفض.", "الرباط"),
])
def test_dateline_place_before_dash_or_agency(text, place):
    _span(text, place, "LOC")
    assert not any(t == place and label != "LOC" for label, t in _entities(text))


def test_person_before_dash_is_no_place():
    assert ("PER", "محمد") in _entities("محمد - علي هو اسم المتهم.")


@pytest.mark.parametrize(("text", "person"), [
    ("اتهمت أنقرة الداعية فتح الله غولن بتدبير الانقلاب.", "فتح الله غولن"),
    ("وطالبت أنقرة بتسليم فتح الله غولن إلى تركيا.", "فتح الله غولن"),
])
def test_family_name_after_compound_before_preposition(text, person):
    _span(text, person, "PER")


def test_compound_given_name_alone_before_preposition():
    # "الثاني" is no family name; "لقناة" is a preposition and a noun after the person
    assert ("PER", "عبد الله") in _entities("والتقى عبد الله الثاني في عمان بالرئيس.")
    assert ("PER", "نصر الله") in _entities("وأكد نصر الله لقناة المنار أن المقاومة مستعدة.")


@pytest.mark.parametrize(("text", "place"), [
    ("واستهدفت الطائرات حلب بغارات عنيفة.", "حلب"),
    ("وضربت القوات الروسية إدلب بالصواريخ.", "إدلب"),
    ("وقصف الحوثيون مأرب بصاروخ باليستي.", "مأرب"),
    ("واستهدف الاحتلال غزة بغارات جوية مكثفة.", "غزة"),
    ("وقصفت المقاومة عسقلان برشقة من الصواريخ.", "عسقلان"),
    ("وقصفت الفصائل أسدود بصواريخ غراد.", "أسدود"),
    ("وقصف الجيش السوداني نيالا بالطيران الحربي.", "نيالا"),
])
def test_place_struck_with_is_the_target(text, place):
    _span(text, place, "LOC")
    assert not any(label == "LOC" and t.startswith(place + " ") for label, t in _entities(text))


@pytest.mark.parametrize("text", [
    "ونشر صور بالطائرات المسيرة للمنطقة.",
    "وأكد المسؤول أن الرد سيكون بالصواريخ.",
])
def test_no_place_before_strike_word_without_one(text):
    assert [t for label, t in _entities(text) if label == "LOC"] == []


@pytest.mark.parametrize(("text", "surface"), [
    ("وتمكن الجيش الجزائري ب عين قزام من اكتشاف مخبأ للأسلحة.", "عين قزام"),
    ("وتمكنت مفرزة للجيش بعين قزام من توقيف مهربين.", "عين قزام"),
    ("وقتل مع أربعة من معاونيه داخل قضاء تلعفر غرب الموصل.", "تلعفر"),
    ("من بلدة بيت أمر شمال الخليل.", "بيت أمر"),
])
def test_listed_towns_of_other_countries(text, surface):
    _span(text, surface, "LOC")


@pytest.mark.parametrize(("text", "person"), [
    ("وأضاف المصدر الأمني أن الإرهابي ضيف الله ضالع في إدخال أسلحة إلى تونس", "ضيف الله"),
    ("وأكد المحققون أن سيف الدين قاتل في صفوف التنظيم.", "سيف الدين"),
    ("وقالت المحكمة إن عبد الحكيم مطلوب في قضايا إرهاب.", "عبد الحكيم"),
    ("شمالي صلاح الدين ونجحت من قتل المدعو.", "صلاح الدين"),
])
def test_participle_before_preposition_is_no_family_name(text, person):
    _span(text, person, "PER")
    assert not any(label == "PER" and t.startswith(person + " ") for label, t in _entities(text))
