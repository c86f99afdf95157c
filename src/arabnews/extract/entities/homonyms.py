"""Names that are the name of a channel and of a place: "الجزيرة".

The tagger reads "الجزيرة" as the Qatari channel (an ORG) wherever it stands, also where it is the island
a Tunisian article is about ("مغادرة الجزيرة" of Kerkennah, "وتتمركز بالجزيرة حامية عسكرية" of Zembra, "شهدت
الجزيرة تواجدا أمنيا" of Djerba) or a place ("باب الجزيرة" in Tunis).  :func:`island_not_channel` keeps the
ORG where a word next to it names the channel ("قناة الجزيرة", "مراسل الجزيرة", "الجزيرة نت", "بحسب الجزيرة",
"قال للجزيرة", "مقابلة مع الجزيرة", '"الجزيرة"' or "(الجزيرة)" alone) or the UAE club ("فريق الجزيرة", "مباراة
الجزيرة", and anywhere in a document about sport), or where another mention of the document names the channel (one sense
per document: the headline "الجزيرة تخسر 12 مليون متابع" over "تمكنت قناة الجزيرة"); elsewhere "باب الجزيرة"
is a LOC with its head, "ولاية الجزيرة" (Sudan) a LOC without it, and the island is no entity: ANERcorp and
NewsFANE tag no common noun. The cues are ``resources/ner/homonyms.yaml``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from ...document import Document, EntitySpan
from ...lang.ar import fold, load
from ...lang.schema import Record, Words
from ...text.tokenize import Token
from .bio import Tag, chunk_list
from .gates import gate
from .gazetteer import Gazetteer, Place, default_gazetteer
from .rulewords import HOMONYM_NOUN, QUOTES_CLOSE, QUOTES_OPEN, rule_words, stems

HOMONYMS_FILE = "ner/homonyms.yaml"
HOMONYMS_SCHEMA = Record({"channel_before": Words, "channel_before_lam": Words, "channel_after": Words,
                          "sport_words": Words, "place_with_head": Words, "place_after_head": Words,
                          "common_nouns": Words, "flood_names": Words, "flood_cues": Words,
                          "amman_names": Words, "amman_cues": Words, "oman_cues": Words, "amman_place": Words,
                          "amman_capital": Words,
                          "qutr_names": Words, "pronoun_nouns": Words, "pronoun_words": Words,
                          "clitic_words": Words},
                         {"_about": str})
#: "الجزيرة" folded, and the lone ل written apart ("لـ"الجزيرة"").
_NAME = fold("الجزيرة")
_LONE_LAM = frozenset({"ل", "لـ", "ل-"})
_QUOTES = QUOTES_OPEN | QUOTES_CLOSE
_WITH = fold("مع")


@cache
def _cues() -> dict[str, frozenset[str]]:
    """The folded lists of ``homonyms.yaml``."""
    data = load(HOMONYMS_FILE, HOMONYMS_SCHEMA)
    # folded with the article as written (a word's stems hold it): "الجنين" is no "جنين"
    return {key: frozenset(fold(w) for w in words) for key, words in data.items()
            if key not in ("_about", "amman_place")}


def homonym_nouns() -> frozenset[str]:
    """The ordinary nouns and floods' names of ``homonyms.yaml`` (folded): the forms of the mark ``HOMONYM_NOUN`` of
    :func:`.rulewords.word_flags`, the gate of :func:`noun_not_place_name`."""
    cues = _cues()
    return cues["common_nouns"] | cues["flood_names"]


@cache
def _amman() -> dict[str, object]:
    """GeoNames' Amman as a LOC's attributes (``homonyms.yaml``'s ``amman_place``)."""
    gid, lat, lon, country = load(HOMONYMS_FILE, HOMONYMS_SCHEMA)["amman_place"]
    return {"geonames_id": int(gid), "country": country, "lat": float(lat), "lon": float(lon)}


#: The shadda, with which "عمّان" is Amman (Oman is "عُمان").
_SHADDA = "\u0651"
#: Words read before a LOC "عمان" for Jordan's or Oman's cue.
_AMMAN_WINDOW = 3


def amman_not_oman(doc: Document, entities: list[EntitySpan]) -> list[EntitySpan]:
    """``entities`` with each LOC "عمان" that is Jordan's capital linked to Amman, not Oman: written "عمّان", with a
    word naming Jordan among the three words before it ("بالعاصمة الأردنية عمان"), or in apposition right after
    "the capital" ("في العاصمة، عمان": a country is no capital; ``amman_capital``), and no "سلطنة" right before
    it (``homonyms.yaml``'s ``amman_cues``, ``oman_cues``)."""
    cues = _cues()
    out: list[EntitySpan] = []
    for ent in entities:
        if ent.label != "LOC" or fold(ent.text.replace(_SHADDA, "")) not in cues["amman_names"] \
                or ent.attrs.get("country") == "JO":
            out.append(ent)
            continue
        before = [w for w in doc.text[max(0, ent.start - 60):ent.start].replace("،", " ").split()][-_AMMAN_WINDOW:]
        folded = [fold(w) for w in before]
        oman = bool(folded) and folded[-1] in cues["oman_cues"]
        capital = bool(before) and not cues["amman_capital"].isdisjoint(stems(before[-1]))
        if not oman and (_SHADDA in ent.text or capital or not cues["amman_cues"].isdisjoint(folded)):
            attrs = {k: v for k, v in ent.attrs.items() if k == "score"}
            attrs.update(_amman())
            ent = replace(ent, attrs=attrs)
        out.append(ent)
    return out


@cache
def _countries() -> dict[str, dict[str, object]]:
    """Country code → the LOC attributes of the gazetteer's country of that code (the most populous entry)."""
    best: dict[str, Place] = {}
    for place in default_gazetteer().places.values():
        if place.kind == "country" and place.country and (
                place.country not in best or place.population > best[place.country].population):
            best[place.country] = place
    out: dict[str, dict[str, object]] = {}
    for code, place in best.items():
        attrs: dict[str, object] = {"geonames_id": place.geonames_id, "country": code}
        if place.lat is not None:
            attrs.update(lat=place.lat, lon=place.lon)
        out[code] = attrs
    return out


def qutr_not_qatar(doc: Document, entities: list[EntitySpan]) -> list[EntitySpan]:
    """``entities`` with each LOC "القطر" (with its proclitics: "بالقطر") that the gazetteer linked to Qatar read as
    the Maghreb's word for a country: before a country's nisba it is that country, the nisba in its span ("المهربة
    من القطر الجزائري" → LOC "القطر الجزائري", DZ; "القطر الليبي", "القطر التونسي"); alone ("داخل القطر") it is no
    name, as ANERcorp tags no common noun (``homonyms.yaml``'s ``qutr_names``)."""
    names = _cues()["qutr_names"]
    out: list[EntitySpan] = []
    gaz = None
    for ent in entities:
        if ent.label != "LOC" or " " in ent.text.strip() or names.isdisjoint(stems(ent.text)):
            out.append(ent)
            continue
        if gaz is None:
            gaz = default_gazetteer()
        after = doc.text[ent.end:ent.end + 40]
        word = after.split()[0] if after[:1] == " " and after.split() else ""
        bare = word.rstrip(".,،:؛;!?\"»)")
        code = gaz.nisba.get(fold(bare)) if bare.startswith("ال") else None
        country = _countries().get(code) if code else None
        if country is None:
            continue  # "داخل القطر": no name
        end = ent.end + after.index(bare) + len(bare)
        attrs = {k: v for k, v in ent.attrs.items() if k == "score"}
        attrs.update(country)
        out.append(replace(ent, end=end, text=doc.text[ent.start:end], attrs=attrs))
    return out


def _is(tok: Token | None, table: frozenset[str]) -> bool:
    """Is ``tok`` a word in ``table`` (after its proclitics, with or without the article)?"""
    return tok is not None and tok.kind == "word" and not table.isdisjoint(stems(tok.norm))


def _word_before(toks: Sequence[Token], i: int) -> int:
    """The index of the token before ``i``, quotes skipped (-1 if none)."""
    k = i - 1
    while k >= 0 and toks[k].text in _QUOTES:
        k -= 1
    return k


def _channel_here(toks: Sequence[Token], i: int) -> bool:
    """Does a word next to ``toks[i]`` ("الجزيرة" with its proclitics) name the channel?"""
    cues = _cues()
    n = len(toks)
    p = _word_before(toks, i)
    lam = fold(toks[i].norm).startswith("لل")
    if not lam and p >= 0 and (toks[p].text in _LONE_LAM or fold(toks[p].norm) == _WITH):
        lam, p = True, _word_before(toks, p)
    before = toks[p] if p >= 0 else None
    if _is(before, cues["channel_before"]) or (lam and _is(before, cues["channel_before_lam"])):
        return True
    k = i + 1
    while k < n and toks[k].text in QUOTES_CLOSE:
        k += 1
    if k < n and _is(toks[k], cues["channel_after"]):
        return True
    # alone in quotes or brackets: '"الجزيرة"', "(الجزيرة)"
    return 0 < i < n - 1 and ((toks[i - 1].text in QUOTES_OPEN and toks[i + 1].text in QUOTES_CLOSE)
                              or (toks[i - 1].text == "(" and toks[i + 1].text == ")"))


def _named(tok: Token) -> bool:
    """Is ``tok`` "الجزيرة" with or without proclitics ("للجزيرة", "بالجزيرة"), not "جزيرة"?"""
    return tok.kind == "word" and _NAME in stems(tok.norm)


def _tokens_with(doc: Document, folded: str, starts: Sequence[int], needle: str) -> set[int]:
    """The indices of the tokens whose folded text holds ``needle`` (found in ``folded``, the document's folded
    text, so that a long document's Token objects are not all made): the only tokens a word of a folded table can
    be."""
    out: set[int] = set()
    at = folded.find(needle)
    while at >= 0:
        k = bisect_right(starts, doc.to_original(at, at + len(needle))[0]) - 1
        if k >= 0:
            out.add(k)
        at = folded.find(needle, at + 1)
    return out


def island_not_channel(doc: Document, entities: list[EntitySpan]) -> list[EntitySpan]:
    """``entities`` with each ORG "الجزيرة" that is no channel made a place or dropped (module docstring)."""
    if not any(e.label == "ORG" and fold(e.text).endswith("لجزيره") and " " not in e.text.strip()
               for e in entities):
        return entities
    folded = doc.folded
    if _NAME not in folded:
        return entities
    toks = doc.tokens
    starts: Sequence[int] = getattr(toks, "starts", None) or [t.start for t in toks]
    mentions = {k for k in _tokens_with(doc, folded, starts, _NAME[2:]) if _named(toks[k])}
    cues = _cues()
    channel = {k for k in mentions if _channel_here(toks, k)}
    # a document about sport: the club's name ("واصل الجزيرة أداءه")
    sport = any(_is(toks[k], cues["sport_words"])
                for w in cues["sport_words"]
                for k in _tokens_with(doc, folded, starts, w[2:] if w.startswith("ال") else w))
    out: list[EntitySpan] = []
    for ent in entities:
        i = bisect_right(starts, ent.start) - 1
        if ent.label != "ORG" or i < 0 or i not in mentions or toks[i].end != ent.end:
            out.append(ent)
            continue
        if i in channel:
            out.append(ent)
            continue
        p = _word_before(toks, i)
        before = toks[p] if p >= 0 and p == i - 1 else None
        if before is not None and _is(before, cues["place_with_head"]):
            head = before.start + before.text.rfind("باب")
            while out and out[-1].end > head:  # the tagger's "باب" of its own
                out.pop()
            out.append(replace(ent, label="LOC", start=head, text=doc.text[head:ent.end],
                               attrs={k: v for k, v in ent.attrs.items() if k == "score"}))
        elif before is not None and _is(before, cues["place_after_head"]):
            out.append(replace(ent, label="LOC", attrs={k: v for k, v in ent.attrs.items() if k == "score"}))
        elif channel or sport:
            out.append(ent)
    return out


def _cue_next_to(toks: Sequence[Token], i: int, cues: frozenset[str]) -> bool:
    """Is the word before or after ``toks[i]`` (a closing quote or comma skipped after it) one of ``cues``?"""
    return any(0 <= k < len(toks) and _is(toks[k], cues) for k in (i - 1, i + 1))


#: "ة" as written: a text that writes it tells "جدة" (Jeddah) from "جده" (his grandfather).
_TA_MARBUTA = "ة"


def _with_pronoun(toks: Sequence[Token], i: int, forms: Sequence[str], cues: dict[str, frozenset[str]]) -> bool:
    """Is word ``i`` (its :func:`stems` ``forms``) a noun with an attached pronoun that folds to a town's name
    (``pronoun_words``: "بابها", "لبنها"; or ``pronoun_nouns`` written with ه in a sentence that writes ة:
    "لجده", "قفصه"), or an ordinary word whose first letter is a proclitic before a place's name (``clitic_words``:
    "وجوبا", obligatorily, not و + Juba; "للحج", for the pilgrimage, not ل + Lahij)?"""
    word = fold(toks[i].norm)
    for key in ("pronoun_words", "clitic_words"):  # "بابها" (her door); "وجوبا" (obligatorily; و + Juba)
        if word in cues[key] or (word[:1] in "وف" and word[1:] in cues[key]):
            return True
    return (not cues["pronoun_nouns"].isdisjoint(forms) and toks[i].text.endswith("ه")
            and (any(tok.text.endswith(_TA_MARBUTA) for tok in toks) or _kin_before_person(toks, i)))


#: Words before which a town stays a town, whatever follows it ("في جده الأمير …": in Jeddah, the prince …).
_PLACE_PREPOSITIONS = frozenset({"في", "الى", "إلى", "من", "نحو", "بين"})


def _kin_before_person(toks: Sequence[Token], i: int) -> bool:
    """Is word ``i`` (a noun with an attached pronoun, "لجده") followed by a title (``rules.yaml``'s ``titles``:
    "لجده الملك رمسيس الثاني", his grandfather King Ramses II), in a text that writes no ة, and not after a preposition
    of place ("في جده الأمير …" is in Jeddah) nor with ب ("بجده")?"""
    if i + 1 >= len(toks) or toks[i + 1].kind != "word" or toks[i].norm.startswith("ب"):
        return False
    if i and toks[i - 1].norm in _PLACE_PREPOSITIONS:
        return False
    return not rule_words().titles.isdisjoint(stems(toks[i + 1].norm))


# (the gate's bit: a word one of whose stems is such a noun or name, as the rule asks of the word's stems)
@gate(HOMONYM_NOUN, tags=("B-LOC", "I-LOC"))
def noun_not_place_name(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A one-word LOC that is an ordinary noun (``homonyms.yaml``'s ``common_nouns``: "الجنين", the fetus, "الجدة",
    the grandmother, "الخراطيش", cartridges) is none; "سيول" (Seoul) next to a word of water, rain or floods
    (``flood_cues``: "سيول جارفة", "سيول المياه", "أمطار وسيول") is the plural of "سيل", a flood, and none either.
    After a place head ("مدينة …") the place stays."""
    cues = _cues()
    for i, j, label in chunk_list(tags):
        if label != "LOC" or j - i != 1 or toks[i].kind != "word":
            continue
        forms = stems(toks[i].norm)
        if cues["common_nouns"].isdisjoint(forms) and (
                cues["flood_names"].isdisjoint(forms) or not _cue_next_to(toks, i, cues["flood_cues"])):
            continue
        if i and toks[i - 1].kind == "word" and gaz.is_loc_head(toks[i - 1].norm):
            continue
        tags[i] = "O"


@gate(tags=("B-LOC",))
def pronoun_noun_not_place(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A one-word LOC that is a noun with an attached pronoun folding to a town's name (:func:`_with_pronoun`:
    "لجده", to his grandfather, not Jeddah "جدة"; "داخل قفصه", its cage, not Gafsa "قفصة"; "بابها", her door, not
    ب + Abha; "وجوبا", obligatorily, not و + Juba) is none; after a place head ("مدينة …") the place stays.  It
    runs after the rules that tag a province alone (``province_alone``: "منوبة", "جربة")."""
    cues = _cues()
    for i, j, label in chunk_list(tags):
        if label != "LOC" or j - i != 1 or toks[i].kind != "word":
            continue
        if _with_pronoun(toks, i, stems(toks[i].norm), cues) and not (
                i and toks[i - 1].kind == "word" and gaz.is_loc_head(toks[i - 1].norm)):
            tags[i] = "O"
