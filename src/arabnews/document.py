"""The Document: the original text, its normalized view, and one list of spans per layer.

Every span's ``start``/``end`` are offsets into ``Document.text`` — the string the user passed —
and ``text[start:end] == span.text``.  Stages add to the layers; ``to_dict()`` is the public JSON
contract::

    {"text", "reference_date", "article": {...}, "sentences": [{start, end}],
     "tokens": [{start, end, text, norm, kind}],
     "entities": [{start, end, text, label, ...}], "dates": [{start, end, text, type, value, ...}],
     "numbers": [{start, end, text, kind, value, ...}], "groups": [{start, end, text, id, name, kind, ...}]}

Fields after the ``...`` are extensions; the listed ones are never renamed or dropped.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, ClassVar

from .text.normalize import NormalizedText, fold, normalize_with_map
from .text.tokenize import Sentence, Token, split_sentences, tokenize_view

#: Bumped when a field is added to the JSON shape (never when one would be removed: that needs a
#: deprecation first).
SCHEMA_VERSION = 1


@dataclass(slots=True)
class Span:
    """Base of every layer's span.  ``part`` tells which part of the article it was found in
    ("title", "body", "comment"); ``attrs`` holds extension fields, merged into ``to_dict()``."""

    start: int
    end: int
    text: str
    part: str = field(default="body", kw_only=True)
    attrs: dict[str, Any] = field(default_factory=dict, kw_only=True)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            if f.name != "attrs":
                out[f.name] = _plain(getattr(self, f.name))
        for key, value in self.attrs.items():
            out.setdefault(key, _plain(value))
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        names = {f.name for f in dataclasses.fields(cls)} - {"attrs"}
        known = {k: v for k, v in data.items() if k in names}
        extra = {k: v for k, v in data.items() if k not in names}
        return cls(**known, attrs=extra)


@dataclass(slots=True)
class EntitySpan(Span):
    """A named entity: ``label`` is PER, LOC, ORG or MISC."""

    label: str
    source: str = field(default="crf", kw_only=True)


@dataclass(slots=True)
class DateSpan(Span):
    """A temporal expression with a TIMEX3-style ``type`` (DATE, TIME, DURATION, SET) and ``value``."""

    type: str
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
    """A mention of a named group; ``id`` is shared by all aliases (None for a discovered group)."""

    id: str | None
    name: str | None
    kind: str | None
    source: str = field(default="registry", kw_only=True)


class SpanIndex:
    """Overlap and containment queries over a list of ``(start, end)`` intervals in O(log n) each,
    so that a stage can check every span it finds against another layer on a long text.

    >>> idx = SpanIndex([(0, 5), (10, 20)])
    >>> idx.overlaps(4, 6), idx.overlaps(5, 10), idx.covers(12, 20), idx.covers(4, 6)
    (True, False, True, False)
    """

    __slots__ = ("_max_end", "_starts")

    def __init__(self, intervals) -> None:
        pairs = sorted((int(a), int(b)) for a, b in intervals)
        self._starts = [a for a, _ in pairs]
        self._max_end: list[int] = []  # the largest end among the intervals up to each position
        top = -1
        for _, b in pairs:
            top = max(top, b)
            self._max_end.append(top)

    @classmethod
    def of(cls, spans) -> SpanIndex:
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
    part: str


LAYERS: dict[str, type[Span]] = {
    "entities": EntitySpan,
    "dates": DateSpan,
    "numbers": NumberSpan,
    "groups": GroupSpan,
}


def _plain(value: Any) -> Any:
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
    """An analysed article.

    >>> import arabnews
    >>> doc = arabnews.analyze("قُتل 7 أشخاص في حلب")
    >>> [(t.text, t.kind) for t in doc.tokens][:2]
    [('قُتل', 'word'), ('7', 'number')]
    >>> doc.text[doc.tokens[0].start:doc.tokens[0].end]
    'قُتل'
    """

    LAYERS: ClassVar[tuple[str, ...]] = tuple(LAYERS)

    def __init__(self, text: str, *, reference_date: _dt.date | None = None,
                 normalization: dict[str, bool] | None = None, meta: dict[str, Any] | None = None,
                 parts: tuple[str, ...] = ("title", "body", "comment")) -> None:
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        self.text: str = text
        self.reference_date: _dt.date | None = reference_date
        self.view: NormalizedText = normalize_with_map(text, **(normalization or {}))
        self.tokens: list[Token] = tokenize_view(self.view)
        self.sentences: list[Sentence] = split_sentences(text, self.tokens)
        self.entities: list[EntitySpan] = []
        self.dates: list[DateSpan] = []
        self.numbers: list[NumberSpan] = []
        self.groups: list[GroupSpan] = []
        #: Filled by the article stage (``arabnews.article``); ``None`` until then.
        self.article: Any = None
        #: The stretches extractors analyse; the article stage replaces the default whole-text region.
        self.regions: list[Region] = [Region(0, len(text), "body")] if text.strip() else []
        #: Which article parts the extractors analyse.
        self.parts: tuple[str, ...] = parts
        self.meta: dict[str, Any] = dict(meta or {})
        self.errors: list[dict[str, Any]] = []
        self._token_starts: list[int] | None = None

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
        return self.view.to_normalized(start), self.view.to_normalized(end)

    # -- helpers for stages --------------------------------------------------------------------
    def extraction_regions(self) -> list[Region]:
        """Regions whose part is in ``self.parts``, in text order."""
        return [r for r in self.regions if r.part in self.parts]

    def part_at(self, offset: int) -> str | None:
        """The article part of original ``offset``, or None if it is in no region (furniture)."""
        for region in self.regions:
            if region.start <= offset < region.end:
                return region.part
        return None

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """Tokens lying inside original offsets ``[start, end)``."""
        if self._token_starts is None or len(self._token_starts) != len(self.tokens):
            self._token_starts = [t.start for t in self.tokens]
        i = bisect_left(self._token_starts, start)
        j = bisect_left(self._token_starts, end, lo=i)
        return [t for t in self.tokens[i:j] if t.end <= end]

    def layer(self, name: str) -> list[Span]:
        """The list of spans of layer ``name`` ("entities", "dates", "numbers", "groups")."""
        if name not in LAYERS:
            raise ValueError(f"unknown layer {name!r}; layers are {list(LAYERS)}")
        return getattr(self, name)

    def spans(self):
        """Every span of every layer, as ``(layer, span)`` pairs."""
        for name in LAYERS:
            for span in getattr(self, name):
                yield name, span

    # -- export --------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-serializable data; see the module docstring for the shape."""
        article = self.article
        out: dict[str, Any] = {
            "text": self.text,
            "reference_date": self.reference_date.isoformat() if self.reference_date else None,
            "article": _plain(article) if article is not None else {},
            "sentences": [s.to_dict() for s in self.sentences],
            "tokens": [t.to_dict() for t in self.tokens],
        }
        for name in LAYERS:
            out[name] = [s.to_dict() for s in getattr(self, name)]
        out["meta"] = _plain(self.meta)
        out["errors"] = list(self.errors)
        out["schema_version"] = SCHEMA_VERSION
        return out

    def to_json(self, **kwargs: Any) -> str:
        """``to_dict()`` as JSON (UTF-8 text; lone surrogates are escaped so it always encodes)."""
        kwargs.setdefault("ensure_ascii", False)
        data = json.dumps(self.to_dict(), **kwargs)
        try:
            data.encode("utf-8")
        except UnicodeEncodeError:
            kwargs["ensure_ascii"] = True
            data = json.dumps(self.to_dict(), **kwargs)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, normalization: dict[str, bool] | None = None) -> Document:
        """Rebuild a Document from ``to_dict()`` output (layers restored, tokens recomputed)."""
        ref = data.get("reference_date")
        doc = cls(data["text"], reference_date=_dt.date.fromisoformat(ref) if ref else None,
                  normalization=normalization, meta=data.get("meta"))
        for name, span_cls in LAYERS.items():
            getattr(doc, name).extend(span_cls.from_dict(d) for d in data.get(name, []))
        doc.article = data.get("article") or None
        doc.errors = list(data.get("errors", []))
        return doc

    def to_frame(self, layer: str):
        """A pandas DataFrame with one row per span of ``layer`` (needs the ``pandas`` extra)."""
        from .export import to_frame

        return to_frame(self, layer)

    def _repr_html_(self) -> str:
        from .render import render

        return render(self)

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        counts = ", ".join(f"{n}={len(getattr(self, n))}" for n in LAYERS)
        head = self.text[:30].replace("\n", " ")
        return f"<Document {head!r}{'…' if len(self.text) > 30 else ''} tokens={len(self.tokens)}, {counts}>"
