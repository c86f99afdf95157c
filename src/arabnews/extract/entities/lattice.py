"""The CRF's arithmetic without crfsuite's string handling: exact state scores, and crfsuite's own
Viterbi and forward-backward routines called through ``ctypes``.

Tagging through ``pycrfsuite`` spends most of its time turning some twenty feature strings per
token into C++ strings and looking each one up in the model's attribute table.  Here a word type's
attribute ids are looked up once; a sentence's state scores are sums of rows of the model's weight
matrix, added in the order crfsuite adds them (a token's own features, then those seen from -2, -1,
+1, +2, the bigram or "first", the place flag), so every sum is the same double as crfsuite's.
The lattice routines (``crf1dc_viterbi``, ``crf1dc_alpha_score``, ...) are crfsuite's compiled
functions inside the ``pycrfsuite`` extension, given these scores: tags and marginals are those of
``pycrfsuite.Tagger`` bit for bit.  :func:`load_model` returns None where the extension does not
export them (then :class:`~arabnews.extract.entities.crf.CRFTagger` keeps to ``pycrfsuite``).

The weights are read from the model file itself (``Tagger.info()`` prints them with six decimals).
"""

from __future__ import annotations

import ctypes
import struct
import threading
from collections.abc import ItemsView, Iterator, KeysView, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar, overload

import numpy as np

#: crfsuite's context flags: Viterbi and marginals, as its tagger opens them.
_CTXF_VITERBI_MARGINALS = 0x01 | 0x02
#: Byte offsets in ``crf1d_context_t``: four ints, a double, then the matrices' pointers.
_OFF_NUM_ITEMS, _OFF_CAP_ITEMS = 8, 12
_OFF_STATE, _OFF_TRANS, _OFF_ALPHA, _OFF_BETA, _OFF_SCALE = 24, 32, 40, 48, 56
#: Most tokens of a document whose lattice arrays a :class:`Lattice` keeps for the next (about 250 KB).
_KEPT_ROWS = 1024
T = TypeVar("T")
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])


def _library() -> ctypes.CDLL | None:
    """crfsuite's C functions inside the ``pycrfsuite`` extension, or None if it hides them."""
    try:
        from pycrfsuite import _pycrfsuite

        lib = ctypes.CDLL(_pycrfsuite.__file__)
        vp, i = ctypes.c_void_p, ctypes.c_int
        lib.crf1dc_new.restype = vp
        lib.crf1dc_new.argtypes = [i, i, i]
        lib.crf1dc_delete.argtypes = [vp]
        lib.crf1dc_set_num_items.argtypes = [vp, i]
        for name in ("crf1dc_exp_state", "crf1dc_exp_transition", "crf1dc_alpha_score", "crf1dc_beta_score"):
            getattr(lib, name).argtypes = [vp]
            getattr(lib, name).restype = None
        lib.crf1dc_viterbi.argtypes = [vp, vp]
        lib.crf1dc_viterbi.restype = ctypes.c_double
        lib.crf1dm_new.restype = vp
        lib.crf1dm_new.argtypes = [ctypes.c_char_p]
        lib.crf1dm_close.argtypes = [vp]
        lib.crf1dm_get_num_attrs.argtypes = [vp]
        lib.crf1dm_get_num_labels.argtypes = [vp]
        lib.crf1dm_to_attr.argtypes = [vp, i]
        lib.crf1dm_to_attr.restype = ctypes.c_char_p
        lib.crf1dm_to_label.argtypes = [vp, i]
        lib.crf1dm_to_label.restype = ctypes.c_char_p
    except (ImportError, OSError, AttributeError):
        return None
    return lib


