"""Anchor words of the dates layer for scripts/audit.py: where a time expression probably is.

Families: month names of each system (levantine, egyptian, maghrebi, hijri), weekday, clock (الساعة,
hh:mm), day_part, relative_day, numeric (digits with / - . between), year (عام/سنة + digits, هـ/م),
century, decade, season, quarter, set, vague, holiday, duration (a unit word after a number or a
signal word).  Matched on ``doc.folded`` after optional proclitics; offsets are original.  A unit word of a
number the numbers layer reads as an age ("يبلغ من العمر 35 سنة": quantity "age", session 29) is covered: an
age is no time expression.
"""

from __future__ import annotations

import regex

from arabnews.lang.ar import PROCLITIC, lookup_key, trie_regex

LAYER = "dates"


def covered_spans(doc) -> list[tuple[int, int]]:
    """The dates layer's spans and each age's number with its unit word."""
    ages = [(n.start, int(n.attrs.get("unit_end", n.end))) for n in doc.numbers if n.attrs.get("quantity") == "age"]
    return [(d.start, d.end) for d in doc.dates] + ages

_WORDS = {
    "month_levantine": ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
                        "تشرين الأول", "تشرين الثاني", "كانون الأول"],
    "month_egyptian": ["يناير", "فبراير", "مارس", "أبريل", "ابريل", "إبريل", "مايو", "يونيو", "يونيه", "يوليو",
                       "يوليه", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    "month_maghrebi": ["جانفي", "فيفري", "أفريل", "ماي", "جوان", "جويلية", "أوت", "دجنبر", "نونبر", "شتنبر",
                       "يوليوز", "غشت", "اكتوبر", "أكتوبر"],
    "month_hijri": ["محرم", "صفر", "ربيع الأول", "ربيع الثاني", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
                    "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذي القعدة", "ذو الحجة", "ذي الحجة"],
    "weekday": ["الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"],
    "relative_day": ["أمس", "الأمس", "البارحة", "غدا", "غداً", "بعد غد", "يوم غد", "أول أمس", "بكرة",
                     "اليوم التالي", "اليوم السابق"],
    "day_part": ["صباح", "صباحا", "مساء", "مساءا", "فجر", "فجرا", "ظهر", "ظهرا", "عصر", "عصرا", "ليلا",
                 "منتصف الليل", "الليلة الماضية", "ليل", "ضحى", "الظهيرة"],
    "century": ["القرن"],
    "decade": ["العشرينيات", "الثلاثينيات", "الأربعينيات", "الخمسينيات", "الستينيات", "السبعينيات",
               "الثمانينيات", "التسعينيات", "الستينات", "السبعينات", "الثمانينات", "التسعينات", "ثمانينيات",
               "تسعينيات", "سبعينيات", "ستينيات"],
    "season": ["صيف", "شتاء", "خريف", "الصيف", "الشتاء", "الخريف", "الربيع"],
    "quarter": ["الربع الأول", "الربع الثاني", "الربع الثالث", "الربع الرابع", "الربع الأخير",
                "النصف الأول", "النصف الثاني"],
    "set": ["يوميا", "أسبوعيا", "شهريا", "سنويا", "كل يوم", "كل أسبوع", "كل شهر", "كل عام", "كل سنة", "كل ساعة",
            "كل ثلاثة أشهر", "كل أسبوعين"],
    "vague": ["قريبا", "آنذاك", "حينذاك", "سابقا", "حاليا", "الآن", "مؤخرا", "في ذلك الوقت", "لاحقا"],
    "holiday": ["عيد الفطر", "عيد الأضحى", "المولد النبوي", "رأس السنة", "عاشوراء", "ليلة القدر",
                "عيد الميلاد", "عيد العمال", "عيد الاستقلال", "العيد الوطني", "عيد الأم"],
}
_UNITS = ["عام", "أعوام", "عاما", "عامين", "سنة", "سنوات", "سنتين", "سنين", "شهر", "أشهر", "شهور", "شهرا",
          "شهرين", "أسبوع", "أسابيع", "أسبوعين", "يوم", "أيام", "يوما", "يومين", "ساعة", "ساعات", "ساعتين",
          "دقيقة", "دقائق", "دقيقتين", "عقد", "عقود", "عقدين"]
