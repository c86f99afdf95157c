"""Events, session 32: actors and roles.  A clash's sides after what it is fought with ("اشتباكات عنيفة بالأسلحة
المتوسطة والثقيلة، مساء الاثنين، بين X وY"); "استهداف" with its agent as genitive and its object after it; the speaker's
own jets and forces, a spokesman's body ("المتحدث باسم X"), a force joined after its head word; who documents a toll
or tells of an interception is no side; armed men suspected of a named group's membership are that group."""

from __future__ import annotations

import pytest

import arabnews

CLASH = "armed clash"
SHELL = "shelling/artillery/missile attack"
AIR = "air/drone strike"


def _events(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    out = arabnews.analyze(text, reference_date="2017-06-01").to_dict()["events"]
    return [(e["subtype"], [(a["role"], a["text"]) for a in e["actors"]]) for e in out]


# a clash's two sides after what it is fought with, its day between commas (Libya, Lebanon, Sudan, Somalia); none
# without "بين" or with no named side
@pytest.mark.parametrize(("text", "expected"), [
    ('اندلعت اشتباكات عنيفة بالأسلحة المتوسطة والثقيلة، مساء الاثنين، بين جهاز دعم الاستقرار واللواء 444 '
     'قتال في منطقة عين زارة.',
     [(CLASH, [('actor', 'جهاز دعم الاستقرار'), ('actor', 'اللواء 444 قتال')])]),
    ('تجددت الاشتباكات بالأسلحة الرشاشة، ليل الأحد، بين عناصر من حركة فتح وعناصر من حركة حماس في مخيم عين الحلوة.',
     [(CLASH, [('actor', 'حركة فتح'), ('actor', 'حماس')])]),
    ('اشتباكات عنيفة بمختلف أنواع الأسلحة بين الجيش الليبي وتنظيم داعش في سرت.',
     [(CLASH, [('actor', 'الجيش الليبي'), ('actor', 'داعش')])]),
    ('دارت معارك عنيفة بالأسلحة الثقيلة صباح اليوم بين قوات الدعم السريع والجيش السوداني في أم درمان.',
     [(CLASH, [('actor', 'قوات الدعم السريع'), ('actor', 'الجيش السوداني')])]),
    ('اندلعت اشتباكات بالأسلحة الخفيفة والمتوسطة، فجر الجمعة، بين الجيش الصومالي وحركة الشباب في إقليم هيران.',
     [(CLASH, [('actor', 'الجيش الصومالي'), ('actor', 'حركة الشباب')])]),
    ('اندلعت اشتباكات عنيفة بالأسلحة الثقيلة في محيط مطار طرابلس.',
     [(CLASH, [])]),
    ('اندلعت اشتباكات مسلحة بالأسلحة الخفيفة بين عائلتين في حي السلام.',
     [(CLASH, [])]),
])
def test_clash_sides_after_its_weapons(text: str, expected: list) -> None:
    assert _events(text) == expected


# "استهداف" with a definite armed genitive and an indefinite thing hit after it: the genitive did it, the thing is
# hit (Syria, Lebanon, Somalia, Sudan); not before ب nor a condemnation
@pytest.mark.parametrize(("text", "expected"), [
    ('قتل عنصران من "هيئة تحرير الشام" وأصيب آخرون، إثر استهداف قوات النظام السوري نقطة عسكرية على محور '
     'الفوج 46 غربي حلب بصاروخ موجه.',
     [(SHELL, [('actor', 'قوات النظام السوري'), ('target', 'نقطة عسكرية')])]),
    ('أصيب ثلاثة مدنيين جراء استهداف الجيش الإسرائيلي منزلا في بلدة عيتا الشعب.',
     [(SHELL, [('actor', 'الجيش الإسرائيلي'), ('target', 'منزلا')])]),
    ('قتل جنديان إثر استهداف حركة الشباب قافلة عسكرية قرب مدينة مركا.',
     [(SHELL, [('actor', 'حركة الشباب'), ('target', 'قافلة عسكرية')])]),
    ('أسفر استهداف قوات الدعم السريع مستشفى الفاشر عن مقتل خمسة أشخاص.',
     [(SHELL, [('actor', 'قوات الدعم السريع'), ('target', 'مستشفى الفاشر')])]),
    ('قتل ثلاثة عناصر من قوات النظام في استهداف فصائل المعارضة مواقعهم في ريف إدلب.',
     [(SHELL, [('actor', 'فصائل المعارضة'), ('target', 'مواقعهم')])]),
    ('أعلن الجيش استهداف مواقع لتنظيم داعش في جبال حمرين.',
     [(SHELL, [('actor', 'الجيش'), ('target', 'داعش')])]),
    ('وأدان الاتحاد الأوروبي استهداف المدنيين في السودان.',
     []),
    ('قتل خمسة أشخاص في استهداف قوات النظام بصواريخ في ريف إدلب.',
     [(SHELL, [('target', 'قوات النظام')])]),
])
def test_targeting_masdar_genitive_agent(text: str, expected: list) -> None:
    assert _events(text) == expected


# the speaker's own jets/forces, a spokesman's body after باسم, a force joined after its head word; not the
# speaker's own dead
@pytest.mark.parametrize(("text", "expected"), [
    ('قالت وزارة الدفاع التركية إن مقاتلاتها "حيدت" 12 مسلحا من حزب العمال الكردستاني في شمال العراق.',
     [(CLASH, [('actor', 'وزارة الدفاع التركية'), ('target', 'حزب العمال الكردستاني')])]),
    ('قال الجيش الإسرائيلي إن طائراته الحربية قصفت مواقع لحزب الله في جنوب لبنان.',
     [(SHELL, [('actor', 'الجيش الإسرائيلي'), ('target', 'حزب الله')])]),
    ('أعلن الجيش الأمريكي أن مقاتلاته شنت غارات على مواقع للحوثيين في الحديدة.',
     [(AIR, [('actor', 'الجيش الأمريكي'), ('target', 'حوثيين')])]),
    ('قال المتحدث باسم الجيش السوداني إن قواته استعادت السيطرة على جسر الحلفايا.',
     [('government regains territory', [('actor', 'الجيش السوداني')])]),
    ('أعلن المتحدث العسكري باسم جماعة الحوثي يحيى سريع، مساء السبت، استهداف سفينة تجارية في خليج عدن.',
     [(SHELL, [('actor', 'جماعة الحوثي'), ('target', 'سفينة تجارية')])]),
    ('أعلن الناطق باسم كتائب القسام أبو عبيدة استهداف دبابة إسرائيلية في خان يونس.',
     [(SHELL, [('actor', 'كتائب القسام'), ('target', 'دبابة إسرائيلية')])]),
    ('أعلن الجيش الوطني الصومالي بالتعاون مع قوات بعثة الاتحاد الأفريقي (أتميس) مقتل أكثر من 70 عنصرا من '
     'حركة الشباب في عملية عسكرية في منطقة عيل بور.',
     [(CLASH, [('actor', 'الجيش الوطني الصومالي'), ('actor', 'بعثة الاتحاد الأفريقي'), ('target', 'حركة الشباب')])]),
    ('شنت القوات الأفغانية بمساندة قوات حلف الناتو هجوما على مواقع لحركة طالبان في ولاية هلمند.',
     [(CLASH, [('actor', 'القوات الأفغانية'), ('actor', 'حلف الناتو'), ('target', 'حركة طالبان')])]),
    ('قال الجيش إن جنوده قتلوا في اشتباك مع مسلحين.',
     [(CLASH, [('target', 'مسلحين')])]),
    ('قال المتحدث باسم الخارجية الأمريكية إن الولايات المتحدة تدين الهجوم على السفينة.',
     []),
])
def test_speaker_own_forces_and_spokesmen(text: str, expected: list) -> None:
    assert _events(text) == expected


# a network named in quotes right after its verb tells; a quoted group further on, or a name after "يدعى", does not
@pytest.mark.parametrize(("text", "expected"), [
    ('وذكرت شبكة "أن تي في" أن سيارة مفخخة انفجرت أمام مركز الشرطة في غازي عنتاب.',
     [("remote explosive/landmine/IED", [("target", "الشرطة")])]),
    ('العراق : مقتل إرهابي تونسي من ابرز خبراء التفخيخ لدى "داعش"', [(CLASH, [("target", "داعش")])]),
    ('وكانت وزارة العدل الليبية في شهر أفريل 2015 أعلنت اعتراف "دواعش" بقتل الصحفيين، دون الحصول على قرائن '
     'مادية.', [("attack", [("actor", "دواعش"), ("target", "الصحفيين")])]),
    ('اعتبرت "هيومن رايتس ووتش" إن حظر المسيرة الاحتجاجية المقررة ليوم غد السبت إحتجاجا على مشروع القانون.',
     [("peaceful protest", [])]),
])
def test_quoted_speakers(text: str, expected: list) -> None:
    assert _events(text) == expected


# who documents a toll or tells of an interception is neither its actor nor its target
@pytest.mark.parametrize(("text", "expected"), [
    ('ووثق "الدفاع المدني السوري" (الخوذ البيضاء) مقتل 23 مدنيا بينهم ستة أطفال منذ بداية أيار الماضي.',
     [('attack', [('target', '23 مدنيا')])]),
    ('ووثق الدفاع المدني السوري مقتل 23 مدنيا منذ بداية أيار.',
     [('attack', [('target', '23 مدنيا')])]),
    ('ووثق الدفاع المدني السوري (الخوذ البيضاء) مقتل 23 مدنيا منذ بداية أيار.',  # its name in brackets (merge)
     [('attack', [('target', '23 مدنيا')])]),
    ('وأحصت الشبكة السورية لحقوق الإنسان (SNHR) مقتل 40 مدنيا في قصف على إدلب.',
     [(SHELL, [])]),
    ('وأحصت الأمم المتحدة مقتل أكثر من 500 مدني في دارفور.',
     [('attack', [('target', 'أكثر من 500 مدني')])]),
    ('وثقت الشبكة السورية لحقوق الإنسان مقتل 120 مدنيا على يد قوات النظام خلال الشهر الماضي.',
     [('attack', [('actor', 'قوات النظام'), ('target', '120 مدنيا')])]),
    ('الجيش الإسرائيلي: اعتراض صاروخين أطلقا من لبنان باتجاه الجليل الأعلى ولا إصابات',
     [(SHELL, [])]),
    ('وقال الناطق الرسمي باسم الجيش السوداني العميد نبيل عبد الله إن الدفاعات الأرضية "أسقطت 9 مسيرات '
     'انتحارية" قبل وصولها إلى أهدافها.',
     [(AIR, [('target', 'الدفاعات الأرضية')])]),  # the shooter (grp32's army air defence), as sessions 23–24 code it
    ('اعترضت الدفاعات الجوية السعودية صاروخا أطلقه الحوثيون باتجاه جازان.',
     [(SHELL, [('actor', 'الحوثيون')])]),
])
def test_tellers_are_no_sides(text: str, expected: list) -> None:
    assert _events(text) == expected


# armed men suspected of belonging to a named group: the group (its men as members)
@pytest.mark.parametrize(("text", "expected"), [
    ('قال الجيش في بوركينا فاسو يوم الأحد إن مسلحين يشتبه في انتمائهم لجماعة نصرة الإسلام والمسلمين '
     'المرتبطة بتنظيم القاعدة قتلوا ما لا يقل عن 35 مدنيا في هجوم على قافلة إمدادات قرب بلدة جيبو.',
     [(CLASH, [('actor', 'جماعة نصرة الإسلام والمسلمين'), ('target', 'قافلة إمدادات')])]),
    ('قتل مسلحون يشتبه في انتمائهم لتنظيم الدولة الإسلامية في الصحراء الكبرى 12 مدنيا في النيجر.',
     [('attack', [('actor', 'تنظيم الدولة الإسلامية في الصحراء الكبرى'), ('target', '12 مدنيا')])]),
    ('هاجم مسلحون يعتقد أنهم من حركة الشباب قاعدة عسكرية في إقليم شبيلي السفلى.',
     [(CLASH, [('actor', 'حركة الشباب'), ('target', 'قاعدة عسكرية')])]),
    ('هاجم مسلحون يرجح انتماؤهم إلى جماعة بوكو حرام قرية في ولاية بورنو.',
     [(CLASH, [('actor', 'جماعة بوكو حرام')])]),
    ('هاجم مسلحون مجهولون قرية في ولاية زمفارا.',
     [('attack', [('actor', 'مسلحون مجهولون')])]),
    ('اعتقلت الشرطة ثلاثة مسلحين يشتبه في انتمائهم لتنظيم داعش في إسطنبول.',
     [('arrests', [('actor', 'الشرطة'), ('target', 'ثلاثة مسلحين')])]),
    # (a count right after the group is what they killed: they did it; without one, a passive's victims)
    ('قتل مسلحون يشتبه في انتمائهم لتنظيم الدولة الإسلامية في الصحراء الكبرى 12 مدنيا في هجوم على قرية قرب '
     'الحدود.', [("attack", [("actor", "تنظيم الدولة الإسلامية في الصحراء الكبرى")])]),
    ("قتل مسلحون يشتبه في انتمائهم لتنظيم داعش في غارة جوية على ريف دير الزور.", [(AIR, [("target", "داعش")])]),
])
def test_suspected_group(text: str, expected: list) -> None:
    assert _events(text) == expected


# a drone or aircraft "تابعة لـ" a side: that side (session 31, kept)
@pytest.mark.parametrize(("text", "expected"), [
    ('استهدفت طائرة مسيرة تابعة للدعم السريع مقر الفرقة 22 مشاة في بابنوسة.',
     [(AIR, [('actor', 'دعم السريع'), ('target', 'الفرقة 22 مشاة')])]),
    ('قصفت طائرات حربية تابعة للجيش السوداني مواقع لقوات الدعم السريع في الخرطوم بحري.',
     [(AIR, [('actor', 'جيش السوداني'), ('target', 'قوات الدعم السريع')])]),
])
def test_owned_means(text: str, expected: list) -> None:
    assert _events(text) == expected


def test_suspected_group_keeps_its_men_and_offsets() -> None:
    text = "قتل مسلحون يشتبه في انتمائهم لتنظيم الدولة الإسلامية في الصحراء الكبرى 12 مدنيا في النيجر."
    e = arabnews.analyze(text, reference_date="2017-06-01").to_dict()["events"][0]
    actor = e["actors"][0]
    assert actor["role"] == "actor" and actor["layer"] == "groups"
    assert text[actor["start"]:actor["end"]] == "تنظيم الدولة الإسلامية في الصحراء الكبرى"
    assert actor["members"]["text"] == "مسلحون"
    assert text[actor["members"]["start"]:actor["members"]["end"]] == "مسلحون"
    assert e["fatalities"]["value"] == 12


def test_masdar_object_offsets() -> None:
    text = "قتل جنديان إثر استهداف حركة الشباب قافلة عسكرية قرب مدينة مركا."
    e = arabnews.analyze(text, reference_date="2017-06-01").to_dict()["events"][0]
    actor, target = e["actors"]
    assert (actor["role"], actor["group_id"]) == ("actor", "al-shabaab")
    assert (target["role"], target["layer"]) == ("target", "text")
    assert text[target["start"]:target["end"]] == "قافلة عسكرية"


@pytest.mark.parametrize(("text", "expected"), [
    ("اتهمت منظمة العفو الدولية القوات الحكومية الإثيوبية بقتل عشرات المدنيين في بلدة مراوي بإقليم أمهرة مطلع "
     "فبراير الماضي، في أعقاب اشتباكات مع ميليشيا فانو.",
     [("مراوي", "أمهرة"), ("مراوي", "أمهرة")]),
    ("قتل مدنيان في قرية بوراي بولاية النيل الأزرق، إثر اشتباكات بين الجيش والحركة الشعبية.",
     [("بوراي", "النيل الأزرق")]),
    ("زار الوزير تونس والجزائر، وسط اشتباكات في ليبيا.", [("ليبيا", None)]),
])
def test_event_after_town_in_region_keeps_the_town(text: str, expected: list) -> None:
    """An event whose clause names no place takes the town before it with its region as ``within``, not the
    region alone (ent32's regions made "أمهرة" a place; merged session 32)."""
    events = arabnews.analyze(text, reference_date="2024-03-10").to_dict()["events"]
    got = [((e["location"] or {}).get("text"), ((e["location"] or {}).get("within") or {}).get("text"))
           for e in events]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قام شابان بالاعتداء على عون حرس.", [("attack", [("actor", "شابان"), ("target", "عون حرس")])]),
    ("قامت امرأتان بالاعتداء على ممرضة.", [("attack", [("actor", "امرأتان"), ("target", "ممرضة")])]),
    ("قام شبان بالاعتداء على عون أمن.", [("mob violence", [("actor", "شبان"), ("target", "عون أمن")])]),
    ("أصيب شابان في هجوم مسلح على مقهى.", [("attack", [("target", "مقهى")])]),
])
def test_person_subject_of_qama_is_the_doer(text: str, expected: list) -> None:
    """"قام + person + بـ act": the person did it (the dual is no PER since ent32: the events layer reads it)."""
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قال التلفزيون الرسمي السعودي إن سبعة مدنيين قتلوا بعد سقوط مقذوفات أطلقها المسلحون الحوثيون في اليمن على "
     "مدينة نجران.", [(SHELL, [("actor", "الحوثيون")])]),
    ("قصف المتمردون الحوثيون أحياء سكنية في تعز.", [(SHELL, [("actor", "الحوثيون")])]),
    ("هاجم المسلحون الحوثيين في تعز.", [(CLASH, [("actor", "المسلحون"), ("target", "الحوثيين")])]),
    ("اشتبك الجنود مع المسلحين الحوثيين في صعدة.", [(CLASH, [("actor", "الجنود"), ("target", "الحوثيين")])]),
])
def test_definite_armed_noun_with_group_nisba(text: str, expected: list) -> None:
    """"المسلحون الحوثيون": the group (its men as members), not armed men fighting the Houthis; the object's case
    ("الحوثيين") stays the object (merged session 32, ANT dev 1815)."""
    assert _events(text) == expected
