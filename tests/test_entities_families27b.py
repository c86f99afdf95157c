"""Session 27, second wave: families read on ANT news from the lead's examples.

- "علي" is the given name Ali in a text that writes "إلى" with ى, though it has no "على" to show it ("في حكومة علي
  زيدان" gave the PER "زيدان" alone).
- French and British papers and channels cited by their transliterated names are ORGs ("فرانس اويست", "ديلي ميل").
- A robot and a selfie are no names ("ربوت", "الروبوت", "السيلفي").
- A mosque's or church's name after its head is a LOC without the head, as a street's is ("مسجد أبو هريرة").
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
    # ANT dev 1153: a mosque named after a companion of the Prophet
    ("بالتزامن مع إقامة صلاة الجمعة في محيط مسجد أبو هريرة بمنطقة الماجوري",
     [("أبو هريرة", "LOC"), ("الماجوري", "LOC")]),
    ("اندلع حريق ضخم بجامع عبد الرحمان الواقع بمنطقة المنزه", [("عبد الرحمان", "LOC"), ("المنزه", "LOC")]),
    ("قضت المحكمة بسجن المعتدي على إمام جامع ابراهيم الخليل", [("ابراهيم الخليل", "LOC")]),
    ("وقع انفجار صباح الأحد في كنيسة ماري جرجس في مدينة طنطا", [("ماري جرجس", "LOC"), ("طنطا", "LOC")]),
    ("وصلى الوفد في مسجد الملك عبد الله بعمان", [("الملك عبد الله", "LOC"), ("عمان", "LOC")]),
    # a mosque named by an ordinary word runs into no street after it (held-out 7090)
    ("وحسب وزارة الداخلية المصرية فإن انفجارا حدث بمحيط منطقة مسجد السلام بشارع الهرم (الجيزة)",
     [("وزارة الداخلية المصرية", "ORG"), ("الجيزة", "LOC")]),
    # a person outside the head's construct stays a person
    ("وصلى محمد بن سلمان في المسجد", [("محمد بن سلمان", "PER")]),
    ("وأم الشيخ عبد الرحمن السديس المصلين في المسجد", [("عبد الرحمن السديس", "PER")]),
])
def test_place_of_worship_named_after_a_person(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


def test_mosque_offsets() -> None:
    text = "في محيط مسجد أبو هريرة بمنطقة الماجوري"
    doc = NLP(text)
    first = doc.entities[0]
    assert (first.start, first.end, first.label) == (text.index("أبو"), text.index("أبو") + len("أبو هريرة"), "LOC")
