"""The events stage on families read in real news (ANT v1.1, session 15): a police sweep, a politician's verbal
attack, a party's withdrawal or an accident is no armed event; the agent of a passive ("من طرف", "تم إعدامه") and
the medium of a statement ("في تصريح لـ") are read right.  Every sentence is from ANT v1.1 (one has a damma
added, as news often writes it); each family is tested with the neighbours that must not change.

A case is (sentence, trigger, checks): ``trigger`` is the exact text of the event's trigger; the checks are the
actors' and targets' texts in order, the sub-event type, the fatalities.  ``NO_EVENT`` cases name a trigger that
must not be an event.
"""

from __future__ import annotations

import pytest

REF = "2017-06-01"


def _events(nlp, text):
    doc = nlp(text, reference_date=REF)
    return doc, list(doc.layers["events"])


def _roles(event, role):
    return [a["text"] for a in event.actors if a["role"] == role]


def _check(nlp, text, trigger, checks):
    doc, found = _events(nlp, text)
    match = [e for e in found if e.text == trigger]
    assert match, [(e.text, e.type) for e in found]
    event = match[0]
    for role in ("actor", "target"):
        if role in checks:
            assert _roles(event, role) == checks[role], event.actors
    if "subtype" in checks:
        assert event.subtype == checks["subtype"]
    if "fatalities" in checks:
        assert (event.fatalities or {}).get("value") == checks["fatalities"]
    for a in event.actors:
        assert doc.text[a["start"]:a["end"]] == a["text"]


def _no_event(nlp, text, trigger):
    _, found = _events(nlp, text)
    assert trigger not in [e.text for e in found], [(e.text, e.type) for e in found]


# -- 1. "حملة" alone: a police sweep, a press or election campaign; an army's campaign that kills is an event ----
SWEEPS = [
    ("نظمت أمس وحدات الحرس الوطني التابعة لاقليم الحرس الوطني بسوسة، حملة أمنية موسّعة شملت مختلف مناطق الولاية، "
     "أسفرت عن إيقاف 80 شخصا مفتشا عنهم في قضايا مختلفة", "حملة"),
    ("نفذ أعوان الشرطة البلدية ليلة أمس وبمشاركة مختلف الوحدات الأمنية، حملة واسعة للتصدي للانتصاب الفوضوي بشوارع "
     "تونس العاصمة", "حملة"),
    ("حزب المبادرة يشجب حملة ممنهجة ضد الزعيم الحبيب بورقيبة", "حملة"),
    ("تمكنت الوحدات الامنية التابعة لمنطقة الامن الوطني بتاجروين خلال حملتها الامنية خلال الـ 24 ساعة الماضية من "
     "ايقاف 17 شخصا", "حملتها"),
    # what the campaign aims at is no attack of its own
    ("أكد مصدر أمني للجوهرة \"اف ام\" أنه وفي إطار حملة أمنية مشتركة مع الديوانة تستهدف المهربين تمكنت وحدات أمنية "
     "تابعة لمنطقة الشرطة بالمهدية من ايقاف أحد المهربين", "تستهدف"),
]


@pytest.mark.parametrize(("text", "trigger"), SWEEPS)
def test_a_sweep_is_no_battle(nlp, text, trigger):
    _no_event(nlp, text, trigger)


CAMPAIGNS = [
    ("بعد أن كثف الاحتلال الروسي حملته الشرسة على المدينة، ما أسفر عن مقتل مئات المدنيين وتدمير الأحياء الشرقية "
     "لحلب.", "حملته", {"actor": ["الاحتلال الروسي"], "subtype": "armed clash", "fatalities": 100}),
    ("وجاءت تصريحات العبادي في كلمة نقلها التلفزيون العراقي، في وقت تقوم فيه القوات العراقية بحملة عسكرية منذ "
     "أسابيع لاستعادة مدينة الموصل", "حملة عسكرية", {"actor": ["القوات العراقية"], "subtype": "armed clash"}),
    # the arrest of a sweep keeps its event and now its actor
    ("نظمت أمس وحدات الحرس الوطني التابعة لاقليم الحرس الوطني بسوسة، حملة أمنية موسّعة شملت مختلف مناطق الولاية، "
     "أسفرت عن إيقاف 80 شخصا مفتشا عنهم في قضايا مختلفة", "إيقاف", {"target": ["80 شخصا"], "subtype": "arrests"}),
]


@pytest.mark.parametrize(("text", "trigger", "checks"), CAMPAIGNS)
def test_an_armed_campaign_stays(nlp, text, trigger, checks):
    _check(nlp, text, trigger, checks)


