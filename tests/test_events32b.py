"""Session 32 (ev32b): events missed, and types that were wrong.

- Territory taken by a group named at length ("سيطر متمردو حركة 23 مارس (إم 23) المدعومة من رواندا على مدينة روبايا"):
  the "على" of سيطر/استولى is read past the subject's name, abbreviation and backer; not past a comma or a relative.
- Projectiles ("مقذوفات") fired or fallen are a shelling: a verb of launching before them, of falling next to them;
  thrown by rioters or fans they are none.
- A suicide drone ("مسيرات انتحارية", "طائرات بدون طيار انتحارية") is a drone strike, no suicide bombing.
- A weapon written after a violent act with ب ("استهداف سفينة … بصاروخين باليستيين وعدد من الطائرات المسيرة") is that
  act's means: one event, of the weapon's type when the act was no strike ("اغتالت إسرائيل قياديا … بغارة جوية").
- Weapons destroyed before their use ("دمرت أربع طائرات مسيرة ومنصة إطلاق صواريخ") are disrupted weapons use; a
  missile named as what a launch pad fires ("رصد منصة إطلاق صواريخ") is none fired.
- Left from session 31: a booby-trapped car "ملغومة" (IED); "اطلاق نار قرب مقر …" (a shooting at a place, no armed
  word needed); "القبض عن 18"; the launch of a military operation (no fight told); "يحتجون بعنف" (a riot);
  "استهدفت غارات للتحالف مواقع" (one event: the verb's, with the strike's type and sides).

Texts /work/lead/s32/t/s59, s61, s62, s64 (AFP/DRC, Sky News Arabia/Houthis, Hespress/Polisario, Asharq
al-Awsat/Sudan) and neighbours from other countries and outlets written for these tests.
"""

from __future__ import annotations

import pytest

from event_cases import events

OVERTAKES = "non-state actor overtakes territory"
SHELLING = "shelling/artillery/missile attack"
DRONE = "air/drone strike"
SUICIDE = "suicide bomb"
IED = "remote explosive/landmine/IED"
DISRUPTED = "disrupted weapons use"
CLASH = "armed clash"
ATTACK = "attack"
ARRESTS = "arrests"
RIOT = "violent demonstration"
PEACEFUL = "peaceful protest"


def kinds(nlp, text: str) -> list[tuple[str, str]]:
    """(trigger, sub-event type) of each event of ``text``, offsets checked."""
    return [(t, sub) for t, sub, *_ in events(nlp, text)]


