"""Issue #16, "numbers beyond the forms we tested": money, ranges and bounds, measures, negatives,
decimals and fractions, compounds, compound ordinals, spoken forms, scientific and grouped digits.

Tables are generated from small lexicons where that covers a family (every currency × digit set ×
grammatical form, every qualifier, every unit form) and completed with sentences from the ANT news.
Each case: (text, span text, kind, value, unit, attrs that must be present)."""

from __future__ import annotations

import json
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import arabnews
from arabnews import Pipeline
from arabnews.extract.numbers import parse_numbers

ROOT = Path(__file__).resolve().parents[1]
_INDIC = str.maketrans("0123456789.,", "٠١٢٣٤٥٦٧٨٩٫٬")


def indic(s: str) -> str:
    return s.translate(_INDIC)


Case = tuple[str, str, str, float, "str | None", dict]

# -- money -------------------------------------------------------------------------------------------
# (the currency as written after a number, ISO code); singular, accusative, plural and dual forms
_CURRENCIES = [
    ("ريال قطري", "QAR"), ("ريالا قطريا", "QAR"), ("ريالات قطرية", "QAR"),
    ("ريال عماني", "OMR"), ("ريالات عمانية", "OMR"),
    ("ريال سعودي", "SAR"), ("ريالا سعوديا", "SAR"), ("ريال يمني", "YER"),
    ("دينار كويتي", "KWD"), ("دينارا كويتيا", "KWD"), ("دنانير كويتية", "KWD"),
    ("دينار أردني", "JOD"), ("دينارا أردنيا", "JOD"),
    ("دينار عراقي", "IQD"), ("دينارا عراقيا", "IQD"),
    ("جنيه مصري", "EGP"), ("جنيهات مصرية", "EGP"), ("جنيها مصريا", "EGP"),
    ("جنيه إسترليني", "GBP"), ("جنيهات إسترلينية", "GBP"), ("جنيه استرليني", "GBP"),
    ("ليرة سورية", "SYP"), ("ليرات سورية", "SYP"),
    ("ليرة لبنانية", "LBP"), ("ليرات لبنانية", "LBP"),
    ("ليرة تركية", "TRY"), ("ليرات تركية", "TRY"),
    ("شيكل", "ILS"), ("شيكلا", "ILS"), ("شواكل", "ILS"), ("شواقل", "ILS"), ("شيقلات", "ILS"),
    ("درهم إماراتي", "AED"), ("دراهم إماراتية", "AED"),
    ("درهم مغربي", "MAD"), ("دراهم مغربية", "MAD"),
    ("دينار جزائري", "DZD"), ("دينارا جزائريا", "DZD"),
    ("دينار تونسي", "TND"), ("دينارا تونسيا", "TND"),
    ("دينار ليبي", "LYD"), ("دينار بحريني", "BHD"),
    ("دولار", "USD"), ("دولارا", "USD"), ("دولارات", "USD"), ("دولار أمريكي", "USD"), ("دولار أميركي", "USD"),
    ("يورو", "EUR"), ("ين ياباني", "JPY"), ("يوان صيني", "CNY"), ("روبل روسي", "RUB"), ("فرنك سويسري", "CHF"),
    # bare names of one currency only (ANT: "مكافأة بقيمة ألفي يوان")
    ("يوان", "CNY"), ("يوانا", "CNY"), ("يوانات", "CNY"), ("روبل", "RUB"), ("روبلات", "RUB"), ("ين", "JPY"),
    ("وون", "KRW"),
]
MONEY: list[Case] = []
for _i, (_name, _code) in enumerate(_CURRENCIES):
    _amount = str(15 + 7 * _i)
    MONEY.append((f"دفع {_amount} {_name} ثمنا", _amount, "cardinal", int(_amount), _code, {"currency": _code}))
    MONEY.append((f"دفع {indic(_amount)} {_name}", indic(_amount), "cardinal", int(_amount), _code,
                  {"currency": _code, "quantity": "money"}))
MONEY += [
    ("$25", "$25", "cardinal", 25, "USD", {"currency": "USD"}),
    ("25$", "25$", "cardinal", 25, "USD", {"currency": "USD"}),
    ("€9", "€9", "cardinal", 9, "EUR", {"currency": "EUR"}),
    ("9€", "9€", "cardinal", 9, "EUR", {"currency": "EUR"}),
    ("£3", "£3", "cardinal", 3, "GBP", {"currency": "GBP"}),
    ("₪ 40", "₪ 40", "cardinal", 40, "ILS", {"currency": "ILS"}),
    ("40 USD", "40", "cardinal", 40, "USD", {"currency": "USD", "unit_text": "USD"}),
    ("KWD 5", "KWD 5", "cardinal", 5, "KWD", {"currency": "KWD"}),
    ("₺50", "₺50", "cardinal", 50, "TRY", {"currency": "TRY"}),
    ("100 TL", "100", "cardinal", 100, "TRY", {}),
    ("US$ 5", "US$ 5", "cardinal", 5, "USD", {}),
    ("$1.5 مليون", "$1.5 مليون", "cardinal", 1500000, "USD", {"scale": "million"}),
    ("500 ألف ل.س", "500 ألف", "cardinal", 500000, "SYP", {}),
    ("٣٠٠ ر.ق", "٣٠٠", "cardinal", 300, "QAR", {}),
    ("السعر EUR 12.5", "EUR 12.5", "cardinal", 12.5, "EUR", {"currency": "EUR"}),
    ("١٥ د.ك", "١٥", "cardinal", 15, "KWD", {"currency": "KWD"}),
    ("200 ر.س", "200", "cardinal", 200, "SAR", {"currency": "SAR"}),
    ("50 ج.م", "50", "cardinal", 50, "EGP", {"currency": "EGP"}),
    ("2.5 مليون دولار", "2.5 مليون", "cardinal", 2500000, "USD", {"scale": "million"}),
    ("3 مليارات يورو", "3 مليارات", "cardinal", 3000000000, "EUR", {"scale": "billion"}),
    ("خمسة آلاف ليرة سورية", "خمسة آلاف", "cardinal", 5000, "SYP", {"currency": "SYP"}),
    ("ألف دينار أردني", "ألف", "cardinal", 1000, "JOD", {}),
    ("600 دينار كمنحة", "600", "cardinal", 600, "dinar", {"quantity": "money"}),  # ANT: the country is not said
    ("طلب منه 80 دينارا رشوة", "80", "cardinal", 80, "dinar", {}),
    ("500 ريال", "500", "cardinal", 500, "riyal", {}),
    ("20 جنيها", "20", "cardinal", 20, "pound", {}),
    ("100 درهم", "100", "cardinal", 100, "dirham", {}),
    # subunits
    ("15 دولارا و60 سنتا", "15", "cardinal", 15.6, "USD",
     {"subunit": "cent", "subunit_text": "60 سنتا", "unit_text": "دولارا"}),
    ("3 يورو و50 سنتا", "3", "cardinal", 3.5, "EUR", {"subunit": "cent"}),
    ("5 جنيهات مصرية و25 قرشا", "5", "cardinal", 5.25, "EGP", {"subunit": "piastre"}),
    ("دينار كويتي و500 فلس", None, "cardinal", 0, "KWD", {}),  # no amount before the name: not read
    ("2 دينار كويتي و500 فلس", "2", "cardinal", 2.5, "KWD", {"subunit": "fils"}),
    ("10 ريالات سعودية و50 هللة", "10", "cardinal", 10.5, "SAR", {"subunit": "halala"}),
    ("بين 50 دينار و880 مليم", "50", "cardinal", 50.88, "dinar", {"subunit": "millime"}),  # ANT, generic dinar
    ("تترواح بين 50 دينار و880 مليم و59 دينار و250 مليم", "59", "cardinal", 59.25, "dinar", {}),
    ("7 دنانير أردنية و250 فلسا", "7", "cardinal", 7.25, "JOD", {"subunit": "fils"}),
    ("دولار ونصف", "دولار ونصف", "cardinal", 1.5, "USD", {}),
]
MONEY = [c for c in MONEY if c[1] is not None]

