"""Throughput, scaling and memory of arabnews against the anchors, side by side in one process.

    python benchmarks/run.py            # >= 5 MB of ANT news text (a few minutes)
    python benchmarks/run.py --quick    # 1 MB of the same text, under two minutes

Anchors (each run in this process on the same text as the arabnews row it is compared with):
  normalize+tokenize  camel-tools CharMapper('arclean') + dediac_ar + simple_word_tokenize;
                      pyarabic strip_tashkeel + normalize_hamza + tokenize
  dates               dateparser.search.search_dates(languages=["ar"])
  numbers             pyarabic.number.extract_number_phrases + text2number
  entities            a BERT-base token classifier with CAMeLBERT's architecture
                      (transformers BertForTokenClassification from a BertConfig, 12 layers, 768 wide,
                      30,000-word vocabulary), random weights built locally: nothing is downloaded and
                      its speed does not depend on the weights.  Its WordPiece vocabulary is trained
                      on the benchmark text itself, which gives it short sequences (an advantage).
Everything runs on one core (arabnews and the anchors are single-threaded; torch.set_num_threads(1)).
Times are CPU seconds of this process (time.process_time, best of the repeats): on a machine that other
processes share, wall-clock throughput would measure the neighbours.  Only the analyze_many speed-up of
two processes over one is wall clock (it cannot be anything else): run it on an otherwise idle machine.
tokens/s always counts arabnews tokens of the text, so the rows of one stage are comparable.
Peak RSS per row is this process's high-water mark during that measurement (VmHWM, reset before it):
it includes the corpus, prepared Documents and every library imported so far; the +MB in brackets is
the growth over the RSS just before.  The scaling rows, the 5 MB document and the analyze_many figures
each come from a fresh process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import math
import os
import platform
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

# nothing may download at run time: transformers and huggingface_hub must stay offline
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

ROOT = Path(__file__).resolve().parents[1]
ANT = ROOT.parent / "shared" / "data" / "news" / "ant-v1.1.txt"
REF = dt.date(2017, 6, 1)  # ANT articles are from 2017

#: targets of issue 18 "Performance: 1 MB/s per core for the whole pipeline, and memory that does not balloon"
TARGET_PIPELINE_MBS = 1.0  # whole default pipeline, one core
TARGET_PIPELINE_VS_DATEPARSER = 4.0  # whole pipeline vs dateparser's search_dates alone, same text
TARGET_ENTITIES_MBS = 2.5
TARGET_MAKE_DOC_MBS = 6.0  # normalize + tokenize + offsets (Pipeline.make_doc)
TARGET_MAKE_DOC_VS_CAMEL = 1.5  # vs camel-tools arclean + dediac_ar + simple_word_tokenize
TARGET_DATES_MBS = 5.0
TARGET_NUMBERS_MBS = 6.0
TARGET_PARALLEL_SPEEDUP = 1.8  # analyze_many(n_process=2) vs one process, on 2 cores
TARGET_RSS_ONE_DOC_MB = 300.0  # peak RSS of analyze() on one 5 MB document
TARGET_RSS_MB = 200.0  # peak RSS of analyze_many over 5 MB of articles
TARGET_RSS_CORPUS_MB = 5.0


# -- corpus ----------------------------------------------------------------------------------------
def load_corpus(megabytes: float) -> list[str]:
    """The first blank-line-separated documents of ANT (> 200 characters) up to ``megabytes`` of UTF-8.

    Each document is used once: asking for more text than the corpus holds is an error, not a repeat.
    """
    if not ANT.exists():
        sys.exit(f"benchmark corpus not found: {ANT} (the shared/ folder must sit beside the repository)")
    articles: list[str] = []
    size = 0
    for art in ANT.read_text(encoding="utf-8").split("\n\n"):
        art = art.strip()
        if len(art) > 200:
            articles.append(art)
            size += len(art.encode())
            if size >= megabytes * 1e6:
                return articles
    sys.exit(f"{ANT.name} holds only {size / 1e6:.1f} MB of documents, {megabytes} MB were asked for")


def mb(texts: list[str]) -> float:
    return sum(len(t.encode()) for t in texts) / 1e6


def prefix(texts: list[str], megabytes: float) -> list[str]:
    """The first documents of ``texts`` up to ``megabytes`` (for the slow anchors)."""
    out: list[str] = []
    for t in texts:
        out.append(t)
        if mb(out) >= megabytes:
            break
    return out


# -- measuring -------------------------------------------------------------------------------------
def rss_mb(field: str = "VmRSS") -> float:
    """``VmRSS`` or ``VmHWM`` (peak) of this process in MB, from /proc (ru_maxrss where there is none)."""
    try:
        m = re.search(rf"^{field}:\s+(\d+) kB", Path("/proc/self/status").read_text(), re.M)
        if m:
            return int(m.group(1)) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak() -> None:
    """Reset VmHWM to the current RSS (Linux >= 4.0); where that fails the peak stays the process's."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


