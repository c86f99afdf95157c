"""From number words and digits ("atoms") to number expressions with values.

The lexicon regex finds atoms; consecutive atoms joined by a space or by the conjunction "و" form a
chain, which a small left-to-right parser cuts into expressions following Arabic number syntax:
units before tens with "و" (ثلاثة وعشرون), units before عشر without it (سبعة عشر), hundreds and
scales multiplying what precedes them (ثلاث مئة, خمسة عشر ألفا, 2.5 مليون), smaller groups after
"و" (مليون وخمسمئة ألف), a fraction of the last scale (أربعة ملايين ونصف المليون).  A chain that
breaks the syntax (عشرة وعشرين) is cut into two expressions, which is what "بين عشرة وعشرين" needs.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cache
from typing import Any

import regex

from ...lang.ar.charsets import HSPACE
from ...lang.ar.serial import SERIAL
from .gated import at_pos
from .lexicon import Lexicon, Word, lexicon
from .measures import measures
from .runs import Coded, Forms, joined

Raw = Callable[[int, int], str]
#: the fractions that may follow a number after "و": "مليون ونصف", "مليون وربع" (Duckling's "لتر وربع")
_HALF_QUARTER = (Fraction(1, 2), Fraction(1, 4))
#: A definite word after a fraction: "3 آلاف ونصف السكان" is half of the population, not 3,500
_DEFINITE_AFTER = at_pos(r"[^\S\n]++ال")
#: A year's noun right before a number ("سنة 2016", "خلال عام 2015", "لسنة 2017")
_YEAR_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])[وفبل]?(?:ال|لل)?(?:سنه|عام)[^\S\n]++$")
_FINAL = at_pos(r"[^\S\n]++(?:ال)?نهاي")  # folded: النهائي → النهايي
# "خمس" before a definite noun is the fraction (خُمس): the cardinal counts an indefinite plural ("خمس سنوات") or
# follows its noun with the article ("الدول الخمس"); not before a scale or a number word ("خمس آلاف", "خمس الاف")
_FIFTH_OF = regex.compile(r"[^\S\n]ال(?!اف\b|ف\b|مي|ماي|مئ|مائ)\w\w")
_GAP_SPACE = regex.compile(r"[^\S\n]++")
_GAP_WA = regex.compile(r"[^\S\n]++و[^\S\n]++")
_SCALE_NAMES = {12: "dozen", 1000: "thousand", 1000000: "million", 1000000000: "billion", 1000000000000: "trillion"}
SCALE_VALUES = {name: value for value, name in _SCALE_NAMES.items()}


_START = operator.methodcaller("start")
_SUFFIX = {"k": 1000, "K": 1000, "M": 1000000}  # 5K, 2.5M (social media)
_SPOKEN_HUNDRED = Word("hundreds", Fraction(100), weak=True)
_TWO_HUNDRED = Word("hundreds", Fraction(200))
_FIFTH = Word("fraction", Fraction(1, 5))  # "خمس السكان": a fifth of the population (see _FIFTH_OF)
_DIGIT = Word("digit", Fraction(0))  # the word of every digit atom (its value is the atom's)


@dataclass(slots=True)
class Atom:
    mstart: int  # start of the match, proclitics included
    start: int  # start of the number itself (after و/ب/ل…; an article is kept on words)
    end: int
    cat: str  # a lexicon category, or "digit"
    value: Fraction
    word: Word = _DIGIT  # the lexicon entry of a number word
    pre: str = ""
    article: bool = False
    form: str = ""
    percent: bool = False
    plain_int: bool = False  # digits only, no separator


@dataclass(slots=True)
class Expr:
    """A number expression on the folded text (offsets of the normalized view)."""

    mstart: int
    start: int
    end: int
    kind: str
    value: Fraction
    form: str  # "digits", "words" or "mixed"
    attrs: dict[str, Any] = field(default_factory=dict)
    unit: str | None = None
    year_like_digits: bool = False


#: Longer digit runs are identifiers, hashes or garbage, not quantities (and int() refuses > 4300 digits).
MAX_DIGITS = 30


def _digit_value(text: str) -> Fraction | None:
    """The value of a digit atom's text ("2016", "٣٫٥", "-7", "2.5M"), memoized: the same figures recur."""
    try:
        return _DIGIT_VALUES[text]
    except KeyError:
        pass
    if len(_DIGIT_VALUES) > 100_000:
        _DIGIT_VALUES.clear()
    value = _DIGIT_VALUES[text] = _read_digits(text)
    return value


_DIGIT_VALUES: dict[str, Fraction | None] = {}


def _read_digits(text: str) -> Fraction | None:
    if len(text) > MAX_DIGITS:
        return None
    negative = text[0] in "-−"
    text = text.lstrip("-−").replace("\u2009", "").replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    multiplier = _SUFFIX.get(text[-1], 1)
    if multiplier != 1:
        text = text[:-1]
    mantissa, e, exponent = text.replace("E", "e").partition("e")
    value = _plain_digits(mantissa)
    if value is None:
        return None
    if e:
        value *= Fraction(10) ** int(exponent)
    value *= multiplier
    return -value if negative else value


#: The separators of digit groups once the digits are ASCII (a compiled pattern: ``regex.split`` with a string
#: looks its pattern up in a cache at every call)
_SEPARATORS = re.compile("[.,]")


def _plain_digits(text: str) -> Fraction | None:
    if text.isdecimal():  # digits alone, of any script: int() reads them
        return Fraction(int(text))
    ascii_ = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in text)
    ascii_ = ascii_.replace("٫", ".").replace("٬", ",").replace("،", ",")
    if ascii_.startswith("."):
        ascii_ = "0" + ascii_
    seps = [c for c in ascii_ if c in ".,"]
    if not seps:
        return Fraction(int(ascii_))
    groups = _SEPARATORS.split(ascii_)
    if len(set(seps)) == 1:
        sep = seps[0]
        thousands = all(len(g) == 3 for g in groups[1:]) and (sep == "," or len(seps) > 1)
        if thousands:
            return Fraction(int("".join(groups)))
        if len(seps) > 1:
            return None  # "1,2,3": a list, not one number
        return Fraction(ascii_.replace(",", "."))
    decimal = seps[-1]
    head, _, tail = ascii_.rpartition(decimal)
    if decimal in head:
        return None
    return Fraction(head.replace("," if decimal == "." else ".", "") + "." + tail)


