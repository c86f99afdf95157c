"""Pipeline: an ordered list of named stages, each a callable ``Document -> Document``.

Built-in stages are registered by name with a factory; a factory takes the pipeline's keyword
options it declares (e.g. ``groups=`` for the groups stage) and returns the stage callable.  Stage
modules are imported only when a pipeline uses them, so ``import arabnews`` stays light.

>>> from arabnews import Pipeline
>>> nlp = Pipeline([])
>>> def count_words(doc):
...     doc.meta["words"] = sum(t.kind == "word" for t in doc.tokens)
...     return doc
>>> nlp = nlp.add("count_words", count_words)
>>> nlp("قتل 7 أشخاص في حلب").meta["words"]
4
"""

from __future__ import annotations

import datetime as _dt
import importlib
import inspect
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from .document import Document
from .text.normalize import DEFAULTS as NORMALIZATION_DEFAULTS

Stage = Callable[[Document], Document]

#: Built-in stages: name → "module:factory".  The default pipeline runs them in this order.
BUILTIN_STAGES: dict[str, str] = {
    "article": "arabnews.article.stage:make_stage",
    "numbers": "arabnews.extract.numbers:make_stage",
    "dates": "arabnews.extract.dates:make_stage",
    "groups": "arabnews.extract.groups:make_stage",
    "entities": "arabnews.extract.entities:make_stage",
}
DEFAULT_STAGES: tuple[str, ...] = tuple(BUILTIN_STAGES)
PARTS = ("title", "body", "comment")

_registry: dict[str, Callable[..., Stage]] = {}


def register_stage(name: str, factory: Callable[..., Stage]) -> None:
    """Register ``factory`` (keyword options → stage) under ``name`` for ``Pipeline([... name ...])``."""
    _registry[name] = factory


def _factory(name: str) -> Callable[..., Stage] | None:
    if name in _registry:
        return _registry[name]
    target = BUILTIN_STAGES.get(name)
    if target is None:
        return None
    module_name, _, attr = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith(module_name):
            return None  # stage not part of this build
        raise
    factory = getattr(module, attr)
    _registry[name] = factory
    return factory


def available_stages() -> list[str]:
    """Names of the built-in and registered stages that can be used in this installation."""
    return [n for n in dict.fromkeys([*BUILTIN_STAGES, *_registry]) if _factory(n) is not None]


def _factory_options(factory: Callable[..., Stage]) -> set[str]:
    params = inspect.signature(factory).parameters.values()
    return {p.name for p in params if p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD)}


