"""A headline and the lead that retells it name one event.

News opens with a headline line and retells its event in the first sentences of the body ("الكاف : إيقاف
تلميذة اعتدت بالعنف على أستاذة" ¶ "تعرضت أستاذة … إلى اعتداء بالعنف الشديد من طرف تلميذة"). One record per
event, as ACLED codes it: the headline's event is folded into the body's retelling, which keeps its own
trigger, date and arguments and takes from the headline only what it lacks (a place, a role, a count).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ...document import Document
from ...lang.ar import fold
from ...lang.ar.words import nisba_countries
from ...text.headline import headline_sentence
from ..entities.gazetteer import default_gazetteer, norm_key
from .triggers import word_set

#: How many body sentences after the headline may retell its event.
LEAD_SENTENCES = 2
#: Folded stems of a strike ("إضراب", "الاضراب", "إضرابهم"; `strike_stems` in the resource).
_STRIKE_STEMS = word_set("strike_stems")
#: The generic attack nouns (`generic_attacks`) a headline names an attack by, and the types its body may tell
#: it as (by its weapon or its civilian victims).
_GENERIC_ATTACKS = word_set("generic_attacks")
_RETYPED_ATTACKS = frozenset({"explosions/remote violence", "violence against civilians"})
#: Singular nouns of a person (`persons`, `victim_heads`; folded): a target named by one is one victim.
_SINGULAR_PERSONS = frozenset(fold(w) for w in word_set("persons") | word_set("victim_heads"))


def _place(event: Any) -> str | None:
    loc = event.location
    return loc.get("text") if isinstance(loc, dict) else None


def _within(event: Any) -> str | None:
    loc = event.location
    inner = loc.get("within") if isinstance(loc, dict) else None
    return inner.get("text") if isinstance(inner, dict) else None


def _own_day(event: Any) -> Any:
    date = event.date
    return date.get("value") if isinstance(date, dict) and "start" in date else None


def _strike(event: Any) -> bool:
    """Is the trigger of ``event`` a strike ("إضراب", "الاضراب", "إضرابهم")?"""
    folded = fold(event.text)
    return any(stem in folded for stem in _STRIKE_STEMS)


def _group_actors(event: Any) -> set[str]:
    """The armed groups acting in ``event``, by their registry id where they have one, else by their folded words:
    "قصف للحوثيين" in a headline and "أطلقها المسلحون الحوثيون" in its lead name one group (session 33)."""
    return {a.get("group_id") or fold(a["text"]) for a in event.actors
            if a.get("role") == "actor" and a.get("layer") == "groups"}


def _names(sentence: str, place: str) -> bool:
    """Does the (folded) ``sentence`` name the (folded) ``place`` as a word of its own, with its clitics ("بقفصة",
    "وبالمكنين")?"""
    # (a word ends at a space or a mark: "فرقة الشرطة العدلية بالمهدية، أمس"; session 38)
    return re.search(r"(?<!\w)[وف]?[بلك]?" + re.escape(place) + r"(?!\w)", sentence) is not None


def _country(event: Any, doc: Document) -> tuple[str, bool] | None:
    """(country code, whether the place is the country itself) of ``event``'s place, read from its entity's
    attributes (a country has no coordinates of its own), or None."""
    loc = event.location
    if not isinstance(loc, dict) or loc.get("layer") != "entities" or "start" not in loc:
        return None
    for ent in doc.layers.get("entities", ()):
        if ent.start == loc["start"] and ent.end == loc["end"]:
            code = ent.attrs.get("country")
            if isinstance(code, str):
                return code, "lat" not in ent.attrs
            code = _named_country(ent.text)  # a country the tagger gave no code ("السعودية"; session 37)
            return (code, True) if code is not None else None
    return None


def _named_country(text: str) -> str | None:
    """The country a place's name ``text`` is, however it is written: the gazetteer's country of that name, or the
    country whose nisba the one word is ("السعودية" → SA, as "المملكة العربية السعودية"); None for another place
    (session 37)."""
    place = default_gazetteer().place(norm_key(text))
    if place is not None:
        return place.country if place.kind == "country" else None
    words = fold(text).split()
    return _nisba_country(words[0]) if len(words) == 1 and words[0].startswith("ال") else None


#: How many words after an event's place a larger place or a country's nisba may say which country it is in.
_COUNTRY_REACH = 8


def _nisba_country(word: str) -> str | None:
    """The country of a nisba adjective (folded, with its article, feminine or plural ending: "الألمانية",
    "الجزائري"), or None."""
    countries = nisba_countries()
    w = word[2:] if word.startswith("ال") else word
    for form in (w, w[:-1] if w.endswith("ه") else w, w[:-2] if w.endswith(("ون", "ين")) else w):
        if form in countries:
            return countries[form]
    return None


def _countries_of_place(event: Any, doc: Document) -> set[str]:
    """The countries the place of ``event`` is said to be in (session 36): its entity's, the larger place's
    ("شارع الهرم بالجيزة", "قرب بلدية العجيبة بولاية البويرة"), or those of a place or a nisba a few words after it
    in its sentence ("بمنطقة طابا جنوب سيناء بالقرب من الحدود المصرية", "بمدينة فورتسبرغ الألمانية")."""
    loc = event.location
    if not isinstance(loc, dict) or "end" not in loc:
        return set()
    spans = [(loc.get("start"), loc.get("end"))]
    within = loc.get("within")
    if isinstance(within, dict) and "end" in within:
        spans.append((within.get("start"), within.get("end")))
    end = max(int(e) for _, e in spans if e is not None)
    sentence = doc.sentences[event.sentence] if isinstance(event.sentence, int) and \
        0 <= event.sentence < len(doc.sentences) else None
    stop = sentence.end if sentence is not None else end
    words = list(re.finditer(r"\w+", doc.text[end:stop]))[:_COUNTRY_REACH]
    reach = end + (words[-1].end() if words else 0)
    out: set[str] = set()
    for ent in doc.layers.get("entities", ()):
        code = ent.attrs.get("country")
        if getattr(ent, "label", None) == "LOC" and isinstance(code, str) and (
                (ent.start, ent.end) in spans or end <= ent.start < reach):
            out.add(code)
    for m in words:
        code = _nisba_country(fold(m.group()))
        if code is not None:
            out.add(code)
    if not out:
        # a place no list gives a country ("ببرج بوعريرج", "بمنطقة واد إيسيين"): the nisba of its sentence before it
        # ("تمكنت الوحدات الامنية الجزائرية ببرج بوعريرج", "أعلنت وزارة الدفاع الجزائرية …"; session 37)
        for span in spans:
            if span[0] is not None and (code := _named_country(doc.text[span[0]:span[1]])) is not None:
                out.add(code)
        if not out and sentence is not None:
            out.update(code for m in re.finditer(r"\w+", doc.text[sentence.start:int(loc["start"])])
                       if (code := _nisba_country(fold(m.group()))) is not None)
    return out


def _in_country(head: Any, body: Any, doc: Document) -> bool:
    """Is one event's place a country and the other's place in it ("ألمانيا : مسلح يهاجم المارة" ¶ "… في مدينة
    هامبورغ الألمانية"; the larger place or the nisba after the other's place says so too: "مصر : مقتل 4 سياح …" ¶
    "… بمنطقة طابا جنوب سيناء بالقرب من الحدود المصرية", session 36)?"""
    a, b = _country(head, doc), _country(body, doc)
    if a is not None and b is not None and a[0] == b[0] and a[1] != b[1]:
        return True
    for other, country in ((body, a), (head, b)):
        place = _country(other, doc)
        if country is not None and country[1] and not (place is not None and place[1]) and \
                country[0] in _countries_of_place(other, doc):  # (not another country: "اسرائيل" ¶ "فلسطين")
            return True
    return False


def _prefix_place(event: Any, doc: Document) -> bool:
    """Is the place of ``event`` the headline's opening name before a colon ("المنستير : إيقاف 4 أشخاص", "الكاف :
    إيقاف 17 مفتشا عنهم"): the region the local news is from, which its lead names by a town of it (session 38)?"""
    loc = event.location
    if not isinstance(loc, dict) or "start" not in loc or not isinstance(event.sentence, int) or \
            not 0 <= event.sentence < len(doc.sentences):
        return False
    sentence = doc.sentences[event.sentence]
    return not doc.text[sentence.start:loc["start"]].strip() and \
        doc.text[loc["end"]:sentence.end].lstrip().startswith(":")


