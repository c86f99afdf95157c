"""The registry across the Arabic press (issue #19): every Arabic name of every group is found in a
sentence that uses it, and one real-style sentence per region names its groups with their ids."""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from arabnews.extract.groups import default_registry
from arabnews.lang.ar import lookup_key

TEMPLATES = [
    "وأعلنت {name} مسؤوليتها عن الهجوم",
    "قتل عناصر من {name} في المدينة",
    "وقال متحدث باسم {name}، إن",
    "وتعرض مقر {lil} للقصف",  # with the preposition lam joined: "لحزب الله", "للحشد الشعبي"
    "ونفى «{name}» ذلك",
]


def _fill(template: str, name: str) -> tuple[str, int]:
    """The sentence and where the name (without a joined lam) starts in it."""
    lil = "لل" + name[2:] if name.startswith("ال") else "ل" + name
    text = template.format(name=name, lil=lil)
    at = text.index(lil) + (2 if name.startswith("ال") else 1) if "{lil}" in template else text.index(name)
    return text, at


def _names():
    reg = default_registry()
    out = []
    for g in reg:
        for name in g.arabic_names:
            out.append((g.id, name))
    return out


NAMES = _names()


@pytest.fixture(scope="module")
def nlp():
    return Pipeline(["groups"])


def test_registry_size():
    reg = default_registry()
    assert len(reg) >= 500
    assert sum(1 for g in reg if g.sources) == len(reg)  # every entry names its sources
    countries = {g.country for g in reg if g.country}
    for c in ("Somalia", "Nigeria", "Afghanistan", "Pakistan", "Mali", "Tunisia", "Algeria", "Egypt", "Iran",
              "Turkey", "Israel", "South Sudan", "Ethiopia", "Western Sahara"):
        assert c in countries, c


#: The country names that make a document point to the country of a group whose names are all short.
_COUNTRY_AR = {"Syria": "سوريا", "Libya": "ليبيا", "Somalia": "الصومال", "France": "فرنسا", "Germany": "ألمانيا",
               "Netherlands": "هولندا", "Austria": "النمسا", "Algeria": "الجزائر", "Lebanon": "لبنان",
               "Tunisia": "تونس", "Sudan": "السودان", "Egypt": "مصر", "Jordan": "الأردن",
               "Myanmar (Burma)": "ميانمار", "Colombia": "كولومبيا"}


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_name_found_in_a_sentence(nlp, template):
    """Every Arabic name of every group, in a generated sentence, is found with its group's id."""
    reg = default_registry()
    missed = []
    for gid, name in NAMES:
        group = reg[gid]
        context = ""
        if group.requires_context:
            context = " مع " + reg[group.requires_context[0]].name_ar
        elif name in group.country_names:  # a country name holds in a document pointing to its country (session 26)
            context = " في " + _COUNTRY_AR[group.country or ""]
        elif name in group.short_names:  # a short name holds where the group is also named in full
            full = [n for n in (group.name_ar, *group.aliases_ar) if n not in group.short_names]
            # ... or, when all its names are short ("الفرقة الرابعة"), in a document pointing to its country
            context = " مع " + full[0] if full else " في " + _COUNTRY_AR[group.country or ""]
        # a headed name holds after a member noun ("مقاتلي الشباب")
        filled = "مقاتلي " + name if name in group.headed_names else name
        text, start = _fill(template, filled)
        text += context
        doc = nlp(text)
        hits = [g for g in doc.groups if g.start <= start + len(filled) and g.end > start and
                (g.id == gid or gid in g.attrs.get("ambiguous", []))]
        if not hits:
            missed.append((gid, name, [(g.text, g.id) for g in doc.groups]))
    assert len(NAMES) > 1000
    assert missed == []


