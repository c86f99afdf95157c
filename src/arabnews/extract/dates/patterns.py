"""Compiled patterns of the dates stage, matched on ``Document.folded`` with number words masked.

Word numbers found by the numbers stage ("أربعة", "الثالث عشر") are replaced, character for
character, by :data:`MASK` before matching, so a number slot is ``\\d{1,4}`` or a run of MASK and the
offsets of the masked string are those of ``doc.folded``.  Every repeated class is possessive or
bounded; lexicon alternations are longest-first.  A proclitic (و ف ب ل ك) before a date word is
matched but left out of the span with ``\\K``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import regex

from ...lang.ar import CONJ, PROCLITIC, trie_regex
from ..numbers.ages import nouns as age_nouns
from .months import Lexicon, lexicon

MASK = "\ue000"
#: Weekdays without their article that are also numbers ("أحد" one, "اثنين" two): never a weekday after
#: كل ("كل أحد" is everyone, "كل اثنين" every two); the windows and the set rule both leave them out.
NUMBER_WEEKDAYS = frozenset({"احد", "اثنين"})
_B = r"(?<![\p{L}\p{M}\d\ue000])"  # word start
_E = r"(?![\p{L}\p{M}])"  # word end
#: A number word after "اليوم" that makes it "the day" ("اليوم الثالث على التوالي", "اليوم العشرين من
#: الإضراب", "اليوم الأول للمؤتمر"): one followed by a preposition, a word with و/ل/ب, punctuation or the
#: end; before an indefinite noun it is the subject and "اليوم" is today ("تنطلق اليوم أول حصة").
_DAY_NUMBER = r"\ue000++(?:\s+(?:من|في|علي|الي|حتي|منذ)(?![\p{L}\p{M}])|\s+[ولب]\p{L}|\s*(?:[^\s\p{L}\p{M}]|$))"
_PRE = rf"{_B}(?:{PROCLITIC})\K"  # optional proclitics, left out of the span
#: A preposition or "يوم" glued to the day of a date ("في2 ماي 2016", "يوم20 مارس"), left out of the span as
#: a signal word is (the date rule's starts list them too)
GLUED_BEFORE_DAY = ("في", "منذ", "حتي", "الي", "يوم")
#: and the first of two days glued to "و" before the second ("22و23 مارس": the day-range merge reads it back)
_GLUED = rf"(?:(?:{'|'.join(GLUED_BEFORE_DAY)})(?=\d)|(?:\d{{1,2}}و)++(?=\d))?"
#: "996 م.د", "3970 م د": a million dinars (the numbers stage's), not the year 996 of the era
_NOT_DINARS = r"(?!\s*\.?\s*د(?![\p{L}\p{M}]))"
_MASKED = r"(?<!\ue000)\ue000++"
#: Fractions of an hour after it (folded; "fraction_minutes" of dates_lexicon.yaml gives their minutes)
_FRACTIONS = r"النصف|نصف|الربع|ربع|الثلث|ثلث|ثلاث(?:ه)?\s+(?:ال)?ارباع"
#: Not a part of the story's day ("الساعة 15 و30 دق من ظهر نفس اليوم": the part stays with its anaphoric day)
_NOT_SAME_DAY = r"(?!\s+(?:نفس|ذات)\s+(?:ال)?يوم(?![\p{L}\p{M}]))"
_DAY = rf"(?:(?<!\d)\d{{1,2}}(?!\d)|{_MASKED})"
_YEAR = rf"(?:(?<!\d)\d{{3,4}}(?![\d%]|[.,]\d)|{_MASKED})"
_YEARWORD = r"(?:ال)?(?:عام|سنه)"
#: A time zone after a clock time: "بتوقيت غرينيتش", "بالتوقيت المحلي", "بتوقيت تونس" (not a preposition after
#: it nor a day: "بتوقيت تونس إلى اسطنبول", "بتوقيت غرينيتش اليوم الأحد")
_TIME_ZONE = r"(?:ب|حسب\s+)?(?:ال)?توقيت\s+[\p{L}]++(?:\s+(?!(?:الي|التي|الذي|اليوم|الليله)(?![\p{L}]))ال[\p{L}]++)?"
#: A month by its number after "شهر": 1 to 12 in digits or a masked number word ("شهر 3", "شهر عشرة")
_MONTHNUM = rf"(?:(?<!\d)(?:1[0-2]|0?[1-9])(?![\d.,/%:])|{_MASKED})(?![\p{{L}}\p{{M}}])"

def this_parts(lex: Lexicon) -> list[str]:
    """The parts of the day written with "هذا" ("هذا الصباح", "هذا المساء"), from the lexicon's ``day_parts``."""
    return [w for w in lex.day_parts if w.split()[0] == "هذا"]


def alt(words: Iterable[str]) -> str:
    """One non-capturing group matching any of ``words`` (spaces match any whitespace), built by the
    shared trie builder so that the engine does not try every word at every position; longer words win.

    >>> alt(["عام", "عامين", "عقد"])
    '(?:ع(?:ام(?:ين)?|قد))'
    """
    return _trie(frozenset(" ".join(word.split()) for word in words))


@cache
def _trie(words: frozenset[str]) -> str:
    """:func:`alt` of ``words`` (spaces made single), built once per set: the rules and merges ask for the same
    lists (months, weekdays, units…) many times."""
    return "(?:" + trie_regex(words, space=r"\s+") + ")"


