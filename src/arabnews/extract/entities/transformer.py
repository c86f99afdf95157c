"""Optional transformer backend: a BERT token classifier (e.g. CAMeLBERT-MSA-NER) from a local folder.

``Pipeline(ner="transformer", model_path="path/to/folder")`` loads the folder with
``transformers.AutoTokenizer`` / ``AutoModelForTokenClassification`` (nothing is downloaded);
``Pipeline(ner="camel")`` finds the NER model of an installed CAMeL Tools data folder
(``$CAMELTOOLS_DATA`` or ``~/.camel_tools``) and loads it the same way.  ``camel_tools.ner`` is
never imported: on a machine where camel-tools has not downloaded its data, that import fetches a
catalogue over the network.

Words are our tokenizer's tokens (normalized), so the model's word pieces are mapped back to words
with ``word_ids()`` (the label of a word is the label of its first piece) and words to character
offsets of the original text; a span starting with proclitics starts after them, as with the CRF.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ...document import Document, EntitySpan, Part
from ...errors import MissingModelError
from ...text.tokenize import Token
from .bio import LABELS, Tag
from .decode import decode_tags
from .gazetteer import default_gazetteer
from .sequences import tag_sequences

INSTALL_HINT = ("the transformer NER backend needs transformers and torch: install the extra with "
                "`pip install 'arabnews[camel]'` (or `pip install transformers torch`)")
DOWNLOAD_HINT = ("get a model with `huggingface-cli download CAMeL-Lab/bert-base-arabic-camelbert-msa-ner "
                 "--local-dir {path}` (on a machine with network access), then pass that folder as model_path")
CAMEL_HINT = ("install CAMeL Tools' NER data with `camel_data -i ner-arabert` (it goes to $CAMELTOOLS_DATA or "
              "~/.camel_tools), or download a model folder and use ner='transformer', model_path=...")
#: Longest run of words given to the model at once (keeps pieces well under 512).
MAX_WORDS = 120
BATCH = 16


#: Other names models give the four labels ("B-PERS" in CAMeLBERT).
_LABEL_ALIASES = {"PERS": "PER", "PERSON": "PER", "LOCATION": "LOC", "GPE": "LOC", "ORGANIZATION": "ORG",
                  "MIS": "MISC"}


def _label(raw: str) -> Tag:
    """Model label → B-/I- + PER/LOC/ORG/MISC, or O: "B-PERS" → "B-PER", "LABEL_3" → "O"."""
    raw = raw.upper().replace("_", "-")
    if "-" not in raw or raw[0] not in "BI" or raw[1] != "-":
        return "O"
    cls = raw[2:]
    cls = _LABEL_ALIASES.get(cls, cls)
    return f"{raw[0]}-{cls}" if cls in LABELS else "O"


def camel_data_dir() -> Path:
    """CAMeL Tools' data folder: ``$CAMELTOOLS_DATA`` or ``~/.camel_tools``."""
    return Path(os.environ.get("CAMELTOOLS_DATA") or Path.home() / ".camel_tools")


def find_camel_ner(data_dir: Path | None = None) -> Path | None:
    """The folder of an installed CAMeL Tools NER model (one with a ``config.json``), or None."""
    data_dir = data_dir or camel_data_dir()
    for base in (data_dir / "data" / "ner", data_dir / "ner"):
        if base.is_dir():
            for config in sorted(base.glob("*/config.json")):
                return config.parent
    return None


class TransformerNER:
    """A token-classification model from a local folder, tagging our tokens."""

    def __init__(self, model_path: str | Path) -> None:
        path = Path(model_path).expanduser()
        if not (path / "config.json").is_file():
            raise FileNotFoundError(f"no transformer NER model at {path} (config.json missing); "
                                    + DOWNLOAD_HINT.format(path=path))
        try:
            import torch
            from transformers import AutoModelForTokenClassification, AutoTokenizer
        except ImportError as exc:
            raise MissingModelError(INSTALL_HINT) from exc
        self.path = path
        self._torch: Any = torch
        self.tokenizer = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
        if not getattr(self.tokenizer, "is_fast", False):
            raise ValueError(f"the tokenizer of {path} is not a fast tokenizer (tokenizer.json); word "
                             "alignment needs one")
        self.model = AutoModelForTokenClassification.from_pretrained(str(path), local_files_only=True)
        self.model.eval()
        self.labels = {int(i): _label(lab) for i, lab in self.model.config.id2label.items()}

    @classmethod
    def from_option(cls, ner: str, model_path: str | Path | None) -> TransformerNER:
        """Build from the pipeline options ``ner`` ("transformer" or "camel") and ``model_path``."""
        if ner == "camel" and model_path is None:
            found = find_camel_ner()
            if found is None:
                raise FileNotFoundError(f"no CAMeL Tools NER model under {camel_data_dir()}; " + CAMEL_HINT)
            model_path = found
        if model_path is None:
            raise ValueError("ner='transformer' needs model_path= a local model folder; "
                             + DOWNLOAD_HINT.format(path="models/camelbert-ner"))
        return cls(model_path)

    def tag(self, sentences: list[list[str]]) -> list[tuple[list[Tag], list[float]]]:
        """BIO tags and their probabilities for sentences of words."""
        torch = self._torch
        out: list[tuple[list[Tag], list[float]]] = []
        for b in range(0, len(sentences), BATCH):
            batch = sentences[b:b + BATCH]
            enc = self.tokenizer(batch, is_split_into_words=True, truncation=True, max_length=512,
                                 padding=True, return_tensors="pt")
            with torch.no_grad():
                logits = self.model(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"]).logits
            probs = torch.softmax(logits, dim=-1)
            best_p, best = probs.max(dim=-1)
            for k, words in enumerate(batch):
                tags = ["O"] * len(words)
                conf = [1.0] * len(words)
                seen: set[int] = set()
                for piece, wid in enumerate(enc.word_ids(k)):
                    if wid is None or wid in seen:
                        continue
                    seen.add(wid)
                    tags[wid] = self.labels.get(int(best[k, piece]), "O")
                    conf[wid] = float(best_p[k, piece])
                out.append((tags, conf))
        return out

    def entities(self, doc: Document) -> list[EntitySpan]:
        """Entity spans of the extraction regions of ``doc``."""
        gaz = default_gazetteer()
        chunks: list[tuple[Part, list[Token]]] = []
        for part, toks in tag_sequences(doc):
            for i in range(0, len(toks), MAX_WORDS):
                chunks.append((part, toks[i:i + MAX_WORDS]))
        tagged = self.tag([[t.norm for t in toks] for _, toks in chunks])
        out: list[EntitySpan] = []
        for (part, toks), (tags, conf) in zip(chunks, tagged, strict=True):
            out.extend(decode_tags(doc, toks, tags, conf, part, gaz, "transformer"))
        return out
