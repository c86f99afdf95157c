"""Session 32 (ent32b): organisations of other outlets' news — a state's civil defence with its nisba ("الدفاع المدني
السوري" was cut), bodies known by their whole names (the White Helmets, UNSMIL by its adjective, Interpol, Sudan's
coordination of the resistance committees), the committees of a neighbourhood no gazetteer holds, a militia's name
after "ميليشيات" (a MISC before), longer militia names by their head ("جهاز دعم الاستقرار" whole, "حركة" left out as
ANERcorp leaves it but before a date: "حركة 23 مارس"), and a quoted speaker after a verb of saying (a MISC before)."""

from __future__ import annotations

import pytest

from entity_cases import analyzed_entities as _entities
from entity_cases import assert_span as _span


@pytest.mark.parametrize(("text", "org"), [
    # the civil defence takes the state's masculine nisba: Syria, Lebanon, Palestine, Iraq, Jordan
    ("وقال الدفاع المدني السوري إن فرقه انتشلت 12 جثة من تحت الأنقاض في سرمدا.", "الدفاع المدني السوري"),
    ("وأعلن الدفاع المدني اللبناني إخماد حريق كبير في أحراج عكار.", "الدفاع المدني اللبناني"),
    ("وأفاد متحدث باسم الدفاع المدني الفلسطيني بأن الطواقم انتشلت خمسة شهداء في خان يونس.",
     "الدفاع المدني الفلسطيني"),
    ("ودعا الأردن المواطنين إلى التعاون مع الدفاع المدني الأردني خلال المنخفض الجوي.", "الدفاع المدني الأردني"),
    ("أعلن الدفاع المدني السوري (الخوذ البيضاء) انتشال جثث ثلاثة أشخاص في إدلب.", "الدفاع المدني السوري"),
    # without a nisba it stays as it was
    ("وشكر الوزير رجال الدفاع المدني على جهودهم في إخماد الحرائق.", "الدفاع المدني"),
    # known bodies by their whole names
    ("أعلن الدفاع المدني السوري (الخوذ البيضاء) انتشال جثث ثلاثة أشخاص في إدلب.", "الخوذ البيضاء"),
    ("وتمكنت فرق الخوذ البيضاء من إنقاذ طفلين في جنديرس.", "الخوذ البيضاء"),
    ("وأعربت البعثة الأممية للدعم في ليبيا عن قلقها إزاء الاشتباكات في طرابلس.", "البعثة الأممية للدعم في ليبيا"),
    ("قالت تنسيقية لجان المقاومة في الخرطوم إن القوات أطلقت النار.", "تنسيقية لجان المقاومة"),
    ("وقال مركز مؤسسة أبعاد للدراسات والبحوث في تقرير إن الحرب أضعفت الدولة.", "مؤسسة أبعاد للدراسات والبحوث"),
    ("وأحال مجلس النواب المشروع إلى لجنة الإدارة والعدل لدراسته.", "لجنة الإدارة والعدل"),
    # Interpol whole: the adjective qualifies the complement the tagger's ORG ended with, also after من
    ("أصدرت المنظمة الدولية للشرطة الجنائية مذكرة توقيف بحقه.", "المنظمة الدولية للشرطة الجنائية"),
    ("وطلبت النيابة من المنظمة الدولية للشرطة الجنائية إدراج اسمه على النشرة الحمراء.",
     "المنظمة الدولية للشرطة الجنائية"),
    # the resistance committees of a neighbourhood or town no gazetteer holds
    ("وقالت لجان مقاومة أمبدة إن قوات الدعم السريع اقتحمت الحي.", "لجان مقاومة أمبدة"),
    ("ودعت لجان مقاومة كرري إلى الإضراب.", "لجان مقاومة كرري"),
    ("وقالت تنسيقية لجان مقاومة مدني إن الجيش انسحب.", "تنسيقية لجان مقاومة مدني"),
    ("وأعلنت لجان مقاومة الفاشر أن القصف استهدف السوق.", "لجان مقاومة الفاشر"),
])
def test_institutions_whole(text, org):
    _span(text, org, "ORG")


