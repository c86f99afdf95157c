"""Session 34 (pf34e): the attribution stage's cheaper scans give what the scans they replace gave."""

from __future__ import annotations

import re

import pytest

from arabnews.extract.attribution import datelines, lexicon
from arabnews.extract.attribution.sources import _ALI, _ALI_EITHER, _COMP_NAMES
from arabnews.lang.ar import scan
from arabnews.lang.ar.scan import GateGroup, is_simple, simple_stretch

_OLD_ALI = re.compile(r"(?<![^\W\d_])علي(?![^\W\d_])")
_OLD_ALI_EITHER = re.compile(r"(?<![^\W\d_])عل[يى](?![^\W\d_])")
_TEXTS = ["وأكد محمد علي أن الوضع مستقر", "عليّ بن علي", "وعلي", "1علي", "_علي_", "خميس بن على الحرشاني", "علىه",
          "قالت شبكة سي ان ان ان الهجوم", 'قناة "ان بي سي" ان', "(سي ان ان)", "سي ان انس ان"]


@pytest.mark.parametrize("text", _TEXTS)
def test_ali_patterns_match_as_the_look_behind_first(text: str) -> None:
    assert [m.span() for m in _ALI.finditer(text)] == [m.span() for m in _OLD_ALI.finditer(text)]
    assert [m.span() for m in _ALI_EITHER.finditer(text)] == [m.span() for m in _OLD_ALI_EITHER.finditer(text)]


def test_outlet_names_with_a_complementizer() -> None:
    text = "قالت شبكة سي ان ان ان الهجوم"
    assert [m.group() for m in _COMP_NAMES.finditer(text)] == ["سي ان ان"]
    assert list(_COMP_NAMES.finditer("سي ان انس")) == []  # (a letter after the name)
    assert list(_COMP_NAMES.finditer("وسي ان ان")) == []  # (a letter before it)


def test_documents_with_a_pronoun() -> None:
    lex = lexicon()
    stem = next(d for d in sorted(lex.documents) if len(d) > 3 and d.endswith("ه"))
    assert stem + "ها" in lex.documents_with_pronouns
    assert stem[:-1] + "تها" in lex.documents_with_pronouns  # ة written ت before the pronoun
    assert "ها" not in lex.documents_with_pronouns


def test_simple_stretch_indexes_a_long_text() -> None:
    text = "قال الوزير إن الوضع مستقر، " * 60 + "😀 " + "وأضاف أن " * 20
    emoji = text.index("😀")
    for lo, hi in ((0, emoji), (0, emoji + 1), (emoji, emoji + 1), (emoji + 1, len(text)), (5, 5), (0, len(text))):
        assert simple_stretch(text, lo, hi) == is_simple(text, lo, hi)
    assert simple_stretch("قال 😀", 0, 4) and not simple_stretch("قال 😀", 0, 5)  # (a short text: scanned)


def test_simple_stretch_many_other_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan, "_INDEXED_MOST", 3)
    text = "abc " * 300 + "😀😀😀😀 x"
    assert simple_stretch(text, 0, 1200) and not simple_stretch(text, 0, len(text))


def test_gate_group_remembers_several_stretches() -> None:
    group = GateGroup(r"[\p{L}\p{M}]")
    member = group.add(frozenset({"", "و"}), {"قال", "اكد"})
    text = "وقال الوزير ثم اكد " * 80
    first = group.runs(member, text, 0, 40)
    for k in range(1, scan.RECENT_STRETCHES):
        group.runs(member, text, 40 * k, 40 * k + 40)
    assert group.runs(member, text, 0, 40) is first  # (still remembered)
    assert set(first) == {"وقال", "اكد"}


@pytest.mark.parametrize("text", ["الخرطوم (أ ف ب) - قتل 14 مدنيا", "دمشق - سانا: قال", "قال الوزير إن الوضع مستقر",
                                  "سانا: قال", "طرابلس - اندلعت اشتباكات"])
def test_datelines_prefilter(text: str) -> None:
    from arabnews.lang.ar import lookup_key
    folded = lookup_key(text)
    named, place = datelines._patterns()
    everywhere = frozenset((m.start(1), m.end(1)) for m in [place.match(folded)] if m is not None)
    m = named.match(folded) or place.match(folded)
    expected = 0
    if m is not None and (named.match(folded) is not None or (m.start(1), m.end(1)) in everywhere):
        expected = m.end()
        while expected < len(folded) and folded[expected] == " ":
            expected += 1
    assert datelines.dateline_end(folded, 0, len(folded), True, everywhere) == expected
    colon = folded.find(":")
    if colon > 0:
        m = named.match(folded, 0, colon + 1)
        assert datelines.signs_colon(folded, 0, colon) == (m is not None and m.end() == colon + 1
                                                          and m.group("bare") is None)
