"""Post-CRF corrections for Wikipedia text (``ner_domain="wiki"``), written from the error families
of AQMAR articles held out whole (``scripts/eval_ner.py --aqmar-dev``).  Wikipedia introduces a
person or a club with a nationality ("العالم الألماني هيزنبرج", "وجيمس شادويك البريطاني") and lists
places with "و" ("المانيا وايطاليا"); AQMAR's annotators leave the nationality out of the name and
tag each listed place on its own, where the CRF, taught mostly by news, runs them together.

- :func:`trim_nationality`: a nationality adjective (nisba) opening a span, or closing a person's
  name, is not part of it;
- :func:`split_listed_places`: a place after "و" inside a LOC starts a LOC of its own;
- :func:`complete_person`: a one-word person takes the name-like words after it;
- :func:`town_not_club`: a club named by its town is the town, as AQMAR tags it;
- :func:`head_in_place`: a building's or a region's head before a LOC is part of its name;
- :func:`name_after_occupation`: a title is not part of a name, and a name follows a title or an
  occupation ("العالم الألماني هيزنبرج");
- :func:`peoples_as_persons`: a people named by a plural ("المسلمون", "العثمانيين") is a PER;
- :func:`states_as_places`: "الدولة الأموية", "العالم الإسلامي" are places;
- :func:`team_head_in_org`: "نادي", "فريق", "منتخب" are part of the team's name;
- :func:`institution_as_place`: a university is a place, as AQMAR tags it, and so is an institution
  head (كلية, معهد, مدرسة) with the name after it.

Session 5, for the families of the articles AQMAR keeps (Crusades, Damascus, Islamic history, the
2004 Olympics, a footballer, a free-software activist, nuclear power), checked on whole articles
held out in three folds (the README of ``resources/ner``):

- :func:`regnal_name`: "المعتضد بالله", "الحاكم بأمر الله" are one PER;
- :func:`genealogy_chain`: a name with "بن", "أبي" and a kunya is one PER;
- :func:`coordinated_persons`: "قطز والظاهر بيبرس" are two persons;
- :func:`person_in_place`: "جامع" + "ابن طولون" is a LOC;
- :func:`dynasty_out_of_person`: "المأمون العباسي" → "المأمون";
- :func:`people_alone`: "الحمدانيون حلب" → PER + LOC;
- :func:`person_before_preposition`: "مايكل فيلبس بست ميداليات" → "مايكل فيلبس";
- :func:`ordinal_in_person`: "فيليب الثاني", "لويس السابع وكونراد الثالث";
- :func:`company_name`: "شركة وستنغهاوس" → ORG "وستنغهاوس";
- and in :func:`name_after_occupation`, a ruler's name with the article after a title ("الخليفة
  المتوكل"), past a dynasty's adjective ("الخليفة الفاطمي العزيز بالله").

Session 6, families of Wikipedia prose written from folds B and C (fold A only scored; see the
README of ``resources/ner``):

- :func:`town_head_out`: "مدينة الري" → "الري";
- :func:`direction_in_place`: "شمال إيطاليا" is one LOC;
- :func:`named_building`: "قبة النسر", "ملعب تشيرمارتين";
- :func:`name_before_dates`: "إنريكو فيرمي ( 29 سبتمبر 1901 - 28 نوفمبر 1954 )", a lead's PER;
- :func:`team_by_nationality`: "المنتخب البرازيلي" is an ORG;
- :func:`ruler_before_dynasty`: "المتوكل العباسي" → "المتوكل";
- :func:`listed_persons`: "ابن سينا والبيروني" → two PER;
- :func:`epithet_in_name`: "علي الأكبر", "الجامع الأموي الكبير";
- :func:`scope_in_org`: "اتحاد كرة القدم العالمي";
- :func:`club_word_org`: "ريال بيتيس" is an ORG, whatever the tagger said;
- :func:`known_place_as_loc`: "كوريا الجنوبية" is a LOC, not an ORG;
- and a nationality read off a country the nisba table lacks ("النمساوي"), a company's name after
  "شركة" left untagged ("شركة نيكست"), a name after a title without a preposition read off it
  ("السلطان لاجين").

Session 8, from the history and football articles of folds B and C (the README of ``resources/ner``):

- :func:`country_alone`: an untagged country is a LOC ("مع الدانمارك");
- :func:`compound_name`: "عماد الدين زنكي", "عضد الدولة البويهي" are one PER;
- :func:`adjective_not_person`: "الضريح الحسيني" has no person; "المرقد الحسيني" is a LOC;
- :func:`particle_surname`: "دي ستيفانو" is a PER, not a MISC;
- :func:`reported_by_nisba`: "رواها السيوطي", "بحسب السيوطي": the historian is a PER;
- :func:`caliph_alone`: "امر المتوكل بهدم", "ثم جاء المنتصر": a caliph of ``caliph_names`` is a PER;
- :func:`genealogy_nisba`: "المختار بن أبي عبيد الثقفي" keeps its tribal nisba;
- :func:`org_chain_wiki`: "مؤسسة البرمجيات الحرة", "منظمة المعدات الرقمية" are ORGs;
- and the news back-off's place after a locative ("في النجف"), as
  :func:`.backoff.places_after_locative_wiki`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ...lang.ar import fold, load, words
from ...lang.schema import Record, Words
from ...text.tokenize import Token
from .bio import Tag, chunks
from .gazetteer import Gazetteer, norm_key
from .nouns import is_common_noun
from .orgs import _chains_to_orgs
from .persons import _name_like
from .rulewords import has_article, in_list, rule_words, stems

WIKI_RULES_FILE = "ner/wiki/rules.yaml"
WIKI_RULES_SCHEMA = Record({"place_heads": Words, "titles": Words, "occupations": Words, "peoples": Words,
                            "state_heads": Words, "realms": Words, "team_heads": Words, "place_institutions": Words,
                            "dynasty_adjectives": Words, "regnal_links": Words, "company_heads": Words,
                            "town_heads": Words, "directions": Words, "life_words": Words, "epithets": Words,
                            "org_scopes": Words, "club_words": Words, "shrine_heads": Words,
                            "reporting_words": Words, "caliph_names": Words,
                            "vague_org_heads": Words},
                           {"_about": str})


@cache
def _words(key: str) -> frozenset[str]:
    """The folded words of the list ``key`` of ``resources/ner/wiki/rules.yaml`` (without the article)."""
    return frozenset(fold(w) for w in load(WIKI_RULES_FILE, WIKI_RULES_SCHEMA)[key])


def place_heads() -> frozenset[str]:
    """Heads that AQMAR keeps inside a place's name ("جامع", "جزر", "بلاد"), folded."""
    return _words("place_heads")


def _in(tok: Token, words: frozenset[str]) -> bool:
    """Is ``tok`` one of ``words``, with a proclitic or the article too ("بجامع", "الجامع")?"""
    return tok.kind == "word" and any(
        form in words or (form.startswith("ال") and form[2:] in words) for form in stems(tok.norm))


#: Particles of an Arabic genealogical name, whose closing nisba is a surname ("أبو عمرو الكندي",
#: "المقداد بن الأسود الكندي"), folded.
_GENEALOGY = frozenset({"بن", "ابن", "بنت", "ابو", "ابي", "ابا", "ام", "ال"})


