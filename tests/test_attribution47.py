"""Session 47 (attribution): sentences of ANT v1.1 and their neighbours.

- A quotation after a verb whose words before it are the speaker alone (a name, its role, the outlet or press it was
  told to) is the speaker's however long they are, and when it runs past the sentence's end ('وحسب فرانس برس، قالت
  اغاتا كوليكوفسكا المتحدثة باسم الشرطة لوكالة فرانس برس "لقد اعتقلنا …"', 'وقالت المتحدثة باسم الشرطة "لقد اعتقلنا
  21 شخصا، … . لقد وصلت …"', ANT 1238); not when the verb's object stands among them.
- "اعتبر" + a named speaker + the object and what it is judged to be, no أن: the speaker's claim from the object on
  ("اعتبر الامين العام المساعد …، حفيظ حفيظ التحركات الاحتجاجية … مؤامرة …", held-out 7289; ``object_predicate_verbs``).
- A finite verb of ``noun_participles`` with a noun of exhortation ("وأكد النواب ضرورة تشديد العقوبة …", ANT 2679;
  "وشدد … على ضرورة …"), as its participle since session 46b.
- لاحظ is a reporting verb ("ولاحظ الوزير أن …", "ملاحظا أن …"); "ويلاحظ أن" is impersonal, "ملاحظة" the noun "note".
"""

from __future__ import annotations

from test_attribution41 import _claims  # the same reading (every span, role and antecedent checked at its offsets)


def _read(text: str) -> list[tuple[str, str, str | None, str]]:
    """(kind, cue, speaker, content) of each claim; offsets are checked by :func:`_claims`."""
    return [(d["kind"], d["cue"]["text"], (d.get("source") or {}).get("text"), d["text"]) for d in _claims(text)]


def _roles(text: str) -> list[str | None]:
    return [((d.get("source") or {}).get("role") or {}).get("text") for d in _claims(text)]


# -- 1. a quotation after the speaker alone -------------------------------------------------------------------------

ANT_1238_A = ("وحسب فرانس برس، قالت اغاتا كوليكوفسكا المتحدثة باسم الشرطة لوكالة فرانس برس \"لقد اعتقلنا أربعة أجانب "
              "إثر جريمة قتل وقعت ليل\" السبت الأحد.")

ANT_1238_B = ("وقالت المتحدثة باسم الشرطة \"لقد اعتقلنا 21 شخصا، إنهم الأكثر عدوانية. لقد وصلت تعزيزات إلى المكان "
              "والوضع يستعيد هدوءه\". وإثر الصدامات أطلق رئيس بلدية المدينة نداء إلى الهدوء.")

ROLE_NAME_COMMAS = ("وقال الناطق الرسمي باسم وزارة الداخلية، ياسر مصباح، للجوهرة أف أم \"تم إيقاف 12 عنصرا تكفيريا "
                    "بالجهة\" يوم الاثنين.")

NAME_COMMA_ROLE = ("وقالت اغاتا كوليكوفسكا، المتحدثة باسم الشرطة، \"لقد اعتقلنا أربعة أجانب إثر جريمة قتل وقعت ليل\" "
                   "السبت الأحد.")

PRESS_TOLD = ("وقالت النائبة سامية عبو للصحفيين \"لن نصوت على هذا القانون. نحن نرفضه جملة وتفصيلا\". ثم غادرت "
              "القاعة.")

# the verb's object before the quotation ("قرارا مماثلا"): no speaker of it
OBJECT_BEFORE = ("أعلن حاكم ولاية ميشيغن إنريك سنايدر قرارا مماثلا \"نظرا للأوضاع الرهيبة في باريس\". وقال إنه أصدر "
                 "تعليمات.")


def test_quote_in_source_phrase_is_the_speakers() -> None:
    assert _read(ANT_1238_A) == [
        ("source", "حسب", "فرانس برس", "قالت اغاتا كوليكوفسكا المتحدثة باسم الشرطة لوكالة فرانس برس \"لقد اعتقلنا "
                                       "أربعة أجانب إثر جريمة قتل وقعت ليل\" السبت الأحد"),
        ("direct", "قالت", "اغاتا كوليكوفسكا", "لقد اعتقلنا أربعة أجانب إثر جريمة قتل وقعت ليل")]


