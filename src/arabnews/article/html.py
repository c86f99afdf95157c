"""HTML pages: extract the main content with trafilatura (the ``html`` extra), then analyse it.

The Document's text is the extracted text: the title line, the article's paragraphs (one per line)
and, after a blank line, the readers' comments when the page has them.  Offsets point into that
text.  The page's published date becomes the reference date unless you give one; the URL, date,
author and site name are kept in ``doc.article.meta``; videos and posts embedded in the HTML
(YouTube iframes, tweets, Facebook videos) are listed in ``doc.article.meta["embeds"]``.

    doc = analyze_html(html, url="https://example.com/news/1")
    doc.article.meta["published"]   # '2020-06-02'
    doc.reference_date              # datetime.date(2020, 6, 2)
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any

import regex

from ..document import Document
from .media import classify_url
from .model import Article
from .stage import HINTS_ATTR

INSTALL_HINT = "HTML input needs trafilatura: pip install 'arabnews[html]'"

_ATTR_URL = regex.compile(r"""(?i)\b(?:src|href|data-src|data-href|cite)\s*+=\s*+["']([^"'<>\s]{1,2000}+)""")
_FB_EMBED = regex.compile(r"(?i)videos|posts|watch|reel|permalink|story_fbid|fbid|video\.php")


def _trafilatura():
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise ImportError(INSTALL_HINT) from exc
    return trafilatura


@dataclass
class ExtractedPage:
    """What the extractor found: ``text`` (what the Document is built on), ``hints`` for the article
    stage, ``meta`` (source, url, published, author, title, sitename, embeds)."""

    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    hints: dict[str, Any] = field(default_factory=dict)

    @property
    def published_date(self) -> _dt.date | None:
        value = self.meta.get("published")
        if not value:
            return None
        try:
            return _dt.date.fromisoformat(str(value)[:10])
        except ValueError:
            return None


def embeds(html: str) -> list[dict[str, str]]:
    """YouTube, Twitter/X and Facebook embeds referenced by the page's attributes (iframe ``src``,
    tweet links), each ``{"kind", "id", "url"}``, first occurrence first."""
    seen: set[tuple[str, str]] = set()
    out: list[dict[str, str]] = []
    for m in _ATTR_URL.finditer(html):
        url = m.group(1).replace("&amp;", "&")
        if url.startswith("//"):
            url = "https:" + url
        found = classify_url(url)
        if found is None or (found[0] == "facebook" and not _FB_EMBED.search(url)):
            continue
        kind, ident, canonical = found
        if (kind, ident) not in seen:
            seen.add((kind, ident))
            out.append({"kind": kind, "id": ident, "url": canonical})
    return out


def _text_of(result: Any) -> str:
    if result is None:
        return ""
    text = getattr(result, "text", None) if not isinstance(result, dict) else result.get("text")
    return (text or "").strip()


#: The deepest page read again with ``huge_tree``: trafilatura's time grows with the square of the depth
#: (0.7 s at 1,000 nested elements, 1.6 s at 2,000), and libxml2 stops at 2,048 anyway.
_MAX_DEPTH = 1000


def _depth(tree: Any) -> int:
    """The deepest nesting of elements in ``tree``, in one walk."""
    from lxml.etree import iterwalk

    depth = deepest = 0
    for event, _ in iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def _deep_tree(html: str | bytes) -> Any:
    """``html`` parsed as trafilatura parses it, but with lxml's ``huge_tree`` (elements nested deeper
    than 256); None when that fails too."""
    from lxml.etree import LxmlError
    from lxml.html import HTMLParser, fromstring
    from trafilatura.utils import decode_file, repair_faulty_html

    try:
        text = decode_file(html)
        text = repair_faulty_html(text, text[:50].lower())
        parser = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                            remove_pis=True, huge_tree=True)
        return fromstring(text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text, parser=parser)
    except (LxmlError, ValueError, TypeError, LookupError):  # an empty or unreadable page
        return None