#: A decimal written the Tunisian news agency's way, fraction first: "5ر33" is 33.5, "391ر10" is 10.391
#: ("بنسبة 5ر33 بالمائة", "بقيمة 4ر5 مليون دينار", "بقوة 6ر3 درجات").
_DIGIT_CLASS = "[0-9٠-٩۰-۹]"
#: After a word start, or a proclitic at one ("ب5ر2 بالمائة", "و3ر13 ألف طن", "وب4ر5"), left out of the span.
_REVERSED_DECIMAL = re.compile(
    r"(?:(?<![\w.,٫])|(?<=(?<!\w)[وفبلك])|(?<=(?<!\w)[وف][بلك]))"
    rf"(?P<frac>{_DIGIT_CLASS}{{1,4}})ر(?P<int>{_DIGIT_CLASS}{{1,9}})(?![\w]|[.,٫]{_DIGIT_CLASS})")

#: What every reversed decimal holds, a "ر" between two digits: looked for in the coded text (:meth:`.Coded.find`:
#: "0" is any digit of ``_DIGIT_CLASS``) before the full pattern is run
_REVERSED_HINT = "0ر0"


def _reversed_decimal(m: re.Match[str]) -> Fraction:
    digits = {g: "".join(str(unicodedata.digit(c)) for c in m.group(g)) for g in ("int", "frac")}
    return Fraction(f"{digits['int']}.{digits['frac']}")


@cache
def region_forms() -> Forms:
    """Every word a region is coded for (:class:`.runs.Coded`): the number words' forms (:func:`_word_matches`) and
    the duals' (``dual_re``, ``construct_re``: the numbers stage's ``_combine``)."""
    ms = measures()
    return joined(lexicon().word_forms, ms.dual_forms, ms.construct_forms)


def _word_matches(lex: Lexicon, folded: str, lo: int, hi: int, coded: Coded | None = None) -> list[re.Match[str]]:
    """``list(lex.word_re.finditer(folded, lo, hi))``, found faster: ``word_re`` is tried only at the starts of
    the whole runs of its number-word forms and of the runs of letters against digits (a superset of its
    matches' starts, found in C: :mod:`.runs`).  ``coded`` is ``folded[lo:hi]`` coded, if the caller has it."""
    if coded is None:
        coded = Coded(folded, lo, hi, region_forms())
    out: list[re.Match[str]] = []
    match = lex.word_re.match
    last = lo
    words, glued = coded.starts(lex.word_forms), coded.glued()
    for pos in sorted(words + glued) if glued else words:
        if pos >= last and (m := match(folded, pos, hi)) is not None:
            out.append(m)
            last = m.end()
    return out


#: How far before its first digit a match of ``digit_re`` may start: a percent sign and a space, a
#: minus sign, a decimal point ("% -.5").
_DIGIT_LEAD = 4
#: What may stand right before the first digit of a match that starts before it: a sign, a decimal point, a
#: percent sign, or white space after a percent sign ("% 5").
_DIGIT_LEADS = frozenset("%٪.٫-−")
_PERCENT_SIGNS = frozenset("%٪")


def _digit_matches(lex: Lexicon, folded: str, digit: int, lo: int, hi: int, coded: Coded | None = None,
                   ) -> list[re.Match[str]]:
    """``list(lex.digit_re.finditer(folded, lo, hi))`` where ``digit`` is the first digit in ``folded[lo:hi]``:
    ``digit_re`` is tried only a little before each next digit (a match holds a digit at most
    ``_DIGIT_LEAD`` characters after its start), never at every position: from the digit itself when the
    character before it cannot lead a match (most digits: one try, not five; the pattern's lookbehinds
    read the text before the position tried all the same).  Where no match starts at or before a digit
    (digits in a Latin word or a code: "BRxlYSrAP5s"), the next try is at the next digit, not a search
    that tries every position of the text up to the next match.  The next digit is found in ``coded``
    (``folded[lo:hi]`` coded: :mod:`.runs`), not by a pattern that tests every character."""
    if coded is None:
        coded = Coded(folded, lo, hi, region_forms())
    out: list[re.Match[str]] = []
    match = lex.digit_re.match
    pos = lo
    while True:
        start = digit - _DIGIT_LEAD if digit - _DIGIT_LEAD > pos else pos
        if start < digit:
            c = folded[digit - 1]
            if c not in _DIGIT_LEADS and not (c != "\n" and c.isspace() and digit - 2 >= start
                                               and folded[digit - 2] in _PERCENT_SIGNS):
                start = digit
        m = match(folded, start, hi)
        while m is None and start < digit:
            start += 1
            m = match(folded, start, hi)
        if m is None:
            pos = digit + 1  # no match starts here: the next can start only before a later digit
        else:
            out.append(m)
            pos = m.end()
        digit = coded.find_digit(pos)
        if digit < 0:
            return out


