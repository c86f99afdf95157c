"""Long sentences: a page scraped without its punctuation is one sentence of thousands of words.

The relations, groups, attribution and events stages once compared every cue or event with everything
else in its sentence or region, so such a text took time quadratic in its length (40 KB: 2.5 s of
relations; 80 KB: 17 s for the whole pipeline).  Each bound they use now is checked here against the
plain reading it replaces, on real sentences; the work they do is counted, never timed.  The events
stage alone reads a sentence of more than ``MAX_SENTENCE_TOKENS`` tokens in pieces (news sentences
never have so many), so there its results differ from the whole reading.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arabnews import Pipeline
from arabnews.extract import relations
from arabnews.extract.events import arguments
from arabnews.extract.events.triggers import lexicon as events_lexicon
from arabnews.extract.groups.matcher import _Taken

SEED = Path(__file__).resolve().parents[1] / "examples" / "article.txt"
_PUNCT = re.compile(r"[.،,؛:!?؟\n]")

#: Sentences of the relations tests (every type, with cues, groups, states and nisbas).
RELATION_SENTENCES = [
    "أعلنت كتائب القسام التابعة لحركة حماس",
    "قتل عناصر جبهة النصرة التابعين لتنظيم القاعدة",
    "حركة النجباء المنضوية في الحشد الشعبي",
    "انضم لواء صقور الشام إلى هيئة تحرير الشام",
    "قاتل حزب الله اللبناني إلى جانب قوات النظام في القصير",
    "تحالفت حركة أحرار الشام مع جبهة النصرة",
    "قصفت جماعة الحوثي المدعومة إيرانيا السفينة",
    "حزب الله المدعوم من طهران",
    "تقدم الجيش الوطني السوري المدعوم من تركيا نحو منبج",
    "نفذ تنظيم داعش هجوما على قوات سوريا الديمقراطية",
    "اشتبكت قوات الدعم السريع مع الجيش السوداني في الخرطوم",
]


def unpunctuated(text: str) -> str:
    return _PUNCT.sub(" ", text)


def relation_rows(doc):
    return [(r.start, r.end, r.type, r.head, r.tail) for r in doc.layers.get("relations") or []]


def test_relations_gap_bound_changes_nothing(nlp, monkeypatch):
    seed = SEED.read_text(encoding="utf-8")
    texts = [seed, unpunctuated(seed), " و".join(RELATION_SENTENCES), " ".join(RELATION_SENTENCES * 3)]
    docs = [nlp(t) for t in texts]
    bounded = [relation_rows(d) for d in docs]
    monkeypatch.setattr(relations, "_gap_end", lambda text, pos, hi, max_words: hi)
    plain = [relation_rows(nlp(t)) for t in texts]
    assert bounded == plain
    assert len(bounded[2]) >= 8  # the joined sentences still state their relations


def test_a_cue_reads_a_few_words_not_the_rest_of_its_sentence(nlp, monkeypatch):
    read: list[int] = []
    plain_gap_ok = relations._gap_ok

    def counting(gap, **kw):
        read.append(len(gap))
        return plain_gap_ok(gap, **kw)

    monkeypatch.setattr(relations, "_gap_ok", counting)
    sizes = []
    for copies in (2, 8):
        read.clear()
        nlp(" ".join(RELATION_SENTENCES * copies))  # one sentence
        sizes.append(sum(read))
    assert sizes[0] > 0
    assert sizes[1] <= 5 * sizes[0]  # four times the text: about four times the reading, not sixteen


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=12),
       st.integers(0, 70), st.integers(0, 15))
def test_taken_spans_answer_as_the_plain_scan(spans, s, length):
    spans = [(a, a + n) for a, n in spans]
    taken = _Taken(spans[: len(spans) // 2])
    for a, b in spans[len(spans) // 2:]:
        taken.add(a, b)
    e = s + length
    assert taken.free(s, e) == all(e <= ts or s >= te for ts, te in spans)


def test_groups_in_a_long_list_are_all_found(nlp):
    text = "تنظيم داعش وجبهة النصرة ولواء الفجر " * 400
    doc = nlp(text)
    ids = [g.id for g in doc.groups]
    assert ids.count("isis") == ids.count("jabhat-al-nusra") == 400
    assert len(ids) == 1200


def test_clause_bounds_equal_the_plain_scan(nlp):
    doc = nlp(SEED.read_text(encoding="utf-8"))
    lex = events_lexicon()
    views = 0
    for k, sent in enumerate(doc.sentences):
        view = arguments.SentenceView(doc, k, sent.start, sent.end, lex)
        for cid in range(-1, max(view.clause, default=-1) + 2):
            ks = [j for j, c in enumerate(view.clause) if c == cid]
            assert list(view.clause_tokens(cid)) == ks
            if ks:
                assert view.clause_range(cid) == (view.tokens[ks[0]].start, view.tokens[ks[-1]].end)
            else:
                with pytest.raises(IndexError):
                    view.clause_range(cid)
        views += len(view.clause_bounds) > 1
    assert views >= 5  # sentences of several clauses were read


def test_places_are_read_once_per_sentence(nlp, monkeypatch):
    calls: list[tuple[int, int]] = []
    plain_places = arguments._read_places

    def counting(view, layers, names):
        calls.append((view.index, view.start))
        return plain_places(view, layers, names)

    monkeypatch.setattr(arguments, "_read_places", counting)
    doc = nlp(unpunctuated(SEED.read_text(encoding="utf-8")))
    assert len(doc.layers["events"]) >= 3
    assert len(calls) == len(set(calls))


def quote_rows(doc):
    return [q.to_dict() for q in doc.layers.get("quotes") or []]


def test_post_posed_quotations_read_by_their_closing_mark(nlp, monkeypatch):
    from arabnews.extract.attribution import stage as attribution

    seed = SEED.read_text(encoding="utf-8")
    texts = [seed, unpunctuated(seed),
             "«لن نتراجع عن مواقفنا مهما كانت الضغوط»، قال المتحدث باسم الحركة.",
             "\"سنواصل العمل حتى النهاية\" - قالت الوزيرة، ثم غادرت. \"لا تعليق\"، أضاف.",
             'قال "نعم" وقال "لا" ' * 50]
    found = [quote_rows(nlp(t)) for t in texts]
    monkeypatch.setattr(attribution._Finder, "closing_at", lambda self, quotes, pos: quotes)
    assert [quote_rows(nlp(t)) for t in texts] == found
    assert any(q["kind"] == "direct" and q["cue"]["text"] == "قال" for q in found[2])


def test_a_long_sentence_is_cut_after_clause_marks_and_never_inside_a_trigger(nlp):
    from arabnews.extract.events.stage import MAX_SENTENCE_TOKENS, _cuts

    doc = nlp.make_doc(" ".join([unpunctuated(SEED.read_text(encoding="utf-8"))] * 3))
    tokens = doc.tokens_between(0, len(doc.text))
    assert len(tokens) > 3 * MAX_SENTENCE_TOKENS
    spans = sorted((t.start, tokens[k + 2].end) for k, t in enumerate(tokens[:-2]) if k % 97 == 0)
    cuts = _cuts(tokens, spans)
    assert cuts[0] == 0 and len(cuts) >= 4
    sizes = [b - a for a, b in zip(cuts, [*cuts[1:], len(tokens)], strict=True)]
    assert max(sizes) <= MAX_SENTENCE_TOKENS
    for k in cuts[1:]:
        assert not any(a < tokens[k].start < b for a, b in spans)
    commas = " ".join(f"قتل {n} جنود في هجوم على حاجز،" for n in range(200))
    ctoks = nlp.make_doc(commas).tokens_between(0, len(commas))
    assert all(ctoks[k - 1].text == "،" for k in _cuts(ctoks, [])[1:])


def test_events_of_a_long_sentence_are_all_read(nlp, monkeypatch):
    from arabnews.extract.events import stage as events

    sizes: list[int] = []
    plain_view = events.SentenceView

    def counting(doc, i, start, end, lex):
        view = plain_view(doc, i, start, end, lex)
        sizes.append(len(view.tokens))
        return view

    monkeypatch.setattr(events, "SentenceView", counting)
    text = " ".join(f"قتل {n + 3} جنود في هجوم على حاجز في حلب" for n in range(300))  # one sentence
    doc = nlp(text)
    assert len(doc.sentences) == 1 and len(sizes) >= 5
    assert max(sizes) <= events.MAX_SENTENCE_TOKENS
    starts = [e.start for e in doc.layers["events"]]
    assert len(starts) >= len(sizes) and starts[-1] > 0.8 * len(text)  # the last piece is read too


def test_only_quotations_near_a_claim_are_read_for_its_end(nlp, monkeypatch):
    from arabnews.extract.attribution import stage as attribution

    seed = SEED.read_text(encoding="utf-8")
    texts = [seed, '«قال المتحدث إن الهجوم فشل» وأضاف أن "القوات تقدمت نحو المدينة" صباحا',
             'قال "نعم" وقال إن "الجيش تقدم" وقال "لا" ' * 40]
    found = [quote_rows(nlp(t)) for t in texts]
    monkeypatch.setattr(attribution._Finder, "quotes_opening", lambda self, quotes, lo, hi: quotes)
    assert [quote_rows(nlp(t)) for t in texts] == found
    assert len(found[2]) >= 40


def test_a_claim_is_no_longer_than_a_quotation(nlp):
    from arabnews.extract.attribution.quotes import MAX_QUOTE

    text = "قال الرئيس إن الحرب انتهت " * 1500  # 39 KB, one sentence: each claim would run to the end
    claims = nlp(text).layers["quotes"]
    assert len(claims) >= 1000
    assert max(len(q.text) for q in claims) <= MAX_QUOTE + 200
    assert claims[-1].text.endswith("الحرب انتهت")
    for q in claims[:50]:
        assert text[q.start:q.end] == q.text and q.text.startswith("إن الحرب انتهت")


def test_quotations_read_per_claim_do_not_grow_with_the_page(nlp, monkeypatch):
    from arabnews.extract.attribution import stage as attribution

    read: list[int] = []
    plain = attribution._Finder.quotes_opening

    def counting(self, quotes, lo, hi):
        found = plain(self, quotes, lo, hi)
        read.append(len(found))
        return found

    monkeypatch.setattr(attribution._Finder, "quotes_opening", counting)
    # (the seed's quotation marks and emoji left out: 'قال ""لواء "لواء …' quotes the name 'لواء "…"',
    # 'قال "✨ ✨ ✨" وقال إن …' quotes no words: no claim of the first verb)
    seed_words = [w for w in unpunctuated(SEED.read_text(encoding="utf-8")).replace('"', " ").split()
                  if any(c.isalpha() for c in w)]
    sizes = []
    for n in (250, 1000):  # a claim reads the quotations of 3,000 characters: 250 pairs fill them
        read.clear()
        doc = nlp(" ".join(f'قال "{w} {w} {w}" وقال إن "{w} {w} {w}"' for w in (seed_words * 3)[:n]))
        assert len(doc.layers["quotes"]) >= 2 * n
        sizes.append(sum(read))
    assert 0 < sizes[1] <= 5 * sizes[0]


def test_a_participle_reads_a_few_verbs_before_it(nlp, monkeypatch):
    """A participle without its own speaker looks for its sentence's verb among the few nearest
    before it, whatever the length of the sentence (each verb's claim check reads nearby claims)."""
    from arabnews.extract.attribution import subjects as attribution

    unit = "ودعت وزارة الخارجية إلى ضبط النفس مضيفة أن الحوار هو السبيل الوحيد وطالب الوزير بالتهدئة "
    first = nlp(unit.strip() + ".").layers["quotes"]
    assert [(q.cue["text"], q.source["text"]) for q in first] == [("مضيفة", "وزارة الخارجية")]
    checks: list[int] = []
    plain = attribution._in_claim

    def counting(claims, at, floor):
        checks.append(at)
        return plain(claims, at, floor)

    monkeypatch.setattr(attribution, "_in_claim", counting)
    counts = []
    for n in (100, 400):
        checks.clear()
        claims = nlp(unit * n).layers["quotes"]  # one sentence, no punctuation
        assert len(claims) == n
        counts.append(len(checks))
    assert 0 < counts[1] <= 4 * attribution._VERBS_BACK * 100
    assert counts[1] <= 5 * counts[0]


def test_headline_claims_read_the_places_once(monkeypatch):
    """A page of many "PLACE : …" datelines (each a LOC entity before a colon): the attribution stage
    reads the document's LOC spans once, not once per colon (that was colons x entities: a 5 MB page
    took 40 % longer per MB than before the headline claims)."""
    from arabnews.extract.attribution import stage as attribution_stage

    lines = [f"{town} : وفاة شاب في حادث مرور بالطريق" for town in ("سوسة", "صفاقس", "نابل", "قابس") * 60]
    nlp = Pipeline()
    doc = nlp.make_doc("\n".join(lines))
    for name, stage in nlp._stages:
        if name == "attribution":
            break
        doc = stage(doc)
    reads = []
    plain = attribution_stage._Finder.places.fget

    def counting(self):
        reads.append(self._places is None)  # the datelines' reader asks too (session 30)
        return plain(self)

    monkeypatch.setattr(attribution_stage._Finder, "places", property(counting))
    claims = attribution_stage.find_claims(doc)
    assert len(reads) >= 200 and sum(reads) == 1  # asked for every dateline, built once
    assert claims == []  # datelines are no speakers


def test_an_arrest_reads_its_sentence_numbers_only(monkeypatch):
    """The person an arrest takes reads the numbers of its own sentence, not the document's (session 30: a scan of
    the document's numbers for each arrest made one 5 MB document take 55 % longer than before)."""
    from arabnews.extract.events import roles as events_stage  # (session 37: the role reader moved there)

    seen: list[int] = []
    plain = events_stage.person_object

    def counting(view, k, end, taken, numbers, **options):  # (session 40: options such as accusative=)
        seen.append(len(numbers))
        return plain(view, k, end, taken, numbers, **options)

    monkeypatch.setattr(events_stage, "person_object", counting)
    text = " ".join(f"وأوقف الأمن ثلاثة مطلوبين و{n} آخرين يوم {n % 28 + 1} مارس." for n in range(4, 124))
    doc = Pipeline()(text, reference_date="2017-06-01")
    assert len(doc.numbers) >= 120 and len(seen) >= 100  # (the arrests were read, each with its few numbers)
    assert max(seen) <= 3


def test_the_nisba_gate_reads_its_region_only(monkeypatch):
    """The groups stage's nisba mentions ("قناصا حوثيا") are gated on the region's text, not the whole document's:
    the gate searched the document once per region (session 31; one 2 MB document 0.75 → 5.66 s). What each call
    searches is counted on a folded text that records the length of every search."""
    import arabnews.extract.groups.matcher as matcher

    searched: list[int] = []

    class Counting(str):
        def __contains__(self, sub: object) -> bool:
            searched.append(len(self))
            return super().__contains__(sub)  # type: ignore[operator]

        def find(self, sub, start=None, end=None):  # type: ignore[override]
            searched.append((len(self) if end is None else end) - (start or 0))
            return super().find(sub, start, end)

    plain = matcher._nisba_hits

    def counting(doc, registry, lo, hi, claimed, lex):
        before = doc.__dict__.get("folded", doc.folded)
        doc.__dict__["folded"] = Counting(before)
        try:
            return plain(doc, registry, lo, hi, claimed, lex)
        finally:
            doc.__dict__["folded"] = before

    monkeypatch.setattr(matcher, "_nisba_hits", counting)
    paragraphs = [f"وقصفت الطائرات مواقع في البلدة رقم {n} وأصيب ثلاثة مدنيين." for n in range(200)]
    paragraphs.append("وقالت مصادر محلية إن قناصا حوثيا قتل امرأة في تعز.")
    doc = Pipeline()("\n\n".join(paragraphs), reference_date="2017-06-01")
    assert [g.id for g in doc.groups if g.text == "حوثيا"] == ["houthis"]
    assert len(searched) >= 100 and max(searched) < len(doc.text) / 20
