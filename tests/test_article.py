"""The article stage: title, body, comments, media and furniture of scraped pages (text and HTML)."""

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arabnews import Document, Pipeline, Region
from arabnews.article import Article, analyze_html, load_rules, parse_age, segment
from arabnews.article.furniture import fold_line
from arabnews.article.media import classify_url, is_youtube_id
from arabnews.pipeline import DEFAULT_STAGES

PAGES = Path(__file__).resolve().parent / "pages"
HAS_TRAFILATURA = importlib.util.find_spec("trafilatura") is not None
needs_trafilatura = pytest.mark.skipif(not HAS_TRAFILATURA, reason="trafilatura (the html extra) is not installed")


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def run(text: str, **options) -> Document:
    return Pipeline(["article"], **options)(text, reference_date="2020-06-02")


def assert_offsets(doc: Document) -> None:
    """Every part of doc.to_dict()["article"] points at its text in doc.text."""
    data = json.loads(doc.to_json())["article"]
    text = doc.text
    if not text.strip():  # the pipeline runs no stage on a blank text
        assert data in ({}, Article().to_dict() | {"meta": data.get("meta")}) and doc.regions == []
        return
    spans = ([data["title"]] if data["title"] else []) + data["body"] + data["media"] + data["boilerplate"]
    for span in spans + data["comments"]:
        assert text[span["start"]:span["end"]] == span["text"], span
    for c in data["comments"]:
        if c["author"] is not None:
            assert text[c["author_start"]:c["author_end"]] == c["author"]
        if c["age"] is not None:
            assert text[c["age_start"]:c["age_end"]] == c["age"]
    for r in doc.regions:
        assert 0 <= r.start < r.end <= len(text)
    assert doc.regions == sorted(doc.regions, key=lambda r: r.start)


def part_texts(doc: Document, part: str) -> list[str]:
    return [doc.text[r.start:r.end] for r in doc.regions if r.part == part]


# -- the seed page ---------------------------------------------------------------------------------
SEED_TITLE = "ميليشيا لواء القدس تنتشل جثث عشرات من مقاتليها في مدينة حلب"
SEED_COMMENT = "مليشيات لواء القدس الفلسطيني ماذا يفعل في معارك في سورية ؟! اليس المفروض ان يكونوا في فلسطين لتحريرها من الغزات الصهاينة؟!"  # noqa: E501


@pytest.fixture(scope="module")
def seed_doc(seed_text):
    return run(seed_text)


def test_seed_title_found_once(seed_doc):
    art = seed_doc.article
    assert art.title.text == SEED_TITLE and (art.title.start, art.title.end) == (0, len(SEED_TITLE))
    assert part_texts(seed_doc, "title") == [SEED_TITLE]
    assert not any(SEED_TITLE in p.text for p in art.body)
    assert [b.rule for b in art.boilerplate if b.text == SEED_TITLE] == ["title_repeat"]


def test_seed_body_has_no_comment_and_no_furniture(seed_doc):
    body = part_texts(seed_doc, "body")
    assert len(body) == 10
    assert body[0].startswith("انتشلت ميليشيا لواء القدس الفلسطيني جثث 46 مقاتلا")
    assert body[-1].startswith("تأسست الميليشيا مطلع عام 2014")
    assert body[4].startswith("كما نفذت") and body[4].endswith("للمدينة.")  # NBSP around the paragraph stripped
    assert body[5].endswith("لحلب.")
    joined = "\n".join(body)
    for furniture in ("التعليقات (1)", "غريب", "منذ 3 سنوات", "الأكثر قراءة", "أهم المواضيع", "أهم التصنيفات",
                      "BRxlYSrAP5s", "الصهاينة"):
        assert furniture not in joined
    assert [p.text for p in seed_doc.article.body] == body


def test_seed_exactly_one_comment(seed_doc):
    (c,) = seed_doc.article.comments
    assert (c.author, c.age, c.text) == ("غريب", "منذ 3 سنوات شهرين", SEED_COMMENT)
    assert c.age_date == "2017-04-02"  # 2020-06-02 minus 3 years 2 months
    assert part_texts(seed_doc, "comment") == [SEED_COMMENT]


