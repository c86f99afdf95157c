"""Session 41: :func:`~arabnews.extract.entities.bio.chunk_list`, what the rules that looped over
``list(chunks(tags))`` read now, and :func:`~arabnews.extract.entities.bio.read_chunks`, for the readers
of ``chunks(tags)`` that change no tag.  Both must give what ``tuple(chunks(tags))`` gives whatever was read
before (the cache of the last tags); under :data:`~arabnews.extract.entities.bio.CHECK` a reader of
read_chunks that changes the tags after the chunk it is at must fail: the stage is run so on real news,
and the source is read for tag stores in those loops, so a rule moved there by mistake fails here."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arabnews
import arabnews.extract.entities as entities
from arabnews.extract.entities import bio

ANT_SAMPLE = Path(__file__).parent / "golden" / "ant_sample.txt"
_TAG = st.sampled_from(["O", "O", "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "I-ORG", "B-MISC"])
_TAGS = st.lists(_TAG, max_size=14)


@pytest.fixture(scope="module")
def news(seed_text) -> list[str]:
    """The seed article and the ANT sample's articles."""
    return [seed_text, *(line for line in ANT_SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip())]


def _readers() -> list:
    """The entities modules that read chunks through chunk_list or read_chunks."""
    mods = [importlib.import_module(f"arabnews.extract.entities.{m.name}")
            for m in pkgutil.iter_modules(entities.__path__)]
    return [m for m in mods if m is not bio and (getattr(m, "chunk_list", None) is bio.chunk_list
                                                  or getattr(m, "read_chunks", None) is bio.read_chunks
                                                  or getattr(m, "edit_chunks", None) is bio.edit_chunks)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_TAGS, st.booleans(), st.booleans()), min_size=1, max_size=6))
def test_chunk_list_is_the_chunks_read_afresh(reads):
    for tags, as_tuple, via_chunks in reads:
        want = tuple(bio._chunks(tags))
        if via_chunks:  # the other reader of the cache
            assert tuple(bio.chunks(list(tags))) == want
        got = bio.chunk_list(tuple(tags) if as_tuple else tags)
        assert tuple(got) == want
        assert tuple(bio.read_chunks(tags)) == want
        assert tuple(bio.chunk_list(list(tags))) == want  # the same tags again: from the cache


@settings(max_examples=200, deadline=None)
@given(_TAGS, _TAGS)
def test_chunk_list_sees_tags_changed_since_the_last_read(first, second):
    tags = list(first)
    bio.chunk_list(tags)
    tags[:] = second  # the same list, other tags
    assert tuple(bio.chunk_list(tags)) == tuple(bio._chunks(second))


def test_chunk_list_examples():
    assert bio.chunk_list(["O"] * 5) == ()
    tags = ["B-LOC", "O", "I-ORG"]
    assert bio.chunk_list(tags) == bio.chunk_list(tuple(tags)) == ((0, 1, "LOC"), (2, 3, "ORG"))
    found = bio.chunk_list(tags)
    tags[0] = "O"  # read when asked: what the caller changes later is not in the chunks it holds
    assert found == ((0, 1, "LOC"), (2, 3, "ORG"))
    assert bio.chunk_list(tags) == ((2, 3, "ORG"),)


def test_check_fails_a_reader_that_changes_the_tags_after_its_chunk(monkeypatch):
    monkeypatch.setattr(bio, "CHECK", True)
    tags = ["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG"]
    # changes within the chunk read, or before it, are what chunks() would not see either
    for i, j, _ in bio.read_chunks(tags):
        tags[i:j] = ["O"] * (j - i)
    assert tags == ["O"] * 6
    tags = ["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG"]
    with pytest.raises(AssertionError):
        for _i, j, _ in bio.read_chunks(tags):
            tags[j] = "I-PER"  # extends the person: chunks() would read the change
    tags = ["B-PER", "O", "B-LOC"]
    with pytest.raises(AssertionError):
        for _ in bio.read_chunks(tags):
            tags.pop()
    tags = ["B-PER", "O", "B-LOC"]
    for _i, j, _ in bio.chunk_list(tags):  # the chunks as they were: what list(chunks(tags)) gave
        if j < 3:
            tags[j] = "I-PER"
    assert tags == ["B-PER", "I-PER", "B-LOC"]


