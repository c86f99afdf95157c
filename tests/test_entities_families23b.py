"""Session 23 (second wave) entity families, read in ANT news (dev articles 0–3,000): news agencies named by a
country's nisba or a media name after "وكالة أنباء", a quoted group's name without its closing quote, the name after a
secretary of state's long portfolio, a holder set off by a comma before في/خلال, persons after و along a list."""

from __future__ import annotations

import pytest

from entity_cases import NLP, entities

# 1. News agencies: "وكالة الأنباء/الصحافة" + a country's feminine nisba is one ORG with its head (as the tagger reads
#    most: "وكالة الأنباء الجزائرية"); after "وكالة أنباء" a media name is the ORG, the head outside; an agency
#    without a nisba, or an indefinite one, names nothing.
AGENCIES = [
    ('وقال لوكالة الأنباء الألمانية: "نأمل أن يجروا اختبار الحمض النووي"', [("وكالة الأنباء الألمانية", "ORG")]),
    ("من جهة أخرى، ذكرت وكالة الأنباء البلجيكية اليوم أن مشتبها به ثان", [("وكالة الأنباء البلجيكية", "ORG")]),
    ("ذكرت وكالة الأنباء الكوبية أن طائرة عسكرية تحطمت", [("وكالة الأنباء الكوبية", "ORG")]),
    ("ونقلت وكالة الصحافة الفرنسية عن هولاند قوله", [("وكالة الصحافة الفرنسية", "ORG"), ("هولاند", "PER")]),
    ("ذكرت وكالة الأنباء الكورية الجنوبية \"يونهاب\" بأن الزعيم",
     [("وكالة الأنباء الكورية الجنوبية", "ORG"), ("يونهاب", "ORG")]),
    ("بحسب ما ذكرت وكالة انباء الاناضول، أمس السبت", [("الاناضول", "ORG")]),
    ("في جنوب ليبيا، وفق ما ذكرته وكالة أنباء شينخوا.", [("ليبيا", "LOC"), ("شينخوا", "ORG")]),
    # no agency's name
    ("وفق ما نقلته وكالة أنباء روسية عن مصدر أمني", []),
    ('محليا وخارجيا، بحسب وكالة الأنباء الرسمية "وات". وأكد أن', [("وات", "ORG")]),
]

# 2. A channel named by a nisba after a head without the article ("قناة التونسية"); with the article the head and
#    the nisba are a description ("الصحيفة التونسية", "التلفزيون المصري اليوم").
CHANNELS = [
    ("الكاميرا الخفية الذي بث مساء امس على قناة التونسية فيه تطاول", [("التونسية", "ORG")]),
    ("وقالت الصحيفة التونسية إن الحكومة ستعلن عن إجراءات جديدة", []),
]

# 3. A quoted group's name after its head: the ORG stays within the quotes.
QUOTED = [
    ('اغتيل ثلاثة من قادة حركة "فتح" في تونس', [("فتح", "ORG"), ("تونس", "LOC")]),
    ('في حين نفت حركة "حسم" التي تتهمها السلطات', [("حسم", "ORG")]),
]

# 4. The name after "كاتب/كاتبة الدولة" and its portfolio (for, in charge of, attached to a minister), a comma
#    after it or not; "سيدة" is a given name there (also "the lady", and no س + verb); a portfolio of six words,
#    and a holder set off by a comma before في/خلال.
OFFICIALS = [
    ("أكّد كاتب الدولة للفلاحة عمر الباهي، أن الحكومة تولي القطاع الفلاحي اهتماما كبيرا", [("عمر الباهي", "PER")]),
    ("أفاد كاتب الدولة المكلف بالإنتاج الفلاحي عمر الباهي ظهر بأن صابة هذا الموسم",
     [("عمر الباهي", "PER")]),
    ("اشرف كاتب الدولة المكلف بالتجارة، فيصل الحفيان على تدشين مقر", [("فيصل الحفيان", "PER")]),
    ("واكدت كاتبة الدولة سيدة الونيسي من جهتها ، أهمية تطوير وسائل", [("سيدة الونيسي", "PER")]),
    ("وقال وزير الفلاحة والموارد المائية والصيد البحري، الهادي مجدوب في تصريح للصحفيين",
     [("الهادي مجدوب", "PER")]),
    ("وكشفت رئيسة المنظمة، راضية النصراوي خلال ندوة صحفية", [("راضية النصراوي", "PER")]),
    # a portfolio ends at a given name
    ("أوضح رئيس المعهد التونسي للديمقراطية والتنمية الياس الزين أن هذه الاستشارة",
     [("المعهد التونسي للديمقراطية والتنمية", "ORG"), ("الياس الزين", "PER")]),
    # no name after the secretary; tonight is no family name
    ("وأشار كاتب الدولة إلى أهمية خلق مناخ استثمار", []),
    ("أن يتدخّل أمين عام حزب الله اللبناني، حسن نصر الليلة في برنامج",
     [("حزب الله", "ORG"), ("حسن نصر", "PER")]),
]