# -- ranges and bounds ---------------------------------------------------------------------------------
_QUALIFIERS = [
    ("أقل من", "less_than"), ("دون", "less_than"), ("تحت", "less_than"), ("ما دون", "less_than"),
    ("ما يقل عن", "less_than"),
    ("أكثر من", "more_than"), ("ما يزيد على", "more_than"), ("ما يزيد عن", "more_than"), ("فوق", "more_than"),
    ("يتجاوز", "more_than"), ("أزيد من", "more_than"),
    ("نحو", "approx"), ("قرابة", "approx"), ("حوالي", "approx"), ("حوالى", "approx"), ("زهاء", "approx"),
    ("ما يقارب", "approx"), ("في حدود", "approx"), ("ما يناهز", "approx"),
    ("لا يقل عن", "at_least"), ("ما لا يقل عن", "at_least"),
    ("لا يتجاوز", "at_most"), ("ما لا يتجاوز", "at_most"), ("لا يزيد على", "at_most"),
]
RANGES: list[Case] = []
for _q, _key in _QUALIFIERS:
    RANGES.append((f"{_q} 40 شخصا", f"{_q} 40", "cardinal", 40, "person", {"qualifier": _key, "qualifier_text": _q}))
    RANGES.append((f"{_q} ثلاثين كيلومترا", f"{_q} ثلاثين", "cardinal", 30, "km", {"qualifier": _key}))
RANGES += [
    ("من 50 إلى 80 دولارا", "من 50 إلى 80", "range", 50, "USD", {"low": 50, "high": 80}),
    ("من ٥٠ إلى ٨٠ دولارا", "من ٥٠ إلى ٨٠", "range", 50, "USD", {"low": 50, "high": 80}),
    ("من خمسين إلى ثمانين شخصا", "من خمسين إلى ثمانين", "range", 50, "person", {"low": 50, "high": 80}),
    ("من 2 إلى 3 ملايين دولار", "من 2 إلى 3 ملايين", "range", 2000000, "USD", {"high": 3000000}),
    ("بسعر يتراوح من 500 إلى 600 دولاراً", "من 500 إلى 600", "range", 500, "USD", {"high": 600}),  # ANT
    # without من, when a unit follows (ANT: "على بعد 25 إلى 35 ميلا (56 كيلومترا)")
    ("على بعد 25 إلى 35 ميلا من السواحل", "25 إلى 35", "range", 25, "[mi_i]", {"low": 25, "high": 35}),
    ("تضم 5 إلى 7 أشخاص", "5 إلى 7", "range", 5, "person", {"high": 7}),
    ("بنسبة ١٠ إلى ٢٠ بالمائة", "١٠ إلى ٢٠", "range", 10, "percent", {"high": 20}),
    ("نحو 3 إلى 5 ملايين دولار", "نحو 3 إلى 5 ملايين", "range", 3000000, "USD",
     {"high": 5000000, "qualifier": "approx"}),
    # ANT: a change told with من … إلى is a before and an after, not a range
    ("ارتفاع سعر كيس الاسمنت من 7.5 دينار إلى 13 دينارا", "13", "cardinal", 13, "dinar", {}),
    ("ليمر من 102،5 مليون دينار إلى 295،2 مليون دينار", "295،2 مليون", "cardinal", 295200000, "dinar", {}),
    ("بين 30 و45", "بين 30 و45", "range", 30, None, {"low": 30, "high": 45, "qualifier": "between"}),
    ("بين 30 و 34 درجة", "بين 30 و 34", "range", 30, "deg", {"high": 34}),
    ("وتتراوح الحرارة القصوى بين 33 و 37 درجة", "بين 33 و 37", "range", 33, "Cel", {"high": 37}),
    ("30-40 يورو", "30-40", "range", 30, "EUR", {"low": 30, "high": 40}),
    ("٣٠-٤٠ يورو", "٣٠-٤٠", "range", 30, "EUR", {"low": 30, "high": 40}),
    ("بحدود 30-40 يورو", "حدود 30-40", "range", 30, "EUR", {"qualifier": "approx", "high": 40}),
    ("نحو 10 - 20 كلم", "نحو 10 - 20", "range", 10, "km", {"qualifier": "approx"}),
    ("ما بين 5 و10 أطنان", "ما بين 5 و10", "range", 5, "t", {"high": 10}),
    ("تراوحت بين 3 آلاف دينار و4500 دينار", "بين 3 آلاف دينار و4500", "range", 3000, "dinar",
     {"high": 4500, "unit_text": "دينار"}),
    ("من 50 دولارا إلى 80 دولارا", "من 50 دولارا إلى 80", "range", 50, "USD", {"high": 80, "currency": "USD"}),
    ("من 3 كغ إلى 5 كغ", "من 3 كغ إلى 5", "range", 3, "kg", {"high": 5}),
    ("ما بين 250 دينار و300 دينار", "ما بين 250 دينار و300", "range", 250, "dinar", {"high": 300}),
    ("بين 5 أشخاص و10 أطفال", "5", "cardinal", 5, "person", {}),  # two units: two amounts
]