@dataclass(frozen=True, eq=False)
class Patterns:
    """The compiled rules: each is matched with ``finditer`` on the masked folded text.  Compared
    and hashed by identity (there is one, :func:`patterns`): ``compiled(p)`` looks it up once per
    document, and hashing 32 compiled patterns cost some 3 µs each time."""

    dmy: regex.Pattern[str]
    year: regex.Pattern[str]
    bare_year: regex.Pattern[str]
    year_range: regex.Pattern[str]
    numeric: regex.Pattern[str]
    relday: regex.Pattern[str]
    day_of_month: regex.Pattern[str]
    rel_unit: regex.Pattern[str]
    duration: regex.Pattern[str]
    vague: regex.Pattern[str]
    decade: regex.Pattern[str]
    time: regex.Pattern[str]
    protect: regex.Pattern[str]
    between: regex.Pattern[str]
    month_before: regex.Pattern[str]  # a month and و/أو/إلى just before a lone month: "مارس وأفريل"
    month_after: regex.Pattern[str]  # و/أو, a month and its year just after a lone month: "سبتمبر وأكتوبر 2016"
    range_next: regex.Pattern[str]
    season: regex.Pattern[str]
    century: regex.Pattern[str]
    holiday: regex.Pattern[str]
    clock: regex.Pattern[str]
    numeric2: regex.Pattern[str]
    rel_span: regex.Pattern[str]
    night: regex.Pattern[str]
    sets: regex.Pattern[str]
    ordinal: regex.Pattern[str]
    month_day: regex.Pattern[str]
    anaphoric: regex.Pattern[str]
    prayer: regex.Pattern[str]
    quarter: regex.Pattern[str]
    entire: regex.Pattern[str]
    ordinal_unit: regex.Pattern[str]  # "الأسبوع الأول من شهر أكتوبر", "الشهر الثامن من سنة 2016"
    bulletin: regex.Pattern[str]  # a bare "صباحا", "ليلا" (a bulletin's: the handler reads its sentence)
    year_of: regex.Pattern[str]  # "ميزانية 2025", "انتخابات 2019": a year named by what it measures
    # window filters: a number of 3-4 digits or a masked one, of 4 digits (month and unit words: rules.compiled)
    any_year: regex.Pattern[str]
    any_year4: regex.Pattern[str]


