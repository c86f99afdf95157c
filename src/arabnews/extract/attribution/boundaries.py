"""Where a claim starts and ends: a source phrase's clause, post-posed phrases, new clauses, a verb that reads as
no cue."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING, Any

from ...document import Document
from ...lang.ar import lookup_key
from ...lang.ar.words import nisba_adjectives
from ...text.clitics import ARTICLE, LAM
from .base import (
    _ADDRESSEE_WORDS,
    _CIRCUMSTANCES,
    _CLAUSE_OPENERS,
    _CLOSING_MARKS,
    _COMPLEMENT_WORDS,
    _MASDAR_FORM,
    _NEW_CLAUSE,
    _ON_BEHALF,
    _OPENING_MARKS,
    _RELATIVE_WORDS,
    _SAID_IN,
    _TIME_WORDS,
    _accusative_form,
    _after_comma,
    _first_space,
    _Item,
    _Last,
    _last_space,
    _lemma_key,
    _masdar_like,
)
from .clauses import COMMAS, SENTENCE_END, TRAILING, Tok, count_word_tokens, count_words, trim, words
from .cues import Cue, Lexicon, word_set
from .quotes import MARKS, MAX_QUOTE, Quotation
from .sources import Source, after_where_said, is_cutter, issuing, speaker_after
from .subjects import _after_lam
from .tails import _is_stop, _said_tail, _speaker_said_after

if TYPE_CHECKING:
    from .finder import _Finder

def _preposition_reading(zone: list[Tok], lex: Lexicon) -> bool:
    """Is an ambiguous cue a preposition or noun, not a verb, by the words before its complementizer:
    a dual or oblique plural ("بين البلدين أن", "بين الجنسين، بيد أن"), which cannot be a verb's subject,
    or two words joined by و ("بين الجمعيات والأحزاب الممضية …")?"""
    ws = [t.text for t in zone if t.is_word]
    if not ws:
        return False
    if ws[0].endswith("ين") and lex.head(ws[0]) is None:
        return True
    return any(w.startswith("و") and len(w) > 2 for w in ws[1:])


#: Words that open a clause of its own before a verb with a claim of its own (``contrast_links``).
_CONTRAST_LINKS = word_set("contrast_links")


def _contrast_link(folded: str, start: int) -> int | None:
    """The start of "فيما", "بينما", "في حين", "كما" … right before the verb at ``start`` ("…، فيما أكدت مصادر أخرى
    سقوط …", "في حين يتوقع صندوق النقد الدولي أن …", "وهدد بالانتحار كما أكد أنه …"): the claim before ends there;
    None when none is."""
    lo = max(0, start - 24)
    ws = [(m.start(), m.group()) for m in _WORD.finditer(folded, lo, start)]
    if not ws or ws[-1][0] + len(ws[-1][1]) == start:
        return None
    for n in (3, 2, 1):
        if len(ws) > n or (len(ws) == n and lo == 0):  # (a whole word first: not the end of "حكما")
            if " ".join(w for _, w in ws[-n:]) in _CONTRAST_LINKS:
                return ws[-n][0]
    return None


_WORD = re.compile(r"\S+")

#: Subjects that name some of the people a report before told of (``report_remainders``: "البقية", "جميعهم", "الثاني").
_REMAINDERS = word_set("report_remainders")


def _others_of_report(folded: str, end: int) -> bool:
    """Is the subject right after a verb at ``end`` some of the people the claim before told of ("أنه بالتحري معهم،
    تبين أن عنصرين منهم … وهما من غينيا، فيما صرح البقية بأن …", "كما إعترف جميعهم بأنّهم …"): the claim goes on?"""
    nxt = folded[end:end + 24].split(None, 1)
    return bool(nxt) and nxt[0] in _REMAINDERS


def _one_verb_before(f: _Finder, hits: list[tuple[int, int, str, Cue]], link: int, lo: int, hi: int) -> bool:
    """Is no reporting verb before ``link`` in its sentence, but its first, written without و/ف: the claim the link
    ends is the sentence's own, not a report inside another's ("وأكدت الوزارة أنهم … وأن 3 منهم صرّحوا بأنهم من
    السنيغال، في حين صرح إثنان …" is all the ministry's)?"""
    s_start, _ = f.sentence_bounds(link, lo, hi)
    verbs = [(s, pre) for s, _, pre, cue in hits if s_start <= s < link and cue.kind in ("past", "present")]
    # (a verb joined by و/ف is the sentence's next verb, not a report inside the first's claim: "وكشفت الشرطة أن …،
    # وأكدت أنها …، بينما ذكرت وسائل إعلام أن …")
    return not any(not pre for _, pre in verbs[1:])


#: The words after the period of an outlet's web name ("العربية.نت", "الجزيرة.نت"), folded.
_DOMAIN_SUFFIXES = word_set("domain_suffixes")


def _domain_dot(folded: str, pos: int) -> bool:
    """Is the period at folded ``pos`` that of an outlet's web name ("العربية.نت"): a letter right before it and a
    word of `domain_suffixes` right after it?"""
    if not folded[pos - 1:pos].isalpha():
        return False
    m = _WORD.match(folded, pos + 1)
    return m is not None and m.group().strip('"\'»”') in _DOMAIN_SUFFIXES


def _outlet_domains_joined(text: str, sentences: list[Any]) -> list[Any]:
    """``sentences`` with those cut at the period of an outlet's web name joined again ('في تصريح خاص لـ"العربية.نت" أن
    …' was two sentences, and the verb lost its claim): a period between a letter and a word of `domain_suffixes`,
    with no space on either side."""
    out: list[Any] = []
    for s in sentences:
        word = _WORD.match(text, s.start) if out and out[-1].end == s.start else None
        if word is not None and text[s.start - 1:s.start] == "." and text[s.start - 2:s.start - 1].isalpha() \
                and lookup_key(word.group().strip('"\'»”')) in _DOMAIN_SUFFIXES:
            out[-1] = type(s)(out[-1].start, s.end)
        else:
            out.append(s)
    return out


#: Rules, decisions and plans a thing is done under ("وفقا للقانون", "طبقا للفصل 31", "حسب النظام الداخلي").
_LEGAL_BASES = word_set("legal_bases")

_SYSTEM = lookup_key("نظام")


def _legal_basis(zone: list[Tok]) -> bool:
    """Does ``zone`` (the words after a weak source phrase) open with a rule, a decision or a plan, not a speaker
    ("للقانون عدد 26", "لأحكام الفصل 125", "للنظام الاستثنائي"; "النظام" before a nationality is a regime, who
    speaks: "وفقا للنظام السوري")?"""
    w = zone[0].text
    w = w[2:] if w.startswith("ال") else w
    if w == _SYSTEM:
        nxt = zone[1].text if len(zone) > 1 else ""
        return not (nxt.startswith("ال") and nxt[2:] in nisba_adjectives())
    return w in _LEGAL_BASES


#: Nouns after which a verb's form is its verbal noun ("طلب عدم ذكر اسمه": "not mentioning", no "ذكر" that reports).
_NOUN_HEADS = word_set("verbal_noun_heads")


def _after_verbal_noun_head(folded: str, start: int) -> bool:
    """Is the word before ``start`` one of `verbal_noun_heads` ("عدم ذكر", "دون نشر", "ورفض ذكر اسمه"): the cue is
    a noun?"""
    before = folded[max(0, start - 12):start].split()
    return bool(before) and folded[start - 1:start] == " " and (
        before[-1] in _NOUN_HEADS or (before[-1][:1] in ("و", "ف") and before[-1][1:] in _NOUN_HEADS))


#: Cues that are also a preposition (``preposition_cues``: "من بين الضحايا") or an elative (``elative_cues``: "أبرز
#: هذه المسائل"), and the words that read them so (``preposition_cue_heads``, ``demonstratives``).
_PREPOSITION_CUES = word_set("preposition_cues")

_PREPOSITION_CUE_HEADS = word_set("preposition_cue_heads")

_ELATIVE_CUES = word_set("elative_cues")

_DEMONSTRATIVES = word_set("demonstratives")


def _no_verb_reading(folded: str, start: int, end: int, key: str) -> bool:
    """Is the cue ``key`` at folded ``[start, end)`` (no و/ف) a preposition after من ("قد يكون من بين الضحايا، فهي
    تعلم أنه …") or an elative before a demonstrative ("وأوضح أن أبرز هذه المسائل تتمثل في …")?  Session 27."""
    if key in _PREPOSITION_CUES:
        before = folded[max(0, start - 12):start].split()
        return bool(before) and folded[start - 1:start] == " " and before[-1] in _PREPOSITION_CUE_HEADS
    if key in _ELATIVE_CUES:
        after = folded[end:end + 12].split()
        return bool(after) and folded[end:end + 1] == " " and after[0] in _DEMONSTRATIVES
    return False


def _verb_after_comma(folded: str, start: int, pre: str, cue: Cue) -> bool:
    """Does a reporting verb that makes no claim of its own start a new clause: "، وحذرت الوزيرة
    ترامب من …" after a comma, with its conjunction, ends the claim before it."""
    if not pre or cue.ambiguous or cue.kind != "past":  # "، ويدعى" is "and is named", not a reporting verb
        return False
    return _after_comma(folded, start - len(pre))


def _participle_clause(folded: str, start: int, end: int, pre: str, cue: Cue) -> bool:
    """Does a reporting participle that makes no claim of its own start a new clause of the sentence
    ("أن الرجل كان يعاني من انخفاض …، مشدداً على أهمية توخي الحذر", "…، مشيرا إلى سعيهم لتحسين …",
    "…، مؤكدة ضرورة إقرار إصلاحات")?  After a comma, any of its forms; with no comma, the masculine
    accusative ("… للبنك معلنا عن انعقاد …") unless it follows a word in the accusative or a feminine
    noun it can describe ("عاملا معترفا به", "جريمة قتل مؤكدة") or a copula ("كان متوقعا").  With و only
    the masculine accusative after a comma ("…، ومؤكدا على عدم وجود …"; "قيادة ومتابعة" is a noun)."""
    if cue.kind != "participle":
        return False
    if pre:
        return folded[start:end].endswith("ا") and _after_comma(folded, start - len(pre))
    if _after_comma(folded, start):
        return True
    prev = folded[max(0, start - 20):start].rstrip(" \t\u00a0").rsplit(" ", 1)[-1]
    return folded[start:end].endswith("ا") and prev[-1:].isalpha() and not prev.endswith(("ا", "ه")) \
        and prev not in _COPULAS


def _after_relative_pronoun(folded: str, start: int) -> bool:
    """Is the word before ``start`` a relative pronoun ("تصريحات الرئيس السابق التي قال فيها أن …": the antecedent's
    speaker, not the sentence's subject)?"""
    before = folded[max(0, start - 12):start].split()
    return bool(before) and before[-1] in _RELATIVE_WORDS


#: The verbs of judging (``object_predicate_verbs``) and the words after their present that make it the passive "is
#: considered" (``passive_predicates``; session 48).
_JUDGING_VERBS = word_set("object_predicate_verbs")
_PASSIVE_PREDICATES = word_set("passive_predicates")
_TIME_OR_MANNER = word_set("time_words") | word_set("manner_adverbs")


def _considered_reading(folded: str, start: int, end: int, pre: str, cue: Cue, lex: Lexicon) -> bool:
    """Is the present of a verb of judging at folded ``[start, end)`` the passive "is considered", no reporting verb
    ("الذي يعتبر أكبر وأقدم مركز تجاري …", "التي تعتبر بمثابة قوة شرطة", "ويعتبر من أهم …", "تعتبر اليوم نموذجا")?
    Its next word past time words and manner adverbs is one of ``passive_predicates`` or an indefinite accusative; or
    it follows a relative pronoun and no complementizer follows it ("الحكومة التي تعتبر أن …" is hers)."""
    if cue.kind != "present" or _lemma_key(cue.lemma) not in _JUDGING_VERBS:
        return False
    after = folded[end:end + 80].split()
    k = 0
    while k < len(after) - 1 and after[k] in _TIME_OR_MANNER:
        k += 1
    if not after:
        return False
    if after[k] in _PASSIVE_PREDICATES or _accusative_form(after[k]):
        return True
    return not pre and _after_relative_pronoun(folded, start) and not lex.is_comp(after[0])


#: "While", opening a clause of its own after a source phrase's comma.
_WHILE = word_set("while_words")

#: Words that join a verb's clause to the sentence before it after a comma ("…، إذ أشار إلى أن", "…، حيث أكد أن").
_CLAUSE_LINKS = word_set("clause_links")


def _after_clause_link(folded: str, pos: int) -> bool:
    """Is the verb at ``pos`` right after a comma and "إذ"/"حيث" ("…، إذ أشار", "…، حيث أكد")?"""
    text = folded[max(0, pos - 20):pos].rstrip()
    word = text.rsplit(None, 1)[-1] if text else ""
    return word in _CLAUSE_LINKS and text[:-len(word)].rstrip()[-1:] in COMMAS


#: Words before a participle that make it an adjective ("معلومات غير مؤكدة"; ``adjective_markers``), and the
#: participle of أقر that is the noun "seat" before "له/لها" (``seat_forms``).
_ADJECTIVE_MARKERS = word_set("adjective_markers")

_SEAT_FORMS = word_set("seat_forms")

_NEXT_WORD = re.compile(r"[ \t\u00a0]*([^\W\d_]+)")


def _adjective_reading(folded: str, start: int, end: int) -> bool:
    """Is the reporting participle at folded ``[start, end)`` an adjective or a noun, no cue: after "غير" or a copula
    ("وأفادت معلومات غير مؤكدة أنه …", "يبدو مرجحا أنه …"), or "مقرا له" ("يتخذ من بيروت مقرا له")?"""
    prev = folded[max(0, start - 20):start].rstrip(" \t\u00a0").rsplit(" ", 1)[-1]
    if prev in _ADJECTIVE_MARKERS or prev in _COPULAS:
        return True
    if folded[start:end] in _SEAT_FORMS:
        nxt = _NEXT_WORD.match(folded, end)
        return nxt is not None and nxt.group(1) in _ADDRESSEE_WORDS
    return False


def _near_claim(f: _Finder, last: _Last | None, it: _Item, claims: list[tuple[int, int, _Item, Source | None]]) -> bool:
    """Is the last speaker's claim in the sentence of ``it``, or does one of that speaker's claims hold it?"""
    if last is None:
        return False
    return last[1] == f.sentence(it.start) or any(cs <= it.start < ce and src is last[0] for cs, ce, _, src in claims)


def _written_passive(doc: Document, it: _Item) -> bool:
    """Is a past reporting verb written as a passive, with a damma after its first letter ("وأُعلن أن …",
    "ذُكر أن …", "نُقل عن …": an active past verb has a fatha there)? Of an impersonal reading, a present
    verb, the damma is on its prefix ("ويُرجّح أن", "يُتوقَّع أن")."""
    start, end = doc.to_original(it.start, it.end)
    return doc.text[start + 1:start + 2] == _DAMMA and end > start + 2


#: The damma: after the first letter of a past verb it makes the verb passive ("أُعلن").
_DAMMA = "\u064f"

#: The lemmas of the relay phrases ("نقلا عن"), folded.
_RELAY_PHRASE_LEMMAS = word_set("relay_phrases")

#: Prepositions before where a statement was made ("في تصريح"، "خلال مؤتمر صحفي"، "على هامش"، "لدى استقباله"; not
#: "على إثر", which goes on with the clause: "ويعود القرار، وفق الاتحاد، على إثر الاتصال بالمنسقة …").
_SAID_AT = word_set("said_at")

#: A comma of any script (``COMMAS``), found in C.
_COMMA = re.compile("[" + "".join(sorted(COMMAS)) + "]")

_COPULAS = word_set("copulas")


def _merge_phrases(items: list[_Item], f: _Finder) -> list[_Item]:
    """A source phrase between a verb and its clause names the verb's speaker ("وأكد على لسان
    المتحدث باسمه أن …", "ذكرت وكالة رويترز نقلا عن صحيفة "فيلت" أن …": the newspaper's claim, the agency that
    relays it kept as ``via``, session 34b), but "على لسان" after the verb's own subject names those the subject
    speaks for ("واتهم طارق الحداد على لسان المحتجين أن …": his claim): it is no claim of its own."""
    out: list[_Item] = []
    verb: _Item | None = None
    phrase: _Item | None = None  # the last source phrase kept
    for it in items:
        if it.kind == "source" and phrase is not None and phrase.start < it.start < phrase.phrase_end:
            continue  # "بحسب ما جاء في بيان …": "جاء في" is inside the phrase "بحسب ما جاء في بيان …"
        if it.kind == "source" and verb is not None and verb.zone and it.source is not None \
                and verb.end <= it.start and it.phrase_end <= verb.zone[-1].end + 1 and _aside(f, verb, it):
            phrase = it  # "وأكد الوزير، حسب ما ورد في بيان الوزارة، أن …": where the words were published
            continue
        if it.kind == "source" and verb is not None and verb.zone and it.source is not None \
                and verb.end <= it.start and it.phrase_end <= verb.zone[-1].end + 1 and verb.source is None:
            if it.cue.lemma != _ON_BEHALF or not any(
                    t.is_word and t.text not in _TIME_WORDS for t in verb.zone if t.end <= it.start - len(it.pre)):
                verb.source = it.source
                if _lemma_key(it.cue.lemma) in _RELAY_PHRASE_LEMMAS and it.via is None:
                    before = [t for t in verb.zone if t.end <= it.start - len(it.pre)]
                    verb.via = speaker_after(before, f.folded, f.mentions, f.lex, fallback=False) if before else None
            continue
        if it.kind != "source":
            verb = it
        else:
            phrase = it
        out.append(it)
    return out


def _aside(f: _Finder, verb: _Item, it: _Item) -> bool:
    """Is the source phrase ``it`` inside ``verb``'s words an aside set off by commas after the verb's subject, which
    says where the subject's words were published ("وأكد الوزير، حسب ما ورد في بيان الوزارة، أن …", "وقال مصدر قضائي
    لوكالة فرانس برس، بحسب ما نشرته صحيفة "لوبارزيان" الفرنسية، إن …", "وشدد الوزير ، وفق بلاغ صادر عن وزارة التكوين
    …، على ضرورة …"; ``aside_phrases``)?  Then the subject speaks, the words before the aside are the verb's zone, and
    the phrase's speaker is the claim's ``via``, or the phrase its ``tail`` when it names the subject's own text ("حسب
    ما جاء في بلاغ لها", as "وفق نص البيان" after a claim; session 48c).  Not when the subject is an outlet and the
    phrase names whom it relays ("وأفادت وكالة …، حسب مصادر مطلعة، أن …": the phrase's speaker speaks, as before)."""
    if _lemma_key(it.cue.lemma) not in _ASIDE_LEMMAS or it.source is None or it.pronoun \
            or _ON_BEHALF_FOLDED in f.folded[it.end:it.source.start]:
        return False  # ("كما أشار الاتحاد، وفق ما ورد على لسان أمينه العام …، إلى …": the one it spoke through)
    zone = verb.zone
    at = it.start - len(it.pre)
    k = next((k for k, t in enumerate(zone) if t.start >= at), 0)
    if k < 2 or zone[k - 1].text not in COMMAS \
            or not any(t.text in COMMAS for t in zone[k:] if t.start >= it.phrase_end):
        return False
    before = zone[:k - 1]
    subject = verb.source or speaker_after(before, f.folded, f.mentions, f.lex)
    if subject is None or subject.end > zone[k - 1].start or (subject.type == "media" and it.source.type != "media") \
            or f.folded[subject.start:subject.end].split()[0].removeprefix(ARTICLE) in f.lex.documents:
        return False  # (data that tell, no speaker: "وتفيد المعطيات المتوفرة، حسب ما أبرزه مصدر امني، انه …")
    verb.zone = before
    named = f.folded[it.source.start:it.source.end]
    if named == f.folded[subject.start:subject.end] or named.removeprefix(ARTICLE) in _OWN_TEXTS:
        if verb.tail is None:  # "ونفت الوزارة، حسب ما جاء في بلاغ لها، ما راج …": its own text, the claim's tail
            verb.tail = it
    elif verb.via is None:
        verb.via = _after_lam(f, it.source)  # ("حسب بلاغ للبنك": "بنك", as a speaker's span)
    return True


#: The lemmas of the source phrases that, between commas after a verb's subject, say where its words were published
#: (``aside_phrases``).
_ASIDE_LEMMAS = word_set("aside_phrases")

#: The speaker's own texts, which an aside names as the claim's tail (``aside_own_texts``).
_OWN_TEXTS = word_set("aside_own_texts")

_ON_BEHALF_FOLDED = lookup_key(_ON_BEHALF)

#: Most tokens of an aside between its commas ("وفق بلاغ صادر عن وزارة التكوين تلقت جوهرة أف أم نسخة منه").
_ASIDE_TOKENS = 20


def _past_aside(toks: list[Tok], k: int, lex: Lexicon) -> int:
    """The index after an aside of ``aside_phrases`` that opens at ``toks[k]`` right after a comma and closes with one
    ("وشدد الوزير ، وفق بلاغ صادر عن وزارة التكوين …، على ضرورة …": the words after the subject go on past it), or
    ``k`` when none opens there (session 48c)."""
    if k < 1 or k + 2 >= len(toks) or toks[k - 1].text not in COMMAS or not toks[k].is_word:
        return k
    w, nxt = toks[k].text, toks[k + 1].text
    if w not in lex.cues and w[:1] in "وف":
        w = w[1:]
    cue = lex.cues.get(w) or lex.cues.get(f"{w} {nxt}") or lex.cues.get(f"{w} {nxt[:1]}")
    if cue is None or cue.kind != "phrase" or _lemma_key(cue.lemma) not in _ASIDE_LEMMAS:
        return k
    for j in range(k + 2, min(len(toks), k + _ASIDE_TOKENS)):
        t = toks[j].text
        if t in COMMAS:
            return j + 1
        if t in SENTENCE_END or t in lex.complementizers:
            return k
    return k

_BETWEEN_POST_POSED = " \t\u00a0،,-–—"


def _post_posed(f: _Finder, s: int, e: int, cue: Cue, quotes: list[Quotation], lo: int, hi: int) -> _Item | None:
    """«…»، قال المتحدث: the quotation just before a verb with no clause of its own."""
    # Only spaces, commas and dashes may stand between: the quotation must close at the last other
    # character before the verb (not every quotation of the region is read for every cue).
    j = s - 1
    while j >= 0 and f.folded[j] in _BETWEEN_POST_POSED:
        j -= 1
    for q in f.closing_at(quotes, j):
        between = f.folded[q.close + 1:s]
        if q.close < s and not between.strip(_BETWEEN_POST_POSED) and q.words >= f.min_quote_words:
            s_start, s_end = f.sentence_bounds(e, lo, hi)
            at_start = not f.folded[min(s_start, q.open):q.open].strip(" \t\u00a0")
            if not (at_start or any(c in COMMAS for c in between)):
                continue
            zone = words(f.folded, e, min(s_end, e + 300))
            item = _Item(s, e, cue, "", "direct", zone, quote=q, post_posed=True)
            return item
    return None


#: Most tokens between the document of "جاء في" and its أن clause.
_SAID_IN_GAP = 8

#: Most words between a leading source phrase's speaker and the "فإن" that opens its claim.
_FA_REACH = 16


def _sure_cue(lex: Lexicon, word: str) -> bool:
    """Is ``word`` a cue wherever it is written (not a verb of posting, a cue only where a post is named: "الدراسة
    التي أجراها باحثون … ونشروا نتائجها أمس، فإن …")?"""
    cue = lex.cues.get(word)
    return cue is not None and not cue.posted


def _claims_before(folded: str, it: _Item, claims: list[tuple[int, int, _Item, Source | None]]) -> list[_Item]:
    """The claims that end right before the source phrase ``it`` (only spaces, commas or closing marks between):
    the indirect claim and the quotation nested at its end ('مضيفا أنه "تحول حوله شبهة فساد"، حسب قوله')."""
    cue_start = it.start - len(it.pre)
    out = [other for _cs, ce, other, _ in claims
           if ce <= cue_start and not folded[ce:cue_start].strip(" \t\u00a0،,\"»”")]
    return out


def _source_content(f: _Finder, it: _Item, lo: int, hi: int, stops: list[int], phrase_ends: dict[int, int],
                    quotes: list[Quotation],
                    claims: list[tuple[int, int, _Item, Source | None]], *, mid: bool = False
                    ) -> tuple[int, int] | None:
    """The clause a source phrase is attached to.  ``mid``: a speaker's own tail inside the clause (see
    :func:`_mid_tail_next`)."""
    folded = f.folded
    cue_start = it.start - len(it.pre)
    s_start, s_end = f.sentence_bounds(it.start, lo, hi)
    before = folded[s_start:cue_start]
    if before.strip(" \t\u00a0\"«“") in ("", "و", "ف"):  # leading: "وبحسب المرصد، قتل …", "و حسب المعلومات، فإن"
        toks = words(folded, it.phrase_end, s_end)
        while toks and (toks[0].text in COMMAS or toks[0].text in ("-", "–", ":")):
            toks = toks[1:]
        if not toks:
            return None
        cs = toks[0].start
        fa = next((t for t in toks[:_FA_REACH] if (t.text[:1] == "ف" and f.lex.is_comp(t.text[1:]))
                   or _sure_cue(f.lex, t.text) or _sure_cue(f.lex, t.text[1:]) or t.text in SENTENCE_END
                   or t.text == ":"), None)  # (not past another cue, "وحسب إفادته", nor a colon)
        if fa is not None and fa.text[:1] == "ف" and f.lex.is_comp(fa.text[1:]) and it.cue.lemma != "جاء في":
            cs = fa.start  # "و حسب المعطيات التي تحصلت عليها مراسلتنا، فإن الشاب …": the claim from its فإن
        if it.cue.lemma == "جاء في":
            # "وجاء في بيان صادر عن الهيئة الإدارية المجتمعة أمس الخميس أن …", "جاء في بيان لوزارة
            # الدفاع مساء اليوم، أن …": the أن clause is what the document says (a time may come between)
            comp = next((t for t in toks[:_SAID_IN_GAP] if t.text in f.lex.complementizers), None)
            if comp is not None:
                cs = comp.start
            elif toks[0].text in _RELATIVE_WORDS:
                # "وجاء في نص البيان الذي أصدرته اليوم السبت "وحيث ثبت …"": the quotation after the relative
                # clause is what it says (session 29c)
                mark = next((t for t in toks[1:_SAID_IN_GAP] if t.text in _OPENING_MARKS), None)
                quote = next((q for q in quotes if mark is not None and q.open == mark.start
                              and q.words > f.min_quote_words), None)  # (not a name: 'وكالة الأنباء "واس"')
                if quote is not None:
                    return trim(folded, quote.open + 1, quote.close)
        return cs, f.clause_end(cs, lo, hi, [s for s in stops if s > it.phrase_end], quotes, it.start)
    stripped = before.rstrip(" \t\u00a0")
    for cs, ce, other, _ in reversed(claims):
        # right after another trailing phrase's speaker, the outlet it relays: the same clause ("…، وفق ما أوردته
        # "العربية" نقلا عن صحيفة "الصيحة" السودانية" was "…، وفق ما أوردته "العربية"" for the second)
        if other.kind == "source" and ce <= other.start - len(other.pre) <= other.phrase_end <= cue_start \
                and not folded[other.phrase_end:cue_start].strip(" \t\u00a0،,\"»”"):
            return cs, ce
    if (stripped and stripped[-1] in COMMAS) or it.pronoun:  # trailing: "…، بحسب صفحات موالية"
        for cs, ce, _other, _ in reversed(claims):
            if ce <= cue_start and not folded[ce:cue_start].strip(" \t\u00a0،,\"»”"):
                if it.pronoun:
                    return None  # "…، حسب قوله" after the speaker's own claim
                return cs, ce
        if mid and not (stripped and stripped[-1] in COMMAS):
            # "وتشمل هذه الاستراتيجية حسب قوله تحسين المنتوج وتنويعه": no comma around it, the clause around it
            # from the last stop (session 35)
            k = bisect_left(stops, cue_start)
            start = stops[k - 1] if k and s_start < stops[k - 1] else s_start
            if start not in phrase_ends and cue_start - start <= MAX_QUOTE:
                ce = f.clause_end(it.phrase_end, lo, hi, [s for s in stops if s > it.phrase_end], quotes, it.start)
                cs, ce = trim(folded, start, ce)
                return (cs, ce) if ce > cs else None
        inset = _between_commas(f, it, cue_start, s_start, s_end)
        if inset is not None:  # "وتتكون الخلية، وفق بلاغ …، من أربعة عناصر …": the clause around it
            cs, resume = inset
            ce = f.clause_end(resume, lo, hi, [s for s in stops if s > it.phrase_end], quotes, it.start)
            return trim(folded, cs, ce) if ce > cs else None
        # the clause before it: from the last stop ("…، منتقدا …، بحسب تعبيره"), or after the last
        # source phrase ("…، بحسب دراسة …، وكذلك …، بحسب دراسة …")
        k = bisect_left(stops, cue_start)
        if k and s_start < stops[k - 1]:
            s_start = stops[k - 1]
            if s_start in phrase_ends:  # the clause after the phrase's own (up to its comma)
                after = max(phrase_ends[s_start], cue_start - MAX_QUOTE)
                comma = _COMMA.search(folded, after, cue_start)
                s_start = comma.end() if comma is not None else after
        if cue_start - s_start > MAX_QUOTE:  # no longer than a quotation (see clause_end)
            s_start = _first_space(folded, cue_start - MAX_QUOTE, cue_start)
        cs, ce = trim(folded, s_start, cue_start)
        return (cs, ce) if ce > cs else None
    if it.phrase_end > cue_start and (not folded[it.phrase_end:s_end].strip(TRAILING + _CLOSING_MARKS)
                                      or _said_tail(f, it.phrase_end, s_end)
                                      or _new_clause_after(f, it.phrase_end, s_end)
                                      or _RELAY_NEXT.match(folded, it.phrase_end, s_end) is not None):
        # at the end of its sentence with no comma: "… إلى يومي 28 و29 أفريل وفق ما أكدته الكاتبة العامة", "…
        # بسبب هبوب رياح قوية وفق ما أكده مراسل الجوهرة أف أم في الجهة."; the claim it ends, when one does
        # ("وأكدت مصادر أن … حسبما أفادت وكالة رويترز": the relayed claim, as after a comma)
        for cs, ce, _other, _ in reversed(claims):
            if ce <= cue_start and not folded[ce:cue_start].strip(" \t\u00a0" + _CLOSING_MARKS) \
                    and _is_stop(it, folded):  # (or a quotation's: '… "…" وفق ذات البيان')
                return cs, ce
        cs, ce = trim(folded, max(s_start, cue_start - MAX_QUOTE), cue_start)
        return (cs, ce) if ce > cs else None
    # in the middle of a sentence: the whole sentence is the claim (or what of it lies within half a
    # quotation's length on either side of the cue)
    if s_end - s_start > MAX_QUOTE:
        half = MAX_QUOTE // 2
        if cue_start - s_start > half:
            s_start = _first_space(folded, cue_start - half, cue_start)
        if s_end - cue_start > half:
            s_end = _last_space(folded, cue_start, cue_start + half)
    cs, ce = trim(folded, s_start, s_end)
    return (cs, ce) if ce > cs else None


#: The outlet's own source named right after a source phrase's speaker ("وفق ما أوردته قناة فرانس 24 نقلا عن مصادر
#: أمنية"): the phrase still trails the clause before it.
_RELAY_NEXT = re.compile(r"[\s\"»”،,]*" + lookup_key("نقلا عن") + r"\b")


def _new_clause_after(f: _Finder, start: int, end: int) -> bool:
    """Does a new clause follow a source phrase's speaker (or a word or two more) after a comma ("… بحسب مصادر
    مراسلتنا، فيما فتحت النيابة العمومية تحقيقا …")?  Then the phrase trails the clause before it."""
    toks = words(f.folded, start, min(end, start + 60))
    k = next((k for k, t in enumerate(toks) if not t.is_word), len(toks))
    if k > 2 or any(t.text in f.lex.cues or f.lex.is_comp(t.text) for t in toks[:k]):
        return False  # (at most two words more of the speaker: "مصادر مراسلتنا")
    return k + 1 < len(toks) and toks[k].text in COMMAS and toks[k + 1].text in _WHILE  # (not "، التي …")


#: Most words of the clause a source phrase set off by commas interrupts ("وتتكون الخلية، وفق …، من …").
_INSET_WORDS = 6


def _between_commas(f: _Finder, it: _Item, cue_start: int, s_start: int, s_end: int) -> tuple[int, int] | None:
    """A source phrase set off by two commas inside a clause that goes on after it ("وتتكوّن الخلية، وفق بلاغ صادر
    عن وزارة الداخلية اليوم، من أربعة عناصر …", "حيث شرعت الحكومة، حسب قوله، في تنفيذ …"): the start of that
    clause (after the comma or the sentence start before it, at most :data:`_INSET_WORDS` words before the phrase)
    and the offset after the comma that closes the phrase; None when the phrase closes no such clause (a
    trailing phrase: "…، بحسب صفحات موالية.").  The phrase must end where its speaker or pronoun ends (a day
    aside), with at least two words after its comma."""
    folded = f.folded
    opening = len(folded[s_start:cue_start].rstrip(" \t\u00a0")) + s_start - 1  # the comma before the phrase
    if opening < s_start or folded[opening] not in COMMAS or it.phrase_end <= cue_start:
        return None
    toks = words(folded, it.phrase_end, min(s_end, it.phrase_end + 200))
    k = 1 if toks and issuing(toks[0].text) else 0  # (and the verb that issued it: "حسب بلاغ للشركة نشرته الثلاثاء،")
    while k < len(toks) and toks[k].text in _TIME_WORDS:
        k += 1
    if it.source is not None:
        # more of the phrase before its comma: to whom and where it was said, the outlet that got the document ("وفق
        # ما صرّح به مصدر أمني لمراسل الجوهرة اف ام بالجهة،", "وفق بلاغ لرئاسة الحكومة تلقت الجوهرة اف ام نسخة منه،",
        # "وفق ما أفاد مصدر قضائي، الجوهرة أف أم،"; session 48c)
        k = _inset_close(f, toks, k)
    if k >= len(toks) or toks[k].text not in COMMAS:
        return None
    if k + 1 < len(toks) and toks[k + 1].text[:1] == "ف" and f.lex.is_comp(toks[k + 1].text[1:]):
        # the claim from the فإن after it, as after a leading phrase ("وتطابقا مع رأي مجلس نواب الشعب، يقول البلاغ،
        # فإنّ حصر إنجاز المساكن …", "وبالتالي، وحسب البلاغ، فإن …"; session 46)
        return toks[k + 1].start, toks[k + 1].start
    # (a comma between digits is a decimal mark: "1،1 بالمائة")
    before = [t for t in words(folded, max(s_start, opening - 200), opening)
              if t.text in COMMAS and not folded[t.end:t.end + 1].isdigit()]
    start = before[-1].end if before else s_start
    if count_words(folded, start, opening, _INSET_WORDS + 1) > _INSET_WORDS or "(" in folded[start:opening] \
            or ")" in folded[start:opening]:
        return None  # (not the end of a parenthesis: "(يوم الأحد بالتوقيت المحلي، فجر الاثنين بتوقيت تونس)، حسب …")
    # the clause goes on after the comma: two words, not where or when it was said ("…، لمراسلة الجوهرة أف أم")
    rest = [t for t in toks[k + 1:k + 4] if t.is_word]
    if len(rest) < 2 or rest[0].text in _TIME_WORDS or (rest[0].text[0] == "ل" and is_cutter(rest[0], f.lex)) \
            or _sure_cue(f.lex, rest[0].text) or _listed_given_name(rest[0].text) \
            or (rest[0].text in _SAID_AT and (rest[1].text in _SAID_IN or rest[1].text == "هامش" or (
                rest[0].text != "علي" and rest[1].text in _CIRCUMSTANCES))) \
            or rest[0].text in _CLAUSE_OPENERS \
            or rest[0].text in _NEW_CLAUSE or (rest[0].text[0] in "وف" and len(rest[0].text) > 2) \
            or f.mentions.starting_in(rest[0].start, rest[0].end) is not None or f.lex.head(rest[0].text) is not None \
            or (rest[0].text.startswith("ال") and rest[0].text.endswith("ي") and rest[0].text not in _COMPLEMENT_WORDS):
        return None  # (a new clause, "…، فيما وصف …", "…، وأضاف"; the speaker's name or role, "…، ناظم بلحاج",
        # "…، عضو منظمة العفو الدولية", "…، منجي سليم." untagged; a cue, "…، مبينا أن …", not a verb of posting:
        # "دون" is "without" in "…، بحسب مصدرنا الأمني، دون رعاية …")
    return start, toks[k].end


def _listed_given_name(word: str) -> bool:
    """Is ``word`` a given name of ``given_names.yaml`` (not any name part of the corpora: "دون" is "without")?"""
    from ..entities.gazetteer import given_names  # (the entities stage has loaded it; read lazily)
    return word in given_names()


def _inset_close(f: _Finder, toks: list[Tok], k: int) -> int:
    """The index of the comma that closes a source phrase set off inside its clause, reading on from ``toks[k]`` past
    more of the phrase (:data:`_INSET_TAIL` tokens at most, no cue, complementizer or sentence end: whom it was said
    to, where, the outlet that got the document) and past an outlet named after a comma, or after a word after it
    ("وفق ما أفاد مصدر قضائي، الجوهرة أف أم، إلى …", "بحسب بلاغ صادر عن وزارة الفلاحة، تلقت الجوهرة أف أم نسخة منه
    اليوم، إلى …"; with no comma after it the phrase trails its clause: "…، وفقا لبيان …، تلقت الجوهرة أف أم نسخة
    منه."); ``len(toks)`` when none does."""
    lex = f.lex
    for j in range(k, min(len(toks), k + _INSET_TAIL)):
        t = toks[j]
        if t.text in _INSET_COMMAS:
            if not any(lex.media(f.folded, toks[h].start, min(toks[-1].end, toks[h].start + _OUTLET_CHARS))
                       for h in range(j + 1, min(len(toks), j + 3))):
                return j
        elif t.text in SENTENCE_END or t.text in COMMAS or t.text == ":" or t.text in lex.cues or lex.is_comp(t.text) \
                or (t.text[:1] in "وف" and t.text[1:] in lex.cues) or t.text in _NEW_CLAUSE:
            return len(toks)
    return len(toks)


#: Most tokens of a source phrase set off inside its clause after its speaker, up to its closing comma.
_INSET_TAIL = 18

#: The commas that close such a phrase (not a semicolon: "…، بحسب دراسة فرامنغهام لهشاشة العظام؛ بسبب …" ends it).
_INSET_COMMAS = frozenset({"،", ","})

#: How far an outlet's name is read after the comma that would close a source phrase: "…، تلقت الجوهرة أف أم نسخة
#: منه" goes on with the phrase (the outlet that got the document), no clause resumes there.
_OUTLET_CHARS = 40

#: Fewest words before a reporting verb set off by commas inside its clause.
_ASIDE_WORDS = 2


def _said_aside(f: _Finder, s: int, e: int, cue: Cue, lo: int, hi: int) -> _Item | None:
    """A present reporting verb and its speaker set off by two commas inside the clause they report ("وبناء عليه،
    يضيف نص البلاغ، قررت وكالة الجمهورية …", "…، يقول البلاغ، فإنّ حصر إنجاز المساكن …"; ANT): a source phrase of
    the clause around it, as "وتتكون الخلية، وفق بلاغ …، من أربعة عناصر" is (:func:`_between_commas`), or of the
    فإن after it.  Only a present verb ("…، قال فلان، الأمين العام …" names its speaker's role), no ambiguous one,
    after at least :data:`_ASIDE_WORDS` words of its sentence (session 46)."""
    folded = f.folded
    if cue.kind != "present" or cue.ambiguous or not _after_comma(folded, s):
        return None
    s_start, s_end = f.sentence_bounds(s, lo, hi)
    if count_word_tokens(folded, s_start, s, _ASIDE_WORDS) < _ASIDE_WORDS:
        return None
    if any(((c := f.lex.cues.get(t.text)) is not None and not c.ambiguous) or f.lex.is_comp(t.text)
           for t in words(folded, s_start, s)):
        return None  # inside the claim of a cue before it ("وأوضح البلاغ أنه …، وبالتالي، …، يقول البلاغ، فإنّ …")
    src = _speaker_said_after(f, e, s_end)
    if src is None or folded[src.end:s_end].lstrip(" \t\u00a0")[:1] not in COMMAS:
        return None
    item = _Item(s, e, cue, "", "source", [], has_verb=True, source=src, phrase_end=src.end, speaks=True)
    return item if _between_commas(f, item, s, s_start, s_end) is not None else None


#: The participles whose verbal noun, after a clause of their speaker's, is a claim of its own (``noun_participles``).
_NOUN_PARTICIPLES = word_set("noun_participles")

#: Nouns of an exhortation ("ضرورة", "أهمية"): a participle's claim too ("…، مشددا على ضرورة الحذر").
_EXHORTATIONS = word_set("exhortation_nouns")


def _participle_complement(f: _Finder, s: int, e: int, pre: str, cue: Cue, lo: int, hi: int) -> _Item | None:
    """The claim of a reporting participle that starts a clause of its sentence with a verbal noun and no أن ("…،
    مشددا على ضرورة الحذر رغم أن الحدود مؤمنة", "مؤكدين ضرورة أن يمنح المشرع …", "مشيرة إلى غياب تام للفضاءات
    الشبابية"; ``noun_participles``): the noun phrase after the verb's own preposition, or right after the participle,
    to the clause's end, by the participle's speaker (session 46b).  The noun is indefinite, the first term of a
    construct or with a pronoun (:func:`_masdar_like`): not a thing named ("مشيرا إلى الحادثة"), a demonstrative
    ("مؤكدا ذلك"), nor an indefinite accusative object ("مؤكدا تقريرا سابقا لصحيفة …")."""
    folded = f.folded
    if _lemma_key(cue.lemma) not in _NOUN_PARTICIPLES or not _participle_clause(folded, s, e, pre, cue):
        return None
    toks = words(folded, e, min(f.sentence_bounds(s, lo, hi)[1], e + 200))[:_COMPLEMENT_REACH]
    k = 1 if toks and toks[0].text in cue.preps else 0
    if k >= len(toks) - 1 or not toks[k].is_word:
        return None
    word = toks[k].text
    if not (_masdar_like(word, f.lex) or word in _EXHORTATIONS) or word in _DEMONSTRATIVES or word.endswith("ا") \
            or f.mentions.starting_in(toks[k].start, toks[k].end) is not None:
        return None
    return _Item(s, e, cue, pre, "indirect", [], content_start=toks[k].start, follows=True)


#: Words read after a participle for its complement: its preposition, the noun and one more.
_COMPLEMENT_REACH = 3


def _call_complement(f: _Finder, s: int, e: int, pre: str, cue: Cue, lo: int, hi: int) -> _Item | None:
    """The claim of a call's participle that starts a clause of its sentence (``call_participles``): what it calls
    for after its own preposition ("…، داعيا إلى ضبط النفس", "…، داعية إلى الإفراج الفوري عن المراسل", "…، داعيا
    الى "مزيد الاحتياط …"", "…، مطالبا بتوفير الحماية …", "…، مطالبا بأن "يعيش حياة طبيعية""), to the clause's end,
    by the participle's speaker (session 48).  Who is called on may stand between, up to :data:`_CALLED_ON_WORDS`
    words of no clause of their own ("داعيا الحكومة إلى الإسراع …", "مطالبا رئيس الحكومة بالتدخل العاجل …"), and so
    may where it was said ("داعيا في السياق نفسه إلى …"; ``context_phrases``).  Not a demonstrative ("مطالبا بذلك")."""
    folded = f.folded
    if not _participle_clause(folded, s, e, pre, cue):
        return None
    lex = f.lex
    toks = words(folded, e, min(f.sentence_bounds(s, lo, hi)[1], e + 300))
    k = after_where_said(toks, 0, folded, lex)
    if " ".join(t.text for t in toks[k:k + 3]) in _CONTEXT_PHRASES:
        k += 3
        while k < len(toks) and toks[k].text in COMMAS:
            k += 1
    attached = tuple(p for p in cue.preps if len(p) == 1 and p != LAM)  # "ب" on the noun: "بتوفير", "بالتدخل", "بأن"
    lam = LAM in cue.preps  # "ل" on a verbal noun: "داعيا سلطة الإشراف لتحمل …", "داعيا السلط المعنية للتدخل …"
    for j in range(k, min(len(toks) - 1, k + _CALLED_ON_WORDS + 1)):
        t = toks[j]
        if t.text in cue.preps:  # "إلى", "الى", "على"
            n = toks[j + 1]
            if n.text in MARKS or (n.is_word and n.text not in _DEMONSTRATIVES and n.text not in COMMAS):
                return _Item(s, e, cue, pre, "indirect", [], content_start=n.start, follows=True)
            return None
        if t.text.startswith(attached) and len(t.text) > 2 and t.text[1:] not in _DEMONSTRATIVES \
                and (t.text[1:].startswith(ARTICLE) or lex.is_comp(t.text) or _masdar_like(t.text, lex, with_b=True)) \
                and f.mentions.starting_in(t.start, t.end) is None:  # (not "بلدية صفاقس")
            return _Item(s, e, cue, pre, "indirect", [], content_start=t.start + 1, follows=True)
        if lam and (at := _lam_masdar(t)) and f.mentions.starting_in(t.start, t.end) is None:
            return _Item(s, e, cue, pre, "indirect", [], content_start=t.start + at, follows=True)
        if not t.is_word or t.text in COMMAS or t.text in lex.cues or lex.is_comp(t.text) \
                or t.text in lex.zone_cutters:
            return None
    return None


def _lam_masdar(t: Tok) -> int:
    """Where the verbal noun after a call's ل starts in ``t`` ("لتحمل" → 1, "للتدخل" → 2: ل and the article's ل), or
    0 when no verbal noun by its pattern follows ل (افتعال "لاحترام", تفعيل "لتوضيح", تفعّل "لتحمل", "لتوخي"; not
    "لقطاع", "لهذا")."""
    w = t.text
    if len(w) < 4 or w[0] != LAM:
        return 0
    at = 2 if w[1] == LAM else 1
    noun = w[at:]
    return at if _MASDAR_FORM.match(noun) or (len(noun) == 4 and noun[0] == "ت") else 0


#: Most words of the one called on between a call's participle and its preposition ("داعيا كل الأطراف إلى …").
_CALLED_ON_WORDS = 6
#: "In the same context" before what a call asks (``context_phrases``, three words each).
_CONTEXT_PHRASES = word_set("context_phrases")
