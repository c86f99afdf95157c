"""Handlers of absolute dates: day/month/year, years, year ranges, numeric dates, decades."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Mapping

import regex

from ....lang.ar.serial import SERIAL
from ...numbers.gated import at_pos
from .. import resolve as R
from ..candidates import Candidate, Context
from ..deferrals import deferred
from ..merges import _days_before_date
from ..patterns import MASK, patterns
from ..reading import int_in, number, prev_word, words
from ..values import absolute, check_weekday, hijri_month_of, hijri_year_of, unresolved
from .relative import clause_tense, holiday_tense, main_clause_tense

#: Words before a lone month that open a range ("من تموز حتى كانون الأول")
_RANGE_OPENERS = ("من", "بين", "منذ")
#: What may stand around a month name that is the whole text ("أيار", "مارس؟")
_NOT_WORDS = " \t\n.,،؟?!:;-"
_WORD_CHAR = re.compile(f"[^{re.escape(_NOT_WORDS)}]")


def h_dmy(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """A month with its optional weekday, day, year, relative word and mod.

    "يوم الأحد 15 كانون الأول 2019" → 2019-12-15 (weekday checked), "أيار الماضي" → the last May before
    the reference, "مطلع تموز 2016" → 2016-07 START.  A lone month is a date only after a preposition
    ("في أيار"; a month that is also a common word, "مارس", "رمضان", only after one of
    ``ambiguous_month_prepositions``: "في مارس") or after another month and و/أو ("مارس وأفريل"), or
    when it is the whole text (a query: "أيار").
    """
    g = m.re.groupindex
    lex = ctx.lex
    name = words(m[g["month"]]) if m[g["month"]] else None
    if name is not None:
        if name[-1].isdigit() and ctx.text[m.end(g["month"]):m.end(g["month"]) + 1].isdigit():
            return None  # "تشرين 2015" is no "تشرين 2" (November) before "015"
        cal, month = lex.months[name]
    else:  # "بداية شهر 3", "الأول من شهر ثلاثة": a month by its number
        number_month = int_in(number(m, g["mnum"], ctx), 1, 12)
        if number_month is None:
            return None
        cal, month = "gregorian", number_month
    if m[g["month2"]] and lex.months[words(m[g["month2"]])][1] != month and not m[g["month2"]][0:1].isdigit() \
            and ctx.text[m.end(g["month"]):m.start(g["month2"])].isspace():
        return None  # "مارس نيسان": two months side by side are no month and its other name
    ns, ne = m.start(), m.end()
    month_start = m.start(g["shahr"]) if m[g["shahr"]] else m.start(g["month"])
    month_end = m.end(g["month2"]) if m[g["month2"]] else m.end(g["month"]) if name else m.end(g["mnum"])
    day = year = None
    if m[g["day"]]:
        # "غرة ديسمبر": a word for the first day
        day = 1 if words(m[g["day"]]) in lex.first_day else int_in(number(m, g["day"], ctx), 1, 31)
        if day is None or prev_word(ctx.text, m.start(g["day"])) in lex.parts_of_month or _counts_a_noun(m, g, ctx):
            day, ns = None, month_start  # "النصف الثاني من نوفمبر", "الأشهر الثلاثة من أبريل إلى يونيو"
    wd = lex.weekdays[words(m[g["wd"]])] if m[g["wd"]] and day is not None else None
    if m[g["wd"]] and wd is None:
        ns = month_start
    marker = words(m[g["marker"]]) if m[g["marker"]] else None
    if m[g["year"]]:
        v = number(m, g["year"], ctx)
        ok = v is not None and v[0] == int(v[0]) and (
            (1000 <= v[0] <= 2200) or (marker is not None and 1 <= v[0] <= 2200))
        if ok and v is not None and marker is None and _counts_not_year(m.start(g["year"]), int(v[0]), cal, ctx):
            ok = False  # "شهر رمضان 1362 مخالفة": the violations of Ramadan, "شهر مارس 1500 عون": agents
        if ok and v is not None:
            year = int(v[0])
            if marker in lex.hijri_markers and cal == "gregorian":
                return None  # a Gregorian month with a Hijri year: a misreading
            if cal == "hijri" and marker not in lex.hijri_markers and year >= 1600:
                return _hijri_month_in(ns, ne, month, day, year, m, ctx)  # "رمضان 2021"
        else:
            ne, marker = month_end, None
    if name is None and day is None and year is None and not m[g["mod"]]:
        return None  # "شهر 3" alone: a count of months as often as March
    has_context = day is not None or year is not None or m[g["yrel"]] or m[g["mrel"]] or m[g["shahr"]] \
        or m[g["month2"]] or m[g["mod"]]
    if not has_context:
        word = prev_word(ctx.text, ns)
        in_range = word in _RANGE_OPENERS and patterns().range_next.match(ctx.text, ne)
        after_prep = word in (lex.ambiguous_month_prepositions if name in lex.ambiguous_months else lex.prepositions)
        # "أيار" as the query: nothing but _NOT_WORDS around it (searched, not sliced: the text may be long)
        alone = _WORD_CHAR.search(ctx.text, 0, ns) is None and _WORD_CHAR.search(ctx.text, ne) is None
        if not (in_range or after_prep or alone or patterns().month_before.search(ctx.text, max(0, ns - 90), ns, SERIAL)
                or patterns().month_after.match(ctx.text, ne, None, SERIAL)):  # "سبتمبر وأكتوبر 2016"
            return None
    rel = None
    written_year = year is not None  # a year after a relative word wins: "شهر أفريل المقبل 2017" → 2017-04
    if m[g["yrel"]]:
        rel = lex.relative[words(m[g["yrel"]])]
    elif m[g["mrel"]]:
        rel = lex.relative[words(m[g["mrel"]])]
    cand: Candidate | None
    if rel is not None and year is None and ctx.ref is None:
        cand = unresolved(ns, ne, "DATE", R.offset(abs(rel), "Y", rel), month=month)
        if day is not None:
            cand.attrs["day"] = day
        cand.calendar = cal
    else:
        if rel is not None and ctx.ref is not None and not written_year:
            base = hijri_year_of(ctx.ref) if cal == "hijri" else ctx.ref.year
            if m[g["yrel"]]:
                year = base + rel
            else:  # "أيار الماضي": the last May before the reference month
                # (a Hijri month against the reference's Hijri month, session 46: "رمضان المقبل" read in
                # Shawwal 1438 is Ramadan 1439, "رمضان الماضي" read in Jumada 1438 is Ramadan 1437)
                ref_month, ref_day = (ctx.ref.month, ctx.ref.day) if cal == "gregorian" else hijri_month_of(ctx.ref)
                year = base
                if day is not None and month == ref_month:
                    # "يوم 18 جوان القادم" written on June 1st: later this month, not next year (session 39,
                    # ANT 9210); "5 جوان الماضي" written on June 10th: earlier this month
                    if rel < 0 and day >= ref_day:
                        year -= 1
                    elif rel > 0 and day <= ref_day:
                        year += 1
                else:
                    if rel < 0 and month >= ref_month:
                        year -= 1
                    elif rel > 0 and month <= ref_month:
                        year += 1
                    elif rel == 0 and cal == "gregorian" \
                            and (base, month) > ((week := ctx.ref + dt.timedelta(days=7)).year, week.month):
                        # "إلى غاية يوم 10 ديسمبر الجاري" read with a June reference: the month the writer calls
                        # current is the writer's, which is not after the reference (a crawl's day): last
                        # December (session 41; ANT 30, 76: a festival of December 2016, July 2016).  A week's
                        # margin: a document's day read from a weekday alone may be days before the writer's
                        # ("اليوم الثلاثاء" read as 30 May, "يومي 12 و13 يونيو الجاري": June 2017, ANT 1215)
                        year -= 1
        inferred = rel is not None and not written_year
        same = _SAME_YEAR.match(ctx.text, ne, None, SERIAL) if year is None and rel is None else None
        if same:  # "في أكتوبر من نفس السنة": the year of the date before it ("18 سبتمبر 1954")
            prev = _last_year(ctx.text, ns)
            if prev is None:
                return None
            year, ne, inferred = prev, same.end(), True
        elif year is None and rel is None and ctx.ref is not None and cal == "hijri":
            # (a day told with اليوم/أمس/غدا is the document's own: no tense picks its year)
            # ("أواخر رمضان": the part's occurrence, not the month's, session 48)
            part = mod_part(lex.mods[words(m[g["mod"]])]) if m[g["mod"]] and ns == m.start() else None
            year, inferred = _year_of_hijri_month(month, day, wd, ns, ne, ctx, bool(m[g["dref"]]), part), True
        elif year is None and rel is None and ctx.ref is not None and cal == "gregorian":
            # a day right after اليوم/أمس/غدا names that day ("يصادف اليوم 14 فيفري", "تحيي تونس اليوم 06 أفريل"):
            # the verb's tense is of that day, not the month's year (session 40, ANT 9363 was 2018-02-14)
            # (the day in digits right after the word: not "في اليوم الأول من أفريل", the first day of April)
            first, _, rest = ctx.text[ns:ne].partition(" ")
            word, rest = (first, rest.lstrip()) if first in lex.clock_days else (prev_word(ctx.text, ns),
                                                                                ctx.text[ns:ne])
            if rest.split(maxsplit=1)[:1] and rest.split(maxsplit=1)[0] in lex.weekdays:  # "غدا الأحد 6 ديسمبر"
                rest = rest.split(maxsplit=1)[1] if len(rest.split(maxsplit=1)) > 1 else ""
            named = lex.clock_days.get(word) if day is not None and rest[:1].isdigit() else None
            if named is not None and day is not None:
                # the document's own day (or the day next to it), which is not after the reference (a crawl's
                # day): the last such day on or before the reference's day shifted by the day word
                last = ctx.ref + dt.timedelta(days=named)
                year, inferred = last.year - ((month, day) > (last.month, last.day)), True
            else:
                part = mod_part(lex.mods[words(m[g["mod"]])]) if m[g["mod"]] and ns == m.start() and day is None \
                    else None
                year, inferred = _year_of_month(month, _tense_position(ns, day, ctx), ctx, part), True
        cand = absolute(ns, ne, cal, year, month, day, ctx.ref, inferred=inferred)
        if cand is None and day is not None:  # "31 شباط": keep the month, drop the impossible day
            ns, wd, day = month_start, None, None
            cand = absolute(ns, ne, cal, year, month, None, ctx.ref, inferred=inferred)
        if cand is None:
            return None
        if same:
            cand.attrs["anchor"] = "PREV_DATE"
    if m[g["mod"]] and ns == m.start():
        cand.mod = lex.mods[words(m[g["mod"]])]
    check_weekday(cand, wd)
    if rel == 0 and m[g["mrel"]] and name is not None and cal == "gregorian" and ctx.ref is not None \
            and month != ctx.ref.month:
        # "يوم 12 أفريل الجاري" read on 1 June (or in a document whose own day is in June): the month called
        # current is not the anchor's; the written month wins, and ``current_ok`` says they disagree (session 41)
        cand.attrs["current_ok"] = False
    if m[g["dref"]] and ns <= m.start(g["dref"]):
        cand.attrs["relative_day"] = words(m[g["dref"]])
    if m[g["dpart"]] and ns == m.start():  # "مساء أمس الأحد 12 جانفي 2014": a TIME of that day
        code = lex.day_parts_before[words(m[g["dpart"]])]
        cand.type, cand.fields = "TIME", None
        cand.attrs["part_of_day"] = code
        if cand.value and len(cand.value) == 10:
            cand.value = f"{cand.value}T{code}"
    if _born(ns, ctx):  # "من مواليد 13 مارس 1985": a date of birth
        cand.attrs["birth"] = True
    return cand


def _born(start: int, ctx: Context) -> bool:
    """Is the date at ``start`` after a noun of birth in construct ("من مواليد سنة 1971", "مواليد 13 مارس 1985";
    ``birth_words`` of ``dates_lexicon.yaml``): a date of birth, no day of an act?"""
    return prev_word(ctx.text, start) in ctx.lex.birth_words


def _counts_a_noun(m: regex.Match[str], g: Mapping[str, int], ctx: Context) -> bool:
    """Is the day of ``m`` a cardinal from three to ten in words with the article, the count of the plural before it
    ("خلال الأشهر الثلاثة من أبريل إلى يونيو": the three months, "الأيام العشرة من شهر رمضان"), not a day: a day is
    written with an ordinal ("الثالث من أبريل"; from twenty on the two forms are one, "العشرين من يونيو", and a
    compound cardinal is a day misspelt: "جلسة التسع والعشرين من أفريل الجاري")?"""
    start = m.start(g["day"])
    found = ctx.masks.get(start) if m[g["day"]][:1] == MASK else None
    return found is not None and found[1] == "cardinal" and start in ctx.definite and 3 <= found[0] <= 10


#: The years a Gregorian month's number is read as without an era marker when a counted noun follows it (a number
#: out of them with a counted noun after it is that count: "شهر مارس 1500 عون")
_LIKELY_GREGORIAN = range(1900, 2101)


def _counts_not_year(start: int, year: int, cal: str, ctx: Context) -> bool:
    """Is the number at ``start`` after a month (of calendar ``cal``) a count, not the month's ``year``: a number with
    its indefinite counted noun (or unit) right after it (:attr:`Context.noun_counts`) that is no likely year of the
    month: a Hijri year written without هـ ("شهر رمضان 1362 مخالفة", "منذ انطلاق شهر رمضان 1587 زيارة": Hijri years of
    news are written with their era or read as Gregorian: "رمضان 2017"), a Gregorian year before 1900 or after 2100
    ("خلال شهر مارس 1500 عون").  A likely year stays one whatever follows it: "وانتخب في 1 أكتوبر 1982 مستشارا" (its
    verb's object), "اعتقلت صباح اليوم الثلاثاء 21 جوان 2016 شخصا"."""
    if start not in ctx.noun_counts:
        return False
    return year < 1600 if cal == "hijri" else year not in _LIKELY_GREGORIAN


#: "من نفس السنة", "من العام نفسه", "من ذات السنة", "من ذلك العام", "من تلك السنة" after a month: the year of the
#: story's previous date
_SAME_YEAR = at_pos(r"\s++من\s++(?:(?:نفس|ذات)\s++(?:السنه|العام)|(?:ذلك|ذاك)\s++العام|تلك\s++السنه"
                           r"|(?:السنه|العام)\s++(?:نفسه|نفسها|ذاته|ذاتها|عينه))(?![\p{L}\p{M}])")
#: A year of four digits written in the text (the masked text keeps digits)
_YEAR4 = regex.compile(r"(?<!\d)(1[0-9]{3}|20[0-9]{2}|21[0-9]{2})(?!\d)")


def _last_year(text: str, pos: int) -> int | None:
    """The last four-digit year written in the 400 characters before ``pos``."""
    years = _YEAR4.findall(text, max(0, pos - 400), pos)
    return int(years[-1]) if years else None


def _tense_position(ns: int, day: int | None, ctx: Context) -> int:
    """Where the tense of a day is read: before the first day of a range or list that ends with it ("وستجرى
    الانتخابات بين 10 و15 نوفمبر": the verb is five words before "15", out of the tense's reach)."""
    if day is None:
        return ns
    m = _days_before_date(ctx.text, ns, ctx.memo)
    return m.start() if m is not None else ns


def _year_of_month(month: int, ns: int, ctx: Context, part: Part | None = None) -> int:
    """The year of a Gregorian month written without one: the reference year, unless the month is
    more than six months away from the reference month (the nearer one: "في ديسمبر" in a January
    article is last December), or a future cue precedes it and the month is before the reference
    month ("ستنعقد في جانفي" in a December article is next January), or a past verb precedes it and the
    month is after the reference month ("أعلنت الحكومة في ديسمبر" in a June article is last December).  A ``part``
    of the reference's month that begins after the reference is read as a later month ("وزار السياح المدينة في
    النصف الثاني من جوان" read on 5 June is last June's; session 48)."""
    assert ctx.ref is not None
    year, diff = ctx.ref.year, month - ctx.ref.month
    later = diff > 0 or (diff == 0 and part is not None and part(
        ctx.ref.replace(day=1), ctx.ref.replace(day=calendar.monthrange(year, month)[1]))[0] > ctx.ref)
    # a relative clause between the verb and the month (session 42); a day put off to is to come (session 43:
    # "أجلت المحكمة القضية التي رفعها المحامي إلى 12 مارس")
    main = 1 if deferred(ctx.text, ns) else main_clause_tense(ctx.text, ns)
    if main is None:  # the clause's own tense (future_tense, then past_tense: one reading)
        main = clause_tense(ctx.text, ns, deferral=False, past=later)
    if main == 1:
        return year + 1 if diff < 0 else year
    if later and main == -1:
        return year - 1
    return year - 1 if diff > 6 else year + 1 if diff < -6 else year


#: A part of a month and its days: the month's (first, last) Gregorian days → the part's
Part = Callable[[dt.date, dt.date], tuple[dt.date, dt.date]]
#: The days of a month's part named by a mod ("مطلع/منتصف/أواخر رمضان"): offsets of its first and last day from
#: the month's first (None: the month's last), as the thirds of a month; read only to choose the year
_MOD_DAYS = {"START": (0, 9), "MID": (10, 19), "END": (20, None)}


def mod_part(mod: str | None) -> Part | None:
    """The part of a month a TIMEX3 ``mod`` names (START: days 1-10, MID: 11-20, END: 21 to the last), or None."""
    if mod not in _MOD_DAYS:
        return None
    a, b = _MOD_DAYS[mod]
    return lambda first, last: (first + dt.timedelta(days=a), last if b is None else first + dt.timedelta(days=b))


def year_of_hijri_part(month: int, part: Part, text: str, ns: int, ne: int, ref: dt.date) -> int:
    """The Hijri year of a part of a Hijri month written without one ("النصف الثاني من رمضان", "العشر الأواخر من
    رمضان", "أواخر رمضان"; session 48): the occurrence of the part itself nearest the reference by the clause's
    tense, as :func:`_year_of_hijri_month` reads the month's: "وكان السياح قد حجزوا في النصف الثاني من رمضان" read on
    1 Ramadan 1438 is Ramadan 1437's second half (a past clause takes the last part begun by the reference, and this
    Ramadan's second half is still to come), as a Gregorian month after the reference in a past clause is last
    year's (:func:`_year_of_month`).  With no tense, the reference's Hijri year (as before)."""
    tense = holiday_tense(text, ns, ne)
    if tense == 0:
        return hijri_year_of(ref)
    return _hijri_year_near(month, None, None, ref, tense, part)


def _year_of_hijri_month(month: int, day: int | None, wd: int | None, ns: int, ne: int, ctx: Context,
                         neutral: bool, part: Part | None = None) -> int:
    """The Hijri year of a Hijri month (or day) written without one (session 46): its occurrence nearest the
    reference by the clause's tense, as a Hijri holiday's (:func:`.relative.holiday_tense`; none when ``neutral``):
    "تم تسجيل 100 مخالفة خلال شهر رمضان" read in March 2017 is Ramadan 1437 (June 2016), "سيصوم المسلمون شهر رمضان"
    Ramadan 1438; with no tense the one holding the reference or nearest to it ("خلال شهر رمضان" read in Ramadan is
    that Ramadan).  A day with its weekday ``wd`` takes a year whose day falls on it, if one does ("مساء الخميس
    التاسع والعشرين من شهر شعبان" read on 1 June 2017 is 25 May 2017, a Thursday, though the clause is future)."""
    assert ctx.ref is not None
    tense = 0 if neutral else holiday_tense(ctx.text, ns, ne)
    return _hijri_year_near(month, day, wd, ctx.ref, tense, part if tense else None)


def _hijri_year_near(month: int, day: int | None, wd: int | None, ref: dt.date, tense: int,
                     part: Part | None) -> int:
    """:func:`_year_of_hijri_month`'s reading against ``ref`` in a clause of ``tense``; a month's ``part`` (no day) is
    compared instead of the whole month."""
    hy = hijri_year_of(ref)
    years, spans = [], []
    for y in (hy - 1, hy, hy + 1):
        iso = R.hijri_to_gregorian(y, month, day) if day is not None else R.hijri_span(y, month)
        if iso is not None:
            first, _, last = iso.partition("/")
            years.append(y)
            span = (dt.date.fromisoformat(first), dt.date.fromisoformat(last or first))
            spans.append(part(*span) if part is not None and day is None else span)
    if wd is not None and day is not None:
        agree = [i for i, (first, _) in enumerate(spans) if first.isoweekday() == wd]
        if agree:
            years, spans = [years[i] for i in agree], [spans[i] for i in agree]
    near = R.nearest_occurrence(spans, ref, tense)
    return hy if near is None else years[near]


def _hijri_month_in(ns: int, ne: int, month: int, day: int | None, year: int, m: regex.Match[str],
                    ctx: Context) -> Candidate | None:
    """A Hijri month (or day) in a Gregorian year: "رمضان 2021" → the Ramadan that begins in 2021."""
    approx = int((year - 622) * 33 / 32)
    for hy in range(approx - 1, approx + 3):
        cand = absolute(ns, ne, "hijri", hy, month, day, ctx.ref)
        if cand is not None and cand.value is not None and cand.value.startswith(f"{year:04d}"):
            cand.attrs["gregorian_year"] = year
            return cand
    return None


def h_year(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """A year after عام/سنة or before an era marker: "عام 2016", "منتصف عام 2014" (MID), "1441 هـ" (Hijri), "عام
    550 قبل الميلاد" (BC0550)."""
    g = m.re.groupindex
    v = number(m, g["year"], ctx)
    marker = words(m[g["marker"]]) if m[g["marker"]] else None
    if v is None or v[0] != int(v[0]):
        return None
    year = int(v[0])
    if m[g["bc"]]:  # "عام 550 قبل الميلاد", "سنة 146 ق.م": TIMEX3's BC years
        if not 1 <= year <= 9999:
            return None
        mod = ctx.lex.mods[words(m[g["mod"]])] if m[g["mod"]] else None
        return Candidate(m.start(), m.end(), "DATE", f"BC{year:04d}", mod=mod, attrs={"era": "BC"})
    if not ((1000 <= year <= 2200) or (marker and 1 <= year <= 2200)):
        return None
    cal = "hijri" if marker in ctx.lex.hijri_markers else "gregorian"
    cand = absolute(m.start(), m.end(), cal, year, None, None, ctx.ref)
    if cand is not None and m[g["mod"]]:
        cand.mod = ctx.lex.mods[words(m[g["mod"]])]
    if cand is not None and _born(m.start(), ctx):  # "من مواليد سنة 1971"
        cand.attrs["birth"] = True
    return cand


def h_bare_year(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """A bare year after a preposition or mod: "في 2016" → 2016 (the preposition is left out),
    "نهاية 2017" → 2017 with mod END (the mod is in the span); not a count or an amount ("حتى 1998 دينار",
    "في 2000 شخص": the numbers stage gave it a unit); after a noun of birth, ``birth: true`` ("من مواليد 1971")."""
    g = m.re.groupindex
    if m.start(g["year"]) in ctx.counted:
        return None
    cand = absolute(m.start(), m.end(), "gregorian", int(m[g["year"]]), None, None, ctx.ref)
    if cand is not None and m[g["mod"]]:
        cand.mod = ctx.lex.mods[words(m[g["mod"]])]
    if cand is not None and m[g["prep"]] in ctx.lex.birth_words:  # "من مواليد 1971": a year of birth (the noun
        # is the match's own "preposition", left out of the span)
        cand.attrs["birth"] = True
    return cand


def h_year_of(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """A year after a noun that it names the year of: "ميزانية 2025", "انتخابات 2019", "مونديال 2022", "رؤية 2030",
    "أولمبياد باريس 2024", "قانون المالية لـ2017" → that year; the span is the year alone (``year_heads`` of
    ``dates_lexicon.yaml``).  Not a count or an amount ("الدورة الحالية 2033 تلميذا": the numbers stage gave it a
    unit)."""
    start = m.start("year")
    if start in ctx.counted:
        return None
    year = int(m["year"])
    after = _WORD_AFTER.match(ctx.text, m.end(), None, SERIAL)
    if after is not None:
        word = after.group(1)
        # a counted noun the numbers stage has no unit for, after a round number ("خطة 2000 وحدة سكنية"); an
        # accusative after another year is its verb's object ("دستور 2014 نظاما برلمانيا")
        if year % 100 == 0 and not word.startswith(("ال", "وال", "في", "من", "علي", "الي")):
            return None
    return absolute(start, m.end(), "gregorian", year, None, None, ctx.ref)


#: The word right after a year (white space between, no punctuation)
_WORD_AFTER = regex.compile(r"[^\S\n]++([\p{L}\p{M}]++)")


def h_year_range(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """Two years as an ISO interval: "بين عامي 2011 و2015" → 2011/2015, "2011-2015" → 2011/2015, "الموسم الدراسي
    2016/2017" and "العودة المدرسية 2017/2016" (right to left) → 2016/2017."""
    g = m.re.groupindex
    y1, y2 = int(m[g["y1"]]), int(m[g["y2"]])
    conj = m[g["conj"]]
    # a school, sports or farming year, or a plan, with the years a slash or dash apart, also written
    # right to left ("السنة الدراسية 2016/2017", "المخطط الخماسي 2016/2020", "العودة المدرسية 2017/2016")
    season = conj in ("/", "-", "–") and 1900 <= min(y1, y2) and max(y1, y2) <= 2100 and 1 <= abs(y2 - y1) <= 10
    if season and y1 > y2:
        y1, y2 = y2, y1
    if not (1000 <= y1 < y2 <= y1 + 200 and y2 <= 2200):
        return None
    dual = m[g["yw"]] and words(m[g["yw"]]) not in ("عام", "سنه", "العام", "السنه")
    if not (m[g["sig"]] or dual or season or conj in ("-", "–", "الي", "حتي", "لغايه")):
        return None
    cand = Candidate(m.start(), m.end(), "DATE", f"{y1}/{y2}",
                     attrs={"range": {"start": str(y1), "end": str(y2)}, "end_value": str(y2)})
    if _born(m.start(), ctx):  # "من مواليد 1995-1996": the years of birth of a youth side
        cand.attrs["birth"] = True
    return cand


def h_numeric(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """A numeric date, day first as in Arabic usage: "15/12/2019" → 2019-12-15, "2019-12-15" too; with a
    Hijri marker after it a Hijri date ("14-09-1432 هـ" → 2011-08-14, its Hijri reading in ``hijri``)."""
    g = m.re.groupindex
    a, b, c = m[g["a"]], m[g["b"]], m[g["c"]]
    if m[g["hm"]] is not None:  # "14-09-1432 هـ", "1432/9/14 هـ": a Hijri date, day first, never swapped
        if len(a) == 4 and len(c) <= 2:
            return absolute(m.start(), m.end(), "hijri", int(a), int(b), int(c), ctx.ref)
        if len(a) <= 2 and len(c) == 4 and 1 <= int(b) <= 12:
            return absolute(m.start(), m.end(), "hijri", int(c), int(b), int(a), ctx.ref)
        return None
    attrs: dict[str, object] = {}
    if len(a) == 4 and len(c) <= 2:
        year, month, day = int(a), int(b), int(c)
    elif len(a) <= 2 and (len(c) == 4 or (len(c) == 2 and m[g["sep"]] != ".")):
        day, month, year = int(a), int(b), int(c)  # day first, as in Arabic usage
        if len(c) == 2:  # "5-11-19": a two-digit year, 19 → 2019, 75 → 1975
            year += 2000 if year <= 50 else 1900
        if month > 12 >= day:
            day, month = month, day
        elif day <= 12 and month <= 12 and day != month:
            attrs["ambiguous"] = f"{year:04d}-{day:02d}-{month:02d}"  # the month-first reading
    else:
        return None
    if not (1000 <= year <= 2200 and R.valid_date(year, month, day)):
        return None
    if _born(m.start(), ctx):  # "من مواليد 13-10- 1967"
        attrs["birth"] = True
    return Candidate(m.start(), m.end(), "DATE", dt.date(year, month, day).isoformat(), attrs=attrs,
                     fields={"calendar": "gregorian", "year": year, "month": month, "day": day})


def h_decade(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """A decade of the 20th century: "التسعينيات من القرن الماضي" → 199; of the century named after it:
    "سبعينات القرن العشرين" → 197, "تسعينات القرن التاسع عشر" → 189 (the century's number masked or in digits)."""
    g = m.re.groupindex
    digit = ctx.lex.decades["ال" + words(m[g["dec"]])]
    mod = ctx.lex.mods[words(m[g["mod"]])] if m[g["mod"]] else None
    cent = 19
    if m[g["cnum"]]:
        n = int_in(number(m, g["cnum"], ctx), 2, 22)
        if n is None:
            return None
        cent = n - 1
    return Candidate(m.start(), m.end(), "DATE", f"{cent:02d}{digit}", mod=mod, attrs={"granularity": "decade"})
