"""Session 40: the match-only patterns of the dates, groups and age rules that are tried at a position with the rest
of the document open after it no longer scan that rest for a literal (``numbers.gated.at_pos``).

Before, a pattern with a literal after a part of no fixed length ("\\s++من\\s++الان") made the ``regex`` module look
for that literal from the position to the end of the text on every ``match``: 1,200-1,800 µs a call on 5 MB with
none of it, 1 µs now.  The matches are the same: checked here against the plain pattern at every position of real
sentences, and the scan's absence by the cost of a call on a long text without the literal.
"""

from __future__ import annotations

import time

import pytest
import regex

from arabnews.extract.dates import merges, nights
from arabnews.extract.dates.handlers import absolute, durations, narrative, relative
from arabnews.extract.groups import lexicon as groups_lexicon
from arabnews.extract.groups import matcher
from arabnews.extract.numbers import ages
from arabnews.lang.ar.folding import fold

_WRAP = "|(?!)"


def _patterns() -> dict[str, regex.Pattern[str]]:
    return {"nights._WEEK_AFTER": nights._WEEK_AFTER, "absolute._SAME_YEAR": absolute._SAME_YEAR,
            "narrative._FROM": narrative._FROM, "durations._CONSTRUCT": durations._CONSTRUCT,
            "durations._FROM_NOW": durations._FROM_NOW, "relative._ADJECTIVE_AFTER": relative._ADJECTIVE_AFTER,
            "merges._bare_unit after": merges._bare_unit()[0], "groups._DEFINITE_NEXT": matcher._DEFINITE_NEXT,
            "groups.nisba_re": groups_lexicon.lexicon().nisba_re, "ages.noun_after_re": ages.patterns().noun_after_re}


# sentences of news holding what the patterns look for (folded, as the stages read them)
_TEXTS = [fold(t) for t in (
    "وقال إن الاجتماع سيعقد يوم الاثنين والثلاثاء من هذا الأسبوع في العاصمة.",
    "وفي شهر مارس من نفس السنة أعلنت الحكومة عن خطة جديدة، ثم في أبريل من ذلك العام.",
    "في الخامس من الشهر الجاري وبعد ثلاثة أيام من الآن سيتم الإعلان عن النتائج.",
    "منذ عامين وشهر والعمل متوقف، وخلال ستة أشهر وأسبوع لم يتغير شيء.",
    "قتل مسلحو الجماعة الإسلامية والجيش السوري الحر عشرات، وتقدمت القوات العراقية.",
    "توفي عن 85 عاما من العمر بعد صراع مع المرض، وكان يبلغ من عمره 40 سنة حينها.",
    "أمس الأول الخميس المقبل السنة الماضية العام القادم الأسبوع المنصرم",
)]


@pytest.mark.parametrize("name", list(_patterns()))
def test_same_matches_as_the_plain_pattern(name: str) -> None:
    pattern = _patterns()[name]
    assert pattern.pattern.endswith(_WRAP)
    plain = regex.compile(pattern.pattern[3:-len(_WRAP) - 1], pattern.flags & ~regex.VERSION0)
    for text in _TEXTS:
        for pos in range(len(text)):
            for endpos in (len(text), pos + 12):
                a, b = pattern.match(text, pos, endpos), plain.match(text, pos, endpos)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (name, text, pos)


@pytest.mark.parametrize("name", list(_patterns()))
def test_no_scan_of_the_text_after_the_position(name: str) -> None:
    pattern = _patterns()[name]
    short, long = "كتب سمر دقق " * 100, "كتب سمر دقق " * 200_000  # 2.4 million characters, no literal of any

    def cost(text: str) -> float:
        best = float("inf")
        for _ in range(5):
            t = time.perf_counter()
            for pos in range(3, 43, 4):
                pattern.match(text, pos)
            best = min(best, time.perf_counter() - t)
        return best / 10

    # (a scan to the end was ~1,500 µs a call on this text; a match here is ~1 µs)
    assert cost(long) < 20 * cost(short) + 100e-6, name
