"""Session 25, second wave: companies and clubs. The name of a company after "شركة" that the tagger left untagged (a
foreign name the tagger does not know: "شركة سيمنس", "لشركة جيت بلو"), a company named by its trade and its town ("شركة
اتصالات تونس", "مؤسسة مطارات دبي"), Tunisian public companies read missed or cut on ANT news, a known company
as the speaker ("وقالت أبل إنها") and Arab clubs named alone as the sides of a match ("فاز السد على الغرافة")."""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from attribution_claims import claims
from entity_cases import entities

CASES = [
    # 1. the company's name after "شركة" is an ORG without the head (ANERcorp: "شركة" + "نوكيا")
    ("تركت عملها في شركة سيمنس وقررت أن تقتحم مجالا يحتكره عادة الرجال", [("سيمنس", "ORG")]),
    ("وأصدرت شركة جيت بلو بيانا قالت فيه إنها اضطرت لإنزال جميع الركاب", [("جيت بلو", "ORG")]),
    ("وقال المسؤول الكبير في قسم خدمات العملاء بشركة أمازون، توم ويلاند، إن الخدمة تلبي حاجة الزبائن",
     [("أمازون", "ORG"), ("توم ويلاند", "PER")]),
    ("إلا أن الناطق الرسمي باسم شركة فيسبوك نفى هذا الأمر", [("فيسبوك", "ORG")]),
    ("وكشفت شركة أبل عن هاتف جديد", [("أبل", "ORG")]),
    ("وأعلنت شركة توتال الفرنسية عن اكتشاف جديد", [("توتال", "ORG")]),
    # no name: an adjective, a nationality, a purpose, a plural noun, a noun in construct, a trade
    ("نجحت شركة أمريكية صغيرة للتكنولوجيا الحيوية في تجديد الجلد", []),
    ("فإن شركة تونسية هي من تكفلت بإعداد الملصقات", []),
    ("تم الاتفاق على تكوين شركة لتسيير هذه السوق", []),
    ("نابل : مداهمة شركة مصبرات وحجز 400 طن طماطم", [("نابل", "LOC")]),
    ("على غرار شركة عجين الحلفاء بالقصرين", [("القصرين", "LOC")]),
    ("بالتعاون مع شركة استطلاعات الرأي يوغوف", []),
    ("مشاركة أكثر من 80 شركة سياحة في الندوة", []),
    ("وقالت شركة مختصة في تركيب العربات إنها", []),
    ("وقالت شركة يملكها رجل أعمال إنها ستبدأ العمل", []),
    ("وتعمل شركة تنظيف في المستشفى منذ سنوات", []),
    ("وأبرمت شركة كهرباء خاصة عقدا مع البلدية", []),
    # 2. a company named by its trade and its town is one ORG with its head (ANERcorp: "شركة قطر للغاز")
    ("وفق إحصائيات لشركة نقل تونس فإن عدد المسافرين ارتفع", [("شركة نقل تونس", "ORG")]),
    ("وقال المدير العام لشركة اتصالات تونس إن الأرباح ارتفعت", [("شركة اتصالات تونس", "ORG")]),
    ("وقالت مؤسسة مطارات دبي إن الإغلاق أسفر عن تأخير الرحلات", [("مؤسسة مطارات دبي", "ORG")]),
    ("وقال إنه سيفتح مقرا للمؤسسة في تونس العاصمة", [("تونس", "LOC")]),
    ("ومن بين القتلى حارس مجمع بمدينة درنة", [("درنة", "LOC")]),
    # 3. Tunisian public companies, the proclitic out of the span
    ("وأوضح المدير الجهوي للشركة الوطنية لاستغلال وتوزيع المياه، أن الماء سيعود",
     [("لشركة الوطنية لاستغلال وتوزيع المياه", "ORG")]),
    ("وأوضح المدير بديوان الحبوب نزار العياري أنه تم تجميع نحو 7 ملايين قنطار",
     [("ديوان الحبوب", "ORG"), ("نزار العياري", "PER")]),
    ("وأفاد الرئيس المدير العام لديوان الزيت، شكري بيوض، أن تونس تحتل المرتبة الثانية",
     [("ديوان الزيت", "ORG"), ("شكري بيوض", "PER"), ("تونس", "LOC")]),
    # 4. a known company after a verb of saying is the speaker, an ORG (was a PER)
    ("وقالت أبل إنها ستفتح متجرا في دبي", [("أبل", "ORG"), ("دبي", "LOC")]),
    # 5. Arab clubs named alone as the sides of a match
    ("فاز السد على الغرافة بهدفين في الدوري القطري", [("السد", "ORG"), ("الغرافة", "ORG")]),
    ("تغلب العين على الشارقة بثلاثية", [("العين", "ORG"), ("الشارقة", "ORG")]),
    ("وتعادل الوحدة مع الفيصلي في الجولة الخامسة من الدوري", [("الوحدة", "ORG"), ("الفيصلي", "ORG")]),
    ("وتعادل الوصل أمام الأهلي", [("الوصل", "ORG"), ("الأهلي", "ORG")]),
    # not outside sport, nor the dam
    ("وفاز النصر في الانتخابات على منافسه", []),
    ("وقد أقيم السد على الوادي منذ سنوات", []),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_companies(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


def test_company_span_offsets() -> None:
    doc = Pipeline(["numbers", "dates", "groups", "entities"])("وأصدرت شركة جيت بلو بيانا")
    (org,) = doc.entities
    assert (org.text, org.label, org.start, org.end) == ("جيت بلو", "ORG", 12, 19)


# attribution reads the companies: the source is the company named whole, and a cue word inside an ORG's name
# ("نقل" of "شركة نقل تونس", "reported") opens no claim
SOURCES = [
    ("وفق إحصائيات لشركة نقل تونس فإن عدد المسافرين ارتفع بنسبة كبيرة",
     [("source", "فإن عدد المسافرين ارتفع بنسبة كبيرة", "وفق", "شركة نقل تونس", "organisation")]),
    ("وقال المكلف بالاتصال لدى شركة نقل تونس محمد الشملي لوكالة تونس افريقيا للأنباء إن الحركة ستعود",
     [("indirect", "إن الحركة ستعود", "قال", "محمد الشملي", "person")]),
    ("وقالت أبل إنها ستفتح متجرا في دبي",
     [("indirect", "إنها ستفتح متجرا في دبي", "قالت", "أبل", "organisation")]),
]


@pytest.mark.parametrize(("text", "expected"), SOURCES)
def test_company_sources(nlp: Pipeline, text: str, expected: list[tuple]) -> None:
    assert claims(nlp, text) == expected
