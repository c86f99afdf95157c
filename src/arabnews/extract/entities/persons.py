"""Post-CRF corrections for persons, on the tags of one sentence.

- :func:`name_after_title` — after a title ("المبعوث", "الرئيس", "الدكتور") and its adjectives
  ("الأممي", "السابق"), name-like words are a person, joined to a PER the tagger found after them
  ("المبعوث الأممي غير بيدرسون": the tagger knows neither word);
- :func:`spokesman_not_name` — "الناطق باسم": "باسم" is no given name (+0.02 news micro F1);
- :func:`preposition_not_name` — "المعروف باسم", "تحلق بنجاح": ب + a common noun alone is no name;
- :func:`name_after_spokesman` — the name after "المتحدث باسم" and the body spoken for is a person
  ("المتحدث باسم الخارجية الأمريكية نيد برايس", "الناطق الرسمي باسم رئاسة الحكومة نضال الورفلي");
- :func:`person_in_list` — a name between dashes in a list of persons is a person ("ماهر الحناشي -
  حسام الحباسي - علاء المرزوقي"; 0 on the dev parts);
- :func:`person_after_org` — an ORG that ran on into a given name ends there ("وزارة الداخلية ياسر
  مصباح" → ORG + PER; 0 on the dev parts);
- :func:`public_figures` — a public figure named by one name ("ترامب يهاجم بايدن") is a person;
- :func:`theophoric_names` — "ضيف الله", "جاب الله": a name made with "الله" is a person;
- :func:`split_at_preposition` — "عماد الدايمي للمنجي الرحوي" is two persons;
- :func:`place_after_person` — "خير الدين باشا بسيدي بوزيد": a person, then a place;
- :func:`nisba_out_of_person` — "الإتحاد المنستيري أحمد البلي": the club's nisba is no part of the name;
- :func:`name_after_correspondent` — "مراسلة الجوهرة اف ام سامية البيولي": the correspondent;
- :func:`verb_before_name` — "وشارك نائب وزير المالية", "وشارك محمد": "وشارك" (and took part) is no name;
- :func:`name_after_naming_cue` — "سيدة تدعى حياة الرمضاني", "ضد المدعو شفيق جراية": the name after
  "called" is a person;
- :func:`particle_in_name` — "أورسولا فون دير لاين", "لودفيغ فان بيتهوفن": a surname's particles and the
  surname belong to the name;
- :func:`speaker_after_verb` — "وأضاف مجدوب أن": one name between a verb of saying and "أن" is a person;
- :func:`family_after_compound` — "صلاح الدين الزحاف": a compound given name takes the family name after it.

>>> from arabnews import tokenize
>>> toks = tokenize("وصل المبعوث الأممي غير بيدرسون إلى جنيف")
>>> tags = ["O", "O", "O", "O", "O", "O", "B-LOC"]
>>> name_after_title(toks, tags, default_gazetteer()); tags
['O', 'O', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC']
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from ...lang.ar import ALI, PRONOUN_SUFFIXES, clitic_splits, fold, load
from ...lang.schema import Record, Words
from ...text.tokenize import Token
from .backoff import ARAB_COUNTRIES, PATRONYMS, PROMINENT_POPULATION, place_after_ba
from .bio import Tag, chunk_end, chunk_list, edit_chunks, tag_set, tagged
from .boundaries import DASHES
from .decode import ba_names, entity_start, preposition_before_name
from .gates import gate, when
from .gazetteer import Gazetteer, default_gazetteer, given_names, norm_key, ordinary_given_names, verb_forms
from .orgs import _acronym_forms, _known_org_names
from .places import _capital_ids
from .rulewords import (
    ADJECTIVE_NEGATION,
    ARTICLE,
    ARTICLE_GIVEN_NAME,
    CLUB_HEAD,
    CLUB_TOWN_HEAD,
    COMPANY,
    CONSTRUCT_NOUN_NAME,
    DIALECT_FIRST,
    FIGURE_FIRST,
    FOLLOWING_NOUN,
    LEADING_PARTICLE,
    LIST_CUE_FIRST,
    NAMING_CUE,
    NEGATION_SHAPE,
    OCCUPATION,
    ORG_HEAD,
    PREDICATE,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    RANK_TITLE,
    REGNAL_ORDINAL,
    SPEECH_VERB,
    SPOKESMAN,
    SPORT_ROLE_FIRST,
    TITLE,
    WORK_HEAD,
    RuleWords,
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
    sentence_texts,
    sport_sentence,
    stems,
    verbal_noun_shape,
    written_function_word,
)

#: Most words of a name taken after a title.
MAX_NAME = 3


def _name_like(tok: Token, gaz: Gazetteer) -> bool:
    """A word that can be part of a person's name after a title: a known name part, or a word the
    corpora do not show as a common word and that has no article."""
    rw = rule_words()
    if tok.kind not in ("word", "foreign"):
        return False
    word = fold(tok.norm)
    if written_function_word(tok):  # "على", not the name "علي"
        return False
    if (word in rw.function_words or is_predicate(tok.norm) or in_list(tok.norm, rw.titles)
            or in_list(tok.norm, rw.occupations) or in_list(tok.norm, rw.org_heads) or gaz.is_loc_head(tok.norm)
            or word in gaz.places):
        return False
    if word[0] == "س" and word[1:] in gaz.common:  # "سيلتقي": a future verb
        return False
    if word[0] == "ل" and (word[1:] in gaz.particles or word[1:] in gaz.person_parts):  # "لبن علي": "of Ben Ali"
        return False
    written = tok.text
    if written[:1] in ("ب", "ل", "ف", "و", "ك") and written[1:2] in ("أ", "إ") and word[1:] in rw.function_words:
        return False  # "بأن", "لأن", "فإن": a particle with a preposition (but "بان كي مون" is a name)
    if len(word) >= 5 and word.endswith(_POSSESSIVE_ENDINGS) and word not in gaz.person_parts:
        return False  # "السيدة رفقة ابنيها": her two sons
    if _word_and_him(tok, word, gaz):
        return False
    return word in gaz.person_parts or (word not in gaz.common and not has_article(tok.norm) and len(word) >= 3)


def _word_and_him(tok: Token, word: str, gaz: Gazetteer) -> bool:
    """Is ``tok`` (folded ``word``) an ordinary word with a pronoun, ه, ها, هم or هما, and no name ("رئيس المركز
    طالبه بإحضار": asked him; "إصابتها بحروق", the ة of "إصابة" written ت before the pronoun)?  Not a word
    ending in ة, which folds to ه ("سامية")."""
    if word in gaz.person_parts:
        return False
    text = tok.text
    for suffix in ("هما", "هم", "ها", "ه"):
        if text.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[:-len(suffix)]
            return stem in gaz.common or (stem.endswith("ت") and stem[:-1] + "ه" in gaz.common)
    return False


#: Commas that set off an appositive name ("الأمين العام للحزب الجمهوري، عصام الشابي، أن")
_COMMAS = frozenset({"،", ","})
#: Possessive pronouns on a noun ("ابنيها", "أبناؤهم", "زملاؤكم"), but those some names end with ("طه",
#: "جوليانا").
_POSSESSIVE_ENDINGS = tuple(s for s in PRONOUN_SUFFIXES if s not in ("ه", "نا"))


def _field_adjective(tok: Token, gaz: Gazetteer, feminine: bool) -> bool:
    """An adjective of a profession's field after an occupation ("الفنان التشكيلي", "الكاتب الصحفي",
    "الممثلة الكوميدية"): a nisba with the article that the corpora show mostly as an ordinary word, or,
    after a woman's title, any feminine nisba ("ية": a family name does not agree); not a name part."""
    word = fold(tok.norm)
    # "ال" + a stem of three letters or more + "ي": not "التي", "الذي"
    if not word.startswith("ال") or len(word) < 6 or word in gaz.person_parts or is_predicate(tok.norm):
        return False
    if word.endswith("ي") and word in gaz.common:
        return True
    return feminine and word.endswith("يه")


def _definite_surname(tok: Token, gaz: Gazetteer) -> bool:
    """A family name with the article after a given name ("الجريء", "الورفلي"): written with the
    bare article, no ordinary word, nationality, place, predicate, political leaning ("الإصلاحي") or list
    word of the rules."""
    if tok.kind != "word":
        return False
    word = fold(tok.norm)
    if not word.startswith("ال") or len(word) < 5:
        return False
    rw = rule_words()
    return (word not in gaz.common and word[2:] not in gaz.common and word not in gaz.nisba
            and word not in gaz.places and not is_predicate(tok.norm) and not in_list(tok.norm, rw.titles)
            and not in_list(tok.norm, rw.title_adjectives) and not in_list(tok.norm, rw.org_heads)
            and not gaz.is_loc_head(tok.norm) and word not in rw.chain_stops and word not in rw.leaning_adjectives)


