"""The log file in the data folder, rotation, and uncaught exceptions (windowed bundle)."""

from __future__ import annotations

import logging
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
    path = logs.setup()
    yield path
    logging.getLogger().removeHandler(logs._handler)
    logs._handler.close()
    monkeypatch.setattr(logs, "_handler", None)


def read(path: Path) -> str:
    logs._handler.flush()
    return path.read_text(encoding="utf-8")


def test_logs_go_to_the_data_folder(log_path: Path, tmp_path: Path) -> None:
    assert log_path == tmp_path / "data" / "logs" / "biaozhu.log"
    logging.getLogger("biaozhu.test").warning("导出完成 %d", 3)
    assert "WARNING biaozhu.test [MainThread] 导出完成 3" in read(log_path)


def test_setup_twice_keeps_one_handler(log_path: Path) -> None:
    assert logs.setup() == log_path
    logging.getLogger("biaozhu").info("once")
    assert read(log_path).count("once") == 1


def test_uncaught_exception_is_logged(log_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", None)  # windowed: no console
    try:
        raise ValueError("bad passage 12-3")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    text = read(log_path)
    assert "CRITICAL biaozhu [MainThread] uncaught exception" in text
    assert "ValueError: bad passage 12-3" in text


def test_uncaught_exception_in_a_thread_is_logged(log_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", None)

    def work() -> None:
        raise KeyError("jieba")

    t = threading.Thread(target=work, name="export-worker")
    t.start()
    t.join()
    text = read(log_path)
    assert "uncaught exception in thread export-worker" in text
    assert "KeyError: 'jieba'" in text


def test_missing_stderr_is_replaced_by_the_log(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setenv("BIAOZHU_DATA_DIR", str(tmp_path / "data2"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(logs, "_previous_hooks", None)
    path = logs.setup()
    try:
        print("Qt says hello", file=sys.stderr)
        assert "WARNING biaozhu.stream [MainThread] Qt says hello" in read(path)
    finally:
        logging.getLogger().removeHandler(logs._handler)
        logs._handler.close()
        monkeypatch.setattr(logs, "_handler", None)


def test_log_rotates(log_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs._handler, "maxBytes", 2000)
    for i in range(100):
        logging.getLogger("biaozhu").info("line %03d %s", i, "x" * 50)
    logs._handler.flush()
    files = sorted(p.name for p in log_path.parent.iterdir())
    assert files == ["biaozhu.log", "biaozhu.log.1", "biaozhu.log.2", "biaozhu.log.3"]
    assert "line 099" in log_path.read_text(encoding="utf-8")


def test_unwritable_data_folder_does_not_stop_the_app(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("BIAOZHU_DATA_DIR", str(blocker / "data"))
    monkeypatch.setattr(logs, "_handler", None)
    assert logs.setup() is None
