"""Attribution, session 37 (att37): families read in ANT v1.1, each tested on real sentences with exact spans.

1. A list's section labels are no speakers: a paragraph whose sentences open with a short label and a colon ("…
   في هذا المجال. عمال المصانع : يجب أن يستعد …. السماسرة : …", ANT 243, jobs a report lists) gives no colon
   claim to an unnamed label; a headline's speaker on its own line still speaks.
2. An institution that no head noun of `heads` names is an organisation, not a person, when it speaks right after
   the verb (`institution_nouns`: البريد, الناقلة, الديوان, الغرفة, المجمع, البعثة, الكتلة, حديقة …; and the dual
   or plural of an organisation's head: "وزارتا الصحة والنقل", "الوزارتان", "الشركتان").
3. A speaker ends before the people its verb tells or calls (its object or addressee): "ذكّرت وزارة الدفاع المواطنين
   … بأنه …" (the tagger's ORG ran over "المواطنين"), "دعت وزارة الصحة المواطنين إلى …، مؤكدة أن …", "ودعت
   المندوبية الجهوية للتربية الأولياء إلى …", "وأكدت الوزارة للمواطنين أن …"; not a name's own plural ("نقابة
   الأساتذة المتعاقدين", "البحارة المحتجزين").
4. (Read on ANT 3000–5999.) A person's name the tagger cut before its last word ("شفيق" of "شفيق حجي", "بشير" of
   "بشير الخليفي", "رضا" of "رضا لحول") is the speaker whole when that word ends the speaker's words and can be a
   name; not a verb ("ترامب أثنى على …"), a noun with its pronoun ("ماكرون غريمته على …", "ترامب موافقته على
   …") or a role ("عماد العباسي المشرف على …")."""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from attribution_cases import typed_claim_tuples


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


_claims = typed_claim_tuples


# 1. a list's labels (ANT 243, shortened to its labelled sentences)
_JOBS = ("وظائف ستختفي بسبب الروبوت والتكنولوجيا!\n"
         "المحصلون الماليون : بات الأشخاص الذين يتولون تحصيل الأجور والأموال في المتاجر مهددين بفقد وظائفهم. "
         "خدمة العملاء : نقلت الكثير من الشركات الكبرى خدماتها للزبائن إلى دول مثل الهند. "
         "عمال المصانع :\xa0يجب أن يستعد الكثير من عمال المصانع لفقدان وظائفهم بسبب الروبوتات. "
         "السماسرة : تقول الخبيرة الأمريكية إن بلوكشين قادر على معالجة المعاملات تلقائياً بشكل دقيق وموثوق به.\n"
         "المحامون : تعتقد ويب أنه سيكون ممكناً الاستعاضة عن المحامين في بعض المجالات. "
         "عمال الهواتف :\xa0تراجع انتشار الهواتف الأرضية لصالح الهواتف النقالة.")


def test_list_labels_are_no_speakers(nlp: Pipeline) -> None:
    claims = _claims(nlp, _JOBS)
    assert all(c[2] != ":" for c in claims)
    assert ("indirect", "إن بلوكشين قادر على معالجة المعاملات تلقائياً بشكل دقيق وموثوق به", "تقول",
            "الخبيرة الأمريكية", "person") in claims


@pytest.mark.parametrize(("text", "claim", "speaker", "kind"), [
    # ANT 2300-like headline, a named speaker, one colon: still a claim
    ("خميس الجهيناوي : نتألم لما يحدث في سوريا\nقال وزير الخارجية إن تونس تتابع الوضع.",
     "نتألم لما يحدث في سوريا", "خميس الجهيناوي", "person"),
    # ANT 2994: an unnamed source's headline alone
    ("بلاغ مروري : توخي الحذر بسبب التقلبات الجوية\nدعت وزارة الداخلية مستعملي الطريق إلى الحذر.",
     "توخي الحذر بسبب التقلبات الجوية", "بلاغ مروري", "anonymous"),
])
def test_headline_colons_stay(nlp: Pipeline, text: str, claim: str, speaker: str, kind: str) -> None:
    assert ("direct", claim, ":", speaker, kind) in _claims(nlp, text)