def extract_html(html: str | bytes, *, url: str | None = None, include_comments: bool = True) -> ExtractedPage:
    """Extract title, main text, comments and metadata from an HTML page with trafilatura."""
    if not isinstance(html, (str, bytes, bytearray)):
        raise TypeError(f"html must be str or bytes, not {type(html).__name__}")
    trafilatura = _trafilatura()
    result = None
    if html.strip():
        result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=include_comments,
                                             include_tables=True, include_formatting=False)
        if not _text_of(result):
            # lxml's default parser stops at 256 nested elements and drops what is deeper: the page comes
            # out empty.  Only then, parse again allowing deep trees (libxml2's "huge" limit).
            tree = _deep_tree(html)
            if tree is not None and _depth(tree) <= _MAX_DEPTH:
                result = trafilatura.bare_extraction(tree, url=url, with_metadata=True,
                                                     include_comments=include_comments, include_tables=True,
                                                     include_formatting=False) or result
    data: dict[str, Any] = {}
    if result is not None:
        data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    title = (data.get("title") or "").strip()
    body = (data.get("text") or "").strip()
    comments = (data.get("comments") or "").strip() if include_comments else ""
    text = ""
    hints: dict[str, Any] = {}
    if title:
        first = body.split("\n", 1)[0].strip()
        text = body if first == title else (f"{title}\n\n{body}" if body else title)
        hints["title"] = True
    else:
        text = body
    if comments:
        text = f"{text}\n\n" if text else ""
        hints["comments_start"] = len(text)
        text += comments
    raw = html if isinstance(html, str) else bytes(html).decode("utf-8", "replace")
    meta = {
        "source": "html",
        "url": url or data.get("url"),
        "published": data.get("date"),
        "author": data.get("author"),
        "title": title or None,
        "sitename": data.get("sitename"),
        "embeds": embeds(raw),
    }
    hints["meta"] = meta
    return ExtractedPage(text, meta, hints)


def document_from_html(html: str | bytes, *, url: str | None = None, reference_date: Any = None,
                       normalization: dict[str, bool] | None = None, parts: tuple[str, ...] | None = None,
                       meta: dict[str, Any] | None = None, include_comments: bool = True) -> Document:
    """A Document on the text extracted from ``html``, ready for the article stage (which reads the
    extractor's hints).  The page's published date is the reference date unless one is given."""
    from ..pipeline import PARTS, coerce_reference_date

    page = extract_html(html, url=url, include_comments=include_comments)
    ref = coerce_reference_date(reference_date) or page.published_date
    doc = Document(page.text, reference_date=ref, normalization=normalization, meta=dict(meta or {}),
                   parts=tuple(parts) if parts is not None else PARTS)
    setattr(doc, HINTS_ATTR, page.hints)
    doc.article = Article(meta=dict(page.meta))
    doc.regions = []
    return doc


def analyze_html(html: str | bytes, url: str | None = None, reference_date: Any = None, *,
                 include_comments: bool = True, pipeline: Any = None, **options: Any) -> Document:
    """Analyse an HTML news page: extract its main content (trafilatura), then run the default
    pipeline on it (or ``pipeline``, a :class:`arabnews.Pipeline` of your own).  ``options`` are
    those of :class:`arabnews.Pipeline` (``parts=``, ``furniture=``, normalization switches…).
    Raises ``ImportError`` naming the ``html`` extra when trafilatura is not installed."""
    from .. import default_pipeline

    if not isinstance(html, (str, bytes, bytearray)):
        raise TypeError(f"html must be str or bytes, not {type(html).__name__}")
    if options.get("parts") is not None:
        options["parts"] = tuple(options["parts"])
    options.pop("is_html", None)
    if pipeline is not None and options:
        raise TypeError("give either pipeline= or Pipeline options, not both")
    if pipeline is None:
        pipeline = default_pipeline(**options)
    doc = document_from_html(html, url=url, reference_date=reference_date, normalization=pipeline.normalization,
                             parts=pipeline.parts, include_comments=include_comments)
    if not doc.text.strip():
        return doc
    for name, stage in pipeline:
        result = stage(doc)
        if not isinstance(result, Document):
            raise TypeError(f"stage {name!r} returned {type(result).__name__}, not a Document")
        doc = result
    return doc
