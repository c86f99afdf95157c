"""Session 38 (issue 18): the dates stage's ages look up the counts over a duration by bisection.

``dates.ages.Counts.over`` finds what the scan of every count found (it was quadratic in a long document), and
the ages it serves still drop a duration that is someone's age.
"""

from __future__ import annotations

import random

import pytest

import arabnews
from arabnews.extract.dates.ages import Counts


def _brute(spans: list[tuple[int, int, bool]], ns: int, ne: int) -> list[tuple[int, bool]]:
    return sorted((s, age) for s, e, age in spans if s < ne and ns < e)


def test_over_finds_what_the_scan_found() -> None:
    rnd = random.Random(38)
    for _ in range(200):
        spans = []
        for _ in range(rnd.randrange(0, 30)):
            s = rnd.randrange(0, 300)
            spans.append((s, s + rnd.randrange(0, 25), rnd.random() < 0.3))
        counts = Counts(lambda spans=spans: list(spans))
        for _ in range(20):
            ns = rnd.randrange(0, 320)
            ne = ns + rnd.randrange(0, 30)
            assert sorted(counts.over(ns, ne)) == _brute(spans, ns, ne)


def test_counts_read_once_and_only_when_asked() -> None:
    calls = []

    def read() -> list[tuple[int, int, bool]]:
        calls.append(1)
        return [(10, 12, True), (0, 2, False)]

    counts = Counts(read)
    assert calls == []
    assert counts.over(9, 11) == [(10, True)]
    assert counts.over(0, 1) == [(0, False)]
    assert calls == [1]


@pytest.mark.parametrize(("text", "dates", "age"), [
    ("توفي الفنان عن عمر يناهز 80 عاما بعد مرض دام 3 سنوات",
     ("3 سنوات", "P3Y"), "80"),
    ("قال الشاب البالغ من العمر ٢٥ سنة إنه عمل هناك لمدة ٤ أشهر",
     ("٤ أشهر", "P4M"), "٢٥"),
])
def test_an_age_is_no_duration_in_a_long_text(text: str, dates: tuple[str, str], age: str) -> None:
    long = "\n\n".join([text] * 40)  # many counts and durations: each looked up by bisection
    d = arabnews.analyze(long, reference_date="2017-06-01").to_dict()
    got = [(x["text"], x.get("value")) for x in d["dates"]]
    ages = [n["text"] for n in d["numbers"] if n.get("quantity") == "age"]
    assert len(got) >= 30  # (the text's first paragraph may be read as its title)
    assert got == [dates] * len(got)  # the age's count of years is no duration in any paragraph
    assert ages == [age] * len(got)