def find_atoms(folded: str, lo: int = 0, hi: int | None = None, raw: Raw | None = None,
               coded: Coded | None = None) -> list[Atom]:
    """Number words and digit groups in ``folded[lo:hi]``, in text order.  ``raw(start, end)``, when
    given, returns the original text of a stretch of ``folded`` (to read the hamza folding erased);
    ``coded``, ``folded[lo:hi]`` coded (:mod:`.runs`), when the caller has it."""
    lex = lexicon()
    hi = len(folded) if hi is None else hi
    if coded is None:
        coded = Coded(folded, lo, hi, region_forms())
    atoms: list[Atom] = []
    last = lo
    matches = _word_matches(lex, folded, lo, hi, coded)
    first_digit = coded.find_digit(lo)
    if first_digit < 0:  # no digits: no digit atom, no reversed decimal
        digit_matches: list[re.Match[str]] = []
        reversed_matches: list[re.Match[str]] = []
    else:
        digit_matches = _digit_matches(lex, folded, first_digit, lo, hi, coded)
        # (what every reversed decimal holds: "ر" between two digits)
        reversed_matches = (list(_REVERSED_DECIMAL.finditer(folded, first_digit, hi))
                            if coded.find(_REVERSED_HINT, first_digit) >= 0 else [])
    if digit_matches or reversed_matches:
        matches = sorted(matches + digit_matches + reversed_matches, key=_START)
    designated = -1  # the end of the last digits read as a model's designation ("بوينغ 737-600": both)
    for m in matches:
        if m.start() < last:
            continue  # the digits of "و5", found by both patterns
        last = m.end()
        if m.re is _REVERSED_DECIMAL:
            atoms.append(Atom(m.start(), m.start(), m.end(), "digit", _reversed_decimal(m), pre="", form=m.group(),
                              percent=False, plain_int=False))
            continue
        digits, pct1, pct2, dpre = m.group("digits", "pct1", "pct2", "dpre")
        if digits is not None:
            value = _digit_value(digits)
            if value is None:
                continue
            if not (pct1 or pct2) and (named := _designation(lex, folded, m.start("digits"), lo, designated, raw)) \
                    and (named not in ("latin", "unit") or not _counts(lex, folded, m.end(), hi)) \
                    and (named != "unit" or _UNIT_COUNT.match(folded, m.end(), hi) is None):
                designated = m.end()  # "F-16", "سو-24", "بوينغ 737": a model's name, no quantity
                continue
            ds = m.start("digits")
            if (len(digits) == 1 and not (pct1 or pct2 or dpre) and ds - 2 >= lo and folded[ds - 1] in HSPACE
                    and _numbered_seat(lex, folded, ds, m.end(), lo, hi)):
                continue  # "المحكمة الابتدائية بتونس 1", "دائرة نابل 2": a seat's number, no count (session 41)
            if (len(digits) <= 3 and ds - 2 >= lo and folded[ds - 2] == "ه" and not (pct1 or pct2 or dpre)
                    and digits.isdecimal() and _road_or_channel(lex, folded, ds, m.end(), lo, hi)):
                continue  # "الطريق الجهوية 51", "والمحلية 888", "الوطنية 2": a road's or a channel's number
            if not (pct1 or pct2) and len(digits) <= 3 and _quoted_name(lex, folded, m.start("digits"),
                                                                         m.end("digits"), lo, hi):
                continue  # 'دبابة من نوع "ميركافا 4"': a name in quotes ends in the digits
            if ((" " in digits or "\u00a0" in digits)
                    and lex.phone_re.search(folded, max(lo, m.start() - 24), m.start(), SERIAL) is not None):
                # a phone number's groups ("الرقم 71 234 567"): each apart, no thousands
                k = m.start("digits")
                for part in _SPACE_GROUP.finditer(digits):
                    if (v := _digit_value(part.group())) is not None:
                        atoms.append(Atom(k + part.start() if part.start() else m.start(), k + part.start(),
                                          k + part.end(), "digit", v, pre="" if part.start() else dpre or "",
                                          form=part.group(), plain_int=part.group().isdigit()))
                continue
            if ("," in digits or "،" in digits) and not (pct1 or pct2) and (
                    comma := _list_comma(folded, m, lo, hi)) is not None:
                # "(24/26, 19/25,17/25)": a comma typed between two scores of a list, no decimal "25,17"
                k = m.start("digits")
                for a, b in ((k, comma), (comma + 1, m.end("digits"))):
                    atoms.append(Atom(m.start() if a == k else a, a, b, "digit", Fraction(int(folded[a:b])),
                                      pre=dpre or "" if a == k else "", form=folded[a:b], plain_int=True))
                continue
            start = m.start("pct1") if pct1 else m.start("digits")
            atoms.append(Atom(m.start(), start, m.end(), "digit", value, pre=dpre or "", form=digits,
                              percent=bool(pct1 or pct2), plain_int=digits.isdigit()))
            if not (pct1 or pct2) and m.end() < hi and "\u0621" <= folded[m.end()] <= "\u064a" and (
                    g := _glued_scale().match(folded, m.end(), hi)) is not None:
                # "1.2مليون", "3آلاف", "20الف": a scale word typed against the digits (ANT)
                w = lex.words[g.group()]
                atoms.append(Atom(g.start(), g.start(), g.end(), w.cat, w.value, w, form=g.group()))
                last = g.end()
            continue
        name = "word" if m.group("word") is not None else "pword"
        form = m.group(name)
        form_start = m.start(name)
        pre = m.group("pre") or ""
        whole = m.group()
        if pre and (whole in lex.not_numbers or (whole[0] in "وف" and whole[1:] in lex.not_numbers)):
            continue
        if form == "واحد" and raw is not None and raw(m.start(), m.end()).startswith(("وأ", "وإ")):
            # "وأحد" folds to "واحد": the original hamza tells "and one of" from "one"
            pre, form, form_start = "و", "احد", form_start + 1
        word = lex.words[form]
        if form.startswith("مي") and raw is not None and "ئ" not in raw(form_start, m.end()):
            # مئة/مئتين/مئات fold to ميه/ميتين/ميات: "ميتين" (dead), "كمية", the name "مية".  The spoken
            # "مية" (100) is kept as a weak word: a number only with another number or a unit (ثلاث مية,
            # مية جنيه), never alone (the name, "water").
            if form != "ميه":
                continue
            word = _SPOKEN_HUNDRED
        elif form == "ميتين" and raw is not None:
            word = _TWO_HUNDRED  # "مئتين" with its hamza is never "ميتين" (dead): a number alone too
        if form == "خمس" and not pre.endswith("ال") and _FIFTH_OF.match(folded, m.end(), hi, SERIAL):
            word = _FIFTH
        if word.cat == "hundreds" and word.value == 100 and (
                pre.endswith("بال") or (pre == "ال" and folded[max(lo, m.start() - 3):m.start()] == "في ")):
            continue  # the "المئة" of a percent ("بالمئة", "في المائة") whose number we did not read
        article = pre.endswith(("ال", "لل"))
        # The article stays in the span (الثالث عشر, المئات); و/ب/ل/ف/ك do not; "لل" has no
        # article letters of its own to keep.
        start = form_start - (2 if pre.endswith("ال") else 0)
        if word.cat == "fraction" and (_FINAL.match(folded, m.end(), hi, SERIAL)
                                      or lex.semi_re.match(folded, m.end(), hi, SERIAL)):
            continue  # النصف النهائي, ربع النهائي: semi-final, quarter-final; "نصف آلية": semi-automatic
        if word.cat == "ordinal" and not article:
            if form in lex.need_article:
                continue
            if form == "ثاني" and folded[max(lo, start - 3):start] == "ال ":  # the family name "آل ثاني"
                continue
        atoms.append(Atom(m.start(), start, m.end(), word.cat, word.value, word, pre, article, form))
    return atoms


