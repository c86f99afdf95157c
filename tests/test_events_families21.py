"""The events stage, session 21: families read on ANT (Tunisian and world news).

- The actor phrase is the subject noun phrase only: a dual or sound plural takes no genitive and an adjective has the
  shape of one, so the object after it is not swallowed ("قصفت طائرتان قاعدة عسكرية" → actor "طائرتان").  The thing an
  attack hits (a site, a building, a vehicle; not a town, which is the place) after the subject, after the verb or
  after "على"/"ضد" is the target ("قاعدة عسكرية", "حاجزا أمنيا", "سيارة أجرة").
- The person an arrest or an attack takes is its target when no candidate names them ("القبض على عون حرس",
  "اعتدى على طالبة").
- The subject of a verb of suffering (تعرض، يتعرض، وقع ضحية) is the victim; "من قبل"/"من طرف"/"على يد" name the actor
  ("من قبل" opens no clause).
- An act an accusation or a plan names is not negated when the document tells it as done (a martyr or a death after
  it; an event of the same type, not negated, with the same victim).
- A strike postponed by a verb ("تأجل الإضراب"), headed "نحو", or awaited ("وينتظر تنفيذ الإضراب") is negated.
"""

from __future__ import annotations

import pytest

from event_cases import events as _events


@pytest.mark.parametrize(("text", "expected"), [
    # the dual subject, then its object (the family left by session 20)
    ("قصفت طائرتان قاعدة عسكرية في ريف حمص.",
     [("قصفت", "air/drone strike", False, [("actor", "طائرتان"), ("target", "قاعدة عسكرية")])]),
    ("قصفت طائرتان حربيتان مواقع في ريف حمص.",
     [("قصفت", "air/drone strike", False, [("actor", "طائرتان حربيتان"), ("target", "مواقع")])]),
    # a feminine subject with its adjective, a feminine object
    ("قصفت طائرة حربية سيارة في ريف حمص.",
     [("قصفت", "air/drone strike", False, [("actor", "طائرة حربية"), ("target", "سيارة")])]),
    ("هاجمت مجموعة مسلحة دورية أمنية في القصرين.",
     [("هاجمت", "armed clash", False, [("actor", "مجموعة مسلحة"), ("target", "دورية أمنية")])]),
    # a plural subject, an accusative object
    ("هاجم مسلحون ملثمون حاجزا أمنيا في سيناء.",
     [("هاجم", "armed clash", False, [("actor", "مسلحون ملثمون"), ("target", "حاجزا أمنيا")])]),
    # "النار" is the verb's object, not the genitive of the subject
    ("أطلقت عناصر إرهابية النار على حافلة.",
     [("أطلقت", "attack", False, [("actor", "عناصر إرهابية"), ("target", "حافلة")])]),
    # ANT: the object ends before a verb, a place word, a preposition
    ("وقالت مصادر أمنية إن مسلحين استهدفوا سيارة أجرة كان يستقلها أفراد الشرطة بحي المساعيد بمدينة العريش.",
     [("استهدفوا", "shelling/artillery/missile attack", False, [("actor", "مسلحين"), ("target", "سيارة أجرة")])]),
    ("مصر : مقتل 4 سياح أجانب وإصابة 13 في انفجار حافلة قرب الحدود الإسرائلية",
     [("انفجار", "remote explosive/landmine/IED", False, [("target", "حافلة")])]),
    # the subject before the verb
    ("الطائرات الروسية قصفت مستشفى في إدلب.",
     [("قصفت", "air/drone strike", False, [("actor", "الطائرات الروسية"), ("target", "مستشفى")])]),
])
def test_the_subject_then_the_object_it_hits(nlp, text: str, expected: list) -> None:
    assert _events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a car bomb is the weapon, not the thing hit; a town attacked is the place, not the target
    ("انفجرت سيارة مفخخة قرب حاجز أمني في الموصل.", [("انفجرت", "remote explosive/landmine/IED", False, [])]),
    ("شنت مقاتلات روسية غارات على بلدة خان شيخون في ريف إدلب.",
     [("غارات", "air/drone strike", False, [("actor", "مقاتلات روسية")])]),
    # a group after the site owns it: the group is the target named
    ("شنت طائرات التحالف غارات جوية على مواقع داعش في الموصل.",
     [("غارات جوية", "air/drone strike", False, [("actor", "طائرات التحالف"), ("target", "داعش")])]),
    # the people in a vehicle are the victims
    ("وأطلق مسلحون النار على حافلة تقل مدنيين في المنيا.",
     [("أطلق", "attack", False, [("actor", "مسلحون"), ("target", "مدنيين")])]),
])
def test_no_object_target(nlp, text: str, expected: list) -> None:
    assert _events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ANT: the arrested, named by a person noun no other layer names
    ("تمكنت الوحدات الامنية أمس الأربعاء، من إلقاء القبض على عون حرس في عقده الرابع، بحوزته 7 كلغ من القنب الهندي.",
     [("إلقاء القبض", "arrests", False, [("actor", "الوحدات الامنية"), ("target", "عون حرس")])]),
    ("تمكن اعوان الاستمرار بمنطقة الامن الوطني بمنوبة ،مساء امس الاربعاء، من القاء القبض على اجنبي من بلد افريقي.",
     [("القاء القبض", "arrests", False, [("target", "اجنبي")])]),
    # ANT: the arrested before a clause with its own "على"; a nisba with ل
    # (session 26: the one arrested, right before the assault, is its actor)
    ("سوسة : إيقاف شخص اعتدى على عون ديوانة",
     [("إيقاف", "arrests", False, [("target", "شخص")]),
      ("اعتدى", "attack", False, [("actor", "شخص"), ("target", "عون ديوانة")])]),
    ("تمكنت فرقة الأمن السياحي بالحمامات عشية اليوم من إيقاف كهل ليبي ومواطن تونسي بحوزتهما 120 ألف دينار مزورة.",
     # (session 42: the citizen joined by و is a person taken too)
     [("إيقاف", "arrests", False, [("actor", "الأمن السياحي"), ("target", "كهل ليبي"), ("target", "مواطن تونسي")])]),
    # ANT: a later name is not the one taken; "على" after another word of the trigger; a nisba with ل but no ب-phrase
    ("حاول إرشاء أعوان الأمن : القبض على مروّج لأقراص 'سوبيتاكس'",
     [("القبض على", "arrests", False, [("actor", "أعوان الأمن"), ("target", "مروّج")])]),
    ("يذكر أن عددا من المواطنين قد تمكنوا بدورهم من إلقاء القبض أيضا على اللصّ الثاني واسترداد المسروق.",
     [("إلقاء القبض", "arrests", False, [("target", "اللصّ الثاني")])]),
    ("وتم الاحتفاظ به وتحرير محضر عدلي بشأنه بتهمة الاعتداء بفعل الفاحشة على قاصر.",
     # session 22: an assault "بفعل الفاحشة" is sexual violence
     [("الاعتداء", "sexual violence", True, [("target", "قاصر")])]),
    ("أفادت مراسلة إذاعة محلية أنه تم امس ايقاف طالب بكلية طب على علاقة بأسلحة.",
     [("ايقاف", "arrests", False, [("target", "طالب")])]),
    # ANT: the warrant's clause after the arrested is not in the phrase
    ("سوسة : القبض على مجرم خطير صادرة في حقه 12 منشورا", [("القبض على", "arrests", False, [("target", "مجرم خطير")])]),
    ("أوقفت الشرطة شابا يبلغ من العمر 22 سنة.",
     [("أوقفت", "arrests", False, [("actor", "الشرطة"), ("target", "شابا")])]),
    # an accusative head takes no genitive; a clause after an indefinite noun is not in it
    ("أوقف الأمن الأردني رجلا ارتبط بـ 250 فتاة عبر عقود زواج مزورة.",
     [("أوقف", "arrests", False, [("actor", "الأمن الأردني"), ("target", "رجلا")])]),
    ("ألقت السلطات المصرية القبض على مسنة احتفلت بزفافها.",
     [("ألقت", "arrests", False, [("actor", "السلطات المصرية"), ("target", "مسنة")])]),
    # a name after the person noun (after a preposition or a nickname word, the name alone)
    ('أكدت تقارير إخبارية اليوم الأحد خبر مقتل التونسي المكنى "أبو الحسن التونسي"، قيادي بارز بجبهة النصرة.',
     [("مقتل", "attack", False, [("target", "أبو الحسن التونسي")])]),
    ("أعلنت شرطة ليما بولاية أوهايو الأمريكية اعتقال المطلوب لديها دونالد بيو بمقاطعة اسكامبيا.",
     [("اعتقال", "arrests", False, [("actor", "شرطة"), ("target", "دونالد بيو")])]),
    # ANT: the victim after "على", before the place written with ب (which is no actor)
    ("أعلنت الوزارة الإيقاف التحفظي للأستاذ الجامعي الذي اعتدى على طالبة بالمعهد العالي للبيوتكنولوجيا بباجة.",
     [("اعتدى", "attack", False, [("target", "طالبة")])]),
    # the genitive of an assault noun is its doer, not the person taken
    ("توقفت الدروس بالمعهد بعد اعتداء أستاذ على طالبة بكرسي.", [("اعتداء", "attack", False, [("target", "طالبة")])]),
    # a person noun with the body it belongs to, whole
    ('بعد الاعتداء على مراسلة الجوهرة "اف ام" في سوسة',
     [("الاعتداء", "attack", False, [("target", 'مراسلة الجوهرة "اف ام"')])]),
    # an adjective of the event is no person taken
    ("تتواصل الاعتداءات الإرهابية على المدنيين في سيناء.", [("الاعتداءات", "attack", False, [("target", "المدنيين")])]),
])
def test_the_person_taken(nlp, text: str, expected: list) -> None:
    assert _events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("تعرض منزل الصحفي إلى هجوم بالحجارة من قبل مجهولين.",
     [("هجوم", "armed clash", False, [("actor", "مجهولين"), ("target", "منزل الصحفي")])]),
    ("يتعرض الصحفيون لاعتداءات متكررة من قبل أعوان الأمن.",
     [("اعتداءات", "attack", False, [("actor", "أعوان الأمن"), ("target", "الصحفيون")])]),
    ("وقع مواطن ضحية اعتداء من طرف منحرفين.",
     [("اعتداء", "attack", False, [("actor", "منحرفين"), ("target", "مواطن")])]),
    ("تعرض عون أمن إلى اعتداء بالعنف.", [("اعتداء", "attack", False, [("target", "عون أمن")])]),
    # ANT: the people a quantity counts
    ("تعرّض عدد من أعوان الأمن ليلة البارحة، إلى الاعتداء بواسطة الحجارة.",
     [("الاعتداء", "attack", False, [("target", "عدد من أعوان الأمن")])]),
    # ANT: the subject ends at a time word; a named person after a title
    ("تعرضت فرقاطة سعودية أثناء قيامها بمهمة غرب ميناء الحديدة لهجوم من قبل زوارق تابعة للحوثيين.",
     [("هجوم", "armed clash", False, [("actor", "حوثيين"), ("target", "فرقاطة سعودية")])]),
    ('وللتذكير فقد تعرضت نجمة "تلفزيون الواقع" كيم كاردشيان في 3 أكتوبر 2016 إلى هجوم مسلح من طرف مسلحين.',
     [("هجوم", "armed clash", False, [("actor", "مسلحين"), ("target", "كيم كاردشيان")])]),
    # ANT: "من قبل" names the actor, also after a head word and a quote
    ("تعرّضت فتاة في الخامسة عشرة من عمرها للاغتصاب في مدينة شيكاغو الأمريكية من قبل مجهولين.",
     [("اغتصاب", "sexual violence", False, [("actor", "مجهولين"), ("target", "فتاة")])]),
    ('أكرم طفل يزيدي، اختطف من قبل تنظيم "داعش" الإرهابي منذ عمر ال6 سنوات.',
     [("اختطف", "abduction/forced disappearance", False, [("actor", "داعش")])]),
])
def test_the_subject_of_suffering_is_the_victim(nlp, text: str, expected: list) -> None:
    assert _events(nlp, text) == expected


