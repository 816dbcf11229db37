"""Qt's own warnings reach the log file (the windowed bundle has no console)."""

import logging

from PySide6.QtCore import qInstallMessageHandler, qWarning


def test_qt_warnings_go_to_the_log(qtbot):
    from desktop_app import logs
    from desktop_app.gui.app import _log_qt_messages

    log = logs.setup()
    _log_qt_messages()
    try:
        qWarning("标注 qt warning for the log")
    finally:
        qInstallMessageHandler(None)
    for h in logging.getLogger().handlers:
        h.flush()
    assert "WARNING biaozhu.qt" in log.read_text(encoding="utf-8")
    assert "标注 qt warning for the log" in log.read_text(encoding="utf-8")