# 2. institutions the heads do not name
@pytest.mark.parametrize(("text", "claim", "cue", "speaker"), [
    # ANT 4841
    ('أفاد البريد التونسي في بلاغ تلقت الجوهرة أف أم نسخة منه اليوم الخميس، أنه قد تلقى طردا بريديا من الحجم الصغير'
     ' موجه من ألمانيا.', "أنه قد تلقى طردا بريديا من الحجم الصغير موجه من ألمانيا", "أفاد", "البريد التونسي"),
    # ANT 614
    ("واوضحت الناقلة الوطنية في بلاغ لها الخميس، ان هاتين الوجهتين تندرجان في اطار استراتيجيتها التجارية.",
     "ان هاتين الوجهتين تندرجان في اطار استراتيجيتها التجارية", "اوضحت", "الناقلة الوطنية"),
    # ANT 5986
    ("وأفاد الديوان في بلاغ نشرته وزارة الداخلية اليوم الثلاثاء، بأن كميات الأمطار بلغت أقصاها بولاية منوبة.",
     "بأن كميات الأمطار بلغت أقصاها بولاية منوبة", "أفاد", "الديوان"),
    # ANT 7388
    ("وإعتبرت الكتلة في بيان لها إثر إجتماعها أن التصريحات التي أدلى بها النائب المذكور تضمنت إخلالا بأحكام النظام"
     " الداخلي.", "أن التصريحات التي أدلى بها النائب المذكور تضمنت إخلالا بأحكام النظام الداخلي", "إعتبرت",
     "الكتلة"),
    # ANT 3534
    ("وأوضح المجمع أن هذا الإيقاف جاء على إثر دعوة منسقين محليين بجهة جندوبة.",
     "أن هذا الإيقاف جاء على إثر دعوة منسقين محليين بجهة جندوبة", "أوضح", "المجمع"),
    # ANT 5143: the dual of an organisation's head
    ("أكّدت وزارتا الصحة والنقل في بيان مشترك لهما، أن حادث انقلاب حافلة أسفر عن إصابة 86 تلميذا.",
     "أن حادث انقلاب حافلة أسفر عن إصابة 86 تلميذا", "أكّدت", "وزارتا الصحة"),
    # ANT 5143
    ("كما أوضحت الوزارتان انه تم فتح تحقيق فوري للكشف عن ملابسات الحادث.",
     "انه تم فتح تحقيق فوري للكشف عن ملابسات الحادث", "أوضحت", "الوزارتان"),
    # ANT 1569
    ("وقالت حديقة الحيوان إن الحارس عثر على وحيد القرن مقتولا في محبسه.",
     "إن الحارس عثر على وحيد القرن مقتولا في محبسه", "قالت", "حديقة الحيوان"),
])
def test_institutions_are_organisations(nlp: Pipeline, text: str, claim: str, cue: str, speaker: str) -> None:
    assert ("indirect", claim, cue, speaker, "organisation") in _claims(nlp, text)


@pytest.mark.parametrize(("text", "speaker"), [
    ("وأضاف السمراني أن الوضع مستقر في الجهة.", "السمراني"),  # an unknown word after a verb is still a person
    ("وأفاد المتهم أنه لم يكن في المكان.", "المتهم"),
])
def test_unknown_speakers_stay_persons(nlp: Pipeline, text: str, speaker: str) -> None:
    assert _claims(nlp, text)[0][3:] == (speaker, "person")


