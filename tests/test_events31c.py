"""Session 31 (ev31c): event types the wording of other outlets hid, and the subjects of their verbs.

- Unmanned aircraft named "طائرة (من) (بدون|دون) طيار" (SPA, Yemen, Sahel) are drone strikes when their sentence tells
  of their use (launched, charged, intercepted, shot down, the means of a deadly strike); a charge in quotes after
  them ('طائرة بدون طيار "مفخخة"') keeps them a drone and "أطلقتها X" its launcher.  Not bought, made, spied with.
- Takings of territory told as announced masdars ("أعلن الجيش السوداني، الثلاثاء، استعادة السيطرة على جسر شمبات"):
  the announcer is the actor, with a date between commas; crossings and fronts (جسر، كوبري، محور، مداخل) are territory
  in a sentence of armed actors or fighting; "بعد/إثر معارك مع X" after the taking has the taker as its actor;
  materiel seized in a sentence of fighting ("واستولت على 15 عربة قتالية") is part of the battle, no looting.
- An assault with a weapon of remote violence after it with ب ("اعتداء إرهابيين … بالقذائف الصاروخية") is one
  strike, not an attack and a shelling; artillery strikes ("بضربات مدفعية") are shelling.
- "في هجوم أعلن X مسؤوليته عنه" / "في هجوم تبنته X" after an act is that act's claim: one event, X its actor;
  "ولم تعلن أي جهة مسؤوليتها عن الهجوم" names the act before, no second event.

Texts /work/lead/s31/t/s46, s47, s48, s55 (SANA, SPA, Reuters Kabul, Khartoum) and neighbours from other countries.
"""

from __future__ import annotations

import pytest

from event_cases import events

DRONE = "air/drone strike"
SHELLING = "shelling/artillery/missile attack"
IED = "remote explosive/landmine/IED"
REGAINS = "government regains territory"
OVERTAKES = "non-state actor overtakes territory"
CLASH = "armed clash"
LOOTING = "looting/property destruction"


