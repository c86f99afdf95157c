"""From BIO tags to entity spans: where a span starts after proclitics, and what it links to.

A span never starts inside a proclitic: "بدمشق" gives the LOC "دمشق" (offset after ب), and the
article stays with the name ("بالقاهرة" → "القاهرة", "للقدس" → "لقدس").  A LOC found in GeoNames
carries ``geonames_id``, ``lat``, ``lon`` and ``country``; a nationality carries ``country``.

>>> from arabnews import tokenize
>>> tok = tokenize("بدمشق")[0]
>>> tok.text[entity_start(tok, default_gazetteer()) - tok.start:]
'دمشق'
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from functools import cache
from typing import Any

from ...document import Document, EntitySpan, Part
from ...lang.ar import ALI, fold, load
from ...lang.schema import Record, Words
from ...text.clitics import CliticSplit
from ...text.tokenize import Token
from .backoff import hashtag_phrase, hashtag_place
from .bio import Label, Tag, read_chunks
from .culture import festival_heads
from .gazetteer import Gazetteer, default_gazetteer, norm_key, ordinary_given_names  # noqa: F401  (doctest)
from .rulewords import has_article, opening_quote, rule_words
from .sequences import UNSEEN_KINDS
from .towns import country_named, word_towns

#: Proclitics a person's name may carry: conjunctions only ("ومحمد"), never a preposition, which
#: would cut names such as "برايس" (Price) into "رايس".
PER_PREFIXES = frozenset({"و", "ف"})
#: Token kinds that can be the content of an entity (a chunk of punctuation only is dropped).
CONTENT_KINDS = frozenset({"word", "clitic", "latin", "foreign", "number", "hashtag", "mention"})


def _unbroken(doc: Document, chunk: Sequence[Token]) -> int:
    """How many tokens of ``chunk`` a name keeps: up to a token the tagger did not see between two of them
    (:data:`.sequences.UNSEEN_KINDS`: "مطار أربيل الدولي https://t.co/x غزة" is no one name), or a link or an
    emoji in it.  Between two tokens that follow each other lie only white space and what normalization took out
    (a kashida: "راينلاند ـ بلاتينيت" is one name)."""
    text = doc.text
    for k in range(len(chunk)):
        if chunk[k].kind in UNSEEN_KINDS:
            return k
        if k and chunk[k - 1].end < chunk[k].start and not text[chunk[k - 1].end:chunk[k].start].isspace() \
                and any(t.kind in UNSEEN_KINDS for t in doc.tokens_between(chunk[k - 1].end, chunk[k].start)):
            return k
    return len(chunk)


def _split_start(token: Token, split: CliticSplit) -> int:
    """Original offset where an entity starting in ``token`` begins under ``split``; the article
    letters of the prefix stay in the span ("بالقاهرة" → "القاهرة", "للقدس" → "لقدس")."""
    if split.article:
        back = 1 if split.prefix.endswith("لل") else 2
        if split.offset - back <= 0:
            return token.start
        split = CliticSplit(split.prefix[:-back], split.stem, False, split.offset - back)
    return token.stem_start(split)


BA_NAMES = "ner/ba_names.yaml"
BA_NAMES_SCHEMA = Record({"names": Words}, {"_about": str})


@cache
def ba_names() -> frozenset[str]:
    """The lookup keys of ``ba_names.yaml``: names whose ب is no preposition ("باوك", "باير", "بنان")."""
    return frozenset(norm_key(w) for w in load(BA_NAMES, BA_NAMES_SCHEMA)["names"])


#: Letters no Arabic word starts with.
_NEVER_FIRST = frozenset("ؤئةى")


#: Prepositions (with a conjunction before them) that a person's name may follow in one word ("لمحمد عبو");
#: not ب, which starts too many foreign names that read as ب + a name part ("برايس", Price: ب + "رايس").
_NAME_PREPOSITIONS = frozenset({"ل", "لل", "ول", "ولل", "فل", "فلل"})
#: ب (after a conjunction or not) before a person's name in one word, when the document names that
#: person elsewhere ("بيوسف الشاهد"; :func:`entity_split`, and :func:`.consistency.propagate`)
NAME_AFTER_BA = frozenset({"ب", "وب", "فب"})
#: Fewest letters of a given name read after a preposition: "لحسن" (Lahcen) is no ل + "حسن", "بسام" no ب + "سام".
_NAME_AFTER_PREPOSITION = 4


def preposition_before_name(split: CliticSplit, forms: Sequence[str], gaz: Gazetteer) -> bool:
    """Is ``split`` the preposition ل before a known name part of four letters at least, or before a
    theophoric or kunya particle ("لعبد", "لأبي"), the word itself being no name ("لمحمد", "لسليم";
    not "لطفي", "لحسن")?  ``forms`` are the
    lookup keys of the split's lemma forms."""
    if split.prefix not in _NAME_PREPOSITIONS:
        return False
    if norm_key(split.prefix + split.stem) in gaz.person_parts:
        return False
    # "لعبد الرحمان سيساكو", "لأبي بكر": a theophoric or kunya particle starts the name after ل; so does
    # "علي" ("لعلي ساسي"), short and, folded, the preposition "على" of the common words
    return any((len(f) >= _NAME_AFTER_PREPOSITION and f in gaz.person_parts and f not in gaz.common)
               or gaz.particles.get(f) in ("theophoric", "kunya") or f == ALI for f in forms)


def conjunction_or_preposition(split: CliticSplit) -> bool:
    """Is the prefix of ``split`` made of و ف ب ل only: no ك, which starts too many words ("كبير" is no
    ك + "بئر", "كلية" no ك + "لية")?"""
    return all(c in "وفبل" for c in split.prefix)


def _readings(token: Token, gaz: Gazetteer) -> tuple[tuple[CliticSplit, list[str]], ...]:
    """The splits of a word token that :func:`entity_split` weighs, with the lookup keys of their
    lemma forms; () for a head word (kept per word by the gazetteer: they depend on the word alone)."""
    key = norm_key(token.norm)
    # "ولاية" is a word, not و + "لاية"; "كلية" no ك + "لية" (an organisation's head of ``rules.yaml``);
    # "كورونا" no ك + "ورونا" (a disease's name); "بيونغ" (of "بيونغ يانغ") no ب + "يونغ": the first word of a
    # known place of several words, unless a proclitic comes before a kunya or patronym ("بأم درمان" → "أم درمان")
    rw = rule_words()
    if key in gaz.head_words or key in rw.org_heads or key in rw.disease_names or key in rw.known_org_first_words:
        return ()  # (the first word of a known organisation's name as written: "لجان" of "لجان المقاومة", no ل + "جان")
    if key in gaz.multi_heads and not any(gaz.particles.get(norm_key(s.stem)) in ("kunya", "patronym")
                                          for s in token.clitic_splits() if s.offset):
        return ()
    # a proclitic is split off only when a word remains: "وات" (the agency) is not و + "ات", and no
    # word starts with ؤ, ئ, ة or ى: "فؤاد" is not ف + "ؤاد"; و ف ب ل before a kunya or patronym
    # particle are, though "ام" and "بن" have two letters ("وأم درمان" → "أم درمان", "ببن قردان" →
    # "بن قردان")
    splits = [s for s in token.clitic_splits()
              if not s.offset or (len(s.stem) >= 3 and s.stem[0] not in _NEVER_FIRST)
              or (conjunction_or_preposition(s) and gaz.particles.get(norm_key(s.stem)) in ("kunya", "patronym"))
              or (s.article and norm_key("ال" + s.stem) in gaz.towns)  # "بالجم": a listed town of two letters
              or (conjunction_or_preposition(s) and norm_key(s.stem) in rule_words().dam_heads)  # "بسد بوهرتمة"
              # "وتل رفعت": a town's first word of two letters (session 31)
              # (two letters only: the longer ones pass above, and "فؤاد" is no ف + "واد")
              or (conjunction_or_preposition(s) and len(s.stem) == 2 and s.stem[0] not in _NEVER_FIRST
                  and norm_key(s.stem) in rule_words().town_name_heads)]
    return tuple((s, [norm_key(f) for f in s.lemma_forms]) for s in splits)


def _joined_compound_head(form: str) -> str:
    """The first part of a folded compound given name written as one word ("فخرالدين" → "فخر", "نصرالله" → "نصر"), or
    "" for any other word ("الدين", "والدين": parents)."""
    for tail in ("الدين", "الله"):
        if form.endswith(tail) and len(form) - len(tail) >= 3:
            return form[:-len(tail)]
    return ""


def entity_split(token: Token, gaz: Gazetteer, label: Label = "LOC",
                 names: frozenset[str] = frozenset()) -> CliticSplit | None:
    """The proclitic split after which an entity whose first token is ``token`` starts, or None
    when it starts with the token (see :func:`entity_start`); ``names`` are more known words (the
    first words of the names found in the document)."""
    if token.kind != "word":
        return None
    cache = gaz.word_cache("entity_split")
    readings = cache.get(token.norm)
    if readings is None:
        readings = cache[token.norm] = _readings(token, gaz)
    if not readings:  # a head word
        return None
    folded: Sequence[tuple[CliticSplit, list[str]]] = readings
    figures = rule_words().figure_words
    if label == "PER":  # a preposition only before a public figure's or a known given name ("لبوتين", "لمحمد");
        # ف alone only before a figure or a name of the document: "فريد" is Farid, not ف + "ريد" (Reid)
        after_ba = _name_after_ba(folded, gaz, names)
        if after_ba is not None:
            return after_ba
        folded = [(s, f) for s, f in folded
                  if not s.offset or any(x in figures for x in f)
                  or (s.prefix in PER_PREFIXES and (s.prefix != "ف" or any(x in names for x in f)))
                  or preposition_before_name(s, f, gaz) or _preposition_before_patronym(s, f, gaz)]
        # "والمهدي بن غربية": a conjunction before a given name written with the article
        folded = [(s, [*f, f[0][2:]]) if s.prefix in PER_PREFIXES and f[0].startswith("ال") and len(f[0]) > 4
                  else (s, f) for s, f in folded]
        # "وفخرالدين بن يوسف": a conjunction before a compound given name written joined (session 39)
        for s, f in folded:
            if s.offset and s.prefix in PER_PREFIXES and _joined_compound_head(f[0]):
                return s
    tables: tuple[Collection[str], ...] = (gaz.places, gaz.nisba, gaz.person_parts, names, figures, ba_names())
    if label == "PER":  # "وسعيدة قراش", "وسلمى اللومي": a conjunction before a given name that is an ordinary word
        tables = (*tables, ordinary_given_names())
    elif label == "MISC":  # "لبوليتيكا": a preposition before a programme's name; "ومهرجان قرطاج", "لأيام قرطاج
        # السينمائية": a conjunction or a preposition before a festival's head (session 41)
        tables = (*tables, rule_words().programme_names, festival_heads())
    # "بسهلول", "بعقارب": a preposition before a town named by an ordinary word, asked when no table knows a reading
    # (session 41)
    groups = (tables, (word_towns(),), (gaz.entity_words,)) if label == "LOC" else (tables, (gaz.entity_words,))
    for table_group in groups:
        for split, forms in folded:
            if any(form in t for form in forms for t in table_group):
                return split if split.offset else None
    heads = gaz.head_words
    # a place named with a toponym head, or the first word of a place of several words, after و ف ب ل:
    # "بمنزل تميم" → "منزل تميم", "بمجاز الباب" → "مجاز الباب" ("كبير" is no ك + "بئر")
    toponyms = rule_words().toponym_heads if label == "LOC" else frozenset()
    dams = rule_words().dam_heads if label == "LOC" else frozenset()
    multi: Mapping[str, int] = gaz.multi_heads if label == "LOC" else {}
    for split, forms in folded[1:]:
        if forms[-1] in heads or ((forms[-1] in toponyms or forms[-1] in multi or forms[-1] in dams)
                                  and conjunction_or_preposition(split)):
            return split
    if label == "ORG":  # "لرئاسة الحكومة": the first word of a known organisation's name, of a security
        # unit ("لحرس السواحل", "لإقليم الحرس الوطني") or of a platform's ("بفيسبوك")
        rw = rule_words()
        first_words = rw.org_first_words
        for split, forms in folded[1:]:
            if forms[-1] in first_words or forms[-1] in rw.security_first_words \
                    or forms[-1] in rw.security_unit_heads or forms[-1] in rw.platform_first_words \
                    or forms[-1] in rw.companies:  # "وسامسونج" (session 38, org38b)
                return split
    for split, _ in folded[1:]:
        if split.article and len(split.stem) >= 2:
            return split
    return None


def _preposition_before_patronym(split: CliticSplit, forms: Sequence[str], gaz: Gazetteer) -> bool:
    """Is ``split`` ل or ب (after و or ف or not) before a patronym particle, where a person named by his
    patronym starts ("المستشار الأسبق لبن علي", "وتتعلق ببن علي", "لابن تيمية"): "بن" and "ابن" start no word
    the tagger puts in a PER with a preposition ("لبن", milk, is no name)."""
    return (split.prefix in _NAME_PREPOSITIONS or split.prefix in NAME_AFTER_BA) \
        and any(gaz.particles.get(f) == "patronym" for f in forms)


def _name_after_ba(readings: Sequence[tuple[CliticSplit, list[str]]], gaz: Gazetteer,
                   names: frozenset[str]) -> CliticSplit | None:
    """The split of ب (after و or ف or not) before a kunya or theophoric particle ("بأبي القاسم
    الشابي"), or before a person's given name that starts a name of the document elsewhere
    ("اجتماعه بيوسف الشاهد" after "يوسف الشاهد"; not "بيونغ يانغ", nor a name the document gives
    only with ب), the word itself being no known name."""
    whole = readings[0][1]
    if any(f in gaz.person_parts or gaz.known(f) for f in whole):
        return None
    for split, forms in readings[1:]:
        if split.prefix not in NAME_AFTER_BA:
            continue
        # "بأبي القاسم الشابي", "بعبد الرحمن": a kunya or theophoric particle starts the name after ب
        if any(gaz.particles.get(f) in ("theophoric", "kunya") or (f in names and f in gaz.person_parts)
               for f in forms):
            return split
    return None


def entity_start(token: Token, gaz: Gazetteer, label: Label = "LOC", names: frozenset[str] = frozenset()) -> int:
    """Where an entity whose first token is ``token`` starts: after its proclitics.

    The unsplit word wins if it is a known name ("بغداد", "فلسطين", or one of ``ba_names.yaml`` whose ب is no
    preposition: "باوك", "باير"); else the shortest prefix whose
    stem (or "ال"+stem) is a known place, nationality, name part or name of the document (``names``)
    ("بدمشق" → "دمشق"); else the prefix before a head or title word ("بريف" → "ريف"), or before a
    toponym head in a place ("بمنزل تميم" → "منزل تميم"); else a
    conjunction/preposition before the article is dropped ("وبالمرصد" → "المرصد"); else the word is
    kept whole.  The article stays in the span ("بالقاهرة" → "القاهرة"); a PER only loses a conjunction.
    """
    split = entity_split(token, gaz, label, names)
    if token.kind == "word" and "لل" in token.norm[:4]:
        lil = _lil_split(token)
        # ل + the article written لل: the span starts on the article's lam whatever reading won, a
        # name the corpora tag with its preposition ("للصليب الأحمر" → "لصليب الأحمر") or a given name
        # with the article ("للشاذلي العرفاوي" → "لشاذلي العرفاوي"), as "للقدس" → "لقدس"
        if lil is not None and (split is None or split.offset < lil.offset - 1):
            return _split_start(token, lil)
    return token.start if split is None else _split_start(token, split)