class AttributeIds(Mapping[str, int]):
    """A model's attribute ids by name, read from the model file into a dict on first use.

    The dict of the news model's 90,000 names takes some 15 MB: the state scorer keeps only the
    names it looks up (in tables of its own), so once it is built the tagger calls :meth:`release`
    and the dict is read again only if something asks for a name later (the slow ``pycrfsuite``
    path's filter, another domain's features, the tests)."""

    def __init__(self, path: Path, lib: ctypes.CDLL, table: dict[str, int] | None = None) -> None:
        self.path = path
        self.lib = lib
        self._ids = table
        self._len = len(table) if table is not None else len(self._table())
        self._keys = KeysView(self)

    def _table(self) -> dict[str, int]:
        table = self._ids
        if table is None:
            table = self._ids = _attribute_ids(self.lib, self.path)
        return table

    def release(self) -> None:
        """Drop the dict (the next lookup reads it again from the model file)."""
        self._ids = None

    def __getitem__(self, name: str) -> int:
        return self._table()[name]

    @overload
    def get(self, name: str, /) -> int | None: ...
    @overload
    def get(self, name: str, /, default: int) -> int: ...
    @overload
    def get(self, name: str, /, default: T) -> int | T: ...

    def get(self, name: str, /, default: object = None) -> object:
        return self._table().get(name, default)

    def __contains__(self, name: object) -> bool:
        return name in self._table()

    def __iter__(self) -> Iterator[str]:
        return iter(self._table())

    def __len__(self) -> int:
        return self._len

    def items(self) -> ItemsView[str, int]:
        return self._table().items()

    def same_names(self, names: AbstractSet[str]) -> bool:
        """Are ``names`` exactly the model's attribute names?"""
        return self._table().keys() == names

    def keys(self) -> KeysView[str]:
        """A view that reads the names through this table (it does not keep the dict); always the
        same object, so that ``keep is model.attr_ids.keys()`` says a filter is the model's own."""
        return self._keys


@dataclass
class Model:
    """A CRF model's labels, attribute ids and weights; ``weights`` has one row per attribute and a
    last row of zeros (:attr:`zero`) that pads id lists."""

    labels: list[str]
    attr_ids: AttributeIds
    weights: np.ndarray
    trans: np.ndarray
    lib: ctypes.CDLL

    @property
    def zero(self) -> int:
        return len(self.weights) - 1


def _attribute_ids(lib: ctypes.CDLL, path: Path) -> dict[str, int]:
    """Every attribute name of the model at ``path`` and its id, as crfsuite reads them."""
    found = _names_in(path.read_bytes())
    if found is not None:
        return found
    handle = lib.crf1dm_new(str(path).encode())
    if not handle:
        raise OSError(f"{path}: crfsuite cannot open the model")
    try:
        return _names_of(lib, handle)
    finally:
        lib.crf1dm_close(handle)


def _names_of(lib: ctypes.CDLL, handle: int) -> dict[str, int]:
    """The attribute names of the model open at ``handle`` and their ids."""
    return {lib.crf1dm_to_attr(handle, a).decode(): a for a in range(lib.crf1dm_get_num_attrs(handle))}


def _names_in(data: bytes) -> dict[str, int] | None:
    """The attribute names of a crfsuite model file's bytes and their ids, read from its attribute
    dictionary (a CQDB chunk) at once, or None if the file is not laid out as expected (then
    crfsuite's ``crf1dm_to_attr`` reads them, a ``ctypes`` call and a decode per name: 90,000 of
    them for the news model, about three times the instructions).

    The chunk's backward array gives each id's record: the id, the size of the name with its NUL,
    the name's bytes.  The records' names are gathered into one buffer, NUL after each, decoded once
    and split."""
    try:
        if data[:4] != b"lCRF" or data[8:12] != b"FOMC":
            return None
        n_attrs, at = struct.unpack_from("<I", data, 24)[0], struct.unpack_from("<I", data, 36)[0]
        if data[at:at + 4] != b"CQDB":
            return None
        n, back = struct.unpack_from("<II", data, at + 16)
        if n != n_attrs:
            return None
        raw = np.frombuffer(data, dtype=np.uint8)
        starts = np.frombuffer(data, dtype="<u4", count=n, offset=at + back).astype(np.intp) + at
        head = raw[(starts[:, None] + np.arange(8)).ravel()].view("<u4").reshape(n, 2)
        sizes = head[:, 1].astype(np.intp)
        if not n or not (head[:, 0] == np.arange(n)).all() or not (sizes > 0).all():
            return None
        ends = np.cumsum(sizes)  # in the gathered buffer: each name's end, after its NUL
        names = raw[np.repeat(starts + 8 - (ends - sizes), sizes) + np.arange(int(ends[-1]))]
        if (names[ends - 1] != 0).any():
            return None
        found = names.tobytes().decode("utf-8").split("\0")
    except (struct.error, ValueError, IndexError):
        return None
    # a name with a NUL of its own (crfsuite's C strings have none) would shift the split
    if len(found) != n + 1:
        return None
    return dict(zip(found[:n], range(n), strict=True))


