"""Session 42 (attribution): facilities before a headline's colon, the one spoken to after a role, a tail's speaker in
a sentence that opens with a verb, a dropped subject after a claim of another gender, and the claims of a cause.

- "مستشفى سليانة : مواطن يعتدي …" (ANT 4517): a facility (`headline_facilities`) before a headline's colon is where
  it happened, no speaker, unless its words speak in the first person ("…: نحن لم نرفض …").
- "أوضح الرئيس للسيد شي أن …" (ANT 1987): the president speaks, not the one spoken to after ل + a title.
- "وحث السفير الفرنسي المستثمرين …، بحسب تعبيره" (ANT 768): a pronoun tail with no claim before it in its sentence
  speaks for the person subject of the verb that opens the sentence (not a role alone standing for a name carried).
- "دعا … الحبيب الراشدي وزارة الداخلية … بعد نشرها صورا ادعت أنها …" ¶ "وقال في تدوينة … إن …" (ANT 4360): a
  sentence-opening verb with و whose gender the last speaker (the channel) lacks takes the nearest earlier speaker of
  its gender; not a verb with a subject of its own the finder missed, nor one inside its sentence.
- "أرجع وزير المالية السابق،جلول عياد في تصريح … الصعوبات الاقتصادية الى حالة …" (ANT 769): a cause verb
  (`cause_verbs`: أرجع، عزا) with what it explains and إلى is a claim; a comma glued to the role and the name is a
  lost space (the name speaks, with its role).
"""

from __future__ import annotations

from arabnews.extract.attribution.cues import word_set
from test_attribution41 import _claims  # the same reading (every span, role and joined speaker checked at its offsets)

REF = "2017-06-01"


def _by_cue(text: str) -> dict[str, tuple[str | None, str]]:
    """cue text → (speaker text, claim text), the first claim of each cue."""
    out: dict[str, tuple[str | None, str]] = {}
    for d in _claims(text):
        out.setdefault(d["cue"]["text"], ((d.get("source") or {}).get("text"), d["text"]))
    return out


# -- a facility before a headline's colon -----------------------------------------------------------------------

ANT_4517 = ("مستشفى سليانة : مواطن يعتدي بالعنف الشديد على قابلة\n"
            "أقدم مواطن بولاية سليانة، على الاعتداء بالعنف \xa0الشديد على \"قابلة\" بالمستشفى الجهوي بسليانة.\n"
            "وأكد مصدر أمني لمراسل الجوهرة اف ام، أن المواطن أصر على زيارة قريبته بقسم النساء والتوليد، إلا أن القابلة "
            "منعته وبينت له أن القانون لا يسمح بذلك، لتتفاجئ بتعرضها الى الاعتداء.")

ANT_6333 = ("مستشفى الأغالبة بالقيروان : العثور على ثعبان قرب قسم الإنعاش\n"
            "أفاد أحمد ابراهيم الكاتب العام للفرع الجامعي للصحة بالقيروان في تصريح لمراسل الجوهرة أف أم اليوم بأن نسبة "
            "نجاح إضراب أعوان الصحة بلغت نحو 70 ٪ في ولاية القيروان ومعتمدياتها.")


def test_hospital_headline_is_a_topic() -> None:
    claims = _claims(ANT_4517)
    assert [d["cue"]["text"] for d in claims] == ["أكد", "بينت"]
    assert claims[0]["source"]["text"] == "مصدر أمني"
    assert ":" not in [d["cue"]["text"] for d in _claims(ANT_6333)]


def test_airport_headline_is_a_topic() -> None:
    assert _claims("مطار قرطاج : حجز كمية من العملة الأجنبية لدى مسافر") == []


def test_facility_speaking_in_first_person_keeps_its_claim() -> None:
    (d,) = _claims("مستشفى شارل نيكول : نحن لم نرفض استقبال المريض في قسم الاستعجالي")
    assert (d["cue"]["lemma"], d["source"]["text"], d["text"]) == (
        ":", "مستشفى شارل نيكول", "نحن لم نرفض استقبال المريض في قسم الاستعجالي")


