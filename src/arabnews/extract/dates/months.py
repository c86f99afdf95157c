"""Month, weekday and keyword lexicons of the dates stage, built once at first use.

Gregorian and Hijri month names and weekday names are read from ``resources/date_tables.json``,
generated from CLDR (through Babel) and hijridate by ``scripts/build_date_tables.py``;
``resources/dates_lexicon.yaml`` adds what those lack (spelling variants, Maghrebi forms, the closed
word classes of the rules).  Every entry gets the one lookup key of :func:`arabnews.lang.ar.lookup_key`
(normalized and folded exactly like ``Document.folded``) so that "أيار" and "ايار" are one key:

>>> lex = lexicon()
>>> lex.months["ايار"], lex.months["كانون الاول"], lex.months["جانفي"]
(('gregorian', 5), ('gregorian', 12), ('gregorian', 1))
>>> lex.months["ذي الحجه"], lex.weekdays["الخميس"]
(('hijri', 12), 4)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from ...lang.ar import PRONOUN_SUFFIXES, load, lookup_key
from ...lang.ar.words import time_units
from ...lang.schema import ListOf, MapOf, Record, Words

#: The lookup form of a word: default normalization, folding, single spaces ("جمادى الآخرة" → "جمادي الاخره").
key = lookup_key

_TABLES = "date_tables.json"
_LEXICON = "dates_lexicon.yaml"

#: Schema of the generated ``date_tables.json`` (see scripts/build_date_tables.py).
TABLES_SCHEMA = Record({
    "gregorian_months": ListOf(Record({"locale": str, "context": str, "names": Words}, label="locale")),
    "weekdays": ListOf(Record({"locale": str, "names": Words}, label="locale")),
    "hijri_months": Words,
})

#: Schema of the hand-written ``dates_lexicon.yaml``: every key is required, no other key is allowed.
LEXICON_SCHEMA = Record({
    "gregorian_months_extra": MapOf(int, Words),
    "hijri_months_extra": MapOf(int, Words),
    "ambiguous_months": Words,
    "second_month_names": Words,
    "weekdays_extra": MapOf(int, Words),
    "ambiguous_weekdays": Words,
    "weekday_verbs": Words,
    "weekday_copulas": Words,
    "weekday_predicates": Words,
    "holiday_weekday_links": Words,
    "holiday_ahead_words": Words,
    "holiday_coming_words": Words,
    "weekday_event_nouns": Words,
    "bulletin_parts": MapOf(str, Words),
    "bulletin_cues": Words,
    "match_clock_cues": Words,
    "ambiguous_month_prepositions": Words,
    "hijri_markers": Words,
    "gregorian_markers": Words,
    "relative_past": Words,
    "relative_present": Words,
    "relative_future": Words,
    "mod_start": Words,
    "mod_mid": Words,
    "mod_end": Words,
    "approx": Words,
    "more_than": Words,
    "less_than": Words,
    "past_ref": Words,
    "future_ref": Words,
    "present_ref": Words,
    "day_parts": MapOf(str, Words),
    "decades": MapOf(int, Words),
    "sets": MapOf(str, Words),
    "day_parts_before": MapOf(str, Words),
    "day_parts_after": MapOf(str, Words),
    "quarter_ordinals": MapOf(int, Words),
    "quarter_last": Words,
    "definite_units": MapOf(str, Words),
    "duration_signals": Record({"since": Words, "before": Words, "after": Words, "during": Words}),
    "singular_units": Words,
    "counted_units": Words,
    "glued_before_count": Words,
    "date_prepositions": Words,
    "relation_words": MapOf(str, Words),
    "parts_of_month": Words, "first_day": Words,
    "not_today_after": Words, "day_adjectives": Words, "nowadays_after": Words,
    "not_yesterday_before": Words,
    "range_moves": Words,
    "name_heads": Words,
    "holiday_name_heads": Words,
    "now_particles": Words,
    "title_heads": Words,
    "fraction_minutes": MapOf(int, Words),
    "clock_days": MapOf(int, Words),
    "document_day_words": MapOf(int, Words),
    "decade_century": Words,
    "decade_relatives": Words,
    "decade_stretch_cues": Words,
    "school_year_adjectives": Words,
    "millennium_now": Words,
    "rest_words": Words,
    "extra_anchors": Words,
    "date_links": Words,
    "decade_followers": Words,
    "event_before_links": Words,
    "event_before_gaps": Words,
    "event_before_stops": Words,
    "general_title_plurals": Words,
    "decades_followers": Words,
    "before_era": Words,
    "ago_words": Words,
    "first_person_future": Words,
    "imperfect_lookalikes": Words,
    "lil_nouns": Words,
    "year_heads": Words,
    "later_words": Words,
    "later_past_verbs": Words,
    "year_head_stops": Words,
    "year_adjectives": Words,
    "year_prepositions": Words,
    "birth_words": Words,
    "deferral_words": Words,
    "deferral_preps": Words,
    "deferral_gaps": Words,
    "move_words": Words,
    "deferral_nouns": Words,
    "move_nouns": Words,
    "move_range_openers": Words,
    "appointment_cues": Words,
    "intent_verbs": Words,
    "past_plan_auxiliaries": Words,
    "past_plan_words": Words,
    "seasons": MapOf(str, Words),
    "holidays_hijri": MapOf(str, Words),
    "holidays_gregorian": MapOf(str, Words),
    "holidays_easter": Words,
    "holidays_orthodox_easter": MapOf(int, Words),
    "holidays_weekday": MapOf(str, Words),
    "holidays_eve": MapOf(str, Words),
    "national_holidays": ListOf(Record({"names": Words, "days": MapOf(str, Words)})),
    "holiday_countries": MapOf(str, Record({"names": Words, "nisba": Words})),
    "named_event_days": MapOf(str, MapOf(str, int)),
    "named_event_months": MapOf(str, Words),
    "anniversaries": ListOf(Record({"events": Words, "holiday": str, "origins": MapOf(str, str)})),
    "anaphoric_units": MapOf(str, Words),
    "anaphoric_offsets": MapOf(int, Words),
    "anaphoric_same_before": Words,
    "prayers": MapOf(str, Words),
    "prayer_cues": Words,
    "prayer_words": Words,
    "part_cues": Words,
    "part_nouns": MapOf(str, Words),
    "part_hours": MapOf(str, Words),
    "part_hours_bare": Words,
    "part_nouns_bound": Words,
    "part_adjectives": MapOf(str, Words),
    "part_edges": MapOf(str, Words),
    "day_edges": Words,
    "edge_parts": MapOf(str, Words),
    "entire_cues": Words,
    "entire_parts": MapOf(str, Words),
})


@dataclass(frozen=True)
class Lexicon:
    """Folded word → value tables (see the YAML resource for what each class means)."""

    months: dict[str, tuple[str, int]]  # name → (calendar, month number)
    ambiguous_months: frozenset[str]
    second_month_names: tuple[str, ...]  # اذار, ايار …: after the month's other name ("6 مارس آذار")
    weekdays: dict[str, int]  # name (with ال) → ISO weekday, Monday = 1
    ambiguous_weekdays: frozenset[str]
    weekday_copulas: tuple[str, ...]  # هو, سيكون …: between an ambiguous weekday and its predicate
    weekday_predicates: tuple[str, ...]  # اول ايام, المتمم …: a day's rank after one ("الجمعة هو المتمم لشعبان")
    holiday_ahead_words: frozenset[str]  # بمناسبة, قبل …: a past verb before them says nothing of a holiday's year
    holiday_coming_words: frozenset[str]  # استعدادا, لاستقبال …: the coming holiday
    holiday_weekday_links: tuple[str, ...]  # هو, الذي يوافق …: between a weekday and a holiday it names
    weekday_verbs: frozenset[str]  # قالت, كشفوا, ستصل …: a news clause before an ambiguous weekday
    weekday_past_verbs: frozenset[str]  # their past forms (no imperfect prefix): a holiday's past clause
    weekday_event_nouns: tuple[str, ...]  # اطلاق النار, عمليه …: an event noun before one
    bulletin_parts: dict[str, str]  # صباحا → MO …: a bare part of the day in a bulletin's sentence
    bulletin_cues: tuple[str, ...]  # الطقس, امطار …: words of a weather or traffic bulletin
    match_clock_cues: tuple[str, ...]  # مباراه, ملعب …: a match or fixture near a bare clock hour (its afternoon)
    hijri_markers: tuple[str, ...]
    gregorian_markers: tuple[str, ...]
    units: dict[str, tuple[str, int]]  # unit word → (unit code, count: 2 for a dual, else 1)
    relative: dict[str, int]  # الماضي → -1, الجاري → 0, المقبل → +1
    mods: dict[str, str]  # مطلع → START …
    quantifiers: dict[str, str]  # قرابة → APPROX, أكثر من → MORE_THAN …
    vague: dict[str, str]  # السنوات الماضية → PAST_REF …
    day_parts: dict[str, str]  # صباحا → MO …
    decades: dict[str, int]  # التسعينيات → 9
    sets: dict[str, str]  # يوميا → P1D
    day_parts_before: dict[str, str]  # صباح (يوم الخميس) → MO …
    day_parts_after: dict[str, str]  # (أمس) مساء, (غدا) صباحا → EV, MO …
    quarters: dict[str, int]  # (الربع) الاول → 1 …
    quarter_last: frozenset[str]  # (الربع) الاخير
    definite_units: dict[str, str]  # العام → Y, الشهر → M, الاسبوع → W
    duration_signals: dict[str, str]  # منذ → since, قبل → before, بعد → after, خلال → during …
    singular_units: frozenset[str]  # عام, شهر …: a duration alone only after a signal word
    counted_units: frozenset[str]  # عاما, يوما …: only after a number
    glued_before_count: tuple[str, ...]  # الي, استمر …: glued to a duration's count ("استمر16 عاما")
    prepositions: frozenset[str]  # في, منذ …: a bare month or year after them is a date
    ambiguous_month_prepositions: frozenset[str]  # في, خلال …: even "مارس", "رمضان" after them is a month
    relations: dict[str, str]  # منذ → since, حتي → until …: the relation attribute
    parts_of_month: frozenset[str]  # النصف, الربع …: "النصف الثاني من نوفمبر" holds no day
    first_day: tuple[str, ...]  # غره: the first day of the month after it
    not_today_after: frozenset[str]  # في, ذلك …: "في ذلك اليوم" is not today
    nowadays_after: frozenset[str]  # بات, عالمنا …: "بات اليوم ضرورة" is nowadays
    day_adjectives: tuple[str, ...]  # الاول, الذي …: "اليوم الأول" is the day, not today
    not_yesterday_before: frozenset[str]  # الحاجه …: "في أمس الحاجة" is "most in need", not yesterday
    range_moves: tuple[str, ...]  # اجل, تاجيل …: "أجلت جلسة 2 أكتوبر إلى 22 أكتوبر" moves a date, no range
    name_heads: frozenset[str]  # ملعب, شارع …: "ملعب 15 أكتوبر" is a stadium's name
    holiday_name_heads: frozenset[str]  # سوق, كعكة …: "سوق عيد الميلاد" is a market, "كعكة عيد الميلاد" a cake
    now_particles: frozenset[str]  # حتي, حد …: "حتى ألان" is "now", "ألان جوبيه" a name
    title_heads: frozenset[str]  # قناه, فيلم …: "قناة "الان"" is a channel's name
    fraction_minutes: dict[str, int]  # النصف → 30, الربع → 15, الثلث → 20
    clock_days: dict[str, int]  # اليوم → 0, امس → -1, غدا → 1 (after a clock time)
    document_day_words: dict[str, int]  # اليوم → 0, يوم امس → -1 (before the date a document calls so)
    decade_century: tuple[str, ...]  # (القرن) الماضي, العشرين …
    decade_relatives: tuple[str, ...]  # (العقد) الماضي, المقبل …: a decade relative to the reference
    decade_stretch_cues: frozenset[str]  # خلال, طيلة …: "خلال العقد الماضي" is the ten years up to the reference
    school_year_adjectives: tuple[str, ...]  # الدراسيه, التربويه …: "السنة الدراسية الماضية" is a school year
    millennium_now: tuple[str, ...]  # (الالفيه) الجديده, الحاليه: the reference's millennium
    rest_words: tuple[str, ...]  # بقيه, ما تبقي من … (العام): from the reference to the unit's end
    extra_anchors: tuple[str, ...]  # امس, غدا …: window anchors besides the lexicon entries
    date_links: tuple[str, ...]  # الموافق …: between a weekday and its date
    general_title_plurals: frozenset[str]  # مديرين, أمناء …: "عامين" after one is "general", not two years
    decade_followers: frozenset[str]  # من, كامل …: a bare عقد before them is a decade, not "held"
    event_before_links: frozenset[str]  # من, على: "قبل أسبوع من الجولة" is a week before the event
    event_before_gaps: frozenset[str]  # فقط, قليلة …: between the count and the link ("قبل 24 ساعة فقط من")
    event_before_stops: frozenset[str]  # الان, طرف …: after the link, no event ("قبل أيام من طرف", "من الآن")
    decades_followers: frozenset[str]  # من, طويلة …: a bare عقود before a word is decades only before these
    before_era: tuple[str, ...]  # قبل الميلاد, ق.م: after a century (BC)
    ago_words: tuple[str, ...]  # مضت, خلت: "3 أيام مضت" is 3 days ago
    first_person_future: frozenset[str]  # سأعود, سأزور: a future cue as سيعود (folded: ساعود)
    imperfect_lookalikes: frozenset[str]  # يحيي, يمني …: words in يـ that are no imperfect verb
    lil_nouns: tuple[str, ...]  # عام, سنه …: "للعام المقبل" read as "العام المقبل"
    later_words: frozenset[str]  # في وقت لاحق, لاحقا: FUTURE_REF, PAST_REF after a past verb
    later_past_verbs: frozenset[str]  # توفي, غادرا …: past verbs before "في وقت لاحق" that the shape test misses
    year_heads: tuple[str, ...]  # ميزانيه, انتخابات, رويه …: "ميزانية 2025", "رؤية 2030" (the year alone is the span)
    year_head_stops: tuple[str, ...]  # في, قدرها …: words between a year head and a number that end its reach
    year_adjectives: tuple[str, ...]  # الماليه, الدراسي …: "السنة المالية 2025" (in the span)
    year_prepositions: tuple[str, ...]  # بحلول, افق, غضون …: before a bare year ("بحلول 2030")
    birth_words: frozenset[str]  # مواليد, لمواليد: before a bare year of birth ("من مواليد 1971")
    deferral_words: frozenset[str]  # تاجيل, اجلت, ارجاء, تاخير …: "أجلت المحكمة القضية إلى 12 مارس" (future)
    deferral_preps: frozenset[str]  # الي, حتي …: the preposition before the new day
    deferral_gaps: frozenset[str]  # جلسه, موعد, غايه …: words between that preposition and the date
    deferral_nouns: frozenset[str]  # تاجيل, تقديم …: the masdars, which alone take the article
    move_words: frozenset[str]  # تقديم, تغيير, نقل …: with a move noun after them, a time moved ("تقديم موعد")
    move_nouns: frozenset[str]  # موعد, توقيت, ساعه …: the time a move word moves
    move_range_openers: frozenset[str]  # ابتداء, الممتده, المبرمجه …: before a range's من, the range is kept
    appointment_cues: tuple[str, ...]  # تحديد موعد …: "تم تحديد موعد الجلسة يوم 5 ماي" (future)
    intent_verbs: frozenset[str]  # يعتزم, ينوي …: a main clause's future cue read far back
    past_plan_auxiliaries: tuple[str, ...]  # كان, كانت …: before a plan word, a plan told in the past
    past_plan_words: tuple[str, ...]  # المقرر, مقررا, يفترض …: "كان من المقرر أن" (no future cue)
    seasons: dict[str, str]  # الصيف → SU …
    holidays: dict[str, tuple[str, int, int, str]]  # عيد الفطر → ("hijri", 10, 1, …), عيد الفصح → ("easter", 0, 0, …)
    # عيد الشكر → ("weekday", 11, 44, …): the day is weekday × 10 + n, the n-th such weekday of the month
    holiday_eves: frozenset[str]  # ليلة رأس السنة: the day before the holiday of its month and day
    # عيد الاستقلال → {"TN": ((0, 3, 20),), …}: a national holiday without its nation, by country ("*": any
    # other); each day (from year, month, day), the last whose year the date's reaches
    national_holidays: dict[str, dict[str, tuple[tuple[int, int, int], ...]]]
    holiday_countries: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]  # TN → ((تونس, …), (تونسي,))
    named_event_days: dict[str, dict[tuple[int, int], int]]  # ثوره → {(1, 14): 2011, …}
    named_event_months: dict[str, tuple[int, int]]  # ثوره يناير → (2011, 1)
    #: الثوره → (ذكري الثوره, {"TN": (2011, 1, 14), …}): an anniversary's event, its national holiday, its days
    anniversaries: dict[str, tuple[str, dict[str, tuple[int, int, int]]]]
    anaphoric_units: dict[str, str]  # اليوم → D, الليله → NI (before التالي/السابق/نفسه)
    anaphoric_offsets: dict[str, int]  # التالي → 1, السابق → -1, نفسه → 0
    anaphoric_same_before: tuple[str, ...]  # نفس, ذات (اليوم)
    prayers: dict[str, str]  # المغرب → EV …: a part of the day after a cue
    prayer_cues: tuple[str, ...]  # بعد, قبيل, وقت …
    prayer_words: tuple[str, ...]  # صلاه, اذان
    part_cues: tuple[str, ...]  # في, خلال, عند … (before a part of the day as a noun)
    part_nouns: dict[str, str]  # الظهيره → MI, الليل → NI …: a part of the day after a cue
    part_hours: dict[str, str | None]  # ساعه متاخره من → END, ساعات → None …: between the cue and the part
    part_hours_bare: tuple[str, ...]  # وقت سابق, وقت لاحق: right before a day or a unit ("في وقت سابق اليوم")
    part_nouns_bound: tuple[str, ...]  # الفجر: a part noun only with hours, an ordinal or an adjective
    part_adjectives: dict[str, str | None]  # الباكر → START …: after the part
    part_edges: dict[str, str | None]  # اخر → END, بدايه → START: before a part ("آخر النهار")
    day_edges: tuple[str, ...]  # نهايه, مطلع: also before a named day ("نهاية يوم الأحد")
    edge_parts: dict[str, str]  # النهار → DT, الليل → NI …: a part of the day after its edge
    entire_cues: tuple[str, ...]  # طوال, طيله
    entire_parts: dict[str, str]  # الليل → NI, النهار → DT, اليوم → D


def _keys(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(key(w) for w in words)


def _mods(table: Mapping[str, Iterable[str]]) -> dict[str, str | None]:
    """``{mod: [words]}`` → ``{folded word: TIMEX3 mod}``, "NONE" read as no mod."""
    return {w: (None if mod == "NONE" else mod) for w, mod in _by_word(table).items()}


def _by_word(table: Mapping[Any, Iterable[str]]) -> dict[str, Any]:
    """``{value: [words]}`` → ``{folded word: value}``."""
    return {key(w): value for value, words in table.items() for w in words}


def _possessed(heads: tuple[str, ...]) -> tuple[str, ...]:
    """``heads`` (folded year heads) and each one-word head without the article with a possessive pronoun, its ة
    (folded ه) written ت before it: "رؤيتها 2030", "خطتنا 2025", "دستورها 2014", "موازنته 2018" (session 31)."""
    owned = [(h[:-1] + "ت" if h.endswith("ه") else h) + suffix for h in heads
             if " " not in h and not h.startswith("ال") for suffix in PRONOUN_SUFFIXES]
    return heads + tuple(w for w in owned if w not in heads)


@cache
def lexicon() -> Lexicon:
    """The lexicon, built from the generated tables and the hand-written YAML resource (cached)."""
    tables = load(_TABLES, TABLES_SCHEMA)
    data = load(_LEXICON, LEXICON_SCHEMA)
    months: dict[str, tuple[str, int]] = {}
    for number, name in enumerate(tables["hijri_months"], 1):
        months[key(name)] = ("hijri", number)
    for number, extra in data["hijri_months_extra"].items():
        for name in extra:
            months[key(name)] = ("hijri", int(number))
    for table in tables["gregorian_months"]:  # in locale order: a later locale wins a clash
        for number, name in enumerate(table["names"], 1):
            months[key(name)] = ("gregorian", number)
    for number, extra in data["gregorian_months_extra"].items():
        for name in extra:
            months[key(name)] = ("gregorian", int(number))
    weekdays: dict[str, int] = {}
    for table in tables["weekdays"]:
        for number, name in enumerate(table["names"], 1):  # Monday first
            weekdays[key(name)] = number
    for number, extra in data["weekdays_extra"].items():
        for name in extra:
            weekdays[key(name)] = int(number)
    units: dict[str, tuple[str, int]] = {}
    for unit in time_units().values():  # the shared list of time units (resources/ar_words.yaml)
        for word in (*unit.singular, *unit.accusative, *unit.plural):
            units[word] = (unit.code, 1)
        for word in unit.dual:
            units[word] = (unit.code, 2)
    relative = _by_word({-1: data["relative_past"], 0: data["relative_present"], 1: data["relative_future"]})
    mods = _by_word({"START": data["mod_start"], "MID": data["mod_mid"], "END": data["mod_end"]})
    quantifiers = _by_word({"APPROX": data["approx"], "MORE_THAN": data["more_than"], "LESS_THAN": data["less_than"]})
    vague = _by_word({"PAST_REF": data["past_ref"], "FUTURE_REF": data["future_ref"],
                      "PRESENT_REF": data["present_ref"]})
    national = {key(name): {code: tuple(_national_day(d) for d in days) for code, days in entry["days"].items()}
                for entry in data["national_holidays"] for name in entry["names"]}
    return Lexicon(
        months=months,
        ambiguous_months=frozenset(_keys(data["ambiguous_months"])),
        second_month_names=_keys(data["second_month_names"]),
        weekdays=weekdays,
        ambiguous_weekdays=frozenset(_keys(data["ambiguous_weekdays"])),
        weekday_copulas=_keys(data["weekday_copulas"]),
        weekday_predicates=_keys(data["weekday_predicates"]),
        holiday_weekday_links=_keys(data["holiday_weekday_links"]),
        holiday_ahead_words=frozenset(_keys(data["holiday_ahead_words"])),
        holiday_coming_words=frozenset(_keys(data["holiday_coming_words"])),
        weekday_verbs=frozenset(form for entry in data["weekday_verbs"] for form in verb_forms(entry)),
        # (the past part of each entry alone: a filter on the first letter let سـ + imperfect through, "ستعلن")
        weekday_past_verbs=frozenset(form for entry in data["weekday_verbs"]
                                     for form in verb_forms(entry.partition("/")[0])),
        weekday_event_nouns=_keys(data["weekday_event_nouns"]),
        bulletin_parts=_by_word(data["bulletin_parts"]),
        bulletin_cues=_keys(data["bulletin_cues"]),
        match_clock_cues=_keys(data["match_clock_cues"]),
        hijri_markers=_keys(data["hijri_markers"]),
        gregorian_markers=_keys(data["gregorian_markers"]),
        units=units,
        relative=relative,
        mods=mods,
        quantifiers=quantifiers,
        vague=vague,
        day_parts=_by_word(data["day_parts"]),
        decades={w: int(d) for w, d in _by_word(data["decades"]).items()},
        sets=_by_word(data["sets"]),
        day_parts_before=_by_word(data["day_parts_before"]),
        day_parts_after=_by_word(data["day_parts_after"]),
        quarters={w: int(q) for w, q in _by_word(data["quarter_ordinals"]).items()},
        quarter_last=frozenset(_keys(data["quarter_last"])),
        definite_units=_by_word(data["definite_units"]),
        duration_signals=_by_word(data["duration_signals"]),
        singular_units=frozenset(_keys(data["singular_units"])),
        counted_units=frozenset(_keys(data["counted_units"])),
        glued_before_count=_keys(data["glued_before_count"]),
        prepositions=frozenset(_keys(data["date_prepositions"])),
        ambiguous_month_prepositions=frozenset(_keys(data["ambiguous_month_prepositions"])),
        relations=_by_word(data["relation_words"]),
        parts_of_month=frozenset(_keys(data["parts_of_month"])),
        first_day=_keys(data["first_day"]),
        not_today_after=frozenset(_keys(data["not_today_after"])),
        nowadays_after=frozenset(_keys(data["nowadays_after"])),
        day_adjectives=_keys(data["day_adjectives"]),
        not_yesterday_before=frozenset(_keys(data["not_yesterday_before"])),
        range_moves=_keys(data["range_moves"]),
        name_heads=frozenset(_keys(data["name_heads"])),
        holiday_name_heads=frozenset(_keys(data["holiday_name_heads"])),
        now_particles=frozenset(_keys(data["now_particles"])),
        title_heads=frozenset(_keys(data["title_heads"])),
        fraction_minutes={w: int(n) for w, n in _by_word(data["fraction_minutes"]).items()},
        clock_days={w: int(n) for w, n in _by_word(data["clock_days"]).items()},
        document_day_words={w: int(n) for w, n in _by_word(data["document_day_words"]).items()},
        decade_century=_keys(data["decade_century"]),
        decade_relatives=_keys(data["decade_relatives"]),
        decade_stretch_cues=frozenset(_keys(data["decade_stretch_cues"])),
        school_year_adjectives=_keys(data["school_year_adjectives"]),
        millennium_now=_keys(data["millennium_now"]),
        rest_words=_keys(data["rest_words"]),
        extra_anchors=_keys(data["extra_anchors"]),
        date_links=_keys(data["date_links"]),
        decade_followers=frozenset(_keys(data["decade_followers"])),
        event_before_links=frozenset(_keys(data["event_before_links"])),
        event_before_gaps=frozenset(_keys(data["event_before_gaps"])),
        event_before_stops=frozenset(_keys(data["event_before_stops"])),
        general_title_plurals=frozenset(_keys(data["general_title_plurals"])),
        decades_followers=frozenset(_keys(data["decades_followers"])),
        before_era=_keys(data["before_era"]),
        ago_words=_keys(data["ago_words"]),
        first_person_future=frozenset(_keys(data["first_person_future"])),
        imperfect_lookalikes=frozenset(_keys(data["imperfect_lookalikes"])),
        lil_nouns=_keys(data["lil_nouns"]),
        year_heads=_possessed(_keys(data["year_heads"])),
        later_words=frozenset(_keys(data["later_words"])),
        later_past_verbs=frozenset(_keys(data["later_past_verbs"])),
        year_head_stops=_keys(data["year_head_stops"]),
        year_adjectives=_keys(data["year_adjectives"]),
        year_prepositions=_keys(data["year_prepositions"]),
        birth_words=frozenset(_keys(data["birth_words"])),
        deferral_words=frozenset(_keys(data["deferral_words"])),
        deferral_preps=frozenset(_keys(data["deferral_preps"])),
        deferral_gaps=frozenset(_keys(data["deferral_gaps"])),
        move_words=frozenset(_keys(data["move_words"])),
        deferral_nouns=frozenset(_keys(data["deferral_nouns"])),
        move_nouns=frozenset(_keys(data["move_nouns"])),
        move_range_openers=frozenset(_keys(data["move_range_openers"])),
        appointment_cues=_keys(data["appointment_cues"]),
        intent_verbs=frozenset(_keys(data["intent_verbs"])),
        past_plan_auxiliaries=_keys(data["past_plan_auxiliaries"]),
        past_plan_words=_keys(data["past_plan_words"]),
        seasons=_by_word(data["seasons"]),
        holidays={**{key(name): ("national", 0, 0, entry["names"][0]) for entry in data["national_holidays"]
                     for name in entry["names"]},
                  **{w: ("named", 0, 0, w) for w in _keys(w for ws in data["named_event_months"].values() for w in ws)},
                  **_holidays(data["holidays_gregorian"], "gregorian"), **_holidays(data["holidays_hijri"], "hijri"),
                  **{key(w): ("easter", 0, 0, data["holidays_easter"][0]) for w in data["holidays_easter"]},
                  # (the offset in days after the Orthodox Easter in the month's place)
                  **{key(w): ("orthodox", after, 0, names[0])
                     for after, names in data["holidays_orthodox_easter"].items() for w in names},
                  **_weekday_holidays(data["holidays_weekday"]), **_holidays(data["holidays_eve"], "gregorian")},
        holiday_eves=frozenset(key(w) for names in data["holidays_eve"].values() for w in names),
        national_holidays=national,
        holiday_countries={code: (_keys(c["names"]), _keys(c["nisba"]))
                           for code, c in data["holiday_countries"].items()},
        named_event_days={key(head): {(int(md[:2]), int(md[3:])): year for md, year in days.items()}
                          for head, days in data["named_event_days"].items()},
        named_event_months={w: (int(ym[:4]), int(ym[5:])) for w, ym in _by_word(data["named_event_months"]).items()},
        anniversaries={key(w): (key(a["holiday"]), {c: (int(d[:4]), int(d[5:7]), int(d[8:10]))
                                                   for c, d in a["origins"].items()})
                       for a in data["anniversaries"] for w in a["events"]},
        anaphoric_units=_by_word(data["anaphoric_units"]),
        anaphoric_offsets={w: int(n) for w, n in _by_word(data["anaphoric_offsets"]).items()},
        anaphoric_same_before=_keys(data["anaphoric_same_before"]),
        prayers=_by_word(data["prayers"]),
        prayer_cues=_keys(data["prayer_cues"]),
        prayer_words=_keys(data["prayer_words"]),
        part_cues=_keys(data["part_cues"]),
        part_nouns=_by_word(data["part_nouns"]),
        part_hours=_mods(data["part_hours"]),
        part_hours_bare=_keys(data["part_hours_bare"]),
        part_nouns_bound=_keys(data["part_nouns_bound"]),
        part_adjectives=_mods(data["part_adjectives"]),
        part_edges=_mods(data["part_edges"]),
        day_edges=_keys(data["day_edges"]),
        edge_parts=_by_word(data["edge_parts"]),
        entire_cues=_keys(data["entire_cues"]),
        entire_parts=_by_word(data["entire_parts"]),
    )


#: Endings of a 3rd person past verb: feminine, plural, dual, and with an object pronoun
_PAST_ENDINGS = ("", "ت", "وا", "ا", "تا", "ه", "ها", "هم", "هما", "ته", "تها", "تهم", "وه", "وها")
#: Prefixes and endings of an imperfect verb (3rd person, 1st plural, with the future سـ)
_PRESENT_PREFIXES = ("ي", "ت", "ن", "سي", "ست", "سن")
_PRESENT_ENDINGS = ("", "ون", "ان", "ه", "ها", "هم")


def verb_forms(entry: str) -> tuple[str, ...]:
    """The folded forms of a lexicon verb written "past" or "past/present stem".

    >>> {"وصلت", "وصلوا", "ستصل", "يصلون"} <= set(verb_forms("وصل/صل"))
    True
    >>> "اجرت" in verb_forms("أجرى") and "اجروا" in verb_forms("أجرى")
    True
    """
    past, _, present = (key(part) for part in entry.partition("/"))
    forms = {past + end for end in _PAST_ENDINGS}
    if past.endswith("ي"):  # a defective verb: "أجرى" → "أجرت", "أجروا"
        forms |= {past[:-1] + end for end in ("ت", "وا", "تا")}
    if present:
        forms |= {pre + present + end for pre in _PRESENT_PREFIXES for end in _PRESENT_ENDINGS}
    return tuple(forms)


def _holidays(table: Mapping[str, Iterable[str]], cal: str) -> dict[str, tuple[str, int, int, str]]:
    """``{"MM-DD": [names]}`` → ``{folded name: (calendar, month, day, the first name as written)}``; a key may
    carry a tag after the day when two holidays share it ("03-21 nowruz")."""
    return {key(w): (cal, int(md[:2]), int(md[3:5]), next(iter(names))) for md, names in table.items() for w in names}


def _national_day(day: str) -> tuple[int, int, int]:
    """"03-20" → (0, 3, 20); "2021:12-17" → (2021, 12, 17): the day from that year on."""
    since, _, md = day.rpartition(":")
    return int(since or 0), int(md[:2]), int(md[3:])


def _weekday_holidays(table: Mapping[str, Iterable[str]]) -> dict[str, tuple[str, int, int, str]]:
    """``{"MM-W-N": [names]}`` → ``{folded name: ("weekday", month, W * 10 + N, the first name)}``."""
    out = {}
    for code, names in table.items():
        month, wd, n = (int(x) for x in code.split("-"))
        out.update({key(w): ("weekday", month, wd * 10 + n, next(iter(names))) for w in names})
    return out
