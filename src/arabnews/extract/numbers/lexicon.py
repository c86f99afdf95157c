"""The number-word lexicon: ``resources/number_words.yaml`` merged with pyarabic's number words,
folded like the text, and compiled into one regex alternation per word class (built once, cached).

Every word form maps to a :class:`Word`: its category, its value and, for scales, its grammatical
number.  Categories: ``one`` (0–9), ``ten`` (عشر/عشرة), ``teen_head`` (أحد/اثنا…, only before عشر),
``teen`` (a spoken one-word teen: حداشر), ``tens``, ``hundreds``, ``scale`` (also the dozen),
``fraction``, ``fraction_plural``, ``approx``, ``ordinal``, ``ordinal_head`` (حادي).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction
from functools import cache, lru_cache
from typing import Any, NamedTuple

import regex

from ...errors import ResourceError
from ...lang import ar
from ...lang.ar import lookup_key
from ...lang.ar import words as ar_words
from ...lang.schema import MapOf, Record, Words
from .gated import Gated, at_pos
from .runs import Forms, coded_words

_FORMS = MapOf(int, Words)
WORDS_FILE = "number_words.yaml"
WORDS_SCHEMA = _SCHEMA = Record({
    "pyarabic_skip": Words,
    "ones": _FORMS, "spoken_ones": _FORMS, "spoken_teens": _FORMS, "spoken_tens": _FORMS,
    "spoken_hundreds": _FORMS, "zero": Words, "weak": Words, "ten": Words, "teen_heads": _FORMS, "tens": _FORMS,
    "hundreds": _FORMS,
    "scales": MapOf(int, Record({"singular": Words, "dual": Words, "plural": Words})),
    "fractions": MapOf(str, Words), "fraction_plurals": MapOf(str, Words),
    "ordinals": _FORMS, "ordinal_teen_heads": _FORMS, "ordinals_need_article": Words,
    "not_numbers": Words,
    "qualifiers": MapOf(str, Words), "negated_qualifiers": Record({"particles": Words, "at_most": Words,
                                                                   "at_least": Words}),
    "qualifier_subjects": Words,
    "post_qualifiers": MapOf(str, Words), "post_comparatives": Words,
    "percent_words": Words, "percent_before": Words, "share_wholes": Words, "adjective_numbers": Words,
    "counted": MapOf(str, Words), "counted_duals": MapOf(str, Words),
    "counted_duals_construct": MapOf(str, Words), "construct_dual_pronouns": Words, "construct_dual_scales": Words,
    "national_plurals": MapOf(str, Words),
    "injury_forms": Words, "others_wounding": Words, "disease_cues": Words, "wound_cues": Words,
    "one_body_cues": Words, "one_body_places": Words, "post_cues": Words, "rank_cues": Words,
    "rank_words": Words, "rank_scopes": MapOf(str, Words),
    "ordinal_hundred_nouns": Words, "ordinal_hundred_stems": Words, "ordinal_bare_nouns": Words, "unit_heads": Words,
    "letter_codes": Words,
    "ordinal_minute_nouns": Record({"singular": Words, "plural": Words}),
    "no_partitive": Words, "target_cues": Words, "score_cues": Words,
    "set_detail_cues": Words,
    "score_context": Words, "score_team_nouns": Words, "score_nil": Words, "score_against": Words,
    "score_singulars": MapOf(str, Words), "score_duals": MapOf(str, Words),
    "score_sets": Record({"singular": Words, "dual": Words, "plural": Words}),
    "score_goal_nouns": MapOf(int, Words), "score_fillers": Words,
    "score_same": Words, "score_zero": Words, "score_one_after": Words,
    "division_heads": Words, "division_adjectives": Words,
    "ordinal_names": MapOf(str, Record({"after": Words, "before": Words})),
    "regnal_ordinals": Record({"names": Words, "titles": Words, "stops": Words}),
    "counted_classes": Record({"people": Words, "persons": Words, "armed": Words}),
    "age_nouns": Words, "age_noun_preps": Words, "age_years_noun": Words, "age_touching": Words,
    "age_not_after": Words, "age_fillers": Words, "age_person_links": Words, "age_persons": Words,
    "age_spent_verbs": Words, "age_subjects": Words,
    "phone_cues": Words,
    "model_names": Words, "semi_words": Words, "name_numbers": MapOf(str, Record({"after": Words, "before": Words})),
    "toll_heads": Words, "toll_links": Words, "toll_cases": Words, "toll_nouns": MapOf(str, Words),
    "quote_name_stops": Words,
    "numbered_seats": Words,
    "tunisian_billion_cues": Words,
    "tunisian_money_places": Words,
    "tunisian_money_excluded": Words,
    "numbered_seat_stops": Words,
})
#: The nisba nouns of people counted, folded → country code: ``national_nouns()`` of the entities gazetteer,
#: written by ``scripts/build_national_nouns.py`` (reading it here spares a pipeline without the entities stage
#: that stage's imports and its 1.3 MB ``places.json``).
NATIONAL_NOUNS = "national_nouns.json"
_NATIONAL_NOUNS_SCHEMA = Record({"nouns": MapOf(str, str)}, {"_about": str})
#: A pattern that matches nowhere: the side of a name (``ordinal_names``) that lists no word.
_NEVER = regex.compile(r"(?!)")
#: A space inside a multi-word form ("أكثر من"): any horizontal white space, never a line break.
_SPACE = r"[^\S\n]+"


@dataclass(frozen=True, slots=True)
class Word:
    """One lexicon entry: ``cat`` (see the module docstring), ``value`` and, for scales, ``number``
    ("singular", "dual", "plural") and ``scale`` (1000, 1000000…); other words have ``number=""``
    and ``scale=0``."""

    cat: str
    value: Fraction
    number: str = ""
    scale: int = 0
    weak: bool = False  # a number only next to another number, a unit or a counted noun


@dataclass(frozen=True, slots=True)
class Lexicon:
    words: dict[str, Word]  # folded form → entry
    word_re: re.Pattern[str]  # at a word start: a proclitic and digits, or a number word (longest first)
    #: every whole word ``word_re``'s number-word branches match (a number word, alone or after its proclitics),
    #: coded: :meth:`.runs.Coded.starts` finds where they may match by it
    word_forms: Forms
    digit_re: re.Pattern[str]  # digits (with a sign, a percent sign), also against an Arabic word
    need_article: frozenset[str]
    not_numbers: frozenset[str]  # whole words that only look like a clitic + number word
    construct_dual_scales: frozenset[str]  # folded "الفا", "مليونا"…: two of it right before its counted noun
    qualifier_re: regex.Pattern[str]  # anchored at the end of the text before a number
    qualifiers: dict[str, str]  # folded qualifier → key
    #: a qualifier verb, a measured noun and the verb's preposition, anchored like ``qualifier_re`` ("تقل أعمارهم عن")
    subject_qualifier_re: regex.Pattern[str]
    qualifier_subjects: frozenset[str]  # folded forms of those nouns (with a pronoun or the article): a gate
    post_qualifier_re: Gated
    post_qualifiers: dict[str, str]
    post_comparatives: tuple[str, ...]  # folded: a post qualifier ending in one is no post qualifier before من
    percent_re: Gated  # anchored at the start of the text after a number
    share_re: Gated  # "من الأصوات" after a decimal: a share in percent
    adjective_numbers: frozenset[str]  # folded "واحد", "اثنين"…: after their noun ("موقوفين اثنين")
    percent_before: frozenset[str]  # folded words before a number that make it a percentage ("نسبه")
    percent_before_re: regex.Pattern[str]  # one of them anchored at the end of the text before a number
    counted_re: Gated
    counted: dict[str, str]  # folded counted-noun form → canonical unit key
    #: a number word that is a name next to these words: "رابعة العدوية", "اعتصام رابعة", "الفريق أول", "عبد الواحد"
    ordinal_names: dict[str, tuple[regex.Pattern[str], regex.Pattern[str]]]
    #: a ruler's or a pope's name (or a title and name words) ending the text before a regnal ordinal ("رمسيس الثاني")
    regnal_re: regex.Pattern[str]
    #: the word that may end a ``regnal_re`` match by a name: a one-word name with its proclitics ("ولويس"),
    #: the last word of a longer one ("الله" of "عبد الله")
    regnal_name_ends: frozenset[str]
    regnal_stops: frozenset[str]  # folded: the words that end no title's name words ("الملك في")
    no_partitive: frozenset[str]  # counted keys never after "من": "الفصل 63 من مشروع القانون" counts no bill
    others_wounding: frozenset[str]  # folded: "أصيب 3 آخرون": the others are wounded
    injury_forms: frozenset[str]  # "إصابة": the wounded, or cases when the sentence names a disease
    disease_re: regex.Pattern[str]  # a disease named: "بالتهاب", "السرطان", "بفيروس"
    phone_re: regex.Pattern[str]  # a phone number told: "الرقم", "هاتف" (its digits in groups stay apart)
    wound_re: regex.Pattern[str]  # a body named, or "تعرض": the wounds of one body ("إصابات طالت الوجه")
    one_body_re: regex.Pattern[str]  # "الأكثر تضررا (من …) (": the bracketed injuries are one body's wounds
    one_body_place_re: regex.Pattern[str]  # … unless a place is named before it ("ولاية … الأكثر تضررا (3 إصابات)")
    post_re: regex.Pattern[str]  # an open competition or a vacancy told: "مركز" is a post there
    rank_re: regex.Pattern[str]  # a ranking or a move in it told: "مركز" is a place of it ("تراجعت بـ12 مركزا")
    rank_before: tuple[str, ...]  # folded endings right before a rank: "المرتبه ", "المركز الـ ", "المركز ال"
    rank_scope_re: regex.Pattern[str]  # a scope adverb right after a rank: "عالميا", "عربيا"
    rank_scopes: dict[str, str]  # folded scope adverb → key ("world", "arab"…)
    #: a definite singular noun of a series right before a number ("الدورة", "بعيدها"): "المائة" after it is the 100th
    ordinal_hundred_re: regex.Pattern[str]
    #: a definite noun of an edition right before digits without the article ("الدورة 25"): they are its ordinal
    ordinal_bare_re: regex.Pattern[str]
    ordinal_bare_forms: frozenset[str]  # the folded nouns of ``ordinal_bare_re`` (their last letters: a gate)
    #: the definite minute of a match right before digits ("في الدقيقة 23", "الدقيقة الـ 90"; group "n", and "p"
    #: when dual or plural: "في الدقيقتين 23 و67")
    minute_ordinal_re: regex.Pattern[str]
    score_re: regex.Pattern[str]  # a score's cue ending a text: "بنتيجة " (before "2-3", no range)
    score_cue_forms: frozenset[str]  # the folded cues of ``score_re`` (their last letters: a gate)
    set_detail_re: regex.Pattern[str]  # sets told before their points: "أشواط", "تفاصيلها" ("(19/25- 15/25)")
    score_context_re: regex.Pattern[str]  # a match told near "N-N" with no unit: a score ("النادي الصفاقسي 1-2")
    score_team_nouns: frozenset[str]  # folded: a club after a score's second number is the other team ("النادي")
    score_nil_re: regex.Pattern[str]  # after a count of goals, the other side's none: "دون رد" ("بهدفين دون رد": 2-0)
    score_against_re: regex.Pattern[str]  # between two counts of goals: "مقابل" ("بثلاثة أهداف مقابل هدفين": 3-2)
    score_one_re: regex.Pattern[str]  # a goal or set in the singular, one of a score ("بهدف دون رد", "لهدف")
    score_units: dict[str, str]  # folded singular → the unit a score counts ("هدف" → "goal", "شوط" → "set")
    #: folded side word of ``score_one_re`` → its count and unit ("شوطين" → 2, "set"; "ثلاثيه" → 3, "goal")
    score_sides: dict[str, tuple[int, str]]
    score_side_gates: tuple[str, ...]  # folded words, one of which each side word of ``score_sides`` holds
    #: folded words, one of which a text must hold for a score told in words with no count of goals or sets
    #: ("هدف", "مجموع", "صفر", "دون رد", "نظيف"…)
    score_text_gates: tuple[str, ...]
    score_set_words: frozenset[str]  # folded "مجموعه", "مجموعتين": a set only with a match told near
    #: after a count with no unit, the plural of sets ("ثلاث مجموعات", with a match told near); group "w"
    score_plural_re: regex.Pattern[str]
    score_filler_re: regex.Pattern[str]  # between a side and "مقابل"/"دون رد": "كاملة" ("بخماسية كاملة مقابل هدف")
    score_same_re: regex.Pattern[str]  # the other side as many: "مثله" ("بهدف لمثله" 1-1)
    score_zero_re: regex.Pattern[str]  # the other side none: "صفر" ("شوطين لصفر" 2-0)
    score_one_after_re: regex.Pattern[str]  # "واحد"/"وحيد" after a singular side ("مقابل هدف وحيد")
    #: a division's or group's head, up to two definite adjectives and a quote ending a text: "القسم الوطني "
    division_re: regex.Pattern[str]
    target_re: regex.Pattern[str]  # a strike or an attack told: "هدف" is a target there ("قصف 30 هدفا")
    counted_singulars: frozenset[str]  # the first (singular) form of each key: "الشخصية الخمس" is no count
    nationals: dict[str, str]  # folded nisba noun among them ("تونسيين") → country code ("TN")
    people_units: frozenset[str]  # the unit keys that count people ("killed", "migrant"…)
    person_units: frozenset[str]  # of those, people who act or are acted on as a group (not the dead themselves)
    armed_units: frozenset[str]  # of those, the armed ("fighter", "soldier"…)
    semi_re: regex.Pattern[str]  # a word after "نصف" that makes it the prefix "semi-" ("نصف آلية", "نصف سنوي")
    unit_heads: frozenset[str]  # folded: digits after one are a military formation's name ("اللواء 444")
    letter_codes: frozenset[str]  # as written (hamza kept): digits after one are a code ("إم 23")
    #: ``letter_codes`` folded: a folded word that ends in none of them is no code's (no original text to read)
    letter_code_keys: tuple[str, ...]
    model_names: frozenset[str]  # folded: digits after one are a model's designation ("بوينغ 737", "إف 16")
    proclitic_words: frozenset[str]  # folded words that are proclitics alone ("ب" of "ب-3ر2": a minus after it)
    #: ``unit_heads`` with each of ``MODEL_CLITICS`` before ("لكتيبة", "واللواء"): one set test, not one per clitic
    unit_head_words: frozenset[str]
    #: ``model_names`` with each of ``MODEL_CLITICS`` before, a clitic other than و only on a name of three letters
    #: or more ("وبوينغ", "لطائرات"; "كاس" is "كأس", a cup, not "ك" + "اس")
    model_words: frozenset[str]
    #: a toll's head and its noun ("عدد القتلى", "حصيلة قتلاه", "عدد حالات الاعتقال"; group "w" the noun)
    toll_re: regex.Pattern[str]
    toll_heads: tuple[str, ...]  # the heads of toll_re, folded: a region without one holds no toll
    toll_links: frozenset[str]  # folded: the word right before a toll's number ("إلى", "بلغت")
    toll_nouns: dict[str, str]  # folded nouns of a toll that are no counted noun ("الاعتقالات") → unit key
    quote_name_stops: frozenset[str]  # folded: a word before digits that end a quote makes it no name ("إلى")
    #: a court's, a district's or a school's head and up to three words ending a text: the digits after them number
    #: it ("المحكمة الابتدائية بتونس 1", "دائرة نابل 2", "معهد حمام سوسة 2"), no count
    seat_re: regex.Pattern[str]
    seat_stems: tuple[str, ...]  # the heads' first words without the article: one must stand before a seat's digit
    #: a money cue before a billion with no unit ("بقيمة نصف مليار"): Tunisian millimes, in a Tunisian document
    tn_billion_re: regex.Pattern[str]
    tn_places_re: regex.Pattern[str]  # Tunisia or a governorate named: the document is Tunisian
    tn_excluded_re: regex.Pattern[str]  # another dinar's country or centimes named: it may not be


#: ``lookup_key`` with a memo, for the stage's code (units, qualifiers, counted nouns and age words repeat from
#: number to number)
cached_lookup_key = lru_cache(maxsize=1 << 16)(lookup_key)
#: The proclitics a model's or a formation's name may carry ("وبوينغ 737", "لطائرات الإيرباص 320", "لكتيبة 155"
#: folded), longest first.
MODEL_CLITICS = ("وبال", "وال", "بال", "لل", "ال", "وب", "ول", "وك", "و", "ف", "ب", "ل", "ك", "")


def _alternation(forms: Iterable[str]) -> str:
    return ar.trie_regex(forms, space=_SPACE)


def _subject_forms(nouns: Iterable[str]) -> set[str]:
    """The folded forms of ``nouns`` with the article or a pronoun ("القيمة", "قيمتها", "أعمارهم")."""
    forms = set()
    for noun in nouns:
        key = lookup_key(noun)
        forms.add("ال" + key)
        stem = noun[:-1] + "ت" if noun.endswith("ة") else noun
        forms.update(lookup_key(stem + suffix) for suffix in ("ه", "ها", "هم", "هما", "هن"))
    return forms


def _gates(words: set[str], inside: bool = False) -> tuple[str, ...]:
    """The fewest of ``words`` one of which each word begins with ("هدف" for "هدفين"), or holds if ``inside``
    ("دون رد" for "بدون رد"): a text holding none of them holds none of ``words``."""
    return tuple(w for w in sorted(words)
                 if not any((g in w if inside else w.startswith(g)) and w != g for g in words))


def _stem(words: set[str]) -> str:
    """The longest beginning all of ``words`` share ("مجموع" of "مجموعه", "مجموعتين", "مجموعات")."""
    first, last = min(words), max(words)
    k = 0
    while k < min(len(first), len(last)) and first[k] == last[k]:
        k += 1
    return first[:k]


def _listed_word(words: Iterable[str], proclitics: str = "[وف]?[بلك]?", suffix: str = "") -> regex.Pattern[str]:
    """A whole word of ``words`` (looked up folded) after optional ``proclitics`` and article, then ``suffix``:
    the cue lists of the numbers stage ("وبالمراكز" for "مركز" is not one; "بالمراكز" of "مراكز" is)."""
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}\p{{M}}]){proclitics}(?:ال)?"
                         rf"(?:{_alternation(lookup_key(f) for f in words)}){suffix}(?![\p{{L}}\p{{N}}\p{{M}}])")


def _seat_re(heads: Iterable[str], stops: Iterable[str]) -> regex.Pattern[str]:
    """:attr:`Lexicon.seat_re`: a head of ``heads`` (with the article as listed, or none; و/ف and ب/ل/ك before it,
    "لل" for ل and the article), then up to three words none of ``stops`` ("الذي"…), then white space, at the end."""
    forms = []
    for head in map(lookup_key, heads):
        rest = head[2:] if head.startswith("ال") else None
        forms.append(rf"[وف]?(?:[بك]?ال|لل){regex.escape(rest)}" if rest is not None
                     else rf"[وف]?[بلك]?{regex.escape(head)}")
    stop = _alternation(lookup_key(f) for f in stops)
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}\p{{M}}])(?:{'|'.join(forms)})"
                         rf"(?:[^\S\n]++(?!(?:{stop})(?![\p{{L}}\p{{M}}]))[\p{{L}}\p{{M}}]++){{0,3}}+[^\S\n]++\Z")


def _pyarabic_words(skip: Iterable[str]) -> dict[str, int]:
    try:
        from pyarabic.number_const import NUMBER_WORDS
    except ImportError:  # pragma: no cover - pyarabic is a dependency, but the YAML alone suffices
        return {}
    skip = frozenset(skip)
    return {w: v for w, v in NUMBER_WORDS.items() if w not in skip}


def _category_of(value: int) -> str | None:
    if 1 <= value <= 9:
        return "one"
    if value == 10:
        return "ten"
    if value < 100 and value % 10 == 0:
        return "tens"
    if value < 1000 and value % 100 == 0:
        return "hundreds"
    return None


def _spelled(pattern: str, max_len: int = 4) -> list[str]:
    """Every string ``pattern`` (a small regex of Arabic letters, such as the proclitics) matches in full."""
    full = re.compile(pattern).fullmatch
    letters = sorted({c for c in pattern if "\u0621" <= c <= "\u064a"})
    out = [s for n in range(1, max_len + 2) for s in map("".join, itertools.product(letters, repeat=n)) if full(s)]
    assert all(len(s) <= max_len for s in out), f"{pattern} spells strings longer than {max_len} letters"
    return out


@cache
def lexicon() -> Lexicon:
    """The compiled lexicon (loaded from the YAML file on first use)."""
    data: Any = ar.load("number_words.yaml", _SCHEMA)
    words: dict[str, Word] = {}

    def add(form: str, word: Word) -> None:
        words.setdefault(lookup_key(form), word)

    weak = frozenset(lookup_key(f) for f in data["weak"])

    def add_cat(cat: str, value: int, f: str) -> None:
        add(f, Word(cat, Fraction(value), weak=lookup_key(f) in weak))

    for section in ("ones", "spoken_ones"):
        for value, forms in data[section].items():
            for f in forms:
                add_cat("one", value, f)
    for f in data["zero"]:
        add_cat("one", 0, f)
    for value, forms in data["spoken_teens"].items():
        for f in forms:
            add_cat("teen", value, f)
    for cat, section in (("tens", "spoken_tens"), ("hundreds", "spoken_hundreds")):
        for value, forms in data[section].items():
            for f in forms:
                add_cat(cat, value, f)
    for f in data["ten"]:
        add(f, Word("ten", Fraction(10)))
    for value, forms in data["teen_heads"].items():
        for f in forms:
            add(f, Word("teen_head", Fraction(value)))
    for cat in ("tens", "hundreds"):
        for value, forms in data[cat].items():
            for f in forms:
                add(f, Word(cat, Fraction(value)))
    for scale, numbers in data["scales"].items():
        for number, forms in numbers.items():
            value = scale * (2 if number == "dual" else 1)
            for f in forms:
                add(f, Word("scale", Fraction(value), number, scale))
    for cat, section in (("fraction", "fractions"), ("fraction_plural", "fraction_plurals")):
        for value, forms in data[section].items():
            for f in forms:
                add(f, Word(cat, Fraction(value), weak=lookup_key(f) in weak))
    for form, magnitude in ar_words.quantifier_values().items():
        if magnitude is not None:  # "عدة" (several) has no magnitude to report
            add(form, Word("approx", Fraction(magnitude)))
    for value, forms in data["ordinals"].items():
        for f in forms:
            add(f, Word("ordinal", Fraction(value)))
    for value, forms in data["ordinal_teen_heads"].items():
        for f in forms:
            add(f, Word("ordinal_head", Fraction(value)))
    # pyarabic's table fills in the forms the YAML does not list (accusatives such as ثلاثا, عشرا).
    # Its own classification is not used: it maps آلاف to 1000 like ألف and أحد to 1 with no
    # condition, which the grammar here must tell apart, so our entries above take precedence.
    for form, value in _pyarabic_words(data["pyarabic_skip"]).items():
        category = _category_of(value)
        if category is not None:
            add(form, Word(category, Fraction(value)))

    # و/ف, then لل, a preposition with the article, or a preposition alone: "وبال", "فلل", "ك", "و"
    prefixes = rf"(?:{ar.CONJ}?(?:لل|{ar.PREP}?ال|{ar.PREP})|{ar.CONJ})"
    digits = r"[0-9٠-٩۰-۹]"
    # "،" between digits with no space: a decimal comma typed with the Arabic comma key (1،5 مليون)
    # a minus sign against the digits (-7, −4.5; not after a currency or percent sign: "10$-20$" is a
    # range), a leading decimal point (.35), groups of three after
    # a thin or narrow no-break space (1 234 567), or (session 30b) a no-break or plain space after a group of
    # at most three digits ("321 666 شخصا", "3 000 دينار", "١ ٢٣٤ ٥٦٧": the French way of Maghreb news; not
    # "عام 2015 300 شخص", a year of four digits then a count, nor cells of a table flattened into a line,
    # "42  500        40 520        39 540": spaces run after them), an exponent (2e6, 1.5E-3)
    number = (rf"(?:(?<![\w.٫\-−$€£¥%])[-−])?+(?:(?<![\w.٫])[.٫](?={digits}))?+{digits}++"
              rf"(?:[.,٫٬،]{digits}++|[\u2009\u202f]{digits}{{3}}(?!{digits})"
              rf"|(?<!{digits}{{4}})(?<![.,٫٬،]{digits})(?<![.,٫٬،]{digits}{{2}})(?<![.,٫٬،]{digits}{{3}})"
              rf"[ \u00a0]{digits}{{3}}(?![\w.,٫٬،/:\-]|[ \u00a0]{{2}}))*+"
              rf"(?:[eE][-+]?{digits}{{1,2}}(?!{digits})|[kKM](?![\w]))?+")
    # Digits may touch an Arabic word, as typed in news ("نحو5000 طن", "15مقعدا"), never a Latin
    # letter, a digit or a mark: "BRxlYSrAP5s" is an id, not a number.
    # The two scanning patterns use the stdlib re (faster than regex here): its \w is a letter, digit or
    # "_", and the marks are listed.
    marks = r"\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
    arabic = r"\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
    not_arabic_letter = rf"(?:\d|[{marks}]|(?![{arabic}])\w)"
    word_char = rf"[\w{marks}]"
    # a Latin unit abbreviation may touch the digits: 5km, 10kg, 250ml
    latin_unit = r"(?:km2|km|kg|cm|mm|mg|ml|mL|m2|m3|m|g|L|ha|ft|oz|mph)(?![\w])"
    digit_tail = (rf"(?P<digits>{number})(?P<pct2>[^\S\n]?[%٪])?"
                  rf"(?!(?!{latin_unit}){not_arabic_letter}|ر[0-9٠-٩۰-۹])")
    word_re = re.compile(
        # at the start of a word: a proclitic and digits, or a number word
        rf"(?<!{word_char})(?:"
        rf"(?P<pct1>)(?P<dpre>{prefixes}){digit_tail}"
        rf"|(?P<word>{_alternation(words)})(?!{word_char})"
        rf"|(?P<pre>{prefixes})(?P<pword>{_alternation(words)})(?!{word_char})"
        r")"
    )
    # digits, possibly touching an Arabic word; a separate pattern (one alternation of both is slower)
    digit_re = re.compile(
        rf"(?=[%٪.٫\-−0-9٠-٩۰-۹])(?<!{not_arabic_letter})(?<![0-9٠-٩۰-۹]ر)(?P<pct1>[%٪][^\S\n]?)?(?P<dpre>){digit_tail}"
    )

    qualifiers = {lookup_key(f): k for k, forms in data["qualifiers"].items() for f in forms}
    # "لم يتجاوز", "لن تتجاوز", "ما لا يقل عن": a negated comparative verb, the other bound
    negated = data["negated_qualifiers"]
    for key in ("at_most", "at_least"):
        qualifiers.update((lookup_key(f"{particle} {verb}"), key)
                          for particle in negated["particles"] for verb in negated[key])
    post = {lookup_key(f): k for k, forms in data["post_qualifiers"].items() for f in forms}
    subjects = _subject_forms(data["qualifier_subjects"])
    preps = ("عن", "علي", "من")
    heads = {" ".join(q.split()[:-1]) if q.split()[-1] in preps else q for q in qualifiers}
    # only verbs: "تتجاوز قيمتها", "لا يزيد عمرهم عن"; "تحت" and "تقريبا" are no verbs
    heads = {h for h in heads if h.split()[-1][:1] in "يت" and h.split()[-1] not in ("تحت", "تقريبا")}
    counted = {lookup_key(f): k for k, forms in data["counted"].items() for f in forms}
    # "15 تونسيا", "4 تونسيين", "1500 تونسي" and the broken plurals ("3 روس", "5 أتراك"): persons, with their country
    nationals = {**ar.load(NATIONAL_NOUNS, _NATIONAL_NOUNS_SCHEMA)["nouns"],
                 **{lookup_key(f): code for code, forms in data["national_plurals"].items() for f in forms}}
    for form in nationals:
        counted.setdefault(form, "person")
    classes = counted_classes()
    percent_before = frozenset(lookup_key(f) for f in data["percent_before"])
    wounds = _alternation(lookup_key(f) for f in data["wound_cues"])
    goal_nouns = {n: [lookup_key(f) for f in forms] for n, forms in data["score_goal_nouns"].items()}
    nouns = {(n, f) for n, forms in goal_nouns.items() for f in forms}
    set_forms = {lookup_key(f) for forms in data["score_sets"].values() for f in forms}  # (their stem: "مجموع")
    return Lexicon(
        words=words,
        word_re=word_re,
        word_forms=coded_words([*words, *(p + w for p in _spelled(prefixes) for w in words)]),
        digit_re=digit_re,
        need_article=frozenset(lookup_key(f) for f in data["ordinals_need_article"]),
        not_numbers=frozenset(lookup_key(f) for f in data["not_numbers"]),
        construct_dual_scales=frozenset(lookup_key(f) for f in data["construct_dual_scales"]),
        qualifier_re=regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])[وفبل]{{0,2}}(?P<q>{_alternation(qualifiers)})[^\S\n]*+\Z"
        ),
        qualifiers=qualifiers,
        subject_qualifier_re=regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])[وف]?(?P<q>{_alternation(heads)})[^\S\n]++(?P<s>{_alternation(subjects)})"
            rf"(?:[^\S\n]++(?P<p>{'|'.join(preps)}))?[^\S\n]*+\Z"
        ),
        qualifier_subjects=frozenset(subjects),
        post_qualifier_re=Gated(rf"[^\S\n]*+(?P<q>{_alternation(post)})(?![\p{{L}}\p{{N}}])"),
        post_qualifiers=post,
        post_comparatives=tuple(lookup_key(f) for f in data["post_comparatives"]),
        percent_re=Gated(
            rf"[^\S\n]*+(?P<p>{_alternation(lookup_key(f) for f in data['percent_words'])})(?![\p{{L}}\p{{N}}])"
        ),
        share_re=Gated(
            rf"[^\S\n]++من[^\S\n]++(?P<w>{_alternation(lookup_key(f) for f in data['share_wholes'])})"
            r"(?![\p{L}\p{N}])"
        ),
        adjective_numbers=frozenset(lookup_key(f) for f in data["adjective_numbers"]),
        percent_before=percent_before,
        percent_before_re=regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])[وفبل]{{0,2}}(?P<p>{_alternation(percent_before)})[^\S\n]++\Z"
        ),
        counted_re=Gated(
            # a pronoun only without the article: "المشاركة" (folded "المشاركه") is no "مشارك" + ه
            rf"[^\S\n]*+(?:من[^\S\n]++)?(?P<u>(?P<al>ال)?(?P<uf>{_alternation(counted)})"
            r"(?(al)|(?:ها|هم|هما|هن|ه|نا|كم)?))(?![\p{L}\p{N}\p{M}])"
        ),
        counted=counted,
        ordinal_names={lookup_key(k): (
            _NEVER if not v["after"] else
            at_pos(rf"[^\S\n]++(?:{_alternation(map(lookup_key, v['after']))})(?![\p{{L}}\p{{N}}\p{{M}}])"),
            _NEVER if not v["before"] else
            regex.compile(rf"(?<![\p{{L}}\p{{N}}\p{{M}}])[وف]?[بلك]?(?:ال)?"
                          rf"(?:{_alternation(map(lookup_key, v['before']))})[^\S\n]++\Z"))
            for k, v in (*data["ordinal_names"].items(), *data["name_numbers"].items())},
        regnal_re=_regnal_re(data["regnal_ordinals"]),
        regnal_name_ends=frozenset(_regnal_name_ends(data["regnal_ordinals"]["names"])),
        regnal_stops=frozenset(lookup_key(f) for f in data["regnal_ordinals"]["stops"]),
        wound_re=regex.compile(rf"(?<![\p{{L}}\p{{N}}\p{{M}}])[وف]?[بلك]?(?:{wounds})(?![\p{{L}}\p{{N}}\p{{M}}])"),
        one_body_re=regex.compile(
            rf"(?<![\p{{L}}\p{{N}}\p{{M}}])(?:{_alternation(lookup_key(f) for f in data['one_body_cues'])})"
            rf"(?:[^\S\n]++من[^\S\n]++\S++)?[^\S\n]*+\([^\S\n]*+\Z"),
        one_body_place_re=_listed_word(data["one_body_places"], proclitics="[وف]?[بل]?"),
        post_re=_listed_word(data["post_cues"]),
        rank_re=_listed_word(data["rank_cues"]),
        rank_before=tuple(f"ال{lookup_key(w)}{tail}" for w in data["rank_words"]
                          for tail in (" ", " الـ ", " الـ", " ال ", " ال", " الــ", "\u00a0")),
        rank_scope_re=regex.compile(
            rf"[^\S\n]+(?P<s>{_alternation(lookup_key(f) for forms in data['rank_scopes'].values() for f in forms)})"
            rf"[\u064b\u064c\u064d]?(?![\p{{L}}\p{{N}}])"),
        rank_scopes={lookup_key(f): k for k, forms in data["rank_scopes"].items() for f in forms},
        ordinal_hundred_re=regex.compile(
            rf"(?<![\p{{L}}\p{{N}}\p{{M}}])[وف]?(?:(?:[بلك]?ال|لل)"
            rf"(?:{_alternation(map(lookup_key, data['ordinal_hundred_nouns']))})"
            rf"|[بلك]?(?:{_alternation(map(lookup_key, data['ordinal_hundred_stems']))})(?:ه|ها|هم|هما|نا|كم))"
            r"(?:[^\S\n]+ال\p{L}{2,})?"  # one definite word between: "القمة العربية الـ28", "المؤتمر الوطني الـ12"
            r"[^\S\n]++\Z"),
        ordinal_bare_re=regex.compile(
            r"(?<![\p{L}\p{N}\p{M}])[وف]?(?:[بلك]?ال|لل)"
            rf"(?:{_alternation(map(lookup_key, data['ordinal_bare_nouns']))})"
            r"[^\S\n]++\Z"),
        ordinal_bare_forms=frozenset(map(lookup_key, data["ordinal_bare_nouns"])),
        minute_ordinal_re=regex.compile(
            r"(?<![\p{L}\p{N}\p{M}])[وف]?(?:[بلك]?ال|لل)"
            rf"(?:(?P<n>{_alternation(map(lookup_key, data['ordinal_minute_nouns']['singular']))})"
            rf"|(?P<p>{_alternation(map(lookup_key, data['ordinal_minute_nouns']['plural']))}))"
            r"[^\S\n]++(?:ال[^\S\n]*+)?\Z"),
        score_re=_listed_word(data["score_cues"], suffix=r"(?=[^\S\n]*+\Z)"),
        score_cue_forms=frozenset(lookup_key(f) for f in data["score_cues"]),
        set_detail_re=_listed_word(data["set_detail_cues"]),
        score_context_re=_listed_word(data["score_context"]),
        score_team_nouns=frozenset(lookup_key(f) for f in data["score_team_nouns"]),
        score_nil_re=regex.compile(rf"[^\S\n]++(?:{_alternation(lookup_key(f) for f in data['score_nil'])})"
                                   r"(?![\p{L}\p{N}\p{M}])"),
        score_against_re=regex.compile(r"[^\S\n]++(?:(?:" + _alternation(
            lookup_key(f) for f in data["score_against"] if len(f) > 1) + r")[^\S\n]++|"
            + _alternation(f for f in data["score_against"] if len(f) == 1) + r"(?=\p{L}))"),
        score_one_re=regex.compile(r"(?<![\p{L}\p{N}\p{M}])[وفبل]?(?P<w>" + _alternation(
            [*(lookup_key(f) for forms in data["score_singulars"].values() for f in forms),
             *(lookup_key(f) for f in (*data["score_sets"]["singular"], *data["score_sets"]["dual"])),
             *(lookup_key(f) for forms in data["score_duals"].values() for f in forms),
             *(lookup_key(f) for forms in data["score_goal_nouns"].values() for f in forms)])
            + r")(?![\p{L}\p{N}\p{M}])"),
        score_units={lookup_key(f): unit for unit, forms in data["score_singulars"].items() for f in forms},
        score_sides=(sides := {
            **{lookup_key(f): (1, unit) for unit, forms in data["score_singulars"].items() for f in forms},
            **{lookup_key(f): (1, "set") for f in data["score_sets"]["singular"]},
            **{lookup_key(f): (2, "set") for f in data["score_sets"]["dual"]},
            **{lookup_key(f): (2, unit) for unit, forms in data["score_duals"].items() for f in forms},
            **{f: (n, "goal") for n, forms in goal_nouns.items() for f in forms}}),
        score_side_gates=_gates({*sides, *map(lookup_key, data["score_sets"]["plural"])}),
        # (not the nouns of n goals, each its own word to look for: one of them tells a score only before a nil
        # or another side, a goal, a set or a zero, whose words are looked for)
        score_text_gates=_gates({*(k for k, (n, _) in sides.items() if (n, k) not in nouns and k not in set_forms),
                                 _stem(set_forms), *map(lookup_key, data["score_zero"]),
                                 *map(lookup_key, data["score_nil"])}, inside=True),
        score_set_words=frozenset(lookup_key(f) for forms in (data["score_sets"]["singular"],
                                                             data["score_sets"]["dual"]) for f in forms),
        score_plural_re=at_pos(r"[^\S\n]++(?P<w>" + _alternation(
            lookup_key(f) for f in data["score_sets"]["plural"]) + r")(?![\p{L}\p{N}\p{M}])"),
        score_filler_re=at_pos(rf"[^\S\n]++(?:{_alternation(map(lookup_key, data['score_fillers']))})"
                                      r"(?![\p{L}\p{N}\p{M}])"),
        score_same_re=regex.compile(rf"(?:{_alternation(map(lookup_key, data['score_same']))})"
                                    r"(?![\p{L}\p{N}\p{M}])"),
        score_zero_re=regex.compile(rf"(?:{_alternation(map(lookup_key, data['score_zero']))})"
                                    r"(?![\p{L}\p{N}\p{M}])"),
        score_one_after_re=at_pos(rf"[^\S\n]++(?:{_alternation(map(lookup_key, data['score_one_after']))})"
                                         r"(?![\p{L}\p{N}\p{M}])"),
        division_re=regex.compile(
            rf"(?<![\p{{L}}\p{{N}}\p{{M}}])[وف]?[بلك]?ال(?:{_alternation(map(lookup_key, data['division_heads']))})"
            rf"(?:[^\S\n]++ال(?:{_alternation(map(lookup_key, data['division_adjectives']))})){{0,2}}"
            r"[^\S\n]++[\"'«]?\Z"),
        target_re=_listed_word(data["target_cues"], suffix="(?:ها|هم|ه|وا)?"),
        no_partitive=frozenset(data["no_partitive"]),
        injury_forms=frozenset(lookup_key(f) for f in data["injury_forms"]),
        others_wounding=frozenset(lookup_key(f).split()[-1] for f in data["others_wounding"]),
        disease_re=_listed_word(data["disease_cues"]),
        phone_re=_listed_word(data["phone_cues"]),
        counted_singulars=frozenset(k for forms in data["counted"].values()
                                    if not (k := lookup_key(forms[0])).endswith(("ين", "ون", "ات"))),
        nationals=nationals,
        people_units=classes.people,
        person_units=classes.persons,
        armed_units=classes.armed,
        model_names=(model_names := frozenset(lookup_key(f) for f in data["model_names"])),
        unit_heads=(formation_heads := frozenset(lookup_key(f) for f in data["unit_heads"])),
        unit_head_words=frozenset(p + h for p in MODEL_CLITICS for h in formation_heads),
        model_words=frozenset(p + n for p in MODEL_CLITICS for n in model_names if len(n) > 2 or p in ("", "و")),
        letter_codes=frozenset(data["letter_codes"]),
        letter_code_keys=tuple(sorted({ar.fold(c) for c in data["letter_codes"]})),
        semi_re=regex.compile(rf"[^\S\n]++(?:ال)?(?:{_alternation(lookup_key(f) for f in data['semi_words'])})"
                              r"(?![\p{L}\p{N}\p{M}])"),
        proclitic_words=frozenset(c + p + a for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك")
                                  for a in ("", "ال") if c + p + a) | {"لل", "ولل", "فلل"},
        toll_re=regex.compile(
            rf"(?<![\p{{L}}\p{{N}}\p{{M}}])[وفبل]?(?:ال)?(?:{_alternation(map(lookup_key, data['toll_heads']))})"
            rf"[^\S\n]++(?:(?:ال)?(?:{_alternation(map(lookup_key, data['toll_cases']))})[^\S\n]++)?"
            r"(?P<w>\p{L}{2,}+)(?![\p{L}\p{N}\p{M}])"),
        toll_heads=tuple(sorted({lookup_key(f) for f in data["toll_heads"]})),
        toll_links=frozenset(lookup_key(f) for f in data["toll_links"]),
        toll_nouns={lookup_key(f): k for k, forms in data["toll_nouns"].items() for f in forms},
        quote_name_stops=frozenset(lookup_key(f) for f in data["quote_name_stops"]),
        seat_re=_seat_re(data["numbered_seats"], data["numbered_seat_stops"]),
        seat_stems=tuple(sorted({w[2:] if w.startswith("ال") else w
                                 for w in (lookup_key(f).split()[0] for f in data["numbered_seats"])})),
        tn_billion_re=_listed_word(data["tunisian_billion_cues"]),
        tn_places_re=_listed_word(data["tunisian_money_places"]),
        tn_excluded_re=_listed_word(data["tunisian_money_excluded"]),
    )


def _regnal_re(data: Any) -> regex.Pattern[str]:
    """A regnal name, or a title and one to three name words, ending the text (``regnal_ordinals``)."""
    stops = _alternation(map(lookup_key, data["stops"]))
    word = (rf"[^\S\n]++(?!(?:{stops})(?![\p{{L}}\p{{M}}]))"
            r"(?:عبد[^\S\n]*+ال\p{L}++|(?![وف]?(?:[بك]?ال|لل))\p{L}{2,}+)")
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}\p{{M}}])[وف]?[بلك]?(?:"
        rf"(?:{_alternation(map(lookup_key, data['names']))})[،,]?"
        rf"|(?:ال)?(?:{_alternation(map(lookup_key, data['titles']))})(?:[^\S\n]++ال\p{{L}}{{2,}}يه?)?(?:{word}){{1,3}}"
        r")[^\S\n]++\Z")


def _regnal_name_ends(names: Iterable[str]) -> set[str]:
    """The word ending each of ``names`` as ``regnal_re`` matches it: a one-word name with every proclitic
    the pattern allows before it, a longer name's last word."""
    ends = set()
    for name in names:
        words = lookup_key(name).split(" ")
        if len(words) > 1:
            ends.add(words[-1])
        else:
            ends.update(c + p + words[0] for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك"))
    return ends


class CountedClasses(NamedTuple):
    """What the counted nouns' unit keys name (``counted_classes`` in ``number_words.yaml``)."""

    people: frozenset[str]  # "killed", "migrant", "deputy"…
    persons: frozenset[str]  # people who act or are acted on as a group: not the dead themselves, families, deputies
    armed: frozenset[str]  # "fighter", "soldier"…


@cache
def counted_classes() -> CountedClasses:
    """The classes of counted-noun unit keys, checked against the keys the file defines (read without
    compiling the lexicon, for layers that only ask what a number's unit names)."""
    data: Any = ar.load("number_words.yaml", _SCHEMA)
    classes = CountedClasses(**{name: frozenset(keys) for name, keys in data["counted_classes"].items()})
    unknown = (set().union(*classes) | set(data["counted_duals"])
               | set(data["counted_duals_construct"])) - set(data["counted"])
    if unknown:
        raise ResourceError("number_words.yaml: counted_classes or counted_duals name no counted key: "
                            f"{sorted(unknown)}")
    if not (classes.persons <= classes.people and classes.armed <= classes.people):
        raise ResourceError("number_words.yaml: counted_classes persons and armed must be people")
    return classes
