"""Instruction count of the whole pipeline over the same text cut into documents of one size (issue #18's spread,
measured deterministically: wall time on a shared host is noise, callgrind's count is not).

    CG=1 valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/dev/null \\
        python benchmarks/size_cg.py 550 2>&1 | grep Collected

The default pipeline first runs on W ANT articles (3000 onwards, W=50 unless a second argument says); then the
first CHARS characters (40,000 unless a third argument says) of the ANT articles 0.. joined by blank lines are cut
into documents of SIZE characters and each is analysed (``nlp(text)``, make_doc included); with CG=1 only that
part is counted.  The ratio of two sizes' counts (550 against 5,500) is the per-document fixed cost: session 44
measured it before and after cutting per-document set-up (README, Performance).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from warm_stage import ANT, REF, ROOT, counted


def main() -> None:
    size = int(sys.argv[1])
    w = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    chars = int(sys.argv[3]) if len(sys.argv) > 3 else 40_000
    sys.path.insert(0, str(ROOT / "src"))
    import arabnews

    arts = ANT.read_text(encoding="utf-8").split("\n\n")
    nlp = arabnews.Pipeline()
    for a in arts[3000:3000 + w]:
        nlp(a, reference_date=REF)
    text = "\n\n".join(a.strip() for a in arts[:200] if a.strip())[:chars]
    pieces = [text[i:i + size] for i in range(0, len(text), size)]

    def run() -> None:
        for p in pieces:
            nlp(p, reference_date=REF)

    t = counted(run)
    print(f"size {size}: {len(pieces)} documents, {len(text)} characters, {t:.2f} s CPU after {w} of warm-up")


if __name__ == "__main__":
    main()
