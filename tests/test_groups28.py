"""Session 28 (grp28): groups — the qualified nisbas from the table's pairs only, the UGTT's article-less unions,
the UTAP's and UTICA's regional unions, foreign parties."""

from itertools import product

import pytest

from arabnews import Pipeline
from arabnews.extract.groups.lexicon import lexicon, qualified_pair
from arabnews.extract.groups.matcher import _document_countries, discovered_id
from arabnews.lang.ar import lookup_key

# ---------------------------------------------------------------- qualified nisbas: the table's pairs only


def test_the_qualified_pattern_matches_every_pair_of_the_table_and_gives_its_code():
    lex = lexicon()
    nlp = Pipeline([])
    for (base, side), code in lex.qualified.items():
        text = f"قال الجيش ال{base} ال{side} اليوم"
        m = lex.qualified_re.search(text)
        assert m is not None and qualified_pair(m) == (base, side), text
        assert _document_countries(nlp.make_doc(text)).get(code, 0) > 0, text


def test_the_qualified_pattern_matches_no_pair_the_table_lacks():
    lex = lexicon()
    bases = sorted({b for b, _ in lex.qualified})
    sides = sorted({s for _, s in lex.qualified})
    unpaired = [(b, s) for b, s in product(bases, sides) if (b, s) not in lex.qualified]
    assert ("افريقي", "جنوبي") in unpaired
    for base, side in unpaired:
        assert lex.qualified_re.search(f"قال الجيش ال{base} ال{side} اليوم") is None, (base, side)


@pytest.mark.parametrize(("text", "pair"), [
    ("وصلت القوات الكورية الجنوبية", ("كوري", "جنوبي")),
    ("جيش كوريا الشمالية", ("كوريا", "شمالي")),
    ("والجيش الجنوب سوداني", ("جنوب", "سوداني")),
    ("قوات الكونغو الديمقراطية", ("الكونغو", "ديمقراطي")),
    ("بالجيش الأفريقي الوسطى", ("افريقي", "وسطي")),
])
def test_qualified_pairs_in_text(text, pair):
    from arabnews.lang import ar

    m = lexicon().qualified_re.search(ar.lookup_key(text))
    assert m is not None and qualified_pair(m) == pair


# ---------------------------------------------------------------- the unions' structures


@pytest.fixture(scope="module")
def nlp():
    return Pipeline(["groups"])


def _units(nlp, text):
    doc = nlp(text)
    out = []
    for g in doc.layers["groups"]:
        assert doc.text[g.start:g.end] == g.text
        out.append((g.text, g.id, g.attrs.get("unit")))
    return out


