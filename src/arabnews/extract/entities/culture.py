"""Names of culture (session 41): festivals, the titles of works, the arts, cultural bodies, the bodies a dual
names, and the persons of a credit.  The word lists are ``resources/ner/culture.yaml``'s.

- :func:`festival_names` — a festival's or a fair's name is one MISC with its head ("مهرجان قرطاج الدولي",
  "أيام قرطاج السينمائية", "المهرجان الدولي لفن المهرج"), its place no LOC of its own;
- :func:`quoted_titles` — a quoted title after "بعنوان", "تحت عنوان", "يحمل عنوان" is one MISC, nothing inside it
  another name ('بعنوان "مغامرات المهرجة الصغيرة"');
- :func:`art_not_person` — "فن" + its object is no person ("لفن المهرج", "فنون الركح");
- :func:`cultural_bodies` — "دار الثقافة", "دار الشباب", "المركب الثقافي", "المسرح الوطني" are an ORG, the town after
  them a LOC ("دار الثقافة بالمروج"; "فرقة المسرح الوطني ببنغازي");
- :func:`dual_quoted_orgs` — the quoted names after a dual or plural body head are an ORG each ('جمعيتا "فرحة للفنون
  الركحية" و"أهل الفن"');
- :func:`credit_persons` — the name after a credit is a person ("بإشراف بثينة الكثيري", "تأليف منى سلطاني");
- :func:`quoted_stage_person` — a quoted name after an artist's noun and a nationality is a person ('المسرحية
  الفرنسية "آنّا تريبال"').

They run last among the news rules (:data:`.corrections.ORDER`): what they tag, no later rule undoes.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from ...lang.ar import fold, load
from ...lang.schema import Record, Words
from ...text.tokenize import Token
from .bio import Tag, chunk_list, tag_set
from .gates import gate
from .gazetteer import Gazetteer, ordinary_given_names
from .rulewords import (
    ART_FORM,
    CREDIT_FORM,
    CULTURE_BODY_FIRST,
    DUAL_ORG_FORM,
    EVENT_HEAD,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    STAGE_PERSON_FORM,
    TITLE_MARK,
    flagged,
    has_article,
    is_predicate,
    rule_words,
    sentence_bits,
    sentence_folds,
    sentence_texts,
    stems,
    written_function_word,
)

CULTURE_FILE = "ner/culture.yaml"
CULTURE_SCHEMA = Record({
    "festival_heads": Words, "festival_series_heads": Words, "festival_scopes": Words, "festival_stops": Words,
    "art_nouns": Words, "title_cues": Words, "work_heads": Words, "title_cue_verbs": Words, "cultural_bodies": Words,
    "troupe_heads": Words, "dual_org_heads": Words, "credit_cues": Words, "credit_occupations": Words,
    "stage_persons": Words,
}, {"_about": str})

#: The most words of a quoted title (:func:`quoted_titles`) or a quoted name (:func:`dual_quoted_orgs`): a longer
#: quote is a statement.
TITLE_WORDS = 12
NAME_WORDS = 6


class CultureWords(NamedTuple):
    """``culture.yaml``, folded."""

    festival_heads: frozenset[str]
    series_heads: frozenset[str]
    #: the folded written forms of the heads, works, arts, troupes and dual heads, with a proclitic and the article
    #: or not (:func:`_written`): a set lookup per word, no clitic splits
    festival_forms: frozenset[str]
    series_forms: frozenset[str]
    work_forms: frozenset[str]
    art_forms: frozenset[str]
    troupe_forms: frozenset[str]
    dual_forms: frozenset[str]
    #: the folded words a sentence must hold for each rule to look at it (a set test on its words, no loop):
    #: a title's cue or a work, a credit (with و), an artist
    title_marks: frozenset[str]
    credit_forms: frozenset[str]
    stage_forms: frozenset[str]
    scopes: frozenset[str]
    stops: frozenset[str]
    art_nouns: frozenset[str]
    title_cues: frozenset[str]
    title_cue_verbs: frozenset[str]
    work_heads: frozenset[str]
    #: each body's folded words, by its first word
    bodies: dict[str, tuple[tuple[str, ...], ...]]
    #: each body's second word: a sentence that holds none names no body
    second_words: frozenset[str]
    troupe_heads: frozenset[str]
    dual_heads: frozenset[str]
    credit_cues: frozenset[str]
    occupations: frozenset[str]
    stage_persons: frozenset[str]


def _folded(words: Sequence[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


#: Proclitics a listed word may carry (folded), alone or before the article; ل before the article is written لل.
_PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")


def _written(words: frozenset[str]) -> frozenset[str]:
    """Every folded written form of ``words`` with one of :data:`_PROCLITICS` and the article or not ("مهرجان" →
    "لمهرجان", "والمهرجان", "للمهرجان"…), as :func:`.rulewords.stems` would read them back."""
    bare = {w[2:] if w.startswith("ال") else w for w in words}
    out = set(words)
    for w in bare:
        for p in _PROCLITICS:
            out.add(p + w)
            out.add(p + "ال" + w if p[-1:] != "ل" else p + "ل" + w)
    return frozenset(out)


@cache
def culture_words() -> CultureWords:
    """``culture.yaml`` read and folded once."""
    data = load(CULTURE_FILE, CULTURE_SCHEMA)
    bodies: dict[str, list[tuple[str, ...]]] = {}
    for phrase in data["cultural_bodies"]:
        words = tuple(fold(w) for w in phrase.split())
        bodies.setdefault(words[0], []).append(words)
    cues = _folded(data["credit_cues"])
    festival, series = _folded(data["festival_heads"]), _folded(data["festival_series_heads"])
    works = frozenset(fold(w.split()[-1]) for w in data["work_heads"])
    arts, troupes, duals = _folded(data["art_nouns"]), _folded(data["troupe_heads"]), _folded(data["dual_org_heads"])
    return CultureWords(
        festival_heads=festival, series_heads=series,
        festival_forms=_written(festival), series_forms=_written(series), work_forms=_written(works),
        art_forms=_written(arts), troupe_forms=_written(troupes), dual_forms=_written(duals),
        title_marks=_folded(data["title_cues"]) | {"عنوان"} | _written(works),
        credit_forms=cues | {"و" + c for c in cues}, stage_forms=_folded(data["stage_persons"]),
        scopes=_folded(data["festival_scopes"]), stops=_folded(data["festival_stops"]),
        art_nouns=_folded(data["art_nouns"]), title_cues=_folded(data["title_cues"]),
        title_cue_verbs=_folded(data["title_cue_verbs"]),
        work_heads=frozenset(fold(w.split()[-1]) for w in data["work_heads"]),
        bodies={k: tuple(sorted(v, key=len, reverse=True)) for k, v in bodies.items()},
        second_words=frozenset(w[1] for v in bodies.values() for w in v),
        troupe_heads=_folded(data["troupe_heads"]), dual_heads=_folded(data["dual_org_heads"]),
        credit_cues=cues,
        occupations=_folded(data["credit_occupations"]), stage_persons=_folded(data["stage_persons"]))


@cache
def festival_heads() -> frozenset[str]:
    """The heads of festivals' names, folded (``festival_heads`` and ``festival_series_heads``): a MISC that starts
    with one after a proclitic starts after it (:func:`.decode.entity_split`)."""
    cw = culture_words()
    return cw.festival_heads | cw.series_heads


def _tag(tags: list[Tag], i: int, j: int, label: str, toks: Sequence[Token] | None = None) -> None:
    """Tag ``i:j`` as one ``label`` name; a name that ran on past ``j`` starts again there, but the rest of a MISC
    or a rest that starts with no word (``toks`` given: "مهرجان البندقية السينمائي 2016" of the tagger's MISC
    "البندقية السينمائي 2016") is no name."""
    tags[i:j] = [f"B-{label}"] + [f"I-{label}"] * (j - i - 1)
    n = len(tags)
    if j < n and tags[j].startswith("I-"):
        if toks is not None and (tags[j] == "I-MISC" or toks[j].kind != "word"):
            end = j
            while end < n and tags[end] == tags[j]:
                end += 1
            tags[j:end] = ["O"] * (end - j)
        else:
            tags[j] = "B-" + tags[j][2:]


def _nisba_adjective(word: str) -> bool:
    """Is the folded ``word`` an adjective with the article and the nisba ending ("الدولي", "السينمائيه")?"""
    return word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) >= 5


def _place_size(toks: Sequence[Token], tags: Sequence[Tag], folds: Sequence[str], k: int, gaz: Gazetteer) -> int:
    """The words of the place at ``k``, written without a proclitic: the tagger's LOC, or a known place."""
    n = len(toks)
    if tags[k] == "B-LOC":
        j = k + 1
        while j < n and tags[j] == "I-LOC":
            j += 1
        return j - k if j - k <= 3 else 0
    if toks[k].kind != "word" or tags[k].startswith("I-"):
        return 0
    size = gaz.match_place(list(folds), k, (folds[k],))
    if size:
        return size
    return 1 if gaz.place(folds[k]) is not None and folds[k] not in rule_words().function_words else 0


