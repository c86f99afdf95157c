"""Anchors of the groups layer for ``scripts/audit.py groups``: a group noun followed by a name.

Families by the kind of the trigger noun:

- ``armed``: كتائب/كتيبة, لواء/ألوية, ميليشيا/ميليشيات (and مليشيا), فصيل, سرايا, فيلق, عصائب;
- ``movement``: حركة, جماعة, تنظيم, جبهة, تيار;
- ``party``: حزب;
- ``coalition``: تحالف, ائتلاف (and التجمع with the article: "تجمع" alone is a verb or a gathering);
- ``union``: نقابة (out of the groups stage's kinds today, counted for what a next stage may add);
- ``ittihad``: اتحاد, a union ("اتحاد الشغل", "اتحاد الصناعة والتجارة") or a football club ("اتحاد بن
  قردان", "اتحاد تطاوين") alike, apart so that the clubs do not blur the unions.

Plurals (أحزاب, جماعات, فصائل) are left out: "أحزاب المعارضة", "فصائل المقاومة" are no names.

The anchor is the trigger and the word after it, when that word is name-like: the trigger without the
article, in construct ("حركة النهضة", "حزب نداء تونس", "تنظيم داعش", "نقابة الصحفيين"), and the next
word not a particle, a pronoun, a verb of a small list or an indefinite adjective ("جماعة مسلحة",
"تنظيم إرهابي", "حزب سياسي"), nor a complement that gives the trigger its other sense ("حركة المرور",
"تنظيم مؤتمر", "تنظيم الانتخابات": traffic, organising; after تنظيم a common word of the entities
gazetteer is no name, but for the heads الدولة, القاعدة, أنصار, جند).  A definite trigger followed by a definite
nisba adjective ("الجبهة الشعبية", "التيار الديمقراطي", "الحزب الجمهوري") is a name too, but not
"الاتحاد الأوروبي" (a union of states) nor "الحركة الاحتجاجية".  Proclitics و ف ب ل ك and لل are
allowed before the trigger.  The lists are fixed here, independent of the stage's
``group_triggers.yaml``, so counts before and after a change of the stage compare.

An anchor is covered when a span of the groups layer overlaps it.
"""

from __future__ import annotations

from functools import cache

import regex

from arabnews.lang.ar import PROCLITIC, lookup_key, trie_regex

LAYER = "groups"

_TRIGGERS = {
    "armed": ["كتائب", "كتيبة", "لواء", "ألوية", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "ميلشيا",
              "فصيل", "سرايا", "فيلق", "عصائب"],
    "movement": ["حركة", "جماعة", "تنظيم", "جبهة", "تيار"],
    "party": ["حزب"],
    "coalition": ["تحالف", "ائتلاف", "إئتلاف"],
    "union": ["نقابة"],
    "ittihad": ["اتحاد", "إتحاد"],
}
#: "تنظيم" is mostly the masdar "organising" ("تنظيم الندوة", "تنظيم أعمال البحث"): after it, only a
#: word that is no common word of the entities gazetteer ("تنظيم داعش", "تنظيم المرابطون") or one of
#: the heads of this kind of name ("تنظيم الدولة", "تنظيم القاعدة", "تنظيم أنصار الشريعة", "تنظيم جند الخلافة").
_TANZIM = "تنظيم"
_TANZIM_HEADS = frozenset({"الدوله", "القاعده", "انصار", "جند"})


@cache
def _common() -> frozenset[str]:
    from arabnews.extract.entities import default_gazetteer

    return default_gazetteer().common
