"""The text layer: normalization with an offset map, tokenization, clitic splits."""

from .clitics import CliticSplit, clitic_splits
from .normalize import DEFAULTS, NormalizedText, fold, normalize, normalize_with_map
from .tokenize import Sentence, Token, split_sentences, tokenize_view

__all__ = ["DEFAULTS", "CliticSplit", "NormalizedText", "Sentence", "Token", "clitic_splits", "fold",
           "normalize", "normalize_with_map", "split_sentences", "tokenize_view"]
