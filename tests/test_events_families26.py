"""Event families of session 26 (read on 3,000 ANT articles, 2,500 held out, and pan-Arab sentences).

- Who arrests, holds, investigates or identifies is not the actor of the crime it pursues (`pursuit_words` and the
  arrest triggers between a police or state body and a violent trigger): "ألقت الشرطة البلجيكية القبض على 6 أشخاص
  … في إطار التحقيقات في هجمات بروكسيل", "تمكنت الوحدات الأمنيّة … من الإحتفاظ بإحدى المواطنات التي يُشتبه في
  ضلوعها في جريمة قتل"; the one arrested is, when a verb of doing or undertaking ties them ("قاما بتحويل وجهة فتاة
  والإعتداء عليها", "أقدموا على اغتصاب طفل"). The body's own deeds stay its own: a verb joined by و, a clash, an
  exchange of fire, a storming it makes ("اعتقلت قوات الاحتلال 5 شبان واقتحمت منازل").
- A storming of a home, a shop, a restaurant, a bank, a school by no group nor state body is no armed clash: a
  robbery with a theft word (looting/property destruction), else an attack on civilians.
- A charge of an attempt ("متهمين بمحاولة حرق") beside the headline's act ("متهمين في محاولة حرق") is that act, told
  as done, and the two fold.
- An official's title and the place or body after it is one person ("محافظ صلاح الدين", "رئيس بلدية الزاوية"),
  hit, not the place; that place is the event's only when the clause names no other.
- The date after "هجوم مماثل" is the similar attack's, not the first's.
- A headline folds into its lead only when their counts agree: one victim is not dozens.
"""

from __future__ import annotations

import pytest

from event_cases import REF, dated, events

ATTACK = "attack"
CLASH = "armed clash"
LOOTING = "looting/property destruction"


