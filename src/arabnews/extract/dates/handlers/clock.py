"""Handler of clock times, with their fraction, part of the day and day."""

from __future__ import annotations

import datetime as dt
from functools import cache

import regex

from ....lang.ar.serial import SERIAL
from .. import resolve as R
from ..candidates import Candidate, Context
from ..months import lexicon
from ..patterns import MASK, alt
from ..reading import first_ordinal, int_in, number, prev_word, words
from .relative import future_tense, named_day

#: Plural time words before an ordinal that make it "the first hours/days", not a clock hour
_NOT_HOUR_AFTER = frozenset({"الساعات", "ساعات", "اللحظات", "الدقايق", "الايام", "الاسابيع", "الاشهر", "السنوات",
                             "الليالي"})


def _feminine_noun(word: str) -> bool:
    """Is ``word`` (folded) a definite feminine singular noun, other than the hour's own "الساعة" ("الرابطه",
    "للمره", "بالمرحله"): the noun an ordinal after it agrees with?"""
    return (word.startswith(("ال", "لل", "بال", "وال", "فال", "كال")) and word.endswith("ه") and len(word) >= 5
            and not word.endswith("ساعه"))


#: "من المباراة", "من الشوط", "من اللقاء" after an ordinal hour: the Nth hour of something, not a clock hour
#: (a part of the day or a day after "من" is the time rule's own: "الساعة الثانية من بعد الظهر")
_HOUR_OF = regex.compile(r"\s++(?:من|في)\s++(?:ال[\p{L}]++|عمر(?![\p{L}]))")


def _hour_of_something(m: regex.Match[str], ctx: Context, v: tuple | None) -> bool:
    """Is the match an ordinal hour after الساعة and nothing else, before "من" and a noun: "الساعة الأولى من
    المباراة" (a period of a match, as "الدقيقة 90" and "الشوط الأول" are), not 1 o'clock?"""
    g = m.re.groupindex
    if not (m[g["saa"]] and v is not None and v[1] == "ordinal" and m.end() == m.end(g["hour"])):
        return False
    after = _HOUR_OF.match(ctx.text, m.end())
    if after is None:
        return False
    noun = after[0].split()[-1]
    lex = ctx.lex
    return noun not in lex.part_nouns and noun not in lex.day_parts and noun not in lex.clock_days \
        and noun not in lex.weekdays and noun not in lex.prayers


#: A word after a fraction that makes it a fraction of that word, not of an hour ("ونصف الفرق", "والنصف النهائي")
_NOUN_AFTER = regex.compile(r"\s++(?:ال|نهائي|نهايي)")


def _fraction_of_a_noun(m: regex.Match[str], ctx: Context) -> bool:
    """Does the match end with its fraction and a noun follow it: "المرتبة الثامنة ونصف الفرق", "الثامنة
    والنصف النهائي" (the semi-final), not "في الثامنة والنصف"?"""
    g = m.re.groupindex
    return bool(m[g["frac"]]) and m.end() == m.end(g["frac"]) and _NOUN_AFTER.match(ctx.text, m.end()) is not None


def _end_clock(m: regex.Match[str], ctx: Context, code: str | None, start: int) -> str | None:
    g = m.re.groupindex
    if m[g["min2"]]:
        hour, minute = int(m[g["hour2"]].replace(".", ":").split(":")[0]), int(m[g["min2"]])
    else:
        h = int_in(number(m, g["hour2"], ctx), 0, 24)
        if h is None:
            return None
        hour, minute = h, 0
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    if (code in ("AF", "EV") and hour < 12) or (code == "NI" and 6 <= hour < 12):
        hour += 12
    elif code in ("MO", "NI") and hour == 12 and not (code == "MO" and 5 <= start < 12 and not minute):
        hour = 0  # "… والثانية عشرة ليلا": midnight; "من 8 إلى 12 صباحا" ends at noon, the morning's end
    return f"T{hour % 24:02d}:{minute:02d}"


