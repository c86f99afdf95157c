"""The handlers of the date patterns: a regex match → a :class:`Candidate` with its TIMEX3 value.

Handlers work on normalized offsets of the masked folded text (see :mod:`.patterns`); the stage
maps the chosen candidates back to the original text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import regex

from . import resolve as R
from .months import Lexicon
from .patterns import COUNTED_UNITS, MASK, PREPOSITIONS, SINGULAR_UNITS, patterns

_PREV_WORD = regex.compile(r"([\p{L}\p{M}]++)[\s،,]*+$")
_QUARTERS = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4}
_PART_CODES = {"صباح": "MO", "فجر": "MO", "ظهر": "MI", "ظهيره": "MI", "عصر": "AF", "مساء": "EV", "ليله": "NI",
               "منتصف ليله": "NI"}
_PARTS_OF = frozenset({"النصف", "الربع", "الثلث", "العشر", "الاسبوع", "الاسابيع", "الايام", "العشره"})
_NOT_TODAY = frozenset({"في", "ذلك", "هذا", "نفس", "ذات"})
_CONSTRUCT = regex.compile(r"\s+ال")
_RELATIVE_SIGNALS = frozenset({"منذ", "قبل"})
_SIGNAL_RELATION = {"منذ": "since", "قبل": "before"}
_DURING = frozenset({"خلال", "طوال", "طيله", "لمده", "مده", "علي مدي", "علي مدار"})
_MINUTES = {"النصف": 30, "نصف": 30, "الربع": 15, "ربع": 15, "الثلث": 20, "ثلث": 20, "ربعا": 15, "ثلثا": 20}


@dataclass
class Candidate:
    """A temporal expression found on the normalized view, before overlap resolution."""

    ns: int
    ne: int
    type: str
    value: str | None
    calendar: str = "gregorian"
    resolved: bool = True
    mod: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict)
    fields: dict[str, Any] | None = None  # year/month/day/calendar of an absolute date, for ranges


@dataclass
class Context:
    """What handlers need: the masked folded text, the reference date, number values, the lexicon."""

    text: str
    ref: dt.date | None
    masks: dict[int, tuple[float, str]]  # normalized start of a masked number → (value, kind)
    lex: Lexicon


def words(s: str) -> str:
    return " ".join(s.split())


def prev_word(text: str, pos: int) -> str:
    """The word before ``pos`` with a leading و/ف dropped ("وفي" → "في")."""
    m = _PREV_WORD.search(text, max(0, pos - 40), pos)
    if not m:
        return ""
    w = m.group(1)
    if len(w) > 2 and w[0] in "وف" and w[1:] in PREPOSITIONS:
        return w[1:]
    return w


def number(m: regex.Match, group: str, ctx: Context) -> tuple[float, str] | None:
    """Value and kind of a number slot: digits, or a masked word number from the numbers stage."""
    s = m.group(group)
    if not s:
        return None
    if s[0] == MASK:
        found = ctx.masks.get(m.start(group))
        if found is None or found[0] is None:
            return None
        try:
            v = float(found[0])
        except (TypeError, ValueError, OverflowError):
            return None
        return (int(v) if v.is_integer() else v), found[1]
    try:
        v = float(s.replace(",", "."))
    except ValueError:
        return None
    return (int(v) if v == int(v) else v), "digits"


def _int(v: tuple[float, str] | None, lo: int, hi: int) -> int | None:
    if v is None or v[0] is None or v[0] != int(v[0]) or not lo <= v[0] <= hi:
        return None
    return int(v[0])


def _unresolved(ns: int, ne: int, type_: str, offset: str, **attrs: Any) -> Candidate:
    return Candidate(ns, ne, type_, None, resolved=False, attrs={"anchor": "REF", "offset": offset, **attrs})


def hijri_year_of(date: dt.date) -> int:
    from hijridate import Gregorian

    return Gregorian.fromdate(date).to_hijri().year


def absolute(ns: int, ne: int, cal: str, year: int | None, month: int | None, day: int | None,
             ref: dt.date | None, *, inferred: bool = False) -> Candidate | None:
    """A DATE for year/month/day in ``cal``; no year → taken from the reference date if there is one."""
    attrs: dict[str, Any] = {}
    explicit = year is not None and not inferred
    if year is None:
        if ref is None:
            timex = "XXXX" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")
            return Candidate(ns, ne, "DATE", None, cal, False, attrs={"anchor": "REF", "timex": timex},
                             fields={"calendar": cal, "year": None, "month": month, "day": day})
        year = hijri_year_of(ref) if cal == "hijri" else ref.year
        inferred = True
    if inferred:
        attrs["anchor"] = "REF"
    if cal == "gregorian":
        if day is not None and not R.valid_date(year, month or 1, day):
            return None
        value = f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")
    else:
        if day is not None and not 1 <= day <= 30:
            return None
        value = f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")
        greg = R.hijri_to_gregorian(year, month, day) if day else R.hijri_span(year, month)
        attrs["gregorian"] = greg
    return Candidate(ns, ne, "DATE", value, cal, attrs=attrs,
                     fields={"calendar": cal, "year": year if explicit else None, "month": month, "day": day})


def _check_weekday(cand: Candidate, wd: int | None) -> None:
    if wd is None:
        return
    cand.attrs["weekday"] = wd
    iso = cand.attrs.get("gregorian") if cand.calendar == "hijri" else cand.value
    if iso and len(iso) == 10:
        cand.attrs["weekday_ok"] = dt.date.fromisoformat(iso).isoweekday() == wd


# -- handlers ---------------------------------------------------------------------------------------
def h_dmy(m: regex.Match, ctx: Context) -> Candidate | None:
    lex = ctx.lex
    name = words(m["month"])
    cal, month = lex.months[name]
    ns, ne = m.start(), m.end()
    month_start = m.start("shahr") if m["shahr"] else m.start("month")
    month_end = m.end("month2") if m["month2"] else m.end("month")
    day = year = None
    if m["day"]:
        day = _int(number(m, "day", ctx), 1, 31)
        if day is None or prev_word(ctx.text, m.start("day")) in _PARTS_OF:  # "النصف الثاني من نوفمبر"
            day, ns = None, month_start
    wd = lex.weekdays[words(m["wd"])] if m["wd"] and day is not None else None
    if m["wd"] and wd is None:
        ns = month_start
    marker = words(m["marker"]) if m["marker"] else None
    if m["year"]:
        v = number(m, "year", ctx)
        ok = v is not None and v[0] == int(v[0]) and (
            (1000 <= v[0] <= 2200) or (marker is not None and 1 <= v[0] <= 2200))
        if ok:
            year = int(v[0])
            if marker in lex.hijri_markers and cal == "gregorian":
                return None  # a Gregorian month with a Hijri year: a misreading
        else:
            ne, marker = month_end, None
    has_context = day is not None or year is not None or m["yrel"] or m["mrel"] or m["shahr"] or m["month2"] or m["mod"]
    if not has_context:
        word = prev_word(ctx.text, ns)
        in_range = word in ("من", "بين", "منذ") and patterns().range_next.match(ctx.text, ne)
        if not in_range and (name in lex.ambiguous_months or word not in PREPOSITIONS):
            return None
    rel = None
    if m["yrel"]:
        rel = lex.relative[words(m["yrel"])]
    elif m["mrel"]:
        rel = lex.relative[words(m["mrel"])]
    if rel is not None and year is None and ctx.ref is None:
        cand = _unresolved(ns, ne, "DATE", R.offset(abs(rel), "Y", rel), month=month)
        cand.calendar = cal
    else:
        if rel is not None and ctx.ref is not None:
            base = hijri_year_of(ctx.ref) if cal == "hijri" else ctx.ref.year
            if m["yrel"]:
                year = base + rel
            else:  # "أيار الماضي": the last May before the reference month
                ref_month = ctx.ref.month if cal == "gregorian" else None
                year = base
                if ref_month is not None:
                    if rel < 0 and month >= ref_month:
                        year -= 1
                    elif rel > 0 and month <= ref_month:
                        year += 1
        cand = absolute(ns, ne, cal, year, month, day, ctx.ref, inferred=rel is not None)
        if cand is None and day is not None:  # "31 شباط": keep the month, drop the impossible day
            ns, wd, day = month_start, None, None
            cand = absolute(ns, ne, cal, year, month, None, ctx.ref, inferred=rel is not None)
        if cand is None:
            return None
    if m["mod"] and ns == m.start():
        cand.mod = lex.mods[words(m["mod"])]
    _check_weekday(cand, wd)
    return cand


def h_year(m: regex.Match, ctx: Context) -> Candidate | None:
    v = number(m, "year", ctx)
    marker = words(m["marker"]) if m["marker"] else None
    if v is None or v[0] != int(v[0]):
        return None
    year = int(v[0])
    if not ((1000 <= year <= 2200) or (marker and 1 <= year <= 2200)):
        return None
    cal = "hijri" if marker in ctx.lex.hijri_markers else "gregorian"
    cand = absolute(m.start(), m.end(), cal, year, None, None, ctx.ref)
    if cand is not None and m["mod"]:
        cand.mod = ctx.lex.mods[words(m["mod"])]
    return cand


def h_bare_year(m: regex.Match, ctx: Context) -> Candidate | None:
    return absolute(m.start(), m.end(), "gregorian", int(m["year"]), None, None, ctx.ref)


def h_year_range(m: regex.Match, ctx: Context) -> Candidate | None:
    y1, y2 = int(m["y1"]), int(m["y2"])
    conj = m["conj"]
    if not (1000 <= y1 < y2 <= y1 + 200 and y2 <= 2200):
        return None
    dual = m["yw"] and words(m["yw"]) not in ("عام", "سنه", "العام", "السنه")
    if not (m["sig"] or dual or conj in ("-", "–", "الي", "حتي", "لغايه")):
        return None
    if conj == "/" and not m["sig"]:
        return None
    return Candidate(m.start(), m.end(), "DATE", f"{y1}/{y2}", attrs={"range": {"start": str(y1), "end": str(y2)}})


def h_numeric(m: regex.Match, ctx: Context) -> Candidate | None:
    a, b, c = m["a"], m["b"], m["c"]
    if len(a) == 4 and len(c) <= 2:
        year, month, day = int(a), int(b), int(c)
    elif len(c) == 4 and len(a) <= 2:
        day, month, year = int(a), int(b), int(c)  # day first, as in Arabic usage
        if month > 12 >= day:
            day, month = month, day
    else:
        return None
    if not (1000 <= year <= 2200 and R.valid_date(year, month, day)):
        return None
    return Candidate(m.start(), m.end(), "DATE", dt.date(year, month, day).isoformat(),
                     fields={"calendar": "gregorian", "year": year, "month": month, "day": day})


def h_relday(m: regex.Match, ctx: Context) -> Candidate | None:
    lex, ref = ctx.lex, ctx.ref
    wd = lex.weekdays[words(m["wd"])] if m["wd"] else None
    attrs: dict[str, Any] = {}
    if m["today"]:
        if not m["wd"] and prev_word(ctx.text, m.start()) in _NOT_TODAY:
            return None  # "في ذلك اليوم" (that day), "في اليوم" (per day)
        days = 0
    elif m["yest"]:
        days = -2 if m["first"] else -1
    elif m["yest2"]:
        days = -2
    elif m["tom"]:
        days = 1
    elif m["tom2"]:
        days = 2
    else:  # a weekday: "يوم الخميس", "الخميس الماضي"
        name = words(m["wd"])
        rel = lex.relative[words(m["rel"])] if m["rel"] else None
        if not m["yom"] and rel is None and name in lex.ambiguous_weekdays:
            return None
        if ref is None:
            cand = Candidate(m.start(), m.end(), "DATE", None, resolved=False,
                             attrs={"anchor": "REF", "weekday": wd, "timex": f"XXXX-WXX-{wd}"})
            return _with_part(cand, m, ctx)
        if rel is None:
            date = R.weekday_before(ref, wd)
        elif rel < 0:
            date = R.weekday_before(ref, wd, strict=True)
        elif rel > 0:
            date = R.weekday_after(ref, wd)
        else:
            date = ref + dt.timedelta(days=wd - ref.isoweekday())
        cand = Candidate(m.start(), m.end(), "DATE", date.isoformat(), attrs={"anchor": "REF", "weekday": wd})
        return _with_part(cand, m, ctx)
    if ref is None:
        cand = _unresolved(m.start(), m.end(), "DATE", R.offset(abs(days), "D", days))
        if wd is not None:
            cand.attrs["weekday"] = wd
        return _with_part(cand, m, ctx)
    date = ref + dt.timedelta(days=days)
    cand = Candidate(m.start(), m.end(), "DATE", date.isoformat(),
                     attrs={"anchor": "REF", "offset": R.offset(abs(days), "D", days), **attrs},
                     fields={"calendar": "gregorian", "year": date.year, "month": date.month, "day": date.day})
    _check_weekday(cand, wd)
    return _with_part(cand, m, ctx)


def _with_part(cand: Candidate, m: regex.Match, ctx: Context) -> Candidate:
    if m["part"]:
        code = _PART_CODES[words(m["part"])]
        cand.type = "TIME"
        cand.attrs["part_of_day"] = code
        if cand.value:
            cand.value = f"{cand.value}T{code}"
        cand.fields = None
    return cand


def h_day_of_month(m: regex.Match, ctx: Context) -> Candidate | None:
    day = _int(number(m, "day", ctx), 1, 31)
    if day is None:
        return None
    rel = ctx.lex.relative[words(m["rel"])] if m["rel"] else 0
    if ctx.ref is None:
        return _unresolved(m.start(), m.end(), "DATE", R.offset(abs(rel), "M", rel), day=day)
    base = R.shift(ctx.ref.replace(day=1), "M", rel)
    cand = absolute(m.start(), m.end(), "gregorian", base.year, base.month, day, ctx.ref, inferred=True)
    if cand is not None:
        cand.attrs["offset"] = R.offset(abs(rel), "M", rel)
    return cand


def h_rel_unit(m: regex.Match, ctx: Context) -> Candidate | None:
    lex, ref = ctx.lex, ctx.ref
    mod = lex.mods[words(m["mod"])] if m["mod"] else None
    unit_word = words(m["unit"]) if m["unit"] else None
    rel = lex.relative[words(m["rel"])] if m["rel"] else 0
    if m["q"]:
        half = m["q"] == "النصف"
        if m["qn"] == "الاخير":
            q = 2 if half else 4
        elif m["qn"][0] == MASK:
            q = _int(ctx.masks.get(m.start("qn")), 1, 4)
        else:
            q = _QUARTERS.get(m["qn"])
        if q is None or (half and q > 2) or unit_word in ("الشهر", "الاسبوع"):
            return None
        label = f"H{q}" if half else f"Q{q}"
        if m["year"]:
            year = int(m["year"])
            if not 1000 <= year <= 2200:
                return None
            return Candidate(m.start(), m.end(), "DATE", f"{year:04d}-{label}", mod=mod)
        if ref is None:
            return _unresolved(m.start(), m.end(), "DATE", R.offset(abs(rel), "Y", rel), timex=f"XXXX-{label}")
        return Candidate(m.start(), m.end(), "DATE", f"{ref.year + rel:04d}-{label}", mod=mod,
                         attrs={"anchor": "REF", "offset": R.offset(abs(rel), "Y", rel)})
    if m["year"] or unit_word is None:
        return None
    unit = {"العام": "Y", "السنه": "Y", "الشهر": "M", "الاسبوع": "W"}[unit_word]
    if ref is None:
        cand = _unresolved(m.start(), m.end(), "DATE", R.offset(abs(rel), unit, rel))
    else:
        date = R.shift(ref, unit, rel)
        cand = Candidate(m.start(), m.end(), "DATE", R.iso_at(date, unit),
                         attrs={"anchor": "REF", "offset": R.offset(abs(rel), unit, rel)})
    cand.mod = mod
    return cand


def _shift_by(ref: dt.date, unit: str, count: float) -> tuple[dt.date, str]:
    if count == int(count):
        return R.shift(ref, unit, -int(count)), unit
    if unit in ("Y", "DEC", "CENT"):
        months = round(count * 12 * {"Y": 1, "DEC": 10, "CENT": 100}[unit])
        return R.shift(ref, "M", -months), "M"
    days = round(count * {"M": 30, "W": 7, "D": 1}.get(unit, 0))
    return R.shift(ref, "D", -days), "D"


def h_duration(m: regex.Match, ctx: Context) -> Candidate | None:
    lex = ctx.lex
    unit_word = words(m["unit"])
    unit, dual = lex.units[unit_word]
    sig = words(m["sig"]) if m["sig"] else None
    mod = lex.quantifiers[words(m["quant"])] if m["quant"] else None
    count: float | None
    if m["num"]:
        v = number(m, "num", ctx)
        if v is None or v[1] == "ordinal" or v[0] is None or v[0] <= 0:
            return None
        count = v[0]
        if v[1] == "approximate" and mod is None:
            mod = "APPROX"
    elif m["half"]:
        count = 0.5
    elif dual == 2:
        count = 2
    elif unit_word in COUNTED_UNITS:
        return None
    elif unit_word in SINGULAR_UNITS:
        if sig is None and not m["frac"]:
            return None
        count = 1
    else:  # a bare plural: "لأعوام", "منذ سنوات" — not "لأيام قرطاج", "أيام العطلة"
        clitic_l = m.start() > 0 and ctx.text[m.start() - 1] == "ل" and unit != "D"
        if (sig is None and not clitic_l) or _CONSTRUCT.match(ctx.text, m.end()):
            return None
        count = None
    if m["frac"] and count is not None:
        count += _MINUTES[m["frac"]] / 60
    start = m.start()
    if sig in _RELATIVE_SIGNALS:
        if count is None:
            return Candidate(start, m.end(), "DATE", "PAST_REF", mod=mod, attrs={"relation": _SIGNAL_RELATION[sig]})
        off = R.offset(count, unit, -1)
        if ctx.ref is None:
            cand = _unresolved(start, m.end(), "DATE", off)
        else:
            date, grain = _shift_by(ctx.ref, unit, count)
            cand = Candidate(start, m.end(), "DATE", R.iso_at(date, grain), attrs={"anchor": "REF", "offset": off})
        cand.mod = mod
        return cand
    if sig is not None:
        start = m.start("quant") if m["quant"] else (m.start("num") if m["num"] else
                                                       (m.start("half") if m["half"] else m.start("unit")))
    attrs: dict[str, Any] = {}
    if sig == "بعد":
        attrs["relation"] = "after"
    elif sig in _DURING:
        attrs["relation"] = "during"
    return Candidate(start, m.end(), "DURATION", R.duration(count, unit), mod=mod, attrs=attrs)


def h_vague(m: regex.Match, ctx: Context) -> Candidate | None:
    w = words(m["w"])
    if w in ctx.lex.sets:
        return Candidate(m.start(), m.end(), "SET", ctx.lex.sets[w])
    return Candidate(m.start(), m.end(), "DATE", ctx.lex.vague[w])


def h_decade(m: regex.Match, ctx: Context) -> Candidate | None:
    digit = ctx.lex.decades["ال" + words(m["dec"])]
    return Candidate(m.start(), m.end(), "DATE", f"19{digit}", attrs={"granularity": "decade"})


def h_time(m: regex.Match, ctx: Context) -> Candidate | None:
    if m["min"]:
        hour, minute = int(m["hour"].replace(".", ":").split(":")[0]), int(m["min"])
    else:
        hour, minute = _int(number(m, "hour", ctx), 0, 24), 0
    if hour is None or not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    if m["frac"]:
        minute = _MINUTES[m["frac"]]
    elif m["minus"]:
        hour, minute = (hour - 1) % 24, 60 - _MINUTES[m["minus"]]
    code = ctx.lex.day_parts.get(words(m["part"])) if m["part"] else None
    if (code in ("AF", "EV") and hour < 12) or (code == "MI" and hour < 6) or (code == "NI" and 6 <= hour < 12):
        hour += 12
    elif code == "MO" and hour == 12:
        hour = 0
    hour %= 24
    clock = f"T{hour:02d}:{minute:02d}"
    if not (m["dref"] or m["dwd"]):
        return Candidate(m.start(), m.end(), "TIME", clock)
    if m["dref"]:
        days = {"اليوم": 0, "امس": -1, "الامس": -1, "غدا": 1}[m["dref"]]
        if ctx.ref is None:
            return Candidate(m.start(), m.end(), "TIME", clock, resolved=False,
                             attrs={"anchor": "REF", "offset": R.offset(abs(days), "D", days)})
        date = ctx.ref + dt.timedelta(days=days)
    else:
        wd = ctx.lex.weekdays[words(m["dwd"])]
        if ctx.ref is None:
            return Candidate(m.start(), m.end(), "TIME", clock, resolved=False,
                             attrs={"anchor": "REF", "weekday": wd, "timex": f"XXXX-WXX-{wd}{clock}"})
        date = R.weekday_before(ctx.ref, wd)
    return Candidate(m.start(), m.end(), "TIME", f"{date.isoformat()}{clock}", attrs={"anchor": "REF"})
