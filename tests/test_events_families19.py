"""The events stage, session 19: families read on real news of several countries.

- Riots: a protest whose protesters are violent is a riot (ACLED's "violent demonstration"): their deeds in every
  person and number ("أضرموا النار", "يرشقون", "اقتحم محتجون … وحطموا … ونهبوا"), thrown molotovs and stones where
  people gather; not the police's deed, a fire set to oneself, the grievance the protest is against or a crime's.
- A crowd counted by a number word is its protest's actor ("احتشد المئات", "خرج عشرات الآلاف").
- An attack named by its place ("هجوم لندن الإرهابي", "هجوم كيبيك") that names no armed side is violence against
  civilians, and the place is no actor.
- A definite attack noun in a later sentence ("وأعلن تنظيم داعش مسؤوليته عن الهجوم") is the attack told before, not
  a second event; a group that claims it is its actor.
- Conflict sentences of Syrian, Iraqi, Yemeni, Libyan and Egyptian news keep their type, actor, place and dead.
- Rammings and stabbings named as attacks ("عملية دهس", "هجوم الطعن") are violence against civilians; the bare verbs
  are not events (an accident, an appeal).  Who acts on the doer of an event ("اعتقلت الشرطة منفذ الهجوم") is not its
  actor, nor a subject far before a relative pronoun's verb.
"""

from __future__ import annotations

import pytest

REF = "2017-06-01"


def _events(nlp, text: str) -> list[tuple]:
    return [(e.text, e.type, [a["text"] for a in e.actors if a["role"] == "actor"])
            for e in nlp(text, reference_date=REF).layers["events"]]


@pytest.mark.parametrize(("text", "expected"), [
    # the protesters' deeds: plural verbs, with and without و, the present, the subject after the verb
    ("أحرق المحتجون العجلات المطاطية وأغلقوا الطريق الرئيسية في القصرين.",
     [("أغلقوا", "riots", ["المحتجون"])]),
    ("اقتحم محتجون مقر المعتمدية وحطموا محتوياتها ونهبوا التجهيزات.", [("محتجون", "riots", ["محتجون"])]),
    ("ألقى محتجون مقذوفات على الشرطة وأحرقوا سيارات وصناديق قمامة في إحدى ضواحي باريس.",
     [("محتجون", "riots", ["محتجون"])]),
    ('وبعد ظهر الأحد تجمع المئات من سكان المدينة أمام مطعم "برينس كباب" وحمل بعضهم حجارة ومفرقعات رموها باتجاهه '
     'فحطموا زجاجه ومحتوياته مطلقين شعارات عنصرية.', [("تجمع", "riots", ["سكان المدينة"])]),  # ANT
    ("رشق المتظاهرون قوات الأمن بالحجارة والزجاجات الحارقة.", [("رشق", "riots", ["المتظاهرون"])]),
    ("أضرمت محتجات النار في مقر البلدية احتجاجا على قطع الماء.", [("احتجاجا", "riots", [])]),
    ("وأضرم المحتجون النار في العجلات المطاطية احتجاجا على البطالة.", [("احتجاجا", "riots", ["المحتجون"])]),
    # thrown molotovs where people gather: a riot of their own
    ("ألقى شبان قنابل المولوتوف على مركز الشرطة.", [("المولوتوف", "riots", ["شبان"])]),
    ("ألقى شبان زجاجات حارقة على دورية للجيش قرب مخيم الجلزون.", [("زجاجات حارقة", "riots", ["شبان"])]),
])
def test_violent_protesters_riot(nlp, text: str, expected: list) -> None:
    assert _events(nlp, text) == expected


@pytest.mark.parametrize(("text", "types"), [
    # the police storms the sit-in, a fire set to oneself, the grievance of the protest, a crime: no riot
    ("اقتحمت قوات الأمن مقر الاعتصام وفرقت المعتصمين.", ["battles", "protests"]),
    ("أضرم شاب النار في جسده أمام مقر الولاية احتجاجا على حجز بضاعته.", ["protests"]),
    ("تعطلت الدروس إثر احتجاج الإطار التربوي على تعرض المؤسسة إلى تهشيم عدد من الكراسي من قبل مجهولين.",
     ["protests"]),
    # (session 47, ev47b: burnt alive is a killing, an attack on civilians, no property destruction)
    ("كان قد خطف وعذب قبل أن يحرق حيا على أيدي مستوطنين متطرفين، مما أثار موجة احتجاج واسعة في فلسطين.",
     ["violence against civilians", "violence against civilians", "protests"]),
    ("قام الجاني برشقهما بالحجارة مما تسبب في إصابة مرافق السائق.", []),
    # (a night club is a civilian site since session 27: an attack on civilians, still no riot)
    ("ارتفع عدد القتلى ضحايا الهجوم بزجاجات حارقة على ملهى ليلي في مدينة الجيزة المصرية إلى 16 شخصا.",
     ["violence against civilians"]),
])
def test_no_riot_without_violent_protesters(nlp, text: str, types: list) -> None:
    assert [e[1] for e in _events(nlp, text)] == types