def _lil_split(token: Token) -> CliticSplit | None:
    """The split of ``token`` after ل + the article written لل (after و or ف or not) before a stem of
    two letters at least ("للحرس", "وللمنظمة"; not "لله"), if it has one."""
    for split in token.clitic_splits():
        if split.article and split.prefix.endswith("لل") and len(split.stem) >= 2:
            return split
    return None


#: Closing marks a span may end with when it opened them inside ("الجوهرة \"اف ام\"", "(سانا)").
_CLOSERS = {'"': '"', "»": "«", "”": "“", ")": "("}


def _content_end(chunk: Sequence[Token]) -> int:
    """Where a span over ``chunk`` ends: before punctuation the tagger ran on into ("الجوهرة اف ام."),
    but after a closing quote or bracket whose opening one is in the span, and before "and others" or
    a nickname's word ("سلاف فواخرجي وغيرهما", "منير الفرا المكنى")."""
    k = len(chunk)
    enders = rule_words().name_enders
    while k > 1:
        last = chunk[k - 1]
        if last.kind == "punct":
            opener = _CLOSERS.get(last.text)
            if opener is not None and any(t.text == opener for t in chunk[:k - 1]):
                break
        elif not (last.kind == "word" and fold(last.norm) in enders):
            break
        k -= 1
    return chunk[k - 1].end


#: Population under which a GeoNames city of another country gives way to a listed town of the same name.
TOWN_OVER_CITY = 50_000


def link_attrs(label: Label, text_key: str, gaz: Gazetteer) -> dict[str, Any]:
    """Gazetteer attributes of an entity whose lookup key is ``text_key``: a LOC's GeoNames id,
    country and coordinates ("حلب", or "الحلب" without its article), a camp's country ("مخيم جنين"),
    a nationality's country."""
    if label == "LOC":
        place = gaz.place(text_key)
        if place is None and text_key.startswith("ال"):
            place = gaz.place(text_key[2:])
        if place is None:  # "السعودية", "لولايات المتحدة" (session 41)
            place = country_named(text_key, gaz)
        town = gaz.towns.get(text_key)
        if town is None and place is None:  # a town named by an ordinary word ("المروج"), LOC in context only
            town = word_towns().get(text_key)
        if town is not None and (place is None or (place.country != town and (place.population or 0) < TOWN_OVER_CITY)):
            # a listed town GeoNames knows only as a small town elsewhere ("المرسى", not Western Sahara's); a
            # large city keeps its name ("الناظور", "المحمدية" of Morocco)
            return {"country": town}
        if place is not None:
            attrs: dict[str, Any] = {"geonames_id": place.geonames_id, "country": place.country}
            if place.lat is not None:
                attrs.update(lat=place.lat, lon=place.lon)
            return attrs
        head, _, rest = text_key.partition(" ")
        if rest and head in rule_words().camp_heads:
            # "مخيم جنين": the camp is not the town, but it is in the town's country
            named = gaz.place(rest)
            if named is not None and named.country:
                return {"country": named.country}
        town, _, last = text_key.rpartition(" ")
        from .places import direction_adjectives  # places imports this module (through boundaries)

        if town and (last in rule_words().district_adjectives or last in direction_adjectives(middle=False)):
            # "دوز الشمالية": a delegation of the town, in the town's country; "الغوطة الشرقية", "لبنان الجنوبي"
            town = town.rpartition(" ")[0] if town.rpartition(" ")[2] in direction_adjectives(middle=False) else town
            # "السودان الجنوبي" is "جنوب السودان" (South Sudan): the table's name, the direction's noun first
            noun = last[2:].removesuffix("يه").removesuffix("ي") if last.startswith("ال") else ""
            named = ((gaz.place(noun + " " + town) if noun else None) or gaz.place(town)
                     or (gaz.place(town[2:]) if town.startswith("ال") else None))
            if named is not None and named.country:
                return {"country": named.country}
    elif label == "MISC" and text_key in gaz.nisba:
        return {"country": gaz.nisba[text_key]}
    elif label == "ORG" and _platform_key(text_key):
        return {"platform": True}  # "على تويتر": where something is posted, never an event's actor
    elif label == "ORG" and _media_key(text_key):
        return {"media": True}  # "وكالة الأنباء الفلسطينية "وفا"": an outlet tells of an event, never does it
    return {}


