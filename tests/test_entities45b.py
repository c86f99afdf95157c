"""Session 45 (ent45b): places before a colon, players after their role, surname particles, a score's ل, Rio.

- A prominent place the tagger read as a person right before ":" in a line that lists places ("المنستير : مقر …
  المنستيري سوسة : مقر …") is the LOC, and so is a governorate of two words at the start of a headline ("بن قردان :";
  ``places.dateline_place``); a ship's name before ":" without such a list stays as it was.
- The name after a sport role, its adjectives and "للفريق" is the player, a PER (``persons.player_after_role``):
  "اللاعب السابق للفريق فرانك كوم" was a MISC ("فرانك", the franc); "لفريق مانشستر يونايتد" is the club.
- A surname particle (``leading_particles``: دوس، دا، دي …) starts a person with the word after it
  (``persons.particle_starts_person``): "دوس سانتوس ينفي", not the club or city سانتوس.
- ل after a leg's score is the preposition (``decode._after_score``): "الذهاب 3-0 لشالكه" → "شالكه"; a results line's
  club keeps its ل ("ليفربول 3-0 ليستر سيتي").
- Rio as ANT writes it (``lexicon.yaml`` city_aliases): "ريو ديجانيرو", "ريودي جانيرو", "ريو دي جينيرو".
Sentences from ANT v1.1 (article index in the comment) and their family; each span checked at its offsets."""

from __future__ import annotations

import pytest

from test_entities41b import spans  # (text, label, start, country), offsets checked


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 10042: a line of ticket offices, each town before ":"; "سوسة" was a PER (after the nisba المنستيري)
    ('المنستير : مقر الإتحاد الرياضي المنستيري سوسة : مقر النجم الرياضي الساحلي المهدية : مقر مكارم المهدية',
     [('المنستير', 'LOC', 0, 'TN'), ('سوسة', 'LOC', 41, 'TN'), ('النجم الرياضي الساحلي', 'ORG', 52, None),
      ('المهدية', 'LOC', 74, 'TN'), ('مكارم المهدية', 'ORG', 88, None)]),
    # ANT 8312: a headline's governorate of two words, whose first is بن (a PER, and the quote's speaker, before)
    ('بن قردان : الجيش يلقي القبض على مفتش عنه في قضايا إرهابية', [('بن قردان', 'LOC', 0, 'TN')]),
    # the family: other governorates of two words
    ('بن عروس : حجز كميات من السجائر المهربة', [('بن عروس', 'LOC', 0, 'TN')]),
    ('سيدي بوزيد : وقفة احتجاجية أمام مقر الولاية', [('سيدي بوزيد', 'LOC', 0, 'TN')]),
    # dev 1874: a ship's name before ":" with no list of places: no place
    ('وقال شاهد العيان وهو مصور من رويترز كان على متن سفينة فينيكس: خلال 19 عاما',
     [('رويترز', 'ORG', 29, None), ('فينيكس', 'PER', 54, None)]),
])
def test_places_before_colon(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 9042
    ('تواصل إدارة النجم الرياضي الساحلي التفاوض مع اللاعب السابق للفريق فرانك كوم قد التوصل إلى إتفاق نهائي',
     [('النجم الرياضي الساحلي', 'ORG', 12, None), ('فرانك كوم', 'PER', 66, None)]),
    # the family: another role and adjective
    ('وتعاقد النادي مع المهاجم الجديد للفريق فرانك كوم لمدة موسمين', [('فرانك كوم', 'PER', 39, None)]),
    # ANT 10024: "لفريق" + a name is the club, not the player
    ('أكد المدرب البرتغالي لفريق مانشستر يونايتد الإنجليزي جوزي مورينيو أنه نادم',
     [('مانشستر يونايتد', 'ORG', 27, None), ('جوزي مورينيو', 'PER', 53, None)]),
])
def test_player_after_role(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 9345: the headline (the club ORG "سانتوس" in the article, a PER without its particle alone)
    ('دوس سانتوس ينفي تعرضه لوعكة صحية', [('دوس سانتوس', 'PER', 0, None)]),
    ('نفى المدرب السابق للنجم الرياضي الساحلي فرانسيلاودو دوس سانتوس خبر تعرضه لوعكة',
     [('لنجم الرياضي الساحلي', 'ORG', 19, None), ('فرانسيلاودو دوس سانتوس', 'PER', 40, None)]),
    ('وسجل دا سيلفا الهدف الأول للفريق', [('دا سيلفا', 'PER', 5, None)]),
    # a particle inside a city's name is no person's
    ('وأقيمت المباراة في ريو دي جانيرو أمس', [('ريو دي جانيرو', 'LOC', 19, 'BR')]),
])
def test_surname_particles(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 9508: "for Schalke" after the first leg's score
    ('باوك سالونيك  الذهاب 3-0 لشالكه  فينربخشه * كراسنودار  الذهاب 1-0 لكراسنودار',
     [('باوك سالونيك', 'ORG', 0, None), ('شالكه', 'ORG', 26, None), ('كراسنودار', 'LOC', 44, 'RU'),
      ('كراسنودار', 'LOC', 67, 'RU')]),
    # a results line: the club after the score begins with ل of its own
    ('وفاز ليفربول 3-0 ليستر سيتي', [('ليفربول', 'ORG', 5, None), ('ليستر سيتي', 'ORG', 17, None)]),
])
def test_team_after_score(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 9415 ("ديجانيرو" was a PER), 9721, dev 139, ANT 9529
    ('قررت لجنة الإستئناف بالألعاب الأولمبية ريو ديجانيرو إعتبار العداء الأثيوبية إيتيناش ديرو مترشحا',
     [('ريو ديجانيرو', 'LOC', 39, 'BR'), ('إيتيناش ديرو', 'PER', 76, None)]),
    ('الأولمبية الصيفية ريو ديجانيرو 2016 و ذلك بعد فوز المتسابقة فيرجينيا تراشر',
     [('ريو ديجانيرو', 'LOC', 18, 'BR'), ('فيرجينيا تراشر', 'PER', 60, None)]),
    ('وتقام الدورة الأولمبية في ريودي جانيرو بالبرازيل',
     [('ريودي جانيرو', 'LOC', 26, 'BR'), ('البرازيل', 'LOC', 40, 'BR')]),
    ('في أولمبياد ريو دي جينيرو 2016 و أحرز', [('ريو دي جينيرو', 'LOC', 12, 'BR')]),
])
def test_rio_as_written(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected



@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 9538, 9641, 9841: the fixture's second club was a PER (with its nisba)
    ('ملعب رادس : الترجي الرياضي التونسي - حوريا كوناكري الغيني الأحد 12 مارس على الساعة 16:00 في ذهاب دور كأس رابطة '
     'الأبطال',
     [('رادس', 'MISC', 5, None), ('الترجي الرياضي التونسي', 'ORG', 12, None), ('حوريا كوناكري', 'ORG', 37, None),
      ('رابطة الأبطال', 'ORG', 105, None)]),
    ('- الأحد 12 مارس بملعب سوسة : النجم الساحلي - تاندا الايفواري',
     [('النجم الساحلي', 'ORG', 29, None), ('تاندا', 'ORG', 45, None)]),
    ('14:30 : نادي حمام الأنف – شيبيبة القيروان : أمير لوصيف',
     [('حمام الأنف', 'ORG', 13, None), ('شيبيبة القيروان', 'ORG', 26, None)]),
])
def test_club_after_club_dash(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


def test_official_after_party_dash() -> None:
    """A party's official after a dash starts with a given name: a person, no club (held-out 7173; the sentence's
    "باسم مجلس شورى" is another, older error, left out of the check)."""
    got = spans('وعين باسم مجلس شورى حركة النهضة - محمد النوري: مكلف بالمضامين')
    assert ('حركة النهضة', 'ORG', 20, None) in got and ('محمد النوري', 'PER', 34, None) in got
