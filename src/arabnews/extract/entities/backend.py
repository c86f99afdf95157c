"""Choosing and loading the tagger behind the entities stage, and what each gives for a document.

- "crf" (default): the shipped CRF (:mod:`.crf`), or another trained model folder; then the
  gazetteer back-off and the correction rules (news only, :mod:`.backoff`, :mod:`.corrections`),
  document consistency (:mod:`.consistency`) and decoding (:mod:`.decode`);
- "transformer": a local Hugging Face token-classification folder (:mod:`.transformer`);
- "camel": CAMeL Tools' installed NER model, run as a transformer.

The transformer backends need the optional ``transformers`` and ``torch``; without them loading
raises :class:`~arabnews.errors.MissingModelError` (an ``ImportError``) that says what to install.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import Literal, Protocol

from ...document import Document, EntitySpan, Part
from ...lang.ar import fold, writes_alif_maqsura
from ...text.tokenize import Token, Tokens
from .acronyms import letter_acronyms
from .backoff import gazetteer_backoff
from .bio import Tag, read_chunks
from .consistency import MIN_SCORE, NameTally, may_start_name, propagate
from .corrections import correct
from .crf import CRFTagger, default_tagger, wiki_tagger
from .decode import decode_tags
from .gazetteer import Gazetteer
from .persons import ali_in_names
from .places import street_names
from .rulewords import STREET_HEAD, sentence_bits
from .sequences import has_unseen, iter_sequences, seen

BACKENDS = ("crf", "transformer", "camel")
DOMAINS = ("news", "wiki")
#: Which backend runs the stage (the ``ner`` option).
BackendName = Literal["crf", "transformer", "camel"]


class Backend(Protocol):
    """A tagger as the stage sees it: entity spans of a document's extraction regions."""

    def entities(self, doc: Document) -> list[EntitySpan]: ...


#: Tokens tagged at once: a batch's state scores and marginals (a row of doubles per token each)
#: live until its sentences are corrected, so a long document does not hold them all.
BATCH_TOKENS = 20_000


def _batches(sequences: Iterable[tuple[Part, list[Token]]],
             size: int | None = None) -> Iterator[list[tuple[Part, list[Token]]]]:
    """``sequences`` in consecutive groups of about ``size`` tokens (default :data:`BATCH_TOKENS`;
    whole sequences)."""
    size = BATCH_TOKENS if size is None else size
    batch: list[tuple[Part, list[Token]]] = []
    count = 0
    for seq in sequences:
        batch.append(seq)
        count += len(seq[1])
        if count >= size:
            yield batch
            batch, count = [], 0
    if batch:
        yield batch


def _rule_persons_count(toks: Sequence[Token], crf: Sequence[Tag], tags: Sequence[Tag], probs: list[float],
                        crf_probs: Sequence[float], gaz: Gazetteer) -> tuple[list[float], list[float], set[int]]:
    """``probs`` for counting the document's names, whole and by their surname alone, and the starts of the
    persons the rules made: a person's name of two words or more that the rules made where the tagger saw no
    person of these words, none of its words an ordinary word, counts as sure enough to be carried
    (:data:`.consistency.MIN_SCORE`).

    - where the tagger saw nothing or another label ("وبين كمال الحجام أنه" names the man the sentence before
      only calls "كمال الحجام" without a cue; 'وأكدت "جين بارك"' after a speech verb, the tagger's MISC), the
      name is carried whole only;
    - where the tagger saw a person whose edge a rule moved ("الطالب ييت تورك" → "ييت تورك": the rescored B-
      of a word the tagger called I- is unsure of a name it was sure of), each word counts with the tagger's
      own probability, and the surname alone is carried too ("وأعرب تورك").

    Not "فن المهرج" (an ordinary word, with the article or without; not "هشام" read as "ام" after its first two
    letters, session 48)."""
    whole = surname = probs
    made: set[int] = set()
    for i, j, label in read_chunks(tags):
        if label != "PER" or j - i < 2 or any(w in gaz.common or (w[:2] == "ال" and w[2:] in gaz.common)
                                             for w in (fold(t.norm) for t in toks[i:j])):
            continue
        if all(t == "O" for t in crf[i:j]) or all(t != "O" and t[2:] != "PER" for t in crf[i:j]):
            floor = [MIN_SCORE] * (j - i)  # the rules' name (the tagger saw none, or one label over all of it)
            by_surname = False
        elif all(t[2:] == "PER" for t in crf[i:j]) and (crf[i] != "B-PER" or (j < len(crf) and crf[j] == "I-PER")):
            floor = list(crf_probs[i:j])  # the tagger's person, its edge moved
            by_surname = True
        else:
            continue
        if whole is probs:
            whole = list(probs)
        whole[i:j] = [max(p, f) for p, f in zip(whole[i:j], floor, strict=True)]
        made.add(i)
        if by_surname:
            if surname is probs:
                surname = list(probs)
            surname[i:j] = whole[i:j]
    return whole, surname, made


