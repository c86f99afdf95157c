"""The quick paths of the dates and numbers stages find exactly what the plain searches they replace find.

Each quick path (a stdlib ``re`` scan before a ``regex`` rule, a scan around a number instead of the
whole text, a two-letter test before a search, a backward loop instead of a ``$``-anchored search) is
compared with the plain search at every place of 20 real ANT articles (``tests/golden/ant_sample.txt``).
"""

from __future__ import annotations

import random
import re
from bisect import bisect_right
from functools import reduce
from operator import or_
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from arabnews import Pipeline
from arabnews.document import Region
from arabnews.extract.dates.handlers.relative import _PREV_WORDS, prev_words
from arabnews.extract.dates.masking import PROCLITIC_FORMS, PROCLITIC_MAX, first_protected, mask_numbers
from arabnews.extract.dates.merges import _DAYS_CONJ_ENDS, _days_before
from arabnews.extract.dates.months import lexicon as dates_lexicon
from arabnews.extract.dates.patterns import patterns
from arabnews.extract.dates.places import scan_places, start_places
from arabnews.extract.dates.reading import last_word, prev_word
from arabnews.extract.dates.rules import _digits, compiled
from arabnews.extract.dates.starts import refused_starts, scan, start_patterns
from arabnews.extract.dates.starts import starts as start_table
from arabnews.extract.dates.windows import anchor_words, bare_weekdays, is_anchor, windows
from arabnews.extract.numbers import _qualifier_before, parse_numbers
from arabnews.extract.numbers.grammar import _REVERSED_DECIMAL, _REVERSED_HINT
from arabnews.extract.numbers.lexicon import lexicon as numbers_lexicon
from arabnews.extract.numbers.runs import Coded
from arabnews.lang.ar import CONJ, PREP, PROCLITIC
from arabnews.lang.ar.charsets import HSPACE, WHITE_SPACE
from arabnews.lang.ar.folding import fold

SAMPLE = Path(__file__).resolve().parent / "golden" / "ant_sample.txt"


@pytest.fixture(scope="module")
def docs():
    nlp = Pipeline(["numbers"])
    return [nlp(text) for text in SAMPLE.read_text(encoding="utf-8").splitlines() if text.strip()]


def _masked_ranges(doc, p, rnd: random.Random) -> tuple[str, list[tuple[int, int]]]:
    """The document's text with its numbers masked, the whole of it and five random stretches."""
    _, masked = mask_numbers(doc, p)
    n = len(masked)
    return masked, [(0, n), *(tuple(sorted((rnd.randrange(n + 1), rnd.randrange(n + 1)))) for _ in range(5))]


def _spans(matches) -> list:
    return [(m.span(), m.groupdict()) for m in matches]


def _bare_hour(m) -> bool:
    """Is a match of the time rule its hour alone (no الساعة, signal, minutes, part of the day…)?"""
    return m.span() == m.span("hour")


def test_start_scans_find_what_finditer_finds(docs) -> None:
    # every match, but the time rule's bare hours: its start leaves out an hour that nothing it reads
    # follows; there the rule's match is the hour alone, which holds no other place and which h_time
    # refuses (a bare number is no time: the next test)
    p = patterns()
    rnd = random.Random(7)
    compared = bare = 0
    for doc in docs:
        masked, ranges = _masked_ranges(doc, p, rnd)
        for name, starts in start_patterns().items():
            rule = getattr(p, name)
            for lo, hi in ranges:
                matches = list(rule.finditer(masked, lo, hi))
                compared += len(matches)
                found = _spans(scan(rule, starts, masked, lo, hi))
                if name == "time":
                    left_out = [m for m in matches if _spans([m])[0] not in found]
                    assert all(_bare_hour(m) for m in left_out), (lo, hi)
                    bare += len(left_out)
                    matches = [m for m in matches if m not in left_out]
                assert found == _spans(matches), (name, lo, hi)
    assert compared > 500  # the sample holds dates of every common rule
    assert bare > 50


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["3", "14", "\ue000", "\ue000\ue000\ue000"]), st.sampled_from(["", "من ", "في ", "و"]),
       st.sampled_from(["", " اشخاص", "، ", " 12", ".", " وزراء"]))
