"""Groups, session 19: an ambiguous name given by the document's date and by a nisba after it; names of the
Sahel, Lake Chad, Somalia, Afghanistan–Pakistan, Egypt, the Maghreb, Yemen, Iraq–Syria and Sudan."""

from __future__ import annotations

import datetime as dt

import pytest

from arabnews import Pipeline


@pytest.fixture(scope="module")
def nlp():
    return Pipeline(["numbers", "dates", "groups"])


def _groups(nlp, text: str, ref: dt.date | None = dt.date(2017, 6, 1)) -> list[tuple[str, str | None]]:
    doc = nlp(text, reference_date=ref)
    for g in doc.groups:
        assert text[g.start:g.end] == g.text
    return [(g.text, g.id if g.source != "pattern" else None) for g in doc.groups]


# -- an ambiguous name whose groups were active in different years: the document's year decides
DATED = [
    # ANT, February 2014: the day the document states is its year (the 2013 front, not the 2017 one)
    ("عصام الشابي يستنكر عدم دعوة الجمهوري لإجتماع جبهة الإنقاذ المنعقد اليوم السبت 15 فيفري 2014 بتونس.",
     dt.date(2017, 6, 1), [("جبهة الإنقاذ", "nsf-tunisia")]),
    # no stated day: the reference date's year
    ("قال حمة الهمامي إن جبهة الإنقاذ ستركز على الإعداد للانتخابات في تونس", dt.date(2014, 2, 15),
     [("جبهة الإنقاذ", "nsf-tunisia")]),
    # neighbours: a 2017 document keeps the 2017 front; Egypt's places still give Egypt's front in 2013
    ("قال حمة الهمامي إن جبهة الإنقاذ ستركز على الإعداد للانتخابات في تونس", dt.date(2017, 6, 1),
     [("جبهة الإنقاذ", "salvation-front-tunisia")]),
    ("دعت جبهة الإنقاذ إلى التظاهر في القاهرة والإسكندرية", dt.date(2013, 6, 20), [("جبهة الإنقاذ", "nsf-egypt")]),
    # no date at all: the registry's first of the country
    ("قال حمة الهمامي إن جبهة الإنقاذ ستركز على الإعداد للانتخابات في تونس", None,
     [("جبهة الإنقاذ", "salvation-front-tunisia")]),
]


@pytest.mark.parametrize(("text", "ref", "expected"), DATED)
def test_ambiguous_name_by_the_documents_year(nlp, text, ref, expected):
    assert _groups(nlp, text, ref) == expected


def test_active_in():
    from arabnews.extract.groups import default_registry

    reg = default_registry()
    assert reg["nsf-tunisia"].active_in(2013) and reg["nsf-tunisia"].active_in(2014)
    assert reg["nsf-tunisia"].active_in(2015) is False and reg["salvation-front-tunisia"].active_in(2016) is False
    assert reg["salvation-front-tunisia"].active_in(2030)
    assert reg["akp"].active_in(2017) is None  # no years given: never excluded


# -- a country's nisba right after an ambiguous name decides before the document's places
NISBA = [
    # ANT: Abu Iyadh killed near Benghazi, the Libyan places outnumber the Tunisian nisba
    ("نفى مصدر عسكري في بنغازي الليبية مقتل أمير تنظيم أنصار الشريعة التونسي سيف الله بن حسين في قنفودة غرب "
     "بنغازي", [("تنظيم أنصار الشريعة التونسي", "ansar-al-sharia-tunisia")]),
    ("أعلن تنظيم أنصار الشريعة الليبي حل نفسه في بنغازي", [("تنظيم أنصار الشريعة الليبي", "ansar-al-sharia-libya")]),
    # neighbour: no nisba, the Libyan places decide
    ("نفى مصدر عسكري في بنغازي مقتل أمير تنظيم أنصار الشريعة في قنفودة غرب بنغازي",
     [("تنظيم أنصار الشريعة", "ansar-al-sharia-libya")]),
]


@pytest.mark.parametrize(("text", "expected"), NISBA)
def test_ambiguous_name_by_the_nisba_after_it(nlp, text, expected):
    assert _groups(nlp, text) == expected


