"""The one way to run work off the GUI thread (Anki's ``CollectionOp``/``QueryOp`` shape).

``Op(work).success(fn).failure(fn).run()`` calls ``work(task)`` on a worker thread. The work
opens its own project connection when it needs one (a sqlite3 connection never crosses
threads); ``task.progress(done, total, text)`` reports progress and returns False once the
user cancelled, ``task.cancelled()`` says so too — the shapes the core's callbacks expect.
``success(result)`` and ``failure(exception)`` run on the GUI thread; a failure receives the
exception object (a :class:`BiaozhuError` carries its message); an unexpected exception is
logged with its traceback first. A cancel is not a failure: work that stops early and
returns (an import keeps what it did) still reaches ``success``; work that raises on a cancel
reaches neither. ``cancelled`` tells which.

Presentations: :func:`in_dialog` shows a modal progress dialog with Cancel (import, export);
``widgets/task_bar.TaskBar`` shows an op inside a panel (search, suggestions, frequencies).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.core.errors import BiaozhuError
from desktop_app.core.messages import Message
from desktop_app.core.project import Project, open_project
from desktop_app.gui.i18n import render, tr

log = logging.getLogger("biaozhu.ops")
_running: set[Op] = set()  # ops outlive a panel closed while they run


class Task:
    """What the work function gets: progress reporting and the cancel flag."""

    def __init__(self, op: Op) -> None:
        self._op = op

    def progress(self, done: int, total: int, text: str = "", *_: Any) -> bool:
        self._op.progressed.emit(int(done), int(total), str(text))
        return not self._op.cancelled

    def cancelled(self) -> bool:
        return self._op.cancelled


class _Thread(QThread):
    def __init__(self, op: Op) -> None:
        super().__init__()
        self.op = op

    def run(self) -> None:
        op = self.op
        try:
            op._result = op._work(Task(op))
        except BaseException as e:  # handed to failure(); never takes the window down
            if not isinstance(e, BiaozhuError):
                log.error("background work failed", exc_info=(type(e), e, e.__traceback__))
            op._error = e


class Op(QObject):
    progressed = Signal(int, int, str)
    finished = Signal()

    def __init__(self, work: Callable[[Task], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._result: Any = None
        self._error: BaseException | None = None
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self.cancelled = False
        self._thread = _Thread(self)
        self._thread.finished.connect(self._done)

    def success(self, fn: Callable[[Any], None]) -> Op:
        self._on_success = fn
        return self

    def failure(self, fn: Callable[[BaseException], None]) -> Op:
        self._on_failure = fn
        return self

    def run(self) -> Op:
        _running.add(self)
        self._thread.start()
        return self

    def cancel(self) -> None:
        self.cancelled = True

    def running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, ms: int = 30_000) -> bool:
        """Block until the work has returned (before closing what it reports to)."""
        return self._thread.wait(ms)

    @property
    def error(self) -> BaseException | None:
        return self._error

    def _done(self) -> None:
        _running.discard(self)
        try:
            if self._error is not None:
                if self._on_failure is not None and not self.cancelled:
                    self._on_failure(self._error)
            elif self._on_success is not None:
                self._on_success(self._result)
        finally:
            self.finished.emit()
            self._thread.deleteLater()


def describe(error: BaseException) -> str:
    """The message a user reads for a failure, in the UI language."""
    if isinstance(error, BiaozhuError):
        return render(error)
    return render(Message("unexpected problem ({detail}); details are in the log file",
                          detail=f"{type(error).__name__}: {error}"))


def in_dialog(parent: QWidget, op: Op, label: str) -> Op:
    """Run `op` behind a modal progress dialog with Cancel; the dialog closes when it ends."""
    dialog = QProgressDialog(label, tr("Cancel"), 0, 0, parent)
    dialog.setObjectName("operationProgress")
    dialog.setWindowTitle("Biaozhu")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)

    def progressed(done: int, total: int, text: str) -> None:
        if total and dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(min(done, total) if total else 0)
        if text and not op.cancelled:
            dialog.setLabelText(text)

    def cancel() -> None:
        op.cancel()
        dialog.setLabelText(tr("Cancelling…"))

    def finished() -> None:
        dialog.canceled.disconnect(cancel)  # closing the dialog emits canceled
        dialog.close()
        dialog.deleteLater()

    dialog.canceled.connect(cancel)
    op.progressed.connect(progressed)
    op.finished.connect(finished)
    return op.run()


def write_with(write_project: Callable[[], Project] | None, project_path: str,
               coder: str | None, fn: Callable[[Project], Any]) -> Any:
    """Run ``fn(project)`` on the window's connection when the panel has one (so the change
    joins the window's undo step), else on a connection of the panel's own."""
    if write_project is not None:
        return fn(write_project())
    with open_project(project_path, coder=coder) as project:
        return fn(project)
