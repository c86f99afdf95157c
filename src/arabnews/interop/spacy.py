"""arabnews in spaCy: ``to_spacy(doc)`` and the ``"arabnews"`` pipeline component (``spacy`` extra).

``to_spacy(doc)`` turns an analysed :class:`arabnews.Document` into a ``spacy.tokens.Doc`` on a blank
Arabic vocabulary (``spacy.blank("ar")``, built once)::

    import arabnews
    sdoc = arabnews.to_spacy(arabnews.analyze(text, reference_date="2020-06-02"))
    sdoc.text == text                       # always: the text is rebuilt character for character
    [(e.text, e.label_) for e in sdoc.ents]                      # entities: PER LOC ORG MISC
    [(s.text, s.label_, s._.value) for s in sdoc.spans["dates"]]  # every layer is a span group

Tokens are arabnews' tokens.  The text between two tokens comes from the offsets: one space is the
previous token's ``whitespace_``; any other gap (several spaces, a line break, a character no token
covers) is a token of its own, as spaCy's tokenizer does it.  spaCy cannot start a span inside a
token, but arabnews spans can ("بحلب" → LOC "حلب" starts after the clitic), so tokens are split at
every span boundary of every layer: each span then maps with ``alignment_mode="strict"`` and its
``start_char``/``end_char`` are arabnews' ``start``/``end``.

Values are read through span extension attributes (read-only getters): ``span._.arabnews`` (the
span's ``to_dict()``), ``span._.layer``, ``span._.value``, ``span._.unit``, ``span._.kind``,
``span._.group_id`` and ``span._.timex_type``.  spaCy keys plain extension values by character
offsets only, so an entity and a group over the same characters would share them; the getters
instead look the record up by the span's ``id_``, which is unique per arabnews span.  ``doc._.arabnews``
holds the records and what could not be mapped (``dropped_entities``: overlapping entities
``doc.ents`` cannot hold, still in ``doc.spans["entities"]``; ``unaligned``).  All of it lives in
``doc.user_data``, so it survives ``Doc.to_bytes``/``from_bytes``.

The component (``nlp.add_pipe("arabnews")``, registered by importing this module or through the
``spacy_factories`` entry point) analyses the spaCy doc's text and returns the converted Doc: spaCy
accepts a component that returns a new Doc, and the text is identical, so ``Example`` alignment in
training and evaluation still works.  With ``retokenize = false`` it keeps the incoming tokens and
maps spans with ``alignment_mode="expand"`` (the exact offsets stay in ``span._.arabnews``).
"""

from __future__ import annotations

import datetime as _dt
import warnings
from collections.abc import Callable, Mapping
from functools import cache
from importlib.util import find_spec
from itertools import pairwise
from typing import Any

from ..document import Document
from ..errors import InputError, MissingModelError
from ..pipeline import coerce_reference_date

HAVE_SPACY = find_spec("spacy") is not None
if HAVE_SPACY:  # without spaCy the module still imports (for doctest collection); every function raises
    from spacy import blank as _spacy_blank
    from spacy.language import Language
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Span as SpacySpan
    from spacy.util import filter_spans
    from spacy.vocab import Vocab

__all__ = ["ID_PREFIX", "USER_DATA_KEY", "ArabnewsComponent", "annotate", "blank_arabic", "make_component",
           "register_extensions", "to_spacy"]

INSTALL_HINT = "arabnews' spaCy interop needs spaCy: pip install 'arabnews[spacy]'"
#: Where the records of a converted Doc live: ``sdoc.user_data[USER_DATA_KEY]`` (also ``sdoc._.arabnews``).
USER_DATA_KEY = "arabnews"
#: Span ids are ``"arabnews/<layer>/<index in the layer>"``.
ID_PREFIX = "arabnews/"
#: Which field gives a layer's spaCy label (first one present); other layers try DEFAULT_LABEL_FIELDS.
LABEL_FIELDS: dict[str, tuple[str, ...]] = {
    "entities": ("label",),
    "dates": ("type",),
    "numbers": ("kind",),
    "groups": ("id", "kind"),
}
DEFAULT_LABEL_FIELDS = ("label", "type", "kind", "id")
#: The component's default config (``[components.arabnews]`` in a spaCy config file).
DEFAULT_CONFIG: dict[str, Any] = {"reference_date": None, "options": {}, "retokenize": True}