UNIONS = [
    # ANT 773: the article-less sectoral union, Tunisia named in the document; "ووزارة التربية" is another party
    ("انتقد حسين الديماسي الاتفاق الحاصل بين نقابة التعليم الثانوي ووزارة التربية قائلا إن الاقتصاد في تونس يتدهور",
     [("نقابة التعليم الثانوي", "ugtt", "sectoral")]),
    # ANT 2615: with ل, a person after it, the radio's name with its FM in quotes points to Tunisia
    ('أعلن الكاتب العام لنقابة التعليم الثانوي لسعد اليعقوبي في تصريح للجوهرة "اف ام" أن الأساتذة سيضربون',
     [("نقابة التعليم الثانوي", "ugtt", "sectoral")]),
    ("قال الكاتب العام لنقابة التعليم الأساسي المستوري القمودي في تونس",
     [("نقابة التعليم الأساسي", "ugtt", "sectoral")]),
    # plural and dual, and "والوزير" after them not joined
    ("قال الشفي إن التعايش بين نقابات التعليم والوزير أصبح مستحيلا في تونس", [("نقابات التعليم", "ugtt", "sectoral")]),
    ("نجحنا في إنهاء التوتر بين نقابتي التعليم الثانوي والأساسي ووزارة التربية التونسية",
     [("نقابتي التعليم الثانوي والأساسي", "ugtt", "sectoral")]),
    ("قال الكاتب العام لجامعة التعليم الأساسي بتونس", [("جامعة التعليم الأساسي", "ugtt", "sectoral")]),
    # another sector of the head's list; the place after ب stays out
    ("أكد الكاتب العام للفرع الجهوي لنقابة الصحة بالقيروان أحمد ابراهيم", [("نقابة الصحة", "ugtt", "sectoral")]),
    ("أكد عماد حسن كاتب عام نقابة البريد بسوسة أن جميع المكاتب مغلقة", [("نقابة البريد", "ugtt", "sectoral")]),
    ("كانت نقابة القيمين والقيمين العامين قد أعلنت الإضراب في تونس",
     [("نقابة القيمين والقيمين العامين", "ugtt", "sectoral")]),
    # the article forms keep their sector without another party after و (session 27's rule)
    ("وقعت الجامعة العامة للتعليم الثانوي ووزارة التربية اتفاقا بتونس",
     [("الجامعة العامة للتعليم الثانوي", "ugtt", "sectoral")]),
    # not the UGTT's: journalists, police, the Arab League, private schools, a university; Egypt
    # (their own registered unions since session 29's fourth wave: the SNJT, the municipal police's; no unit)
    ("قالت نقابة الصحفيين التونسيين إن الصحفيين سيحتجون", [("نقابة الصحفيين التونسيين", "snjt", None)]),
    ("دعت نقابة الشرطة البلدية في تونس إلى الاحتجاج",
     [("نقابة الشرطة البلدية", "municipal-police-union-tunisia", None)]),
    ("اجتمع الأمين العام لجامعة الدول العربية في تونس", []),
    ("ودعا رئيس نقابة التعليم الخاص بتونس الوزارة إلى الحوار", []),
    ("وقال رئيس جامعة الصحة بتونس إن المصحات الخاصة تعاني", []),
    ("قالت نقابة التعليم الثانوي في مصر إن المعلمين سيضربون", []),
    # the UTAP's and the UTICA's regional and local unions
    ("قال رئيس الاتحاد الجهوي للفلاحة والصيد البحري بصفاقس إن الصابة جيدة",
     [("الاتحاد الجهوي للفلاحة والصيد البحري", "utap", "regional")]),
    ("ونظم هذه الوقفة الاحتجاجية الاتحاد المحلي للفلاحة والصيد البحري ببني خلاد",
     [("الاتحاد المحلي للفلاحة والصيد البحري", "utap", "local")]),
    ("في قضية مقتل رئيس الاتحاد الجهوي للفلاحة بتطاوين لطفي نقض", [("الاتحاد الجهوي للفلاحة", "utap", "regional")]),
    ("تم تدشين المقر الجديد للاتحاد الجهوي للصناعة والتجارة والصناعات التقليدية بسوسة",
     [("اتحاد الجهوي للصناعة والتجارة والصناعات التقليدية", "utica", "regional")]),
    ("أكد رئيس الاتحاد الجهوي للصناعة والتجارة بصفاقس أنور التريكي",
     [("الاتحاد الجهوي للصناعة والتجارة", "utica", "regional")]),
    ("قال رئيس اتحاد الفلاحين بالقيروان إن الجفاف أضر بالزراعات", [("اتحاد الفلاحين", "utap", "regional")]),
    # a joint mention stays none; farmers' unions abroad are none
    ("دعت الاتحادات المحلية للشغل والصناعة والتجارة ببنقردان إلى الإضراب", []),
    ("تضم المنظمة الاتحاد المغاربي للفلاحين واتحاد الفلاحين بشرق افريقيا", []),
    ("قال رئيس اتحاد الفلاحين في سوريا إن المحصول ضعيف", []),
]


@pytest.mark.parametrize(("text", "expected"), UNIONS)
def test_unions_structures(nlp, text, expected):
    assert _units(nlp, text) == expected


# ---------------------------------------------------------------- foreign parties