@gate(TITLE | OCCUPATION | RANK_TITLE)
def name_after_title(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """Untagged name-like words after a title or an occupation (and its adjectives: those of
    ``title_adjectives`` and nationalities) are a person; two at least, or one followed by the
    tagger's PER, which they join ("الدولي التونسي علي معلول"). A title without the article takes
    its portfolio first ("وزيرة السياحة سلمى اللومي", "وزير التجارة والصناعة زياد العذاري"); the
    first word of the name may be an ordinary word when a family name follows ("سلمى", folded
    "سلمي", peaceful), and a one-word PER of the tagger right after the title takes the name-like
    words after it ("وزير التربية ناجي جلول")."""
    if not sentence_bits(toks) & (TITLE | OCCUPATION | RANK_TITLE):
        return
    rw = rule_words()
    n = len(toks)
    flags = sentence_flags(toks)
    for t in [k for k in range(n - 2) if flags[k] & (TITLE | OCCUPATION)
              or (flags[k] & RANK_TITLE and _qualified_rank(toks, flags, k))]:
        if tags[t] != "O":
            continue
        if flags[t] & ARTICLE:
            k = t + 1
            while k < n and tags[k] == "O" and toks[k].kind == "word" and fold(toks[k].norm) in rw.rank_qualifiers:
                k += 1
        elif flags[t] & TITLE and toks[t].kind == "word" and not toks[t].text.endswith("ى"):
            # (not "والى"/"وإلى", and to, which folds to the governor "والي")
            k = _after_portfolio(toks, tags, flags, t + 1)
            if k == t + 1:
                continue
            if k + 2 < n and toks[k].text in _COMMAS and fold(toks[k + 1].norm) in gaz.person_parts:
                k += 1  # "وزير التكوين المهني والتشغيل، زياد العذاري": a known given name after a comma
        elif flags[t] & OCCUPATION and tags[t + 1] == "O" and flags[t + 1] & ARTICLE and toks[t].kind == "word" \
                and toks[t + 1].kind == "word":
            k = t + 2  # an occupation in construct with its field, one word: "لاعبة التنس سيرينا ويليامز"
        else:
            continue
        # an adjective agrees with the title and has the article: "العميد الركن" yes, but "العميد الركن
        # تركي المالكي" has the given name Turki, not "التركي"
        feminine = fold(toks[t].norm).endswith("ه")  # "الوزيرة", "النائبة": a woman's name follows
        while k < n and tags[k] == "O" and toks[k].kind == "word" and has_article(toks[k].norm) and (
                in_list(toks[k].norm, rw.title_adjectives) or _nationality(toks[k], gaz)
                or _field_adjective(toks[k], gaz, feminine)) and not _adjective_first(toks, tags, k, gaz):
            k += 1  # (not "الهادي" of "وزير الداخلية الهادي مجدوب")
        if not flags[t] & (ARTICLE | TITLE) and (k == n or not _name_after_field(toks, k, gaz)):
            continue  # "لاعب النجم" + "سابقا": an adverb
        _name_from(toks, tags, flags, gaz, k, feminine, every_clitic=not flags[t] & ARTICLE,
                   people=in_list(toks[t].norm, rw.people_nouns))


def _name_after_field(toks: Sequence[Token], k: int, gaz: Gazetteer) -> bool:
    """Can ``toks[k]`` start a name after an occupation and its field ("لاعبة التنس" + "سيرينا"): a word that is a
    name part or no ordinary word ("لاعب النجم" + "سابقا" is an adverb), or one written with ة before a family nisba
    ("علية البريقي": folded "عليه", on him)?"""
    tok = toks[k]
    word = fold(tok.norm)
    if tok.kind != "word":
        return False
    return word in gaz.person_parts or word not in gaz.common or word in given_names() \
        or word in ordinary_given_names() or (
        tok.norm.endswith("ة") and k + 1 < len(toks) and has_article(toks[k + 1].norm)
        and _family_name(toks[k + 1], gaz))


def _name_from(toks: Sequence[Token], tags: list[Tag], flags: Sequence[int], gaz: Gazetteer, k: int, feminine: bool, *,
               every_clitic: bool, people: bool = False) -> None:
    """Tag the name that starts at ``k`` after a title and its portfolio (:func:`name_after_title`): the
    tagger's one-word PER there takes the name parts after it, else two name-like words at least (``people``:
    after a noun of people, a given and a family name)."""
    n = len(toks)
    if k < n and tags[k] == "B-PER" and (k + 1 == n or tags[k + 1] != "I-PER"):
        _extend_person(toks, tags, k, gaz)
        return
    start = k
    k = _name_run(toks, tags, start, gaz, feminine, every_clitic=every_clitic)
    taken = k - start
    # "الدكتور وديع الجريء", "الوزير نضال الورفلي": a name-like word and a family name with the article
    if taken == 1 and k < n and tags[k] == "O" and _definite_surname(toks[k], gaz):
        k += 1
        taken = 2
    if people and not _given_and_family(toks, start, k, gaz, feminine):
        return
    if taken:  # the run stops before a word that is no name ("المخرج منصف ذويب لمسرحية")
        k = _name_stop(toks, flags, start, k, gaz)
        taken = k - start
    if taken >= 2 or (taken == 1 and k < n and tags[k] == "B-PER"):
        tags[start:k] = ["B-PER"] + ["I-PER"] * (taken - 1)
        # (after a noun of people the name is whole: "ساحة الشهيد شكري بلعيد بشير نصر" names two persons)
        if k < n and tags[k] == "B-PER" and not (people and taken == 2):
            tags[k] = "I-PER"


#: "كاتب الدولة" (a Tunisian secretary of state) as the tokens write "كاتب", with و or not.
_SECRETARY_TEXTS = frozenset({"كاتب", "كاتبة", "وكاتب", "وكاتبة"})
#: Most words of a secretary of state's portfolio ("لدى وزير التكوين المهني والتشغيل المكلفة بالتكوين المهني
#: والمبادرة الخاصة").
MAX_SECRETARY_PORTFOLIO = 12


@gate(texts=_SECRETARY_TEXTS)
def name_after_secretary(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """The name after "كاتب الدولة" / "كاتبة الدولة" (a secretary of state, no title of ``rules.yaml``: "الكاتب" is
    a writer) and its long portfolio — words with the article, with a proclitic or not ("للفلاحة", "المكلف",
    "بالإنتاج"), "لدى" and titles ("لدى وزير الخارجية"), the places and bodies the tagger found — and a comma
    is a person, read as after a title: "كاتب الدولة للفلاحة المكلف بالانتاج النباتي عمر الباهي، أن", "كاتبة
    الدولة سيدة الونيسي من جهتها" (session 23)."""
    n = len(toks)
    flags = sentence_flags(toks)
    for t in range(n - 2):
        if toks[t].text not in _SECRETARY_TEXTS or tags[t] != "O" or fold(toks[t + 1].norm) != _STATE:
            continue
        k = start = t + 2
        while k < n and k - start < MAX_SECRETARY_PORTFOLIO and toks[k].kind == "word" and (
                (tags[k] == "O" and (flags[k] & (ARTICLE | TITLE) or fold(toks[k].norm) == _WITH))
                or tags[k] in ("B-LOC", "B-ORG") or (k > start and tags[k] in ("I-LOC", "I-ORG"))) \
                and not _given_not_title(toks, flags, k):
            k += 1
        if k + 1 < n and toks[k].text in _COMMAS:
            k += 1
        _name_from(toks, tags, flags, gaz, k, toks[t].text.endswith("ة"), every_clitic=True)


#: "الدولة", "لدى" folded.
_STATE, _WITH = fold("الدولة"), fold("لدى")


def _name_stop(toks: Sequence[Token], flags: Sequence[int], start: int, end: int, gaz: Gazetteer) -> int:
    """Where name-like words after a title, ``toks[start:end]``, stop before a word that is no name: a
    preposition or quantifier of ``not_name_words`` ("رئيس الجمهورية الرسمى دون أي"), a work's head ("السفير
    برنامج التأهيل", "المخرج منصف ذويب لمسرحية"), or a verbal noun with a pronoun ("الرئيس الاميركي غداة
    تنصيبه"); ``end`` if none."""
    no = rule_words().not_name_words
    for k in range(start, end):
        tok = toks[k]
        word = fold(tok.norm)
        if word in no or flags[k] & WORK_HEAD:
            return k
        if word in gaz.person_parts:
            continue
        for suffix in ("هما", "هم", "ها", "ه"):
            if tok.text.endswith(suffix) and len(word) - len(suffix) >= 4:
                if verbal_noun_shape(word[:-len(suffix)]):
                    return k
                break
    return end


def _given_and_family(toks: Sequence[Token], start: int, end: int, gaz: Gazetteer, feminine: bool) -> bool:
    """Are ``toks[start:end]`` a given name and a family name, as a name after a noun of people must be
    ("الشهيد مبروك السلطاني", "التلميذة مريم زهمول"; not "المتهم أطلق أعيرة", "الطفلة قامت بتصوير"): two
    words, the second a known name part or a family name with the article, the first a known name part or
    before such a family name, and not ending in ة after a man's noun ("المواطن ضحية التبليغ")?"""
    if end - start != 2:
        return False
    first, second = fold(toks[start].norm), fold(toks[start + 1].norm)
    family = _definite_surname(toks[start + 1], gaz)
    if not (family or second in gaz.person_parts):
        # "الأسير خليل عواودة", "الطفل آدم عياد": a given name no ordinary word, then a family name no corpus
        # has as a word (session 31)
        return _given_name(toks[start], gaz) and not has_article(toks[start + 1].norm) \
            and _family_name(toks[start + 1], gaz)
    rw = rule_words()
    if family and (in_list(toks[start + 1].norm, rw.occupations) or in_list(toks[start + 1].norm, rw.titles)):
        return False  # "الرضيع استعانت الطبيبة": a verb and the doctor
    if first not in gaz.person_parts and (first in verb_forms() or _clitic_and_word(toks[start], gaz) or (
            not feminine and toks[start + 1].text.endswith("ة"))):
        return False  # "والد الرضيع وسماع المنظفة": and hearing the cleaner, a woman after a man's noun
    if first in gaz.person_parts:
        return True
    text = toks[start].text
    # an imperfect verb ("المتهم تسلم الأقراص"), a noun with a pronoun ("الشهيد تعليمه الابتدائي") or after
    # a man's noun a feminine noun ("المواطن ضحية التبليغ") is no given name
    return (family and first[:1] not in ("ي", "ت", "ن") and not text.endswith(("ه", "ها", "هم"))
            and (feminine or not text.endswith("ة")))


@gate(tags=("B-PER",))
def verb_before_name(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A PER whose first word is و or ف and an ordinary word is a verb-first sentence's verb, not a
    name, when a title or a known name part follows it: "وشارك نائب وزير المالية" (a one-word PER),
    "وشارك محمد …" (the PER starts at "محمد").  A verb of ``predicates`` after a conjunction at a
    clause's start is one even when it is a name too: "البلاد. وطالب الشابي" → "الشابي"."""
    if "B-PER" not in tag_set(tags):
        return
    flags = sentence_flags(toks)
    n = len(toks)
    for i, j, label in chunk_list(tags):
        if label != "PER" or toks[i].kind != "word" or tags[i] != "B-PER":
            continue
        word = fold(toks[i].norm)
        if j - i > 1 and flags[i] & PREDICATE and (
                (word[:1] in ("و", "ف") and (i == 0 or toks[i - 1].kind == "punct"))
                or _after_detached_conjunction(toks, i)):
            # "البلاد. وطالب الشابي", "و طالب الشابي": a verb after a conjunction starts the clause
            # ("طالب" is a name too, but not there)
            tags[i], tags[i + 1] = "O", "B-PER"
            continue
        if word[:1] not in ("و", "ف") or word in gaz.person_parts or word[1:] not in gaz.common \
                or word[1:] in gaz.person_parts:
            continue
        if i and toks[i - 1].kind != "punct":  # the verb starts a clause ("ومريم بن شعبان وسنية بن جمعة")
            continue
        if j - i == 1 and j < n and flags[j] & TITLE:
            tags[i] = "O"
        elif j - i > 1 and toks[i + 1].kind == "word" and fold(toks[i + 1].norm) in gaz.person_parts \
                and fold(toks[i + 1].norm) not in gaz.particles:
            tags[i], tags[i + 1] = "O", "B-PER"
        elif j - i > 2 and toks[i + 1].kind == "word" and gaz.particles.get(fold(toks[i + 1].norm)) == "patronym" \
                and word[1:] in verb_forms() and word not in ordinary_given_names():
            tags[i], tags[i + 1] = "O", "B-PER"  # "وأبرز بن جازية أن": the verb, then a family name with بن


def _after_detached_conjunction(toks: Sequence[Token], i: int) -> bool:
    """Is token ``i`` right after a conjunction و or ف written apart that starts a clause (at the
    sentence's start or after punctuation): "البلاد. و طالب"?"""
    return i > 0 and toks[i - 1].norm in ("و", "ف") and (i == 1 or toks[i - 2].kind == "punct")


@gate(tags=("B-PER",))
def particle_in_name(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A person's name goes on over the particles of a European surname and the surname after them:
    "أورسولا فون دير لاين" (the tagger stopped after "فون"), "لودفيغ فان بيتهوفن" (after the given name).
    The surname is name-like and no ordinary word; without one, a particle the PER ended on is no part
    of it ("أحمد فان الوضع": "فان" is "فإن", so)."""
    if "B-PER" not in tag_set(tags):
        return
    rw = rule_words()
    first, second = rw.surname_particles, rw.surname_particles_second
    folds = sentence_folds(toks)
    if first.isdisjoint(folds):
        return
    n = len(toks)
    for i, j, label in chunk_list(tags):
        if label != "PER":
            continue
        # the tagger's PER may end on the particle; "فإن" (so) is written with its hamza
        ends_on_particle = j - 1 > i and folds[j - 1] in first and _no_hamza(toks[j - 1])
        if ends_on_particle:
            k = j
        elif j < n and tags[j] == "O" and folds[j] in first and _no_hamza(toks[j]):
            k = j + 1
        else:
            continue
        if k < n and tags[k] == "O" and folds[k] in second:
            k += 1
        if k >= n or tags[k] not in ("O", "B-PER") or not _name_like(toks[k], gaz) or folds[k] in gaz.common:
            if ends_on_particle:
                tags[j - 1] = "O"  # "وأكد أحمد فان الوضع مستقر": "فان" is "فإن" (so), no particle
            continue
        end = k + 1
        if tags[k] == "B-PER":
            while end < n and tags[end] == "I-PER":
                end += 1
        tags[j:end] = ["I-PER"] * (end - j)


@cache
def _sport_role_firsts() -> frozenset[str]:
    """The first words of ``sport_roles`` (folded): "اللاعب", "لاعب" of "لاعب الوسط"."""
    return rule_words().sport_role_first_words


# (the gate's bit: a word one of whose stems is such a first word; the rule asks the folded word as written)
@gate(bits=SPORT_ROLE_FIRST, tags=("B-MISC", "B-LOC", "B-ORG"))
def player_after_role(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """The name after a sport role (``sport_roles``: "اللاعب", "المهاجم", "الحارس", "لاعب الوسط"), its adjectives
    ("السابق", a nationality) and the team it plays for as ل + a common noun ("للفريق") is the player, a person,
    when the tagger read one to three words there as a MISC or a place, or, after the team word, an organisation:
    "اللاعب السابق للفريق فرانك كوم" ("فرانك", the franc, made it a MISC). The name has no article, no ordinary
    word, no ل on its first word after the role ("المدافع السابق لريال مدريد" is the club) and is no known place."""
    firsts = _sport_role_firsts()
    folds = sentence_folds(toks)
    if firsts.isdisjoint(folds):
        return
    rw = rule_words()
    roles, adjectives, teams = rw.sport_roles, rw.sport_role_adjectives, rw.sport_role_teams
    n = len(toks)
    for k in range(n - 1):
        if folds[k] not in firsts or tags[k] != "O":
            continue
        if folds[k] in roles:
            m = k + 1
        elif tags[k + 1] == "O" and f"{folds[k]} {folds[k + 1]}" in roles:
            m = k + 2
        else:
            continue
        while m < n and tags[m] == "O" and (folds[m] in adjectives or folds[m] in rw.title_adjectives
                                            or _nationality(toks[m], gaz)):
            m += 1
        team = m < n and tags[m] == "O" and folds[m] in teams
        if team:
            m += 1
        if m >= n or tags[m] not in (("B-MISC", "B-LOC", "B-ORG") if team else ("B-MISC", "B-LOC")):
            continue
        end = chunk_end(tags, m)
        words = folds[m:end]
        if end - m > 3 or words[0].startswith("ل") or any(
                toks[x].kind != "word" or has_article(toks[x].norm) or folds[x] in gaz.common
                or folds[x] in rw.function_words for x in range(m, end)) or gaz.place(" ".join(words)) is not None:
            continue
        tags[m:end] = ["B-PER"] + ["I-PER"] * (end - m - 1)


# (the gate's bit: a word one of whose stems is a particle of ``leading_particles``; the rule asks the folded word as
# written, one of them)
@gate(bits=LEADING_PARTICLE, tags=("B-ORG", "B-LOC", "B-MISC", "B-PER"))
def particle_starts_person(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A particle of ``leading_particles`` that starts a surname of its own takes the one word after it, which the
    tagger read as a club, a town or a work, into a person, and a person the tagger started on that word starts
    on the particle: "دوس سانتوس ينفي" (the headline's ORG or PER "سانتوس"), "وسجل دا سيلفا". The particle is
    untagged and no part of a place ("ريو دي جانيرو"); the word has no article and is no ordinary word; a person
    right before takes them on ("فرانسيلاودو" + "دوس سانتوس")."""
    lead = rule_words().leading_particles
    folds = sentence_folds(toks)
    if lead.isdisjoint(folds):
        return
    n = len(toks)
    rw = rule_words()
    for k in range(n - 1):
        if folds[k] not in lead or tags[k] != "O" or tags[k + 1] not in ("B-ORG", "B-LOC", "B-MISC", "B-PER") \
                or (tags[k + 1] != "B-PER" and k + 2 < n and tags[k + 2].startswith("I-")):
            continue
        tok, word = toks[k + 1], folds[k + 1]
        if tok.kind != "word" or len(word) < 3 or has_article(tok.norm) or word in gaz.common \
                or word in rw.function_words or is_predicate(tok.norm) or written_function_word(tok) \
                or (k and gaz.match_place(list(folds[k - 1:k + 2]), 0) == 3):
            continue
        tags[k:k + 2] = ["I-PER" if k and tags[k - 1].endswith("-PER") else "B-PER", "I-PER"]


@cache
def _article_given_names() -> frozenset[str]:
    """``article_given_names`` and ``adjective_given_names`` together (folded), built once."""
    rw = rule_words()
    return rw.article_given_names | rw.adjective_given_names


@gate(bits=ARTICLE_GIVEN_NAME)
def article_given_name(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A given name written with the article (``article_given_names``, and ``adjective_given_names``, which are
    adjectives too: "الطيب", "السعيد") and a family name with the article that no table shows as an ordinary word,
    a place or a nationality, both untagged, are a person ("قال الطيب البكوش إن", "وصرح السعيد العايدي"; not "الأمين
    العام", "الأثر الطيب الذكر"); not after a person, whose family name the word is ("سمير الطيب")."""
    rw = rule_words()
    names = _article_given_names()
    folds = sentence_folds(toks)
    if names.isdisjoint(folds):
        return
    n = len(toks)
    # "والشاذلي الورغي": with و the span would start on the conjunction; the tagger's own persons keep it out
    for k in [k for k in range(n - 1) if folds[k] in names]:
        # the tagger's PER of the family name alone takes its given name ("الأمين النهدي": "الأمين" is a title too)
        if tags[k] != "O" or tags[k + 1] not in ("O", "B-PER") or toks[k].kind != "word" \
                or toks[k + 1].kind != "word" or (k + 2 < n and tags[k + 2] == "I-PER"):
            continue
        if k and tags[k - 1].endswith("PER"):
            continue
        if not _article_family(toks[k + 1], folds[k + 1], gaz, names, rw):
            continue
        tags[k], tags[k + 1] = "B-PER", "I-PER"


@gate(ARTICLE_GIVEN_NAME, ("B-PER",))  # (the bit: adjective_given_names, asked of the folded word)
def adjective_family_name(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """The tagger's person of a given name alone takes the family name after it that is an adjective too
    (``adjective_given_names``: "وزير الفلاحة سمير الطيب على", "منير الصادق"); not a title's "الأمين العام"."""
    if "B-PER" not in tag_set(tags):
        return
    rw = rule_words()
    folds = sentence_folds(toks)
    n = len(toks)
    for i, j, label in chunk_list(tags):
        if label != "PER" or j - i != 1 or j >= n or tags[j] != "O" or toks[j].kind != "word":
            continue
        if folds[j] not in rw.adjective_given_names or folds[i] not in gaz.person_parts or has_article(toks[i].norm):
            continue
        if j + 1 < n and folds[j + 1] in rw.chain_stops:
            continue
        tags[j] = "I-PER"


def _article_family(tok: Token, family: str, gaz: Gazetteer, names: frozenset[str], rw: RuleWords) -> bool:
    """Is ``tok`` (folded ``family``) a family name with the article after a given name written with it: no
    ordinary word, nationality, place, given name, function word, predicate or word of a name ("البكوش")?"""
    return not (not family.startswith("ال") or len(family) < 5 or family in gaz.common or family[2:] in gaz.common
                or family in gaz.nisba or gaz.place(family) is not None or gaz.place(family[2:]) is not None
                or family in names or family in rw.function_words or is_predicate(tok.norm)
                or family in gaz.entity_words)


@gate(tags=("B-MISC",))
def quoted_speaker(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """The tagger's MISC of two or three words in quotes right after a verb of saying that opens its clause
    (``speech_verbs``) is the speaker, a person, when its first word is a given name and the quote is followed by
    a word that goes on about a speaker (``speaker_followers``, or a definite word, an apposition): 'وأكدت "جين
    بارك"الفائزة بالجائزة أن' (session 32); not a quoted title ('وقال "الجيش الحر"'), nor a name the quote does not
    close."""
    if "B-MISC" not in tag_set(tags):
        return
    rw = rule_words()
    folds = sentence_folds(toks)
    n = len(toks)
    for i, j, label in chunk_list(tags):
        if label != "MISC" or not 2 <= j - i <= 3 or i < 2 or j + 1 >= n or folds[i - 2] not in rw.speech_verbs \
                or tags[i - 2] != "O" or toks[i - 1].text not in QUOTES_OPEN or toks[j].text not in QUOTES_CLOSE:
            continue
        k = i - 2
        if not (k == 0 or folds[k][0] in ("و", "ف") or toks[k - 1].kind == "punct"):
            continue
        if not _given_name(toks[i], gaz) or any(has_article(t.norm) for t in toks[i:j]):
            continue
        after = toks[j + 1]
        if folds[j + 1] in rw.speaker_followers or (after.kind == "word" and has_article(after.norm)):
            tags[i:j] = ["B-PER"] + ["I-PER"] * (j - i - 1)


@gate(bits=SPEECH_VERB)
def speaker_after_verb(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """One untagged name-like word between a verb of saying and "أن", a comma, a colon, "في" or "خلال"
    is the speaker's family name, a person ("وأضاف مجدوب أن", "وبيّن كعيب أنه"; ``speech_verbs``,
    ``speaker_followers``): a word no corpus has as an ordinary word, no place and no nationality, or a
    family name with the article ("وأكد الهاني خلال"); or a known given name and a family name before
    those or a word with the article ("أكّد خليفة الهمامي المندوب الجهوي"), or a name-like word and a
    family name with the article ("وبين كمال الحجام أنه"). The verb opens its clause
    (with و or ف, after punctuation or after ``speaker_clause_openers``: "من جهته أكد"), and "علي" after it is
    "على" ("واكد علي ان"); an office in construct (``speaker_offices``) follows the name as "أن" does ("أكد وائل
    المجدوب ممثل عن"). A known company there is
    the speaker too, an ORG ("وقالت أبل إنها"; ``companies``).  Only the words whose stems hold a verb of
    saying are tried (:func:`.rulewords.flagged`; a sentence without one does not call the rule, :mod:`.gates`).
    Session 47: a given and a family name are followed by a demonstrative as by "أن" (``speaker_object_followers``:
    "اعتبرت ريم لمتي هذه الاتفاقية"), and a comma and an office in construct vouch for a family name that is an
    ordinary word too ("أكد رياض حرّيق، ناشط عن منظمة": :func:`_speaker_before_office`)."""
    rw = rule_words()
    folds = sentence_folds(toks)
    verbs = rw.speech_verbs
    n = len(toks)
    followers = rw.speaker_followers
    pair_followers = followers | rw.speaker_object_followers
    openers, offices = rw.speaker_clause_openers, rw.speaker_offices
    names_too = rw.function_words_names
    flags = sentence_flags(toks)
    for k in [k for k in flagged(toks, SPEECH_VERB) if k < n - 2 and folds[k] in verbs]:
        j = k + 1
        # the verb opens its clause ("وأضاف", or after punctuation): not the noun "ذكر" of "أي ذكر غريب"
        if tags[k] != "O" or not (k == 0 or folds[k][0] in ("و", "ف") or toks[k - 1].kind == "punct"
                                  or folds[k - 1] in openers):  # "من جهته أكد", "بدورها قالت"
            continue
        if k + 3 < n and tags[j] in ("O", "B-PER") and tags[k + 2] == tags[k + 3] == "O" \
                and (folds[k + 3] in pair_followers or folds[k + 3] in offices) and _speaker_pair(toks, j, gaz):
            tags[j], tags[k + 2] = "B-PER", "I-PER"  # "وقالت سعيدة قراش إن", "وأكد حبيب الصيد أن"
            continue
        if k + 4 < n and tags[j] in ("O", "B-PER") and tags[k + 2] == tags[k + 3] == tags[k + 4] == "O" \
                and toks[k + 3].text in _COMMAS and folds[k + 4] in offices and _speaker_before_office(toks, j, gaz):
            tags[j], tags[k + 2] = "B-PER", "I-PER"  # "أكد رياض حرّيق، ناشط عن منظمة الدفاع عن المستهلك"
            continue
        if tags[j] != "O":
            continue
        if k + 3 < n and tags[k + 2] == tags[k + 3] == "O" and folds[j] not in gaz.particles \
                and ((_given_name(toks[j], gaz) and _family_name(toks[k + 2], gaz))
                     or (_name_like(toks[j], gaz) and _definite_surname(toks[k + 2], gaz))) and (
                folds[k + 3] in pair_followers or folds[k + 3] in offices
                or (flags[k + 3] & ARTICLE and toks[k + 3].kind == "word")):
            # a given name and a family name: "أكّد خليفة الهمامي المندوب الجهوي …", "وقال سامي بوزيان إن";
            # or a name-like word and a family name with the article, "وبين كمال الحجام أنه" (not a
            # particle: "قال ابن المتوفي إن")
            tags[j], tags[k + 2] = "B-PER", "I-PER"
            continue
        if k + 3 < n and tags[k + 2] == "O" and (flags[k + 3] & TITLE or folds[k + 3] in offices) \
                and not flags[k + 3] & ARTICLE \
                and _family_before_quote(toks, j, gaz, title=True):
            # a known given name, a family name that is an ordinary word too and the speaker's office in
            # construct: "وقالت علياء عودة مديرة مؤسسة أبعاد" (session 31)
            tags[j], tags[k + 2] = "B-PER", "I-PER"
            continue
        if tags[k + 2] != "O" or folds[k + 2] not in followers:
            continue
        tok = toks[j]
        word = folds[j]
        if word in names_too or word in gaz.places or word in gaz.nisba or (
                word.endswith("ه") and word[:-1] in gaz.nisba):
            continue  # "واكد علي ان": "على" written with ي
        if _speaker_noun(word, gaz):
            continue
        if flags[j] & COMPANY:  # a company speaks too: "وقالت أبل إنها" (rules.yaml's companies)
            tags[j] = "B-ORG"
        elif (_name_like(tok, gaz) and not _clitic_and_word(tok, gaz)) or _definite_surname(tok, gaz):
            tags[j] = "B-PER"


@gate(OCCUPATION)
def speaker_after_people_noun(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """Two words between a verb of saying with a noun of people or an occupation after it (``occupations``,
    ``people_nouns``; its nationality or adjectives too) and "إن", "أن" or a colon
    (``people_speaker_followers``) are the speaker's given and family name, a person, though neither is a
    known name part: "وقال الطالب ييت تورك إن", "وأوضح الشاب ياسين كرت أنه"; and so where the tagger read them
    as a place or another name ("وقالت الصحفية بترا لازلو إنها", "وقالت الناشطة السياسية هزار الجيناوي إن":
    LOCs), unless the two words are a place.  The verb opens its clause; neither word is a function word, a
    verb, a title, a time word ("صباح اليوم") or a head, and the first has no article nor proclitic."""
    if not sentence_bits(toks) & OCCUPATION:
        return
    rw = rule_words()
    folds = sentence_folds(toks)
    flags = sentence_flags(toks)
    n = len(toks)
    for t in [k for k in range(1, n - 3) if flags[k] & OCCUPATION and flags[k] & ARTICLE]:
        v = t - 1
        if folds[v] not in rw.speech_verbs or tags[v] != "O" or tags[t] != "O" or not (
                v == 0 or folds[v][0] in ("و", "ف") or toks[v - 1].kind == "punct"):
            continue
        k = t + 1
        while k < n and tags[k] == "O" and toks[k].kind == "word" and has_article(toks[k].norm) and (
                in_list(toks[k].norm, rw.title_adjectives) or _nationality(toks[k], gaz)
                or _field_adjective(toks[k], gaz, folds[t].endswith("ه"))):
            k += 1
        if k + 2 >= n or folds[k + 2] not in rw.people_speaker_followers or tags[k + 2] != "O" \
                or not _speaker_words(toks, k, gaz, rw):
            continue
        first, second = tags[k], tags[k + 1]
        if first == second == "O":
            pass
        elif first == "B-PER" and second == "O":
            pass  # the tagger's given name alone: "وقال الطالب يحيى كمال إن"
        elif first in ("B-LOC", "B-MISC", "B-ORG") and second in ("O", "I" + first[1:]):
            if gaz.match_place([folds[k], folds[k + 1]], 0) == 2:
                continue  # the two words are a place
        else:
            continue
        tags[k], tags[k + 1] = "B-PER", "I-PER"


def _speaker_words(toks: Sequence[Token], k: int, gaz: Gazetteer, rw: RuleWords) -> bool:
    """Can ``toks[k]`` and ``toks[k + 1]`` be a given and a family name after a noun of people
    (:func:`speaker_after_people_noun`)?"""
    for tok in toks[k:k + 2]:
        word = fold(tok.norm)
        if tok.kind != "word" or written_function_word(tok) or len(word) < 2 or word in rw.function_words \
                or word in rw.not_name_words or word in rw.chain_stops or word in rw.name_end_times \
                or is_predicate(tok.norm) or in_list(tok.norm, rw.titles) or in_list(tok.norm, rw.occupations) \
                or in_list(tok.norm, rw.org_heads) or gaz.is_loc_head(tok.norm) or word in gaz.nisba:
            return False
    first = toks[k]
    word = fold(first.norm)
    if has_article(first.norm) and word not in rw.article_given_names:
        return False
    if word in gaz.person_parts:
        return True
    # a word no corpus has as an ordinary word nor as a verb ("ييت"), or a place's name ("بترا")
    return word in gaz.places or (word not in gaz.common and word not in verb_forms()
                                  and not _clitic_and_word(first, gaz))


def _speaker_pair(toks: Sequence[Token], j: int, gaz: Gazetteer) -> bool:
    """Are ``toks[j]`` and ``toks[j + 1]``, between a verb of saying and what follows a speaker, a given name
    and a family name: a given name that is an ordinary word too (``given_names.yaml``'s ``ordinary``:
    "سعيدة", "أمين") before a family name that is none ("قراش", "العكرمي"), or a given name that is no
    ordinary word before a family name with the article that is one ("حبيب الصيد"; not a time word, a
    nationality, a place, a title or an organisation's head: "قال سامي اليوم")?"""
    first, second = toks[j], toks[j + 1]
    if first.kind != "word" or second.kind != "word" or has_article(first.norm):
        return False
    word, family = fold(first.norm), fold(second.norm)
    if family in gaz.nisba or family in gaz.places or is_predicate(second.norm) or len(family) < 3 \
            or word in gaz.particles:  # "قال ابن المتوفي إن": "son of"
        return False
    if word in ordinary_given_names() and (
            _definite_surname(second, gaz) if has_article(second.norm)
            else family not in gaz.common and family not in gaz.person_parts and _name_like(second, gaz)):
        return True
    rw = rule_words()
    return _given_name(first, gaz) and family.startswith("ال") and len(family) >= 5 \
        and family not in rw.chain_stops and family not in rw.function_words \
        and not in_list(second.norm, rw.titles) and not in_list(second.norm, rw.title_adjectives) \
        and not in_list(second.norm, rw.org_heads) and not gaz.is_loc_head(second.norm)


#: The commas between a speaker's name and his office ("رياض حرّيق، ناشط").
_COMMAS = frozenset({",", "،"})


def _speaker_before_office(toks: Sequence[Token], j: int, gaz: Gazetteer) -> bool:
    """Are ``toks[j]`` and ``toks[j + 1]``, between a verb of saying and a comma and an office in construct
    (:func:`speaker_after_verb`), a given name (a known one, or one that is an ordinary word too: "رياض") and a family
    name, which may be an ordinary word ("حرّيق", fire) but no nisba, place, verb, function word, title or head, and
    has no article nor proclitic on a known word?"""
    first, second = toks[j], toks[j + 1]
    if first.kind != "word" or second.kind != "word" or has_article(first.norm) or has_article(second.norm):
        return False
    word, family = fold(first.norm), fold(second.norm)
    if not (_given_name(first, gaz) or word in ordinary_given_names()) or word in gaz.particles:
        return False
    rw = rule_words()
    return len(family) >= 3 and family not in gaz.nisba and family not in gaz.places \
        and family not in rw.function_words and family not in rw.chain_stops and not is_predicate(second.norm) \
        and not in_list(second.norm, rw.titles) and not in_list(second.norm, rw.org_heads) \
        and not gaz.is_loc_head(second.norm) and not _clitic_and_word(second, gaz)


def _speaker_noun(word: str, gaz: Gazetteer) -> bool:
    """Is the folded ``word`` a noun or participle that says who speaks, not a name: with "our"
    ("مراسلنا", "مصدرنا", "موفدتنا"), a plural ("المحتجون", "مواطنون") or participle ("المتدخل"), or an
    adverb in the accusative ("مسترسلا")?"""
    if word in gaz.person_parts:
        return False
    if word.endswith("نا") and (word[:-2] in gaz.common or word[:-3] + "ه" in gaz.common or len(word) >= 6):
        return True
    if word.startswith("ال") and (word.endswith(("ون", "ين")) or word.startswith(("المت", "المست"))):
        return True
    if len(word) >= 6 and word.endswith("ون"):  # "ذكر مواطنون أن": a plural (not "خلدون", "سعدون")
        return True
    return word.endswith("ا") and (word[:-1] in gaz.common or word.startswith(("مست", "مت")))


def _no_hamza(tok: Token) -> bool:
    """Is ``tok`` written without a hamza on its alef ("فان" van, not "فإن" so)?"""
    return not any(c in tok.text for c in "أإآ")


#: Short vowels and shadda, which may follow a word's last letter ("يُدعى").
_HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"


@gate(bits=NAMING_CUE)
def name_after_naming_cue(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """The name after "called" (``naming_cues``: "تدعى", "يُدعى", "المدعو", "تدعيان") is a person:
    the untagged name-like words after it, with or without quotes ("سيدة تدعى حياة الرمضاني", "تونسي
    يدعى بوبكر الثابتي", "المصورة و تدعى "بترا لاسزو"", which the tagger calls MISC). The verb written
    with ي is "claims" ("يدعي أنه"), and the name after an organisation or a work is theirs ("شركة
    هندية تدعى …", "الكتاب التي تدعى …": a head among the three words before leaves it alone)."""
    cues = rule_words().naming_cues
    folds = sentence_folds(toks)
    if cues.isdisjoint(folds):
        return
    n = len(toks)
    flags = sentence_flags(toks)
    for c in [k for k in range(n - 1) if folds[k] in cues]:
        cue = toks[c]
        if tags[c] != "O" or (folds[c].endswith("ي") and not cue.text.rstrip(_HARAKAT).endswith("ى")):
            continue
        if any(flags[j] & (ORG_HEAD | WORK_HEAD) or tags[j].endswith("ORG") for j in range(max(0, c - 3), c)):
            continue
        k = c + 2 if toks[c + 1].text in QUOTES_OPEN else c + 1
        if k >= n:
            continue
        if tags[k] == "B-MISC":  # a name in quotes the tagger took for a title
            j = k + 1
            while j < n and tags[j] == "I-MISC":
                j += 1
            tags[k:j] = ["B-PER"] + ["I-PER"] * (j - k - 1)
            continue
        if tags[k] == "B-PER" and (k + 1 == n or tags[k + 1] != "I-PER"):
            _extend_person(toks, tags, k, gaz)  # "يُدعى أحمد الدريدي": the tagger's given name alone
            if tags[k + 1:k + 2] == ["O"] and _definite_surname(toks[k + 1], gaz):
                tags[k + 1] = "I-PER"
            continue
        if tags[k] != "O" or (folds[k][:1] == "ل" and folds[k] not in gaz.person_parts) or (
                folds[k][:1] == "ب" and _clitic_and_word(toks[k], gaz)):
            continue  # "المدعوين لمقابلتي الكامرون", "المدعوين بمناسبة": the invited
        feminine = folds[c].lstrip("وف").startswith("ت") or folds[c].endswith(("ه", "تين", "تان"))
        # after "called" the first word is a name even when it reads as a clitic and a word ("كمال": ك + مال)
        end = k
        while end < n and end - k < MAX_NAME and tags[end] == "O" and (
                _name_like(toks[end], gaz) or (end == k and _ordinary_given_name(toks, tags, end, gaz, feminine))
        ) and not (end > k and _clitic_and_word(toks[end], gaz)):
            end += 1
        # a second name starts at "و" after a dual or plural cue or with a known given name ("تدعيان سارة
        # ومريم"), and ل with a word ends the name ("شفيق جراية لاقترافه"; ب does not: "بوكمشة", "براء")
        several = folds[c].endswith(("ان", "ين"))
        end = next((j for j in range(k + 1, end) if folds[j] not in gaz.person_parts and folds[j] not in gaz.particles
                    and ((folds[j][:1] == "و" and (several or folds[j][1:] in gaz.person_parts))
                         or folds[j][:1] == "ل")), end)
        if end - k == 1 and end < n and tags[end] == "O" and _definite_surname(toks[end], gaz):
            end += 1
        if end > k:
            tags[k:end] = ["B-PER"] + ["I-PER"] * (end - k - 1)
            if end < n and tags[end] == "B-PER":
                tags[end] = "I-PER"


def _qualified_rank(toks: Sequence[Token], flags: Sequence[int], k: int) -> bool:
    """Is ``toks[k]``, a rank, followed by a rank qualifier ("الفريق الركن", "الفريق أول ركن"): the
    rank, not "the team", so a title?"""
    return bool(flags[k] & ARTICLE) and k + 1 < len(toks) and toks[k + 1].kind == "word" \
        and fold(toks[k + 1].norm) in rule_words().rank_qualifiers


def _lil_title(tok: Token) -> bool:
    """Is ``tok`` ل + a title with the article, written لل ("للشيخة", "للرئيس", "وللوزير"): "to the Sheikha"?"""
    key = norm_key(tok.norm)
    at = key.find("لل", 0, 4)
    return at >= 0 and key[:at] in ("", "و", "ف") and key[at + 2:] in rule_words().titles


@gate(tags=("I-PER",))  # a PER of 2+ words (the rule asks its B-PER itself)
def split_at_preposition(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A PER that runs on over a preposition and a known given name is two persons: "عماد الدايمي
    للمنجي الرحوي" (Imed Daimi to Mongi Rahoui, a headline), "محمد عبو لراشد الغنوشي"; the second
    starts after the preposition (decode). A last word of ل with the article is no part of a name
    ("للصحفيين": to the journalists)."""
    if "B-PER" not in tag_set(tags):
        return
    for start, end, label in edit_chunks(tags):
        if label != "PER":
            continue
        for j in range(start + 1, end):
            tok = toks[j]
            if tok.kind == "word" and any(
                    preposition_before_name(s, [norm_key(f) for f in s.lemma_forms], gaz)
                    for s in tok.clitic_splits()[1:]):
                tags[j] = "B-PER"
            elif tok.kind == "word" and tags[j] == "I-PER" and _lil_title(tok):
                # "قصور بن علي للشيخة موزا": ل + a title with the article ends the name; a name after it is another
                tags[j] = "O"
                if j + 1 < end:
                    tags[j + 1] = "B-PER"
        last = toks[end - 1]
        # "إسماعيل ولد الشيخ أحمد للصحفيين": ل with the article and a noun ends no name
        if end - start > 1 and tags[end - 1] == "I-PER" and last.kind == "word" and fold(last.text).startswith("لل") \
                and norm_key(last.norm)[1:] not in gaz.person_parts:
            tags[end - 1] = "O"


@gate(tags=("I-PER",))  # a PER of 2+ words
def place_after_person(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A PER that runs on into ب and a known place ends before it, and the place is a LOC: "خير
    الدين باشا بسيدي بوزيد" (a school named after the man, in Sidi Bouzid), "محمد علي بصفاقس"."""
    if "B-PER" not in tag_set(tags):
        return
    for i, j, label in chunk_list(tags):
        if label != "PER" or j - i < 2:
            continue
        for k in range(i + 1, j):
            tok = toks[k]
            word = fold(tok.norm) if tok.kind == "word" else ""
            if len(word) < 4 or word[0] != "ب" or word in gaz.person_parts:
                continue
            stem = word[1:]
            words = [stem] + [fold(t.norm) for t in toks[k + 1:j]]
            size = gaz.match_place(words, 0, (stem,)) or (1 if _arab_town(stem, gaz) else 0)
            if size > 1 or (size and word not in rule_words().figure_words):
                tags[k:k + size] = ["B-LOC"] + ["I-LOC"] * (size - 1)
                if k + size < j:
                    tags[k + size:j] = ["O"] * (j - k - size)
                break


#: A correspondent: "مراسل", "مراسلة", "مراسلنا", "مراسلتنا" (folded, after proclitics).
_CORRESPONDENTS = frozenset({"مراسل", "مراسله", "مراسلنا", "مراسلتنا"})
#: Where a correspondent is, between the medium and the name: "في الجهة", "بالجهة".
_REGION = frozenset({"الجهه", "بالجهه"})


@gate(tags=("B-ORG",))
def name_after_correspondent(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """The name after a correspondent and the medium is the correspondent, a person: "مراسلة الجوهرة اف
    ام سامية البيولي", "مراسل الجوهرة أف أم في الجهة سامي …" (and after "في"/"ب" + a place)."""
    if "B-ORG" not in tag_set(tags):
        return
    n = len(toks)
    for i, j, label in chunk_list(tags):
        if label != "ORG" or i == 0 or toks[i - 1].kind != "word" or not any(
                f in _CORRESPONDENTS for f in stems(toks[i - 1].norm)):
            continue
        k = j
        if k < n and toks[k].text in QUOTES_CLOSE:
            k += 1
        # "في الجهة", "بالجهة", "في صفاقس", "بسيدي بوزيد"
        if k < n and toks[k].kind == "word" and fold(toks[k].norm) in _REGION:
            k += 1
        elif k + 1 < n and fold(toks[k].norm) == "في" and (fold(toks[k + 1].norm) == "الجهه" or tags[k + 1] == "B-LOC"):
            k += 2
            while k < n and tags[k] == "I-LOC":
                k += 1
        elif k < n and tags[k] == "B-LOC":
            k += 1
            while k < n and tags[k] == "I-LOC":
                k += 1
        if k < n and toks[k].text in _COMMAS:
            k += 1
        start = k
        if k < n and tags[k] in ("B-PER", "I-PER") and (k + 1 == n or tags[k + 1] != "I-PER"):
            # the tagger's one-word PER, a given name it knows ("ماهر"; an I-PER left after the medium's "أم"
            # when it read "أم ماهر"), goes on as below
            k += 1
        else:
            k = _name_run(toks, tags, start, gaz, False, every_clitic=True)
        taken = k - start
        # a given name no corpus has as a word, then a family name with the article, though an ordinary
        # word ("ماهر الصغير")
        if taken == 1 and k < n and tags[k] == "O" and toks[k].kind == "word" and (
                _definite_surname(toks[k], gaz) or (fold(toks[start].norm) not in gaz.common
                                                    and has_article(toks[k].norm) and not is_predicate(toks[k].norm)
                                                    and not in_list(toks[k].norm, rule_words().chain_stops))):
            k += 1
            taken = 2
        if taken >= 2:
            tags[start:k] = ["B-PER"] + ["I-PER"] * (taken - 1)


# (the gate: a person of three words or more, the only one the rule cuts, holds its I-PER)
@gate(tags=("I-PER",))
def nisba_out_of_person(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A PER that starts with a nisba of a place, then a given name, starts at the name: "رئيس الإتحاد
    المنستيري أحمد البلي" (the club of Monastir, then its president), "النادي الصفاقسي منصف خماخم"."""
    if "B-PER" not in tag_set(tags):
        return
    for i, j, label in chunk_list(tags):
        if label != "PER" or j - i < 3 or toks[i].kind != "word":
            continue
        word = fold(toks[i].norm)
        if not (word.startswith("ال") and word.endswith("ي") and len(word) >= 6):
            continue
        base = word[:-1]
        if not (base in gaz.places or base[2:] in gaz.places or word in gaz.nisba):
            continue
        nxt = toks[i + 1]
        if nxt.kind == "word" and fold(nxt.norm) in gaz.person_parts and not has_article(nxt.norm):
            tags[i] = "O"
            tags[i + 1] = "B-PER"


@gate(tags=("I-PER",))  # a PER of 2+ words
def adjective_out_of_person(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A PER that starts with a nisba adjective with the article right after a definite noun starts after it: the
    adjective agrees with that noun ("الفنان الكوميدي جعفر القاسمي", "المنشد الصوفي عز الدين بن محمود", "وزير
    الخارجية السينغالي مانكير ندياي"), and an ORG before it takes it in ("المجلس الوطني التأسيسي" + "سنية بن
    تومية").  Not a given name shaped so (``article_given_names``, ``adjective_given_names``,
    ``nisba_given_names``: "الرئيس الباجي قائد السبسي", "النائب العجمي الوريمي"): an adjective the corpora know
    as an ordinary word, or one before a given name without the article; all of the PER when the rest is
    adjectives too ("المولد النبوي الشريف")."""
    if "B-PER" not in tag_set(tags):
        return
    rw = rule_words()
    names = _article_given_names() | rw.nisba_given_names
    for i, j, label in chunk_list(tags):
        if label != "PER" or j - i < 2 or i == 0 or toks[i].kind != "word" or toks[i - 1].kind != "word":
            continue
        word = fold(toks[i].norm)
        if not (word.startswith("ال") and word.endswith("ي") and len(word) >= 5) or word in names \
                or word in gaz.person_parts or word[2:] in gaz.person_parts:
            continue
        before = fold(toks[i - 1].norm)
        if tags[i - 1].endswith("PER") or not has_article(toks[i - 1].norm) or before in names:
            continue  # "الأزهر الشرايطي بن احمد": a given name before
        nxt = toks[i + 1]
        ordinary = word in gaz.common or word[2:] in gaz.common
        if not has_article(nxt.norm):
            # a place's nisba before a given name ("السنغالي مانكير"); before a family name with the article
            # it is a name ("الوزير الليبي الاسبق البغدادي المحمودي")
            ordinary = ordinary or word in gaz.nisba or word[:-1] in gaz.places or word[2:-1] in gaz.places
        nxt_fold = fold(nxt.norm)
        given = nxt.kind == "word" and nxt_fold in gaz.person_parts and nxt_fold not in gaz.particles \
            and not has_article(nxt.norm)
        adjectives = all(t.kind == "word" and has_article(t.norm) and fold(t.norm) not in names
                         and fold(t.norm) in gaz.common for t in toks[i + 1:j])
        if not (ordinary or given or adjectives):
            continue
        tags[i] = "I-ORG" if tags[i - 1] in ("B-ORG", "I-ORG") else "O"
        if adjectives:
            tags[i + 1:j] = ["O"] * (j - i - 1)
        else:
            tags[i + 1] = "B-PER"


def _arab_town(word: str, gaz: Gazetteer) -> bool:
    """Is the folded ``word`` a place of an Arab country of four letters at least, no ordinary word or
    name part?  After ب in a person's name only such a place is read ("بصفاقس"; not "ديلان برون", ب +
    "رون", nor "جو بايدن", ب + "ايدن", a Turkish town)."""
    place = gaz.place(word)
    return (place is not None and place.country in ARAB_COUNTRIES and len(word) >= 4 and word not in gaz.common
            and word not in gaz.person_parts)


@gate(texts=("الله",))
def theophoric_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A name made with "الله" ("ضيف الله", "جاب الله", "نصر الله", "ذبيح الله": ``theophoric_heads``) is a
    person, joined to the PER before it ("أحمد نصر الله"), not the MISC "الله" and an untagged word; a first word
    that is an ordinary word too ("فضل الله", "أمان الله": ``theophoric_named_heads``) only beside a name: a PER
    before it or a family name after it ("النائب فضل الله صالح", not "بفضل الله"). The family name after the
    pair is the person's too ("وقال ذبيح الله مجاهد على تويتر": the tagger saw "الله" alone, MISC)."""
    if "الله" not in sentence_texts(toks):
        return
    n = len(toks)
    rw = rule_words()
    heads, named = rw.theophoric_heads, rw.theophoric_named_heads
    for i in range(1, n):
        # "الله" starting a PER ("فضل الله صالح" gave the PER "الله صالح") is the second word of the name
        if toks[i].text != "الله" or tags[i] not in ("O", "B-MISC", "B-PER"):
            continue
        j = i - 1
        if toks[j].kind != "word" or tags[j] not in ("O", "B-PER", "I-PER"):
            continue
        head = fold(toks[j].text)
        if head[:1] == "و" and head not in heads and head not in named:  # "وأمان الله الميساوي": the name after و
            head = head[1:]
        # the family name the tagger left untagged or took for a MISC of its own ("حشمت الله ستانكزي")
        # or joined to "الله" in one MISC ("الله ستانكزي")
        loose = i + 1 < n and (tags[i + 1] == "O" or (tags[i + 1] == ("I-MISC" if tags[i] == "B-MISC" else "B-MISC")
                                                      and (i + 2 >= n or tags[i + 2] != "I-MISC")))
        family = i + 1 < n and (tags[i + 1] == "I-PER" or (loose and _theophoric_family(toks, i + 1, gaz)))
        if head not in heads and not (head in named and (family or (j > 0 and tags[j - 1].endswith("PER")))):
            continue
        if tags[j] == "O" or head != fold(toks[j].text):
            tags[j] = "I-PER" if j > 0 and tags[j - 1].endswith("PER") and head == fold(toks[j].text) else "B-PER"
        tags[i] = "I-PER"
        if family and tags[i + 1] != "I-PER":
            tags[i + 1] = "I-PER"


def _theophoric_family(toks: Sequence[Token], k: int, gaz: Gazetteer) -> bool:
    """Is ``toks[k]``, after a name made with "الله", its family name: a name-like word ("مجاهد", "محمدي") or
    one with the article that is no ordinary word ("الطاهري", "الخميني"), followed by punctuation, the end or a
    function word ("على تويتر", "أن", "في كلمة"), not by a word of a phrase ("شكر الله سعيكم الطيب")?"""
    tok = toks[k]
    if tok.kind != "word" or tok.text[:1] == "و":
        return False
    word = fold(tok.norm)
    if word in gaz.common or word in verb_forms():
        return False
    if not (_definite_surname(tok, gaz) or (_name_like(tok, gaz) and not word.startswith("ال"))):
        return False
    if k + 1 >= len(toks):
        return True
    after = toks[k + 1]
    if after.kind == "punct":
        return True
    if not (written_function_word(after) or fold(after.norm) in rule_words().function_words):
        return False
    # a participle before the preposition it governs ("ضيف الله ضالع في", "متورط في"; not "مجاهد على تويتر")
    participle = (len(word) == 4 and word[1] == "ا") or (word[:1] == "م" and len(word) >= 4)
    return not (participle and after.text in _FAMILY_NEXT_PREPOSITIONS and after.text != "على")


#: The proclitics "علي" takes as a name at the start of a person ("وعلي العريض", "لعلي الدوعاجي"); not ف
#: ("فعلي": actual) nor ب.
_ALI_PROCLITICS = ("", "و", "ل")


def _ali_proclitic(tok: Token) -> str | None:
    """The proclitic of a word written "علي" (:data:`ALI`), "وعلي" or "لعلي": "", "و" or "ل"; else None."""
    text = tok.text
    if not text.endswith(ALI) or tok.kind != "word":
        return None
    pre = text[:-len(ALI)]
    return pre if pre in _ALI_PROCLITICS else None


def _name_after_ali(tok: Token, gaz: Gazetteer, joined: bool) -> bool:
    """A word that goes on a name through "علي": a family name with the article ("الجندوبي"), or a
    name-like word that is no verbal noun ("العروي", "حسن"; not "امتداد" of "علي امتداد": on, for
    "على"), nor a word after و that is no name part ("بن علي ونهبه").  Unless ``joined`` (to a PER
    before "علي"), "علي" starts the name, so a family name with the article must be a nisba ("المرموري";
    not "بناء علي الأوصاف") and the word no plural or dual of an ordinary word ("القبض علي شابين")."""
    word = fold(tok.norm)
    if tok.text.startswith("و") and word not in gaz.person_parts:
        return False
    if _definite_surname(tok, gaz):
        return joined or word.endswith("ي")
    if not joined and word.endswith(("ين", "ون", "ان", "ات")) and word[:-2] in gaz.common:
        return False
    return _name_like(tok, gaz) and (word in gaz.person_parts or not verbal_noun_shape(word, tok.text))


def _after_head(toks: Sequence[Token], i: int, gaz: Gazetteer) -> bool:
    """Does the word before ``i``, or the one before its adjective with the article, head an institution
    or a place named after the person ("المعهد الثانوي علي بورقيبة", "ساحة محمد علي"; a street's
    head with its proclitic, ``street_heads``: "ونهج علي باش حامبة", whose name :func:`.places.street_names`
    reads)?"""
    k = i - 1
    if k > 0 and toks[k].kind == "word" and fold(toks[k].norm).startswith("ال") and fold(toks[k].norm).endswith("ي"):
        k -= 1
    rw = rule_words()
    return k >= 0 and toks[k].kind == "word" and (in_list(toks[k].norm, rw.org_heads)
                                                   or gaz.is_loc_head(toks[k].norm)
                                                   or any(f in rw.street_heads for f in stems(toks[k].norm)))


def ali_in_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """The given name "علي" (Ali) written with ي, where the document writes the preposition "على" with
    ى (:func:`arabnews.lang.ar.writes_alif_maqsura`; the caller decides): folded, the tagger read the
    preposition and cut the name.  It joins the PER before it ("محمد علي أن" → "محمد علي"; "محمد علي
    الغنوشي", two PERs, → one; "بن علي") and goes on over a family name after it ("محمد علي الجندوبي");
    without a PER before it, it starts one before a PER or a family name ("المندوب الجهوي للثقافة، علي
    المرموري", "وعلي العريض", "لعلي ساسي"), but not before an ordinary word ("علي امتداد": the preposition).
    Not a rule of :data:`.corrections.CATALOGUE`: it needs the document, not the sentence."""
    if ALI not in "\0".join(sentence_texts(toks)):  # no word ends with "علي": one search, no call per word
        return
    n = len(toks)
    for i in range(n):
        pre = _ali_proclitic(toks[i])
        if pre is None or tags[i] != "O":
            continue
        joined = not pre and i > 0 and tags[i - 1].endswith("-PER")
        # not before a person coordinated with و ("النائبين لطفي علي وناصر الشنوفي": two persons)
        after = i + 1 < n and toks[i + 1].kind == "word" and entity_start(toks[i + 1], gaz, "PER") == toks[i + 1].start
        next_per = after and tags[i + 1] == "B-PER"
        next_name = after and tags[i + 1] == "O" and _name_after_ali(toks[i + 1], gaz, joined)
        if joined:
            tags[i] = "I-PER"
        elif (next_per or next_name) and not _after_head(toks, i, gaz):
            tags[i] = "B-PER"
        else:
            continue
        if next_per or next_name:
            tags[i + 1] = "I-PER"


@gate(texts=("بالله",))
def name_before_billah(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A PER that starts at "بالله" begins a word before: the participle of a regnal-style name made
    with "بالله" ("المنتصر بالله بربيرو", "منتصر بالله", "المعتصم بالله"; the tagger read "بالله", by God,
    as a name's first word): an untagged word of four letters or more, "م" first after any article."""
    if "بالله" not in sentence_texts(toks):
        return
    for i in range(1, len(toks)):
        if toks[i].text != "بالله" or tags[i] != "B-PER" or tags[i - 1] != "O" or toks[i - 1].kind != "word":
            continue
        word = fold(toks[i - 1].norm)
        stem = word[2:] if word.startswith("ال") else word
        if len(stem) >= 4 and stem[0] == "م" and stem not in gaz.common:
            tags[i - 1], tags[i] = "B-PER", "I-PER"


@gate(tags=("I-PER",))
def family_after_compound(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A person named by a compound given name alone ("صلاح الدين", "عبد الحميد", "نصر الله") takes the
    family name after it: "صلاح الدين الزحاف والنواب", "عبد الحميد عميرة ." (ANT: the tagger stopped
    at the compound).  The family name is a name-like word without the article or one with it that is
    no ordinary word ("الزحاف"), followed by punctuation, a conjunction's word or the end."""
    if "I-PER" not in tag_set(tags):
        return
    heads = rule_words().theophoric_heads
    n = len(toks)
    for i, j, label in chunk_list(tags):
        if label != "PER" or j - i != 2 or j >= n or tags[j] != "O" or toks[j].kind != "word":
            continue
        first, last = fold(toks[i].norm), fold(toks[j - 1].norm)
        if not (last in gaz.compound_tails or (first in heads and last.startswith("ال"))):
            continue
        after = toks[j + 1] if j + 1 < n else None
        # session 30c: or a preposition and an ordinary word ("فتح الله غولن بتدبير الانقلاب"), or a preposition
        if after is not None and not (after.kind == "punct" or fold(after.norm).startswith("و")
                                      or (_preposition_after(after, gaz) and _family_before_preposition(
                                          first, last, fold(toks[j].norm), gaz))):
            continue
        if (_name_like(toks[j], gaz) and fold(toks[j].norm) not in gaz.person_parts) or _definite_surname(toks[j], gaz):
            tags[j] = "I-PER"


#: Prepositions a family name may stand before ("بتسليم فتح الله غولن إلى تركيا").
_FAMILY_NEXT_PREPOSITIONS = frozenset({"في", "من", "إلى", "الى", "على", "عن", "مع"})


def _family_before_preposition(first: str, last: str, word: str, gaz: Gazetteer) -> bool:
    """Can ``word``, after the compound given name ``first last`` and before a preposition, be its family name?
    Only after a name of God's ("فتح الله", "نور الدين", "عبد الحكيم"), not "عبيد البريكي يطمئن على", and no word
    after و ("صلاح الدين ونجحت من قتل") nor a verb ("يطمئن"), nor a participle that takes the preposition ("ضيف الله
    ضالع في", "متورط في", "مطلوب من")."""
    participle = (len(word) == 4 and word[1] == "ا") or (word[:1] == "م" and len(word) >= 4)
    return (last in gaz.compound_tails or first == "عبد") and word[:1] not in "وفيت" and word not in verb_forms() \
        and not participle


def _preposition_after(tok: Token, gaz: Gazetteer) -> bool:
    """Is ``tok``, after a compound given name and the word that may be its family name, a preposition, or ب or ل
    glued to an ordinary word ("بتدبير", "لمحاكمته")?"""
    word = fold(tok.norm)
    if tok.text in _FAMILY_NEXT_PREPOSITIONS:  # as written: "على", not the name "علي"
        return True
    if word[:1] not in ("ب", "ل") or word in gaz.person_parts:
        return False
    stem = word[1:]
    # "بتدبير", "لتسليم": ب or ل and a verbal noun of the pattern تفعيل, which the corpora's common words may lack
    taf_il = len(stem) in (5, 6) and stem[0] == "ت" and stem[-2] == "ي"
    return taf_il or _clitic_and_word(tok, gaz)


def _name_run(toks: Sequence[Token], tags: list[Tag], start: int, gaz: Gazetteer, feminine: bool, *,
              every_clitic: bool) -> int:
    """Where the untagged name-like words from ``start`` end (:data:`MAX_NAME` at most): the first may
    be an ordinary word before a family name (:func:`_ordinary_given_name`); a proclitic and an ordinary
    word (:func:`_clitic_and_word`) ends the run at its first word, or at any word with ``every_clitic``
    (after a title in construct, after a correspondent)."""
    n, k = len(toks), start
    while k < n and k - start < MAX_NAME and tags[k] == "O" and (
            _name_like(toks[k], gaz) or (k == start and (_ordinary_given_name(toks, tags, k, gaz, feminine)
                                                          or _adjective_first(toks, tags, k, gaz)))
    ) and not ((every_clitic or k == start) and _clitic_and_word(toks[k], gaz)
               and not _given_before_surname(toks, k, gaz)
               and not (k == start and _adjective_first(toks, tags, k, gaz))):
        # "الهادي مجدوب أشرف على": a third word that is a verb before على ends the name
        if k - start >= 2 and k + 1 < n and toks[k + 1].text in ("على", "عليها", "عليه") \
                and fold(toks[k].norm) in verb_forms():
            break
        k += 1
    return k


def _given_before_surname(toks: Sequence[Token], k: int, gaz: Gazetteer) -> bool:
    """Is ``toks[k]``, a word that reads as ك and a word ("كمال": ك + "مال", "كريم"), a given name because a
    family name with the article follows it ("الإعلامي كمال الشيحاوي")?  Not a word after ب, ل, و or ف,
    which is as often a noun before another ("لموارد التلفزة", "وشؤون المضحين", "وكذلك الوزيرين")."""
    word = fold(toks[k].norm)
    return k + 1 < len(toks) and word[:1] == "ك" and _definite_surname(toks[k + 1], gaz)


#: Most words of a title's portfolio ("وزير الشؤون الدينية", "وزيرة المرأة والأسرة والطفولة").
MAX_PORTFOLIO = 6


def _after_portfolio(toks: Sequence[Token], tags: list[Tag], flags: Sequence[int], k: int) -> int:
    """Index after the portfolio of a title in construct, which starts at ``k``: words with the
    article, with or without a proclitic ("الخارجية", "والصناعة", "للهجرة"), titles ("نائب رئيس
    الوزراء") and the places and bodies the tagger found ("سفير فرنسا"); ``k`` itself when there is
    none."""
    start, n = k, len(toks)
    while k < n and k - start < MAX_PORTFOLIO and toks[k].kind == "word" and (
            (tags[k] == "O" and (flags[k] & (ARTICLE | TITLE) or _command_noun(toks, flags, start, k)))
            or tags[k] in ("B-LOC", "B-ORG") or (k > start and tags[k] in ("I-LOC", "I-ORG"))) \
            and not (k > start and (_given_not_title(toks, flags, k) or _given_with_article(toks[k], tags[k]))):
        k += 1
    # a portfolio that starts with a title must still reach a word with the article ("نائب رئيس الوزراء")
    if k > start and not any(flags[j] & ARTICLE or tags[j] != "O" for j in range(start, k)):
        return start
    return k


def _command_noun(toks: Sequence[Token], flags: Sequence[int], start: int, k: int) -> bool:
    """Is ``toks[k]`` a noun of command (``portfolio_nouns``) that opens a title's portfolio or follows a title in
    it ("مستشار قائد الدعم السريع", "نائب زعيم الحزب"; not the "قائد" of "البلاد الباجي قائد السبسي")?"""
    return (k == start or flags[k - 1] & TITLE != 0) and in_list(toks[k].norm, rule_words().portfolio_nouns)


def _given_with_article(tok: Token, tag: Tag) -> bool:
    """Is the untagged ``tok`` a given name that reads as a word with the article, which ends a portfolio: "رئيس
    المعهد التونسي للديمقراطية والتنمية الياس الزين", "… الحبيب الصيد"?"""
    word = fold(tok.norm)
    return tag == "O" and (word in default_gazetteer().person_parts or word in _article_given_names())


def _given_not_title(toks: Sequence[Token], flags: Sequence[int], k: int) -> bool:
    """Is ``toks[k]``, a title without the article after a portfolio, a woman's given name before a family
    name with the article: "كاتبة الدولة سيدة الونيسي", "وزيرة السياحة سيدة الونيسي" (a lady, "السيدة", is a
    title too; session 23)?"""
    return not flags[k] & ARTICLE and k + 1 < len(toks) and toks[k + 1].kind == "word" \
        and has_article(toks[k + 1].norm) and fold(toks[k].norm) in ordinary_given_names()


def _ordinary_given_name(toks: Sequence[Token], tags: list[Tag], k: int, gaz: Gazetteer, feminine: bool) -> bool:
    """Is ``toks[k]``, an ordinary word, a given name all the same, because a family name follows
    it: one with the article ("الوزيرة سلمى اللومي"), a known name part, or after a woman's title
    any name-like word ("النائبة سامية عبو": women's names are often ordinary words, سامية, أمل,
    وفاء)?  Never a function word, verb or word with the article itself ("قاضي التحقيق مارس
    سلطاته": "مارس" exercised)."""
    tok = toks[k]
    if tok.kind != "word" or k + 1 >= len(toks) or tags[k + 1] not in ("O", "B-PER") or has_article(tok.norm):
        return False
    word = fold(tok.norm)
    rw = rule_words()
    if word in rw.function_words or written_function_word(tok) or is_predicate(tok.norm) or len(word) < 3:
        return False
    if word[0] == "ي" and len(word) >= 4 and not tok.text.endswith("ى"):  # "والي قبلى يدعو": an imperfect verb
        return False
    if _headline_verb(tok, gaz):  # "في حضور الوالي تختلف وجبة": a verb the corpora know
        return False
    # "مدير المؤسسة إعلام أعوان": informing the agents (an ا-initial verbal noun; ت-initial ones are
    # given names too: "تركي", "تيسير")
    if word not in gaz.person_parts and ((word[0] == "ا" and verbal_noun_shape(word, tok.text))
                                         or _word_and_him(tok, word, gaz)):
        return False
    nxt = toks[k + 1]
    if _definite_surname(nxt, gaz):
        return True
    if tags[k + 1] == "B-PER" and word in gaz.nisba:
        # "العميد الركن تركي المالكي": a nationality without the article cannot qualify the title
        # (an adjective takes the article with it), so before a name it is a given name (Turki)
        return True
    nxt_word = fold(nxt.norm)
    if nxt.kind == "word" and gaz.particles.get(nxt_word) == "patronym":  # "الرئيس السابق حياة بن علي"
        return True
    if tags[k + 1] != "O" or nxt.kind != "word" or nxt_word in gaz.common:
        return False
    # a woman's name after a woman's title, or shaped as one ("النائب سامية عبو": the title is often masculine);
    # after any title, a family name no corpus has as a word, without a pronoun ("منصف خماخم"; not "مارس سلطاته")
    feminine = feminine or tok.text.endswith(("ة", "ى"))
    if nxt_word in gaz.person_parts:
        return True
    if not _name_like(nxt, gaz) or has_article(nxt.norm):
        return False
    return feminine or not nxt.text.endswith(("ه", "ها", "هم", "هما", "كم", "نا"))


#: Pronoun suffixes taken off a word after its proclitic ("لمراسلنا" → "مراسل").
_PRONOUNS = ("هما", "هم", "ها", "نا", "ه")


def _clitic_and_word(tok: Token, gaz: Gazetteer) -> bool:
    """Is ``tok`` a proclitic and an ordinary word (with or without a pronoun), a place or a function
    word, rather than a name ("بصفة", "وبمشاركة", "لمراسلنا", "ومؤسسها", "بقابس", "بأن")?  A known name
    part never is ("بلال", "وليد")."""
    word = fold(tok.norm)
    if word in gaz.person_parts or tok.text.endswith("ى"):  # "ليلى" is no ل + "يلي"
        return False
    function_words = rule_words().function_words
    for split in clitic_splits(tok.norm)[1:]:
        for form in split.lemma_forms:
            f = fold(form)
            # "بقابس", "بأن": a preposition and a place or a function word is no name either
            if f in gaz.common or f in gaz.places or f in function_words:
                return True
            if any(f.endswith(p) and f[:-len(p)] in gaz.common for p in _PRONOUNS if len(f) - len(p) >= 3):
                return True
    return False


def _extend_person(toks: Sequence[Token], tags: list[Tag], k: int, gaz: Gazetteer) -> None:
    """The tagger's one-word PER at ``k``, right after a title, takes the known name parts after it
    ("وزير التربية ناجي جلول": the tagger found "ناجي" alone) and family names with a feminine ending
    ("وزير النقل أنيس غديرة"), up to :data:`MAX_NAME` words, or one family name with the article ("اللاعب
    يوسف المساكني"); not any name-like word, which is as often a verb ("الرئيس شيراك لثنيه", "الرئيس
    طالباني متضامنا")."""
    n = len(toks)
    j = k + 1
    while j < n and j - k < MAX_NAME and tags[j] == "O" and _name_like(toks[j], gaz) and (
            fold(toks[j].norm) in gaz.person_parts or _feminine_surname(toks[j])) \
            and fold(toks[j].norm) not in gaz.common:
        tags[j] = "I-PER"
        j += 1
    if j == k + 1 and j < n and tags[j] == "O" and _definite_surname(toks[j], gaz) and len(fold(toks[j].norm)) >= 6:
        tags[j] = "I-PER"  # "اللاعب يوسف المساكني": a family name with the article



def _feminine_surname(tok: Token) -> bool:
    """A family name with a feminine ending, which no verb has ("وزير النقل أنيس غديرة"): a word of
    four letters or more ending in ة, without a proclitic's look (not و/ب/ل/ف first)."""
    text = tok.text
    return len(text) >= 4 and text.endswith("ة") and text[0] not in "وبلفك"


def _nationality(tok: Token, gaz: Gazetteer) -> bool:
    """A nationality adjective with the article, masculine or feminine ("التونسي", "الجزائرية")."""
    word = fold(tok.norm)
    if not word.startswith("ال"):
        return False
    return word in gaz.nisba or (word.endswith("ه") and word[:-1] in gaz.nisba)


#: "الناطق باسم", "المتحدث الرسمي باسم": "in the name of", not the given name Basem.
_SPOKESMEN = rule_words().spokesman_words
_OFFICIAL = frozenset({"الرسمي", "الرسميه"})


# (the gate's bit: a word one of whose stems is a spokesman's, as the rule asks the word before "باسم")
@gate(SPOKESMAN, ("B-PER",))
def spokesman_not_name(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """"باسم" after "الناطق" or "المتحدث" (and "الرسمي") is "in the name of", not a person's
    first name: "الناطق باسم الحكومة", "المتحدث الرسمي باسم الوزارة"; the words the PER ran on
    into are the body spoken for, an ORG ("المتحدث باسم شرطة هلسنكي")."""
    if "B-PER" not in tag_set(tags):
        return
    if "باسم" not in sentence_folds(toks):
        return
    n = len(toks)
    for i in tagged(tags, "B-PER", 1, n):
        if toks[i].kind != "word" or fold(toks[i].norm) != "باسم":
            continue
        k = i - 1
        if k > 0 and fold(toks[k].norm) in _OFFICIAL:
            k -= 1
        if toks[k].kind == "word" and any(f in _SPOKESMEN for f in stems(toks[k].norm)):
            # what the PER ran on into is the body he speaks for ("باسم شرطة هلسنكي" → ORG "شرطة هلسنكي")
            tags[i] = "O"
            j = i + 1
            while j < n and tags[j] == "I-PER":
                tags[j] = "B-ORG" if j == i + 1 else "I-ORG"
                j += 1


_NAMED_AS = frozenset({"باسم", "باسمه", "باسمها"})


def _named_as(toks: Sequence[Token], i: int) -> bool:
    """Is token ``i`` "باسم" after a word that makes it "by the name of" (``named_as_cues``: "المعروف
    باسم", "تعرف باسم") or after an adverb in -يا ("إعلاميا باسم", "تجاريا باسم")?"""
    if i == 0 or toks[i].kind != "word" or fold(toks[i].norm) not in _NAMED_AS or toks[i - 1].kind != "word":
        return False
    prev = fold(toks[i - 1].norm)
    return prev in rule_words().named_as_cues or (len(prev) >= 5 and prev.endswith("يا") and not prev.startswith("ال"))


@gate(bits=CONSTRUCT_NOUN_NAME, tags=("B-PER",))
def noun_name_in_construct(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A given name that is an ordinary noun (``rules.yaml``'s ``construct_noun_names``: "وسام", a medal)
    before a definite ordinary word no table shows as a name part, or before a quote, is the noun: "بوسام
    الشجاعة", "«وسام التميّز»", 'وسام "الوفاء والتضحية"' name no person ("وسام غرس الله" does)."""
    if "B-PER" not in tag_set(tags):
        return
    rw = rule_words()
    folds = sentence_folds(toks)
    n = len(toks)
    for i, j, label in chunk_list(tags):
        if label != "PER" or rw.construct_noun_names.isdisjoint(stems(toks[i].norm)):
            continue
        k = i + 1
        if k >= n:
            continue
        nxt = toks[k]
        if nxt.text in ('"', "«", "“") or (nxt.kind == "word" and has_article(nxt.norm)
                                          and folds[k] in gaz.common and folds[k] not in gaz.person_parts):
            tags[i:j] = ["O"] * (j - i)


@gate(tags=("B-PER",))
def plural_not_person(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A one-word person that is the sound plural of an ordinary noun is a group of people, no name:
    "وقال محامون إن" (lawyers), "مراقبون", "محللين"; not "خلدون", "هارون" (name parts)."""
    if "B-PER" not in tag_set(tags):
        return
    n = len(toks)
    for i in tagged(tags, "B-PER", 0, n):
        if (i + 1 == n or tags[i + 1] != "I-PER") and _sound_plural(toks[i], gaz):
            tags[i] = "O"


def _unknown_given_name(tok: Token, gaz: Gazetteer) -> bool:
    """Can ``tok`` be a given name no table knows ("مسرور", "نيجيرفان"): a word of three letters or more that no table
    shows as a place, nisba, ordinary or function word, verb or name of anything else, without the article or و?"""
    if tok.kind != "word" or has_article(tok.norm):
        return False
    word = fold(tok.norm)
    return len(word) >= 3 and word[0] != "و" and gaz.place(word) is None and word not in gaz.common \
        and word not in gaz.nisba and word not in gaz.entity_words and word not in gaz.particles \
        and word not in rule_words().function_words and not is_predicate(tok.norm) and word not in verb_forms() \
        and not imperfect_shape(word) and not verbal_noun_shape(word)


PERSON_WORDS_FILE = "ner/person_words.yaml"
PERSON_WORDS_SCHEMA = Record({"pronouns": Words, "positions": Words, "member_roles": Words, "sport_roles": Words},
                             {"_about": str, "dialect_words": Words, "short_foreign_given": Words,
                              "people_duals": Words})


class _PersonWords(NamedTuple):
    """``person_words.yaml``, folded: its pronouns and roles as sets, its positions by first word, longest first."""

    pronouns: frozenset[str]
    positions: dict[str, tuple[tuple[str, ...], ...]]
    member_roles: frozenset[str]
    sport_roles: frozenset[str]
    #: folded
    dialect_words: frozenset[str]
    #: as written
    short_foreign_given: frozenset[str]
    #: folded
    people_duals: frozenset[str]


def dialect_words() -> frozenset[str]:
    """``person_words.yaml``'s ``dialect_words``, folded (the words of :func:`dialect_not_person`)."""
    return _person_words().dialect_words


@cache
def _person_words() -> _PersonWords:
    """``person_words.yaml`` read and folded once."""
    data = load(PERSON_WORDS_FILE, PERSON_WORDS_SCHEMA)
    positions: dict[str, list[tuple[str, ...]]] = {}
    for phrase in data["positions"]:
        words = tuple(fold(w) for w in phrase.split())
        positions.setdefault(words[0], []).append(words)
    return _PersonWords(
        pronouns=frozenset(fold(w) for w in data["pronouns"]),
        positions={k: tuple(sorted(v, key=len, reverse=True)) for k, v in positions.items()},
        member_roles=frozenset(fold(w) for w in data["member_roles"]),
        sport_roles=frozenset(fold(w) for w in data["sport_roles"]),
        dialect_words=frozenset(fold(w) for w in data.get("dialect_words", ())),
        short_foreign_given=frozenset(data.get("short_foreign_given", ())),
        people_duals=frozenset(fold(w) for w in data.get("people_duals", ())))


def _bare_readings(word: str, proclitics: str) -> tuple[str, ...]:
    """The folded ``word`` as written and, when it starts with one of the letters ``proclitics``, without it
    ("لمتوسط" → ("لمتوسط", "متوسط")): the forms to look a listed word up by, one proclitic allowed."""
    return (word, word[1:]) if word[:1] and word[0] in proclitics else (word,)


def _position_at(folds: Sequence[str], i: int, j: int) -> int:
    """The number of words of a player's position at ``folds[i]`` within ``j`` (a proclitic on the first word
    allowed: "لمتوسط الميدان"), or 0."""
    positions = _person_words().positions
    for head in _bare_readings(folds[i], "وفلبك"):
        for words in positions.get(head, ()):
            if i + len(words) <= j and tuple(folds[i + 1:i + len(words)]) == words[1:]:
                return len(words)
    return 0


@gate(tags=("I-PER",))  # a PER of 2+ words
def position_out_of_person(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A player's position that starts a PER is no part of the name after it: "غياب متوسط الميدان أحمد خليل" → PER
    "أحمد خليل", "حارس المرمى أيمن المثلوثي" (``person_words.yaml``'s ``positions``, session 39)."""
    folds = sentence_folds(toks)
    for i, j, label in chunk_list(tags):
        if label != "PER" or j - i < 2:
            continue
        m = _position_at(folds, i, j)
        if m and i + m < j:
            tags[i:i + m] = ["O"] * m
            tags[i + m] = "B-PER"


# (the gate's bit: a word that is a dialect word as written, after و or ف or none, as the rule asks a PER's first word)
@gate(DIALECT_FIRST, ("B-PER",))
def dialect_not_person(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A PER that starts with a word of the Tunisian or Maghrebi dialect (``person_words.yaml``'s ``dialect_words``,
    with و or ف or not: "ماشي", "برشا", "علاش", "توا") is no person: "وخيرنا ماشي لغيرنا" (our good is not for
    others) had the PER "ماشي لغيرنا"; a known given name after the dialect words starts the person ("توا محمد
    …"). Inside a name the words stay ("علي باش حامبة"; session 42)."""
    dialect = _person_words().dialect_words
    folds = sentence_folds(toks)
    for i, j, label in chunk_list(tags):
        if label != "PER" or not any(w in dialect for w in _bare_readings(folds[i], "وف")):
            continue
        k = i + 1
        while k < j and folds[k] in dialect:
            k += 1
        if k < j and folds[k] in gaz.person_parts and folds[k] not in gaz.common:
            tags[i:k] = ["O"] * (k - i)
            tags[k] = "B-PER"
        else:
            tags[i:j] = ["O"] * (j - i)


#: The short foreign given names as written, with و or not: the texts of :func:`short_foreign_given_name`'s gate.
_SHORT_GIVEN_TEXTS = frozenset(f"{w}{name}" for name in _person_words().short_foreign_given for w in ("", "و"))


@gate(tags=("B-PER",), texts=_SHORT_GIVEN_TEXTS)
def short_foreign_given_name(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A short foreign given name that folds to an Arabic word (``person_words.yaml``'s ``short_foreign_given``,
    as written: "آن", Anne, folds to "ان"; "إيف", Yves) right before the tagger's PER that starts with a word
    without the article is that person's first name: "وقالت آن هيدالغو" → PER "آن هيدالغو" (not "هيدالغو"
    alone). Alone, or before any other word, it stays a word ("آن الأوان"; session 42)."""
    texts = sentence_texts(toks)
    for j in range(1, len(toks)):
        if texts[j - 1] in _SHORT_GIVEN_TEXTS and tags[j] == "B-PER" and tags[j - 1] == "O" \
                and toks[j].kind == "word" and not has_article(toks[j].norm):
            tags[j - 1], tags[j] = "B-PER", "I-PER"


#: A bracket or quote that may enclose a name after و ("و(ياسمين)", 'و"ياسمين"').
_NAME_BRACKETS = frozenset({"(", "["}) | frozenset(QUOTES_OPEN)
_NAME_BRACKETS_CLOSE = frozenset({")", "]"}) | frozenset(QUOTES_CLOSE)


@gate(OCCUPATION)
def given_name_after_people_noun(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A known given name (no ordinary word, no place) right after an untagged noun of people with the article
    (``rules.yaml``'s ``people_nouns``, its dual and plural too, with proclitics: "الطفلة", "وللطفل", "الطفلين") is
    a person, alone: "الطفلة مريم" (name_after_title wants a given and a family name there); the tagger's PER of
    a family name right after joins it (session 42)."""
    if not sentence_bits(toks) & OCCUPATION:
        return
    rw = rule_words()
    flags = sentence_flags(toks)
    n = len(toks)
    for t in range(n - 1):
        k = t + 1
        if not flags[t] & OCCUPATION or not flags[t] & ARTICLE or tags[t] != "O" or tags[k] != "O" \
                or not in_list(toks[t].norm, rw.people_nouns) or not _given_name(toks[k], gaz):
            continue
        tags[k] = "B-PER"
        if k + 1 < n and tags[k + 1] == "B-PER":
            tags[k + 1] = "I-PER"


@gate(tags=("B-PER",), texts=("و",))
def names_after_detached_and(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """Right after a person (or after a parenthesis that follows one: "أيّوب (يبلغ من العمر 5 سنوات) و ياسمين"),
    a detached "و", a bracket or quote or none, and a known given name the tagger left untagged: that name is a
    person ("الطفلين أيّوب (…) و ياسمين", "و(ياسمين)", 'و"ياسمين"'; session 42)."""
    if "B-PER" not in tag_set(tags):
        return
    n = len(toks)
    texts = sentence_texts(toks)
    for c in range(1, n - 1):
        if texts[c] != "و" or tags[c] != "O":
            continue
        e = c - 1
        if texts[e] == ")":  # a parenthesis after the person
            while e > 0 and texts[e] != "(":
                e -= 1
            e -= 1
        if e < 0 or tags[e][2:] != "PER":
            continue
        k = c + 2 if toks[c + 1].text in _NAME_BRACKETS else c + 1
        if k >= n or tags[k] != "O" or not _given_name(toks[k], gaz):
            continue
        if k > c + 1 and not (k + 1 < n and toks[k + 1].text in _NAME_BRACKETS_CLOSE):
            continue  # an opening bracket closes right after the name
        tags[k] = "B-PER"
        if k == c + 1 and k + 1 < n and tags[k + 1] == "O" and _detached_family(toks[k + 1], gaz):
            tags[k + 1] = "I-PER"  # "و فتحي المولدي", "و عمار السويح"


def _detached_family(tok: Token, gaz: Gazetteer) -> bool:
    """Can ``tok`` be the family name after a given name joined by a detached و: a family name of
    :func:`_family_name`, or a word with the article that is no ordinary word, nisba nor place ("السويح")?"""
    if _family_name(tok, gaz):
        return True
    word = fold(tok.norm)
    return tok.kind == "word" and has_article(tok.norm) and word not in gaz.common and word not in gaz.nisba \
        and word not in gaz.places and not is_predicate(tok.norm) and not in_list(tok.norm, rule_words().titles)


def _plural_predicate(tok: Token, gaz: Gazetteer) -> bool:
    """Can ``tok`` be a plural predicate after "نحن": a word of five letters or more ending in ون, ين or اء (a sound
    plural or a plural as "سعداء") that is no name part ("فخورون", "عازمون", "سعداء"; not "ماكرون" nor "شيماء")?"""
    word = fold(tok.norm)
    return tok.kind == "word" and len(word) >= 5 and word.endswith(("ون", "ين", "اء")) and word not in gaz.person_parts


@gate(tags=("B-PER",))
def plural_predicate_not_person(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A person that is a plural adjective or participle after a first- or second-person pronoun, with the pronoun or
    not, is that predicate, no name: "ونحن فخورون بالتعاون" (PER "فخورون"), "كلنا فخورون بكم" (PER "فخورون بكم"),
    "نحن عازمون على" (PER "نحن عازمون"); the pronouns are ``person_words.yaml``'s."""
    pronouns = _person_words().pronouns
    for i, j, label in chunk_list(tags):
        if label != "PER":
            continue
        if fold(toks[i].norm) in pronouns:
            k = i + 1
        elif i > 0 and fold(toks[i - 1].norm) in pronouns:
            k = i
        else:
            continue
        if k < j and _plural_predicate(toks[k], gaz):
            tags[i:j] = ["O"] * (j - i)


def _unknown_stem(word: str, gaz: Gazetteer) -> bool:
    """Is the folded ``word`` (a word's stem after و) one that no table knows as a name part, place, nisba, ordinary or
    function word or verb: "اتسون" of "واتسون", "يليامز" of "ويليامز"?"""
    return len(word) >= 3 and word not in gaz.person_parts and gaz.place(word) is None and word not in gaz.common \
        and word not in gaz.nisba and word not in gaz.entity_words and word not in gaz.particles \
        and word not in rule_words().function_words and word not in verb_forms() and not imperfect_shape(word) \
        and not verbal_noun_shape(word)


def _waw_surname(tok: Token, tag: Tag, gaz: Gazetteer) -> bool:
    """Is ``tok`` (tagged ``tag``) a foreign family name that begins with و, no conjunction: "والكوت" (Walcott; the
    tagger read و + "الكوت", Kut, a LOC), "والاس", "واتسون", "ويلسون"?  A "وال" word whose stem is a place the tagger
    took ("الكوت") or a word no table knows, with the article and without ("الاس"), or a name in -son ("واتسون")
    whose stem no table knows; not a noun with a pronoun ("وشقيقه", "وزملاؤه") nor a name ("وزايدا")."""
    if tok.kind != "word" or tok.text[:1] != "و" or tag not in ("O", "B-LOC"):
        return False
    word = fold(tok.norm)
    stem = word[1:]
    if len(word) < 5:
        return False
    if stem.startswith("ال"):
        if tag == "B-LOC":
            return gaz.place(stem) is not None
        # not a nisba or a feminine word with the article ("بعين يونس والهري": two places)
        return (not stem.endswith(("ي", "ه")) and _unknown_stem(stem, gaz)
                and (len(stem) < 5 or _unknown_stem(stem[2:], gaz)))
    return tag == "O" and len(word) >= 6 and word.endswith("سون") and _unknown_stem(stem, gaz)


@gate(tags=("B-PER", "B-LOC"))
def waw_surname(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A given name and a foreign family name beginning with و after it are one person, no name and a place or word
    joined by "and" (:func:`_waw_surname`): "ثيو والكوت" (an untagged given name and the LOC "الكوت", Kut: session
    39), "مارك والاس", "روبرت واتسون" (a person of one word and an untagged word).  Not a person and a place
    ("أوباما والعراق": the given name untagged only), nor a name and a word with a pronoun ("ترامب وصهره")."""
    n = len(toks)
    # a word after a B-PER or a B-LOC (found in C, as the tags are at the start: a change tags the word I-PER, and
    # the word after it can then act neither way; each is asked again as the tags are when it is reached)
    after = [h + 1 for h in tagged(tags, "B-PER", 0, n - 1)]
    places = [*tagged(tags, "B-LOC", 1, n)]
    for k in sorted({*after, *places}) if after and places else after or places:
        if toks[k].kind != "word" or toks[k].text[:1] != "و" or tags[k] not in ("O", "B-LOC"):
            continue
        if k + 1 < n and tags[k + 1] in ("I-LOC", "I-PER"):
            continue
        h = k - 1
        if tags[k] == "O":
            if tags[h] != "B-PER":
                continue
        elif not (tags[h] == "O" and (h == 0 or tags[h - 1] == "O") and _unknown_given_name(toks[h], gaz)):
            continue
        elif h > 0 and fold(toks[h - 1].norm) in rule_words().function_words:
            continue  # "كل من حيفاء والناصرة", "بين X وY": two places joined
        if _waw_surname(toks[k], tags[k], gaz):
            tags[h], tags[k] = "B-PER", "I-PER"



@gate(tags=("B-LOC",))
def town_as_family_name(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A town written as a family name right after an untagged given name is that person's name, one PER with it:
    "مرصد الحقوق والحريات مروان جدة لبوليتيكا" (ANT 6723: LOC "جدة", Jeddah), "قاتل عفيف شبيل" (6465, 7912),
    "الناطق باسم الحكومة، إياد الدهماني" (2574, 6986), as "ثيو والكوت" is (:func:`waw_surname`).  The given name is one
    of ``given_names.yaml`` or the corpora's name parts, no ordinary or function word, title, place or word with the
    article; the place is a town the tagger read as a LOC of one word without a proclitic, no country ("ملكات جمال
    فرنسا", "سلطان عمان") nor a state's capital, and no person's name comes right before it."""
    rw = rule_words()
    folds = sentence_folds(toks)
    flags = sentence_flags(toks)
    given, parts = given_names(), gaz.person_parts
    for i, j, label in chunk_list(tags):
        h = i - 1
        if label != "LOC" or j - i != 1 or h < 0 or tags[h] != "O" or toks[h].kind != "word" or toks[i].kind != "word":
            continue
        name = folds[h]
        if not (name in given or name in parts) or len(name) < 3 or has_article(toks[h].norm) \
                or name in gaz.common or name in gaz.particles or name in rw.function_words or flags[h] & TITLE \
                or gaz.place(name) is not None:
            continue
        if h > 0 and tags[h - 1] in ("B-PER", "I-PER"):
            continue
        place = gaz.place(folds[i])
        if place is None or place.kind == "country" or place.geonames_id in _capital_ids():
            continue
        tags[h], tags[i] = "B-PER", "I-PER"


@gate(any_of=(when(tags=("I-PER",)), when(LIST_CUE_FIRST, ("B-PER",))))  # a PER of 2+ words, or a list's cue
def names_joined_by_and(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """Persons joined by و that the tagger read as one: a word of a PER that is و + a known given name or name part
    (and is no name itself with its و: "وائل", "وليد", "وجدي") starts a second person ("داود ومراد غرسلي",
    "مبارك وحبيب العادلي").  After a list's cue (``rules.yaml``'s ``list_cues``: "كل من"), any و + a word no table
    knows as an ordinary word starts one too, and the list goes on with the untagged و-words after the person:
    "كل من روبن وليفاندوفسكي وألكانتارا بثنائية" → "روبن", "ليفاندوفسكي", "ألكانتارا" (ANT 9403; session 45).
    The person starts after its و (:func:`.decode.entity_start`)."""
    folds = sentence_folds(toks)
    given, ordinary, parts, common = given_names(), ordinary_given_names(), gaz.person_parts, gaz.common
    cues = rule_words().list_cues
    n = len(toks)
    for i, j, label in chunk_list(tags):
        if label != "PER":
            continue
        listed = i >= 2 and (folds[i - 2], folds[i - 1]) in cues
        for k in range(i + 1, j):
            whole = folds[k]
            if toks[k].kind != "word" or toks[k].text[:1] != "و" or len(whole) < 4 or whole in parts \
                    or whole in given:
                continue
            stem = whole[1:]
            if gaz.particles.get(folds[k - 1]) is not None:
                continue  # "سعد بن أبي وقاص": a name after a kunya or a patronym's particle is the family's
            # an ordinary word that is a given name only before a family name ("مبارك وحبيب العادلي"); a name part
            # of three letters is too often a word's end ("وقاص": "قاص")
            if ((stem in given or (stem in parts and len(stem) >= 4)) and (stem not in ordinary or k + 1 < j)) \
                    or (listed and _listed_name(stem, gaz)):
                tags[k] = "B-PER"
        # one-word persons go on one word each ("وألكانتارا"); after a longer name, the next one may be longer too
        # ("كل من نور الدين الطبوبي وبوعلي المباركي")
        while listed and tags[j - 1] == "B-PER" and j < n and tags[j] == "O" and toks[j].kind == "word" \
                and toks[j].text[:1] == "و" \
                and len(folds[j]) >= 5 and folds[j] not in common and _listed_name(folds[j][1:], gaz):
            tags[j] = "B-PER"
            j += 1


def _listed_name(stem: str, gaz: Gazetteer) -> bool:
    """May the folded ``stem`` after و in a list of persons be a name: no ordinary word, place, nationality or
    function word ("وليفاندوفسكي", "والكانتارا"; not "والمدرب", "وتونس", "والفرنسي")?"""
    return len(stem) >= 4 and stem not in gaz.common and stem not in gaz.places and stem not in gaz.nisba \
        and stem not in rule_words().function_words and not (stem.startswith("ال") and stem[2:] in gaz.common)


# (the gate: an ordinal's bit, the folded word as written being one of its stems, and a person of two words or more,
# which holds its I-PER)
@gate(REGNAL_ORDINAL, tags=("I-PER",))
def ordinal_out_of_player(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """In a sentence about sport, an ordinal after a player's name is a rank or a goal's number, no part of the name:
    "أضاف توني كروس الهدف الثاني وكاسيميرو الثالث" → "كاسيميرو" (ANT 9403; session 45).  A monarch's or a pope's
    ordinal stays (a regnal title before the name, or a name of ``regnal_names``: "رمسيس الثاني"), and so does a
    king's after the head of what is named after him (``named_after_heads``: "جامعة محمد الخامس", "كأس محمد
    السادس")."""
    rw = rule_words()
    ordinals = rw.regnal_ordinals | rw.regnal_ordinals_feminine
    folds = sentence_folds(toks)
    for i, j, label in chunk_list(tags):
        if label != "PER" or j - i < 2 or folds[j - 1] not in ordinals:
            continue
        if (i and (folds[i - 1] in rw.regnal_titles or folds[i - 1] in rw.regnal_titles_feminine
                   or in_list(toks[i - 1].norm, rw.named_after_heads))) \
                or folds[j - 2] in rw.regnal_names or " ".join(folds[max(i, j - 3):j - 1]) in rw.regnal_names:
            continue
        if sport_sentence(toks, gaz):
            tags[j - 1] = "O"

#: The most words between an office's title and its place ("رئيس حكومة إقليم كردستان": 2).
_OFFICE_CHAIN = 4


@gate(tags=("B-PER",))
def given_name_after_place(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A one-word person (a family name) right after a word no table knows that follows a place or an organisation,
    the end of an office's chain, takes that word as its given name (session 32: "رئيس حكومة إقليم كردستان مسرور
    بارزاني", s60, gave PER "بارزاني"); so does one after a place the tagger ran on into that word ("رئيس إقليم
    كردستان نيجيرفان بارزاني": LOC "كردستان نيجيرفان"), when the place ends before it."""
    flags = sentence_flags(toks)
    for i, j, label in chunk_list(tags):
        h = i - 1
        if label != "PER" or j - i != 1 or h < 1 or not _unknown_given_name(toks[h], gaz):
            continue
        if tags[h] == "O" and tags[h - 1][2:] in ("LOC", "ORG"):
            start = h - 1
        elif tags[h] == "I-LOC" and tags[h - 1] == "B-LOC" and gaz.place_split(toks[h - 1].norm) is not None:
            start = h - 1
        else:
            continue
        # the office's chain: a title within a few words before the place ("رئيس حكومة إقليم"), no verb ("أن
        # واشنطن أدرجت الجولاني")
        while start > 0 and tags[start].startswith("I-"):
            start -= 1
        if any(flags[m] & TITLE for m in range(max(0, start - _OFFICE_CHAIN), start)):
            tags[h], tags[i] = "B-PER", "I-PER"


def _dual_of_noun(word: str, gaz: Gazetteer) -> bool:
    """Is the folded ``word`` the dual (or sound plural in ين) of an ordinary noun or a nisba and no name part: "شابان",
    "رجلين", "فلسطينيان", "امرأتان" (امرأة)?  Not "سلمان", "حسين", "عثمان" (name parts)."""
    if len(word) < 5 or not word.endswith(("ان", "ين")) or word in gaz.person_parts:
        return False
    stem = word[:-2]
    forms = (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,)
    return any(f in gaz.common or f in gaz.nisba for f in forms)


@gate(texts=("/", ":"))
def referee_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """In a fixture list, the referee named after a slash ("النجم الساحلي - نجم المتلوي / نعيم حسني / الوطنية
    الأولى", "الملعب التونسي / علي حاجي") or after "الحكم :" (``rules.yaml``'s ``referee_cues``) is a person: a known
    given name and one or two family names (:func:`_referee_end`), untagged; a person the tagger ran on into the next
    club ends before its head ("الحكم : وليد الجريدي" + "الترجي الجرجيسي", the club an ORG).  In a sentence about
    sport only (:func:`.rulewords.sport_sentence`): a slash elsewhere parts other words ("تونس / بوركينافاصو").  A
    foreign referee's nationality before his name stays out of it ("/ الغاني دانييل لاريا"), and after it a name
    no table knows is taken too."""
    texts = sentence_texts(toks)
    slash = "/" in texts
    rw = rule_words()
    if not slash and (":" not in texts or not sentence_holds_any(toks, rw.referee_cues)):
        return  # (C-level: few sentences hold a slash or a referee's word before a colon)
    folds = sentence_folds(toks)
    n = len(toks)
    sport: bool | None = None
    for c in [c for c, text in enumerate(texts) if text == "/" or text == ":"]:
        if c >= n - 2:
            break
        tok = toks[c]
        if tok.text == "/" and c > 0 and (tags[c - 1] != "O" or any(t.text in DASHES for t in toks[max(0, c - 6):c])):
            k = c + 1  # after a club or a person of the list, or a match ("الترجي التونسي – X /")
        elif tok.text == ":" and c > 0 and toks[c - 1].kind == "word" \
                and not rw.referee_cues.isdisjoint(stems(toks[c - 1].norm)):
            k = c + 1
        else:
            continue
        # a foreign referee's nationality first ("/ الغاني دانييل لاريا"), left out of his name
        foreign = tags[k] == "O" and k + 2 < n and _nationality(toks[k], gaz) and folds[k].endswith("ي")
        if foreign:
            k += 1
        if tags[k] not in ("O", "B-PER") or toks[k].kind != "word" or has_article(toks[k].norm) \
                or not (_given_name(toks[k], gaz) or folds[k] in ordinary_given_names()
                        or (folds[k] in gaz.person_parts and not written_function_word(toks[k]))
                        or (foreign and folds[k] not in gaz.common and gaz.place(folds[k]) is None
                            and len(folds[k]) >= 3)):
            continue
        e = _referee_end(toks, folds, k, gaz)
        if e - k < 2:
            continue
        if sport is None:
            sport = sport_sentence(toks, gaz)
        if not sport:
            return
        if not all(t == "O" or t[2:] == "PER" for t in tags[k:e]):
            continue
        j = e  # the tagger's person, run on past the name ("مجدي بالحاج" + "علي هلال مساكن")
        while j < n and tags[j] == "I-PER":
            j += 1
        if j > e and not sentence_flags(toks)[e] & (CLUB_HEAD | CLUB_TOWN_HEAD):
            continue  # a longer name of the tagger's
        tags[k:e] = ["B-PER"] + ["I-PER"] * (e - k - 1)
        if j > e:  # into the next club, whose head ends the name: "وليد الجريدي" + "الترجي الجرجيسي"
            tags[e:j] = ["B-ORG"] + ["I-ORG"] * (j - e - 1)


def _referee_end(toks: Sequence[Token], folds: Sequence[str], k: int, gaz: Gazetteer) -> int:
    """The end of a referee's name that starts on the given name at ``k``: up to two family names after it, each a
    word :func:`_family_name` takes or a family name with ب and the article ("بالخواص", "بالحاج"), the third a name
    part too ("مجدي بالحاج علي"), an ordinary word one only before a club's head, a mark or the end ("مختار دبوس" +
    "النادي القربي"); none a club's head ("الترجي"), a word of time ("الساعة", "الجمعة") or "على"."""
    rw = rule_words()
    flags = sentence_flags(toks)
    n = len(toks)
    e = k + 1
    while e < n and e - k < 3:
        tok, word = toks[e], folds[e]
        if tok.kind != "word" or flags[e] & (CLUB_HEAD | CLUB_TOWN_HEAD) or word in rw.name_end_times \
                or word in rw.clock_heads or written_function_word(tok):
            break
        # ب + a family name ("بالخواص"), or + an honorific that makes one ("بالحاج")
        joined = word.startswith("بال") and len(word) > 5 \
            and (word[1:] not in gaz.common or word[1:] in gaz.head_words) and word[1:] not in gaz.places \
            and word[1:] not in gaz.nisba
        # the second word a family name; a third one a name part the corpora know ("علي" of "مجدي بالحاج علي", not
        # "منقولة" of "محرز المالكي منقولة مباشرة") or one with ب
        family = joined or (_family_name(tok, gaz) if e - k == 1 else (
            word in gaz.person_parts and len(word) >= 3 and word not in rw.function_words
            and word not in rw.not_name_words))  # not "من", "دون" ("دينيس دمبيلي" + "من الكوت ديفوار")
        if not family:
            # a family name that is a word too ("مختار دبوس"), the last of the list's line: before a club's head, a
            # mark or the end
            if e - k == 1 and not has_article(tok.norm) and word in gaz.common and len(word) >= 3 \
                    and word not in rw.function_words and not is_predicate(tok.norm) and word not in gaz.places \
                    and (e + 1 == n or toks[e + 1].kind != "word" or flags[e + 1] & (CLUB_HEAD | CLUB_TOWN_HEAD)):
                return e + 1
            break
        e += 1
    return e


@gate(tags=("I-PER",), texts=("و",))
def split_at_spaced_conjunction(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A و written apart inside a person's name joins two persons, a headline's or a match report's ("كريستيانو و بن
    زيمة يغيبان", "عزوني و بن سعادة هدافون"): each side is its own PER, and the second ends before a last word that
    is the sound plural or the dual of an ordinary noun, a nisba or an imperfect verb, said of both ("هدافون",
    "أساسيان", "يغيبان").  Only persons: an organisation's name holds و
    ("وزارة التجارة و الصناعة")."""
    folds = sentence_folds(toks)
    for i, j, label in chunk_list(tags):
        if label != "PER" or j - i < 3:
            continue
        cuts = [k for k in range(i + 1, j - 1) if folds[k] == "و" and toks[k].kind == "word"]
        if not cuts:
            continue
        for k in cuts:
            tags[k], tags[k + 1] = "O", "B-PER"
        last = j - 1
        if last - cuts[-1] >= 3 and toks[last].kind == "word" \
                and (_sound_plural(toks[last], gaz) or _dual_of_noun(folds[last], gaz)
                     or _plural_of_verb(folds[last], gaz)):
            tags[last] = "O"


def _plural_of_verb(word: str, gaz: Gazetteer) -> bool:
    """Is the folded ``word`` the dual or plural of an imperfect verb that ``verbs.yaml`` or the corpora know, and no
    name ("يغيبان" of "يغيب", "يسجلان" of "يسجل")?"""
    if len(word) < 5 or not word.endswith(("ان", "ون")) or word[:1] not in ("ي", "ت") or word in gaz.person_parts \
            or gaz.known(word):
        return False
    one = word[:-2]
    return one in verb_forms() or one in gaz.common


@gate(tags=("B-PER",))
def dual_not_person(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A person of one or two words each the dual of an ordinary noun or a nisba is a count of people, no name
    (session 32: "استشهد شابان فلسطينيان", s58; "أصيب رجلان مصريان", "طفلين سوريين")."""
    folds = sentence_folds(toks)
    for i, j, label in chunk_list(tags):
        if label == "PER" and j - i <= 2 and all(toks[k].kind == "word" and _dual_of_noun(folds[k], gaz)
                                                  for k in range(i, j)):
            tags[i:j] = ["O"] * (j - i)


# (the gate: a person of two words or more, the only one the rule cuts, holds its I-PER)
@gate(tags=("I-PER",))
def person_stops_at_verb(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """Cut a person's name at an imperfect verb, a headline's verb the tagger ran on into ("سمير الطيب يردّ",
    "طلال بن عبد العزيز يكشف", "دونالد ترامب يؤدي") or began with ("ينتدب ممفيس ديباي"): a word shaped as one that the
    corpora show as an ordinary word and no name part ("يوسف", "ياسين" are), nor after "بن" ("سالم بن
    يسلم").  What is left of one ordinary word names nobody ("وأي تدخل", "حسابي يساوي")."""
    if "B-PER" not in tag_set(tags):
        return
    for i, j, label in chunk_list(tags):
        if label != "PER" or j - i < 2:
            continue
        if _headline_verb(toks[i], gaz):  # "يختار توم بيريز": the verb before the name
            tags[i], tags[i + 1] = "O", "B-PER"
            i += 1
            if j - i == 1 and (_ordinary_word(toks[i], gaz) or _clitic_and_word(toks[i], gaz)):
                tags[i] = "O"  # "توجهت بعبارات", "تختلف وجبة": no name at all
                continue
        for k in range(i + 1, j):
            if _headline_verb(toks[k], gaz) and gaz.particles.get(fold(toks[k - 1].norm)) != "patronym":
                tags[k:j] = ["O"] * (j - k)
                if k == i + 1 and _ordinary_word(toks[i], gaz):
                    tags[i] = "O"
                elif k == i + 1 and _city_after_preposition(toks[i].norm, fold(toks[i].norm), gaz):
                    tags[i] = "B-LOC"  # "الجالية التونسية بأبيدجان" + "تساند": the community's city
                break


@gate(tags=("I-PER",))  # a PER of 2+ words
def noun_after_family_name(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A person whose name ends with a family name written with the article and, after it, an indefinite word
    that is an ordinary noun and no name part, or shaped as a plural (فعالى, -ات), ends before that noun, the
    verb's object the tagger ran on into: "وأصدر القرضاوي" + "فتاوى", "شغل الماطوسي" + "منصب", "نشر الغنوشي" +
    "تدوينات".  Not after a given name written with the article, whose family name follows ("الهادي نويرة",
    "الباجي قائد السبسي"), nor inside a compound ("عبد الهادي").  A noun of an office (``rules.yaml``'s
    ``office_nouns``) ends any name before it: "تولي هنري" + "منصب مدرب"."""
    if "B-PER" not in tag_set(tags):
        return
    names = _article_given_names()
    offices = rule_words().office_nouns
    for i, j, label in chunk_list(tags):
        if label != "PER" or j - i < 2:
            continue
        last, family = toks[j - 1], toks[j - 2]
        if last.kind == "word" and fold(last.norm) in offices:
            tags[j - 1] = "O"
            continue
        if last.kind != "word" or family.kind != "word" or has_article(last.norm) or not has_article(family.norm):
            continue
        folded = fold(family.norm)
        if len(folded) < 5 or folded in names or folded in gaz.common \
                or (j - 3 >= i and gaz.particles.get(fold(toks[j - 3].norm)) is not None):
            continue
        if _noun_not_name(fold(last.norm), gaz):
            tags[j - 1] = "O"


def _noun_not_name(word: str, gaz: Gazetteer) -> bool:
    """Is the folded ``word`` an ordinary noun no table knows as a name ("منصب", "فتوي") or, unknown to the
    corpora, shaped as a broken plural فعالى ("فتاوي", "شكاوي") or a feminine plural ("تدوينات")?"""
    if gaz.known(word) or word in ordinary_given_names() or len(word) < 3:
        return False
    if word in gaz.common:
        return True
    return (len(word) == 5 and word[2] == "ا" and word.endswith("ي")) or (len(word) >= 6 and word.endswith("ات"))


def _headline_verb(tok: Token, gaz: Gazetteer) -> bool:
    """Is ``tok`` an imperfect verb of the third person the corpora know as an ordinary word, no name
    part, place or nisba ("يوضح", "يكشف", "تؤدي"; of three letters with ي, a doubled root: "يردّ"; not
    "تركي", "نصيب")?"""
    if tok.kind != "word" or has_article(tok.norm):
        return False
    word = fold(tok.norm)
    if word not in gaz.common or gaz.known(word) or word in ordinary_given_names():  # "سيدة" is no س + "يده"
        return False
    bare = word[1:] if word[:2] in ("سي", "ست") else word
    return bare[:1] in ("ي", "ت") and (imperfect_shape(bare) or (len(bare) == 3 and bare[0] == "ي"))


def _ordinary_word(tok: Token, gaz: Gazetteer) -> bool:
    """Is ``tok`` a word the corpora show mostly as an ordinary word, and no name part ("وأي", "حسابي")?"""
    word = fold(tok.norm)
    return tok.kind == "word" and word in gaz.common and not gaz.known(word)


@gate(tags=("B-PER",))
def noun_phrase_not_person(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A two-word person made of an ordinary noun and its definite complement, an ordinary noun too, is a
    noun phrase, no name: "سير الدروس" (the course of lessons), "شاهد العيان", "مالك المنزل"; not a family
    name with the article that the tables know or shaped as a nisba ("رياض الشعيبي", "مالك الحربي")."""
    if "B-PER" not in tag_set(tags):
        return
    n = len(toks)
    for i in tagged(tags, "B-PER", 0, n - 1):
        if tags[i + 1] == "I-PER" and (i + 2 == n or tags[i + 2] != "I-PER") \
                and _ordinary_noun(toks[i], gaz, definite=False) and _ordinary_noun(toks[i + 1], gaz, definite=True):
            tags[i:i + 2] = ["O", "O"]


def _ordinary_noun(tok: Token, gaz: Gazetteer, definite: bool) -> bool:
    """Is ``tok`` a word the corpora show mostly as an ordinary word, with the article if ``definite`` (then
    no name part, place or nisba, nor shaped as one: "الدروس", not "الشعيبي") or without it?"""
    if tok.kind != "word" or has_article(tok.norm) != definite:
        return False
    word = fold(tok.norm)
    if word not in gaz.common:
        return False
    return not definite or not (gaz.known(word) or word.endswith(("ي", "يه")))


def _sound_plural(tok: Token, gaz: Gazetteer) -> bool:
    """Is ``tok`` a sound masculine plural (-ون, -ين) of an ordinary noun or participle ("محامون" of
    "محامي", "مراقبون" of "مراقب") and no name part?"""
    if tok.kind != "word":
        return False
    word = fold(tok.norm)
    # (a stem of four letters at least: "هامون" is Hamon, not the plural of "هام")
    if len(word) < 6 or not word.endswith(("ون", "ين")) or word in gaz.person_parts or gaz.known(word):
        return False
    stem = word[:-2]
    return stem in gaz.common or stem + "ي" in gaz.common


@gate(tags=("B-PER",))
def preposition_not_name(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """ب + a noun that the tagger took for a name:

    - a one-word PER that is ب + a common noun, itself a common word, is that phrase: "تحلق بنجاح"
      (successfully, not Najah); a name the common words do not hold is kept ("بسمة", "بسام"), and so
      is one of more words ("باسم يوسف");
    - a one-word PER that is ب + a prominent place with the article is that place ("بالمهدية");
    - "باسم" after "known as" or an adverb is "by the name of", and what follows names a thing, not
      Basem's family ("تعرف باسم خط ستالين", "المعروفة إعلاميا باسم مذبحة"), or a person's alias when it
      starts with a kunya ("المعروف باسم أبو نبيل": the PER "أبو نبيل")."""
    if "B-PER" not in tag_set(tags):
        return
    common = gaz.common
    n = len(toks)
    for i in tagged(tags, "B-PER", 0, n):
        if toks[i].kind != "word":
            continue
        if _named_as(toks, i):
            j = i + 1
            while j < n and tags[j] == "I-PER":
                j += 1
            tags[i:j] = ["O"] * (j - i)
            if j > i + 1 and gaz.particles.get(norm_key(toks[i + 1].norm)) == "kunya":
                tags[i + 1:j] = ["B-PER"] + ["I-PER"] * (j - i - 2)  # an alias: "المعروف باسم أبو نبيل"
            continue
        if i + 1 < n and tags[i + 1] == "I-PER":
            continue
        word = norm_key(toks[i].norm)
        if word.startswith("ب") and len(word) >= 4 and word in common and word[1:] in common:
            tags[i] = "O"
        elif word.startswith("بال"):
            split = place_after_ba(toks[i], gaz)
            if split is not None and split.stem.startswith("ال"):
                tags[i] = "B-LOC"  # 'مراسل "الجوهرة أف أم" بالمهدية': the correspondent's town
        elif word[:1] in ("ب", "ل") or word[:2] in ("وب", "ول", "فب", "فل"):
            if _city_after_preposition(toks[i].norm, word, gaz):
                tags[i] = "B-LOC"  # "قنصل تونس بمونريال"
        elif i > 0 and sentence_folds(toks)[i - 1] in rule_words().place_prepositions and _prominent_city(word, gaz):
            tags[i] = "B-LOC"  # "قدوم فريق تونسي إلى أبيدجان"


def _city_after_preposition(norm: str, word: str, gaz: Gazetteer) -> bool:
    """Is the normalized ``norm`` (folded ``word``) ب or ل (و/ف before them allowed) + a city of
    :data:`.backoff.PROMINENT_POPULATION` people or more outside the Arab countries, of five letters at least, the
    article not after the preposition, and neither the whole word nor the city a name part ("بمونريال", "لباريس";
    not "باراك", Barack: ب + Arak; not ``ba_names.yaml``'s "باير")?  Session 43: the tagger read "بمونريال" a person."""
    split = gaz.place_split(norm)
    if split is None or split.article or split.prefix[-1:] not in ("ب", "ل") or word in gaz.person_parts \
            or word in ba_names():
        return False
    return _prominent_city(fold(split.lemma_forms[0]), gaz)


def _prominent_city(city: str, gaz: Gazetteer) -> bool:
    """Is the folded ``city`` a city of :data:`.backoff.PROMINENT_POPULATION` people or more outside the Arab
    countries, of five letters at least and no name part ("مونريال", "ابيدجان"; not "صوفيا")?"""
    place = gaz.place(city)
    return place is not None and place.kind == "city" and place.country not in ARAB_COUNTRIES \
        and place.population >= PROMINENT_POPULATION and len(city) >= 5 and city not in gaz.person_parts


#: Most words of the body a spokesman speaks for ("باسم الخارجية الأمريكية").
MAX_BODY = 5


def _body_word(tok: Token, tag: Tag) -> bool:
    """A word of the body named after "باسم": with the article, an organisation head ("رئاسة
    الحكومة") or a word the tagger put in an ORG, LOC or MISC."""
    if tok.kind != "word":
        return False
    return tag[2:] in ("ORG", "LOC", "MISC") or (tag == "O" and (
        has_article(tok.norm) or in_list(tok.norm, rule_words().org_heads)))


@gate(TITLE)
def name_after_spokesman(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """"المتحدث باسم الخارجية الأمريكية نيد برايس": after a spokesman, "باسم" and the body he speaks
    for (definite words, a head, a name the tagger found; a comma may follow), a name-like word
    followed by another or by the tagger's PER, or by a family nisba ("نضال الورفلي"), is a person."""
    if not sentence_bits(toks) & TITLE:
        return
    if "باسم" not in sentence_folds(toks):
        return
    n = len(toks)
    for i in range(1, n - 2):
        if toks[i].kind != "word" or fold(toks[i].norm) != "باسم" or tags[i] not in ("O", "B-PER"):
            continue
        t = i - 1
        if t > 0 and fold(toks[t].norm) in _OFFICIAL:
            t -= 1
        if toks[t].kind != "word" or not any(f in _SPOKESMEN for f in stems(toks[t].norm)):
            continue
        k = i + 1
        while k < n and k - i <= MAX_BODY and (_body_word(toks[k], tags[k]) or (
                # "باسم وزارة الصحة في غزة": the body's place after في
                k > i + 1 and k + 1 < n and toks[k].text == "في" and tags[k + 1] == "B-LOC")) and not (
                k > i + 1 and tags[k] == "B-" + tags[k - 1][2:] and tags[k] != "O"):
            k += 1
        if k == i + 1 or k >= n - 1:
            continue
        if toks[k].kind == "punct" and toks[k].text in ",،":
            k += 1
        if k >= n - 1 or tags[k] != "O" or not (_name_like(toks[k], gaz) or _family_before_quote(toks, k, gaz)):
            continue
        nxt = toks[k + 1]
        if tags[k + 1] == "B-PER":
            tags[k], tags[k + 1] = "B-PER", "I-PER"
        elif tags[k + 1] == "O" and (_name_like(nxt, gaz) or (has_article(nxt.norm) and _family_name(nxt, gaz))
                                     or _family_before_quote(toks, k, gaz)):
            tags[k], tags[k + 1] = "B-PER", "I-PER"


#: What follows a speaker's name before his words: "إن", "أن", "بأن", a comma or a colon.
_QUOTE_CUES = frozenset({"إن", "أن", "ان", "بأن", "بان", "،", ",", ":"})


def _family_before_quote(toks: Sequence[Token], k: int, gaz: Gazetteer, title: bool = False) -> bool:
    """Is ``toks[k + 1]`` a family name that is an ordinary word too, because ``toks[k]`` is a given name no
    ordinary word (or one of ``given_names.yaml``, some of which are places: "آدم") and his words start right
    after it ("المتحدث باسم المنسقية العامة للنازحين واللاجئين آدم رجال إن": رجال, men) or, with ``title``, his
    office does (the caller checks it)?  Not a function word, predicate, place or word with the article."""
    if k + 2 >= len(toks) or not (title or toks[k + 2].text in _QUOTE_CUES) or toks[k].kind != "word" or not (
            _given_name(toks[k], gaz) or fold(toks[k].norm) in given_names()):
        return False
    nxt = toks[k + 1]
    word = fold(nxt.norm)
    rw = rule_words()
    if has_article(nxt.norm) and (title or word in gaz.nisba or in_list(nxt.norm, rw.titles)
                                  or in_list(nxt.norm, rw.title_adjectives) or in_list(nxt.norm, rw.org_heads)
                                  or gaz.is_loc_head(nxt.norm) or word in rw.chain_stops):
        return False  # (but "أشرف القدرة إن": القدرة, ability)
    return nxt.kind == "word" and len(word) >= 3 and not is_predicate(nxt.norm) \
        and word not in rw.function_words and not written_function_word(nxt) and word not in gaz.places


def _dash(tok: Token) -> bool:
    return tok.kind == "punct" and tok.text in DASHES


@gate(tags=("B-PER",), texts=DASHES)
def person_in_list(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """In a list of persons set off by dashes (a team sheet: "ماهر الحناشي - حسام الحباسي - علاء
    المرزوقي"), a name between two dashes that the tagger took for an ORG or a LOC, whose first
    word is a known given name and whose neighbours across the dashes are persons, is a person."""
    if "B-PER" not in tag_set(tags) or DASHES.isdisjoint(sentence_texts(toks)) or not any(_dash(t) for t in toks):
        return
    n = len(toks)
    for i, j, label in chunk_list(tags):
        if label not in ("ORG", "LOC") or i < 2 or j + 1 >= n or not _dash(toks[i - 1]) or not _dash(toks[j]):
            continue
        if not tags[i - 2].endswith("PER") or tags[j + 1] != "B-PER" or j - i > 3:
            continue
        if toks[i].kind == "word" and fold(toks[i].norm) in gaz.person_parts and fold(toks[i].norm) not in gaz.places:
            tags[i:j] = ["B-PER"] + ["I-PER"] * (j - i - 1)


@gate(tags=("B-PER",))
def person_after_conjunction(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """Right after a person, و + a given name (a known one or an ordinary word that is one: "سعيدة") and a
    family name that is no ordinary word start a second person the tagger left out: "سعيد العايدي وسعيدة
    قراش الناطقة", "محمد الناصر وسلمى اللومي", and so on along a list (session 23).  Not a word that is a name or
    a word with its و ("وسام", "وليد", "وفاء"), nor one after a single-word PER."""
    if "B-PER" not in tag_set(tags):
        return
    n = len(toks)
    ordinary = ordinary_given_names()
    # left to right, so that a person found starts the next one of a list ("وجميلة الشيحي ونعيمة الجاني")
    for j in range(2, n - 1):
        if tags[j - 1] != "I-PER" or tags[j] != "O" or tags[j + 1] != "O":
            continue
        tok, family = toks[j], toks[j + 1]
        word = fold(tok.norm)
        if tok.kind != "word" or not word.startswith("و") or len(word) < 4 or word in gaz.person_parts \
                or word in gaz.common:
            continue
        given = word[1:]
        # (a listed given name that is a town too is the name here: "سعيدة")
        if not (given in ordinary or (given in gaz.person_parts and given not in gaz.places)):
            continue
        surname = fold(family.norm)
        if _definite_surname(family, gaz) or (family.kind == "word" and not has_article(family.norm)
                                              and surname not in gaz.common and _name_like(family, gaz)
                                              and not is_predicate(family.norm)):
            tags[j], tags[j + 1] = "B-PER", "I-PER"
            last = toks[j + 2] if j + 2 < n else None
            if last is not None and tags[j + 2] == "O" and last.kind == "word" and not has_article(last.norm) \
                    and not fold(last.norm).startswith("و") and _name_like(last, gaz) and not is_predicate(last.norm):
                tags[j + 2] = "I-PER"  # a second family name: "وسناء الزين رستم"


@gate(tags=("I-PER",))  # a PER of 2+ words
def place_before_person(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A person's name that starts with ب + a prominent place and goes on with a given name is the
    place, then the person: "المدير الجهوي للصحة بنابل عمر السليمي" → LOC "نابل", PER "عمر
    السليمي" (the regional official named after his region).  Not a known name or a public
    figure's first word ("باراك أوباما"), nor after a title ("الرئيس المكسيكي بينا نييتو")."""
    if "B-PER" not in tag_set(tags):
        return
    figures = rule_words().figure_first_words
    flags = sentence_flags(toks)
    for i, j, label in chunk_list(tags):
        if label != "PER" or j - i < 2 or tags[i] != "B-PER" or toks[i].kind != "word":
            continue
        if i > 0 and flags[i - 1] & (TITLE | OCCUPATION):
            continue
        word = fold(toks[i].norm)
        if word in gaz.person_parts or word in figures or not _given_name(toks[i + 1], gaz, ordinary=True):
            continue
        if place_after_ba(toks[i], gaz) is not None:
            tags[i], tags[i + 1] = "B-LOC", "B-PER"


@gate(tags=("I-PER",))  # a PER of 2+ words
def office_of_place(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A person's name that starts with an office named after its place (``rules.yaml``'s
    ``place_offices``) is the office, the place and the person: "معتمد بن قردان عمر الكوز" → LOC "بن
    قردان", PER "عمر الكوز"; "معتمد شربان" → LOC "شربان"."""
    if "B-PER" not in tag_set(tags):
        return
    offices = rule_words().place_offices
    for i, j, label in chunk_list(tags):
        if label != "PER" or j - i < 2 or toks[i].kind != "word" or not _office(toks[i].norm, offices):
            continue
        size = _place_size(toks, i + 1, j, gaz)
        if size:
            tags[i] = "O"
            tags[i + 1:i + 1 + size] = ["B-LOC"] + ["I-LOC"] * (size - 1)
            if i + 1 + size < j:
                tags[i + 1 + size] = "B-PER"


def _office(norm: str, offices: frozenset[str]) -> bool:
    """Is the normalized ``norm`` an office of ``offices``, after و, ل or ب or not ("ومعتمد", "لوالي")?"""
    word = fold(norm)
    return word in offices or (word[:1] in ("و", "ل", "ب") and word[1:] in offices)


def _place_size(toks: Sequence[Token], m: int, j: int, gaz: Gazetteer) -> int:
    """The number of words of the place that starts the name ``toks[m:j]`` after an office: a known place
    of several words ("بن قردان", "سيدي بوعلي"), a toponym's head and its name ("سيدي علوان"), a known
    place, or the one word after the office ("كندار"); 0 if none."""
    if toks[m].kind != "word":
        return 0
    words = [fold(t.norm) for t in toks[m:j]]
    size = gaz.match_place(words, 0) if len(words) > 1 else 0
    if size >= 2:
        return size
    if len(words) > 1 and toks[m + 1].kind == "word" and in_list(toks[m].norm, rule_words().toponym_heads):
        return 2
    if gaz.place_split(toks[m].norm) is not None or j - m == 1:
        return 1
    return 0


def _given_name(tok: Token, gaz: Gazetteer, ordinary: bool = False) -> bool:
    """A given name that cannot continue an organisation's name: a known name part, without the
    article, no ordinary word (with ``ordinary``, one too: "عمر" right after a place) and no place
    ("ياسر"), or a given name written with the article (``article_given_names``: "المنجي", "الشاذلي")."""
    if tok.kind != "word":
        return False
    word = fold(tok.norm)
    if has_article(tok.norm):
        return word in rule_words().article_given_names
    return word in gaz.person_parts and (ordinary or word not in gaz.common) and word not in gaz.places \
        and word not in gaz.nisba and len(word) >= 3


def _family_name(tok: Token, gaz: Gazetteer) -> bool:
    """A word that can follow a given name in a person's name: a word without the article that is
    no ordinary word, or a family nisba with it ("مصباح", "العباسي"; not "التونسي")."""
    if tok.kind != "word":
        return False
    word = fold(tok.norm)
    if len(word) < 3 or word in gaz.nisba or word in rule_words().function_words or is_predicate(tok.norm):
        return False
    if has_article(tok.norm):  # "العباسي", though also the adjective "Abbasid"
        return word.startswith("ال") and word.endswith("ي")
    return word not in gaz.common


@gate(tags=("I-ORG",))  # a ORG of 2+ words
def person_after_org(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An ORG that starts with a head and runs on, after a word with the article, into a given
    name ends there, and the name is a person's ("المتحدث باسم وزارة الداخلية ياسر مصباح": the
    tagger's ORG "وزارة الداخلية ياسر"); the PER takes the indefinite words after it, two at most.  So do two
    words or more of a name the gazetteer does not know ("زعيمة حزب الجبهة الوطنية مارين لوبان"), the
    tagger's ORG's end (:func:`_unknown_name`).
    A head with the article right before the given name is no name of its own: "عضو المنظمة أنيس
    الزواغي" is the PER "أنيس الزواغي" (:func:`_person_after_generic_head`)."""
    if "B-ORG" not in tag_set(tags) and "I-ORG" not in tag_set(tags):
        return
    rw = rule_words()
    n = len(toks)
    for i, j, label in chunk_list(tags):
        if label != "ORG" or j - i < 2 or not in_list(toks[i].norm, rw.org_heads):
            continue
        if has_article(toks[i].norm) and _first_name_after_head(toks, i + 1, gaz):
            _person_after_generic_head(toks, tags, i, j, gaz)
            continue
        if (has_article(toks[i].norm) and j - i >= 3 and fold(toks[i + 1].norm) in rw.function_words
                and all(_family_name(t, gaz) for t in toks[i + 2:j])):
            # "وأكدت الجامعة أن العريبي": the head alone, "that" and the person's name (session 39)
            tags[i:j] = ["O", "O", "B-PER"] + ["I-PER"] * (j - i - 3)
            continue
        if j - i < 3:
            continue
        for k in range(i + 2, j):
            if not has_article(toks[k - 1].norm):
                continue
            if _given_name(toks[k], gaz):
                end = j
                while end < n and end - j < 2 and tags[end] == "O" and _family_name(toks[end], gaz):
                    end += 1
                tags[k:end] = ["B-PER"] + ["I-PER"] * (end - k - 1)
                break
            # a name the gazetteer does not know, of two words at least ("حزب الجبهة الوطنية مارين لوبان");
            # not after ل or ب ("الجمعية الأميركية لمرض السكري", "الاتحاد الجهوي ببن عروس")
            if _unknown_name(toks, k, j, gaz) and toks[k].norm[:1] not in ("ل", "ب"):
                tags[k:j] = ["B-PER"] + ["I-PER"] * (j - k - 1)
                break


def _member_given_name(tok: Token, gaz: Gazetteer) -> bool:
    """A given name after a member's role and his ORG: :func:`_given_name`, or one of ``given_names.yaml``, an ordinary
    word or a place's name too ("كريم", "أنيس"), since a family name must follow it there."""
    if _given_name(tok, gaz, ordinary=True):
        return True
    word = fold(tok.norm)
    if tok.kind == "word" and has_article(tok.norm) and word.startswith("ال"):
        # "الهادي" (kept out of article_given_names for "المحيط الهادي"): a given name with the article there
        word = word[2:]
    return tok.kind == "word" and (word in given_names() or word in ordinary_given_names())


def _surname_after_club(toks: Sequence[Token], tags: list[Tag], i: int, j: int, gaz: Gazetteer, inside: bool) -> bool:
    """After a player's or coach's role (``sport_roles``), one word of a name right after the club ``i``–``j`` whose
    last word has the article, the tagger's last word of it or untagged, a foreign surname or a known given name
    alone before a word that continues no name: "مدرب النادي الصفاقسي كلاوزن غير مؤهل" (ORG "النادي الصفاقسي كلاوزن"
    or the name untagged), "مهاجم النادي الإفريقي ساسي أن".  ``inside``: the tagger's ORG took the name.  Tag it a
    PER; was there one?"""
    n = len(toks)
    if inside and j - i >= 3 and has_article(toks[j - 2].norm) and not has_article(toks[j - 1].norm):
        k = j - 1
    elif not inside and j < n and tags[j] == "O" and has_article(toks[j - 1].norm):
        k = j
    else:
        return False
    tok = toks[k]
    if not (_unknown_given_name(tok, gaz) or _given_name(tok, gaz)) or tok.norm.startswith(("و", "ل")):
        return False
    nxt = toks[k + 1] if k + 1 < n else None
    if nxt is not None and (tags[k + 1] != "O" or _family_name(nxt, gaz) or (
            nxt.kind == "word" and has_article(nxt.norm))):
        return False  # a name of several words ("عمار الجمل"): the rules above read it
    tags[k] = "B-PER"
    return True


def _ta_family_name(tok: Token, gaz: Gazetteer) -> bool:
    """A family name written with ة whose folded form is an ordinary word with the pronoun ه ("خلفة", folded as
    "خلفه", behind him): right after the given name the ORG took, no article, verb, particle nor nisba."""
    word = fold(tok.norm)
    return tok.kind == "word" and tok.norm.endswith("ة") and len(word) >= 4 and not has_article(tok.norm) \
        and word not in gaz.nisba and word not in rule_words().function_words and not is_predicate(tok.norm)


@gate(tags=("I-ORG",))  # a ORG of 2+ words
def person_after_member_org(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A member's role in construct with an ORG, and his name after it that the tagger took into the ORG or cut: "لاعب
    إتحاد تطاوين الهادي خلفة" (ORG "إتحاد تطاوين الهادي"), "لمبعوث جوهرة أف أم أنيس الذوادي", "لاعب ريال مدريد كريم
    بنزيمة" (PER "كريم"). The name is a known given name (:func:`_given_name`) after two words of the ORG at least, and
    one or two family names (:func:`_family_name`) to or past the ORG's end (``person_words.yaml``'s ``member_roles``,
    session 39)."""
    roles = _person_words().member_roles
    folds = sentence_folds(toks)
    n = len(toks)
    for i, j, label in chunk_list(tags):
        if label != "ORG" or i == 0 or j - i < 2:
            continue
        role = _bare_readings(folds[i - 1], "ولب")
        if roles.isdisjoint(role):
            continue
        sport = not _person_words().sport_roles.isdisjoint(role) \
            and not any(_member_given_name(tok, gaz) for tok in toks[i + 1:j - 1])
        if sport and _surname_after_club(toks, tags, i, j, gaz, inside=True):
            continue
        before = tags[i:j + 2]
        for k in range(i + 2, min(j + 1, n)):
            if k == j and tags[k] not in ("O", "B-PER"):
                break
            if not _member_given_name(toks[k], gaz):
                continue
            if k == j and tags[k] == "B-PER":
                # the tagger's PER right after the ORG: its one word takes the family name after it ("رئيس هيئة
                # شؤون الأسرى الفلسطينية عيسى قراقع"); a longer PER is left as it is
                if k + 1 < n and tags[k + 1] == "O" and _family_name(toks[k + 1], gaz):
                    tags[k + 1] = "I-PER"
                break
            end = k + 1
            while end < j and end - k < 3 and _family_name(toks[end], gaz):
                end += 1  # the family names the ORG took
            if end < j:
                break  # (the ORG goes on after the name: no member's name)
            while end - k < 2 and end < n and tags[end] == "O" and (
                    _family_name(toks[end], gaz) or (end == j == k + 1 and _ta_family_name(toks[end], gaz))):
                end += 1  # the family name after the ORG, to two words
            if end - k >= 2:
                tags[k:end] = ["B-PER"] + ["I-PER"] * (end - k - 1)
            break
        if sport and tags[i:j + 2] == before:
            _surname_after_club(toks, tags, i, j, gaz, inside=False)


@gate(tags=("I-ORG",))  # a ORG of 2+ words
def person_after_known_org(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An ORG that starts with a known organisation's whole name (``rules.yaml``'s ``known_orgs`` and
    ``org_names.json``) and runs on into two words or more of a name — the first without the article and
    no ordinary word, the others family names (:func:`_family_name`) — ends with the known name, and the
    words after are a person: "رئيس البنك الدولي جيم يونغ كيم" (the tagger's ORG took the president), "مع
    مجلس نواب الشعب لزهر العكرمي"; so does a one-word name of ``acronym_orgs`` or ``seat_names`` ("المتحدث باسم
    الكرملين دميتري بسكوف", session 28).  Not one word ("تي في 5 موند"), an ordinary word ("جمعية القضاة
    التونسيين السلطة السياسية"), an adjective ("مجلس الأمن القومي") nor a complement ("للبترول والمعادن")."""
    if "B-ORG" not in tag_set(tags):
        return
    folds = sentence_folds(toks)
    for i, j, label in chunk_list(tags):
        if label != "ORG" or j - i < 3 or toks[i].kind != "word":
            continue
        if folds[i] in _acronym_forms():  # one word: "المتحدث باسم الكرملين دميتري بسكوف"
            size = 1
        else:
            names = _known_org_names(toks[i].norm).get(folds[i + 1], ()) if j - i >= 4 else ()
            size = next((len(name) for name in names
                         if len(name) <= j - i - 2 and tuple(folds[i + 2:i + len(name)]) == name[2:]), 0)
        if size and _starts_name(toks[i + size], gaz) \
                and all(_family_name(tok, gaz) for tok in toks[i + size + 1:j]):
            tags[i + size:j] = ["B-PER"] + ["I-PER"] * (j - i - size - 1)


@gate(tags=("B-PER",))
def adjacent_person_parts(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """Two persons of the tagger with nothing between them (no punctuation, no و) are one whose name it cut: a
    surname of one word after a name of up to five ("القاضي نيكولاس لورين سميث" gave "نيكولاس لورين" and "سميث";
    "محمد بن راشد آل" + "مكتوم"; "قيس حسين" + "رشيد"), or a name of up to four words after a given name alone
    ("جولي" + "آن جيمس", "محمد" + "الفاضل خليل"; not "أوباما" + "جون كيري", a surname alone; session 43).  Two names
    of two words or more each stay two ("الفنانة نوال غشام محمد زياد الورغي": she and her husband), and so do two
    one-word persons ("سوزان" + "مبارك", "نصر" + "الله" are one, "ميسي" + "رونالدو" two: the rule reads names of three
    words or more).  On the dev blocks of ``scripts/eval_ner.py`` it joins only "محمد بن راشد آل" + "مكتوم", which
    ANERcorp tags whole four times and, once (train.txt line 122823), with "مكتوم" a B-PERS of its own: news and
    ANERcorp micro F1 −0.09 / −0.14 from that one span."""
    if "B-PER" not in tag_set(tags):
        return
    chunks = [(i, j) for i, j, label in chunk_list(tags) if label == "PER"]
    figures = rule_words().figure_first
    folds = sentence_folds(toks)
    for (i, j), (b, k) in pairwise(chunks):
        if b != j or k - i < 3 or toks[b].kind != "word" or toks[b].norm[:1] == "و" or toks[j - 1].end >= toks[b].start:
            continue  # (two one-word persons side by side are two as often as one: "سوزان مبارك", "ميسي رونالدو")
        if tuple(folds[i:j]) in figures.get(folds[i], ()) or tuple(folds[b:k]) in figures.get(folds[b], ()):
            continue  # a public figure named whole ("أوباما") and another name are two persons
        if any(_not_person_word(toks[x], gaz) for x in range(i, j)):
            continue  # "لنادي الهجر السعودي" + "محمد": a body the tagger read a person, then the person
        if (k - b == 1 and j - i <= 5 and not has_article(toks[b].norm)) \
                or (j - i == 1 and k - b <= 4 and _bare_given_name(toks[i], folds[i], gaz)):
            tags[b] = "I-PER"


def _not_person_word(tok: Token, gaz: Gazetteer) -> bool:
    """Is ``tok`` a word no person's name holds before another name: an organisation's or a place's head ("لنادي"),
    or a nationality ("السعودي")?"""
    return tok.kind == "word" and (in_list(tok.norm, rule_words().org_heads) or gaz.is_loc_head(tok.norm)
                                   or any(form in gaz.nisba for form in stems(tok.norm)))


def _bare_given_name(tok: Token, word: str, gaz: Gazetteer) -> bool:
    """Is ``tok`` (folded ``word``) a given name (:func:`_given_name`, an ordinary word too), after و or ف as a
    person's name may carry ("ومحمد")?"""
    if _given_name(tok, gaz, ordinary=True):
        return True
    bare = word[1:] if word[:1] in ("و", "ف") else ""
    return len(bare) >= 3 and bare in gaz.person_parts and bare not in gaz.places and bare not in gaz.nisba


@gate(tags=("I-PER",))  # a PER of 2+ words
def given_name_before_patronym(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """The tagger's person that starts on a patronym ("بن فرج") takes the given name right before it, one
    word or two, left untagged or the last word of an organisation or a place of two words or more that
    the given name ran into: "النائب في مجلس نواب الشعب الصحبي بن فرج" gave "بن فرج"; "محمد ولد
    الغزواني".  A given name is a known name part that is no place nor nationality (an ordinary given name too:
    the patronym after it leaves no doubt) or one written with the article ("الصحبي", "المنجي")."""
    folds = sentence_folds(toks)
    if PATRONYMS.isdisjoint(folds):
        return
    names = _article_given_names()
    for i, j, label in chunk_list(tags):
        if label != "PER" or i == 0 or j - i < 2 or folds[i] not in PATRONYMS or toks[i].kind != "word":
            continue
        start = i
        while start > 0 and i - start < 2 and toks[start - 1].kind == "word" and (
                folds[start - 1] in names or _given_name(toks[start - 1], gaz, ordinary=True)):
            prev = tags[start - 1]
            if prev != "O":
                # the last word of an ORG or LOC of two words or more: the name ran into it
                if start - 1 == 0 or prev[0] != "I" or prev[2:] not in ("ORG", "LOC") or start < i:
                    break
            start -= 1
        if start < i:
            tags[start:i] = ["B-PER"] + ["I-PER"] * (i - start - 1)
            tags[i] = "I-PER"


def _unknown_name(toks: Sequence[Token], k: int, j: int, gaz: Gazetteer) -> bool:
    """Are the words ``k`` to ``j`` (two at least) a name the gazetteer does not know: a first word that
    can start one (:func:`_starts_name`) and family names after it ("جيم يونغ كيم")?"""
    return j - k >= 2 and _starts_name(toks[k], gaz) and all(_family_name(tok, gaz) for tok in toks[k + 1:j])


def _starts_name(tok: Token, gaz: Gazetteer) -> bool:
    """Can ``tok`` start a person's name after an organisation's: a word without the article or و that is
    no ordinary word, nationality, function word or predicate ("جيم", "لزهر")?"""
    if tok.kind != "word" or has_article(tok.norm) or tok.norm.startswith("و"):
        return False
    word = fold(tok.norm)
    return (len(word) >= 3 and word not in gaz.common and word not in gaz.nisba
            and word not in rule_words().function_words and not is_predicate(tok.norm))


#: Most words of a person's name after a given name that :func:`_person_after_generic_head` takes.
MAX_NAME_AFTER_GIVEN = 3


def _first_name_after_head(toks: Sequence[Token], k: int, gaz: Gazetteer) -> bool:
    """Does a person's name start at ``toks[k]``: a given name (:func:`_given_name`), or a word no ordinary
    word without the article before a family name with it ("أنيس الزواغي": "أنيس" is a village too)?  Not a
    particle ("وأكدت الجامعة أن العريبي": "أن" is no given name, session 39)."""
    tok = toks[k]
    if written_function_word(tok) or fold(tok.norm) in rule_words().function_words:
        return False
    if _given_name(tok, gaz):
        return True
    word = fold(tok.norm)
    return (tok.kind == "word" and not has_article(tok.norm) and word not in gaz.common
            and (word in gaz.person_parts or word in gaz.places) and k + 1 < len(toks)
            and _definite_surname(toks[k + 1], gaz))


def _preposition_and_word(tok: Token, gaz: Gazetteer) -> bool:
    """Is ``tok`` ل or ب + an ordinary word ("لمكاتب"), which ends a name?"""
    word = fold(tok.norm)
    return word[:1] in ("ل", "ب") and word[1:] in gaz.common


def _person_after_generic_head(toks: Sequence[Token], tags: list[Tag], i: int, j: int, gaz: Gazetteer) -> None:
    """The ORG ``toks[i:j]`` is a head with the article alone, "the organisation" of the sentence, and a person
    named right after it ("عضو المنظمة أنيس الزواغي", "رئيس الحزب ياسين ابراهيم"): the head is no name, the
    given name and the family names after it (inside the ORG or after it) are the PER, what the ORG held after
    them is left out ("الحزب سليم الرياحي" + "لمكاتب الحزب")."""
    n = len(toks)
    end = i + 2
    while (end < n and end - i - 1 <= MAX_NAME_AFTER_GIVEN and (end < j or tags[end] == "O")
           and _family_name(toks[end], gaz) and not _preposition_and_word(toks[end], gaz)):
        end += 1
    if end == i + 2 and not (end < n and tags[end] == "B-PER"):
        return  # a given name alone is no person here ("المجلس أي")
    tags[i] = "O"
    tags[i + 1:end] = ["B-PER"] + ["I-PER"] * (end - i - 2)
    if end < j:
        tags[end:j] = ["O"] * (j - end)


@gate(TITLE | OCCUPATION, ("B-ORG",))
def name_after_titled_org(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A given name and a family name right after an ORG that a title governs, or set off by commas after
    it, are that official: "الأمين العام للحزب الجمهوري عصام الشابي", "… للحزب الجمهوري، عصام الشابي،",
    "رئيس الهيئة الوطنية لمكافحة الفساد شوقي الطبيب" (the title at most two words before the ORG: "المدير
    العام لـ", "الناطق الرسمي باسم")."""
    if "B-ORG" not in tag_set(tags) or not sentence_bits(toks) & (TITLE | OCCUPATION):
        return
    flags = sentence_flags(toks)
    n = len(toks)
    for i, j, label in chunk_list(tags):
        if j + 3 < n and toks[j].text in _COMMAS and toks[j + 3].text in _COMMAS and tags[j] == "O":
            j += 1  # an appositive: "الأمين العام للحزب الجمهوري، عصام الشابي، أن"
        if label != "ORG" or j + 1 >= n or tags[j] != "O" or has_article(toks[j].norm) \
                or not _name_like(toks[j], gaz) or _with_pronoun(toks[j], gaz):
            continue
        if not any(flags[k] & (TITLE | OCCUPATION) for k in range(max(0, i - 3), i)):
            continue
        # a known given name before a family name, or a name-like word before a family nisba ("عصام الشابي")
        family = tags[j + 1] == "O" and _family_name(toks[j + 1], gaz)
        if tags[j + 1] == "B-PER" or (family and (_given_name(toks[j], gaz) or has_article(toks[j + 1].norm))):
            tags[j], tags[j + 1] = "B-PER", "I-PER"  # (a PER of the tagger after it goes on as I-PER)


#: Most words between a title and the comma before its holder's name ("المندوب الجهوي للتربية في سيدي
#: بوزيد،"), and most words of the name.
MAX_OFFICE_WORDS, MAX_APPOSITIVE_NAME = 8, 4
#: What closes a holder's name set off after a comma, besides a second comma ("…، المولدي العيفي، أن"),
#: folded; "في" and "خلال" of the statement's place or time too ("وزير الفلاحة …، الهادي مجدوب في تصريح";
#: session 23).
_APPOSITIVE_ENDS = frozenset({"ان", "انه", "انها", "بان", "بانه", "بانها", "في", "خلال"})
#: Of those, the ends after which the name's other words must be no ordinary words ("حسن نصر الليلة في": tonight).
_WEAK_ENDS = frozenset({"في", "خلال"})


@gate(TITLE | RANK_TITLE)
def official_after_comma(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A given name and a family name set off by a comma after a title and its office (its portfolio, body
    or place, at most :data:`MAX_OFFICE_WORDS` words, no verb nor punctuation), and closed by a comma or
    "أن", are the official: "المندوب الجهوي للتربية في سيدي بوزيد، المولدي العيفي، أن", "مدير مستشفى
    الرابطة، محمد الهادي الصغير، بأن" (the tagger's PER "محمد الهادي" runs to the comma), "والي سوسة، عادل
    الشليوي،".  The first word is a known given name or one the tagger began a PER with, the others family
    names or name parts."""
    if not sentence_bits(toks) & (TITLE | RANK_TITLE):
        return
    n = len(toks)
    flags = sentence_flags(toks)
    folds = sentence_folds(toks)
    for c in range(2, n - 3):
        if toks[c].text not in _COMMAS or tags[c] != "O" or tags[c + 1] not in ("O", "B-PER"):
            continue
        t = c - 1
        while t >= 0 and c - t <= MAX_OFFICE_WORDS + 1:
            tok = toks[t]
            if tok.kind != "word" or tags[t].endswith("PER") or (flags[t] & PREDICATE and not flags[t] & TITLE):
                t = -1
                break
            if flags[t] & (TITLE | RANK_TITLE):
                break
            t -= 1
        if t < 0 or c - t > MAX_OFFICE_WORDS + 1 or c - t < 2:
            continue
        e = c + 1
        while e < n and e - c <= MAX_APPOSITIVE_NAME + 1 and toks[e].kind == "word" \
                and folds[e] not in _APPOSITIVE_ENDS:
            e += 1
        if e >= n or not 2 <= e - c - 1 <= MAX_APPOSITIVE_NAME \
                or not (toks[e].text in _COMMAS or folds[e] in _APPOSITIVE_ENDS) \
                or (e + 1 < n and tags[e].startswith("I-")):
            continue
        if any(tag not in ("O", "B-PER", "I-PER") for tag in tags[c + 1:e]) or "B-PER" in tags[c + 2:e]:
            continue
        first = toks[c + 1]
        if not (tags[c + 1] == "B-PER" or _given_name(first, gaz, ordinary=True)
                or (first.kind == "word" and (fold(first.norm) in ordinary_given_names()
                                              or fold(first.norm) in _article_given_names()))):
            continue
        weak = folds[e] in _WEAK_ENDS
        if all(_name_like(tok, gaz) or _definite_surname(tok, gaz) or _given_name(tok, gaz)
               or (not weak and _set_off_surname(tok, gaz)) for tok in toks[c + 2:e]) \
                and not _with_pronoun(toks[e - 1], gaz):
            tags[c + 1:e] = ["B-PER"] + ["I-PER"] * (e - c - 2)


#: Most words of an official's office between the title and the name written right after it ("المدير
#: الجهوي لأملاك الدولة"), and most family-name words after the given name.
MAX_OFFICE_BEFORE_NAME, MAX_FAMILY_WORDS = 6, 2


@gate(TITLE)
def official_before_name(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A known given name (no ordinary word) and one or two family names right after a title with the
    article and its office (its adjectives, a ل complement, a place: "المدير الجهوي لأملاك الدولة عماد
    شرادة", "المديرة الجهوية للتجارة بالمنستير سهام مبروك"), no comma between, are the official; the
    office is words with the article or a ل/ب proclitic and the places and bodies the tagger found, no
    verb, punctuation or person.  The name ends before a word that is no name part."""
    if not sentence_bits(toks) & TITLE:
        return
    n = len(toks)
    flags = sentence_flags(toks)
    for t in [k for k in range(n - 3) if flags[k] & TITLE and flags[k] & ARTICLE and tags[k] == "O"]:
        g = t + 1
        while g < n and g - t <= MAX_OFFICE_BEFORE_NAME and toks[g].kind == "word" and not tags[g].endswith("PER") \
                and not (tags[g] == "O" and (_given_name(toks[g], gaz) or _ordinary_first(toks, tags, g, gaz)
                                             or _adjective_first(toks, tags, g, gaz))) \
                and not (flags[g] & PREDICATE and not flags[g] & TITLE) \
                and (tags[g] != "O" or flags[g] & ARTICLE or fold(toks[g].norm)[:1] in ("ل", "ب")):
            g += 1
        if g >= n - 1 or g - t < 3 or g - t > MAX_OFFICE_BEFORE_NAME or tags[g] != "O" \
                or not (_given_name(toks[g], gaz) or _ordinary_first(toks, tags, g, gaz)
                        or _adjective_first(toks, tags, g, gaz)) \
                or (tags[g - 1] == "O" and toks[g - 1].kind != "word"):
            continue
        # a compound given name: "عماد الدين", "نور الدين"
        first = g + 2 if tags[g + 1] == "O" and fold(toks[g + 1].norm) in gaz.compound_tails else g + 1
        e = first
        while e < n and e - first < MAX_FAMILY_WORDS and tags[e] == "O" and toks[e].kind == "word" \
                and (_name_like(toks[e], gaz) or _definite_surname(toks[e], gaz)) and not _with_pronoun(toks[e], gaz):
            e += 1
        if e == first or (e < n and tags[e].startswith("I-")):
            continue
        tags[g:e] = ["B-PER"] + ["I-PER"] * (e - g - 1)


def _ordinary_first(toks: Sequence[Token], tags: Sequence[Tag], g: int, gaz: Gazetteer) -> bool:
    """Is ``toks[g]`` a given name that is an ordinary word too (``given_names.yaml``'s ``ordinary``: "سيدة",
    "ابتسام") before an untagged family name with the article that is none ("الونيسي")?"""
    return toks[g].kind == "word" and fold(toks[g].norm) in ordinary_given_names() and g + 1 < len(toks) \
        and tags[g + 1] == "O" and _definite_surname(toks[g + 1], gaz)


def _adjective_first(toks: Sequence[Token], tags: Sequence[Tag], g: int, gaz: Gazetteer) -> bool:
    """Is ``toks[g]`` a given name written with the article (``article_given_names``, ``adjective_given_names``:
    "الهادي", "الطيب", "الباشا") before an untagged family name without the article that is no ordinary word ("وزير
    الداخلية الهادي مجدوب", "مستشار قائد الدعم السريع الباشا طبيق")?"""
    if g + 1 >= len(toks) or tags[g + 1] != "O" or toks[g].kind != "word" or toks[g + 1].kind != "word":
        return False
    family = toks[g + 1]
    word = fold(family.norm)
    return fold(toks[g].norm) in _article_given_names() and not has_article(family.norm) \
        and word not in gaz.common and not gaz.known(word) and len(word) >= 3 and not is_predicate(family.norm) \
        and word not in rule_words().function_words and word not in verb_forms()


def _set_off_surname(tok: Token, gaz: Gazetteer) -> bool:
    """A word after the first of a name set off by commas: a word with the article that is also an ordinary
    word ("الهادي", "الصغير"), not a nationality, place, title, predicate or function word."""
    word = fold(tok.norm)
    rw = rule_words()
    return tok.kind == "word" and word.startswith("ال") and len(word) >= 5 and word not in gaz.nisba \
        and word not in gaz.places and word not in rw.function_words and word not in rw.chain_stops \
        and word not in rw.not_name_words and not is_predicate(tok.norm) \
        and not in_list(tok.norm, rw.titles) and not in_list(tok.norm, rw.title_adjectives) \
        and not in_list(tok.norm, rw.org_heads) and not gaz.is_loc_head(tok.norm)


def _with_pronoun(tok: Token, gaz: Gazetteer) -> bool:
    """Is ``tok`` an ordinary noun with a possessive pronoun, و, ف, ل or ب before it or not ("دعمه",
    "وآدابها": his support, and its literature; "لقبوله", for his accepting)?"""
    norm = tok.norm
    for suffix in PRONOUN_SUFFIXES:
        if norm.endswith(suffix):
            stem = fold(norm[:-len(suffix)])
            if stem in gaz.common or (stem[:1] in ("و", "ف", "ل", "ب") and stem[1:] in gaz.common):
                return True
    return False


@gate(tags=("B-PER",), texts=("(",))
def nickname_in_parens(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """One name-like word in parentheses right after a person is that person's nickname, a PER
    too: "محمد حمدان دقلو (حميدتي)"."""
    if "B-PER" not in tag_set(tags):
        return
    n = len(toks)
    for _, j, label in chunk_list(tags):
        if label == "PER" and j + 2 < n and toks[j].text == "(" and toks[j + 2].text == ")" \
                and tags[j + 1] == "O" and toks[j + 1].kind == "word" and _name_like(toks[j + 1], gaz):
            tags[j + 1] = "B-PER"


@gate(tags=("I-PER",))
def nisba_surname(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A masculine nisba with the article right after a person of two words or more is the last part
    of the name, not an adjective (a person takes none): "محمد شياع السوداني", "أبو حمزة المصري"."""
    if "I-PER" not in tag_set(tags):
        return
    n = len(toks)
    for i, j, label in chunk_list(tags):
        if label != "PER" or j - i < 2 or j >= n or tags[j] != "O" or toks[j].kind != "word":
            continue
        word = fold(toks[j].norm)
        if word.startswith("ال") and word.endswith("ي") and word in gaz.nisba:
            tags[j] = "I-PER"


@gate(tags=("I-PER",))  # a PER of 2+ words
def title_out_of_person(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A title is not part of the name after it: "الفريق عبدالرحيم محمد حسين" → PER "عبدالرحيم محمد
    حسين", "الكاردينال بوليكاربو" → "بوليكاربو" (``rules.yaml``'s ``titles`` and ``rank_titles``;
    ANERcorp never starts a PER with one)."""
    if "B-PER" not in tag_set(tags):
        return
    rw = rule_words()
    names = _article_given_names()
    for i, j, label in chunk_list(tags):
        if label != "PER" or j - i < 2 or toks[i].kind != "word" or not has_article(toks[i].norm):
            continue
        # session 31 (ent31d): an occupation too, with its adjectives ("وأكد الطالب سيدي محمد ولد أحمد أن",
        # "الباحث ليندي إلكينز تانتون", "الرسام الكاريكاتوري المصري" with no name after it: no person)
        occupation = in_list(toks[i].norm, rw.occupations)
        if occupation or in_list(toks[i].norm, rw.titles) or in_list(toks[i].norm, rw.rank_titles) \
                or in_list(toks[i].norm, _person_words().people_duals):  # "الطفلين أيّوب" (session 42)
            if j - i == 2 and fold(toks[i].norm) in names \
                    and _article_family(toks[i + 1], fold(toks[i + 1].norm), gaz, names, rw):
                continue  # "الأمين النهدي": a given name that is a title too, before a family name
            k = i + 1
            while occupation and k < j and _occupation_adjective(toks[k], gaz, rw):
                k += 1
            tags[i:k] = ["O"] * (k - i)
            if k < j:
                tags[k] = "B-PER"


def _occupation_adjective(tok: Token, gaz: Gazetteer, rw: RuleWords) -> bool:
    """Is ``tok``, after an occupation, its adjective with the article: a nationality ("المصري"), a title's
    adjective or an ordinary nisba ("الكاريكاتوري", "التشكيلي")?"""
    if tok.kind != "word" or not has_article(tok.norm):
        return False
    word = fold(tok.norm)
    return (word in gaz.nisba or in_list(tok.norm, rw.title_adjectives)
            or (word.endswith("ي") and (word in gaz.common or word[2:] in gaz.common)))


@gate(bits=FOLLOWING_NOUN, tags=("I-PER",))  # a PER of 2+ words
def following_out_of_person(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A noun of a faction or a following that starts a PER (``rules.yaml``'s ``following_nouns``, without the
    article, with a proclitic) is no part of the name after it: "جناح عبد الواحد نور" → PER "عبد الواحد نور",
    "لأنصار الرئيس" stays untouched (no name after), "أتباع فتح الله غولن" → "فتح الله غولن"; not before
    "الله" ("أنصار الله" is a movement)."""
    nouns = rule_words().following_nouns
    for i, j, label in chunk_list(tags):
        if label != "PER" or j - i < 2 or toks[i].kind != "word" or has_article(toks[i].norm) \
                or not in_list(toks[i].norm, nouns) or toks[i + 1].kind != "word" or fold(toks[i + 1].norm) == "الله":
            continue
        tags[i], tags[i + 1] = "O", "B-PER"


#: The Tunisian spoken negation ما…ش around a verb or a pronoun ("مانعرفوش", "ماهيش", "مانيش", "ماكانش",
#: "ماتتداواش", "مالوش"): ما, then a verb's prefix or a pronoun's first letter, and ش after a long vowel or ن;
#: not a Slavic -itch ("ماندزوكيتش") nor a French name ("هيرفيه ماراش": ر after ما).
_SPOKEN_NEGATION_ENDS = ("وش", "اش", "يش", "نش")
_SPOKEN_NEGATION_THIRD = "نتيهكعلف"


def _spoken_negation(word: str) -> bool:
    """Is the folded ``word`` (with و/ف) a verb or pronoun inside the spoken negation ما…ش ("مانعرفوش")?"""
    if word[:1] in "وف" and word[1:3] == "ما":
        word = word[1:]
    return len(word) >= 5 and word.startswith("ما") and word[2] in _SPOKEN_NEGATION_THIRD \
        and word.endswith(_SPOKEN_NEGATION_ENDS) and not word.endswith("تش")


@gate(bits=ADJECTIVE_NEGATION | NEGATION_SHAPE, tags=("B-PER",))
def predicate_not_person(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A PER that is a predicate, no name: an adjective that is also a given name after a word that negates it
    (``rules.yaml``'s ``adjective_negations``: "غير صالح للاستهلاك", the PER "غير صالح" or "صالح" after "غير"),
    or words of spoken Tunisian with the negation ما…ش in them ("مانعرفوش عليه شي")."""
    negations = rule_words().adjective_negations
    for i, j, label in chunk_list(tags):
        if label != "PER":
            continue
        words = [fold(t.norm) if t.kind == "word" else "" for t in toks[i:j]]
        # a name part too ("مانيش", Manish) only before words that are none ("مانيش مسامح", "مانيش خايف")
        if any(_spoken_negation(w) and (w not in gaz.person_parts or (
                len(words) > 1 and not any(v in gaz.person_parts for v in words if v != w))) for w in words):
            tags[i:j] = ["O"] * (j - i)
            continue
        first = i if toks[i].kind == "word" and in_list(toks[i].norm, negations) else -1
        if first < 0 and i > 0 and tags[i - 1] == "O" and toks[i - 1].kind == "word" \
                and in_list(toks[i - 1].norm, negations):
            first = i - 1
        rest = [t for t in toks[first + 1:j]] if first >= 0 else []
        # an indefinite adjective of one word ("صالح", "سليم"), the name of no known figure
        if len(rest) == 1 and rest[0].kind == "word" and not has_article(rest[0].norm):
            tags[i:j] = ["O"] * (j - i)


def figure_forms(word: str) -> tuple[str, ...]:
    """Folded forms of the normalized ``word`` after its proclitics, the article kept as written
    ("لبوتين" → "لبوتين", "بوتين"; "للسيسي" → "السيسي"; "الكاميرون" is never "كاميرون")."""
    return tuple(dict.fromkeys(fold(split.lemma_forms[0]) for split in clitic_splits(word)))


def _preposition_into_figure(toks: Sequence[Token], tags: Sequence[Tag], i: int, end: int) -> bool:
    """Does the PER that holds the figure's name ``toks[i:end]`` start just before it with a preposition as
    written ("على بن علي", "على بوتين": the tagger read "على" as "علي", Ali, as Egyptian spelling writes it),
    and end with the name? A figure's name is whole: the word before it is none of it."""
    return i > 0 and tags[i - 1] == "B-PER" and toks[i - 1].text in _FAMILY_NEXT_PREPOSITIONS \
        and (end == len(tags) or not tags[end].startswith("I-"))


def _given_before_patronym(toks: Sequence[Token], tags: Sequence[Tag], i: int, gaz: Gazetteer) -> bool:
    """Is the untagged word before a figure named by his patronym ("بن علي", "بن سلمان") a given name, so
    the name of a relative ("حياة بن علي", his sister; "نعيمة بن علي"), the given names that are ordinary
    words too ("حياة", life) included: "بن" after a word makes it a name, and "عهد بن علي" is no name as
    "عهد" is none of those lists."""
    if i == 0 or tags[i - 1] != "O" or toks[i].kind != "word" or fold(toks[i].norm) != "بن":
        return False
    prev = toks[i - 1]
    return prev.kind == "word" and (_given_name(prev, gaz) or fold(prev.norm) in ordinary_given_names())


def _named_after(tok: Token, gaz: Gazetteer) -> bool:
    """Is ``tok`` a place's or an organisation's head without the article, which a figure's name
    after it names ("شارع الحبيب بورقيبة", "منزل بورقيبة", "مطار" …)?"""
    return tok.kind == "word" and not has_article(tok.norm) and (
        gaz.is_loc_head(tok.norm) or in_list(tok.norm, rule_words().org_heads)
        or in_list(tok.norm, rule_words().toponym_heads))


def _names_a_thing(tok: Token) -> bool:
    """Does ``tok`` open a quoted title or head a stadium, a cup or a work, whose MISC a figure's name names ("ملعب
    محمد بن زايد", "كأس …", the film "الحبيب بورقيبة")?"""
    rw = rule_words()
    return tok.text in QUOTES_OPEN or (tok.kind == "word" and (
        in_list(tok.norm, rw.stadium_heads) or in_list(tok.norm, rw.event_heads) or in_list(tok.norm, rw.work_heads)))


@gate(FIGURE_FIRST)
def public_figures(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A public figure's name (``rules.yaml``'s ``public_figures``: "ترامب", "الباجي قائد السبسي")
    is a person: a name of one word that the tagger left untagged, or tagged alone as a place or an
    organisation ("ترامب يهاجم بايدن", where a headline gives the tagger no context), joined to a
    person just before it ("دونالد" + "ترامب") or to a known given name ("أنجيلا" + "ميركل"); a name
    of several words whose words are untagged or in a person ("الباجي قائد" + "السبسي"), or tagged as the whole
    name alone, a MISC or an ORG ("يورجن كلوب"), is one person.
    Not after a place's or an organisation's head: "شارع الحبيب بورقيبة" names a street."""
    if not sentence_bits(toks) & FIGURE_FIRST:
        return
    flags = sentence_flags(toks)
    first = rule_words().figure_first
    cache = gaz.word_cache("figure_names")  # word → the names its first reading of figure_first starts
    folds = sentence_folds(toks)
    n = len(toks)
    after = 0  # the scan goes on from here (after a name tagged)
    for i in [i for i, f in enumerate(flags) if f & FIGURE_FIRST]:
        if i < after:
            continue
        norm = toks[i].norm
        names = cache.get(norm)
        if names is None:
            names = cache[norm] = next((first[f] for f in figure_forms(norm) if f in first), ())
        size = next((len(name) for name in names if tuple(folds[i + 1:i + len(name)]) == name[1:]), 0)
        end = i + size
        conj = toks[i].norm.startswith(("و", "ف")) and fold(toks[i].norm) not in first
        if not size or (end < n and tags[end].startswith("I-")) or (i > 0 and _named_after(toks[i - 1], gaz)):
            continue
        after_person = i > 0 and tags[i - 1].endswith("PER") and not conj
        if size > 1 and tags[i] == "I-PER" and _preposition_into_figure(toks, tags, i, end):
            tags[i - 1], tags[i] = "O", "B-PER"  # "أحكام بالسجن على بن علي": the preposition, not "علي"
        elif size > 1 and tags[i] != "I-PER" and (all(t in ("O", "B-PER", "I-PER") for t in tags[i:end]) or (
                tags[i] in ("B-MISC", "B-ORG") and all(t == "I-" + tags[i][2:] for t in tags[i + 1:end])
                and not (i > 0 and _names_a_thing(toks[i - 1])))):
            # (a MISC or ORG of the whole name alone: "يورجن كلوب", whose "كلوب" is a club's word too; not in
            # quotes, a work's title: the film "الحبيب بورقيبة", ANT 94, nor after a stadium's, a cup's or a work's
            # head: "ملعب محمد بن زايد", ANT 9299)
            tags[i:end] = ["I-PER" if after_person and tags[i] == "O" else "B-PER"] + ["I-PER"] * (size - 1)
            if not after_person and not conj and _given_before_patronym(toks, tags, i, gaz):
                tags[i - 1], tags[i] = "B-PER", "I-PER"  # "منزل حياة بن علي": his sister Hayet
        elif size == 1 and (tags[i] == "O" or tags[i] in ("B-LOC", "B-ORG")):
            tags[i] = "I-PER" if after_person else "B-PER"
            if not after_person and not conj and i > 0 and tags[i - 1] == "O" and _given_name(toks[i - 1], gaz):
                tags[i - 1], tags[i] = "B-PER", "I-PER"  # "أنجيلا ميركل": a given name the tagger did not join
        elif tags[i] == "I-PER" and conj:  # "بوتين وأردوغان": two persons
            tags[i] = "B-PER"
        after = max(end, i + 1)


#: Most words of a speaker's name before a headline's colon ("عمار عمروسية: …").
MAX_SPEAKER = 3


@gate(texts=(":",))
def speaker_before_colon(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A headline that quotes someone opens with the speaker's name and a colon ("عمار عمروسية: الحكومة
    فشلت", "سامية عبو: لن نصوت"): two or three untagged name-like words (:func:`_name_like`: no ordinary
    word, title, place or word with the article) at the start of the sentence, before ":", are a person."""
    n = len(toks)
    if ":" not in sentence_texts(toks)[2:MAX_SPEAKER + 1]:  # the colon after two or three words
        return
    k = 0
    while k < n and k < MAX_SPEAKER and tags[k] == "O" and _name_like(toks[k], gaz) \
            and fold(toks[k].norm) not in gaz.nisba:  # "سيّاح جزائريون: …" are tourists
        k += 1
    if 2 <= k < n and toks[k].text == ":":
        tags[0:k] = ["B-PER"] + ["I-PER"] * (k - 1)