def h_time(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """A clock time after الساعة: "الساعة الثالثة فجراً" → T03:00, "الساعة 10:30 مساء" → T22:30,
    "الساعة الرابعة إلا ربعاً" → T03:45, "الساعة الثامنة من صباح أمس" → 2020-05-11T08:00."""
    g = m.re.groupindex
    hour: int | None
    v = number(m, g["hour"], ctx)
    minutes_after = _minutes_not_hour(m, ctx)
    # "الواحدة" (and "الواحدة والنصف", one number of the numbers stage: 1.5): one o'clock is a cardinal
    one = m[g["hour"]][0] == MASK and v is not None and v[1] == "cardinal" and 1 <= v[0] < 2
    if not m[g["saa"]]:  # "الثامنة مساء", "السابعة إلا ربعا": an ordinal hour without الساعة
        part = words(m[g["part"]]) if m[g["part"]] else ""
        # not "الأولى" before a day ("للمرة الأولى مساء يوم غد": the first time, "عرضه الأول مساء الأربعاء"),
        # nor before a part of the day named with a demonstrative or after Morocco ("قناة التاسعة هذه الليلة"
        # is a channel, "التاسعة بعد المغرب" a rank): those need الساعة
        word = (m[g["part"]] or m[g["minus"]] or m[g["mminus"]] or m[g["frac"]]) and m[g["hour"]][0] == MASK \
            and v is not None \
            and (v[1] == "ordinal" or one) \
            and not (first_ordinal(ctx.masks, m.start(g["hour"])) and (m[g["dref"]] or m[g["dwd"]])) \
            and not part.startswith(("هذه ", "هذا ")) and not part.endswith("المغرب") \
            and not _fraction_of_a_noun(m, ctx) \
            and not (v[1] == "ordinal" and len(m[g["hour"]]) == 3)  # "أول ليلة" (the first night), no hour
        # "8 صباحا": a number of 1 to 12 right before an adverb of the day's part is an hour too (not
        # before a day: in "أصيب 3 مساء الأحد" the part is a noun, "Sunday evening", and 3 a count)
        # (not before a prayer named with بعد: "حل 3 بعد المغرب" is third after Morocco)
        digits = (part in ctx.lex.day_parts_after or (part.startswith("بعد ") and not part.endswith("المغرب"))) \
            and m[g["hour"]][0] != MASK \
            and not (m[g["dref"]] or m[g["dwd"]]) and int_in(v, 1, 12) is not None
        if word and m[g["part"]] and "في" in ctx.text[m.end(g["hour"]):m.start(g["part"])].split() \
                and prev_word(ctx.text, m.start(g["hour"])).startswith(("ال", "لل", "مره")):
            # "الثامنة في المساء" is 20:00, but an ordinal after a noun is its adjective: "للمرة الثالثة في الليل",
            # "في المرتبة الثالثة في الصباح"
            return None
        if (word and v is not None and v[1] == "ordinal" and m.start(g["hour"]) in ctx.definite
                and _feminine_noun(prev_word(ctx.text, m.start(g["hour"])))):
            # an ordinal right after a definite feminine noun is its adjective: "أندية الرابطة الثالثة صباح اليوم",
            # "إحالة الطفلة الثانية صباح اليوم" (ANT 9268, 8489; session 39); the hour needs الساعة there (the
            # ordinal itself right after the noun: "المؤسسة في حدود الحادية عشرة صباحا" is masked from "في")
            return None
        one_hour = (word or digits) and (not m[g["hour2"]] or minutes_after is not None)
        if not (one_hour or _bare_range(m, ctx, part)) or prev_word(ctx.text, m.start()) in _NOT_HOUR_AFTER:
            return None  # "في الساعات الأولى من صباح السبت": the first hours, not 1 o'clock
    if _hour_of_something(m, ctx, v):
        return None  # "في الساعة الأولى من المباراة"
    if m[g["min"]]:
        hour, minute = int(m[g["hour"]].replace(".", ":").split(":")[0]), int(m[g["min"]])
    elif one and v is not None:  # "الواحدة والنصف" → 1:30, "الواحدة والربع" → 1:15
        hour, minute = 1, round((v[0] - 1) * 60)
    elif m[g["saa"]] and v is not None and v[1] == "cardinal" and 1 < v[0] < 25 \
            and round(v[0] % 1 * 60) in (15, 20, 30):
        # "الساعة ثلاثة وثلث" (one number of the numbers stage, 3⅓) → 3:20, "الساعة خمسة ونص" → 5:30
        hour, minute = int(v[0]), round(v[0] % 1 * 60)
    else:
        hour, minute = int_in(v, 0, 24), 0
    if hour is None or not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    minutes = ctx.lex.fraction_minutes
    if m[g["mwords"]]:  # "الساعة 4 و20 دقيقة"
        extra = int_in(number(m, g["mwords"], ctx), 0, 59)
        if extra is None:
            return None
        minute = extra
    elif minutes_after is not None:  # "السابعة وثلاثين مساء", "الساعة الرابعة و 20 مساء"
        minute = minutes_after
    elif m[g["frac"]]:
        minute = minutes[words(m[g["frac"]])]
    elif m[g["frac2"]]:  # "التاسعة مساءً و ثلاثة أرباع" → 21:45
        minute = minutes[words(m[g["frac2"]])]
    elif m[g["minus"]]:
        hour, minute = (hour - 1) % 24, 60 - minutes[m[g["minus"]]]
    elif m[g["mminus"]]:  # "العاشرة إلا عشر دقائق" → 9:50
        less = int_in(number(m, g["mminus"], ctx), 1, 30)
        if less is None or hour == 0:
            return None
        hour, minute = hour - 1, 60 - less
    code = ctx.lex.day_parts.get(words(m[g["part"]])) if m[g["part"]] else None
    if code is None and 1 <= hour <= 9 and v is not None and 1 <= v[0] < 10:
        # "البرنامج الاربعاء 5 أفريل 2017 الساعة الخامسة : النادي الإفريقي * الترجي" → T17:00
        code = _afternoon_hour(m, ctx)
    written = hour
    if (code in ("AF", "EV") and hour < 12) or (code == "MI" and hour < 6) or (code == "NI" and 6 <= hour < 12):
        hour += 12
    elif code in ("MO", "NI") and hour == 12:  # "الثانية عشرة ليلا": midnight
        hour = 0
    hour %= 24
    clock = f"T{hour:02d}:{minute:02d}" + (f":{m[g['sec']]}" if m[g["sec"]] else "")  # "الساعة 09:40:12"
    tz: dict[str, object] = {"timezone": words(m[g["tz"]])} if m[g["tz"]] else {}
    if m[g["hour2"]] and minutes_after is None:  # "من الساعة 9 حتى 11 صباحا": an interval of clock times
        end = _end_clock(m, ctx, code, hour)
        if end is None or not (m[g["saa"]] or _bare_range(m, ctx, words(m[g["part"]]) if m[g["part"]] else "")):
            return None
        if written < hour and written <= int(end[1:3]) < hour:
            # the part of the day is the end's only: "من 9 وحتى 2 بعد الظهر" → T09:00/T14:00 (not 21:00)
            clock = f"T{written:02d}:{minute:02d}" + clock[6:]
        start = m.start(g["sig"]) if m[g["sig"]] else m.start()
        # on a named day, the day at both ends ("من الساعة 9 حتى 11 صباحا غدا" → 2017-06-02T09:00/2017-06-02T11:00,
        # session 26; the day was in the span, not in the value)
        day = _time(m, ctx, clock, tz) if m[g["dref"]] or m[g["dwd"]] else None
        if day is not None and day.value is not None:
            on = day.value[:-len(clock)]
            clock, end = on + clock, on + end
        return Candidate(start, m.end(), "TIME", f"{clock}/{end}", resolved=day is None or day.resolved,
                         attrs={**(day.attrs if day is not None else tz), "end_value": end,
                                "range": {"start": clock, "end": end}})
    return _time(m, ctx, clock, tz)


@cache
def _match_cue() -> regex.Pattern[str]:
    """A word of ``match_clock_cues`` (with ال or ل and proclitics: "بملعب", "للكرة", "المباراة")."""
    cues = alt(lexicon().match_clock_cues)
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:[وف]?[بلك]?(?:ال|ل)?)(?:{cues})(?![\p{{L}}\p{{M}}])")