# -- 2. "هاجم", "هجوم" of words: a speech or opinion word and nothing armed in the sentence ----------------------
CRITICISM = [
    ("أحزاب اليمين تعترض الخطوة لم ترق لليمين الفرنسي فقد هاجمت النائبة البرلمانية آني جون فار عن حزب الجمهوريين "
     "الوزيرة نجاة فالو بلقاسم معتبرةً تدريس اللغة العربية تعزيزاً للطائفية في البلاد", "هاجمت"),
    ("وشن الأسد هجوما على تنظيم الإخوان المسلمين قائلا \" نعتذر ممن أسميناهم إخوان الشياطين لأنهم الشياطين "
     "أنفسهم\"", "هجوما"),
    ("نشر تنظيم \"داعش\" افرهابي أمس الثلاثاء شريطا صوتيا هاجم فيه رئيس الولايات المتحدة دونالد ترامب ووصفه "
     "بالغباء", "هاجم"),
    ("وأضاف المؤخر أن رضا الجوادي ليس فوق القانون،مستنكرا الهجمة الشرسة التي تعرّض لها من خلال \"الفايسبوك\" إثر "
     "نشره لتدوينة قال فيها", "الهجمة"),
]


@pytest.mark.parametrize(("text", "trigger"), CRITICISM)
def test_a_verbal_attack_is_no_event(nlp, text, trigger):
    _no_event(nlp, text, trigger)


ATTACKS = [
    ("هاجم مسلحون الخميس الماضي سيارة كانت تنقل الأموال لأحد المصارف الليبية، وقاموا بالاستلاء على مبلغ مالي",
     "هاجم", {"actor": ["مسلحون"], "subtype": "armed clash"}),
    # a statement on Facebook reports an attack; a speaker's "قائلا" with a terrorist attack
    ("وأعلنت قوة الردع على فيسبوك، أن هشام \"أفاد أنه ينتمي لتنظيم الدولة الإسلامية (داعش)، برفقة شقيقه المدعو "
     "سلمان العبيدي منفذ هجوم مانشستر، واعترف بتواجده في بريطانيا أثناء فترة التحضير", "هجوم", {}),
    ("واكد الشاهد في مقابلة مع الصحيفة الالمانية \"بيلد\" نشرته اليوم ان تونس كانت على اتصال دائم مع المانيا "
     "قائلا \"ناسف بشدة لوقوع هذا الهجوم الارهابي الذي مس كافة التونسيين \"", "الهجوم", {}),
]


@pytest.mark.parametrize(("text", "trigger", "checks"), ATTACKS)
def test_an_armed_attack_stays(nlp, text, trigger, checks):
    _check(nlp, text, trigger, checks)


# -- 3. an accident near a weak trigger: its dead are no sign of armed violence ------------------------------------
ACCIDENTS = [
    ("لقي شخص مصرعه، مساء أمس الاثنين، جرّاء انفجار شاحنة غاز بمنطقة الليثي في مدينة بنغازي الليبية", "انفجار"),
    ("ارتفعت حصيلة ضحايا الحادث الذي جد يوم الخميس الماضي في موزمبيق وتمثل في انفجار شاحنة لنقل المحروقات إلى 80 "
     "قتيلا", "انفجار"),
    ("جدّ مساء أمس الجمعة، حادث مرور قاتل على مستوى الطريق الجهوية الرابطة بين قفصة و المظيلة وأسفر عن وفاة شخص في "
     "العقد السادس من عمره", "قاتل"),
]


@pytest.mark.parametrize(("text", "trigger"), ACCIDENTS)
def test_an_accident_is_no_explosion(nlp, text, trigger):
    _no_event(nlp, text, trigger)


BLASTS = [
    ("أسفر انفجار سيارة مفخخة أمام أحد المساجد، وسط مدينة بنغازي الليبية عن إصابة 6 أشخاص بينهم وزير داخلية ليبي "
     "سابق ونجله", "انفجار", {"subtype": "remote explosive/landmine/IED"}),
    ("أسفر انفجار لغم في أحد مرتفعات القصرين، اليوم عن إصابة عسكريين اثنين", "انفجار",
     {"subtype": "remote explosive/landmine/IED"}),
]


@pytest.mark.parametrize(("text", "trigger", "checks"), BLASTS)
def test_a_bomb_stays(nlp, text, trigger, checks):
    _check(nlp, text, trigger, checks)