def takers(nlp, text: str) -> list[tuple[str, str, list[str]]]:
    """(trigger, sub-event type, actors) of each event of ``text``."""
    return [(t, sub, [x for role, x in args if role == "actor"]) for t, sub, _, args in events(nlp, text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("سيطر متمردو حركة 23 مارس (إم 23) المدعومة من رواندا على مدينة روبايا التي تضم أحد أكبر مناجم الكولتان في "
     "العالم.", [("سيطر", OVERTAKES, ["حركة 23 مارس"])]),
    ("سيطرت عناصر حركة الشباب المجاهدين المرتبطة بتنظيم القاعدة على بلدة عيل بور وسط الصومال.",
     [("سيطرت", OVERTAKES, ["حركة الشباب المجاهدين"])]),
    ("استولى مقاتلو جماعة نصرة الإسلام والمسلمين الموالية للقاعدة على قاعدة عسكرية في شمال مالي.",
     [("استولى", OVERTAKES, ["جماعة نصرة الإسلام والمسلمين"])]),
    ("وسيطر مسلحو قوات الدعم السريع التابعة لمحمد حمدان دقلو على مدينة ود مدني.",
     [("سيطر", OVERTAKES, ["قوات الدعم السريع"])]),
    ("سيطر مقاتلو هيئة تحرير الشام (جبهة النصرة سابقا) على قرية كفرنبودة بريف حماة.",
     [("سيطر", OVERTAKES, ["هيئة تحرير الشام"])]),
    # (the short window already read these)
    ("سيطر المتمردون على مدينة روبايا.", [("سيطر", OVERTAKES, ["المتمردون"])]),
    # not a feeling, a match, a present state, nor past a comma and a relative clause
    ("سيطر القلق والخوف على سكان المدينة بعد سماع دوي انفجارات.", []),
    ("سيطر لاعبو الفريق الأهلي المصري طوال الشوط الأول على مجريات اللعب.", []),
    ("يسيطر مقاتلو تنظيم داعش منذ عام 2014 على مدينة الموصل.", []),
    ("سيطرت الشرطة، التي وصلت بعد ساعات، على الوضع في الحي.", []),
    # a place held, its own "عليها" (ANT dev 1465): not a later "على"
    ("قتل جنود في عين العرب (كوباني) التي يسيطر عليها المقاتلون الأكراد والواقعة على الحدود التركية.", []),
])
def test_territory_taken_past_a_long_subject(nlp, text, expected):
    assert takers(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("أفادت مصادر مطلعة بأن عناصر من جبهة البوليساريو أطلقت، ليلة الأحد إلى الاثنين، أربعة مقذوفات سقطت بمحيط "
     "مدينة السمارة دون أن تخلف خسائر بشرية.", [("مقذوفات", SHELLING)]),
    ("سقطت ثلاثة مقذوفات قرب مطار المحبس شرق الجدار الأمني.", [("مقذوفات", SHELLING)]),
    ("أعلن الجيش الإسرائيلي سقوط مقذوفين في منطقة مفتوحة بالجليل الأعلى.", [("مقذوفين", SHELLING)]),
    ("أطلقت الفصائل الفلسطينية عشرات المقذوفات باتجاه مستوطنات غلاف غزة.", [("المقذوفات", SHELLING)]),
    ("أطلق مسلحون مقذوفا صاروخيا على قاعدة للقوات الأمريكية في سوريا.", [("مقذوفا", SHELLING)]),
    # thrown by rioters or fans: none (a riot stays a riot)
    ("بدأ بعض الأشخاص في إلقاء المقذوفات على قوات الشرطة.", []),
    ("عقوبة على جمهور الفريق من أجل رمي المقذوفات مما تسبب في إصابة مدرب النادي.", []),
    ("رشق المحتجون قوات الأمن بالمقذوفات والحجارة.", [("رشق", RIOT)]),
])
def test_projectiles_fired_or_fallen(nlp, text, expected):
    assert kinds(nlp, text) == expected


def test_projectiles_launcher_and_place(nlp):
    found = events(nlp, "أطلقت الفصائل الفلسطينية عشرات المقذوفات باتجاه مستوطنات غلاف غزة.")
    assert found[0][3][0] == ("actor", "الفصائل الفلسطينية")


