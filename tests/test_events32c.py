"""Events, session 32 (third helper): arguments the first wave left.  The subject of a verb two commas before its
object, only a date between ("أطلقت جبهة البوليساريو، ليلة الأحد إلى الاثنين، أربعة مقذوفات"); the group after a
counted victim ("حيدت 12 مسلحا من حزب العمال الكردستاني": the group is hit, its men its members); the speaker's own
forces with a count between their verb and the noun of their deed ("إن قواتها دمرت أربع طائرات مسيرة"), and with a
casualty verb only when its count follows; a group's bracketed alias before its victims' count ("قتل عناصر من تنظيم
الدولة (داعش) 5 جنود": the group is the actor); a name after "يدعى" that glosses a doer is no target."""

from __future__ import annotations

import pytest

import arabnews

CLASH = "armed clash"
SHELL = "shelling/artillery/missile attack"
AIR = "air/drone strike"


def _events(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    out = arabnews.analyze(text, reference_date="2024-03-10").to_dict()["events"]
    return [(e["subtype"], [(a["role"], a["text"]) for a in e["actors"]]) for e in out]


# the subject before a verb and a clause that is only a date (Morocco, Gaza, Somalia, Syria, Sudan, Lebanon,
# Tunisia); not a casualty ("لقي … مصرعهم"), a name after a preposition, nor an event that is not its clause's head
@pytest.mark.parametrize(("text", "expected"), [
    ('أفادت مصادر مطلعة بأن عناصر من جبهة البوليساريو أطلقت، ليلة الأحد إلى الاثنين، أربعة مقذوفات سقطت بمحيط '
     'مدينة السمارة.',
     [(SHELL, [('actor', 'جبهة البوليساريو')])]),
    ('وأطلقت حركة حماس، مساء الجمعة، عشرة صواريخ على مستوطنات غلاف غزة.',
     [(SHELL, [('actor', 'حماس')])]),
    ('وقال الجيش إن مسلحين من حركة الشباب أطلقوا، فجر اليوم، قذائف هاون على القاعدة.',
     [(SHELL, [('actor', 'حركة الشباب'), ('target', 'القاعدة')])]),
    ('وشن الطيران الروسي، مساء أمس الأحد، عشرين غارة على ريف إدلب الجنوبي.',
     [(AIR, [('actor', 'الطيران الروسي')])]),
    ('وقالت هيئة الأركان إن قوات الدعم السريع أطلقت، صباح اليوم، صواريخ على مدينة الفاشر.',
     [(SHELL, [('actor', 'قوات الدعم السريع')])]),
    ('وأطلق حزب الله، بعد ظهر اليوم، صواريخ على مستوطنة كريات شمونة.',
     [(SHELL, [('actor', 'حزب الله')])]),
    ('نفذ عدد من طلبة الإتحاد العام لطلبة تونس، اليوم الثلاثاء، وقفة احتجاجية أمام مقر جامعة سوسة.',
     [("peaceful protest", [('actor', 'الإتحاد العام لطلبة تونس')])]),
    ('لقي 3 من أفراد الشرطة المصرية ومدني، صباح اليوم الأربعاء، مصرعهم في هجوم مسلح.',
     [(CLASH, [])]),
    ('قرر طلبة قسم القانون العام بجامعة نواكشوط الموريتانية، أمس السبت، تنفيذ اعتصام احتجاجاً على رسوب جميع الطلبة.',
     [("peaceful protest", [])]),
])
def test_subject_before_a_date_clause(text: str, expected: list[tuple[str, list[tuple[str, str]]]]) -> None:
    assert _events(text) == expected


# the counted men and "من" and their group: the group is the target, the count its members (Turkey/PKK, Somalia,
# Syria, Iraq, Afghanistan, Nigeria); the count stays where no group follows
@pytest.mark.parametrize(("text", "expected"), [
    ('وقالت وزارة الدفاع التركية إن قواتها حيدت 12 مسلحا من حزب العمال الكردستاني في شمال العراق.',
     [(CLASH, [('actor', 'وزارة الدفاع التركية'), ('target', 'حزب العمال الكردستاني')])]),
    ('وقال الجيش الصومالي إنه قتل 5 عناصر من حركة الشباب في إقليم شبيلي السفلى.',
     [(CLASH, [('actor', 'الجيش الصومالي'), ('target', 'حركة الشباب')])]),
    ('وأعلنت الوزارة تحييد 3 إرهابيين من داعش في منطقة عملية نبع السلام.',
     [(CLASH, [('target', 'داعش')])]),
    ('وقضت القوات العراقية على 9 إرهابيين من داعش في صحراء الأنبار.',
     [(CLASH, [('actor', 'القوات العراقية'), ('target', 'داعش')])]),
    ('واعتقلت قوات الأمن 6 عناصر من تنظيم داعش في كركوك.',
     [("arrests", [('actor', 'قوات الأمن'), ('target', 'داعش')])]),
    ('وأعلن الجيش الأفغاني مقتل 7 من مقاتلي حركة طالبان في ولاية قندهار.',
     [(CLASH, [('target', 'حركة طالبان')])]),
    ('وقال الجيش النيجيري إنه قتل 15 مسلحا من جماعة بوكو حرام في ولاية بورنو.',
     [(CLASH, [('actor', 'الجيش النيجيري'), ('target', 'جماعة بوكو حرام')])]),
    ('وقتل 4 مقاتلين من هيئة تحرير الشام في قصف لقوات النظام على ريف إدلب.',
     [(SHELL, [('actor', 'قوات النظام'), ('target', 'هيئة تحرير الشام')])]),
    ('وقتل 3 مدنيين من أهالي البلدة في قصف على ريف دير الزور.',
     [(SHELL, [])]),
])
def test_counted_members_group_is_hit(text: str, expected: list[tuple[str, list[tuple[str, str]]]]) -> None:
    assert _events(text) == expected


def test_counted_members_keep_their_count() -> None:
    text = 'واعتقلت قوات الحشد الشعبي 87 عنصرا من تنظيم "داعش" في الموصل.'
    (event,) = arabnews.analyze(text, reference_date="2024-03-10").to_dict()["events"]
    target = next(a for a in event["actors"] if a["role"] == "target")
    assert (target["text"], target["group_id"]) == ("داعش", "isis")
    assert target["members"]["text"] == "87 عنصرا"
    assert text[target["members"]["start"]:target["members"]["end"]] == "87 عنصرا"


# the speaker's own forces, a count between their verb and the noun of their deed (US, Sudan, Turkey, Israel); a
# casualty verb only with its count right after (not "أن جنوده قتلوا في الاشتباك": they were killed)
@pytest.mark.parametrize(("text", "expected"), [
    ('وقالت القيادة المركزية الأمريكية إن قواتها دمرت أربع طائرات مسيرة في مناطق سيطرة الحوثيين.',
     [("disrupted weapons use", [('actor', 'القيادة المركزية الأمريكية'), ('target', 'الحوثيين')])]),
    ('وأعلنت هيئة الأركان أن قواتها شنت 12 غارة على مواقع الدعم السريع في الخرطوم.',
     [(AIR, [('actor', 'هيئة الأركان'), ('target', 'الدعم السريع')])]),
    ('وقالت وزارة الدفاع التركية إن قواتها قتلت 20 مسلحا من حزب العمال الكردستاني.',
     [(CLASH, [('actor', 'وزارة الدفاع التركية'), ('target', 'حزب العمال الكردستاني')])]),
    ('وقال الجيش الإسرائيلي إن قواته قتلت عشرات المسلحين في خان يونس.',
     [(CLASH, [('actor', 'الجيش الإسرائيلي'), ('target', 'عشرات المسلحين')])]),
    ('وأكد الجيش أن جنوده قتلوا في الاشتباك مع المسلحين.',
     [(CLASH, [('target', 'المسلحين')])]),
])
def test_own_forces_with_a_count(text: str, expected: list[tuple[str, list[tuple[str, str]]]]) -> None:
    assert _events(text) == expected


# a group's alias in brackets before the count of its victims: the group killed them; without a count it was hit
@pytest.mark.parametrize(("text", "expected"), [
    ('وقتل عناصر من تنظيم الدولة (داعش) 5 جنود في هجوم على حاجز للجيش في ريف دير الزور.',
     [(CLASH, [('actor', 'تنظيم الدولة'), ('target', 'حاجز للجيش')])]),
    ('وقتل مسلحون من حركة الشباب (المجاهدين) 4 جنود في هجوم على قاعدة عسكرية.',
     [(CLASH, [('actor', 'حركة الشباب'), ('target', 'قاعدة عسكرية')])]),
    ('وقتل عناصر من تنظيم الدولة (داعش) في غارة للتحالف على ريف دير الزور.',
     [(AIR, [('actor', 'تحالف'), ('target', 'تنظيم الدولة')])]),
])
def test_bracketed_alias_before_victims(text: str, expected: list[tuple[str, list[tuple[str, str]]]]) -> None:
    assert _events(text) == expected


# a name after a verb of naming glosses the noun before: no target when that noun is a doer's (a leader after
# "بقيادة", "من أحد …"); the named victim or detainee stays
@pytest.mark.parametrize(("text", "expected"), [
    ('وهاجم مسلحون بقيادة أمير محلي يدعى "أبو حفص" قرية في ولاية بورنو.',
     [(CLASH, [('actor', 'مسلحون')])]),
    ('وأعدم تنظيم داعش شابا ويدعى "محمد العلي" في ساحة عامة بالرقة.',
     [("attack", [('actor', 'داعش'), ('target', 'محمد العلي')])]),
    ('واعتقلت القوات الأمنية قياديا في التنظيم يدعى "أبو براء العراقي" في الأنبار.',
     [("arrests", [('actor', 'القوات الأمنية'), ('target', 'قياديا')])]),
])
def test_named_gloss(text: str, expected: list[tuple[str, list[tuple[str, str]]]]) -> None:
    assert _events(text) == expected