# -- 4. a party withdraws, splits, merges, grips power: politics; a government's force takes an airport -----------
POLITICS = [
    ("قال رئيس الجمهورية، الباجي قائد السبسي إن انسحاب رئيس الاتحاد الوطني الحر، سليم الرياحي من وثيقة قرطاج لن "
     "يكون له أي تأثير", "انسحاب"),
    ("انسحاب حزب الوطن من عملية الإندماج مع حزب المبادرة", "الإندماج"),
    ("مهدي بن غربية : افاق تونس انسحب بعد ان تراجعوا في منحه 4 وزارات", "انسحب"),
]


@pytest.mark.parametrize(("text", "trigger"), POLITICS)
def test_a_party_move_is_no_event(nlp, text, trigger):
    _no_event(nlp, text, trigger)


TERRITORY = [
    ("قوة عسكرية تابعة لحكومة الوفاق الليبية تسيطر على مطار طرابلس الدولي", "تسيطر",
     {"subtype": "non-state actor overtakes territory"}),
    # a party named as the source does not unmake an attack
    ("وقال الحبيب خضر مساعد رئيس مجلس الشعب المكلف بالعلاقات مع الهيئات الدستورية إن هذه الخطوة تأتي تضامنا مع "
     "الشعب الكويتي اثر العملية الارهابية التي استهدفت مسجد الإمام الصادق في منطقة الصوابر بالكويت،وفق ما جاء في "
     "الصفحة الرسمية لحركة النهضة.", "استهدفت", {}),
]


@pytest.mark.parametrize(("text", "trigger", "checks"), TERRITORY)
def test_a_government_force_stays(nlp, text, trigger, checks):
    _check(nlp, text, trigger, checks)


# -- 5. the passive: "من طرف" names the agent, the subject of "تم إعدامه" is the victim ----------------------------
PASSIVES = [
    ("اختطاف صحفية عراقية من طرف مسلحين", "اختطاف", {"actor": ["مسلحين"], "target": ["صحفية عراقية"]}),
    ("سيدي بوزيد : اغتصاب طفل من طرف شخصين", "اغتصاب", {"actor": ["شخصين"], "target": ["طفل"]}),
    ("تم اليوم الاثنين إلقاء القبض على مفتش عنه بتهمة القتل العمد من طرف وحدات الحرس الوطني بمنزل تميم من ولاية "
     "نابل", "إلقاء القبض", {"actor": ["وحدات الحرس الوطني"]}),
    ("وللتذكير فقد تعرضت نجمة \"تلفزيون الواقع\" كيم كاردشيان في 3 أكتوبر 2016 إلى هجوم مسلح من طرف مسلحين وتم "
     "احتجازها تحت تهديد السلاح في أحد فنادق باريس", "هجوم", {"actor": ["مسلحين"], "target": ["كيم كاردشيان"]}),
    ("يذكر أن جانغ تم إعدامه بتهمة قيادة نشاط ضد الحزب والثورة ومؤامرة الانقلاب على النظام الحاكم في ديسمبر عام "
     "2013", "إعدامه", {"actor": [], "target": ["جانغ"]}),
    ("و أوضح أن الدولة التونسية تعرف جيّدا المهندس \"محمد الزواري\" الذي تم اغتياله، وتعرف ايضا تحركاته ونشاطاته",
     "اغتياله", {"actor": [], "target": ["محمد الزواري"]}),
    # written with the damma of the passive (ANT article 2,063 of 0 writes it without)
    ("وذكرت وسائل الإعلام الرسمية في كوريا الشمالية أن مواطنا أمريكيا ثالثا هو كيم سانج دوك كان على صلة بالجامعة "
     "نفسها اعتُقل في أواخر شهر افريل لقيامه بأعمال عدائية", "اعتُقل", {"actor": [], "target": ["كيم سانج"]}),
    # "X و Y" after the agent: both the agent
    ("وأفاد البيان ان \"الاحتجاج المدني السلمي الذي نظّمته تنسيقية الحركات الاجتماعية بالمكناسي أمس الثلاثاء أمام "
     "مقر ولاية سيدي بوزيد تعرض الى اعتداءات خطيرة من طرف قوات الامن وميليشيات تواجدت بالمكان", "اعتداءات",
     {"actor": ["قوات الامن", "ميليشيات"]}),
    # neighbours: the agent of another word, the noun right before "من طرف", another trigger's, stays out
    ("وأفاد البيان ان \"الاحتجاج المدني السلمي الذي نظّمته تنسيقية الحركات الاجتماعية بالمكناسي أمس الثلاثاء أمام "
     "مقر ولاية سيدي بوزيد تعرض الى اعتداءات خطيرة من طرف قوات الامن وميليشيات تواجدت بالمكان", "الاحتجاج",
     {"actor": []}),
    ("وقام احد الإرهابيين بتفجير نفسه خلال ملاحقته من طرف الوحدات الأمنية", "تفجير",
     {"actor": ["الإرهابيين"], "subtype": "suicide bomb"}),
    # (session 25, second wave: the units "التابعة ل" a body are that body)
    ("تمكنت الوحدات الأمنية التابعة لفرقة الشرطة العدلية بجندوبة اليوم الثلاثاء، من إيقاف شاب يبلغ من العمر 22 سنة "
     "بعد اتهامه من طرف فتاة", "إيقاف", {"actor": ["فرقة الشرطة العدلية"], "target": ["شاب"]}),
    # who took the case in hand before "وتم": still the actor (session 14)
    ("وتعهد مركز الأمن الوطني ببوحسينة بالقضية وتم إيقاف المتهم البالغ من العمر 63 سنة", "إيقاف",
     {"actor": ["مركز الأمن الوطني ببوحسينة"], "target": ["المتهم البالغ"]}),
]


