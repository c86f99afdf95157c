"""A toll told with its noun apart from its number (``toll_heads`` … in ``number_words.yaml``).

"ارتفع عدد القتلى منذ بداية الحرب إلى 165", "ليرتفع عدد قتلاه إلى 165", "عدد حالات الاعتقال … ارتفع إلى نحو
7350", "يرتفع إلى 214 عدد القتلى": the number counts the noun after the head ("عدد", "حصيلة"), which is its unit
though it does not follow the number.
"""

from __future__ import annotations

from ...lang.ar.serial import SERIAL
from .lexicon import lexicon

#: What may not lie between a toll's noun and its number: a clause's or a list's stop, a quote, a bracket (digits
#: may: "ليرتفع عدد قتلاه منذ بدء الهجوم البري في 27 أكتوبر الماضي إلى 165")
_STOPS = frozenset(".،,؛;:؟?!()[]«»\"“”\n")
#: The pronouns a toll's noun may carry ("قتلاه", "شهدائها"), longest first
_PRONOUNS = ("هما", "هم", "هن", "ها", "ه", "نا")
#: The units a toll counts besides the people's (``counted_classes``): the displaced, refugees, deaths
_MORE_UNITS = frozenset(("displaced", "refugee", "death"))
#: How far before its number a toll's head may lie
_REACH = 110


def _noun_unit(word: str) -> tuple[str, bool] | None:
    """The unit of a toll's noun (folded) with the article, a pronoun or in construct, and whether it is a form
    of "إصابة" (wounded or cases of a disease); None when it counts no people."""
    lex = lexicon()
    if (unit := lex.toll_nouns.get(word)) is not None:
        return unit, False
    stems = [word[2:]] if word.startswith("ال") else [word] + [word[:-len(p)] for p in _PRONOUNS if word.endswith(p)]
    for stem in stems:
        # before a pronoun "قتلى" is written "قتلا", "شهداء" "شهدائ" (folded "شهداي")
        for form in (stem, stem[:-1] + "ي" if stem.endswith("ا") else "",
                     stem[:-1] + "ء" if stem.endswith("ي") else ""):
            if form and (unit := lex.counted.get(form)) is not None and (
                    unit in lex.people_units or unit in _MORE_UNITS):
                return unit, form in lex.injury_forms
    return None


def toll_before(folded: str, lo: int, start: int, digits: int) -> tuple[str, int, int, bool] | None:
    """The toll's noun before the number whose qualifier or proclitic starts at ``start`` (its digits or words at
    ``digits``): (unit, noun start, noun end, injury form), or None."""
    a = max(lo, start - _REACH)
    if folded.find("عدد", a, start) < 0 and folded.find("حصيل", a, start) < 0 and folded.find("اجمالي", a, start) < 0:
        return None  # (most numbers: no head before them)
    lex = lexicon()
    last = None
    for m in lex.toll_re.finditer(folded, a, start, False, SERIAL):
        last = m  # the head nearest the number
    if last is None:
        return None
    gap = folded[last.end():start]
    if any(c in _STOPS for c in gap):
        return None
    words = gap.split()
    if any(w.startswith("و") and _noun_unit(w[1:]) is not None for w in words):
        return None  # "عدد القتلى والجرحى إلى 50": both together; "… ثلاثون والجرحى إلى خمسين"
    w = last.group("w")
    if (words and words[-1] not in lex.toll_links and folded[start:digits] != "ل"
            # "بلغ عدد سكان المدينة 300 ألف": the noun in construct and its complement right before the number
            and not (len(words) == 1 and words[0].startswith("ال") and not w.startswith("ال"))):
        return None
    if words and "الي" in words[:-1]:
        return None  # "عدد القتلى إلى 30 والجرحى إلى 50" (no digits between, but written in words)
    found = _noun_unit(w)
    if found is None:
        return None
    return found[0], last.start("w"), last.end("w"), found[1]


def toll_after(folded: str, lo: int, start: int, end: int, hi: int) -> tuple[str, int, int, bool] | None:
    """The toll's noun right after the number that ends at ``end``, its head between them, when a link word comes
    right before the number (``start``: its qualifier or its proclitic): "يرتفع إلى 214 عدد القتلى"."""
    lex = lexicon()
    m = (lex.toll_re.match(folded, end + 1, min(hi, end + 60), SERIAL) if end < hi and folded[end] in " \t\u00a0"
         else None)
    if m is None:
        return None
    before = folded[max(lo, start - 12):start].split()
    if not before or before[-1] not in lex.toll_links:
        return None
    found = _noun_unit(m.group("w"))
    if found is None:
        return None
    return found[0], m.start("w"), m.end("w"), found[1]