def _complement_end(toks: Sequence[Token], tags: Sequence[Tag], folds: Sequence[str], k: int,
                    cw: CultureWords) -> int:
    """Where a festival's ل complement starting at ``k`` ends ("للشعر العربي", "لفن المهرج", "للإذاعة
    والتلفزيون"), or ``k``: a noun with ل and the article (no sound plural: "للفنانين" are the guests) or ل + an art,
    and the untagged definite words after it."""
    n = len(toks)
    if k >= n or toks[k].kind != "word" or folds[k] in cw.stops or is_predicate(toks[k].norm):
        return k
    word = folds[k]
    if not ((word.startswith("لل") and len(word) >= 5 and not word.endswith(("ين", "ون")))
            or (word[:1] == "ل" and word[1:] in cw.art_nouns)):
        return k
    end = k + 1
    while end < n and end - k < 4 and toks[end].kind == "word" and tags[end] == "O" \
            and folds[end].startswith(("ال", "وال")) \
            and len(folds[end]) >= 4 and folds[end] not in cw.stops and not is_predicate(toks[end].norm):
        end += 1
    return end


def _adjectives_end(toks: Sequence[Token], folds: Sequence[str], k: int, cw: CultureWords) -> int:
    """Where the adjectives with the article after a festival's head or place end ("الدولي", "السينمائيه")."""
    n = len(toks)
    end = k
    while end < n and end - k < 3 and toks[end].kind == "word" and not toks[end].text.endswith("ى") \
            and (folds[end] in cw.scopes or _nisba_adjective(folds[end])) and not is_predicate(toks[end].norm) \
            and (end == k or folds[end].endswith("يه") == folds[k].endswith("يه")):
        end += 1  # all of one gender: "مهرجان أيام قرطاج المسرحية" + "الثنائي" (the duo) is no adjective of it
    return end


