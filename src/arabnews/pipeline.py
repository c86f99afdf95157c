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
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .document import BUILTIN_LAYERS, Document
from .errors import InputError, InputTypeError, MissingModelError, PipelineError
from .gcpause import gc_paused
from .memo import RELEASED_AFTER, release_memo
from .text.normalize import DEFAULTS as NORMALIZATION_DEFAULTS
from .text.tokenize import Tokens, split_sentences

Stage = Callable[[Document], Document]

#: Layers every Document has once it is made: the tokenizer assigns them before any stage runs.
BASE_LAYERS: tuple[str, ...] = ("text", "tokens", "sentences")
#: Names a stage may assign that are Document attributes, not lists of spans in ``doc.layers``.
NON_SPAN_LAYERS: frozenset[str] = frozenset({*BASE_LAYERS, "article", "regions"})


@dataclass(frozen=True)
class StageInfo:
    """What a registered stage is: its factory, the layers it ``requires`` (made by stages before
    it) and ``assigns`` (makes or changes), and its options with their defaults."""

    name: str
    factory: Callable[..., Stage]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    @property
    def default_config(self) -> dict[str, Any]:
        """The factory's keyword options and their defaults."""
        params = inspect.signature(self.factory).parameters.values()
        return {p.name: (None if p.default is p.empty else p.default) for p in params
                if p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD)}


#: Built-in stages: name → "module:factory".  The default pipeline runs them in this order.
BUILTIN_STAGES: dict[str, str] = {
    "article": "arabnews.article.stage:make_stage",
    "numbers": "arabnews.extract.numbers:make_stage",
    "dates": "arabnews.extract.dates:make_stage",
    "groups": "arabnews.extract.groups:make_stage",
    "entities": "arabnews.extract.entities:make_stage",
    "relations": "arabnews.extract.relations:make_stage",
    "attribution": "arabnews.extract.attribution:make_stage",
    "events": "arabnews.extract.events:make_stage",
}
#: The contracts of the built-in stages: (requires, assigns).
BUILTIN_CONTRACTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "article": (("tokens",), ("article", "regions")),
    "numbers": (("tokens",), ("numbers",)),
    # dates reads the word numbers of the numbers stage, and takes the ones inside a date from it
    "dates": (("tokens", "numbers"), ("dates", "numbers")),
    "groups": (("tokens",), ("groups",)),
    # entities leaves out what is a group or a date
    "entities": (("tokens", "groups", "dates"), ("entities",)),
    # relations reads the groups (and, when present, the entities as backers that are no group)
    "relations": (("tokens", "groups"), ("relations",)),
    # attribution names speakers from the entities and groups
    "attribution": (("tokens", "entities", "groups"), ("quotes",)),
    # events points to spans of every layer before it (and to quotes when the attribution stage ran)
    "events": (("tokens", "numbers", "dates", "groups", "entities"), ("events",)),
}
DEFAULT_STAGES: tuple[str, ...] = tuple(BUILTIN_STAGES)
PARTS = ("title", "body", "comment")

_registry: dict[str, StageInfo] = {}


def register_stage(name: str, factory: Callable[..., Stage] | None = None, *, requires: Iterable[str] = (),
                   assigns: Iterable[str] = ()) -> Any:
    """Register ``factory`` (keyword options → stage) under ``name`` for ``Pipeline([... name ...])``,
    with the layers it ``requires`` and ``assigns``.  Without ``factory`` it is a decorator.

    >>> @register_stage("speakers", requires=("entities",), assigns=("speakers",))
    ... def make_speakers(*, min_len: int = 2):
    ...     def speakers(doc):
    ...         doc.layers["speakers"] = []
    ...         return doc
    ...     return speakers
    >>> try:
    ...     Pipeline(["speakers"])
    ... except PipelineError as exc:
    ...     print(exc)
    speakers requires entities, which is not before it; add the 'entities' stage before 'speakers'
    """
    if not isinstance(name, str) or not name:
        raise PipelineError("a stage name must be a non-empty string")

    def register(fn: Callable[..., Stage]) -> Callable[..., Stage]:
        if not callable(fn):
            raise TypeError(f"the factory of stage {name!r} must be callable")
        _registry[name] = StageInfo(name, fn, _names(requires, "requires"), _names(assigns, "assigns"))
        return fn

    if factory is None:
        return register
    register(factory)
    return None