@cache
def patterns() -> Patterns:
    """Compile the rules from the lexicon (once)."""
    lex = lexicon()
    month = alt(lex.months)
    wd = alt(lex.weekdays)
    rel = alt(lex.relative)
    mods = alt(lex.mods)
    mark = alt(lex.hijri_markers + lex.gregorian_markers)
    units = alt(lex.units)
    quant = alt(lex.quantifiers)
    parts = alt(lex.day_parts)
    definite = alt(lex.definite_units)
    year_adjs = alt(lex.year_adjectives)
    flags = regex.VERBOSE | regex.V0
    c = regex.compile
    dmy = c(rf"""{_B}(?:{PROCLITIC}){_GLUED}\K
        (?:(?P<mod>{mods})\s+)?
        # (not after an hour: "8 من صباح يوم السبت" is the time rule's; "الساعات الأولى من صباح السبت" has none)
        # (nor after the minutes of an hour: "الساعة الخامسة والنصف من مساء السبت 18 فيفري 2017")
        (?:(?<!(?<![\d\ue000])(?<!الساعات\s{{1,3}})[\d\ue000]+\s{{1,3}}(?:من\s+)?)
           (?<!(?<![\p{{L}}\p{{M}}])و?(?:دقيقه|دقايق|دق|النصف|نصف|الربع|ربع|الثلث|ثلث|ربعا|ثلثا)\s{{1,3}}(?:من\s+)?)(?P<dpart>{alt(lex.day_parts_before)})\s+(?:من\s+)?(?=(?:يوم|اليوم|هذا\s+اليوم|امس|الامس|البارحه|غدا|{wd}){_E}|[\d\ue000]))?
        (?:(?:يوم\s+|(?P<dref>(?:هذا\s+)?اليوم|امس|الامس|البارحه|غدا|يوم\s+غد|يوم\s+امس|بعد\s+(?:ال)?غد)\s*[،,]?\s*)?(?P<wd>{wd}){_E}\s*[،,]?\s*
           (?:في\s+(?=\d))?)?
        (?:(?:(?:ال)?يوم\s+)?(?:ال)?(?P<day>{_DAY}|{alt(lex.first_day)}{_E})\.?\s*(?:من\s+)?)?
        (?:(?P<shahr>(?:شهري?|اشهر|شهور)\s+)?(?P<month>{month}){_E}
          | (?P<shahr>شهر\s+)(?P<mnum>{_MONTHNUM}))  # "بداية شهر 3", "الأول من شهر ثلاثة"
        (?:\s*(?:/|\(|-)\s*(?P<month2>{month}){_E}(?:\s*\))?|\s+(?P<month2>{alt(lex.second_month_names)}){_E})?
        (?:
            \s*[،,]?\s*(?:من\s+)?(?:{_YEARWORD}\s*)?(?P<year>{_YEAR})(?:\s*(?P<marker>{mark}){_E})?
          | \s+(?:من\s+)?(?:العام|السنه)\s+(?P<yrel>{rel}){_E}
          | \s+(?P<mrel>{rel}){_E}  # "شهر أفريل المقبل 2017", "ماي القادم من سنة 2018": the written year
            (?:\s+(?:من\s+)?(?:{_YEARWORD}\s*)?(?P<year>(?<!\d)(?:19|20)\d\d(?![\d%]|[.,]\d)))?
        )?""", flags)
    year = c(rf"""{_PRE}
        (?:(?P<mod>{mods})\s+)?
        (?:
            (?:{_YEARWORD}(?:\s+{year_adjs}{_E})?|عامي|سنتي)\s*(?P<year>{_YEAR})(?:\s+(?P<bc>{alt(lex.before_era)}){_E}|\s*(?P<marker>{mark}){_E})?
          | (?P<year>(?<!\d)\d{{3,4}})\s*(?:(?:(?:عاما?|سنه)\s+)?(?P<bc>{alt(lex.before_era)}){_E}
                                          |(?P<marker>{mark}){_E}{_NOT_DINARS})
        )""", flags)  # (a year before the era: "عام 550 قبل الميلاد", "سنة 146 ق.م", "2000 عام قبل الميلاد" → BC…)
    # a modifier stays in the span and gives the date its mod ("نهاية 2017" → END); a preposition does not
    # ("إلى غاية 1998", "إلى حدود 2020": until, Maghrebi news; "في حدود 2016" is none)
    year_preps = alt([*lex.year_prepositions, *sorted(lex.birth_words)])
    bare_year = c(rf"""(?:{_PRE}(?P<mod>{mods})\s+|{_B}(?:{CONJ}?(?P<prep>في|خلال|منذ|حتي|قبل|بعد|لغايه|{year_preps})
                            |(?<=(?<![\p{{L}}\p{{M}}])(?:{CONJ}?الي)\s{{1,3}})(?:غايه|حدود))\s+\K
                          |(?<=\(\s*+)(?=\d{{4}}\s*+\)))
        (?P<year>(?<!\d)(?:19|20)\d\d)(?![\d%]|[.,/\-]\d|\s*(?:بالمئه|في\s+المئه|بالمائه))""", flags)
    # a year named by what it measures or marks: "ميزانية 2025", "الانتخابات الرئاسية الفرنسية 2017", "أولمبياد
    # باريس 2024", "قانون المالية لـ2017" (the year alone is the span; up to two words between, none a stop word)
    between_words = rf"(?!(?:{alt(lex.year_head_stops)}){_E})\p{{L}}{{2,}}+"
    year_of = c(rf"""{_PRE}(?:{alt(lex.year_heads)}){_E}(?:\s+{between_words}){{0,2}}\s+(?:لـ?\s*)?\K
        (?P<year>(?<!\d)(?:19|20)\d\d)(?![\d%]|[.,/\-]\d|\s*(?:بالمئه|في\s+المئه|بالمائه|[-–/]\s*\d))""", flags)
    year_range = c(rf"""{_PRE}
        (?:(?P<sig>بين|من|منذ|(?:خلال\s+)?الفتره\s+(?:من|بين))\s+)?
        (?:(?P<yw>(?:ال)?(?:عامي|سنتي|العامين|السنتين|عام|سنه))(?:\s+{year_adjs}{_E})?\s*)?
        (?P<y1>(?<!\d)\d{{4}})\s*(?P<conj>و|-|–|/|الي|حتي|لغايه)(?:(?<=الي)\s+(?:غايه|حدود))?\s*  # "1969 إلى غاية 1972"
        (?:(?:عام|سنه)\s*)?(?P<y2>\d{{4}})(?!\d)""",
              flags)
    # a Hijri marker after it makes the date Hijri ("14-09-1432 هـ")
    # spaces around the separators only before a year of four digits ("من مواليد 13-10- 1967")
    numeric = c(rf"""(?<![\d/.\-])(?P<a>\d{{1,4}})
        (?:(?P<sep>[/.\-])(?P<b>\d{{1,2}})(?P=sep)(?P<c>\d{{1,4}})
          |[^\S\n]*(?P<sep>[/\-])[^\S\n]*(?P<b>\d{{1,2}})[^\S\n]*(?P=sep)[^\S\n]*(?P<c>\d{{4}}))
        (?![\d]|[/.\-]\d)(?:[^\S\n]*(?P<hm>{alt(lex.hijri_markers)}){_E})?""", flags)
    # what may follow a weekday and its day of the month in digits: a clause's end, a place, a clock time
    day_end = (r"[،,.:;)\-]|$|(?:علي|في|عند|حوالي|بدايه|انطلاقا|ابتداء|بمقر|بقاعه|بمدينه|بقصر|بدار|بمسرح|بفضاء|بمركز"
               rf"|بالعاصمه|بنزل|بولايه|بجامعه|بالمسرح|بالمركز){_E}|(?:{parts}){_E}")
    relday = c(rf"""{_PRE}
        (?:(?!(?<=منتصف\s+)نهار)(?P<part>{alt(lex.day_parts_before)})\s+(?:يوم\s+)?)?  # ("منتصف نهار اليوم": noon)
        (?:
            (?(part)(?:هذا\s+)?)  # "فجر هذا اليوم"; "اليوم (الاثنين)":
            (?P<today>اليوم|(?<=ل)ليوم|النهارده)(?:\s*[،,]?\s*(?P<wd>{wd}){_E}|\s*\((?P<wd>{wd})\)
              |(?!\s+(?:ال\p{{L}}{{2,}}ي{_E}|{alt(lex.day_adjectives)}{_E}|{_DAY_NUMBER})))
          | (?:يوم\s+)?(?P<yest>امس|الامس|البارحه|البارح|امبارح|مبارح)(?:\s+(?P<first>الاول){_E})?
            (?:\s*[،,]?\s*(?P<wd>{wd}){_E}|\s*\((?P<wd>{wd})\))?
          | (?P<yest2>(?:اول\s+(?:من\s+)?|قبل\s+(?:يوم\s+)?)(?:امس|امبارح|مبارح))(?:\s*[،,]?\s*(?P<wd>{wd}){_E})?
          # (not "ب" + كرة, a ball: "التدريب بكرة القدم", "بكرة عرضية": a definite noun or an adjective in يه after
          # it that is no part of the day, as "بكرة الصبح" is; session 39, ANT 9228)
          | (?P<tom>غدا|يوم\s+(?:ال)?غد|الغد
              |بكر[اه](?!\s+(?!(?:{alt(lex.day_parts_after)}){_E})(?:ال\p{{L}}|\p{{L}}+يه{_E}))
              |غد(?=\s*[،,]?\s*{wd}{_E})|(?(part)غد|(?!)))
            (?:\s*[،,]?\s*(?P<wd>{wd}){_E})?
          | (?P<tom2>بعد\s+(?:ال)?غد|بعد\s+بكر[اه])(?:\s*[،,]?\s*(?P<wd>{wd}){_E})?
          | (?:(?P<yom>يوم\s+)|(?P<this>هذا\s+|هذه\s+))?(?P<wd>{wd})
            (?:\s+(?:من\s+)?(?:(?P<rel>{rel})|(?P<week>(?:الاسبوع|هذا\s+الاسبوع)(?:\s+(?P<wrel>{rel}))?))
              |\s+(?P<oday>{_MASKED}(?!\s+(?:ايام|يوم){_E})  # ("يوم السبت أول أيام شهر رمضان": no 1st)
                # (nor an hour: "يوم الأحد السادسة مساء", "الخميس العاشرة والنصف صباحا" is the time rule's)
                (?!\s+(?:(?:من|في)\s+)?(?:{parts}){_E}|\s+و\s*(?:{_FRACTIONS}){_E})
                # a day of the month in digits before a clause's end, a place or a clock time: "يوم الجمعة 15 على
                # الساعة الثامنة" (not "الخميس 5 أشخاص"; "يومي الجمعة 16 والسبت 17 من الشهر الجاري" is a range's)
                |(?<!\d)\d{{1,2}}(?![\d.,/:\-]\d|\d)(?=\s*+(?:{day_end}
                  # or before a second such day: "يومي الجمعة 16 والسبت 17 بقصر المؤتمرات" (session 25b)
                  |و\s*(?:يوم\s+)?{wd}\s+\d{{1,2}}(?!\d)\s*+(?:{day_end}))))
              (?!\s*(?:من\s+)?(?:(?:شهر\s+)?{month}|(?:هذا\s+)?الشهر{_E})))?
        ){_E}""", flags)
    # "يوم 27 من الشهر الجاري", "السبت 17 من الشهر الجاري" (a weekday before it), "يوم 25 من نفس الشهر" / "من
    # الشهر ذاته" (the story's month: anchored on its previous date, :mod:`.anaphora`)
    same_after = alt(w for w, n in lex.anaphoric_offsets.items() if n == 0)
    not_before = alt(w for w, n in lex.anaphoric_offsets.items() if n >= 0)  # نفسه, ذاته …, التالي, الموالي …
    day_of_month = c(rf"""{_PRE}(?:(?:يوم\s+)?(?P<wd>{wd}){_E}\s*[،,]?\s*)?(?:يوم\s+)?
        (?:ال(?=\d))?(?P<day>{_DAY})\s+(?:من\s+)?  # "الـ15 من الشهر المقبل" (session 38)
        (?:(?:(?P<same1>{alt(lex.anaphoric_same_before)})\s+|هذا\s+)?الشهر
        # (not before the month's rank: "الأسبوع الأول من الشهر الثالث للحمل" is no 1st of this month)
        (?:\s+(?P<rel>{rel})|\s+(?P<same>{same_after})|(?!\s+{_MASKED}))
        # "الجاري" without its noun: "يوم الجمعة 16 الجاري", "في 20 من الجاري" (pan-Arab wording)
        # (not "الفصل 12 الجاري به العمل", the article in force)
          |(?=الجاري)(?<!(?:عدد|الفصل|الماده|رقم|البند|الفقره)\s+(?:من\s+)?\S+\s+|[/.\-–]\s*\d{{1,2}}\s+(?:من\s+)?)
           (?P<rel>الجاري)(?!\s+(?:به|بها|بهما|بهم){_E})){_E}""", flags)
    school = alt(lex.school_year_adjectives)  # "السنة الدراسية الماضية", "هذه السنة التربوية"
    rel_unit = c(rf"""{_PRE}
        (?:(?P<we>عطله)\s+(?=نهايه\s+(?:هذا\s+)?الاسبوع))?  # "عطلة نهاية الأسبوع": the weekend (TIMEX3 -WE)
        (?:(?P<mod>{mods})\s+)?
        # (Tunisian "الثلاثي الأول من سنة 2016", "السداسي الأول لسنة 2015": a quarter and a half, only with a year)
        (?:(?P<q>الربع|النصف|الشطر|(?P<tn>الثلاثيه?|السداسيه?))
            \s+(?P<qn>{alt([*lex.quarters, *lex.quarter_last])}|{_MASKED})\s+(?:من\s+|ل(?=(?:ال)?(?:عام|سنه)))?)?
        (?:
            (?P<unit>{definite})(?:\s+(?P<school>{school}))?\s+(?P<rel>{rel})
          | (?P<this>هذا|هذه)\s+(?P<unit>{definite})(?:\s+(?P<school>{school}))?
          # "بقية العام", "بقية هذا الأسبوع" (Recognizers-Text), "ما تبقى من هذه السنة"
          | (?P<rest>{alt(lex.rest_words)})\s+(?:(?:هذا|هذه)\s+)?(?P<unit>{definite})(?:\s+(?P<rel>{rel}))?
          # (not the story's: "منتصف العام نفسه" is the anaphoric rule's)
          | (?<=(?:{mods})\s+)(?P<unit>{definite})(?!\s+(?:\d|{rel}|ال|\ue000|{same_after}{_E}))
          | (?:{_YEARWORD}\s*)?(?P<year>(?<!\d)\d{{4}}(?!\d))
        ){_E}""", flags)
    duration = c(rf"""{_B}(?:{PROCLITIC})(?:{alt(lex.glued_before_count)}(?=\d))?\K
        (?:(?P<sig>{alt(lex.duration_signals)})(?:\s+|(?=\d)))?
        (?:(?P<quant>{quant})\s+)?
        (?:
            (?P<art>ال(?=\d))?(?P<num>(?<!\d)\d{{1,4}}(?:[.,]\d+)?(?![\d.,/\-])|{_MASKED})\s*(?P<unit>{units})
          | (?P<half>نصف|ربع|ثلث)\s+(?:(?P<unit>{units})|ال(?P<unit>ساعه))  # "نصف الساعة": half an hour
          | (?P<unit>{units})\s+(?P<one>{_MASKED})
          | (?:(?P<several>عده)\s+)?(?P<unit>{units})(?!\s*(?:\d|\ue000))  # "منذ عدة سنوات": no count
        ){_E}
        # ("ساعتين إلا ربع" → PT1H45M, "ساعة إلا ثلث" → PT40M: a fraction of the unit less; the fraction may take the
        # accusative: "سنة ونصفا", "عاما ونصفا")
        (?:\s+و\s*(?P<frac>نصف|ربع|ثلث)ا?{_E}|\s+الا\s+(?P<minus>ربعا|ربع|الربع|ثلثا|ثلث){_E})?""", flags)
    # (a plural unit and و before it share its relative word: "خلال الأسابيع والشهور المقبلة" → one FUTURE_REF)
    vague = c(rf"""{_PRE}(?:(?P<co>الايام|الاسابيع|الاشهر|الشهور|السنوات|الاعوام|الساعات)\s+و)?
        (?P<w>{alt([*lex.vague, *lex.sets])}){_E}""", flags)
    decade = c(rf"""{_PRE}(?:(?P<mod>{mods})\s+)?(?:عقد\s+)?
        (?:ال|(?<=ل)ل)?(?P<dec>{alt(w.removeprefix("ال") for w in lex.decades)})  # ("للأربعينيات": ل + the article)
        (?:\s+(?:من\s+)?القرن\s+(?:(?P<cent>{alt(lex.decade_century)})
          |(?:ال(?:ـ\s*)?)?(?P<cnum>(?<!\d)\d{{1,2}}(?!\d)|{_MASKED})))?{_E}
        (?!\s+من\s+(?:ال)?{alt(age_nouns())})  # an age: "في الستينات من عمره" (numbers.ages)""", flags)
    time = c(rf"""{_PRE}(?:(?P<sig>من|بين)\s+)?(?P<saa>(?:ال)?ساعه\s+(?:الـ?\s*(?=\d))?)?  # "الساعة الـ8"
        (?P<hour>(?<!\d)\d{{1,2}}(?:[:.](?P<min>\d{{2}})(?::(?P<sec>[0-5]\d))?)?(?!\d)|{_MASKED})
        (?:\s+(?:و?(?:الي|حتي)|و)\s*(?:(?:ال)?ساعه\s+)?(?P<hour2>(?<!\d)\d{{1,2}}(?:[:.](?P<min2>\d{{2}}))?(?!\d)|{_MASKED})(?!\s*(?:دقيقه|دقايق|دق{_E})))?
        (?:\s+(?:و\s*)?(?P<frac>{_FRACTIONS}){_E}|\s+الا\s+(?P<minus>ربعا|ربع|الربع|ثلثا|ثلث){_E}
          # ("الساعة العاشرة إلا عشر دقائق" → T09:50, "إلا 5 دقائق")
          |\s+الا\s+(?P<mminus>(?<!\d)\d{{1,2}}(?!\d)|{_MASKED})\s*(?:دقيقه|دقايق|دق){_E}
          |\s+و\s*(?P<mwords>(?<!\d)\d{{1,2}}(?!\d)|{_MASKED})(?:\s*(?:دقيقه|دقايق|دق){_E}
            # minutes without their noun before a part of the day: "السابعة وثلاثين مساء"
            |(?=\s+(?:من\s+|في\s+(?=ال))?(?:{parts}){_E}))|\s*(?:دقيقه|دقايق){_E})?
        # ("الثامنة في المساء"; not "في الصباح الباكر", the early morning)
        (?:\s+(?:من\s+|في\s+(?=ال\S++(?!\s+(?:الباكر|المبكر))))?(?P<part>{parts}){_E}{_NOT_SAME_DAY}
          # a fraction after the part, when the hour has no minutes: "التاسعة مساءً و ثلاثة أرباع", "الثامنة ليلا والربع"
          (?:(?(min)(?!)|(?(frac)(?!)|(?(minus)(?!)|(?(mminus)(?!)|(?(mwords)(?!)|\s+و\s*(?P<frac2>{_FRACTIONS}){_E}(?!\s+(?:ساعه|ساعات|ال|{MASK}))))))))?)?
        (?:\s+(?:من\s+)?(?:يوم\s+)?(?:(?P<dref>{alt(lex.clock_days)})(?!\s*[،,]?\s*{wd}{_E}\s*[،,]?\s*\d)(?:\s*[،,]?\s*(?P<dwd>{wd}))?
          |(?P<dwd>{wd})(?!{_E}\s*[،,]?\s*\d)(?:\s+(?P<drel>{rel})(?!{_E}\s*[،,]?\s*\d))?){_E})?
        (?:\s+(?P<tz>{_TIME_ZONE}|GMT|UTC))?""", flags)
    # (the months written with a digit, "تشرين2", are left out: no word number holds one, and a match
    # of letters and white space only is what masking.ProtectedWords relies on)
    letter_months = alt(w for w in lex.months if not any(ch.isdigit() for ch in w))
    protect = c(rf"""{_B}(?:{PROCLITIC})
        (?:{letter_months}|{wd}|{units}|اول(?=\s+(?:من\s+)?(?:امس|امبارح|مبارح))|(?<=امس\s{{1,3}})الاول
          |(?<=(?:اول|اخر|ثاني|ثان|ثالث|رابع|خامس)\s{{1,3}}(?:يوم\s{{1,3}})?)(?:اثنين|احد)(?=\s+(?:من\s|في\s|ب)))
        {_E}""", flags)
    month_after = c(rf"""(?:\s*+\([^()\n]{{1,40}}\))?\s*+[،,]?\s*+(?:و|او\s)\s*+{month}{_E}\s*+[،,]?\s*+
        (?:{_YEARWORD}\s*)?(?<!\d)\d{{4}}(?!\d)""", flags)
    # (a bracketed aside may stand between: "شهري جويلية (3،7 بالمائة) وأكتوبر", session 39)
    month_before = c(rf"""{_B}(?:{PROCLITIC}){month}{_E}(?:\s*+[،,]?\s*+\d{{4}}|\s++(?:{rel}){_E})?
        (?:\s*+\([^()\n]{{1,40}}\))?\s*+[،,]?\s*+
        (?:و|(?:او|و?الي|و?حتي|و?لغايه)\s++)$""", flags)
    # ("إلى غاية", "إلى حدود": until, Maghrebi news)
    between = c(r"""^\s*(?P<conj>-|–|الي|حتي|لغايه|و|وحتي|ولغايه|والي)(?:\s+(?:غايه|حدود))?\s*$""", flags)
    range_next = c(rf"""\s*+(?:-|–|الي|حتي|لغايه|و|وحتي|ولغايه|والي)\s*+(?:\d{{1,2}}\s*+(?:من\s+)?)?
        {month}{_E}""", flags)
    seasons = alt(lex.seasons)
    season = c(rf"""{_PRE}(?:(?P<mod>{mods})\s+)?(?:(?P<this>هذا)\s+(?=ال))?(?P<fasl>فصل\s+)?(?P<season>{seasons}){_E}
        (?:\s*[،,]?\s*(?:من\s+)?(?:{_YEARWORD}\s*)?(?P<year>(?<!\d)\d{{4}}(?!\d))|\s+(?P<rel>{rel}){_E}
          # "صيف العام الجاري", "شتاء هذا العام", "خريف السنة الماضية": the season of that year
          |\s+(?:من\s+)?(?:(?P<ythis>هذا|هذه)\s+(?:العام|السنه)|(?:العام|السنه)\s+(?P<yrel>{rel})){_E})?""", flags)
    # (the Maghrebi "العشرية" is a decade as "العقد" is: "العشرية الأولى من القرن الحالي", "العشرية الماضية"; a half
    # of a century its years: "النصف الثاني من القرن الماضي"; a century before the era: "القرن الخامس قبل الميلاد")
    century = c(rf"""{_PRE}(?:(?P<mod>{mods})\s+)?
        (?:(?P<half>النصف|الشطر)\s+(?P<hord>{_MASKED}|الاخير)\s+من\s+(?=(?:ال)?قرن\s))?
        # "خلال العقد الماضي"
        (?:(?:العقد|العشريه)\s+(?P<drel>{alt(lex.decade_relatives)}){_E}(?!\s+(?:من\s+)?(?:ال)?قرن\s)
          |(?:(?:العقد|العشريه)\s+(?P<dord>{_MASKED}|الاخير|الاخيره)\s+(?:من\s+)?)?(?:ال)?قرن\s+
        (?:(?P<rel>{rel}){_E}|(?:ال(?:ـ\s*)?)?(?P<num>(?<!\d)\d{{1,2}}(?!\d)|{_MASKED})
          (?:\s+(?P<era>الميلادي|للميلاد|الهجري|ميلادي){_E}|\s+(?P<bc>{alt(lex.before_era)}){_E})?)
        # a millennium: "مطلع الألفية الثالثة" → 2 START, "الألفية الجديدة" → the reference's (session 31)
          |(?P<mill>الالفيه)\s+(?:(?P<mrel>{rel}|{alt(lex.millennium_now)}){_E}|(?P<mnum>{_MASKED}))(?!\s+{alt(lex.before_era)}))""",
                flags)
    holiday = c(rf"""{_PRE}(?P<hol>{alt(lex.holidays)}){_E}
        (?:\s*[،,]?\s*(?:من\s+|ل)?(?:{_YEARWORD}\s*)?(?P<year>(?<!\d)\d{{4}}(?!\d))(?:\s*(?P<marker>{mark}){_E})?
          |\s+(?P<rel>{rel}){_E})?""", flags)
    clock = c(rf"""(?:{_B}(?:{PROCLITIC})(?P<ala>(?:علي|في|عند)\s+)?)?
        (?<![\d:.])(?P<hour>[01]?\d|2[0-4])(?P<sep>:)(?P<min>[0-5]\d)(?:(?:(?<=\d\d:\d\d)|(?=:\d\d\s+(?:(?:من|في)\s+)?(?:{parts}){_E})):(?P<sec>[0-5]\d))?(?![\d]|[:.]\d)
        # ("7:56:35 مساء", a race time "2:05:30" alone is none; "7:56 في الصباح")
        (?:\s+(?:من\s+|في\s+(?=ال\S++(?!\s+(?:الباكر|المبكر))))?(?P<part>{parts}){_E})?
        (?:\s+(?P<tz>{_TIME_ZONE}|GMT|UTC|غرينتش|غرينيتش|جرينتش)(?:\s*[+-]\s*\d{{1,2}})?)?""",
              flags)
    numeric2 = c(r"""(?<![\d/.\-:])(?P<a>\d{1,2})(?P<sep>[/\-])(?P<b>\d{1,2}|(?P<year>(?:19|20)\d\d))
        (?![\d]|[/.\-:]\d)""", flags)
    month_day = c(rf"""{_PRE}(?P<month>{month}){_E}\s+(?P<d1>(?<!\d)\d{{1,2}})(?!\d|\s*[.,]\d)
        (?:\s*(?P<conj>-|–|الي|حتي)\s*(?P<d2>\d{{1,2}})(?!\d))?(?:\s*[،,]\s*(?P<year>\d{{4}})(?!\d))?""", flags)
    rel_span = c(rf"""{_PRE}(?:(?P<sig>{alt(lex.duration_signals)})\s+)?(?:
        (?:(?P<pre>{_MASKED})\s+(?P<unit>(?:ال)?(?:{units}))  # "الثلاثة الأشهر المنقضية", "العشر سنوات الأخيرة"
          # the count in digits after the article: "الـ24 ساعة الماضية", "ال 6 أشهر الأخيرة"
          | (?P<art>ال)(?:ـ)?\s*(?P<num>(?<!\d)\d{{1,3}}(?!\d))\s+(?P<unit>{units})
          # without the article after a signal: "خلال 24 ساعة الماضية", "خلال 48 ساعة القادمة" (Gulf, Egyptian news)
          | (?(sig)(?P<num>(?<!\d)\d{{1,3}}(?!\d))\s+(?P<unit>{units})|(?!))
          | (?P<unit>ال(?:{units})))(?:\s+(?:ال(?:ـ\s*)?)?(?P<num>(?<!\d)\d{{1,3}}(?!\d)|{_MASKED}))?(?:\s+القليله)?
        # "طيلة السنة ونصف الماضية", "العام و النصف الماضي": a unit and a half (session 40, ANT 4168)
        (?:\s+و\s*(?P<frac>(?:ال)?نصف|{_MASKED}))?
        \s+(?P<rel>الماضيين|الماضيتين|الاخيرين|الاخيرتين|الماضيه|الاخيره|المقبلين|المقبلتين|القادمين|القادمتين|
            المقبله|القادمه|الماضي|الاخير|المقبل|القادم|المنصرمين|المنصرمه|الفارطين|الفارطتين|الفارطه|الفارط|
            المنقضيين|المنقضيتين|المنقضيه|المنقضين|المنصرمتين|الفايتين|الفايتتين|الفايته)  # (المنقضين: ANT's spelling)
      # "آخر 10 سنوات", "آخر يومين"
      | (?P<last>اخر)\s+(?:(?P<num>(?<!\d)\d{{1,3}}(?!\d)|{_MASKED})\s*)?(?P<unit>{units})
        ){_E}""", flags)
    night = c(rf"""{_PRE}(?:
        (?:هذه\s+)?(?P<tonight>الليله)(?:\s+(?P<rel>الماضيه|المقبله|القادمه|قبل\s+الماضيه){_E}|(?!\s+(?:ال(?!ساعه\s)|\ue000)))
        # (a word with ال after "الليلة" alone makes it a night of something, "الليلة الأولى", but for a clock time:
        # "الليلة الساعة العاشرة" is tonight at 22:00; after
        # "الليلة الماضية" it is the clause's object: "بقليبية الليلة الماضية القبض على")
      | (?P<midnight>منتصف\s+الليل)(?:\s+(?P<mrel>الماضي))?
      | (?P<noon>منتصف\s+(?:ال)?نهار)(?:\s+(?P<noontoday>هذا\s+اليوم))?  # "منتصف نهار اليوم الثلاثاء" (ANT)
      | (?P<lail>ليل(?:ه)?)\s+(?P<dref>امس|الامس|البارحه|غد)
      | (?P<thispart>{alt(this_parts(lex))})  # "هذا الصباح", "هذا المساء": today's morning, evening
    ){_E}""", flags)
    wdb = alt(w.removeprefix("ال") for w in lex.weekdays)
    # the bare weekdays that are no number (see NUMBER_WEEKDAYS)
    wdk = alt(w.removeprefix("ال") for w in lex.weekdays if w.removeprefix("ال") not in NUMBER_WEEKDAYS)
    periodic = alt(w for w in lex.sets if " " not in w)  # يوميا, أسبوعيا …
    sets = c(rf"""{_PRE}(?:
        كل\s+(?P<season>{seasons}){_E}
      | كل\s+(?P<dpart>{alt(lex.day_parts_before)}){_E}  # "كل صباح", "كل ليلة": SET TMO, TNI
      | كل\s+(?:(?P<num>(?<!\d)\d{{1,3}}(?!\d)|{_MASKED})\s*)?(?P<unit>{units})(?:\s+(?P<wd>{wdb}|{wd}))?
      | كل\s+(?P<wd>{wdk}){_E}(?!\s*[،,]?\s*(?:و|-)?\s*(?:{wd}|{wdb}){_E})  # "كل جمعة": every Friday
      # (and before a periodic adverb: "مرتين أسبوعيا", "خمس مرات يوميا")
      | (?P<times>مره|مرتين|(?:(?<!\d)\d{{1,2}}(?!\d)|{_MASKED})\s*مرات)\s+(?:(?:في|كل)\s+(?:ال)?(?P<unit2>{units})
                                                                   |(?P<adv>{periodic}))
      | ايام\s+(?P<wd>{wd}){_E}(?!\s*[،,]?\s*(?:و|-)?\s*(?:{wd}|{wdb}){_E})
    ){_E}""", flags)
    # "أول جمعة من شهر أيلول", "ثالث يوم ثلاثاء بأيلول بعام 2014", "الاثنين الأخير من شهر مارس السنة القادمة"
    ordinal = c(rf"""{_PRE}(?:(?P<ord>اول|اخر|ثاني|ثان|ثالث|رابع|خامس|{_MASKED})\s+
            (?:(?P<day>يوم)(?:\s+(?P<wd>{wdb}))?|(?P<wd>{wdb})|(?P<night>ليله))
          | (?P<wd>{wd})\s+(?P<ord>الاخير|الاخيره)
          | (?P<day>(?:ال)?يوم)\s+(?P<ord>الاخير)
          | (?P<night>(?:ال)?ليله)\s+(?P<ord>الاخيره))
        \s+(?:(?:من|في)\s+|ب(?=(?:شهر\s+)?{month}|شهر\s))
        (?:(?:شهر\s+)?(?P<month>{month})|شهر\s+(?P<mnum>{_MONTHNUM})|(?:هذا\s+)?(?P<this>الشهر)(?:\s+(?P<rel>{rel}))?)
        (?:\s*[،,]?\s*(?:(?:من|في)\s+|[لب])?(?:{_YEARWORD}\s*)(?P<year>(?<!\d)\d{{4}}(?!\d))
          | \s*(?P<year>(?<!\d)\d{{4}}(?!\d))
          | \s+(?:من\s+)?(?:العام|السنه)\s+(?P<yrel>{rel}){_E})?{_E}""", flags)
    stems = alt(w.removeprefix("ال") for w in lex.anaphoric_units)
    # (a modifier before the story's month, year or week: "أواخر نفس الشهر", "منتصف العام نفسه")
    anaphoric = c(rf"""{_PRE}(?:(?P<mod>{mods})\s+)?(?:(?P<part>{alt(lex.day_parts_before)})\s+)?
        (?:(?P<unit>(?:ال|(?<=ل)ل){stems})\s+(?P<rel>{alt(lex.anaphoric_offsets)})
          | (?P<same>{alt(lex.anaphoric_same_before)})\s+(?P<unit>ال{stems})
        ){_E}""", flags)
    prayer = c(rf"""{_PRE}(?:(?P<cue>{alt(lex.prayer_cues)})\s+(?:(?P<salat>{alt(lex.prayer_words)})\s+)?
        (?P<prayer>{alt(lex.prayers)})
      | (?P<pcue>{alt(lex.part_cues)})\s+
        (?P<part>(?:(?:(?P<hours>{alt(lex.part_hours)})|الساعات\s+(?P<first>{_MASKED})\s+من)\s+)?
        (?P<noun>{alt(lex.part_nouns)})(?:\s+(?:(?P<adj>{alt(lex.part_adjectives)}){_E}|(?P<last>{_MASKED})))?)(?!\s+نيوز{_E})
      # "آخر النهار", "أول الليل"
      | (?P<part>(?P<edge>{alt(lex.part_edges)}|{_MASKED})\s+(?P<noun>{alt(lex.edge_parts)}))(?!\s+(?:نيوز|من){_E})
    ){_E}""", flags)
    ordinals = alt([*lex.quarters, *lex.quarter_last])
    # (Tunisian "الثلاثي" / "السداسي" only before the story's year, "من نفس السنة": the handler checks it)
    quarter = c(rf"""{_PRE}(?:(?P<mod>{mods})\s+)?(?P<unit>الربع|النصف|الشطر|الثلاثيه?|السداسيه?)
        \s+(?P<qn>{ordinals}|{_MASKED}){_E}
        (?P<this>\s+من\s+(?:هذا\s+|هذه\s+)?(?:العام|السنه){_E}(?!\s+(?:ال|\d|\ue000)))?""", flags)
    entire = c(rf"""{_PRE}(?P<cue>{alt(lex.entire_cues)})\s+(?P<part>{alt(lex.entire_parts)}){_E}""", flags)
    # "الأسبوع الأول من شهر أكتوبر", "الأسبوع الأخير من ديسمبر 2016", "الأسبوع الثاني من الشهر الجاري" (the
    # same for a half: "النصف الثاني من ماي", Tunisian "الشطر الثاني من ماي", and a ten days' "العشرية الثانية من
    # شهر جويلية"; the
    # ordinal is the numbers stage's mask); "الشهر الثامن من سنة 2016", "الشهر الثالث من العام الجاري"
    # ("الشهر الثامن" alone, "من العام الدراسي" are left alone)
    ordinal_unit = c(rf"""{_PRE}(?:
        (?:(?:(?P<mod>{mods})\s+)?(?P<week>الاسبوع|(?P<half>النصف|الشطر)|(?P<tens>العشريه))\s+(?P<ord>{_MASKED}|{alt(lex.quarter_last)}{_E})
          | (?P<ord>{_MASKED}|اخر)\s+(?P<week>اسبوع)  # (Duckling: "أول أسبوع من شهر أكتوبر", "آخر أسبوع في")
          # the first or last N days or weeks: "الأيام الخمسة الأولى من شهر رمضان", "الأسبوعين الأخيرين من شهر جوان"
          # (without a count the month's start or end: "الأيام الأولى من شهر رمضان", "الأسابيع الأخيرة من الشهر")
          | (?:(?P<cunit>الايام|الاسابيع)(?:\s+(?:(?:ال(?:ـ\s*)?)?(?P<cn>(?<!\d)\d{{1,2}}(?!\d))|(?P<cn>{_MASKED})))?
              |(?:ال)?(?P<cn>(?<!\d)\d{{1,2}}|{_MASKED})\s*(?P<cunit>ايام|اسابيع)|(?P<cdual>اليومين|الاسبوعين))\s+(?P<crank>الاولين|الاخيره|الاخيرين|{_MASKED}){_E})
        # (or ل before the month: "خلال النصف الثاني لشهر ماي 2017", "الأسبوع الأول لشهر رمضان", session 36)
        \s+(?:(?:من|في)\s+|[بل](?=(?:شهر\s+)?{month}{_E}|شهر\s))
        (?:(?:(?:شهر\s+)?(?P<month>{month}){_E}|شهر\s+(?P<mnum>{_MONTHNUM})  # ("الأسبوع الأول من شهر عشرة 2014")
            # a month by its rank before a year: "الأسبوع الأخير في الشهر التاسع سنة 2014" (Duckling)
            |الشهر\s+(?P<mnum>{_MASKED})(?=\s*[،,]?\s*(?:(?:من|في)\s+|ل)?{_YEARWORD}\s*\d{{4}}(?!\d)))
            (?:\s*[،,]?\s*(?:(?:من|في)\s+|ل)?(?:{_YEARWORD}\s*)?(?P<year>(?<!\d)\d{{4}}(?!\d))|\s+(?P<mrel>{rel}){_E})?
          # the story's month: "النصف الثاني من نفس الشهر", "الأسبوع الأخير من الشهر نفسه" (anchored on the previous
          # date, :mod:`.anaphora`; was the 2nd of the month, or the reference's month)
          # (or the month after it: "الأسبوع الأول من الشهر الموالي")
          | (?P<msame>(?:{alt(lex.anaphoric_same_before)})\s+الشهر|الشهر\s+(?P<manaph>{not_before})){_E}
          | (?:هذا\s+)?الشهر(?:\s+(?P<rel>{rel}))?{_E}(?!\s+(?:ال|\d|\ue000|{same_after}{_E})))
      | (?P<unit>الشهر)\s+(?P<ord>{_MASKED}|{alt(lex.quarter_last)}{_E})\s+(?:من|في)\s+
        (?:{_YEARWORD}\s*(?P<year>(?<!\d)\d{{4}}(?!\d))
          | (?:(?:هذا|هذه)\s+)?(?:العام|السنه)(?:\s+(?P<yrel>{rel}))?{_E}(?!\s+(?:ال|\d|\ue000)))
    )""", flags)
    # a bare part of the day ("وتكون محليّا كثيفة بالجنوب الشرقي صباحا"; its handler wants a bulletin's sentence)
    bulletin = c(rf"""{_PRE}(?P<part>{alt(lex.bulletin_parts)}){_E}""", flags)
    return Patterns(dmy, year, bare_year, year_range, numeric, relday, day_of_month, rel_unit, duration, vague,
                    decade, time, protect, between, month_before, month_after, range_next, season, century, holiday,
                    clock, numeric2, rel_span, night, sets, ordinal, month_day, anaphoric, prayer, quarter, entire,
                    ordinal_unit, bulletin, year_of, c(r"\d{3}|\ue000"), c(r"\d{4}"))
