"""Session 40 (attribution): one convention for a named speaker and its role, the subject of a joined verb written
before the first verb (SVO), the name "علي" before "إن", and the relative pronouns as one shared list.

- A speaker named with a role is the name (the PER) and the role is kept in the optional ``source.role``
  (``{start, end, text}``): "وقال عضو المكتب السياسي لحركة الشعب زهير المغزاوي إن" already spoke as the name (the
  role dropped), "أكد الناشط السياسي الطاهر بن حسين أن" spoke as the whole phrase; both are now the name with
  its role. Not when the name is the genitive of the role ("محامي مبارك", "فريق ترامب") or the phrase an
  unnamed source ("مسؤولٌ كبير في إدارة الرئيس الأميركي دونالد ترامب").
- "غير أنّ صحفيا بوكالة "أسوشيتد برس" كشف سرّ هذا الزرّ و بيّن أن …" (ANT 1989): the joined verb shares the
  subject written before the first verb, not that verb's object.
- "علي" right before "إن" is the name in any document (the preposition takes "أن").
"""

from __future__ import annotations

from typing import Any

import pytest

import arabnews
from arabnews.extract.attribution.cues import relative_words
from arabnews.lang.ar.words import relative_pronouns

REF = "2017-06-01"


def _claims(text: str) -> list[dict[str, Any]]:
    doc = arabnews.analyze(text, reference_date=REF)
    out = []
    for q in doc.layers["quotes"]:
        d = q.to_dict()
        assert text[q.start:q.end] == q.text
        src = d.get("source")
        if src is not None:
            assert text[src["start"]:src["end"]] == src["text"]
            if "role" in src:
                r = src["role"]
                assert text[r["start"]:r["end"]] == r["text"]
        out.append(d)
    return out


