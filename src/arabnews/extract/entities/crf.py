"""The shipped CRF tagger: loads ``resources/ner/ner.crfsuite`` once per thread and tags sentences.

``pycrfsuite.Tagger`` is not thread-safe, so each thread opens its own (opening is fast: the model
file is memory-mapped by crfsuite).
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from ... import resources
from .features import FeatureExtractor
from .gazetteer import Gazetteer, default_gazetteer, load_gazetteer

MODEL_NAME = "ner.crfsuite"
#: Beside the model: the feature names it has weights for (gzip, one per line).
ATTRIBUTES_NAME = "ner.attributes.gz"


def default_model_path() -> Path:
    """The shipped model file."""
    return Path(str(resources.path(f"ner/{MODEL_NAME}")))


class CRFTagger:
    """BIO tags (B-PER, I-LOC, …, O) and their marginal probabilities for sentences of normalized words.

    ``model_dir`` is a folder with ``ner.crfsuite`` and ``vocab.json`` as written by
    ``scripts/train_ner.py`` (default: the shipped model).
    """

    def __init__(self, model_dir: Path | str | None = None) -> None:
        if model_dir is None:
            self.model_path = default_model_path()
            self.gazetteer: Gazetteer = default_gazetteer()
        else:
            model_dir = Path(model_dir)
            self.model_path = model_dir / MODEL_NAME if model_dir.is_dir() else model_dir
            self.gazetteer = load_gazetteer(self.model_path.with_name("vocab.json"))
        if not self.model_path.is_file():
            raise FileNotFoundError(
                f"CRF NER model not found at {self.model_path}; rebuild it with `python scripts/train_ner.py` "
                "(needs the training corpora, see the README) or reinstall arabnews")
        attributes = self.model_path.with_name(ATTRIBUTES_NAME)
        keep = None
        if attributes.is_file():
            with gzip.open(attributes, "rt", encoding="utf-8") as fh:
                keep = frozenset(fh.read().split("\n"))
        self.features = FeatureExtractor(self.gazetteer, keep)
        self._local = threading.local()

    def _tagger(self) -> Any:
        """This thread's ``pycrfsuite.Tagger`` on the model, opened on first use."""
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            import pycrfsuite

            tagger = pycrfsuite.Tagger()
            tagger.open(str(self.model_path))
            self._local.tagger = tagger
        return tagger

    def tag(self, words: Sequence[str], extra: Sequence[Sequence[str]] | None = None,
            *, marginals: bool = False, domain: str | None = None) -> tuple[list[str], list[float] | None]:
        """Tags of one sentence, and with ``marginals`` the probability of each chosen tag;
        ``domain="wiki"`` tags with the Wikipedia-specific weights learnt from AQMAR."""
        if not words:
            return [], [] if marginals else None
        tagger = self._tagger()
        tags = tagger.tag(self.features(words, extra, domain))
        probs = None
        if marginals:
            probs = [tagger.marginal(t, i) if t != "O" else 1.0 for i, t in enumerate(tags)]
        return tags, probs

    def rescore(self, tags: list[str], probs: list[float]) -> list[float]:
        """Marginal probabilities of ``tags`` for the sentence last tagged in this thread (after a
        rule changed some tags)."""
        tagger = self._tagger()
        return [p if t == "O" else tagger.marginal(t, i) for i, (t, p) in enumerate(zip(tags, probs, strict=True))]


@cache
def default_tagger() -> CRFTagger:
    """The shipped model, loaded once."""
    return CRFTagger()