@pytest.mark.parametrize(("text", "trigger", "checks"), PASSIVES)
def test_passive_roles(nlp, text, trigger, checks):
    _check(nlp, text, trigger, checks)


# -- 6. the medium of a statement ("في تصريح لـ") is no actor; a protest with no death is no excessive force --------
STATEMENTS = [
    ("وأضاف الطرشوني في تصريح لـ\"الجوهرة أف أم\" أنه تم التوصل الى اتفاق مع الحكومة بخصوص جانب من المطالب المضمنة "
     "في لائحة الاضراب", "الاضراب", {"actor": [], "subtype": "peaceful protest"}),
    ("أكد فيصل جدلاوي، محامي شفيق جراية في تصريح لـ \"الجوهرة اف أم\" اليوم الثلاثاء خبر ايقاف رجل الأعمال", "ايقاف",
     {"actor": [], "target": ["رجل الأعمال"]}),
    ("وزارة الداخلية تنفي خبر وفاة أحد الطلبة خلال الاحتجاجات", "الاحتجاجات",
     {"subtype": "peaceful protest", "fatalities": 0}),
    ("لا صحة لخبر وفاة أحد المحتجين في اعتصام الكامور", "اعتصام", {"subtype": "peaceful protest", "fatalities": 0}),
]


@pytest.mark.parametrize(("text", "trigger", "checks"), STATEMENTS)
def test_statements_and_denied_deaths(nlp, text, trigger, checks):
    _check(nlp, text, trigger, checks)


# -- 7. who makes a statement to the media ("X في تصريح لـ …") tells of the event; the dead are victims -------------
SPEAKERS = [
    ("أكد الناطق الرسمي باسم المحكمة الابتدائية بسوسة،فريد بن جحا في تصريح ل\"جوهرة أف أم\" أن اشتباكات جدّت أمس "
     "الجمعة بين مجموعة من المصلين وأعوان الأمن في محيط جامع عمر بن الخطاب بسوسة", "اشتباكات",
     # the two sides (session 23b), not the speaker; the people of "مجموعة من" (session 48); worshippers against
     # the police are a riot, the police its target (session 48, ev48b)
     {"subtype": "violent demonstration", "actor": ["المصلين"], "target": ["أعوان الأمن"]}),
    ("وأوضح مساعدُ وكيل الجمهورية بالمحكمة الابتدائية بالمنستير رشدي بن رمضان في تصريح للجوْهرة أف أم أنه تم إيقاف 3 "
     "أشخاص بتهمة القتل العمد في انتظار تقرير الطب الشرعي", "إيقاف", {"actor": [], "target": ["3 أشخاص"]}),
    ("وأكد أمين عام المنظمة التونسية للشغل محمد لسعد عبيد في تصريح للجوهرة أف أم أن الاحتجاجات ستتواصل للمطالبة "
     "بأن يرفع وزير الشؤون الدينية عثمان بطيخ اليد عن الأئمة الأكفاء", "الاحتجاجات", {"actor": []}),
    # neighbour: a statement "في بيان" may report one's own deed: the police who detained
    ("وذكرت إدارة شرطة فورت كولينز في بيان أمس الاثنين أنها احتجزت جوزيف", "احتجزت",
     {"actor": ["فورت كولينز"], "target": ["جوزيف"]}),
]