@pytest.mark.parametrize(("text", "expected"), [
    ('أعلن المتحدث الرسمي باسم قوات التحالف العميد الركن تركي المالكي، أن قوات الدفاع الجوي الملكي السعودي اعترضت '
     'ودمرت، صباح اليوم، طائرة بدون طيار "مفخخة" أطلقتها الميليشيا الحوثية الإرهابية المدعومة من إيران باتجاه مدينة '
     'خميس مشيط.', [("طائرة بدون طيار", DRONE, False, [("actor", "الميليشيا الحوثية")], None, None)]),
    ("اعترضت الدفاعات الجوية السعودية طائرة بدون طيار أطلقتها الميليشيا الحوثية باتجاه مدينة خميس مشيط.",
     [("طائرة بدون طيار", DRONE, False, [("actor", "الميليشيا الحوثية")], None, None)]),
    ("أطلقت الميليشيا الحوثية طائرة بدون طيار مفخخة باتجاه مطار أبها.",
     [("طائرة بدون طيار", DRONE, False, [("actor", "الميليشيا الحوثية")], None, None)]),
    ("قتل ثلاثة مسلحين من حركة الشباب في ضربة بطائرة بدون طيار أمريكية جنوب الصومال.",
     [("طائرة بدون طيار", DRONE, False, [("actor", "أمريكية")], 3, None)]),
    ("أسقطت الدفاعات الجوية الروسية طائرة دون طيار أوكرانية فوق مقاطعة بيلغورود.",
     [("طائرة دون طيار", DRONE, False, [("actor", "أوكرانية"), ("target", "الدفاعات الجوية الروسية")], None, None)]),
    # no use in an attack told: made, bought, seen, a spy drone
    ("ساعد الزواري كتائب القسام في تصنيع طائرات بدون طيار والتي كانت الكتائب قد أعلنت عن امتلاكها.", []),
    ("تجري الهيئة العامة للطيران المدني تحقيقا في أسباب وجود طائرات بدون طيار في الأجواء المحيطة بالمطار.", []),
    ("وقعت وزارة الدفاع عقدا لشراء طائرات بدون طيار تركية لصالح الجيش النيجيري.", []),
    ("ناقش البرلمان صفقة شراء طائرات بدون طيار للجيش.", []),
    ("أعلن حرس الثورة الإسلامية في إيران أنها أسقطت طائرة من دون طيار تجسسية اسرائيلية فوق منشأة نطنز النووية.", []),
])
def test_unmanned_aircraft(nlp, text, expected):
    assert events(nlp, text, counts=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("أعلن الجيش السوداني، الثلاثاء، استعادة السيطرة على جسر شمبات الاستراتيجي الذي يربط بين مدينتي الخرطوم بحري "
     "وأم درمان، بعد معارك عنيفة مع قوات الدعم السريع استمرت لأكثر من 48 ساعة.",
     [("استعادة السيطرة", REGAINS, False, [("actor", "الجيش السوداني")]),
      ("معارك", CLASH, False, [("actor", "الجيش السوداني"), ("target", "قوات الدعم السريع")])]),
    ("أعلن الجيش السوداني استعادة السيطرة على جسر شمبات الاستراتيجي.",
     [("استعادة السيطرة", REGAINS, False, [("actor", "الجيش السوداني")])]),
    ("أعلن الجيش السوداني، الثلاثاء، استعادته السيطرة على جسر شمبات.",
     [("استعادته السيطرة", REGAINS, False, [("actor", "الجيش السوداني")])]),
    ("أعلن الجيش السوداني، الثلاثاء، أنه استعاد السيطرة على جسر شمبات.",
     [("استعاد", REGAINS, False, [("actor", "الجيش السوداني")])]),
    ("أعلنت القوات الحكومية استعادة السيطرة على مدينة سرت بعد معارك مع تنظيم داعش.",
     [("استعادة السيطرة", REGAINS, False, [("actor", "القوات الحكومية")]),
      ("معارك", CLASH, False, [("actor", "القوات الحكومية"), ("target", "داعش")])]),
    ("أعلنت قوات الدعم السريع السيطرة على كوبري حلفايا.",
     [("السيطرة على", OVERTAKES, False, [("actor", "قوات الدعم السريع")])]),
    ("سيطر مقاتلو حركة الشباب على مداخل مدينة بلدوين.", [("سيطر", OVERTAKES, False, [("actor", "حركة الشباب")])]),
    ("سيطرت حركة الشباب على بلدة عيل ديري إثر اشتباكات مع الجيش الصومالي.",
     [("سيطرت", OVERTAKES, False, [("actor", "حركة الشباب")]),
      ("اشتباكات", CLASH, False, [("actor", "حركة الشباب"), ("target", "الجيش الصومالي")])]),
    ("استعادت القوات العراقية السيطرة على قضاء تلعفر بعد معارك ضارية مع تنظيم داعش.",
     [("استعادت", REGAINS, False, [("actor", "القوات العراقية")]),
      ("معارك", CLASH, False, [("actor", "القوات العراقية"), ("target", "داعش")])]),
    # a bridge with no fighting nor armed side is no territory taken
    ("أعلنت الحكومة استعادة السيطرة على جسر المشاة بعد إصلاحه.", []),
    ("فقد السائق السيطرة على الشاحنة عند مدخل الجسر فانقلبت.", []),
    ("أعلنت البلدية إغلاق جسر المشاة للصيانة.", []),
])
def test_announced_takings_of_territory(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال الناطق الرسمي باسم الجيش إن "القوات المسلحة كبدت الميليشيا المتمردة خسائر فادحة في الأرواح والعتاد، '
     'واستولت على 15 عربة قتالية".', []),
    ("كبدت القوات المسلحة الميليشيا المتمردة خسائر فادحة واستولت على 15 عربة قتالية.", []),
    ("هاجم مسلحون قاعدة عسكرية في شمال مالي واستولوا على أسلحة وذخائر.",
     [("هاجم", CLASH, False, [("actor", "مسلحون"), ("target", "قاعدة عسكرية")])]),
    ("استولت عناصر حركة الشباب على أسلحة وآليات عسكرية بعد هجوم على قاعدة للجيش.",
     [("هجوم", CLASH, False, [("actor", "حركة الشباب"), ("target", "قاعدة للجيش")])]),
    # no fighting told: the seizure stays looting; goods are no materiel
    ("استولى المسلحون على سيارات دفع رباعي تابعة للجيش النيجيري.",
     [("استولى", LOOTING, False, [("actor", "المسلحون")])]),
    ("استولى مسلحون على شاحنة محملة بالمساعدات الغذائية في ولاية جنوب دارفور.",
     [("استولى", LOOTING, False, [("actor", "مسلحون")])]),
    ("اقتحمت قوات الاحتلال بلدة بيتا جنوب نابلس واعتقلت ثلاثة شبان.",
     [("اقتحمت", CLASH, False, [("actor", "قوات الاحتلال")]),
      ("اعتقلت", "arrests", False, [("actor", "قوات الاحتلال"), ("target", "ثلاثة شبان")])]),
])
def test_materiel_seized_in_battle(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("استشهد مدنيان وأصيب ثلاثة آخرون بجروح جراء اعتداء إرهابيين من ريف حلب الغربي بالقذائف الصاروخية على الأحياء "
     "السكنية في مدينة حلب مساء أمس.", [("اعتداء", SHELLING, False, [("actor", "إرهابيين")], 2, 3)]),
    ("قتل طفلان في اعتداء للميليشيا الحوثية بقذيفة هاون على حي سكني في مدينة تعز.",
     [("اعتداء", SHELLING, False, [("actor", "ميليشيا الحوثية")], 2, None)]),
    ("أدانت الخارجية الاعتداء الإرهابي بطائرات مسيرة على منشآت نفطية في أبقيق.",
     [("الاعتداء", DRONE, False, [("target", "منشآت نفطية")], None, None)]),
    ("وفي ريف حماة الشمالي، دمرت وحدات من الجيش العربي السوري بضربات مدفعية دقيقة تجمعات وآليات للتنظيمات الإرهابية "
     "في بلدتي اللطامنة وكفرزيتا.",
     [("ضربات مدفعية", SHELLING, False, [("actor", "الجيش العربي السوري")], None, None)]),
    ("نفذت القوات الأوكرانية ضربات مدفعية على مواقع روسية قرب باخموت.",
     [("ضربات مدفعية", SHELLING, False, [("actor", "القوات الأوكرانية"), ("target", "مواقع روسية")], None, None)]),
    # stones, knives and bullets are no remote violence: the assault stays one
    ("اعتدى مستوطنون بالحجارة على منازل المواطنين في قرية بورين.",
     [("اعتدى", "attack", False, [("actor", "مستوطنون"), ("target", "المواطنين")], None, None)]),
    ("أصيب شاب في اعتداء بالسكاكين في حي الانتصار بمدينة الخليل.", [("اعتداء", "attack", False, [], None, 1)]),
    ("اعتدت عصابة مسلحة بالرصاص على سيارة أجرة في ولاية زمفارا.",
     [("اعتدت", "attack", False, [("actor", "عصابة مسلحة"), ("target", "سيارة أجرة")], None, None)]),
    ("قال المدرب إن الفريق وجه ضربات موجعة للمنافس.", []),
])
def test_weapons_as_instruments(nlp, text, expected):
    assert events(nlp, text, counts=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قال متحدث باسم حركة طالبان يوم الخميس إن انفجارا وقع داخل مسجد في مدينة قندوز بشمال أفغانستان أثناء صلاة "
     "الجمعة الماضية أودى بحياة 46 مصليا على الأقل، في هجوم أعلن تنظيم ولاية خراسان مسؤوليته عنه.",
     [("انفجارا", IED, False, [("actor", "ولاية خراسان")], 46, None)]),
    ("قتل سبعة جنود في انفجار عبوة ناسفة في إقليم بلوشستان، في هجوم أعلنت حركة طالبان باكستان مسؤوليتها عنه.",
     [("انفجار", IED, False, [("actor", "حركة طالبان باكستان")], 7, None)]),
    ("قتل عشرة مدنيين في هجوم بقذائف الهاون على سوق في مدينة مايدوغوري، في هجوم تبنته جماعة بوكو حرام.",
     [("هجوم", SHELLING, False, [("target", "سوق"), ("actor", "جماعة بوكو حرام")], 10, None)]),
    ("انفجرت سيارة مفخخة قرب مقر للشرطة في بنادير، ولم تعلن أي جهة مسؤوليتها عن الهجوم.",
     [("انفجرت", IED, False, [], None, None)]),
    # the claimed attack is the only act: it stays, with its claimant
    ("قتل 12 جنديا في هجوم تبنته جماعة نصرة الإسلام والمسلمين على موقع للجيش في وسط مالي.",
     [("هجوم", CLASH, False, [("actor", "جماعة نصرة الإسلام والمسلمين"), ("target", "موقع للجيش")], 12, None)]),
    ("أعلنت حركة الشباب مسؤوليتها عن الهجوم على فندق في مقديشو.",
     [("الهجوم", "attack", False, [("actor", "حركة الشباب"), ("target", "فندق")], None, None)]),
    ("قتل خمسة أشخاص في تفجير انتحاري تبناه تنظيم داعش في سوق مدينة مقديشو.",
     [("تفجير انتحاري", "suicide bomb", False, [("actor", "داعش")], 5, None)]),
])
def test_claims_of_responsibility(nlp, text, expected):
    assert events(nlp, text, counts=True) == expected