# -- names across the Arabic press: the Sahel, Lake Chad, Somalia, Afghanistan–Pakistan, Egypt, the Maghreb,
# Yemen, Iraq–Syria and Sudan (each with its exact span and id)
NAMED = [
    ("هاجم مسلحون من تنظيم الدولة في الصحراء الكبرى قرية في غرب النيجر",
     [("تنظيم الدولة في الصحراء الكبرى", "is-sahel")]),
    ("وتبنت جماعة نصرة الإسلام الهجوم على ثكنة للجيش المالي",
     [("جماعة نصرة الإسلام", "jnim"), ("جيش المالي", "malian-armed-forces")]),
    ("أعلنت جماعة دعم الإسلام والمسلمين مسؤوليتها عن الكمين", [("جماعة دعم الإسلام والمسلمين", "jnim")]),
    ("قتل جنود في هجوم لتنظيم الدولة الإسلامية في غرب أفريقيا بولاية بورنو",
     [("تنظيم الدولة الإسلامية في غرب أفريقيا", "iswap")]),
    ("قتل خمسة من مقاتلي الشباب في غارة أمريكية جنوب الصومال", [("الشباب", "al-shabaab")]),
    ("مقتل قائد كبير في جماعة الشباب التابعة للقاعدة في غارة أمريكية في الصومال",
     [("الشباب", "al-shabaab"), ("قاعدة", "al-qaeda")]),
    ("أعلنت طالبان الباكستانية مسؤوليتها عن التفجير في بيشاور", [("طالبان الباكستانية", "ttp")]),
    ("وتبنت حركة تحريك طالبان باكستان الهجوم", [("حركة تحريك طالبان باكستان", "ttp")]),
    ("أعلن تنظيم الدولة الإسلامية في خراسان مسؤوليته عن التفجير قرب مطار كابول",
     [("تنظيم الدولة الإسلامية في خراسان", "iskp")]),
    ("قتل جنديان في هجوم تبناه داعش سيناء في العريش", [("داعش سيناء", "wilayat-sinai")]),
    ("أعلنت حركة سواعد مصر (حسم) مسؤوليتها عن اغتيال ضابط", [("حركة سواعد مصر", "hasm-movement")]),
    # ANT: AQIM written with ب and without الإسلامي; the armed group of the Sahara
    ("على متنها 6 مسلّحين متمرّدين عن كتائب الصحراء ، لتنظيم القاعدة ببلاد المغرب الإسلامي، بزعامة الإرهابي",
     [("كتائب الصحراء", None), ("تنظيم القاعدة ببلاد المغرب الإسلامي", "aqim")]),
    ("ودعمها للفصائل الإرهابية وعلى رأسها القاعدة في بلاد المغرب في شمال مالي",
     [("القاعدة في بلاد المغرب", "aqim")]),
    ("أعلن تنظيم القاعدة في المغرب الإسلامي مسؤوليته عن الهجوم", [("تنظيم القاعدة في المغرب الإسلامي", "aqim")]),
    # al-Qaeda's bare name after a member noun
    ("وأكد مقتل أحد عناصر القاعدة في غارة بطائرة مسيرة", [("القاعدة", "al-qaeda")]),
    ("وقال زعيم القاعدة أيمن الظواهري في تسجيل مصور", [("القاعدة", "al-qaeda")]),
    # ... or joined to ل / ب after a participle of belonging (ANT)
    ("أعلن تنظيم \"أنصار الشريعة\" التابع للقاعدة في ليبيا في بيان",
     [("أنصار الشريعة", "ansar-al-sharia-libya"), ("قاعدة", "al-qaeda")]),
    ("وأكدت أنها شاركت في هذه الغارات التي استهدفت قوات مرتبطة بالقاعدة.", [("القاعدة", "al-qaeda")]),
    # Yemen
    ("قصف مسلحي الحوثي أحياء سكنية في تعز", [("الحوثي", "houthis")]),
    # ANT: a member noun before a bracketed or quoted name, a dual head
    ("بسبب الحروب وخاصة تجنيدهم من قبل القاعدة وجماعة (الحوثي) في اليمن", [("الحوثي", "houthis")]),
    ('إلى تنامي نشاطات جماعات مسلحة عديدة، أبرزها تنظيمي "القاعدة" و"داعش" الإرهابيين',
     [("القاعدة", "al-qaeda"), ("داعش", "isis")]),
    ("سيطرت قوات المجلس الانتقالي على مقر الحكومة في عدن", [("المجلس الانتقالي", "southern-transitional-council")]),
    ("وتقدمت قوات طارق صالح في الساحل الغربي", [("قوات طارق صالح", "national-resistance-yemen")]),
    ("اتهمت الحكومة الميليشيا الحوثية بقصف المدينة", [("الميليشيا الحوثية", "houthis")]),
    # Iraq–Syria: ISIS's members, the YPG
    ("قال أحد شيوخ منطقة غرب الموصل إنه سمع عن الكثير من الدواعش الذين لم يتم التعرف عليهم",
     [("الدواعش", "isis")]),
    ('"دواعش" العراق يتخلون عن زيّهم ويفرّون مع النازحين', [("دواعش", "isis")]),
    ("وسيطرت الوحدات الكردية على قرى في ريف الحسكة", [("الوحدات الكردية", "ypg")]),
    # Sudan
    ("وقصفت قوات حميدتي أحياء في مدينة الفاشر", [("قوات حميدتي", "rapid-support-forces")]),
    # Libya, 2011: the National Transitional Council; a short name beside the full name of the Brotherhood
    ("أعلن المجلس الانتقالي في بنغازي تحرير ليبيا", [("المجلس الانتقالي", "libya-ntc")]),
    ('وجهت وزارة الداخلية المصرية الاتهام إلى جماعة الإخوان المسلمين، وقالت إن قادة "الإخوان" في قطر',
     [("جماعة الإخوان المسلمين", "muslim-brotherhood"), ("الإخوان", "muslim-brotherhood")]),
    ("واعتقلت قوات الحشد الشعبي عشرات المسلحين، وقال بيان لمقاتلي الحشد",
     [("قوات الحشد الشعبي", "popular-mobilization-forces"), ("الحشد", "popular-mobilization-forces")]),
]


