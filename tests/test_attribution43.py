"""Session 43 (attribution): a role alone as a speaker stands for the person named with it before; an ambiguous cue
with its subject reaches as far as any cue; an institution's head in يه is no nisba.

- "كشف وزير التجارة، محسن حسن … وأضاف الوزير …" (ANT 607): "الوزير" keeps its span and has the minister's name as
  `source.antecedent` (`role_anaphors`), the feminine too ("وأكدت الوزيرة" after "وزيرة الطاقة … هالة شيخ روحو",
  ANT 861); "الرئيس" stands for a head of state or a president named with the article, not for the head of a party
  named in the president's own claim (ANT 2717, `role_anaphors_titled`).
- "وبين فاضل الطرابلسي الناشط في حراك "سكر المصب" لمراسل أن …" (ANT 5123): the ambiguous بين/رأى written with و and
  followed by a person reaches its أن past the role and the quoted name; "وبين الوزير والنقابة خلاف …" (between) no.
- 'وأوضحت رئيس جمعية "أجيالنا" …' (ANT 1085), "رئيس بلدية صفاقس": the head of an institution ending in يه is the
  role's genitive, not an adjective of an unnamed source; "فيما" ends the speaker (ANT 2785).
"""

from __future__ import annotations

from typing import Any

from test_attribution41 import _claims  # the same reading (every span, role and antecedent checked at its offsets)


def _who(d: dict[str, Any]) -> tuple[str, str | None, str | None, str | None]:
    """(cue, speaker, the name it stands for, source type)."""
    src = d.get("source") or {}
    return d["cue"]["text"], src.get("text"), (src.get("antecedent") or {}).get("text"), d["source_type"]


# -- a role alone stands for the person named with it ----------------------------------------------------------

ANT_607 = ("قريبا : مناطق تجارية حرة بين تونس والجزائر للحدّ من التهريب\n"
           "كشف وزير التجارة، محسن حسن اليوم، الجمعة عن إحداث مناطق تجارية حرّة على الحدود الجزائرية التونسية للحدّ "
           "من ظاهرة التهريب.\n"
           "وأضاف الوزير خلال ندوة صحفية عقدها اليوم أنه تم اختيار المؤسسة التي ستقوم بالدراسة التي ستنطلق قريبا و تهم "
           "15 معتمدية، وفق تعبيره.\n"
           "وأشار إلى أن هذه الدراسة ستجسّم الشراكة الاقتصادية والسياسية بين تونس والجزائر.")


def test_minister_alone_is_the_minister_named_before() -> None:
    claims = _claims(ANT_607)
    assert [_who(d) for d in claims] == [
        ("كشف", "محسن حسن", None, "person"),
        ("أضاف", "الوزير", "محسن حسن", "person"),
        ("أشار", "الوزير", "محسن حسن", "person"),
    ]
    ante = claims[1]["source"]["antecedent"]
    assert (ante["start"], ante["layer"]) == (ANT_607.index("محسن حسن"), "entities")
    assert claims[1]["source"]["start"] == ANT_607.index("الوزير خلال")


ANT_861 = ("إمكانية تعديل أسعار المحروقات : وزيرة الطاقة توضّح\n"
           "قالت وزيرة الطاقة والمناجم والطاقات المتجددة هالة شيخ روحو، \"إن تعديل أسعار المحروقات ليس مطروحا في "
           "الوقت الراهن\".\n"
           "وأكدت الوزيرة، الخميس، في تصريح لوكالة تونس افريقيا للأنباء، ان آلية التعديل الآلي لأسعار المحروقات "
           "التي يتم اعتمادها كل ثلاثة أشهر لم تفض الى أي تعديل.")


def test_feminine_minister_alone() -> None:
    claims = _claims(ANT_861)
    last = claims[-1]
    assert _who(last) == ("أكدت", "الوزيرة", "هالة شيخ روحو", "person")
    # (the headline's "وزيرة الطاقة" names nobody: no antecedent from another part)
    assert all("antecedent" not in (d.get("source") or {}) for d in claims if d["part"] == "title")


