"""Headlines: a speaker and a colon ("وزير الداخلية : …"), a speaker after a trailing dash, rosters and labels."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from ...lang.ar import load as load_resource
from ...lang.ar import lookup_key
from ...lang.ar.words import nisba_adjectives
from .base import (
    _ABOUT_QUOTE_VERBS,
    _ABOUT_REACH,
    _BREAKING_LABELS,
    _COLON_SPACES,
    _OPENING_MARKS,
    _about_at,
    _Item,
    _key,
    _lemma_key,
)
from .clauses import COMMAS, Tok, count_words, trim, words
from .cues import Cue, Lexicon, word_set
from .datelines import dateline_end, place_signature, signs_colon
from .quotes import MARKS, Quotation
from .sources import Source, speaker_after

if TYPE_CHECKING:
    from .finder import _Finder

#: The cue of a headline's claim: its colon ("الحرشاني : وزارة الدفاع تتجه نحو …").
_COLON_CUE = Cue(":", "phrase")

#: Most words of a headline's speaker before its colon ("وزير الخارجية الأمريكي ريكس تيلرسون").
_COLON_SPEAKER_WORDS = 6

#: Most characters of a headline's speaker before its colon (six long words).
_COLON_SPEAKER_CHARS = 160

#: Fewest words of a headline's claim after its colon ("الشاهد: لا تراجع عن الإصلاحات").
_COLON_CLAIM_WORDS = 3

_COLON_CHARS = ":："

_COLONS = re.compile(f"[{_COLON_CHARS}]")
#: The same two, each found by ``str.find`` in :func:`_has_colon`
_COLON, _WIDE_COLON = _COLON_CHARS[0], _COLON_CHARS[1]


def _has_colon(text: str, lo: int, hi: int) -> bool:
    """Is there a colon in ``text[lo:hi]`` (as ``_COLONS.search``; ``str.find`` reads a long region faster, and one
    call per mark, not a generator, is what a short region costs: session 44)?"""
    return text.find(_COLON, lo, hi) != -1 or text.find(_WIDE_COLON, lo, hi) != -1


def _has_dash(text: str, lo: int, hi: int) -> bool:
    """Is there a dash of a headline (``-``, ``–``, ``—``: :func:`_dash_claims`) in ``text[lo:hi]``?"""
    return text.find("-", lo, hi) != -1 or text.find("–", lo, hi) != -1 or text.find("—", lo, hi) != -1


_ARABIC_WORD = re.compile("[\u0621-\u064a]{2}")


def _open_quotations(f: _Finder, quotes: list[Quotation], hits: list[tuple[int, int, str, Cue]], lo: int,
                     hi: int) -> list[Quotation]:
    """The quotations a reporting verb opens right after it (spaces and a colon between) that no mark of the
    paragraph closes ('، قائلا "لا وجود لانتخابات سياسية وأخرى غير سياسية، وفق تعبيره.', 'وتابع "محمد الفاضل خليل
    عرفته عن قرب …'): the verb's words run to the end of the sentence, or to the next cue after a comma there
    ("، وفق تعبيره", "، مضيفا أن …"), which then gives the same words to the same speaker."""
    folded = f.folded
    paired = {q.open for q in quotes} | {q.close for q in quotes}
    cue_starts = sorted(s - len(pre or "") for s, _, pre, _ in hits)
    out: list[Quotation] = []
    for _, e, _, cue in hits:
        if cue.kind == "phrase":
            continue
        j = e
        while j < min(hi, e + 3) and folded[j] in _COLON_SPACES:
            j += 1
        if j < hi and folded[j] not in _OPENING_MARKS and _lemma_key(cue.lemma) in _ABOUT_QUOTE_VERBS:
            # (or after its عن: 'أعلن العقيد …، الناطق الرسمي …، عن "إنفجار لغم …'; session 46b)
            m = _about_at(folded, e, min(f.sentence_bounds(e, lo, hi)[1], e + _ABOUT_REACH), quoted=True)
            j = m if m >= 0 else j
        if j >= hi or folded[j] not in _OPENING_MARKS or j in paired:
            continue
        _, end = f.sentence_bounds(j, lo, hi)
        for c in cue_starts[bisect_right(cue_starts, j):]:
            if c >= end:
                break
            k = c - 1
            while k > j and folded[k].isspace():
                k -= 1
            if folded[k] in COMMAS:
                end = k
                break
        cs, ce = trim(folded, j + 1, end)
        toks = words(folded, cs, ce)
        if len(toks) < f.min_quote_words or f.lex.is_comp(toks[0].text) or any(t.text in MARKS for t in toks) \
                or any(f.lex.is_comp(b.text) and a.text in COMMAS for a, b in pairwise(toks)):
            # (a claim that opens with its complementizer stays indirect: 'التي قال "إنها مفتوحة …'; a stray mark
            # before the speaker is no quotation: 'وقال "الجهاز المركزي للإحصاء في بيان صحافي، إن هناك …')
            continue
        out.append(Quotation(j, ce, sum(t.is_word for t in toks)))
    return out


def _unquoted(folded: str, cs: int, ce: int) -> tuple[int, int]:
    """``[cs, ce)`` without the quotation marks around all of it ('"نتألم لما يحدث في سوريا"', "«…»"): a quotation
    that is the whole of a headline's claim; as it is when the marks are not a pair of their own ('"تونس" هي …')."""
    if ce - cs < 3 or folded[cs] not in _OPENING_MARKS or folded[ce - 1] != _CLOSER.get(folded[cs], folded[cs]):
        return cs, ce
    if any(ch in MARKS for ch in folded[cs + 1:ce - 1]):
        return cs, ce
    return trim(folded, cs + 1, ce - 1)


_CLOSER = {"«": "»", "“": "”"}


def _colon_claims(f: _Finder, lo: int, hi: int) -> list[tuple[int, int, _Item, Source | None]]:
    """Headlines that name a speaker and a colon and no verb: "الحرشاني : وزارة الدفاع تتجه نحو …",
    "وزير الداخلية: …", "رويترز: …" are the speaker's claims (``direct``, the colon as the cue).  The
    words before the colon, from the start of the line or sentence, are all the speaker: a person,
    organisation, group or outlet (not a place: "سوسة : …" is a dateline; not a topic: "كرة اليد : …",
    "فيديو : …"; not an unnamed source alone: "المصدر : وات" credits the agency), and at least
    :data:`_COLON_CLAIM_WORDS` words follow it to the end of the line or sentence."""
    folded = f.folded
    found: list[tuple[int, int, _Item, Source | None]] = []
    roster = f.roster
    labels = f.list_labels
    bulleted: bool | None = None  # (a list of bulleted "label : value" items: computed at the first bullet)
    for m in _COLONS.finditer(folded, lo, hi):
        colon = m.start()
        if roster and any(a <= colon < b for a, b in roster):
            continue  # a list of who persons are, one per line ("مارين لوبان : زعيمة حزب الجبهة الوطنية")
        s_start, s_end = f.sentence_bounds(colon, lo, hi)
        # (a line break further back than a speaker's length leaves too many characters before the colon)
        line = folded.rfind("\n", max(s_start, colon - _COLON_SPEAKER_CHARS - 1), colon) + 1 or s_start
        if colon - max(s_start, line) > _COLON_SPEAKER_CHARS:
            continue  # more than a speaker's words before the colon (and a long page stays linear)
        zone = _after_label(words(folded, max(s_start, line), colon))
        if zone and signs_colon(folded, zone[0].start, colon):
            continue  # "دمشق - سانا: استشهد مدنيان …": the dateline's colon
        cut = dateline_end(folded, zone[0].start, colon, True, f.places) if zone else 0
        if zone and cut > zone[0].start:  # "الجزيرة مباشر - عاجل: المتحدث باسم … أبو عبيدة: …" (session 30)
            signed = place_signature(folded, zone[0].start, colon, f.places)
            zone = _after_label([t for t in zone if t.start >= cut])
            if signed and zone and zone[0].is_word and f.lex.head(zone[0].text) not in ("organisation", "person"):
                continue  # "الخرطوم - سودان تريبيون: اتهمت …": the outlet that signs the place's dateline
        dots = next((k for k in range(len(zone) - 1, 0, -1) if zone[k].text == "…"
                     or (zone[k].text == "." and zone[k - 1].text == ".")), None)
        if dots is not None:  # "الحوثيون يعلنون استهداف سفينة … بصاروخين.. والقيادة المركزية الأمريكية: …"
            zone = zone[dots + 1:]  # a headline's second part, its own speaker after the dots
        if dots is not None or folded[max(lo, (zone[0].start if zone else colon) - 3):colon][:3].strip() in ("..", "…"):
            zone = _unjoined(zone, f.lex)
        while zone and not zone[0].is_word and zone[0].text not in MARKS:
            zone = zone[1:]
        told_at = _outlet_at(zone)  # (the outlet it spoke to counts apart and may hold a digit: "لفرانس 24")
        if not zone or sum(t.is_word for t in zone[:told_at]) > _COLON_SPEAKER_WORDS \
                or any(t.text[0].isdigit() for t in zone[:told_at]):
            continue
        src = speaker_after(zone, folded, f.mentions, f.lex, fallback=False)
        told = src is not None and src.end < zone[-1].start and _to_outlet(f, src, zone)
        if told and src is not None:
            zone = [t for t in zone if t.end <= src.end]  # "مصدر عسكري للعربية: …": the outlet it spoke to
        elif src is not None and src.type in ("organisation", "group") and src.end < zone[-1].start \
                and (rest := [t for t in zone if t.start >= src.end])[0].text == "في" and _of_place(f, rest):
            # "وزارة الصحة في غزة: …": where it stands, written with في (session 31b; "مستشفى فرحات حشاد بسوسة : وضعوا
            # الرضيع …" names the topic, held-out 6753)
            zone = [t for t in zone if t.end <= src.end]
        if src is None and len(zone) == 1:
            src = _surname_speaker(f, zone[0])  # "الحرشاني : …" of "فرحات الحرشاني" in the article
        if src is None or src.end < zone[-1].start or (src.start > zone[0].end and not _titled_name(f, zone, src)):
            continue  # the speaker is not all of what comes before the colon (but a role before a name)
        if _BULLET_BEFORE.search(folded, max(lo, zone[0].start - 4), zone[0].start):
            if bulleted is None:
                bulleted = len(_BULLET_ITEMS.findall(folded)) >= _BULLET_ITEMS_LEAST  # (the document: an item a region)
            if bulleted and ((src.layer == "phrase" and src.type != "person")
                             or _role_value(folded, colon, s_end, f.lex)):
                # "-النظام : أندرويد نوجا 7.1 …", "-الحماية : البصمة …" (a phone's specifications), "* ريم رويس :
                # رئيسا لديوان وزير الشؤون الثقافية * علي المرموري : مديرا عاما …" (who is named to what): a
                # bulleted list's items, not headlines (session 40); a person's words stay ("- الغنوشي: …")
                continue
        if colon in labels and src.layer == "phrase" and src.type == "anonymous":
            continue  # "… في هذا المجال. عمال المصانع : يجب أن يستعد …": a list's label, not who speaks (session 37;
            # a role or a name in a digest of headlines still speaks: "… . وزير الداخلية : …")
        # (one word of an unnamed source speaks when it spoke to an outlet: "مصادر لسكاي نيوز عربية: …")
        if (src.type == "anonymous" and len(zone) < 2 and not told) or zone[0].text in _HEADLINE_TOPICS:
            continue
        # an entity speaks when it is a person or an organisation by its head noun ("وزارة الفلاحة : …") or an
        # institution named alone ("الأمم المتحدة: …", "موديز: …", "اليونيسف: …"; session 33b); not a place (a
        # dateline: "سوسة : …") nor a club, festival or tournament named as the topic
        # ("النادي الصفاقسي : الهيئة تقرر …")
        if src.layer == "entities" and (f.is_place(src) or (
                src.type == "organisation" and f.lex.head(zone[0].text) not in ("organisation", "person", "media")
                and not _named_institution(zone))):
            continue
        end = folded.find("\n", colon, s_end)
        end = s_end if end == -1 else end
        cs, ce = trim(folded, colon + 1, end)
        cs, ce = _unquoted(folded, cs, ce)  # ("- الغنوشي: «…»": the words, as after a verb)
        if count_words(folded, cs, ce, _COLON_CLAIM_WORDS) < _COLON_CLAIM_WORDS or "http" in folded[cs:ce] \
                or _ARABIC_WORD.search(folded, cs, ce) is None or _labels_list(folded, cs, ce) \
                or _digest(folded, cs, ce):
            continue
        if zone[0].text in _HEADLINE_FACILITIES and _HEADLINE_FIRST_PERSON.isdisjoint(folded[cs:ce].split()):
            continue  # "مستشفى سليانة : مواطن يعتدي …": where it happened, a topic (session 42)
        first = folded[cs:ce].split(" ", 1)[0]
        if first in nisba_adjectives() or (first.endswith("ه") and first[:-1] in nisba_adjectives()):
            continue  # "طارق الزمر: مصري يقيم في قطر، …": a list of persons and who they are
        item = _Item(colon, colon + 1, _COLON_CUE, "", "colon", [])
        found.append((cs, ce, item, src))
    return found


def _digest(folded: str, cs: int, ce: int) -> bool:
    """Is a colon claim's content a run of headlines on one line, another "label : …" inside it ("وزارة التربية : لا
    تسريبات في امتحانات البكالوريا عقيد قطري موّل الإرهاب في ليبيا عبر تونس : وزير الدفاع يعلّق …", the daily digest of
    ANT 6144, 6229, 6923; "القمر الصناعى : ياه سات التردد: 12015 – …")?  Where one headline ends no mark says: no
    claim (session 41).  Not a colon inside quotation marks, nor one between digits ("الساعة 16:00")."""
    for m in _COLONS.finditer(folded, cs, ce):
        at = m.start()
        if not (folded[at - 1:at].isdigit() and folded[at + 1:at + 2].isdigit()) and not _in_quotes(folded, cs, at):
            return True
    return False


def _in_quotes(folded: str, cs: int, at: int) -> bool:
    """Is ``at`` inside a quotation opened in ``[cs, at)`` (an odd count of straight marks, or more « than »)?"""
    part = folded[cs:at]
    return part.count('"') % 2 == 1 or part.count("«") > part.count("»") or part.count("“") > part.count("”")


#: A bullet right before a label: "*", "-", "•" … after a line's start or a space (session 40).
_BULLET_BEFORE = re.compile(r"(?:^|(?<=[\s]))[*•●▪◾◆\-–][ \t\u00a0]*$")

#: A bulleted "label : value" item: a bullet, one to five words and a colon.
_BULLET_ITEMS = re.compile(r"(?:^|(?<=\s))[*•●▪◾◆\-–][ \t\u00a0]*[^\W\d_][^\W\d_ \t\u00a0]*"
                           r"(?:[ \t\u00a0]+[^\W\d_][^\W\d_ \t\u00a0]*){0,4}[ \t\u00a0]*[:：]", re.M)

#: The fewest bulleted items that make a list.
_BULLET_ITEMS_LEAST = 2


def _role_value(folded: str, colon: int, end: int, lex: Lexicon) -> bool:
    """Does the value after a bulleted label open with a role, as a roster's does ("رئيس المجلس", "رئيسا لديوان
    …", "مديرا عاما": a head noun of a person, in the accusative too; not "الحركة لن تشارك …")?"""
    first = folded[colon + 1:end].split(None, 1)
    if not first:
        return False
    w = first[0]
    return lex.head(w) == "person" or (w.endswith("ا") and lex.head(w[:-1]) == "person")


#: Most words of a list's label before its colon, and the fewest such labels that make a list (session 37).
_LIST_LABEL_WORDS = 3

_LIST_LABELS = 3

#: Where a list's label may start: after a sentence's end or a line break.
_LABEL_STARTS = ".!؟?\n"


def _list_labels(folded: str, lo: int, hi: int) -> frozenset[int]:
    """The colons of ``[lo, hi)`` (a document) that label the items of a list: at least :data:`_LIST_LABELS` colons
    each right after one to :data:`_LIST_LABEL_WORDS` words that open a line or follow a sentence's end, one of them
    at least inside a paragraph ("… في هذا المجال. عمال المصانع : يجب أن يستعد الكثير من عمال المصانع … . السماسرة : …",
    ANT 243: jobs a report lists, each a section of the paragraph, not a speaker's headline).  Empty otherwise."""
    if sum(folded.count(colon, lo, hi) for colon in _COLON_CHARS) < _LIST_LABELS:
        return frozenset()
    found: list[int] = []
    inside = False
    for m in _COLONS.finditer(folded, lo, hi):
        colon = m.start()
        reach = max(lo, colon - 80)
        start = max(folded.rfind(ch, reach, colon) for ch in _LABEL_STARTS) + 1
        if start == 0:
            if reach > lo:
                continue  # (no line break or sentence end within a label's reach)
            start = lo
        toks = words(folded, start, colon)
        if not toks or len(toks) > _LIST_LABEL_WORDS or not all(t.is_word for t in toks):
            continue
        found.append(colon)
        inside = inside or (start > lo and folded[start - 1] != "\n")
    return frozenset(found) if len(found) >= _LIST_LABELS and inside else frozenset()


#: The cue of a headline's trailing speaker after a dash ("ارتفاع حصيلة ضحايا الزلزال إلى 2946 قتيلا – وزارة الداخلية").
_DASH_CUE = Cue("-", "phrase")

#: A dash with a space on each side, the last of its line, and what follows it to the line's end (a period allowed).
_TRAILING_DASH = re.compile(r"[ \t\u00a0][-–—][ \t\u00a0]++([^\n\-–—:.!؟?]+?)[ \t\u00a0.]*(?=\n|$)")

#: Most characters of a headline before its trailing speaker (a body paragraph's line is no headline).
_DASH_HEADLINE_CHARS = 240


def _unjoined(zone: list[Tok], lex: Lexicon) -> list[Tok]:
    """``zone`` with the و that joins its first word to what came before left out ("والقيادة المركزية" →
    "القيادة المركزية", "ووزارة الداخلية"; not the و of "وزير")."""
    w = zone[0].text if zone and zone[0].is_word else ""
    if w.startswith("و") and len(w) > 3 and (w.startswith("وال") or (lex.head(w[1:]) and not lex.head(w))):
        first = zone[0]
        return [Tok(first.start + 1, first.end, first.text[1:]), *zone[1:]]
    return zone


@cache
def _institution_names() -> frozenset[str]:
    """The lookup keys of the institutions a headline names alone, with no head noun, that speak: ``attribution.yaml``'s
    ``headline_institutions`` ("اليونيسف", "ناسا") and the entities layer's known organisations and rating agencies
    (``ner/rules.yaml``: "الأمم المتحدة", "صندوق النقد الدولي", "موديز"), but a club among them, whose first word is
    the head of a club's or a stadium's name and no ordinary word ("الملعب التونسي", "سكك الحديد الصفاقسي"; not
    "اتحاد" nor "هلال": "الاتحاد الأوروبي", "الهلال الأحمر") or whose words hold a club's nisba or word."""
    from ..entities.rulewords import RULES_FILE, RULES_SCHEMA  # (the entities layer's resources, read as they are)

    rules = load_resource(RULES_FILE, RULES_SCHEMA)
    heads = {lookup_key(w) for w in (*rules["club_heads"], *rules["club_town_heads"], *rules["stadium_heads"])}
    heads -= {lookup_key(w) for w in rules["club_town_heads_ambiguous"]}
    club = {lookup_key(w) for w in (*rules["club_nisbas"], *rules["club_words"])}
    out = set(word_set("headline_institutions"))
    for name in (*rules["known_orgs"], *rules["rating_agencies"]):
        key = lookup_key(name)
        ws = key.split()
        if (ws[0][2:] if ws[0].startswith("ال") else ws[0]) not in heads and not club.intersection(ws):
            out.add(key)
    return frozenset(out)


def _named_institution(zone: list[Tok]) -> bool:
    """Are the words of ``zone`` (a headline's speaker, all of it) an institution named alone
    (:func:`_institution_names`: "الأمم المتحدة", "اليونيسف", "فيتش رايتينغ"; not "النادي الصفاقسي", "الفسباكو")?"""
    return len(zone) <= _COLON_SPEAKER_WORDS and " ".join(_key(t.text) for t in zone) in _institution_names()


def _of_place(f: _Finder, rest: list[Tok]) -> bool:
    """Are ``rest`` "في" or "ب" and a place the entities layer reads ("في غزة", "بولاية الخرطوم")?"""
    if not rest:
        return False
    if rest[0].text == "في":
        rest = rest[1:]
    elif rest[0].text.startswith("ب") and len(rest[0].text) > 2:
        rest = [Tok(rest[0].start + 1, rest[0].end, rest[0].text[1:]), *rest[1:]]
    else:
        return False
    return bool(rest) and any(a <= rest[0].start and rest[-1].end <= b for a, b in f.places)


def _dash_claims(f: _Finder, lo: int, hi: int) -> list[tuple[int, int, _Item, Source | None]]:
    """A headline whose speaker follows it after a dash, at its line's end ("ارتفاع حصيلة ضحايا زلزال المغرب إلى
    2946 قتيلا – وزارة الداخلية", "… - المتحدث باسم الجيش"): the headline is the speaker's claim (``source``, the
    dash as the cue).  Only a speaker that is all the words after the dash (a person or role, an institution, a
    group, an outlet, an unnamed source of two words or more), never a place or a date ("… - غزة", "… - 10 مارس");
    the headline has at least :data:`_COLON_CLAIM_WORDS` words, no sentence end, colon or quotation mark, and
    follows a line break or starts the region (session 30)."""
    folded = f.folded
    found: list[tuple[int, int, _Item, Source | None]] = []
    for m in _TRAILING_DASH.finditer(folded, lo, hi):
        dash = m.start() + 1
        line = max(lo, folded.rfind("\n", lo, dash) + 1)
        if dash - line > _DASH_HEADLINE_CHARS or any(ch in folded[line:dash] for ch in ".!؟?:\"«»“”"):
            continue
        zone = words(folded, m.start(1), m.end(1))
        if not zone or sum(t.is_word for t in zone) > _COLON_SPEAKER_WORDS or any(t.text[0].isdigit() for t in zone):
            continue
        src = speaker_after(zone, folded, f.mentions, f.lex, fallback=False)
        if src is not None and src.end < zone[-1].start and _of_place(f, [t for t in zone if t.start >= src.end]):
            zone = [t for t in zone if t.end <= src.end]  # "… — الدفاع المدني في غزة": where it is
        if src is None or src.start > zone[0].end or src.end < zone[-1].start or f.is_place(src) \
                or (src.type == "anonymous" and len(zone) < 2) or zone[0].text in _HEADLINE_TOPICS \
                or any(src.start < b and a < src.end for a, b in f.dated):
            continue
        if src.layer == "entities" and src.type == "organisation" \
                and f.lex.head(zone[0].text) not in ("organisation", "person", "media") \
                and not _named_institution(zone):
            continue  # (a club or a festival the tagger calls an organisation; not "… - الأمم المتحدة")
        head = _after_label(words(folded, line, dash))
        while head and not head[0].is_word:
            head = head[1:]
        if not head:
            continue
        cs = dateline_end(folded, head[0].start, dash, True, f.places)
        cs, ce = trim(folded, cs, dash)
        if count_words(folded, cs, ce, _COLON_CLAIM_WORDS) < _COLON_CLAIM_WORDS or _ARABIC_WORD.search(folded, cs, ce) \
                is None:
            continue
        item = _Item(dash, dash + 1, _DASH_CUE, "", "source", [], phrase_end=src.end)
        found.append((cs, ce, item, src))
    return found


#: The first words of what a roster says a person is, besides a person's head noun or a nationality ("مرشح حزب
#: الجمهوريون", "حزب "انهضي فرنسا"", from attribution.yaml), and the fewest lines of colons that make a roster.
_ROSTER_ROLES = word_set("roster_roles")

_ROSTER_LINES = 3

_LINE = re.compile(r"[^\n]+")


def _roster_lines(f: _Finder, lo: int, hi: int) -> list[tuple[int, int]]:
    """The lines of ``[lo, hi)`` that are a roster: at least :data:`_ROSTER_LINES` lines in a row with a name or
    a few words and a colon at their start, half of them or more saying after it who the one named is by a role or
    a nationality with no verb before it ("مارين لوبان : زعيمة حزب الجبهة الوطنية" ¶ "فرانسوا فيون : مرشح حزب
    الجمهوريون" ¶ …: not claims).  Spans in folded offsets."""
    folded = f.folded
    runs: list[list[tuple[int, int, bool]]] = [[]]
    for m in _LINE.finditer(folded, lo, hi):
        a, b = m.span()
        if not folded[a:b].strip():
            continue
        c = _COLONS.search(folded, a, min(b, a + _COLON_SPEAKER_CHARS))
        head = words(folded, a, c.start()) if c is not None else []
        if c is None or not any(t.is_word for t in head) or len(head) > _COLON_SPEAKER_WORDS:
            if runs[-1]:
                runs.append([])
            continue
        after = [t for t in words(folded, c.end(), min(b, c.end() + 40)) if t.is_word]
        first = after[0].text if after else ""
        bare = first[2:] if first.startswith("ال") else first
        nisba = first in nisba_adjectives() or (first.endswith("ه") and first[:-1] in nisba_adjectives())
        runs[-1].append((a, b, bool(first) and (first in _ROSTER_ROLES or f.lex.head(bare) == "person" or nisba)))
    out: list[tuple[int, int]] = []
    for run in runs:
        if len(run) >= _ROSTER_LINES and 2 * sum(r[2] for r in run) >= len(run):
            out.extend((a, b) for a, b, _ in run)
    return out


_RELATIONAL_HEADS = word_set("relational_heads")

#: Most words of the outlet a headline's speaker spoke to ("لسكاي نيوز عربية", "لوكالة رويترز", لـ"بي بي سي عربي")
_OUTLET_WORDS = 4

#: The preposition ل written apart from the outlet's name: "لـ" and "للـ" (folded without the tatweel).
_LAM_ALONE = word_set("lam_alone")


def _outlet_at(zone: list[Tok]) -> int:
    """The index in ``zone`` of the ل that may open the outlet a headline's speaker spoke to, among its last
    :data:`_OUTLET_WORDS` + 1 words ('وزير الخارجية السعودي لـ"العربية"', 'نتنياهو لـ"سي إن إن"', "لفرانس 24"):
    those words count apart from the speaker's (:func:`_to_outlet` says later whether they are an outlet);
    ``len(zone)`` when none may."""
    seen = 0
    for k in range(len(zone) - 1, 0, -1):
        if not zone[k].is_word:
            continue
        seen += 1
        if seen > _OUTLET_WORDS + 1:
            break
        if zone[k].text.startswith("ل") and not zone[k].text.startswith("لا"):
            return k
    return len(zone)


def _surname_speaker(f: _Finder, tok: Tok) -> Source | None:
    """A headline's speaker named by the surname alone, the tagger's person named in full elsewhere in the document
    ("الحرشاني : وزارة الدفاع تتجه نحو …" with "وزير الدفاع فرحات الحرشاني" in the body; "الحوثي: …" with "عبد
    الملك الحوثي"): a definite word, the last word of a PER of two words or more; None otherwise (a club, "الإفريقي :
    …", is no one's surname)."""
    word = tok.text
    if not tok.is_word or not word.startswith("ال") or len(word) < 5:
        return None
    if any(start != tok.start for start in f.person_surnames.get(word, ())):
        return Source(tok.start, tok.end, "phrase", "person")
    return None


def _to_outlet(f: _Finder, src: Source, zone: list[Tok]) -> bool:
    """Are the words after a headline's speaker the outlet it spoke to, with ل: a named outlet or a media
    head and its name ("مصدر عسكري للعربية: …", "مسؤول إسرائيلي لرويترز: …", "مصدر أمني لـ #الجزيرة: …",
    "مصدر حكومي لصحيفة الشروق: …")?  Only an unnamed source or a role speaks so (pan-Arab posts, session 26)."""
    if src.type not in ("anonymous", "person"):
        return False
    rest = [t for t in zone if t.start >= src.end and t.is_word]
    if not rest or len(rest) > _OUTLET_WORDS + 1 or not rest[0].text.startswith("ل"):
        return False
    first = rest[0].text[1:] if rest[0].text not in _LAM_ALONE else ""
    if not first:  # "لـ #الجزيرة", "ل رويترز", 'للـ"بي بي سي"': the preposition on its own
        rest = rest[1:]
        if not rest or len(rest) > _OUTLET_WORDS:
            return False
        first = rest[0].text
    if first.startswith("ل") and not first.startswith("ال"):  # "للعربية": ل + العربية
        first = "ا" + first
    if f.lex.head(first) == "media":
        return True
    name = " ".join([first, *(t.text for t in rest[1:])])
    return f.lex.media(name, 0, len(name), whole=True) is not None


def _titled_name(f: _Finder, zone: list[Tok], src: Source) -> bool:
    """Is the speaker a person's name after their role, the role all the other words before the colon
    ("الرئيس الفرنسي إيمانويل ماكرون: «…»", "النائب عماد اولاد جبريل : …")?  Not someone's relative
    ("والد مارين لوبان"), not a name after a preposition ("مساعد سابق لأسامة بن لادن") nor in construct
    with a bare head ("رئيس الهلال الأحمر": the name is what he heads)."""
    if src.layer != "entities" or src.type != "person" or f.lex.head(zone[0].text) != "person":
        return False
    if not f.folded[src.start - 1].isspace():
        return False
    before = [t for t in zone if t.end <= src.start]
    if any(_key(t.text) in _RELATIONAL_HEADS for t in before):
        return False
    return len(before) > 1 or before[0].text.startswith("ال")


def _after_label(zone: list[Tok]) -> list[Tok]:
    """``zone`` after a post's labels: hashtags, emoji and marks, and a label word set off by a mark
    ("#عاجل 🔴 الرئاسة الفلسطينية", "عاجل | وزارة الصحة", "عاجل: وزارة الصحة"); ``zone`` when none."""
    k, n = 0, len(zone)
    while k < n:
        tok = zone[k]
        if not tok.is_word:
            if tok.text in MARKS:
                break
            k += 1
            continue
        hashtag = k > 0 and zone[k - 1].text == "#" and zone[k - 1].end == tok.start
        label = _key(tok.text) in _BREAKING_LABELS or "_" in tok.text
        if k + 1 < n and (hashtag or (label and not zone[k + 1].is_word and zone[k + 1].text not in MARKS)):
            k += 1
            continue
        break
    return zone[k:] if k < n else zone


#: Most words before a second colon that make a headline's claim a labelled list.
_LABEL_WORDS = 2


def _labels_list(folded: str, cs: int, ce: int) -> bool:
    """Is a claim after a colon a labelled list, with a colon of its own after a word or two
    ("الأولمبي الباجي : الإنتدابات : حسام الطبوبي – …", "الترتيب : النقاط : …")?"""
    colon = _COLONS.search(folded, cs, ce)
    return colon is not None and count_words(folded, cs, colon.start(), _LABEL_WORDS + 1) <= _LABEL_WORDS


_HEADLINE_TOPICS = word_set("headline_topics")
_HEADLINE_FACILITIES = word_set("headline_facilities")
_HEADLINE_FIRST_PERSON = word_set("headline_first_person")
