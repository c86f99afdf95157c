"""The entities stage: CRF NER on news text, clitic-aware spans, gazetteer links, groups interplay."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from arabnews import Pipeline
from arabnews.document import DateSpan, Document, GroupSpan, Region
from arabnews.extract.entities import entity_start, gazetteer_backoff, make_stage
from arabnews.extract.entities.features import FeatureExtractor, sentence_features, shape
from arabnews.extract.entities.gazetteer import default_gazetteer, key

NLP = Pipeline(["numbers", "dates", "groups", "entities"])

#: News sentences written for these tests: persons with titles and kunyas, places with clitics and
#: ريف/حي/مخيم/مدينة heads.  Each expected (text, label) must be found with exactly that span.
NEWS = [
    ('قال الرئيس السوري بشار الأسد إن الحرب لم تنته',
     [('بشار الأسد', 'PER')]),
    ('استقبل الشيخ تميم بن حمد آل ثاني أمير قطر وزير الخارجية الأمريكي في الدوحة',
     [('تميم بن حمد آل ثاني', 'PER'), ('قطر', 'LOC'), ('الدوحة', 'LOC')]),
    ('قُتل الشاب محمد سعيد برصاص قناص في حي الوعر بمدينة حمص',
     [('محمد سعيد', 'PER'), ('حمص', 'LOC')]),
    ('قصفت الطائرات الروسية بلدات في ريف إدلب الجنوبي',
     [('إدلب', 'LOC')]),
    ('وصل وفد تركي إلى دمشق صباح اليوم',
     [('دمشق', 'LOC')]),
    ('اندلعت اشتباكات عنيفة بدمشق بين الفصائل',
     [('دمشق', 'LOC')]),
    ('عاد آلاف النازحين إلى مخيم اليرموك جنوب دمشق',
     [('دمشق', 'LOC')]),
    ('أعلن وزير الخارجية الروسي سيرغي لافروف أن موسكو تدعم الحل السياسي',
     [('سيرغي لافروف', 'PER'), ('موسكو', 'LOC')]),
    ('التقى الرئيس التركي رجب طيب أردوغان نظيره الإيراني في أنقرة',
     [('رجب طيب أردوغان', 'PER'), ('أنقرة', 'LOC')]),
    ('وصرح أبو محمد الجولاني بأن المعركة مستمرة',
     [('أبو محمد الجولاني', 'PER')]),
    ('نقلت وكالة رويترز عن مصادر في بغداد أن الانفجار أوقع عشرات الضحايا',
     [('بغداد', 'LOC')]),
    ('وقالت منظمة الأمم المتحدة إن الوضع الإنساني في اليمن كارثي',
     [('اليمن', 'LOC')]),
    ('تظاهر المئات في بيروت احتجاجا على تردي الأوضاع المعيشية',
     [('بيروت', 'LOC')]),
    ('وأكد رئيس الوزراء العراقي مصطفى الكاظمي أن بغداد لن تكون ساحة لتصفية الحسابات',
     [('مصطفى الكاظمي', 'PER'), ('بغداد', 'LOC')]),
    ('زار الملك عبد الله الثاني العاصمة الأردنية عمان بعد جولة في أوروبا',
     [('عبد الله الثاني', 'PER'), ('عمان', 'LOC'), ('أوروبا', 'LOC')]),
    ('أفرجت السلطات المصرية عن الصحفي محمود حسين بعد سنوات من الاعتقال في القاهرة',
     [('محمود حسين', 'PER'), ('القاهرة', 'LOC')]),
    ('قصفت قوات النظام مدينة درعا بالبراميل المتفجرة',
     [('درعا', 'LOC')]),
    ('انطلقت القافلة من حلب باتجاه الرقة',
     [('حلب', 'LOC'), ('الرقة', 'LOC')]),
    ('وشهدت اللاذقية وطرطوس احتجاجات نادرة',
     [('اللاذقية', 'LOC'), ('طرطوس', 'LOC')]),
    ('وأعلنت واشنطن فرض عقوبات جديدة على طهران',
     [('واشنطن', 'LOC'), ('طهران', 'LOC')]),
    ('وصل المبعوث الأممي غير بيدرسون إلى جنيف لبدء جولة جديدة من المحادثات',
     [('غير بيدرسون', 'PER'), ('جنيف', 'LOC')]),
    ('قال المتحدث باسم الخارجية الأمريكية نيد برايس إن واشنطن تراقب الوضع',
     [('نيد برايس', 'PER'), ('واشنطن', 'LOC')]),
    ('أعلنت أم أحمد أن ابنها اعتقل في دير الزور',
     [('دير الزور', 'LOC')]),
    ('فاز اللاعب محمد صلاح بجائزة أفضل لاعب في إنجلترا',
     [('محمد صلاح', 'PER'), ('إنجلترا', 'LOC')]),
    ('وتحدث الدكتور أحمد زويل عن مستقبل العلوم في مصر',
     [('أحمد زويل', 'PER'), ('مصر', 'LOC')]),
    ('وصلت تعزيزات عسكرية تركية إلى إدلب',
     [('إدلب', 'LOC')]),
    ('أكد الأمين العام للأمم المتحدة أنطونيو غوتيريش ضرورة وقف إطلاق النار في غزة',
     [('أنطونيو غوتيريش', 'PER'), ('غزة', 'LOC')]),
    ('هرب آلاف المدنيين من الموصل إلى أربيل',
     [('الموصل', 'LOC'), ('أربيل', 'LOC')]),
    ('زار وفد من الاتحاد الأوروبي مدينة بنغازي في ليبيا',
     [('بنغازي', 'LOC'), ('ليبيا', 'LOC')]),
    ('تسلم السفير الفرنسي أوراق اعتماده في الرياض',
     [('الرياض', 'LOC')]),
    ('وقالت المستشارة الألمانية أنجيلا ميركل إن برلين ستستقبل المزيد من اللاجئين',
     [('أنجيلا ميركل', 'PER'), ('برلين', 'LOC')]),
    ('واعتقلت الشرطة في إسطنبول شخصين يشتبه بتورطهما في الهجوم',
     [('إسطنبول', 'LOC')]),
    ('وأشار الناشط الإعلامي عمر الحلبي إلى أن القصف طال مشفى في بلدة سراقب',
     [('عمر الحلبي', 'PER'), ('سراقب', 'LOC')]),
    ('وصل رئيس الوزراء الإسرائيلي بنيامين نتنياهو إلى القدس',
     [('بنيامين نتنياهو', 'PER'), ('القدس', 'LOC')]),
    ('عقد الاجتماع في الخرطوم بحضور ممثلين عن السودان وإثيوبيا ومصر',
     [('الخرطوم', 'LOC'), ('السودان', 'LOC'), ('إثيوبيا', 'LOC'), ('مصر', 'LOC')]),
    ('وقال القيادي في الحركة خالد مشعل إن الاحتلال يتحمل المسؤولية',
     [('خالد مشعل', 'PER')]),
    ('سقطت قذائف على أحياء مدينة حماة',
     [('حماة', 'LOC')]),
    ('وبحث الرئيس الفرنسي إيمانويل ماكرون مع نظيره الأمريكي جو بايدن الملف النووي',
     [('إيمانويل ماكرون', 'PER'), ('جو بايدن', 'PER')]),
    ('وصل الآلاف من اللاجئين السوريين إلى لبنان والأردن وتركيا',
     [('لبنان', 'LOC'), ('الأردن', 'LOC'), ('تركيا', 'LOC')]),
    ('أصيب ثلاثة مدنيين بقصف مدفعي على مدينة الباب شرق حلب',
     [('حلب', 'LOC')]),
    ('وبحلب أعلنت السلطات حظر التجول',
     [('حلب', 'LOC')]),
    ('وشارك وزير الدفاع السعودي في مؤتمر عقد بالقاهرة',
     [('القاهرة', 'LOC')]),
    ('ونفى المتحدث باسم الجيش اللبناني أن يكون الجيش قد دخل طرابلس',
     [('طرابلس', 'LOC')]),
    ('التقى الشيخ محمد بن زايد ولي عهد أبوظبي بالرئيس الصيني شي جين بينغ في بكين',
     [('محمد بن زايد', 'PER'), ('بكين', 'LOC')]),
    ('وذكرت صحيفة الشرق الأوسط أن اللقاء جرى في جدة',
     [('جدة', 'LOC')]),
    ('ووصل المئات إلى مخيم الزعتري في الأردن',
     [('الأردن', 'LOC')]),
]


def _found(doc):
    return {(e.text, e.label) for e in doc.entities}


#: Sentences the shipped model still gets wrong, each with why.  ``strict``: a fix makes the test
#: fail until its entry is removed here, so this list cannot go stale.
#: ("غير بيدرسون", a foreign name unseen in training, is found since the rule persons.name_after_title;
#: "نيد برايس" after "المتحدث باسم الخارجية الأمريكية" since persons.name_after_spokesman.)
KNOWN_GAPS: dict[str, str] = {}


def _news_params():
    for sentence, expected in NEWS:
        reason = KNOWN_GAPS.get(sentence)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        yield pytest.param(sentence, expected, marks=marks)


def test_known_gaps_are_news_sentences():
    assert set(KNOWN_GAPS) <= {s for s, _ in NEWS}


@pytest.mark.parametrize(("sentence", "expected"), list(_news_params()))
def test_news_sentences(sentence, expected):
    doc = NLP(sentence)
    found = _found(doc)
    for text, label in expected:
        assert (text, label) in found, f"{text} {label} not in {sorted(found)}"
    for ent in doc.entities:
        assert doc.text[ent.start:ent.end] == ent.text
        assert ent.label in ("PER", "LOC", "ORG", "MISC")
        assert ent.source == "crf"
        # no entity overlaps an expected one with another span or label
        for text, label in expected:
            pos = sentence.find(text)
            if pos < ent.end and ent.start < pos + len(text):
                assert (ent.text, ent.label) == (text, label) or (ent.text, ent.label) in expected


def test_enough_news_sentences():
    assert len(NEWS) >= 40


def _recall(label):
    gold = [(s, t) for s, exp in NEWS for t, lab in exp if lab == label]
    hits = sum((t, label) in _found(NLP(s)) for s, t in gold)
    return hits / len(gold)


@pytest.mark.parametrize("label", ["PER", "LOC"])
def test_recall_on_news_sentences(label):
    assert _recall(label) >= 0.85


# -- clitics -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("word", "label", "span"), [
    ("بدمشق", "LOC", "دمشق"),
    ("وحلب", "LOC", "حلب"),
    ("وإدلب", "LOC", "إدلب"),
    ("بِدمشقَ", "LOC", "دمشقَ"),
    ("بالقاهرة", "LOC", "القاهرة"),   # the article stays in the span
    ("وبالمرصد", "ORG", "المرصد"),     # conjunction + preposition before the article
    ("للقدس", "LOC", "لقدس"),          # ل + ال: the article's lam is kept
    ("بريف", "LOC", "ريف"),            # a place head after a preposition
    ("بغداد", "LOC", "بغداد"),          # not ب + غداد
    ("فلسطين", "LOC", "فلسطين"),        # not ف + لسطين
    ("لبنان", "LOC", "لبنان"),          # not ل + بنان
    ("الخرطوم", "LOC", "الخرطوم"),
    ("ومحمد", "PER", "محمد"),
    ("برايس", "PER", "برايس"),          # a person never loses a preposition: Price, not Rice
    ("وليد", "PER", "وليد"),
    ("فؤاد", "PER", "فؤاد"),            # no word starts with ؤ: not ف + ؤاد (seen in ANT news)
    ("وئام", "PER", "وئام"),            # nor with ئ
])
def test_entity_start_after_proclitics(word, label, span):
    doc = Document(f"قال {word} أمس")
    tok = doc.tokens[1]
    start = entity_start(tok, default_gazetteer(), label)
    assert doc.text[start:tok.end] == span


@pytest.mark.parametrize(("sentence", "span"), [
    ("اندلعت اشتباكات عنيفة بدمشق بين الفصائل", "دمشق"),
    ("وصلت تعزيزات عسكرية تركية إلى إدلب وبحلب", "حلب"),
])
def test_clitic_spans_in_sentences(sentence, span):
    doc = NLP(sentence)
    ent = next(e for e in doc.entities if e.text == span)
    assert ent.label == "LOC"
    assert doc.text[ent.start - 1] == "ب"


def test_coordinated_places_are_completed_by_the_gazetteer():
    doc = NLP("وتنعى قتلاها في جبهات أرياف اللاذقية وإدلب وحلب")
    assert {("اللاذقية", "LOC"), ("إدلب", "LOC"), ("حلب", "LOC")} <= _found(doc)


def test_gazetteer_backoff_rules():
    doc = Document("في أرياف اللاذقية وإدلب وحلب الباب")
    toks = doc.tokens
    tags = ["O", "O", "O", "O", "B-LOC", "O"]
    assert gazetteer_backoff(toks, tags, default_gazetteer()) == ["O", "O", "B-LOC", "B-LOC", "B-LOC", "O"]


# -- gazetteer links ------------------------------------------------------------------------------------

def test_loc_carries_geonames_link():
    doc = NLP("قصفت الطائرات مدينة حلب")
    aleppo = next(e for e in doc.entities if e.text == "حلب")
    assert aleppo.attrs["geonames_id"] == 170063
    assert aleppo.attrs["country"] == "SY"
    assert aleppo.attrs["lat"] == pytest.approx(36.2, abs=0.1)
    assert aleppo.attrs["lon"] == pytest.approx(37.16, abs=0.1)
    assert 0 < aleppo.attrs["score"] <= 1
    data = aleppo.to_dict()
    assert data["geonames_id"] == 170063 and data["label"] == "LOC"


def test_country_links_to_the_country_not_a_namesake_town():
    doc = NLP("وصل الوفد إلى فلسطين قادما من سوريا")
    links = {e.text: e.attrs.get("country") for e in doc.entities if e.label == "LOC"}
    assert links.get("فلسطين") == "PS"
    assert links.get("سوريا") == "SY"


@pytest.mark.parametrize(("name", "country"), [
    ("حلب", "SY"), ("دير الزور", "SY"), ("إدلب", "SY"), ("اللاذقية", "SY"), ("حمص", "SY"),
    ("طهران", "IR"), ("سوريا", "SY"), ("سورية", "SY"), ("الولايات المتحدة", "US"), ("القاهرة", "EG"),
    # usual spellings CLDR lacks (lexicon.yaml's country_aliases), with the article and without
    ("الدنمارك", "DK"), ("الدانمارك", "DK"), ("المجر", "HU"), ("البوسنة", "BA"), ("الأوروغواي", "UY"),
    ("أوروغواي", "UY"), ("ميانمار", "MM"), ("بورما", "MM"), ("زائير", "CD"), ("الكونغو الديمقراطية", "CD"),
])
def test_gazetteer_places(name, country):
    assert default_gazetteer().place(key(name))[3] == country


@pytest.mark.parametrize(("nisba", "country"), [
    ("السوري", "SY"), ("السورية", "SY"), ("الإيراني", "IR"), ("الأمريكي", "US"), ("الأميركية", "US"),
    ("الفلسطينيين", "PS"), ("العراقيون", "IQ"), ("الروسي", "RU"),
])
def test_nisba_table(nisba, country):
    assert default_gazetteer().nisba[key(nisba)] == country


def test_multiword_place_match():
    gaz = default_gazetteer()
    words = [key(w) for w in ("حتى", "دير", "الزور", "شرقا")]
    assert gaz.match_place(words, 1) == 2
    assert gaz.match_place([key("ودير"), key("الزور")], 0) == 2
    assert gaz.match_place(words, 0) == 0


# -- features -------------------------------------------------------------------------------------------

def test_features_are_the_same_for_training_and_tagging_tokens():
    doc = Document("قال الرئيسُ بشار الأسد في بحلب")
    from_doc = sentence_features([t.norm for t in doc.tokens])
    from_corpus = sentence_features(["قال", "الرئيس", "بشار", "الاسد", "في", "بحلب"])
    assert from_doc == from_corpus


def test_features_windows_and_flags():
    feats = FeatureExtractor()(["في", "مدينة", "دير", "الزور"])
    assert "BOS" in feats[0] and "first" in feats[0]
    assert "EOS" in feats[3]
    assert "t_loc" in feats[1] and "-1|t_loc" in feats[2]
    assert "gp=B" in feats[2] and "gp=I" in feats[3]
    assert "t_prep" in feats[0]


def test_feature_filter_keeps_only_known_features():
    keep = frozenset({"bias", "w=حلب"})
    feats = FeatureExtractor(keep=keep)(["حلب", "دمشق"])
    assert [f for f in feats[0] if f not in ("BOS", "EOS", "first")] == ["bias", "w=حلب"]
    assert [f for f in feats[1] if f not in ("BOS", "EOS")] == ["bias"]


@pytest.mark.parametrize(("word", "expected"), [("حلب", "ar"), ("و", "ar1"), ("2016", "num"),
                                                 ("Assad", "lat"), ("،", "punct"), ("حلب2", "mixed")])
def test_shape(word, expected):
    assert shape(word) == expected


# -- groups, dates, parts ------------------------------------------------------------------------------------

TEXT_GROUP = "انتشلت ميليشيا لواء القدس جثث مقاتليها في مدينة حلب"


def _with_group(text):
    doc = NLP.make_doc(text)
    start = text.index("لواء القدس")
    doc.groups.append(GroupSpan(start, start + len("لواء القدس"), "لواء القدس", id="liwa-al-quds",
                                name="لواء القدس", kind="militia"))
    return doc


def test_entities_inside_a_group_are_left_to_the_groups_stage_on_request():
    doc = make_stage(ner_in_groups=False)(_with_group(TEXT_GROUP))
    group = doc.groups[0]
    assert not [e for e in doc.entities if e.start < group.end and group.start < e.end]
    assert ("حلب", "LOC") in _found(doc)


def test_a_militia_group_is_an_org_by_default():
    doc = make_stage()(_with_group(TEXT_GROUP))
    group = doc.groups[0]
    inside = [(e.text, e.label) for e in doc.entities if e.start < group.end and group.start < e.end]
    # the tagger's ORG, or the group's when it read a place ("القدس" as LOC)
    assert inside in ([("لواء القدس", "ORG")], [("ميليشيا لواء القدس", "ORG")])


def test_entities_inside_dates_are_dropped():
    text = "قتل محمد سعيد في حلب في أيار عام 2016"
    doc = NLP.make_doc(text)
    start = text.index("أيار")
    doc.dates.append(DateSpan(start, len(text), text[start:], type="DATE", value="2016-05"))
    doc = make_stage()(doc)
    assert all(e.end <= start for e in doc.entities)


def test_regions_and_parts():
    text = "حلب تحت القصف\nقصفت الطائرات مدينة حمص"
    doc = NLP.make_doc(text)
    cut = text.index("\n")
    doc.regions = [Region(0, cut, "title"), Region(cut + 1, len(text), "body")]
    doc.parts = ("body",)
    doc = make_stage()(doc)
    assert [e.text for e in doc.entities if e.label == "LOC"] == ["حمص"]
    assert doc.entities[0].part == "body"


# -- robustness -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", "   ", "hello world", "123 456", "،،،،", "ـــ", "😀 في حلب 😀",
                                  "\u200fفي\u200e حلب", "x" * 5000, "حلب " * 3000])
def test_odd_input_never_crashes(text):
    doc = NLP(text)
    for ent in doc.entities:
        assert doc.text[ent.start:ent.end] == ent.text
        assert ent.start < ent.end


def test_long_text_without_sentence_ends_is_tagged_in_pieces():
    doc = NLP(" ".join(["قصفت الطائرات مدينة حلب"] * 400))
    assert sum(e.text == "حلب" for e in doc.entities) >= 350


def test_thread_safe():
    texts = [s for s, _ in NEWS] * 3
    expected = [sorted(_found(NLP(t))) for t in texts]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda t: sorted(_found(NLP(t))), texts))
    assert got == expected


def test_stage_is_deterministic_and_sorted():
    doc = NLP("التقى الرئيس التركي رجب طيب أردوغان نظيره الإيراني في أنقرة وطهران")
    assert [e.start for e in doc.entities] == sorted(e.start for e in doc.entities)
    assert _found(doc) == _found(NLP(doc.text))


def test_missing_crf_model_gives_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"train_ner\.py"):
        Pipeline(["numbers", "dates", "groups", "entities"], model_path=str(tmp_path))


# -- the seed article ------------------------------------------------------------------------------------------

SEED_LOC = ["حلب", "سوريا", "دير الزور", "إدلب", "طهران", "اللاذقية", "حمص"]


def test_seed_article_entities(seed_text):
    doc = NLP(seed_text)
    found = _found(doc)
    for place in SEED_LOC:
        assert (place, "LOC") in found, place
    assert ("محمد سعيد", "PER") in found
    for ent in doc.entities:
        assert doc.text[ent.start:ent.end] == ent.text


def test_seed_article_full_pipeline_leaves_groups_alone(seed_text):
    pytest.importorskip("arabnews.extract.groups")
    doc = Pipeline()(seed_text)
    found = _found(doc)
    for place in SEED_LOC:
        assert (place, "LOC") in found, place
    assert ("محمد سعيد", "PER") in found
    quds = [g for g in doc.groups if "لواء القدس" in g.text]
    assert quds
    for group in quds:
        assert not [e for e in doc.entities if e.label == "LOC" and e.start < group.end and group.start < e.end]


def test_backoff_rules_on_news_text():
    # a prominent place after a locative word, a LOC cut before the adverb it ran into, a clitic
    # ب read only where it can be one, and a regnal ordinal kept in the name
    assert ("حلب", "LOC") in _found(NLP("انطلقت القافلة من حلب باتجاه الرقة"))
    doc = NLP("يتركز انتشارها من ريف حمص وحتى دير الزور شرقا")
    assert ("دير الزور", "LOC") in _found(doc) and not [e for e in doc.entities if "شرقا" in e.text]
    assert not [e for e in NLP("التقى نظيره الأمريكي جو بايدن").entities if e.label == "LOC"]
    assert ("عبد الله الثاني", "PER") in _found(NLP("زار الملك عبد الله الثاني العاصمة الأردنية عمان"))


def test_lone_common_nouns_are_not_entities(seed_text):
    # "مدينة" is also Medina in GeoNames and "الميليشيا" a group trigger: alone, they name nothing
    doc = Pipeline()(seed_text)
    lone = {"مدينة", "المدينة", "ميليشيا", "الميليشيا", "الميليشيات"}
    assert not [e.text for e in doc.entities if e.text in lone]
    assert [e.text for e in doc.entities if e.text.endswith("حلب")].count("حلب") >= 6


def test_a_document_of_several_batches_keeps_its_tags_compactly_with_the_same_entities(monkeypatch) -> None:
    from pathlib import Path

    import arabnews.extract.entities.backend as backend_module

    text = (Path(__file__).resolve().parent / "golden" / "ant_sample.txt").read_text(encoding="utf-8")
    nlp = Pipeline()
    expected = [e.to_dict() for e in nlp(text).entities]
    monkeypatch.setattr(backend_module, "BATCH_TOKENS", 50)  # several batches: the compact path
    assert [e.to_dict() for e in nlp(text).entities] == expected and len(expected) > 50
