"""Session 39 (org39): where an organisation's name ends (``org_bounds.yaml``, ``orgbounds._no_name_end`` in
``org_stops_at_clause``; ``rules.yaml``'s ``purpose_nouns``).

- A word of time or count tells when, no part of a name: "الاتحاد الانقليزي" + "للمرة 13", "وزارة الشؤون الخارجية" +
  "للسنة القادمة", "مستشفى شارل نيكول" + "أساسا" (``time_after_org``).
- A participle after the name's definite word qualifies the whole body: "… للكرة الحديدية" + "الحائزة مؤخرا على",
  "التجمع الدستوري الديمقراطي" + "المنحل", "المرصد السوري لحقوق الإنسان" + "المعارض", "… للانتخابات" + "المستقيل",
  "القطب القضائي لمكافحة الإرهاب" + "المتعهد بملف" (``qualifying_participles``); "المعنية" stays in a name ("لجنة
  الأمم المتحدة المعنية بوضع المرأة").
- A noun of an event the body holds opens a new phrase: "… للكرة الحديدية" + "الدورة الوطنية" (``event_nouns``).
- A definite verbal noun of a derived verb after the name's definite word is the object of the verb whose subject the
  name is: "أعلنت وزارة المالية" + "الترفيع في", "تولت وزارة الثقافة" + "الإحتفاظ به", "اعتزام وزارة العدل" +
  "الاقتطاع", "ألغت النقابة العامة لعملة التربية" + "الإضراب"; adjectives ("التونسية") and names in construct
  ("حزب التحرير") stay.
- ل + a verbal noun of one errand ends a name (``purpose_nouns``): "للمطالبة", "للقيام", "للنظر", "لنيل".
- A hospital named after a person the tagger ran on into a word of time ends before it (``institutions``).
Sentences from ANT v1.1 (article numbers as ``jdump.py`` counts them); each span is asserted with its offset."""

from __future__ import annotations

import pytest

from entity_cases import entity_spans as spans