def _require_spacy() -> None:
    if not HAVE_SPACY:
        raise MissingModelError(INSTALL_HINT)


@cache
def blank_arabic() -> Language:
    """``spacy.blank("ar")``, built once per process; ``to_spacy`` uses its vocabulary by default."""
    _require_spacy()
    return _spacy_blank("ar")


# -- extension attributes ----------------------------------------------------------------------------
def _record(span: SpacySpan) -> dict[str, Any] | None:
    sid = span.id_
    if not sid.startswith(ID_PREFIX):
        return None
    store = span.doc.user_data.get(USER_DATA_KEY)
    if not isinstance(store, dict):
        return None
    record = store.get("spans", {}).get(sid)
    return record if isinstance(record, dict) else None


def _field(name: str, layer: str | None = None) -> Callable[[SpacySpan], Any]:
    def getter(span: SpacySpan) -> Any:
        record = _record(span)
        if record is None or (layer is not None and record["layer"] != layer):
            return None
        return record["data"].get(name)

    getter.__name__ = f"arabnews_{name}"
    return getter


def _group_id(span: SpacySpan) -> str | None:
    """A group's id, and the id of the group an entity names (its ``group_id``: an ORG "حماس" → "hamas")."""
    record = _record(span)
    if record is None:
        return None
    return record["data"].get("id" if record["layer"] == "groups" else "group_id")


def _data(span: SpacySpan) -> dict[str, Any] | None:
    record = _record(span)
    return None if record is None else record["data"]


def _layer(span: SpacySpan) -> str | None:
    record = _record(span)
    return None if record is None else str(record["layer"])


def _doc_store(doc: SpacyDoc) -> dict[str, Any] | None:
    store = doc.user_data.get(USER_DATA_KEY)
    return store if isinstance(store, dict) else None


#: ``span._.<name>`` → getter.  All read-only: the values are arabnews' output.
SPAN_EXTENSIONS: dict[str, Callable[[SpacySpan], Any]] = {
    "arabnews": _data,
    "layer": _layer,
    "value": _field("value"),
    "unit": _field("unit"),
    "kind": _field("kind"),
    "group_id": _group_id,
    "timex_type": _field("type", "dates"),
}
for _getter in SPAN_EXTENSIONS.values():
    _getter._arabnews_extension = True  # type: ignore[attr-defined]  # recognised across module reloads
_doc_store._arabnews_extension = True  # type: ignore[attr-defined]


def _is_ours(ext: tuple[Any, Any, Any, Any] | None, getter: Callable[..., Any]) -> bool | None:
    """True if ``ext`` is this getter, False if it is some other arabnews getter (a reload), None if foreign."""
    if ext is None:
        return False
    if ext[2] is getter:
        return True
    return False if getattr(ext[2], "_arabnews_extension", False) else None


def register_extensions() -> None:
    """Register ``span._.arabnews``, ``layer``, ``value``, ``unit``, ``kind``, ``group_id``, ``timex_type``,
    ``doc._.arabnews`` and ``doc._.arabnews_reference_date``.

    Idempotent and cheap (``to_spacy`` calls it every time): an extension already set to arabnews'
    getter is left alone; one registered by someone else under the same name is replaced
    (``force=True``) with a warning, since arabnews' values would otherwise be unreadable.
    """
    _require_spacy()
    wanted: list[tuple[Any, str, Callable[..., Any]]] = [(SpacySpan, n, g) for n, g in SPAN_EXTENSIONS.items()]
    wanted.append((SpacyDoc, "arabnews", _doc_store))
    for cls, name, getter in wanted:
        state = _is_ours(cls.get_extension(name), getter)
        if state:
            continue
        if state is None:
            warnings.warn(f"replacing the {cls.__name__} extension '_.{name}' registered by someone else with "
                          "arabnews' getter", RuntimeWarning, stacklevel=2)
        cls.set_extension(name, getter=getter, force=True)
    if not SpacyDoc.has_extension("arabnews_reference_date"):
        SpacyDoc.set_extension("arabnews_reference_date", default=None)


