"""Session 27's speed changes of the dates stage give what their definitions give.

- :meth:`StartPlaces.bits` stops reading longer prefixes of a key at the first one no first word begins with;
- :func:`tens_of_days` scans a region for a ten of days only when a masked number of value 10 starts in it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from arabnews import Pipeline
from arabnews.extract.dates.masking import mask_numbers
from arabnews.extract.dates.nights import _tens, tens_of_days
from arabnews.extract.dates.patterns import MASK, patterns
from arabnews.extract.dates.places import start_places

SAMPLE = Path(__file__).resolve().parent / "golden" / "ant_sample.txt"
REF = dt.date(2017, 6, 1)


@pytest.fixture(scope="module")
def docs():
    nlp = Pipeline(["numbers"])
    texts = [t for t in SAMPLE.read_text(encoding="utf-8").splitlines() if t.strip()]
    texts += ["ويكثر الإقبال على المساجد في العشر الأواخر من رمضان كل عام",
              "قتل عشرة أشخاص في رمضان الماضي، وفي العشر الأوائل من ذي الحجة اعتقل عشرة آخرون",
              "وصلت العشر الأوائل من الفرق المشاركة", "الأيام العشر الأولى من شهر ذي الحجة والليالي العشر الأواخر"]
    return [nlp(text) for text in texts]


def test_bits_stop_at_a_prefix_no_first_word_has() -> None:
    """Every first word, with proclitics, the article, a letter or a space after it, and cut short, has the
    bits its ``_firsts`` patterns give: the early stop loses no longer first word."""
    index = start_places()
    keys = set()
    for word in index._by_first:
        for clitic in ("", "و", "ف", "ب", "ل", "وب", "فل", "ال", "وال"):
            for tail in ("", " ", "ه", "ين", "،", MASK, "3"):
                keys.add(clitic + word + tail)
                keys.add(clitic + word[:-1] + tail)
    keys |= {"3", "ال3", "و12", MASK, "ال" + MASK, "والـ", "قصر", "ملعب", "صباحيه"}
    wrong = [key for key in sorted(keys) if index.bits(key) != index.plain_bits(key)]
    assert not wrong, wrong[:10]


def test_prefixes_hold_every_first_word() -> None:
    index = start_places()
    assert set(index._by_first) <= index._prefixes
    assert all(w[:1] in index._prefixes for w in index._by_first)


def test_ten_gate_skips_only_regions_without_a_ten(docs) -> None:
    """Where no masked 10 starts in a region, the tens pattern's matches there are none that the rule keeps
    (what the scan without the gate found), and the gate lets the regions of a real ten through."""
    p = patterns()
    read = 0
    for doc in docs:
        masks, masked = mask_numbers(doc, p)
        for region in doc.extraction_regions():
            lo, hi = doc.to_normalized(region.start, region.end)
            kept = [m for m in _tens().finditer(masked, lo, hi) if masks.get(m.start("ten"), (0,))[0] == 10]
            sentinel: list = []
            out = tens_of_days(sentinel, masked, masks, REF, lo, hi)
            if not any(v[0] == 10 and lo <= s < hi for s, v in masks.items()):
                assert not kept
                assert out is sentinel
            read += bool(kept)
    assert read >= 3  # the sentences above hold tens of Ramadan and Dhu al-Hijja


@pytest.mark.parametrize("text, span", [
    ("ويكثر الإقبال على المساجد في العشر الأواخر من رمضان كل عام", "العشر الأواخر من رمضان"),
    ("قتل عشرة أشخاص في رمضان الماضي، وفي العشر الأوائل من ذي الحجة اعتقل عشرة آخرون", "العشر الأوائل من ذي الحجة"),
    ("والليالي العشر الأواخر من شهر رمضان", "الليالي العشر الأواخر من شهر رمضان"),
])
def test_tens_of_days_still_read(text: str, span: str) -> None:
    from arabnews import analyze

    found = [d for d in analyze(text, reference_date=REF).to_dict()["dates"] if d["text"] == span]
    assert len(found) == 1 and found[0]["type"] == "DATE" and "/" in found[0]["value"] and found[0]["hijri"]


def test_ten_of_no_month_and_a_count_of_ten_are_no_ten() -> None:
    from arabnews import analyze

    for text in ("وصلت العشر الأوائل من الفرق المشاركة", "قتل عشرة أشخاص في رمضان الماضي"):
        assert not [d for d in analyze(text, reference_date=REF).to_dict()["dates"] if "hijri" in d and "/" in
                    d.get("hijri", "")]
