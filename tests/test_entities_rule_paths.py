"""The speed paths of the entities stage's rules give what the plain paths give, on real news: the
chunks :func:`~arabnews.extract.entities.bio.chunks` replays from the last tags it read (a rule that
changes the tags while it reads them sees its changes), the untagged name starts of
:func:`~arabnews.extract.entities.consistency.propagate`, and the per-word memo of the public figures'
names."""

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import arabnews
from arabnews import tokenize
from arabnews.extract.entities import backend, backoff, bio, consistency, corrections, orgs, persons
from arabnews.extract.entities.gazetteer import default_gazetteer
from arabnews.extract.entities.rulewords import has_article, rule_words
from arabnews.lang.ar import fold

ANT_SAMPLE = Path(__file__).parent / "golden" / "ant_sample.txt"


@pytest.fixture(scope="module")
def news(seed_text) -> list[str]:
    """The seed article and the ANT sample's articles (real news the rules were not written from)."""
    return [seed_text, *(line for line in ANT_SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip())]


@pytest.fixture(scope="module")
def sentences(news) -> list[tuple[list, list[str]]]:
    """Each sentence's tokens and its tags after the correction rules, as the stage counts them."""
    seen: list[tuple[list, list[str]]] = []
    real = backend.correct

    def spy(toks, tags, gaz, *args, **kwargs):
        out = real(toks, tags, gaz, *args, **kwargs)
        seen.append((list(toks), list(out)))
        return out

    backend.correct = spy
    try:
        for text in news:
            arabnews.analyze(text, reference_date="2017-01-20")
    finally:
        backend.correct = real
    assert sum("B-PER" in tags for _, tags in seen) > 20 and sum("B-LOC" in tags for _, tags in seen) > 20
    return seen


def _read(it, tags: list[str], change) -> list[tuple[int, int, str]]:
    """The chunks of ``it``, calling ``change(tags, k, chunk)`` after the k-th (a rule that retags)."""
    out = []
    for k, chunk in enumerate(it):
        out.append(chunk)
        change(tags, k, chunk)
    return out


def _changes():
    """Ways a rule changes the tags while it reads their chunks: none, the chunk's end or the word
    after it, the first word of the sentence, a tag set to what it was."""
    def none(tags, k, chunk):
        pass

    def after(tags, k, chunk):
        if k == 0 and chunk[1] < len(tags):
            tags[chunk[1]] = "I-" + chunk[2]  # the name takes the next word: the next chunk starts later

    def split(tags, k, chunk):
        if chunk[1] - chunk[0] > 1:
            tags[chunk[0] + 1:chunk[1]] = ["B-PER"] * (chunk[1] - chunk[0] - 1)

    def drop_next(tags, k, chunk):
        tags[chunk[1]:] = ["O"] * (len(tags) - chunk[1])

    def before(tags, k, chunk):
        tags[0] = "B-MISC"  # behind the reader: seen by no later chunk

    def same(tags, k, chunk):
        tags[chunk[0]] = tags[chunk[0]][:2] + chunk[2]

    return [none, after, split, drop_next, before, same]


def _both(tags: list[str], change) -> tuple[list, list]:
    plain_tags, fast_tags = list(tags), list(tags)
    plain = _read(bio._chunks(plain_tags), plain_tags, change)
    fast = _read(bio.chunks(fast_tags), fast_tags, change)
    assert fast_tags == plain_tags
    return fast, plain


def test_chunks_of_the_last_tags_read_are_the_chunks_read_afresh_on_real_sentences(sentences):
    for _, tags in sentences:
        for change in _changes():
            list(bio.chunks(tags))  # the tags just read: the next call replays them
            fast, plain = _both(tags, change)
            assert fast == plain, (tags, change.__name__)
            fast, plain = _both(tags, change)  # and read afresh after a change
            assert fast == plain, (tags, change.__name__)


