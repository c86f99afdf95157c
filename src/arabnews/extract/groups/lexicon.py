"""The word lists of the groups stage (``resources/group_triggers.yaml`` and the shared
``ar_words.yaml``), folded, with their compiled patterns.

>>> lex = lexicon()
>>> lex.triggers["لواء"]
'brigade'
>>> "militia" in kinds()
True
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import regex

from ...lang import ar
from ...lang.ar import words
from ...lang.ar.scan import GatedPattern, GateGroup
from ...lang.schema import ListOf, MapOf, Record, Words
from ..numbers.gated import at_pos
from ..relations.lexicon import inflections

#: A character of a word.  The stdlib re scans the big name trie about ten times faster than regex
#: does; its \w is Unicode-aware.
WORD_CHAR = r"\w"
#: The characters of the runs :class:`~arabnews.lang.ar.scan.GatedPattern` reads before trying a pattern of this
#: module at a run's start: letters and "_", characters of ``WORD_CHAR`` (the stdlib's ``\w``: ``str.isalnum()`` or
#: "_"; ``regex`` knows a newer Unicode, whose letters unassigned in Python's are in no text).  Not digits: a run
#: must end where an entry's first word does, and a pattern may let a number glued to a word follow it.
#: A run never starts after a letter, digit or "_", which the patterns' look-behind ``(?<!\w)`` forbids before a match.
RUN_CHAR = r"[\p{L}_]"
_NOT_RUN = regex.compile(r"[^\p{L}_]")


def gated(pattern: re.Pattern[str], prefix: str, entries: Iterable[str], group: GateGroup | None, *,
          also: Iterable[tuple[str, Iterable[str]]] = ()) -> GatedPattern:
    r"""``pattern`` (``(?<!\w)``, then ``prefix``, then one of ``entries``) tried only at the runs of :data:`RUN_CHAR`
    that are a string of ``prefix`` and the first run of an entry (the entry up to its first character that is not
    a run character: a space, a dash, a digit, "/"), or of a prefix and an entry of ``also`` (the other alternatives
    of the pattern, each with its own proclitics).  Its ``re`` pattern is its own twin (no copy is compiled)."""
    pairs = [(prefix, entries), *also]
    firsts = [(p, {_NOT_RUN.split(e, maxsplit=1)[0] for e in es if e}) for p, es in pairs]
    out = GatedPattern(pattern, prefix, firsts[0][1], RUN_CHAR, group=group, also=firsts[1:])
    if any("" in words for _, words in firsts):  # an entry that opens with no run ("313 كتيبة" of a user's
        out.gated = False  # registry): tried everywhere
    out.__dict__["_simple_pattern"] = pattern
    return out
SPACE = r"[ \t\u00a0]"
OPEN_QUOTES = "\"“«'‘"
CLOSE_QUOTES = "\"”»'’"

@dataclass(frozen=True)
class Anaphor:
    """What an anaphor of ``group_anaphors`` stands for: ``group`` (or the one group of ``kinds`` named before it),
    when the document names one of ``after`` before it (any group, if empty) and none of ``not_with``."""

    group: str | None
    kinds: frozenset[str]
    after: frozenset[str]
    not_with: frozenset[str]


class Guarded:
    """A compiled pattern each match of which holds, as written, the first word of one of ``keys`` (the entries of
    its trie: :func:`~arabnews.lang.ar.trie_regex` reads their spaces and dashes loosely, not their letters).  A
    pattern that opens with a look-behind and optional proclitics is tried at every character of a text; a stretch
    with none of those words (most of a document's regions) is not scanned (session 28: the UGTT's, UTAP's and
    UTICA's structures were a third of the groups stage's time)."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern[str], keys: Iterable[str]) -> None:
        self.pattern = pattern
        self.words = tuple(sorted({re.split(r"[ \t\u00a0\-–—]", k, maxsplit=1)[0] for k in keys}))
        assert all(self.words), "an empty first word would match anywhere"

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if not any(text.find(w, pos, endpos) >= 0 for w in self.words):
            return iter(())
        return self.pattern.finditer(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.match(text, pos, endpos)


_SCHEMA = Record({
    "kinds": Words,
    "spelling_variants": MapOf(str, Words),
    "joined_words": Words,
    "triggers": MapOf(str, str),
    "quoted_only": Words,
    "heads": Words,
    "dual_heads": Words,
    "dual_noun_names": Words,
    "dual_noun_next": Words,
    "study_places": Words,
    "stopwords": Words,
    "generic_names": Words,
    "rank_context": Words,
    "trigger_not_after": MapOf(str, Words),
    "trigger_not_after_adverbs": Words,
    "quoted_not_name": Words,
    "letter_names": Words,
    "quoted_not_before": Words,
    "not_place_votes": Words,
    "name_descriptors": Words,
    "name_continuations": Words,
    "name_connectors": Words,
    "name_titles": Words,
    "place_nouns": Words,
    "member_nouns": Words,
    "group_nisbas": MapOf(str, str),
    "group_nisba_heads": Words,
    "group_anaphors": ListOf(Record({"names": Words, "after": Words},
                                    {"group": str, "kinds": Words, "not_with": Words}, label="names")),
    "affiliation_stems": Words,
    "split_words": Words,
    "split_stems": Words,
    "country_cues": MapOf(str, Words),
    "country_persons": MapOf(str, Words),
    "numbered_units": MapOf(str, str),
    "unit_ordinals": Words,
    "unit_arms": Words,
    "unit_not_after": Words,
    "unit_not_before": Words,
    "unit_place_nouns": Words,
    "qualified_countries": MapOf(str, MapOf(str, str)),
    "state_force_nouns": Words,
    "state_force_indefinite": Words,
    "state_force_adjectival": Words,
    "state_force_masculine": Words,
    "air_defence_nouns": Words,
    "air_defence_speakers": Words,
    "state_force_not_after": Words,
    "state_force_not_before": Words,
    "state_force_aircraft": Words,
    "state_force_aircraft_not_after": Words,
    "state_forces": MapOf(str, str),
    "state_force_name_nisbas": MapOf(str, str),
    "state_force_extra_nisbas": MapOf(str, str),
    "union_units": Record({"group": str, "heads": MapOf(str, str), "labour_heads": Words, "labour": str,
                           "labour_not_before": Words, "not_sector": Words, "sector_stop": Words,
                           "max_sector_words": int, "place_sides": Words,
                           "not_before": Words, "adjective_endings": Words, "sister_unions": MapOf(str, str),
                           "bare_heads": MapOf(str, Words), "bare_not_before": Words,
                           "not_joined": Words, "place_unions": MapOf(str, str),
                           "federations": Record({"group": str, "names": MapOf(str, str)})}),
})


def _extra_nisba_forms(nisba: str) -> list[str]:
    """The forms of a masculine nisba ("كونغولي"): feminine and plurals, each with and without the article."""
    forms = [nisba + end for end in ("", "ة", "ون", "ين")]
    return forms + ["ال" + f for f in forms]


def state_nisba_code(folded: str) -> str | None:
    """The country (ISO code) of a folded nisba of a state's forces: the gazetteer's nisba table, then the
    ``state_force_extra_nisbas`` it lacks ("الروسيه" → RU, "الكونغولي" → CD); None for any other word."""
    from ..entities.gazetteer import default_gazetteer

    return default_gazetteer().nisba.get(folded) or lexicon().state_force_extra_nisbas.get(folded)

def _data() -> Any:
    return ar.load("group_triggers.yaml", _SCHEMA)


@cache
def kinds() -> frozenset[str]:
    """The kinds a registry entry may have ("militia", "party", …)."""
    return frozenset(_data()["kinds"])


@cache
def spelling_variants() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Folded word → the folded spellings a name containing it is also matched with."""
    return tuple((ar.lookup_key(word), tuple(ar.lookup_key(a) for a in alts))
                 for word, alts in _data()["spelling_variants"].items())


@cache
def joined_words() -> tuple[str, ...]:
    """Folded words written both joined to the next word and apart ("عبد": "عبد الله", "عبدالله")."""
    return tuple(ar.lookup_key(w) for w in _data()["joined_words"])


def _folded(items: Iterable[str]) -> frozenset[str]:
    return frozenset(ar.lookup_key(w) for w in items)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The folded word lists of the stage, with their compiled patterns."""

    triggers: dict[str, str]  # folded trigger → kind
    quoted_only: frozenset[str]
    stopwords: frozenset[str]
    generic_names: frozenset[str]
    rank_context: frozenset[str]
    trigger_not_after: frozenset[tuple[str, str]]  # (folded word, folded trigger): "تحت لواء" is no brigade
    not_after_adverbs: frozenset[str]  # folded adverbs between such a word and its trigger ("يتم خلالها تنظيم")
    quoted_not_name: frozenset[str]  # folded words that make a quoted phrase no name ("تحالف "عفا عليه الزمن"")
    letter_names: frozenset[str]  # folded Arabic spellings of Latin letters ("هيئة "أر تي أل"": a broadcaster)
    quoted_not_before: frozenset[str]  # folded words after a quoted name that make it a company ("للإذاعة")
    person_parts: frozenset[str]  # folded given names and name parts: "حزب مهدي جمعة" is no party's name
    not_place_votes: frozenset[str]  # folded words that vote for no country ("بن": not Bonn)
    name_descriptors: frozenset[str]  # folded adjectives that describe a shared name, not continue it ("اليميني")
    name_continuations: frozenset[str]  # folded adjectives that continue a shared name ("المتحد")
    connectors: frozenset[str]
    titles: frozenset[str]
    place_nouns: frozenset[str]
    compounds: frozenset[str]
    compound_tails: frozenset[str]
    place_names: frozenset[str]
    place_nisbas: frozenset[str]
    heads: frozenset[str]
    dual_heads: frozenset[str]  # the heads of two names: "حزبي", "حركتا"
    dual_noun_names: frozenset[str]  # registry names that are also a common noun's dual: "طالبان"
    dual_noun_next: frozenset[str]  # words after such a name that make it the common noun: "آخران"
    study_places: frozenset[str]  # institutions of study: "جامعة", "كلية"
    trigger_re: GatedPattern
    head_re: regex.Pattern[str]
    member_re: regex.Pattern[str]
    affiliation_re: regex.Pattern[str]
    split_re: regex.Pattern[str]
    country_cues: dict[str, str]  # folded institution name → ISO code of its country
    country_cue_re: re.Pattern[str]
    nisba_re: regex.Pattern[str]
    units: dict[str, str]  # folded unit noun ("فرقه") → kind
    unit_re: re.Pattern[str]  # a unit noun and its number or ordinal: "اللواء 93", "للفرقه الرابعه"
    unit_noun_re: re.Pattern[str]  # a unit noun alone (where `unit_re` can match)
    unit_arm_re: re.Pattern[str]  # an arm after the number: " مشاه", " امن مركزي"
    unit_not_after_re: re.Pattern[str]  # "لمكافحه", "من الحجيج": no military unit
    unit_not_before: frozenset[str]  # "طلاب": no military unit
    unit_place_nouns: frozenset[str]  # "محور": a numbered unit after it is the base named after it
    qualified: dict[tuple[str, str], str]  # (folded country or nisba stem, folded direction) → ISO code
    qualified_re: re.Pattern[str]  # "الكوريه الجنوبيه", "كوريا الجنوبيه"
    state_force_re: GatedPattern  # a force noun and the word after it: "الطائرات السوريه", "قوات تركيه"
    state_force_adjectival: frozenset[str]  # folded nouns that are adjectives after a definite word ("البحريه")
    group_nisba_re: re.Pattern[str]  # a noun of a group's men or weapons and the group's nisba: "قناصا حوثيا"
    group_nisbas: dict[str, str]  # the folded nisba forms → the group's id ("حوثيا" → houthis)
    anaphor_re: GatedPattern  # the anaphors' names, with their proclitics (or لل for the article)
    anaphors: dict[str, Anaphor]  # their folded names (without the article after لل too) → what they stand for
    group_nisba_stems: tuple[str, ...]  # the folded masculine nisbas ("حوثي"), every form's start
    state_force_masculine: frozenset[str]  # folded nouns whose nisba is masculine ("الدفاع الجوي السوري")
    air_defence_re: re.Pattern[str]  # air defences without a nisba: a spokesman's force's ("الدفاعات الأرضية")
    air_defence_speakers: frozenset[str]  # "باسم", "قال": before the force whose air defences they are
    state_force_not_after: frozenset[str]  # folded words before the noun that make it a thing ("صفقه", "شركه")
    state_force_not_before: frozenset[str]  # folded words after the nisba: "الصنع"
    state_force_aircraft: frozenset[str]  # folded aircraft nouns (with the article as written): "الطائرات"
    state_force_aircraft_not_after: frozenset[str]  # words before them that make them airliners: "امام", "حامله"
    state_forces: dict[str, str]  # ISO code → the registry id of the country's force
    state_force_name_nisbas: dict[str, str]  # folded indefinite nisba that is also the country's name → ISO code
    state_force_extra_nisbas: dict[str, str]  # folded nisba (every form) the nisba table lacks → ISO code
    union_group: str = ""  # the registry id of the union whose structures `union_re` finds ("ugtt")
    union_levels: dict[str, str] = field(default_factory=dict)  # folded head without its article → level
    union_labour_heads: frozenset[str] = frozenset()  # folded heads (no article) that stand only before "للشغل"
    union_re: Guarded | None = None  # a structure's head with its article or لل: "الاتحاد الجهوي"
    union_labour_re: re.Pattern[str] | None = None  # " للشغل", not joined to another sector
    union_not_sector: frozenset[str] = frozenset()  # folded words of another union's sector ("الامن")
    union_sector_stop: frozenset[str] = frozenset()  # folded definite words that end a sector ("اليوم")
    union_max_words: int = 8
    union_place_sides: frozenset[str] = frozenset()  # folded directions after a place: "الشماليه"
    union_not_before_re: re.Pattern[str] | None = None  # " التابعه لاتحاد عمال تونس": a rival union's structure
    union_adjective_endings: tuple[str, ...] = ()  # folded endings of a sector's adjective: "ي", "يه"
    union_sisters: dict[str, str] = field(default_factory=dict)  # folded " للفلاحه" after a labour head → "utap"
    federation_group: str = ""  # the registry id of the organization whose federations `federation_re` finds
    federation_levels: dict[str, str] = field(default_factory=dict)  # folded name (also article-less) → level
    federation_re: Guarded | None = None  # "الجامعه التونسيه للنزل", "للجامعه الوطنيه للجلود والاحذيه"
    union_sister_re: re.Pattern[str] | None = None  # one of `union_sisters` after a labour head (longest first)
    union_bare_re: Guarded | None = None  # an article-less head and its sector's first word: "نقابه التعليم"
    union_bare_sectors: dict[str, frozenset[str]] = field(default_factory=dict)  # folded head → first words
    union_bare_not: frozenset[str] = frozenset()  # folded words in or after such a sector: "الخاص"
    union_not_joined: frozenset[str] = frozenset()  # folded nouns (no article) after و that end a sector: "وزاره"
    union_places: dict[str, str] = field(default_factory=dict)  # folded "اتحاد الفلاحين" → "utap" (before a place)
    union_place_re: Guarded | None = None  # one of `union_places` with a bare proclitic


def qualified_pair(m: re.Match[str]) -> tuple[str, str]:
    """The (folded base, folded side) of a match of ``Lexicon.qualified_re``: a key of ``Lexicon.qualified``.

    >>> lex = lexicon()
    >>> qualified_pair(lex.qualified_re.search("قال الجيش الكوري الجنوبي"))
    ('كوري', 'جنوبي')
    >>> lex.qualified_re.search("المؤتمر الوطني الافريقي الجنوبي") is None
    True
    """
    side = m.lastgroup or ""
    return m.group("b" + side[1:]), m.group(side)


def _person_parts() -> frozenset[str]:
    """The folded given names and name parts of the entities gazetteer (its corpora's and ``given_names.yaml``)."""
    from ..entities.gazetteer import default_gazetteer

    return frozenset(ar.lookup_key(w) for w in default_gazetteer().person_parts)


@cache
def gate_group() -> GateGroup:
    """The runs of a region read once for every gated pattern of the stage (the shipped registry's names among
    them)."""
    return GateGroup(RUN_CHAR)


@cache
def lexicon() -> Lexicon:
    """Load and compile the word lists once."""
    data = _data()
    triggers = {ar.lookup_key(k): v for k, v in data["triggers"].items()}
    # The patterns every region is scanned with are tried only at the words they can start at (session 42: the
    # trigger, state-force and anaphor scans were a third of the stage's instructions), one pass over a region's
    # runs for all of them.
    gates = gate_group()
    trigger_re = gated(re.compile(
        rf"(?<!{WORD_CHAR})(?P<pre>{ar.PROCLITIC})(?P<trig>{ar.trie_regex(triggers)})(?!{WORD_CHAR})"),
        ar.PROCLITIC, triggers, gates)
    heads = _folded([*data["heads"], *data["dual_heads"]])
    # The head is the last word before the name, possibly followed by an opening quote.
    head_re = regex.compile(
        rf"(?<!{WORD_CHAR})(?P<pre>{ar.PROCLITIC})(?P<head>{ar.trie_regex(heads)}){SPACE}*[{OPEN_QUOTES}(]?"
        rf"{SPACE}*\Z")
    # A noun of the group's members right before its name, possibly followed by an opening quote: "مقاتلي
    # الشباب", "لعناصر القاعدة", "جماعة (الحوثي)".
    member_re = regex.compile(
        rf"(?<!{WORD_CHAR})(?P<pre>{ar.PROCLITIC})(?P<member>{ar.trie_regex(_folded(data['member_nouns']))})"
        rf"{SPACE}*[{OPEN_QUOTES}(]?{SPACE}*(?<={SPACE}|[{OPEN_QUOTES}(])\Z")
    # A noun of a group's men or weapons and the group's own nisba (`_nisba_hits`): "قناصا حوثيا", "العناصر
    # الداعشيه", "للخليه الداعشيه"; definiteness is checked there.
    group_nisbas = {}
    for base, gid in data["group_nisbas"].items():
        stem = ar.lookup_key(base)
        for form in (stem, stem + "ا", stem + "ه", stem + "ون", stem + "ين", stem + "ات", stem + "ان", stem + "تين",
                     stem + "تان"):
            group_nisbas[form] = group_nisbas["ال" + form] = gid
    nisba_heads = _folded(data["group_nisba_heads"])
    nisba_heads |= {" ".join("ال" + w for w in head.split()) for head in nisba_heads}
    group_nisba_re = re.compile(
        rf"(?<!{WORD_CHAR})(?P<pre>{ar.PROCLITIC}|[وف]?لل)(?P<head>{ar.trie_regex(nisba_heads)}){SPACE}+"
        rf"(?P<nisba>{ar.trie_regex(group_nisbas)})(?!{WORD_CHAR})")
    # Anaphors (`_anaphor_spans`): "الميليشيا المتمردة", "لجنود العدو", "للعدو".
    anaphors: dict[str, Anaphor] = {}
    for entry in data["group_anaphors"]:
        anaphor = Anaphor(entry.get("group"), frozenset(entry.get("kinds", ())), frozenset(entry["after"]),
                          frozenset(entry.get("not_with", ())))
        for name in _folded(entry["names"]):
            anaphors[name] = anaphor
    lil_names = {k[2:] for k in anaphors if k.startswith("ال")}
    anaphors |= {k: anaphors["ال" + k] for k in lil_names}
    anaphor_re = gated(re.compile(
        rf"(?<!{WORD_CHAR})(?:[وف]?لل(?P<lil>{ar.trie_regex(lil_names)})"
        rf"|{ar.PROCLITIC}(?P<name>{ar.trie_regex(set(anaphors) - lil_names)}))(?!{WORD_CHAR})"),
        rf"[وف]?لل|{ar.PROCLITIC}", set(anaphors), gates)
    # A participle of belonging right before a name joined to ل or ب: "التابعة للقاعدة".
    affiliations = _folded(form for stem in data["affiliation_stems"] for form in inflections(stem))
    affiliation_re = regex.compile(
        rf"(?<!{WORD_CHAR})(?P<pre>{ar.PROCLITIC})(?P<aff>{ar.trie_regex(affiliations)}){SPACE}+\Z")
    # A split before "عن" and a name: "انشقت جبهة فتح الشام عن", "المنشقة عن" (no sentence or clause end between).
    splits = _folded([*data["split_words"], *(form for stem in data["split_stems"] for form in inflections(stem))])
    split_re = regex.compile(
        rf"(?<!{WORD_CHAR})(?P<pre>{ar.PROCLITIC})(?P<split>{ar.trie_regex(splits)})(?!{WORD_CHAR})"
        rf"[^.!?؟\n؛،,]{{0,60}}?{SPACE}+عن{SPACE}+\Z")
    # An institution of one country: "مجلس نواب الشعب" (Tunisia).
    # and a person of one country (`country_persons`: "ناجي جلول", session 29), counted alike
    cues = {ar.lookup_key(name): code for table in ("country_cues", "country_persons")
            for code, names in data[table].items() for name in names}
    # ("لل" before a name without its article: "للجوهره اف ام")
    air_defence_re = re.compile(
        rf"(?<!{WORD_CHAR}){ar.PROCLITIC}(?P<name>{ar.trie_regex(_folded(data['air_defence_nouns']))})(?!{WORD_CHAR})")
    country_cue_re = re.compile(
        rf"(?<!{WORD_CHAR})(?P<pre>[وف]?(?:لل|[بلك])?)(?P<cue>{ar.trie_regex(cues)})(?!{WORD_CHAR})")
    # A nisba adjective with the article, masculine or feminine: "الفلسطيني", "اللبنانيه".
    nisba_re = at_pos(
        rf"(?P<quote>[{CLOSE_QUOTES}]?)(?P<space>{SPACE}+)(?P<nisba>ال(?:{ar.trie_regex(words.nisba_adjectives())})ه?+)"
        rf"(?!{WORD_CHAR})")
    # A unit noun (with the article, "لل" or a bare proclitic) and its number or ordinal (with the article, and
    # "عشر"/"عشره" for 11–19); a number in a decimal or a range ("93.5", "3/4") is none.
    units = {ar.lookup_key(k): v for k, v in data["numbered_units"].items()}
    # where a unit noun is written (the scan `_unit_hits` starts from: `unit_re` alone is tried at every offset)
    unit_noun_re = re.compile(ar.trie_regex(units))
    unit_re = re.compile(
        rf"(?<!{WORD_CHAR})(?P<pre>[وف]?(?:لل|[بك](?=ال)|[بلك])?)(?P<noun>(?:ال)?(?:{ar.trie_regex(units)})){SPACE}+"
        rf"(?P<num>[0-9]+(?![0-9%]|[.,،/٫:][0-9]|{WORD_CHAR})"
        rf"|ال(?:{ar.trie_regex(_folded(data['unit_ordinals']))})(?:{SPACE}+عشره?)?(?!{WORD_CHAR}))")
    unit_arm_re = re.compile(
        rf"{SPACE}+(?P<arm>{ar.trie_regex(_folded(data['unit_arms']))})(?!{WORD_CHAR})")
    unit_not_after_re = re.compile(
        rf"{SPACE}+(?:{ar.trie_regex(_folded(data['unit_not_after']))})(?!{WORD_CHAR})")
    qualified = {(ar.lookup_key(base), ar.lookup_key(side)): code
                 for base, sides in data["qualified_countries"].items() for side, code in sides.items()}
    # One alternative per set of sides, with the bases the table pairs with exactly those sides (groups b<i>, s<i>,
    # read by `qualified_pair`): every match is a pair of the table ("الكوري الجنوبي", "الأفريقي الوسطى"), and
    # "الأفريقي الجنوبي" (South Africa's nisba is one word) is none.
    sides_of: dict[str, set[str]] = {}
    for base, side in qualified:
        sides_of.setdefault(base, set()).add(side)
    bases_of: dict[frozenset[str], set[str]] = {}
    for base, base_sides in sides_of.items():
        bases_of.setdefault(frozenset(base_sides), set()).add(base)
    pairs = "|".join(
        rf"(?P<b{i}>{ar.trie_regex(bases)})(?:يين|يون|يات|يه|ين|ون|ات|ه)?{SPACE}+(?:ال)?(?P<s{i}>{ar.trie_regex(sides)})"
        for i, (sides, bases) in enumerate(sorted(bases_of.items(), key=lambda kv: sorted(kv[1]))))
    qualified_re = re.compile(
        rf"(?<!{WORD_CHAR})(?:[وف]?(?:[بك]?ال|لل|[بلك]))?(?:{pairs})(?:ين|ون|ان|تان|تين|ه|ات)?(?!{WORD_CHAR})")
    # A force noun (with the article, or لل, or a bare proclitic before an indefinite one) and the word after it,
    # which `_state_force_hits` looks up as a nisba: "الطائرات السوريه", "للقوات التركيه", "وسلاح الجو الاردني".
    definite = _folded(data["state_force_nouns"])
    with_article = [w[2:] for w in definite if w.startswith("ال")]
    bare = [w for w in definite if not w.startswith("ال")]
    indefinite = _folded(data["state_force_indefinite"])
    state_force_re = gated(re.compile(
        rf"(?<!{WORD_CHAR})[وف]?(?:(?:[بك]?ال|لل)(?P<def>{ar.trie_regex(with_article)})"
        rf"|[بلك]?(?P<bare>{ar.trie_regex(bare)})|[بل]?(?P<indef>{ar.trie_regex(indefinite)}))"
        rf"(?={SPACE}+(?P<nisba>\w+))"), "[وف]?(?:[بك]?ال|لل|[بلك])?", {*with_article, *bare, *indefinite}, gates)
    # The UGTT's structures: a head with its article (or لل) and the sector or "للشغل" after it (`_union_hits`).
    union = data["union_units"]
    levels = {ar.lookup_key(k)[2:]: v for k, v in union["heads"].items()}
    union_re = Guarded(re.compile(rf"(?<!{WORD_CHAR})[وف]?(?:[بك]?(?P<art>ال)|لل)(?P<head>{ar.trie_regex(levels)})"
                                  rf"(?!{WORD_CHAR})"), levels)
    union_labour_re = re.compile(
        rf"{SPACE}+{ar.lookup_key(union['labour'])}(?!{WORD_CHAR})"
        rf"(?!{SPACE}*(?:{ar.trie_regex(_folded(union['labour_not_before']))})(?!{WORD_CHAR}))")
    sisters = {ar.lookup_key(k): v for k, v in union["sister_unions"].items()}
    bare_heads = {ar.lookup_key(k): _folded(v) for k, v in union["bare_heads"].items()}
    places = {ar.lookup_key(k): v for k, v in union["place_unions"].items()}
    # ("لل" before a name without its article: "للجامعه التونسيه للنزل")
    federations = {ar.lookup_key(k): v for k, v in union["federations"]["names"].items()}
    federations |= {k[2:]: v for k, v in federations.items() if k.startswith("ال")}
    return Lexicon(
        federation_group=union["federations"]["group"],
        federation_levels=federations,
        federation_re=Guarded(re.compile(
            rf"(?<!{WORD_CHAR})[وف]?(?:لل|[بلك])?(?P<name>{ar.trie_regex(federations)})(?!{WORD_CHAR})"), federations),
        union_places=places,
        union_place_re=Guarded(re.compile(
            rf"(?<!{WORD_CHAR})[وف]?[بلك]?(?P<name>{ar.trie_regex(places)})(?!{WORD_CHAR})"), places),
        union_sisters=sisters,
        union_sister_re=re.compile(rf"{SPACE}+(?P<sister>{ar.trie_regex(sisters)})(?!{WORD_CHAR})"),
        union_bare_re=Guarded(re.compile(
            rf"(?<!{WORD_CHAR})[وف]?[بلك]?(?P<head>{ar.trie_regex(bare_heads)}){SPACE}+"
            rf"(?P<first>{ar.trie_regex(set().union(*bare_heads.values()))})(?!{WORD_CHAR})"), bare_heads),
        union_bare_sectors=bare_heads,
        union_bare_not=_folded(union["bare_not_before"]),
        union_not_joined=_folded(union["not_joined"]),
        union_group=union["group"],
        union_levels=levels,
        union_labour_heads=frozenset(ar.lookup_key(h)[2:] for h in union["labour_heads"]),
        union_re=union_re,
        union_labour_re=union_labour_re,
        union_not_sector=_folded(union["not_sector"]),
        union_sector_stop=_folded(union["sector_stop"]),
        union_max_words=union["max_sector_words"],
        union_place_sides=_folded(union["place_sides"]),
        union_not_before_re=re.compile(
            rf"[ \t\u00a0،,]*(?:{ar.trie_regex(_folded(union['not_before']))})(?!{WORD_CHAR})"),
        union_adjective_endings=tuple(sorted(_folded(union["adjective_endings"]), key=len, reverse=True)),
        state_force_re=state_force_re,
        state_force_adjectival=_folded(data["state_force_adjectival"]),
        state_force_masculine=_folded(data["state_force_masculine"]),
        air_defence_re=air_defence_re,
        air_defence_speakers=_folded(data["air_defence_speakers"]),
        group_nisba_re=group_nisba_re,
        group_nisbas=group_nisbas,
        anaphor_re=anaphor_re,
        anaphors=anaphors,
        group_nisba_stems=tuple(ar.lookup_key(base) for base in data["group_nisbas"]),
        state_force_not_after=_folded(data["state_force_not_after"]),
        state_force_not_before=_folded(data["state_force_not_before"]),
        state_force_aircraft=_folded(data["state_force_aircraft"]),
        state_force_aircraft_not_after=_folded(data["state_force_aircraft_not_after"]),
        state_forces=dict(data["state_forces"]),
        state_force_name_nisbas={ar.lookup_key(k): v for k, v in data["state_force_name_nisbas"].items()},
        state_force_extra_nisbas={ar.lookup_key(f): v for k, v in data["state_force_extra_nisbas"].items()
                                  for f in _extra_nisba_forms(k)},
        qualified=qualified,
        qualified_re=qualified_re,
        units=units,
        unit_re=unit_re,
        unit_noun_re=unit_noun_re,
        unit_arm_re=unit_arm_re,
        unit_not_after_re=unit_not_after_re,
        unit_not_before=_folded(data["unit_not_before"]),
        unit_place_nouns=_folded(data["unit_place_nouns"]),
        triggers=triggers,
        quoted_only=_folded(data["quoted_only"]),
        stopwords=_folded(data["stopwords"]),
        generic_names=_folded(data["generic_names"]),
        rank_context=_folded(data["rank_context"]),
        trigger_not_after=frozenset((ar.lookup_key(w), ar.lookup_key(t))
                                    for t, ws in data["trigger_not_after"].items() for w in ws),
        not_after_adverbs=_folded(data["trigger_not_after_adverbs"]),
        quoted_not_name=_folded(data["quoted_not_name"]),
        letter_names=_folded(data["letter_names"]),
        quoted_not_before=_folded(data["quoted_not_before"]),
        person_parts=_person_parts(),
        not_place_votes=_folded(data["not_place_votes"]),
        name_descriptors=_folded(data["name_descriptors"]),
        name_continuations=_folded(data["name_continuations"]),
        connectors=_folded(data["name_connectors"]),
        titles=_folded(data["name_titles"]),
        place_nouns=_folded(data["place_nouns"]),
        compounds=words.compound_name_heads(),
        compound_tails=words.compound_name_tails(),
        place_names=words.place_names(),
        place_nisbas=frozenset(words.nisba_countries()),
        heads=heads,
        dual_heads=_folded(data["dual_heads"]),
        dual_noun_names=_folded(data["dual_noun_names"]),
        dual_noun_next=_folded(data["dual_noun_next"]),
        study_places=_folded(data["study_places"]),
        trigger_re=trigger_re,
        head_re=head_re,
        member_re=member_re,
        affiliation_re=affiliation_re,
        split_re=split_re,
        country_cues=cues,
        country_cue_re=country_cue_re,
        nisba_re=nisba_re,
    )
