"""Reading the dates of one sentence in the tests of other toolkits' cases: every date's offsets are
checked against its text, and ``one`` finds the date of a given surface at its place in the sentence."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from arabnews import Pipeline

#: The stages the date cases run (numbers first: dates read number words through them).
NLP = Pipeline(["numbers", "dates"])
#: ``ref`` left out: the toolkit's reference day (``None`` is a reading without any reference day).
TOOLKIT_DAY: Final = "toolkit"


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

    def one(self, sentence: str, span: str, ref: dt.date | str | None = TOOLKIT_DAY) -> dict:
        """The date whose text is ``span``, checked at its offsets in ``sentence``."""
        found = [d for d in self.dates(sentence, ref) if d["text"] == span]
        assert found, f"{span!r} not in {[(d['text'], d['value']) for d in self.dates(sentence, ref)]}"
        d = found[0]
        assert d["start"] == sentence.index(span) and d["end"] == d["start"] + len(span)
        return d
