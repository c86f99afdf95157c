"""Attribution families of session 31, second wave: an unnamed source's institution keeps its genitive written "لل"
("مصدر عسكري مسؤول في القيادة العامة للقوات المسلحة"); a headline's subject, its present verb of announcing and what
happened with no عن ("الحوثيون يعلنون استهداف سفينة …"); a quotation after the speaker described by a relative clause
('وقالت علياء عودة مديرة مؤسسة أبعاد التي أطلقت حملة … "…"'); a headline's institution with its place before the
colon ("وزارة الصحة في غزة: …"); and the forms that already worked, kept (outlets between speaker and إن, the
verbs with their own preposition, a source phrase after "ما" + a publication verb)."""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from attribution_cases import claim_tuples as _claims


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize("text, source", [
    # SANA, Algeria's MDN, Morocco's DGSN, Libya's NOC, Tunisia's ISIE, Saudi customs, Sudan's civil aviation
    ("وقال مصدر عسكري مسؤول في القيادة العامة للقوات المسلحة إن الوحدات العسكرية تصدت لهجوم إرهابي في ريف حماة.",
     "مصدر عسكري مسؤول في القيادة العامة للقوات المسلحة"),
    ("وأكد مسؤول في المديرية العامة للأمن الوطني أن الموقوفين أحيلوا على النيابة العامة.",
     "مسؤول في المديرية العامة للأمن الوطني"),
    ("وقالت مصادر في الإدارة العامة للمرور إن الحادث أسفر عن مقتل ثلاثة أشخاص.", "مصادر في الإدارة العامة للمرور"),
    ("وأوضح مصدر في المؤسسة الوطنية للنفط أن الإنتاج تراجع إلى النصف.", "مصدر في المؤسسة الوطنية للنفط"),
    ("وقال مسؤول في الهيئة الوطنية للانتخابات إن النتائج ستعلن غدا.", "مسؤول في الهيئة الوطنية للانتخابات"),
    ("وذكر مصدر في الإدارة العامة للجمارك أن الشحنة ضبطت في ميناء جدة.", "مصدر في الإدارة العامة للجمارك"),
    ("ونقلت وكالة الأنباء الرسمية عن مصدر في الهيئة العامة للطيران المدني أن الرحلات ستستأنف الأسبوع المقبل.",
     "مصدر في الهيئة العامة للطيران المدني"),
    # negatives: a time, the press or an outlet after "لل" is no word of the name
    ("وقال مسؤول في الوزارة للمرة الأولى إن الحكومة تدرس الانسحاب.", "مسؤول في الوزارة"),
    ("وقال مصدر في الشرطة لليوم الثاني إن التحقيقات مستمرة.", "مصدر في الشرطة"),
    ("وقال مصدر في الجيش للأناضول إن القوات تقدمت نحو المدينة.", "مصدر في الجيش"),
    ("وقال مصدر في قيادة الشرطة للجزيرة إن المسلحين فروا.", "مصدر في قيادة الشرطة"),
])
def test_institution_genitive_after_unnamed_source(nlp: Pipeline, text: str, source: str) -> None:
    claims = _claims(nlp, text)
    assert len(claims) == 1 and claims[0][0] == "indirect" and claims[0][3] == source


