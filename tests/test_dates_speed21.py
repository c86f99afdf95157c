"""Session 21's speed changes of the dates stage give what their definitions give.

- ``Compiled._may`` walks the set bits of a window's start places instead of testing every rule;
- ``Compiled.to_run`` bounds its digit searches by the window's last digit or mask;
- :func:`windows` moves a window's end to the end of its word only where that end is read.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from arabnews import Pipeline
from arabnews.document import Region
from arabnews.extract.dates import windows as W
from arabnews.extract.dates.masking import mask_numbers
from arabnews.extract.dates.patterns import patterns
from arabnews.extract.dates.places import start_places
from arabnews.extract.dates.rules import Compiled, compiled

SAMPLE = Path(__file__).resolve().parent / "golden" / "ant_sample.txt"


@pytest.fixture(scope="module")
def docs():
    nlp = Pipeline(["numbers"])
    texts = [t for t in SAMPLE.read_text(encoding="utf-8").splitlines() if t.strip()]
    texts += ["وقع الحادث يوم 15/12/2019 على الساعة 21:40 مساء، بعد أربعة أعوام من حادث 2015",
              "عام ٢٠١٦ و 12 و 345 في فيفري1974 و1974فيفري", "خلال 𝟐𝟎𝟏𝟔 سنة والأشهر الثلاثة الأولى من العام",
              "من 13-10- 1967 إلى 13 - 10 -1967 ثم 17/9 و5 /\n11 في السنة", "الأنف عام " * 12]
    return [nlp(text) for text in texts]


def _may_by_definition(rules: Compiled, started: int) -> tuple:
    """What ``_may`` returns, by a test of every rule (the loop it replaced)."""
    may = sum(1 << i for i, rule in enumerate(rules.rules) if rule[3] is None or rule[4] & started)
    todo = may & ~rules._always_bits
    return (may, tuple(g for g in rules._word_bits if g[0] & todo),
            tuple(g for g in rules._special_bits if g[0] & todo))


def test_rules_that_may_run_are_those_of_the_start_bits() -> None:
    rules = compiled(patterns())
    every = sum(rule[4] for rule in rules.rules)
    rnd = random.Random(21)
    values = [-1, 0, every, every << 3 | 5, *(rnd.getrandbits(every.bit_length() + 2) for _ in range(3000))]
    assert all(rules._may(s) == _may_by_definition(rules, s) for s in values)
    # a start bit of no rule adds nothing; -1 (no start places read) lets every rule with a start run
    assert rules._may(0) == rules._may(1 << every.bit_length())
    assert rules._may(-1)[0] == rules._may(every)[0] != rules._may(0)[0]


def _to_run_by_definition(rules: Compiled, window: str, started: int) -> list:
    """The rules one of whose needs is in ``window`` (``present``: unbounded searches) or that need nothing, and
    that have no start pattern or a start place in the window."""
    present = rules.present(window)
    return [r for r in rules.rules if (not r[2] or r[2] & present) and (r[3] is None or r[4] & started)]


def test_rule_choice_with_digit_bounded_searches_is_the_definition(docs) -> None:
    p = patterns()
    rules, places = compiled(p), start_places()
    rnd = random.Random(5)
    compared = with_digits = 0
    for doc in docs:
        _, masked = mask_numbers(doc, p)
        stretches = [w for r in doc.extraction_regions() for w in W.windows(doc, r, *doc.to_normalized(r.start, r.end))]
        stretches += [tuple(sorted((rnd.randrange(len(masked) + 1), rnd.randrange(len(masked) + 1)))) for _ in range(4)]
        for ws, we in stretches:
            window = masked[ws:we]
            started = places.places(masked, ws, we)[1]
            for s in (started, -1):
                assert rules.to_run(window, s) == _to_run_by_definition(rules, window, s), window
                compared += 1
            with_digits += any(c.isdigit() for c in window)
    assert compared > 200 and with_digits > 50


@pytest.mark.parametrize("window", [
    "في 2016",  # a year ending the window
    "2016 في",  # and starting it
    "ولد عام ١٩٧٤ في تونس",  # Arabic-Indic digits (kept when the digits option is off): the exact search confirms
    "سنة 𝟐𝟎𝟏𝟔 الماضية",  # astral digits
    "بعد \ue000\ue000\ue000 سنوات",  # a masked number alone
    "الساعة 21:40 مساء و 12",  # a clock time before a lone number
    "يوم 15 /12/ 2019 ثم 3",  # a numeric date before a lone number
    "يوم 17/9 ثم 3",
    "منذ 12 سنة",  # digits, but no year of three
])
def test_digit_bounded_rule_choice_on_edge_windows(window: str) -> None:
    rules = compiled(patterns())
    assert rules.to_run(window) == _to_run_by_definition(rules, window, -1)


def _windows_walking_every_end(doc, region: Region, start: int, end: int) -> list[tuple[int, int]]:
    """:func:`windows` as it was: each anchor's stretch is moved to word bounds before it is merged."""
    folded = doc.folded
    lo_, hi_ = doc.token_range(region.start, region.end)
    anchors = W._anchors(doc.tokens, lo_, hi_, folded, W.anchor_forms())
    out: list[tuple[int, int]] = []
    last = -1
    for a, b in anchors:
        lo = max(a - W.WINDOW, start)
        hi = min(b + W.WINDOW, end)
        if lo > last:
            while lo > start and folded[lo - 1].isalpha():
                lo -= 1
        if hi > last:
            while hi < end and folded[hi].isalpha():
                hi += 1
        if out and lo <= last:
            if hi > last:
                out[-1] = (out[-1][0], hi)
                last = hi
        else:
            out.append((lo, hi))
            last = hi
    return out


@pytest.mark.parametrize("window", [W.WINDOW, 3, 8, 20])
def test_windows_move_only_the_ends_they_read(docs, monkeypatch, window: int) -> None:
    monkeypatch.setattr(W, "WINDOW", window)
    rnd = random.Random(window)
    compared = apart = 0
    for doc in docs:
        n = len(doc.text)
        regions = [*doc.extraction_regions(),
                   *(Region(*sorted((rnd.randrange(n + 1), rnd.randrange(n + 1))), "body") for _ in range(3))]
        for region in regions:
            start, end = doc.to_normalized(region.start, region.end)
            found = W.windows(doc, region, start, end)
            assert found == _windows_walking_every_end(doc, region, start, end)
            compared += 1
            apart += len(found) > 1
    assert compared > 50 and apart > 5


def test_window_ends_between_words() -> None:
    doc = Pipeline([]).make_doc("الأنف عام " * 12)
    region = doc.extraction_regions()[0]
    found = W.windows(doc, region, *doc.to_normalized(region.start, region.end))
    assert found == [(0, len(doc.folded))]
    doc = Pipeline([]).make_doc("وصل في أيار " + "والمستشفيات " * 9 + "ثم في 2016 عاد")
    region = doc.extraction_regions()[0]
    found = W.windows(doc, region, *doc.to_normalized(region.start, region.end))
    assert len(found) == 2
    assert all((a == 0 or not doc.folded[a - 1].isalpha()) and (b == len(doc.folded) or not doc.folded[b].isalpha())
               for a, b in found)
    assert [doc.folded[a:b].split()[0] for a, b in found] == ["وصل", "والمستشفيات"]