@pytest.mark.parametrize(("text", "trigger", "checks"), SPEAKERS)
def test_a_statement_to_the_media(nlp, text, trigger, checks):
    _check(nlp, text, trigger, checks)


VICTIMS = [
    ("اليمن : مقتل جنود في هجوم انتحاري", "هجوم انتحاري", {"actor": [], "target": ["جنود"]}),
    ("تركيا : مقتل جنود في هجوم  بسيارة مفخخة", "هجوم", {"actor": [], "target": ["جنود"]}),
    # (the killing is the clash's: one event)
    ("تبادل إطلاق نار في مصر : مقتل مسلحيْن و حجز متفجرات وأسلحة", "إطلاق نار",
     {"actor": [], "target": ["مسلحيْن"], "fatalities": 2}),
    # (session 46: the kin noun after the verb that carries her pronoun is who burnt her)
    ("بوفيشة : وفاة فتاة أحرقها شقيقها", "أحرقها", {"actor": ["شقيقها"], "target": ["فتاة"]}),
    # neighbours: the subject of a killing verb, a group after "برصاص"
    ("هاجم مسلحون الخميس الماضي سيارة كانت تنقل الأموال لأحد المصارف الليبية، وقاموا بالاستلاء على مبلغ مالي",
     "هاجم", {"actor": ["مسلحون"]}),
    ("أعدمت حركة حماس التي تسيطر على قطاع غزة اليوم الخميس ثلاثة أشخاص، ادينوا ب \"التخابر مع الكيان الصهيوني\" في "
     "مدينة غزة", "أعدمت", {"actor": ["حماس"], "target": ["ثلاثة أشخاص"], "fatalities": 3}),
]


@pytest.mark.parametrize(("text", "trigger", "checks"), VICTIMS)
def test_the_dead_are_victims(nlp, text, trigger, checks):
    _check(nlp, text, trigger, checks)


# -- 8. a speaker named after a long title, then "أن"/"إن": who reports the event, not its actor -------------------
TITLED = [
    ("وأكّد رئيس الغرفة الوطنية لتجار الأقمشة والملابس الجاهزة محسن بن ساسي أن التجار سيدخلون في إضراب مفتوح خلال "
     "الأيام القليلة القادمة", "إضراب", {"actor": []}),
    ("أكد الناطق الرسمي باسم وزارة الدفاع الوطني، بلحسن الوسلاتي أن لغما انفجر اليوم في جبل المغيلة وأسفر عن إصابة "
     "عسكرييْن", "لغما", {"actor": [], "subtype": "remote explosive/landmine/IED"}),
    ("قال المتحدث باسم الأمن الوطني، العقيد وليد حكيمة إنه تم تسجيل 276 اعتداء على أعوان الأمن أثناء مباشرتهم "
     "لعملهم خلال سنة 2016", "اعتداء", {"actor": [], "target": ["أعوان الأمن"]}),
    # the medium told between the name and "أن" (the teachers who held it are its actor since session 24)
    ("وقال كاتب عام النقابة الاساسية للتعليم الثانوي بدوار هيشر، حسان العرفاوي لوكالة تونس افريقيا للأنباء إن "
     "الأساتذة نظموا وقفة احتجاجية", "وقفة احتجاجية", {"actor": ["الأساتذة"]}),
    ("وقد أكد الناطق الرسمي بإسم نقابة قوات الأمن الداخلي شكري حمادة لمراسل الجوهرة \"اف ام\" أن اعتصامات الأمنيين "
     "ستتواصل بكافة أنحاء الجمهورية", "اعتصامات", {"actor": ["نقابة قوات الأمن الداخلي"]}),
    # the medium in brackets
    ("وأفاد العقيد بلحسن الوسلاتي، الناطق الرسمي باسم وزارة الدفاع الوطني في تصريح ل (وات)، بأنه تم القبض على "
     "المهرب المصاب، بعد أن تركته السيارات", "القبض على", {"actor": []}),
    # neighbour: who announces an arrest right after the verb made it (session 14's reading)
    ("أعلنت وزارة الدفاع الجزائرية أنه تم أمس في عمليتين منفصليتين إلقاء القبض على عنصر إرهابي ببرج باجي مختار، و "
     "تدمير مخبأين للجماعات الإرهابية في بومرداس", "إلقاء القبض",
     {"actor": ["وزارة الدفاع الجزائرية"], "target": ["عنصر إرهابي"]}),
]