#: Words after a trigger that are no name: particles, pronouns, demonstratives, numbers, verbs.
_PARTICLES = """
من في على علي إلى الى عن مع ضد أو او و ثم لم لن لا ما قد كان كانت هو هي هذا هذه ذلك تلك الذي التي
الذين غير بين بعد قبل منذ حول عبر لها له لهم يضم تضم يدعى تدعى مكون متكون واحد واحدة آخر أخرى اخرى
جديد جديدة كبير كبيرة واسع واسعة كل بعض جميع عدد أي
"""
#: Indefinite adjectives after an indefinite trigger ("جماعة مسلحة", "حزب سياسي").
_ADJECTIVES = """
مسلح مسلحة مسلحين إرهابي إرهابية إرهابيين متشدد متشددة متطرف متطرفة سياسي سياسية إسلامي إسلامية
ديني دينية عسكري عسكرية أمني أمنية دولي دولية إقليمي إقليمية عربي عربية وطني وطنية محلي محلية
احتجاجي احتجاجية تصعيدي تصعيدية رمزي رمزية مشترك مشتركة معارض معارضة مشبوه مشبوهة يميني يمينية
يساري يسارية ديمقراطي ديمقراطية شعبي شعبية حاكم حاكمة قوي قوية مسيحي مسيحية شيعي شيعية سني سنية
إسرائيلي أمريكي غريبة نبيلة
"""
#: Complements of حركة (movement, traffic), تنظيم (organising) and تجمع (gathering) in their other sense.
_OTHER_SENSE = """
مرور المرور سير السير العبور عبور النقل نقل القطارات المسافرين السيارات الملاحة الطيران التجارة
الأسعار الأسواق البيع السفن الشاحنات المعتمدين الولاة الجولان جولان المبادلات الأموال الرياح البناء
مؤتمر المؤتمر مؤتمرات انتخابات الانتخابات يوم أيام وقفة وقفات حملة حملات كأس حفل حفلات مسيرة مسيرات
الدورة دورة دورات أنشطة الأنشطة تظاهرة تظاهرات زيارة زيارات ندوة ندوات ملتقى لقاء لقاءات مهرجان
المهرجان معرض المعرض سهرة رحلة رحلات مباراة مباريات بطولة البطولة تربص عملية عمليات القطاع قطاع الحياة
الوقت العمل الصفوف المرحلة الامتحانات امتحانات الاستفتاء حفلة احتفال احتفالات تجمعات السكان
المواطنين التنقل السلع البضائع الاستقالات الانتقالات التداول
"""
#: Triggers written with the article (ال, or لل after ل), without it here.
_DEFINITE = {
    "movement": ["حركة", "جبهة", "تيار", "جماعة"],
    "party": ["حزب"],
    "coalition": ["تحالف", "ائتلاف", "تجمع"],
}
#: Definite nisba adjectives after a definite trigger that make no name.
_NOT_NAMES_DEFINITE = """
الاحتجاجية الاحتجاجي الداخلية الداخلي الدولي الدولية الأوروبي الإفريقي الأفريقي العربي العربية
الرياضية الثقافية الجمعياتية الاجتماعية الاقتصادية الحاكم السياسي السياسية النقابية النقابي التجارية
الكهربائي الكهربائية الجوية الجوي الوطنية الوطني الإسلامية الإسلامي الجديد الجديدة الإرهابية الإرهابي
المتطرفة المتشددة المعارضة المرورية الطبيعية الرمزية الحكومي
"""


def _keys(words: str | list[str]) -> frozenset[str]:
    return frozenset(lookup_key(w) for w in (words.split() if isinstance(words, str) else words))


_FAMILY_OF = {lookup_key(w): fam for fam, ws in _TRIGGERS.items() for w in ws}
_DEF_FAMILY_OF = {lookup_key(w): fam for fam, ws in _DEFINITE.items() for w in ws}
_NOT_NEXT = _keys(_PARTICLES) | _keys(_ADJECTIVES) | _keys(_OTHER_SENSE)
_NOT_DEF = _keys(_NOT_NAMES_DEFINITE)
_B = r"(?<![\p{L}\p{M}\d])"
_E = r"(?![\p{L}\p{M}])"
_W = r"[\p{L}\p{M}]+"
_CONSTRUCT = regex.compile(rf"{_B}(?:{PROCLITIC})\K(?P<t>{trie_regex(_FAMILY_OF)}){_E}\s+(?P<w>{_W})")
_DEFINITE_RE = regex.compile(
    rf"{_B}[وف]?[بك]?\K(?:ال|لل)(?P<t>{trie_regex(_DEF_FAMILY_OF)}){_E}\s+(?P<w>ال\p{{L}}{{3,}}(?:يه|ي)){_E}")


def _name_like(word: str) -> bool:
    """A word that can begin a name after a trigger in construct: not in the lists, and no indefinite
    feminine nisba adjective ("حركة تحررية", "جماعة إسلامية")."""
    if word in _NOT_NEXT or len(word) < 2 or (word.endswith("يه") and not word.startswith("ال")):
        return False
    return not (word.startswith(("و", "ف")) and word[1:] in _NOT_NEXT)


def _organising(word: str) -> bool:
    """The object of the masdar تنظيم ("تنظيم الندوة", "تنظيم طعامها"): a common word, with or
    without the article or a pronoun suffix."""
    if word in _TANZIM_HEADS:
        return False
    common = _common()
    stem = regex.sub("(?:هما|ها|هم|ه)$", "", word) if len(word) > 4 else word
    return any(w in common or (w.startswith("ال") and w[2:] in common) for w in (word, stem))


def find_anchors(doc) -> list[tuple[int, int, str]]:
    """(start, end, family) of every anchor in ``doc``'s text, original offsets."""
    folded = doc.folded
    out: list[tuple[int, int, str]] = []
    for m in _CONSTRUCT.finditer(folded):
        if m["t"] == _TANZIM and _organising(m["w"]):
            continue
        if _name_like(m["w"]):
            start, end = doc.to_original(m.start(), m.end())
            out.append((start, end, _FAMILY_OF[m["t"]]))
    for m in _DEFINITE_RE.finditer(folded):
        if m["w"] not in _NOT_DEF:
            start, end = doc.to_original(m.start(), m.end())
            out.append((start, end, _DEF_FAMILY_OF[m["t"]]))
    return out
