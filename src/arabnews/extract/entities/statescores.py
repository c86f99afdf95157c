"""State scores of sentences for the CRF, from per-word-type sums of the model's weights.

:class:`~.features.FeatureExtractor` gives each word type its own features and the features it
shows to the words two and one before and after it.  Here each list becomes attribute ids once per
word type (and the own features one summed weight vector); a sentence's scores are then a few
vectorised gathers and adds.  The additions follow crfsuite's order for every token — own features,
then those of the words at -2, -1, +1, +2 (or "BOS"/"EOS"), the bigram ("first" for the first
word), the multi-word-place flag, the domain copies — so each score is the double crfsuite computes
from the same feature strings.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .features import _CACHE_LIMIT, FeatureExtractor
from .lattice import Model

#: Pseudo word types at a sentence's edges: nothing, "BOS", "EOS".
_NONE, _BOS, _EOS = 0, 1, 2


class StateScorer:
    """Scores (tokens × labels) of sentences of normalized words, with ``features``' cache."""

    def __init__(self, model: Model, features: FeatureExtractor) -> None:
        self.model = model
        self.features = features
        ids = model.attr_ids
        self._first = ids.get("first", model.zero)
        self._gp = (model.zero, ids.get("gp=B", model.zero), ids.get("gp=I", model.zero))
        self._domain_ids: dict[str, list[int]] = {}
        self._reset()

    def _reset(self) -> None:
        n_labels, zero = len(self.model.labels), self.model.zero
        self._types: dict[str, int] = {}
        self._own = np.zeros((1024, n_labels))
        # per window offset (-2, -1, +1, +2): attribute ids of each type (zero-padded) and their number
        self._ctx = [np.full((1024, 1), zero, dtype=np.intp) for _ in range(4)]
        self._len = [np.zeros(1024, dtype=np.intp) for _ in range(4)]
        self._n = 3
        for k in range(4):
            for t, name in ((_BOS, "BOS"), (_EOS, "EOS")):
                if name in self.model.attr_ids:
                    self._ctx[k][t, 0] = self.model.attr_ids[name]
                    self._len[k][t] = 1

    def _add(self, word: str, entry: tuple) -> int:  # type: ignore[type-arg]
        """The type index of a word first seen, its ids and own score stored."""
        if self._n >= _CACHE_LIMIT:
            self._reset()
        t = self._n
        if t == len(self._own):
            self._own = np.concatenate([self._own, np.zeros_like(self._own)])
            self._ctx = [np.concatenate([c, np.full_like(c, self.model.zero)]) for c in self._ctx]
            self._len = [np.concatenate([x, np.zeros_like(x)]) for x in self._len]
        ids = self.model.attr_ids
        weights = self.model.weights
        own = [a for a in map(ids.get, entry[0]) if a is not None]
        if own:
            # a running sum, row after row, as crfsuite adds them (cumsum never reorders)
            self._own[t] = np.cumsum(weights[own], axis=0)[-1]
        for k in range(4):
            found = [a for a in map(ids.get, entry[k + 1]) if a is not None]
            ctx = self._ctx[k]
            if len(found) > ctx.shape[1]:
                ctx = self._ctx[k] = np.pad(ctx, ((0, 0), (0, len(found) - ctx.shape[1])),
                                            constant_values=self.model.zero)
            ctx[t, :len(found)] = found
            self._len[k][t] = len(found)
        self._types[word] = t
        self._n += 1
        return t

    def _domain(self, domain: str, word: str) -> list[int]:
        k = domain + "\0" + word
        found = self._domain_ids.get(k)
        if found is None:
            ids = self.model.attr_ids
            found = [a for a in map(ids.get, self.features._domain(domain, word)) if a is not None]
            if len(self._domain_ids) > _CACHE_LIMIT:
                self._domain_ids.clear()
            self._domain_ids[k] = found
        return found

    def scores(self, sentences: Sequence[Sequence[str]], domain: str | None = None) -> np.ndarray:
        """State scores of all tokens of ``sentences``, one row per token in order."""
        feats = self.features
        keep = feats.keep
        ids = self.model.attr_ids
        zero = self.model.zero
        gp = self._gp
        types = self._types
        idx: list[int] = []
        extra: list[int] = []  # the bigram or "first", then the place flag
        places: list[int] = []
        starts: list[int] = []
        for words in sentences:
            entries = feats.entries(words)
            plain = [e[6] for e in entries]
            starts.append(len(idx))
            idx.extend([types.get(w) or self._add(w, e) for w, e in zip(words, entries, strict=True)])
            extra.append(self._first)
            for prev, cur in zip(plain, plain[1:]):
                bg = "bg=" + prev + "|" + cur
                extra.append(ids.get(bg, zero) if keep is None or bg in keep else zero)
            places.extend(gp[p] for p in feats.places(entries, plain))
        n = len(idx)
        at = np.asarray(idx, dtype=np.intp)
        first = np.asarray(starts, dtype=np.intp)
        lens = np.diff(np.append(first, n))
        last = first + lens - 1
        long = lens > 1
        # the word types seen at -2, -1, +1, +2, with the sentence edges
        m2 = np.roll(at, 2)
        m2[first] = _NONE
        m2[first[long] + 1] = _BOS
        m1 = np.roll(at, 1)
        m1[first] = _BOS
        p1 = np.roll(at, -1)
        p1[last] = _EOS
        p2 = np.roll(at, -2)
        p2[last] = _NONE
        p2[last[long] - 1] = _EOS
        weights = self.model.weights
        out = self._own[at]
        for k, seen in enumerate((m2, m1, p1, p2)):
            width = int(self._len[k][seen].max()) if n else 0
            cols = self._ctx[k][seen]
            for c in range(width):
                out += weights[cols[:, c]]
        out += weights[np.asarray(extra, dtype=np.intp)]
        out += weights[np.asarray(places, dtype=np.intp)]
        if domain:
            rows = [self._domain(domain, w) for words in sentences for w in words]
            width = max(map(len, rows), default=0)
            if width:
                cols = np.array([r + [zero] * (width - len(r)) for r in rows], dtype=np.intp)
                for c in range(width):
                    out += weights[cols[:, c]]
        return out