ORG_CASES = [
    # ANT 10000s (sport): the cup's count
    ("توج ارسنال بكأس الاتحاد الانقليزي للمرة 13 في تاريخه بعد فوزه على تشلسي",
     ("الاتحاد الانقليزي", "ORG", 16)),
    # ANT: "for the coming year"
    ("استأنف مجلس نواب الشعب، صباح الاحد مداولاته حول ميزانية الدولة لسنة 2016 بالنظر في ميزانية وزارة الشؤون "
     "الخارجية للسنة القادمة.", ("وزارة الشؤون الخارجية", "ORG", 91)),
    # ANT: an adverb after a hospital's name
    ("وتتمثل مطالب أعوان مستشفى شارل نيكول أساسا، وفق المسؤول النقابي، في تفعيل العيادات الخاصة بالاعوان",
     ("مستشفى شارل نيكول", "ORG", 19)),
    # ANT 36753 (line): the federation's event, a new noun phrase
    ("تنظم Ooredoo والجامعة التونسيّة للكرة الحديدية الدورة الوطنية الثانية للكرة الحديديّة",
     ("الجامعة التونسيّة للكرة الحديدية", "ORG", 14)),
    # ANT: the federation "that won lately"
    ("وتسلمت الجامعة التونسية للكرة الحديدية الحائزة مؤخرا على جائزة التميز الرياضي درعا",
     ("الجامعة التونسية للكرة الحديدية", "ORG", 7)),
    # ANT: "the resigning" president's body
    ("وأشار الغنوشي إلى أنه اتصل برئيس الهيئة العليا المستقلة للانتخابات المستقيل شفيق صرصار",
     ("الهيئة العليا المستقلة للانتخابات", "ORG", 33)),
    # ANT: "opposing Bashar al-Assad"
    ("وكان المرصد السوري لحقوق الإنسان المعارض لبشار الأسد أعلن أمس أن أحد مساعدي زعيم تنظيم القاعدة قتل",
     ("المرصد السوري لحقوق الإنسان", "ORG", 5)),
    # ANT: the pole "in charge of the file"
    ("أصدر اليوم عميد قضاة التحقيق بالقطب القضائي لمكافحة الإرهاب المتعهد بملف ما يعرف بعملية سيدي بوزيد الإرهابية",
     ("القطب القضائي لمكافحة الإرهاب", "ORG", 30)),
    # ANT 9969: the club "the only representative of Tunisian handball"
    ("أسفرت القرعة عن وقوع جمعية الحمامات الممثل الوحيد لكرة اليد التونسية في المجموعة الأولى.",
     ("جمعية الحمامات", "ORG", 21)),
    # ANT: a verbal noun, the verb's object
    ("أعلنت وزارة المالية الترفيع في سعر علامتين من السجائر", ("وزارة المالية", "ORG", 6)),
    ("ولكن لم يتم هذه المرة تسليم الهيكل لديوان المناجم بل تولت وزارة الثقافة الإحتفاظ به ولكنها قامت بتفكيكه",
     ("وزارة الثقافة", "ORG", 58)),
    ("ما يروج إعلاميا من اعتزام وزارة العدل الاقتطاع من أجور القضاة", ("وزارة العدل", "ORG", 26)),
    ("ألغت النقابة العامة لعملة التربية الإضراب الذي كان مقررا تنفيذه يومي 1 و2 فيفري القادم",
     ("النقابة العامة لعملة التربية", "ORG", 5)),
    # ANT: ل + a verbal noun of one errand
    ("نفذت المنظمة التونسية للشغل وقفة احتجاجية أمام مقر وزارة الشؤون الدينية للمطالبة برحيل الوزير",
     ("وزارة الشؤون الدينية", "ORG", 51)),
    ("وقالت إنه تمّ توجيه منشور إلى وزارة الداخلية للقيام بغلق محطات تحلية مياه عشوائية بالمنطقة.",
     ("وزارة الداخلية", "ORG", 30)),
    ("تتوجه حكومة يوسف الشاهد المقترحة، بعد غد الجمعة، إلى مجلس نواب الشعب لنيل الثقة",
     ("مجلس نواب الشعب", "ORG", 53)),
]


@pytest.mark.parametrize(("sentence", "span"), ORG_CASES)
def test_org_ends_before(sentence: str, span: tuple[str, str, int]) -> None:
    found = spans(sentence)
    assert span in found, found
    text, _, start = span
    assert sentence[start:start + len(text)] == text
    # no other ORG starting there, longer (the word after it is out)
    assert not [s for s in found if s[2] == start and s[0] != text], found


@pytest.mark.parametrize(("sentence", "span"), [
    # names that keep a participle with its preposition, an adjective, a complement or a verbal noun in construct
    ("وتعهدت الفرقة الوطنية المختصة في مكافحة الإرهاب بالقضية",
     ("الفرقة الوطنية المختصة في مكافحة الإرهاب", "ORG", 7)),
    ("وقال الناطق باسم الهيئة العليا المستقلة للانتخابات إن العملية تمت",
     ("الهيئة العليا المستقلة للانتخابات", "ORG", 17)),
    ("وأكد حزب التحرير في بيان أنه يرفض القرار", ("حزب التحرير", "ORG", 5)),
    ("وقالت منظمة الأمم المتحدة للتربية والعلم والثقافة إن",
     ("منظمة الأمم المتحدة للتربية والعلم والثقافة", "ORG", 6)),
    # a verbal noun after a name is the verb's object: "الإضراب العام" out
    ("وأعلن الاتحاد العام التونسي للشغل الإضراب العام", ("الاتحاد العام التونسي للشغل", "ORG", 6)),
])
def test_names_kept(sentence: str, span: tuple[str, str, int]) -> None:
    assert span in spans(sentence)