def _features(data: bytes, path: Path) -> np.ndarray:
    """The feature records of a crfsuite model file's bytes (header, then the "FEAT" chunk)."""
    if data[:4] != b"lCRF" or data[8:12] != b"FOMC":
        raise ValueError(f"{path}: not a crfsuite 1st-order CRF model")
    off = struct.unpack_from("<I", data, 28)[0]
    if data[off:off + 4] != b"FEAT":
        raise ValueError(f"{path}: no feature chunk at {off}")
    num = struct.unpack_from("<I", data, off + 8)[0]
    return np.frombuffer(data, dtype=_FEATURE, count=num, offset=off + 12)


def load_model(path: Path) -> Model | None:
    """The weights of the model at ``path``, or None when crfsuite's C functions are not reachable."""
    lib = _library()
    if lib is None:
        return None
    handle = lib.crf1dm_new(str(path).encode())
    if not handle:
        return None
    try:
        labels = [lib.crf1dm_to_label(handle, k).decode() for k in range(lib.crf1dm_get_num_labels(handle))]
        n_attrs = lib.crf1dm_get_num_attrs(handle)
        data = path.read_bytes()
        names = _names_in(data)
        attr_ids = _names_of(lib, handle) if names is None or len(names) != n_attrs else names
    finally:
        lib.crf1dm_close(handle)
    feats = _features(data, path)
    n_labels = len(labels)
    weights = np.zeros((n_attrs + 1, n_labels))
    trans = np.zeros((n_labels, n_labels))
    state = feats[feats["type"] == 0]
    edges = feats[feats["type"] == 1]
    weights[state["src"], state["dst"]] = state["weight"]
    trans[edges["src"], edges["dst"]] = edges["weight"]
    return Model(labels, AttributeIds(path, lib, attr_ids), weights, trans, lib)


