"""features.parts after session 36's speed work: the n-grams sliced in C, the shape, length and prefix
features shared string objects — the same feature strings, in the same order, as written out by hand."""

from arabnews.extract.entities.crf import default_tagger


def _parts(word):
    return default_tagger().features.parts(word)


def _stem(local):
    return next(x[3:] for x in local if x.startswith("st="))


def test_ngrams_of_a_stem_after_proclitics():
    local, _, _, _, f = _parts("وبالمدرسة")
    stem = _stem(local)
    padded = "<" + stem + ">"
    assert [x for x in local if x.startswith("ng=")] == ["ng=" + padded[k:k + 3] for k in range(len(stem))]
    # the first eleven features, in the order the model was trained with
    assert local[:11] == ["bias", "w=" + f, "st=" + stem, local[3], "sh=ar", "p2=" + stem[:2], "p3=" + stem[:3],
                          "s1=" + f[-1:], "s2=" + f[-2:], "s3=" + f[-3:], f"len={min(len(stem), 8)}"]
    assert local[3].startswith("pf=") and f.endswith(stem)


def test_short_and_long_stems_and_other_shapes():
    assert not [x for x in _parts("قال")[0] if x.startswith("ng=")]  # three letters: no n-grams
    local = _parts("الاستراتيجيات")[0]
    assert "len=8" in local  # eight letters or more
    stem = _stem(local)
    assert sum(x.startswith("ng=") for x in local) == len(stem)
    assert "sh=num" in _parts("2017")[0] and "sh=lat" in _parts("Reuters")[0] and "sh=punct" in _parts("،")[0]
    assert "pf=" in _parts("سوريا")[0]  # no proclitic: an empty prefix


def test_arabic_indic_digits_and_one_letter():
    local = _parts("٢٠١٧")[0]  # Arabic-Indic digits are of the Arabic script: shape "ar", and their n-grams
    assert "sh=ar" in local and [x for x in local if x.startswith("ng=")] == ["ng=<٢٠", "ng=٢٠١", "ng=٠١٧", "ng=١٧>"]
    assert "sh=ar1" in _parts("و")[0]