def test_a_bare_hour_is_no_time(hour: str, before: str, after: str) -> None:
    from arabnews.extract.dates.candidates import Context
    from arabnews.extract.dates.handlers.clock import h_time

    text = f"قال {before}{hour}{after}"
    masks = {text.index(hour): (3, "ordinal")} if hour[0] == "\ue000" else {}
    ctx = Context(text, None, masks, dates_lexicon())
    for m in patterns().time.finditer(text):
        if _bare_hour(m):
            assert h_time(m, ctx) is None


def test_start_places_find_what_each_start_scan_finds(docs) -> None:
    p = patterns()
    index = start_places()
    rnd = random.Random(11)
    compared = 0
    for doc in docs:
        masked, ranges = _masked_ranges(doc, p, rnd)
        for lo, hi in ranges:
            places, every = index.places(masked, lo, hi)
            assert every == reduce(or_, (bits for _, bits in places), 0)
            for name, starts in start_patterns().items():
                rule = getattr(p, name)
                expected = _spans(scan(rule, starts, masked, lo, hi))
                assert _spans(scan_places(rule, starts, index.bit[name], places, masked, lo, hi)) == expected, name
                compared += len(expected)
    assert compared > 200  # the sample holds dates of every common rule (bare hours are not scanned)


def test_start_places_hold_every_place_of_a_start_pattern(docs) -> None:
    # the one scan finds every place where some start pattern matches, with that rule's bit
    p = patterns()
    index = start_places()
    text = "\n".join(mask_numbers(doc, p)[1] for doc in docs) + " و٢٠١٦ (2016) ولـ3 أيام \ue000\ue000 مرات"
    bits = dict(index.places(text, 0, len(text))[0])
    for name, starts in start_patterns().items():
        for pos in range(len(text)):
            if starts.match(text, pos) is not None:
                assert bits.get(pos, 0) & index.bit[name], (name, pos)


# first words of the start patterns and their neighbours (longer words, phrases, numbers, the article)
_START_PIECES = ["في", "فيها", "وفي", "منذ", "من", "بين", "عام", "عامي", "العامين", "الساعة", "ساعات", "يوم",
                 "اليوم", "أمس", "كل", "مرة", "مرات", "عيد", "عيد الفطر", "أول", "الأول", "يناير", "كانون الثاني",
                 "صيف", "الربع", "القرن", "التسعينات", "طوال", "بعد", "قبل", "هذا", "الماضي", "خلال", "الخميس",
                 "2016", "١٤٤١", "۱۲", "15", "\ue000\ue000", "الـ", "ال", "و", "ب", "ل", "هـ", "م"]
_START_GLUE = ["", " ", " ", "  ", "\n", "/", ".", "-", ":", "،", "(", ")"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_START_PIECES), st.sampled_from(_START_GLUE)), max_size=12),
       st.integers(0, 120), st.integers(0, 120))
def test_start_places_of_any_text_and_window(pieces, lo: int, hi: int) -> None:
    # in any window, even one that ends inside a word, the one scan's places hold every place of each
    # start pattern (run with the window's end) with its rule's bit, and the rules' matches are scan's
    text = fold("".join(a + b for a, b in pieces))
    lo, hi = sorted((min(lo, len(text)), min(hi, len(text))))
    p = patterns()
    index = start_places()
    for pos, endpos in ((0, len(text)), (lo, hi)):
        places, every = index.places(text, pos, endpos)
        bits = dict(places)
        for name, starts in start_patterns().items():
            bit = index.bit[name]
            for at in range(pos, endpos):
                if starts.match(text, at, endpos) is not None:
                    assert bits.get(at, 0) & bit, (name, at)
            rule = getattr(p, name)
            assert _spans(scan_places(rule, starts, bit, places, text, pos, endpos)) == \
                _spans(scan(rule, starts, text, pos, endpos)), name
        assert every == reduce(or_, bits.values(), 0)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_START_PIECES), st.sampled_from(_START_GLUE)), max_size=8))
