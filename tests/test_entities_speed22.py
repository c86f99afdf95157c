"""Session 22's shortcuts in the entities stage: each must answer exactly as the plain code it replaced
(the full JSON of 3,000 + 2,500 ANT articles is compared byte for byte too)."""

from __future__ import annotations

from pathlib import Path

from arabnews import normalize, tokenize
from arabnews.extract.entities.boundaries import multi_heads
from arabnews.extract.entities.gazetteer import Gazetteer, default_gazetteer
from arabnews.extract.entities.persons import ali_in_names
from arabnews.lang.ar import clitic_splits, fold

SAMPLE = Path(__file__).parent / "golden" / "ant_sample.txt"
#: Words of the shortcuts' edge cases: the article, proclitics, the name "علي", short forms, multi-word place heads.
EXTRA = ["الاولي", "والالم", "ال", "الي", "علي", "وعلي", "لعلي", "عليها", "بنعلي", "سيدي", "وسيدي", "بسيدي", "عين",
         "وبالقدس", "للمدينة", "دير", "بدير", "والدار", "الدار", "ود", "بو"]


def _words() -> list[str]:
    words = sorted({t.norm for t in tokenize(normalize(SAMPLE.read_text(encoding="utf-8"))) if t.kind == "word"})
    assert len(words) > 1000
    return words + EXTRA


def _plain_multi_heads(norm: str, gaz: Gazetteer) -> tuple[str, ...]:
    readings = tuple(f for s in clitic_splits(fold(norm)) for f in s.lemma_forms)
    return readings if any(h in gaz.multi_heads for h in readings) else ()


def test_multi_heads_are_the_readings_when_one_starts_a_multi_word_place():
    gaz = default_gazetteer()
    words = _words()
    found = [w for w in words if multi_heads(w, gaz)]
    assert len(found) > 20  # both answers are tested
    for w in words:
        assert multi_heads(w, gaz) == _plain_multi_heads(w, gaz), w
        assert multi_heads(w, gaz) == _plain_multi_heads(w, gaz), w  # the cached answer too
    assert multi_heads("بدير", gaz) == ("بدير", "دير")


def _tags(text: str, tags: list[str]) -> list[str]:
    toks = tokenize(normalize(text))
    assert len(toks) == len(tags), [t.text for t in toks]
    out = list(tags)
    ali_in_names(toks, out, default_gazetteer())
    return out


def test_ali_in_names_reads_only_sentences_that_write_ali():
    # no word ends with "علي" (one holds it: "عليها"): nothing changes, with or without a PER before
    assert _tags("وأكد محمد عليها أن", ["O", "B-PER", "O", "O"]) == ["O", "B-PER", "O", "O"]
    assert _tags("وأكد الوزير أن", ["O", "O", "O"]) == ["O", "O", "O"]
    # "علي" after a PER joins it; "وعلي" before a family name with the article starts one
    assert _tags("وأكد محمد علي أن", ["O", "B-PER", "O", "O"]) == ["O", "B-PER", "I-PER", "O"]
    assert _tags("وقال وعلي الغنوشي إن", ["O", "O", "O", "O"]) == ["O", "B-PER", "I-PER", "O"]
