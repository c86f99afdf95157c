"""The shipped CRF tagger: loads ``resources/ner/ner.crfsuite`` and tags sentences.

Scores come from per-word-type sums of the model's weights (:mod:`.statescores`) and the best path
and marginals from crfsuite's own lattice routines (:mod:`.lattice`), which gives ``pycrfsuite``'s
tags and marginals bit for bit at a fraction of its cost.  Where those routines cannot be reached
(or disagree with ``pycrfsuite`` on a test sentence at load time), tagging goes through
``pycrfsuite.Tagger`` itself.  Neither is thread-safe, so each thread opens its own.
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from ... import resources
from .features import FeatureExtractor
from .gazetteer import Gazetteer, default_gazetteer, load_gazetteer
from .lattice import Lattice, Lattices, Model, load_model
from .statescores import StateScorer

MODEL_NAME = "ner.crfsuite"
#: Beside the model: the feature names it has weights for (gzip, one per line).
ATTRIBUTES_NAME = "ner.attributes.gz"


#: Checked against ``pycrfsuite`` when the model is loaded: the fast path is used only if it agrees.
_CHECK_SENTENCE = "قال الرئيس السوري بشار الأسد في دمشق إن وزارة الخارجية الأمريكية و بحلب".split()


#: Most tokens of a batch whose chosen marginals :meth:`CRFTagger.tag_many` reads one by one (``ndarray.item``) rather
#: than by numpy's fancy indexing and ``where``: the same floats either way; numpy's fixed cost is that of some 60
#: such reads (callgrind, session 48: a sentence of 48 tokens, half of them in names, 6.7 K instructions fewer read
#: one by one, of 96 tokens 15 K more), so a headline or a short text pays less and an article (one batch) the same.
_FEW_TOKENS = 64


class Tagged(NamedTuple):
    """A tagged sentence: its tags, each tag's marginal probability (1.0 for "O") and every
    label's marginal at every token (in the model's label order)."""

    tags: list[str]
    probs: list[float]
    marginals: np.ndarray | list[list[float]]


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
        keep: AbstractSet[str] | None = None
        clusters = True
        if attributes.is_file():
            with gzip.open(attributes, "rt", encoding="utf-8") as fh:
                names = fh.read()
            keep = frozenset(names.split("\n"))
            # does a name start with "c64="? read in the file's text, not name by name
            clusters = names.startswith("c64=") or "\nc64=" in names
        self._model: Model | None = load_model(self.model_path)
        if keep is not None and self._model is not None and self._model.attr_ids.same_names(keep):
            # the same names as the model's own table: a second set of 90,000 strings would cost 12 MB
            keep = self._model.attr_ids.keys()
        # a model trained without the word-cluster features (the news model) has no weight for them:
        # not computing them spares loading the cluster table and gives the same tags
        self.features = FeatureExtractor(self.gazetteer, keep, clusters=clusters)
        self._local = threading.local()
        self._scorer = StateScorer(self._model, self.features) if self._model is not None else None
        self._lattices = Lattices()
        if self._model is not None and not self._agrees():
            self._model = self._scorer = None
        if self._model is not None:
            # the fast path tags alone: the check's ``pycrfsuite.Tagger`` (the 8 MB model file read
            # into memory again) and the model's table of names (15 MB; the state scorer keeps the
            # ids it needs) are read again only if something asks for them
            self._local.tagger = None
            self._model.attr_ids.release()

    def _lattice(self) -> Lattice:
        lattice = self._lattices.lattice
        if lattice is None:
            assert self._model is not None
            lattice = self._lattices.lattice = Lattice(self._model)
        return lattice

    def _agrees(self) -> bool:
        """Do the fast path and ``pycrfsuite`` give the same tags and marginals on a test sentence?"""
        tagger = self._tagger()
        tags = tagger.tag(self.features(_CHECK_SENTENCE))
        want = [[tagger.marginal(label, i) for label in self._model.labels] for i in range(len(tags))]  # type: ignore[union-attr]
        got = self.tag_many([_CHECK_SENTENCE])[0]
        return got.tags == tags and np.asarray(got.marginals).tolist() == want

    def tag_many(self, sentences: Sequence[Sequence[str]], domain: str | None = None) -> list[Tagged]:
        """Tags and marginals of several sentences (a document's) at once; see :meth:`tag`."""
        if self._scorer is None:
            tagger = self._tagger()
            out = []
            for words in sentences:
                tags = tagger.tag(self.features(words, None, domain)) if words else []
                table = [[tagger.marginal(label, i) for label in tagger.labels()] for i in range(len(tags))]
                out.append(Tagged(tags, [tagger.marginal(t, i) if t != "O" else 1.0 for i, t in enumerate(tags)],
                                  table))
            return out
        todo = [words for words in sentences if words]
        labels = self._model.labels  # type: ignore[union-attr]
        lengths = [len(words) for words in todo]
        scores = self._scorer.scores(todo, domain) if todo else np.zeros((0, len(labels)))
        path, marginals = self._lattice().run(scores, lengths)
        ids = path.tolist()
        tags_all = [labels[k] for k in ids]
        outside = labels.index("O") if "O" in labels else -1
        if len(ids) <= _FEW_TOKENS:  # a short text: each chosen marginal read in C (numpy's calls cost more)
            item = marginals.item
            probs_all = [1.0 if k == outside else item(i, k) for i, k in enumerate(ids)]
        else:
            chosen = marginals[np.arange(len(ids)), path]
            probs_all = np.where(path == outside, 1.0, chosen).tolist() if outside >= 0 else chosen.tolist()
        out, at = [], 0
        for words in sentences:
            n = len(words)
            out.append(Tagged(tags_all[at:at + n], probs_all[at:at + n], marginals[at:at + n]))
            at += n
        return out

    def release_tables(self) -> None:
        """Empty the state scorer's per-word-type tables (:meth:`.statescores.StateScorer.release`): after a long
        document; the next sentences fill them again."""
        if self._scorer is not None:
            self._scorer.release()

    def _tagger(self) -> Any:
        """This thread's ``pycrfsuite.Tagger`` on the model, opened on first use."""
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            import pycrfsuite

            tagger = pycrfsuite.Tagger()
            tagger.open(str(self.model_path))
            self._local.tagger = tagger
        return tagger

    def labels(self) -> list[str]:
        """The model's labels in its own order (that of :attr:`Tagged.marginals`)."""
        return self._model.labels if self._model is not None else list(self._tagger().labels())

    def tag(self, words: Sequence[str], extra: Sequence[Sequence[str]] | None = None,
            *, marginals: bool = False, domain: str | None = None) -> tuple[list[str], list[float] | None]:
        """Tags of one sentence, and with ``marginals`` the probability of each chosen tag;
        ``domain="wiki"`` tags with the Wikipedia-specific weights learnt from AQMAR."""
        if not words:
            return [], [] if marginals else None
        if self._scorer is not None and extra is None:
            tagged = self.tag_many([words], domain)[0]
            self._local.marginals = tagged.marginals
            return tagged.tags, tagged.probs if marginals else None
        self._local.marginals = None
        tagger = self._tagger()
        tags = tagger.tag(self.features(words, extra, domain))
        probs = None
        if marginals:
            probs = [tagger.marginal(t, i) if t != "O" else 1.0 for i, t in enumerate(tags)]
        return tags, probs

    def rescore(self, tags: list[str], probs: list[float],
                marginals: np.ndarray | list[list[float]] | None = None) -> list[float]:
        """Marginal probabilities of ``tags`` (after a rule changed some), from ``marginals`` (of a
        :class:`Tagged`) or else for the sentence last tagged in this thread."""
        if marginals is None:
            marginals = getattr(self._local, "marginals", None)
        if marginals is not None:
            ids = {label: k for k, label in enumerate(self.labels())}
            if isinstance(marginals, np.ndarray):  # one float read in C (no row view, no numpy scalar)
                at = marginals.item
                return [p if t == "O" else at(i, ids[t]) for i, (t, p) in enumerate(zip(tags, probs, strict=True))]
            return [p if t == "O" else float(marginals[i][ids[t]])
                    for i, (t, p) in enumerate(zip(tags, probs, strict=True))]
        tagger = self._tagger()
        return [p if t == "O" else tagger.marginal(t, i) for i, (t, p) in enumerate(zip(tags, probs, strict=True))]


@cache
def default_tagger() -> CRFTagger:
    """The shipped model, loaded once."""
    return CRFTagger()


#: The folder of the model ``ner_domain="wiki"`` uses: trained with the word-cluster features, which
#: help on Wikipedia articles held out whole (see ``resources/ner/README.md``) but not on news.
WIKI_MODEL_DIR = "ner/wiki"


@cache
def wiki_tagger() -> CRFTagger:
    """The shipped Wikipedia-domain model (:data:`WIKI_MODEL_DIR`), loaded once, on first use."""
    return CRFTagger(Path(str(resources.path(WIKI_MODEL_DIR))))
