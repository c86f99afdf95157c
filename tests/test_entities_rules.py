"""The post-CRF correction rules of the entities stage (issue #17), on real sentences of ANT news and
of the seed article: exact spans, labels and offsets for each boundary, clitic, ORG and person case.

Each rule is also tested on its own, on the tags the tagger could give, so a test names the rule
that broke.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from arabnews import Pipeline, tokenize
from arabnews.extract.entities import corrections, default_gazetteer
from arabnews.extract.entities.boundaries import places_after_plural_head, stop_before_predicate, trim_function_words
from arabnews.extract.entities.orgs import acronym_after_org, chain_end, extend_org_chain, is_media_name
from arabnews.extract.entities.persons import name_after_title
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
     [("المرصد السوري لحقوق الإنسان", "ORG", 5, 32)]),
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


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_stage_on_real_sentences(sentence: str, expected: list[tuple[str, str, int, int]]) -> None:
    doc = NLP(sentence)
    assert [(e.text, e.label, e.start, e.end) for e in doc.entities] == expected
    for ent in doc.entities:
        assert sentence[ent.start:ent.end] == ent.text


def test_south_sudan_links_to_its_own_country() -> None:
    doc = NLP("على متنها 44 مسافرا : تحطّم طائرة جنوب السودان")
    assert doc.entities[0].attrs["country"] == "SS"


def test_seed_has_no_entity_inside_a_proclitic() -> None:
    """"وأخرى تابعة للميليشيا على "فيس بوك"": the tagger's MISC "للميليشيا على" is no entity."""
    text = SEED.read_text(encoding="utf-8")
    doc = NLP(text)
    near = [(e.text, e.label, e.start) for e in doc.entities if 370 <= e.start < 400]
    assert text[379:391] == "لميليشيا على"
    assert near == [("فيس بوك", "MISC", 393)]


def test_title_before_an_unseen_foreign_name() -> None:
    doc = NLP("وصل المبعوث الأممي غير بيدرسون إلى جنيف لبدء جولة جديدة من المحادثات")
    assert [(e.text, e.label, e.start) for e in doc.entities] == [("غير بيدرسون", "PER", 19), ("جنيف", "LOC", 35)]


def test_title_not_followed_by_a_future_verb() -> None:
    """"الوزير ظريف سيلتقي": "سيلتقي" is a verb, so the two words after the title are no name."""
    doc = NLP("سيما في سوريا وقضايا الخليج، لافتاً إلى أن الوزير ظريف سيلتقي رؤساء البلدان الثلاثة")
    assert [(e.text, e.label) for e in doc.entities] == [("سوريا", "LOC")]


# -- the rules one by one, on the tokens of real sentences -------------------------------------

GAZ = default_gazetteer()


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


def test_places_after_plural_head_is_written_but_left_out() -> None:
    toks = _words("تنشط بين ولايتي جندوبة وباجة مختصّة في سرقة")
    tags = ["O"] * len(toks)
    places_after_plural_head(toks, tags, GAZ)
    assert tags == ["O", "O", "O", "B-LOC", "B-LOC", "O", "O", "O"]
    assert places_after_plural_head not in corrections.RULES


def test_name_after_title_joins_the_taggers_person() -> None:
    toks = _words("وكان المبعوث الأممي إلى سوريا ستافان دي ميستورا قد حضر")
    tags = ["O", "O", "O", "O", "B-LOC", "B-PER", "I-PER", "I-PER", "O", "O"]
    name_after_title(toks, tags, GAZ)  # "إلى" is no name: nothing changes
    assert tags == ["O", "O", "O", "O", "B-LOC", "B-PER", "I-PER", "I-PER", "O", "O"]


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
