"""spaCy interop: arabnews Documents as spaCy Docs, the "arabnews" pipeline component, displaCy."""

import os
import pickle
import shutil
import subprocess
import sys
import tomllib
import warnings
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

spacy = pytest.importorskip("spacy", reason="spaCy is not installed: pip install 'arabnews[spacy]'")

from spacy import displacy  # noqa: E402
from spacy.tokens import Doc as SpacyDoc  # noqa: E402
from spacy.tokens import Span as SpacySpan  # noqa: E402

import arabnews  # noqa: E402
import arabnews.interop.spacy as aspacy  # noqa: E402
from arabnews import DateSpan, EntitySpan, GroupSpan, NumberSpan, Pipeline, Span  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
REF = "2020-06-02"


@pytest.fixture(scope="module")
def seed_doc(seed_text):
    doc = arabnews.analyze(seed_text, reference_date=REF)
    # a layer beyond the built-in four, as a user's stage would add: the counted noun of each number
    doc.layers["units"] = [Span(n.attrs["unit_start"], n.attrs["unit_end"], n.attrs["unit_text"], part=n.part,
                                attrs={"unit": n.unit, "number": n.value})
                           for n in doc.numbers if "unit_start" in n.attrs]
    return doc


def empty_doc(text):
    """A Document with tokens and sentences but no spans, to add hand-made spans to."""
    return Pipeline([])(text)


def at(text, piece, occurrence=0):
    i = -1
    for _ in range(occurrence + 1):
        i = text.index(piece, i + 1)
    return i, i + len(piece), piece


def check_every_span(doc, sdoc):
    """Every span of every layer has a spaCy span with the same offsets, text and record; returns the count."""
    assert sdoc.text == doc.text
    assert sdoc._.arabnews["unaligned"] == []
    checked = 0
    for layer, spans in doc.layers.items():
        group = list(sdoc.spans[layer])
        assert len(group) == len(spans), layer
        for span, sspan in zip(spans, group, strict=True):
            assert (sspan.start_char, sspan.end_char, sspan.text) == (span.start, span.end, span.text)
            assert sspan._.arabnews == span.to_dict()
            assert sspan._.layer == layer
            checked += 1
    return checked


# -- to_spacy on the seed article -------------------------------------------------------------------------
def test_seed_text_and_every_span(seed_doc):
    sdoc = arabnews.to_spacy(seed_doc)
    assert isinstance(sdoc, SpacyDoc)
    assert sdoc.text == seed_doc.text
    counts = {name: len(spans) for name, spans in seed_doc.layers.items()}
    # the seed has spans in every built-in layer and in the user stage's layer
    assert counts["entities"] >= 20 and counts["dates"] >= 8 and counts["numbers"] >= 6 and counts["groups"] >= 20
    assert counts["units"] >= 5
    assert check_every_span(seed_doc, sdoc) == sum(counts.values())
    assert sdoc.vocab is aspacy.blank_arabic().vocab and sdoc.lang_ == "ar"


def test_seed_values_as_extension_attributes(seed_doc):
    sdoc = arabnews.to_spacy(seed_doc)
    assert all(len(sdoc.spans[name]) >= 5 for name in ("dates", "numbers", "groups", "units"))
    for d, s in zip(seed_doc.dates, sdoc.spans["dates"], strict=True):
        assert (s.label_, s._.value, s._.timex_type, s._.group_id) == (d.type, d.value, d.type, None)
    for n, s in zip(seed_doc.numbers, sdoc.spans["numbers"], strict=True):
        assert (s.label_, s._.value, s._.unit, s._.kind, s._.timex_type) == (n.kind, n.value, n.unit, n.kind, None)
    # an entity that names a group carries the group's id too (the title's ORG "لواء القدس")
    assert ("لواء القدس", "ORG", "liwa-al-quds") in [(e.text, e.label_, e._.group_id) for e in sdoc.ents]
    assert ("حلب", "LOC", None) in [(e.text, e.label_, e._.group_id) for e in sdoc.ents]
    for g, s in zip(seed_doc.groups, sdoc.spans["groups"], strict=True):
        assert s._.group_id == g.id and s._.kind == g.kind and s._.arabnews["name"] == g.name
        assert s.label_ == (g.id or g.kind) and s.kb_id_ == (g.id or "")
    for u, s in zip(seed_doc.layers["units"], sdoc.spans["units"], strict=True):
        assert s.label_ == "units" and (s._.unit, s._.value, s._.arabnews["number"]) == (u.attrs["unit"], None,
                                                                                        u.attrs["number"])
    # the values the README shows
    dates = {s.text: s._.value for s in sdoc.spans["dates"]}
    assert dates["اليوم الثلاثاء"] == "2020-06-02" and dates["أيار عام 2016"] == "2016-05"
    numbers = {(s.text, s._.value, s._.unit) for s in sdoc.spans["numbers"]}
    assert ("46", 46, "fighter") in numbers