@pytest.mark.parametrize("text, expected", [
    # breaking-news headlines: subject, present verb, what happened
    ("الحوثيون يعلنون استهداف سفينة تجارية في خليج عدن بصاروخين باليستيين.. والقيادة المركزية الأمريكية: لا إصابات",
     [("indirect", "استهداف سفينة تجارية في خليج عدن بصاروخين باليستيين", "يعلنون", "الحوثيون")]),
    ("الجيش الإسرائيلي يعلن مقتل جندي في معارك شمال غزة",
     [("indirect", "مقتل جندي في معارك شمال غزة", "يعلن", "الجيش الإسرائيلي")]),
    ("حماس تعلن مقتل ثلاثة من الأسرى في غارة إسرائيلية",
     [("indirect", "مقتل ثلاثة من الأسرى في غارة إسرائيلية", "تعلن", "حماس")]),
    ("الشرطة المغربية تعلن تفكيك خلية إرهابية في طنجة",
     [("indirect", "تفكيك خلية إرهابية في طنجة", "تعلن", "الشرطة المغربية")]),
    ("وزارة الصحة تعلن تسجيل 12 إصابة جديدة بفيروس كورونا",
     [("indirect", "تسجيل 12 إصابة جديدة بفيروس كورونا", "تعلن", "وزارة الصحة")]),
    ("الجيش الصومالي يعلن مقتل 30 من عناصر الشباب في هجوم بشبيلي السفلى",
     [("indirect", "مقتل 30 من عناصر الشباب في هجوم بشبيلي السفلى", "يعلن", "الجيش الصومالي")]),
    ("عاجل | القسام تعلن تدمير دبابة إسرائيلية في خان يونس",
     [("indirect", "تدمير دبابة إسرائيلية في خان يونس", "تعلن", "القسام")]),
    ("حزب الله يعلن استهداف موقع للجيش الإسرائيلي في مزارع شبعا",
     [("indirect", "استهداف موقع للجيش الإسرائيلي في مزارع شبعا", "يعلن", "حزب الله")]),
    # negatives: an act, a policy's target (no armed group), a state declared
    ("الجيش يعلن فتح باب التجنيد للشباب", []),
    ("الحكومة تعلن استهداف 5000 أسرة ببرنامج الدعم", []),
    ("الوزارة تعلن إطلاق حملة للتلقيح ضد الحصبة", []),
    ("الرئيس يعلن حالة الطوارئ في البلاد", []),
])
def test_headline_subject_announces(nlp: Pipeline, text: str, expected: list[tuple[str, ...]]) -> None:
    assert _claims(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ('وقالت علياء عودة مديرة مؤسسة أبعاد التي أطلقت حملة لإلغاء المادة "هذه المادة تمثل انتهاكا صارخا لحقوق النساء".',
     [("direct", "هذه المادة تمثل انتهاكا صارخا لحقوق النساء", "قالت", "علياء عودة")]),
    ('وقال محمد علي رئيس الجمعية التي تأسست عام 2010 "لن نتوقف عن المطالبة بحقوق العمال".',
     [("direct", "لن نتوقف عن المطالبة بحقوق العمال", "قال", "محمد علي")]),
    ('وقالت الطبيبة سارة أحمد التي تعمل في مستشفى الشفاء "الوضع كارثي ولا يوجد وقود للمولدات".',
     [("direct", "الوضع كارثي ولا يوجد وقود للمولدات", "قالت", "سارة أحمد")]),
    # a complementizer after the quoted name: the indirect claim
    ('وقالت الوزارة التي أطلقت برنامج "دعم الأسر المنتجة في الأرياف" إن البرنامج سيشمل ألف أسرة.',
     [("indirect", "إن البرنامج سيشمل ألف أسرة", "قالت", "الوزارة")]),
])
def test_quotation_after_described_speaker(nlp: Pipeline, text: str, expected: list[tuple[str, ...]]) -> None:
    assert _claims(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وزارة الصحة في غزة: ارتفاع حصيلة الشهداء إلى 30 ألفا",
     [("direct", "ارتفاع حصيلة الشهداء إلى 30 ألفا", ":", "وزارة الصحة")]),
    ("الدفاع المدني في غزة: انتشال 20 جثة من تحت الأنقاض في حي الرمال",
     [("direct", "انتشال 20 جثة من تحت الأنقاض في حي الرمال", ":", "الدفاع المدني")]),
    ("المرصد السوري في لندن: مقتل 15 عنصرا من قوات النظام في البادية",
     [("direct", "مقتل 15 عنصرا من قوات النظام في البادية", ":", "المرصد السوري")]),
    ("الجيش السوداني: استعدنا جسر شمبات من قوات الدعم السريع",
     [("direct", "استعدنا جسر شمبات من قوات الدعم السريع", ":", "الجيش السوداني")]),
    ('مصدر أمني لـ"العربي الجديد": الهجوم استهدف مقر الشرطة في المدينة',
     [("direct", "الهجوم استهدف مقر الشرطة في المدينة", ":", "مصدر أمني")]),
    # negatives: a city and its country is a dateline or a topic; a place written with ب names the topic
    ("مدينة الرقة في سوريا: أسواق مزدحمة قبل العيد", []),
    ('مستشفى فرحات حشاد بسوسة : وضعوا الرضيع حيّا في "بيت الأموات"', []),
])
def test_headline_institution_with_place(nlp: Pipeline, text: str, expected: list[tuple[str, ...]]) -> None:
    assert _claims(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # where or to whom it was said, between the speaker and إن/أن
    ('وقال الناشط خضر دوملي في حديث لـ"العربي الجديد" إن القوات انسحبت من القرية.',
     ("indirect", "إن القوات انسحبت من القرية", "قال", "خضر دوملي")),  # (session 40: the name, its role in source.role)
    ("وقالت الناطقة باسم الوزارة في تصريح لوكالة الأناضول إن الحصيلة مرشحة للارتفاع.",
     ("indirect", "إن الحصيلة مرشحة للارتفاع", "قالت", "الناطقة باسم الوزارة")),
    ("وأكدت الوزيرة خلال مقابلة مع قناة العربية أن الحكومة لن تتراجع.",
     ("indirect", "أن الحكومة لن تتراجع", "أكدت", "الوزيرة")),
    ("وقال النائب عبر صفحته على فيسبوك إن الجلسة تأجلت.", ("indirect", "إن الجلسة تأجلت", "قال", "النائب")),
    ("وقال الوزير في تغريدة على منصة إكس إن الحكومة ستدفع الرواتب قريبا.",
     ("indirect", "إن الحكومة ستدفع الرواتب قريبا", "قال", "الوزير")),
    # verbs with their own preposition, feminine and plural subjects
    ("ولفتت الوزارة في بيانها إلى أن الحريق أخمد.", ("indirect", "أن الحريق أخمد", "لفتت", "الوزارة")),
    ("ونوه الوزير بأن الحكومة ملتزمة بالاتفاق.", ("indirect", "بأن الحكومة ملتزمة بالاتفاق", "نوه", "الوزير")),
    ("وكشفت مصادر أمنية عن مقتل خمسة عناصر من الجماعة.",
     ("indirect", "مقتل خمسة عناصر من الجماعة", "كشفت", "مصادر أمنية")),
    ("ونقلت قناة الجزيرة عن شهود عيان أن الطائرات قصفت السوق.",
     ("indirect", "أن الطائرات قصفت السوق", "نقلت", "شهود عيان")),
    ("وقتل ثلاثة جنود في الهجوم، حسب ما أوردته صحيفة الشرق الأوسط.",
     ("source", "وقتل ثلاثة جنود في الهجوم", "حسب", "صحيفة الشرق الأوسط")),
])
def test_outlets_and_prepositions_kept(nlp: Pipeline, text: str, expected: tuple[str, ...]) -> None:
    assert _claims(nlp, text) == [expected]


