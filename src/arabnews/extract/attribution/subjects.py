"""Who speaks: a verb's subject after or before it, a sentence's or story's subject, named and untagged speakers."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise
from typing import TYPE_CHECKING

from ...document import Document
from ...lang.ar import load as load_resource
from .agreement import _claim_gender
from .base import (
    _CLAUSE_OPENERS,
    _ONE_OF,
    _RELATIVE_WORDS,
    _SAID_IN,
    _TIME_WORDS,
    _describes_head,
    _gender,
    _Item,
    _Last,
    _last_space_end,
    _participle_gender,
    _verb_like,
)
from .clauses import COMMAS, TRAILING, Tok, count_words, trim, words
from .cues import RESOURCE, SCHEMA, Cue, Lexicon, past_forms, word_set
from .quotes import MARKS, MAX_QUOTE, Quotation
from .sources import (
    PRONOUN_PREPOSITIONS,
    SAID_IN_ADJECTIVES,
    Source,
    headed_by_preposition,
    is_cutter,
    past_lam,
    role_missed_name,
    role_person,
    speaker_after,
    surname_like,
)

if TYPE_CHECKING:
    from .finder import _Finder

#: The preposition and pronoun of a relative clause's verb that names its speaker ("ما صرحت به فلانة").
_RESUMPTIVE_WORDS = word_set("resumptive_words")

#: Verbs that issue or publish a document ("صدر", "نشرته", "أوردته"): no word of its issuer's name.
_PUBLISHING = word_set("issued_words") | word_set("issuing_verbs") | word_set("publication_verbs")


def _before_publishing(f: _Finder, src: Source) -> Source:
    """The speaker phrase ``src`` up to the verb that published the document it issued ("بلاغ للبنك نشره الخميس" →
    "بنك", "دراسة للمنظمة نشرت في …" → "منظمة", "بيان للهيئة صدر مساء اليوم" → "هيئة"): as reported; the phrase
    read whole still bounds its claim."""
    toks = words(f.folded, src.start, src.end)
    if len(toks) > 1 and toks[-1].text in _PUBLISHING:  # (the last word: "بيان للرئاسة نشرته وكالة …" keeps its
        end = _last_space_end(f.folded, src.start, toks[-1].start)  # publisher, "جلول جاء بالله" its name)
        return Source(src.start, end, src.layer, src.type, src.id) if end > src.start else src
    return src


def _after_lam(f: _Finder, src: Source | None) -> Source | None:
    """``src`` past the article's ل of a word written "لل" (ل + الـ: "بيان للجيش اللبناني", "تقرير للبنك
    الدولي", "وفقا للأمم المتحدة"), where the tagger and the phrase reader start one letter in ("لجيش اللبناني"):
    the group the groups layer reads there ("جيش اللبناني", typed a group), else the noun without that ل ("بنك
    الدولي"), as the groups layer writes it. Not a noun that starts with ل itself ("للجنة" → "لجنة")."""
    if src is not None and src.layer == "phrase":
        src = _before_publishing(f, src)
    if src is None or src.layer == "groups":
        return src
    folded, s = f.folded, src.start
    if s < 1 or folded[s:s + 1] != "ل" or folded[s - 1] != "ل":
        return src
    ws = s - 1
    while ws > 0 and folded[ws - 1].isalpha():
        ws -= 1
    if folded[ws:s] not in ("ل", "ول", "فل"):
        return src
    we = s
    while we < len(folded) and folded[we].isalpha():
        we += 1
    if we - s < 3 or f.lex.head("ال" + folded[s:we]) is not None:
        return src  # (the noun's own ل: "للجنة", "للواء")
    i = bisect_left(f.mentions.starts, s + 1)
    for m in f.mentions.items[i:i + 3]:
        if m.start == s + 1 and m.layer == "groups" and m.end >= src.end - 1:
            return Source(m.start, m.end, m.layer, m.type, m.id)
    return Source(s + 1, src.end, src.layer, src.type, src.id)


def _whole_name(f: _Finder, src: Source | None) -> Source | None:
    """``src`` with the rest of the name it stops inside or right before, when the entities layer has the
    name whole: "الدكتور جونخين" in "الدكتور جونخين لي" (the PER "جونخين لي"), "الناشطة الحقوقية" before "زهرة
    كوبية", "مراسلنا عبد السلام" before "السمراني" → the role and the name as one speaker, as "مدير المهرجان درة
    بوشوشة" is, typed a person. Not past a word the tagger added to the name (a time word, a complementizer or
    cue, a role or outlet: "ناجي جلول صباح", "بأن ترامب", "الطاهر بن حسين ضيف بوليتيكا"), not a name after "و"
    ("… والي قفصة وإطارات أمنية"), and not for an outlet's name the tagger calls a person."""
    if src is None or src.layer != "phrase" or src.type == "media":
        return src
    folded, lex = f.folded, f.lex
    mentions = f.mentions
    i = bisect_left(mentions.starts, src.start + 1)
    m = next((m for m in mentions.items[i:i + 4] if m.start <= src.end + 1 and m.type == "person"
              and m.layer == "entities" and src.end < m.end <= src.end + _NAME_REACH
              and not headed_by_preposition(folded, m, lex)), None)
    if m is None or (m.start < src.end and folded[m.start - 1:m.start] != " "):
        return src  # (not a name starting inside a word of the phrase)
    if m.start > src.end and (folded[src.end:m.start] != " " or folded[m.start] == "و"):
        return src
    end = src.end
    for t in words(folded, src.end, m.end):
        w = t.text
        if (w in _TIME_WORDS or w in lex.cues or lex.is_comp(w) or w in _NP_STOPS or lex.head(w)
                or (w[:1] == "ل" and (lex.head(w[1:]) or w[1:] in _SAID_IN))):
            break
        end = t.end
    if end == src.end:
        return src
    return Source(src.start, end, "phrase", "person" if src.type == "anonymous" else src.type)


def _quoted_clause(f: _Finder, quotes: list[Quotation], cs: int, ce: int) -> Quotation | None:
    """The quotation an indirect claim ``[cs, ce)`` is made of, its complementizer aside ('أنه "تم
    التنبيه على …"', 'إن "النائب ليس عامل حضائر …"', 'بأن "الحصانة لم ترفع …"'): the speaker's words quoted
    whole, one claim (not an indirect claim and the quotation inside it); None when other words come
    before or after the quotation ('أن فلسطين بقيت "شوكة في حلق …"'), or it is a short one (a name)."""
    folded = f.folded
    inside = f.quotes_opening(quotes, cs, ce)
    if not inside:
        return None
    q = inside[0]
    short = q.words <= f.min_quote_words
    if q.close >= ce or q.words < _CLAUSE_QUOTE_WORDS or (short and (
            _quoted_name(f, q) or f.folded[q.close + 1:q.close + 40].lstrip()[:1] not in _CLAUSE_ENDS)):
        return None  # (a short one of two words or more, no name, that ends its sentence or clause is the clause too:
        # 'مؤكدا أن "الوضع طبيعي".'; not 'إن "محمد. ر" لا يزال …', whose claim a stop cut after the name)
    before = words(folded, cs, q.open)
    if not before or before[0].text not in f.lex.complementizers or any(t.is_word for t in before[1:]):
        return None
    if short and not before[0].text.endswith("ن"):
        return None  # a short one after a pronoun keeps it, the quotation's subject: 'بأنهم "أحرقوا سيارات المواطنين"'
    return None if folded[q.close + 1:ce].strip(TRAILING + "".join(MARKS)) else q


#: The fewest words of a quotation that makes a whole clause after its complementizer (session 48b).
_CLAUSE_QUOTE_WORDS = 2
#: What may follow such a short quotation: the end of its sentence or clause (or of the text).
_CLAUSE_ENDS = ("", ".", "،", ",", "؛", ";", "!", "?", "؟", "\n")


def _quoted_name(f: _Finder, q: Quotation) -> bool:
    """Is the quotation ``q`` a name the tagger has, whole ('إن "محمد. ر"', 'أن "نداء تونس"')?"""
    qs, qe = trim(f.folded, q.start, q.end)
    m = f.mentions.starting_in(qs, qe)
    return m is not None and m.start <= qs and m.end >= qe


def _sentence_person(f: _Finder, pos: int, lo: int, hi: int) -> Source | None:
    """The person a "حسب قوله", "وفق تعبيره" at ``pos`` speaks for when no claim before named one: the
    first person named in its sentence, a few words in as its subject ("وصف السياسي نجيب الشابي مدينة سوسة
    بأنها …، بحسب تعبيره")."""
    s_start, _ = f.sentence_bounds(pos, lo, hi)
    person = next((m for m in f.mentions.inside(max(s_start, pos - MAX_QUOTE), pos) if m.type == "person"), None)
    if person is None:
        return None
    n = count_words(f.folded, s_start, person.start, _APPOSED_REACH + 1)
    if n > _SUBJECT_REACH and not (n <= _APPOSED_REACH and _apposed_to_role(f, s_start, person.start)):
        return None  # (a person further in is an object: "… أحدث حرجا لوزير الوظيفة العمومية عبيد البريكي")
    return Source(person.start, person.end, person.layer, person.type, person.id)


#: Most words before the person a "حسب قوله" speaks for (the verb and the role before the subject's name).
_SUBJECT_REACH = 6

#: Most words before that person when a role of a person's head opens right after the verb and a comma sets the name
#: off ("وصف كاتب عام النقابة الأساسية للتعليم الثانوي، لسعد اليعقوبي، …، حسب رأيه"; session 46b).
_APPOSED_REACH = 10


def _apposed_to_role(f: _Finder, s_start: int, name_start: int) -> bool:
    """Is the name at ``name_start`` set off by a comma after a role that opens right after its sentence's first word
    (the verb) with a person's head noun ("وصف كاتب عام النقابة …، لسعد اليعقوبي")?"""
    before = f.folded[s_start:name_start].rstrip(" \t\u00a0")
    ws = before[:-1].split()
    return before[-1:] in COMMAS and len(ws) > 2 and f.lex.head(ws[1]) == "person" \
        and not any(w in COMMAS or not w.isalpha() for w in ws)


def _names_speaker(f: _Finder, item: _Item) -> bool:
    """Does an impersonal form ("يذكر", "تبين") have a speaker of its own before its claim ("وتبين
    الدراسة أن …"), or the one it became clear to ("وتبين للباحثين أن …", the finders: set as the
    item's source; "وتبين لهم أن …", carried over)?  An adverb or a circumstance is none ("وقد تبين
    لاحقا أنه …", "تبيّن بعد التثبت من هويته أنه …", "دون إشكال يذكر، في حين أن …")."""
    zone = [t for t in item.zone if t.is_word]
    if not zone:
        return False
    first = zone[0].text
    if first in f.lex.zone_cutters and first.startswith("ل"):
        return True  # "تبين لهم أن": the speaker before
    if first.startswith("ل") and len(first) > 3:
        # ("للباحثين" = ل + الباحثين: the span is the noun, "باحثين")
        rest, skip = ("ا" + first[1:], 2) if first.startswith("لل") else (first[1:], 1)
        src = speaker_after([Tok(zone[0].start + skip, zone[0].end, rest)], f.folded, f.mentions, f.lex,
                            fallback=False)
        if src is not None:
            item.source = src
            return True
        return False
    return speaker_after(item.zone, f.folded, f.mentions, f.lex, fallback=False) is not None


def _main_speaker(f: _Finder, hits: list[tuple[int, int, str, Cue]], item_starts: set[int],
                  claims: list[tuple[int, int, _Item, Source | None]], pos: int, lo: int, hi: int) -> Source | None:
    """The speaker of a participle's claim named after the sentence's verb before it ("وأشار اللومي
    إلى وجود …، مؤكدا أن …", "ودعت وزارة الخارجية إلى ضبط النفس، مضيفة أن …"): the subject right
    after the nearest reporting or speech-act verb earlier in the same sentence that makes no claim
    of its own (one that does has given its speaker to the claims after it already); a verb inside
    an earlier claim is the claim's, not the sentence's."""
    s_start, _ = f.sentence_bounds(pos, lo, hi)
    s_start = max(s_start, pos - MAX_QUOTE)
    verbs = [(s, e, s in item_starts, cue.kind == "present", cue.preps)
             for s, e, _, cue in hits[bisect_left(hits, (s_start,)):bisect_left(hits, (pos,))]
             if cue.kind in ("past", "present") and not cue.ambiguous]
    acts = f.speech_acts(lo, hi)[0]
    verbs += [(s, e, False, present, _NO_PREPS)
              for s, e, present in acts[bisect_left(acts, (s_start,)):bisect_left(acts, (pos,))]]
    verbs.sort(reverse=True)
    # the nearest verb that is not inside an earlier claim, among the few nearest (a claim holds its
    # cue within the anchor's reach before it, or lies before its cue: those before the floor end sooner)
    verb_at = next((v for v in verbs[:_VERBS_BACK] if not _in_claim(claims, v[0], v[0] - MAX_QUOTE - 1000)), None)
    if verb_at is None:
        return None
    s, e, is_item, present, preps = verb_at
    if is_item:
        return None
    verb = _gender(f.folded[s:e], present)
    participle = f.folded[pos:pos + 12].split(" ", 1)[0]
    if verb is not None and _participle_gender(participle) not in (None, verb):
        return None  # "وطالب … ، مضيفة": not the same speaker
    zone = words(f.folded, e, min(pos, e + 300))
    src = speaker_after(zone, f.folded, f.mentions, f.lex, fallback=False)
    if src is None:
        return None
    src = _subject_only(src, zone, f.lex, preps)
    if _is_object(f.folded[s:e], src, zone):
        return None  # ("ودعا المواطنين إلى الهدوء، مضيفا": the object, the subject left out)
    head = f.folded[src.start:src.end].split(" ", 1)[0]
    if verb == "m" and src.type != "person" and head.endswith("ه"):
        return None  # "وطالب الوزارة برد الاعتبار له": a feminine noun after a masculine verb is its object
    return src


def _sentence_subject(f: _Finder, pos: int, lo: int, hi: int, gender: str | None = None) -> Source | None:
    """The speaker of a participle's claim in a sentence whose verb says nothing ("وزار الرئيس المستشفى،
    مؤكدا أن …", "واستقبل الوزير وفدا من المحتجين، مشيرا إلى أن …"): the known speaker right after the verb
    that opens the sentence, when its gender is the participle's; not the one of a claim sentences before.
    (An institution right after a verb whose subject is left unsaid is read as its subject all the same: "وزار
    المستشفى، مؤكدا" gives "المستشفى"; news names the subject of such a sentence far more often.)"""
    s_start, _ = f.sentence_bounds(pos, lo, hi)
    toks = words(f.folded, max(s_start, pos - MAX_QUOTE), pos)
    if toks and toks[0].start == s_start:
        if len(toks) > 4 and toks[2].text in COMMAS and f"{toks[0].text} {toks[1].text}" in _CLAUSE_OPENERS:
            toks = toks[3:]  # "ومن جهته، استقبل الوزير …، مؤكدا"
        elif len(toks) > 3 and toks[1].text in COMMAS and toks[0].text in _CLAUSE_OPENERS:
            toks = toks[2:]  # "بدوره، تدخل هاتفيا المواطن التونسي فارس الشيخ …، مؤكدا أنه …"
        s_start = toks[0].start
    if len(toks) < 3 or toks[0].start != s_start or not _verb_like(toks[0].text, f.lex):
        return None
    zone = toks[1:]
    while len(zone) > 1 and zone[0].text in _MANNER:
        zone = zone[1:]  # "تدخل هاتفيا المواطن …"
    src = speaker_after(zone, f.folded, f.mentions, f.lex, fallback=False)
    # (a speaker further in is an object or a complement: "وزار المستشفى رفقة الوزير"; but a name after its role
    # is the role's: "واستقبل رئيس الحكومة يوسف الشاهد")
    reach = zone[min(3, len(zone) - 1)].start if f.lex.head(zone[0].text) is not None else zone[0].start
    if src is None or src.start > reach:
        return None
    first = toks[0].text.lstrip("وف")
    if not _role_and_name(f, src, zone):  # (a role and the name after it: "عضو المجلس البلدي فارس الشيخ")
        src = _before_object(_subject_only(src, zone, f.lex), zone, f.lex)
    if _is_object(first, src, zone):
        return None  # "ودعا المواطنين إلى الهدوء، مضيفا": the object, the subject left out
    verb = ("f" if first.endswith("ت") else "m") if toks[0].text in _KANA_FORMS else _gender(first, False)
    said = gender or _participle_gender(f.folded[pos:pos + 12].split(" ", 1)[0])  # (or a tail's pronoun's)
    if verb is not None and said not in (None, verb):
        return None  # "وزارت الوزيرة …، مضيفا": not the same speaker
    if verb == "m" and src.type != "person" and f.folded[src.start:src.end].split(" ", 1)[0].endswith("ه"):
        return None  # "وطالب الوزارة برد الاعتبار له، قائلا": a feminine noun after a masculine verb is its object
    return src


def _role_and_name(f: _Finder, src: Source, zone: list[Tok]) -> bool:
    """Is the subject phrase ``src`` a person's role and then the person's name, two or three words whose first
    starts a name the tagger has (a PER, or a one-word LOC it misread: "وتدخل عضو المجلس البلدي فارس الشيخ في النقاش،
    مؤكدا" — "فارس" tagged a place) and that no head, cue or "و" breaks; not a verb's object ("وزار الوزير تونس
    العاصمة", "وزار الوزير مدينة القصرين")?"""
    if src.layer != "phrase" or src.type != "person":
        return False
    inside = [t for t in zone if src.start <= t.start and t.end <= src.end and t.is_word]
    if not inside or f.lex.head(inside[0].text.lstrip("وف")) != "person":
        return False
    last_def = max((k for k, t in enumerate(inside) if t.text.startswith("ال")), default=-1)
    k = next((k for k in range(1, len(inside)) if k > 0 and inside[k - 1].text.startswith("ال")
              and not inside[k].text.startswith("ال")), None)
    if k is None or not 2 <= len(inside) - k <= 3 or last_def < k - 1:
        return False
    name = inside[k:]
    m = f.mentions.starting_in(name[0].start, name[0].end)
    if m is None or m.start != name[0].start or m.type not in ("person", "organisation") or m.layer != "entities":
        return False
    if m.place and not (m.end == name[0].end and len(name) == 2 and (
            surname_like(name[1].text, f.lex) or f.lex.head(name[1].text) == "person")):
        return False  # (a misread place only before a surname: "فارس الشيخ", not "تونس العاصمة")
    return all(t.text[:1] != "و" and t.text not in f.lex.cues and (j == len(name) - 1 or f.lex.head(t.text) is None)
               for j, t in enumerate(name))


#: How many sentences back :func:`_story_subject` reads.
_STORY_SENTENCES = 2


def _story_subject(f: _Finder, it: _Item, lo: int, part_lo: int) -> Source | None:
    """The speaker of a verb that names none, when no claim before it named one within reach: the person or
    institution (:data:`_STORY_TYPES`) that is the subject of one of the two sentences before (no more than
    ``carry_sentences``), found as :func:`_sentence_subject` finds it ("واستعرض الوزير في كلمة ألقاها …" ¶ "وأكد أن
    …" → "الوزير"), of the verb's gender, in the same part of the article; the nearest sentence with such a
    subject."""
    if it.cue.kind not in ("past", "present") or not (it.pre or f._starts_sentence(it.start, lo, it.end)):
        return None
    gender = _claim_gender(f.folded, it)
    if gender is None:
        return None  # (a dual, a plural or "نؤكد": not one person named before)
    # an institution only for a verb with no words of its own before where it was said ("وقالت إن …"; not a speaker
    # the finder did not read: 'وأوضحت "أندا" في بلاغ …', "ويوضح تاجر ألعاب أطفال بالجملة يدعى أبو محمد أنه …")
    types = _STORY_TYPES if not it.zone or it.zone[0].text in COMMAS or it.zone[0].text in f.lex.zone_cutters \
        else ("person",)
    k = f.sentence(it.start)
    for i in range(k - 1, max(-1, k - 1 - min(_STORY_SENTENCES, f.carry_sentences)), -1):
        s, e = f.bounds(i)
        if s < part_lo or e <= s:
            break
        toks = words(f.folded, s, e)
        if len(toks) < 3 or not _verb_like(toks[0].text, f.lex):
            continue
        first = toks[0].text
        bare = first[1:] if first[:1] in "وف" and len(first) > 3 else first
        # (a present verb with ت is either gender's: "تحدث"; one with ي is a man's: "ويعيش المواطن")
        verb = "f" if bare.endswith("ت") else None if bare[:1] == "ت" or bare.endswith(("ا", "وا", "ون")) else "m"
        if verb != gender:
            continue
        src = _sentence_subject(f, e - 1, s, e)
        if src is not None and src.type in types:
            return src
    return None


#: The speakers a verb that names none takes from the subject of a sentence before it: a person, and an institution
#: ("وأجرت الشركة أبحاثا على خنازير …" ¶ "وقالت إن العلاج أسفر عن …", ANT 531; session 44).
_STORY_TYPES = ("person", "organisation")


def _in_org(orgs: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    """Is the cue word at folded ``[s, e)`` inside an ORG of ``orgs`` (sorted folded spans, ``starts`` their starts)
    that starts before it: a word of the organisation's name ("شركة نقل تونس"), no reporting verb?"""
    i = bisect_left(starts, s) - 1
    return i >= 0 and orgs[i][1] >= e


def _role_in_construct(f: _Finder, word: str, end: int) -> bool:
    """Is the participle ``word`` a role noun in construct with a definite noun ("وأكدت كاتبة الدولة أن …": the
    secretary of state, not "writing")?"""
    return f.lex.head(word) == "person" and f.folded[end:end + 3].lstrip(" ").startswith("ال")


#: Most words between a role's phrase and the comma before the name in apposition to its whole phrase.
_APPOSED_REACH = 8


def _apposed_after(f: _Finder, zone: list[Tok], src: Source) -> Source | None:
    """The PER after a comma that closes the rest of a role's phrase, cut at its preposition ("قال القيادي في حزب
    المؤتمر من أجل الجمهورية، طارق الكحلاوي إن …" → "طارق الكحلاوي", as "وزير الخارجية، خميس الجهيناوي" is); None
    when where or to whom it was said comes before the comma ("… في تصريح لمراسل الجوهرة، فلان")."""
    k = next((k for k, t in enumerate(zone) if t.start >= src.end), len(zone))
    for n, t in enumerate(zone[k:k + _APPOSED_REACH + 1], k):
        w = t.text
        if w in COMMAS:
            m = f.mentions.starting_in(t.end, t.end + 2)
            if m is None:  # (also right after a whole role: "القيادي بحركة نداء تونس، لزهر العكرمي أن")
                return _untagged_name(f, zone, n + 1)
            return Source(m.start, m.end, m.layer, m.type) if m is not None and m.type == "person" \
                and m.layer == "entities" else None
        if not t.is_word or w in _SAID_IN or w in _TIME_WORDS or f.lex.is_comp(w) or w in f.lex.cues \
                or (w[:1] == "ل" and is_cutter(t, f.lex)):
            return None
    return None


#: Pronouns, no name's first word ("، فهي تعلم أنه …").
_PRONOUN_WORDS = word_set("pronoun_words")

#: Fewest and most words of a name the tagger missed after a role's comma.
_UNTAGGED_WORDS = (2, 3)


def _untagged_name(f: _Finder, zone: list[Tok], k: int) -> Source | None:
    """The name the tagger missed after the comma that closes a role's phrase, right before the complementizer
    ("قال النائب عن الجبهة الشعبية، عمار عمروسية إن …"): two or three words, none definite first, a head, a cue,
    a stop or a word of when or where; None otherwise."""
    n = k
    while n < len(zone) and n - k <= _UNTAGGED_WORDS[1] and zone[n].is_word and not f.lex.is_comp(zone[n].text):
        w = zone[n].text
        if (n == k and w.startswith("ال")) or w[:1] == "و" or f.lex.head(w) is not None or w in f.lex.cues \
                or w in _NP_STOPS or w in _TIME_WORDS or w in f.lex.zone_cutters or w in _SAID_IN \
                or w in _PRONOUN_WORDS:
            return None
        n += 1
    if not _UNTAGGED_WORDS[0] <= n - k <= _UNTAGGED_WORDS[1] or (n < len(zone) and not f.lex.is_comp(zone[n].text)):
        return None  # (the zone ends where the claim's complementizer or colon starts)
    return Source(zone[k].start, zone[n - 1].end, "phrase", "person")


def _guest(folded: str, src: Source) -> bool:
    """Is ``src`` a programme's guest with no name ("ضيف "بوليتيكا"", "ضيفة البرنامج")?"""
    said = folded[src.start:src.end].split()
    return src.layer == "phrase" and said[0] in _GUEST_WORDS and len(said) <= 2


def _guest_named(f: _Finder, carried: Source | None) -> Source | None:
    """The person named before whom "ضيف "بوليتيكا"" speaks of again ("كشف السياسي نجيب الشابي …. وقال ضيف
    "بوليتيكا" في "الجوهرة أف أم"، إن …" → "نجيب الشابي"): the speaker carried over when a PER or a phrase with a
    name in it, else None."""
    if carried is None or carried.type != "person":
        return None
    if carried.layer == "entities" or any(m.type == "person" for m in f.mentions.inside(carried.start, carried.end)):
        return carried
    return None


def _same_one(f: _Finder, carried: Source | None, word: Source) -> Source | None:
    """The speaker named before that a one-word role of the sentence names again ("النائبة" after "النائبة سامية
    عبو" or after her name), or None when it names another role ("الرئيس" after "الوزير")."""
    if carried is None or carried.layer != "phrase":
        return carried
    return carried if f.folded[word.start:word.end] in f.folded[carried.start:carried.end].split(" ") else None


def _before_object(src: Source, zone: list[Tok], lex: Lexicon) -> Source:
    """A subject phrase cut before the object of a verb that says nothing: after the head and its genitive
    ("وزير الصحة", "رئيس الحكومة"; none after a definite head) only the words that describe them ("الرئيس
    الفرنسي", "الأمين العام", "المتحدث باسم الجيش") go on; "وزار الرئيس المستشفى" → "الرئيس"."""
    if src.layer != "phrase":
        return src
    inside = [t for t in zone if src.start <= t.start and t.end <= src.end and t.is_word]
    if len(inside) < 2:
        return src
    # (the genitive of an indefinite head; not a preposition: "كشف شقيقان من سلوفاكيا عن …")
    k = 1 if inside[0].text.startswith("ال") or inside[1].text in _MODIFIER_PREPS else 2
    if k == 2 and inside[0].text in _ONE_OF and len(inside) > 2 and not inside[1].text.startswith("ال"):
        k = 3  # "one of" and the genitive's own genitive: "وأكد أحد سكان جرابولي سقوط القتلى" → "أحد سكان جرابولي"
    while k < len(inside):
        word = inside[k].text
        if word in _MODIFIER_PREPS and k + 1 < len(inside):
            k += 2
        elif _describes_head(word, lex) or word.startswith("وال"):
            k += 1
        else:
            break
    return src if k >= len(inside) else Source(src.start, inside[k - 1].end, src.layer, src.type, src.id)


_KANA_FORMS = word_set("kana_forms")

#: The prepositions of a speech act (their complements take ب, written on the word, or إلى/على).
_NO_PREPS: frozenset[str] = frozenset()

#: The verbs before a participle that :func:`_main_speaker` reads, nearest first.
_VERBS_BACK = 4


def _in_claim(claims: list[tuple[int, int, _Item, Source | None]], at: int, floor: int) -> bool:
    """Does ``at`` lie in the content of a claim of a cue at or after ``floor`` (claims come in their
    cues' order, and a claim lies within a quotation's length or two of its cue)?"""
    for cs, ce, it, _ in reversed(claims):
        if it.start < floor:
            return False
        if cs <= at < ce:
            return True
    return False


#: The past forms of the speech verbs whose object comes before their preposition (``object_first_acts``).
_OBJECT_FIRST = frozenset(form for lemma in word_set("object_first_acts") for form in past_forms(lemma))

_OBJECT_PREPOSITIONS = word_set("object_prepositions")

#: Prepositions before a name that make it a complement, not the subject of the verb before them.
_FAR_PREPOSITIONS = word_set("far_prepositions")


def _is_object(verb: str, src: Source, zone: list[Tok]) -> bool:
    """Is ``src``, right after ``verb`` (folded, without و/ف), the object of a verb whose subject is left out
    ("واتهم إيران بإسهامها …", "ودعا المواطنين إلى الهدوء"): a verb of ``object_first_acts`` with its preposition
    right after ``src``?"""
    if verb not in _OBJECT_FIRST:
        return False
    after = next((t.text for t in zone if t.start >= src.end), "")
    return after[:1] == "ب" or after in _OBJECT_PREPOSITIONS


def _named_speaker(f: _Finder, verb: tuple[int, int, bool], last: _Last | None, lo: int, hi: int) -> _Last | None:
    """``last`` after a speech verb with no claim (``verb``: its folded span, whether present): the subject
    named right after it, when named ("وتعهد الرئيس السوري بشار الأسد بمواصلة القتال", a sentence
    later: "وقال إن …" is his), else ``last`` unchanged."""
    s, e, present = verb
    if last is not None and last[1] > f.sentence(s):
        return last
    _, s_end = f.sentence_bounds(s, lo, hi)
    zone = words(f.folded, e, min(s_end, e + 200))
    if zone and zone[0].text in PRONOUN_PREPOSITIONS and zone[0].text not in _RESUMPTIVE_WORDS:
        # a relative clause's verb: "بالاستثناءات التي أعلن عنها المكتب التنفيذي", "مركز أطلق عليه …" (not "ما صرحت
        # به القوبنطيني", whose speaker is named)
        return last
    src = speaker_after(zone, f.folded, f.mentions, f.lex)
    # a name the tagger missed after the role's organisation ("وقدم الرئيس التنفيذي لشركة الطيران، أوسكار مونوز،
    # اعتذارا …"): a subject, named (session 38)
    missed = src is not None and src.layer == "phrase" and role_missed_name(zone, f.mentions, f.lex) == src
    # (how it was said is no complement: "انتقد بشدة الأمين العام … نور الدين الطبوبي")
    between = [w for w in f.folded[e:src.start].split() if w not in _MANNER] if src is not None else []
    if len(between) > 3 and any(w[:1] == "ب" or w in _FAR_PREPOSITIONS or w[:1] in "\"«“" for w in between) \
            and not (src is not None and src.layer == "entities" and role_person(zone, f.mentions, f.lex) == src) \
            and not missed:
        return last  # a name in a complement ("وندد رئيس تيار المحبة بموقف … من ترامب"): no subject read
    if src is None or src.type == "anonymous" or (src.layer == "phrase" and not missed and (
            not f.mentions.inside(src.start, src.end) or f.folded[src.start] == "ب")):
        return last  # (a name or a group in it: "انتقد الإعلامي زياد الهاني"; not "دعا الاتفاق", "أفاد بشهادته")
    if src.layer == "entities" and f.folded[src.start - 1:src.start] in ("ب", "ل") \
            and not f.folded[src.start - 2:src.start - 1].strip():
        return last  # a place or an addressee after ب/ل ("ذلك ما أفاد به بتونس رئيس المجموعة")
    if src.layer == "phrase" and not missed:
        # "ورفض فريق ترامب التعليق" → "فريق ترامب"; "وصف السياسي نجيب الشابي" → the name
        named = f.mentions.inside(src.start, src.end)
        cut = _before_object(src, zone, f.lex)
        # (a person named right after the cut role: "وصف السياسي نجيب الشابي …"; not one further in the phrase)
        person = next((m for m in named if m.type == "person" and m.start > cut.end), None)
        if person is not None and not f.folded[cut.end:person.start].strip():
            src = Source(person.start, person.end, person.layer, person.type, person.id)
        else:
            src = cut
    if _is_object(f.folded[s:e], src, zone):
        return last  # "واتهم إيران بإسهامها …": the object, the subject left out
    gender = _gender(f.folded[s:e], present)
    said = set(f.folded[src.start:src.end].split())
    if last is not None and said <= set(f.folded[last[0].start:last[0].end].split()):
        return (last[0], f.sentence(s), gender or last[2])  # "وطالب خامنئي" after "علي خامنئي": the one named in full
    return (src, f.sentence(s), gender)


#: Adverbs of how something was said (``manner_adverbs``), skipped before a subject.
_MANNER = word_set("manner_adverbs")

#: The forms "is named" (``named_forms``) as written, and folded (as a cue is found).
_NAMED = frozenset(load_resource(RESOURCE, SCHEMA)["named_forms"])


def _named(doc: Document, s: int, e: int) -> bool:
    """Is the cue at folded ``[s, e)`` written as a form "is named" ("ويدعى", not "ويدعي")?"""
    start, end = doc.to_original(s, e)
    return doc.text[start:end] in _NAMED


_NP_STOPS = word_set("phrase_stops")

#: A programme's guest, named before ("وقال ضيف "بوليتيكا" إن …").
_GUEST_WORDS = word_set("guest_words")

#: Most characters between a speaker phrase's end and the end of the name it stops in or before.
_NAME_REACH = 40

_MODIFIER_PREPS = word_set("modifier_prepositions")

_COMPLEMENT_PREPS = word_set("complement_prepositions")

#: Most words of a speaker and role before the relative clause that describes them (session 31b).
_DESCRIBED_WORDS = 6


def _described_speaker(zone: list[Tok]) -> bool:
    """Do the words between a verb and its quotation name the speaker and then describe them by a relative clause
    ('وقالت علياء عودة مديرة مؤسسة أبعاد التي أطلقت حملة لإلغاء المادة "…"', "رئيس الجمعية التي تأسست عام 2010")
    with no sentence's end, comma or cue among them?  The relative pronoun comes after at least two words and at most
    :data:`_DESCRIBED_WORDS`."""
    rel = next((k for k, t in enumerate(zone) if t.text in _RELATIVE_WORDS), None)
    if rel is None or not 2 <= rel <= _DESCRIBED_WORDS:
        return False
    return all(t.is_word or t.text in MARKS for t in zone)


def _subject_only(src: Source, zone: list[Tok], lex: Lexicon, preps: frozenset[str] = frozenset()) -> Source:
    """A subject phrase cut before the verb's object: a definite noun ends a noun phrase unless a
    definite word, a closer or a prepositional phrase follows ("وأبرزت النائبة تشبث المرأة …" →
    "النائبة"; "اتحاد المصارف العربية", "المصدر ذاته", "المتحدث باسم الجيش" whole); the verb's own
    prepositions (``preps``) start its complement ("وحذر الوزير من خطاب …" → "الوزير")."""
    if src.layer != "phrase":
        return src
    inside = [t for t in zone if src.start <= t.start and t.end <= src.end and t.is_word]
    for a, b in pairwise(inside):
        if a.text.startswith("ال") and (b.text in _COMPLEMENT_PREPS or b.text in preps or not (
                b.text.startswith(("ال", "لل")) or b.text in lex.closers or b.text in _MODIFIER_PREPS)):
            return Source(src.start, a.end, src.layer, src.type)
        if _people_then_singular(a.text, b.text, lex):
            return Source(src.start, a.end, src.layer, src.type)
    return src


def _people_then_singular(a: str, b: str, lex: Lexicon) -> bool:
    """Is ``b`` a definite feminine singular right after ``a``, a head of people in the sound masculine plural: no
    adjective of it but the verb's object ("ودعا المحتجون الحكومة إلى الرحيل" → "المحتجون"; session 36)?"""
    return a.startswith("ال") and a.endswith(("ون", "ين")) and lex.head(a) is not None \
        and b.startswith("ال") and b.endswith("ه")


#: The preposition + pronoun a source phrase's verb takes before its subject ("وفق ما أفاد به", ``verb_complements``).
_PHRASE_VERB_COMPLEMENTS = word_set("verb_complements")

_WORD_AT = re.compile(r"[ \t\n\u00a0]*(\S+)")


def _past_phrase_verb(folded: str, lo: int, hi: int) -> int:
    """Where the words after a source phrase's "ما" and its verb start ("وفق ما أكده | رئيس اللجنة، المنجي الرحوي",
    "حسب ما أفاد به | معتمد المنيهلة"; "حسب ماأفاد به" with "ما" on the verb): the speaker's role opens there, not at
    the phrase word (session 45).  ``lo`` when the words do not start with "ما"."""
    m = _WORD_AT.match(folded, lo, hi)
    if m is None:
        return lo
    if folded[max(0, lo - 2):lo] == "ما":  # (the phrase's cue with its "ما": "وفق ما" | "أكده")
        pos = lo
    elif not m.group(1).startswith("ما"):
        return lo
    else:
        pos = m.end()
    if folded[max(0, pos - 2):pos] == "ما":  # (the verb as a word of its own)
        m = _WORD_AT.match(folded, pos, hi)
        if m is None:
            return lo
        pos = m.end()
    m = _WORD_AT.match(folded, pos, hi)
    if m is not None and m.group(1) in _PHRASE_VERB_COMPLEMENTS:
        pos = m.end()
    return pos



def _past_speech_noun(folded: str, lo: int, hi: int, lex: Lexicon) -> int:
    """Where a role opens after a source phrase's bare speech noun, its adjectives and the ل of "of" ("وبحسب تصريح
    إعلامي للناطق الرسمي …، ماهر البحري" → "ناطق الرسمي …", from the article's ل as "بيان للجيش" reads; session 46b);
    ``lo`` when the words do not open so."""
    m = _WORD_AT.match(folded, lo, hi)
    speech = lex.speech_noun(m.group(1)) if m is not None else None
    if m is None or speech is None or speech[1]:
        return lo
    for _ in range(3):
        m = _WORD_AT.match(folded, m.end(), hi)
        if m is None:
            return lo
        if m.group(1) not in SAID_IN_ADJECTIVES:
            break
    w = m.group(1)
    if w[:1] != "ل" or len(w) < 4:
        return lo
    inner = past_lam(Tok(m.start(1), m.end(1), w), lex)
    return inner.start + (1 if inner.text != w[1:] else 0)
