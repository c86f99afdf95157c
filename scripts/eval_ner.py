"""Score the whole entities stage on the held-out dev parts of ``scripts/train_ner.py``.

Each dev block of 20 sentences (same split as training: ``--dev-split``, ``--seed 13``, ``--dev-fraction 0.1``) becomes
one document: its words joined by spaces, its sentences by newlines.  The document goes through the
real pipeline (``arabnews.Pipeline()``; AQMAR with ``ner_domain="wiki"``), and each entity span is
mapped back to BIO tags on the corpus tokens it overlaps.  Printed: CoNLL exact-span P/R/F1 per
label and micro (PER+LOC+ORG) for news dev (ANERcorp + NewsFANE), ANERcorp dev alone and AQMAR dev;
then per label the errors by kind (boundary: same label, overlapping span; label: same span, other
label; missed; spurious) and a sample of ORG errors.

    python scripts/eval_ner.py                 # all three dev sets
    python scripts/eval_ner.py --sets anercorp --show 40
    python scripts/eval_ner.py --json /tmp/before.json   # keep the numbers to compare
    python scripts/eval_ner.py --dev-split tail --model /tmp/ner   # a model trained with that split
    python scripts/eval_ner.py --dev-split tail --sets aqmar --model /tmp/wiki --aqmar-dev Atom,...   # wiki dev set
    python scripts/eval_ner.py ... --wiki-rules=-peoples_as_persons   # the wiki rules but one

This is the measure that decides whether a post-CRF rule stays: it must not lower micro F1 on news
dev nor on ANERcorp dev.
"""

from __future__ import annotations

import argparse
import bisect
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_ner import (
    BLOCK,
    DEFAULT_DATA,
    DEV_SPLITS,
    LABELS,
    Sentence,
    aqmar_dev_indices,
    load_articles,
    score,
    spans,
    split_corpora,
)

import arabnews

SETS = ("news", "anercorp", "aqmar")
ERROR_KINDS = ("boundary", "label", "missed", "spurious")


def block_document(block: list[Sentence]) -> tuple[str, list[list[tuple[int, int]]]]:
    """The text of a dev block (words joined by spaces, sentences by newlines) and the character
    span of every word, sentence by sentence."""
    parts: list[str] = []
    offsets: list[list[tuple[int, int]]] = []
    pos = 0
    for k, sent in enumerate(block):
        if k:
            parts.append("\n")
            pos += 1
        row = []
        for m, (word, _) in enumerate(sent):
            if m:
                parts.append(" ")
                pos += 1
            parts.append(word)
            row.append((pos, pos + len(word)))
            pos += len(word)
        offsets.append(row)
    return "".join(parts), offsets


def entity_tags(entities, offsets: list[list[tuple[int, int]]]) -> list[list[str]]:
    """BIO tags of the corpus words from entity spans: a word overlapping a span gets its label,
    B- on the first word of the span."""
    flat = [(k, m, s, e) for k, row in enumerate(offsets) for m, (s, e) in enumerate(row)]
    tags = [["O"] * len(row) for row in offsets]
    starts = [s for _, _, s, _ in flat]
    for ent in sorted(entities, key=lambda x: (x.start, x.end)):
        if ent.label not in LABELS:
            continue
        i = max(0, bisect.bisect_right(starts, ent.start) - 1)
        first = True
        while i < len(flat) and flat[i][2] < ent.end:
            k, m, _, e = flat[i]
            if e > ent.start and tags[k][m] == "O":
                tags[k][m] = ("B-" if first else "I-") + ent.label
                first = False
            i += 1
    return tags


def run_blocks(pipe, blocks: list[list[Sentence]]) -> tuple[list[list[str]], list[list[str]], list[list[str]]]:
    """(gold tags, predicted tags, words) sentence by sentence."""
    gold, pred, words = [], [], []
    for block in blocks:
        text, offsets = block_document(block)
        doc = pipe(text)
        pred.extend(entity_tags(doc.entities, offsets))
        gold.extend([t for _, t in s] for s in block)
        words.extend([w for w, _ in s] for s in block)
    return gold, pred, words


