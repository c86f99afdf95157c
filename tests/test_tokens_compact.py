"""The compact token store (``Tokens``): a Document's tokens behave as the list of Token objects they
replace, on real Arabic text, across chunks, through pickling, and with the same sentences."""

import dataclasses
import pickle

import pytest

import arabnews
from arabnews import Pipeline, tokenize
from arabnews.text import tokenize as tokenize_module
from arabnews.text.normalize import normalize_with_map
from arabnews.text.tokenize import Sentence, Token, Tokens, split_sentences

SENTENCE = "قُتل 7 أشخاص في حلبَ أمس. وقال د. أحمد: «الـ 46 عنصراً وصلوا»\nالخبر التالي ؟! #سوريا "


def test_tokens_equal_the_list_of_tokens():
    doc = Pipeline([]).make_doc(SENTENCE)
    assert isinstance(doc.tokens, Tokens)
    listed = tokenize(SENTENCE)
    assert doc.tokens == listed and len(doc.tokens) == len(listed) == 22
    assert [t.text for t in doc.tokens[:4]] == ["قُتل", "7", "أشخاص", "في"]
    assert doc.tokens[-1].text == "#سوريا" and doc.tokens[-1].kind == "hashtag"
    assert doc.tokens[13].kind == "clitic" and doc.tokens[13].text == "الـ"
    assert (doc.tokens[4].text, doc.tokens[4].norm) == ("حلبَ", "حلب")
    for tok in doc.tokens:
        assert SENTENCE[tok.start:tok.end] == tok.text
        assert doc.view.text[tok.nstart:tok.nstart + len(tok.norm)] == tok.norm


def test_sentences_are_those_of_the_token_by_token_rule():
    doc = Pipeline([]).make_doc(SENTENCE)
    expected = split_sentences(SENTENCE, list(doc.tokens))  # the list: the token-by-token loop
    assert doc.sentences == expected
    assert [SENTENCE[s.start:s.end] for s in expected] == [
        "قُتل 7 أشخاص في حلبَ أمس.", "وقال د. أحمد: «الـ 46 عنصراً وصلوا»", "الخبر التالي ؟!", "#سوريا"]
    assert expected[0] == Sentence(0, 25)


def test_a_long_document_reads_the_same_across_chunks_and_keeps_few_token_objects():
    text = " ".join(f"قتل {i} أشخاصٍ في حلب." for i in range(30_000))  # 180,000 tokens, 176 chunks
    doc = Pipeline([]).make_doc(text)
    tokens = doc.tokens
    assert len(tokens) == 180_000
    assert [t.text for t in tokens[1023:1027]] == ["في", "حلب", ".", "قتل"]
    assert tokens[-2].text == "حلب" and tokens[-2].end == len(text) - 1
    assert sum(1 for t in tokens if t.text == "أشخاصٍ") == 30_000
    assert len(tokens._chunks) <= 64  # the Token objects of at most 64 chunks are alive
    window = doc.token_window(10, 39)  # "حلب" at 37-40 runs past the end: left out
    assert [t.text for t in window] == [t.text for t in doc.tokens_between(10, 39)] == [
        "في", "حلب", ".", "قتل", "1", "أشخاصٍ", "في"]
    assert window[-1].start == 34 and window[1:3] == list(tokens[4:6])
    assert len(doc.sentences) == 30_000
    # more tokens than are kept: a window's tokens are built for that read only, equal to the kept ones
    tokens._chunks.clear()
    everything = list(tokens)
    tokens._chunks.clear()
    for lo, hi in ((0, 5), (1020, 1030), (90_000, 92_500), (179_990, 180_000)):
        read = doc.tokens_between(everything[lo].start, everything[hi - 1].end)
        assert read == everything[lo:hi] == tokens[lo:hi] and read[0] is not everything[lo]
    assert not tokens._chunks
    assert tokens[5] == everything[5] and len(tokens._chunks) == 1  # one token by index: its chunk is kept


def test_a_document_of_fewer_tokens_than_are_kept_builds_each_token_once():
    doc = Pipeline([]).make_doc(SENTENCE * 100)
    first = doc.tokens_between(0, len(SENTENCE))
    assert first[0] is doc.tokens_between(0, 10)[0] is doc.tokens[0]


def test_pickled_document_keeps_its_tokens_without_token_objects():
    doc = arabnews.analyze("قتل 7 أشخاص في حلب أمس.")
    data = pickle.dumps(doc)
    assert b"Token\n" not in data and b"\x8c\x05Token" not in data  # arrays, not Token objects
    back = pickle.loads(data)
    assert back.tokens == doc.tokens and back.to_dict() == doc.to_dict()
    # the folded text is made again on demand, not sent
    assert "folded" in doc.__dict__ and "folded" not in back.__dict__ and back.folded == doc.folded
    assert back.tokens_between(0, 9) == doc.tokens_between(0, 9) and back.part_at(3) == doc.part_at(3)