FOREIGN = [
    # ANT 1288, 2460: Die Linke (its leaders beside it); ANT 1930: Mélenchon's party and front
    ("وقال بيرند ريكسنجه زعيم حزب اليسار المعارض في ألمانيا إنها ستكون فضيحة", [("حزب اليسار", "die-linke")]),
    ('ومن جانبها قالت كاتيا كيبينج رئيسة حزب "اليسار" إن على ميركل النأي عن المخيمات', [('حزب "اليسار"', "die-linke")]),
    ("أبرم حزب اليسار الذي يتزعمه ميلانشون حلفا مع الحزب الشيوعي",
     [("حزب اليسار", "parti-de-gauche-france")]),
    ("مرشح جبهة اليسار جان لوك ميلانشون في الانتخابات", [("جبهة اليسار", "front-de-gauche-france")]),
    # ANT 2126: Le Pen named beside the short name; ANT 991: the PS's plural name in a French document
    ("أعلنت مرشحة الجبهة الوطنية مارين لوبان أنها ستشارك في الانتخابات التشريعية",
     [("الجبهة الوطنية", "front-national-france")]),
    ("كان كولومب أحد أقوى داعمي ماكرون في حزب الاشتراكيين في فرنسا", [("حزب الاشتراكيين", "socialist-party-france")]),
    # ANT 1077, 1798, 2088, 1297, 2044
    ('تقدم "حزب الحرية" اليميني المتطرف في هولندا في استطلاعات الرأي', [("حزب الحرية", "pvv-netherlands")]),
    ("قال حزب الحرية النمساوي إن", [("حزب الحرية النمساوي", "fpo-austria")]),
    ('نيكولا دوبون إينيان مرشح حزب "انهضي فرنسا"', [("انهضي فرنسا", "debout-la-france")]),
    ("كان عضوا في حزب الاتحاد من أجل حركة شعبية ثم حزب الجمهوريين",
     [("حزب الاتحاد من أجل حركة شعبية", "ump-france"), ("حزب الجمهوريين", "les-republicains")]),
    ('ورأى بينيت الذي يتزعم حزب "البيت اليهودي" المتشدد', [("البيت اليهودي", "jewish-home-israel")]),
    ("لم يحصل حزب التجمع من أجل الثقافة والديمقراطية سوى على 9 مقاعد في الجزائر",
     [("حزب التجمع من أجل الثقافة والديمقراطية", "rcd-algeria")]),
    # context names where the document points elsewhere, or another country's nisba: none of the foreign parties
    ("وقال زعيم حزب اليسار التونسي إن", [("حزب اليسار التونسي", "disc")]),
    ("قالت جبهة اليسار في تونس إن", [("جبهة اليسار", "disc")]),
    ("اليسار الفرنسي منقسم قبل الانتخابات", []),
]


@pytest.mark.parametrize(("text", "expected"), FOREIGN)
def test_foreign_parties(nlp, text, expected):
    doc = nlp(text)
    got = [(g.text, g.id if g.id is None or not g.id.startswith("disc-") else "disc") for g in doc.layers["groups"]]
    assert got == expected


@pytest.mark.parametrize(("text", "span", "nisba"), [
    # a name that only holds in context ("حزب الحرية": the PVV or the FPÖ) and runs on is the name its trigger reads
    ("أعلن حزب الحرية والكرامة في تونس مشاركته في الانتخابات البلدية.", "حزب الحرية والكرامة", None),
    ("قال الأمين العام لحزب الحرية والكرامة التونسي إن الحزب سيشارك", "حزب الحرية والكرامة التونسي", "التونسي"),
    # it stops before another party joined by و
    ("قال حزب الحرية وحزب العمال في تونس إنهما سيتحالفان", "حزب الحرية", None),
])
def test_a_context_bound_name_read_as_discovered_keeps_its_whole_name(nlp, text, span, nisba):
    groups = nlp(text).layers["groups"]
    g = groups[0]
    assert (g.text, text[g.start:g.end], g.source, g.attrs.get("nisba")) == (span, span, "pattern", nisba)
    assert g.id == discovered_id(lookup_key(span.removesuffix(" التونسي")))


def test_the_context_bound_name_keeps_its_group_beside_its_leader(nlp):
    g = nlp("فاز حزب الحرية في الانتخابات الهولندية بزعامة خيرت فيلدرز").layers["groups"][0]
    assert (g.text, g.id) == ("حزب الحرية", "pvv-netherlands")


