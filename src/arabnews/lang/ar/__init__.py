"""The Arabic resource layer: one lookup key, one trie builder, one clitic pattern, one loader.

Every extractor matches its lexicons through these, so a spelling rule changes in one place:

>>> from arabnews.lang import ar
>>> ar.lookup_key("الأمم  المتحدة")
'الامم المتحده'
>>> ar.PROCLITIC
'[وف]?[بلك]?'
"""

from __future__ import annotations

from ...text.clitics import (
    CONJ,
    LIL,
    PREP,
    PROCLITIC,
    PROCLITICS,
    PRONOUN_SUFFIXES,
    clitic_splits,
    is_proclitic,
)
from .data import load, parse_text
from .folding import ALI, fold, fold_words, folded_lemma_forms, lookup_key, word_lemma_forms, writes_alif_maqsura
from .trie import DASH, SPACE, trie_regex

__all__ = ["ALI", "CONJ", "DASH", "LIL", "PREP", "PROCLITIC", "PROCLITICS", "PRONOUN_SUFFIXES", "SPACE",
           "clitic_splits", "fold", "fold_words",
           "folded_lemma_forms", "is_proclitic", "load", "lookup_key", "parse_text", "trie_regex",
           "word_lemma_forms", "writes_alif_maqsura"]