@pytest.mark.parametrize(("text", "expected"), [
    ("احتشد المئات أمام مقر الولاية للمطالبة بالتشغيل.", [("احتشد", "protests", ["المئات"])]),
    # the march noun is the trigger (session 29, fourth wave), the gathering verb's crowd its actor
    ("خرج عشرات الآلاف في مسيرة حاشدة ضد الفساد.", [("مسيرة", "protests", ["عشرات الآلاف"])]),
    ("تجمع نحو 200 شخص أمام مقر الولاية للمطالبة بالتشغيل.", [("تجمع", "protests", ["نحو 200 شخص"])]),
    ("نظم المئات وقفة احتجاجية أمام البرلمان.", [("وقفة احتجاجية", "protests", ["المئات"])]),
    ("شارك الآلاف في مظاهرة حاشدة بالعاصمة.", [("مظاهرة", "protests", ["الآلاف"])]),
    # neighbours: the protesters named are the actor; a count of other things is none
    ("خرج آلاف المحتجين إلى الشوارع للمطالبة برحيل الحكومة.", [("خرج", "protests", ["المحتجين"])]),
    ("شارك 3 أحزاب في مظاهرة حاشدة بالعاصمة.", [("مظاهرة", "protests", [])]),
])
def test_a_counted_crowd_is_the_protest_actor(nlp, text: str, expected: list) -> None:
    assert _events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وقع هجوم لندن الإرهابي مساء السبت وأسفر عن مقتل 7 أشخاص.",
     [("هجوم", "violence against civilians", [])]),
    ("هجوم كندا الإرهابي : وفاة تونسي وإصابة اثنين", [("هجوم", "violence against civilians", [])]),  # ANT headline
    ("دان الرئيس هجوم كيبيك الذي استهدف مسجدا وأسفر عن مقتل 6 مصلين.",
     [("هجوم", "violence against civilians", [])]),
    ("شن مسلحون هجوما على حافلتين تقلان أقباطا في المنيا.", [("هجوما", "violence against civilians", ["مسلحون"])]),
    # neighbours: soldiers killed make it a battle; an indefinite terror attack stays one
    ("قتل 5 جنود في هجوم العريش الإرهابي.", [("هجوم", "battles", [])]),
    ("قتل 7 أشخاص في هجوم إرهابي بلندن.", [("هجوم", "violence against civilians", [])]),
])
def test_an_attack_named_by_its_place(nlp, text: str, expected: list) -> None:
    assert _events(nlp, text) == expected


def _doc_events(nlp, text: str) -> list[tuple]:
    return [(e.text, e.type, e.sentence, [a["text"] for a in e.actors if a["role"] == "actor"],
             (e.fatalities or {}).get("value")) for e in nlp(text, reference_date=REF).layers["events"]]


@pytest.mark.parametrize(("text", "expected"), [
    # the claim of a group names the attack told before: one event, the group its actor
    ("قتل 7 أشخاص وأصيب 48 آخرون في هجوم إرهابي وسط لندن مساء السبت. وأعلن تنظيم داعش مسؤوليته عن الهجوم.",
     [("هجوم", "violence against civilians", 0, ["داعش"], 7)]),
    ("انفجرت سيارة مفخخة قرب حاجز أمني في الموصل. وأسفر التفجير عن مقتل 5 أشخاص.",
     [("انفجرت", "explosions/remote violence", 0, [], 5)]),
    ("قتل 12 شخصا في سوق شعبي ببغداد. وتبنى تنظيم داعش التفجير.",
     [("قتل", "explosions/remote violence", 0, ["داعش"], 12)]),
    ("قتل 7 أشخاص في هجوم إرهابي وسط لندن. واعتقلت الشرطة 3 أشخاص على صلة بالهجوم.",
     [("هجوم", "violence against civilians", 0, [], 7), ("اعتقلت", "strategic developments", 1, ["الشرطة"], None)]),
    # neighbours: another attack ("الهجوم الثاني"), two attacks ("الهجومين"), an attack elsewhere, too far back
    ("قتل 7 أشخاص في هجوم إرهابي وسط لندن. ووقع الهجوم الثاني في مانشستر وأسفر عن مقتل 3 أشخاص.",
     [("هجوم", "violence against civilians", 0, [], 7), ("الهجوم", "battles", 1, [], 3)]),
    ("قتل 7 أشخاص في هجوم إرهابي وسط لندن. وأسفر الهجومان عن مقتل 3 أشخاص آخرين.",
     [("هجوم", "violence against civilians", 0, [], 7), ("الهجومان", "battles", 1, [], 3)]),
    ("قتل 7 أشخاص في هجوم إرهابي وسط لندن. وقتل 3 جنود في الهجوم على حاجز في العريش.",
     [("هجوم", "violence against civilians", 0, [], 7), ("الهجوم", "battles", 1, [], 3)]),
])
def test_an_anaphoric_attack_is_the_attack_before(nlp, text: str, expected: list) -> None:
    assert _doc_events(nlp, text) == expected