def crf_entities(doc: Document, tagger: CRFTagger, domain: str | None = None) -> list[EntitySpan]:
    """Tag every extraction region of ``doc`` with the CRF and decode the BIO tags into spans.

    The gazetteer back-off follows news conventions (a place's head outside the LOC), so it runs
    for news text only: on AQMAR's Wikipedia dev part it cost about 10 F1 points.  Then the names
    found anywhere in the document are tagged where the CRF missed them (see
    :mod:`arabnews.extract.entities.consistency`).

    Two passes, so that a long document never holds all its tokens: the first tags, corrects and
    counts the names batch by batch and keeps each sentence's offsets, tags and probabilities; the
    second takes each sentence's tokens again to carry the names and decode."""
    gaz = tagger.gazetteer
    tally = NameTally(gaz)
    # in a document of more than one batch, each sentence's tags are kept for the second pass as one
    # byte per token (a code of ``labels``) and its probabilities as doubles: about 9 bytes a token
    # instead of some 40 in lists of strings and floats
    compact = len(doc.tokens) > BATCH_TOKENS
    labels: list[Tag] = []
    codes: dict[Tag, int] = {}
    # a short document's sentences keep their tokens too (a long one's are read again in the second pass)
    tagged: list[tuple[Part, int, int, list[Tag] | bytes, list[float] | array[float], list[Token] | None]] = []
    # "علي" is the name Ali, not the preposition "على" folding makes of it (news only, like the rules)
    ali_named = domain is None and writes_alif_maqsura(doc.text)
    streets: set[int] = set()  # the starts of the sentences with a street's head (news: :func:`.places.street_names`)
    for batch in _batches(iter_sequences(doc)):
        crf = tagger.tag_many([[t.norm for t in toks] for _, toks in batch], domain=domain)
        for (part, toks), (tags, probs, marginals) in zip(batch, crf, strict=True):
            backed = (correct(toks, gazetteer_backoff(toks, tags, gaz), gaz) if domain is None
                      else correct(toks, tags, gaz, domain=domain))
            if ali_named:
                ali_in_names(toks, backed, gaz)
            if domain is None and sentence_bits(toks) & STREET_HEAD:  # (the rules just read the sentence's words)
                streets.add(toks[0].start)
            counted = by_surname = probs
            made: set[int] = set()
            if backed != tags:
                rescored = tagger.rescore(backed, probs, marginals)
                counted, by_surname, made = _rule_persons_count(toks, tags, backed, rescored, probs, gaz)
                probs, tags = rescored, backed
            tally.add(toks, tags, counted, by_surname, made)
            if compact:
                for tag in set(tags) - codes.keys():
                    codes[tag] = len(labels)
                    labels.append(tag)
                tagged.append((part, toks[0].start, toks[-1].end, bytes(map(codes.__getitem__, tags)),
                               array("d", probs), None))
            else:
                tagged.append((part, toks[0].start, toks[-1].end, tags, probs, toks))
        del crf, batch  # the batch's marginals (a row of label probabilities per token) and tokens
    names = tally.names()
    first_words = names.first_words()
    unseen = compact and has_unseen(doc)
    out: list[EntitySpan] = []
    outside = codes.get("O")
    for part, start, end, kept_tags, kept_probs, kept_toks in tagged:
        if isinstance(kept_tags, bytes) and outside is not None and kept_tags.count(outside) == len(kept_tags) \
                and start not in streets and not may_start_name(doc, start, end, names):
            continue  # no entity and no name to carry: nothing to decode, and its tokens are not built again
        toks = (seen(doc.tokens_between(start, end)) if unseen else doc.tokens_between(start, end)) \
            if kept_toks is None else kept_toks
        probs = kept_probs.tolist() if isinstance(kept_probs, array) else kept_probs
        tags = list(map(labels.__getitem__, kept_tags)) if isinstance(kept_tags, bytes) else kept_tags
        tags = propagate(toks, tags, names, gaz, probs)
        if start in streets:  # after the names are carried: "ساحة الشهيد شكري بلعيد" keeps "بلعيد" a person elsewhere
            street_names(toks, tags, gaz)
        out.extend(decode_tags(doc, toks, tags, probs, part, gaz, "crf", first_words))
    return letter_acronyms(doc, out)


class CRFBackend:
    """The CRF backend: ``domain`` None for news (with the gazetteer back-off) or "wiki"."""

    __slots__ = ("domain", "tagger")

    def __init__(self, tagger: CRFTagger, domain: str | None = None) -> None:
        self.tagger = tagger
        self.domain = domain

    def entities(self, doc: Document) -> list[EntitySpan]:
        found = crf_entities(doc, self.tagger, self.domain)
        tokens = doc.tokens
        if isinstance(tokens, Tokens) and not tokens.keeps_all:
            # a long document (more tokens than are kept): its word types, mostly its own, filled the tagger's
            # tables, which no later stage reads; emptied before the attribution and events stages, where such a
            # document's memory peaks (5 MB: 293 → 289 MB; issue #18).  An article never takes this path.
            self.tagger.release_tables()
        return found


def load_backend(ner: str = "crf", model_path: str | None = None, ner_domain: str = "news") -> Backend:
    """The backend named ``ner`` (see the module docstring), loaded; ``model_path`` names a model
    folder, ``ner_domain`` ("news" or "wiki") the kind of text the CRF tags.

    Raises ValueError for an unknown option, FileNotFoundError for a missing model folder and
    :class:`~arabnews.errors.MissingModelError` when the backend's packages are not installed."""
    if ner not in BACKENDS:
        raise ValueError(f"ner must be one of {BACKENDS}, got {ner!r}")
    if ner_domain not in DOMAINS:
        raise ValueError(f"ner_domain must be one of {DOMAINS}, got {ner_domain!r}")
    if ner == "crf":
        if model_path is not None:
            tagger = CRFTagger(model_path)
        else:
            tagger = default_tagger() if ner_domain == "news" else wiki_tagger()
        return CRFBackend(tagger, None if ner_domain == "news" else ner_domain)
    from .transformer import TransformerNER  # imports torch and transformers when built

    return TransformerNER.from_option(ner, model_path)
