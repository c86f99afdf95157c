"""Session 45 (ent45): entities in sport news and places read as persons.

- A PER of two to four words that is, whole, a state's capital or a prominent city abroad is that LOC
  (``places.city_not_person``): "أديس أبابا", "أبو ظبي", "بوينس آيرس"; in a sentence about sport a city that is no
  capital stays (its club).
- Persons joined by و that the tagger read as one (``persons.names_joined_by_and``): و + a known given name starts a
  second person; after a list's cue ("كل من", ``rules.yaml``'s ``list_cues``) any و + a name no table knows as a word
  does, and the list goes on with the untagged و-names.  A person right after a person starts after its و
  (``decode._after_conjunction``).
- An ordinal after a player's name is his rank or goal, no part of it, in a sentence about sport
  (``persons.ordinal_out_of_player``); a king's stays ("الملك عبد الله الثاني", "جامعة محمد الخامس").
- A club before its country in brackets in a fixture list is an ORG (``clubs.clubs_before_country``).
- ``ar_words.yaml``'s country nisbas hold Italy, Spain, Portugal and Brazil: "مجلس الشيوخ البرازيلي" ends with its
  nationality; "النجم البرازيلي رونالدينيو" is no club النجم.
Sentences from ANT v1.1 (article index) and their family; each span checked at its offsets."""

from __future__ import annotations

import pytest

from arabnews.lang.ar.words import nisba_countries
from test_entities41b import spans  # (text, label, start, country), offsets checked


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 9056, 9917 (sport), dev 2051
    ('و جاء ذلك خلال انعقاد القمّة الـ 28 للإتحاد الإفريقي بِالعاصمة الإثيوبية أديس أبابا، التي اختتم يوم أمس الثلاثاء.',
     [('لإتحاد الإفريقي', 'ORG', 37, None), ('أديس أبابا', 'LOC', 73, 'ET')]),
    ('خسر الكاميروني عيسى حياتو انتخابات رئاسة الاتحاد الأفريقي لكرة القدم "كاف" التي أجريت في العاصمة الأثيوبية '
     'أديس أبابا بعد 29 سنة قضاها على رأس المنظمة .',
     [('عيسى حياتو', 'PER', 15, None), ('الاتحاد الأفريقي لكرة القدم', 'ORG', 41, None),
      ('أديس أبابا', 'LOC', 107, 'ET')]),
    ('جرى أمس الاربعاء بين ولي عهد أبو ظبي الشيخ محمد بن زايد، والرئيس المصري عبد الفتاح السيسي',
     [('أبو ظبي', 'LOC', 29, 'AE'), ('محمد بن زايد', 'PER', 43, None), ('عبد الفتاح السيسي', 'PER', 72, None)]),
    # the family: other capitals and cities abroad of several words
    ('وصل الرئيس إلى بوينس آيرس في زيارة رسمية', [('بوينس آيرس', 'LOC', 15, 'AR')]),
    ('وكان الأمير هاري قد زار ريو دي جانيرو العام الماضي',
     [('هاري', 'PER', 12, None), ('ريو دي جانيرو', 'LOC', 24, 'BR')]),
])
def test_cities_of_several_words(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 9403: a list after "كل من", its last name untagged before
    ('تمكّن من تسجيل الأهداف كل من روبن وليفاندوفسكي وألكانتارا بثنائية و المخضرم مولر.',
     [('روبن', 'PER', 29, None), ('ليفاندوفسكي', 'PER', 35, None), ('ألكانتارا', 'PER', 48, None),
      ('مولر', 'PER', 76, None)]),
    # dev 1520: و + an ordinary word that is a given name, before a family name
    ('وكانت محكمة جنايات القاهرة قد عاقبت مبارك وحبيب العادلي وزير الداخلية السابق بالسجن المؤبد.',
     [('محكمة جنايات القاهرة', 'ORG', 6, None), ('مبارك', 'PER', 36, None), ('حبيب العادلي', 'PER', 43, None)]),
    # a foreign family name with its و stays one person (waw_surname)
    ('وسجل هدف المباراة الوحيد ثيو والكوت في الدقيقة 71', [('ثيو والكوت', 'PER', 25, None)]),
    # ANERcorp dev: a name after a kunya's particle is the family's ("وقاص" is no و + "قاص")
    ('حيث يتفق الكثير على ان باني المسجد هو الصحابي الجليل سعد ابن ابي وقاص الذي جاء في اول بعثة',
     [('سعد ابن ابي وقاص', 'PER', 53, None)]),
    # dev 2555: after a name of three words the list's untagged names are left (one word would cut "بوعلي المباركي")
    ('وتضم القائمة الفائزة كل من نور الدين الطبوبي وبوعلي المباركي وحفيظ حفيظ وعبد الكريم جراد',
     [('نور الدين الطبوبي', 'PER', 27, None), ('عبد الكريم جراد', 'PER', 73, None)]),
])
def test_names_joined_by_and(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


def test_person_after_person_loses_its_and() -> None:
    # dev 115: "وأنيسة داود" + "ومراد غرسلي", the second one split and without its و
    sentence = ('أنّ ثلة من الممثلين على غرار مريم الفرجاني وغانم الزرلي ونعمان حمدة ومحمد العكاري وشاذلي العرفاوي '
                'وأنيسة داود ومراد غرسلي، يشاركون في هذا العمل')
    found = spans(sentence)
    assert ('مراد غرسلي', 'PER', sentence.index('مراد'), None) in found
    assert all(not text.startswith('و') for text, _, _, _ in found)


@pytest.mark.parametrize(("sentence", "expected"), [
    ('ثم أضاف توني كروس الهدف الثاني وكاسيميرو الثالث بطريقة جميلة في غاية الروعة .',
     [('توني كروس', 'PER', 8, None), ('وكاسيميرو', 'PER', 31, None)]),
    ('وأحرز روجر فيدرر اللقب بعد فوزه على رافائيل نادال في المباراة النهائية وحل الصربي ديوكوفيتش الثالث',
     [('فيدرر', 'PER', 11, None), ('ديوكوفيتش', 'PER', 82, None)]),
    # a king's ordinal stays: a title, or the head of what is named after him (dev 1060)
    ('قرر الملك عبد الله الثاني تكليف الحكومة بالمهمة', [('عبد الله الثاني', 'PER', 10, None)]),
    ('وجامعة الأزهر بمصر، وجامعة محمد الخامس بالمغرب، وجامعة البحرين (801-1000)',
     [('الأزهر', 'ORG', 7, None), ('مصر', 'LOC', 15, 'EG'), ('محمد الخامس', 'PER', 27, None),
      ('المغرب', 'LOC', 40, 'MA'), ('جامعة البحرين', 'ORG', 49, None)]),
])
def test_ordinal_out_of_player(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 9333
    ('إليكم نتائج اليوم من مباريات الدور التمهيدي الاول لدوري ابطال افريقيا : - نابس سبورت (مدغشقر) 2 : 1 '
     'تاونشيب رولرز (بوتسوانا) - كيدوس جيورجيس (إثيوبيا) - توسكر (كينيا) 1 : 1',
     [('نابس سبورت', 'ORG', 74, None), ('مدغشقر', 'LOC', 86, 'MG'), ('تاونشيب رولرز', 'ORG', 100, None),
      ('بوتسوانا', 'LOC', 115, 'BW'), ('كيدوس جيورجيس', 'ORG', 127, None), ('إثيوبيا', 'LOC', 142, 'ET'),
      ('توسكر', 'ORG', 153, None), ('كينيا', 'LOC', 160, 'KE')]),
    # a player before his country keeps his PER (a given name first)
    ('وفاز رافائيل نادال (إسبانيا) على روجر فيدرر (سويسرا) 6-3 في الدور النهائي',
     [('رافائيل نادال', 'PER', 5, None), ('إسبانيا', 'LOC', 20, 'ES'), ('فيدرر', 'PER', 38, None),
      ('سويسرا', 'LOC', 45, 'CH')]),
    # held 6204: a date's number is no fixture's mark
    ('أنه سيتم يوم 9 جوان القادم بجينيف (سويسرا) في اطار المؤتمر السنوي لمنظمة العمل الدولية',
     [('سويسرا', 'LOC', 35, 'CH'), ('منظمة العمل الدولية', 'ORG', 67, None)]),
])
def test_clubs_before_country(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("adjective", "code"), [
    ("إيطالي", "IT"), ("إسباني", "ES"), ("برتغالي", "PT"), ("برازيلي", "BR"), ("سوري", "SY"),
])
def test_nisba_countries(adjective: str, code: str) -> None:
    from arabnews.lang.ar import lookup_key
    assert nisba_countries()[lookup_key(adjective)] == code


