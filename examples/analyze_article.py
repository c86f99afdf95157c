"""Analyse an article and print what arabnews found.

    python examples/analyze_article.py examples/article.txt --reference-date 2020-06-02
"""

import argparse
from pathlib import Path

import arabnews

#: The field that says what a span is, the first a span has: an entity's label, a group's id (None for a
#: discovered group), a date's or number's value, an event's type, a claim's kind.
VALUE_FIELDS = ("label", "id", "value", "type", "kind")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", type=Path)
    parser.add_argument("--reference-date")
    args = parser.parse_args()
    doc = arabnews.analyze(args.path.read_text(encoding="utf-8"), reference_date=args.reference_date)
    print(f"{len(doc.text)} characters, {len(doc.tokens)} tokens, {len(doc.sentences)} sentences")
    print(f"stages: {arabnews.default_pipeline().names}")
    article = doc.to_dict()["article"]
    if article.get("title"):
        print(f"title: {article['title']['text']}")
    for comment in article.get("comments", []):
        print(f"comment by {comment.get('author')} ({comment.get('age')})")
    for name, span in doc.spans():  # every layer, the ones stages added included
        fields = span.to_dict()
        value = next((fields[k] for k in VALUE_FIELDS if k in fields), None)
        text = span.text if len(span.text) <= 30 else span.text[:29] + "…"
        print(f"{name:11} {span.start:5}-{span.end:<5} {text:<30} {value!r}  [{span.part}]")


if __name__ == "__main__":
    main()
