"""Post-CRF corrections of where a name stops and how a place is cut, on the tags of one sentence.

Each is a named rule that rewrites the BIO tags in place (the shape of :mod:`.backoff`'s rules):

- :func:`stop_before_predicate` — a name stops before a verb or participle that follows it
  ("وزارة الصحة الرامية" → ORG "وزارة الصحة"; "أحمد التقى");
- :func:`stop_before_final_verb` — a name the tagger ran on into a verb ends before it ("مدينة القيروان
  أشرف خلالها" → LOC "القيروان", "مطار بيروت ضبطت أمس", "الملك سلمان أودع");
- :func:`trim_function_words` — a name neither starts nor ends with a preposition or particle
  ("للميليشيا على" of the seed article is not a name);
- :func:`whole_multiword_place` — a place of several words is whole ("جنوب السودان" is South
  Sudan, not "السودان");
- :func:`places_after_plural_head` — "مخيمي النيرب وحندرات": two places after a dual head;
- :func:`person_after_place` — a place or organisation does not swallow the person after it
  ("المسجد الحرام عبدالحفيظ الثبيتي");
- :func:`whole_name_after_head` — after a bare place head the name is whole ("حي باب توما");
- :func:`split_at_dash` — a dash set off by a space separates two persons, as in a team sheet
  ("هاني عمامو - ياسين مرياح" → two PER);
- :func:`whole_toponym` — a head that is part of a place's name joins it ("وادي الليل", "وباب
  الجبلي", "سيدي بوزيد"; +0.10 news, +0.04 ANERcorp tail micro F1), and such a head tagged alone is
  no place ("من باب المستحيل");
- :func:`place_after_toponym_head` — an untagged head and an unknown name after it are a place
  ("دوار هيشر", "بئر بلحسن"; 0 on the dev parts);
- :func:`drop_not_names` — "الكلاسيكو" is no name (0 on the dev parts);
- :func:`event_adjectives_out` — the adjectives after a festival's place describe the festival
  ("أيام قرطاج السينمائية" → LOC "قرطاج"; 0 on the dev parts);
- :func:`incident_place` — "هجوم كيبيك الإرهابي": the place of an attack is a LOC, the adjective out;
- :func:`names_in_phrases` — a name-like word in a fixed phrase is none ("مسجد فريد من نوعه",
  "مكتب بريد", "الحكم الرشيد"; 0 on the dev parts);
- :func:`nationality_not_place` — "السورية" of "العاصمة السورية" is no place;
- :func:`adjective_after_place_head` — "مدينة تركية", "إقليم الحرس الوطني": no place.

>>> from arabnews import tokenize
>>> toks = tokenize("أعلنت وزارة الصحة الرامية إلى مكافحة الوباء")
>>> tags = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"]
>>> stop_before_predicate(toks, tags, default_gazetteer()); tags[:4]
['O', 'B-ORG', 'I-ORG', 'O']
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from ...lang.ar import clitic_splits, fold, load, lookup_key
from ...lang.ar.words import quantifier_values
from ...text.tokenize import Token
from .backoff import place_after_ba, prominent
from .bio import Tag, chunk_end, chunk_list, chunks, edit_chunks, tag_set, tagged
from .decode import conjunction_or_preposition, entity_split
from .gates import NAME_TAGS, gate
from .gazetteer import Gazetteer, default_gazetteer, lexicon, verb_forms
from .rulewords import (
    ARTICLE,
    CAMP_HEAD,
    CLOCK_HEAD,
    COUNTRY_PREFIX,
    DISASTER_HEAD,
    DISEASE_HEAD,
    DISEASE_NAME,
    EVENT_HEAD,
    FUTURE_SHAPE,
    INCIDENT_HEAD,
    KNOWN_MISC_FIRST,
    LATIN,
    LOC_HEAD,
    NAME_END_TIME,
    NOT_NAME,
    OCCUPATION,
    PHRASE_FIRST,
    PLURAL_HEAD,
    PREDICATE,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    RANK_TITLE,
    STADIUM_HEAD,
    TITLE,
    TOPONYM_HEAD,
    TOWN_HEAD,
    VENUE_NAME_END,
    all_function_words,
    flagged,
    has_article,
    in_list,
    is_predicate,
    rule_words,
    sentence_bits,
    sentence_flags,
    sentence_folds,
    sentence_kinds,
    sentence_texts,
    sport_sentence,
    stems,
    written_function_word,
)


@gate(PREDICATE, NAME_TAGS)
def stop_before_predicate(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """Cut a name at the first verb or participle of ``rules.yaml``'s ``predicates`` after its
    first word ("وزارة الصحة الرامية", "المنظمة الدولية التي")."""
    if tags.count("O") == len(tags) or not sentence_bits(toks) & PREDICATE:
        return
    flags = sentence_flags(toks)  # a word's PREDICATE bit is is_predicate(), 0 for other tokens
    for i, j, _ in edit_chunks(tags):
        for k in range(i + 1, j):
            # "اليكس فيرغسون" is no ف + a verb "يرغسون": a name the corpora know is no predicate
            if flags[k] & PREDICATE and fold(toks[k].norm) not in gaz.person_parts:
                tags[k:j] = ["O"] * (j - k)
                break


@gate(NAME_END_TIME, ("I-LOC", "I-ORG", "I-MISC", "I-PER"))  # a name of 2+ words
def stop_before_time_word(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """End a name of two words or more before its last word when that word is a weekday or a word of age
    (``rules.yaml``'s ``name_end_times``) that tells when or how old: "وأكد اردوغان" + "الجمعة", "إيمان أحمد" +
    "البالغة 36 سنة", "بيونغ يانغ" + "الخميس".  Not a place named so ("سوق الأحد", whose "سوق" is no place of its
    own); what is left of ordinary words names nothing ("خطيب الجمعة", Friday's preacher)."""
    if tags.count("O") == len(tags):
        return
    folds, kinds = sentence_folds(toks), sentence_kinds(toks)
    rw = rule_words()
    for i, j, label in chunk_list(tags):
        if j - i < 2 or kinds[j - 1] != "word" or folds[j - 1] not in rw.name_end_times \
                or gaz.place(" ".join(folds[i:j])) is not None:
            continue
        rest = folds[i:j - 1]
        if label == "LOC" and gaz.place(" ".join(rest)) is None:
            continue
        ordinary = all(any(f in gaz.common or f in rw.function_words for f in stems(t.norm)) for t in toks[i:j - 1])
        tags[i:j] = ["O"] * (j - i) if ordinary and not any(gaz.known(f) for f in rest) else [*tags[i:j - 1], "O"]


@gate(TOWN_HEAD, tags=("B-MISC", "B-PER"))
def facility_place_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """The tagger's MISC or PER of a known place and a facility's adjective right after an airport's, a port's or a
    bridge's head (``facility_heads``, ``facility_adjectives``: "مطار سوتشي الدولي", "بمطار برلين الدولي") is the
    place's LOC, the head and the adjective outside, as the airports named by their town are tagged ("مطار قرطاج
    الدولي": LOC "قرطاج"; ANERcorp "مطار دالاس").  Not a person's name ("مطار جون كنيدي الدولي": no place)."""
    if not sentence_bits(toks) & TOWN_HEAD:
        return
    rw = rule_words()
    flags, folds = sentence_flags(toks), sentence_folds(toks)
    for i, j, label in chunk_list(tags):
        if label not in ("MISC", "PER") or not 2 <= j - i <= 3 or i == 0 or not flags[i - 1] & TOWN_HEAD \
                or folds[j - 1] not in rw.facility_adjectives or tags[i - 1] != "O" \
                or rw.facility_heads.isdisjoint(stems(toks[i - 1].norm)) or gaz.place(" ".join(folds[i:j - 1])) is None:
            continue
        tags[i:j] = ["B-LOC"] + ["I-LOC"] * (j - i - 2) + ["O"]


@gate(NAME_END_TIME, NAME_TAGS)
def day_part_not_name(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A name of one word that is a part of the day (``rules.yaml``'s ``day_part_words``: "ليل", "صباح", "مساء")
    right before a weekday or "أمس" (``name_end_times``), a quote mark between them or not, is no name but when:
    'جريمة قتل وقعت ليل" السبت الأحد' (session 47, ANT 1238: the tagger's ORG "ليل", Lille).  Not in a sentence
    about sport, where Lille plays on a weekday ("فاز ليل السبت")."""
    if tags.count("O") == len(tags):
        return
    rw = rule_words()
    folds, kinds = sentence_folds(toks), sentence_kinds(toks)
    n = len(toks)
    for i, j, _label in chunk_list(tags):
        if j - i != 1 or folds[i] not in rw.day_part_words:
            continue
        k = j + 1 if j + 1 < n and kinds[j] == "punct" and (toks[j].text in QUOTES_CLOSE
                                                             or toks[j].text in QUOTES_OPEN) else j
        if k < n and kinds[k] == "word" and folds[k] in rw.name_end_times and tags[k] == "O" \
                and not sport_sentence(toks, gaz):
            tags[i] = "O"


@gate(CLOCK_HEAD, NAME_TAGS)
def stop_before_clock(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """End a name before the words that open a clock time when a number follows them (``rules.yaml``'s
    ``clock_heads`` and the ``clock_words`` before them): the tagger or a chain ran a club, a ground or a federation
    on into the time of a fixture ("الاتحاد المنستيري" + "الساعة 15.00", "الجامعة التونسية لكرة القدم" + "الساعة
    16:30", "نادي حمام الأنف" + "على الساعة ١٦:٠٠", + "بداية من الساعة 19:45").  A name of those words alone is
    none; a name not followed by a number keeps them ("برج الساعة", the clock tower)."""
    if tags.count("O") == len(tags):
        return
    folds, kinds = sentence_folds(toks), sentence_kinds(toks)
    rw = rule_words()
    if "number" not in kinds:  # (C-level: the gate let in a sentence with a clock's word)
        return
    n = len(toks)
    for i, j, _ in chunk_list(tags):
        if j >= n or kinds[j] != "number" or kinds[j - 1] != "word" \
                or (folds[j - 1] not in rw.clock_heads and folds[j - 1] not in rw.clock_words):
            continue
        k, head = j, False
        while k > i and kinds[k - 1] == "word" and (folds[k - 1] in rw.clock_heads or (
                folds[k - 1] in rw.clock_words
                and (folds[k - 1] not in rw.function_words_names or written_function_word(toks[k - 1])))):
            head = head or folds[k - 1] in rw.clock_heads
            k -= 1
        if head:
            tags[k:j] = ["O"] * (j - k)


# (only a name of two words or more is cut: one holds an I- tag; session 46)
@gate(tags=("I-PER", "I-LOC", "I-ORG", "I-MISC"))
def stop_before_final_verb(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """End a name of two words or more before its last word when that word is a verb in the perfect or the
    imperfect (``verbs.yaml``: "القيروان أشرف", "بيروت ضبطت", "سلمان أودع", "لوبان غيرت"), a preposition glued to it
    or not ("القصرين أسفرعن", a space lost in scraping; session 26), that the corpora
    know as no name part nor place; a verb that is a given name too ("أشرف") only after a whole known place
    ("القيروان أشرف", not "عماد أشرف") or as a person's third word before "على" ("الهادي مجدوب أشرف على")."""
    if tags.count("O") == len(tags):
        return
    folds, kinds = sentence_folds(toks), sentence_kinds(toks)
    verbs, rw = verb_forms(), rule_words()
    for i, j, label in chunk_list(tags):
        last = folds[j - 1]
        if j - i < 2 or kinds[j - 1] != "word" or (last not in verbs and not _glued_verb(last, verbs)):
            continue
        if gaz.place(" ".join(folds[i:j])) is not None:
            continue  # a place named so ("بيت أمر")
        if gaz.known(last) or last in gaz.person_parts:
            # "وزير الداخلية الهادي مجدوب أشرف على موكب": a name's third word before على is the verb
            governs = label == "PER" and j - i >= 3 and j < len(toks) and toks[j].text in ("على", "عليها", "عليه")
            if not governs and (label != "LOC" or gaz.place(" ".join(folds[i:j - 1])) is None):
                continue
        rest = folds[i:j - 1]
        # what is left of ordinary words names nothing ("وأي تدخل")
        ordinary = all(any(f in gaz.common or f in rw.function_words for f in stems(t.norm)) for t in toks[i:j - 1])
        tags[i:j] = ["O"] * (j - i) if ordinary and not any(gaz.known(f) for f in rest) else [*tags[i:j - 1], "O"]


def future_verb(word: str, gaz: Gazetteer) -> bool:
    """Is the folded ``word`` an imperfect verb with the future's س, after و or ف or none ("سيزور", "وسيستقبل",
    "ستنقل", "سنعمل"): an imperfect the corpora know as a word or ``verbs.yaml`` lists, the whole no word, name or
    place they know ("سيدني", "سيمون", "سيرين", "ستة" and "سيارة" stay)?  Not the first person's سأ, rare in news
    and the first letters of names ("سامبول")."""
    if word[:1] in ("و", "ف") and word[1:2] == "س":
        word = word[1:]
    if len(word) < 5 or word[0] != "س" or word[1] not in "يتن" or word in gaz.common or gaz.known(word) \
            or word in gaz.person_parts:
        return False
    stem = word[1:]
    return stem in gaz.common or stem in verb_forms()


@gate(bits=FUTURE_SHAPE)
def future_verb_out_of_name(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A verb in the future (:func:`future_verb`) at either end of a name is no part of it: "الرئيس سيزور صفاقس"
    → LOC "صفاقس", "وسيستقبل أولاند" → PER "أولاند", "ولاية نابل سيوفر" → "نابل"; what is left of ordinary words
    names nothing ("الوالي سيطرح إشكالا آخرا")."""
    if tags.count("O") == len(tags):
        return
    folds = sentence_folds(toks)
    rw = rule_words()
    for i, j, label in chunk_list(tags):
        a, b = i, j
        while a < b and toks[a].kind == "word" and future_verb(folds[a], gaz):
            a += 1
        while b > a and toks[b - 1].kind == "word" and future_verb(folds[b - 1], gaz):
            b -= 1
        if (a, b) == (i, j):
            continue
        tags[i:j] = ["O"] * (j - i)
        # an accusative's ا is no part of the word the corpora know ("إشكالا آخرا")
        if a == b or all(any(f in gaz.common or f in rw.function_words or (f[-1:] == "ا" and f[:-1] in gaz.common)
                             for f in stems(t.norm)) and not gaz.known(folds[k]) for k, t in enumerate(toks[a:b], a)):
            continue
        if label == "PER" and gaz.place(" ".join(folds[a:b])) is not None:
            label = "LOC"  # "سيزور صفاقس"
        tags[a:b] = [f"B-{label}", *[f"I-{label}"] * (b - a - 1)]


#: Prepositions a scraped text glues to the verb before them ("أسفرعن"), folded.
_GLUED_PREPOSITIONS = ("عن", "علي", "في", "من", "الي")


def _glued_verb(word: str, verbs: frozenset[str]) -> bool:
    """Is the folded ``word`` a verb of ``verbs`` with a preposition glued to it, the space lost in scraping
    ("القصرين أسفرعن" → "أسفر" + "عن")?"""
    return any(word.endswith(p) and len(word) - len(p) >= 3 and word[:-len(p)] in verbs for p in _GLUED_PREPOSITIONS)


@cache
def letter_names() -> frozenset[str]:
    """The names of Latin letters written in Arabic (``lexicon.yaml``'s ``letter_names``, both lists), folded."""
    names = lexicon()["letter_names"]
    return frozenset(fold(w) for w in (*names["unambiguous"], *names["ambiguous"]))


def _trailing_function_word(words: Sequence[str | None], a: int, b: int) -> bool:
    """Is ``words[b - 1]`` a function word trimmed from a name's end only (``trailing_function_words``:
    "أي" of "المجلس أي"), after a word of the name that is no letter's name ("سي أس أي" is an acronym)?"""
    return b - 1 > a and words[b - 1] in rule_words().trailing_function_words \
        and words[b - 2] is not None and words[b - 2] not in letter_names()



def _may_trim(norm: str, gaz: Gazetteer) -> bool:
    """May :func:`trim_function_words` drop the word ``norm`` (normalized) at a name's start or end, whatever the name
    and the words around it: is it a function word (of either list), one after و, ف, ب or ل however it is written, an
    indefinite noun in the accusative, a trailing function word or a quantity?  (False: the rule leaves it.)"""
    word = fold(norm)
    func = all_function_words()
    return word in func or (len(word) >= 3 and word[0] in "وفبل" and word[1:] in func) \
        or _accusative_noun(word, gaz) or word in rule_words().trailing_function_words or _quantity_word(norm)


@gate(tags=NAME_TAGS)
def trim_function_words(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """Drop prepositions and particles at either end of a name ("للميليشيا على" → "للميليشيا",
    which then names nothing and is filtered out as a lone common noun), with a proclitic too ("حافظ بن
    يحيا فإنّ" → "حافظ بن يحيا"), and an indefinite noun in
    the accusative at the end of a place or an organisation ("مجلة فورين بوليسي تقريرا" → "فورين بوليسي":
    "تقريرا" is "a report"; a person keeps it: "يلدا")."""
    if tags.count("O") == len(tags):
        return
    rw = rule_words()
    folds, kinds = sentence_folds(toks), sentence_kinds(toks)
    ends = gaz.word_cache("trim_function_word_end")
    for i, j, label in edit_chunks(tags):
        # most names: neither their first nor their last word is one the tests below may drop (:func:`_may_trim`)
        last = toks[j - 1]
        if kinds[i] == "word":
            first = ends.get(toks[i].norm)
            if first is None:
                first = ends[toks[i].norm] = _may_trim(toks[i].norm, gaz)
        else:
            first = False
        if not first and not (label == "PER" and written_function_word(toks[i])):
            if kinds[j - 1] == "word":
                end = ends.get(last.norm)
                if end is None:
                    end = ends[last.norm] = _may_trim(last.norm, gaz)
            else:
                end = _quantity_word(last.norm)
            if not end:
                continue
        func = rw.function_words if label == "PER" else all_function_words()
        words = [f if kind == "word" else None for f, kind in zip(folds[i:j], kinds[i:j], strict=True)]
        a, b = 0, len(words)
        while a < b and (words[a] in func or _clitic_function_word(toks[i + a], words[a], func)):
            a += 1
        # "على" written with ى is the preposition, not the name "علي": "الكونغرس على الميزانية" is no person,
        # and what follows it is one only if it starts with a given name ("على محمد")
        if label == "PER" and a < b and written_function_word(toks[i + a]):
            a += 1
            if a < b and (words[a] not in gaz.person_parts or words[a] in gaz.common):
                a = b
        elif label == "PER" and 0 < a == b - 1 and words[a] in gaz.common and words[a] not in gaz.person_parts:
            a = b  # "فإن خطر الإصابة": after the particle, one common noun that is no name part names no one
        while b > a and (words[b - 1] in func or _clitic_function_word(toks[i + b - 1], words[b - 1], func)
                         or (label != "PER" and _accusative_noun(words[b - 1], gaz))
                         or _trailing_function_word(words, a, b) or _quantity_word(toks[i + b - 1].norm)):
            b -= 1
        if (a, b) == (0, len(words)):
            continue
        tags[i:j] = ["O"] * (j - i)
        if a < b:
            tags[i + a:i + b] = [f"B-{label}"] + [f"I-{label}"] * (b - a - 1)


@cache
def quantity_words() -> frozenset[str]:
    """The folded vague quantities of a magnitude ("عشرات", "مئات", "بضعة": ``ar_words.yaml``'s ``quantifiers``; not
    "عدة", a given name too) and the plural scales ("آلاف", "ألوف", "ملايين", "مليارات": ``number_words.yaml``'s
    ``scales``), which end no name."""
    data: Any = load("number_words.yaml")
    plurals = (f for numbers in data["scales"].values() for f in numbers["plural"])
    vague = (w for w, magnitude in quantifier_values().items() if magnitude is not None)
    return frozenset(vague) | frozenset(lookup_key(f) for f in plurals)


def _quantity_word(norm: str) -> bool:
    """Is the normalized word a vague quantity or a plural scale, with or without a proclitic or the article
    ("البحر العشرات" of "وانتشل من البحر العشرات", "المانش الآلاف")?"""
    return not quantity_words().isdisjoint(stems(norm))


@gate(bits=LATIN)
def latin_name_tail(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A name written in Latin letters ends before the ordinary Arabic words the tagger ran it on into: "شركة
    Nopassaran إخراج" (directing), "mbc بسرقة", "SOTACIB الكائن" (located); an Arabic word the corpora do not know as
    ordinary stays ("كلاشنيكوف PMAK", Arabic first, is no such name)."""
    kinds = sentence_kinds(toks)
    if "latin" not in kinds or tags.count("O") == len(tags):
        return
    func = all_function_words()
    for i, j, _ in chunk_list(tags):
        if kinds[i] != "latin":
            continue
        k = j
        while k > i and kinds[k - 1] == "word":
            k -= 1
        if k == j or k == i or any(kind not in ("latin", "number", "punct") for kind in kinds[i:k]):
            continue
        if all(is_predicate(t.norm) or any(f in gaz.common or f in func for f in stems(t.norm))
               or any(f in gaz.common for f in (fold(t.norm)[1:],) if fold(t.norm)[:1] in ("ب", "ك", "ل"))
               for t in toks[k:j]):
            tags[k:j] = ["O"] * (j - k)


@gate(TITLE | OCCUPATION | RANK_TITLE, ("B-ORG", "B-LOC"))
def title_out_of_name(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A title, a rank or an occupation with the article that ends an organisation or a place of three words or
    more, before the person it introduces, is no part of it: "الناطق باسم وزارة الدفاع الوطني المقدم بلحسن
    الوسلاتي" (the tagger's ORG "… الوطني المقدم"), "اتحاد إذاعات الدول العربية المهندس عبد الرحيم سليمان"; the
    person is the tagger's PER right after, or the untagged name :func:`.persons.name_after_title` reads.  Not the
    second word, a complement of the head ("ديوان الرئيس"), an adjective of a title ("الدولي": ``title_adjectives``),
    nor a noun after و ("المنظمة التونسية للأمن والمواطن عصام الدردوري")."""
    if "B-ORG" not in tag_set(tags) and "B-LOC" not in tag_set(tags):
        return
    flags, folds = sentence_flags(toks), sentence_folds(toks)
    adjectives = rule_words().title_adjectives
    n = len(toks)
    for i, j, label in chunk_list(tags):
        k = j - 1
        if label not in ("ORG", "LOC") or j - i < 3 or j >= n or not flags[k] & (TITLE | OCCUPATION | RANK_TITLE) \
                or not toks[k].norm.startswith("ال") or not adjectives.isdisjoint(stems(toks[k].norm)) \
                or toks[j].kind != "word":
            continue
        if tags[j] == "B-PER" or (tags[j] == "O" and folds[j] not in gaz.common and folds[j] in gaz.person_parts):
            tags[k] = "O"


def _clitic_function_word(tok: Token, word: str | None, func: frozenset[str]) -> bool:
    """Is ``tok`` (folded ``word``) و, ف, ب or ل and a function word ("بأنه", "فإنّ", "ولكن")?  One that starts
    with ا must be written with its hamza ("بأن"; "بان كي مون", "فان دايك" are names)."""
    if word is None or len(word) < 3 or word[0] not in ("و", "ف", "ب", "ل") or word[1:] not in func:
        return False
    return word[1] != "ا" or tok.text[1:2] in ("أ", "إ")


def _accusative_noun(word: str | None, gaz: Gazetteer) -> bool:
    """Is the folded ``word`` a common noun with the accusative ا of the indefinite ("تقريرا", "بيانا"),
    no name ("روسيا", "رضا")?"""
    return word is not None and len(word) >= 5 and word.endswith("ا") and word[:-1] in gaz.common \
        and not gaz.known(word)


# (the gate's bit: a word one of whose readings is a first word that, before a country, makes another country)
@gate(COUNTRY_PREFIX, ("B-LOC",))
def whole_multiword_place(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An untagged word before a country that makes another country with it is part of the LOC
    ("جنوب السودان" is South Sudan, not Sudan).  Regions ("شمال أفريقيا"), a continent ("جنوب
    أفريقيا" is tagged "أفريقيا" as often as whole in ANERcorp: 5 whole of 8 in its training part,
    none of 3 in its last tenth) and a place head ("مدينة الصدر") stay out."""
    if "B-LOC" not in tag_set(tags):  # the place's last words are the tagger's B-LOC
        return
    words: list[str] = []
    # a word before a B-LOC (the rule turns a B-LOC into an I-LOC only right after the word it tags)
    for i in [i - 1 for i in tagged(tags, "B-LOC", 1, len(toks))]:
        if tags[i] != "O" or tags[i + 1] != "B-LOC" or toks[i].kind != "word" or gaz.is_loc_head(toks[i].norm):
            continue
        # match_place finds nothing when no reading of the word starts a multi-word place ("في"): the
        # sentence is folded only for a word that may
        heads = multi_heads(toks[i].norm, gaz)
        if not heads:
            continue
        words = words or sentence_folds(toks)
        n = gaz.match_place(words, i, heads)
        if n < 2 or any(t not in ("B-LOC", "I-LOC") for t in tags[i + 1:i + n]) \
                or (i + n < len(tags) and tags[i + n] == "I-LOC"):
            continue
        # "وجنوب السودان": the first word is looked up without its proclitics
        firsts = [fold(f) for sp in clitic_splits(toks[i].norm) for f in sp.lemma_forms]
        rest = " ".join(words[i + 1:i + n])
        place = next((p for p in (gaz.place(f"{f} {rest}") for f in firsts) if p is not None), None)
        tail = gaz.place(rest)
        if place is not None and place.kind == "country" and tail is not None and tail.kind == "country":
            tags[i], tags[i + 1] = "B-LOC", "I-LOC"


def multi_heads(norm: str, gaz: Gazetteer) -> tuple[str, ...]:
    """The readings of the normalized ``norm`` (folded, after each proclitic split) for
    :meth:`.Gazetteer.match_place`, or () when none starts a multi-word place; cached per word on the
    gazetteer."""
    cache = gaz.word_cache("multi_place_heads")
    heads = cache.get(norm)
    if heads is None:
        readings = [f for s in clitic_splits(fold(norm)) for f in s.lemma_forms]
        # (no generator for ``any``: one C-level pass over the readings)
        heads = cache[norm] = tuple(readings) if not gaz.multi_heads.keys().isdisjoint(readings) else ()
    return heads


@gate(PLURAL_HEAD)
def places_after_plural_head(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """After a dual or plural place head ("مخيمي", "بلدات", "ولايتي", "معتمديات"), the names joined by و
    are places each ("مخيمي النيرب وحندرات" → "النيرب", "حندرات"); a member is one word, or a place of
    several words the gazetteer knows ("منطقتي غار الدماء وجندوبة", "معتمديات ماجل بلعباس وسبيطلة"), and
    a known place keeps no other label the tagger gave it ("مناطق اوتيك وماطر": "اوتيك" is no ORG). The
    head itself is no part of a name ("بولايتي تطاوين" is no person); with the article it is no head
    ("الولايات المتحدة")."""
    if not sentence_bits(toks) & PLURAL_HEAD:
        return
    rw = rule_words()
    flags = sentence_flags(toks)
    folds = sentence_folds(toks)
    n = len(toks)
    for h in range(n - 2):
        if not flags[h] & PLURAL_HEAD or flags[h] & ARTICLE:
            continue
        k = h + 1
        names: list[tuple[int, int]] = []
        known = 0
        while k < n and toks[k].kind == "word":
            word = folds[k]
            if names and not word.startswith("و"):
                break
            size = gaz.match_place(folds, k)
            if size and all(t.kind == "word" for t in toks[k:k + size]):
                names.append((k, k + size))
                known += 1
                k += size
                continue
            place = gaz.place_split(toks[k].norm) is not None
            stem = word[1:] if names else word
            if not place and tags[k] not in ("O", "B-LOC"):
                break
            # "قرى الفطيرة وسفوهن ومحيط كنصفرة": a word around a place ("محيط", "أطراف", "جنوب") ends the list
            if (word in rw.function_words or is_predicate(toks[k].norm) or len(stem) < 3
                    or gaz.is_place_cue(toks[k].norm) or in_list(toks[k].norm, rw.org_heads)
                    or (tags[k] == "O" and word in gaz.common)
                    or (tags[k] == "O" and names and stem.startswith("ال") and stem not in gaz.places)):
                break
            # "وصفاقس ويندرج ضمن": a verb in the imperfect after the list
            if not place and names and stem.startswith("ي") and stem not in gaz.person_parts:
                break
            # "مدن الهوسا وسلطنة الطوارق": a word before an untagged definite word heads a new phrase
            if not place and names and k + 1 < n and tags[k + 1] == "O" and toks[k + 1].norm.startswith("ال"):
                break
            names.append((k, k + 1))
            known += place
            k += 1
        # "مناطق باردة وجافة": after "areas" two members are known places, one after the plural of an
        # administrative unit; after another head none need be ("بلدتي الفارعة وطلوزة", "قرى الدرجين وبشني"), unless
        # the second of a dual is read by :func:`_dual_members`
        dual = folds[h].endswith(("تي", "مي"))
        if len(names) < 2 and dual:
            names, known = _dual_members(toks, tags, gaz, h)
            if not known:
                continue
        need = 2 if in_list(toks[h].norm, rw.area_heads_plural) \
            else 1 if in_list(toks[h].norm, rw.admin_heads_plural) else 0
        if len(names) < 2 or known < need:
            continue
        # the head and the members leave the chunks the tagger put them in ("اريانة معتمديات" → "اريانة")
        if tags[h].startswith("I-"):
            first = h
            while first > 0 and tags[first].startswith("I-"):
                first -= 1
            label = tags[first][2:]
            tags[first:h] = [f"B-{label}"] + [f"I-{label}"] * (h - first - 1)
        end = names[-1][1]
        while end < n and tags[end].startswith("I-"):
            end += 1
        tags[h:end] = ["O"] * (end - h)
        for a, b in names:
            tags[a:b] = ["B-LOC"] + ["I-LOC"] * (b - a - 1)


def _dual_members(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer, h: int) -> tuple[list[tuple[int, int]], int]:
    """The two places after the dual head ``toks[h]`` ("مدينتي بوعرادة والعروسة", "منطقتي سيدي سعيدان وقايد
    السبسي"): the words up to the first word in و (three at most), then that word, or the name the tagger or
    the gazetteer starts there; with how many of them the gazetteer knows ((), 0 when the shape is not that)."""
    rw = rule_words()
    folds = sentence_folds(toks)
    n = len(toks)
    m = h + 1
    while m < n and m <= h + 3 and toks[m].kind == "word" and not (m > h + 1 and folds[m].startswith("و")):
        m += 1
    if m == h + 1 or m >= n or toks[m].kind != "word" or not folds[m].startswith("و"):
        return [], 0
    end = m + 1
    size = gaz.match_place(folds, m)
    if size:
        end = m + size
    elif tags[m].startswith("B-"):
        end = chunk_end(tags, m)
    if end > m + 3 or any(t.kind != "word" for t in toks[m:end]):
        return [], 0
    names = [(h + 1, m), (m, end)]
    known = 0
    for a, b in names:
        words = [folds[a][1:] if a == m else folds[a], *folds[a + 1:b]]
        whole = (b - a == 1 and gaz.place_split(toks[a].norm) is not None) \
            or (b - a > 1 and gaz.match_place(folds, a) == b - a)
        if not whole and any(w in rw.function_words or w in gaz.common or len(w) < 3 for w in words):
            return [], 0
        if any(is_predicate(t.norm) or gaz.is_loc_head(t.norm) or in_list(t.norm, rw.org_heads) for t in toks[a:b]):
            return [], 0
        known += whole
    return names, known


def _starts_person(word: str, gaz: Gazetteer) -> bool:
    """Does the folded ``word`` start a person's name inside a place or organisation: a fused
    theophoric name ("عبدالحفيظ")?  (Any given name the corpora show only in persons was tried:
    on ANERcorp dev it split Chinese places and club names, -0.34 F1.)"""
    return word.startswith("عبد") and len(word) >= 6 and word not in gaz.places and word not in gaz.entity_words


# (only a chunk of two words or more is split: one holds an I-LOC or I-ORG; session 46, 361 of 1,306 sentences of the
# benchmark opened it on a one-word LOC or ORG)
@gate(tags=("I-LOC", "I-ORG"))
def person_after_place(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """Split a LOC or ORG at a word that starts a person's name ("الحرام عبدالحفيظ" → ORG
    "الحرام", PER "عبدالحفيظ"), or a LOC at a name followed by بن ("حضرموت مبخوت بن ماضي" → LOC
    "حضرموت", PER "مبخوت بن ماضي"; the gazetteer's patronyms); the PER takes a family name with the
    article after it ("الثبيتي")."""
    if not any(t in tags for t in ("B-LOC", "I-LOC", "B-ORG", "I-ORG")):
        return
    n = len(toks)
    for i, j, label in chunks(tags):
        if label not in ("LOC", "ORG"):
            continue
        start = i + 1
        if label == "LOC":
            size = gaz.match_place([fold(t.norm) for t in toks[i:j]], 0)
            if size == j - i:
                continue  # a town named after a person is one place ("بئر علي بن خليفة", "سيدي علي بن عون")
            start = max(start, i + size)  # nor split inside it when more follows ("سيدي علي بن عون الارهابية")
        for k in range(start, j):
            # "محافظ حضرموت مبخوت بن ماضي": a name with بن after the place is a person's
            if label == "LOC" and k + 1 < j and k > i and gaz.particles.get(fold(toks[k + 1].norm)) == "patronym" \
                    and toks[k].kind == "word" and not has_article(toks[k].norm):
                tags[k:j] = ["B-PER"] + ["I-PER"] * (j - k - 1)
                break
            if toks[k].kind == "word" and _starts_person(fold(toks[k].norm), gaz):
                tags[k:j] = ["B-PER"] + ["I-PER"] * (j - k - 1)
                if j < n and tags[j] == "O" and toks[j].kind == "word" and fold(toks[j].norm).startswith("ال") \
                        and fold(toks[j].norm).endswith("ي"):
                    tags[j] = "I-PER"
                break


def _prominent_place(word: str, gaz: Gazetteer) -> bool:
    split = gaz.place_split(word)
    return split is not None and prominent(gaz, split)


def _clitic_word(word: str, gaz: Gazetteer) -> bool:
    """"لذات", "بها": a preposition on an ordinary word or particle."""
    rw = rule_words()
    stem = word[1:]
    return word[0] in "بلكف" and (stem in gaz.common or stem in rw.function_words or stem in gaz.particles
                                  or stem in rw.function_words_names or len(stem) < 3)


@gate(LOC_HEAD, ("B-LOC", "I-LOC"))  # (the bit: a place head; the rule asks Gazetteer.is_loc_head)
def whole_name_after_head(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A one-word LOC right after a bare place head takes the next word when that word is no
    ordinary word, article or particle, and not a prominent place of its own ("حي باب توما": the
    tagger took "باب" alone); not a participle or an accusative after a prominent place ("ولاية المهدية
    مرفوقا"), nor a verb of ``verbs.yaml`` ("مطار بيروت ضبطت"; one that is a given name too after a prominent
    place only: "مدينة القيروان أشرف")."""
    if "B-LOC" not in tag_set(tags) and "I-LOC" not in tag_set(tags):
        return
    rw = rule_words()
    n = len(toks)
    for i, j, label in chunks(tags):
        if (label != "LOC" or j - i != 1 or i == 0 or j >= n or tags[j] != "O" or tags[i - 1] != "O"
                or toks[i - 1].kind != "word" or not gaz.is_loc_head(toks[i - 1].norm)
                or toks[j].kind != "word"):
            continue
        if any(s.article for s in toks[i - 1].clitic_splits()):
            continue
        word = fold(toks[j].norm)
        if _prominent_place(toks[i].norm, gaz) and (word.endswith(("ا", "ه")) or word.startswith("م")):
            continue  # "لولاية المهدية مرفوقا", "ولاية المنستير متورطة": a participle after a whole place
        if (word in verb_forms() or _glued_verb(word, verb_forms())) and (
                _prominent_place(toks[i].norm, gaz) or not (gaz.known(word) or word in gaz.person_parts)):
            continue  # "مطار بيروت ضبطت", "مدينة القيروان أشرف خلالها", "بمدينة صفاقس أسفرعن": a verb after the place
        # "دولة قطر كونها": a word with an attached pronoun is an ordinary word
        if (len(word) >= 3 and not word.startswith("و") and not has_article(toks[j].norm)
                and not word.endswith(("ها", "هم", "هما"))
                and not _prominent_place(toks[j].norm, gaz) and word not in gaz.nisba and word not in gaz.common
                and word not in gaz.particles and not _clitic_word(word, gaz)
                and word not in rw.function_words and word not in rw.function_words_names
                and not is_predicate(toks[j].norm) and not in_list(toks[j].norm, rw.title_adjectives)
                # "منطقة جبل الأكراد بريف اللاذقية": a head or a word around a place starts a phrase of its own
                and not gaz.is_place_cue(toks[j].norm)):
            tags[j] = "I-LOC"


#: Dashes a list of names is written with.
DASHES = frozenset("-–—")


@gate(texts=DASHES)
def split_at_dash(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A dash inside a person's name, with white space on at least one side, ends it and starts
    another ("كريم العواضي - سوكاري", "أسامة العمدوني- ماهر الحناشي"); a dash between letters
    ("X-Y") stays inside.  Only persons: a company or a score is written with such a dash
    ("دليس – دانون")."""
    if DASHES.isdisjoint(sentence_texts(toks)):
        return
    for i, j, label in edit_chunks(tags):
        if label != "PER":
            continue
        for k in range(i + 1, j - 1):
            tok = toks[k]
            if tok.kind == "punct" and tok.text in DASHES \
                    and (toks[k - 1].end < tok.start or tok.end < toks[k + 1].start):
                tags[k] = "O"
                tags[k + 1] = f"B-{label}"


def _toponym_name(tok: Token, gaz: Gazetteer) -> bool:
    """Can ``tok`` be the name after a toponym head ("الليل" of "وادي الليل", "بلحسن" of "بئر
    بلحسن"): a word with the article, or one that is no ordinary word; never a particle or a verb."""
    if tok.kind != "word":
        return False
    word = fold(tok.norm)
    rw = rule_words()
    if (len(word) < 3 or word in rw.function_words or word in rw.function_words_names or word in gaz.particles
            or is_predicate(tok.norm) or word.endswith(("ها", "هم", "هما"))):
        return False
    return has_article(tok.norm) or word not in gaz.common or gaz.place_split(tok.norm) is not None


def _toponym_head(tok: Token, flag: int, gaz: Gazetteer) -> bool:
    """Is ``tok`` (of :func:`.rulewords.word_flags` ``flag``) a toponym head without the article,
    bare or after و ف ب ل that decoding cuts off ("كبير" is not ك + "بئر")?"""
    if not flag & TOPONYM_HEAD or flag & ARTICLE:
        return False
    word = fold(tok.norm)
    heads = rule_words().toponym_heads
    if word in heads:
        return True
    # "لمنزل بورقيبة": a head with a proclitic starts a span only where decoding can cut the
    # proclitic off ("وباب" → "باب", a known word), never inside it
    split = entity_split(tok, gaz, "LOC")
    return split is not None and fold(split.lemma_forms[0]) in heads and conjunction_or_preposition(split)


def _proclitic_place(word: str, gaz: Gazetteer) -> bool:
    """Is the normalized ``word`` a known place after a proclitic other than the article ("بنجاح",
    "ولبنان"; not "الليل")?"""
    split = gaz.place_split(word)
    if split is None:
        return False
    prefix = split.prefix
    if split.article:
        prefix = prefix[:-1] if prefix.endswith("لل") else prefix[:-2]
    return bool(prefix)


def _place_as_written(word: str, gaz: Gazetteer) -> bool:
    """Is the normalized ``word`` a known place as written, with its article if it has one ("لبنان";
    not "الليل", which only "ليل" (Lille) would make one)?"""
    split = gaz.place_split(word)
    return split is not None and gaz.place(fold(split.lemma_forms[0])) is not None


@gate(TOPONYM_HEAD)
def whole_toponym(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A head that is part of a place's own name (``rules.yaml``'s ``toponym_heads``: "وادي",
    "باب", "بئر" …, without the article) joins the LOC after it ("وادي الليل", "وباب الجبلي"; the
    back-off took the head out as it does for "ريف إدلب"); such a head tagged alone takes the name
    after it ("باب سويقة") or, before an ordinary word, is no place ("باب منزل", "من باب
    المستحيل").  Before a known place the head stays out ("باب مصر" → "مصر", as in ANERcorp) unless
    the two are a known place together ("حمام سوسة").  A PER that is a known place is one ("سيدي
    بوزيد")."""
    if not sentence_bits(toks) & TOPONYM_HEAD:
        return
    flags = sentence_flags(toks)
    n = len(toks)
    for h in range(n - 1):
        if not _toponym_head(toks[h], flags[h], gaz):
            continue
        if tags[h] == "O" and tags[h + 1] == "B-LOC":
            # "باب مصر": a place of its own is the LOC alone in ANERcorp, unless head and name are a
            # known place together ("حمام سوسة")
            if _proclitic_place(toks[h + 1].norm, gaz):  # "باب بمصر": a name after a head has no proclitic
                continue
            if not _place_as_written(toks[h + 1].norm, gaz) or gaz.match_place(
                    [fold(t.norm) for t in toks[h:h + 3]], 0) >= 2:
                tags[h], tags[h + 1] = "B-LOC", "I-LOC"
        elif tags[h] == "B-PER" and tags[h + 1] in ("I-PER", "O"):
            # "سيدي بوزيد", "وسيدي بلعباس": a known place, not a saint
            size = gaz.match_place([fold(t.norm) for t in toks[h:h + 4]], 0)
            if size >= 2 and all(t in ("I-PER", "O") for t in tags[h + 1:h + size]) \
                    and (h + size >= n or tags[h + size] != "I-PER"):
                tags[h:h + size] = ["B-LOC"] + ["I-LOC"] * (size - 1)
        elif tags[h] == "B-LOC" and tags[h + 1] == "O":
            # "باب سويقة" takes the name; "باب منزل", "باب المستحيل", "باب النفقات" are no place
            word = fold(toks[h + 1].norm)
            if _toponym_name(toks[h + 1], gaz) and (word not in gaz.common or _place_as_written(toks[h + 1].norm, gaz)):
                tags[h + 1] = "I-LOC"
            else:
                tags[h] = "O"


@gate(TOPONYM_HEAD)
def place_after_toponym_head(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An untagged toponym head and the untagged name after it are a place when that name is a
    known place or no ordinary word ("دوار هيشر", "بئر بلحسن")."""
    if not sentence_bits(toks) & TOPONYM_HEAD:
        return
    flags = sentence_flags(toks)
    rw = rule_words()
    n = len(toks)
    for h in range(n - 1):
        if (not _toponym_head(toks[h], flags[h], gaz) or tags[h] != "O" or tags[h + 1] != "O"
                or (h + 2 < n and tags[h + 2].startswith("I-"))):
            continue
        tok = toks[h + 1]
        word = fold(tok.norm)
        # "منزل شقيقتي": a possessive makes an ordinary word
        # a second head, unless with the article: "باب الواد" (the valley), "حمام الشط"
        if (word.endswith("تي") and not word.startswith("ال")) \
                or (flags[h + 1] & TOPONYM_HEAD and not flags[h + 1] & ARTICLE) \
                or in_list(tok.norm, rw.org_heads):
            continue
        if _name_after_head(tok, gaz) and not (_house(toks[h]) and _house_owner(tok, gaz)):
            tags[h], tags[h + 1] = "B-LOC", "I-LOC"


def _house(tok: Token) -> bool:
    """Is ``tok`` "منزل" (a house, and the head of towns: "منزل تميم"), with a proclitic or not?"""
    return fold(tok.norm).endswith("منزل") and len(tok.norm) <= 6


def _house_owner(tok: Token, gaz: Gazetteer) -> bool:
    """Is the word after "منزل" the owner of a house rather than a town's name: a participle of a derived verb
    ("منزل المظنون فيه", "منزل المتهم") or فاعل ("منزل قاتل ابنها", "منزل الجاني"), or ب/ل + a word that is no
    name part nor place ("منزل بضاحية"; not the Tunisian names in بو, بن, بل: "منزل بورقيبة"), that is no place
    as written?"""
    word = fold(tok.norm)
    if _place_as_written(tok.norm, gaz):
        return False
    stem = word[2:] if word.startswith("ال") else word
    return (stem.startswith("م") and len(stem) >= 5 and not stem.endswith("ي")) or (len(stem) == 4 and stem[1] == "ا") \
        or (word[:1] in "بل" and not word.startswith(("ال", "بو", "بن", "بل")) and len(word) >= 5
            and word[1:] not in gaz.person_parts and gaz.place(word[1:]) is None)


def _name_after_head(tok: Token, gaz: Gazetteer) -> bool:
    """Can the untagged word after a place head be the place's name ("دوار هيشر", "مخيم الهول"): no
    preposition or conjunction with the article ("منزل بالضيعة", "مخيم للاجئين") or on an ordinary
    word, and a known place as written or no ordinary word ("رأس السنة": "السنة" is no place,
    though "سنه", Sanandaj, is one)?"""
    word = fold(tok.norm)
    if (has_article(tok.norm) and not word.startswith("ال")) or word.startswith("و"):
        return False
    # "منزل محام": the indefinite of a noun in -ي ("محامي", "قاضي") is an ordinary word too
    return _toponym_name(tok, gaz) and not _clitic_word(word, gaz) \
        and (_place_as_written(tok.norm, gaz) or (word not in gaz.common and word + "ي" not in gaz.common
                                                  and not (word.startswith("ال") and word[2:] in gaz.common)))


@gate(NOT_NAME, NAME_TAGS)
def drop_not_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A name of one word of ``rules.yaml``'s ``not_names`` ("الكلاسيكو", "للديربي") is no name; nor is a longer one
    with such a word whose other words are all ordinary words ("الحجر الكلسي والجرانيت", "الجيري الأبيض": a stone
    and its colour), none a person's name part, but an organisation's ("الهيئة الوطنية لمكافحة الفساد والرشوة")."""
    if not sentence_bits(toks) & NOT_NAME or tags.count("O") == len(tags):
        return
    flags = sentence_flags(toks)
    folds: Sequence[str] | None = None
    for i, j, label in edit_chunks(tags):
        if j - i == 1 and flags[i] & NOT_NAME:
            tags[i] = "O"
        elif j - i > 1 and label != "ORG" and any(flags[k] & NOT_NAME for k in range(i, j)):
            folds = folds or sentence_folds(toks)
            if all(flags[k] & NOT_NAME or (_common_word(folds[k], gaz) and folds[k] not in gaz.person_parts)
                   for k in range(i, j)):
                tags[i:j] = ["O"] * (j - i)


def _common_word(word: str, gaz: Gazetteer) -> bool:
    """Is the folded ``word`` an ordinary word of the gazetteer, as written or without its و and its article
    ("والأبيض")?"""
    if word.startswith("و") and word[1:] not in gaz.person_parts:
        word = word[1:]
    return word in gaz.common or (word.startswith("ال") and word[2:] in gaz.common)


@gate(EVENT_HEAD, ("I-LOC",))
def event_adjectives_out(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A place after the head of a festival's or fair's name (``rules.yaml``'s ``event_heads``) ends
    before the first adjective with the article and the nisba ending: the adjective agrees with the
    head and describes the festival ("أيام قرطاج السينمائية", "لأيام قرطاج المسرحية", "مهرجان
    الحمامات الدولي" → the LOC "قرطاج", "الحمامات")."""
    if "I-LOC" not in tag_set(tags) or not sentence_bits(toks) & EVENT_HEAD:
        return
    flags, folds = sentence_flags(toks), sentence_folds(toks)
    for i, j, label in edit_chunks(tags):
        if label != "LOC" or j - i < 2 or i == 0 or not flags[i - 1] & EVENT_HEAD:
            continue
        for k in range(i + 1, j):
            if _article_nisba(folds[k]):
                tags[k:j] = ["O"] * (j - k)
                break


@gate(INCIDENT_HEAD, ("B-PER", "B-ORG", "B-LOC"))
def incident_place(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A person or organisation right after the head of an attack's or incident's name (``rules.yaml``'s
    ``incident_heads``) that is a known place, or a known place and adjectives with the article, is that
    place: "هجوم كيبيك الإرهابي" (ORG) → LOC "كيبيك", "هجوم باردو الإرهابي" (PER) → LOC "باردو", "حادثة سيدي
    علي بن عون الارهابية" → LOC "سيدي علي بن عون"; the adjective agrees with the head, and leaves a LOC
    too ("عملية بن قردان الارهابية" → "بن قردان").  Not a name that is no place ("هجوم داعش")."""
    if "B-PER" not in tag_set(tags) and "B-ORG" not in tag_set(tags) and "B-LOC" not in tag_set(tags):
        return
    heads = rule_words().incident_heads
    folds = sentence_folds(toks)
    for i, j, label in chunk_list(tags):
        if i == 0 or toks[i - 1].kind != "word" or not in_list(toks[i - 1].norm, heads):
            continue
        k = next((k for k in range(i + 1, j) if _article_nisba(folds[k])), j)
        if label == "LOC" and k == j:
            continue  # a place without an adjective: nothing to do
        name = " ".join(folds[i:k])
        if gaz.place(name) is None or (k - i == 1 and name in gaz.common):
            continue
        tags[i:k] = ["B-LOC"] + ["I-LOC"] * (k - i - 1)
        tags[k:j] = ["O"] * (j - k)


@gate(DISASTER_HEAD)
def disaster_place(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """The known place right after the head of a natural disaster (``rules.yaml``'s ``disaster_heads``) is a LOC,
    untagged or read as a person, an organisation or a work ("زلزال الحوز", "زلزال تارودانت" (PER), "زلزال الحسيمة"
    (ORG), "فيضانات درنة"); another label's entity the place starts is cut to it, a LOC of the tagger's stays as it
    is.  Not an ordinary word ("حرائق الغابات"), a person's name part, a function word ("أن" is Ans in Belgium) nor
    "سيول" (Seoul, no head: "وأكدت سيول أن")."""
    if not sentence_bits(toks) & DISASTER_HEAD:
        return
    heads = rule_words().disaster_heads
    folds = sentence_folds(toks)
    n = len(toks)
    for k in range(n - 1):
        i = k + 1
        if toks[k].kind != "word" or toks[i].kind != "word" or not in_list(toks[k].norm, heads) \
                or tags[k] != "O" or tags[i] == "B-LOC" or tags[i].startswith("I-"):
            continue
        size = gaz.match_place(folds, i, (folds[i],)) or 1
        name = " ".join(folds[i:i + size])
        place = gaz.place(name)
        if place is None or (size == 1 and (len(name) < 3 or name in gaz.common or name in gaz.person_parts
                                            or name in rule_words().function_words or name in gaz.particles)):
            continue
        end = chunk_end(tags, i) if tags[i] != "O" else i + size
        if end < i + size or any(t != "O" for t in tags[end:i + size]) or (
                i + size < n and tags[i + size].startswith("I-")):
            continue
        tags[i:end] = ["B-LOC"] + ["I-LOC"] * (size - 1) + ["O"] * (end - i - size)


@cache
def _known_misc() -> dict[str, list[tuple[str, ...]]]:
    """``rules.yaml``'s ``known_misc`` names by their first word (folded, with its article)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for name in rule_words().known_misc:
        words = tuple(name.split())
        out.setdefault(words[0], []).append(words)
    return out


@cache
def _known_misc_ends() -> tuple[str, ...]:
    """What a word with a proclitic on the first word of a ``known_misc`` name ends with (its first word without the
    article): one ``str.endswith`` per token instead of one per name."""
    return tuple(first[2:] for first in _known_misc())


@gate(bits=KNOWN_MISC_FIRST)
def known_misc_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An untagged mention of a name of ``rules.yaml``'s ``known_misc`` with ب or ل on its first word ("مسؤول بالبيت
    الأبيض", "التابع للبيت الأبيض") is a MISC, as the tagger finds it with the article alone and ANERcorp tags it;
    decoding leaves the proclitic out of the span."""
    names = _known_misc()
    ends = _known_misc_ends()
    folds = sentence_folds(toks)
    n = len(toks)
    for i in range(n - 1):
        if not folds[i].endswith(ends) or tags[i] != "O" or toks[i].kind != "word" or folds[i].startswith("ال"):
            continue
        for form in stems(toks[i].norm):
            for name in names.get(form, ()):
                end = i + len(name)
                if end <= n and tuple(folds[i + 1:end]) == name[1:] and all(t == "O" for t in tags[i:end]) \
                        and (end == n or not tags[end].startswith("I-")):
                    tags[i:end] = ["B-MISC"] + ["I-MISC"] * (end - i - 1)
                    break
            if tags[i] != "O":
                break


@gate(PHRASE_FIRST, NAME_TAGS)
def names_in_phrases(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An entity inside a phrase of ``rules.yaml``'s ``not_name_phrases`` is none: "فريد" of "مسجد
    فريد من نوعه" (unique of its kind), "بريد" of "قرب مكتب بريد", "بحسن نية" (in good faith)."""
    if tags.count("O") == len(tags) or not sentence_bits(toks) & PHRASE_FIRST:
        return
    flags, folds = sentence_flags(toks), sentence_folds(toks)
    first = rule_words().phrase_first
    n = len(toks)
    for k in range(n):
        if not flags[k] & PHRASE_FIRST:
            continue
        size = 0
        for form in stems(toks[k].norm):  # the first word may take proclitics ("بحسن نية")
            for phrase in first.get(form, ()):
                if k + len(phrase) <= n and len(phrase) > size \
                        and all(folds[k + x] == phrase[x] for x in range(1, len(phrase))):
                    size = len(phrase)
        if size:
            for i, j, _ in chunk_list(tags):
                if i >= k and j <= k + size:
                    tags[i:j] = ["O"] * (j - i)

#: A third person's pronoun suffix as written (ه, not the ة of a feminine): the ending of "مسؤوليته", "لها".
_THIRD_SUFFIXES = ("هما", "هم", "ها", "ه")
#: Prepositions that take a pronoun suffix ("لها", "إليه", "بها"), folded: such a word ends no name.
_SUFFIX_PREPOSITIONS = frozenset({"ل", "ب", "في", "من", "عن", "علي", "الي", "مع", "عند", "لدي", "منذ"})


def _pronoun_word(tok: Token, gaz: Gazetteer) -> str | None:
    """"prep" if ``tok`` is a preposition with a pronoun ("لها", "إليه"), "noun" if it is an ordinary noun or
    verb with a third person's pronoun ("مسؤوليته", "شقيقه", "يسكنه", "تسليمه"), else None."""
    if tok.kind != "word":
        return None
    norm = tok.norm
    suffix = next((x for x in _THIRD_SUFFIXES if norm.endswith(x)), None)
    if suffix is None:
        return None
    stem = fold(norm[:-len(suffix)])
    if stem in _SUFFIX_PREPOSITIONS:
        return "prep"
    # no word with the article takes a pronoun ("المهن")
    if len(stem) < 3 or has_article(norm) or fold(norm) in gaz.places or fold(norm) in gaz.person_parts:
        return None
    # the noun before the suffix, its ة written ت ("مسؤوليت" + "ه" → "مسؤولية")
    if stem in gaz.common or (stem[-1] == "ت" and stem[:-1] + "ه" in gaz.common) or stem in verb_forms():
        return "noun"
    return None


@gate(tags=("I-LOC", "I-ORG", "I-MISC", "I-PER"))
def pronoun_word_out(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A name never ends in an ordinary word with a pronoun suffix: "تبنى تنظيم ولاية خراسان مسؤوليته" (the
    LOC is "خراسان"; the tagger ran on into the noun after it), "حي مولنبيك يسكنه", "حي التضامن تسليمه", nor,
    for a person too, in a preposition with one ("الشيخ الصلابي له علاقات", "قاعة أوبرا بها").  What is left
    is no name when it is one ordinary word ("محكمة إليه", "منزل شقيقه"). A family name that is a word with
    a suffix ("هالة شيخ روحه") stays a person's."""
    for i, j, label in chunk_list(tags):
        if j - i < 2:
            continue
        kind = _pronoun_word(toks[j - 1], gaz)
        if kind is None or (kind == "noun" and label == "PER"):
            continue
        end = j - 1
        word = fold(toks[i].norm)
        if end - i == 1 and (word in gaz.common or word in verb_forms()) and word not in gaz.places:
            end = i  # "مؤسسة أوكل لها": a verb
        tags[end:j] = ["O"] * (j - end)


@gate(tags=("B-LOC",))
def nationality_not_place(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A place of one word that is a nationality adjective with the article is none: "العاصمة
    السورية دمشق" (the LOC is "دمشق"), "مدينة مالمو السويدية", "رئيسة الوزراء الدنماركية" (ANERcorp
    never tags "السورية" alone as a place: 7 O, 3 inside a longer LOC)."""
    if "B-LOC" not in tag_set(tags):
        return
    folds = sentence_folds(toks)
    n = len(toks)
    for i in tagged(tags, "B-LOC", 0, n):
        if (i + 1 == n or tags[i + 1] != "I-LOC") and toks[i].kind == "word" \
                and _country_adjective(folds[i], gaz) and not (
                    # "منطقة السودانية": after a place head in construct, the name of the place
                    i > 0 and toks[i - 1].kind == "word" and not has_article(toks[i - 1].norm)
                    and gaz.is_loc_head(toks[i - 1].norm)):
            tags[i] = "O"


@gate(LOC_HEAD, ("B-LOC",))
def adjective_after_place_head(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A one-word place right after an untagged place head is none when it describes the head: an
    indefinite nisba that is an ordinary word ("مدينة تركية", "إقليم سني"), or a security body that
    names an administrative unit ("إقليم الحرس الوطني", "منطقة الأمن الوطني"; ``security_bodies``)."""
    if "B-LOC" not in tag_set(tags):
        return
    folds = sentence_folds(toks)
    bodies = rule_words().security_bodies
    n = len(toks)
    for i in tagged(tags, "B-LOC", 1, n):
        if (i + 1 < n and tags[i + 1] == "I-LOC") or tags[i - 1] != "O" \
                or toks[i].kind != "word" or toks[i - 1].kind != "word" or not gaz.is_loc_head(toks[i - 1].norm):
            continue
        word = folds[i]
        if word in bodies or (not word.startswith("ال") and word.endswith(("ي", "يه")) and gaz.place(word) is None
                              and (word in gaz.common or word in gaz.nisba)):
            tags[i] = "O"

def _country_adjective(word: str, gaz: Gazetteer) -> bool:
    """Is the folded ``word`` a nationality adjective with the article: a nisba of the gazetteer
    ("السوريه") or the article + a country + ي/يه ("السويديه" of "السويد"), and no country's own
    name ("السعوديه"; "الزيمبابوي" is Zimbabwe)?"""
    if not _article_nisba(word):
        return False
    own = gaz.place(word)
    if (own is not None and own.kind == "country") or word in rule_words().country_nisbas:  # Saudi Arabia
        return False
    if word in gaz.nisba:
        return True
    base = word[2:-2] if word.endswith("يه") else word[2:-1]
    for country in (base, "ال" + base):
        place = gaz.place(country)
        if place is not None and place.kind == "country":
            return True
    return False

def _article_nisba(word: str) -> bool:
    """Is the folded ``word`` an adjective with the article and the nisba ending ("السينماييه",
    "الدولي")?"""
    return len(word) >= 5 and word.startswith("ال") and word.endswith(("ي", "يه"))


@gate(tags=("B-LOC",), texts=("الجديدة", "الجديد", "القديمة", "القديم"))
def new_quarter(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A town's name and "الجديدة"/"القديمة" after a quarter's head (``rules.yaml``'s ``quarter_heads``), or in a
    list of names after one, is the quarter's name: "حيي الحمدانية وحلب الجديدة" → the LOC "حلب الجديدة", "حي
    تطاوين الجديدة"; not "مدينة دمشق القديمة" (ANERcorp: "دمشق")."""
    rw = rule_words()
    folds = sentence_folds(toks)
    if rw.quarter_adjectives.isdisjoint(folds):
        return
    for i, j, label in chunk_list(tags):
        if label != "LOC" or j >= len(toks) or tags[j] != "O" or folds[j] not in rw.quarter_adjectives:
            continue
        h = i - 1
        while h >= 0 and (tags[h].endswith("LOC") or toks[h].text == "،"):  # the names listed before it
            h -= 1
        if h >= 0 and toks[h].kind == "word" and not rw.quarter_heads.isdisjoint(stems(toks[h].norm)):
            tags[j] = "I-LOC"


@gate(CAMP_HEAD)
def whole_camp(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A camp is named with its head ("مخيم الهول", "بمخيم اليرموك"; ``rules.yaml``'s ``camp_heads``,
    without the article): the head joins the LOC after it, or makes one with an untagged name after
    it that is no ordinary word.  ANERcorp leaves the head out ("مخيم" + "جنين", four times in its
    training part); a camp's name is the place a reader looks for."""
    if not sentence_bits(toks) & CAMP_HEAD:
        return
    flags = sentence_flags(toks)
    n = len(toks)
    for h in range(n - 1):
        if tags[h] != "O" or not flags[h] & CAMP_HEAD or flags[h] & ARTICLE:
            continue
        if tags[h + 1] == "B-LOC":
            tags[h], tags[h + 1] = "B-LOC", "I-LOC"
        elif tags[h + 1] == "O" and (h + 2 >= n or not tags[h + 2].startswith("I-")) \
                and _name_after_head(toks[h + 1], gaz):
            tags[h], tags[h + 1] = "B-LOC", "I-LOC"


@gate(STADIUM_HEAD)
def stadium_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """The name after a stadium head (``rules.yaml``'s ``stadium_heads``, quoted or not) is MISC, as
    ANERcorp tags it ("ملعب سانتياغو برنابيو", "استاد « لوكوموتيف »"), unless it is a known place as
    written ("استاد القاهرة": the LOC stays).  The town after the name, with ب, is its LOC ("بملعب روبار شامبرو
    بأبيدجان")."""
    if not sentence_bits(toks) & STADIUM_HEAD:
        return
    flags = sentence_flags(toks)
    n = len(toks)
    for h in range(n - 1):
        if tags[h] != "O" or not flags[h] & STADIUM_HEAD:
            continue
        k = h + 2 if toks[h + 1].text in QUOTES_OPEN and h + 2 < n else h + 1
        if not tags[k].startswith("B-") or tags[k] == "B-MISC":
            continue
        j = chunk_end(tags, k)
        if j - k == 1 and _place_as_written(toks[k].norm, gaz):
            continue
        town = j - k > 1 and place_after_ba(toks[j - 1], gaz) is not None  # "بملعب روبار شامبرو" + "بأبيدجان"
        if town:
            j -= 1
        tags[k:j] = ["B-MISC"] + ["I-MISC"] * (j - k - 1)
        if town:
            tags[j] = "B-LOC"


@gate(VENUE_NAME_END)
def venue_name_ends(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A PER or LOC whose last word ends a venue's name written the foreign way (``rules.yaml``'s ``venue_name_ends``:
    "أرينا", "ستاديوم") names a stadium or a hall, no person or place (session 47, ANT 423, 2137, 9403): MISC, as
    :func:`stadium_names` makes a stadium's name ('ملعبه "فودافون أرينا"', "تورك تيليكوم أرينا"); an ORG when a
    venue's head (``venue_name_heads``: "قاعة حفلات مانشستر أرينا") or a website's (``venue_site_heads``: 'موقع "فون
    أرينا"') is one or two words before it, as a hall's or a site's quoted name is.  The word alone is no name ("كلمة
    أرينا", "في أرينا (حلبة)").  Session 48: the name takes the words of it the tagger left out before it, up to an
    opening quote or a venue's or stadium's head ('"تورك" + "تيليكوم أرينا"', ANT 423), and an untagged name of one
    or two such words and the end word right after a venue's head is its ORG ("بقاعة بورش أرينا", ANT 9216), after a
    stadium's its MISC."""
    if not sentence_bits(toks) & VENUE_NAME_END:
        return
    rw = rule_words()
    ends = rw.venue_name_ends
    for i, j, label in chunk_list(tags):
        if label not in ("PER", "LOC", "MISC") or fold(toks[j - 1].norm) not in ends:
            continue
        if j - i == 1:
            if label != "MISC":
                tags[i] = "O"
            continue
        start = _venue_name_start(toks, tags, i, rw)
        if start is not None and start < i:
            tags[start:i] = ["I-" + label] * (i - start)
            i = start
        if label == "MISC":
            tags[i] = "B-MISC"
            continue
        h = i - 1 if i > 0 and toks[i - 1].text in QUOTES_OPEN else i
        venue = any(k >= 0 and tags[k] == "O" and toks[k].kind == "word"
                    and (in_list(toks[k].norm, rw.venue_name_heads) or fold(toks[k].norm) in rw.venue_site_heads)
                    for k in (h - 1, h - 2))
        kind = "ORG" if venue else "MISC"
        tags[i:j] = [f"B-{kind}"] + [f"I-{kind}"] * (j - i - 1)
    for k in flagged(toks, VENUE_NAME_END):  # an untagged name after a head: "بقاعة بورش أرينا"
        if tags[k] != "O" or k < 2 or (k + 1 < len(toks) and tags[k + 1].startswith("I-")):
            continue
        start = _venue_name_start(toks, tags, k, rw)
        if start is None or start >= k or toks[start - 1].text in QUOTES_OPEN:
            continue
        kind = "MISC" if in_list(toks[start - 1].norm, rw.stadium_heads) else "ORG"
        tags[start:k + 1] = [f"B-{kind}"] + [f"I-{kind}"] * (k - start)


#: Most words of a venue's name the tagger left out before its end word or its name ("تورك" + "تيليكوم أرينا").
_VENUE_LEFT_OUT = 2


def _venue_name_start(toks: Sequence[Token], tags: Sequence[Tag], i: int, rw: Any) -> int | None:
    """Where a venue's name that the tagger began at ``toks[i]`` (or left untagged up to it) starts: after an opening
    quote or a venue's or stadium's head one or two untagged words before it, the words between foreign ones (no
    article, ordinary word, function word or verb); None when neither is there."""
    gaz = default_gazetteer()
    k = i - 1
    while k >= 0 and i - k <= _VENUE_LEFT_OUT + 1:
        tok = toks[k]
        if tok.text in QUOTES_OPEN or (tok.kind == "word" and tags[k] == "O" and (
                in_list(tok.norm, rw.venue_name_heads) or in_list(tok.norm, rw.stadium_heads))):
            return k + 1
        if tok.kind != "word" or tags[k] != "O" or i - k > _VENUE_LEFT_OUT or has_article(tok.norm):
            return None
        word = fold(tok.norm)
        if word in gaz.common or word in rw.function_words or word in gaz.particles or word in verb_forms():
            return None
        k -= 1
    return None


@gate(DISEASE_HEAD | DISEASE_NAME)
def disease_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """The name after a disease or virus head (``rules.yaml``'s ``disease_heads``: "فيروس", "جائحة",
    "وباء", "لقاح") is MISC, the head left out: "بفيروس زيكا", "متحور أوميكرون" name no place or
    person, though the tagger takes them for one ("زيكا", a forest in Uganda); so is a listed disease's
    name alone (``disease_names``: "تفشي كورونا", tagged LOC)."""
    if not sentence_bits(toks) & (DISEASE_HEAD | DISEASE_NAME):
        return
    flags = sentence_flags(toks)
    for i, j, label in chunk_list(tags):
        if j - i == 1 and label in ("LOC", "PER") and flags[i] & DISEASE_NAME:
            tags[i] = "B-MISC"
    n = len(toks)
    for h in range(n - 1):
        if not flags[h] & DISEASE_HEAD:
            continue
        k = h + 1
        if tags[h].startswith("B-") and tags[k].startswith("I-"):  # the tagger took the head in
            tags[h] = "O"
        elif not tags[k].startswith("B-"):
            continue
        j = chunk_end(tags, k)
        tags[k:j] = ["B-MISC"] + ["I-MISC"] * (j - k - 1)

