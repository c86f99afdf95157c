"""Folding the events of a document that tell one act: an anaphor or a restated act with the event it refers
to, a headline's event with its lead's twin, a case told again (its casualties and roles taken over)."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from typing import Any

from ...lang.ar import clitic_splits, fold
from .arguments import ATTRIBUTIVE_LINKS, VIOLENT_TYPES
from .headlines import LEAD_SENTENCES
from .triggers import word_set
from .vocab import ANAPHORIC_NOUNS, EXPLOSIONS, TOWN_PARTS


def _victims(event: Any) -> set[str]:
    """The folded last words of the event's targets, without the article ("محمد الزواري" → "زواري")."""
    out = set()
    for a in event.actors:
        if a["role"] == "target" and a["layer"] != "numbers":
            last = fold(a["text"].split()[-1])
            out.add(last[2:] if last.startswith("ال") else last)
    return out


def _act_stem(text: str) -> str:
    """The folded trigger text without its proclitics and article ("بمحاولة حرق" → "محاوله حرق", "في" kept out),
    nor the article of its adjectives ("العمليات العسكرية" → "عمليات عسكريه", as "عمليات عسكرية"; session 44)."""
    split = max(clitic_splits(fold(text.split()[0])), key=lambda s: len(s.prefix) + (2 if s.article else 0))
    rest = [w[2:] if split.article and w.startswith("ال") and len(w) > 4 else w for w in fold(text).split()[1:]]
    return " ".join([split.stem, *rest])


def _attack_noun(text: str) -> bool:
    """Is the trigger ``text`` an attack noun (``anaphoric_nouns``: "الاعتداء", "هجوم إرهابي")?"""
    stem = _act_stem(text)
    return stem in ANAPHORIC_NOUNS or stem.split()[0] in ANAPHORIC_NOUNS


def _same_report(e: Any, o: Any, head: int | None) -> bool:
    """Are ``e`` and ``o`` the headline's act and its lead's, of one type and trigger ("القبض على عنصرين متهمين في
    محاولة حرق سيارة عون أمن" ¶ "… القبض على عنصرين متهمين بمحاولة حرق سيّارة تابعة لعون أمن")?"""
    if head is None or (e.type, e.subtype) != (o.type, o.subtype) or _act_stem(e.text) != _act_stem(o.text):
        return False
    first, second = sorted((e.sentence, o.sentence))
    return first == head and 0 < second - head <= LEAD_SENTENCES


def _told_done(events: list[Any], claimed: list[tuple[int, str, bool]], head: int | None = None) -> None:
    """An act an accusation or a plan names is no longer negated when the document tells it as done: a word after
    it says so (a charged act only: "محاكمة المتهمين بقتل الشهيد"), or an event of the same type not negated has
    the same victim ("المتهم بقتل الزواري", "البلجيكي الذي خطط لاغتيال محمد الزواري" beside "اغتيال الزواري").  A
    plan with no such victim stays negated ("يشتبه في تخطيطه لهجوم"), as does a foiled or attempted act."""
    done = [e for e in events if not e.negated]
    for i, how, after in claimed:
        e = events[i]
        victims = _victims(e)
        # (session 26: a charge the headline or the lead tells as an act, "متهمين في محاولة حرق" beside "متهمين
        # بمحاولة حرق", is the same act, told as done, and they fold)
        if (how == "charged" and after) or (victims and any(
                o.type == e.type and victims & _victims(o) for o in done if o is not e)) or (
                how == "charged" and any(_same_report(e, o, head) for o in done if o is not e)):
            e.negated = False