def _festival_end(toks: Sequence[Token], tags: Sequence[Tag], folds: Sequence[str], h: int, gaz: Gazetteer,
                  cw: CultureWords) -> int:
    """Where the festival's name whose head is ``toks[h]`` ends, or 0 (no name)."""
    n = len(toks)
    norm = toks[h].norm
    if tags[h].startswith("I-") or h + 1 >= n or toks[h + 1].kind != "word":
        return 0  # the head inside another name ("جمعية مهرجان الزيتونة", "هيئة المهرجان")
    festival, series = folds[h] in cw.festival_forms, folds[h] in cw.series_forms
    if not festival and not series:
        return 0
    k = h + 1
    if has_article(norm):  # "المهرجان الدولي لفن المهرج": a scope, then a complement
        if not festival:
            return 0
        j = _adjectives_end(toks, folds, k, cw)
        if j == k or not any(folds[x] in cw.scopes for x in range(k, j)):
            return 0
        end = _complement_end(toks, tags, folds, j, cw)
        return end if end > j else 0
    if festival and not has_article(toks[k].norm) and folds[k] in cw.series_forms \
            and k + 1 < n and toks[k + 1].kind == "word":
        k += 1  # "مهرجان أيام قرطاج المسرحية"
        festival = False
    size = _place_size(toks, tags, folds, k, gaz)
    if size:
        j = k + size
    elif not festival:
        return 0
    elif tags[k].startswith("B-") and tags[k] != "B-LOC":  # a name the tagger found ("مهرجان موازين")
        j = k + 1
        while j < n and j - k < 3 and tags[j] == "I-" + tags[k][2:]:
            j += 1
        if j < n and tags[j].startswith("I-"):
            return 0
    elif folds[k].startswith("ال") and len(folds[k]) >= 4 and tags[k] == "O" and folds[k] not in cw.scopes \
            and not _nisba_adjective(folds[k]) and folds[k] not in rule_words().function_words \
            and not is_predicate(toks[k].norm):
        j = k + 1  # "مهرجان الورد", "مهرجان الشعر العربي", "مهرجان المدينة بسوسة"
    else:
        return 0
    adjectives = _adjectives_end(toks, folds, j, cw)
    end = _complement_end(toks, tags, folds, adjectives, cw)
    if not festival and end == j:
        return 0  # "أيام العطلة", "معرض صور في": a fair names one with an adjective or a complement
    return end


