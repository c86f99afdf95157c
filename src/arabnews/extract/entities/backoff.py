"""The gazetteer back-off: known places the tagger left out, and LOC spans cut to the name.

The CRF, trained partly on Wikipedia, misses well-known places in news contexts that leave no
doubt, and follows ANERcorp's convention badly at the edges of a LOC.  Each correction is a named
rule that rewrites the BIO tags of one sentence in place; :data:`RULES` runs them in order:

1. :func:`head_out_of_loc` — "ريف إدلب": the LOC is "إدلب", not its head;
2. :func:`name_after_bare_head` — "حي جمعية الزهراء": a name after a place head is a place;
3. :func:`coordinated_places` — "اللاذقية وطرطوس": two prominent places vouch for each other;
4. :func:`place_beside_loc` — "اللاذقية وإدلب وحلب", "بلدة سراقب": a place next to a LOC or a head;
5. :func:`prominent_after_locative` — "من حلب", "وبحلب": a prominent place after a locative word;
6. :func:`trim_after_places` — "اليمن كارثي": the LOC stops after the place;
7. :func:`regnal_ordinals` — "الملك عبد الله الثاني": the ordinal belongs to the PER.

The rules follow news conventions, so the stage runs them on news text only.

>>> from arabnews import tokenize
>>> toks = tokenize("قصفت الطائرات ريف إدلب")
>>> gazetteer_backoff(toks, ["O", "O", "B-LOC", "I-LOC"], default_gazetteer())
['O', 'O', 'O', 'B-LOC']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import reduce
from itertools import compress
from operator import or_
from typing import Any, NamedTuple

from ...lang.ar import PRONOUN_SUFFIXES, clitic_splits, fold
from ...text.clitics import CliticSplit
from ...text.tokenize import Token
from .bio import Tag, edit_chunks, tag_set, tagged
from .gates import NAME_TAGS, Gate, gate, gate_of
from .gazetteer import Gazetteer, default_gazetteer, verb_forms  # noqa: F401  (doctest)
from .nouns import is_common_noun
from .rulewords import (
    HASHTAG,
    LOC_HEAD,
    PLACE_FORM,
    REGNAL_ORDINAL,
    TOPONYM_HEAD,
    RuleWords,
    flagged,
    rule_words,
    sentence_bits,
    sentence_kinds,
    sentence_norms,
    sentence_text_set,
    sentence_texts,
    word_flags,
    written_function_word,
)

#: A back-off rule: rewrites the tags of one sentence in place.
Rule = Callable[[Sequence[Token], list[Tag], Gazetteer], None]

#: A word not in a per-word cache yet.
_UNSEEN: Any = object()
#: Population from which a GeoNames city counts as prominent enough to tag from context alone.
PROMINENT_POPULATION = 100_000
#: The same in an Arab country, whose towns the news names more often ("صعدة", "القطيف").
PROMINENT_POPULATION_ARAB = 50_000
#: Countries of the Arab League (ISO codes).
ARAB_COUNTRIES = frozenset({"TN", "DZ", "MA", "LY", "EG", "SD", "MR", "SA", "YE", "OM", "AE", "QA", "BH", "KW",
                            "IQ", "SY", "LB", "JO", "PS", "SO", "DJ", "KM"})


# -- what the rules ask --------------------------------------------------------------------------

def has_article(word: str) -> bool:
    """Does the normalized ``word`` carry the article, after any proclitic ("البحر", "والمدينة")?"""
    return any(split.article for split in clitic_splits(word))


def prominent(gaz: Gazetteer, split: CliticSplit) -> bool:
    """Is the stem of ``split`` a country, a province of an Arab country ("شبوة", "القصيم", "تعز"), a town
    of ``provinces.yaml`` ("عين دراهم", "المكنين"), or a city of :data:`PROMINENT_POPULATION` people or
    more (:data:`PROMINENT_POPULATION_ARAB` in an Arab country)?

    Only the form as written counts: with its article when it has one.  A name without the article
    does not take it, so "السلالة" is not the Omani town "سلالة" nor "السوري" Surrey.  A word the
    training corpora mostly show as an ordinary word is not taken for the place it also names
    ("كان" Caen, "طراز" Taraz).
    """
    form = fold(split.lemma_forms[0])
    if form in gaz.towns:  # listed by hand, none an ordinary word ("الحامة", "بالمتلوي")
        return form not in gaz.common
    place = gaz.place(form)
    if place is None or form in gaz.common:
        return False
    if place.kind in ("country", "town") or form in gaz.provinces:  # towns: hand-picked, none an ordinary word
        return True
    least = PROMINENT_POPULATION_ARAB if place.country in ARAB_COUNTRIES else PROMINENT_POPULATION
    return place.kind == "city" and (place.population or 0) >= least


def place_after_ba(token: Token, gaz: Gazetteer) -> CliticSplit | None:
    """The split of a word that is ب (after و or not) + a prominent place ("بنابل", "بالمنستير"), or None."""
    if token.kind != "word":
        return None
    split = _prominent_place(gaz, token.norm)
    return split if split is not None and split.prefix in ("ب", "وب") else None


def _prominent_place(gaz: Gazetteer, word: str) -> CliticSplit | None:
    """The place split of a normalized word when it is a prominent place and no common noun
    ("مدينة" is also Medina: a head word or group trigger is never tagged on its own), else None;
    cached per word on the gazetteer."""
    cache = gaz.word_cache("prominent_place")
    if word in cache:
        return cache[word]
    split = gaz.place_split(word)
    if split is not None and (not prominent(gaz, split) or is_common_noun(fold(word))):
        split = None
    cache[word] = split
    return split


def _prominent_split(gaz: Gazetteer, word: str) -> CliticSplit | None:
    """The place split of a normalized word when :func:`prominent`, else None; cached per word on
    the gazetteer (unlike :func:`_prominent_place`, a common noun may be one)."""
    cache = gaz.word_cache("prominent_split")
    if word in cache:
        return cache[word]
    split = gaz.place_split(word)
    if split is not None and not prominent(gaz, split):
        split = None
    cache[word] = split
    return split


def _place_after_head(toks: Sequence[Token], i: int, gaz: Gazetteer) -> bool:
    """Is the word after the head ``toks[i]`` a place on its own, head and word not one place name
    together ("العاصمة دمشق" yes; "المدينة المنورة" no)?"""
    words = [fold(t.norm) for t in toks[i:i + 2]]
    return gaz.place_split(toks[i + 1].norm) is not None and not gaz.match_place(words, 0)


# -- the rules, in the order they run ------------------------------------------------------------

@gate(LOC_HEAD, ("B-LOC",))  # (the bit: a place head; the rule asks Gazetteer.is_loc_head)
def head_out_of_loc(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """"ريف إدلب", "مخيم اليرموك": the LOC is the name, not its head (ANERcorp's convention).

    A head with the article is part of the name ("البحر الأحمر", "المدينة المنورة") unless a place
    follows it ("العاصمة دمشق")."""
    if "B-LOC" not in tag_set(tags):
        return
    for i in tagged(tags, "B-LOC", 0, len(toks) - 1):
        if (toks[i].kind == "word" and gaz.is_loc_head(toks[i].norm)
                and (tags[i + 1] in ("I-LOC", "B-LOC") or gaz.place_split(toks[i + 1].norm) is not None)
                and (not has_article(toks[i].norm) or _place_after_head(toks, i, gaz))):
            tags[i], tags[i + 1] = "O", "B-LOC"


@gate(LOC_HEAD, ("B-LOC",))
def adjective_after_head(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A one-word LOC right after a place head without the article that is an indefinite relative
    adjective of an ordinary noun ("حي سكني", "منطقة جبلية", "مدينة ساحلية": سكن, جبل, ساحل) describes
    the head: no place ("منطقة ماجني", "قرية كابيمبيري" stay places)."""
    if "B-LOC" not in tag_set(tags):
        return
    n = len(toks)
    for i in tagged(tags, "B-LOC", 1, n):
        if (i + 1 < n and tags[i + 1] == "I-LOC") or toks[i].kind != "word":
            continue
        prev = toks[i - 1]
        word = fold(toks[i].norm)
        if (tags[i - 1] == "O" and prev.kind == "word" and gaz.is_loc_head(prev.norm) and not has_article(prev.norm)
                and word.endswith(("ي", "يه")) and not has_article(toks[i].norm) and not gaz.known(word)
                and _noun_of_adjective(word, gaz)):
            tags[i] = "O"


def _noun_of_adjective(word: str, gaz: Gazetteer) -> bool:
    """Is the folded ``word`` (ending in ي or يه) a relative adjective of an ordinary noun: "سكني" of
    "سكن", "صناعيه" of "صناعه", "جبليه" of "جبل"?"""
    stem = word[:-2] if word.endswith("يه") else word[:-1]
    return len(stem) >= 3 and (stem in gaz.common or stem + "ه" in gaz.common)


@gate(LOC_HEAD, ("B-ORG",))
def name_after_bare_head(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A name after a place head without the article is a place, whatever its own head
    ("حي جمعية الزهراء": the ORG becomes a LOC)."""
    if "B-ORG" not in tag_set(tags):
        return
    n = len(toks)
    for i in tagged(tags, "B-ORG", 1, n):
        if (tags[i - 1] == "O" and toks[i - 1].kind == "word"
                and gaz.is_loc_head(toks[i - 1].norm) and not has_article(toks[i - 1].norm)):
            tags[i] = "B-LOC"
            j = i + 1
            while j < n and tags[j] == "I-ORG":
                tags[j] = "I-LOC"
                j += 1


#: The last sentence :func:`sentence_places` read: its tokens, the gazetteer, each token's place split and
#: the indices of the places.
_last_places: tuple[object, object, list[CliticSplit | None], list[int]] = (None, None, [], [])


def sentence_places(toks: Sequence[Token], gaz: Gazetteer) -> tuple[list[CliticSplit | None], list[int]]:
    """:meth:`.Gazetteer.place_splits` of a sentence's tokens and the indices of those that are places, found
    once for the rules of the sentence (the last sentence asked is remembered): the place rules visit only
    those words (every place rule asks first for a place split, and in news one word in ten or so has one).
    Only the words with :data:`.rulewords.PLACE_FORM` (a reading that is a place of the shipped tables, those
    of every gazetteer of :func:`.gazetteer.load_gazetteer`) are asked.  The lists are shared: do not modify
    them."""
    global _last_places
    last = _last_places  # read once: another thread may replace it
    if last[0] is not toks or last[1] is not gaz:
        # only a word one of whose readings is a place can be one (the bit :data:`.rulewords.PLACE_FORM`, session 45:
        # not every word of every sentence asked, nor each word seen first split and looked up)
        splits: list[CliticSplit | None] = [None] * len(toks)
        place_split = gaz.place_split
        for i in flagged(toks, PLACE_FORM):
            splits[i] = place_split(toks[i].norm)
        # (a split is never false: ``compress`` keeps the places' indices in C)
        last = _last_places = (toks, gaz, splits, list(compress(range(len(splits)), splits)))
    return last[2], last[3]


@gate(PLACE_FORM)
def coordinated_places(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """Two prominent places joined by و ("وشهدت اللاذقية وطرطوس"): each vouches for the other."""
    splits, at = sentence_places(toks, gaz)
    norms = sentence_norms(toks)
    # both words are places (a prominent one is a place): the second after و
    for i in [k - 1 for k in at if k and splits[k - 1] is not None and norms[k][:1] == "و"]:
        if (tags[i] == "O" and tags[i + 1] == "O" and toks[i].kind == "word" and toks[i + 1].kind == "word"):
            second = _prominent_split(gaz, toks[i + 1].norm)
            if (second is not None and second.prefix.startswith("و")
                    and _prominent_split(gaz, toks[i].norm) is not None):
                tags[i] = tags[i + 1] = "B-LOC"


@gate(PLACE_FORM)
def place_beside_loc(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A known place after a LOC or a bare place head ("بلدة سراقب"), or coordinated with a LOC
    ("اللاذقية وإدلب وحلب"); swept forwards then backwards, so a list is tagged from either end.

    Coordinated with a LOC ("وإدلب") only a prominent place is taken, since GeoNames towns
    include common words ("وكان" is Cannes, "طراز", "الزاوية")."""
    n = len(toks)
    # only a known place is tagged: the sweeps visit the words that are one (the others stay as they are)
    splits, at = sentence_places(toks, gaz)
    places = [(i, split) for i in at if (split := splits[i]) is not None]  # (each is: mypy reads no index)
    # is the word before each place a place head in construct (asked only there: the head of a tag added)
    heads = {i - 1: _construct_head(toks[i - 1], gaz) for i, _ in places if i}
    # nothing to stand beside: no LOC, no place head before a place (the sweeps only add a LOC next to one)
    if True not in heads.values() and "B-LOC" not in tag_set(tags) and "I-LOC" not in tag_set(tags):
        return
    for order in (places, places[::-1]):
        for i, split in order:
            if tags[i] != "O":
                continue
            left = i > 0 and tags[i - 1].endswith("LOC")
            right = i + 1 < n and tags[i + 1] == "B-LOC" and toks[i + 1].norm.startswith("و")
            head = not left and i > 0 and tags[i - 1] == "O" and heads[i - 1]
            if not (left or right or head):
                continue
            if head or ((right or split.prefix.startswith("و")) and _prominent_split(gaz, toks[i].norm) is not None):
                tags[i] = "B-LOC"


def _construct_head(tok: Token, gaz: Gazetteer) -> bool:
    """Is ``tok`` a place head that a name can follow: without the article or a possessive ending
    ("بلدة سراقب"; not "في المنطقة كان يتخذ", "إلى بلده لكن", "في السجن بأن", where the word after
    the head is no name but GeoNames has a town of that spelling), or a head listed with its article
    ("العاصمة كمبالا")?"""
    if tok.kind != "word" or not gaz.is_loc_head(tok.norm):
        return False
    norm = tok.norm
    if has_article(norm):  # only a head listed with its article: "العاصمة كمبالا"
        return fold(norm) in gaz.triggers.get("loc_head", frozenset())
    return not norm.endswith(PRONOUN_SUFFIXES)  # "بلده", "مدينتها", "منطقتهم"


@gate(PLACE_FORM)
def prominent_after_locative(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A prominent place after a locative word ("من حلب", "إلى الموصل", "وفي تعز") or with ب/ل on it
    ("وبحلب").

    The CRF, trained partly on Wikipedia, sometimes leaves such well-known names out, and in
    these contexts they are rarely common nouns."""
    _places_after_locative(toks, tags, gaz, strict=False)


@gate(PLACE_FORM)
def places_after_locative_wiki(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """:func:`prominent_after_locative` on Wikipedia text, where a toponym's head without the article
    is the head of a gate's name ("وباب الكلاسة", "وباب الزيادة": the mosque's gates), not the Syrian
    town "الباب", and a word the corpora mostly show as an ordinary word as written, clitic and all,
    is that word ("لمعان": for meanings, not ل + Ma'an).  In news the town is completed to the
    toponym later ("وباب بحر")."""
    _places_after_locative(toks, tags, gaz, strict=True)


def _places_after_locative(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer, strict: bool) -> None:
    preps = gaz.triggers.get("loc_prep", frozenset())
    norms = sentence_norms(toks)
    # only a place can be a prominent one: each place's prominent place, as cached (_UNSEEN: not asked yet)
    at = sentence_places(toks, gaz)[1]
    known = gaz.word_cache("prominent_place").get
    for i, split in [(i, known(norms[i], _UNSEEN)) for i in at]:
        if split is None or tags[i] != "O" or toks[i].kind != "word":
            continue
        norm = norms[i]
        if gaz.particles.get(fold(norm)) == "patronym":
            continue  # "من بن علي": a name's "son of", not GeoNames' "بن" (Bonn, which news spell "بون"; session 37)
        if split is _UNSEEN:
            split = _prominent_place(gaz, norm)
        if split is None or (strict and ((not split.article and word_flags(norm) & TOPONYM_HEAD)
                                         or fold(norm) in gaz.common)):
            continue
        # after a preposition a word takes no proclitic but the article: "من فصيلة" is not من ف + "صيلة";
        # "على" written with ى is one too ("هجوم على مأرب"), not the name "علي"
        after_prep = i > 0 and tags[i - 1] == "O" and split.prefix in ("", "ال") and (
            _locative(fold(toks[i - 1].norm), preps) or written_function_word(toks[i - 1]))
        # a bare ب/ل is read as a clitic only at a sentence start or before a place of an Arab country:
        # "بايدن" is not ب + ايدن (Aydın), "بتعز" is ب + تعز
        clitic = any(c in split.prefix for c in "بل") and (
            len(split.prefix) >= 2 or i == 0 or _arab_place(gaz, split))
        if after_prep or clitic:
            tags[i] = "B-LOC"


def _arab_place(gaz: Gazetteer, split: CliticSplit) -> bool:
    """Is the stem of ``split`` a place of an Arab country, no name part ("بجمال": with Jamal, or in the
    Tunisian town Jemmal) and, without its article, no ordinary word ("بالأبيض": in black and white,
    not in El Obeid)?"""
    form = fold(split.lemma_forms[0])
    place = gaz.place(form)
    bare = form[2:] if form.startswith("ال") else form
    return place is not None and place.country in ARAB_COUNTRIES and form not in gaz.person_parts \
        and bare not in gaz.common


def _locative(word: str, preps: frozenset[str]) -> bool:
    """Is the folded ``word`` a locative word, with و or ف before it too ("وفي تعز", "ومن حلب")?"""
    return word in preps or (word[:1] in ("و", "ف") and word[1:] in preps)


@gate(tags=("I-LOC",))  # a LOC of 2+ words (the rule asks its B-LOC itself)
def trim_after_places(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """Cut a LOC whose first words are a whole known place and whose last word is unknown to every
    table and indefinite ("اليمن كارثي", "دير الزور شرقا"): the tagger ran on into a predicate
    or an adverb."""
    if "B-LOC" not in tag_set(tags):
        return
    for i, j, label in edit_chunks(tags):
        if label != "LOC" or tags[i] != "B-LOC" or j - i < 2:
            continue
        words = [fold(t.norm) for t in toks[i:j]]
        size = gaz.match_place(words, 0) or (1 if gaz.place_split(toks[i].norm) is not None else 0)
        # an adjective with the article agrees with the name and belongs to it ("الجزيرة العربية")
        if 0 < size < j - i and not gaz.stem_in_gazetteer(words[-1]) and not has_article(toks[j - 1].norm):
            for k in range(i + size, j):
                tags[k] = "O"


#: "عشر" / "عشرة" after an ordinal ("الرابع عشر", "الثانية عشرة"), folded.
_TEENS = frozenset({fold("عشر"), fold("عشرة")})
#: "من" after an ordinal: "the first of" ("الأول من نوعه"), no regnal number.
_OF = fold("من")


def _ordinal_end(toks: Sequence[Token], j: int, words: RuleWords) -> tuple[int, bool] | None:
    """Where the regnal ordinal at ``j`` ends (after "عشر"/"عشرة") and whether it is feminine; None if
    ``j`` is no such ordinal, or is "the first of" ("الأول من"), or "الحادي" without "عشر"."""
    word = fold(toks[j].norm)
    feminine = word in words.regnal_ordinals_feminine
    if not feminine and word not in words.regnal_ordinals:
        return None
    end = j + 1
    if end < len(toks) and fold(toks[end].norm) in _TEENS:
        end += 1
    elif word.startswith(fold("الحادي")):
        return None
    if end < len(toks) and fold(toks[end].norm) == _OF:
        return None
    return end, feminine


def _regnal_name_before(toks: Sequence[Token], j: int, words: RuleWords) -> int:
    """How many words right before ``j`` are a name of ``regnal_names`` (two: "يوحنا بولس"; one:
    "رمسيس"; 0: none)."""
    if j >= 2 and f"{fold(toks[j - 2].norm)} {fold(toks[j - 1].norm)}" in words.regnal_names:
        return 2
    return 1 if j >= 1 and fold(toks[j - 1].norm) in words.regnal_names else 0


def _title(tok: Token, words: RuleWords) -> bool | None:
    """Is ``tok`` a regnal title, feminine (True: "الملكة") or masculine (False: "الملك")? None: no title."""
    word = fold(tok.norm)
    if word in words.regnal_titles_feminine:
        return True
    return False if word in words.regnal_titles else None


def _titled_name(toks: Sequence[Token], tags: Sequence[Tag], j: int, feminine: bool, gaz: Gazetteer,
                 words: RuleWords) -> int:
    """The first word of a monarch's name of one or two untagged words between a regnal title and the
    ordinal at ``j`` ("الملك سيتي الثاني", "الملك المغربي محمد السادس": the nationality stays out), the
    title's gender that of the ordinal; -1 if there is none."""
    for size in (1, 2):
        t = j - size - 1
        if t < 0:
            return -1
        if any(tags[k] != "O" or toks[k].kind != "word" or fold(toks[k].norm) in words.function_words
               or _title(toks[k], words) is not None or _nisba(toks[k], gaz) for k in range(t + 1, j)):
            return -1
        gender = _title(toks[t], words)
        if gender is None and size == 1 and t > 0 and tags[t] == "O" and _nisba(toks[t], gaz):
            gender = _title(toks[t - 1], words)  # "الملك المغربي محمد السادس"
        if gender is not None:
            return t + 1 if gender == feminine else -1
    return -1


def _nisba(tok: Token, gaz: Gazetteer) -> bool:
    """A nationality adjective with the article ("المغربي", "الأردنية")."""
    word = fold(tok.norm)
    return word.startswith("ال") and (word[2:] in gaz.nisba or word in gaz.nisba)


@gate(bits=REGNAL_ORDINAL)
def regnal_ordinals(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """Join a regnal ordinal to the name of a monarch or a pope (``rules.yaml``'s ``regnal_*`` lists):
    "الملك عبد الله الثاني", "الملكة إليزابيث الثانية", "البابا بنديكت السادس عشر" are one PER with
    the ordinal and "عشر"; so are one or two untagged words between a title and an ordinal ("الملك
    سيتي الثاني"), and a name borne with an ordinal without a title ("رمسيس الثاني", "لويس الرابع
    عشر"); not "الأول من" (the first of), nor an ordinal after another name ("قرار ترامب الثاني").  The
    name ends with its ordinal, but for a patronym, where the tagger ran on ("الملك محمد السادس بالقصر
    الملكي" → "محمد السادس", "البابا تواضروس الثاني بابا الإسكندرية" → "البابا تواضروس الثاني")."""
    words = rule_words()
    if not sentence_bits(toks) & REGNAL_ORDINAL:
        return
    n = len(tags)
    # the ordinals' words only (:func:`_ordinal_end` asks the folded word in the lists; only a token of kind "word",
    # a run of Arabic letters, folds to one, and its flags hold the bit then): not every token of a long sentence
    for j in flagged(toks, REGNAL_ORDINAL):
        if j < 1 or tags[j] not in ("O", "I-PER"):
            continue
        found = _ordinal_end(toks, j, words)
        if found is None:
            continue
        end, feminine = found
        if tags[j - 1] in ("B-PER", "I-PER"):
            i = j - 1
            while i > 0 and tags[i] == "I-PER":
                i -= 1
            gender = _title(toks[i - 1], words) if i > 0 else None
            if gender is not None and gender != feminine:  # "زيارة الملك سلمان الأولى": his first visit
                k = j
                while tags[j] == "I-PER" and k < n and tags[k] == "I-PER":
                    tags[k] = "O"
                    k += 1
                continue
            if gender is None and not _regnal_name_before(toks, j, words):
                continue
        elif tags[j] != "O":
            continue
        else:
            first = _titled_name(toks, tags, j, feminine, gaz, words)
            if first < 0:
                size = _regnal_name_before(toks, j, words)
                if not size or any(tags[k] != "O" for k in range(j - size, j)) or (
                        j - size > 0 and fold(toks[j - size - 1].norm) in gaz.head_words):
                    continue
                first = j - size
            tags[first:j] = ["B-PER"] + ["I-PER"] * (j - first - 1)
        for k in range(j, end):
            if tags[k] == "O":
                tags[k] = "I-PER"
        # the name ends with its ordinal, but for a patronym ("عبد الله الثاني بن الحسين"): not a title in
        # apposition ("البابا تواضروس الثاني بابا الإسكندرية") nor a preposition and a noun ("بالقصر الملكي")
        if end < n and tags[end] == "I-PER" and toks[end].kind == "word" and fold(toks[end].norm) not in PATRONYMS:
            k = end
            while k < n and tags[k] == "I-PER":
                tags[k] = "O"
                k += 1


@gate(bits=HASHTAG)
def place_in_hashtag(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A hashtag that names a country, a province or a prominent city is a place ("#اليمن",
    "#تعز"; the span starts after "#", see :mod:`.decode`)."""
    if "hashtag" not in sentence_kinds(toks):
        return
    for i, tok in enumerate(toks):
        if tok.kind == "hashtag" and tags[i].startswith("I-"):
            tags[i] = "O"  # a name does not run on into a hashtag ("بالعريش #سيناء"): the tag is its own
        if tok.kind == "hashtag" and tags[i] == "O" and len(tok.norm) > 2:
            splits = clitic_splits(tok.norm[1:].replace("_", " "))
            if _tag_place(gaz, splits[0]) or hashtag_place(tok, gaz)[1]:
                tags[i] = "B-LOC"


def hashtag_place(tok: Token, gaz: Gazetteer) -> tuple[int, int]:
    """Where in ``tok.text`` the place a hashtag of words joined by "_" names begins and ends, or (0, 0).

    The whole tag when it is a place ("#الإمارات_العربية_المتحدة"); else the place that begins a slogan,
    after its "#" ("#غزة_تحت_القصف" → "غزة", "#سيدي_بوزيد_تنتفض" → "سيدي_بوزيد"): its first words up to
    an underscore, the longest of at most three that is a prominent place; after a head or a direction,
    which a place in prose leaves out too ("#قطاع_غزة" → "غزة", "#جنوب_لبنان" → "لبنان", "#ريف_دمشق")."""
    norm, text = tok.norm[1:].split("_"), tok.text[1:].split("_")
    if len(norm) < 2 or len(norm) != len(text) or not all(norm):
        return (0, 0)
    if len(norm) <= 4 and _tag_place(gaz, clitic_splits(" ".join(norm))[0]):
        return (1, len(tok.text))
    head = fold(norm[0])
    skip = 1 if gaz.is_loc_head(norm[0]) or head in gaz.triggers.get("loc_prep", frozenset()) \
        or head in rule_words().hashtag_heads else 0
    last = len(norm) if skip else len(norm) - 1  # a place alone is the whole tag's, read above
    for k in range(min(skip + 3, last), skip, -1):
        if _tag_place(gaz, clitic_splits(" ".join(norm[skip:k]))[0]):
            start = 1 + len("_".join(text[:skip])) + (1 if skip else 0)
            return (start, start + len("_".join(text[skip:k])))
    preps = rule_words().hashtag_prepositions
    for p in range(1, len(norm) - 1):  # "#العدوان_على_غزة", "#مسيرات_في_تونس": the place after a preposition
        if fold(norm[p]) in preps:
            for k in range(min(p + 4, len(norm)), p + 1, -1):
                if _tag_place(gaz, clitic_splits(" ".join(norm[p + 1:k]))[0]):
                    start = 1 + len("_".join(text[:p + 1])) + 1
                    return (start, start + len("_".join(text[p + 1:k])))
    return (0, 0)


#: The patronyms a person's name continues with after a given name ("بن", "ابن", "بنت"; the Mauritanian "ولد");
#: "بن" is a place too.
PATRONYMS = frozenset({"بن", "ابن", "بنت", "ولد"})
#: Most words of a hashtag that names an organisation or a person ("#منظمة_الصحة_العالمية", "#محمد_بن_سلمان"):
#: a longer tag is a slogan.
HASHTAG_NAME_WORDS = 5


@gate(bits=HASHTAG)
def name_in_hashtag(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A hashtag of words joined by "_" that spells a known organisation ("#الأمم_المتحدة"), one headed by an
    organisation word ("#وزارة_الصحة", "#منظمة_الصحة_العالمية") or a person's name of given-name parts
    ("#محمد_بن_سلمان") is that ORG or PER, as the same words in prose would be; a tag with a preposition or a verb
    among its words is a slogan ("#الأقصى_في_خطر", "#الشعب_يريد_إسقاط_النظام")."""
    if "hashtag" not in sentence_kinds(toks):
        return
    for i, tok in enumerate(toks):
        if tok.kind == "hashtag" and tags[i] == "O" and "_" in tok.norm:
            label = hashtag_name(tok, gaz)
            if label:
                tags[i] = "B-" + label


def hashtag_name(tok: Token, gaz: Gazetteer) -> str | None:
    """"ORG" or "PER" when the hashtag ``tok`` names one (see :func:`name_in_hashtag`), else None."""
    from .orgs import _known_org_names  # (orgs reads this module's tables)
    words = [fold(w) for w in tok.norm[1:].split("_")]
    if not 2 <= len(words) <= HASHTAG_NAME_WORDS or not all(words) or hashtag_phrase(tok):
        return None
    verbs = verb_forms()
    if any(w in verbs for w in words[1:]):
        return None
    first = clitic_splits(words[0])[0].stem
    rest = tuple(words[1:])
    if any(name[1:] == rest for names in _known_org_names(words[0]).values() for name in names):
        return "ORG"
    if first in gaz.triggers.get("org_head", frozenset()) and all(w.startswith(("ال", "لل")) for w in rest):
        return "ORG"  # "#وزارة_الصحة", "#منظمة_الصحة_العالمية"; not "#جيش_الاحتلال_يقتل_الأطفال"
    if first in gaz.person_parts and first not in gaz.places \
            and not any(w in gaz.common or w in verbs or (w in gaz.places and w not in PATRONYMS) for w in words):
        return "PER"  # "#محمد_بن_سلمان", "#عبد_الفتاح_السيسي"; not "#محمد_رسول_الله"
    return None


def hashtag_phrase(tok: Token) -> bool:
    """Is the hashtag ``tok`` a phrase: a preposition among its words after the first ("#الأقصى_في_خطر")?"""
    words = tok.norm[1:].split("_")
    preps = rule_words().hashtag_prepositions
    return len(words) > 2 and any(fold(w) in preps for w in words[1:-1])


def _tag_place(gaz: Gazetteer, split: CliticSplit) -> bool:
    """Does a hashtag's first words name a place: a prominent one, or a country's nisba that names the
    country itself ("#السعودية", "#السعودية_العظمى": ``country_nisbas``)?"""
    return prominent(gaz, split) or fold(split.lemma_forms[0]) in rule_words().country_nisbas


#: The back-off rules in the order they run; each sees the tags the previous ones left.
RULES: tuple[Rule, ...] = (
    head_out_of_loc,
    adjective_after_head,
    name_after_bare_head,
    coordinated_places,
    place_beside_loc,
    prominent_after_locative,
    trim_after_places,
    regnal_ordinals,
    place_in_hashtag,
    name_in_hashtag,
)


#: The rules of :data:`RULES` that change nothing in a sentence without a name (all its tags "O").
ON_NAMES: frozenset[Rule] = frozenset({head_out_of_loc, adjective_after_head, name_after_bare_head, trim_after_places})


#: A rule as :func:`run_rules` runs it: the rule, its mask (the word bits of its gate, or the bits of its gate's
#: texts, :class:`_Plan`; 0: none), the tags its gate needs (a name's tags for a rule of ``on_names`` without its
#: own: "O" alone is none of them) and the token texts its gate needs besides word bits.
_Step = tuple[Rule, int, frozenset[Tag], frozenset[str]]

class _Plan(NamedTuple):
    """The steps of a rule sequence: a step with a mask is asked only when its mask shares a bit with the
    sentence's key, the words' bits that a gate asks and a bit for each text of a gate of texts alone
    that the sentence holds (above the words' bits): one test for either gate, and, for a rule of
    ``on_names``, one test of the tags for both its gate and a sentence without a name."""

    rules: Sequence[Rule]
    on_names: frozenset[Rule]
    steps: tuple[_Step, ...]
    #: the word bits some gate asks (0: none, and the sentence's bits are not read)
    word_bits: int
    #: does a step ask the token texts in the loop (a gate of bits and texts)
    need_texts: bool
    #: the bit of each text of a gate of texts alone (none: no such gate), and those texts
    text_bits: dict[str, int]
    texts: frozenset[str]
    #: the indices of the steps without a mask, in order, and each bit of a mask → the indices of the steps whose
    #: mask has it: a sentence visits those and the steps its key's bits open, not each step to test its mask
    #: (session 42: of some 190 steps, a sentence of news opens a dozen by their masks and passed a hundred)
    always: tuple[int, ...]
    by_bit: dict[int, tuple[int, ...]]
    #: what :func:`run_rules` reads of each step: its rule, the tags its gate needs as bits of :data:`_TAG_BITS`
    #: (0: any) and its texts (session 46: an ``&`` of two small ints, not ``frozenset.isdisjoint``, for each of the
    #: forty-odd steps of no mask a sentence visits, each gated on tags)
    runs: tuple[tuple[Rule, int, frozenset[str]], ...]
    #: the steps of a gate of ``any_of`` (:func:`.gates.when`), each as its index and its alternatives, each the word
    #: bits it needs (0: none) and the bits of the tags it needs (0: any): :func:`run_rules` gives the step, for a
    #: sentence, the tags of those alternatives its words open (none: the step is shut), so that its loop tests a
    #: step of any_of as one of tags (session 47); in ``runs``, such a step has the tags of all its alternatives
    choices: tuple[tuple[int, tuple[tuple[int, int], ...]], ...]
    #: the word bits the alternatives of ``choices`` ask, and the steps of a sentence by those of them its words hold:
    #: ``runs`` with each step of any_of as :func:`_chosen` makes it (a few such sets, each made once)
    choice_bits: int
    chosen: dict[int, tuple[tuple[Rule, int, frozenset[str]], ...]]


#: Each tag a gate of a plan needs → its bit (made as plans are): the tags of a sentence are a mask of those bits
#: (a tag no gate needs is none of them), and a gate of tags is shut when it shares none with them.
_TAG_BITS: dict[Tag, int] = {}


def _tag_mask(tags: Iterable[Tag]) -> int:
    """The bits of :data:`_TAG_BITS` of ``tags`` (those no gate needs count for nothing)."""
    get = _TAG_BITS.get
    mask = 0
    for tag in tags:
        mask |= get(tag, 0)
    return mask


#: ``id`` of each rule sequence and on-names set run → its plan (which keeps both, so the ids stay theirs).
_PLANS: dict[tuple[int, int], _Plan] = {}
_NO_GATE = Gate()


def _plan(rules: Sequence[Rule], on_names: frozenset[Rule] = frozenset()) -> _Plan:
    """The plan of ``rules`` (each with its gate), made once per tuple (a list, which its caller
    may change, each time)."""
    key = (id(rules), id(on_names))
    plan = _PLANS.get(key)
    if plan is None or plan.rules is not rules or plan.on_names is not on_names:
        gates = [gate_of(rule) or _NO_GATE for rule in rules]
        word_bits = reduce(or_, [a.bits for g in gates for a in (g, *g.any_of)], 0)
        first = 1 << word_bits.bit_length()  # the first text's bit
        text_bits: dict[str, int] = {}
        steps: list[_Step] = []
        alternatives: list[tuple[int, tuple[tuple[int, frozenset[Tag]], ...]]] = []
        for rule, g in zip(rules, gates, strict=True):
            if g.any_of:  # visited by every sentence, and asked the tags its words leave (run_rules)
                if rule in on_names and not all(a.tags <= NAME_TAGS for a in g.any_of):
                    raise ValueError(f"{rule.__name__}: a gate of tags other than a name's on a rule of on_names")
                alts = tuple((a.bits, a.tags or (NAME_TAGS if rule in on_names else a.tags)) for a in g.any_of)
                alternatives.append((len(steps), alts))
                tags = frozenset().union(*(t for _, t in alts)) if all(t for _, t in alts) else frozenset()
                steps.append((rule, 0, tags, frozenset()))
                continue
            tags = g.tags or (NAME_TAGS if rule in on_names else g.tags)
            if g.tags and rule in on_names and not g.tags <= NAME_TAGS:  # both asked: not one set of tags
                raise ValueError(f"{rule.__name__}: a gate of tags other than a name's on a rule of on_names")
            if g.bits:
                mask, texts = g.bits, g.texts
            elif g.texts:
                mask, texts = 0, frozenset()
                for text in sorted(g.texts):
                    mask |= text_bits.setdefault(text, first << len(text_bits))
            else:
                mask, texts = 0, frozenset()
            steps.append((rule, mask, tags, texts))
        by_bit: dict[int, list[int]] = {}
        for k, (_, mask, _, _) in enumerate(steps):
            while mask:
                low = mask & -mask
                by_bit.setdefault(low, []).append(k)
                mask ^= low
        for tag in sorted({tag for _, _, tags, _ in steps for tag in tags}
                          | {tag for _, alts in alternatives for _, tags in alts for tag in tags}):
            _TAG_BITS.setdefault(tag, 1 << len(_TAG_BITS))
        plan = _Plan(rules, on_names, tuple(steps), word_bits, any(texts for _, _, _, texts in steps), text_bits,
                     frozenset(text_bits), tuple(k for k, step in enumerate(steps) if not step[1]),
                     {bit: tuple(ks) for bit, ks in by_bit.items()},
                     tuple((rule, _tag_mask(tags), texts) for rule, _, tags, texts in steps),
                     tuple((k, tuple((bits, _tag_mask(tags)) for bits, tags in alts)) for k, alts in alternatives),
                     reduce(or_, [bits for _, alts in alternatives for bits, _ in alts], 0), {})
        if type(rules) is tuple:
            if len(_PLANS) >= 32:  # tuples made afresh by a caller: a bound
                _PLANS.clear()
            _PLANS[key] = plan
    return plan


#: The texts of a step that no sentence opens (no token's text is empty): a step of ``any_of`` whose alternatives the
#: sentence's words all shut (:func:`_chosen`)
_NO_TEXTS = frozenset({""})


def _chosen(plan: _Plan, bits: int) -> tuple[tuple[Rule, int, frozenset[str]], ...]:
    """``plan.runs`` for a sentence whose words hold the bits ``bits`` of ``plan.choice_bits`` (kept in
    ``plan.chosen``): each step of ``any_of`` with the tags of the alternatives the words open (0: any; an alternative
    of no tags opens it whatever the tags), or shut by :data:`_NO_TEXTS` when they open none."""
    runs = list(plan.runs)
    for k, alts in plan.choices:
        mask = -1  # no alternative open yet
        for need, tag_bits in alts:
            if not need or need & bits:
                if not tag_bits:
                    mask = 0
                    break
                mask = tag_bits if mask < 0 else mask | tag_bits
        rule, _, texts = runs[k]
        runs[k] = (rule, 0, _NO_TEXTS) if mask < 0 else (rule, mask, texts)
    found = plan.chosen[bits] = tuple(runs)
    return found


def run_rules(rules: Sequence[Rule], toks: Sequence[Token], tags: Sequence[Tag], gaz: Gazetteer,
              on_names: frozenset[Rule] = frozenset()) -> list[Tag]:
    """``tags`` of one sentence after each of ``rules`` in order (a new list; ``tags`` is left as it
    was).  A rule whose gate (:mod:`.gates`) is shut for the sentence is not called, nor, while the
    tags are all "O", a rule of ``on_names`` (each changes nothing then): nearly half the sentences
    of news name nothing, and most rules need a word, a tag or a mark that a sentence lacks.

    A gate of word bits or of texts alone is a bit of the sentence's key (:class:`_Plan`): the steps
    visited are those without a mask and those the key's bits open, in order (session 42: not each
    step to test its mask, some 100 of 190 a sentence of news, for a dozen opened); the
    tags are looked at again (compared with those last looked at) only when a rule is about to be
    shut by them, once for all the rules run since: a gate that tags a rule removed leave open runs a
    rule that changes nothing, and one that tags a rule added open is never shut (session 38: some
    30,000 comparisons of the tags over 100 ANT articles were one after each rule run)."""
    out = list(tags)
    plan = _plan(rules, on_names)
    key = sentence_bits(toks) & plan.word_bits if plan.word_bits else 0
    if plan.choices:  # (the steps of any_of, as the words leave them)
        runs = plan.chosen.get(key & plan.choice_bits) or _chosen(plan, key & plan.choice_bits)
    else:
        runs = plan.runs
    text_bits = plan.text_bits
    texts = sentence_text_set(toks) if plan.need_texts else frozenset()
    if text_bits:  # (the texts as a list when no step asks their set)
        for text in plan.texts.intersection(texts or sentence_texts(toks)):
            key |= text_bits[text]
    order: Sequence[int] = plan.always
    if key:  # the steps the key's bits open, among those without a mask, in order
        opened: set[int] = set()
        by_bit = plan.by_bit
        while key:
            low = key & -key
            opened.update(by_bit.get(low, ()))
            key ^= low
        order = [*order, *opened]
        order.sort()
    present, seen = _tag_mask(set(out)), out.copy()  # the tags of ``out`` (bits of _TAG_BITS), as of ``seen``
    ran = False  # has a rule run since ``seen`` was compared with ``out``?
    for k in order:
        rule, gate_tags, gate_texts = runs[k]
        if gate_texts and gate_texts.isdisjoint(texts):
            continue
        if gate_tags and not gate_tags & present:
            # shut by the tags: as they are now (compared once for the rules run since the last look)
            if not ran:
                continue
            ran = False
            if out == seen:
                continue
            present, seen = _tag_mask(set(out)), out.copy()
            if not gate_tags & present:
                continue
        rule(toks, out, gaz)
        ran = True
    return out


def gazetteer_backoff(toks: Sequence[Token], tags: Sequence[Tag], gaz: Gazetteer,
                      rules: Sequence[Rule] = RULES) -> list[Tag]:
    """``tags`` of one sentence after the back-off ``rules`` (default: all of :data:`RULES`, in
    order): known places the tagger left out where the context leaves no doubt, place heads and
    trailing adjectives out of a LOC, regnal ordinals into a PER.  ``tags`` is not modified."""
    return run_rules(rules, toks, tags, gaz, ON_NAMES)