@pytest.mark.parametrize(("text", "expected"), NAMED)
def test_names_across_the_press(nlp, text, expected):
    ref = dt.date(2011, 10, 23) if "تحرير ليبيا" in text else dt.date(2017, 6, 1)
    assert _groups(nlp, text, ref) == expected


# -- neighbours that name no group: youth, a base, the al-Aqsa worshippers, the Houthi leader, a build-up
NOT_NAMED = [
    "دعت الحكومة إلى تشغيل الشباب العاطلين عن العمل",
    "وقال رئيس حزب الشباب إن الانتخابات ستجري في موعدها",
    "استهدف صاروخ القاعدة الجوية في عين الأسد",
    "وقال قائد القاعدة العسكرية إن الطائرات عادت",
    "تبنى الوزير القاعدة القانونية نفسها",
    "فيما يرفض المرابطون في المسجد كافة محاولات الاحتلال لتقسيمه",
    "وقال زعيم الجماعة عبد الملك الحوثي في خطاب متلفز",
    "أبدى الأمين العام قلقه جراء الحشد العسكري في السواحل الغربية",
    "اتهمت السلطات الإخوان بالوقوف وراء العنف",
    # ("اعتقل عنصر داعشي في الموصل" names ISIS since session 31: a group's own nisba after a noun of its men,
    # tests/test_groups31.py; an ideology's "الفكر الداعشي" still names none)
    "يتبنون الفكر الداعشي في الموصل",
    "وتشرف على الأندية التابعة للشباب والرياضة في الولاية",
    "تقع القرية التابعة للقاعدة العسكرية قرب الحدود",
]


@pytest.mark.parametrize("text", NOT_NAMED)
def test_neighbours_name_no_group(nlp, text):
    ids = {gid for _, gid in _groups(nlp, text)}
    assert not ids & {"al-shabaab", "al-qaeda", "al-mourabitoun", "al-murabitoon-egypt", "houthis",
                      "popular-mobilization-forces", "muslim-brotherhood", "isis"}, ids


def test_headed_names_must_be_its_names():
    from arabnews.extract.groups import Registry

    with pytest.raises(ValueError, match="headed name"):
        Registry.from_entries([{"id": "a", "name_ar": "جند الحق", "headed_names": ["الحق"]}])


