"""Entity labels and BIO tag sequences: the chunks the tags describe.

>>> list(chunks(["O", "B-PER", "I-PER", "I-LOC", "B-LOC", "O"]))
[(1, 3, 'PER'), (3, 4, 'LOC'), (4, 5, 'LOC')]
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from typing import Literal, cast

#: The four entity labels (ANERcorp's classes): person, location, organisation, other name.
Label = Literal["PER", "LOC", "ORG", "MISC"]
LABELS: tuple[Label, ...] = ("PER", "LOC", "ORG", "MISC")
#: A BIO tag: "O", or "B-"/"I-" + a :data:`Label` ("B-LOC", "I-PER").
Tag = str


def chunks(tags: Sequence[Tag]) -> Iterator[tuple[int, int, Label]]:
    """``(start, end, label)`` of each chunk of ``tags``: a B- or an I- without its B- starts one,
    the I- tags of the same label that follow continue it.  The chunks are found as they are read
    (a caller may change the tags after the current chunk)."""
    if type(tags) is not list:
        return _chunks(tags)
    last = _last  # read once: another thread may replace it
    return _replay(tags, last[0], last[1])


#: The tags of the last list :func:`chunks`, :func:`chunk_list` or :func:`tag_set` read (a copy no caller
#: holds), their chunks (a tuple: :func:`chunk_list` gives it to its callers) and their set.
_last: tuple[list[Tag], tuple[tuple[int, int, Label], ...], frozenset[Tag]] = ([], (), frozenset())

#: Tests set this: :func:`read_chunks` then checks, after each chunk its reader is given, that the chunks
#: still to come are what :func:`chunks` would read (the reader changed no tag after the current chunk).
CHECK = False


def chunk_list(tags: Sequence[Tag]) -> Sequence[tuple[int, int, Label]]:
    """The chunks of ``tags`` as they are now: ``list(chunks(tags))`` (as a tuple), for a reader that
    loops over all of them whatever it changes.  One comparison of the tags with the last ones read,
    where :func:`chunks` makes one more after each chunk (session 41: most rules read so).

    >>> chunk_list(["O", "B-PER", "I-PER", "I-LOC", "B-LOC", "O"])
    ((1, 3, 'PER'), (3, 4, 'LOC'), (4, 5, 'LOC'))
    """
    if type(tags) is not list:
        return tuple(_chunks(tags))
    snapshot, found, _ = _last  # read once: another thread may replace it
    if tags != snapshot:
        if tags.count("O") == len(tags):  # a sentence that names nothing: no chunk, and the last tags kept
            return ()
        found = _snap(tags)[1]
    return found


def read_chunks(tags: Sequence[Tag]) -> Sequence[tuple[int, int, Label]]:
    """:func:`chunks` for a reader that changes no tag while it reads them (then :func:`chunk_list`
    gives the same).  Under :data:`CHECK` each chunk such a reader is given is checked: the chunks still
    to come must be those :func:`chunks` would read from the tags as the reader left them."""
    found = chunk_list(tags)
    return _Checked(tags, found) if CHECK and type(tags) is list else found


def tag_set(tags: Sequence[Tag]) -> Collection[Tag]:
    """The tags in ``tags``, for a test ``tag in tag_set(tags)`` (what ``tag in tags`` gives): the set of
    the last tags read, when ``tags`` are those.  Rules ask so whether a sentence holds a label before
    they read its chunks: one comparison of the lists in C, where the list's own test compared the tag
    with each tag before the first that is it (session 41).

    >>> "B-LOC" in tag_set(["O", "B-PER", "I-PER", "B-LOC"]), "B-ORG" in tag_set(["O", "B-PER"])
    (True, False)
    """
    if type(tags) is not list:
        return tags
    last = _last  # read once: another thread may replace it
    if tags != last[0]:
        if tags.count("O") == len(tags):  # a sentence that names nothing: the last tags kept
            return _ONLY_O if tags else ()
        last = _snap(tags)
    return last[2]


_ONLY_O = frozenset(("O",))


#: :func:`read_chunks` for a reader that changes tags only inside the chunk it is at (or before it): the
#: chunks after it are those :func:`chunks` would read; under :data:`CHECK` each is checked so.
edit_chunks = read_chunks


def _snap(tags: list[Tag]) -> tuple[list[Tag], tuple[tuple[int, int, Label], ...], frozenset[Tag]]:
    """A copy of ``tags``, its chunks and its set, now :data:`_last` (the last tags read)."""
    global _last
    snapshot = tags.copy()
    _last = last = (snapshot, tuple(_chunks(snapshot)), frozenset(snapshot))
    return last


class _Checked(tuple[tuple[int, int, Label], ...]):
    """:func:`read_chunks`' chunks under :data:`CHECK`: each one read is followed by the test that the
    chunks still to come are those :func:`chunks` would read from the tags as the reader left them."""

    tags: list[Tag]

    def __new__(cls, tags: list[Tag], found: Sequence[tuple[int, int, Label]]) -> _Checked:
        self = super().__new__(cls, found)
        self.tags = tags
        return self

    def __iter__(self) -> Iterator[tuple[int, int, Label]]:
        tags, found, n = self.tags, tuple(tuple.__iter__(self)), len(self.tags)
        for k, chunk in enumerate(found):
            yield chunk
            live = tuple(_chunks(tags, chunk[1], n)) if len(tags) >= n else None
            assert live == found[k + 1:], (
                f"a reader of read_chunks changed the tags after chunk {chunk}: {tags}")


def _replay(tags: list[Tag], snapshot: list[Tag], found: tuple[tuple[int, int, Label], ...]
            ) -> Iterator[tuple[int, int, Label]]:
    """The chunks of ``tags`` read from ``found``, the chunks of ``snapshot``, while ``tags`` equals
    it; from the first change on, read from ``tags`` as :func:`_chunks` reads them (what a caller
    changes after the current chunk is seen).  When the first chunk is asked, tags that are not the
    snapshot become the new one (:data:`_last`): the rules of a sentence mostly ask for the chunks of
    the same tags (tags that name nothing are not kept: the sentence's rules soon ask again for the
    chunks of tags that do).

    Each test is one C-level comparison of the lists: when the first chunk is asked, and when the
    caller comes back after each chunk.  Session 40 (callgrind, warm entities stage): no longer also
    one in :func:`chunks`, a moment before the first, nor a ``tags.count("O")`` there to skip the
    sentences that name nothing (3 % of the calls: the others paid ~100 instructions per name tag,
    a string not identical to "O", for it); only tags that are not the snapshot are counted."""
    n = len(tags)  # as _chunks reads it, when the first chunk is asked
    if tags != snapshot:
        if tags.count("O") == n:  # a sentence that names nothing: no chunk, and the last tags kept
            return
        snapshot, found, _ = _snap(tags)  # (the snapshot the changes after each chunk are tested against)
    for chunk in found:
        yield chunk
        if tags != snapshot:
            yield from _chunks(tags, chunk[1], n)
            return


#: Each tag's label, one string for every chunk of it: a chunk's label is kept by its EntitySpan, and a slice per
#: chunk was a string of its own (30,000 of them, 1.5 MB alive to the end of a 5 MB document; issue #18)
_LABEL_OF: dict[Tag, str] = {}


def _chunks(tags: Sequence[Tag], i: int = 0, n: int = -1) -> Iterator[tuple[int, int, Label]]:
    """The chunks of ``tags[i:n]`` (``n`` -1: to the end, as long as the tags are when the first is asked)."""
    if n < 0:
        n = len(tags)
    while i < n:
        if tags[i] == "O":
            i += 1
            continue
        tag = tags[i]
        label = _LABEL_OF.get(tag)
        if label is None:
            label = _LABEL_OF.setdefault(tag, tag[2:])
        j = i + 1
        while j < n and tags[j] == "I-" + label:
            j += 1
        yield i, j, cast(Label, label)
        i = j


def tagged(tags: list[Tag], tag: Tag, start: int = 0, stop: int | None = None) -> Iterator[int]:
    """The indices of ``tag`` in ``tags`` from ``start`` to ``stop`` (default: the end), in order,
    each looked for when the loop asks for it (a caller may change the tags after the index it is at):
    ``(i for i in range(start, stop) if tags[i] == tag)``, the other tags skipped in C.

    >>> list(tagged(["B-LOC", "O", "O", "B-PER", "B-LOC"], "B-LOC", 1))
    [4]
    """
    stop = len(tags) if stop is None else stop
    i = start - 1
    while True:
        try:
            i = tags.index(tag, i + 1, stop)
        except ValueError:
            return
        yield i


def chunk_end(tags: Sequence[Tag], i: int) -> int:
    """Index after the name that starts at ``tags[i]``: the I- tags (of any label) that follow it.

    >>> chunk_end(["O", "B-ORG", "I-ORG", "I-ORG", "O"], 1)
    4
    """
    j, n = i + 1, len(tags)
    while j < n and tags[j].startswith("I-"):
        j += 1
    return j
