"""Start-up: QApplication, translations, the project to open, the main window.

Platform details handled here: high-DPI scaling (Qt 6 scales by default; the rounding policy
is set before the application exists), the CJK UI font (gui/fonts.py), and macOS's way of
opening a double-clicked project (a QFileOpenEvent to the application, not an argument).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

STARTUP_PROBE = "BIAOZHU_STARTUP_PROBE"  # a file to write once the window is shown, then quit


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


def configure_qt() -> None:
    """What must be set before the QApplication exists.

    Qt 6 always scales for high-DPI screens (nothing here or elsewhere may turn that off). The
    rounding policy decides what a 125 % or 150 % Windows display scale becomes: PassThrough
    (Qt 6's default, set here so that no platform plugin or older default changes it) keeps
    the exact factor, so text is neither blown up to 200 % nor shrunk to 100 %.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)


class FileOpenRouter(QObject):
    """Opens the projects that arrive as QFileOpenEvent (macOS: a double-clicked .biaozhu
    file, or one dropped on the Dock icon). Paths that come before the window wait."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = None
        self.pending: list[str] = []

    def event(self, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen:
            return super().event(event)
        path = event.file() or event.url().toLocalFile()  # type: ignore[attr-defined]
        if path:
            self.open(path)
        return True

    def open(self, path: str) -> None:
        if self.window is None:
            self.pending.append(path)
            return
        if self.window.files.open_project(path):
            self.window.raise_()
            self.window.activateWindow()

    def take_pending(self) -> str | None:
        return self.pending.pop(0) if self.pending else None

    def attach(self, window) -> None:
        self.window = window
        while self.pending:
            self.open(self.pending.pop(0))


class BiaozhuApplication(QApplication):
    """The QApplication of the desktop app: hands file-open events to its router."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.file_router = FileOpenRouter(self)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            return self.file_router.event(event)
        return super().event(event)


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    """The application (made once per process): names, icon, CJK font, high-DPI policy,
    flat scroll bars under Fusion."""
    from desktop_app.gui.fonts import apply_ui_font
    from desktop_app.gui.widgets import flat_scroll_bars

    app = QApplication.instance()
    if app is None:
        configure_qt()
        app = BiaozhuApplication(list(argv or sys.argv[:1]))
    app.setApplicationName("Biaozhu")
    app.setOrganizationName("Biaozhu")
    app.setWindowIcon(app_icon())
    apply_ui_font(app)
    flat_scroll_bars.install(app)
    return app


def _probe_when_shown(app, window, path: str) -> None:
    """For start-up measurements (selftest.py): once the window is up and the first events
    have been handled, write the window's title to `path` and quit. The measuring process
    times the file's appearance from its own start of this one."""
    from PySide6.QtCore import QTimer

    def report() -> None:
        Path(path).write_text(window.windowTitle() + "\n", encoding="utf-8")
        app.quit()

    QTimer.singleShot(0, report)


def run(project: str | None = None, argv: Sequence[str] | None = None) -> int:
    from PySide6.QtCore import QTimer

    from desktop_app.gui import settings

    _log_qt_messages()
    app = make_application(argv)
    router = getattr(app, "file_router", None)
    if router is not None and project is None:
        app.processEvents()  # macOS: a project double-clicked to start the app arrives now
        project = router.take_pending()
    window = create_window(project)
    if router is not None:
        router.attach(window)
    window.show()
    probe = os.environ.get(STARTUP_PROBE)
    if probe:
        _probe_when_shown(app, window, probe)
        return app.exec()
    if settings.coder_name() is None:  # asked once, after the window is up; never when scripted
        def ask() -> None:
            window.ask_coder()
            if settings.coder_name() is None:  # cancelled: keep the default, do not ask again
                window.set_coder(window.coder)

        QTimer.singleShot(0, ask)
    return app.exec()