#: A Latin letter before digits that is the multiplication sign ("7.62 x 39", "(50 x 2)"), not a model's letter.
_TIMES = frozenset("xX×")
_ARABIC = "".join(chr(c) for c in range(0x0621, 0x064b))


#: The groups of digits a plain or no-break space parts ("71 234 567").
_SPACE_GROUP = re.compile("[^ \u00a0]+")

#: Two numbers of one or two digits joined by a comma with no space, each the side of a slashed or hyphenated pair:
#: "19/25,17/25" (the points of sets, ANT 8659) is a list of two scores, no decimal "25,17" (session 41).
_LIST_COMMA = re.compile(rf"{_DIGIT_CLASS}{{1,2}}[,،]{_DIGIT_CLASS}{{1,2}}")
_PAIR_BEFORE = re.compile(rf"{_DIGIT_CLASS}[^\S\n]?[/\-][^\S\n]?\Z")
_PAIR_AFTER = re.compile(rf"[^\S\n]?[/\-][^\S\n]?{_DIGIT_CLASS}")


def _list_comma(folded: str, m: re.Match[str], lo: int, hi: int) -> int | None:
    """The comma's offset when the digits of ``m`` are two list items, not a decimal (:data:`_LIST_COMMA`): both
    sides of the comma the inner sides of two pairs, "25/19,17/25"; else None."""
    ds, de = m.span("digits")
    if (_LIST_COMMA.fullmatch(folded, ds, de) is None
            or _PAIR_BEFORE.search(folded, max(lo, ds - 3), ds) is None
            or _PAIR_AFTER.match(folded, de, hi) is None):
        return None
    return ds + 1 if folded[ds + 1] in ",،" else ds + 2


#: What makes a seat's digit a count all the same (:func:`_numbered_seat`): a decimal, a scale word or a unit of
#: time or times after it ("المعهد الذي شيد منذ 3 سنوات" has its stop; this is the margin)
_SEAT_COUNT = regex.compile(
    r"[^\S\n]*+(?:[.,،٫][0-9٠-٩]|(?:الف|الاف|مليون|ملايين|مليار|مليارات|مئه|ميه|سنه|سنوات|سنين|عام|عاما"
    r"|اعوام|شهر|اشهر|شهور|اسبوع|اسابيع|يوم|ايام|يوما|ساعه|ساعات|دقيقه|دقايق|دقائق|مره|مرات)(?![\p{L}\p{M}]))")


