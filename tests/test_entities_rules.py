"""The post-CRF correction rules of the entities stage (issue #17), on real sentences of ANT news and
of the seed article: exact spans, labels and offsets for each boundary, clitic, ORG and person case.

Each rule is also tested on its own, on the tags the tagger could give, so a test names the rule
that broke.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from arabnews import Pipeline, tokenize
from arabnews.extract.entities import corrections, default_gazetteer
from arabnews.extract.entities.bio import chunks
from arabnews.extract.entities.boundaries import (
    places_after_plural_head,
    stadium_names,
    stop_before_predicate,
    trim_function_words,
    whole_camp,
)
from arabnews.extract.entities.orgs import (
    acronym_after_org,
    chain_end,
    extend_org_chain,
    is_media_name,
    known_orgs,
    org_named_after_person,
)
from arabnews.extract.entities.persons import (
    _name_like,
    name_after_title,
    nickname_in_parens,
    nisba_surname,
    public_figures,
    title_out_of_person,
)
from arabnews.lang.ar import clitic_splits, fold

NLP = Pipeline(["numbers", "dates", "groups", "entities"])
SEED = Path(__file__).resolve().parents[1] / "examples" / "article.txt"

#: (real sentence, every entity the stage reports: text, label, start, end)
CASES = [
    # clitics: "ولاية" is a word, not و + "لاية" (a town of Papua New Guinea)
    ("وقالت الشرطة في ساكرامنتو، عاصمة ولاية كاليفورنيا إن المرأة فقدت توزانها وسقطت من الجسر",
     [("ساكرامنتو", "LOC", 16, 25), ("كاليفورنيا", "LOC", 39, 49)]),
    # clitics: the agency "وات" is not و + "ات"; a media name after مراسلة is an ORG
    ('وأضاف الطرابلسي، في تصريح لمراسلة "وات" بمدنين، أن عدة مؤشرات تدل على أن زيارة الوزير مهمة',
     [("الطرابلسي", "PER", 6, 15), ("وات", "ORG", 35, 38), ("مدنين", "LOC", 41, 46)]),
    # ORG: a head and its genitive chain with a ل complement
    ("وكان المرصد السوري لحقوق الإنسان قد أكد أمس أن مطار الشعيرات العسكري أصبح خارج الخدمة",
     # session 31: the airport's name is a LOC, its head left out (ANERcorp: "مطار دالاس")
     [("المرصد السوري لحقوق الإنسان", "ORG", 5, 32), ("الشعيرات", "LOC", 52, 60)]),
    ('وأوضح المتحدث باسم المنظمة الدولية للهجرة "فلافيو دي جياكومو" أن سودانيين وصلا مع نحو ألف مهاجر آخر',
     [("المنظمة الدولية للهجرة", "ORG", 19, 41), ("فلافيو دي جياكومو", "PER", 43, 60)]),
    ("وردت على المنظمة التونسية لمناهضة التعذيب خلال شهر جوان 2016 ، 6 ملفات",
     [("المنظمة التونسية لمناهضة التعذيب", "ORG", 9, 41)]),
    # ORG: two chains joined by و; a second ل ("للنظر") is a purpose, not part of the name
    ("في انتظار تدخل المنظمات ذات العلاقة، لاسيما المفوضية الأممية السامية لشؤون اللاجئين والمنظمة الدولية "
     "للهجرة للنظر في أوضاعهم.",
     [("المفوضية الأممية السامية لشؤون اللاجئين", "ORG", 44, 83), ("المنظمة الدولية للهجرة", "ORG", 85, 107)]),
    # ORG: a quoted name after قناة, which the tagger took for MISC
    ('حيث أشار تقرير بثته اليوم الاثنين قناة "سكاي نيوز عربية" إلى خطورة هذا الأمر',
     [("سكاي نيوز عربية", "ORG", 40, 55)]),
    # boundaries: the ORG stops before the verb (the tagger ran on: "المجلس الوطني قالت القرافي")
    ('ديم تبرير لقرارها" وفق تعبيرها . وفي إفتتاح أعمال المجلس الوطني قالت القرافي ان المصادقة على مشروع '
     "القانون تمت",
     [("المجلس الوطني", "ORG", 50, 63)]),
    # boundaries: a country of two words is whole ("جنوب السودان" is South Sudan, not Sudan)
    ("على متنها 44 مسافرا : تحطّم طائرة جنوب السودان",
     [("جنوب السودان", "LOC", 34, 46)]),
]


#: Sentences whose expected entities the shipped model misses (a strict xfail: it must start passing
#: before the mark is taken off).  Empty since the rules of places.py, club_nisbas and
#: orgs.named_council found "بمدنين", "النجم الرياضي الساحلي" and "المجلس الوطني" again.
MODEL_GAPS: dict[str, str] = {}
MODEL_GAP_REASON = ("the model retrained on 2026-12-02 "
                    "(NewsFANE feature copies, c1 0.02: ANERcorp tail +4 F1) misses it; the model before found it")


def _gap(request: pytest.FixtureRequest, sentence: str) -> None:
    if sentence in MODEL_GAPS:
        request.node.add_marker(pytest.mark.xfail(strict=True, reason=f"{MODEL_GAPS[sentence]}: {MODEL_GAP_REASON}"))


def test_model_gaps_are_cases() -> None:
    assert set(MODEL_GAPS) <= {s for s, _ in CASES} | {s for s, _ in ANT_CASES}


def test_south_sudan_links_to_its_own_country() -> None:
    doc = NLP("على متنها 44 مسافرا : تحطّم طائرة جنوب السودان")
    assert doc.entities[0].attrs["country"] == "SS"


def test_seed_has_no_entity_inside_a_proclitic() -> None:
    """"وأخرى تابعة للميليشيا على "فيس بوك"": the tagger's MISC "للميليشيا على" is no entity."""
    text = SEED.read_text(encoding="utf-8")
    doc = NLP(text)
    near = [(e.text, e.label, e.start) for e in doc.entities if 370 <= e.start < 400]
    assert text[379:391] == "لميليشيا على"
    assert near == [("فيس بوك", "ORG", 393)]  # a platform is an ORG (session 26)


def test_title_before_an_unseen_foreign_name() -> None:
    doc = NLP("وصل المبعوث الأممي غير بيدرسون إلى جنيف لبدء جولة جديدة من المحادثات")
    assert [(e.text, e.label, e.start) for e in doc.entities] == [("غير بيدرسون", "PER", 19), ("جنيف", "LOC", 35)]


def test_title_not_followed_by_a_future_verb() -> None:
    """"الوزير ظريف سيلتقي": "سيلتقي" is a verb, so the two words after the title are no name."""
    doc = NLP("سيما في سوريا وقضايا الخليج، لافتاً إلى أن الوزير ظريف سيلتقي رؤساء البلدان الثلاثة")
    assert [(e.text, e.label) for e in doc.entities] == [("سوريا", "LOC"), ("الخليج", "LOC")]


# -- the rules one by one, on the tokens of real sentences -------------------------------------

GAZ = default_gazetteer()


def _spans(text: str) -> set[tuple[str, int, int]]:
    """(label, start, end) of every entity the stage reports on ``text``."""
    return {(e.label, e.start, e.end) for e in NLP(text).entities}


def _at(text: str, surface: str, label: str) -> tuple[str, int, int]:
    """(label, start, end) of ``surface`` at its first place in ``text``."""
    start = text.index(surface)
    return (label, start, start + len(surface))


def _words(text: str):
    return tokenize(text)


def test_stop_before_predicate_cuts_at_the_verb() -> None:
    toks = _words("وفي إفتتاح أعمال المجلس الوطني قالت القرافي ان المصادقة")
    tags = ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"]
    stop_before_predicate(toks, tags, GAZ)
    assert tags == ["O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"]


def test_stop_before_predicate_keeps_van() -> None:
    """"فان" (van) in "روبن فان بيرسي" is not ف + "ان"."""
    toks = _words("سجل روبن فان بيرسي هدفا")
    tags = ["O", "B-PER", "I-PER", "I-PER", "O"]
    stop_before_predicate(toks, tags, GAZ)
    assert tags == ["O", "B-PER", "I-PER", "I-PER", "O"]


def test_trim_function_words_spares_a_person_named_ali() -> None:
    """"على" and the name "علي" are one form once normalized: only a non-person loses it."""
    toks = _words("تابعة للميليشيا على فيس بوك")
    tags = ["O", "B-MISC", "I-MISC", "O", "O"]
    trim_function_words(toks, tags, GAZ)
    assert tags == ["O", "B-MISC", "O", "O", "O"]
    toks = _words("التقى علي لاريجاني")
    tags = ["O", "B-PER", "I-PER"]
    trim_function_words(toks, tags, GAZ)
    assert tags == ["O", "B-PER", "I-PER"]


def test_chain_end_after_a_head() -> None:
    toks = _words("لاسيما المفوضية الأممية السامية لشؤون اللاجئين والمنظمة")
    assert chain_end(toks, ["O"] * len(toks), 1) == 6  # the chain stops before the conjunction


def test_extend_org_chain_takes_one_complement() -> None:
    toks = _words("وأوضح المتحدث باسم المنظمة الدولية للهجرة")
    tags = ["O", "O", "O", "B-ORG", "I-ORG", "O"]
    extend_org_chain(toks, tags, GAZ)
    assert tags == ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG"]


def test_acronym_after_org() -> None:
    toks = _words("في حوار لوكالة تونس افريقيا للانباء (وات) ، أن")
    tags = ["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O"]
    acronym_after_org(toks, tags, GAZ)
    assert tags[7] == "B-ORG" and tags[6] == tags[8] == "O"


def test_media_name_forms() -> None:
    assert is_media_name("الجزيره") and is_media_name("للجزيره") and is_media_name("لجزيره")
    assert not is_media_name("جزيره")


def test_places_after_plural_head() -> None:
    toks = _words("تنشط بين ولايتي جندوبة وباجة مختصّة في سرقة")
    tags = ["O"] * len(toks)
    places_after_plural_head(toks, tags, GAZ)
    assert tags == ["O", "O", "O", "B-LOC", "B-LOC", "O", "O", "O"]
    assert places_after_plural_head in corrections.RULES  # the "مخيمي النيرب وحندرات" family


def test_name_after_title_joins_the_taggers_person() -> None:
    toks = _words("وكان المبعوث الأممي إلى سوريا ستافان دي ميستورا قد حضر")
    tags = ["O", "O", "O", "O", "B-LOC", "B-PER", "I-PER", "I-PER", "O", "O"]
    name_after_title(toks, tags, GAZ)  # "إلى" is no name: nothing changes
    assert tags == ["O", "O", "O", "O", "B-LOC", "B-PER", "I-PER", "I-PER", "O", "O"]


#: A title in construct with its portfolio, or a woman's title, then the name (ANT sentences and their
#: neighbours: other ministries, feminine titles, a conjoined portfolio, a governor).
TITLED_PERSONS = [
    ("قالت وزيرة الصحة سميرة مرعي حادت تماما عن دورها", "سميرة مرعي"),
    ("انباء وزيرة السياحة والصناعات التقليدية سلمى اللومي التي ترافق يوسف الشاهد", "سلمى اللومي"),
    ("قال وزير الصناعة والتجارة زياد العذاري خلال استضافته اليوم", "زياد العذاري"),
    ("بحضور وزير الشؤون المحلية والبيئة رياض المؤخر وكاتب الدولة", "رياض المؤخر"),
    ("نشر منذ قليل رئيس النادي الإفريقي سليم الرياحي تدوينة على صفحته الرسمية", "سليم الرياحي"),
    ("وقالت مديرة المستشفى ليلى الحمروني إن الجرحى بخير", "ليلى الحمروني"),
    ("قالت النائبة سامية عبو إن الحكومة فشلت", "سامية عبو"),
    ("قالت النائب سامية عبو عن التيار الديمقراطي في مداخلة لها", "سامية عبو"),
    ("قالت الوزيرة سلمى اللومي إن الموسم واعد", "سلمى اللومي"),
    ("صرحت وزيرة المرأة نزيهة العبيدي بأن البرنامج انطلق", "نزيهة العبيدي"),
    ("وقال والي سوسة عادل الشليوي إن الوضع تحت السيطرة", "عادل الشليوي"),
    # after a club's name (and its nisba) the president: an ordinary word as given name, an unknown family name
    ("جلسة جمعت في العاصمة بين رئيس الإتحاد المنستيري أحمد البلي و المدرب إسكندر القصري", "أحمد البلي"),
    ("قال رئيس النادي الصفاقسي منصف خماخم إن الفريق جاهز", "منصف خماخم"),
    # an ordinary word as given name before بن and the tagger's PER
    ("أنه تم الإفراج عن شقيقة الرئيس السابق حياة بن علي لأسباب صحية", "حياة بن علي"),
]


@pytest.mark.parametrize(("text", "name"), TITLED_PERSONS)
def test_name_after_a_title_in_construct(text: str, name: str) -> None:
    doc = NLP(text)
    start = text.index(name)
    assert ("PER", start, start + len(name)) in {(e.label, e.start, e.end) for e in doc.entities}


#: After a title, words that are no name: a verb, a month/verb, a preposition and a noun, a clitic
#: and a noun, a time word.
NOT_TITLED_PERSONS = [
    "وزير الشؤون الدينية يدعو لفهم القرآن بشكل صحيح",
    "وقال إن قاضي التحقيق مارس سلطاته المطلقة",
    "يعمل مكتب بريد مطار تونس قرطاج الدولي بصفة مسترسلة دون انقطاع",
    "قال وزير الخارجية أمس إن الزيارة مهمة",
    "استقبل وزير الدفاع وفدا عسكريا أمريكيا",
    "أكد الوزير ضرورة مواصلة الإصلاحات",
    "اكد رئيس الجمعية لمراسلنا بجرجيس انها ستتحسن",
]


@pytest.mark.parametrize("text", NOT_TITLED_PERSONS)
def test_no_name_after_a_title(text: str) -> None:
    assert [e.text for e in NLP(text).entities if e.label == "PER"] == []


@pytest.mark.parametrize(("text", "name"), [
    ('وقال يوسف الشاهد في تصريح لمراسل الجوهرة "اف ام" اليوم الثلاثاء إن تونس ستتجاوز الأزمة', 'الجوهرة "اف ام"'),
    ('وقال لإذاعة الديوان "أف أم" إن الحفل تأجل', 'الديوان "أف أم"'),
    ("حسب ما أفادنا به مراسل جوهرة أف أم بالجهة", "جوهرة أف أم"),
])
def test_radio_with_fm_in_quotes_is_one_org(text: str, name: str) -> None:
    start = text.index(name)
    got = {(e.label, e.start, e.end) for e in NLP(text).entities}
    assert ("ORG", start, start + len(name)) in got
    assert not [e for e in NLP(text).entities if e.label == "MISC"]