class Lattice:
    """One thread's crfsuite context: best path and marginals of a sentence's state scores."""

    def __init__(self, model: Model, capacity: int = 256) -> None:
        self.lib = lib = model.lib
        self.n_labels = n = len(model.labels)
        self.ctx = lib.crf1dc_new(_CTXF_VITERBI_MARGINALS, n, capacity)
        if not self.ctx:
            raise MemoryError("crfsuite context")
        self._views()
        np.copyto(self.trans, model.trans)
        lib.crf1dc_exp_transition(self.ctx)
        # the context's matrix pointers and item count, as ctypes views into its struct (which
        # crfsuite never moves; it reallocates the matrices only)
        ctx = self.ctx
        self._fields = [ctypes.c_void_p.from_address(ctx + off)
                        for off in (_OFF_STATE, _OFF_ALPHA, _OFF_BETA, _OFF_SCALE)]
        self._num_items = ctypes.c_int.from_address(ctx + _OFF_NUM_ITEMS)
        #: the state, alpha, beta, scale and path arrays of documents of up to :data:`_KEPT_ROWS` tokens,
        #: kept with their addresses from one document to the next (``ndarray.ctypes`` costs more
        #: than crfsuite's work on a short text)
        self._work: tuple[np.ndarray, ...] = ()
        self._addresses: tuple[int, ...] = ()

    def _views(self) -> None:
        """numpy views of the context's matrices (again after crfsuite grows them)."""
        ctx, n = self.ctx, self.n_labels
        self.capacity = cap = ctypes.c_int.from_address(ctx + _OFF_CAP_ITEMS).value

        def matrix(offset: int, rows: int, cols: int) -> np.ndarray:
            ptr = ctypes.c_void_p.from_address(ctx + offset).value
            assert ptr is not None, "crfsuite context without its matrices"
            return np.ctypeslib.as_array((ctypes.c_double * (rows * cols)).from_address(ptr)).reshape(rows, cols)

        self.state = matrix(_OFF_STATE, cap, n)
        self.trans = matrix(_OFF_TRANS, n, n)
        self.alpha = matrix(_OFF_ALPHA, cap, n)
        self.beta = matrix(_OFF_BETA, cap, n)
        self.scale = matrix(_OFF_SCALE, cap, 1)
        self.path = (ctypes.c_int * cap)()

    def run(self, state: np.ndarray, lengths: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        """Label ids of the best path and every label's marginal at every token, for sentences whose
        state scores (tokens × labels) follow each other in ``state``, ``lengths`` tokens each.

        crfsuite's routines read the scores from, and write the forward and backward scores into,
        these arrays directly: the context's pointers are moved along them sentence by sentence
        and put back afterwards (its other buffers stay its own)."""
        lib, ctx, n_labels = self.lib, self.ctx, self.n_labels
        longest = max(lengths, default=0)
        if longest > self.capacity:
            lib.crf1dc_set_num_items(ctx, longest)
            self._views()
        total = len(state)
        kept = total <= _KEPT_ROWS
        if kept:
            if not self._work or total > len(self._work[0]):
                rows = max(total, min(2 * len(self._work[0]) if self._work else 256, _KEPT_ROWS))
                self._work = (np.empty((rows, n_labels)), np.empty((rows, n_labels)), np.empty((rows, n_labels)),
                              np.empty((rows, 1)), np.zeros(rows, dtype=np.intc))
                self._addresses = tuple(x.ctypes.data for x in self._work)
            w_state, alpha, beta, scale, path = self._work
            # (slices and a plain assignment: ``np.copyto`` and a generator of views were a per-document cost)
            w_state[:total] = state
            path[:total] = 0
            alpha, beta, scale = alpha[:total], beta[:total], scale[:total]
            a_state, a_alpha, a_beta, a_scale, a_path = self._addresses
        else:
            state = np.ascontiguousarray(state, dtype=np.float64)
            alpha = np.empty((total, n_labels))
            beta = np.empty((total, n_labels))
            scale = np.empty((total, 1))
            path = np.zeros(total, dtype=np.intc)
            a_state, a_alpha, a_beta, a_scale, a_path = (x.ctypes.data for x in (state, alpha, beta, scale, path))
        fields, num_items = self._fields, self._num_items
        own = [f.value for f in fields]
        p_state, p_alpha, p_beta, p_scale = fields
        row, item = n_labels * 8, ctypes.sizeof(ctypes.c_int)
        viterbi, exp_state, forward, backward = (lib.crf1dc_viterbi, lib.crf1dc_exp_state,
                                                  lib.crf1dc_alpha_score, lib.crf1dc_beta_score)
        try:
            at = 0
            for n in lengths:
                p_state.value = a_state + at * row
                p_alpha.value = a_alpha + at * row
                p_beta.value = a_beta + at * row
                p_scale.value = a_scale + at * 8
                num_items.value = n
                viterbi(ctx, a_path + at * item)
                exp_state(ctx)
                forward(ctx)
                backward(ctx)
                at += n
        finally:
            for f, value in zip(fields, own, strict=True):
                f.value = value
            num_items.value = 0
        if kept:  # the kept path is overwritten by the next document
            path = path[:total].copy()
        # crfsuite's crf1dc_marginal_point: fwd[l] * bwd[l] / scale_factor[t] (the quotient in place: the same
        # doubles, one array fewer)
        marginals = alpha * beta
        marginals /= scale
        return path, marginals

    def __del__(self) -> None:
        if getattr(self, "ctx", None):
            self.lib.crf1dc_delete(self.ctx)
            self.ctx = None


class Lattices(threading.local):
    """A :class:`Lattice` per thread (a crfsuite context is not shared between threads)."""

    lattice: Lattice | None = None
