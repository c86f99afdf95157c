"""The audit layers of groups, events and attribution (scripts/audit_layers): anchors at exact offsets on
real sentences, their families, the words that must not be anchors, and what covers an anchor."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from arabnews import Pipeline

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str):
    path = ROOT / "scripts" / "audit_layers" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"audit_layers_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def groups():
    return _load("groups")


@pytest.fixture(scope="module")
def events():
    return _load("events")


@pytest.fixture(scope="module")
def attribution():
    return _load("attribution")


def _anchors(layer, text: str) -> list[tuple[str, str]]:
    doc = Pipeline([]).make_doc(text)
    found = layer.find_anchors(doc)
    for start, end, _ in found:
        assert 0 <= start < end <= len(text)
    return [(text[s:e], f) for s, e, f in sorted(found)]


# --- groups ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("وقال القيادي في حزب نداء تونس إن", [("حزب نداء", "party")]),
    ("أعلنت حركة النهضة مساء الأحد", [("حركة النهضة", "movement")]),
    ("تبنى تنظيم داعش الهجوم", [("تنظيم داعش", "movement")]),
    ("وهددت نقابة الصحفيين بالإضراب", [("نقابة الصحفيين", "union")]),
    ("مقاتلين من كتائب القسام", [("كتائب القسام", "armed")]),
    ("ودعت الجبهة الشعبية إلى", [("الجبهة الشعبية", "movement")]),
    ("وقال أمين عام للحزب الجمهوري", [("للحزب الجمهوري", "party")]),
    ("ولحركة حماس", [("حركة حماس", "movement")]),
    ("تبنى تنظيم أنصار الشريعة", [("تنظيم أنصار", "movement")]),
    ("عضو اتحاد الشغل", [("اتحاد الشغل", "ittihad")]),
])
def test_group_anchors(groups, text, expected):
    assert _anchors(groups, text) == expected


@pytest.mark.parametrize("text", [
    "استئناف حركة المرور على الطريق",  # traffic
    "بمناسبة تنظيم مؤتمر دولي",  # organising
    "تنظيم الانتخابات البلدية",
    "هاجمت جماعة مسلحة القرية",  # an indefinite adjective: no name
    "أسس حزب سياسي جديد",
    "أعلن الاتحاد الأوروبي",  # a union of states
    "تواصل الحركة الاحتجاجية",
    "حزب من الأحزاب",
    "تولت تنظيم الندوة الصحفية وتنظيم طعامها",  # organising: a common word after تنظيم
    "ويشهد الإقليم حركة تحررية",  # an indefinite nisba adjective
    "دعت أحزاب المعارضة",  # plurals are left out
    "الحزبية والتحالفات",  # a trigger inside another word
])
def test_group_non_anchors(groups, text):
    assert _anchors(groups, text) == []


# --- events ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("أسفر الهجوم عن مقتل ثلاثة جنود وسقوط 5 جرحى",
     [("هجوم", "attack"), ("مقتل", "killing"), ("جرحى", "casualties")]),
    ("قتل شخصان في انفجار عبوة ناسفة", [("قتل", "killing"), ("انفجار عبوة ناسفة", "explosions")]),
    ("سقط 12 قتيلا في غارات جوية", [("قتيلا", "casualties"), ("غارات", "explosions")]),
    ("نظم العشرات وقفة احتجاجية أمام مقر الولاية", [("احتجاجية", "protests")]),
    ("وتظاهر المئات احتجاجا على البطالة", [("تظاهر", "protests"), ("احتجاجا", "protests")]),
    ("ونفذ العمال إضرابا عن الطعام والمضربين", [("إضرابا", "protests"), ("مضربين", "protests")]),
    ("تم إيقاف المشتبه به واعتقالهم", [("إيقاف", "arrests"), ("اعتقالهم", "arrests")]),
    ("اغتيل القيادي واختطفت ابنته", [("اغتيل", "civilians"), ("اختطفت", "civilians")]),
    ("اندلعت اشتباكات عنيفة", [("اشتباكات", "battles")]),
    ("وأطلقوا النار على الدورية", [("أطلقوا", "attack")]),
    ("للهجوم وبالقصف", [("هجوم", "attack"), ("قصف", "explosions")]),
    ("أعمال شغب", [("شغب", "riots")]),
])
def test_event_anchors(events, text, expected):
    assert _anchors(events, text) == expected


def test_event_anchors_merge_one_mention(events):
    # "مظاهرة احتجاجية", "انفجرت سيارة مفخخة" are one mention each, counted once
    assert _anchors(events, "نظموا مظاهرة احتجاجية") == [("مظاهرة احتجاجية", "protests")]
    assert _anchors(events, "انفجرت سيارة مفخخة اليوم") == [("انفجرت سيارة مفخخة", "explosions")]


@pytest.mark.parametrize("text", [
    "أطلق سراحه أمس وأطلقت الوزارة حملة",  # released, launched
    "القتالية والمقتنيات والاستقلال",  # other words sharing letters
    "في الفجر",  # dawn, not فجّر
    "يوقف الإنتاج وأوقف العمل",  # stopped: the verb أوقف is no anchor (إيقاف is)
    "وشهدت هذه التظاهرة الثقافية",  # a cultural event: no form of the verb تظاهر (ة is no pronoun ه)
])
def test_event_non_anchors(events, text):
    assert _anchors(events, text) == []


def test_event_covered_by_trigger_and_toll(events):
    text = "قال مصدر إن غارة إسرائيلية أدت إلى مقتل ثلاثة"
    import arabnews

    doc = arabnews.analyze(text, reference_date="2017-06-01")
    spans = events.covered_spans(doc)
    anchors = events.find_anchors(doc)
    assert [(text[s:e], f) for s, e, f in anchors] == [("غارة", "explosions"), ("مقتل", "killing")]
    # the trigger غارة and the toll "مقتل ثلاثة" of the same event cover both
    assert all(any(a < e and s < b for a, b in spans) for s, e, _ in anchors)


# --- attribution ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("وقال الوزير في تصريح لإذاعة موزاييك إن الوضع مستقر", [("قال", "say")]),
    ("وأكدت الوزارة أن الوضع مستقر", [("أكدت", "state")]),
    ("ويؤكدون أن الوضع مستقر", [("يؤكدون", "state")]),
    ("وأضاف: الوضع مستقر", [("أضاف", "state")]),
    ("مشيرا إلى أن الوضع مستقر", [("مشيرا", "state")]),
    ("وأفادت الإذاعة بأن الوضع مستقر", [("أفادت", "report")]),
    ("وفقا لوكالة الأنباء الرسمية", [("وفقا", "source")]),
    ("بحسب مصادر أمنية", [("حسب", "source")]),
    ("نقلا عن مصدر في الوزارة", [("نقلا عن", "source")]),
    ("وهو ما يهدد القطاع، حسب قوله.", [("حسب", "own_words")]),
    ("أصبح غير مجد على حد تعبيرها.", [("على حد", "own_words")]),
    ("على حد نص البلاغ", [("على حد", "source")]),
])
def test_attribution_anchors(attribution, text, expected):
    assert _anchors(attribution, text) == expected


@pytest.mark.parametrize("text", [
    "أعلن الجيش السيطرة على المدينة. وإن كان",  # no claim before the full stop
    "وذكرت المصادر الحادث",
    "القائل والمقاولات والتأكيد إن",  # other words sharing letters
    "يذكر أن الوحدات الأمنية باشرت الأبحاث",  # it is worth noting: no speaker
    "الطريق الرابطة بين صفاقس والمهدية: مغلقة",  # between
    "وقد تبين أن الشخص المذكور محل منشوري تفتيش",  # it became clear
    "والوزارة ما زالت تتابع هذا الملف، مؤكدة",  # follows; a participle without its clause
    "للتونسيين ولرجال الأعمال على حد السواء: كما",  # equally
])
def test_attribution_non_anchors(attribution, text):
    assert _anchors(attribution, text) == []


def test_attribution_covered_by_cue_and_source(attribution):
    import arabnews

    text = "وقال المتحدث باسم الحكومة إن الوضع مستقر، وفق وكالة الأنباء."
    doc = arabnews.analyze(text, reference_date="2017-06-01")
    spans = attribution.covered_spans(doc)
    anchors = attribution.find_anchors(doc)
    assert [(text[s:e], f) for s, e, f in anchors] == [("قال", "say"), ("وفق", "source")]
    assert all(any(a < e and s < b for a, b in spans) for s, e, _ in anchors)


def test_audit_runs_the_three_layers(tmp_path, capsys):
    spec = importlib.util.spec_from_file_location("audit_script29", ROOT / "scripts" / "audit.py")
    assert spec is not None and spec.loader is not None
    audit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(audit)
    data = tmp_path / "news.txt"
    data.write_text("وقال الناطق باسم حركة النهضة إن اشتباكات اندلعت\nنظم العشرات وقفة احتجاجية\n", encoding="utf-8")
    for layer in ("groups", "events", "attribution"):
        assert audit.main([layer, "--data", str(data), "--sample", "2", "--show", "0"]) == 0
    out = capsys.readouterr().out
    assert "layer groups: 2 articles" in out and "layer events: 2 articles" in out
    assert "layer attribution: 2 articles, 1 anchors" in out
