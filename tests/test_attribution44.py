"""Session 44 (attribution): a PER after role words no head noun of the data file opens is the speaker; a given name
the tagger left out before the surname it tagged; an aside between commas after the verb, before its subject.

- "وقالت أخصائية التغذية ماري جين ديتروير إن …" (ANT 193), "و أكد المنتدب الجديد للفريق أسامة الدراجي أنه …" (ANT
  9188), "كشفت سيدة الولايات المتحدة الأولى السابقة، ميشيل أوباما، خلال …" (ANT 499), "أفادت الدكتورة ليلى الماطري
  رئيسة اللجنة …" (ANT 6569), "أكدت السيدة منية الحمزاوي والدة لاعبة …" (ANT 9098) named nobody: the name speaks,
  with its role when the role opens with a definite word (`sources._name_after_role_words`).
- "وقال، جيسي ويلر، كبير مهندسي …" (ANT 564): the tagger has "ويلر" only; the name is "جيسي ويلر".
- Not a clause ("ولم تكشف عدسة الكاميرا النقطة التي كان ينظر إليها بيل كلينتون، …", ANT 1510) nor the verb's object
  ("كما نفى الاتهامات الموجهة للحكم الألماني أيتكين بأنه …", ANT 9864).
- "وأوضح، من جهته، …، X أن": the aside is skipped to the subject (`sources._past_comma_aside`); not when a role in the
  aside takes the name after it ("وأوضح، لدى اشرافه على موكب تنصيب والي الجهة الجديد، عادل الورغي، أن", ANT 6082).
"""

from __future__ import annotations

from typing import Any

from test_attribution41 import _claims  # the same reading (every span, role and antecedent checked at its offsets)


def _who(d: dict[str, Any]) -> tuple[str, str | None, str | None, str | None]:
    """(cue, speaker, its role, its layer)."""
    src = d.get("source") or {}
    return d["cue"]["text"], src.get("text"), (src.get("role") or {}).get("text"), src.get("layer")


# -- a PER after role words no head opens ---------------------------------------------------------------------

ANT_193 = ("لا ترمي قشور الخضر بعد اليوم !\n"
           "وقالت أخصائية التغذية ماري جين ديتروير إن \"القشرة تحتوي على الكثير من الألياف خاصة غير القابل للذوبان "
           "منها، وخصوصا حين تكون القشرة ملونة\".")


def test_indefinite_role_then_name() -> None:
    claims = _claims(ANT_193)
    assert [_who(d) for d in claims] == [("قالت", "ماري جين ديتروير", None, "entities")]
    assert claims[0]["source"]["start"] == ANT_193.index("ماري جين")
    assert claims[0]["source_type"] == "person"


ANT_9188 = ("أسامة الدراجي : هدفنا إسعاد جماهير الإفريقي\n"
            "و أكد المنتدب الجديد للفريق أسامة الدراجي أنه سيخوض أول مقابلة دربي له بزي الإفريقي أمام ناديه السابق "
            "بدون أي ضغوطات معربا أنه يطمح لإسعاد جماهير فريق باب جديد بما أن الفوز في المقابلة سيمنح الفريق دفعة "
            "معنوية لمواصلة بقية المشوار و المنافسة على لقب البطولة .")


def test_definite_role_no_head_lists_then_name() -> None:
    claims = _claims(ANT_9188)
    body = [_who(d) for d in claims if d["cue"]["text"] != ":"]  # (the headline's own claim aside)
    assert body == [("أكد", "أسامة الدراجي", "المنتدب الجديد للفريق", "entities"),
                    ("معربا", "أسامة الدراجي", "المنتدب الجديد للفريق", "entities")]
    role = claims[-1]["source"]["role"]
    assert role["start"] == ANT_9188.index("المنتدب")


ANT_499 = ("ميشيل أوباما : زوجي ارتدى الطقم نفسه طوال 8 سنوات\n"
           "كشفت سيدة الولايات المتحدة الأولى السابقة، ميشيل أوباما، خلال محادثة صريحة أن زوجها الرئيس السابق باراك "
           "أوباما ارتدى الطقم نفسه طوال سنوات رئاسته الثماني، في حفلات العشاء الحكومية.")


