"""Session 48 (attribution): a call's participle after a claim of its sentence is a claim of its own.

PARC and PolNeAr mark "urged", "called for", "demanded" as attribution cues; since session 46b the verbal noun after a
reporting participle ("…، مشددا على ضرورة الحذر") and since session 47 the noun of exhortation after a finite verb
("أكد النواب ضرورة …") are claims.  A call's participle (``call_participles``: داعيا، مطالبا، حاثا، مناشدا, any gender
and number) is read the same way: what it calls for after its own preposition, separate ("إلى", "على") or written on
the noun ("بتوفير", "بالتدخل", "بضرورة"), with the one called on and "في السياق نفسه" before it, by the participle's
speaker.  Not after a clause that claims nothing ("ثمن الوزير المجهودات …، داعيا …", a protest), nor a demonstrative.
Sentences of ANT v1.1 (their indices given) and their neighbours.
"""

from __future__ import annotations

from typing import Any

from attribution_cases import checked_quotes, claim_tuples


def _calls(nlp: Any, text: str) -> list[tuple[Any, ...]]:
    """The claims of ``text`` whose cue is a call's participle (spans checked at their offsets)."""
    return [c for c in claim_tuples(nlp, text) if c[2].startswith(("داعي", "مطالب", "حاث", "مناشد"))]


ANT_2524 = ("وأضاف أولاد جبريل، في تصريح لمراسل الجوهرة أف أم في المهدية، اليوم السبت، أنه قد تم اكتشاف آثار حفريات في "
            "المناطق الأثرية بجزيرة قرقنة التي تزخر بعديد الآثار التي يعود بعضها إلى نحو 6 آلاف سنة، داعيا السلط "
            "المسؤولة إلى فتح تحقيق في الموضوع.")

ANT_6743 = ("وقال اليعقوبي إن اعتداءات الوزير على كرامة المربين واهانتهم متواصلة، ووصل حد اتهامهم بالتلاعب بمصير "
            "التلاميذ، مطالبا رئيس الحكومة بالتدخل العاجل لايجاد بديل على رأس الوزارة.")

ANT_2914 = ("قال الوزير في تصريح لقناة \"نسمة\" إن هذه الغيابات عادة ما تكون مبرّرة، داعيا في السياق نفسه إلى إيجاد "
            "آليات جديدة للحد من هذه الظاهرة.")

ANT_2169 = ("وبيّنت الحملة أنها مستمرة في السعي لوضع المجتمع الدولي أمام مسؤولياته تجاه الأسرى الفلسطينيين، مطالبة "
            "بضرورة إنهاء حصار غزة بشكل كامل.")

ANT_7476 = ("وقال رئيس حزب مشروع تونس، محسن مرزوق إنه تم استقبال بعض الاسماء الواردة في القائمة في تونس خلال سنتي 2012 "
            "و2013، داعيا إلى فتح تحقيق في الغرض.")


def test_call_after_the_one_called_on(nlp: Any) -> None:
    assert _calls(nlp, ANT_2524) == [("indirect", "فتح تحقيق في الموضوع", "داعيا", "أولاد جبريل")]


def test_call_with_b_on_a_definite_noun(nlp: Any) -> None:
    # (not "بديل" further on: the first ب of a noun is the verb's)
    assert _calls(nlp, ANT_6743) == [("indirect", "التدخل العاجل لايجاد بديل على رأس الوزارة", "مطالبا", "اليعقوبي")]


def test_call_after_in_the_same_context(nlp: Any) -> None:
    assert _calls(nlp, ANT_2914) == [("indirect", "إيجاد آليات جديدة للحد من هذه الظاهرة", "داعيا", "الوزير")]


def test_call_feminine_with_b_and_exhortation(nlp: Any) -> None:
    assert _calls(nlp, ANT_2169) == [("indirect", "ضرورة إنهاء حصار غزة بشكل كامل", "مطالبة", "الحملة")]


def test_call_right_after_its_preposition(nlp: Any) -> None:
    assert _calls(nlp, ANT_7476) == [("indirect", "فتح تحقيق في الغرض", "داعيا", "محسن مرزوق")]


def test_call_family_other_verbs_and_plural(nlp: Any) -> None:
    assert _calls(nlp, "وأكدت الوزارة أن الموسم الدراسي سينطلق في موعده، حاثة الأولياء على تسجيل أبنائهم في "
                       "الآجال.") == [("indirect", "تسجيل أبنائهم في الآجال", "حاثة", "الوزارة")]
    assert _calls(nlp, "وقالت الجمعية إن المرضى يعانون من نقص الأدوية، مناشدة وزير الصحة بالتدخل العاجل.") == [
        ("indirect", "التدخل العاجل", "مناشدة", "الجمعية")]
    assert _calls(nlp, "وقال المحتجون إن الشخص المذكور يروج أخبارا زائفة، مطالبين باتخاذ الإجراءات القانونية "
                       "الضرورية ضده.") == [
        ("indirect", "اتخاذ الإجراءات القانونية الضرورية ضده", "مطالبين", "المحتجون")]


def test_call_quoted_is_a_direct_claim(nlp: Any) -> None:
    # ANT 2475's neighbour: the quotation after the preposition, as after any participle
    assert _calls(nlp, "وقال الوزير إن الوضع خطير، داعيا الى \"مزيد الاحتياط من هذه النزلات الموسمية خاصة لكبار "
                       "السن\".") == [
        ("direct", "مزيد الاحتياط من هذه النزلات الموسمية خاصة لكبار السن", "داعيا", "الوزير")]


