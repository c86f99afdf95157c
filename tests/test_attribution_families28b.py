"""Attribution families of session 28, second wave: "the same source" ("وفقا للمصدر ذاته", "وأضاف نفس المصدر أن …")
speaks for the speaker of an earlier claim (its ``source.antecedent``); an event inside two claims of the same words
reports the one an outlet relays ("…، وفق ما أوردته "العربية" نقلا عن صحيفة X"); the press addressed between a verb
and its speaker ("كما أوضح للصحافة حينها وزير الداخلية"); "صحافيون من وكالة …"; a roster of persons one per line
("مارين لوبان : زعيمة حزب …") is no claim."""

from __future__ import annotations

from typing import Any

import pytest

from arabnews import Pipeline
from attribution_claims import claims


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def _sources(nlp: Pipeline, text: str) -> list[tuple[Any, ...]]:
    """(cue, source text, source_type, antecedent text or None) of each claim, with the spans checked."""
    doc = nlp(text)
    out = []
    for q in doc.layers["quotes"]:
        src = q.source or {}
        if src:
            assert text[src["start"]:src["end"]] == src["text"]
        ante = src.get("antecedent")
        if ante:
            assert text[ante["start"]:ante["end"]] == ante["text"]
        out.append((q.cue["text"], src.get("text"), q.source_type, ante["text"] if ante else None))
    return out


SAME_SOURCE = [
    # ANT (dev 2938, shortened): "للمصدر ذاته" after the person named by the claim before
    ('ونظم هذه الوقفة الاحتجاجية الاتحاد المحلي للفلاحة، بحسب تصريحات رئيس الاتحاد المحلي، بشير عون الله، لـ "الجوهرة '
     'أف أم". وأشار إلى التفاوت الكبير بين أسعار القوارص عند الانتاج والترويج، وفقا للمصدر ذاته.',
     [("بحسب", "بشير عون الله", "person", None),
      ("وفقا ل", "مصدر ذاته", "person", "بشير عون الله")]),
    # the closer before the head ("نفس المصدر", "ذات المصدر"), the plural, a chain of them back to the first
    ("وقال مصدر أمني لوكالة رويترز إن الهجوم أسفر عن مقتل ثلاثة جنود. وأضاف نفس المصدر أن المهاجمين فروا. "
     "وتم إيقاف شخصين حسب المصدر ذاته. وأوضح ذات المصدر أن البحث متواصل.",
     [("قال", "مصدر أمني", "anonymous", None),
      ("أضاف", "نفس المصدر", "anonymous", "مصدر أمني"),
      ("حسب", "المصدر ذاته", "anonymous", "مصدر أمني"),
      ("أوضح", "ذات المصدر", "anonymous", "مصدر أمني")]),
    ("وذكرت وكالة الأنباء الألمانية أن المهاجم اعتقل. وأضافت المصادر نفسها أن التحقيق متواصل.",
     [("ذكرت", "وكالة الأنباء الألمانية", "media", None),
      ("أضافت", "المصادر نفسها", "media", "وكالة الأنباء الألمانية")]),
    # another head: an earlier speaker with that head, from its cue on ("ذكر بلاغ صادر عن وزارة الداخلية")
    ("وذكر بلاغ صادر عن وزارة الداخلية أن الوحدات تدخلت. وقال مسؤول محلي إن الوضع هادئ. "
     "وأكد البلاغ ذاته أن البحث متواصل.",
     [("ذكر", "وزارة الداخلية", "organisation", None),
      ("قال", "مسؤول محلي", "anonymous", None),
      ("أكد", "البلاغ ذاته", "organisation", "وزارة الداخلية")]),
    ("وقالت صحيفة الخبر الجزائرية إن الأمطار تسببت في فيضانات. وأضافت نفس الصحيفة أن حركة المرور توقفت.",
     [("قالت", "صحيفة الخبر الجزائرية", "media", None),
      ("أضافت", "نفس الصحيفة", "media", "صحيفة الخبر الجزائرية")]),
    # no earlier speaker with the head, none at all, or only what was found: left as it was
    ("وقال مسؤول محلي إن الوضع هادئ. وأكد البلاغ ذاته أن البحث متواصل.",
     [("قال", "مسؤول محلي", "anonymous", None), ("أكد", "البلاغ ذاته", "anonymous", None)]),
    ("وأضاف المصدر ذاته أن المهاجمين فروا.", [("أضاف", "المصدر ذاته", "anonymous", None)]),
    # an adjective names it too (held-out ANT: "المصدر النقابي ذاته" was the prime minister named before it)
    ("وقال مصدر نقابي إن الإضراب متواصل. وكان رئيس الحكومة قد أكد أن الحوار ممكن. "
     "وأضاف المصدر النقابي ذاته أن المفاوضات توقفت.",
     [("قال", "مصدر نقابي", "anonymous", None), ("أكد", "رئيس الحكومة", "person", None),
      ("أضاف", "المصدر النقابي ذاته", "anonymous", "مصدر نقابي")]),
    ("وكان رئيس الحكومة قد أكد أن الحوار ممكن. وأضاف المصدر النقابي ذاته أن المفاوضات توقفت.",
     [("أكد", "رئيس الحكومة", "person", None), ("أضاف", "المصدر النقابي ذاته", "anonymous", None)]),
    ("وقال مصدر أمني إن الهجوم أسفر عن مقتل جنديين. وحسب المعلومات الأولية فإن المهاجمين فروا. "
     "وأضاف المصدر ذاته أن البحث متواصل.",
     [("قال", "مصدر أمني", "anonymous", None),
      ("حسب", "المعلومات الأولية", "anonymous", None),
      ("أضاف", "المصدر ذاته", "anonymous", "مصدر أمني")]),
]