_AMBIGUOUS = {lookup_key(w) for w in ["آب", "ماي", "مارس", "نيسان", "تموز", "صفر", "محرم", "رجب", "شعبان",
                                        "شوال", "رمضان", "جوان", "أوت", "غشت", "ظهر", "عصر", "ليل", "صباح", "القرن",
                                        "الربيع", "الآن", "سابقا"]}


def _alt(words: list[str]) -> str:
    return "(?:" + trie_regex({lookup_key(w) for w in words}, space=r"\s+") + ")"


_B = r"(?<![\p{L}\p{M}\d])"
_E = r"(?![\p{L}\p{M}])"
_FAMILY_OF = {lookup_key(w): fam for fam, words in _WORDS.items() for w in words}
_WORD = regex.compile(rf"{_B}(?:{PROCLITIC})(?:ال)?\K(?P<w>{_alt([w for ws in _WORDS.values() for w in ws])}){_E}")
_DURATION = regex.compile(rf"(?:(?<=\d\s*+)|(?<=(?:منذ|قبل|بعد|خلال|لمده|طوال|طيله)\s++))"
                          rf"(?:ال)?(?P<w>{_alt(_UNITS)}){_E}")
_CLOCK = regex.compile(rf"{_B}(?:{PROCLITIC})\K(?:ال)?ساعه(?=\s++(?:\d|ال[\p{{L}}]))|(?<!\d)\d{{1,2}}:\d\d(?!\d)")
_NUMERIC = regex.compile(r"(?<![\d/.\-])\d{1,4}[/.\-]\d{1,2}(?:[/.\-]\d{1,4})?(?![\d]|[/.\-]\d)")
_YEAR = regex.compile(rf"{_B}(?:{PROCLITIC})\K(?:ال)?(?:عام|سنه)\s*+\d{{4}}(?!\d)|(?<!\d)\d{{3,4}}\s*+(?:هـ|ه|م){_E}")
_NEAR_NUMBER = regex.compile(r"\d|شهر")
_TIMES_PER = regex.compile(rf"{_B}(?:مره|مرتين|مرات|\d+\s*+مرات)\s++في\s++(?:ال)?(?:يوم|اسبوع|شهر|عام|سنه){_E}")


def find_anchors(doc) -> list[tuple[int, int, str]]:
    """(start, end, family) of every anchor in ``doc``'s text, original offsets."""
    folded = doc.folded
    out: list[tuple[int, int, str]] = []

    def add(ns: int, ne: int, family: str) -> None:
        start, end = doc.to_original(ns, ne)
        out.append((start, end, family))

    for m in _WORD.finditer(folded):
        w = " ".join(m["w"].split())
        family = _FAMILY_OF.get(w)
        if family is None:
            continue
        if w in _AMBIGUOUS and not _NEAR_NUMBER.search(folded, max(0, m.start() - 8), m.end() + 8):
            continue  # "آب" father, "مارس" practised, "رجب" a name: only near a number or شهر
        add(m.start(), m.end(), family)
    for m in _DURATION.finditer(folded):
        add(m.start(), m.end(), "duration")
    for m in _CLOCK.finditer(folded):
        add(m.start(), m.end(), "clock")
    for m in _NUMERIC.finditer(folded):
        if "." in m.group() and m.group().count(".") == 1:
            continue  # 3.5: a decimal
        add(m.start(), m.end(), "numeric")
    for m in _TIMES_PER.finditer(folded):
        add(m.start(), m.end(), "set")
    for m in _YEAR.finditer(folded):
        add(m.start(), m.end(), "year")
    return out