def _merge_anaphors(events: list[Any], kinds: list[str], text: str = "", undertaken: AbstractSet[int] = frozenset()
                    ) -> list[Any]:
    """Fold each anaphoric attack noun into the attack it names: the last violent event of the three
    sentences before it ("قتل 22 شخصا في تفجير انتحاري بمانشستر. … وأعلن تنظيم داعش مسؤوليته عن الهجوم"),
    when their places and dates agree. The attack takes the place and counts it lacks (a standalone killing
    also an explosion's type: "قُتل 5 أشخاص في بغداد. … التفجير"); of its roles only
    an armed group that claims it ("وأعلن تنظيم داعش مسؤوليته عن الهجوم": who arrests or tells of the attack is
    not in it), or the doer of an act told after أقدم/عمد/قام (ids in ``undertaken``: "مواطن يعتدي على قابلة" ¶ "أقدم
    مواطن … على الاعتداء على قابلة", the citizen; session 42); the anaphor is no event of its own."""
    out: list[Any] = []
    out_kinds: list[str] = []
    # the positions in ``out`` of the events of each sentence: an anaphor reads only those of the three
    # sentences before it (what :func:`_refers_to` allows), not every event before it in a long document
    by_sentence: dict[int, list[int]] = {}
    violent_told = False  # has a violent event not negated been kept before?
    for e, kind in zip(events, kinds, strict=True):
        antecedent = None
        if kind in _RESTATING and isinstance(e.sentence, int):
            near = sorted(j for k in range(e.sentence - 3, e.sentence) for j in by_sentence.get(k, ()))
            if kind == "pronoun":  # "اغتال قائد … في غارة … ظروف مقتله": the killing first, then the strike
                near.sort(key=lambda j: out[j].type == "violence against civilians")
            elif kind in ("anaphor", "this anaphor"):  # the noun of the attack told before, first ("قتل 12 جنديا
                # في هجوم شنته الحركة … بعد معارك استمرت ثلاث ساعات. وتبنت الحركة الهجوم": not the battles; session 31)
                stem = _act_stem(e.text)
                # (then one told with an attack noun: "قضية الاعتداء … من القضاء على ارهابيين … واستشهد في الهجوم عون
                # أمن" is the attack's toll, not the clash's; session 43)
                near.sort(key=lambda j: (_act_stem(out[j].text) == stem, _attack_noun(out[j].text)))
            if kind == "this anaphor":  # "وقبل هذا الاعتداء كان يزور تونس …": the attack told last, whatever the
                # place and day of its own sentence (session 43)
                antecedent = next((j for j in reversed(near) if out[j].type in VIOLENT_TYPES and not out[j].negated),
                                  None)
                if antecedent is None and violent_told:
                    continue  # told further back: no new attack, and the words of its sentence are not that one's
            else:
                antecedent = next((j for j in reversed(near) if (
                    _refers_to(e, out[j], text) if kind == "anaphor" else _retells(e, out[j], kind, text))), None)
        if antecedent is None:
            if isinstance(e.sentence, int):
                by_sentence.setdefault(e.sentence, []).append(len(out))
            out.append(e)
            out_kinds.append(kind)
            violent_told = violent_told or (e.type in VIOLENT_TYPES and not e.negated)
            continue
        a = out[antecedent]
        if id(e) in undertaken and not any(x["role"] == "actor" for x in a.actors):
            a.actors += [x for x in e.actors if x["role"] == "actor"]  # "أقدم مواطن على الاعتداء": who did it
        if kind not in ("anaphor", "this anaphor"):
            _take_retold(a, e, kind, text)
            continue
        if e.type == EXPLOSIONS and out_kinds[antecedent] == "standalone":
            a.type, a.subtype = e.type, e.subtype  # "قُتل 5 أشخاص في بغداد. … وقع التفجير": how they died
            out_kinds[antecedent] = ""
        if not any(x["role"] == "actor" for x in a.actors):
            a.actors += [x for x in e.actors if x["role"] == "actor" and x["layer"] == "groups"]
        a.location = a.location or e.location
        _take_casualties(a, e)
    return out


def _take_casualties(a: Any, e: Any) -> None:
    """The event ``a`` that retells ``e`` takes the counts it lacks: ``e``'s dead and wounded, and its count of both
    together ("casualties", session 36) when ``a`` has no count at all."""
    if "casualties" in e.attrs and not (a.fatalities or a.injured or "casualties" in a.attrs):
        a.attrs["casualties"] = e.attrs["casualties"]
    a.fatalities = a.fatalities or e.fatalities
    a.injured = a.injured or e.injured


def _recalled_doers(events: list[Any], doers: list[int], head: int | None) -> set[int]:
    """The ids of the events at ``doers`` (nouns that only name whom a perpetrator's noun is) told in the headline
    ``head``: a headline that names an attack's doer ("علم داعش في غرفة منفذ هجوم ألمانيا", "جثة التونسي منفذ اعتداء
    نيس لم تُدفن بعد", "الكشف عن هوية منفذي هجوم لندن") tells of him, no event, and a retelling in the body merged
    into it goes with it. In the body such a noun stays the event its doer is taken or killed for ("اعتقلت الشرطة
    منفذ الهجوم على المسجد", "أنيس عامري منفذ اعتداء برلين"; sessions 15 and 19; session 33)."""
    return {id(events[i]) for i in doers if head is not None and events[i].sentence == head}


