"""Session 33: a monarch's or pope's name takes its regnal ordinal ("الملك سيتي الثاني", "رمسيس الثاني", "لويس الرابع
عشر", "الملكة إليزابيث الثانية"); a noun with an attached pronoun that folds to a town is no place ("لجده", "داخل
قفصه", "بابها"); a credit rating agency is an ORG ("فيتش رايتنغ", "ستاندرد آند بورز"); two words between a verb
of saying with a noun of people and "إن" are the speaker ("وقال الطالب ييت تورك إن")."""

from __future__ import annotations

import pytest

import arabnews
from entity_cases import analyzed_entities as _entities
from entity_cases import assert_span as _span


@pytest.mark.parametrize(("text", "name"), [
    # a title, one or two untagged words and the ordinal (ANT 1599: the kings of the Egyptian statues)
    ("ويعود أحد التمثالين للملك سيتي الثاني فيما يرجح أن الآخر لجده.", "سيتي الثاني"),
    ("وزار البابا تواضروس الثاني الكاتدرائية المرقسية بالعباسية.", "تواضروس الثاني"),
    ("وحكم السلطان مراد الرابع الدولة العثمانية سبعة عشر عاما.", "مراد الرابع"),
    ("وتوفي الملك الحسن الثاني عام 1999 في الرباط.", "الحسن الثاني"),
    ("وهنأ الملك المغربي محمد السادس الرئيس الجديد بفوزه.", "محمد السادس"),
    ("وكان الملك فيصل الأول من أبرز ملوك العراق.", "فيصل الأول"),
    # a feminine title with a feminine ordinal
    ("وزارت الملكة إليزابيث الثانية كندا عام 1959.", "إليزابيث الثانية"),
    ("وأعلن القصر وفاة الملكة إليزابيت الثانية عن 96 عاما.", "إليزابيت الثانية"),
    # a name borne with an ordinal, without a title; "عشر" joins
    ("وحكم رمسيس الثاني مصر ستين عاما.", "رمسيس الثاني"),
    ("وكان لويس الرابع عشر ملكا لفرنسا.", "لويس الرابع عشر"),
    ("وكان لويس الحادي عشر ملكا لفرنسا.", "لويس الحادي عشر"),
    ("وفق التقويم الذي وضعه شارل التاسع عام 1564.", "شارل التاسع"),
    ("وقال البابا بنديكت السادس عشر إن الكنيسة تواجه تحديات.", "بنديكت السادس عشر"),
    ("واستقبل الملك تشارلز الثالث الرئيس الفرنسي في لندن.", "تشارلز الثالث"),
    ("واستقبل الملك عبد الله الثاني وزير الخارجية الأمريكي في عمان.", "عبد الله الثاني"),
])
def test_regnal_name_with_its_ordinal(text, name):
    assert any(label == "PER" and surface.endswith(name) for label, surface in _entities(text)), _entities(text)
    start = text.index(name)
    doc = arabnews.analyze(text, reference_date="2024-03-10")
    assert any(e.end == start + len(name) and e.label == "PER" for e in doc.entities)


@pytest.mark.parametrize(("text", "name"), [
    ("واستقبل البابا تواضروس الثاني بابا الإسكندرية وفدا من الكنيسة الكاثوليكية.", "تواضروس الثاني"),
    ("واستقبل الملك محمد السادس بالقصر الملكي بالرباط الوزير.", "محمد السادس"),
    ("واستقبل الملك عبد الله الثاني بن الحسين وزير الخارجية.", "عبد الله الثاني بن الحسين"),  # a patronym goes on
])
def test_regnal_name_ends_with_its_ordinal(text, name):
    doc = arabnews.analyze(text, reference_date="2024-03-10")
    end = text.index(name) + len(name)
    assert any(e.label == "PER" and e.end == end and name in e.text for e in doc.entities), \
        [(e.label, e.text) for e in doc.entities]


@pytest.mark.parametrize(("text", "word"), [
    ("ويعاني الجيل الثاني من المهاجرين من البطالة.", "الثاني"),
    ("وفاز الفريق في الربع الثالث من المباراة.", "الثالث"),
    ("وألغى القضاء قرار ترامب الثاني الخاص بالهجرة.", "الثاني"),  # Trump's second decree
    ("وكانت زيارة الملك سلمان الأولى إلى القاهرة.", "الأولى"),  # his first visit: a masculine title
    ("وكان المعرض عن رمسيس الأول من نوعه في أوروبا.", "الأول"),  # "الأول من": the first of
])
def test_ordinal_that_is_no_regnal_number(text, word):
    assert not any(word in surface for _, surface in _entities(text)), _entities(text)