@pytest.mark.parametrize(("text", "expected"), [
    ("قال الناطق باسم الجيش السوداني إن الدفاعات الأرضية أسقطت 9 مسيرات انتحارية قبل وصولها إلى أهدافها.",
     [("مسيرات انتحارية", DRONE)]),
    ("هاجمت القوات الروسية مدينة أوديسا بطائرات مسيرة انتحارية إيرانية الصنع.", [("هاجمت", DRONE)]),
    ("أطلق الحوثيون طائرات بدون طيار انتحارية على منشآت نفطية في جازان.", [("طائرات بدون طيار", DRONE)]),
    ('أطلق الحوثيون طائرة دون طيار "انتحارية" على منشآت أرامكو.', [("طائرة دون طيار", DRONE)]),
    ("انفجرت طائرة مسيرة انتحارية فوق مبنى سكني في كييف.", [("انفجرت", DRONE)]),
    ("أعلنت أوكرانيا اعتراض 20 مسيرة انتحارية من طراز شاهد.", [("مسيرة انتحارية", DRONE)]),
    # a bomber is still a suicide bombing
    ("فجر انتحاري حزامه الناسف وسط سوق شعبي في بغداد.", [("فجر", SUICIDE)]),
    ("نفذت انتحارية هجوما على مسجد في مايدوغوري.", [("انتحارية", SUICIDE)]),
    ("فجر انتحاري شاحنة ملغومة في حي مدينة الصدر.", [("فجر", SUICIDE)]),
])
def test_suicide_drone_is_a_drone(nlp, text, expected):
    assert kinds(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("أعلن المتحدث العسكري باسم جماعة الحوثي يحيى سريع، مساء السبت، استهداف سفينة تجارية في خليج عدن بصاروخين "
     "باليستيين وعدد من الطائرات المسيرة.", [("استهداف", SHELLING)]),
    ("هاجم مسلحون حاجزا للجيش بقذائف الهاون وصواريخ الكاتيوشا في درعا.", [("هاجم", SHELLING)]),
    ("قصفت الطائرات الروسية مدينة دوما بالصواريخ والبراميل المتفجرة.", [("قصفت", DRONE)]),
    ("استهدفت ميليشيا الحوثي مطار أبها بطائرة مسيرة مفخخة وصاروخ باليستي.", [("استهدفت", DRONE)]),
    ("اغتالت إسرائيل قياديا في حركة حماس بغارة جوية.", [("اغتالت", DRONE)]),
    # a reply after a comma is its own act; so is another clause's strike
    ("اشتبك الجيش مع مسلحين في ريف إدلب، ورد المسلحون بقذائف الهاون على مواقع الجيش.",
     [("اشتبك", CLASH), ("قذائف", SHELLING)]),
    ("هاجم مسلحون قرية في زمفارا، وقصفت الطائرات مواقعهم بالصواريخ.", [("هاجم", ATTACK), ("قصفت", DRONE)]),
])
def test_weapon_after_the_act_is_its_means(nlp, text, expected):
    assert kinds(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("أعلنت القيادة المركزية الأمريكية أن قواتها دمرت أربع طائرات مسيرة ومنصة إطلاق صواريخ في مناطق سيطرة "
     "الحوثيين.", [("طائرات مسيرة", DISRUPTED)]),
    ("دمرت القوات الأمريكية صاروخين مضادين للسفن كانا معدين للإطلاق في اليمن.", [("صاروخين", DISRUPTED)]),
    ("قال الجيش الإسرائيلي إن طائراته دمرت منصات إطلاق صواريخ لحزب الله في جنوب لبنان.", [("صواريخ", DISRUPTED)]),
    ("أعلن التحالف تدمير 3 طائرات بدون طيار مفخخة قبل إطلاقها.", [("طائرات بدون طيار", DISRUPTED)]),
    # destroyed by an air defence: intercepted, the launcher's attack (sessions 23-24)
    ("وقد تمكن الدفاع الجوي من تدمير الصاروخ على بعد 65 كم من مكة المكرمة.", [("الصاروخ", SHELLING)]),
    # a launch pad seen: no missile fired; one fired from a pad is
    ("رصد الجيش منصة إطلاق صواريخ قرب الحدود.", []),
    ("أطلق الحوثيون صاروخا باليستيا من منصة في صعدة باتجاه جازان.", [("صاروخا", SHELLING)]),
    ("قصفت طائرات التحالف منصات إطلاق الصواريخ الحوثية في صعدة.", [("قصفت", DRONE)]),
    # the weapons as the verb's subject, a count between (ANT dev 1569): the missiles' strike
    ("وبعد أقل من 22 ساعة دمرت 3 صواريخ ذات الطابع الهجومي المباشر المشترك ذلك المقر بأكمله.",
     [("صواريخ", SHELLING)]),
])
def test_weapons_destroyed_before_use(nlp, text, expected):
    assert kinds(nlp, text) == expected