def test_seed_ents_are_the_entities(seed_doc):
    sdoc = arabnews.to_spacy(seed_doc)
    dropped = {d["id"] for d in sdoc._.arabnews["dropped_entities"]}
    expected = [(e.start, e.end, e.label) for i, e in enumerate(seed_doc.entities)
                if f"arabnews/entities/{i}" not in dropped]
    assert [(e.start_char, e.end_char, e.label_) for e in sdoc.ents] == expected
    assert len(sdoc.ents) >= 20
    assert {e.label_ for e in sdoc.ents} <= {"PER", "LOC", "ORG", "MISC"}


def test_seed_tokens_are_arabnews_tokens(seed_doc):
    sdoc = arabnews.to_spacy(seed_doc)
    starts = {t.idx for t in sdoc}
    ends = {t.idx + len(t) for t in sdoc}
    for tok in seed_doc.tokens:  # every arabnews token boundary is a spaCy token boundary
        assert tok.start in starts and tok.end in ends
    words = {(t.idx, t.idx + len(t)): t for t in sdoc}
    starts, ends = aspacy._boundaries(seed_doc)
    split = []
    for tok in seed_doc.tokens:
        inside = sorted(b for b in starts | ends if tok.start < b < tok.end)
        cuts = [tok.start, *inside, tok.end]
        pieces = [t.text for t in sdoc if tok.start <= t.idx < tok.end]
        assert pieces == [seed_doc.text[a:b] for a, b in pairwise(cuts)]
        if inside:
            split.append(tok.text)
        else:  # unsplit tokens keep arabnews' norm
            assert words[(tok.start, tok.end)].norm_ == tok.norm
    # clitics before a span: "للميليشيا" → "ل" + "لميليشيا على" (MISC), "لفصائل" → "ل" + "فصائل المعارضة"
    assert {"للميليشيا", "لفصائل", "والميليشيات"} <= set(split) and len(split) < 20


def test_seed_sentences(seed_doc):
    sdoc = arabnews.to_spacy(seed_doc)
    assert [s.start_char for s in sdoc.sents] == [s.start for s in seed_doc.sentences]


# -- tokens, whitespace and clitics ----------------------------------------------------------------------
def test_clitic_entity_splits_the_token():
    text = "قصفت الطائرات بحلب"
    doc = arabnews.analyze(text)
    assert [(e.start, e.end, e.text, e.label) for e in doc.entities] == [(15, 18, "حلب", "LOC")]
    sdoc = arabnews.to_spacy(doc)
    assert [(t.text, t.whitespace_) for t in sdoc] == [("قصفت", " "), ("الطائرات", " "), ("ب", ""), ("حلب", "")]
    assert [(e.text, e.label_, e.start_char, e.end_char) for e in sdoc.ents] == [("حلب", "LOC", 15, 18)]
    assert sdoc[2].norm_ == "ب" and sdoc[3].norm_ == "حلب"


def test_span_inside_a_token_with_diacritics_keeps_the_norm_pieces():
    text = "وَبِحَلَبَ اليوم"
    doc = empty_doc(text)
    start = text.index("حَ")
    doc.entities.append(EntitySpan(start, text.index(" "), text[start:text.index(" ")], "LOC"))
    sdoc = arabnews.to_spacy(doc)
    assert [t.text for t in sdoc] == ["وَبِ", "حَلَبَ", "اليوم"]
    assert [t.norm_ for t in sdoc] == ["وب", "حلب", "اليوم"]
    assert [(e.text, e.start_char) for e in sdoc.ents] == [("حَلَبَ", start)]


