"""Bounds of the per-word memos (word → a fact that depends on the word and the loaded tables alone), and the
per-document memo (:func:`of_text`: a fact of one document's text, kept on its Document).

A memo that reaches its bound makes room (:func:`make_room`): it keeps the words it learnt first and
drops the others, which are learnt again when they come back.  The words a corpus shows first are
mostly its frequent ones ("في", "الرئيس", "تونس"), so they stay, and a long corpus or one 5 MB
document (some 80,000 word types) does not keep every word type it has seen in a dozen tables.
A memo never changes a result, only its cost.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice
from typing import Any, TypeVar

T = TypeVar("T")

#: Word types a per-word memo holds before it makes room.
WORD_MEMO_LIMIT = 30_000  # 20,000 in sessions 26-32 (for memory); 30,000 again in session 33 (pf33f): at 20,000
# one 5 MB document (~80,000 word types) emptied and refilled the memos (entities 17.2 → 14.5 s, events 7.2 → 5.8 s),
# and the loaded pipeline is ~20 MB smaller since pf33c: 5 MB document peak 281.5 → 288.6 MB, analyze_many 5 MB
# 175.5 → 183.1 MB (README Performance)
#: The share of its bound a memo keeps when it makes room (its first words).
KEEP_SHARE = 0.75


def make_room(memo: dict[Any, Any], limit: int = WORD_MEMO_LIMIT) -> None:
    """Keep the first ``KEEP_SHARE * limit`` entries of ``memo`` (in the order they were added: the
    words seen first) and drop the others, in place.

    >>> memo = {"في": 1, "من": 2, "حلب": 3, "بنزرت": 4}
    >>> make_room(memo, 4)
    >>> memo
    {'في': 1, 'من': 2, 'حلب': 3}
    """
    # the kept entries copied into a new dict, which ``update`` then clones in one copy: the items
    # iterator reuses its pair when nothing else holds it, so no tuple is made per kept entry (a list of
    # 22,500 pairs cost more and woke the garbage collector).  Deleting the other entries in place would
    # cost less but leave their slots used until the dict grows again: to twice its size.
    kept = dict(islice(memo.items(), int(limit * KEEP_SHARE)))
    memo.clear()
    memo.update(kept)


def remember(memo: dict[Any, Any], key: Any, value: Any, limit: int = WORD_MEMO_LIMIT) -> Any:
    """Store ``value`` under ``key`` in ``memo``, making room first when the memo holds ``limit`` entries
    (:func:`make_room`), and return ``value``: a bounded memo's miss, written once for them all.

    >>> memo = {"في": 1, "من": 2}
    >>> remember(memo, "حلب", 3, limit=2), memo
    (3, {'في': 1, 'حلب': 3})
    """
    if len(memo) >= limit:
        make_room(memo, limit)
    memo[key] = value
    return value


def of_text(memo: dict[str, tuple[str, Any]] | None, key: str, text: str, make: Callable[[], T]) -> T:
    """``make()``, a fact of the whole ``text`` that a stage asks for region by region or that a later stage asks
    again, read once per document: kept in ``memo`` (the :attr:`~arabnews.document.Document.memo` of the document
    whose text it is) under ``key``, with the text it was read from (a memo met with another text reads it
    again).  Without a memo (a function called on a bare string) it is read at every call.  Session 36: these
    were module globals holding "the last text" and its answer, which belong with the document being read.

    >>> memo = {}
    >>> of_text(memo, "n", "abc", lambda: 1), of_text(memo, "n", "abc", lambda: 2), memo
    (1, 1, {'n': ('abc', 1)})
    """
    if memo is None:
        return make()
    got = memo.get(key)
    if got is not None and got[0] is text:
        return got[1]
    value = make()
    memo[key] = (text, value)
    return value


#: The facts of a document's :attr:`~arabnews.document.Document.memo` that no stage reads after the one named, by
#: that stage: dropped when it is done (:func:`release_memo`).  Only the big ones: a small fact stays for a caller
#: to see (tests read "numbers.sides_told" and "outlets.starts" there).
RELEASED_AFTER: dict[str, tuple[str, ...]] = {
    # the PER starts by end and entity ends (session 40): some 3 MB at 5 MB, alive through the events stage, where a
    # long document's memory peaks (issue #18)
    # and the folded starts of all its entities (session 43: 2.8 MB at 5 MB, read by the attribution stage only);
    # the claims' shared text source is held by the claims themselves, not needed in the memo after the stage
    "attribution": ("attribution.entity_index", "attribution.entity_starts", "attribution.text_source"),
}


def release_memo(memo: dict[str, tuple[str, Any]], stage: str) -> None:
    """Drop from a document's ``memo`` the facts :data:`RELEASED_AFTER` names for ``stage``, once it is done (the
    pipeline calls it after each stage).  A memo never changes a result, only its cost.

    >>> memo = {"attribution.entity_index": ("t", 1), "outlets.starts": ("t", [])}
    >>> release_memo(memo, "attribution"); memo
    {'outlets.starts': ('t', [])}
    """
    for key in RELEASED_AFTER.get(stage, ()):
        memo.pop(key, None)
