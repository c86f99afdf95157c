"""Tokenization and sentence splitting on the normalized view, with offsets in the original.

One compiled pattern finds every token in one pass, and no Python code runs per token while a
Document is made: the spans and kinds of the matches go straight into arrays (``Tokens``), and a
:class:`Token` object is built the first time it is read.  Patterns are written so that none can
backtrack more than linearly: repeated classes are possessive and the alternatives that could
restart inside a long run are guarded by a look-behind.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain, islice, repeat
from operator import attrgetter, methodcaller
from typing import Any, Literal, cast, get_args, overload

import numpy as np
import regex

from ..lang.ar.serial import SERIAL
from .clitics import CliticSplit, clitic_splits, is_proclitic
from .normalize import _OFFSET, NP_OFFSET, NormalizedText

_AR = r"[\p{Arabic}&&[\p{L}\p{M}]]"
_TOKEN = regex.compile(
    rf"""(?V1)
    (?=\S)  # every token starts with a non-space: one test rejects a space instead of one per alternative
    (?:
    (?P<word>{_AR}++)
  | (?P<url>(?:https?://|www\.)(?:[^\s<>"«».,;:!?()\[\]'،؛؟…]++|[.,;:!?()\[\]'،؛؟…]++(?=[^\s<>"«».,;:!?()\[\]'،؛؟…]))*+)
  | (?P<email>(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+)
  | (?P<mention>(?<![\w@])@\w++)
  | (?P<hashtag>(?<![\w#])\#(?![\uFE0F\u20E3])\w++)
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


def _class_of(pattern: str, first: int, last: int) -> str:
    """The characters from U+``first`` to U+``last`` that ``regex`` ``pattern`` (one character)
    matches, as the body of a character class of the standard library's ``re``."""
    chars = "".join(map(chr, range(first, last + 1)))
    runs = [(first + m.start(), first + m.end() - 1) for m in regex.finditer(f"(?:{pattern})++", chars)]
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in runs)


#: Punctuation of news text the fast path reads itself (each a ``\p{P}`` token of :data:`_TOKEN`).
_FAST_PUNCT = "".join(c for c in "،؛؟.!?:()\"«»-%'[]/…,٫٬*" if regex.fullmatch(r"(?V1)\p{P}", c)
                      and not regex.fullmatch(r"(?V1)[\s\w\p{S}#@]", c))
#: The Arabic letters and marks of :data:`_TOKEN`'s words in the Arabic blocks (U+0600–U+08FF).
_FAST_AR = _class_of(r"(?V1)[\p{Arabic}&&[\p{L}\p{M}]]", 0x600, 0x8FF)
#: The same, public: an ``re`` class body of characters every one of which a word token holds and never ends
#: before (the dates stage's anchor scan reads a word's end by it).
WORD_CLASS_AR = _FAST_AR
_FAST_SIMPLE = _FAST_AR + "0-9" + re.escape(_FAST_PUNCT)
_FAST_SPACE = " \t\n\r\f\v"  # white space for both engines
#: The token pattern for the text most news is made of: white-space-separated chunks of Arabic words,
#: ASCII digits and common punctuation, read with the standard library's ``re`` (some 2.5x faster
#: than ``regex`` on news).  Within such a chunk ``_TOKEN`` can only find these words, numbers and
#: punctuation (no URL, e-mail, mention, hashtag, emoji, Latin or other letters: their characters are
#: not in it), and this pattern finds them the same way.  Any other chunk is one ``complex`` match,
#: which :meth:`Tokens.of` tokenizes with ``_TOKEN``: a token never spans white space, so the chunks'
#: tokens are the text's.  A chunk is tested for ``complex`` only where it starts (after white space):
#: a chunk found simple there is simple to its end, and testing again after each of its tokens would
#: read the rest of the chunk once per token ("-" * 40_000 or "1/2/" * 10_000: quadratic, seconds).
_FAST = re.compile(
    rf"""
    (?=[^{_FAST_SPACE}])
    (?:
    (?P<complex>(?<![^{_FAST_SPACE}])(?=[{_FAST_SIMPLE}]*+[^{_FAST_SIMPLE}{_FAST_SPACE}])[^{_FAST_SPACE}]++)
  | (?P<word>[{_FAST_AR}]++)
  | (?P<number>[0-9]{{1,3}}(?:[,٬][0-9]{{3}})++(?:[.٫][0-9]++)?+(?![0-9]) | [0-9]++(?:[.٫][0-9]++)?+)
  | (?P<punct>[.!?؟]++|[{re.escape(_FAST_PUNCT)}])
    )""",
    re.VERBOSE,
)

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


#: The kind of each group of the token pattern, by group number (``Match.lastindex``).
_KIND_OF_GROUP: dict[int, str] = {index: name for name, index in _TOKEN.groupindex.items()}
#: Kind codes of ``Tokens``: the pattern's groups, then "clitic" (a word that is only proclitics + tatweel).
_KIND_NAMES = cast(tuple[TokenKind, ...], tuple(_KIND_OF_GROUP.get(i, "other") for i in range(max(_KIND_OF_GROUP) + 1))
                   + ("clitic",))
_CLITIC = len(_KIND_NAMES) - 1
#: Kind name → its code in :attr:`Tokens.kind_codes`.
KIND_CODES: dict[TokenKind, int] = {name: i for i, name in enumerate(_KIND_NAMES) if i}  # 0 is no group
#: ``bytes.translate`` table of the kind codes: 1 for a word, 0 otherwise (see :meth:`Tokens.word_mask`).
_IS_WORD = bytes(int(k == KIND_CODES["word"]) for k in range(256))
_WORD = _TOKEN.groupindex["word"]
_PUNCT = _TOKEN.groupindex["punct"]
_LATIN = _TOKEN.groupindex["latin"]


def _latin_period(original: str, before: tuple[int, int], dot_end: int, after: int | None) -> bool:
    """Does the period right after the Latin word at ``before`` (its original start and end) end no sentence:
    after an initial, a one letter before a Latin word (``after``: that word's original start, None when the
    next token is none) or after another initial ("J.K. Rowling", "J. Rowling", "e.g."), or between two Latin
    words written together, the second in lower case ("Phys.org", "www.bbc.com")?  A letter alone before Arabic
    text ends one ("لوحة مفاتيح F." + "وفاز")."""
    start, end = before
    if end - start == 1:
        return after is not None or (start >= 2 and original[start - 1] == "." and _is_latin(original[start - 2]))
    return after == dot_end and original[dot_end].islower()


def _is_latin(char: str) -> bool:
    """Is ``char`` a Latin letter (basic or accented: "e", "É")?"""
    return char.isalpha() and char < "\u0250"
#: A complex chunk of the fast pattern, among kind codes (no kind has this code).
_COMPLEX = 255
#: The fast pattern's group number → the kind code of the same group of ``_TOKEN``.
_FAST_KINDS = bytes(_TOKEN.groupindex[name] if name in _TOKEN.groupindex else _COMPLEX
                    for name in ["", *sorted(_FAST.groupindex, key=_FAST.groupindex.__getitem__)]).ljust(256, b"\0")
_TATWEEL_RUN = re.compile("\u0640+")
_NEWLINE = re.compile("\n")
_SENTENCE_END_CHAR = re.compile("[.!?؟]")
_CHUNK = 8192  # matches handled at a time: bounds the memory of the Match objects of a long text
_TOKENS_PER_CHUNK = 1024  # Token objects are built and kept this many at a time
#: At most this many chunks of Token objects are kept: 16 K tokens, about 150 KB of text (some 4 MB of
#: objects).  An article fits many times over; a longer document's Token objects are built again by a
#: stage that walks it a second time (entities, events), which costs less than holding them all (a
#: 5 MB document has half a million, about 100 MB with their offsets).  On that document 64 chunks
#: peaked at 300 MB RSS and 16 at 288 MB, building 9 % more Token objects (1.35 M for 0.52 M tokens).
_CHUNKS_KEPT = 16
_TOKENS_KEPT = _CHUNKS_KEPT * _TOKENS_PER_CHUNK
_span = methodcaller("span")
#: A Token with no field set yet (``object.__new__``: :class:`Token` has no ``__new__`` of its own).
_new_token = Token.__new__
_lastindex = attrgetter("lastindex")


def _complex_chunks(norm: str, nspans: array, kinds: bytearray) -> tuple[array, bytearray]:
    """``nspans`` and ``kinds`` with each complex chunk replaced by its tokens by ``_TOKEN`` (the
    characters before and after a chunk are white space: its tokens are those of the whole text)."""
    out_spans = array(_OFFSET)
    out_kinds = bytearray()
    finditer = _TOKEN.finditer
    prev = 0
    i = kinds.find(_COMPLEX)
    while i != -1:
        out_spans.extend(nspans[2 * prev:2 * i])
        out_kinds += kinds[prev:i]
        found = list(finditer(norm, nspans[2 * i], nspans[2 * i + 1], False, SERIAL))
        out_spans.extend(chain.from_iterable(map(_span, found)))
        out_kinds.extend(map(_lastindex, found))
        prev = i + 1
        i = kinds.find(_COMPLEX, prev)
    out_spans.extend(nspans[2 * prev:])
    out_kinds += kinds[prev:]
    return out_spans, out_kinds


class Tokens(Sequence[Token]):
    """The tokens of a normalized view, stored compactly: the original and normalized span of every
    token in two arrays and its kind in a byte string.  A :class:`Token` is built the first time it
    is read and kept; a token's ``text`` and ``norm`` strings are shared between equal words.

    It is a read-only sequence of :class:`Token` (compares equal to the list of the same tokens).
    """

    __slots__ = ("_chunks", "_kinds", "_nspans", "_spans", "_strings", "_view")

    def __init__(self, view: NormalizedText, spans: array, nspans: array, kinds: bytes | bytearray) -> None:
        self._view = view
        self._spans = spans  # start0, end0, start1, end1, ... in the original text
        self._nspans = nspans  # the same in the normalized view (the same array when the view is the original)
        self._kinds = bytes(kinds)
        self._chunks: dict[int, list[Token]] = {}  # Token objects of recently read chunks, oldest first
        self._strings: dict[str, str] = {}

    @classmethod
    def of(cls, view: NormalizedText, *, fast: bool = True) -> Tokens:
        """Tokenize ``view``: one pass of the token pattern, no Python code per token.  With ``fast``
        (the default) the pass is that of the fast pattern, and only its complex chunks are read with
        ``_TOKEN`` (the same tokens: ``fast=False`` reads the whole text with ``_TOKEN``)."""
        norm = view.text
        nspans = array(_OFFSET)
        kinds = bytearray()
        matches = (_FAST if fast else _TOKEN).finditer(norm)
        while chunk := list(islice(matches, _CHUNK)):
            # the offsets converted by numpy: array.extend parses every int as a call argument
            nspans.frombytes(np.fromiter(chain.from_iterable(map(_span, chunk)), NP_OFFSET, 2 * len(chunk)).tobytes())
            kinds.extend(map(_lastindex, chunk))
        if fast:
            kinds = bytearray(kinds.translate(_FAST_KINDS))
            if _COMPLEX in kinds:
                nspans, kinds = _complex_chunks(norm, nspans, kinds)
        spans = view.spans_to_original(nspans)
        original = view.original
        if "\u0640" in original:  # "الـ": a word of proclitics written with tatweel is a detached clitic
            ends = spans[1::2]
            for m in _TATWEEL_RUN.finditer(original):
                i = bisect_left(ends, m.end())
                if i < len(kinds) and ends[i] == m.end() and kinds[i] == _WORD:
                    word = norm[nspans[2 * i]:nspans[2 * i + 1]]
                    if is_proclitic(word.replace("\u0640", "")):
                        kinds[i] = _CLITIC
        return cls(view, spans, nspans, kinds)

    # -- the sequence ----------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._kinds)

    @overload
    def __getitem__(self, i: int) -> Token: ...

    @overload
    def __getitem__(self, i: slice) -> list[Token]: ...

    def __getitem__(self, i: int | slice) -> Token | list[Token]:
        n = len(self._kinds)
        if isinstance(i, slice):
            lo, hi, step = i.indices(n)
            if step != 1:
                return [self[k] for k in range(lo, hi, step)]
            out: list[Token] = []
            while lo < hi:
                part = self._part(lo, hi)
                out += part
                lo += len(part)
            return out
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("token index out of range")
        c, k = divmod(i, _TOKENS_PER_CHUNK)
        chunk = self._chunks.get(c)
        return (chunk if chunk is not None else self._chunk(c))[k]

    def _part(self, lo: int, hi: int) -> list[Token]:
        """Tokens from ``lo`` to at most ``hi``, up to the end of ``lo``'s chunk: from the kept chunks,
        or in a document of more tokens than are kept, built for this read only when the chunk is not
        kept (a stage that reads its sentences here and there then builds only their tokens, and one
        that walks the whole document builds each token once, as it would the chunks)."""
        c, k = divmod(lo, _TOKENS_PER_CHUNK)
        chunk = self._chunks.get(c)
        if chunk is None:
            if not self.keeps_all:
                return self._make(lo, min(hi, (c + 1) * _TOKENS_PER_CHUNK))
            chunk = self._chunk(c)
        return chunk[k:k + hi - lo]

    def _chunk(self, c: int) -> list[Token]:
        """The Token objects of chunk ``c``, built if they are not kept.  Only the last
        ``_CHUNKS_KEPT`` chunks read are kept: a long document never holds all its Token objects."""
        chunk = self._chunks.get(c)
        if chunk is None:
            chunks = self._chunks
            if len(chunks) >= _CHUNKS_KEPT:
                del chunks[next(iter(chunks))]
            lo = c * _TOKENS_PER_CHUNK
            hi = min(lo + _TOKENS_PER_CHUNK, len(self._kinds))
            chunk = chunks[c] = self._make(lo, hi)
        return chunk

    def _make(self, lo: int, hi: int) -> list[Token]:
        """New Token objects for tokens ``lo`` to ``hi``; equal strings are one object.  The offsets
        column by column (slices of the span arrays), then one loop that slices each token's strings
        and sets the fields of a bare Token: the same objects as ``Token(start, end, text, norm, kind,
        nstart, view)`` (its ``__init__`` only sets the fields) without a call of ``__init__`` and of
        ``str.__getitem__`` per token (some 30% fewer instructions than ``map`` over the columns)."""
        view = self._view
        original, normalized = view.original, view.text
        spans, nspans = self._spans, self._nspans
        # equal strings shared through the document's table; in a document of more tokens than are kept,
        # within these tokens only (they do not live long: a table of all its words would outlive them)
        intern = (self._strings if self.keeps_all else {}).setdefault
        starts = spans[2 * lo:2 * hi:2].tolist()
        ends = spans[2 * lo + 1:2 * hi:2].tolist()
        if spans is nspans:  # the view has the original's offsets (its characters may differ)
            nstarts, nends = starts, ends
        else:
            ns = nspans[2 * lo:2 * hi:2].tolist()
            nstarts = [s if n == s else n for s, n in zip(starts, ns, strict=True)]
            nends = nspans[2 * lo + 1:2 * hi:2].tolist()
        kinds = map(_KIND_NAMES.__getitem__, self._kinds[lo:hi])
        made = list(map(_new_token, repeat(Token, hi - lo)))
        for tok, start, end, kind, nstart, nend in zip(made, starts, ends, kinds, nstarts, nends, strict=True):
            text = original[start:end]
            tok.text = text = intern(text, text)
            norm = normalized[nstart:nend]
            # a norm equal to its text (most are) is that text's object, found without hashing the norm
            tok.norm = text if norm == text else intern(norm, norm)
            tok.start = start
            tok.end = end
            tok.kind = kind
            tok.nstart = nstart
            tok._view = view
        return made

    def __iter__(self) -> Iterator[Token]:
        # the chunks one after the other, each built when it is reached; read in C (a generator
        # resumed its frame for every token)
        chunks = range((len(self._kinds) + _TOKENS_PER_CHUNK - 1) // _TOKENS_PER_CHUNK)
        return chain.from_iterable(map(self._chunk, chunks))

    def window(self, lo: int, hi: int) -> TokenWindow:
        """Tokens ``lo`` to ``hi`` as a lazy sequence (``self[lo:hi]`` without building a list)."""
        return TokenWindow(self, lo, hi)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Tokens):
            other = list(other)
        return isinstance(other, list) and list(self) == other

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(list(self))

    def __reduce__(self) -> tuple[Any, ...]:
        # the arrays, not the Token objects: a Document sent between processes stays small
        return (Tokens, (self._view, self._spans, self._nspans, self._kinds))

    # -- columns ---------------------------------------------------------------------------------
    @property
    def starts(self) -> array:
        """The original start offset of every token (sorted)."""
        return self._spans[0::2]

    @property
    def ends(self) -> array:
        """The original end offset of every token (sorted)."""
        return self._spans[1::2]

    @property
    def keeps_all(self) -> bool:
        """Are all the Token objects, once built, kept (a document of no more tokens than are kept)?"""
        return len(self._kinds) <= _TOKENS_KEPT

    @property
    def spans(self) -> array:
        """Start and end of every token in the original text, flat: ``start0, end0, start1, ...``."""
        return self._spans

    @property
    def nspans(self) -> array:
        """Start and end of every token in the normalized view, flat: ``start0, end0, start1, ...``."""
        return self._nspans

    @property
    def kind_codes(self) -> bytes:
        """The kind of every token as a code: ``KIND_CODES[kind]``."""
        return self._kinds

    def word_mask(self, lo: int = 0, hi: int | None = None) -> bytes:
        """One byte per token of ``lo``–``hi``, 1 for a word and 0 for any other kind, read off the kind
        column in C (no Token built): ``itertools.compress`` picks the words' indexes or tokens with it."""
        return self._kinds[lo:hi].translate(_IS_WORD)

    def end_of(self, i: int) -> int:
        """The original end offset of token ``i``, without building the token."""
        return self._spans[2 * i + 1]

    def kind_at(self, i: int) -> TokenKind:
        """The kind of token ``i``, without building the token."""
        return _KIND_NAMES[self._kinds[i]]

    def to_dicts(self) -> list[dict[str, Any]]:
        """``[t.to_dict() for t in self]``."""
        return [t.to_dict() for t in self]

    # -- sentences -------------------------------------------------------------------------------
    def sentences(self) -> list[Sentence]:
        """:func:`split_sentences` of these tokens, found from the line breaks and sentence-final
        punctuation of the text rather than by visiting every token."""
        n = len(self._kinds)
        if not n:
            return []
        original, norm = self._view.original, self._view.text
        spans, nspans, kinds = self._spans, self._nspans, self._kinds
        starts = spans[0::2]
        breaks: set[int] = set()  # tokens with a line break between them and the token before
        for m in _NEWLINE.finditer(original):
            i = bisect_right(starts, m.start())
            if 0 < i < n:
                breaks.add(i)
        enders: set[int] = set()  # sentence-final punctuation tokens
        nstarts = nspans[0::2] if nspans is not spans else starts
        for m in _SENTENCE_END_CHAR.finditer(norm):
            i = bisect_left(nstarts, m.start())
            if i < n and nstarts[i] == m.start() and kinds[i] == _PUNCT and i not in enders:
                abbrev = (i > 0 and nspans[2 * i + 1] - nspans[2 * i] == 1 and norm[nspans[2 * i]] == "."
                          and spans[2 * i - 1] == spans[2 * i]
                          and ((kinds[i - 1] == _WORD and nspans[2 * i - 1] - nspans[2 * i - 2] == 1)
                               or (kinds[i - 1] == _LATIN and _latin_period(
                                   original, (spans[2 * i - 2], spans[2 * i - 1]), spans[2 * i + 1],
                                   spans[2 * i + 2] if i + 1 < n and kinds[i + 1] == _LATIN else None))))
                if not abbrev:
                    enders.add(i)
        sentences: list[Sentence] = []
        first = 0  # the first token of the open sentence
        for i in sorted(breaks | enders):
            if i in breaks and first < i:
                sentences.append(Sentence(spans[2 * first], spans[2 * i - 1]))
                first = i
            if i in enders:
                sentences.append(Sentence(spans[2 * first], spans[2 * i + 1]))
                first = i + 1
        if first < n:
            sentences.append(Sentence(spans[2 * first], spans[2 * n - 1]))
        return sentences


class TokenWindow(Sequence[Token]):
    """A stretch ``[lo, hi)`` of :class:`Tokens`, read lazily: iterating it over a whole long
    document keeps only the recently read Token objects alive.  Compares equal to the list of its tokens."""

    __slots__ = ("_hi", "_lo", "_tokens")

    def __init__(self, tokens: Tokens, lo: int, hi: int) -> None:
        self._tokens, self._lo, self._hi = tokens, lo, max(lo, hi)

    def __len__(self) -> int:
        return self._hi - self._lo

    @overload
    def __getitem__(self, i: int) -> Token: ...

    @overload
    def __getitem__(self, i: slice) -> list[Token]: ...

    def __getitem__(self, i: int | slice) -> Token | list[Token]:
        n = self._hi - self._lo
        if isinstance(i, slice):
            lo, hi, step = i.indices(n)
            if step != 1:
                return [self[k] for k in range(lo, hi, step)]
            return self._tokens[self._lo + lo:self._lo + max(lo, hi)]
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("token index out of range")
        return self._tokens[self._lo + i]

    def __iter__(self) -> Iterator[Token]:
        tokens, lo, hi = self._tokens, self._lo, self._hi
        while lo < hi:
            part = tokens._part(lo, hi)
            yield from part
            lo += len(part)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (Tokens, TokenWindow)):
            other = list(other)
        return isinstance(other, list) and list(self) == other

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(list(self))


def tokenize_view(view: NormalizedText) -> list[Token]:
    """Tokens of a normalized view, with original offsets, as a list (the pipeline keeps the compact
    :class:`Tokens` of ``Tokens.of(view)`` instead)."""
    return list(Tokens.of(view))


def split_sentences(original: str, tokens: Sequence[Token]) -> list[Sentence]:
    """Sentences end after . ! ? ؟ and at line breaks (scraped pages put one paragraph per line).

    A period after a one-letter word ("د." for doctor) does not end a sentence, nor one after a Latin initial
    ("J.K. Rowling", "e.g.") or inside a Latin name ("Phys.org", "www.bbc.com"): :func:`_latin_period`.
    """
    if isinstance(tokens, Tokens) and tokens._view.original is original:
        return tokens.sentences()
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
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            abbrev = (tok.norm == "." and before is not None and before.end == tok.start
                      and ((before.kind == "word" and len(before.norm) == 1)
                           or (before.kind == "latin" and _latin_period(
                               original, (before.start, before.end), tok.end,
                               after.start if after is not None and after.kind == "latin" else None))))
            if not abbrev:
                sentences.append(Sentence(first.start, tok.end))
                first = None
        prev = tok
    if first is not None and prev is not None:
        sentences.append(Sentence(first.start, prev.end))
    return sentences
