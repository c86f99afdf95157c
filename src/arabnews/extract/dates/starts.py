"""Where a rule's match can begin: a quick stdlib ``re`` scan for the rule's possible first words.

Most rules open with a word from a short list — "15 كانون الأول 2019" with a day, a weekday, a
modifier, "يوم" or the month; "منذ 3 سنوات" with a signal, a quantifier, a number or a unit — after
optional proclitics at a word start.  :func:`scan` finds those places with a cheap ``re`` pattern and
tries the rule's full pattern only there, anchored, which gives the matches ``finditer`` gives (the
full pattern cannot match where its first word is not), several times faster on running text.

A start pattern must accept every position where its rule can match: it lists the first word of every
way the rule's pattern can begin (:data:`FIRST_WORDS`, kept next to the patterns they mirror), and its
word-start test rejects only characters that the rules' own word-start test rejects too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

import regex

from ...lang.ar import PROCLITIC, trie_regex
from ...lang.ar.charsets import WHITE_SPACE
from .months import Lexicon, lexicon
from .patterns import MASK

#: Characters before which no word starts: Arabic letters, marks and digits, Latin letters, ASCII
#: digits and the number mask.  Every one is a letter, a mark, a digit or the mask, which the rules'
#: word-start look-behind refuses too (a test checks it), so the start test refuses no real start.
NOT_START = "\u0621-\u063a\u0641-\u064a\u064b-\u065f\u0660-\u0669\u0670-\u06d3A-Za-z0-9" + MASK
#: A digit of the ``regex`` module or the mask: ``re``'s ``\d`` misses only some astral digits.
_NUMBER = rf"[\d\U00010000-\U0010ffff{MASK}]"


def first_words(lex: Lexicon) -> dict[str, tuple[list[str], bool]]:
    """Rule pattern name → (the words one of which a match begins with, after proclitics; whether it
    may begin with a digit or a masked number instead).  Mirrors :func:`.patterns.patterns`."""
    yearword = ["عام", "سنه", "العام", "السنه"]
    return {
        # [mod] [part of day] [يوم | اليوم, أمس… ] [weekday] [يوم] [day] [شهر] month
        "dmy": ([*lex.mods, *lex.day_parts_before, "يوم", "اليوم", "امس", "الامس", "البارحه", "غدا",
                 *lex.weekdays, "شهر", *lex.months], True),
        # [mod] (year word | عامي | سنتي) year, or digits and a marker
        "year": ([*lex.mods, *yearword, "عامي", "سنتي"], True),
        # [signal] [year word] 2011
        "year_range": (["بين", "من", "منذ", "خلال", "الفتره", *yearword, "عامي", "سنتي", "العامين", "السنتين",
                        "العامي", "السنتي", "الالعامين", "الالسنتين"], True),
        # [signal] [quantifier] (number | نصف | unit)
        "duration": ([*lex.duration_signals, *lex.quantifiers, "نصف", *lex.units], True),
        "vague": ([*lex.vague, *lex.sets], False),
        "month_day": (list(lex.months), False),
        # [من | بين] [ساعه] hour
        "time": (["من", "بين", "ساعه", "الساعه"], True),
        # [part of day] (اليوم | يوم | أمس… | أول أمس | قبل أمس | غدا… | بعد غد | هذا | هذه | weekday)
        "relday": ([*lex.day_parts_before, "اليوم", "يوم", "امس", "الامس", "البارحه", "اول", "قبل", "غدا", "الغد",
                    "بكره", "بكرا", "بعد", "هذا", "هذه", *lex.weekdays], False),
        "ordinal": (["اول", "اخر", "ثاني", "ثالث", "رابع", "خامس"], True),
        # [mod] [الربع | النصف] (unit | هذا | هذه | year word | year)
        "rel_unit": ([*lex.mods, "الربع", "النصف", *lex.definite_units, "هذا", "هذه", *yearword], True),
        # a preposition or modifier (after و/ف), or the year itself after "("
        "bare_year": (["في", "خلال", "منذ", "حتي", "قبل", "بعد", *lex.mods], True),
        # [part of day] (ال|ل)unit, or "نفس" … before it
        "anaphoric": ([*lex.day_parts_before, *(f"{a}{w.removeprefix('ال')}" for w in lex.anaphoric_units
                                                for a in ("ال", "ل")), *lex.anaphoric_same_before], False),
        "holiday": (list(lex.holidays), False),
        # كل, مرة, مرتين, or the number of مرات
        "sets": (["كل", "مره", "مرتين"], True),
        # [signal] ال+unit
        "rel_span": ([*lex.duration_signals, *(f"ال{u}" for u in lex.units)], False),
        "prayer": (list(lex.prayer_cues), False),
        "night": (["هذه", "الليله", "منتصف", "ليل"], False),
        "entire": (list(lex.entire_cues), False),
        # [mod] [فصل] season
        "season": ([*lex.mods, "فصل", *lex.seasons], False),
        # [mod] [ال]قرن
        "century": ([*lex.mods, "قرن", "القرن"], False),
        # [mod] [عقد] [ال]decade
        "decade": ([*lex.mods, "عقد", *(f"{a}{w.removeprefix('ال')}" for w in lex.decades for a in ("", "ال"))],
                   False),
        "quarter": ([*lex.mods, "الربع"], False),
        # [يوم] day
        "day_of_month": (["يوم"], True),
    }


@cache
def start_patterns() -> dict[str, re.Pattern[str]]:
    """Rule pattern name → its compiled start pattern (see :func:`first_words`)."""
    out = {}
    for name, (words, numbers) in first_words(lexicon()).items():
        alts = [trie_regex({w.split()[0] for w in words})]
        if numbers:
            alts.append(_NUMBER)
        out[name] = re.compile(rf"(?<![{NOT_START}]){PROCLITIC}(?:{'|'.join(alts)})")
    return out


def words_re(words: Iterable[str]) -> re.Pattern[str]:
    """A stdlib ``re`` pattern matching what :func:`.patterns.alt` of ``words`` matches (a space of a
    word is any run of white space), for a quick search of a window."""
    return re.compile(trie_regex({" ".join(word.split()) for word in words}, space=f"[{WHITE_SPACE}]+"))


def scan(pattern: regex.Pattern[str], starts: re.Pattern[str], text: str, pos: int, endpos: int) -> Iterator[
        regex.Match[str]]:
    """The matches of ``pattern.finditer(text, pos, endpos)``, trying ``pattern`` only where ``starts``
    matches (every match of these rules is non-empty)."""
    search, match = starts.search, pattern.match
    while (c := search(text, pos, endpos)) is not None:
        s = c.start()
        m = match(text, s, endpos)
        if m is None:
            pos = s + 1
        else:
            yield m
            pos = m.end()


def refused_starts(chars: Iterable[str]) -> list[str]:
    """The characters of ``chars`` in :data:`NOT_START` that the rules' word-start test accepts (none)."""
    return [c for c in chars if re.match(f"[{NOT_START}]", c) and not regex.match(r"[\p{L}\p{M}\d\ue000]", c)]
