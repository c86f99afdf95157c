"""Cost of one stage, warm: what the benchmark times, without start-up (lexicon compiles, first-seen caches).

The default pipeline first runs on W ANT articles (3000 onwards); the documents of articles 0..N-1 are built
through the stages before STAGE; then STAGE alone runs over them (STAGE=ALL: the whole pipeline, make_doc
included; STAGE=make_doc: ``nlp.make_doc`` alone, normalizing and tokenizing each article) and its CPU seconds
are printed.  Under callgrind, with CG=1, only that part is counted:

    python benchmarks/warm_stage.py attribution 100 50
    CG=1 valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/dev/null \\
        python benchmarks/warm_stage.py attribution 100 50 2>&1 | grep Collected

Callgrind's instruction counts do not move with the host's load or speed (README, Performance: the thirty-fourth
session measured its changes this way).
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ANT = ROOT.parent / "shared" / "data" / "news" / "ant-v1.1.txt"
REF = "2017-06-01"
#: A text the warm-up reads after its W articles: a Hijri date with its Gregorian day.  ANT articles 3000-3049 hold
#: none, so the ``hijridate`` import fell inside the counted run the first time a counted article wrote one (4.8 M
#: instructions, 1.0 % of ``dates 100 50``: 485.96 -> 481.14 M): the count now measures the steady state only
#: (session 47, pf47d).
HIJRI_WARMUP = "وصل الوفد يوم الأربعاء 5 رمضان 1438 هـ الموافق 31 ماي 2017 م."


def toggle(state: str) -> None:
    """Switch callgrind's instrumentation of this process on or off (with CG=1 only)."""
    if os.environ.get("CG"):
        subprocess.run(["callgrind_control", "-i", state, str(os.getpid())], check=True, capture_output=True)


def counted(run: Callable[[], object]) -> float:
    """Call ``run`` with the garbage collector off and, with CG=1, callgrind counting; its CPU seconds (the window
    of size_cg.py and tiny_cg.py)."""
    gc.collect()
    gc.disable()
    toggle("on")
    t = time.process_time()
    run()
    t = time.process_time() - t
    toggle("off")
    return t


def main() -> None:
    stage, n, w = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    sys.path.insert(0, str(ROOT / "src"))
    import arabnews

    arts = ANT.read_text(encoding="utf-8").split("\n\n")
    nlp = arabnews.Pipeline()
    for a in [*arts[3000:3000 + w], HIJRI_WARMUP]:
        nlp(a, reference_date=REF)
    stages = dict(nlp._stages)
    names = nlp.names
    gc.collect()
    gc.disable()
    if stage == "make_doc":
        texts = [a for a in arts[:n] if a.strip()]
        make_doc = nlp.make_doc
        toggle("on")
        t = time.process_time()
        for a in texts:
            make_doc(a, reference_date=REF)
    elif stage == "ALL":
        toggle("on")
        t = time.process_time()
        for a in arts[:n]:
            nlp(a, reference_date=REF)
    else:
        docs = []
        for a in arts[:n]:
            if not a.strip():
                continue
            d = nlp.make_doc(a, reference_date=REF)
            for name in names[:names.index(stage)]:
                d = stages[name](d)
            docs.append(d)
        run = stages[stage]
        toggle("on")
        t = time.process_time()
        for d in docs:
            run(d)
    t = time.process_time() - t
    toggle("off")
    print(f"{stage}: {t:.2f} s CPU over {n} articles after {w} of warm-up")


if __name__ == "__main__":
    main()