def test_spokesman_and_director_alone() -> None:
    # ANT 1552: the role after the name ("اندريه مارتي المتحدث باسم الادعاء السويسري")
    text = ("وفي تصريحات لراديو \"إس إف آر\"، قال اندريه مارتي المتحدث باسم الادعاء السويسري، إن التحقيقات تدور حول "
            "الاشتباه في تقديم دعم. ولفت المتحدث إلى أن التحقيقات ستجري بتنسيق وثيق مع زملاء من خارج سويسرا.")
    assert _who(_claims(text)[-1]) == ("لفت", "المتحدث", "اندريه مارتي", "person")
    # ANT 866: "مراد الزواري مدير مركزي بمعرض سوسة الدولي" … "وأضاف المدير"
    text = ("وأكد مراد الزواري مدير مركزي بمعرض سوسة الدولي في تصريح للجوهرة أف أم أن المعرض سيشهد مشاركة ما لا "
            "يقل عن 80 شركة سياحة. وأضاف المدير أن المعرض سيشمل أيضا مشاركة أجنبية معتبرة.")
    assert _who(_claims(text)[-1]) == ("أضاف", "المدير", "مراد الزواري", "person")


def test_no_named_role_no_antecedent() -> None:
    text = "أعلنت وزارة الداخلية عن إيقاف 3 أشخاص. وأضاف الوزير أن الأبحاث متواصلة."
    assert _who(_claims(text)[-1]) == ("أضاف", "الوزير", None, "person")


def test_another_role_is_not_taken() -> None:
    text = ("قال رئيس الجمعية محمد الهادي إن الحراك سيتواصل. وأضاف الوزير أن الحكومة ستنظر في المطالب.")
    assert _who(_claims(text)[-1])[2] is None


ANT_2717 = ("رئيس الجمهورية : الغنوشي لا يمثلني\n"
            "قال رئيس الجمهورية الباجي قائد السبسي إن رئيس حركة النهضة راشد الغنوشي لا يمثله ولا ينوبه خارج البلاد "
            "وإنه لم يكلفه بمهام خارجية.\n"
            "وأوضح الرئيس في حوار مع قناة نسمة أن الغنوشي يعلمه بتحركاته الخارجية.")


def test_president_alone_is_the_head_of_state_not_a_party_head() -> None:
    claims = _claims(ANT_2717)
    assert _who(claims[-1]) == ("أوضح", "الرئيس", "الباجي قائد السبسي", "person")


def test_president_of_a_party_alone_is_not_the_president() -> None:
    text = "قال رئيس حركة النهضة راشد الغنوشي إن الحركة ستشارك في الانتخابات. وأوضح الرئيس أن الحكومة باقية."
    assert _who(_claims(text)[-1])[2] is None


# -- an ambiguous cue with its subject --------------------------------------------------------------------------

ANT_5123 = ("نفذت اليوم مكونات من المجتمع المدني بقابس وقفة احتجاجية سلمية.\n"
            "وبين فاضل الطرابلسي الناشط في حراك \"سكر المصب\" لمراسل أن الغاية من هذا الحراك هي لفت انتباه السلط "
            "المركزية مجددا.")


def test_bayyana_with_a_person_reaches_past_a_quoted_name() -> None:
    (d,) = _claims(ANT_5123)
    assert _who(d) == ("بين", "فاضل الطرابلسي", None, "person")
    assert d["text"] == "أن الغاية من هذا الحراك هي لفت انتباه السلط المركزية مجددا"


def test_bayna_between_two_is_no_claim() -> None:
    text = "وبين الوزير والنقابة خلاف عميق حول الزيادة في الأجور ويبدو أن الحل بعيد."
    assert [d["cue"]["text"] for d in _claims(text)] == []
    assert _claims("لا فرق بين الموقفين في تصريحات الطرفين أن الحل قريب.") == []


# -- an institution's head in يه after a role ------------------------------------------------------------------

def test_head_of_an_association_is_a_person_with_its_name() -> None:
    text = ("ويستعد لبنان لدخول موسوعة غينيس للأرقام القياسية. وأوضحت رئيس جمعية \"أجيالنا\" التي قامت بتنظيم هذا "
            "الحدث، أنه تم اختيار الأشخاص المشاركين من دور أيتام.")
    (d,) = _claims(text)
    assert _who(d) == ("أوضحت", "رئيس جمعية \"أجيالنا\"", None, "person")