def test_a_minister_headline_still_speaks() -> None:
    (d,) = _claims("وزير الصحة : الوضع الوبائي في تحسن مستمر بكامل الولايات")
    assert (d["source"]["text"], d["text"]) == ("وزير الصحة", "الوضع الوبائي في تحسن مستمر بكامل الولايات")


def test_facility_list_is_data() -> None:
    assert {"مستشفي", "مطار", "سجن"} <= word_set("headline_facilities")
    assert "نحن" in word_set("headline_first_person")


# -- the one spoken to after a role -------------------------------------------------------------------------------

ANT_1987 = ("وقال الوزير: \"عندما تم تقديم الحلويات، أوضح الرئيس للسيد شي أن هناك شيئا يريد أن يبلغه به، وهو إطلاق 59 "
            "صاروخا على سوريا. وكان ذلك بمثابة ديسيرت ما بعد العشاء\".")


def test_addressee_after_title_is_not_the_speaker() -> None:
    assert _by_cue(ANT_1987)["أوضح"] == ("الرئيس", "أن هناك شيئا يريد أن يبلغه به، وهو إطلاق 59 صاروخا على سوريا")


def test_addressee_feminine_title() -> None:
    assert _by_cue("وقالت الوزيرة للسيدة ميركل إن تونس تعول على دعم ألمانيا.")["قالت"] == (
        "الوزيرة", "إن تونس تعول على دعم ألمانيا")


# -- a tail's speaker: the subject of the verb that opens its sentence ------------------------------------------

ANT_768 = ("قال اليوم الثلاثاء سفير فرنسا لدى تونس أوليفيي بوافر دارفور، إن ولاية مدنين قادرة على استقطاب استثمارات "
           "صناعية أجنبية مهمة، على هامش زيارة أداها اليوم إلى الولاية.\n"
           "وكشف أنه سيعود إلى المنطقة التي وصفها بالواعدة في شهر فيفري مع وزير التكوين المهني لافتتاح مركز تدريب "
           "مهني للشباب لمساعدتهم على ايجاد فرص عمل. وحث السفير الفرنسي المستثمرين الأوروبيين وأيضا التونسيين على "
           "الاستثمار في مدنين كما توجّه برسالة إلى مواطنيه للعودة إلى جربة لما في ذلك من فائدة للاقتصاد التونسي ولهم "
           "أيضا، بحسب تعبيره. ع ب م")


def test_tail_speaks_for_the_sentence_subject() -> None:
    tail = [d for d in _claims(ANT_768) if d["cue"]["text"] == "بحسب"]
    assert len(tail) == 1
    assert tail[0]["source"]["text"] == "السفير الفرنسي"
    assert tail[0]["source_type"] == "person"
    assert tail[0]["text"].startswith("وحث السفير الفرنسي المستثمرين الأوروبيين")


def test_tail_feminine_subject() -> None:
    (d,) = _claims("وحثت الوزيرة المستثمرين الأجانب على الاستثمار في الجهة بالنظر إلى ما توفره من امتيازات، "
                   "حسب قولها.")
    assert (d["cue"]["text"], d["source"]["text"]) == ("حسب", "الوزيرة")


def test_tail_role_alone_keeps_the_named_speaker() -> None:
    # "الوزير" of the tail's sentence stands for the minister named before: the name stays the speaker
    text = ("قال وزير الفلاحة سمير الطيب إن الموسم سيكون جيدا. وأشار الوزير إلى استعدادات وزارته للموسم الفلاحي، "
            "إضافة إلى إيجاد مسالك تصدير للإنتاج الفائض، حسب قوله.")
    tail = [d for d in _claims(text) if d["cue"]["text"] == "حسب"]
    assert tail and tail[0]["source"]["text"] == "سمير الطيب"


# -- a dropped subject after a claim of the other gender -------------------------------------------------------

ANT_4360 = ("قضية ضد قناة الزيتونة من أجل \"فبركة صور تعذيب موقوفين\"\n"
            "دعا اليوم السبت النقابي الأمني السابق الحبيب الراشدي وزارة الداخلية لرفع قضية ضد قناة الزيتونة بعد "
            "نشرها صورا ادعت أنها لضحايا التعذيب في تونس.\n"
            "وقال في تدوينة نشرها على صفحته الرسمية على الفيسبوك إن \"المدير العام للشؤون القانونية بوزارة الداخلية "
            "مطالب بتقديم قضية فى الغرض دفاعا عن المؤسسة والعاملين فيها\". وأعلن أنه سيتقدم يوم الاثنين بقضية ضد "
            "قناة الزيتونة.")


