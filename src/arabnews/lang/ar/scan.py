"""A lexicon pattern that scans only where one of its words stands: the same matches, far fewer regex steps.

A lexicon regex such as ``(?<!letter)[وف]?(?P<w>قال|اكد|…)(?!letter)`` is tried by the regex engine at
every character of the text; on a long article that costs about a microsecond a character.  Yet any match
starts with a whole *run* of word characters (the proclitics and the first word of an entry), because the
pattern's boundaries forbid a letter before the match and after each word.  :class:`GatedPattern` finds
the runs of the text in one C-level pass, keeps those the *gate* (proclitics + the entries' first words,
fully matched, cached per run) accepts, and tries the full pattern only at their starts.  Its matches are
exactly those of ``pattern.finditer`` (leftmost, non-overlapping), which the tests check on real news.

>>> import regex
>>> words = ["قال", "اكد", "نقلا عن"]
>>> p = regex.compile(r"(?<![\\p{L}\\p{M}])(?P<pre>[وف]?)(?P<w>قال|اكد|نقلا[ ]+عن)(?![\\p{L}\\p{M}])")
>>> g = GatedPattern(p, r"[وف]?", words, r"[\\p{L}\\p{M}]")
>>> text = "وقال الوزير نقلا عن مصادر، ثم اكدت"
>>> [m.group("w") for m in g.finditer(text)] == [m.group("w") for m in p.finditer(text)]
True
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from functools import cache, cached_property
from typing import Any

import regex

from ...memo import WORD_MEMO_LIMIT
from .serial import SERIAL
from .trie import trie_regex

#: How many runs a filter without a list of what it accepts remembers before starting afresh (bounded
#: memory on a long corpus).
CACHE_SIZE = WORD_MEMO_LIMIT
#: A gated pattern is tried with ``regex`` in stretches of news characters until it has been tried there this many
#: times per character of its pattern, then with its ``re`` twin (:func:`simple_twin`).  Compiling the twin costs
#: 3–14 µs per character of the pattern (Python's ``re`` parser), and the twin saves 1–10 µs per try: it pays back
#: after about as many tries as the pattern has characters, so it is bought then, not at the first try (session 34:
#: the twins of the events' word lists were a fifth of the events stage's cost over 100 articles; a long corpus still
#: reads nearly all its tries with them).
TWIN_AFTER = 1.0
#: A longer stretch is read a window at a time (cut at white space), so that a 5 MB document never
#: holds all its runs at once.
WINDOW = 1 << 18

#: The characters folded news is mostly made of: ASCII, the Latin-1 spaces and punctuation (« »), the
#: Arabic blocks and the general punctuation (“ ”, –).
SIMPLE_RANGES = ((0x00, 0x7F), (0xA0, 0xBF), (0x600, 0x8FF), (0x2000, 0x206F))


@cache
def simple_class(pattern: str) -> str:
    r"""The characters of :data:`SIMPLE_RANGES` that ``regex`` ``pattern`` (one character) matches, as the body
    of a character class of the standard library's ``re``: in a stretch of those characters only (see
    :func:`is_simple`), an ``re`` pattern with such classes finds what the ``regex`` one does, faster.

    >>> simple_class(r"[\p{Nd}]")[:6]
    '0-9٠-٩'
    """
    runs = []
    for first, last in SIMPLE_RANGES:
        chars = "".join(map(chr, range(first, last + 1)))
        runs += [(first + m.start(), first + m.end() - 1) for m in regex.finditer(f"(?:{pattern})++", chars)]
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in runs)


#: A character of none of :data:`SIMPLE_RANGES`.
_NOT_SIMPLE = re.compile("[^" + simple_class(r"[\s\S]") + "]")


def is_simple(text: str, lo: int, hi: int) -> bool:
    """Is ``text[lo:hi]`` made of the characters of :data:`SIMPLE_RANGES` only (read by a scan in C)?"""
    return _NOT_SIMPLE.search(text, lo, hi) is None


#: A text at least this long has its characters outside :data:`SIMPLE_RANGES` indexed (:func:`simple_stretch`) ...
#: (1000 until session 44: a short article's stretches were each scanned again, 101,000 characters over the 100
#: articles of the warm benchmark's attribution stage, as many as their text)
_INDEXED_LENGTH = 100
#: ... unless it has more of them than this (a page in another script: each stretch is scanned instead).
_INDEXED_MOST = 4096
#: How many long texts :func:`simple_stretch` keeps the index of (a stage reads a document's text and its folded text).
_INDEXED_TEXTS = 4
#: The long texts read last, each with the sorted offsets of its characters outside the ranges (None: too many).
_indexed: list[tuple[str, list[int] | None]] = []


def simple_stretch(text: str, lo: int, hi: int) -> bool:
    """``is_simple(text, lo, hi)``; for a long text (a document, whose stretches a stage reads by the hundred) by a
    bisection in the offsets of its other characters, found in one scan of the whole text (session 34: each stretch
    was scanned again).

    >>> text = "قال الوزير " * 100 + "😀"
    >>> simple_stretch(text, 0, 1100), simple_stretch(text, 0, 1101), simple_stretch(text, 1100, 1101)
    (True, False, False)
    """
    if len(text) < _INDEXED_LENGTH:
        return is_simple(text, lo, hi)
    offsets: list[int] | None = None
    for known, found in _indexed:
        if known is text:
            offsets = found
            break
    else:
        offsets = []
        for m in _NOT_SIMPLE.finditer(text):
            if len(offsets) >= _INDEXED_MOST:
                offsets = None
                break
            offsets.append(m.start())
        if len(_indexed) >= _INDEXED_TEXTS:
            del _indexed[0]
        _indexed.append((text, offsets))
    if offsets is None:
        return is_simple(text, lo, hi)
    k = bisect_left(offsets, lo)
    return k == len(offsets) or offsets[k] >= hi


#: Up to this many "proclitic + word" strings, :class:`PrefixedWords` lists them all (a set lookup per
#: word instead of one slice and lookup per proclitic length; made in a few milliseconds).
#: (20,000 until session 26, when the gates' union of the events' words passed it, 760 words × 27; 24,000 until
#: session 29, when the gangs and offenders of the arrest idioms made it 903 words × 27)
JOINED_MOST = 30_000

#: The longest proclitic string :func:`prefix_strings` enumerates.
MAX_PREFIX = 8


def prefix_strings(prefix: str) -> frozenset[str] | None:
    """Every string the regex ``prefix`` matches in full, when they are few and short (proclitics such
    as ``[وف]?(?:[بك]?ال|لل|[بلكس])?``); None when it could match more than :data:`MAX_PREFIX` characters.

    >>> sorted(prefix_strings("[وف]?(?:ال)?"))
    ['', 'ال', 'ف', 'فال', 'و', 'وال']
    """
    if any(not (ch.isalpha() and not ch.isascii()) and ch not in "[]()?:|" for ch in prefix):
        return None  # escapes, named classes, wildcards, repeats: no finite list of letters to try
    pattern = regex.compile(f"(?:{prefix})")
    alphabet = sorted({ch for ch in prefix if ch.isalpha()})
    out: set[str] = set()
    frontier = [""]
    while frontier:
        grown: list[str] = []
        for s in frontier:
            if len(s) > MAX_PREFIX:
                return None
            if pattern.fullmatch(s):
                out.add(s)
            grown += [s + ch for ch in alphabet if pattern.fullmatch(s + ch, partial=True)]
        frontier = grown
    return frozenset(out)


class PrefixedWords:
    """Membership of "a proclitic string + one of ``words``": a lookup in the set of every such string
    when they are few (made on first use), else by slicing at each proclitic length (no regex per word).

    >>> w = PrefixedWords(frozenset({"", "و", "وب"}), {"قال", "حلب"})
    >>> "وقال" in w, "وبحلب" in w, "بحلب" in w
    (True, True, False)
    """

    def __init__(self, prefixes: frozenset[str], words: Iterable[str]) -> None:
        self.words = frozenset(words)
        self.prefixes = prefixes
        self.lengths = sorted({len(p) for p in prefixes})
        #: Few enough strings to list: the lists of the gates (a trigger lexicon's tens of thousands are not).
        self.joins = len(prefixes) * len(self.words) <= JOINED_MOST
        self._joined: frozenset[str] | None = None
        #: The last ``tail`` letters of every word (``tail``: up to 3, what the shortest word has): a string
        #: that ends otherwise is no word with a proclitic (a set lookup that spares most strings the slicing).
        self.tail = min(3, min((len(w) for w in self.words), default=0))
        self.endings = frozenset(w[-self.tail:] for w in self.words) if self.tail else None

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if not self.joins:
            return self.sliced(word)
        return word in self.joined()

    def joined(self) -> frozenset[str]:
        """Every "proclitic + word" string (when :attr:`joins`; made on first use)."""
        joined = self._joined
        if joined is None:
            joined = self._joined = frozenset(p + w for p in self.prefixes for w in self.words)
        return joined

    def sliced(self, word: str) -> bool:
        """The same membership, by slicing ``word`` at each proclitic length."""
        if self.endings is not None and word[-self.tail:] not in self.endings:
            return False
        words, prefixes = self.words, self.prefixes
        for k in self.lengths:
            if word[k:] in words and word[:k] in prefixes:
                return True
        return False


class RunFilter:
    """The strings worth looking for in a text, read off its *runs* (maximal stretches of ``run_char``).

    ``keep(run)`` gives, for one run, the strings of it a caller wants (usually the run itself or
    nothing).  :meth:`hits` reads the distinct runs of a stretch in C (with the standard library's ``re``
    where the stretch holds only :data:`SIMPLE_RANGES` characters) and offers each distinct run to ``keep``
    once per process.  With ``accepts`` (every run ``keep`` keeps something of is in it) and few enough
    strings to list, only the runs in that list are offered: a set intersection in C, and the memo never
    holds more than the list; ``listed`` gives that list itself.
    """

    def __init__(self, run_char: str, keep: Callable[[str], Iterable[Any]], *,
                 accepts: PrefixedWords | None = None, listed: AbstractSet[str] | None = None) -> None:
        self._run = regex.compile(f"(?:{run_char})++")
        if self._run.search(" \t\n\u00a0"):
            raise ValueError(f"a run holds no white space: {run_char!r} matches some")
        #: ``_run`` for a stretch of :data:`SIMPLE_RANGES` characters only (the same runs, found faster).
        self._fast_run = re.compile(f"[{simple_class(run_char)}]+")
        self._keep = keep
        #: Every run ``keep`` keeps something of is in it, when given (runs outside it are not offered to ``keep``).
        self._accepts = accepts
        # the strings of ``accepts`` listed (read on first use), or ``listed`` (every run ``keep`` keeps something of)
        self._listed: AbstractSet[str] | None = listed
        self._seen: set[str] = set()  # runs already offered to ``keep``
        self._hot: dict[str, tuple[Any, ...]] = {}  # run → what it keeps, for the runs that keep something
        self._hot_set: set[str] = set()  # the same runs, as a set (set & set walks the smaller one)

    def hits(self, text: str, pos: int = 0, endpos: int | None = None) -> set[Any]:
        """What the runs of ``text[pos:endpos]`` keep (a run is cut at ``pos`` and ``endpos``)."""
        if endpos is None or endpos > len(text):
            endpos = len(text)
        if endpos - pos <= WINDOW:
            return self._read(self._offered(text, pos, endpos))
        out: set[Any] = set()
        while pos < endpos:
            cut = _window_end(text, pos, endpos)
            out |= self._read(self._offered(text, pos, cut))
            pos = cut
        return out

    def runs(self, text: str, pos: int, endpos: int) -> set[str]:
        """The distinct runs of ``text[pos:endpos]``."""
        run = self._fast_run if simple_stretch(text, pos, endpos) else self._run
        return set(run.findall(text, pos, endpos))

    def _offered(self, text: str, pos: int, endpos: int) -> set[str]:
        """The distinct runs of ``text[pos:endpos]`` that are offered to ``keep``: those of the list, if any."""
        runs = self.runs(text, pos, endpos)
        listed = self._listed
        if listed is None:
            accepts = self._accepts
            if accepts is None or not accepts.joins:
                return runs
            listed = self._listed = accepts.joined()
        return runs & listed

    def _read(self, runs: set[str]) -> set[Any]:
        seen, hot, hot_set = self._seen, self._hot, self._hot_set
        new = runs - seen
        if new:
            if len(seen) > CACHE_SIZE:
                seen.clear()
                hot.clear()
                hot_set.clear()
                new = runs
            for run in new:
                kept = tuple(self._keep(run))
                if kept:
                    hot[run] = kept
                    hot_set.add(run)
            seen |= new
        out: set[Any] = set()
        for run in runs & hot_set:
            out.update(hot[run])
        return out


def _window_end(text: str, pos: int, endpos: int) -> int:
    """Where the window of ``text[pos:endpos]`` that starts at ``pos`` ends: ``endpos``, or for a stretch
    longer than :data:`WINDOW`, a space or line break near ``pos + WINDOW`` (no run goes on across it)."""
    cut = pos + WINDOW
    if cut >= endpos:
        return endpos
    back = max(text.rfind(" ", pos, cut), text.rfind("\n", pos, cut))
    if back > pos:
        return back
    ahead = [i for i in (text.find(" ", cut, endpos), text.find("\n", cut, endpos)) if i != -1]
    return min(ahead) if ahead else endpos


#: A character class that names a Unicode property (``[\p{L}\p{M}]``).
_PROPERTY_CLASS = regex.compile(r"\[(?:[^\]\\]|\\.)*?\\p\{(?:[^\]\\]|\\.)*\]")


def simple_twin(pattern: Any) -> re.Pattern[str] | None:
    r"""``pattern`` (a ``regex`` pattern) for the standard library's ``re``, for a stretch of
    :data:`SIMPLE_RANGES` characters only (:func:`is_simple`): each class naming a Unicode property cut
    to those characters (:func:`simple_class`); None when ``re`` cannot read the result or flags are set.
    Its matches in such a stretch are the pattern's (``re`` tries a pattern a few times faster).

    >>> simple_twin(regex.compile(r"(?<![\p{L}\p{M}])قال")).pattern[:6]
    '(?<![A'
    """
    if pattern.flags & ~(regex.VERSION0 | regex.UNICODE):
        return None
    text = _PROPERTY_CLASS.sub(lambda m: "[" + simple_class(m.group()) + "]", pattern.pattern)
    if "\\p" in text or "\\P" in text:
        return None
    try:
        return re.compile(text)
    except re.error:
        return None


#: How many stretches a :class:`GateGroup` remembers the answer for (the last read).
RECENT_STRETCHES = 8

#: What :meth:`GateGroup.runs` gives a member with no run in the stretch (read only).
_NO_RUNS: frozenset[str] = frozenset()


class GateGroup:
    """Gated patterns over the same runs (the word lists of one stage) that read a stretch of text once
    for all of them: one :class:`RunFilter` keeps ``(member, run)`` pairs, and the last stretch's answer
    is kept for the next member that asks about it (the last :data:`RECENT_STRETCHES` stretches').

    The runs offered are those of the union of the members' "proclitic + word" strings (up to
    :data:`JOINED_MOST` of them; beyond, every run is offered), each listed once with the members it is a string of:
    not the product of all the members' proclitics and all their words, nor a second list per member (session 43: the
    registry's 4,089 strings of proclitic + first word cost 0.47 MB listed once; as a product with the other members'
    proclitics, plus a list of its own, 2.4 MB)."""

    def __init__(self, run_char: str) -> None:
        self.run_char = run_char
        self._members: list[Callable[[str], bool]] = []
        #: each string of a member → the members it is a string of (None: too many to list, every run is offered)
        self._index: dict[str, tuple[int, ...]] | None = {}
        self._filter = RunFilter(run_char, self._keep, listed=self._index.keys())
        #: the last :data:`RECENT_STRETCHES` stretches read, by (id of the text, start, end), with their text (a
        #: caller reads a paragraph's cue words and, after other paragraphs, its speech acts: session 34)
        self._recent: dict[tuple[int, int, int], tuple[str, int, int, set[tuple[int, str]], dict[int, set[str]]]] = {}

    def add(self, prefixes: frozenset[str], words: Iterable[str]) -> int:
        """Add a member (its proclitic strings and first words) and return its number."""
        members = PrefixedWords(prefixes, words)
        self._members.append(members.sliced)  # (its membership when the strings are too many to list)
        number = len(self._members) - 1
        index = self._index
        if index is not None:
            if len(index) + len(prefixes) * len(members.words) > JOINED_MOST:
                self._index = index = None
            else:
                alone = (number,)  # (one tuple for the strings of this member alone)
                for p in prefixes:
                    for w in members.words:
                        key = p + w
                        got = index.get(key)
                        index[key] = alone if got is None else (*got, number)
        # (what was read before did not know this member)
        self._filter = RunFilter(self.run_char, self._keep, listed=None if index is None else index.keys())
        self._recent.clear()
        return number

    def _keep(self, run: str) -> tuple[tuple[int, str], ...]:
        index = self._index
        if index is not None:
            return tuple((i, run) for i in index.get(run, ()))
        return tuple((i, run) for i, accepts in enumerate(self._members) if accepts(run))

    def hits(self, text: str, pos: int, endpos: int) -> set[tuple[int, str]]:
        """``(member, run)`` for the runs of ``text[pos:endpos]`` a member accepts."""
        return self._stretch(text, pos, endpos)[3]

    def runs(self, member: int, text: str, pos: int, endpos: int) -> AbstractSet[str]:
        """The runs of ``text[pos:endpos]`` member ``member`` accepts (``{run for i, run in hits(…) if i ==
        member}``, sorted out once per stretch for all members)."""
        return self._stretch(text, pos, endpos)[4].get(member, _NO_RUNS)

    def _stretch(self, text: str, pos: int,
                 endpos: int) -> tuple[str, int, int, set[tuple[int, str]], dict[int, set[str]]]:
        recent = self._recent
        key = (id(text), pos, endpos)
        last = recent.get(key)
        if last is not None and last[0] is text:
            return last
        found = self._filter.hits(text, pos, endpos)
        by_member: dict[int, set[str]] = {}
        for i, run in found:
            by_member.setdefault(i, set()).add(run)
        if len(recent) >= RECENT_STRETCHES:
            del recent[next(iter(recent))]
        last = recent[key] = (text, pos, endpos, found, by_member)
        return last


#: What :meth:`GatedPattern.finditer` reads when the twin is not compiled yet.
_UNREAD = object()


class GatedPattern:
    """``pattern`` (compiled) tried only at the starts of the runs of ``run_char`` (a character class) that
    ``prefix`` followed by the first word of one of ``entries`` matches in full.

    The caller promises what makes this exact: every match of ``pattern`` starts at a run start (a
    look-behind forbids a run character before it) with ``prefix`` and an entry, and the entry's first
    word ends where the run does (a space, a dash or a look-ahead follows it).  Entries holding other
    characters than ``run_char``, spaces and dashes cannot keep that promise: the gate is then off and
    :meth:`finditer` is ``pattern.finditer``.
    """

    def __init__(self, pattern: Any, prefix: str, entries: Iterable[str], run_char: str, *,
                 group: GateGroup | None = None, also: Iterable[tuple[str, Iterable[str]]] = ()) -> None:
        self.pattern = pattern
        # ``prefix`` with ``entries``, and each other (prefix, entries) of ``also``: a pattern of two alternatives (the
        # registry's names after any proclitic, and its names without their article after لل) lists the strings each
        # can start with, not every proclitic with every entry
        pairs = [(prefix, [e for e in entries if e]), *((p, [e for e in es if e]) for p, es in also)]
        char = regex.compile(run_char)
        firsts = [(p, {regex.split(r"[ \t\u00a0\-–—]", e, maxsplit=1)[0] for e in es}) for p, es in pairs]
        # The gate holds when no entry has a character outside the run class but spaces and dashes.
        self.gated = all(char.fullmatch(ch) or ch in " \t\u00a0-–—" for _, es in pairs for e in es for ch in e) \
            and all("" not in words for _, words in firsts)
        self._char = char
        self._run_chars: dict[str, bool] = {}  # character → run character? (the characters met at run ends)
        listed = [(prefix_strings(p), words) for p, words in firsts]
        self._group: GateGroup | None = None
        self._members: tuple[int, ...] = ()
        #: the tries left with ``regex`` in news characters before the ``re`` twin is compiled (see TWIN_AFTER)
        self._tries_left = TWIN_AFTER * len(getattr(pattern, "pattern", ""))
        self._runs: RunFilter | None = None
        if all(prefixes is not None for prefixes, _ in listed):
            if group is not None and group.run_char == run_char:
                self._group = group
                self._members = tuple(group.add(prefixes, words) for prefixes, words in listed)  # type: ignore[arg-type]
            elif len(listed) == 1:
                one = PrefixedWords(listed[0][0], listed[0][1])  # type: ignore[arg-type]
                self._runs = RunFilter(run_char, lambda run: (run,) if run in one else (), accepts=one)
            else:
                each = [PrefixedWords(prefixes, words) for prefixes, words in listed]  # type: ignore[arg-type]
                union = frozenset(p + x for w in each for p in w.prefixes for x in w.words) \
                    if sum(len(w.prefixes) * len(w.words) for w in each) <= JOINED_MOST else None
                self._runs = RunFilter(run_char, lambda run: (run,) if any(w.sliced(run) for w in each) else (),
                                       listed=union)
        else:
            gate = regex.compile("|".join(f"(?:{p})(?:{trie_regex(words)})" for p, words in firsts))
            self._runs = RunFilter(run_char, lambda run: (run,) if gate.fullmatch(run) else ())

    def starts(self, text: str, pos: int = 0, endpos: int | None = None) -> list[int]:
        """Sorted starts of the accepted runs of ``text[pos:endpos]`` (a run is cut at ``pos`` and ``endpos``)."""
        if endpos is None or endpos > len(text):
            endpos = len(text)
        hits: AbstractSet[str]
        if self._runs is None:
            group, members = self._group, self._members
            assert group is not None
            hits = group.runs(members[0], text, pos, endpos) if len(members) == 1 \
                else set().union(*(group.runs(m, text, pos, endpos) for m in members))
        else:
            hits = self._runs.hits(text, pos, endpos)
        if not hits:
            return []
        is_run = self._is_run
        out: list[int] = []
        for run in hits:
            n = len(run)
            i = text.find(run, pos, endpos)
            while i != -1:
                j = i + n
                if (i == pos or not is_run(text[i - 1])) and (j == endpos or not is_run(text[j])):
                    out.append(i)
                i = text.find(run, i + 1, endpos)
        out.sort()
        return out

    def _is_run(self, ch: str) -> bool:
        """Is the character ``ch`` a run character (remembered: a dict lookup instead of a regex call)?"""
        known = self._run_chars.get(ch)
        if known is None:
            known = self._run_chars[ch] = self._char.fullmatch(ch, None, None, SERIAL) is not None
        return known

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        """The matches of ``pattern.finditer(text, pos, endpos)``, found from the accepted runs only."""
        if endpos is None or endpos > len(text):
            endpos = len(text)
        if not self.gated:
            yield from self.pattern.finditer(text, pos, endpos)
            return
        starts = self.starts(text, pos, endpos)
        if not starts:
            return
        last = pos
        match = self.pattern.match
        serial = isinstance(self.pattern, regex.Pattern)  # (a ``regex`` pattern, not an ``re`` one)
        # (the look-behind of a match at ``pos`` reads the character before it)
        if simple_stretch(text, max(pos - 1, 0), endpos):
            twin = self.__dict__.get("_simple_pattern", _UNREAD)  # (compiled yet?)
            if twin is _UNREAD:
                self._tries_left -= len(starts)
                twin = self._simple_pattern if self._tries_left <= 0 else None
            if twin is not None:
                match = twin.match
                serial = False
        for p in starts:
            if p < last:
                continue
            m = match(text, p, endpos, SERIAL) if serial else match(text, p, endpos)
            if m is not None:
                yield m
                last = m.end()

    @cached_property
    def _simple_pattern(self) -> re.Pattern[str] | None:
        """``pattern`` for a stretch of :data:`SIMPLE_RANGES` characters only, read with ``re`` (compiled when
        first needed, after :data:`TWIN_AFTER`: a large trie takes tens of milliseconds)."""
        return simple_twin(self.pattern)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        """The first match, as ``pattern.search``."""
        return next(self.finditer(text, pos, endpos), None)
