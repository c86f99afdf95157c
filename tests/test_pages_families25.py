"""Session 25: the article reader on scraped pages of pan-Arab sites, on plain text and on bad input.

``tests/pages/families25.txt`` holds 38 pages as a scraper gives them (Al Jazeera, BBC Arabic, Youm7,
Hespress, Asharq Al-Awsat, Sky News Arabia, Annahar and others), each line marked with the part it
must land in: on main 8198051, 203 of their 397 lines were wrong (a BBC page's whole body read as a
comment after "قبل 3 ساعات", bylines, timestamps and captions kept as body, titles lost under menus).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arabnews import Pipeline, analyze_many
from arabnews.article import Article, load_rules, segment
from arabnews.errors import InputTypeError

PAGES = Path(__file__).resolve().parent / "pages" / "families25.txt"
PART = {"T": "title", "B": "body", "F": "furniture", "A": "author", "G": "age", "C": "comment", "M": "media"}


def load_pages(path: Path = PAGES) -> dict[str, list[tuple[str, str]]]:
    pages: dict[str, list[tuple[str, str]]] = {}
    name = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#"):
            continue
        if raw.startswith("=== "):
            name = raw[4:].strip()
            pages[name] = []
        elif name is not None:
            pages[name].append((raw[0], raw[2:]) if raw.strip() else ("", ""))
    return pages


def build(lines: list[tuple[str, str]]) -> tuple[str, list[tuple[str, int, int]]]:
    """The page's text and each marked line's (part, start, end)."""
    text, spans = "", []
    for tag, line in lines:
        if tag:
            spans.append((PART[tag], len(text), len(text) + len(line)))
        text += line + "\n"
    return text, spans


def parts(art: Article) -> list[tuple[str, int, int]]:
    out = [("title", art.title.start, art.title.end)] if art.title else []
    out += [("body", p.start, p.end) for p in art.body]
    out += [("furniture", b.start, b.end) for b in art.boilerplate]
    out += [("media", m.start, m.end) for m in art.media]
    for c in art.comments:
        if c.text:
            out.append(("comment", c.start, c.end))
        if c.author_start is not None and c.author_end is not None:
            out.append(("author", c.author_start, c.author_end))
        if c.age_start is not None and c.age_end is not None:
            out.append(("age", c.age_start, c.age_end))
    return out


def part_of(found: list[tuple[str, int, int]], start: int, end: int) -> str:
    inside = {p for p, s, e in found if s <= start and end <= e}
    if {"author", "age"} <= inside:  # "سامي · منذ يومين": an author and an age on one line
        return "age"
    return "+".join(sorted(inside)) or "lost"


ALL_PAGES = load_pages()


def wrong_lines(lines: list) -> list[tuple[str, str, str]]:
    """The lines of a page (``load_pages``' value) that land in another part than the one they are marked with
    (text, wanted, found), after checking that every part found lies inside the page."""
    text, spans = build(lines)
    found = parts(segment(text))
    for _, s, e in found:
        assert 0 <= s < e <= len(text)
    return [(text[s:e], want, part_of(found, s, e)) for want, s, e in spans
            if part_of(found, s, e) not in (want, "author+age" if want == "author" else want)]


def test_the_page_set_is_whole() -> None:
    assert len(ALL_PAGES) == 38
    assert sum(1 for lines in ALL_PAGES.values() for tag, _ in lines if tag) == 397


@pytest.mark.parametrize("name", sorted(ALL_PAGES))
def test_every_line_of_a_page_lands_in_its_part(name: str) -> None:
    assert wrong_lines(ALL_PAGES[name]) == []


@pytest.mark.parametrize(("name", "title"), [
    ("aljazeera_politics", "البرلمان العراقي يفشل للمرة الثالثة في انتخاب رئيس للجمهورية"),
    ("bbc_sudan", "السودان: معارك عنيفة في الخرطوم مع انهيار الهدنة"),
    ("youm7_court", "تأجيل محاكمة 12 متهما بقضية خلية الدواعش لجلسة 15 يناير"),
    ("hespress_society", "أمطار رعدية مرتقبة في عدد من أقاليم المملكة"),
    ("awsat_gulf", "السعودية والكويت توقعان محضرا لتطوير حقل الدرة"),
    ("alquds_report", "الاحتلال يهدم منزلين في بلدة سلوان"),
])
def test_the_title_is_found_below_menus_and_above_bylines(name: str, title: str) -> None:
    art = segment(build(ALL_PAGES[name])[0])
    assert art.title is not None and art.title.text == title


def test_an_age_under_the_title_is_the_articles_time_not_a_comment() -> None:
    # BBC Arabic prints "قبل 3 ساعات" under the title: it started the comments, and the body was lost
    text = build(ALL_PAGES["bbc_sudan"])[0]
    art = segment(text, reference_date=None)
    assert art.comments == []
    assert art.body[0].text.startswith("تجددت المعارك العنيفة في العاصمة السودانية الخرطوم")
    assert ("قبل 3 ساعات", "timestamp") in [(b.text, b.rule) for b in art.boilerplate]


def test_comments_keep_author_age_and_text() -> None:
    art = segment(build(ALL_PAGES["hespress_comment_tools"])[0])
    assert [(c.author, c.age, c.text) for c in art.comments] == [
        ("1 - مواطن من فاس", "منذ 5 ساعات", "قانون يخدم الباطرونا على حساب العمال"),
        ("2 - سمير", "منذ 4 ساعات", "الإضراب حق دستوري ولا يجوز تقييده"),
    ]


@pytest.mark.parametrize(("line", "rule"), [
    ("كتب: محمد شعبان", "byline"),
    ("كتبت- دينا عبد الفتاح:", "byline"),
    ("بقلم: سمير عطا الله", "byline"),
    ("حاوره: أحمد السيد", "byline"),
    ("أبوظبي - سكاي نيوز عربية", "byline"),
    ("الرياض: «الشرق الأوسط»", "byline"),
    ("الجزائر: ق. و", "byline"),
    ("فرانس24 / أ ف ب", "byline"),
    ("دبي، الإمارات العربية المتحدة (CNN)--", "byline"),
    ("نشر في 30/3/2022", "timestamp"),
    ("آخر تحديث: 30/3/2022 11:46 ص (بتوقيت مكة المكرمة)", "timestamp"),
    ("نُشر: 14:00-21 مارس 2022 م ـ 18 شعبان 1443 هـ", "timestamp"),
    ("الأحد، 05 ديسمبر 2021 02:00 م", "timestamp"),
    ("الأحد 5 دجنبر 2021 - 10:00", "timestamp"),
    ("05-12-2021 | 13:45", "timestamp"),
    ("المصدر : الجزيرة + وكالات", "source"),
    ("فلسطينيون يتفقدون الدمار في مخيم النصيرات (رويترز)", "caption"),
    ("منصة نفطية في بحر الشمال - أرشيفية", "caption"),
    ("صدر الصورة، Getty Images", "caption"),
    ("(محمود حجاج/الأناضول)", "caption"),
    ("تابعوا آخر أخبار الاقتصاد عبر قناتنا على تلغرام", "share"),
    ("سجل بريدك الإلكتروني لتصلك أبرز الأخبار", "newsletter"),
    ("نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. باستمرارك في التصفح فإنك توافق على ذلك.", "cookies"),
    ("الوسوم: قانون المالية، الحكومة، أخنوش", "tags_line"),
    ("تعليقات الزوار (2)", "comments_heading"),
    ("12 | 3", "comment_tools"),
])
def test_furniture_families(line: str, rule: str) -> None:
    hit = load_rules().match(line)
    assert hit is not None and hit[0] == rule


@pytest.mark.parametrize("line", [
    # ANT headlines with a quotation: a name and a quote are no place and paper
    'خميس الجهيناوي : "نتألم لما يحدث في سوريا"',
    'الباجي قايد السبسي : "أعطيني حد صحتو خير مني"',
    "71.960.448",  # a count, not a date
    "قتل 5 أشخاص في حلب (رويترز).",  # a sentence with its full stop
    "كتب الرئيس التونسي على صفحته في فيسبوك أن الحملة ستشمل المدارس.",
    "نشر في الجريدة الرسمية قرار يتعلق بتنظيم الصفقات العمومية",
    "المصدر: مصادر أمنية أكدت أن الهجوم وقع فجرا.",
    "عاجل | غارات على إدلب",
])
def test_lines_that_are_no_furniture(line: str) -> None:
    assert load_rules().match(line) is None


def test_a_signature_below_a_statement_is_body_not_tags() -> None:
    art = segment(build(ALL_PAGES["statement_signed"])[0])
    assert [p.text for p in art.body][-3:] == ["عن الهيئة الإدارية", "الكاتب العام", "لسعد اليعقوبي"]


def test_tags_below_the_body_are_named_in_the_page() -> None:
    art = segment(build(ALL_PAGES["awsat_gulf"])[0])
    assert [b.text for b in art.boilerplate if b.rule == "tags"] == ["حقل الدرة", "السعودية", "الكويت"]


# -- plain inputs: never swallowed ------------------------------------------------------------------
PLAIN = [
    "قتل خمسة أشخاص في قصف على حلب.",
    "تأجيل محاكمة 12 متهما بقضية خلية الدواعش لجلسة 15 يناير",
    "البرلمان يصادق على قانون المالية\nصادق مجلس نواب الشعب أمس على مشروع قانون المالية لسنة 2017.",
    "قررت الهيئة الإدارية ما يلي:\n1- الدخول في إضراب عام يوم 20 جانفي\n2- مقاطعة الامتحانات\n3- تنظيم وقفة احتجاجية",
    "الموقعون على البيان:\nحركة النهضة\nنداء تونس\nالجبهة الشعبية\nآفاق تونس",
    "عاجل\nانفجار في العاصمة\nلا معلومات عن ضحايا",
    "وزير الداخلية يؤكد أن الوضع الأمني مستقر في كامل ولايات الجمهورية وأن الوحدات الأمنية في حالة استنفار قصوى",
    "الأحد 5 ديسمبر 2021\nقتل ثلاثة مدنيين بانفجار سيارة مفخخة في عفرين.",
    "قتل ثلاثة مدنيين بانفجار سيارة مفخخة في عفرين.\nالمصدر: وكالات",
    # a text of lines that are each furniture-like is a text of its own
    "الأحد 5 ديسمبر 2021\nالاثنين 6 ديسمبر 2021\nالثلاثاء 7 ديسمبر 2021",
    "سالي نبيل\nبي بي سي نيوز عربي",
    "وصل الوفد منذ ساعتين\nوبدأت المحادثات منذ 3 ساعات",
    "بلادي وإن جارت علي عزيزة\nوأهلي وإن ضنوا علي كرام",
]


@pytest.mark.parametrize("text", PLAIN)
def test_plain_text_is_all_body(text: str) -> None:
    art = segment(text)
    assert [p.text for p in art.body] == [ln.strip() for ln in text.split("\n")]
    assert art.title is None and art.boilerplate == [] and art.comments == []


def test_one_line_of_20_kb_is_body() -> None:
    text = ("أعلنت وزارة الصحة التونسية عن تسجيل 12 إصابة جديدة بفيروس كورونا في ولاية صفاقس و " * 250)[:20_000]
    art = segment(text)
    assert [(p.start, p.end) for p in art.body] == [(0, len(text.rstrip()))]


def test_repeated_punctuation_lines_are_no_repeated_title() -> None:
    art = segment("!!!\n" * 50)
    assert art.title is None and len(art.body) == 50


# -- bad input ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(("value", "message"), [
    (None, "text must be str, not NoneType"),
    ("قتل".encode(), "decode bytes first"),
    (b"\xff\xfe\x00", "decode bytes first"),
    (5, "text must be str, not int"),
    (["قتل"], "text must be str, not list"),
])
def test_non_text_is_a_clear_type_error(nlp: Pipeline, value: object, message: str) -> None:
    with pytest.raises(InputTypeError, match=message):
        nlp(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text must be str"):
        segment(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "numbers"), [
    ("قتل\x00 5\x07 أشخاص\x1b في\x7f حلب\x85.", ["5"]),
    ("قتل \ud800 خمسة \udfff أشخاص في حلب.", ["خمسة"]),
    ("\u202bقتل\u200f 5\u200e أشخاص\u200d في\u200c حلب\u2066.\u2069", ["5"]),
    ("قتـ" + "ـ" * 5_000 + "ـل 5 أشخاص في حلب.", ["5"]),
    ("<p>قتل &amp; 5 &lt;b&gt; أشخاص</p>&nbsp;<script>alert(1)</script> في &#1581;&#1604;&#1576;", ["5", "1"]),
    ("قتل 5\r\nأشخاص\rفي حلب\u2028اليوم\u2029.", ["5"]),
])
def test_odd_characters_keep_offsets(nlp: Pipeline, text: str, numbers: list[str]) -> None:
    doc = nlp(text, reference_date="2021-12-05")
    data = doc.to_dict()
    assert [n["text"] for n in data["numbers"]] == numbers
    for layer in ("entities", "dates", "numbers", "groups", "quotes", "events"):
        for span in data[layer]:
            assert text[span["start"]:span["end"]] == span["text"]
    for p in doc.article.body:
        assert text[p.start:p.end] == p.text


@pytest.mark.parametrize("text", ["", " \t\n\u00a0\u3000 ", "\n" * 1000, "\u200f\u200e\u200b"])
def test_blank_text_gives_an_empty_document(nlp: Pipeline, text: str) -> None:
    data = nlp(text).to_dict()
    assert data["entities"] == data["dates"] == data["numbers"] == data["events"] == []


@pytest.mark.parametrize("unit", ["!", "،", "(", "«", "- "])
def test_a_hundred_thousand_punctuation_marks(unit: str) -> None:
    text = unit * (100_000 // len(unit))
    doc = Pipeline(["article", "numbers", "dates"])(text)
    assert doc.numbers == [] and doc.dates == []
    assert [(p.start, p.end) for p in doc.article.body] == [(0, len(text.rstrip()))]


def _segment_seconds(text: str) -> float:
    best = 1e9
    for _ in range(3):
        t0 = time.perf_counter()
        segment(text)
        best = min(best, time.perf_counter() - t0)
    return best


def test_page_reading_time_is_linear() -> None:
    page = "\n".join(build(lines)[0] for lines in ALL_PAGES.values())
    small, large = _segment_seconds(page * 5), _segment_seconds(page * 20)
    assert large < 4 * small * 2.5  # 4x the text: under 10x the time (linear, with room for a loaded machine)


def test_analyze_many_keeps_the_good_pages_beside_bad_items() -> None:
    page = build(ALL_PAGES["youm7_comments"])[0]
    docs = list(analyze_many([page, None, b"x", page], stages=["article"], on_error="keep"))  # type: ignore[list-item]
    assert len(docs) == 4
    assert docs[0].article.title.text == docs[3].article.title.text == "محافظ الجيزة يتفقد أعمال رصف طريق المريوطية"
    assert [e["type"] for e in docs[1].errors] == ["InputTypeError"]
    assert docs[2].errors and "bytes" in docs[2].errors[0]["message"]


# -- properties --------------------------------------------------------------------------------------
POOL = sorted({line for lines in ALL_PAGES.values() for _, line in lines if line}
              | {"منذ يومين", "سامي", "التعليقات (2)", "اقرأ أيضاً"})
_INVISIBLE = " \t\u00a0\u3000\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\x0b\x0c\r\x1c\x1d\x1e\x1f\x85"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(POOL), st.just(""), st.text(max_size=30)), max_size=20))
def test_no_line_is_lost(lines: list[str]) -> None:
    """Every line with text lands in a part (title, body, comment, author, age, furniture or media),
    and every part is its text's slice."""
    text = "\n".join(lines)
    art = segment(text)
    found = parts(art)
    for _, s, e in found:
        assert 0 <= s < e <= len(text)
    for span in [art.title, *art.body, *art.boilerplate, *art.media, *art.comments]:
        if span is not None and span.text:
            assert text[span.start:span.end] == span.text
    pos = 0
    for line in lines:
        if "\n" not in line and line.strip(_INVISIBLE):
            s, e = pos, pos + len(line)
            assert any(a < e and s < b for _, a, b in found), line
        pos += len(line) + 1


def test_a_byline_without_colon_beside_the_timestamp_and_paragraphs_without_full_stops() -> None:
    text = ("الرئيسية\nحوادث\nالأمم المتحدة تحذر من كارثة في الركبان\nكتب محمد شعبان\nالأحد، 05 ديسمبر 2021 02:00 م\n"
            "حذرت الأمم المتحدة من تدهور الأوضاع الإنسانية في مخيم الركبان على الحدود السورية الأردنية\n"
            "وقال المتحدث باسم المنظمة إن القوافل لم تصل إلى المخيم منذ أشهر\nوالله أعلم\nالمصدر: وكالات")
    art = segment(text)
    assert art.title is not None and art.title.text == "الأمم المتحدة تحذر من كارثة في الركبان"
    assert [(b.rule, b.text) for b in art.boilerplate] == [
        ("navigation", "الرئيسية"), ("menu", "حوادث"), ("byline", "كتب محمد شعبان"),
        ("timestamp", "الأحد، 05 ديسمبر 2021 02:00 م"), ("source", "المصدر: وكالات")]
    # a short line among paragraphs that lost their full stops is body, not the writer's name
    assert [p.text for p in art.body][-1] == "والله أعلم"


LEAD = ("الحكومة تعلن خطة جديدة للنقل العمومي\n"
        "أعلنت الحكومة اليوم عن خطة جديدة لتطوير النقل العمومي في العاصمة تشمل اقتناء 300 حافلة.\n"
        "وقال الوزير إن الخطة ستنفذ على ثلاث مراحل.\n")


@pytest.mark.parametrize(("block", "expected"), [
    # a date and time under the author, or after it on one line, heads a comment as an age does
    ("التعليقات (2)\nمحمد علي - 05/12/2021 10:30\nخطة جيدة لكن التنفيذ هو المهم\nسامية - 05/12/2021 11:02\nنتمنى ذلك",
     [("محمد علي", "05/12/2021 10:30", "خطة جيدة لكن التنفيذ هو المهم"), ("سامية", "05/12/2021 11:02", "نتمنى ذلك")]),
    ("تعليقات الزوار\n1 - محمد الأحد 05 دجنبر 2021 - 11:22\nالله يجعلها أمطار الخير",
     [("1 - محمد", "الأحد 05 دجنبر 2021 - 11:22", "الله يجعلها أمطار الخير")]),
    ("التعليقات\nأبو علي\n2021-12-05 10:30\nكلام سليم\nزائر\n2021-12-05 11:00\nأتفق معك",
     [("أبو علي", "2021-12-05 10:30", "كلام سليم"), ("زائر", "2021-12-05 11:00", "أتفق معك")]),
    # an age after a bar is a comment's header, not a one-line menu
    ("التعليقات\nسامي | منذ يومين\nرحمهم الله\nليلى | قبل 5 دقائق\nحسبنا الله",
     [("سامي", "منذ يومين", "رحمهم الله"), ("ليلى", "قبل 5 دقائق", "حسبنا الله")]),
    # a comment that ends with a date is text
    ("التعليقات (1)\nكريم\nمنذ يومين\nشكرا يوم 5 ديسمبر 2021", [("كريم", "منذ يومين", "شكرا يوم 5 ديسمبر 2021")]),
])
def test_comment_headers_with_dates_and_ages(block: str, expected: list[tuple[str, str, str]]) -> None:
    art = segment(LEAD + block)
    assert [(c.author, c.age, c.text) for c in art.comments] == expected
    assert len(art.body) == 2
