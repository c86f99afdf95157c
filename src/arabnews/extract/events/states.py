"""States and joint forces as the actors of an act (session 30, second wave).

A country's name as the subject of a strike ("قصفت تركيا مواقع لحزب العمال", "شنت الولايات المتحدة غارات جوية")
names its forces: the actor is the LOC span with the registry's state-forces id (``us-forces``, ``israeli-forces``,
…; ``state-forces-xx`` for a country the registry does not list), as the groups layer reads "طائرات روسية".
A force joined to the actor by "بالتعاون مع"/"بالتنسيق مع"/"بمساندة" is a second actor (ACLED's associate actor).
"""

from __future__ import annotations

from typing import Any

from ...lang.ar import lookup_key
from .arguments import (
    CONDEMN_VERBS,
    CONJUNCTIONS,
    VIOLENT_TYPES,
    Candidate,
    LayerIndex,
    SentenceView,
    _speech_tokens,
    location,
    own_fighters_before,
    stems,
)
from .dateline import across_border
from .triggers import PRONOUNS, word_set
from .vocab import _BI_PRONOUNS, MISSILE_WORDS, PERPETRATED, PERPETRATED_WITH_BI

#: Feminine light verbs whose subject a strike noun after it belongs to ("شنت الولايات المتحدة غارات").
STATE_LIGHT_VERBS = word_set("state_light_verbs")
#: Words joining a second force to an operation's actor ("بالتعاون مع بعثة الاتحاد الأفريقي").
JOINT_LINKS = word_set("joint_actor_links")
#: Bare definite heads that name a group again ("الحركة"), and the members' nouns before them ("عنصرا من").
GROUP_ANAPHORS = word_set("group_anaphors")
ANAPHOR_MEMBERS = word_set("group_anaphor_members")
#: Words by which a speaker tells of its own deed ("أعلن الجيش أنه قتل").
SELF_REPORT = word_set("self_report")
#: Words of "after" before a clash that followed a taking ("عقب اشتباكات مع …").
AFTER_WORDS = word_set("taking_after_words")
#: Nouns of responsibility a claimant takes ("أعلن التنظيم مسؤوليته عن").
RESPONSIBILITY = word_set("responsibility")
#: Words before a verb that hold its subject ("أنها قصفت سوريا": Syria the object).
SUBJECT_BEFORE_VERB = word_set("subject_before_verb")
#: The event types a joined force takes part in (also a joint arrest).
_JOINT_TYPES = VIOLENT_TYPES | {"strategic developments"}
#: The heads of a force's name ("قوات", "وحدات"), before the name the groups layer reads.
_FORCE_HEADS = word_set("force_heads")
#: The preposition after a joining word ("بالتعاون مع", "بدعم من").
_LINK_PREPOSITIONS = frozenset({"مع", "من"})


def _state_forces(text: str) -> str | None:
    """The registry's forces id of the country named ``text`` ("الولايات المتحدة" → us-forces), or None."""
    from ..entities.gazetteer import default_gazetteer
    from ..groups.lexicon import lexicon as group_lexicon

    gazetteer = default_gazetteer()
    folded = lookup_key(text)
    place = gazetteer.place(folded)
    # (a LOC written as its definite feminine nisba names the state: "السعودية")
    code = place.country if place is not None and place.kind == "country" else \
        gazetteer.nisba.get(folded) if folded.startswith("ال") and folded.endswith("ه") and " " not in folded else None
    if not code:
        return None
    return group_lexicon().state_forces.get(code) or f"state-forces-{code.lower()}"


def _feminine_verb(word: str) -> bool:
    """A folded verb form a country may be the subject of: past feminine ("قصفت", "وشنت") or present ("تقصف")."""
    return any(s.endswith("ت") or (s.startswith("ت") and len(s) > 3) for s in stems(word, CONJUNCTIONS))


def _country_at(view: SentenceView, layers: LayerIndex, k: int) -> tuple[Any, str] | None:
    """The country LOC entity starting at token ``k`` and its forces id, or None."""
    if k >= len(view.tokens):
        return None
    start = view.tokens[k].start
    for e in layers.within("entities", view.start, view.end):
        if e.label == "LOC" and e.start == start:
            gid = _state_forces(e.text)
            return (e, gid) if gid is not None else None
    return None