def test_seed_media_and_boilerplate(seed_doc):
    (m,) = seed_doc.article.media
    assert (m.kind, m.id, m.text) == ("youtube", "BRxlYSrAP5s", "BRxlYSrAP5s")
    assert m.url == "https://www.youtube.com/watch?v=BRxlYSrAP5s"
    rules = {b.text: b.rule for b in seed_doc.article.boilerplate}
    assert rules == {SEED_TITLE: "title_repeat", "التعليقات (1)": "comments_heading", "1": "counter",
                     "الأكثر قراءة": "section_heading", "💡 أهم المواضيع": "section_heading",
                     "✨ أهم التصنيفات": "section_heading"}
    assert_offsets(seed_doc)


def test_seed_without_reference_date_keeps_age_unresolved(seed_text):
    doc = Pipeline(["article"])(seed_text)
    assert doc.article.comments[0].age_date is None
    assert doc.article.comments[0].age == "منذ 3 سنوات شهرين"


def test_seed_to_dict_article(seed_doc):
    data = json.loads(seed_doc.to_json())["article"]
    assert set(data) == {"title", "body", "comments", "media", "boilerplate", "meta"}
    assert data["title"] == {"start": 0, "end": 59, "text": SEED_TITLE}
    assert set(data["comments"][0]) == {"start", "end", "text", "author", "author_start", "author_end",
                                        "age", "age_start", "age_end", "age_date"}
    assert data["media"][0] == {"start": 1640, "end": 1651, "text": "BRxlYSrAP5s", "kind": "youtube",
                                "id": "BRxlYSrAP5s", "url": "https://www.youtube.com/watch?v=BRxlYSrAP5s"}
    assert data["meta"] == {"source": "text"}
    assert Article.from_dict(data).to_dict() == data


# -- further page shapes -------------------------------------------------------------------------
def test_several_comment_authors_and_layouts():
    doc = run(page("multi_comments.txt"))
    art = doc.article
    assert art.title.text == "اشتباكات عنيفة في ريف إدلب الجنوبي"
    assert [p.text[:20] for p in art.body] == ["اندلعت اشتباكات عنيف", "وقال مراسلنا إن الاش"]
    got = [(c.author, c.age, c.age_date, c.text) for c in art.comments]
    assert got == [
        ("أبو محمد", "منذ سنتين وشهر", "2018-05-02", "الله يحمي أهلنا في إدلب"),
        ("سامي الحلبي", "منذ 5 أيام", "2020-05-28",
         "النظام لا يفهم إلا لغة القوة.\nوما زال القصف مستمراً على القرى."),
        ("ابن حمص", "قبل ساعتين", "2020-06-02", "حسبنا الله ونعم الوكيل"),
    ]
    rules = [(b.rule, b.text) for b in art.boilerplate]
    assert rules == [("counter", "مشاركة 24"), ("comments_heading", "التعليقات (3)"), ("counter", "3"),
                     ("counter", "0"), ("section_heading", "الأكثر قراءة"),
                     ("page_tail", "عشرات القتلى في قصف على ريف حماة")]
    assert len(part_texts(doc, "comment")) == 3
    assert_offsets(doc)


def test_read_also_blocks_in_mid_body():
    doc = run(page("read_also.txt"))
    art = doc.article
    assert art.title.text == "الأمم المتحدة تحذر من كارثة إنسانية في مخيم الركبان"
    assert [p.text.split()[0] for p in art.body] == ["حذرت", "وأضاف", "وطالبت"]
    assert art.comments == []
    rules = [(b.rule, b.text) for b in art.boilerplate]
    assert rules == [
        ("navigation", "🏠 الرئيسية"), ("emoji_menu", "📰 أخبار سوريا"), ("navigation", "الرئيسية » أخبار » سوريا"),
        ("section_heading", "اقرأ أيضاً"), ("link_list", "انقطاع المساعدات عن مخيم الركبان منذ أشهر"),
        ("link_list", "نازحو الركبان يناشدون المنظمات الدولية"),
        ("read_also", "اقرأ أيضاً: الأردن يغلق الحدود أمام الحالات الإنسانية"),
        ("section_heading", "شاهد أيضاً"), ("link_list", "فيديو: أطفال الركبان في الشتاء"),
        ("share", "شارك على فيسبوك"), ("share", "فيسبوك تويتر واتساب"), ("counter", "1,245 مشاهدة"),
        ("copyright", "جميع الحقوق محفوظة © 2020"),
    ]
    assert_offsets(doc)


