"""Session 47 (pf47d): ``masking.ProtectedWords.first`` scans a sentence once for all the numbers in it.  The matches
met so far in the last sentence are kept and the scan goes on from the last one, and the sentence's bounds are not
searched again while a number stays within them.  It must give what a fresh scan per number gives, which is what the
whole-text scan gives: the start of the first ``protect`` match that ends after the number's start, when that match
starts before the number's end."""

from __future__ import annotations

import random
from bisect import bisect_right
from pathlib import Path

import pytest

from arabnews import Pipeline
from arabnews.extract.dates import masking
from arabnews.extract.dates.masking import ProtectedWords, mask_numbers
from arabnews.extract.dates.patterns import patterns

SAMPLE = Path(__file__).resolve().parent / "golden" / "ant_sample.txt"

# ANT-style sentences: weekdays, months and units in one sentence, and several sentences in one text
_DAYS = "وصل يوم الاثنين الماضي وغادر يوم الأحد ثم عاد في الأول من أيار وبقي ثلاثة أيام"
_TEXT = (_DAYS + "، وقال إن الاجتماع سيعقد في الثالث عشر من مارس القادم وسيستمر أربعة أيام. "
         "وفي 2016 أمضى خمسة أشهر في تشرين الثاني و7 أسابيع بعد ذلك")


def _whole(folded: str, ns: int, ne: int, protected: list[tuple[int, int]] | None = None) -> int | None:
    """The answer of the whole-text scan (what ``first`` must give); ``protected``: its matches, if made."""
    if protected is None:
        protected = [m.span() for m in patterns().protect.finditer(folded)]
    starts = [s for s, _ in protected]
    i = bisect_right(starts, ns) - 1
    if i < 0 or protected[i][1] <= ns:
        i += 1
    return protected[i][0] if i < len(protected) and protected[i][0] < ne else None


def _folded(text: str) -> str:
    return Pipeline([]).make_doc(text).folded


def test_one_scan_gives_the_literal_cuts_of_a_sentence() -> None:
    folded = _folded(_DAYS)
    words = ProtectedWords(patterns(), folded)
    # in text order, as mask_numbers asks: "يوم" at 4, "الاحد" at 33, "ايار" at 58, "ايام" at 74
    assert [words.first(ns, ne) for ns, ne in [(0, 10), (5, 10), (20, 30), (32, 40), (50, 57), (50, 60), (63, 80)]] \
        == [4, 4, 29, 33, None, 58, 74]
    assert [folded[s:s + 5] for s in (4, 33, 58, 74)] == ["يوم ا", "الاحد", "ايار ", "ايام"]
    # asked again, and out of order: the matches kept answer
    assert words.first(63, 80) == 74 and words.first(0, 3) is None and words.first(30, 40) == 29
    assert words.first(75, 80) == 74 and words.first(78, 80) is None


@pytest.mark.parametrize("order", ["text", "reverse", "random"])
def test_one_instance_answers_as_the_whole_text_scan(order: str) -> None:
    docs = [_TEXT] + [t for t in SAMPLE.read_text(encoding="utf-8").splitlines() if t.strip()][:25]
    rnd = random.Random(47)
    checked = 0
    for text in docs:
        folded = _folded(text)
        asks = [(ns, ns + width) for ns in range(0, len(folded), 3) for width in (1, 6, 25)]
        if order == "reverse":
            asks.reverse()
        elif order == "random":
            rnd.shuffle(asks)
        words = ProtectedWords(patterns(), folded)
        protected = [m.span() for m in patterns().protect.finditer(folded)]
        for ns, ne in asks:
            expected = _whole(folded, ns, ne, protected)
            assert words.first(ns, ne) == expected, (text[:30], ns, ne)
            checked += expected is not None
    assert checked > 300


def test_sentence_reach_and_text_ends(monkeypatch: pytest.MonkeyPatch) -> None:
    # a long stretch with no punctuation: past the reach the whole-text scan answers; within it, the sentence
    monkeypatch.setattr(masking, "_REACH", 40)
    folded = _folded(" ".join([_DAYS.replace("،", "")] * 4) + "، ثم خمسة أيام")
    words = ProtectedWords(patterns(), folded)
    for ns in range(0, len(folded), 2):
        for ne in (ns + 3, ns + 12):
            assert words.first(ns, ne) == _whole(folded, ns, ne), (ns, ne)
    assert words._all is not None  # the fallback ran


def test_masked_text_is_unchanged_by_the_shared_scan() -> None:
    doc = Pipeline(["numbers"])(_TEXT)
    masks, masked = mask_numbers(doc, patterns())
    assert masked.startswith("وصل يوم الاثنين الماضي وغادر يوم الاحد ثم عاد في \ue000")
    assert sorted(masks.values()) == [(1, "ordinal"), (3, "cardinal"), (4, "cardinal"), (5, "cardinal"),
                                      (13, "ordinal")]
    assert "من مارس القادم" in masked and "اشهر في تشرين الثاني" in masked