# -- measures --------------------------------------------------------------------------------------------
_UNITS = [
    ("غرام", "g"), ("غراما", "g"), ("جرام", "g"), ("غ", "g"), ("ملغ", "mg"), ("مليغرام", "mg"),
    ("كيلوغرام", "kg"), ("كيلوغراما", "kg"), ("كيلوجرام", "kg"), ("كيلو", "kg"), ("كغ", "kg"), ("كلغ", "kg"),
    ("كجم", "kg"), ("kg", "kg"), ("طن", "t"), ("طنا", "t"), ("أطنان", "t"), ("أونصة", "[oz_tr]"), ("أوقية", "[oz_tr]"),
    ("متر", "m"), ("مترا", "m"), ("أمتار", "m"), ("م", "m"), ("سنتيمترا", "cm"), ("سم", "cm"), ("ملم", "mm"),
    ("كيلومتر", "km"), ("كيلومترا", "km"), ("كيلومترات", "km"), ("كلم", "km"), ("كم", "km"), ("km", "km"),
    ("ميل", "[mi_i]"), ("أميال", "[mi_i]"),
    ("متر مربع", "m2"), ("مترا مربعا", "m2"), ("م2", "m2"), ("كيلومتر مربع", "km2"), ("كم2", "km2"),
    ("هكتار", "ha"), ("هكتارا", "ha"), ("هكتارات", "ha"), ("دونم", "dunam"), ("دونمات", "dunam"), ("فدان", "feddan"),
    ("لتر", "L"), ("لترا", "L"), ("ليتر", "L"), ("ليترات", "L"), ("مليلتر", "mL"), ("مل", "mL"),
    ("متر مكعب", "m3"), ("برميل", "[bbl_us]"), ("براميل", "[bbl_us]"), ("كوب", "[cup_us]"), ("أكواب", "[cup_us]"),
    ("درجة مئوية", "Cel"), ("درجات مئوية", "Cel"), ("درجة سلزيوس", "Cel"), ("درجة سيليزيوس", "Cel"), ("°C", "Cel"),
    ("°م", "Cel"), ("مئوية", "Cel"), ("درجة فهرنهايت", "[degF]"), ("°F", "[degF]"),
    ("كم/ساعة", "km/h"), ("كلم/س", "km/h"), ("كيلومتر في الساعة", "km/h"), ("كيلومترا في الساعة", "km/h"),
]
MEASURES: list[Case] = []
for _i, (_form, _code) in enumerate(_UNITS):
    _n = str(3 + 11 * _i)
    MEASURES.append((f"بلغ {_n} {_form} أمس", _n, "cardinal", int(_n), _code, {}))
    MEASURES.append((f"{indic(_n)} {_form}", indic(_n), "cardinal", int(_n), _code, {}))
MEASURES += [
    ("كيلو ونصف", "كيلو ونصف", "cardinal", 1.5, "kg", {"quantity": "mass"}),
    ("اشتريت كيلو ونصف من اللحم", "كيلو ونصف", "cardinal", 1.5, "kg", {}),
    ("متر ونصف", "متر ونصف", "cardinal", 1.5, "m", {}),
    ("3 كيلو ونصف", "3", "cardinal", 3.5, "kg", {}),
    ("نصف كيلو", "نصف", "fraction", 0.5, "kg", {}),
    ("ركض 5km", "5", "cardinal", 5, "km", {}),
    ("10kg", "10", "cardinal", 10, "kg", {}),
    ("250ml", "250", "cardinal", 250, "mL", {}),
    ("شاشة 55 بوصة", "55", "cardinal", 55, "[in_i]", {}),
    ("على ارتفاع 30 ألف قدم", "30 ألف", "cardinal", 30000, None, {}),  # قدم alone is also "presented"
    ("10 أقدام", "10", "cardinal", 10, "[ft_i]", {}),
    ("3 غالونات", "3", "cardinal", 3, "[gal_us]", {}),
    ("100 ياردة", "100", "cardinal", 100, "[yd_i]", {}),
    ("37 درجة", "37", "cardinal", 37, "deg", {}),
    ("درجة الحرارة 37 درجة", "37", "cardinal", 37, "Cel", {"quantity": "temperature"}),
    ("تصل محليا إلى 28 درجة بالجنوب مع ارتفاع الحرارة", "28", "cardinal", 28, "deg", {}),
    # the heat right after "درجة", with or without من (ANT)
    ("بعد أن تتعرض ل 70 درجة من الحرارة، تقوم بوظيفتها", "70", "cardinal", 70, "Cel", {"quantity": "temperature"}),
    ("سجلت 45 درجة حرارة في الظل", "45", "cardinal", 45, "Cel", {"quantity": "temperature"}),
    ("تحمل ٥٠ درجة من الحرارة", "٥٠", "cardinal", 50, "Cel", {"quantity": "temperature"}),
    # a weather report names the temperature once for several numbers (ANT v1.1)
    ("الحرارة في ارتفاع و تتراوح القصوى بين 31 و 36 درجة بالمناطق الساحلية الشرقية وبين 34 و 38 درجة",
     "بين 34 و 38", "range", 34, "Cel", {"high": 38}),
    ("وتتراوح الدنيا بين 5 و10 درجات", "بين 5 و10", "range", 5, "Cel", {"high": 10}),
    # an earthquake's magnitude has no unit of measure
    ("رجة أرضية بقوة 4.8 درجات عرض السواحل الشرقية", "4.8", "cardinal", 4.8, None, {"quantity": "magnitude"}),
    ("زلزال قوته ٥٫٤ درجات على مقياس ريختر", "٥٫٤", "cardinal", 5.4, None, {"quantity": "magnitude"}),
    ("سجلت رجة بلغت 3.5 درجة على سلم ريشتر", "3.5", "cardinal", 3.5, None, {"quantity": "magnitude"}),
    ("يدور بزاوية 360 درجة", "360", "cardinal", 360, "deg", {}),
    ("سرعتها الى 450 كلم في الساعة", "450", "cardinal", 450, "km/h", {"quantity": "speed"}),
    ("حجز 267 كغ من", "267", "cardinal", 267, "kg", {"quantity": "mass"}),
    ("على مساحة 341 هكتارا بمنطقة", "341", "cardinal", 341, "ha", {"quantity": "area"}),
    ("تحتوي على 100 لتر من البنزين", "100", "cardinal", 100, "L", {"quantity": "volume"}),
    ("احتياطي ذهب قدره 8133,5 طن", "8133,5", "cardinal", 8133.5, "t", {}),
    ("وزنها 3,5 طنا", "3,5", "cardinal", 3.5, "t", {}),
    ("على طول 75 كلم", "75", "cardinal", 75, "km", {"quantity": "length"}),
    ("شبكة مقاسها 30 مترا في", "30", "cardinal", 30, "m", {}),
    ("سعر البرميل 70 دولارا", "70", "cardinal", 70, "USD", {}),
    # ANT: other units news use
    ("تقدر بحوالي 17 مليون قنطار مقابل 12 مليون قنطار", "حوالي 17 مليون", "cardinal", 17000000, "dt", {}),
    ("لصائفة 2017 في حدود 3900 ميغاوات", "في حدود 3900", "cardinal", 3900, "MW", {"quantity": "power"}),
    ("32 غيغابايت و128 غيغابايت", "32", "cardinal", 32, "GBy", {"quantity": "data"}),
    ("بسرعة 20 عقدة بحرية", "20", "cardinal", 20, "[kn_i]", {"quantity": "speed"}),
    ("مساحتها 500 كم مربع", "500", "cardinal", 500, "km2", {}),
    ("إنتاج مليون برميل يوميا", "مليون", "cardinal", 1000000, "[bbl_us]", {"per": "d"}),  # a rate (session 22)
    # Duckling's Arabic Quantity, Volume, Temperature and Distance corpora, and their neighbours:
    # the dual of every unit, nominative and oblique, derived from its singular
    ("أونصتان", "أونصتان", "cardinal", 2, "[oz_tr]", {}),
    ("لتران", "لتران", "cardinal", 2, "L", {"quantity": "volume"}),
    ("سنتيمتران", "سنتيمتران", "cardinal", 2, "cm", {}),
    ("على بعد سنتيمترين", "سنتيمترين", "cardinal", 2, "cm", {}),
    ("كيلوغرامان من الذهب", "كيلوغرامان", "cardinal", 2, "kg", {}),
    ("هكتاران من الأرض", "هكتاران", "cardinal", 2, "ha", {}),
    ("طولها متران ونصف", "متران", "cardinal", 2.5, "m", {}),
    ("سجلت درجتان مئويتان تحت الصفر", "درجتان مئويتان", "cardinal", -2, "Cel", {}),
    # one unit and a fraction, with و spaced or not
    ("لتر ونصف", "لتر ونصف", "cardinal", 1.5, "L", {}),
    ("لتر و نص", "لتر و نص", "cardinal", 1.5, "L", {}),
    ("لتر وربع", "لتر وربع", "cardinal", 1.25, "L", {}),
    ("متر و ربع", "متر و ربع", "cardinal", 1.25, "m", {}),
    ("كيلو وثلث", "كيلو وثلث", "cardinal", Fraction(4, 3), "kg", {}),
    # spellings of units
    ("2000 ملج", "2000", "cardinal", 2000, "mg", {}),
    ("250 ميليلتر", "250", "cardinal", 250, "mL", {}),
    ("250 ملي لتر", "250", "cardinal", 250, "mL", {}),
    ("3 هكتوليتر", "3", "cardinal", 3, "hL", {"quantity": "volume"}),
    ("٣ هكتو ليتر", "٣", "cardinal", 3, "hL", {}),
    ("37° سلزيوس", "37", "cardinal", 37, "Cel", {}),
    ("بلغت الحرارة ٣٧° مئوية", "٣٧", "cardinal", 37, "Cel", {}),
    ("سبع وثلاثون سلزيوس", "سبع وثلاثون", "cardinal", 37, "Cel", {}),
    ("70° فهرنهايت", "70", "cardinal", 70, "[degF]", {}),
]

