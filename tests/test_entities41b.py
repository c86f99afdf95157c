"""Session 41 (ent41b): places, regions and clubs.

- Towns named by an ordinary word (``word_towns.yaml``: "المروج", "التضامن", "الفحص", "القطار", "رواد",
  "الحمامات" as a common word) are LOCs where the text shows a place: after a noun of a locality ("لمدينة المروج",
  "بجهة المروج", "متساكني المروج 2", "معتمدية القطار", "ببلدية الحمامات"), with ب after a body or a definite
  adjective in ي ("للحرس الوطني بالتضامن", "المستشفى المحلي بالفحص") or after any word for the towns of
  ``after_ba`` ("بالمروج", "بالحمامات"), with و after another place ("سكرة ورواد والتضامن"); the ordinary words
  stay ("يشعرون بالتضامن", "منزل المروج" the dealer's house, "ركب القطار", "محطة القطار", "رواد مواقع التواصل");
  a listed Tunisian town that is an ordinary word after such a noun ("بجهة الملاسين", "بمعتمدية الروحية").
- Clubs: a club the tagger ran into the one before it, split at its head, takes its sport word ("سبورتينغ المكنين"
  + "النسر الرياضي" + LOC "طبلبة"); a club head before ب + its town in any sentence about sport ("وانهزم البعث" +
  "ببني خيار"), not after an organisation's head ("حزب البعث بسوريا").
- Regions: a direction region before "من"/"في" and a country is a LOC ("المنطقة الشرقية من السعودية"), with that
  country, as with ب + the country ("المنطقة الشرقية بالسعودية"); not before "من المدينة".
- LOC countries: "السعودية" (a nisba the gazetteer holds, no place) is Saudi Arabia; a span whose article lost its
  alif after ل ("للولايات المتحدة" → "لولايات المتحدة", "للجزائر") has the place's country.
Sentences from ANT v1.1 and their family; each span checked at its offsets."""

from __future__ import annotations

import pytest

from arabnews import Pipeline

NLP = Pipeline(["numbers", "dates", "groups", "entities"])


def spans(sentence: str) -> list[tuple[str, str, int, str | None]]:
    """(text, label, start, country) of each entity of ``sentence``, every span checked at its offsets."""
    doc = NLP(sentence)
    for e in doc.entities:
        assert doc.text[e.start:e.end] == e.text
    return [(e.text, e.label, e.start, e.attrs.get("country")) for e in doc.entities]


