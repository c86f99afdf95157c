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


def test_python_dash_m_arabnews_is_the_same_command():
    proc = subprocess.run([sys.executable, "-m", "arabnews", "analyze", "--format", "jsonl", "--lines", "-"],
                          input="قتل 7 أشخاص في حلب\n".encode(), capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(proc.stdout.decode("utf-8"))
    assert data["text"] == "قتل 7 أشخاص في حلب"
    assert [(n["text"], n["value"]) for n in data["numbers"]] == [("7", 7)]


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


def test_cli_folder_and_jsonl_to_csv(tmp_path):
    (tmp_path / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        '{"text": "قتل 7 أشخاص في حلب", "id": "x1", "reference_date": "2020-01-01"}\n\n', encoding="utf-8")
    proc = run("analyze", str(tmp_path), "--format", "csv", "--no-progress")
    assert proc.returncode == 0, proc.stderr.decode()
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode("utf-8"))))
    for row in rows:
        assert row["layer"] in {"entities", "dates", "numbers", "groups", "quotes", "events", "relations"}
        assert row["source"].endswith(("a.txt", "b.jsonl:1"))
    summary = proc.stderr.decode().strip().splitlines()[-1]
    assert summary.startswith("arabnews: 2 documents, entities ") and summary.endswith(" s")


def test_cli_conll_with_two_processes(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"قصف حلب {i}. ثم عاد", encoding="utf-8")
    proc = run("analyze", str(tmp_path), "--format", "conll", "--n-process", "2", "--quiet")
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode("utf-8")
    assert out.count("# source = ") == 3
    assert "قصف\t" in out and "\n\n" in out
    assert proc.stderr == b""


def test_cli_bad_jsonl_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    proc = run("analyze", str(bad))
    assert proc.returncode != 0 and b'bad.jsonl:1: expected a JSON object with a "text" field' in proc.stderr