class Measure:
    """Best time over ``repeat`` runs and the peak RSS (with its growth over the start) of all of them."""

    def __init__(self, seconds: float, peak: float, grown: float) -> None:
        self.seconds, self.peak, self.grown = seconds, peak, grown


def timed(fn: Callable[[], object], repeat: int = 1) -> Measure:
    best, peak, grown = float("inf"), 0.0, 0.0
    for _ in range(repeat):
        gc.collect()
        reset_peak()
        before = rss_mb()
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
        hwm = rss_mb("VmHWM")
        peak, grown = max(peak, hwm), max(grown, hwm - before)
    return Measure(best, peak, grown)


def repeat_ref(texts: list[str]) -> Iterator[object]:
    """The benchmark's reference date once per text, for ``analyze_many``'s ``reference_dates``."""
    return (REF for _ in texts)


def each(fn: Callable[[str], object], texts: list[str]) -> Callable[[], None]:
    """A run of ``fn`` over ``texts`` that drops each result (a corpus run streams, it does not hoard)."""

    def run() -> None:
        for t in texts:
            fn(t)

    return run


def stage_docs(nlp, name: str, texts: list[str]):
    """Documents of ``texts`` with every stage before ``name`` run (untimed: a stage may read them)."""
    docs = [nlp.make_doc(t, reference_date=REF) for t in texts]
    for prev, prev_stage in nlp:
        if prev == name:
            break
        docs = [prev_stage(d) for d in docs]
    return docs


def time_stage(nlp, name: str, texts: list[str], repeat: int = 1) -> Measure:
    stage = dict(iter(nlp))[name]
    best: Measure | None = None
    for _ in range(repeat):  # fresh Documents each time: a stage writes into them
        docs = stage_docs(nlp, name, texts)
        gc.freeze()  # the prepared Documents are the harness's: keep them out of the collector's scans
        m = timed(lambda docs=docs: [stage(d) for d in docs])
        gc.unfreeze()
        best = m if best is None or m.seconds < best.seconds else best
        del docs
    assert best is not None
    return best


class Table:
    def __init__(self) -> None:
        self.rows: list[dict[str, object]] = []

    def add(self, what: str, system: str, size_mb: float, m: Measure, tokens: int, ratio: str = "") -> None:
        row = {"stage": what, "system": system, "mb": size_mb, "seconds": m.seconds,
               "mb_per_s": size_mb / m.seconds, "tokens_per_s": tokens / m.seconds,
               "peak_rss_mb": m.peak, "rss_growth_mb": m.grown, "ratio": ratio}
        self.rows.append(row)
        print(f"  {what:<24} {system:<46} {self._mbs(row):>7} MB/s {row['tokens_per_s']:>10,.0f} tok/s "
              f"{self._rss(row):>12} MB  {ratio}", flush=True)

    @staticmethod
    def _mbs(row: dict) -> str:
        v = row["mb_per_s"]
        return f"{v:.2f}" if v >= 0.1 else f"{v:.4f}"

    @staticmethod
    def _rss(row: dict) -> str:
        return f"{row['peak_rss_mb']:.0f} (+{row['rss_growth_mb']:.0f})"

    def markdown(self) -> str:
        out = ["| stage | system | text MB | MB/s | tokens/s | peak RSS MB (+growth) | arabnews speed-up |",
               "| --- | --- | ---: | ---: | ---: | ---: | --- |"]
        out += [f"| {r['stage']} | {r['system']} | {r['mb']:.2f} | {self._mbs(r)} | {r['tokens_per_s']:,.0f} | "
                f"{self._rss(r)} | {r['ratio']} |" for r in self.rows]
        return "\n".join(out)


# -- the benchmarks --------------------------------------------------------------------------------
def bench_text_layer(texts: list[str], table: Table, n_tokens: int) -> dict[str, float]:
    """normalize+tokenize: arabnews vs camel-tools and pyarabic; returns seconds per system."""
    import arabnews

    size = mb(texts)
    secs = {}
    ours = timed(each(arabnews.tokenize, texts), repeat=2)
    secs["arabnews"] = ours.seconds
    table.add("normalize+tokenize", "arabnews normalize+tokenize", size, ours, n_tokens)
    try:
        from camel_tools.tokenizers.word import simple_word_tokenize
        from camel_tools.utils.charmap import CharMapper
        from camel_tools.utils.dediac import dediac_ar
    except ImportError:
        print("  (camel-tools not installed: anchor skipped)")
    else:
        arclean = CharMapper.builtin_mapper("arclean")
        camel = timed(each(lambda t: simple_word_tokenize(dediac_ar(arclean(t))), texts), repeat=2)
        secs["camel-tools"] = camel.seconds
        table.add("normalize+tokenize", "camel-tools arclean+dediac_ar+tokenize", size, camel, n_tokens,
                  f"{camel.seconds / ours.seconds:.2f}x")
    from pyarabic import araby

    pya = timed(each(lambda t: araby.tokenize(araby.normalize_hamza(araby.strip_tashkeel(t))), texts), repeat=2)
    secs["pyarabic"] = pya.seconds
    table.add("normalize+tokenize", "pyarabic strip_tashkeel+hamza+tokenize", size, pya, n_tokens,
              f"{pya.seconds / ours.seconds:.2f}x")
    return secs


def bench_stages(nlp, texts: list[str], table: Table, n_tokens: int) -> tuple[dict[str, float], float, float]:
    """The whole pipeline (1st and 2nd pass), then each stage alone (its inputs prepared untimed)."""
    size = mb(texts)
    system = "arabnews " + "+".join(nlp.names)
    # the first pass fills the pipeline's caches (word-level lookups); the stages below run warm
    analyse = each(lambda t: nlp(t, reference_date=REF), texts)
    cold = timed(analyse)
    table.add("whole pipeline, 1st pass", system, size, cold, n_tokens)
    total = timed(analyse)
    table.add("whole pipeline", system, size, total, n_tokens)
    # the same articles through analyze_many (one process): batches of short articles run stage by stage
    from arabnews import analyze_many

    many = timed(lambda: sum(1 for _ in analyze_many(texts, pipeline=nlp, reference_dates=repeat_ref(texts),
                                                    progress=False)))
    table.add("whole, analyze_many", system, size, many, n_tokens, f"{total.seconds / many.seconds:.2f}x")
    m = timed(each(lambda t: nlp.make_doc(t, reference_date=REF), texts), repeat=3)
    table.add("stage make_doc", "arabnews (normalize+tokenize+offsets)", size, m, n_tokens)
    stages = {"make_doc": m.seconds}
    for name in nlp.names:
        m = time_stage(nlp, name, texts)
        stages[name] = m.seconds
        table.add(f"stage {name}", "arabnews", size, m, n_tokens)
    return stages, total.seconds, cold.seconds


def bench_dates(nlp, texts: list[str], table: Table, n_tokens: int, megabytes: float) -> tuple[float, float] | None:
    """dateparser vs the dates stage on the same prefix of the corpus; returns the speed-up and
    dateparser's MB/s."""
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("  (dateparser not installed: anchor skipped)")
        return None
    base = dt.datetime.combine(REF, dt.time())
    subset = prefix(texts, megabytes)  # dateparser is slow: a prefix
    size = mb(subset)
    toks = round(n_tokens * size / mb(texts))
    ours = time_stage(nlp, "dates", subset, repeat=3)
    table.add("dates (same prefix)", "arabnews dates stage", size, ours, toks)
    search_dates("في 12 أيار 2017", languages=["ar"], settings={"RELATIVE_BASE": base})  # loads its Arabic data
    theirs = timed(each(lambda t: search_dates(t, languages=["ar"], settings={"RELATIVE_BASE": base}), subset),
                   repeat=2)
    ratio = theirs.seconds / ours.seconds
    table.add("dates (same prefix)", "dateparser search_dates(ar)", size, theirs, toks, f"{ratio:.1f}x")
    return ratio, size / theirs.seconds


