"""Train the CRF model of the entities stage and print its scores on held-out dev parts.

Rebuilds ``src/arabnews/resources/ner/ner.crfsuite`` and ``vocab.json`` from the corpora of
``shared/data`` (see its README): ANERcorp (training part) and NewsFANE Gold — newswire — and
AQMAR (Wikipedia).  About a tenth of each corpus is held out as dev and the model is trained on the
rest only (``--dev-split``): "blocks" cuts every corpus into blocks of 20 sentences and a seeded
draw holds out about one block in ten; "tail" holds out the last tenth of ANERcorp and of NewsFANE
(ANERcorp's test split is the continuation of its training file) and two whole AQMAR articles of
21 drawn with ``--seed`` — dev text from documents the model has not seen, as a test split is.
Scores: CoNLL exact-span precision/recall/F1 per label and the micro F1 over PER, LOC and ORG, on
news dev (ANERcorp + NewsFANE), ANERcorp dev alone and AQMAR dev, the tagging speed, and the micro
F1 of what the entities stage reports (the CRF, the gazetteer back-off on news, then document
consistency with each dev block of 20 sentences as a document).

    python scripts/train_ner.py                        # full rebuild (a few minutes)
    python scripts/train_ner.py --limit 2000 --iterations 20 --output /tmp/ner   # quick check
    python scripts/train_ner.py --score-only          # scores of the shipped model, no training
    python scripts/train_ner.py --no-clusters --output /tmp/ner   # without the word-cluster features
    python scripts/train_ner.py --dev-split tail --clusters --c1 0.15 --no-fane-domain --output /tmp/wiki \
        --aqmar-dev Atom,Christiano_Ronaldo,Enrico_Fermi,Islamic_Golden_Age,Linux,Real_Madrid,Ummaya_Mosque
        # the wiki settings, scored on 7 whole AQMAR articles (the wiki dev set) instead of 2 seeded ones

L-BFGS training of crfsuite is deterministic, and the dev split depends only on ``--seed``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

import pycrfsuite

from arabnews import tokenize
from arabnews.extract.entities import gazetteer_backoff
from arabnews.extract.entities.bio import chunks
from arabnews.extract.entities.consistency import document_names, propagate
from arabnews.extract.entities.crf import ATTRIBUTES_NAME
from arabnews.extract.entities.features import FeatureExtractor
from arabnews.extract.entities.gazetteer import load_gazetteer
from arabnews.text.clitics import clitic_splits
from arabnews.text.normalize import fold, normalize
from arabnews.text.tokenize import Token

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data"
DEFAULT_OUTPUT = REPO / "src" / "arabnews" / "resources" / "ner"
LABELS = ("PER", "LOC", "ORG", "MISC")
MAIN = ("PER", "LOC", "ORG")
BLOCK = 20
#: Corpora whose sentences get domain-specific feature copies (see FeatureExtractor(domain=...)).
DOMAINS = {"aqmar": "wiki"}
#: With --fane-domain, NewsFANE's sentences get feature copies of their own too ("fane|w=…"), so that
#: where its annotation conventions differ from ANERcorp's the default (news) weights follow ANERcorp.
FANE_DOMAIN = {"newsfane": "fane"}

Sentence = list[tuple[str, str]]

NEWSFANE = {
    "PER": ("Politician", "Athlete", "Artist", "Other_PER", "Religious_PER", "Scientist", "Businessperson",
            "Lawyer", "Engineer"),
    "LOC": ("Nation", "Population-Center", "State-or-Province", "GPE-Cluster", "County-or-District", "Continent",
            "Water-Body", "Land", "Land-Region-Natural", "Building-Grounds", "Airport", "Path", "Subarea-Facility"),
    "ORG": ("Non-Governmental", "Government", "Group", "Media", "Sports", "Commercial", "Educational", "Police",
            "Religious_ORG", "Entertainment", "Medical-Science"),
}
NEWSFANE_MAP = {cls: label for label, classes in NEWSFANE.items() for cls in classes}


def map_tag(tag: str, corpus: str) -> str:
    """A corpus tag → B-/I- + PER, LOC, ORG, MISC, or O (noise tags become O or their evident class)."""
    tag = tag.strip()
    if not tag or tag in ("O", "OO", "IO") or "-" not in tag:
        return "O"
    bio, _, cls = tag.partition("-")
    cls = cls.strip("-")
    if bio not in ("B", "I"):
        return "O"
    if corpus == "newsfane":
        label = NEWSFANE_MAP.get(cls, "MISC")
    elif cls in ("PERS", "PER"):
        label = "PER"
    elif cls in ("LOC", "ORG", "MISC"):
        label = cls
    elif cls.startswith("MIS"):
        label = "MISC"
    else:  # B-ENGLISH, B-SPANISH: language labels, not entities
        return "O"
    return f"{bio}-{label}"


def _fix_bio(sent: Sentence) -> Sentence:
    out: Sentence = []
    prev = "O"
    for word, tag in sent:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append((word, tag))
        prev = tag
    return out


def read_conll(path: Path, corpus: str, *, sep: str | None = None, split_on_punct: bool = False,
               limit: int | None = None) -> list[Sentence]:
    """Sentences of ``token TAG`` lines; blank lines (and with ``split_on_punct``, . ! ? ؟) end a
    sentence.  ``limit``: stop after that many sentences."""
    current: list[tuple[str, str]] = []
    sentences: list[list[tuple[str, str]]] = []
    for raw in path.read_text(encoding="utf-8-sig").splitlines():
        line = raw.strip("\r\n").replace("\u200e", "").replace("\ufeff", "")
        if limit and len(sentences) >= limit:
            break
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        parts = line.rsplit(sep, 1) if sep else line.rsplit(None, 1)
        if len(parts) != 2:
            continue
        word = normalize(parts[0].strip()).replace(" ", "")
        if not word:
            continue
        current.append((word, parts[1].strip()))
        if split_on_punct and word in (".", "!", "?", "؟"):
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return [_fix_bio(_convert(s, corpus)) for s in sentences]


#: NewsFANE classes whose one-word mentions are common nouns in ANERcorp's scheme ("العرب",
#: "الحكومة", "الجيش"): those become O so that both news corpora agree.
_NOMINAL = ("Group", "Government", "Police")


def _convert(sent: list[tuple[str, str]], corpus: str) -> Sentence:
    out = [(w, map_tag(t, corpus)) for w, t in sent]
    if corpus == "newsfane":
        for i, (word, raw) in enumerate(sent):
            nxt = sent[i + 1][1] if i + 1 < len(sent) else "O"
            if (raw.startswith("B-") and raw[2:] in _NOMINAL and not nxt.startswith("I-")
                    and word.startswith(("ال", "لل"))):
                out[i] = (word, "O")
    return out


def aqmar_names(data: Path) -> list[str]:
    """The AQMAR article names (file names without ``.txt``), in the order of :func:`load_articles`."""
    return [f.stem for f in sorted((data / "aqmar").glob("*.txt"))]


def aqmar_dev_indices(data: Path, spec: str | None) -> list[int] | None:
    """The positions of the AQMAR articles named in ``spec`` (comma-separated file names without
    ``.txt``, as ``--aqmar-dev``), or None when ``spec`` is empty."""
    if not spec:
        return None
    names = aqmar_names(data)
    wanted = [n.strip().removesuffix(".txt") for n in spec.split(",") if n.strip()]
    unknown = [n for n in wanted if n not in names]
    if unknown:
        raise SystemExit(f"--aqmar-dev: no AQMAR article {', '.join(unknown)}; there are: {', '.join(names)}")
    return sorted(names.index(n) for n in wanted)


def load_articles(data: Path, limit: int | None = None) -> dict[str, list[list[Sentence]]]:
    """The corpora as lists of articles: ANERcorp and NewsFANE Gold are one running text each (their
    files do not mark where a document ends), AQMAR is one article per file.  ``limit`` keeps the
    first sentences of each corpus."""
    aqmar: list[list[Sentence]] = []
    n = 0
    for f in sorted((data / "aqmar").glob("*.txt")):
        if limit and n >= limit:
            break
        article = read_conll(f, "aqmar")
        if limit:
            article = article[:limit - n]
        aqmar.append(article)
        n += len(article)
    anercorp = read_conll(data / "anercorp" / "train.txt", "anercorp", split_on_punct=True, limit=limit)
    newsfane = read_conll(data / "newsfane" / "NewsFANE_Gold_2014_170K.txt", "newsfane", sep="\t", limit=limit)
    return {"anercorp": [anercorp[:limit] if limit else anercorp],
            "newsfane": [newsfane[:limit] if limit else newsfane], "aqmar": aqmar}


def load_corpora(data: Path, limit: int | None = None) -> dict[str, list[Sentence]]:
    """{"anercorp": [...], "newsfane": [...], "aqmar": [...]}; ``limit`` keeps the first sentences of each."""
    return {name: [s for article in articles for s in article]
            for name, articles in load_articles(data, limit).items()}


def split_dev(sentences: list[Sentence], seed: int, fraction: float) -> tuple[list[Sentence], list[list[Sentence]]]:
    """Blocks of 20 consecutive sentences, each held out as dev with probability ``fraction``:
    (training sentences, dev blocks).  A dev block stands for a document when the stage is scored."""
    rng = random.Random(seed)
    train: list[Sentence] = []
    dev: list[list[Sentence]] = []
    for i in range(0, len(sentences), BLOCK):
        block = sentences[i:i + BLOCK]
        if rng.random() < fraction:
            dev.append(block)
        else:
            train.extend(block)
    return train, dev


def _blocks(sentences: list[Sentence]) -> list[list[Sentence]]:
    return [sentences[i:i + BLOCK] for i in range(0, len(sentences), BLOCK)]


def split_tail(articles: list[list[Sentence]], seed: int, fraction: float,
               held_out: list[int] | None = None) -> tuple[list[Sentence], list[list[Sentence]]]:
    """Dev text that is not near the training text, as a test split is: a corpus of one running text
    holds out its last ``fraction`` of sentences (ANERcorp's test split is the continuation of its
    training file); a corpus of several articles holds out whole articles, about ``fraction`` of
    them, drawn with ``seed``, or the articles at the positions ``held_out`` when given.  (training
    sentences, dev blocks of 20 sentences)."""
    if held_out is not None and len(articles) >= 2:
        held = set(held_out)
        train = [s for i, a in enumerate(articles) if i not in held for s in a]
        dev = [b for i, a in enumerate(articles) if i in held for b in _blocks(a)]
        return train, dev
    if len(articles) < 2:
        sentences = articles[0] if articles else []
        cut = len(sentences) - round(len(sentences) * fraction)
        return sentences[:cut], _blocks(sentences[cut:])
    k = min(len(articles) - 1, max(1, round(len(articles) * fraction)))
    held = set(random.Random(seed).sample(range(len(articles)), k))
    train = [s for i, a in enumerate(articles) if i not in held for s in a]
    dev = [b for i, a in enumerate(articles) if i in held for b in _blocks(a)]
    return train, dev


DEV_SPLITS = ("blocks", "tail", "none")


def split_corpora(articles: dict[str, list[list[Sentence]]], how: str, seed: int, fraction: float,
                  aqmar_dev: list[int] | None = None) -> dict[str, tuple[list[Sentence], list[list[Sentence]]]]:
    """Per corpus (training sentences, dev blocks): ``how`` = "blocks" (:func:`split_dev`, random
    blocks of 20 sentences), "tail" (:func:`split_tail`, the end of a running text, whole articles)
    or "none" (everything is trained on, for the shipped model once the settings are chosen on dev).
    ``aqmar_dev``: with "blocks" or "tail", the positions of the AQMAR articles held out whole
    (:func:`aqmar_dev_indices`) instead of the blocks or the two articles drawn with ``seed``."""
    if how == "blocks":
        out = {name: split_dev([s for a in arts for s in a], seed, fraction) for name, arts in articles.items()}
        if aqmar_dev is not None and "aqmar" in articles:
            out["aqmar"] = split_tail(articles["aqmar"], seed, fraction, aqmar_dev)
        return out
    if how == "tail":
        return {name: split_tail(arts, seed, fraction, aqmar_dev if name == "aqmar" else None)
                for name, arts in articles.items()}
    if how == "none":
        return {name: ([s for a in arts for s in a], []) for name, arts in articles.items()}
    raise ValueError(f"unknown dev split {how!r}; expected one of {DEV_SPLITS}")


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """CoNLL chunks: (start, end, label); an I- after another label starts a chunk."""
    return set(chunks(tags))


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, dict[str, float]]:
    """Exact-span P/R/F1 per label, and "micro" over PER, LOC, ORG."""
    counts = {lab: Counter() for lab in LABELS}
    for g, p in zip(gold, pred, strict=True):
        gs, ps = spans(g), spans(p)
        for lab in LABELS:
            gl = {s for s in gs if s[2] == lab}
            pl = {s for s in ps if s[2] == lab}
            counts[lab]["tp"] += len(gl & pl)
            counts[lab]["fp"] += len(pl - gl)
            counts[lab]["fn"] += len(gl - pl)
    counts["micro"] = sum((counts[lab] for lab in MAIN), Counter())

    def prf(c: Counter) -> dict[str, float]:
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f1": round(100 * f, 2), "n": c["tp"] + c["fn"]}

    return {lab: prf(c) for lab, c in counts.items()}


def build_vocab(train: list[Sentence], min_count: int = 3) -> dict:
    """Person-name parts and entity words seen at least ``min_count`` times in training spans (a
    form that is a proclitic + another listed form, "ومحمد", is dropped), and the common words:
    seen at least twice and more often outside an entity than in one, which the entities stage
    does not take for a name on context alone."""
    per: Counter = Counter()
    ent: Counter = Counter()
    outside: Counter = Counter()
    for sent in train:
        for word, tag in sent:
            f = fold(word)
            if tag == "O":
                outside[f] += 1
                continue
            if len(f) < 2:
                continue
            (per if tag.endswith("PER") else ent)[f] += 1
    named = per + ent
    common = sorted(w for w, n in outside.items() if len(w) >= 3 and n >= 2 and n > named[w])

    def clean(c: Counter) -> list[str]:
        kept = {w for w, n in c.items() if n >= min_count}
        return sorted(w for w in kept if not any(
            any(form in kept for form in s.lemma_forms) for s in clitic_splits(w)[1:]))

    return {"_about": ("Person-name parts, entity words and common words (more often outside names than in "
                       "them) of the training part of ANERcorp (CC BY-SA 4.0), NewsFANE Gold (CC BY-SA 3.0) and "
                       "AQMAR (CC BY-SA 3.0); written by scripts/train_ner.py."),
            "person_parts": clean(per), "entity_words": clean(ent), "common_words": common}


def write_vocab(vocab: dict, path: Path) -> None:
    path.write_text(json.dumps(vocab, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


def write_attributes(tagger, path: Path) -> frozenset[str]:
    """Write the feature names the model uses (gzip, one per line); the tagger drops the others."""
    names = frozenset(attr for attr, _ in tagger.info().state_features)
    # mtime=0: the same model gives the same bytes
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh:
        fh.write("\n".join(sorted(names)).encode("utf-8"))
    return names


def _tokens(sent: Sentence) -> list[Token]:
    """Corpus words as the Tokens the back-off reads (normalized form and kind)."""
    out = []
    for w, _ in sent:
        toks = tokenize(w)
        out.append(Token(0, len(w), w, normalize(w), toks[0].kind if len(toks) == 1 else "word"))
    return out


def stage_tags(tagger, extract: FeatureExtractor, docs: list[list[Sentence]], domain: str | None) -> list[list[str]]:
    """What the entities stage reports for the sentences of ``docs``: the CRF's tags, the gazetteer
    back-off (news only) and the marginal probabilities of the result, then document consistency,
    each dev block being one document (see ``arabnews.extract.entities.crf_entities``)."""
    gaz = extract.gaz
    out: list[list[str]] = []
    for block in docs:
        toks, tags, probs = [], [], []
        for sent in block:
            tagger.set(extract([w for w, _ in sent], domain=domain))
            t = _tokens(sent)
            g = tagger.tag()
            if not domain:
                g = gazetteer_backoff(t, g, gaz)
            toks.append(t)
            tags.append(g)
            probs.append([tagger.marginal(x, i) if x != "O" else 1.0 for i, x in enumerate(g)])
        names = document_names(zip(toks, tags, strict=True), gaz, probs)
        out.extend(propagate(t, g, names, gaz) for t, g in zip(toks, tags, strict=True))
    return out


def train_model(args: argparse.Namespace, train: list[Sentence], weighted: list[tuple[str, Sentence]],
                vocab_path: Path, model_path: Path) -> None:
    """Write vocab.json and the CRF model trained on ``weighted`` (corpus name, sentence) pairs."""
    args.output.mkdir(parents=True, exist_ok=True)
    write_vocab(build_vocab(train, args.vocab_min_count), vocab_path)
    # Jackknife: a training sentence sees the name lists learnt from the other half of the data,
    # so the model learns how far a listed name can be trusted on text it has not seen.
    fold = {id(sent): (i // BLOCK) % 2 for i, sent in enumerate(train)}
    extractors = []
    for k in (0, 1):
        path = args.output / f".vocab-fold{k}.json"
        write_vocab(build_vocab([x for x in train if fold[id(x)] != k], args.vocab_min_count), path)
        extractors.append(FeatureExtractor(load_gazetteer(path), clusters=args.clusters))
        path.unlink()

    trainer = pycrfsuite.Trainer(verbose=False)
    for corpus, sent in weighted:
        extract = extractors[fold[id(sent)]]
        domains = {**DOMAINS, **FANE_DOMAIN} if args.fane_domain else DOMAINS
        trainer.append(extract([w for w, _ in sent], domain=domains.get(corpus) if args.domains else None),
                       [t for _, t in sent])
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "feature.minfreq": args.min_freq, "feature.possible_transitions": True})
    t1 = time.perf_counter()
    trainer.train(str(model_path))
    print(f"trained in {time.perf_counter() - t1:.0f} s ({args.iterations} iterations max); "
          f"model {model_path.stat().st_size / 1e6:.2f} MB", flush=True)


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description="Train the arabnews CRF NER model.")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared/data folder (default: %(default)s)")
    ap.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="folder for ner.crfsuite and vocab.json")
    ap.add_argument("--limit", type=int, default=None, help="use only the first N sentences of each corpus")
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--c1", type=float, default=0.02)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--min-freq", type=float, default=1.0, help="crfsuite feature.minfreq")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--dev-fraction", type=float, default=0.1)
    ap.add_argument("--dev-split", choices=DEV_SPLITS, default="blocks",
                    help="blocks: random blocks of 20 sentences of every corpus; tail: the last sentences of "
                    "ANERcorp and NewsFANE, whole AQMAR articles; none: no dev part, train on everything "
                    "(default: %(default)s)")
    ap.add_argument("--clusters", action=argparse.BooleanOptionalAction, default=True,
                    help="word-cluster features (resources/ner/clusters.tsv.gz); --no-clusters trains without")
    ap.add_argument("--domains", action=argparse.BooleanOptionalAction, default=True,
                    help="give AQMAR sentences Wikipedia-specific feature copies (news is the default domain)")
    ap.add_argument("--fane-domain", action=argparse.BooleanOptionalAction, default=True,
                    help="give NewsFANE sentences feature copies of their own, as AQMAR's (see FANE_DOMAIN)")
    ap.add_argument("--anercorp-weight", type=int, default=1,
                    help="how many times ANERcorp's training sentences are given")
    ap.add_argument("--vocab-min-count", type=int, default=2,
                    help="how often a word must occur in training entities to enter vocab.json")
    ap.add_argument("--aqmar-weight", type=int, default=3,
                    help="how many times AQMAR's training sentences are given (a smaller, other-domain corpus)")
    ap.add_argument("--aqmar-dev", metavar="NAMES",
                    help="hold out these AQMAR articles whole (comma-separated file names without .txt, e.g. "
                    "Real_Madrid,Linux) instead of the seeded draw; ANERcorp and NewsFANE are split as "
                    "--dev-split says")
    ap.add_argument("--score-only", action="store_true",
                    help="do not train: score the model already in --output on the same dev parts")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    parts = split_corpora(load_articles(args.data, args.limit), args.dev_split, args.seed, args.dev_fraction,
                          aqmar_dev_indices(args.data, args.aqmar_dev))
    train = [s for name, (tr, _) in parts.items() for s in tr]
    weighted = [(name, s) for name, (tr, _) in parts.items() for s in tr]
    weighted += [("aqmar", s) for s in parts["aqmar"][0]] * (args.aqmar_weight - 1)
    weighted += [("anercorp", s) for s in parts["anercorp"][0]] * (args.anercorp_weight - 1)
    # "anercorp": its dev blocks alone, the closest to the held-out target (ANERcorp's test split)
    dev_docs = {"news": parts["anercorp"][1] + parts["newsfane"][1], "anercorp": parts["anercorp"][1],
                "aqmar": parts["aqmar"][1]}
    dev = {name: [s for block in blocks for s in block] for name, blocks in dev_docs.items()}
    ntok = sum(len(s) for s in train)
    print(f"dev split: {args.dev_split}; clusters: {'on' if args.clusters else 'off'}"
          + (f"; AQMAR dev articles: {args.aqmar_dev}" if args.aqmar_dev else ""))
    print(f"train: {len(train)} sentences, {ntok} tokens; dev: "
          + ", ".join(f"{k} {len(v)} sentences" for k, v in dev.items()), flush=True)

    vocab_path = args.output / "vocab.json"
    model_path = args.output / "ner.crfsuite"
    if not args.score_only:
        train_model(args, train, weighted, vocab_path, model_path)

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    keep = write_attributes(tagger, args.output / ATTRIBUTES_NAME)
    results: dict = {}
    for name, sents in dev.items():
        if not sents:
            continue
        extract = FeatureExtractor(load_gazetteer(vocab_path), keep, clusters=args.clusters)  # cold cache: honest speed
        t2 = time.perf_counter()
        domain = DOMAINS.get(name) if args.domains else None
        pred = [tagger.tag(extract([w for w, _ in s], domain=domain)) for s in sents]
        elapsed = time.perf_counter() - t2
        ntok = sum(len(s) for s in sents)
        gold = [[t for _, t in s] for s in sents]
        res = score(gold, pred)
        res["tokens_per_s"] = round(ntok / elapsed) if elapsed else 0
        res["stage"] = score(gold, stage_tags(tagger, extract, dev_docs[name], domain))
        results[name] = res
        print(f"\n{name} dev ({len(sents)} sentences, {ntok} tokens, {res['tokens_per_s']} tokens/s)")
        print(f"  {'label':6} {'P':>6} {'R':>6} {'F1':>6} {'n':>6}   stage {'P':>6} {'R':>6} {'F1':>6}")
        for lab in (*LABELS, "micro"):
            r, st = res[lab], res["stage"][lab]
            print(f"  {lab:6} {r['p']:6.2f} {r['r']:6.2f} {r['f1']:6.2f} {r['n']:6d}         "
                  f"{st['p']:6.2f} {st['r']:6.2f} {st['f1']:6.2f}")
        print(f"  stage = CRF{'' if domain else ' + gazetteer back-off'} + document consistency")
    print(f"\ntotal {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return results


if __name__ == "__main__":
    main()