# -- tokens --------------------------------------------------------------------------------------------
def _boundaries(doc: Document) -> tuple[set[int], set[int]]:
    """Offsets where some span (or sentence) starts, and where some span ends."""
    n = len(doc.text)
    starts: set[int] = {s.start for s in doc.sentences if 0 <= s.start <= n}
    ends: set[int] = set()
    for _, span in doc.spans():
        if 0 <= span.start < span.end <= n:
            starts.add(span.start)
            ends.add(span.end)
    return starts, ends


def _words(doc: Document) -> tuple[list[str], list[bool], list[int], list[str | None]]:
    """spaCy words, spaces, their start offsets and their norms (None for a gap) for ``doc``."""
    text, n = doc.text, len(doc.text)
    starts, ends = _boundaries(doc)
    tokens = sorted((t for t in doc.tokens if 0 <= t.start < t.end <= n), key=lambda t: (t.start, t.end))
    norms = {(t.start, t.end): t.norm for t in tokens}
    covered: list[tuple[int, int]] = []  # the union of the token intervals
    for t in tokens:
        if covered and t.start <= covered[-1][1]:
            covered[-1] = (covered[-1][0], max(covered[-1][1], t.end))
        else:
            covered.append((t.start, t.end))
    cuts = sorted({0, n} | starts | ends | {t.start for t in tokens} | {t.end for t in tokens})
    view = doc.view
    words: list[str] = []
    spaces: list[bool] = []
    offsets: list[int] = []
    word_norms: list[str | None] = []
    gap_before = True  # is the last word a gap (or is there none)?
    k = 0
    for a, b in pairwise(cuts):
        while k < len(covered) and covered[k][1] <= a:
            k += 1
        gap = not (k < len(covered) and covered[k][0] <= a)
        piece = text[a:b]
        if gap:
            # One space after a token is that token's trailing whitespace, unless a span needs it.
            if piece[0] == " " and not gap_before and not spaces[-1] and a not in starts and a + 1 not in ends:
                spaces[-1] = True
                a, piece = a + 1, piece[1:]
                if not piece:
                    continue
            norm = None
        else:
            norm = norms.get((a, b))
            if norm is None:  # a piece of a token split at a span boundary
                norm = view.text[view.to_normalized(a):view.to_normalized(b)] or piece
        words.append(piece)
        spaces.append(False)
        offsets.append(a)
        word_norms.append(norm)
        gap_before = gap
    return words, spaces, offsets, word_norms


def _label(layer: str, data: Mapping[str, Any]) -> str:
    for name in LABEL_FIELDS.get(layer, DEFAULT_LABEL_FIELDS):
        value = data.get(name)
        if value is not None and value != "":
            return str(value)
    return layer


