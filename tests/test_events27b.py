"""Event families of session 27, second wave (read on 3,000 + 2,500 held-out ANT articles).

- An attack on computers ("الهجمات الالكترونية", "هجوم سيبراني", "هجوم معلوماتي") or by or on an animal ("هجوم سمكة
  قرش", "هاجم نمر حارسة") is no event; a later "ووقع الهجوم" of the animal's attack neither.
- Explosives countered ("مضادة للألغام", "كشف مواقع تلك الألغام", "نزع الألغام") are no event, defused ones
  ("تفكيك عبوة ناسفة") a disrupted weapons use; an explosion told as a consequence to come ("سيؤدي لانفجار") none.
- An explosion in a plant, factory or refinery with no word of an attack is an accident (not at a metro station).
- The subject before an unvowelled singular past arrest verb with a time or a preposition after it is the one
  arrested ("كيم سانج دوك … اعتقل في أواخر شهر افريل"), the antecedent of a relative clause, not its employer.
- Airports, ports and refineries are things a claimed targeting hits ("استهداف مطار أبها بطائرة مسيرة").
"""

from __future__ import annotations

import pytest

from event_cases import events

DISRUPTED = "disrupted weapons use"
IED = "remote explosive/landmine/IED"
ARRESTS = "arrests"
DRONE = "air/drone strike"


@pytest.mark.parametrize("text", [
    # ANT (408): a wave of cyber attacks; the passive targeting "بهجوم الكتروني"
    "استهدفت موجة من الهجمات الالكترونية \"غير المسبوقة\" مئات الدول السبت.",
    "وأعلن المصرف المركزي الروسي السبت أن النظام المصرفي في البلاد وعدداً من الوزارات استهدف بهجوم الكتروني مكثف.",
    # neighbours: cyber (سيبراني), the feminine هجمة (ANT 2090), معلوماتي
    "تعرضت وزارة الدفاع لهجوم سيبراني واسع أمس.",
    "عندما شنت هجمة الكترونية طالت أجهزة المحمول لآلاف الصحفيين.",
    "ومساء الجمعة طال هجوم معلوماتي كبير عشرات الدول.",
    # ANT (351, 479, 2024): a shark, a tiger; the later "ووقع الهجوم" of the same attack
    "لقي غواص في استراليا اليوم السبت مصرعه وذلك بعد تعرّضه لهجوم من سمكة قرش.",
    "هاجم نمر حارسة عندما كانت في القفص المخصص له في حديقة حيوانات بريطانية، مما تسبب في مقتلها على الفور.",
    "مقتل رجل هاجمته سمكة قرش في لا ريونيون. ووقع الهجوم في مكان معروف بخطورته وتحظر فيه السباحة.",
    # keepers shoot a bear (after "على"); stray dogs (plural, definite)
    "قال مدير الحديقة إن حراس الحديقة أطلقوا النار على الدب قبل وصول الشرطة إلى الموقع.",
    "هاجمت الكلاب الضالة طفلا في القرية.",
    "وكان علينا أن نطلق النار على الحيوان لحماية الزائرين.",
    # ANT (1717): a drone against mines, a robot that detects them, the blast it would cause
    "قامت الحكومة الهندية بتوقيع عقد مع طفل لتصنيع طائرات بدون طيار مضادة للألغام.",
    "اخترع ربوت آلي يعمل على كشف مواقع تلك الألغام.",
    "إن وزن الروبوت سيكون ثقيلا ما سيؤدي بلا شك لانفجار تلك الألغام.",
    # neighbours: mine clearance; ANT (1362): a wall against missiles
    "تتواصل أعمال نزع الألغام في محيط المدينة.",
    "ولن يغطي السور المضاد للصواريخ البالستية برج إيفل فقط.",
    # ANT (1314, 2087): a nuclear plant, a factory; the later "الإنفجار" of the same accident
    "جد صباح اليوم الخميس انفجار قوي في محطة للطاقة النووية بفرنسا ما أسفر عن سقوط عدد من الجرحى. وحسب الصحيفة "
    "فقد سقط حوالي 5 جرحى في الإنفجار.",
    "أصيب 13 شخصا في انفجار داخل مصنع للمدحرجات الكروية في بلدة إلتمان.",
])
def test_no_armed_event(nlp, text):
    assert events(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a medium's cyber adjective after the attack does not make it one on computers
    ("قتل 4 أشخاص في هجوم مسلح على فندق، حسب ما أورده الموقع الإلكتروني للصحيفة.",
     [("هجوم", "attack", False, [("target", "فندق")])]),
    # a man named for an animal: still his execution
    ("أعدمت السلطات السعودية الشيخ نمر النمر في الرياض يوم السبت.",
     [("أعدمت", "attack", False, [("actor", "السلطات")])]),
    # a defused bomb: disrupted, not none
    ("تمكنت وحدات الجيش من تفكيك عبوة ناسفة بجبل الشعانبي.",
     [("تفكيك عبوة", DISRUPTED, False, [("actor", "وحدات الجيش")])]),
    # a bomb that went off; a bomb near a refinery (an attack word); a metro station (no plant)
    ("انفجرت عبوة ناسفة في دورية للجيش بجبل الشعانبي.", [("انفجرت", IED, False, [("target", "دورية")])]),
    ("قتل 5 جنود في انفجار عبوة ناسفة استهدفت دوريتهم قرب مصفاة بيجي.",
     [("انفجار", IED, False, [("target", "دوريتهم")])]),
    ("قتل 10 أشخاص في انفجار بمحطة مترو في مدينة سان بطرسبرغ.", [("انفجار", IED, False, [])]),
])
def test_armed_event_kept(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ANT (2100): the man before the relative clause, not the university he works for
    ("وذكرت الوكالة أن كيم هاك سونج، الذي يعمل لدى جامعة بيونجيانج للعلوم والتكنولوجيا، اعتقل يوم السبت للاشتباه "
     "في قيامه بأعمال عدائية.",
     [("اعتقل", ARRESTS, False, [("target", "كيم هاك سونج")])]),
    # the feminine, a month after "في"
    ("وكانت الناشطة سارة حجازي اعتقلت في سبتمبر الماضي بعد رفع علم.",
     [("اعتقلت", ARRESTS, False, [("target", "سارة حجازي")])]),
    # the police before the verb and an object after it: active
    ("الشرطة اعتقلت أمس ثلاثة أشخاص.", [("اعتقلت", ARRESTS, False, [("actor", "الشرطة"), ("target", "ثلاثة أشخاص")])]),
    ("اعتقلت الشرطة أمس ثلاثة أشخاص في القاهرة.",
     [("اعتقلت", ARRESTS, False, [("actor", "الشرطة"), ("target", "ثلاثة أشخاص")])]),
])
def test_bare_passive_arrest(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("أعلنت جماعة الحوثي استهداف مطار أبها بطائرة مسيرة.",
     [("استهداف", DRONE, False, [("actor", "جماعة الحوثي"), ("target", "مطار أبها")])]),
    ("أعلن الحوثيون استهداف ميناء جازان بزورق مفخخ.",
     [("استهداف", IED, False, [("actor", "الحوثيون"), ("target", "ميناء جازان")])]),
    ("أعلنت جماعة الحوثي استهداف مصفاة جازان بطائرة مسيرة.",
     [("استهداف", DRONE, False, [("actor", "جماعة الحوثي"), ("target", "مصفاة جازان")])]),
])
def test_claimed_targeting_of_sites(nlp, text, expected):
    assert events(nlp, text) == expected
