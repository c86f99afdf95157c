"""Session 45, second wave (attribution): a source phrase's speaker that runs on into the clause it is the source
of is cut (`sources.run_on_bounded`), and the newsroom's interlocutor speaks ("محدثنا", "مصدرنا").

- "وحسب وزير السياحة سجلت السوق الأوروبية …" (ANT 850): a verb ends the speaker; "بحسب الوالدة لم تفهم …" (ANT
  2577): a negation does; "وفق بلاغ الوزارة تهيئة 315.5 كلم …": an indefinite word after a definite one that is no
  short name; "وفق ما ذكره رئيس بلدية بيتونيا ربحي وجيه دولة نواة صلبة …" (ANT 2670): a feminine noun and its
  adjective.  Not an outlet's name ("مبعوث الجوهرة أف أم", ANT 7681), nor a role in apposition ("بحسب النقيب امر فصيل
  …", ANT 8253), nor a name after a definite role ("حسب المدير الجهوي للصحة منير الطرابلسي").
- "…، يضيف محدثنا." / "…، تضيف محدثتنا.", "وفقا لمصدرنا من الحماية المدنية" (ANT 6196): heads of the word list.
"""

from __future__ import annotations

from test_attribution41 import _claims  # the same reading (every span, role and antecedent checked at its offsets)


def _sources(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, cue, speaker) of each claim, with the speaker's offsets checked against the text."""
    out = []
    for d in _claims(text):
        src = d.get("source") or {}
        if src:
            assert text[src["start"]:src["end"]] == src["text"]
        out.append((d["kind"], d["cue"]["text"], src.get("text")))
    return out


ANT_850 = ("ولاحظت تحسّن السوق فرنسية إضافة إلى تطور مستمر للسوق الجزائرية وحسب وزير السياحة سجلت السوق الأوروبية "
           "عموما نموا بـ 22 بالمائة والسوق العربية بـ 51 بالمائة بفضل السوق الجزائرية والليبية أساسا.")

ANT_2577 = ("إلا أنه بعد إجراء العملية تبين وقوع خطأ ما للطفلة بحسب الوالدة لم تفهم أسبابه وتفاصيله في البداية وتم "
            "اعلامها بانه بصدد انقاذها من الموت.")

ANT_2670 = ("وستشكل هذه الاتفاقية وفق ما ذكره رئيس بلدية بيتونيا ربحي وجيه دولة نواة صلبة لمشاركة حقيقية في تطوير "
            "اليات العمل على مستوى الشأن المحلي في البلديتين.")

ANT_1676 = "وحسب بيانات مكتب سلامة النقل الأسترالي تعد هذه الحادثة الأولى من نوعها."

ROADS = "ويتضمن هذا البرنامج وفق بلاغ الوزارة تهيئة 315.5 كلم من الطرقات المرقمة بـ 16 ولاية."


def test_verb_ends_source_speaker() -> None:
    assert ("source", "حسب", "وزير السياحة") in _sources(ANT_850)


def test_present_verb_ends_source_speaker() -> None:
    assert ("source", "حسب", "مكتب سلامة النقل الأسترالي") in _sources(ANT_1676)


def test_negation_ends_source_speaker() -> None:
    assert ("source", "بحسب", "الوالدة") in _sources(ANT_2577)


def test_indefinite_after_definite_ends_source_speaker() -> None:
    assert ("source", "وفق", "الوزارة") in _sources(ROADS)


def test_noun_and_adjective_end_source_speaker() -> None:
    assert ("source", "وفق ما", "رئيس بلدية بيتونيا ربحي وجيه دولة") in _sources(ANT_2670)


ANT_7681 = ("لقي رجل ليلة أمس الخميس حتفه بعد أن جرفته مياه الأمطار الغزيرة في منطقة سيدي سعيد من معتمدية بوفيشة "
            "بولاية سوسة وفق ما أكده مبعوث الجوهرة أف أم.")

ANT_8253 = ("وقد كان يُنوى تهريب هذه السجائر من بنڤردان الى مدن الوسط بحسب النقيب امر فصيل للحراسة والتفتيشات "
            "الديوانية بمدنين سعيد العابد لمراسلة \"الجوهرة أف أم\" بجربة .")

NAMED = "وحسب المدير الجهوي للصحة منير الطرابلسي فإن الوضع الصحي بالجهة مستقر."


def test_outlet_name_is_not_cut() -> None:
    assert ("source", "وفق ما", "مبعوث الجوهرة أف أم") in _sources(ANT_7681)


def test_role_in_apposition_is_not_cut() -> None:
    speakers = [s for _, _, s in _sources(ANT_8253)]
    assert speakers and speakers[0] is not None and speakers[0].startswith("النقيب امر فصيل للحراسة")


def test_name_after_definite_role_is_not_cut() -> None:
    claims = _claims(NAMED)
    assert [(d["kind"], d["source"]["text"], d["source"]["role"]["text"]) for d in claims] == [
        ("source", "منير الطرابلسي", "المدير الجهوي للصحة")]


# -- the newsroom's interlocutor ---------------------------------------------------------------------------------

INTERLOCUTOR = ("وأكد أن الوضع الأمني مستقر في كامل الولاية. وتشهد المنطقة حركية كبيرة في هذه الفترة من السنة، "
                "يضيف محدثنا.")

INTERLOCUTOR_F = "وتشهد المنطقة حركية كبيرة في هذه الفترة من السنة، تضيف محدثتنا."

ANT_6196 = ("وقد أسفر الحادث عن مصرع ثلاثة اشخاص على عين المكان فيما تم نقل الطفل إلى المستشفى بالجهة في محاولة "
            "لانقاذه بعد إصابته اصابة بليغة على مستوى الرأس وفقا لمصدرنا من الحماية المدنية.")


def test_interlocutor_after_comma() -> None:
    claims = _claims(INTERLOCUTOR)
    trailing = [d for d in claims if d["cue"]["text"] == "يضيف"]
    assert len(trailing) == 1
    assert trailing[0]["source"]["text"] == "محدثنا"
    assert trailing[0]["text"] == "وتشهد المنطقة حركية كبيرة في هذه الفترة من السنة"


def test_interlocutor_feminine() -> None:
    assert _sources(INTERLOCUTOR_F) == [("source", "تضيف", "محدثتنا")]


def test_own_source_after_source_phrase() -> None:
    claims = _claims(ANT_6196)
    assert [(d["kind"], d["source"]["text"]) for d in claims] == [("source", "مصدرنا من الحماية المدنية")]
    assert claims[0]["text"].startswith("وقد أسفر الحادث")


ANT_6081 = "وأوضح مصدرنا الرسمي أن أسباب الحريق تعود إلى خلل كهربائي بالحافلة."


def test_own_source_keeps_its_adjective() -> None:
    claims = _claims(ANT_6081)
    assert [(d["kind"], d["source"]["text"], d["source_type"]) for d in claims] == [
        ("indirect", "مصدرنا الرسمي", "anonymous")]