@pytest.mark.parametrize(("text", "name"), [
    ("وأضاف المصدر الأمني أن الإرهابي ضيف الله ضالع في إدخال أسلحة إلى تونس", "ضيف الله"),
    ("محمد سامي الطريقي فوزي جاب الله محمد النوري عبد السلام الخماري", "فوزي جاب الله"),
    ("وقال أحمد نصر الله إن الحزب جاهز", "أحمد نصر الله"),
])
def test_theophoric_name_is_a_person(text: str, name: str) -> None:
    start = text.index(name)
    ents = NLP(text).entities
    assert ("PER", start, start + len(name)) in {(e.label, e.start, e.end) for e in ents}
    assert "الله" not in [e.text for e in ents]


@pytest.mark.parametrize("text", ["ونجح الموسم بفضل الله", "سنعود غدا إن شاء الله"])
def test_god_in_a_phrase_is_no_person(text: str) -> None:
    assert [e.text for e in NLP(text).entities if e.label == "PER"] == []


@pytest.mark.parametrize(("text", "spans"), [
    # a preposition before a known given name: the person starts after it, in or out of another PER
    ("رسالة من محمد عبو لراشد الغنوشي", [("محمد عبو", "PER"), ("راشد الغنوشي", "PER")]),
    ("سمير ديلو لمحمد عبو: لا نقبل الابتزاز", [("سمير ديلو", "PER"), ("محمد عبو", "PER")]),
    ("و قال المحب في رسالته لسليم الرياحي", [("سليم الرياحي", "PER")]),
    ("لا ينبغي لأنجيلا ميركل أن تكرر مع تونس الخطأ", [("أنجيلا ميركل", "PER"), ("تونس", "LOC")]),
    # "لطفي" is a name, not ل + "طفي"
    ("وقال لطفي زيتون إن الحزب موحد", [("لطفي زيتون", "PER")]),
])
def test_person_after_a_preposition(text: str, spans: list[tuple[str, str]]) -> None:
    got = [(e.text, e.label) for e in NLP(text).entities]
    assert got == spans
    for e in NLP(text).entities:
        assert text[e.start:e.end] == e.text


@pytest.mark.parametrize(("text", "place"), [
    ("بئر علي بن خليفة : مسيرة احتجاجية بعد وفاة تلميذة", "بئر علي بن خليفة"),
    ("دورية تابعة لمركز الحرس الوطني بسيدي الهاني على مستوى الطريق الرئيسي", "سيدي الهاني"),
    ("وصل الوفد إلى سيدي علي بن عون أمس", "سيدي علي بن عون"),
    ("تمكنت الوحدات الامنية الجزائرية ببرج بوعريرج اليوم السبت من القضاء على إرهابي", "برج بوعريرج"),
])
def test_place_named_for_a_person(text: str, place: str) -> None:
    start = text.index(place)
    got = {(e.label, e.start, e.end) for e in NLP(text).entities}
    assert ("LOC", start, start + len(place)) in got


@pytest.mark.parametrize("text", ["وفق ما أكده الكاتب العام المساعد للنقابة طاهر ذاكر في تصريح ل(وات) اليوم الاثنين",
                                  "وأضاف في تصريح لـ(وات) أن الأشغال انطلقت"])
def test_agency_in_brackets_after_lam(text: str) -> None:
    start = text.index("وات)")
    assert ("ORG", start, start + 3) in {(e.label, e.start, e.end) for e in NLP(text).entities}


@pytest.mark.parametrize("text", ["تعددت الاحتفالات بذكرى الثورة، وفق ما أفاد به مراسل الجوهرة اف ام.",
                                  "وفق ما أكده مصدر أمني للجوهرة أف أم."])
def test_span_ends_before_the_full_stop(text: str) -> None:
    ents = [e for e in NLP(text).entities if e.label == "ORG"]
    assert len(ents) == 1 and ents[0].text.endswith("أم" if "أم." in text else "ام") and ents[0].end == len(text) - 1


@pytest.mark.parametrize(("text", "spans"), [
    ("تعرضت المدرسة الإعدادية النموذجية خير الدين باشا بسيدي بوزيد، ليلة البارحة إلى عملية اقتحام",
     [("المدرسة الإعدادية النموذجية خير الدين باشا", "ORG"), ("سيدي بوزيد", "LOC")]),
    # session 22: a school or hospital named after a person is an ORG with its head
    # (orgs.institution_named_after_person)
    ("نقلت إلى قسم الانعاش بمستشفى الهادي شاكر بصفاقس أين قضت 6 أيام",
     [("مستشفى الهادي شاكر", "ORG"), ("صفاقس", "LOC")]),
    # "برون" is a name, not ب + "رون"
    ("وهم : أيمن البلبولي - حمدي النقاز - ديلان برون - أيمن عبد النور", None),
])
def test_place_after_a_person(text: str, spans: list[tuple[str, str]] | None) -> None:
    got = [(e.text, e.label) for e in NLP(text).entities]
    if spans is None:
        assert ("برون", "LOC") not in got
    else:
        assert got == spans


@pytest.mark.parametrize(("text", "name"), [
    ("رسمي : إطلاق اسم شكري بلعيد على مدرسته في جبل جلود", "شكري بلعيد"),
    ("أعلنت إدارة قناة نسمة اليوم الأحد أن نبيل القروي قرر الاستقالة من منصبه", "نبيل القروي"),
    ("نور الدين الطبوبي أمينا عاما لاتحاد الشغل", "نور الدين الطبوبي"),
    ("يذكر أن جاكي شان في رصيده أكثر من 150 فيلم", "جاكي شان"),
])
def test_public_figure_by_full_name(text: str, name: str) -> None:
    assert _at(text, name, "PER") in _spans(text)


@pytest.mark.parametrize(("text", "name"), [
    ("يحتجون عن العمل بمدنين، وقالوا لمراسلة الجوهرة اف ام سامية البيولي، إنهم يحتجون اليوم", "سامية البيولي"),
    ("وأضاف الينباعي في تصريح لمراسل الجوهرة أف أم ماهر الصغير اليوم السبت", "ماهر الصغير"),
    ("أكد لمراسل الجوهرة أف أم في الجهة سامي الغربي أن الطريق مقطوعة", "سامي الغربي"),
])
def test_correspondent_after_the_medium(text: str, name: str) -> None:
    assert _at(text, name, "PER") in _spans(text)


@pytest.mark.parametrize("text", ["افاد مراسل جوهرة اف ام بقابس بأن لاعبي الستيدة اضربوا",
                                  "قال لمراسل الجوهرة اف ام اليوم الجمعة إن الطريق مقطوعة"])
def test_no_correspondent_named(text: str) -> None:
    assert [e.text for e in NLP(text).entities if e.label == "PER"] == []


@pytest.mark.parametrize(("text", "name"), [
    ("أكد نائب رئيس هيئة الحقيقة والكرامة، خالد الكريشي، الأحد، أن الملفات كثيرة", "هيئة الحقيقة والكرامة"),
    ("ذين تم التوافق حولهم على الموقع الرسمي لمجلس نواب الشعب، وذلك لفتح باب الاعتراض", "مجلس نواب الشعب"),
    ("مضيفا أن وزارته ستمد رئاسة الحكومة بقائمة بالمساكن البدائية", "رئاسة الحكومة"),
    ("وأرسلت الوزارة تقريرها لرئاسة الحكومة أمس", "رئاسة الحكومة"),
])
def test_tunisian_institution(text: str, name: str) -> None:
    assert _at(text, name, "ORG") in _spans(text)


@pytest.mark.parametrize(("text", "place"), [
    ("عبّر عدد من أهالي مدينة القلعة الكبرى عن استيائهم من الانقطاع المفاجئ", "القلعة الكبرى"),
    ("نسج علم بمساحة 300 متر مربع في مدينة قصر هلال وبأياد تونسية", "قصر هلال"),
    ("تشهد مدينة منزل النور، منذ مساء اليوم الجمعة احتجاجات", "منزل النور"),
    ("كما سجل معبر الببوش من معتمدية عين دراهم من ذات الولاية", "عين دراهم"),
])
def test_town_of_two_words_after_a_town_head(text: str, place: str) -> None:
    assert _at(text, place, "LOC") in _spans(text)


def test_name_after_title_in_construct_on_its_own() -> None:
    toks = _words("قالت وزيرة السياحة سلمى اللومي إن الموسم واعد")
    tags = ["O"] * len(toks)
    name_after_title(toks, tags, GAZ)
    assert tags == ["O", "O", "O", "B-PER", "I-PER", "O", "O", "O"]
    # "والى" (and to) folds to the governor "والي": no title
    toks = _words("عاد الوفد والى الحكومة سامي عبو")
    tags = ["O"] * len(toks)
    name_after_title(toks, tags, GAZ)
    assert tags == ["O"] * 6


#: An adjective of the profession's field between the occupation and the name, masculine or feminine.
FIELD_CASES = [
    ("وقالت الممثلة الكوميدية كاثي جريفن إنها لن تعتذر", "كاثي جريفن"),
    ("وصرح الفنان التشكيلي علي حسن بأن المعرض مفتوح", "علي حسن"),
    ("وأكدت الإعلامية التونسية مريم بلقاضي أن", "مريم بلقاضي"),
    ("وقالت الناشطة الحقوقية سهام بن سدرين إن الهيئة", "سهام بن سدرين"),
    ("وقال المحلل السياسي ناصر الهاني إن", "ناصر الهاني"),
]


@pytest.mark.parametrize(("text", "name"), FIELD_CASES)
def test_name_after_an_occupation_and_its_field(text: str, name: str) -> None:
    assert [(e.text, e.label) for e in NLP(text).entities] == [(name, "PER")]


@pytest.mark.parametrize(("text", "name"), FIELD_CASES[:3])
def test_name_after_an_occupation_and_its_field_by_the_rule_alone(text: str, name: str) -> None:
    toks = _words(text)
    tags = ["O"] * len(toks)
    name_after_title(toks, tags, GAZ)
    assert [" ".join(t.text for t in toks[i:j]) for i, j, label in chunks(tags) if label == "PER"] == [name]


@pytest.mark.parametrize(("text", "org"), [
    # a ministry's nationality closes its name: the definite word after it is the verb's object
    ("أعلنت وزارة الداخلية الكويتية القبض على ثلاثة متهمين", "وزارة الداخلية الكويتية"),
    ("أعلنت وزارة الصحة المصرية الانتهاء من حملة التطعيم", "وزارة الصحة المصرية"),
    ("أكدت وزارة الخارجية الأردنية الرفض القاطع للقرار", "وزارة الخارجية الأردنية"),
])
def test_ministry_name_ends_at_its_nationality(text: str, org: str) -> None:
    assert [(e.text, e.label) for e in NLP(text).entities] == [(org, "ORG")]


def test_other_bodies_go_on_after_their_nationality() -> None:
    toks = _words("بالاشتراك مع الجمعية التونسية لعلوم الفلك يوم الجمعة")
    assert chain_end(toks, ["O"] * len(toks), 2) == 6


def test_a_relative_pronoun_is_no_field_adjective() -> None:
    # "التي" has the article's letters and ends in ي: no adjective, so no name starts at the verb after it
    text = "وإلغاء خطة المدير التنفيذي التي يشغلها حافظ قايد السبسي وإعادة توزيع المسؤوليات"
    assert [(e.text, e.label) for e in NLP(text).entities] == [("حافظ قايد السبسي", "PER")]


@pytest.mark.parametrize(("text", "expected"), [
    # ANT headlines that quote a speaker: name, colon, quote
    ("عمار عمروسية : الحبيب الصيد إداري وليس سياسيا", [("عمار عمروسية", "PER"), ("الحبيب الصيد", "PER")]),
    ("معز فحيمة: حلمي التتويج العالمي", [("معز فحيمة", "PER")]),
    ("سامية عبو: لن نصوت على القانون", [("سامية عبو", "PER")]),
])
def test_speaker_before_a_headlines_colon(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.label) for e in NLP(text).entities if e.label == "PER"] == expected


@pytest.mark.parametrize("text", [
    # not a title, ordinary words or a nationality before the colon
    "وزير الخارجية: لن نقبل",
    "أزمة خانقة: الحكومة تعجز",
    "سيّاح جزائريون : أحداث باردو زادتنا إصرارا",
])
def test_no_speaker_before_a_headlines_colon(text: str) -> None:
    assert not [e for e in NLP(text).entities if e.start < text.index(":")]


def test_a_particle_with_a_preposition_ends_a_name() -> None:
    # "بأن" (that), written with hamza, is no surname; "بان كي مون" is a name
    toks = _words("وصرح الفنان التشكيلي علي حسن بأن المعرض مفتوح")
    assert not _name_like(toks[5], GAZ)
    assert _name_like(_words("بان كي مون")[0], GAZ)


def test_word_flags_answer_as_the_lists() -> None:
    from arabnews.extract.entities.rulewords import (
        ARTICLE,
        ORG_HEAD,
        PREDICATE,
        TITLE,
        has_article,
        in_list,
        is_predicate,
        rule_words,
        sentence_flags,
        stems,
    )

    rw = rule_words()
    toks = tokenize("وقال الرئيس إن والمنظمة الدولية للهجرة لحقوق فان")
    flags = sentence_flags(toks)
    assert sentence_flags(toks) is flags  # shared by the rules of one sentence
    words = [t.norm for t in toks]
    assert [bool(f & PREDICATE) for f in flags] == [True, False, False, False, False, False, False, False]
    assert [bool(f & TITLE) for f in flags][1] and flags[1] & ARTICLE
    assert [bool(f & ORG_HEAD) for f in flags] == [False, False, False, True, False, False, False, False]
    for w in words:
        assert is_predicate(w) == (fold(w) in rw.predicates or (len(fold(w)) >= 4 and fold(w)[0] in "وف"
                                                               and fold(w)[1:] in rw.predicates))
        assert has_article(w) == any(s.article for s in clitic_splits(w))
        for table in (rw.org_heads, rw.titles, rw.media_heads, rw.chain_stops, rw.title_adjectives):
            assert in_list(w, table) == any(f in table for f in stems(w))
    # a list that is not one of rules.yaml's is asked afresh
    assert in_list("والمنظمة", frozenset({"منظمه"})) and not in_list("للهجرة", frozenset({"منظمه"}))


def test_loc_heads_of_a_sentence() -> None:
    gaz = default_gazetteer()
    toks = tokenize("قصفت الطائرات ريف إدلب وبلدة سراقب ، ومدينة حلب")
    assert gaz.loc_heads(toks) == [t.kind == "word" and gaz.is_loc_head(t.norm) for t in toks]
    assert [t.text for t, h in zip(toks, gaz.loc_heads(toks), strict=True) if h] == ["ريف", "وبلدة", "ومدينة"]


