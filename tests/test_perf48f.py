"""Session 48 (pf48f, issue #18): a new word type's features without its clitic splits, the same results.

- ``proclitic_readings(word)``: the proclitics of ``clitic_splits(word)[1:]`` as (prefix, article, length), without
  building a :class:`CliticSplit` per split. The entity features (``FeatureExtractor.parts``, ``_stem``,
  ``Gazetteer.known_reading``) and ``word_lemma_forms`` slice the stems from them.
- ``parts`` skips the place, nisba and name-part lookups of a word that ``_stem`` did not find in the gazetteer
  (``known_reading`` looked the same forms up).
"""

from __future__ import annotations

import itertools
import re

import pytest

from arabnews.extract.entities.features import FeatureExtractor, _stem
from arabnews.extract.entities.gazetteer import default_gazetteer
from arabnews.lang.ar import clitic_splits, fold, word_lemma_forms
from arabnews.lang.ar import folding as folding_module
from arabnews.text import clitics
from arabnews.text.clitics import MIN_STEM, PROCLITICS, UNSPLIT, proclitic_readings

#: ANT sentences (articles 17, 21, 27, 31): the article, ل + the article (للمهرجان, للإذاعة), و + the article
#: (والتلفزيون, والبيئية), ب (بمدينة, بتونس, ببادرة), hamza alef (أسدل, أمس, أن).
ANT = (
    "أسدل الستار مساء أمس السبت على الدورة 16 للمهرجان العربي للإذاعة والتلفزيون الذي انتظم بمدينة الحمامات"
    " انطلاقا من 12 ماي الجاري. تنطلق اليوم الاثنين فعاليات الدورة السابعة عشرة للمهرجان العربي للإذاعة والتلفزيون"
    " بمدينة الحمامات. ومن المنتظر أن تشهد التظاهرة العديد من الفقرات التنشيطية والبيئية والرياضية والثقافية والفنية"
    " وتم الكشف عن مختلف فقرات هذا المهرجان خلال ندوة صحفية، مساء الخميس بتونس العاصمة، عقدها منظمو التظاهرة التي"
    " تلتئم ببادرة من مؤسسة"
)
WORDS = sorted(set(re.findall(r"\w+", ANT)))


def _reference_readings(word: str) -> tuple[tuple[str, bool, int], ...]:
    """The readings as ``clitic_splits`` found them before: every proclitic of the word's first letter, tried."""
    longest = len(word) - MIN_STEM
    return tuple((p, a, n) for p, a, n in clitics._BY_FIRST_LETTER.get(word[:1], ())
                 if n <= longest and word.startswith(p))


def _family() -> list[str]:
    """Every proclitic before stems of 0 to 4 letters (ق, ال, ل, لل: which read as more proclitics), each letter
    string of 0 to 5 letters of و ف ب ل ك ا أ م, and the ANT words with each proclitic."""
    words = {p + s for p in ("", *PROCLITICS) for s in ("", "ق", "قد", "قدس", "ال", "الق", "ل", "لل", "لله", "أمن")}
    for k in range(6):
        words.update("".join(t) for t in itertools.product("وفبلكاأم", repeat=k))
    words.update(p + w for p in ("", *PROCLITICS) for w in WORDS)
    return sorted(words)


def test_readings_are_the_splits_proclitics_for_the_whole_family() -> None:
    family = _family()
    assert len(family) > 35_000
    for word in family:
        readings = proclitic_readings(word)
        assert readings == _reference_readings(word), word
        splits = clitic_splits(word)
        assert [(s.prefix, s.stem, s.article, s.offset) for s in splits] == (
            [("", word, False, 0)] + [(p, word[n:], a, n) for p, a, n in readings]), word