def test_start_places_of_windows_ending_anywhere(pieces) -> None:
    # a window's end may cut a word: a start pattern run with that end sees the end of the text there
    text = fold("".join(a + b for a, b in pieces))
    index = start_places()
    patterns_ = [(index.bit[name], starts) for name, starts in start_patterns().items()]
    for endpos in range(len(text) + 1):
        bits = dict(index.places(text, 0, endpos)[0])
        for at in range(max(0, endpos - 12), endpos):
            for bit, starts in patterns_:
                if starts.match(text, at, endpos) is not None:
                    assert bits.get(at, 0) & bit, (text[at:endpos], endpos)


def test_start_place_bits_by_lookup_are_the_first_patterns_bits(docs) -> None:
    # the memo's bits come from dict lookups of a key's prefixes after each proclitic form: they are the
    # bits of the rules whose first-word pattern matches the key, for every word of the sample (with the
    # character after it, as the scan keys them) and every tail of one, numbers and the article too
    p = patterns()
    index = start_places()
    keys = {"", "ال", "الـ", "ولل", "وبال٣", "فال\ue000", "ال۱", "ك𝟙", "بالعام", "وللساعة", "۱۲"}
    for doc in docs:
        masked = mask_numbers(doc, p)[1]
        for m in re.finditer(r"\S+\s?", masked):
            word = m.group()
            keys.update(word[i:] for i in range(len(word)))
            keys.update(word[:i] for i in range(1, len(word)))
    firsts = {w.split()[0] for name in index.bit for w in _start_words(name)}
    keys.update(c + a + w + e for c in ("", "و", "ف", "ب", "ل", "ك", "وب", "فل", "لل", "وال", "ا")
                for a in ("", "ال") for w in firsts for e in ("", " ", "ه", "\ue000"))
    assert len(keys) > 10_000
    wrong = [key for key in keys if index.bits(key) != index.plain_bits(key)]
    assert not wrong, wrong[:10]
    assert index.bits("وبالعام ") & index.bit["year"] and not index.bits("رالعام") & index.bit["year"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="وفبلكالعمينسه\ue0001٣۱𝟙 ـ", max_size=10))
def test_start_place_bits_of_any_key(key: str) -> None:
    index = start_places()
    assert index.bits(key) == index.plain_bits(key)


def _start_words(name: str) -> list[str]:
    return start_table(dates_lexicon())[name].all_words()


def test_proclitic_forms_are_what_the_clitic_pattern_matches() -> None:
    letters = set(CONJ.strip("[]") + PREP.strip("[]")) | {"ا"}
    pairs = {a + b for a in letters for b in letters}
    pieces = {""} | letters | pairs | {a + b for a in pairs for b in letters}
    assert PROCLITIC_FORMS == {w for w in pieces if regex.fullmatch(PROCLITIC, w)}
    assert PROCLITIC_MAX == 2


def test_start_scans_cover_the_heavy_rules() -> None:
    assert {"dmy", "duration", "vague", "year", "month_day", "time"} <= set(start_patterns())


def test_a_start_scan_refuses_no_word_start_of_the_rules() -> None:
    assert refused_starts(map(chr, range(0x10000))) == []


def test_white_space_sets_are_the_regex_modules() -> None:
    chars = [chr(c) for c in range(0x10000)]
    assert {c for c in chars if regex.match(r"\s", c)} == {c for c in chars if regex.match(f"[{WHITE_SPACE}]", c)}
    assert {c for c in chars if regex.match(r"[^\S\n]", c)} == set(HSPACE)


def test_needed_words_are_prefix_free() -> None:
    words = compiled(patterns()).words
    assert not any(a != b and b.startswith(a) for a in words for b in words)


def test_protected_words_are_letters_and_spaces() -> None:
    lex = dates_lexicon()
    # the months written with a digit ("تشرين2") are left out of ``protect``: no word number holds one
    months = [w for w in lex.months if not any(c.isdigit() for c in w)]
    assert all(c.isalpha() or c.isspace() for w in [*months, *lex.weekdays, *lex.units] for c in w)
    protect = patterns().protect
    assert not any(protect.fullmatch(w) for w in lex.months if w not in months)


