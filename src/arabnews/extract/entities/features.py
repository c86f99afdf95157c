"""CRF features of a token sequence, computed the same way at training and at tagging time.

The input is a list of normalized token strings (``arabnews.normalize`` of a corpus token, or
``Token.norm`` of our tokenizer); the output is one list of feature strings per token, the form
``pycrfsuite`` takes.  Features of a token that do not depend on its neighbours are computed once
per distinct word and cached, so tagging costs little more than list concatenation.

>>> feats = sentence_features(["قال", "الرئيس", "بشار", "الأسد", "في", "بحلب"])
>>> "t_per" in feats[1], "-1|t_per" in feats[2]
(True, True)
>>> "g_place" in feats[5], "st=حلب" in feats[5]
(True, True)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from itertools import compress, repeat
from operator import concat, getitem
from typing import cast

import regex

from ...lang.ar import fold, word_lemma_forms
from ...lang.ar.serial import SERIAL
from ...memo import WORD_MEMO_LIMIT, make_room
from ...text.clitics import Reading, proclitic_readings
from .clusters import cluster_features
from .gazetteer import Gazetteer, default_gazetteer

_ARABIC = regex.compile(r"^[\p{Arabic}]+$")
_LATIN = regex.compile(r"^[\p{Latin}]+$")
_DIGITS = regex.compile(r"^[\d.,]+$")
_PUNCT = regex.compile(r"^[\p{P}\p{S}]+$")
#: The letters of most Arabic words (hamza to ghain, fa to ya; not the tatweel, of the Common script),
#: read by the standard ``re``: a word of them alone is Arabic without asking ``_ARABIC`` (a third of
#: the instructions).  Used only where the ``regex`` module counts each of them Arabic.
_BASIC_LETTERS = "".join(map(chr, (*range(0x621, 0x63B), *range(0x641, 0x64B))))
_BASIC_ARABIC = (re.compile(f"[{_BASIC_LETTERS}]+").fullmatch if _ARABIC.match(_BASIC_LETTERS)
                 else _ARABIC.match)
#: Most words whose feature strings are cached (about 2 KB each; the tagger's fast path keeps ids instead).
_CACHE_LIMIT = WORD_MEMO_LIMIT
#: Words longer than this get no character n-gram features.
_MAX_NGRAM_WORD = 40
#: The features of a shape, a stem's length (8 for more) and a proclitic prefix: one string object each,
#: made once, its hash kept (the state scorer looks each new word type's features up).
_SHAPES = {sh: "sh=" + sh for sh in ("ar", "ar1", "num", "lat", "punct", "mixed")}
_LENGTHS = tuple(f"len={k}" for k in range(9))
_PREFIXES: dict[str, str] = {}
#: The slices of a padded stem's letter trigrams, in order (a stem of n letters, "<" and ">" around it, has n).
_TRIGRAMS = tuple(slice(k, k + 3) for k in range(_MAX_NGRAM_WORD))
#: The n-gram features' prefix, as many times as asked for; ``operator.concat`` and ``getitem`` typed for strings.
_NG = repeat("ng=")
_concat = cast(Callable[[str, str], str], concat)
_slice = cast(Callable[[str, slice], str], getitem)

_TRIGGER_FLAGS = {"per_title": "t_per", "loc_head": "t_loc", "org_head": "t_org", "loc_prep": "t_prep"}

#: Neighbour offsets whose compact features are copied onto a token.
WINDOW = (-2, -1, 1, 2)
#: "-2|", "-1|", "+1|", "+2|": the prefix of a feature seen from each offset.
_WINDOW_TAGS = tuple(f"{off:+d}|" for off in WINDOW)
#: Cached features of one word: its own, as seen from -2, -1, +1, +2, its multi-word place heads,
#: and the folded word.
_Entry = tuple[list[str], list[str], list[str], list[str], list[str], tuple[str, ...], str]


def shape(word: str) -> str:
    """A coarse shape: ar, num, lat, punct, mixed (plus "1" for a one-letter word)."""
    if _BASIC_ARABIC(word) or _ARABIC.match(word, None, None, SERIAL):
        return "ar1" if len(word) == 1 else "ar"
    if _DIGITS.match(word, None, None, SERIAL):
        return "num"
    if _LATIN.match(word, None, None, SERIAL):
        return "lat"
    if _PUNCT.match(word, None, None, SERIAL):
        return "punct"
    return "mixed"


def _stem(f: str, gaz: Gazetteer, readings: Sequence[Reading] | None = None) -> tuple[str, str, bool]:
    """(stem, prefix, in_gazetteer): the clitic split whose stem is a known name, else the longest
    proclitic split that leaves at least three letters; ``readings``: ``proclitic_readings(f)`` if known."""
    if readings is None:
        readings = proclitic_readings(f)
    hit = gaz.known_reading(f, readings)
    if hit is not None:
        return f[hit[2]:], hit[0], True
    for prefix, _, size in reversed(readings):  # the readings come shortest prefix first
        if len(f) - size >= 3:
            return f[size:], prefix, False
    return f, "", False


class FeatureExtractor:
    """Per-word features with a cache; one instance per gazetteer.

    ``keep``: the feature names the model knows (see ``scripts/train_ner.py``); other features are
    dropped once per word, which makes tagging several times faster without changing its output.
    ``clusters=False`` leaves out the word-cluster features (``c256=17``, see :mod:`.clusters`), to
    train a model without them (``scripts/train_ner.py --no-clusters``).
    """

    def __init__(self, gazetteer: Gazetteer | None = None, keep: AbstractSet[str] | None = None,
                 clusters: bool = True) -> None:
        self.gaz = gazetteer or default_gazetteer()
        self.keep = keep
        self.clusters = clusters
        # word → (local features, as seen from -2, -1, +1, +2, multi-word place heads, folded word)
        self._cache: dict[str, _Entry] = {}
        self._domain_cache: dict[str, list[str]] = {}
        #: the flag of each trigger list of the gazetteer, in its order, and each word of the lists →
        #: the positions of the lists that hold it (two lookups per word instead of two per list)
        self._trigger_flags = [_TRIGGER_FLAGS.get(name, "t_" + name) for name in self.gaz.triggers]
        self._trigger_words: dict[str, tuple[int, ...]] = {}
        for k, words in enumerate(self.gaz.triggers.values()):
            for w in words:
                self._trigger_words[w] = (*self._trigger_words.get(w, ()), k)

    def entry(self, word: str, filtered: bool = True) -> _Entry:
        """The features of ``word`` (see :data:`_Entry`), from the cache or computed and not cached:
        the state scorer turns them into attribute ids at once and keeps only those.  With
        ``filtered`` false, a word not in the cache keeps the features that ``keep`` would drop (for a
        caller that drops them itself: the state scorer keeps only the model's attributes)."""
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        local, near, far, heads, f = self.parts(word)
        m2, m1, p1, p2 = _WINDOW_TAGS  # -2 and +2 see ``far``, -1 and +1 ``near``
        ctx = [[m2 + x for x in far], [m1 + x for x in near], [p1 + x for x in near], [p2 + x for x in far]]
        keep = self.keep
        if keep is not None and filtered:
            local = [x for x in local if x in keep]
            ctx = [[x for x in c if x in keep] for c in ctx]
        return (local, ctx[0], ctx[1], ctx[2], ctx[3], heads, f)

    def _word(self, word: str) -> _Entry:
        entry = self.entry(word)
        if len(self._cache) > _CACHE_LIMIT:
            make_room(self._cache, _CACHE_LIMIT)
        self._cache[word] = entry
        return entry

    def parts(self, word: str, ngrams: bool = True) -> tuple[list[str], list[str], list[str], tuple[str, ...], str]:
        """Unfiltered (own features, those seen from -1 and +1, those seen from -2 and +2, place
        heads, folded word); the neighbours' views are unprefixed: ``entry`` writes "-1|w=…", the
        state scorer looks the plain strings up in tables of the prefixed attributes' ids.  With
        ``ngrams`` false the n-gram features are their three letters alone ("<دمش" for "ng=<دمش"; the
        state scorer's table holds them so: no string is built per n-gram to be looked up)."""
        gaz = self.gaz
        f = fold(word)
        # the word's proclitics, as (prefix, article, length): its clitic splits are not built (a new word type's
        # splits cost a quarter of its features; the stems are sliced where they are asked for)
        readings = proclitic_readings(f)
        if f == word:  # the rule words ask for its lemma forms next (``word_flags``): from these readings
            word_lemma_forms(word, readings)
        stem, prefix, in_gaz = _stem(f, gaz, readings)
        sh = shape(word)
        flags: list[str] = []
        # A word not in the gazetteer has none of these flags: ``_stem`` found neither the word nor any of its
        # readings' stems (nor "ال"+stem where the article was read) a place, a nisba or a name part, and these
        # forms are among them (the stem is one of the readings', the prefix ends with the article where it read
        # it): most new word types (session 48).
        if in_gaz:
            if prefix.endswith(("ال", "لل")):
                forms: tuple[str, ...] = (f, stem, "ال" + stem)
            else:  # the unsplit word is its own stem: looked up once
                forms = (f, stem) if stem != f else (f,)
            places = gaz.places
            for x in forms:
                if x in places:
                    flags.append("g_place")
                    flags.append("g_" + places[x].kind)
                    break
            if not gaz.nisba.keys().isdisjoint(forms):
                flags.append("g_nisba")
            if not gaz.person_parts.isdisjoint(forms):
                flags.append("g_name")
            if not flags:
                flags.append("g_ent")
        particle = gaz.particles.get(f)
        if particle:
            flags.append("np_" + particle)
        triggers = self._trigger_words
        lists = triggers.get(f, ())
        if stem != f and stem in triggers:
            lists = tuple(sorted({*lists, *triggers[stem]}))
        if lists:
            names = self._trigger_flags
            flags += [names[k] for k in lists]
        w, st, shf = "w=" + f, "st=" + stem, _SHAPES[sh]
        pf = _PREFIXES.get(prefix)
        if pf is None:
            pf = _PREFIXES[prefix] = "pf=" + prefix
        local = [
            "bias", w, st, pf, shf,
            "p2=" + stem[:2], "p3=" + stem[:3], "s1=" + f[-1:], "s2=" + f[-2:], "s3=" + f[-3:],
            _LENGTHS[len(stem) if len(stem) < 8 else 8],
        ]
        # The longest Arabic words have about 15 letters; a run of thousands (a scraped line without
        # spaces) would give the CRF thousands of n-gram weights and a score that overflows to NaN.
        if sh == "ar" and 3 < len(stem) <= _MAX_NGRAM_WORD:
            # "ng=" + each three letters of "<stem>", sliced and prefixed in C by ``operator``'s functions (no
            # bytecode, and no argument tuple as a method-wrapper such as ``str.__add__`` would build, per n-gram)
            grams = map(_slice, repeat("<" + stem + ">"), _TRIGRAMS[:len(stem)])
            local += map(_concat, _NG, grams) if ngrams else grams
        if f.startswith("ال"):
            local.append("al")
        local += flags
        # word-vector clusters ("c256=17"), see clusters.py
        if self.clusters:
            own_c, near_c, far_c = cluster_features(stem, f)
            local.extend(own_c)
            near = [w, st, shf, *flags, *near_c]  # seen from the next and previous word
            far = [w, *flags, *far_c]  # seen from two words away
        else:
            near = [w, st, shf, *flags]
            far = [w, *flags]
        # the multi-word place heads among the word and the lemma forms of its proclitic splits (the
        # stem, after "ال"+stem where the article was absorbed)
        multi = gaz.multi_heads
        found = [f] if f in multi else []
        for _, article, size in readings:
            split_stem = f[size:]
            if article and "ال" + split_stem in multi:
                found.append("ال" + split_stem)
            if split_stem in multi:
                found.append(split_stem)
        heads = tuple(dict.fromkeys(found)) if len(found) > 1 else tuple(found)
        return local, near, far, heads, f

    def _domain(self, domain: str, word: str) -> list[str]:
        """The word's own features again, prefixed with ``domain`` ("wiki|w=…"): with them the model
        learns where another domain's conventions differ from news, which stays the default."""
        k = domain + "\0" + word
        feats = self._domain_cache.get(k)
        if feats is None:
            feats = [f"{domain}|{x}" for x in self.parts(word)[0]]
            if self.keep is not None:
                feats = [x for x in feats if x in self.keep]
            if len(self._domain_cache) > _CACHE_LIMIT:
                make_room(self._domain_cache, _CACHE_LIMIT)
            self._domain_cache[k] = feats
        return feats

    def entries(self, words: Sequence[str]) -> list[_Entry]:
        """The cached features of each word (computed on first sight)."""
        cache = self._cache
        return [cache.get(w) or self._word(w) for w in words]

    def places(self, heads: Sequence[tuple[str, ...]], plain: list[str]) -> list[int]:
        """Per word: 1 where a multi-word place of the gazetteer starts ("gp=B"), 2 inside it ("gp=I"),
        else 0; ``heads`` are the words' place heads (entry[5]), ``plain`` the folded words."""
        n = len(heads)
        places = [0] * n
        match = self.gaz.match_place
        free = 0  # the first word after the places found
        # only the words with heads, before the last word (a place found takes at least the next)
        for i in compress(range(n - 1), heads):
            if i >= free:
                size = match(plain, i, heads[i])
                if size > 1:
                    places[i] = 1
                    places[i + 1:i + size] = [2] * (size - 1)
                    free = i + size
        return places

    def __call__(self, words: Sequence[str], extra: Sequence[Sequence[str]] | None = None,
                 domain: str | None = None) -> list[list[str]]:
        """Features of a sentence of normalized words; ``extra[i]`` are more features of word i
        (for instance "in_group"); ``domain`` ("wiki") adds domain-specific copies of the word
        features (news, the default, has none)."""
        entries = self.entries(words)
        n = len(entries)
        plain = [e[6] for e in entries]
        places = self.places([e[5] for e in entries], plain)
        keep = self.keep
        bos, eos = ["BOS"], ["EOS"]
        none: list[str] = []
        m2 = [none, bos]
        m2 += [e[1] for e in entries]
        m1 = [bos]
        m1 += [e[2] for e in entries]
        p1 = [e[3] for e in entries[1:]]
        p1.append(eos)
        p2 = [e[4] for e in entries[2:]]
        p2 += [eos, none] if n > 1 else [none]
        out: list[list[str]] = []
        for i in range(n):
            feats = entries[i][0] + m2[i] + m1[i] + p1[i] + p2[i]
            if i:
                bg = "bg=" + plain[i - 1] + "|" + plain[i]
                if keep is None or bg in keep:
                    feats.append(bg)
            else:
                feats.append("first")
            if places[i]:
                feats.append("gp=B" if places[i] == 1 else "gp=I")
            if extra is not None and extra[i]:
                feats.extend(extra[i])
            if domain:
                feats.extend(self._domain(domain, words[i]))
            out.append(feats)
        return out


_default: FeatureExtractor | None = None


def sentence_features(words: Sequence[str], extra: Sequence[Sequence[str]] | None = None) -> list[list[str]]:
    """Features of ``words`` with the shipped gazetteer (see :class:`FeatureExtractor`)."""
    global _default
    if _default is None:
        _default = FeatureExtractor()
    return _default(words, extra)