# One sentence per region, written the way Arabic news writes it: (sentence, [(span, id)]).
REGIONS = {
    # "للجيش الصومالي": the clitics are outside the span
    "somalia": ("شنت حركة الشباب المجاهدين هجوما على قاعدة للجيش الصومالي وبعثة الاتحاد الأفريقي في الصومال",
                [("حركة الشباب المجاهدين", "al-shabaab"), ("جيش الصومالي", "somali-national-army"),
                 ("بعثة الاتحاد الأفريقي في الصومال", "atmis")]),
    "nigeria": ("تبنت جماعة بوكو حرام وولاية غرب أفريقيا هجمات في بورنو",
                [("جماعة بوكو حرام", "boko-haram"), ("ولاية غرب أفريقيا", "iswap")]),
    "afpak": ("أعلنت حركة طالبان أن شبكة حقاني لا علاقة لها بهجوم تبنته ولاية خراسان وحركة طالبان باكستان",
              [("حركة طالبان", "taliban"), ("شبكة حقاني", "haqqani-network"), ("ولاية خراسان", "iskp"),
               ("حركة طالبان باكستان", "ttp")]),
    "sahel": ("اشتبكت جماعة نصرة الإسلام والمسلمين مع تنظيم الدولة الإسلامية في الصحراء الكبرى قرب الحدود مع"
              " النيجر، فيما انسحب الجيش المالي",
              [("جماعة نصرة الإسلام والمسلمين", "jnim"),
               ("تنظيم الدولة الإسلامية في الصحراء الكبرى", "is-sahel"), ("الجيش المالي", "malian-armed-forces")]),
    "maghreb": ("قتلت قوات الأمن التونسية عنصرين من كتيبة عقبة بن نافع وجند الخلافة في جبل الشعانبي",
                [("قوات الأمن التونسية", "tunisian-security-forces"), ("كتيبة عقبة بن نافع", "uqba-ibn-nafi-brigade"),
                 ("جند الخلافة", "jund-al-khilafa-tunisia")]),
    "tunisia-parties": ("صوتت كتلة حركة النهضة وحزب آفاق تونس وحركة مشروع تونس ضد المقترح، فيما ندد الاتحاد العام"
                        " التونسي للشغل",
                        [("حركة النهضة", "ennahda"), ("حزب آفاق تونس", "afek-tounes"),
                         ("حركة مشروع تونس", "machrouu-tounes"), ("الاتحاد العام التونسي للشغل", "ugtt")]),
    "gulf": ("تبنت سرايا الأشتر التفجير، فيما انتشرت قوات درع الجزيرة والحرس الوطني السعودي",
             [("سرايا الأشتر", "saraya-al-ashtar"), ("قوات درع الجزيرة", "peninsula-shield-force"),
              ("الحرس الوطني السعودي", "saudi-national-guard")]),
    "western-sahara": ("اتهمت جبهة البوليساريو القوات المسلحة الملكية بخرق وقف إطلاق النار",
                       [("جبهة البوليساريو", "polisario"), ("القوات المسلحة الملكية", "moroccan-armed-forces")]),
    "egypt": ("أعلنت حركة حسم مسؤوليتها، فيما قال الجيش المصري إنه قتل عناصر من ولاية سيناء",
              [("حركة حسم", "hasm-movement"), ("الجيش المصري", "egyptian-armed-forces"),
               ("ولاية سيناء", "wilayat-sinai")]),
    "iran": ("قتل عناصر من الباسيج في هجوم تبنته جماعة جيش العدل، وقال حزب الحياة الحرة الكردستاني إنه لم يشارك",
             [("الباسيج", "basij"), ("جماعة جيش العدل", "jaish-al-adl"),
              ("حزب الحياة الحرة الكردستاني", "pjak")]),
    "turkey": ("قالت الاستخبارات التركية إن صقور حرية كردستان نفذت الهجوم بأوامر من حزب العمال الكردستاني",
               [("الاستخبارات التركية", "turkish-intelligence-mit"), ("صقور حرية كردستان", "tak"),
                ("حزب العمال الكردستاني", "pkk")]),
    "israel": ("اقتحمت وحدة دوفدوفان ولواء جفعاتي مخيم جنين حيث تصدت لها كتيبة جنين، وهاجمت شبيبة التلال قرية",
               [("وحدة دوفدوفان", "duvdevan-unit"), ("لواء جفعاتي", "givati-brigade"), ("كتيبة جنين", "jenin-brigade"),
                ("شبيبة التلال", "hilltop-youth")]),
    "palestine": ("أعلنت كتائب المقاومة الوطنية وكتيبة طولكرم التصدي للاقتحام، وقالت السلطة الفلسطينية إن",
                  [("كتائب المقاومة الوطنية", "martyr-omar-al-qasim-forces"), ("كتيبة طولكرم", "tulkarm-brigade"),
                   ("السلطة الفلسطينية", "palestinian-authority")]),
    "lebanon": ("قالت كتلة الوفاء للمقاومة إن قوى الأمن الداخلي أوقفت عناصر من عصبة الأنصار",
                [("كتلة الوفاء للمقاومة", "loyalty-to-resistance-bloc"),
                 ("قوى الأمن الداخلي", "lebanese-internal-security"), ("عصبة الأنصار", "usbat-al-ansar")]),
    "iraq": ("انتشر اللواء 30 في الحشد الشعبي وكتائب بابليون في سهل نينوى، فيما قالت قوات الزيرفاني إن",
             [("اللواء 30 في الحشد الشعبي", "pmf-brigade-30"), ("كتائب بابليون", "babylon-brigades"),
              ("قوات الزيرفاني", "zeravani")]),
    "iraq-numbered": ("أعلن الحشد الشعبي أن اللواء 313 انتشر في الحدود",
                      [("الحشد الشعبي", "popular-mobilization-forces"), ("اللواء 313", "pmf-brigades-313-315")]),
    "syria": ("اشتبك الأمن العام السوري مع حركة رجال الكرامة، بينما قالت الإدارة الذاتية إن",
              [("الأمن العام السوري", "syrian-general-security"), ("حركة رجال الكرامة", "men-of-dignity"),
               ("الإدارة الذاتية", "autonomous-administration")]),
    "yemen": ("قصفت القوات المسلحة اليمنية في صنعاء مواقع كتائب أبو العباس، وقال مجلس القيادة الرئاسي إن",
              [("القوات المسلحة اليمنية في صنعاء", "houthi-armed-forces"),
               ("كتائب أبو العباس", "abu-al-abbas-brigades"),
               ("مجلس القيادة الرئاسي", "presidential-leadership-council")]),
    "libya": ("قاتل الفيلق الأفريقي إلى جانب كتيبة سبل السلام، بينما رفضت حكومة الوحدة الوطنية الليبية",
              [("الفيلق الأفريقي", "africa-corps"), ("كتيبة سبل السلام", "subul-al-salam-brigade"),
               ("حكومة الوحدة الوطنية الليبية", "gnu")]),
    "sudan": ("هاجمت قوات الدعم السريع مواقع القوة المشتركة لحركات الكفاح المسلح والحركة الشعبية جناح الحلو",
              [("قوات الدعم السريع", "rapid-support-forces"),
               ("القوة المشتركة لحركات الكفاح المسلح", "darfur-joint-force"),
               ("الحركة الشعبية جناح الحلو", "splm-n-al-hilu")]),
    "south-sudan": ("اشتبكت قوات دفاع شعب جنوب السودان مع الجيش الأبيض في ولاية أعالي النيل",
                    [("قوات دفاع شعب جنوب السودان", "south-sudan-ssp-df"),
                     ("الجيش الأبيض", "white-army-south-sudan")]),
    "horn": ("قاتلت ميليشيا فانو الجيش الإثيوبي، فيما اتهمت جبهة تحرير شعب تيغراي",
             [("ميليشيا فانو", "fano-militia"), ("الجيش الإثيوبي", "ethiopian-army"),
              ("جبهة تحرير شعب تيغراي", "tplf")]),
    "kurdish-iran": ("قصف الحرس الثوري مقرات الحزب الديمقراطي الكردستاني الإيراني وحزب كومله",
                     [("الحرس الثوري", "irgc"), ("الحزب الديمقراطي الكردستاني الإيراني", "kdpi"),
                      ("حزب كومله", "komala")]),
}