def test_no_title_and_media_urls():
    doc = run(page("no_title.txt"))
    art = doc.article
    assert art.title is None and part_texts(doc, "title") == []
    assert len(art.body) == 3 and art.body[0].text.startswith("قالت مصادر محلية")
    media = [(m.kind, m.id) for m in art.media]
    assert media == [("youtube", "dQw4w9WgXcQ"), ("twitter", "1267812345678901234"),
                     ("facebook", "2854321987654321")]
    # a URL inside a paragraph is media and the paragraph stays body; a URL alone on a line is no paragraph
    assert art.media[0].start > art.body[1].start and art.media[0].end < art.body[1].end
    assert not any(p.text.startswith("https://") for p in art.body)
    assert_offsets(doc)


def test_title_repeated_at_start_of_first_paragraph_and_comments_without_ages():
    doc = run(page("title_prefix.txt"))
    art = doc.article
    title = "تركيا ترسل تعزيزات عسكرية جديدة إلى إدلب"
    assert art.title.text == title
    assert art.body[0].text.startswith("أرسل الجيش التركي رتلاً")
    assert [(b.rule, b.text) for b in art.boilerplate] == [("title_repeat", title),
                                                          ("comments_heading", "تعليقات القراء")]
    assert [(c.author, c.age, c.text) for c in art.comments] == [
        ("سامر", None, "رتل جديد ولا شيء يتغير"), ("محمد", None, "ننتظر الأفعال لا الأقوال")]
    assert_offsets(doc)


def test_comments_without_heading_start_at_an_age_line():
    text = ("عنوان الخبر هنا\n\nنص الخبر الأول عن حلب.\n\nنص الخبر الثاني.\n\n"
            "خالد\n· منذ 4 ساعات\nتعليق القارئ الأول\n\nليلى • منذ أسبوع\nتعليق ثان")
    art = run(text).article
    assert [p.text for p in art.body] == ["نص الخبر الأول عن حلب.", "نص الخبر الثاني."]
    assert [(c.author, c.age, c.age_date, c.text) for c in art.comments] == [
        ("خالد", "منذ 4 ساعات", "2020-06-02", "تعليق القارئ الأول"),
        ("ليلى", "منذ أسبوع", "2020-05-26", "تعليق ثان")]


def test_single_line_is_body_without_title():
    doc = run("قتل 7 أشخاص في حلب")
    assert doc.article.title is None
    assert doc.regions == [Region(0, 18, "body")]


# -- parts: what the extractors see ------------------------------------------------------------
def _recorder(seen: list):
    def stage(doc: Document) -> Document:
        for region in doc.extraction_regions():
            seen.extend((t.text, region.part) for t in doc.tokens_between(region.start, region.end))
        return doc
    return stage


@pytest.mark.parametrize(("parts", "has", "has_not"), [
    (("title", "body", "comment"), {("تنتشل", "title"), ("انتشلت", "body"), ("مليشيات", "comment")}, set()),
    (("body",), {("انتشلت", "body")}, {"تنتشل", "مليشيات", "غريب"}),
    (("comment",), {("مليشيات", "comment")}, {"تنتشل", "انتشلت"}),
])
def test_parts_select_what_extractors_see(seed_text, parts, has, has_not):
    seen: list = []
    nlp = Pipeline(["article", ("rec", _recorder(seen))], parts=parts)
    nlp(seed_text)
    assert has <= set(seen)
    words = {w for w, _ in seen}
    assert not has_not & words
    # furniture, media, authors and ages are never analysed
    assert not {"قراءة", "BRxlYSrAP5s", "غريب", "سنوات"} & words
    # the title is counted once although the page repeats it
    if "title" in parts:
        assert sum(w == "تنتشل" for w in words) == 1 and [p for w, p in seen if w == "تنتشل"] == ["title"]


