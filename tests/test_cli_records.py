"""The command as people use it on real folders: streaming, the bad-record policy, time limits, JSON
arrays, HTML views, and clear usage errors (run as a subprocess, as a user would)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import SEED

STAGES = Path(__file__).with_name("cli_stages.py")


def run(*args, stdin=None, cwd=None):
    return subprocess.run([sys.executable, "-m", "arabnews.cli", *map(str, args)], input=stdin,
                          capture_output=True, timeout=600, cwd=cwd)


def test_bad_jsonl_line_and_binary_file_are_reported_and_the_rest_analysed(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("قتل 7 أشخاص في حلب", encoding="utf-8")
    (corpus / "b.jsonl").write_text('{"text": "في دمشق أمس", "id": "b1"}\n{"text": 5}\nnot json\n'
                                    '{"text": "وصل 3 آلاف"}\n', encoding="utf-8")
    (corpus / "c.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)) * 4)
    rejects = tmp_path / "rejects.jsonl"
    proc = run("analyze", corpus, "--format", "jsonl", "--rejects", rejects, "--no-progress")
    assert proc.returncode == 1, proc.stderr.decode()
    docs = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert [d["text"] for d in docs] == ["قتل 7 أشخاص في حلب", "في دمشق أمس", "وصل 3 آلاف"]
    assert docs[1]["meta"] == {"id": "b1", "source": f"{corpus / 'b.jsonl'}:1"}
    err = proc.stderr.decode("utf-8")
    assert f'{corpus / "b.jsonl"}:2: expected a JSON object with a "text" field (rejected)' in err
    assert f'{corpus / "b.jsonl"}:3: expected a JSON object with a "text" field (rejected)' in err
    assert f"{corpus / 'c.txt'}: binary file" in err
    assert err.strip().splitlines()[-1].startswith("arabnews: 3 documents, 3 rejected, entities ")
    records = [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()]
    assert [(Path(r["source"]).name, r["kind"]) for r in records] == [
        ("b.jsonl:2", "jsonl"), ("b.jsonl:3", "jsonl"), ("c.txt", "binary")]


def test_undecodable_file_is_rejected_unless_asked(tmp_path):
    arabic = "قصف الطيران مدينة حلب أمس"
    legacy = tmp_path / "cp1256.txt"
    legacy.write_bytes(arabic.encode("cp1256"))
    proc = run("analyze", legacy, "--format", "jsonl", "--no-progress")
    assert proc.returncode == 1 and proc.stdout == b""
    assert b"not valid utf-8 at byte 0 (give --encoding, or --errors replace" in proc.stderr
    proc = run("analyze", legacy, "--format", "jsonl", "--encoding", "cp1256", "--no-progress")
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout)["text"] == arabic
    proc = run("analyze", legacy, "--format", "jsonl", "--errors", "replace", "--no-progress")
    assert proc.returncode == 0 and "\ufffd" in json.loads(proc.stdout)["text"]
    proc = run("analyze", legacy, "--encoding", "no-such-codec")
    assert proc.returncode == 2 and b"usage: arabnews analyze" in proc.stderr
    assert b"unknown encoding 'no-such-codec'" in proc.stderr


def test_on_error_fail_stops_at_the_first_bad_record(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": "قتل 7"}\n{"txt": "x"}\n{"text": "في حلب"}\n', encoding="utf-8")
    proc = run("analyze", tmp_path / "a.jsonl", "--format", "jsonl", "--on-error", "fail", "--no-progress")
    assert proc.returncode == 1
    assert [json.loads(x)["text"] for x in proc.stdout.decode().splitlines()] == ["قتل 7"]
    assert b"stopped at the first rejected record (--on-error fail)" in proc.stderr


def test_a_failing_stage_and_a_slow_document_are_rejected_and_the_rest_analysed(tmp_path):
    src = tmp_path / "in.jsonl"
    lines = [{"text": "قتل 7 أشخاص"}, {"text": "نص فيه كلمة_تفجر"}, {"text": "نص فيه كلمة_تبطئ"},
             {"text": "في حلب 3 جرحى"}]
    src.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    proc = run("analyze", src, "--code", STAGES, "--stages", "numbers,fragile", "--timeout", "1",
               "--format", "jsonl", "--no-progress")
    assert proc.returncode == 1, proc.stderr.decode()
    assert [json.loads(x)["text"] for x in proc.stdout.decode().splitlines()] == ["قتل 7 أشخاص", "في حلب 3 جرحى"]
    err = proc.stderr.decode()
    assert f"{src}:2: RuntimeError in stage 'fragile': a stage broke on this document (rejected)" in err
    assert (f"{src}:3: DocumentTimeout in stage 'fragile': the document took longer than the time limit of 1 s "
            "(rejected)") in err
    assert "2 documents, 2 rejected" in err


def test_json_format_writes_one_object_or_one_array(tmp_path):
    one = run("analyze", SEED, "--reference-date", "2020-06-02", "--quiet")
    assert one.returncode == 0 and isinstance(json.loads(one.stdout), dict)
    (tmp_path / "a.txt").write_text("قتل 7 أشخاص", encoding="utf-8")
    (tmp_path / "b.txt").write_text("في حلب أمس", encoding="utf-8")
    (tmp_path / "c.txt").write_text("وصل 3 آلاف", encoding="utf-8")
    many = run("analyze", tmp_path, "--quiet")
    assert many.returncode == 0
    data = json.loads(many.stdout)
    assert isinstance(data, list) and [d["text"] for d in data] == ["قتل 7 أشخاص", "في حلب أمس", "وصل 3 آلاف"]


def test_html_format(tmp_path):
    proc = run("analyze", SEED, "--format", "html", "--reference-date", "2020-06-02", "--quiet")
    assert proc.returncode == 0
    page = proc.stdout.decode("utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'data-layer="groups"' in page
    for name, text in (("a.txt", "قتل 7 أشخاص"), ("b.txt", "في حلب أمس")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    proc = run("analyze", tmp_path, "--format", "html", "--quiet")
    assert proc.returncode == 2 and b"--format html with several documents needs -o DIR" in proc.stderr
    out = tmp_path / "views"
    proc = run("analyze", tmp_path / "a.txt", tmp_path / "b.txt", "--format", "html", "-o", out, "--quiet")
    assert proc.returncode == 0, proc.stderr.decode()
    assert sorted(p.name for p in out.iterdir()) == ["a.txt.html", "b.txt.html"]
    assert '>في <mark class="an-entities" data-layer="entities" title="entity: LOC"' in \
        (out / "b.txt.html").read_text(encoding="utf-8")


def test_output_file_and_plural_summary(tmp_path):
    (tmp_path / "a.txt").write_text("قتل 7 أشخاص", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = run("analyze", tmp_path / "a.txt", "--format", "jsonl", "-o", out, "--no-progress")
    assert proc.returncode == 0 and proc.stdout == b""
    assert json.loads(out.read_text(encoding="utf-8"))["text"] == "قتل 7 أشخاص"
    assert proc.stderr.decode().startswith("arabnews: 1 document, entities ")


def test_empty_input_is_an_error(tmp_path):
    (tmp_path / "notes.md").write_text("لا شيء", encoding="utf-8")
    proc = run("analyze", tmp_path)
    assert proc.returncode == 2
    assert f"arabnews: no input documents in {tmp_path}".encode() in proc.stderr


def test_subcommand_errors_print_the_subcommand_usage():
    proc = run("analyze", SEED, "--parts", "footer")
    assert proc.returncode == 2
    assert proc.stderr.decode().startswith("usage: arabnews analyze")
    assert b"--parts must be among title,body,comment, got footer" in proc.stderr
    proc = run("analyze", "--help")
    assert b"exit status: 0 every input was analysed; 1 some records were rejected" in proc.stdout


def _peak_rss_kb(args) -> int:
    code = ("import resource, subprocess, sys; "
            "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE); "
            "assert p.returncode == 0, p.stderr; "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    proc = subprocess.run([sys.executable, "-c", code, sys.executable, "-m", "arabnews.cli", *map(str, args)],
                          capture_output=True, timeout=600)
    assert proc.returncode == 0, proc.stderr.decode()
    return int(proc.stdout)


def test_memory_is_flat_over_ten_thousand_files(tmp_path):
    paragraph = ("قصفت طائرات حربية ثلاث مدن في ريف حلب وقتل عشرات المدنيين بحسب مصادر محلية. " * 20)[:1000]
    many = tmp_path / "many"
    for i in range(100):
        sub = many / f"{i:03d}"
        sub.mkdir(parents=True)
        for j in range(100):
            (sub / f"{j:03d}.txt").write_text(paragraph, encoding="utf-8")
    one = tmp_path / "one.txt"
    one.write_text(paragraph, encoding="utf-8")
    # Only the tokenizer runs ("--stages ''"): what is measured is the command's own memory.
    args = ["analyze", "--stages", "", "--format", "csv", "--no-progress", "--quiet"]
    base = _peak_rss_kb([*args, one])
    peak = _peak_rss_kb([*args, many])
    # 10,000 files of 1,000 characters are 10 million characters: holding them (as the command did
    # before it streamed) added 60 MB; streaming adds about 1 MB.
    assert peak - base < 10_000, (base, peak)
