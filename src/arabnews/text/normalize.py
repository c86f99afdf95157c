"""Offset-preserving normalization of Arabic text.

``normalize_with_map`` returns the normalized string together with an exact map from every
normalized character back to the original text, so that spans found on the normalized view can be
reported in original offsets.  Deleted marks (diacritics, tatweel) are attached to the character
before them, so a span over "مبانٍ" in the view covers the tanween in the original too.

The primitives of pyarabic and camel-tools are not used for the view itself: ``pyarabic``'s
``normalize_alef`` also folds ى into ا and its ``normalize_hamza`` collapses every carrier to ء, and
camel-tools' ``arclean`` is not length-preserving; none of them reports where characters went.
"""

from __future__ import annotations

import html
import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import regex

from ..lang.ar.data import load
from ..lang.schema import MapOf, Record, Words

#: The options of :func:`normalize`, with their defaults.
DEFAULTS: Mapping[str, bool] = {
    "diacritics": True,  # remove tashkeel: fatha … sukun, shadda, tanween, superscript alef, Quranic marks
    "tatweel": True,  # remove kashida U+0640
    "alef": True,  # أ إ آ ٱ → ا
    "alef_maqsura": True,  # ى → ي
    "ta_marbuta": False,  # ة → ه
    "hamza": False,  # ؤ → و, ئ → ي
    "persian": True,  # ک ی ہ ە → ك ي ه
    "presentation_forms": True,  # U+FB50–FDFF, U+FE70–FEFF → base letters (NFKC)
    "digits": True,  # ٠١٢ / ۰۱۲ → 012, ٫ → ., ٬ → ,, ٪ → %
    "punctuation": False,  # ، ؛ ؟ → , ; ?
    "invisible": True,  # zero-width and bidi marks removed (a ZWJ inside an emoji sequence is kept)
    "html_entities": True,  # &quot; &amp; &#1604; &#x644; &nbsp; … decoded (scraped text), even when escaped twice
}

#: An HTML character reference with its semicolon: named (&quot;), decimal (&#1604;) or hex (&#x644;).
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: Text escaped more than this many times is left as it is after that many decodings.
_ENTITY_PASSES = 3

_CHARS = MapOf(str, str)  # code point (hex) → replacement: a code point (hex) or literal text
#: The shape of ``resources/normalization.json``: character ranges ("064B-065F") and character maps.
_SCHEMA = Record({
    "diacritics": Words, "tatweel": Words, "invisible": Words, "presentation_forms": Words,
    "alef": _CHARS, "alef_maqsura": _CHARS, "ta_marbuta": _CHARS, "hamza": _CHARS, "persian": _CHARS,
    "digits": _CHARS, "punctuation": _CHARS,
})

#: Offsets of the normalization maps: 4 bytes each (a text is far below 2**31 characters).
_OFFSET = "i"
#: numpy's type of an item of ``array(_OFFSET)`` (a C int): offset columns are computed in numpy, whose
#: conversion of ints costs a tenth of ``array``'s (that parses each item as a call argument)
NP_OFFSET = np.dtype(np.intc)
#: Up to this many offsets (two a span), ``NormalizedText.spans_to_original`` maps the spans one by one
#: in Python rather than in numpy (the same offsets; numpy's fixed cost per call dominates a short text).
_FEW_SPANS = 32

_ZWJ = "\u200d"
_TATWEEL = "\u0640"
# A ZWJ that joins two pictographs belongs to the emoji, not to the text's direction handling.
_EMOJI_ZWJ = regex.compile(
    r"(?<=\p{Extended_Pictographic}[\uFE0E\uFE0F\U0001F3FB-\U0001F3FF]?)\u200d(?=\p{Extended_Pictographic})"
)


def _expand(ranges: list[str]) -> list[str]:
    chars: list[str] = []
    for item in ranges:
        lo, _, hi = item.partition("-")
        for cp in range(int(lo, 16), int(hi or lo, 16) + 1):
            chars.append(chr(cp))
    return chars


