"""Session 27, second wave: families read on ANT news from the lead's examples.

- "علي" is the given name Ali in a text that writes "إلى" with ى, though it has no "على" to show it ("في حكومة علي
  زيدان" gave the PER "زيدان" alone).
- French and British papers and channels cited by their transliterated names are ORGs ("فرانس اويست", "ديلي ميل").
- A robot and a selfie are no names ("ربوت", "الروبوت", "السيلفي").
- A street's name runs on over no next street's head after ب ("ساحة محمد علي بشارع الهرم").
"""

from __future__ import annotations

import pytest

from arabnews.lang.ar import writes_alif_maqsura
from entity_cases import NLP, entities


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 3585 (dev 1153): no "على" in the article, "إلى" with ى
    ("كانوا في طريقهم إلى المسجد، من بينهم وزير الداخلية الأسبق في حكومة علي زيدان.", [("علي زيدان", "PER")]),
    ("وصل الوفد الى طرابلس والتقى رئيس الوزراء علي زيدان", [("طرابلس", "LOC"), ("علي زيدان", "PER")]),
    # a person coordinated after it with و is another person (held-out 7137)
    ("وقال إنه لم يتلق أي طلب استقالة من النائبين لطفي علي وناصر الشنوفي. وتوجه إلى المجلس",
     [("ناصر الشنوفي", "PER")]),
    # a street's name stays the street's (dev 2569)
    ("وشارع فرحات حشاد نهج سهلول ونهج علي باش حامبة، إضافة إلى وسط مدينة بوفيشة.",
     [("فرحات حشاد", "LOC"), ("علي باش حامبة", "LOC"), ("بوفيشة", "LOC")]),
    # the preposition written with ي before an ordinary word stays no name
    ("ذهب إلى بيته وحصل علي الفور على موافقة", []),
])
def test_ali_where_the_text_writes_ila_with_alif_maqsura(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


def test_ila_is_the_evidence_only_without_ilay() -> None:
    assert writes_alif_maqsura("في طريقهم إلى المسجد، في حكومة علي زيدان")
    assert not writes_alif_maqsura("وتم تقديمه الى مركز الأمن. ألقت الوحدات القبض علي نفر")
    assert not writes_alif_maqsura("في حكومة علي زيدان")
    assert not writes_alif_maqsura("ذهب إلي المسجد وتوجه إلى البيت، في حكومة علي زيدان")


@pytest.mark.parametrize(("sentence", "expected"), [
    ('وحسب "فرانس اويست" فقد سقط حوالي 5 جرحى في الإنفجار', [("فرانس اويست", "ORG")]),
    ("وقالت ديلي ميل إن الشرطة اعتقلت المشتبه به", [("ديلي ميل", "ORG")]),
    ("ونقلت صحيفة ديلي تلغراف عن مصادر", [("ديلي تلغراف", "ORG")]),
    ("وذكرت لوفيغارو أن الرئيس الفرنسي سيزور الجزائر", [("لوفيغارو", "ORG"), ("الجزائر", "LOC")]),
    ("وفق ما نقلته مجلة جون أفريك", [("جون أفريك", "ORG")]),
    ("وقال لفوكس نيوز إن", [("فوكس نيوز", "ORG")]),
    # the given name alone is a person still
    ("وقال جون كيري إن المحادثات مستمرة", [("جون كيري", "PER")]),
])
def test_transliterated_outlets(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # ANT dev 1717
    "وقال زالا إنه فكر أولا في اختراع ربوت آلي يعمل على كشف مواقع تلك الألغام",
    "تنبه إلى أن وزن ذلك الروبوت سيكون ثقيلا ما سيؤدي لانفجار تلك الألغام وتدمير الروبوت لذلك",
    "ونشر صورة السيلفي على حسابه",
    "التقط سيلفي مع الجماهير",
    "صنعت الشركة روبوتات للمصانع",
])
def test_robot_and_selfie_are_no_names(sentence: str) -> None:
    assert entities(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # a street's name after ب: no family name run on into the next street's head (places.eponym_name_end)
    # ("السلام بشارع الهرم", "النصر بنهج" were LOCs: a given name that is a word, then ب + a street's head)
    ("تجمع المحتجون بمحيط ساحة السلام بشارع الهرم", [("الهرم", "LOC")]),
    ("وقف المحتجون في ساحة النصر بنهج الحرية", []),
    ("وحسب وزارة الداخلية المصرية فإن انفجارا حدث بمحيط ساحة محمد علي بشارع الهرم",
     [("وزارة الداخلية المصرية", "ORG"), ("محمد علي", "LOC"), ("الهرم", "LOC")]),
])
def test_street_name_stops_at_next_street(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


def test_ali_offsets() -> None:
    text = "كانوا في طريقهم إلى المسجد، من بينهم وزير الداخلية الأسبق في حكومة علي زيدان."
    doc = NLP(text)
    start = text.index("علي زيدان")
    assert [(e.start, e.end, e.label) for e in doc.entities] == [(start, start + len("علي زيدان"), "PER")]
