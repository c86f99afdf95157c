"""Tokenization, sentences and clitic splits, with offsets into the original text."""

import pytest

from arabnews import Document, clitic_splits, tokenize


def kinds(text):
    return [(t.text, t.kind) for t in tokenize(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 7 أشخاص", [("قتل", "word"), ("7", "number"), ("أشخاص", "word")]),
        ("1,245 و3.4 و١٥٠ و٣٫٥", [("1,245", "number"), ("و", "word"), ("3.4", "number"), ("و", "word"),
                                   ("١٥٠", "number"), ("و", "word"), ("٣٫٥", "number")]),
        ("25%", [("25", "number"), ("%", "punct")]),
        ("عناصرها الـ 46", [("عناصرها", "word"), ("الـ", "clitic"), ("46", "number")]),
        ("وصل لـ 5 مدن", [("وصل", "word"), ("لـ", "clitic"), ("5", "number"), ("مدن", "word")]),
        ("#الأمم_المتحدة", [("#الأمم_المتحدة", "hashtag")]),
        ("@AlJazeera قال", [("@AlJazeera", "mention"), ("قال", "word")]),
        ("راسلنا info@news.sy.", [("راسلنا", "word"), ("info@news.sy", "email"), (".", "punct")]),
        ("شاهد https://youtu.be/BRxlYSrAP5s.", [("شاهد", "word"), ("https://youtu.be/BRxlYSrAP5s", "url"),
                                               (".", "punct")]),
        ("BRxlYSrAP5s", [("BRxlYSrAP5s", "latin")]),
        ("💡 أهم المواضيع", [("💡", "emoji"), ("أهم", "word"), ("المواضيع", "word")]),
        ("👨\u200d👩\u200d👧 عائلة", [("👨\u200d👩\u200d👧", "emoji"), ("عائلة", "word")]),
        ("سورية ؟!", [("سورية", "word"), ("؟!", "punct")]),
        ("مُبانٍ", [("مُبانٍ", "word")]),
        ("حلب\u200f،", [("حلب", "word"), ("،", "punct")]),
        ("Москва", [("Москва", "foreign")]),
    ],
)
def test_token_kinds(text, expected):
    assert kinds(text) == expected


def test_offsets_point_into_original():
    text = "\u202bقُتِلَ الـ ٤٦ مقاتلاً في ﺣﻠﺐ\u202c"
    toks = tokenize(text)
    assert [t.text for t in toks] == ["قُتِلَ", "الـ", "٤٦", "مقاتلاً", "في", "ﺣﻠﺐ"]
    assert [t.norm for t in toks] == ["قتل", "ال", "46", "مقاتلا", "في", "حلب"]
    for t in toks:
        assert text[t.start:t.end] == t.text


def test_control_characters_and_surrogates_do_not_shift_offsets():
    text = "حلب\x00\x07دمشق \ud800 إدلب"
    toks = tokenize(text)
    assert [t.text for t in toks] == ["حلب", "دمشق", "إدلب"]
    for t in toks:
        assert text[t.start:t.end] == t.text


def test_long_run_without_spaces_is_linear():
    # would be quadratic with an unguarded e-mail or Latin pattern
    toks = tokenize("a" * 200_000 + "1" * 200_000)
    assert [t.kind for t in toks] == ["latin"]
    assert tokenize("1" * 300_000)[0].end == 300_000


@pytest.mark.parametrize(
    ("word", "stems"),
    [
        ("وبالقدس", ["وبالقدس", "بالقدس", "القدس", "قدس"]),
        ("بحلب", ["بحلب", "حلب"]),
        ("للقدس", ["للقدس", "لقدس", "قدس"]),
        ("ولحركة", ["ولحركة", "لحركة", "حركة"]),
    ],
)
def test_clitic_splits(word, stems):
    assert [s.stem for s in clitic_splits(word)] == stems


def test_clitic_article_absorbed():
    split = clitic_splits("للقدس")[-1]
    assert split.prefix == "لل" and split.article and split.lemma_forms == ("القدس", "قدس")


def test_stem_offset_in_original():
    doc = Document("قصف بِحَلَب")
    tok = doc.tokens[1]
    split = next(s for s in tok.clitic_splits() if s.stem == "حلب")
    start = tok.stem_start(split)
    assert doc.text[start:tok.end] == "حَلَب"


def test_sentences_split_on_punctuation_and_lines():
    text = "قتل 3 أشخاص. وأصيب آخرون؟ نعم\nسطر جديد بلا نقطة\n\nفقرة ثالثة قالها د. محمد"
    doc = Document(text)
    got = [text[s.start:s.end] for s in doc.sentences]
    assert got == ["قتل 3 أشخاص.", "وأصيب آخرون؟", "نعم", "سطر جديد بلا نقطة", "فقرة ثالثة قالها د. محمد"]


def test_decimal_point_does_not_end_sentence():
    doc = Document("بلغ 3.4 مليون دولار. ثم ارتفع")
    assert len(doc.sentences) == 2