def test_normalization_map_as_runs_gives_exact_offsets():
    text = "الـمُدُن\u200f ﻷهلها ٤٦"
    view = normalize_with_map(text)
    assert view.text == "المدن لاهلها 46"
    assert view._starts is None and view._runs is not None
    assert view.to_original(0, 5) == (0, 8)  # the marks after ن belong to it
    assert view.to_original(6, 8) == (10, 11)  # ﻷ (one character) gave لا
    assert view.to_normalized(8) == 5 and view.to_normalized(10) == 6
    for tok in tokenize(text):
        assert text[tok.start:tok.end] == tok.text


def test_tokens_between_is_the_list_of_the_token_window_on_real_news():
    """``tokens_between`` slices the compact tokens; its tokens are those the lazy window walks, the
    same objects when the document keeps them all, equal ones when it does not."""
    from pathlib import Path

    text = (Path(__file__).parent / "golden" / "ant_sample.txt").read_text(encoding="utf-8")
    doc = Pipeline([]).make_doc(text)
    assert doc.tokens.keeps_all
    bounds = [(s.start, s.end) for s in doc.sentences]
    bounds += [(0, len(text)), (5, 5), (17, 301), (len(text) - 40, len(text))]
    for start, end in bounds:
        got = doc.tokens_between(start, end)
        window = list(doc.token_window(start, end))
        assert len(got) == len(window) and all(a is b for a, b in zip(got, window, strict=True))
        assert got == [t for t in doc.tokens if start <= t.start and t.end <= end]
    long = Pipeline([]).make_doc(text * 40)  # more tokens than are kept
    assert not long.tokens.keeps_all
    n = len(text)
    for start, end in ((0, 500), (n * 20 - 250, n * 20 + 250), (n * 40 - 300, n * 40)):
        assert long.tokens_between(start, end) == list(long.token_window(start, end)) != []


def _plain_tokens(tokens: Tokens) -> list[Token]:
    """The tokens of ``tokens`` made one at a time with the dataclass constructor, from the columns."""
    view = tokens._view
    spans, nspans = tokens.spans, tokens.nspans
    return [Token(spans[2 * i], spans[2 * i + 1], view.original[spans[2 * i]:spans[2 * i + 1]],
                  view.text[nspans[2 * i]:nspans[2 * i + 1]], tokens.kind_at(i), nspans[2 * i], view)
            for i in range(len(tokens))]


def _fields(tok: Token) -> tuple:
    return (type(tok), tok.start, tok.end, tok.text, tok.norm, tok.kind, tok.nstart, tok._view)


@pytest.mark.parametrize("text", [
    SENTENCE,  # marks and tatweel deleted: normalized offsets differ from the original ones
    "قتل 7 أشخاص في حلب أمس. وأعلن الإمام إطلاق ٤٦ أسيراً",  # alef folded, Arabic-Indic digits: same offsets
    "قتل 7 اشخاص في حلب امس",  # nothing normalized: the view is the original
])
def test_token_objects_built_in_bulk_are_those_of_the_plain_constructor(text, monkeypatch):
    """``Tokens`` builds its Token objects without calling ``Token(...)`` once per token: every field
    of every token, its type and its behaviour are those of the dataclass constructor's token."""
    doc = Pipeline([]).make_doc(text)
    plain = _plain_tokens(doc.tokens)
    built = list(doc.tokens)
    assert [_fields(t) for t in built] == [_fields(t) for t in plain] and built == plain
    assert [repr(t) for t in built] == [repr(t) for t in plain]
    assert [dataclasses.astuple(t)[:6] for t in built] == [dataclasses.astuple(t)[:6] for t in plain]
    assert [t.to_dict() for t in built] == [t.to_dict() for t in plain]
    for a, b in zip(built, plain, strict=True):
        assert a.clitic_splits() == b.clitic_splits()
        assert [a.stem_start(s) for s in a.clitic_splits()] == [b.stem_start(s) for s in b.clitic_splits()]
    assert [t.norm for t in built[:3]] == ["قتل", "7", "اشخاص"] and built[2].text in ("أشخاص", "اشخاص")
    # in a document of more tokens than are kept, tokens are built for each read: the same fields
    monkeypatch.setattr(tokenize_module, "_TOKENS_KEPT", 3)
    again = Pipeline([]).make_doc(text)
    assert not again.tokens.keeps_all
    assert [_fields(t) for t in again.tokens[1:len(plain)]] == [_fields(t) for t in _plain_tokens(again.tokens)][1:]