# -- negatives, decimals, fractions -------------------------------------------------------------------------
NUMERIC: list[Case] = [
    ("-7", "-7", "cardinal", -7, None, {}),
    ("−4.5", "−4.5", "cardinal", -4.5, None, {}),
    ("-٧", "-٧", "cardinal", -7, None, {}),
    ("سجلت -3 درجات", "-3", "cardinal", -3, "deg", {}),
    ("سالب 3", "سالب 3", "cardinal", -3, None, {}),
    ("سالب ثلاثة", "سالب ثلاثة", "cardinal", -3, None, {}),
    ("خمس درجات تحت الصفر", "خمس", "cardinal", -5, "Cel", {"below_zero": True}),
    ("10 درجات تحت الصفر", "10", "cardinal", -10, "Cel", {}),
    ("قال -7 درجات", "-7", "cardinal", -7, "deg", {}),
    ("(-5)", "-5", "cardinal", -5, None, {}),
    # ("هواتف غالاكسي نوت-7 سيئة": a hyphen inside a name is no minus; since session 30 the model's digits are no
    # number at all, see tests/test_numbers30.py)
    ("10 -15 شخصا", "10 -15", "range", 10, "person", {"high": 15}),  # a range typed with a space
    ("بأكثر من ستة ملايير دولار", "أكثر من ستة ملايير", "cardinal", 6e9, "USD", {"qualifier": "more_than"}),
    ("صادرات (1.173م د مقابل 8.311م د)", "1.173", "cardinal", 1_173_000, "dinar", {"scale": "million"}),  # million
    # dinars, not metres (the unit read since session 12: "م د" after an amount is a million dinars)
    ("درجتين تحت الصفر", "درجتين", "cardinal", -2, "Cel", {"dual": True}),
    ("10 تحت الصفر", "10", "cardinal", -10, "Cel", {"below_zero": True}),
    (".35", ".35", "cardinal", 0.35, None, {}),
    ("٫٣٥", "٫٣٥", "cardinal", 0.35, None, {}),
    ("3 فاصلة 5", "3 فاصلة 5", "cardinal", 3.5, None, {}),
    ("ثلاثة فاصلة خمسة", "ثلاثة فاصلة خمسة", "cardinal", 3.5, None, {}),
    ("15 فاصل 1 بالمائة", "15 فاصل 1", "percent", 15.1, "percent", {}),
    ("2 فاصلة 25", "2 فاصلة 25", "cardinal", 2.25, None, {}),
    ("٢/٣", "٢/٣", "fraction", 2 / 3, None, {"numerator": 2, "denominator": 3}),
    ("2/3", "2/3", "fraction", 2 / 3, None, {}),
    ("3/4 الكمية", "3/4", "fraction", 0.75, None, {}),
    ("٢ ١/٢", "٢ ١/٢", "fraction", 2.5, None, {"whole": 2}),
    ("1 1/4 كغ", "1 1/4", "fraction", 1.25, "kg", {}),
    ("ثلاثة أرباع", "ثلاثة أرباع", "fraction", 0.75, None, {}),
    ("سبعة وثلاثة أرباع", "سبعة وثلاثة أرباع", "cardinal", 7.75, None, {}),
    ("ثلثان", "ثلثان", "fraction", 2 / 3, None, {}),
    ("ثلثي السكان", "ثلثي", "fraction", 2 / 3, "person", {}),  # session 24b: "السكان" counts persons
    ("ربع", "ربع", "fraction", 0.25, None, {}),
    ("خمسة ونصف", "خمسة ونصف", "cardinal", 5.5, None, {}),
    ("5 ونصف", "5 ونصف", "cardinal", 5.5, None, {}),
    # compounds and dozens
    ("ألفان و500", "ألفان و500", "cardinal", 2500, None, {}),
    ("ألف و200 شخص", "ألف و200", "cardinal", 1200, "person", {}),
    ("3 آلاف و500", "3 آلاف و500", "cardinal", 3500, None, {}),
    ("مليون و300 ألف", "مليون و300 ألف", "cardinal", 1300000, None, {}),
    ("دزينة", "دزينة", "cardinal", 12, None, {"scale": "dozen"}),
    ("نصف دزينة", "نصف دزينة", "cardinal", 6, None, {}),
    ("دزينتان", "دزينتان", "cardinal", 24, None, {}),
    ("ثلاث دزينات", "ثلاث دزينات", "cardinal", 36, None, {}),
    ("صفر درجة", "صفر", "cardinal", 0, "deg", {}),
    ("بنسبة صفر بالمئة", "صفر", "percent", 0, "percent", {}),
    # scientific and grouped digits
    ("ثلاثة أرباع المليون", "ثلاثة أرباع المليون", "cardinal", 750000, None, {"scale": "million"}),
    ("ربع مليون", "ربع مليون", "cardinal", 250000, None, {}),
    ("5K متابع", "5K", "cardinal", 5000, "user", {}),  # (session 24: followers are counted)
    ("2.5M مشاهدة", "2.5M", "cardinal", 2500000, None, {}),
    ("2e6", "2e6", "cardinal", 2000000, None, {}),
    ("1.5e3", "1.5e3", "cardinal", 1500, None, {}),
    ("3E-2", "3E-2", "cardinal", 0.03, None, {}),
    ("١٬٢٣٤٬٥٦٧", "١٬٢٣٤٬٥٦٧", "cardinal", 1234567, None, {}),
    ("1,234,567", "1,234,567", "cardinal", 1234567, None, {}),
    ("1\u2009234\u2009567", "1\u2009234\u2009567", "cardinal", 1234567, None, {}),
    ("1\u202f234", "1\u202f234", "cardinal", 1234, None, {}),
    ("١\u2009٢٣٤ شخصا", "١\u2009٢٣٤", "cardinal", 1234, "person", {}),
]
NUMERIC = [c for c in NUMERIC if c[1] is not None]