@pytest.mark.parametrize(("word", "readings"), [
    ("وبالقدس", (("و", False, 1), ("وب", False, 2), ("وبال", True, 4))),
    ("للمهرجان", (("ل", False, 1), ("لل", True, 2))),
    ("والتلفزيون", (("و", False, 1), ("وال", True, 3))),
    ("بمدينة", (("ب", False, 1),)),
    ("فللمدينة", (("ف", False, 1), ("فل", False, 2), ("فلل", True, 3))),
    ("الحمامات", (("ال", True, 2),)),
    ("أسدل", ()),  # hamza alef: no article
    ("مساء", ()),
    ("وبال", (("و", False, 1), ("وب", False, 2))),  # وبال + nothing: a stem needs two letters
    ("بل", ()),
    ("ولد", (("و", False, 1),)),
    ("", ()),
])
def test_readings_of_ant_words(word: str, readings: tuple[tuple[str, bool, int], ...]) -> None:
    assert proclitic_readings(word) == readings


@pytest.mark.parametrize(("word", "forms"), [
    ("للإذاعة", (("للاذاعه",), ("لاذاعه",), ("الاذاعه", "اذاعه"))),
    ("والتلفزيون", (("والتلفزيون",), ("التلفزيون",), ("التلفزيون", "تلفزيون"))),
    ("بمدينة", (("بمدينه",), ("مدينه",))),
    ("أسدل", (("اسدل",),)),  # read without the article: the splits are the written word's
    ("ألمانيا", (("المانيا",),)),
    ("السبت", (("السبت",), ("السبت", "سبت"))),
])
def test_lemma_forms_of_a_new_word(word: str, forms: tuple[tuple[str, ...], ...]) -> None:
    folding_module._LEMMA_MEMO.pop(word, None)
    assert word_lemma_forms(word) == forms
    assert word_lemma_forms(word) == tuple(folding_module.folded_lemma_forms(word, clitic_splits(word)))


def test_lemma_forms_agree_with_the_splits_on_the_family() -> None:
    for word in _family()[::7]:
        folding_module._LEMMA_MEMO.pop(word, None)
        assert word_lemma_forms(word) == tuple(folding_module.folded_lemma_forms(word, clitic_splits(word))), word


def test_new_word_features_and_lemma_forms_build_no_splits() -> None:
    """The cost this session took out: a new word's features and lemma forms leave no splits in the memo."""
    fe = FeatureExtractor()
    for word in ("وبالمهرجانات", "للتظاهرات", "فعالياتهما"):
        f = fold(word)
        clitics._SPLITS.pop(f, None)
        clitics._SPLITS.pop(word, None)
        folding_module._LEMMA_MEMO.pop(word, None)
        fe.parts(word)
        word_lemma_forms(word)
        assert f not in clitics._SPLITS and word not in clitics._SPLITS, word


@pytest.mark.parametrize(("word", "reading", "stem"), [
    ("حلب", UNSPLIT, "حلب"),
    ("بحلب", ("ب", False, 1), "حلب"),
    ("وبحلب", ("وب", False, 2), "حلب"),
    ("بتونس", ("ب", False, 1), "تونس"),
    ("للخرطوم", ("لل", True, 2), "خرطوم"),  # ل + الخرطوم: the article absorbed
    ("لبغداد", ("ل", False, 1), "بغداد"),
    ("الحمامات", UNSPLIT, "الحمامات"),
    ("والحمامات", ("و", False, 1), "الحمامات"),
    ("انطلاقا", None, None),
])
def test_known_reading_and_stem_in_gazetteer(word: str, reading: tuple[str, bool, int] | None,
                                             stem: str | None) -> None:
    gaz = default_gazetteer()
    assert gaz.known_reading(word) == reading
    split = gaz.stem_in_gazetteer(word)
    if reading is None:
        assert split is None
    else:
        assert split is not None and (split.prefix, split.stem, split.article, split.offset) == (
            reading[0], stem, reading[1], reading[2])
        assert split in clitic_splits(word)


