"""Normalization: one table per option, the offset map, idempotence."""

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

import arabnews
from arabnews import normalize, normalize_with_map
from arabnews.text.normalize import DEFAULTS, fold

ALL_OFF = dict.fromkeys(DEFAULTS, False)

# (option, input, expected with only that option on)
OPTION_TABLE = [
    ("diacritics", "مُحَمَّدٌ", "محمد"),
    ("diacritics", "مبانٍ", "مبان"),
    ("diacritics", "هٰذا", "هذا"),  # superscript alef U+0670
    ("diacritics", "قُتِلَ", "قتل"),
    ("diacritics", "كتبْ", "كتب"),  # sukun
    ("tatweel", "الـ 46", "ال 46"),
    ("tatweel", "مـــدينة", "مدينة"),
    ("alef", "أحمد إبراهيم آمنة ٱلله", "احمد ابراهيم امنة الله"),
    ("alef_maqsura", "على مستشفى", "علي مستشفي"),
    ("ta_marbuta", "مدينة حماة", "مدينه حماه"),
    ("hamza", "مسؤول رئيس هيئة", "مسوول رييس هيية"),
    ("persian", "کتاب فارسی", "كتاب فارسي"),
    ("presentation_forms", "ﺣﻠﺐ", "حلب"),
    ("presentation_forms", "ﻻ", "لا"),
    ("digits", "١٥٠ و۴۵", "150 و45"),
    ("digits", "٣٫٥ و١٬٢٤٥ و٪٢٥", "3.5 و1,245 و%25"),
    ("punctuation", "نعم، لا؛ لماذا؟", "نعم, لا; لماذا?"),
    ("invisible", "حلب\u200f \u200bدمشق\u202bإدلب\u202c\u2066x\u2069\u061c", "حلب دمشقإدلبx"),
]


@pytest.mark.parametrize(("option", "text", "expected"), OPTION_TABLE)
def test_each_option_alone(option, text, expected):
    assert normalize(text, **{**ALL_OFF, option: True}) == expected


@pytest.mark.parametrize(("option", "text", "expected"), OPTION_TABLE)
def test_each_option_can_be_switched_off(option, text, expected):
    assert normalize(text, **ALL_OFF) == text


def test_defaults():
    assert DEFAULTS["ta_marbuta"] is False and DEFAULTS["diacritics"] is True
    assert normalize("أَحْمَدُ إلى الـقُدْسِ ١٥٠ ﻷ") == "احمد الي القدس 150 لا"
    assert normalize("مدرسة") == "مدرسة"


def test_presentation_ligature_composes_with_alef():
    # ﻷ is lam + alef-with-hamza; with alef normalization the hamza goes too.
    assert normalize("ﻷ") == "لا"
    assert normalize("ﻷ", alef=False) == "لأ"


def test_emoji_zwj_sequence_kept():
    family = "👨\u200d👩\u200d👧"
    assert normalize(family) == family
    assert normalize("حلب\u200dدمشق") == "حلبدمشق"


def test_unknown_option_is_a_type_error():
    with pytest.raises(TypeError, match="unknown option"):
        normalize("x", tashkeel=True)
    with pytest.raises(TypeError, match="must be True or False"):
        normalize("x", diacritics="yes")
    with pytest.raises(TypeError, match="must be str"):
        normalize(b"x")


def test_offset_map_deletion_and_expansion():
    text = "الـمُدُن ﷲ ٤٦"
    view = normalize_with_map(text)
    assert view.text == "المدن الله 46"
    # the span "المدن" covers the tatweel and the diacritics after its letters
    assert view.to_original(0, 5) == (0, 8)
    assert text[slice(*view.to_original(0, 5))] == "الـمُدُن"
    # every character of the expansion "الله" maps to the single ligature character
    lig = text.index("ﷲ")
    assert view.to_original(6, 10) == (lig, lig + 1)
    assert view.to_original(7, 8) == (lig, lig + 1)
    assert text[slice(*view.to_original(11, 13))] == "٤٦"


def test_identity_when_nothing_changes_length():
    view = normalize_with_map("أحمد ١٢")
    assert view.text == "احمد 12"
    assert view._starts is None  # 1:1 changes need no stored map
    assert view.to_original(5, 7) == (5, 7)


def test_fold_is_length_preserving():
    assert fold("حماة مستشفى مسؤول") == "حماه مستشفي مسوول"