def test_newlines_double_spaces_and_uncovered_characters():
    text = "  قال  محمد\n\nسعيد \n في \u200f حلب\t.\n"
    doc = arabnews.analyze(text)
    sdoc = arabnews.to_spacy(doc)
    assert sdoc.text == text
    assert [(t.text, t.whitespace_) for t in sdoc] == [
        ("  ", ""), ("قال", " "), (" ", ""), ("محمد", ""), ("\n\n", ""), ("سعيد", " "), ("\n ", ""),
        ("في", " "), ("\u200f ", ""), ("حلب", ""), ("\t", ""), (".", ""), ("\n", "")]
    assert [t.is_space for t in sdoc if not t.text.strip()] == [True] * 6  # "\u200f " is no space
    check_every_span(doc, sdoc)


def test_spans_that_start_or_end_on_whitespace():
    text = "في  حلب \nاليوم"
    doc = empty_doc(text)
    # a user layer whose spans start on a space, end after a space, cover a line break
    doc.layers["marks"] = [Span(2, 7, text[2:7]), Span(4, 8, text[4:8]), Span(7, 9, text[7:9]),
                           Span(0, len(text), text)]
    sdoc = arabnews.to_spacy(doc)
    assert sdoc.text == text
    assert check_every_span(doc, sdoc) == 4
    assert [s.label_ for s in sdoc.spans["marks"]] == ["marks"] * 4


@pytest.mark.parametrize("text", ["", " ", "\n\n", " \t\n "])
def test_empty_and_blank_text(text):
    doc = arabnews.analyze(text)
    sdoc = arabnews.to_spacy(doc)
    assert sdoc.text == text
    assert len(sdoc) == (1 if text else 0)
    assert sdoc.ents == () and all(len(sdoc.spans[n]) == 0 for n in doc.layers)
    assert sdoc._.arabnews["dropped_entities"] == [] and sdoc._.arabnews["unaligned"] == []


def test_lone_surrogate_is_a_clear_error():
    doc = arabnews.analyze("حلب\ud800")
    with pytest.raises(arabnews.InputError, match="surrogate at offset 3"):
        arabnews.to_spacy(doc)


# -- spans across layers -------------------------------------------------------------------------------
def test_same_characters_in_two_layers_keep_their_own_values():
    # spaCy keys plain extension values by character offsets: an entity and a group over the same
    # characters would overwrite each other's; arabnews' getters read each span's own record.
    text = "هاجمت حماس المدينة عام 2016"
    doc = empty_doc(text)
    doc.entities.append(EntitySpan(*at(text, "حماس"), "ORG"))
    doc.groups.append(GroupSpan(*at(text, "حماس"), "hamas", "Hamas", "movement"))
    doc.numbers.append(NumberSpan(*at(text, "2016"), "cardinal", 2016))
    doc.dates.append(DateSpan(*at(text, "2016"), "DATE", "2016"))
    sdoc = arabnews.to_spacy(doc)
    ent, group = sdoc.ents[0], sdoc.spans["groups"][0]
    assert (ent.start_char, ent.end_char) == (group.start_char, group.end_char)
    assert (ent._.layer, ent._.group_id, ent._.kind, ent._.arabnews["label"]) == ("entities", None, None, "ORG")
    assert (group._.layer, group._.group_id, group._.kind, group.label_) == ("groups", "hamas", "movement", "hamas")
    number, date = sdoc.spans["numbers"][0], sdoc.spans["dates"][0]
    assert (number._.value, number._.kind, number._.timex_type) == (2016, "cardinal", None)
    assert (date._.value, date._.kind, date._.timex_type) == ("2016", None, "DATE")


def test_overlapping_entities_keep_the_longest_and_note_the_rest():
    text = "زار محمد سعيد حلب"
    doc = empty_doc(text)
    doc.entities += [EntitySpan(*at(text, "محمد"), "PER"), EntitySpan(*at(text, "محمد سعيد"), "PER"),
                     EntitySpan(*at(text, "سعيد حلب"), "LOC")]
    sdoc = arabnews.to_spacy(doc)
    assert [(e.text, e.label_) for e in sdoc.ents] == [("محمد سعيد", "PER")]
    dropped = sdoc._.arabnews["dropped_entities"]
    assert [(d["text"], d["label"], d["overlaps"]) for d in dropped] == [
        ("محمد", "PER", "arabnews/entities/1"), ("سعيد حلب", "LOC", "arabnews/entities/1")]
    assert [s.text for s in sdoc.spans["entities"]] == ["محمد", "محمد سعيد", "سعيد حلب"]  # all kept here