def trigger_pos(view: SentenceView, d: Any) -> str | None:
    """The part of speech of the trigger of ``d``: its trigger info's, or for a killing word alone (a standalone
    event, no info) the casualty lexicon's ("قتلت" a verb, "مقتل" a noun); None when neither knows it."""
    if d.info is not None:
        return str(d.info.pos)
    return next((c.pos for w in stems(view.words[d.k], CONJUNCTIONS)
                 if (c := view.lex.casualties.get(w)) is not None), None)


def state_subject(view: SentenceView, layers: LayerIndex, d: Any) -> Candidate | None:
    """The country named right after the feminine verb of ``d``, its subject ("قتلت إسرائيل فلسطينيا", "اعتقلت
    تركيا صحفيا"), as a candidate whose end the verb's object is read after; None when there is none (session 40)."""
    if d.kj >= len(view.tokens) or trigger_pos(view, d) != "verb" or not _feminine_verb(view.words[d.k]) or \
            view.is_word(d.k - 1, SUBJECT_BEFORE_VERB):
        return None
    found = _country_at(view, layers, d.kj)
    if found is None:
        return None
    e = found[0]
    ti, tj = view.span_tokens(e.start, e.end)
    return Candidate(e.start, e.end, e.text, "entities", ti, tj, "entity")


def state_actors(view: SentenceView, layers: LayerIndex, d: Any, names: dict[str, Any]) -> None:
    """Give the draft ``d`` with no actor the state its verb or light verb names as subject ("قصفت تركيا",
    "شنت إسرائيل غارات"), and drop the state as its location; a second state after "و" ("قصفت الولايات
    المتحدة وبريطانيا") shares the role."""
    word = view.words[d.k]
    # (a killing verb alone is a standalone event with no trigger info: "قتلت إسرائيل 5 فلسطينيين", session 39)
    pos = trigger_pos(view, d)
    # (an arrest only by its verb and the country right after it: "اعتقلت تركيا صحفيا", "ألقت تركيا القبض على";
    # session 40)
    arrest = d.subtype == "arrests"
    if (d.type not in VIOLENT_TYPES and not arrest) or (arrest and pos != "verb") or pos is None or d.negated or \
            any(a["role"] == "actor" for a in d.actors):
        return
    found: tuple[Any, str] | None = None
    # (a verb the lexicon lists with its noun: "وأغارت"; never a plural noun, "غارات إسرائيل" is Israel's strikes
    # read by the groups layer)
    k = d.k
    # (not the object of a verb whose subject is a pronoun before it, nor a country alone after it: "أعلنت الولايات
    # المتحدة أنها قصفت سوريا", as the places read it)
    if (_feminine_verb(word) if pos == "verb" else (
            not word.endswith("ات") and any(s.endswith("ت") for s in stems(word, CONJUNCTIONS)))) and \
            not view.is_word(k - 1, SUBJECT_BEFORE_VERB):
        found = _country_at(view, layers, k + 1)  # (the trigger may go on: "أغارت إسرائيل على")
        if found is not None:
            after = view.token_at(found[0].end - 1)
            if after is None or after + 1 >= len(view.tokens) or view.tokens[after + 1].kind not in ("word", "number") \
                    or view.clause_of(after + 1) != view.clause_of(k):
                found = None
    if found is None and not arrest and d.k >= 2:
        # the light verb, the country, the strike noun right after it
        for k in range(d.k - 1, max(-1, d.k - 5), -1):
            if any(s in STATE_LIGHT_VERBS for s in stems(view.words[k], CONJUNCTIONS)):
                found = _country_at(view, layers, k + 1)
                if found is not None and view.token_at(found[0].end - 1) != d.k - 1:
                    found = None
                break
    if found is None and not arrest and d.info is not None:
        # the country as the subject of a killing verb before the act, its victims between ("وقتلت الولايات
        # المتحدة 3 مدنيين في غارة", session 39)
        for k in range(d.k - 1, max(-1, d.k - 10), -1):
            if view.clause_of(k) != view.clause_of(d.k):
                break
            if any(c.pos == "verb" and w.endswith("ت") for w in stems(view.words[k], CONJUNCTIONS)
                   if (c := view.lex.casualties.get(w)) is not None):
                found = _country_at(view, layers, k + 1)
                break
    done_by = False
    if found is None and not arrest and d.info is not None and not view.is_word(d.k, MISSILE_WORDS) and \
            (k := _perpetrator_after(view, d)) is not None:
        # the country as the subject of a verb whose object is the event ("العملية العسكرية التي قامت بها الولايات
        # المتحدة الأمريكية، فجر أمس الجمعة، على قاعدة الشعيرات في مدينة حمص"; session 38; not a missile, which
        # may be one tested or shown: "صاروخا باليستيا أطلقته كوريا الشمالية")
        found = _country_at(view, layers, k)
        done_by = found is not None
    if found is None:
        return
    states = [found]
    e = found[0]
    nxt = view.token_at(e.end - 1)
    if nxt is not None and nxt + 1 < len(view.tokens) and view.tokens[nxt + 1].text.startswith("و"):
        second = next((x for x in layers.within("entities", view.start, view.end)
                       if x.label == "LOC" and x.start == view.tokens[nxt + 1].start + 1), None)
        gid = _state_forces(second.text) if second is not None else None
        if second is not None and gid is not None:
            states.append((second, gid))
    spans = {(x.start, x.end) for x, _ in states}
    d.actors = [a for a in d.actors if (a["start"], a["end"]) not in spans]
    d.actors[:0] = [{"role": "actor", "start": x.start, "end": x.end, "text": x.text, "group_id": gid,
                     "layer": "entities"} for x, gid in states]
    if d.location is not None and (d.location.get("start"), d.location.get("end")) in spans:
        # the state acts; where it strikes is the place after it ("قصفت تركيا مواقع … في شمال العراق")
        clause = view.clause_range(d.clause)
        last = max(x.end for x, _ in states)
        again = location(view, layers, d.start, (last, clause[1]), names) if last < clause[1] else None
        d.location = again if again is not None and again.get("start", -1) >= last else None
        if d.location is None and done_by:
            # (what it hit may be after a time in commas: "…، فجر أمس الجمعة، على قاعدة الشعيرات في مدينة حمص")
            end = min(view.end, last + _DONE_BY_REACH)
            again = location(view, layers, d.start, (last, end), names)
            d.location = again if again is not None and last <= again.get("start", -1) < end else None


