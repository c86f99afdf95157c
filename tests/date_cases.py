"""Reading the dates of one sentence in the tests of other toolkits' cases: every date's offsets are
checked against its text, and ``one`` finds the date of a given surface at its place in the sentence."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

import arabnews
from arabnews import Pipeline

#: The stages the date cases run (numbers first: dates read number words through them).
NLP = Pipeline(["numbers", "dates"])
#: ``ref`` left out: the toolkit's reference day (``None`` is a reading without any reference day).
TOOLKIT_DAY: Final = "toolkit"
#: ASCII digits → Arabic-Indic, to test both spellings of a case.
INDIC: Final = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
#: ISO weekday number → its name.
WEEKDAYS: Final = {1: "الاثنين", 2: "الثلاثاء", 3: "الأربعاء", 4: "الخميس", 5: "الجمعة", 6: "السبت", 7: "الأحد"}


@dataclass(frozen=True)
class DateCases:
    """The dates of sentences read against one reference day (a toolkit's own)."""

    ref: dt.date

    def dates(self, sentence: str, ref: dt.date | str | None = TOOLKIT_DAY) -> list[dict]:
        """Every date of ``sentence`` as JSON, read on ``ref`` (default: the toolkit's reference day)."""
        out = NLP(sentence, reference_date=self.ref if ref == TOOLKIT_DAY else ref).to_dict()["dates"]
        for d in out:
            assert sentence[d["start"]:d["end"]] == d["text"]
        return out

    def texts(self, sentence: str) -> dict[str, str | None]:
        """Each date's text → its value."""
        return {d["text"]: d["value"] for d in self.dates(sentence)}

    def writers_day(self, days: int, wd: int) -> dt.date:
        """The writer's day when a day word ``days`` from it (اليوم 0, أمس -1, غدا 1) names weekday ``wd``: the
        last day on or before the day after the reference whose shifted day falls on ``wd``."""
        after = self.ref + dt.timedelta(days=days + 1)
        return after - dt.timedelta(days=(after.isoweekday() - wd) % 7 + days)

    def one(self, sentence: str, span: str, ref: dt.date | str | None = TOOLKIT_DAY) -> dict:
        """The date whose text is ``span``, checked at its offsets in ``sentence``."""
        found = [d for d in self.dates(sentence, ref) if d["text"] == span]
        assert found, f"{span!r} not in {[(d['text'], d['value']) for d in self.dates(sentence, ref)]}"
        d = found[0]
        assert d["start"] == sentence.index(span) and d["end"] == d["start"] + len(span)
        return d


#: The reference day of the article tests of session 47 (ANT's collection).
ARTICLE_REF: Final = "2017-06-01"


def article_dates(text: str, ref: str = ARTICLE_REF) -> list[dict]:
    """Every date of ``text`` as JSON, read by the whole default pipeline on ``ref`` (an article's weekdays and
    holidays tie to one another, which a numbers+dates pipeline of one sentence does not show)."""
    return list(arabnews.analyze(text, reference_date=ref).to_dict()["dates"])


def article_found(text: str, ref: str = ARTICLE_REF) -> list[tuple[int, int, str, str | None]]:
    """``(start, end, text, value)`` of each date of :func:`article_dates`."""
    return [(d["start"], d["end"], d["text"], d["value"]) for d in article_dates(text, ref)]
