"""Article structure: title, body, comments, media and site furniture.

The ``article`` stage (first in the default pipeline) splits a scraped page into its parts so the
extractors read what the newspaper wrote (and, tagged apart, what its readers wrote), never the
site's menus.  See :mod:`arabnews.article.model` for the shape of ``doc.to_dict()["article"]``.
"""

from typing import Any

from .age import RelativeAge, parse_age
from .furniture import load_rules
from .model import Article, Boilerplate, Comment, Media, TextSpan
from .segment import segment


def analyze_html(html: str | bytes, url: str | None = None, reference_date: Any = None, **options: Any) -> Any:
    """Analyse an HTML page (needs the ``html`` extra); see :func:`arabnews.article.html.analyze_html`."""
    from .html import analyze_html as _analyze_html

    return _analyze_html(html, url=url, reference_date=reference_date, **options)


__all__ = ["Article", "Boilerplate", "Comment", "Media", "RelativeAge", "TextSpan", "analyze_html", "load_rules",
           "parse_age", "segment"]
