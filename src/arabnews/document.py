"""The Document: the original text, its normalized view, and one list of spans per layer.

Every span's ``start``/``end`` are offsets into ``Document.text`` — the string the user passed —
and ``text[start:end] == span.text``.  Stages add to the layers (``doc.layers``, open to new names);
``to_dict()`` is the public JSON contract::

    {"text", "reference_date", "article": {...}, "sentences": [{start, end}],
     "tokens": [{start, end, text, norm, kind}],
     "entities": [{start, end, text, label, ...}], "dates": [{start, end, text, type, value, ...}],
     "numbers": [{start, end, text, kind, value, ...}], "groups": [{start, end, text, id, name, kind, ...}],
     <any layer a stage added>: [{start, end, text, part, ...}],
     "meta", "errors", "layers": [names], "normalization": {...}, "parts": [...],
     "regions": [{start, end, part}], "schema_version": 2}

Fields after the ``...`` are extensions; the listed ones are never renamed or dropped.  Schema 2 added
``layers``, ``normalization``, ``parts`` and ``regions``, and a date's ``value`` is always Gregorian (a
Hijri date's Hijri reading moved to ``hijri``); :meth:`Document.from_dict` reads both schemas.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import islice, pairwise
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, TypeVar

from .errors import InputError, InputTypeError
from .lang.ar.folding import fold
from .text.normalize import NormalizedText, normalize_with_map
from .text.tokenize import Sentence, Token, Tokens, split_sentences

if TYPE_CHECKING:
    from .article.model import Article

#: Bumped when a field is added to the JSON shape (never when one would be removed: that needs a
#: deprecation first).
SCHEMA_VERSION = 2

#: The article parts a span or region can be in.
Part = Literal["title", "body", "comment"]
#: Entity labels.
Label = Literal["PER", "LOC", "ORG", "MISC"]
#: TIMEX3 types of a date span.
DateType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(slots=True)
class Span:
    """Base of every layer's span.  ``part`` tells which part of the article it was found in
    ("title", "body", "comment"); ``attrs`` holds extension fields, merged into ``to_dict()``."""

    start: int
    end: int
    text: str
    part: Part = field(default="body", kw_only=True)
    attrs: dict[str, Any] = field(default_factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        out = {name: _plain(getattr(self, name)) for name in _field_names(type(self))}
        for key, value in self.attrs.items():
            out.setdefault(key, _plain(value))
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Rebuild a span from ``to_dict()`` output; fields the class does not have go to ``attrs``."""
        names = {f.name for f in dataclasses.fields(cls)} - {"attrs"}
        known = {k: v for k, v in data.items() if k in names}
        extra = {k: v for k, v in data.items() if k not in names}
        return cls(**known, attrs=extra)


@dataclass(slots=True)
class EntitySpan(Span):
    """A named entity: ``label`` is PER, LOC, ORG or MISC."""

    label: Label
    source: str = field(default="crf", kw_only=True)


@dataclass(slots=True)
class DateSpan(Span):
    """A temporal expression with a TIMEX3-style ``type`` (DATE, TIME, DURATION, SET) and ``value``."""

    type: DateType
    value: str | None
    calendar: str = field(default="gregorian", kw_only=True)
    resolved: bool = field(default=True, kw_only=True)
    mod: str | None = field(default=None, kw_only=True)


@dataclass(slots=True)
class NumberSpan(Span):
    """A numeric expression: ``kind`` (cardinal, ordinal, approximate, fraction, percent, range…)
    and its numeric ``value``."""

    kind: str
    value: int | float | None
    unit: str | None = field(default=None, kw_only=True)


@dataclass(slots=True)
class GroupSpan(Span):
    """A mention of a named group; ``id`` is shared by all aliases (a discovered group has a stable
    ``"disc-…"`` id derived from its normalized name, shared by every mention)."""

    id: str | None
    name: str | None
    kind: str | None
    source: str = field(default="registry", kw_only=True)