def _presentation_form(ch: str) -> str | None:
    folded = unicodedata.normalize("NFKC", ch)
    if folded == ch:
        return None
    # Isolated tashkeel forms (U+FE70–FE7F, U+FC5E–FC63) decompose to a space + the mark; keep the mark.
    if folded[:1] == " " and all(unicodedata.combining(c) for c in folded[1:]):
        folded = folded[1:]
    return folded


@dataclass(frozen=True, slots=True)
class _Tables:
    translate: dict[int, str]  # every character the options change (ZWJ excluded: it is contextual)
    resize: re.Pattern[str]  # runs of characters whose replacement is not exactly one character
    attach: frozenset[str]  # deleted characters that belong to the character before them
    #: the characters ``translate`` replaces by one other character, and a pattern finding them (None
    #: when a replacement is itself replaced: then only ``str.translate`` maps them in one pass)
    single: dict[str, str]
    single_chars: re.Pattern[str] | None


def _one_to_one(text: str, tables: _Tables) -> str:
    """``text`` with the characters that ``tables`` replaces one for one replaced (``resize`` characters
    are left as they are): as ``text.translate(tables.translate)`` on a text without them.  A few
    distinct characters change in news text (أ إ آ ى…): ``str.replace`` per character present is several
    times faster than ``str.translate``, which looks every character of the text up in a dict."""
    pattern = tables.single_chars
    if pattern is None:
        return text.translate({k: v for k, v in tables.translate.items() if chr(k) in tables.single})
    single = tables.single
    for ch in set(pattern.findall(text)):
        text = text.replace(ch, single[ch])
    return text


@lru_cache(maxsize=64)
def _tables(options: tuple[tuple[str, bool], ...]) -> _Tables:
    opts = dict(options)
    data = load("normalization.json", _SCHEMA)
    raw: dict[str, str] = {}
    attach: set[str] = set()
    if opts["presentation_forms"]:
        for ch in _expand(data["presentation_forms"]):
            folded = _presentation_form(ch)
            if folded is not None:
                raw[ch] = folded
    for name in ("alef", "alef_maqsura", "ta_marbuta", "hamza", "persian", "digits", "punctuation"):
        if opts[name]:
            raw.update({chr(int(k, 16)): chr(int(v, 16)) if len(v) == 4 else v for k, v in data[name].items()})
    for name in ("diacritics", "tatweel"):
        if opts[name]:
            for ch in _expand(data[name]):
                raw[ch] = ""
                attach.add(ch)
    if opts["invisible"]:
        for ch in _expand(data["invisible"]):
            raw[ch] = ""

    def final(s: str, depth: int = 0) -> str:
        # Compose the maps so that every output character is a fixed point: that makes
        # normalize() idempotent (e.g. ﻷ → لأ → لا when both forms and alef are on).
        out = "".join(raw.get(c, c) for c in s)
        return out if out == s or depth > 4 else final(out, depth + 1)

    table = {c: final(r) for c, r in raw.items()}
    # The ZWJ stays out of the translate table (it is kept inside emoji sequences) but is found by
    # the resize pattern, whose loop decides from its context.
    resize_chars = sorted({c for c, r in table.items() if len(r) != 1} | ({_ZWJ} if _ZWJ in table else set()))
    table.pop(_ZWJ, None)
    # A plain character class: the standard library's re scans for it ~10x faster than regex does.
    pattern = "[" + "".join(re.escape(c) for c in resize_chars) + "]+" if resize_chars else r"(?!)"
    single = {c: r for c, r in table.items() if len(r) == 1 and r != c}
    # chained replacements equal one translation only when no replacement is itself replaced
    chainable = not any(r in single for r in single.values())
    chars = "[" + "".join(re.escape(c) for c in sorted(single)) + "]" if single else r"(?!)"
    return _Tables(
        translate={ord(c): r for c, r in table.items()},
        resize=re.compile(pattern),
        attach=frozenset(attach),
        single=single,
        single_chars=re.compile(chars) if chainable else None,
    )


