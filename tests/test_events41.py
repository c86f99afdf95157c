"""Events, session 41 (ev41).  A legal charge ("من أجل قتل شخص", "بتهمة قتل", "بشبهة القتل", "والشروع بقتل") is no
asserted event and its dead are no other event's; the toll of an attack told with no trigger in a result clause
("العملية الإرهابية التي جدت … وأدت الى مقتل 12 شخصا") is that attack's, never a later clause's event; the outlet a
speaker speaks to ('قال X ل"الجوهرة أف أم" إن …') is no actor; a woman, an elderly man, a boy ("سيدة", "كهل", "فتى")
are persons; "ذبح/طعن/خنق رجل زوجته" is a crime on kin as "قتل رجل زوجته" is; kin after "و" is counted ("قتل رجل
وزوجته": 2).  The relative pronouns are the shared list of ar_words.yaml."""

from __future__ import annotations

import pytest

from arabnews.extract.events import arguments, clues, vocab
from arabnews.lang.ar.words import relative_pronouns
from event_cases import REF
from event_cases import events as _events


def events(nlp, text):
    return _events(nlp, text, counts=True)


# 1. a legal charge: negated, its dead its own only
@pytest.mark.parametrize(("text", "expected"), [
    # Tunisian "من أجل" (ANT 3709's lead), alone: the charge, negated
    ("أذنت النيابة العمومية بفتح بحث تحقيقي من أجل قتل شخص وإحداث جروح وضرر.",
     [("قتل", "attack", True, [("target", "شخص")], 1, None)]),
    # beside the attack it is for: the attack's own dead, not 40 (ANT 3709)
    ("أذنت النيابة العمومية بفتح بحث تحقيقي، من أجل قتل شخص وإحداث جروح، على إثر الهجوم الإرهابي الذي استهدف "
     "ملهى ليليا بمدينة إسطنبول والذي أدى إلى مقتل 39 شخصا وإصابة 69 آخرين.",
     [("الهجوم", "attack", False, [("target", "ملهى")], 39, 69)]),
    # "بتهمة", Arabic-Indic digits
    ("أذنت النيابة بفتح بحث بتهمة قتل شخص، على إثر الهجوم الإرهابي الذي استهدف ملهى ليليا بمدينة إسطنبول والذي "
     "أدى إلى مقتل ٣٩ شخصا.",
     [("الهجوم", "attack", False, [("target", "ملهى")], 39, None)]),
    # a list of charges after "من أجل" (ANT 7985: the two arrested were counted dead)
    ("القبض على شخصين من أجل القتل العمد واغتصاب قاصر.",
     [("القبض على", "arrests", False, [("target", "شخصين")], None, None),
      ("اغتصاب", "sexual violence", True, [("actor", "شخصين"), ("target", "قاصر")], None, None)]),
    ("تم إيقاف شاب من أجل الاعتداء بالعنف على شرطي.",
     [("إيقاف", "arrests", False, [("target", "شاب")], None, None),
      ("الاعتداء", "attack", True, [("actor", "شاب"), ("target", "شرطي")], None, None)]),
    # an attempted murder counts no dead (ANT 1195: 11)
    ("ووجهت له المحكمة تهمة قتل 6 أشخاص والشروع بقتل 5 آخرين.",
     [("قتل", "attack", True, [("target", "6 أشخاص")], 6, None)]),
    ("وأوقف الأمن كهلا بشبهة القتل بعد العثور على جثة امرأة.",
     [("أوقف", "arrests", False, [("actor", "الأمن"), ("target", "كهلا")], None, None)]),
    # a purpose is not asserted either (ANT 1489)
    ("لم يخلق البشر من اجل الاعتداء والاستكبار.", [("الاعتداء", "attack", True, [], None, None)]),
])
def test_charges(nlp, text, expected):
    assert events(nlp, text) == expected