@pytest.mark.parametrize(("sentence", "expected"), [
    # dev 338, held 7040: the nationality closes the body's name
    ('موقف محرج لعضو في مجلس الشيوخ البرازيلي (فيديو)', [('مجلس الشيوخ البرازيلي', 'ORG', 18, None)]),
    ('وفي كلمة له الاربعاء، أمام مجلس الشيوخ الإيطالي، حيث يؤدي زيارة دولة إلى روما',
     [('مجلس الشيوخ الإيطالي', 'ORG', 27, None), ('روما', 'LOC', 73, 'IT')]),
    # ANT 9329: "the Brazilian star" is no club
    ('وجمعت المواجهة بين فريق قاده النجم البرازيلي رونالدينيو، وفريق آخرة قاده الأسطورة الأرجنتينية مارادونا، '
     'وانتهى اللقاء بفوز أصدقاء رونالدينيو بـ 4-3.',
     [('رونالدينيو', 'PER', 45, None), ('مارادونا', 'PER', 94, None), ('رونالدينيو', 'PER', 130, None)]),
    # ANERcorp dev: a foreign nationality after "النجم" is a player's, no Arab club's; so is an Arab one before a name
    ('حيث ستكون هذه اول مباراة يخوضها النجم البرتغالي خارج مانشستر منذ خلافه الشهير مع المهاجم الانكليزي واين روني',
     [('مانشستر', 'ORG', 53, None), ('واين روني', 'PER', 99, None)]),
    ('وتمكن النجم المصري محمد صلاح من التسجيل في مرمى الأهلي',
     [('محمد صلاح', 'PER', 19, None), ('الأهلي', 'ORG', 48, None)]),
    ('وفاز السد القطري على الأهلي المصري بهدفين', [('السد', 'ORG', 5, None), ('الأهلي', 'ORG', 21, None)]),
])
def test_new_nisbas(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected
