"""Worst cases: huge, degenerate and hostile inputs finish, in bounded size, with exact offsets."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import regex

import arabnews
from arabnews.text.tokenize import _TOKEN


def assert_offsets(doc):
    for _, span in doc.spans():
        assert doc.text[span.start:span.end] == span.text
    for tok in doc.tokens:
        assert doc.text[tok.start:tok.end] == tok.text


def test_ten_megabyte_article(seed_text):
    body = "\n".join(p for p in seed_text.split("\n")[:30])
    text = (body + "\n") * (10_000_000 // (len(body.encode()) + 1) + 1)
    assert len(text.encode()) >= 10_000_000
    doc = arabnews.analyze(text, reference_date="2020-06-02")
    assert len(doc.tokens) > 1_000_000
    assert doc.tokens[-1].end <= len(text)


def test_one_megabyte_line_without_spaces():
    for text in ("حلب" * 350_000, "x" * 1_000_000, "1" * 1_000_000, "a@" * 500_000, "#" + "و" * 600_000):
        doc = arabnews.analyze(text)
        assert_offsets(doc)
        json.dumps(doc.to_dict(), allow_nan=False)  # a score that overflowed would be NaN: not JSON


def test_hundred_thousand_trigger_words():
    for word in ("لواء ", "ميليشيا ", "قوات ", "عام ", "منذ ", "عشرات "):
        doc = arabnews.analyze(word * 100_000)
        assert len(doc.tokens) == 100_000


def test_deeply_nested_brackets_and_quotes():
    text = "(" * 50_000 + "«لواء \"القدس\"»" + ")" * 50_000 + '"' * 50_000 + "[{" * 20_000
    doc = arabnews.analyze(text)
    assert_offsets(doc)


def test_a_naive_pattern_would_hang_where_ours_do_not():
    # Overlapping alternatives under a repeat (the shape a clitic or lexicon pattern takes when it is
    # written naively) backtrack exponentially on a run that finally fails; regex's timeout shows it.
    # The tokenizer's possessive, guarded pattern and the full pipeline finish the same input at once.
    hostile = "ل" * 60 + "!"
    naive = regex.compile(r"(?:ل|لل)+$")
    with pytest.raises(TimeoutError):
        naive.search(hostile, timeout=0.5)
    assert [m.lastgroup for m in _TOKEN.finditer(hostile, timeout=0.5)] == ["word", "punct"]
    assert_offsets(arabnews.analyze(hostile * 1000))


def test_nothing_is_written_outside_the_cache_dir(tmp_path):
    # A copy of the package, run with a fresh HOME and cache dir: no file appears in the package
    # (site-packages may be read-only) and none outside the cache directory we name.
    src = Path(arabnews.__file__).resolve().parent
    pkg = tmp_path / "site" / "arabnews"
    shutil.copytree(src, pkg, ignore=shutil.ignore_patterns("__pycache__"))
    before = sorted(p.relative_to(pkg) for p in pkg.rglob("*"))
    home, cache = tmp_path / "home", tmp_path / "cache"
    home.mkdir()
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site"), "HOME": str(home), "ARABNEWS_CACHE_DIR": str(cache),
           "PYTHONDONTWRITEBYTECODE": "1", "XDG_CACHE_HOME": str(home / ".cache")}
    code = ("import arabnews, sys; d = arabnews.analyze(open(sys.argv[1], encoding='utf-8').read(), "
            "reference_date='2020-06-02'); print(len(d.tokens))")
    seed = Path(__file__).resolve().parents[1] / "examples" / "article.txt"
    proc = subprocess.run([sys.executable, "-c", code, str(seed)], env=env, capture_output=True, timeout=300,
                          cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout.strip() == b"551"
    assert sorted(p.relative_to(pkg) for p in pkg.rglob("*")) == before
    assert list(home.rglob("*")) == []


def test_the_hang_guard_fires(no_hang, monkeypatch):
    import conftest

    monkeypatch.setattr(conftest, "HANG_SECONDS", 0.2)
    with pytest.raises(TimeoutError, match="a hang"), no_hang():
        while True:
            pass
