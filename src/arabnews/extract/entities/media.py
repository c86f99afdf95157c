"""Companies, media, outlets, acronyms and platforms (part of the ORG rules; :mod:`.orgs` lists them all).

- :func:`company_after_head`, :func:`company_name_after_head`, :func:`company_of_place` — companies;
- :func:`acronym_after_org` — an acronym in parentheses after an ORG is an ORG ("(سانا)", "(أوتشا)"),
  and so is the name before it when it starts with an organisation head ("وكالة الأنباء السعودية (واس)");
- :func:`media_names` — a media name after a media head, or quoted after it, is an ORG, the head
  left out as in ANERcorp ("قناة «سي بي سي»", "مراسل الجزيرة"); :func:`dateline_outlets`,
  :func:`dash_dateline_outlets`, :func:`news_agency_names`, :func:`programme_names`, :func:`quoted_org_names`,
  :func:`outlet_names`;
- :func:`acronym_orgs` — an acronym read as a word with the article is an ORG ("الهايكا", "اليونسكو");
  :func:`confederation_acronyms`, :func:`latin_name_after_head`;
- :func:`brands_not_persons`, :func:`platform_after_head`, :func:`platform_names` — brands and platforms.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ...lang.ar import clitic_splits, fold
from ...text.tokenize import Token
from .backoff import PROMINENT_POPULATION
from .bio import Tag, chunk_end, chunk_list, tag_set
from .gates import gate
from .gazetteer import Gazetteer, verb_forms
from .orgbounds import (
    _CLITIC_PAIRS,
    _CLITICS,
    _outlet_forms,
)
from .orgheads import (
    _definite,
    _is_head,
)
from .places import direction_adjectives
from .rulewords import (
    ACRONYM_FORM,
    ARTICLE,
    COMPANY,
    COMPANY_HEAD,
    CONFEDERATION,
    FM_FORM,
    LATIN,
    LATIN_NAME_HEAD,
    MEDIA_HEAD,
    OPENER,
    ORG_HEAD,
    OUTLET_FORM,
    PLATFORM,
    PREDICATE,
    PRODUCT,
    PROGRAMME_FORM,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    RuleWords,
    flagged,
    has_article,
    in_list,
    is_predicate,
    opening_quote,
    rule_words,
    sentence_bits,
    sentence_flags,
    sentence_folds,
    sentence_holds_any,
    sentence_kinds,
    sentence_texts,
    sport_sentence,
    stems,
)


# (the gate's bit: the rule's in_list of a word of ``company_heads``, which answers from the word's bits)
@gate(bits=COMPANY_HEAD, tags=("B-PER", "B-LOC"))
def company_after_head(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """After a company's head without the article (``rules.yaml``'s ``company_heads``; a quotation mark
    between them too), the tagger's person is the company, an ORG without the head ("مجموعة شيفلر", "مؤسسة
    تيسير", "مجموعة ترامب"), and its one-word place followed by a nisba with the article or a ل complement
    is one ORG with the head ("بنك تونس العربي الدولي", "مصنع قازان للطائرات"; not "مصنع بألمانيا", "بنك
    تونس" alone)."""
    if "B-PER" not in tag_set(tags) and "B-LOC" not in tag_set(tags):
        return
    heads = rule_words().company_heads
    folds = sentence_folds(toks)
    n = len(toks)
    for i, j, label in chunk_list(tags):
        if label not in ("PER", "LOC") or toks[i].kind != "word":
            continue
        h = i - 1
        if h > 0 and toks[h].text in ('"', "«", "“") and label == "PER":
            h -= 1
        if h < 0 or tags[h] != "O" or toks[h].kind != "word" or has_article(toks[h].norm) \
                or not in_list(toks[h].norm, heads):
            continue
        if label == "PER":
            tags[i:j] = ["B-ORG"] + ["I-ORG"] * (j - i - 1)
            continue
        if j != i + 1 or (folds[i][:1] in ("ب", "ل", "و", "ف", "ك") and gaz.place(folds[i][1:]) is not None):
            continue
        end = j
        if end < n and tags[end] == "O" and toks[end].kind == "word" and folds[end].startswith("لل") \
                and len(folds[end]) >= 5 and not is_predicate(toks[end].norm):
            end += 1
        while end < n and end - j < 3 and tags[end] == "O" and toks[end].kind == "word" \
                and folds[end].startswith("ال") and folds[end].endswith(("ي", "يه")) and len(folds[end]) >= 5 \
                and not is_predicate(toks[end].norm):
            end += 1
        if end > j and (end >= n or not tags[end].startswith("I-")):
            tags[h:end] = ["B-ORG"] + ["I-ORG"] * (end - h - 1)


#: Most words of a company's name read after its head by :func:`company_name_after_head`.
_COMPANY_WORDS = 3


@gate(ORG_HEAD)
def company_name_after_head(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """After an untagged "شركة" without the article (``rules.yaml``'s ``company_name_heads``; a proclitic
    allowed: "لشركة", "وشركة"), the untagged words of a company's name are an ORG without the head, as
    ANERcorp tags "شركة" + "نوكيا": a known company ("شركة أبل", ``companies``) or up to three name-like
    words — no common word, nationality, place, verb, function word, feminine adjective in ة, plural in ات
    or word with the article or a proclitic on a common word, nor a noun in construct with a definite word
    that is no nisba, a trade (``company_trade_words``, a verbal noun تفعيل) or a verb with a pronoun ("شركة سيمنس",
    "لشركة جيت بلو", "بشركة أمازون"; not "شركة مختصة", "شركة إنتاج", "شركة تونسية", "شركة لتسيير", "شركة مصبرات",
    "شركة عجين الحلفاء", "شركة كهرباء", "شركة تنظيف", "شركة يملكها")."""
    if not sentence_bits(toks) & ORG_HEAD:
        return
    rw = rule_words()
    heads = rw.company_name_heads
    flags = sentence_flags(toks)
    verbs = verb_forms()
    n = len(toks)
    for h in flagged(toks, ORG_HEAD):
        if tags[h] != "O" or h + 1 >= n or flags[h] & ARTICLE or not in_list(toks[h].norm, heads):
            continue
        k = h + 1
        end = k
        while end < n and end - k < _COMPANY_WORDS and tags[end] == "O" and toks[end].kind == "word":
            tok = toks[end]
            word = fold(tok.norm)
            if flags[end] & COMPANY and end == k:
                end += 1
                break
            if word in gaz.common or word in gaz.nisba or flags[end] & (ARTICLE | PREDICATE) \
                    or word in rw.company_trade_words or _verbal_noun_tafil(word) \
                    or word.endswith(("ه", "ة", "ات", "ها", "هم")) or len(word) < 3 or word in rw.function_words \
                    or word in verbs \
                    or gaz.place(word) is not None or (end > k and word.startswith(("و", "ل"))) \
                    or (word[0] in "لبوفك" and (word[1:] in gaz.common or word[1:] in verbs)):
                break
            end += 1
        if end == k or (end < n and tags[end].startswith("I-")):
            continue
        after = fold(toks[end].norm) if end < n and toks[end].kind == "word" else ""
        if after and flags[end] & ARTICLE and not flags[k] & COMPANY and after not in gaz.nisba \
                and not after.endswith(("ي", "يه")):
            continue  # a common noun in construct: "شركة عجين الحلفاء", "شركة استطلاعات الرأي"
        tags[k:end] = ["B-ORG"] + ["I-ORG"] * (end - k - 1)


def _verbal_noun_tafil(word: str) -> bool:
    """Is the folded ``word`` a verbal noun تفعيل of five letters ("تنظيف", "تصنيع", "تسويق"; not "تويتر", "توتال")?"""
    return len(word) == 5 and word[0] == "ت" and word[3] == "ي"


@gate(ORG_HEAD, tags=("B-LOC",))
def company_of_place(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A company's head without the article (``company_heads``; a proclitic allowed), one common noun of
    its trade without article or proclitic and the tagger's one-word place without a proclitic are one
    ORG, the head in it as ANERcorp tags "شركة قطر للغاز": "شركة اتصالات تونس", "مؤسسة مطارات دبي",
    "لشركة نقل تونس" (the place alone was the LOC); not "مؤسسة في تونس", "مجمع بمدينة درنة"."""
    if "B-LOC" not in tag_set(tags) or not sentence_bits(toks) & ORG_HEAD:
        return
    rw = rule_words()
    flags = sentence_flags(toks)
    n = len(toks)
    for h in flagged(toks, ORG_HEAD):
        p = h + 2
        if p >= n or tags[h] != "O" or tags[h + 1] != "O" or tags[p] != "B-LOC" or flags[h] & ARTICLE \
                or (p + 1 < n and tags[p + 1].startswith("I-")) or toks[h + 1].kind != "word" \
                or toks[p].kind != "word" or not in_list(toks[h].norm, rw.company_heads):
            continue
        noun = fold(toks[h + 1].norm)
        if flags[h + 1] & (ARTICLE | PREDICATE) or noun in rw.function_words \
                or not (noun in gaz.common or noun.endswith("ات") or noun in rw.company_trade_words) \
                or (noun[0] in "بلوفك" and noun[1:] in gaz.common) \
                or noun in gaz.nisba or gaz.place(fold(toks[p].norm)) is None:
            continue
        tags[h:p + 1] = ["B-ORG", "I-ORG", "I-ORG"]


#: Most words of a long form before an acronym in parentheses ("وكالة الأمم المتحدة لإغاثة وتشغيل
#: اللاجئين الفلسطينيين (أونروا)").
MAX_LONG_FORM = 10


@gate(texts=("(",))
def acronym_after_org(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An acronym in parentheses after an organisation's name is an ORG, and so is the name: an ORG
    the tagger found ("الوكالة العربية السورية للأنباء (سانا)"), or the words from an organisation
    head to the parenthesis ("وكالة الأنباء السعودية (واس)", "مكتب الأمم المتحدة لتنسيق الشؤون
    الإنسانية (أوتشا)"), which the acronym shows to be one name.  An acronym is one to three words,
    no place, and in Arabic script without the article ("(الأحد)" is a weekday), none of ``rules.yaml``'s
    ``not_acronyms`` ("(فيديو)") and, when the tagger found no ORG before it, no common word.  One word
    the tagger took for a place is an acronym all the same after a name that starts with a head, when
    it names no country, province or prominent city ("وكالة الأنباء الكويتية (كونا)": Kuna, Idaho;
    "(بترا)", "(جاكا)"), while "بنفيكا ( البرتغال )", "سلتيك ( اسكتلندا )" stay places."""
    if "(" not in sentence_texts(toks):
        return
    n = len(toks)
    opens = [j for j in range(1, n - 2) if toks[j].text == "("]
    if not opens:
        return
    for j in opens:
        after_org = tags[j - 1].endswith("ORG")
        end = _acronym_end(toks, tags, j, gaz, after_org) or (
            _named_by_head(toks, tags, j) and _minor_place_acronym(toks, tags, j, gaz))
        if not end:
            continue
        if after_org:
            tags[j + 1:end] = ["B-ORG"] + ["I-ORG"] * (end - j - 2)
            continue
        h = _long_form_start(toks, tags, j)
        if h is not None:
            tags[h:j] = ["B-ORG"] + ["I-ORG"] * (j - h - 1)
            tags[j + 1:end] = ["B-ORG"] + ["I-ORG"] * (end - j - 2)


def _acronym_end(toks: Sequence[Token], tags: Sequence[Tag], j: int, gaz: Gazetteer, after_org: bool) -> int:
    """Index of the ")" closing an acronym that opens at ``toks[j]`` ("("), 0 if none; after an ORG the
    tagger found, a common word may be one ("(وات)")."""
    n = len(toks)
    end = j + 1
    while end < n and end - j <= 3 and toks[end].kind in ("word", "latin", "foreign") and tags[end] == "O":
        end += 1
    if end == j + 1 or end >= n or toks[end].text != ")":
        return 0
    not_acronyms = rule_words().not_acronyms
    for t in toks[j + 1:end]:
        f = fold(t.norm)
        if gaz.place(f) is not None or f in not_acronyms \
                or (t.kind == "word" and (f.startswith("ال") or (f in gaz.common and not after_org))):
            return 0
    return end


def _named_by_head(toks: Sequence[Token], tags: Sequence[Tag], j: int) -> bool:
    """Does an organisation head start the ORG the tagger found right before ``toks[j]`` ("وكالة
    الأنباء الكويتية", not the club "بنفيكا")?"""
    if not tags[j - 1].endswith("ORG"):
        return False
    i = j - 1
    while i > 0 and tags[i].startswith("I-"):
        i -= 1
    return i < j - 1 and _is_head(toks[i])


def _minor_place_acronym(toks: Sequence[Token], tags: Sequence[Tag], j: int, gaz: Gazetteer) -> int:
    """Index of the ")" after one word in parentheses at ``toks[j]`` that the tagger took for a place
    but that names no country or prominent city and has no article (an acronym: "(كونا)"), else 0."""
    if j + 2 >= len(toks) or toks[j + 2].text != ")" or tags[j + 1] != "B-LOC" or toks[j + 1].kind != "word":
        return 0
    word = toks[j + 1].norm
    folded = fold(word)
    if has_article(word) or folded in rule_words().not_acronyms:
        return 0
    place = gaz.place(folded)  # a country, a province or a big city, even one that is also a word ("مالي")
    if place is not None and (place.kind == "country" or folded in gaz.provinces
                              or place.population >= PROMINENT_POPULATION):
        return 0
    return j + 2


def _long_form_start(toks: Sequence[Token], tags: Sequence[Tag], j: int) -> int | None:
    """The organisation head that starts the name ending before ``toks[j]``: the leftmost head followed
    by a definite word or a name within :data:`MAX_LONG_FORM` words, reading back over words that are
    no person, MISC, predicate or particle (a head with و starts the name: "وزارة الصحة ومنظمة الصحة
    العالمية")."""
    rw = rule_words()
    head = None
    k = j - 1
    while k >= 0 and j - k <= MAX_LONG_FORM:
        tok = toks[k]
        if tok.kind != "word" or tags[k].endswith(("PER", "MISC")) or is_predicate(tok.norm) \
                or fold(tok.norm) in rw.function_words:
            break
        # a head starts a name when a definite word or a name follows it ("القناة برنامج" is no name)
        if _is_head(tok) and (tags[k + 1] != "O" or _definite(toks[k + 1].norm)):
            head = k
            if tok.norm.startswith("و"):
                break
        k -= 1
    return head if head is not None and j - head >= 2 else None


@gate(bits=MEDIA_HEAD | PREDICATE | OPENER | LATIN | FM_FORM)
def media_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A known media name after a media head or with ل after a verb ("مراسل الجزيرة", "وقال
    للجزيرة"), or a quoted name after a media head ("قناة «سي بي سي»"), is an ORG; the head stays
    outside.  A known media name alone in quotes is one too: "قال لـ« الشرق الأوسط »" (the paper, not
    the region), but not the title of a work ("برنامج \"الحدث\"": ``rules.yaml``'s ``work_heads``), and
    so is one in brackets after a lone ل ("في تصريح ل(وات)").
    A radio station is named with "أف أم" ("الجوهرة أف أم", "موزاييك FM")."""
    n = len(toks)
    rw = rule_words()
    texts = sentence_texts(toks)
    # a name in quotes or in brackets: read after each opening quote or bracket
    openers = [] if _OPENERS.isdisjoint(texts) else [k + 1 for k, x in enumerate(texts[:n - 2]) if x in _OPENERS]
    for k in openers:
        opener = texts[k - 1]
        # in quotes, or in brackets after a lone ل ("في تصريح ل(وات)", "لـ(وات)")
        bracket = opener == "(" and k >= 2 and toks[k - 2].text in _LONE_LAM
        if (opener in QUOTES_OPEN or bracket) and toks[k].kind == "word" \
                and not (k >= 2 and toks[k - 2].kind == "word" and in_list(toks[k - 2].norm, rw.work_heads)):
            name = _known_name_size(toks, tags, k, fold(toks[k].norm))
            if name == 1 and fold(toks[k].norm) in direction_adjectives():
                continue  # 'المصادر العسكرية "الجنوبية"': an adjective in quotes, "قناة الجنوبية" only after a head
            closer = toks[k + name].text if name and k + name < n else ""
            if closer == ")" if bracket else closer in QUOTES_CLOSE:
                tags[k:k + name] = ["B-ORG"] + ["I-ORG"] * (name - 1)
    if not _FM_TEXTS.isdisjoint(texts) or _FM[0] in sentence_folds(toks):
        _radio_names(toks, tags)
    if not sentence_bits(toks) & (MEDIA_HEAD | PREDICATE):
        return
    flags = sentence_flags(toks)
    for h in [k for k in range(n - 1) if flags[k] & (MEDIA_HEAD | PREDICATE)]:
        if flags[h] & MEDIA_HEAD and tags[h] == "O":
            # the name after the head, or after an agency's words ("وكالة أنباء الأناضول", 'وكالة أنباء "سبوتنيك"')
            k = h + 2 if h + 2 < n and _agency_words(toks, tags, h) else h + 1
            if has_article(toks[h].norm) and fold(toks[k].norm) in gaz.nisba:
                continue  # "الصحيفة التونسية", "القناة العربية": the Tunisian paper, the Arab channel
            if toks[k].text in QUOTES_OPEN:
                if k + 1 < n:
                    _quoted_name(toks, tags, k + 1)
            elif not _known_name(toks, tags, k, fold(toks[k].norm)) and not has_article(toks[h].norm) \
                    and (in_list(toks[h].norm, rw.open_media_heads) or _outlet_word_after(toks, k, rw)):
                _unknown_name(toks, tags, k, gaz, in_list(toks[h].norm, rw.place_media_heads))
        elif flags[h] & PREDICATE and toks[h + 1].norm.startswith("لل"):  # "وقال للجزيرة"
            _known_name(toks, tags, h + 1, "ال" + fold(toks[h + 1].norm)[2:])


@gate(texts=("(", "/"))
def dateline_outlets(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A known media name (``media_names``) that a dateline or a credit gives is the outlet, an ORG whatever
    the tagger made of it ("الأناضول" is also Anatolia, "بترا" Petra): in brackets after the city, a date or a
    dash, or alone, and before a dash, a colon, a period or the sentence's end ("الرياض (واس) -", "دمشق، 12
    يناير (رويترز) -", "عمان (بترا) -", "… مراكش. (الأناضول)"); after the city and a slash, before a colon or
    a dash ("بغداد/ الأناضول:").  Not one inside a sentence ("مدينة البتراء (بترا) في الأردن"), nor the
    spelled-out letters "(أ ف ب)", "(د ب أ)", which ANERcorp leaves untagged (9 of 9) and ``media_names``
    does not hold."""
    n = len(toks)
    for k in range(1, n - 1):
        opener = toks[k - 1].text
        if opener not in ("(", "/") or toks[k].kind != "word":
            continue
        size = _known_name_size(toks, tags, k, fold(toks[k].norm), whole_per=True)
        end = k + size
        if not size or (opener == "(" and (end >= n or toks[end].text != ")")):
            continue
        after = end + 1 if opener == "(" else end
        if after < n and toks[after].text not in _DATELINE_AFTER:
            continue
        before = k - 2
        if opener == "/":
            if before < 0 or not tags[before].endswith("LOC") or after >= n:
                continue
        elif before >= 0 and not (tags[before].endswith("LOC") or toks[before].text in _DATELINE_BEFORE
                                  or toks[before].kind == "number"
                                  or (before and toks[before - 1].kind == "number")):
            continue
        if (end < n and tags[end].startswith("I-")) or tags[k].startswith("I-"):
            continue
        tags[k:end] = ["B-ORG"] + ["I-ORG"] * (size - 1)


#: Most tokens of a dateline's place before its dash ("مقديشو (الصومال) -"), and of the outlet's name after it.
_DATELINE_PLACE = 5
_DATELINE_NAME = 4
#: The dashes of a dateline.
_DASHES = frozenset({"-", "–", "—", "ـ"})


@gate(texts=(":",))
def dash_dateline_outlets(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """The name between a dateline's place and a colon is the outlet's, one ORG: "الخرطوم - سودان تريبيون:",
    "عدن - المصدر أونلاين:", "القاهرة - المصري اليوم:", "بغداد - شفق نيوز:", "مقديشو (الصومال) - …:" (quotes
    around it stay out).  The sentence opens with the place (a LOC, brackets and commas between its words), a
    dash follows and the name (four tokens at most, no verb) runs to the colon.  Not the paper's reporter or
    desk (``dateline_stops``: "غزة - مراسلنا:", "واشنطن - وكالات:"), nor a person the tagger found, a reporter
    who signs ("القاهرة - محمد حسن:"), nor a place, a headline's pair of states ("تونس - الجزائر :"), unless the
    name is a known outlet or holds an outlet's word (``outlet_words``: "تريبيون", "نيوز", "الصومال اليوم").  A
    name the tagger made a longer ORG of stays."""
    n = len(toks)
    if n < 4 or not tags[0].endswith("LOC"):
        return
    dash = next((k for k in range(1, min(n, _DATELINE_PLACE + 1)) if toks[k].text in _DASHES), None)
    if dash is None or any(t != "O" and not t.endswith("LOC") for t in tags[:dash]) \
            or any(tags[k] == "O" and toks[k].text not in ("(", ")", "،", ",") for k in range(dash)):
        return
    colon = next((k for k in range(dash + 1, min(n, dash + _DATELINE_NAME + 4)) if toks[k].text == ":"), None)
    if colon is None:
        return
    i, j = dash + 1, colon
    if j - i >= 2 and toks[i].text in QUOTES_OPEN and toks[j - 1].text in QUOTES_CLOSE:
        i, j = i + 1, j - 1
    if not 0 < j - i <= _DATELINE_NAME or tags[i].startswith("I-") or (j < n and tags[j].startswith("I-")):
        return
    rw = rule_words()
    folds = [fold(t.norm) for t in toks[i:j]]
    if any(t.kind not in ("word", "latin", "number") or (t.kind == "word" and is_predicate(t.norm))
           for t in toks[i:j]) or any(f in rw.dateline_stops for f in folds) or all(len(f) <= 2 for f in folds):
        return  # (spelled-out letters, "باماكو - أ ف ب:", ANERcorp leaves untagged as dateline_outlets does)
    known = _known_name_size(toks, tags, i, folds[0], whole_per=True) == j - i \
        or any(f in rw.outlet_words or t.text in rw.outlet_words for f, t in zip(folds, toks[i:j], strict=True))
    # a place the tagger found is a headline's pair of states ("تونس - الجزائر :"), a person a reporter's signature
    if known or not any(t.endswith(("PER", "LOC")) for t in tags[i:j]):
        tags[i:j] = ["B-ORG"] + ["I-ORG"] * (j - i - 1)


#: What stands after a dateline's outlet: a dash, a colon, a period; before it, a comma too ("القاهرة، (…)").
_DATELINE_AFTER = frozenset({"-", "–", "—", "ـ", ":", "."})
_DATELINE_BEFORE = _DATELINE_AFTER | {"،", ","}


def _agency_words(toks: Sequence[Token], tags: Sequence[Tag], h: int) -> bool:
    """Is the media head ``toks[h]`` "وكالة" (a proclitic on it, no article) followed by the untagged
    "أنباء" (``agency_words``, indefinite: "وكالة الأنباء" + a name is read by :func:`news_agency_names`)?"""
    word = toks[h + 1]
    return tags[h + 1] == "O" and word.kind == "word" and not has_article(word.norm) \
        and fold(word.norm) in rule_words().agency_words and _agency_head(toks[h])


def _agency_head(tok: Token) -> bool:
    """Is ``tok`` "وكالة" without the article, a proclitic on it or not ("لوكالة", "ووكالة")?"""
    return tok.kind == "word" and not has_article(tok.norm) \
        and any(fold(split.stem) == _AGENCY for split in clitic_splits(tok.norm) if not split.article)


#: "وكالة" folded.
_AGENCY = fold("وكالة")


@gate(bits=MEDIA_HEAD)
def news_agency_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """"وكالة" + "الأنباء" or "الصحافة" (``agency_words``) + a country's feminine nisba is a news agency, one
    ORG with its head, as the tagger reads most of them ("وكالة الأنباء الجزائرية"; ANERcorp "وكالة الأنباء
    المصرية"): "لوكالة الأنباء الألمانية", "وكالة الأنباء الكورية", "وكالة الصحافة الفرنسية", "وكالة الأنباء
    المركزية الكورية", "وكالة الأنباء الكورية الجنوبية" (``agency_adjectives``).  Not without a nisba ("وكالة
    الأنباء الرسمية": which one the sentence names after it), nor an indefinite "وكالة أنباء روسية" (a Russian
    agency)."""
    n = len(toks)
    rw = rule_words()
    flags = sentence_flags(toks)
    for h in range(n - 2):
        if not flags[h] & MEDIA_HEAD or not _agency_head(toks[h]):
            continue
        words = toks[h + 1]
        if words.kind != "word" or not has_article(words.norm) or fold(words.norm) not in rw.agency_words:
            continue
        end = h + 2
        while end < n and toks[end].kind == "word" and fold(toks[end].norm) in rw.agency_adjectives:
            end += 1
        nisba = end
        while end < n and end - nisba < 2 and toks[end].kind == "word" and _feminine_nisba(fold(toks[end].norm), gaz):
            end += 1
        if end > nisba:  # "الكورية الجنوبية"
            while end < n and toks[end].kind == "word" and fold(toks[end].norm) in rw.agency_adjectives:
                end += 1
        if end == nisba or any(t.endswith("PER") for t in tags[h:end]) or tags[h].startswith("I-"):
            continue
        tags[h:end] = ["B-ORG"] + ["I-ORG"] * (end - h - 1)


@gate(bits=PROGRAMME_FORM)
def programme_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A programme named alone (``programme_names``: "بوليتيكا", the Jawhara FM talk show) is one MISC, as after
    "برنامج", whatever the tagger called it: "في مداخلة له في بوليتيكا" (a LOC), "ل"بوليتيكا"" (an ORG); a guest's
    PER that ran on into it ends before "ضيف"/"ضيفة" ("لطفي العماري ضيف بوليتيكا"), which is no name alone."""
    names = rule_words().programme_names
    # each name is one word, bare or after one proclitic: a sentence that holds none of them has none
    if not sentence_holds_any(toks, names):
        return
    folds = sentence_folds(toks)
    n = len(toks)
    for k in range(n):
        word = folds[k]
        if toks[k].kind != "word" or not (word in names or (word[:1] in _PROGRAMME_CLITICS and word[1:] in names)):
            continue
        if k + 1 < n and tags[k + 1].startswith("I-"):
            tags[k + 1] = "B-" + tags[k + 1][2:]
        tags[k] = "B-MISC"
        if k and tags[k - 1] != "O" and folds[k - 1] in _GUEST:  # "ضيف بوليتيكا": the guest's name ends
            tags[k - 1] = "O"


#: Proclitics before a programme's name ("وبوليتيكا", "لبوليتيكا", "ببوليتيكا"); "ضيف", "ضيفة" (guest) folded.
_PROGRAMME_CLITICS = frozenset("وفبل")
_GUEST = frozenset({fold("ضيف"), fold("ضيفة")})


def _feminine_nisba(word: str, gaz: Gazetteer) -> bool:
    """Is the folded ``word`` a country's nisba with the article, feminine ("الالمانيه", "الكوريه")?"""
    return word.startswith("ال") and word.endswith("يه") and word in gaz.nisba


#: The preposition ل written apart, before a bracket ("ل(وات)", "لـ(وات)").
_LONE_LAM = frozenset({"ل", "لـ"})
#: The tokens that open a media name of :func:`media_names`: a quote, or a bracket after a lone ل.
_OPENERS = QUOTES_OPEN | {"("}
#: "أف أم", "إف إم" folded: what follows a radio station's name.
_FM = ("اف", "ام")
_FM_LEN = len(_FM[0])
#: The texts that :func:`_radio_names` reads as "FM" (a text of two letters at most whose upper case is "FM").
_FM_TEXTS = frozenset({"FM", "Fm", "fM", "fm"})


def _radio_names(toks: Sequence[Token], tags: list[Tag]) -> None:
    """The word before "أف أم" (or "FM") and the two letters are one ORG: "الجوهرة أف أم",
    "للجوهرة اف ام", "موزاييك FM", and with the letters in quotes, "الجوهرة "اف ام"" (the quotes
    go in the span)."""
    n = len(toks)
    for k in range(1, n):
        if len(toks[k].text) <= 2 and toks[k].text.upper() == "FM":  # upper() never shortens a text
            end = k + 1
        # folding keeps a word's length: a word of another length is no "اف" (read before folding it)
        elif k + 1 < n and toks[k].kind == "word" and len(toks[k].norm) == _FM_LEN \
                and (fold(toks[k].norm), fold(toks[k + 1].norm)) == _FM:
            end = k + 2
        else:
            continue
        first = k - 1
        if toks[first].text in QUOTES_OPEN and first > 0 and end < n and toks[end].text in QUOTES_CLOSE:
            first -= 1
            end += 1
        name = toks[first]
        if name.kind in ("word", "latin") and not tags[first].endswith("PER") and not is_predicate(name.norm) \
                and fold(name.norm) not in rule_words().function_words:
            tags[first:end] = ["B-ORG"] + ["I-ORG"] * (end - first - 1)


@gate(texts=QUOTES_OPEN)
def quoted_org_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A quoted name right after an organisation's head (``rules.yaml``'s ``org_heads`` and
    ``quoted_name_heads``) is an ORG, the head outside, as :func:`media_names` reads a channel's:
    'منظمة "أنا يقظ"', 'جمعية "نساء وذاكرة"', 'حزب "تحيا تونس"', 'لمجموعة "الإنقاذ"'.  The head has no
    article: 'الحزب "بخير"' (the party is "fine") names nothing."""
    texts = sentence_texts(toks)
    if QUOTES_OPEN.isdisjoint(texts):
        return
    rw = rule_words()
    flags = sentence_flags(toks)
    for k in [k + 1 for k, x in enumerate(texts[1:-1], start=1) if x in QUOTES_OPEN]:
        h = k - 2
        if tags[k] not in ("O", "B-LOC", "B-PER", "B-MISC") or toks[h].kind != "word":
            continue
        if toks[k].kind != "word" and (tags[h] == "I-ORG" or not opening_quote(toks, k - 1)):
            continue  # 'بمعهد الحرارية "2"': a number is the institute's
        if not opening_quote(toks, k - 1):
            # a quote apart from both words opens a name only when its first word is no particle nor verb ('منظمة
            # العفو الدولية " أن السلطات "' quotes a claim)
            if not _spaced_opening_quote(toks, texts, k - 1) or fold(toks[k].norm) in rw.function_words \
                    or is_predicate(toks[k].norm):
                continue
        elif tags[h] == "I-ORG" and (fold(toks[k].norm) in rw.function_words or is_predicate(toks[k].norm)):
            continue
        if tags[h] == "I-ORG":
            # the name of a body named by its chain before ('مركز تنمية المجتمع المدني " المغامرون من أجل التنمية "'):
            # an ORG of its own, the chain's stays
            a = h
            while a > 0 and tags[a] == "I-ORG":
                a -= 1
            if tags[a] == "B-ORG" and in_list(toks[a].norm, rw.activity_org_heads) and not flags[a] & ARTICLE \
                    and _governed(toks, a) and not _quoted_phrase(toks, k, gaz):
                _quoted_name(toks, tags, k)
            continue
        # the head untagged, or an ORG of its own that the name takes over ('حزب "تحيا تونس"'); a head
        # with the article tells of a body named before ('الحزب "بخير"', 'الوزارة "مخرج من ورطة"')
        if tags[h] not in ("O", "B-ORG") or flags[h] & ARTICLE:
            continue
        # a venue's name is its own even when it holds a person's or a town's ('فندق "شهباء حلب"')
        venue = in_list(toks[h].norm, rw.venue_name_heads)
        if (venue or flags[h] & ORG_HEAD or in_list(toks[h].norm, rw.quoted_name_heads)) \
                and not _quoted_phrase(toks, k, gaz) and _quoted_name(toks, tags, k, venue):
            tags[h] = "O"


#: Prepositions before a body's name that make it no verb's subject ("المنتمين إلى مركز …").
_HEAD_PREPOSITIONS = frozenset(fold(w) for w in ("إلى", "الى", "في", "من", "مع", "عن", "على", "لدى", "عبر"))


def _governed(toks: Sequence[Token], a: int) -> bool:
    """Is the head ``toks[a]`` governed by a preposition: one before it, or ل or ب on it ("إلى مركز", "لجمعية")?
    A quote after the name of a verb's subject is what the body said or called something ('وصفت وزارة الداخلية
    "الهجوم الإرهابي" بالجبان')."""
    word = fold(toks[a].norm)
    if word[:1] in "لب" or word[:2] in ("ول", "وب", "فل", "فب"):
        return True
    return a > 0 and fold(toks[a - 1].norm) in _HEAD_PREPOSITIONS


def _spaced_opening_quote(toks: Sequence[Token], texts: Sequence[str], q: int) -> bool:
    """Is token ``q`` a straight quote written apart from the words on both sides that opens a quotation: the
    sentence's quotes of its kind before it are even in number ('جمعية " المغامرون من أجل التنمية "')?"""
    quote = toks[q]
    if q == 0 or q + 1 >= len(toks) or toks[q - 1].end == quote.start or quote.end == toks[q + 1].start:
        return False
    return texts[:q].count(quote.text) % 2 == 0


def _quoted_phrase(toks: Sequence[Token], k: int, gaz: Gazetteer) -> bool:
    """Is what is quoted from ``k`` a phrase, no name: a preposition on its article ('الحركة "بالقاتل
    الصامت"'), or an indefinite adjective alone ('منظمة "إرهابية"': labelled terrorist)?"""
    word = fold(toks[k].norm)
    if has_article(toks[k].norm) and not word.startswith("ال"):
        return True
    return k + 1 < len(toks) and toks[k + 1].text in QUOTES_CLOSE and word.endswith(("يه", "ي")) \
        and not word.startswith("ال") and word in gaz.common


def _quoted_name(toks: Sequence[Token], tags: list[Tag], k: int, venue: bool = False) -> bool:
    """Tag as ORG the words from ``k`` to a closing quote (five at most), none of them a PER unless a ``venue``'s
    name; were they?"""
    n = len(toks)
    end = k
    while end < n and end - k < 5 and toks[end].text not in QUOTES_CLOSE and toks[end].kind != "punct":
        end += 1
    if k < end < n and toks[end].text in QUOTES_CLOSE and (venue or not any(t.endswith("PER") for t in tags[k:end])):
        tags[k:end] = ["B-ORG"] + ["I-ORG"] * (end - k - 1)
        return True
    return False


def _known_name(toks: Sequence[Token], tags: list[Tag], k: int, first: str) -> bool:
    """Tag as ORG the longest media name starting at ``k`` whose first folded word is ``first`` (after
    a media head: a PER the tagger made of it too, "لوكالة فرانس برس"); was there one?"""
    m = _known_name_size(toks, tags, k, first, whole_per=True)
    if m:
        tags[k:k + m] = ["B-ORG"] + ["I-ORG"] * (m - 1)
    return bool(m)


def _outlet_word(tok: Token, rw: RuleWords) -> bool:
    """Is ``tok`` an outlet's word that ends a name (``outlet_words``: "نيوز", "24"), without the article (not the
    adjective "الإخبارية") and no time ("اليوم")?"""
    return (tok.kind == "number" and tok.text in rw.outlet_words) or (
        tok.kind == "word" and not has_article(tok.norm) and fold(tok.norm) in rw.outlet_words)


def _outlet_word_after(toks: Sequence[Token], k: int, rw: RuleWords) -> bool:
    """Is one of the two words after ``toks[k]`` an outlet's word (:func:`_outlet_word`)?  Then any media head
    names the outlet ("موقع اليمن نيوز"), not only an open one."""
    return any(_outlet_word(t, rw) for t in toks[k + 1:k + _MEDIA_WORDS])


#: Most words of a media name read after an open media head.
_MEDIA_WORDS = 3


def _unknown_name(toks: Sequence[Token], tags: list[Tag], k: int, gaz: Gazetteer, places: bool = False) -> None:
    """After an open media head without the article (``open_media_heads``; "القنوات الفضائية" is an
    adjective), the name-like words at ``k`` — no common word, adjective ("فصلية"), nationality or
    verb; a number or Latin word may follow ("فرانس 24") — are an ORG, the tagger's person there
    included ("إذاعة موزاييك", "قناة فرانس 24").  A known place after the head names the outlet only
    with ``places`` (a head of ``place_media_heads``), and then the head is in the ORG, as NewsFANE
    tags "تلفزيون دبي": "إذاعة قفصة" is the station, "قفصة" alone the town; after the other heads a
    place is left to the tagger ("قناة السويس", a canal).  The place may carry the article: "إذاعة الأندلس"."""
    n = len(toks)
    rw = rule_words()
    end = k
    named = False  # an outlet's word after the first ("اليمن" + "نيوز"): the head stays out
    ahead = _outlet_word_after(toks, k, rw)
    while end < n and end - k < _MEDIA_WORDS:
        tok = toks[end]
        word = fold(tok.norm)
        if tok.kind == "latin" or (tok.kind == "number" and end > k):
            end += 1
            continue
        # "إذاعة الأندلس"; after any head before an outlet's word ("موقع اليمن نيوز")
        place = end == k and gaz.place(word) is not None and (places or ahead)
        # "صحيفة اليمن نيوز": a name of its own, whose place is no outlet's name, and which the word ends ("وكالة
        # فرنس برس" + "بحذفها"); not "اليوم" (also today) nor an adjective ("GMA News" + "الإخبارية")
        if end > k and _outlet_word(tok, rw):
            end += 1
            named = True
            break
        if tok.kind != "word" or word in gaz.common or word in gaz.nisba or (has_article(tok.norm) and not place) \
                or (word.endswith("يه") and len(word) >= 5) or (end > k and word.startswith("و")) \
                or is_predicate(tok.norm) or word in rw.function_words or len(word) < 3 \
                or (end == k and not place and gaz.place(word) is not None):
            break
        end += 1
    if end == k or (end < n and tags[end].startswith("I-")) or (tags[k].startswith("I-")):
        return
    # the tagger's pieces of it: a place and an ORG of the outlet's word ("السودان" + "نيوز")
    if all(t == "O" or t[2:] in ("LOC", "PER") or (named and t[2:] == "ORG") for t in tags[k:end]):
        if places and not named and gaz.place(fold(toks[k].norm)) is not None:
            k -= 1  # a place's name: the head is part of the outlet's, as NewsFANE tags "تلفزيون دبي"
        tags[k:end] = ["B-ORG"] + ["I-ORG"] * (end - k - 1)


def _known_name_size(toks: Sequence[Token], tags: Sequence[Tag], k: int, first: str, whole_per: bool = False) -> int:
    """Words of the longest media name starting at ``k`` whose first folded word is ``first`` and that
    holds no PER (``whole_per``: or is exactly a PER), 0 if none."""
    if toks[k].kind != "word":
        return 0
    for name in rule_words().media_first.get(first, ()):
        m = len(name)
        if [fold(t.norm) for t in toks[k + 1:k + m]] != list(name[1:]):
            continue
        person = [t.endswith("PER") for t in tags[k:k + m]]
        if not any(person) or (whole_per and tags[k] == "B-PER" and all(person)
                               and (k + m >= len(tags) or tags[k + m] != "I-PER")):
            return m
    return 0


def is_media_name(word: str) -> bool:
    """Is the folded ``word`` a one-word media name of ``rules.yaml`` ("الجزيره"), after ل ("للجزيره")?"""
    names = rule_words().media_names
    # after ل the article loses its alif: "للجزيره", and as decoding cuts it, "لجزيره"
    return (word,) in names or (word.startswith("ل") and ("ا" + word,) in names) \
        or (word.startswith("لل") and ("ال" + word[2:],) in names)


@gate(bits=OUTLET_FORM)
def outlet_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A media name that is nothing else (``rules.yaml``'s ``outlet_names``: "فرانس برس", "رويترز",
    "نيويورك تايمز"), with or without a proclitic, is an ORG wherever it is written, also when the
    tagger made a person or nothing of it ("بحسب ما نقلت فرانس برس", "وأضاف لفرانس برس"); not inside
    a longer name the tagger found ("وكالة فرانس برس" as one ORG stays)."""
    first = rule_words().outlet_first
    folds = sentence_folds(toks)
    if _outlet_forms().isdisjoint(folds):
        return
    n = len(toks)
    for k, f in enumerate(folds):
        names = first.get(f) or (first.get(f[1:]) if f[:1] in _CLITICS else None) or (
            first.get(f[2:]) if f[:2] in _CLITIC_PAIRS else None)
        if not names or toks[k].kind != "word":
            continue
        for name in names:
            m = len(name)
            if list(folds[k + 1:k + m]) != list(name[1:]):
                continue
            inside = (tags[k].startswith("I-") or (k + m < n and tags[k + m].startswith("I-")))
            if not inside and all(t == "O" or t.endswith(("PER", "MISC")) for t in tags[k:k + m]):
                tags[k:k + m] = ["B-ORG"] + ["I-ORG"] * (m - 1)
            break


@gate(bits=ACRONYM_FORM)
def acronym_orgs(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An organisation named by an acronym with the article (``rules.yaml``'s ``acronym_orgs``), with or
    without a proclitic, is an ORG: untagged, or tagged alone as a person, a place or a MISC ("وأشارت
    الهايكا", "مطلوب لدى الانتربول", "في اليونسكو"), or at the end of a name the tagger ran on into from
    an ordinary word ("مدير عام الألكسو": the ORG "الألكسو"; "قرار اليونسكو نهاية": "اليونسكو").  Inside an
    ORG it stays ("منظمة اليونسكو").  So is a seat of power that stands for its government (``seat_names``:
    "الكرملين", "الإليزيه", "البنتاغون"), with its head before it (``seat_heads``: "بقصر الإليزيه")."""
    folds = sentence_folds(toks)
    if _acronym_forms().isdisjoint(folds):
        return
    forms, seats = _acronym_forms(), _seat_forms()
    for k, word in enumerate(folds):
        if word not in forms or toks[k].kind != "word" or tags[k].endswith("ORG"):
            continue
        if tags[k] != "O":
            i, j = _chunk_around(tags, k)
            if any(x != k and (folds[x] not in gaz.common or folds[x] in gaz.person_parts) for x in range(i, j)):
                continue  # a longer name of its own
            tags[i:j] = ["O"] * (j - i)
        tags[k] = "B-ORG"
        if word in seats and k > 0 and tags[k - 1] == "O" and toks[k - 1].kind == "word" \
                and not rule_words().seat_heads.isdisjoint(stems(toks[k - 1].norm)):
            tags[k - 1:k + 1] = ["B-ORG", "I-ORG"]


@gate(bits=CONFEDERATION)
def confederation_acronyms(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A sports confederation named by an acronym that is a town too (``rules.yaml``'s ``confederation_acronyms``:
    "الكاف", CAF, and Le Kef) is an ORG, not the town, right after a cup's or a competition's word
    (``confederation_cues``, a proclitic allowed: "كأس الكاف", "لكأس الكاف", "مسابقة الكاف"), after an office or a
    vote about it in a sentence about sport (``confederation_sport_cues``: "رئيس الكاف", "انتخابات الكاف"), or quoted
    or in brackets right after an ORG ('الاتحاد الإفريقي لكرة القدم "الكاف"').  Elsewhere it is the town ("ولاية
    الكاف", "بالكاف", "لاعب اولمبيك الكاف")."""
    rw = rule_words()
    folds = sentence_folds(toks)
    if rw.confederation_acronyms.isdisjoint(folds):
        return
    for k, word in enumerate(folds):
        if k == 0 or word not in rw.confederation_acronyms or tags[k] not in ("O", "B-LOC") \
                or (k + 1 < len(toks) and tags[k + 1].startswith("I-")):
            continue
        before = toks[k - 1]
        if before.kind == "word" and tags[k - 1] == "O":
            cue = stems(before.norm)
            if rw.confederation_cues.isdisjoint(cue) and (
                    rw.confederation_sport_cues.isdisjoint(cue) or not sport_sentence(toks, gaz)):
                continue
        elif not (k >= 2 and (before.text in QUOTES_OPEN or before.text == "(") and tags[k - 2][2:] == "ORG"):
            continue
        tags[k] = "B-ORG"


#: Most tokens of a name in Latin letters after its head ("Four Seasons Hotels and Resorts").
_LATIN_NAME_TOKENS = 6
#: Marks inside a Latin name, touching the words on both sides ("Phys.org", "mid-day", "AT&T").
_LATIN_JOINERS = frozenset({".", "-", "&", "'"})


@gate(bits=LATIN_NAME_HEAD)
def latin_name_after_head(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A name in Latin letters right after an untagged head without the article (``rules.yaml``'s
    ``latin_name_heads``; a proclitic allowed, the name in quotes too) is an ORG, the head left out: "لشبكة CNN",
    "شركة Polimovie", "موقع Phys.org", "قناة France 3" (a number after a Latin word), "فريق OurMine"; not "موقع" after
    "في" or with ب, a place ("في موقع Engare Sero", where footprints were found).  The name is
    untagged, or the tagger's name starts on it and stops inside it ("France" of "France 3"); one the tagger began on
    the head stays ("منظمة ICSS", "بنك ATB")."""
    kinds = sentence_kinds(toks)
    if "latin" not in kinds:
        return
    folds = sentence_folds(toks)
    heads = rule_words().latin_name_heads
    n = len(toks)
    for h in range(n - 1):
        if kinds[h] != "word" or tags[h] != "O" or has_article(toks[h].norm) or heads.isdisjoint(stems(toks[h].norm)):
            continue
        if "موقع" in stems(toks[h].norm) and (toks[h].norm.startswith(("ب", "وب")) or (h > 0 and folds[h - 1] == "في")):
            continue  # "في موقع Engare Sero": a site, the place where
        k = h + 1
        if kinds[k] != "latin" and toks[k].text in ('"', "«", "“") and k + 1 < n:
            k += 1
        if kinds[k] != "latin":
            continue
        e = k + 1
        while e < n and e - k < _LATIN_NAME_TOKENS:
            if kinds[e] == "latin" or (kinds[e] == "number" and kinds[e - 1] == "latin"):
                e += 1  # another word, or a number after a word ("France 3")
            elif toks[e].text in _LATIN_JOINERS and e + 1 < n and kinds[e + 1] == "latin" \
                    and toks[e + 1].start == toks[e].end and (toks[e].start == toks[e - 1].end or toks[e].text == "-"):
                e += 2  # "Phys.org", "mid-day", "DALY -PHARMA"
            else:
                break
        inside = tags[k:e]
        if all(t == "O" for t in inside) or (inside[0].startswith("B-") and (e >= n or not tags[e].startswith("I-"))):
            tags[k:e] = ["B-ORG"] + ["I-ORG"] * (e - k - 1)


def _chunk_around(tags: Sequence[Tag], k: int) -> tuple[int, int]:
    """The bounds of the name whose tag ``tags[k]`` is (not "O")."""
    i = k
    while i > 0 and tags[i].startswith("I-"):
        i -= 1
    return i, chunk_end(tags, i)


@lru_cache(maxsize=1)
def _acronym_forms() -> frozenset[str]:
    """The folded forms of ``acronym_orgs`` as written in a sentence: with the article, after one or two
    proclitics ("والهايكا", "بالناتو"), and after ل, which takes the article's alef ("للهايكا", "وللهايكا"); a form
    without the article after one or two proclitics ("ليونيسف", "وليونيسف")."""
    out: set[str] = set()
    for form in rule_words().acronym_orgs | rule_words().seat_names:
        if not form.startswith("ال"):  # written without the article ("يونيسف", "ليونيسف", "وبإيكواس")
            out.update((form, *(c + form for c in _CLITICS), *(p + form for p in _CLITIC_PAIRS)))
            continue
        lam = "ل" + form[1:]
        out.update((form, lam, *(c + form for c in _CLITICS), *(p + form for p in _CLITIC_PAIRS),
                    *(c + lam for c in "وف")))
    return frozenset(out)


@lru_cache(maxsize=1)
def _seat_forms() -> frozenset[str]:
    """The forms of :func:`_acronym_forms` that are seats of power (``seat_names``: "الإليزيه", "بالكرملين")."""
    seats = rule_words().seat_names
    return frozenset(f for f in _acronym_forms() if any(f.endswith(s[1:]) for s in seats))


@gate(COMPANY | PRODUCT, ("B-PER", "B-MISC", "B-LOC"))
def brands_not_persons(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A person or MISC name made of a company's name (``rules.yaml``'s ``companies``) is the company,
    an ORG ("سامسونغ تعلن", "شركة \"هواوي\""); a person or place named by a product, with its maker or
    not, is none ("هواتف آيفون", "مثل سامسونغ غالاكسي", "هواتف الأندرويد")."""
    if not sentence_bits(toks) & (COMPANY | PRODUCT):
        return
    flags = sentence_flags(toks)
    for i, j, label in chunk_list(tags):
        if label not in ("PER", "MISC", "LOC") or not flags[i] & (COMPANY | PRODUCT):
            continue
        if not all(f & (COMPANY | PRODUCT) for f in flags[i:j]) \
                and " ".join(fold(t.norm) for t in toks[i:j]) not in rule_words().companies:  # "رولز رويس"
            continue
        if any(f & PRODUCT for f in flags[i:j]):
            if label != "MISC":
                tags[i:j] = ["O"] * (j - i)
        elif label != "LOC" and (label == "PER" or j - i == 1):
            tags[i:j] = ["B-ORG"] + ["I-ORG"] * (j - i - 1)



@gate(bits=COMPANY | PRODUCT, tags=("B-PER", "I-PER", "B-LOC", "I-LOC"))
def brand_products(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """Companies and products in names the tagger read as a person or a place, after :func:`brands_not_persons`
    (session 38): a company's name (``companies``) read alone as a place that is no place of the gazetteer is the
    ORG ("كشفت سامسونج"); a company's head and its name read as a person lose the head ("وشركتا أوبر" → "أوبر"
    the ORG, as after "شركة"); a product's name (``products``) with its model is a MISC, as ANERcorp tags
    "ويندوز" ("جالكسي إس", "أندرويد نوجا"), and a company then its product in one name are the ORG and the
    MISC, the words between none ("سامسونج هاتف جالكسي إس")."""
    if not sentence_bits(toks) & (COMPANY | PRODUCT):
        return
    flags = sentence_flags(toks)
    rw = rule_words()
    for i, j, label in chunk_list(tags):
        if label not in ("PER", "LOC") or not any(f & (COMPANY | PRODUCT) for f in flags[i:j]):
            continue
        if label == "LOC" and j - i == 1 and flags[i] & COMPANY and gaz.place(fold(toks[i].norm)) is None:
            tags[i] = "B-ORG"  # "كشفت سامسونج" (not "نوكيا", a town of Finland too)
        elif label == "PER" and j - i == 2 and flags[i + 1] & COMPANY and not flags[i] & (COMPANY | PRODUCT) \
                and in_list(toks[i].norm, rw.company_heads):
            tags[i:j] = ["O", "B-ORG"]  # "وشركتا أوبر"
        elif flags[i] & PRODUCT and j - i > 1:
            tags[i:j] = ["B-MISC"] + ["I-MISC"] * (j - i - 1)  # "جالكسي إس"
        elif flags[i] & COMPANY and not flags[i] & PRODUCT:
            p = next((k for k in range(i + 1, j) if flags[k] & PRODUCT), None)
            if p is not None and not any(flags[k] & COMPANY for k in range(i + 1, p)):
                tags[i:j] = ["B-ORG"] + ["O"] * (p - i - 1) + ["B-MISC"] + ["I-MISC"] * (j - p - 1)


@gate(texts=("إكس", "اكس", "أكس"))
def platform_after_head(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A platform whose name is also a letter or a word (``head_platforms``: "إكس", X) is an ORG after a
    platform's head (``platform_heads``: "منصة", "تطبيق", "موقع", a proclitic allowed), bare or quoted, the head
    outside as :func:`platform_names` leaves "موقع « غوغل »": "في تغريدة على منصة إكس" (the tagger's PER),
    'عبر منصة "إكس"' (its MISC).  Not "إكس" alone ("أشعة إكس", the letter)."""
    rw = rule_words()
    n = len(toks)
    for k in range(1, n):
        if toks[k].kind != "word" or fold(toks[k].norm) not in rw.head_platforms:
            continue
        quoted = toks[k - 1].text in QUOTES_OPEN and k + 1 < n and toks[k + 1].text in QUOTES_CLOSE
        h = k - 2 if quoted else k - 1
        if h < 0 or toks[h].kind != "word" or not in_list(toks[h].norm, rw.platform_heads) or tags[h] != "O":
            continue
        if (k + 1 < n and tags[k + 1].startswith("I-")) or tags[k].startswith("I-"):
            continue
        tags[k] = "B-ORG"


def _platform_size(toks: Sequence[Token], folds: Sequence[str], i: int) -> int:
    """How many words of ``toks`` from ``i`` are a platform's or a rating agency's name (``rules.yaml``'s
    ``platforms``, ``rating_agencies``), 0 if none: the first word with its proclitics and article ("بالفيسبوك"),
    the others as written ("فيس" + "بوك")."""
    table = rule_words().alone_orgs
    names = next((table[f] for f in stems(toks[i].norm) if f in table), ())
    return next((len(name) for name in names if tuple(folds[i + 1:i + len(name)]) == name[1:]), 0)


@gate(PLATFORM)
def platform_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A social platform or messaging service named alone (``rules.yaml``'s ``platforms``: "على فيسبوك", "عبر
    تويتر", "على الفايسبوك", "فيس بوك") is an ORG, as ANERcorp tags "جوجل": untagged, or tagged as a name of
    its own of another label (a MISC, a LOC "يوتيوب"); a person the tagger began on it ends after it ("لمؤسس
    الفايسبوك مارك زوكربيرغ" → the ORG and the PER).  A name it is part of stays ("شركة فيسبوك"), and so does a
    product named after it (``platform_products``: "فيسبوك لايف", "غوغل إيرث").  So is a credit rating agency
    (``rating_agencies``: "فيتش رايتنغ", "ستاندرد آند بورز", "موديز"; session 33)."""
    if not sentence_bits(toks) & PLATFORM:
        return
    folds = sentence_folds(toks)
    n = len(toks)
    for i in [i for i, f in enumerate(sentence_flags(toks)) if f & PLATFORM]:
        size = _platform_size(toks, folds, i)
        if not size:
            continue
        k = i + size
        if k < n and folds[k] in rule_words().platform_products:
            continue  # "فيسبوك لايف": a product of the platform
        tag = tags[i]
        if tag == "O":
            if all(t == "O" for t in tags[i + 1:k]) and (k >= n or not tags[k].startswith("I-")):
                tags[i:k] = ["B-ORG"] + ["I-ORG"] * (size - 1)
        elif tag.startswith("B-") and tag != "B-ORG":
            end = chunk_end(tags, i)
            if end == k or (end < k and all(t == "O" for t in tags[end:k])
                            and (k >= n or not tags[k].startswith("I-"))):  # "ستاندرد" + "آند بورز"
                tags[i:k] = ["B-ORG"] + ["I-ORG"] * (size - 1)
            elif end > k and tag == "B-PER":
                tags[i:k + 1] = ["B-ORG"] + ["I-ORG"] * (size - 1) + ["B-PER"]
