"""The scaling row of benchmarks/run.py for one size, with each stage timed (CPU seconds per MB).

    python benchmarks/scaling_stages.py 1000000                 # the row's setup: documents after 0.6 MB of warm-up
    python benchmarks/scaling_stages.py 5000000 --prof p.out    # and a cProfile of the timed documents into p.out
    python benchmarks/scaling_stages.py 5000000 --cut 5         # the same text cut into 5 documents (content, not size)
    python benchmarks/scaling_stages.py 100000 --spread 10      # 10 documents spread over the 5 MB document's text

By default the text and warm-up are those of SCALING_CODE in run.py (run each size in a fresh process): a size's
documents are the first ``300_000 // size`` pieces of the corpus, so a 5 MB document is mostly other news than the
100 KB ones (ANT's later articles tell of more violence: more events, more claims).  ``--spread N`` takes N documents
of the size at even steps through the first 5 MB instead (warm-up: the 0.6 MB after them), the same news as the
5 MB document.  Prints a JSON line: seconds per MB of the whole call, of make_doc and of each stage, and the peak RSS.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from run import REF, load_corpus  # noqa: E402

import arabnews  # noqa: E402
from arabnews.pipeline import Pipeline  # noqa: E402


def rss(field: str) -> float:
    return int(re.search(field + r":\s+(\d+) kB", Path("/proc/self/status").read_text()).group(1)) / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("size", type=int)
    ap.add_argument("--prof")
    ap.add_argument("--cut", type=int, default=1)
    ap.add_argument("--spread", type=int, default=0)
    args = ap.parse_args()
    size = args.size
    if args.spread:
        pool = "\n\n".join(load_corpus(5.6))
        chars = round(len(pool) * size / len(pool.encode()))
        span = round(len(pool) * 5_000_000 / len(pool.encode()))
        step = (span - chars) // max(1, args.spread - 1)
        pieces = [pool[k * step:k * step + chars] for k in range(args.spread)]
        warm = pool[span:]
    else:
        reps = max(1, 300_000 // size)
        pool = "\n\n".join(load_corpus(reps * size / 1e6 + 0.6))
        chars = round(len(pool) * size / len(pool.encode()))
        pieces = [pool[k * chars:(k + 1) * chars] for k in range(reps)]
        warm = pool[reps * chars:]
    del pool
    if args.cut > 1:  # each piece cut into ``cut`` documents after blank lines (article boundaries) near equal sizes
        cuts = []
        for piece in pieces:
            at = [0]
            for k in range(1, args.cut):
                j = piece.find("\n\n", k * len(piece) // args.cut)
                # after the blank line: a document that opened with it was one article to the dates stage's
                # ``article_starts`` (no headline first), where the long document is many (session 45: its 591
                # article anchorings against 62 were this, not a cost of length)
                at.append(j + 2 if j >= 0 else len(piece))
            at.append(len(piece))
            cuts += [piece[a:b] for a, b in pairwise(at) if piece[a:b].strip()]
        pieces = cuts
    nlp = arabnews.Pipeline()
    nlp(warm, reference_date=REF)
    del warm
    times: dict[str, float] = {}
    run = Pipeline._run

    def timed(name, stage, doc):  # type: ignore[no-untyped-def]
        t0 = time.process_time()
        try:
            return run(name, stage, doc)
        finally:
            times[name] = times.get(name, 0.0) + time.process_time() - t0

    Pipeline._run = staticmethod(timed)  # type: ignore[method-assign]
    make_doc = nlp.make_doc

    def timed_make(*a, **k):  # type: ignore[no-untyped-def]
        t0 = time.process_time()
        try:
            return make_doc(*a, **k)
        finally:
            times["make_doc"] = times.get("make_doc", 0.0) + time.process_time() - t0

    nlp.make_doc = timed_make  # type: ignore[method-assign]
    prof = None
    if args.prof:
        import cProfile
        prof = cProfile.Profile()
        prof.enable()
    t = time.process_time()
    for piece in pieces:
        doc = nlp(piece, reference_date=REF)
        n = len(doc.tokens)
        t1 = time.process_time()
        del doc
        times["del"] = times.get("del", 0.0) + time.process_time() - t1
    secs = time.process_time() - t
    if prof is not None:
        prof.disable()
        prof.dump_stats(args.prof)
    mbytes = sum(len(p.encode()) for p in pieces) / 1e6
    out = {"bytes": len(pieces[0].encode()), "docs": len(pieces), "tokens": n, "peak": rss("VmHWM"),
           "s_per_mb": round(secs / mbytes, 3)}
    out.update({k: round(v / mbytes, 3) for k, v in times.items()})
    print(json.dumps(out))


if __name__ == "__main__":
    main()