# 2. a result clause's toll with no trigger before it: the untold attack's, not a later event's
@pytest.mark.parametrize(("text", "expected"), [
    # ANT 3709: the Berlin attack, its toll no longer the Milan shoot-out's
    ("وفي سياق متصل، سبق أن أذنت النيابة بفتح بحث إثر العملية الإرهابية التي جدت يوم 19 ديسمبر الفارط بالعاصمة "
     "الألمانية برلين، وأدت الى مقتل 12 شخصا وإصابة 50 آخرين، باعتبارها ارتكبت من قبل أنيس العامري، الذي قتل في "
     "تبادل لإطلاق النار مع الشرطة الإيطالية بمدينة ميلانو يوم 23 ديسمبر 2016.",
     [("مقتل", "attack", False, [("target", "12 شخصا")], 12, 50),
      ("تبادل لإطلاق النار", "armed clash", False, [("actor", "أنيس العامري"), ("target", "الشرطة الإيطالية")],
       None, None)]),
    # ANT 2480: soldiers killed, a clash
    ("وجاء هذا البيان على إثر العملية الإرهابية التي جدت أمس الاثنين في جبل سمامة من ولاية القصرين والتي ادت الى "
     "استشهاد 3 عناصر من الجيش الوطني وجرح عدد آخر.",
     [("استشهاد", "armed clash", False, [("target", "3 عناصر")], 3, None)]),
    # the cause after the toll in its own clause keeps it (ANT 1118)
    ("أسفرت عن مقتل 4 من جنود الاحتلال واصابة 16 آخرين على اثر عملية دهس في القدس.",
     [("عملية دهس", "attack", False, [], 4, 16)]),
])
def test_untold_attack_toll(nlp, text, expected):
    assert events(nlp, text) == expected


def test_untold_attack_record(nlp):
    text = ("سبق أن أذنت النيابة بفتح بحث إثر العملية الإرهابية التي جدت في برلين، وأدت الى مقتل 12 شخصا، "
            "باعتبارها ارتكبت من قبل أنيس العامري، الذي قتل في تبادل لإطلاق النار مع الشرطة الإيطالية.")
    e = nlp(text, reference_date=REF).layers["events"][0]
    assert (e.start, e.end, e.text) == (79, 83, "مقتل") and text[e.start:e.end] == e.text
    assert (e.fatalities["start"], e.fatalities["end"], e.fatalities["value"]) == (84, 86, 12)
    assert e.location["text"] == "برلين"


# 3. the outlet or person a speaker speaks to is no actor
@pytest.mark.parametrize(("text", "expected"), [
    # ANT 3517: the radio was the protest's actor
    ('وقال كاتب عام النقابة العامة لشركة تونس للطرقات السيارة، أنيس الكعبي ل"الجوهرة أف أم" إن التحركات '
     "الاحتجاجية تأتي على خلفية عدم تطبيق الاتفاق.",
     [("التحركات الاحتجاجية", "peaceful protest", False, [], None, None)]),
    ("وقال الناطق الرسمي باسم الحرس الوطني لموزاييك أف أم إن وحدات الحرس ألقت القبض على إرهابي.",
     [("ألقت", "arrests", False, [("actor", "وحدات الحرس"), ("target", "إرهابي")], None, None)]),
    # the actor inside the quote stays
    ("وقال المتحدث باسم الوزارة لـ«رويترز» إن الشرطة اعتقلت 5 أشخاص.",
     [("اعتقلت", "arrests", False, [("actor", "الشرطة"), ("target", "5 أشخاص")], None, None)]),
])
def test_addressee_not_actor(nlp, text, expected):
    assert events(nlp, text) == expected


# 4. more person nouns: a woman, an elderly man, a boy (subject, object, dual)
@pytest.mark.parametrize(("text", "expected"), [
    ("قتلت سيدة زوجها بسكين في منزلهما.",
     [("قتلت", "attack", False, [("actor", "سيدة"), ("target", "زوجها")], 1, None)]),
    ("وقتلت سيدة ابنتيها.", [("قتلت", "attack", False, [("actor", "سيدة"), ("target", "ابنتيها")], 2, None)]),
    # (limit: the definite "السيدة" is no subject noun, the name it may open is read with it: "اختطاف الطفلة جنا
    # محمد السيد" keeps its whole target; the count is the kin's still)
    ("وقتلت السيدة ابنتيها.", [("قتلت", "attack", False, [("target", "السيدة")], 2, None)]),
    ("اختطاف الطفلة جنا محمد السيد.", [("اختطاف", "abduction/forced disappearance", False,
                                      [("target", "الطفلة جنا محمد السيد")], None, None)]),
    ("قتل كهل برصاص مسلحين.", [("قتل", "attack", False, [("actor", "مسلحين"), ("target", "كهل")], 1, None)]),
    ("أصيبت سيدتان بجروح في الانفجار.", [("الانفجار", "remote explosive/landmine/IED", False, [], None, 2)]),
    ("اعتدى شاب على فتى بسكين.", [("اعتدى", "attack", False, [("actor", "شاب"), ("target", "فتى")], None, None)]),
])
def test_more_persons(nlp, text, expected):
    assert events(nlp, text) == expected