def _full(nlp, text: str) -> list[tuple]:
    return [(e.text, e.subtype, [(a["role"], a["text"]) for a in e.actors], (e.location or {}).get("text"),
             (e.fatalities or {}).get("value")) for e in nlp(text, reference_date=REF).layers["events"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("قصفت طائرات التحالف مواقع لتنظيم داعش في الرقة، ما أسفر عن مقتل 12 عنصرا.",
     [("قصفت", "air/drone strike", [("actor", "طائرات التحالف"), ("target", "داعش")], "الرقة", 12)]),
    ("اندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في ريف حلب الجنوبي.",
     [("اشتباكات", "armed clash", [("actor", "قوات النظام"), ("actor", "فصائل المعارضة")], "حلب", None)]),
    # the bomber is the subject of the verb, in every number and gender, before or after it (session 19)
    ("فجر انتحاري نفسه في سوق شعبي ببغداد، ما أدى إلى مقتل 20 شخصا وإصابة 35 آخرين.",
     [("فجر", "suicide bomb", [("actor", "انتحاري")], "بغداد", 20)]),
    ("فجرت انتحارية نفسها قرب حاجز للشرطة في مايدوغوري.",
     [("فجرت", "suicide bomb", [("actor", "انتحارية")], "مايدوغوري", None)]),
    ("فجر انتحاريان نفسيهما في سوق مزدحم بمدينة مايدوغوري.",
     [("فجر", "suicide bomb", [("actor", "انتحاريان")], "مايدوغوري", None)]),
    ("وقال المتحدث إن الانتحاري فجر نفسه عند مدخل القاعة.",
     [("فجر", "suicide bomb", [("actor", "الانتحاري")], None, None)]),
    ("فجر انتحاري شاحنة ملغومة في بغداد.", [("فجر", "suicide bomb", [("actor", "انتحاري")], "بغداد", None)]),  # ANT
    # neighbours: the adjective of a suicide attack stays its adjective
    ("قتل 10 أشخاص في تفجيرات انتحارية استهدفت سوقا.",
     [("تفجيرات انتحارية", "suicide bomb", [("target", "سوقا")], None, 10)]),
    ("سقط صاروخ أطلقه الحوثيون على مدينة جازان السعودية.",
     [("صاروخ", "shelling/artillery/missile attack", [("actor", "الحوثيون")], "جازان", None)]),
    ("أطلق مسلحون مجهولون النار على حافلة تقل أقباطا في المنيا، ما أسفر عن مقتل 28 شخصا.",
     [("أطلق", "attack", [("actor", "مسلحون مجهولون"), ("target", "حافلة")], "المنيا", 28)]),
    ("شنت مقاتلات روسية غارات على بلدة خان شيخون في ريف إدلب.",
     [("غارات", "air/drone strike", [("actor", "مقاتلات روسية")], "خان شيخون", None)]),
    ("انفجرت سيارة مفخخة قرب حاجز أمني في الموصل، ما أسفر عن سقوط 5 قتلى.",
     [("انفجرت", "remote explosive/landmine/IED", [], "الموصل", 5)]),
    ("قصفت قوات النظام بالمدفعية الثقيلة أحياء درعا البلد.",
     [("قصفت", "shelling/artillery/missile attack", [("actor", "قوات النظام")], "درعا", None)]),
    ("اختطف مسلحون صحفيا في طرابلس الليبية.",
     [("اختطف", "abduction/forced disappearance", [("actor", "مسلحون"), ("target", "صحفيا")], "طرابلس", None)]),
    # barrel bombs, Iraq's districts, fire exchanged with the two sides named before it (session 19)
    ("أسقطت مروحيات النظام براميل متفجرة على أحياء داريا.",
     [("براميل متفجرة", "air/drone strike", [("actor", "مروحيات النظام")], "داريا", None)]),
    # تلعفر is a town since session 30 (ent30c)
    ("تمكنت قوات الحشد الشعبي من استعادة السيطرة على قضاء تلعفر.",
     [("استعادة السيطرة", "government regains territory", [("actor", "قوات الحشد الشعبي")], "تلعفر", None)]),
    ("تبادلت قوات الجيش الليبي وعناصر مجلس شورى ثوار بنغازي إطلاق النار في حي الصابري.",
     [("إطلاق النار", "armed clash", [("actor", "مجلس شورى ثوار بنغازي")], "الصابري", None)]),
    ("وكانت قوات من الأمن المصري قد تبادلت منذ صباح اليوم إطلاق النار مع مسلحين.",
     [("إطلاق النار", "armed clash", [("actor", "قوات"), ("target", "مسلحين")], None, None)]),
    # neighbours: a ceasefire is no shooting; the fire of an attack after an exchange of insults stays an attack
    ("دخل اتفاق لوقف إطلاق النار حيز التنفيذ بين الفصائل الفلسطينية والجيش.",
     # (session 28: the whole phrase, "اتفاق" with it)
     [("اتفاق لوقف إطلاق النار", "agreement", [("actor", "الفصائل الفلسطينية"), ("actor", "الجيش")], None, None)]),
    ("أطلق مسلحون النار على المصلين بعد أن تبادلوا الشتائم مع الحراس.",
     [("أطلق", "attack", [("actor", "مسلحون")], None, None)]),
])
def test_conflict_sentences(nlp, text: str, expected: list) -> None:
    assert _full(nlp, text) == expected