#: A part of the day some words before the hour, in its clause: "مساء اليوم إنطلاقا من الساعة الرابعة", "تدور
#: الليلة إنطلاقا من الساعة الثامنة", "مساء غد الثلاثاء بداية من الساعة السابعة" (ANT 9350, 9196, 10037)
_PART_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:[وف]?(?:مساء|عشيه|الليله|ليله|عصر))(?:\s++[^\s،,.:;؛!?؟()]++){0,5}"
                             r"\s*+$")


#: A fixture after an hour of a programme: ": الترجي الرياضي * سعيدية سيدي بوسعيد", ": النادي الإفريقي - النجم"
_FIXTURE = regex.compile(r"\s*+:\s*+[^\n:*\-–]{3,50}?\s(?:\*|-|–)\s")


def _afternoon_hour(m: regex.Match[str], ctx: Context) -> str | None:
    """The part of the day of a bare clock hour in words with no part of the day after it: the evening or night
    named some words before it in its clause ("AF", or "NI" after ليلة: "الليلة … الساعة الثانية" stays 2:00),
    or "AF" near a match or a fixture list (session 40: a match's hour of 1 to 9 is never the early morning; 10
    is left, a morning match or a Ramadan night's).  Digits ("الساعة 4", "الساعة 15:00") and "الساعة الخامسة
    فجرا" stay as they are."""
    g = m.re.groupindex
    if m[g["min"]] or m[g["hour2"]] or m[g["hour"]][0] != MASK:
        return None
    start = m.start(g["saa"]) if m[g["saa"]] else m.start(g["hour"])
    before = _PART_BEFORE.search(ctx.text[max(0, start - 60):start])
    if before is not None:
        return "NI" if "ليله" in before[0].split()[0] else "AF"
    lo, hi = ctx.text.rfind("\n", 0, start) + 1, ctx.text.find("\n", m.end())
    lo, hi = max(lo, start - 120), m.end() + 100 if hi < 0 else min(hi, m.end() + 100)
    if _FIXTURE.match(ctx.text, m.end()) or _match_cue().search(ctx.text, lo, hi) is not None:
        return "AF"
    return None


