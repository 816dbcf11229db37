"""Build the PyInstaller bundle once per session and run `Biaozhu --self-test` in it.

Marked `packaging` (slow: about a minute on two cores); CI runs it with the rest.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.test_selftest_source import assert_all_ok, run_self_test

ROOT = Path(__file__).resolve().parents[2]
MAX_BYTES = 180_000_000  # 180 MB

pytestmark = pytest.mark.packaging


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/Biaozhu built by packaging/build.py into a temporary folder."""
    base = tmp_path_factory.mktemp("bundle")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--quiet",
         "--dist", str(base / "dist"), "--work", str(base / "build")],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "MB" in result.stdout  # build.py reports the size
    return base / "dist" / "Biaozhu"


def executable(bundle: Path) -> Path:
    return bundle / ("Biaozhu.exe" if sys.platform == "win32" else "Biaozhu")


def test_self_test_passes_in_the_bundle(bundle: Path, tmp_path: Path) -> None:
    result = run_self_test([str(executable(bundle)), "--self-test"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(bundle, " in result.stdout.splitlines()[0]
    assert_all_ok(result.stdout)
    # resources come from inside the bundle (paths.py's sys._MEIPASS branch), not the checkout
    line = next(x for x in result.stdout.splitlines() if x.startswith("ok   resources: "))
    assert str(bundle) in line and str(ROOT / "resources") not in line
    assert (tmp_path / "cache" / "jieba.cache").is_file()
    assert (tmp_path / "data" / "logs" / "biaozhu.log").is_file()
    # the figures the workflow's budgets read (packaging/check_bundle.py)
    from check_bundle import budget_problems, folder_bytes, read_figures

    figures = read_figures(result.stdout)
    assert figures.start_ms is not None and figures.size_mb is not None
    # the size budget exactly; the time budget (1.5 s, enforced by the workflow on its runners)
    # with room for a busy two-core machine here: 3x catches a real regression, not the load
    assert budget_problems(figures, folder_bytes(bundle) / 1e6, 180, 4.5) == []


@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace (Linux)")
def test_bundle_opens_no_network_socket(bundle: Path, tmp_path: Path) -> None:
    """The frozen program ignores PYTHONPATH, so the kernel is asked: every socket() and
    connect() of the self-test's processes (command line, three app starts) is traced."""
    trace = tmp_path / "trace.txt"
    cmd = ["strace", "-f", "-qq", "-e", "trace=socket,connect,sendto", "-e", "signal=none",
           "-o", str(trace), str(executable(bundle)), "--self-test"]
    result = run_self_test(cmd, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    calls = trace.read_text(encoding="utf-8", errors="replace").splitlines()
    internet = [c for c in calls if "AF_INET" in c or "sin_port" in c or "sin6_" in c]
    assert internet == []
    # the trace can see sockets: the same tracer on a program that makes one
    control = tmp_path / "control.txt"
    subprocess.run(["strace", "-f", "-qq", "-e", "trace=socket", "-o", str(control), sys.executable,
                    "-c", "import socket; socket.socket(socket.AF_INET6).close()"], check=True,
                   timeout=60)
    assert "AF_INET6" in control.read_text(encoding="utf-8")


def test_bundle_runs_the_command_line(bundle: Path, tmp_path: Path) -> None:
    env = {**os.environ, "BIAOZHU_DATA_DIR": str(tmp_path / "data")}
    demo = tmp_path / "demo.biaozhu"
    for args in (["demo", str(demo)], ["segments", str(demo), "--json"]):
        result = subprocess.run([str(executable(bundle)), *args], capture_output=True, text=True,
                                encoding="utf-8", env=env, timeout=120)
        assert result.returncode == 0, result.stderr
    assert '"text": "城乡居民收入分别达到6.4万元和3.98万元' in result.stdout


def test_bundle_carries_what_it_needs_and_not_more(bundle: Path) -> None:
    files = [p.relative_to(bundle).as_posix() for p in bundle.rglob("*")]
    assert not [f for f in files if "lac_small" in f]
    assert any(f.endswith("jieba/dict.txt") for f in files)
    for needed in ("resources/codebook.json", "resources/jieba_userdict.txt",
                   "seeds/manifest.json"):
        assert any(f.endswith(needed) for f in files), needed
    qt_qm = sorted(Path(f).name for f in files if "/Qt/translations/" in f and f.endswith(".qm"))
    assert set(qt_qm) <= {"qtbase_zh_CN.qm", "qtbase_en.qm"}
    for unused in ("Qt6Quick", "Qt6Qml", "Qt6Network", "Qt6WebEngine", "Qt6Pdf", "tkinter"):
        assert not [f for f in files if unused in Path(f).name], unused
    assert not [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]


def test_bundle_size(bundle: Path) -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    from build import folder_size

    size = folder_size(bundle)
    assert size <= MAX_BYTES, f"{size / 1e6:.1f} MB"
