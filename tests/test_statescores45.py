"""Session 45 (issue #18): a long document's state-score tables keep its frequent words when they make room."""

from __future__ import annotations

from pathlib import Path

import numpy as np

import arabnews
from arabnews.extract.entities import statescores
from arabnews.extract.entities.sequences import tag_sequences


def _batches(size: int) -> list[list[list[str]]]:
    """The ANT sample's sentences (their normalized words) in batches of ``size`` tokens or more, as the entities
    stage batches a long document's sentences (``backend._batches``, 20,000 tokens)."""
    text = (Path(__file__).parent / "golden" / "ant_sample.txt").read_text(encoding="utf-8")
    doc = arabnews.Pipeline([]).make_doc(text)
    batches: list[list[list[str]]] = [[]]
    count = 0
    for _, toks in tag_sequences(doc):
        batches[-1].append([t.norm for t in toks])
        count += len(toks)
        if count >= size:
            batches.append([])
            count = 0
    return [b for b in batches if b]


def test_batches_of_more_than_half_the_tables_keep_their_frequent_words(tagger, monkeypatch) -> None:
    """Tables of 900 word types, batches of 500 tokens or more (some 300 new types each): room for twice a batch's
    tokens was none, and the tables were emptied at each batch once full ("في" and "من" scored again and again).
    Room is made for the batch's new types (twice): the words of every batch stay, and every batch's scores are
    those of unbounded tables."""
    model = tagger._model
    batches = _batches(500)
    plain = statescores.StateScorer(model, tagger.features)
    want = [plain.scores(b) for b in batches]
    monkeypatch.setattr(statescores, "_TYPE_LIMIT", 900)
    bounded = statescores.StateScorer(model, tagger.features)
    rooms: list[int] = []
    make_room = bounded._make_room

    def counted(room: int) -> None:
        make_room(room)
        rooms.append(bounded._n)  # the types kept (the pseudo types are 3)

    monkeypatch.setattr(bounded, "_make_room", counted)
    for batch, w in zip(batches, want, strict=True):
        assert np.array_equal(bounded.scores(batch), w)
        assert {"في", "من"} <= bounded._types.keys()
    assert len(rooms) >= 2
    # not emptied (main kept the 3 pseudo types: room for twice 500 tokens or more was none); kept: the types seen in
    # the most batches, fewer than 900 less twice the batch's some 330 new types
    assert min(rooms) > 200