def test_suffering_with_a_pronoun_names_no_subject_after(nlp) -> None:
    # "تعرضه": the victim is told before the verbal noun; the words after it are not its subject
    events = _events(nlp, "أكد الشاب بعد تعرضه للاعتداء أن أعوان الأمن لم يتدخلوا.")
    assert [e[0] for e in events] == ["اعتداء"]
    assert all(role != "target" or text != "أعوان الأمن" for role, text in events[0][3])


@pytest.mark.parametrize(("text", "negated"), [
    # a martyr, a death after the charged act: it was done
    ("تتواصل محاكمة المتهمين بقتل الشهيد لطفي نقض.", False),
    ("أجّلت محكمة جنايات الظفرة النظر في قضية خليجي متهم بقتل زوجته عمدًا، بعد قيامه بدفعها خارج السيارة، ما أدّى "
     "إلى وفاتها.", False),
    # ... but a charge alone, an attempt, a plan stay negated
    ("أجلت المحكمة النظر في قضية خليجي متهم بقتل زوجته عمدا.", True),
    ("ولم تتوصل محكمة انتورب إلى أدلة كافية تدين المعتقل التونسي بتهمة محاولة تنفيذ هجوم إرهابي.", True),
    ("اعتقل البلجيكي الذي خطط لاغتيال محمد الزواري.", True),
])
def test_a_charged_act_told_as_done(nlp, text: str, negated: bool) -> None:
    events = [e for e in _events(nlp, text) if e[1] == "attack"]
    assert len(events) == 1
    assert events[0][2] is negated