@pytest.mark.parametrize("region", sorted(REGIONS))
def test_one_sentence_per_region(nlp, region):
    text, expected = REGIONS[region]
    doc = nlp(text)
    assert [(g.text, g.id) for g in doc.groups] == expected


def test_ambiguous_name_lists_candidates(nlp):
    (g,) = nlp("أعلن تنظيم أنصار الشريعة حل نفسه").groups
    assert g.attrs["ambiguous"] == ["ansar-al-sharia-libya", "ansar-al-sharia-tunisia"]
    (g,) = nlp("أعلن أنصار الشريعة في تونس حل التنظيم").groups
    assert g.id == "ansar-al-sharia-tunisia" and "ambiguous" not in g.attrs


def test_ambiguous_must_be_marked_by_both():
    from arabnews.extract.groups import Registry

    entries = [{"id": "a", "name_ar": "جند الحق", "ambiguous": ["جند الحق"]}, {"id": "b", "name_ar": "جند الحق"}]
    with pytest.raises(ValueError, match="claimed by both"):
        Registry.from_entries(entries)
    with pytest.raises(ValueError, match="not one of its Arabic names"):
        Registry.from_entries([{"id": "a", "name_ar": "جند الحق", "ambiguous": ["جند الباطل"]}])
    entries[1]["ambiguous"] = ["جند الحق"]
    reg = Registry.from_entries(entries)
    assert reg.candidates(lookup_key("جند الحق")) == ("a", "b")


