"""GatedPattern (lang/ar/scan.py) finds exactly the matches of its pattern, on real news and on edge cases."""

from __future__ import annotations

from pathlib import Path

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from arabnews import normalize
from arabnews.extract.attribution.cues import lexicon as attribution_lexicon
from arabnews.lang.ar import fold
from arabnews.lang.ar.scan import GatedPattern

SAMPLE = Path(__file__).parent / "golden" / "ant_sample.txt"
LETTER = r"[\p{L}\p{M}]"


def _spans(matches) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in matches]


def _same(g: GatedPattern, text: str, pos: int = 0, endpos: int | None = None) -> list:
    end = len(text) if endpos is None else endpos
    got = _spans(g.finditer(text, pos, end))
    assert got == _spans(g.pattern.finditer(text, pos, end))
    return got


def test_attribution_cues_on_real_news_whole_and_cut_anywhere():
    cue_re = attribution_lexicon().cue_re
    assert cue_re.gated
    text = fold(normalize(SAMPLE.read_text(encoding="utf-8")))
    assert len(_same(cue_re, text)) > 40
    for pos in range(0, len(text), 997):  # windows that start and end inside words
        _same(cue_re, text, pos, pos + 1500)


def test_proclitic_multiword_and_attached_forms():
    cue_re = attribution_lexicon().cue_re
    text = fold("وقال الوزير، وفقا لمصادر ونقلا عن شهود إن القصف؛ فأكدت: «قالوا» قالت5 اكدتقال")
    got = _same(cue_re, text)
    assert [text[a:b] for (a, b), _ in got] == ["وقال", "وفقا ل", "ونقلا عن", "فاكدت", "قالوا", "قالت"]
    assert _same(cue_re, text, 1, 12) == []  # "قال الوزير" cut after its و: not a run start for the pattern
    assert _same(cue_re, text, 0, 3) == []  # "وقا": the run is cut before the word ends


def test_a_word_list_with_other_characters_is_not_gated():
    words = ["قال", "ص.ب"]
    pattern = regex.compile(r"(?<![\p{L}\p{M}])(?:ص\.ب|قال)(?![\p{L}\p{M}])")
    g = GatedPattern(pattern, "", words, LETTER)
    assert not g.gated
    assert [m.group() for m in g.finditer("ص.ب قال")] == ["ص.ب", "قال"]


def test_gate_reads_each_run_once_and_forgets_when_full(monkeypatch):
    import arabnews.lang.ar.scan as scan

    pattern = regex.compile(r"(?<![\p{L}\p{M}])(?P<pre>[وف]?)قال(?![\p{L}\p{M}])")
    g = GatedPattern(pattern, "[وف]?", ["قال"], LETTER)
    monkeypatch.setattr(scan, "CACHE_SIZE", 2)
    for text in ("وقال هو", "قال: نعم", "فقال لا قال", "ذهب"):
        _same(g, text)
    assert len(g._runs._seen) <= 4


def test_twin_is_compiled_after_as_many_tries_as_the_pattern_has_characters(monkeypatch):
    """A gated pattern reads news characters with ``regex`` until it has been tried there about as many times as its
    pattern has characters (TWIN_AFTER; session 34), then with its ``re`` twin: the same matches either way, and a
    stretch with characters outside the fast ranges neither counts nor uses the twin."""
    import arabnews.lang.ar.scan as scan

    monkeypatch.setattr(scan, "TWIN_AFTER", 0.1)
    pattern = regex.compile(r"(?<![\p{L}\p{M}])(?P<pre>[وف]?)(?P<w>قال|اكد)(?![\p{L}\p{M}])")
    g = GatedPattern(pattern, "[وف]?", ["قال", "اكد"], LETTER)
    text = "وقال الوزير ثم اكد، فقال: قال"  # four tries a reading
    tries = 0.1 * len(pattern.pattern)
    assert 4 < tries
    while tries > 0:
        assert "_simple_pattern" not in g.__dict__
        assert [m.group("w") for m in _same(g, text) and g.finditer(text)] == ["قال", "اكد", "قال", "قال"]
        _same(g, "قال é " * 10)  # not news characters only: no try counted
        tries -= 8
    assert g.__dict__["_simple_pattern"] is not None
    assert [m.group("w") for m in g.finditer(text)] == ["قال", "اكد", "قال", "قال"]
    _same(g, text, 1, len(text) - 1)


