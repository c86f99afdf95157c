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

import struct
import threading
from collections.abc import Sequence
from itertools import chain, pairwise, repeat
from typing import cast

import numpy as np

from ...memo import make_room
from .features import _CACHE_LIMIT, _WINDOW_TAGS, FeatureExtractor
from .lattice import Model

#: Most word types in the tables (about 400 bytes each with their key) before they make room.
_TYPE_LIMIT = 35_000
#: Most word types kept when the tables make room (the share of :data:`_TYPE_LIMIT`): those seen in the
#: most batches (documents), the oldest first among equals (a corpus's frequent words are mostly the first it shows).
_KEEP_SHARE = 0.9

#: Attribute ids in the type tables (a model has far fewer than 2**31 attributes; half of intp's memory).
_ID = np.int32
#: Pseudo word types at a sentence's edges: nothing, "BOS", "EOS".
_NONE, _BOS, _EOS = 0, 1, 2
#: A sentence's word types are read between these (see ``StateScorer._scores``).
_BEFORE, _AFTER = (_NONE, _BOS), (_EOS, _NONE)
#: Where a token's own type and those at -2, -1, +1, +2 are, from its place among them.
_AROUND = np.array([[0], [-2], [-1], [1], [2]])
#: Tokens whose scores are summed at once (a block's terms take tokens × columns × labels doubles).
_ROWS_AT_ONCE = 2048
#: Pending word types written to the tables at a time (their id lists are Python lists until then).
_FLUSH_EVERY = 2048
#: Id lists of a word type: its own features', those it shows the words at -2, -1, +1, +2.
_BLOCKS = 5


