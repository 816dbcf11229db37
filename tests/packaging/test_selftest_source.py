"""`python -m desktop_app --self-test` from the checkout (fast; not marked `packaging`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop_app import selftest

ROOT = Path(__file__).resolve().parents[2]


# Loaded by every Python process that has this folder on PYTHONPATH (the self-test's own
# command-line and GUI processes inherit it): any Internet socket is recorded and refused.
NO_NETWORK = """
import os, socket

_log = os.environ["BIAOZHU_SOCKET_LOG"]
_LOCAL = (getattr(socket, "AF_UNIX", None),)


def _record(what):
    with open(_log, "a", encoding="utf-8") as f:
        f.write(f"{os.getpid()} {what}\\n")


class _GuardedSocket(socket.socket):
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None and family not in _LOCAL:
            _record(f"socket family={family}")
            raise OSError("Biaozhu must not open network sockets")
        super().__init__(family, type, proto, fileno)


def _refuse(name):
    def refused(*args, **kwargs):
        _record(f"{name}{args[:1]}")
        raise OSError("Biaozhu must not use the network")
    return refused


socket.socket = _GuardedSocket
socket.create_connection = _refuse("create_connection")
socket.getaddrinfo = _refuse("getaddrinfo")
"""


def no_network_env(tmp_path: Path) -> dict[str, str]:
    guard = tmp_path / "guard"
    guard.mkdir(exist_ok=True)
    (guard / "sitecustomize.py").write_text(NO_NETWORK, encoding="utf-8")
    path = os.pathsep.join(p for p in (str(guard), os.environ.get("PYTHONPATH", "")) if p)
    return {"PYTHONPATH": path, "BIAOZHU_SOCKET_LOG": str(tmp_path / "sockets.log")}


def run_self_test(cmd: list[str], tmp_path: Path,
                  extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "BIAOZHU_DATA_DIR": str(tmp_path / "data"), "BIAOZHU_CACHE_DIR": str(tmp_path / "cache"),
           **(extra or {})}
    return subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", env=env,
                          cwd=tmp_path, timeout=300)


def assert_all_ok(out: str) -> None:
    lines = out.splitlines()
    for step in selftest.STEPS:
        assert any(line.startswith(f"ok   {step}: ") for line in lines), (step, out)
    assert not any(line.startswith("FAIL") for line in lines), out
    assert lines[-1].startswith("all steps ok"), out


def test_the_socket_guard_notices_a_socket(tmp_path: Path) -> None:
    """The guard below can fail: a process that opens an Internet socket is recorded."""
    env = {**os.environ, **no_network_env(tmp_path)}
    code = "import socket\ntry:\n    socket.socket(socket.AF_INET6)\nexcept OSError:\n    pass"
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)
    assert "socket family=" in (tmp_path / "sockets.log").read_text(encoding="utf-8")


def test_self_test_from_checkout(tmp_path: Path) -> None:
    """Every step (the command line and three starts of the app among them) with Internet
    sockets refused in each Python process: the app uses no network, at start or after."""
    result = run_self_test([sys.executable, "-m", "desktop_app", "--self-test"], tmp_path,
                           extra=no_network_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert not (tmp_path / "sockets.log").exists(), (tmp_path / "sockets.log").read_text()
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