# ---------------------------------------------------------------- third wave (grp28b)

LONGER = [
    # a name several groups share that runs on as a trigger's name is another (discovered) group
    ("فاز حزب العمال الاشتراكي في الانتخابات.", [("حزب العمال الاشتراكي", "disc", None)]),
    ("وقال رئيس لحزب العمال الاشتراكي المصري إن", [("حزب العمال الاشتراكي المصري", "disc", "المصري")]),
    # ANT 1930: an adjective of `name_continuations` continues it too (the Front de Gauche's partner)
    ("أبرم حزب اليسار الذي يتزعمه ميلانشون حلفا مع الحزب الشيوعي ومع حزب اليسار المتحد لكي يشكلوا جبهة.",
     [("حزب اليسار", "parti-de-gauche-france", None), ("حزب اليسار المتحد", "disc", None)]),
    ("قال حزب اليسار الموحد المغربي إن الحكومة فشلت.", [("حزب اليسار الموحد المغربي", "disc", "المغربي")]),
    # another country's nisba right after it than any of the groups': the trigger's group, the nisba in its span
    ("قال حزب العمال المصري إن الحكومة فشلت.", [("حزب العمال المصري", "disc", "المصري")]),
    ("قال حزب العمال التونسي إن الحكومة فشلت.", [("حزب العمال التونسي", "workers-party-tunisia", None)]),
    ("قال حزب العمال الجزائري إن الحكومة فشلت.", [("حزب العمال الجزائري", "workers-party-algeria", None)]),
    ("وقال حزب العمال الشيوعي إن الحكومة فشلت.", [("حزب العمال الشيوعي", "workers-party-tunisia", None)]),
    # the registered longer names and the country's own nisba keep their group
    ("قال زعيم حزب العمال البريطاني جيريمي كوربين إن الحكومة فشلت.",
     [("حزب العمال البريطاني", "uk-labour-party", None)]),
    ("وقال حزب العمال الكردستاني إن هجوما وقع.", [("حزب العمال الكردستاني", "pkk", None)]),
    # a descriptor or a participle after the name does not continue it
    ("قال حزب العمال المعارض في بريطانيا إن ماي فشلت.", [("حزب العمال", "uk-labour-party", None)]),
    ("قال حزب الحرية اليميني المتطرف في النمسا إن مرشحه فاز.", [("حزب الحرية", "fpo-austria", None)]),
    # ANT 1663, 2043: the longer names are aliases of other registered groups
    ("قال بيان لحزب المؤتمر الشعبي العام الذي ينتمي إليه الرئيس اليمني السابق",
     [("حزب المؤتمر الشعبي العام", "general-peoples-congress", None)]),
    ("وشن الأسد هجوما على تنظيم الإخوان المسلمين قائلا", [("تنظيم الإخوان المسلمين", "muslim-brotherhood", None)]),
]


@pytest.mark.parametrize(("text", "expected"), LONGER)
def test_a_shared_name_that_runs_on_is_another_group(nlp, text, expected):
    doc = nlp(text)
    got = []
    for g in doc.layers["groups"]:
        assert text[g.start:g.end] == g.text
        got.append((g.text, "disc" if g.id and g.id.startswith("disc-") else g.id, g.attrs.get("nisba")))
    assert got == expected


def test_the_discovered_longer_name_has_the_id_of_the_same_name_found_by_its_trigger(nlp):
    g = nlp("فاز حزب العمال الاشتراكي في الانتخابات.").layers["groups"][0]
    assert g.id == discovered_id(lookup_key("حزب العمال الاشتراكي")) and g.kind == "party"
    assert g.source == "pattern"