# A team sheet of ANT (line 27131): players separated by " - " or "- " are one name each.
TEAM_SHEET = ("النادي الصفاقسي : رامي الجريدي- هاني عمامو - ياسين مرياح - حمزة المثلوثي- سليم المحجبي - "
              "كريم العواضي - سوكاري - أسامة العمدوني- ماهر الحناشي")


def test_a_dash_between_names_separates_them() -> None:
    doc = NLP(TEAM_SHEET)
    persons = [e.text for e in doc.entities if e.label == "PER"]
    assert "هاني عمامو" in persons and "ياسين مرياح" in persons
    assert "أسامة العمدوني" in persons and "ماهر الحناشي" in persons  # "- " with a space after only
    assert not any("-" in e.text for e in doc.entities)
    assert all(TEAM_SHEET[e.start:e.end] == e.text for e in doc.entities)


def test_split_at_dash_keeps_a_dash_between_letters() -> None:
    from arabnews.extract.entities.boundaries import split_at_dash

    toks = tokenize("قال جان-بيار فرنسوا - أحمد")
    assert [t.text for t in toks] == ["قال", "جان", "-", "بيار", "فرنسوا", "-", "أحمد"]
    tags = ["O", "B-PER", "I-PER", "I-PER", "I-PER", "I-PER", "I-PER"]
    split_at_dash(toks, tags, default_gazetteer())
    assert tags == ["O", "B-PER", "I-PER", "I-PER", "I-PER", "O", "B-PER"]
    company = tokenize("منتوجات دليس – دانون")  # a company's name keeps its dash
    tags = ["O", "B-ORG", "I-ORG", "I-ORG"]
    split_at_dash(company, tags, default_gazetteer())
    assert tags == ["O", "B-ORG", "I-ORG", "I-ORG"]


# -- families seen on ANT news (session 3): clubs, toponyms, persons in lists, ORG boundaries ------

