"""Handlers of durations (and منذ/قبل + a duration as relative dates), vague and periodic words."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

import regex

from ....lang.ar.serial import SERIAL
from ....text.clitics import clitic_splits
from ...numbers.gated import at_pos
from .. import resolve as R
from ..candidates import Candidate, Context
from ..months import lexicon
from ..patterns import alt
from ..reading import last_word, number, words
from ..values import unresolved
from .relative import _PAST_NEWS_VERBS, _past_shape, future_cue, future_tense, past_tense, prev_words

_CONSTRUCT = at_pos(r"\s+ال")
_NEXT = regex.compile(r"\s*+([\p{L}\p{M}\ue000]++)")
#: The next word past white space and a comma ("وفي وقت لاحق، أعلنت القيادة")
_NEXT_PAST_COMMA = regex.compile(r"[\s،,]*+([\p{L}\p{M}\ue000]++)")
#: Words after a singular unit that make it a duration without a signal word ("أسبوع كامل")
_WHOLE = frozenset({"كامل", "كاملا", "كامله", "بكامله", "باكمله"})
#: Relations of a signal word that turn the duration after it into a date before the reference
_RELATIVE_RELATIONS = frozenset({"since", "before"})
#: Words after "بعد" + a duration that tie it to an event, not to the reference ("بعد يومين من الهجوم")
_FROM_EVENT = frozenset({"من", "علي", "عن", "فقط"})
#: Days named after "يوم": "منذ يوم أمس" is since yesterday, not since one day
_NAMED_DAYS = frozenset({"امس", "الامس", "غد", "الغد"})
#: Units whose "بعد" + count is a day or longer ahead of the reference: "بعد يومين" (hours stay durations)
_FORWARD_UNITS = frozenset({"D", "W", "M", "Y"})
#: "من الآن" after "بعد"/"قبل" + a duration: counted from the reference whatever the tense ("بعد أسبوعين
#: من الآن", "قبل ثلاثة أيام من الآن"); the words join the span
_FROM_NOW = at_pos(r"\s++من\s++الان(?![\p{L}\p{M}])")


@cache
def _ago() -> regex.Pattern[str]:
    """"مضت"/"خلت" right after a count of units: ago (``ago_words``); not a verb before "على" ("ثلاثة أسابيع
    مضت على الحادثة": have passed since)."""
    return regex.compile(rf"\s++{alt(lexicon().ago_words)}(?![\p{{L}}\p{{M}}])"
                         r"(?!\s++(?:علي|منذ|عن|من)(?![\p{L}\p{M}]))")


#: Years in a unit of years
_YEARS_IN = {"Y": 1, "DEC": 10, "CENT": 100}


def _shift_by(ref: dt.date, unit: str, count: float) -> tuple[dt.date, str]:
    """``ref`` moved back by ``count`` units, and the unit of the result's granularity."""
    if count == int(count):
        return R.shift(ref, unit, -int(count)), unit
    if unit in ("Y", "DEC", "CENT"):
        months = round(count * 12 * {"Y": 1, "DEC": 10, "CENT": 100}[unit])
        return R.shift(ref, "M", -months), "M"
    days = round(count * {"M": 30, "W": 7, "D": 1}.get(unit, 0))
    return R.shift(ref, "D", -days), "D"


def h_duration(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """A count of units, with its signal word and quantifier.

    "بعد أربعة أعوام" → DURATION P4Y (relation after; the signal is left out of the span), "قرابة
    أربعة أشهر" → P4M APPROX, "عامين ونصف" → P2Y6M; "منذ 3 سنوات" → DATE ref − 3 years (منذ and قبل make
    a relative date).  A singular unit alone needs a signal ("منذ عام"), a bare plural a signal or ل
    ("لأعوام"), and never before a definite word ("أيام الحرب").
    """
    g = m.re.groupindex
    lex = ctx.lex
    unit_word = words(m[g["unit"]])
    unit, dual = lex.units[unit_word]
    sig = words(m[g["sig"]]) if m[g["sig"]] else None
    relation = lex.duration_signals.get(sig) if sig is not None else None
    mod = lex.quantifiers[words(m[g["quant"]])] if m[g["quant"]] else None
    count: float | None
    full = _NEXT.match(ctx.text, m.end(), None, SERIAL)
    if m[g["one"]]:  # "عام واحد", "يوم واحد": one unit (any other number after a unit is no count of it)
        v = number(m, g["one"], ctx)
        if v is None or v[0] != 1 or v[1] != "cardinal" or unit_word not in lex.singular_units:
            return None
        count = 1.0
    elif m[g["num"]]:
        v = number(m, g["num"], ctx)
        # a definite tens word reads as an ordinal ("الستين"): before an accusative unit it is a count
        # ("الستين عاما"), which no ordinal precedes
        if v is None or (v[1] == "ordinal" and unit_word not in lex.counted_units) or v[0] is None or v[0] <= 0:
            return None
        if v[1] == "approximate" and m.start(g["num"]) in ctx.definite and unit_word in lex.singular_units:
            return None  # "تجمع المئات يوم الأحد", "الآلاف يوم الجمعة": the crowd, then the day (no 100 days)
        count = v[0]
        if unit == "Y" and 1800 <= count <= 2100 and m[g["num"]].strip().isdigit() and len(m[g["num"]].strip()) == 4:
            return None  # "إن 2017 عام صعب", "منذ 2011 عام الثورة": a year and its noun, no count of 2017 years
        if v[1] == "approximate" and mod is None:
            mod = "APPROX"
    elif m[g["half"]]:  # "نصف قرن" → P50Y, "ربع قرن" → P25Y, "ربع ساعة" → PT15M, "ثلث ساعة" → PT20M
        count = lex.fraction_minutes[m[g["half"]]] / 60
        if "." in R.duration(count, unit):  # "ثلث قرن", "ربع شهر": no whole count of a smaller unit
            return None
        if unit == "M" and full and full.group(1) in lex.months:  # "نصف شهر ماي": its middle (merges.half_months)
            return None
    elif m[g["several"]] and (dual == 2 or unit_word in lex.singular_units or unit_word in lex.counted_units):
        return None  # "عدة" counts a plural: "عدة سنوات", not "عدة عام"
    elif dual == 2:
        if unit == "Y" and sig is None and mod is None and _after_title(ctx.text, m.start()):
            return None  # "مديرين عامين": general managers, not two years
        count = 2
    elif unit_word in lex.counted_units:  # an accusative unit alone ("يوما ما" is some day)
        if not (full and full.group(1) in _WHOLE) and not m[g["frac"]]:
            return None
        count = 1  # "شهرا كاملا", "عاما كاملا": one whole unit; "عاما ونصف", "شهرا ونصفا": one and a fraction
    elif unit_word in lex.singular_units:
        # ("أسبوع كامل", "ساعة إلا ربعا")
        if sig is None and not m[g["frac"]] and not m[g["minus"]] and not (full and full.group(1) in _WHOLE):
            return None
        if unit == "D" and full and full.group(1) in _NAMED_DAYS:  # "منذ يوم أمس": the day, not a duration
            return None
        if unit == "DEC" and not m[g["frac"]]:  # "بعد عقد اجتماعات": the verb or noun "held", not a decade
            nxt = _NEXT.match(ctx.text, m.end())
            if nxt and nxt.group(1) not in lex.decade_followers:
                return None
        count = 1
    else:  # a bare plural: "لأعوام", "منذ سنوات" — not "لأيام قرطاج", "أيام العطلة"
        clitic_l = m.start() > 0 and ctx.text[m.start() - 1] == "ل" and (unit != "D" or m[g["several"]])
        if (sig is None and not clitic_l) or _CONSTRUCT.match(ctx.text, m.end(), None, SERIAL):
            return None
        if unit == "DEC" and sig is None and not m[g["several"]] and (nxt := _NEXT.match(ctx.text, m.end())) \
                and nxt.group(1) not in lex.decades_followers:
            return None  # "لعقود تربص": contracts, as a singular "عقد" before another word is "held" or a contract
        count = None
    if m[g["frac"]] and count is not None:
        count += lex.fraction_minutes[m[g["frac"]]] / 60
    minus = m[g["minus"]] and unit == "H" and count is not None and count >= 1
    if minus and count is not None:  # "ساعتين إلا ربع": two hours less a quarter
        count -= lex.fraction_minutes[m[g["minus"]]] / 60
    start = m.start()
    end = m.end()
    if m[g["minus"]] and not minus:  # "عامين إلا ربع": the count alone
        end = len(ctx.text[:m.start(g["minus"])].rstrip().removesuffix("الا").rstrip())
    if count == 1 and m[g["unit"]] and full and full.group(1) in _WHOLE and m.end(g["unit"]) == m.end():
        end = full.end(1)  # "أسبوع كامل"
    ago = _ago().match(ctx.text, m.end(), None, SERIAL) if relation in (None, *_RELATIVE_RELATIONS) else None
    if ago is not None and relation is None:
        if count is None or m[g["several"]] or m[g["half"]] or ctx.text[m.start() - 1:m.start()] == "ل":
            ago = None  # ("سجلات المريض لثمان سنوات مضت": for the past eight years, a duration)
        else:
            relation = "before"  # "20 سنة مضت": 20 years ago, as "قبل 20 سنة"
    from_now = (_FROM_NOW.match(ctx.text, m.end(), None, SERIAL)
                if relation in ("before", "after") and count is not None else None)
    if relation == "before" and from_now is None and _before_event(ctx, m.end()):
        # "قبل أسبوع من الجولة الثانية", "قبل أيام قليلة من الانتخابات" (no number, session 48): a duration before
        # that event (below), not a date before the reference
        relation = "before_event"
    if relation in _RELATIVE_RELATIONS:
        if count is None:
            return Candidate(start, m.end() if ago is None else ago.end(), "DATE", "PAST_REF", mod=mod,
                             attrs={"relation": relation})
        off = R.offset(count, unit, -1)
        cand: Candidate
        if ctx.ref is None:
            cand = unresolved(start, m.end(), "DATE", off)
        elif unit in _YEARS_IN and ctx.ref.year - count * _YEARS_IN[unit] < 1:
            # "قبل 95 قرنا", "منذ 5000 سنة": before the year 1, no ISO year (was clamped to 0001)
            cand = Candidate(start, m.end(), "DATE", "PAST_REF", attrs={"anchor": "REF", "offset": off})
        else:
            date, grain = _shift_by(ctx.ref, unit, count)
            cand = Candidate(start, m.end(), "DATE", R.iso_at(date, grain), attrs={"anchor": "REF", "offset": off})
        tail = from_now if from_now is not None else ago
        if tail is not None:
            cand.ne = tail.end()
        cand.mod = mod
        return cand
    if relation == "after" and count == 1 and _same_unit_before(m, ctx, unit):
        return None  # "يوما بعد يوم", "عاما بعد عام": day after day, no date
    if relation == "after" and ctx.ref is not None and count is not None and count == int(count) \
            and unit in _FORWARD_UNITS and mod is None and (from_now is not None or _ahead_of_reference(m, ctx, full)):
        # "سيعود بعد يومين", "بعد أسبوعين" alone, "بعد أسبوعين من الآن": that day ahead of the reference
        date = R.shift(ctx.ref, unit, int(count))
        return Candidate(start, m.end() if from_now is None else from_now.end(), "DATE", R.iso_at(date, unit),
                         attrs={"anchor": "REF", "offset": R.offset(count, unit, 1)})
    if relation == "after" and count is None and mod is None and ctx.ref is not None and not m[g["half"]] \
            and not _EVENT_AFTER.match(ctx.text, m.end()) and _ahead_of_reference(m, ctx, full):
        # "سيتم ذلك بعد أيام", "ستعلن النتائج بعد أسابيع": some time ahead, as "قبل أيام" is some time ago (not
        # "يأتي ذلك بعد أيام قليلة من نجاح احتجاجات": after an event)
        return Candidate(start, m.end(), "DATE", "FUTURE_REF", attrs={"relation": "after"})
    if sig is not None:
        start = m.start(g["quant"]) if m[g["quant"]] else (m.start(g["art"]) if m[g["art"]] else
                                                       m.start(g["num"]) if m[g["num"]] else
                                                       m.start(g["half"]) if m[g["half"]] else
                                                       m.start(g["several"]) if m[g["several"]] else m.start(g["unit"]))
    attrs: dict[str, Any] = {}
    if relation in ("after", "during"):
        attrs["relation"] = relation
    elif relation == "before_event":
        attrs["relation"] = "before"
    return Candidate(start, end, "DURATION", R.duration(count, unit), mod=mod, attrs=attrs)


def _before_event(ctx: Context, end: int) -> bool:
    """Does a link of ``event_before_links`` follow a count of units at ``end``, maybe after a word or two of
    ``event_before_gaps``, and no "الآن" after it: "قبل أسبوع من الجولة الثانية", "قبل 24 ساعة فقط من موعد", "قبل عام
    واحد على الأقل من سحب عينة الدم", "قبل أيام قليلة من الانتخابات" (a time before that event; not "قبل 3 سنوات فقط
    من الآن", dev ANT 376, nor "قبل أيام من طرف أعوان الحرس": ``event_before_stops``)?"""
    lex = ctx.lex
    found: list[str] = []
    pos = end
    while len(found) < 4 and (nxt := _NEXT.match(ctx.text, pos, None, SERIAL)) is not None:
        found.append(nxt.group(1))
        pos = nxt.end()
    if found and found[0] in lex.event_before_gaps:
        found = found[1:]
    elif " ".join(found[:2]) in lex.event_before_gaps:
        found = found[2:]
    return bool(found) and found[0] in lex.event_before_links and not (
        len(found) > 1 and found[1] in lex.event_before_stops)


#: "من"/"على" after a unit, or after its adjective: "بعد أيام قليلة من", "بعد ساعات طويلة من الصيام"
_EVENT_AFTER = regex.compile(r"(?:\s++[\p{L}\p{M}]++)?\s++(?:من|علي)(?![\p{L}\p{M}])")


def _same_unit_before(m: regex.Match[str], ctx: Context, unit: str) -> bool:
    """Is the word before the match the same unit ("يوما" before "بعد يوم")?"""
    prev = last_word(ctx.text, m.start(), 12)
    if prev is None:
        return False
    word = ctx.text[prev[0]:prev[1]]
    for form in (word, word[1:]) if word[:1] in ("و", "ف") else (word,):  # "ويوما بعد يوم"
        found = ctx.lex.units.get(form)
        if found is not None and found[0] == unit:
            return True
    return False


def _ahead_of_reference(m: regex.Match[str], ctx: Context, full: regex.Match[str] | None) -> bool:
    """Is "بعد" + a duration counted from the reference: a future cue before it in its clause, or
    nothing before it ("بعد يومين" as a whole text), and no "من"/"على" after it, which tie it to an
    event ("بعد يومين من الهجوم")?"""
    if full is not None and full.group(1) in _FROM_EVENT:
        return False
    text = ctx.text
    end = m.start()
    while end and text[end - 1].isspace():  # what text[:m.start()].rstrip() ends with, without the copy
        end -= 1
    return not end or text[end - 1] in ".!?؟\n" or future_tense(text, m.start())


def h_vague(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """A vague reference or a periodic word: "السنوات الماضية" → PAST_REF, "يومياً" → SET P1D."""
    g = m.re.groupindex
    w = words(m[g["w"]])
    nxt = _NEXT.match(ctx.text, m.end(), None, SERIAL)
    if w == "قريبا" and nxt is not None and nxt.group(1) in ("من", "منه", "منها"):
        return None  # "قريبا من المدينة": near, not soon
    if w in ctx.lex.sets:
        return None if m[g["co"]] else Candidate(m.start(), m.end(), "SET", ctx.lex.sets[w])
    value = ctx.lex.vague[w]
    if w in ctx.lex.later_words and _later_in_past(ctx.text, m.start(), m.end()):
        value = "PAST_REF"  # "وأعلن المجلس في وقت لاحق": later on the story's past timeline
    return Candidate(m.start(), m.end(), "DATE", value)


#: سـ + an imperfect verb and an object pronoun ("سيحدده", "ستعلنها", "سنعرضهم")
_FUTURE_OBJECT = regex.compile(r"س[يتن]\p{L}{2,}(?:ه|ها|هم|هما)$")


def _later_in_past(text: str, start: int, end: int) -> bool:
    """Is "في وقت لاحق" / "لاحقا" at ``start:end`` said of the past?  The nearest verb before it in its clause
    decides: a past verb (a news verb, …ت or …وا, or one of ``later_past_verbs``: "ثم اعتنق الإسلام في وقت لاحق",
    "وغادرا في وقت لاحق", "لكن اتضح لاحقا") makes it past, a future cue or an imperfect verb ("سيتم الكشف عنها في
    وقت لاحق", "يستطيع في وقت لاحق", "الذي سيحدده لاحقا") not; with none, a past verb right after it, past a comma
    too ("ولاحقا قرر نتنياهو", "وفي وقت لاحق، أعلنت القيادة") or the clause's tense as
    :func:`.relative.past_tense` reads it."""
    verbs = lexicon().later_past_verbs
    before = (prev_words(text, start) or "").replace("،", " ").replace(",", " ").split()
    for w in reversed(before):
        w = w[1:] if len(w) > 3 and w[0] in "وف" else w
        if _FUTURE_OBJECT.match(w, None, None, SERIAL) or future_cue(w) or (len(w) >= 4 and w[0] == "ي" and w != "يوم"
                                                          and w not in lexicon().imperfect_lookalikes):
            return False
        if w in verbs or w in _PAST_NEWS_VERBS or _past_shape(w):
            return True
    nxt = _NEXT_PAST_COMMA.match(text, end, None, SERIAL)  # (a comma between: "وفي وقت لاحق، أعلنت القيادة")
    if nxt is not None:
        w = nxt.group(1)
        w = w[1:] if len(w) > 3 and w[0] in "وف" else w
        if w in verbs or w in _PAST_NEWS_VERBS or _past_shape(w):
            return True
    return past_tense(text, start)


_SET_UNITS = {"Y": "Y", "M": "M", "W": "W", "D": "D", "H": "TH", "MIN": "TM", "S": "TS", "DEC": "DEC", "CENT": "CENT"}


def h_set(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """A periodic expression: "كل ثلاثة أشهر" → SET P3M, "كل يوم جمعة" and "أيام الجمعة" →
    SET XXXX-WXX-5, "مرتين في الأسبوع" and "مرتين أسبوعيا" → SET P1W with ``freq`` 2X."""
    g = m.re.groupindex
    lex = ctx.lex
    if m[g["times"]]:
        t = words(m[g["times"]])
        if t == "مره":
            freq = 1
        elif t == "مرتين":
            freq = 2
        else:
            digits = "".join(ch for ch in t if ch.isdigit())
            if digits:
                freq = int(digits)
            else:
                v = ctx.masks.get(m.start(g["times"]))
                if v is None or v[0] is None:
                    return None
                freq = int(v[0])
        if m[g["adv"]]:  # "مرتين أسبوعيا" → P1W 2X
            return Candidate(m.start(), m.end(), "SET", lex.sets[words(m[g["adv"]])], attrs={"freq": f"{freq}X"})
        unit, dual = lex.units[words(m[g["unit2"]])]  # "مرة كل أسبوعين": every two weeks (P2W)
        return Candidate(m.start(), m.end(), "SET", R.duration(2 if dual == 2 else 1, unit), attrs={"freq": f"{freq}X"})
    if m[g["dpart"]]:  # "كل صباح" → TMO, "كل ليلة" → TNI
        return Candidate(m.start(), m.end(), "SET", f"T{lex.day_parts_before[words(m[g['dpart']])]}")
    if m[g["season"]]:  # "كل صيف"
        return Candidate(m.start(), m.end(), "SET", f"XXXX-{lex.seasons[words(m['season'])]}")
    # "أيام الأحد" has no unit word: its weekday is a day's, as in "كل يوم أحد"
    unit, dual = lex.units[words(m[g["unit"]])] if m[g["unit"]] else ("D", 1)
    if m[g["wd"]] and unit == "D":
        wd = lex.weekdays.get(words(m[g["wd"]])) or lex.weekdays.get("ال" + words(m[g["wd"]]))
        if wd is None:
            return None
        return Candidate(m.start(), m.end(), "SET", f"XXXX-WXX-{wd}", attrs={"weekday": wd})
    count: float = 2 if dual == 2 else 1
    if m[g["num"]]:
        v = number(m, g["num"], ctx)
        if v is None or v[0] is None or v[0] <= 0 or v[0] != int(v[0]):
            return None
        count = v[0]
    end = m.end(g["unit"])
    return Candidate(m.start(), end, "SET", R.duration(count, unit))


def _after_title(text: str, start: int) -> bool:
    """Is the word before ``start`` a title's plural or dual of ``general_title_plurals`` (with its proclitics:
    "لمديرين"), after which "عامين" is the adjective "general" ("تعيين مديرين عامين")?"""
    found = last_word(text, start)
    if found is None:
        return False
    titles = lexicon().general_title_plurals
    # (an indefinite one: "الأمناء عامين" is no "general", which would take the article too)
    return any(split.stem in titles and not split.article for split in clitic_splits(text[found[0]:found[1]]))