# -- ordinals: compound, feminine, with clitics ----------------------------------------------------------
_ORD_UNITS = [(1, "الحادي", "الحادية"), (1, "الواحد", "الواحدة"), (2, "الثاني", "الثانية"), (3, "الثالث", "الثالثة"),
              (4, "الرابع", "الرابعة"), (5, "الخامس", "الخامسة"), (6, "السادس", "السادسة"),
              (7, "السابع", "السابعة"), (8, "الثامن", "الثامنة"), (9, "التاسع", "التاسعة")]
_ORD_TENS = [(20, "والعشرون", "والعشرين"), (30, "والثلاثون", "والثلاثين"), (40, "والأربعون", "والأربعين"),
             (50, "والخمسون", "والخمسين"), (90, "والتسعون", "والتسعين")]
ORDINALS: list[Case] = []
for _u, _m, _f in _ORD_UNITS:
    for _t, _nom, _gen in _ORD_TENS[: 3 if _u % 2 else 2]:
        ORDINALS.append((f"المؤتمر {_m} {_nom}", f"{_m} {_nom}", "ordinal", _u + _t, None, {}))
        ORDINALS.append((f"في الدورة {_f} {_gen}", f"{_f} {_gen}", "ordinal", _u + _t, None, {}))
ORDINALS += [
    ("للمرة الحادية عشرة", "الحادية عشرة", "ordinal", 11, None, {}),
    ("وللمرة الثالثة عشرة", "الثالثة عشرة", "ordinal", 13, None, {}),
]

# -- Egyptian and Levantine spoken forms ------------------------------------------------------------------
SPOKEN: list[Case] = [
    ("اتنين", "اتنين", "cardinal", 2, None, {}),
    ("تلاتة رجالة", "تلاتة", "cardinal", 3, "man", {}),
    ("تلاتين", "تلاتين", "cardinal", 30, None, {}),
    ("تلاتة وتلاتين", "تلاتة وتلاتين", "cardinal", 33, None, {}),
    ("تلتمية", "تلتمية", "cardinal", 300, None, {}),
    ("تلتمية خمسة وأربعين", "تلتمية خمسة وأربعين", "cardinal", 345, None, {}),
    ("ربعمية", "ربعمية", "cardinal", 400, None, {}),
    ("خمسمية جنيه", "خمسمية", "cardinal", 500, "pound", {}),
    ("ستمية", "ستمية", "cardinal", 600, None, {}),
    ("تسعمية", "تسعمية", "cardinal", 900, None, {}),
    ("متين جنيه", "متين", "cardinal", 200, "pound", {}),
    ("متين وخمسين", "متين وخمسين", "cardinal", 250, None, {}),
    ("حداشر", "حداشر", "cardinal", 11, None, {}),
    ("اتناشر", "اتناشر", "cardinal", 12, None, {}),
    ("خمستاشر", "خمستاشر", "cardinal", 15, None, {}),
    ("تمنتاشر", "تمنتاشر", "cardinal", 18, None, {}),
    ("تمانية", "تمانية", "cardinal", 8, None, {}),
    ("تمانين", "تمانين", "cardinal", 80, None, {}),
    ("خمسمية وحداشر", "خمسمية وحداشر", "cardinal", 511, None, {}),
    ("حداشر ألف", "حداشر ألف", "cardinal", 11000, None, {}),
    ("ثلاث مية", "ثلاث مية", "cardinal", 300, None, {}),
    ("تلات مية جنيه", "تلات مية", "cardinal", 300, "pound", {}),
    ("مية جنيه", "مية", "cardinal", 100, "pound", {}),
    ("مية وعشرين", "مية وعشرين", "cardinal", 120, None, {}),
    ("كيلو ونص", "كيلو ونص", "cardinal", 1.5, "kg", {}),
    ("خمسة ونص", "خمسة ونص", "cardinal", 5.5, None, {}),
    ("3 كيلو ونص", "3", "cardinal", 3.5, "kg", {}),
    ("نص كيلو", "نص", "fraction", 0.5, "kg", {}),
    ("نص مليون جنيه", "نص مليون", "cardinal", 500000, "pound", {}),
]

# -- a dual unit is two of it; a subunit alone is its own unit ----------------------------------------------
DUALS: list[Case] = [
    ("دفع دولارين", "دولارين", "cardinal", 2, "USD", {"dual": True}),
    ("ارتفعت درجتين", "درجتين", "cardinal", 2, "deg", {}),
    ("على بعد مترين", "مترين", "cardinal", 2, "m", {"quantity": "length"}),
    ("كيلوين لحمة", "كيلوين", "cardinal", 2, "kg", {}),
    ("بليرتين", "ليرتين", "cardinal", 2, "lira", {}),
    ("لترين من الماء", "لترين", "cardinal", 2, "L", {}),
    ("سيتجاوز حاجز درجتين مئويتين فوق", "درجتين مئويتين", "cardinal", 2, "Cel", {"quantity": "temperature"}),
    ("ارتفاع حرارة العالم عن درجتين فوق", "درجتين", "cardinal", 2, "Cel", {}),  # ANT
    ("القطعة النقدية من فئة دينارين", "دينارين", "cardinal", 2, "dinar", {}),  # ANT
    ("مترين مربعين", "مترين مربعين", "cardinal", 2, "m2", {}),
    ("10 سنتات", "10", "cardinal", 10, "cent", {}),
    ("10 سينتات", "10", "cardinal", 10, "cent", {}),  # Duckling's Arabic money corpus spells it so
    ("10¢", "10", "cardinal", 10, "cent", {"unit_text": "¢"}),  # the cent sign, also in Duckling's corpus
    ("سعر السهم 99 ¢", "99", "cardinal", 99, "cent", {}),
    ("20$ و 43¢", "20$", "cardinal", 20.43, "USD", {"subunit": "cent"}),
    ("أكثر من ثلاثة دولار و42 سينت", "أكثر من ثلاثة", "cardinal", 3.42, "USD", {}),
    ("50 قرشا", "50", "cardinal", 50, "piastre", {}),
]

