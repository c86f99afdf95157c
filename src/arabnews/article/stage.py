"""The ``article`` stage: split the page into parts and tell the extractors which parts to read.

It sets ``doc.article`` (an :class:`~arabnews.article.model.Article`) and ``doc.regions``: the title
("title"), each body paragraph ("body") and each comment's text ("comment").  Furniture, media lines,
comment authors and ages are in no region, so no extractor sees them; ``Pipeline(parts=("body",))``
keeps the extractors to the body.

>>> import arabnews
>>> doc = arabnews.Pipeline(["article"])("عنوان الخبر\\n\\nنص الخبر الأول.\\n\\nالأكثر قراءة")
>>> doc.article.title.text, [(r.part, doc.text[r.start:r.end]) for r in doc.regions]
('عنوان الخبر', [('title', 'عنوان الخبر'), ('body', 'نص الخبر الأول.')])
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..document import Document
from .furniture import FurnitureSpec, load_rules
from .segment import segment

#: Attribute the HTML front end sets on a Document to pass what it knows (title, comments offset).
HINTS_ATTR = "_article_hints"


def make_stage(*, furniture: FurnitureSpec = None, is_html: bool = False) -> Callable[[Document], Document]:
    """Build the article stage.

    ``furniture`` adds your site's furniture rules to the shipped ones (a path to a YAML/JSON file,
    a dict, or a list of phrases; see ``arabnews/resources/furniture.yaml``).  ``is_html=True``
    treats the input text as an HTML page: the main content is extracted first (needs the ``html``
    extra) and the returned Document's text is the extracted text.
    """
    rules = load_rules(furniture)
    if not isinstance(is_html, bool):
        raise TypeError("is_html must be True or False")

    def article(doc: Document) -> Document:
        if is_html and not getattr(doc, HINTS_ATTR, None):
            from .html import document_from_html

            doc = document_from_html(doc.text, reference_date=doc.reference_date,
                                     normalization=doc.view.options, parts=doc.parts, meta=doc.meta)
        hints: dict[str, Any] = getattr(doc, HINTS_ATTR, None) or {}
        art = segment(doc.text, rules=rules, reference_date=doc.reference_date, view=doc.view,
                      folded=doc.folded, hints=hints)
        if hints.get("meta"):
            art.meta.update(hints["meta"])
        doc.article = art
        doc.regions = art.regions()
        return doc

    return article
