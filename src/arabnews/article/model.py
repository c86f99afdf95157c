"""The Article: a scraped page split into title, body paragraphs, comments, media and furniture.

Every part has ``start``/``end`` offsets into ``Document.text`` and ``text == doc.text[start:end]``.
``Article.to_dict()`` is what ``Document.to_dict()["article"]`` holds::

    {"title": {"start", "end", "text"} | None,
     "body": [{"start", "end", "text"}, ...],
     "comments": [{"start", "end", "text", "author", "author_start", "author_end",
                   "age", "age_start", "age_end", "age_date"}, ...],
     "media": [{"start", "end", "text", "kind", "id", "url"}, ...],
     "boilerplate": [{"start", "end", "text", "rule"}, ...],
     "meta": {"source": "text" | "html", "published", "author", "url", ...}}
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from ..document import Region


def _as_dict(obj: Any) -> dict[str, Any]:
    return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}


class _Text:
    """:attr:`TextSpan.text`: the text given to the span, or, for a span made by :meth:`TextSpan.of`, the slice of
    the document's text at its offsets, read when asked.  (A data descriptor: the dataclass's ``__init__`` sets it,
    and with no default ``text`` stays a required field.)"""

    def __get__(self, span: TextSpan | None, owner: type | None = None) -> str:
        if span is None:
            raise AttributeError("text")  # no default
        text = span._text  # type: ignore[attr-defined]  # (slots of TextSpan, not dataclass fields)
        return text if text is not None else span._source[span.start:span.end]  # type: ignore[attr-defined]

    def __set__(self, span: TextSpan, text: str) -> None:
        span._text = text  # type: ignore[attr-defined]
        span._source = ""  # type: ignore[attr-defined]


@dataclass
class TextSpan:
    """The title or one body paragraph.

    The segmenter makes them with :meth:`of`: a paragraph then reads its text from the document's text when asked
    instead of holding a copy (the body of a 5 MB document is 5 MB of copies, alive to its last stage: issue #18).

    >>> p = TextSpan.of("عنوان. فقرة أولى", 7, 16)
    >>> p.text, p == TextSpan(7, 16, "فقرة أولى"), p.to_dict()
    ('فقرة أولى', True, {'start': 7, 'end': 16, 'text': 'فقرة أولى'})
    """

    __slots__ = ("_source", "_text", "end", "start")

    start: int
    end: int
    text: str = _Text()  # type: ignore[assignment]

    @classmethod
    def of(cls, source: str, start: int, end: int) -> TextSpan:
        """The span ``[start, end)`` of ``source`` (the document's text), whose :attr:`text` is ``source[start:end]``
        read when asked."""
        span = cls.__new__(cls)
        span.start, span.end, span._text, span._source = start, end, None, source  # type: ignore[attr-defined]
        return span

    def __reduce__(self) -> tuple[Any, ...]:
        # its text, not the document's: a pickled paragraph stays the size of its text
        return (TextSpan, (self.start, self.end, self.text))

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)


@dataclass(slots=True)
class Comment:
    """A reader's comment: ``start``/``end``/``text`` cover what the reader wrote; the author's
    name and the age ("منذ 3 سنوات شهرين", as written) have their own offsets; ``age_date`` is the
    ISO date the age points to from the reference date (None without one)."""

    start: int
    end: int
    text: str
    author: str | None = None
    author_start: int | None = None
    author_end: int | None = None
    age: str | None = None
    age_start: int | None = None
    age_end: int | None = None
    age_date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)


@dataclass(slots=True)
class Media:
    """An embedded video or post: ``kind`` ("youtube", "twitter", "facebook"), its ``id`` and a
    canonical ``url`` ("https://www.youtube.com/watch?v=BRxlYSrAP5s" for a bare YouTube id)."""

    start: int
    end: int
    text: str
    kind: str
    id: str
    url: str

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)


@dataclass(slots=True)
class Boilerplate:
    """A line of site furniture; ``rule`` names the furniture rule that recognised it
    (see ``resources/furniture.yaml``), or one of "title_repeat", "link_list", "page_tail"."""

    start: int
    end: int
    text: str
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)


@dataclass(slots=True)
class Article:
    """The parts of one page, all in text order."""

    title: TextSpan | None = None
    body: list[TextSpan] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    media: list[Media] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def regions(self) -> list[Region]:
        """What extractors analyse: the title ("title"), each paragraph ("body") and each
        comment's text ("comment"), in text order.  Furniture, media and comment headers are in none."""
        out = [Region(p.start, p.end, "body") for p in self.body]
        if self.title is not None:
            out.append(Region(self.title.start, self.title.end, "title"))
        out.extend(Region(c.start, c.end, "comment") for c in self.comments if c.end > c.start)
        out.sort(key=lambda r: (r.start, r.end))
        return out

    @property
    def body_text(self) -> str:
        """The body paragraphs joined by blank lines (for reading; offsets are on the parts)."""
        return "\n\n".join(p.text for p in self.body)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title.to_dict() if self.title is not None else None,
            "body": [p.to_dict() for p in self.body],
            "comments": [c.to_dict() for c in self.comments],
            "media": [m.to_dict() for m in self.media],
            "boilerplate": [b.to_dict() for b in self.boilerplate],
            "meta": dict(self.meta),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an Article from ``to_dict()`` output."""
        title = data.get("title")
        return cls(
            title=_build(TextSpan, title) if title else None,
            body=[_build(TextSpan, p) for p in data.get("body", [])],
            comments=[_build(Comment, c) for c in data.get("comments", [])],
            media=[_build(Media, m) for m in data.get("media", [])],
            boilerplate=[_build(Boilerplate, b) for b in data.get("boilerplate", [])],
            meta=dict(data.get("meta") or {}),
        )


def _build(cls: type, data: dict[str, Any]) -> Any:
    """``cls(**data)`` ignoring fields a later version may have added."""
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})
