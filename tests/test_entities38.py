"""Session 38 (ent38): families of wrong person and place spans.

- Figures the news names by their patronym alone are persons ("في عهد بن علي", "ضد عماد الطرابلسي وبن علي", "المستشار
  الأسبق لبن علي"; ``public_figures``: "بن علي", "بن سلمان", "بن غفير"…), with a relative's given name before
  ("منزل حياة بن علي"), never with the preposition "على" the tagger read as "علي" ("أحكام بالسجن على بن علي").
- ل + a title with the article ends a name ("قصور بن علي للشيخة موزا").
- A name whose ب is no proclitic is read whole ("باير", "بورك ستريت", "بنان"; ``ba_names.yaml``, ``provinces.yaml``).
- Nisba spellings as families ("الإنقليزي", "الدانماركي", "الهنقاري"; ``ar_words.yaml``): no LOC "دنماركيون".
- A PER that runs into a time of day is cut before it ("وأكد محمد صباح اليوم"); a perfect verb left alone is none
  ("اشرف صباح اليوم"); و + a reporting verb before بن + a family name is out ("وأبرز بن جازية").
- Metals are no names ("هيكل من التيتانيوم"); Latin words after a language's name are no person.
Sentences from ANT v1.1 (article numbers given) and their family; each span checked at its offsets."""

from __future__ import annotations

import pytest

import arabnews
from entity_cases import entities
from entity_cases import entity_spans as spans


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 5418 (headline): the preposition "على" is no part of the name
    ("فساد مالي : أحكام بالسجن على بن علي ولزهر بوعوني", [("بن علي", "PER", 29)]),
    ("هجوم حاد على بن علي", [("بن علي", "PER", 13)]),
    ("عقوبات جديدة على بن سلمان", [("بن سلمان", "PER", 17)]),
    # ANT 3393, 5418, 7205: with a conjunction, a preposition, after a noun of time
    ("أحكام بالسجن ضد عماد الطرابلسي وبن علي وعدد من وزرائه", [("عماد الطرابلسي", "PER", 16), ("بن علي", "PER", 32)]),
    ("بتدخل شخصي من بن علي انذاك.", [("بن علي", "PER", 14)]),
    ("كان له زمن بن علي مكتب في تل أبيب", [("بن علي", "PER", 11), ("تل أبيب", "LOC", 26)]),
    ("وحامد مليكة المستشار الأسبق لبن علي حسب ما أكده مصدر", [("حامد مليكة", "PER", 1), ("بن علي", "PER", 29)]),
    ("وتتعلق ببن علي ولزهر بوعوني تهم", [("بن علي", "PER", 8)]),
    # ANT 6210, 6232: his sister's given name before the patronym, an ordinary word too ("حياة", life)
    ("الدائرة الجنائية تنظر في قضية حرق منزل حياة بن علي ونهبه", [("حياة بن علي", "PER", 39)]),
    # a name of the tagger's stays whole; the Turkish prime minister's given name is that patronym
    ("قال محسن بن علي المدير الجهوي", [("محسن بن علي", "PER", 4)]),
    ("في إجبار رئيس الحكومة التركية بن علي يلدريم، على سحب", [("بن علي يلدريم", "PER", 30)]),
])
def test_figure_by_patronym(sentence: str, expected: list[tuple[str, str, int]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 3801: "to the Sheikha" ends the name, the Sheikha's name is another
    ("الحكومة تخطّط لبيع أحد قصور بن علي للشيخة موزا", [("بن علي", "PER", 28), ("موزا", "PER", 42)]),
])
def test_title_after_lam_ends_name(sentence: str, expected: list[tuple[str, str, int]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "surface", "label"), [
    # ANT 528, 1244, 8285, 8099: the ب of the name stays
    ("الأسبرين الذي تم اكتشافه في معامل شركة باير باي في 1897", "باير", "ORG"),
    ("الحادث الذي وقع في قلب منطقة بورك ستريت التجارية", "بورك", "LOC"),
    ("قام عدد من الشباب في مدينة بنان من ولاية المنستير بتحويل حديقة", "بنان", "LOC"),
    ("تقدم مواطن بمدينة بنان الى مركز الحرس", "بنان", "LOC"),
])
def test_name_keeps_its_ba(sentence: str, surface: str, label: str) -> None:
    start = sentence.index(surface)
    assert (surface, label, start) in spans(sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 7757, 8372: listed Tunisian towns in quotes, a list of places, no organisations
    ('افتتاح 3 فضاءات تجارية بكل من معتمديات "الساحلين" و"زرمدين" و"بنان" وذلك في إطار تقريب الخدمات',
     ("بنان", "LOC", 62)),
    ('على مستوى 4 مدارس إعدادية بـ"سيدي عامر "و"بنبلة "والمنستير', ("بنبلة", "LOC", 42)),
])
def test_quoted_town_not_org(sentence: str, expected: tuple[str, str, int]) -> None:
    assert expected in spans(sentence)