# -- digits typed against an Arabic word (ANT), never against a Latin one ----------------------------------
GLUED: list[Case] = [
    ("بتحويل نحو5000 طن من البرتقال", "نحو5000", "cardinal", 5000, "t", {"qualifier": "approx"}),
    ("بينهم3 بولنديين", "3", "cardinal", 3, "person", {"nationality": "PL"}),  # people by nationality (s22)
    ("ورفض4 آخرين", "4", "cardinal", 4, "person", {}),  # ("other" before session 32)
    ("الماضية، 14عملية اغتيال", "14", "cardinal", 14, "operation", {}),  # a counted noun since session 23
    ("10 بنادق صيد و 1كغ من الذهب", "1", "cardinal", 1, "kg", {}),
    ("في أجل لايتجاوز10 أيام", "10", "cardinal", 10, None, {}),
    ("ما يوازي1.1 بالمائة", "1.1", "percent", 1.1, "percent", {}),
]

# -- sentences of the training corpora (ANERcorp train) -------------------------------------------------------
REAL: list[Case] = [
    ("في مسافة 1500 متر الوحيدة", "1500", "cardinal", 1500, "m", {"quantity": "length"}),
    ("أن حوالي 300 عسكري إثيوبي إضافي قدموا", "حوالي 300", "cardinal", 300, "soldier", {"qualifier": "approx"}),
    ("ان القرض الاول وقيمته 118,6 مليون يورو مخصص", "118,6 مليون", "cardinal", 118600000, "EUR", {}),
    ("أي حوالي 14 هكتار", "حوالي 14", "cardinal", 14, "ha", {"qualifier": "approx"}),
    ("كولكول بنحو 90 عربة وتهاجم", "نحو 90", "cardinal", 90, "vehicle", {"qualifier": "approx"}),
    ("19 شهيدا وأكثر من ثلاثين جريحا", "أكثر من ثلاثين", "cardinal", 30, "wounded", {"qualifier": "more_than"}),
    ("إلي حوالي 2.3 مليون سيارة", "حوالي 2.3 مليون", "cardinal", 2300000, "vehicle", {"scale": "million"}),
    ("أن العراق خسر 16 مليار دولار من عائدات", "16 مليار", "cardinal", 16000000000, "USD", {"currency": "USD"}),
    ("ويعمل في المجمع زهاء ثلاثمائة شخص", "زهاء ثلاثمائة", "cardinal", 300, "person", {"qualifier": "approx"}),
    ("بنسب تراوحت بين 11 و25 في المئة", "بين 11 و25", "range", 11, "percent", {"low": 11, "high": 25}),
    ("شيكا بقيمة 2000 دولار سنويا", "2000", "cardinal", 2000, "USD", {}),
    ("لا تتعدى الثلاثة في المائة", "لا تتعدى الثلاثة", "percent", 3, "percent", {"qualifier": "at_most"}),
    ("التي تبعد نحو 70 كلم شمال مدينة", "نحو 70", "cardinal", 70, "km", {"qualifier": "approx"}),
    ("برد 95 ألف دولار قيمة مقدم العقد", "95 ألف", "cardinal", 95000, "USD", {"scale": "thousand"}),
    ("لينضمون إلى نحو 20 ألف جندي من 37 دولة", "نحو 20 ألف", "cardinal", 20000, "soldier", {}),
    ("مقابل 400 دولار فقط", "400", "cardinal", 400, "USD", {}),
    ("رغبة 80 بالمئة في معرفة", "80", "percent", 80, "percent", {}),
    ("نسبة لا تقل عن 5 بالمئة", "لا تقل عن 5", "percent", 5, "percent", {"qualifier": "at_least"}),
    ("على مساحة تتجاوز 100 هكتار", "تتجاوز 100", "cardinal", 100, "ha", {"qualifier": "more_than"}),
    # ANT v1.1
    ("قدرت قيمته بأكثر من ستة ملايير دولار", "أكثر من ستة ملايير", "cardinal", 6e9, "USD", {}),
    ("وذلك في حدود 115 مليما للتر الحليب", "في حدود 115", "cardinal", 115, "millime", {"qualifier": "approx"}),
    ("على مسافة قمرية واحدة أو نحو 380 ألف كيلومتر", "نحو 380 ألف", "cardinal", 380000, "km", {}),
    ("مبلغ 669 ألف و150دينار، بالإضافة", "669 ألف و150", "cardinal", 669150, "dinar", {}),
    ("الى موفى جانفي، 182 الف و514 سائح", "182 الف و514", "cardinal", 182514, "tourist", {}),
    ("من أقل من 3 يورو للكيلو الواحد", "أقل من 3", "cardinal", 3, "EUR", {"qualifier": "less_than"}),
    ("حوالي 50 ألف طن بعائدات", "حوالي 50 ألف", "cardinal", 50000, "t", {"quantity": "mass"}),
    ("أي ما يفوق مليون دولار في السنة", "ما يفوق مليون", "cardinal", 1000000, "USD", {"qualifier": "more_than"}),
    ("وتتراوح الحرارة القصوى عامة بين 33 و 37 درجة", "بين 33 و 37", "range", 33, "Cel", {"high": 37}),
    ("حجز نحو 1750 كيلوغرام من السميد", "نحو 1750", "cardinal", 1750, "kg", {}),
    ("ارتفع إلى نحو 20 سنتيمترا خلال", "نحو 20", "cardinal", 20, "cm", {}),
    ("احتياطي تونس من الذهب نحو 6.8 أطنان", "نحو 6.8", "cardinal", 6.8, "t", {}),
    ("بحوالي 18 ألف جنيه (نحو ألف دولار)", "حوالي 18 ألف", "cardinal", 18000, "pound", {}),
]

FAMILIES = {"real": REAL, "glued": GLUED, "duals": DUALS, "money": MONEY, "ranges": RANGES, "measures": MEASURES,
            "numeric": NUMERIC, "ordinals": ORDINALS, "spoken": SPOKEN}
ALL = [(family, c) for family, cases in FAMILIES.items() for c in cases]


def test_at_least_three_hundred_new_cases():
    assert len(ALL) >= 300, len(ALL)


@pytest.mark.parametrize(("family", "case"), ALL, ids=[f"{f}:{c[0]}" for f, c in ALL])
def test_family(family, case):
    text, span, kind, value, unit, attrs = case
    found = parse_numbers(text)
    hits = [m for m in found if m.text == span]
    assert len(hits) == 1, [(m.text, m.kind, m.value, m.unit) for m in found]
    m = hits[0]
    assert text[m.start:m.end] == span
    assert (m.kind, m.unit) == (kind, unit)
    assert m.value == pytest.approx(value)
    for name, expected in attrs.items():
        assert m.attrs.get(name) == (pytest.approx(expected) if isinstance(expected, float) else expected), name
    for a, b in (("unit_start", "unit_end"), ("qualifier_start", "qualifier_end")):
        if a in m.attrs:
            assert 0 <= m.attrs[a] <= m.attrs[b] <= len(text)