def test_quote_past_sentence_end_after_role() -> None:
    assert _read(ANT_1238_B) == [
        ("direct", "قالت", "المتحدثة باسم الشرطة",
         "لقد اعتقلنا 21 شخصا، إنهم الأكثر عدوانية. لقد وصلت تعزيزات إلى المكان والوضع يستعيد هدوءه")]


def test_quote_after_role_name_commas_and_outlet() -> None:
    assert _read(ROLE_NAME_COMMAS) == [("direct", "قال", "ياسر مصباح", "تم إيقاف 12 عنصرا تكفيريا بالجهة")]


def test_quote_after_name_and_role_between_commas() -> None:
    assert _read(NAME_COMMA_ROLE) == [("direct", "قالت", "اغاتا كوليكوفسكا",
                                       "لقد اعتقلنا أربعة أجانب إثر جريمة قتل وقعت ليل")]


def test_quote_past_sentence_end_after_press() -> None:
    assert _read(PRESS_TOLD) == [("direct", "قالت", "سامية عبو", "لن نصوت على هذا القانون. نحن نرفضه جملة وتفصيلا")]
    assert _roles(PRESS_TOLD) == ["النائبة"]


def test_no_quote_after_the_verbs_object() -> None:
    assert [c for c in _read(OBJECT_BEFORE) if c[1] == "أعلن"] == []


# -- 2. اعتبر + speaker + object + predicate -------------------------------------------------------------------------

HELD_7289 = ("حفيظ حفيظ : أطراف سياسية وراء غلق عديد القباضات المالية\nاعتبر الامين العام المساعد للاتحاد العام "
             "التونسي للشغل المكلف بالوظيفة العمومية، حفيظ حفيظ التحركات الاحتجاجية التي حصلت اليوم في عديد "
             "القباضات المالية مؤامرة تقف وراءها أطراف سياسية.")

ROLE_COMMA_NAME = "اعتبر رئيس حزب المجد، عبد الوهاب الهاني إستقالة شفيق صرصار سابقة خطيرة وكارثة سياسية."

NAME_COMMA_ROLE_OBJECT = ("واعتبر عدنان منصر، أمين عام حزب تونس الإرادة مبادرة رئيس الجمهورية بتشكيل حكومة وحدة وطنية "
                          "\"مغامرة غير مدروسة\".")

ORG_SAID_IN = "واعتبرت الجبهة الشعبية في بيان لها تسميات المعتمدين الأخيرة فضيحة سياسية للحكومة."

FEMININE = "اعتبرت النائبة سامية عبو قرار الحكومة تراجعا خطيرا عن الاتفاقات الممضاة."


def test_considered_role_comma_name_object() -> None:
    assert _read(HELD_7289)[1] == ("indirect", "اعتبر", "حفيظ حفيظ", "التحركات الاحتجاجية التي حصلت اليوم في عديد "
                                   "القباضات المالية مؤامرة تقف وراءها أطراف سياسية")
    assert _roles(HELD_7289)[1] == "الامين العام المساعد للاتحاد العام التونسي للشغل المكلف بالوظيفة العمومية"


def test_considered_name_after_role_and_comma() -> None:
    assert _read(ROLE_COMMA_NAME) == [("indirect", "اعتبر", "عبد الوهاب الهاني",
                                       "إستقالة شفيق صرصار سابقة خطيرة وكارثة سياسية")]


def test_considered_role_after_name_is_no_object() -> None:
    assert _read(NAME_COMMA_ROLE_OBJECT) == [
        ("indirect", "اعتبر", "عدنان منصر", "مبادرة رئيس الجمهورية بتشكيل حكومة وحدة وطنية \"مغامرة غير مدروسة\"")]


def test_considered_organisation_after_where_said() -> None:
    assert _read(ORG_SAID_IN) == [("indirect", "اعتبرت", "الجبهة الشعبية",
                                   "تسميات المعتمدين الأخيرة فضيحة سياسية للحكومة")]


def test_considered_feminine_with_role() -> None:
    assert _read(FEMININE) == [("indirect", "اعتبرت", "سامية عبو", "قرار الحكومة تراجعا خطيرا عن الاتفاقات الممضاة")]