def annotate(sdoc: SpacyDoc, doc: Document, *, alignment_mode: str = "strict") -> SpacyDoc:
    """Set ``sdoc.ents``, one span group per layer of ``doc`` and the records behind the extension
    attributes on ``sdoc`` (whose text must be ``doc.text``); returns ``sdoc``.

    ``alignment_mode`` is ``char_span``'s: "strict" on the Doc ``to_spacy`` builds (every span maps);
    "expand" on a Doc with other tokens (spans grow to token boundaries; ``span._.arabnews`` keeps the
    exact offsets).  Spans that cannot be mapped are listed in ``sdoc._.arabnews["unaligned"]``.
    """
    _require_spacy()
    register_extensions()
    if sdoc.text != doc.text:
        raise InputError("the spaCy Doc's text differs from the arabnews Document's text")
    n = len(sdoc.text)
    store: dict[str, Any] = {
        "spans": {},
        "layers": list(doc.layers),
        "reference_date": doc.reference_date.isoformat() if doc.reference_date else None,
        "alignment_mode": alignment_mode,
        "dropped_entities": [],
        "unaligned": [],
    }
    entities: list[SpacySpan] = []
    for layer, spans in doc.layers.items():
        group: list[SpacySpan] = []
        for i, span in enumerate(spans):
            data = span.to_dict()
            sid = f"{ID_PREFIX}{layer}/{i}"
            kwargs: dict[str, Any] = {"label": _label(layer, data), "span_id": sid,
                                      "alignment_mode": alignment_mode}
            if layer == "groups" and data.get("id"):
                kwargs["kb_id"] = str(data["id"])
            sspan = sdoc.char_span(span.start, span.end, **kwargs) if 0 <= span.start < span.end <= n else None
            if sspan is None:
                store["unaligned"].append({"id": sid, "layer": layer, "span": data})
                continue
            store["spans"][sid] = {"layer": layer, "data": data}
            group.append(sspan)
            if layer == "entities":
                entities.append(sspan)
        sdoc.spans[layer] = group
    kept = filter_spans(entities)
    kept_ids = {s.id_ for s in kept}
    for s in entities:
        if s.id_ not in kept_ids:
            rival = next(k for k in kept if k.start < s.end and s.start < k.end)
            store["dropped_entities"].append({"id": s.id_, "start": s.start_char, "end": s.end_char, "text": s.text,
                                              "label": s.label_, "overlaps": rival.id_})
    sdoc.ents = kept
    sdoc.user_data[USER_DATA_KEY] = store
    return sdoc


def _vocab(nlp: Any) -> Vocab:
    if nlp is None:
        return blank_arabic().vocab
    if isinstance(nlp, Vocab):
        return nlp
    vocab = getattr(nlp, "vocab", None)
    if not isinstance(vocab, Vocab):
        raise TypeError(f"nlp must be a spaCy Language or Vocab, not {type(nlp).__name__}")
    return vocab


def to_spacy(doc: Document, nlp: Language | Vocab | None = None) -> SpacyDoc:
    """The spaCy ``Doc`` of an analysed arabnews ``doc``, on ``nlp``'s vocabulary (default: a cached
    ``spacy.blank("ar")``).  ``sdoc.text == doc.text``; see the module docstring for the rest."""
    _require_spacy()
    if not isinstance(doc, Document):
        raise TypeError(f"to_spacy takes an arabnews Document, not {type(doc).__name__}")
    try:
        doc.text.encode("utf-8")
    except UnicodeEncodeError as exc:  # spaCy stores strings as UTF-8: a lone surrogate cannot be kept
        raise InputError(f"spaCy cannot hold the lone surrogate at offset {exc.start} of the text; "
                         "remove or replace it before analysing") from None
    vocab = _vocab(nlp)
    words, spaces, offsets, norms = _words(doc)
    sentence_starts = {s.start for s in doc.sentences}
    sent_starts: list[bool | int | None] = [i == 0 or a in sentence_starts for i, a in enumerate(offsets)]
    sdoc = SpacyDoc(vocab, words=words, spaces=spaces, sent_starts=sent_starts if words else None)
    for token, norm in zip(sdoc, norms, strict=True):
        if norm is not None:
            token.norm_ = norm
    if sdoc.text != doc.text:  # pragma: no cover - a bug guard: _words rebuilds the text exactly
        raise AssertionError("to_spacy did not rebuild the text exactly")
    return annotate(sdoc, doc, alignment_mode="strict")