def bench_numbers(texts: list[str], table: Table, n_tokens: int, seconds_ours: float) -> float:
    """pyarabic number phrases vs the numbers stage (row "stage numbers") on the whole corpus."""
    from pyarabic.number import extract_number_phrases, text2number

    size = mb(texts)

    def run() -> None:
        for t in texts:
            for phrase in extract_number_phrases(t):
                text2number(phrase)

    theirs = timed(run)
    ratio = theirs.seconds / seconds_ours
    table.add("numbers", "pyarabic extract_number_phrases+text2number", size, theirs, n_tokens, f"{ratio:.2f}x")
    return ratio


def bench_bert(nlp, texts: list[str], table: Table, n_tokens: int, megabytes: float,
               cold_seconds: float) -> float | None:
    """A BERT-base token classifier vs the whole pipeline on the same prefix; returns the speed-up."""
    subset = prefix(texts, megabytes)  # BERT-base on one CPU core is slow: a prefix
    size = mb(subset)
    toks = round(n_tokens * size / mb(texts))
    ours = timed(each(lambda t: nlp(t, reference_date=REF), subset), repeat=3)  # before torch is imported
    system = "arabnews " + "+".join(nlp.names)
    table.add("whole pipeline (prefix)", system, size, ours, toks)
    ent = time_stage(nlp, "entities", subset, repeat=3) if "entities" in nlp else None
    if ent is not None:
        table.add("entities (prefix)", "arabnews entities stage", size, ent, toks)
    try:
        import torch
        from tokenizers import BertWordPieceTokenizer
        from transformers import BertConfig, BertForTokenClassification, BertTokenizerFast
    except ImportError:
        print("  (torch/transformers not installed: BERT anchor skipped)")
        return None
    torch.set_num_threads(1)
    torch.manual_seed(0)
    wordpiece = BertWordPieceTokenizer(lowercase=False, strip_accents=False)
    wordpiece.train_from_iterator(texts, vocab_size=30000, show_progress=False)
    tok = BertTokenizerFast(tokenizer_object=wordpiece._tokenizer, unk_token="[UNK]", sep_token="[SEP]",
                            pad_token="[PAD]", cls_token="[CLS]", mask_token="[MASK]")
    # CAMeLBERT: bert-base (BertConfig's defaults: 12 layers, hidden 768, 12 heads, 512 positions),
    # a 30,000 WordPiece vocabulary; 9 BIO labels (PER/LOC/ORG/MISC) as in its NER fine-tunings
    model = BertForTokenClassification(BertConfig(vocab_size=30000, num_labels=9)).eval()
    with torch.inference_mode():
        model(**tok("حلب", return_tensors="pt"))  # warm-up call
    pieces = 0

    def run() -> None:
        nonlocal pieces
        pieces = 0
        with torch.inference_mode():
            for t in subset:  # one document a batch of 512-piece windows
                enc = tok(t, truncation=True, max_length=512, return_overflowing_tokens=True, stride=0,
                          padding=True, return_tensors="pt")
                enc.pop("overflow_to_sample_mapping", None)
                pieces += int(enc["attention_mask"].sum())
                model(**enc).logits.argmax(-1)

    theirs = timed(run)
    ratio = theirs.seconds / ours.seconds
    # against the 1st pass over the whole corpus too (cold caches), scaled to the prefix's size
    cold = theirs.seconds / (cold_seconds * size / mb(texts))
    extra = f"; entities stage {theirs.seconds / ent.seconds:.0f}x" if ent is not None else ""
    table.add("entities (prefix)", "BERT-base token classifier (random wts)", size, theirs, toks,
              f"whole pipeline {ratio:.0f}x (1st pass {cold:.0f}x){extra}")
    print(f"  (BERT: {pieces:,} WordPiece pieces for {toks:,} arabnews tokens; random weights, built from a "
          "BertConfig without any download: its speed does not depend on the weights)")
    return ratio


SCALING_SIZES: list[tuple[str, int]] = [("1 KB", 1_000), ("10 KB", 10_000), ("100 KB", 100_000),
                                        ("1 MB", 1_000_000), ("5 MB", 5_000_000)]

CHILD_HEAD = """
import json, re, sys, time
from pathlib import Path
sys.path.insert(0, {bench!r})
from run import REF, load_corpus, mb
import arabnews

def rss(field):  # /proc, not ru_maxrss: that one keeps the parent's peak across fork+exec
    return int(re.search(field + r":\\s+(\\d+) kB", Path("/proc/self/status").read_text()).group(1)) / 1024
"""