@pytest.mark.parametrize(("text", "expected"), SAME_SOURCE)
def test_same_source(nlp: Pipeline, text: str, expected: list) -> None:
    assert _sources(nlp, text) == expected


def test_same_source_pronoun_alone(nlp: Pipeline) -> None:
    # a pronoun alone ("نفسها" = herself) is no phrase of the same source
    got = _sources(nlp, "وقالت الفائزة إنها سعيدة. ورأت نفسها أن الجائزة مستحقة.")
    assert all(a is None for *_, a in got)


def test_same_source_json(nlp: Pipeline) -> None:
    text = "وقال مصدر أمني إن الهجوم أسفر عن مقتل ثلاثة جنود. وأضاف نفس المصدر أن المهاجمين فروا."
    quotes = nlp(text).to_dict()["quotes"]
    s, a = text.index("نفس المصدر"), text.index("مصدر أمني")
    assert quotes[1]["source"] == {"start": s, "end": s + 10, "text": "نفس المصدر", "layer": "phrase",
                                   "antecedent": {"start": a, "end": a + 9, "text": "مصدر أمني", "layer": "phrase"}}
    assert quotes[1]["source_type"] == "anonymous"


RELAYED = [
    # the relayed one after "نقلا عن", when the first is an outlet's source phrase (ANT held-out, shortened)
    ('وألقت الشرطة القبض على رجل يشتبه في تورطه في الهجوم، وفق ما أوردته "العربية" نقلا عن صحيفة "بيلد" الألمانية.',
     'صحيفة "بيلد" الألمانية'),
    ("وتمكنت الوحدات الأمنية من إلقاء القبض على المشتبه به، حسب مراسل الجوهرة أف أم نقلا عن مصدر أمني.",
     "مصدر أمني"),
    # a speaker's own verb before the outlet's phrase stays the one reported
    ('وقالت الشرطة إنها اعتقلت رجلا يشتبه في تورطه في الهجوم، وفق ما أوردته "رويترز".', "الشرطة"),
    ('وقال شهود عيان إن الشرطة اعتقلت رجلا في المحطة، وفق ما أوردته "روسيا اليوم" نقلا عن صحيفة "بيلد" الألمانية.',
     "شهود عيان"),
]


