"""Attribution families of session 28, third wave: ``sources_frame`` counts "the same source" ("المصدر ذاته") under
its antecedent; a pronoun, reflexive or demonstrative alone ("نفسها", "هذا") is no speaker; the plural "المصادر
ذاتها" stands for an earlier "مصادر" speaker before a later one of another head, the singular "المصدر ذاته" for the
last one named; a research ("الأبحاث الأولية") is no one "the same source" stands for."""

from __future__ import annotations

from typing import Any

import pytest

from arabnews import Pipeline
from arabnews.extract.attribution import sources_frame
from attribution_cases import checked_quotes


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def _claims(nlp: Pipeline, text: str) -> list[tuple[Any, ...]]:
    """(kind, content, cue, source text or None, source_type, antecedent text or None) of each claim, spans checked."""
    return [(q.kind, q.text, q.cue["text"], (q.source or {}).get("text"), q.source_type,
             ((q.source or {}).get("antecedent") or {}).get("text")) for q in checked_quotes(nlp(text), text)]


PRONOUNS = [
    # ANT (dev 526, shortened): "رأت نفسها في المنام" — herself is no speaker; the one named before is carried
    ("وقالت الفائزة بمبلغ المليارين إنها لم تتفاجأ بفوزها، حيث أنها رأت نفسها في المنام وقد فازت بمليارين ويوم "
     "الحلقة شعرت بأن صندوقها يحتوي مبلغا ضخما.",
     [("indirect", "إنها لم تتفاجأ بفوزها، حيث أنها رأت نفسها في المنام وقد فازت بمليارين ويوم الحلقة شعرت بأن "
       "صندوقها يحتوي مبلغا ضخما", "قالت", "الفائزة بمبلغ المليارين", "person", None),
      ("indirect", "بأن صندوقها يحتوي مبلغا ضخما", "رأت", "الفائزة بمبلغ المليارين", "person", None)]),
    # ANT (dev 318): "يشير هذا إلى أن" inside a quotation — "this" is no speaker, the quoted one is
    ('وقال الباحث إن الضوء مهم. وأضاف واليش: "يشير هذا إلى أن نوع الضوء الذي يتعرض له الفرد يحدد مدى إدراكه '
     'للألوان".',
     [("indirect", "إن الضوء مهم", "قال", "الباحث", "person", None),
      ("direct", "يشير هذا إلى أن نوع الضوء الذي يتعرض له الفرد يحدد مدى إدراكه للألوان", "أضاف", "واليش", "person",
       None),
      ("indirect", "أن نوع الضوء الذي يتعرض له الفرد يحدد مدى إدراكه للألوان", "يشير", "واليش", "person", None)]),
    # the masculine reflexive with no one before: no speaker
    ("وأكد نفسه أن الوضع مستقر.", [("indirect", "أن الوضع مستقر", "أكد", None, None, None)]),
    # a noun with the reflexive or the demonstrative stays the speaker
    ("وقالت الوزيرة نفسها إن الوضع مستقر.",
     [("indirect", "إن الوضع مستقر", "قالت", "الوزيرة نفسها", "person", None)]),
    ("وأضافت هذه المواقع أن الهجوم أسفر عن مقتل جنديين.",
     [("indirect", "أن الهجوم أسفر عن مقتل جنديين", "أضافت", "هذه المواقع", "person", None)]),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUNS)
def test_pronoun_speakers(nlp: Pipeline, text: str, expected: list) -> None:
    assert _claims(nlp, text) == expected


SAME_SOURCE = [
    # ANT (dev 57, shortened): the plural is the "مصادر" named first, not "خبراء" named after
    ("تستعد الشركة للإعلان عن السبب، حسب مصادر مقربة من المجموعة. وأكد خبراء أن الشركة ستعلن عن السبب. وترجح "
     "الإحتمالات أن السبب هو التسرع حسب المصادر ذاتها.",
     [("source", "تستعد الشركة للإعلان عن السبب", "حسب", "مصادر مقربة من المجموعة", "anonymous", None),
      ("indirect", "أن الشركة ستعلن عن السبب", "أكد", "خبراء", "anonymous", None),
      ("source", "وترجح الإحتمالات أن السبب هو التسرع", "حسب", "المصادر ذاتها", "anonymous",
       "مصادر مقربة من المجموعة"),
      ("indirect", "أن السبب هو التسرع حسب المصادر ذاتها", "ترجح", "الإحتمالات", "person", None)]),
    # held-out ANT (6437, shortened): "المصادر نفسها" are the "مصادر فرنسية", not the outlet that relayed them
    ('وكانت مصادر فرنسية قد كشفت أن المتهم فرنسي من أصل تونسي، وفق ما أوردته "فرانس2". وأضافت المصادر نفسها أن '
     "المتهم يبلغ من العمر 31 سنة.",
     [("indirect", "أن المتهم فرنسي من أصل تونسي", "كشفت", "مصادر فرنسية", "anonymous", None),  # (فرانس2: via, 32b)
      ("indirect", "أن المتهم يبلغ من العمر 31 سنة", "أضافت", "المصادر نفسها", "anonymous", "مصادر فرنسية")]),
    # with no earlier "مصادر", the last one named (as before)
    ("وذكرت وكالة الأنباء الألمانية أن المهاجم اعتقل. وأضافت المصادر نفسها أن التحقيق متواصل.",
     [("indirect", "أن المهاجم اعتقل", "ذكرت", "وكالة الأنباء الألمانية", "media", None),
      ("indirect", "أن التحقيق متواصل", "أضافت", "المصادر نفسها", "media", "وكالة الأنباء الألمانية")]),
    # the singular is the last one named, even past an earlier "مصدر" (held-out ANT 6872, shortened)
    ("وتدخلت مصالح الحرس البحري لإنقاذ البحارة، وفق تأكيد مصدر محلي مسؤول. وقال المدير الجهوي للحماية المدنية إن "
     "اللجنة الجهوية ستظل في حالة انعقاد دائم. وبين المصدر ذاته أن الوضع بكامل الجهة تحت السيطرة.",
     [("source", "وتدخلت مصالح الحرس البحري لإنقاذ البحارة", "وفق", "مصدر محلي مسؤول", "anonymous", None),
      ("indirect", "إن اللجنة الجهوية ستظل في حالة انعقاد دائم", "قال", "المدير الجهوي للحماية المدنية", "person",
       None),
      ("indirect", "أن الوضع بكامل الجهة تحت السيطرة", "بين", "المصدر ذاته", "person",
       "المدير الجهوي للحماية المدنية")]),
    # research is what is found, no one who speaks again (held-out ANT 7696, shortened)
    ("وتمكنت الوحدات من إيقاف 8 أشخاص، وفق ما أفاد به مصدر أمني. وحسب الأبحاث الأولية تبين أن المركب كان مسروقا، "
     "وفقا لذات المصدر.",
     [("source", "وتمكنت الوحدات من إيقاف 8 أشخاص", "وفق ما", "مصدر أمني", "anonymous", None),
      ("source", "تبين أن المركب كان مسروقا", "حسب", "الأبحاث الأولية", "anonymous", None),
      ("source", "تبين أن المركب كان مسروقا", "وفقا ل", "ذات المصدر", "anonymous", "مصدر أمني")]),
]


