"""Session 48b (attribution): a rumour denied, a short quotation as the whole clause, a dropped subject after a
connective, a call with ل.

- "نفى X ما راج/ما تداولته/ما تم تداوله …" (``rumour_denials``, ``rumour_verbs``, ``rumour_done``): the rumour the
  denial names is its claim, from its "ما" to the end of the clause, as "denied reports that …" in PARC; with the name
  set off by commas after its role the speaker (tagged or not; the organisation in quotation marks or not).
- 'أن "الوضع طبيعي"': a quotation of two words or more (no name) that is the whole clause after a bare أن/إن/بأن
  and ends its sentence or clause is the claim, as a longer one is; no bare 'أن "' is left in the content (after
  'أنها "…"' the pronoun, its subject, stays with it).
- "… ولذلك يعتبر أن …" (``clause_connectives``): no subject before the connective; the speaker is carried.
- "داعيا سلطة الإشراف لتحمل …": ل on a verbal noun by its pattern is a call's preposition too.
Sentences of ANT v1.1 (their indices given) and their neighbours (other genders, tenses, rumour verbs).
"""

from __future__ import annotations

from typing import Any

from attribution_cases import claim_tuples

ANT_7107 = ('سفيان طوبال يوضح بخصوص ما راج عن استقالات من كتلة نداء تونس\nنفى رئيس كتلة "نداء تونس" '
            'بالبرلمان، سفيان طوبال، ما راج عن تقديم أربعة نواب من الكتلة لاستقالاتهم اليوم الثلاثاء، مشيرا '
            'في المقابل إلى استقالة نائب واحد هو نور الدين بن عاشور.\nوأوضح طوبال، في تصريح صحفي، أن النائبين '
            'علي بن سالم وعلي بالأخوة تراجعا عن استقالتيهما بعد ما جرى نقاش معهما، مضيفا في ذات السياق قوله '
            'إن مكتب الضبط بمجلس نواب الشعب لم يتلق أي طلب استقالة من النائبين لطفي علي وناصر الشنوفي.')


def _by_cue(nlp: Any, text: str, *cues: str) -> list[tuple[Any, ...]]:
    return [c for c in claim_tuples(nlp, text) if c[2] in cues]


def test_rumour_denied_after_an_untagged_name_between_commas(nlp: Any) -> None:
    # (on int48 the speaker was the role's phrase and the content began with the name: "سفيان طوبال، ما راج …")
    assert _by_cue(nlp, ANT_7107, "نفى") == [
        ("indirect", "ما راج عن تقديم أربعة نواب من الكتلة لاستقالاتهم اليوم الثلاثاء", "نفى", "سفيان طوبال")]


def test_rumour_denied_feminine_with_a_quoted_organisation_and_a_tagged_name(nlp: Any) -> None:
    text = 'نفت رئيسة جمعية "أمل"، سعاد الماجري، ما راج عن غلق المقر.'
    assert _by_cue(nlp, text, "نفت") == [("indirect", "ما راج عن غلق المقر", "نفت", "سعاد الماجري")]


def test_rumour_denied_by_an_institution(nlp: Any) -> None:
    text = ("نفت وزارة التجهيز والاسكان ما تداولته عديد مواقع التواصل الاجتماعي بخصوص انقطاع حركة المرور بعدّة طرقات "
            "بمعتمدية عين دراهم جراء تساقط الثلوج.")  # ANT 6679
    assert _by_cue(nlp, text, "نفت") == [
        ("indirect", "ما تداولته عديد مواقع التواصل الاجتماعي بخصوص انقطاع حركة المرور بعدّة طرقات بمعتمدية عين "
         "دراهم جراء تساقط الثلوج", "نفت", "وزارة التجهيز والاسكان")]


def test_rumour_denied_with_tamma_and_where_said(nlp: Any) -> None:
    text = 'نفت وزارة الداخلية في بلاغ لها اليوم ما تم تداوله بخصوص ملاحقة عنصر إرهابي بجهة "موتيال فيل" بالعاصمة.'
    assert _by_cue(nlp, text, "نفت") == [  # ANT 6657
        ("indirect", 'ما تم تداوله بخصوص ملاحقة عنصر إرهابي بجهة "موتيال فيل" بالعاصمة', "نفت", "وزارة الداخلية")]


def test_rumour_denied_present_tense_and_role_named_after_comma(nlp: Any) -> None:
    assert _by_cue(nlp, "وتنفي الوزارة ما يروج عن غلق المعبر.", "تنفي") == [
        ("indirect", "ما يروج عن غلق المعبر", "تنفي", "الوزارة")]
    text = "نفى المدير الجهوي للصحة بسوسة، رياض المؤخر، ما تم تداوله بخصوص غلق المستشفى."
    assert _by_cue(nlp, text, "نفى") == [("indirect", "ما تم تداوله بخصوص غلق المستشفى", "نفى", "رياض المؤخر")]


def test_truth_of_a_rumour_stays_the_verbal_noun(nlp: Any) -> None:
    # guard: "صحة ما يروج" is the verbal noun's claim, as before
    assert _by_cue(nlp, "نفى الوزير صحة ما يروج عن غلق المعبر.", "نفى") == [
        ("indirect", "صحة ما يروج عن غلق المعبر", "نفى", "الوزير")]