@pytest.mark.parametrize(("text", "reported"), RELAYED)
def test_event_reports_the_relayed(nlp: Pipeline, text: str, reported: str) -> None:
    events = nlp(text).to_dict()["events"]
    assert events and all((e.get("reported") or {}).get("text") == reported for e in events)


ADDRESSED = [
    # ANT: the press and a time between the verb and its speaker, "كما" trailing the clause
    ('ويشتبه بأن جماعة "الدين الحق" شجعت حوالي 140 شخصا على الالتحاق بتنظيم "الدولة الإسلامية"، كما أوضح للصحافة '
     "حينها وزير الداخلية الألماني توماس دي ميزيير.",
     [("source", 'ويشتبه بأن جماعة "الدين الحق" شجعت حوالي 140 شخصا على الالتحاق بتنظيم "الدولة الإسلامية"', "كما",
       "توماس دي ميزيير", "person")]),
    ("وقال للصحافيين وزير الداخلية إن الوضع مستقر.",
     [("indirect", "إن الوضع مستقر", "قال", "وزير الداخلية", "person")]),
    ("وقال لوسائل الإعلام مسؤول أمني إن الوضع مستقر.",
     [("indirect", "إن الوضع مستقر", "قال", "مسؤول أمني", "anonymous")]),
    # the press with no speaker after it: the claim carries none; the occasion and its comma are no speaker
    ("وقال للصحفيين إن الوضع مستقر.", [("indirect", "إن الوضع مستقر", "قال", None, None)]),
    ("وأكد وزير الصحة في تصريح لوسائل الإعلام بالمناسبة، سعي حكومته إلى تغيير القانون.",
     [("indirect", "سعي حكومته إلى تغيير القانون", "أكد", "وزير الصحة", "person")]),
    # AFP's spelling of journalists, with the outlet they are from (ANT)
    ("وأقلعت الطائرة من مطار شنغهاي الدولي في رحلة تجريبية، كما ذكر صحافيون من وكالة فرانس برس في المكان.",
     [("source", "وأقلعت الطائرة من مطار شنغهاي الدولي في رحلة تجريبية", "كما", "صحافيون من وكالة فرانس برس",
       "anonymous")]),
    ("وذكر صحافيون من وكالة فرانس برس أن الطائرة أقلعت.",
     [("indirect", "أن الطائرة أقلعت", "ذكر", "صحافيون من وكالة فرانس برس", "anonymous")]),
]


@pytest.mark.parametrize(("text", "expected"), ADDRESSED)
def test_addressed_press(nlp: Pipeline, text: str, expected: list) -> None:
    assert claims(nlp, text) == expected


ROSTER = ("وفي مايلي قائمة المترشحين للرئاسة الفرنسية:\n"
          "مارين لوبان : زعيمة حزب الجبهة الوطنية\n"
          " إيمانويل ماكرون : مرشح حركة إلى الأمام\n"
          "فرانسوا فيون : مرشح حزب الجمهوريون\n"
          "بنوا هامون : مرشح الحزب الاشتراكي\n"
          "جاك شوميناد : سبق له أن ترشح مرتين في عامي 1995 و2012.\n")


def test_roster_is_no_claim(nlp: Pipeline) -> None:
    assert claims(nlp, ROSTER) == []


def test_headlines_in_a_row_stay_claims(nlp: Pipeline) -> None:
    text = ("وزير الداخلية : الوضع الأمني في تحسن مستمر\n"
            "وزارة الصحة : ارتفاع عدد الإصابات إلى مئة\n"
            "يوسف الشاهد : الحكومة ماضية في الإصلاحات\n")
    assert [c[3] for c in claims(nlp, text)] == ["وزير الداخلية", "وزارة الصحة", "يوسف الشاهد"]