#: How many characters after a state named as the doer of an event its place may be read (session 38).
_DONE_BY_REACH = 90


def _perpetrator_after(view: SentenceView, d: Any) -> int | None:
    """The token after a verb, a few words after the trigger of ``d`` and in its clause, whose object is the event
    ("التي قامت بها", "الذي نفذته", "التي شنتها"): there its subject begins; else None."""
    for j in range(d.kj, min(d.kj + 3, len(view.words) - 1)):
        if view.clause_of(j) != view.clause_of(d.k):
            return None
        w = view.words[j]
        if w in PERPETRATED:
            return j + 1
        if w in PERPETRATED_WITH_BI and view.words[j + 1] in _BI_PRONOUNS:
            return j + 2
    return None


def _gloss_after(view: SentenceView, c: Candidate, cands: list[Candidate]) -> Candidate | None:
    """The candidate in brackets right after ``c`` that glosses it ("بعثة الاتحاد الأفريقي (أتميس)"), or None."""
    return next((o for o in cands if o.start > c.end and view.doc.text[c.end:o.start].strip() == "("), None)


def joint_actors(view: SentenceView, d: Any, cands: list[Candidate], drafts: list[Any]) -> None:
    """A force joined to the subject by "بالتعاون مع"/"بالتنسيق مع"/"بمساندة" acts with it: both are actors of ``d``
    ("أعلنت قوات الأمن الصومالية بالتعاون مع بعثة الاتحاد الأفريقي (أتميس) مقتل 35 عنصرا … في عملية عسكرية",
    "وهاجمت قوات الجيش بمساندة الطيران مواقع المسلحين"), the joined one never the target."""
    if d.type not in _JOINT_TYPES or d.negated:
        return
    clause = view.clause_of(d.k)
    for j in range(max(0, d.k - 20), min(len(view.tokens), d.kj + 6)):
        if view.words[j] not in JOINT_LINKS or j in range(d.k, d.kj) or (j > d.k and view.clause_of(j) != clause):
            continue
        if j < d.k and any(o.k != d.k and j < o.k < d.k for o in drafts):
            continue  # another act between: the link is that act's
        # (the link between commas: "وأعلنت القوات المسلحة السودانية، بالتعاون مع القوات المشتركة، مقتل …")
        comma = j > 0 and view.tokens[j - 1].text in ("،", ",")
        subject = next((c for c in cands if (c.tj == j or (comma and c.tj == j - 1)) and not c.attributive), None)
        at = j + 1 + int(view.is_word(j + 1, _LINK_PREPOSITIONS))
        # (its force head may lie outside the name: "بالتعاون مع قوات بعثة الاتحاد الأفريقي (أتميس)", session 32)
        at += int(view.is_word(at, _FORCE_HEADS) and not any(c.ti == at for c in cands))
        joined = next((c for c in cands if c.ti == at and c is not subject), None)
        if subject is None or joined is None or joined.klass not in ("group", "armed", "entity") or \
                subject.klass not in ("group", "armed", "entity"):
            continue
        if j > d.k and not any(a["role"] == "actor" and a["start"] == subject.start for a in d.actors):
            continue  # after the trigger only when the verb's subject is the actor ("قتلت قسد بالتنسيق مع …")
        gloss = _gloss_after(view, joined, cands)
        # "بالتنسيق مع الحرس والأمن الوطنيين": a second force joined by و
        also = next((c for c in cands if c.ti == joined.tj and c.start > 0 and view.doc.text[c.start - 1] == "و"
                     and c.klass in ("group", "armed", "entity")), None) if gloss is None else None
        joint = {(c.start, c.end) for c in (subject, joined, gloss, also) if c is not None}
        kept = [a for a in d.actors if (a["start"], a["end"]) not in joint]
        actors = [a for a in kept if a["role"] == "actor"]
        if actors and actors[0]["start"] < subject.start:
            continue  # another actor comes first: not this subject's act
        d.actors = [subject.as_actor("actor"), joined.as_actor("actor"),
                    *([also.as_actor("actor")] if also is not None else []), *kept]
        return


