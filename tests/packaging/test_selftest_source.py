"""`python -m desktop_app --self-test` from the checkout (fast; not marked `packaging`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop_app import selftest

ROOT = Path(__file__).resolve().parents[2]


def run_self_test(cmd: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "BIAOZHU_DATA_DIR": str(tmp_path / "data"), "BIAOZHU_CACHE_DIR": str(tmp_path / "cache")}
    return subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", env=env,
                          cwd=tmp_path, timeout=300)


def assert_all_ok(out: str) -> None:
    lines = out.splitlines()
    for step in selftest.STEPS:
        assert any(line.startswith(f"ok   {step}: ") for line in lines), (step, out)
    assert not any(line.startswith("FAIL") for line in lines), out
    assert lines[-1].startswith("all steps ok"), out


def test_self_test_from_checkout(tmp_path: Path) -> None:
    result = run_self_test([sys.executable, "-m", "desktop_app", "--self-test"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(source, " in result.stdout.splitlines()[0]
    assert_all_ok(result.stdout)
    # found the checkout's resources, kept jieba's cache in the app's cache folder
    assert f"resources in {ROOT / 'resources'}" in result.stdout
    assert (tmp_path / "cache" / "jieba.cache").is_file()
    # the user's data folder got the log, not the temporary project
    assert (tmp_path / "data" / "logs" / "biaozhu.log").is_file()
    assert not (tmp_path / "data" / "demo.biaozhu").exists()


def test_a_failing_step_gives_exit_1(monkeypatch, capsys) -> None:
    def broken(ctx: selftest.Context) -> str:
        raise RuntimeError("no dictionary")

    monkeypatch.setitem(selftest.STEP_FUNCTIONS, "segment with jieba", broken)
    monkeypatch.setitem(selftest.STEP_FUNCTIONS, "main window", lambda ctx: "skipped here")
    assert selftest.run() == 1
    out = capsys.readouterr().out
    assert "FAIL segment with jieba: RuntimeError: no dictionary" in out
    assert "ok   export Excel: " in out  # the other steps still ran
    assert f"1 of {len(selftest.STEPS)} steps FAILED" in out


def test_self_test_restores_the_environment(monkeypatch, capsys) -> None:
    for name in selftest.STEPS:
        monkeypatch.setitem(selftest.STEP_FUNCTIONS, name, lambda ctx: "fine")
    before = dict(os.environ)
    assert selftest.run() == 0
    assert dict(os.environ) == before
