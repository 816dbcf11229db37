"""A background task for the text panels: runs ``work(progress, cancelled)`` on a QThread.

The work opens its own project connection (a sqlite3 connection never crosses threads).
``progress(done, total)`` is forwarded as a signal; ``cancelled()`` turns True after
:meth:`TextTask.cancel`, and the core's ``cancel`` callbacks take it as it is.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.project import Project, open_project
from desktop_app.gui.i18n import render

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class TextTask(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)  # a message for the user (empty when cancelled)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def cancelled(self) -> bool:
        return self._cancelled

    def run(self) -> None:
        try:
            result = self._work(lambda d, t: self.progressed.emit(int(d), int(t)), self.cancelled)
        except BiaozhuError as e:
            self.failed.emit("" if self._cancelled else render(e))
        except Exception as e:  # a bug: say what, never take the window down
            traceback.print_exc()
            self.failed.emit(f"{type(e).__name__}: {e}")
        else:
            self.succeeded.emit(result)


_running: set[TextTask] = set()  # tasks outlive a panel closed while they run


def _forget(task: TextTask) -> None:
    task.wait()  # run() has returned; let the thread end before deleting it
    _running.discard(task)
    task.deleteLater()


def write_with(write_project: Callable[[], Project] | None, project_path: str,
               coder: str | None, fn: Callable[[Project], Any]) -> Any:
    """Run ``fn(project)`` on the window's connection when the panel has one (so the change
    joins its undo stack), else on a connection of the panel's own."""
    if write_project is not None:
        return fn(write_project())
    with open_project(project_path, coder=coder) as project:
        return fn(project)


class TaskBar(QObject):
    """Progress bar, Cancel button and status label of a panel, driving one task at a time.

    Tasks have no Qt parent: a panel destroyed mid-task never destroys a running thread;
    its slots are disconnected with it and the task ends on its own.
    """

    def __init__(self, parent: QObject, progress, cancel_button, status) -> None:
        super().__init__(parent)
        self.progress, self.cancel_button, self.status = progress, cancel_button, status
        self.task: TextTask | None = None
        self._on_success: Callable[[Any], None] | None = None
        cancel_button.clicked.connect(self.cancel)
        self._idle()

    @classmethod
    def with_row(cls, panel: QWidget, status_name: str) -> tuple[TaskBar, QHBoxLayout]:
        """A panel's status label, progress bar and Cancel button in one row, and their TaskBar."""
        progress, cancel = QProgressBar(), QPushButton()
        status = QLabel(objectName=status_name)
        status.setWordWrap(True)
        bar = cls(panel, progress, cancel, status)
        cancel.setText(QCoreApplication.translate("TaskBar", "Cancel"))
        row = QHBoxLayout()
        row.addWidget(status, 1)
        row.addWidget(progress)
        row.addWidget(cancel)
        return bar, row

    def _idle(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()

    def busy(self) -> bool:
        return self.task is not None

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def start(self, work: Work, on_success: Callable[[Any], None], label: str) -> TextTask:
        task = TextTask(work)
        _running.add(task)
        self.task = task
        self._on_success = on_success
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.status.setText(label)
        task.progressed.connect(self._progressed)
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        task.finished.connect(self._finished)
        task.finished.connect(lambda: _forget(task))
        task.start()
        return task

    def _progressed(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _succeeded(self, result: Any) -> None:
        if self._on_success is not None:
            self._on_success(result)

    def _failed(self, message: str) -> None:
        self.status.setText(message or self.tr("Cancelled"))

    def _finished(self) -> None:
        self.task = None
        self._idle()

    def wait(self, ms: int = 30_000) -> None:
        """Cancel the running task and block until it ends (before closing a panel)."""
        if self.task is not None:
            self.task.cancel()
            self.task.wait(ms)