@pytest.mark.parametrize(("text", "expected"), [
    # ANT: the police's inquiry is not the attack
    ("ألقت الشرطة البلجيكية القبض على 6 أشخاص وذلك في إطار التحقيقات في هجمات بروكسيل، وفق ما نقلته \"العربية\".",
     [("ألقت", "arrests", False, [("actor", "الشرطة البلجيكية"), ("target", "6 أشخاص")]),
      ("هجمات", ATTACK, False, [])]),
    # ANT: custody ("الإحتفاظ") of a suspect, the killing alone
    ("تمكنت الوحدات الأمنيّة الليلة الماضية من الإحتفاظ بإحدى المواطنات التونسيات التي يُشتبه في ضلوعها في جريمة "
     "قتل المواطن التونسي \"محمّد الزواري\".",
     [("قتل", ATTACK, False, [("target", "محمّد الزواري")])]),
    # ANT: identified the bombers
    ("تمكنت الشرطة البلجيكية من تحديد هوية الشخصين اللذين نفذا الهجومين الانتحاريين في مطار بروكسل.",
     [("الهجومين", "suicide bomb", False, [])]),
    # ANT: the one arrested did it, tied by "قاما ب" and "أقدموا على"
    ("تمكنت الوحدات الأمنية بالمنستير أمس من إيقاف شخصين قاما بتحويل وجهة فتاة والإعتداء عليها بعد تهديدها.",
     [("إيقاف", "arrests", False, [("actor", "الوحدات الأمنية"), ("target", "شخصين")]),
      ("الإعتداء", ATTACK, False, [("actor", "شخصين")])]),
    ("تمكنت الوحدات الأمنية ببنزرت اليوم من القبض على ثلاثة أشخاص بينهم شيخ في الستين أقدموا على اغتصاب طفل.",
     [("القبض على", "arrests", False, [("actor", "الوحدات الأمنية"), ("target", "ثلاثة أشخاص")]),
      ("اغتصاب", "sexual violence", False, [("actor", "ثلاثة أشخاص"), ("target", "طفل")])]),
    # no arrest read ("إيقاف مدير" may be a suspension), the guard's charge still is not theirs
    # (session 30: the school's director is a person taken, the arrest and its doer read)
    ("تمكنت الوحدات الأمنية التابعة لمنطقة الحرس الوطني بجندوبة أمس من ايقاف مدير المدرسة من أجل اغتصاب ابنته.",
     [("ايقاف", "arrests", False, [("actor", "منطقة الحرس الوطني"), ("target", "مدير المدرسة")]),
      # (s. 40; session 41: "من أجل" is a charge, as "بتهمة" is: negated)
      ("اغتصاب", "sexual violence", True, [("actor", "مدير المدرسة"), ("target", "ابنته")])]),
])
def test_pursuers_are_not_the_crimes_actors(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the arrester's second deed, joined by و
    ("اعتقلت قوات الاحتلال 5 شبان واقتحمت منازل في البلدة.",
     [("اعتقلت", "arrests", False, [("actor", "قوات الاحتلال"), ("target", "5 شبان")]),
      ("اقتحمت", CLASH, False, [("actor", "قوات الاحتلال"), ("target", "منازل")])]),
    # a clash it fought to arrest them, a storming it made
    ("ألقت قوات الأمن القبض على 3 مسلحين بعد اشتباكات عنيفة معهم في حي الزهور.",
     [("ألقت", "arrests", False, [("actor", "قوات الأمن"), ("target", "3 مسلحين")]),
      ("اشتباكات", CLASH, False, [("actor", "قوات الأمن")])]),
    ("اعتقلت قوات الأمن 5 أشخاص خلال اقتحام الحي.",
     [("اعتقلت", "arrests", False, [("actor", "قوات الأمن"), ("target", "5 أشخاص")]),
      ("اقتحام", CLASH, False, [("actor", "قوات الأمن")])]),
    # ANT: the pursuit's noun before a verb's subject is no sign: the army shelled the tourists by mistake
    ("قال بيان صادر عن السلطات المصرية إنه أثناء ملاحقة السلطات لمسلحين بمنطقة الواحات بالصحراء الغربية، قصفت "
     "بطريق الخطأ مجموعة من السيارات.",
     [("قصفت", "shelling/artillery/missile attack", False, [("actor", "السلطات")])]),
    # ANT: the one arrested is the victim of a suffering verb, the police named by "على أيدي" did it
    ("تحوّلت عملية إيقاف الشاب تيو إلى قضية بعد نشر شريط فيديو يظهر تعرضه لاعتداءات جنسية بواسطة عصا على أيدي "
     "رجال الشرطة الذين قاموا بإيقافه.",
     # (session 29, third wave: "الذين قاموا بإيقافه" is the same arrest, by the police)
     [("إيقاف", "arrests", False, [("target", "الشاب"), ("actor", "الشرطة")]),
      ("اعتداءات جنسية", "sexual violence", False, [("actor", "الشرطة"), ("target", "تيو")])]),
    # ANT: a seizure beside an arrest is the seizer's, not the men's
    ("الجزائر : القبض على 3 إرهابيين وحجز أسلحة وذخيرة",
     [("القبض على", "arrests", False, [("target", "3 إرهابيين")]), ("حجز أسلحة", "disrupted weapons use", False, [])]),
])
def test_pursuers_keep_their_own_deeds(nlp, text, expected):
    assert events(nlp, text) == expected


def test_agent_after_ala_aydi(nlp):
    assert events(nlp, "قتل ثلاثة مدنيين على أيدي مسلحين مجهولين في ريف درعا.", counts=True) == [
        ("قتل", ATTACK, False, [("actor", "مسلحين مجهولين"), ("target", "ثلاثة مدنيين")], 3, None)]