class StateScorer:
    """Scores (tokens × labels) of sentences of normalized words, with ``features``' cache."""

    def __init__(self, model: Model, features: FeatureExtractor) -> None:
        self.model = model
        self.features = features
        #: the zero row's id for each feature the model lacks (an endless iterator: ``map`` reads as many as it needs)
        self._zeros = repeat(model.zero)
        ids = model.attr_ids
        self._first = ids.get("first", model.zero)
        #: the place flag's attribute: none (the zero row), "gp=B", "gp=I" (see FeatureExtractor.places)
        self._gp = (model.zero, ids.get("gp=B", model.zero), ids.get("gp=I", model.zero))
        self._domain_ids: dict[str, list[int]] = {}
        self._lock = threading.Lock()
        keep = features.keep
        #: whether the extractor's ``keep`` holds every attribute of the model, so that the features it
        #: would drop are dropped here anyway (the attributes the model lacks): then not filtered twice
        self._filter = keep is not None and keep is not ids.keys() and not ids.keys() <= keep
        #: the bigram features ("bg=…|…") the extractor keeps and the model knows, by their pair of
        #: words: ``(a, b)`` for "bg=" + a + "|" + b, a name that holds another "|" under each reading
        #: (a pair is read without building the feature's string)
        self._bigrams: dict[tuple[str, str], int] = {}
        #: one string object per distinct text among the slices made here (a word is in many bigrams, and
        #: most of a neighbour's feature names are an own feature's too): the tables share them, some
        #: 4 MB of copies less for the loaded pipeline
        canon: dict[str, str] = {name: name for name in ids}
        #: the attributes a word's own feature strings are looked up in: the model's (those ``keep``
        #: holds when it drops some) but for the names no own feature has (see :func:`_own_name`):
        #: the neighbours' and bigrams' are in the tables below, the domain copies are read from the
        #: model when asked for (:meth:`_domain`), and the model's whole table is not kept
        self._own_ids: dict[str, int] = {}
        #: the ids of "BOS" and "EOS" (the zero row if the model lacks them)
        self._edges = [(t, ids.get(name, model.zero)) for t, name in ((_BOS, "BOS"), (_EOS, "EOS"))]
        #: per window offset (-2, -1, +1, +2), the attributes of a neighbour's features by the feature's
        #: own name ("w=…" for "-1|w=…"): a new word's features are looked up without building the
        #: prefixed strings (some 30 per word) and hashing them
        self._ctx_ids: list[dict[str, int]] = [{} for _ in _WINDOW_TAGS]
        by_tag = dict(zip(_WINDOW_TAGS, self._ctx_ids, strict=True))
        size = len(_WINDOW_TAGS[0])  # "-2|", "+1|", …
        own_ids, bigrams = self._own_ids, self._bigrams
        filtered = self._filter
        # every bigram is kept when the extractor keeps all the model's names (its ``keep`` is the model's table)
        all_bigrams = keep is None or keep is ids.keys()
        not_own = ("bg=", *_WINDOW_TAGS)
        # one pass over the model's 90,000 names, each sorted by its first letters; a bigram is none of
        # the others, and :func:`_own_name` is inlined for the names with a "|" (a third: domain copies)
        for name, a in ids.items():
            if name.startswith("bg="):
                if all_bigrams or name in keep:  # type: ignore[operator]
                    bar = name.find("|", 3)
                    while bar >= 0:
                        first, second = name[3:bar], name[bar + 1:]
                        first, second = canon.setdefault(first, first), canon.setdefault(second, second)
                        bigrams[first, second] = a
                        bar = name.find("|", bar + 1)
                continue
            if filtered and name not in keep:  # type: ignore[operator]
                continue
            # (a window tag starts with "+" or "-": the other names, most of them, are not sliced and looked up)
            ctx = by_tag.get(name[:size]) if name[:1] in "+-" else None
            if ctx is not None:
                own = name[size:]
                ctx[canon.setdefault(own, own)] = a
                continue
            bar = name.find("|")
            if bar < 0 or not (name[:bar].isalpha() or name.startswith(not_own)):
                own_ids[name] = a
        del canon
        #: whether a word's n-grams are looked up as their three letters (``parts(word, ngrams=False)``): the
        #: table holds "<دم" for "ng=<دم" when no other own feature can read as one (three characters, two Arabic
        #: letters at least, no "="; "BOS", "pf=", "w=و" cannot), else the prefixed names
        self._raw_ngrams = all(len(name) != 3 or "=" in name or name.isascii()
                               for name in own_ids if not name.startswith("ng="))
        if self._raw_ngrams:  # a new table, as compact as the first (deleted keys would leave their slots)
            self._own_ids = {name[3:] if name.startswith("ng=") else name: a for name, a in own_ids.items()}
        del own_ids
        self._reset()

    def release(self) -> None:
        """Empty the type tables, as a new scorer's: the entities stage asks it after a long document, whose own
        word types fill them to :data:`_TYPE_LIMIT` (some 7 MB) while the later stages, where a long document's
        memory peaks, read none of them (issue #18).  Scores never depend on the tables, only their cost."""
        with self._lock:
            self._reset()

    def _reset(self) -> None:
        n_labels, zero = len(self.model.labels), self.model.zero
        self._types: dict[str, int] = {}
        self._own = np.zeros((1024, n_labels))
        # per window offset (-2, -1, +1, +2): attribute ids of each type (zero-padded)
        self._ctx = [np.full((1024, 1), zero, dtype=_ID) for _ in range(4)]
        self._n = 3
        #: per type: in how many batches it was seen (halved, rounding up, each time the tables make room)
        self._seen = np.zeros(1024, dtype=np.int32)
        # per type: the folded word and its multi-word place heads (entry[6], entry[5])
        self._plain: list[str] = [""] * self._n
        self._heads: list[tuple[str, ...]] = [()] * self._n
        # the pending types' ids (own, -2, -1, +1, +2 of each in turn, the zero row for a feature the
        # model lacks) and the length of each of these lists: flat lists of ints, no objects per type
        self._ids: list[int] = []
        self._lengths: list[int] = []
        for k in range(4):
            for t, a in self._edges:
                self._ctx[k][t, 0] = a

    def _add(self, word: str) -> int:
        """The type index of a word first seen; its attribute ids wait in ``_ids`` until
        :meth:`_flush` writes the tables."""
        # not cached as strings: the ids below are all that is kept; own features, those the words at
        # -2, -1, +1, +2 see ("-2|" + each of ``far``, ...), every id or the zero row (left out at the
        # flush) appended to one flat list in C, with no list per type
        local, near, far, heads, f = self.features.parts(word, not self._raw_ngrams)
        self._plain.append(f)
        self._heads.append(heads)
        zero = self._zeros
        m2, m1, p1, p2 = self._ctx_ids
        add = self._ids.extend
        add(map(self._own_ids.get, local, zero))
        add(map(m2.get, far, zero))
        add(map(m1.get, near, zero))
        add(map(p1.get, near, zero))
        add(map(p2.get, far, zero))
        self._lengths += (len(local), len(far), len(near), len(near), len(far))
        t = self._types[word] = self._n
        self._n += 1
        if len(self._lengths) >= _FLUSH_EVERY * _BLOCKS:  # bounded: a 5 MB text brings some 50,000 new types at once
            self._flush()
        return t

    def _flush(self) -> None:
        """Write the own scores and context ids of the pending word types, all at once."""
        if not self._lengths:
            return
        zero = self.model.zero
        weights = self.model.weights
        if self._n > len(self._own):
            # the tables never hold more than _TYPE_LIMIT types (a batch that would pass it resets them)
            size = max(self._n, min(2 * len(self._own), _TYPE_LIMIT))
            grow = size - len(self._own)
            self._own = np.concatenate([self._own, np.zeros((grow, self._own.shape[1]))])
            self._seen = np.concatenate([self._seen, np.zeros(grow, dtype=np.int32)])
            self._ctx = [np.concatenate([c, np.full((grow, c.shape[1]), zero, dtype=_ID)]) for c in self._ctx]
        # per pending type (the last ones), per block: its ids without the zero rows, in their order
        blocks = _blocks(self._ids, self._lengths, zero)
        self._ids, self._lengths = [], []
        rows = slice(self._n - len(blocks[0]), self._n)  # the pending types are the last ones
        # the own features' weights summed in their order from 0.0, as crfsuite adds a token's attributes
        # (zero pads add 0.0)
        own = np.zeros((len(blocks[0]), weights.shape[1]))
        _sums(own, weights.take(blocks[0].T, axis=0))
        self._own[rows] = own
        for k in range(4):
            ids = blocks[k + 1]
            ctx = self._ctx[k]
            if ids.shape[1] > ctx.shape[1]:
                ctx = self._ctx[k] = np.pad(ctx, ((0, 0), (0, ids.shape[1] - ctx.shape[1])), constant_values=zero)
            ctx[rows, :ids.shape[1]] = ids
            ctx[rows, ids.shape[1]:] = zero

    def _make_room(self, room: int) -> None:
        """Keep fewer than ``room`` types (the pseudo types with them), at most :data:`_KEEP_SHARE` of
        the limit: those seen in the most batches, the oldest first among equals; the others are
        dropped and come back as new types when they are seen again.  The kept types' rows move up in
        their order (a type's scores depend on its word alone, never on its row)."""
        most = min(int(_TYPE_LIMIT * _KEEP_SHARE), room - 1) - 3
        if most <= 0:
            self._reset()
            return
        seen = self._seen[3:self._n]
        kept = np.sort(np.argsort(-seen, kind="stable")[:most]) + 3
        if not len(kept):
            self._reset()
            return
        keep = np.concatenate([np.arange(3), kept])
        words = list(self._types)  # in their types' order: type t is words[t - 3]
        self._types = {words[t - 3]: k for k, t in enumerate(kept.tolist(), 3)}
        n = len(keep)
        self._own[:n] = self._own.take(keep, axis=0)
        for ctx in self._ctx:
            ctx[:n] = ctx.take(keep, axis=0)
        self._plain = [self._plain[t] for t in keep.tolist()]
        self._heads = [self._heads[t] for t in keep.tolist()]
        self._seen[:n] = (self._seen.take(keep) + 1) >> 1
        self._seen[n:] = 0
        self._n = n

    def _domain(self, domain: str, word: str) -> list[int]:
        k = domain + "\0" + word
        found = self._domain_ids.get(k)
        if found is None:
            ids = self.model.attr_ids
            found = [a for a in map(ids.get, self.features._domain(domain, word)) if a is not None]
            if len(self._domain_ids) > _CACHE_LIMIT:
                make_room(self._domain_ids, _CACHE_LIMIT)
            self._domain_ids[k] = found
        return found

    def scores(self, sentences: Sequence[Sequence[str]], domain: str | None = None) -> np.ndarray:
        """State scores of all tokens of ``sentences``, one row per token in order."""
        with self._lock:  # the type tables grow and reset: one sentence batch at a time
            return self._scores(sentences, domain)

    def _scores(self, sentences: Sequence[Sequence[str]], domain: str | None) -> np.ndarray:
        feats = self.features
        zero = self.model.zero
        gp = self._gp
        tokens = sum(map(len, sentences))
        if self._n + tokens >= _TYPE_LIMIT:
            # room for the batch's new types and as many more: a long document's batches (20,000 tokens each) do
            # not make room every time.  Counted, not taken as its tokens: room for twice 20,000 tokens emptied the
            # tables at every long document's batch (35,000 types), and each batch read its frequent words' features
            # again (issue #18: one 1 MB document read 27 % more word types than the same text as 10 documents)
            new = len(set(chain.from_iterable(sentences)).difference(self._types))
            if self._n + new >= _TYPE_LIMIT:
                self._make_room(_TYPE_LIMIT - 2 * new)
        types = self._types
        find = types.get
        plain_of, heads_of = self._plain.__getitem__, self._heads.__getitem__
        bigrams = self._bigrams
        first = self._first
        # every sentence's word types between the pseudo types of its edges (nothing, "BOS", the words,
        # "EOS", nothing): the types at -2, -1, +1, +2 of a word are those two and one places away
        row: list[int] = []
        extra: list[int] = []  # the bigram or "first", then the place flag
        places: list[int] = []
        for words in sentences:
            found = list(map(find, words))
            # words first seen get their types (a word twice in the sentence once)
            ts = ([t or find(w) or self._add(w) for t, w in zip(found, words, strict=True)] if None in found
                  else cast(list[int], found))
            if not ts:
                continue
            plain = list(map(plain_of, ts))
            row += _BEFORE
            row += ts
            row += _AFTER
            extra.append(first)
            extra += map(bigrams.get, pairwise(plain), repeat(zero))
            hs = list(map(heads_of, ts))
            if any(hs):
                places += map(gp.__getitem__, feats.places(hs, plain))
            else:  # no word can start a multi-word place: no flag (gp[0])
                places += [zero] * len(ts)
        self._flush()
        n = len(extra)
        weights = self.model.weights
        if not n:
            return np.zeros((0, weights.shape[1]))
        seq = _ints(row)
        # each token's type (the pseudo types are the lowest), then the types at -2, -1, +1, +2
        around = seq.take((seq > _EOS).nonzero()[0] + _AROUND)  # (np.flatnonzero: five Python calls more)
        # every token's attribute ids after its own features, in crfsuite's order (one row each, a
        # column per token), each offset's block as wide as its table; the zero pads add 0.0 (``take``
        # gathers whole rows several times faster than indexing does: cheaper than narrower blocks)
        blocks = [ctx.take(types_k, axis=0) for ctx, types_k in zip(self._ctx, around[1:], strict=True)]
        blocks.append(_ints(extra + places).reshape(2, n).T)
        ids = np.concatenate(blocks, axis=1).T
        out = self._own.take(around[0], axis=0)
        self._seen[around[0]] += 1  # once per batch a type is in (``np.add.at`` would count each token: slower)
        # the weights added one after the other, as crfsuite does (those of some thousand tokens
        # gathered at once, to bound the terms × tokens × labels array)
        for lo in range(0, n, _ROWS_AT_ONCE):
            _sums(out[lo:lo + _ROWS_AT_ONCE], weights.take(ids[:, lo:lo + _ROWS_AT_ONCE], axis=0))
        if domain:
            rows = [self._domain(domain, w) for words in sentences for w in words]
            width = max(map(len, rows), default=0)
            if width:
                _sums(out, weights.take(_padded(rows, width, zero).T, axis=0))
        return out