def _names(value: Iterable[str], what: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = (value,)
    out = tuple(value)
    if not all(isinstance(v, str) and v for v in out):
        raise PipelineError(f"{what} must be layer names (strings), got {out!r}")
    return out


def stage_info(name: str) -> StageInfo:
    """The :class:`StageInfo` of a built-in or registered stage; ``PipelineError`` if unknown or not
    importable (the message says which module is missing)."""
    if name in _registry:
        return _registry[name]
    target = BUILTIN_STAGES.get(name)
    if target is None:
        raise PipelineError(f"unknown stage {name!r}; available: {available_stages()}")
    module_name, _, attr = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        raise MissingModelError(f"the built-in stage {name!r} cannot be used: its module {module_name} could "
                                f"not be imported ({exc}); reinstall arabnews") from exc
    requires, assigns = BUILTIN_CONTRACTS.get(name, ((), ()))
    info = StageInfo(name, getattr(module, attr), requires, assigns)
    _registry[name] = info
    return info


def available_stages() -> list[str]:
    """Names of the built-in and registered stages."""
    return list(dict.fromkeys([*BUILTIN_STAGES, *_registry]))


def stage_contract(stage: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The ``(requires, assigns)`` a stage callable declares through its attributes (none: ``((), ())``)."""
    return (_names(getattr(stage, "requires", ()), "requires"), _names(getattr(stage, "assigns", ()), "assigns"))


def tokenize_stage(doc: Document) -> Document:
    """The default tokenizer: tokens of the normalized view and sentences, offsets into the original.

    Replace it with ``Pipeline(tokenizer=my_tokenizer)``: any callable ``Document -> Document`` that
    sets ``doc.tokens`` and ``doc.sentences``.
    """
    doc.tokens = Tokens.of(doc.view)
    doc.sentences = split_sentences(doc.text, doc.tokens)
    return doc


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
            raise InputError(f"{argument} must be an ISO date YYYY-MM-DD, got {value!r}") from None
    raise InputTypeError(f"{argument} must be a date, datetime or 'YYYY-MM-DD' string, not {type(value).__name__}")


class Pipeline:
    """An ordered, editable list of named stages, each with a contract.

    ``Pipeline()`` holds the default stages; ``Pipeline(["article", "numbers"])`` a selection.
    Keyword options are normalization switches (see :func:`arabnews.normalize`), ``parts`` (which
    article parts extractors analyse: "title", "body", "comment"), ``tokenizer`` (the first step of
    making a Document) and the options each stage declares (for instance ``groups=`` for the groups
    stage).  Unknown options raise ``TypeError``.

    Each stage declares the layers it ``requires`` and ``assigns``; the pipeline checks the order
    when it is built and edited, and names what is missing:

    >>> try:
    ...     Pipeline(["entities", "groups"])
    ... except PipelineError as exc:
    ...     print(exc)
    entities requires groups, which is not before it; add the 'groups' stage before 'entities'
    """

    def __init__(self, stages: Iterable[str | tuple[str, Stage]] | None = None, *,
                 parts: Iterable[str] = PARTS, tokenizer: Stage | None = None, **options: Any) -> None:
        parts = tuple(parts)
        bad = [p for p in parts if p not in PARTS]
        if bad:
            raise PipelineError(f"parts must be among {PARTS}, got {bad}")
        self.parts = parts
        self.normalization = {k: options.pop(k) for k in list(options) if k in NORMALIZATION_DEFAULTS}
        for key, value in self.normalization.items():
            if not isinstance(value, bool):
                raise TypeError(f"normalization option {key!r} must be True or False")
        if tokenizer is not None and not callable(tokenizer):
            raise TypeError("tokenizer must be callable Document -> Document")
        #: The first step of making a Document: sets ``doc.tokens`` and ``doc.sentences``.
        self.tokenizer: Stage = tokenizer or tokenize_stage
        self.options: dict[str, Any] = options
        self._stages: list[tuple[str, Stage]] = []
        #: whether a document ran through every stage: the tables they load on first use are loaded
        self.warm = False
        self._contracts: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        #: the contracts and the extra layers make_doc adds, read off them (:meth:`_extra_layers`)
        self._extra_layers_of: tuple[tuple[object, ...], tuple[str, ...]] | None = None
        names = list(stages) if stages is not None else list(DEFAULT_STAGES)
        used: set[str] = set()
        for item in names:
            if isinstance(item, tuple):
                name, stage = item
                self._insert(len(self._stages), name, stage, *stage_contract(stage))
                continue
            if not isinstance(item, str):
                raise PipelineError(f"a stage is a name or a (name, callable) pair, not {type(item).__name__}")
            info = stage_info(item)
            accepted = set(info.default_config)
            used |= accepted
            stage = info.factory(**{k: v for k, v in options.items() if k in accepted})
            self._insert(len(self._stages), item, stage, info.requires, info.assigns)
        unknown = sorted(set(options) - used)
        if unknown:
            raise TypeError(f"Pipeline got unknown option(s) {unknown}; stages {self.names} accept "
                            f"{sorted(used)}, normalization accepts {sorted(NORMALIZATION_DEFAULTS)}")
        self.validate()

    # -- contracts -------------------------------------------------------------------------------
    def contract(self, name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """``(requires, assigns)`` of the stage ``name``."""
        self._index(name)
        return self._contracts[name]

    def validate(self) -> None:
        """Check that every stage's required layers are assigned by a stage before it.

        Raises :class:`~arabnews.errors.PipelineError` naming the first stage whose requirement is
        missing, the layer, and the stage that would assign it.
        """
        made = set(BASE_LAYERS)
        for name, _ in self._stages:
            requires, assigns = self._contracts[name]
            for layer in requires:
                if layer not in made:
                    raise PipelineError(self._missing(name, layer))
            made.update(assigns)

    def _missing(self, name: str, layer: str) -> str:
        later = [n for n, _ in self._stages[self._index(name) + 1:] if layer in self._contracts[n][1]]
        makers = later or [n for n in available_stages() if n in BUILTIN_CONTRACTS and layer in BUILTIN_CONTRACTS[n][1]]
        makers += [n for n, info in _registry.items() if layer in info.assigns and n not in makers]
        hint = f"; add the {makers[0]!r} stage before {name!r}" if makers else "; no known stage assigns it"
        return f"{name} requires {layer}, which is not before it{hint}"

    def _insert(self, pos: int, name: str, stage: Stage, requires: tuple[str, ...], assigns: tuple[str, ...]) -> None:
        if not isinstance(name, str) or not name:
            raise PipelineError("a stage name must be a non-empty string")
        if not callable(stage):
            raise TypeError(f"stage {name!r} must be callable Document -> Document")
        if name in self._contracts:
            raise PipelineError(f"a stage named {name!r} exists already; use replace()")
        self._stages.insert(pos, (name, stage))
        self._contracts[name] = (requires, assigns)
        self.warm = False  # the new stage loads its tables on its first document

    def _checked(self, undo: Callable[[], None]) -> None:
        try:
            self.validate()
        except PipelineError:
            undo()
            raise

    # -- editing ---------------------------------------------------------------------------------
    @property
    def names(self) -> list[str]:
        return [n for n, _ in self._stages]

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def __iter__(self) -> Iterator[tuple[str, Stage]]:
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
            first: bool = False, last: bool = False, requires: Iterable[str] | None = None,
            assigns: Iterable[str] | None = None) -> Pipeline:
        """Insert ``stage`` under ``name`` (at the end unless ``before``/``after``/``first``).

        ``requires``/``assigns`` declare its contract (default: the stage's own ``requires`` and
        ``assigns`` attributes, else none); a stage placed before what it requires is refused.
        """
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
        own_requires, own_assigns = stage_contract(stage)
        self._insert(pos, name, stage,
                     _names(requires, "requires") if requires is not None else own_requires,
                     _names(assigns, "assigns") if assigns is not None else own_assigns)
        self._checked(lambda: self._discard(name))
        return self

    def _discard(self, name: str) -> None:
        self._drop(name)

    def _drop(self, name: str) -> Stage:
        stage = self._stages.pop(self._index(name))[1]
        del self._contracts[name]
        return stage

    def remove(self, name: str) -> Stage:
        """Remove the stage ``name`` and return it; refused if a later stage requires what it assigns."""
        pos = self._index(name)
        contract = self._contracts[name]
        stage = self._drop(name)

        def undo() -> None:
            self._stages.insert(pos, (name, stage))
            self._contracts[name] = contract

        self._checked(undo)
        return stage

    def replace(self, name: str, stage: Stage, *, requires: Iterable[str] | None = None,
                assigns: Iterable[str] | None = None) -> Pipeline:
        """Put ``stage`` in the place of the stage ``name`` (keeping its contract unless the new stage
        or the arguments declare one)."""
        if not callable(stage):
            raise TypeError(f"stage {name!r} must be callable Document -> Document")
        pos = self._index(name)
        old_stage, old_contract = self._stages[pos][1], self._contracts[name]
        own_requires, own_assigns = stage_contract(stage)
        declared = hasattr(stage, "requires") or hasattr(stage, "assigns")
        new_requires = (_names(requires, "requires") if requires is not None
                        else own_requires if declared else old_contract[0])
        new_assigns = (_names(assigns, "assigns") if assigns is not None
                       else own_assigns if declared else old_contract[1])
        self._stages[pos] = (name, stage)
        self._contracts[name] = (new_requires, new_assigns)
        self.warm = False

        def undo() -> None:
            self._stages[pos] = (name, old_stage)
            self._contracts[name] = old_contract

        self._checked(undo)
        return self

    # -- running ---------------------------------------------------------------------------------
    def make_doc(self, text: str, *, reference_date: Any = None, meta: Mapping[str, Any] | None = None) -> Document:
        """Make the Document of ``text``: its normalized view, then the tokenizer; no other stage runs."""
        if not isinstance(text, str):
            hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(text, (bytes, bytearray)) else ""
            raise InputTypeError(f"text must be str, not {type(text).__name__}{hint}")
        doc = Document(text, reference_date=coerce_reference_date(reference_date),
                       normalization=self.normalization, meta=dict(meta or {}), parts=self.parts)
        # Every layer a stage of this pipeline assigns is there from the start, empty: a blank text, or
        # a document whose stage failed, has the same JSON shape as any other (the built-in layers the
        # Document makes itself; the others' names read off the contracts once, not per document).
        layers = doc.layers
        for name in self._extra_layers():
            layers.setdefault(name, [])
        return self._run("tokenizer", self.tokenizer, doc)

    def _extra_layers(self) -> tuple[str, ...]:
        """The span layers the stages assign that a new Document does not have already, in the order of the
        stages: kept with the contracts they were read from (read again once those change)."""
        key = tuple(self._contracts.values())
        cached = self._extra_layers_of
        if cached is not None and cached[0] == key:
            return cached[1]
        names = tuple(dict.fromkeys(name for _, assigns in key for name in assigns
                                    if name not in NON_SPAN_LAYERS and name not in BUILTIN_LAYERS))
        self._extra_layers_of = (key, names)
        return names

    @staticmethod
    def _run(name: str, stage: Stage, doc: Document) -> Document:
        try:
            result = stage(doc)
        except Exception as exc:
            # Keep the exception's type (callers catch ValueError, ImportError…) and say where it came from.
            if not hasattr(exc, "arabnews_stage"):
                exc.arabnews_stage = name  # type: ignore[attr-defined]
                exc.add_note(f"in arabnews stage {name!r}")
            raise
        if not isinstance(result, Document):
            raise TypeError(f"stage {name!r} returned {type(result).__name__}, not a Document")
        return result

    def __call__(self, text: str, *, reference_date: Any = None, meta: Mapping[str, Any] | None = None) -> Document:
        """Analyse ``text``: make the Document and run every stage on it in order (once the pipeline is warm, with
        the cyclic garbage collector paused: see :mod:`arabnews.gcpause`)."""
        with gc_paused(self.warm):
            doc = self.make_doc(text, reference_date=reference_date, meta=meta)
            if not text.strip():
                return doc
            for name, stage in self._stages:
                doc = self._run(name, stage, doc)
                if name in RELEASED_AFTER and doc.memo:  # (a stage whose facts are dropped after it: one of nine)
                    release_memo(doc.memo, name)
        self.warm = True
        return doc

    def __repr__(self) -> str:
        return f"Pipeline({self.names})"