# -- rammings and stabbings named as attacks; the doer's noun before an event --------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("أصيب شرطيان في عملية طعن قرب البرلمان في لندن.", [("عملية طعن", "violence against civilians", [])]),
    ("قتل شخص في هجوم طعن في مدينة نيس.", [("هجوم طعن", "violence against civilians", [])]),
    ("قتل ثلاثة جنود في عملية دهس بالخليل.", [("عملية دهس", "violence against civilians", [])]),
    ("وأعلنت الشرطة أن هجوم الدهس أسفر عن مقتل 12 شخصا في برلين.",
     [("هجوم الدهس", "violence against civilians", [])]),
    ("تواصلت عمليات الطعن في القدس.", [("عمليات الطعن", "violence against civilians", [])]),
    # the bare verbs and the legal appeal: no event
    ("صدر حكم نهائي غير قابل للطعن ببراءة الرئيس.", []),
    ("وطعنت النيابة العامة في الأحكام.", []),
    ("دهست حافلة امرأة في شارع الحبيب بورقيبة.", []),
])
def test_rammings_and_stabbings(nlp, text: str, expected: list) -> None:
    assert _events(nlp, text) == expected


@pytest.mark.parametrize(("text", "trigger"), [
    ("اعتقلت الشرطة منفذ عملية الدهس التي استهدفت مجموعة من المصلين أمام مسجد.", "عملية الدهس"),
    ("اعتقلت الشرطة منفذ الهجوم على المسجد.", "الهجوم"),
    ("اعتقلت الشرطة منفذي التفجير الانتحاري في بغداد.", "التفجير الانتحاري"),
    ("اعتقلت الشرطة منفذ عملية التفجير في برلين.", "التفجير"),
    ("وقتلت قوات الأمن مرتكبي المجزرة.", "المجزرة"),
])
def test_the_doers_captor_is_not_the_events_actor(nlp, text: str, trigger: str) -> None:
    events = {e[0]: e[2] for e in _events(nlp, text)}
    assert events[trigger] == []


@pytest.mark.parametrize(("text", "trigger", "actor"), [
    # neighbours: the subject of a verb whose object is the event itself, a relative's antecedent
    ("شنت قوات الأمن هجوما على معاقل المسلحين.", "هجوما", ["قوات الأمن"]),
    ("نفذت الفصائل عملية تفجير استهدفت رتلا للجيش.", "تفجير", ["الفصائل"]),
    ("وقال الجيش إن المسلحين الذين هاجموا الحاجز فروا.", "هاجموا", ["المسلحين"]),
    ("وتتواصل التحريات لتحديد هوية الإرهابي، الذي استهدف نقطة التفتيش مما أسفر عن مقتل شرطي.", "استهدف",
     ["الإرهابي"]),  # ANT
    ("أن أنيس عامري منفذ اعتداء برلين تلقى أوامر من التنظيم.", "اعتداء", ["أنيس عامري"]),  # ANT: the doer named
])
def test_actors_kept(nlp, text: str, trigger: str, actor: list) -> None:
    events = {e[0]: e[2] for e in _events(nlp, text)}
    assert events[trigger] == actor