def test_destroyer_is_the_actor(nlp):
    found = takers(nlp, "دمرت القوات الأمريكية صاروخين مضادين للسفن كانا معدين للإطلاق في اليمن.")
    assert found == [("صاروخين", DISRUPTED, ["القوات الأمريكية"])]


@pytest.mark.parametrize(("text", "expected"), [
    # booby-trapped vehicles, "ملغومة"
    ("أكدت المصادر ذاتها انفجار سيارة ملغومة في محيط السفارة الإيطالية بالقاهرة.", [("انفجار", IED)]),
    ("قتل 5 أشخاص جراء تفجير سيارتين ملغومتين بمدينة حمص.", [("تفجير", IED)]),
    ("انفجرت سيارة ملغومة أمام مقر للشرطة في مدينة غازي عنتاب.", [("انفجرت", IED)]),
    ("عثرت قوات الأمن على سيارة ملغومة وأبطلت مفعولها في العريش.", [("سيارة ملغومة", DISRUPTED)]),
    # a shooting at a place
    ("أوردت تقارير إخبارية خبرا عاجلا منذ قليل مفاده اطلاق نار قرب مقر مجلس الشيوخ الأميركي.",
     [("اطلاق نار", ATTACK)]),
    ("إطلاق نار داخل مقهى في مدينة بازل السويسرية", [("إطلاق نار", ATTACK)]),
    ("إطلاق نار بمسجد في كندا", [("إطلاق نار", ATTACK)]),
    ("تعرض الموكب إلى إطلاق نار.", []),
    # an arrest with عن
    ("حملة امنية تسفر عن القبض عن 18 مفتش عنهم وحجز 12 دراجة نارية", [("القبض عن", ARRESTS)]),
    # an operation launched: a campaign begun, no fight told (but with its dead, or conducted, it is one)
    ("أعلن الجيش الليبي اطلاق عملية عسكرية واسعة لاستعادة قاعدة تمنهنت الجوية جنوبي البلاد.", []),
    ("كشفت صحيفة الخبر الجزائرية عن انطلاق عملية عسكرية وأمنية غير معلنة ضد الجماعات المسلحة.", []),
    ("أعلن الجيش الصومالي بدء عملية عسكرية ضد حركة الشباب في إقليم شبيلي السفلى.", []),
    ("أطلق الجيش عملية عسكرية في جبل الشعانبي قتل خلالها 3 إرهابيين.", [("عملية عسكرية", CLASH)]),
    ("شن الجيش النيجيري عملية عسكرية على معاقل بوكو حرام في غابة سامبيسا.", [("عملية عسكرية", CLASH)]),
    # protesting violently is rioting; protesters dispersed violently are not rioters
    ("وقعت صدامات الأحد بين الشرطة والمئات من سكان مدينة ايلك كانوا يحتجون بعنف على اثر مقتل شاب.",
     [("يحتجون", RIOT), ("مقتل", ATTACK)]),
    ("خرج عشرات الشبان إلى الشوارع وتظاهروا بعنف ضد قرار الحكومة.", [("تظاهروا", RIOT)]),
    ("خرج عشرات الشبان إلى الشوارع وتظاهروا ضد قرار الحكومة.", [("تظاهروا", PEACEFUL)]),
    # a targeting verb whose subject is the strike: one event
    ("استهدفت غارات للتحالف مواقع للحوثيين في صعدة.", [("استهدفت", DRONE)]),
    ("استهدف قصف مدفعي سوق المدينة ما أسفر عن مقتل 4 مدنيين.", [("استهدف", SHELLING)]),
    ("استهدفت طائرة مسيرة سيارة في مدينة مأرب، ما أدى إلى مقتل ثلاثة أشخاص.", [("استهدفت", DRONE)]),
])
def test_left_from_session_31(nlp, text, expected):
    assert kinds(nlp, text) == expected


