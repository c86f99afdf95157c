"""Audit one extraction layer on real news: where do its anchor words occur outside its spans?

    python scripts/audit.py numbers                      # 2,000 ANT articles, seed 0
    python scripts/audit.py dates --sample 500 --seed 3 --show 30

``scripts/audit_layers/<layer>.py`` defines ``LAYER`` and ``find_anchors(doc) -> [(start, end, family)]``
(original offsets of the places where an anchor word of the layer occurs).  The script runs
``arabnews.analyze`` over a random sample of ANT v1.1 articles (one per line), counts by family the
anchors that no span of the layer covers (for numbers, a date span covers too: dates own their
numbers) and prints the counts and a sample of uncovered anchors with their context.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
ANT = ROOT.parent / "shared" / "data" / "news" / "ant-v1.1.txt"
if not ANT.exists():
    ANT = Path("/work/shared/data/news/ant-v1.1.txt")


def load_layer(name: str):
    path = Path(__file__).resolve().parent / "audit_layers" / f"{name}.py"
    if not path.exists():
        raise SystemExit(f"no audit layer {name!r} ({path})")
    spec = importlib.util.spec_from_file_location(f"audit_layer_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("layer")
    ap.add_argument("--sample", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=20, help="uncovered anchors to print")
    ap.add_argument("--corpus", type=Path, default=ANT)
    args = ap.parse_args(argv)
    layer = load_layer(args.layer)

    import arabnews
    from arabnews.document import SpanIndex

    lines = [ln for ln in args.corpus.read_text(encoding="utf-8").splitlines() if ln.strip()]
    rng = random.Random(args.seed)
    sample = rng.sample(lines, min(args.sample, len(lines)))
    total: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    shown: list[str] = []
    covering = tuple(getattr(layer, "COVERING", (layer.LAYER,)))
    for text in sample:
        doc = arabnews.analyze(text)
        spans = [s for name in covering for s in doc.layers.get(name, [])]
        index = SpanIndex.of(spans) if spans else None
        for start, end, family in layer.find_anchors(doc):
            total[family] += 1
            if index is not None and index.covers(start, end):
                continue
            missed[family] += 1
            if len(shown) < args.show and rng.random() < 0.2:
                shown.append(f"  [{family}] …{text[max(0, start - 40):start]}⟦{text[start:end]}⟧{text[end:end + 40]}…")
    print(f"layer {layer.LAYER}: {len(sample)} articles, seed {args.seed}")
    print(f"{'family':<20}{'anchors':>10}{'uncovered':>11}{'share':>8}")
    for family in sorted(total, key=lambda f: -total[f]):
        print(f"{family:<20}{total[family]:>10}{missed[family]:>11}{missed[family] / total[family]:>8.1%}")
    all_t, all_m = sum(total.values()), sum(missed.values())
    print(f"{'all':<20}{all_t:>10}{all_m:>11}{(all_m / all_t if all_t else 0):>8.1%}")
    if shown:
        print("sample of uncovered anchors:")
        print("\n".join(shown))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
