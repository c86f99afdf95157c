"""Session 43 (pf43c), issue #18: the registry's names gated again, with a compact gate.

Session 42 gated the registry's name pattern (48 M instructions off the groups stage over 100 articles) and took it
out again: its gate group listed the product of every member's proclitics and every member's first words, and each
member's own list besides (2.4 MB more resident, the 5 MB document over 300 MB).  The group now lists the union of
its members' own "proclitic + first word" strings, and the registry's two alternatives each with its own proclitics
(names after [وف]?[بلك]?, names without their article after [وف]?لل): 4,089 strings.  Same matches as the plain
pattern: checked here on ANT text and on the shapes a gate must not lose; exact spans on real sentences.
"""

from __future__ import annotations

import re
import tracemalloc
from pathlib import Path

import pytest
import regex

import arabnews
from arabnews.extract.groups.lexicon import RUN_CHAR, gate_group, gated, lexicon
from arabnews.extract.groups.registry import Registry, default_registry, load_registry
from arabnews.lang import ar
from arabnews.lang.ar.scan import GateGroup

REF = "2017-06-01"
ANT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "ant-v1.1.txt"


def _same(text: str, lo: int = 0, hi: int | None = None, registry: Registry | None = None) -> int:
    reg = registry or default_registry()
    hi = len(text) if hi is None else hi
    got = [(m.span(), m.groupdict()) for m in reg.gated_matcher.finditer(text, lo, hi)]
    want = [(m.span(), m.groupdict()) for m in reg.matcher.finditer(text, lo, hi)]
    assert got == want
    return len(want)


def _first(key: str) -> str:
    return regex.split(r"[^\p{L}_]", key, maxsplit=1)[0]


def test_the_registry_is_gated_in_the_stage_group() -> None:
    lexicon()
    g = default_registry().gated_matcher
    assert g.gated and g._group is gate_group() and len(g._members) == 2


def test_each_alternative_lists_its_own_proclitics() -> None:
    lexicon()
    reg = default_registry()
    reg.gated_matcher  # noqa: B018 - (joins the stage's group)
    listed = gate_group()._index.keys()
    assert listed is not None
    assert {"الحشد", "والحشد", "وبالحشد", "للحشد", "وللحشد"} <= listed
    # a first word of a name without its article only after لل: not bare nor after و/ب, as a name's own first word
    keys = [k.replace(" - ", "-") for k in reg.keys]
    firsts = {_first(k) for k in keys}
    artless = {_first(k[2:]) for k in keys if k.startswith("ال") and len(k) > 3} - firsts
    assert "اخوان" in artless  # (of "الإخوان المسلمون": "للإخوان المسلمين")
    names, without_article = (gate_group()._members[i] for i in reg.gated_matcher._members)
    for w in artless:
        assert "لل" + w in listed and "فلل" + w in listed and without_article("لل" + w)
        assert not any(names(x) or without_article(x) for x in (w, "و" + w, "ب" + w, "وب" + w))
    # not the product of all proclitics of the group (the state forces' "بال") with the registry's words
    assert "بالالحشد" not in listed


def test_the_registry_gate_costs_less_than_half_a_megabyte() -> None:
    reg = default_registry()
    keys = [k.replace(" - ", "-") for k in reg.keys]
    artless = [k[2:] for k in keys if k.startswith("ال") and len(k) > 3]
    group = GateGroup(RUN_CHAR)
    tracemalloc.start()
    try:
        gated(reg.matcher, ar.PROCLITIC, keys, group, also=((ar.LIL, artless),))
        size = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert 100_000 < size < 600_000  # (its 4,089 strings listed once: 0.47 MB; with its word sets 0.55 MB)


def test_members_keep_no_list_of_their_own() -> None:
    arabnews.analyze("وقالت قوات الحشد الشعبي إن مقاتلي داعش انسحبوا من القرية", reference_date=REF)
    for pattern in (default_registry().gated_matcher, lexicon().trigger_re):
        assert pattern._runs is None  # (no filter of its own: the group's)
    assert all(m.__self__._joined is None for m in gate_group()._members)