#: :func:`.places.region_country`, imported at its first use (places imports this module through boundaries)
_REGION_COUNTRY: list[Any] = []


def _region_country(toks: Sequence[Token], i: int, j: int, gaz: Gazetteer) -> str | None:
    """The country the text names right after the direction region ``toks[i:j]`` (:func:`.places.region_country`)."""
    if not _REGION_COUNTRY:
        from .places import region_country

        _REGION_COUNTRY.append(region_country)
    country: str | None = _REGION_COUNTRY[0](toks, i, j, gaz)
    return country


def _media_key(text_key: str) -> bool:
    """Is ``text_key`` (a span's folded text) a news outlet's name: one of ``rules.yaml``'s ``media_names`` or
    ``outlet_names`` ("وفا", "سودان تريبيون"), or a name opened by a head of ``open_media_heads`` ("جريدة المغرب",
    "وكالة الأنباء الفلسطينية"), with the article or a preposition or not?"""
    words = tuple(text_key.split())
    if not words:
        return False
    rw = rule_words()
    forms = {words[0], words[0].removeprefix("ال"), words[0].removeprefix("لل"), words[0].removeprefix("ل"),
             words[0].removeprefix("بال"), words[0].removeprefix("ب")}
    keys = {(f, *words[1:]) for f in forms if f}
    if any(k in rw.media_names or k in rw.outlet_first.get(k[0], ()) for k in keys):
        return True
    if len(words) < 2 or not any(f in rw.open_media_heads for f in forms):
        return False
    if not forms & rw.ambiguous_media_heads:
        return True  # "صحيفة الصباح", "إذاعة صفاقس", "جريدة المغرب"
    # an agency, a channel or a journal of news, or one named after the head ("وكالة الأنباء الليبية", "قناة
    # العربية"); not "وكالة الاستخبارات المركزية", "الوكالة الفرنسية للتنمية", "القناة الرئيسية للتوزيع"
    rest = words[1:]
    if any(w in rw.news_words for w in rest):
        return True
    names = {rest[i:] for i in range(len(rest))} | \
        {(rest[i].removeprefix("ال"), *rest[i + 1:]) for i in range(len(rest))}
    return any(n in rw.media_names or n in rw.outlet_first.get(n[0], ()) for n in names)



def _platform_key(text_key: str) -> bool:
    """Is ``text_key`` (a span's folded text) a platform's name (``rules.yaml``'s ``platforms``), with the article
    or the ل of لل ("الفيسبوك", "لفيسبوك") or not?"""
    words = tuple(text_key.split())
    if not words:
        return False
    first = words[0]
    forms = (first, first[2:] if first.startswith("ال") else "", first[1:] if first.startswith("لل") else "",
             first[1:] if first.startswith("ل") else "")
    table = rule_words().platforms
    return any(words[1:] == name[1:] and name[0] == form for form in forms if form in table for name in table[form])


def _after_conjunction(token: Token, start: int, gaz: Gazetteer) -> int:
    """Where a place, organisation or person right after another of its kind starts when its word begins with
    و and is no known word as written: after the conjunction ("مخيمي النيرب وحندرات" → "حندرات",
    though "حندرات" is in no table; "روبن" + "وليفاندوفسكي" → "ليفاندوفسكي", session 45)."""
    norm = token.norm
    if token.kind == "word" and norm.startswith("و") and len(norm) >= 4 and norm[1] not in _NEVER_FIRST \
            and not gaz.known(norm_key(norm)):
        return token.stem_start(CliticSplit("و", norm[1:], False, 1))
    return start


