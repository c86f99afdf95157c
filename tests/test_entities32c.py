"""Session 32 (ent32c): names the rules made count for the document's consistency — a person whose edge a rule
moved ("الطالب ييت تورك" → "ييت تورك") is carried to its repeat mentions and its surname ("وأعرب تورك"), and a MISC
that is word for word a person the rules made ('وعملت "جين بارك"') or the tagger named twice is that person; a
group's trigger with a describing adjective ("الميليشيا المتهور") is no MISC; in a security district named by its
town in construct ("بمنطقة امن صفاقس المدينة") the town is the place, not the body "أمن"."""

from __future__ import annotations

import pytest

from entity_cases import analyzed_entities as _entities

TURK = ('وقال الطالب ييت تورك، إن "ذكرى عيد الطفولة تعيد إلى أذهاننا الخطوة التاريخية". وأعرب تورك عن "امتنانه '
        'وسعادته لاستقباله من قبل رئيس الجمهورية". وقدم تورك شكره للرئيس التركي. من جهته، أثنى أردوغان على فصاحة '
        'الطالب ييت تورك، معربا عن افتخاره بالطالب تورك وزملائه.')


def test_person_whose_edge_a_rule_moved_is_carried_with_its_surname():
    ents = _entities(TURK)
    assert ents.count(("PER", "ييت تورك")) == 2, ents
    assert ents.count(("PER", "تورك")) == 3, ents  # "وأعرب تورك", "وقدم تورك", "بالطالب تورك"


@pytest.mark.parametrize(("text", "surname"), [
    ("وقال الطالب ييت تورك، إن الاحتفال يعني الكثير. وأعرب تورك عن امتنانه للرئيس.", "تورك"),
    ("وقال الطالب أيدين يلدز، إن الاحتفال يعني الكثير. وأعرب يلدز عن امتنانه للرئيس.", "يلدز"),
    ("وقال المواطن كوفي مينسا، إن الفيضان دمر منزله. وأوضح مينسا أن عائلته تعيش في العراء.", "مينسا"),
    ("وقال السائق راجو كومار، إن الحافلة انقلبت. وأكد كومار أن الركاب نجوا.", "كومار"),
])
def test_surname_after_a_titled_name(text, surname):
    ents = _entities(text)
    assert ents[-1] == ("PER", surname), ents


PARK = ('وأكدت "جين بارك" الفائزة بمبلغ مليون و250 ألف دولار، أن هذه الجائزة دمرت حياتها. وعملت "جين بارك"، '
        'قبل فوزها بجائزة اليانصيب، مقابل 10 دولارات في الساعة.')


def test_misc_that_is_a_rule_made_person_is_that_person():
    ents = _entities(PARK)
    assert ents.count(("PER", "جين بارك")) == 2, ents
    assert ("MISC", "جين بارك") not in ents


def test_misc_that_the_tagger_named_a_person_twice():
    text = ('"مارين لوبان"سليلة النبي محمد(ص)! فاجأ الباحث في علم الأنساب الفرنسي "جون لويس بوكارنوت" الأوساط '
            'الفرنسية بمعطيات تتعلق بنسب مرشحة الجبهة الوطنية مارين لوبان التي أثبت أنها أصيلة بريطانيا. وقال '
            'الباحث الفرنسي لوكالة فرنس برس إن "مارين لوبان" سليلة عائلة متنوعة الأنساب. وبالبحث في جذور المرشحة '
            'الفرنسية مارين لوبان كشف "جون لويس بوكارنوت" أنها تنحدر من عائلة ملك فرنسا.')
    ents = _entities(text)
    assert ents[0] == ("PER", "مارين لوبان"), ents
    assert ("MISC", "مارين لوبان") not in ents


def test_film_named_once_after_a_person_stays_misc():
    text = ('"الحبيب بورقيبة" مشروع فيلم مُنع من الإنجاز.. وتحدث المخرج عن ملابسات منعه من إتمام فيلمه "الحبيب '
            'بورقيبة" الذي يوثق عبر شهادات جمعها حياة الزعيم.')
    ents = _entities(text)
    assert ("MISC", "الحبيب بورقيبة") in ents, ents


@pytest.mark.parametrize("text", [
    'وأوضح أن المحاولات العدائية "تعكس سلوك الميليشيا المتهور"، مؤكدا اتخاذ الإجراءات.',
    'وحمل البيان "الميليشيات الإجرامية" مسؤولية مقتل المدنيين في دارفور.',
    'وقال المتحدث إن "الجماعة المتطرفة" تتحمل مسؤولية الهجوم على القرية.',
    'وأكد أن "الفصائل المسلحة" رفضت الانسحاب من المدينة.',
    'وندد البيان بما وصفه "التنظيم الإرهابي" في شمال سيناء.',
])
def test_trigger_and_describing_adjective_is_no_misc(text):
    assert not any(label == "MISC" for label, _ in _entities(text)), _entities(text)


@pytest.mark.parametrize(("text", "entity"), [
    ('وهاجمت "الجماعة الإسلامية" مقرات الحزب في القاهرة.', ("ORG", "الجماعة الإسلامية")),
    ('واتهم الوزير "القوات اللبنانية" بعرقلة تشكيل الحكومة.', ("ORG", "القوات اللبنانية")),
    ('وأعلن "الحزب الجمهوري" ترشيح حاكم الولاية.', ("ORG", "الحزب الجمهوري")),
    ("وأدى آلاف المصلين صلاة الجمعة في المسجد الأقصى.", ("MISC", "المسجد الأقصى")),
])
def test_named_groups_and_places_stay(text, entity):
    assert entity in _entities(text), _entities(text)


@pytest.mark.parametrize(("text", "town"), [
    ("وأفاد مصدر أمني مسؤول بمنطقة امن صفاقس المدينة أن المحتجين أغلقوا الطريق.", "صفاقس المدينة"),
    ("وأفاد مصدر أمني مسؤول بمنطقة أمن صفاقس المدينة أن المحتجين أغلقوا الطريق.", "صفاقس المدينة"),
    ("وتم نقله إلى منطقة امن سوسة الشمالية للتحقيق.", "سوسة الشمالية"),
    ("وأكد مصدر من إقليم أمن صفاقس في تصريح أن الأبحاث متواصلة.", "صفاقس"),
    ("وأوقف اعوان منطقة امن سوسة الشمالية الشابين، واحدهما جندي، على ذمة البحث.", "سوسة الشمالية"),
])
def test_security_district_named_by_its_town(text, town):
    assert _entities(text) == [("LOC", town)]


@pytest.mark.parametrize(("text", "expected"), [
    # the bodies with the article keep the rule of session 30: the unit an ORG, the town after ب a LOC
    ("وتم نقل الموقوفين إلى منطقة الأمن الوطني بسوسة للتحقيق معهم.",
     [("ORG", "منطقة الأمن الوطني"), ("LOC", "سوسة")]),
    ("وتم الاحتفاظ بالمشتبه به في مقر منطقة الشرطة بالمهدية.", [("ORG", "منطقة الشرطة"), ("LOC", "المهدية")]),
    # a station is no district
    ("وتقدم المتضرر بشكاية لدى مركز أمن مساكن بامتلاكه أدلة.", []),
    # an adjective "أمنية", no body
    ("وفرضت القوات طوقا حول منطقة أمنية مغلقة قرب المطار.", []),
])
def test_security_neighbours(text, expected):
    assert _entities(text) == expected