@pytest.mark.parametrize(("text", "expected"), SAME_SOURCE)
def test_same_source_heads(nlp: Pipeline, text: str, expected: list) -> None:
    assert _claims(nlp, text) == expected


def test_sources_frame_counts_the_antecedent(nlp: Pipeline) -> None:
    pytest.importorskip("pandas")
    docs = [nlp("وقال مصدر أمني إن الهجوم أسفر عن مقتل ثلاثة جنود. وأضاف المصدر ذاته أن المهاجمين فروا. "
                "وأكد نفس المصدر أن البحث متواصل."),
            nlp("وأضاف المصدر ذاته أن المهاجمين فروا.")]
    frame = sources_frame(docs)
    rows = {r["source"]: r for r in frame.to_dict("records")}
    # the two "same source" claims count under "مصدر أمني"; one with no antecedent stays under its own words
    assert rows["مصدر امني"]["indirect"] == 3 and rows["مصدر امني"]["documents"] == 1
    assert rows["المصدر ذاته"]["claims"] == 1 and rows["المصدر ذاته"]["documents"] == 1
    assert "نفس المصدر" not in rows
    # the claims keep the phrase's own span
    q = docs[0].layers["quotes"][1]
    assert q.source is not None and q.source["text"] == "المصدر ذاته"


NAMES = [
    # a speaker phrase that stopped inside an organisation's name runs to its end (dev ANT 2185, 276, 2064)
    ("وقال رئيس هيئة شؤون الأسرى في منظمة التحرير، عيسى قراقع لوكالة رويترز إنه تم التوصل إلى اتفاق بعد مفاوضات "
     "طويلة.", "عيسى قراقع"),  # (since session 38 the name after the role's organisation and a comma speaks)
    ("وذكرت شبكة هيئة الإذاعة البريطانية أنه تم التوصل إلى اتفاق بعد مفاوضات طويلة.",
     "شبكة هيئة الإذاعة البريطانية"),
    ("وقال مسؤول من وزارة الداخلية إنه تم التوصل إلى اتفاق بعد مفاوضات طويلة.", "مسؤول من وزارة الداخلية"),
    # not a person's name the tagger draws past the time ("ناجي جلول صباح")
    # (session 38: the PER now stops there itself and is the speaker, as after any role)
    ("وقال وزير التربية ناجي جلول صباح اليوم إنه تم التوصل إلى اتفاق بعد مفاوضات طويلة.", "ناجي جلول"),
]


@pytest.mark.parametrize(("text", "speaker"), NAMES)
def test_speaker_runs_to_the_name_end(nlp: Pipeline, text: str, speaker: str) -> None:
    assert [c[3] for c in _claims(nlp, text)] == [speaker]


STANCES = [
    # ANT (dev 2818): a name after the role that ends like a noun with "their" ("فاهم") is no stance of the speaker
    ("أعلن المدير التنفيذي للنقابة الوطنية للصحفيين التونسيين فاهم بوكدوس، عن إمكانية تنفيذ إضراب عام في قطاع "
     "الصحافة في الأيام القادمة.", []),
    # a verbal noun with the speaker's pronoun is one
    ("وأعلنت الشركة رفضها للقرار الصادر عن الوزارة.",
     [("indirect", "رفضها للقرار الصادر عن الوزارة", "أعلنت", "الشركة", "organisation", None)]),
]


@pytest.mark.parametrize(("text", "expected"), STANCES)
def test_stance_nouns(nlp: Pipeline, text: str, expected: list) -> None:
    assert _claims(nlp, text) == expected