def _after_score(toks: Sequence[Token], i: int, gaz: Gazetteer, named_before: bool) -> int:
    """Where a team right after a leg's score starts when its word begins with ل: after the preposition, "for"
    ("الذهاب 3-0 لشالكه" → "شالكه", "1-0 لكراسنودار"), though no table knows the club. Not in a results line,
    where a name comes before the score too ("ليفربول 3-0 ليستر سيتي": ليستر is the club), nor before the
    article (:func:`entity_start` reads "للريال"), nor on a known name as written; ``named_before``: the word before
    the score is tagged."""
    token = toks[i]
    norm = token.norm
    if token.kind != "word" or not norm.startswith("ل") or norm.startswith("لل") or len(norm) < 5 \
            or norm[1] in _NEVER_FIRST or toks[i - 1].kind != "number" or toks[i - 2].text not in _SCORE_DASHES \
            or toks[i - 3].kind != "number" or named_before or gaz.known(norm_key(norm)):
        return token.start
    return token.stem_start(CliticSplit("ل", norm[1:], False, 1))


#: The dashes between a score's two numbers ("3-0", "2 – 1").
_SCORE_DASHES = frozenset("-–—")


def decode_tags(doc: Document, toks: Sequence[Token], tags: Sequence[Tag], probs: Sequence[float] | None,
                part: Part, gaz: Gazetteer, source: str, names: frozenset[str] = frozenset()) -> list[EntitySpan]:
    """BIO tags of ``toks`` → entity spans (an I- without its B- starts a span); ``names``: first
    words of the document's names, which guide where a span starts (see :func:`entity_start`)."""
    out: list[EntitySpan] = []
    for i, j, label in read_chunks(tags):
        chunk = toks[i:j]
        cut = _unbroken(doc, chunk) if j - i > 1 or chunk[0].kind in UNSEEN_KINDS else 1
        if cut < j - i:  # the name ends before a link or an emoji, which is never part of it
            j, chunk = i + cut, chunk[:cut]
        if not any(t.kind in CONTENT_KINDS for t in chunk):
            continue
        # a name right after an opening quote takes no proclitic but one before its article: 'مجموعة "كيان"'
        # is no ك + "يان" ('"للمجلس التونسي"' loses its ل)
        quoted = label == "ORG" and i > 0 and opening_quote(toks, i - 1) and not has_article(chunk[0].norm)
        start = chunk[0].start if quoted else entity_start(chunk[0], gaz, label, names)
        if chunk[0].kind == "hashtag":  # "#اليمن": the name, not its mark
            start += 1
        if j - i == 1 and start > chunk[0].start \
                and gaz.particles.get(norm_key(doc.text[start:chunk[0].end])) == "kunya":
            # a kunya particle is split off its conjunction before a name ("وأم درمان"), never alone:
            # "(وام)" is the agency, not "ام"
            start = chunk[0].start
        if start == chunk[0].start and i and label in ("LOC", "ORG", "PER") and tags[i - 1].endswith(label):
            start = _after_conjunction(chunk[0], start, gaz)
        if start == chunk[0].start and i >= 3 and label in ("ORG", "LOC"):
            start = _after_score(toks, i, gaz, i >= 4 and tags[i - 4] != "O")
        end = _content_end(chunk)
        if j - i == 1 and chunk[0].kind == "hashtag" and "_" in chunk[0].text:
            at, to = hashtag_place(chunk[0], gaz) if label == "LOC" else (0, 0)  # "#غزة_تحت_القصف": the place
            if to:
                start, end = chunk[0].start + at, chunk[0].start + to
            elif hashtag_phrase(chunk[0]):  # "#الأقصى_في_خطر", "#العدوان_على_مدينتنا": a slogan, no name
                continue
        if start < end:
            ns, ne = doc.to_normalized(start, end)
            attrs = link_attrs(label, norm_key(doc.norm[ns:ne]), gaz)
            if label == "LOC" and "country" not in attrs and j - i >= 2:
                country = _region_country(toks, i, j, gaz)  # "المنطقة الشرقية" + "من السعودية"
                if country:
                    attrs["country"] = country
            if probs is not None:
                attrs["score"] = round(sum(probs[i:j]) / (j - i), 3)
            out.append(EntitySpan(start, end, doc.text[start:end], label=label, part=part,
                                  source=source, attrs=attrs))
    return out
