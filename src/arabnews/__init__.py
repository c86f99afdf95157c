"""arabnews: structured, verifiable data from Arabic news articles.

Every span carries ``start``/``end`` offsets into the text you passed in.

>>> import arabnews
>>> doc = arabnews.analyze("قُتل 7 أشخاص في حلب أمس", reference_date="2020-05-12")
>>> [(t.text, t.kind) for t in doc.tokens][:3]
[('قُتل', 'word'), ('7', 'number'), ('أشخاص', 'word')]
>>> arabnews.normalize("أَحْمَدُ إلى الـقُدْسِ ١٥٠")
'احمد الي القدس 150'
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .backends.camel import transliterate
from .corpus import analyze_many
from .document import DateSpan, Document, EntitySpan, GroupSpan, NumberSpan, Region, Span, register_layer
from .errors import (
    ArabnewsError,
    InputError,
    MissingModelError,
    PipelineError,
    ResourceError,
    StageError,
)
from .export import read_jsonl, to_conll, to_frame, write_jsonl
from .pipeline import Pipeline, StageInfo, available_stages, register_stage, stage_info
from .render import render
from .text.clitics import CliticSplit, clitic_splits
from .text.normalize import DEFAULTS as NORMALIZATION_DEFAULTS
from .text.normalize import normalize, normalize_with_map
from .text.tokenize import Sentence, Token, tokenize_view

__version__ = "0.1.0"

__all__ = [
    "NORMALIZATION_DEFAULTS",
    "ArabnewsError",
    "CliticSplit",
    "DateSpan",
    "Document",
    "EntitySpan",
    "GroupSpan",
    "InputError",
    "MissingModelError",
    "NumberSpan",
    "Pipeline",
    "PipelineError",
    "Region",
    "ResourceError",
    "Sentence",
    "Span",
    "StageError",
    "StageInfo",
    "Token",
    "analyze",
    "analyze_html",
    "analyze_many",
    "available_stages",
    "clitic_splits",
    "default_pipeline",
    "normalize",
    "normalize_with_map",
    "read_jsonl",
    "register_layer",
    "register_stage",
    "render",
    "stage_info",
    "to_conll",
    "to_frame",
    "to_spacy",
    "tokenize",
    "transliterate",
    "write_jsonl",
]


@lru_cache(maxsize=16)
def _cached_pipeline(options: tuple[tuple[str, Any], ...]) -> Pipeline:
    return Pipeline(**dict(options))


def default_pipeline(**options: Any) -> Pipeline:
    """The default pipeline for ``options``, built once and cached (shared: do not edit it;
    build your own ``Pipeline()`` to add or remove stages)."""
    key = tuple(sorted(options.items()))
    try:
        hash(key)
    except TypeError:  # unhashable option values (a registry list, say): build afresh
        return Pipeline(**options)
    return _cached_pipeline(key)


def analyze(text: str, *, reference_date: Any = None, **options: Any) -> Document:
    """Analyse one article with the default pipeline.

    ``reference_date`` (a ``date``, ``datetime`` or ``"YYYY-MM-DD"``) anchors relative dates such as
    "أمس"; ``options`` are those of :class:`Pipeline`.  Raises ``TypeError`` for a non-``str`` text;
    an empty or blank text gives an empty Document.

    >>> doc = analyze("")
    >>> doc.tokens, doc.entities
    ([], [])
    """
    if "parts" in options and options["parts"] is not None:
        options["parts"] = tuple(options["parts"])
    return default_pipeline(**options)(text, reference_date=reference_date)


def analyze_html(html: str | bytes, url: str | None = None, reference_date: Any = None, **options: Any) -> Document:
    """Analyse an HTML page: its main content, title, published date and author (needs the ``html``
    extra, trafilatura); see :func:`arabnews.article.html.analyze_html`."""
    from .article import analyze_html as _analyze_html

    doc: Document = _analyze_html(html, url=url, reference_date=reference_date, **options)
    return doc


def tokenize(text: str, **options: bool) -> list[Token]:
    """Tokenize ``text`` (normalization ``options`` as for :func:`normalize`).

    >>> [t.text for t in tokenize("عناصرها الـ 46، #الأمم_المتحدة")]
    ['عناصرها', 'الـ', '46', '،', '#الأمم_المتحدة']
    """
    return tokenize_view(normalize_with_map(text, **options))


def to_spacy(doc: Document, nlp: Any = None) -> Any:
    """The spaCy ``Doc`` of an analysed ``doc`` (needs the ``spacy`` extra; spaCy is imported only here).

    Tokens are arabnews' (split at span boundaries), ``sdoc.text == doc.text``, ``sdoc.ents`` are the
    entities and ``sdoc.spans[layer]`` every layer; see :mod:`arabnews.interop.spacy`.
    """
    from .interop.spacy import to_spacy as _to_spacy

    return _to_spacy(doc, nlp)
