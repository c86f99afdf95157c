"""Event families of session 28, second wave (read on 3,000 + 2,500 held-out ANT articles).

- A ceasefire phrase is one agreement noun ("اتفاق وقف اطلاق النار", not "اتفاق وقف" and a shooting); a truce told
  as breached ("خروقات لاتفاق وقف اطلاق النار", "انتهك الهدنة") is no agreement and no shooting.
- Weapons developed, possessed, bought or sold ("تطوير … أسلحة نووية وصواريخ", "يمتلك صواريخ", "شراء صواريخ")
  are no attack; "معدات تفجير" is gear, no blast.
- Every noun of a list of charges ("بتهم التحريض … والحرق والتخريب") is a charged act, negated.
- The person taken right after the subject's day and its comma is the arrest's target.
- A country after "من" right after people ("4 سيّاح من كوريا الجنوبية"), or a nisba after them ("سائحا كوريّا"),
  is where they come from, not the event's place.
- Who is written before "إدانة"/"استنكار"/"تنديد" right before the event condemns it: no side of it.
"""

from __future__ import annotations

import pytest

from event_cases import REF, events

AGREEMENT = "agreement"
SHELLING = "shelling/artillery/missile attack"


@pytest.mark.parametrize("text", [
    # ANT (1500): an accusation of ceasefire violations (the whole phrase, with ل before it)
    "وكان وزير الخارجية التركي حمل النظام السوري وروسيا وايران الوقوف وراء خروقات لاتفاق وقف اطلاق النار في سوريا.",
    "واتهم المتحدث مجموعات المعارضة المسلحة بالوقوف وراء الانتهاكات المتكررة لوقف اطلاق النار.",
    # ANT (2152, 1168): the verb, the singular noun and an adjective between
    "وقال إن الطرف المحسوب على حكومة الإنقاذ انتهك الهدنة والترتيبات الأمنية المطلوبة للتهدئة.",
    "وأشار التقرير إلى الانتهاكات الإسرائيلية لاتفاق وقف إطلاق النار في الجولان السوري.",
    # weapons as things: developed in a list (ANT 1999), possessed (1276), bought (1432), sold (1232)
    "كثفت الولايات المتحدة وكوريا الشمالية من التحذيرات المتبادلة، بسبب تطوير بيونج يانج أسلحة نووية وصواريخ في "
    "تحد لقرارات الأمم المتحدة.",
    "وتساءل عما إذا كان التنظيم يمتلك صواريخ لاستخدامها بشكل هجومي.",
    "ويسعى الجيش إلى تطوير قدرات سلاح الجو، وذلك عبر شراء صواريخ أرض جو عالية الدقة.",
    "يشتبه في تورطهم في بيع طائرات هليكوبتر وصواريخ الى ليبيا وإيران.",
])
def test_no_event(nlp, text):
    assert events(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # the ceasefire agreement itself, the whole phrase (ANT 1294), its short form
    ("وأعلنت روسيا وتركيا التوصل إلى اتفاق لوقف إطلاق النار في سوريا.",
     [("اتفاق لوقف إطلاق النار", AGREEMENT, False, [])]),
    ("دخل اتفاق وقف اطلاق النار حيز التنفيذ منتصف الليل في سوريا.",
     [("اتفاق وقف اطلاق النار", AGREEMENT, False, [])]),
    ("أعلنت الحكومة والمتمردون وقف النار في جنوب السودان.",
     [("وقف النار", AGREEMENT, False, [("actor", "المتمردون")])]),
    # a missile fired stays an attack
    ("أطلق الحوثيون صاروخا باليستيا على مدينة جازان.",
     [("صاروخا", SHELLING, False, [("actor", "الحوثيون")])]),
    # ANT (1782): seized mines are a disrupted weapons use, the blasting gear no blast
    ("وحجز 2 كلغ من المتفجرات و مدفعين ولغمين تقليدي الصنع ومعدات تفجير.",
     [("لغمين", "disrupted weapons use", False, [])]),
    # ANT (1189, 1779): found after gear joined by و; seized in a headline's present
    ("وداهمت القوات مخابئ للمتشددين وحجزتها وعثرت أيْضا على بعض أدوات التفجير والألغام وقتلت عددا من المتشدّدين.",
     [("الألغام", "disrupted weapons use", False, [("actor", "القوات")])]),
    ("الجيش الجزائري يحجز مواد متفجرة وألغام تقليدية الصنع",
     [("ألغام", "disrupted weapons use", False, [("actor", "الجيش الجزائري")])]),
    # ANT (604): "عدة" (several) is no gear
    ("تركيا التي عانت من عدة تفجيرات في العام الماضي.", [("تفجيرات", "remote explosive/landmine/IED", False, [])]),
])
def test_agreements_and_weapons(nlp, text, expected):
    assert events(nlp, text) == expected