@pytest.mark.parametrize("text", [
    "وقالت قوات الحشد الشعبي87 إنها سيطرت على القرية",
    "87داعش و_داعش وداعش_ ولداعش",  # a digit or "_" before a name: no match, gated or not
    "وقالت الحركة الشعبية لتحرير السودان/شمال إن الجيش السوداني قصف المنطقة",
    "وأكد المتحدث باسم هيئة الحشد الشعبي أن للحشد الشعبي دورا، وللحشد مقاتلون، وبحشد الشعبي",
    "وشاركت وحدات من اللواء 444 قتال في العملية، واللواء 93",
    "#حزب_الله وبحزب الله ولحزب الله فلحزب الله",
])
def test_gated_finds_what_the_pattern_finds(text: str) -> None:
    folded = arabnews.analyze(text, reference_date=REF).folded
    _same(folded)
    for lo in range(0, len(folded), 5):  # a stretch that cuts a word: the look-behind reads before it
        _same(folded, lo, len(folded) - lo // 2)


@pytest.mark.skipif(not ANT.exists(), reason="needs ../shared/data/news/ant-v1.1.txt")
def test_gated_same_matches_on_ant() -> None:
    arts = ANT.read_text(encoding="utf-8").split("\n\n")
    nlp = arabnews.Pipeline()
    article = dict(nlp._stages)["article"]
    n = 0
    for a in arts[2000:2150] + arts[6500:6600] + arts[9500:9600]:
        if a.strip():
            doc = article(nlp.make_doc(a, reference_date=REF))
            for region in doc.extraction_regions():
                n += _same(doc.folded, *doc.to_normalized(region.start, region.end))
    assert n > 50


@pytest.mark.parametrize(("text", "spans"), [
    ("وأكد المتحدث باسم هيئة الحشد الشعبي أن للحشد الشعبي دورا",
     [(18, 35, "هيئة الحشد الشعبي", "popular-mobilization-forces"),
      (41, 51, "حشد الشعبي", "popular-mobilization-forces")]),  # (لل + the name without its article)
    ("وقال مسؤول في حزب الله إن لحزب الله مقاتلين في سوريا",
     [(14, 22, "حزب الله", "hezbollah"), (27, 35, "حزب الله", "hezbollah")]),
    ("وأعلنت كتائب الشهيد أبو علي مصطفى مسؤوليتها",
     [(7, 33, "كتائب الشهيد أبو علي مصطفى", "abu-ali-mustafa-brigades")]),
])
def test_group_spans(text: str, spans: list[tuple[int, int, str, str]]) -> None:
    doc = arabnews.analyze(text, reference_date=REF)
    assert [(g.start, g.end, g.text, g.id) for g in doc.groups] == spans


def test_a_user_registry_reads_its_runs_alone() -> None:
    reg = load_registry([{"id": "test-liwa-tahrir", "name_ar": "لواء التحرير الوطني", "kind": "militia"}])
    g = reg.gated_matcher
    assert g.gated and g._group is None
    text = ar.lookup_key("وقال لواء التحرير الوطني إن للواء التحرير الوطني مقاتلين، وبلواء التحرير الوطني")
    assert _same(text, registry=reg) == 3
    assert [m.group("name") or m.group("name2") for m in g.finditer(text)] == ["لواء التحرير الوطني"] * 3


def test_a_user_entry_without_a_first_run_turns_the_gate_off() -> None:
    reg = load_registry([{"id": "test-313", "name_ar": "313 كتيبة", "kind": "militia"}])
    assert not reg.gated_matcher.gated
    assert _same("وقالت 313 كتيبه إن", registry=reg) == 1


def test_union_of_members_is_listed_not_their_product() -> None:
    group = GateGroup(RUN_CHAR)
    gated(re.compile(r"(?<!\w)(?:[وف]?)(?:قوات)(?!\w)"), "[وف]?", ["قوات"], group)
    gated(re.compile(r"(?<!\w)(?:بال)(?:جيش)(?!\w)"), "بال", ["جيش"], group)
    assert group._index == {"قوات": (0,), "وقوات": (0,), "فقوات": (0,), "بالجيش": (1,)}