def _options(options: Mapping[str, object]) -> tuple[tuple[str, bool], ...]:
    unknown = sorted(set(options) - set(DEFAULTS))
    if unknown:
        raise TypeError(f"normalize() got unknown option(s) {unknown}; known options: {sorted(DEFAULTS)}")
    merged = dict(DEFAULTS)
    for key, value in options.items():
        if not isinstance(value, bool):
            raise TypeError(f"normalize() option {key!r} must be True or False, not {type(value).__name__}")
        merged[key] = value
    return tuple(sorted(merged.items()))


class _Runs:
    """A compact map from normalized characters to the original: runs of characters whose original
    start is their normalized index plus a constant, and the few characters whose original end is not
    their start + 1 (the ones with trailing marks).  A news text with a handful of diacritics or
    invisible marks needs a handful of runs instead of two integers per character."""

    __slots__ = ("end_fix", "norm_at", "orig_at")

    def __init__(self) -> None:
        self.norm_at = array(_OFFSET)  # normalized index where each run begins (the first is 0)
        self.orig_at = array(_OFFSET)  # original start of that character; +1 for each next one in the run
        self.end_fix: dict[int, int] = {}  # normalized index → original end, where it is not start + 1

    def add(self, nidx: int, oidx: int) -> None:
        """Normalized character ``nidx`` starts at original ``oidx`` (and ends at ``oidx + 1``)."""
        if self.norm_at and self.orig_at[-1] + (nidx - self.norm_at[-1]) == oidx:
            return  # the current run goes on
        self.norm_at.append(nidx)
        self.orig_at.append(oidx)

    def start(self, i: int) -> int:
        k = bisect_right(self.norm_at, i) - 1
        return self.orig_at[k] + i - self.norm_at[k]

    def end(self, i: int) -> int:
        fix = self.end_fix.get(i)
        return fix if fix is not None else self.start(i) + 1

    def first_at_or_after(self, pos: int, n: int) -> int:
        """The first normalized index (of ``n``) whose original start is >= ``pos``."""
        norm_at, orig_at = self.norm_at, self.orig_at
        k = bisect_left(orig_at, pos)  # runs before k start before pos; within a run starts rise by 1
        run_end = norm_at[k] if k < len(norm_at) else n
        if k > 0:
            i = norm_at[k - 1] + pos - orig_at[k - 1]
            if i < run_end:
                return i
        return run_end

    def shift(self, values: np.ndarray, by: int = 0) -> np.ndarray:
        """``start(v) + by`` for every ``v`` of ``values``, in numpy: each value's run found by one
        binary search of the run starts."""
        norm_at = np.frombuffer(self.norm_at, NP_OFFSET)
        delta = np.frombuffer(self.orig_at, NP_OFFSET) - norm_at
        if by:
            delta += by
        return values + delta[np.searchsorted(norm_at, values, side="right") - 1]


