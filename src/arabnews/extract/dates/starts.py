"""Where a rule's match can begin: a quick stdlib ``re`` scan for the rule's possible first words.

Most rules open with a word from a short list — "15 كانون الأول 2019" with a day, a weekday, a
modifier, "يوم" or the month; "منذ 3 سنوات" with a signal, a quantifier, a number or a unit — after
optional proclitics at a word start.  :func:`scan` finds those places with a cheap ``re`` pattern and
tries the rule's full pattern only there, anchored, which gives the matches ``finditer`` gives (the
full pattern cannot match where its first word is not), several times faster on running text.

The stage finds the places of all rules in a window with one scan (:mod:`.places`) and tries each rule's
start pattern only there; :func:`scan`, one rule at a time, is what that scan must give (a test compares).

A start pattern must accept every position where its rule can match: it lists the first word of every
way the rule's pattern can begin (:func:`starts`, which mirrors the patterns), and its
word-start test rejects only characters that the rules' own word-start test rejects too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

import regex

from ...lang.ar import PROCLITIC, trie_regex
from ...lang.ar.charsets import WHITE_SPACE
from .months import Lexicon, lexicon
from .patterns import GLUED_BEFORE_DAY, MASK, this_parts

#: Characters before which no word starts: Arabic letters, marks and digits, Latin letters, ASCII
#: digits and the number mask.  Every one is a letter, a mark, a digit or the mask, which the rules'
#: word-start look-behind refuses too (a test checks it), so the start test refuses no real start.
NOT_START = "\u0621-\u063a\u0641-\u064a\u064b-\u065f\u0660-\u0669\u0670-\u06d3A-Za-z0-9" + MASK
#: Letters and marks of Arabic: a first word followed by one of them is not the whole word.
_LETTER = "\u0621-\u063a\u0641-\u064a\u064b-\u065f\u0670"
#: A run of digits (``re``'s ``\d`` misses only some astral digits of the ``regex`` module) or of the mask.
_D = r"[\d\U00010000-\U0010ffff]"
_DIGITS = rf"{_D}++(?:[.,]{_D}++)?+"
_NUMBER = rf"(?:{_D}|{MASK})"
_WS = f"[{WHITE_SPACE}]"
#: White space in the start patterns: ``re``'s ``\s``, :data:`_WS` and the separators U+001C-U+001F.  A start
#: pattern may accept more places than its rule (the rule's own pattern is tried there), and a category compiles
#: far faster than :data:`_WS`'s class of characters past U+00FF, which ``re`` turns into a 64K-entry table each
#: time it occurs (some 80 ms of the stage's start-up, a hundred occurrences).  Not in a negative look-ahead:
#: there it would refuse more (such places keep :data:`_WS`).
_S = r"\s"
#: How a ``then`` of :class:`Start` opens when it puts no letter right after its word: white space, a word end
_ENDING_THENS = (f"{_S}+", f"(?![{_LETTER}])")


class Start(NamedTuple):
    """How a rule's match begins, after proclitics: one of ``words`` (a lexicon entry), then a word end
    when ``word_end``; or a number followed by what ``number`` (an ``re`` fragment) says, when given; or
    one of the words of a group of ``more``, followed by what that group says."""

    words: list[str]
    word_end: bool = True
    number: str | None = None
    #: what must follow one of ``words`` (an ``re`` fragment), when the rule says more than a word end
    then: str = ""
    #: (words, what must follow them): first words that the rule follows with more than the others, as a
    #: signal word with its white space and a number or unit after it (an ``re`` fragment; it says the word
    #: end itself, if any).  Each cuts the places where the rule's full pattern is tried and fails.
    more: tuple[tuple[tuple[str, ...], str], ...] = ()

    def all_words(self) -> list[str]:
        """Every first word: ``words`` and those of ``more``."""
        return [*self.words, *(w for words, _ in self.more for w in words)]

    def ended_firsts(self) -> set[str]:
        """The first words (of :meth:`all_words`, their first word) that every way of this start follows by a
        character that is no Arabic letter or mark: a phrase's by white space, a word of ``words`` by a word
        end when ``word_end``, one of ``more`` by a word end or white space its ``then`` opens with.  At a
        place where such a word goes on with a letter ("يوميات" for "يوم"), the start cannot match."""
        ways = [(w, self.word_end) for w in self.words]
        ways += [(w, then.startswith(_ENDING_THENS)) for words, then in self.more for w in words]
        ended: set[str] = set()
        free: set[str] = set()
        for word, ends in ways:
            first = word.split()[0]
            (ended if ends or " " in word.strip() else free).add(first)
        return ended - free

    def glued_firsts(self) -> set[str]:
        """The first words (of :meth:`all_words`, single words) that every way of this start follows by a digit
        right away: a word of ``more`` whose ``then`` opens with one (``_D``: "في2 ماي 2016", "استمر16 عاما").  At a
        place where such a word is followed by anything else ("في الماضي"), the start cannot match."""
        ways = [(w, False) for w in self.words]
        ways += [(w, then.startswith(_D)) for words, then in self.more for w in words]
        glued: set[str] = set()
        other: set[str] = set()
        for word, digit in ways:
            first = word.split()[0]
            (glued if digit and " " not in word.strip() else other).add(first)
        return glued - other


def starts(lex: Lexicon) -> dict[str, Start]:
    """Rule pattern name → how its matches begin.  Mirrors :func:`.patterns.patterns`: each comment is the
    beginning of the rule's pattern; ``word_end`` holds when every first word is followed there by white
    space, a digit, the mask or a word end (``_E``)."""
    yearword = ["عام", "سنه", "العام", "السنه"]

    units, months, wd = _start_alt(lex.units), _start_alt(lex.months), _start_alt(lex.weekdays)
    # a day of the date rule: [ال]يوم, or [ال] a number or "غرة"
    day = rf"(?:ال)?(?:يوم|{_D}|{MASK}|{_start_alt(lex.first_day)})"
    # the two years of a range: "2011 و2015", "2011-2015", "2011 الى عام 2015"
    years = rf"{_D}{{4}}{_S}*(?:و|-|–|/|الي|حتي|لغايه)(?:{_S}+(?:غايه|حدود))?{_S}*(?:(?:عام|سنه){_S}*)?{_D}"
    year_words = rf"(?:ال)?(?:عامي|سنتي|العامين|السنتين|عام|سنه){_S}*"
    # after a duration's signal or quantifier: [quantifier] then a number, a fraction, عدة or a unit
    ordinal = rf"(?:{MASK}|{_start_alt(lex.quarter_last)})"
    # a count and its unit ("3 سنوات", "أربعة أعوام": the number is masked)
    number_unit = rf"(?:(?:ال)?{_DIGITS}|{MASK}++){_S}*{units}"
    # a unit that begins a duration: not before a number in digits ("منذ سنوات", not "سنة 2016")
    unit_first = rf"{units}(?![{_LETTER}])(?!{_WS}*[0-9])"
    counted = (rf"{_S}+(?:{_start_alt(lex.quantifiers)}{_S}+)?"
               rf"(?:{number_unit}|(?:نصف|ربع|ثلث|عده){_S}+{units}|{unit_first})")
    # what follows a weekday in a date: [في] a day, شهر or a month ("الخميس 12 جانفي", "الجمعة، في 3 مارس")
    after_wd = rf"{_S}*[،,]?{_S}*(?:في{_S}+)?(?:{day}|شهر|اشهر|شهور|{months})"
    # what follows "يوم": a weekday (after غد or أمس) and its date, or a day ("يوم الخميس 12 جانفي", "يوم 15 مارس")
    after_yom = rf"{_S}+(?:(?:(?:غد|امس){_S}*[،,]?{_S}*)?{wd}{after_wd}|{day})"
    # what follows "اليوم", أمس…: a weekday and its date ("أمس الخميس 12 جانفي"), or "اليوم" a day ("اليوم 15 مارس")
    after_dref = rf"(?:{_S}*[،,]?{_S}*{wd}{after_wd}|{_S}+{day})"
    dref = ("اليوم", "امس", "الامس", "البارحه", "غدا")
    return {
        # [mod] [part of day] [يوم | اليوم, أمس… ] [weekday] [يوم] [ال][day] [شهر | أشهر] month
        # (every first word of ``words`` ends there, before white space or a word end; a day word or a weekday
        # is followed by the rest of a date, up to its day or month: "اليوم الاثنين" alone is no date)
        "dmy": Start([*lex.first_day, "شهر", "شهري", "اشهر", "شهور", *lex.months],
                     number=rf"(?:{_D}{{1,2}}و)*(?:ال)?(?:{_D}++|{MASK}++)\.?{_S}*(?:من{_S}+)?(?:(?:شهر{_S}+)?{months}|شهر{_S}+{_NUMBER})",
                     more=((tuple(lex.mods), rf"{_S}+(?:{_start_alt(lex.day_parts_before)}|يوم|{_start_alt(dref)}|بعد"
                                             rf"|{wd}|{day}"
                                             rf"|شهر|اشهر|شهور|{months})"),
                           (tuple(lex.day_parts_before),
                            # (or a day of a month: "مساء 7 ماي", "صباح 14 جانفي 2011")
                            # ("صباح هذا اليوم، الأحد 12 مارس")
                            rf"{_S}+(?:من{_S}+)?(?:يوم{after_yom}|(?:هذا{_S}+)?{_start_alt(dref)}{after_dref}|{wd}{after_wd}"
                            rf"|{_NUMBER})"),
                           (("يوم",), after_yom),
                           (GLUED_BEFORE_DAY, _D),  # "في2 ماي 2016": a preposition glued to the day
                           (dref, after_dref),
                           (("هذا",), rf"{_S}+اليوم{after_dref}"),  # "هذا اليوم الأحد 12 مارس"
                           (("بعد",), rf"{_S}+(?:ال)?غد{_S}*[،,]?{_S}*{wd}{after_wd}"),
                           (tuple(lex.weekdays), after_wd))),
        # [mod] (year word | عامي | سنتي) year, or 3-4 digits and a marker
        "year": Start([*lex.mods, *yearword, "عامي", "سنتي"],
                      number=rf"{_D}{{3,4}}{_S}*(?:"
                             rf"{_start_alt([*lex.hijri_markers, *lex.gregorian_markers, *lex.before_era])}"
                             rf"|(?:عاما?|سنه){_S}+{_start_alt(lex.before_era)})"),  # "2000 عام قبل الميلاد"
        # [signal] [year word] 2011 and 2015
        "year_range": Start([*yearword, "عامي", "سنتي", "العامين", "السنتين", "العامي", "السنتي", "الالعامين",
                             "الالسنتين"], then=f"{_S}*{years}", number=years,
                            more=((("بين", "من", "منذ"), rf"{_S}+(?:{year_words})?{years}"),
                                  # "السنة المالية 2024-2025": a year noun's adjective before the years
                                  (tuple(yearword), rf"{_S}+{_start_alt(lex.year_adjectives)}{_S}*{years}"),
                                  (("خلال",), f"{_S}+الفتره{_S}"), (("الفتره",), f"{_S}+(?:من|بين){_S}"))),
        # [signal] [quantifier] ([ال]number unit | نصف | unit)
        "duration": Start([], number=number_unit,
                          more=(((*lex.duration_signals, *lex.quantifiers), counted),
                                # "استمر16 عاما", "خلال24 ساعة": a word glued to the count
                                ((*lex.glued_before_count, *lex.duration_signals), rf"{_D}"),
                                (("نصف", "ربع", "ثلث", "عده"), f"{_S}+(?:ال)?{units}"),
                                (tuple(lex.units), rf"(?![{_LETTER}])(?!{_WS}*[0-9])"))),
        # (or a plural unit and و: "الأسابيع والشهور المقبلة")
        "vague": Start([*lex.vague, *lex.sets], more=((("الايام", "الاسابيع", "الاشهر", "الشهور", "السنوات", "الاعوام",
                                                        "الساعات"), rf"{_S}+و"),)),
        # month, white space, a day of one or two digits
        "month_day": Start(list(lex.months), then=rf"{_S}+{_D}{_D}?(?!\d)"),
        # [من | بين] [ساعه] hour: one or two digits (and the minutes) or a masked number; an hour without
        # them is read only with what may follow it (_after_hour), and a bare number is no time
        "time": Start(["من", "بين", "ساعه", "الساعه"], then=rf"{_S}+(?:(?:ال)?ساعه{_S}+)?(?:الـ?{_S}*)?{_NUMBER}",
                      number=rf"(?:{_D}{_D}?(?:[:.]|(?!\d){_after_hour(lex)})|{MASK}++{_after_hour(lex)})"),
        # [part of day] (اليوم | ل + ليوم | يوم | أمس… | أول أمس | قبل أمس | غدا… | بعد غد | هذا | هذه | weekday)
        "relday": Start([*lex.day_parts_before, "اليوم", "ليوم", "النهارده", "يوم", "امس", "الامس", "البارحه", "البارح",
                         "امبارح", "مبارح",
                         "غدا", "غد", "الغد", "بكره", "بكرا", *lex.weekdays], False,
                        more=((("اول",), rf"{_S}+(?:من{_S}+)?(?:امس|امبارح|مبارح)"),
                              (("قبل",), rf"{_S}+(?:يوم{_S}+)?(?:امس|امبارح|مبارح)"),
                              (("بعد",), rf"{_S}+(?:(?:ال)?غد|بكر)"), (("هذا", "هذه"), rf"{_S}+{wd}"))),
        # (اول … خامس | a masked number) then يوم or a weekday without its article
        # or a weekday or (ال)يوم then الأخير
        "ordinal": Start(["اول", "اخر", "ثاني", "ثان", "ثالث", "رابع", "خامس", "يوم", "اليوم", "ليله", "الليله",
                          *lex.weekdays],
                         number=f"{MASK}++{_S}+{_day_or_weekday(lex)}",
                         then=f"{_S}+(?:{_day_or_weekday(lex)}|الاخير)"),
        # [عطلة] [mod] [الربع | النصف] (unit | هذا | هذه | بقية … | year word | year)
        "rel_unit": Start([*lex.mods, "الربع", "النصف", "الشطر", "الثلاثي", "الثلاثيه", "السداسي", "السداسيه",
                           *lex.definite_units, "هذا", "هذه", *lex.rest_words, "عطله",
                           *yearword],
                          number=rf"{_D}{{4}}"),
        # a preposition or modifier (after و/ف) and white space before the year (19.. or 20..), or the year
        # itself after "("
        # ("غايه", "حدود" after "الي": "إلى غاية 1998")
        "bare_year": Start(["في", "خلال", "منذ", "حتي", "قبل", "بعد", "لغايه", "غايه", "حدود", *lex.mods,
                            *lex.year_prepositions, *sorted(lex.birth_words)],
                           number=rf"{_D}{{4}}{_S}*\)",
                           then=rf"{_S}+(?:19|20)"),
        # a year head: "ميزانية", "الانتخابات", "كأس العالم" (a year follows within three words)
        "year_of": Start(list(lex.year_heads)),
        # [mod] [part of day] (ال|ل)unit, or "نفس" … before it
        "anaphoric": Start([*lex.mods, *lex.day_parts_before,
                            *(f"{a}{w.removeprefix('ال')}" for w in lex.anaphoric_units for a in ("ال", "ل")),
                            *lex.anaphoric_same_before]),
        "holiday": Start(list(lex.holidays)),
        # كل, مرة, مرتين, أيام, or the number of مرات
        "sets": Start(["كل", "مره", "مرتين", "ايام"], number=rf"(?:{_D}++|{MASK}++){_S}*مرات"),
        # [signal] ال+unit
        "rel_span": Start([*lex.duration_signals, *(f"ال{u}" for u in lex.units)],
                          number=rf"(?:{MASK}++{_S}+|ال{_D})",  # "ال24 ساعة الماضية"
                          more=((("اخر",), rf"{_S}+(?:{_D}|{MASK}|{units})"),
                                (("ال",), rf"(?:ـ|{_S})+{_D}"))),  # "الـ 24 ساعة الماضية", "ال 48 ساعة"
        # a cue and [صلاة] a prayer, or a cue and [hours من] a part of the day
        "prayer": Start([], number=rf"{MASK}++{_S}+{_start_alt(lex.edge_parts)}", more=((tuple(lex.prayer_cues),
                                   rf"{_S}+(?:{_start_alt(lex.prayer_words)}{_S}+)?{_start_alt(lex.prayers)}"),
                                  (tuple(lex.part_cues), rf"{_S}+(?:(?:{_start_alt(lex.part_hours)}|الساعات{_S}+{MASK}+"
                                                         rf"{_S}+من){_S}+)?{_start_alt(lex.part_nouns)}"),
                                  (tuple(lex.part_edges), rf"{_S}+{_start_alt(lex.edge_parts)}"))),
        # "ليل" may be "ليله"
        "night": Start(["هذه", "الليله", "منتصف", "ليل"], False,
                       more=((("هذا",), rf"{_S}+{_start_alt(w.split(maxsplit=1)[1] for w in this_parts(lex))}"),)),
        "entire": Start(list(lex.entire_cues)),
        # [mod] [هذا] [فصل] season
        "season": Start([*lex.mods, "هذا", "فصل", *lex.seasons]),
        # [mod] [ال]قرن
        # [mod] [العقد ordinal من] [ال]قرن
        "century": Start([*lex.mods, "العقد", "العشريه", "قرن", "القرن", "النصف", "الشطر", "الالفيه"]),
        # [mod] [عقد] [ال]decade
        # (the article after ل written ل: "للأربعينيات")
        "decade": Start([*lex.mods, "عقد",
                         *(f"{a}{w.removeprefix('ال')}" for w in lex.decades for a in ("", "ال", "ل"))]),
        "quarter": Start([*lex.mods, "الربع", "النصف", "الشطر", "الثلاثي", "الثلاثيه", "السداسي", "السداسيه"]),
        # a bare part of the day
        "bulletin": Start(list(lex.bulletin_parts)),
        # [يوم] day
        "day_of_month": Start(["يوم"], number=rf"(?:{_NUMBER}|ال{_D})",  # "الـ15 من الشهر المقبل"
                              more=((tuple(lex.weekdays), rf"{_S}*[،,]?{_S}*{_NUMBER}"),)),
        # [mod] الاسبوع | الشهر, then an ordinal (a masked number or الأخير)
        # or the count of the first or last days or weeks ("الأيام الخمسة الأولى من", "10 أيام الأولى من")
        "ordinal_unit": Start(["الايام", "الاسابيع", "اليومين", "الاسبوعين"],
                              number=rf"(?:{MASK}++{_S}+(?:اسبوع|ايام|اسابيع)|{_D}{{1,2}}{_S}*(?:ايام|اسابيع))",
                              more=((tuple(lex.mods), rf"{_S}+(?:الاسبوع{_S}+{ordinal}|اسبوع)"),
                                    (("الاسبوع", "الشهر", "النصف", "الشطر", "العشريه"), rf"{_S}+{ordinal}"))),
    }


@cache
def start_table() -> dict[str, Start]:
    """:func:`starts` of the lexicon, made once: the start patterns and :class:`.places.StartPlaces` both read
    it (it was made twice, some 60 ms of trie building)."""
    return starts(lexicon())


@cache
def start_patterns() -> dict[str, re.Pattern[str]]:
    """Rule pattern name → its compiled start pattern (see :func:`starts`)."""
    out = {}
    for name, start in start_table().items():
        alts = [_start_alt(start.words) + (f"(?![{_LETTER}])" if start.word_end else "") + start.then]
        alts += [_start_alt(words) + then for words, then in start.more]
        if start.number is not None:
            alts.append(start.number)
        out[name] = re.compile(rf"(?<![{NOT_START}]){PROCLITIC}(?:{'|'.join(alts)})")
    return out


def _after_hour(lex: Lexicon) -> str:
    """What follows an hour that the time rule reads with it (:func:`.patterns.patterns`: its minutes, a
    second hour, a fraction, minutes, a part of the day, a day, a time zone), as an ``re`` look-ahead: the
    rule's match of an hour without any of them is the bare number, which its handler refuses (it needs
    الساعة or a part of the day), and within which no other place lies."""
    hour = f"(?:(?:ال)?ساعه|{_D}|{MASK})"
    parts, days = _start_alt(lex.day_parts), _start_alt([*lex.clock_days, *lex.weekdays])
    return (rf"(?=[:.]|{_S}*(?:دقيقه|دقايق|دق(?![{_LETTER}]))|{_S}+(?:(?:الي|حتي|و){_S}*{hour}"
            rf"|(?:و{_S}*)?(?:النصف|نصف|الربع|ربع|الثلث|ثلث|ثلاثه?{_S}+(?:ال)?ارباع)|الا{_S}|(?:(?:من|في){_S}+)?{parts}(?![{_LETTER}])"
            rf"|(?:من{_S}+)?(?:يوم{_S}+)?{days}|(?:ب|حسب{_S}+)?(?:ال)?توقيت|GMT|UTC))")


def _day_or_weekday(lex: Lexicon) -> str:
    """The word after an ordinal of :func:`.patterns.patterns`' ordinal rule: يوم, ليلة or a weekday
    without its article."""
    return _start_alt(["يوم", "ليله", *(w.removeprefix("ال") for w in lex.weekdays)])


def _alt(words: Iterable[str]) -> str:
    """:func:`.patterns.alt` for stdlib ``re``: a space of a word is any run of the ``regex`` module's
    white space."""
    return _trie(frozenset(" ".join(word.split()) for word in words))


@cache
def _trie(words: frozenset[str]) -> str:
    """:func:`_alt` of ``words`` (spaces made single), built once per set: the start table asks for the same
    lists (months, weekdays, units…) many times."""
    return f"(?:{trie_regex(words, space=f'{_WS}+')})"


def _start_alt(words: Iterable[str]) -> str:
    """:func:`_alt` for the start patterns: a space of a word is any run of :data:`_S`."""
    return _start_trie(frozenset(" ".join(word.split()) for word in words))


@cache
def _start_trie(words: frozenset[str]) -> str:
    """:func:`_start_alt` of ``words`` (spaces made single), built once per set."""
    return f"(?:{trie_regex(words, space=f'{_S}+')})"


def words_re(words: Iterable[str]) -> re.Pattern[str]:
    """A stdlib ``re`` pattern matching what :func:`.patterns.alt` of ``words`` matches, for a quick
    search of a window."""
    return re.compile(_alt(words))


def scan(pattern: regex.Pattern[str], starts: re.Pattern[str], text: str, pos: int,
         endpos: int) -> list[regex.Match[str]]:
    """The matches of ``pattern.finditer(text, pos, endpos)``, trying ``pattern`` only where ``starts``
    matches (every match of these rules is non-empty)."""
    search, match = starts.search, pattern.match
    found = []
    while (c := search(text, pos, endpos)) is not None:
        s = c.start()
        m = match(text, s, endpos)
        if m is None:
            pos = s + 1
        else:
            found.append(m)
            pos = m.end()
    return found


def refused_starts(chars: Iterable[str]) -> list[str]:
    """The characters of ``chars`` in :data:`NOT_START` that the rules' word-start test accepts (none)."""
    return [c for c in chars if re.match(f"[{NOT_START}]", c) and not regex.match(r"[\p{L}\p{M}\d\ue000]", c)]
