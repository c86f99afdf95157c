"""Session 42 (pf42c), issue #18: the groups stage's region scans tried only where their words stand.

The trigger, state-force and anaphor patterns open with ``(?<!\\w)`` and were tried
by ``re`` at every character of every region; they are now :class:`~arabnews.lang.ar.scan.GatedPattern` s of one
gate group (the runs of letters and "_" of a region read once), tried only at the runs a proclitic and an entry's
first word can be.  Same matches: checked here against the plain patterns on ANT text and on the shapes the gate
must not lose (a number glued to a word, "_", a name with "/" or a number in it).  (Gating the registry's names too
took another 48 M instructions off 100 articles but held 2.4 MB more, its lists of proclitic + first word: left.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

import arabnews
from arabnews.extract.groups.lexicon import gated, lexicon

REF = "2017-06-01"
ANT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "ant-v1.1.txt"


def _gated() -> dict[str, object]:
    lex = lexicon()
    return {"trigger": lex.trigger_re, "state_force": lex.state_force_re, "anaphor": lex.anaphor_re}


def _same(text: str, lo: int = 0, hi: int | None = None) -> int:
    """Assert every gated pattern finds what its plain pattern finds in ``text[lo:hi]``; return the match count."""
    hi = len(text) if hi is None else hi
    n = 0
    for name, g in _gated().items():
        got = [(m.span(), m.groupdict()) for m in g.finditer(text, lo, hi)]  # type: ignore[attr-defined]
        want = [(m.span(), m.groupdict()) for m in g.pattern.finditer(text, lo, hi)]  # type: ignore[attr-defined]
        assert got == want, name
        n += len(want)
    return n


def test_every_shipped_pattern_is_gated() -> None:
    assert all(g.gated for g in _gated().values())  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", [
    "وقالت قوات الحشد الشعبي87 إنها سيطرت على القرية",  # a number glued to a name ends its run
    "هاجم مسلحو داعش87 القرية الحدودية",
    "87داعش و_داعش وداعش_ ولداعش",  # a digit or "_" before a name: no match, gated or not
    "وقالت الحركة الشعبية لتحرير السودان/شمال إن الجيش السوداني قصف المنطقة",
    "وشاركت وحدات من اللواء 444 قتال في العملية، واللواء 93",
    "وقصفت الطائرات الروسية مواقع للفصائل، وللقوات التركية قاعدة، وقوات تركية",
    "وقالت الميليشيا الحوثية إن الميليشيا أطلقت صاروخا، ولجنود العدو",
    "#حزب_الله",
])
def test_gated_finds_what_the_pattern_finds(text: str) -> None:
    folded = arabnews.analyze(text, reference_date=REF).folded
    _same(folded)
    for lo in range(0, len(folded), 7):  # a stretch that cuts a word: the look-behind reads before it
        _same(folded, lo, len(folded) - lo // 2)


def test_the_shapes_hold_matches() -> None:
    folded = arabnews.analyze("وقصفت الطائرات الروسية مواقع للفصائل، وللقوات التركية قاعدة، وقوات تركية، وقالت "
                              "الميليشيا الحوثية إن الميليشيا أطلقت صاروخا، ولجنود العدو، وكتائب الشهيد",
                              reference_date=REF).folded
    assert _same(folded) == 8  # 3 state forces, 3 anaphors, 2 triggers (وقوات, وكتائب)


@pytest.mark.skipif(not ANT.exists(), reason="needs ../shared/data/news/ant-v1.1.txt")
def test_gated_same_matches_on_ant() -> None:
    arts = ANT.read_text(encoding="utf-8").split("\n\n")
    nlp = arabnews.Pipeline(stages=["article"])
    n = 0
    for a in arts[6000:6400]:
        if a.strip():
            doc = nlp(a, reference_date=REF)
            for region in doc.extraction_regions():
                n += _same(doc.folded, *doc.to_normalized(region.start, region.end))
    assert n > 150


@pytest.mark.parametrize(("text", "spans"), [
    ("وقالت قوات الحشد الشعبي87 إنها سيطرت على القرية", [(6, 23, "قوات الحشد الشعبي", "popular-mobilization-forces")]),
    ("هاجم مسلحو داعش87 القرية الحدودية", [(11, 15, "داعش", "isis")]),
    ("نشر ناشطون وسم #حزب_الله على تويتر", [(16, 24, "حزب_الله", "hezbollah")]),
    ("وقالت الحركة الشعبية لتحرير السودان/شمال إن الجيش السوداني قصف المنطقة",
     [(6, 40, "الحركة الشعبية لتحرير السودان/شمال", "splm-n"), (44, 58, "الجيش السوداني", "sudanese-armed-forces")]),
    ("وقصفت الطائرات الروسية مواقع للفصائل، وأسقطت الدفاعات الجوية السورية صاروخا",
     [(6, 22, "الطائرات الروسية", "russian-forces"), (45, 68, "الدفاعات الجوية السورية", "syrian-government-forces")]),
    ("وقالت الميليشيا الحوثية إن الميليشيا أطلقت صاروخا باليستيا",
     [(6, 23, "الميليشيا الحوثية", "houthis"), (27, 36, "الميليشيا", "houthis")]),
    ("وأعلنت كتائب الشهيد أبو علي مصطفى مسؤوليتها",
     [(7, 33, "كتائب الشهيد أبو علي مصطفى", "abu-ali-mustafa-brigades")]),
])
def test_group_spans(text: str, spans: list[tuple[int, int, str, str]]) -> None:
    doc = arabnews.analyze(text, reference_date=REF)
    assert [(g.start, g.end, g.text, g.id) for g in doc.groups] == spans


def test_entry_without_a_first_run_turns_the_gate_off() -> None:
    import re

    from arabnews.lang.ar.scan import GateGroup
    g = gated(re.compile(r"(?<!\w)[وف]?(?:313 كتيبه|لواء)"), "[وف]?", ["313 كتيبه", "لواء"], GateGroup(r"[\p{L}_]"))
    assert not g.gated
    text = "وقالت 313 كتيبه ولواء"
    assert [m.span() for m in g.finditer(text)] == [(6, 15), (16, 21)]
