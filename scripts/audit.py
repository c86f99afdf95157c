"""Recall audit on real news: anchor words of a layer that no span of the layer covers.

    python scripts/audit.py dates                       # 2,000 ANT articles, counts by family + a sample
    python scripts/audit.py dates --sample 500 --seed 1 --show 40

A layer module ``scripts/audit_layers/<layer>.py`` defines ``LAYER`` (its name), ``find_anchors(doc) ->
list[(start, end, family)]`` (original offsets of the places where an anchor word of the layer occurs)
and optionally ``COVERED_BY`` (the layers whose spans count as covering an anchor; default ``(LAYER,)``)
or ``covered_spans(doc) -> list[(start, end)]`` (the covering stretches, when they are not a layer's
spans: a quote's cue and source, an event's trigger and its toll).
The pipeline is ``arabnews.analyze`` (``--stages`` runs a smaller one).  An anchor is covered when a
span of a covering layer overlaps it.  Numbers printed: anchors, uncovered anchors, by family.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "news" / "ant-v1.1.txt"


def load_layer(name: str):
    path = Path(__file__).resolve().parent / "audit_layers" / f"{name}.py"
    if not path.exists():
        sys.exit(f"no audit layer {name!r} ({path} missing)")
    spec = importlib.util.spec_from_file_location(f"audit_layers.{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sample_articles(path: Path, n: int, seed: int) -> list[str]:
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    random.Random(seed).shuffle(lines)
    return lines[:n]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("layer")
    ap.add_argument("--sample", type=int, default=2000, help="articles to sample (default 2000)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--show", type=int, default=30, help="uncovered anchors to print with context")
    ap.add_argument("--reference-date", default="2020-06-02")
    ap.add_argument("--stages", help="comma-separated pipeline stages instead of arabnews.analyze")
    args = ap.parse_args(argv)

    sys.path.insert(0, str(ROOT / "src"))
    import arabnews

    layer = load_layer(args.layer)
    covered_by = tuple(getattr(layer, "COVERED_BY", (layer.LAYER,)))
    run = arabnews.Pipeline(args.stages.split(",")) if args.stages else arabnews.analyze
    articles = sample_articles(args.data, args.sample, args.seed)
    total: collections.Counter[str] = collections.Counter()
    missed: collections.Counter[str] = collections.Counter()
    examples: list[tuple[str, str]] = []
    t0 = time.perf_counter()
    for text in articles:
        doc = run(text, reference_date=args.reference_date)
        if hasattr(layer, "covered_spans"):
            spans = sorted(layer.covered_spans(doc))
        else:
            spans = sorted((s.start, s.end) for name in covered_by for s in doc.layers.get(name, []))
        for start, end, family in layer.find_anchors(doc):
            total[family] += 1
            if not any(s < end and start < e for s, e in spans):
                missed[family] += 1
                left, right = text[max(0, start - 40):start], text[end:end + 40]
                examples.append((family, f"{left}[[{text[start:end]}]]{right}".replace("\n", " ")))
    secs = time.perf_counter() - t0
    print(f"layer {layer.LAYER}: {len(articles)} articles, {sum(total.values())} anchors, "
          f"{sum(missed.values())} uncovered ({secs:.1f}s)")
    print(f"{'family':<16}{'anchors':>9}{'uncovered':>11}{'share':>8}")
    for family, n in total.most_common():
        print(f"{family:<16}{n:>9}{missed[family]:>11}{missed[family] / n:>8.0%}")
    random.Random(args.seed).shuffle(examples)
    for family, context in examples[:args.show]:
        print(f"{family:<14} {context}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
