"""Learn the word clusters of the entities stage from all the Arabic text in ``shared/data``.

Writes ``src/arabnews/resources/ner/clusters.tsv.gz`` (read by
``arabnews.extract.entities.clusters``): word2vec skip-gram vectors (gensim) of the ANT news corpus
(13 MB) and the raw tokens of ANERcorp, NewsFANE and AQMAR, then k-means (scikit-learn) at several
granularities.  Words are taken in the form the CRF features use: normalized, folded and stripped of
their proclitics by the same functions as ``FeatureExtractor`` (the ``st=`` stem).  Only words seen
at least ``--min-count`` times enter the table.

    pip install -e '.[train]'
    python scripts/train_clusters.py                  # a few minutes on one core

Fixed seeds and a single worker thread: the same data give the same table.
"""

from __future__ import annotations

import argparse
import gzip
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from gensim.models import Word2Vec
from sklearn.cluster import KMeans
from threadpoolctl import threadpool_limits
from train_ner import DEFAULT_DATA, load_corpora

from arabnews import tokenize
from arabnews.extract.entities.features import _stem
from arabnews.extract.entities.gazetteer import default_gazetteer
from arabnews.text.normalize import fold

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = REPO / "src" / "arabnews" / "resources" / "ner" / "clusters.tsv.gz"


def _hash(text: str) -> int:
    """A stable string hash for gensim (Python's ``hash`` changes from run to run)."""
    return zlib.crc32(text.encode("utf-8"))


class Keys:
    """The feature stem of a normalized word ("بدمشق" → "دمشق"), computed once per word type."""

    def __init__(self) -> None:
        self.gaz = default_gazetteer()
        self._cache: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        key = self._cache.get(word)
        if key is None:
            key = self._cache[word] = _stem(fold(word), self.gaz)[0]
        return key


def sentences(data: Path, keys: Keys) -> Iterator[list[str]]:
    """Stem sequences: one per line of ANT, one per sentence of the annotated corpora."""
    with open(data / "news" / "ant-v1.1.txt", encoding="utf-8") as fh:
        for line in fh:
            words = [keys(t.norm) for t in tokenize(line) if t.kind != "space"]
            if words:
                yield words
    for corpus in load_corpora(data).values():
        for sent in corpus:
            yield [keys(w) for w, _ in sent]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Learn word clusters for the arabnews CRF.")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    ap.add_argument("--min-count", type=int, default=3, help="how often a word must occur to get clusters")
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--window", type=int, default=2)
    ap.add_argument("--epochs", type=int, default=15)
    ap.add_argument("--k", type=int, nargs="+", default=[64, 256, 1024])
    ap.add_argument("--nested", action=argparse.BooleanOptionalAction, default=True,
                    help="coarse clusters group whole fine clusters (like Brown bit-string prefixes)")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    keys = Keys()
    corpus = list(sentences(args.data, keys))
    print(f"{len(corpus)} sentences, {sum(map(len, corpus))} tokens, {len(set(keys._cache.values()))} word types "
          f"({time.perf_counter() - t0:.0f} s)", flush=True)

    t1 = time.perf_counter()
    model = Word2Vec(corpus, vector_size=args.dim, window=args.window, min_count=args.min_count, sg=1,
                     negative=5, sample=1e-4, epochs=args.epochs, workers=1, seed=args.seed, hashfxn=_hash)
    words = list(model.wv.index_to_key)
    vectors = model.wv.get_normed_vectors().astype(np.float64)
    print(f"word2vec: {len(words)} words x {args.dim} ({time.perf_counter() - t1:.0f} s)", flush=True)

    labels = {}
    with threadpool_limits(limits=1):
        ks = sorted(args.k, reverse=True)
        fine = KMeans(n_clusters=ks[0], n_init=1, max_iter=100, random_state=args.seed).fit(vectors)
        labels[ks[0]] = fine.labels_
        sizes = np.bincount(fine.labels_, minlength=ks[0])
        for k in ks[1:]:
            if args.nested:  # cluster the fine centroids: a word's coarse cluster holds its fine one
                km = KMeans(n_clusters=k, n_init=1, max_iter=100, random_state=args.seed)
                km.fit(fine.cluster_centers_, sample_weight=sizes)
                labels[k] = km.labels_[fine.labels_]
            else:
                labels[k] = KMeans(n_clusters=k, n_init=1, max_iter=100, random_state=args.seed).fit(vectors).labels_
        print(f"k-means k={'/'.join(map(str, ks))} ({time.perf_counter() - t1:.0f} s)", flush=True)

    args.output.parent.mkdir(parents=True, exist_ok=True)
    order = sorted(range(len(words)), key=lambda i: words[i])
    lines = [
        "# Word clusters of the arabnews entities stage, written by scripts/train_clusters.py "
        f"(word2vec skip-gram, dim {args.dim}, window {args.window}, {args.epochs} epochs, min count "
        f"{args.min_count}, seed {args.seed}; k-means k={'/'.join(map(str, args.k))}"
        f"{', nested' if args.nested else ''}).",
        "# Learnt from the ANT corpus v1.1 (Apache 2.0) and the raw text of ANERcorp (CC BY-SA 4.0), "
        "NewsFANE Gold and AQMAR (CC BY-SA 3.0); distributed under CC BY-SA 4.0. See README.md.",
        "\t".join(["word", *(f"c{k}" for k in args.k)]),
        *("\t".join([words[i], *(str(labels[k][i]) for k in args.k)]) for i in order),
    ]
    # mtime=0: the same table gives the same bytes
    with open(args.output, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh:
        fh.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"wrote {args.output} ({args.output.stat().st_size / 1e6:.2f} MB, {len(words)} words) "
          f"in {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