def test_role_then_name_between_commas() -> None:
    body = [_who(d) for d in _claims(ANT_499) if d["cue"]["text"] != ":"]
    assert body == [("كشفت", "ميشيل أوباما", None, "entities")]


ANT_6569 = ("26 % من مرضى السكري في تونس يعانون اعتلالا في الشبكية بينهم 17 % فقدوا  البصر\n"
            "أفادت الدكتورة ليلى الماطري رئيسة اللجنة الطبية لمعهد \"الهادي الرايس\" للعيون بالعاصمة اليوم السبت 03 "
            "أكتوبر 2015 أن 26 بالمائة من مرضى السكري بتونس يعانون اعتلالا في الشبكية أدى إلى فقدان البصر لدى حوالي 17 "
            "بالمائة منهم.")


def test_title_then_name_then_role() -> None:
    assert [_who(d) for d in _claims(ANT_6569)] == [("أفادت", "ليلى الماطري", "الدكتورة", "entities")]


ANT_9098 = ("بطلة التايكواندو أماني العيوني تهدد باللعب تحت راية فرنسا\n"
            "أكدت السيدة منية الحمزاوي والدة لاعبة التايكواندو أماني العيوني في تصريح لجوهرة أف أم أن إبنتها "
            "المتحصلة مؤخرا على ميدالية ذهبية في دورة للتايكواندو بالنمسا قد تعرضت لمضايقات و إعتداء بالعنف اللفظي من "
            "قبل مدرب المنتخب الوطني حسب تعبيرها .")


def test_lady_then_name_then_relation() -> None:
    first = _claims(ANT_9098)[0]
    assert _who(first) == ("أكدت", "منية الحمزاوي", "السيدة", "entities")


# -- a given name the tagger left out -------------------------------------------------------------------------
# (the whole article: the tagger reads "ويلر" from its later mention)

ANT_564 = ("علماء يطورون حشرة معدلة وراثيا للتجسس!\nكشف علماء النقاب عن حشرة نصف آلية معدلة وراثيا، يمكنها "
           "التجسس على أي شخص، ويطلق عليه اسم \"DragonflEye\".\nوقال، جيسي ويلر، كبير مهندسي الطب الحيوي في "
           "مختبرات \"درابر\"، القائمة على \"DragonflEyee\"، إن الحشرة المعدلة \"تقدم تكنولوجيا جديدة مصغرة "
           "لتزويد مجموعة واسعة من الحشرات بأجهزة الاستشعار البيئية، ويمكنها توجيه سلوكيات مهمة مثل "
           "التلقيح\". وتم تجهيز الحشرة وهي يعسوب، بحقيبة على الظهر بحجم الظفر مدعومة بألواح شمسية يتم "
           "التحكم بها عن بعد من قبل المشغل. ويمكن استخدام اليعسوب في \"التلقيح الموجه\" فضلا عن بعثات "
           "المراقبة وفقا للباحثين. وكان على المهندسين تطوير وسيلة للقيام بتعديل جيني على الجهاز العصبي "
           "لليعسوب حتى يستجيب لنبضات الضوء. وللقيام بذلك، زود فريق البحث الحشرة بجين أضاف البروتينات "
           "الحساسة للضوء والتي تسمى \"ospins\" إلى الخلايا العصبية، وهو ما يسمح للضوء المرسل من حقيبة الظهر "
           "\"optrode\" بتنشيط الخلايا العصبية، ومن ثم تبدأ الخلايا العصبية بإرسال إشارات إلى الأجنحة لتحفيز "
           "الحشرة على الطيران. وقال ويلر إنه \"من أجل البدء بتوجيه اليعسوب، نحتاج العديد من التقنيات "
           "الرئيسية للتطوير\"، وأضاف \"يستند نظامنا المبدئي على نموذج أولي من حقائب الظهر التي تم تركيبها "
           "على اليعسوب لاختبار بيئة العمل وحدود الوزن الذي يمكن حمله.. ومع هذه التقنيات الجديدة، سنجهز "
           "اليعسوب بنظام حقيبة الظهر ونبدأ في تعقب موقعه، والتحكم في طيرانه، والتحفيز البصري الأمثل له\".")


