"""The given name "علي" (Ali) written with ي, which folding makes the preposition "على" (session 18): in a
document that writes the preposition with ى, it joins or starts a person's name; in one that writes the
preposition "علي" too, nothing changes.  And theophoric names made with "بالله" ("المنتصر بالله").
Sentences from ANT news (JawharaFM, Mosaique FM), some shortened; each holds "على" written with ى unless
the test says otherwise."""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from arabnews.lang.ar import writes_alif_maqsura

NLP = Pipeline(["numbers", "dates", "groups", "entities"])


def _persons(sentence: str) -> list[tuple[int, int, str]]:
    doc = NLP(sentence)
    for e in doc.entities:
        assert doc.text[e.start:e.end] == e.text
    return [(e.start, e.end, e.text) for e in doc.entities if e.label == "PER"]


def _span(sentence: str, name: str) -> tuple[int, int, str]:
    start = sentence.index(name)
    return (start, start + len(name), name)


@pytest.mark.parametrize("sentence, names", [
    # "علي" after a given name the tagger tagged: the name goes on over it
    ("وأكد محمد علي أن الوضع مستقر على الحدود.", ["محمد علي"]),
    ("وصرح محمد علي الغنوشي بأن الوضع مستقر على الحدود.", ["محمد علي الغنوشي"]),
    ("وأفاد المدير العام للمجمع محمد علي الجندوبي في حديث على هامش الندوة ان الصابة وفيرة.",
     ["محمد علي الجندوبي"]),
    ("واقترح محمد علي الشيحي دراسة إمكانية إلحاق مخابر البحث بالجامعات على غرار ما تم في الخارج.",
     ["محمد علي الشيحي"]),
    # "علي" first: before a family name, with or without a proclitic
    ("وأكد المندوب الجهوي للثقافة، علي المرموري أن المهرجان سينطلق على الساعة الخامسة.", ["علي المرموري"]),
    ("قال علي قيقة، الناطق الرسمي باسم المحكمة، إن الحكم صدر على المتهمين.", ["علي قيقة"]),
])
def test_ali_is_a_name(sentence, names):
    assert _persons(sentence) == [_span(sentence, n) for n in names]


@pytest.mark.parametrize("sentence, names", [
    # the preposition written "على": nothing joins
    ("وأكد محمد على أن الوضع مستقر على الحدود.", ["محمد"]),
    # "علي" before an ordinary word is the preposition misspelt, even here ("على امتداد", "على غرار")
    ("وتتواصل التظاهرة أي علي امتداد 5 أيام، على وقع العروض.", []),
    # a document that writes the preposition "علي" ("إلي" for "إلى"): "علي" may be either, as before
    ("وأكد محمد علي أن الوضع مستقر، وأشار إلي أن القضاء علي ثلاثة إرهابيين تم على الحدود.", ["محمد"]),
    # no "على" written with ى at all: as before
    ("وأكد محمد علي أن الوضع مستقر في الحدود.", ["محمد"]),
    # "فعلي" is "actual", no name
    ("ولم يكن له تأثير فعلي على البرلمان.", []),
])
def test_ali_keeps_the_preposition(sentence, names):
    assert _persons(sentence) == [_span(sentence, n) for n in names]


@pytest.mark.parametrize("text, expected", [
    ("وأكد محمد علي أن الوضع مستقر على الحدود", True),
    ("وأكد محمد علي أن الوضع مستقر في الأعلى", False),  # "على" only inside a word
    ("القضاء علي ثلاثة إرهابيين وأشارت إلي أن الحصيلة على الحدود", False),
])
def test_writes_alif_maqsura(text, expected):
    assert writes_alif_maqsura(text) is expected


@pytest.mark.parametrize("sentence, name", [
    ("وأفاد الناطق الرسمي باسم نقابة الشرطة البلدية، المنتصر بالله بربيرو، عن 80 عملية حجز.",
     "المنتصر بالله بربيرو"),
    ('وقال الناطق الرسمي للنقابة العامة للشرطة البلدية منتصر بالله بربيرو ل"الجوهرة أف أم" إن الحملة متواصلة.',
     "منتصر بالله بربيرو"),
])
def test_name_made_with_billah(sentence, name):
    assert _span(sentence, name) in _persons(sentence)


@pytest.mark.parametrize("sentence, names", [
    # the preposition misspelt "علي" in a document that writes "على": before a plural or dual, a definite
    # word that is no family nisba, a word after و
    ("وتمكنت فرقة الحرس الوطني بالقصرين من القاء القبض علي شابين أمس الأربعاء على الحدود.", []),
    ("وتحركت الوحدات الأمنية بناء علي الأوصاف التي أدلت بها الضحية على الفور.", []),
])
def test_ali_before_ordinary_words(sentence, names):
    assert _persons(sentence) == [_span(sentence, n) for n in names]


@pytest.mark.parametrize("sentence", [
    # a school named after a man: no person starts at "علي" after its head
    "وشهد صباح اليوم المعهد الثانوي علي بورقيبة احتقانا بسبب تعرض تلميذ للطعن على مستوى البطن.",
    "اعتداء معهد علي بورقيبة : إلقاء القبض على المتورطين",
])
def test_ali_after_an_institution_head(sentence):
    assert all("علي" not in name for _, _, name in _persons(sentence))
