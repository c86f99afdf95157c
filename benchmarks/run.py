"""Throughput, scaling and memory of arabnews against the anchors, side by side in one process.

    python benchmarks/run.py            # >= 5 MB of ANT news text
    python benchmarks/run.py --quick    # ~1 MB, under two minutes

Anchors (each run on the same text in this process):
  normalize+tokenize  camel-tools CharMapper('arclean') + dediac_ar + simple_word_tokenize;
                      pyarabic strip_tashkeel + normalize_hamza + tokenize
  dates               dateparser.search.search_dates(languages=["ar"])
  numbers             pyarabic.number.extract_number_phrases + text2number
  entities            a BERT-base token classifier (CAMeLBERT's architecture) in transformers on CPU,
                      random weights built from a config: speed does not depend on the weights.
All timings are single-threaded (torch.set_num_threads(1)).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ANT = ROOT.parent / "shared" / "data" / "news" / "ant-v1.1.txt"


def load_corpus(megabytes: float) -> list[str]:
    """Articles of the ANT corpus (blank-line separated) up to ``megabytes`` of UTF-8."""
    if not ANT.exists():
        sys.exit(f"benchmark corpus not found: {ANT} (the shared/ folder must sit beside the repository)")
    articles: list[str] = []
    size = 0
    raw = ANT.read_text(encoding="utf-8")
    while size < megabytes * 1e6:
        for art in raw.split("\n\n"):
            art = art.strip()
            if len(art) > 200:
                articles.append(art)
                size += len(art.encode())
                if size >= megabytes * 1e6:
                    break
    return articles


def mb(texts: list[str]) -> float:
    return sum(len(t.encode()) for t in texts) / 1e6


def timed(fn: Callable[[], object], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, ...]] = []

    def add(self, what: str, system: str, size_mb: float, seconds: float, tokens: int, ratio: str = "") -> None:
        self.rows.append((what, system, f"{size_mb / seconds:8.2f}", f"{tokens / seconds:12,.0f}", ratio))
        print(f"  {what:<20} {system:<34} {size_mb / seconds:8.2f} MB/s {tokens / seconds:12,.0f} tok/s {ratio}",
              flush=True)

    def markdown(self) -> str:
        out = ["| stage | system | MB/s | tokens/s | ratio |", "| --- | --- | ---: | ---: | --- |"]
        out += ["| " + " | ".join(r) + " |" for r in self.rows]
        return "\n".join(out)


def bench_text_layer(texts, table, n_tokens):
    import arabnews

    size = mb(texts)
    ours = timed(lambda: [arabnews.tokenize(t) for t in texts], repeat=2)
    table.add("normalize+tokenize", "arabnews", size, ours, n_tokens)
    try:
        from camel_tools.tokenizers.word import simple_word_tokenize
        from camel_tools.utils.charmap import CharMapper
        from camel_tools.utils.dediac import dediac_ar

        arclean = CharMapper.builtin_mapper("arclean")
        camel = timed(lambda: [simple_word_tokenize(dediac_ar(arclean(t))) for t in texts], repeat=2)
        table.add("normalize+tokenize", "camel-tools arclean+dediac+tokenize", size, camel, n_tokens,
                  f"arabnews {camel / ours:.2f}x")
    except ImportError:
        print("  (camel-tools not installed: anchor skipped)")
    from pyarabic import araby

    pya = timed(lambda: [araby.tokenize(araby.normalize_hamza(araby.strip_tashkeel(t))) for t in texts], repeat=2)
    table.add("normalize+tokenize", "pyarabic strip+hamza+tokenize", size, pya, n_tokens,
              f"arabnews {pya / ours:.2f}x")


def bench_stages(texts, table, n_tokens, ref):
    import arabnews

    nlp = arabnews.Pipeline()
    size = mb(texts)
    results = {}
    for name, stage in nlp:
        docs = [nlp.make_doc(t, reference_date=ref) for t in texts]
        # earlier stages first, untimed: a stage may read what they wrote
        for prev, prev_stage in nlp:
            if prev == name:
                break
            docs = [prev_stage(d) for d in docs]
        gc.collect()
        t = time.perf_counter()
        for d in docs:
            stage(d)
        results[name] = time.perf_counter() - t
        table.add(f"stage {name}", "arabnews", size, results[name], n_tokens)
    total = timed(lambda: [nlp(t, reference_date=ref) for t in texts])
    table.add("whole pipeline", "arabnews " + "+".join(nlp.names), size, total, n_tokens)
    return results, total


def bench_dates(texts, table, n_tokens, ref, seconds_ours):
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("  (dateparser not installed: anchor skipped)")
        return
    import datetime as dt

    base = dt.datetime.combine(ref, dt.time())
    subset, size_all = [], mb(texts)
    for t in texts:  # dateparser is slow: a prefix of the corpus, scaled per MB
        subset.append(t)
        if mb(subset) > 0.1:
            break
    size = mb(subset)
    toks = int(n_tokens * size / size_all)
    secs = timed(lambda: [search_dates(t, languages=["ar"], settings={"RELATIVE_BASE": base}) for t in subset])
    ours = seconds_ours * size / size_all
    table.add("dates", "dateparser search_dates(ar)", size, secs, toks, f"arabnews {secs / ours:.1f}x")


def bench_numbers(texts, table, n_tokens, seconds_ours):
    from pyarabic.number import extract_number_phrases, text2number

    size = mb(texts)

    def run():
        for t in texts:
            for phrase in extract_number_phrases(t):
                text2number(phrase)

    secs = timed(run)
    table.add("numbers", "pyarabic number phrases", size, secs, n_tokens, f"arabnews {secs / seconds_ours:.1f}x")


def bench_bert(texts, table, n_tokens, seconds_pipeline):
    try:
        import torch
        from transformers import BertConfig, BertForTokenClassification, BertTokenizerFast
    except ImportError:
        print("  (torch/transformers not installed: BERT anchor skipped)")
        return
    import tempfile
    from collections import Counter

    torch.set_num_threads(1)
    torch.manual_seed(0)
    words = Counter(w for t in texts[:200] for w in t.split())
    with tempfile.TemporaryDirectory() as tmp:
        vocab = Path(tmp) / "vocab.txt"
        specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
        vocab.write_text("\n".join(specials + [w for w, _ in words.most_common(29000)]), encoding="utf-8")
        tok = BertTokenizerFast(vocab_file=str(vocab))
    model = BertForTokenClassification(BertConfig(vocab_size=30000, num_labels=9)).eval()
    subset, size_all = [], mb(texts)
    for t in texts:  # BERT-base on CPU is slow: a prefix, scaled per MB
        subset.append(t)
        if mb(subset) > 0.03:
            break
    size = mb(subset)
    toks = int(n_tokens * size / size_all)

    def run():
        with torch.inference_mode():
            for t in subset:
                enc = tok(t, truncation=True, max_length=512, return_overflowing_tokens=True, stride=0,
                          padding=True, return_tensors="pt")
                enc.pop("overflow_to_sample_mapping", None)
                model(**enc)

    secs = timed(run)
    ours = seconds_pipeline * size / size_all
    table.add("entities (NER)", "BERT-base token classifier, CPU", size, secs, toks,
              f"arabnews pipeline {secs / ours:.0f}x  (random weights)")


def bench_scaling(article: str) -> list[tuple[str, float]]:
    import arabnews

    nlp = arabnews.Pipeline()
    rows = []
    for label, size in [("1 KB", 1_000), ("10 KB", 10_000), ("100 KB", 100_000), ("1 MB", 1_000_000)]:
        text = (article + "\n\n") * (size // len(article.encode()) + 1)
        text = text[: max(1, int(len(text) * size / len(text.encode())))]
        reps = max(1, 300_000 // size)
        secs = timed(lambda text=text, reps=reps: [nlp(text) for _ in range(reps)]) / reps
        rows.append((label, secs / (len(text.encode()) / 1e6)))
        print(f"  {label:>6}: {secs * 1000:9.1f} ms  = {rows[-1][1]:.3f} s/MB", flush=True)
    return rows


def measure_memory(megabytes: float) -> float:
    code = f"""