def test_strike_subject_gives_its_sides(nlp):
    found = events(nlp, "استهدفت غارات للتحالف مواقع للحوثيين في صعدة.")
    assert found == [("استهدفت", DRONE, False, [("actor", "تحالف"), ("target", "حوثيين")])]


def test_shooting_place_is_no_target(nlp):
    assert events(nlp, "إطلاق نار أمام مركز للشرطة في تركيا") == [("إطلاق نار", ATTACK, False, [])]


def test_headline_attack_retold_with_its_weapon(nlp):
    """A headline's generic attack ("في هجوم", a clash) is the body's car bomb: one event (ANT dev 1132)."""
    doc = nlp("مقتل شرطي وإصابة 13 في هجوم في مدينة غازي عنتاب التركية\nأعلنت مصادر أمنية تركية مقتل شرطي وأصابة "
              "13 آخرين اليوم الأحد في هجوم بسيارة ملغومة أمام مقر للشرطة في مدينة غازي عنتاب.",
              reference_date="2017-06-01")
    found = [(e.text, e.subtype, e.sentence, doc.text[e.start:e.end]) for e in doc.layers["events"]]
    assert found == [("هجوم", IED, 1, "هجوم")]


@pytest.mark.parametrize(("text", "expected"), [
    # folded, "امام" is also an imam: no word of where (ANT dev 2492, 2517)
    ("تمكن أعوان منطقة الأمن الوطني من القبض على إمام جامع بأحد أرياف مدينة قلعة سنان.",
     [("القبض على", ARRESTS, False, [("actor", "منطقة الأمن الوطني"), ("target", "إمام جامع")])]),
    ("حكم على المتهم بالاعتداء بالعنف الشديد على امام جامع ابراهيم الخليل بسيدي حسين.",
     [("الاعتداء", ATTACK, True, [("target", "امام جامع ابراهيم الخليل")])]),  # (charged: not told as done)
])
def test_imam_is_no_place_word(nlp, text, expected):
    assert events(nlp, text) == expected


def test_headline_side_of_a_generic_attack(nlp):
    """Folding a headline's generic attack into the body's bombing keeps a named group, not a force the headline
    tells of otherwise ("بريطانيا تنشر الجيش … بعد هجوم مانشستر", ANT dev 2145)."""
    doc = nlp("بريطانيا تنشر الجيش في المواقع المهمة بعد هجوم مانشستر\nرفعت البلاد مستوى التهديد إلى أعلى مستوياته "
              "عقب تفجير انتحاري في مانشستر راح ضحيته 22 شخصا.", reference_date="2017-06-01")
    found = [(e.text, e.subtype, [a["text"] for a in e.actors]) for e in doc.layers["events"]]
    assert found == [("تفجير انتحاري", SUICIDE, [])]
    doc = nlp("داعش الإرهابي يتبنى هجوم مانشستر\nأعلن تنظيم داعش الإرهابي منذ قليل تبنيه لهجوم مانشستر الذي وقع "
              "مساء أمس الإثنين بقاعة للحفلات وأسفر عن مقتل 22 شخصا.", reference_date="2017-06-01")
    assert next((e.text, [a["text"] for a in e.actors]) for e in doc.layers["events"]) == ("هجوم", ["داعش"])


def test_date_in_a_groups_name_is_none(nlp):
    """"حركة 23 مارس" (M23) names a group, no day of the taking (s59, AFP/DRC)."""
    doc = nlp("سيطر متمردو حركة 23 مارس (إم 23) المدعومة من رواندا على مدينة روبايا.", reference_date="2024-03-10")
    (e,) = doc.layers["events"]
    assert e.date == {"value": "2024-03-10", "inherited": True}
    doc = nlp("سيطر متمردو حركة 23 مارس على مدينة روبايا الثلاثاء.", reference_date="2024-03-10")
    (e,) = doc.layers["events"]
    assert (doc.text[e.date["start"]:e.date["end"]], e.date["value"]) == ("الثلاثاء", "2024-03-05")