def test_charge_list(nlp):
    # ANT (1272): the burning is one of the charges, not an act of the authorities who want him
    text = ("وجاء في موقع الانتربول أن القرضاوي مطلوب من قبل السلطات المصرية لقضاء عقوبة بتهم التحريض والمساعدة "
            "على ارتكاب القتل العمد ومساعدة السجناء على الهرب والحرق والتخريب والسرقة.")
    assert [(t, sub, neg) for t, sub, neg, _ in events(nlp, text)] == [
        ("الحرق", "looting/property destruction", True)]
    # after a comma the list is over: a burning told as going on
    assert events(nlp, "اعتقلت الشرطة المتهم بالسرقة، والحرق العمد للمحلات مستمر في المدينة.") == [
        ("اعتقلت", "arrests", False, [("actor", "الشرطة"), ("target", "المتهم")]),
        ("الحرق", "looting/property destruction", False, [("actor", "المتهم")])]


@pytest.mark.parametrize(("text", "expected"), [
    # ANT (1671): the name after the day glued to its comma, not the president named later
    ("اعتقلت السلطات السورية اليوم الاثنين،سليمان هلال الأسد، أحد أقارب الرئيس بشار الأسد وذلك على خلفية قتله "
     "لضابط بالجيش نتيجة خلاف مروري.",
     [("اعتقلت", "arrests", False, [("actor", "السلطات السورية"), ("target", "سليمان هلال الأسد")])]),
    ("اعتقلت الشرطة التركية أمس الأحد، الصحفي أحمد شيك بتهمة دعم الإرهاب.",
     [("اعتقلت", "arrests", False, [("actor", "الشرطة التركية"), ("target", "الصحفي")])]),
    # a new clause after the comma: nobody named is taken
    ("اعتقلت قوات الأمن اليوم الاثنين، وقالت وزارة الداخلية إن محمد علي متورط.",
     [("اعتقلت", "arrests", False, [("actor", "قوات الأمن")])]),
])
def test_arrest_after_day(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "places"), [
    # ANT (969): the tourists' country is no place of the killing; the nisba after them no place at all
    ("أعلنت وزارة الصحّة المصرية عن مقتل 4 سيّاح من كوريا الجنوبية وإصابة 13 آخرين إثر انفجار حافلة سياحية بمنطقة "
     "طابا جنوب سيناء.", [("انفجار", "طابا")]),
    ("وذكرت مصادر أمنية مصرية أن الإنفجار ناجم على الأرجح عن عبوة ناسفة تم زرعها داخل الحافلة التي كان على متنها "
     "33 سائحا كوريّا.", [("الإنفجار", None)]),
    # a town after "من" may be where it happened; a country written as the place stays
    ("قتل 3 مواطنين من حلب في قصف جوي.", [("قصف جوي", "حلب")]),
    ("قتل 3 عمال في هجوم مسلح في مصر.", [("هجوم", "مصر")]),
])
def test_origin_no_place(nlp, text, places):
    doc = nlp(text, reference_date=REF)
    assert [(e.text, (e.location or {}).get("text")) for e in doc.layers["events"]] == places


@pytest.mark.parametrize(("text", "expected"), [
    # ANT (1802): who condemns the attack is none of its sides
    ('وقال البيت الأبيض في بيان ، إن ترامب "تحدث الى بوتين لإدانة الهجوم ، وأعرب عن " خالص تعازيه.',
     [("الهجوم", "armed clash", False, [])]),
    ("وعبرت الحكومة التونسية عن استنكارها للهجوم الإرهابي الذي استهدف كنيسة في مصر.",
     [("هجوم", "attack", False, [("target", "كنيسة")])]),
    # a court's conviction: the court is no side, the act charged
    ("أدانت المحكمة المتهم بقتل زوجته.", [("قتل", "attack", True, [("target", "زوجته")])]),  # (s. 40: his wife)
    # the group that launched it stays its actor
    ("شن تنظيم داعش هجوما على مواقع الجيش.",
     [("هجوما", "armed clash", False, [("actor", "داعش"), ("target", "الجيش")])]),
])
def test_condemner_no_side(nlp, text, expected):
    assert events(nlp, text) == expected