@pytest.mark.parametrize(("sentence", "expected"), [
    ('وسيجوب الشارع الرئيسي لمدينة المروج، يليه عرض مسرحي بدار الثقافة .',
     [('المروج', 'LOC', 29, 'TN'), ('دار الثقافة', 'ORG', 53, None)]),  # the cultural body: ent41's rule
    ('نظم عدد من المواطنين من متساكني المروج 2 والكبارية وقفة احتجاجية .',
     [('المروج', 'LOC', 32, 'TN'), ('الكبارية', 'LOC', 42, 'TN')]),
    ('تعرضت الشركة إلى السطو بجهة المروج في مناسبتين .',
     [('المروج', 'LOC', 28, 'TN')]),
    ('تم أمس إحالة 4 موظفين ببلدية الحمامات على أنظار قاضي التحقيق .',
     [('الحمامات', 'LOC', 29, 'TN')]),
    ('انتظم اليوم السبت بالحمامات الصالون الدولي الأول للصحة .',
     [('الحمامات', 'LOC', 19, 'TN')]),
    ('تمكن أعوان فرقة الشرطة العدلية للحرس الوطني بالتضامن من إيقاف مفتش عنه .',
     [('فرقة الشرطة العدلية', 'ORG', 11, None), ('لحرس الوطني', 'ORG', 32, None), ('التضامن', 'LOC', 45, 'TN')]),
    ('وتشمل المنطقة معتمديات سكرة ورواد والتضامن والمنيهلة .',
     [('سكرة', 'LOC', 23, 'TN'), ('رواد', 'LOC', 29, 'TN'), ('التضامن', 'LOC', 35, 'TN'),
      ('المنيهلة', 'LOC', 44, 'TN')]),
    ('وتعرض شاب لحادث في معتمدية القطار من ولاية قفصة .',
     [('القطار', 'LOC', 27, 'TN'), ('قفصة', 'LOC', 43, 'TN')]),
    ('وأكد المدير أن المستشفى المحلي بالفحص يشكو نقصا في الأطباء .',
     [('الفحص', 'LOC', 32, 'TN')]),
    # a town without the article after ب: the span starts after the preposition
    ('تمكن أعوان مركز الأمن الوطني بسهلول من إيقاف 5 أشخاص .',
     [('مركز الأمن الوطني', 'ORG', 11, None), ('سهلول', 'LOC', 30, 'TN')]),
    ('وتمكن أعوان الحرس الوطني بسليمان من ولاية نابل من حجز كمية .',
     [('الحرس الوطني', 'ORG', 12, None), ('سليمان', 'LOC', 26, 'TN'), ('نابل', 'LOC', 42, 'TN')]),
    ('وتمكنت الوحدات الأمنية بالمروج من القبض على 6 أشخاص .',
     [('المروج', 'LOC', 24, 'TN')]),
    ('وأحبط الحرس البحري عملية إبحار خلسة انطلاقا من ميناء الشابة .',
     [('الحرس البحري', 'ORG', 6, None), ('الشابة', 'LOC', 53, 'TN')]),
    # a listed Tunisian town after a locality's noun, an ordinary word too ("الروحية", spiritual)
    ('وتعود القضية إلى مقتل طفل بجهة الملاسين قبل عام .', [('الملاسين', 'LOC', 31, 'TN')]),
    ('وضبطت كمية من السجائر المهربة بمعتمدية الروحية من ولاية سليانة .',
     [('الروحية', 'LOC', 39, 'TN'), ('سليانة', 'LOC', 56, 'TN')]),
    ('وقد استرابت عائلتها المقيمة بجهة السبيخة في عدم ردها .', [('السبيخة', 'LOC', 33, 'TN')]),
    # the ordinary words
    ('وكانا يحاولان التوجه إلى العاصمة من محطة القطار .', []),
    ('وجعلهم يشعرون بالتضامن والمؤازرة .', []),
    ('تمت مداهمة منزل المروج وحجز 3 غرامات من الكوكايين .', []),
    ('وركب المسافرون القطار من محطة تونس .', [('تونس', 'LOC', 30, 'TN')]),
    ('وعبر رواد مواقع التواصل الاجتماعي عن غضبهم .', []),
])
def test_word_towns41b(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ('كأس تونس لكرة اليد : السهم الرياضي بمنزل حر – بعث بني خيار هلال مساكن – سبورتينغ المكنين النسر الرياضي'
     ' بطبلبة – النادي الرياضي بساقية الزيت',
     [('تونس', 'LOC', 4, 'TN'), ('السهم الرياضي', 'ORG', 21, None), ('منزل حر', 'LOC', 36, 'TN'),
      ('بعث بني خيار', 'ORG', 46, None), ('هلال مساكن', 'ORG', 59, None), ('سبورتينغ المكنين', 'ORG', 72, None),
      ('النسر الرياضي', 'ORG', 89, None), ('طبلبة', 'LOC', 104, 'TN'), ('النادي الرياضي', 'ORG', 112, None),
      ('ساقية الزيت', 'LOC', 128, 'TN')]),
    ('وانهزم البعث ببني خيار في بطولة كرة اليد .',
     [('البعث', 'ORG', 7, None), ('بني خيار', 'LOC', 14, 'TN')]),
    ('وحضر ممثلو حزب البعث بسوريا الاجتماع .',
     [('حزب البعث', 'ORG', 11, None), ('سوريا', 'LOC', 22, 'SY')]),
    # a definite noun before the head: the head is its adjective ("الملعب الأولمبي"); a function word before it
    ('يحتضن الملعب الأولمبي برادس اليوم مقابلة الترجي الرياضي والنادي الإفريقي .',
     [('رادس', 'LOC', 23, 'TN'), ('الترجي الرياضي', 'ORG', 41, None), ('النادي الإفريقي', 'ORG', 57, None)]),
    ('ولا يرى هذا الكوكب بالعين المجردة .', []),
])
def test_clubs41b(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ('وقع هجوم في المنطقة الشرقية من السعودية أمس .',
     [('المنطقة الشرقية', 'LOC', 12, 'SA'), ('السعودية', 'LOC', 31, 'SA')]),
    ('ثمن أمير المنطقة الشرقية بالسعودية سعود بن نايف المبادرة .',
     [('المنطقة الشرقية', 'LOC', 9, 'SA'), ('السعودية', 'LOC', 26, 'SA'), ('سعود بن نايف', 'PER', 35, None)]),
    ('وانسحبت القوات من المنطقة الشرقية من المدينة .', []),
    ('زار الوزير السعودية ثم توجه للولايات المتحدة وللجزائر .',
     [('السعودية', 'LOC', 11, 'SA'), ('لولايات المتحدة', 'LOC', 29, 'US'), ('لجزائر', 'LOC', 47, 'DZ')]),
])
def test_regions41b(sentence: str, expected: list[tuple[str, str, int, str | None]]) -> None:
    assert spans(sentence) == expected