def test_short_quotation_is_the_whole_clause(nlp: Any) -> None:
    text = 'وكتب ترودو في تغريدة على موقع تويتر: "أهلا بكم"، وأضاف أن "التنوع يصنع قوتنا".'  # ANT 2132
    assert _by_cue(nlp, text, "أضاف") == [("direct", "التنوع يصنع قوتنا", "أضاف", "ترودو")]
    text = 'ونفت القوات المسلحة الأردنية تلك الأنباء قائلة إن "الحدود مؤمنة بالكامل".'
    assert _by_cue(nlp, text, "قائلة") == [("direct", "الحدود مؤمنة بالكامل", "قائلة", "القوات المسلحة الأردنية")]
    text = 'وقالت الوزيرة إن الوضع في المدينة هادئ، مؤكدة أن "الوضع طبيعي".'
    assert _by_cue(nlp, text, "مؤكدة") == [("direct", "الوضع طبيعي", "مؤكدة", "الوزيرة")]


def test_short_quotation_guards(nlp: Any) -> None:
    # a name, a quotation a stop cuts after, one word, a pronoun on the complementizer: the أن clause as before
    text = "وانتقد ترامب حكم المحكمة وقال إنه \"يجعلنا نبدو ضعفاء\"."  # ANT 1674
    assert _by_cue(nlp, text, "قال") == [("indirect", 'إنه "يجعلنا نبدو ضعفاء"', "قال", "ترامب")]
    assert _by_cue(nlp, 'وقال الوزير إن "نداء تونس".', "قال") == [("indirect", 'إن "نداء تونس"', "قال", "الوزير")]
    text = 'وقال مكتب الادعاء الفدرالي إن "محمد. ر" لا يزال رهن الإعتقال بسبب جريمة تتعلق بالحادث.'
    assert [c[0] for c in _by_cue(nlp, text, "قال")] == ["indirect"]
    assert _by_cue(nlp, 'ونفى الوزير الخبر، مؤكدا أنها "كاذبة".', "مؤكدا") == [
        ("indirect", 'أنها "كاذبة"', "مؤكدا", "الوزير")]


def test_dropped_subject_after_a_connective(nlp: Any) -> None:
    text = ("أكد الخبير في الشؤون الأمنية غازي معلى أن ما يحدث في ليبيا له تأثير كبير على الداخل التونسي ولذلك يعتبر "
            "أن الملف الليبي مهم جدا على حد قوله.")  # ANT 6453 (the speaker was "ليبيا")
    claims = _by_cue(nlp, text, "يعتبر")
    assert [c[:2] for c in claims] == [("indirect", "أن الملف الليبي مهم جدا")]
    assert claims[0][3] == _by_cue(nlp, text, "أكد")[0][3] != "ليبيا"


def test_call_with_lam(nlp: Any) -> None:
    text = "وقال الوزير إن الوضع خطير، داعيا سلطة الإشراف لتحمل مسؤوليتها كاملة."
    assert _by_cue(nlp, text, "داعيا") == [("indirect", "تحمل مسؤوليتها كاملة", "داعيا", "الوزير")]
    text = "وأكدت الجمعية أن الوضع خطير، داعية السلط المعنية للتدخل العاجل."
    assert _by_cue(nlp, text, "داعية") == [("indirect", "تدخل العاجل", "داعية", "الجمعية")]
    text = "وأكد الوزير أن الطريق مغلقة، داعيا مستعملي الطريق لتوخي الحذر."
    assert _by_cue(nlp, text, "داعيا") == [("indirect", "توخي الحذر", "داعيا", "الوزير")]


def test_call_with_lam_not_on_a_plain_noun(nlp: Any) -> None:
    # guard: "لقطاع" is no verbal noun; no call read there
    text = "وأكد الوزير أن الوضع خطير، داعيا الموظفين التابعين لقطاع التصرف."
    assert _by_cue(nlp, text, "داعيا") == []


def test_call_with_lam_before_a_quotation(nlp: Any) -> None:
    # ANT 7130: one direct claim, the quotation (not an indirect one with its marks and the quotation again)
    text = ('واعتبر الحزب في بيان له اليوم أن مجلس الهيئة تطاول على القضاء، داعيا هياكله ل"الاستعداد التام للذود عن '
            'الوطن في إطار القانون واحترام التراتيب الإدارية".')
    assert _by_cue(nlp, text, "داعيا") == [
        ("direct", "الاستعداد التام للذود عن الوطن في إطار القانون واحترام التراتيب الإدارية", "داعيا", "الحزب")]


def test_published_text_as_a_denial_object(nlp: Any) -> None:
    # ANT 8665: "ما ورد في بيان …" is what the federation denies, no source phrase of the television's
    text = ("و نفت الجامعة ما ورد في بيان التلفزة الوطنية الصادر مؤخرا حول اختيار التلفزة الوطنية بث مقابلة كلاسيكو "
            "النادي الصفاقسي و النادي الافريقي في المقام الاول.")
    assert [c[2:] for c in claim_tuples(nlp, text)] == [("نفت", "الجامعة")]