#: The kinds of events (see :meth:`EventExtractor._restated`) that may name an event told before.
_RESTATING = frozenset({"anaphor", "this anaphor", "restated", "this", "pronoun", "among"})


def _sides(e: Any, role: str, layer: str | None = None) -> set[str]:
    """The folded texts of the event's actors of ``role`` (of ``layer`` only, when given)."""
    return {fold(a["text"]) for a in e.actors if a["role"] == role and layer in (None, a["layer"])}


def _overlap(a: set[str], b: set[str]) -> bool:
    """Does a text of ``a`` hold one of ``b`` or the reverse?"""
    return any(x in y or y in x for x in a for y in b)


def _sub_place(place: dict[str, Any] | None, text: str) -> bool:
    """Is ``place`` a part of a town rather than another town: the words after a neighbourhood, camp or street head
    (`layer: "text"` or a name: "حي الحمدانية", "مخيم أبو شوك"; `town_parts`), or a place named with its head
    ("مخيم أبو شوك" as one LOC), with no town of its own?"""
    if not place or place.get("within"):
        return False
    own = text[place["start"]:place["end"]].split()
    before = own[:1] if len(own) > 1 else text[max(0, place["start"] - 30):place["start"]].split()[-1:]
    return bool(before) and any(s.stem in TOWN_PARTS for s in clitic_splits(fold(before[-1])))


def _retells(e: Any, event: Any, kind: str, text: str) -> bool:
    """May ``e``, which retells an event (session 30; ``kind`` from :meth:`EventExtractor._restated`), name ``event``
    told in the three sentences before: of its kind, not negated, with no new side ("names no new sides": a doer or a
    victim of its own that ``event`` does not name is another event), in the same place (a neighbourhood or camp of
    its own is a part of the town told before) and on the same day when both say theirs. A demonstrative ("هذه
    المسيرة"), a pronoun ("مقتله": the place of its sentence is often the victim's home town) and a list of the dead
    ("بين القتلى") do not test place and day."""
    if not isinstance(event.sentence, int) or not isinstance(e.sentence, int) or event.negated:
        return False
    if not 0 < e.sentence - event.sentence <= 3:
        return False
    if kind in ("among", "pronoun") and e.subtype != "arrests":
        return event.type in VIOLENT_TYPES and bool(event.fatalities or (kind == "among" and event.injured) or (
            kind == "pronoun" and (
                event.type == "violence against civilians" or any(a["role"] == "target" for a in event.actors))))
    if e.subtype == "arrests" or event.subtype == "arrests":
        if e.subtype != event.subtype:
            return False
    elif e.type != event.type and not (e.type == "protests" and event.type == "riots"):
        # (a protest retold after it turned to a riot: "وقفة احتجاجية … تخللتها مناوشات مع قوات الأمن" ¶ "خلال الوقفة
        # الإحتجاجية", ANT 5520; session 48, ev48b)
        return False
    # (what it hits may be told more precisely: "غارة على مواقع" ¶ "إن الغارة استهدفت مخزنا للذخيرة"; not another
    # named group)
    for role, layers in (("actor", None), ("target", "groups")):
        mine, theirs = _sides(e, role, layers), _sides(event, role, layers)
        if mine and theirs and not _overlap(mine, theirs) and (kind != "pronoun" or (
                role == "actor" and e.subtype != "arrests")):
            return False  # (the one taken again: "تمكنت الشرطة السعودية من القبض على مواطن" ¶ "إن رجال الأمن
            # تمكنوا على الفور من القبض عليه")
    if kind in ("this", "pronoun"):
        return True
    here, there = e.location, event.location
    if here and (here["start"] < e.start or (_after_result_verb(text, e.start) and any(
            c in "،,؛;" for c in text[e.end:here["start"]]))):
        here = None  # (session 31: "وأسفر القصف عن مقتل …، حسب بيان … من قواعد داخل إيران": the toll of the event
        # told before; a place in its own clause still counts, "أسفرت المواجهات التي جدّت … في حدائق المعادي")
    if here and there and here.get("text") != there.get("text") and not _sub_place(here, text) and \
            (there.get("within") or {}).get("text") != here.get("text") and not _spread(there, text):
        return False
    day, other = e.date or {}, event.date or {}
    return bool(day.get("inherited") or other.get("inherited") or day.get("recalled") or other.get("recalled")
                or day.get("value") == other.get("value") or _no_day_named(day))


