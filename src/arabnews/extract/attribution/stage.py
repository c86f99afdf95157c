"""The ``attribution`` stage: one ``quotes`` record per attributed claim.

A claim is found from its cue:

* a reporting verb (قال, أكد, ذكر, أفاد, أشار إلى …, any conjugation, with و/ف, or the participle
  of "…، مضيفا أن") followed, within the same sentence, by its complementizer (إن/أن/أنه/بأن …):
  an ``indirect`` claim from the complementizer to the end of the clause;
* the same verbs before a colon or a quotation ("وتابع: «…»"), or right after a quotation
  ("«…»، قال المتحدث"): a ``direct`` claim, the quoted words; a quotation of three words or more
  inside an indirect claim is also reported as a ``direct`` claim of the same speaker;
* a source phrase (بحسب, وفقا لـ, نقلا عن, على لسان, كما جاء في …) with its speaker: a ``source``
  claim whose content is the clause the phrase is attached to.

The speaker is looked for after the verb ("قال المتحدث باسم الجيش إن"), before it ("الجيش قال
إن"), and otherwise carried over from the last claim ("وأضاف أن …").
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ...document import Document, SlicedText, Span, SpanSource, sliced
from ...lang.ar import lookup_key
from ...lang.ar.serial import SERIAL
from ...lang.ar.words import nisba_adjectives
from ...memo import of_text
from ...text.clitics import ARTICLE, LAM
from .agreement import (
    _agreement,
    _agrees,
    _antecedent_speaker,
    _carried_to,
    _claim_gender,
    _document,
    _many,
    _mute,
    _of_number,
    _plural_carried,
    _pronoun_number,
    _same_gender,
)
from .base import (
    _ABOUT_QUOTE_VERBS,
    _ABOUT_REACH,
    _ACCUSATIVE_WORDS,
    _COLON_SPACES,
    _OPENING_MARKS,
    _WITH_B_EVENTS,
    _about_at,
    _accusative_form,
    _after_comma,
    _detached_conj,
    _Item,
    _Last,
    _lemma_key,
    _nested,
)
from .boundaries import (
    _adjective_reading,
    _after_clause_link,
    _after_relative_pronoun,
    _after_verbal_noun_head,
    _call_complement,
    _claims_before,
    _considered_reading,
    _contrast_link,
    _merge_phrases,
    _near_claim,
    _no_verb_reading,
    _one_verb_before,
    _others_of_report,
    _participle_clause,
    _participle_complement,
    _post_posed,
    _said_aside,
    _source_content,
    _verb_after_comma,
    _written_passive,
)
from .clauses import Tok, count_words, trim, words
from .cues import Lexicon, lexicon, relative_words, word_set
from .finder import _Finder
from .headlines import _colon_claims, _dash_claims, _has_colon, _has_dash, _open_quotations
from .quotes import _SPACES, find_quotations
from .relays import (
    _attributed,
    _companions_relayed,
    _joined_after,
    _joined_before,
    _org_anaphors,
    _relayed,
    _role_anaphors,
    _said_again,
    _same_sources,
)
from .sources import (
    _EACH,
    _EACH_OF,
    Source,
    _on_behalf_at,
    after_relative,
    institution_completed,
    speaker_after,
    speaker_before,
)
from .spans import KEY as ENTITY_SPANS
from .spans import entity_spans
from .subjects import (
    _after_lam,
    _apposed_after,
    _before_object,
    _guest,
    _guest_named,
    _in_org,
    _is_object,
    _main_speaker,
    _named,
    _named_speaker,
    _names_speaker,
    _past_phrase_verb,
    _past_speech_noun,
    _quoted_clause,
    _role_in_construct,
    _same_one,
    _sentence_person,
    _sentence_subject,
    _story_subject,
    _subject_only,
    _whole_name,
)
from .tails import _as_said, _is_stop, _mid_tail_next, _outlet_trail, _said_after

KINDS = ("direct", "indirect", "source")

SOURCE_TYPES = ("person", "organisation", "group", "media", "anonymous")


@dataclass(slots=True)
class QuoteSpan(Span):
    """An attributed claim: ``start``/``end``/``text`` are its content (the quoted words, or the
    إن/أن clause), ``kind`` is direct, indirect or source; ``cue`` the reporting verb or source
    phrase ``{start, end, text, lemma}``; ``source`` the speaker ``{start, end, text, layer, id?}``
    (``layer`` is "entities", "groups" or "phrase"; ``id`` is a group's id) or None, and
    ``source_type`` person, organisation, group, media or anonymous (None without a source)."""

    kind: str = "indirect"
    cue: dict[str, Any] = field(default_factory=dict)
    source: dict[str, Any] | None = None
    source_type: str | None = None


# a claim's words are read from the document's text when asked (:func:`_span`)
QuoteSpan.text = SlicedText()  # type: ignore[assignment,misc]


def find_claims(doc: Document, lex: Lexicon | None = None, *, carry_sentences: int = 3, min_quote_words: int = 3,
                max_gap: int = 25) -> list[QuoteSpan]:
    """The attributed claims of ``doc``'s extraction regions, in text order."""
    lex = lex or lexicon()
    f = _Finder(doc, lex, carry_sentences=carry_sentences, min_quote_words=min_quote_words, max_gap=max_gap)
    folded = f.folded
    out: list[QuoteSpan] = []
    last: _Last | None = None
    # the last speaker named with others joined to it ("أكد كل من X و Y أن …"), and those others: a dual or plural verb
    # after it ("وأضافا أن …") carries them all (session 41)
    pair: tuple[Source, list[Source]] | None = None
    part = None
    part_lo = 0
    # speech verbs and acts whose subject the next region with a cue may carry, with their region's bounds (None: the
    # acts of a whole cue-less region, found only then)
    pending: list[tuple[tuple[int, int, bool] | None, int, int]] = []
    # the folded spans of the ORGs: a cue word inside one is part of its name ("شركة نقل تونس": نقل is no "reported")
    orgs = sorted(span for e, span in entity_spans(doc) if e.label == "ORG")
    org_starts = [o[0] for o in orgs]
    for region in doc.extraction_regions():
        lo, hi = doc.to_normalized(region.start, region.end)
        if region.part != part:
            part, last, pair = region.part, None, None
            f.earlier.clear()
            pending.clear()
            part_lo = lo
        hits = []
        events_items: dict[int, _Item] = {}
        for m in lex.cue_re.finditer(folded, lo, hi):
            name = "cue" if m.group("cue") is not None else "att"
            s, e = m.span(name)
            pre = m.group("pre") or _detached_conj(folded, s, lo)
            if name == "att":
                e = m.end()
                key = " ".join(folded[s:e].split())
            else:
                key = " ".join(m.group(name).split())
            cue = lex.cues.get(key)
            if cue is not None and not (key in _NAMED_FOLDED and _named(doc, s, e)) \
                    and not (cue.kind == "participle" and _role_in_construct(f, key, e)) \
                    and not (cue.kind == "participle" and not pre and _adjective_reading(folded, s, e)) \
                    and not _in_org(orgs, org_starts, s - len(pre), e) \
                    and not (cue.kind == "past" and not pre and _after_verbal_noun_head(folded, s)) \
                    and not (not pre and _no_verb_reading(folded, s, e, key)) \
                    and not _considered_reading(folded, s, e, pre, cue, lex) \
                    and not (cue.posted and not f.posted_verb(s - len(pre), e,
                                                              f.sentence_bounds(s, lo, hi)[1])):
                # (a verb of posting only with where it was posted: "ونشر المحامي … على صفحته "…"", not "نشرت
                # الوزارة بيانا", "دون أن")
                if cue.events_only:  # "وتحدث المرصد عن مقتل …": a cue only with its claim (session 30b)
                    reported = f.masdar_item(s, e, pre, cue, lo, hi) or f.about_event_item(s, e, pre, cue, lo, hi)
                    if reported is not None:
                        events_items[s] = reported
                    elif _about_at(folded, e, min(f.sentence_bounds(s, lo, hi)[1], e + _ABOUT_REACH), quoted=True) < 0:
                        continue  # (or its quotation after عن: 'وتحدثت الحاكمة … عن "كارثة غير مسبوقة"'; session 46b)
                elif cue.calls_only:  # "…، داعيا إلى …": a cue only with what it calls for (session 48)
                    called = _call_complement(f, s, e, pre, cue, lo, hi)
                    if called is None:
                        continue
                    events_items[s] = called
                hits.append((s, e, pre, cue))
        colon = _colon_claims(f, lo, hi) if _has_colon(folded, lo, hi) else []
        if _has_dash(folded, lo, hi):
            colon = sorted([*colon, *_dash_claims(f, lo, hi)], key=lambda c: c[0])
        if not hits:  # no cue, no claim but a headline's: the region's quotation marks need not be read
            out.extend(_span(doc, cs, ce, it, _after_lam(f, src), region.part) for cs, ce, it, src in colon)
            # a speech act's subject speaks the claims of the paragraphs after it ("دعت المحكمة العليا إلى …" ¶
            # "وأضافت أن …"): read when a later region has a cue (no speaker is indexed for a cue-less article)
            pending.append((None, lo, hi))
            continue
        for act, act_lo, act_hi in pending:
            for one in f.speech_acts(act_lo, act_hi)[0] if act is None else (act,):
                last = _moved(f, last, _named_speaker(f, one, last, act_lo, act_hi))
        pending.clear()
        quotes = find_quotations(folded, lo, hi)
        if any(folded[e:e + 3].lstrip(_COLON_SPACES)[:1] in _OPENING_MARKS
               or (_lemma_key(cue.lemma) in _ABOUT_QUOTE_VERBS
                   and _about_at(folded, e, min(hi, e + _ABOUT_REACH), quoted=True) >= 0)
               for _, e, _, cue in hits):
            quotes = sorted([*quotes, *_open_quotations(f, quotes, hits, lo, hi)], key=lambda q: q.open)
        quotes_at = {q.open: q for q in quotes}
        # (not an ambiguous cue's without و/ف: "وأكد الاتفاق الموقع بين البلدين أن …" is أكد's claim)
        cue_starts = {s for s, _, pre, cue in hits if cue.kind != "phrase" and (pre or not cue.ambiguous)}
        # with a verb's word start when a conjunction is attached ("وأضاف"): after a quotation, such a
        # verb takes the complementizer that follows (not a participle: "ومقره" is "and its seat"
        # far more often than "ومقرة")
        next_cues = cue_starts | {s - len(pre) for s, _, pre, cue in hits if cue.kind in ("past", "present")}
        # the word starts of the past verbs joined by و/ف, with the words before them that a verb
        # before them left (see :meth:`_Finder.anchor`)
        shared: dict[int, list[Tok]] = {s - len(pre): [] for s, _, pre, cue in hits
                                         if cue.kind == "past" and pre and not cue.ambiguous}
        items: list[_Item] = []
        for s, e, pre, cue in hits:
            if cue.events_only:
                item = events_items.get(s)
                if item is None:  # its quotation right after عن, nothing else (see ``about_quote_verbs``)
                    item = f.anchor(s, e, pre, cue, lo, hi, quotes_at, cue_starts, next_cues, shared)
                    if item is not None and (item.kind != "direct" or not item.zone or item.zone[-1].text != "عن"):
                        item = None
            elif cue.calls_only:  # after a claim of its sentence, whose speaker it goes on with (as below)
                item = events_items[s] if any(o.kind != "source" and f.sentence(o.start) == f.sentence(s)
                                              for o in items[-2:]) else None
                if item is not None and _OPENING_MARKS.intersection(folded[item.content_start:item.content_start + 12]):
                    # 'مطالبا … بضرورة "فتح تحقيق …"': the quotation, as after any participle
                    quoted = f.anchor(s, e, pre, cue, lo, hi, quotes_at, cue_starts, next_cues, shared)
                    opened = quotes_at.get(item.content_start)
                    if (quoted is None or quoted.kind != "direct") and opened is not None \
                            and opened.words >= f.min_quote_words:
                        # (after ل, which the anchor reads as an outlet's: 'داعيا هياكله ل"الاستعداد التام …"')
                        quoted = _Item(s, e, cue, pre, "direct", [], quote=opened)
                    item = quoted if quoted is not None and quoted.kind == "direct" else item
            elif cue.kind == "phrase":
                item = f.phrase_item(s, e, pre, cue, lo, hi)
            else:
                # (a cause verb's cause first: "وأرجع بيان … سبب ترحيله إلى "…"" is no quotation of the verb's own)
                causal = _lemma_key(cue.lemma) in _CAUSE_VERBS
                cause = f.cause_item(s, e, pre, cue, lo, hi) if causal else None
                item = cause or f.anchor(s, e, pre, cue, lo, hi, quotes_at, cue_starts, next_cues, shared)
                if item is not None and cause is None and item.kind != "indirect" and causal:
                    item = None  # (a quotation far after it is no cause verb's: only its cause or its أن)
                if item is not None and folded[s:e] in lex.impersonal and not _names_speaker(f, item):
                    item = None  # "يذكر أن", "وقد تبين لاحقا أنه": the outlet's own background
                if item is None and not pre and cue.kind in ("past", "present"):
                    item = _post_posed(f, s, e, cue, quotes, lo, hi)
                if item is None and cue.kind in ("past", "present") and _lemma_key(cue.lemma) in _MASDAR_VERBS:
                    item = f.masdar_item(s, e, pre, cue, lo, hi) or f.about_event_item(s, e, pre, cue, lo, hi)
                if item is None and cue.kind in ("past", "present") and _lemma_key(cue.lemma) in _EXHORTING_VERBS:
                    item = f.exhortation_item(s, e, pre, cue, lo, hi)  # "أكد النواب ضرورة …" (session 47)
                if item is None and cue.kind == "past" and _lemma_key(cue.lemma) in _OBJECT_PREDICATE_VERBS:
                    item = f.considered_item(s, e, pre, cue, lo, hi)  # "اعتبر فلان التحركات … مؤامرة" (session 47)
                if item is None and cue.kind in ("past", "present") and _lemma_key(cue.lemma) in _ACCUSATION_VERBS:
                    item = f.accusation_item(s, e, pre, cue, lo, hi)
                if item is None and cue.kind == "past" and not pre:
                    item = _as_said(f, s, lo, hi)
                if item is None and cue.kind in ("past", "present") and not pre:
                    item = _said_after(f, s, e, cue, lo, hi) \
                        or _said_aside(f, s, e, cue, lo, hi)  # "…، تضيف الجمعية.", "…، يقول المصدر، …"
                if item is None and cue.kind == "participle" and any(
                        o.kind != "source" and f.sentence(o.start) == f.sentence(s) for o in items[-2:]):
                    # "وأضاف الوزير أن …، مشددا على ضرورة الحذر": after a claim of its sentence, whose speaker it
                    # goes on with (not after a verb that claims nothing: "وأعرب فلان عن اعتزازه …، مبرزا أهمية …")
                    item = _participle_complement(f, s, e, pre, cue, lo, hi)
            if item is not None:
                items.append(item)
        items = _merge_phrases(items, f)
        for it in items:
            it.trails = _outlet_trail(f, it, quotes, lo, hi)
        item_starts = {it.start for it in items}
        hit_starts = {s - len(pre) for s, _, pre, _ in hits} | set(f.speech_acts(lo, hi)[1])
        # a speaker's own tail inside the claim, not before another cue ("…، حسب توصيفه، صعوبات كبيرة …")
        mid_tails = {id(it) for it in items if it.kind == "source"
                     and (nxt := _mid_tail_next(f, it, lo, hi)) is not None and nxt not in hit_starts}
        stops = sorted([it.start - len(it.pre) for it in items if _is_stop(it, folded) and id(it) not in mid_tails]
                       + [link for it in items if not it.pre and it.kind != "source"
                          and (link := _contrast_link(folded, it.start)) is not None
                          and _one_verb_before(f, hits, link, lo, hi) and not _others_of_report(folded, it.end)]
                       + [s - len(pre) for s, _, pre, cue in hits
                          if s not in item_starts and _verb_after_comma(folded, s, pre, cue)]
                       + [s for s in f.speech_acts(lo, hi)[1] if _after_comma(folded, s)])
        # a reporting participle with no clause of its own ends the claim before it ("…، مشيرا إلى سعيهم
        # …"), not the clause a trailing source phrase is attached to ("…، معتبرا إياها تقهقرا، حسب …")
        claim_stops = sorted(stops + [s for s, e, pre, cue in hits
                                      if s not in item_starts and _participle_clause(folded, s, e, pre, cue)])
        # the end of each source phrase by the stop it makes
        phrase_ends = {it.start - len(it.pre): it.phrase_end for it in items if it.kind == "source"}
        claims: list[tuple[int, int, _Item, Source | None]] = list(colon)  # folded content span, item, source
        ends: list[int] = sorted(ce for _, ce, _, _ in colon)  # the claims' content ends, sorted
        taken_quotes = {id(it.quote) for it in items if it.quote is not None}
        # the verbs of speech acts and the speech verbs with no claim of their own, whose subjects are named
        # speakers too: "وتعهد الأسد باستعادة … وقال إن …", "انتقد الإعلامي فلان … وأوضح أن …"
        namers = sorted([(s, e, present) for s, e, present in f.speech_acts(lo, hi)[0]]
                        + [(s, e, cue.kind == "present") for s, e, pre, cue in hits
                           if s not in item_starts and cue.kind in ("past", "present") and not cue.ambiguous])
        k_named = 0
        for it in items:
            while k_named < len(namers) and namers[k_named][0] < it.start:
                last = _moved(f, last, _named_speaker(f, namers[k_named], last, lo, hi))
                k_named += 1
            src: Source | None = None
            if it.kind == "source":
                if it.source is not None:
                    src = it.source
                elif id(it) in mid_tails and (inside := next(
                        (other for cs, ce, other, _ in claims if cs < it.start < ce and other.kind != "source"),
                        None)) is not None:
                    if inside.tail is None:  # "كما أكد … الذي يشكو، حسب توصيفه، صعوبات كبيرة …": its tail
                        inside.tail = it
                    continue
                elif it.pronoun or it.has_verb:
                    src = _tail_subject(f, it, last, lo, hi) if it.pronoun else None
                    src = src or _carried_to(f, last, it)
                    if src is not None and it.pronoun and _document(f, src):
                        src = None  # "وفقا للأرقام الأولية، وهو ما يبرز، حسب رأيه، أن …": his, not the figures'
                    number = _pronoun_number(folded, it) if it.pronoun else None
                    if number is not None:
                        src = _of_number(f, src, it, number, lo, hi)
                    elif src is not None and it.pronoun and _many(f, src):
                        src = None  # "وقال ناشطون إن …، حسب قوله": not them
                    elif src is None and it.pronoun:
                        src = _sentence_person(f, it.start, lo, hi)
                # ("…، معتبرا إياها تقهقرا، حسب تعبيره": the speaker's words from the participle on)
                span = _source_content(f, it, lo, hi, claim_stops if it.pronoun else stops, phrase_ends, quotes,
                                       claims, mid=id(it) in mid_tails)
                if span is None:
                    if it.pronoun:  # "…، حسب قوله" after the speaker's own claim: that claim's tail
                        for earlier in _claims_before(folded, it, claims):
                            earlier.tail = it
                    continue
                cs, ce = span
            else:
                if it.source is not None:
                    src = it.source
                elif it.cue.kind != "participle":
                    if _lemma_key(it.cue.lemma) in _OATH_VERBS:  # "وأقسم المتهم بالله أنه …": not by what he swears
                        it.zone = it.zone[:next((k for k, t in enumerate(it.zone) if t.text in _OATHS), len(it.zone))]
                    src = speaker_after(it.zone, folded, f.mentions, lex)
                    if src is not None and _judged_object(f, it, src):
                        src = None  # "واعتبر مشروع تونس … "تعدّيا …"": the thing judged, not who judges it
                    if src is not None:
                        # "وأعلنت وزارة الداخلية ووزارة الدفاع أن …"
                        it.co = _joined_after(f, it.zone, src, _agreement(folded, it) in ("dual", "plural")
                                              or _each_of(it.zone))
                    relayed = None
                    if src is not None and _lemma_key(it.cue.lemma) in _RELAY_VERBS:
                        relayed = _relayed(f, it.zone, src)  # "نقلت وكالة X عن مصدر أمني قوله إن"
                    elif src is not None and _lemma_key(it.cue.lemma) in _LEARN_VERBS and src.type == "media":
                        relayed = _relayed(f, it.zone, src, "من")  # "علمت الجوهرة أف أم من مصدر أمني أن"
                    if relayed is not None:
                        it.via, src = src, relayed  # (the relay kept as ``via``: session 31b)
                    if src is not None and src.layer == "phrase" and src.type == "person":
                        src = _apposed_after(f, it.zone, src) or src
                    if src is not None and _guest(folded, src) and last is not None:
                        src = _guest_named(f, _carried_to(f, last, it)) or src
                if src is None and (zone := shared.get(it.start - len(it.pre))):
                    src = speaker_after(zone, folded, f.mentions, lex, fallback=False)
                    if src is not None:
                        # the shared subject cut before the first verb's object ("واتهم الوزير المعارضة بالتحريض،
                        # وقال إن …" → "الوزير"); none when it is that object ("وأعلم السلطات بارتكابه لحادث،
                        # وقال إن …": the authorities were told, the one who told them speaks; ANT 8172)
                        src = _before_object(_subject_only(src, zone, lex), zone, lex)
                        if _is_object(_verb_before(folded, zone[0].start), src, zone):
                            src = None
                no_one = False  # an impersonal reading in a relative clause: no speaker, none carried over
                impersonal = False  # an impersonal reading: no gender of its own
                if src is None and it.pre and it.cue.kind == "present" and not it.post_posed \
                        and folded[it.start:it.end] in _IMPERSONAL_READINGS:
                    impersonal = True  # "ويُرجّح أن تكون الوفاة …", "ويتوقع أن يصاب …": no one's words
                if src is None and not it.pre and it.cue.kind in ("past", "present") and not it.post_posed:
                    s_start, _ = f.sentence_bounds(it.start, lo, hi)
                    k = bisect_right(ends, it.start)  # the last claim's end at or before the cue
                    prev_end = max(ends[k - 1], s_start) if k else s_start
                    before = words(folded, max(prev_end, it.start - 200), it.start)
                    verb = folded[it.start:it.end]
                    if verb in _IMPERSONAL_READINGS:
                        # "يرجح أن", "يتوقع أن" with no subject after: "it is likely/expected", no one's words
                        # before ("رفع المخزن الذي يرجح أن يكون …", "موجات جفاف يرجح أنها …")
                        no_one = after_relative(before)
                        impersonal = True
                    elif not (it.cue.kind == "present" and folded[it.start:it.start + 1] == "ن"):
                        # (a verb in the first person has no subject before it: 'ضيف برنامج "بوليتيكا" اليوم "
                        # نعتبر أن …"' is the quoted speaker's "we")
                        src = speaker_before(before, folded, f.mentions, lex, sentence_start=s_start,
                                             agreement=_agreement(folded, it))
                        if src is not None and _agreement(folded, it) in ("dual", "plural"):
                            # "وزارة الأمن الداخلي ومديرية الاستخبارات أعلنتا أن …": both speak
                            src, it.co = _joined_before(f, before, src, s_start)
                if src is None and it.cue.kind == "past" and it.zone and it.zone[0].text in _IN_IT \
                        and not _after_relative_pronoun(folded, it.start - len(it.pre)):
                    src = _sentence_subject(f, it.start, lo, hi)  # "أصدرت الوزارة اليوم بيانا …، أكدت فيه أنه …"
                if src is None and it.cue.kind == "past" and not it.pre and _after_clause_link(folded, it.start) \
                        and (not it.zone or it.zone[0].text in it.cue.preps or it.zone[0].text in lex.zone_cutters):
                    # (not with a subject no list knows after the verb: "، حيث أكدت السلط الجهوية للمحتجين …")
                    # "وكان عماد الطرابلسي استعرض برنامج الوزارة، إذ أشار إلى أن …": the sentence's subject
                    src = _sentence_subject(f, it.start, lo, hi)
                    if src is not None and not _agrees(folded, it, src, lex):
                        src = None
                if src is None and it.cue.kind == "past" and _verb_after_comma(folded, it.start, it.pre, it.cue) \
                        and (not it.zone or it.zone[0].text in it.cue.preps or it.zone[0].text in lex.zone_cutters) \
                        and (last is None or last[1] != f.sentence(it.start)):
                    # "وتبنت الحركة … الهجوم في بيان …، وزعمت أنها قتلت 47 جندياً": the subject of the verb that opens
                    # the sentence, when no claim of the sentence came before (then it is carried)
                    src = _sentence_subject(f, it.start, lo, hi)
                    if src is not None and (not _agrees(folded, it, src, lex) or not _same_gender(f, it, lo, hi)):
                        src = None  # ("وقصف الجيش مواقع الحركة، وزعمت أنها …": the movement, not the army)
                if src is None and it.follows:
                    # the speaker of its sentence's first claim, not of one told inside it ("قال فلان أن التصريحات
                    # الأخيرة لرئيس الحزب "…تؤكد…"، مؤكدا صحة الاتهامات": فلان's)
                    here = f.sentence(it.start)
                    for c in reversed(claims):  # (back to the sentence's start only: no scan of the whole region)
                        at = f.sentence(c[2].start)
                        if at < here:
                            break
                        if at == here and c[3] is not None and c[2].kind != "source":
                            src = c[3]
                if src is None and it.cue.kind == "participle":
                    src = _main_speaker(f, hits, item_starts, claims, it.start, lo, hi)
                    if src is None and (last is None or last[1] != f.sentence(it.start)):
                        src = _sentence_subject(f, it.start, lo, hi)  # "وزار الرئيس المستشفى، مؤكدا أن …"
                    if src is not None and src.layer == "phrase" and " " not in folded[src.start:src.end] \
                            and last is not None:
                        src = _same_one(f, _carried_to(f, last, it), src) or src  # "النائبة" alone: the one named
                if src is not None and it.cue.kind == "participle" and _guest(folded, src) and last is not None:
                    # "ووجه ضيف بوليتيكا … انتقادات …، مؤكدا أنه …": the person named before
                    src = _guest_named(f, _carried_to(f, last, it)) or src
                if src is None and it.pre and it.cue.kind == "past" and not it.post_posed:
                    # "غير أنّ صحفيا بوكالة "أسوشيتد برس" كشف سرّ هذا الزرّ و بيّن أن …": a verb joined by و to a
                    # verb whose subject stands before it (SVO) shares that subject, not the first verb's object
                    src = _svo_subject(f, it, lo, hi, ends)
                passive = it.cue.kind == "passive" or (it.cue.kind == "past" and _written_passive(f.doc, it)) \
                    or (impersonal and src is None and _written_passive(f.doc, it))
                if src is None and not passive and not no_one:
                    # (an impersonal reading with و takes a speaker only from a claim of its own sentence or one
                    # it is inside: "وأشار بن يحي أن … ويتوقع أن …", not "وقال العرفاوي إن …" ¶ "ويتوقع أن تستأنف
                    # الأشغال …")
                    src = (f.carried(last, it.start) if not it.pre or _near_claim(f, last, it, claims)
                           else None) if impersonal else _carried_to(f, last, it)
                    if src is not None and not _agrees(folded, it, src, lex):
                        src = None  # "وصرحا أنهما …" after "وأفادت الوزارة": another speaker
                    if src is None and not impersonal and f.carried(last, it.start) is None:
                        src = _story_subject(f, it, lo, part_lo)  # "وتحدث الوزير عن …" ¶ "وأكد في تصريح أن …"
                    if src is None and not impersonal and it.pre and _agreement(folded, it) == "plural":
                        src = _plural_carried(f, it, claims, lo, hi)  # "وقال شهود إن … بينما قالت الشرطة …" ¶ "وأضافوا"
                if pair is not None and not passive and not it.co and last is not None and pair[0] is last[0] \
                        and _joined_form(folded, it, len(pair[1])):
                    # "اعتبر كل من X و Y أن …" ¶ "وبينا أن …", "…، مبرزين أن …": the pair, carried together
                    if src is None and it.cue.kind != "participle" and f.carried(last, it.start) is not None:
                        src = last[0]
                    if src is not None and (src.start, src.end) == (last[0].start, last[0].end):
                        src, it.co = last[0], list(pair[1])
                if passive:
                    src = None  # "قيل إن", "وأُعلن أن", "وذُكر أن": no one named, none carried over
                if _lemma_key(it.cue.lemma) in _RELAY_VERBS and it.zone \
                        and it.zone[0].text == "عن":
                    # "ونُقل عن مسؤول عسكري قوله إن …", "كما نقل عن مصادر مطلعة أن …": whose words are relayed
                    # (the relay's own subject carried or before it passes them on, as "نقلت وكالة X عن Y")
                    rest = it.zone[1:]
                    said = next((i for i, t in enumerate(rest) if lex.speech_noun(t.text) is not None), len(rest))
                    src = speaker_after(rest[:said], folded, f.mentions, lex, fallback=False) or src
                if _lemma_key(it.cue.lemma) in _ATTRIBUTE_VERBS:
                    src = _attributed(f, it.zone)  # "ونسبت الصحيفة إلى مسؤول قوله إن …": the official's words
                    if src is None:
                        continue  # "نسبت في السابق إلى كوريا الشمالية", "نسب النمو": no claim
                elif _lemma_key(it.cue.lemma) in _RELAY_VERBS and not passive:
                    # "ونقل زوار نبيه بري عنه قوله إن …": the one they visited; "ونقل عنه مقربون": the one before
                    src = _companions_relayed(f, it.zone, f.carried(last, it.start)) or src
                if it.quote is not None:
                    cs, ce = trim(folded, it.quote.start, it.quote.end)
                else:
                    cs = it.content_start
                    ce = f.clause_end(cs, lo, hi, claim_stops, quotes, it.start)
                    if it.kind == "indirect" and count_words(folded, cs, ce, 2) < 2:
                        continue
                    whole = _quoted_clause(f, quotes, cs, ce) if it.kind == "indirect" else None
                    if whole is not None and id(whole) not in taken_quotes:
                        it = _nested(it, whole)  # 'وأضاف أنه "تم التنبيه على …"': one claim, the quoted one
                        cs, ce = trim(folded, whole.start, whole.end)
                        taken_quotes.add(id(whole))
            if ce <= cs:
                continue
            if folded[it.start:it.end] in _REALIZED and (src is None or src.start < it.start):
                continue  # "ولكنه بعد ذلك تنبه إلى أن …": he realized, no one warned (one who warns follows it)
            if src is not None and _mute(f, src):
                # "كما توضح الصورة أن …", "وتشير الدلائل إلى أن …": a thing that shows, no one who says; the
                # subject of a relative clause's verb is the one before it ("وقالت الشرطة التي كشفت صور المنفذين إن")
                src = _antecedent_speaker(f, it, lo) if it.kind != "source" else None
                if src is None:
                    continue
            if src is None and it.kind == "indirect" and not it.pre and it.cue.kind == "present" \
                    and (link := _contrast_link(folded, it.start)) is not None:
                # "ويقول نواب معارضون إن العطلة غير لائقة … كما توضح أن ترودو بعيد …": a verb with no subject of
                # its own, whose speaker could not be carried, tells of a thing inside the claim before: that
                # claim goes on
                outer = next((h for h in range(len(claims) - 1, -1, -1) if claims[h][2].kind == "indirect"
                              and claims[h][2].quote is None and claims[h][0] < link
                              and not folded[claims[h][1]:link].strip(" ،,")), None)
                if outer is not None:
                    ends.remove(claims[outer][1])
                    claims[outer] = (claims[outer][0], ce, claims[outer][2], claims[outer][3])
                    insort(ends, ce)
                    continue
            # (a cue inside another claim's words is that speaker's report of someone, no new speaker for the
            # claims after it: 'قال الوزير إن تونس تتابع …' ¶ "وأكد أن …" is the minister's)
            # (data, documents and places inside a speaker's words: "وأوضح فلان أن الأرقام الرسمية تشير إلى أن …،
            # مبينا", "وقال السيسي انه طبقا لاحصاءات الجهاز …"; not a person the claim tells of: "أكدت الشرطة أنها …
            # فقد اعترف المتهم بأنه …" ¶ "حيث أكد أنه …" is the accused's; nor an outlet, nor a past verb with و/ف,
            # which starts a clause of its own: "وقالت الصحيفة "إن …"، وذكر التلفزيون الرسمي أن …، لافتا" is the
            # television's; not inside a quotation either, whose marks can pair wrongly)
            nested = src is not None and src.type not in ("person", "media") \
                and src is not (last[0] if last else None) and not (it.pre and it.cue.kind == "past") \
                and any(c[2].kind == "indirect" and c[2].quote is None and c[0] <= it.start < c[1]
                        and f.sentence(c[2].start) == f.sentence(it.start) for c in claims)
            claims.append((cs, ce, it, src))
            insort(ends, ce)
            if src is not None and not nested and not it.document_text:
                gender = _claim_gender(folded, it)
                if gender is None and last is not None and src is last[0]:
                    gender = last[2]  # carried to a plural or a colon: still the one named before
                last = _moved(f, last, (src, f.sentence(it.start), gender))
                pair = (src, list(it.co)) if it.co else pair \
                    if pair is not None and (pair[0].start, pair[0].end) == (src.start, src.end) else None
            if it.kind == "indirect":  # quotations inside an indirect claim: the same speaker's words
                for q in f.quotes_opening(quotes, cs, ce):
                    if cs <= q.open and q.close < ce and q.words > f.min_quote_words and id(q) not in taken_quotes \
                            and not f.titled(q):  # (not a title: 'أحيلوا بتهمة "التعذيب …"')
                        qs, qe = trim(folded, q.start, q.end)
                        if qe > qs and not _quoted_list(folded, qs, qe):
                            claims.append((qs, qe, _nested(it, q), src))
                            insort(ends, qe)
                            taken_quotes.add(id(q))
        # those after the region's last claim speak the next paragraph's ("كشفت صحيفة الخبر عن …" ¶ "وأضافت أن …")
        # (not a verb inside a claim: "… في ليبيا وإنهم نقلوا جوا إلى إيطاليا", "تصريحاته التي انتقد فيها …")
        pending.extend((act, lo, hi) for act in namers[k_named:]
                       if not any(cs <= act[0] < ce for cs, ce, _, _ in claims))
        claims.sort(key=lambda c: (c[0], c[2].start))
        seen: set[tuple[int, int, int]] = set()
        spoken: dict[tuple[int, int, tuple[int, int] | None], tuple[int, _Item]] = {}  # one claim of a text per speaker
        # the claims of a verb with a speaker, by their span: a trailing source phrase of the same words is how the
        # text came (session 32b)
        told: dict[tuple[int, int], tuple[int, _Item, Source]] = {}
        for cs, ce, it, src in claims:
            done = (cs, ce, it.start)
            if done in seen:
                continue
            seen.add(done)
            src = _after_lam(f, _whole_name(f, src))
            if src is not None and src.type in ("organisation", "media") and src.layer != "groups":
                # the adjectives of its name and where it stands ("صحيفة لوبوان الفرنسية"; session 30b)
                src = institution_completed(src, words(folded, src.end, min(len(folded), src.end + 120)), folded,
                                            f.mentions, lex, _WITH_B_EVENTS)
            teller = told.get((cs, ce))
            if teller is not None and it.kind == "source" and it.start >= ce and src is not None:
                at, v_it, v_src = teller
                if src.type == "media" and v_it.via is None and (v_src.start, v_src.end) != (src.start, src.end):
                    # "قال فلان إن …، وفق ما نقلته وكالة رويترز": the outlet relays the verb's speaker, no second claim
                    v_it.via = src
                    out[at] = _span(doc, f.past_dateline(cs, ce, lo), ce, v_it, v_src, region.part)
                    continue
                if it.document_text and v_it.tail is None:
                    # "وأكدت الوزارة أن …، وفق نص البيان": the speaker's own text, its tail
                    v_it.tail = it
                    out[at] = _span(doc, f.past_dateline(cs, ce, lo), ce, v_it, v_src, region.part)
                    continue
            spoken_key = (cs, ce, None if src is None else (src.start, src.end))
            other = spoken.get(spoken_key)
            if other is not None:
                if _said_again(other[1], it, cs):
                    out[other[0]] = _span(doc, f.past_dateline(cs, ce, lo), ce, it, src, region.part)
                    spoken[spoken_key] = (other[0], it)
                continue
            spoken[spoken_key] = (len(out), it)
            if it.kind != "source" and src is not None and it.quote is None:
                told.setdefault((cs, ce), (len(out), it, src))
            out.append(_span(doc, f.past_dateline(cs, ce, lo), ce, it, src, region.part))
    # the finder's document-wide tables (the speakers' mentions, sentence bounds, places) and the entities' spans and
    # indexes are read no further: a long document's are megabytes, dropped before the read-backs below, in which the
    # stage peaked (5 MB: 6 MB of traced memory over the finder's; issue #18)
    del f
    for key in (ENTITY_SPANS, *_FINDER_MEMOS):
        doc.memo.pop(key, None)
    _same_sources(doc, lex, out)
    _role_anaphors(doc, lex, out)
    _org_anaphors(doc, lex, out)
    return out


#: The facts of the document's memo only the finder reads (:func:`_entity_index`, :func:`_entity_starts`,
#: :func:`_person_starts`): dropped when its claims are found, not kept through the read-backs (``text_source`` is
#: the claims' own).
_FINDER_MEMOS = ("attribution.entity_index", "attribution.entity_starts", "attribution.person_starts")

#: Forms of a reporting verb that are also a verb of realizing (``realized_forms``): with no speaker, no claim.
_REALIZED = word_set("realized_forms")

#: "In it" after a verb: the document its sentence's subject issued ("أصدرت الوزارة بيانا أكدت فيه أن …").
_IN_IT = word_set("in_it_pronouns")

#: Verbs whose subject passes on another's words, named after "عن" ("نقلت وكالة X عن مصدر أمني قوله").
_RELAY_VERBS = word_set("relay_verbs")

#: Verbs of attributing: a claim only with the one after "إلى" ("ونسبت الصحيفة إلى مسؤول قوله إن").
_ATTRIBUTE_VERBS = word_set("attribute_verbs")

_LEARN_VERBS = word_set("learn_verbs")

#: What one swears by, which ends the speaker after a verb of oath (``oath_words``, ``oath_verbs``).
_OATHS = word_set("oath_words")

_OATH_VERBS = word_set("oath_verbs")

_NAMED_FOLDED = word_set("named_forms")

_IMPERSONAL_READINGS = word_set("impersonal_readings")

#: The verbs whose claim can be a verbal noun with no أن (``masdar_verbs``, folded lemmas).
_MASDAR_VERBS = word_set("masdar_verbs")
_OBJECT_PREDICATE_VERBS = word_set("object_predicate_verbs")
_TIME_WORDS = word_set("time_words")
_MANNER_WORDS = word_set("manner_adverbs")
_SAID_IN_WORDS = word_set("said_in")
_PREPOSITION_WORDS = word_set("pronoun_prepositions")


def _judged_object(f: _Finder, it: _Item, src: Source) -> bool:
    """Is the speaker read after a verb of judging (``object_predicate_verbs``) the thing judged, its subject dropped
    or standing before the verb ('واعتبرت الخطة "منطلقا جيدا …"', 'ترامب يعتبر السلام في الشرق الأوسط "ذا أولوية
    عليا"', 'بيانا …، اعتبر مشروع تونس لحماية حدودها "تعدّيا …"')?  It is when nothing of a person names it and
    the quotation right after it opens with an indefinite accusative, what the thing is judged to be: with a subject
    that word would be the object (session 47b)."""
    if it.quote is None or _lemma_key(it.cue.lemma) not in _OBJECT_PREDICATE_VERBS or not it.zone \
            or (src.layer == "entities" and src.type == "person"):
        return False
    rest = [t for t in it.zone if t.start >= src.end]
    if (rest and not (rest[0].text in _PREPOSITION_WORDS or rest[0].text.startswith(LAM))) or any(
            not t.is_word or t.text in _SAID_IN_WORDS or t.text in f.lex.cues for t in rest):
        return False  # (only its own complement after it: "السلام في الشرق الأوسط", "مشروع تونس لحماية حدودها")
    lex = f.lex
    if any(lex.head(w) == "person" or lex.head(w.removeprefix(ARTICLE)) == "person"
           for w in f.folded[src.start:src.end].split()):
        return False
    first = f.folded[it.quote.start:it.quote.close].split()
    return bool(first) and _indefinite_accusative(first[0])


def _indefinite_accusative(word: str) -> bool:
    """Is ``word`` an indefinite noun or adjective in the accusative ("منطلقا", "تعديا", "عبءا"; "ذا" of ذو), no time
    or manner word ("أيضا", "مجددا") and no article?"""
    return word in _ACCUSATIVE_WORDS or (_accusative_form(word) and word not in _TIME_WORDS
                                         and word not in _MANNER_WORDS)
#: The verbs whose participle's verbal noun is a claim (``noun_participles``): their finite forms take a noun of
#: exhortation as a claim too ("أكد النواب ضرورة …"; session 47).
_EXHORTING_VERBS = word_set("noun_participles")

#: Verbs of an accusation: "اتهم X Y بـ + verbal noun" claims Y's deed (session 32).
_ACCUSATION_VERBS = word_set("accusation_verbs")
#: Verbs of a cause: "أرجع X Y إلى Z" claims Y's cause (session 42).
_CAUSE_VERBS = word_set("cause_verbs")


#: The most words between a joined verb's و and the verb before it (that verb's object).
_SVO_OBJECT_WORDS = 6


def _moved(f: _Finder, last: _Last | None, new: _Last | None) -> _Last | None:
    """``new`` as the last speaker, the one it replaces kept in ``f.earlier`` (when another speaker)."""
    if last is not None and new is not None and new[0] is not last[0]:
        f.earlier.append(last)
    return new


def _bare_words(folded: str, src: Source) -> set[str]:
    """The words of ``src`` without their article ("الوزير" and "وزير النقل" share "وزير")."""
    return {w[2:] if w.startswith("ال") and len(w) > 4 else w for w in folded[src.start:src.end].split()}


def _tail_subject(f: _Finder, it: _Item, last: _Last | None, lo: int, hi: int) -> Source | None:
    """The speaker of a tail with a singular pronoun ("… بحسب تعبيره", "حسب قولها") in a sentence that opens with a verb
    and names no claim before it: that verb's subject, a person of the pronoun's gender, named or a role alone ("وحث
    السفير الفرنسي المستثمرين … على الاستثمار في مدنين …، بحسب تعبيره" → "السفير الفرنسي"; session 42), not the
    speaker of a claim sentences before."""
    gender = _claim_gender(f.folded, it)
    if gender is None or (last is not None and last[1] == f.sentence(it.start)):
        return None
    s_start, _ = f.sentence_bounds(it.start, lo, hi)
    first = f.folded[s_start:s_start + 20].split(" ", 1)[0]
    if first[:1] not in "وف" and f.lex.speech_re.pattern.match(f.folded, s_start, None, SERIAL) is None:
        return None  # (a verb with و/ف or of a speech act: not the noun of "رفات الازهر الشرايطي كانت …، وفق تأكيدها")
    src = _sentence_subject(f, it.start, lo, hi, gender)
    if src is None or src.type != "person":
        return None
    carried = _carried_to(f, last, it)
    if carried is None or src.layer == "entities":
        return src
    # a role alone stands for the one named before ("وأشار الوزير …، حسب قوله" after "سمير الطيب"; "وتحدث الصحفي …"
    # after "الصحفي المغربي"), not for a role of other words ("سفير فرنسا" …، "وحث السفير الفرنسي …، بحسب تعبيره")
    said = f.folded[carried.start:carried.end].split()
    named = carried.layer == "entities" \
        or any(m.type == "person" for m in f.mentions.inside(carried.start, carried.end))
    if named or _bare_words(f.folded, src) <= _bare_words(f.folded, carried) \
            or (carried.type == "person" and said and f.lex.head(said[0]) is None):  # (a name: "الطيب", "فلفول")
        return None
    return src


def _svo_subject(f: _Finder, it: _Item, lo: int, hi: int, ends: list[int]) -> Source | None:
    """The subject before a past reporting verb (no و/ف of its own) that a verb joined to it by و shares: the verb
    before stands at most ``_SVO_OBJECT_WORDS`` words back in the same clause (no comma, mark or complementizer
    between), and its subject is read before it as "الجيش قال إن" is ("صحفيا بوكالة أسوشيتد برس كشف سرّ هذا الزرّ
    و بيّن أن …"); None when no such verb or subject stands there, or when the subject does not agree."""
    folded, lex = f.folded, f.lex
    s_start, _ = f.sentence_bounds(it.start, lo, hi)
    k = bisect_right(ends, it.start)
    prev_end = max(ends[k - 1], s_start) if k else s_start
    before = words(folded, max(prev_end, it.start - 300), it.start - len(it.pre))
    for j in range(len(before) - 1, max(-1, len(before) - 2 - _SVO_OBJECT_WORDS), -1):
        w = before[j].text
        if not before[j].is_word or w in lex.complementizers:
            return None
        cue = lex.cues.get(w)
        if cue is None or cue.kind != "past" or j == 0:
            continue
        if j + 1 >= len(before):
            return None  # (no object between: "كشف و بيّن" shares the subject after the first verb)
        src = speaker_before(before[:j], folded, f.mentions, lex, sentence_start=s_start,
                             agreement=_agreement(folded, it))
        return src if src is not None and _agrees(folded, it, src, lex) else None
    return None


#: Most words of each item of a quoted list, and the fewest items (session 40).
_LIST_ITEM_WORDS = 2

_LIST_ITEMS = 3


def _quoted_list(folded: str, start: int, end: int) -> bool:
    """Is a quotation a list of short items between commas, not words said ('ويتوفران بثلاثة أحجام للذاكرة هي "16
    جيجا، 64 جيجا ، 128 جيجا "', ANT 10117; a list of names or places)?"""
    items = re.split(r"[،,]", folded[start:end])
    return len(items) >= _LIST_ITEMS and all(0 < len(x.split()) <= _LIST_ITEM_WORDS for x in items)


def _verb_before(folded: str, pos: int) -> str:
    """The folded word right before ``pos`` without its و/ف: the verb whose words a joined verb shares."""
    before = folded[max(0, pos - 30):pos].split()
    return before[-1].lstrip("وف") if before else ""


def _span(doc: Document, cs: int, ce: int, it: _Item, src: Source | None, part: str) -> QuoteSpan:
    start, end = doc.to_original(cs, ce)
    cstart, cend = doc.to_original(it.start, it.end)
    cue = {"start": cstart, "end": cend, "text": doc.text[cstart:cend], "lemma": it.cue.lemma}
    source: dict[str, Any] | None = None
    stype: str | None = None
    if src is not None:
        src, role = _named_role(doc, it, src)
        ss, se = doc.to_original(src.start, src.end)
        source = {"start": ss, "end": se, "text": doc.text[ss:se], "layer": src.layer}
        if role is not None:  # "وقال عضو المكتب السياسي لحركة الشعب زهير المغزاوي": the name speaks, its role kept
            rs, re_ = doc.to_original(*role)
            source["role"] = {"start": rs, "end": re_, "text": doc.text[rs:re_]}
        if src.layer == "groups":
            source["id"] = src.id
        stype = src.type
        if it.co:  # the others joined by و: "وزارة الامن الداخلي ومديرية الاستخبارات اعلنتا أن …"
            source["coordinated"] = [_source_dict(doc, co) for co in it.co]
        if it.via is not None and src is not it.via:  # "نقلت وكالة الأنباء الفرنسية عن مصدر أمني أن …"
            source["via"] = _source_dict(doc, it.via)
    if it.tail is not None:  # "…، حسب قوله", "… على حد تعبيرها": the speaker's own tail after the claim
        ts, te = doc.to_original(it.tail.start, it.tail.phrase_end)
        cue["tail"] = {"start": ts, "end": te, "text": doc.text[ts:te], "lemma": it.tail.cue.lemma}
    kind = "indirect" if it.kind == "indirect" else "source" if it.kind == "source" else "direct"
    quote = QuoteSpan(start, end, "", kind=kind, cue=cue, source=source, source_type=stype,
                      part=part)  # type: ignore[arg-type]
    return sliced(quote, _text_source(doc))


def _text_source(doc: Document) -> SpanSource:
    """The document's text as the one :class:`SpanSource` of its claims."""
    return of_text(doc.memo, "attribution.text_source", doc.text, lambda: SpanSource(doc.text))


#: What a role is trimmed of: spaces and the commas around an apposed name.
_ROLE_EDGES = " \t\n\u00a0،,"

#: The most words of a role kept before the name of its speaker.
_ROLE_WORDS = 10

_ROLE_STOPS = word_set("time_words") | word_set("one_of_words") | relative_words()

_OWN_REPORTERS = word_set("own_reporters")

_UNNAMED_ADJECTIVES = word_set("unnamed_adjectives")  # ("مسؤول كبير في إدارة الرئيس الأميركي دونالد ترامب")

_RELATIONAL_HEADS = word_set("relational_heads")


def _named_role(doc: Document, it: _Item, src: Source) -> tuple[Source, tuple[int, int] | None]:
    """A named speaker and the role said before its name (folded offsets), one convention for both ways the finder
    names one: a role phrase that ends with a PER ("الناشط السياسي الطاهر بن حسين", "مراسلنا محمد العياري") is the
    PER with that role, and a PER right after its cue and role ("وقال عضو المكتب السياسي لحركة الشعب زهير
    المغزاوي إن") keeps the role. The role opens with a definite word, a word with a pronoun ("مراسلنا", "ناطقها
    الرسمي") or a head noun of a person, and its last word is definite (or a preposition's definite complement:
    "المدير الجهوي للصحة"), has a pronoun or ends an entity ("عمدة لندن"): not the construct whose genitive the name
    is ("محامي مبارك", "فريق ترامب", "غالبية انصار بلعيد"), not an unnamed source ("مسؤول كبير في إدارة الرئيس
    الأميركي دونالد ترامب"), "one of" nor a time."""
    if src.type != "person" or src.layer not in ("phrase", "entities"):
        return src, None
    lex = lexicon()
    missed = False  # a name the tagger left out ("وزيرة الطاقة هالة شيخ روحه"; session 41)
    apposed = False  # a name the tagger left out, read after its role and a comma ("وزير المالية السابق،جلول عياد")
    if src.layer == "phrase":
        starts = _entity_index(doc)[0].get(src.end, ())
        name = next(((m, src.end) for m in starts if src.start < m), None)
        if name is None:
            name = _missed_name(doc, src, lex)
            missed = name is not None
        if name is None:
            name = _name_after_comma(doc, src.end, lex)  # "قال الناطق الرسمي باسم وزارة الدفاع، العقيد فلان"
            missed = name is not None and name[0] not in _person_starts(doc)
        if name is None and it.kind != "colon" and it.end < src.start \
                and doc.folded[it.end:src.start].rstrip()[-1:] in _COMMA_MARKS:
            apposed, name = True, (src.start, src.end)  # (session 42)
            lo, hi = it.end, src.start
        elif name is None or _on_behalf_at(doc.folded, name[0]):
            return src, None  # (the tagger's "باسم الجيش المالي سليمان ديمبيلي": "on behalf of", no name)
        else:
            lo, hi = src.start, name[0]
    else:
        if it.start > src.start or it.kind == "colon":
            return src, None
        lo, hi = it.end, src.start
        if it.kind == "source" and it.has_verb:
            lo = _past_phrase_verb(doc.folded, lo, hi)  # "وفق ما أكده رئيس اللجنة، المنجي الرحوي"
        elif it.kind == "source":
            lo = _past_speech_noun(doc.folded, lo, hi, lex)  # "بحسب تصريح إعلامي للناطق …، ماهر البحري"
        name = (src.start, src.end)
    if src.layer == "entities":
        lo = _after_each(doc.folded, lo)  # "أكد كل من الكاتب العام … أحمد ابراهيم، و…": the role of the first named
    gap = doc.folded[lo:hi]
    role = gap.strip(_ROLE_EDGES)
    ws = role.split()
    titled = _titled_role(ws, lex)
    if titled:  # "المتحدث باسم الأمن الوطني، العقيد وليد حكيمة": the role, a comma and a title (session 45)
        ws = [w.rstrip(_ROLE_EDGES) for w in ws]
    if not ws or len(ws) > _ROLE_WORDS or (len(ws) > 1 and ws[1] in _UNNAMED_ADJECTIVES) \
            or any(not w.isalpha() or w in _ROLE_STOPS for w in ws):
        return src, None
    first, last = ws[0], ws[-1]
    os_, oe = doc.to_original(lo, hi)
    written = [w.rstrip(_ROLE_EDGES) for w in doc.text[os_:oe].strip(_ROLE_EDGES).split()]  # (as written: not
    # "ألفة", normalized "الفة")
    if len(written) != len(ws):
        return src, None
    person_head = lex.head(first) == "person" or lex.head(first[2:]) == "person" or first in _OWN_REPORTERS
    if (src.layer == "entities" or apposed) and not person_head:
        return src, None
    rs = lo + len(gap) - len(gap.lstrip(_ROLE_EDGES))
    re_ = rs + len(role)
    if not (_marked(first, written[0]) or person_head) or (first in _RELATIONAL_HEADS and len(ws) == 1) \
            or not (_marked(last, written[-1]) or _holds(_entity_index(doc)[1], re_)
                    or _prefixed_definite(written[-1])):
        return src, None
    if missed and not person_head:
        return src, None
    named = Source(name[0], name[1], "phrase" if missed else "entities", "person") \
        if src.layer == "phrase" and not apposed else src
    return named, (rs, re_)


#: The most words of a title after a role and its comma, before the name ("…، العقيد", "…، الدكتورة").
_TITLE_WORDS = 2


def _titled_role(ws: list[str], lex: Lexicon) -> bool:
    """Are the words of a role one phrase, a comma, and a title of a person's head ("المتحدث باسم الأمن الوطني،
    العقيد", "مديرة إدارة الصيدلة والدواء، الدكتورة") that stands before the name it goes with?"""
    commas = [k for k, w in enumerate(ws) if w[-1] in _COMMA_MARKS]
    if len(commas) != 1 or not 0 < len(ws) - commas[0] - 1 <= _TITLE_WORDS:
        return False
    return all(lex.head(w) == "person" or lex.head(w.removesuffix("ه")) == "person" for w in ws[commas[0] + 1:])


#: The most and fewest words of a name the tagger left out at the end of a role phrase.
_MISSED_NAME_WORDS = (3, 2)

#: A definite word after a preposition ("بالمهدية", "للنقابة", "بالجهة"): a role's complement that may end before a
#: name.
_PREFIXED_DEFINITE = ("بال", "لل", "وال")  # (not ف/ك + ال: "فالو", "كالفين" are names)


_ADDRESSEE_TITLES = word_set("addressee_titles")
#: The commas after a role before its name in apposition.
_COMMA_MARKS = ("،", ",")


def _prefixed_definite(written: str) -> bool:
    """Is a word as written a definite word after a preposition, not one spoken to ("للسيد", "للوزير")?"""
    pre = next((p for p in _PREFIXED_DEFINITE if written.startswith(p)), None)
    if pre is None:
        return False
    bare = lookup_key(written[len(pre):])
    return bare not in _ADDRESSEE_TITLES and lexicon().head(bare) != "person"


def _missed_name(doc: Document, src: Source, lex: Lexicon) -> tuple[int, int] | None:
    """The folded span of a person's name of two or three words that ends a role phrase the tagger tagged no name in
    ("وزيرة الطاقة هالة شيخ روحه", "الكاتبة العامة للنقابة منية الحمزاوي", "رئيس منطقة الحرس البحري بالجهة عامر
    الغربي"): its first word bare (no article, no preposition, no accusative ا), no word of it one the entities'
    gazetteer finds more often outside names than in them ("غير الشرعية", "على المرض"), a head noun, a time,
    a cue, a nisba, a relative or "one of" nor inside an entity (a person's head after the first: "شيخ روحه"), and the
    word before it definite, a preposition's
    definite complement or an entity's end (:func:`_named_role` checks the role); None when no such name ends it."""
    from ..entities.gazetteer import default_gazetteer  # (the entities stage has loaded it; read lazily)
    gaz = default_gazetteer()
    folded = doc.folded
    toks = [t for t in words(folded, src.start, src.end) if t.is_word]
    _, ends = _entity_index(doc)
    covered = _entity_starts(doc)
    for n in _MISSED_NAME_WORDS:
        if len(toks) < n + 1:
            continue
        name, before = toks[-n:], toks[-n - 1]
        os_, oe = doc.to_original(before.start, before.end)
        written = doc.text[os_:oe]
        if not (written.startswith("ال") or _prefixed_definite(written) or _holds(ends, before.end)):
            continue
        first = name[0].text
        if first.startswith(("ال", "لا", "با", *_PREFIXED_DEFINITE)) or first.endswith("ا") or len(first) < 3:
            continue  # (a preposition's complement: "لأصحاب النزل", "بإدارة …")
        if any(t.text in gaz.common and t.text not in gaz.person_parts for t in name):
            continue  # (by the entities' gazetteer, a word more often outside names: "غير الشرعية", "على المرض")
        if lex.head(first) is not None or any(
                # (an entity's start, or one after ب: "ببن عروس")
                not t.text.isalpha() or _holds(covered, t.start) or _holds(covered, t.start + 1)
                or lex.head(t.text) not in (None, "person")
                or lex.head(t.text[2:]) is not None or t.text in lex.cues or t.text in _ROLE_STOPS
               or t.text in nisba_adjectives() or t.text[2:] in nisba_adjectives() for t in name):
            continue
        return name[0].start, name[-1].end
    return None


def _joined_form(folded: str, it: _Item, others: int) -> bool:
    """Is ``it``'s cue the form of the speakers joined (a speaker and ``others``): a dual verb after one other
    ("وأضافا", "وقالتا", "ويريان"), a plural verb after two others or more, and a dual or plural participle ("مبرزين",
    "مؤكدتين")?"""
    if it.cue.kind == "participle":
        return folded[it.start:it.end].endswith("ين")
    number = _agreement(folded, it)
    return (number == "dual" and others == 1) or (number == "plural" and others > 1)


def _each_of(zone: list[Tok]) -> bool:
    """Does a verb's zone open with "each of" ("أكد كل من X و Y أن …"): the verb's subject is the people named?"""
    return len(zone) > 2 and zone[0].text in _EACH and zone[1].text in _EACH_OF


def _after_each(folded: str, pos: int) -> int:
    """``pos`` past a space and "each of" ("كل من", ``each_words`` + ``each_of_words``) when they follow it."""
    ws = folded[pos:pos + 20].split(" ", 3)
    if len(ws) == 4 and ws[0] == "" and ws[1] in _EACH and ws[2] in _EACH_OF:
        return pos + len(ws[1]) + len(ws[2]) + 2
    return pos


def _marked(word: str, written: str) -> bool:
    """Is a folded word (``written`` as in the text) definite or with a pronoun ("الرسمي", "مراسلنا", "ناطقها"), not a
    bare construct head?"""
    return written.startswith("ال") or word in _OWN_REPORTERS \
        or any(word.endswith(x) and len(word) > len(x) + 2 for x in ("نا", "ها", "هم"))


def _entity_index(doc: Document) -> tuple[dict[int, tuple[int, ...]], array[int]]:
    """The starts of a document's PER entities by their end, and the ends of all its entities, in folded offsets,
    read once per document (:func:`arabnews.memo.of_text`): a 1 MB document has hundreds of named speakers and
    thousands of entities, and building them for each speaker made the stage's time grow with the square of the
    length."""
    return of_text(doc.memo, "attribution.entity_index", doc.text, lambda: _index_entities(doc))


def _person_starts(doc: Document) -> dict[int, int]:
    """The folded ends of a document's PER entities by their start, read once per document."""
    return of_text(doc.memo, "attribution.person_starts", doc.text, lambda: {
        s: t for e, (s, t) in entity_spans(doc) if e.label == "PER"})


def _name_after_comma(doc: Document, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """A PER after a role phrase ending at folded ``end``, a comma and at most :data:`_TITLE_WORDS` titles of a
    person's head ("الناطق الرسمي باسم وزارة الدفاع الوطني، العقيد بلحسن الوسلاتي", "كاتب عام نقابة التعليم
    الأساسي، المستوري القمودي"; session 45): the name the role goes with, or None."""
    folded = doc.folded
    pos = _skip_spaces(folded, end)
    if pos >= len(folded) or folded[pos] not in _COMMA_MARKS:
        return None
    persons = _person_starts(doc)
    titles = 0
    for _ in range(_TITLE_WORDS + 1):
        pos = _skip_spaces(folded, pos + 1)
        if pos in persons:
            return pos, persons[pos]
        word_end = _word_end(folded, pos)
        word = folded[pos:word_end]
        if not word or (lex.head(word) != "person" and lex.head(word.removesuffix("ه")) != "person"):
            break
        titles += 1
        pos = word_end - 1
    if not titles:
        return _untitled_name(doc, pos, lex)
    # after a title, a name the tagger left out: two or three words up to a preposition, a time or a mark ("، العقيد
    # بلحسن الوسلاتي في تصريح")
    start = end_ = pos
    n = 0
    while n < _MISSED_NAME_WORDS[0]:
        word_end = _word_end(folded, pos)
        word = folded[pos:word_end]
        if not word or word in _ROLE_STOPS or word in _NAME_STOPS or lex.head(word) is not None:
            break
        n, end_ = n + 1, word_end
        pos = _skip_spaces(folded, word_end)
    return (start, end_) if n >= _MISSED_NAME_WORDS[1] else None


#: How far around an untitled name (folded characters) its surname is looked for again (a bound: not the whole of a
#: long document for each).
_SURNAME_REACH = 3000


def _untitled_name(doc: Document, pos: int, lex: Lexicon) -> tuple[int, int] | None:
    """A name the tagger left out, with no title, between the comma after a role phrase and a comma that closes it
    ("قال كاتب عام نقابة التعليم الأساسي، المستوري القمودي، اليوم الخميس إن …", ANT 2707): two or three words from
    folded ``pos``, none a head, cue, stop or time word nor opening with و, whose last word (the surname) the
    document writes again within :data:`_SURNAME_REACH` ("ورجح القمودي أن …"): a pair of words between commas is a
    name only then (session 46).  None otherwise."""
    folded = doc.folded
    start = end_ = last = pos
    n = 0
    while n < _MISSED_NAME_WORDS[0]:
        word_end = _word_end(folded, pos)
        word = folded[pos:word_end]
        if not word or word in _ROLE_STOPS or word in _NAME_STOPS or lex.head(word) is not None \
                or word in lex.cues or word[0] == "و" or lex.is_comp(word):
            break
        n, end_, last = n + 1, word_end, pos
        pos = _skip_spaces(folded, word_end)
    if n < _MISSED_NAME_WORDS[1] or pos >= len(folded) or folded[pos] not in _COMMA_MARKS:
        return None
    # (the surname as a word of its own, or after و/ف/ب/ل; the re module keeps the compiled pattern)
    again = re.compile(rf"(?<![^\W\d_])[وفبل]?{re.escape(folded[last:end_])}(?![^\W\d_])")
    if again.search(folded, max(0, start - _SURNAME_REACH), start) is None \
            and again.search(folded, end_, end_ + _SURNAME_REACH) is None:
        return None
    return start, end_


def _skip_spaces(folded: str, pos: int) -> int:
    """The first offset from ``pos`` that is no space (:data:`.quotes._SPACES`)."""
    while pos < len(folded) and folded[pos] in _SPACES:
        pos += 1
    return pos


def _word_end(folded: str, pos: int) -> int:
    """The end of the letters from ``pos``."""
    while pos < len(folded) and folded[pos].isalpha():
        pos += 1
    return pos


#: Words that end a name the tagger left out after a title: prepositions and conjunctions.
_NAME_STOPS = word_set("governing_prepositions") | word_set("phrase_stops") | word_set("zone_cutters")


def _entity_starts(doc: Document) -> array[int]:
    """The folded starts of all a document's entities, in order (test one by :func:`_holds`), read once per
    document."""
    return of_text(doc.memo, "attribution.entity_starts", doc.text, lambda: array(
        "q", sorted({s for _, (s, _) in entity_spans(doc)})))


def _index_entities(doc: Document) -> tuple[dict[int, tuple[int, ...]], array[int]]:
    """:func:`_entity_index` read from the document's entities.  The ends (and :func:`_entity_starts`) are a sorted
    array, not a set: a few of them are looked up per speaker, and a 5 MB document's sets of tens of thousands of
    offsets were megabytes of hash table in the stage's peak (issue #18; an array is 8 bytes an offset)."""
    persons: dict[int, tuple[int, ...]] = {}
    ends = set()
    for e, (s, t) in entity_spans(doc):
        ends.add(t)
        if e.label == "PER":  # (a tuple, not a list: most ends have one start; 48 bytes, not 88)
            persons[t] = (*persons[t], s) if t in persons else (s,)
    return persons, array("q", sorted(ends))


def _holds(offsets: array[int], x: int) -> bool:
    """Is ``x`` one of the sorted ``offsets``?"""
    k = bisect_left(offsets, x)
    return k < len(offsets) and offsets[k] == x


def _source_dict(doc: Document, src: Source) -> dict[str, Any]:
    """A speaker as ``{start, end, text, layer, id?, source_type}`` in the original text."""
    ss, se = doc.to_original(src.start, src.end)
    out: dict[str, Any] = {"start": ss, "end": se, "text": doc.text[ss:se], "layer": src.layer}
    if src.layer == "groups":
        out["id"] = src.id
    out["source_type"] = src.type
    if src.role is not None:  # "ووزير التربية ناجي جلول": the name joined, its role kept (session 41)
        rs, re_ = doc.to_original(*src.role)
        out["role"] = {"start": rs, "end": re_, "text": doc.text[rs:re_]}
    return out


def make_stage(*, carry_sentences: int = 3, min_quote_words: int = 3,
               max_gap: int = 25) -> Callable[[Document], Document]:
    """The attribution stage.

    ``carry_sentences``: how many sentences back a speaker is carried to a claim that names none
    ("وأضاف أن …"); ``min_quote_words``: the fewest words a quotation needs to be a quoted claim
    without a colon (shorter ones are names: لواء "القدس"); ``max_gap``: the most words between a
    reporting verb and its complementizer.
    """
    for name, value in (("carry_sentences", carry_sentences), ("min_quote_words", min_quote_words),
                        ("max_gap", max_gap)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValueError(f"attribution: {name} must be a non-negative integer, got {value!r}")
    lex = lexicon()

    def attribution(doc: Document) -> Document:
        doc.layers["quotes"] = find_claims(doc, lex, carry_sentences=carry_sentences,  # type: ignore[assignment]
                                           min_quote_words=min_quote_words, max_gap=max_gap)
        doc.memo.pop(ENTITY_SPANS, None)  # (a long document's thousands of spans: not kept through the events stage)
        return doc

    return attribution