def _counted_targets(event: Any) -> set[str]:
    """The numbers of people the targets of ``event`` are written with ("4 أشخاص" → "4", "33 مفتشا عنهم" → "33")."""
    out = set()
    for a in event.actors:
        m = re.match(r"\d+", a["text"].translate(_DIGITS)) if a.get("role") == "target" else None
        if m:
            out.add(m.group())
    return out


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def _same_country(head: Any, body: Any, doc: Document) -> bool:
    """Are the two places towns of one country, the lead's no region of its own, the headline's the region its local
    news opens with, or both events
    taking the same number of people ("المنستير : إيقاف 4 أشخاص" ¶ "… للحرس الوطني بطبلبة … من إيقاف 4 من أشخاص";
    "إيقاف 33 مفتشا عنهم … في الكاف" ¶ "الوحدات التابعة لمنطقة الأمن الوطني بتاجروين … من إيقاف 33 شخصا";
    session 38)?"""
    a, b = _country(head, doc), _country(body, doc)
    if a is None or b is None or a[0] != b[0] or a[1] or b[1]:
        return False
    if norm_key(_place(body) or "") in default_gazetteer().provinces:
        return False  # another region of the country ("سوسة : إيقاف شخص" ¶ "الوحدات الأمنية بالقيروان"): two acts
    counts = _counted_targets(head)
    return _prefix_place(head, doc) or bool(counts and counts == _counted_targets(body))