# 3. the verb's object or addressee
@pytest.mark.parametrize(("text", "claim", "speaker"), [
    # ANT 5845 (the tagger's ORG is "وزارة الدفاع المواطنين")
    ("ذكّرت وزارة الدفاع المواطنين اليوم الأحد بأنه يمنع الدخول لمناطق العمليات العسكرية المغلقة، حفاظا على"
     " سلامتهم.", "بأنه يمنع الدخول لمناطق العمليات العسكرية المغلقة، حفاظا على سلامتهم", "وزارة الدفاع"),
    ("ودعت وزارة الصحة المواطنين إلى توخي الحذر، مؤكدة أن الوضع تحت السيطرة.", "أن الوضع تحت السيطرة",
     "وزارة الصحة"),
    ("وحذرت وزارة الداخلية المواطنين من أن العصابة تنشط في الجهة.", "أن العصابة تنشط في الجهة", "وزارة الداخلية"),
    ("ودعت المندوبية الجهوية للتربية الأولياء إلى مرافقة أبنائهم، مشيرة إلى أن الامتحانات ستنطلق غدا.",
     "أن الامتحانات ستنطلق غدا", "المندوبية الجهوية للتربية"),
    ("وأكدت الوزارة للمواطنين أن المياه صالحة للشرب.", "أن المياه صالحة للشرب", "الوزارة"),
])
def test_speaker_before_object(nlp: Pipeline, text: str, claim: str, speaker: str) -> None:
    claims = _claims(nlp, text)
    assert [(c[1], c[3], c[4]) for c in claims] == [(claim, speaker, "organisation")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("وأكدت نقابة الأساتذة المتعاقدين أن الإضراب متواصل.", "نقابة الأساتذة المتعاقدين"),
    ("وقال البحارة المحتجزين إن ظروفهم صعبة.", "البحارة المحتجزين"),
    # ANT 3624
    ("وأكد المكتب التنفيذي لجمعية القضاة التونسيين، في بيان اليوم الأربعاء، على أنه ينتظر من وزير العدل الكثير.",
     "المكتب التنفيذي لجمعية القضاة التونسيين"),
])
def test_own_plurals_stay(nlp: Pipeline, text: str, speaker: str) -> None:
    assert _claims(nlp, text)[0][3] == speaker


# 4. the tagger's person cut before the surname
@pytest.mark.parametrize(("text", "claim", "speaker"), [
    # ANT 3428
    ("أفاد المدير العام للشؤون القنصلية بوزارة الشؤون الخارجية شفيق حجي اليوم الجمعة أن وفدا يضم ممثلين عن 6 وزارات"
     " سيتحول إلى ليبيا.", "أن وفدا يضم ممثلين عن 6 وزارات سيتحول إلى ليبيا", "شفيق حجي"),
    # ANT 4961
    ("قال النائب في مجلس نواب الشعب عن حركة النهضة عن ولاية تطاوين، بشير الخليفي، إن رئيس الحكومة يوسف الشاهد يؤدي"
     " زيارة عمل إلى تطاوين.", "إن رئيس الحكومة يوسف الشاهد يؤدي زيارة عمل إلى تطاوين", "بشير الخليفي"),
    # ANT 873
    ("قال وزير التجارة رضا لحول إن أسعار الخضر والغلال سجلت انخفاضا على مستوى أسواق الجملة.",
     "إن أسعار الخضر والغلال سجلت انخفاضا على مستوى أسواق الجملة", "رضا لحول"),
    # ANT 2140
    ('كما أكد\xa0المتحدث باسم وزارة الصحة، خالد مجاهد لـ"سكاي نيوز" أنه تم نقل المصابين إلى مستشفيات المنيا.',
     "أنه تم نقل المصابين إلى مستشفيات المنيا", "خالد مجاهد"),
])
def test_surname_after_cut_name(nlp: Pipeline, text: str, claim: str, speaker: str) -> None:
    claims = _claims(nlp, text)
    assert [(c[1], c[3], c[4]) for c in claims] == [(claim, speaker, "person")]


@pytest.mark.parametrize(("text", "speaker"), [
    # ANT 1433
    ('وكان ترامب أثنى على خروج بريطانيا من الاتحاد الأوروبي، معتبرا أن بريكست "أمر عظيم".', "ترامب"),
    # ANT 1237
    ("أعلن الرئيس الأمريكي دونالد ترامب موافقته على استقبال مئات اللاجئين التزاما باتفاق سابق مع أستراليا.",
     "دونالد ترامب"),
])
def test_no_surname_from_verb_or_object(nlp: Pipeline, text: str, speaker: str) -> None:
    assert _claims(nlp, text)[0][3] == speaker
