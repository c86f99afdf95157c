"""Events, session 42 (ev42).  A trigger noun after a verb of undertaking or doing ("أقدم مواطن على الاعتداء",
"قام شابان بالاعتداء", "عمد مسلحون إلى اختطاف") is the act of that verb's subject, and an act it retells takes that
doer; a kin noun with its pronoun joined by و is a person of the same role ("اعتقلت الشرطة رجلا وزوجته") and each
is counted among the dead ("ذبح والده وشقيقه": 2); an arrest or killing of animals is none ("القبض على 3 كلاب
سائبة"), and a number before an animal no toll; a blast named by its place is an event among sport words ("تفجير
القاهرة"); "معه" between a killing verb and its count ("ويقتل معه 3 اخرين"); a protest over a death it denounces or
follows is no force against protesters ("مظاهرات حاشدة تندد بالجريمة", "موجة احتجاجات منذ مقتل")."""

from __future__ import annotations

import pytest

from event_cases import events as _events


# 1. the act after a verb of undertaking (أقدم, أقدمت, أقدموا, عمد … على/إلى) or doing (قام, قاما … بـ)
@pytest.mark.parametrize(("text", "expected"), [
    # ANT 4517's lead (the midwife written as a nurse: "قابلة" in quotes is no person noun)
    ("أقدم مواطن بولاية سليانة، على الاعتداء بالعنف الشديد على ممرضة بالمستشفى الجهوي بسليانة.",
     [("الاعتداء", "attack", False, [("actor", "مواطن"), ("target", "ممرضة")], None, None)]),
    # the feminine, with the kin object and its pronoun
    ("أقدمت امرأة على الاعتداء على جارتها بسكين.",
     [("الاعتداء", "attack", False, [("actor", "امرأة"), ("target", "جارتها")], None, None)]),
    # a count of people as the subject (three or more civilians who assault: a mob, as "اعتدت حشود غاضبة")
    ("أقدم ثلاثة شبان على الاعتداء على عون أمن.",
     [("الاعتداء", "mob violence", False, [("actor", "ثلاثة شبان"), ("target", "عون أمن")], None, None)]),
    # the dual of قام, the verbal noun with ب and the article
    ("قام شابان بالاعتداء على سائق تاكسي.",
     [("الاعتداء", "attack", False, [("actor", "شابان"), ("target", "سائق تاكسي")], None, None)]),
    # the subject before the verb (ANT 2783), the hamza written
    ("إلا أن شخصين قاما بالإعتداء لفظيا وجسديا على رئيس النيابة الخصوصية.",
     [("الإعتداء", "attack", False, [("actor", "شخصين"), ("target", "رئيس النيابة")], None, None)]),
    # عمد … إلى with و, an abduction
    ("وعمد مسلحون إلى اختطاف صحفي في بغداد.",
     [("اختطاف", "abduction/forced disappearance", False, [("actor", "مسلحون"), ("target", "صحفي")], None, None)]),
    # a day and a weapon between (ANT 2767)
    ("بعد أن قام منحرف بالإعتداء بقضيب حديدي على تلميذة أمام المدرسة.",
     [("الإعتداء", "attack", False, [("actor", "منحرف"), ("target", "تلميذة")], None, None)]),
    # a verb of doing on purpose with the act as its object
    ("تعمدت عصابة اختطاف تلميذ عمره 12 عاما.",
     [("اختطاف", "abduction/forced disappearance", False, [("actor", "عصابة"), ("target", "تلميذ")], None, None)]),
    # the plural with no subject: the victim only
    ("أقدموا على اختطاف طفل في القيروان.",
     [("اختطاف", "abduction/forced disappearance", False, [("target", "طفل")], None, None)]),
])
def test_undertaken_act(nlp, text, expected):
    assert _events(nlp, text, counts=True) == expected


def test_undertaken_act_gives_headline_its_doer(nlp):
    """ANT 4517: the lead retells the headline's assault and names who did it; one event, with the citizen."""
    text = ("مستشفى سليانة : مواطن يعتدي بالعنف الشديد على قابلة\n"
            "أقدم مواطن بولاية سليانة، على الاعتداء بالعنف  الشديد على \"قابلة\" بالمستشفى الجهوي بسليانة.")
    doc = nlp(text, reference_date="2017-06-01")
    evs = doc.layers["events"]
    assert [(e.text, e.subtype) for e in evs] == [("يعتدي", "attack")]
    actors = [(a["role"], a["text"], a["start"]) for a in evs[0].actors]
    assert actors == [("actor", "مواطن", text.index("مواطن", text.index("\n")))]
    assert evs[0].location["text"] == "سليانة"