#: (real ANT sentence, every entity the stage reports: text, label, start, end)
ANT_CASES = [
    # clubs: a head with the article and the nisba of its town ("الملعب القابسي", "النادي البنزرتي")
    ("الملعب القابسي يواصل التحليق و النادي البنزرتي يفشل في تحقيق الإنتصار",
     [("الملعب القابسي", "ORG", 0, 14), ("النادي البنزرتي", "ORG", 31, 46)]),
    # ... and after "الرياضي" the nationality is part of the name (the tagger gave "الترجي" alone)
    ("تجرى يوم الأحد 19 فيفري و المترشح يواجه الترجي الرياضي التونسي في الدور القادم",
     [("الترجي الرياضي التونسي", "ORG", 40, 62)]),
    ("إنتصر النجم الرياضي الساحلي على اتحاد بن قردان بنتيجة هدفين لصفر",
     [("النجم الرياضي الساحلي", "ORG", 6, 27), ("اتحاد بن قردان", "ORG", 32, 46)]),
    # ... not an adjective ("النجم الدولي" is a star), a stadium ("الملعب الرياضي") or a given name
    ("وعين مارك أوفرمارس مديرا فنياً للمنتخب الهولندي لكرة القدم، والنجم الدولي السابق رود غوليت مساعداً له.",
     [("مارك أوفرمارس", "PER", 5, 18), ("رود غوليت", "PER", 81, 90)]),
    # (session 44: a quoted name after a venue's head, here a bookshop, is that venue's ORG, the head outside)
    ('التذاكر متوفرة في مكتبة "نعيم" قرب الملعب الرياضي', [("نعيم", "ORG", 25, 29)]),
    # a club ends before its nationality ("فرايبورغ الألماني", "سيلتا فيغو الإسباني")
    ("و كان الحدادي قد تلقى أيضا عرضا من نادي فرايبورغ الألماني .", [("نادي فرايبورغ", "ORG", 35, 48)]),
    # toponyms: the head is part of the name, with or without a proclitic on it
    ("عمر 30 عاما، أصيل منطقة سباو من معتمدية وادي الليل بعد مداهمة مقر سكناه.",
     [("سباو", "LOC", 24, 28), ("وادي الليل", "LOC", 40, 50)]),
    ("صل حدّ إطلاق النار بين عائلتين في دائرة رأس العيون بولاية باتنة، شرق الجزائر",
     [("رأس العيون", "LOC", 40, 50), ("باتنة", "LOC", 58, 63), ("الجزائر", "LOC", 69, 76)]),
    ("قر الضمان الاجتماعي ومستشفي الهادي شاكر وباب الجبلي وباب بحر وشارع 5 اوت",
     # (the street "شارع 5 اوت" is named after a date, which the dates stage leaves to it: its name is a place)
     # (session 26: the hospital named after Hédi Chaker is one ORG)
     [("مستشفي الهادي شاكر", "ORG", 21, 39), ("باب الجبلي", "LOC", 41, 51), ("باب بحر", "LOC", 53, 60),
      ("5 اوت", "LOC", 67, 72)]),
    # ... a known place of two words is a LOC, not a saint ("سيدي بوزيد"), as is "منزل تميم"
    ("سيدي بوزيد : وفاة طفلة بسبب إهمالها بعد إصابتها", [("سيدي بوزيد", "LOC", 0, 10)]),
    ("منزل تميم : حجز لحوم دجاج و إتلافها", [("منزل تميم", "LOC", 0, 9)]),
    # ... an untagged head and an unknown name ("دوار هيشر")
    ("حجز كمية من الحبوب بمنزلها الكائن بمعتمدية دوار هيشر، حيث تم العثور على كمية من المادة المخدرة",
     [("دوار هيشر", "LOC", 43, 52)]),
    # ... but a door, a house and an idiom are no place
    ("بعدما نزلت من سيارة والدتها واتجهت نحو باب منزل عائلتها لفتحه، لكن الرياح القوية قذفتها", []),
    ("وأضاف قائلا إن المال عثر عليه في منزل شقيقتي ولا صلة لي بهذه الأموال.", []),
    ('وقال مختار الشواشي في تصريح لوسائل إعلام محلية "كان من باب المستحيل تخيل وصول الفيلم',
     [("مختار الشواشي", "PER", 5, 18)]),
    # a country of two words after a conjunction ("وجنوب السودان")
    ("وعلى الطرف الآخر في التصنيف قبعت جمهورية أفريقيا الوسطى والصومال وجنوب السودان في ذيل الترتيب.",
     [("جمهورية أفريقيا الوسطى", "LOC", 33, 55), ("الصومال", "LOC", 57, 64), ("جنوب السودان", "LOC", 66, 78)]),
    # clubs named by a regional nisba that is also an adjective ("الساحلي", "الإفريقي")
    ("كرة السلة : النجم الساحلي يفوز على شبيبة القيروان",
     [("النجم الساحلي", "ORG", 12, 25), ("شبيبة القيروان", "ORG", 35, 49)]),
    ("وقع علاء الدين الماجري خلال عملهم على تغطية مقابلة النادي الإفريقي والنجم الرياضي الساحلي",
     [("علاء الدين الماجري", "PER", 4, 22), ("النادي الإفريقي", "ORG", 51, 66),
      ("النجم الرياضي الساحلي", "ORG", 68, 89)]),
    # places.natural_place_name: the name after a mountain or beach, the head left out ("جبل سمامة"
    # and "بجبل الشعانبي" are rows of tests/test_events.py); a PER the tagger read there is the place
    ("اصابة عسكري في انفجار لغم بجبال ورغة", [("ورغة", "LOC", 32, 36)]),
    ("يوم تحسيسي حول سرطان الجلد على شاطئ بوجعفر", [("بوجعفر", "LOC", 36, 42)]),
    ("عاشر أعلى جبال العالم والعديد من الجبال الأخرى", []),
    # places.place_after_proclitic: a Tunisian town after ب ("بمدنين" is a row above), not a colour
    ("قررت اللجنة الجهوية لمتابعة الفضاءات الفوضوية بقبلي بغلق 6 رياض أطفال بمعتمدية الفوار",
     [("قبلي", "LOC", 47, 51), ("الفوار", "LOC", 79, 85)]),
    ("وشهدت العجوز التحوّل من الصور بالأبيض و الأسود  إلى الصور الملونة", []),
    # places.dateline_place: a known place before ":" that starts a headline
    ("القصرين : حجز سلاح وذخيرة وأدوية وبطاقتي هوية في مخبأين للإرهابيين", [("القصرين", "LOC", 0, 7)]),
    ("جندوبة : إيقاف طالب وخرّيج جامعة بشبهة إرهابية", [("جندوبة", "LOC", 0, 6)]),
    # persons.name_after_spokesman: the name after "المتحدث باسم" and the body spoken for
    ("وقال المتحدث باسم الحكومة الاتحادية شتفن زايبرت اليوم الأحد بالعاصمة الألمانية برلين",
     [("شتفن زايبرت", "PER", 36, 47), ("برلين", "LOC", 79, 84)]),
    # orgs.named_council: "المجلس" + an adjective naming a body, without a ل complement; not the
    # municipal council, and the name stops before the subject after it
    ("انطلقت صباح اليوم بالمجلس الوطني التأسيسي الجلسة العامة المخصصة لمناقشة مشروع قانون المالية",
     [("المجلس الوطني التأسيسي", "ORG", 19, 41)]),
    ("واعتبر أنها غير متجانسة وأن المجلس الرئاسي التابع لها لم يحقق أهدافه", [("المجلس الرئاسي", "ORG", 28, 42)]),
    ("وصادق المجلس البلدي على الميزانية", []),
    # an ORG's chain does not end with a title, and a name-like word and a family name with the
    # article after a title are a person ("الدكتور وديع الجريء")
    ("وسيكون رئيس الجامعة التونسية لكرة القدم الدكتور وديع الجريء مساء اليوم ضيفا على راديو جوهرة",
     [("الجامعة التونسية لكرة القدم", "ORG", 12, 39), ("وديع الجريء", "PER", 48, 59)]),
    # places.name_after_place_head: an unknown name after a bare town, district or camp head; not a
    # verb ("حي يرزق": alive) nor an adjective
    ("وأكد على هامش مشاركته اليوم في حملة نظافة بمدينة أكوده أن الانتخابات البلدية ستكون في نهاية السنة",
     [("أكوده", "LOC", 49, 54)]),
    # ... then boundaries.whole_camp takes the camp's head in ("مخيم الهول")
    ("الهلال الأحمر التونسي : مخيم الشوشة لا يتناسب مع النزاعات المسلحة",
     [("الهلال الأحمر التونسي", "ORG", 0, 21), ("مخيم الشوشة", "LOC", 24, 35)]),
    ("مطار اتاتورك : نقل طفل إلى ثلاجة الموتى وهو حي يرزق !", [("اتاتورك", "LOC", 5, 12)]),  # (session 31)
    ("وتستأثر معتمدية قربة بأكثر من 95 % من المساحات", [("قربة", "LOC", 16, 20)]),
    ("وتم اختيار مدينة صفاقس لتكون مدينة نموذجية لبرنامج الشبكة الذكية", [("صفاقس", "LOC", 17, 22)]),
    # a match is no ORG
    ("الكلاسيكو : شرف الدين فقط مسموح له بحضور اللقاء", []),
    # a verb in the imperfect plural ends the place before it (it was LOC "القصرين يطالبون"), with و too
    ("بسبب اتهامهم بالفساد : أعوان وموظفو ولاية القصرين يطالبون بمقاضاة زميل لهم", [("القصرين", "LOC", 42, 49)]),
    ("وقال إن أهالي سيدي بوزيد ويحتجون منذ أيام", [("سيدي بوزيد", "LOC", 14, 24)]),
    # "الناطق باسم": "in the name of", not the given name Basem
    ("وخلال مؤتمر صحفي قال الناطق باسم الجيش الليبي إن قطر دعمت فاسدين في ليبيا",
     [("الجيش الليبي", "ORG", 33, 45), ("قطر", "LOC", 49, 52), ("ليبيا", "LOC", 68, 73)]),
    # an ORG that ran on into a person ends before the given name
    ("وينتظم يوم السبت تجمع عمالي أمام مقر الاتحاد الجهوي للشغل بإشراف الأمين العام للاتحاد العام التونسي "
     "للشغل حسين العباسي",
     [("الاتحاد الجهوي للشغل", "ORG", 37, 57), ("لاتحاد العام التونسي للشغل", "ORG", 79, 105),
      ("حسين العباسي", "PER", 106, 118)]),
    # an ORG does not end with ب + a town, which is a LOC of its own
    ("وقال مصدر أمني إن مجموعة قد تم إيقافها بتهمة ترويج مادة الكوكايين بنابل بداية الشهر الجاري.",
     [("نابل", "LOC", 67, 71)]),
    ("و أضاف رئيس نادي كرة القدم بالحمامات أن الهيئة المديرة بصدد إعداد ملف كامل لإرساله للإتحاد الدولي لكرة "
     "القدم لإعلامها بما حدث",
     [("نادي كرة القدم", "ORG", 12, 26), ("الحمامات", "LOC", 28, 36), ("لإتحاد الدولي لكرة القدم", "ORG", 84, 108)]),
    # the genitive chain after a head may start with an indefinite noun ("صندوق تنمية القدرة …", "جمعية
    # شباب التحدي للبيئة"), unless that noun governs another head ("بنك معطيات الهيئة …")
    ("وقد تم تخصيص مبلغ 17.5 م د من موارد صندوق تنمية القدرة التنافسية لقطاع السياحة بعنوان سنة 2016.",
     [("صندوق تنمية القدرة التنافسية لقطاع السياحة", "ORG", 36, 78)]),
    ("القادم من غار الدماء بمنطقة القباعة من معتمدية وادي الليل، بحسب وفق ما أفاد به كاتب جمعية شباب التحدي "
     'للبيئة والتنمية المستدامة "أجداد" بالمنطقة محمد صالح غربي',
     # (session 30: the place before its delegation too, places.place_before_province; session 30c: the town
     # "غار الدماء", a GeoNames city that provinces.yaml lists among Tunisia's towns, whole)
     [("غار الدماء", "LOC", 10, 20), ("القباعة", "LOC", 28, 35), ("وادي الليل", "LOC", 47, 57),
      ("جمعية شباب التحدي للبيئة والتنمية المستدامة", "ORG", 84, 127),
      ("محمد صالح", "PER", 145, 154)]),
    ('في برنامج "بوليتيكا" أنه تم التلاعب ببنك معطيات الهيئة العليا المستقلة للانتخابات وأن بعض',
     [("بوليتيكا", "MISC", 11, 19), ("الهيئة العليا المستقلة للانتخابات", "ORG", 48, 81)]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES + ANT_CASES)
def test_stage_on_real_sentences(sentence: str, expected: list[tuple[str, str, int, int]],
                                 request: pytest.FixtureRequest) -> None:
    _gap(request, sentence)
    doc = NLP(sentence)
    assert [(e.text, e.label, e.start, e.end) for e in doc.entities] == expected
    for ent in doc.entities:
        assert sentence[ent.start:ent.end] == ent.text


def test_toponyms_link_to_their_own_place() -> None:
    """"سيدي بوزيد" is the Tunisian town, "جنوب السودان" South Sudan (after و too)."""
    doc = NLP("سيدي بوزيد : وفاة طفلة بسبب إهمالها")
    assert doc.entities[0].attrs["country"] == "TN"
    doc = NLP("قبعت جمهورية أفريقيا الوسطى والصومال وجنوب السودان في ذيل الترتيب")
    assert doc.entities[-1].text == "جنوب السودان" and doc.entities[-1].attrs["country"] == "SS"


def test_team_sheet_person_taken_for_an_org() -> None:
    """ANT line 37931: "حسام الحباسي" between two dashes and two persons is a person, and the
    club that heads the sheet is one ORG."""
    text = ("النادي الصفاقسي :  رامي الجريدي - سليم المحجبي - محمود بن صالح - ياسين مرياح - حمزة المثلوثي - "
            "كينغسلاي سوكاري - حسام الحباسي - محمد ندووي - علاء الدين المرزوقي .")
    doc = NLP(text)
    got = {(e.text, e.label) for e in doc.entities}
    assert ("النادي الصفاقسي", "ORG") in got and ("حسام الحباسي", "PER") in got
    assert not any(e.label == "ORG" for e in doc.entities if e.start > 15)


@pytest.mark.parametrize(("sentence", "expected"), [
    # real ANT sentences (the audit's uncovered organisation chains): a bare ministry and its chain
    ("وأكدت وزارة الداخلية في بلاغ لها اليوم أن الشخص المذكور كان", [("وزارة الداخلية", "ORG", 6, 20)]),
    ("وجاء في بلاغ لوزارة الداخلية أنه بمزيد التحري معه", [("وزارة الداخلية", "ORG", 14, 28)]),
    ("واشار بلاغ صادر اليوم عن وزارة الدفاع الوطني انه تم تسليم الموقوف", [("وزارة الدفاع الوطني", "ORG", 25, 44)]),
    ("تحت إشراف وزارة الشؤون الثقافية، أن الإنسان العاقل ترك", [("وزارة الشؤون الثقافية", "ORG", 10, 31)]),
    # the dual: two ministries; a ministry the tagger already tagged is left as it is
    ("اتفاقية اطارية بين وزارتي السياحة والخارجية للترويج", [("وزارتي السياحة", "ORG", 19, 33)]),
    # not a ministry: another head without ل complement stays untagged, as ANERcorp leaves it ("رئاسة
    # الحكومة", a known institution, is an ORG since session 6: known_orgs)
    ("ذكرت إدارة المهرجان في منشور اصدرته مؤخرا", []),
    # the other bare heads chosen on the tail dev parts (ANT forms), with and without a proclitic
    ("وأكدت نقابة الصحفيين أن الاعتداء مرفوض", [("نقابة الصحفيين", "ORG", 6, 20)]),
    ("والأمين العام لاتحاد الشغل في تصريح", [("اتحاد الشغل", "ORG", 15, 26)]),
    ("وأصدرت جمعية القضاة بيانا", [("جمعية القضاة", "ORG", 7, 19)]),
    ("قضت محكمة الاستئناف بتونس بسجن المتهم", [("محكمة الاستئناف", "ORG", 4, 19)]),
    ("تم إيقاف 3 طلبة يدرسون بكلية العلوم في المدينة", [("كلية العلوم", "ORG", 24, 35)]),
    ("ودعت منظمة أطباء العالم إلى التدخل", [("منظمة أطباء العالم", "ORG", 5, 23)]),
    # not a name: an indefinite head and an adjective ("an Algerian court"), a weekday after the chain,
    # an indefinite head before a ل complement ("an organisation for …"), a head that lowered the dev scores
    ("قضت محكمة جزائرية الثلاثاء بسجن الناشط", []),
    ("وأعلن مجلس الوزراء الأسبوع الماضي", []),
])
def test_bare_ministry(sentence: str, expected: list[tuple[str, str, int, int]]) -> None:
    doc = NLP(sentence)
    assert [(e.text, e.label, e.start, e.end) for e in doc.entities if e.label == "ORG"] == expected


def test_spokesman_of_a_ministry_and_his_name() -> None:
    doc = NLP("قال ياسر مصباح الناطق الرسمي باسم وزارة الداخلية إنه تم خلال شهر جانفي")
    assert [(e.text, e.label) for e in doc.entities] == [("ياسر مصباح", "PER"), ("وزارة الداخلية", "ORG")]


# the new rules one by one, on tags the tagger could give

def test_club_names_rule() -> None:
    from arabnews.extract.entities.orgs import club_names

    toks = _words("وفاز النادي الصفاقسي على الترجي الرياضي التونسي وتعادل النجم الساحلي")
    tags = ["O", "O", "O", "O", "B-ORG", "O", "O", "O", "B-ORG", "I-ORG"]
    club_names(toks, tags, GAZ)
    assert tags == ["O", "B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG"]
    # with a proclitic on the head; not a country's nisba alone ("النادي الإسباني")
    toks = _words("للنادي الباجي وبالنادي الإسباني")
    tags = ["O"] * 4
    club_names(toks, tags, GAZ)
    assert tags == ["B-ORG", "I-ORG", "O", "O"]


def test_org_without_nationality_rule() -> None:
    from arabnews.extract.entities.orgs import org_without_nationality

    toks = _words("عرضا من نادي فرايبورغ الألماني وقالت وزارة الخارجية الروسية")
    tags = ["O", "O", "O", "B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG"]
    org_without_nationality(toks, tags, GAZ)
    assert tags == ["O", "O", "O", "B-ORG", "O", "O", "B-ORG", "I-ORG", "I-ORG"]


def test_whole_toponym_rule() -> None:
    from arabnews.extract.entities.boundaries import whole_toponym

    toks = _words("في وادي الليل وباب مصر ومن باب المستحيل")
    tags = ["O", "O", "B-LOC", "O", "B-LOC", "O", "B-LOC", "O"]
    whole_toponym(toks, tags, GAZ)
    # the head joins an unknown name; "مصر" is a place of its own (ANERcorp: "باب مصر" → "مصر");
    # "باب" alone before an ordinary word is no place
    assert tags == ["O", "B-LOC", "I-LOC", "O", "B-LOC", "O", "O", "O"]
    toks = _words("بجبل الشعانبي")  # جبل is no toponym head: ANERcorp leaves it out
    tags = ["O", "B-LOC"]
    whole_toponym(toks, tags, GAZ)
    assert tags == ["O", "B-LOC"]
    toks = _words("كبير المفاوضين")  # not ك + "بئر"
    tags = ["O", "B-LOC"]
    whole_toponym(toks, tags, GAZ)
    assert tags == ["O", "B-LOC"]


def test_place_after_toponym_head_rule() -> None:
    from arabnews.extract.entities.boundaries import place_after_toponym_head

    for text, want in [("بمعتمدية دوار هيشر", ["O", "B-LOC", "I-LOC"]), ("داخل منزل بالضيعة", ["O", "O", "O"]),
                       ("رأس السنة", ["O", "O"]), ("منزل لتناول الطعام", ["O", "O", "O"])]:
        toks = _words(text)
        tags = ["O"] * len(toks)
        place_after_toponym_head(toks, tags, GAZ)
        assert tags == want, text


def test_drop_not_names_rule() -> None:
    from arabnews.extract.entities.boundaries import drop_not_names

    toks = _words("مباراة الكلاسيكو وللديربي")
    tags = ["O", "B-ORG", "B-MISC"]
    drop_not_names(toks, tags, GAZ)
    assert tags == ["O", "O", "O"]


def test_spokesman_not_name_rule() -> None:
    from arabnews.extract.entities.persons import spokesman_not_name

    toks = _words("وقال المتحدث الرسمي باسم الوزارة وأخرج باسم محفوظ")
    tags = ["O", "O", "O", "B-PER", "O", "O", "B-PER", "I-PER"]
    spokesman_not_name(toks, tags, GAZ)
    assert tags == ["O", "O", "O", "O", "O", "O", "B-PER", "I-PER"]  # the director Basem Mahfouz stays
    # ANT: the tagger's PER "باسم شرطة هلسنكي" is the police the spokesman speaks for
    toks = _words("وأكد المتحدث باسم شرطة هلسنكي إيقاف السائق")
    tags = ["O", "O", "B-PER", "I-PER", "I-PER", "O", "O"]
    spokesman_not_name(toks, tags, GAZ)
    assert tags == ["O", "O", "O", "B-ORG", "I-ORG", "O", "O"]


def test_person_after_org_rule() -> None:
    from arabnews.extract.entities.persons import person_after_org

    toks = _words("باسم وزارة الداخلية ياسر مصباح أن")
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O"]
    person_after_org(toks, tags, GAZ)
    assert tags == ["O", "B-ORG", "I-ORG", "B-PER", "I-PER", "O"]


def test_place_out_of_org_rule() -> None:
    from arabnews.extract.entities.orgs import place_out_of_org

    toks = _words("مادة الكوكايين بنابل ونادي كرة القدم بالحمامات ووكالة فرانس برس")
    tags = ["O", "B-ORG", "I-ORG", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG"]
    place_out_of_org(toks, tags, GAZ)
    # "برس" is no ب + a place
    assert tags == ["O", "O", "B-LOC", "B-ORG", "I-ORG", "I-ORG", "B-LOC", "O", "B-ORG", "I-ORG"]


def test_complete_complement_rule() -> None:
    from arabnews.extract.entities.orgs import complete_complement

    toks = _words("للإتحاد الدولي لكرة القدم ويسعى الريال لنيل اللقب")
    tags = ["B-ORG", "I-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG", "O"]
    complete_complement(toks, tags, GAZ)
    assert tags == ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O"]


def test_head_before_org_is_written_but_left_out() -> None:
    """ANERcorp leaves the head before a name out ("شركة" + "اميركان ايرلاينز"): the rule lowered F1."""
    from arabnews.extract.entities.orgs import head_before_org

    toks = _words("وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن")
    tags = ["O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"]
    head_before_org(toks, tags, GAZ)
    assert tags == ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    assert head_before_org not in corrections.RULES


def test_audit_title_cue_skips_in_the_name_of() -> None:
    """scripts/audit.py entities: "الناطق باسم الحكومة" and "الأمين العام للاتحاد" announce no name;
    "الدكتور وديع الجريء" does."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "scripts" / "audit_layers" / "entities.py"
    spec = importlib.util.spec_from_file_location("audit_layers_entities", path)
    assert spec is not None and spec.loader is not None
    layer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(layer)

    def titles(text: str) -> list[str]:
        doc = Pipeline(["numbers"])(text)
        return [text[s:e] for s, e, family in layer.find_anchors(doc) if family == "title_name"]

    assert titles("وقال الناطق باسم الحكومة إن") == []
    assert titles("وقال المتحدث الرسمي باسم الوزارة إن") == []
    assert titles("بإشراف الأمين العام للاتحاد العام التونسي للشغل") == []
    assert titles("رئيس الجامعة الدكتور وديع الجريء مساء اليوم") == ["وديع"]


#: Session 4 families (real ANT sentences, and the issue's own examples in a sentence): known
#: organisations, an acronym's long form from its head, camps, a nisba surname, a nickname.
FAMILY_CASES = [
    # a known organisation the tagger leaves untagged (rules.yaml known_orgs, org_names.json)
    ("كما يظهر ذلك في ورق توصيات السياسات الصادرة عن صندوق النقد الدولي ومنظمة التعاون الاقتصادي والتنمية",
     [("صندوق النقد الدولي", "ORG", 47, 65), ("منظمة التعاون الاقتصادي والتنمية", "ORG", 67, 99)]),
    # an acronym in parentheses: the name from its head is an ORG too
    ("قالت منظمة الأمم المتحدة للطفولة (يونيسيف) ومنظمة الصحة العالمية وهيئات أخرى إن",
     [("منظمة الأمم المتحدة للطفولة", "ORG", 5, 32), ("يونيسيف", "ORG", 34, 41),
      ("منظمة الصحة العالمية", "ORG", 44, 64)]),
    # "(فيديو)" after a headline is no acronym
    # (the Senate with its nationality since session 45: ar_words.yaml knows البرازيلي)
    ("موقف محرج لعضو في مجلس الشيوخ البرازيلي (فيديو)", [("مجلس الشيوخ البرازيلي", "ORG", 18, 39)]),
    # camps are named with their head; "مخيم للاجئين" names none
    ("فلسطينية اليوم عن مقتل شاب فلسطيني بالرصاص خلال اشتباكات في مخيم عين الحلوة للاجئين الفلسطينيين في",
     [("مخيم عين الحلوة", "LOC", 60, 75)]),
    ("المعارضة عن غضبها واستنكارها لجريمة قتل الطفل الفلسطيني من مخيم حندرات ذبحا على يد مسلحين",
     [("مخيم حندرات", "LOC", 59, 70)]),
    ("منع مارين لوبان من دخول مخيم للاجئين", [("مارين لوبان", "PER", 4, 15)]),  # no camp; a public figure
    # a nisba after a person's name is the end of the name
    ("وأكد رئيس الوزراء العراقي محمد شياع السوداني أن الحكومة ماضية في الإصلاح",
     [("محمد شياع السوداني", "PER", 26, 44)]),
    # an organisation named after a king: head, title and name are one ORG (ANT)
    ("وتم نقل الجثة لثلاجة الوفيات في مستشفى الملك فيصل بمكة المكرمة  لإجراء الكشف عليها",
     [("مستشفى الملك فيصل", "ORG", 32, 49), ("مكة", "LOC", 51, 54)]),
    ("بمشاركة وزارة الشؤون الإسلامية السعودية وجامعة الملك سعود وجامعة الإمام وجامعة أم القرى",
     [("وزارة الشؤون الإسلامية السعودية", "ORG", 8, 39), ("جامعة الملك سعود", "ORG", 41, 57),
      ("جامعة الإمام", "ORG", 59, 71), ("جامعة أم القرى", "ORG", 73, 87)]),
    # a ministry's nationality that is also the country's name (ANT)
    ('وقالت وزارة الداخلية السعودية إن المحكومين بالإعدام "تبنوا الفكر',
     [("وزارة الداخلية السعودية", "ORG", 6, 29)]),
    # a known organisation with a place inside its name (ANT)
    ("قررت دول مجلس التعاون لدول الخليج العربية اليوم الأربعاء 02 مارس 2016 اعتبار",
     [("مجلس التعاون لدول الخليج العربية", "ORG", 9, 41)]),
    # a place after "وفي"; a town of an Arab country with fewer than 100,000 people after "في"
    ("وفي تعز، قتل مدنيان بقصف حوثي على حي الروضة وسط المدينة",
     [("تعز", "LOC", 4, 7), ("الروضة", "LOC", 37, 43)]),
    ("وأعلنت الشرطة القبض على خلية إرهابية في القطيف", [("القطيف", "LOC", 40, 46)]),
    # a place does not swallow the person after it ("بن" is inside a person's name)
    ("قال محافظ حضرموت مبخوت بن ماضي إن المحافظة تشهد استقرارا",
     [("حضرموت", "LOC", 10, 16), ("مبخوت بن ماضي", "PER", 17, 30)]),
    # a known media name in quotes is the paper or agency, not the region (ANT; the last is made up)
    ('وقال أحد الشابين ل"رويترز" إن الحاويات مجهزة', [("رويترز", "ORG", 19, 25)]),
    ("وقال مصدر قضائي لوكالة فرانس برس، بحسب ما نشرته صحيفة", [("فرانس برس", "ORG", 23, 32)]),
    ("وقال مسؤول عراقي لـ« الشرق الأوسط » إن المفاوضات مستمرة", [("الشرق الأوسط", "ORG", 21, 33)]),
    # a title or rank is not part of the person's name (ANERcorp's last tenth, ANT)
    ("بدأ وزير الدفاع السوداني الفريق عبدالرحيم محمد حسين جولة تشمل الأردن",
     [("عبدالرحيم محمد حسين", "PER", 32, 51), ("الأردن", "LOC", 62, 68)]),
    # a stadium's name is MISC, as ANERcorp tags it (ANT)
    ("متزامنة في باريس: الهجوم الأول وقع في ملعب سان دوني، والثاني وقع في قاعة",
     [("باريس", "LOC", 11, 16), ("سان دوني", "MISC", 43, 51)]),
    # a foreign surname that looks like ف + a verb is no predicate (the corpora know it as a name)
    ("وقال المدرب اليكس فيرغسون إن الفريق جاهز للمباراة", [("اليكس فيرغسون", "PER", 12, 25)]),
    # "أم" after و: the conjunction is cut though "أم" has two letters
    ("اشتباكات بين الجيش السوداني والدعم السريع في الخرطوم وأم درمان",
     [("الخرطوم", "LOC", 45, 52), ("أم درمان", "LOC", 54, 62)]),
    # a radio station is named with "أف أم"; a known media name quoted after برنامج is the programme (ANT)
    ('وقال بن حمودة في حوار مع الجوهرة أف أم، اليوم الأربعاء خلال برنامج "الحدث"، إن ظروفا ممتازة ستكون في '
     "انتظار الحجاج التونسيين بداية من النزل الأربعة القريبة من الحرم المكي",
     [("بن حمودة", "PER", 5, 13), ("الجوهرة أف أم", "ORG", 25, 38), ("الحدث", "MISC", 68, 73)]),  # (session 41:
    # the programme's quoted title is MISC, as "بوليتيكا" is)
    # a nickname in parentheses after a person
    ("التقى قائد قوات الدعم السريع محمد حمدان دقلو (حميدتي) بالوفد في جدة",
     [("قوات الدعم السريع", "ORG", 11, 28), ("محمد حمدان دقلو", "PER", 29, 44), ("حميدتي", "PER", 46, 52),
      ("جدة", "LOC", 64, 67)]),
]


@pytest.mark.parametrize(("sentence", "expected"), FAMILY_CASES)
def test_stage_on_family_sentences(sentence: str, expected: list[tuple[str, str, int, int]]) -> None:
    doc = NLP(sentence)
    assert [(e.text, e.label, e.start, e.end) for e in doc.entities] == expected
    assert all(sentence[e.start:e.end] == e.text for e in doc.entities)


def test_acronym_and_nickname_are_tied_to_their_names() -> None:
    doc = NLP("وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) إن المساعدات لم تصل إلى دقلو (حميدتي)")
    ents = {e.text: e for e in doc.entities}
    assert ents["أوتشا"].attrs["long_form"] == "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"
    assert ents["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"].attrs["short_form"] == "أوتشا"
    assert doc.to_dict()["entities"][1]["long_form"] == "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"


def test_known_orgs_rule_takes_a_proclitic_and_the_longest_name() -> None:
    toks = _words("وقال مسؤول في لمحكمة العدل الدولية إن")
    tags = ["O"] * len(toks)
    known_orgs(toks, tags, GAZ)
    assert tags == ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O"]
    toks = _words("عقد مجلس الأمن الدولي جلسة")
    tags = ["O"] * len(toks)
    known_orgs(toks, tags, GAZ)
    assert tags == ["O", "B-ORG", "I-ORG", "I-ORG", "O"]


def test_known_orgs_rule_leaves_a_tagged_name() -> None:
    toks = _words("عقد مجلس الأمن الدولي جلسة")
    tags = ["O", "B-ORG", "I-ORG", "O", "O"]
    known_orgs(toks, tags, GAZ)
    assert tags == ["O", "B-ORG", "I-ORG", "O", "O"]


def test_acronym_rule_finds_the_long_form_from_its_head() -> None:
    toks = _words("وقالت وكالة الأنباء السعودية (واس) إن")
    tags = ["O"] * len(toks)
    acronym_after_org(toks, tags, GAZ)
    assert tags == ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "O", "O"]
    toks = _words("وتعرض القناة برنامج بوكيه (شصرصد) كل جمعة")  # a definite head before an indefinite noun
    tags = ["O"] * len(toks)
    acronym_after_org(toks, tags, GAZ)
    assert tags == ["O"] * len(toks)


def test_whole_camp_rule() -> None:
    toks = _words("تعيش آلاف العائلات في مخيم الهول شمال شرقي سوريا")
    tags = ["O", "O", "O", "O", "O", "O", "O", "O", "B-LOC"]
    whole_camp(toks, tags, GAZ)
    assert tags == ["O", "O", "O", "O", "B-LOC", "I-LOC", "O", "O", "B-LOC"]
    toks = _words("قصفت الطائرات بمخيم اليرموك")
    tags = ["O", "O", "O", "B-LOC"]
    whole_camp(toks, tags, GAZ)
    assert tags == ["O", "O", "B-LOC", "I-LOC"]


def test_nisba_surname_and_nickname_rules() -> None:
    toks = _words("أكد محمد شياع السوداني أن")
    tags = ["O", "B-PER", "I-PER", "O", "O"]
    nisba_surname(toks, tags, GAZ)
    assert tags == ["O", "B-PER", "I-PER", "I-PER", "O"]
    toks = _words("قال عمر السوداني إن")  # one word: "السوداني" may describe him
    tags = ["O", "B-PER", "O", "O"]
    nisba_surname(toks, tags, GAZ)
    assert tags == ["O", "B-PER", "O", "O"]
    toks = _words("التقى محمد دقلو (حميدتي) بالوفد")
    tags = ["O", "B-PER", "I-PER", "O", "O", "O", "O"]
    nickname_in_parens(toks, tags, GAZ)
    assert tags == ["O", "B-PER", "I-PER", "O", "B-PER", "O", "O"]


def test_org_named_after_person_rule() -> None:
    toks = _words("تخرج من جامعة الملك عبدالعزيز في جدة")
    tags = ["O", "O", "B-ORG", "I-ORG", "B-PER", "O", "B-LOC"]
    org_named_after_person(toks, tags, GAZ)
    assert tags == ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-LOC"]
    toks = _words("قدم مركز الملك سلمان للإغاثة مساعدات")
    tags = ["O", "O", "O", "B-PER", "O", "O"]
    org_named_after_person(toks, tags, GAZ)
    assert tags == ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    toks = _words("وصل الملك سلمان إلى جدة")  # a title without a head is a person's
    tags = ["O", "O", "B-PER", "O", "B-LOC"]
    org_named_after_person(toks, tags, GAZ)
    assert tags == ["O", "O", "B-PER", "O", "B-LOC"]


def test_title_out_of_person_and_stadium_names_rules() -> None:
    toks = _words("تأتي تصريحات الكاردينال بوليكاربو بعد")
    tags = ["O", "O", "B-PER", "I-PER", "O"]
    title_out_of_person(toks, tags, GAZ)
    assert tags == ["O", "O", "O", "B-PER", "O"]
    toks = _words("يخوض مباراته باستاد القاهرة الدولي")  # a known place after the head stays a LOC
    tags = ["O", "O", "O", "B-LOC", "O"]
    stadium_names(toks, tags, GAZ)
    assert tags == ["O", "O", "O", "B-LOC", "O"]
    toks = _words('على استاد " لوكوموتيف " في موسكو')
    tags = ["O", "O", "O", "B-LOC", "O", "O", "B-LOC"]
    stadium_names(toks, tags, GAZ)
    assert tags == ["O", "O", "O", "B-MISC", "O", "O", "B-LOC"]


def test_public_figures_rule() -> None:
    toks = _words("ترامب يهاجم بايدن في تجمع انتخابي")  # a headline: the tagger has no context
    tags = ["O", "O", "B-LOC", "O", "O", "O"]
    public_figures(toks, tags, GAZ)
    assert tags == ["B-PER", "O", "B-PER", "O", "O", "O"]
    toks = _words("قال الرئيس دونالد ترامب إن")  # the surname joins the given name before it
    tags = ["O", "O", "B-PER", "O", "O"]
    public_figures(toks, tags, GAZ)
    assert tags == ["O", "O", "B-PER", "I-PER", "O"]
    toks = _words("اتصال بين بوتين وأردوغان أمس")  # و before a second figure starts another person
    tags = ["O", "O", "B-PER", "I-PER", "O"]
    public_figures(toks, tags, GAZ)
    assert tags == ["O", "O", "B-PER", "B-PER", "O"]
    toks = _words("التقى أحمدي نجاد بنظيره")  # a name of two words
    tags = ["O", "O", "O", "O"]
    public_figures(toks, tags, GAZ)
    assert tags == ["O", "B-PER", "I-PER", "O"]
    toks = _words("تأهل منتخب الكاميرون إلى النهائي")  # the country takes the article, the person does not
    tags = ["O", "O", "B-LOC", "O", "O"]
    public_figures(toks, tags, GAZ)
    assert tags == ["O", "O", "B-LOC", "O", "O"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("السيسي يستقبل وزير الخارجية في القاهرة", [("السيسي", "PER"), ("القاهرة", "LOC")]),
    ("ترامب يهاجم بايدن في تجمع انتخابي بولاية بنسلفانيا", [("ترامب", "PER"), ("بايدن", "PER"), ("بنسلفانيا", "LOC")]),
    ("وجه لبوتين رسالة شديدة اللهجة", [("بوتين", "PER")]),  # the preposition stays out of the span
    ("زيلينسكي: لن نتنازل عن أي شبر", [("زيلينسكي", "PER")]),
    ("التقى ماكرون وميركل في برلين", [("ماكرون", "PER"), ("ميركل", "PER"), ("برلين", "LOC")]),
    # folding must not make words of other words: "هادئ" (calm) is no "هادي", "وأدى" (and performed) no "وادي"
    ("وقال المتحدث اليوم السبت إن الوضع هادئ", []),
    ("وأدى المصلون الصلاة", []),
])
def test_headline_names_and_folding_traps(sentence: str, expected: list[tuple[str, str]]) -> None:
    doc = NLP(sentence)
    assert [(e.text, e.label) for e in doc.entities] == expected
    assert all(sentence[e.start:e.end] == e.text for e in doc.entities)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("وسجل الدولي التونسي علي معلول هدفا", [("علي معلول", "PER")]),
    ("توفي الفنان المصري عادل إمام عن عمر ناهز 83 عاما", [("عادل إمام", "PER")]),
    ("قالت الناشطة الحقوقية راضية النصراوي إن", [("راضية النصراوي", "PER")]),
    ("أعلن النادي تعاقده مع الدولي الغاني كوادوو أسامواه", [("كوادوو أسامواه", "PER")]),
    # an occupation that is also a field's adjective does not end an organisation's name
    ("بالتعاون مع المركز الوطني للإعلامية", [("المركز الوطني للإعلامية", "ORG")]),
    # "على" is no given name "علي": a verb and a preposition after an occupation are no person
    ("بيّن أنّ الطبيبة أشرفت على حالة الرضيع", []),
])
def test_occupations_announce_a_person(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.label) for e in NLP(sentence).entities] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a name after an open media head is a media name, the head left out
    ("وقال لقناة فرانس 24 إن الوضع خطير", [("فرانس 24", "ORG")]),
    ("قالت إذاعة موزاييك إن", [("موزاييك", "ORG")]),
    ("نشرته قناة CCTV الصينية اليوم", [("CCTV", "ORG")]),
    ("وأكد المصدر أن قناة France 3 ومنتج البرنامج", [("France 3", "ORG")]),
    # an adjective after the head, or the head as an adjective, names nothing
    ("ونشرت صحيفة محلية تقريرا", []),
    ("يصدر مجلة فصلية اسمها المشكاة", [("المشكاة", "ORG")]),  # the name, not the adjective
    # an indefinite noun in the accusative ends an organisation's name
    ("ونشرت مجلة فورين بوليسي تقريرا", [("فورين بوليسي", "ORG")]),
])
def test_media_after_an_open_head(sentence: str, expected: list[tuple[str, str]]) -> None:
    doc = NLP(sentence)
    assert [(e.text, e.label) for e in doc.entities] == expected
    assert all(sentence[e.start:e.end] == e.text for e in doc.entities)


@pytest.mark.parametrize(("sentence", "expected"), [
    # "على" written with ى is the preposition, not the given name "علي"
    ("وافق الكونغرس الأمريكي على الميزانية", [("الكونغرس", "ORG")]),
    ("قال علي الزبيدي إن", [("علي الزبيدي", "PER")]),
    # known organisations the tagger leaves untagged
    ("صوت البرلمان الأوروبي على القرار", [("البرلمان الأوروبي", "ORG")]),
    ("أعلن الصليب الأحمر الدولي", [("الصليب الأحمر الدولي", "ORG")]),
])
def test_preposition_ala_and_more_known_orgs(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.label) for e in NLP(sentence).entities] == expected


def test_sentence_tables_are_those_of_each_token() -> None:
    """The per-sentence tables the rules share (texts, norms, kinds, folds, place splits) are the
    per-token answers, on a news sentence with quotes, a hashtag and a place after proclitics."""
    from arabnews.extract.entities.rulewords import sentence_folds, sentence_kinds, sentence_norms, sentence_texts

    gaz = default_gazetteer()
    text = "وقال مراسل «الجزيرة» في حلب وبدمشق إن #اليمن يشهد أزمة، وأكد المسؤول أن الوضع في إدلب صعب"
    toks = tokenize(text)
    assert sentence_texts(toks) == [t.text for t in toks]
    assert sentence_norms(toks) == [t.norm for t in toks]
    assert sentence_kinds(toks) == [t.kind for t in toks]
    assert "hashtag" in sentence_kinds(toks)
    assert sentence_folds(toks) == [fold(t.norm) for t in toks]
    splits = gaz.place_splits(toks)
    assert splits == [gaz.place_split(t.norm) if t.kind == "word" else None for t in toks]
    assert [toks[i].text for i, s in enumerate(splits) if s is not None and s.prefix] == ["وبدمشق"]
    other = tokenize("في حلب")  # another sentence: the tables are its own
    assert sentence_texts(other) == ["في", "حلب"]


def test_and_others_ends_a_name():
    """"وغيرهما" after the last of a list of names is not part of it, nor is the word that introduces
    a nickname (ANT v1.1; the CRF ran on)."""
    text = ("كما سيحضر المنتدى العديد من الشخصيات الفنية من بينها الفنان أيمن رضا والممثلة سلاف فواخرجي "
            "وغيرهما من الفنانين في إطار تظاهرة صفاقس عاصمة الثقافة العربية.")
    doc = NLP(text)
    persons = [e.text for e in doc.entities if e.label == "PER"]
    assert "سلاف فواخرجي" in persons
    assert not any("وغير" in e.text for e in doc.entities)
    doc = NLP('اعترافا بالجميل للفلسطيني صديق تونس منير الفرا المكنى "ابو صالح" والذي وافته المنية صباح الجمعة.')
    assert "منير الفرا" in [e.text for e in doc.entities if e.label == "PER"]
    assert not any("المكنى" in e.text for e in doc.entities)


@pytest.mark.parametrize(("text", "name"), [
    ("وأصدر لامبارد بيانا اليوم كشف من خلاله أنه قد قرر الرحيل.", "لامبارد"),  # ANT: the CRF ran on
    ("وضع زوكربيرغ قانونا في شركته يقضي بعدم التردد.", "زوكربيرغ"),  # ANT
    ("وتسلمت عائلة الطفلة رانيا مبلغا ماليا قدره 30 ألف دينار.", "رانيا"),  # ANT: two of them
    ("وأكد الوزير محمد الطاهر مجددا أن الوضع مستقر.", "محمد الطاهر"),
    ("وشارك الرئيس باراك أوباما شخصيا في الحفل.", "باراك أوباما"),  # a name ending in ا stays whole
])
def test_accusative_adverbs_and_objects_end_a_name(text, name):
    doc = NLP(text)
    assert [e.text for e in doc.entities if e.label == "PER"] == [name]



@pytest.mark.parametrize(("text", "name"), [
    ("وأكد وزير النقل أنيس غديرة أن الوضع مستقر.", "أنيس غديرة"),  # ANT: the tagger found "أنيس" alone
    ("وقال وزير التجارة مهدي دبوبة إن الأسعار ستنخفض.", "مهدي دبوبة"),
    ("وقال الرئيس شيراك لثنيه عن القرار.", "شيراك"),  # a verb after the name: not a feminine ending
    ("وقال الرئيس أوباما زيارة البلاد مهمة.", "أوباما"),  # a common noun with ة stays out
])
def test_a_feminine_family_name_after_a_title_joins_the_given_name(text, name):
    doc = NLP(text)
    assert [e.text for e in doc.entities if e.label == "PER"] == [name]


@pytest.mark.parametrize(("text", "org"), [
    ('بحسب ما نقلت "فرانس برس".', "فرانس برس"),  # ANT: the tagger made a person of it
    ("وأضاف لفرانس برس أن الوضع هادئ", "فرانس برس"),
    ("وقال مسؤول لرويترز إن الهجوم فشل", "رويترز"),
    ("ذكرت صحيفة نيويورك تايمز أن", "نيويورك تايمز"),
    ("وفي حديث مع فرانس 24 قال", "فرانس 24"),
    ("ونشرت بي بي سي تقريرا", "بي بي سي"),
])
def test_an_outlet_that_is_nothing_else_is_an_org(text, org):
    assert (org, "ORG") in [(e.text, e.label) for e in NLP(text).entities]


def test_an_outlet_name_that_is_also_a_phrase_needs_its_head():
    # "العربي الجديد" (the paper) is also "the new Arab": not in outlet_names
    assert [e.label for e in NLP("وقال الكاتب العربي الجديد في روايته").entities if e.label == "ORG"] == []


@pytest.mark.parametrize(("text", "name"), [
    ("أكدت سيدة تدعى حياة الرمضاني في مداخلة لها أن الوضع صعب.", "حياة الرمضاني"),  # ANT: nothing was tagged
    ("وأصيب في الحادث شاب يُدعى حمزة الورتاني ونقل إلى المستشفى.", "حمزة الورتاني"),  # the verb with its vowel
    ("وكانت الفتاة وتدعى سلوى الخميري قد غادرت منزلها.", "سلوى الخميري"),  # و + the feminine verb
    ("وتقدمت العائلة بشكاية ضد المدعو كمال الزغلامي بتهمة التحيل.", "كمال الزغلامي"),
    ("وأوضح البيان أن المدعوة نادية البجاوي فرت إلى الجزائر.", "نادية البجاوي"),
    ('وتحولت شابة لبنانية تدعى "ريم الحاج" إلى نجمة على الشبكات.', "ريم الحاج"),  # in quotes
    ("وأوقفت الشرطة امرأتين تدعيان سارة ومريم.", "سارة"),  # the dual: "و" starts the second name
    ("ضد المدعو شفيق جراية لاقترافه مجموعة من الجرائم", "شفيق جراية"),  # ANT: ل + a word ends the name
])
def test_the_name_after_called_is_a_person(text, name):
    doc = NLP(text)
    pers = [e for e in doc.entities if e.label == "PER"]
    assert [e.text for e in pers][:1] == [name]
    assert text[pers[0].start:pers[0].end] == name


@pytest.mark.parametrize("text", [
    "ويدعي المتهم أنه بريء من كل التهم.",  # "يدعي" with ي: claims
    "ويتم الاستماع الى محافظ البنك المركزي المدعو الى الاجابة عن الأسئلة.",  # invited to
    "وقد نشر الناخب الوطني قائمة اللاعبين المدعوين لمقابلتي الكامرون.",  # ANT: the invited, for two matches
])
def test_called_without_a_name_tags_no_person(text):
    assert [e.text for e in NLP(text).entities if e.label == "PER"] == []


def test_the_name_a_work_or_a_company_is_called_is_no_person_of_the_rule():
    gaz = default_gazetteer()
    for text in ('وصدر الكتاب الذي يدعى "الأيام الأخيرة" أمس', "وطورت شركة هندية تدعى رينغ بلز هاتفا"):
        toks = tokenize(text)
        tags = ["O"] * len(toks)
        corrections.name_after_naming_cue(toks, tags, gaz)
        assert tags == ["O"] * len(toks)
    toks = tokenize("وأصيب شاب يدعى رينغ بلز في الحادث")  # the same words after a person are a name
    tags = ["O"] * len(toks)
    corrections.name_after_naming_cue(toks, tags, gaz)
    assert tags == ["O", "O", "O", "B-PER", "I-PER", "O", "O"]


def test_a_quoted_name_the_tagger_calls_misc_is_a_person_after_called():
    doc = NLP('يظهر المصورة و تدعى "بترا لاسزو" وهي تعرقل بقدمها اللاجئ.')  # ANT: MISC before
    assert [(e.text, e.label) for e in doc.entities] == [("بترا لاسزو", "PER")]


@pytest.mark.parametrize(("text", "name"), [
    ("وقالت رئيسة المفوضية الأوروبية أورسولا فون دير لاين إن الاتحاد سيدعم البرنامج.", "أورسولا فون دير لاين"),
    ("وقال الكاتب البلجيكي ديفيد فان ريبروك إن الكتاب صدر.", "ديفيد فان ريبروك"),
    ("وقال المدرب لويس فان خال إن الفريق جاهز.", "لويس فان خال"),
    ("وأكد وزير الداخلية الألماني توماس دي ميزيير أن الحدود مؤمنة.", "توماس دي ميزيير"),
    ("وصرح المبعوث الأممي إسماعيل ولد الشيخ أحمد للصحفيين بأن المحادثات مستمرة.", "إسماعيل ولد الشيخ أحمد"),
])
def test_a_surnames_particles_belong_to_the_name(text, name):
    pers = [e for e in NLP(text).entities if e.label == "PER"]
    assert [e.text for e in pers] == [name]
    assert text[pers[0].start:pers[0].end] == name


def test_so_written_van_is_no_particle():
    # "فإن" (so) folds to "فان": with its hamza it never continues a name
    pers = [e.text for e in NLP("وبخصوص صلاح الدين فإن مفرزة الحرس تدخلت.").entities if e.label == "PER"]
    assert pers == ["صلاح الدين"]
    toks = tokenize("وأكد أحمد فان الوضع مستقر")
    tags = ["O", "B-PER", "I-PER", "O", "O"]
    corrections.particle_in_name(toks, tags, default_gazetteer())
    assert tags == ["O", "B-PER", "O", "O", "O"]  # no surname after it: the particle leaves the name


@pytest.mark.parametrize(("text", "name"), [
    ("وأضاف مجدوب أن زيارته إلى الجهة تهدف إلى الوقوف على سير العمل الأمني.", "مجدوب"),  # ANT: missed
    ("وبيّن كعيب أنه سيتم تنفيذ الإضراب العام بالجهة.", "كعيب"),  # ANT
    ("وأوضح كلثوم، في تصريح للإذاعة، أنه غير راض عن النتائج.", "كلثوم"),  # a comma after the name
    ("وأكدت الزياني خلال الندوة أن المشروع سينطلق قريبا.", "الزياني"),  # a family name with the article
    ("فقال بوزيان إن الوضع مستقر.", "بوزيان"),
    # a known given name and a family name, before "أن" or a title with the article (ANT)
    ("أكّد خليفة الهمامي المندوب الجهوي للتنمية الفلاحية أن الحجر سيرفع.", "خليفة الهمامي"),
    ("وقال سامي بوزيان إن الوضع مستقر.", "سامي بوزيان"),
])
def test_one_name_between_a_verb_of_saying_and_that_is_the_speaker(text, name):
    pers = [e for e in NLP(text).entities if e.label == "PER"]
    assert [e.text for e in pers] == [name]
    assert text[pers[0].start:pers[0].end] == name


@pytest.mark.parametrize("text", [
    "وأضاف مراسلنا أن الوضع هادئ في المدينة.",  # our correspondent
    "وأكد المحتجون أنهم سيواصلون الاعتصام.",  # a definite plural
    "وذكر شهود ومواطنون، أن الجدار سقط فجأة.",
    "وقال مسؤولون إن المفاوضات متعثرة.",  # an indefinite plural
    "وأضاف المتدخل أن الحل في الحوار.",  # a participle
    "واكد علي ان الحكومة ماضية في الإصلاحات.",  # "على" written with ي
    "وأكد المصدر أن الوضع مستقر.",  # an ordinary word
    "وقد لاحظ أي ذكر غريب في الوثيقة.",  # the noun "ذكر" (a mention), mid-clause
])
def test_no_speaker_name_from_nouns_after_a_verb_of_saying(text):
    assert [e.text for e in NLP(text).entities if e.label == "PER"] == []


def test_a_particle_is_no_given_name_after_a_verb_of_saying():
    # the rule alone (the tagger makes a person of it on its own): "ابن" is "son of", no given name
    toks = tokenize("وقال ابن المتوفي إن العائلة تطالب بالحقيقة")
    tags = ["O"] * len(toks)
    corrections.speaker_after_verb(toks, tags, default_gazetteer())
    assert tags == ["O"] * len(toks)
    toks = tokenize("وقال نبيل بوزيان إن الوضع مستقر")  # the same with a given name: the speaker
    tags = ["O"] * len(toks)
    corrections.speaker_after_verb(toks, tags, default_gazetteer())
    assert tags[:3] == ["O", "B-PER", "I-PER"]


@pytest.mark.parametrize(("text", "orgs"), [
    ("وقعت شركة إيرباص وشركة بوينغ اتفاقا", ["شركة إيرباص", "شركة بوينغ"]),
    ("أصدرت وزارة الصحة ووزارة التربية بلاغا مشتركا", ["وزارة الصحة", "وزارة التربية"]),
    ("ودعت جامعة الدول العربية ومنظمة التعاون الإسلامي إلى الهدوء",
     ["جامعة الدول العربية", "منظمة التعاون الإسلامي"]),
])
def test_organisations_coordinated_with_their_heads_are_two(text, orgs):
    doc = NLP(text)
    found = [e for e in doc.entities if e.label == "ORG"]
    assert [e.text for e in found] == orgs
    assert all(text[e.start:e.end] == e.text for e in found)


def test_split_coordinated_orgs_alone():
    gaz = default_gazetteer()
    toks = tokenize("وقعت شركة إيرباص وشركة بوينغ اتفاقا")
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    corrections.split_coordinated_orgs(toks, tags, gaz)
    assert tags == ["O", "B-ORG", "I-ORG", "B-ORG", "I-ORG", "O"]
    # a head that starts with و ("وزارة") is no conjunction, and a name coordinated without a head stays whole
    for text in ("عقد مجلس الوزراء وزارة الصحة", "وزارة التجارة والصناعة والطاقة"):
        toks = tokenize(text)
        tags = ["B-ORG"] + ["I-ORG"] * (len(toks) - 1)
        corrections.split_coordinated_orgs(toks, tags, gaz)
        assert tags == ["B-ORG"] + ["I-ORG"] * (len(toks) - 1)


@pytest.mark.parametrize("text", [
    "أول طائرة صينية الصنع تحلق بنجاح",  # ANT headline: successfully, not Najah
    "وهي خنادق أسمنتية تعرف باسم خط ستالين.",  # ANT: by the name of
    "اعتقل بعدما دهمت السلطات شقة مسجلة باسم شقيقته.",  # ANT
    "أن تنظيم الدولة الإسلامية المعروف إعلاميا باسم داعش استولى على طائرات.",  # an adverb before باسم
])
def test_ba_and_a_common_noun_is_no_person(text):
    assert [e.text for e in NLP(text).entities if e.label == "PER"] == []


def test_preposition_not_name_alone_keeps_names():
    gaz = default_gazetteer()
    for text, tags in (("وقالت بسمة إنها", ["O", "B-PER", "O"]),  # a name the common words do not hold
                       ("قال باسم يوسف إن", ["O", "B-PER", "I-PER", "O"])):  # Basem and his family name
        toks = tokenize(text)
        kept = list(tags)
        corrections.preposition_not_name(toks, kept, gaz)
        assert kept == tags
    toks = tokenize("المعروف باسم خط ستالين")
    tags = ["O", "B-PER", "I-PER", "I-PER"]
    corrections.preposition_not_name(toks, tags, gaz)
    assert tags == ["O", "O", "O", "O"]
    toks = tokenize("المعروف باسم أبو نبيل")  # an alias that starts with a kunya stays a person
    tags = ["O", "B-PER", "I-PER", "I-PER"]
    corrections.preposition_not_name(toks, tags, gaz)
    assert tags == ["O", "O", "B-PER", "I-PER"]


@pytest.mark.parametrize(("text", "currency"), [
    # ANT headlines and sentences where the tagger called the currency a person or an organisation
    ("البنك العالمي يمنح تونس قرضا بـ 240 مليون دينار", "دينار"),
    ("ميزانية الدولة لسنة 2017 في حدود 32،7 مليار دينار", "دينار"),
    ("وأصدرت محكمة حكما بالسجن لمدة عام على رجل وغرامة مالية قدرها 30 ألف ريال سعودي", "ريال"),
])
def test_the_currency_of_an_amount_is_misc(text, currency):
    doc = Pipeline()(text)
    found = [(e.text, e.label) for e in doc.entities if currency in e.text]
    assert found and all(label == "MISC" for _, label in found), found
    assert not any(e.label in ("PER", "LOC", "ORG") and currency in e.text for e in doc.entities)


@pytest.mark.parametrize(("text", "org", "person"), [
    # ANT: the tagger's ORG "البنك المركزي الشاذلي العياري" ran on into the governor's name
    ("رفض الفكرة وأكد محافظ البنك المركزي الشاذلي العياري، أن قرار تخفيض سعر صرف الدينار بيد الحكومة",
     "البنك المركزي", "الشاذلي العياري"),
])
def test_an_org_ends_before_a_given_name_written_with_the_article(text, org, person):
    doc = NLP(text)
    assert [(e.text, e.label) for e in doc.entities if e.label in ("ORG", "PER")] == [(org, "ORG"), (person, "PER")]


def test_person_after_org_alone_reads_given_names_with_the_article():
    gaz = default_gazetteer()
    toks = tokenize("محافظ البنك المركزي الشاذلي العياري")
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"]
    corrections.person_after_org(toks, tags, gaz)
    assert tags == ["O", "B-ORG", "I-ORG", "B-PER", "I-PER"]
    toks = tokenize("سفير البنك المركزي العربي الجديد")  # an adjective with the article continues the name
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"]
    corrections.person_after_org(toks, tags, gaz)
    assert tags == ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG"]


@pytest.mark.parametrize(("text", "outlet"), [
    ("أفادت إذاعة قفصة الرسمية بأن مدينة دوز شهدت سقوط طائرة شراعية", "إذاعة قفصة"),  # ANT
    ("وقال في تصريح لإذاعة صفاقس إن الوضع مستقر", "إذاعة صفاقس"),  # with ل
    ("وقال في تصريح لإذاعة تطاوين الجهوية إن", "إذاعة تطاوين"),
])
def test_a_radio_named_after_its_town_is_an_organisation_with_its_head(text, outlet):
    doc = NLP(text)
    orgs = [e for e in doc.entities if e.label == "ORG"]
    assert [e.text for e in orgs] == [outlet]
    assert text[orgs[0].start:orgs[0].end] == outlet
    # the town is not also a place there
    assert not [e for e in doc.entities if e.label == "LOC" and orgs[0].start <= e.start < orgs[0].end]


def test_a_canal_is_no_outlet_of_its_town():
    doc = NLP("عبرت السفينة قناة السويس أمس")
    assert not [e for e in doc.entities if e.text.startswith("قناة")]


@pytest.mark.parametrize(("text", "place"), [
    ("وأكد أن محميّة إشكل تعاني من نقص المياه", "إشكل"),  # ANT
    ("اندلع حريق بسهل بومفتاح أتى على هكتارات من القمح", "بومفتاح"),  # ANT, with ب
    ("مشروع توسعة القطب التكنولوجي بهضبة النحلي من ولاية أريانة", "النحلي"),  # ANT, with the article
    ("تلوث سبخة السيجومي يهدد الأحياء المجاورة", "السيجومي"),
])
def test_the_name_after_a_plain_reserve_or_lake_head_is_a_place(text, place):
    locs = [e for e in NLP(text).entities if e.label == "LOC"]
    assert [e.text for e in locs][:1] == [place]
    assert text[locs[0].start:locs[0].end] == place


@pytest.mark.parametrize("text", [
    "الأمر سهل جدا عليه",  # easy
    "وهي كذلك محمية مصنفة من نوع خاص لدى المنظمة",  # ANT: a participle
    "كان يصيد عشوائيا في غابة بمعتمدية قعفور",  # ANT: a head with ب, not the forest's name
])
def test_no_place_is_made_of_an_adjective_or_a_head_after_a_natural_head(text):
    found = {e.text for e in NLP(text).entities}
    assert not found & {"جدا", "مصنفة", "بمعتمدية", "معتمدية"}


@pytest.mark.parametrize(("text", "person"), [
    # ANT: the conjunction stayed in the person's span
    ("وحضرها الناطق الرسمي باسم الحكومة والمهدي بن غربية وزير العلاقة مع الهيئات الدستورية", "المهدي بن غربية"),
    ("ضمت كلا من الحبيب حليم، والحبيب رجب، وصالح بالعابد", "الحبيب رجب"),
])
def test_a_person_starts_after_the_conjunction_before_a_name_with_the_article(text, person):
    doc = NLP(text)
    found = [e for e in doc.entities if e.label == "PER" and e.text.endswith(person)]
    assert [e.text for e in found] == [person]
    assert text[found[0].start:found[0].end] == person


@pytest.mark.parametrize(("text", "person"), [
    ("وبين كمال الحجام أنه تم تحديد كافة المحاور", "كمال الحجام"),  # ANT: a given name no table has
    ("واكد عمر الباهي لدى معاينته عملية تجميع الصابة أن", "عمر الباهي"),  # ANT
    ("وقالت منية الحمزاوي إن هذا القرار تم اتخاذه", "منية الحمزاوي"),  # ANT, feminine
])
def test_a_name_and_a_surname_with_the_article_after_a_verb_of_saying_are_the_speaker(text, person):
    pers = [e for e in NLP(text).entities if e.label == "PER"]
    assert [e.text for e in pers] == [person]
    assert text[pers[0].start:pers[0].end] == person


@pytest.mark.parametrize("text", ["وأضاف رئيس الجمعية أن", "وقال مصدر أمني إن", "وأكد وزير الداخلية أن"])
def test_a_title_after_a_verb_of_saying_is_no_speakers_name(text):
    assert [e.text for e in NLP(text).entities if e.label == "PER"] == []


@pytest.mark.parametrize(("text", "person"), [
    ("الى جانب عدد من الشخصيات مثل صلاح الدين الزحاف والنواب عن حركة النهضة", "صلاح الدين الزحاف"),  # ANT
    ("و تضم القائمة كاتب عام النادي عبد الحميد عميرة .", "عبد الحميد عميرة"),  # ANT
    ("يجتمع وزراء الشؤون الخارجية السادة عبد القادر مساهل و سامح شكري", "عبد القادر مساهل"),  # ANT
])
def test_a_compound_given_name_takes_the_family_name_after_it(text, person):
    pers = [e.text for e in NLP(text).entities if e.label == "PER"]
    assert pers[:1] == [person]


def test_family_after_compound_alone_stops_before_a_verb_or_a_word():
    gaz = default_gazetteer()
    toks = tokenize("وقال عبد الله إن الوضع صعب")  # a particle after the compound
    tags = ["O", "B-PER", "I-PER", "O", "O", "O"]
    corrections.family_after_compound(toks, tags, gaz)
    assert tags == ["O", "B-PER", "I-PER", "O", "O", "O"]
    toks = tokenize("التقى صلاح الدين الزحاف والنواب")
    tags = ["O", "B-PER", "I-PER", "O", "O"]
    corrections.family_after_compound(toks, tags, gaz)
    assert tags == ["O", "B-PER", "I-PER", "I-PER", "O"]


@pytest.mark.parametrize("text", ["القبض على شخصين بتهمة سرقة منزل محام", "سطو على منزل قاض بالعاصمة"])
def test_a_house_of_a_lawyer_is_no_town(text):
    # ANT headline: "منزل" heads towns ("منزل تميم"), but "محام" is the indefinite of "محامي"
    assert [e.text for e in NLP(text).entities if e.label == "LOC"] == []


# ANT, an article on the Carthage Film Festival: the tagger once took "قرطاج السينمائية" for a place and
# the document's names spread it to every mention
_CARTHAGE = ('"نجيب عيّاد يكشف جديد "أيّام قرطاج السينمائية\nكشف مدير عام أيّام قرطاج السينمائية والمنتج '
             'التونسي نجيب عيّاد عن جديد الدورة القادمة للمهرجان التي قال إنها ستكون مختلفة عن سابقاتها. وأكدّ '
             'عيّاد في مداخلة مباشرة من مدينة كان الفرنسية في برنامج "سينما سينما" مساء يوم الخميس 18 ماي 2017، '
             'أنّه استغل وجوده في هذا المهرجان العالمي لعقد سلسلة من الاجتماعات واللقاءات في إطار الإعداد للدورة '
             'القادمة من أيام قرطاج السينمائية.')


def test_a_festivals_adjective_is_not_part_of_its_place():
    # session 41: the festival is one MISC with its head and adjective (culture.festival_names), no LOC "قرطاج"
    # inside it; the adjective never spreads into a place
    ents = NLP(_CARTHAGE).entities
    assert not [e for e in ents if e.label == "LOC" and "قرطاج" in e.text]
    festivals = [(e.start, e.end) for e in ents if e.label == "MISC" and "قرطاج" in e.text]
    assert festivals == [m.span() for m in re.finditer("أيّ?ام قرطاج السينمائية", _CARTHAGE)]


@pytest.mark.parametrize(("text", "tags", "want"), [
    ("افتتاح أيام قرطاج المسرحية", ["O", "O", "B-LOC", "I-LOC"], ["O", "O", "B-LOC", "O"]),
    ("الدورة 18 لأيام قرطاج الموسيقية", ["O", "O", "O", "B-LOC", "I-LOC"], ["O", "O", "O", "B-LOC", "O"]),
    ("في مهرجان الحمامات الدولي", ["O", "O", "B-LOC", "I-LOC"], ["O", "O", "B-LOC", "O"]),
    ("زار معرض تونس الدولي للكتاب", ["O", "O", "B-LOC", "I-LOC", "O"], ["O", "O", "B-LOC", "O", "O"]),
    ("وبمهرجان القاهرة السينمائي الدولي", ["O", "B-LOC", "I-LOC", "I-LOC"], ["O", "B-LOC", "O", "O"]),
    ("ملتقى سوسة الدولية للرواية", ["O", "B-LOC", "I-LOC", "O"], ["O", "B-LOC", "O", "O"]),
    # not after a festival's head, or no nisba adjective: the place is whole
    ("عاد إلى كوريا الشمالية", ["O", "O", "B-LOC", "I-LOC"], ["O", "O", "B-LOC", "I-LOC"]),
    ("مهرجان روسيا البيضاء", ["O", "B-LOC", "I-LOC"], ["O", "B-LOC", "I-LOC"]),
    ("مهرجان قرطاج الدولي", ["O", "B-ORG", "I-ORG", "I-ORG"], ["O", "B-ORG", "I-ORG", "I-ORG"]),
])
def test_event_adjectives_out(text, tags, want):
    toks = tokenize(text)
    corrections.event_adjectives_out(toks, tags, default_gazetteer())
    assert tags == want


@pytest.mark.parametrize(("text", "person"), [
    # ANT: an occupation, a nationality, then the name
    ("كشف مدير عام المهرجان والمنتج التونسي نجيب عيّاد عن جديد الدورة القادمة", "نجيب عيّاد"),
    ("تقدم المخرجة التونسية اسمهان لحمر مساء الاثنين العرض الأول", "اسمهان لحمر"),
    ("وحصل فيلم عين الحياة للمخرجة المصرية وفاء حسين على تنويه خاص", "وفاء حسين"),
    ("قال الخبير الاقتصادي معز الجودي إن الوضع صعب", "معز الجودي"),
    ("بإشراف الأستاذ المسرحي صحبي عمر بالإضافة إلى ورشة", "صحبي عمر"),
])
def test_a_name_after_an_occupation_is_a_person(text, person):
    assert person in [e.text for e in NLP(text).entities if e.label == "PER"]


@pytest.mark.parametrize("text", ["ارتفع سعر المنتج التونسي في الأسواق الأوروبية",
                                  "أعلن المنتج المحلي زيت الزيتون تراجع الأسعار"])
def test_a_product_is_no_producer(text):
    # "المنتج" is the product as well as the producer: no name follows it here
    assert [e.text for e in NLP(text).entities if e.label == "PER"] == []


@pytest.mark.parametrize(("text", "place"), [
    # ANT: a toponym head after و, ب or ل names the place with it; the proclitic stays out of the span
    ("بالتعاون مع الوحدات الأمنية بمنزل تميم و أعوان التجارة", "منزل تميم"),
    ("مع عدد من منتجي القوارص ببني خلاد ومنزل بوزلفة من ولاية نابل", "منزل بوزلفة"),
    ("تم نقل البضاعة الى سوق الجملة بحمام سوسة وفق ما أكده مصدر أمني", "حمام سوسة"),
    ("ضبطت وحدة تابعة للقطاع العملياتي لعين أمناس سيارتين", "عين أمناس"),
    ("الى سوق الجملة ببئر القصعة", "بئر القصعة"),
])
def test_a_toponym_head_after_a_proclitic_names_the_place(text, place):
    start = text.index(place)
    assert ("LOC", start, start + len(place)) in _spans(text)


@pytest.mark.parametrize("text", ["تم نقله إلى منزل كبير بالمدينة", "وفد كبير زار الجهة"])
def test_no_toponym_head_inside_an_ordinary_word(text):
    assert [e for e in NLP(text).entities if e.label == "LOC"] == []


@pytest.mark.parametrize(("text", "tags", "want"), [
    # ANT: a verb with و at a clause's start is no first name ("طالب" is Talib too)
    ("البلاد . وطالب الشابي بإبقاء الحكومة", ["O", "O", "B-PER", "I-PER", "O", "O"],
     ["O", "O", "O", "B-PER", "O", "O"]),
    ("قوله . وأوضح بن حسين أنه", ["O", "O", "B-PER", "I-PER", "I-PER", "O"],
     ["O", "O", "O", "B-PER", "I-PER", "O"]),
    ("وطالب أحمدي نجاد ترامب", ["B-PER", "I-PER", "I-PER", "O"], ["O", "B-PER", "I-PER", "O"]),
    ("البلاد . و طالب الشابي بإبقاء", ["O", "O", "O", "B-PER", "I-PER", "O"], ["O", "O", "O", "O", "B-PER", "O"]),
    # inside a list, "وطالب" is the name Talib
    ("حضر رضا بلحاج وطالب الجلاصي", ["O", "B-PER", "I-PER", "B-PER", "I-PER"],
     ["O", "B-PER", "I-PER", "B-PER", "I-PER"]),
])
def test_a_verb_after_a_conjunction_at_a_clauses_start_is_no_name(text, tags, want):
    toks = tokenize(text)
    assert len(toks) == len(tags)
    corrections.verb_before_name(toks, tags, default_gazetteer())
    assert tags == want


@pytest.mark.parametrize(("text", "name", "label"), [
    # ANT: a proclitic before "بن"/"أم" of a name stays out of its span
    ("الإتحاد الرياضي ببن قردان", "بن قردان", "LOC"),
    ("وقعت الحادثة ببن عروس اليوم", "بن عروس", "LOC"),
    ("وصل الوفد إلى تونس ثم لبن عروس", "بن عروس", "LOC"),
    ("أقيمت المباراة بأم درمان", "أم درمان", "LOC"),
    ("للقنب والكوكايين. وبن بلقاسم (39 عاما) الذي لديه سوابق", "بن بلقاسم", "PER"),
])
def test_a_proclitic_before_a_two_letter_particle_is_cut_off(text, name, label):
    start = text.rindex(name)
    assert (label, start, start + len(name)) in _spans(text)


@pytest.mark.parametrize(("text", "org"), [
    # ANT: "كلية" is a college, not ك + "لية": the span starts with its first letter
    ("قال الأستاذ في كلية الصحة العامة في إمبريال كوليدج", "كلية الصحة العامة"),
    ("وأفاد مصدر من كلية الآداب بمنوبة", "كلية الآداب"),
    ("طلبة كلية الطب بسوسة يحتجون", "كلية الطب"),
])
def test_an_organisations_head_keeps_its_first_letter(text, org):
    start = text.index(org)
    assert ("ORG", start, start + len(org)) in _spans(text)


@pytest.mark.parametrize(("text", "person"), [
    # ANT: ب before a kunya, or before a person the document names elsewhere, stays out of the span
    ("اختار أن يستهلها بأبي القاسم الشابي صاحب القصيدة", "أبي القاسم الشابي"),
    ("عبد الكريم الروسي الملقب بأبي سمير روسي الجنسية", "أبي سمير"),
    ("أعلن نداء تونس دعمه ليوسف الشاهد. وقال البارودي إن الحزب يسعى للإطاحة بيوسف الشاهد", "يوسف الشاهد"),
])
def test_ba_before_a_kunya_or_a_name_of_the_document_is_cut_off(text, person):
    start = text.rindex(person)
    pers = [(e.start, e.text) for e in NLP(text).entities if e.label == "PER"]
    assert any(s == start and t.startswith(person) for s, t in pers), pers


def test_ba_before_a_name_the_document_does_not_give_stays():
    # "بيونغ يانغ" is no ب + "يونغ"
    text = "أطلقت كوريا الشمالية صاروخا من بيونغ يانغ. وقال مسؤول في بيونغ يانغ"
    assert all(not e.text.startswith("يونغ") for e in NLP(text).entities)


@pytest.mark.parametrize(("text", "place", "person"), [
    # ANT: a regional official named after his region: ب + the place, then the person
    ("وأفاد المدير الجهوي للصحة بنابل عمر السليمي لمراسلة الجوهرة", "نابل", "عمر السليمي"),
    ("أكد المدير الجهوي للحماية المدنية بصفاقس مراد المشري أنه لم تسجل وضعيات خطرة", "صفاقس", "مراد المشري"),
    ("قال المندوب الجهوي للتجارة بالمهدية الحبيب النصري إن ارتفاع الأسعار", "المهدية", "الحبيب النصري"),
    ("قال السفير التركي بتونس عمر فاروق دوغان اليوم", "تونس", "عمر فاروق دوغان"),
])
def test_a_place_after_ba_before_a_person_is_the_place(text, place, person):
    spans = _spans(text)
    assert _at(text, place, "LOC") in spans and _at(text, person, "PER") in spans


@pytest.mark.parametrize(("text", "person"), [
    ("أمر الرئيس الأمريكي باراك اوباما باجراء تحقيق", "باراك اوباما"),
    ("والتقى الرئيس المكسيكي بينا نييتو نظيره", "بينا نييتو"),
])
def test_a_name_that_reads_as_ba_and_a_place_stays_a_person(text, person):
    assert person in [e.text for e in NLP(text).entities if e.label == "PER"]


@pytest.mark.parametrize("text", [
    # ANT: a word that is also a given name, inside a fixed phrase
    "شهدت برلين أمس افتتاح مسجد فريد من نوعه على الأقل",
    "يمثل عصب انتقال ديمقراطي فريد من نوعه في المنطقة",
    "قالت وسائل إعلام إيطالية إن انفجارا وقع قرب مكتب بريد في وسط العاصمة",
    "موظف بريد يتعرض لعملية براكاج في سبيطلة",
    "حجز أكثر من طنين من الدجاج الغير صالح للاستهلاك",
    "ضمانا لمناخ ملائم لحسن سير عمليات الإنتاج",
    "باعتماد آليات الحكم الرشيد والشفافية",
    "إنهم تملكوا هذه الأراضي عن حسن نية",
])
def test_a_name_like_word_in_a_fixed_phrase_is_no_name(text):
    assert [e.text for e in NLP(text).entities if e.label in ("PER", "LOC")
            and e.text.split()[0] in ("فريد", "بريد", "صالح", "لحسن", "حسن", "الرشيد")] == []


def test_a_given_name_outside_the_phrase_stays():
    text = "قال فريد الباجي إن الوضع صعب"
    assert _at(text, "فريد الباجي", "PER") in _spans(text)


@pytest.mark.parametrize(("text", "place", "adjective"), [
    # ANT: a nationality adjective after a place's head describes it; the place is the name after it
    ("قتل شخص في العاصمة السورية دمشق اليوم", "دمشق", "السورية"),
    ("وقع إطلاق نار مساء اليوم الأحد في مدينة مالمو السويدية", "مالمو", "السويدية"),
    ("أثناء مزاحه مع رئيسة الوزراء الدنماركية في القمة ببروكسل", "بروكسل", "الدنماركية"),
])
def test_a_nationality_adjective_is_no_place(text, place, adjective):
    spans = _spans(text)
    assert _at(text, place, "LOC") in spans
    assert not any(text[s:e] == adjective for _, s, e in spans)


@pytest.mark.parametrize(("text", "place"), [
    ("قطعت السعودية ومصر والإمارات علاقاتها مع قطر", "السعودية"),
    ("يفكر في السفر إلى الموزمبيق أو الزيمبابوي", "الزيمبابوي"),
    ("استهدف القصف مركب صيد قبالة بحر منطقة السودانية شمال غرب مدينة غزة", "السودانية"),
])
def test_a_country_or_a_place_named_like_an_adjective_stays(text, place):
    toks = tokenize(text)
    k = next(i for i, t in enumerate(toks) if t.text == place)
    tags = ["O"] * len(toks)
    tags[k] = "B-LOC"
    corrections.nationality_not_place(toks, tags, default_gazetteer())
    assert tags[k] == "B-LOC"


@pytest.mark.parametrize("text", [
    # ANT: a word after a place head with the article or a possessive is no town GeoNames spells so
    "طالب بإعادته إلى بلده لكن السلطات نفت أن يكون أحد رعاياها",
    "سمح المسؤولون في السجن بأن يتمتع السجين بالحرية",
    "تم القبض على الأشخاص في المنطقة كان يتّخذ من منزله مقرا",
    "أشار إلى أن الميناء الجديد سيسمح باستقبال البواخر",
])
def test_no_place_after_a_definite_place_head(text):
    assert [e.text for e in NLP(text).entities if e.label == "LOC"] == []


@pytest.mark.parametrize(("text", "place"), [
    ("سيطرت المعارضة على بلدة سراقب", "سراقب"),
    ("دهس شاحنة قرب محطة ميترو في العاصمة هيلسنكي", "هيلسنكي"),
])
def test_a_place_after_a_head_in_construct_or_the_capital(text, place):
    assert _at(text, place, "LOC") in _spans(text)


@pytest.mark.parametrize(("text", "org"), [
    # ANT: a party named by its adjectives
    ("عصام الشابي : الحزب الجمهوري لا يريد للإتحاد أن يغادر وثيقة قرطاج", "الحزب الجمهوري"),
    ("الحزب الديمقراطي الأمريكي يختار توم بيريز زعيما جديدا له", "الحزب الديمقراطي الأمريكي"),
    ("أكد محمد الكيلاني رئيس الحزب الاشتراكي ضيف بوليتيكا", "الحزب الاشتراكي"),
    ("وقال رئيس الجمهورية إن مغادرة كل من الحزب الوطني الحر وحركة مشروع تونس", "الحزب الوطني الحر"),
    ("انعقد مؤتمر الحزب الشيوعي الصيني", "الحزب الشيوعي الصيني"),
    ("سياسي من الحزب الديمقراطي المنتمي إليه رئيس الوزراء", "الحزب الديمقراطي"),
])
def test_a_party_named_by_its_adjectives_is_an_organisation(text, org):
    assert _at(text, org, "ORG") in _spans(text)


def test_a_party_described_is_no_name():
    assert [e for e in NLP("قال الحزب الحاكم إن الانتخابات ستجرى في موعدها").entities if e.label == "ORG"] == []


@pytest.mark.parametrize(("text", "person"), [
    # ANT: an official named after the organisation a title governs
    ("أكد الأمين العام للحزب الجمهوري عصام الشابي أن الحكومة مطالبة بالتوضيح", "عصام الشابي"),
    ("قال الكاتب العام للمنظمة التونسية للاطباء الشبان جاد الهنشيري إن القانون", "جاد الهنشيري"),
    ('وقال الناطق الرسمي للنقابة العامة للشرطة البلدية منتصر بالله بربيرو ل"الجوهرة أف أم" إن البائع',
     "منتصر بالله بربيرو"),
    ("دعا النائب بمجلس نواب الشعب وليد جلاّد رئيسة الهيئة إلى الاستقالة", "وليد جلاّد"),
    ("وحضر اللقاء الأمينة العامة المساعدة لاتحاد الشغل نعيمة الهمامي", "نعيمة الهمامي"),
])
def test_a_name_after_a_titled_organisation_is_the_official(text, person):
    assert _at(text, person, "PER") in _spans(text)


def test_a_noun_with_a_pronoun_after_an_organisation_is_no_name():
    text = "وجدد رئيس مجموعة البنك الدولي دعمه القوي لتونس"
    assert [e.text for e in NLP(text).entities if e.label == "PER"] == []


@pytest.mark.parametrize("text", [
    # ANT: a town of two letters after the article, after a town head
    "توفي شاب أصيل منطقة الزغابنة من معتمدية الجم التابعة لولاية المهدية",
    "تمكنت الوحدات الأمنية مساء اليوم خلال حملة أمنية بمعتمدية الجم من إيقاف 24 شخصا",
])
def test_a_two_letter_town_after_its_head(text):
    assert _at(text, "الجم", "LOC") in _spans(text)


@pytest.mark.parametrize("text", [
    # ANT: a noun with a possessive pronoun is no name after a title
    "انزلقت السيارة التي كانت تقودها السيدة رفقة ابنيها وإصطدمت بشجرة",
    "تزامنا مع مشاركة والي الجهة الامنيين وجبة افطارهم باحد المفترقات",
    "وقال أصغرهما في مقابلة إنه علم بهذا لدى مشاهدة التلفزيون",
])
def test_a_noun_with_a_possessive_is_no_persons_name(text):
    assert [e.text for e in NLP(text).entities if e.label == "PER"] == []


def test_a_verb_after_a_head_makes_no_organisation():
    # ANT: "محكمة" is "tight" here, and "رافقت" a verb
    text = "يذكر أن إجراءات تنظيمية وأمنية محكمة رافقت الاستعداد للمسيرة قبل انطلاقها"
    assert [e.text for e in NLP(text).entities if e.label == "ORG"] == []


@pytest.mark.parametrize(("text", "org"), [
    # ANT: a quoted name right after an organisation's head is the organisation, the head outside
    ('ثمنت منظمة "الشباب يقرر" في بيان لها هذه الخطوة', "الشباب يقرر"),
    ('عبرت منظمة "أنا يقظ" عن بالغ صدمتها', "أنا يقظ"),
    ('وقال رئيس جمعية "أحبك تونس"، وليد بن حسن، إن', "أحبك تونس"),
    ('سيتعزز أسطول شركة "نقل تونس" بـ46 حافلة', "نقل تونس"),
    ('يذكر أن مجموعة "كيان" المتخصصة في مجال التطوير', "كيان"),
    ('حصلت منافسته عن حزب "الجبهة الوطنية" مارين لوبان على 33.9%', "الجبهة الوطنية"),
    ('نظمت تنسيقية "اعتصام باردو" اليوم الأحد وقفة احتجاجية', "اعتصام باردو"),
])
def test_a_quoted_name_after_an_organisations_head(text, org):
    assert _at(text, org, "ORG") in _spans(text)


@pytest.mark.parametrize("text", [
    'وقال القيادي في نداء تونس إن الحزب "بخير" وإن الهيئة تعمل',
    'تصنف دول الخليج الحركة منظمة "إرهابية" منذ سنوات',
    'وصفت الأبحاث عدم الحركة "بالقاتل الصامت" وأوصت بالرياضة',
])
def test_a_quoted_description_after_a_head_is_no_organisation(text):
    quoted = text.split('"')[1]
    assert [e.text for e in NLP(text).entities if e.label == "ORG" and e.text in quoted] == []


@pytest.mark.parametrize("text", ["وقال محامون إن القضية سياسية", "وقال مراقبون إن الانتخابات نزيهة",
                                  "ويقول مسلمون إن هناك إعجازا"])
def test_a_plural_of_people_is_no_person(text):
    assert [e.text for e in NLP(text).entities if e.label == "PER"] == []


@pytest.mark.parametrize(("text", "person"), [("قال هارون إن", "هارون"), ("وقال بنوا هامون إن", "هامون")])
def test_a_name_that_ends_like_a_plural_stays(text, person):
    assert any(person in e.text for e in NLP(text).entities if e.label == "PER")


@pytest.mark.parametrize("text", [
    # ANT: what follows a place head describes it or names an administrative unit
    "وأكد مدير إقليم الحرس الوطني بالقصرين أن الوضع مستقر",
    "دخل رئيس منطقة الأمن الوطني بمنوبة في اضراب جوع",
    "تمكنت الوحدات الامنية التابعة لاقليم الامن الوطني بجندوبة من ايقاف تلميذ",
    "زلزال يضرب مدينة تركية بقوة 4.6 درجات",
    "والدعوة إلى إقليم سني مقابل إقليم شيعي",
])
def test_an_adjective_or_a_security_body_after_a_place_head_is_no_place(text):
    words = ("الحرس", "الأمن", "الامن", "تركية", "سني", "شيعي")
    assert [e.text for e in NLP(text).entities if e.label == "LOC" and e.text in words] == []


def test_a_town_after_its_head_stays():
    text = "عاد إلى مدينة صور اللبنانية"
    assert _at(text, "صور", "LOC") in _spans(text)