@pytest.mark.parametrize(("text", "trigger", "checks"), TITLED)
def test_a_titled_speaker(nlp, text, trigger, checks):
    _check(nlp, text, trigger, checks)


# -- 9. an assault on an abstract object, a court's death sentence, the slaughter of animals: no event -------------
NOT_VIOLENCE = [
    ("وجرى إفراد الاستثناء المتعلق بالرشوة والاعتداء على المال العام بفصل مستقل وهو الفصل الثالث", "الاعتداء"),
    ("الحزب الجمهوري : منع حزب التحرير من ممارسة نشاطه اعتداء على الحقوق الدستورية", "اعتداء"),
    ("واعتبر الأمر اعتداء على سيادة الدولة وهو من اختصاص مجلس الأمن للنظر فيه في حال لجوء تونس الى القانون الدولي",
     "اعتداء"),
    ("يواجه عدد من الجنود في كوريا الشمالية عقوبة الإعدام، بعد نشرهم تدوينة ساخرة من رئيسهم كيم جونغ أون", "الإعدام"),
    ("وقد قضت الدائرة، بعد التفاوض، بالحكم بالإعدام في حق أحد المتهمين وذلك من أجل جريمة قتل نفس بشرية عمدا",
     "الإعدام"),
    ("استعانت كوريا الجنوبية اليوم الاثنين بالقوات المسلحة للمشاركة في أكبر عملية لإعدام الدواجن تشهدها على الإطلاق",
     "إعدام"),
    ("كوريا الجنوبية : الجيش يتدخل لذبح الملايين من الدواجن", "ذبح"),
]


@pytest.mark.parametrize(("text", "trigger"), NOT_VIOLENCE)
def test_no_violence(nlp, text, trigger):
    _no_event(nlp, text, trigger)


VIOLENCE = [
    ("نفذت السلطات المصرية صباح اليوم الخميس حكم الإعدام في حق عادل حبارة، أحد المدانين في قتل 25 مجندا من الأمن "
     "المركزي بمحافظة شمال سيناء", "الإعدام", {"actor": ["السلطات المصرية"], "target": ["عادل حبارة"]}),
    ("واضاف ان \"الاعتداء على حرمة المؤسسة تواصل برشق القاعات، التي تسير فيها الدروس بصفة عادية، بالحجارة مما اثار "
     "خوف الاساتذة", "الاعتداء", {"subtype": "attack"}),
    ("القصرين : الاعتداء على عون حرس خلال حملة أمنية", "الاعتداء", {"subtype": "attack"}),
]


@pytest.mark.parametrize(("text", "trigger", "checks"), VIOLENCE)
def test_violence_stays(nlp, text, trigger, checks):
    _check(nlp, text, trigger, checks)


# -- 10. a police trap beside an arrest is no ambush; "X الذي اغتاله …": X is the victim ---------------------------
TRAPS = [
    ("أمكن لفرقة الأبحاث والتفتيش للحرس الوطني بجندوبة، وبعد نصب كمين محكم يوم أمس السبت 25 مارس 2017، إلقاء القبض على "
     "عنصر تكفيري خطير قاطن بمعتمدية جندوبة", "كمين"),
    ("تمكن أعوان مركز الأمن الوطني بسيدي البشير من القبض على منحرف خطير فار من السجن منذ سنة 2011 بعد نصب كمين محكم له",
     "كمين"),
    ("وقد تم القبض على المتهم بمنطقة بوخزر بجهة بوحسينة اثر كمين محكم نصبته الوحدات الأمنية", "كمين"),
]


@pytest.mark.parametrize(("text", "trigger"), TRAPS)
def test_a_police_trap_is_no_ambush(nlp, text, trigger):
    _no_event(nlp, text, trigger)


AMBUSHES_AND_RELATIVES = [
    # the ambush that killed stays, with the guard as actor
    ("وكانت وحدات الحرس الوطني قد تمكنت خلال الليلة الفارطة إثر نصيب كمين محكم من القضاء على 4 ارهابيين بمنطقة عين "
     "جفال القريبة من جبل المغيلة", "كمين", {"actor": ["وحدات الحرس الوطني"]}),
    ("نشرت كتائب القسام اليوم على تويتر صورا للنصب التذكاري للشهيد محمد الزواري الذي اغتاله الكيان الصهيوني ديسمبر "
     "الماضي في تونس", "اغتاله", {"actor": [], "target": ["محمد الزواري"]}),
    # neighbour: no pronoun on the verb, the antecedent is its subject
    ("ولعل أبرز تلك المواقع مسجد النبي يونس الذي فجره تنظيم داعش منذ عامين.", "فجره", {"actor": ["داعش"]}),
]


