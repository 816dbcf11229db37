"""`biaozhu --self-test` (and `Biaozhu --self-test` in the bundle): does this installation work?

In a temporary folder and offscreen: find the resources, build the demo project, code a
passage, segment it with jieba, export Excel and read it back, export REFI-QDA and read it
back (defusedxml refusing a DTD), open the main window, time the app from its start to its
window, and (in a bundle) measure the bundle. Each step prints ``ok`` or ``FAIL`` with a
detail; the exit code is 0 only if every step held.
The user's own settings and projects are not touched (the data folder is the temporary
one); jieba's cache stays in the user's cache folder, where the app keeps it.
With BIAOZHU_SELFTEST_REPORT=FILE the lines go to FILE too (a windowed program on Windows
may have no stdout); packaging/check_bundle.py reads the figures from there.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

STEPS = ("resources", "demo project", "command line", "code a passage", "segment with jieba",
         "export Excel", "REFI-QDA exchange", "read PDF and web page", "reports", "main window",
         "start to window", "bundle size")
STARTUP_RUNS = 3
STARTUP_TIMEOUT = 120.0  # seconds for one start (a cold first start of a bundle is slow)
REPORT = "BIAOZHU_SELFTEST_REPORT"
TERM = "共同富裕"  # in resources/jieba_userdict.txt and in the first seed document


@dataclass
class Context:
    """What the steps hand to each other."""

    folder: Path
    project_path: Path = field(init=False)
    doc_id: int = 0
    coding_id: int = 0
    start: int = 0
    end: int = 0
    passage: str = ""

    def __post_init__(self) -> None:
        self.project_path = self.folder / "selftest.biaozhu"


class StepFailed(Exception):
    pass


def check(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailed(message)


def step_resources(ctx: Context) -> str:
    from desktop_app.core import paths

    res, seeds = paths.resources_dir(), paths.seeds_dir()
    for name in ("codebook.json", "jieba_userdict.txt"):
        check(paths.resource(name).is_file(), f"{name} missing in {res}")
    check((seeds / "manifest.json").is_file(), f"manifest.json missing in {seeds}")
    return f"resources in {res}"


def own_command() -> list[str]:
    """How to start this installation again: the bundle's program, or the checkout's module."""
    return [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "desktop_app"]


def bundle_folder() -> Path | None:
    """The folder a user unpacks (dist/Biaozhu, or Biaozhu.app on macOS); None from source."""
    if not getattr(sys, "frozen", False):
        return None
    exe = Path(sys.executable).resolve()
    if exe.parent.name == "MacOS" and exe.parent.parent.name == "Contents":
        return exe.parent.parent.parent
    return exe.parent


def step_cli(ctx: Context) -> str:
    """The command line as a user runs it: a separate process on the demo project."""
    import json
    import subprocess

    me = own_command()
    done = subprocess.run([*me, "codes", str(ctx.project_path), "--json"], capture_output=True,
                          text=True, encoding="utf-8", timeout=120, env=dict(os.environ))
    check(done.returncode == 0, f"biaozhu codes exited {done.returncode}: {done.stderr.strip()}")
    codes = json.loads(done.stdout)
    check(len(codes) >= 4, f"biaozhu codes listed {len(codes)} codes")
    return f"biaozhu codes: {len(codes)} codes"


def step_demo(ctx: Context) -> str:
    from desktop_app.core.ingest.demo import build_demo, manifest

    with build_demo(ctx.project_path) as project:
        docs, segs = project.documents(), project.segments()
    expected = len(manifest()["documents"])
    check(len(docs) == expected, f"{len(docs)} documents, expected {expected}")
    check(len(segs) > 0, "no example codings")
    return f"{len(docs)} documents, {len(segs)} codings"


def step_code(ctx: Context) -> str:
    from desktop_app.core.project import open_project

    with open_project(ctx.project_path, coder="selftest") as project:
        doc = next(d for d in project.documents() if TERM in project.document_text(d["id"]))
        text = project.document_text(doc["id"])
        i = text.index(TERM)
        start = max(text.rfind("。", 0, i), text.rfind("\n", 0, i)) + 1
        end = min(j for j in (text.find("。", i) + 1, text.find("\n", i), len(text)) if j > i)
        code = project.codes()[0]["name"]
        coding_id = project.add_coding(doc["id"], code, start, end, memo="self-test")
        seg = next(s for s in project.segments() if s["id"] == coding_id)
    check(seg["text"] == text[start:end], "stored passage differs from text[start:end]")
    ctx.doc_id, ctx.coding_id, ctx.start, ctx.end, ctx.passage = (
        doc["id"], coding_id, start, end, text[start:end])
    return f"coding {coding_id}: {code} [{start}:{end}] {ctx.passage[:16]}…"


def step_segment(ctx: Context) -> str:
    from desktop_app.core.paths import cache_dir
    from desktop_app.core.text import segmentation

    sentence = ctx.passage
    tokens = segmentation.segmenter().tokens(sentence)
    check("".join(t.word for t in tokens) == sentence, "tokens do not cover the sentence")
    check(all(a.end == b.start for a, b in zip(tokens, tokens[1:], strict=False)),
          "tokens are not contiguous")
    check(all(sentence[t.start:t.end] == t.word for t in tokens), "token offsets are wrong")
    check(any(t.word == TERM for t in tokens), f"{TERM} was split: the domain dictionary is missing")
    cache = cache_dir() / "jieba.cache"
    check(cache.is_file(), f"jieba's cache is not in {cache.parent}")
    import regex  # regex search's time limit (issue 14): the bundle must carry the module

    check(regex.search(regex.escape(TERM), sentence, timeout=5.0) is not None,
          "the regex module does not find the domain term")
    return f"{len(tokens)} words: {' / '.join(t.word for t in tokens[:6])} …"


def step_export(ctx: Context) -> str:
    from openpyxl import load_workbook

    from desktop_app.core.interchange.common import label
    from desktop_app.core.interchange.xlsx_export import export_workbook

    out = ctx.folder / "selftest.xlsx"
    export_workbook(ctx.project_path, out, lang="en")
    wb = load_workbook(out, read_only=True)
    try:
        rows = list(wb.worksheets[0].iter_rows(values_only=True))
    finally:
        wb.close()
    header = list(rows[0])
    col = {k: header.index(label(k, "en")) for k in ("coding_id", "start", "end", "passage")}
    row = next((r for r in rows[1:] if r[col["coding_id"]] == ctx.coding_id), None)
    check(row is not None, f"coding {ctx.coding_id} is not in the workbook")
    assert row is not None
    start, end = row[col["start"]], row[col["end"]]
    check((start, end) == (ctx.start, ctx.end), f"offsets {start}-{end} in Excel")
    check(row[col["passage"]] == ctx.passage, "passage in Excel is not text[start:end]")
    return f"{out.name}: {len(rows) - 1} rows, passage equals text[{start}:{end}]"


def step_refi(ctx: Context) -> str:
    """Export .qdpx, read it back (defusedxml in the bundle), merge it, refuse a DTD."""
    from desktop_app.core.interchange.merge import merge
    from desktop_app.core.interchange.refi_common import RefiRefused, parse_xml
    from desktop_app.core.interchange.refi_export import export_qdpx
    from desktop_app.core.interchange.refi_import import read_qdpx
    from desktop_app.core.project import open_project

    out = ctx.folder / "selftest.qdpx"
    export_qdpx(ctx.project_path, out)
    incoming = read_qdpx(out)
    texts = {d.key: d.text for d in incoming.documents}
    found = [c for c in incoming.codings if (c.start, c.end) == (ctx.start, ctx.end)
             and texts[c.document][c.start:c.end] == ctx.passage]
    check(bool(found), f"coding {ctx.start}-{ctx.end} did not come back from {out.name}")
    with open_project(ctx.project_path, coder="selftest") as project:
        report = merge(project, out, dry_run=True)
    check(report.counts["codings"]["added"] == 0, "merging our own export would add codings")
    try:
        parse_xml(b'<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', "dtd.xml")
    except RefiRefused:
        pass
    else:
        check(False, "an XML file with entities was not refused (defusedxml missing?)")
    return f"{out.name}: {len(incoming.codings)} codings back, passage equals text[start:end]"


def step_read(ctx: Context) -> str:
    """pypdfium2 (its PDFium library and Chinese CMaps) and selectolax work here, and the
    import reads in worker processes (a frozen app needs freeze_support for that)."""
    import json

    from desktop_app.core import paths
    from desktop_app.core.ingest.importer import import_files
    from desktop_app.core.ingest.reader import read_file
    from desktop_app.core.project import create_project

    samples = paths.resource("samples")
    expected = json.loads((samples / "selftest.json").read_text(encoding="utf-8"))["pdf_paragraphs"]
    pdf = read_file(samples / "selftest.pdf")
    check(pdf.text.split("\n") == expected, "the two-column PDF did not read back as its paragraphs")
    page = read_file(samples / "selftest.html")
    check(page.encoding == "GB18030" and "城乡融合" in page.text, f"web page read as {page.encoding}")
    check(page.attributes.get("source") == "湖州日报", "the page's source was not found")
    copies = []
    for i in range(2):
        for name in ("selftest.pdf", "selftest.html"):
            target = ctx.folder / f"{i}-{name}"
            target.write_bytes((samples / name).read_bytes())
            copies.append(target)
    with create_project(ctx.folder / "read.biaozhu", coder="selftest") as project:
        results = import_files(project, copies, workers=2)
    statuses = [r.status for r in results]
    check(statuses == ["imported", "imported", "duplicate", "duplicate"], f"worker import: {statuses}")
    return (f"PDF {len(pdf.text)} characters ({'; '.join(map(str, pdf.report))}); "
            f"web page {len(page.text)} characters; 4 files read by 2 worker processes")
def step_reports(ctx: Context) -> str:
    from docx import Document

    from desktop_app.core.interchange.reports import write_report
    from desktop_app.core.interchange.retrieval import retrieve
    from desktop_app.core.project import open_project

    with open_project(ctx.project_path, readonly=True) as p:
        report = retrieve(p)
    sizes = []
    for suffix in (".docx", ".pdf", ".html"):
        out = write_report(report, ctx.folder / f"selftest-report{suffix}", lang="zh")
        sizes.append(f"{out.name} {out.stat().st_size // 1024} KB")
    text = "\n".join(par.text for par in Document(str(ctx.folder / "selftest-report.docx")).paragraphs)
    check(ctx.passage in text, "the passage is not in the .docx report")
    check((ctx.folder / "selftest-report.pdf").read_bytes().startswith(b"%PDF"), "no PDF written")
    return ", ".join(sizes)


def step_window(ctx: Context) -> str:
    from desktop_app.gui.app import create_window, make_application

    app = make_application(sys.argv[:1])
    window = create_window(str(ctx.project_path))
    try:
        window.show()
        app.processEvents()
        check(window.isVisible(), "the main window is not visible")
        session = getattr(window, "session", None)
        check(session is not None, "the main window opened no project")
        n = len(session.project.documents())
        platform = app.platformName()
        font = app.font().family()
        scale = window.devicePixelRatioF()
    finally:
        window.close()
        app.processEvents()
    return (f"{type(window).__name__} on the {platform} platform, {n} documents, "
            f"font {font}, scale {scale:g}")


def time_to_window(cmd: list[str], env: dict[str, str], probe: Path,
                   timeout: float = STARTUP_TIMEOUT) -> float:
    """Seconds from starting `cmd` (the GUI on a project) to its window being shown: the app
    writes `probe` then (gui/app.py, BIAOZHU_STARTUP_PROBE) and quits."""
    import subprocess

    probe.unlink(missing_ok=True)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env={**env, "BIAOZHU_STARTUP_PROBE": str(probe)},
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    try:
        while not probe.exists():
            if proc.poll() is not None:
                err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                raise StepFailed(f"the app exited ({proc.returncode}) before its window: "
                                 f"{err.strip()[-300:]}")
            if time.perf_counter() - t0 > timeout:
                raise StepFailed(f"no window after {timeout:.0f} s")
            time.sleep(0.002)
        return time.perf_counter() - t0
    finally:
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stderr:
            proc.stderr.close()


def step_startup(ctx: Context) -> str:
    """The app as a user starts it, on the self-test's project: process start to window."""
    import statistics

    env = {k: v for k, v in os.environ.items() if k != REPORT}
    cmd = [*own_command(), "gui", str(ctx.project_path)]
    times = [time_to_window(cmd, env, ctx.folder / "window.shown") for _ in range(STARTUP_RUNS)]
    median = statistics.median(times)
    runs = ", ".join(f"{t * 1000:.0f}" for t in times)
    return (f"median {median * 1000:.0f} ms of {len(times)} starts ({runs} ms) "
            f"on the {os.environ.get('QT_QPA_PLATFORM') or 'default'} platform")


