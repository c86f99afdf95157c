"""The rules of the dates stage: a declared, ordered table of (name, pattern, handler).

Each rule pairs a compiled pattern of :class:`~.patterns.Patterns` with the handler that turns one of
its matches into a :class:`~.candidates.Candidate` (see :mod:`.handlers` for each family and its
Arabic examples).  Every rule runs on every window; overlapping candidates are settled afterwards,
longest first, so the order below only breaks ties between equally long candidates at one place.

>>> [rule.name for rule in RULES][:3]
['day_month_year', 'year', 'bare_year']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache

import regex

from .candidates import Candidate, Context
from .handlers.absolute import h_bare_year, h_decade, h_dmy, h_numeric, h_year, h_year_of, h_year_range
from .handlers.clock import h_time
from .handlers.durations import h_duration, h_set, h_vague
from .handlers.families import (
    h_century,
    h_clock,
    h_holiday,
    h_month_day,
    h_night,
    h_numeric2,
    h_ordinal,
    h_rel_span,
    h_season,
)
from .handlers.narrative import h_anaphoric, h_bulletin, h_entire, h_prayer, h_quarter
from .handlers.periods import h_ordinal_unit
from .handlers.relative import h_day_of_month, h_rel_unit, h_relday
from .patterns import MASK, Patterns
from .places import start_places
from .reading import prev_word
from .starts import start_patterns
from .values import absolute

Handler = Callable[[regex.Match[str], Context], Candidate | None]
#: A rule ready to run: its pattern, its handler, its needs, and its start pattern of :mod:`.starts`
#: with that start's bit of :class:`.places.StartPlaces` (None and 0 for a rule without one)
Runnable = tuple[regex.Pattern[str], Handler, frozenset[str], re.Pattern[str] | None, int]
#: Words one of which every holiday name holds (its rule's window filter)
HOLIDAY_NEEDS = ("عيد", "المولد", "عاشوراء", "القدر", "السنه", "عرف", "الاسراء", "الكريسماس", "اليوم", "كذبه",
                 "الارض", "شهيد", "ثوره", "حرب", "نكسه", "يوم الاب", "يوم الام", "يوم الشكر", "نكبه", "ذكري",
                 "النسيم", "النوروز")

__all__ = [
    "RULES",
    "Candidate",
    "Context",
    "Handler",
    "Rule",
    "absolute",
    "compiled",
    "h_anaphoric",
    "h_bare_year",
    "h_bulletin",
    "h_century",
    "h_clock",
    "h_day_of_month",
    "h_decade",
    "h_dmy",
    "h_duration",
    "h_entire",
    "h_holiday",
    "h_night",
    "h_numeric",
    "h_numeric2",
    "h_ordinal",
    "h_ordinal_unit",
    "h_prayer",
    "h_quarter",
    "h_rel_span",
    "h_rel_unit",
    "h_relday",
    "h_season",
    "h_set",
    "h_time",
    "h_vague",
    "h_year",
    "h_year_of",
    "h_year_range",
    "prev_word",
]


@dataclass(frozen=True)
class Rule:
    """A named rule: the :class:`Patterns` field it matches with and the handler of its matches."""

    name: str
    pattern: str
    handler: Handler
    #: Folded substrings one of which every match holds; a window without any is skipped (speed only).
    #: "year" and "year4" stand for a search of a number of 3-4 digits or a word number, a number of 4
    #: digits; "numeric", "numeric2" and "clock" for a digit, "/" "." or "-" ("/" or "-", ":") and a digit.
    needs: tuple[str, ...] = ()


#: The rules, in the order their candidates are collected.
RULES: tuple[Rule, ...] = (
    # "15 كانون الأول 2019", "أيار الماضي", "بداية شهر 3".  This rule, month_day and duration need nothing: their
    # start places (a day, weekday, month or modifier; a number, signal or unit) leave few windows where they
    # cannot match, and a search of the window for a month or unit name (every position a candidate: they begin
    # with most letters) cost more than running them there (callgrind, 150 ANT articles: −2 % of the stage)
    Rule("day_month_year", "dmy", h_dmy),
    Rule("year", "year", h_year, ("year",)),  # "عام 2016", "1441 هـ"
    Rule("bare_year", "bare_year", h_bare_year, ("year4",)),  # "في 2016"
    Rule("year_range", "year_range", h_year_range, ("year4",)),  # "بين عامي 2011 و2015"
    Rule("numeric", "numeric", h_numeric, ("numeric",)),  # "15/12/2019"
    # "اليوم", "أمس", "الخميس الماضي"
    Rule("relative_day", "relday", h_relday, ("اليوم", "امس", "امبارح", "مبارح", "غد", "بكر", "البارح", "النهارده",
                                              "احد", "اثنين", "ثلاثا", "اربعا", "خميس", "جمعه", "سبت")),
    Rule("day_of_month", "day_of_month", h_day_of_month, ("الشهر", "الجاري")),  # "الثاني من الشهر الجاري", "16 الجاري"
    # "العام الماضي", "الربع الأول من العام"
    Rule("relative_unit", "rel_unit", h_rel_unit, ("العام", "السنه", "الشهر", "الاسبوع", "الربع", "النصف", "الشطر",
                                                 "الثلاثي", "السداسي")),  # (Tunisian quarter, half)
    Rule("duration", "duration", h_duration),  # "أربعة أعوام", "منذ 3 سنوات"
    Rule("vague", "vague", h_vague),  # "السنوات الماضية", "يومياً"
    Rule("decade", "decade", h_decade, ("ينات", "ينيات")),  # "التسعينيات"
    # "الساعة الثالثة فجراً", "الثامنة مساء", "8 صباحا" (a number before an adverb of the day's part)
    # (and a range with a colon clock at one end, "من 8 إلى 14:30", "من 1:30 إلى 3")
    Rule("time", "time", h_time, ("ساعه", MASK, "صباح", "مساء", "ليل", "ظهر", "عصر", "فجر", "الزوال", "clock")),
    Rule("season", "season", h_season, ("ربيع", "صيف", "خريف", "شتاء")),  # "صيف 2015", "الشتاء الماضي"
    # "القرن الحادي والعشرين", "القرن الماضي", "العقد المقبل"
    Rule("century", "century", h_century, ("قرن", "العقد", "العشريه", "الالفيه")),
    Rule("holiday", "holiday", h_holiday, HOLIDAY_NEEDS),  # "عيد الفطر 2021", "بعد عيد الأضحى"
    Rule("clock", "clock", h_clock, ("clock",)),  # "09:40", "21:40 مساء"
    Rule("numeric_day_month", "numeric2", h_numeric2, ("numeric2",)),  # "17/9"
    # "العامين الماضيين", "الساعات الـ24 الماضية"
    Rule("relative_span", "rel_span", h_rel_span, ("الماضي", "الاخير", "المقبل", "القادم", "المنصرم", "اخر", "الفارط",
                                                           "المنقض", "الفايت")),
    # "الليلة", "منتصف الليل", "ليل أمس", "منتصف النهار", "هذا الصباح"
    Rule("night", "night", h_night, ("ليل", "نهار", "هذا الصباح", "هذا المساء")),
    Rule("set", "sets", h_set, ("كل", "مره", "مرتين", "مرات", "ايام")),  # "كل ثلاثة أشهر", "كل يوم جمعة", "أيام الأحد"
    # "أول جمعة من شهر أيلول", "آخر يوم من الشهر"
    Rule("ordinal_day", "ordinal", h_ordinal, ("اول", "اخر", "ثان", "ثالث", "رابع", "خامس", "الاخير", MASK)),
    # "يوليو 13-15", "تموز 13 الى 15"
    Rule("month_day", "month_day", h_month_day),
    # "اليوم التالي", "في اليوم نفسه", "الليلة التالية": anchored on the story's previous date
    Rule("anaphoric", "anaphoric", h_anaphoric, ("تالي", "سابق", "نفس", "ذات", "موالي", "لاحق", "عين")),
    # "بعد المغرب", "قبيل الفجر", "بعد صلاة الجمعة"
    # "خلال الظهيرة", "في ساعة متأخرة من الليل": a part of the day as a noun after a preposition
    # "آخر النهار", "أول الليل": a part of the day after its edge
    Rule("prayer", "prayer", h_prayer, ("فجر", "صبح", "ظهر", "عصر", "مغرب", "عشا", "جمعه", "لصباح", "لمساء",
                                        "ليل", "لظهير", "لضحي", "نهار")),
    Rule("quarter", "quarter", h_quarter, ("الربع", "النصف", "الشطر", "الثلاثي", "السداسي")),  # "الربع الثالث", "النصف
    # الأول من السنة", Tunisian "السداسي الثاني من نفس السنة"
    Rule("entire", "entire", h_entire, ("طوال", "طيله", "مدار", "مدي")),  # "طوال الليل"
    # "الأسبوع الأول من شهر أكتوبر" (an ISO week), "الشهر الثامن من سنة 2016"
    Rule("ordinal_unit", "ordinal_unit", h_ordinal_unit, ("اسبوع", "الشهر", "النصف", "الشطر", "العشريه", "ايام",
                                                        "اسابيع", "يومين")),
    # "وتكون محليّا كثيفة بالجنوب الشرقي صباحا": a bare part of the day in a weather or traffic bulletin
    Rule("bulletin", "bulletin", h_bulletin, ("صباح", "عصر", "مساء", "ليل")),
    # "ميزانية 2025", "الانتخابات الرئاسية الفرنسية 2017", "رؤية 2030": a year named by what it measures or marks
    Rule("year_of", "year_of", h_year_of, ("year4",)),
)


#: What :meth:`Compiled.to_run` reads for a set of start places: the rules that may run, and the word groups
#: and searches (as ``Compiled._word_bits`` and ``_special_bits``) that some of those rules need
_MayRun = tuple[int, tuple[tuple[int, tuple[str, ...]], ...],
                tuple[tuple[int, "re.Pattern[str] | _Confirmed", bool], ...]]


#: A search that finds nothing (the default of fields that ``__post_init__`` sets)
_NEVER = re.compile("(?!)")


@dataclass(frozen=True)
class Compiled:
    """The rules ready to run: (pattern, handler, needs, start pattern, start bit) in table order, and the searches
    that tell which ``needs`` a window holds."""

    #: (pattern, handler, needs, the start pattern of :mod:`.starts` or None, its bit in the start places)
    rules: tuple[Runnable, ...]
    #: The needed words.  They are prefix-free, so the overlapped alternation search this replaces (one word
    #: at most matches at one place) found every occurrence of each: ``word in window`` tells the same.
    words: tuple[str, ...]
    special: tuple[tuple[str, re.Pattern[str] | _Confirmed], ...]
    #: need → the indices of the rules that need it; the rules that need nothing
    by_need: dict[str, tuple[int, ...]] = field(default_factory=dict)
    always: frozenset[int] = frozenset()
    # made by __post_init__ from the fields above, for to_run
    _always_bits: int = field(init=False, repr=False, compare=False, default=0)
    _word_bits: tuple[tuple[int, tuple[str, ...]], ...] = field(init=False, repr=False, compare=False, default=())
    _special_bits: tuple[tuple[int, re.Pattern[str] | _Confirmed, bool], ...] = field(init=False, repr=False,
                                                                                       compare=False, default=())
    _lists: dict[int, list[Runnable]] = field(init=False, repr=False, compare=False, default_factory=dict)
    _may_run: dict[int, _MayRun] = field(init=False, repr=False, compare=False, default_factory=dict)
    _digit_or_mask: re.Pattern[str] = field(init=False, repr=False, compare=False, default=_NEVER)
    #: the rules without a start pattern; start bit → the rules of that start; the start bits of any rule
    _free_bits: int = field(init=False, repr=False, compare=False, default=0)
    _rules_of_start: dict[int, int] = field(init=False, repr=False, compare=False, default_factory=dict)
    _start_mask: int = field(init=False, repr=False, compare=False, default=0)

    def to_run(self, window: str, started: int = -1) -> list[Runnable]:
        """The rules to run on ``window``, in table order: those that need nothing, or one of whose
        ``needs`` is :meth:`present` in it; with ``started``, the bits of :class:`.places.StartPlaces`
        found in the window, only those without a start pattern or with a place there (the others
        can match nowhere in it).

        The chosen rules are bits of an int; a needed word or search is looked for only while one of
        the rules that need it may run and is not chosen yet (what it would add is known: the result
        does not depend on the order of the tests), the words needed by the same rules are tested as
        one group, and the rule list of each set of bits is made once."""
        found_may = self._may_run.get(started)
        if found_may is None:
            if len(self._may_run) > 10_000:  # a bounded memo, as the rule lists below
                self._may_run.clear()
            found_may = self._may_run[started] = self._may(started)
        may, word_bits, special_bits = found_may
        chosen = self._always_bits
        todo = may & ~chosen  # the rules that may run and are not chosen yet
        for bits, group in word_bits:  # what present() finds, without building its set
            if bits & todo:
                for word in group:
                    if word in window:
                        chosen |= bits
                        todo &= ~bits
                        break
        # where the window's first digit or masked number is (what most searches need, and where their
        # matches can begin at the earliest): None until looked for, -1 when there is none; and where its
        # last one ends (a match of these searches ends with a digit or the mask: found as the first of
        # the reversed window, it spares each search the window's tail after it)
        first_digit: int | None = None
        end_digit = len(window)
        for bits, pattern, needs_digit in special_bits:
            if bits & todo:
                pos, endpos = 0, len(window)
                if needs_digit:
                    if first_digit is None:
                        digit = self._digit_or_mask.search(window)
                        first_digit = -1 if digit is None else digit.start()
                        last = None if digit is None else self._digit_or_mask.search(window[::-1])
                        if last is not None:
                            end_digit -= last.start()
                    if first_digit < 0:
                        continue
                    pos, endpos = first_digit, end_digit
                if pattern.search(window, pos, endpos) is not None:
                    chosen |= bits
                    todo &= ~bits
        chosen &= may
        lists = self._lists
        found = lists.get(chosen)
        if found is None:
            if len(lists) > 10_000:  # a bounded memo (the sets met in news are a few hundred)
                lists.clear()
            rules = self.rules
            found = lists[chosen] = [rules[i] for i in range(len(rules)) if chosen >> i & 1]
        return found

    def _may(self, started: int) -> _MayRun:
        """The rules that may run on a window of start places ``started`` (see :meth:`to_run`), and the word
        groups and searches that some of them need and the rules that need nothing do not choose already:
        the others would be skipped by :meth:`to_run`'s tests, which need not loop over them."""
        # the rules without a start, and those of each start bit of ``started`` (a loop over its set bits,
        # a few, instead of one test per rule: a window's set of start bits is often new to the memo)
        may, of_start = self._free_bits, self._rules_of_start
        rest = started & self._start_mask
        while rest:
            low = rest & -rest
            may |= of_start[low]
            rest ^= low
        todo = may & ~self._always_bits
        return (may, tuple([g for g in self._word_bits if g[0] & todo]),
                tuple([g for g in self._special_bits if g[0] & todo]))

    def __post_init__(self) -> None:
        def bits(ids: Iterable[int]) -> int:
            return sum(1 << i for i in set(ids))

        object.__setattr__(self, "_always_bits", bits(self.always))
        object.__setattr__(self, "_free_bits", bits(i for i, rule in enumerate(self.rules) if rule[3] is None))
        of_start: dict[int, int] = {}
        for i, rule in enumerate(self.rules):
            if rule[3] is not None and rule[4]:
                of_start[rule[4]] = of_start.get(rule[4], 0) | 1 << i
        object.__setattr__(self, "_rules_of_start", of_start)
        object.__setattr__(self, "_start_mask", sum(of_start))
        groups: dict[int, list[str]] = {}  # the words by the rules that need them: one test per set of rules
        for w in self.words:
            groups.setdefault(bits(self.by_need.get(w, ())), []).append(w)
        object.__setattr__(self, "_word_bits", tuple((b, tuple(group)) for b, group in groups.items()))
        specials = tuple((bits(self.by_need.get(name, ())), pattern, name in _DIGIT_NEEDS)
                         for name, pattern in self.special)
        object.__setattr__(self, "_special_bits", specials)
        object.__setattr__(self, "_lists", {})
        object.__setattr__(self, "_may_run", {})
        object.__setattr__(self, "_digit_or_mask", re.compile(f"[{_digits()}{MASK}]"))

    def present(self, window: str) -> set[str]:
        """The needed words (and "year", "year4", "numeric", "numeric2", "clock") that occur in ``window``."""
        found = {w for w in self.words if w in window}
        for name, pattern in self.special:
            if pattern.search(window) is not None:
                found.add(name)
        return found


