"""A speaker's gender and number against its verb, participle or pronoun, and the speaker carried to a claim that
names none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .base import _COMPLEMENT_WORDS, _ONE_OF, _gender, _Item, _Last, _last_space_end, _lemma_key, _participle_gender
from .clauses import words
from .cues import Lexicon, word_set
from .quotes import MAX_QUOTE
from .sources import Source, after_relative, speaker_after, speaker_before

if TYPE_CHECKING:
    from .finder import _Finder

#: Things that show but do not speak ("الصورة", "الخريطة", "الدلائل", "المؤشرات"): no claim is theirs.
_MUTE = word_set("mute_sources")


def _mute(f: _Finder, src: Source) -> bool:
    """Is ``src`` a phrase headed by a thing that shows but does not speak ("الصورة", "بعض الصور", "الدلائل")?"""
    if src.layer != "phrase":
        return False
    for w in f.folded[src.start:src.end].split()[:2]:
        if w in f.lex.determiners:
            continue
        if w.startswith("ل") and not w.startswith("ال"):
            w = w[1:]  # the article's ل after a source phrase's ("طبقا للمؤشرات المرجعية": read from "لمؤشرات")
        return (w[2:] if w.startswith("ال") else w) in _MUTE or w in _MUTE
    return False


def _antecedent_speaker(f: _Finder, it: _Item, lo: int) -> Source | None:
    """The speaker of a verb in a relative clause right after its cue's antecedent ("وقالت الشرطة التي كشفت صور
    المنفذين إن …" → "الشرطة"), or None when the verb does not follow a relative pronoun."""
    start = it.start - len(it.pre)
    s_start, _ = f.sentence_bounds(it.start, lo, start)
    before = words(f.folded, max(s_start, start - 200), start)
    if not after_relative(before):
        return None
    src = speaker_before(before, f.folded, f.mentions, f.lex, sentence_start=s_start,
                         agreement=_agreement(f.folded, it))
    return None if src is None or _mute(f, src) else src


def _pronoun_number(folded: str, it: _Item) -> str | None:
    """"plural" for the pronoun of "حسب قولهم", "وفق تعبيرهن", "dual" for "على حد قولهما", None for a singular
    ("حسب قوله", "بحسب روايتها")."""
    noun = folded[it.start:it.phrase_end].rsplit(" ", 1)[-1]
    return "dual" if noun.endswith("هما") else "plural" if noun.endswith(("هم", "هن")) else None


def _of_number(f: _Finder, src: Source | None, it: _Item, number: str, lo: int, hi: int) -> Source | None:
    """The speaker of a "حسب قولهم", "على حد تعبيرهم", "حسب قولهما": for a plural, the unnamed people its
    sentence names before it ("ويندد المحتجون بالتهميش …، حسب تعبيرهم" → "المحتجون"), else the speaker
    carried over when it can be many (``src``: not one person, institution or outlet, "جمال العبادل", "وزارة
    التربية", "مصدر أمني"); for a dual only the latter."""
    if number == "plural":
        people = _sentence_people(f, it.start, lo, hi)
        if people is not None:
            return people
    return src if src is not None and _many(f, src) else None


def _many(f: _Finder, src: Source) -> bool:
    """Can ``src`` be the "they" of "حسب قولهم": unnamed people or a phrase on a plural head ("ناشطون",
    "مصادر محلية", "بعض السكان"), not a PER/ORG entity, a role, an institution, an outlet or one unnamed source
    ("مصدر أمني", "أحد السكان")?"""
    if src.layer != "phrase" or src.type != "anonymous":
        return False
    said = f.folded[src.start:src.end].split()
    if said[0] in _ONE_OF:
        return False
    head = next((w for w in said if w not in f.lex.determiners), said[0])
    bare = head[2:] if head.startswith("ال") else head
    return bare not in _SINGULAR_SOURCES and f.lex.head(head) == "anonymous"


def _document(f: _Finder, src: Source) -> bool:
    """Is ``src`` a document's phrase ("الأرقام الأولية" of "وفقا للأرقام الأولية", "البيان"), which no "his" or "her"
    of "حسب رأيه", "حسب قولها" stands for (session 36)?"""
    if src.layer != "phrase":
        return False
    head = f.folded[src.start:src.end].split(" ", 1)[0]
    return any(head.startswith(pre) and head[len(pre):] in f.lex.documents for pre in ("", "ال", "لل", "ل"))


