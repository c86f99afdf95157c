"""Session 34 (speed of the entities stage's CRF load, output unchanged): the model's attribute names are read
from the model file's attribute dictionary (its CQDB chunk) in one gather and one decode
(:func:`.lattice._names_in`), not by a ``ctypes`` call per name; they must be crfsuite's own names and ids, in
its order, for both shipped models, and a file laid out otherwise falls back to crfsuite's reading."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from arabnews import resources
from arabnews.extract.entities.crf import MODEL_NAME, WIKI_MODEL_DIR, default_model_path
from arabnews.extract.entities.lattice import _attribute_ids, _library, _names_in, _names_of, load_model

_LIB = _library()
pytestmark = pytest.mark.skipif(_LIB is None, reason="crfsuite's C functions are not reachable")


def _models() -> list[Path]:
    return [default_model_path(), Path(str(resources.path(WIKI_MODEL_DIR))) / MODEL_NAME]


def _crfsuite_names(path: Path) -> dict[str, int]:
    assert _LIB is not None
    handle = _LIB.crf1dm_new(str(path).encode())
    try:
        return _names_of(_LIB, handle)
    finally:
        _LIB.crf1dm_close(handle)


@pytest.mark.parametrize("which", [0, 1], ids=["news", "wiki"])
def test_names_are_crfsuites_in_its_order(which: int) -> None:
    path = _models()[which]
    want = _crfsuite_names(path)
    got = _names_in(path.read_bytes())
    assert got is not None
    assert list(got.items()) == list(want.items())
    # the Arabic names decoded whole, the window and bigram features with them
    assert "bias" in got and any(n.startswith("w=ال") for n in got) and any(n.startswith("-1|") for n in got)
    assert load_model(path).attr_ids.same_names(want.keys())  # type: ignore[union-attr]
    assert _attribute_ids(_LIB, path) == want  # (the re-read after ``release``)


def test_a_file_laid_out_otherwise_is_left_to_crfsuite(tmp_path: Path) -> None:
    data = bytearray(default_model_path().read_bytes())
    assert _names_in(bytes(data[:100])) is None  # cut short
    assert _names_in(b"xCRF" + bytes(data[4:])) is None  # not a crfsuite model
    at = struct.unpack_from("<I", data, 36)[0]
    wrong = bytearray(data)
    wrong[at:at + 4] = b"XXXX"  # no attribute dictionary where the header says
    assert _names_in(bytes(wrong)) is None
    wrong = bytearray(data)
    struct.pack_into("<I", wrong, at + 16, struct.unpack_from("<I", data, at + 16)[0] - 1)  # its count not the model's
    assert _names_in(bytes(wrong)) is None
    first = struct.unpack_from("<I", data, at + struct.unpack_from("<I", data, at + 20)[0])[0] + at
    wrong = bytearray(data)
    struct.pack_into("<I", wrong, first, 7)  # the first record's id not 0
    assert _names_in(bytes(wrong)) is None