def test_run_filter_hits_are_the_runs_kept_one_by_one():
    """What a filter keeps is what ``keep`` gives for each run of the text (``regex``'s runs), with the list
    of what it accepts (only those runs are offered and remembered) or without; characters outside the
    fast ranges ("é", "𝟙") are run characters or not as ``regex`` says."""
    from arabnews.lang.ar.scan import PrefixedWords, RunFilter

    words = PrefixedWords(frozenset({"", "و"}), {"قال", "حلب"})
    text = "وقال:«حلب» اقال قالت قال-وقال حلب5حلب (قال) ذهب قالé é قال 𝟙حلب"

    def one_by_one(text: str) -> set[str]:  # the runs of the text that the words accept
        return {run for run in regex.findall(r"[\p{L}\p{M}]++", text) if run in words}

    expected = one_by_one(text)
    assert expected == {"وقال", "حلب", "قال"}
    for accepts in (words, None):
        f = RunFilter(LETTER, lambda run: (run,) if run in words else (), accepts=accepts)
        assert f.hits(text) == expected
        assert set(f._hot) == expected
        assert f.hits("اقال قالت ذهب قالé") == set()  # "قال" inside other runs only
        for lo in range(0, len(text), 3):  # a run is cut at the ends of the stretch
            assert f.hits(text, lo, lo + 11) == one_by_one(text[lo:lo + 11])
    listed = RunFilter(LETTER, lambda run: (run,) if run in words else (), accepts=words)
    listed.hits(text)
    assert listed._seen <= words.joined()  # the other runs are never offered nor remembered


def test_fold_of_a_long_text_equals_the_translation():
    from arabnews.lang.ar.folding import _FOLD, _PAIRS

    text = SAMPLE.read_text(encoding="utf-8")
    every = "".join(s for s, _ in _PAIRS) * 30 + " ةىؤئأإآٱ abc"
    assert len(every) >= 200
    for t in (text, normalize(text), every, "", "ا", "مدينة حماة"):
        assert fold(t) == t.translate(_FOLD)


def test_fold_words_folds_each_word_as_fold_does():
    from arabnews import tokenize
    from arabnews.lang.ar import fold_words

    words = [t.norm for t in tokenize(SAMPLE.read_text(encoding="utf-8"))]
    assert fold_words(words) == [fold(w) for w in words]
    assert fold_words(["مدينة", "حماة", "مؤتمر", "إلى"]) == ["مدينه", "حماه", "موتمر", "الي"]
    assert fold_words([]) == []
    assert fold_words(["أ\0ة", "", "ى"]) == ["ا\0ه", "", "ي"]  # the separator inside a word


def test_a_long_text_is_read_in_windows_with_the_same_hits(monkeypatch):
    import arabnews.lang.ar.scan as scan

    cue_re = attribution_lexicon().cue_re
    text = fold(normalize(SAMPLE.read_text(encoding="utf-8")))
    whole = _spans(cue_re.finditer(text))
    monkeypatch.setattr(scan, "WINDOW", 97)
    assert _spans(cue_re.finditer(text)) == whole
    assert _same(cue_re, "قال" * 200 + " قال", 0) == _spans(cue_re.pattern.finditer("قال" * 200 + " قال"))


def test_prefix_strings_refuses_what_it_cannot_list():
    from arabnews.lang.ar.scan import prefix_strings

    assert prefix_strings(r"[\p{L}]?") is None  # a class by name
    assert prefix_strings("و+") is None  # a repeat: no finite list
    assert prefix_strings(".?") is None
    assert prefix_strings("[وف]?(?:لل|[بلكس])?") >= {"", "و", "فلل", "وب", "س"}


def test_event_word_lists_share_a_gate_and_match_as_their_patterns():
    from arabnews.extract.events.triggers import lexicon as event_lexicon

    lex = event_lexicon()
    patterns = [lex.result_re, lex.idiom_re, lex.domain_re, lex.accident_re, lex.actor_re, lex.civilian_sites,
                lex.protest_intervention, lex.protest_excessive, lex.riot_words, *(p for _, p in lex.refine)]
    assert all(p.gated and p._group is patterns[0]._group for p in patterns)
    text = fold(normalize(SAMPLE.read_text(encoding="utf-8")))
    text += " وبالقصف المدفعي والغارات الجوية بعبوة ناسفة انتحاري فاستهدف"
    total = 0
    for pos in range(0, len(text), 150):
        for p in patterns:  # the same stretch for every list, as a sentence is read
            total += len(_same(p, text, pos, min(len(text), pos + 400)))
    assert total > 50


def test_a_gate_group_member_reads_the_runs_its_hits_give_on_real_news():
    """``GateGroup.runs`` (the stretch's runs sorted out by member once) is the plain filter of ``hits``."""
    from arabnews.extract.events.triggers import _GROUP, lexicon

    lex = lexicon()
    members = [p for p in (lex.result_re, lex.idiom_re, lex.domain_re, lex.protest_re, lex.actor_re,
                           lex.civilian_sites, *(p for _, p in lex.refine)) if p._group is _GROUP]
    assert len(members) >= 8
    text = fold(normalize(SAMPLE.read_text(encoding="utf-8")))
    found = 0
    for pos in [*range(0, len(text), 601), 0]:
        end = min(len(text), pos + 900)
        hits = _GROUP.hits(text, pos, end)
        for g in members:
            plain = {run for i, run in hits if i == g._members[0]}
            assert _GROUP.runs(g._members[0], text, pos, end) == plain
            found += len(plain)
            _same(g, text, pos, end)
    assert found > 100