# -- a number glued to a name by a bad scrape does not hide it; a name that ends with a digit keeps its number
GLUED = [
    ('واعتقلت قوات الحشد الشعبي87 عنصرا من تنظيم"داعش"',
     [("قوات الحشد الشعبي", "popular-mobilization-forces"), ("داعش", "isis")]),
    # ("اللواء 1060" is not the 106th Brigade: another unit, discovered by its number)
    ("تقدم اللواء 1060 واللواء 106 مع الجيش الوطني الليبي",
     [("اللواء 1060", None), ("اللواء 106", "tariq-bin-ziyad-2"), ("الجيش الوطني الليبي", "libyan-national-army")]),
]


@pytest.mark.parametrize(("text", "expected"), GLUED)
def test_names_glued_to_numbers(nlp, text, expected):
    assert _groups(nlp, text) == expected


# -- predecessors, fronts and names shared across countries (the shared ones by the document's places and year)
MORE = [
    ("قالت الحكومة العراقية إن القبض على زعيم تنظيم القاعدة في العراق أبو أيوب المصري أصبح محتوما",
     dt.date(2008, 6, 1), [("تنظيم القاعدة في العراق", "aqi")]),
    ("أعلنت دولة العراق الإسلامية مسؤوليتها عن التفجيرات في بغداد", dt.date(2008, 6, 1),
     [("دولة العراق الإسلامية", "isis")]),
    ("تبنى تنظيم القاعدة في شبه الجزيرة العربية الهجوم على مجلة شارلي إيبدو", dt.date(2015, 1, 14),
     [("تنظيم القاعدة في شبه الجزيرة العربية", "aqap")]),
    ("سيطرت قوات الانتقالي على معسكرات في شبوة", dt.date(2022, 8, 10),
     [("الانتقالي", "southern-transitional-council")]),
    ("وأعلنت حركة شباب المجاهدين مسؤوليتها عن التفجير في مقديشو", dt.date(2017, 6, 1),
     [("حركة شباب المجاهدين", "al-shabaab")]),
    ("عبد الحكيم بلحاج : ليبي كان أمير الجماعة الإسلامية الليبية المقاتلة", dt.date(2017, 6, 1),
     [("الجماعة الإسلامية الليبية المقاتلة", "lifg")]),
    # ANT (a Qatari list of 2017): Egypt's Gama'a; in Beirut, Lebanon's
    ("محمد الإسلامبولي : مصري يعيش في قطر، وهو أحد قياديي الجماعة الإسلامية خارج مصر", dt.date(2017, 6, 1),
     [("الجماعة الإسلامية", "al-gamaa-al-islamiyya")]),
    ("وأعلنت الجماعة الإسلامية في بيان من بيروت أن قوات الفجر استهدفت موقعا إسرائيليا", dt.date(2024, 3, 1),
     [("الجماعة الإسلامية", "jamaa-islamiya-lebanon"), ("قوات الفجر", "fajr-forces")]),
    # ANERcorp: Abu Imad al-Rifai of the Palestinian Jihad (not Egypt's, dissolved in 2001)
    ("وقال ابو عماد الرفاعي من جماعة الجهاد في لبنان انه تم التطرق الى عدة افكار", dt.date(2008, 6, 1),
     [("جماعة الجهاد", "palestinian-islamic-jihad")]),
    ("تولدت عن جماعة التكفير والهجرة في مصر جماعات اخرى اكثر تشددا مثل جماعة الجهاد", dt.date(2008, 6, 1),
     [("جماعة التكفير والهجرة", "takfir-wal-hijra"), ("جماعة الجهاد", "egyptian-islamic-jihad")]),
    ("أعلن المجلس العسكري الانتقالي في الخرطوم تعليق التفاوض مع قوى الحرية والتغيير", dt.date(2019, 5, 20),
     [("المجلس العسكري الانتقالي", "tmc-sudan"), ("قوى الحرية والتغيير", "forces-of-freedom-and-change")]),
    ("أعلن المجلس العسكري الانتقالي في نجامينا برئاسة محمد إدريس ديبي", dt.date(2021, 4, 21),
     [("المجلس العسكري الانتقالي", "tmc-chad")]),
    # Jund al-Khilafa: Algeria's of 2014, Tunisia's by the places or a later year
    ("وتبنت جماعة جند الخلافة ذبح الرهينة الفرنسي في تيزي وزو بالجزائر", dt.date(2014, 9, 24),
     [("جند الخلافة", "jund-al-khilafa-algeria")]),
    ("قتل عناصر من جند الخلافة في جبل المغيلة بالقصرين", dt.date(2017, 6, 1),
     [("جند الخلافة", "jund-al-khilafa-tunisia")]),
    ("أعلن تنظيم جند الخلافة مسؤوليته عن الهجوم", dt.date(2017, 6, 1),
     [("تنظيم جند الخلافة", "jund-al-khilafa-tunisia")]),
]