FEDERATIONS = [
    # ANT 2627, 854: the UTICA's federations, in a document that points to Tunisia
    ("وقال رئيس الجامعة التونسية للنزل خالد الفخفاخ إن الموسم السياحي في سوسة جيد.",
     [("الجامعة التونسية للنزل", "utica", "sectoral")]),
    ("اجتمع أعضاء الجامعة الجهوية للنزل بسوسة أمس.", [("الجامعة الجهوية للنزل", "utica", "regional")]),
    ("وأكد رئيس جامعة الجلود والأحذية أن القطاع يعاني في تونس.", [("جامعة الجلود والأحذية", "utica", "sectoral")]),
    ("وقالت رئيسة للجامعة الوطنية للنزل بتونس إن", [("جامعة الوطنية للنزل", "utica", "sectoral")]),
    # not elsewhere, nor another federation
    ("قالت الجامعة الوطنية للنزل في المغرب إن الموسم جيد.", []),
    ("وقال رئيس الجامعة التونسية لكرة القدم إن المنتخب التونسي جاهز.", []),
]


@pytest.mark.parametrize(("text", "expected"), FEDERATIONS)
def test_the_utica_federations(nlp, text, expected):
    assert _units(nlp, text) == expected


UGTT_CUES = [
    # ANT 2246: the UGTT's sectoral council points to Tunisia
    ("أقرت الهيئة الإدارية القطاعية للتعليم الأساسي الدخول في إضراب وفق ما أفاد به مصدر من النقابة العامة للتعليم"
     " الأساسي اليوم.", [("النقابة العامة للتعليم الأساسي", "ugtt", "sectoral")]),
    ("وتنظيم احتجاجات بالمندوبيات الجهوية للتربية وقالت النقابة العامة للتعليم الثانوي إن",
     [("النقابة العامة للتعليم الثانوي", "ugtt", "sectoral")]),
    # ANT 2226: "وزارة الشباب والرياضة" points to no country (al-Shabaab's "الشباب" stands only by its head)
    ("قررت الهيئة الادارية للنقابة العامة للتعليم الثانوي تعليق الدروس وإيفاء وزارة الشباب والرياضة بتعهداتها"
     " ومطالب وزارة الشباب والرياضة وقالت الهيئة الإدارية القطاعية للتعليم الثانوي",
     [("نقابة العامة للتعليم الثانوي", "ugtt", "sectoral")]),
    # without a cue the structure stays out
    ("أعلنت النقابة العامة للتعليم الثانوي اليوم عن إلغاء قرار تعليق الدروس.", []),
]


@pytest.mark.parametrize(("text", "expected"), UGTT_CUES)
def test_tunisian_cues_let_the_ugtt_structures_in(nlp, text, expected):
    assert _units(nlp, text) == expected


def test_a_headed_name_does_not_vote_for_its_country():
    from arabnews.extract.groups import default_registry
    from arabnews.extract.groups.matcher import _group_countries, _matched_name

    registry = default_registry()
    doc = Pipeline([]).make_doc("وإيفاء وزارة الشباب والرياضة بتعهداتها تجاه الشباب")
    matches = [[_matched_name(m) for m in registry.matcher.finditer(doc.folded)]]
    assert matches[0] and _group_countries(matches, registry) == {}


@pytest.mark.parametrize(("text", "span", "gid", "unit"), [
    # ANT 4180: a no-break space inside a federation's name raised KeyError (the tables' keys have one plain space)
    ("أعلنت الجامعة\u00a0الوطنية للجلود والأحذية في تونس عن إضراب", "الجامعة\u00a0الوطنية للجلود والأحذية", "utica",
     "sectoral"),
    ("قال الاتحاد\u00a0الجهوي للشغل بصفاقس إن الإضراب ناجح", "الاتحاد\u00a0الجهوي للشغل", "ugtt", "regional"),
    ("قالت نقابة\u00a0التعليم الثانوي في تونس إن", "نقابة\u00a0التعليم الثانوي", "ugtt", "sectoral"),
    ("قال الاتحاد  الجهوي للفلاحة والصيد البحري بصفاقس", "الاتحاد  الجهوي للفلاحة والصيد البحري", "utap", "regional"),
    ("ندد اتحاد\u00a0الفلاحين بالقيروان", "اتحاد\u00a0الفلاحين", "utap", "regional"),
])
def test_union_structures_with_other_spaces(text, span, gid, unit):
    doc = Pipeline()(text)
    assert doc.errors == []
    assert [(g.text, g.id, g.attrs.get("unit")) for g in doc.layers["groups"]] == [(span, gid, unit)]
