"""Which sentence of a document is its headline.

A news page opens with a headline line: a title part, or a first line of its own with no closing mark
("المهدية : إيقاف إمرأة وابنتها بتهمة تسريب مخدرات إلى السجن" ¶ …). Layers read it differently from
prose — an event it names is retold in the body; a name it gives has no sentence around it — so they
share this one test.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..document import Document

__all__ = ["headline_sentence"]

#: Marks that end a sentence of prose, not a headline.
_PROSE_END = ".!؟?…"
#: The marks a headline may end with, and the most words such a headline has.
_HEADLINE_MARKS = "!؟?"
_HEADLINE_WORDS = 16


def headline_sentence(doc: Document) -> int | None:
    """The index of the document's headline sentence, or None: the title part's first sentence, or a first
    sentence that is a line of its own with no closing mark and text after it ("المهدية : إيقاف إمرأة وابنتها
    بتهمة تسريب مخدرات إلى السجن" ¶ …)."""
    sentences = doc.sentences
    if len(sentences) < 2:
        return None
    first = sentences[0]
    if doc.part_at(first.start) == "title":
        return 0
    text = doc.text
    surface = text[first.start:first.end].rstrip()
    after = text[first.end:sentences[1].start]
    if not surface or "\n" not in after:
        return None
    if surface[-1] in _PROSE_END and not (surface[-1] in _HEADLINE_MARKS and len(surface.split()) <= _HEADLINE_WORDS):
        return None  # (a short line that exclaims or asks is a headline: "إيقاف مدير مدرسة بتهمة اغتصاب ابنته
        # والتسبب في حملها !", "محاولة اختطاف أستاذة في بوحجلة !"; session 38)
    return 0