def test_month_cut_scans_the_sentence_as_the_whole_text_would(docs) -> None:
    p = patterns()
    checked = 0
    for doc in docs:
        folded = doc.folded
        protected = [m.span() for m in p.protect.finditer(folded)]
        starts = [s for s, _ in protected]
        for ns in range(0, len(folded), 7):
            for ne in (ns + 5, ns + 30):
                i = bisect_right(starts, ns) - 1
                if i < 0 or protected[i][1] <= ns:
                    i += 1
                expected = protected[i][0] if i < len(protected) and protected[i][0] < ne else None
                assert first_protected(p, folded, ns, ne) == expected, (ns, ne)
                checked += expected is not None
    assert checked > 50


def test_month_cut_of_a_masked_number() -> None:
    # the number words are masked, the month after them stays readable
    doc = Pipeline(["numbers"])("وصل في الخامس عشر من أيار الماضي")
    masks, masked = mask_numbers(doc, patterns())
    assert masked.endswith("من ايار الماضي") and list(masks.values()) == [(15, "ordinal")]


def test_last_word_is_the_regex_search(docs) -> None:
    word = regex.compile(r"([\p{L}\p{M}]++)[\s،,]*+$")
    texts = [d.folded for d in docs] + ["x\u0640y\u00bd\u2003\x1c،,\n\u064b\u06d4 \U0001d400" * 5]
    for text in texts:
        for pos in range(len(text) + 1):
            m = word.search(text, max(0, pos - 40), pos)
            assert last_word(text, pos) == (m.span(1) if m else None), pos


def test_prev_word_drops_a_conjunction_of_a_preposition() -> None:
    assert prev_word("وقع ذلك وفي ، ايار", 13) == "في"
    assert prev_word("قال 2016", 4) == "قال"
    assert prev_word("2016 ", 5) == ""


def test_qualifier_search_skips_only_what_cannot_match(docs) -> None:
    lex = numbers_lexicon()
    for doc in docs:
        folded = doc.folded
        for end in range(1, len(folded)):
            start = max(0, end - 40)
            m = lex.qualifier_re.search(folded, start, end)
            quick = _qualifier_before(folded, start, end)
            assert (quick and (quick.span(), quick.groupdict())) == (m and (m.span(), m.groupdict())), end


def test_qualifiers_are_read() -> None:
    found = parse_numbers("قتل أكثر من 100 شخص و نحو  50 آخرين")
    assert [(m.text, m.attrs.get("qualifier")) for m in found] == [("أكثر من 100", "more_than"),
                                                                   ("نحو  50", "approx")]


def test_reversed_decimal_hint_holds_in_every_reversed_decimal() -> None:
    for text in ("بنسبة 5ر33 بالمائة", "بقيمة ٤ر٥ مليون دينار", "391ر10"):
        assert _REVERSED_DECIMAL.search(text) and Coded(text, 0, len(text)).find(_REVERSED_HINT, 0) >= 0
    assert [m.value for m in parse_numbers("بنسبة 5ر33 بالمائة")] == [33.5]


def test_windows_from_token_columns_are_those_of_token_objects(docs) -> None:
    found = 0
    for doc in docs:
        compact = Pipeline(["numbers"]).make_doc(doc.text)
        plain = Pipeline(["numbers"]).make_doc(doc.text)
        plain.tokens = list(plain.tokens)  # a custom tokenizer's list: the Token-object path
        for a, b in zip(compact.extraction_regions(), plain.extraction_regions(), strict=True):
            span = compact.to_normalized(a.start, a.end)
            got = windows(compact, a, *span)
            assert got == windows(plain, b, *span)
            found += len(got)
    assert found > 20


# words, anchor words with clitics, digits of three scripts, marks, tatweel and other scripts, glued by
# nothing or by spaces and punctuation: word ends next to every kind of token
_PIECES = ["عام", "والعام", "بعامين", "للشهر", "الشهر", "شهرين", "يوم", "اليوم", "يوما", "أيار", "وأيار",
           "الأحد", "يناير", "صيف", "الصيفي", "أمس", "الخامس", "كتاب", "مساءً", "ليلة", "ـ", "الـ", "ً", "ّ",
           "2016", "١٤٤١", "۱۳۹۸", "15", "3", "12.5", "1,000", "aً", "ab", "#عام", "@يوم", "x.com/عام", "ﷲ",
           "\ue000", "\ue000\ue000", "ٱلعام"]
_GLUE = ["", " ", " ", "  ", "\n", "/", ".", "-", ":", "،", "(", ")", "%"]


@st.composite
def _glued(draw) -> str:
    pieces = draw(st.lists(st.sampled_from(_PIECES), max_size=14))
    return "".join(piece + draw(st.sampled_from(_GLUE)) for piece in pieces)


@settings(max_examples=300, deadline=None)
@given(_glued(), st.integers(0, 200), st.integers(0, 200))
def test_windows_of_any_text_are_those_of_token_objects(text: str, lo: int, hi: int) -> None:
    # the anchors read from the token columns are those of the loop over Token objects, in the whole
    # text and in a region that may cut a word at either end
    nlp = Pipeline([])
    compact, plain = nlp.make_doc(text), nlp.make_doc(text)
    plain.tokens = list(plain.tokens)
    lo, hi = sorted((min(lo, len(text)), min(hi, len(text))))
    for region in (Region(0, len(text), "body"), Region(lo, hi, "body")):
        span = compact.to_normalized(region.start, region.end)
        assert windows(compact, region, *span) == windows(plain, region, *span)


def test_rules_to_run_are_those_whose_needs_are_present(docs) -> None:
    p = patterns()
    rules = compiled(p)
    checked = 0
    for doc in docs:
        _, masked = mask_numbers(doc, p)
        for region in doc.extraction_regions():
            for ws, we in windows(doc, region, *doc.to_normalized(region.start, region.end)):
                window = masked[ws:we]
                present = rules.present(window)
                chosen = set(rules.always) | {i for need in present for i in rules.by_need[need]}
                assert rules.to_run(window) == [rules.rules[i] for i in sorted(chosen)]
                checked += 1
    assert checked > 20


def test_rules_to_run_with_start_places_leave_out_only_rules_that_cannot_start(docs) -> None:
    p = patterns()
    rules = compiled(p)
    index = start_places()
    left_out = 0
    for doc in docs:
        _, masked = mask_numbers(doc, p)
        for region in doc.extraction_regions():
            for ws, we in windows(doc, region, *doc.to_normalized(region.start, region.end)):
                started = index.places(masked, ws, we)[1]
                every = rules.to_run(masked[ws:we])
                expected = [rule for rule in every if rule[3] is None or rule[4] & started]
                assert rules.to_run(masked[ws:we], started) == expected
                left_out += len(every) - len(expected)
    assert left_out > 20


def test_day_range_hint_holds_wherever_the_days_before_a_date_match(docs) -> None:
    pattern = _days_before()
    texts = [d.folded for d in docs] + [f"من 8 {c} " for c in ("الي", "حتي", "الي غايه", "حتي حدود", "لغايه", "-", "–")]
    texts += ["بين 10 و ", "يومي 18 و\n", "ايام 4 و5 و", "يومي السبت 8 ولغايه  "]
    matched = 0
    for text in texts:
        for pos in range(len(text) + 1):
            if pattern.search(text, max(0, pos - 60), pos):
                assert text[max(0, pos - 60):pos].rstrip().endswith(_DAYS_CONJ_ENDS), (text, pos)
                matched += 1
    assert matched > 11


def _anchor_by_stripping(word: str) -> bool:
    """is_anchor's definition as a loop: up to two proclitic letters off, then an anchor or ال + one; or a
    weekday without its article (with its proclitics: ``bare_weekdays``, anchors after "كل")."""
    anchors, clitics = anchor_words(), CONJ.strip("[]") + PREP.strip("[]")
    if word in bare_weekdays():  # ("اربعا" is also "ا" + the anchor "ربعا": the sample may build it)
        return True
    for i in range(min(3, len(word))):
        if i and word[i - 1] not in clitics:
            break
        stem = word[i:]
        if stem in anchors or (stem.startswith("ال") and stem[2:] in anchors):
            return True
    return False


