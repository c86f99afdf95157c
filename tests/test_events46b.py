"""Events, session 46 (ev46b).  A verb of doing and its act with ب ("قامت عصابة بسلب تاجر", "قام شاب بطعن زميله"):
the act is an event, its subject the doer, a partitive subject's people the doers ("قام مجموعة من المسلحين …
بالهجوم", ANT 1934); an act with its victim's pronoun retells the act before ("قام بطعنها", ANT 8389); the dead
are never doers ("ترصّد الهالك … والاعتداء عليه", ANT 8408); outlaws who raid a home attack it, no arrest
(ANT 6279); forces that kill fighters fight them (ANT 1610)."""

from __future__ import annotations

import pytest

REF = "2017-06-01"


def _events(nlp, text: str) -> list:
    return list(nlp(text, reference_date=REF).layers["events"])


def _at(events: list, text: str, word: str) -> object:
    start = text.index(word)
    (event,) = [e for e in events if e.start == start]
    return event


def _args(event, role: str) -> list[tuple[int, int, str]]:
    return [(a["start"], a["end"], a["text"]) for a in event.actors if a["role"] == role]


def _span(text: str, part: str) -> tuple[int, int, str]:
    start = text.index(part)
    return start, start + len(part), part


@pytest.mark.parametrize(("text", "act", "kind", "actor", "target"), [
    # ANT 6564 (its title), 8277, 8064, 2114: the act after قام/قاما with ب
    ("أريانة: ايقاف منحرف قام بطعن 3 أشخاص ببرج الوزير", "طعن", ("violence against civilians", "attack"),
     "منحرف", None),
    ("وأفاد ذات المصدر أنه تم القبض على شابين أصيلي جهة الكبارية قاما بسلب المواطن حقيبته ثم لاذا بالفرار.",
     "سلب", ("violence against civilians", "attack"), "شابين", "المواطن"),
    ("واستغل الجاني خروج أبنائه من المنزل، وقام بتعنيف زوجته ولكمها في أنحاء مختلفة من جسمها.", "تعنيف",
     ("violence against civilians", "attack"), None, "زوجته"),
    # the feminine, the plural and the article after ب
    ("قامت عصابة بسلب تاجر في المدينة.", "سلب", ("violence against civilians", "attack"),
     "عصابة", None),
    ("قام شاب بطعن زميله بسكين داخل المعهد.", "طعن", ("violence against civilians", "attack"), "شاب", "زميله"),
    ("وقاموا بالطعن في المارة.", "الطعن", ("violence against civilians", "attack"), None, None),
    ("وقد قام المسلحان أيضا بسلب الزوجة هاتفها الجوال ثم لاذا بالفرار.", "سلب",  # ANT 6279
     ("violence against civilians", "attack"), "المسلحان", "الزوجة"),
])
def test_deed_verb_with_bi_act(nlp, text, act, kind, actor, target):
    event = _at(_events(nlp, text), text, act)
    assert (event.start, event.end) == _span(text, act)[:2]
    assert (event.type, event.subtype) == kind
    if actor is not None:
        assert _args(event, "actor") == [_span(text, actor)]
    if target is not None:
        assert _args(event, "target") == [_span(text, target)]


def test_pronoun_act_retells_the_act_before(nlp):
    # ANT 8389: one killing, not a second attack
    text = ("أقدم شابّ في العقد الثّالث من عمره صباح اليوم على قتل زوجته طعنا بالسّكين بعد نشوب خلاف عائلي بينهما.\n"
            "وأكدت وزارة الداخلية في بلاغ لها أن خلافا نشب بين الجاني وزوجته، حيث قام بطعنها بسكّين.")
    events = [e for e in _events(nlp, text) if e.type == "violence against civilians"]
    assert [e.text for e in events] == ["قتل"]
    assert _args(events[0], "target") == [_span(text, "زوجته")]


@pytest.mark.parametrize("text", [
    "قام وزير الداخلية بزيارة إلى المستشفى.",  # no act of harm
    "ثم قام بعد ذلك بطعن نفسه بآلة حادة.",  # on himself (ANT 7957)
    "قام الفلاح بذبح ناقة مصابة.",  # an animal (ANT 8511)
])
def test_deed_verb_controls(nlp, text):
    assert [e for e in _events(nlp, text) if e.type == "violence against civilians"] == []


@pytest.mark.parametrize(("verb", "head"), [("قام", "مجموعة"), ("قامت", "مجموعة"), ("قام", "عدد")])
def test_partitive_subject_is_the_doer(nlp, verb, head):
    # ANT 1934: "قام مجموعة من المسلحين يستخدمون السكاكين بالهجوم على محطة للقطار"
    text = f"{verb} {head} من المسلحين يستخدمون السكاكين بالهجوم على محطة للقطار في مدينة كونمينغ."
    event = _at(_events(nlp, text), text, "الهجوم")
    assert _args(event, "actor") == [_span(text, "المسلحين")]
    assert _args(event, "target") == [_span(text, "محطة للقطار")]


@pytest.mark.parametrize("dead", ["الهالك", "الضحية", "القتيل", "المغدور", "الفقيد"])
def test_the_dead_are_never_doers(nlp, dead):
    # ANT 8408: "مضيفا أنّه قد ترصّد الهالك في طريق عودته إلى منزله والاعتداء عليه على مؤخرة رأسه"
    text = (f"واعترف بارتكابه الجريمة، مضيفا أنّه قد ترصّد {dead} في طريق عودته إلى منزله والاعتداء عليه على "
            "مؤخرة رأسه بواسطة حجارة كبيرة الحجم.")
    event = _at(_events(nlp, text), text, "الاعتداء")
    assert _args(event, "actor") == []


def test_a_living_doer_stays(nlp):
    text = "وقد أقدم شاب على الاعتداء على الضحية بحجارة كبيرة الحجم."
    event = _at(_events(nlp, text), text, "الاعتداء")
    assert _args(event, "actor") == [_span(text, "شاب")]


def test_outlaws_raid_is_an_attack(nlp):
    # ANT 6279
    text = ("قام مسلحان ظهر اليوم الجمعة بمداهمة منزل على ملك عون أمن في منطقة القوادرية التابعة لمعتمدية سيدي علي "
            "بن عون من ولاية سيدي بوزيد.")
    event = _at(_events(nlp, text), text, "مداهمة")
    assert (event.type, event.subtype) == ("violence against civilians", "attack")
    assert _args(event, "actor") == [_span(text, "مسلحان")]


def test_police_raid_stays_an_arrest(nlp):
    text = "قامت الوحدات الأمنية بمداهمة منزل المشتبه به في منطقة القوادرية وإيقافه."
    event = _at(_events(nlp, text), text, "مداهمة")
    assert event.subtype == "arrests"


def test_forces_killing_fighters_is_a_battle(nlp):
    # ANT 1610
    text = ("وأضاف قائلاً إن الجيش الليبي قام بقتل عدد من مقاتلي التنظيمات الإرهابية خلال المواجهات، بالقنص "
            "المباشر.")
    event = _at(_events(nlp, text), text, "قتل")
    assert (event.type, event.subtype) == ("battles", "armed clash")
    civilians = "قام الجيش بقتل عدد من المدنيين في القرية."
    event = _at(_events(nlp, civilians), civilians, "قتل")
    assert event.type == "violence against civilians"