def _own_name(name: str) -> bool:
    """Can ``name`` be one of a word's own features (:meth:`.FeatureExtractor.parts`)?  Not a
    neighbour's ("-1|w=…"), a bigram's ("bg=…|…") or a domain copy ("wiki|w=…": letters, then "|");
    an own feature with a "|" has an "=" before it ("w=|") or is a flag with "_" ("np_…")."""
    bar = name.find("|")
    return bar < 0 or not (name[:bar].isalpha() or name.startswith(("bg=", *_WINDOW_TAGS)))


def _ints(values: list[int]) -> np.ndarray:
    """``values`` (ints of the platform's ``intp``) as a read-only array: packed by ``struct`` at about
    half the instructions of ``np.fromiter`` (and a third of ``np.array``), which convert each int
    through numpy's generic item setter."""
    return np.frombuffer(struct.pack(f"{len(values)}{_INTP_CODE}", *values), dtype=np.intp)


#: The ``struct`` code of numpy's ``intp`` ("q" or "i": the C integer of its size).
_INTP_CODE = "q" if np.dtype(np.intp).itemsize == 8 else "i"


def _blocks(ids: list[int], lengths: list[int], fill: int) -> list[np.ndarray]:
    """Per block (own, -2, -1, +1, +2) an array of the pending types' ids without ``fill``, in their
    order, one row per type, padded with ``fill`` to the longest row; ``ids`` are the id lists of each
    type's blocks in turn, one after the other, ``lengths`` their lengths."""
    flat = _ints(ids)
    keep = flat != fill
    # the kept ids before each place: a list's count is the rise over its span
    before = np.concatenate([[0], np.cumsum(keep)])
    counts = np.diff(before[_ints(lengths).cumsum()], prepend=0)
    width = int(counts.max())
    out = np.full((len(lengths), width), fill, dtype=np.intp)
    # a boolean mask assigns in row order: each row's first ``count`` cells, from the flat kept ids
    out[np.arange(width) < counts[:, None]] = flat[keep]
    widths = counts.reshape(-1, _BLOCKS).max(axis=0).tolist()
    per_type = out.reshape(-1, _BLOCKS, width)
    return [per_type[:, k, :w] for k, w in enumerate(widths)]