def test_spans_outside_the_text_are_reported_not_raised():
    text = "في حلب"
    doc = empty_doc(text)
    doc.layers["odd"] = [Span(3, 3, ""), Span(4, 99, "x"), Span(3, 6, "حلب")]
    sdoc = arabnews.to_spacy(doc)
    assert [s.text for s in sdoc.spans["odd"]] == ["حلب"]
    assert [u["id"] for u in sdoc._.arabnews["unaligned"]] == ["arabnews/odd/0", "arabnews/odd/1"]


def test_user_data_survives_to_bytes(seed_doc):
    sdoc = arabnews.to_spacy(seed_doc)
    again = SpacyDoc(sdoc.vocab).from_bytes(sdoc.to_bytes())
    assert again.text == seed_doc.text
    assert [(s.start_char, s._.value) for s in again.spans["dates"]] == [(d.start, d.value) for d in seed_doc.dates]
    assert [e._.arabnews for e in again.ents] == [e._.arabnews for e in sdoc.ents]


def test_own_vocab_and_user_spans_without_records():
    nlp = spacy.blank("ar")
    sdoc = arabnews.to_spacy(arabnews.analyze("قصفت الطائرات بحلب"), nlp)
    assert sdoc.vocab is nlp.vocab
    assert arabnews.to_spacy(arabnews.analyze("حلب"), nlp.vocab).vocab is nlp.vocab
    plain = sdoc[0:2]  # a span the user made: no arabnews record
    assert (plain._.arabnews, plain._.value, plain._.layer) == (None, None, None)
    with pytest.raises(TypeError):
        arabnews.to_spacy("حلب")
    with pytest.raises(TypeError):
        arabnews.to_spacy(arabnews.analyze("حلب"), nlp=42)


def test_extensions_restored_after_someone_else_registers_the_name():
    SpacySpan.set_extension("value", default=None, force=True)
    try:
        with pytest.warns(RuntimeWarning, match="_.value"):
            sdoc = arabnews.to_spacy(arabnews.analyze("قتل 7 أشخاص"))
        assert sdoc.spans["numbers"][0]._.value == 7
    finally:
        aspacy.register_extensions()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        aspacy.register_extensions()  # already ours: nothing to do, no warning


def test_import_arabnews_does_not_import_spacy():
    code = "import sys, arabnews; assert callable(arabnews.to_spacy); print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert out.stdout.strip() == "False"


def test_without_spacy_the_error_says_what_to_install(monkeypatch):
    monkeypatch.setattr(aspacy, "HAVE_SPACY", False)
    with pytest.raises(arabnews.MissingModelError, match=r"pip install 'arabnews\[spacy\]'"):
        arabnews.to_spacy(arabnews.analyze("حلب"))
    assert issubclass(arabnews.MissingModelError, ImportError)


# -- the pipeline component ------------------------------------------------------------------------------
def test_component_through_add_pipe(seed_text, seed_doc):
    nlp = spacy.blank("ar")
    component = nlp.add_pipe("arabnews", config={"reference_date": REF})
    assert nlp.pipe_names == ["arabnews"] and isinstance(component, aspacy.ArabnewsComponent)
    sdoc = nlp(seed_text)
    assert sdoc.text == seed_text and sdoc.vocab is nlp.vocab
    plain = arabnews.analyze(seed_text, reference_date=REF)
    for layer in plain.layers:
        assert [(s.start_char, s.end_char, s._.arabnews) for s in sdoc.spans[layer]] == \
            [(s.start, s.end, s.to_dict()) for s in plain.layers[layer]]
    assert [(e.start_char, e.end_char, e.label_) for e in sdoc.ents] == \
        [(e.start_char, e.end_char, e.label_) for e in arabnews.to_spacy(plain).ents]


def test_component_reference_date_sources():
    nlp = spacy.blank("ar")
    nlp.add_pipe("arabnews", config={"reference_date": "2020-06-02"})
    value = lambda doc: [s._.value for s in doc.spans["dates"]]  # noqa: E731
    assert value(nlp("قصفت الطائرات حلب أمس")) == ["2020-06-01"]
    overridden = nlp("قصفت الطائرات حلب أمس", component_cfg={"arabnews": {"reference_date": "2021-01-01"}})
    assert value(overridden) == ["2020-12-31"]
    doc = nlp.make_doc("قصفت الطائرات حلب أمس")
    doc._.arabnews_reference_date = "2019-03-01"
    assert value(nlp(doc)) == ["2019-02-28"]
    with pytest.raises(arabnews.InputError):
        spacy.blank("ar").add_pipe("arabnews", config={"reference_date": "yesterday"})


def test_component_options_and_keep_tokens_mode():
    text = "قتل 7 أشخاص أمس عندما قصفت الطائرات بحلب"
    nlp = spacy.blank("ar")
    component = nlp.add_pipe("arabnews", config={"reference_date": REF, "retokenize": False,
                                                 "options": {"stages": ["numbers", "dates", "groups", "entities"]}})
    assert component.pipeline.names == ["numbers", "dates", "groups", "entities"]
    sdoc = nlp(text)
    assert [t.text for t in sdoc] == [t.text for t in nlp.make_doc(text)]  # spaCy's own tokens kept
    assert sdoc._.arabnews["alignment_mode"] == "expand"
    ent = sdoc.ents[0]
    # "حلب" inside spaCy's token "بحلب": the span grows to the token, the record keeps the exact offsets
    assert (ent.text, ent.label_) == ("بحلب", "LOC")
    assert (ent.start_char, ent._.arabnews["start"], ent._.arabnews["end"], ent._.arabnews["text"]) == \
        (36, 37, 40, "حلب")
    assert [(s.text, s._.value) for s in sdoc.spans["numbers"]] == [("7", 7)]
    with pytest.raises(arabnews.PipelineError):
        spacy.blank("ar").add_pipe("arabnews", config={"options": {"stages": ["no-such-stage"]}})


def test_component_keeps_pipe_context_user_data_and_span_groups():
    nlp = spacy.blank("ar")

    @spacy.Language.component("mark_first_token_for_arabnews_test")
    def mark(doc):
        doc.spans["mine"] = [doc[0:1]]
        doc.user_data["seen"] = True
        return doc

    nlp.add_pipe("mark_first_token_for_arabnews_test")
    nlp.add_pipe("arabnews")
    texts = [("قصفت الطائرات بحلب", 1), ("وصل محمد سعيد إلى دمشق", 2)]
    out = list(nlp.pipe(texts, as_tuples=True))
    assert [ctx for _, ctx in out] == [1, 2]
    for (doc, _), (text, _) in zip(out, texts, strict=True):
        assert doc.text == text and doc.user_data["seen"] is True
        assert [s.text for s in doc.spans["mine"]] == [text.split()[0]]
    assert [e.text for e in out[0][0].ents] == ["حلب"]


def test_component_warns_when_it_drops_earlier_annotations():
    nlp = spacy.blank("ar")

    @spacy.Language.component("tag_everything_for_arabnews_test")
    def tag(doc):
        for t in doc:
            t.tag_ = "X"
        return doc

    nlp.add_pipe("tag_everything_for_arabnews_test")
    nlp.add_pipe("arabnews")
    with pytest.warns(RuntimeWarning, match="TAG"):
        nlp("قصفت الطائرات بحلب")


def test_component_saved_and_loaded(tmp_path):
    nlp = spacy.blank("ar")
    nlp.add_pipe("arabnews", config={"reference_date": REF, "options": {"parts": ["body"]}})
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert loaded.get_pipe_config("arabnews")["reference_date"] == REF
    assert [e.text for e in loaded("قصفت الطائرات بحلب").ents] == ["حلب"]
    assert pickle.loads(pickle.dumps(nlp("قصفت الطائرات بحلب"))).ents[0].text == "حلب"


def test_entry_point_is_declared():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    target = data["project"]["entry-points"]["spacy_factories"]["arabnews"]
    module, name = target.split(":")
    assert module == "arabnews.interop.spacy" and getattr(aspacy, name) is aspacy.make_component
    assert data["project"]["optional-dependencies"]["spacy"] == ["spacy>=3.7"]
    assert spacy.Language.has_factory("arabnews")