def test_considered_negated_or_passive_is_none() -> None:
    assert _read("ولم يعتبر الوزير هذه الخطوة تراجعا عن الاتفاق.") == []
    assert _read("واعتبرت سيئة بالنسبة للدراسة جزيرة إيبيزا الإسبانية.") == []


# -- 3. a finite verb with a noun of exhortation ----------------------------------------------------------------------

ANT_2679 = "وأكد النواب ضرورة تشديد العقوبة على مروجي المخدرات."

HELD_6030 = "وشدد كمال الدين بن حسين على ضرورة العمل على التقليل من عدد الموقوفين تحفظيا."


def test_exhortation_after_subject() -> None:
    assert _read(ANT_2679) == [("indirect", "أكد", "النواب", "ضرورة تشديد العقوبة على مروجي المخدرات")]
    assert _read("وأكد الوزير أهمية المشروع الذي انطلق أمس.") == [
        ("indirect", "أكد", "الوزير", "أهمية المشروع الذي انطلق أمس")]


def test_exhortation_after_own_preposition() -> None:
    assert _read(HELD_6030) == [("indirect", "شدد", "كمال الدين بن حسين",
                                 "ضرورة العمل على التقليل من عدد الموقوفين تحفظيا")]
    assert _read("ولفتت المنظمة إلى أهمية دور المجتمع المدني.") == [
        ("indirect", "لفتت", "المنظمة", "أهمية دور المجتمع المدني")]
    assert _read("وأشار الوزير إلى ضرورة احترام القانون.") == [  # (a negative of session 29c until now)
        ("indirect", "أشار", "الوزير", "ضرورة احترام القانون")]


def test_exhortation_after_where_said() -> None:
    assert _read("وأبرزت الوزيرة، في تصريح للجوهرة أف أم، أهمية الحملات التحسيسية.") == [
        ("indirect", "أبرزت", "الوزيرة", "أهمية الحملات التحسيسية")]


def test_exhortation_with_no_subject_named() -> None:
    assert _read("وشددوا على ضرورة فتح تحقيق في الحادثة.") == [
        ("indirect", "شددوا", None, "ضرورة فتح تحقيق في الحادثة")]


def test_exhortation_negated_is_none() -> None:
    assert _read("ولم يؤكد الوزير ضرورة تأجيل الامتحانات.") == []


# -- 4. لاحظ -----------------------------------------------------------------------------------------------------------

def test_noticed_verb_and_participle() -> None:
    assert _read("ولاحظت المنظمة في تقريرها أن الأسعار ارتفعت بنسبة 5 بالمائة.") == [
        ("indirect", "لاحظت", "المنظمة", "أن الأسعار ارتفعت بنسبة 5 بالمائة")]
    assert _read("وأضاف الوزير أن النمو تحسن، ملاحظا أن البطالة تراجعت.") == [
        ("indirect", "أضاف", "الوزير", "أن النمو تحسن"), ("indirect", "ملاحظا", "الوزير", "أن البطالة تراجعت")]


def test_noticed_impersonal_and_note_are_none() -> None:
    assert _read("ويلاحظ أن الأسعار ارتفعت بنسبة 5 بالمائة.") == []
    assert _read("ملاحظة : الصورة توضيحية") == []


SPORT_9260 = ("و يأتي ذلك بعد أن إعتبرت الجامعة التونسية لكرة القدم في السابق مدرب النادي الصفاقسي كلاوزن غير مؤهل "
              "قانونيا للجلوس على البنك.")


def test_considered_organisation_then_a_persons_role_and_name() -> None:
    # the organisation judges; the coach's role and name after it are the object, not its apposition (ANT 9260)
    assert _read(SPORT_9260) == [("indirect", "إعتبرت", "الجامعة التونسية لكرة القدم",
                                  "مدرب النادي الصفاقسي كلاوزن غير مؤهل قانونيا للجلوس على البنك")]


def test_considered_name_then_predicate_is_the_object() -> None:
    # the subject dropped: the name is what he judged a model (ANT 9909), no speaker of a claim
    assert _read("و إعتبر أيمن عبد النور مثالا له منذ نشاطه في البطولة الفرنسية مع تولوز و موناكو.") == []