import resource, sys
sys.path.insert(0, {str(ROOT / 'benchmarks')!r})
from run import load_corpus
import arabnews
texts = load_corpus({megabytes})
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
n = sum(1 for _ in arabnews.analyze_many(texts, progress=False))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, base / 1024)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    return float(out[0])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="~1 MB corpus, under two minutes")
    parser.add_argument("--megabytes", type=float)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    size = args.megabytes or (1.0 if args.quick else 5.0)
    import datetime as dt

    import arabnews

    ref = dt.date(2017, 6, 1)
    texts = load_corpus(size)
    n_tokens = sum(len(arabnews.tokenize(t)) for t in texts)
    print(f"arabnews {arabnews.__version__} on {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} cores, Python {platform.python_version()}; corpus: ANT news, {len(texts)} articles, "
          f"{mb(texts):.2f} MB, {n_tokens:,} tokens; one core")
    table = Table()
    t0 = time.perf_counter()
    arabnews.Pipeline()("حلب")  # load resources and models before timing
    print(f"  pipeline load: {time.perf_counter() - t0:.2f} s")
    bench_text_layer(texts, table, n_tokens)
    stage_secs, total = bench_stages(texts, table, n_tokens, ref)
    if "dates" in stage_secs:
        bench_dates(texts, table, n_tokens, ref, stage_secs["dates"])
    if "numbers" in stage_secs:
        bench_numbers(texts, table, n_tokens, stage_secs["numbers"])
    bench_bert(texts, table, n_tokens, total)
    print("\nscaling (whole pipeline, same article repeated):")
    scaling = bench_scaling(texts[0])
    per_mb = [s for _, s in scaling[1:]]
    linear = max(per_mb) / min(per_mb) < 2.0
    print(f"  linear: {'yes' if linear else 'NO'} (s/MB from 10 KB to 1 MB within {max(per_mb) / min(per_mb):.2f}x)")
    peak = measure_memory(size)
    print(f"\npeak RSS of analyze_many over {size:.0f} MB: {peak:.0f} MB")
    print("\n" + table.markdown())
    if args.json:
        args.json.write_text(json.dumps({"rows": table.rows, "scaling": scaling, "peak_rss_mb": peak}, indent=1))
    _ = resource  # imported for the memory subprocess's use of the same module


if __name__ == "__main__":
    main()