def _speakers(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(cue, speaker, its layer, its role) per claim."""
    out = []
    for d in _claims(text):
        src = d.get("source") or {}
        out.append((d["cue"]["text"], src.get("text"), src.get("layer"), (src.get("role") or {}).get("text")))
    return out


# -- a named speaker and its role ----------------------------------------------------------------------------------

ANT_7005 = ("أكد الناشط السياسي الطاهر بن حسين ضيف بوليتيكا اليوم الخميس 9 فيفري 2017 أن النهضة والإخوان لو كانوا قد "
            "تغيروا فعلا لكانوا ساهموا في كشف عدة قضايا مرت مرور الكرام.")

ANT_5676 = ('أفاد الناطق الرسمي باسم حركة النهضة، عماد الخميري، بأن "المكتب التنفيذي للحركة سيجتمع اليوم الأربعاء، '
            'للنظر في المستجدات الأخيرة على الساحة".')

ANT_2082 = ('وقالت المتحدثة باسم الخارجية لي ثي ثو هانج، "إن الحكومة الفيتنامية لا تسمح بأي هجمات الكترونية ضد منظمات '
            'أو أفراد".')

ANT_224 = ('وأكدت الدكتورة مارغريت تشان، المديرة العامة لمنظمة الصحة العالمية في افتتاح الأسبوع العالمي للتوعية حول '
           'المضادات الحيوية، " إن تنامى المقاومة للمضادات اصبح أزمة صحية عالمية ".')


def test_role_phrase_ending_in_a_name_is_the_name_with_its_role() -> None:
    [d] = _claims(ANT_7005)
    assert d["source"] == {"start": 19, "end": 33, "text": "الطاهر بن حسين", "layer": "entities",
                           "role": {"start": 4, "end": 18, "text": "الناشط السياسي"}}
    assert d["source_type"] == "person"


def test_role_between_commas_before_the_name() -> None:
    [d] = _claims(ANT_5676)
    assert d["source"]["text"] == "عماد الخميري" and d["source"]["layer"] == "entities"
    assert d["source"]["role"] == {"start": 5, "end": 35, "text": "الناطق الرسمي باسم حركة النهضة"}


@pytest.mark.parametrize(("text", "expected"), [
    (ANT_2082, [("قالت", "لي ثي ثو هانج", "entities", "المتحدثة باسم الخارجية")]),
    (ANT_224, [("أكدت", "مارغريت تشان", "entities", "الدكتورة")]),
    # the role the name was already given for (the entities stage's member after his role and organisation)
    ("وقال عضو المكتب السياسي لحركة الشعب زهير المغزاوي إن الحركة ترفض القانون.",
     [("قال", "زهير المغزاوي", "entities", "عضو المكتب السياسي لحركة الشعب")]),
    ("وقال الناطق الرسمي باسم الحزب، علي قيقة، إن الحزب يرفض مشروع القانون.",
     [("قال", "علي قيقة", "entities", "الناطق الرسمي باسم الحزب")]),
    # a reporter of the site ("مراسلنا"), a feminine role
    ("وأكدت الناشطة الحقوقية زهرة كوبية أن المسيرات تواصلت على امتداد مسافة أكثر من 25 كلم.",
     [("أكدت", "زهرة كوبية", "entities", "الناشطة الحقوقية")]),
    # a name alone keeps no role
    ("وقال يوسف الشاهد إن الحكومة ماضية في الإصلاحات.", [("قال", "يوسف الشاهد", "entities", None)]),
])
def test_named_speaker_roles(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an unnamed official of the president's administration: not the president
    ("قال مسؤولٌ كبير في إدارة الرئيس الأميركي دونالد ترامب، أمس الأحد، إن جاريد كوشنر سيزور العراق.",
     [("قال", "مسؤولٌ كبير في إدارة الرئيس الأميركي دونالد ترامب", "phrase", None)]),
    # a given name that folds with an article ("ألفة" → "الفه") is no role
    ("وقالت ألفة يوسف إن الوضع خطير على أن يتغير.", [("قالت", "ألفة يوسف", "phrase", None)]),
])
def test_no_role_split(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _speakers(text) == expected


# -- a joined verb shares the subject written before the first verb ------------------------------------------------

ANT_1989 = ('غير أنّ صحفيا بوكالة "أسوشيتد برس" كشف سرّ هذا الزرّ و بيّن أن ترامب جهز به مكتبه، ليضغط عليه كلما '
            'احتاج مشروبا غازيا.')


def test_ant_1989_svo_subject_of_the_joined_verb() -> None:
    [d] = _claims(ANT_1989)
    assert d["cue"]["text"] == "بيّن"
    assert d["source"] == {"start": 22, "end": 33, "text": "أسوشيتد برس", "layer": "entities"}
    assert d["text"] == "أن ترامب جهز به مكتبه، ليضغط عليه كلما احتاج مشروبا غازيا"


@pytest.mark.parametrize(("text", "expected"), [
    ("وزارة الداخلية نفت الخبر وأكدت أن الوضع الأمني مستقر.", [("أكدت", "وزارة الداخلية", "entities", None)]),
    # the first verb with its subject after it: that subject, cut before the object, as before
    ("واتهم الوزير المعارضة بالتحريض، وقال إن الحكومة لن تتراجع.", [("قال", "الوزير", "phrase", None)]),
])
def test_joined_verb_subjects(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _speakers(text) == expected


# -- "علي" before "إن" ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("وقال محمد علي إن الحزب يرفض القانون.", [("قال", "محمد علي", "إن الحزب يرفض القانون")]),
    ("وأضاف محمد علي إنه لا يرفض القانون.", [("أضاف", "محمد علي", "إنه لا يرفض القانون")]),
    ("وقال علي إن الحزب يرفض القانون.", [("قال", None, "إن الحزب يرفض القانون")]),
    # the preposition: "أكد على أن"
    ("وأكد الوزير على أن الحزب يرفض القانون.", [("أكد", "الوزير", "أن الحزب يرفض القانون")]),
])
def test_ali_before_inna(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert [(d["cue"]["text"], (d.get("source") or {}).get("text"), d["text"]) for d in _claims(text)] == expected


# -- one list of relative pronouns ------------------------------------------------------------------------------------

def test_relative_pronouns_one_list() -> None:
    rel = relative_pronouns()
    assert rel == {"الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "اللاتي", "اللايي"}
    assert relative_words() == rel | {"و" + w for w in rel}
    from arabnews.extract.entities.rulewords import rule_words
    rw = rule_words()
    assert rel <= rw.predicates and rel <= rw.complement_stops



# -- bulleted "label : value" lists, a quoted list, "ذاكرة" (memory) -------------------------------------------------

ANT_10139 = ('-الذاكرة العشوائية : 4GB .\n-ذاكرة التخزين : 64GB يمكن زيادتها عبر منفذ للذاكرة الخارجية .\n-الكاميرا '
             'الرئيسية : بدقة 12MP مع المثبت البصري وخاصية التركيز التركيز التلقائي وفلاش LED .\n-كاميرا '
             'السيلفي : بدقة 8MP تدعم التركيز التلقائي .\n-البطارية : بحجم 3000 مللي امبير تدعم الشحن السريع '
             'واللاسلكي .\n-النظام : أندرويد نوجا 7.1 مع واجهة سامسونج الجديدة Touchwiz Grace UX .\n-الإتصال '
             ': WiFi ، NFC ، أول هاتف بمعيار بلوتوث 5.0 ، GPS ، بالإضافة USB 3.1 Tybe C .')

ANT_2999 = ('* ريم رويس : رئيسا لديوان وزير الشؤون الثقافية\xa0 * \xa0علي المرموري : مديرا عاما للمؤسسة الوطنية '
            'لتنمية المهرجانات والتظاهرات الثقافية والفنية \xa0 * أنيس المؤدب : مديرا عاما لمركز الموسيقى '
            'العربية والمتوسطية\xa0 * \xa0توفيق العلوي : مديرا عاما لمعهد تونس للترجمة \xa0 \xa0* يوسف بن ابراهيم : '
            'مديرا عاما للمؤسسة التونسية لحقوق المؤلف والحقوق المجاورة')

ANT_7173 = ("وأعلن عضو المكتب التنفيذي لحركة النهضة أن مجلس شورى الحركة استقر على التركيبة التالية:\n- عبد الكريم "
            "الهاروني: رئيس المجلس - الصحبي عتيق: نائب اول مكلف بمتابعة لجان المجلس وملف الإصلاح - مختار اللموشي: "
            "نائب ثان مكلف بالعلاقة مع مجالس الشورى الجهوية.")

ANT_10117 = ('وأعلنت الشركة أن الطلب المسبق للجهازين سيبدأ في تاريخ 12 سبتمبر، ويتوفران بثلاثة أحجام للذاكرة هي "16 '
             'جيجا، 64 جيجا ، 128 جيجا ".')


def test_bulleted_specifications_are_no_claims() -> None:
    # "-النظام : …", "-الحماية : …" and "-ذاكرة التخزين : …" (no participle of ذكر) were claims; the tagger's ORG
    # "كاميرا السيلفي" still speaks (an entity error)
    assert [(c, s) for c, s, _l, _r in _speakers(ANT_10139)] == [(":", "كاميرا السيلفي")]


def test_bulleted_roster_is_no_claims() -> None:
    assert _claims(ANT_2999) == []
    assert all(d["cue"]["text"] != ":" for d in _claims(ANT_7173))


def test_quoted_list_is_no_nested_claim() -> None:
    claims = _claims(ANT_10117)
    assert [(d["kind"], d["cue"]["text"]) for d in claims] == [("indirect", "أعلنت")]
    assert claims[0]["text"].endswith('هي "16 جيجا، 64 جيجا ، 128 جيجا "')


def test_bulleted_speaker_headlines_stay() -> None:
    # a digest of bulleted headlines whose speakers are persons: still claims
    text = ("قال راشد الغنوشي إن الحركة باقية.\n- الغنوشي: الحركة لن تشارك في الحكومة القادمة مهما كانت الظروف\n"
            "- يوسف الشاهد: الحرب على الفساد ستتواصل دون هوادة حتى النهاية\n")
    assert [(c, s) for c, s, _l, _r in _speakers(text)] == [
        ("قال", "راشد الغنوشي"), (":", "الغنوشي"), (":", "يوسف الشاهد")]


# -- "كل من X و Y" after a verb: the first named speaks, with its role -----------------------------------------------

ANT_2754 = ('اعتبر كل من الاستاذ بمعهد الصحافة وعلوم الإخبار عبد الكريم الحيزاوي و مديرة منظمة المادة 19 بتونس سلوى '
            'غزواني أنه "من الصعب أن يتم التركيز الفعلي لهيئة النفاذ إلى المعلومة في موعدها المحدد يوم 24 مارس 2017 '
            'والشروع في عملها".')

ANT_8714 = ('أكد كل من رئيس منطقة الأمن الوطني بسوسة سفيان الرزقي و معتمد القلعة الكبرى سعيد الماجري \xa0أن الصورة , '
            'التي تم تناقلها عبر وسائل التواصل الإجتماعي و نشرها موقع جوهرة أف أم , تم إلتقاطها بعد إنتهاء المقابلة.')


@pytest.mark.parametrize(("text", "expected"), [
    (ANT_2754, ("اعتبر", "عبد الكريم الحيزاوي", "entities", "الاستاذ بمعهد الصحافة وعلوم الإخبار")),
    (ANT_8714, ("أكد", "سفيان الرزقي", "entities", "رئيس منطقة الأمن الوطني بسوسة")),
    ("أفادت كل من وزارتي الداخلية والدفاع في بلاغ مشترك اليوم السبت أن الوحدات الأمنية قضت على إرهابيين.",
     ("أفادت", "وزارتي الداخلية", "entities", None)),
])
def test_each_of_speakers(text: str, expected: tuple[str, str, str, str | None]) -> None:
    assert _speakers(text)[0] == expected
