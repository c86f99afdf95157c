"""Analyse an article and print what arabnews found.

    python examples/analyze_article.py examples/article.txt --reference-date 2020-06-02
"""

import argparse
from pathlib import Path

import arabnews


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
    for name, span in doc.spans():
        value = {"entities": "label", "dates": "value", "numbers": "value", "groups": "id"}[name]
        print(f"{name:9} {span.start:5}-{span.end:<5} {span.text:<30} {getattr(span, value)!r}  [{span.part}]")


if __name__ == "__main__":
    main()