# 5. other verbs of harm on kin; slaughter counts its dead
@pytest.mark.parametrize(("text", "expected"), [
    ("ذبح رجل زوجته في منزلهما.", [("ذبح", "attack", False, [("actor", "رجل"), ("target", "زوجته")], 1, None)]),
    ("وذبحت سيدة ابنتيها.", [("وذبحت", "attack", False, [("actor", "سيدة"), ("target", "ابنتيها")], 2, None)]),
    ("ذبح كهل زوجته وابنته.",
     [("ذبح", "attack", False, [("actor", "كهل"), ("target", "زوجته"), ("target", "ابنته")], 2, None)]),  # (s. 43)
    # a stab or a strangling: the attack, no death told
    ("طعن شاب شقيقه بسكين.", [("طعن", "attack", False, [("actor", "شاب"), ("target", "شقيقه")], None, None)]),
    ("خنق كهل والدته.", [("خنق", "attack", False, [("actor", "كهل"), ("target", "والدته")], None, None)]),
    # not: an appeal
    ("طعن المحامي في الحكم.", []),
    ("طعنت سيدة في القرار.", []),
])
def test_harm_on_kin(nlp, text, expected):
    assert events(nlp, text) == expected


# 6. kin after "و" is counted
@pytest.mark.parametrize(("text", "expected"), [
    ("قتل رجل وزوجته في القصف.", [("القصف", "shelling/artillery/missile attack", False, [], 2, None)]),
    ("مقتل امرأة وطفليها في غارة.", [("غارة", "air/drone strike", False, [], 3, None)]),
    ("استشهد شاب وشقيقه برصاص الاحتلال.",
     [("استشهد", "attack", False, [("actor", "الاحتلال"), ("target", "شاب وشقيقه")], 2, None)]),
    # an arrest counts none (session 42: the wife is taken too)
    ("اعتقلت الشرطة رجلا وزوجته.", [("اعتقلت", "arrests", False, [("actor", "الشرطة"), ("target", "رجلا"),
                                                               ("target", "زوجته")], None, None)]),
])
def test_kin_joined(nlp, text, expected):
    assert events(nlp, text) == expected


def test_relative_pronouns_one_list():
    shared = relative_pronouns()
    assert vocab.RELATIVES == shared and arguments._RELATIVES == shared and clues._RELATIVE_PRONOUNS == shared
    assert {"الذي", "التي", "اللذان", "اللايي"} <= shared


# 7. the death a protest is for is none of its casualties (now that "التلميذة" is a person: ANT 2406)
@pytest.mark.parametrize(("text", "expected"), [
    ("نفذ الأهالي اليوم اضرابا عن العمل على خلفية وفاة التلميذة مريم بعد اصابتها بمرض.",
     [("اضرابا", "peaceful protest", False, [("actor", "الأهالي")], None, None)]),
    ("نفذ الأهالي اليوم اضرابا عن العمل على خلفية وفاة شاب.",
     [("اضرابا", "peaceful protest", False, [("actor", "الأهالي")], None, None)]),
    # the protesters' own dead stay
    ("قتل متظاهر برصاص الشرطة خلال مسيرة احتجاجية.",
     [("مسيرة احتجاجية", "excessive force against protesters", False, [("actor", "الشرطة")], 1, None)]),
])
def test_protest_cause_death(nlp, text, expected):
    assert events(nlp, text) == expected


# 8. the "على" of another verb after the one an arrest takes is not the arrest's (ANT 7657: "سيدة" was the target)
@pytest.mark.parametrize(("text", "expected"), [
    ("تمكن أعوان الشرطة العدلية بصفاقس اليوم، من القبض على امرأة تحيّلت على سيدة أعمال بالجهة.",
     [("القبض على", "arrests", False, [("actor", "الشرطة العدلية"), ("target", "امرأة")], None, None)]),
    ("تمكن أعوان الشرطة من القبض على امرأة تحيّلت على شاب بالجهة.",
     [("القبض على", "arrests", False, [("actor", "أعوان الشرطة"), ("target", "امرأة")], None, None)]),
    # the one taken assaulted the other: two events
    ("ألقت الشرطة القبض على شاب اعتدى على فتاة.",
     [("ألقت", "arrests", False, [("actor", "الشرطة"), ("target", "شاب")], None, None),
      ("اعتدى", "attack", False, [("actor", "شاب"), ("target", "فتاة")], None, None)]),
])
def test_arrest_target_before_another_verb(nlp, text, expected):
    assert events(nlp, text) == expected