def test_dropped_subject_takes_the_earlier_speaker_of_its_gender() -> None:
    got = _by_cue(ANT_4360)
    assert got["ادعت"][0] == "الزيتونة"
    assert got["قال"][0] == "الحبيب الراشدي"
    assert got["أعلن"] == ("الحبيب الراشدي", "أنه سيتقدم يوم الاثنين بقضية ضد قناة الزيتونة")


def test_verb_inside_its_sentence_takes_no_earlier_speaker() -> None:
    # "إلا أن الشركة … أكدت": its subject stands before it, no speaker carried across the woman
    text = ("وقالت المتحدثة باسم نيسان سارة مولر إن المصانع توقفت. وقال الخبير الألماني يان شولتز إن الهجوم واسع. "
            "إلا أن شركة السكك الحديد الحكومية \"دويتشه بان\" أكدت أنه لم تحصل بلبلة على الخطوط الكبرى.")
    assert _by_cue(text)["أكدت"][0] != "سارة مولر"


def test_verb_with_a_missed_subject_takes_no_earlier_speaker() -> None:
    text = ("هدد زعيم كوريا الشمالية كيم جونغ أون، بقتل من وصفهم \"الخونة\" في بلاده.\n"
            "ونقلت صحيفة \"ميرور\" عن كواك سيونغ أن كيم وجه هذا التهديد إلى سفراء بيونيانغ. وقال كواك –وهذا اسمه "
            "غير الحقيقي- إن الزعيم الكوري استدعى سفراء بيونيانغ في الخارج.")
    assert _by_cue(text)["قال"][0] != "كيم جونغ أون"


# -- a cause given ---------------------------------------------------------------------------------------------

ANT_769 = ("جلول عياد : بإمكاننا تدارك الوضع الاقتصادي الصعب بعد الانتخابات\n"
           "أرجع وزير المالية السابق،جلول عياد في تصريح اليوم،السبت ل\"جوهرة أف أم\" الصعوبات الاقتصادية الى حالة "
           "عدم الاستقرار السياسي والحكومي الذي تعيشه البلاد. وأضاف جلول عياد أنه بالإمكان تدارك هذا الوضع بعد "
           "الانتخابات.")


def test_cause_verb_claim() -> None:
    d = next(d for d in _claims(ANT_769) if d["cue"]["text"] == "أرجع")
    assert d["kind"] == "indirect" and d["cue"]["lemma"] == "أرجع"
    assert d["text"] == "الصعوبات الاقتصادية الى حالة عدم الاستقرار السياسي والحكومي الذي تعيشه البلاد"
    assert d["source"]["text"] == "جلول عياد"
    assert d["source"]["role"]["text"] == "وزير المالية السابق"


def test_glued_comma_name_untagged_speaks_with_role() -> None:
    (d,) = _claims("قال وزير المالية السابق،جلول عياد في تصريح اليوم إن الوضع صعب جدا.")
    assert (d["source"]["text"], d["source"]["role"]["text"], d["text"]) == (
        "جلول عياد", "وزير المالية السابق", "إن الوضع صعب جدا")


def test_cause_verb_family() -> None:
    assert _by_cue("وعزت وزارة الصحة تراجع عدد الإصابات إلى حملة التلقيح الواسعة.")["عزت"] == (
        "وزارة الصحة", "تراجع عدد الإصابات إلى حملة التلقيح الواسعة")
    assert _by_cue("وعزا المحللون هذا الارتفاع إلى تراجع قيمة الدينار.")["عزا"] == (
        "المحللون", "هذا الارتفاع إلى تراجع قيمة الدينار")
    assert _by_cue("وقالت الوزيرة إن النمو ضعيف، مرجعة ذلك إلى تراجع الاستثمار.")["مرجعة"] == (
        "الوزيرة", "ذلك إلى تراجع الاستثمار")