def _padded(lists: list[list[int]], width: int, fill: int) -> np.ndarray:
    """``lists`` as the rows of an array of ``width`` columns, each padded with ``fill``."""
    n = len(lists)
    if n < 24:  # a few rows: cheaper as Python lists than in the numpy calls below
        return np.array([x + [fill] * (width - len(x)) for x in lists], dtype=np.intp).reshape(n, width)
    out = np.full((n, width), fill, dtype=np.intp)
    lengths = np.fromiter(map(len, lists), dtype=np.intp, count=n)
    # a boolean mask assigns in row order: each row's first ``length`` cells, from the flat list
    out[np.arange(width) < lengths[:, None]] = np.fromiter(chain.from_iterable(lists), dtype=np.intp,
                                                           count=int(lengths.sum()))
    return out


def _sums(out: np.ndarray, terms: np.ndarray) -> None:
    """Add to each row of ``out`` (tokens × labels) its terms in ``terms`` (terms × tokens × labels),
    one after the other: ``out[i] + terms[0, i] + terms[1, i] + …`` as crfsuite adds them.

    numpy reduces the first axis of a C-ordered array term after term, each step a whole
    tokens × labels slice added elementwise (the pairwise summation it uses along the last axis
    would round differently); the first term takes ``out`` in (``a + b`` and ``b + a`` are the same
    double)."""
    if not len(terms):
        return
    terms[0] += out
    np.add.reduce(terms, axis=0, out=out)