def test_anchor_forms_are_the_stripping_definition(docs) -> None:
    words = {doc.folded[t.nstart:t.nstart + len(t.norm)] for doc in docs for t in doc.tokens}
    some = sorted(anchor_words())[::7]
    words |= {p + a for a in some for p in ("", "و", "وب", "فل", "كك", "وبل", "ال", "وال", "بال", "ا", "لل")}
    words |= {"", "ال", "و", "وال", "الال"}
    assert sum(map(is_anchor, words)) > 100
    assert all(is_anchor(w) == _anchor_by_stripping(w) for w in words)


def test_listed_digits_are_the_digits_of_re() -> None:
    # the window searches list the BMP digits instead of asking \\d: the same characters, and every astral one
    listed = re.compile(f"[{_digits()}]")
    plain = re.compile(r"[\d\U00010000-\U0010ffff]")
    chars = [chr(c) for c in (*range(0x10000), 0x1D7CE, 0x10000, 0x10FFFF)]
    assert [c for c in chars if listed.match(c)] == [c for c in chars if plain.match(c)]


def test_window_searches_find_what_their_digit_patterns_find(docs) -> None:
    # the searches of the needs, each opening with a class, find what the plain patterns with \\d find
    d = r"[\d\U00010000-\U0010ffff]"
    plain = {"year": rf"{d}{{3}}|\ue000", "year4": rf"{d}{{4}}", "numeric": rf"{d}[^\S\n]*[/.\-][^\S\n]*{d}",
             "numeric2": rf"{d}[/\-]{d}", "clock": rf"{d}:{d}"}
    special = {name: getattr(s, "quick", s) for name, s in compiled(patterns()).special}
    texts = [mask_numbers(doc, patterns())[1] for doc in docs]
    texts += ["عام ٢٠١٦", "12 و 345", "\ue000\ue000", "𝟐𝟎𝟏𝟔", "1٢3", "۱۲:۳۰", "15/12/2019", "1\ue00023",
              "13-10- 1967", "13 - 10 -1967", "5 /\n11"]
    found = 0
    for text in texts:
        for lo in range(0, len(text), 13):
            window = text[lo:lo + 60]
            for name, pattern in plain.items():
                a, b = re.search(pattern, window), special[name].search(window)
                assert (a and (a.span(), a.group())) == (b and (b.span(), b.group())), (name, window)
                found += a is not None
    assert found > 100


def test_confirmed_searches_find_what_their_exact_search_finds(docs) -> None:
    p = patterns()
    confirmed = [s for _, s in compiled(p).special if hasattr(s, "exact")]
    assert len(confirmed) == 2
    texts = [mask_numbers(doc, p)[1] for doc in docs]
    texts += ["عام ٢٠١٦", "12 و 345", "\ue000", "𝟐𝟎𝟏𝟔", "1٢3", "عام 201", "١٢", "x" * 5]
    found = 0
    for text in texts:
        for lo in range(0, len(text), 13):
            window = text[lo:lo + 60]
            for search in confirmed:
                assert (search.search(window) is not None) == (search.exact.search(window) is not None), window
                found += search.search(window) is not None
    assert found > 50


_TENSE_PIECES = ["سيزور", "الوزير", "قال", "و", "ال", "ً", "ّ", "12", "\ue000", "a", "."]
_TENSE_GLUE = ["", " ", "  ", "\n", "،", ",", " ، ", "\t", ".", "-"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_TENSE_PIECES), st.sampled_from(_TENSE_GLUE)), max_size=30),
       st.integers(0, 400))
def test_prev_words_walk_is_the_anchored_search(pieces, pos: int) -> None:
    # the words before a weekday read by a walk back are what the $-anchored search of 60 characters
    # captures, wherever the stretch's start cuts a word or its separators
    text = "".join(a + b for a, b in pieces)
    pos = min(pos, len(text))
    m = _PREV_WORDS.search(text, max(0, pos - 60), pos)
    assert prev_words(text, pos) == (m.group(1) if m else None)


def test_prev_words_on_the_sample(docs) -> None:
    found = 0
    for doc in docs:
        text = doc.folded
        for pos in range(0, len(text), 3):
            m = _PREV_WORDS.search(text, max(0, pos - 60), pos)
            assert prev_words(text, pos) == (m.group(1) if m else None), pos
            found += m is not None
    assert found > 1000