@pytest.mark.parametrize(("text", "expected"), [
    # ANT headline: criminals break into a school and beat its guard
    ("منحرفون يقتحمون مدرسة إعدادية بدوار هيشر ويعنفون حارسها",
     [("يقتحمون", ATTACK, False, [("actor", "منحرفون"), ("target", "مدرسة إعدادية")])]),
    ("مسلح يقتحم دارا للراهبات ويقتل امرأة مسنة",
     [("يقتحم", ATTACK, False, [("actor", "مسلح"), ("target", "امرأة مسنة")])]),
    ("أقدم مسلح على اقتحام مستشفى حكومي في إسطنبول و احتجاز عدد من الأطباء كرهائن.",
     [("اقتحام", ATTACK, False, [("actor", "مسلح")])]),
    # ANT: with a theft word, a robbery
    ("قام مجهولان عشية الثلاثاء باقتحام احد المطاعم بحي المنشية بالقيروان و ترويع رواده باستعمال أسلحة بيضاء كما "
     "قاموا بسرقة مبلغ مالي.",
     [("اقتحام", LOOTING, False, [("actor", "مجهولان")])]),
    # an arrest for it: the gang did it, not the police
    ("تمكّن أعوان فرقة الشرطة العدلية بحمام سوسة من إلقاء القبض على أفراد العصابة التي أقدمت يوم الجمعة الماضي على "
     "اقتحام منزل بمدينة أكودة و تهديد ساكنيه بأسلحة بيضاء وسرقة مبالغ مالية مهمة.",
     [("إلقاء القبض", "arrests", False, [("actor", "فرقة الشرطة العدلية"), ("target", "أفراد العصابة")]),
      ("اقتحام", LOOTING, False, [("actor", "أفراد العصابة")])]),
    # neighbours: an Iraqi bank branch robbed, a Tunisian school stormed
    ("اقتحم مسلحون مجهولون فرعا لمصرف الرافدين في بغداد واستولوا على مبالغ مالية.",
     [("اقتحم", LOOTING, False, [("actor", "مسلحون مجهولون")])]),
    ("أقدم منحرفون على اقتحام معهد ثانوي بالقيروان وتعنيف أستاذة.",
     [("اقتحام", ATTACK, False, [("actor", "منحرفون")])]),
])
def test_break_ins_are_crimes(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the state's or a group's storming stays a clash
    ("اقتحمت قوات خاصة المبنى، وسط استمرار إطلاق النار.",
     [("اقتحمت", CLASH, False, [("actor", "قوات خاصة"), ("target", "المبنى")]),
      ("إطلاق النار", ATTACK, False, [])]),
    ("اقتحمت عناصر من حركة الشباب فندقا في مقديشو واشتبكت مع قوات الأمن.",
     [("اقتحمت", CLASH, False, [("actor", "حركة الشباب"), ("target", "فندقا"), ("actor", "قوات الأمن")])]),
    # an occupation's storming is left as it was
    ("وأكد الكسواني ان 250 مصليا تواجدوا في المسجد الاقصى الذي اقتحمته قوات الاحتلال قبل الساعة السابعة.",
     [("اقتحمته", CLASH, False, [("actor", "قوات الاحتلال")])]),
    # no site: an embassy's headquarters by armed men (the Houthi gunmen are the group and its mention the
    # actor, as for "عناصر من حركة الشباب": grp26 reads "حوثيون" after a fighters word as the houthis)
    ("وكان مسلحون حوثيون اقتحموا مساء الاحد 16 اوت مقر السفارة الاماراتية بالعاصمة اليمنية صنعاء.",
     [("اقتحموا", CLASH, False, [("actor", "حوثيون")])]),
])
def test_stormings_that_stay_clashes(nlp, text, expected):
    assert events(nlp, text) == expected


def test_charged_attempt_folds_into_the_headline(nlp):
    text = ("القيروان : القبض على عنصرين متهمين في محاولة حرق سيارة عون أمن\n"
            "تمكنت الوحدات الأمنية بالقيروان من إلقاء القبض على عنصرين متهمين بمحاولة حرق سيّارة تابعة لعون أمن.")
    assert events(nlp, text) == [
        ("إلقاء القبض", "arrests", False, [("actor", "الوحدات الأمنية"), ("target", "عنصرين متهمين")]),
        ("حرق", LOOTING, False, [("actor", "عنصرين متهمين")])]


def test_charged_attempt_alone_stays_negated(nlp):
    # no headline telling it: a charge (session 20)
    assert events(nlp, "تمكنت الوحدات الأمنية بالقيروان من إلقاء القبض على عنصرين متهمين بمحاولة حرق سيّارة.") == [
        ("إلقاء القبض", "arrests", False, [("actor", "الوحدات الأمنية"), ("target", "عنصرين متهمين")]),
        ("حرق", LOOTING, True, [("actor", "عنصرين متهمين")])]


