"""Tokenization and sentence splitting on the normalized view, with offsets in the original.

One compiled pattern finds every token in one pass (no per-character Python work).  Patterns are
written so that none can backtrack more than linearly: repeated classes are possessive and the
alternatives that could restart inside a long run are guarded by a look-behind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, cast, get_args

import regex

from .clitics import CliticSplit, clitic_splits, is_proclitic
from .normalize import NormalizedText

_AR = r"[\p{Arabic}&&[\p{L}\p{M}]]"
_TOKEN = regex.compile(
    rf"""(?V1)
    \s*+  # whitespace is skipped inside the match: one regex call per token, not one per space
    (?:
    (?P<word>{_AR}++)
  | (?P<url>(?:https?://|www\.)(?:[^\s<>"«».,;:!?()\[\]'،؛؟…]++|[.,;:!?()\[\]'،؛؟…]++(?=[^\s<>"«».,;:!?()\[\]'،؛؟…]))*+)
  | (?P<email>(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+)
  | (?P<mention>(?<![\w@])@\w++)
  | (?P<hashtag>(?<![\w#])\#\w++)
  | (?P<emoji>\p{{Regional_Indicator}}{{2}}
      | [\#*0-9]\uFE0F?\u20E3
      | \p{{Extended_Pictographic}}[\uFE0E\uFE0F]?[\U0001F3FB-\U0001F3FF]?
        (?:\u200d\p{{Extended_Pictographic}}[\uFE0E\uFE0F]?[\U0001F3FB-\U0001F3FF]?)*+)
  | (?P<number>\d{{1,3}}(?:[,٬]\d{{3}})++(?:[.٫]\d++)?+(?!\d) | \d++(?:[.٫]\d++)?+)
  | (?P<latin>\p{{Latin}}[\p{{Latin}}\p{{M}}\d]*+)
  | (?P<foreign>[\p{{L}}\p{{M}}]++)
  | (?P<punct>[.!?؟]++|\p{{P}})
  | (?P<symbol>\p{{S}})
  | (?P<other>[^\s\p{{C}}])
    )""",
    regex.VERBOSE,
)
_SENTENCE_END = frozenset(".!?؟")

#: The kind of a token.
TokenKind = Literal["word", "clitic", "number", "latin", "foreign", "punct", "symbol", "emoji",
                    "url", "email", "mention", "hashtag", "other"]
#: Token kinds, as found in ``Token.kind``.
KINDS: tuple[TokenKind, ...] = get_args(TokenKind)


@dataclass(slots=True)
class Token:
    """A token: ``text`` is ``original[start:end]``, ``norm`` its normalized form.

    ``kind`` is one of :data:`KINDS`; "clitic" marks a detached prefix written with tatweel, such as
    the "الـ" of "الـ 46".
    """

    start: int
    end: int
    text: str
    norm: str
    kind: TokenKind
    nstart: int = field(default=0, repr=False)  # offset of ``norm`` in the normalized view
    _view: NormalizedText | None = field(default=None, repr=False, compare=False)

    def clitic_splits(self) -> list[CliticSplit]:
        """The proclitic readings of this word (see :func:`arabnews.text.clitics.clitic_splits`)."""
        return clitic_splits(self.norm) if self.kind == "word" else [CliticSplit("", self.norm, False, 0)]

    def stem_start(self, split: CliticSplit) -> int:
        """Original offset where the stem of ``split`` begins: 'بحلب' → the offset of 'ح'."""
        if split.offset == 0:
            return self.start
        if self._view is None:
            return self.start + split.offset
        return self._view.start_of(self.nstart + split.offset)

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "norm": self.norm, "kind": self.kind}


@dataclass(slots=True)
class Sentence:
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end}


def tokenize_view(view: NormalizedText) -> list[Token]:
    """Tokens of a normalized view, with original offsets."""
    original = view.original
    norm = view.text
    starts, ends = view._starts, view._ends
    tokens: list[Token] = []
    append = tokens.append
    for m in _TOKEN.finditer(norm):
        kind = m.lastgroup
        if kind is None:  # trailing whitespace only
            continue
        ns, ne = m.span(kind)
        if starts is None or ends is None:  # no map: the view has the original's offsets
            s, e = ns, ne
        else:
            s, e = starts[ns], ends[ne - 1]
        tnorm = norm[ns:ne]
        if kind == "word" and original[e - 1] == "\u0640" and is_proclitic(tnorm.replace("\u0640", "")):
            kind = "clitic"
        append(Token(s, e, original[s:e], tnorm, cast(TokenKind, kind), ns, view))
    return tokens


def split_sentences(original: str, tokens: list[Token]) -> list[Sentence]:
    """Sentences end after . ! ? ؟ and at line breaks (scraped pages put one paragraph per line).

    A period after a one-letter word ("د." for doctor) does not end a sentence.
    """
    sentences: list[Sentence] = []
    first = None
    prev: Token | None = None
    for i, tok in enumerate(tokens):
        if first is None:
            first = tok
        elif prev is not None and "\n" in original[prev.end:tok.start]:
            sentences.append(Sentence(first.start, prev.end))
            first = tok
        if tok.kind == "punct" and tok.norm[0] in _SENTENCE_END:
            before = tokens[i - 1] if i else None
            abbrev = (tok.norm == "." and before is not None and before.kind == "word"
                      and len(before.norm) == 1 and before.end == tok.start)
            if not abbrev:
                sentences.append(Sentence(first.start, tok.end))
                first = None
        prev = tok
    if first is not None and prev is not None:
        sentences.append(Sentence(first.start, prev.end))
    return sentences