def test_act_on_oneself_is_no_undertaken_attack(nlp):
    """Not an attack on oneself ("أقدم شاب على الاعتداء على نفسه"): no doer is taken from it."""
    assert all(not e.actors for e in nlp("أقدم شاب على الاعتداء على نفسه بشفرة حلاقة في قاعة السينما.",
                                           reference_date="2017-06-01").layers["events"])


# 2. several targets: a kin noun with its pronoun joined by و (the singular, the feminine, the dual, و written apart)
@pytest.mark.parametrize(("text", "expected"), [
    ("اعتقلت الشرطة رجلا وزوجته في مدينة حلب.",
     [("اعتقلت", "arrests", False, [("actor", "الشرطة"), ("target", "رجلا"), ("target", "زوجته")], None, None)]),
    ("اعتقلت الشرطة رجلا و زوجته في حلب.",
     [("اعتقلت", "arrests", False, [("actor", "الشرطة"), ("target", "رجلا"), ("target", "زوجته")], None, None)]),
    ("اختطف مسلحون طبيبا وابنه في بغداد.",
     [("اختطف", "abduction/forced disappearance", False,
       [("actor", "مسلحون"), ("target", "طبيبا"), ("target", "ابنه")], None, None)]),
    ("أوقفت الشرطة شابة وشقيقها بتهمة السرقة.",
     [("أوقفت", "arrests", False, [("actor", "الشرطة"), ("target", "شابة"), ("target", "شقيقها")], None, None)]),
    ("اعتدى شاب على امرأة وابنتها في سوسة.",
     [("اعتدى", "attack", False, [("actor", "شاب"), ("target", "امرأة"), ("target", "ابنتها")], None, None)]),
    ("ألقت الشرطة القبض على المتهم وشقيقيه.",
     [("ألقت", "arrests", False, [("actor", "الشرطة"), ("target", "المتهم"), ("target", "شقيقيه")], None, None)]),
    # each kin counted among the dead ("والده" is a kin noun whole, no و to strip)
    ("القبض على رجل ذبح والده وشقيقه.",
     [("القبض على", "arrests", False, [("target", "رجل")], None, None),
      ("ذبح", "attack", False, [("actor", "رجل"), ("target", "والده"), ("target", "شقيقه")], 2, None)]),
    ("قتل رجل زوجته وابنته وشقيقها في سوسة.",
     [("قتل", "attack", False, [("actor", "رجل"), ("target", "زوجته"), ("target", "ابنته"), ("target", "شقيقها")], 3,
       None)]),  # (session 43: each kin a target of its own)
    # a noun joined to a count of people is the count's, not the one target before it
    ("وقتل أكثر من 20 مليون جندي ومواطن سوفيتي في الحرب.",
     [("قتل", "armed clash", False, [("target", "أكثر من 20 مليون جندي"), ("target", "مواطن سوفيتي")],
       20000000, None)]),
])
def test_kin_joined_targets(nlp, text, expected):
    assert _events(nlp, text, counts=True) == expected


# 3. animals are no persons (singular, dual, plural, accusative, with the article, Arabic-Indic digits)
@pytest.mark.parametrize("text", [
    "وتم القبض على 3 كلاب سائبة وتحرير 3 محاضر.",  # held-out ANT 6353
    "تم القبض على كلبين سائبين في الشاطئ.",
    "ألقت الشرطة القبض على حمار.",
    "تم إيقاف كلب في المطار.",
    "أطلق أعوان البلدية النار على الكلاب السائبة وقتلوا 20 كلبا.",
    "قتلوا ٢٠ خنزيرا في الحقل.",
])
def test_animals_no_arrest_no_toll(nlp, text):
    assert _events(nlp, text, counts=True) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("ألقت الشرطة القبض على 3 أشخاص.",
     [("ألقت", "arrests", False, [("actor", "الشرطة"), ("target", "3 أشخاص")], None, None)]),
    # the dogs are what the two men held: they stay arrested
    ("تم إيقاف شخصين بحوزتهما 3 كلاب.", [("إيقاف", "arrests", False, [("target", "شخصين")], None, None)]),
])
def test_people_still_arrested(nlp, text, expected):
    assert _events(nlp, text, counts=True) == expected