#: Result verbs before a retelling noun (``result_verbs_before``: "وأسفر القصف عن").
_RESULT_VERBS_BEFORE = word_set("result_verbs_before")


def _after_result_verb(text: str, start: int) -> bool:
    """Is the word before original offset ``start`` a result verb ("وأسفر القصف عن مقتل …")?"""
    before = fold(text[max(0, start - 20):start]).split()
    return bool(before) and before[-1] in _RESULT_VERBS_BEFORE


#: Plural place heads (``spread_place_heads``: "من محافظات الضفة الغربية", "في عدة مدن").
_SPREAD_PLACE_HEADS = word_set("spread_place_heads")


def _spread(place: dict[str, Any], text: str) -> bool:
    """Is ``place`` written after a plural place head ("23 مواطنا من محافظات الضفة الغربية"): the event told there is
    spread over several places of it, and a retelling may name one (session 31)?"""
    before = fold(text[max(0, place["start"] - 30):place["start"]]).split()
    return bool(before) and any(f in _SPREAD_PLACE_HEADS for f in (before[-1], before[-1][1:]))


#: Words of a time of day that names no day (``unnamed_day_words``: "منذ الصباح الباكر", "ساعات المساء").
_UNNAMED_DAY_WORDS = word_set("unnamed_day_words")


def _no_day_named(date: dict[str, Any]) -> bool:
    """Is ``date`` a time of day alone, naming no day ("منذ الصباح الباكر": the day of the event it retells)?"""
    words = fold(date.get("text") or "").split()
    return bool(words) and all(w in _UNNAMED_DAY_WORDS for w in words)


def _case_told(events: list[Any], text: str) -> list[Any]:
    """Fold a killing named as a case, with no day of its own ("في قضية اغتيال الشهيد محمد البراهمي"), into the same
    act told in the three sentences after it of its victim ("وكان البراهمي … قد اغتيل يوم 25 جويلية 2013 أمام منزله
    بحي الغزالة"): one event, with the telling's day and place and the case's victim (session 31).  The victim is
    a person the case names, written again (the last word of the name) in the telling's sentence before its verb."""
    drop: set[int] = set()
    for i, case in enumerate(events):
        day = case.date or {}
        if not day.get("recalled") or day.get("value") or case.negated or not isinstance(case.sentence, int):
            continue
        names = [fold(a["text"]).split()[-1] for a in case.actors
                 if a["role"] == "target" and a.get("layer") == "entities" and a["text"].strip()]
        names = [n for n in names if len(n) > 2]
        if not names:
            continue
        for e in events[i + 1:]:
            if not isinstance(e.sentence, int) or not 0 < e.sentence - case.sentence <= 3:
                continue
            if (e.type, e.subtype) != (case.type, case.subtype) or e.negated or any(
                    a["role"] == "target" for a in e.actors):
                continue
            lo = max(text.rfind(".", 0, e.start), text.rfind("\n", 0, e.start), e.start - 200)
            if not set(names) & set(re.findall(r"\w+", fold(text[lo:e.start]))):
                continue
            e.actors = [*e.actors, *(a for a in case.actors if a["role"] == "target")]
            e.fatalities = e.fatalities or case.fatalities
            drop.add(i)
            break
    return [e for i, e in enumerate(events) if i not in drop]