@pytest.mark.parametrize(("text", "value"), [
    ("15 دولارا و60 سنتا", 15.6), ("من 50 إلى 80 دولارا", 50), ("KWD 5", 5), ("خمس درجات تحت الصفر", -5),
])
def test_only_one_expression(text, value):
    (m,) = parse_numbers(text)
    assert m.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "صفر",  # the month Safar as often as zero
        "في شهر صفر",
        "بدأ من الصفر",
        "بناء متين",  # "solid"
        "علاقة متين",
        "تلات",  # alone, also a verb stem
        "جنيهات مصرية",  # a currency without an amount
        "كيلو",
        "مية الجريبي",  # a name: the spoken "مية" is never a number alone
        "شرب المية",
        "نقل أطنان من القمح",  # a plural, not a dual
        "بين الطرفين",
        "نص المقال",  # "text"
        "تلت الكمية",
        "النص",
        "BRxlYSrAP5s",  # the digit-run guard: digits inside a Latin id
        "شبكات 4G",
        "5mx",
        "id x5 and 5x",
        "9" * 31,  # longer digit runs are ids
    ],
)
def test_not_a_number(text):
    assert [(m.text, m.value) for m in parse_numbers(text)] == []


@pytest.mark.parametrize(
    ("text", "texts"),
    [
        ("2/3/2020", ["2", "3", "2020"]),  # a date's parts, never a fraction
        ("2017/2016", ["2017", "2016"]),
        ("24/7", ["24", "7"]),  # improper: a code, not a fraction
        ("خدمة 7/7", ["7", "7"]),
        ("2011-2015", ["2011", "2015"]),
        ("من 2010 إلى 2015", ["2010", "2015"]),  # two years: a period for the dates stage
        ("2020-06-02", ["2020", "06", "02"]),  # no negative numbers inside a date
        ("المباراة 2-1", ["2-1"]),  # a score: not a range, and no negative one (session 34: one span)
        ("...35", ["35"]),  # an ellipsis, not a decimal point
        # ordinary spaces group digits only in threes after at most three (session 30b: "321 666 شخصا" in ANT,
        # "١ ٢٣٤ ٥٦٧" in Recognizers-Text's spec; tests/test_numbers30b.py): otherwise a list
        ("1 23 45", ["1", "23", "45"]),
        ("2015 300", ["2015", "300"]),
        ("14و15 مارس", ["14", "15"]),
    ],
)
def test_date_like_digits_stay_apart(text, texts):
    assert [m.text for m in parse_numbers(text)] == texts


def test_dates_stage_still_owns_a_date_written_with_slashes():
    doc = Pipeline(["numbers", "dates"])("وقع الهجوم في 2/3/2020 وقتل 5 أشخاص", reference_date="2020-06-02")
    assert [n.text for n in doc.numbers] == ["5"]


def test_qualifier_before_a_time_unit_is_left_to_the_dates_stage():
    (m,) = parse_numbers("منذ نحو 3 سنوات")
    assert m.text == "3" and m.attrs["qualifier"] == "approx"


def test_seed_unchanged():
    doc = Pipeline(["numbers", "dates"])((ROOT / "examples" / "article.txt").read_text(encoding="utf-8"),
                                         reference_date="2020-06-02")
    assert sum(1 for n in doc.numbers if n.text == "46") == 2
    assert any(n.text == "عشرات" and n.value == 10 for n in doc.numbers)
    assert sum(1 for n in doc.numbers if n.kind == "approximate" and n.value == 100) == 3
    assert not [n for n in doc.numbers if n.attrs.get("is_year_like")]


# -- Arabic-Indic ↔ ASCII digits: the value survives ----------------------------------------------------------
_FORMS = st.one_of(
    st.integers(-10**9, 10**9).map(str),
    st.decimals(min_value=-10**6, max_value=10**6, places=3, allow_nan=False, allow_infinity=False).map(str),
    st.integers(1000, 10**9).map(lambda n: f"{n:,}"),
    st.integers(2, 9).flatmap(lambda b: st.integers(1, b - 1).map(lambda a: f"{a}/{b}")),  # proper fractions
)
_CONTEXTS = st.sampled_from(["{}", "قتل {} شخصا", "بلغ السعر {} دولارا", "نحو {} كلم", "{} بالمئة", "وزنه {} كغ"])


@given(_FORMS, _CONTEXTS)
def test_value_survives_digit_round_trip(number, context):
    ascii_text = context.format(number)
    indic_text = indic(ascii_text)
    a = parse_numbers(ascii_text)
    b = parse_numbers(indic_text)
    assert [(m.kind, m.value, m.unit) for m in a] == [(m.kind, m.value, m.unit) for m in b]
    assert [(m.start, m.end) for m in a] == [(m.start, m.end) for m in b]
    assert len(a) == 1


# -- the generated currency table ---------------------------------------------------------------------------
def test_currency_table_is_up_to_date():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_currency_table
    finally:
        sys.path.pop(0)
    committed = json.loads((ROOT / "src" / "arabnews" / "resources" / "currencies.json").read_text(encoding="utf-8"))
    assert committed == build_currency_table.build_table()
    table = committed["currencies"]
    assert {"QAR", "OMR", "KWD", "JOD", "IQD", "EGP", "GBP", "SYP", "LBP", "TRY", "ILS", "AED", "MAD", "DZD", "TND",
            "LYD", "BHD"} <= set(table)
    assert "دينار كويتي" in table["KWD"]["names"] and table["KWD"]["digits"] == 3


def test_currency_script_check_mode():
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_currency_table.py"), "--check"],
                         capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stdout + out.stderr


# -- never a crash, always exact offsets, on any mix of the new pieces ----------------------------------------
_PIECES = ["$", "€", "£", "₪", "USD", "KWD", "د.ك", "دولارا", "ريال قطري", "سنتا", "و", "60", "١٥", "-", "−", ".", "٫",
           "/", "2", "٣", "e", "K", "km", "فاصلة", "سالب", "تحت الصفر", "درجة", "درجتين", "مئوية", "كيلو", "ونصف",
           "من", "إلى", "بين", "أقل من", "نحو", "لا يتجاوز", "تلتمية", "حداشر", "مية", "دزينة", "الحادي", "والعشرين",
           "ثلاثة", "أرباع", "ثلثان", "صفر", "\u2009", " ", "\n", "،", "%", "ـ", "\u064b"]


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_any_mix_of_new_pieces_gives_exact_offsets(text):
    for m in parse_numbers(text):
        assert m.text and text[m.start:m.end] == m.text
        assert isinstance(m.value, (int, float))
        for a, b in (("unit_start", "unit_end"), ("qualifier_start", "qualifier_end")):
            if a in m.attrs:
                assert 0 <= m.attrs[a] <= m.attrs[b] <= len(text)
        if m.kind == "range":
            assert m.attrs["low"] <= m.attrs["high"]


