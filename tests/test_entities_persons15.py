"""Persons after occupations and nouns of people, set off by commas after a titled organisation, and given
names that read as ك + a word (session 15).  Sentences from ANT news (JawharaFM), some shortened."""

from __future__ import annotations

import pytest

from arabnews import Pipeline

NLP = Pipeline(["numbers", "dates", "groups", "entities"])


def _persons(sentence: str) -> list[str]:
    doc = NLP(sentence)
    for e in doc.entities:
        assert doc.text[e.start:e.end] == e.text
    return [e.text for e in doc.entities if e.label == "PER"]


@pytest.mark.parametrize("sentence, person", [
    # an occupation, and nouns of people before a given name and a family name
    ("وكان في استقباله العديد من الوجوه الرياضية على غرار السباح أسامة الملولي.", "أسامة الملولي"),
    ("أكدت التلميذة سلمى العمدوني المتحصلة على أحسن معدل في مناظرة السيزيام.", "سلمى العمدوني"),
    ("ويأتي هذا القرار على خلفية وفاة التلميذ رمزي المسعودي المرسم بالسنة أولى تعليم ثانوي.", "رمزي المسعودي"),
    ("وشيع أهالي المنطقة اليوم جنازة الفقيد بوبكر الثابتي إلى مثواه الأخير بمسقط رأسه.", "بوبكر الثابتي"),
    ("وتم افتتاح قاعة للأنشطة الثقافية باسم الشهيد مبروك السلطاني في حركة رمزية.", "مبروك السلطاني"),
    ("كشف المواطن زياد الجوادي لبرنامج بوليتيكا اليوم الخميس أن القضية مفتوحة.", "زياد الجوادي"),
    ("فيما وجّه المناضل الأسير مروان البرغوثي رسالة في الذكرى الخامسة عشرة لاعتقاله.", "مروان البرغوثي"),
    # a one-word person of the tagger takes a family name with the article
    ("وسجل اللاعب يوسف المساكني هدفين في المباراة.", "يوسف المساكني"),
    ("وذلك بوعد قدمه لوزير الصحة سعيد العايدي الخميس الماضي خلال قيامه بزيارة.", "سعيد العايدي"),
    # "كمال" reads as ك + "مال" (money): before a family name it is the given name
    ("وأفاد الإعلامي كمال الشيحاوي بأن البرنامج توقف.", "كمال الشيحاوي"),
    ("بحسب ما أفاد به العقيد كمال المقايدي، مدير سجن سوسة المسعدين.", "كمال المقايدي"),
    # an official set off by commas after the organisation his title governs
    ("أكد الأمين العام للحزب الجمهوري، عصام الشابي، أن رئيس الحكومة أوضح موقفه.", "عصام الشابي"),
    ("وأفاد الرئيس المدير العام لديوان الزيت، شكري بيوض، الخميس في تصريح أن الصابة قياسية.", "شكري بيوض"),
])
def test_persons_found(sentence, person):
    assert person in _persons(sentence)


@pytest.mark.parametrize("sentence, not_person", [
    # after a noun of people a verb, a noun with a pronoun or a feminine noun is no name
    ("وأوضحت المصادر أن المتهم أطلق أعيرة نارية بعد اقتحام المدرسة.", "أطلق أعيرة"),
    ("مضيفا أن المتهم تسلم الأقراص المخدرة في بلجيكا لترويجها في تونس.", "تسلم الأقراص"),
    ("ويتضح من الفيديو أن والدة الطفلة قامت بتصوير ابنتها.", "قامت بتصوير"),
    ("وقد يكون المواطن ضحية التّبليغ عن الفساد، بحسب تعبيره.", "ضحية التّبليغ"),
    ("وأشرف على هذه المدرسة التي زاول فيها الشهيد تعليمه الابتدائي.", "تعليمه الابتدائي"),
    ('تم تحويلهم إلى مؤسسة ما يسمى بـ "الشهيد وشؤون المضحين".', "وشؤون المضحين"),
    # a politician's leaning and a verbal noun are no family names
    ("وقال الرئيس خاتمي الإصلاحي إن الحكومة ستواصل الإصلاحات.", "خاتمي الإصلاحي"),
    ("يتعين على المستشارة ميركل النأي عن أي خطط لتأسيس مخيمات للاجئين.", "ميركل النأي"),
    # ل or و before a noun is a preposition or a conjunction, not the first letter of a name
    ("ما نشر عن توظيف رئيس الجمهورية لموارد التلفزة الوطنية.", "لموارد التلفزة"),
    ("نحن نحترم وزيرة المالية ووزير التربية وكذلك الوزيرين المكلفين.", "وكذلك الوزيرين"),
])
def test_no_person(sentence, not_person):
    assert not_person not in _persons(sentence)


@pytest.mark.parametrize("sentence, person", [
    # given names of resources/ner/given_names.yaml, missing from the corpora's name parts
    ("علّق وزير التكوين المهني والتشغيل، زياد العذاري على الاحتجاجات التي رافقت زيارته.", "زياد العذاري"),
    ("تطرقت الكاتبة ألفة يوسف في افتتاحية اليوم الأحد إلى الانتخابات.", "ألفة يوسف"),
    ("وكان رئيس الهيئة العليا المستقلة للانتخابات، شفيق صرصار، قد قدم استقالته.", "شفيق صرصار"),
    ("عصام الشابي يدعو رئيس الحكومة للإعلان عن برنامج واضح", "عصام الشابي"),
    ("وأشار معز شقشوق بالمناسبة إلى أهمية المشروع.", "معز شقشوق"),
    ("وقد اتصل شقيق المفقود، ماهر العماري بالجهات الأمنية.", "ماهر العماري"),
])
def test_given_names_of_the_list(sentence, person):
    assert person in _persons(sentence)


def test_a_town_named_like_a_person_stays_a_town():
    doc = NLP("وتشمل الأشغال طريق سيدي منصور وطريق قابس وطريق منزل شاكر وطريق المهدية.")
    assert ("منزل شاكر", "LOC") in [(e.text, e.label) for e in doc.entities]


def test_the_given_names_are_no_common_words():
    from arabnews.extract.entities.gazetteer import default_gazetteer, given_names

    gaz = default_gazetteer()
    names = given_names()
    assert len(names) > 50 and names <= gaz.person_parts
    assert not names & gaz.common
    # no name written with the article ("البشير" is as often a family name; "ألفة", "إلياس" have none)
    from arabnews.extract.entities.gazetteer import GIVEN_NAMES, GIVEN_NAMES_SCHEMA
    from arabnews.lang.ar import load

    data = load(GIVEN_NAMES, GIVEN_NAMES_SCHEMA)
    assert not [w for w in (*data["male"], *data["female"]) if w.startswith("ال")]
