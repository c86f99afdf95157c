"""Counted nouns of session 20: vehicles, boats, weapons, pills, and people named by what they do.

ANT v1.1 counts buses, boats, rifles and pills seized ("حجز 433 قرصا مخدرا", "تهريب 18 بندقية صيد") and people by
their trade or age ("إصابة 5 أشخاص من بينهم 4 تلاميذ", "إيقاف 37 مهاجرا", "3 أعوان أمن", "5 شبان و5 فتيات"); each
now has its unit (``counted`` in ``resources/number_words.yaml``), with ASCII and Arabic-Indic digits and number
words, singular, accusative and plural forms.  The events stage counts the people among them as people (an
arrest of 21 migrants has them as its target) and the rest not.
"""

from __future__ import annotations

import pytest

from number_cases import counted

_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# (the counted noun after the number, its unit)
_NOUNS = [
    ("حافلة", "vehicle"), ("حافلات", "vehicle"), ("شاحنات", "vehicle"), ("دراجات نارية", "vehicle"),
    ("مراكب", "boat"), ("قوارب", "boat"), ("زوارق", "boat"), ("سفن", "boat"),
    ("بندقية", "weapon"), ("بنادق", "weapon"), ("مسدسات", "weapon"), ("قطع سلاح", "weapon"), ("قنابل", "weapon"),
    ("قرصا", "pill"), ("أقراص", "pill"),
    ("تلاميذ", "student"), ("تلميذا", "student"), ("طلبة", "student"), ("طالبات", "student"),
    ("أساتذة", "teacher"), ("عمال", "worker"), ("عاملة", "worker"),
    ("مهاجرا", "migrant"), ("مهاجرين", "migrant"), ("شبان", "youth"), ("فتيات", "youth"),
    ("نائبا", "deputy"), ("نواب", "deputy"), ("أعوان", "agent"), ("عونا", "agent"),
]


@pytest.mark.parametrize(("noun", "unit"), _NOUNS)
@pytest.mark.parametrize("digits", ["37", "٣٧"])
def test_counted_noun_after_digits(nlp, noun: str, unit: str, digits: str) -> None:
    assert counted(nlp, f"وتمكنت الوحدات من حجز {digits} {noun} خلال العملية.", digits, noun) == unit


@pytest.mark.parametrize(("text", "number", "value", "unit"), [
    ("أصيب ظهر اليوم 5 أشخاص من بينهم 4 تلاميذ جراء اصطدام سيارة بمحطة حافلات.", "4", 4, "student"),
    ("تمكنت فرقة الأبحاث من حجز 433 قرصا مخدرا لدى مروج.", "433", 433, "pill"),
    ("يتعزز أسطول شركة نقل تونس بـ46 حافلة مستعملة مستوردة من فرنسا.", "46", 46, "vehicle"),
    ("وأسفر الاعتداء عن إصابة ثلاثة أعوان بجروح.", "ثلاثة", 3, "agent"),
    ("احتجاز 3 مراكب صيد تونسية في المياه الليبية.", "3", 3, "boat"),
])
def test_counted_nouns_in_ant_sentences(nlp, text: str, number: str, value: int, unit: str) -> None:
    hits = [n for n in nlp(text).numbers if n.text == number]
    assert [(n.value, n.unit) for n in hits] == [(value, unit)]


def test_other_nouns_have_no_unit(nlp) -> None:
    """Stadiums are not counted nouns of the list: their numbers keep no unit (schools are, since session 21:
    tests/test_numbers_families21.py; shops (premises) since session 24)."""
    numbers = nlp("وأغلقت السلطات 12 ملعبا و7 محلات تجارية.").numbers
    assert [(n.text, n.unit) for n in numbers] == [("12", None), ("7", "premises")]


def test_migrants_arrested_are_the_arrest_target(nlp) -> None:
    text = "ألقت السلطات الليبية القبض على 17 مهاجرا غير شرعي من جنسيات مختلفة في منطقة توكرة."
    (ev,) = nlp(text).layers["events"]
    targets = [a["text"] for a in ev.actors if a["role"] == "target"]
    assert targets == ["17 مهاجرا"]
