"""The token sequences a tagger sees: one per sentence inside each extraction region.

>>> from arabnews import Pipeline
>>> doc = Pipeline([]).make_doc("قصف في حلب. ونزح الناس")
>>> [[t.text for t in toks] for _, toks in tag_sequences(doc)]
[['قصف', 'في', 'حلب', '.'], ['ونزح', 'الناس']]
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from ...document import Document, Part
from ...text.tokenize import Token

#: Longest token sequence handed to the tagger at once (texts without sentence punctuation).
MAX_SEQUENCE = 250


def iter_sequences(doc: Document) -> Iterator[tuple[Part, list[Token]]]:
    """``(part, tokens)`` to tag, one at a time: one per sentence inside each extraction region, cut
    into pieces of at most :data:`MAX_SEQUENCE` tokens.  A long document's Token objects are not all
    built at once (``Document`` keeps only its most recent ones)."""
    sentences = doc.sentences
    ends = [s.end for s in sentences]  # sentences are in text order and do not overlap
    for region in doc.extraction_regions():
        for k in range(bisect_right(ends, region.start), len(sentences)):
            sent = sentences[k]
            if sent.start >= region.end:
                break
            toks = doc.tokens_between(max(sent.start, region.start), min(sent.end, region.end))
            for i in range(0, len(toks), MAX_SEQUENCE):
                yield region.part, toks[i:i + MAX_SEQUENCE]


def tag_sequences(doc: Document) -> list[tuple[Part, list[Token]]]:
    """The sequences of :func:`iter_sequences`, as a list."""
    return list(iter_sequences(doc))
