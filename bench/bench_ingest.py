"""Issue 10 figures: import 1,000 generated 3-page PDFs (time, peak memory), a 300-page PDF,
a 5 MB web page, PDF extraction against pdftotext (when poppler is installed), and the
web-page main-text extractor against trafilatura (when it is installed).

The PDFs are made once with reportlab (a test dependency) from the seed texts and kept in
the system temp folder (biaozhu-bench-pdfs-*), so a second run does not pay for them. They
embed a TrueType Chinese font when the machine has one (as real PDFs do); without one they
use reportlab's built-in STSong-Light, which PDFium must substitute on every page (slower).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

N_FILES = 1000
BIG_PAGES = 300
_VERSION = 1


def _font() -> str:
    from tests.ingest.pdf_maker import FONT, embedded_font

    return embedded_font() or FONT


def _paragraphs() -> list[str]:
    from tests.ingest.conftest import seed_paragraphs

    return seed_paragraphs(n=60) + seed_paragraphs("002_293c53b2b8ac09bd.txt", n=120)


def _make_one(args: tuple[Path, int, int]) -> None:
    from tests.ingest.pdf_maker import make_pdf

    path, i, n_paras = args
    paras = _paragraphs()
    make_pdf(path, [f"第{i}号文件。{paras[(i + k) % len(paras)]}" for k in range(n_paras)],
             header=f"湖州日报 2021年6月{i % 28 + 1}日 第{i % 8 + 1}版", font=_font())


def _corpus(n: int) -> tuple[Path, list[Path], Path]:
    font = _font()
    folder = Path(tempfile.gettempdir()) / f"biaozhu-bench-pdfs-v{_VERSION}-{font}"
    folder.mkdir(exist_ok=True)
    files = [folder / "many" / f"{i:04d}.pdf" for i in range(n)]
    big = folder / "big-300-pages.pdf"
    (folder / "many").mkdir(exist_ok=True)
    todo = [(f, i, 30) for i, f in enumerate(files) if not f.is_file()]
    if not big.is_file():
        todo.append((big, 99_999, 30 * BIG_PAGES // 3))
    if todo:
        t = time.perf_counter()
        with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            list(pool.map(_make_one, todo, chunksize=20))
        print(f"  (made {len(todo)} PDFs with {font} in {time.perf_counter() - t:.0f} s, kept in {folder})",
              flush=True)
    return folder, files, big


_MEASURE = """
import json, resource, sys, time
from pathlib import Path
from desktop_app.core.ingest.importer import import_files
from desktop_app.core.project import create_project
folder, project_path = Path(sys.argv[1]), Path(sys.argv[2])
with create_project(project_path, coder="bench") as project:
    t = time.perf_counter()
    results = import_files(project, [folder])
    seconds = time.perf_counter() - t
    docs = len(project.documents())
hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM")]
print(json.dumps({"seconds": seconds, "docs": docs,
                  "imported": sum(r.status == "imported" for r in results),
                  "hwm_kb": int(hwm[0].split()[1]) if hwm else 0,
                  "worker_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def _import_many(folder: Path, tmp: Path) -> dict:
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", _MEASURE, str(folder), str(tmp / "many.biaozhu")],
                         capture_output=True, text=True, cwd=root, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _pdftotext_ratio(files: list[Path]) -> float | None:
    """Our extraction time over pdftotext's on the same files (None: no pdftotext)."""
    exe = shutil.which("pdftotext")
    if exe is None:
        return None
    from desktop_app.core.ingest.reader import read_file

    read_file(files[0])
    t = time.perf_counter()
    for f in files:
        read_file(f)
    ours = time.perf_counter() - t
    t = time.perf_counter()
    for f in files:
        subprocess.run([exe, "-q", "-enc", "UTF-8", str(f), "-"], capture_output=True, check=True)
    theirs = time.perf_counter() - t
    return ours / theirs


def _web_page(tmp: Path) -> Path:
    from tests.ingest.pages import ARTICLE, gov_page

    html = gov_page()
    body = "".join(f"<p>　　第{i}段。{ARTICLE[(i % 6) + 2]}</p>\n" for i in range(40_000))
    html = html.replace("  </div>\n  <div class=\"share\">", body + "  </div>\n  <div class=\"share\">")
    path = tmp / "big.html"
    data = html.encode("gb18030")
    while len(data) < 5 * 2**20:
        html = html.replace("</p>\n", "</p>\n<p>　　补充段落，推进城乡融合发展。</p>\n", 2000)
        data = html.encode("gb18030")
    path.write_bytes(data)
    return path


def _extractors() -> list:
    """(label, value, target) of own rules vs trafilatura on the test pages, if installed."""
    try:
        import trafilatura
    except ImportError:
        return []
    from desktop_app.core.ingest.read_html import read_html
    from tests.ingest.pages import ARTICLE, BOILERPLATE, gov_page, table_page

    out = []
    for name, page in (("portal page", gov_page()), ("table-layout page", table_page())):
        data = page.encode("gb18030")
        for who, text in (("own rules", read_html(data, "x.html").text),
                          ("trafilatura", trafilatura.extract(data) or "")):
            found = sum(1 for a in ARTICLE if a in text)
            junk = sum(1 for b in BOILERPLATE if b in text)
            out.append((f"{name}, {who}: article lines found (of {len(ARTICLE)})", (found, "lines"), None))
            out.append((f"{name}, {who}: boilerplate phrases kept", (junk, "phrases"), None))
    return out


def run(tmp: Path) -> list:
    from desktop_app.core.ingest.reader import read_file

    folder, files, big = _corpus(N_FILES)
    many = _import_many(folder / "many", tmp)
    results = [
        (f"import {many['imported']:,} 3-page PDFs (folder, {os.cpu_count()} cores)", (many["seconds"], "s"), 60),
        ("  peak memory of the importing process (VmHWM)", (many["hwm_kb"] / 1024, "MB"), 500),
        ("  peak memory of the largest reading worker", (many["worker_kb"] / 1024, "MB"), 500),
    ]
    t = time.perf_counter()
    got = read_file(big)
    results.append((f"read a {BIG_PAGES}-page PDF ({len(got.text):,} characters)", (time.perf_counter() - t, "s"), None))
    page = _web_page(tmp)
    t = time.perf_counter()
    got = read_file(page)
    results.append((f"read a {page.stat().st_size / 2**20:.1f} MB web page ({len(got.text):,} characters)",
                    (time.perf_counter() - t, "s"), None))
    ratio = _pdftotext_ratio(files[:100])
    if ratio is None:
        print("  (pdftotext not installed: the comparison with poppler is left out)")
    else:
        results.append(("PDF extraction time / pdftotext's (100 files; <1 = faster)", (ratio, "x"), None))
    big_ratio = _pdftotext_ratio([big])
    if big_ratio is not None:
        results.append((f"  the same on the {BIG_PAGES}-page PDF", (big_ratio, "x"), None))
    return results + _extractors()