def _time(m: regex.Match[str], ctx: Context, clock: str, tz: dict[str, object]) -> Candidate:
    """The clock time ``clock`` of the match on its day, when one is named ("الساعة 11 صباحا غدا")."""
    g = m.re.groupindex
    if not (m[g["dref"]] or m[g["dwd"]]):
        return Candidate(_start(m), m.end(), "TIME", clock, attrs=tz)
    if m[g["dref"]]:
        days = ctx.lex.clock_days[m[g["dref"]]]
        if ctx.ref is None:
            return Candidate(_start(m), m.end(), "TIME", clock, resolved=False,
                             attrs={"anchor": "REF", "offset": R.offset(abs(days), "D", days), **tz})
        if m[g["dwd"]]:
            # a day word and a weekday name the writer's day as the relative-day rule reads them (named_day):
            # "الساعة العاشرة من صباح يوم غد الأربعاء", and "من صباح اليوم الأحد" read on a Thursday is the last
            # Sunday (dev 2885; until session 45 the reference day, its weekday dropped).  Today's and yesterday's
            # carry the offset that lets the document state its day by them, as "صباح اليوم الأحد" does; not
            # tomorrow's: a deadline "حتى الساعة الخامسة من مساء غد الثلاثاء" may be the day before the one the
            # article dates itself ("اليوم الثلاثاء، 20 جوان", sport 9115)
            wd = ctx.lex.weekdays[words(m[g["dwd"]])]
            named = named_day(ctx.ref, days, wd)
            date = ctx.ref + dt.timedelta(days=named)
            offset = {"offset": R.offset(abs(named), "D", named)} if days <= 0 else {}
            return Candidate(_start(m), m.end(), "TIME", f"{date.isoformat()}{clock}",
                             attrs={"anchor": "REF", **offset, "weekday": wd, "weekday_ok": date.isoweekday() == wd,
                                    **tz})
        date = ctx.ref + dt.timedelta(days=days)
    else:
        wd = ctx.lex.weekdays[words(m[g["dwd"]])]
        if ctx.ref is None:
            return Candidate(_start(m), m.end(), "TIME", clock, resolved=False,
                             attrs={"anchor": "REF", "weekday": wd, "timex": f"XXXX-WXX-{wd}{clock}", **tz})
        rel = ctx.lex.relative[words(m[g["drel"]])] if m[g["drel"]] else None
        if rel is None and future_tense(ctx.text, m.start()):  # "سيفتتح الساعة الثامنة من مساء الأحد"
            date = ctx.ref + dt.timedelta(days=(wd - ctx.ref.isoweekday()) % 7)
        elif rel is None or rel < 0:  # "… الأحد" in past-tense news, "… الأحد الماضي"
            date = R.weekday_before(ctx.ref, wd, strict=rel is not None)
        elif rel > 0:  # "… مساء الأحد القادم"
            date = R.weekday_after(ctx.ref, wd)
        else:  # "… الأحد الجاري": this week's
            date = ctx.ref + dt.timedelta(days=wd - ctx.ref.isoweekday())
    return Candidate(_start(m), m.end(), "TIME", f"{date.isoformat()}{clock}", attrs={"anchor": "REF", **tz})


