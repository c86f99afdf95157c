"""Session 46 (issue #18): ``regex`` calls keep the GIL (``lang.ar.serial.SERIAL``, by position) and the hot
``max``/``min`` of two ints are conditionals.  Both keep every result: these tests pin the paths that changed
shape — a :class:`GatedPattern` over an ``re`` pattern or with its ``re`` twin (which take no ``concurrent``
argument), and the clamps that replaced ``max``/``min`` — with exact offsets on sentences of ANT."""

from __future__ import annotations

import re

import pytest
import regex

from arabnews.document import SpanIndex
from arabnews.extract.dates.reading import last_word
from arabnews.extract.entities.features import sentence_features
from arabnews.lang.ar.scan import GatedPattern
from arabnews.lang.ar.serial import SERIAL
from arabnews.text.normalize import normalize_with_map

#: ANT: "وأكد المصدر ذاته أن قناة France 3 ومنتج البرنامج وصاحب الفكرة يستعدون لمقاضاة قناة الحوار التونسي".
TEXT = "وأكد المصدر ذاته أن قناة France 3 ومنتج البرنامج وصاحب الفكرة يستعدون لمقاضاة قناة الحوار التونسي"
WORDS = ["أكد", "قناة", "البرنامج", "الحوار التونسي"]
SPANS = [(0, 4), (20, 24), (40, 48), (78, 82), (83, 97)]
BODY = r"(?P<pre>[وف]?)(?P<w>أكد|قناة|البرنامج|الحوار[ ]+التونسي)"


def test_serial_is_concurrent_false_by_position() -> None:
    p = regex.compile(r"(?<![\p{L}\p{M}])" + BODY + r"(?![\p{L}\p{M}])")
    assert SERIAL is False
    m = p.search(TEXT, 5, None, SERIAL)
    assert m is not None and m.span() == (20, 24)
    assert [m.span() for m in p.finditer(TEXT, 0, None, False, SERIAL)] == SPANS
    with pytest.raises(TypeError):  # the stdlib takes no fourth argument: SERIAL is for ``regex`` only
        re.compile("قناة").search(TEXT, 0, len(TEXT), SERIAL)  # type: ignore[call-overload]


@pytest.mark.parametrize("twin", [False, True])
def test_gated_regex_pattern_with_and_without_its_re_twin(twin: bool) -> None:
    p = regex.compile(r"(?<![\p{L}\p{M}])" + BODY + r"(?![\p{L}\p{M}])")
    g = GatedPattern(p, r"[وف]?", WORDS, r"[\p{L}\p{M}]")
    if twin:
        g._tries_left = 0  # the ``re`` twin at once (after TWIN_AFTER tries in use)
    found = list(g.finditer(TEXT))
    assert [m.span() for m in found] == SPANS
    assert [m.group("w") for m in found] == ["أكد", "قناة", "البرنامج", "قناة", "الحوار التونسي"]
    assert all(isinstance(m, re.Match) for m in found) is twin  # the twin's matches are ``re`` matches
    assert [m.span() for m in g.finditer(TEXT, 21, 82)] == [(40, 48), (78, 82)]


def test_gated_re_pattern_takes_no_serial() -> None:
    """A GatedPattern over an ``re`` pattern (events' triggers can be one): tried without SERIAL."""
    p = re.compile(r"(?<![^\W\d_])" + BODY + r"(?![^\W\d_])")
    g = GatedPattern(p, r"[وف]?", WORDS, r"[\p{L}\p{M}]")
    assert g.gated
    assert [m.span() for m in g.finditer(TEXT)] == SPANS == [m.span() for m in p.finditer(TEXT)]


def test_to_normalized_clamps_without_a_map() -> None:
    view = normalize_with_map("قال الوزير امس")  # nothing to normalize: no offset map
    assert view._runs is None and view._starts is None
    assert [view.to_normalized(p) for p in (-3, 0, 5, 13, 14, 20)] == [0, 0, 5, 13, 14, 14]
    assert view.spans_to_normalized([(-2, 3), (4, 99), (14, 14), (-5, -1)]) == [(0, 3), (4, 14), (14, 14), (0, 0)]


def test_span_index_keeps_the_largest_end_so_far() -> None:
    # "قناة الحوار التونسي" (0, 19) holds "الحوار" (5, 11) and "التونسي" (12, 19); a later short span ends earlier
    idx = SpanIndex([(5, 11), (0, 19), (12, 19), (20, 24)])
    assert idx._max_end == [19, 19, 19, 24]
    assert idx.covers(13, 19) and idx.covers(6, 18) and not idx.covers(18, 21)
    assert idx.overlaps(18, 20) and not idx.overlaps(19, 20)


def test_last_word_window_start() -> None:
    text = "وقع ذلك في ، ايار"
    assert last_word(text, 11) == (8, 10)  # pos under the span: the window starts at 0
    assert last_word(text, 11, 3) == (8, 10)  # pos - span = 8: the window starts at the word
    assert last_word(text, 11, 2) == (9, 10)  # pos - span = 9: the window cuts the word
    assert last_word(text, 7, 7) == (4, 7) and last_word(text, 3, 3) == (0, 3)


def test_length_feature_caps_at_eight() -> None:
    feats = sentence_features(["استراتيجياتها", "قال", "و"])
    lengths = [[f for f in fs if f.startswith("len=")] for fs in feats]
    assert lengths[0] == ["len=8"] and lengths[1] == ["len=3"] and lengths[2][0] in ("len=0", "len=1")