def error_breakdown(gold, pred, words) -> tuple[dict[str, Counter], list[tuple[str, str, str, str]]]:
    """Per label, errors by kind; and the ORG errors as (kind, gold text, predicted text, sentence)."""
    kinds: dict[str, Counter] = {lab: Counter() for lab in LABELS}
    org: list[tuple[str, str, str, str]] = []
    for g, p, w in zip(gold, pred, words, strict=True):
        gs, ps = spans(g), spans(p)

        def text(s, w=w) -> str:
            return " ".join(w[s[0]:s[1]]) + f" /{s[2]}"

        sentence = " ".join(w)
        # sorted: set order follows string hashing, which changes per process, and the printed sample
        # of ORG errors must be the same in every run
        for s in sorted(gs - ps):
            over = sorted(q for q in ps - gs if q[0] < s[1] and s[0] < q[1])
            same = [q for q in over if q[2] == s[2]]
            if same:
                kind, other = "boundary", same[0]
            elif any(q[0] == s[0] and q[1] == s[1] for q in over):
                kind, other = "label", next(q for q in over if q[0] == s[0] and q[1] == s[1])
            else:
                kind, other = "missed", None
            kinds[s[2]][kind] += 1
            if "ORG" in (s[2], other[2] if other else ""):
                org.append((kind, text(s), text(other) if other else "-", sentence))
        for s in sorted(ps - gs):
            over = [q for q in gs if q[0] < s[1] and s[0] < q[1]]
            if not over:
                kinds[s[2]]["spurious"] += 1
                if s[2] == "ORG":
                    org.append(("spurious", "-", text(s), sentence))
    return kinds, org


def evaluate(sets: tuple[str, ...], data: Path, seed: int, fraction: float,
             ner_in_groups: bool | None = None, dev_split: str = "blocks", model: Path | None = None,
             aqmar_dev: str | None = None) -> dict[str, dict]:
    """Scores and errors per dev set; ``dev_split``, ``aqmar_dev`` and ``model`` (a folder written by
    train_ner.py, default the shipped model) as in ``scripts/train_ner.py``."""
    if model is None:
        # the shipped models are trained on every sentence (train_ner.py --dev-split none): their dev
        # scores are scores on training text
        print("WARNING: the shipped models were trained on all the data, dev parts included: these scores are "
              "inflated. Score a model trained without the dev part instead: python scripts/train_ner.py "
              f"--dev-split {dev_split} --output /tmp/ner, then --model /tmp/ner "
              "(a tail model of the shipped news settings: /tmp/ner_fane_c02 if it is there)", file=sys.stderr)
    parts = split_corpora(load_articles(data), dev_split, seed, fraction, aqmar_dev_indices(data, aqmar_dev))
    dev = {name: part[1] for name, part in parts.items()}
    blocks = {"news": dev["anercorp"] + dev["newsfane"], "anercorp": dev["anercorp"], "aqmar": dev["aqmar"]}
    path = str(model) if model else None
    pipes = {"news": arabnews.Pipeline(ner_in_groups=ner_in_groups, model_path=path),
             "wiki": arabnews.Pipeline(ner_domain="wiki", ner_in_groups=ner_in_groups, model_path=path)}
    results: dict[str, dict] = {}
    cache: dict[str, tuple] = {}
    for name in sets:
        t0 = time.process_time()
        if name == "anercorp" and "news" in cache:  # the first blocks of news dev are ANERcorp's
            n = sum(len(b) for b in blocks["anercorp"])
            gold, pred, words = (x[:n] for x in cache["news"])
        else:
            gold, pred, words = run_blocks(pipes["wiki" if name == "aqmar" else "news"], blocks[name])
        cache[name] = (gold, pred, words)
        res = score(gold, pred)
        kinds, org = error_breakdown(gold, pred, words)
        results[name] = {"scores": res, "errors": {lab: dict(c) for lab, c in kinds.items()}, "org_errors": org,
                         "blocks": len(blocks[name]), "sentences": len(gold),
                         "cpu_s": round(time.process_time() - t0, 1)}
    return results


def report(results: dict[str, dict], show: int, seed: int) -> None:
    for name, res in results.items():
        print(f"\n{name} dev: {res['blocks']} documents of {BLOCK} sentences, {res['sentences']} sentences "
              f"({res['cpu_s']} s CPU)")
        print(f"  {'label':6} {'P':>6} {'R':>6} {'F1':>6} {'n':>6}   " + " ".join(f"{k:>9}" for k in ERROR_KINDS))
        for lab in (*LABELS, "micro"):
            r = res["scores"][lab]
            errs = res["errors"].get(lab)
            tail = " ".join(f"{errs.get(k, 0):9d}" for k in ERROR_KINDS) if errs is not None else ""
            print(f"  {lab:6} {r['p']:6.2f} {r['r']:6.2f} {r['f1']:6.2f} {r['n']:6d}   {tail}")
        if show and name != "anercorp":
            sample = list(res["org_errors"])
            random.Random(seed).shuffle(sample)
            print(f"  ORG errors ({len(sample)}), a sample: kind | gold | predicted")
            for kind, g, p, _ in sample[:show]:
                print(f"    {kind:9} | {g} | {p}")