def _take_retold(a: Any, e: Any, kind: str, text: str) -> None:
    """What the event ``a`` takes from ``e`` that retells it: a neighbourhood or camp as its place within its town
    ("القذائف سقطت على حي الحمدانية" after "قذائف … في مدينة حلب"), a place, a victim and counts it lacks; a list
    of the dead ("بين القتلى ثلاثة أطفال") gives nothing (a part of the dead), a killing noun with a pronoun only its
    dead ("مقتله": the place of its sentence is often the victim's home town)."""
    if kind == "pronoun" and a.type in VIOLENT_TYPES:
        a.fatalities = a.fatalities or e.fatalities  # "اغتال قائد وحدة … ظروف مقتله": he was killed
    if kind == "pronoun" and a.subtype == "arrests":
        # "تم ايقاف أجنبي" ¶ "وتم ايقافه من طرف فرقة الحدود البرّية للحرس الوطني ببوش": who arrested him and where
        if not any(x["role"] == "actor" for x in a.actors):
            a.actors += [x for x in e.actors if x["role"] == "actor"]
        if e.location and e.location.get("layer") == "entities":
            a.location = a.location or e.location
    if kind in ("among", "pronoun"):
        return
    here = e.location
    if here and here["start"] >= e.start and _sub_place(here, text) and a.location and \
            a.location.get("text") != here["text"] and not _sub_place(a.location, text):
        place = {k: v for k, v in a.location.items() if k != "within"}
        a.location = {**here, "within": place}
    a.location = a.location or e.location
    if (a.date or {}).get("inherited") and e.date and "start" in e.date and kind == "restated":
        a.date = e.date  # "تحول من إضراب عام … بإعلان الاتحاد الإضراب العام يوم 26 جانفي 1978"
    if a.type in VIOLENT_TYPES and not any(x["role"] == "target" for x in a.actors):
        a.actors += [x for x in e.actors if x["role"] == "target"]  # "القذائف سقطت على سوق المدينة"
    if not any(x["role"] == "actor" for x in a.actors):  # a named group only (a speaker or a reader is often
        a.actors += [x for x in e.actors if x["role"] == "actor" and x["layer"] == "groups"]  # taken there)
    _take_casualties(a, e)


def _patron_named(text: str, a: dict[str, Any]) -> bool:
    """Is the actor ``a`` written right after a link to a patron ("الحركة المرتبطة بتنظيم القاعدة", "المدعومة من
    إيران"): the patron, not the doer (session 31)?"""
    words = fold(text[max(0, a["start"] - 40):a["start"]]).split()
    if words and words[-1] in ("من", "ل", "الي", "ب"):
        words.pop()
    return bool(words) and words[-1] in ATTRIBUTIVE_LINKS


def _refers_to(anaphor: Any, event: Any, text: str = "") -> bool:
    """May the anaphoric attack noun ``anaphor`` name ``event``: a violent event, not negated, at most three
    sentences before, in the same place and on the same day when both say theirs?"""
    if not isinstance(event.sentence, int) or not isinstance(anaphor.sentence, int):
        return False
    if not 0 < anaphor.sentence - event.sentence <= 3 or event.type not in VIOLENT_TYPES or event.negated:
        return False
    # a named group as the doer of each, not the same: another attack ("وشنت حركة الشباب هجوما على قاعدة …
    # وتبنت جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة الهجوم الذي استهدف ثكنة"; session 29)
    # (not a patron: "وتبنت الحركة المرتبطة بتنظيم القاعدة الهجوم"; session 31)
    doers = [{a.get("group_id") for a in x.actors if a["role"] == "actor" and a.get("layer") == "groups"
              and not (text and _patron_named(text, a))} for x in (anaphor, event)]
    if doers[0] and doers[1] and not doers[0] & doers[1]:
        return False
    # nor when a group claims it, and each names what it hit and they differ ("تبنت جماعة نصرة الإسلام والمسلمين
    # الهجوم الذي استهدف ثكنة للجيش المالي" after clashes with the Libyan army): a new attack
    # (only with a named group that claims it: a re-told attack names its victims in other words, "تعرض إلى
    # الاعتداء", "أحد المشتبه بهما في هذا الهجوم اتصل بالشرطة")
    hit = [{fold(a["text"]) for a in x.actors if a["role"] == "target"} for x in (anaphor, event)]
    if doers[0] and hit[0] and hit[1] and not any(a in b or b in a for a in hit[0] for b in hit[1]):
        return False
    here, there = anaphor.location, event.location
    if here and here["start"] < anaphor.start:
        here = None  # "ودانت تونس الاعتداء": who condemns it, not where it was
    if here and there and here.get("text") != there.get("text") and \
            (there.get("within") or {}).get("text") != here.get("text"):
        return False
    day, other = anaphor.date or {}, event.date or {}
    # (an old act named by its trial or anniversary has no day of its sentence: "قضية الهجوم الارهابي بسوسة")
    return day.get("inherited") or other.get("inherited") or day.get("recalled") or other.get("recalled") or \
        day.get("value") == other.get("value")
