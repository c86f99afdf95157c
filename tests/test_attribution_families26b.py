"""Session 26 (second wave) attribution families.

1. "ونسبت الصحيفة إلى مسؤول قوله إن …": the one the words are attributed to speaks (the outlet relays); a form of
   نسب is a claim only with "إلى" + a speaker before its "قوله"/"أن" (not "نسبت في السابق إلى كوريا الشمالية",
   not the noun "نسب النمو").
2. "ونقل زوار نبيه بري عنه قوله إن …": the one visited speaks, not the visitors; "كما نقلت عنه صحيفة …" and
   "ونقل عنه مقربون …" pass on the words of the one spoken of before.
3. A one-word unnamed source that spoke to an outlet heads a headline ("مصادر لسكاي نيوز عربية: …").
4. A participle after a sentence that says nothing takes its subject past an opener ("بدوره،", "من جهته،") and a
   manner adverb ("تدخل هاتفيا").

Sentences from ANT v1.1 (Tunisian news) unless marked; the others in the style of Lebanese, Gulf and pan-Arab news.
"""

from __future__ import annotations

import pytest

from attribution_claims import claims

ATTRIBUTED = [
    # ANT (a Russian deputy minister, relayed by the agencies)
    ("ونسبت الوكالات إلى ألكسندر فومين نائب وزير الدفاع قوله إن موقف الولايات المتحدة هيأ الأجواء لتسوية سياسية.",
     [("indirect", "إن موقف الولايات المتحدة هيأ الأجواء لتسوية سياسية", "نسبت", "ألكسندر فومين", "person")]),
    ("ونسبت الصحيفة إلى مسؤول في وزارة الخارجية قوله إن الحكومة لن تتراجع عن قرارها.",
     [("indirect", "إن الحكومة لن تتراجع عن قرارها", "نسبت", "مسؤول في وزارة الخارجية", "anonymous")]),
    # with "أن" and no "قوله"; the present tense
    ("ونسبت وكالة رويترز إلى مصادر أمنية أن المهاجمين فروا باتجاه الحدود.",
     [("indirect", "أن المهاجمين فروا باتجاه الحدود", "نسبت", "مصادر أمنية", "anonymous")]),
    ("وتنسب الصحيفة إلى مصادر مقربة من القصر أن الرئيس سيعلن ترشحه.",
     [("indirect", "أن الرئيس سيعلن ترشحه", "تنسب", "مصادر مقربة من القصر", "anonymous")]),
    # the plural "قولهم", a long outlet name
    ("ونسبت صحيفة وول ستريت جورنال إلى مسؤولين أمريكيين قولهم إن الاتفاق بات قريبا.",
     [("indirect", "إن الاتفاق بات قريبا", "نسبت", "مسؤولين أمريكيين", "anonymous")]),
    # the passive
    ("ونُسب إلى مصدر أمني قوله إن الهجوم أسفر عن قتلى.",
     [("indirect", "إن الهجوم أسفر عن قتلى", "نُسب", "مصدر أمني", "anonymous")]),
]


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTED)
def test_attributed_words(nlp, text, expected):
    assert claims(nlp, text) == expected


