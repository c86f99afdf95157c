"""The relations stage (issue #19): member_of / part_of / ally / backed_by / fights between named
groups, with the evidence span; on the seed, on real sentence forms (gender, number, clitics), and in
JSON, JSONL, the DataFrame export and the HTML view."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arabnews
from arabnews import Document, Pipeline
from arabnews.export import read_jsonl, write_jsonl
from arabnews.extract.groups import default_registry
from arabnews.extract.groups.matcher import discovered_id
from arabnews.extract.relations import RelationSpan
from arabnews.extract.relations.lexicon import inflections, lexicon
from arabnews.lang.ar import lookup_key
from arabnews.pipeline import BUILTIN_CONTRACTS, DEFAULT_STAGES

SEED = Path(__file__).resolve().parents[1] / "examples" / "article.txt"
FAJR = discovered_id(lookup_key("لواء الفجر"))


@pytest.fixture(scope="module")
def nlp():
    return Pipeline(["groups", "relations"])


def rels(nlp, text):
    doc = nlp(text)
    for r in doc.layers.get("relations") or []:
        assert doc.text[r.start:r.end] == r.text
        assert doc.text[r.attrs["head_start"]:r.attrs["head_end"]] == r.head_text
        assert doc.text[r.attrs["tail_start"]:r.attrs["tail_end"]] == r.tail_text
        assert r.cue and r.cue in r.text
    return [(r.type, r.head, r.tail) for r in doc.layers.get("relations") or []]


# --- the seed ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed():
    return Pipeline()(SEED.read_text(encoding="utf-8"))


def test_seed_must_show(seed):
    found = {(r.type, r.head, r.tail) for r in seed.layers["relations"]}
    assert ("member_of", FAJR, "syrian-opposition-factions") in found
    assert ("ally", "liwa-al-quds", "syrian-government-forces") in found
    assert ("backed_by", "liwa-al-quds", "iranian-government") in found


def test_seed_records(seed):
    by_type = {}
    for r in seed.layers["relations"]:
        by_type.setdefault(r.type, []).append(r)
        assert seed.text[r.start:r.end] == r.text
    (member,) = by_type["member_of"]
    assert (member.text, member.head_text, member.tail_text, member.cue) == (
        'لواء الفجر" التابع لفصائل المعارضة', "لواء الفجر", "فصائل المعارضة", "التابع ل")
    (backed,) = by_type["backed_by"]
    assert (backed.text, backed.tail_text, backed.attrs["head_via"]) == ("الميليشيا على دعم إيراني", "إيراني",
                                                                        "anaphor")
    allies = [r for r in by_type["ally"] if r.tail == "syrian-government-forces"]
    assert {r.head_text for r in allies} == {"ميليشيا", "لواء القدس"}  # "للميليشيا": clitics outside
    assert all(r.head == "liwa-al-quds" and r.cue == "إلى جانب" for r in allies)
    assert all(r.part == "body" for r in seed.layers["relations"])


def test_seed_in_json_jsonl_frame_and_html(seed):
    data = json.loads(seed.to_json())
    assert "relations" in data["layers"]
    rec = next(r for r in data["relations"] if r["type"] == "member_of")
    assert {k: rec[k] for k in ("type", "head", "tail", "text")} == {
        "type": "member_of", "head": FAJR, "tail": "syrian-opposition-factions",
        "text": 'لواء الفجر" التابع لفصائل المعارضة'}
    assert {"start", "end", "tail_layer", "head_text", "tail_text", "cue"} <= set(rec)
    buf = io.StringIO()
    write_jsonl([seed], buf)
    back = next(read_jsonl(io.StringIO(buf.getvalue())))
    assert isinstance(back.layers["relations"][0], RelationSpan)
    assert back.layers["relations"] == seed.layers["relations"]
    html = arabnews.render(seed)
    assert 'data-layer="relations"' in html
    pytest.importorskip("pandas")
    frame = arabnews.to_frame(seed, "relations")
    assert set(frame["type"]) >= {"member_of", "ally", "backed_by"}
    assert {"head", "tail", "start", "end", "text"} <= set(frame.columns)


def test_registered_as_builtin():
    assert DEFAULT_STAGES.index("groups") < DEFAULT_STAGES.index("relations")
    assert BUILTIN_CONTRACTS["relations"] == (("tokens", "groups"), ("relations",))


# --- real sentence forms ------------------------------------------------------------------------
CASES = [
    # member_of: every gender and number of the participle, the preposition apart or joined
    ("كتيبة \"الغرباء\" التابعة لداعش", [("member_of", discovered_id(lookup_key("كتيبة الغرباء")), "isis")]),
    ("أعلنت كتائب القسام التابعة لحركة حماس", [("member_of", "qassam-brigades", "hamas")]),
    ("قصفت كتائب القسام التابعة لـ حماس", [("member_of", "qassam-brigades", "hamas")]),
    ("قتل عناصر جبهة النصرة التابعين لتنظيم القاعدة", [("member_of", "jabhat-al-nusra", "al-qaeda")]),
    ("قاتل أنصار بيت المقدس، التابع لتنظيم داعش", [("member_of", "wilayat-sinai", "isis")]),
    ("حركة النجباء المنضوية في الحشد الشعبي", [("member_of", "harakat-al-nujaba", "popular-mobilization-forces")]),
    ("كتائب حزب الله المنضوية تحت الحشد الشعبي", [("member_of", "kataib-hezbollah", "popular-mobilization-forces")]),
    ("فيلق الشام أحد فصائل الجبهة الوطنية للتحرير",
     [("member_of", "faylaq-al-sham", "national-front-for-liberation")]),
    ("انضم لواء صقور الشام إلى هيئة تحرير الشام", [("member_of", "suqour-al-sham", "hayat-tahrir-al-sham")]),
    ("وانضمت حركة نور الدين الزنكي إلى هيئة تحرير الشام",
     [("member_of", "nour-al-din-al-zenki", "hayat-tahrir-al-sham")]),
    # part_of
    ("أعلنت كتائب القسام، الجناح العسكري لحركة حماس، قصف المستوطنات", [("part_of", "qassam-brigades", "hamas")]),
    ("تبنت سرايا القدس الجناح العسكري لحركة الجهاد الإسلامي العملية",
     [("part_of", "saraya-al-quds", "palestinian-islamic-jihad")]),
    ('كتائب القسام" الذراع العسكري لحركة "حماس', [("part_of", "qassam-brigades", "hamas")]),
    # ally
    ("قاتل حزب الله اللبناني إلى جانب قوات النظام في القصير", [("ally", "hezbollah", "syrian-government-forces")]),
    ("تقاتل هيئة تحرير الشام بالتعاون مع الحزب الإسلامي التركستاني",
     [("ally", "hayat-tahrir-al-sham", "turkistan-islamic-party")]),
    ("تحالفت حركة أحرار الشام مع جبهة النصرة", [("ally", "ahrar-al-sham", "jabhat-al-nusra")]),
    ("شن الحرس الثوري هجوما بالتنسيق مع حزب الله", [("ally", "irgc", "hezbollah")]),
    # backed_by: states as registry ids, the participle's forms, the adverbial nisba
    ("هاجمت ميليشيات الحشد الشعبي المدعومة من إيران مواقع التنظيم",
     [("backed_by", "popular-mobilization-forces", "iranian-government")]),
    ("قصفت جماعة الحوثي المدعومة إيرانيا السفينة", [("backed_by", "houthis", "iranian-government")]),
    ("حزب الله المدعوم من طهران", [("backed_by", "hezbollah", "iranian-government")]),
    ("قتل عناصر من ميليشيا لواء الإمام الصادق الموالية لإيران",
     [("backed_by", discovered_id(lookup_key("لواء الإمام الصادق")), "iranian-government")]),
    ("تشارك كتائب حزب الله في الهجمات بدعم من الحرس الثوري الإيراني",
     [("backed_by", "kataib-hezbollah", "irgc")]),
    ("تقدم الجيش الوطني السوري المدعوم من تركيا نحو منبج",
     [("backed_by", "syrian-national-army", "turkish-government")]),
    ("قاتلت مجموعة فاغنر المدعومة من موسكو", [("backed_by", "wagner-group", "russian-government")]),
    ("كتيبة \"عقبة بن نافع\" الموالية لتنظيم القاعدة", [("backed_by", "uqba-ibn-nafi-brigade", "al-qaeda")]),
    ("كتيبة \"الفرقان\" الموالية لتنظيم القاعدة", [("backed_by", discovered_id(lookup_key("كتيبة الفرقان")),
                                                  "al-qaeda")]),
    # fights
    ("اندلعت اشتباكات بين قوات سوريا الديمقراطية وفصائل الجيش الوطني السوري في ريف منبج",
     [("fights", "syrian-democratic-forces", "syrian-national-army")]),
    ("تدور معارك عنيفة بين الجيش السوداني وقوات الدعم السريع",
     [("fights", "sudanese-armed-forces", "rapid-support-forces")]),
    ("نفذ تنظيم داعش هجوما على قوات سوريا الديمقراطية", [("fights", "isis", "syrian-democratic-forces")]),
    ("أسفر هجوم لتنظيم داعش على مواقع قسد عن مقتل خمسة", [("fights", "isis", "syrian-democratic-forces")]),
    ("اشتبكت قوات الدعم السريع مع الجيش السوداني في الخرطوم",
     [("fights", "rapid-support-forces", "sudanese-armed-forces")]),
    ("يقاتل الجيش الوطني الليبي ضد قوات حكومة الوفاق", [("fights", "libyan-national-army", "gna-forces")]),
    ("أعلنت وحدات حماية الشعب الحرب على تنظيم داعش", [("fights", "ypg", "isis")]),
    ("قصفت قوات الحشد الشعبي مواقع لتنظيم داعش", [("fights", "popular-mobilization-forces", "isis")]),
    ("قال الجيش اللبناني إنه استهدف مقرات لتنظيم داعش في جرود عرسال", [("fights", "lebanese-army", "isis")]),
    ("وشنت قوات سوريا الديمقراطية هجوما على مواقع داعش", [("fights", "syrian-democratic-forces", "isis")]),
    ("هاجمت حركة الشباب المجاهدين قاعدة للجيش الصومالي", [("fights", "al-shabaab", "somali-national-army")]),
    ("أعلنت حركة طالبان أنها طردت ولاية خراسان من الإقليم", [("fights", "taliban", "iskp")]),
    ("تقاتل جماعة نصرة الإسلام والمسلمين ضد تنظيم الدولة الإسلامية في الصحراء الكبرى",
     [("fights", "jnim", "is-sahel")]),
    # allegiance and splits
    ("جماعة بوكو حرام التي بايعت تنظيم الدولة الإسلامية", [("member_of", "boko-haram", "isis")]),
    ("أعلنت ولاية سيناء مبايعتها لتنظيم داعش", [("member_of", "wilayat-sinai", "isis")]),
    ("جبهة النصرة فكت ارتباطها بتنظيم القاعدة", [("split_from", "jabhat-al-nusra", "al-qaeda")]),
    ("انشقت حركة نور الدين الزنكي عن هيئة تحرير الشام",
     [("split_from", "nour-al-din-al-zenki", "hayat-tahrir-al-sham")]),
    ("قاتلت الفصائل المنشقة عن الجيش الوطني السوري", []),
    ("جماعة أنصار الدين المنشقة عن الحركة الوطنية لتحرير أزواد", [("split_from", "ansar-dine", "mnla")]),
    # two groups joined by "و" before the cue
    ("قاتلت حركة النجباء وكتائب حزب الله المدعومتان من إيران",
     [("backed_by", "harakat-al-nujaba", "iranian-government"),
      ("backed_by", "kataib-hezbollah", "iranian-government")]),
    # part_of, the part named second
    ("التقى وفد من حماس وجناحها العسكري كتائب القسام", [("part_of", "qassam-brigades", "hamas")]),
    ("هددت حركة الجهاد الإسلامي وذراعها العسكري سرايا القدس",
     [("part_of", "saraya-al-quds", "palestinian-islamic-jihad")]),
    # other regions
    ("قاتلت ولاية غرب أفريقيا جماعة بوكو حرام", [("fights", "iswap", "boko-haram")]),
    # (the attack past the participle phrase since session 25)
    ("هاجمت ولاية غرب أفريقيا التابعة لتنظيم الدولة الإسلامية قاعدة للجيش النيجيري",
     [("fights", "iswap", "nigerian-army"), ("member_of", "iswap", "isis")]),
    ("اشتباكات بين جبهة البوليساريو والجيش المغربي", [("fights", "polisario", "moroccan-armed-forces")]),
    ("شن جيش العدل المدعوم من باكستان هجوما على الحرس الثوري",
     [("backed_by", "jaish-al-adl", "pakistani-government"), ("fights", "jaish-al-adl", "irgc")]),
    # session 18: a group's fighters as the subject, a reciprocal verb without مع, verbs of backing, joining
    ("هاجم مقاتلو هيئة تحرير الشام مواقع لقوات النظام.",
     [("fights", "hayat-tahrir-al-sham", "syrian-government-forces")]),
    ("تقاتل قوات الحشد الشعبي تنظيم داعش غرب الموصل.", [("fights", "popular-mobilization-forces", "isis")]),
    ("تقاتلت قوات النظام وفصائل المعارضة في حلب",
     [("fights", "syrian-government-forces", "syrian-opposition-factions")]),
    ("تقاتل قوات الحشد الشعبي والجيش العراقي تنظيم داعش",
     [("fights", "iraqi-security-forces", "isis"), ("fights", "popular-mobilization-forces", "isis")]),
    ("تدعم إيران حزب الله في لبنان.", [("backed_by", "hezbollah", "iranian-government")]),
    ("إيران تدعم جماعة الحوثيين في اليمن", [("backed_by", "houthis", "iranian-government")]),
    ("دعم إيران لحزب الله معروف", [("backed_by", "hezbollah", "iranian-government")]),
    ("أعلنت حركة أحرار الشام انضمامها إلى هيئة تحرير الشام.", [("member_of", "ahrar-al-sham", "hayat-tahrir-al-sham")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_sentences(nlp, text, expected):
    assert rels(nlp, text) == expected


NEGATIVE = [
    "قاتل حزب الله في القصير",  # no second group
    "إلى جانب ذلك أعلنت حماس وقف إطلاق النار",  # "إلى جانب" with no group before it
    "وصلت المساعدات بدعم من الأمم المتحدة",  # no group
    "الرياض انضمت إلى الولايات المتحدة في الاتفاق",  # two states
    "قال حزب الله. وإلى جانب ذلك تقدم الجيش",  # sentence boundary, no tail
    "نفذ تنظيم داعش هجوما. وعلى قوات سوريا الديمقراطية أن ترد",  # sentence boundary
    "داعش فيما تتهم السعودية قطر بدعمها للجماعات المدعومة من إيران",  # another clause
    "التقى وفد حماس بوفد حركة فتح",  # no cue
    "قصفت الطائرات مواقع لتنظيم داعش",  # the attacker is no group
    "نفذت القوات الإسرائيلية عمليات قنص ضد فلسطينيين",  # people, not a group
    "قال حزب الله إن الجيش اللبناني قصف مواقع",  # no target group
    "وقال حزب الله في بيان أصدره مساء اليوم، قصفت قوات النظام مدينة حلب",  # the subject is not right before
    "دعمت الحكومة القطاع الفلاحي",  # backing, no group
    "تقاتل قوات النظام في ريف حلب",  # a reciprocal verb with one group
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_relation(nlp, text):
    assert rels(nlp, text) == []


def test_evidence_span_covers_both_groups_and_the_cue(nlp):
    doc = nlp("التقى وفد من حماس وجناحها العسكري كتائب القسام")
    (r,) = doc.layers["relations"]
    assert (r.text, r.head_text, r.tail_text, r.cue) == ("حماس وجناحها العسكري كتائب القسام", "كتائب القسام", "حماس",
                                                         "جناحها العسكري")


def test_entity_reference_backer():
    doc = Pipeline(["groups", "relations"])("قاتلت جماعة أنصار الله المدعومة سودانيا")
    (r,) = doc.layers["relations"]
    assert (r.type, r.head, r.tail, r.tail_layer, r.tail_text) == ("backed_by", "houthis", None, "entities",
                                                                  "سودانيا")


# --- the cue families ---------------------------------------------------------------------------
FORMS = [f for f in inflections("تابع") if f.startswith("ال")]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("prep", ["ل", "لـ ", "ل"])
def test_every_form_of_the_participle(nlp, form, prep):
    assert rels(nlp, f"قصفت كتائب القسام {form} {prep}حماس المواقع") == [("member_of", "qassam-brigades", "hamas")]


@pytest.mark.parametrize("form", [f for f in inflections("مدعوم") if f.startswith("ال")])
@pytest.mark.parametrize("backer", ["إيران", "طهران", "ايران"])
def test_every_form_of_backed(nlp, form, backer):
    assert rels(nlp, f"هاجم حزب الله {form} من {backer} المواقع") == [("backed_by", "hezbollah", "iranian-government")]


@pytest.mark.parametrize("conj", ["", "و", "ف"])
@pytest.mark.parametrize("noun", ["اشتباكات", "مواجهات", "معارك", "قتال", "الاشتباكات", "المعارك"])
def test_between_family(nlp, conj, noun):
    text = f"{conj}{noun} بين حركة حماس وحركة فتح في غزة"
    assert rels(nlp, text) == [("fights", "hamas", "fatah")]


def test_every_state_is_a_registry_group():
    reg = default_registry()
    states = set(lexicon().state_words.values())
    assert len(states) >= 10
    assert sorted(s for s in states if s not in reg) == []


# --- robustness and offsets -----------------------------------------------------------------------
@pytest.mark.parametrize("text", ["", "إلى جانب", "التابع ل", "اشتباكات بين", "حماس " * 3000,
                                  "حزب الله إلى جانب " * 500, "x" * 10000, "ضد ضد ضد"])
def test_robust(nlp, text):
    doc = nlp(text)
    for r in doc.layers.get("relations") or []:
        assert doc.text[r.start:r.end] == r.text


ALPHABET = "حماس حزب الله داعش التابع لـ المدعومة من إيران إلى جانب اشتباكات بين و ضد قوات النظام،.\n ـَ"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET.split(" ") + [" ", "،", "ـ", "\u064e"]), max_size=40))
def test_offsets_property(words):
    text = " ".join(words)
    doc = Pipeline(["groups", "relations"])(text)
    for r in doc.layers.get("relations") or []:
        assert doc.text[r.start:r.end] == r.text
        assert r.type in {"member_of", "part_of", "split_from", "ally", "backed_by", "fights"}


def test_document_round_trip_without_stage():
    doc = Document("نص")
    doc.layers["relations"] = [RelationSpan(0, 2, "نص", type="ally", head="a", tail="b")]
    back = Document.from_dict(doc.to_dict())
    assert back.layers["relations"] == doc.layers["relations"]


def test_without_a_group_the_cue_scan_finds_no_relation():
    """``find_relations`` returns at once when the document has no group: the full scan, run on the
    sample articles and on cue sentences between states and entities with the groups layer emptied,
    finds nothing either (a state, a nisba or an entity is never both ends)."""
    from arabnews.extract.relations import _Finder, find_relations

    sample = (Path(__file__).parent / "golden" / "ant_sample.txt").read_text(encoding="utf-8").splitlines()
    texts = [t for t in sample if t.strip()] + [
        "وأعلنت إيران دعمها للحكومة السورية في حربها ضد تركيا.",
        "التحالف الذي تقوده السعودية ضد اليمن والقوات المدعومة من إيران.",
        "اشتبكت القوات السورية مع القوات التركية قرب حلب، وشنت روسيا هجوما على أوكرانيا.",
        "وانضمت قطر إلى التحالف الدولي، بينما قصفت الطائرات الإسرائيلية مواقع لسوريا.",
    ]
    nlp = Pipeline([n for n in DEFAULT_STAGES if n in ("numbers", "dates", "groups", "entities")])
    lex = lexicon()
    found_with_groups = 0
    for text in texts:
        doc = nlp(text, reference_date="2017-01-20")
        found_with_groups += len(find_relations(doc))
        doc.layers["groups"] = []
        finder = _Finder(doc, lex)
        assert not finder.mentions and find_relations(doc) == []
        scans = [finder.find(*doc.to_normalized(r.start, r.end)) for r in doc.extraction_regions()]
        assert scans == [[] for _ in scans]
    assert found_with_groups > 0