def _reference_stem_and_flags(fe: FeatureExtractor,
                              word: str) -> tuple[tuple[str, str, bool], list[str], tuple[str, ...]]:
    """``_stem``, the gazetteer flags and the place heads as ``parts`` read them from the clitic splits before."""
    gaz = fe.gaz
    f = fold(word)
    splits = clitic_splits(f)
    hit = next((s for s in splits if any(gaz.known(x) for x in s.lemma_forms)), None)
    if hit is not None:
        stem, prefix, in_gaz = hit.stem, hit.prefix, True
    else:
        longest = next((s for s in reversed(splits[1:]) if len(s.stem) >= 3), None)
        stem, prefix, in_gaz = (longest.stem, longest.prefix, False) if longest else (f, "", False)
    forms = (f, stem, "ال" + stem) if prefix.endswith(("ال", "لل")) else (f, stem)
    flags = []
    place = next((x for x in forms if x in gaz.places), None)
    if place is not None:
        flags += ["g_place", "g_" + gaz.places[place].kind]
    if any(x in gaz.nisba for x in forms):
        flags.append("g_nisba")
    if any(x in gaz.person_parts for x in forms):
        flags.append("g_name")
    if in_gaz and not flags:
        flags.append("g_ent")
    found = [f] if f in gaz.multi_heads else []
    for s in splits[1:]:
        found += [x for x in (("ال" + s.stem,) if s.article else ()) + (s.stem,) if x in gaz.multi_heads]
    return (stem, prefix, in_gaz), flags, tuple(dict.fromkeys(found))


@pytest.mark.parametrize("word", [*WORDS, "بحلب", "وبحلب", "للقدس", "والقاهرة", "بدمشق", "الجزائري", "وبالمغرب",
                                  "لمحمد", "بريف", "وجبل", "كالعادة", "فالسودان", "ولبنان", "ألمانيا", "بألمانيا"])
def test_parts_stem_flags_and_heads_as_read_from_the_splits(word: str) -> None:
    fe = FeatureExtractor()
    (stem, prefix, in_gaz), flags, heads = _reference_stem_and_flags(fe, word)
    assert _stem(fold(word), fe.gaz) == (stem, prefix, in_gaz)
    local, near, _, got_heads, f = fe.parts(word)
    assert f == fold(word) and got_heads == heads
    assert [x for x in local if x.startswith("g_")] == flags
    assert [x for x in near if x.startswith("g_")] == flags
    assert local[2] == "st=" + stem and local[3] == "pf=" + prefix


def test_gazetteer_flags_of_places_with_proclitics() -> None:
    """The flags the skip leaves: a known place keeps them after its proclitics, an unknown word has none."""
    fe = FeatureExtractor()
    for word in ("بحلب", "وبتونس", "للقدس", "حلب"):
        local = fe.parts(word)[0]
        assert "g_place" in local, word
    local = fe.parts("انطلاقا")[0]
    assert not [x for x in local if x.startswith("g_")]


@pytest.mark.parametrize("word", ["والتظاهرات", "للمهرجانات", "بمدينتهم", "فعالياتهما", "الانتخابات"])
def test_parts_leaves_the_lemma_forms_the_rule_words_ask_for_next(word: str) -> None:
    """A new word written as folded: ``parts`` reads its lemma forms from the readings it has, the same forms."""
    folding_module._LEMMA_MEMO.pop(word, None)
    FeatureExtractor().parts(word)
    assert folding_module._LEMMA_MEMO[word] == tuple(folding_module.folded_lemma_forms(word, clitic_splits(word)))
    assert word_lemma_forms(word) is folding_module._LEMMA_MEMO[word]


def test_a_word_that_folding_changes_is_left_to_the_rule_words() -> None:
    """"الاثنينية" folds to "الاثنينيه": its readings are the folded word's, not asked for the written one."""
    word = "الاثنينية"
    folding_module._LEMMA_MEMO.pop(word, None)
    FeatureExtractor().parts(word)
    assert word not in folding_module._LEMMA_MEMO
    assert word_lemma_forms(word) == (("الاثنينيه",), ("الاثنينيه", "اثنينيه"))