@pytest.mark.parametrize(("text", "word"), [
    # ANT 169, 212, 481: a cage; 1430, 2609: visitors; 1653: dissolution; 2576: a lawyer's client; 109, 2158
    ("وقتل دب في الحديقة بالرصاص بعد خروجه من قفصه. وأوضحت المتحدثة أن الحديقة أخليت.", "قفصه"),
    ("يتيح المتحف في روسيا البيضاء لزواره مشاهدة إعادة تمثيل للمعارك.", "زواره"),
    ("وقدم الحفيد باقة من الزهور لجده في المستشفى بعد العملية.", "جده"),
    ("أحيل فيها منوبه على انظار قاضي التحقيق بالمحكمة الابتدائية.", "منوبه"),
    ("وقال إنه جربه مرة واحدة قبل الحادثة.", "جربه"),
    ("دعا إلى حل التنظيم والمقضي بحله بحكم المحكمة.", "حله"),
    ("وساهم عمال مصريون في بناء القبلة وتصميم بابها وتدعيمها من الداخل.", "بابها"),
    ("مثل البقرة الحلوب يستدرون لبنها ثم يذبحونها.", "بنها"),
])
def test_noun_with_pronoun_is_no_place(text, word):
    assert not any(word in surface for _, surface in _entities(text)), _entities(text)


@pytest.mark.parametrize(("text", "place"), [
    ("وصل الوفد إلى جدة قادما من الرياض.", "جدة"),
    ("وصل الوفد الى جده قادما من الرياض", "جده"),  # a text that writes no ة: Jeddah
    ("وشهدت ولاية قفصة احتجاجات واسعة.", "قفصة"),
    ("وتظاهر سكان ولاية منوبة أمام مقر الولاية.", "منوبة"),
    ("ووصل السياح إلى جزيرة جربة.", "جربة"),
    ("وسيطرت القوات على مدينة زوارة غرب طرابلس.", "زوارة"),
])
def test_town_written_with_ta_marbuta_stays(text, place):
    _span(text, place, "LOC")


@pytest.mark.parametrize(("text", "agency"), [
    ("ولاحظت فيتش رايتنغ في بلاغها بتاريخ 10 مارس 2017، أن مخاطر التمويل مرتفعة.", "فيتش رايتنغ"),
    ('وذكرت "فيتش رايتينغ"، من جهة أخرى، بكلفة الاعتداء الأخير.', "فيتش رايتينغ"),
    ('"فيتش راتينغ" تعلن عن التصنيف السيادي الجديد لتونس.', "فيتش راتينغ"),
    ('وتتوقع "فيتش" أن تبلغ نسبة النمو 2 بالمائة.', "فيتش"),
    ("وخفضت وكالة موديز تصنيف مصر، كما خفضته ستاندرد آند بورز.", "ستاندرد آند بورز"),
    ("وخفضت وكالة موديز تصنيف مصر، كما خفضته ستاندرد آند بورز.", "موديز"),
    ('واعتبرت "ستاندرد أند بورز"، أن التطورات الحالية قد تلقي بظلالها على الاقتصاد.', "ستاندرد أند بورز"),
])
def test_rating_agency_is_org(text, agency):
    _span(text, agency, "ORG")


def test_rating_agency_is_no_platform():
    doc = arabnews.analyze("وتوقعت فيتش رايتنغ تراجع النمو في تونس.", reference_date="2024-03-10")
    agency = next(e for e in doc.entities if e.text == "فيتش رايتنغ")
    assert agency.label == "ORG" and "platform" not in agency.attrs


@pytest.mark.parametrize(("text", "name"), [
    ("وقال الطالب ييت تورك إن ذكرى عيد الطفولة مناسبة وطنية.", "ييت تورك"),
    ("وأوضح الشاب ياسين كرت أنه تعرض للضرب.", "ياسين كرت"),
    ("وقالت الصحفية بترا لازلو إنها لم تقصد ذلك.", "بترا لازلو"),
    ("وقالت الناشطة السياسية هزار الجيناوي إن الحكومة فشلت.", "هزار الجيناوي"),
    ("وقال الصحفي التركي أوزغور كايا إن السلطات اعتقلته.", "أوزغور كايا"),
])
def test_speaker_after_noun_of_people(text, name):
    _span(text, name, "PER")


@pytest.mark.parametrize("text", [
    "وقال المزارع صباح اليوم إن المحصول تضرر.",
    "وقال الطالب في الجامعة إن الامتحان صعب.",
    "وقال المواطن لمراسلنا إنه خائف.",
    "وقالت الطالبة المصرية إن الامتحانات صعبة.",
    "وقال الطفل الصغير ببراءة إنه يحب المدرسة.",
])
def test_no_speaker_after_noun_of_people(text):
    assert not any(label == "PER" for label, _ in _entities(text)), _entities(text)