@pytest.mark.parametrize(("text", "expected"), [
    ("نجا محافظ صلاح الدين من محاولة اغتيال بعبوة ناسفة استهدفت موكبه في تكريت.",
     # (one IED event since session 26's second wave: the attempt was the bomb's)
     [("محاولة اغتيال", "remote explosive/landmine/IED", False, [("target", "محافظ صلاح الدين")])]),
    # ANT: "على" after a date: the official is the object
    ("أقرت المحكمة الحكم الصادر في حق الموظفة المتهمة بالاعتداء مطلع اكتوبر الماضي على معتمد سيدي حسين السيجومي.",
     [("الاعتداء", ATTACK, True, [("target", "معتمد سيدي حسين السيجومي")])]),
    ("اغتال مسلحون مجهولون رئيس بلدية الزاوية أمام منزله.",
     [("اغتال", ATTACK, False, [("actor", "مسلحون مجهولون"), ("target", "رئيس بلدية الزاوية")])]),
    ("اختطف مسلحون مدير مكتب قناة الجزيرة في بغداد.",
     [("اختطف", "abduction/forced disappearance", False, [("actor", "مسلحون"),
                                                          ("target", "مدير مكتب قناة الجزيرة")])]),
    # the name in apposition; the passive's subject is hit
    ("قتل محافظ عدن جعفر محمد سعد في تفجير سيارة مفخخة استهدف موكبه.",
     [("تفجير", "remote explosive/landmine/IED", False, [("target", "محافظ عدن جعفر محمد سعد")])]),
])
def test_officials_are_persons(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the official who tells of it, a few words on, and the one held to account before it, are not in it
    # (session 28: "منع حصول اشتباكات جديدة" prevents them, negated like "للحيلولة دون")
    ("تقرر التدخل من اجل فرض النظام العام ومنع حصول اشتباكات جديدة وفق ما أكده والي قبلي، سامي الغابي.",
     [("اشتباكات", CLASH, True, [("actor", "النظام العام")])]),
    ("وحملت التنسيقية والي سيدي بوزيد والحكومة الحالية تبعات هذه الاعتداءات.",
     [("الاعتداءات", ATTACK, False, [])]),
])
def test_officials_who_are_not_hit(nlp, text, expected):
    assert events(nlp, text) == expected


def test_officials_province_is_not_the_place_when_another_is_named(nlp):
    doc = nlp("اعتدى محتجون على والي قفصة خلال زيارته إلى المتلوي.", reference_date=REF)
    (event,) = doc.layers["events"]
    assert [(a["role"], a["text"]) for a in event.actors] == [("actor", "محتجون"), ("target", "والي قفصة")]
    assert event.location["text"] == "المتلوي"


@pytest.mark.parametrize(("text", "expected"), [
    ("وقتل جنديان في الهجوم الذي يأتي بعد هجوم مماثل الشهر الماضي.",
     [("الهجوم", "2017-06-01"), ("هجوم", "2017-05")]),
    ("قتل 5 جنود في هجوم انتحاري استهدف ثكنة للجيش في العريش اليوم الأحد، بعد هجوم مماثل يوم 12 مارس الماضي.",
     [("هجوم انتحاري", "2017-05-28"), ("هجوم", "2017-03-12")]),
    ("وأصيب 3 جنود في انفجار عبوة ناسفة يوم الاثنين، وهو ثاني انفجار من نوعه بعد انفجار آخر يوم 3 ماي.",
     [("انفجار", "2017-05-29"), ("انفجار", "2017-05-03")]),
])
def test_similar_attacks_date_is_its_own(nlp, text, expected):
    assert [(t, d["value"]) for t, d in dated(nlp, text)] == expected


def test_headline_with_one_victim_does_not_fold_into_dozens(nlp):
    text = ("اليونيسيف تدعو منظمة التحرير للتحرك في جريمة ذبح طفل فلسطيني بسوريا\n"
            "وجاء في بيان المنظمة الأممية أن العشرات من الأطفال قتلوا في مدينة منبج أو المناطق المجاورة لها، جراء "
            "الصراع.")
    assert events(nlp, text, counts=True) == [
        ("ذبح", ATTACK, False, [("target", "طفل فلسطيني")], None, None),
        ("قتلوا", ATTACK, False, [], 10, None)]


def test_headline_and_lead_with_agreeing_counts_still_fold(nlp):
    text = ("العريش : مقتل 5 جنود في هجوم مسلح\n"
            "قتل 5 جنود في هجوم مسلح استهدف حاجزا أمنيا بمدينة العريش اليوم الأحد.")
    rows = events(nlp, text, counts=True)
    assert len(rows) == 1 and rows[0][4] == 5
