"""Build ``src/arabnews/resources/ner/org_names.json``: organisation names of two words or more that
the news corpora (ANERcorp, NewsFANE Gold) tag as ORG at least twice and in most of the places where
the same words stand ("صندوق النقد الدولي", "محكمة العدل الدولية").

The entities stage tags such a name as ORG where the CRF left all its words untagged
(``extract/entities/orgs.py``: ``known_orgs``).  Names are stored folded and normalized as the
rules see words (:func:`arabnews.lang.ar.fold` of :func:`arabnews.normalize`), without the
proclitics of their first word; a name is counted at every place where one reading of its first
word (with or without a proclitic) and the words after it spell it.

    python scripts/build_org_names.py                       # the shipped table, from all the text
    python scripts/build_org_names.py --dev-split tail --output /tmp/org_names.json   # without the dev part

The table is derived from CC BY-SA corpora and distributed under CC BY-SA 4.0 (see the README of
``resources/ner``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_ner import DEV_SPLITS, Sentence, load_articles, split_corpora

from arabnews.lang.ar import clitic_splits, fold
from arabnews.text.normalize import normalize

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data"
DEFAULT_OUTPUT = REPO / "src" / "arabnews" / "resources" / "ner" / "org_names.json"
CORPORA = ("anercorp", "newsfane")
MAX_WORDS = 6


def readings(word: str) -> list[str]:
    """The word and its forms without proclitics ("لمجلس" → "لمجلس", "مجلس"; "للأمم" → "الامم")."""
    return list(dict.fromkeys([word, *(f for s in clitic_splits(word)[1:] for f in s.lemma_forms)]))


def count(sentences: list[Sentence]) -> tuple[Counter[str], Counter[str]]:
    """(times each name is a whole gold ORG, times its words stand anywhere), for gold ORG spans of
    2 to :data:`MAX_WORDS` words."""
    tagged: Counter[str] = Counter()
    folded = [([fold(normalize(w)) for w, _ in s], [t for _, t in s]) for s in sentences]
    for words, tags in folded:
        i = 0
        while i < len(tags):
            if tags[i] == "B-ORG":
                j = i + 1
                while j < len(tags) and tags[j] == "I-ORG":
                    j += 1
                if 2 <= j - i <= MAX_WORDS:
                    for first in readings(words[i]):
                        tagged[" ".join([first, *words[i + 1:j]])] += 1
                i = j
            else:
                i += 1
    names = {n for n, c in tagged.items() if c >= 2}
    lengths = {len(n.split(" ")) for n in names}
    seen: Counter[str] = Counter()
    for words, _ in folded:
        for i in range(len(words)):
            for first in readings(words[i]):
                for size in lengths:
                    if i + size <= len(words):
                        name = " ".join([first, *words[i + 1:i + size]])
                        if name in names:
                            seen[name] += 1
    return tagged, seen


def build(data: Path, dev_split: str, seed: int, fraction: float, min_count: int, min_share: float) -> dict:
    parts = split_corpora(load_articles(data), dev_split, seed, fraction)
    sentences = [s for name in CORPORA for s in parts[name][0]]
    tagged, seen = count(sentences)
    keep = sorted(n for n, c in tagged.items() if c >= min_count and c / max(seen[n], 1) >= min_share)
    return {
        "_about": ("Organisation names of two words or more (folded, no proclitics) that ANERcorp (CC BY-SA 4.0) "
                   f"and NewsFANE Gold (CC BY-SA 3.0) tag as a whole ORG at least {min_count} times and in at "
                   f"least {min_share:.0%} of the places their words stand; dev split {dev_split!r}; written by "
                   "scripts/build_org_names.py. CC BY-SA 4.0."),
        "names": keep,
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    ap.add_argument("--dev-split", choices=DEV_SPLITS, default="none",
                    help="leave out the dev part of scripts/train_ner.py's split (default: none, all the text)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--dev-fraction", type=float, default=0.1)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--min-share", type=float, default=0.75)
    args = ap.parse_args(argv)
    table = build(args.data, args.dev_split, args.seed, args.dev_fraction, args.min_count, args.min_share)
    args.output.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(table['names'])} names → {args.output}")


if __name__ == "__main__":
    main()
