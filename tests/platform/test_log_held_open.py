"""The log file when another process holds it (Windows refuses to rename an open file).

Two Biaozhu processes share one log (the self-test starts the command line and the app
beside itself; a user may open two windows). On Windows the rotation's rename then raises
PermissionError: no record may be lost, nothing may be raised, and in the windowed program
(no stderr, replaced by the log itself) logging's own error report must not loop.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path

import pytest

from desktop_app import logs


@pytest.fixture
def log_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("BIAOZHU_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(logs, "_previous_hooks", None)
    monkeypatch.setattr(logs, "_handler", None)
    path = logs.setup()
    monkeypatch.setattr(logs._handler, "maxBytes", 2000)
    yield path
    logging.getLogger().removeHandler(logs._handler)
    logs._handler.close()


def hold(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """os.rename refuses to move `path` (as Windows does while another process has it open)."""
    refused: list[str] = []
    real = os.rename

    def rename(src, dst) -> None:
        if Path(src) == path:
            refused.append(str(dst))
            raise PermissionError(13, "The process cannot access the file because it is being "
                                      "used by another process", str(src))
        real(src, dst)

    monkeypatch.setattr(os, "rename", rename)
    return refused


def write_lines(n: int, start: int = 0) -> None:
    for i in range(start, start + n):
        logging.getLogger("biaozhu.test").info("line %03d %s", i, "政策" * 20)


def test_a_held_log_keeps_every_record(log_path: Path, monkeypatch, capsys) -> None:
    refused = hold(monkeypatch, log_path)
    write_lines(200)
    logs._handler.flush()
    text = log_path.read_text(encoding="utf-8")
    assert all(f"line {i:03d} " in text for i in range(200))
    assert len(refused) == 1  # tried once, then left alone for a while
    assert not (log_path.parent / "biaozhu.log.1").exists()
    assert "Logging error" not in capsys.readouterr().err


def test_rotation_resumes_when_the_file_is_let_go(log_path: Path, monkeypatch) -> None:
    real_rename = os.rename
    refused = hold(monkeypatch, log_path)
    write_lines(50)
    assert refused
    monkeypatch.setattr(os, "rename", real_rename)  # the other process closed it
    monkeypatch.setattr(logs, "RETRY_ROTATION_AFTER", 0.0)
    write_lines(50, start=50)
    logs._handler.flush()
    assert (log_path.parent / "biaozhu.log.1").exists()
    assert "line 099" in log_path.read_text(encoding="utf-8")


def test_windowed_program_error_report_does_not_loop(log_path: Path, monkeypatch) -> None:
    """No stderr: it is the log itself. A handler that fails makes logging report the error to
    sys.stderr, which logs it, which fails again ...: the stream drops the nested report."""
    monkeypatch.setattr(logs._handler, "maxBytes", 10**6)
    monkeypatch.setattr(sys, "stderr", logs._LogStream(logging.WARNING))

    class Broken(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            try:
                raise OSError("disk full")
            except OSError:
                self.handleError(record)

    broken = Broken()
    logging.getLogger().addHandler(broken)
    try:
        logging.getLogger("biaozhu.test").warning("exported 导出")
    finally:
        logging.getLogger().removeHandler(broken)
    logs._handler.flush()
    text = "".join(p.read_text(encoding="utf-8") for p in log_path.parent.glob("biaozhu.log*"))
    assert "exported 导出" in text
    assert text.count("--- Logging error ---") == 1  # reported once, into the log
    assert text.count("OSError: disk full") == 1
