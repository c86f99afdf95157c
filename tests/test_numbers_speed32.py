"""Session 32 (speed, output unchanged): the outlet names are tried only where an anchor says one may start, and
the toll reader runs only in a region that holds a toll's head."""

from __future__ import annotations

import pytest

import arabnews
from arabnews.extract.numbers import outlets
from arabnews.extract.numbers.lexicon import lexicon
from arabnews.lang.ar import fold
from arabnews.text.normalize import normalize

TEXTS = [
    "قالت صحيفة المصري \t\u00a0 اليوم إن الحكومة قررت",
    "نقلا عن عربي21 و عربي  21 وقناة 218 الليبية و218 شخصا",
    "القاهرة\u00a024 واليوم  24 وفرانس24 وفرانس 24 والأيام 24",
    "صحيفة 26 سبتمبر و14   أكتوبر وموقع عدن الغد الغد",
    "اليوم الثامنة واليوم التالي باليوم واليومي اليوم",
    "الأسبوع العربي والصباح الجديد والصباح نيوز وتشرين",
    "القاهرة - المصري اليوم: أعلنت الحكومة اليوم",
]


@pytest.mark.parametrize("text", TEXTS)
def test_names_as_finditer_finds_them(text: str) -> None:
    folded = fold(normalize(text))
    name = outlets._patterns()[0]
    for lo in range(0, len(folded) + 1, 3):
        for hi in range(lo, len(folded) + 1, 4):
            # (no memo given: the starts are found again for each window)
            assert [m.span() for m in outlets._names(folded, lo, hi)] == \
                [m.span() for m in name.finditer(folded, lo, hi)], (lo, hi)


def test_every_name_holds_an_anchor() -> None:
    anchors = outlets._anchors()
    assert anchors is not None
    assert [a for a, _ in anchors][:2] == ["اليوم", "24"]
    name = outlets._patterns()[0]
    for _a, walks in anchors:
        assert walks and all(k >= 0 for k, _ in walks)
    # a name after a head is still an outlet, its number no number
    doc = arabnews.analyze("وقالت صحيفة اليوم السابع إن 12 شخصا أصيبوا، بحسب قناة 218 الليبية.",
                           reference_date="2017-06-01")
    assert [(n.text, n.value) for n in doc.numbers] == [("12", 12)]
    assert name.search(fold("قناة 218")) is not None


def test_toll_heads_gate() -> None:
    assert set(lexicon().toll_heads) == {"عدد", "اعداد", "حصيله", "اجمالي"}
    doc = arabnews.analyze("وارتفع عدد القتلى منذ بداية الحرب إلى 165.", reference_date="2017-06-01")
    assert [(n.text, n.unit) for n in doc.numbers] == [("165", "killed")]
    doc = arabnews.analyze("وارتفعت حصيلة الضحايا إلى 40، ووصل المبلغ إلى 165.", reference_date="2017-06-01")
    assert [n.text for n in doc.numbers if n.unit] == ["40"]
    doc = arabnews.analyze("ووصل المبلغ إلى 165 في المدينة.", reference_date="2017-06-01")
    assert [(n.text, n.unit) for n in doc.numbers] == [("165", None)]