@pytest.mark.parametrize("piece", ["1/", "-1 ", "$1 ", "1 فاصلة ", "كيلو ونصف ", "دولارين ", "من 1 إلى 2 دولار ",
                                   "1 تحت الصفر ", "1\u2009", "١٬", "سالب "])
def test_hostile_input_of_new_forms_does_not_hang(piece, no_hang):
    text = piece * 4000
    with no_hang():
        parse_numbers(text)


# -- the Tunisian news agency's reversed decimals: fraction, ر, integer ------------------------------------
@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("بنسبة 5ر33 بالمائة", "5ر33", 33.5, "percent"),
    ("تراجعت الواردات بنسبة 6ر8 بالمائة", "6ر8", 8.6, "percent"),
    ("بقيمة 4ر5 مليون دينار", "4ر5 مليون", 5_400_000, "dinar"),
    ("باعتمادات بلغت 8ر1 ملايين دينار", "8ر1 ملايين", 1_800_000, "dinar"),
    ("رجة ارضية بقوة 6ر3 درجات على سلم ريشتر", "6ر3", 3.6, None),  # a magnitude: no unit
    ("(5ر40 ألف طن مقابل", "5ر40 ألف", 40_500, "t"),
    ("بلغت 391ر10 دينار", "391ر10", 10.391, "dinar"),
    ("مقابل 16ر9 بالمائة خلال", "16ر9", 9.16, "percent"),
    ("تبلغ حوالي 5ر13 بالمائة من الناتج", "حوالي 5ر13", 13.5, "percent"),
    ("٥ر٣٣ بالمائة", "٥ر٣٣", 33.5, "percent"),
    # after a proclitic, which stays out of the span (ANT)
    ("والتعاون الدولي ب5ر2 بالمائة", "5ر2", 2.5, "percent"),
    ("و3ر13 ألف طن من البطاطا", "3ر13 ألف", 13_300, "t"),
    ("يتم توفيرها ب3ر76 مليون دينار", "3ر76 مليون", 76_300_000, "dinar"),
    ("وب4ر5 مليون دينار", "4ر5 مليون", 5_400_000, "dinar"),
    ("ارتفعت لـ٥ر٢ بالمائة", "٥ر٢", 2.5, "percent"),
])
def test_reversed_decimals(text, span, value, unit):
    [number] = arabnews.analyze(text).numbers
    assert (number.text, number.unit) == (span, unit)
    assert number.value == pytest.approx(value)


@pytest.mark.parametrize("text", ["الشارع ر5 قرب", "الطريق ر 5", "رقم 5ر", "5ر.3", "عب5ر2 بالمائة"])
def test_a_lone_r_next_to_digits_is_not_a_decimal(text):
    assert all("ر" not in n.text for n in arabnews.analyze(text).numbers)


# -- from Duckling's Arabic corpora and ANT: ranges, scores, spaced conjunctions -----------------------
@pytest.mark.parametrize(("text", "expected"), [
    # a range with ل ("from ten to twenty") and with a hyphen after "بين"
    ("دفع من عشرة لعشرين دولار فقط", [("من عشرة لعشرين", 10, "USD", "range")]),
    ("بين 10-20 دولار", [("بين 10-20", 10, "USD", "range")]),
    ("تراوحت بين 3 – 5 درجات", [("بين 3 – 5", 3, "deg", "range")]),
    # a hyphen after a currency or percent sign is no minus sign; the same symbol on both ends makes a range
    ("دفع 10$-20$", [("10$-20$", 10, "USD", "range")]),
    ("دفع 10$ - 20$ لكل فرد", [("10$ - 20$", 10, "USD", "range")]),
    ("دفع 10$-20€", [("10$", 10, "USD", "cardinal"), ("20€", 20, "EUR", "cardinal")]),
    ("ارتفع بنسبة 5%-7%", [("5%", 5, "percent", "percent"), ("7%", 7, "percent", "percent")]),
    ("درجة الحرارة -5 مئوية", [("-5", -5, "Cel", "cardinal")]),
    # ordinals joined by a spaced و (ANT: "الجولة الواحدة و العشرين")
    ("تدور اليوم مباريات الجولة الواحدة و العشرين", [("الواحدة و العشرين", 21, None, "ordinal")]),
    ("في المركز الخامس و العشرون", [("الخامس و العشرون", 25, None, "ordinal")]),
    # zero in a score is a number; the month Safar and "من الصفر" are not
    ("انتهت المباراة بنتيجة 2 - صفر", [("2 - صفر", 2, None, "score")]),  # (session 34: one span)
    ("تعادل الفريقان صفر لصفر", [("صفر لصفر", 0, None, "score")]),  # (session 35: one span, 0-0)
    ("بدأ من الصفر", []),
])
def test_ranges_scores_and_spaced_ordinals(text, expected):
    doc = Pipeline(["numbers"])(text)
    assert [(n.text, n.value, n.unit, n.kind) for n in doc.numbers] == expected
    assert all(text[n.start:n.end] == n.text for n in doc.numbers)


def test_a_club_named_like_a_dual_is_no_measure():
    # "ميلان" is Milan, not two miles (measures.yaml's not_duals); "ميلين" stays two miles
    doc = Pipeline(["numbers"])("ارتدى قمصان ريال مدريد وميلان ثم قطع مسافة ميلين")
    assert [(n.text, n.value, n.unit) for n in doc.numbers] == [("ميلين", 2, "[mi_i]")]


@pytest.mark.parametrize("text", ["فاز الفريق 2 إلى 1 في المباراة",  # a score: the first is larger
                                  "ارتفعت الأسعار 10 إلى 20 بالمائة",  # a change, as with من
                                  "الفصل 25 إلى 30 من القانون"])  # no unit after the second
def test_no_range_without_min_and_a_unit(text):
    assert all(n.kind != "range" for n in arabnews.analyze(text).numbers)


@pytest.mark.parametrize(("text", "value", "unit"), [
    # ANT v1.1: "في حدود 2 مليار دينار ونصف" gave 2000000000.5
    ("في حين ينتظر أن تكون سنة 2017 في حدود 2 مليار دينار ونصف", 2_500_000_000, "dinar"),
    ("بكلفة ٣ ملايين دولار ونصف", 3_500_000, "USD"),
    ("بلغت مليون دينار ونصف", 1_500_000, "dinar"),
    ("اشترى 3 كيلو ونصف", 3.5, "kg"),  # no scale: half a unit, as before
])
def test_half_after_a_unit_is_half_of_the_scale(text, value, unit):
    [number] = [n for n in arabnews.analyze(text).numbers if n.unit == unit]
    assert number.value == pytest.approx(value)
