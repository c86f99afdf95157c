"""Session 29: the article reader on pages of sites other than the seed's and ANT's, and on plain text.

``tests/data/pages29/pages29.txt`` holds 38 pages and texts (Al Jazeera Net, BBC Arabic, Sky News Arabia,
Al Arabiya, Youm7, Hespress, Asharq Al-Awsat, Enab Baladi, Al-Masry Al-Youm, France 24, RT, SANA, KUNA, CNN,
Mosaique, Anadolu, Al-Ahram, Al-Wasat, Arabi21, a WordPress blog, a forum, a Facebook post; one-line texts, headlines, a
post, paragraphs, a press release, lists), each line marked with its part.  On main 38b2b61, 63 of their 372
lines were wrong, six of them body paragraphs lost as furniture: paragraphs without a full stop after an
"اقرأ أيضاً" block were read as its link titles, a paragraph ending with "(رويترز)" as a caption.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from arabnews.article import load_rules, segment
from test_pages_families25 import build, load_pages, wrong_lines

PAGES29 = Path(__file__).resolve().parent / "data" / "pages29" / "pages29.txt"
ALL_PAGES = load_pages(PAGES29)


def test_the_page_set_is_whole() -> None:
    assert len(ALL_PAGES) == 38
    assert sum(1 for lines in ALL_PAGES.values() for tag, _ in lines if tag) == 372


@pytest.mark.parametrize("name", sorted(ALL_PAGES))
def test_every_line_of_a_page_lands_in_its_part(name: str) -> None:
    assert wrong_lines(ALL_PAGES[name]) == []


def test_paragraphs_without_full_stops_after_a_read_also_block_stay_body() -> None:
    text = build(ALL_PAGES["youm7_no_full_stops"])[0]
    art = segment(text)
    assert len(art.body) == 3 and all(text[p.start:p.end] == p.text for p in art.body)
    assert [p.text for p in art.body][1:] == ["وبمواجهتهم اعترفوا بارتكاب الواقعة بقصد بيعها والاستفادة من ثمنها",
                                          "وتحرر محضر بالواقعة وتولت النيابة التحقيق"]
    start = text.index("وبمواجهتهم")
    assert (art.body[1].start, art.body[1].end) == (start, start + 65)
    assert [(b.rule, b.text) for b in art.boilerplate if b.rule == "link_list"] == [
        ("link_list", "حبس عاطل لاتهامه بسرقة هاتف محمول من سيدة بالهرم")]


def test_a_related_headline_beginning_with_waw_stays_a_link() -> None:
    # "واشنطن" is no connective: the link block goes on until "كما تطرق …"
    art = segment(build(ALL_PAGES["related_then_paragraphs"])[0])
    assert [b.text for b in art.boilerplate if b.rule == "link_list"] == [
        "الرئيس يلتقي رئيس الحكومة", "واشنطن تدعو إلى حوار وطني شامل"]
    assert [p.text for p in art.body][1:] == ["كما تطرق اللقاء إلى ملف الهجرة غير النظامية",
                                          "من جهته أكد الوزير الفرنسي دعم بلاده لجهود الإصلاح"]


def test_a_paragraph_ending_with_an_agency_is_no_caption() -> None:
    art = segment(build(ALL_PAGES["caption_or_paragraph"])[0])
    assert [b.text for b in art.boilerplate if b.rule == "caption"] == ["جنود في موقع الهجوم (رويترز)"]
    assert "وأكد المصدر أن الهجوم أسفر عن مقتل 3 جنود (رويترز)" in [p.text for p in art.body]


def test_a_dateline_above_the_first_paragraph_makes_no_title() -> None:
    # the line after the first paragraph continues it ("وأضافت …"): it is no title
    art = segment(build(ALL_PAGES["agency_dateline_text"])[0])
    assert art.title is None
    assert art.body[0].text == "أعلنت وزارة الداخلية عن إيقاف 4 عناصر إرهابية في جبال القصرين"


def test_a_section_name_of_three_words_is_the_menu_not_the_title() -> None:
    art = segment(build(ALL_PAGES["rt_missile"])[0])
    assert art.title is not None and art.title.text == "الجيش الإسرائيلي يعلن اعتراض صاروخ أطلق من اليمن"
    assert ("أخبار العالم العربي", "menu") in [(b.text, b.rule) for b in art.boilerplate]
    # a title of three words that is no section's name stays the title
    art = segment("الرئيسية\nسياسة\nزلزال يضرب تركيا\n16.12.2024 07:15\n"
                  "ضرب زلزال بقوة 5 درجات جنوب تركيا صباح اليوم ولم ترد أنباء عن إصابات أو أضرار.")
    assert art.title is not None and art.title.text == "زلزال يضرب تركيا"


@pytest.mark.parametrize("text", [
    "المصدر: وزارة الداخلية تعلن إيقاف 12 مهربا في الجنوب",
    "تونس - وات",
    "صورة أرشيفية لمقر المجلس الرئاسي",
    "شارك هذا:",
    "2 دقائق",
    "تابعوا RT على",
    "|",
    "الموضوعات المتعلقة",
    "أخبار العالم العربي",
    "وأكد المصدر أن الهجوم أسفر عن مقتل 3 جنود (رويترز)",
])
def test_a_one_line_text_is_body(text: str) -> None:
    art = segment(text)
    assert [(p.start, p.end, p.text) for p in art.body] == [(0, len(text), text)]
    assert art.boilerplate == [] and art.title is None


@pytest.mark.parametrize("line", [
    # related-stories headings, with and without the article
    "الموضوعات المتعلقة", "الأخبار ذات الصلة", "مقالات مرتبطة", "قصص مشابهة", "المواضيع ذات العلاقة",
    "إظهار أخبار متعلقة", "المزيد حول هذه القصة", "الكلمات الدلالية", "الكلمات المفاتيح",
])
def test_related_headings_are_sections(line: str) -> None:
    assert load_rules().match(line) == ("section_heading", "section")


@pytest.mark.parametrize(("line", "rule"), [
    ("نشر في: 20 يناير ,2024: 03:41 م GST", "timestamp"),
    ("4 فبراير 2024 في 10:15 ص", "timestamp"),
    ("# الثلاثاء، 23 يوليو 2024 10:13 ص بتوقيت غرينتش", "timestamp"),
    ("قراءة 3 دقائق", "counter"),
    ("مدة القراءة: 4 دقائق", "counter"),
    ("دقيقتان", "counter"),
    ("القاهرة - أ ش أ", "byline"),
    ("الرباط - ومع", "byline"),
    ("صنعاء (سبأ) -", "byline"),
    ("طرابلس / الأناضول", "byline"),
    ("التدوينة السابقة", "navigation"),
    ("المقال التالي", "navigation"),
    ("اضغط للمشاركة على فيسبوك (فتح في نافذة جديدة)", "navigation"),
    ("تعليقان", "comments_heading"),
    ("3 تعليقات على “جولة في أسواق قابس”", "comments_heading"),
    ("لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "newsletter"),
    ("التصنيفات: رحلات", "tags_line"),
    ("رد مع اقتباس", "comment_tools"),
    ("***", "separator"),
    ("اقرأ أيضاً >> السدود في أدنى مستوياتها", "read_also"),
    ("للمزيد: الحكومة تقر زيادة الأجور", "read_also"),
    ("(صورة: أ ف ب)", "caption"),
    ("بواسطة admin", "byline"),
    ("نشر بواسطة سامي", "byline"),
    ("آخر تحديث: منذ 5 دقائق", "updated_age"),
    ("أعجبني · رد · 3 س", "comment_tools"),
    ("رد · 2 ي", "comment_tools"),
])
def test_furniture_of_other_sites(line: str, rule: str) -> None:
    hit = load_rules().match(line)
    assert hit is not None and hit[0] == rule


@pytest.mark.parametrize("line", [
    "أخبار سارة للمتقاعدين في الموازنة الجديدة",
    "مقالات الرأي تنتقد الحكومة",
    "في 5 فبراير 2024 قتل ثلاثة أشخاص",
    "5 دقائق من الصمت حدادا على الضحايا",
    "ومع ذلك",
    "قال الوزير إن الوضع تحت السيطرة - ومع ذلك",
    "تابعوا معنا تفاصيل الجلسة",
    "صورة الرئيس معلقة في كل مكان",
    "المقال الذي نشرته الصحيفة أثار جدلا",
    "😂😂😂",  # a comment of emoji is no separator
    "بواسطة طائرة مسيرة قصفت الجيش المدينة",
    "للمزيد من المعلومات يرجى الاتصال بالرقم",
    "رد الوزير على الانتقادات",
    "قبل 5 أيام نشر الوزير بيانا",
])
def test_sentences_are_no_furniture(line: str) -> None:
    assert load_rules().match(line) is None


def test_a_facebook_footer_closes_a_comment() -> None:
    art = segment(build(ALL_PAGES["facebook_post"])[0])
    assert [(c.author, c.text) for c in art.comments] == [("سامي علي", "ربي يشفيهم"),
                                                         ("ليلى", "الطريق تحتاج إلى إصلاح عاجل")]


def _after_read_also(line: str) -> str:
    """The part ``line`` lands in when it follows an "اقرأ أيضاً" block inside a page."""
    text = ("الرئيسية\nأخبار\nعنوان الخبر في سطر واحد قصير\nنشر في 5/12/2023\n"
            "قتل ثلاثة أشخاص في انفجار استهدف سوقا شعبية وسط المدينة صباح اليوم بحسب مصادر أمنية.\n"
            f"اقرأ أيضا\nالحكومة تصادق على مشروع قانون المالية\n{line}\nجميع الحقوق محفوظة © 2023")
    art = segment(text)
    if line in [p.text for p in art.body]:
        return "body"
    return next(b.rule for b in art.boilerplate if b.text == line)


@pytest.mark.parametrize("line", [
    # paragraphs without their full stop: a connective, و + a verb, و + the article, وو, a colon, a comma
    "وسيستقبل المسجد المصلين من الطوائف المختلفة على حد سواء",
    "وتمت برمجة أمسية شعرية خلال اليوم الثالث",
    "واستأجرت صاحبة المشروع قاعة داخل كنيسة في برلين",
    "وانطلقت الدورة الأولى من المهرجان سنة 2010",
    "والغريب أن المراهق اختار الانقطاع عن الدراسة",
    "ووضع الرئيس إكليلا من الزهور أمام النصب التذكاري",
    "يذكر أنه تم إنقاذ شاب آخر أصيب برصاصة",
    "تعرف على قصة الفيلم في التسجيل التالي :",
    "الفيلالي، دعا وزارة الشؤون الثقافية إلى دعم مثل هذه المبادرات الهادفة إلى النهوض بالمشهد الثقافي",
])
def test_a_paragraph_after_a_read_also_block_is_body(line: str) -> None:
    assert _after_read_also(line) == "body"


@pytest.mark.parametrize("line", [
    # headlines that begin with و are nouns: they stay links
    "واشنطن تدعو إلى وقف فوري لإطلاق النار في غزة",
    "والي قفصة يدعو إلى التهدئة",
    "وزير الداخلية يتفقد الوحدات الأمنية في الجنوب",
    "وفاة طفل غرقا في شاطئ المنستير",
    "ولاية الخرطوم تعلن حظر التجول ليلا",
    "بعد 10 سنوات، عائلة تروي قصة نجاتها من الحرب",
])
def test_a_headline_after_a_read_also_heading_stays_a_link(line: str) -> None:
    assert _after_read_also(line) == "link_list"


def test_a_title_over_a_first_paragraph_that_opens_with_waw_stays_the_title() -> None:
    # only under a dateline does a continued line lose its title
    art = segment("الرئيسية\nأخبار\nالرئيس يستقبل وزير الخارجية الفرنسي\nنشر في 30/3/2022\n"
                  "وفي تطور جديد استقبل الرئيس اليوم وزير الخارجية الفرنسي وبحث معه العلاقات الثنائية.\n"
                  "وقال الوزير إن البلدين اتفقا على التعاون.")
    assert art.title is not None and art.title.text == "الرئيس يستقبل وزير الخارجية الفرنسي"


def test_the_title_under_a_sidebar_is_no_link() -> None:
    art = segment(build(ALL_PAGES["sidebar_first"])[0])
    assert art.title is not None and art.title.text == "الحكومة تعلن تعليق الدراسة بسبب الثلوج"
    assert [b.text for b in art.boilerplate if b.rule == "link_list"] == [
        "مقتل 5 أشخاص في انفجار بمدينة الموصل", "البرلمان يصادق على قانون الموازنة",
        "ارتفاع أسعار النفط إلى 85 دولارا للبرميل"]