def step_size(ctx: Context) -> str:
    folder = bundle_folder()
    if folder is None:
        return "not a bundle (a source checkout: nothing to measure)"
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return f"{total / 1e6:.1f} MB in {folder}"


STEP_FUNCTIONS: dict[str, Callable[[Context], str]] = {
    "resources": step_resources,
    "command line": step_cli,
    "demo project": step_demo,
    "code a passage": step_code,
    "segment with jieba": step_segment,
    "export Excel": step_export,
    "REFI-QDA exchange": step_refi,
    "read PDF and web page": step_read,
    "reports": step_reports,
    "main window": step_window,
    "start to window": step_startup,
    "bundle size": step_size,
}


def _isolated_env(folder: Path) -> dict[str, str | None]:
    """Point the data folder at `folder` and Qt offscreen; returns what to restore."""
    changes = {"BIAOZHU_DATA_DIR": str(folder / "data"), "BIAOZHU_CODER": "selftest"}
    if not os.environ.get("QT_QPA_PLATFORM"):
        changes["QT_QPA_PLATFORM"] = "offscreen"
    saved = {k: os.environ.get(k) for k in changes}
    os.environ.update(changes)
    return saved


def _restore_env(saved: dict[str, str | None]) -> None:
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


class _Tee:
    """Writes to the output and to the report file (BIAOZHU_SELFTEST_REPORT)."""

    def __init__(self, *streams: Any) -> None:
        self.streams = [s for s in streams if s is not None]

    def write(self, text: str) -> int:
        for s in self.streams:
            s.write(text)
        return len(text)

    def flush(self) -> None:
        for s in self.streams:
            s.flush()