_TAGS = st.lists(st.sampled_from(["O", "O", "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "I-ORG"]), max_size=12)


@given(_TAGS, st.lists(st.tuples(st.integers(0, 11), st.integers(0, 11),
                                 st.sampled_from(["O", "B-LOC", "I-LOC", "I-PER"])), max_size=3))
def test_chunks_replayed_see_the_changes_a_reader_makes(tags, edits):
    def change(tags, k, chunk):  # the k-th edit after the k-th chunk
        if k < len(edits) and edits[k][1] < len(tags):
            tags[edits[k][1]] = edits[k][2]

    list(bio.chunks(tags))
    fast, plain = _both(tags, change)
    assert fast == plain


def test_chunks_of_a_tuple_and_of_untagged_words():
    assert list(bio.chunks(("O", "B-PER", "I-PER", "O"))) == [(1, 3, "PER")]
    assert list(bio.chunks(["O"] * 5)) == []
    tags = ["B-LOC", "O", "I-ORG"]
    assert list(bio.chunks(tags)) == list(bio.chunks(list(tags))) == [(0, 1, "LOC"), (2, 3, "ORG")]


def test_stage_output_with_chunks_replayed_is_the_plain_output(news, monkeypatch):
    want = [arabnews.analyze(text, reference_date="2017-01-20").to_dict() for text in news]
    # the plain path: every call reads the tags afresh
    monkeypatch.setattr(bio, "_replay", lambda tags, snapshot, found: bio._chunks(tags))
    got = [arabnews.analyze(text, reference_date="2017-01-20").to_dict() for text in news]
    assert got == want


def test_name_starts_are_the_plain_comprehension_on_real_sentences(sentences):
    gaz = default_gazetteer()
    # the names of each sentence's own document part: first words of its names, and some of their forms
    firsts = {consistency.name_form(toks[i], gaz, label) for toks, tags in sentences
              for i, _, label in bio.chunks(tags) if label != "MISC"}
    keys = dict.fromkeys(firsts).keys()
    assert {"حلب", "دمشق"} & firsts
    assert consistency.start_endings(keys) is not None
    found = 0
    for toks, tags in sentences:
        for untagged in (tags, ["O"] * len(tags)):
            plain = [i for i, t in enumerate(toks) if untagged[i] == "O" and t.kind in consistency._NAME_KINDS
                     and not keys.isdisjoint(consistency._forms(t.norm, t.kind == "word")[1])]
            assert consistency._name_starts(toks, untagged, keys) == plain
            assert consistency._name_starts(toks, untagged, keys, consistency.start_endings(keys)) == plain
            found += len(plain)
    assert found > 100


def test_public_figure_names_memo_is_the_plain_lookup(news):
    gaz = default_gazetteer()
    cache = gaz.word_cache("figure_names")
    for text in news:
        arabnews.analyze(text, reference_date="2017-01-20")
    first = rule_words().figure_first
    assert any(cache.values())  # figures of the news were looked up ("ترامب", …)
    for norm, names in cache.items():
        assert names == next((first[f] for f in persons.figure_forms(norm) if f in first), ())


def _place_beside_loc_plain(toks, tags, gaz) -> None:
    """:func:`~arabnews.extract.entities.backoff.place_beside_loc` as it read the heads of every word."""
    n = len(toks)
    heads = gaz.loc_heads(toks)
    if True not in heads and "B-LOC" not in tags and "I-LOC" not in tags:
        return
    places = [(i, split) for i, split in enumerate(gaz.place_splits(toks)) if split is not None]
    for order in (places, places[::-1]):
        for i, split in order:
            if tags[i] != "O":
                continue
            left = i > 0 and tags[i - 1].endswith("LOC")
            right = i + 1 < n and tags[i + 1] == "B-LOC" and toks[i + 1].norm.startswith("و")
            head = not left and i > 0 and tags[i - 1] == "O" and heads[i - 1]
            if not (left or right or head):
                continue
            if head or ((right or split.prefix.startswith("و")) and backoff._prominent_split(gaz, toks[i].norm)
                        is not None):
                tags[i] = "B-LOC"


def test_place_beside_loc_asks_heads_before_places_only_and_tags_as_the_plain_rule(news):
    gaz = default_gazetteer()
    seen: list[tuple[list, list[str]]] = []
    real = backend.gazetteer_backoff

    def spy(toks, tags, gaz, *args):
        seen.append((list(toks), list(tags)))
        return real(toks, tags, gaz, *args)

    backend.gazetteer_backoff = spy
    try:
        for text in news:
            arabnews.analyze(text, reference_date="2017-01-20")
    finally:
        backend.gazetteer_backoff = real
    before = backoff.RULES[:backoff.RULES.index(backoff.place_beside_loc)]
    changed = 0
    for toks, crf_tags in seen:
        # the CRF's tags after the rules before it, and with no tag at all (the gate: heads only)
        for tags in (backoff.gazetteer_backoff(toks, crf_tags, gaz, before), ["O"] * len(toks)):
            fast, plain = list(tags), list(tags)
            backoff.place_beside_loc(toks, fast, gaz)
            _place_beside_loc_plain(toks, plain, gaz)
            assert fast == plain
            changed += fast != tags
    assert changed >= 5  # "بلدة سراقب", "اللاذقية وإدلب" of the news: the rule tags there


def _club_by_nationality_plain(toks, tags, gaz) -> None:
    """:func:`~arabnews.extract.entities.orgs.club_by_nationality` as it read every word."""
    if gaz.nisba.keys().isdisjoint(fold(t.norm) for t in toks):
        return
    for j in range(1, len(toks)):
        tok = toks[j]
        if tags[j] != "O" or tok.kind != "word" or not tok.norm.endswith("ي"):
            continue
        word = fold(tok.norm)
        if not (word.startswith("ال") and word.endswith("ي") and word in gaz.nisba):
            continue
        i = j - 1
        while i > 0 and tags[i].startswith("I-") and j - i < 2:
            i -= 1
        if tags[i] == "B-LOC" and j - i <= 2:
            name = " ".join(fold(t.norm) for t in toks[i:j])
        elif tags[i] == "O" and i == j - 1 and toks[i].kind == "word":
            name = fold(toks[i].norm)
            if name in gaz.common or name in rule_words().function_words or len(name) < 3:
                continue
        else:
            continue
        if has_article(toks[i].norm):
            continue
        place = gaz.place(name)
        if (place is None and tags[i] == "O") or (place is not None and place.kind != "city"):
            continue
        tags[i:j] = ["B-ORG"] + ["I-ORG"] * (j - i - 1)


#: ANT lines 35627 and 35631: clubs named by their city and nationality.
CLUBS = ["فاز يوفنتوس الايطالي على موناكو الفرنسي بهدفين لصفر في المباراة التي جمعتهما اليوم الاربعاء في ملعب "
         "لويس الثاني لحساب ذهاب نصف نهائي دوري ابطال اوروبا .",
         "فاز اجاكس امستردام الهولندي اليوم الاربعاء على ليون الفرنسي بأربعة اهداف مقابل هدف في ذهاب نصف نهائي "
         "الدوري الاوروبي ."]


def test_club_by_nationality_reads_the_nationality_words_only_and_tags_as_the_plain_rule(sentences):
    gaz = default_gazetteer()
    rules = corrections.RULES
    before = rules[:rules.index(orgs.club_by_nationality)]
    texts = [toks for toks, _ in sentences] + [tokenize(text) for text in CLUBS]
    changed = 0
    for toks in texts:
        crf = ["O"] * len(toks)
        # untagged, the city before each nationality a LOC, and the tags the rules before it leave
        located = [("B-LOC" if k + 1 < len(toks) and fold(toks[k + 1].norm) in gaz.nisba else "O")
                   for k in range(len(toks))]
        for tags in (crf, located, corrections.correct(toks, located, gaz, before)):
            fast, plain = list(tags), list(tags)
            orgs.club_by_nationality(toks, fast, gaz)
            _club_by_nationality_plain(toks, plain, gaz)
            assert fast == plain
            changed += fast != tags
    assert changed >= 4  # "موناكو الفرنسي", "ليون الفرنسي", …
