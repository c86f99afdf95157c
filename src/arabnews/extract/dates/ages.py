"""Ages are no durations (session 29): a count of years, months or days that is someone's age.

"البالغ من العمر 30 عاما", "تتراوح أعمارهم بين 45 و53 سنة", "توفي عن عمر يناهز 80 عاما", "شاب (25 سنة)", "طفل
الـ9 سنوات", "يبلغ 29 عاما من العمر" were DURATIONs (P30Y …): an age says how old someone is, not how long
something lasted, and TIMEX3 has no type for it.  The dates stage drops them; the numbers stage keeps the count.
A decade after a person and في ("شاب في العشرينات") is the decade of a life, as "في العشرينات من عمره" is
(``patterns.decade``), no 1920s.  The words are ``dates_lexicon.yaml``'s ``age_*`` lists.
"""

from __future__ import annotations

from functools import cache

import regex

from .candidates import Candidate
from .months import lexicon
from .patterns import alt

#: A duration in calendar units only (no clock part), or a range of two: P30Y, P2Y6M, P45Y/P53Y, P79.5Y
_CALENDAR_DURATION = regex.compile(r"P(?:\d+(?:\.\d+)?[YMWD])+(?:/P(?:\d+(?:\.\d+)?[YMWD])+)?")
#: A decade's value: 192 (the 1920s)
_DECADE = regex.compile(r"\d{3}")
_W = r"(?<![\p{L}\p{M}])"  # word start
#: After an opening bracket, its closing bracket or the next count of a list
_CLOSE = regex.compile(r"\s*(?:\)|و\s*[\d\ue000])")


@cache
def _patterns() -> tuple[regex.Pattern[str], ...]:
    """On the masked folded text, each searched ending at a count (``endpos``): age words before it, a person and
    a link before it, a person before "الـ"; and a count followed by "من العمر", a person before في + a decade, a
    count and a conjunction before a count ("يبلغان من العمر 22 و27 سنة": the first count's age is the second's)."""
    lex = lexicon()
    links = rf"(?:\s+{alt(lex.age_links)}(?![\p{{L}}\p{{M}}])){{0,3}}"
    before = regex.compile(rf"""(?:{_W}[وف]?{alt(lex.age_cues)}{links}
        |{_W}(?P<prev>[\p{{L}}\p{{M}}]+\s+)?[وف]?(?P<touch>{alt(lex.age_touching)})(?:\s+من\s+العمر)?
            (?:\s+{alt(lex.age_subjects)})?
        |{_W}[وفبل]?{alt(lex.age_persons)}(?:\s+{alt(lex.age_person_links)}(?![\p{{L}}\p{{M}}])){{1,3}})
        (?![\p{{L}}\p{{M}}])\s*(?:ال\s*)?$""", regex.VERBOSE)
    person = regex.compile(rf"{_W}[وفبل]?{alt(lex.age_persons)}\s+(?:ال\s*)?$")
    after = regex.compile(r"\s*من\s+(?:ال)?عمر[\p{L}\p{M}]*")
    decade = regex.compile(rf"{_W}[وفبل]?{alt(lex.age_persons)}\s+في\s+$")
    units = alt(lex.units)
    listed = regex.compile(rf"(?P<n>(?<![\d.,])\d+(?:[.,]\d+)?|\ue000+)\s*(?:{units}\s*)?(?:و|الي|-|–)\s*(?:ال\s*)?$")
    # an opening bracket right before a count after a word that is no unit (a name, "شخصين"), no digit before it
    bracket = regex.compile(rf"[^\d(]*[\p{{L}}\p{{M}}\ue000](?<!(?<![\p{{L}}\p{{M}}]){units})[\"'»”]?\s*\(\s*")
    return before, person, after, decade, listed, bracket


#: An age between commas after a name (session 29, second wave): "احتفل كين هاريس، 102 عاما، مع زوجته مارغريت، 99
#: عاما،", "و كان الحارس الألماني , 25 عاما , قد" (ANT: 16 of 16 such counts of years are ages): a word, a comma
#: before the count (no unit: "بعد عامين، 3 سنوات"); a comma right after its unit; years only
_COMMA_BEFORE = regex.compile(r"(?P<w>[\p{L}\p{M}]++)\s*+[،,]\s*+$")
_COMMA_AFTER = regex.compile(r"\s*+[،,]")
_YEARS = regex.compile(r"P(\d{1,3})Y")
#: Between two ages of a list: "17 سنة و18 سنة", "(29 سنة و32 سنة)"
_AND = regex.compile(r"\s*(?:و|الي|-|–)\s*")


def drop_ages(chosen: list[Candidate], masked: str) -> list[Candidate]:
    """``chosen`` without the durations that are ages and the decades of a life (module doc)."""
    out: list[Candidate] = []
    age_end = -1  # the end of the last age dropped
    for c in chosen:
        if _is_age(c, masked) or (age_end >= 0 and _is_calendar(c) and _AND.fullmatch(masked, age_end, c.ns)):
            age_end = c.ne
            continue
        out.append(c)
    return out


def _is_calendar(c: Candidate) -> bool:
    return c.type == "DURATION" and _CALENDAR_DURATION.fullmatch(c.value or "") is not None


def _is_age(c: Candidate, masked: str) -> bool:
    _, person, after, decade, listed, bracket = _patterns()
    if c.type == "DATE" and _DECADE.fullmatch(c.value or ""):
        return decade.search(masked, max(0, c.ns - 40), c.ns) is not None
    if not _is_calendar(c):
        return False
    if _age_before(masked, c.ns) or after.match(masked, c.ne):
        return True
    if person.search(masked, max(0, c.ns - 40), c.ns) and (masked.startswith("ال", c.ns)
                                                          or masked[max(0, c.ns - 3):c.ns].rstrip().endswith("ال")):
        return True  # "طفل الـ9 سنوات", "عجوز الـ 104 أعوام"
    if (y := _YEARS.fullmatch(c.value or "")) is not None and int(y[1]) <= 130 \
            and (w := _COMMA_BEFORE.search(masked, max(0, c.ns - 24), c.ns)) is not None \
            and w["w"] not in lexicon().units and _COMMA_AFTER.match(masked, c.ne):
        return True  # "كين هاريس، 102 عاما،"
    # "يبلغان من العمر 22 و27 سنة": a bare count before the duration, in an age's place
    if (m := listed.search(masked, max(0, c.ns - 40), c.ns)) is not None and _age_before(masked, m.start("n")):
        return True
    # "شاب (25 سنة)", "شخصين (29 سنة و32 سنة)": the count (or the first of a list) alone in brackets, after a name,
    # not after another count ("سجن 3 سنوات (3 سنوات)")
    return bracket.fullmatch(masked, max(0, c.ns - 16), c.ns) is not None and _CLOSE.match(masked, c.ne) is not None


def _age_before(masked: str, pos: int) -> bool:
    """Do words of age end right before ``pos`` (a count)?  Not a verb of reaching after a period noun ("مدة تبلغ")."""
    m = _patterns()[0].search(masked, max(0, pos - 80), pos)
    return m is not None and not (m["touch"] and m["prev"] and m["prev"].strip() in lexicon().age_verb_not_after)
