"""Relative ages as news sites print them under comments: "منذ 3 سنوات شهرين", "قبل يومين".

An age is منذ/قبل followed by one or more components, each a count (digits or a number word) and a
unit, or a unit alone (singular = 1, dual = 2): "منذ 3 سنوات شهرين" is 3 years and 2 months.

>>> age = parse_age("منذ 3 سنوات شهرين")
>>> age.years, age.months
(3, 2)
>>> import datetime
>>> age.resolve(datetime.date(2020, 6, 2))
datetime.date(2017, 4, 2)
>>> parse_age("قبل ساعة واحدة").hours
1
>>> parse_age("منذ أيام").resolvable
False
>>> parse_age("في حلب") is None
True
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

import regex

from ..lang import ar
from ..lang.ar import words
from ..lang.ar.serial import SERIAL
from ..lang.schema import MapOf, Record, Words
from ..text.normalize import fold, normalize

_ORDER = ("years", "months", "weeks", "days", "hours", "minutes", "seconds")

# Unit forms, folded (ة→ه, أ→ا, ئ→ي): form → (unit, count when no number is written; None for a
# plural without a number, "منذ أيام").  The units are the shared time units of ar_words.yaml.
_UNITS: dict[str, tuple[str, int | None]] = {}
for _unit in _ORDER:
    _forms = words.time_units()[_unit]
    _UNITS.update(dict.fromkeys(_forms.singular, (_unit, 1)))
    _UNITS.update(dict.fromkeys(_forms.dual, (_unit, 2)))
    _UNITS.update(dict.fromkeys(_forms.plural, (_unit, None)))

# The counts written before a unit: the cardinals 1–10 of the numbers stage's lexicon, and the vague
# quantities ("بضع", "عدة": no count).
_CARDINALS = Record({"ones": MapOf(int, Words), "ten": Words}, extra=True)
_cardinals = ar.load("number_words.yaml", _CARDINALS)
_NUMBER_WORDS: dict[str, int | None] = {}
for _value, _words in (*_cardinals["ones"].items(), (10, _cardinals["ten"])):
    _NUMBER_WORDS.update(dict.fromkeys(map(ar.lookup_key, _words), _value))
_NUMBER_WORDS.update(dict.fromkeys(words.quantifier_words()))

_UNIT = ar.trie_regex(_UNITS)
_NUM = rf"(?:\d{{1,4}}+|{ar.trie_regex(_NUMBER_WORDS)})"
_COMPONENT = rf"(?:(?P<num>{_NUM})\s++)?+(?P<unit>{_UNIT})(?!\p{{L}})(?:\s++(?P<one>واحده?|فقط)(?!\p{{L}}))?+"
#: An age in normalized, folded text.  Components may follow each other with or without و/،.
AGE_RE = regex.compile(
    rf"(?<!\p{{L}})(?:منذ|قبل)\s++{_COMPONENT}(?:(?:\s*+[،,]\s*+|\s++و\s*+|\s++|\s*+و)(?:{_COMPONENT}))*+",
    regex.V1,
)


@dataclass(frozen=True, slots=True)
class RelativeAge:
    """How long ago: one count per unit (0 when absent); ``resolvable`` is False when a count is not
    written ("منذ أيام", "منذ بضع ساعات")."""

    years: int = 0
    months: int = 0
    weeks: int = 0
    days: int = 0
    hours: int = 0
    minutes: int = 0
    seconds: int = 0
    resolvable: bool = True

    def resolve(self, reference: _dt.date | _dt.datetime) -> _dt.date | None:
        """The (approximate) date this age points to from ``reference``, or None if not resolvable."""
        if not self.resolvable:
            return None
        if isinstance(reference, _dt.datetime):
            reference = reference.date()
        total_months = reference.year * 12 + (reference.month - 1) - (self.years * 12 + self.months)
        if total_months < 12:  # before year 1
            return None
        year, month = divmod(total_months, 12)
        month += 1
        last_day = (_dt.date(year + (month == 12), month % 12 + 1, 1) - _dt.timedelta(days=1)).day
        day = _dt.date(year, month, min(reference.day, last_day))
        seconds = self.seconds + 60 * self.minutes + 3600 * self.hours
        delta = _dt.timedelta(days=self.days + 7 * self.weeks, seconds=seconds)
        try:
            # hours and minutes count whole days only once they add up to one
            return day - _dt.timedelta(days=delta.days)
        except OverflowError:
            return None

    def to_dict(self) -> dict[str, int | bool]:
        out: dict[str, int | bool] = {u: getattr(self, u) for u in _ORDER if getattr(self, u)}
        out["resolvable"] = self.resolvable
        return out


def _age_from_match(m: regex.Match) -> RelativeAge:
    counts = dict.fromkeys(_ORDER, 0)
    resolvable = True
    nums, units = m.captures("num"), m.captures("unit")
    # captures of an optional group are not aligned with the unit captures: pair by position.
    num_spans = list(zip(m.starts("num"), nums, strict=True))
    for unit_start, unit_form in zip(m.starts("unit"), units, strict=True):
        unit, implied = _UNITS[unit_form]
        written = None
        while num_spans and num_spans[0][0] < unit_start:
            _, written = num_spans.pop(0)
        if written is None:
            count = implied
        elif written.isdigit():
            count = int(written)
        else:
            count = _NUMBER_WORDS[written]
        if count is None:
            resolvable = False
            continue
        counts[unit] += count
    return RelativeAge(**counts, resolvable=resolvable)


def search_age(folded: str, pos: int = 0, endpos: int | None = None) -> tuple[int, int, RelativeAge] | None:
    """The first age in ``folded`` (text already normalized and folded) between ``pos`` and
    ``endpos``: ``(start, end, age)`` with offsets into ``folded``."""
    m = AGE_RE.search(folded, pos, len(folded) if endpos is None else endpos, SERIAL)
    if m is None:
        return None
    return m.start(), m.end(), _age_from_match(m)


def parse_age(text: str) -> RelativeAge | None:
    """Parse ``text`` if it is an age (surrounding spaces and bullets allowed), else None."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    folded = fold(normalize(text)).strip(" \t\n·•-–—|")
    m = AGE_RE.fullmatch(folded)
    return _age_from_match(m) if m else None