@pytest.mark.parametrize(("text", "trigger", "checks"), AMBUSHES_AND_RELATIVES)
def test_ambushes_and_relatives(nlp, text, trigger, checks):
    _check(nlp, text, trigger, checks)


# -- 11. a taking of territory needs territory after "على"; a non-state armed actor's seizure of goods is looting ---
NO_TERRITORY = [
    ("ويتمثّل الحادث في اصطدام سيارة خاصة بسيارة تابعة لدورية كانت رابضة بالمفترق، بسبب فقدان سائقها السيطرة على "
     "المقود", "السيطرة على"),
    ("وقال وزير الداخلية إن الوحدات الأمنية سيطرت على الأوضاع وإنه لا يوجد داع لأي قلق أمني", "سيطرت"),
    ("صفاقس : إيقاف شخص من أجل الإستيلاء على أموال عمومية", "الإستيلاء على"),
    ("شاب وصديقته يستوليان على 110 ألف دينار من مصنع في المنستير", "يستوليان"),
    ("تمكن عناصر فرقة الأمن الوطني بسهلول من إلقاء القبض على إمرأة بتهمة الإستيلاء على مبلغ 50 ألف دينار من منزل "
     "مشغلها", "الإستيلاء على"),
]


@pytest.mark.parametrize(("text", "trigger"), NO_TERRITORY)
def test_no_territory(nlp, text, trigger):
    _no_event(nlp, text, trigger)


TERRITORY = [
    ("وباتت قوات النظام تسيطر على 80 في المئة من الأحياء الشرقية في مدينة حلب التي كانت تحت سيطرة مقاتلي المعارضة",
     "تسيطر", {"subtype": "non-state actor overtakes territory"}),
    ("وتمكنت القوات من استعادة السيطرة على الجزء الشرقي من المدينة، قبل أن تبدأ عملياتها الهجومية على الجزء الغربي",
     "استعادة السيطرة", {"subtype": "government regains territory"}),
    ("قوة عسكرية تابعة لحكومة الوفاق الليبية تسيطر على مطار طرابلس الدولي", "تسيطر",
     {"subtype": "non-state actor overtakes territory"}),
    # goods seized by armed men: looting
    ("القصرين : إرهابيون يداهمون بعض المنازل ويستولون على المؤونة", "يستولون",
     {"subtype": "looting/property destruction"}),
    ("تجري حاليا عمليات تمشيط في المنطقة لتعقب أفراد مجموعة مسلحة، هاجمت منازل في منطقة \"ڨرڨور\" التابعة لولاية الكاف "
     "واستولت على كميات من المؤونة", "استولت",
     {"actor": ["مجموعة مسلحة"], "subtype": "looting/property destruction"}),
]


@pytest.mark.parametrize(("text", "trigger", "checks"), TERRITORY)
def test_territory_and_looting(nlp, text, trigger, checks):
    _check(nlp, text, trigger, checks)


# -- 12. weapons named as things: made or tested, no event; found or seized, a disrupted weapons use ---------------
WEAPONS_MADE = [
    ("وقد اعترف الشاب المذكور عند استنطاقه بأنه كان يخطط لسرقة مواد كيميائية لاستغلالها في صناعة قنابل يدوية "
     "ومتفجرات", "قنابل يدوية"),
    ("أجرت كوريا الشمالية  تجربة صاروخ باليستي في الساعات الأولى من صباح السبت 29 أفريل 2017 بالتوقيت المحلي", "صاروخ"),
    ("وفي وقت سابق هذا الشهر أجرت كوريا الشمالية اختبارا لصاروخ سكود يعمل بالوقود السائل", "صاروخ"),
]


@pytest.mark.parametrize(("text", "trigger"), WEAPONS_MADE)
def test_a_weapon_made_is_no_event(nlp, text, trigger):
    _no_event(nlp, text, trigger)


WEAPONS_FOUND = [
    ("سيدي بوزيد : العثور على 6 قذائف تعود إلى الحرب العالمية الثانية", "قذائف", {"subtype": "disrupted weapons use"}),
    ("وأفاد أنه تم العثور على أحزمة ناسفة ومتفجرات في منزل بمنطقة العويجي في بنقردان", "أحزمة ناسفة",
     {"subtype": "disrupted weapons use"}),
    # neighbours: a weapon used
    ("أسفر انفجار لغم في أحد مرتفعات القصرين، اليوم عن إصابة عسكريين اثنين", "انفجار",
     {"subtype": "remote explosive/landmine/IED"}),
    ("وأكدت مصادر أمنية روسية أن التفجيرين نفذا بواسطة عبوتين ناسفتين", "التفجيرين",
     {"subtype": "remote explosive/landmine/IED"}),
]


