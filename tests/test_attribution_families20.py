"""The attribution stage, session 20: the speaker of a source phrase with a verb ("وفق ما أكده …")

- after "حسب/بحسب/وفق ما" + an active speech verb (with its object pronoun and "به", "عليه", "إليه") the
  subject follows: a name the tagger missed is still the speaker ("وفق ما ذكره سامي الدبوني"), also when where it
  was said and to whom come first ("وفق ما أكده في تصريح هاتفي للجوهرة أف أم، فلان"); a name followed by "ب" +
  an institution is a person who works there ("سامي الدبوني بإدارة الصيد البحري");
- not after a passive ("حسبما قيل كثيرا") nor a verb of publication ("بحسب ما جاء في بيان لوزارة الداخلية": the
  ministry, and "جاء في" inside the phrase is no second claim);
- attachés, delegates (feminine) and rapporteurs are roles ("الملحق الصحفي", "معتمدة الشؤون الاجتماعية").
Sentences from ANT v1.1 (JawharaFM) or written on their model, with neighbours that must not change.
"""

from __future__ import annotations

import pytest


def sources(nlp, text: str) -> list[tuple]:
    return [(q.kind, q.cue["text"], q.source["text"] if q.source else None) for q in nlp(text).layers["quotes"]]


@pytest.mark.parametrize(("text", "expected"), [
    # a name the tagger missed, after the verb with its object pronoun (masculine, feminine)
    ("تحتل تونس المرتبة الأولى عالميا في تصدير الإسفنج، وفق ما ذكره سامي الدبوني بإدارة الصيد البحري بجرجيس.",
     [("source", "وفق ما", "سامي الدبوني")]),
    ("وارتفعت درجات الحرارة في المنطقة بشكل كبير، حسبما أوضحت إليني ستافرينديو، كبيرة الباحثين.",
     [("source", "حسبما", "إليني ستافرينديو")]),
    ("وتم إيقافه يوم الأحد، وفق ما أكدته عائلة العامل لصحيفة ديلي ميل البريطانية.",
     [("source", "وفق ما", "عائلة العامل")]),
    ("تراجعت مبيعات الصحف، بحسب ما يؤكد اختصاصيون وصحافيون.", [("source", "بحسب", "اختصاصيون")]),
    # the addressee and a comma before the speaker
    ("وتم حجز كميات هامة من السلع، بحسب ما أكده للجوهرة أف أم، الناطق الرسمي باسم نقابة الشرطة البلدية، "
     "المنتصر الماجري.",
     [("source", "بحسب", "الناطق الرسمي باسم نقابة الشرطة البلدية")]),
    ("وانطلقت المرحلة الأولى من المشروع، حسب ما صرح به للجوهرة أف أم، صدري بن طالب الرئيس المدير العام للمجمع.",
     [("source", "حسب", "صدري بن طالب")]),
    # where it was said, its adjective, the addressee and the day
    ("وتحول عدد من المواطنين إلى مقر البلدية، وفق ما أكده في تصريح هاتفي للجوهرة أف أم، المساعد الاول لرئيس النيابة "
     "الخصوصية محمد قزارة.", [("source", "وفق ما", "محمد قزارة")]),
    ("تقرر إلغاء المهرجان لأسباب مالية وفق ما أكده في تصريح لجوهرة أف أم اليوم الجمعة، سامي الخميري ، الكاتب العام "
     "للمهرجان.", [("source", "وفق ما", "سامي الخميري")]),
    # a preposition with the pronoun after the verb
    ("وتقوم على معادلة تعتبر المستهلك مريضا، حسب ما أكدت عليه منظمة الصحة العالمية.",
     [("source", "حسب", "منظمة الصحة العالمية")]),
    # roles: an attaché, a rapporteur
    ("وستنطلق الأشغال قريبا، وفق ما أفاد به الملحق الصحفي بمركز ولاية المنستير سامي طرشون .",
     # (session 41: a name the tagger left untagged after its role is the speaker, the role kept as source.role)
     [("source", "وفق ما", "سامي طرشون")]),
])
def test_speaker_after_a_source_phrase_verb(nlp, text: str, expected: list) -> None:
    assert sources(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verb of publication: the document's issuer, one claim (not a second one for "جاء في")
    ("ووقع تبادل لإطلاق النار، بحسب ما جاء في بيان لوزارة الداخلية.", [("source", "بحسب", "وزارة الداخلية")]),
    # the statement's owner after its noun (a name ending like a nisba is no adjective)
    ('ويهدف هذا المشروع ،حسب تصريح سامي بن رمضان رئيس قسم المياه بالمندوبية الجهوية للفلاحة بباجة، "الى تغطية '
     'النقص فى مياه الري عبر تركيز محطة ضخ".', [("source", "حسب", "سامي بن رمضان")]),
    ("وتمت المصادقة على المخطط، بحسب ما أكده في تصريحات وزير التنمية فاضل عبد الكافي.",
     [("source", "بحسب", "فاضل عبد الكافي")]),
    # a passive names no one after it; an unknown outlet after "لـ" is no speaker
    ("فمن لا يفطر جيدا لن يستطيع التركيز، حسبما قيل كثيرا من قبل.", [("source", "حسبما", None)]),
    ("وتم تأجيل الحفل، بحسب ما أكده لمبعوث الجوهرة أف أم.", [("source", "بحسب", None)]),
])
def test_source_phrase_neighbours(nlp, text: str, expected: list) -> None:
    assert sources(nlp, text) == expected


def test_verb_with_where_it_was_said_and_no_comma_keeps_no_speaker(nlp) -> None:
    """'وقالت في مقابلة لرويترز …' names where and to whom, not who: the speaker is carried from before."""
    text = ('وقالت الباحثة ليزا بيركس إن النتائج أولية. وقالت في مقابلة لرويترز عبر سكايب "أريد أن أقول فسروا هذه '
            'النتائج بحذر".')
    assert sources(nlp, text) == [("indirect", "قالت", "ليزا بيركس"), ("direct", "قالت", "ليزا بيركس")]


def test_offsets_of_new_sources(nlp) -> None:
    text = "تحتل تونس المرتبة الأولى عالميا في تصدير الإسفنج، وفق ما ذكره سامي الدبوني بإدارة الصيد البحري بجرجيس."
    (q,) = nlp(text).layers["quotes"]
    assert q.source is not None
    assert text[q.source["start"]:q.source["end"]] == "سامي الدبوني"
    assert text[q.start:q.end] == q.text == "تحتل تونس المرتبة الأولى عالميا في تصدير الإسفنج"


@pytest.mark.parametrize(("text", "expected"), [
    # a speech verb with no claim of its own names the speaker the next sentence's verb continues
    ('أكد الإعلامي زياد الهاني، ضيف برنامج "بوليتيكا" اليوم تعرّض منزله للخلع والسرقة، أمس الثلاثاء. وأضاف أن '
     'زوجته اكتشفت الحادثة عند عودتها إلى المنزل.', [("indirect", "أضاف", "زياد الهاني")]),
    ("ورفض فريق ترامب التعليق على نتائج تحقيق الاستخبارات، مؤكدا أن المحللين أنفسهم أخطأوا من قبل.",
     [("indirect", "مؤكدا", "فريق ترامب")]),
    # the object of "اتهم"/"حث" with the subject left out is no new speaker; "دعا" + subject + "إلى" is the subject
    ("ودعت وزارة الخارجية إلى ضبط النفس، مضيفة أن الحوار هو السبيل الوحيد.",
     [("indirect", "مضيفة", "وزارة الخارجية")]),
    ("وقال وزير الخارجية الأمريكي إن إيران لم تتخل عن طموحها. واتهم إيران بإسهامها بشكل كبير في الانقسامات "
     "الطائفية في المنطقة، بحسب تعبيره.",
     [("indirect", "قال", "وزير الخارجية الأمريكي"), ("source", "بحسب", "وزير الخارجية الأمريكي")]),
    ("وقال وزير الداخلية إن الوضع مستقر. وحث المواطنين على الهدوء، مضيفا أن الأمن سيعود قريبا.",
     [("indirect", "قال", "وزير الداخلية"), ("indirect", "مضيفا", "وزير الداخلية")]),
])
def test_speaker_named_by_a_verb_with_no_claim(nlp, text: str, expected: list) -> None:
    assert sources(nlp, text) == expected