def test_prefixed_words_listed_membership_is_the_sliced_one():
    """``word in PrefixedWords`` (a lookup in the set of every proclitic + word string, when they are few)
    is :meth:`PrefixedWords.sliced` for the events and attribution word lists, on every word of the sample
    articles with and without proclitics; the trigger lexicon's large list is sliced."""
    from arabnews.extract.events.stage import EventExtractor
    from arabnews.extract.events.triggers import _GROUP, lexicon
    from arabnews.lang.ar.scan import PrefixedWords

    cues = attribution_lexicon().cue_re._group  # the attribution cues' gate group
    sets = [EventExtractor(lexicon())._may, *(f.__self__ for f in _GROUP._members),
            *(f.__self__ for f in cues._members)]
    # (session 19: the events' economy words, apart from the sport and culture ones; session 25: the definite actor
    # nouns after "لل"; session 29: "رابطة" of a road, "الطريق الرابطة بين", which is no sport word)
    assert len(sets) == 22
    words = {w for w in fold(normalize(SAMPLE.read_text(encoding="utf-8"))).split()}
    words |= {p + w for p in ("و", "ف", "وب", "فلل", "وال", "ال", "س", "وس") for w in list(words)[:400]}
    words |= {"", "و", "ال", "وال", "قتل", "وقتل", "فبالقصف", "قصف.", "ق", "*", "(?:)", "وقال "}
    hits = 0
    assert not sets[0].joins and all(m.joins for m in sets[1:])
    for members in sets:
        for w in words:
            assert (w in members) == members.sliced(w), w
            hits += w in members
    assert hits > 300
    for group in (_GROUP, cues):  # a group's index of its members' strings: each member's membership (session 43)
        for w in words:
            assert {i for i, _ in group._keep(w)} == {i for i, m in enumerate(group._members) if m(w)}, w
    odd = PrefixedWords(frozenset({"", "و"}), {"نقلا عن", "ص-ب", "قال"})
    assert "ونقلا عن" in odd and "وص-ب" in odd and "ونقلا  عن" not in odd and "وقال" in odd and "قال" in odd
    assert "وو" not in odd and 3 not in odd


@given(st.text(alphabet=st.sampled_from("قال3٣.,_ \t\n\u00a0«»“،ءa\u064b\u0670\u06f1é𝟙ـ"), max_size=40),
       st.integers(0, 5), st.integers(0, 5))
@settings(max_examples=300)
def test_run_filter_reads_the_regex_runs_of_any_stretch(text: str, lo: int, cut: int):
    """The runs a filter reads (with ``re`` in a stretch of news characters) are ``regex``'s, for the
    attribution and the events run classes, with characters outside the fast ranges ("é", "𝟙") or not."""
    from arabnews.lang.ar.scan import RunFilter

    hi = max(lo, len(text) - cut)
    for run_char in (LETTER, r"[\p{L}\p{M}\p{N}_]"):
        f = RunFilter(run_char, lambda run: (run,))
        assert f.runs(text, lo, hi) == set(regex.findall(f"(?:{run_char})++", text, pos=lo, endpos=hi))


@given(st.lists(st.sampled_from(["قال", "وقالت", "اكد", "نقلا", "عن", "وفقا", "ل", "القصف", "اسفر", " ", " ", "\t",
                                 "é", "𝟙", "3", "_", "«", ":", "\u064b", "ـ", "a"]), max_size=14),
       st.integers(0, 4), st.integers(0, 4))
@example(["é", "قال"], 1, 0)  # the letter before the stretch: no match at its start
@example(["القصف", "ـ", " ", "اسفر", "𝟙"], 0, 0)
@settings(max_examples=300)
def test_gated_matches_are_the_pattern_matches_beside_any_character(parts: list[str], lo: int, cut: int):
    """A gated pattern reads a stretch of news characters with its ``re`` twin and any other with itself:
    its matches are the pattern's either way, with a letter outside the fast ranges ("é", "𝟙") right
    before the stretch or inside it, for the attribution cues and the events' word lists."""
    from arabnews.extract.events.triggers import lexicon as event_lexicon

    text = "".join(parts)
    hi = max(lo, len(text) - cut)
    lex = event_lexicon()
    for g in (attribution_lexicon().cue_re, lex.result_re, lex.actor_re):
        assert g._simple_pattern is not None
        _same(g, text, lo, hi)