NOT_ATTRIBUTED = [
    # ANT: attacks attributed to a country, no words
    ("وكانت هجمات مماثلة نسبت في السابق إلى كوريا الشمالية، وأكد الخبراء أن الهجوم معقد.",
     [("indirect", "أن الهجوم معقد", "أكد", "الخبراء", "anonymous")]),
    # the noun نسب (rates)
    ("وسجلت نسب النمو تراجعا وأكد الوزير أن الوضع صعب.",
     [("indirect", "أن الوضع صعب", "أكد", "الوزير", "person")]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_ATTRIBUTED)
def test_no_attributed_claim(nlp, text, expected):
    assert claims(nlp, text) == expected


COMPANIONS = [
    ("ونقل زوار رئيس مجلس النواب نبيه بري عنه قوله إن الحكومة ستتشكل قريبا.",
     [("indirect", "إن الحكومة ستتشكل قريبا", "نقل", "نبيه بري", "person")]),
    ("ونقل زوار الرئيس ميشال عون عنه أن لبنان لن يقبل بالتوطين.",
     [("indirect", "أن لبنان لن يقبل بالتوطين", "نقل", "ميشال عون", "person")]),
    # "عنه" first: the one spoken of before
    ("وقال الرئيس نبيه بري إن الحوار ضروري. ونقل عنه مقربون قوله إن الحكومة ستتشكل قريبا.",
     [("indirect", "إن الحوار ضروري", "قال", "نبيه بري", "person"),
      ("indirect", "إن الحكومة ستتشكل قريبا", "نقل", "نبيه بري", "person")]),
]


@pytest.mark.parametrize(("text", "expected"), COMPANIONS)
def test_relayed_by_companions(nlp, text, expected):
    assert claims(nlp, text) == expected


def test_outlet_relays_the_one_before(nlp):
    # ANT: "كما نقلت عنه صحيفة …" gave "عنه صحيفة هافينغتون" as the speaker
    text = ("وشدد النائب على \"أننا نعيش في القرن الـ21، والصحة النفسية تساوي في أهميتها الصحة البدنية\"، ولاحظ"
            " كما نقلت عنه صحيفة هافينغتون بوست أن \"الرئيس بطبيعة ضغط"
            " العمل يحتاج من يراقب صحته العقلية\".")
    got = claims(nlp, text)
    assert [(c[2], c[3]) for c in got] == [("شدد", "النائب"), ("نقلت", "النائب")]


HEADLINES = [
    ("مصادر لسكاي نيوز عربية: الوفد سيصل القاهرة غدا",
     [("direct", "الوفد سيصل القاهرة غدا", ":", "مصادر", "anonymous")]),
    ("مصادر للجزيرة: الوفد المصري يصل الدوحة غدا",
     [("direct", "الوفد المصري يصل الدوحة غدا", ":", "مصادر", "anonymous")]),
    ("مسؤولون لرويترز: واشنطن تدرس فرض عقوبات جديدة",
     [("direct", "واشنطن تدرس فرض عقوبات جديدة", ":", "مسؤولون", "anonymous")]),
    # a credit stays none
    ("المصدر : وات تونس الجديدة", []),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_unnamed_source_to_outlet_headline(nlp, text, expected):
    assert claims(nlp, text) == expected


PARTICIPLES = [
    # ANT: after "بدوره،", a manner adverb between the verb and its subject
    ("وتدخل محمد عبر اتصال هاتفي من الكويت لتأكيد هذه التعطيلات مؤكدا أن شقيقيه يحملان الجنسية. بدوره، تدخل هاتفيا"
     " المواطن التونسي فارس الشيخ والذي يحمل أيضا الجنسية الفلسطينية، مؤكدا أنه أيضا تعرّض للتجربة ذاتها.",
     [("indirect", "أن شقيقيه يحملان الجنسية", "مؤكدا", "محمد", "person"),
      ("indirect", "أنه أيضا تعرّض للتجربة ذاتها", "مؤكدا", "فارس الشيخ", "person")]),
    # ANT: after "من جانبه،"
    ("من جانبه، شخّص الطبيب ماجد علاّية من المصحة الخاصة المعنية، حالة تقوى المرضيّة، مؤكدا أن حالتها خطيرة.",
     [("indirect", "أن حالتها خطيرة", "مؤكدا", "ماجد علاّية", "person")]),
    ("وقالت الوزيرة إن الوضع صعب. ومن جهته، استقبل وزير الصحة عبد اللطيف المكي وفدا من النقابة، مؤكدا أن الحوار"
     " متواصل.",
     [("indirect", "إن الوضع صعب", "قالت", "الوزيرة", "person"),
      ("indirect", "أن الحوار متواصل", "مؤكدا", "عبد اللطيف المكي", "person")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLES)
def test_participle_after_opener(nlp, text, expected):
    assert claims(nlp, text) == expected


SURNAMES = [
    # the surname of a person the article names in full speaks a headline
    ("الحوثي: الحرب مستمرة حتى رفع الحصار\nوقال زعيم جماعة أنصار الله عبد الملك الحوثي في خطاب متلفز إن الحرب"
     " مستمرة.",
     ("direct", "الحرب مستمرة حتى رفع الحصار", ":", "الحوثي", "person")),
]


@pytest.mark.parametrize(("text", "expected"), SURNAMES)
def test_headline_surname(nlp, text, expected):
    assert claims(nlp, text)[0] == expected


@pytest.mark.parametrize("text", [
    # no one of that name in the article: no speaker
    "الحوثي: الحرب مستمرة حتى رفع الحصار",
    # a club, not a surname of the person named
    "الإفريقي : الهيئة تقرر إقالة المدرب\nوقال رئيس الإفريقي سليم الرياحي إن القرار نهائي.",
])
def test_headline_no_surname(nlp, text):
    assert all(c[2] != ":" for c in claims(nlp, text))