@pytest.mark.parametrize(("text", "ref", "expected"), MORE)
def test_predecessors_and_shared_names(nlp, text, ref, expected):
    assert _groups(nlp, text, ref) == expected


# -- Algeria's parties (ANT, the 2017 legislative elections); the RND shares its name with Sudan's 1989 alliance
ALGERIA = [
    ("عن فوز التحالف الحاكم بين حزبي جبهة التحرير الوطني الذي يرأسه عبد العزيز بوتفليقة والتجمع الوطني الديمقراطي.",
     dt.date(2017, 5, 5),
     [("جبهة التحرير الوطني", "fln-algeria"), ("التجمع الوطني الديمقراطي", "rnd-algeria")]),
    ("ويتدعم تحالف جبهة التحرير والتجمع الوطني بمقاعد الوافد الإسلامي الجديد تجمع أمل الجزائر الذي حصل على 39 مقعدا "
     "والحركة الشعبية الجزائرية على 13 مقعدا. وحصل حزب جبهة التحرير الوطني على 164 مقعدا", dt.date(2017, 5, 5),
     [("جبهة التحرير", "fln-algeria"), ("تجمع أمل الجزائر", "taj-algeria"), ("الحركة الشعبية الجزائرية", "mpa-algeria"),
      ("حزب جبهة التحرير الوطني", "fln-algeria")]),
    ("وحصل الإسلاميون المعارضون الممثلون في تحالف حركة مجتمع السلم وجبهة التغيير على 33 مقعدا", dt.date(2017, 5, 5),
     [("حركة مجتمع السلم", "msp-algeria"), ("جبهة التغيير", "front-du-changement-algeria")]),
    # the government is a registry group since session 26 (Government of Sudan, any year)
    ("وقع التجمع الوطني الديمقراطي المعارض اتفاقا مع الحكومة السودانية", dt.date(2005, 6, 18),
     [("التجمع الوطني الديمقراطي", "nda-sudan"), ("الحكومة السودانية", "sudanese-government")]),
    # neighbours: "جبهة التحرير" alone, nothing Algerian beside it, is not the FLN but a discovered front (its
    # trigger's); "حمس" inside a word is nothing
    ("تحمس الجمهور كثيرا في المباراة", dt.date(2017, 5, 5), []),
    ("وقالت جبهة التحرير إن المفاوضات متوقفة", dt.date(2017, 5, 5), [("جبهة التحرير", None)]),
]


@pytest.mark.parametrize(("text", "ref", "expected"), ALGERIA)
def test_algerian_parties(nlp, text, ref, expected):
    assert _groups(nlp, text, ref) == expected


# -- institutions and broadcasters of one country vote for it (ANT: Tunisian news that names no Tunisian place)
INSTITUTIONS = [
    ("أفاد النائب منجي الرحوي ممثل كتلة الجبهة الشعبية في اجتماع لجنة الحقوق والحريات بمجلس نواب الشعب",
     [("الجبهة الشعبية", "popular-front-tunisia")]),
    ("قال الناطق الرسمي باسم الجبهة الشعبية حمّة الهمّامي في تصريح لمراسل الجوهرة اف ام",
     [("الجبهة الشعبية", "popular-front-tunisia")]),
    # neighbours: no cue, the registry's first; a Palestinian place, the PFLP
    ("قال الناطق الرسمي باسم الجبهة الشعبية في تصريح", [("الجبهة الشعبية", "pflp")]),
    ("قالت الجبهة الشعبية إن قوات الاحتلال اعتقلت قياديا من رام الله", [("الجبهة الشعبية", "pflp")]),
]


@pytest.mark.parametrize(("text", "expected"), INSTITUTIONS)
def test_institutions_vote_for_their_country(nlp, text, expected):
    assert _groups(nlp, text) == expected