# 5. Persons after و along a list, a given name that is an ordinary word too; not a word that is a name with its و.
LISTS = [
    ("وحضر اللقاء سعيد العايدي وسعيدة قراش الناطقة الرسمية", [("سعيد العايدي", "PER"), ("سعيدة قراش", "PER")]),
    ("هم فاطمة بن سعيدان وجميلة الشيحي ونعيمة الجاني ونادية بوستة",
     [("فاطمة بن سعيدان", "PER"), ("جميلة الشيحي", "PER"), ("نعيمة الجاني", "PER"), ("نادية بوستة", "PER")]),
    ("ومريم بن شعبان وسنية بن جمعة وسناء الزين رستم", [("مريم بن شعبان", "PER"), ("سنية بن جمعة", "PER"),
                                                      ("سناء الزين رستم", "PER")]),
    ("الى جانب محمد عبريني ونجم العشراوي وخالد البكراوي", [("محمد عبريني", "PER"), ("نجم العشراوي", "PER"),
                                                          ("خالد البكراوي", "PER")]),
]


@pytest.mark.parametrize(("sentence", "expected"), AGENCIES + CHANNELS + QUOTED + OFFICIALS + LISTS)
def test_families23b(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


def test_quoted_group_offsets_and_id() -> None:
    """The ORG of 'حركة "فتح"' is the name between the quotes, with the group's id."""
    text = 'وقائد حركة "فتح" في أحد المشافي'
    doc = NLP(text)
    got = [(e.text, e.start, e.end, e.attrs.get("group_id")) for e in doc.entities]
    start = text.index("فتح")
    assert got == [("فتح", start, start + 3, "fatah")]


def test_agency_span_leaves_the_preposition() -> None:
    """ل stays out of the agency's span, which is its surface."""
    text = "وقال مصدر لوكالة الأنباء الألمانية إن"
    doc = NLP(text)
    start = text.index("وكالة")
    assert [(e.text, e.start, e.end) for e in doc.entities if e.label == "ORG"] == [
        ("وكالة الأنباء الألمانية", start, start + len("وكالة الأنباء الألمانية"))]


def test_person_after_conjunction_starts_after_waw() -> None:
    """The second person of "سعيد العايدي وسعيدة قراش" starts after و."""
    text = "وحضر اللقاء سعيد العايدي وسعيدة قراش الناطقة"
    doc = NLP(text)
    start = text.index("سعيدة")
    assert (start, start + len("سعيدة قراش")) in [(e.start, e.end) for e in doc.entities]


# 6. The Jawhara FM talk show named alone is a programme, MISC, whatever the tagger called it; a guest's name ends
#    before "ضيف"; ل stays out of the span.
PROGRAMMES = [
    ('حمل الإعلامي لطفي العماري في مداخلة له في بوليتيكا على الجوهرة "اف ام" صباح اليوم',
     [("لطفي العماري", "PER"), ("بوليتيكا", "MISC"), ('الجوهرة "اف ام"', "ORG")]),
    ("لطفي العماري ضيف بوليتيكا : الصيد يعمل بأوامر داخلية", [("لطفي العماري", "PER"), ("بوليتيكا", "MISC")]),
    ("وقال في تصريح لبوليتيكا إن الحكومة", [("بوليتيكا", "MISC")]),
    # the guest alone is nobody
    ("ضيفة بوليتيكا : الحكومة عاجزة", [("بوليتيكا", "MISC")]),
]


@pytest.mark.parametrize(("sentence", "expected"), PROGRAMMES)
def test_programmes23b(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected
