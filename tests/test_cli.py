"""The arabnews command, run as a user would (a subprocess)."""

import json
import subprocess
import sys

from conftest import SEED


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "arabnews.cli", *args], input=stdin, capture_output=True,
                          timeout=300)


def test_cli_prints_json_for_the_seed():
    proc = run("analyze", str(SEED), "--reference-date", "2020-06-02")
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(proc.stdout.decode("utf-8"))
    assert data["text"] == SEED.read_text(encoding="utf-8")
    assert data["reference_date"] == "2020-06-02"
    for tok in data["tokens"]:
        assert data["text"][tok["start"]:tok["end"]] == tok["text"]


def test_cli_jsonl_lines_from_stdin():
    proc = run("analyze", "--format", "jsonl", "--lines", "-", stdin="قتل 7 أشخاص\n\nفي حلب\n".encode())
    assert proc.returncode == 0, proc.stderr.decode()
    lines = proc.stdout.decode("utf-8").splitlines()
    assert [json.loads(line)["text"] for line in lines] == ["قتل 7 أشخاص", "في حلب"]
    assert json.loads(lines[1])["meta"] == {"source": "-:3"}


def test_cli_errors_are_clear():
    proc = run("analyze", "no-such-file.txt")
    assert proc.returncode == 2 and b"no such file: no-such-file.txt" in proc.stderr
    proc = run("analyze", str(SEED), "--reference-date", "yesterday")
    assert proc.returncode == 2 and b"--reference-date must be an ISO date" in proc.stderr
