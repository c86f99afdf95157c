"""The HTML view in a real browser: headless Chromium renders it, we check the DOM and a screenshot."""

import shutil
import subprocess
from pathlib import Path

import pytest

import arabnews
from arabnews import DateSpan, EntitySpan, GroupSpan, NumberSpan

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium not installed (.ci/run installs Debian's "
                                                          "chromium package; it could not here)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars"]


def chromium(tmp_path, *args):
    profile = tmp_path / "profile"
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True,
                          timeout=120)


def sample_doc():
    text = "قال الرئيس محمد سعيد إن لواء القدس خسر 46 مقاتلا في حلب في أيار عام 2016."
    doc = arabnews.Pipeline([])(text)

    def at(s):
        i = text.index(s)
        return i, i + len(s), s

    doc.entities += [EntitySpan(*at("محمد سعيد"), "PER"), EntitySpan(*at("حلب"), "LOC")]
    doc.groups.append(GroupSpan(*at("لواء القدس"), "liwa-al-quds", "Liwa al-Quds", "militia"))
    doc.numbers.append(NumberSpan(*at("46"), "cardinal", 46))
    doc.dates.append(DateSpan(*at("أيار عام 2016"), "DATE", "2016-05"))
    return doc


def test_dom_and_screenshot(tmp_path):
    page = tmp_path / "doc.html"
    page.write_text(arabnews.render(sample_doc(), standalone=True), encoding="utf-8")
    dom = chromium(tmp_path, "--dump-dom", page.as_uri())
    assert dom.returncode == 0, dom.stderr.decode(errors="replace")[-2000:]
    html = dom.stdout.decode("utf-8")
    assert 'dir="rtl"' in html
    for layer, title in [("entities", "entity: PER"), ("groups", "group: liwa-al-quds (Liwa al-Quds)"),
                         ("numbers", "number: 46"), ("dates", "date: 2016-05 [DATE]")]:
        assert f'data-layer="{layer}" title="{title}"' in html
    shot = tmp_path / "doc.png"
    proc = chromium(tmp_path, f"--screenshot={shot}", "--window-size=900,260", page.as_uri())
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000


def make_docs_screenshot():  # pragma: no cover - run by hand to refresh docs/render.png
    import tempfile

    docs = Path(__file__).resolve().parents[1] / "docs"
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "doc.html"
        page.write_text(arabnews.render(sample_doc(), standalone=True), encoding="utf-8")
        chromium(Path(tmp), f"--screenshot={docs / 'render.png'}", "--window-size=900,200", page.as_uri())