def _sentence_people(f: _Finder, pos: int, lo: int, hi: int) -> Source | None:
    """The unnamed people a "حسب قولهم" at ``pos`` speaks for: the last phrase on a plural head of unnamed
    sources in its sentence before it ("ما اعتبرها المحتجون "تجاوزات"، على حد تعبيرهم" → "المحتجون")."""
    s_start, _ = f.sentence_bounds(pos, lo, hi)
    toks = words(f.folded, max(s_start, pos - MAX_QUOTE), pos)
    for k in range(len(toks) - 1, -1, -1):
        word = toks[k].text
        if f.lex.head(word) != "anonymous":
            continue
        src = speaker_after(toks[k:], f.folded, f.mentions, f.lex, fallback=False)
        if src is not None and src.start == toks[k].start and _many(f, src):
            # the head and its adjectives, not a complement ("ويندد المحتجون بالتهميش", "السكان من العطش")
            end = next((t.start for t in toks[k + 1:] if t.start < src.end and (
                not t.is_word or t.text in _COMPLEMENT_WORDS or t.text.startswith(("بال", "لل", "كال")))), src.end)
            return Source(src.start, _last_space_end(f.folded, src.start, end), src.layer, src.type)
    return None


def _agrees(folded: str, it: _Item, src: Source, lex: Lexicon) -> bool:
    """Can the speaker carried over from an earlier claim be the subject of ``it``'s verb?  Not one
    person, institution or outlet (a PER or ORG entity, a place, a phrase on a singular head: "الوزير",
    "وزارة الداخلية") for a dual or plural verb ("وصرحا", "أكدوا", "يقولون": people, while "السلطات"
    take a feminine singular; "المحتجون", "عدد من العملة" may), nor an institution whose head is
    feminine ("حركة النهضة", "وزارة الداخلية") for a masculine singular verb ("واعتبر أنّ …")."""
    verb = folded[it.start:it.end]
    kind = it.cue.kind
    head = folded[src.start:src.end].split(" ", 1)[0]
    if kind == "present" and verb.startswith("ن"):
        return True  # "نؤكد": the speaker's own "we"
    if kind == "participle":
        plural = False  # (news writes "مؤكدين" after a speaker and the others of the event too)
    elif kind == "present":
        plural = verb.endswith(("ون", "ان", "وا"))
    else:
        plural = verb.endswith(("وا", "تا")) or (verb.endswith("ا") and verb != _lemma_key(it.cue.lemma))
    if plural:
        if src.layer == "entities":
            return False
        return not (src.layer == "phrase" and lex.head(head) in ("person", "organisation", "media"))
    if src.type in ("organisation", "group", "media"):
        masculine = _participle_gender(verb) == "m" if kind == "participle" else _gender(verb, kind == "present") == "m"
        return not (masculine and head.endswith("ه"))
    return True


def _same_gender(f: _Finder, it: _Item, lo: int, hi: int) -> bool:
    """Is the singular verb at ``it`` of the gender of the verb that opens its sentence ("وتبنت الحركة …، وزعمت" but
    not "وقصف الجيش …، وزعمت")?  A plural verb agrees with either (the verb before its plural subject is singular)."""
    s_start, _ = f.sentence_bounds(it.start, lo, hi)
    first = words(f.folded, s_start, min(it.start, s_start + 40))
    if not first:
        return False
    said = _gender(f.folded[it.start:it.end], False)
    opened = _gender(first[0].text[1:] if first[0].text[:1] in "وف" else first[0].text, False)
    return said is None or opened is None or said == opened


def _carried_to(f: _Finder, last: _Last | None, it: _Item) -> Source | None:
    """The last speaker named, carried to ``it`` when within reach and of the gender of ``it``'s verb,
    participle or pronoun: a man named by "قال" is no subject of "وأضافت", a woman named by "أكدت" none of
    "مضيفا" or "حسب قوله" ("أكد سليم الحاج مبروك أن … من جهتها أوضحت عزيزة حتيرة … أن …")."""
    src = f.carried(last, it.start)
    if src is None or last is None:
        return src
    if it.cue.kind == "participle" and f.sentence(it.start) == last[1]:
        return src  # "وقال الوزير إن …، مضيفة أن …": the حال's subject is its verb's, a slip of gender or not
    gender = _claim_gender(f.folded, it)
    if gender is None or last[2] is None or gender == last[2]:
        return src
    # a speaker of the verb's gender named before the last one, within reach ("دعا … الحبيب الراشدي وزارة الداخلية
    # لرفع قضية ضد قناة الزيتونة بعد نشرها صورا ادعت أنها …" ¶ "وقال في تدوينة …" → الراشدي, not the channel;
    # session 42)
    if not _dropped_subject(f, it):
        return None
    here = f.sentence(it.start)
    for earlier in reversed(f.earlier):
        if here - earlier[1] > f.carry_sentences:
            break
        # (of the verb's gender, or a person named by a verb whose form does not say it: "دعا")
        if (earlier[2] == gender or (earlier[2] is None and earlier[0].type == "person")) \
                and earlier[0].type != "anonymous":
            return earlier[0]
    return None


