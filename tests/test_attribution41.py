"""Session 41 (attribution): the speakers joined by "كل من", a role before a name the tagger left out, headline
digests, and the word lists read from the data files.

- "اعتبر كل من الاستاذ … عبد الكريم الحيزاوي و مديرة منظمة المادة 19 بتونس سلوى غزواني أنه …" (ANT 2754): the first
  named speaks and the second is in ``source.coordinated``, with its own ``role``; a dual verb after them ("وبينا")
  or a dual/plural participle ("مبرزين") carries both; a quotation nested in their claim keeps both.
- A role phrase that ends with a name the tagger did not tag ("أعلنت وزيرة الطاقة هالة شيخ روحه", ANT 912) is the
  name, layer "phrase", with ``source.role`` (the session 40 convention); not the complement of a role ("غير الشرعية",
  "على المرض", "ببن عروس": common words and entities are no name).
- "عمدة", "قنصل" are person heads ("قال عمدة لندن صادق خان", ANT 1705); a role may end with a preposition's definite
  complement ("كاتب الدولة للتجارة، فيصل الحفيان", ANT 608), not with the one spoken to ("الرئيس للسيد شي").
- A colon claim holding another "label :" is a run of headlines on one line (the daily digest, ANT 6144): no claim.
- "كل", "من", "باسم" and the relative pronouns of ``phrase_stops`` / ``not_subjects`` are read from the data files.
"""

from __future__ import annotations

from typing import Any

import arabnews
from arabnews.extract.attribution.cues import RESOURCE, SCHEMA, load_resource, word_set
from arabnews.extract.attribution.sources import _EACH, _EACH_OF
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
            for part in [src, *src.get("coordinated", [])]:
                for key in ("role", "antecedent"):  # (the antecedent of a role named alone: session 43)
                    if key in part:
                        r = part[key]
                        assert text[r["start"]:r["end"]] == r["text"]
        out.append(d)
    return out


def _who(d: dict[str, Any]) -> tuple[str, str | None, str | None, list[tuple[str, str | None]]]:
    """(cue, speaker, its role, [(joined speaker, its role)])."""
    src = d.get("source") or {}
    return (d["cue"]["text"], src.get("text"), (src.get("role") or {}).get("text"),
            [(c["text"], (c.get("role") or {}).get("text")) for c in src.get("coordinated", [])])


# -- "كل من X و Y" -------------------------------------------------------------------------------------------------

ANT_2754 = ("خبراء : من الصعب تركيز هيئة النفاذ إلى المعلومة في موعدها المحدد\n"
            "اعتبر كل من الاستاذ بمعهد الصحافة وعلوم الإخبار عبد الكريم الحيزاوي و مديرة منظمة المادة 19 بتونس سلوى "
            "غزواني أنه \"من الصعب أن يتم التركيز الفعلي لهيئة النفاذ إلى المعلومة في موعدها المحدد يوم 24 مارس 2017 "
            "والشروع في عملها\".\n"
            "وبينا في تصريحات لوكالة تونس افريقيا للانباء اليوم الاثنين على هامش انعقاد ملتقى حول معايير اختيار أعضاء "
            "الهيئة بالعاصمة ، أن المشرع حدد اجل بسنة من تاريخ المصادقة على القانون الأساسي المتعلق بحق النفاذ إلى "
            "المعلومة مبرزين في هذا الصدد انه إلى حد الآن لم تقع المصادقة على الأعضاء التسعة للهيئة.")


def test_each_of_two_speakers() -> None:
    claims = _claims(ANT_2754)
    pair = [("سلوى غزواني", "مديرة منظمة المادة 19 بتونس")]
    assert [_who(d) for d in claims] == [
        ("اعتبر", "عبد الكريم الحيزاوي", "الاستاذ بمعهد الصحافة وعلوم الإخبار", pair),
        ("بينا", "عبد الكريم الحيزاوي", None, pair),
        ("مبرزين", "عبد الكريم الحيزاوي", None, pair),
    ]
    first = claims[0]
    assert first["kind"] == "direct"  # (the quoted clause: a nested claim keeps the pair)
    assert first["text"].startswith("من الصعب أن يتم")
    co = first["source"]["coordinated"][0]
    assert (co["start"], co["end"], co["source_type"]) == (ANT_2754.index("سلوى"), ANT_2754.index(" أنه \""), "person")
    assert co["role"]["start"] == ANT_2754.index("مديرة منظمة")
    assert claims[1]["text"].startswith("أن المشرع حدد اجل بسنة")


