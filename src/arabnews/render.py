"""HTML view of a Document: right-to-left text with each layer highlighted, values on hover."""

from __future__ import annotations

import html
from bisect import bisect_right
from collections.abc import Iterable

from .document import DateSpan, Document, GroupSpan, NumberSpan, Span

COLOURS = {"entities": "#b8e0ff", "dates": "#ffe29a", "numbers": "#c9f2c7", "groups": "#f7c1d9"}
#: Colours given in turn to the layers that stages add.
EXTRA_COLOURS = ("#e0c8ff", "#ffd0b0", "#c8f0f0", "#e8e8a0", "#d0d0d0", "#f0c0c0")
_VALUE = {"entities": "label", "dates": "value", "numbers": "value", "groups": "id"}
#: Fields shown on hover for a layer a stage added: the first it has.
_GENERIC_VALUE = ("label", "type", "kind", "value", "id", "name")
_CSS = """
.arabnews{direction:rtl;unicode-bidi:isolate;text-align:right;font-family:'Noto Naskh Arabic','Amiri',
'Arial',sans-serif;font-size:18px;line-height:2.1;white-space:pre-wrap}
.arabnews mark{border-radius:4px;padding:1px 3px;unicode-bidi:isolate}
.arabnews mark.an-multi{outline:2px solid #8a8a8a}
.arabnews-legend{direction:ltr;font-family:sans-serif;font-size:13px;margin:6px 0}
.arabnews-legend span{display:inline-block;padding:2px 8px;margin-right:6px;border-radius:4px}
"""


def _colours(layers: tuple[str, ...]) -> dict[str, str]:
    extra = iter(EXTRA_COLOURS * (1 + len(layers) // len(EXTRA_COLOURS)))
    return {layer: COLOURS.get(layer) or next(extra) for layer in layers}


def _describe(layer: str, span: Span) -> str:
    if layer not in _VALUE:
        fields = span.to_dict()
        value = next((fields[k] for k in _GENERIC_VALUE if fields.get(k) not in (None, "")), span.text)
        return f"{layer}: {value}"
    value = getattr(span, _VALUE[layer], None)
    extra = ""
    if isinstance(span, GroupSpan) and span.name:
        extra = f" ({span.name})"
    if isinstance(span, DateSpan):
        extra = f" [{span.type}]"
    if isinstance(span, NumberSpan) and span.unit:
        extra = f" {span.unit}"
    return f"{layer[:-1] if layer != 'entities' else 'entity'}: {value}{extra}"


def render(doc: Document, *, layers: Iterable[str] | None = None, standalone: bool = False) -> str:
    """HTML for ``doc``: ``<div dir="rtl">`` with ``<mark>`` per span, a legend, and a title with the value.

    ``layers`` defaults to every layer of the document, the ones stages added included.

    >>> from arabnews import Document, NumberSpan
    >>> doc = Document("قتل 7 أشخاص")
    >>> doc.numbers.append(NumberSpan(4, 5, "7", "cardinal", 7))
    >>> '<mark class="an-numbers" data-layer="numbers" title="number: 7"' in render(doc)
    True
    """
    layers = tuple(doc.layers) if layers is None else tuple(layers)
    colours = _colours(layers)
    text = doc.text
    spans = [(s.start, s.end, layer, s) for layer in layers for s in doc.layer(layer) if s.end > s.start]
    cuts = sorted({0, len(text), *(p for s, e, _, _ in spans for p in (s, e))})
    covering: list[list[tuple[str, Span]]] = [[] for _ in cuts]
    for s, e, layer, span in spans:
        for k in range(bisect_right(cuts, s) - 1, bisect_right(cuts, e) - 1):
            covering[k].append((layer, span))
    out = [f"<style>{_CSS}</style>", '<div class="arabnews-legend">']
    out += [f'<span style="background:{colours[lay]}">{lay}</span>' for lay in layers]
    out.append('</div><div class="arabnews" dir="rtl" lang="ar">')
    for k in range(len(cuts) - 1):
        piece = html.escape(text[cuts[k]:cuts[k + 1]])
        cover = covering[k]
        if not cover:
            out.append(piece)
            continue
        layer = cover[0][0]
        title = html.escape("; ".join(_describe(lay, sp) for lay, sp in cover), quote=True)
        cls = f"an-{layer}" + (" an-multi" if len(cover) > 1 else "")
        out.append(f'<mark class="{cls}" data-layer="{layer}" title="{title}" '
                   f'style="background:{colours[layer]}">{piece}</mark>')
    out.append("</div>")
    body = "".join(out)
    if standalone:
        return f'<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>arabnews</title></head>' \
               f"<body>{body}</body></html>"
    return body