@gate(EVENT_HEAD)
def festival_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A festival's or a fair's name is one MISC with its head (``culture.yaml``'s ``festival_heads`` and
    ``festival_series_heads``), a proclitic on the head allowed, whatever the tagger made of its place: "مهرجان
    قرطاج الدولي", "لمهرجان برلين السينمائي", "أيام قرطاج السينمائية", "مهرجان أيام قرطاج المسرحية", "مهرجان
    القيروان للشعر العربي", "معرض بيروت العربي الدولي للكتاب", "مهرجان الورد", "المهرجان الدولي لفن المهرج",
    "المهرجان العربي للإذاعة والتلفزيون".  The place after it with ب is its own LOC ("مهرجان المدينة بسوسة");
    a head with the article needs a scope and a ل complement ("المهرجان" alone names the one named before); a
    fair's head a place and an adjective or a complement ("أيام العطلة", "معرض صور", "أيام قرطاج" alone: no name);
    not a head inside another name ("جمعية مهرجان الزيتونة الدولي", "هيئة المهرجان")."""
    if not sentence_bits(toks) & EVENT_HEAD:
        return
    cw = culture_words()
    folds = sentence_folds(toks)
    n = len(toks)
    done = 0
    for h in flagged(toks, EVENT_HEAD):
        if h < done or h >= n - 1 or toks[h].kind != "word":
            continue
        end = _festival_end(toks, tags, folds, h, gaz, cw)
        if end:
            _tag(tags, h, end, "MISC", toks)
            done = end


def _title_cue(toks: Sequence[Token], folds: Sequence[str], c: int, cw: CultureWords) -> int:
    """Is ``folds[c]`` a title's cue: "بعنوان", or "عنوان" after "تحت", "يحمل", or a work (``work_heads``, a
    proclitic or the article allowed: "فيلم", "لفيلم", "الفيلم"), or a work and one adjective with the article
    ("عملها المسرحي", "الفيلم الوثائقي")?  :data:`TITLE_CUE` for the first two, :data:`WORK_CUE` for a work, 0 for
    none."""
    word = folds[c]
    if word in cw.title_cues:
        return TITLE_CUE
    if word == "عنوان":
        return TITLE_CUE if c > 0 and folds[c - 1] in cw.title_cue_verbs else 0
    if toks[c].kind != "word":
        return 0
    works = cw.work_forms
    if word in works or (c > 0 and _nisba_adjective(word) and toks[c - 1].kind == "word" and folds[c - 1] in works):
        return WORK_CUE
    return 0


#: What :func:`_title_cue` found: "بعنوان" or "تحت عنوان", or a work.
TITLE_CUE, WORK_CUE = 1, 2


def _quotes(texts: Sequence[str], first: int) -> list[int]:
    """The positions from ``first`` on of the opening quotes of a sentence's token texts, in order (found by the
    list's own search, no loop over the words)."""
    found: list[int] = []
    n = len(texts)
    for mark in QUOTES_OPEN.intersection(texts):
        k = first
        while True:
            try:
                k = texts.index(mark, k, n)
            except ValueError:
                break
            found.append(k)
            k += 1
    found.sort()
    return found


def _quote_end(toks: Sequence[Token], texts: Sequence[str], q: int, most: int) -> int:
    """The closing quote of the quote opened at ``q`` within ``most`` words, or 0 (none, or nothing quoted)."""
    n = len(toks)
    for e in range(q + 1, min(n, q + 2 + most)):
        if texts[e] in QUOTES_CLOSE:
            return e if e > q + 1 else 0
    return 0


