"""The attribution stage, session 19: who speaks

- unnamed people right before a plural verb, counted or a sound plural ("بين 2433 مدخنا قالوا إنهم …", "وعشرة جنود
  قالوا", "مزارعون يقولون");
- a participle after a sentence whose verb says nothing: that verb's subject ("وزار الرئيس المستشفى، مؤكدا أن …"),
  not the speaker of a claim sentences before;
- a verb of relaying: the one after "عن" ("ونقلت وكالة الأنباء العراقية عن مصدر أمني قوله إن …");
- a source phrase before "فإن": the phrase ends there ("وحسب ما أفاد به مصدر أمني فإن …").
Each family with the neighbours that must not change.
"""

from __future__ import annotations

import pytest


def sources(nlp, text: str) -> list[tuple]:
    return [(q.cue["text"], q.source["text"] if q.source else None) for q in nlp(text).layers["quotes"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("وقارن الباحثون بين 2433 مدخنا قالوا إنهم دخنوا مرة واحدة على الأقل يوميا.",  # ANT
     [("قالوا", "2433 مدخنا")]),
    ("وعشرة جنود قالوا إن القائد أمرهم بالانسحاب.", [("قالوا", "عشرة جنود")]),
    ("وفي القرية، مزارعون يقولون إن المياه انقطعت منذ أسبوع.", [("يقولون", "مزارعون")]),
    ("مواطنون قالوا إن الانفجار هز المدينة بأكملها.", [("قالوا", "مواطنون")]),
    # neighbours: a sum of money is no one; a singular verb takes no such subject
    ("وحجز مبلغا ماليا قدره 9500 دينار اعترفوا بأنه متأت من تجارة المخدرات.", [("اعترفوا", None)]),
    ("وأكد الوزير أن الوضع مستقر.", [("أكد", "الوزير")]),
])
def test_unnamed_people_before_a_plural_verb(nlp, text: str, expected: list) -> None:
    assert sources(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال الوزير إن الوضع مستقر. وزار الرئيس المستشفى، مؤكدا أن الدولة ستتكفل بالجرحى.",
     [("قال", "الوزير"), ("مؤكدا", "الرئيس")]),
    ("وقال الوزير إن الوضع مستقر. وتفقدت الوزيرة المستشفى، مضيفة أن الدولة ستتكفل بالجرحى.",
     [("قال", "الوزير"), ("مضيفة", "الوزيرة")]),
    ("وقال الوزير إن الوضع مستقر. وزار الرئيس الفرنسي المستشفى، مؤكدا أن الدولة ستتكفل بالجرحى.",
     [("قال", "الوزير"), ("مؤكدا", "الرئيس الفرنسي")]),
    ("وقال الوزير إن الوضع مستقر. وزار وزير الصحة المستشفى، مشيرا إلى أن الدولة ستتكفل بالجرحى.",
     [("قال", "الوزير"), ("مشيرا", "وزير الصحة")]),
    ("وقال الوزير إن الوضع مستقر. واستقبل رئيس الحكومة يوسف الشاهد وفدا من المحتجين، مشيرا إلى أن مطالبهم مشروعة.",
     [("قال", "الوزير"), ("مشيرا", "يوسف الشاهد")]),
    # neighbours: no subject named, a subject of the other gender, a feminine object after a masculine verb,
    # the same one named again: the speaker before
    ("وقال الوزير إن الوضع مستقر. وزار الجرحى في المستشفى، مؤكدا أن الدولة ستتكفل بهم.",
     [("قال", "الوزير"), ("مؤكدا", "الوزير")]),
    ("وقال الوزير إن الوضع مستقر. وزارت الوزيرة المستشفى، مؤكدا أن الدولة ستتكفل بالجرحى.",
     [("قال", "الوزير"), ("مؤكدا", "الوزير")]),
    ("وقال الوزير إن الوضع مستقر. وطالب الوزارة برد الاعتبار له والاعتذار، قائلا إن هناك تراتيب إدارية.",
     [("قال", "الوزير"), ("قائلا", "الوزير")]),
    ("وقالت النائبة سامية عبو إن الوضع خطير. ودعت النائبة إلى الهدوء، مضيفة أن الحكومة مسؤولة.",
     [("قالت", "سامية عبو"), ("مضيفة", "سامية عبو")]),
])
def test_a_participle_takes_its_sentence_subject(nlp, text: str, expected: list) -> None:
    assert sources(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ونقلت وكالة الأنباء العراقية عن مصدر أمني قوله إن الانفجار وقع قرب سوق شعبي.", [("نقلت", "مصدر أمني")]),
    ("ونقلت الصحيفة عن وزير الداخلية قوله إن التحقيق مستمر.", [("نقلت", "وزير الداخلية")]),
    ("ونقلت وكالة رويترز عن مصادر طبية أن 12 شخصا قتلوا.", [("نقلت", "مصادر طبية")]),
    ('ونقل موقع "عنب بلدي" عن ناشطين أن الطائرات قصفت البلدة.', [("نقل", "ناشطين")]),
    # neighbours: no one after the agency; another verb with "عن"
    ("ونقل التلفزيون الرسمي أن الرئيس سيلقي خطابا.", [("نقل", "التلفزيون الرسمي")]),
    ("وكشف مصدر أمني عن أن المسلحين فروا.", [("كشف", "مصدر أمني")]),
])
def test_a_relayed_claim_is_its_speaker_s(nlp, text: str, expected: list) -> None:
    assert sources(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وحسب ما أفاد به مصدر أمني فإن المسلحين فروا إلى الجبال.", [("حسب", "مصدر أمني")]),
    ("ووفق ما ذكرت وكالة رويترز فإن عدد القتلى ارتفع إلى 20.", [("وفق ما", "وكالة رويترز")]),
    ("ووفق معطيات قدمتها السلطات الهندية فإن 30 في المئة فقط من الأطفال المختطفين يعودون.",
     [("وفق", "السلطات الهندية")]),
    ("وبحسب المرصد فإنه لا توجد أي معلومات عن الضحايا.", [("بحسب", "المرصد")]),
    ("وبحسب شهود عيان، فإن المسلحين أطلقوا النار بشكل عشوائي.", [("بحسب", "شهود عيان")]),
    # neighbour: "فان" in a name after a verb stays in the name
    ("وقال الممثل فان ديزل، الذي ظهر في كل أجزاء السلسلة، إنه يشعر بالعرفان.", [("قال", "الممثل فان ديزل")]),
])
def test_a_source_phrase_ends_before_fa_inna(nlp, text: str, expected: list) -> None:
    assert sources(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a past verb written as a passive (a damma after its first letter): no one speaks, no one is carried over
    ("وقال الوزير إن الوضع مستقر. وأُعلن أن الهجوم أسفر عن مقتل 5 أشخاص.", [("قال", "الوزير"), ("أُعلن", None)]),
    ("وقال الوزير إن الوضع مستقر. وأُعلِن في وقت لاحق أن الحصيلة ارتفعت.", [("قال", "الوزير"), ("أُعلِن", None)]),
    ("وقال الوزير إن الوضع مستقر. وذُكر أن الهجوم أسفر عن مقتل 5 أشخاص.", [("قال", "الوزير"), ("ذُكر", None)]),
    ("وقال الوزير إن الوضع مستقر. وقيل إن الهجوم نفذه انتحاري.", [("قال", "الوزير"), ("قيل", None)]),
    # neighbours: the active, with a fatha or unvowelled, continues the speaker
    ("وقال الوزير إن الوضع مستقر. وأَعلن أن الهجوم أسفر عن مقتل 5 أشخاص.",
     [("قال", "الوزير"), ("أَعلن", "الوزير")]),
    ("وقال الوزير إن الوضع مستقر. وأعلن أن الهجوم أسفر عن مقتل 5 أشخاص.", [("قال", "الوزير"), ("أعلن", "الوزير")]),
])
def test_a_written_passive_has_no_speaker(nlp, text: str, expected: list) -> None:
    assert sources(nlp, text) == expected