#: The searches of :func:`compiled` that cannot find anything in a window without a digit or the mask.
_DIGIT_NEEDS = frozenset({"year", "year4", "numeric", "numeric2", "clock"})


@cache
def _digits() -> str:
    """The body of a class of every digit of the ``regex`` module, and some more: ``re``'s ``\\d`` in the
    BMP, listed (``str.isdecimal``, the test ``re`` makes there), and every astral character.  ``[\\d…]``
    asks the Unicode database about each character it reads; a class of the listed characters is one
    table lookup, which makes the window searches below several times cheaper (same matches)."""
    decimals = (c for c in map(chr, range(0x10000)) if c.isdecimal())
    return "".join(re.escape(c) for c in decimals) + "\U00010000-\U0010ffff"


@dataclass(frozen=True)
class _Confirmed:
    """A quick stdlib search that finds at least what ``exact`` finds, confirmed by ``exact`` unless
    what it found is ASCII digits or the mask, which ``exact`` (digits or the mask) finds too."""

    quick: re.Pattern[str]
    exact: regex.Pattern[str]

    def search(self, window: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | regex.Match[str] | None:
        """A match in ``window``; the quick search reads ``window[pos:endpos]``, outside which no match lies."""
        found = self.quick.search(window, pos, len(window) if endpos is None else endpos)
        if found is None:
            return None
        text = found.group()
        if text == MASK or (text.isascii() and text.isdigit()):
            return found
        return self.exact.search(window)


def _prefix_free(words: list[str]) -> bool:
    """Does no word start another one?  (At one position an alternation then matches one word at most.)"""
    return not any(a != b and b.startswith(a) for a in words for b in words)


@cache
def compiled(p: Patterns) -> Compiled:
    """The rules as :class:`Compiled`: a rule runs on a window only when one of its ``needs`` is in it."""
    digit = f"[{_digits()}]"
    # each search opens with a character class, which lets ``re`` skip to the characters that can begin a
    # match ("a digit or the mask, then the mask itself or two more digits" is "three digits or the mask")
    special = (("year", _Confirmed(re.compile(rf"[{_digits()}{MASK}](?:(?<={MASK})|{digit}{{2}})"), p.any_year)),
               ("year4", _Confirmed(re.compile(rf"{digit}{digit}{{3}}"), p.any_year4)),
               # a digit, the separator (maybe between spaces) and a digit, as every match of the rule holds
               ("numeric", re.compile(rf"{digit}[^\S\n]*[/.\-][^\S\n]*{digit}")),
               ("numeric2", re.compile(rf"{digit}[/\-]{digit}")),
               ("clock", re.compile(rf"{digit}:{digit}")))
    words = sorted({w for rule in RULES for w in rule.needs} - {name for name, _ in special}, key=len, reverse=True)
    if not _prefix_free(words):
        raise ValueError("the needed words of the date rules must be prefix-free")
    starts = start_patterns()
    bits = start_places().bit
    by_need: dict[str, list[int]] = {}
    for i, rule in enumerate(RULES):
        for need in rule.needs:
            by_need.setdefault(need, []).append(i)
    return Compiled(tuple((getattr(p, rule.pattern), rule.handler, frozenset(rule.needs), starts.get(rule.pattern),
                           bits.get(rule.pattern, 0)) for rule in RULES),
                    tuple(words), special, {need: tuple(ids) for need, ids in by_need.items()},
                    frozenset(i for i, rule in enumerate(RULES) if not rule.needs))