@gate(TITLE_MARK)
def quoted_titles(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A quoted title right after a work ('فيلم "زهرة حلب"', 'عملها المسرحي "كلون شو"': ``culture.yaml``'s
    ``work_heads``) is one MISC, the quotes outside, whatever the tagger found in it, as ANERcorp tags 'رواية "القاهرة
    الجديدة"' and 'مسلسل « اللقيطة »'; so is one after "بعنوان", "عنوان" (after "تحت", "يحمل": ``title_cues``,
    ``title_cue_verbs``) when the tagger found no name in it: 'بعنوان "مغامرات المهرجة الصغيرة"', 'يحمل عنوان
    "المهرج"', 'برنامجا بعنوان « الناس وأنا »'.  A seminar's, a report's or a concert's title with a name in it keeps
    the name, as ANERcorp and NewsFANE tag 'تقرير سري بعنوان " بن لادن مصمم على …"' and 'بعنوان " جسور عبر المتوسط
    "' (news dev: the LOC "المتوسط").  Not a quote of more than :data:`TITLE_WORDS` tokens (a statement)."""
    texts = sentence_texts(toks)
    cw = culture_words()
    folds = sentence_folds(toks)
    if QUOTES_OPEN.isdisjoint(texts) or cw.title_marks.isdisjoint(folds):
        return
    for q in _quotes(texts, 1):
        cue = _title_cue(toks, folds, q - 1, cw) if q + 1 < len(toks) else 0
        if not cue:
            continue
        if texts[q] in QUOTES_CLOSE and (texts[:q].count(texts[q]) % 2
                                         or (toks[q - 1].end == toks[q].start and toks[q].end < toks[q + 1].start)):
            continue  # a straight quote that closes one ('"برنامج الفدية" عشرات')
        e = _quote_end(toks, texts, q, TITLE_WORDS)
        if not e or not any(t.kind in ("word", "latin", "foreign", "number") for t in toks[q + 1:e]):
            continue
        if cue == TITLE_CUE and any(t not in ("O", "B-MISC", "I-MISC") for t in tags[q + 1:e]):
            continue  # a seminar's, a report's or a concert's title with a name in it keeps the name
        _tag(tags, q + 1, e, "MISC")


