"""Events, session 33 (nd33b): a person noun in ين whose sound plural is spelled like its oblique dual ("مسلحين":
مسلحِين, the plural, or مسلحَين, two) counts 2 only with a sign of the dual after it (a dual verb, relative or pronoun,
"اثنين", two names joined by و, its vowels); the nouns with a broken plural ("جنديين"/جنود, "طفلين"/أطفال,
"شخصين"/أشخاص) stay duals.  A casualty word before such a plural still tells of casualties, uncounted."""

from __future__ import annotations

from typing import Any

import pytest

import arabnews


def _counts(text: str) -> list[tuple[str, Any, Any, Any, Any]]:
    out = []
    for e in arabnews.analyze(text, reference_date="2024-03-10").to_dict()["events"]:
        f, i = e.get("fatalities") or {}, e.get("injured") or {}
        out.append((e["subtype"], f.get("value"), f.get("text"), i.get("value"), i.get("text")))
    return out


# plurals: no count, the event stays (Iraqi INA, Yemeni Saba, Afghan, Libyan and Lebanese styles)
@pytest.mark.parametrize(("text", "expected"), [
    ("بغداد (واع) - أعلنت قيادة العمليات المشتركة، اليوم الأحد، مقتل إرهابيين في قصف جوي على وادي حوران غربي الأنبار.",
     [("air/drone strike", None, None, None, None)]),
    ("صنعاء (سبأ) - أصيب مدنيون ومقتل مدنيين بقصف مدفعي لمليشيا الحوثي على أحياء سكنية في مدينة تعز.",
     [("shelling/artillery/missile attack", None, None, None, None)]),
    ("القاهرة - أسفر الهجوم عن إصابة مواطنين بجروح متفرقة، ونقلوا إلى مستشفى العريش العام.",
     [("attack", None, None, None, None)]),
    ("كابل - قالت الشرطة الأفغانية إن الانفجار أدى إلى مقتل مدنيين أيضا في ولاية ننغرهار.",
     [("remote explosive/landmine/IED", None, None, None, None)]),
    ("طرابلس (ليبيا أوبزرفر) - قتل مسلحين ملثمين في اشتباك مع قوة أمنية جنوب العاصمة.",
     [("armed clash", None, None, None, None)]),
    ("بيروت - أسفرت الغارة الإسرائيلية عن استشهاد ٣ مسعفين وإصابة مدنيين في بلدة الناقورة.",
     [("air/drone strike", 3, "٣", None, None)]),
    ("العريش - مقتل مسلحِين في تبادل لإطلاق النار مع قوات الأمن.", [("armed clash", None, None, None, None)]),
    # a joined plural adds nothing
    ("دمشق - أسفر القصف عن مقتل ضابط ومدنيين في ريف إدلب.",
     [("shelling/artillery/missile attack", 1, "ضابط", None, None)]),
])
def test_sound_plural_is_no_dual(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _counts(text) == expected


# duals: by a sign after the noun, by its vowels, or by a broken plural
@pytest.mark.parametrize(("text", "expected"), [
    ("الرياض - أعلنت وزارة الداخلية السعودية مقتل إرهابيين اتخذا منزلا في حي الياسمين وكرا لتصنيع المتفجرات.",
     [("armed clash", 2, "إرهابيين", None, None)]),
    ("نواكشوط - أسفر الهجوم عن مقتل شرطيين كانا يحرسان مقر البنك المركزي.", [("armed clash", 2, "شرطيين", None, None)]),
    ("مقتل مسلحين ملثمين يستقلان دراجة نارية برصاص الأمن في درنة.", [("armed clash", 2, "مسلحين", None, None)]),
    ("باريس - أسفر الهجوم عن مقتل الشرطيين الفرنسيين اللذين كانا في دورية.",
     [("armed clash", 2, "الشرطيين", None, None)]),
    ("الموصل - أعلنت خلية الإعلام الأمني مقتل مسلحين اثنين من داعش في الجانب الأيمن.",
     [("armed clash", 2, "مسلحين اثنين", None, None)]),
    ("تونس - تتعلق القضية بمقتل الصحفيين التونسيين سفيان الشورابي ونذير القطاري في ليبيا.",
     [("attack", 2, "الصحفيين", None, None)]),
    ("العريش - مقتل مسلحَين في تبادل لإطلاق النار مع قوات الأمن.", [("armed clash", 2, "مسلحَين", None, None)]),
    ("غزة - أسفر القصف الإسرائيلي عن استشهاد طفلين وإصابة امرأة في مخيم جباليا.",
     [("shelling/artillery/missile attack", 2, "طفلين", 1, "امرأة")]),
    ("إسلام آباد - أعلن الجيش الباكستاني مقتل جنديين في هجوم لمسلحين على نقطة تفتيش في وزيرستان.",
     [("armed clash", 2, "جنديين", None, None)]),
    ("الخرطوم - أسفرت الاشتباكات عن مقتل شخصين وإصابة ثلاثة آخرين.", [("armed clash", 2, "شخصين", 3, "ثلاثة")]),
    ("دمشق - أسفر القصف عن مقتل ضابط وجنديين في ريف إدلب.",
     [("shelling/artillery/missile attack", 3, "ضابط وجنديين", None, None)]),
    ("دمشق - أسفر القصف عن مقتل جندي ومدنيين اثنين في ريف إدلب.",
     [("shelling/artillery/missile attack", 3, "جندي ومدنيين", None, None)]),
])
def test_dual_by_evidence(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _counts(text) == expected


def test_definite_adjective_is_no_victim() -> None:
    # "المسلح" of "بالسطو المسلح" is no person killed before "وقتل مدنيين"
    text = "وكانت السلطات قد أعدمت عددا من الأكراد بزعم اتهامهم بالسطو المسلح وقتل مدنيين والتخطيط لشن هجمات."
    assert all(c[1] is None for c in _counts(text))


@pytest.mark.parametrize("text", [
    "رئيس جمعية تونسية في بريطانيا : لا ضحايا تونسيين في هجوم لندن",  # a negated casualty word: none
    "وقالت إن إسرائيل اتخذت مسارا جديدا لقتل المزيد من الفلسطينيين.",  # a partitive between: no killing told
])
def test_plural_makes_no_event(text: str) -> None:
    assert _counts(text) == []


def test_plural_object_keeps_the_killing() -> None:
    # the verb's object after its subject, a plural: the killing is told, its count is not
    assert _counts("وقتلت قوات الجيش مسلحين في ولاية بورنو.") == [("armed clash", None, None, None, None)]