# -- the pipeline component ----------------------------------------------------------------------------
def _check_date(value: Any) -> _dt.date | None:
    """The pipeline's reading of a reference date (a spaCy config may hold "" for none)."""
    return None if value == "" else coerce_reference_date(value)


class ArabnewsComponent:
    """The ``"arabnews"`` spaCy component: runs an arabnews pipeline on ``doc.text``.

    The reference date of a document is, first found: the ``reference_date`` keyword of the call
    (``nlp(text, component_cfg={"arabnews": {"reference_date": "2020-06-02"}})``),
    ``doc._.arabnews_reference_date`` set on a Doc passed to ``nlp``, the config's ``reference_date``.
    """

    def __init__(self, nlp: Language, name: str = "arabnews", *, reference_date: Any = None,
                 options: Mapping[str, Any] | None = None, retokenize: bool = True) -> None:
        from ..pipeline import Pipeline

        register_extensions()
        self.name = name
        self.reference_date = _check_date(reference_date)
        self.options = dict(options or {})
        if "parts" in self.options and self.options["parts"] is not None:
            self.options["parts"] = tuple(self.options["parts"])
        self.retokenize = bool(retokenize)
        self.pipeline = Pipeline(**self.options)  # built once; bad options fail here, not on the first doc

    def __call__(self, doc: SpacyDoc, *, reference_date: Any = None) -> SpacyDoc:
        ref = _check_date(reference_date) or _check_date(doc._.arabnews_reference_date) or self.reference_date
        adoc = self.pipeline(doc.text, reference_date=ref)
        if not self.retokenize:
            return annotate(doc, adoc, alignment_mode="expand")
        new = to_spacy(adoc, doc.vocab)
        _carry_over(doc, new)
        return new

    def __repr__(self) -> str:
        return f"ArabnewsComponent({self.pipeline.names}, retokenize={self.retokenize})"


_LOST = ("TAG", "POS", "MORPH", "LEMMA", "DEP", "ENT_IOB")


def _carry_over(old: SpacyDoc, new: SpacyDoc) -> None:
    """Keep what the new tokenization does not invalidate: user data (extension values are keyed by
    character offsets), the ``nlp.pipe(as_tuples=True)`` context and other span groups (re-mapped)."""
    lost = [a for a in _LOST if old.has_annotation(a)]
    if lost:
        warnings.warn(f"the arabnews component re-tokenizes the Doc: {', '.join(lost)} set by earlier components "
                      "are not kept; put 'arabnews' first or use retokenize = false", RuntimeWarning, stacklevel=3)
    data = dict(old.user_data)
    data.update(new.user_data)
    new.user_data = data
    new._context = old._context
    for key, group in old.spans.items():
        if key in new.spans:
            continue
        mapped = (new.char_span(s.start_char, s.end_char, label=s.label, kb_id=s.kb_id, span_id=s.id,
                                alignment_mode="expand") for s in group)
        new.spans[key] = [s for s in mapped if s is not None]


def make_component(nlp: Language, name: str, reference_date: str | None, options: dict[str, Any],
                   retokenize: bool) -> ArabnewsComponent:
    """The factory of the ``"arabnews"`` component (``nlp.add_pipe("arabnews", config={...})``).

    ``reference_date``: "YYYY-MM-DD" anchoring relative dates (or None); ``options``: keyword arguments
    of :class:`arabnews.Pipeline` (``stages``, ``parts``, normalization and stage options);
    ``retokenize``: return a Doc on arabnews' tokens (exact offsets) or keep the incoming tokens.
    """
    return ArabnewsComponent(nlp, name, reference_date=reference_date, options=options, retokenize=retokenize)


if HAVE_SPACY:
    Language.factory("arabnews", default_config=DEFAULT_CONFIG, retokenizes=True,
                     assigns=["doc.ents", "token.norm", "token.is_sent_start"], func=make_component)