#: documents of ``size`` bytes (stretches of the 5 MB document's ANT text), analysed in a fresh process
SCALING_CODE = CHILD_HEAD + """
# Distinct text for every timed document: repeating one small document would time it with every word
# already in the caches, against a big document read once, and make small documents look faster.
# Every size reads the same news: the 5 MB document's text (the first 5 MB of ANT).  Its documents are made of
# stretches taken at even steps through it (up to ten per document, each document's spread over the whole 5 MB),
# not of its first bytes: ANT's later articles tell of more violence (the first 1 MB has 147 events, the 5 MB 3,295)
# and cost more per MB, so "the first N bytes" timed the news as much as the size (session 38: 100 KB from the first
# 300 KB 6.0 s/MB, 100 KB spread over the 5 MB 8.5 s/MB, the 5 MB document 9.6 s/MB).
reps = max(1, 300_000 // {size})
pool = "\\n\\n".join(load_corpus(5.6))
span = round(len(pool) * 5_000_000 / len(pool.encode()))  # the 5 MB document
per_doc = min(10, max(1, {size} // 10_000))  # stretches per document
stretch = round(len(pool) * {size} / len(pool.encode())) // per_doc
stretches = reps * per_doc
at = [j * (span - stretch) // max(1, stretches - 1) for j in range(stretches)]
pieces = ["".join(pool[a:a + stretch] for a in at[i::reps]) for i in range(reps)]
warm = pool[span:]  # the 0.6 MB after it (other news): resources and word caches loaded
del pool
nlp = arabnews.Pipeline()
nlp(warm, reference_date=REF)
del warm
base = rss("VmRSS")
t = time.process_time()
for piece in pieces:
    doc = nlp(piece, reference_date=REF)
    n = len(doc.tokens)
    del doc
secs = (time.process_time() - t) / reps
size = len(pieces[0].encode())
print(json.dumps({{"bytes": size, "seconds": secs, "peak": rss("VmHWM"), "base": base, "tokens": n}}))
"""

#: analyze_many over ``megabytes`` of articles, one process, in a fresh process
MEMORY_CODE = CHILD_HEAD + """
texts = load_corpus({megabytes})
arabnews.analyze("حلب")  # the default pipeline and its resources, loaded
base = rss("VmRSS")
n = sum(1 for _ in arabnews.analyze_many(texts, progress=False))
print(json.dumps({{"peak": rss("VmHWM"), "base": base, "docs": n, "mb": mb(texts)}}))
"""

#: analyze_many with one and with two processes over the same articles (wall clock), in a fresh process
PARALLEL_CODE = CHILD_HEAD + """
import os
texts = load_corpus({megabytes})
arabnews.analyze("حلب")
out = {{"mb": mb(texts), "one": [], "two": [], "one_cpu": [], "two_cpu": [], "load": os.getloadavg()[0]}}
for _ in range({repeat}):
    for key, n in (("one", 1), ("two", 2)):
        c0 = os.times()
        t = time.perf_counter()
        sum(1 for _ in arabnews.analyze_many(texts, n_process=n, progress=False))
        out[key].append(time.perf_counter() - t)
        c1 = os.times()  # the workers have exited: their CPU time is in children_*
        out[key + "_cpu"].append(sum(c1[:4]) - sum(c0[:4]))
print(json.dumps(out))
"""