def _is_nisba(tok: Token, gaz: Gazetteer) -> bool:
    """Is ``tok`` a nationality adjective with the article, after a proclitic too ("والبرتغالي";
    not "كوري" of "ماري كوري")?"""
    return tok.kind == "word" and "ال" in tok.norm[:4] and any(
        form.startswith("ال") and (form in gaz.nisba or _country_nisba(form, gaz)) for form in stems(tok.norm))


def _country_nisba(word: str, gaz: Gazetteer) -> bool:
    """Is the folded ``word`` "ال" + X + "ي" where X, X + "ا", X + "يا" or "ال" + X is a country or
    a region of the gazetteer ("النمساوي" of "النمسا", "الياباني", "الأوروبي"), a nationality
    its nisba table lacks?"""
    if not (word.startswith("ال") and word.endswith("ي") and len(word) >= 6):
        return False
    stem = word[2:-1]
    forms: tuple[str, ...] = (stem, stem + "ا", stem + "يا", "ال" + stem)
    if stem.endswith("او"):  # "النمساوي" of "النمسا"
        forms += (stem[:-1], "ال" + stem[:-1])
    for form in forms:
        place = gaz.places.get(norm_key(form))
        if place is not None and place.kind in ("country", "region"):
            return True
    return False


def trim_nationality(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A PER, LOC or ORG that starts with a nationality adjective starts after it ("السعودي منصور
    البلوي" → "منصور البلوي", "الاسباني ريال مدريد" → "ريال مدريد"); a person's name that ends with
    one ends before it ("وجيمس شادويك البريطاني" → "وجيمس شادويك"), unless the name is an Arabic
    genealogy whose nisba is a surname ("أبو عمرو الكندي")."""
    for i, j, label in list(chunks(tags)):
        if label not in ("PER", "LOC", "ORG"):
            continue
        k = i
        while j - k > 1 and _is_nisba(toks[k], gaz):
            tags[k] = "O"
            k += 1
        if k > i:
            tags[k] = "B-" + label
        if label == "PER" and j - k > 1 and _is_nisba(toks[j - 1], gaz) and not any(
                norm_key(t.norm) in _GENEALOGY for t in toks[k:j - 1]):
            tags[j - 1] = "O"


def _place(form: str, gaz: Gazetteer) -> bool:
    return norm_key(form) in gaz.places


def split_listed_places(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """Inside a LOC, a word "و" + a known place starts another LOC ("المانيا وايطاليا" → "المانيا",
    "وايطاليا"); so does any "و" word of a LOC that opens with a known place ("كندا والكونغو")."""
    for i, j, label in list(chunks(tags)):
        if label != "LOC" or j - i < 2:
            continue
        opens = _place(toks[i].norm, gaz)
        for k in range(i + 1, j):
            word = toks[k].norm
            if toks[k].kind == "word" and word.startswith("و") and len(word) > 3 and (opens or _place(word[1:], gaz)):
                tags[k] = "B-LOC"


#: Most words :func:`complete_person` adds to a one-word name.
MAX_MORE = 2


def _surname_like(tok: Token, gaz: Gazetteer) -> bool:
    """A word that can continue a one-word name: name-like (:func:`.persons._name_like`), and a
    known name part or a word that neither starts with a proclitic letter nor ends with an object
    pronoun ("بمراقبة", "اغتصبها" are no surnames)."""
    word = norm_key(tok.norm)
    if not _name_like(tok, gaz) or word in gaz.nisba or word in rule_words().function_words_names:
        return False
    if word in gaz.person_parts:
        return True
    if word.endswith(_NOT_NAME_ENDINGS):
        return False
    # a first letter that may be a preposition is part of the name when the rest is no known word
    # ("بيبرس", "باباج", "بلانك"; not "بمراقبة")
    return word[0] not in _PROCLITIC_LETTERS or (word[0] in _PREPOSITIONS and len(word) >= 4 and not gaz.known(word[1:])
                                                  and word[1:] not in gaz.common)


#: Endings of a word that is no surname: object pronouns ("اغتصبها", "اعنتني") and the plural of a
#: nisba or participle ("منهيين"; not the "ين" of "حسين", "لاجين").
_NOT_NAME_ENDINGS = ("ها", "هم", "هما", "ني", "يين", "يون")


#: First letters of a word that carries a proclitic (و, ف, ب, ل, ك) or is an imperfect verb (ي, ت).
_PROCLITIC_LETTERS = frozenset("وفبلكيت")
#: Of those, the prepositions, which also start transliterated names ("بيبرس", "لافوازييه").
_PREPOSITIONS = frozenset("بلفك")


def complete_person(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A one-word PER followed by untagged surname-like words (:func:`_surname_like`) takes them,
    two at most: a transliterated full name of which the tagger knew only the given name ("اوتو
    هان", "رود فان نستلروي", "مامادو ديارا")."""
    n = len(toks)
    for i, j, label in list(chunks(tags)):
        if label != "PER" or j - i != 1 or "ال" in toks[i].norm[:4]:  # "الرازي" is a whole name
            continue
        k = j
        while k < n and k - j < MAX_MORE and tags[k] == "O" and _surname_like(toks[k], gaz):
            k += 1
        if k > j:
            tags[j:k] = ["I-PER"] * (k - j)


def town_not_club(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A one-word ORG that is a known place is a LOC: AQMAR tags a club named by its town as the
    town ("مع مانشستر", "لمانشستر": 375 one-word known places are LOC in its 21 articles, 7 ORG)."""
    for i, j, label in list(chunks(tags)):
        if label == "ORG" and j - i == 1 and toks[i].kind == "word" and any(
                norm_key(form) in gaz.places for form in stems(toks[i].norm)):
            tags[i] = "B-LOC"


def _place_head(tok: Token) -> bool:
    return _in(tok, place_heads())


def _after_preposition(tok: Token, gaz: Gazetteer) -> bool:
    """Does ``tok`` start with the preposition ب, ل or ك on a known word, not being a known place
    itself ("بدمشق", not "لندن", nor the transliterated "كينغز", "برنستون")?"""
    return (tok.norm[:1] in ("ب", "ل", "ك") and not tok.norm.startswith("ال") and not _place(tok.norm, gaz)
            and gaz.known(norm_key(tok.norm)[1:]))


def head_in_place(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An untagged head of :func:`place_heads` just before a LOC is part of it ("جزر" + "ماديرا",
    "بلاد" + "الشام", "مسجد" + "دمشق"), as AQMAR tags it; not a LOC after a preposition ("الجامع
    بدمشق": the mosque in Damascus)."""
    for i, _j, label in list(chunks(tags)):
        if (label == "LOC" and i > 0 and tags[i - 1] == "O" and _place_head(toks[i - 1])
                and not _after_preposition(toks[i], gaz)):
            tags[i - 1] = "B-LOC"
            tags[i] = "I-LOC"


def name_after_occupation(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A title ("الخليفة", "السلطان") opening or closing a PER is not part of it ("النبي يحيى" →
    "يحيى", "الوليد بن عبد الملك الخليفة" → "الوليد بن عبد الملك"); after a title with the article,
    or an occupation with the article and a nationality adjective ("العالم الألماني"; "العالم" alone
    is also "the world"), untagged name-like words are a person, one is enough ("العالم الألماني
    هيزنبرج", "السلطان قايتباي"), joined to a PER the tagger found after them."""
    titles, jobs = _words("titles"), _words("occupations")
    for i, j, label in list(chunks(tags)):
        if (label == "PER" and j - i > 2 and toks[i].kind == "word" and not has_article(toks[i].norm)
                and norm_key(toks[i].norm) in gaz.common and _in(toks[i + 1], titles)
                and has_article(toks[i + 1].norm)):  # "ولد النبي محمد": a verb before the title
            tags[i] = "O"
            i += 1
        if label == "PER" and j - i > 1 and _in(toks[i], titles):
            tags[i] = "O"
            tags[i + 1] = "B-PER"
            i += 1
        if (label == "PER" and j - i > 1 and _in(toks[j - 1], titles)  # "الوليد بن عبد الملك الخليفة"
                and norm_key(toks[j - 2].norm) not in _NAME_BEFORE_TITLE):  # not "عبد الملك", "عبد الأمير"
            tags[j - 1] = "O"
    n = len(toks)
    for t in range(n - 1):
        tok = toks[t]
        if tags[t] != "O" or not has_article(tok.norm):
            continue
        title = _in(tok, titles)
        if not (title or _in(tok, jobs)):
            continue
        k = t + 1
        while k < n and tags[k] == "O" and (_is_nisba(toks[k], gaz) or (title and _dynasty(toks[k]))):
            k += 1
        if not title and k == t + 1:  # "العالم" + a nationality: the scientist, not "كأس العالم"
            continue
        start = k
        # "الخليفة المتوكل"; not after a name the title describes ("الوليد بن عبد الملك الخليفة المصلح")
        if title and k < n and tags[k] == "O" and _regnal_name(toks[k], gaz) and not (
                t > 0 and tags[t - 1].endswith("PER")):
            k += 1
        while k < n and k - start < MAX_MORE + 1 and tags[k] == "O" and (
                _surname_like(toks[k], gaz) or (k > start and norm_key(toks[k].norm) in gaz.compound_tails)
                or (title and k == start and _lead_word(toks[k], gaz))):  # "السلطان لاجين": no "ل" read off
            k += 1  # a name, or the second word of a laqab ("سيف الدولة", "صلاح الدين")
        if k > start:
            tags[start:k] = ["B-PER"] + ["I-PER"] * (k - start - 1)
            if k < n and tags[k] == "B-PER":
                tags[k] = "I-PER"


def _people(tok: Token, gaz: Gazetteer) -> bool:
    """Is ``tok`` a people, a community or a dynasty named by a plural with the article: one of
    ``peoples`` ("اليهود", "للعرب"), or a plural nisba in -يون/-يين that the corpora show in names or
    whose singular is a nationality ("العثمانيين", "السويسريين"; not "الفيزيائيين")?"""
    if tok.kind != "word":
        return False
    if _in(tok, _words("peoples")):
        return True
    forms = [f for f in stems(tok.norm) if f.startswith("ال") and len(f) > 6 and f.endswith(("يين", "يون"))]
    # a plural nisba the corpora show in names ("العثمانيين"), or of a known nationality ("السويسريين");
    # not a plural adjective or occupation ("الرسميين", "الفيزيائيين")
    return any(f in gaz.entity_words or f in gaz.person_parts or f[2:-2] in gaz.nisba for f in forms)


def peoples_as_persons(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A people named by a plural (:func:`_people`) is a PER, as AQMAR tags it ("دخل المسلمون الى
    دمشق", "في عهد السلوقيين والرومان"), untagged or a one-word MISC; not an adjective right after
    a person's name ("فرناندو غاغو الارجنتينيين")."""
    n = len(toks)
    for k in range(n):
        if tags[k] == "O" or (tags[k] == "B-MISC" and (k + 1 == n or tags[k + 1] != "I-MISC")):
            after_name = k > 0 and tags[k - 1].endswith("PER") and not toks[k].norm.startswith("و")
            if not after_name and _people(toks[k], gaz):
                tags[k] = "B-PER"


@cache
def _realms() -> frozenset[tuple[str, str]]:
    """The two-word realms of ``realms`` ("العالم الإسلامي"), as pairs of folded words."""
    out = set()
    for phrase in load(WIKI_RULES_FILE, WIKI_RULES_SCHEMA)["realms"]:
        first, second = phrase.split()
        out.add((fold(first), fold(second)))
    return frozenset(out)


def states_as_places(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """Two untagged words that name a state, a state head and an adjective in -ية with the article
    ("الدولة الأموية", "الدولة الإسلامية"), or a realm ("العالم الإسلامي"), are a LOC, as AQMAR tags
    them."""
    heads, realms = _words("state_heads"), _realms()
    for k in range(len(toks) - 1):
        if tags[k] != "O" or tags[k + 1] != "O" or toks[k].kind != "word" or toks[k + 1].kind != "word":
            continue
        adj = fold(toks[k + 1].norm)
        state = _in(toks[k], heads) and adj.startswith("ال") and adj.endswith("يه") and len(adj) > 5
        if state or any((form, adj) in realms for form in stems(toks[k].norm)):
            tags[k:k + 2] = ["B-LOC", "I-LOC"]


def team_head_in_org(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An untagged team head ("نادي", "فريق", "منتخب") just before an ORG, or before a LOC that the
    team is named after, is part of the team's ORG ("نادي" + "مانشستر يونايتد", "منتخب" +
    "كازاخستان"), as AQMAR tags it."""
    heads = _words("team_heads")
    for i, j, label in list(chunks(tags)):
        if label in ("ORG", "LOC") and i > 0 and tags[i - 1] == "O" and _in(toks[i - 1], heads) and not (
                label == "LOC" and _after_preposition(toks[i], gaz)):
            tags[i - 1:j] = ["B-ORG"] + ["I-ORG"] * (j - i)


def institution_as_place(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An ORG that opens with an institution AQMAR tags as a place ("جامعة روما") is a LOC; so is an
    untagged institution head and the name the tagger found right after it, whatever its label
    ("معهد" + MISC "ماساتشوستس للتقنية", "كلية" + ORG "ترينيتي", "جامعة" + PER "براون"), with its field
    after the name ("معهد ماساتشوستس" + "للتقنية"); not a LOC after a preposition ("جامعة" + "بدمشق": a
    university in Damascus)."""
    heads = _words("place_institutions")
    n = len(toks)
    for i, j, label in list(chunks(tags)):
        if label == "ORG" and j - i > 1 and _in(toks[i], heads):
            tags[i:j] = ["B-LOC"] + ["I-LOC"] * (j - i - 1)
        elif (i > 0 and tags[i - 1] == "O" and _in(toks[i - 1], heads) and toks[i].kind in ("word", "foreign")
              and not _after_preposition(toks[i], gaz)):
            i -= 1
            tags[i:j] = ["B-LOC"] + ["I-LOC"] * (j - i - 1)
        else:
            continue
        # its field with لل after the name: "معهد ماساتشوستس للتقنية", "جامعة الملك عبد الله للعلوم"
        if j < n and tags[j] == "O" and toks[j].kind == "word" and toks[j].norm.startswith("لل"):
            tags[j] = "I-LOC"


#: Words before a title that make it part of a name ("عبد الملك", "عبد الأمير"), folded.
_NAME_BEFORE_TITLE = frozenset({"عبد", "وعبد", "لعبد", "بعبد", "ابو", "ابي"})


def _dynasty(tok: Token) -> bool:
    """Is ``tok`` a dynasty's adjective of ``dynasty_adjectives`` ("العباسي", "الفاطمي")?"""
    return tok.kind == "word" and fold(tok.norm) in _words("dynasty_adjectives")


def _regnal_name(tok: Token, gaz: Gazetteer) -> bool:
    """A ruler's name with the article after a title ("الخليفة المتوكل", "السلطان الظاهر"): a word
    with the article, no proclitic, that the corpora do not show as a common word, a nationality, a
    place, a people, a title or a dynasty's adjective."""
    if tok.kind != "word":
        return False
    word = norm_key(tok.norm)
    return (word.startswith("ال") and len(word) >= 5 and word not in gaz.common and word not in gaz.nisba
            and word not in gaz.places and not _dynasty(tok) and not _people(tok, gaz)
            and not _in(tok, _words("titles")) and not _in(tok, _words("occupations"))
            and word[2:] not in gaz.common)


def dynasty_out_of_person(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A dynasty's adjective (``dynasty_adjectives``) opening or closing a PER is not part of it
    ("المأمون العباسي" → "المأمون", "الفاطمي العزيز بالله" → "العزيز بالله"), as AQMAR tags it."""
    for i, j, label in list(chunks(tags)):
        if label != "PER" or j - i < 2:
            continue
        if _dynasty(toks[j - 1]):
            tags[j - 1] = "O"
            j -= 1
        if j - i > 1 and _dynasty(toks[i]):
            tags[i] = "O"
            tags[i + 1] = "B-PER"


def regnal_name(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A caliph's regnal name keeps its second part ("المعتضد بالله", "الحاكم بأمر الله", "المعز
    لدين الله"): after a PER, or after a word with the article that starts with "الم" (the
    participles of those names: "المستنصر", "المتوكل"), "بالله" or a link of ``regnal_links`` +
    "الله" joins the PER, as AQMAR tags it."""
    links = _words("regnal_links")
    n = len(toks)
    for k in range(n - 1):
        nxt = norm_key(toks[k + 1].norm)
        if nxt == "بالله":
            end = k + 2
        elif nxt in links and k + 2 < n and norm_key(toks[k + 2].norm) == "الله":
            end = k + 3
        else:
            continue
        if tags[k] == "O":
            if not any(f.startswith("الم") and len(f) >= 6 and f not in gaz.common for f in stems(toks[k].norm)):
                continue
            tags[k] = "B-PER"
        elif not tags[k].endswith("PER"):
            continue
        tags[k + 1:end] = ["I-PER"] * (end - k - 1)
        if end < n and tags[end].startswith("I-"):
            tags[end] = "B-" + tags[end][2:]


#: Particles of a genealogy ("son of", "father of"), folded: a name goes on after them.
_SON = frozenset({"بن", "ابن", "بنت"})
_KUNYA = frozenset({"ابو", "ابي", "ابا", "ام"})


def _chain_word(tok: Token) -> bool:
    """A word that can stand next to "بن" in a genealogy: a word, no function word, no digit."""
    if tok.kind != "word":
        return False
    word = norm_key(tok.norm)
    return len(word) >= 2 and word not in rule_words().function_words and word not in _SON


def _given_name(tok: Token, gaz: Gazetteer) -> bool:
    """A word that can be the name before "بن": a known name part, or no common word ("المختار";
    not "ولاية")."""
    word = norm_key(tok.norm)
    return word in gaz.person_parts or word not in gaz.common


def genealogy_chain(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A genealogy is one PER, as AQMAR tags it:

    - a PER that starts with "بن" takes the name before it (:func:`_given_name`: "المختار" + "بن أبي
      عبيد"; not before "ابن", which starts a name: "ابن سينا");
    - an untagged "بن" joins the PER before it to the PER or name after it ("عمر" + "بن" + "الخطاب");
    - a PER that ends with "بن" or "أبي" takes the word after it ("ابن أبي" + "أصيبعة");
    - a kunya of two words and the PER right after it are one ("أبو بكر" + "محمد بن زكريا الرازي").
    """
    n = len(toks)
    for _ in range(3):
        changed = False
        for i, j, label in list(chunks(tags)):
            if label != "PER":
                continue
            if (norm_key(toks[i].norm) == "بن" and i > 0 and tags[i - 1] == "O" and _chain_word(toks[i - 1])
                    and _given_name(toks[i - 1], gaz)):  # not "ابن سينا": "ابن" starts a name
                tags[i - 1], tags[i] = "B-PER", "I-PER"
                changed = True
            last = norm_key(toks[j - 1].norm)
            if j < n and j - i > 1 and (last in _SON or last in _KUNYA) and tags[j] in ("O", "B-PER") \
                    and _chain_word(toks[j]):
                tags[j] = "I-PER"
                changed = True
            elif (j + 1 < n and tags[j] == "O" and norm_key(toks[j].norm) in _SON and _chain_word(toks[j + 1])
                  and tags[j + 1] in ("O", "B-PER")):
                tags[j] = tags[j + 1] = "I-PER"
                changed = True
            elif (j < n and tags[j] == "B-PER" and j - i == 2 and norm_key(toks[i].norm) in _KUNYA):
                tags[j] = "I-PER"
                changed = True
        if not changed:
            break


def coordinated_persons(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """Inside a PER, a word with "و" whose rest is a name starts another person ("قطز والظاهر
    بيبرس", "أرسطو وبطليموس", "روي كوستا وباوليتا"), as AQMAR tags them; not a name that starts
    with و ("وليد"), nor after "بن", "أبو" or "عبد"."""
    for i, j, label in list(chunks(tags)):
        if label != "PER" or j - i < 2:
            continue
        for k in range(i + 1, j):
            word = norm_key(toks[k].norm)
            prev = norm_key(toks[k - 1].norm)
            if (toks[k].kind == "word" and word.startswith("و") and len(word) > 3 and word not in gaz.person_parts
                    and prev not in _SON and prev not in _KUNYA and prev not in _NAME_BEFORE_TITLE
                    and (word[1:] in gaz.person_parts or word[1:] not in gaz.common)):
                tags[k] = "B-PER"


def person_in_place(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An untagged head of :func:`place_heads` just before a PER names a building after a person:
    the two are one LOC ("جامع" + "ابن طولون", "مسجد" + "عمرو بن العاص"), as AQMAR tags them."""
    for i, j, label in list(chunks(tags)):
        if label == "PER" and i > 0 and tags[i - 1] == "O" and _place_head(toks[i - 1]):
            tags[i - 1:j] = ["B-LOC"] + ["I-LOC"] * (j - i)


def people_alone(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A PER that opens with a people (:func:`_people`) is that people alone ("الحمدانيون حلب" →
    "الحمدانيون" + LOC "حلب", "البيزنطيون الفرس" → two peoples, "الأمويين يحكمون" → "الأمويين"): the
    word after it is a people, a known place, or nothing.  A people closing a name of two words or
    more is a PER of its own ("قاد الظاهر بيبرس المماليك")."""
    for i, j, label in list(chunks(tags)):
        if label == "PER" and j - i > 2 and _people(toks[j - 1], gaz) and not _people(toks[i], gaz):
            tags[j - 1] = "B-PER"  # "الظاهر بيبرس" + "المماليك": the object after a name
            continue
        if label != "PER" or j - i < 2 or not _people(toks[i], gaz):
            continue
        nxt = toks[i + 1]
        if _people(nxt, gaz):
            tags[i + 1] = "B-PER"
        elif nxt.kind == "word" and any(norm_key(f) in gaz.places for f in stems(nxt.norm)):
            tags[i + 1:j] = ["B-LOC"] + ["I-LOC"] * (j - i - 2)
        else:
            tags[i + 1:j] = ["O"] * (j - i - 1)


def _prepositional_phrase(tok: Token, gaz: Gazetteer) -> bool:
    """Is ``tok`` a preposition ب or ل on a common word ("بست", "بميداليتين", "بسباقي", "بلقب"),
    not a known name part ("بلانك")?"""
    word = norm_key(tok.norm)
    if tok.kind != "word" or word[:1] not in ("ب", "ل") or word in gaz.person_parts or len(word) < 3:
        return False
    rest = word[1:]
    forms = {word, rest} | ({rest[:-1]} if rest.endswith("ي") else set())  # "سباقي": the two races of
    return any(f in gaz.common for f in forms) and not gaz.known(rest)


def person_before_preposition(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A person's name does not end with a preposition and a common word ("مايكل فيلبس بست
    ميداليات" → "مايكل فيلبس", "نيكولاس ماسو بميداليتين"): Wikipedia's sports results put what
    the athlete won right after the name."""
    for i, j, label in list(chunks(tags)):
        if label == "PER" and j - i > 1 and _prepositional_phrase(toks[j - 1], gaz):
            tags[j - 1] = "O"


def ordinal_in_person(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A regnal ordinal after a PER is part of it, with or without a title before the name ("فيليب
    الثاني", "لويس السابع", "ألفونسو الثالث عشر"), as AQMAR tags it (5 times of 5); not "الأول من"
    ("the first of").  A name with و and an ordinal right after such a PER is a second monarch
    ("لويس السابع وكونراد الثالث")."""
    ordinals = gaz.triggers.get("regnal_ordinal", frozenset())
    n = len(toks)
    _join_ordinals(toks, tags, ordinals)
    second = False
    for k in range(1, n - 1):  # "لويس السابع" + "وكونراد" + "الثالث": a second monarch after و
        word = norm_key(toks[k].norm)
        if (tags[k] == "O" and tags[k - 1].endswith("PER") and word.startswith("و") and len(word) > 3
                and tags[k + 1] == "O" and fold(toks[k + 1].norm) in ordinals and _name_like(toks[k], gaz)):
            tags[k] = "B-PER"
            second = True
    if second:
        _join_ordinals(toks, tags, ordinals)


def _join_ordinals(toks: Sequence[Token], tags: list[Tag], ordinals: frozenset[str]) -> None:
    n = len(toks)
    for _i, j, label in list(chunks(tags)):
        if label != "PER" or j >= n or tags[j] != "O" or fold(toks[j].norm) not in ordinals:
            continue
        end = j + 1
        if end < n and tags[end] == "O" and fold(toks[end].norm) == "عشر":
            end += 1
        if end < n and fold(toks[end].norm) == "من":
            continue
        tags[j:end] = ["I-PER"] * (end - j)


def _agreeing(tok: Token, gaz: Gazetteer) -> bool:
    """Is ``tok`` an adjective that agrees with a feminine head ("شركة ناشئة", "قبة شاهقة"): a word in
    ة that is no known name part or place, or a nationality?"""
    word = norm_key(tok.norm)
    return word in gaz.nisba or (word.endswith("ه") and word not in gaz.person_parts and word not in gaz.places)


def company_name(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A name in Arabic letters right after "شركة" (a quotation mark between them too) that the
    tagger read as a MISC or a PER is the company, an ORG without its head ("شركة وستنغهاوس",
    "شركة " مايكروسوفت ""), as AQMAR tags it; a name in Latin letters stays MISC, as AQMAR tags
    it ("شركة General Electric").  Session 6: so are one or two untagged name-like words after the
    head without the article (:func:`_surname_like`: "شركة أبل"; not "شركة كبرى", "الشركة")."""
    heads = _words("company_heads")
    for i, j, label in list(chunks(tags)):
        if label not in ("MISC", "PER") or toks[i].kind != "word":
            continue
        h = i - 1
        if h > 0 and toks[h].kind == "punct" and toks[h].text in ('"', "«", "“"):
            h -= 1
        if h >= 0 and tags[h] == "O" and _in(toks[h], heads):
            tags[i:j] = ["B-ORG"] + ["I-ORG"] * (j - i - 1)
    # session 6: an untagged name-like word after the head is the company too ("شركة أبل")
    n = len(toks)
    for h in range(n - 1):
        k = h + 2 if toks[h + 1].kind == "punct" and toks[h + 1].text in ('"', "«", "“") else h + 1
        if (k < n and tags[h] == "O" and tags[k] == "O" and _in(toks[h], heads) and not has_article(toks[h].norm)
                and toks[k].kind == "word" and _surname_like(toks[k], gaz) and not _agreeing(toks[k], gaz)):
            end = k + 1
            if end < n and tags[end] == "O" and toks[end].kind == "word" and _surname_like(toks[end], gaz) \
                    and not _agreeing(toks[end], gaz):
                end += 1
            tags[k:end] = ["B-ORG"] + ["I-ORG"] * (end - k - 1)


#: The sports after "لكرة"/"للكرة" ("لكرة القدم", "لكرة السلة"), folded.
_SPORTS = frozenset({"القدم", "السله", "اليد", "الطائره", "الماء"})


def _sport_at(toks: Sequence[Token], k: int) -> int:
    """The end of "لكرة القدم" (or another ball game) starting at ``k``, or ``k`` if there is none."""
    if k + 1 < len(toks) and norm_key(toks[k].norm) in ("لكره", "للكره") and norm_key(toks[k + 1].norm) in _SPORTS:
        return k + 2
    return k


def sport_in_federation(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A federation keeps its sport ("الاتحاد الإسباني" + "لكرة القدم", "اتحاد شيفيلد لكرة القدم":
    inside the ORG 11 times of 15 in AQMAR's 21 articles); a national team does not ("منتخب مصر
    لكرة القدم" → "منتخب مصر": outside 17 times of 17)."""
    heads = _words("team_heads")
    n = len(toks)
    for i, j, label in list(chunks(tags)):
        if label != "ORG":
            continue
        first = toks[i]
        if any(f.endswith("اتحاد") for f in stems(first.norm)) and j < n and tags[j] == "O":
            end = _sport_at(toks, j)
            if end > j:
                tags[j:end] = ["I-ORG"] * (end - j)
        elif _in(first, heads) and j - i > 3 and _sport_at(toks, j - 2) == j:
            tags[j - 2:j] = ["O", "O"]


# Session 6: families of Wikipedia prose, checked on fold A (never read) and written from folds B and C.


def _is(tok: Token, key: str) -> bool:
    """Is ``tok`` a word of the list ``key``, after a proclitic ("وشمال", "بمدينة")?"""
    return tok.kind == "word" and _in(tok, _words(key))


def town_head_out(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A town's head ("مدينة", "بلدة", "قرية", "العاصمة") opening a LOC is not part of it ("مدينة
    الري" → "الري", "بمدينة البصرة" → "البصرة"), as AQMAR tags it (28 times of 30 in folds B and C;
    the two others are "مدينة ريال مدريد الرياضية", a sports complex)."""
    heads = _words("town_heads")
    for i, j, label in list(chunks(tags)):
        # with the article only as listed ("العاصمة"; "المدينة المنورة" is Medina)
        if label == "LOC" and j - i > 1 and toks[i].kind == "word" and any(
                form in heads and (form.startswith("ال") or not has_article(toks[i].norm))
                for form in stems(toks[i].norm)):
            tags[i] = "O"
            tags[i + 1] = "B-LOC"


def direction_in_place(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An untagged point of the compass ("شمال", "جنوبي", "شرق") right before a LOC is part of it
    ("شمال إيطاليا", "جنوب شرق آسيا", "غرب أوكلاند"), as AQMAR tags it (13 times of 14 in folds B
    and C)."""
    for i, _j, label in list(chunks(tags)):
        if label != "LOC":
            continue
        k = i
        while k > 0 and tags[k - 1] == "O" and _is(toks[k - 1], "directions") and i - k < 2:
            k -= 1
        if k < i:
            tags[k:i + 1] = ["B-LOC"] + ["I-LOC"] * (i - k)


def _building_name(tok: Token, gaz: Gazetteer) -> bool:
    """A word that names a building after its head: a name-like word ("تشيرمارتين") or a word with
    the article, no proclitic, that the corpora do not show as a common word, a nationality or a
    people ("النسر", "الصخرة"; not "المال", "الوضوء", "القبلة")."""
    if tok.kind != "word":
        return False
    word = norm_key(tok.norm)
    if word.startswith("ال"):
        return (len(word) >= 5 and word not in gaz.common and word[2:] not in gaz.common and word not in gaz.nisba
                and not _people(tok, gaz) and not _dynasty(tok))
    # an adjective agreeing with the head is no name ("قبة شاهقة", "قبة صغيرة")
    return _surname_like(tok, gaz) and not _agreeing(tok, gaz)


def named_building(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An untagged head of :func:`place_heads` without the article and the untagged name right after
    it (:func:`_building_name`) are one LOC ("قبة النسر", "ملعب تشيرمارتين", "معبد زفس"), as AQMAR
    tags them."""
    n = len(toks)
    for k in range(n - 1):
        if (tags[k] == "O" and tags[k + 1] == "O" and _place_head(toks[k]) and not has_article(toks[k].norm)
                and _building_name(toks[k + 1], gaz)):
            tags[k:k + 2] = ["B-LOC", "I-LOC"]
            if k + 2 < n and tags[k + 2].startswith("I-"):
                tags[k + 2] = "B-" + tags[k + 2][2:]


def _life_dates(toks: Sequence[Token], p: int) -> int:
    """What the brackets opening at ``p`` say of a life: 2 for a full date and a dash ("( 29 سبتمبر
    1901 - …": a number, a word and a number; a full date alone is also a release's, "( 24 يناير 1984
    )") or a word of birth or death and a year ("( مواليد 1953 )",
    "( توفي في 372 هـ )"); 1 for two years and a dash ("( 858 - 929 )", which a product's or a
    network's years also are); 0 otherwise."""
    dash = year = life = full = False
    end = min(len(toks), p + 14)
    for k in range(p + 1, end):
        tok = toks[k]
        if tok.text in (")", "("):
            break
        if tok.kind == "number" and tok.norm.isdigit() and len(tok.norm) <= 4:
            year = year or len(tok.norm) >= 2
            full = full or (k + 2 < end and toks[k + 1].kind == "word" and toks[k + 2].kind == "number")
        elif tok.kind == "punct" and tok.text in ("-", "–", "—") and year:
            dash = True
        elif k == p + 1 and _is(tok, "life_words"):
            life = True
    if year and (life or (full and dash)):
        return 2
    return 1 if year and dash else 0


def _lead_word(tok: Token, gaz: Gazetteer) -> bool:
    """A word of the name that brackets of dates follow: a surname (:func:`_surname_like`), or a
    name-like word that starts with a proclitic's letter ("فيرمي", "بلانك": before the dates no
    preposition is read off), no nationality, no pronoun ending."""
    word = norm_key(tok.norm)
    return _surname_like(tok, gaz) or (
        _name_like(tok, gaz) and word not in gaz.nisba and word not in rule_words().function_words_names
        and not word.endswith(_NOT_NAME_ENDINGS))


def name_before_dates(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """Untagged name-like words right before brackets that hold a life's dates (:func:`_life_dates`)
    are a person, as Wikipedia introduces one ("إنريكو فيرمي ( 29 سبتمبر 1901 - 28 نوفمبر 1954 )",
    "ديمتري مندليف ( 1834 - 1907 )", "البتاني ( 858 - 929 )"): three words at most, each name-like
    (:func:`_lead_word`), or one word with the article that the corpora do not show as a common word
    ("البتاني"); before two bare years (a network's or a product's too: "أربانت ( 1969 - 1990 )"),
    two name-like words or that word with the article.  A PER the tagger found just before them
    takes them."""
    for p in range(1, len(toks)):
        if toks[p].text != "(" or tags[p - 1] != "O":
            continue
        life = _life_dates(toks, p)
        if not life:
            continue
        k = p
        while k > 0 and p - k < MAX_MORE + 1 and tags[k - 1] == "O" and _lead_word(toks[k - 1], gaz):
            k -= 1
        if k == p and _regnal_name(toks[p - 1], gaz) and not _is(toks[p - 1], "life_words"):
            k = p - 1
        elif k == p - 1 and life < 2 and not (k > 0 and tags[k - 1].endswith("PER")):
            continue
        if k == p or (k > 0 and tags[k - 1] == "O" and toks[k - 1].kind != "punct"):
            continue
        if k > 0 and tags[k - 1].endswith("PER"):
            tags[k:p] = ["I-PER"] * (p - k)
        else:
            tags[k:p] = ["B-PER"] + ["I-PER"] * (p - k - 1)


def _regional_nisba(tok: Token, gaz: Gazetteer) -> bool:
    """A nationality adjective with the article, without a proclitic: a nisba of the gazetteer
    ("البرازيلي") or of a country (:func:`_country_nisba`: "النمساوي")."""
    if tok.kind != "word":
        return False
    word = norm_key(tok.norm)
    return word in gaz.nisba or _country_nisba(word, gaz)


def team_by_nationality(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A team head with the article and a nationality or a region's adjective (:func:`_regional_nisba`)
    are the team, one ORG ("المنتخب البرازيلي", "الفريق البافاري", "للمنتخب الإيطالي"), as AQMAR
    tags them (after "المنتخب" 17 times of 17 in folds B and C), whatever the tagger made of them."""
    heads = _words("team_heads")
    n = len(toks)
    for k in range(n - 1):
        if (tags[k] == "O" and toks[k].kind == "word" and has_article(toks[k].norm) and _in(toks[k], heads)
                and tags[k + 1] in ("O", "B-PER", "B-MISC", "B-LOC")
                and (k + 2 >= n or not tags[k + 2].startswith("I-")) and _regional_nisba(toks[k + 1], gaz)):
            tags[k:k + 2] = ["B-ORG", "I-ORG"]


def ruler_before_dynasty(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A caliph's regnal name, a participle with the article ("الم…", :func:`_regnal_name`: "المتوكل",
    "المسترشد", "المستنصر"), right before a dynasty's adjective is a PER without the adjective
    ("المتوكل العباسي" → "المتوكل"), where the tagger left the name untagged, or took the adjective
    alone for the person; not a noun the adjective agrees with ("الفسيفساء الأموي")."""
    n = len(toks)
    for k in range(n - 1):
        if tags[k] == "O" and _dynasty(toks[k + 1]) and tags[k + 1] in ("O", "B-PER") and (
                k + 2 >= n or not tags[k + 2].startswith("I-")) and norm_key(toks[k].norm).startswith("الم") \
                and _regnal_name(toks[k], gaz):
            tags[k], tags[k + 1] = "B-PER", "O"


def _scholar(tok: Token, gaz: Gazetteer) -> bool:
    """A one-word name with the article after "و" in a list of persons: a nisba ending in "ي" that the
    corpora do not show as a common word, a nationality or a place ("والبيروني", "و التميمي")."""
    if tok.kind != "word":
        return False
    word = norm_key(tok.norm)
    if word.startswith("و") and not word.startswith("ال"):
        word = word[1:]
    return (word.startswith("ال") and word.endswith("ي") and len(word) >= 6 and word not in gaz.common
            and word not in gaz.nisba and not _regional_nisba(tok, gaz) and not _dynasty(tok))


def listed_persons(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """In a list of persons joined by "و" ("ابن سينا والبيروني", "الرازي و ابن الجزار و التميمي"), an
    untagged one-word nisba name (:func:`_scholar`) right after a PER and "و" is a PER too."""
    n = len(toks)
    for k in range(1, n):
        if tags[k] != "O" or not _scholar(toks[k], gaz):
            continue
        word = norm_key(toks[k].norm)
        if word.startswith("و") and tags[k - 1].endswith("PER"):
            tags[k] = "B-PER"
        elif k > 1 and norm_key(toks[k - 1].norm) == "و" and tags[k - 2].endswith("PER"):
            tags[k] = "B-PER"


def epithet_in_name(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An epithet of ``epithets`` ("الكبير", "الأصغر", "العظمى") right after a PER or a LOC is part of
    its name ("علي الأكبر", "الداعي الصغير", "الجامع الأموي الكبير", "بريطانيا العظمى"), as AQMAR
    tags it (12 times of 12 in folds B and C)."""
    epithets = _words("epithets")
    n = len(toks)
    for _i, j, label in list(chunks(tags)):
        if label in ("PER", "LOC") and j < n and tags[j] == "O" and toks[j].kind == "word" \
                and norm_key(toks[j].norm) in epithets:
            tags[j] = "I-" + label


def scope_in_org(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """"الدولي" or "العالمي" (and their feminines) right after an ORG is part of its name ("اتحاد كرة
    القدم العالمي", "اللجنة الأولمبية الدولية"), as AQMAR tags it (10 times of 10 after an ORG in
    folds B and C); a nationality stays outside ("نادي ريال مدريد الإسباني")."""
    scopes = _words("org_scopes")
    n = len(toks)
    for _i, j, label in list(chunks(tags)):
        if label == "ORG" and j < n and tags[j] == "O" and toks[j].kind == "word" and norm_key(toks[j].norm) in scopes:
            tags[j] = "I-ORG"


def _club_word(tok: Token) -> bool:
    """Is ``tok`` a word of ``club_words`` ("ريال", "سبورتنغ", "يونايتد"), after a proclitic, without
    the article ("الريال" is the nickname, which AQMAR leaves untagged)?"""
    return tok.kind == "word" and not has_article(tok.norm) and any(
        form in _words("club_words") for form in stems(tok.norm))


def club_word_org(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A name of four words at most with a word that only clubs' names have (``club_words``: "ريال
    بيتيس", "سبورتنغ لشبونة", "بولتون واندررز") is an ORG, whatever label the tagger gave it, as AQMAR
    tags it (71 times of 74 in folds B and C; the others are "مدينة ريال مدريد الرياضية", a sports
    complex); an untagged club word and the name-like word or place after it are one ORG."""
    n = len(toks)
    for i, j, label in list(chunks(tags)):
        if label in ("PER", "LOC", "MISC") and j - i <= 4 and any(_club_word(t) for t in toks[i:j]):
            tags[i:j] = ["B-ORG"] + ["I-ORG"] * (j - i - 1)
    for k in range(n - 1):
        nxt = toks[k + 1]
        if tags[k] == "O" and tags[k + 1] in ("O", "B-LOC", "B-PER") and _club_word(toks[k]) and (
                k + 2 >= n or not tags[k + 2].startswith("I-")) and (
                _surname_like(nxt, gaz) or any(norm_key(f) in gaz.places for f in stems(nxt.norm))):
            tags[k:k + 2] = ["B-ORG", "I-ORG"]


def _country(words: Sequence[Token], gaz: Gazetteer) -> bool:
    """Are ``words`` together a country or a region of the gazetteer, after a proclitic on the first
    ("لليابان", "كوريا الجنوبية", "وإسبانيا")?  Not a city: the gazetteer's cities include
    transliterations that are persons' names too ("لاجين")."""
    if not words or any(t.kind != "word" for t in words):
        return False
    rest = " ".join(norm_key(t.norm) for t in words[1:])
    for form in stems(words[0].norm):
        place = gaz.places.get(norm_key(" ".join(filter(None, (form, rest)))))
        if place is not None and place.kind in ("country", "region"):
            return True
    return False


def known_place_as_loc(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A PER or a MISC of one or two words that is a country or a region (:func:`_country`: "لليابان",
    "وإسبانيا") is a LOC, and so is an ORG of two words that is one ("كوريا الجنوبية"): AQMAR tags a
    country as a LOC where it is a team too ("فازت على كوريا الجنوبية")."""
    for i, j, label in list(chunks(tags)):
        if j - i > 2 or label == "LOC" or (label == "ORG" and j - i < 2):
            continue
        if _country(toks[i:j], gaz) and (label != "ORG" or not _in(toks[i], _words("team_heads"))):
            tags[i:j] = ["B-LOC"] + ["I-LOC"] * (j - i - 1)


def country_alone(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An untagged word that is a country, after a proclitic too ("مع الدانمارك", "وليشتنشتاين"), is a
    LOC: the wiki tagger leaves countries out in a team's or a war's context; not a word the training
    corpora mostly show as an ordinary word, nor a head or trigger word."""
    for i, tok in enumerate(toks):
        if tags[i] != "O" or tok.kind != "word":
            continue
        split = gaz.place_split(tok.norm)
        if split is None:
            continue
        form = fold(split.lemma_forms[0])
        place = gaz.place(form)
        if place is not None and place.kind == "country" and form not in gaz.common \
                and not is_common_noun(fold(tok.norm)):
            tags[i] = "B-LOC"


#: Second halves of a laqab ("صلاح الدين", "عضد الدولة", "سيف الإسلام"), folded; "الله" and "الرحمن"
#: are left to the theophoric names ("جند الله" is a group).
_LAQAB_TAILS = frozenset({"الدين", "الدوله", "الاسلام"})


def compound_name(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A compound given name of the laqab kind is a PER with the name-like words after it: "عماد الدين
    زنكي", "حسام الدين لاجين", "عضد الدولة البويهي"; its first half from the shared list of
    ``ar_words.yaml`` (``compound_names``), written bare or with و ("وعضد الدولة")."""
    heads = words.compound_name_heads()
    n = len(toks)
    i = 0
    while i < n - 1:
        head = norm_key(toks[i].norm) if toks[i].kind == "word" else ""
        if head[:1] == "و" and head[1:] in heads:
            head = head[1:]
        # "محافظة صلاح الدين", "كتائب عز الدين القسام": a place's or a group's name
        named = i > 0 and (gaz.is_loc_head(toks[i - 1].norm) or tags[i - 1][2:] in ("LOC", "ORG"))
        if head not in heads or norm_key(toks[i + 1].norm) not in _LAQAB_TAILS or named \
                or tags[i + 1] not in ("O", "I-PER", "B-PER") or tags[i] not in ("O", "B-PER"):
            i += 1
            continue
        k = i + 2
        if tags[i] == "O" or tags[i + 1] != "I-PER":  # the tagger missed it, or cut it after the head
            tags[i], tags[i + 1] = "B-PER", "I-PER"
        while k < n and k - i - 2 < MAX_MORE and tags[k] == "O" and (
                _surname_like(toks[k], gaz)
                or (k == i + 2 and (_family_nisba(toks[k], gaz) or _laqab_name(toks[k], gaz)))):
            tags[k] = "I-PER"
            k += 1
        i = k


def _laqab_name(tok: Token, gaz: Gazetteer) -> bool:
    """After a laqab, a name-like word is the person's name even where it could carry a preposition
    ("حسام الدين لاجين": not ل + "اجين"), unless it is a preposition on an ordinary word ("صلاح الدين
    بترميم")."""
    word = norm_key(tok.norm)
    return _name_like(tok, gaz) and not (word[:1] in _PREPOSITIONS and word[1:] in gaz.common)


def _family_nisba(tok: Token, gaz: Gazetteer) -> bool:
    """A nisba with the article that names a family or a dynasty, not a country ("الحمداني",
    "الأيوبي", "البويهي"; not "المصري"), and no ordinary word ("الكبير")."""
    word = norm_key(tok.norm)
    return (tok.kind == "word" and word.startswith("ال") and word.endswith("ي") and len(word) >= 6
            and word not in gaz.common and not _is_nisba(tok, gaz))


def adjective_not_person(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A one-word PER that is a definite nisba adjective right after an untagged definite noun
    describes that noun ("الضريح الحسيني", "مصباح التفريغ الغازي"): no person; after a shrine's head
    (``shrine_heads``) head and adjective are the shrine's name, a LOC ("المرقد الحسيني", "بالحرم
    الحسيني").  Not after a title or an occupation ("الخليفة المعتضدي", "العالم الرازي"), nor a nisba
    that is a name part ("الشريف")."""
    titles, jobs = _words("titles"), _words("occupations")
    for i, j, label in list(chunks(tags)):
        if label != "PER" or j - i != 1 or i == 0 or tags[i - 1] != "O":
            continue
        word, prev = norm_key(toks[i].norm), toks[i - 1]
        if not (word.startswith("ال") and word.endswith(("ي", "يه"))) or word in gaz.person_parts:
            continue
        if prev.kind != "word" or not has_article(prev.norm) or _in(prev, titles) or _in(prev, jobs) \
                or norm_key(prev.norm) in gaz.person_parts:
            continue
        if _in(prev, _words("shrine_heads")):  # "المرقد الحسيني", "بالحرم الحسيني": the shrine's name
            tags[i - 1], tags[i] = "B-LOC", "I-LOC"
        else:
            tags[i] = "O"


#: Particles of European surnames ("دي ستيفانو", "فان نستلروي", "فون براون", "دا فينشي"), folded.
_SURNAME_PARTICLES = frozenset({"دي", "فون", "دا", "ديل", "ديلا"})


def particle_surname(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A European surname with its particle is a PER: a particle followed by a surname-like word, untagged
    or tagged MISC ("دي ستيفانو", "فون براون", "دا فينشي"); a PER just before takes both ("ليوناردو" +
    "دا فينشي").  Not "فان": in text without hamza it is also "فإن" ("نيوتن فان انعكاس الضوء")."""
    n = len(toks)
    for i in range(n - 1):
        if toks[i].kind != "word" or norm_key(toks[i].norm) not in _SURNAME_PARTICLES:
            continue
        # untagged, or a MISC of the two words alone (the tagger's "دي ستيفانو/MISC")
        misc = tags[i] == "B-MISC" and tags[i + 1] == "I-MISC" and (i + 2 == n or tags[i + 2] != "I-MISC")
        if not (misc or (tags[i] == "O" and tags[i + 1] in ("O", "B-PER"))) or not _surname_like(toks[i + 1], gaz) \
                or norm_key(toks[i + 1].norm) in gaz.common:
            continue
        joined = i > 0 and tags[i - 1] in ("B-PER", "I-PER")
        tags[i] = "I-PER" if joined else "B-PER"
        tags[i + 1] = "I-PER"
        # and an untagged given name before it ("فيسنتي" + "ديل بوسكي")
        if not joined and i > 0 and tags[i - 1] == "O" and _surname_like(toks[i - 1], gaz) \
                and norm_key(toks[i - 1].norm) not in gaz.common:
            tags[i - 1], tags[i] = "B-PER", "I-PER"


def reported_by_nisba(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A scholar named by a nisba after a word that introduces what he wrote or said is a PER ("رواها
    السيوطي", "بحسب السيوطي", "اورد الطبري"): a definite nisba that is no nationality, no ordinary word
    and no place, after ``reporting_words`` (with و or ف too)."""
    reporting = _words("reporting_words")
    for i in range(1, len(toks)):
        if tags[i] != "O" or tags[i - 1] != "O" or toks[i - 1].kind != "word":
            continue
        prev = norm_key(toks[i - 1].norm)
        if not (prev in reporting or (prev[:1] in ("و", "ف") and prev[1:] in reporting)):
            continue
        if _family_nisba(toks[i], gaz) and not _place(norm_key(toks[i].norm), gaz):
            tags[i] = "B-PER"


def caliph_alone(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A caliph's regnal name of ``caliph_names``, untagged, with و/ف too ("والمنتصر"), is a PER: the
    wiki tagger finds "الخليفة المتوكل" but not "امر المتوكل بهدم"; a name followed by its regnal link
    ("المعتضد بالله") is left to :func:`regnal_name`."""
    names = _words("caliph_names")
    for i, tok in enumerate(toks):
        if tags[i] != "O" or tok.kind != "word":
            continue
        word = norm_key(tok.norm)
        if word in names or (word[:1] in ("و", "ف") and word[1:] in names):
            tags[i] = "B-PER"


def genealogy_nisba(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A genealogy's closing family or tribal nisba is part of the name ("المختار بن أبي عبيد الثقفي",
    "المقداد بن الأسود الكندي": Kinda, not Canada), as :func:`trim_nationality` keeps it: an untagged
    definite nisba that is no ordinary word, right after a PER that holds "بن", "ابن" or a kunya."""
    n = len(toks)
    for i, j, label in list(chunks(tags)):
        if label != "PER" or j >= n or tags[j] != "O" or j - i < 3 or toks[j].kind != "word" \
                or not any(norm_key(t.norm) in _GENEALOGY for t in toks[i:j]):
            continue
        word = norm_key(toks[j].norm)
        if word.startswith("ال") and word.endswith("ي") and len(word) >= 5 and word not in gaz.common:
            tags[j] = "I-PER"


def org_chain_wiki(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An untagged organisation head in construct, without the article, and the definite chain after
    it are an ORG on wiki text ("مؤسسة البرمجيات الحرة", "منظمة المعدات الرقمية", "هيئة المحلفين
    الانكليزية"), as AQMAR tags them (where ANERcorp leaves half such names untagged); not the heads
    AQMAR tags as places (``place_institutions``) nor the vague ones (``vague_org_heads``: "مكتب",
    "مركز")."""
    heads = rule_words().org_heads
    skip = _words("place_institutions") | _words("vague_org_heads")
    _chains_to_orgs(toks, tags, gaz,
                    lambda i: in_list(toks[i].norm, heads) and not has_article(toks[i].norm) and not _in(toks[i], skip),
                    lambda i, end: end - i >= 2 and all(t == "O" or t.endswith("MISC") for t in tags[i + 1:end]))