def run(out: Any = None) -> int:
    """Run every step, printing one line each; 0 when all held, 1 otherwise."""
    report_path = os.environ.get(REPORT)
    if report_path:
        with open(report_path, "w", encoding="utf-8") as report:
            return _run(_Tee(out or sys.stdout, report))
    return _run(out or sys.stdout)


def _run(out: Any) -> int:
    from desktop_app import __version__

    frozen = "bundle" if getattr(sys, "frozen", False) else "source"
    print(f"Biaozhu {__version__} self-test ({frozen}, Python {sys.version.split()[0]})",
          file=out, flush=True)
    failed = 0
    total = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="biaozhu-selftest-") as tmp:
        saved = _isolated_env(Path(tmp))
        try:
            ctx = Context(Path(tmp))
            for name in STEPS:
                t0 = time.perf_counter()
                try:
                    detail = STEP_FUNCTIONS[name](ctx)
                    status = "ok  "
                except Exception as e:  # noqa: BLE001 - every failure is reported, not raised
                    failed += 1
                    status = "FAIL"
                    detail = f"{type(e).__name__}: {e}"
                    import logging

                    logging.getLogger("biaozhu.selftest").error(
                        "step %s failed\n%s", name, traceback.format_exc())
                ms = (time.perf_counter() - t0) * 1000
                print(f"{status} {name}: {detail} ({ms:.0f} ms)", file=out, flush=True)
        finally:
            _restore_env(saved)
    verdict = "all steps ok" if not failed else f"{failed} of {len(STEPS)} steps FAILED"
    print(f"{verdict} ({time.perf_counter() - total:.1f} s)", file=out, flush=True)
    return 0 if not failed else 1