def run_child(code: str) -> dict:
    """Run ``code`` in a fresh Python process and return the JSON it prints last."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def bench_scaling(max_bytes: int) -> tuple[list[dict], float]:
    """Whole-pipeline CPU time and peak RSS for one document of 1 KB ... ``max_bytes``, each size in a
    fresh process (so that its peak RSS is its own); returns the rows and the log-log slope."""
    rows = []
    print(f"  {'size':>6} {'bytes':>11} {'time':>10} {'MB/s':>7} {'peak RSS':>9} {'(+ over loaded pipeline)':>24}")
    for label, size in SCALING_SIZES:
        if size > max_bytes:
            break
        r = run_child(SCALING_CODE.format(bench=str(ROOT / "benchmarks"), size=size))
        r["label"] = label
        rows.append(r)
        print(f"  {label:>6} {r['bytes']:>11,} {r['seconds'] * 1000:>8.1f} ms {r['bytes'] / 1e6 / r['seconds']:>7.2f} "
              f"{r['peak']:>6.0f} MB {r['peak'] - r['base']:>+21.0f} MB", flush=True)
    # least-squares slope of log(time) on log(size): 1.0 is linear, 2.0 quadratic
    xs, ys = [math.log(r["bytes"]) for r in rows], [math.log(r["seconds"]) for r in rows]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)
    return rows, slope


#: Text shapes of badly scraped pages, made from the corpus: (name, function of the corpus text)
SHAPES: list[tuple[str, Callable[[str], str]]] = [
    ("no punctuation (one sentence)", lambda t: re.sub(r"[.،,؛:!?؟\"«»()\n]", " ", t)),
    ("one word per line", lambda t: "\n".join(t.split())),
    ("quoted replies", lambda t: " ".join(f'قال "{w}" وقال إن "{w}"' for w in t.split()[::7])),
    ("attacks without punctuation", lambda t: " ".join(f"قتل {len(w)} جنود في هجوم على حاجز في {w}"
                                                       for w in t.split()[::11])),
]
#: Sizes of the shape check (bytes); linear time gives the ratio of their sizes.
SHAPE_SIZES = (20_000, 80_000)
#: Most time ratio allowed between the two sizes (4x the text): quadratic would be 16x.
SHAPE_MAX_RATIO = 6.0


def bench_shapes(nlp: Any, texts: list[str]) -> float:
    """Whole-pipeline CPU time of one document of each :data:`SHAPES` at both :data:`SHAPE_SIZES`, in
    this process (pipeline warm; the best of two runs); prints each ratio and returns the largest."""
    corpus = " ".join(texts[:600])
    worst = 0.0
    for name, make in SHAPES:
        shaped = make(corpus)
        secs = []
        for size in SHAPE_SIZES:
            doc = shaped.encode()[:size].decode(errors="ignore")
            best = math.inf
            for _ in range(2):  # the best of two, each after a collection: a full collection of this
                gc.collect()    # process's large heap would otherwise land in one of them by chance
                t0 = time.process_time()
                nlp(doc, reference_date=REF)
                best = min(best, time.process_time() - t0)
            secs.append(best)
        ratio = secs[1] / max(secs[0], 1e-6)
        worst = max(worst, ratio)
        print(f"  {name:<30} {secs[0] * 1000:>8.0f} ms {secs[1] * 1000:>8.0f} ms   x{ratio:.1f}", flush=True)
    return worst


def measure_memory(megabytes: float) -> dict[str, float]:
    """Peak RSS of a fresh process running analyze_many over ``megabytes`` of the corpus."""
    return run_child(MEMORY_CODE.format(bench=str(ROOT / "benchmarks"), megabytes=megabytes))


def measure_parallel(megabytes: float, repeat: int) -> dict:
    """Wall time of analyze_many with 1 and 2 processes (best of ``repeat``), in a fresh process."""
    return run_child(PARALLEL_CODE.format(bench=str(ROOT / "benchmarks"), megabytes=megabytes, repeat=repeat))


# -- report ----------------------------------------------------------------------------------------
def machine() -> str:
    cpu = "?"
    ram = 0.0
    try:
        cpu = re.search(r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(), re.M).group(1).strip()
        ram = int(re.search(r"^MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text(), re.M).group(1)) / 1024**2
    except (OSError, AttributeError):
        cpu = platform.processor() or platform.machine()
    versions = []
    for dist in ("arabnews", "camel_tools", "PyArabic", "dateparser", "torch", "transformers"):
        try:
            versions.append(f"{dist} {metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            pass
    return (f"{os.cpu_count()} cores ({cpu}), {ram:.0f} GB RAM, {platform.system()} {platform.machine()}, "
            f"Python {platform.python_version()}; {', '.join(versions)}")


def cpu_seconds() -> tuple[float, float]:
    """(busy CPU seconds of the whole machine, CPU seconds of this process and its children)."""
    t = os.times()
    own = t.user + t.system + t.children_user + t.children_system
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return float("nan"), own
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK"), own


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="1 MB corpus, smaller anchor prefixes")
    parser.add_argument("--megabytes", type=float, help="corpus size (default 5, or 1 with --quick)")
    parser.add_argument("--memory-megabytes", type=float, default=TARGET_RSS_CORPUS_MB,
                        help="text for the analyze_many memory run (default 5: the target's size)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    size = args.megabytes or (1.0 if args.quick else 5.0)
    dates_mb, bert_mb = (0.1, 0.03) if args.quick else (0.25, 0.06)

    import arabnews

    started = time.perf_counter()
    busy0, own0 = cpu_seconds()
    texts = load_corpus(size)
    n_tokens = sum(len(arabnews.tokenize(t)) for t in texts)
    load = os.getloadavg()
    print(f"arabnews {arabnews.__version__}: {machine()}")
    print(f"corpus: ANT v1.1 news, first {len(texts):,} documents, {mb(texts):.2f} MB, {n_tokens:,} arabnews tokens; "
          f"one core; load average at start {load[0]:.2f}")
    t0 = time.perf_counter()
    nlp = arabnews.Pipeline()
    nlp("حلب", reference_date=REF)  # load resources and models before timing
    print(f"  pipeline load: {time.perf_counter() - t0:.2f} s; stages: {', '.join(nlp.names)}")
    table = Table()
    print(f"\n  {'stage':<24} {'system':<46} {'MB/s':>12} {'tokens/s':>16} {'peak RSS (+growth)':>18}")
    text_secs = bench_text_layer(texts, table, n_tokens)
    stage_secs, total, cold = bench_stages(nlp, texts, table, n_tokens)
    dates_ratio = bench_dates(nlp, texts, table, n_tokens, dates_mb) if "dates" in nlp else None
    if "numbers" in stage_secs:
        bench_numbers(texts, table, n_tokens, stage_secs["numbers"])
    bert_ratio = bench_bert(nlp, texts, table, n_tokens, bert_mb, cold)

    max_scaling = 1_000_000 if args.quick else 5_000_000
    print("\nscaling (whole default pipeline, documents of ANT text spread over the 5 MB document's, each size in "
          "a fresh process, each document distinct text after 0.6 MB of other news; CPU time):")
    scaling, slope = bench_scaling(max_scaling)
    per_mb = [r["seconds"] / (r["bytes"] / 1e6) for r in scaling]
    spread = max(per_mb) / min(per_mb)
    linear = 0.9 <= slope <= 1.1 and spread < 1.5
    print(f"  linear: {'yes' if linear else 'NO'} (time ~ size^{slope:.2f}; s/MB within {spread:.2f}x "
          f"from {scaling[0]['label']} to {scaling[-1]['label']})")
    big = next((r for r in scaling if r["label"] == "5 MB"), None)
    if big is None:  # --quick: the 5 MB document for its memory (and time) only
        big = run_child(SCALING_CODE.format(bench=str(ROOT / "benchmarks"), size=5_000_000))
        big_mbs = big["bytes"] / 1e6 / big["seconds"]
        print(f"    5 MB {big['bytes']:>11,} {big['seconds'] * 1000:>8.1f} ms {big_mbs:>7.2f} {big['peak']:>6.0f} MB"
              f" {big['peak'] - big['base']:>+21.0f} MB  (not in the slope)", flush=True)

    print(f"\nbadly scraped pages (whole pipeline, one document of {SHAPE_SIZES[0] // 1000} KB and of "
          f"{SHAPE_SIZES[1] // 1000} KB in each shape, made from the corpus; CPU time; linear: x"
          f"{SHAPE_SIZES[1] / SHAPE_SIZES[0]:g}):")
    shape_ratio = bench_shapes(nlp, texts)

    mem = measure_memory(args.memory_megabytes)
    print(f"\npeak RSS of a fresh process running arabnews.analyze_many over {mem['mb']:.2f} MB "
          f"({mem['docs']:,} documents): {mem['peak']:.0f} MB (RSS before the loop, pipeline loaded: "
          f"{mem['base']:.0f} MB)")
    par_mb = 1.0 if args.quick else 2.0
    par = measure_parallel(par_mb, 2 if args.quick else 3)
    speedup = min(par["one"]) / min(par["two"])
    # what two free cores would give: the one-process CPU time over half the CPU time of the two-process
    # run (workers + this process's unpickling), i.e. the speed-up if nothing else ran on the machine
    cpu_speedup = 2 * min(par["one_cpu"]) / min(par["two_cpu"])
    runs = ", ".join(f"{a:.1f}/{b:.1f}" for a, b in zip(par["one"], par["two"], strict=True))
    print(f"analyze_many over {par['mb']:.2f} MB, wall clock: one process {min(par['one']):.1f} s, two processes "
          f"{min(par['two']):.1f} s (runs one/two: {runs}; "
          f"load average before {par['load']:.2f}); CPU seconds one {min(par['one_cpu']):.1f}, two (workers + "
          f"parent) {min(par['two_cpu']):.1f}: on two free cores {cpu_speedup:.2f}x")

    size_mb = mb(texts)

    def mbs(name: str) -> float | None:
        return size_mb / stage_secs[name] if name in stage_secs else None

    def target(what: str, value: float | None, shown: str, ok: bool | None) -> None:
        state = "not run" if value is None or ok is None else ("met" if ok else "not met")
        print(f"  {what:<58} {shown if value is not None else '-':>22}  {state}")

    print("\ntargets of issue 18 (measured above):")
    pipe_mbs = size_mb / total
    target(f"whole pipeline >= {TARGET_PIPELINE_MBS:g} MB/s", pipe_mbs, f"{pipe_mbs:.2f} MB/s",
           pipe_mbs >= TARGET_PIPELINE_MBS)
    vs_dp = pipe_mbs / dates_ratio[1] if dates_ratio is not None else None
    target(f"whole pipeline >= {TARGET_PIPELINE_VS_DATEPARSER:g}x dateparser search_dates", vs_dp,
           f"{vs_dp:.2f}x" if vs_dp else "", vs_dp >= TARGET_PIPELINE_VS_DATEPARSER if vs_dp else None)
    for name, goal in (("entities", TARGET_ENTITIES_MBS), ("make_doc", TARGET_MAKE_DOC_MBS),
                       ("dates", TARGET_DATES_MBS), ("numbers", TARGET_NUMBERS_MBS)):
        v = mbs(name)
        target(f"{name} >= {goal:g} MB/s", v, f"{v:.2f} MB/s" if v else "", v >= goal if v else None)
    camel = text_secs.get("camel-tools")
    vs_camel = camel / stage_secs["make_doc"] if camel else None
    target(f"make_doc >= {TARGET_MAKE_DOC_VS_CAMEL:g}x camel-tools arclean+dediac_ar+tokenize", vs_camel,
           f"{vs_camel:.2f}x" if vs_camel else "", vs_camel >= TARGET_MAKE_DOC_VS_CAMEL if vs_camel else None)
    target(f"analyze_many(n_process=2) >= {TARGET_PARALLEL_SPEEDUP:g}x one process (wall clock)", speedup,
           f"{speedup:.2f}x", speedup >= TARGET_PARALLEL_SPEEDUP)
    target(f"  same, from CPU time (two free cores; load {par['load']:.1f})", cpu_speedup, f"{cpu_speedup:.2f}x",
           cpu_speedup >= TARGET_PARALLEL_SPEEDUP)
    target(f"one 5 MB document <= {TARGET_RSS_ONE_DOC_MB:.0f} MB peak RSS", big["peak"], f"{big['peak']:.0f} MB",
           big["peak"] <= TARGET_RSS_ONE_DOC_MB)
    rss_note = "" if mem["mb"] >= TARGET_RSS_CORPUS_MB else f" ({mem['mb']:.1f} MB)"
    target(f"analyze_many over 5 MB <= {TARGET_RSS_MB:.0f} MB peak RSS{rss_note}", mem["peak"],
           f"{mem['peak']:.0f} MB", mem["peak"] <= TARGET_RSS_MB)
    target("time linear in length", slope, f"size^{slope:.2f}, {spread:.2f}x", linear)
    target(f"  same, badly scraped pages (x{SHAPE_SIZES[1] / SHAPE_SIZES[0]:g} text <= x{SHAPE_MAX_RATIO:g} time)",
           shape_ratio, f"x{shape_ratio:.1f} at most", shape_ratio <= SHAPE_MAX_RATIO)
    print("  (earlier anchors, no target now) "
          + (f"whole pipeline {bert_ratio:.0f}x BERT-base; " if bert_ratio is not None else "")
          + (f"dates stage {dates_ratio[0]:.1f}x dateparser; " if dates_ratio is not None else "")
          + f"whole pipeline 1st pass {size_mb / cold:.2f} MB/s")

    wall = time.perf_counter() - started
    busy1, own1 = cpu_seconds()
    others = max(0.0, (busy1 - busy0) - (own1 - own0)) / wall
    print(f"\n(wall time {wall:.0f} s; other processes kept {others:.2f} of the {os.cpu_count()} cores busy on "
          "average during the run: the closer to 1, the noisier the timings)\n")
    print(table.markdown())
    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), "rows": table.rows, "scaling": scaling,
                                         "scaling_exponent": slope, "memory": mem, "one_document_5mb": big,
                                         "parallel": par}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
