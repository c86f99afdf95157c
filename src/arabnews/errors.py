"""The exceptions arabnews raises, and the one shape of a ``Document.errors`` record.

Every error arabnews raises on purpose is an :class:`ArabnewsError`, so ``except ArabnewsError``
catches the library's errors and lets real bugs through.  Each subclass also derives from the
builtin exception callers caught before the hierarchy existed (``TypeError``/``ValueError``,
``ImportError``, ``RuntimeError``), so existing ``except`` clauses keep working.

>>> import arabnews
>>> try:
...     arabnews.Pipeline(["dates"])
... except arabnews.PipelineError as exc:
...     print(exc)
dates requires numbers, which is not before it; add the 'numbers' stage before 'dates'
"""

from __future__ import annotations

import traceback
from typing import Any


class ArabnewsError(Exception):
    """Base of every error arabnews raises on purpose."""


class InputError(ArabnewsError, ValueError):
    """The input cannot be analysed as given: not text, bad reference date, bad JSON record."""


class InputTypeError(InputError, TypeError):
    """The input has the wrong type (bytes instead of str, say)."""


class ResourceError(ArabnewsError, ValueError):
    """A data file (lexicon, gazetteer, registry) is malformed; the message names the file and entry."""


class MissingModelError(ArabnewsError, ImportError):
    """An optional backend or model is not installed; the message says what to install."""


class PipelineError(ArabnewsError, ValueError):
    """A pipeline cannot be built: unknown stage, unknown option, or stages out of order."""


class StageError(ArabnewsError, RuntimeError):
    """A stage failed on a document; ``stage`` names it."""

    def __init__(self, message: str, *, stage: str | None = None) -> None:
        super().__init__(message)
        self.stage = stage


def error_record(where: str, exc: BaseException | str, *, stage: str | None = None, **context: Any) -> dict[str, Any]:
    """The one shape of a ``Document.errors`` record, whichever stage or corpus function writes it.

    ``where`` is the stage or function ("entities", "analyze_many"); ``context`` adds fields such
    as ``index`` or ``line``.

    >>> error_record("entities", ValueError("bad model"), index=3)
    {'where': 'entities', 'type': 'ValueError', 'message': 'bad model', 'index': 3}
    """
    if isinstance(exc, BaseException):
        record: dict[str, Any] = {"where": where, "type": type(exc).__name__, "message": str(exc)}
    else:
        record = {"where": where, "type": "Error", "message": str(exc)}
    if stage is not None:
        record["stage"] = stage
    record.update(context)
    return record


def error_record_with_trace(where: str, exc: BaseException, *, stage: str | None = None,
                            **context: Any) -> dict[str, Any]:
    """:func:`error_record` plus the last lines of the traceback, for unexpected failures."""
    record = error_record(where, exc, stage=stage, **context)
    record["traceback"] = "".join(traceback.format_exception(exc)[-3:])
    return record
