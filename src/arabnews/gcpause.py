"""Pause Python's cyclic garbage collector while documents are analysed.

Analysing a document allocates many short-lived objects (tokens, spans, feature lists) and no reference
cycles: every one of them is freed by reference counting.  The collector still runs whenever enough
objects were allocated, and each full collection walks the whole heap — mostly the lexicons, gazetteers
and model tables loaded once — so on a 5 MB document it took about a tenth of the time (README
Performance, session 27) and found nothing to free.  :func:`gc_paused` switches it off for the length of
a call and back on afterwards; nested and concurrent calls (threads) share one pause, and the collector is
switched on again only if it was on when the first of them began.  Results never depend on it.
"""

from __future__ import annotations

import gc
import threading
from contextlib import AbstractContextManager, nullcontext

_lock = threading.Lock()
_depth = 0
_was_enabled = False


class _Paused:
    """The context manager :func:`gc_paused` returns: one object for every call, not a ``@contextmanager``
    generator (a generator and its wrapper made and run for every document: a per-document cost, session 44)."""

    __slots__ = ()

    def __enter__(self) -> None:
        global _depth, _was_enabled
        with _lock:
            if _depth == 0:
                _was_enabled = gc.isenabled()
                gc.disable()
            _depth += 1

    def __exit__(self, *exc: object) -> None:
        global _depth
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


_PAUSED = _Paused()


def gc_paused(pause: bool = True) -> AbstractContextManager[None]:
    """Run the block with the cyclic garbage collector off (reference counting still frees objects); with
    ``pause=False`` (a pipeline's first document, while its stages load their tables: loading does make reference
    cycles, 17 MB of them kept in RSS when paused) as it is.

    >>> import gc
    >>> before = gc.isenabled()
    >>> with gc_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled() == before
    True
    """
    return _PAUSED if pause else nullcontext()