def _numbered_seat(lex: Lexicon, folded: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Does the digit at ``start``–``end`` number a court, a district or a school after its head and town
    ("المحكمة الابتدائية بتونس 1", "النيابة العمومية سوسة 2", "دائرة نابل 2", "معهد حمام سوسة 2": ``seat_re``),
    with no counted noun, unit, percent or scale word after it?"""
    if start - 2 < lo or folded[start - 1] not in HSPACE or not folded[start - 2].isalpha():
        return False
    window = folded[max(lo, start - 80):start]
    for stem in lex.seat_stems:  # most digits: no head near (a substring test; a loop, not any() over a generator)
        if stem in window:
            break
    else:
        return False
    if lex.seat_re.search(folded, max(lo, start - 80), start, SERIAL) is None:
        return False
    return (_SEAT_COUNT.match(folded, end, hi, SERIAL) is None and lex.counted_re.match(folded, end, hi) is None
            and lex.percent_re.match(folded, end, hi) is None and measures().after_re.match(folded, end, hi) is None)


#: A Tunisian road's class right before its number ("الطريق الجهوية 51", "بالطريق السيارة 1"), with "طريق" before
#: it ("road") or not ("والمحلية 888" in a list of roads, "الوطنية 2" the channel): group "road"
_ROAD_CLASS = regex.compile(r"(?<![\p{L}\p{M}])(?:(?P<road>[وفبل]?(?:ال)?طريق[^\S\n]++)(?:ال)?|[وفبل]?ال)"
                            r"(?P<cls>وطنيه|جهويه|محليه|سياره|حزاميه)[^\S\n]++\Z")
#: "طريق" up to this many characters before a road's class without it: the list of roads goes on ("والمحلية 888")
_ROAD_REACH = 80
_ROAD_WORD = regex.compile(r"(?<![\p{L}\p{M}])[وفبل]?(?:ال)?طريق(?![\p{L}\p{M}])")


def _road_or_channel(lex: Lexicon, folded: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Do the digits at ``start``–``end`` number a road after its class ("الطريق الجهوية 51", "الطريق السيارة 1",
    "والمحلية 888" after a road told before it) or the national TV channel ("على الوطنية 2", "القناة الوطنية 1"),
    with no counted noun, unit, percent or scale word after them (session 41)?"""
    if start - 2 < lo or folded[start - 1] not in HSPACE or folded[start - 2] != "ه":  # every class ends in ه
        return False
    m = _ROAD_CLASS.search(folded, max(lo, start - 24), start, SERIAL)
    if m is None:
        return False
    if m["road"] is None and _ROAD_WORD.search(folded, max(lo, m.start() - _ROAD_REACH), m.start(), SERIAL) is None:
        if not (m["cls"] == "وطنيه" and end - start == 1 and folded[start] in "12١٢"):
            return False  # "الوطنية" alone: the channel's 1 or 2 only
    return (_SEAT_COUNT.match(folded, end, hi, SERIAL) is None and lex.counted_re.match(folded, end, hi) is None
            and lex.percent_re.match(folded, end, hi) is None and measures().after_re.match(folded, end, hi) is None)


#: What makes digits after a military formation's noun a count all the same: a scale word, "من", an article's noun
#: or a comma-less and ("خسر اللواء 30 من عناصره", "الفوج 3 آلاف")
_UNIT_COUNT = re.compile(r"[^\S\n]*(?:[.,،]\d|(?:من|الف|الاف|مليون|ملايين|مئه|ميه|عنصرا|جنديا|مقاتلا)(?!\w))")


def _designation(lex: Lexicon, folded: str, start: int, lo: int, designated: int,
                 raw: Raw | None = None) -> str | None:
    """Do the digits at ``start`` end a model's or a code's name, no count?  "hyphen": digits joined by a hyphen
    to a Latin word or to an Arabic word ("F-16", "AK-47", "MH-17", "سو-24", "إس-400", "كوفيد-19", "تو-154",
    "أنطونوف-26"; not a proclitic and a minus: "ب-3ر2") or to such digits ("737-600"); "latin": after a Latin
    word and a space ("Mate 9", "France 3", "iOS 6"; not the multiplication sign nor a currency code: "USD 500"
    is money); "model": after a listed model word (``model_names``: "بوينغ 737", "إف 16", "كوفيد19"); else None."""
    k = start
    if k <= lo:
        return None
    c = folded[k - 1]
    hyphen = c in "-–"
    if hyphen:
        if k - 1 == designated:
            return "hyphen"
        k -= 1
    else:
        while k > lo and folded[k - 1] in HSPACE:
            k -= 1
    j = k
    while j > lo and folded[j - 1].isascii() and folded[j - 1].isalpha():
        j -= 1
    latin = j < k
    while j > lo and folded[j - 1].isalpha():
        j -= 1
    word = folded[j:k]
    if not word or (j > lo and folded[j - 1].isdigit()):
        return None
    if latin and (word.isascii() or word[:len(word) - len(word.lstrip(_ARABIC))] in lex.proclitic_words):
        word = word.lstrip(_ARABIC)  # "وiOS 6": a proclitic against the Latin word
        units = measures().units  # "USD 500", "KWD 5": a currency code before an amount (and "kg", "km")
        if word in _TIMES or word in units or word.upper() in units or word.lower() in units:
            return None
        return "hyphen" if hyphen else "latin" if k < start else None
    if hyphen and word not in lex.proclitic_words:
        # not after a number's own word ("28 أكتوبر-5 نوفمبر", "10 دنانير-15 دينارا"): a range's dash there
        # (unless that number is a model's too: "سو-24 وسو-34")
        i = j
        while i > lo and folded[i - 1] in HSPACE:
            i -= 1
        return None if i < j and i > lo and folded[i - 1].isdigit() and i != designated else "hyphen"
    # a name of two words ("بي سي": "إيه بي سي 7", "بي بي سي 2", "إم بي سي 4"), whose last alone is a word or a name
    i = j
    while i > lo and folded[i - 1] in HSPACE:
        i -= 1
    h = i
    while h > lo and folded[h - 1].isalpha():
        h -= 1
    if h < i < j and f"{folded[h:i]} {word}" in lex.model_names:
        return "model"
    # a military formation's name: "اللواء 444 قتال", "محور الفوج 46", "لكتيبة 155" (``unit_heads``; a count
    # before a counted noun, the caller's test); a Latin letter spelled with its hamza: "(إم 23)" (``letter_codes``)
    if word in lex.unit_head_words:
        return "unit"
    # (a code folds to the end of its word: the original text is read only then)
    if (raw is not None and len(word) <= 3 and word.endswith(lex.letter_code_keys)
            and raw(j, k).lstrip("وف") in lex.letter_codes):
        return "model"
    # a proclitic on a model's name of two letters only with و: "كاس 5" is "كأس" (a cup), "باس" a word
    return "model" if word in lex.model_words else None


#: The quotes around a name: opening, closing
_OPEN_QUOTES = frozenset('"«“')
_CLOSE_QUOTES = frozenset('"»”')


def _quoted_name(lex: Lexicon, folded: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Do the digits at ``start``–``end`` end a name of one or two words in quotes ('من نوع "ميركافا 4"', '«بدر
    3»', '"هيرون 1"': a model's or a product's name, no count)?  Not after a preposition or a qualifier
    (``quote_name_stops``: '"ارتفع العدد إلى 30"' is a quoted clause)."""
    k = end
    while k < hi and folded[k] in HSPACE:
        k += 1
    if k >= hi or folded[k] not in _CLOSE_QUOTES:
        return False
    j = start
    words = 0
    while words < 3:
        i = j
        while i > lo and folded[i - 1] in HSPACE:
            i -= 1
        if i == j and words:
            return False
        h = i
        while h > lo and folded[h - 1].isalpha():
            h -= 1
        if h == i:
            return False
        if not words and folded[h:i] in lex.quote_name_stops:
            return False  # '"ارتفع إلى 30"': a quoted clause ends in its number, no name
        words += 1
        j = h
        if h > lo and folded[h - 1] in _OPEN_QUOTES:
            return True
    return False


def _counts(lex: Lexicon, folded: str, end: int, hi: int) -> bool:
    """Does a counted noun without the article or a unit follow the digits that end at ``end``?  Then they count
    it, after a Latin model's name and a space too ("رشاش PKT 1 بندقية رشاشة": a list of arms; not after a hyphen
    nor a listed model word: "إف-16 مقاتلة", "طائرات إف 16 غارات" name the model)."""
    if end >= hi:
        return False
    c = lex.counted_re.match(folded, end, hi)
    if c is not None and c.group("al") is None and c.group("u") == c.group("uf"):  # no pronoun: "إف 35 مقاتلة"
        return True
    return measures().after_re.match(folded, end, hi) is not None


@cache
def _glued_scale() -> re.Pattern[str]:
    """A scale word right after digits, with no space ("1.2مليون", "3آلاف"), ending its word."""
    lex = lexicon()
    forms = sorted((f for f, w in lex.words.items() if w.cat == "scale" and w.number != "dual"), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, forms))})(?![\w\u064b-\u065f\u0670])")


def _hundred_after(chain: _Chain, i: int) -> bool:
    """Is digit atom ``i`` one to nine followed by "مائة"/"مئة" (no article): "3 مائة" is 300 ("100 مائة" repeats
    its number in words, "المائة" after digits is a percent's or an ordinal's)?"""
    a = chain.atoms[i]
    h = chain.at(i + 1, "space", "hundreds")
    return (h is not None and h.value == 100 and not h.article and not a.percent and a.value.denominator == 1
            and 1 <= a.value <= 9)


def _thousand_of(a: Atom) -> bool:
    """Is ``a`` a singular scale above a thousand without the article, which multiplies a thousand before it
    ("ألف مليون دينار" is a billion dinars, "3 آلاف مليون دولار" three billion dollars)?"""
    return a.cat == "scale" and a.word.scale > 1000 and a.word.number == "singular" and not a.article


def _connector(folded: str, prev: Atom, cur: Atom) -> str | None:
    """How ``cur`` joins ``prev``: "space", "wa" (and), or None (the chain breaks)."""
    if prev.end >= cur.mstart:  # touching: only a scale word typed against its digits ("1.2مليون")
        return "space" if prev.end == cur.mstart and cur.cat == "scale" and prev.cat == "digit" else None
    if folded[prev.end] not in HSPACE:
        return None  # every joint starts with white space (most atoms are far apart)
    gap = folded[prev.end:cur.mstart]
    if len(gap) > 2 and len(gap.strip()) > 1:
        return None  # a joint is white space and at most one و (str.strip takes all of HSPACE and more)
    if cur.pre in ("", "و", "ال", "وال"):
        if cur.pre.startswith("و"):
            return "wa" if gap == " " or (gap and _GAP_SPACE.fullmatch(gap)) else None
        if gap == " " or _GAP_SPACE.fullmatch(gap, None, None, SERIAL):  # one space, by far the most common gap
            return "space"
        if cur.pre in ("", "ال") and _GAP_WA.fullmatch(gap, None, None, SERIAL):  # "ثلاث و ثلاثون", "الخامس و العشرون"
            return "wa"
    return None


def _expr(atoms: list[Atom], i: int, j: int, kind: str, value: Fraction, **attrs: Any) -> Expr:
    if j - i == 1:  # most expressions are one atom
        form = "digits" if atoms[i].cat == "digit" else "words"
    else:
        cats = {a.cat for a in atoms[i:j]}
        form = "digits" if cats == {"digit"} else "mixed" if "digit" in cats else "words"
    e = Expr(atoms[i].mstart, atoms[i].start, atoms[j - 1].end, kind, value, form, attrs)
    if j - i == 1 and atoms[i].word.weak:
        e.attrs["_weak"] = True
    e.year_like_digits = j - i == 1 and atoms[i].plain_int and len(atoms[i].form) == 4 and not atoms[i].percent
    return e


class _Chain:
    def __init__(self, folded: str, atoms: list[Atom], conn: list[str | None] | None = None) -> None:
        """``conn``: how each atom joins the previous one (None for the first), when already known."""
        self.folded = folded
        self.atoms = atoms
        if conn is None:
            conn = [None]
            conn += [_connector(folded, atoms[k - 1], atoms[k]) for k in range(1, len(atoms))]
        self.conn: list[str | None] = conn

    def at(self, j: int, conn: str | tuple[str, ...], *cats: str) -> Atom | None:
        """Atom ``j`` if it joins the previous one by ``conn`` and has one of ``cats``."""
        if j >= len(self.atoms):
            return None
        conns = (conn,) if isinstance(conn, str) else conn
        a = self.atoms[j]
        return a if self.conn[j] in conns and a.cat in cats else None

    def parse(self) -> list[Expr]:
        out: list[Expr] = []
        i = 0
        while i < len(self.atoms):
            j, expr = self.parse_at(i)
            if expr is not None:
                out.append(expr)
            i = j if j > i else i + 1  # (not max(): a call of the builtin costs about 1,300 instructions)
        return out

    # -- one expression from atom i ------------------------------------------------------------
    def parse_at(self, i: int) -> tuple[int, Expr | None]:
        a = self.atoms[i]
        if a.cat == "digit":
            return self.digits(i)
        if a.cat in ("ordinal", "ordinal_head"):
            return self.ordinal(i)
        if a.cat == "approx" or (a.cat == "scale" and a.word.number == "plural"):
            return self.approximate(i)
        if a.cat == "fraction":
            return self.fraction(i)
        if a.cat == "fraction_plural":
            return i + 1, None
        if a.cat == "tens" and a.article and not self.at(i + 1, "space", "scale"):
            return i + 1, _expr(self.atoms, i, i + 1, "ordinal", a.value)  # العشرين, الثلاثون
        if (a.cat == "one" and a.article and a.value == 1 and (t := self.at(i + 1, "wa", "tens")) is not None
                and t.article):
            return i + 2, _expr(self.atoms, i, i + 2, "ordinal", a.value + t.value)  # الواحد والخمسين
        if a.cat == "one" and a.article and a.form in ("اثنين", "اثنتين"):
            return i + 1, None  # "الاثنين" alone is Monday far more often than "the two" (الاثنان is kept)
        if (a.cat == "hundreds" and a.article and (o := self.at(i + 1, "wa", "ordinal", "ordinal_head", "tens", "one"))
                is not None and o.article):
            j, tail = self.parse_at(i + 1)  # المئة والخامس والعشرون, الذكرى المئة والخمسين: one ordinal
            if tail is not None and tail.kind == "ordinal" and tail.value < 100:
                return j, _expr(self.atoms, i, j, "ordinal", a.value + tail.value)
        return self.cardinal(i)

    def digits(self, i: int) -> tuple[int, Expr]:
        a = self.atoms[i]
        if a.percent:
            return i + 1, _expr(self.atoms, i, i + 1, "percent", a.value)
        s = self.at(i + 1, "space", "scale")
        base, j = a.value, i + 2
        if s is None and _hundred_after(self, i):  # "3 مائة", "٣ مئة": three hundred, as "ثلاث مئة" is
            s = self.at(i + 2, "space", "scale")
            if s is None or s.word.number == "dual" or s.article:
                return i + 2, _expr(self.atoms, i, i + 2, "cardinal", a.value * 100)
            base, j = a.value * 100, i + 3  # "2 مائة ألف": two hundred thousand
        if s is None or s.word.number == "dual" or s.article or (
                s.word.number == "singular" and a.plain_int and 1900 <= a.value <= 2100
                and _YEAR_WORD_BEFORE.search(self.folded, max(0, a.mstart - 12), a.mstart)):
            # (a year after its noun does not count the scale after it: "بلغ سنة 2016 مليار و600 مليون لتر" is
            # 1.6 billion litres in 2016, not 2016 billion; session 39)
            return i + 1, _expr(self.atoms, i, i + 1, "cardinal", a.value)
        if (j == i + 2 and s.word.number == "plural" and a.plain_int and a.value >= 1000
                and not 3 <= a.value % 100 <= 10):
            # a plural scale is counted by 3-10 (or a number ending in them: 305 آلاف, 103 ملايين); after 2011 or
            # 7000 it is no multiplier: "ثورة 2011 آلاف الشباب" is a year then thousands of young people, and
            # "ناهز 7000 آلاف مشارك" restates the thousands (7000 participants, not seven million)
            if s.word.scale == 1000 and a.value % 1000 == 0:
                return i + 2, _expr(self.atoms, i, i + 2, "cardinal", a.value)
            return i + 1, _expr(self.atoms, i, i + 1, "cardinal", a.value)
        value, scale = base * s.word.scale, s.word.scale
        # 3 ملايين و429 ألف, 14 مليون و174 ألف; "3 ملايين و2 مائة ألف" (the hundreds in a word)
        while (d := self.at(j, "wa", "digit")) is not None and not d.percent:
            k = j + 2 if _hundred_after(self, j) else j + 1
            if not ((t := self.at(k, "space", "scale")) is not None and t.word.scale < scale
                    and t.word.number != "dual" and not t.article):
                break
            value, j, scale = value + d.value * (100 if k == j + 2 else 1) * t.word.scale, k + 1, t.word.scale
        if scale == 1000 and j == i + 2 and (t := self.at(j, "space", "scale")) is not None and _thousand_of(t):
            value, j, scale, s = value * t.word.scale, j + 1, t.word.scale, t  # 3 آلاف مليون: three billion
        if ((d := self.at(j, "wa", "digit")) is not None and not d.percent and 0 < d.value < scale
                and d.value.denominator == 1 and self.at(j + 1, "space", "scale") is None):
            if scale >= 1000 and _hundred_after(self, j):
                value, j = value + d.value * 100, j + 2  # "٤ آلاف و ٣ مائة": 4300, not 4003 and a hundred
            else:
                value, j = value + d.value, j + 1  # 3 آلاف و500
        if (j == i + 2 and (f := self.at(j, "wa", "fraction")) is not None and f.value in _HALF_QUARTER
                and (self.same_scale(j + 1, scale) or not _DEFINITE_AFTER.match(self.folded, f.end))):
            # 3 ملايين ونصف, ٢ مليون وربع, 3 ملايين ونصف المليون / مليون (not "3 آلاف ونصف السكان"; session 39)
            value, j = value + f.value * scale, j + 2 if self.same_scale(j + 1, scale) else j + 1
        return j, _expr(self.atoms, i, j, "cardinal", value, scale=_SCALE_NAMES[s.word.scale])

    def same_scale(self, j: int, scale: int | None) -> bool:
        """Is atom ``j`` the singular of ``scale`` after a space, with or without the article: the scale a
        fraction after "و" names again ("مليون ونصف المليون", "مليونا ونصف مليون", "3 ملايين ونصف مليون")."""
        s = self.at(j, "space", "scale")
        return s is not None and s.word.scale == scale and (s.article or s.word.number == "singular")

    def ordinal(self, i: int) -> tuple[int, Expr | None]:
        a = self.atoms[i]
        value, j = a.value, i + 1
        if self.at(j, "space", "ten") and value <= 9:
            value, j = value + 10, j + 1
        elif (t := self.at(j, "wa", "tens")) is not None and value <= 9 and t.article == a.article:
            value, j = value + t.value, j + 1
        elif a.cat == "ordinal_head":
            return i + 1, None
        return j, _expr(self.atoms, i, j, "ordinal", value)

    def approximate(self, i: int) -> tuple[int, Expr]:
        a = self.atoms[i]
        value, j = a.value, i + 1
        attrs: dict[str, Any] = {}
        if a.cat == "scale":
            attrs["scale"] = _SCALE_NAMES[a.word.scale]
        elif a.value == 3:  # بضع/بضعة: بضع مئات, بضعة عشر, بضعة آلاف
            if (b := self.at(j, "space", "approx", "ten")) is not None and b.value in (10, 100):
                value, j = (Fraction(13) if b.cat == "ten" else 3 * b.value), j + 1
            elif (t := self.at(j, "wa", "tens")) is not None and not t.article:
                value, j = t.value + 3, j + 1  # بضع وعشرون: twenty and a few, as بضعة عشر is thirteen
        s = self.at(j, "space", "scale")
        if s is not None and s.word.number == "plural":  # عشرات الآلاف, مئات الملايين, بضعة آلاف
            value, j = value * s.word.scale, j + 1
            attrs["scale"] = _SCALE_NAMES[s.word.scale]
        return j, _expr(self.atoms, i, j, "approximate", value, **attrs)

    def fraction(self, i: int) -> tuple[int, Expr]:
        a = self.atoms[i]
        s = self.at(i + 1, "space", "scale")
        if s is not None and s.word.number == "singular":  # نصف مليون, ربع المليار
            return i + 2, _expr(self.atoms, i, i + 2, "cardinal", a.value * s.word.scale,
                                scale=_SCALE_NAMES[s.word.scale], fraction=str(a.value))
        return i + 1, _expr(self.atoms, i, i + 1, "fraction", a.value)

    def cardinal(self, i: int) -> tuple[int, Expr | None]:
        """Number words: ones, teens, tens, hundreds and scales combined."""
        atoms = self.atoms
        a = atoms[i]
        if a.cat == "teen_head" and not (self.at(i + 1, "space", "ten") or self.at(i + 1, "wa", "tens")):
            return i + 1, None  # أحد/إحدى alone: "one of", "someone"
        total = Fraction(0)
        group = Fraction(0)  # the part below the last scale
        last_scale: int | None = None
        scale_name: str | None = None
        if a.cat == "scale":
            total, last_scale = a.value, a.word.scale
        else:
            group = a.value
        last, j = a, i + 1
        while j < len(atoms):
            b, c = atoms[j], self.conn[j]
            if c is None:
                break
            small = group % 100  # the units/tens part of the current group
            if c == "space" and b.cat == "ten" and last.cat in ("one", "teen_head") and small <= 9 and not b.article:
                group += 10  # سبعة عشر, أحد عشر
            elif c == "wa" and b.cat == "tens" and last.cat in ("one", "teen_head") and small <= 9:
                group += b.value  # ثلاثة وعشرين
            elif (c == "space" and b.cat == "hundreds" and b.value == 100 and last.cat == "one"
                  and group == last.value and last.value >= 3 and not b.article):
                group = last.value * 100  # ثلاث مئة
            elif (c == "space" and last.cat == "hundreds" and b.cat in ("one", "teen", "tens") and group
                  and group % 100 == 0 and not b.article):
                group += b.value  # spoken: تلتمية خمسة وأربعين
            elif c == "wa" and b.cat == "teen" and last.cat in ("hundreds", "scale") and group % 100 == 0:
                group += b.value  # ميت وحداشر, ألف وحداشر
            elif c == "wa" and b.cat in ("one", "teen_head", "tens", "ten") and last.cat == "hundreds":
                if b.cat == "teen_head" and not (self.at(j + 1, "space", "ten") or self.at(j + 1, "wa", "tens")):
                    break
                group += b.value  # مئة وخمسون, مئة وعشرة
            elif (c == "space" and b.cat == "scale" and group and (last_scale is None or b.word.scale < last_scale)
                  and last.cat in ("one", "ten", "teen", "tens", "hundreds") and b.word.number != "dual"):
                total += group * b.word.scale  # ثلاثة آلاف, خمسة عشر ألفا, مئة ألف
                group, last_scale = Fraction(0), b.word.scale
            elif c == "space" and last.cat == "scale" and not group and last_scale == 1000 and _thousand_of(b):
                total *= b.word.scale  # ألف مليون: a thousand million; ثلاثة آلاف مليار
                last_scale = b.word.scale
            elif (c == "wa" and last.cat == "scale" and not group
                  and b.cat in ("one", "teen_head", "tens", "hundreds", "ten")):
                if b.cat == "teen_head" and not (self.at(j + 1, "space", "ten") or self.at(j + 1, "wa", "tens")):
                    break
                group = b.value  # مليون وخمسمئة ألف
            elif (c == "wa" and last.cat == "scale" and not group and b.cat == "scale" and last_scale
                  and b.word.scale < last_scale and b.word.number != "plural"):
                total += b.value  # مليون وألفان
                last_scale = b.word.scale
            elif (c == "wa" and last.cat == "scale" and not group and b.cat == "digit" and not b.percent
                  and (t := self.at(j + 1, "space", "scale")) is not None and last_scale
                  and t.word.scale < last_scale and t.word.number != "dual" and not t.article):
                total += b.value * t.word.scale  # مليون و300 ألف
                last_scale = t.word.scale
                b, j = t, j + 1
            elif (c == "wa" and last.cat == "scale" and not group and b.cat == "digit" and not b.percent
                  and last_scale and 0 < b.value < last_scale and b.value.denominator == 1
                  and self.at(j + 1, "space", "scale") is None):
                total += b.value  # ألفان و500
                last, j = b, j + 1
                break
            elif c == "wa" and b.cat == "fraction" and b.value in _HALF_QUARTER:
                if last.cat == "scale" and last_scale:
                    total += b.value * last_scale  # مليون ونصف, أربعة ملايين ونصف المليون, مليون وربع
                    j += 1
                    if self.same_scale(j, last_scale):  # ونصف المليون, ونصف مليون (session 39)
                        j += 1
                    last = atoms[j - 1]
                    break
                if last.cat in ("one", "ten", "tens", "hundreds"):
                    group += b.value  # ثلاثة ونصف
                    last, j = b, j + 1
                break
            else:
                break
            last, j = b, j + 1
        if last_scale is not None:
            scale_name = _SCALE_NAMES[last_scale]
        attrs = {"scale": scale_name} if scale_name else {}
        value = total + group
        # ثلاثة أرباع: a count of fraction parts
        if (p := self.at(j, "space", "fraction_plural")) is not None and 2 <= value <= 10 and not total:
            s = self.at(j + 1, "space", "scale")
            if s is not None and s.word.number == "singular":  # ثلاثة أرباع المليون
                return j + 2, _expr(atoms, i, j + 2, "cardinal", value * p.value * s.word.scale,
                                    scale=_SCALE_NAMES[s.word.scale], fraction=str(value * p.value))
            return j + 1, _expr(atoms, i, j + 1, "fraction", value * p.value)
        if (p is not None and j - i >= 2 and self.conn[j - 1] == "wa" and atoms[j - 1].cat == "one"
                and 2 <= atoms[j - 1].value <= 10 and value > atoms[j - 1].value):
            # مئة وثلاثة أرباع, ألف وخمسة أثمان: the last count is of the parts, not units
            part, end = atoms[j - 1].value * p.value, j + 1
            if (s := self.at(end, "space", "scale")) is not None and s.word.number == "singular":
                part, end = part * s.word.scale, end + 1  # مليون وثلاثة أرباع المليون
            return end, _expr(atoms, i, end, "cardinal", value - atoms[j - 1].value + part, **attrs,
                              fraction=str(atoms[j - 1].value * p.value))
        return j, _expr(atoms, i, j, "cardinal", value, **attrs)


def parse_expressions(folded: str, lo: int = 0, hi: int | None = None, raw: Raw | None = None,
                      coded: Coded | None = None) -> list[Expr]:
    """Number expressions in ``folded[lo:hi]`` before qualifiers, units and ranges are attached (``coded``: as
    :func:`find_atoms` takes it)."""
    atoms = find_atoms(folded, lo, hi, raw, coded)
    out: list[Expr] = []
    chain: list[Atom] = []
    conn: list[str | None] = []
    for atom in atoms:
        c = _connector(folded, chain[-1], atom) if chain else None
        if chain and c is None:
            out.extend(_parse_chain(folded, chain, conn))
            chain, conn = [], []
        chain.append(atom)
        conn.append(c)
    if chain:
        out.extend(_parse_chain(folded, chain, conn))
    return out


def _parse_chain(folded: str, chain: list[Atom], conn: list[str | None]) -> list[Expr]:
    if len(chain) == 1 and chain[0].cat == "digit":  # most chains: one group of digits, as _Chain reads it
        a = chain[0]
        return [_expr(chain, 0, 1, "percent" if a.percent else "cardinal", a.value)]
    return _Chain(folded, chain, conn).parse()