def _agree(head: Any, body: Any, doc: Document | None) -> bool:
    """Do the places of ``head`` and ``body`` agree: the same, one the region the other is in, or one named more
    precisely than the other, in the other's own sentence ("قفصة : القبض على مجموعة شبان" ¶ "تمكنت الوحدات
    أمنية بقفصة … في منطقة حي السرور"; "المكنين : إيقاف 21 مفتشا عنهم" ¶ "الوحدات الأمنية بالمكنين من ولاية
    المنستير")?"""
    here, there = _place(head), _place(body)
    if not here or not there or here == there or here == _within(body) or there == _within(head):
        return True
    if doc is None:
        return False
    if _in_country(head, body, doc) or _same_country(head, body, doc):
        return True
    for event, place in ((body, here), (head, there)):
        if isinstance(event.sentence, int) and 0 <= event.sentence < len(doc.sentences):
            sent = doc.sentences[event.sentence]
            if _names(fold(doc.text[sent.start:sent.end]), fold(place)):
                return True
    return False


def _count(value: Any) -> tuple[float, bool] | None:
    """(value, approx) of a casualty field, or None."""
    if not isinstance(value, dict) or not isinstance(value.get("value"), (int, float)):
        return None
    return float(value["value"]), bool(value.get("approx"))


def _one_victim(event: Any) -> bool:
    """Is the target of ``event``, which counts no dead, one person named by a singular noun ("ذبح طفل فلسطيني",
    "اغتيال شاب")?"""
    if _count(event.fatalities) is not None:
        return False
    for a in event.actors:
        if a.get("role") == "target" and a.get("layer") == "text":
            head = fold(a["text"]).split()[0]
            if head in _SINGULAR_PERSONS or (head.startswith("ال") and head[2:] in _SINGULAR_PERSONS):
                return True
    return False


def _counts_agree(head: Any, body: Any) -> bool:
    """Do the dead and the wounded of ``head`` and ``body`` agree, where both count them: a vague count ("العشرات"
    → 10) is a floor the other reaches, two exact counts are equal or both plural (a toll told again, risen); one
    victim a singular noun names is not a vague many ("ذبح طفل فلسطيني بسوريا" ¶ "العشرات من الأطفال قتلوا في مدينة
    منبج": two events)."""
    for field in ("fatalities", "injured"):
        a, b = _count(getattr(head, field, None)), _count(getattr(body, field, None))
        if a is None or b is None:
            continue
        (va, approx_a), (vb, approx_b) = a, b
        if approx_a and approx_b:
            continue
        if approx_a or approx_b:
            exact, floor = (vb, va) if approx_a else (va, vb)
            if exact < floor:
                return False
        elif va != vb and min(va, vb) <= 1:
            return False
    for one, other in ((head, body), (body, head)):
        count = _count(other.fatalities)
        if count is not None and count[1] and _one_victim(one):  # (a vague plural: "العشرات", "مئات")
            return False
    return True


def _generic_retold(head: Any, body: Any) -> bool:
    """Is the headline's event a generic attack ("مقتل شرطي وإصابة 13 في هجوم في مدينة غازي عنتاب", read as a
    clash) that the body tells with its weapon or its civilian victims ("في هجوم بسيارة ملغومة أمام مقر للشرطة": an
    IED; session 32)?"""
    if head.type != "battles" or body.type not in _RETYPED_ATTACKS:
        return False
    word = fold(head.text)
    return any(word[len(p):] in _GENERIC_ATTACKS for p in ("", "ال", "و", "ب", "وال", "بال", "ل", "لل")
               if word.startswith(p))


_EXPLOSIONS = "explosions/remote violence"
#: A suicide bombing and the bomb it is told by (session 36): "قتلى في هجوم انتحاري استهدف سوقا في بغداد" ¶ "في
#: تفجيرين مزدوجين استهدفا أحد الأسواق", "هجوم انتحاري يستهدف قاعدة عسكرية في مالي" ¶ "في هجوم بسيارة مفخخة".
_BOMBS = frozenset({"suicide bomb", "remote explosive/landmine/IED"})