# -- furniture rules are data --------------------------------------------------------------------
USER_PAGE = "عنوان\n\nنص الخبر الأول.\n\nتابع قناتنا على تلغرام\n\nنص الخبر الثاني.\n\nرقم الخبر: 4521"


@pytest.mark.parametrize("furniture", [
    ["تابع قناتنا على تلغرام", "رقم الخبر: 4521"],
    {"phrases": ["تابع قناتنا على تلغرام"], "patterns": [r"رقم الخبر:\s*\d+"]},
    {"rules": {"site": {"role": "line", "phrases": ["تابع قناتنا على تلغرام"], "patterns": [r"رقم الخبر:\s*\d+"]}}},
])
def test_user_furniture(furniture):
    art = run(USER_PAGE, furniture=furniture).article
    assert [p.text for p in art.body] == ["نص الخبر الأول.", "نص الخبر الثاني."]
    assert {b.text for b in art.boilerplate} == {"تابع قناتنا على تلغرام", "رقم الخبر: 4521"}
    # shipped rules still apply
    assert load_rules(furniture).match("الأكثر قراءة") == ("section_heading", "section")


def test_user_furniture_file(tmp_path):
    path = tmp_path / "site.yaml"
    path.write_text("rules:\n  site:\n    role: line\n    phrases: [تابع قناتنا على تلغرام]\n"
                    "    patterns: ['رقم الخبر:\\s*\\d+']\n", encoding="utf-8")
    art = run(USER_PAGE, furniture=str(path)).article
    assert len(art.body) == 2
    (tmp_path / "site.json").write_text(json.dumps({"phrases": ["تابع قناتنا على تلغرام", "رقم الخبر: 4521"]}),
                                        encoding="utf-8")
    assert len(run(USER_PAGE, furniture=tmp_path / "site.json").article.body) == 2


def test_without_user_furniture_those_lines_are_body():
    # and, with no other sign of a page, the whole text is body: its first line is not split off as a title
    art = run(USER_PAGE).article
    assert [p.text for p in art.body] == ["عنوان", "نص الخبر الأول.", "تابع قناتنا على تلغرام", "نص الخبر الثاني.",
                                          "رقم الخبر: 4521"]
    assert art.title is None and art.boilerplate == []


@pytest.mark.parametrize(("furniture", "error"), [
    ({"patterns": ["(unclosed"]}, ValueError),
    ({"rules": {"x": {"role": "nope", "phrases": ["a"]}}}, ValueError),
    ({"other": 1}, ValueError),
    (42, TypeError),
    ({"phrases": [1, 2]}, TypeError),
    ("/no/such/furniture.yaml", FileNotFoundError),
])
def test_bad_furniture_is_a_clean_error(furniture, error):
    with pytest.raises(error):
        Pipeline(["article"], furniture=furniture)


@pytest.mark.parametrize(("line", "rule"), [
    ("التعليقات (1)", "comments_heading"),
    ("التعليقات", "comments_heading"),
    ("5 تعليقات", "comments_heading"),
    ("الأكثر قراءة", "section_heading"),
    ("💡 أهم المواضيع", "section_heading"),
    ("✨ أهم التصنيفات", "section_heading"),
    ("اقرأ أيضاً", "section_heading"),
    ("إقرأ أيضا:", "section_heading"),
    ("شاهد أيضاً", "section_heading"),
    ("اقرأ أيضاً: الأردن يغلق الحدود", "read_also"),
    ("مشاركة 12", "counter"),
    ("12 إعجاب", "counter"),
    ("١٢", "counter"),
    ("🔥 عاجل", "emoji_menu"),
    ("Facebook | Twitter | WhatsApp", "share"),
    ("© 2020 أورينت نت", "copyright"),
])
def test_shipped_rules(line, rule):
    assert load_rules().match(line)[0] == rule


