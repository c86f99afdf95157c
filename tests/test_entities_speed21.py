"""Session 21's fast paths of the entities stage: the place rules visit only the words of a sentence
that are places (:func:`.backoff.sentence_places`), and must tag exactly as when they visited every word
(the full JSON of ANT is compared byte for byte too)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import repeat
from pathlib import Path

import pytest

from arabnews import normalize, tokenize
from arabnews.extract.entities import backoff, places
from arabnews.extract.entities.backoff import _UNSEEN, _prominent_place, _prominent_split, sentence_places
from arabnews.extract.entities.crf import default_tagger
from arabnews.extract.entities.gazetteer import Gazetteer, default_gazetteer
from arabnews.extract.entities.rulewords import sentence_norms
from arabnews.text.tokenize import Token

SAMPLE = Path(__file__).parent / "golden" / "ant_sample.txt"


# -- the rules as they were, visiting every word ----------------------------------------------------

def _coordinated_places(toks: Sequence[Token], tags: list[str], gaz: Gazetteer) -> None:
    for i in [k - 1 for k, norm in enumerate(sentence_norms(toks)) if k and norm[:1] == "و"]:
        if (tags[i] == "O" and tags[i + 1] == "O" and toks[i].kind == "word" and toks[i + 1].kind == "word"):
            second = _prominent_split(gaz, toks[i + 1].norm)
            if (second is not None and second.prefix.startswith("و")
                    and _prominent_split(gaz, toks[i].norm) is not None):
                tags[i] = tags[i + 1] = "B-LOC"


def _places_after_locative(strict: bool):
    def rule(toks: Sequence[Token], tags: list[str], gaz: Gazetteer) -> None:
        norms = sentence_norms(toks)
        known = list(map(gaz.word_cache("prominent_place").get, norms, repeat(_UNSEEN)))
        preps = gaz.triggers.get("loc_prep", frozenset())
        for i in [i for i, split in enumerate(known) if split is not None]:
            if tags[i] != "O" or toks[i].kind != "word":
                continue
            split = known[i]
            if split is _UNSEEN:
                split = _prominent_place(gaz, norms[i])
            if split is None or (strict and ((not split.article and backoff.word_flags(norms[i]) & backoff.TOPONYM_HEAD)
                                             or backoff.fold(norms[i]) in gaz.common)):
                continue
            after_prep = i > 0 and tags[i - 1] == "O" and split.prefix in ("", "ال") and (
                backoff._locative(backoff.fold(toks[i - 1].norm), preps) or backoff.written_function_word(toks[i - 1]))
            clitic = any(c in split.prefix for c in "بل") and (
                len(split.prefix) >= 2 or i == 0 or backoff._arab_place(gaz, split))
            if after_prep or clitic:
                tags[i] = "B-LOC"
    return rule


def _place_after_proclitic(toks: Sequence[Token], tags: list[str], gaz: Gazetteer) -> None:
    cache = gaz.word_cache("place_after_proclitic")
    n = len(toks)
    norms = sentence_norms(toks)
    hits = list(map(cache.get, norms))
    for i in [i for i, hit in enumerate(hits) if hit is not False]:
        if tags[i] != "O" or toks[i].kind != "word":
            continue
        hit = hits[i]
        if hit is None:
            hit = cache[norms[i]] = places._place_with_proclitic(norms[i], gaz)
        if hit and not (i + 1 < n and tags[i + 1] in ("B-PER", "I-PER")):
            tags[i] = "B-LOC"


_PAIRS = [
    (backoff.coordinated_places, _coordinated_places),
    (backoff.prominent_after_locative, _places_after_locative(False)),
    (backoff.places_after_locative_wiki, _places_after_locative(True)),
    (places.place_after_proclitic, _place_after_proclitic),
]


def _sentences() -> list[list[Token]]:
    text = normalize(SAMPLE.read_text(encoding="utf-8"))
    out = [tokenize(line) for line in text.split("\n") if line.strip()]
    out += [tokenize(s) for s in (
        # ANT sentences with places after و, ب, ل and a locative word, a place head and a LOC beside them
        "وشهدت اللاذقية وطرطوس وحلب احتجاجات",
        "تم نقل المصابين إلى مستشفى الحبيب بورقيبة بصفاقس ومستشفى سهلول بسوسة",
        "وأكد أن الجيش قصف جبل الشعانبي بولاية القصرين وبمدنين والأرجنتين",
        "هجوم على مأرب ومن حلب إلى الموصل وفي تعز",
    )]
    return out


@pytest.mark.parametrize("cold", [True, False])
def test_place_rules_visiting_places_only_tag_as_before(cold):
    """Each place rule gives the tags of its old form (every word visited) on every sentence of the ANT
    sample, with the tagger's tags, none and every name relabelled; with the per-word memos empty (a word
    seen for the first time) and full."""
    gaz, tagger = default_gazetteer(), default_tagger()
    changed = 0
    for toks in _sentences():
        if not toks:
            continue
        crf = tagger.tag_many([[t.norm for t in toks]])[0][0]
        variants = [crf, ["O"] * len(toks), [t.replace("PER", "LOC") for t in crf],
                    [t.replace("I-", "B-") for t in crf]]
        for tags in variants:
            for rule, old in _PAIRS:
                if cold:
                    gaz._word_caches.clear()
                    gaz._place_cache.clear()
                got, want = list(tags), list(tags)
                rule(toks, got, gaz)
                if cold:
                    gaz._word_caches.clear()
                old(toks, want, gaz)
                assert got == want, (rule.__name__, [t.text for t in toks])
                changed += got != tags
    assert changed >= 20  # the rules did tag places in these sentences


def test_sentence_places_are_the_place_splits_of_the_sentence():
    gaz = default_gazetteer()
    toks = tokenize("قصفت الطائرات ريف إدلب وبحلب ثم عاد إلى تونس . 2017")
    splits, at = sentence_places(toks, gaz)
    assert splits == gaz.place_splits(toks)
    assert [toks[i].text for i in at] == ["إدلب", "وبحلب", "تونس"]
    assert [splits[i].stem for i in at] == ["ادلب", "حلب", "تونس"]  # (the normalized form)
    assert sentence_places(toks, gaz)[1] is at  # found once for the sentence's rules
    other = tokenize("قصفت الطائرات ريف إدلب")
    assert [other[i].text for i in sentence_places(other, gaz)[1]] == ["إدلب"]


def test_coordinated_and_proclitic_places_in_ant_sentences():
    """The rules still tag: "اللاذقية وطرطوس" (two prominent places joined by و), "بمدنين" (ب + a town)."""
    gaz = default_gazetteer()
    toks = tokenize("وشهدت اللاذقية وطرطوس احتجاجات")
    tags = ["O"] * len(toks)
    backoff.coordinated_places(toks, tags, gaz)
    assert tags == ["O", "B-LOC", "B-LOC", "O"]
    toks = tokenize("وأكد أن الجيش تدخل بمدنين أمس")
    tags = ["O"] * len(toks)
    places.place_after_proclitic(toks, tags, gaz)
    assert [t.text for t, tag in zip(toks, tags, strict=True) if tag == "B-LOC"] == ["بمدنين"]
    toks = tokenize("وصل الوفد من حلب إلى الموصل")
    tags = ["O"] * len(toks)
    backoff.prominent_after_locative(toks, tags, gaz)
    assert [t.text for t, tag in zip(toks, tags, strict=True) if tag == "B-LOC"] == ["حلب", "الموصل"]
    toks = tokenize("وقال إن الحكومة قررت ذلك")  # no place: nothing tagged
    tags = ["O"] * len(toks)
    for rule, _ in _PAIRS:
        rule(toks, tags, gaz)
    assert tags == ["O"] * len(toks)

