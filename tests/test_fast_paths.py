"""The speed paths give what the plain paths give: the fast token pattern (stdlib ``re``) the tokens of
``_TOKEN`` (``regex``), the one-for-one replacements the characters of ``str.translate``, and bounded
per-word memos the results of unbounded ones."""

import importlib

from hypothesis import given
from hypothesis import strategies as st

import arabnews
from arabnews.extract.dates import places
from arabnews.extract.entities import consistency, features, gazetteer, rulewords, statescores
from arabnews.extract.events import triggers as event_triggers
from arabnews.lang.ar import scan
from arabnews.text import clitics
from arabnews.text.normalize import normalize_with_map
from arabnews.text.tokenize import Tokens

# the modules (``arabnews.text.normalize`` and ``.tokenize`` are also functions of the package)
normalize_module = importlib.import_module("arabnews.text.normalize")
tokenize_module = importlib.import_module("arabnews.text.tokenize")

# pieces where the two token patterns could part: words glued to punctuation, digits, Latin, marks,
# white space of both engines and of one only, mentions, hashtags, URLs, e-mails, emoji
_PIECES = [
    "حلب", "بدمشق،", "«الحدث»", "(رويترز)", "قال:", "2020", "1,245.5", "3.4", "١٥٠", "٫", "٬", "12,34", "1,2345",
    "-", "%", "…", "/", "*", "#وسم", "@user", "a@b.co", "https://x.com/a", "www.x.org.", "OSIRIS-Rex", "Mate9",
    "l’intrus", "\u00a0", "\u2009", "\x1c", "\x1f", "\x85", "\u200f", "\u200d", "\u0640", "\u064e", "\u0651",
    "ﻷ", "ﷲ", "ک", "ی", "ܐܒ", "ހ", "👨\u200d👩", "1\ufe0f\u20e3", "🇸🇾", " ", "\n", "\t", "\r\n", ".", "؟!", "؛",
    "ـ", "x",
]
_mixed = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=6)), max_size=30).map("".join)


def _same_tokens(view) -> None:
    fast, plain = Tokens.of(view), Tokens.of(view, fast=False)
    assert fast.nspans == plain.nspans
    assert fast.spans == plain.spans
    assert fast.kind_codes == plain.kind_codes


@given(_mixed)
def test_fast_token_pattern_gives_the_tokens_of_the_regex_pattern(text):
    _same_tokens(normalize_with_map(text))
    # without digit and mark folding: Arabic-Indic digits and diacritics reach the tokenizer
    _same_tokens(normalize_with_map(text, digits=False, diacritics=False, tatweel=False))


def test_fast_token_pattern_on_a_news_sentence_with_a_glued_comma_latin_and_a_decimal():
    text = "وقال الوزير،في دمشق: إن OSIRIS-Rex كلّف 1,245.5 مليون (رويترز)… #سوريا"
    view = normalize_with_map(text)
    toks = Tokens.of(view)
    assert [(t.text, t.kind) for t in toks] == [
        ("وقال", "word"), ("الوزير", "word"), ("،", "punct"), ("في", "word"), ("دمشق", "word"), (":", "punct"),
        ("إن", "word"), ("OSIRIS", "latin"), ("-", "punct"), ("Rex", "latin"), ("كلّف", "word"),
        ("1,245.5", "number"), ("مليون", "word"), ("(", "punct"), ("رويترز", "word"), (")", "punct"),
        ("…", "punct"), ("#سوريا", "hashtag")]
    _same_tokens(view)


def test_fast_path_hands_a_chunk_with_a_no_break_space_to_the_regex_pattern():
    # U+00A0 is white space for ``regex`` but not one of the fast path's separators
    text = "لسنة\u00a02016: دينار\u00a0\u00a0."
    toks = Tokens.of(normalize_with_map(text))
    assert [(t.start, t.end, t.kind) for t in toks] == [(0, 4, "word"), (5, 9, "number"), (9, 10, "punct"),
                                                        (11, 16, "word"), (18, 19, "punct")]


@given(_mixed)
def test_one_for_one_replacements_equal_str_translate(text):
    for options in ({}, {"alef": False, "hamza": True, "ta_marbuta": True, "punctuation": True}):
        tables = normalize_module._tables(normalize_module._options(options))
        plain = text.translate({k: v for k, v in tables.translate.items() if chr(k) in tables.single})
        assert normalize_module._one_to_one(text, tables) == plain


def test_normalized_text_with_hamza_forms_and_diacritics():
    view = normalize_with_map("أعلنَ إبراهيم آلاف ﻷ مستشفى")
    assert view.text == "اعلن ابراهيم الاف لا مستشفي"
    assert view.to_original(5, 12) == (6, 13)


def test_bounded_memos_give_the_results_of_unbounded_ones(monkeypatch, seed_text):
    want = arabnews.analyze(seed_text, reference_date="2020-06-02").to_dict()
    # every per-word memo emptied again and again within the article
    for module, name in ((clitics, "_CACHE_LIMIT"), (features, "_CACHE_LIMIT"), (rulewords, "_FLAGS_LIMIT"),
                         (consistency, "_FORMS_LIMIT"), (gazetteer, "WORD_MEMO_LIMIT"), (places, "WORD_MEMO_LIMIT"),
                         (event_triggers, "WORD_MEMO_LIMIT"), (scan, "CACHE_SIZE")):
        monkeypatch.setattr(module, name, 20)
    monkeypatch.setattr(statescores, "_TYPE_LIMIT", 300)
    monkeypatch.setattr(statescores, "_FLUSH_EVERY", 7)
    clitics._SPLITS.clear()
    consistency._FORMS.clear()
    got = arabnews.analyze(seed_text, reference_date="2020-06-02").to_dict()
    assert got == want
    assert len(clitics._SPLITS) <= 20 and len(consistency._FORMS) <= 20


def test_fast_pattern_groups_map_to_token_kinds():
    kinds = tokenize_module._FAST_KINDS
    index = tokenize_module._FAST.groupindex
    assert kinds[index["complex"]] == tokenize_module._COMPLEX
    for name in ("word", "number", "punct"):
        assert kinds[index[name]] == tokenize_module.KIND_CODES[name]


def test_a_full_memo_keeps_the_words_it_learnt_first(monkeypatch):
    # bound 8: the ninth word makes room, keeping the first six (three quarters), then it and the tenth join
    monkeypatch.setattr(clitics, "_CACHE_LIMIT", 8)
    clitics._SPLITS.clear()
    words = ["في", "من", "وبالقدس", "بحلب", "الرئيس", "ولبنان", "فلسطين", "بلد", "وقال", "للمدينة"]
    got = [[s.stem for s in clitics.clitic_splits(w)] for w in words]
    assert list(clitics._SPLITS) == words[:6] + words[8:]
    assert got == [[s.stem for s in clitics._splits(w)] for w in words]
    assert got[2] == ["وبالقدس", "بالقدس", "القدس", "قدس"]
    clitics._SPLITS.clear()