def test_shipped_patterns_compile_alone_and_read_so_as_in_the_alternation():
    """The shipped patterns are not compiled one by one at load (session 34: a third of the stage's cost over 100
    articles): each compiles alone, and none has a flag for the whole pattern nor a back-reference, so the rule a
    line gets (the first pattern that matches it alone) is the alternation's first alternative that does."""
    import regex

    from arabnews.article.furniture import _NOT_ALONE, _shipped_patterns

    patterns = [p for p, _, _ in load_rules().groups]
    assert set(patterns) == _shipped_patterns() and len(patterns) > 40
    for p in patterns:
        regex.compile(p)
        assert not _NOT_ALONE.search(p), p
    # the alternation with a group per pattern, as the rules were compiled before: the same rule for each line
    grouped = regex.compile("|".join(f"(?P<_r{i}>{p})" for i, p in enumerate(patterns)), regex.V0 | regex.IGNORECASE)
    for line in ("مشاركة 12", "12 إعجاب", "١٢", "🔥 عاجل", "Facebook | Twitter | WhatsApp", "© 2020 أورينت نت",
                 "اقرأ أيضاً: الأردن يغلق الحدود", "5 تعليقات", "2016", "منذ 3 ساعات", "قتل 7 أشخاص في حلب"):
        text = load_rules().match(line)
        m = grouped.fullmatch(fold_line(line).strip())
        assert (text and text[0]) == (m and load_rules().groups[int(m.lastgroup[2:])][1]) or (
            text is not None and m is None and text[0] in {r for r, _ in load_rules().phrases.values()}), line


def test_user_pattern_with_a_flag_for_the_whole_pattern_keeps_the_alternation():
    """A user's pattern that reads otherwise alone (a flag for the whole pattern, a back-reference) gets its rule
    from the alternation with a group per pattern, as before session 34."""
    assert load_rules({"rules": {"site_ids": {"role": "line", "patterns": [r"(\d)\1 id"]}}}).pattern is not None
    rules = load_rules({"rules": {"site_menu": {"role": "line", "patterns": [r"(?s)menu.x"]}}})
    assert rules.pattern is not None and rules.match("MENU x") == ("site_menu", "line")
    plain = load_rules({"rules": {"site": {"role": "section", "patterns": [r"قسم \d+"]}}})
    assert plain.pattern is None and plain.match("قسم 12") == ("site", "section")
    with pytest.raises(ValueError, match="site"):
        load_rules({"rules": {"site": {"patterns": ["a)(?:b"]}}})


@pytest.mark.parametrize("line", [
    "قتل 7 أشخاص في حلب", "وقال مراسلنا إن الاشتباكات تركزت على أطراف البلدة.", "2016",
    "مشاركة الفصائل في المعارك مستمرة منذ أشهر", "x" * 400,
])
def test_rules_leave_prose_alone(line):
    expected = ("counter", "line") if line == "2016" else None  # a year alone on a line reads as a counter
    assert load_rules().match(line) == expected


# -- ages and media ------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("منذ 3 سنوات شهرين", "2017-04-02"),
    ("·منذ 3 سنوات شهرين", "2017-04-02"),
    ("منذ سنة و 3 أشهر", "2019-03-02"),
    ("منذ سنتين وشهر", "2018-05-02"),
    ("قبل ٥ دقائق", "2020-06-02"),
    ("منذ ثلاثة أيام", "2020-05-30"),
    ("منذ أسبوعين", "2020-05-19"),
    ("منذ يوم واحد", "2020-06-01"),
    ("منذ 30 ساعة", "2020-06-01"),
    ("منذ عامين", "2018-06-02"),
    ("منذ 4 أشهر", "2020-02-02"),
    ("منذ بضع ساعات", None),
    ("منذ أيام", None),
])
def test_age_resolution(text, expected):
    age = parse_age(text)
    assert age is not None
    resolved = age.resolve(dt.date(2020, 6, 2))
    assert (resolved.isoformat() if resolved else None) == expected