def coerce_reference_date(value: Any, *, argument: str = "reference_date") -> _dt.date | None:
    """Accept a ``date``, a ``datetime`` or an ISO string ``YYYY-MM-DD``; None stays None."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        try:
            return _dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise ValueError(f"{argument} must be an ISO date YYYY-MM-DD, got {value!r}") from None
    raise TypeError(f"{argument} must be a date, datetime or 'YYYY-MM-DD' string, not {type(value).__name__}")


class Pipeline:
    """An ordered, editable list of named stages.

    ``Pipeline()`` holds the default stages; ``Pipeline(["article", "numbers"])`` a selection.
    Keyword options are normalization switches (see :func:`arabnews.normalize`), ``parts`` (which
    article parts extractors analyse: "title", "body", "comment") and the options each stage
    declares (for instance ``groups=`` for the groups stage).  Unknown options raise ``TypeError``.
    """

    def __init__(self, stages: Iterable[str | tuple[str, Stage]] | None = None, *,
                 parts: Iterable[str] = PARTS, **options: Any) -> None:
        parts = tuple(parts)
        bad = [p for p in parts if p not in PARTS]
        if bad:
            raise ValueError(f"parts must be among {PARTS}, got {bad}")
        self.parts = parts
        self.normalization = {k: options.pop(k) for k in list(options) if k in NORMALIZATION_DEFAULTS}
        for key, value in self.normalization.items():
            if not isinstance(value, bool):
                raise TypeError(f"normalization option {key!r} must be True or False")
        self.options: dict[str, Any] = options
        self._stages: list[tuple[str, Stage]] = []
        explicit = stages is not None
        names = list(stages) if explicit else [n for n in DEFAULT_STAGES if _factory(n) is not None]
        used: set[str] = set()
        for item in names:
            if isinstance(item, tuple):
                self.add(*item)
                continue
            factory = _factory(item)
            if factory is None:
                raise ValueError(f"unknown stage {item!r}; available: {available_stages()}")
            accepted = _factory_options(factory)
            used |= accepted
            self._stages.append((item, factory(**{k: v for k, v in options.items() if k in accepted})))
        unknown = sorted(set(options) - used)
        if unknown:
            raise TypeError(f"Pipeline got unknown option(s) {unknown}; stages {self.names} accept "
                            f"{sorted(used)}, normalization accepts {sorted(NORMALIZATION_DEFAULTS)}")

    # -- editing ---------------------------------------------------------------------------------
    @property
    def names(self) -> list[str]:
        return [n for n, _ in self._stages]

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def __iter__(self):
        return iter(list(self._stages))

    def __len__(self) -> int:
        return len(self._stages)

    def get(self, name: str) -> Stage:
        return self._stages[self._index(name)][1]

    def _index(self, name: str) -> int:
        for i, (n, _) in enumerate(self._stages):
            if n == name:
                return i
        raise KeyError(f"no stage named {name!r}; stages are {self.names}")

    def add(self, name: str, stage: Stage, *, before: str | None = None, after: str | None = None,
            first: bool = False, last: bool = False) -> Pipeline:
        """Insert ``stage`` under ``name`` (at the end unless ``before``/``after``/``first``)."""
        if not callable(stage):
            raise TypeError(f"stage {name!r} must be callable Document -> Document")
        if name in self:
            raise ValueError(f"a stage named {name!r} exists already; use replace()")
        if sum(bool(x) for x in (before, after, first, last)) > 1:
            raise ValueError("give at most one of before, after, first, last")
        if first:
            pos = 0
        elif before:
            pos = self._index(before)
        elif after:
            pos = self._index(after) + 1
        else:
            pos = len(self._stages)
        self._stages.insert(pos, (name, stage))
        return self

    def remove(self, name: str) -> Stage:
        """Remove the stage ``name`` and return it."""
        return self._stages.pop(self._index(name))[1]

    def replace(self, name: str, stage: Stage) -> Pipeline:
        """Put ``stage`` in the place of the stage ``name``."""
        if not callable(stage):
            raise TypeError(f"stage {name!r} must be callable Document -> Document")
        self._stages[self._index(name)] = (name, stage)
        return self

    # -- running ---------------------------------------------------------------------------------
    def make_doc(self, text: str, *, reference_date: Any = None, meta: Mapping[str, Any] | None = None) -> Document:
        """Normalize and tokenize ``text`` into a Document, without running the stages."""
        if not isinstance(text, str):
            hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(text, (bytes, bytearray)) else ""
            raise TypeError(f"text must be str, not {type(text).__name__}{hint}")
        return Document(text, reference_date=coerce_reference_date(reference_date),
                        normalization=self.normalization, meta=dict(meta or {}), parts=self.parts)

    def __call__(self, text: str, *, reference_date: Any = None, meta: Mapping[str, Any] | None = None) -> Document:
        """Analyse ``text``: make the Document and run every stage on it in order."""
        doc = self.make_doc(text, reference_date=reference_date, meta=meta)
        if not text.strip():
            return doc
        for name, stage in self._stages:
            result = stage(doc)
            if not isinstance(result, Document):
                raise TypeError(f"stage {name!r} returned {type(result).__name__}, not a Document")
            doc = result
        return doc

    def __repr__(self) -> str:
        return f"Pipeline({self.names})"
