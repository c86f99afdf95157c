"""Session 42's speed change of the dates stage gives what its definition gives.

:meth:`StartPlaces.bits` walks a trie of the rules' first words (one dict lookup per character) instead of
slicing each prefix of a key and looking it up in two sets: the bits of every key met in real text are those of
the ``_firsts`` patterns (:meth:`StartPlaces.plain_bits`), and the trie holds the first words and their prefixes
alone.
"""

from __future__ import annotations

from pathlib import Path

from arabnews import Pipeline
from arabnews.extract.dates.places import _END, start_places

SAMPLE = Path(__file__).resolve().parent / "golden" / "ant_sample.txt"


def _paths(node: dict, prefix: str = "") -> dict[str, tuple[int, int, int] | None]:
    """Every path of the trie → its end entry (None where no first word ends)."""
    out = {}
    for c, child in node.items():
        if c == _END:
            continue
        out[prefix + c] = child.get(_END)
        out.update(_paths(child, prefix + c))
    return out


def test_trie_holds_the_first_words_and_their_prefixes() -> None:
    index = start_places()
    paths = _paths(index._trie)
    assert set(paths) == index._prefixes
    ends = {p: e for p, e in paths.items() if e is not None}
    assert set(ends) == set(index._by_first)
    assert all(ends[w] == (index._by_first[w], index._ended.get(w, 0), index._glued.get(w, 0)) for w in ends)
    # a first word with a letter after it loses some rules ("في الماضي" is no "في2 ماي": glued ones need a digit)
    assert any(e[1] for e in ends.values()) and any(e[2] for e in ends.values())


def test_bits_of_the_places_of_real_text() -> None:
    """Every key of the place memo after reading ANT sentences (the word at a place and the character after it)
    has the bits of the ``_firsts`` patterns; keys of a glued digit, a mask and two proclitics among them."""
    index = start_places()
    index._memo.clear()
    nlp = Pipeline(["numbers", "dates"])
    texts = [t for t in SAMPLE.read_text(encoding="utf-8").splitlines() if t.strip()]
    texts += ["وفي2 ماي الماضي وصل الوفد", "وبالعام الماضي ولليوم الثالث على التوالي", "في الـ17 من مارس 2016",
              "خلال الأسبوعين الماضيين وفي الشهرين المقبلين", "ثلاثة أيام من العشر الأواخر من رمضان"]
    docs = [nlp(text, reference_date="2017-06-01") for text in texts]
    keys = list(index._memo)
    assert len(keys) > 500, len(keys)
    wrong = [key for key in keys if index.bits(key) != index.plain_bits(key)]
    assert not wrong, wrong[:10]
    assert any(d.dates for d in docs[-5:])
    assert any(index.bits(k) & index._number_bits for k in keys)