def select_rules(spec: str) -> None:
    """Run only the correction rules named in ``spec`` (see ``--rules``)."""
    from arabnews.extract.entities import corrections

    by_name = corrections.CATALOGUE
    if spec == "none":
        corrections.RULES = ()
    elif spec.startswith("-"):
        drop = set(spec[1:].split(","))
        corrections.RULES = tuple(r for r in corrections.RULES if r.__name__ not in drop)
    else:
        corrections.RULES = tuple(by_name[name] for name in spec.split(","))
    print("rules:", ", ".join(r.__name__ for r in corrections.RULES) or "none")


def select_wiki_rules(spec: str) -> None:
    """Run only the Wikipedia correction rules named in ``spec`` (see ``--wiki-rules``)."""
    from arabnews.extract.entities import corrections

    by_name = {**corrections.CATALOGUE, **corrections.WIKI_CATALOGUE}
    if spec == "none":
        corrections.WIKI_RULES = ()
    elif spec.startswith("-"):
        drop = set(spec[1:].split(","))
        corrections.WIKI_RULES = tuple(r for r in corrections.WIKI_RULES if r.__name__ not in drop)
    else:
        corrections.WIKI_RULES = tuple(by_name[name] for name in spec.split(","))
    print("wiki rules:", ", ".join(r.__name__ for r in corrections.WIKI_RULES) or "none")


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--sets", default=",".join(SETS), help="comma-separated among news, anercorp, aqmar")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--dev-fraction", type=float, default=0.1)
    ap.add_argument("--dev-split", choices=[s for s in DEV_SPLITS if s != "none"], default="blocks",
                    help="the dev parts of scripts/train_ner.py --dev-split (default: %(default)s)")
    ap.add_argument("--aqmar-dev", metavar="NAMES",
                    help="the AQMAR articles held out whole, as train_ner.py --aqmar-dev (default: the seeded ones)")
    ap.add_argument("--model", type=Path, help="a model folder written by train_ner.py (default: the shipped one)")
    ap.add_argument("--show", type=int, default=25, help="ORG errors to print per set")
    ap.add_argument("--json", type=Path, help="write the scores and error counts here")
    ap.add_argument("--ner-in-groups", action="store_const", const=True, default=None,
                    help="score entities that overlap a named group, and groups as ORGs (the pipeline's default)")
    ap.add_argument("--no-ner-in-groups", dest="ner_in_groups", action="store_const", const=False,
                    help="leave every entity overlapping a named group to the groups layer (\"حزب الله\" a group only)")
    ap.add_argument("--rules", help="post-CRF correction rules to run, comma-separated names of "
                    "arabnews.extract.entities.corrections.RULES (default all; 'none' for none); "
                    "'-name' (written --rules=-name) runs the default ones but that one")
    ap.add_argument("--wiki-rules", help="the same for the rules run on AQMAR (ner_domain=\"wiki\"): names of "
                    "corrections.WIKI_CATALOGUE or CATALOGUE (default corrections.WIKI_RULES)")
    args = ap.parse_args(argv)
    if args.rules:
        select_rules(args.rules)
    if args.wiki_rules:
        select_wiki_rules(args.wiki_rules)
    sets = tuple(s for s in args.sets.split(",") if s)
    if "anercorp" in sets and "news" in sets:
        sets = ("news", *[s for s in sets if s != "news"])
    results = evaluate(sets, args.data, args.seed, args.dev_fraction, args.ner_in_groups, args.dev_split, args.model,
                       args.aqmar_dev)
    report(results, args.show, args.seed)
    if args.json:
        args.json.write_text(json.dumps({k: {x: v[x] for x in ("scores", "errors")} for k, v in results.items()},
                                        ensure_ascii=False, indent=1), encoding="utf-8")
    return results


if __name__ == "__main__":
    main()