@settings(max_examples=400, deadline=None)
@given(_TAGS, st.lists(st.tuples(st.integers(0, 13), st.integers(0, 13), _TAG), max_size=8))
def test_edit_chunks_is_chunks_for_a_reader_that_edits_inside_its_chunk(tags, edits):
    """A reader that changes tags only inside the chunk it is at (or before it) reads with edit_chunks
    what it reads with chunks(), and leaves the same tags."""

    def read(tags, reader):
        seen, k = [], 0
        for i, j, label in reader(tags):
            seen.append((i, j, label))
            for a, b, tag in edits[k:k + 2]:
                if j:  # a tag inside the chunk or before it, or a slice of them to O
                    if a % 2:
                        tags[b % j] = tag
                    else:
                        tags[min(a, b) % j:j] = ["O"] * (j - min(a, b) % j)
            k += 2
        return seen, tags

    assert read(list(tags), bio.edit_chunks) == read(list(tags), bio._chunks)


def test_stage_under_check_is_the_plain_output(news, monkeypatch):
    """Every rule on the read-only path changes no tag after its chunk, on real news; and the output is
    what every rule reading the tags afresh gives."""
    readers = _readers()
    assert len(readers) >= 10
    want = [arabnews.analyze(text, reference_date="2017-01-20").to_dict() for text in news]
    monkeypatch.setattr(bio, "CHECK", True)
    checked = [arabnews.analyze(text, reference_date="2017-01-20").to_dict() for text in news]
    assert checked == want
    monkeypatch.setattr(bio, "CHECK", False)
    for mod in readers:
        if hasattr(mod, "chunk_list"):
            monkeypatch.setattr(mod, "chunk_list", lambda tags: list(bio._chunks(tags)))
        for name in ("read_chunks", "edit_chunks"):
            if hasattr(mod, name):
                monkeypatch.setattr(mod, name, bio._chunks)
    plain = [arabnews.analyze(text, reference_date="2017-01-20").to_dict() for text in news]
    assert plain == want


def test_readers_of_read_chunks_store_no_tag():
    """No loop over read_chunks(x) stores into x, calls a method of x, passes x on, or yields (the readers
    that change tags inside the chunk they are at read edit_chunks, checked by the stage test above)."""
    loops = 0
    for path in sorted(Path(entities.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.For) and isinstance(node.iter, ast.Call)
                    and ast.unparse(node.iter.func) == "read_chunks"):
                continue
            loops += 1
            name = ast.unparse(node.iter.args[0])
            for sub in (n for part in node.body + node.orelse for n in ast.walk(part)):
                assert not isinstance(sub, (ast.Yield, ast.YieldFrom)), (path.name, node.lineno)
                if isinstance(sub, ast.Subscript) and isinstance(sub.ctx, (ast.Store, ast.Del)):
                    assert ast.unparse(sub.value) != name, (path.name, node.lineno)
                if isinstance(sub, ast.Call):
                    assert not (isinstance(sub.func, ast.Attribute) and ast.unparse(sub.func.value) == name), \
                        (path.name, node.lineno)
                    args = [*sub.args, *(k.value for k in sub.keywords)]
                    assert name not in map(ast.unparse, args), (path.name, node.lineno)
    assert loops >= 3


def test_a_live_reader_tests_changes_against_the_tags_it_read(monkeypatch):
    """chunks() of tags that are not the last read takes them as the snapshot the changes after each
    chunk are tested against (not the older one: tags changed into the older tags are no change)."""
    older = ["B-LOC", "O", "I-LOC", "O", "I-ORG", "I-PER"]
    bio.chunk_list(older)  # the last tags read
    tags = ["B-LOC", "O", "I-LOC", "O", "I-ORG", "O"]
    out = []
    for k, chunk in enumerate(bio.chunks(tags)):
        out.append(chunk)
        if k == 0:
            tags[5] = "I-PER"  # now the older tags
    assert out == [(0, 1, "LOC"), (2, 3, "LOC"), (4, 5, "ORG"), (5, 6, "PER")]