arabic_text = st.text(
    alphabet=st.sampled_from(
        list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةى") + ["\u064b", "\u064e", "\u0651", "\u0652", "\u0670",
        "\u0640", "\u200f", "\u200d", "\u202b", "ﻷ", "ﷲ", "ﺣ", "٤", "۵", "٫", " ", "\n", "a", "7", "،",
        "👨", "\ufe0f", "\ud800", "\x00", "ک", "ی"]
    ),
    max_size=60,
)


@given(arabic_text, st.fixed_dictionaries({k: st.booleans() for k in DEFAULTS}))
def test_idempotent(text, options):
    once = normalize(text, **options)
    assert normalize(once, **options) == once


@given(arabic_text)
def test_map_is_monotonic_and_in_bounds(text):
    view = normalize_with_map(text)
    prev = 0
    for i in range(len(view.text)):
        s, e = view.start_of(i), view.end_of(i)
        assert 0 <= s < e <= len(text)
        assert s >= prev
        prev = s


# -- HTML character references in scraped text ------------------------------------------------------
def test_html_entities_are_decoded_in_the_view_with_original_offsets():
    text = "أعلن &quot;لواء القدس&quot; أن &amp;quot;حلب&amp;quot; &#1604;&#x627; تبعد&nbsp;5 كم"
    view = arabnews.normalize_with_map(text)
    assert view.text == 'اعلن "لواء القدس" ان "حلب" لا تبعد\xa05 كم'
    quote = view.text.index('"')
    assert view.to_original(quote, quote + 1) == (5, 11)  # the whole "&quot;"
    at = view.text.index('"حلب')
    assert text[slice(*view.to_original(at, at + 1))] == "&amp;quot;"
    la = view.text.index("لا")
    assert text[slice(*view.to_original(la, la + 2))] == "&#1604;&#x627;"
    assert arabnews.normalize(text, html_entities=False).count("&") == 7


def test_html_entities_give_spans_at_their_original_offsets():
    text = "أعلن &quot;لواء القدس&quot; مسؤوليته &amp; قُتل 5 أشخاص"
    doc = arabnews.analyze(text, reference_date="2020-06-02")
    assert [(g.text, g.start, g.end, g.id) for g in doc.groups] == [("لواء القدس", 11, 21, "liwa-al-quds")]
    assert [(t.text, t.kind) for t in doc.tokens[1:5]] == [("&quot;", "punct"), ("لواء", "word"),
                                                            ("القدس", "word"), ("&quot;", "punct")]
    assert [(n.text, n.value) for n in doc.numbers] == [("5", 5)]


def test_unknown_or_unterminated_entities_stay_as_written():
    for text in ("شركة A&B للتجارة", "&unknown; نص", "&amp نص", "&#xZZ; نص", "&#99999999; نص"):
        assert arabnews.normalize(text) == arabnews.normalize(text, html_entities=False)


@given(st.lists(st.sampled_from(["&quot;", "&amp;", "&amp;quot;", "&#1604;", "&#x627;", "&nbsp;", "&lt;",
                                 "حلب", " ", "أَ", "ـ", "x", "&", ";", "٣"]), max_size=30))
def test_html_entities_keep_the_map_monotonic_and_idempotent(pieces):
    text = "".join(pieces)
    view = arabnews.normalize_with_map(text)
    bounds = [view.to_original(i, i + 1) for i in range(len(view.text))]
    assert all(0 <= s < e <= len(text) for s, e in bounds)
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(bounds))
    once = arabnews.normalize(text)
    assert arabnews.normalize(once) == once


@pytest.mark.parametrize(("text", "expected", "dash"), [
    # kashida typed as a dash between digits (ANT: a school year, scores, a law's number): one "-" for the run
    ("السنة الدراسية 2016ـ2017 ستكون", "السنة الدراسية 2016-2017 ستكون", (19, 20)),
    ("بعد التعادل1ـــــ1 الذي", "بعد التعادل1-1 الذي", (12, 17)),
    ("٢٠١٦ـ٢٠١٧", "2016-2017", (4, 5)),
])
def test_a_kashida_between_digits_is_a_dash(text: str, expected: str, dash: tuple[int, int]) -> None:
    nt = normalize_with_map(text)
    assert nt.text == expected
    assert nt.to_original(expected.index("-"), expected.index("-") + 1) == dash
    assert normalize(nt.text) == nt.text


@pytest.mark.parametrize("text", ["الـمدن 46", "كتب 5ـأيام", "أـ1", "1ـ"])
def test_a_kashida_elsewhere_is_removed(text: str) -> None:
    assert "ـ" not in normalize(text) and "-" not in normalize(text)