def test_given_name_before_tagged_surname() -> None:
    claims = _claims(ANT_564)
    said = [d for d in claims if d["cue"]["start"] == ANT_564.index("قال، جيسي")]
    assert {_who(d)[:2] for d in said} == {("قال", "جيسي ويلر")} and len(said) == 2  # (its indirect and quoted claims)
    assert said[0]["source"]["start"] == ANT_564.index("جيسي")


# -- no speaker: a clause, the verb's object ------------------------------------------------------------------

ANT_1510 = ("ولم تكشف عدسة الكاميرا النقطة التي كان ينظر إليها بيل كلينتون، إلا أن كثيرين ممن حضروا الحفل، أكدوا "
            "أن \u00a0إيفانكا ترامب ابنة الرئيس الجديد الفاتنة هي من خطفت أنظار بيل.")


def test_clause_with_a_name_is_no_speaker() -> None:
    assert all(_who(d)[1] != "عدسة الكاميرا" for d in _claims(ANT_1510))


ANT_9864 = ("كما نفى الاتهامات الموجهة للحكم الألماني أيتكين بأنه ساعد برشلونة في صناعة المعجزة بالفوز (6-1)، "
            "لتعويض خسارة الذهاب (0-4) خصوصًا عن ركلتي الجزاء اللذين تم احتسابهما لنيمار وسواريز.")


def test_object_before_name_is_no_role() -> None:
    assert [_who(d)[:2] for d in _claims(ANT_9864)] == [("نفى", None)]


# -- an aside between commas after the verb -------------------------------------------------------------------

ANT_6082 = ("الحمامي : الحكومة غير قادرة على تقديم مزيد من القرارات لفائدة تطاوين\n"
            "أكد وزير التكوين المهني والتشغيل عماد الحمامي أن الحكومة غير قادرة على تقديم مزيد من القرارات.\n"
            "وأوضح، لدى اشرافه على موكب تنصيب والي الجهة الجديد، عادل الورغي، أن \" وقف ضخ البترول سيتسبب في تسريح "
            "آلاف العمال وفي انخرام الميزان التجاري\".")


def test_name_apposed_to_a_role_of_the_aside_is_not_the_subject() -> None:
    last = _claims(ANT_6082)[-1]
    assert _who(last)[:2] == ("أوضح", "عماد الحمامي")


# (no ANT article writes a subject after such an aside: the sentence is ANT 2845's "وأوضح، في ذات السياق، أن …" with
# the subject the rule is for)
ASIDE = "وأوضح، في ذات السياق، وزير التربية ناجي جلول أن إحداث ديوان للخدمات المدرسية لا يعد بدعة."


def test_aside_then_subject() -> None:
    claims = _claims(ASIDE)
    assert [_who(d)[:2] for d in claims] == [("أوضح", "ناجي جلول")]
    assert claims[0]["source"]["start"] == ASIDE.index("ناجي")


# -- a dropped subject: an institution that is the subject of the sentence before ------------------------------

ANT_531 = ("شركة أمريكية تستعد لتجربة تجديد جلد وشعر الإنسان\n"
           "والرقعة الجلدية (إيبسل) التي تستخدم بشكل كبير في أقسام الجروح لا تنتج جلدا سميكا يؤدي كامل وظائفه وهو "
           "الهدف الذي تسعى لتحقيقه شركة (بولاريتي تي.إي). وأجرت الشركة أبحاثا على خنازير مصابة في منشأة للحيوانات "
           "في يوتا. وقالت إن العلاج أسفر عن نمو بصيلات شعر وتغطية كاملة للجروح وتجدد جميع طبقات الجلد.")


def test_institution_subject_of_the_sentence_before() -> None:
    claims = _claims(ANT_531)
    said = [d for d in claims if d["cue"]["text"] == "قالت"]
    assert [_who(d)[:2] for d in said] == [("قالت", "الشركة")]
    assert said[0]["source"]["start"] == ANT_531.index("الشركة أبحاثا")
    assert said[0]["source_type"] == "organisation"