class NormalizedText:
    """A normalized view of ``original`` with an exact map back to it.

    ``start_of(i)``/``end_of(i)`` are the original offsets of the character(s) that produced normalized
    character ``i``.  When nothing changed length, the map is the identity and is not stored; otherwise
    it is kept as runs (:class:`_Runs`), or, after HTML entities were decoded, as two arrays.
    """

    __slots__ = ("_ends", "_runs", "_starts", "options", "original", "text")

    def __init__(self, original: str, text: str, options: Mapping[str, bool],
                 starts: array | None, ends: array | None, runs: _Runs | None = None) -> None:
        self.original = original
        self.text = text
        self.options = dict(options)
        self._starts = starts
        self._ends = ends
        self._runs = runs

    def __len__(self) -> int:
        return len(self.text)

    def start_of(self, i: int) -> int:
        """Original offset where normalized character ``i`` starts (``len(original)`` at the end)."""
        if i >= len(self.text):
            return len(self.original)
        if self._runs is not None:
            return self._runs.start(i)
        return i if self._starts is None else self._starts[i]

    def end_of(self, i: int) -> int:
        """Original offset where normalized character ``i`` ends (its trailing marks included)."""
        if self._runs is not None:
            if i >= len(self.text):
                raise IndexError("normalized index out of range")
            return self._runs.end(i)
        return i + 1 if self._ends is None else self._ends[i]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalized span ``[start, end)`` to original offsets."""
        runs = self._runs
        if runs is not None and start < end <= len(self.text) and start >= 0:
            # ``start_of(start), end_of(end - 1)`` with ``_Runs.start``/``end`` inlined (every stage maps its
            # spans through here: five calls a span saved; the same offsets)
            norm_at, orig_at = runs.norm_at, runs.orig_at
            k = bisect_right(norm_at, start) - 1
            first = orig_at[k] + start - norm_at[k]
            end -= 1
            last = runs.end_fix.get(end)
            if last is None:
                k = bisect_right(norm_at, end) - 1
                last = orig_at[k] + end - norm_at[k] + 1
            return first, last
        if runs is None and self._starts is None and self._ends is None and start < end <= len(self.text):
            return start, end  # the identity map
        if end <= start:
            pos = self.start_of(start)
            return pos, pos
        return self.start_of(start), self.end_of(end - 1)

    def to_normalized(self, pos: int) -> int:
        """The first normalized index whose original start is at or after original offset ``pos``."""
        if self._runs is not None:
            return self._runs.first_at_or_after(pos, len(self.text))
        if self._starts is None:
            n = len(self.text)
            return 0 if pos < 0 else pos if pos < n else n
        return bisect_left(self._starts, pos)

    def span_to_normalized(self, start: int, end: int) -> tuple[int, int]:
        """``(to_normalized(start), to_normalized(end))`` in one call (every stage maps its spans through here):
        with runs, :meth:`_Runs.first_at_or_after` inlined for both."""
        runs = self._runs
        if runs is None:
            return self.to_normalized(start), self.to_normalized(end)
        norm_at, orig_at, n = runs.norm_at, runs.orig_at, len(self.text)
        last = len(norm_at)
        k = bisect_left(orig_at, start)  # runs before k start before start; within a run starts rise by 1
        first = norm_at[k] if k < last else n
        if k > 0 and (i := norm_at[k - 1] + start - orig_at[k - 1]) < first:
            first = i
        k = bisect_left(orig_at, end)
        after = norm_at[k] if k < last else n
        if k > 0 and (i := norm_at[k - 1] + end - orig_at[k - 1]) < after:
            after = i
        return first, after

    def spans_to_normalized(self, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """``[span_to_normalized(s, e) for s, e in spans]`` in one call: a layer's spans (a document's entities)
        mapped with no two method calls a span (session 43: the attribution stage mapped each entity by
        ``Document.to_normalized`` four times)."""
        runs = self._runs
        n = len(self.text)
        if runs is None:
            if self._starts is None:
                return [(0 if s < 0 else s if s < n else n, 0 if e < 0 else e if e < n else n) for s, e in spans]
            starts = self._starts
            return [(bisect_left(starts, s), bisect_left(starts, e)) for s, e in spans]
        norm_at, orig_at = runs.norm_at, runs.orig_at
        last = len(norm_at)
        out = []
        for start, end in spans:  # (span_to_normalized's body)
            k = bisect_left(orig_at, start)
            first = norm_at[k] if k < last else n
            if k > 0 and (i := norm_at[k - 1] + start - orig_at[k - 1]) < first:
                first = i
            k = bisect_left(orig_at, end)
            after = norm_at[k] if k < last else n
            if k > 0 and (i := norm_at[k - 1] + end - orig_at[k - 1]) < after:
                after = i
            out.append((first, after))
        return out

    def spans_to_original(self, nspans: array) -> array:
        """Map sorted, non-overlapping normalized spans ``[s0, e0, s1, e1, ...]`` (a flat array) to
        original offsets, in one go."""
        runs = self._runs
        if runs is not None and len(nspans) <= _FEW_SPANS:
            # a short text: numpy's fixed cost per call is more than reading the spans one by one
            # (``runs.start(s)`` and ``runs.end(e - 1)``, inlined)
            norm_at, orig_at, end_fix = runs.norm_at, runs.orig_at, runs.end_fix
            out = array(_OFFSET)
            append = out.append
            for s, e in zip(nspans[0::2], nspans[1::2], strict=True):
                k = bisect_right(norm_at, s) - 1
                append(orig_at[k] + s - norm_at[k])
                e -= 1
                end = end_fix.get(e)
                if end is None:
                    k = bisect_right(norm_at, e) - 1
                    end = orig_at[k] + e - norm_at[k] + 1
                append(end)
            return out
        if runs is not None:
            # a span's start is its first character's start; its end, its last character's end
            last = np.frombuffer(nspans, NP_OFFSET).copy()
            last[1::2] -= 1
            mapped = runs.shift(last)
            mapped[1::2] += 1
            if runs.end_fix:
                fixed = np.fromiter(runs.end_fix, NP_OFFSET, len(runs.end_fix))
                lasts = last[1::2]
                j = np.searchsorted(lasts, fixed)
                hit = j < len(lasts)
                hit[hit] = lasts[j[hit]] == fixed[hit]
                mapped[2 * j[hit] + 1] = np.fromiter(runs.end_fix.values(), NP_OFFSET, len(runs.end_fix))[hit]
            return array(_OFFSET, mapped.tobytes())
        if self._starts is None or self._ends is None:
            return nspans
        out = array(_OFFSET, bytes(len(nspans) * array(_OFFSET).itemsize))
        # comprehensions: a bound slot wrapper such as ``(-1).__add__`` builds an argument tuple per call
        starts, ends = self._starts, self._ends
        out[0::2] = array(_OFFSET, [starts[s] for s in nspans[0::2]])
        out[1::2] = array(_OFFSET, [ends[e - 1] for e in nspans[1::2]])
        return out

    def maps(self) -> tuple[array, array] | None:
        """The per-character ``starts`` and ``ends`` arrays (None for the identity)."""
        if self._runs is not None:
            n = len(self.text)
            starts = array(_OFFSET, self._runs.shift(np.arange(n, dtype=NP_OFFSET)).tobytes())
            ends = array(_OFFSET, [s + 1 for s in starts])
            for i, end in self._runs.end_fix.items():
                ends[i] = end
            return starts, ends
        if self._starts is None or self._ends is None:
            return None
        return self._starts, self._ends

    def __repr__(self) -> str:
        return f"NormalizedText({self.text[:40]!r}{'…' if len(self.text) > 40 else ''})"


def _decode_entities(text: str) -> tuple[str, array, array] | None:
    """``text`` with its HTML character references decoded, and the map of every decoded character to
    the original span it came from; None when it has none.  "&amp;quot;" (escaped twice) is one '"'."""
    current = text
    starts: array | None = None
    ends: array | None = None
    for _ in range(_ENTITY_PASSES):
        out: list[str] = []
        new_starts, new_ends = array(_OFFSET), array(_OFFSET)
        pos = 0
        changed = False
        for m in _ENTITY.finditer(current):
            rep = html.unescape(m.group())
            if rep == m.group():
                continue  # not a known entity: kept as written
            s, e = m.span()
            out.append(current[pos:s])
            new_starts.extend(range(pos, s))
            new_ends.extend(range(pos + 1, s + 1))
            out.append(rep)
            new_starts.extend([s] * len(rep))
            new_ends.extend([e] * len(rep))
            pos = e
            changed = True
        if not changed:
            break
        out.append(current[pos:])
        new_starts.extend(range(pos, len(current)))
        new_ends.extend(range(pos + 1, len(current) + 1))
        if starts is not None and ends is not None:  # compose with the previous pass's map
            new_starts = array(_OFFSET, (starts[i] for i in new_starts))
            new_ends = array(_OFFSET, (ends[i - 1] for i in new_ends))
        current, starts, ends = "".join(out), new_starts, new_ends
    if starts is None or ends is None:
        return None
    return current, starts, ends


def _compose(original: str, inner: NormalizedText, starts: array, ends: array,
             options: Mapping[str, bool]) -> NormalizedText:
    """The view of ``original`` whose text is ``inner``'s, where ``inner`` normalized a decoded copy of
    ``original`` and ``starts``/``ends`` map the decoded copy back to ``original``."""
    n = len(inner.text)
    maps = inner.maps()
    if maps is None:
        new_starts = array(_OFFSET, (starts[i] for i in range(n)))
        new_ends = array(_OFFSET, (ends[i] for i in range(n)))
    else:
        new_starts = array(_OFFSET, (starts[i] for i in maps[0]))
        new_ends = array(_OFFSET, (ends[i - 1] for i in maps[1]))
    return NormalizedText(original, inner.text, options, new_starts, new_ends)


def _dash_between_digits(text: str, s: int, e: int) -> bool:
    """Is ``text[s:e]`` a run of tatweel between two digits ("2016ـ2017", "1ـــــ1")?"""
    return 0 < s and e < len(text) and text[s - 1].isdecimal() and text[e].isdecimal() \
        and text.count(_TATWEEL, s, e) == e - s


def normalize_with_map(text: str, **options: bool) -> NormalizedText:
    """Normalize ``text`` and keep the map from the result back to ``text``.

    >>> nt = normalize_with_map("الـمُدُن ٤٦")
    >>> nt.text
    'المدن 46'
    >>> nt.to_original(0, 5)
    (0, 8)
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    opts = _options(options) if options else _DEFAULT_OPTIONS  # (the defaults read once: a per-document cost)
    if "&" in text and dict(opts)["html_entities"]:
        decoded = _decode_entities(text)
        if decoded is not None:
            inner = normalize_with_map(decoded[0], **{**dict(opts), "html_entities": False})
            return _compose(text, inner, decoded[1], decoded[2], dict(opts))
    tables = _tables(opts)
    translate = tables.translate
    matches = list(tables.resize.finditer(text))
    if not matches:
        return NormalizedText(text, _one_to_one(text, tables), dict(opts), None, None)
    # outside the matches every change is 1:1, and inside them no character is a 1:1 one: the text
    # mapped once gives every stretch between matches
    mapped = _one_to_one(text, tables)

    out: list[str] = []
    runs = _Runs()
    add, end_fix = runs.add, runs.end_fix
    attach = tables.attach
    pos = 0
    n = 0  # length of the normalized text so far
    for m in matches:
        s, e = m.span()
        if s > pos:
            out.append(mapped[pos:s])
            add(n, pos)
            n += s - pos
        if _dash_between_digits(text, s, e):  # "2016ـ2017", "2ـــ0": a dash typed as kashida, not joined digits
            out.append("-")
            add(n, s)
            end_fix[n] = e
            n += 1
            pos = e
            continue
        for i in range(s, e):
            ch = text[i]
            if ch == _ZWJ:
                rep = ch if _EMOJI_ZWJ.match(text, i) else ""
            else:
                rep = translate.get(ord(ch), ch)
            if rep:
                out.append(rep)
                for _ in rep:  # every character of a replacement maps to the whole of ``ch``
                    add(n, i)
                    n += 1
            elif ch in attach and n and runs.end(n - 1) == i:
                end_fix[n - 1] = i + 1
        pos = e
    if pos < len(text):
        out.append(mapped[pos:])
        add(n, pos)
    return NormalizedText(text, "".join(out), dict(opts), None, None, runs)


def normalize(text: str, **options: bool) -> str:
    """Normalize Arabic ``text``; each option of :data:`DEFAULTS` can be switched.

    >>> normalize("أَحْمَدُ إلى الـقُدْسِ ١٥٠")
    'احمد الي القدس 150'
    >>> normalize("مدرسة", ta_marbuta=True)
    'مدرسه'
    """
    if not options and type(text) is str and "&" not in text:
        # the default options on a text nothing changes the length of (a word of a lexicon, as ``lookup_key`` reads
        # thousands when a stage loads): the one-to-one map of normalize_with_map, with no map built (session 34)
        tables = _tables(_DEFAULT_OPTIONS)
        if tables.resize.search(text) is None:
            return _one_to_one(text, tables)
    return normalize_with_map(text, **options).text


#: ``_options({})``: the default options as normalize_with_map reads them.
_DEFAULT_OPTIONS = _options({})

# The one folding function lives in the Arabic resource layer; re-exported here for old imports.
from ..lang.ar.folding import fold  # noqa: E402

__all__ = ["DEFAULTS", "NormalizedText", "fold", "normalize", "normalize_with_map"]