def test_age_month_end_and_bad_input():
    assert parse_age("منذ شهر").resolve(dt.date(2020, 3, 31)) == dt.date(2020, 2, 29)
    assert parse_age("منذ 9999 سنة").resolve(dt.date(2020, 1, 1)) is None
    assert parse_age("في حلب") is None and parse_age("") is None
    with pytest.raises(TypeError):
        parse_age(None)


@pytest.mark.parametrize(("url", "kind", "ident"), [
    ("https://www.youtube.com/watch?v=BRxlYSrAP5s", "youtube", "BRxlYSrAP5s"),
    ("https://www.youtube.com/watch?feature=share&v=BRxlYSrAP5s&t=3", "youtube", "BRxlYSrAP5s"),
    ("https://youtu.be/BRxlYSrAP5s", "youtube", "BRxlYSrAP5s"),
    ("https://www.youtube.com/embed/BRxlYSrAP5s", "youtube", "BRxlYSrAP5s"),
    ("https://www.youtube.com/shorts/BRxlYSrAP5s", "youtube", "BRxlYSrAP5s"),
    ("https://twitter.com/OrientNews/status/1267800000000000000", "twitter", "1267800000000000000"),
    ("https://x.com/OrientNews/status/12", "twitter", "12"),
    ("https://www.facebook.com/orient.news/videos/123456789/", "facebook", "123456789"),
    ("https://www.facebook.com/watch/?v=98765", "facebook", "98765"),
    ("https://www.facebook.com/orient.news", "facebook", "orient.news"),
])
def test_classify_url(url, kind, ident):
    assert classify_url(url)[:2] == (kind, ident)


@pytest.mark.parametrize("url", ["https://example.com/a", "https://www.facebook.com/sharer/sharer.php?u=x",
                                 "https://twitter.com/OrientNews", "https://www.youtube.com/watch?v=short"])
def test_not_media(url):
    assert classify_url(url) is None


@pytest.mark.parametrize(("s", "ok"), [("BRxlYSrAP5s", True), ("dQw4w9WgXcQ", True), ("Information", False),
                                       ("12345678901", False), ("INFORMATION", False), ("hello-world", False)])
def test_youtube_id(s, ok):
    assert is_youtube_id(s) is ok


# -- HTML ----------------------------------------------------------------------------------------
@needs_trafilatura
def test_html_page_with_article_and_meta_date():
    html = page("article.html")
    doc = analyze_html(html, url="https://example.com/news/1", pipeline=Pipeline(["article"]))
    art = doc.article
    assert doc.reference_date == dt.date(2020, 6, 2)  # from <meta property="article:published_time">
    assert art.meta["source"] == "html" and art.meta["published"] == "2020-06-02"
    assert art.meta["author"] == "أحمد خالد" and art.meta["url"] == "https://example.com/news/1"
    assert art.meta["embeds"] == [{"kind": "youtube", "id": "BRxlYSrAP5s",
                                   "url": "https://www.youtube.com/watch?v=BRxlYSrAP5s"}]
    assert art.title.text == "مقتل خمسة مدنيين بقصف على حلب"
    assert [p.text[:12] for p in art.body] == ["قُتل خمسة مد", "وقال المصدر ", "ويأتي القصف "]
    for menu in ("الرئيسية", "الأكثر قراءة", "جميع الحقوق"):
        assert menu not in doc.text
    assert_offsets(doc)


@needs_trafilatura
def test_html_reference_date_given_wins_and_is_html_switch():
    html = page("article.html")
    doc = analyze_html(html, reference_date="2021-01-01", pipeline=Pipeline(["article"]))
    assert doc.reference_date == dt.date(2021, 1, 1)
    doc = Pipeline(["article"], is_html=True)(html)
    assert doc.article.title.text == "مقتل خمسة مدنيين بقصف على حلب"
    assert doc.reference_date == dt.date(2020, 6, 2)
    assert doc.text.startswith("مقتل خمسة مدنيين") and "<p>" not in doc.text
    assert_offsets(doc)


