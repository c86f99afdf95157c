"""The example script that set-up runs prints every layer of the seed, built-in or added by a stage."""

import subprocess
import sys

from conftest import ROOT, SEED


def test_analyze_article_example_prints_every_layer():
    proc = subprocess.run([sys.executable, str(ROOT / "examples" / "analyze_article.py"), str(SEED),
                           "--reference-date", "2020-06-02"], capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()
    lines = proc.stdout.decode("utf-8").splitlines()
    layers = {line.split()[0] for line in lines if line[:1].isalpha() and len(line.split()) > 2}
    assert {"entities", "dates", "numbers", "groups", "quotes", "events"} <= layers
    assert any(line.startswith("groups") and "'liwa-al-quds'" in line for line in lines)
    assert any(line.startswith("dates") and "'2016-05'" in line for line in lines)