def _dropped_subject(f: _Finder, it: _Item) -> bool:
    """Is ``it`` a verb with و/ف that opens its sentence and names no subject: nothing but where, when or to whom
    it was said before its claim ("وقال في تدوينة نشرها … إن", "وأضافت أن"; not "وقال كواك –وهذا اسمه- إن", whose
    subject the finder missed, nor "إلا أن الشركة أكدت أنه …")?"""
    if not it.pre or it.cue.kind not in ("past", "present"):
        return False
    start = f.bounds(f.sentence(it.start))[0]
    if f.folded[start:it.start - len(it.pre)].strip(" \t\u00a0\n\"«“-–"):
        return False
    first = next((t.text for t in it.zone if t.is_word), None)
    return first is None or first in f.lex.zone_cutters or first in it.cue.preps


def _plural_carried(f: _Finder, it: _Item, claims: list[tuple[int, int, _Item, Source | None]], lo: int,
                    hi: int) -> Source | None:
    """The people a plural verb with و and no subject ("وأضافوا أن", "ويقولون إن") carries from before, when the
    last speaker is one person or body: unnamed people its sentence names before it ("وقام أطباء بإجراء فحوصات،
    وقالوا إن …"), else the last speaker within reach that can be many ("وقال شهود إن … بينما قالت الشرطة …" ¶
    "وأضافوا بأن …" → "شهود"), else unnamed people of the sentence before, when the verb opens its sentence
    ("وطالب المحتجون بحقهم في التشغيل." ¶ "وأكدوا أن …" → "المحتجون")."""
    def said(src: Source | None) -> bool:  # (people inside a claim's words are no subject: "سرق المواطنين")
        if src is None:
            return False
        if any(cs <= src.start < ce for cs, ce, _, _ in claims):
            return True
        # (nor inside a quotation: '"… مناشدة الأهالي التوافد …"')
        before = f.folded[f.sentence_bounds(src.start, lo, hi)[0]:src.start]
        return before.count('"') % 2 == 1 or before.count("«") > before.count("»")

    people = _sentence_people(f, it.start - len(it.pre), lo, hi)
    if people is not None and not said(people):
        return people
    here = f.sentence(it.start)
    for _cs, _ce, other, src in reversed(claims):
        if other.start >= it.start:
            continue
        if here - f.sentence(other.start) > f.carry_sentences:
            break
        if src is not None and _many(f, src):
            return src
    s_start, _ = f.sentence_bounds(it.start, lo, hi)
    if f.folded[s_start:it.start - len(it.pre)].strip(" \t\u00a0\"«“") or s_start <= lo:
        return None
    end = s_start
    while end > lo and f.folded[end - 1].isspace():
        end -= 1
    people = _sentence_people(f, end - 1, lo, hi) if end > lo else None
    return None if said(people) else people


def _claim_gender(folded: str, it: _Item) -> str | None:
    """The gender a claim's cue gives its speaker: that of a singular verb ("قالت", "تقول" f; "قال", "لفت"
    m) or participle ("مضيفة" f, "مضيفا" m), or of the pronoun of "حسب قولها" (f) / "حسب قوله" (m); None
    for a dual, a plural, "نؤكد", a colon or a source phrase without a pronoun."""
    form = folded[it.start:it.end]
    kind = it.cue.kind
    if kind == "participle":
        return _participle_gender(form)
    if kind == "past":
        return "m" if form == _lemma_key(it.cue.lemma) else _gender(form, False)  # ("لفت" ends as "قالت" does)
    if kind == "present":
        return None if form.startswith("ن") else _gender(form, True)
    if it.kind == "source" and it.pronoun:
        noun = folded[it.start:it.phrase_end].rsplit(" ", 1)[-1]
        return "f" if noun.endswith("ها") else None if noun.endswith(("هم", "هما", "هن")) else "m"
    return None


def _agreement(folded: str, it: _Item) -> str | None:
    """The person of a claim's verb: "m" or "f" for a singular (:func:`_claim_gender`), "plural" ("قالوا",
    "يقولون"), "dual" ("قالا", "قالتا", "يقولان"), None for "نقول" or a verb whose form does not say."""
    gender = _claim_gender(folded, it)
    if gender is not None:
        return gender
    form = folded[it.start:it.end]
    if form.startswith("ن") and it.cue.kind == "present":
        return None
    if form.endswith(("وا", "ون")):
        return "plural"
    return "dual" if form.endswith(("ا", "ان", "تا")) else None


#: Heads of unnamed sources that name one ("مصدر أمني"), and the words that pick one of many ("أحد السكان").
_SINGULAR_SOURCES = word_set("singular_sources")