class SpanSource:
    """The text a span reads its ``text`` from when asked (:class:`SlicedText`): a document's text, held once for all
    the spans of a layer instead of a copy of each span's words (the claims of a 5 MB document were 4.8 MB of copies,
    alive to its last stage: issue #18)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


#: The slot of :attr:`Span.text` (what :class:`SlicedText` reads and writes)
_TEXT_SLOT: Any = Span.__dict__["text"]


class SlicedText:
    """A span class's ``text`` that :func:`sliced` spans read from their :class:`SpanSource` at their offsets when
    asked; any other span of the class holds its text as given.  Set on the class after the dataclass is made (the
    dataclass drops a field's class attribute from a slots class)::

        QuoteSpan.text = SlicedText()

    The same fields, equality, ``to_dict()`` and pickling as a span holding ``text[start:end]``.
    """

    def __get__(self, span: Span | None, owner: type | None = None) -> str:
        if span is None:
            raise AttributeError("text")
        held = _TEXT_SLOT.__get__(span, owner)
        return held.text[span.start:span.end] if held.__class__ is SpanSource else held

    def __set__(self, span: Span, text: str) -> None:
        _TEXT_SLOT.__set__(span, text)


SpanT = TypeVar("SpanT", bound=Span)


def sliced(span: SpanT, source: SpanSource) -> SpanT:
    """``span`` (of a class whose ``text`` is a :class:`SlicedText`), reading its text from ``source`` at its offsets
    from now on: ``source.text[span.start:span.end]`` must be its text."""
    _TEXT_SLOT.__set__(span, source)
    return span


class SpanIndex:
    """Overlap and containment queries over a list of ``(start, end)`` intervals in O(log n) each,
    so that a stage can check every span it finds against another layer on a long text.

    >>> idx = SpanIndex([(0, 5), (10, 20)])
    >>> idx.overlaps(4, 6), idx.overlaps(5, 10), idx.covers(12, 20), idx.covers(4, 6)
    (True, False, True, False)
    """

    __slots__ = ("_max_end", "_starts")

    def __init__(self, intervals: Iterable[tuple[int, int]]) -> None:
        pairs = sorted((int(a), int(b)) for a, b in intervals)
        self._starts = [a for a, _ in pairs]
        self._max_end: list[int] = []  # the largest end among the intervals up to each position
        top = -1
        for _, b in pairs:
            if b > top:
                top = b
            self._max_end.append(top)

    @classmethod
    def of(cls, spans: Iterable[Span]) -> SpanIndex:
        """The index of spans that have ``start`` and ``end``."""
        return cls((s.start, s.end) for s in spans)

    def overlaps(self, start: int, end: int) -> bool:
        """Does any interval share a character with ``[start, end)``?"""
        i = bisect_left(self._starts, end)  # intervals starting before ``end``
        return i > 0 and self._max_end[i - 1] > start

    def covers(self, start: int, end: int) -> bool:
        """Does one interval contain all of ``[start, end)``?"""
        i = bisect_right(self._starts, start)  # intervals starting at or before ``start``
        return i > 0 and self._max_end[i - 1] >= end


@dataclass(frozen=True, slots=True)
class Region:
    """A stretch of the original text that extractors analyse, and which article part it is."""

    start: int
    end: int
    part: Part


#: The built-in layers and their span classes, in their place in the JSON.  Other layers are
#: open: a stage adds ``doc.layers["speakers"] = [...]`` and every export picks it up.
LAYERS: dict[str, type[Span]] = {
    "entities": EntitySpan,
    "dates": DateSpan,
    "numbers": NumberSpan,
    "groups": GroupSpan,
}
BUILTIN_LAYERS: tuple[str, ...] = tuple(LAYERS)

#: Span classes of layers that stages registered (name → class), used to read them back from JSON.
_LAYER_CLASSES: dict[str, type[Span]] = dict(LAYERS)

#: Top-level keys of the JSON that are not layers.
_DOC_FIELDS = frozenset({"text", "reference_date", "article", "sentences", "tokens", "meta", "errors",
                         "schema_version", "normalization", "parts", "regions", "layers"})


def register_layer(name: str, span_class: type[Span] = Span) -> None:
    """Declare the span class of layer ``name`` so that ``Document.from_dict`` rebuilds its spans with it
    (an unregistered layer is read back as plain :class:`Span` objects with the other fields in ``attrs``).

    >>> from dataclasses import dataclass
    >>> @dataclass(slots=True)
    ... class SpeakerSpan(Span):
    ...     name: str = ""
    >>> register_layer("speakers", SpeakerSpan)
    """
    if not name.isidentifier() or name in _DOC_FIELDS:
        raise ValueError(f"layer name {name!r} must be an identifier and not one of {sorted(_DOC_FIELDS)}")
    if not (isinstance(span_class, type) and issubclass(span_class, Span)):
        raise TypeError("span_class must be a subclass of arabnews.Span")
    if name in LAYERS and span_class is not LAYERS[name]:
        raise ValueError(f"{name!r} is a built-in layer")
    _LAYER_CLASSES[name] = span_class


def known_layers() -> list[str]:
    """The built-in layers and the layers stages registered with :func:`register_layer`."""
    return list(_LAYER_CLASSES)


def layer_class(name: str) -> type[Span]:
    """The span class of layer ``name`` (``Span`` for a layer nobody registered)."""
    return _LAYER_CLASSES.get(name, Span)


def _field_names(span_class: type[Span]) -> tuple[str, ...]:
    """The fields of a span class that ``to_dict`` writes (all but ``attrs``), in their order: read
    once per class (``dataclasses.fields`` builds its tuple anew at every call)."""
    names = _FIELD_NAMES.get(span_class)
    if names is None:
        names = _FIELD_NAMES[span_class] = tuple(f.name for f in dataclasses.fields(span_class) if f.name != "attrs")
    return names


#: Span class → :func:`_field_names` (a class is a dataclass once made: its fields do not change).
_FIELD_NAMES: dict[type[Span], tuple[str, ...]] = {}


#: Types that are their own JSON value (exact types: a subclass may have a ``to_dict``).
#: Items of a long list (tokens, spans) that :meth:`Document.to_json` encodes at a time.
_JSON_CHUNK = 4096
#: Lone surrogates: the characters a JSON text cannot carry unescaped into UTF-8.
_SURROGATE = re.compile("[\ud800-\udfff]")
_JSON_SCALARS = frozenset({str, int, float, bool, type(None)})


def _plain(value: Any) -> Any:
    if type(value) in _JSON_SCALARS:  # most values: no isinstance and hasattr tests
        return value
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class Document:
    """An analysed article: the original text, its normalized view, tokens, and named layers of spans.

    Layers are open: ``doc.layers`` maps a layer name to its list of spans.  The built-in layers are
    also attributes (``doc.entities`` is ``doc.layers["entities"]``); a stage adds its own with
    ``doc.layers["speakers"] = [...]`` and ``to_dict``, JSONL, ``to_frame``, CoNLL, CSV and the
    HTML view pick it up.

    >>> import arabnews
    >>> doc = arabnews.analyze("قُتل 7 أشخاص في حلب")
    >>> [(t.text, t.kind) for t in doc.tokens][:2]
    [('قُتل', 'word'), ('7', 'number')]
    >>> doc.text[doc.tokens[0].start:doc.tokens[0].end]
    'قُتل'
    >>> doc.layers["numbers"] is doc.numbers
    True
    """

    LAYERS: ClassVar[tuple[str, ...]] = BUILTIN_LAYERS

    def __init__(self, text: str, *, reference_date: _dt.date | None = None,
                 normalization: Mapping[str, bool] | None = None, meta: Mapping[str, Any] | None = None,
                 parts: tuple[str, ...] = ("title", "body", "comment")) -> None:
        if not isinstance(text, str):
            raise InputTypeError(f"text must be str, not {type(text).__name__}")
        self.text: str = text
        self.reference_date: _dt.date | None = reference_date
        self.view: NormalizedText = normalize_with_map(text, **(normalization or {}))
        # Tokens and sentences are assigned by the pipeline's tokenizer stage; a Document made
        # directly gets the default tokenizer's on first use.
        self._tokens: Sequence[Token] | None = None
        self._sentences: list[Sentence] | None = None
        #: Every layer of spans by name, built-in layers first.
        self.layers: dict[str, list[Span]] = {name: [] for name in BUILTIN_LAYERS}
        #: Filled by the article stage (``arabnews.article``); ``None`` until then.
        self.article: Article | None = None
        #: The stretches extractors analyse; the article stage replaces the default whole-text region.
        self.regions: list[Region] = [Region(0, len(text), "body")] if text.strip() else []
        #: Which article parts the extractors analyse.
        self.parts: tuple[str, ...] = tuple(parts)
        self.meta: dict[str, Any] = dict(meta or {})
        #: One record per problem met while analysing (see :func:`arabnews.errors.error_record`).
        self.errors: list[dict[str, Any]] = []
        self._token_starts: Sequence[int] | None = None
        #: part_at's index: (the regions list it was made from, its length, starts or [] if unsorted).
        self._region_index: tuple[object, int, list[int]] | None = None
        #: What a stage reads once from the document's text and asks again region by region or in a later stage
        #: (:func:`arabnews.memo.of_text`: the numbers stage's score words, the outlet names' starts), by key: kept
        #: with the document it was read from, not in a module's "last text" global; not exported nor pickled.
        self.memo: dict[str, tuple[str, Any]] = {}

    # -- tokens and sentences ------------------------------------------------------------------
    @property
    def tokens(self) -> Sequence[Token]:
        """The tokens, with offsets into ``text`` (a compact :class:`~arabnews.text.tokenize.Tokens`
        sequence from the default tokenizer, or the list a custom tokenizer set)."""
        if self._tokens is None:
            self._tokens = Tokens.of(self.view)
        return self._tokens

    @tokens.setter
    def tokens(self, tokens: Sequence[Token]) -> None:
        self._tokens = tokens
        self._token_starts = None

    @property
    def sentences(self) -> list[Sentence]:
        """The sentences, as ``start``/``end`` offsets into ``text``."""
        if self._sentences is None:
            self._sentences = split_sentences(self.text, self.tokens)
        return self._sentences

    @sentences.setter
    def sentences(self, sentences: list[Sentence]) -> None:
        self._sentences = sentences

    # -- the built-in layers -------------------------------------------------------------------
    @property
    def entities(self) -> list[EntitySpan]:
        """Named entities (PER, LOC, ORG, MISC)."""
        return self.layers["entities"]  # type: ignore[return-value]

    @entities.setter
    def entities(self, spans: list[EntitySpan]) -> None:
        self.layers["entities"] = spans  # type: ignore[assignment]

    @property
    def dates(self) -> list[DateSpan]:
        """Temporal expressions with TIMEX3 values."""
        return self.layers["dates"]  # type: ignore[return-value]

    @dates.setter
    def dates(self, spans: list[DateSpan]) -> None:
        self.layers["dates"] = spans  # type: ignore[assignment]

    @property
    def numbers(self) -> list[NumberSpan]:
        """Numeric expressions with their values."""
        return self.layers["numbers"]  # type: ignore[return-value]

    @numbers.setter
    def numbers(self, spans: list[NumberSpan]) -> None:
        self.layers["numbers"] = spans  # type: ignore[assignment]

    @property
    def groups(self) -> list[GroupSpan]:
        """Mentions of named groups with their canonical ids."""
        return self.layers["groups"]  # type: ignore[return-value]

    @groups.setter
    def groups(self, spans: list[GroupSpan]) -> None:
        self.layers["groups"] = spans  # type: ignore[assignment]

    # -- the normalized view -------------------------------------------------------------------
    @property
    def norm(self) -> str:
        """The normalized view of ``text`` (same content, offsets differ where marks were removed)."""
        return self.view.text

    @cached_property
    def folded(self) -> str:
        """``norm`` folded for lexicon lookup (ة→ه, ى→ي, …); same length and offsets as ``norm``."""
        return fold(self.view.text)

    def to_original(self, nstart: int, nend: int) -> tuple[int, int]:
        """Map a span of the normalized view to original offsets."""
        return self.view.to_original(nstart, nend)

    def to_normalized(self, start: int, end: int) -> tuple[int, int]:
        """Map original offsets to the smallest normalized span covering them."""
        return self.view.span_to_normalized(start, end)

    # -- helpers for stages --------------------------------------------------------------------
    def extraction_regions(self) -> list[Region]:
        """Regions whose part is in ``self.parts``, in text order."""
        return [r for r in self.regions if r.part in self.parts]

    def part_at(self, offset: int) -> str | None:
        """The article part of original ``offset``, or None if it is in no region (furniture)."""
        regions = self.regions
        index = self._region_index
        if index is None or index[0] is not regions or index[1] != len(regions):
            # bisect is exact when the regions are sorted and do not overlap (as the article stage makes them)
            ordered = all(a.end <= b.start for a, b in pairwise(regions))
            index = self._region_index = (regions, len(regions), [r.start for r in regions] if ordered else [])
        starts = index[2]
        if starts:
            k = bisect_right(starts, offset) - 1
            if k >= 0 and offset < regions[k].end:
                return regions[k].part
            return None
        for region in regions:
            if region.start <= offset < region.end:
                return region.part
        return None

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """Tokens lying inside original offsets ``[start, end)``."""
        tokens = self.tokens
        if isinstance(tokens, Tokens):  # a slice: the kept Token lists copied in C, no generator step per token
            return tokens[slice(*self.token_range(start, end))]
        return list(self.token_window(start, end))

    def token_window(self, start: int, end: int) -> Sequence[Token]:
        """The tokens of :meth:`tokens_between` as a lazy sequence: a stage that walks a long document
        through it does not hold all its Token objects at once."""
        tokens = self.tokens
        if isinstance(tokens, Tokens):
            return tokens.window(*self.token_range(start, end))
        i, j = self._token_bounds(start, end)
        return [t for t in tokens[i:j] if t.end <= end]

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices ``(i, j)`` such that ``tokens[i:j]`` are the tokens of :meth:`tokens_between`, when
        ``tokens`` is the compact :class:`~arabnews.text.tokenize.Tokens` (a stage may then read its
        columns without building Token objects)."""
        tokens = self.tokens
        if not isinstance(tokens, Tokens):
            raise TypeError("token_range needs the compact Tokens of the default tokenizer")
        i, j = self._token_bounds(start, end)
        # tokens do not overlap and are sorted: only the last one can run past ``end``
        if j > i and tokens.end_of(j - 1) > end:
            j -= 1
        return i, j

    def _token_bounds(self, start: int, end: int) -> tuple[int, int]:
        """The tokens starting in ``[start, end)``, as indices."""
        tokens = self.tokens
        if self._token_starts is None or len(self._token_starts) != len(tokens):
            if not isinstance(tokens, Tokens):
                self._token_starts = [t.start for t in tokens]
            elif tokens.keeps_all:
                self._token_starts = tokens.starts
            else:  # a long document: the starts read in place (a strided view of the spans, not a 2 MB copy at
                # 5 MB that lived to the end of the document's last stage; bisect reads it a little slower)
                self._token_starts = memoryview(tokens.spans)[0::2]
        i = bisect_left(self._token_starts, start)
        return i, bisect_left(self._token_starts, end, lo=i)

    def layer(self, name: str) -> list[Span]:
        """The list of spans of layer ``name`` (a built-in one or one a stage added)."""
        try:
            return self.layers[name]
        except KeyError:
            raise ValueError(f"unknown layer {name!r}; layers are {list(self.layers)}") from None

    def spans(self) -> Iterator[tuple[str, Span]]:
        """Every span of every layer, as ``(layer, span)`` pairs."""
        for name, spans in self.layers.items():
            for span in spans:
                yield name, span

    # -- pickling ------------------------------------------------------------------------------
    def __getstate__(self) -> dict[str, Any]:
        """The Document's attributes without what it makes again on demand (the folded text, the
        token-start and region indexes): ``analyze_many`` pickles every Document it sends from a
        worker, about a fifth of whose bytes were the folded copy of the text."""
        state = self.__dict__.copy()
        state.pop("folded", None)
        state["_token_starts"] = None
        state["_region_index"] = None
        state["memo"] = {}
        return state

    # -- export --------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-serializable data; see the module docstring for the shape."""
        return {name: list(value) if many else value for name, value, many in self._fields()}

    def _fields(self) -> Iterator[tuple[str, Any, bool]]:
        """``to_dict()``'s fields in order, as (name, value, many): a list of many items (the sentences, the
        tokens, each layer's spans) comes as an iterator of its items' dicts, made as they are read."""
        article = self.article
        yield "text", self.text, False
        yield "reference_date", self.reference_date.isoformat() if self.reference_date else None, False
        yield "article", _plain(article) if article is not None else {}, False
        yield "sentences", (s.to_dict() for s in self.sentences), True
        yield "tokens", (t.to_dict() for t in self.tokens), True
        for name, spans in self.layers.items():
            yield name, (s.to_dict() for s in spans), True
        yield "meta", _plain(self.meta), False
        yield "errors", list(self.errors), False
        yield "layers", list(self.layers), False
        yield "normalization", dict(self.view.options), False
        yield "parts", list(self.parts), False
        yield "regions", [{"start": r.start, "end": r.end, "part": r.part} for r in self.regions], False
        yield "schema_version", SCHEMA_VERSION, False

    def to_json(self, **kwargs: Any) -> str:
        """``to_dict()`` as JSON (UTF-8 text; lone surrogates are escaped so it always encodes); ``kwargs``
        go to ``json.dumps``.  Without layout arguments (``indent``, ``separators`` …) the long lists are
        written a chunk of items at a time, not all as dicts at once: the same text, with the memory of a
        chunk rather than of a million token dicts (a 5 MB document's JSON peaked at 706 MB)."""
        kwargs.setdefault("ensure_ascii", False)
        kwargs.setdefault("check_circular", False)  # to_dict makes new lists and dicts (a cycle in meta fails there)
        data = self._dumps(kwargs)
        if _SURROGATE.search(data):  # the only characters UTF-8 cannot encode
            kwargs["ensure_ascii"] = True
            data = self._dumps(kwargs)
        return data

    def _dumps(self, kwargs: dict[str, Any]) -> str:
        if kwargs.keys() - {"ensure_ascii", "check_circular"}:
            return json.dumps(self.to_dict(), **kwargs)
        return "".join(self._json_pieces(json.JSONEncoder(**kwargs).encode))

    def _json_pieces(self, encode: Callable[[Any], str]) -> Iterator[str]:
        """The pieces of ``json.dumps(self.to_dict())`` (default separators), each long list encoded
        :data:`_JSON_CHUNK` items at a time."""
        yield "{"
        for k, (name, value, many) in enumerate(self._fields()):
            yield (", " if k else "") + encode(name) + ": "
            if not many:
                yield encode(value)
                continue
            yield "["
            first = True
            while chunk := list(islice(value, _JSON_CHUNK)):
                yield ("" if first else ", ") + encode(chunk)[1:-1]
                first = False
            yield "]"
        yield "}"

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, normalization: Mapping[str, bool] | None = None) -> Document:
        """Rebuild a Document from ``to_dict()`` output of this or an earlier schema version.

        Layers, tokens, sentences, article, regions, parts and normalization options are restored
        (JSON of schema 1 has no options, parts or regions: they take their defaults, and the tokens
        are recomputed).  ``normalization`` overrides the options stored in the data.
        """
        if not isinstance(data, Mapping) or not isinstance(data.get("text"), str):
            raise InputError("an arabnews document must be a JSON object with a 'text' string")
        ref = data.get("reference_date")
        options = dict(data.get("normalization") or {}) if normalization is None else dict(normalization)
        parts = tuple(data.get("parts") or ("title", "body", "comment"))
        try:
            ref_date = _dt.date.fromisoformat(ref) if ref else None
        except (TypeError, ValueError):
            raise InputError(f"an arabnews document's reference_date must be 'YYYY-MM-DD', got {ref!r}") from None
        doc = cls(data["text"], reference_date=ref_date,
                  normalization=options, meta=data.get("meta"), parts=parts)
        names = data.get("layers")
        if names is None:  # schema 1: the built-in layers, and any other list of spans
            names = [k for k, v in data.items() if k not in _DOC_FIELDS and isinstance(v, list)
                     and all(isinstance(x, Mapping) and "start" in x and "end" in x for x in v)]
        records = {name: list(data.get(name) or []) for name in names}
        if int(data.get("schema_version") or 1) < 2 and records.get("dates"):
            # schema 1 kept a Hijri date's Hijri reading in ``value``; now ``value`` is Gregorian
            from .extract.dates.values import upgrade_schema2

            records["dates"] = [upgrade_schema2(dict(d)) for d in records["dates"]]
        for name in names:
            span_cls = layer_class(name)
            doc.layers[name] = [span_cls.from_dict(d) for d in records[name]]
        if data.get("tokens") and "normalization" in data and normalization is None:
            view = doc.view
            doc.tokens = [Token(t["start"], t["end"], t["text"], t["norm"], t["kind"],
                                view.to_normalized(t["start"]), view) for t in data["tokens"]]
            doc.sentences = [Sentence(s["start"], s["end"]) for s in data.get("sentences", [])]
        if "regions" in data:
            doc.regions = [Region(r["start"], r["end"], r["part"]) for r in data["regions"]]
        article = data.get("article")
        if article:
            from .article.model import Article

            doc.article = Article.from_dict(article)
            if "regions" not in data:
                doc.regions = doc.article.regions()
        doc.errors = list(data.get("errors", []))
        return doc

    def to_frame(self, layer: str) -> Any:
        """A pandas DataFrame with one row per span of ``layer`` (needs the ``pandas`` extra)."""
        from .export import to_frame

        return to_frame(self, layer)

    def _repr_html_(self) -> str:
        from .render import render

        return render(self)

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        counts = ", ".join(f"{n}={len(spans)}" for n, spans in self.layers.items())
        head = self.text[:30].replace("\n", " ")
        return f"<Document {head!r}{'…' if len(self.text) > 30 else ''} tokens={len(self.tokens)}, {counts}>"