@pytest.mark.parametrize(("text", "expected"), [
    # ANT: the short name counts where the document also names the party in full ...
    ("قال إن خطاب النهضة مزدوج وإن حركة النهضة تستثمر في الفقر. وتحالف النداء والنهضة مع نداء تونس.",
     [("النهضة", "ennahda"), ("حركة النهضة", "ennahda"), ("النداء", "nidaa-tounes"), ("النهضة", "ennahda"),
      ("نداء تونس", "nidaa-tounes")]),
    # ... or after a generic head, which stays out of the span
    ("انتقد حزب النهضة قرار الحكومة.", [("النهضة", "ennahda")]),
    # ... and nowhere else: "النهضة" is also a renaissance, a dam
    ("وقال إن خطاب النهضة مزدوج.", []),
    ("أثار سد النهضة الإثيوبي جدلا في مصر.", []),
    ("بدأ عصر النهضة في أوروبا.", []),
])
def test_short_names_need_the_full_name_or_a_head(nlp, text, expected):
    assert [(g.text, g.id) for g in nlp(text).groups] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ANT: Tunisia's fronts of 2017 and 2013, Egypt's of 2012, Algeria's FIS
    ("عبرت جبهة الإنقاذ والتقدم عن دعمها للتحركات الاحتجاجية في الجهات",
     [("جبهة الإنقاذ والتقدم", "salvation-front-tunisia")]),
    ("اجتماع لمكونات جبهة الانقاذ بالمقر المركزي لحزب الاتحاد الوطني الحر بتونس",
     [("جبهة الانقاذ", "salvation-front-tunisia"), ("حزب الاتحاد الوطني الحر", "upl-tunisia")]),
    ("حمة الهمامي : نظمت جبهة الإنقاذ الوطني التي تضم عددا من الاحزاب اجتماعا في تونس",
     [("جبهة الإنقاذ الوطني", "nsf-tunisia")]),
    ("دعت جبهة الإنقاذ الوطني في مصر إلى التظاهر في القاهرة", [("جبهة الإنقاذ الوطني", "nsf-egypt")]),
    ("حلت السلطات الجزائرية الجبهة الإسلامية للإنقاذ", [("الجبهة الإسلامية للإنقاذ", "fis-algeria")]),
    # "الوطني الحر" is UPL only where it is named in full, never the Lebanese التيار الوطني الحر
    ("قال التيار الوطني الحر في لبنان", [("التيار الوطني الحر", "free-patriotic-movement")]),
    ("كحركة النهضة والوطني الحر وحزب العمال", [("حركة النهضة", "ennahda"), ("حزب العمال", "workers-party-tunisia")]),
    # "حزب العمال": Tunisia's, Algeria's or Britain's, by the document's country
    ("حصل حزب جبهة القوى الاشتراكية على 14 مقعدا وحزب العمال على 11 مقعدا في الانتخابات الجزائرية",
     [("جبهة القوى الاشتراكية", "ffs-algeria"), ("حزب العمال", "workers-party-algeria")]),
    ("وحذر حزب العمال من تلاعب لوبيات الفساد في تونس", [("حزب العمال", "workers-party-tunisia")]),
    ("قال حزب العمال الكردستاني", [("حزب العمال الكردستاني", "pkk")]),
    ("عقد حزب العمال الكوري مؤتمره في بيونغ يانغ", [("حزب العمال الكوري", "wpk")]),
    # "حزب المؤتمر": Tunisia's CPR or India's Congress; Sudan's has a longer name
    ("حزب المؤتمر يستنكر دعوة رئيس الجمهورية", [("حزب المؤتمر", "cpr-tunisia")]),
    ("فاز حزب المؤتمر في ولاية البنجاب بعد أن قال رئيس الوزراء الهندي في نيودلهي", [("حزب المؤتمر", "inc-india")]),
    ("قال حزب المؤتمر الوطني السوداني", [("حزب المؤتمر الوطني السوداني", "national-congress-party-sudan")]),
])
def test_salvation_fronts_and_upl(nlp, text, expected):
    found = [(g.text, None if g.id.startswith("disc-") else g.id) for g in nlp(text).groups]
    assert found == expected
