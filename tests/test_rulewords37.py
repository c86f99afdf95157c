"""Session 37 (speed of the entities stage, output unchanged): the rules of a sentence read its words through one
:class:`.rulewords.SentenceWords`, made once for the sentence, instead of five module-global "last sentence"
memos.  Each reader answers what it answered before (checked here against the words computed afresh), the
object is made once per sentence, and a field filled on first use stays the same object for the sentence."""

from __future__ import annotations

from functools import reduce
from operator import or_

from arabnews import tokenize
from arabnews.extract.entities import rulewords
from arabnews.extract.entities.gazetteer import default_gazetteer
from arabnews.extract.entities.rulewords import (
    CLUB_HEAD,
    OPENER,
    PREDICATE,
    SPEECH_VERB,
    TOPONYM_HEAD,
    flagged,
    sentence_bits,
    sentence_flags,
    sentence_folded_text,
    sentence_folds,
    sentence_holds_any,
    sentence_kinds,
    sentence_norms,
    sentence_text_set,
    sentence_texts,
    sentence_words,
    sport_sentence,
    word_flags,
)
from arabnews.lang.ar import fold

_NEWS = "وقال المتحدث باسم الوزارة «إن 12 شخصاً قتلوا في وادي الضيف» بمحافظة إدلب، وأدى ذلك إلى نزوح ١٥٠ عائلة"


def test_readers_answer_the_words_afresh() -> None:
    """Texts, norms, kinds, folds, flags, bits and the flagged indices as computed token by token."""
    toks = tokenize(_NEWS)
    assert sentence_texts(toks) == [t.text for t in toks]
    assert sentence_norms(toks) == [t.norm for t in toks]
    assert sentence_kinds(toks) == [t.kind for t in toks]
    assert sentence_folds(toks) == [fold(t.norm) for t in toks]
    assert sentence_folded_text(toks) == "\0".join(fold(t.norm) for t in toks)
    assert sentence_text_set(toks) == frozenset(t.text for t in toks)
    flags = sentence_flags(toks)
    texts = [t.text for t in toks]
    # "وأدى" (و + أدى, performed) is no "وادي" (valley): the toponym head's bit is taken off it alone
    i_valley, i_performed = texts.index("وادي"), texts.index("وأدى")
    assert flags[i_valley] & TOPONYM_HEAD
    assert word_flags(toks[i_performed].norm) & TOPONYM_HEAD and not flags[i_performed] & TOPONYM_HEAD
    others = [k for k in range(len(toks)) if k != i_performed]
    assert [flags[k] for k in others] == [word_flags(toks[k].norm) if toks[k].kind == "word" else 0 for k in others]
    # and OPENER, a bit of the sentence alone: « opens a quote (session 39, media_names' gate)
    assert sentence_bits(toks) == reduce(or_, flags, 0) | OPENER
    speech = flagged(toks, SPEECH_VERB | PREDICATE)
    assert speech == [k for k, f in enumerate(flags) if f & (SPEECH_VERB | PREDICATE)]
    assert texts.index("وقال") in speech
    assert sentence_holds_any(toks, ["ادلب"]) and not sentence_holds_any(toks, ["حلب"])


def test_one_object_per_sentence() -> None:
    """The readers of one sentence share one object; a field filled on first use is the same list afterwards;
    another sentence gets its own, and going back to the first makes a new one with the same answers."""
    first, second = tokenize(_NEWS), tokenize("فاز الأهلي المصري على الزمالك 2 - 0")
    words = sentence_words(first)
    assert sentence_words(first) is words
    folds = sentence_folds(first)
    assert sentence_folds(first) is folds and flagged(first, CLUB_HEAD) is flagged(first, CLUB_HEAD)
    other = sentence_words(second)
    assert other is not words and other.toks is second
    again = sentence_words(first)
    assert again is not words and again.texts == words.texts and again.flags == words.flags


def test_sport_answered_once_per_sentence_and_gazetteer() -> None:
    """A score and an Arab club before its nationality: a sentence about sport; the answer is kept with the
    gazetteer it was asked for."""
    gaz = default_gazetteer()
    match, news = tokenize("فاز الأهلي المصري على الزمالك 2 - 0"), tokenize(_NEWS)
    assert sport_sentence(match, gaz) is True
    assert sentence_words(match).sport == (gaz, True)
    assert sport_sentence(news, gaz) is False
    assert rulewords._current.toks is news
