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
from ...text.tokenize import KIND_CODES, Token, TokenKind, Tokens

#: Longest token sequence handed to the tagger at once (texts without sentence punctuation).
MAX_SEQUENCE = 250
#: Token kinds the tagger never sees: a post's emoji and links are no words of its sentence, and as
#: features they swayed the tags of the words beside them ("قبالة سواحل جرجيس 🚨" lost its place).
_UNSEEN: tuple[TokenKind, ...] = ("emoji", "url", "email")
UNSEEN_KINDS: frozenset[str] = frozenset(_UNSEEN)
_UNSEEN_CODES = bytes(KIND_CODES[k] for k in _UNSEEN)


def has_unseen(doc: Document) -> bool:
    """Does ``doc`` hold an emoji, a URL or an e-mail address (read off the token kinds in C: news mostly has none)?"""
    tokens = doc.tokens
    if isinstance(tokens, Tokens):
        codes = tokens.kind_codes
        return any(codes.find(c) >= 0 for c in _UNSEEN_CODES)
    return any(t.kind in UNSEEN_KINDS for t in tokens)


def seen(toks: list[Token]) -> list[Token]:
    """``toks`` without the emoji, URLs and e-mail addresses the tagger does not see."""
    return [t for t in toks if t.kind not in UNSEEN_KINDS]


def iter_sequences(doc: Document) -> Iterator[tuple[Part, list[Token]]]:
    """``(part, tokens)`` to tag, one at a time: one per sentence inside each extraction region, cut
    into pieces of at most :data:`MAX_SEQUENCE` tokens.  A long document's Token objects are not all
    built at once (``Document`` keeps only its most recent ones)."""
    sentences = doc.sentences
    ends = [s.end for s in sentences]  # sentences are in text order and do not overlap
    unseen = has_unseen(doc)
    for region in doc.extraction_regions():
        for k in range(bisect_right(ends, region.start), len(sentences)):
            sent = sentences[k]
            if sent.start >= region.end:
                break
            toks = doc.tokens_between(max(sent.start, region.start), min(sent.end, region.end))
            if unseen:
                toks = seen(toks)
            for i in range(0, len(toks), MAX_SEQUENCE):
                yield region.part, toks[i:i + MAX_SEQUENCE]


def tag_sequences(doc: Document) -> list[tuple[Part, list[Token]]]:
    """The sequences of :func:`iter_sequences`, as a list."""
    return list(iter_sequences(doc))