def test_no_call_claim_after_no_claim(nlp: Any) -> None:
    # ANT 2479: ثمن is a speech act with no claim; ANT 2557: a protest
    assert _calls(nlp, "ثمن وزير الدفاع الوطني، فرحات الحرشاني المجهودات التي تقوم بها الوحدات العسكرية العاملة "
                       "بالمناطق الحدودية، داعيا إياهم إلى مزيد اليقظة والحذر وتطبيق التعليمات.") == []
    assert _calls(nlp, "نفذ عدد من التلاميذ اليوم الخميس وقفة احتجاجية أمام مقر المحكمة الابتدائية بسليانة، "
                       "مطالبين بإطلاق سراح زميليهما الذين تم إيقافهما مؤخرا.") == []


def test_no_call_claim_of_a_demonstrative_or_a_name(nlp: Any) -> None:
    assert _calls(nlp, "وقال الوزير إن الأمر محسوم منذ مدة، مطالبا بذلك منذ سنوات.") == []
    # "بلدية" is the one called on, not ب + a noun
    assert _calls(nlp, "وقال الوالي إن الوضع تحت السيطرة، مطالبا بلدية صفاقس بتوفير الحاويات.") == [
        ("indirect", "توفير الحاويات", "مطالبا", "الوالي")]


# -- the present of a verb of judging as the passive "is considered" (``passive_predicates``) -----------------------

ANT_2133 = ("وأعلن أحمد بن سالم، المتحدث باسم قوة الردع الخاصة التي تعتبر بمثابة قوة شرطة تابعة لحكومة الوفاق الوطني، "
            "أنه تم القبض على والده رمضان عبيدي أيضا.")


def test_passive_considered_is_no_cue(nlp: Any) -> None:
    # ANT 2133: "التي تعتبر بمثابة" is "which is considered", the أن is أعلن's
    assert claim_tuples(nlp, ANT_2133) == [
        ("indirect", "أنه تم القبض على والده رمضان عبيدي أيضا", "أعلن", "أحمد بن سالم")]


def test_active_judging_present_kept(nlp: Any) -> None:
    assert claim_tuples(nlp, "ويعتبر بن رمضان أن الدولة تعمل على تحقيق الاكتفاء الذاتي في مادة القمح الصلب.") == [
        ("indirect", "أن الدولة تعمل على تحقيق الاكتفاء الذاتي في مادة القمح الصلب", "يعتبر", "بن رمضان")]
    # after a relative pronoun with أن: the antecedent's claim
    assert ("indirect", "أن خطر الهجمات لا يزال مرتفعا مددت حالة الطوارئ", "تعتبر", "الحكومة") in claim_tuples(
        nlp, "وقالت المنظمة إن الحكومة التي تعتبر أن خطر الهجمات لا يزال مرتفعا مددت حالة الطوارئ.")
    assert claim_tuples(nlp, "وتعتبر الحكومة اليوم أن الوضع مستقر.") == [
        ("indirect", "أن الوضع مستقر", "تعتبر", "الحكومة")]


# -- a generic speaker ("المسؤول", "المتحدث") stands for the named speaker of the claim before it ----------------------

def _antecedents(nlp: Any, text: str) -> list[tuple[str, str | None, str | None]]:
    """(cue, speaker, speaker's antecedent) of each claim, spans checked."""
    out = []
    for q in checked_quotes(nlp(text), text):
        src = q.source or {}
        out.append((q.cue["text"], src.get("text"), (src.get("antecedent") or {}).get("text")))
    return out


def test_generic_speaker_takes_the_named_one_before(nlp: Any) -> None:
    # ANT 771
    assert _antecedents(nlp, "أكد محافظ البنك المركزي الشاذلي العياري، أن قرار تخفيض سعر صرف الدينار يبقى من "
                             "مشمولات الحكومة. وأشار المسؤول، الى ضرورة التخفيض في مستوى عجز الدفوعات الخارجية "
                             "بهدف تنشيط الاقتصاد.") == [
        ("أكد", "الشاذلي العياري", None), ("أشار", "المسؤول", "الشاذلي العياري")]
    # held-out 6082
    assert _antecedents(nlp, "وأوضح عماد الحمامي أن وقف ضخ البترول سيتسبب في تسريح آلاف العمال. وبين المتحدث أن "
                             "القضاء قادر على التمييز بين المجرمين والمعتصمين.") == [
        ("أوضح", "عماد الحمامي", None), ("بين", "المتحدث", "عماد الحمامي")]


def test_generic_speaker_after_an_unnamed_source_has_none(nlp: Any) -> None:
    assert _antecedents(nlp, "وقال مصدر أمني إن الوحدات تدخلت في الإبان. وأضاف المسؤول أن التحقيق متواصل.") == [
        ("قال", "مصدر أمني", None), ("أضاف", "المسؤول", None)]


def test_generic_speaker_not_one_told_inside_a_claim(nlp: Any) -> None:
    # ANT 1391: "المسؤول" is the White House official who spoke before, not Trump, whose judgement he told
    assert _antecedents(nlp, "وقال المسؤول بالبيت الأبيض إن ترامب يعتبر أن السلام أولوية. وأوكل ترامب إلى صهره "
                             "جاريد كوشنر مهمة التفاوض. وقال المسؤول \"سنسعى للعمل على هذا سريعا جدا\".")[-1] == (
        "قال", "المسؤول", None)
