"""Instruction count of the whole pipeline over one long document against the same text cut into documents at
article boundaries (issue #18: time linear in a document's length, measured deterministically).

    CG=1 valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/dev/null \\
        python benchmarks/long_cg.py 1000000 1 2>&1 | grep Collected      # one document of 1 MB
    ... python benchmarks/long_cg.py 1000000 10 ...                         # the same text as 10 documents

The text is that of ``scaling_stages.py SIZE --spread 1``: the first SIZE bytes of the ANT articles of
``run.load_corpus``; CUT documents are cut from it just after the blank line nearest each CUT-th of it (so that each
opens with a headline: ``scaling_stages.py --cut`` cuts before the blank line, and the dates stage's
``article_starts`` then reads each piece as one article where the long document is many).  The default pipeline
first runs on W ANT articles (3000 onwards, W=50 unless a third argument says); with CG=1 only the analysis of the
text is counted (with ``--stage NAME``, only that stage's calls).
The ratio of the counts of CUT=1 and CUT=10 is the long document's extra cost per byte.  With ``--json F`` the
documents' ``to_dict()`` are written to F (to check that a change keeps the results).
"""

from __future__ import annotations

import gc
import json
import sys
import time
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import load_corpus
from warm_stage import ANT, REF, ROOT, counted, toggle


def main() -> None:
    args = sys.argv[1:]
    out = only = None
    if "--json" in args:
        k = args.index("--json")
        out = args[k + 1]
        del args[k:k + 2]
    if "--stage" in args:
        k = args.index("--stage")
        only = args[k + 1]
        del args[k:k + 2]
    size, cut = int(args[0]), int(args[1])
    w = int(args[2]) if len(args) > 2 else 50
    sys.path.insert(0, str(ROOT / "src"))
    import arabnews

    pool = "\n\n".join(load_corpus(size / 1e6 + 0.1))
    text = pool[:round(len(pool) * size / len(pool.encode()))]
    del pool
    at = [0]
    for k in range(1, cut):
        j = text.find("\n\n", k * len(text) // cut)
        at.append(j + 2 if j >= 0 else len(text))  # after the blank line: each document opens with a headline
    at.append(len(text))
    pieces = [text[a:b] for a, b in pairwise(at) if text[a:b].strip()]
    arts = ANT.read_text(encoding="utf-8").split("\n\n")
    nlp = arabnews.Pipeline()
    for a in arts[3000:3000 + w]:
        nlp(a, reference_date=REF)
    del arts
    docs = []
    if only:  # callgrind counts that stage's calls alone: on around each of them, off for the rest
        from arabnews.pipeline import Pipeline

        plain = Pipeline._run

        def one(name, stage, doc):  # type: ignore[no-untyped-def]
            if name != only:
                return plain(name, stage, doc)
            toggle("on")
            try:
                return plain(name, stage, doc)
            finally:
                toggle("off")

        Pipeline._run = staticmethod(one)  # type: ignore[method-assign]

    def run() -> None:
        for p in pieces:
            d = nlp(p, reference_date=REF)
            if out:
                docs.append(d)

    if only:  # the garbage collector off as in ``counted``, callgrind on only in the stage
        gc.collect()
        gc.disable()
        t = time.process_time()
        run()
        t = time.process_time() - t
    else:
        t = counted(run)
    print(f"{len(pieces)} documents, {len(text)} characters, {t:.2f} s CPU after {w} of warm-up")
    if out:
        with open(out, "w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