@needs_trafilatura
def test_html_comments_are_tagged():
    html = ("<html><body><article><h1>عنوان الخبر</h1><p>" + "نص الخبر عن القصف في حلب. " * 8 + "</p></article>"
            "<div class='comments'><h3>التعليقات (1)</h3><div class='comment'><p>رحم الله الضحايا</p></div></div>"
            "</body></html>")
    doc = analyze_html(html, pipeline=Pipeline(["article"]))
    assert [c.text for c in doc.article.comments] == ["رحم الله الضحايا"]
    assert part_texts(doc, "comment") == ["رحم الله الضحايا"]


@needs_trafilatura
@pytest.mark.parametrize("html", ["", "   ", "<html></html>", b"<html><body><p>\xd9\x86\xd8\xb5</p></body></html>"])
def test_html_empty_or_odd(html):
    doc = analyze_html(html, pipeline=Pipeline(["article"]))
    assert isinstance(doc, Document)
    assert_offsets(doc)


def test_html_bad_type():
    with pytest.raises(TypeError):
        analyze_html(None)


def test_html_without_trafilatura_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(ImportError, match=r"arabnews\[html\]"):
        analyze_html("<html><body><p>نص</p></body></html>", pipeline=Pipeline(["article"]))


# -- robustness ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["", "   \n\n  ", "\n", "BRxlYSrAP5s", "التعليقات (1)", "·منذ يومين",
                                  "\u200f\u200e", "عنوان\r\n\r\nنص الخبر.\r\n", "🔥" * 50, "\x00\ud800 نص"])
def test_odd_input_never_crashes(text):
    doc = run(text)
    assert_offsets(doc)
    art = segment(text)
    assert isinstance(art, Article)


def test_large_inputs_do_not_hang(no_hang):
    para = "قال مراسلنا إن القصف استمر على ريف إدلب طوال الليل. "
    one_line = para * (1_000_000 // len(para))
    with no_hang():
        art = segment(one_line)
    assert art.title is None and len(art.body) == 1 and art.body[0].end == len(one_line.rstrip())
    many = "\n".join(["عنوان"] + [para, "اقرأ أيضاً", "منذ 3 سنوات", "12", "سامي"] * 20_000)
    with no_hang():
        art = segment(many)
    assert len(art.body) >= 1


def test_default_pipeline_runs_article_first():
    assert DEFAULT_STAGES[0] == "article" and Pipeline(["article"]).names == ["article"]


LINES = ["", "   ", "ميليشيا لواء القدس تنتشل جثث عشرات", "قال مراسلنا إن القصف استمر.", "التعليقات (2)", "غريب",
         "·منذ 3 سنوات شهرين", "سامي · منذ يومين", "1", "الأكثر قراءة", "💡 أهم المواضيع", "اقرأ أيضاً",
         "BRxlYSrAP5s", "https://youtu.be/BRxlYSrAP5s", "\xa0نص\xa0", "مَدِينَةُ حَلَب", "\u200fعنوان\u200e"]


@given(st.lists(st.one_of(st.sampled_from(LINES), st.text(max_size=40)), max_size=25),
       st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_any_page_gives_consistent_parts(lines, sep):
    text = sep.join(lines)
    doc = run(text)
    assert_offsets(doc)
    if doc.article is None:
        return
    for r in doc.regions:
        assert doc.text[r.start:r.end].strip(), r
        # furniture is in no region; media is in none (a line of its own) or inside one (a URL in a paragraph)
        assert not any(b.start < r.end and r.start < b.end for b in doc.article.boilerplate)
        for m in doc.article.media:
            assert m.end <= r.start or m.start >= r.end or r.start <= m.start < m.end <= r.end
    for a, b in zip(doc.regions, doc.regions[1:], strict=False):
        assert a.end <= b.start