def anaphoric_target(view: SentenceView, layers: LayerIndex, d: Any) -> None:
    """The group a bare definite head names again after a members' noun ("مقتل 35 عنصرا من الحركة" after "حركة
    الشباب") as the target of ``d`` with no target: the head's span, the antecedent's ``group_id``."""
    if d.type not in _JOINT_TYPES:
        return
    clause = view.clause_of(d.k)
    for j in range(max(1, d.k - 10), min(len(view.tokens) - 1, d.kj + 10)):
        if view.words[j] not in ("من", "في") or view.clause_of(j) != clause or \
                view.words[j - 1] not in ANAPHOR_MEMBERS or view.words[j + 1] not in GROUP_ANAPHORS:
            continue
        head = view.words[j + 1][2:]
        t = view.tokens[j + 1]
        if any(g.start <= t.start < g.end for g in layers.within("groups", view.start, view.end)):
            return  # a group read there ("من الحركة الشعبية")
        if j + 2 < len(view.tokens) and view.tokens[j + 2].kind == "word" and view.words[j + 2].startswith("ال"):
            return  # the head has its own adjective or name ("من الجماعة الإسلامية"): another group
        before = [g for g in layers.within("groups", 0, t.start)
                  if g.id and lookup_key(view.doc.text[int(g.attrs.get("head_start", g.start)):g.end]).startswith(head)]
        if not before:
            return
        g = before[-1]
        if any(a.get("group_id") == g.id and a["role"] == "actor" for a in d.actors):
            return
        members = view.tokens[j - 1]
        counted = [a for a in d.actors if a["role"] == "target" and a["end"] == members.end]
        if any(a["role"] == "target" for a in d.actors) and not counted:
            return  # the act has its own target
        # the members with their count ("35 عنصرا", "خمسة عناصر")
        count = [n.start for n in layers.within("numbers", view.start, members.start)
                 if not view.doc.text[n.end:members.start].strip()]
        lo = min([members.start, *count, *(a["start"] for a in counted)])
        d.actors = [a for a in d.actors if a not in counted]
        members_text = view.doc.text[lo:members.end]
        d.actors.append({"role": "target", "start": t.start, "end": t.end, "text": t.text, "group_id": g.id,
                         "layer": "text", "members": {"start": lo, "end": members.end, "text": members_text}})
        return