def test_civil_defence_not_a_feminine_nisba_and_committees_not_an_adjective():
    # a feminine nisba does not agree with "الدفاع"; an indefinite adjective, a preposition name no neighbourhood
    assert ("ORG", "الدفاع المدني") in _entities("وتحدث الدفاع المدني السورية عن ضحايا.")
    assert not any(label == "ORG" for label, _ in _entities("وشكلت القرى لجان مقاومة شعبية لحماية المحاصيل."))
    assert not any(label == "ORG" for label, _ in _entities("ونظمت لجان مقاومة في عدة مدن مواكب احتجاجية."))


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # the tagger's MISC after a militia's head is the militia; the head stays out
    ("وقالت مصادر إن ميليشيات وازاليندو الموالية له هاجمت مواقع المتمردين في شمال كيفو.",
     ("ORG", "وازاليندو"), ("MISC", "وازاليندو")),
    ("وهاجمت ميليشيات وازاليندو مواقع حركة 23 مارس قرب غوما.", ("ORG", "وازاليندو"), ("MISC", "وازاليندو")),
    # the head inside the tagger's MISC stays out: Ethiopia's Fano, South Sudan's Kodaka
    ("وشنت ميليشيات فانو هجمات على مواقع الجيش الإثيوبي في أمهرة.", ("ORG", "فانو"), ("MISC", "ميليشيات فانو")),
    ("وقال زعيم ميليشيا كوداكو إن مقاتليه لن يسلموا أسلحتهم.", ("ORG", "كوداكو"), ("MISC", "ميليشيا كوداكو")),
    # a person after the head stays one, a public figure too
    ("وتقدمت ميليشيات حفتر نحو العاصمة طرابلس.", ("PER", "حفتر"), ("ORG", "حفتر")),
    ("وقالت ميليشيات حفتر إنها تقدمت نحو طرابلس.", ("LOC", "طرابلس"), ("ORG", "حفتر")),
    # a registry group after the head is the groups stage's ORG, as before
    ("وهاجمت ميليشيات الجنجويد قرى في دارفور.", ("ORG", "الجنجويد"), ("MISC", "الجنجويد")),
])
def test_militia_name_after_its_head(text, expected, absent):
    got = _entities(text)
    assert expected in got and absent not in got, got


@pytest.mark.parametrize(("text", "org"), [
    # a longer militia's name with an organisation's head: جهاز, تجمع, جبهة whole
    ("اندلعت اشتباكات بين جهاز دعم الاستقرار واللواء 444 قتال في طرابلس.", "جهاز دعم الاستقرار"),
    ("وقال جهاز دعم الاستقرار إن عناصره انتشروا في طرابلس.", "جهاز دعم الاستقرار"),
    ("واعتقل جهاز الردع ثلاثة مطلوبين في سوق الجمعة.", "جهاز الردع"),
    ("وأعلن تجمع أحرار الشرقية انضمامه إلى الجبهة.", "تجمع أحرار الشرقية"),
    # حركة before a date or number keeps its head: the number alone names nothing
    ("سيطرت حركة 23 مارس (إم 23) على بلدة روتشورو في شرق الكونغو الديمقراطية.", "حركة 23 مارس"),
    ("وانتزعت حركة 23 مارس السيطرة على بلدة كيتشانغا.", "حركة 23 مارس"),
    # ... else the head stays out, as ANERcorp tags "حركة المقاومة الاسلامية" → "المقاومة الاسلامية"
    ("وسيطرت حركة أحرار الشام على حاجز للنظام في ريف حماة.", "أحرار الشام"),
    # a party keeps its head as before
    ("وأعلنت حركة النهضة مشاركتها في الانتخابات.", "حركة النهضة"),
])
def test_longer_militia_names(text, org):
    _span(text, org, "ORG")


def test_forces_and_numbered_units_stay_out():
    got = _entities("وشنت قوات الدفاع الوطني هجوما على مواقع المعارضة.")
    assert not any(label == "ORG" for label, _ in got), got
    got = _entities("اندلعت اشتباكات بين جهاز دعم الاستقرار واللواء 444 قتال في طرابلس.")
    assert not any("444" in text for _, text in got), got
    assert ("ORG", "حركة أحرار الشام") not in _entities("وسيطرت حركة أحرار الشام على حاجز للنظام في ريف حماة.")


@pytest.mark.parametrize(("text", "person"), [
    # a quoted name after a verb of saying, before an apposition (glued to the quote) or a follower
    ('وأكدت "جين بارك"الفائزة بالجائزة أن الفيلم يعبر عن معاناة الناس.', "جين بارك"),
    ('وقال "جون سميث" إن الشركة ستغلق مصنعها.', "جون سميث"),
    ('وقالت "ماري لوبان" في تصريح إن فرنسا يجب أن تغلق حدودها.', "ماري لوبان"),
    ('وأكد "أنطونيو غوتيريش" في بيان أن الأمم المتحدة لن تتخلى عن السودان.', "أنطونيو غوتيريش"),
    ('وقالت "سارة جونسون" المتحدثة باسم المنظمة إن المساعدات توقفت.', "سارة جونسون"),
    ('وأضاف "أحمد الخطيب"، إن الوضع كارثي.', "أحمد الخطيب"),
])
def test_quoted_speaker(text, person):
    _span(text, person, "PER")


def test_quoted_outlet_or_group_after_a_speech_verb_is_no_person():
    assert ("ORG", "الجزيرة") in _entities('وقالت "الجزيرة" إن مراسلها أصيب.')
    assert not any(label == "PER" for label, _ in _entities('وقال "الجيش الحر" إن مقاتليه تقدموا.'))
    assert ("ORG", "حركة الشباب") in _entities('وقالت "حركة الشباب" إنها نفذت الهجوم.')
    assert not any(label == "PER" for label, _ in _entities('وأكد "مجلس السيادة" أن الحوار مستمر.'))
    assert not any(label in ("ORG", "PER") for label, _ in _entities("وشاركت ميليشيات شيعية في المعارك."))