#: The conjunction of a range of hours after its signal: "من 4 إلى 5", "بين الخامسة والسادسة"
_RANGE_CONJ = regex.compile(r"\s*+(?P<conj>و?الي|و?حتي|و)")  # ("من 4 وحتى 6 بعد الظهر")


def _bare_range(m: regex.Match[str], ctx: Context, part: str) -> bool:
    """Is the match a range of two hours without الساعة that a signal opens and a part of the day closes:
    "من 4 إلى 5 مساء", "من الخامسة إلى السادسة مساء", "بين الخامسة والسادسة مساء" (both hours 1 to 12, in
    digits or ordinal words, "من" with إلى/حتى and "بين" with و)?  Not before a day ("من 3 إلى 5 مساء الأحد"
    may count people), as for one hour in digits."""
    g = m.re.groupindex
    if not (m[g["sig"]] and m[g["hour2"]]) or m[g["dref"]] or m[g["dwd"]]:
        return False
    conj = _RANGE_CONJ.match(ctx.text, m.end(g["hour"]), None, SERIAL)
    if conj is None or (conj["conj"] == "و") != (m[g["sig"]] == "بين"):
        return False
    if m[g["min"]] or m[g["min2"]]:
        # "من 4:00 حتى 5 مساء", "من 1:30 إلى 3", "بين 14:00 و16:30": a clock time written with a colon at
        # either end makes both clock times, with or without a part of the day (not "من 1.5 إلى 3.5")
        return _colon_clock(m, "hour", "min") or _colon_clock(m, "hour2", "min2")
    if not _range_part(m, ctx, part):
        return False
    for group in ("hour", "hour2"):
        v = number(m, g[group], ctx)
        if int_in(v, 1, 12) is None or (m[g[group]][0] == MASK and v is not None and v[1] != "ordinal"):
            return False
    return True


def _colon_clock(m: regex.Match[str], hour: str, minute: str) -> bool:
    """Is the group ``hour`` a clock time written with a colon ("4:00", "16:30"), its hour 0 to 24?"""
    g = m.re.groupindex
    text = m[g[hour]]
    return bool(m[g[minute]]) and ":" in text and int(text.split(":")[0]) <= 24


def _range_part(m: regex.Match[str], ctx: Context, part: str) -> bool:
    """Does a part of the day close a range of bare hours: an adverb ("من 4 إلى 5 مساء"), "بعد الظهر" and its
    kin ("من 5 إلى 7 بعد الظهر", "بين الخامسة والسادسة بعد الزوال"; not "بعد المغرب", after Morocco), or a
    noun after في ("من 5 إلى 6 في المساء", "بين الثانية والثالثة في الليل")?"""
    if part in ctx.lex.day_parts_after or (part.startswith("بعد ") and not part.endswith("المغرب")):
        return True
    g = m.re.groupindex
    between = ctx.text[m.end(g["hour2"]):m.start(g["part"])].split() if m[g["part"]] else []
    return between == ["في"] and part in ctx.lex.day_parts and part.startswith("ال")


def _minutes_not_hour(m: regex.Match[str], ctx: Context) -> int | None:
    """The minutes of a second number joined by و to an hour with no signal before it, when it cannot be an
    hour: 13 to 59 after an hour of 1 to 12 ("السابعة وثلاثين مساء" → 19:30, "الساعة الرابعة و 20 مساء" →
    16:20; was the range 16:00/20:00 or nothing).  "من/بين الساعة 8 و10" stays a range."""
    g = m.re.groupindex
    if not m[g["hour2"]] or m[g["sig"]] or m[g["min"]] or m[g["min2"]]:
        return None
    conj = _RANGE_CONJ.match(ctx.text, m.end(g["hour"]), None, SERIAL)
    if conj is None or conj["conj"] != "و" or int_in(number(m, g["hour"], ctx), 1, 12) is None:
        return None
    return int_in(number(m, g["hour2"], ctx), 13, 59)


def _start(m: regex.Match[str]) -> int:
    """A lone signal word (من, بين) before one clock time is not part of it."""
    g = m.re.groupindex
    return m.start(g["saa"]) if m[g["sig"]] and m[g["saa"]] else (m.start(g["hour"]) if m[g["sig"]] else m.start())