def told_death(view: SentenceView, d: Any) -> None:
    """A death told by a reporting participle or verb right before its noun ("مؤكدا مقتل شخص واحد", "وأكدت
    مقتل …") has no actor among the words before that verb: they are the speaker's sentence ("قال متحدث باسم خفر
    السواحل إن 19 عملية إنقاذ نفذها خفر السواحل …، مؤكدا مقتل شخص واحد": the rescuers are no killers)."""
    if not d.standalone or d.k < 1:
        return
    if view.speech is None:
        view.speech = _speech_tokens(view)
    if not view.speech.get(d.k - 1):
        return
    cut = view.tokens[d.k - 1].start
    d.actors = [a for a in d.actors if not (a["role"] == "actor" and a["end"] <= cut)]


def source_not_actor(view: SentenceView, d: Any, reported: dict[str, Any] | None, *, colon: bool = False) -> None:
    """The body a quote's source belongs to ("مصدر في قيادة شرطة دمشق", "متحدث باسم الجيش") did not do the act the
    quote tells, unless the quote tells of its own deed ("أنه", "أنها" before the act). A speaker before a colon
    (``colon``, a headline's: "وزارة الخارجية : حالة أحد المصابيْن التونسيين في هجوم كندا الإرهابي حرجة") is itself
    no actor either (session 43)."""
    if not reported or "start" not in reported:
        return
    lo, hi = int(reported["start"]), int(reported["end"])
    inner = [a for a in d.actors if a["role"] == "actor" and (lo < a["start"] or (colon and lo == a["start"]))
             and a["end"] <= hi]
    if not inner:
        return
    k = view.token_at(hi - 1)
    if k is not None and any(view.words[j] in SELF_REPORT for j in range(k + 1, d.k)):
        return
    if k is not None and d.k > k and own_fighters_before(view, d.k):
        return  # "قال المتحدث باسم الجيش السوداني إن قواته استعادت …": its own forces' deed (session 32)
    if k is not None and any(view.is_word(j, RESPONSIBILITY) for j in range(k + 1, k + 3)):
        return  # a claim: "أعلن تنظيم داعش الإرهابي مسؤوليته عن الهجوم"'s group did it
    d.actors = [a for a in d.actors if a not in inner]


#: Words between a speaker and the addressee written with ل ("في تصريح اليوم"; session 41).
ADDRESSEE_FILLERS = word_set("addressee_fillers")


def addressee_not_actor(text: str, d: Any, q: dict[str, Any]) -> None:
    """The outlet or person a speaker speaks to, written with ل between the speech verb and the quote ('قال أنيس الكعبي
    ل"الجوهرة أف أم" إن التحركات الاحتجاجية', "صرح لموزاييك أف أم أن"), is no actor of the act the quote tells
    (session 41)."""
    cue, source = q.get("cue") or {}, q.get("source") or {}
    lo, hi = int(cue.get("end", -1)), int(q.get("start", -1))
    if lo < 0 or hi <= lo or "end" not in source:
        return
    said = int(source["end"])  # right after the speaker, a statement's words at most between

    def addressed(a: dict[str, Any]) -> bool:
        if a["role"] != "actor" or not lo <= a["start"] < a["end"] <= hi:
            return False
        i = a["start"]
        while i > lo and text[i - 1] in "\"«'":
            i -= 1
        if text[i - 1:i] == "ـ":
            i -= 1
        return text[i - 1:i] == "ل" and (i < 2 or not text[i - 2].isalpha()) and said <= i - 1 and \
            all(lookup_key(w) in ADDRESSEE_FILLERS for w in text[said:i - 1].split())

    if any(addressed(a) for a in d.actors):
        d.actors = [a for a in d.actors if not addressed(a)]


def state_not_place(d: Any) -> None:
    """The state that acts is not where it acts (after a merged draft gave it back: "واستهدفت أمريكا ب59 صاروخ
    توماهوك")."""
    loc = d.location
    if loc and any(a.get("group_id") and a.get("layer") == "entities" and a["start"] == loc.get("start")
                   and a["end"] == loc.get("end") for a in d.actors):
        d.location = None