# -- displaCy ----------------------------------------------------------------------------------------------
def test_displacy_ent_and_span(seed_doc):
    sdoc = arabnews.to_spacy(seed_doc)
    html = displacy.render(sdoc, style="ent", page=True, jupyter=False)
    assert len(sdoc.ents) >= 20 and len(sdoc.spans["dates"]) >= 8
    assert 'direction: rtl' in html and 'lang="ar"' in html
    for ent in sdoc.ents:
        assert ent.text in html
    for label in {e.label_ for e in sdoc.ents}:
        assert f">{label}</span>" in html
    dates = displacy.render(sdoc, style="span", options={"spans_key": "dates"}, jupyter=False)
    for span in sdoc.spans["dates"]:
        for token in span:
            assert token.text in dates
    for label in {s.label_ for s in sdoc.spans["dates"]}:
        assert label in dates
    # The seed's picture in the README: rewritten when the output changes (git shows it).
    page = DOCS / "displacy.html"
    if not page.exists() or page.read_text(encoding="utf-8") != html:
        page.write_text(html, encoding="utf-8")


# -- properties ------------------------------------------------------------------------------------------
_PIECES = [
    "حلب", "بحلب", "وبحلب", "لواء القدس", "قوات سوريا الديمقراطية", "بدمشق", "الـ", "46", "١٥٠", "3.4",
    "عام 2016", "أيار", "أمس", "منذ 3 سنوات", "عشرات", "محمد سعيد", "الرئيس", "\u064e", "\u0651", "\u0640",
    "\u200f", "\u200d", "\xa0", "ﻷ", "٫", "٪", "👨\u200d👩", "\x00", " ", "  ", "\n", "\n\n", "\t", "\r\n",
    ".", "؟", "،", "(", "\"", "#وسم", "@user", "https://x.com/a", "Latin", "&quot;",
]
_no_surrogates = st.characters(exclude_categories=("Cs",))
arabic_ish = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(_no_surrogates, max_size=6)),
                      max_size=25).map("".join)


@given(arabic_ish)
def test_property_text_identical_and_every_span_aligns(text):
    doc = arabnews.analyze(text, reference_date=REF)
    sdoc = arabnews.to_spacy(doc)
    assert sdoc.text == text
    assert all(t.text for t in sdoc)
    check_every_span(doc, sdoc)
    assert len(sdoc.ents) + len(sdoc._.arabnews["dropped_entities"]) == len(doc.entities)


@st.composite
def text_with_spans(draw):
    text = draw(arabic_ish)
    n = len(text)
    bounds = st.integers(0, n)
    pairs = draw(st.lists(st.tuples(bounds, bounds), max_size=8))
    return text, [(min(a, b), max(a, b)) for a, b in pairs if a != b]


@given(text_with_spans())
def test_property_spans_at_any_offsets_align(data):
    # spans anywhere: inside tokens, on whitespace, across line breaks, overlapping each other
    text, pairs = data
    doc = empty_doc(text)
    doc.layers["anywhere"] = [Span(a, b, text[a:b]) for a, b in pairs]
    doc.entities.extend(EntitySpan(a, b, text[a:b], "MISC") for a, b in pairs)
    sdoc = arabnews.to_spacy(doc)
    assert sdoc.text == text
    assert check_every_span(doc, sdoc) == 2 * len(pairs)
    ents = [(e.start_char, e.end_char) for e in sdoc.ents]
    assert all(b1 <= a2 for (_, b1), (a2, _) in pairwise(ents))  # no overlaps in ents


def make_docs_picture():  # pragma: no cover - run by hand to refresh docs/displacy.png (needs Chromium)
    """``python -c "import sys; sys.path[:0] = ['tests', 'src']; import test_spacy; test_spacy.make_docs_picture()"``"""
    import tempfile

    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    text = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
    sdoc = arabnews.to_spacy(arabnews.analyze(text, reference_date=REF))
    html = displacy.render(sdoc[:150], style="ent", page=True, jupyter=False)  # the title and first paragraphs
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "ents.html"
        page.write_text(html, encoding="utf-8")
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--user-data-dir={Path(tmp) / 'profile'}", f"--screenshot={DOCS / 'displacy.png'}",
                        "--window-size=1000,560", page.as_uri()], check=True, capture_output=True, timeout=120)