def test_cause_verb_negatives() -> None:
    assert _claims("ويرجع ذلك إلى تراجع الاستثمار في القطاع الخاص.") == []  # "goes back to": no present
    assert _claims("وأعاد الجيش الأهالي إلى منازلهم بعد انتهاء العملية.") == []  # gives back
    assert _claims("ولم يرجع الوزير هذا التراجع إلى الجفاف فقط.") == []  # negated
    assert _claims("وأرجع الوزير المبلغ، وقال إنه لن يقبله.")[0]["cue"]["text"] == "قال"  # no إلى: no cause


def test_cause_verb_with_dropped_subject_is_the_speaker_carried() -> None:
    # ANT 6502: "وأرجع هذه التحركات الى …" — what is explained right after the verb, the unionist carried
    text = ("وقال الكاتب العام لنقابة التعليم الثانوي لسعد اليعقوبي إن القطاع سيدخل في تحركات احتجاجية. "
            "وأرجع هذه التحركات الى \"تراجعات قامت بها وزارة التربية في ما يتعلق بصرف مستحقات المدرسين\".")
    claims = _claims(text)
    # (the quotation inside the cause is the same speaker's words too)
    assert [(d["cue"]["text"], d["kind"]) for d in claims] == [("قال", "indirect"), ("أرجع", "indirect"),
                                                               ("أرجع", "direct")]
    assert all(d["source"]["text"] == "لسعد اليعقوبي" for d in claims)
    assert claims[1]["text"].startswith("هذه التحركات الى \"تراجعات")


def test_cause_verb_takes_no_far_quotation() -> None:
    # ANT 2069: no claim of "أرجع" whose speaker runs over what it explains
    text = ("وأرجع بيان صادر عن الداخلية الفرنسية سبب ترحيل هاني رمضان إلى \"بقيامه بسلوكيات لديها تهديد كبير على "
            "النظام العام على التراب الفرنسي\".")
    assert all(d["source"] is None or "سبب" not in d["source"]["text"] for d in _claims(text))


def test_tail_role_with_article_keeps_the_role_carried() -> None:
    # ANT 6793: "الوزير" of the tail's sentence is "وزير النقل" carried
    text = ("وقال وزير النقل إن الناقلة البحرية الجديدة ستدخل حيز الاستغلال قريبا. وشدّد الوزير على توفر تجهيزات "
            "متطورة بالناقلة وعلى مطابقتها لمواصفات السلامة، بحسب تعبيره.")
    tail = [d for d in _claims(text) if d["cue"]["text"] == "بحسب"]
    assert tail and tail[0]["source"]["text"] == "وزير النقل"


def test_tail_role_alone_keeps_a_surname_carried() -> None:
    # ANT 2550: "المديرة العامة" of the tail's sentence is "فلفول" carried, a name the tagger read as a phrase
    text = ("أكدت نبيهة برصالي فلفول المديرة العامة للصحة في تصريح لمراسلة الجوهرة \"اف ام\" اليوم الخميس 16 فيفري "
            "2017 أن الوزارة أحدثت لجانا لإجراء المراقبة الدورية على المستلزمات الطبية.\n"
            "وأوضحت فلفول أن الإخلالات وجدت بالفعل. وأضافت المديرة العامة للصحة الإخلالات التي وقعت من قبل تتمثل في "
            "تحويل كميات كبيرة من الادوية مباشرة إلى الأقسام وهو ما سبب عدة مشاكل حسب قولها تم تجاوزها.")
    tail = [d for d in _claims(text) if d["cue"]["text"] == "حسب"]
    assert tail and tail[0]["source"]["text"] == "فلفول"


def test_cause_of_a_document_is_left() -> None:
    # ANT 10084: a report's cause is no claim whose speaker is a word of the report's phrase ("المنشور")
    text = ("كشف تقرير فني أجراه عدد من المختصين السبب وراء انفجار بطارية غالاكسي \"نوت 7\".\n"
            "وأرجع التقرير المنشور بموقع Instrumental سبب الانفجار إلى عيوب في تصميم البطارية الخاصة بالهاتف.")
    assert [d for d in _claims(text) if d["cue"]["text"] == "أرجع"] == []
