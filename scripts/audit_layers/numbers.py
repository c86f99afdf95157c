"""Anchors of the numbers layer for ``scripts/audit.py numbers``.

Families: ``digits`` (a number token: 46, ١٥٠, 3.5, 1,245), ``words`` (an unambiguous cardinal number
word: ثلاثة, عشرين, مئة, ألف, مليون …), ``fractions`` (نصف, ثلث, ربع, ثلثي, أرباع), ``dialect``
(spoken forms: اتنين, تلاتة, تلاتين, تلتمية, خمسمية …).  The word lists are fixed here, independent of
the stage's lexicon, so counts before and after a change of the stage compare.  A number inside a
date span is covered: the dates stage owns it.
"""

from __future__ import annotations

from arabnews.document import Document
from arabnews.lang.ar import lookup_key

LAYER = "numbers"
COVERED_BY = ("numbers", "dates")

_WORDS = """
واحد واحدة اثنان اثنتان ثلاثة ثلاث أربعة أربع خمسة خمس ستة سبعة سبع ثمانية ثماني تسعة تسع عشرة
عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين ستون ستين سبعون سبعين ثمانون ثمانين تسعون تسعين
مئة مائة مئتان مئتين مائتين ثلاثمئة ثلاثمائة أربعمئة أربعمائة خمسمئة خمسمائة ستمئة ستمائة سبعمئة
سبعمائة ثمانمئة ثمانمائة تسعمئة تسعمائة ألف ألفا ألفان ألفين آلاف مليون مليونا ملايين مليار مليارا
مليارات عشرات مئات بضعة بضع دزينة
"""
_FRACTIONS = "نصف ثلث ربع ثلثي ثلثا ثلثان أرباع أثلاث"
_DIALECT = """
اتنين تلاتة تلات تلاتين تلتمية تلتميت متين حداشر اتناشر تلتاشر اربعتاشر خمستاشر ستاشر سبعتاشر
تمنتاشر تسعتاشر ربعمية خمسمية ستمية سبعمية تمنمية تسعمية تمنية تمانية
"""


def _table() -> dict[str, str]:
    out: dict[str, str] = {}
    for family, words in (("words", _WORDS), ("fractions", _FRACTIONS), ("dialect", _DIALECT)):
        for w in words.split():
            out[lookup_key(w)] = family
    return out


_TABLE = _table()
_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "وب", "ول", "و", "ب", "ل", "ف", "ك")


def _family(word: str) -> tuple[str, int] | None:
    """The family of a number word and the length of its proclitics (و ب ل ف ك; the article is kept)."""
    key = lookup_key(word)
    if key in _TABLE:
        return _TABLE[key], 0
    for p in _PREFIXES:
        if key.startswith(p) and key[len(p):] in _TABLE:
            return _TABLE[key[len(p):]], len(p) - (2 if p.endswith("ال") else 0)
    return None


def find_anchors(doc: Document) -> list[tuple[int, int, str]]:
    """(start, end, family) of every anchor in the document's extraction regions."""
    regions = [(r.start, r.end) for r in doc.extraction_regions()]
    out: list[tuple[int, int, str]] = []
    for tok in doc.tokens:
        if not any(a <= tok.start and tok.end <= b for a, b in regions):
            continue
        if tok.kind == "number":
            out.append((tok.start, tok.end, "digits"))
        elif tok.kind == "word" and (found := _family(tok.text)) is not None:
            family, skip = found
            key = lookup_key(tok.text)
            if "مي" in key and "ئ" not in tok.text and "مائ" not in tok.text:
                continue  # كمية (quantity), ميتين (dead): مئة needs its hamza
            if key.endswith(("الميه", "المائه", "المايه")) and (key.startswith("بال") or doc.text[
                    max(0, tok.start - 3):tok.start].strip() == "في"):
                continue  # the "المئة" of a percent: part of the percent, not a number of its own
            if key.endswith("الالف") and (key.startswith("بال") or doc.text[
                    max(0, tok.start - 3):tok.start].strip() == "في"):
                continue  # per mille: the unit of the number before it
            if family == "fractions" and lookup_key(doc.text[tok.end:tok.end + 10]).lstrip().startswith(
                    ("النهاي", "نهاي")):
                continue  # نصف النهائي, ربع النهائي: semi-final, quarter-final
            out.append((tok.start + skip, tok.end, family))
    return out