@gate(ART_FORM, tags=("B-PER",))
def art_not_person(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A PER that starts with an art (``culture.yaml``'s ``art_nouns``, a proclitic allowed) is no person: "لفن
    المهرج", "فن الخط", "بفنون الركح"."""
    if "B-PER" not in tag_set(tags):
        return
    arts = culture_words().art_forms
    folds = sentence_folds(toks)
    if arts.isdisjoint(folds):
        return
    for i, j, label in chunk_list(tags):
        if label == "PER" and j - i <= 3 and folds[i] in arts and toks[i].kind == "word":
            tags[i:j] = ["O"] * (j - i)
            if j < len(tags) and tags[j].startswith("I-"):
                tags[j] = "B-" + tags[j][2:]


def _body_at(toks: Sequence[Token], folds: Sequence[str], i: int, cw: CultureWords) -> int:
    """The words of the cultural body that starts at ``toks[i]`` (a proclitic on its first word allowed), or 0."""
    n = len(toks)
    for first in stems(toks[i].norm):
        for words in cw.bodies.get(first, ()):
            m = len(words)
            if i + m <= n and tuple(folds[i + 1:i + m]) == words[1:]:
                return m
    return 0


def _town_after(toks: Sequence[Token], tags: Sequence[Tag], folds: Sequence[str], k: int, gaz: Gazetteer,
                house: bool) -> int:
    """The words of the town after a cultural body at ``k``: with ب ("بالمروج", "ببنغازي"), a word with the article
    or a known place; without it, a known place or the tagger's LOC, or after a house ("دار الثقافة", ``house``)
    a definite word that is no adjective ("بدار الثقافة المروج"); 0 if none."""
    n = len(toks)
    if k >= n or toks[k].kind != "word" or tags[k].startswith("I-") or tags[k] in ("B-PER", "B-ORG"):
        return 0
    word = folds[k]
    rw = rule_words()
    if tags[k] == "B-LOC":  # the tagger's place ("بقصور الساف")
        j = k + 1
        while j < n and tags[j] == "I-LOC":
            j += 1
        return j - k if j - k <= 4 else 0
    if word[:1] == "ب" and len(word) >= 4 and word not in rw.function_words and not is_predicate(toks[k].norm):
        rest = word[1:]
        size = gaz.match_place(list(folds), k)
        if size:
            return size
        if gaz.place(rest) is not None or (rest.startswith("ال") and len(rest) >= 4 and not _nisba_adjective(rest)):
            return 1
        return 0
    size = _place_size(toks, tags, folds, k, gaz)
    if size:
        return size
    if house and word.startswith("ال") and len(word) >= 4 and not _nisba_adjective(word) \
            and word not in rw.function_words and not is_predicate(toks[k].norm) and tags[k] == "O":
        return 1
    return 0


@gate(CULTURE_BODY_FIRST)
def cultural_bodies(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A cultural body named by its head and its adjective (``culture.yaml``'s ``cultural_bodies``: "دار الثقافة",
    "دار الشباب", "المركب الثقافي", "المسرح الوطني") is an ORG, "فرقة" before it in it, and its country's nisba
    ("المسرح الوطني التونسي"); the town after it (with ب or not) is a LOC of its own ("دار الثقافة بالمروج",
    "بدار الثقافة المروج", "فرقة المسرح الوطني ببنغازي"), a person after it the body's name ("دار الثقافة ابن
    خلدون").  Not a body inside a longer ORG."""
    cw = culture_words()
    folds = sentence_folds(toks)
    seconds = cw.second_words
    if seconds.isdisjoint(folds):
        return
    n = len(toks)
    i = 0
    while i < n - 1:
        m = _body_at(toks, folds, i, cw) if folds[i + 1] in seconds and toks[i].kind == "word" else 0
        if not m or tags[i].startswith("I-"):
            i += 1
            continue
        start, end = i, i + m
        if i and tags[i - 1] in ("O", "B-ORG", "B-PER") and folds[i - 1] in cw.troupe_forms \
                and not has_article(toks[i - 1].norm):
            start = i - 1  # "فرقة المسرح الوطني"
        if start > 0 and tags[start].startswith("I-"):
            i += 1
            continue
        house = folds[i + m - 1] in ("الثقافه", "الشباب")
        while end < n and end - i - m < 2 and toks[end].kind == "word" and tags[end] in ("O", "B-LOC", "B-MISC") \
                and not toks[end].text.endswith("ى") \
                and (_nisba_adjective(folds[end]) or (folds[end][:1] == "و" and _nisba_adjective(folds[end][1:]))) \
                and folds[end] not in gaz.person_parts and not is_predicate(toks[end].norm):
            end += 1  # "المسرح الوطني التونسي", "المركز الثقافي الإسلامي", "المركز الثقافي والرياضي" (not
            # "والمستشفى", folded as a nisba)
        if end < n and tags[end] == "B-PER":  # "دار الثقافة ابن خلدون", "المركب الثقافي المدرسي محمود المسعدي"
            person = end + 1
            while person < n and tags[person] == "I-PER":
                person += 1
            _tag(tags, start, person, "ORG")
            i = person
            continue
        if end < n and tags[end].startswith("I-"):
            i = end
            continue
        town = _town_after(toks, tags, folds, end, gaz, house)
        _tag(tags, start, end, "ORG")
        if town:
            _tag(tags, end, end + town, "LOC")
        i = end + town
    return


@gate(DUAL_ORG_FORM)
def dual_quoted_orgs(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """The quoted names after a body's head in the dual or the plural (``culture.yaml``'s ``dual_org_heads``:
    "جمعيتا", "منظمات"), joined by و or a comma, are an ORG each, the quotes outside: 'جمعيتا "فرحة للفنون
    الركحية" و"أهل الفن"'.  A name of more than :data:`NAME_WORDS` tokens, or with a PER in it, is left."""
    texts = sentence_texts(toks)
    cw = culture_words()
    folds = sentence_folds(toks)
    if QUOTES_OPEN.isdisjoint(texts) or cw.dual_forms.isdisjoint(folds):
        return
    n = len(toks)
    for q in _quotes(texts, 1):
        h = q - 1
        if q + 1 >= n or toks[h].kind != "word" or folds[h] not in cw.dual_forms:
            continue
        for _ in range(5):
            e = _quote_end(toks, texts, q, NAME_WORDS)
            if not e or any(t.endswith("PER") for t in tags[q + 1:e]):
                break
            _tag(tags, q + 1, e, "ORG")
            nxt = e + 1
            if nxt < n and texts[nxt] in ("و", "،", ","):
                nxt += 1
            if nxt >= n or texts[nxt] not in QUOTES_OPEN:
                break
            q = nxt


def _name_word(tok: Token, tag: Tag, word: str, gaz: Gazetteer) -> bool:
    """Can ``tok`` (folded ``word``) be a word of a person's name after a credit: untagged, a word of three letters
    or more, no function word, verb, cue or place?"""
    return tag == "O" and tok.kind == "word" and len(word) >= 3 and word[0] != "و" \
        and word not in rule_words().function_words and not is_predicate(tok.norm) \
        and word not in culture_words().credit_cues and gaz.place(word) is None


@gate(CREDIT_FORM)
def credit_persons(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """The name after a credit (``culture.yaml``'s ``credit_cues``: "بإشراف", "إخراج", "تأليف"; an occupation with the
    article between them allowed, ``credit_occupations``) is a person when the tagger left it untagged and its first
    word is a known given name (an ordinary word too only before a word that is none: "بإشراف سامية البيولي", not
    "بإشراف رئيس الحكومة", "تقديم اية تفاصيل"), the others no ordinary word ("تأليف منى سلطاني" + "منحة"): "بإشراف
    بثينة الكثيري", "تأليف منى سلطاني"; a credit with و that the tagger put at the end of the name before is out of
    it ("صحبي عمر وبإشراف سامية البيولي"). Two or three words ("تقديم التقريرين", "إشراف كل من" name nobody)."""
    cw = culture_words()
    folds = sentence_folds(toks)
    if cw.credit_forms.isdisjoint(folds):
        return
    n = len(toks)
    for c in [c for c, word in enumerate(folds) if word in cw.credit_forms]:
        if c >= n - 2 or toks[c].kind != "word":
            continue
        if tags[c] == "I-PER" and folds[c][0] == "و":  # "صحبي عمر وبإشراف": the next credit ends the name
            tags[c] = "O"
            if tags[c + 1].startswith("I-"):
                tags[c + 1] = "B-" + tags[c + 1][2:]
        k = c + 1
        while k < n and k - c <= 2 and folds[k] in cw.occupations and tags[k] == "O":
            k += 1
        if k + 1 >= n or (folds[k] not in gaz.person_parts and folds[k] not in ordinary_given_names()) \
                or has_article(toks[k].norm) \
                or written_function_word(toks[k]) or not _name_word(toks[k], tags[k], folds[k], gaz):
            continue
        end = k + 1
        while end < n and end - k < 3 and _name_word(toks[end], tags[end], folds[end], gaz) \
                and (folds[end] not in gaz.common or folds[end] in gaz.person_parts):
            end += 1
        if folds[k] in gaz.common and (end == k + 1 or folds[k + 1] in gaz.common):
            continue  # "رئيس الحكومة", "اية تفاصيل": an ordinary word first needs a family name after it
        if end - k >= 2:
            _tag(tags, k, end, "PER")


@gate(STAGE_PERSON_FORM)
def quoted_stage_person(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A quoted name of one to three words after an artist's noun and a nationality (``culture.yaml``'s
    ``stage_persons``; the nisba a country's, with the article) is a person when its first word is a known given
    name: 'المسرحية الفرنسية "آنّا تريبال"' (a playwright, not a play), 'الممثل الفرنسي "جان دوبون"'. The offsets
    are the text's (the shadda of "آنّا" stays in the span)."""
    texts = sentence_texts(toks)
    cw = culture_words()
    folds = sentence_folds(toks)
    if QUOTES_OPEN.isdisjoint(texts) or cw.stage_forms.isdisjoint(folds):
        return
    for q in _quotes(texts, 2):
        if q + 1 >= len(toks) or folds[q - 2] not in cw.stage_persons \
                or not _nisba_adjective(folds[q - 1]) or folds[q - 1] not in gaz.nisba:
            continue
        e = _quote_end(toks, texts, q, 3)
        if e and folds[q + 1] in gaz.person_parts \
                and all(t.kind in ("word", "latin", "foreign") for t in toks[q + 1:e]) \
                and all(tag in ("O", "B-MISC", "I-MISC", "B-PER", "I-PER") for tag in tags[q + 1:e]):
            _tag(tags, q + 1, e, "PER")