def _bomb_retold(head: Any, body: Any) -> bool:
    """Is one of ``head`` and ``body`` a suicide bombing and the other a bomb (an IED), the same blast told by its
    bomber in one and by its bomb in the other (session 36)?"""
    return head.type == body.type == _EXPLOSIONS and {head.subtype, body.subtype} == _BOMBS


def same_event(head: Any, body: Any, doc: Document | None = None) -> bool:
    """May the body's event ``body`` retell the headline's ``head``: the same type and sub-type, both told as done
    or both not, no two different places ("اعتداءات لندن" is not "اعتداءات تونس"; a place and the region it is
    in agree, and a place the other's sentence names too: :func:`_agree`), no two different days of their own, no
    two different armed groups as actors, no two counts of the dead or wounded that disagree (:func:`_counts_agree`)?
    A protest retells a protest whatever force each tells of ("تحرك احتجاجي … على خلفية ايقاف أمنيين بتهمة القتل
    العمد" ¶ "… تحرك احتجاجي … مما انجر عنه مقتل فتاتين": the headline names no force; session 42).
    A strike is retold only as a strike ("اضراب القيمين يثير استياء
    الأولياء" ¶ "نفذ بعض الأولياء … وقفة احتجاجية": two protests)."""
    if head.negated != body.negated or ((head.type, head.subtype) != (body.type, body.subtype)
                                        and not _generic_retold(head, body) and not _bomb_retold(head, body)
                                        and not head.type == body.type == "protests"):
        return False
    if _strike(head) != _strike(body):
        return False
    if not _agree(head, body, doc) or not _counts_agree(head, body):
        return False
    day, other = _own_day(head), _own_day(body)
    if day and other and day != other:
        return False
    groups, others = _group_actors(head), _group_actors(body)
    return not (groups and others and not groups & others)


def fold_headline(events: list[Any], doc: Document, called: set[int] | None = None) -> list[Any]:
    """Fold the headline's events into the first event of the next sentences that retells each (see
    :func:`same_event`); the retelling takes the headline's place, roles and counts it lacks. Events of other
    sentences are left as they are.  A headline's protest the lead tells only as called for, planned or
    announced (``called``: ids of such events, session 34) is that one, not held ("تحرك احتجاجي للأمنيين" ¶ "دعت
    النقابة منخرطيها إلى الاستعداد لتنفيذ تحرك احتجاجي")."""
    head_index = headline_sentence(doc)
    if head_index is None:
        return events
    heads = [e for e in events if e.sentence == head_index]
    if not heads:
        return events
    lead = [e for e in events if isinstance(e.sentence, int) and 0 < e.sentence - head_index <= LEAD_SENTENCES]
    folded: set[int] = set()
    taken: set[int] = set()
    for h in heads:
        body = next((b for b in lead if id(b) not in taken and same_event(h, b, doc)), None)
        if body is None and called and not h.negated:
            body = next((b for b in lead if id(b) in called and id(b) not in taken
                         and same_event(replace(h, negated=True), b, doc)), None)
        if body is None:
            continue
        taken.add(id(body))
        folded.add(id(h))
        body.location = body.location or h.location
        roles = {a["role"] for a in body.actors}
        # (a generic attack's side read in a headline is kept only when a named group: "داعش الإرهابي يتبنى هجوم
        # مانشستر", not "بريطانيا تنشر الجيش … بعد هجوم مانشستر" nor "الشرطة الفرنسية : … في هجوم باريس")
        if _bomb_retold(h, body):
            body.subtype = "suicide bomb"  # the blast is the bomber's: "هجوم انتحاري" ¶ "هجوم بسيارة مفخخة"
        generic = (h.type, h.subtype) != (body.type, body.subtype) and not _bomb_retold(h, body)
        body.actors += [a for a in h.actors if a["role"] not in roles and not (generic and not a.get("group_id"))]
        if "casualties" in h.attrs and not (body.fatalities or body.injured or "casualties" in body.attrs):
            body.attrs["casualties"] = h.attrs["casualties"]  # the dead and wounded together (session 36)
        body.fatalities = body.fatalities or h.fatalities
        body.injured = body.injured or h.injured
        body.confidence = max(body.confidence, h.confidence)
        # another retelling in the lead with no place of its own is in the headline's ("سوسة : إيقاف …" ¶ "… كما
        # تمكنت الوحدات الأمنية … من مداهمة"): it keeps the place it took when it was the one folded into
        for other in lead:
            if id(other) not in taken and other.location is None and same_event(h, other, doc):
                other.location = h.location
    return [e for e in events if id(e) not in folded] if folded else events