def condemned(view: SentenceView, d: Any) -> None:
    """Who condemns or hails an act written with ب after them ("وندد زعيم التيار الصدري مقتدى الصدر بالهجمات",
    "أشادت الحكومة بالعملية") is a speaker, not its actor, however long the title between the verb and the name."""
    if d.k < 2 or not view.tokens[d.k].text.startswith(("ب", "وب")) or d.info is None or d.info.pos != "noun":
        return
    if view.speech is None:
        view.speech = _speech_tokens(view)
    clause = view.clause_of(d.k)
    verb = next((j for j in range(d.k - 1, max(-1, d.k - 9), -1) if j in view.speech), None)
    # a speech act (not a report: "أعلنت وزارة الداخلية إصابة ضابط شرطة بإطلاق نار" tells of the act, its words
    # between are the act's), or a condemning verb
    if verb is None or view.clause_of(verb) != clause or (
            view.speech[verb] and not any(s in CONDEMN_VERBS for s in stems(view.words[verb], CONJUNCTIONS))):
        return
    lo, hi = view.tokens[verb].end, view.tokens[d.k].start
    d.actors = [a for a in d.actors if not (a["role"] == "actor" and lo <= a["start"] and a["end"] <= hi)]


def border_place(view: SentenceView, layers: LayerIndex, d: Any, names: dict[str, Any]) -> None:
    """The country after "الحدود مع" is the neighbour: the event's place is the sentence's place before the border
    ("وفي النيجر، قتل مسلحون … في هجوم على قرية قرب الحدود مع بوركينا فاسو": النيجر), when it names one."""
    loc = d.location
    if not loc or "start" not in loc:
        return
    k = view.token_at(int(loc["start"]))
    if k is None or not across_border(view, k):
        return
    border = view.tokens[k - 2].start
    if border <= view.start:
        return
    other = location(view, layers, d.start, (view.start, border), names)
    if other is not None and other.get("start", border) < border:
        d.location = other


def _possessed(word: str) -> bool:
    """Does the folded noun bear its owner's pronoun ("سيطرته", "سيطرتها", "استيلائهم"), not the ة of "السيطرة"?"""
    bare = word[1:] if word[:1] in "وف" else word
    return not bare.startswith("ال") and any(bare.endswith(h + p) for h in ("ت", "ي") for p in PRONOUNS)


def claimed_taking(view: SentenceView, d: Any, cands: list[Candidate], drafts: list[Any],
                   kinds: dict[str | None, str | None], state_stems: tuple[str, ...]) -> None:
    """Who announces its own taking ("أعلن المجلس الانتقالي الجنوبي سيطرته على معسكرات", "وأعلنت هيئة تحرير الشام
    سيطرتها على بلدة"): the speaker whose pronoun the noun bears is its actor (a state's forces regain territory:
    "وأعلن الجيش السوري سيطرته على مدينة تدمر"); a clash after it ("عقب اشتباكات مع قوات موالية لحزب الإصلاح")
    with no actor of its own is the taker's."""
    if d.type != "battles" or d.negated:
        return
    if d.subtype == "non-state actor overtakes territory" and d.info is not None and d.info.pos == "noun" and \
            _possessed(view.words[d.k]):
        if view.speech is None:
            view.speech = _speech_tokens(view)
        clause = view.clause_of(d.k)
        verb = next((j for j in range(d.k - 1, max(-1, d.k - 14), -1) if j in view.speech), None)
        if verb is None or any(o is not d and verb < o.k < d.k for o in drafts):
            # the pronoun names a taker told before ("بعد اجتياح داعش … وسيطرته على"): only a named group may be
            # it, not a phrase the base reading found before ("قامت بتسيير دوريات أمنية …، بعد سيطرتها على")
            d.actors = [a for a in d.actors if a["role"] != "actor" or a.get("layer") == "groups"]
            return
        if any(a["role"] == "actor" for a in d.actors):
            return
        subject = next((c for c in cands if verb < c.ti <= verb + 3 and c.tj <= d.k and not c.attributive
                        and c.klass in ("group", "armed", "entity")), None)
        if subject is None or view.clause_of(verb) > clause:
            return
        d.actors.insert(0, subject.as_actor("actor"))
        if kinds.get(subject.group_id) == "state force" or (
                subject.layer != "groups" and any(s in lookup_key(subject.text) for s in state_stems)):
            d.subtype = "government regains territory"
        return
    if d.subtype == "armed clash" and not any(a["role"] == "actor" for a in d.actors) and d.k >= 1 and \
            view.is_word(d.k - 1, AFTER_WORDS):
        taking = next((o for o in reversed(drafts) if o.k < d.k and o.type == "battles" and "territory" in o.subtype
                       and any(a["role"] == "actor" for a in o.actors)), None)
        if taking is None:
            return
        taker = next(a for a in taking.actors if a["role"] == "actor")
        if not any(a["start"] == taker["start"] for a in d.actors):
            d.actors.insert(0, dict(taker))