@pytest.mark.parametrize(("text", "trigger", "checks"), WEAPONS_FOUND)
def test_a_weapon_found(nlp, text, trigger, checks):
    _check(nlp, text, trigger, checks)


# -- 13. fire exchanged is a clash ------------------------------------------------------------------------------
EXCHANGES = [
    ("الجزائر : إصابة 4 أمنيين في تبادل إطلاق نار مع إرهابيين", "إطلاق نار", {"subtype": "armed clash"}),
    ("وأضاف ذات البلاغ أن التشكيلة التابعة للجيش الوطني تبادلت إطلاق النار مع عناصر مسلحة مرافقة للمهربين",
     "إطلاق النار", {"subtype": "armed clash"}),
    ("مطماطة : تبادل إطلاق نار بين الوحدات الأمنية والعسكرية وإرهابي محاصر", "إطلاق نار",
     {"actor": ["الوحدات الأمنية", "إرهابي"], "subtype": "armed clash"}),  # both sides (session 23b)
    # neighbour: fire opened on someone stays an attack
    ("اضطرت دورية أمنية صباح اليوم على مستوى حي الانطلاقة لإطلاق النار على سيارة لم تمتثل لإشارة التوقف",
     "إطلاق النار", {"subtype": "attack"}),
]


@pytest.mark.parametrize(("text", "trigger", "checks"), EXCHANGES)
def test_fire_exchanged_is_a_clash(nlp, text, trigger, checks):
    _check(nlp, text, trigger, checks)


# -- 14. a denial whose object is the event noun, after its subject -------------------------------------------
@pytest.mark.parametrize(("text", "trigger", "denied"), [
    ("نفى وزير الداخلية الهادي مجدوب اعتداء أعوان الأمن على طلبة الحقوق أمام قصر الحكومة بالقصبة", "اعتداء", True),
    ("ونفى الحاج أبو يوسف أي اقتتال طائفي في العراق مؤكدا ان كل الطوائف العراقية توحدوا", "اقتتال", True),
    # (session 39: "مذكرة ايقاف" is a warrant, no arrest: the denied arrest itself)
    ("وزير العدل ينفي ايقاف عون بريد توزر", "ايقاف", True),
    # neighbours: the denial of another thing; no denial
    ("نفت وزارة الداخلية ما تمّ ترويجه من أخبار بعدد من وسائل الإعلام بشأن ما وُصِف \"باعتداءات أمنيّة\" على طلبة "
     "الحقوق أثناء وقفتهم الإحتجاجيّة أمس بشارع الحبيب بورقيبة", "اعتداءات", False),
    ("إعتداء الأمن على طلبة الحقوق : الداخلية توضّح", "إعتداء", False),
])
def test_a_denied_object(nlp, text, trigger, denied):
    _, found = _events(nlp, text)
    match = [e for e in found if e.text == trigger]
    assert match, [(e.text, e.type) for e in found]
    assert match[0].negated is denied


@pytest.mark.parametrize("text, trigger, reported", [
    # a reporting participle after a claim opens a clause of the same speaker: its events are reported by him
    ("وقال المرصد السوري لحقوق الإنسان إن مطار الشعيرات العسكري أصبح خارج الخدمة بعد الضربات الصاروخية "
     "الأميركية، مؤكدا مقتل 6 من عناصره في الهجوم بينهم ضابط.", "الهجوم", "المرصد السوري لحقوق الإنسان"),
    ("وقال متحدث باسم خفر السواحل الإيطالي إن سفنا تمكنت من إنقاذ 2074 مهاجرا كانوا على متن 16 قاربا مطاطيا، "
     "مؤكدا مقتل شخص واحد.", "مقتل", "متحدث باسم خفر السواحل الإيطالي"),
    # the next sentence is the writer's
    ("وقال المرصد السوري لحقوق الإنسان إن مطار الشعيرات العسكري أصبح خارج الخدمة. وقتل 6 من عناصره في الهجوم "
     "بينهم ضابط.", "الهجوم", None),
])
def test_reported_in_a_participle_clause(nlp, text, trigger, reported):
    _, found = _events(nlp, text)
    event = next(e for e in found if e.text == trigger)
    assert (event.reported or {}).get("text") == reported