def test_bennane_is_tunisian() -> None:
    doc = arabnews.analyze("قام عدد من الشباب في مدينة بنان من ولاية المنستير", reference_date="2017-06-01")
    bennane = [e for e in doc.entities if e.text == "بنان"]
    assert bennane and bennane[0].attrs.get("country") == "TN"


@pytest.mark.parametrize("word", ["باوك", "وباوك", "باير", "بورك", "بالي", "بالميراس", "بنان", "بنّان"])
def test_ba_names_split(word: str) -> None:
    from arabnews.document import Document
    from arabnews.extract.entities.decode import entity_split
    from arabnews.extract.entities.gazetteer import default_gazetteer

    tok = next(t for t in Document(word).tokens if t.kind == "word")
    split = entity_split(tok, default_gazetteer(), "LOC")
    assert (word if split is None else split.stem).lstrip("و") == word.lstrip("و")


@pytest.mark.parametrize(("word", "code"), [
    ("الإنقليزي", "GB"), ("الإنكليزية", "GB"), ("الإنجليزيين", "GB"), ("الدانماركي", "DK"), ("الدنماركية", "DK"),
    ("دنماركيون", "DK"), ("الهنقاري", "HU"), ("السنقالي", "SN"), ("النمساوي", "AT"), ("البولوني", "PL"),
    ("الأنجولي", "AO"), ("أوزبكي", "UZ"),
])
def test_nisba_spellings(word: str, code: str) -> None:
    from arabnews.extract.entities.gazetteer import default_gazetteer, key

    assert default_gazetteer().nisba.get(key(word)) == code


@pytest.mark.parametrize("word", ["المجري", "المالي", "الجاني"])
def test_nisba_homographs_left_out(word: str) -> None:
    from arabnews.extract.entities.gazetteer import default_gazetteer, key

    assert key(word) not in default_gazetteer().nisba


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 445, 571: a nisba of people is no place
    ("إذ كشفت دراسة أجراها علماء دنماركيون أن ارتفاع نسبة ثاني أكسيد الكربون", [("الكربون", "MISC")]),
    # ANT 222: after the particle, one common noun is no person
    ("وحسب العلماء الدنماركيين فإن خطر الإصابة بالسكتة القلبية يزداد", []),
])
def test_nisba_of_people(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


def test_nisba_count() -> None:
    doc = arabnews.analyze("قتل 15 إنقليزيا في الحادث", reference_date="2017-06-01")
    assert [(n.text, n.attrs.get("nationality")) for n in doc.numbers] == [("15", "GB")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 10130: "supervised this morning"
    ("اشرف صباح اليوم السبت 11 مارس 2017، وزير تكنولوجيات الاتصال على تظاهرة", []),
    ("وأشرف مساء أمس الوالي على الاجتماع", []),
    # the family: a name that runs into the time of day
    ("وأكد محمد صباح اليوم أن الوضع مستقر", [("محمد", "PER", 5)]),
    ("وصل الشيخ صباح الأحمد صباح اليوم إلى الكويت", [("صباح الأحمد", "PER", 10), ("الكويت", "LOC", 37)]),
])
def test_person_before_day_part(sentence: str, expected: list[tuple[str, str, int]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 10131 and other reporting verbs
    ('على موقع التواصل الاجتماعي "فيسبوك". وأبرز بن جازية أن تطور هذا الفضاء', [("فيسبوك", "ORG", 28),
                                                                              ("بن جازية", "PER", 43)]),
    ("وأشاد بن جازية بالمبادرة", [("بن جازية", "PER", 6)]),
])
def test_verb_before_patronym(sentence: str, expected: list[tuple[str, str, int]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # ANT 10152
    "أعادت العلامة الإيطالية إطلاق الهاتف بهيكل من التيتانيوم المصقول",
    "واستخدم في صنع الهيكل الألمنيوم والتيتانيوم",
    "ارتفعت أسعار النيكل والزنك في الأسواق",
])
def test_metals_are_no_names(sentence: str) -> None:
    assert spans(sentence) == []


@pytest.mark.parametrize("sentence", [
    "وحسب تقرير نشر باللغة الإنجليزية Breaking News",
    "وحسب تقرير نشر بالفرنسية Breaking News",
])
def test_latin_after_language(sentence: str) -> None:
    assert [s for s in spans(sentence) if s[1] == "PER"] == []