def test_a_nisba_after_a_role_is_still_unnamed() -> None:
    (d,) = _claims("وقال مسؤول أمني إن الأشغال ستنطلق قريبا.")
    assert _who(d) == ("قال", "مسؤول أمني", None, "anonymous")


def test_fima_ends_the_speaker() -> None:
    text = ("وقال رئيس بلدية سوسة فيما يتعلق بالملك العمومي إنه سيتم في أول 2017 تطبيق القانون بخصوص المسافات "
            "المرخص لها.")
    (d,) = _claims(text)
    assert _who(d) == ("قال", "رئيس بلدية سوسة", None, "person")


def test_no_role_across_a_colon_nor_from_a_name_before() -> None:
    # (ANT 7047: "الطبيب" is Chawki Tabib's surname, no role of "الشاهد"; ANT 6951: the role after a headline's colon is
    # the topic's, not the name's)
    text = ("شوقي الطبيب بعد لقائه الشاهد : أخيرا أصبحت مكافحة الفساد ممكنة. وبين الطبيب أنه قدم لرئيس الحكومة جملة من "
            "المقترحات.")
    assert _who(_claims(text)[-1]) == ("بين", "الطبيب", None, "person")
    text = ("محمد رؤوف اليوسفي : طبيبة بفرحات حشاد أكدت أن الرضيع ولد ميتا. وقالت الطبيبة إن الرضيع ولد ميتا حسب "
            "التقرير.")
    assert _who(_claims(text)[-1])[:3] == ("قالت", "الطبيبة", None)


def test_role_after_the_name_and_its_comma() -> None:
    text = "أكد زكرياء حمد، وزير الصناعة، أن الإنتاج سيرتفع. وأضاف الوزير أنه تم اختيار المؤسسة."
    assert _who(_claims(text)[-1]) == ("أضاف", "الوزير", "زكرياء حمد", "person")


# -- a cause verb with a comma after it ---------------------------------------------------------------------------

ANT_1640 = ("قالت أستاذة علوم التغذية بالمعهد الوطني للتغذية ليلى علوان إن امرأتين من بين ثلاث نساء تعانيان من "
            "السمنة. وحذرت الخبيرة في التغذية من ظاهرة السمنة في تونس. وأرجعت، علوان هذا الوضع، إلى تغير النمط "
            "الاستهلاكي لدى التونسيين.")


def test_cause_verb_with_commas_around_a_surname() -> None:
    d = _claims(ANT_1640)[-1]
    assert _who(d) == ("أرجعت", "علوان", None, "person")
    assert d["text"] == "هذا الوضع، إلى تغير النمط الاستهلاكي لدى التونسيين"


def test_cause_verb_with_a_role_alone() -> None:
    (d,) = _claims("وأرجع الوزير ارتفاع الأسعار، إلى تراجع الإنتاج.")
    assert (_who(d), d["text"]) == (("أرجع", "الوزير", None, "person"), "ارتفاع الأسعار، إلى تراجع الإنتاج")
    (d,) = _claims("وأرجع الخبير الاقتصادي ارتفاع الأسعار إلى تراجع الإنتاج.")
    assert _who(d) == ("أرجع", "الخبير الاقتصادي", None, "person")
    assert _claims("وأرجع الوزير ارتفاع الأسعار، وإلى جانب ذلك تحدث عن الإنتاج.") == []


def test_cause_verb_comma_before_ila_not_after_a_longer_phrase() -> None:
    # ANT 798 and 7255: the speaker phrase may have run over what is explained, or no subject was read: no claim
    assert _claims("وأرجع المعهد تسجيل نمو في مؤشر الأسعار عند البيع، إلى تطور أسعار قطاع مواد مستخرجات المناجم.") == []
    assert _claims("وارجع أعضاء المكتب الجهوي هذا القرار، إلى تضارب وتناقض تصريحات قيادات الحزب.") == []
    (d,) = _claims("وارجعت الوزارة هذا الانخفاض، الى تراجع أسعار مجموعة الملابس والأحذية.")
    assert (_who(d), d["text"]) == (("ارجعت", "الوزارة", None, "organisation"),
                                    "هذا الانخفاض، الى تراجع أسعار مجموعة الملابس والأحذية")
