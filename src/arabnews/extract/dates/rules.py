"""The rules of the dates stage: a declared, ordered table of (name, pattern, handler).

Each rule pairs a compiled pattern of :class:`~.patterns.Patterns` with the handler that turns one of
its matches into a :class:`~.candidates.Candidate` (see :mod:`.handlers` for each family and its
Arabic examples).  Every rule runs on every window; overlapping candidates are settled afterwards,
longest first, so the order below only breaks ties between equally long candidates at one place.

>>> [rule.name for rule in RULES][:3]
['day_month_year', 'year', 'bare_year']
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import regex

from .candidates import Candidate, Context
from .handlers.absolute import h_bare_year, h_decade, h_dmy, h_numeric, h_year, h_year_range
from .handlers.clock import h_time
from .handlers.durations import h_duration, h_set, h_vague
from .handlers.families import (h_century, h_clock, h_holiday, h_night, h_numeric2, h_ordinal, h_rel_span,
                                h_season)
from .handlers.relative import h_day_of_month, h_rel_unit, h_relday
from .patterns import Patterns
from .reading import prev_word
from .values import absolute

Handler = Callable[[regex.Match[str], Context], Candidate | None]

__all__ = ["RULES", "Candidate", "Context", "Handler", "Rule", "absolute", "compiled", "h_bare_year", "h_century",
           "h_clock", "h_day_of_month", "h_decade", "h_holiday", "h_night", "h_numeric2", "h_ordinal", "h_rel_span", "h_season", "h_set", "h_dmy", "h_duration", "h_numeric", "h_rel_unit", "h_relday", "h_time", "h_vague", "h_year",
           "h_year_range", "prev_word"]


@dataclass(frozen=True)
class Rule:
    """A named rule: the :class:`Patterns` field it matches with and the handler of its matches."""

    name: str
    pattern: str
    handler: Handler


#: The rules, in the order their candidates are collected.
RULES: tuple[Rule, ...] = (
    Rule("day_month_year", "dmy", h_dmy),  # "15 كانون الأول 2019", "أيار الماضي"
    Rule("year", "year", h_year),  # "عام 2016", "1441 هـ"
    Rule("bare_year", "bare_year", h_bare_year),  # "في 2016"
    Rule("year_range", "year_range", h_year_range),  # "بين عامي 2011 و2015"
    Rule("numeric", "numeric", h_numeric),  # "15/12/2019"
    Rule("relative_day", "relday", h_relday),  # "اليوم", "أمس", "الخميس الماضي"
    Rule("day_of_month", "day_of_month", h_day_of_month),  # "الثاني من الشهر الجاري"
    Rule("relative_unit", "rel_unit", h_rel_unit),  # "العام الماضي", "الربع الأول من العام"
    Rule("duration", "duration", h_duration),  # "أربعة أعوام", "منذ 3 سنوات"
    Rule("vague", "vague", h_vague),  # "السنوات الماضية", "يومياً"
    Rule("decade", "decade", h_decade),  # "التسعينيات"
    Rule("time", "time", h_time),  # "الساعة الثالثة فجراً"
    Rule("season", "season", h_season),  # "صيف 2015", "الشتاء الماضي"
    Rule("century", "century", h_century),  # "القرن الحادي والعشرين", "القرن الماضي"
    Rule("holiday", "holiday", h_holiday),  # "عيد الفطر 2021", "بعد عيد الأضحى"
    Rule("clock", "clock", h_clock),  # "09:40", "21:40 مساء"
    Rule("numeric_day_month", "numeric2", h_numeric2),  # "17/9"
    Rule("relative_span", "rel_span", h_rel_span),  # "العامين الماضيين", "الساعات الـ24 الماضية"
    Rule("night", "night", h_night),  # "الليلة", "منتصف الليل", "ليل أمس"
    Rule("set", "sets", h_set),  # "كل ثلاثة أشهر", "كل يوم جمعة", "مرتين في الأسبوع"
    Rule("ordinal_day", "ordinal", h_ordinal),  # "أول جمعة من شهر أيلول", "آخر يوم من الشهر"
)


def compiled(p: Patterns) -> list[tuple[regex.Pattern[str], Handler]]:
    """The rules as (compiled pattern, handler) pairs, in table order."""
    return [(getattr(p, rule.pattern), rule.handler) for rule in RULES]