@pytest.mark.parametrize("text, source, via", [
    ("ونقلت وكالة الأنباء الفرنسية عن مصدر أمني أن الانفجار أسفر عن مقتل ثلاثة جنود.", "مصدر أمني",
     "وكالة الأنباء الفرنسية"),
    ("ونقلت رويترز عن مسؤولين أمريكيين قولهم إن الهجوم كان متوقعا.", "مسؤولين أمريكيين", "رويترز"),
    ('وقتل ثلاثة جنود، بحسب ما نقلته صحيفة "عكاظ" عن مصدر في الوزارة.', "مصدر في الوزارة", 'صحيفة "عكاظ"'),
    ("ونقلت قناة الجزيرة عن شهود عيان أن الطائرات قصفت السوق.", "شهود عيان", "قناة الجزيرة"),
    # no relay: no via
    ("وقال الوزير إن الحكومة ماضية في الإصلاح.", "الوزير", None),
    ("وقتل ثلاثة جنود في الهجوم، بحسب ما نقلت وكالة رويترز.", "وكالة رويترز", None),
])
def test_relay_kept_as_via(nlp: Pipeline, text: str, source: str, via: str | None) -> None:
    doc = nlp(text)
    (q,) = doc.layers["quotes"]
    assert q.source["text"] == source
    got = q.source.get("via")
    assert (got["text"] if got else None) == via
    if got:
        assert text[got["start"]:got["end"]] == got["text"] and got["source_type"] == "media"


def test_same_source_antecedent_has_no_via(nlp: Pipeline) -> None:
    text = ("علمت الجوهرة أف أم من مصدر أمني أن أحد العناصر الموقوفة تمكن من الفرار من مركز الإيقاف. "
            "وأكد ذات المصدر أن العنصر الفار هو الطرف الرئيسي في القضية.")
    first, second = doc_quotes = nlp(text).layers["quotes"]
    assert len(doc_quotes) == 2
    assert first.source["text"] == "مصدر أمني" and first.source["via"]["text"] == "الجوهرة أف أم"
    assert second.source["antecedent"]["text"] == "مصدر أمني" and "via" not in second.source["antecedent"]