# 4. the audit's misses: a blast named by its place, a killing verb's count after "معه"
@pytest.mark.parametrize(("text", "expected"), [
    # sport words share the headline (sport ANT 9714)
    ("تفجير القاهرة كان قريبا جدا من مقر إقامة الإفريقي",
     [("تفجير", "remote explosive/landmine/IED", False, [], None, None)]),
    ("ألغيت المباراة بسبب تفجيرات بروكسل", [("تفجيرات", "remote explosive/landmine/IED", False, [], None, None)]),
    ("تفجير الطاقات في الملعب", []),
    # ANT 1654, the stadium's words in the sentence
    ("كان يحاول الدخول إلى ملعب كرة القدم لينفجر فيه حزامه الناسف ويقتل معه 3 اخرين كانوا أمام البوابة.",
     [("ينفجر", "suicide bomb", False, [], 3, None)]),
    ("فجر الانتحاري نفسه وقتل معه 5 أشخاص في السوق.",
     [("فجر", "suicide bomb", False, [("actor", "الانتحاري")], 5, None)]),
    ("وأصيب معها شخصان في الهجوم على الحاجز الأمني.",
     [("الهجوم", "armed clash", False, [("target", "الحاجز الأمني")], None, 2)]),
])
def test_named_blast_and_with_him(nlp, text, expected):
    assert _events(nlp, text, counts=True) == expected


# who assaults: a place between the verb and its subject, the genitive before على
@pytest.mark.parametrize(("text", "expected"), [
    ("تعرض عون أمن إلى اعتداء مواطن عليه بسكين.",
     [("اعتداء", "attack", False, [("actor", "مواطن"), ("target", "عون أمن")], None, None)]),
    ("اعتدى مواطن على عون أمن.", [("اعتدى", "attack", False, [("actor", "مواطن"), ("target", "عون أمن")], None, None)]),
])
def test_citizen_assailant(nlp, text, expected):
    assert _events(nlp, text, counts=True) == expected


def test_assailant_after_place(nlp):
    """ANT 316: "في الكويت" between the verb and its subject; the citizen assaults (the officer's head stays the
    target as before)."""
    (event,) = _events(nlp, "اعتدى في الكويت مواطن على أحد رجال الأمن.", counts=True)
    assert event[3][0] == ("actor", "مواطن")


# 5. a protest over a death is no force against protesters; force on protesters stays
@pytest.mark.parametrize(("text", "expected"), [
    # dev ANT 930
    ('اعترفت الشرطة في ولاية لوزيانا الأمريكية بجريمة قتل رجل أسود لم يكن يحمل سلاحا وفور الإعلان عن مقتل الرجل '
     'الأسود شهدت شوارع مدينة "باتون روج" مظاهرات حاشدة تندد بالجريمة مما أدى إلى تعطل حركة المرور.',
     [("مظاهرات", "peaceful protest", False, [], None, None)]),
    # dev ANT 944
    ("وتشهد المنطقة موجة احتجاجات منذ مقتل بائع السمك محسن فكري في أكتوبر 2016.",
     [("احتجاجات", "peaceful protest", False, [], None, None)]),
    ("خرج المئات في مظاهرات تندد بمقتل شاب برصاص الشرطة.",
     [("مظاهرات", "peaceful protest", False, [("actor", "المئات")], None, None)]),
    ("خرج المئات في مظاهرات احتجاجا على مقتل شاب برصاص الشرطة.",
     [("مظاهرات", "peaceful protest", False, [("actor", "المئات")], None, None)]),
    # the protesters killed: force, though the protest denounces something else
    ("قتل متظاهران برصاص الشرطة خلال مظاهرات تندد بالفساد.",
     [("مظاهرات", "excessive force against protesters", False, [("actor", "الشرطة")], 2, None)]),
])
def test_protest_over_death(nlp, text, expected):
    assert _events(nlp, text, counts=True) == expected