def test_each_of_two_ministers_and_a_dual_verb() -> None:
    text = ("وأكد كل من وزير الصحة عبد الرؤوف الشريف ووزير التربية ناجي جلول أن الوضع مستقر. وأضافا أن العمل "
            "متواصل. وقال الشريف إن الأدوية متوفرة.")
    pair = [("ناجي جلول", "وزير التربية")]
    assert [_who(d) for d in _claims(text)] == [
        ("أكد", "عبد الرؤوف الشريف", "وزير الصحة", pair),
        ("أضافا", "عبد الرؤوف الشريف", None, pair),
        ("قال", "الشريف", None, []),  # (one of them alone again: no pair)
    ]


def test_a_singular_verb_after_the_pair_is_not_both() -> None:
    text = ("وأكد كل من وزير الصحة عبد الرؤوف الشريف ووزير التربية ناجي جلول أن الوضع مستقر. وأضاف أن العمل "
            "متواصل.")
    assert [_who(d)[3] for d in _claims(text)] == [[("ناجي جلول", "وزير التربية")], []]


def test_pair_before_a_dual_verb_keeps_both_in_the_nested_quote() -> None:
    # ANT 1572: "وكانت وزارة الامن الداخلي ومديرية الاستخبارات اعلنتا مطلع اكتوبر ان … "بهدف …"" (the quotation too)
    text = ('وكانت وزارة الامن الداخلي ومديرية الاستخبارات اعلنتا مطلع اكتوبر ان روسيا تمكنت من اختراق حسابات '
            'شخصيات ومنظمات سياسية "بهدف التدخل في العملية الانتخابية الاميركية".')
    claims = _claims(text)
    assert {d["kind"] for d in claims} == {"indirect", "direct"}
    for d in claims:
        assert [c["text"] for c in d["source"]["coordinated"]] == ["مديرية الاستخبارات"]


# -- a role and its name ------------------------------------------------------------------------------------------

def test_untagged_name_after_its_role() -> None:
    # ANT 912
    text = ("أعلنت وزيرة الطاقة هالة شيخ روحه اليوم الثلاثاء أن حقل الشرقي لاستخراج الغاز بقرقنة سيستأنف نشاطه "
            "خلال أيام.")
    (d,) = _claims(text)
    assert _who(d) == ("أعلنت", "هالة شيخ روحه", "وزيرة الطاقة", [])
    assert (d["source"]["start"], d["source"]["layer"], d["source_type"]) == (19, "phrase", "person")
    assert (d["source"]["role"]["start"], d["source"]["role"]["end"]) == (6, 18)


def test_untagged_name_after_a_role_with_a_complement() -> None:
    text = "وقالت الكاتبة العامة للنقابة منية الحمزاوي إن الإضراب تأجل إلى موعد لاحق."
    assert [_who(d) for d in _claims(text)] == [("قالت", "منية الحمزاوي", "الكاتبة العامة للنقابة", [])]


def test_no_name_in_a_role_complement() -> None:
    texts = [
        # ANT 2108, 2724, 7610, 839: the role's own words, not a name
        ("وقال الناطق باسم جهاز الهجرة غير الشرعية إن 14 من الموقوفين يحملون الجنسية المصرية.",
         "الناطق باسم جهاز الهجرة غير الشرعية"),
        ("وقال مدير الوقاية من الاخطار المهنية بالصندوق الوطني للتامين على المرض إنه تم تنفيذ البرامج الوقائية.",
         "مدير الوقاية من الاخطار المهنية بالصندوق الوطني للتامين على المرض"),
        ("أقدم صباح اليوم كهل على إضرام النار في جسده، وفق ما أفاد به مساعد وكيل الجمهورية بالمحكمة الابتدائية ببن "
         "عروس.", "مساعد وكيل الجمهورية بالمحكمة الابتدائية ببن عروس"),
        ("وخصص لهذا الموسم، حسب كاهية مدير الانتاج الزراعي بوزارة الفلاحة، مليون دينار.",
         "كاهية مدير الانتاج الزراعي بوزارة الفلاحة"),
    ]
    for text, speaker in texts:
        assert [(_who(d)[1], _who(d)[2]) for d in _claims(text)] == [(speaker, None)], text


def test_mayor_and_consul_are_roles() -> None:
    # ANT 1705
    text = ("في تعليقه على سخرية نجل ترامب منه، قال عمدة لندن صادق خان أنه جد مشغول للرد على تغريدة كتبها نجل "
            "ترامب.")
    (d,) = _claims(text)
    assert _who(d) == ("قال", "صادق خان", "عمدة لندن", [])
    assert d["source"]["layer"] == "entities"
    text = "وقال قنصل تونس في ميلانو محمد بن يوسف إن الجالية بخير."
    assert [_who(d) for d in _claims(text)] == [("قال", "محمد بن يوسف", "قنصل تونس في ميلانو", [])]


def test_role_ends_with_a_preposition_and_its_definite_noun() -> None:
    # ANT 608
    text = ('أفاد كاتب الدولة للتجارة، فيصل الحفيان، الاربعاء بجندوبة، "ان بعث سوق حرة بالشريط الحدودي بات اليوم '
            'ضرورة يقتضيها الاقتصاد الوطني".')
    assert [_who(d)[1:3] for d in _claims(text)] == [("فيصل الحفيان", "كاتب الدولة للتجارة")]


def test_the_one_spoken_to_is_no_role() -> None:
    # ANT 1987: "أوضح الرئيس للسيد شي أن …" (the president told Mr Xi): no role "الرئيس للسيد"
    text = "وقال الوزير إن الرئيس كان هادئا. وأوضح الرئيس للسيد شي جين بينغ أن هناك شيئا يريد أن يبلغه به."
    assert all(_who(d)[2] is None for d in _claims(text))


def test_outlet_after_lam_is_the_addressee() -> None:
    # ANT 3517
    text = ('وقال كاتب عام النقابة العامة لشركة تونس للطرقات السيارة، أنيس الكعبي ل"الجوهرة أف أم" إن التحركات '
            'الاحتجاجية تأتي على خلفية جملة من المطالب المهنية.')
    (d,) = _claims(text)
    assert _who(d) == ("قال", "أنيس الكعبي", "كاتب عام النقابة العامة لشركة تونس للطرقات السيارة", [])
    assert d["source_type"] == "person"


# -- headline digests ---------------------------------------------------------------------------------------------

def test_headline_digest_is_no_claim() -> None:
    # ANT 6144 (the daily digest: one line of headlines)
    text = ("حصيلة أحداث الجمعة\n"
            "وزارة التربية : لا تسريبات في امتحانات البكالوريا عقيد قطري موّل الإرهاب في ليبيا عبر تونس : وزير الدفاع "
            "يعلّق 4 قتلى و 19 جريحا في حادث بئر علي بن خليفة")
    assert [d for d in _claims(text) if d["cue"]["text"] == ":"] == []


def test_one_headline_is_still_a_claim() -> None:
    text = "وزارة التربية : لا تسريبات في امتحانات البكالوريا هذه السنة\nوأكدت الوزارة أن الامتحانات تجري في ظروف طيبة."
    first = _claims(text)[0]
    assert (_who(first)[:2], first["text"]) == ((":", "وزارة التربية"), "لا تسريبات في امتحانات البكالوريا هذه السنة")


# -- the word lists -----------------------------------------------------------------------------------------------

def test_lists_read_from_the_data_files() -> None:
    assert _EACH == {"كل"} and _EACH_OF == {"من"}
    data = load_resource(RESOURCE, SCHEMA)
    assert not set(data["phrase_stops"]) & relative_pronouns()
    assert not set(data["not_subjects"]) & relative_pronouns()
    assert relative_pronouns() <= word_set("phrase_stops")
    assert relative_pronouns() <= word_set("not_subjects")


def test_object_with_a_demonstrative_before_the_doer() -> None:
    # ANT 1101: "وقد أقر هذا المنع عمدة المدينة "دافيد ليسنارد" …": the ban is the object, the mayor its subject
    text = ('منعت السلطات بمدينة كان الفرنسية ارتداء"البوركيني" على شواطئ المدينة.\n'
            'وقد أقر هذا المنع عمدة المدينة "دافيد ليسنارد" وينص  القرارعلى منع دخول أي شخص لا يرتدي ملابس سباحة تحترم '
            'التقاليد العلمانية إلى كافة الشواطئ ومواقع السباحة" مذكرا أن العلمانية هي إحدى القيم الأساسية للجمهورية '
            'الفرنسية.')
    assert [_who(d)[1] for d in _claims(text)] == ["دافيد ليسنارد"]
    assert [_who(d)[1] for d in _claims("وأكد هذا المصدر أن الوضع مستقر في المدينة.")] == ["هذا المصدر"]
