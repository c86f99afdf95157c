"""A prayer time takes the day of its clause (session 43).

"الاعتداء الإرهابي الغادر الذي استهدف مساء أمس الأحد المركز الإسلامي بمقاطعة كيبيك الكندية أثناء صلاة العشاء" (ANT
5454): the prayer's rule (:func:`.handlers.narrative.h_prayer`) gave the reference's (or document's) day, Monday's
night, though the clause names Sunday.  A prayer time ("بعد المغرب", "أثناء صلاة العشاء", "قبيل صلاة الفجر"; "بعد
صلاة الجمعة" only after a Friday: "يوم 12 ماي 2017 بعد صلاة الجمعة") right after a date of one day in its sentence
— no sentence's end between, at most :data:`_GAP` characters — is that day's part, anchored on it as an anaphoric
day is (``anchor`` PREV_DATE, ``offset`` P0D, ``anchor_date``).
"""

from __future__ import annotations

import datetime as dt

import regex

from .candidates import Candidate

#: How far after its day a prayer time may stand (characters between the two spans)
_GAP = 120
#: A sentence's end between the day and the prayer
_SENTENCE_END = regex.compile(r"[.!?؟؛\n]")
#: A value of one day, with or without a part of the day or a clock time ("2017-05-28", "2017-05-28TEV")
_ONE_DAY = regex.compile(r"\d{4}-\d\d-\d\d(?:T[^/]*)?")


def prayer_days(chosen: list[Candidate], text: str) -> list[Candidate]:
    """``chosen`` with each prayer time after a day of its sentence moved onto that day (the module's doc)."""
    prev: Candidate | None = None
    for cand in chosen:
        if (prev is not None and "prayer" in cand.attrs and cand.value and "T" in cand.value and prev.value
                and _ONE_DAY.fullmatch(prev.value) and not prev.attrs.get("birth") and 0 <= cand.ns - prev.ne <= _GAP
                and _SENTENCE_END.search(text, prev.ne, cand.ns) is None
                and cand.attrs.get("weekday", _weekday(prev.value)) == _weekday(prev.value)):
            day = prev.value[:10]
            cand.value = f"{day}{cand.value[cand.value.index('T'):]}"
            cand.attrs.update({"anchor": "PREV_DATE", "offset": "P0D", "anchor_date": day})
        prev = cand
    return chosen


def _weekday(value: str) -> int:
    """The ISO weekday of a value's day ("2017-05-12…" → 5)."""
    return dt.date(int(value[:4]), int(value[5:7]), int(value[8:10])).isoweekday()
