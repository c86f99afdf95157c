"""Session 40: ``bio.chunks`` tests the tags against its last snapshot once when the first chunk is asked
(not also when it is called) and counts O tags only for tags that are not the snapshot.  The chunks a
caller sees must be what the session-39 code gave, whatever the caller changes, and when: before the
first chunk is asked, after any chunk, in the tags' length, or between two readers of the same or other
tags.  The old code is kept here as the reference (with a cache of its own)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import islice

from hypothesis import given, settings
from hypothesis import strategies as st

from arabnews.extract.entities import bio

_old_last: tuple[list[str], list[tuple[int, int, str]]] = ([], [])


def _old_chunks(tags):
    """bio.chunks as it was at wave40 (bafb5e83)."""
    if tags.count("O") == len(tags):
        return iter(())
    if type(tags) is not list:
        return bio._chunks(tags)
    global _old_last
    last = _old_last
    if last[0] != tags:
        snapshot = tags.copy()
        last = _old_last = (snapshot, list(bio._chunks(snapshot)))
    return _old_replay(tags, *last)


def _old_replay(tags, snapshot, found) -> Iterator[tuple[int, int, str]]:
    n = len(tags)
    start = 0
    for chunk in found:
        if tags != snapshot:
            break
        yield chunk
        start = chunk[1]
    else:
        if tags == snapshot:
            return
    yield from bio._chunks(tags, start, n)


_TAG = st.sampled_from(["O", "O", "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "I-ORG", "B-MISC"])
_TAGS = st.lists(_TAG, max_size=14)
#: An edit: when (-1: after chunks() is called, before the first chunk is asked; k: after the k-th
#: chunk), what (set a tag, append, delete the last, set a slice to O), where, and the tag.
_EDIT = st.tuples(st.integers(-1, 5), st.sampled_from(["set", "append", "pop", "clear_from"]),
                  st.integers(0, 13), _TAG)


def _apply(tags: list[str], edit) -> None:
    _, what, k, tag = edit
    if what == "set" and k < len(tags):
        tags[k] = tag
    elif what == "append":
        tags.append(tag)
    elif what == "pop" and tags:
        tags.pop()
    elif what == "clear_from":
        tags[k:] = ["O"] * max(0, len(tags) - k)


def _read(make: Callable, tags: list[str], edits, early: bool = False) -> tuple[list, str | None]:
    """The chunks read from ``make(tags)`` with the edits applied as the reader goes on, and the
    exception the reading ended with (a shrunk list read past its end), if any.  The edits of -1 are
    applied between ``make(tags)`` and the first chunk asked (``early``: before ``make(tags)``)."""
    out: list = []
    if not early:
        it = make(tags)
    for edit in edits:
        if edit[0] == -1:
            _apply(tags, edit)
    if early:
        it = make(tags)
    try:
        for k, chunk in enumerate(it):
            out.append(chunk)
            for edit in edits:
                if edit[0] == k:
                    _apply(tags, edit)
    except IndexError as e:
        return out, type(e).__name__
    return out, None


@settings(max_examples=400, deadline=None)
@given(_TAGS, st.lists(_EDIT, max_size=4), st.sampled_from(["cold", "warm", "other"]), _TAGS)
def test_chunks_read_with_changes_are_the_old_ones(tags, edits, cache, other):
    """Cache cold (other tags read last), warm (these tags read last), or another list of the same
    tags read last; each reader (new, old) with its own cache set the same way.  A change made before the
    first chunk is asked is given to the old reader before it is called (see the test after this one)."""
    if cache == "warm":
        list(bio.chunks(list(tags)))
        list(_old_chunks(list(tags)))
    else:
        list(bio.chunks(list(other if cache == "cold" else tags)))
        list(_old_chunks(list(other if cache == "cold" else tags)))
    new_tags, old_tags = list(tags), list(tags)
    assert _read(bio.chunks, new_tags, edits) == _read(_old_chunks, old_tags, edits, early=True)
    assert new_tags == old_tags
    # and read again afterwards, changed or not
    assert list(bio.chunks(new_tags)) == list(_old_chunks(old_tags)) == list(bio._chunks(new_tags))


def test_a_change_before_the_first_chunk_is_asked_is_seen():
    """The one change of behaviour (no caller in the package makes it: all read ``chunks(tags)`` at
    once, in a ``for`` or ``list``): tags that named nothing when :func:`bio.chunks` was called gave no
    chunk even if changed before the first was asked; now, as any other tags, they are read as they are
    when it is asked."""
    tags = ["O", "O", "O"]
    it = bio.chunks(tags)
    tags[1] = "B-LOC"
    assert list(it) == [(1, 2, "LOC")]
    tags = ["O", "O", "O"]
    it = _old_chunks(tags)
    tags[1] = "B-LOC"
    assert list(it) == []  # the old code: nothing
    tags = ["B-PER", "O", "O"]
    it = _old_chunks(tags)
    tags[1] = "B-LOC"
    assert list(it) == [(0, 1, "PER"), (1, 2, "LOC")]  # but tags that named something were read afresh


@settings(max_examples=200, deadline=None)
@given(_TAGS, _TAGS, st.integers(0, 3))
def test_two_readers_at_once(a, b, switch):
    """A reader of ``a`` made, then a reader of ``b`` read through (it replaces the snapshot), then
    the first read: each sees its own tags' chunks."""
    first = bio.chunks(a)
    head = list(islice(first, switch))
    assert list(bio.chunks(b)) == list(bio._chunks(b))
    assert head + list(first) == list(bio._chunks(a))


def test_tags_that_name_nothing_keep_the_last_snapshot():
    named = ["O", "B-PER", "I-PER", "O", "B-LOC"]
    assert list(bio.chunks(named)) == [(1, 3, "PER"), (4, 5, "LOC")]
    snapshot = bio._last
    assert list(bio.chunks(["O"] * 7)) == []
    assert bio._last is snapshot
    assert list(bio.chunks([])) == []
    assert bio._last is snapshot
    assert list(bio.chunks(named)) == [(1, 3, "PER"), (4, 5, "LOC")]
    assert bio._last is snapshot  # replayed, not read again


def test_the_snapshot_is_taken_when_the_first_chunk_is_asked():
    tags = ["B-ORG", "I-ORG", "O", "O"]
    it = bio.chunks(tags)
    tags[3] = "B-LOC"  # before the first chunk is asked: seen
    assert list(it) == [(0, 2, "ORG"), (3, 4, "LOC")]
    assert bio._last[0] == tags and bio._last[0] is not tags
    tags[2] = "I-ORG"  # the snapshot is a copy: the cache does not see this change unasked
    assert bio._last[0] == ["B-ORG", "I-ORG", "O", "B-LOC"]
    assert list(bio.chunks(tags)) == [(0, 3, "ORG"), (3, 4, "LOC")]


def test_a_tuple_of_tags():
    assert list(bio.chunks(("O", "O"))) == []
    assert list(bio.chunks(("I-LOC", "I-LOC", "B-PER"))) == [(0, 2, "LOC"), (2, 3, "PER")]
