"""The entities stage: PER, LOC, ORG and MISC spans, offline.

The default backend is a CRF (python-crfsuite) shipped inside the package, trained on ANERcorp,
NewsFANE Gold and AQMAR (CC BY-SA; see ``resources/ner/README.md``) with gazetteer features from
GeoNames.  ``ner="transformer"`` with ``model_path=`` runs a local BERT token classifier instead
(see :mod:`arabnews.extract.entities.transformer`).

Decoding rules on news text:

- a span never starts inside a proclitic: "بدمشق" gives the LOC "دمشق" (offset after ب), "للقدس"
  keeps the article's lam ("لقدس");
- an entity overlapping a named group found by the groups stage (the "القدس" of "لواء القدس") is
  left to that stage, unless ``ner_in_groups=True``; an entity inside a date ("أيار") is dropped;
- a LOC found in GeoNames carries ``geonames_id``, ``lat``, ``lon`` and ``country`` (ISO code); a
  nationality carries ``country``;
- a name found once is tagged at its other mentions in the document, and a person's surname alone
  is that person ("مصطفى الكاظمي" … "وشدد الكاظمي"; see :mod:`.consistency`).

>>> from arabnews import Pipeline
>>> doc = Pipeline(["entities"])("قصفت الطائرات بلدة في ريف إدلب وقتل محمد سعيد في دمشق")
>>> [(e.text, e.label) for e in doc.entities if e.label == "LOC"][-1]
('دمشق', 'LOC')
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from ...document import Document, EntitySpan, SpanIndex
from ...text.clitics import CliticSplit, clitic_splits
from ...text.normalize import fold
from ...text.tokenize import Token
from ..groups.matcher import lexicon as group_lexicon
from .bio import chunks
from .consistency import PER_PREFIXES, document_names, propagate
from .gazetteer import Gazetteer, default_gazetteer, norm_key

BACKENDS = ("crf", "transformer", "camel")
#: Longest token sequence handed to the tagger at once (texts without sentence punctuation).
MAX_SEQUENCE = 250
_CONTENT_KINDS = frozenset({"word", "clitic", "latin", "foreign", "number", "hashtag", "mention"})


DOMAINS = ("news", "wiki")


def make_stage(*, ner: str = "crf", model_path: str | None = None, ner_in_groups: bool = False,
               ner_domain: str = "news") -> Callable[[Document], Document]:
    """The entities stage.

    ``ner``: "crf" (default, shipped model; ``model_path`` may name another trained model folder),
    "transformer" (a local Hugging Face token-classification folder given as ``model_path``) or
    "camel" (CAMeL Tools' installed NER model).  ``ner_in_groups``: also report entities that
    overlap a named-group span.  ``ner_domain``: "news" (default) or "wiki" (encyclopaedic text:
    the CRF adds the Wikipedia-specific weights it learnt from AQMAR).
    """
    if ner not in BACKENDS:
        raise ValueError(f"ner must be one of {BACKENDS}, got {ner!r}")
    if ner_domain not in DOMAINS:
        raise ValueError(f"ner_domain must be one of {DOMAINS}, got {ner_domain!r}")
    domain = None if ner_domain == "news" else ner_domain
    if ner == "crf":
        from .crf import CRFTagger, default_tagger

        tagger = default_tagger() if model_path is None else CRFTagger(model_path)

        def stage(doc: Document) -> Document:
            found = crf_entities(doc, tagger, domain)
            doc.entities.extend(_filter(doc, found, ner_in_groups))
            doc.entities.sort(key=lambda s: (s.start, s.end))
            return doc

        return stage
    from .transformer import TransformerNER

    model = TransformerNER.from_option(ner, model_path)

    def transformer_stage(doc: Document) -> Document:
        found = model.entities(doc)
        doc.entities.extend(_filter(doc, found, ner_in_groups))
        doc.entities.sort(key=lambda s: (s.start, s.end))
        return doc

    return transformer_stage


# -- CRF decoding -----------------------------------------------------------------------------------

def _sequences(doc: Document) -> list[tuple[str, list[Token]]]:
    """Token sequences to tag: one per sentence inside each extraction region."""
    out: list[tuple[str, list[Token]]] = []
    sentences = doc.sentences
    ends = [s.end for s in sentences]  # sentences are in text order and do not overlap
    for region in doc.extraction_regions():
        for k in range(bisect_right(ends, region.start), len(sentences)):
            sent = sentences[k]
            if sent.start >= region.end:
                break
            toks = doc.tokens_between(max(sent.start, region.start), min(sent.end, region.end))
            for i in range(0, len(toks), MAX_SEQUENCE):
                out.append((region.part, toks[i:i + MAX_SEQUENCE]))
    return out


def _split_start(token: Token, split: CliticSplit) -> int:
    """Original offset where an entity starting in ``token`` begins under ``split``; the article
    letters of the prefix stay in the span ("بالقاهرة" → "القاهرة", "للقدس" → "لقدس")."""
    if split.article:
        back = 1 if split.prefix.endswith("لل") else 2
        if split.offset - back <= 0:
            return token.start
        split = CliticSplit(split.prefix[:-back], split.stem, False, split.offset - back)
    return token.stem_start(split)


def entity_split(token: Token, gaz: Gazetteer, label: str = "LOC",
                 names: frozenset[str] = frozenset()) -> CliticSplit | None:
    """The proclitic split after which an entity whose first token is ``token`` starts, or None
    when it starts with the token (see :func:`entity_start`); ``names`` are more known words (the
    first words of the names found in the document)."""
    if token.kind != "word":
        return None
    splits = token.clitic_splits()
    folded = [(s, [norm_key(f) for f in s.lemma_forms]) for s in splits]
    if label == "PER":
        folded = [(s, f) for s, f in folded if not s.offset or s.prefix in PER_PREFIXES]
    tables = (gaz.places, gaz.nisba, gaz.person_parts, names)
    for table_group in (tables, (gaz.entity_words,)):
        for split, forms in folded:
            if any(form in t for form in forms for t in table_group):
                return split if split.offset else None
    heads = gaz.head_words
    for split, forms in folded[1:]:
        if forms[-1] in heads:
            return split
    for split, _ in folded[1:]:
        if split.article and len(split.stem) >= 2:
            return split
    return None


def entity_start(token: Token, gaz: Gazetteer, label: str = "LOC", names: frozenset[str] = frozenset()) -> int:
    """Where an entity whose first token is ``token`` starts: after its proclitics.

    The unsplit word wins if it is a known name ("بغداد", "فلسطين"); else the shortest prefix whose
    stem (or "ال"+stem) is a known place, nationality, name part or name of the document (``names``)
    ("بدمشق" → "دمشق"); else the prefix before a head or title word ("بريف" → "ريف"); else a
    conjunction/preposition before the article is dropped ("وبالمرصد" → "المرصد"); else the word is
    kept whole.  The article stays in the span ("بالقاهرة" → "القاهرة"); a PER only loses a conjunction.
    """
    split = entity_split(token, gaz, label, names)
    return token.start if split is None else _split_start(token, split)


def _link(label: str, text_key: str, gaz: Gazetteer) -> dict:
    if label == "LOC":
        place = gaz.place(text_key)
        if place is None and text_key.startswith("ال"):
            place = gaz.place(text_key[2:])
        if place is not None:
            gid, lat, lon, cc = place[:4]
            attrs = {"geonames_id": gid, "country": cc}
            if lat is not None:
                attrs.update(lat=lat, lon=lon)
            return attrs
    elif label == "MISC" and text_key in gaz.nisba:
        return {"country": gaz.nisba[text_key]}
    return {}


def gazetteer_backoff(toks: list[Token], tags: list[str], gaz: Gazetteer) -> list[str]:
    """Tag as LOC a known place the model left out when the context leaves no doubt: after a place
    head ("أرياف اللاذقية", "بلدة سراقب"), coordinated with a LOC ("اللاذقية وإدلب وحلب"), or a
    prominent place after a locative word ("من حلب"); take the head out of a LOC ("ريف إدلب" →
    "إدلب") and the adjective after it ("اليمن كارثي" → "اليمن"); keep a regnal ordinal in a PER."""
    tags = list(tags)
    n = len(toks)
    for i in range(n - 1):
        # "ريف إدلب", "مخيم اليرموك": the LOC is the name, not its head (ANERcorp's convention);
        # a head with the article is part of the name ("البحر الأحمر", "المدينة المنورة") unless
        # a place follows it ("العاصمة دمشق")
        if (tags[i] == "B-LOC" and toks[i].kind == "word" and gaz.is_loc_head(toks[i].norm)
                and (tags[i + 1] in ("I-LOC", "B-LOC") or gaz.place_split(toks[i + 1].norm) is not None)
                and (not _has_article(toks[i].norm) or _place_after_head(toks, i, gaz))):
            tags[i], tags[i + 1] = "O", "B-LOC"
    # a name after a bare place head is a place, whatever its own head ("حي جمعية الزهراء")
    for i in range(1, n):
        if (tags[i] == "B-ORG" and tags[i - 1] == "O" and toks[i - 1].kind == "word"
                and gaz.is_loc_head(toks[i - 1].norm) and not _has_article(toks[i - 1].norm)):
            tags[i] = "B-LOC"
            j = i + 1
            while j < n and tags[j] == "I-ORG":
                tags[j] = "I-LOC"
                j += 1
    # two prominent places joined by و ("وشهدت اللاذقية وطرطوس"): each vouches for the other
    for i in range(n - 1):
        if (tags[i] == "O" and tags[i + 1] == "O" and toks[i].kind == "word" and toks[i + 1].kind == "word"
                and toks[i + 1].norm.startswith("و")):
            first, second = gaz.place_split(toks[i].norm), gaz.place_split(toks[i + 1].norm)
            if (first is not None and second is not None and second.prefix.startswith("و")
                    and _prominent(gaz, first) and _prominent(gaz, second)):
                tags[i] = tags[i + 1] = "B-LOC"
    for order in (range(n), range(n - 1, -1, -1)):
        for i in order:
            if tags[i] != "O" or toks[i].kind != "word":
                continue
            left = i > 0 and tags[i - 1].endswith("LOC")
            right = i + 1 < n and tags[i + 1] == "B-LOC" and toks[i + 1].norm.startswith("و")
            head = (not left and i > 0 and tags[i - 1] == "O" and toks[i - 1].kind == "word"
                    and gaz.is_loc_head(toks[i - 1].norm))
            if not (left or right or head):
                continue
            split = gaz.place_split(toks[i].norm)
            # coordinated with a LOC ("وإدلب"): only a prominent place, since GeoNames towns
            # include common words ("وكان" is Cannes, "طراز", "الزاوية")
            if split is not None and (head or ((right or split.prefix.startswith("و")) and _prominent(gaz, split))):
                tags[i] = "B-LOC"
    # A prominent place (a country, or a city of 100,000 people or more) after a locative word
    # ("من حلب", "إلى الموصل") or with ب/ل on it ("وبحلب"): the CRF, trained partly on Wikipedia,
    # sometimes leaves such well-known names out, and in these contexts they are rarely common nouns.
    preps = gaz.triggers.get("loc_prep", frozenset())
    for i in range(n):
        if tags[i] != "O" or toks[i].kind != "word":
            continue
        split = gaz.place_split(toks[i].norm)
        # "مدينة" is also Medina: a head word or group trigger is never tagged on its own
        if split is None or not _prominent(gaz, split) or _is_common_noun(fold(toks[i].norm)):
            continue
        after_prep = i > 0 and tags[i - 1] == "O" and fold(toks[i - 1].norm) in preps
        # a bare ب/ل is read as a clitic only at a sentence start: "بايدن" is not ب + ايدن
        clitic = any(c in split.prefix for c in "بل") and (len(split.prefix) >= 2 or i == 0)
        if after_prep or clitic:
            tags[i] = "B-LOC"
    _trim_after_places(toks, tags, gaz)
    _regnal_ordinals(toks, tags, gaz)
    return tags


def _has_article(word: str) -> bool:
    """Does the normalized ``word`` carry the article, after any proclitic ("البحر", "والمدينة")?"""
    return any(split.article for split in clitic_splits(word))


def _place_after_head(toks: list[Token], i: int, gaz: Gazetteer) -> bool:
    """Is the word after the head ``toks[i]`` a place on its own, head and word not one place name
    together ("العاصمة دمشق" yes; "المدينة المنورة" no)?"""
    words = [fold(t.norm) for t in toks[i:i + 2]]
    return gaz.place_split(toks[i + 1].norm) is not None and not gaz.match_place(words, 0)


def _regnal_ordinals(toks: list[Token], tags: list[str], gaz: Gazetteer) -> None:
    """Join a regnal ordinal to the name of a monarch: "الملك عبد الله الثاني" is one PER."""
    titles = gaz.triggers.get("regnal_title", frozenset())
    ordinals = gaz.triggers.get("regnal_ordinal", frozenset())
    for j in range(1, len(tags)):
        if tags[j] != "O" or tags[j - 1] not in ("B-PER", "I-PER") or fold(toks[j].norm) not in ordinals:
            continue
        i = j - 1
        while i > 0 and tags[i] == "I-PER":
            i -= 1
        if i > 0 and fold(toks[i - 1].norm) in titles:
            tags[j] = "I-PER"


#: Population from which a GeoNames city counts as prominent enough to tag from context alone.
PROMINENT_POPULATION = 100_000


def _prominent(gaz: Gazetteer, split: CliticSplit) -> bool:
    # Only the form as written: with its article when it has one.  A name without the article
    # does not take it, so "السلالة" is not the Omani town "سلالة" nor "السوري" Surrey.  A word the
    # training corpora mostly show as an ordinary word is not taken for the place it also names
    # ("كان" Caen, "طراز" Taraz).
    form = fold(split.lemma_forms[0])
    place = gaz.place(form)
    return place is not None and form not in gaz.common and (place[5] == "country" or (
        place[5] == "city" and (place[4] or 0) >= PROMINENT_POPULATION))


def _trim_after_places(toks: list[Token], tags: list[str], gaz: Gazetteer) -> None:
    """Cut a LOC whose first words are a whole known place and whose last word is unknown to every
    table and indefinite ("اليمن كارثي", "دير الزور شرقا"): the tagger ran on into a predicate
    or an adverb."""
    for i, j, label in chunks(tags):
        if label != "LOC" or tags[i] != "B-LOC" or j - i < 2:
            continue
        words = [fold(t.norm) for t in toks[i:j]]
        size = gaz.match_place(words, 0) or (1 if gaz.place_split(toks[i].norm) is not None else 0)
        # an adjective with the article agrees with the name and belongs to it ("الجزيرة العربية")
        if 0 < size < j - i and not gaz.stem_in_gazetteer(words[-1]) and not _has_article(toks[j - 1].norm):
            for k in range(i + size, j):
                tags[k] = "O"


def decode_tags(doc: Document, toks: list[Token], tags: list[str], probs: list[float] | None, part: str,
                gaz: Gazetteer, source: str, names: frozenset[str] = frozenset()) -> list[EntitySpan]:
    """BIO tags of ``toks`` → entity spans (an I- without its B- starts a span); ``names``: first
    words of the document's names, which guide where a span starts (see :func:`entity_start`)."""
    out: list[EntitySpan] = []
    for i, j, label in chunks(tags):
        chunk = toks[i:j]
        if not any(t.kind in _CONTENT_KINDS for t in chunk):
            continue
        start = entity_start(chunk[0], gaz, label, names)
        end = chunk[-1].end
        if start < end:
            ns, ne = doc.to_normalized(start, end)
            attrs = _link(label, norm_key(doc.norm[ns:ne]), gaz)
            if probs is not None:
                attrs["score"] = round(sum(probs[i:j]) / (j - i), 3)
            out.append(EntitySpan(start, end, doc.text[start:end], label=label, part=part,
                                  source=source, attrs=attrs))
    return out


def crf_entities(doc: Document, tagger, domain: str | None = None) -> list[EntitySpan]:
    """Tag every extraction region of ``doc`` with the CRF and decode the BIO tags into spans.

    The gazetteer back-off follows news conventions (a place's head outside the LOC), so it runs
    for news text only: on AQMAR's Wikipedia dev part it cost about 10 F1 points.  Then the names
    found anywhere in the document are tagged where the CRF missed them (see
    :mod:`arabnews.extract.entities.consistency`)."""
    gaz = tagger.gazetteer
    tagged = []
    for part, toks in _sequences(doc):
        tags, probs = tagger.tag([t.norm for t in toks], marginals=True, domain=domain)
        backed = gazetteer_backoff(toks, tags, gaz) if domain is None else tags
        if backed != tags:
            probs = tagger.rescore(backed, probs)
            tags = backed
        tagged.append((part, toks, tags, probs))
    names = document_names(((toks, tags) for _, toks, tags, _ in tagged), gaz,
                           (probs for *_, probs in tagged))
    first_words = names.first_words()
    out: list[EntitySpan] = []
    for part, toks, tags, probs in tagged:
        tags = propagate(toks, tags, names, gaz, probs)
        out.extend(decode_tags(doc, toks, tags, probs, part, gaz, "crf", first_words))
    return out


def _filter(doc: Document, found: list[EntitySpan], ner_in_groups: bool) -> list[EntitySpan]:
    """Drop entities left to the groups stage, entities inside date expressions, and lone common
    nouns: a group trigger or a title/head word on its own ("الميليشيا", "المدينة") names nothing."""
    groups, dates = SpanIndex.of(doc.groups), SpanIndex.of(doc.dates)
    return [ent for ent in found
            if (ner_in_groups or not groups.overlaps(ent.start, ent.end)) and not dates.covers(ent.start, ent.end)
            and not _lone_common_noun(doc, ent)]


@cache
def _common_nouns() -> frozenset[str]:
    """Folded group trigger nouns (the groups stage's list) and title/head words (lexicon.yaml)."""
    return frozenset(group_lexicon().triggers) | default_gazetteer().head_words


def _is_common_noun(word: str) -> bool:
    """Is the folded ``word``, after its proclitics and article, a group trigger or a head word?"""
    common = _common_nouns()
    return any(form in common or (form.startswith("ال") and form[2:] in common)
               for split in clitic_splits(word) for form in split.lemma_forms)


def _lone_common_noun(doc: Document, ent: EntitySpan) -> bool:
    ns, ne = doc.to_normalized(ent.start, ent.end)
    word = fold(doc.norm[ns:ne])
    return bool(word) and " " not in word and _is_common_noun(word)