def test_a_planned_killing_the_document_tells_as_done(nlp) -> None:
    # ANT (family 4): the plotter of an assassination that took place, the same victim told killed
    text = "اعتقل البلجيكي الذي خطط لاغتيال محمد الزواري. وتمت عملية اغتيال الزواري أمام منزله بصفاقس."
    events = _events(nlp, text)
    assert [(e[0], e[2]) for e in events if e[1] == "attack"] == [("اغتيال", False), ("اغتيال", False)]
    # and a plotted attack with no victim told of stays negated beside another attack
    text = "لندن : اعتقال شخص يشتبه في تخطيطه لهجوم إرهابي. وكان هجوم إرهابي قد استهدف البرلمان في مارس."
    assert [e[2] for e in _events(nlp, text) if e[0] == "هجوم"] == [True, False]


@pytest.mark.parametrize(("text", "negated"), [
    # ANT: postponed by a verb, headed "towards", awaited
    ("تأجل الإضراب العام في قطاع الصحة الذي كان مقررا تنفيذه غدا الخميس.", True),
    ("نحو تنفيذ اضراب عام في جرجيس", True),
    ("وينتظر تنفيذ الاضراب العام يومي 29 نوفمبر.", True),
    ("أُلغي الإضراب العام في قطاع النقل.", True),
    # held: entered today
    ("دخل أهالي معتمدية حاجب العيون من ولاية القيروان اليوم الاربعاء في إضراب عام.", False),
])
def test_a_strike_not_held(nlp, text: str, negated: bool) -> None:
    events = [e for e in _events(nlp, text) if e[1] == "peaceful protest"]
    assert len(events) == 1
    assert events[0][2] is negated
