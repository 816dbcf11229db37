"""Start-up: QApplication, translations, the project to open, the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def app_icon():
    from PySide6.QtGui import QIcon

    from desktop_app.core.paths import resource

    icon = QIcon()
    for name in ("biaozhu.svg", "biaozhu.png"):
        p = resource("icons", name)
        if p.exists():
            icon.addFile(str(p))
    return icon


def start_project(window, project: str | None) -> None:
    """Open the given project, else the last one, else the demo (first run)."""
    from desktop_app.core.ingest.demo import ensure_demo
    from desktop_app.gui import settings

    last = settings.get("last_project")
    candidates = [project] if project else []
    if not project and last and Path(str(last)).exists():
        candidates.append(str(last))
    if project is None:
        candidates.append(str(ensure_demo()))
    for path in candidates:
        if window.files.open_project(path):
            return


def create_window(project: str | None = None):
    """The main window on a project, ready to show (tests and benchmarks use this)."""
    from desktop_app.gui import i18n, settings
    from desktop_app.gui.window.main_window import MainWindow

    language = str(settings.get("language", "") or i18n.system_language())
    i18n.install(language)
    window = MainWindow(language=language)
    start_project(window, project)
    return window


def _log_qt_messages() -> None:
    """Qt's own warnings go to the log file too (the windowed bundle has no console)."""
    from PySide6.QtCore import qInstallMessageHandler

    from desktop_app.logs import log_qt_message

    qInstallMessageHandler(lambda mode, ctx, msg: log_qt_message(mode.name, ctx.file, msg))


def run(project: str | None = None, argv: Sequence[str] | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui import settings

    _log_qt_messages()
    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName("Biaozhu")
    app.setOrganizationName("Biaozhu")
    app.setWindowIcon(app_icon())
    window = create_window(project)
    window.show()
    if settings.coder_name() is None:  # asked once, after the window is up; never when scripted
        def ask() -> None:
            window.ask_coder()
            if settings.coder_name() is None:  # cancelled: keep the default, do not ask again
                window.set_coder(window.coder)

        QTimer.singleShot(0, ask)
    return app.exec()
